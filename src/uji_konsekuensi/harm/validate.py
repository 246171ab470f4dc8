"""Validation of consequence-test records: `validate(record)` returns every finding.

Accepts a `ConsequenceTest` (one item), a `ConsequenceTestSheet` (the Lembar, PERKI 1/2021
Lampiran II) or a `Penetapan` (Pasal 49 ayat (4)-(5), Lampiran III). It never raises for a rule
broken by the data; a valid record gives no findings. Each finding's ``field`` is the JSON path
into the wire format ("rows[2].grounds[0].ground", "sheets[0].rows[1].period.years").
Every code, with its basis, is listed in docs/harm.md.
"""

from __future__ import annotations

import datetime as dt

from ..findings import Finding, Severity
from ..i18n import Text
from ..law import find_statutes
from ._rows import RowContext, check_row
from ._util import at, blank, key
from .model import ConsequenceTest, ConsequenceTestSheet, Penetapan, Role, TestStage
from .settings import ValidationSettings

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

Record = ConsequenceTest | ConsequenceTestSheet | Penetapan


def validate(
    record: Record,
    settings: ValidationSettings | None = None,
    *,
    tested_on: dt.date | None = None,
    approval_role: Role | None = None,
) -> tuple[Finding, ...]:
    """Every finding about ``record``, in document order.

    For a lone `ConsequenceTest`, ``tested_on`` (the date of its Lembar) and ``approval_role``
    supply what a sheet would (Pasal 19 and period rules use them); they are ignored otherwise.
    """
    settings = settings or ValidationSettings()
    if isinstance(record, Penetapan):
        return tuple(_penetapan(record, settings))
    if isinstance(record, ConsequenceTestSheet):
        return tuple(_sheet(record, settings, ""))
    if isinstance(record, ConsequenceTest):
        ctx = RowContext(
            path="", tested_on=tested_on, approval_role=approval_role, settings=settings
        )
        return tuple(check_row(record, ctx))
    raise TypeError(f"validate() takes a ConsequenceTest, sheet or Penetapan, not {record!r}")


def _finding(code: str, severity: Severity, text: Text, basis: str, field: str) -> Finding:
    return Finding.of(code, severity, text, basis, field=field)


# --- the Lembar Pengujian Konsekuensi (PERKI 1/2021 Lampiran II) ------------------------------


def _sheet(
    sheet: ConsequenceTestSheet,
    settings: ValidationSettings,
    prefix: str,
    in_penetapan: bool = False,
) -> list[Finding]:
    out: list[Finding] = []
    lampiran = "PERKI 1/2021 Pasal 49 ayat (3), Lampiran II"
    if blank(sheet.badan_publik):
        out.append(
            _finding(
                "harm.sheet.badan_publik_missing",
                E,
                Text("Nama Badan Publik tidak diisi", "The public body is not named"),
                "PERKI 1/2021 Pasal 49 ayat (5) huruf b",
                at(prefix, "badan_publik"),
            )
        )
    if sheet.date is None:
        out.append(
            _finding(
                "harm.sheet.date_missing",
                E,
                Text(
                    "Tanggal pengujian tidak diisi; tanpa tanggal tidak dapat dibuktikan bahwa "
                    "pengujian dilakukan sebelum pengecualian",
                    "The test has no date; without it nobody can show that it came before the "
                    "exemption",
                ),
                f"UU 14/2008 Pasal 19; {lampiran}",
                at(prefix, "date"),
            )
        )
    if blank(sheet.place):
        out.append(
            _finding(
                "harm.sheet.place_missing",
                W,
                Text("Tempat pengujian ('bertempat di') tidak diisi", "The place is not stated"),
                lampiran,
                at(prefix, "place"),
            )
        )
    if blank(sheet.number):
        out.append(
            _finding(
                "harm.sheet.number_missing",
                W,
                Text("Nomor Lembar Pengujian Konsekuensi tidak diisi", "The sheet has no number"),
                f"{lampiran}; Lampiran III (Memperhatikan)",
                at(prefix, "number"),
            )
        )
    if sheet.stage is TestStage.ON_REQUEST and blank(sheet.request_number):
        out.append(
            _finding(
                "harm.sheet.request_number_missing",
                W,
                Text(
                    "Pengujian atas permintaan informasi tanpa nomor pendaftaran permintaan",
                    "A test made on a request does not give the request's registration number",
                ),
                "PERKI 1/2021 Pasal 49 ayat (1) huruf b; UU 14/2008 Pasal 22 ayat (4)",
                at(prefix, "request_number"),
            )
        )
    if sheet.stage is TestStage.DISPUTE and blank(sheet.dispute_register):
        out.append(
            _finding(
                "harm.sheet.dispute_order_missing",
                W,
                Text(
                    "Pengujian atas perintah Majelis Komisioner tanpa nomor register sengketa",
                    "A test ordered by the Majelis Komisioner does not give the dispute register",
                ),
                "PERKI 1/2021 Pasal 49 ayat (1) huruf c",
                at(prefix, "dispute_register"),
            )
        )
    out += _participants(sheet, prefix)
    out += _approval(sheet, settings, prefix)
    if not sheet.rows:
        out.append(
            _finding(
                "harm.sheet.no_rows",
                E,
                Text("Lembar tidak memuat informasi yang diuji", "The sheet tests no information"),
                f"PERKI 1/2021 Pasal 49 ayat (2) huruf b; {lampiran}",
                at(prefix, "rows"),
            )
        )
    role = sheet.approval.role if sheet.approval is not None else None
    for index, row in enumerate(sheet.rows):
        ctx = RowContext(
            path=at(prefix, f"rows[{index}]"),
            tested_on=sheet.date,
            approval_role=role,
            settings=settings,
            in_penetapan=in_penetapan,
        )
        out += check_row(row, ctx)
    out += _duplicates([(at(prefix, f"rows[{i}]"), r) for i, r in enumerate(sheet.rows)])
    return out


