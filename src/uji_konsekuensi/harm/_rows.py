"""Validation rules for one tested item (a row of the Lembar Pengujian Konsekuensi).

Each rule cites the provision it enforces, as ``basis`` and in a comment. Codes are documented in
docs/harm.md; they are stable and never reused.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

import attrs

from ..findings import Finding, Severity
from ..i18n import Text
from ..law import (
    NEVER_EXEMPT,
    Citation,
    CitationError,
    Ground,
    detect_never_exempt,
    find_statutes,
    get_ground,
)
from ._period_rules import check_period
from ._util import at, blank, key
from .model import ConsequenceTest, GroundRef, Outcome, Role, resolve_citation
from .restatement import measure
from .settings import ValidationSettings

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@attrs.frozen(kw_only=True)
class RowContext:
    """What a row's rules need from around it."""

    path: str
    tested_on: dt.date | None
    approval_role: Role | None
    settings: ValidationSettings
    #: The row is a Penetapan's (PERKI 1/2021 Pasal 49 ayat (5)), not a lone Lembar's.
    in_penetapan: bool = False


@attrs.frozen(kw_only=True)
class _Resolved:
    index: int
    ref: GroundRef
    citations: tuple[Citation, ...]

    @property
    def letters(self) -> frozenset[str]:
        return frozenset(c.ground.letter for c in self.citations)


