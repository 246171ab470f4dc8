"""UU 14/2008 Pasal 18 ayat (1): the kinds of information that can never be exempt.

Whatever ground a public body invokes, information of these kinds "tidak termasuk dalam
kategori informasi yang dikecualikan". `NeverExemptKind` names them (values are the wire format);
`NEVER_EXEMPT` gives each its citation and text; `detect_never_exempt` is a keyword screen that a
validator uses to *suggest* (never to decide) that an item may be one of them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping

import attrs


class NeverExemptKind(enum.Enum):
    """The seven kinds of UU 14/2008 Pasal 18 ayat (1) (huruf a-g)."""

    COURT_DECISION = "court_decision"
    POLICY = "policy"
    TERMINATION_ORDER = "termination_order"
    LAW_ENFORCEMENT_SPENDING_PLAN = "law_enforcement_spending_plan"
    LAW_ENFORCEMENT_FINANCIAL_REPORT = "law_enforcement_financial_report"
    CORRUPTION_RECOVERY_REPORT = "corruption_recovery_report"
    OPENED_BY_OBJECTION_OR_DISPUTE = "opened_by_objection_or_dispute"


@attrs.frozen(kw_only=True)
class NeverExempt:
    """One kind of Pasal 18 ayat (1), with its citation and text in both languages."""

    kind: NeverExemptKind
    huruf: str
    text_id: str
    text_en: str
    #: A short name for messages ("putusan pengadilan").
    label_id: str
    label_en: str

    @property
    def citation(self) -> str:
        return f"UU 14/2008 Pasal 18 ayat (1) huruf {self.huruf}"


#: Every kind of UU 14/2008 Pasal 18 ayat (1), in statute order (docs/sources/law.md §1.4).
NEVER_EXEMPT: Mapping[NeverExemptKind, NeverExempt] = {
    n.kind: n
    for n in (
        NeverExempt(
            kind=NeverExemptKind.COURT_DECISION,
            label_id="putusan badan peradilan",
            label_en="a court decision",
            huruf="a",
            text_id="putusan badan peradilan",
            text_en="decisions of the courts",
        ),
        NeverExempt(
            kind=NeverExemptKind.POLICY,
            label_id="ketetapan, keputusan, peraturan, surat edaran atau kebijakan lain",
            label_en="a determination, decision, regulation, circular or other policy",
            huruf="b",
            text_id=(
                "ketetapan, keputusan, peraturan, surat edaran, ataupun bentuk kebijakan lain, "
                "baik yang tidak berlaku mengikat maupun mengikat ke dalam ataupun ke luar, serta "
                "pertimbangan lembaga penegak hukum"
            ),
            text_en=(
                "determinations, decisions, regulations, circulars or other forms of policy, "
                "binding or not, internally or externally, and the considerations of "
                "law-enforcement bodies"
            ),
        ),
        NeverExempt(
            kind=NeverExemptKind.TERMINATION_ORDER,
            label_id="surat perintah penghentian penyidikan atau penuntutan",
            label_en="an order terminating an investigation or prosecution",
            huruf="c",
            text_id="surat perintah penghentian penyidikan atau penuntutan",
            text_en="orders terminating an investigation or a prosecution (SP3)",
        ),
        NeverExempt(
            kind=NeverExemptKind.LAW_ENFORCEMENT_SPENDING_PLAN,
            label_id="rencana pengeluaran tahunan lembaga penegak hukum",
            label_en="an annual spending plan of a law-enforcement body",
            huruf="d",
            text_id="rencana pengeluaran tahunan lembaga penegak hukum",
            text_en="annual spending plans of law-enforcement bodies",
        ),
        NeverExempt(
            kind=NeverExemptKind.LAW_ENFORCEMENT_FINANCIAL_REPORT,
            label_id="laporan keuangan tahunan lembaga penegak hukum",
            label_en="an annual financial report of a law-enforcement body",
            huruf="e",
            text_id="laporan keuangan tahunan lembaga penegak hukum",
            text_en="annual financial reports of law-enforcement bodies",
        ),
        NeverExempt(
            kind=NeverExemptKind.CORRUPTION_RECOVERY_REPORT,
            label_id="laporan pengembalian uang hasil korupsi",
            label_en="a report on recovered proceeds of corruption",
            huruf="f",
            text_id="laporan hasil pengembalian uang hasil korupsi",
            text_en="reports on the recovery of the proceeds of corruption",
        ),
        NeverExempt(
            kind=NeverExemptKind.OPENED_BY_OBJECTION_OR_DISPUTE,
            label_id="informasi yang telah dinyatakan terbuka melalui keberatan atau sengketa",
            label_en="information declared open through an objection or dispute",
            huruf="g",
            text_id=(
                "informasi lain sebagaimana dimaksud dalam Pasal 11 ayat (2), yaitu informasi "
                "yang telah dinyatakan terbuka melalui mekanisme keberatan dan/atau penyelesaian "
                "sengketa"
            ),
            text_en=(
                "other information under Pasal 11 ayat (2): information declared open through "
                "an objection and/or a dispute"
            ),
        ),
    )
}

_LAW_ENFORCEMENT = (
    r"(?:lembaga\s+penegak\s+hukum|kepolisian|polri|polda|polres|kejaksaan|kejati|kejari|"
    r"kpk|komisi\s+pemberantasan\s+korupsi)"
)

# Keyword screen for each kind. It looks at how an item *starts* ("Putusan ...", "Surat Edaran
# ...") or at unambiguous phrases, because the kinds' words also occur inside exempt items ("hasil
# evaluasi ... berdasarkan Peraturan BKN"). Drafts ("rancangan", "draf", "konsep") of a policy are
# not yet a policy (they may be a huruf i memorandum), so they are skipped.
_PATTERNS: Mapping[NeverExemptKind, re.Pattern[str]] = {
    NeverExemptKind.COURT_DECISION: re.compile(
        r"^(?:salinan\s+)?putusan\b|\bputusan\s+(?:pengadilan|badan\s+peradilan|mahkamah|"
        r"hakim|ptun|majelis\s+hakim)",
    ),
    NeverExemptKind.POLICY: re.compile(
        r"^(?:salinan\s+)?(?:surat\s+keputusan|keputusan|ketetapan|peraturan|surat\s+edaran|"
        r"instruksi|pedoman|kebijakan)\b",
    ),
    NeverExemptKind.TERMINATION_ORDER: re.compile(
        r"\bsp3\b|surat\s+perintah\s+penghentian\s+(?:penyidikan|penuntutan)",
    ),
    NeverExemptKind.LAW_ENFORCEMENT_SPENDING_PLAN: re.compile(
        rf"rencana\s+(?:pengeluaran|anggaran)\s+tahunan\b.*{_LAW_ENFORCEMENT}",
    ),
    NeverExemptKind.LAW_ENFORCEMENT_FINANCIAL_REPORT: re.compile(
        rf"laporan\s+keuangan(?:\s+tahunan)?\b.*{_LAW_ENFORCEMENT}",
    ),
    NeverExemptKind.CORRUPTION_RECOVERY_REPORT: re.compile(
        r"pengembalian\s+(?:uang|kerugian\s+(?:keuangan\s+)?negara)(?:\s+hasil)?"
        r"(?:\s+tindak\s+pidana)?\s+korupsi",
    ),
    NeverExemptKind.OPENED_BY_OBJECTION_OR_DISPUTE: re.compile(
        r"(?:telah\s+)?dinyatakan\s+terbuka\s+(?:melalui|berdasarkan|oleh)|"
        r"putusan\s+komisi\s+informasi",
    ),
}
_DRAFT = re.compile(r"^(?:rancangan|ranc\.|draf|draft|konsep|usulan)\b")

# Words at least one of which every match of the kind's pattern contains (each alternative of the
# regex spells one of them out). Looking for a plain substring first skips the regex for nearly
# every item: the unanchored patterns cost a few microseconds per text, and the screen runs on
# every row of every case checked (benchmarks/README.md). An empty tuple: always run the regex.
_NEEDS: Mapping[NeverExemptKind, tuple[str, ...]] = {
    NeverExemptKind.COURT_DECISION: ("putusan",),
    NeverExemptKind.POLICY: (),
    NeverExemptKind.TERMINATION_ORDER: ("sp3", "penghentian"),
    NeverExemptKind.LAW_ENFORCEMENT_SPENDING_PLAN: ("rencana",),
    NeverExemptKind.LAW_ENFORCEMENT_FINANCIAL_REPORT: ("laporan",),
    NeverExemptKind.CORRUPTION_RECOVERY_REPORT: ("korupsi",),
    NeverExemptKind.OPENED_BY_OBJECTION_OR_DISPUTE: ("dinyatakan", "putusan"),
}


def detect_never_exempt(text: str) -> tuple[NeverExemptKind, ...]:
    """Kinds of Pasal 18 ayat (1) that ``text`` (an item or document title) looks like.

    A screen, not a decision: the result is used for warnings that a PPID reviews.
    """
    folded = " ".join(text.lower().split())
    if not folded or _DRAFT.match(folded):
        return ()
    return tuple(
        kind
        for kind, pattern in _PATTERNS.items()
        if (not _NEEDS[kind] or any(word in folded for word in _NEEDS[kind]))
        and pattern.search(folded)
    )
