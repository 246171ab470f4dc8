"""The SOP AP model: identity, lanes, steps, provenance records and the JSON format."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from uji_konsekuensi.calendar import Waktu, WaktuError
from uji_konsekuensi.converter import unstructure
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.law import StatuteKind
from uji_konsekuensi.sop import (
    ROLE_BASIS,
    SOP,
    Branch,
    Correction,
    Identity,
    Inference,
    Lane,
    LegalBasis,
    Role,
    Signatory,
    Step,
    SymbolKind,
    TanggalError,
    dumps_sop,
    load_sop,
    loads_sop,
)
from uji_konsekuensi.sop.provenance import render_value, resolve_path

WHY = Text(id="alasan", en="reason")


def lane(lane_id: str, role: Role) -> Lane:
    return Lane(id=lane_id, name=lane_id.upper(), role=role, role_basis=WHY)


def sample_sop() -> SOP:
    """A request SOP: requester asks, PPID decides (loop back to 2 on NO), PPID answers."""
    return SOP(
        identity=Identity(
            agency="DINAS CONTOH",
            number="12/SOP/2024",
            created_text="..25... Agustus 2024",
            revised_text="Agustus 2024",
            effective_text="26 Agustus 2024",
            approved_by=Signatory(position="KEPALA DINAS", name="BUDI", nip="197301102001121004"),
            title="Uji Konsekuensi",
            legal_basis=(
                LegalBasis(text="UU No. 14 Tahun 2008"),
                LegalBasis(text="Perki No. 1 Tahun 2021 tentang Standar Layanan Informasi Publk"),
            ),
            warnings=("Bila tidak dijalankan, pemohon tidak terlayani",),
            corrections=(
                Correction(
                    field="created_text",
                    as_written="..25... Agustus 2024",
                    corrected="25 Agustus 2024",
                    reason=WHY,
                ),
                Correction(
                    field="legal_basis[1].text",
                    as_written="Perki No. 1 Tahun 2021 tentang Standar Layanan Informasi Publk",
                    corrected="Perki No. 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
                    reason=WHY,
                ),
            ),
        ),
        lanes=(lane("pemohon", Role.PEMOHON), lane("ppid", Role.PPID)),
        steps=(
            Step(
                number=1,
                kind=SymbolKind.TERMINATOR,
                activity="Mengajukan permohonan",
                actors=("pemohon",),
                waktu_text="Setiap saat",
                outputs=("Permohonan",),
                next=2,
            ),
            Step(
                number=2,
                activity="Mengkaji informasi",
                actors=("ppid",),
                requirements=("Permohonan", "Daftar Informasi Publk"),
                waktu_text="3 HKK",
                outputs=("Kajian",),
                next=3,
                corrections=(
                    Correction(
                        field="requirements[1]",
                        as_written="Daftar Informasi Publk",
                        corrected="Daftar Informasi Publik",
                        reason=WHY,
                    ),
                    Correction(
                        field="waktu_text", as_written="3 HKK", corrected="3 HK", reason=WHY
                    ),
                ),
            ),
            Step(
                number=3,
                kind=SymbolKind.DECISION,
                activity="Memutuskan: rahasia?",
                actors=("ppid",),
                waktu_text="1 HK",
                outputs=("Keputusan",),
                yes=Branch(to=4, label="YA", condition="rahasia"),
                no=Branch(to=2, label="TIDAK", condition="kaji ulang"),
                inferences=(Inference(field="no.to", value="2", reason=WHY),),
            ),
            Step(
                number=4,
                kind=SymbolKind.TERMINATOR,
                activity="Menyampaikan surat penolakan",
                actors=("ppid", "pemohon"),
                waktu_text="1 HK",
                outputs=("Surat penolakan",),
                inferences=(Inference(field="actors", value='["ppid", "pemohon"]', reason=WHY),),
            ),
        ),
        trigger="request",
    )


# --- public API names -------------------------------------------------------------------------


def test_sop_number_and_title_come_from_the_identity() -> None:
    """SOP.number is the Nomor SOP and SOP.title the Nama SOP, as written."""
    sop = sample_sop()
    assert (sop.number, sop.title) == ("12/SOP/2024", "Uji Konsekuensi")


def test_step_public_attributes() -> None:
    """A Step exposes number, activity, actors, requirements, waktu(_text), outputs, note, kind."""
    step = sample_sop().step(2)
    assert step.number == 2
    assert step.activity == "Mengkaji informasi"
    assert step.actors == ("ppid",)
    assert step.requirements == ("Permohonan", "Daftar Informasi Publk")
    assert step.waktu_text == "3 HKK"
    assert step.outputs == ("Kajian",)
    assert step.note is None
    assert not step.is_decision


def test_step_and_lane_lookup() -> None:
    """step(n) and lane(id) find by number and id, and raise KeyError naming the SOP otherwise."""
    sop = sample_sop()
    assert sop.step(3).is_decision
    assert sop.lane("ppid").role is Role.PPID
    with pytest.raises(KeyError, match="no step 9"):
        sop.step(9)
    with pytest.raises(KeyError, match="no lane 'tim'"):
        sop.lane("tim")


def test_roles_of_steps_and_steps_of_roles() -> None:
    """roles_of maps a step's actors to canonical roles; steps_of finds a role's steps."""
    sop = sample_sop()
    assert sop.roles_of(4) == (Role.PPID, Role.PEMOHON)
    assert sop.roles_of(sop.step(1)) == (Role.PEMOHON,)
    assert [s.number for s in sop.steps_of(Role.PPID)] == [2, 3, 4]
    assert sop.steps_of(Role.ATASAN_PPID) == ()


def test_roles_of_skips_actors_that_are_not_lanes() -> None:
    """An actor that is not a lane has no role (validate() reports it instead)."""
    sop = sample_sop()
    odd = attrs.evolve(sop.step(1), actors=("pemohon", "nobody"))
    assert sop.roles_of(odd) == (Role.PEMOHON,)


def test_flow_successors_and_ends() -> None:
    """A process has (next,); a decision (yes.to, no.to); None among them means the end."""
    sop = sample_sop()
    assert sop.step(1).successors == (2,)
    assert sop.step(3).successors == (4, 2)
    assert sop.step(4).successors == (None,)
    assert sop.step(4).ends and not sop.step(3).ends
    assert sop.first_step is sop.step(1)
    assert SOP(identity=sop.identity).first_step is None


def test_decision_with_a_missing_branch_has_fewer_successors() -> None:
    """A decision without its NO branch lists only the YES target."""
    step = attrs.evolve(sample_sop().step(3), no=None)
    assert step.successors == (4,)


def test_every_role_has_a_label_and_a_basis() -> None:
    """Each canonical role names itself in both languages and cites where the law defines it."""
    for role in Role:
        assert role.label.id and role.label.en
        assert role.basis == ROLE_BASIS[role]
        assert any(word in role.basis for word in ("UU", "PERKI", "PP"))
    assert {r.value for r in Role} == {
        "pemohon",
        "petugas",
        "ppid",
        "ppid-pelaksana",
        "atasan-ppid",
        "tim-pertimbangan",
        "pimpinan",
        "unit-pengelola-informasi",
    }


# --- provenance -------------------------------------------------------------------------------


def test_corrected_text_field() -> None:
    """corrected() gives the correction of a text field, and the text as written otherwise."""
    step = sample_sop().step(2)
    assert step.corrected("waktu_text") == "3 HK"
    assert step.corrected("activity") == "Mengkaji informasi"
    assert step.waktu_text == "3 HKK"  # the field itself keeps what was written


def test_corrected_list_applies_item_corrections() -> None:
    """corrected() of a list applies each item's correction and keeps the others."""
    step = sample_sop().step(2)
    assert step.corrected("requirements") == ("Permohonan", "Daftar Informasi Publik")
    assert step.corrected("requirements[1]") == "Daftar Informasi Publik"
    assert step.is_corrected("requirements")
    assert not step.is_corrected("outputs")


