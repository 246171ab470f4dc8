"""`uji_konsekuensi.sop.importer`: the four seed texts imported and compared with the shipped
sop.json of each plugin (the reference transcription), field by field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.sop.importer import apply_answers, import_sop
from uji_konsekuensi.sop.importer.compare import compare, summarise
from uji_konsekuensi.sop.importer.lists import split_items

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "docs" / "sources" / "seeds"
ANSWERS = Path(__file__).parent / "data" / "sop_import" / "answers"
CODES = ("kasn", "kutai-timur", "kalbar", "kalteng")


def reference(code: str) -> dict:
    """The agency's sop.json with the roles its agency.json gives the lanes (the folder keeps
    the lane mapping in agency.json; the importer reads a role from each lane's heading)."""
    folder = ROOT / "plugins" / code / "src" / ("uji_konsekuensi_" + code.replace("-", "_"))
    sop = json.loads((folder / "sop.json").read_text())
    agency = json.loads((folder / "agency.json").read_text())
    mapping = {entry["lane"]: entry for entry in agency.get("lanes", [])}
    for lane in sop["lanes"]:
        if lane["id"] in mapping:
            lane["role"] = mapping[lane["id"]]["role"]
            lane["role_basis"] = mapping[lane["id"]]["basis"]
    return sop


@pytest.mark.parametrize("code", CODES)
def test_seed_import_has_nothing_wrong(code: str) -> None:
    """Every value of the import equals the reference as written or is listed for review, and at
    least 90% of the step cells (number, activity, kelengkapan, waktu, output, keterangan) are
    exact."""
    result = import_sop(SEEDS / f"{code}.txt")
    results = compare(result.data, reference(code), result.review)
    wrong = [(r.field, r.got, r.want) for r in results if r.status == "wrong"]
    assert wrong == []
    cells = summarise(results)["cell"]
    assert cells["exact"] / sum(cells.values()) >= 0.9


@pytest.mark.parametrize("code", CODES)
def test_seed_answers_give_the_reference(code: str) -> None:
    """With the answers file applied, every compared value is exact, nothing is left to review,
    and the draft has no error finding."""
    result = import_sop(SEEDS / f"{code}.txt", answers=ANSWERS / f"{code}.json")
    results = compare(result.data, reference(code), result.review)
    assert {r.status for r in results} == {"exact"}
    assert result.review == ()
    assert result.sop is not None
    assert not result.has_errors


def test_typos_are_kept_as_written() -> None:
    """The importer corrects nothing: KASN's "Dikecualikann" and "beruoa" stay as written, and
    the draft has no correction record."""
    data = import_sop(SEEDS / "kasn.txt").data
    step7, step8 = data["steps"][6], data["steps"][7]
    assert step7["activity"] == "Menetapkan Informasi yang Dikecualikann"
    assert step8["note"] == "Lampiran beruoa Lembar Pengujian Konsekuensi"
    assert all(not s["corrections"] for s in data["steps"])
    assert data["identity"]["corrections"] == []


def test_lost_lanes_are_asked_with_the_source_line() -> None:
    """Kalteng's actor columns were lost: each step's lane is left empty and listed with its
    source line and a question naming the step."""
    result = import_sop(SEEDS / "kalteng.txt")
    asked = {item.path: item for item in result.review}
    for i, step in enumerate(result.data["steps"]):
        assert step["actors"] == []
        item = asked[f"steps[{i}].actors"]
        assert item.where is not None and item.where.id.startswith("baris ")
        assert item.source is not None and item.source.startswith(f"{step['number']} |")
        assert f"langkah {step['number']}" in item.question.id


def test_garbled_identity_is_left_for_review() -> None:
    """Kalbar's identity block is OCR-garbled: the signatory and the list fields are left empty
    and listed, never guessed; the clean fields (Nomor SOP, Nama SOP) are read."""
    result = import_sop(SEEDS / "kalbar.txt")
    identity = result.data["identity"]
    assert identity["number"] == "41 /SOP/ DISKOMINFO.IP /2024"
    assert identity["title"] == "UJI KONSEKUENSI INFORMASI PUBLIK"
    assert identity["approved_by"] is None and identity["legal_basis"] == []
    paths = {item.path for item in result.review}
    assert {"identity.approved_by", "identity.legal_basis", "identity.qualifications"} <= paths