class RowChecker:
    """Runs every rule on one row; `findings` holds the result."""

    def __init__(self, row: ConsequenceTest, ctx: RowContext) -> None:
        self.row = row
        self.ctx = ctx
        self.findings: list[Finding] = []
        self.resolved: list[_Resolved] = []

    def add(self, code: str, severity: Severity, text: Text, basis: str, field: str) -> None:
        self.findings.append(Finding.of(code, severity, text, basis, field=field))

    def field(self, name: str) -> str:
        return at(self.ctx.path, name)

    @property
    def letters(self) -> frozenset[str]:
        return frozenset().union(*(r.letters for r in self.resolved))

    def run(self) -> list[Finding]:
        self.information()
        self.grounds()
        self.pasal_18()
        self.consent()
        self.balance()
        self.partial()
        check_period(self)
        self.pasal_19()
        return self.findings

    # -- what is tested (PERKI 1/2021 Pasal 49 ayat (2) huruf a-b) --------------------------

    def information(self) -> None:
        row = self.row
        if blank(row.information):
            # Pasal 49 ayat (2) huruf b, ayat (5) huruf c: "jelas dan terang".
            self.add(
                "harm.information.missing",
                E,
                Text(
                    "Informasi yang diuji tidak diuraikan",
                    "The information tested is not described",
                ),
                "PERKI 1/2021 Pasal 49 ayat (2) huruf b dan ayat (5) huruf c",
                self.field("information"),
            )
        if not row.documents:
            self.add(
                "harm.documents.missing",
                W,
                Text(
                    "Dokumen yang memuat informasi tidak disebutkan",
                    "The document(s) holding the information are not named",
                ),
                "PERKI 1/2021 Pasal 49 ayat (2) huruf a",
                self.field("documents"),
            )
        if blank(row.holder):
            self.add(
                "harm.holder.missing",
                W,
                Text(
                    "Unit kerja/pejabat yang menguasai informasi tidak disebutkan",
                    "The unit or official holding the information is not named",
                ),
                "PERKI 1/2021 Pasal 49 ayat (2) huruf a; Pasal 21 ayat (2), Lampiran I",
                self.field("holder"),
            )

    # -- the grounds (UU 14/2008 Pasal 17; PERKI 1/2021 Pasal 49 ayat (6) huruf a) ----------

    def grounds(self) -> None:
        row = self.row
        if not row.grounds and row.outcome.exempts:
            self.add(
                "harm.grounds.missing",
                E,
                Text(
                    "Informasi dikecualikan tanpa dasar pengecualian Pasal 17",
                    "Information is withheld without a Pasal 17 ground",
                ),
                "UU 14/2008 Pasal 17 dan Pasal 22 ayat (7) huruf c; "
                "PERKI 1/2021 Pasal 49 ayat (6) huruf a",
                self.field("grounds"),
            )
        seen: set[str] = set()
        for index, ref in enumerate(row.grounds):
            path = self.field(f"grounds[{index}]")
            resolved = self.ground_ref(ref, path)
            if resolved is None:
                continue
            entry = _Resolved(index=index, ref=ref, citations=resolved)
            self.resolved.append(entry)
            codes = {c.code for c in resolved}
            if codes & seen:
                self.add(
                    "law.ground.duplicate",
                    INFO,
                    Text(
                        f"Dasar pengecualian {', '.join(sorted(codes & seen))} disebut dua kali",
                        f"Ground {', '.join(sorted(codes & seen))} is cited twice",
                    ),
                    "PERKI 1/2021 Pasal 49 ayat (6) huruf a",
                    path,
                )
            seen |= codes
            self.other_statute(entry, path)
        for index, part in enumerate(row.withheld_parts):
            if part.ground is not None:
                self.ground_ref(part.ground, self.field(f"withheld_parts[{index}].ground"))

    def ground_ref(self, ref: GroundRef, path: str) -> tuple[Citation, ...] | None:
        """Resolve one reference; report what is wrong with it."""
        result = ref.try_citations()
        if isinstance(result, CitationError):
            nearest = ", ".join(result.nearest) or "Pasal 17 huruf a-j"
            problem = result.problems[0]
            self.add(
                "law.ground.unknown",
                E,
                Text(
                    f"{problem.message}. Dasar pengecualian terdekat: {nearest}",
                    f"{problem.message_en}. Nearest grounds: {nearest}",
                ),
                "UU 14/2008 Pasal 17",
                at(path, "ground"),
            )
            return None
        whole = sorted({c.ground.letter for c in result if c.whole_letter})
        if whole:
            letters = ", ".join(whole)
            self.add(
                "law.ground.letter_only",
                W,
                Text(
                    f"Huruf {letters} dikutip tanpa angka; sebutkan angka yang tepat agar "
                    "pengecualian jelas dan terbatas",
                    f"Huruf {letters} is cited without its angka; name the exact point so the "
                    "exemption is clear and limited",
                ),
                "UU 14/2008 Pasal 2 ayat (2) dan Pasal 17; PERKI 1/2021 Pasal 49 ayat (2) huruf c",
                at(path, "ground"),
            )
        if ref.as_written and ref.as_written.strip() != ref.ground.strip():
            parsed = resolve_citation(ref.as_written)
            written = () if isinstance(parsed, CitationError) else parsed
            if written and {c.code for c in written} != {c.code for c in result}:
                self.add(
                    "law.ground.mismatch",
                    W,
                    Text(
                        f"Dasar hukum tertulis ({ref.as_written!r}) menunjuk "
                        f"{', '.join(c.code for c in written)}, bukan {ref.ground!r}",
                        f"The basis as written ({ref.as_written!r}) names "
                        f"{', '.join(c.code for c in written)}, not {ref.ground!r}",
                    ),
                    "PERKI 1/2021 Pasal 49 ayat (6) huruf a",
                    at(path, "as_written"),
                )
        return result

    def other_statute(self, entry: _Resolved, path: str) -> None:
        """Huruf j exists only through another Undang-Undang, which must be cited."""
        if "j" not in entry.letters:
            return
        ref = entry.ref
        other = ref.other_statute or next(
            (c.other_statute for c in entry.citations if c.other_statute), None
        )
        if other is None and ref.as_written:
            parsed = resolve_citation(ref.as_written)
            if not isinstance(parsed, CitationError):
                other = next((c.other_statute for c in parsed), None)
        basis = "UU 14/2008 Pasal 17 huruf j; PERKI 1/2021 Pasal 49 ayat (6) huruf a"
        if blank(other):
            self.add(
                "law.ground.other_statute_missing",
                E,
                Text(
                    "Huruf j dikutip tanpa undang-undang lain yang merahasiakan informasi "
                    "(mis. 'Pasal 40 UU No. 36 Tahun 1999')",
                    "Huruf j is cited without the other statute that makes the information "
                    "secret (e.g. 'Pasal 40 UU No. 36 Tahun 1999')",
                ),
                basis,
                at(path, "other_statute"),
            )
            return
        assert other is not None
        refs = find_statutes(other)
        if not refs:
            self.add(
                "law.ground.other_statute_unreadable",
                W,
                Text(
                    f"Undang-undang lain untuk huruf j tidak dapat dibaca: {other!r}",
                    f"The other statute for huruf j cannot be read: {other!r}",
                ),
                basis,
                at(path, "other_statute"),
            )
            return
        first = refs[0]
        if not first.is_statute_level or first.is_uu_kip:
            self.add(
                "law.ground.other_statute_not_uu",
                E,
                Text(
                    f"Huruf j memerlukan undang-undang lain; {first.short} bukan undang-undang "
                    "lain (peraturan di bawah undang-undang atau UU KIP sendiri tidak cukup)",
                    f"Huruf j needs another Undang-Undang; {first.short} is not one (a rule "
                    "below statute level, or UU KIP itself, is not enough)",
                ),
                "UU 14/2008 Pasal 17 huruf j ('berdasarkan Undang-Undang')",
                at(path, "other_statute"),
            )
        elif first.article is None:
            self.add(
                "law.ground.other_statute_no_article",
                W,
                Text(
                    f"Sebutkan Pasal {first.short} yang merahasiakan informasi",
                    f"Name the Pasal of {first.short} that makes the information secret",
                ),
                basis,
                at(path, "other_statute"),
            )

    # -- never exempt (UU 14/2008 Pasal 18 ayat (1)) ------------------------------------------

    def pasal_18(self) -> None:
        row = self.row
        if not row.outcome.exempts:
            return
        if row.never_exempt_kind is not None:
            kind = NEVER_EXEMPT[row.never_exempt_kind]
            whole = row.outcome is Outcome.CLOSED
            self.add(
                "harm.pasal18.never_exempt",
                E if whole else W,
                Text(
                    f"Informasi berupa {kind.label_id} tidak dapat dikecualikan"
                    + ("" if whole else "; bagian yang dihitamkan harus berdasar Pasal 17 sendiri"),
                    f"Information that is {kind.label_en} cannot be exempt"
                    + ("" if whole else "; blacked-out parts need their own Pasal 17 ground"),
                ),
                kind.citation,
                self.field("never_exempt_kind"),
            )
            return
        candidates = [("information", row.information)] + [
            (f"documents[{i}].title", d.title) for i, d in enumerate(row.documents)
        ]
        for name, text in candidates:
            kinds = _never_exempt_kinds(text)
            if kinds:
                kind = NEVER_EXEMPT[kinds[0]]
                self.add(
                    "harm.pasal18.possible",
                    W,
                    Text(
                        f"{text!r} tampak sebagai {kind.label_id}, yang tidak dapat "
                        "dikecualikan; periksa kembali (isi never_exempt_kind bila benar)",
                        f"{text!r} looks like {kind.label_en}, which cannot be exempt; review "
                        "it (set never_exempt_kind if so)",
                    ),
                    kind.citation,
                    self.field(name),
                )
                return

    # -- consent and public office lift g and h (UU 14/2008 Pasal 18 ayat (2)) ----------------

    def consent(self) -> None:
        row = self.row
        if not row.outcome.exempts or (row.consent is None and blank(row.public_office)):
            return
        why_id, why_en = [], []
        if row.consent is not None:
            why_id.append(f"persetujuan tertulis dari {row.consent.given_by}")
            why_en.append(f"written consent of {row.consent.given_by}")
        if not blank(row.public_office):
            why_id.append(f"berkaitan dengan jabatan publik ({row.public_office})")
            why_en.append(f"it concerns a public office ({row.public_office})")
        for entry in self.resolved:
            lifted = sorted(c.code for c in entry.citations if c.ground.lifted_by_consent)
            if not lifted:
                continue
            ground: Ground = next(c.ground for c in entry.citations if c.ground.lifted_by_consent)
            self.add(
                "harm.consent.lifts",
                E,
                Text(
                    f"Huruf {ground.letter} tidak berlaku karena tercatat " + " dan ".join(why_id),
                    f"Huruf {ground.letter} does not apply: the record shows "
                    + " and ".join(why_en),
                ),
                ground.lifted_basis or "UU 14/2008 Pasal 18 ayat (2)",
                self.field(f"grounds[{entry.index}]"),
            )

    # -- the balancing (UU 14/2008 Pasal 2 ayat (4); PERKI 1/2021 Pasal 49 ayat (2) huruf d) -

    def balance(self) -> None:
        row = self.row
        # Withholding without the analysis is an error; an opened item should still show it.
        severity = E if row.outcome.exempts else W
        opening, closing = row.consequence_of_opening, row.consideration_of_closing
        if blank(opening):
            self.add(
                "harm.consequence.missing",
                severity,
                Text(
                    "Konsekuensi apabila informasi dibuka (kolom Dibuka) tidak diuraikan",
                    "The consequence of opening the information (column Dibuka) is not stated",
                ),
                "UU 14/2008 Pasal 2 ayat (4); PERKI 1/2021 Pasal 49 ayat (2) huruf d dan "
                "ayat (6) huruf b",
                self.field("consequence_of_opening"),
            )
        elif row.outcome.exempts and self.resolved:
            self.restatement(opening or "")
        if blank(closing):
            self.add(
                "harm.balance.closing_missing",
                severity,
                Text(
                    "Pertimbangan apabila informasi ditutup (kolom Ditutup) tidak diuraikan: "
                    "penimbangan kepentingan hanya satu sisi",
                    "The consideration of closing the information (column Ditutup) is not "
                    "stated: the balancing has only one side",
                ),
                "UU 14/2008 Pasal 2 ayat (4); PERKI 1/2021 Lampiran II (kolom Ditutup)",
                self.field("consideration_of_closing"),
            )
        if not blank(opening) and not blank(closing):
            assert opening is not None and closing is not None
            if key(opening) == key(closing):
                self.add(
                    "harm.balance.identical",
                    W,
                    Text(
                        "Kolom Dibuka dan Ditutup berisi teks yang sama",
                        "Columns Dibuka and Ditutup hold the same text",
                    ),
                    "UU 14/2008 Pasal 2 ayat (4)",
                    self.field("consideration_of_closing"),
                )

    def restatement(self, opening: str) -> None:
        texts: list[str] = []
        refs: list[str] = []
        for entry in self.resolved:
            for citation in entry.citations:
                # Similarity against the Indonesian text; the English one adds vocabulary only.
                text_id, others = _ground_texts(citation.code)
                texts.append(text_id)
                refs += others
            refs += [
                t for t in (entry.ref.ground, entry.ref.as_written, entry.ref.other_statute) if t
            ]
        result = measure(opening, texts, refs, self.ctx.settings.restatement)
        if result.restates:
            settings = self.ctx.settings.restatement
            self.add(
                "harm.consequence.restates_ground",
                E,
                Text(
                    "Kolom Dibuka hanya mengulang bunyi dasar pengecualian "
                    f"({len(result.new_words)} kata baru, kemiripan {result.similarity:.2f}; "
                    f"minimal {settings.min_new_words} kata baru dan kemiripan di bawah "
                    f"{settings.max_similarity:.2f}): uraikan akibat nyata bila dibuka, "
                    "bagi siapa, dan mengapa",
                    "Column Dibuka only restates the ground "
                    f"({len(result.new_words)} new words, similarity {result.similarity:.2f}; "
                    f"needs {settings.min_new_words} new words and similarity below "
                    f"{settings.max_similarity:.2f}): state the concrete harm of opening, to "
                    "whom, and why",
                ),
                "PERKI 1/2021 Pasal 49 ayat (6) huruf b; UU 14/2008 Pasal 2 ayat (4)",
                self.field("consequence_of_opening"),
            )

    # -- partial exemption (UU 14/2008 Pasal 22 ayat (7) huruf d-e; PERKI 1/2021 Pasal 50) ---

    def partial(self) -> None:
        row = self.row
        if row.outcome is not Outcome.PARTIAL:
            if row.withheld_parts:
                self.add(
                    "harm.partial.parts_not_partial",
                    W,
                    Text(
                        "Bagian yang dihitamkan dicatat, padahal hasilnya bukan dikecualikan "
                        "sebagian",
                        "Blacked-out parts are recorded but the outcome is not partial",
                    ),
                    "PERKI 1/2021 Pasal 50 ayat (2)",
                    self.field("withheld_parts"),
                )
            return
        if not row.withheld_parts:
            self.add(
                "harm.partial.no_parts",
                E,
                Text(
                    "Dikecualikan sebagian, tetapi bagian yang dihitamkan tidak disebutkan",
                    "Partly exempt, but the parts blacked out are not named",
                ),
                "UU 14/2008 Pasal 22 ayat (7) huruf e; PERKI 1/2021 Pasal 50 ayat (2)",
                self.field("withheld_parts"),
            )
        for index, part in enumerate(row.withheld_parts):
            path = self.field(f"withheld_parts[{index}]")
            if blank(part.reason):
                self.add(
                    "harm.partial.reason_missing",
                    E,
                    Text(
                        f"Alasan menghitamkan {part.part!r} tidak disebutkan",
                        f"No reason is given for blacking out {part.part!r}",
                    ),
                    "UU 14/2008 Pasal 22 ayat (7) huruf e",
                    at(path, "reason"),
                )
            if _withholds_whole(part.part, row):
                self.add(
                    "harm.partial.whole_document",
                    E,
                    Text(
                        f"Pengecualian sebagian tidak boleh menahan seluruh dokumen: {part.part!r}",
                        f"A partial exemption may not withhold the whole document: {part.part!r}",
                    ),
                    "PERKI 1/2021 Pasal 50 ayat (3)",
                    at(path, "part"),
                )
        if blank(row.released):
            self.add(
                "harm.partial.released_missing",
                W,
                Text(
                    "Bagian informasi yang tetap diberikan tidak disebutkan",
                    "What is still given is not stated",
                ),
                "UU 14/2008 Pasal 22 ayat (7) huruf d",
                self.field("released"),
            )
        elif _NOTHING.fullmatch(key(row.released or "")):
            self.add(
                "harm.partial.whole_document",
                E,
                Text(
                    f"Dikecualikan sebagian, tetapi yang diberikan: {row.released!r}",
                    f"Partly exempt, but what is given is: {row.released!r}",
                ),
                "PERKI 1/2021 Pasal 50 ayat (3)",
                self.field("released"),
            )

    # -- the test comes first (UU 14/2008 Pasal 19) ------------------------------------------

    def pasal_19(self) -> None:
        row, tested_on = self.row, self.ctx.tested_on
        if row.exempt_since is None or tested_on is None or row.exempt_since >= tested_on:
            return
        self.add(
            "harm.test.after_exemption",
            E,
            Text(
                f"Pengujian konsekuensi ({tested_on.isoformat()}) dilakukan setelah informasi "
                f"dinyatakan dikecualikan ({row.exempt_since.isoformat()})",
                f"The consequence test ({tested_on.isoformat()}) post-dates the exemption it "
                f"justifies ({row.exempt_since.isoformat()})",
            ),
            "UU 14/2008 Pasal 19; PP 61/2010 Pasal 3 ayat (1)",
            self.field("exempt_since"),
        )


