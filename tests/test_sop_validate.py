"""SOP.validate(): every ``sop.*`` rule, each on an SOP that breaks it and one that does not."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.sop import (
    CODES,
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
    nip_problem,
    validate_sop,
)

WHY = Text(id="alasan", en="reason")
T, P, D = SymbolKind.TERMINATOR, SymbolKind.PROCESS, SymbolKind.DECISION


def lane(lane_id: str, role: Role) -> Lane:
    return Lane(id=lane_id, name=lane_id, role=role, role_basis=WHY)


def step(number: int, kind: SymbolKind = P, actor: str = "ppid", **kw: object) -> Step:
    fields: dict[str, object] = {
        "number": number,
        "kind": kind,
        "activity": f"Kegiatan {number}",
        "actors": (actor,),
        "waktu_text": "1 HK",
        "outputs": (f"Output {number}",),
    }
    fields.update(kw)
    return Step(**fields)  # type: ignore[arg-type]


def base() -> SOP:
    """A clean SOP: 1 request -> 2 study -> 3 approve? (no: back to 2) -> 4 answer."""
    return SOP(
        identity=Identity(
            agency="DINAS CONTOH",
            number="12/SOP/2024",
            created_text="1 Agustus 2024",
            effective_text="2 Agustus 2024",
            approved_by=Signatory(position="KEPALA DINAS", name="BUDI", nip="197301102001121004"),
            title="Uji Konsekuensi",
            legal_basis=(
                LegalBasis(text="UU No. 14 Tahun 2008"),
                LegalBasis(text="Perki No. 1 Tahun 2021"),
            ),
        ),
        lanes=(
            lane("pemohon", Role.PEMOHON),
            lane("ppid", Role.PPID),
            lane("atasan", Role.ATASAN_PPID),
        ),
        steps=(
            step(1, T, "pemohon", next=2),
            step(2, next=3),
            step(3, D, "atasan", yes=Branch(to=4), no=Branch(to=2)),
            step(4, T),
        ),
    )


def with_steps(*steps: Step) -> SOP:
    return attrs.evolve(base(), steps=steps)


def with_identity(**changes: object) -> SOP:
    sop = base()
    return attrs.evolve(sop, identity=attrs.evolve(sop.identity, **changes))


def replace_step(sop: SOP, number: int, **changes: object) -> SOP:
    steps = tuple(attrs.evolve(s, **changes) if s.number == number else s for s in sop.steps)
    return attrs.evolve(sop, steps=steps)


def codes(sop: SOP) -> list[str]:
    return [f.code for f in sop.validate()]


def test_clean_sop_has_no_findings() -> None:
    """The reference SOP (with a loop that has an exit) is clean."""
    assert base().validate() == ()


# --- one case per code: (breaks the rule, keeps it) -----------------------------------------

Factory = Callable[[], SOP]

CASES: dict[str, tuple[Factory, Factory]] = {
    "sop.steps.none": (lambda: with_steps(), base),
    "sop.steps.numbering.start": (
        lambda: with_steps(
            step(2, T, "pemohon", next=3),
            step(3, next=4),
            step(4, D, "atasan", yes=Branch(to=5), no=Branch(to=3)),
            step(5, T),
        ),
        base,
    ),
    "sop.steps.numbering.gap": (
        lambda: with_steps(
            step(1, T, "pemohon", next=2),
            step(2, next=3),
            step(3, D, "atasan", yes=Branch(to=5), no=Branch(to=2)),
            step(5, T),
        ),
        base,
    ),
    "sop.steps.numbering.duplicate": (
        lambda: with_steps(
            step(1, T, "pemohon", next=2),
            step(2, next=3),
            step(2, next=3, activity="Kegiatan lain"),
            step(3, D, "atasan", yes=Branch(to=4), no=Branch(to=2)),
            step(4, T),
        ),
        base,
    ),
    "sop.steps.numbering.order": (
        lambda: with_steps(*(base().step(n) for n in (1, 3, 2, 4))),
        base,
    ),
    "sop.flow.target.missing": (lambda: replace_step(base(), 2, next=9), base),
    "sop.flow.decision.branch_missing": (lambda: replace_step(base(), 3, no=None), base),
    "sop.flow.decision.has_next": (lambda: replace_step(base(), 3, next=4), base),
    "sop.flow.decision.same_target": (
        lambda: replace_step(base(), 3, no=Branch(to=4)),
        base,
    ),
    "sop.flow.branch_without_decision": (
        lambda: replace_step(base(), 2, yes=Branch(to=3)),
        base,
    ),
    "sop.flow.unreachable": (
        lambda: with_steps(*base().steps, step(5, T)),
        base,
    ),
    "sop.flow.no_end": (lambda: replace_step(base(), 4, kind=P, next=1), base),
    "sop.flow.no_exit": (
        lambda: with_steps(
            step(1, T, "pemohon", next=2),
            step(2, D, yes=Branch(to=5), no=Branch(to=3)),
            step(3, next=4),
            step(4, next=3),
            step(5, T),
        ),
        base,
    ),
    "sop.step.terminator": (lambda: replace_step(base(), 1, kind=P), base),
    "sop.step.actor.missing": (lambda: replace_step(base(), 2, actors=()), base),
    "sop.step.actor.unknown": (lambda: replace_step(base(), 2, actors=("tim",)), base),
    "sop.lane.duplicate": (
        lambda: attrs.evolve(base(), lanes=(*base().lanes, lane("ppid", Role.PETUGAS))),
        base,
    ),
    "sop.lane.unused": (
        lambda: attrs.evolve(base(), lanes=(*base().lanes, lane("tim", Role.TIM_PERTIMBANGAN))),
        base,
    ),
    "sop.lane.role.missing": (
        lambda: attrs.evolve(
            base(), lanes=tuple(attrs.evolve(x, role=None, role_basis=None) for x in base().lanes)
        ),
        base,
    ),
    "sop.step.waktu.missing": (lambda: replace_step(base(), 2, waktu_text=None), base),
    "sop.step.waktu.unreadable": (lambda: replace_step(base(), 2, waktu_text="segera"), base),
    "sop.step.output.missing": (lambda: replace_step(base(), 2, outputs=()), base),
    "sop.identity.date.unreadable": (
        lambda: with_identity(revised_text="akhir bulan"),
        lambda: with_identity(revised_text="Agustus 2024"),
    ),
    "sop.identity.created.missing": (lambda: with_identity(created_text=None), base),
    "sop.identity.effective.missing": (lambda: with_identity(effective_text=None), base),
    "sop.identity.effective.before_created": (
        lambda: with_identity(effective_text="31 Juli 2024"),
        lambda: with_identity(effective_text="1 Agustus 2024"),
    ),
    "sop.identity.revised.before_created": (
        lambda: with_identity(revised_text="Juli 2024"),
        lambda: with_identity(revised_text="Agustus 2024"),
    ),
    "sop.identity.date.year_mismatch": (
        lambda: with_identity(created_text="2 Januari 2029", effective_text="3 Januari 2029"),
        lambda: with_identity(created_text="2 Januari 2025", effective_text="3 Januari 2025"),
    ),
    "sop.identity.approval.missing": (lambda: with_identity(approved_by=None), base),
    "sop.identity.nip.malformed": (
        lambda: with_identity(approved_by=Signatory(name="BUDI", nip="19731310 200112 1 004")),
        lambda: with_identity(approved_by=Signatory(name="BUDI", nip="19730110 200112 1 004")),
    ),
    "sop.identity.legal_basis.missing": (lambda: with_identity(legal_basis=()), base),
    "sop.identity.legal_basis.revoked": (
        lambda: with_identity(
            legal_basis=(LegalBasis(text="Peraturan Komisi Informasi Nomor 1 Tahun 2010"),)
        ),
        base,
    ),
    "sop.provenance.unknown_field": (
        lambda: replace_step(
            base(), 2, inferences=(Inference(field="pelaksana", value="ppid", reason=WHY),)
        ),
        lambda: replace_step(
            base(), 2, inferences=(Inference(field="actors", value='["ppid"]', reason=WHY),)
        ),
    ),
    "sop.provenance.mismatch": (
        lambda: replace_step(
            base(), 2, inferences=(Inference(field="actors", value='["atasan"]', reason=WHY),)
        ),
        lambda: replace_step(
            base(), 2, inferences=(Inference(field="actors", value='["ppid"]', reason=WHY),)
        ),
    ),
    "sop.provenance.duplicate": (
        lambda: replace_step(
            base(),
            2,
            inferences=(
                Inference(field="kind", value="process", reason=WHY),
                Inference(field="kind", value="process", reason=WHY),
            ),
        ),
        lambda: replace_step(
            base(), 2, inferences=(Inference(field="kind", value="process", reason=WHY),)
        ),
    ),
}


def test_every_code_has_a_case() -> None:
    """Each code of sop.CODES is tested below on both sides, and only those codes exist."""
    assert set(CASES) == set(CODES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fires_on_the_bad_sop(code: str) -> None:
    """The SOP that breaks the rule gets a finding with that code, severity and basis."""
    bad, _ = CASES[code]
    found = [f for f in bad().validate() if f.code == code]
    assert found, f"{code} not reported; got {codes(bad())}"
    declared = CODES[code]
    for finding in found:
        assert finding.severity is declared.severity
        assert finding.basis  # a legal or transcription basis, never blank
        if code != "sop.identity.legal_basis.revoked":  # that one names the revoking huruf
            assert finding.basis == declared.basis
        assert finding.message and finding.message_en and finding.message != finding.message_en


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_is_quiet_on_the_good_sop(code: str) -> None:
    """The SOP that keeps the rule gets no finding with that code."""
    _, good = CASES[code]
    assert code not in codes(good())


# --- details of particular rules --------------------------------------------------------------


def _only(sop: SOP, code: str) -> Finding:
    found = [f for f in sop.validate() if f.code == code]
    assert len(found) == 1, [f.render("en") for f in sop.validate()]
    return found[0]


def test_numbering_findings_name_the_step() -> None:
    """A duplicate number names the second occurrence; a gap lists the missing numbers."""
    dup = _only(CASES["sop.steps.numbering.duplicate"][0](), "sop.steps.numbering.duplicate")
    assert (dup.field, dup.step) == ("steps[2].number", 2)
    gap = _only(CASES["sop.steps.numbering.gap"][0](), "sop.steps.numbering.gap")
    assert "no step 4" in gap.message_en


def test_empty_sop_reports_only_that_it_is_empty() -> None:
    """An SOP without steps reports sop.steps.none and no flow noise."""
    assert [c for c in codes(with_steps()) if c.startswith(("sop.steps", "sop.flow"))] == [
        "sop.steps.none"
    ]


def test_missing_yes_branch_is_reported_too() -> None:
    """A decision without its YES branch is reported on the yes field."""
    finding = _only(replace_step(base(), 3, yes=None), "sop.flow.decision.branch_missing")
    assert (finding.field, finding.step) == ("steps[2].yes", 3)
    assert "YA" in finding.message


def test_branch_to_a_missing_step_names_the_branch() -> None:
    """A branch to a step that does not exist is reported on that branch's target."""
    finding = _only(replace_step(base(), 3, no=Branch(to=7)), "sop.flow.target.missing")
    assert finding.field == "steps[2].no.to"
    assert "step 7" in finding.message_en