def _participants(sheet: ConsequenceTestSheet, prefix: str) -> list[Finding]:
    out: list[Finding] = []
    if not sheet.participants:
        out.append(
            _finding(
                "harm.participants.missing",
                E,
                Text(
                    "Peserta pengujian (nama, jabatan, unit kerja) tidak dicatat",
                    "The participants (name, position, unit) are not recorded",
                ),
                "PERKI 1/2021 Lampiran II (tabel peserta)",
                at(prefix, "participants"),
            )
        )
        return out
    for index, person in enumerate(sheet.participants):
        missing = [
            label
            for label, value in (
                ("nama", person.name),
                ("jabatan", person.position),
                ("unit kerja", person.unit),
            )
            if blank(value)
        ]
        if missing:
            out.append(
                _finding(
                    "harm.participants.incomplete",
                    W,
                    Text(
                        f"Peserta {index + 1}: {', '.join(missing)} tidak diisi",
                        f"Participant {index + 1}: {', '.join(missing)} missing",
                    ),
                    "PERKI 1/2021 Lampiran II (Nama, Jabatan, Unit Kerja)",
                    at(prefix, f"participants[{index}]"),
                )
            )
    roles = {p.role for p in sheet.participants if p.role is not None}
    if roles and Role.PPID not in roles:
        out.append(
            _finding(
                "harm.participants.no_ppid",
                W,
                Text(
                    "PPID tidak tercatat sebagai peserta, padahal PPID yang wajib melakukan "
                    "pengujian konsekuensi",
                    "The PPID is not among the participants, yet the PPID must perform the test",
                ),
                "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 10 ayat (1) huruf g",
                at(prefix, "participants"),
            )
        )
    return out


def _approval(
    sheet: ConsequenceTestSheet, settings: ValidationSettings, prefix: str
) -> list[Finding]:
    basis = "PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e, Lampiran II"
    approval = sheet.approval
    path = at(prefix, "approval")
    if approval is None:
        return [
            _finding(
                "harm.approval.missing",
                E,
                Text(
                    "Hasil pengujian belum disetujui (blok 'Menyetujui' kosong)",
                    "The test has not been approved (the 'Menyetujui' block is empty)",
                ),
                basis,
                path,
            )
        ]
    out: list[Finding] = []
    if approval.role not in settings.approver_roles:
        allowed = ", ".join(sorted(r.value for r in settings.approver_roles))
        out.append(
            _finding(
                "harm.approval.role",
                E,
                Text(
                    f"Persetujuan oleh {approval.role.value} tidak sah; yang berwenang: {allowed}",
                    f"Approval by {approval.role.value} is not valid; it must be: {allowed}",
                ),
                basis,
                at(path, "role"),
            )
        )
    if blank(approval.name):
        out.append(
            _finding(
                "harm.approval.unnamed",
                E,
                Text("Nama pejabat yang menyetujui tidak diisi", "The approver is not named"),
                basis,
                at(path, "name"),
            )
        )
    if approval.date is not None and sheet.date is not None and approval.date < sheet.date:
        out.append(
            _finding(
                "harm.approval.before_test",
                E,
                Text(
                    f"Persetujuan ({approval.date.isoformat()}) bertanggal sebelum pengujian "
                    f"({sheet.date.isoformat()})",
                    f"The approval ({approval.date.isoformat()}) is dated before the test "
                    f"({sheet.date.isoformat()})",
                ),
                "PP 61/2010 Pasal 3",
                at(path, "date"),
            )
        )
    return out


