"""``uji-konsekuensi sop AGENCY [NUMBER]``: an agency's SOP as the familiar table.

Also ``sop validate FILE|CODE`` (the findings; exit 1 on an error), ``sop import FILE`` (an SOP
document to a draft sop.json and its review, uji_konsekuensi.sop.importer) and ``sop template
FILE`` (the spreadsheet template). ``sop CODE`` ends with the documents declared per step and the
SOP's findings, and exits 1 when one is an error.

The layout follows the SOP AP document of PermenPAN-RB 35/2012 (docs/sources/law.md §4): first
the Bagian Identitas (nomor, tanggal pembuatan / revisi / efektif, disahkan oleh, nama SOP,
dasar hukum, kualifikasi pelaksana, keterkaitan, peralatan/perlengkapan, peringatan, pencatatan
dan pendataan),
then the actors (lanes, each with its canonical role), then the flowchart as a table: No |
Kegiatan | Pelaksana | Kelengkapan | Waktu | Output | Keterangan, with each decision's YES and NO
branches. Values are printed as the agency wrote them; an inferred value is marked ``*`` and a
corrected one ``†``, and ``--notes`` lists every correction and inference with its reason.

Headings are in Bahasa Indonesia (``--lang en`` for English); the SOP's own text is never
translated. ``--json`` prints the SOP in the wire format of `uji_konsekuensi.converter`, the same
JSON a plugin's sop.json holds. The table fits the terminal width (or ``$COLUMNS``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ..i18n import Language, Text, current_language
from . import messages as M

if TYPE_CHECKING:
    from ..agency import Agency
    from ..document_kinds import DocumentKind
    from ..findings import Finding
    from ..sop import SOP, Step
    from ..sop.provenance import Provenanced

INFERRED = "*"
CORRECTED = "†"


#: The help of each sub-command of ``sop`` (``sop import --help``): the options that apply to it,
#: what it reads and writes, and its exit codes. Bahasa Indonesia first, then English.
SUBCOMMAND_HELP: dict[str, str] = {
    "import": """\
usage: uji-konsekuensi sop import BERKAS [-o sop.json | --agency-folder FOLDER]
                                  [--report tinjauan.md] [--questions jawaban.json]
                                  [--answers jawaban.json] [--source TEKS] [--force] [--json]

Baca dokumen SOP AP (PermenPAN-RB 35/2012) menjadi draf sop.json dan daftar hal yang harus
diputuskan orang. / Read an SOP AP document into a draft sop.json and the list of what a
person must decide.

BERKAS / FILE:
  .docx        Word: tabel identitas dan bagan alir; pelaksana dari simbol yang digambar di
               lajurnya / Word: identity and flowchart tables; the actor from the symbol drawn
               in its lane
  .pdf         PDF: tabel (pdfplumber) dan simbol vektor di lajur / tables and vector symbols
  .txt         teks dengan sel dipisah tab, atau keluaran `pdftotext -layout`; teks yang
               diratakan atau berselang-seling ditolak dengan jalan keluarnya / tab-separated
               cells, or `pdftotext -layout` output; flattened or interleaved text is refused
               with the routes that work
  .xlsx, .csv  templat lembar kerja (sop template) / the spreadsheet template (sop template)

options:
  -o BERKAS         tulis draf sop.json / write the draft sop.json
  --agency-folder FOLDER
                    tulis folder instansi: FOLDER/sop.json dan FOLDER/agency.json (kode =
                    nama folder; pertanyaannya di laporan; docs/office-guide.md) / write an
                    agency folder: FOLDER/sop.json and FOLDER/agency.json (code = the folder's
                    name; its questions in the report; docs/office-guide.md)
  --report BERKAS   tulis laporan tinjauan (Markdown) / write the review report (Markdown)
  --questions BERKAS
                    tulis pertanyaan sebagai berkas jawaban untuk diisi (lalu --answers
                    BERKAS) / write the questions as an answers file to fill in (then
                    --answers FILE)
  --answers BERKAS  terapkan jawaban (JSON; docs/plugins.md); jalur agency.*, letterhead,
                    documents, renderings, calendar untuk agency.json / apply answers (JSON);
                    paths agency.*, letterhead, documents, renderings, calendar are agency.json's
  --source TEKS     sumber yang dicatat di sop.json / the source recorded in sop.json
  --force           timpa berkas yang ada / overwrite existing files
  --json            hasil sebagai JSON / the result as JSON