def test_corrected_nested_path() -> None:
    """Paths reach into nested values: identity legal_basis[1].text, a branch's target."""
    sop = sample_sop()
    assert sop.identity.corrected("legal_basis[1].text").endswith("Informasi Publik")
    assert sop.identity.legal_basis_texts()[0] == "UU No. 14 Tahun 2008"
    assert sop.step(3).corrected("no.to") == 2


def test_corrected_unknown_path_raises() -> None:
    """A path that names nothing raises LookupError rather than inventing a value."""
    step = sample_sop().step(2)
    for path in ("nothing", "outputs[5]", "outputs.x", "1bad", "yes.to"):
        with pytest.raises(LookupError):
            step.corrected(path)


def test_inference_lookup() -> None:
    """inference()/is_inferred() find the record behind a field by its exact path."""
    step = sample_sop().step(4)
    record = step.inference("actors")
    assert record is not None and record.value == '["ppid", "pemohon"]'
    assert step.is_inferred("actors")
    assert not step.is_inferred("activity")
    assert step.correction("activity") is None


def test_render_value_writes_text_as_is_and_the_rest_as_json() -> None:
    """Inference values: a string as it is; numbers, None, lists, enums as the wire format."""
    assert render_value("ppid") == "ppid"
    assert render_value(4) == "4"
    assert render_value(None) == "null"
    assert render_value(("a", "b")) == '["a", "b"]'
    assert render_value(SymbolKind.DECISION) == "decision"
    assert resolve_path(sample_sop().step(3), "yes.label") == "YA"