def _duplicates(rows: list[tuple[str, ConsequenceTest]]) -> list[Finding]:
    seen: dict[str, str] = {}
    out: list[Finding] = []
    for path, row in rows:
        norm = key(row.information)
        if not norm:
            continue
        if norm in seen:
            out.append(
                _finding(
                    "harm.information.duplicate",
                    W,
                    Text(
                        f"Informasi yang sama sudah diuji di {seen[norm]}",
                        f"The same information is already tested at {seen[norm]}",
                    ),
                    "PERKI 1/2021 Pasal 49 ayat (2) huruf b",
                    at(path, "information"),
                )
            )
        else:
            seen[norm] = path
    return out


# --- the Penetapan (PERKI 1/2021 Pasal 49 ayat (4)-(7), Lampiran III) -------------------------

_PASAL_49_5 = "PERKI 1/2021 Pasal 49 ayat (5)"


def _penetapan(pen: Penetapan, settings: ValidationSettings) -> list[Finding]:
    out: list[Finding] = []
    signed_by_ppid = pen.signature is not None and pen.signature.role is Role.PPID
    if pen.ppid is None and not signed_by_ppid:
        out.append(
            _finding(
                "harm.penetapan.ppid_missing",
                E,
                Text(
                    "Identitas pejabat PPID yang menetapkan tidak diisi",
                    "The identity of the PPID who sets the classification is missing",
                ),
                f"{_PASAL_49_5} huruf a; PP 61/2010 Pasal 4 huruf b",
                "ppid",
            )
        )
    if blank(pen.badan_publik):
        out.append(
            _finding(
                "harm.penetapan.badan_publik_missing",
                E,
                Text("Nama Badan Publik tidak diisi", "The public body is not named"),
                f"{_PASAL_49_5} huruf b",
                "badan_publik",
            )
        )
    if blank(pen.unit):
        out.append(
            _finding(
                "harm.penetapan.unit_missing",
                W,
                Text(
                    "Unit kerja/satuan kerja pejabat yang menetapkan tidak diisi",
                    "The unit of the official who sets it is not named",
                ),
                f"{_PASAL_49_5} huruf b",
                "unit",
            )
        )
    for name, value, id_text, en_text in (
        (
            "place",
            pen.place,
            "Tempat penetapan tidak diisi",
            "The place of the Penetapan is missing",
        ),
        ("date", pen.date, "Tanggal penetapan tidak diisi", "The date of the Penetapan is missing"),
    ):
        if value is None or (isinstance(value, str) and not value.strip()):
            out.append(
                _finding(
                    f"harm.penetapan.{name}_missing",
                    E,
                    Text(id_text, en_text),
                    f"{_PASAL_49_5} huruf f; PP 61/2010 Pasal 4 huruf f",
                    name,
                )
            )
    if blank(pen.number):
        out.append(
            _finding(
                "harm.penetapan.number_missing",
                W,
                Text("Nomor Penetapan tidak diisi", "The Penetapan has no number"),
                "PERKI 1/2021 Pasal 49 ayat (7), Lampiran III",
                "number",
            )
        )
    if pen.signature is None:
        out.append(
            _finding(
                "harm.penetapan.unsigned",
                W,
                Text(
                    "Penetapan belum ditandatangani: belum berlaku",
                    "The Penetapan is not signed: not yet in force",
                ),
                "PERKI 1/2021 Pasal 49 ayat (7), Lampiran III",
                "signature",
            )
        )
    out += _mengingat(pen)
    out += _sheets(pen, settings)
    return out


