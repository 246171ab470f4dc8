"""The spreadsheet template: written from an SOP and imported back, the SOP is unchanged (steps,
waktu, outputs, lanes, actors, symbols, flow), for the shipped agencies and generated SOPs."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.converter import unstructure
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.sop import SOP, Branch, Identity, Lane, LegalBasis, Role, Step, SymbolKind
from uji_konsekuensi.sop.importer import import_sop
from uji_konsekuensi.sop.importer.compare import compare
from uji_konsekuensi.sop.importer.template import read_template, template_sheets, write_template

TEMPLATES = Path(__file__).resolve().parents[1] / "src/uji_konsekuensi/sop/importer/templates"


def _round_trip(sop: SOP, suffix: str) -> list[tuple[str, object, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_template(Path(tmp) / f"sop{suffix}", sop)
        result = import_sop(path)
    reference = unstructure(sop)
    differences = [
        (r.field, r.got, r.want)
        for r in compare(result.data, reference, result.review)
        if r.status != "exact"
    ]
    lanes = {lane["name"]: lane for lane in result.data["lanes"]}
    for lane in reference["lanes"]:
        got = lanes[lane["name"]]
        if (got["role"], got["role_basis"]["id"]) != (lane["role"], lane["role_basis"]["id"]):
            differences.append((lane["name"], got["role"], lane["role"]))
    if result.data["trigger"] != reference["trigger"]:
        differences.append(("trigger", result.data["trigger"], reference["trigger"]))
    return differences


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("code", ["kasn", "kutai-timur", "kalbar", "kalteng", "contoh"])
def test_shipped_sops_round_trip(code: str, suffix: str) -> None:
    """Every shipped SOP written to the template and imported back is the same SOP."""
    assert _round_trip(get_agency(code).get_sop(), suffix) == []


_WORD = st.text(alphabet="abcdefghijklmnoprstuwyABDIKPST0123456789/.,()-", min_size=1, max_size=8)
_TEXT = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)


@st.composite
def sops(draw: st.DrawFn) -> SOP:
    names = draw(st.lists(_TEXT, min_size=1, max_size=4, unique_by=str.casefold))
    roles = list(Role)
    lanes = tuple(
        Lane(
            id=f"lajur-{i}",
            name=name,
            role=draw(st.sampled_from(roles)),
            role_basis=Text(id=draw(_TEXT), en="x"),
        )
        for i, name in enumerate(names)
    )
    n = draw(st.integers(1, 7))
    targets = st.one_of(st.none(), st.integers(1, n))
    steps = []
    for number in range(1, n + 1):
        kind = draw(st.sampled_from(list(SymbolKind)))
        decision = kind is SymbolKind.DECISION
        branch = st.builds(
            Branch,
            to=targets,
            label=st.one_of(st.none(), st.sampled_from(["YA", "Tidak", "ya"])),
            condition=st.one_of(st.none(), _TEXT),
        )
        steps.append(
            Step(
                number=number,
                kind=kind,
                activity=draw(_TEXT),
                actors=tuple(
                    draw(
                        st.lists(
                            st.sampled_from([lane.id for lane in lanes]),
                            min_size=1,
                            max_size=2,
                            unique=True,
                        )
                    )
                ),
                requirements=tuple(draw(st.lists(_TEXT, max_size=3))),
                waktu_text=draw(st.one_of(st.none(), _TEXT)),
                outputs=tuple(draw(st.lists(_TEXT, max_size=3))),
                note=draw(st.one_of(st.none(), _TEXT)),
                next=None if decision else draw(targets),
                yes=draw(branch) if decision else None,
                no=draw(branch) if decision else None,
            )
        )
    identity = Identity(
        agency=draw(_TEXT),
        number=draw(_TEXT),
        title=draw(_TEXT),
        created_text=draw(st.one_of(st.none(), _TEXT)),
        legal_basis=tuple(LegalBasis(text=t) for t in draw(st.lists(_TEXT, max_size=3))),
        warnings=tuple(draw(st.lists(_TEXT, max_size=2))),
    )
    trigger = draw(st.sampled_from(["request", "periodic", None]))
    return SOP(identity=identity, lanes=lanes, steps=tuple(steps), trigger=trigger)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sop=sops(), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_generated_sops_round_trip(sop: SOP, suffix: str) -> None:
    """Any SOP (lanes, symbols, loops, branches to the end) survives the template unchanged."""
    assert _round_trip(sop, suffix) == []


def test_shipped_blank_templates_are_what_the_library_writes(tmp_path: Path) -> None:
    """The template files shipped as package data hold the blank template write_template
    writes today (headings and identity labels), in both formats."""
    blank = template_sheets(None)
    for suffix in (".csv", ".xlsx"):
        shipped = TEMPLATES / f"sop-template{suffix}"
        fresh = write_template(tmp_path / f"fresh{suffix}")
        assert read_template(shipped) == read_template(fresh)
    assert [row[0] for row in blank["Identitas"][1:]][:4] == [
        "Instansi",
        "Unit kerja",
        "Kop surat",
        "Nomor SOP",
    ]


def test_template_errors_are_listed_not_guessed(tmp_path: Path) -> None:
    """A step naming a lane that is not in sheet Pelaksana, an unknown symbol and a bad step
    number are listed for review with the sheet row; nothing is invented."""
    csv = tmp_path / "sop.csv"
    csv.write_text(
        "[Identitas]\nKolom,Isi\nInstansi,Dinas X\nNomor SOP,1/SOP\nNama SOP,Uji\n\n"
        "[Pelaksana]\nNama,Peran,Dasar peran\nPPID,ppid,Disebut PPID\n\n"
        "[Langkah]\nNo,Kegiatan,Pelaksana,Simbol,Kelengkapan,Waktu,Output\n"
        "1,Menerima,Petugas,bulat,,1 hari kerja,Tanda terima\n",
        encoding="utf-8",
    )
    result = import_sop(csv)
    item = next(i for i in result.review if i.path == "steps[0]")
    assert "Petugas" in item.question.id and "bulat" in item.question.id
    assert item.where is not None and item.where.id == "lembar Langkah baris 2"
    assert result.data["steps"][0]["actors"] == []


@pytest.mark.parametrize("number", ["\u00b2", "\u0663", "9" * 5000])
def test_a_following_row_numbered_in_other_digits_is_no_flow_and_no_crash(
    tmp_path: Path, number: str
) -> None:
    """The next row's No in superscript or Arabic-Indic digits, or 5,000 digits long, is not
    a step number to go on to: the step before it has no next step (asked for review), and the
    import does not fail."""
    csv = tmp_path / "sop.csv"
    csv.write_text(
        "[Identitas]\nKolom,Isi\nInstansi,Dinas X\nNomor SOP,1/SOP\nNama SOP,Uji\n\n"
        "[Pelaksana]\nNama,Peran,Dasar peran\nPPID,ppid,Disebut PPID\n\n"
        "[Langkah]\nNo,Kegiatan\n1,A\n" + number + ",B\n",
        encoding="utf-8",
    )
    result = import_sop(csv)
    assert result.data["steps"][0]["next"] is None


def test_missing_sheet_is_an_input_error(tmp_path: Path) -> None:
    """A CSV without the [Langkah] section is an InputError naming the missing sheet."""
    from uji_konsekuensi.errors import InputError

    csv = tmp_path / "sop.csv"
    csv.write_text("[Identitas]\nKolom,Isi\n", encoding="utf-8")
    with pytest.raises(InputError, match="Langkah"):
        import_sop(csv)
