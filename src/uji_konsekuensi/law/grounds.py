"""The exemption grounds of UU 14/2008 Pasal 17, one `Ground` per leaf (33 in all).

Pasal 17 lists ten letters (huruf a to j). Five of them are split into numbered points (angka):
a (5), c (7), e (7), f (4) and h (5); b, d, g, i and j are not. A *leaf* is a numbered point, or a
letter without points: 5 + 1 + 7 + 1 + 7 + 4 + 1 + 5 + 1 + 1 = 33 leaves.

Each leaf carries, as data with its citation:

- the Indonesian text (a faithful paraphrase of the statute) and an English gloss, for the leaf
  and for its letter's chapeau ("... dapat menghambat proses penegakan hukum, yaitu ...");
- ``permanent``: False for a-f, which UU 14/2008 Pasal 20 ayat (1) declares not permanent;
- the exemption-period rule of PP 61/2010 Pasal 5-9 and PERKI 1/2021 Pasal 51;
- ``lifted_by_consent``: g and h, which UU 14/2008 Pasal 18 ayat (2) does not apply to when the
  person concerned consents in writing or the information concerns a public office;
- ``needs_other_statute``: j, which only holds with the other Undang-Undang that makes the
  information secret;
- ``openable_for_trial``: the grounds that law-enforcement heads may open for a criminal trial
  (Pasal 18 ayat (3): a, b, c, d, e, f, i, j), and the criminal sanction for leaking (Pasal 54).

Source: UU 14/2008 as read in docs/sources/law.md §1.3-§1.5 (two copies of the
statute agree), PP 61/2010 (section 2.3) and PERKI 1/2021 (section 3.3).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping

import attrs

#: The statute every ground belongs to, as cited in findings and documents.
UU_KIP = "UU 14/2008"
UU_KIP_FORMAL = "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"


class PeriodKind(enum.Enum):
    """How long an exemption on a ground may last (PP 61/2010 Pasal 5-9; PERKI 1/2021 Pasal 51)."""

    #: A fixed upper limit in years (only huruf a: at most 30 years, PP 61/2010 Pasal 5 ayat (1)).
    MAX_YEARS = "max_years"
    #: As set by other legislation (huruf b, g, i: PP 61/2010 Pasal 6, 8 ayat (1), 9).
    PER_OTHER_LAW = "per_other_law"
    #: As long as the protection needs (huruf c-f: PP 61/2010 Pasal 7; huruf h: Pasal 8 ayat (2)).
    AS_NEEDED = "as_needed"
    #: Not addressed by PP 61/2010 or PERKI 1/2021 (huruf j): see `PeriodRule.note_en`.
    NOT_ADDRESSED = "not_addressed"


@attrs.frozen(kw_only=True)
class PeriodRule:
    """The exemption-period rule (jangka waktu pengecualian) that applies to a ground.

    ``max_years`` is set only for `PeriodKind.MAX_YEARS`. ``set_by_pimpinan`` is True where the
    period is determined by the head of the public body (PP 61/2010 Pasal 7 ayat (5); PERKI
    1/2021 Pasal 51 ayat (5)). ``ends_when_opened_in_court`` is True for huruf a, whose exemption
    ends once the information has been opened in a court session open to the public (PP 61/2010
    Pasal 5 ayat (2); PERKI 1/2021 Pasal 51 ayat (2)).
    """

    kind: PeriodKind
    basis: str
    note_id: str
    note_en: str
    max_years: int | None = None
    set_by_pimpinan: bool = False
    ends_when_opened_in_court: bool = False


@attrs.frozen(kw_only=True)
class Ground:
    """One leaf exemption ground of UU 14/2008 Pasal 17.

    ``letter`` is "a".."j"; ``number`` the angka, or None where the letter has no points.
    ``heading_id``/``heading_en`` are the letter's chapeau, ``text_id``/``text_en`` the leaf
    itself (for a letter without points the two are the same text).
    """

    letter: str
    number: int | None
    heading_id: str
    heading_en: str
    text_id: str
    text_en: str
    permanent: bool
    period: PeriodRule
    lifted_by_consent: bool
    needs_other_statute: bool
    openable_for_trial: bool
    sanction_basis: str

    @property
    def code(self) -> str:
        """Short identifier: "h.2" for a numbered point, "b" for a letter without points."""
        return self.letter if self.number is None else f"{self.letter}.{self.number}"

    @property
    def citation(self) -> str:
        """Short citation, e.g. "UU 14/2008 Pasal 17 huruf h angka 2"."""
        tail = "" if self.number is None else f" angka {self.number}"
        return f"{UU_KIP} Pasal 17 huruf {self.letter}{tail}"

    @property
    def formal_citation(self) -> str:
        """The citation as an Indonesian official document writes it in full."""
        tail = "" if self.number is None else f" angka {self.number}"
        return f"Pasal 17 huruf {self.letter}{tail} {UU_KIP_FORMAL}"

    @property
    def full_text_id(self) -> str:
        """Chapeau and leaf together, in Indonesian."""
        if self.number is None:
            return self.text_id
        return f"{self.heading_id} {self.text_id}"

    @property
    def full_text_en(self) -> str:
        """Chapeau and leaf together, in English."""
        if self.number is None:
            return self.text_en
        return f"{self.heading_en} {self.text_en}"

    @property
    def permanent_basis(self) -> str:
        """Where the (non-)permanence comes from."""
        return "UU 14/2008 Pasal 20 ayat (1)"

    @property
    def lifted_basis(self) -> str | None:
        """The rule that lifts the exemption on consent or public office (g, h), else None."""
        if not self.lifted_by_consent:
            return None
        return (
            "UU 14/2008 Pasal 18 ayat (2); PP 61/2010 Pasal 8 ayat (3); "
            "PERKI 1/2021 Pasal 51 ayat (8)"
        )

    @property
    def other_statute_basis(self) -> str | None:
        """The rule requiring the other statute to be cited (j), else None.

        PERKI 1/2010 Pasal 16 ayat (2) said it in so many words (the PPID must cite the specific
        statutory provision); PERKI 1/2010 was revoked by PERKI 1/2021 Pasal 63, whose Pasal 49
        ayat (6) huruf a still requires the alasan to name "undang-undang yang menjadi dasar".
        """
        if not self.needs_other_statute:
            return None
        return "UU 14/2008 Pasal 17 huruf j; PERKI 1/2021 Pasal 49 ayat (6) huruf a"

    @property
    def trial_basis(self) -> str | None:
        """UU 14/2008 Pasal 18 ayat (3) where law-enforcement heads may open it for a trial."""
        return "UU 14/2008 Pasal 18 ayat (3)" if self.openable_for_trial else None


# --- period rules (PP 61/2010 Pasal 5-9; PERKI 1/2021 Pasal 51) -------------------------------

_PERIOD_A = PeriodRule(
    kind=PeriodKind.MAX_YEARS,
    max_years=30,
    ends_when_opened_in_court=True,
    basis="PP 61/2010 Pasal 5; PERKI 1/2021 Pasal 51 ayat (1)-(2)",
    note_id=(
        "paling lama 30 (tiga puluh) tahun; tidak berlaku lagi apabila informasi telah dibuka "
        "dalam sidang pengadilan yang terbuka untuk umum"
    ),
    note_en=(
        "at most 30 years; ends once the information has been opened in a court session "
        "open to the public"
    ),
)


def _per_other_law(basis: str, example_id: str, example_en: str) -> PeriodRule:
    return PeriodRule(
        kind=PeriodKind.PER_OTHER_LAW,
        basis=basis,
        note_id=f"sesuai ketentuan peraturan perundang-undangan ({example_id})",
        note_en=f"as set by other legislation ({example_en})",
    )


def _as_needed_pimpinan(ayat: str, what_id: str, what_en: str) -> PeriodRule:
    return PeriodRule(
        kind=PeriodKind.AS_NEEDED,
        set_by_pimpinan=True,
        basis=f"PP 61/2010 Pasal 7 ayat ({ayat}) dan ayat (5); PERKI 1/2021 Pasal 51 ayat (4)-(5)",
        note_id=(
            f"selama jangka waktu yang dibutuhkan untuk perlindungan {what_id}; "
            "ditetapkan oleh pimpinan tertinggi Badan Publik"
        ),
        note_en=(f"as long as needed to protect {what_en}; set by the head of the public body"),
    )


_PERIOD_B = _per_other_law(
    "PP 61/2010 Pasal 6; PERKI 1/2021 Pasal 51 ayat (3)",
    "antara lain rahasia dagang, paten, larangan praktik monopoli",
    "e.g. trade secrets, patents, anti-monopoly law",
)
_PERIOD_C = _as_needed_pimpinan("1", "pertahanan dan keamanan negara", "defence and security")
_PERIOD_D = _as_needed_pimpinan("2", "kekayaan alam Indonesia", "Indonesia's natural wealth")
_PERIOD_E = _as_needed_pimpinan("3", "ketahanan ekonomi nasional", "national economic resilience")
_PERIOD_F = _as_needed_pimpinan("4", "hubungan luar negeri", "foreign relations")
_PERIOD_G = _per_other_law(
    "PP 61/2010 Pasal 8 ayat (1); PERKI 1/2021 Pasal 51 ayat (6)",
    "antara lain ketentuan kearsipan",
    "e.g. archives law",
)
_PERIOD_H = PeriodRule(
    kind=PeriodKind.AS_NEEDED,
    basis="PP 61/2010 Pasal 8 ayat (2); PERKI 1/2021 Pasal 51 ayat (7)",
    note_id="selama jangka waktu yang dibutuhkan untuk perlindungan rahasia pribadi",
    note_en="as long as needed to protect the personal secret",
)
_PERIOD_I = _per_other_law(
    "PP 61/2010 Pasal 9; PERKI 1/2021 Pasal 51 ayat (9)",
    "antara lain ketentuan kearsipan dan dokumen perusahaan",
    "e.g. archives law, company-documents law",
)
# PP 61/2010 Pasal 5-9 and PERKI 1/2021 Pasal 51 cover huruf a-i only (docs/sources/law.md §2.3,
# "observed gap"). The reading taken here: the period is whatever the other Undang-Undang that makes
# the information secret provides, because huruf j exists only through that statute.
_PERIOD_J = PeriodRule(
    kind=PeriodKind.NOT_ADDRESSED,
    basis="PP 61/2010 Pasal 5-9 dan PERKI 1/2021 Pasal 51 tidak mengatur huruf j",
    note_id=(
        "tidak diatur dalam PP 61/2010 maupun PERKI 1/2021; mengikuti undang-undang lain yang "
        "merahasiakan informasi tersebut"
    ),
    note_en=(
        "not addressed by PP 61/2010 or PERKI 1/2021; follows the other statute that makes "
        "the information secret"
    ),
)

_PERIODS: Mapping[str, PeriodRule] = {
    "a": _PERIOD_A,
    "b": _PERIOD_B,
    "c": _PERIOD_C,
    "d": _PERIOD_D,
    "e": _PERIOD_E,
    "f": _PERIOD_F,
    "g": _PERIOD_G,
    "h": _PERIOD_H,
    "i": _PERIOD_I,
    "j": _PERIOD_J,
}

# --- the statute text ------------------------------------------------------------------------

_OPENED = "Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat"
_OPENED_EN = "Information that, if opened and given to a requester, could"

# letter -> (heading_id, heading_en, ((text_id, text_en), ...)); an empty tuple of points means
# the letter is itself a leaf. Paraphrase of UU 14/2008 Pasal 17 (docs/sources/law.md §1.3).
_STATUTE: Mapping[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "a": (
        f"{_OPENED} menghambat proses penegakan hukum, yaitu informasi yang dapat:",
        f"{_OPENED_EN} obstruct law enforcement, namely information that could:",
        (
            (
                "menghambat proses penyelidikan dan penyidikan suatu tindak pidana",
                "obstruct the inquiry into and investigation of a criminal offence",
            ),
            (
                "mengungkapkan identitas informan, pelapor, saksi, dan/atau korban yang "
                "mengetahui adanya tindak pidana",
                "reveal the identity of informants, reporters, witnesses and/or victims who "
                "know of a criminal offence",
            ),
            (
                "mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan "
                "dengan pencegahan dan penanganan segala bentuk kejahatan transnasional",
                "reveal criminal intelligence data and plans for preventing and handling all "
                "forms of transnational crime",
            ),
            (
                "membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya",
                "endanger the safety and life of law-enforcement officers and/or their families",
            ),
            (
                "membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum",
                "endanger the security of law-enforcement equipment, facilities and/or "
                "infrastructure",
            ),
        ),
    ),
    "b": (
        f"{_OPENED} mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan "
        "perlindungan dari persaingan usaha tidak sehat",
        f"{_OPENED_EN} harm the protection of intellectual property rights and the protection "
        "from unfair business competition",
        (),
    ),
    "c": (
        f"{_OPENED} membahayakan pertahanan dan keamanan negara, yaitu:",
        f"{_OPENED_EN} endanger national defence and security, namely:",
        (
            (
                "informasi tentang strategi, intelijen, operasi, taktik dan teknik yang "
                "berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara, "
                "meliputi tahap perencanaan, pelaksanaan dan pengakhiran atau evaluasi dalam "
                "kaitan dengan ancaman dari dalam dan luar negeri",
                "information on the strategy, intelligence, operations, tactics and techniques "
                "of the national defence and security system, in planning, execution and "
                "termination or evaluation, concerning internal and external threats",
            ),
            (
                "dokumen yang memuat tentang strategi, intelijen, operasi, teknik dan taktik "
                "yang berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara "
                "yang meliputi tahap perencanaan, pelaksanaan dan pengakhiran atau evaluasi",
                "documents containing the strategy, intelligence, operations, techniques and "
                "tactics of the national defence and security system, in planning, execution "
                "and termination or evaluation",
            ),
            (
                "jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam "
                "penyelenggaraan sistem pertahanan dan keamanan negara serta rencana "
                "pengembangannya",
                "the number, composition, disposition or dislocation of the forces and "
                "capabilities of the defence and security system, and plans to develop them",
            ),
            (
                "gambar dan data tentang situasi dan keadaan pangkalan dan/atau instalasi militer",
                "images and data on the situation and condition of military bases and/or "
                "installations",
            ),
            (
                "data perkiraan kemampuan militer dan pertahanan negara lain terbatas pada "
                "segala tindakan dan/atau indikasi negara tersebut yang dapat membahayakan "
                "kedaulatan Negara Kesatuan Republik Indonesia dan/atau data terkait kerja sama "
                "militer dengan negara lain yang disepakati dalam perjanjian tersebut sebagai "
                "rahasia atau sangat rahasia",
                "estimates of other states' military and defence capability, limited to acts "
                "or indications that could endanger the sovereignty of the Republic of "
                "Indonesia, and/or data on military cooperation with other states agreed in "
                "the treaty as secret or top secret",
            ),
            ("sistem persandian negara", "the state cryptographic system"),
            ("sistem intelijen negara", "the state intelligence system"),
        ),
    ),
    "d": (
        f"{_OPENED} mengungkapkan kekayaan alam Indonesia",
        f"{_OPENED_EN} reveal Indonesia's natural wealth",
        (),
    ),
    "e": (
        f"{_OPENED} merugikan ketahanan ekonomi nasional:",
        f"{_OPENED_EN} harm national economic resilience:",
        (
            (
                "rencana awal pembelian dan penjualan mata uang nasional atau asing, saham dan "
                "aset vital milik negara",
                "preliminary plans to buy or sell national or foreign currency, shares and "
                "vital state assets",
            ),
            (
                "rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi "
                "keuangan",
                "preliminary plans to change exchange rates, interest rates and the operating "
                "model of financial institutions",
            ),
            (
                "rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, "
                "tarif, atau pendapatan negara/daerah lainnya",
                "preliminary plans to change bank interest rates, government borrowing, taxes, "
                "tariffs or other state or regional revenue",
            ),
            (
                "rencana awal penjualan atau pembelian tanah atau properti",
                "preliminary plans to sell or buy land or property",
            ),
            ("rencana awal investasi asing", "preliminary foreign-investment plans"),
            (
                "proses dan hasil pengawasan perbankan, asuransi, atau lembaga keuangan lainnya",
                "the process and results of supervising banks, insurers or other financial "
                "institutions",
            ),
            (
                "hal-hal yang berkaitan dengan proses pencetakan uang",
                "matters relating to the printing of money",
            ),
        ),
    ),
    "f": (
        f"{_OPENED} merugikan kepentingan hubungan luar negeri:",
        f"{_OPENED_EN} harm the interests of foreign relations:",
        (
            (
                "posisi, daya tawar dan strategi yang akan dan telah diambil oleh negara dalam "
                "hubungannya dengan negosiasi internasional",
                "the positions, bargaining power and strategy the state will take or has taken "
                "in international negotiations",
            ),
            ("korespondensi diplomatik antarnegara", "diplomatic correspondence between states"),
            (
                "sistem komunikasi dan persandian yang dipergunakan dalam menjalankan hubungan "
                "internasional",
                "the communication and cipher systems used in conducting international relations",
            ),
            (
                "perlindungan dan pengamanan infrastruktur strategis Indonesia di luar negeri",
                "the protection and security of Indonesia's strategic infrastructure abroad",
            ),
        ),
    ),
    "g": (
        # The statute says only "apabila dibuka" here (no "dan diberikan kepada Pemohon").
        "Informasi Publik yang apabila dibuka dapat mengungkapkan isi akta otentik yang "
        "bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang",
        "Information that, if opened, could reveal the content of private authentic deeds and "
        "a person's last will or testament",
        (),
    ),
    "h": (
        f"{_OPENED} mengungkap rahasia pribadi, yaitu:",
        f"{_OPENED_EN} reveal personal secrets, namely:",
        (
            ("riwayat dan kondisi anggota keluarga", "the history and condition of family members"),
            (
                "riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang",
                "a person's physical and mental health history, condition, care and treatment",
            ),
            (
                "kondisi keuangan, aset, pendapatan, dan rekening bank seseorang",
                "a person's financial condition, assets, income and bank accounts",
            ),
            (
                "hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan "
                "rekomendasi kemampuan seseorang",
                "evaluation results on a person's capability, intellect and ability "
                "recommendations",
            ),
            (
                "catatan yang menyangkut pribadi seseorang yang berkaitan dengan kegiatan "
                "satuan pendidikan formal dan satuan pendidikan nonformal",
                "personal records relating to a person's activities in formal and non-formal "
                "education",
            ),
        ),
    ),
    "i": (
        "memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut "
        "sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan",
        "memoranda or letters between or within public bodies that are confidential by nature, "
        "unless opened by a decision of the Information Commission or a court",
        (),
    ),
    "j": (
        "informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang",
        "information that may not be disclosed under (another) Undang-Undang",
        (),
    ),
}

#: UU 14/2008 Pasal 20 ayat (1): exemptions under huruf a-f are not permanent.
NOT_PERMANENT = frozenset("abcdef")
#: UU 14/2008 Pasal 18 ayat (2): g and h do not apply on written consent or a public-office role.
LIFTED_BY_CONSENT = frozenset("gh")
#: UU 14/2008 Pasal 18 ayat (3): law-enforcement heads may open these for a criminal trial.
OPENABLE_FOR_TRIAL = frozenset("abcdefij")
#: UU 14/2008 Pasal 54 ayat (2): leaking c or e carries the heavier penalty.
_HEAVY_SANCTION = frozenset("ce")


def _leaf(letter: str, number: int | None, text_id: str, text_en: str) -> Ground:
    heading_id, heading_en, _ = _STATUTE[letter]
    return Ground(
        letter=letter,
        number=number,
        heading_id=heading_id,
        heading_en=heading_en,
        text_id=text_id,
        text_en=text_en,
        permanent=letter not in NOT_PERMANENT,
        period=_PERIODS[letter],
        lifted_by_consent=letter in LIFTED_BY_CONSENT,
        needs_other_statute=letter == "j",
        openable_for_trial=letter in OPENABLE_FOR_TRIAL,
        sanction_basis="UU 14/2008 Pasal 54 ayat (2)"
        if letter in _HEAVY_SANCTION
        else "UU 14/2008 Pasal 54 ayat (1)",
    )


def _build() -> tuple[Ground, ...]:
    grounds: list[Ground] = []
    for letter, (heading_id, heading_en, points) in _STATUTE.items():
        if not points:
            grounds.append(_leaf(letter, None, heading_id, heading_en))
        for number, (text_id, text_en) in enumerate(points, start=1):
            grounds.append(_leaf(letter, number, text_id, text_en))
    return tuple(grounds)


#: The 33 leaf grounds, in statute order.
GROUNDS: tuple[Ground, ...] = _build()
#: The ten letters of Pasal 17, in order.
LETTERS: tuple[str, ...] = tuple(_STATUTE)

_BY_CODE: Mapping[str, Ground] = {g.code: g for g in GROUNDS}
_BY_LETTER: Mapping[str, tuple[Ground, ...]] = {
    letter: tuple(g for g in GROUNDS if g.letter == letter) for letter in LETTERS
}
_CODE = re.compile(r"\s*([A-Za-z])\s*(?:\.\s*(\d+))?\s*")


def has_points(letter: str) -> bool:
    """True if the letter is divided into numbered points (a, c, e, f, h)."""
    return any(g.number is not None for g in _BY_LETTER.get(letter.lower(), ()))


def grounds_of(letter: str) -> tuple[Ground, ...]:
    """The leaves under one letter ("h" -> h.1..h.5; "b" -> (b,)). Raises KeyError if unknown."""
    return _BY_LETTER[letter.lower()]


def get_ground(code: str) -> Ground:
    """The leaf ground with this code ("h.2", "b"; case and spaces ignored).

    Raises `KeyError` for a code that names no leaf, including a letter that has points
    ("h": use `grounds_of` or `parse_citation`, which resolve a bare letter).
    """
    match = _CODE.fullmatch(code)
    if match is None:
        raise KeyError(code)
    letter, number = match.group(1).lower(), match.group(2)
    key = letter if number is None else f"{letter}.{int(number)}"
    try:
        return _BY_CODE[key]
    except KeyError:
        raise KeyError(code) from None