def test_draft_is_validated_and_the_report_lists_findings() -> None:
    """The draft goes through SOP.validate(); the report carries the decisions and findings."""
    result = import_sop(SEEDS / "kutai-timur.txt")
    codes = {f.code for f in result.findings}
    assert "sop.step.actor.missing" in codes and "sop.lane.role.missing" in codes
    report = result.report()
    assert "## Perlu diputuskan" in report and "sop.step.actor.missing" in report
    assert "Import review" in result.report("en")


def test_shifted_row_is_realigned_and_listed() -> None:
    """Kutai Timur's rows 3-5 carry an extra empty actor cell; read shifted back (waktu
    "Tentatif" is the waktu, not the kelengkapan) and listed for review."""
    result = import_sop(SEEDS / "kutai-timur.txt")
    step3 = result.data["steps"][2]
    assert step3["waktu_text"] == "Tentatif"
    assert step3["requirements"] == ["Berita acara klasifikasi informasi publik"]
    assert "steps[2]" in {item.path for item in result.review}


def test_list_cells_split_at_their_markers() -> None:
    """Markers glued to words are split; numbering from 4 and glued digits are doubts."""
    glued = split_items("1. Satu Publik2. Dua Publik.3. Tiga")
    assert glued.items == ("Satu Publik", "Dua Publik.", "Tiga") and glued.doubts == ()
    assert split_items("4. A. 5. B").doubts
    assert split_items("1. Tahun 20102. B").doubts
    assert split_items("Dasar Hukum 1. UU 2. PP").items == ("Dasar Hukum 1. UU 2. PP",)
    assert split_items("A\nB").items == ("A", "B")


def test_bad_answers_are_clear_errors(tmp_path: Path) -> None:
    """An answer naming a field the draft lacks, or giving no value, is an InputError naming
    the entry; the draft given is not changed."""
    data = import_sop(SEEDS / "kalteng.txt").data
    with pytest.raises(InputError) as err:
        apply_answers(data, [{"path": "steps[9].actors", "value": []}, {"path": "trigger"}])
    paths = [p.path for p in err.value.problems]
    assert paths == ["answers[0].path", "answers[1].value"]
    assert data["steps"][0]["actors"] == []


def test_unknown_file_type_and_missing_file(tmp_path: Path) -> None:
    """A file of an unknown type, or no file, is an InputError, never a traceback."""
    odd = tmp_path / "sop.odt"
    odd.write_text("x")
    with pytest.raises(InputError, match="odt"):
        import_sop(odd)
    with pytest.raises(InputError):
        import_sop(tmp_path / "missing.txt")


def _pattern_sop(steps: list[dict]) -> dict:
    lane = {"id": "ppid", "name": "PPID", "role": "ppid", "role_basis": {"id": "x", "en": "x"}}
    identity = {"agency": "Dinas X", "number": "1/SOP/2025", "title": "Uji Konsekuensi"}
    base = {"kind": "process", "actors": ["ppid"], "waktu_text": "1 hari kerja", "outputs": ["A"]}
    return {
        "identity": identity,
        "lanes": [lane],
        "steps": [{**base, **s} for s in steps],
        "trigger": "request",
    }