def test_decision_branch_may_end_the_procedure() -> None:
    """A decision branch to None ends the procedure: no missing-branch or terminator finding."""
    sop = replace_step(base(), 3, no=Branch(to=None, condition="terbuka: masuk DIP"))
    assert sop.validate() == ()


def test_loop_back_with_an_exit_is_fine() -> None:
    """A NO branch back to an earlier step (Kalteng step 2) is no problem while YES exits."""
    sop = replace_step(base(), 3, no=Branch(to=1))
    assert sop.validate() == ()


def test_dangling_branch_is_not_also_a_loop() -> None:
    """A branch to a missing step is reported once, as target.missing, not as a loop."""
    found = codes(CASES["sop.flow.target.missing"][0]())
    assert "sop.flow.target.missing" in found and "sop.flow.no_exit" not in found


def test_no_end_is_reported_once_without_no_exit() -> None:
    """Without any end, sop.flow.no_end is reported and sop.flow.no_exit is not repeated."""
    found = codes(CASES["sop.flow.no_end"][0]())
    assert "sop.flow.no_end" in found and "sop.flow.no_exit" not in found


def test_no_exit_names_the_stuck_steps() -> None:
    """The loop 3 <-> 4 without exit is one finding naming steps 3 and 4."""
    finding = _only(CASES["sop.flow.no_exit"][0](), "sop.flow.no_exit")
    assert finding.step == 3
    assert "3, 4" in finding.message_en