exit: 0 tidak ada yang tersisa / nothing left to decide; 1 ada hal untuk ditinjau atau temuan
galat / items to review or an error finding; 2 berkas tidak terbaca / the file cannot be read
""",
    "validate": """\
usage: uji-konsekuensi sop validate BERKAS|INSTANSI [NOMOR_SOP] [--json]

Temuan SOP.validate() sebuah sop.json atau SOP instansi (penomoran, alur, pelaksana, mutu
baku, identitas, provenans). / The findings of SOP.validate() for an sop.json file or an
agency's SOP (numbering, flow, actors, mutu baku, identity, provenance).

options:
  NOMOR_SOP   nomor SOP bila instansi punya lebih dari satu / the SOP number if several
  --json      temuan sebagai JSON / findings as JSON

exit: 0 tanpa galat / no error; 1 ada temuan galat / an error finding; 2 berkas tidak terbaca /
the file cannot be read
""",
    "template": """\
usage: uji-konsekuensi sop template BERKAS.xlsx|BERKAS.csv [--from INSTANSI|sop.json] [--force]

Tulis templat lembar kerja untuk mengetik SOP (lembar Identitas, Pelaksana, Langkah; kolom
dijelaskan satu per satu di docs/sop.md, "The spreadsheet template"), kosong atau diisi SOP
yang ada. / Write the spreadsheet template to type an SOP into (sheets Identitas, Pelaksana,
Langkah; every column explained in docs/sop.md), empty or filled with an existing SOP.

options:
  --from INSTANSI|BERKAS  isi templat dengan SOP ini / fill the template with this SOP
  --force                 timpa berkas yang ada / overwrite an existing file

