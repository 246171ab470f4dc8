"""Records that must agree: the notice and the tests, one result per tested item, and a refusal
letter about this request.

A case holds the same facts in several records, written by different hands on different days:
the Lembar (``tests``), the Penetapan that sets their result (``penetapan.sheets``), the written
notice (``notice_sent.outcome``) and the refusal letter (``documents[i].refusal``). An auditor
signs the checker's verdict, so a case whose records contradict each other is never "patuh":

- `derived_outcome` reads what the notice must say from the tested items, wherever they are
  written: every item open -> ``granted``; some withheld, some given -> ``partly_granted``;
  every item closed -> ``refused``; nothing tested -> ``granted`` or ``not_held``.
  ``law_checks.check_notice_outcomes`` compares every notice with it
  (``case.notice.outcome_mismatch``) and ``law_checks.check_refusals`` checks the refusal
  letter of every notice that withholds something by what it says or by what the tests say;
- `check_item_results`: one tested item (matched by its information text, normalised) has one
  outcome, one period and one ground wherever it is written (``case.consistency.item_result``);
- `check_lembar_request`: a Lembar made on a request names this request
  (``case.consistency.lembar_request``), and `check_lembar_stage`: its stage agrees with the
  case's trigger (``case.consistency.lembar_stage``);
- `check_refusal_refers`: a refusal letter names this request's registration number, its
  requester (name, address, contact) and the information asked or tested
  (``case.consistency.refusal_*``).

The choices, with their reasons, are in docs/case.md ("Records that must agree").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from ..calendar import WorkingCalendar
from ..findings import Finding
from ..harm import ConsequenceTest, Outcome, TestStage
from ..harm.period import ExemptionPeriod
from ..i18n import Text
from ..rules import ComplianceRule, core_rule
from ..text_memo import per_text
from . import messages as M
from .cached import cited
from .codes import (
    ITEM_RESULT_DIFFERS,
    LEMBAR_OTHER_REQUEST,
    LEMBAR_STAGE,
    REFUSAL_OTHER_INFORMATION,
    REFUSAL_OTHER_REGISTRATION,
    REFUSAL_OTHER_REQUESTER,
)
from .model import Case, NoticeOutcome, NoticeSent, RefusalContent, RequestTrigger
from .paths import sheets_of

__all__ = [
    "CONSISTENCY_RULES",
    "INFORMATION_COVERAGE",
    "DerivedOutcome",
    "Placement",
    "TestedItem",
    "check_item_results",
    "check_lembar_request",
    "check_lembar_stage",
    "check_refusal_refers",
    "derived_outcome",
    "information_key",
    "information_refers",
    "items_on_request",
    "notice_withholds",
    "tested_items",
]

#: The outcomes a notice states that withhold something (UU 14/2008 Pasal 22 ayat (7) huruf c-e).
WITHHOLDING = frozenset({NoticeOutcome.REFUSED, NoticeOutcome.PARTLY_GRANTED})

#: Share of a refusal letter's words (beyond the connectives) that must be found in the request's
#: information or in an item this case tested. Two thirds: a letter may shorten or reword the
#: request ("Laporan ..." for "Salinan laporan ...") and may name only the part it withholds,
#: while the information of another request shares only generic words ("salinan", "tahun").
INFORMATION_COVERAGE = 2 / 3

# Connectives that carry no information: two texts do not agree because both say "dan".
_CONNECTIVES = frozenset(
    {
        "dan", "yang", "di", "ke", "dari", "pada", "untuk", "atas",
        "tentang", "serta", "atau", "dengan", "dalam", "oleh", "para", "bagi",
    }
)  # fmt: skip
_NOT_WORD = re.compile(r"[^\w]+")
# Forms of address a letter may put before a name ("Sdr. Yohanes ...").
_ADDRESS = re.compile(r"^(?:yth|sdr|sdri|saudara|saudari|bapak|bpk|ibu)\.?\s+", re.IGNORECASE)


# --- one item, wherever it is written ---------------------------------------------------------


@per_text(maxsize=8192)
def information_key(text: str) -> str:
    """Information text as compared: case, punctuation and spacing ignored.

    Remembered per text: four rules read the same items of a case, and an agency's cases repeat
    the same information texts (the regular expression was most of the rules' time).
    """
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


@attrs.frozen(kw_only=True)
class Placement:
    """One place a tested item is written: its JSON path and row."""

    path: str
    row: ConsequenceTest
    #: The stage of the Lembar it is written in (PERKI 1/2021 Pasal 49 ayat (1)).
    stage: TestStage | None = None

    @property
    def in_penetapan(self) -> bool:
        return self.path.startswith("penetapan.")


@attrs.frozen(kw_only=True)
class TestedItem:
    """A tested item (one information) and every place the case writes its result."""

    __test__ = False  # not a pytest test class, despite its name

    key: str
    places: tuple[Placement, ...]

    @property
    def result(self) -> Placement:
        """The place whose result counts: the Penetapan's, which sets the result (PERKI 1/2021
        Pasal 49 ayat (4)), else the first Lembar's. A differing place is reported apart."""
        return next((p for p in self.places if p.in_penetapan), self.places[0])