# --- parsed values ----------------------------------------------------------------------------


def test_waktu_is_parsed_from_the_corrected_text() -> None:
    """Step.waktu reads the corrected waktu text through calendar.parse_waktu."""
    waktu = sample_sop().step(2).waktu
    assert isinstance(waktu, Waktu)
    assert (waktu.kind, waktu.amount) == ("working_days", 3)


def test_waktu_absent_is_none_and_unreadable_raises() -> None:
    """No waktu written gives None; a waktu that cannot be read raises WaktuError."""
    step = sample_sop().step(1)
    assert attrs.evolve(step, waktu_text=None).waktu is None
    assert attrs.evolve(step, waktu_text="  ").waktu is None
    with pytest.raises(WaktuError):
        _ = attrs.evolve(step, waktu_text="secepatnya ya").waktu


def test_identity_dates_are_read_after_corrections() -> None:
    """created/revised/effective parse the date texts, the created one after its correction."""
    ident = sample_sop().identity
    assert ident.created is not None and ident.created.date == dt.date(2024, 8, 25)
    assert ident.created.reading is None  # the corrected text is plain
    assert ident.revised is not None and ident.revised.date is None
    assert ident.effective is not None and ident.effective.date == dt.date(2024, 8, 26)
    assert attrs.evolve(ident, effective_text=None).effective is None


def test_unreadable_identity_date_raises_naming_the_field() -> None:
    """An unreadable tanggal raises TanggalError with the identity field's JSON path."""
    ident = attrs.evolve(sample_sop().identity, effective_text="akhir bulan")
    with pytest.raises(TanggalError) as info:
        _ = ident.effective
    assert info.value.problems[0].path == "identity.effective_text"
    assert info.value.source == "12/SOP/2024"


def test_legal_basis_statute_and_citations() -> None:
    """A dasar hukum entry reads as a statute; it has no Pasal 17 citation to read."""
    entry = LegalBasis(text="Perki No. 1 Tahun 2021")
    statute = entry.statute
    assert statute is not None
    assert (statute.kind, statute.number, statute.year) == (StatuteKind.PERKI, "1", 2021)
    assert entry.citations == ()
    assert LegalBasis(text="Keputusan rapat pimpinan").statute is None


def test_legal_basis_citing_a_ground() -> None:
    """An entry that cites a Pasal 17 ground gives that citation."""
    entry = LegalBasis(text="Pasal 17 huruf h angka 2 UU 14/2008")
    assert [c.ground.code for c in entry.citations if c.ground is not None] == ["h.2"]


def test_blank_texts_are_refused_where_a_value_is_required() -> None:
    """A blank lane id, activity or dasar hukum text is an error naming the class and field."""
    with pytest.raises(ValueError, match=r"Lane\.id"):
        Lane(id="Tim Kerja", name="Tim Kerja", role=Role.PPID, role_basis=WHY)
    with pytest.raises(ValueError, match=r"Step\.activity"):
        Step(number=1, activity=" ")
    with pytest.raises(ValueError, match=r"Step\.number"):
        Step(number=-1, activity="x")
    with pytest.raises(ValueError, match=r"LegalBasis\.text"):
        LegalBasis(text="")