def test_unreachable_step_is_named() -> None:
    """A step nothing leads to is reported with its number and position."""
    finding = _only(CASES["sop.flow.unreachable"][0](), "sop.flow.unreachable")
    assert (finding.field, finding.step) == ("steps[4]", 5)


@pytest.mark.parametrize(
    ("number", "changes", "fragment"),
    [
        (1, {"kind": P}, "first step"),
        (4, {"kind": P}, "an end step"),
        (2, {"kind": T}, "neither start nor end"),
    ],
)
def test_terminator_placement(number: int, changes: dict[str, object], fragment: str) -> None:
    """Capsules mark only the start and the ends (PermenPAN-RB 35/2012)."""
    finding = _only(replace_step(base(), number, **changes), "sop.step.terminator")
    assert finding.step == number and fragment in finding.message_en


def test_unknown_actor_names_known_lanes() -> None:
    """An actor that is not a lane is reported on its path, listing the lanes there are."""
    finding = _only(replace_step(base(), 2, actors=("ppid", "tim")), "sop.step.actor.unknown")
    assert finding.field == "steps[1].actors[1]"
    assert "atasan, pemohon, ppid" in finding.message_en


def test_waktu_is_judged_after_its_correction() -> None:
    """A misspelt waktu with a correction is read through the correction (no finding)."""
    sop = replace_step(
        base(),
        2,
        waktu_text="3 HKK",
        corrections=(
            Correction(field="waktu_text", as_written="3 HKK", corrected="3 HK", reason=WHY),
        ),
    )
    assert sop.validate() == ()
    assert "sop.step.waktu.unreadable" in codes(replace_step(base(), 2, waktu_text="3 HKK"))