exit: 0 ditulis / written; 2 berkas sudah ada (tanpa --force) / the file exists (no --force)
""",
}


class _SopHelp(argparse.Action):
    """``-h``: the help of the sub-command named before it (``sop import --help``), else the
    help of ``sop``."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        text = SUBCOMMAND_HELP.get(getattr(namespace, "agency", None) or "")
        if text is None:
            parser.print_help()
        else:
            print(text, end="")
        parser.exit()


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sop",
        help="tampilkan SOP instansi / show an agency's SOP",
        description=(
            "Tampilkan SOP uji konsekuensi sebuah instansi sebagai tabel (identitas, lalu langkah "
            "dengan pelaksana, kelengkapan, waktu, output, keterangan) atau sebagai JSON. "
            "Sub-perintah / sub-commands: import, validate, template (sop import --help)."
        ),
        add_help=False,
    )
    parser.add_argument(
        "-h",
        "--help",
        action=_SopHelp,
        nargs=0,
        help="tampilkan bantuan ini (atau bantuan sub-perintah) / show this help (or a "
        "sub-command's)",
    )
    parser.add_argument(
        "agency",
        metavar="INSTANSI",
        help=(
            "kode instansi, berkas sop.json, atau salah satu dari: import BERKAS, validate "
            "BERKAS|INSTANSI, template BERKAS / agency code, an sop.json file, or one of: "
            "import FILE, validate FILE|AGENCY, template FILE"
        ),
    )
    parser.add_argument(
        "number",
        metavar="NOMOR",
        nargs="?",
        help=(
            "nomor SOP bila instansi punya lebih dari satu (atau BERKAS untuk import/validate/"
            "template) / SOP number if there are several (or FILE for import/validate/template)"
        ),
    )
    parser.add_argument(
        "extra",
        metavar="NOMOR_SOP",
        nargs="?",
        help="untuk validate INSTANSI: nomor SOP / for validate AGENCY: the SOP number",
    )
    parser.add_argument(
        "--report",
        metavar="BERKAS",
        help="import: tulis laporan tinjauan (Markdown) / write the review report (Markdown)",
    )
    parser.add_argument(
        "--answers",
        metavar="BERKAS",
        help="import: terapkan jawaban tinjauan (JSON) / apply review answers (JSON)",
    )
    parser.add_argument(
        "--questions",
        metavar="BERKAS",
        help=(
            "import: tulis pertanyaan sebagai berkas jawaban untuk diisi / write the questions "
            "as an answers file to fill in"
        ),
    )
    parser.add_argument(
        "--agency-folder",
        metavar="FOLDER",
        help=(
            "import: tulis FOLDER/sop.json dan FOLDER/agency.json / write FOLDER/sop.json and "
            "FOLDER/agency.json"
        ),
    )
    parser.add_argument(
        "--source",
        metavar="TEKS",
        help="import: sumber yang dicatat di sop.json / the source recorded in sop.json",
    )
    parser.add_argument(
        "--from",
        dest="from_",
        metavar="INSTANSI|BERKAS",
        help=(
            "template: isi templat dengan SOP ini / fill the template with this SOP "
            "(kode instansi atau sop.json / agency code or sop.json)"
        ),
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    parser.add_argument(
        "--notes",
        action="store_true",
        help="cantumkan semua koreksi dan inferensi / list every correction and inference",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json", "html", "pdf"),
        default=None,
        help=(
            "table (bawaan), json, html atau pdf: bagan alir SOP AP PermenPAN-RB 35/2012 untuk "
            "dicetak / table (default), json, html or pdf: the printable SOP AP flowchart "
            "(pdf needs the pdf extra and -o)"
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="BERKAS",
        help="tulis ke berkas, bukan ke layar / write to a file instead of stdout",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="timpa berkas yang sudah ada / overwrite an existing file",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    action = {"import": _run_import, "validate": _run_validate, "template": _run_template}
    if args.agency in action:
        if not args.number:
            raise _usage(M.SOP_NEEDS_FILE(action=args.agency), args)
        return action[args.agency](args)
    agency, sop = _load(args.agency, args.number)
    fmt = args.format or ("json" if args.json else "table")
    if fmt == "text":
        fmt = "table"
    if fmt == "json":
        from ..converter import dumps

        text = dumps(sop) + "\n"
    elif fmt in ("html", "pdf"):
        from ..documents import render_sop_html

        text = render_sop_html(sop, agency)
    else:
        lang = current_language()
        text = render_sop(sop, agency_name=agency.name if agency else None, notes=args.notes)
        if agency is not None:
            text += "\n\n" + render_step_documents(sop, agency.documents, lang)
        text += "\n\n" + render_findings(sop.validate(), lang) + "\n"
    data: str | bytes = text
    if fmt == "pdf":
        from ..documents.pdf import html_to_pdf

        if not args.output:
            raise _usage(M.SOP_PDF_NEEDS_OUTPUT(), args)
        data = html_to_pdf(text)
    if args.output:
        from ..documents import write_output

        # Written whole or not at all; an existing file only with --force.
        path = write_output(args.output, data, force=args.force)
        print(M.WRITTEN(path=path).get(current_language()), file=sys.stderr)
    else:
        print(text, end="")
    # A broken SOP is not shown as if it were fine: its errors give exit code 1.
    return 1 if _has_errors(sop.validate()) else 0


def _usage(said: Text, args: argparse.Namespace) -> Exception:
    from ..errors import InputError, Problem

    expected = M.SOP_USAGE_EXPECTED()
    return InputError(
        "uji-konsekuensi sop",
        [
            Problem(
                path="",
                message=said.id,
                message_en=said.en,
                value=args.agency,
                expected=expected.id,
                expected_en=expected.en,
            )
        ],
    )


def _load(target: str, number: str | None) -> tuple[Agency | None, SOP]:
    """An agency's SOP by code, or an SOP file (a path ending in .json)."""
    if target.casefold().endswith(".json"):
        from ..sop import load_sop

        return None, load_sop(target)
    from ..agency import get_agency

    agency = get_agency(target)
    return agency, agency.get_sop(number)


def _has_errors(findings: Sequence[Finding]) -> bool:
    from ..findings import Severity

    return any(f.severity is Severity.ERROR for f in findings)


def render_findings(findings: Sequence[Finding], lang: Language) -> str:
    """The findings of SOP.validate() as a titled list (or a line saying there are none)."""
    out = [M.SOP_LABEL_FINDINGS().get(lang), ""]
    if not findings:
        out.append(M.SOP_LABEL_NO_FINDINGS().get(lang))
    out += [f"- {f.render(lang)}" for f in findings]
    return "\n".join(out)


def render_step_documents(sop: SOP, documents: Sequence[DocumentKind], lang: Language) -> str:
    """Per step, the documents the plugin declares it needs and produces (DocumentKind
    ``required_by_steps`` / ``produced_by_steps``): what the case checker will ask for."""
    out = [
        M.SOP_LABEL_STEP_DOCUMENTS().get(lang),
        "",
    ]
    from ..document_kinds import step_documents

    rows = []
    for step in sorted(sop.steps, key=lambda s: s.number):
        needs, makes = step_documents(documents, step.number)
        rows.append(
            [
                str(step.number),
                "\n".join(f"{d.code}: {d.title}" for d in needs) or "-",
                "\n".join(f"{d.code}: {d.title}" for d in makes) or "-",
            ]
        )
    header = ["No", M.SOP_LABEL_REQUIRES().get(lang), M.SOP_LABEL_PRODUCES().get(lang)]
    out.append(format_table(header, rows, wrap={1: 50, 2: 50}, row_rules=True))
    return "\n".join(out)


def _run_validate(args: argparse.Namespace) -> int:
    """``sop validate FILE|CODE [NUMBER]``: the findings; 1 when one is an error."""
    _, sop = _load(args.number, args.extra)
    findings = sop.validate()
    lang = current_language()
    if args.json or args.format == "json":
        import json

        from ..results import sop_validation_json

        print(json.dumps(sop_validation_json(sop.number, findings), ensure_ascii=False, indent=2))
    else:
        print(f"{sop_name(sop.number)}: {sop.title}")
        print(render_findings(findings, lang))
    return 1 if _has_errors(findings) else 0


def _check_outputs(paths: list[str], *, force: bool) -> None:
    """Refuse, before any file is written, an output that `write_output` would refuse: an
    existing file without ``--force``, a directory, a folder that does not exist; and two
    outputs that are the same file."""
    import os
    from pathlib import Path

    from ..documents.atomic_write import OutputExistsError, OutputWriteError

    seen: set[str] = set()
    for name in paths:
        target = Path(name)
        key = os.path.realpath(target)
        if key in seen:
            raise OutputWriteError(
                target, "sama dengan keluaran lain / the same file as another output"
            )
        seen.add(key)
        if target.is_dir():
            raise OutputWriteError(target, "adalah direktori / is a directory")
        if not force and (target.exists() or target.is_symlink()):
            raise OutputExistsError(target)
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise OutputWriteError(target, "folder tidak ada / no such folder")


def _import_answers(
    answers: str | None, folder: object
) -> tuple[list[tuple[int, Any]] | str | None, list[tuple[int, Any]]]:
    """The answers file split into the SOP's entries (the file itself when it has no entry of
    agency.json) and agency.json's, each with its index in the file."""
    if answers is None:
        return None, []
    from ..scaffold.agency_draft import split_answers
    from ..sop.importer import load_answers

    entries = load_answers(answers)
    # An entry of a --questions file not filled in yet (no answer in it) stays a question.
    given = [(i, _answer_only(e)) for i, e in enumerate(entries) if not _unanswered(e)]
    sop_entries, agency_entries = split_answers([e for _, e in given])
    # split_answers numbers the entries it was given: back to their place in the file.
    sop_entries = [(given[j][0], e) for j, e in sop_entries]
    agency_entries = [(given[j][0], e) for j, e in agency_entries]
    if agency_entries and folder is None:
        from ..errors import InputError, Problem

        said = M.SOP_AGENCY_PATH_NEEDS_FOLDER()
        expected = M.SOP_AGENCY_PATH_NEEDS_FOLDER_EXPECTED()
        raise InputError(
            answers,
            [
                Problem(
                    path=f"answers[{i}].path",
                    message=said.id,
                    message_en=said.en,
                    value=entry.get("path"),
                    expected=expected.id,
                    expected_en=expected.en,
                )
                for i, entry in agency_entries
            ],
        )
    plain = not agency_entries and given == list(enumerate(entries))
    return (answers if plain else sop_entries), agency_entries


#: The keys that make an entry of an answers file an answer (docs/plugins.md, "2. Answer").
_ANSWER_KEYS = ("value", "confirm", "correct", "insert", "remove", "order")
#: What a --questions file adds to each entry for the person, dropped before it is applied.
_ASK_KEYS = ("ask", "read")


def _unanswered(entry: Any) -> bool:
    return isinstance(entry, dict) and not any(k in entry for k in _ANSWER_KEYS)


def _answer_only(entry: Any) -> Any:
    if isinstance(entry, dict) and any(k in entry for k in _ASK_KEYS):
        return {k: v for k, v in entry.items() if k not in _ASK_KEYS}
    return entry


def _covered_ask(main: str, covered: str, lang: Language) -> str:
    """What an entry asks of a field the question at ``main`` also covers: where a step goes
    on for a step's flow; otherwise its value, as the file writes it, or the one read kept."""
    from ..sop.importer import messages as IM

    said = IM.QUESTIONS_COVERED_FLOW if covered.endswith(".flow") else IM.QUESTIONS_COVERED
    return said(main=main).get(lang)


def questions_file(result: Any, agency: Any, lang: Language) -> str:
    """The review's questions as an answers file to fill in (``--questions``): one entry per
    question with its ``path``, the question (``ask``) and what was read (``read``); an entry
    left without an answer stays a question when the file is given to ``--answers``."""
    import json

    from ..sop.importer import messages as IM

    entries: list[dict[str, Any]] = []
    for item in result.review:
        entry: dict[str, Any] = {"path": item.path, "ask": item.question.get(lang)}
        if item.read is not None:
            entry["read"] = item.read
        if item.path.endswith(".flow"):
            base = item.path.removesuffix(".flow")
            entry["ask"] += IM.QUESTIONS_DECISION(base=base).get(lang)
        entries.append(entry)
        entries += [{"path": c, "ask": _covered_ask(item.path, c, lang)} for c in item.covers]
    if agency is not None:
        entries += [{"path": q.path, "ask": q.text.get(lang)} for q in agency.questions]
    how = IM.QUESTIONS_HOW().get(lang)
    return json.dumps({"how": how, "answers": entries}, ensure_ascii=False, indent=2) + "\n"


def _import(
    file: str, answers: list[tuple[int, Any]] | str | None, name: str | None, source: str | None
) -> Any:
    """`import_sop`, with the SOP's entries of an answers file named by their place in it."""
    from ..errors import InputError
    from ..sop.importer import import_sop

    if not isinstance(answers, list):
        return import_sop(file, answers=answers, source=source)
    try:
        return import_sop(file, answers=[entry for _, entry in answers], source=source)
    except InputError as exc:
        if exc.source != str([entry for _, entry in answers]):
            raise

        def where(match: re.Match[str]) -> str:
            return f"answers[{answers[int(match.group(1))][0]}]"

        raise InputError(
            name or "answers",
            [
                attrs.evolve(p, path=re.sub(r"^answers\[(\d+)\]", where, p.path))
                for p in exc.problems
            ],
        ) from None


def _run_import(args: argparse.Namespace) -> int:
    """``sop import FILE [-o sop.json | --agency-folder DIR] [--report review.md]
    [--answers answers.json]``."""
    import json
    from pathlib import Path

    folder = Path(args.agency_folder) if args.agency_folder else None
    if folder is not None and args.output:
        raise _usage(M.SOP_OUTPUT_AND_FOLDER(), args)
    if folder is not None and folder.exists() and not folder.is_dir():
        from ..documents.atomic_write import OutputWriteError

        raise OutputWriteError(folder, "bukan folder / not a folder")
    if (
        args.questions
        and args.answers
        and Path(args.questions).resolve() == Path(args.answers).resolve()
    ):
        raise _usage(M.SOP_QUESTIONS_OVERWRITE_ANSWERS(), args)
    outputs = [args.output, args.report, args.questions]
    if folder is not None and folder.is_dir():
        outputs += [str(folder / "sop.json"), str(folder / "agency.json")]
    elif folder is not None:
        outputs.append(str(folder))  # its parent must exist; the folder itself is made
    # Every output is checked before anything is read or written: a report that exists must
    # not stop the command after the draft was already written.
    _check_outputs([p for p in outputs if p], force=args.force)
    sop_answers, agency_answers = _import_answers(args.answers, folder)
    result = _import(args.number, sop_answers, args.answers, args.source)
    lang = current_language()
    draft = json.dumps(result.data, ensure_ascii=False, indent=2) + "\n"
    report = result.report(lang)
    agency = None
    if folder is not None:
        from ..scaffold.agency_draft import draft_agency

        agency = draft_agency(
            result.data,
            result.sop,
            folder_name=folder.resolve().name,
            answers=agency_answers,
            answers_source=args.answers or "answers",
        )
        report += agency.report(str(folder), lang)
    written = []
    from ..documents import write_output

    if args.output:
        written.append(write_output(args.output, draft, force=args.force))
    if folder is not None and agency is not None:
        folder.mkdir(exist_ok=True)
        written.append(write_output(folder / "sop.json", draft, force=args.force))
        text = json.dumps(agency.data, ensure_ascii=False, indent=2) + "\n"
        written.append(write_output(folder / "agency.json", text, force=args.force))
    if args.report:
        written.append(write_output(args.report, report, force=args.force))
    if args.questions:
        questions = questions_file(result, agency, lang)
        written.append(write_output(args.questions, questions, force=args.force))
    if args.json or args.format == "json":
        import json

        from ..results import sop_import_json

        sop_path = str(folder / "sop.json") if folder is not None else None
        document = sop_import_json(
            result,
            lang,
            sop_path or (str(args.output) if args.output else None),
            None if agency is None or folder is None else agency.document(str(folder), lang),
        )
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        to_file = bool(args.output or folder)
        if not to_file:
            print(draft, end="")
        # The review is always on the terminal; on stderr when stdout carries the draft.
        print(report, end="", file=sys.stdout if to_file else sys.stderr)
        for path in written:
            print(M.WRITTEN(path=path).get(lang), file=sys.stderr)
    asked = bool(agency.questions) if agency is not None else False
    return 1 if result.review or result.has_errors or asked else 0


def _run_template(args: argparse.Namespace) -> int:
    """``sop template FILE.xlsx|FILE.csv [--from CODE|sop.json]``: the spreadsheet template."""
    from pathlib import Path

    from ..documents import OutputExistsError
    from ..sop.importer.template import write_template

    target = Path(args.number)
    if target.exists() and not args.force:
        raise OutputExistsError(target)
    sop = _load(args.from_, None)[1] if args.from_ else None
    path = write_template(target, sop)
    print(M.WRITTEN(path=path).get(current_language()), file=sys.stderr)
    return 0


# --- rendering --------------------------------------------------------------------------------


def sop_name(number: str) -> str:
    """ "SOP 870/27/..." for a heading, without doubling a number that says SOP itself
    ("SOP AP-SEKRE-01", "04 / PPID / KASN" -> "SOP 04 / PPID / KASN")."""
    return number if re.match(r"(?i)sop\b", number.strip()) else f"SOP {number}"


def _marked(obj: Provenanced, field: str, text: str) -> str:
    """Append the inferred / corrected marks of ``field`` to its text."""
    marks = ""
    if obj.is_inferred(field):
        marks += INFERRED
    if obj.is_corrected(field):
        marks += CORRECTED
    return text + marks


def _numbered(items: Sequence[str], obj: Provenanced | None = None, field: str = "") -> str:
    """A list as numbered lines ("1. ..."), each item marked when corrected or inferred."""
    if not items:
        return "-"
    if len(items) == 1 and obj is None:
        return items[0]
    lines = []
    for i, item in enumerate(items, 1):
        text = _marked(obj, f"{field}[{i - 1}]", item) if obj is not None else item
        lines.append(f"{i}. {text}" if len(items) > 1 else text)
    if obj is not None and obj.is_inferred(field):  # the list as a whole was inferred
        lines[-1] += INFERRED
    return "\n".join(lines)


def _flow(step: Step, lang: Language) -> str:
    """Where the flow goes after a step: "→ 5", "Ya → 5 / Tidak → 3", "selesai"."""
    end = M.SOP_LABEL_END().get(lang)

    def target(to: int | None) -> str:
        return f"→ {to}" if to is not None else end

    if step.is_decision:
        parts = []
        for branch, default in ((step.yes, M.SOP_LABEL_YES), (step.no, M.SOP_LABEL_NO)):
            if branch is None:
                parts.append(f"{default().get(lang)}: ?")
            else:
                # The label as the flowchart writes it ("YA", "Tidak"); ours when it has none.
                parts.append(f"{branch.label or default().get(lang)} {target(branch.to)}")
        text = " / ".join(parts)
        inferred = any(step.is_inferred(f) for f in ("yes", "no", "yes.to", "no.to"))
        return text + (INFERRED if inferred else "")
    return _marked(step, "next", target(step.next))


def _identity_rows(sop: SOP, lang: Language) -> list[tuple[str, str]]:
    identity = sop.identity
    signed = identity.approved_by
    signatory = "-"
    if signed is not None:
        parts = [
            signed.position,
            signed.name,
            signed.rank,
            f"NIP {signed.nip}" if signed.nip else None,
        ]
        signatory = "\n".join(p for p in parts if p) or "-"

    def text(field: str) -> str:
        value = getattr(identity, field)
        return _marked(identity, field, value) if value else "-"

    rows = [
        (M.SOP_LABEL_AGENCY().get(lang), identity.agency),
        (M.SOP_LABEL_UNIT().get(lang), identity.unit or "-"),
        (M.SOP_LABEL_NUMBER().get(lang), text("number")),
        (M.SOP_LABEL_CREATED().get(lang), text("created_text")),
        (M.SOP_LABEL_REVISED().get(lang), text("revised_text")),
        (M.SOP_LABEL_EFFECTIVE().get(lang), text("effective_text")),
        (M.SOP_LABEL_APPROVED_BY().get(lang), signatory),
        (M.SOP_LABEL_TITLE().get(lang), text("title")),
        (
            M.SOP_LABEL_LEGAL_BASIS().get(lang),
            _numbered([b.text for b in identity.legal_basis], identity, "legal_basis"),
        ),
        (
            M.SOP_LABEL_QUALIFICATIONS().get(lang),
            _numbered(identity.qualifications, identity, "qualifications"),
        ),
        (M.SOP_LABEL_RELATED().get(lang), _numbered(identity.related, identity, "related")),
        (
            M.SOP_LABEL_EQUIPMENT().get(lang),
            _numbered(identity.equipment, identity, "equipment"),
        ),
        (M.SOP_LABEL_WARNINGS().get(lang), _numbered(identity.warnings, identity, "warnings")),
        (
            M.SOP_LABEL_RECORDS().get(lang),
            _numbered(identity.records, identity, "records"),
        ),
    ]
    if sop.trigger is not None:
        trigger = {"request": M.SOP_LABEL_REQUEST, "periodic": M.SOP_LABEL_PERIODIC}
        rows.append(
            (
                M.SOP_LABEL_TRIGGER().get(lang),
                _marked(sop, "trigger", trigger[sop.trigger]().get(lang)),
            )
        )
    return rows


def _step_row(sop: SOP, step: Step, lang: Language) -> list[str]:
    lanes = {lane.id: lane.name for lane in sop.lanes}
    actors = "\n".join(lanes.get(a, f"{a}?") for a in step.actors) or "-"
    symbol = {"terminator": "( )", "process": "[ ]", "decision": "< >"}[step.kind.value]
    number = _marked(step, "kind", f"{step.number} {symbol}")
    activity = _marked(step, "activity", step.activity)
    waktu = _marked(step, "waktu_text", step.waktu_text) if step.waktu_text else "-"
    note = _marked(step, "note", step.note) if step.note else ""
    keterangan = "\n".join(p for p in (note, _flow(step, lang)) if p)
    return [
        number,
        activity,
        _marked(step, "actors", actors),
        _numbered(step.requirements, step, "requirements"),
        waktu,
        _numbered(step.outputs, step, "outputs"),
        keterangan,
    ]


def _notes(sop: SOP, lang: Language) -> list[str]:
    """Every correction and inference, with where it is and why."""
    lines: list[str] = []
    holders: list[tuple[str, Provenanced]] = [
        ("SOP", sop),
        (M.SOP_LABEL_IDENTITY().get(lang), sop.identity),
    ]
    holders += [(M.SOP_LABEL_STEP(number=s.number).get(lang), s) for s in sop.steps]
    for where, obj in holders:
        for c in obj.corrections:
            lines.append(
                f"{CORRECTED} {where}, {c.field}: {c.as_written!r} → {c.corrected!r} "
                f"({c.reason.get(lang)})"
            )
        for i in obj.inferences:
            lines.append(f"{INFERRED} {where}, {i.field} = {i.value} ({i.reason.get(lang)})")
    return lines


def _widths(total: int) -> dict[int, int]:
    """Wrap widths of the step table's columns for a terminal ``total`` characters wide."""
    # No and Waktu stay narrow; the rest share what is left, Kegiatan most.
    # Below ~130 columns the table is wider than the terminal rather than unreadable.
    usable = max(total - 3 * 6 - 6 - 14, 90)
    shares = {1: 0.30, 2: 0.14, 3: 0.20, 5: 0.18, 6: 0.18}
    widths = {col: max(10, int(usable * share)) for col, share in shares.items()}
    widths[4] = 14
    return widths


def render_sop(
    sop: SOP,
    *,
    agency_name: str | None = None,
    notes: bool = False,
    lang: Language | None = None,
    width: int | None = None,
) -> str:
    """The SOP as text: identity, actors, then the step table (see module docstring)."""
    lang = lang or current_language()
    width = width or shutil.get_terminal_size((120, 24)).columns
    out: list[str] = []
    title = f"{sop_name(sop.number)}: {sop.title}"
    heading = [title, agency_name] if agency_name else [title]
    out += [*heading, "=" * min(max(map(len, heading)), width), ""]
    identity = _identity_rows(sop, lang)
    label_width = max(len(label) for label, _ in identity)
    out.append(format_table(None, [list(r) for r in identity], wrap={1: width - label_width - 3}))
    out += ["", M.SOP_LABEL_ACTORS().get(lang), ""]
    lanes = [
        [lane.name, lane.role.label.get(lang), lane.role.value]
        if lane.role is not None
        else [lane.name, M.SOP_LABEL_NOT_DECIDED().get(lang), "?"]
        for lane in sop.lanes
    ] or [["-", "-", "-"]]
    out.append(
        format_table(
            [
                M.SOP_LABEL_COLUMN().get(lang),
                M.SOP_LABEL_ROLE().get(lang),
                M.SOP_LABEL_CODE().get(lang),
            ],
            lanes,
            wrap={0: 40, 1: 40},
        )
    )
    header = [
        "No",
        M.SOP_LABEL_ACTIVITY().get(lang),
        M.SOP_LABEL_ACTORS().get(lang),
        M.SOP_LABEL_REQUIREMENTS().get(lang),
        M.SOP_LABEL_TIME().get(lang),
        "Output",
        M.SOP_LABEL_NOTES().get(lang),
    ]
    out += ["", M.SOP_LABEL_PROCEDURE().get(lang), ""]
    rows = [_step_row(sop, step, lang) for step in sorted(sop.steps, key=lambda s: s.number)]
    out.append(format_table(header, rows, wrap=_widths(width), row_rules=True))
    out += [
        "",
        M.SOP_LABEL_LEGEND().get(lang),
    ]
    if notes:
        listed = _notes(sop, lang)
        out += ["", M.SOP_LABEL_CORRECTIONS().get(lang), ""]
        out += [textwrap.fill(line, width, subsequent_indent="  ") for line in listed] or ["-"]
    return "\n".join(out)


_NUMBERED = re.compile(r"\d+\. ")


def format_table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    *,
    wrap: Mapping[int, int] | None = None,
    row_rules: bool = False,
) -> str:
    """A plain-text table: columns separated by " | ", a rule under the header.

    ``wrap`` maps a column index to its maximum width (cells are wrapped on words; a numbered
    item's continuation lines are indented). ``row_rules`` draws a rule between rows, for tables
    whose cells span several lines.
    """
    limits = wrap or {}

    def lines_of(text: str, col: int) -> list[str]:
        limit = limits.get(col)
        lines: list[str] = []
        for para in str(text).splitlines() or [""]:
            if limit and len(para) > limit:
                indent = " " * len(m.group(0)) if (m := _NUMBERED.match(para)) else ""
                # Words are never split: a long word widens its column instead.
                lines += textwrap.wrap(
                    para,
                    limit,
                    subsequent_indent=indent,
                    break_on_hyphens=False,
                    break_long_words=False,
                ) or [""]
            else:
                lines.append(para)
        return lines

    table = [list(header)] if header is not None else []
    table += [list(r) for r in rows]
    if not table:
        return ""
    cells = [[lines_of(c, i) for i, c in enumerate(row)] for row in table]
    ncols = max(len(r) for r in cells)
    for r in cells:
        r += [[""]] * (ncols - len(r))
    widths = [max(len(line) for r in cells for line in r[i]) for i in range(ncols)]
    rule = "-+-".join("-" * w for w in widths)
    out: list[str] = []
    for n, r in enumerate(cells):
        for k in range(max(len(c) for c in r)):
            line = " | ".join(
                (c[k] if k < len(c) else "").ljust(widths[i]) for i, c in enumerate(r)
            )
            out.append(line.rstrip())
        if (header is not None and n == 0) or (row_rules and n < len(cells) - 1):
            out.append(rule)
    return "\n".join(out)