# --- wire format ------------------------------------------------------------------------------


def test_json_round_trip_is_lossless() -> None:
    """dumps then loads gives an equal SOP, and dumping again gives the same text."""
    sop = sample_sop()
    text = dumps_sop(sop)
    again = loads_sop(text)
    assert again == sop
    assert dumps_sop(again) == text


def test_json_shape() -> None:
    """Enums are written by value, branches as objects, provenance with bilingual reasons."""
    data = json.loads(dumps_sop(sample_sop()))
    decision = data["steps"][2]
    assert decision["kind"] == "decision"
    assert decision["yes"] == {"to": 4, "label": "YA", "condition": "rahasia"}
    assert data["lanes"][1]["role"] == "ppid"
    assert data["identity"]["corrections"][0]["reason"] == {"id": "alasan", "en": "reason"}
    assert data["trigger"] == "request"


def test_minimal_json_uses_defaults() -> None:
    """Only identity (agency, number, title) and each step's number and activity are required."""
    text = json.dumps(
        {
            "identity": {"agency": "X", "number": "1", "title": "T"},
            "steps": [{"number": 1, "activity": "A"}],
        }
    )
    sop = loads_sop(text)
    assert sop.steps[0].kind is SymbolKind.PROCESS
    assert sop.steps[0].next is None and sop.lanes == ()


def test_load_sop_from_path_and_resource(tmp_path: Path) -> None:
    """load_sop reads a path (str or Path) and a package resource alike."""
    path = tmp_path / "sop.json"
    path.write_text(dumps_sop(sample_sop()), encoding="utf-8")
    assert load_sop(path) == sample_sop()
    assert load_sop(str(path)) == sample_sop()
    resource = files("uji_konsekuensi").joinpath("sop")
    with pytest.raises(InputError):  # a resource that is a directory is not an SOP file
        load_sop(resource)


def test_bad_json_names_file_path_and_value(tmp_path: Path) -> None:
    """A wrong role, an unknown key and a non-slug lane id are reported with their JSON paths."""
    data: dict[str, Any] = unstructure(sample_sop())
    data["lanes"][0]["role"] = "Bos"  # not a role code ("bos" would be an agency's own role)
    data["steps"][1]["waktu"] = "3 HK"
    data["lanes"][1]["id"] = "P P I D"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_sop(path)
    err = info.value
    assert err.source == str(path)
    paths = {p.path for p in err.problems}
    assert "lanes[0].role" in paths
    assert "steps[1]" in paths
    assert any(p.value == "Bos" for p in err.problems)
    # A constructor's check is reported on the object, naming the field and the value.
    slug = next(p for p in err.problems if p.path == "lanes[1]")
    assert slug.expected is not None and "Lane.id" in slug.expected and "'P P I D'" in slug.expected


def test_invalid_json_text() -> None:
    """Text that is not JSON is an InputError naming the line and column."""
    with pytest.raises(InputError, match="line 1 column 2"):
        loads_sop("{not json", source="x.json")


#: Every character the wire format accepts (uji_konsekuensi.jsonio refuses C0 controls other than
#: tab and line breaks, DEL and lone surrogates).
_ACCEPTED = st.characters(
    exclude_categories=("Cs",),
    exclude_characters="".join(map(chr, [*range(9), *range(14, 32), 127])),
)


@given(
    st.lists(st.text(_ACCEPTED, min_size=1, max_size=20).filter(str.strip), min_size=1, max_size=5),
    st.lists(st.text(_ACCEPTED, max_size=20), max_size=3),
    st.one_of(st.none(), st.text(_ACCEPTED, max_size=20)),
)
def test_round_trip_keeps_any_text(
    activities: list[str], outputs: list[str], note: str | None
) -> None:
    """Whatever text a transcription holds (any Unicode) survives dumps/loads unchanged."""
    steps = tuple(
        Step(number=i + 1, activity=a, outputs=tuple(outputs), note=note, next=i + 2)
        for i, a in enumerate(activities)
    )
    sop = SOP(identity=Identity(agency="X", number="1", title="T"), steps=steps)
    assert loads_sop(dumps_sop(sop)) == sop