def test_blank_output_counts_as_missing() -> None:
    """An output cell holding only spaces is no output."""
    assert "sop.step.output.missing" in codes(replace_step(base(), 2, outputs=("  ",)))


def test_month_precision_dates_compare_as_ranges() -> None:
    """ "Agustus 2024" effective with "1 Agustus 2024" made is not "before": the ranges overlap."""
    assert codes(with_identity(effective_text="Agustus 2024")) == []
    assert "sop.identity.effective.before_created" in codes(
        with_identity(created_text="1 September 2024", effective_text="Agustus 2024")
    )


def test_year_gap_is_configurable() -> None:
    """max_year_gap=0 reports a date one year off; the default (1) does not."""
    sop = with_identity(created_text="2 Januari 2025", effective_text="3 Januari 2025")
    assert validate_sop(sop) == ()
    strict = [f.code for f in validate_sop(sop, max_year_gap=0)]
    assert strict == ["sop.identity.date.year_mismatch"] * 2


def test_no_year_in_the_number_means_no_year_check() -> None:
    """Numbers without a year (Kutai Timur's "B-000.8.3.3 / 9308 / BKPSDM - SEK") skip the check."""
    sop = with_identity(
        number="B-000.8.3.3 / 9308 / BKPSDM - SEK",
        created_text="2 Januari 2029",
        effective_text="2 Januari 2029",
    )
    assert sop.validate() == ()