def _sheets(pen: Penetapan, settings: ValidationSettings) -> list[Finding]:
    out: list[Finding] = []
    if not pen.sheets:
        out.append(
            _finding(
                "harm.penetapan.no_sheets",
                E,
                Text(
                    "Penetapan tidak didasarkan pada Lembar Pengujian Konsekuensi",
                    "The Penetapan rests on no Lembar Pengujian Konsekuensi",
                ),
                "PERKI 1/2021 Pasal 49 ayat (4), Lampiran III (Memperhatikan; KEDUA); "
                "PP 61/2010 Pasal 3 ayat (1)",
                "sheets",
            )
        )
        return out
    if not pen.exempt_rows():
        out.append(
            _finding(
                "harm.penetapan.nothing_exempt",
                W,
                Text(
                    "Tidak ada informasi yang dinyatakan dikecualikan dalam Penetapan ini",
                    "This Penetapan declares no information exempt",
                ),
                "PERKI 1/2021 Pasal 49 ayat (4)",
                "sheets",
            )
        )
    set_on = [("date", pen.date)]
    if pen.signature is not None:
        set_on.append(("signature.date", pen.signature.date))
    for index, sheet in enumerate(pen.sheets):
        prefix = f"sheets[{index}]"
        if not blank(pen.badan_publik) and key(sheet.badan_publik) != key(pen.badan_publik):
            out.append(
                _finding(
                    "harm.penetapan.badan_publik_mismatch",
                    W,
                    Text(
                        f"Lembar dibuat untuk {sheet.badan_publik!r}, Penetapan untuk "
                        f"{pen.badan_publik!r}",
                        f"The sheet is for {sheet.badan_publik!r}, the Penetapan for "
                        f"{pen.badan_publik!r}",
                    ),
                    f"{_PASAL_49_5} huruf b",
                    at(prefix, "badan_publik"),
                )
            )
        for name, when in set_on:
            if when is not None and sheet.date is not None and when < sheet.date:
                out.append(
                    _finding(
                        "harm.penetapan.before_test",
                        E,
                        Text(
                            f"Penetapan ({when.isoformat()}) bertanggal sebelum pengujian "
                            f"konsekuensi yang mendasarinya ({sheet.date.isoformat()})",
                            f"The Penetapan ({when.isoformat()}) is dated before the "
                            f"consequence test it rests on ({sheet.date.isoformat()})",
                        ),
                        "UU 14/2008 Pasal 19; PP 61/2010 Pasal 3 ayat (1)",
                        name,
                    )
                )
        out += _sheet(sheet, settings, prefix, in_penetapan=True)
    # Within a sheet `_sheet` reports duplicates; here only those across sheets.
    first: dict[str, tuple[int, str]] = {}
    for i, sheet in enumerate(pen.sheets):
        for j, row in enumerate(sheet.rows):
            norm, path = key(row.information), f"sheets[{i}].rows[{j}]"
            if norm and norm in first and first[norm][0] != i:
                out += _duplicates([(first[norm][1], row), (path, row)])
            first.setdefault(norm, (i, path))
    return out


def _mengingat(pen: Penetapan) -> list[Finding]:
    """Mengingat: readable, in force, and naming UU 14/2008 and PP 61/2010 (Lampiran III)."""
    out: list[Finding] = []
    cited: set[str] = set()
    for index, line in enumerate(pen.mengingat):
        refs = find_statutes(line)
        if not refs:
            out.append(
                _finding(
                    "harm.penetapan.mengingat_unreadable",
                    INFO,
                    Text(
                        f"Dasar 'Mengingat' tidak dapat dibaca sebagai peraturan: {line!r}",
                        f"A 'Mengingat' line cannot be read as an instrument: {line!r}",
                    ),
                    "PERKI 1/2021 Lampiran III (Mengingat)",
                    f"mengingat[{index}]",
                )
            )
        for ref in refs:
            cited.add(ref.short)
            if ref.revoked_by is not None:
                out.append(
                    _finding(
                        "harm.penetapan.revoked_instrument",
                        W,
                        Text(
                            f"{ref.short} sudah dicabut ({ref.revoked_by}); ganti dengan "
                            "PERKI 1/2021",
                            f"{ref.short} has been revoked ({ref.revoked_by}); cite PERKI 1/2021",
                        ),
                        ref.revoked_by,
                        f"mengingat[{index}]",
                    )
                )
    missing = [short for short in ("UU 14/2008", "PP 61/2010") if short not in cited]
    if missing:
        out.append(
            _finding(
                "harm.penetapan.mengingat_incomplete",
                W,
                Text(
                    f"'Mengingat' tidak menyebut {' dan '.join(missing)}",
                    f"'Mengingat' does not cite {' and '.join(missing)}",
                ),
                "PERKI 1/2021 Lampiran III (Mengingat)",
                "mengingat",
            )
        )
    return out