# The last case's items: four rules of one check read them in turn (a one-entry memo compared
# by identity, so no case is ever hashed and no other case is ever answered).
_last_items: tuple[Case, tuple[TestedItem, ...]] | None = None


def tested_items(case: Case) -> tuple[TestedItem, ...]:
    """Every tested item of the case, in the order first written; rows without information text
    are left out (``harm.information.missing`` reports them)."""
    global _last_items
    last = _last_items
    if last is not None and last[0] is case:
        return last[1]
    items = _items_of(case)
    _last_items = (case, items)
    return items


def _items_of(case: Case) -> tuple[TestedItem, ...]:
    places: dict[str, list[Placement]] = {}
    for prefix, sheet in sheets_of(case):
        for r, row in enumerate(sheet.rows):
            key = information_key(row.information)
            if key:
                place = Placement(path=f"{prefix}.rows[{r}]", row=row, stage=sheet.stage)
                places.setdefault(key, []).append(place)
    return tuple(TestedItem(key=k, places=tuple(v)) for k, v in places.items())


# --- what the notice must say ------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class DerivedOutcome:
    """What the written notice must say, read from the tested items.

    ``possible``: the outcomes that agree with the tests (one, or ``granted`` and ``not_held``
    when nothing was tested). ``outcome``: the one outcome, None when nothing was tested.
    ``given`` and ``withheld``: the paths of the items given (opened, or the rest of a partly
    closed item) and withheld (closed, or the closed part); an item in part is in both.
    """

    possible: frozenset[NoticeOutcome]
    given: tuple[str, ...] = ()
    withheld: tuple[str, ...] = ()

    @property
    def outcome(self) -> NoticeOutcome | None:
        return next(iter(self.possible)) if len(self.possible) == 1 else None

    @property
    def tested(self) -> bool:
        return bool(self.given or self.withheld)

    @property
    def withholds(self) -> bool:
        return bool(self.withheld)

    def allows(self, outcome: NoticeOutcome) -> bool:
        return outcome in self.possible


def items_on_request(case: Case) -> tuple[TestedItem, ...]:
    """The tested items a request case's notice answers for; every item in a periodic round.

    A request case may also record the classification of an earlier round it relies on (a
    Lembar or Penetapan ``before_request``, naming other items of the agency's DIK): those
    items were not asked for. The items that count are those tested on this request (written
    in a Lembar of another stage); when every Lembar is of an earlier round, the items the
    request or a refusal letter names (`information_refers`); when none is named, all of them,
    so that no withheld item escapes the comparison.
    """
    items = tested_items(case)
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return items
    on_it = tuple(
        i for i in items if any(p.stage is not TestStage.BEFORE_REQUEST for p in i.places)
    )
    if on_it:
        return on_it
    texts = [trigger.information]
    for doc in case.documents:
        said = (doc.refusal.information or "").strip() if doc.refusal is not None else ""
        if said:
            texts.append(said)
    named = tuple(
        i for i in items if any(information_refers(t, i.places[0].row.information) for t in texts)
    )
    return named or items