def test_kalbar_style_identity() -> None:
    """A 2024 SOP number, tanggal pembuatan in 2029, no tanggal efektif: exactly two findings."""
    sop = with_identity(
        number="41 /SOP/ DISKOMINFO.IP /2024", created_text="2 Januari 2029", effective_text=None
    )
    found = sop.validate()
    assert [f.code for f in found] == [
        "sop.identity.date.year_mismatch",
        "sop.identity.effective.missing",
    ]
    assert "5 years" in found[0].message_en and "2024" in found[0].message_en
    assert found[0].field == "identity.created_text"


def test_date_correction_is_used_for_judging() -> None:
    """A date kept as written but corrected ("..25...") is judged by its corrected reading."""
    sop = with_identity(
        created_text="..1... Agustus 2024",
        corrections=(
            Correction(
                field="created_text",
                as_written="..1... Agustus 2024",
                corrected="1 Agustus 2024",
                reason=WHY,
            ),
        ),
    )
    assert sop.validate() == ()


def test_approval_without_a_name() -> None:
    """A pengesahan with a position but no name is reported; an official without NIP is fine."""
    assert "sop.identity.approval.missing" in codes(
        with_identity(approved_by=Signatory(position="KEPALA DINAS"))
    )
    assert codes(with_identity(approved_by=Signatory(position="Ketua", name="A"))) == []


@pytest.mark.parametrize(
    ("nip", "problem"),
    [
        ("197301102001121004", None),
        ("19660408 199303 1 009", None),
        ("1966.0408.1993.03.1.009", None),
        ("19660408 199303 1 00", "18 digits"),
        ("MANIPA19660408 199303 1 009", "18 digits"),
        ("19661308 199303 1 009", "birth date"),
        ("19660408 199313 1 009", "appointment"),
        ("19660408 197003 1 009", "appointment"),
        ("19660408 199303 3 009", "sex"),
    ],
)
def test_nip_structure(nip: str, problem: str | None) -> None:
    """NIP: 8 digits birth date, 6 appointment year-month, 1 sex (1/2), 3 serial."""
    found = nip_problem(nip)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found.en


def test_nip_is_judged_after_its_correction() -> None:
    """Kalbar's OCR'd "MANIPA..." NIP with its correction is not reported."""
    written = "MANIPA19660408 199303 1 009"
    sop = with_identity(
        approved_by=Signatory(name="SAMUEL", nip=written),
        corrections=(
            Correction(
                field="approved_by.nip",
                as_written=written,
                corrected="19660408 199303 1 009",
                reason=WHY,
            ),
        ),
    )
    assert sop.validate() == ()


@pytest.mark.parametrize(
    ("text", "revoked_by"),
    [
        ("Peraturan Komisi Informasi Nomor 1 Tahun 2010 tentang Standar Layanan", "huruf a"),
        ("Perki No. 1 Tahun 2017", "huruf b"),
        ("Perki No. 1 Tahun 2021", None),
        ("Peraturan Komisi Informasi No. 1 Tahun 2013", None),
    ],
)
def test_revoked_perki(text: str, revoked_by: str | None) -> None:
    """PERKI 1/2010 and 1/2017 are revoked by PERKI 1/2021 Pasal 63; 1/2013 and 1/2021 are not."""
    sop = with_identity(
        legal_basis=(LegalBasis(text="UU No. 14 Tahun 2008"), LegalBasis(text=text))
    )
    found = [f for f in sop.validate() if f.code == "sop.identity.legal_basis.revoked"]
    if revoked_by is None:
        assert found == []
    else:
        assert len(found) == 1
        assert found[0].field == "identity.legal_basis[1]"
        assert found[0].basis == f"PERKI 1/2021 Pasal 63 {revoked_by}"


def test_revoked_after_the_sop_was_made() -> None:
    """An SOP in force before PERKI 1/2021 (30 June 2021) is told it needs revising; a later one
    just that it cites a revoked rule."""
    old_perki = (LegalBasis(text="Peraturan Komisi Informasi Nomor 1 Tahun 2010"),)
    before = with_identity(
        number="04/2020",
        created_text="25 Agustus 2020",
        effective_text="26 Agustus 2020",
        legal_basis=old_perki,
    )
    after = with_identity(legal_basis=old_perki)
    (early,) = [f for f in before.validate() if f.code == "sop.identity.legal_basis.revoked"]
    (late,) = [f for f in after.validate() if f.code == "sop.identity.legal_basis.revoked"]
    assert "revoked after this SOP was made (26 Agustus 2020)" in early.message_en
    assert "SOP perlu direvisi" in early.message
    assert "after this SOP" not in late.message_en