# "seluruh dokumen", "semua halaman", "dokumen secara utuh", "the whole document".
_WHOLE = re.compile(
    r"^(?:seluruh|semua|keseluruhan)\b|\b(?:seluruh|semua)\s+(?:isi|dokumen|halaman|berkas|"
    r"lampiran)\b|\bsecara\s+(?:utuh|keseluruhan)\b|\b(?:whole|entire)\s+(?:document|file)\b|"
    r"\ball\s+pages\b"
)
_NOTHING = re.compile(r"-+|tidak\s+ada|nihil|tidak\s+ada\s+yang\s+diberikan|none|nothing")


def _withholds_whole(part: str, row: ConsequenceTest) -> bool:
    """A blacked-out "part" that is in fact the whole document (PERKI 1/2021 Pasal 50 ayat (3))."""
    text = key(part)
    if _WHOLE.search(text):
        return True
    whole_names = [key(d.title) for d in row.documents] + [key(row.information)]
    return text in whole_names


@functools.lru_cache(maxsize=64)
def _ground_texts(code: str) -> tuple[str, tuple[str, str, str]]:
    """A ground's Indonesian text, and its English text and citations, built once per ground
    (33 of them): the same string objects every time, so the restatement heuristic finds its
    prepared reference by a cheap look-up (see restatement.measure)."""
    g = get_ground(code)
    return g.full_text_id, (g.full_text_en, g.citation, g.formal_citation)


# The Pasal 18 ayat (1) screen (a few regular expressions) is a pure function of the text; item
# descriptions and document titles recur across an agency's records (the same DIK items are
# tested on every request for them), so each distinct text is screened once per process.
_never_exempt_kinds = functools.lru_cache(maxsize=8192)(detect_never_exempt)


def check_row(row: ConsequenceTest, ctx: RowContext) -> Sequence[Finding]:
    """Every finding about one tested item."""
    return RowChecker(row, ctx).run()