def derived_outcome(case: Case) -> DerivedOutcome:
    """The notice's outcome the case's tests call for (`DerivedOutcome`).

    Every item the case tested counts once, with the result its Penetapan sets (else its
    Lembar's). Nothing tested: the agency either holds the information and gives it, being
    public without a test (UU 14/2008 Pasal 2 ayat (1): a test is needed only to withhold), or
    does not hold it (Pasal 22 ayat (7) huruf a); the records cannot tell which, so both agree.
    A request that asked for more than was tested is read as what was tested: a part given
    without a test is recorded as an opened row, so that a partial grant shows what is given.
    In a request case, the items are those of this request (`items_on_request`).
    """
    given: list[str] = []
    withheld: list[str] = []
    for item in items_on_request(case):
        place = item.result
        if place.row.outcome is not Outcome.CLOSED:
            given.append(place.path)
        if place.row.outcome.exempts:
            withheld.append(place.path)
    if not given and not withheld:
        possible = frozenset({NoticeOutcome.GRANTED, NoticeOutcome.NOT_HELD})
    elif not withheld:
        possible = frozenset({NoticeOutcome.GRANTED})
    elif not given:
        possible = frozenset({NoticeOutcome.REFUSED})
    else:
        possible = frozenset({NoticeOutcome.PARTLY_GRANTED})
    return DerivedOutcome(possible=possible, given=tuple(given), withheld=tuple(withheld))


def notice_withholds(notice: NoticeSent, derived: DerivedOutcome) -> bool:
    """True when the notice withholds something, by what it says or by what the tests say:
    a notice saying ``granted`` while the tests closed an item is a refusal in part, and its
    letter must meet the refusal's requirements (UU 14/2008 Pasal 22 ayat (7) huruf c)."""
    return notice.outcome in WITHHOLDING or derived.withholds


def _listed(paths: tuple[str, ...]) -> str:
    return ", ".join(paths[:3]) + (f" (+{len(paths) - 3})" if len(paths) > 3 else "")


def outcome_contradiction(stated: NoticeOutcome, derived: DerivedOutcome) -> tuple[Text, str]:
    """Why a notice stating ``stated`` contradicts the tests, and the provision it turns on.

    Call only when ``derived.tested`` and not ``derived.allows(stated)``.
    """
    said = stated.value
    given, withheld = _listed(derived.given), _listed(derived.withheld)
    if stated is NoticeOutcome.NOT_HELD:
        return (
            M.NOTICE_SAYS_NOT_HELD(said=said, tested=_listed(derived.given + derived.withheld)),
            "UU 14/2008 Pasal 22 ayat (7) huruf a",
        )
    if derived.outcome is NoticeOutcome.REFUSED:
        return (
            M.NOTICE_ALL_CLOSED(said=said, withheld=withheld),
            "UU 14/2008 Pasal 19, Pasal 22 ayat (7) huruf c",
        )
    if derived.outcome is NoticeOutcome.GRANTED:
        return (
            M.NOTICE_ALL_OPEN(said=said, given=given),
            "UU 14/2008 Pasal 2 ayat (1)",
        )
    if stated is NoticeOutcome.GRANTED:
        return (
            M.NOTICE_GRANTED_PART_CLOSED(said=said, withheld=withheld),
            "UU 14/2008 Pasal 22 ayat (7) huruf c-e",
        )
    return (
        M.NOTICE_REFUSED_PART_OPEN(said=said, given=given),
        "UU 14/2008 Pasal 2 ayat (1), Pasal 22 ayat (7) huruf d-e",
    )


# --- one result per tested item ----------------------------------------------------------------