def test_modelling_patterns_of_the_guide_validate() -> None:
    """The patterns of docs/plugins.md (an 'Apabila' row as a decision ending the procedure,
    an optional step skipped by a decision, a three-way choice as two decisions with the added
    one at the end of the table) give SOPs without any error finding."""
    from uji_konsekuensi.converter import structure
    from uji_konsekuensi.findings import Severity
    from uji_konsekuensi.sop import SOP

    apabila = _pattern_sop(
        [
            {"number": 1, "kind": "terminator", "activity": "Menerima", "next": 2},
            {
                "number": 2,
                "kind": "decision",
                "activity": "Menetapkan klasifikasi jika rahasia. Apabila terbuka maka DIP.",
                "yes": {"to": 3, "condition": "bersifat rahasia"},
                "no": {"to": None, "condition": "Apabila informasi bersifat terbuka"},
            },
            {"number": 3, "kind": "terminator", "activity": "Menyimpan", "next": None},
        ]
    )
    optional = _pattern_sop(
        [
            {"number": 1, "kind": "terminator", "activity": "Menerima", "next": 2},
            {
                "number": 2,
                "kind": "decision",
                "activity": "Perlu pertimbangan Tim?",
                "yes": {"to": 3},
                "no": {"to": 4},
            },
            {"number": 3, "activity": "Meminta pertimbangan", "next": 4},
            {"number": 4, "kind": "terminator", "activity": "Memutus", "next": None},
        ]
    )
    three = _pattern_sop(
        [
            {
                "number": 1,
                "kind": "decision",
                "activity": "Menerima, menolak atau diteruskan",
                "yes": {"to": 2, "condition": "menerima"},
                "no": {"to": 4},
            },
            {"number": 2, "activity": "Memberikan informasi", "next": 3},
            {"number": 3, "kind": "terminator", "activity": "Selesai", "next": None},
            {
                "number": 4,
                "kind": "decision",
                "activity": "Menolak atau meneruskan (pilihan kedua dari langkah 1)",
                "yes": {"to": 3, "condition": "menolak"},
                "no": {"to": 3, "condition": "diteruskan"},
                "inferences": [
                    {
                        "field": "kind",
                        "value": "decision",
                        "reason": {
                            "id": "Ditambahkan: pilihan tiga jalan langkah 1",
                            "en": "Added: the three-way choice of step 1",
                        },
                    }
                ],
            },
        ]
    )
    for data in (apabila, optional, three):
        sop = structure(data, SOP)
        errors = [f.code for f in sop.validate() if f.severity is Severity.ERROR]
        assert errors == []


_CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "Nomor SOP",
            "Nama SOP",
            "Disahkan oleh",
            ":",
            "Dasar Hukum",
            "Kualifikasi Pelaksana",
            "No",
            "Kegiatan",
            "Pelaksana",
            "Kelengkapan",
            "Waktu",
            "Output",
            "Ket",
            "1.",
            "2",
            "YA",
            "Tidak",
            "\\diamondsuit",
            "1 HK",
            "1. A 2. B",
            "NIP. 1",
            "<ol>1. x</ol>",
        ]
    ),
    st.text(max_size=12),
)