def test_correction_that_drifted_from_its_field() -> None:
    """A correction whose as_written no longer matches the field is a provenance mismatch."""
    sop = replace_step(
        base(),
        2,
        corrections=(
            Correction(field="activity", as_written="Kegiatan dua", corrected="x", reason=WHY),
        ),
    )
    finding = _only(sop, "sop.provenance.mismatch")
    assert (finding.field, finding.step) == ("steps[1].activity", 2)


def test_correction_of_a_whole_list_is_a_mismatch() -> None:
    """Corrections apply to text (or one item of a list), never to a list as a whole."""
    sop = replace_step(
        base(),
        2,
        corrections=(
            Correction(field="outputs", as_written="Output 2", corrected="Keluaran 2", reason=WHY),
        ),
    )
    assert "sop.provenance.mismatch" in codes(sop)


def test_identity_and_sop_level_records_are_checked() -> None:
    """Records on the identity and on the SOP itself are checked like those on steps."""
    sop = with_identity(
        inferences=(Inference(field="unit", value="BIDANG", reason=WHY),),
    )
    sop = attrs.evolve(sop, inferences=(Inference(field="trigger", value="periodic", reason=WHY),))
    found = {(f.code, f.field) for f in sop.validate()}
    assert found == {
        ("sop.provenance.mismatch", "identity.unit"),
        ("sop.provenance.mismatch", "trigger"),
    }


def test_validate_method_is_validate_sop() -> None:
    """SOP.validate() returns what validate_sop returns, sorted by step, field and code."""
    sop = replace_step(replace_step(base(), 4, outputs=()), 2, waktu_text=None)
    assert sop.validate() == validate_sop(sop)
    assert [f.step for f in sop.validate()] == [2, 4]


def test_errors_and_warnings() -> None:
    """Structural breaks are errors; suspicious data are warnings."""
    assert CODES["sop.flow.no_end"].severity is Severity.ERROR
    assert CODES["sop.identity.date.year_mismatch"].severity is Severity.WARNING


@given(st.integers(min_value=1, max_value=30), st.data())
def test_random_chains_with_back_branches_are_clean(n: int, data: st.DataObject) -> None:
    """A chain 1..n whose decisions branch back to earlier steps always has an exit: no findings."""
    steps: list[Step] = []
    for k in range(1, n + 1):
        kind = T if k in (1, n) else data.draw(st.sampled_from([P, D]))
        if kind is D:
            back = data.draw(st.integers(min_value=1, max_value=k))
            steps.append(step(k, D, yes=Branch(to=k + 1), no=Branch(to=back)))
        else:
            steps.append(
                step(k, kind, "pemohon" if k == 1 else "ppid", next=k + 1 if k < n else None)
            )
    lanes = base().lanes[:2] if n > 1 else base().lanes[:1]
    sop = attrs.evolve(base(), steps=tuple(steps), lanes=lanes)
    assert sop.validate() == ()


def test_the_docs_name_no_code_that_does_not_exist() -> None:
    """The prose of docs/sop.md and docs/plugins.md names no sop.* code outside `CODES` (that
    every code is listed, in a table equal to `CODES`, is tests/test_code_tables.py's job)."""
    from pathlib import Path

    docs = Path(__file__).resolve().parent.parent / "docs"
    named: set[str] = set()
    for page in ("sop.md", "plugins.md"):
        text = (docs / page).read_text(encoding="utf-8")
        named |= set(
            re.findall(r"(sop\.(?:steps|flow|step|lane|identity|provenance)\.[a-z_.]*[a-z_])", text)
        )
    assert named, "the pattern no longer finds the codes the docs name"
    assert named - set(CODES) == set()