def _period_key(period: ExemptionPeriod) -> tuple[object, ...]:
    """A period as compared: its kind and structured values (the wording and its basis aside,
    `harm.period.as_written_mismatch` compares the wording with the values)."""
    values = attrs.asdict(period, filter=lambda a, _: a.name not in ("as_written", "basis"))
    return (type(period).KIND, tuple(sorted(values.items())))


def _grounds_key(row: ConsequenceTest) -> dict[str, frozenset[str] | None] | None:
    """The Pasal 17 letters a row cites, each with its points (None: the whole letter); None
    when a ground does not resolve (harm validation reports it)."""
    letters: dict[str, set[str] | None] = {}
    for ref in row.grounds:
        citations = cited(ref.ground)
        if citations is None:
            return None
        for citation in citations:
            letter = citation.ground.letter
            if citation.whole_letter:
                letters.setdefault(letter, None)
                continue
            points = letters.get(letter)
            if points is None:
                letters[letter] = {citation.code}
            else:
                points.add(citation.code)
    return {k: (frozenset(v) if v is not None else None) for k, v in letters.items()}


def _same_grounds(a: ConsequenceTest, b: ConsequenceTest) -> bool:
    """The same letters; where both name points of a letter, the same points. A whole letter
    ("huruf h") against one of its points ("huruf h angka 4") is the same ground, less precise."""
    ka, kb = _grounds_key(a), _grounds_key(b)
    if ka is None or kb is None or not a.grounds or not b.grounds:
        return True
    if ka.keys() != kb.keys():
        return False
    return all(ka[k] is None or kb[k] is None or ka[k] == kb[k] for k in ka)


def _difference(ref: ConsequenceTest, other: ConsequenceTest) -> tuple[str, Text] | None:
    """The first way ``other`` states another result than ``ref``: the field and what differs."""
    if ref.outcome is not other.outcome:
        return "outcome", M.OTHER_OUTCOME(other=other.outcome.value, ref=ref.outcome.value)
    if (
        ref.outcome.exempts
        and ref.period is not None
        and other.period is not None
        and _period_key(ref.period) != _period_key(other.period)
    ):
        return "period", M.OTHER_PERIOD
    if ref.outcome.exempts and not _same_grounds(ref, other):
        return "grounds", M.OTHER_GROUNDS
    return None


def check_item_results(*, case: Case) -> Iterable[Finding]:
    """``case.consistency.item_result`` (error): an item with two results.

    An item is written once and its result set once (a Lembar, PERKI 1/2021 Pasal 49 ayat (3),
    whose result the Penetapan sets, ayat (4)); a different result is a reclassification, made
    only on a new test (PP 61/2010 Pasal 10). Each place that differs from the one that counts
    (`TestedItem.result`) is reported at its field: the outcome first (a different period or
    ground follows from it), else the period (both stated), else the grounds (both readable).
    A place that leaves the period or grounds empty does not contradict: harm validation
    reports what is missing.
    """
    for item in tested_items(case):
        if len(item.places) < 2:
            continue
        ref = item.result
        for place in item.places:
            if place is ref:
                continue
            found = _difference(ref.row, place.row)
            if found is None:
                continue
            name, what = found
            yield ITEM_RESULT_DIFFERS(
                M.ITEM_RESULT_DIFFERS(
                    information=place.row.information, path=place.path, what=what, ref=ref.path
                ),
                field=f"{place.path}.{name}",
            )


# --- the refusal letter is about this request -----------------------------------------------


def _words(text: str) -> set[str]:
    return set(information_key(text).split())


def information_refers(letter: str, reference: str) -> bool:
    """True when a letter's information text names ``reference`` (the request's information, or
    a tested item): equal as compared, or every number of the letter (a year, a number: "Tahun
    2023" is other information than "Tahun 2024") in the reference and `INFORMATION_COVERAGE`
    of its other words too."""
    if information_key(letter) == information_key(reference):
        return True
    theirs = _words(reference)
    mine = _words(letter)
    if any(w not in theirs for w in mine if any(ch.isdigit() for ch in w)):
        return False
    content = mine - _CONNECTIVES
    if not content:
        return False
    return len(content & theirs) / len(content) >= INFORMATION_COVERAGE