@settings(max_examples=40, deadline=None)
@given(
    lines=st.lists(st.lists(_CELLS, min_size=1, max_size=9).map("\t".join), max_size=25),
    suffix=st.sampled_from([".txt", ".csv"]),
)
def test_any_text_gives_a_draft_or_a_clear_error(lines: list[str], suffix: str) -> None:
    """Whatever the file holds, the import returns a draft with its review (and the report
    renders), or raises InputError; never anything else."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"sop{suffix}"
        path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        try:
            result = import_sop(path)
        except InputError:
            return
    assert isinstance(result.report(), str)
    assert (result.sop is None) == (result.load_error is not None)


@settings(max_examples=30, deadline=None)
@given(
    entries=st.lists(
        st.fixed_dictionaries(
            {
                "path": st.one_of(
                    st.text(max_size=20),
                    st.sampled_from(
                        [
                            "steps[0].actors",
                            "trigger",
                            "lanes[0].role",
                            "identity.title",
                            "steps[1].yes.to",
                        ]
                    ),
                )
            },
            optional={
                "value": st.one_of(
                    st.none(),
                    st.integers(),
                    st.text(max_size=5),
                    st.lists(st.text(max_size=5), max_size=2),
                ),
                "confirm": st.booleans(),
                "correct": st.text(max_size=5),
                "reason": st.one_of(st.text(max_size=5), st.integers()),
            },
        ),
        max_size=4,
    )
)
def test_any_answers_give_a_draft_or_a_clear_error(entries: list[dict]) -> None:
    """Any answers applied to a seed's draft give a draft (loadable or with its load error) or
    an InputError naming the entry; never anything else."""
    data = import_sop(SEEDS / "kalteng.txt").data
    try:
        apply_answers(data, entries)
    except InputError as exc:
        assert all(p.path.startswith("answers[") for p in exc.problems)


def test_a_partial_branch_answer_is_recorded_as_the_model_holds_it() -> None:
    """An answer {"to": 5, "condition": ...} for a branch (no label) is completed with the
    model's defaults in its inference record, so validate() finds no provenance mismatch
    (found in the walkthrough of docs/plugins.md on the Kutai Timur seed)."""
    reason = {"reason": "alasan", "reason_en": "reason"}
    answers = [
        {"path": "steps[3].kind", "value": "decision", **reason},
        {"path": "steps[3].yes", "value": {"to": 5, "condition": "bersifat rahasia"}, **reason},
        {"path": "steps[3].no", "value": {"to": None}, **reason},
    ]
    result = import_sop(SEEDS / "kutai-timur.txt", answers=answers)
    codes = {f.code for f in result.findings}
    assert "sop.provenance.mismatch" not in codes
    record = next(r for r in result.data["steps"][3]["inferences"] if r["field"] == "yes")
    assert json.loads(record["value"]) == {"to": 5, "label": None, "condition": "bersifat rahasia"}


def test_an_sop_without_identity_block_asks_for_it(tmp_path: Path) -> None:
    """A document holding only the flowchart table: the steps are read, and Nomor SOP, Nama SOP,
    the agency and every list field are asked for; the draft cannot load until they are given
    (docs/plugins.md, "An SOP with no identity block")."""
    seed = (SEEDS / "kalteng.txt").read_text(encoding="utf-8").splitlines()
    table = seed[seed.index(next(line for line in seed if line.startswith("No\t"))) :]
    path = tmp_path / "flowchart-only.txt"
    path.write_text("\n".join(table), encoding="utf-8")
    result = import_sop(path)
    asked = {item.path for item in result.review}
    assert {"identity.number", "identity.title", "identity.agency"} <= asked
    assert {"identity.legal_basis", "identity.records"} <= asked
    assert [s["number"] for s in result.data["steps"]] == [1, 2, 3]
    assert result.sop is None and result.load_error is not None
    fixed = import_sop(
        path,
        answers=[
            {"path": "identity.agency", "value": "BKD Provinsi Kalimantan Tengah"},
            {"path": "identity.number", "value": "870/27/Sekr.7/BKD"},
            {"path": "identity.title", "value": "PENDOKUMENTASIAN INFORMASI YANG DIKECUALIKAN"},
        ],
    )
    assert fixed.sop is not None and fixed.sop.number == "870/27/Sekr.7/BKD"


def _signed_rows(cell: str) -> list[Any]:
    from uji_konsekuensi.sop.importer import messages as M
    from uji_konsekuensi.sop.importer.grid import Row

    cells = [
        ("PEMERINTAH KABUPATEN CONTOH",),
        ("Nomor SOP", "SOP-01"),
        ("Disahkan oleh", cell),
        ("Nama SOP", "Pelayanan Informasi"),
    ]
    return [
        Row(cells=c, where=M.WHERE_LINE(line=n), text=" | ".join(c)) for n, c in enumerate(cells, 1)
    ]


@pytest.mark.parametrize(
    ("cell", "signatory"),
    [
        ("Kepala Dinas  Budi Santoso", ("Kepala Dinas", "Budi Santoso", None, None)),
        ("Kepala Dinas (Budi Santoso) NIP. 1980", ("Kepala Dinas", "Budi Santoso", "1980", None)),
        ("Kepala Dinas <u>Budi</u> NIP 1980", ("Kepala Dinas", "Budi", "1980", None)),
        ("Kepala\nDinas\nBudi\nPembina Utama", ("Kepala Dinas", "Budi", None, "Pembina Utama")),
        # a position and a rank, no name: the cell does not show where the name is
        ("Kepala Dinas\nPembina", None),
        ("Kepala Dinas Budi Santoso", None),
        ("", None),
    ],
)
def test_a_signature_is_split_only_where_its_cell_shows_the_name(
    cell: str, signatory: tuple[str, str, str | None, str | None] | None
) -> None:
    from uji_konsekuensi.sop.importer.layout import read_layout

    draft, review = read_layout(_signed_rows(cell), lines_kept=True)
    signed = draft["identity"]["approved_by"]
    asked = [item for item in review if item.path == "identity.approved_by"]
    if signatory is None:
        assert signed is None
        assert len(asked) == 1
    else:
        assert (signed["position"], signed["name"], signed["nip"], signed["rank"]) == signatory
        assert asked == []


def test_every_identity_label_has_its_reader() -> None:
    """A label added to labels.py is read, not a KeyError in the middle of an import."""
    from uji_konsekuensi.sop.importer.labels import LIST_FIELDS, SCALAR_LABELS
    from uji_konsekuensi.sop.importer.layout import _LABEL_READERS

    assert set(_LABEL_READERS) == set(SCALAR_LABELS) | set(LIST_FIELDS)