def _name_key(name: str) -> str:
    """A name as compared: case and spacing ignored, a form of address before it and the
    academic titles after its first comma left out ("Sdr. Ahmad Fauzi, S.H." is Ahmad Fauzi)."""
    name = " ".join(name.split())
    name = _ADDRESS.sub("", name)
    return name.split(",", 1)[0].strip().casefold()


def _registration_key(number: str) -> str:
    return "".join(number.split()).casefold()


def _contact_key(contact: str) -> str:
    """An e-mail as compared (case ignored), or a telephone number by its digits, the country
    code read as the trunk prefix ("+62 812-5566" is "0812 5566")."""
    if "@" in contact:
        return contact.strip().casefold()
    digits = re.sub(r"\D", "", contact)
    return "0" + digits[2:] if digits.startswith("62") else digits


def _letter_findings(
    letter: RefusalContent, trigger: RequestTrigger, tested: tuple[str, ...], where: str
) -> Iterable[Finding]:
    registration = (letter.registration_number or "").strip()
    if registration and _registration_key(registration) != _registration_key(
        trigger.registration_number
    ):
        yield REFUSAL_OTHER_REGISTRATION(
            M.REFUSAL_OTHER_REGISTRATION(said=registration, registered=trigger.registration_number),
            field=f"{where}.registration_number",
        )
    name = (letter.requester_name or "").strip()
    if name and _name_key(name) != _name_key(trigger.requester.name):
        yield REFUSAL_OTHER_REQUESTER(
            M.REFUSAL_OTHER_REQUESTER(said=name, requester=trigger.requester.name),
            field=f"{where}.requester_name",
        )
    requester = trigger.requester
    for name, said, known, key in (
        ("requester_address", letter.requester_address, requester.address, information_key),
        ("requester_contact", letter.requester_contact, requester.contact, _contact_key),
    ):
        said = (said or "").strip()
        if said and known and key(said) != key(known):
            yield REFUSAL_OTHER_REQUESTER(
                M.REFUSAL_OTHER_REQUESTER_DETAIL(said=said, name=name, known=known),
                field=f"{where}.{name}",
            )
    information = (letter.information or "").strip()
    if information and not any(
        information_refers(information, ref) for ref in (trigger.information, *tested)
    ):
        yield REFUSAL_OTHER_INFORMATION(
            M.REFUSAL_OTHER_INFORMATION(said=information, requested=trigger.information),
            field=f"{where}.information",
        )


def check_lembar_request(*, case: Case) -> Iterable[Finding]:
    """``case.consistency.lembar_request`` (error): a Lembar of a request case that names
    another request.

    A test made on a request records it (PERKI 1/2021 Pasal 49 ayat (1) huruf b; the Lembar's
    ``request_number``), by the registration number the request was given (UU 14/2008 Pasal 22
    ayat (4)); a Lembar naming another number is the test of another request. A Lembar that
    names none is not compared (a test made before any request names none).
    """
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return
    own = _registration_key(trigger.registration_number)
    for path, sheet in sheets_of(case):
        number = (sheet.request_number or "").strip()
        if number and _registration_key(number) != own:
            yield LEMBAR_OTHER_REQUEST(
                M.LEMBAR_OTHER_REQUEST(said=number, registered=trigger.registration_number),
                field=f"{path}.request_number",
            )


def check_lembar_stage(*, case: Case, calendar: WorkingCalendar) -> Iterable[Finding]:
    """``case.consistency.lembar_stage`` (error): a Lembar whose stage contradicts the case.

    PERKI 1/2021 Pasal 49 ayat (1): a test is made before any request (huruf a) or when a
    request is made (huruf b). In a periodic round there is no request, so a Lembar "on
    request" or naming a request number is another case's. In a request case, a Lembar "before
    any request" that names this request, or is dated on or after its receipt, was made on it
    (an earlier classification the refusal relies on is dated before and names no request).
    A Lembar on request dated before the request is ``case.test.before_request``'s.
    """
    trigger = case.trigger
    for path, sheet in sheets_of(case):
        if not isinstance(trigger, RequestTrigger):
            if sheet.stage is TestStage.ON_REQUEST or (sheet.request_number or "").strip():
                yield LEMBAR_STAGE(
                    M.LEMBAR_ON_REQUEST_IN_ROUND(),
                    field=f"{path}.stage"
                    if sheet.stage is TestStage.ON_REQUEST
                    else f"{path}.request_number",
                )
            continue
        if sheet.stage is not TestStage.BEFORE_REQUEST:
            continue
        received = calendar.local_date(trigger.received_at)
        names_it = _registration_key(sheet.request_number or "") == _registration_key(
            trigger.registration_number
        )
        if names_it or (sheet.date is not None and sheet.date >= received):
            yield LEMBAR_STAGE(
                M.LEMBAR_BEFORE_REQUEST_ON_IT(
                    how=M.LEMBAR_NAMES_REQUEST if names_it else M.LEMBAR_DATED_AFTER,
                    received=received.isoformat(),
                ),
                field=f"{path}.stage",
            )


def check_refusal_refers(*, case: Case) -> Iterable[Finding]:
    """``case.consistency.refusal_*`` (error): a refusal letter of a request case that names
    another registration number, another requester or other information.

    The letter is the written notice of UU 14/2008 Pasal 22 ayat (7) huruf c on THIS request
    (PERKI 1/2021 Pasal 34 and its form: nomor pendaftaran, nama, alamat and kontak pemohon,
    informasi yang dimohon); a letter copied from another request tells this requester
    nothing. Each document carrying a refusal is compared with ``trigger``; an empty field is
    ``case.refusal.incomplete``'s, not a contradiction. A periodic case has no request to
    compare with.
    """
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return
    tested = tuple(item.places[0].row.information for item in tested_items(case))
    for j, doc in enumerate(case.documents):
        if doc.refusal is not None:
            yield from _letter_findings(doc.refusal, trigger, tested, f"documents[{j}].refusal")


# --- the rules ---------------------------------------------------------------------------------

#: The rules of this module, run after the core's others (registered in `core_rules`).
CONSISTENCY_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.item-results",
        check_item_results,
        ITEM_RESULT_DIFFERS.basis,
        (
            "satu informasi yang diuji, satu hasil: status, jangka waktu dan dasar yang sama "
            "di setiap Lembar dan pada Penetapan",
            "one tested item, one result: the same outcome, period and ground in every "
            "Lembar and in the Penetapan",
        ),
        "case.consistency.item_result",
        origin="regulation",
    ),
    core_rule(
        "core.lembar-request",
        check_lembar_request,
        LEMBAR_OTHER_REQUEST.basis,
        (
            "Lembar pengujian atas permohonan menyebut nomor pendaftaran permohonan ini",
            "a Lembar made on a request names this request's registration number",
        ),
        "case.consistency.lembar_request",
        origin="regulation",
    ),
    core_rule(
        "core.lembar-stage",
        check_lembar_stage,
        LEMBAR_STAGE.basis,
        (
            "tahap pengujian pada Lembar sesuai dengan kasus: atas permohonan pada kasus "
            "permohonan, sebelum permohonan pada putaran berkala",
            "the Lembar's stage agrees with the case: on request in a request case, before "
            "any request in a periodic round",
        ),
        "case.consistency.lembar_stage",
        origin="regulation",
    ),
    core_rule(
        "core.refusal-refers",
        check_refusal_refers,
        "UU 14/2008 Pasal 22 ayat (4), ayat (7) huruf c; PERKI 1/2021 Pasal 34",
        (
            "surat penolakan menyebut nomor pendaftaran, pemohon dan informasi permohonan ini",
            "the refusal letter names this request's registration number, requester and "
            "information",
        ),
        "case.consistency.refusal_registration case.consistency.refusal_requester "
        "case.consistency.refusal_information",
        origin="statute",
    ),
)
