"""Everything the SOP importer gives an official, for a differential run of two versions of it.

For each input: the draft sop.json, the review report, the ``--questions`` answers file (both
languages), the agency.json drafted for ``--agency-folder`` and its report, or the refusal (both
languages). The inputs are the files of tests/data/sop_import (corpus, unseen), the four seeds
(docs/sources/seeds), the spreadsheet template of each shipped agency (xlsx and csv), and
mutants made from them by a seeded random generator: rows of the layout reader's input changed
(a cell emptied, a glyph or a choice word put in, rows deleted, repeated, swapped, cells
shifted, labels and signatures rewritten), lines of the text files and cells of the template's
CSV changed. Each mutant is made from the rows or the text alone, so two versions of the
importer see the same mutants.

    python tools/importer_outputs.py OUT.jsonl [--mutants N]

writes one JSON line per input ({"input": ..., "sha256": ..., "output": ...}). Run it on two
trees (``PYTHONPATH=OLD/src`` for the old one) and compare the files: every line must match.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests/data/sop_import"
SEEDS = ROOT / "docs/sources/seeds"
SUFFIXES = (".txt", ".docx", ".pdf", ".xlsx", ".csv")


def _files() -> list[Path]:
    found = [p for d in (DATA / "corpus", DATA / "unseen") for p in sorted(d.iterdir())]
    found += sorted(SEEDS.glob("*.txt"))
    return [p for p in found if p.suffix in SUFFIXES]


def _item(item: Any) -> dict[str, Any]:
    return {
        "path": item.path,
        "where": None if item.where is None else [item.where.id, item.where.en],
        "source": item.source,
        "question": [item.question.id, item.question.en],
        "read": item.read,
        "covers": list(item.covers),
        "settles": list(item.settles),
    }


def _refused(exc: Exception) -> dict[str, Any]:
    from uji_konsekuensi.i18n import language

    out = {}
    for lang in ("id", "en"):
        with language(lang):  # type: ignore[arg-type]
            out[lang] = exc.render() if hasattr(exc, "render") else repr(exc)
    return {"refused": out}


def _whole(path: Path, answers: Path | None = None) -> dict[str, Any]:
    """What `sop import FILE --agency-folder X --report R --questions Q` writes."""
    from uji_konsekuensi.cli.sop import questions_file
    from uji_konsekuensi.errors import InputError
    from uji_konsekuensi.scaffold.agency_draft import draft_agency
    from uji_konsekuensi.sop.importer import import_sop

    try:
        result = import_sop(path, answers=answers, source=path.name)
    except InputError as exc:
        return _refused(exc)
    try:
        agency = draft_agency(result.data, result.sop, folder_name="contoh", answers=[])
    except InputError as exc:  # agency.json refused for the draft (not the importer's words)
        return {"data": result.data, "review": [_item(i) for i in result.review], **_refused(exc)}
    out: dict[str, Any] = {
        "data": result.data,
        "review": [_item(i) for i in result.review],
        "load_error": result.load_error,
        "agency": agency.data,
    }
    for lang in ("id", "en"):
        out[f"report.{lang}"] = result.report(lang) + agency.report("contoh", lang)
        out[f"questions.{lang}"] = questions_file(result, agency, lang)
    return out


def _layout(rows: list[Any], lines_kept: bool) -> dict[str, Any]:
    """What the layout reader makes of rows: the draft, the review, the report and the
    questions file (without SOP.validate(), which is not the importer's)."""
    from types import SimpleNamespace

    from uji_konsekuensi.cli.sop import questions_file
    from uji_konsekuensi.errors import InputError
    from uji_konsekuensi.sop.importer.layout import read_layout
    from uji_konsekuensi.sop.importer.review import render_report

    try:
        data, review = read_layout(rows, lines_kept=lines_kept)
    except InputError as exc:
        return _refused(exc)
    out: dict[str, Any] = {"data": data, "review": [_item(i) for i in review]}
    result = SimpleNamespace(review=review)
    for lang in ("id", "en"):
        out[f"report.{lang}"] = render_report(source="x", items=review, findings=(), lang=lang)  # type: ignore[arg-type]
        out[f"questions.{lang}"] = questions_file(result, None, lang)  # type: ignore[arg-type]
    return out


# --- mutants of rows ----------------------------------------------------------------------------

#: What a mutant puts into a cell: glyphs, choice words, waktu, labels, signatures, headings.
_INSERTS = (
    "◆",
    "◇",
    "⬭",
    "▭",
    "■",
    "•",
    "✓",
    "◌",
    "apabila",
    "Ya",
    "Tidak",
    "jika disetujui",
    "5 menit",
    "1-2 hari",
    "3 (tiga) hari kerja",
    "10 HK",
    "Disahkan oleh",
    "NIP 1980",
    "Dasar Hukum",
    "Nomor SOP : SOP-01",
    "Nama SOP",
    "Peringatan",
    "1. satu 2. dua",
    "3. tiga 4. empat",
    "<u>Nama</u>",
    "Kepala Dinas  Budi",
    "Kepala (Budi)",
    "Kepala\nBudi\nPembina",
    "PPID",
    "Atasan PPID",
    "Pemohon",
    "Tim Pertimbangan",
    "Bidang Umum",
    "Jl. Merdeka 1",
    "PEMERINTAH X",
    "Kelengkapan",
    "Waktu",
    "Output",
    "Kegiatan",
    "Keterangan",
    "12",
    "7.",
    "",
    "a\nb",
    "x  y",
    "Kepala\nPembina",
    "PEMERINTAH X\n\nDINAS Y",
    "lihat",
)


def _mutate_rows(rows: list[Any], rnd: random.Random) -> list[Any]:
    rows = list(rows)
    for _ in range(rnd.randint(1, 4)):
        if not rows:
            break
        i = rnd.randrange(len(rows))
        row = rows[i]
        op = rnd.randrange(10)
        cells = list(row.cells)
        if op == 0:
            del rows[i]
        elif op == 1:
            rows.insert(i, row)
        elif op == 2 and i + 1 < len(rows):
            rows[i], rows[i + 1] = rows[i + 1], rows[i]
        elif op in (3, 4) and cells:
            k = rnd.randrange(len(cells))
            cells[k] = rnd.choice(_INSERTS) if op == 3 else f"{cells[k]} {rnd.choice(_INSERTS)}"
            rows[i] = attrs.evolve(row, cells=tuple(cells))
        elif op == 5 and cells:
            k = rnd.randrange(len(cells))
            rows[i] = attrs.evolve(row, cells=(*cells[:k], "", *cells[k:]))
        elif op == 6 and cells:
            k = rnd.randrange(len(cells))
            rows[i] = attrs.evolve(row, cells=tuple(cells[:k] + cells[k + 1 :]))
        elif op == 7:
            rows.insert(i, attrs.evolve(row, cells=(rnd.choice(_INSERTS),)))
        elif op == 8 and cells:
            k = rnd.randrange(len(cells))
            cells[k] = "\n".join(cells[k].split(" ", 2))
            rows[i] = attrs.evolve(row, cells=tuple(cells))
        elif op == 9 and cells:
            k = rnd.randrange(len(cells))
            cells[k] = f"{rnd.choice(_INSERTS)} {cells[k]}"  # a label no longer at its start
            rows[i] = attrs.evolve(row, cells=tuple(cells))
    return rows


#: Signature cells of "Disahkan oleh", put into each seed's identity block: every way the
#: cell may show (or not show) where the name is.
_SIGNATURES = (
    "Kepala\nPembina",
    "Kepala",
    "",
    ":",
    "Kepala <u>Budi</u> NIP 1",
    "Kepala <u>Budi</u>",
    "<u>Budi</u>",
    "Kepala (Budi) NIP. 1980",
    "Kepala (Budi)",
    "(Budi)",
    "Kepala  Budi",
    "Kepala  Budi  NIP 19800101",
    "Kepala\nBudi",
    "Kepala\nBudi\nPembina Utama",
    "Kepala Dinas\nBagian\nBudi\nPenata",
    "Kepala\nBudi\nNIP 1980",
    "Kepala\n\nPembina",
    "Pembina\nPenata",
    "NIP 1980",
    "Kepala ()",
)


def _signed(rows: list[Any], signature: str) -> list[Any]:
    """The rows with the cell after "Disahkan oleh" replaced (rows without one unchanged)."""
    out = []
    for row in rows:
        cells = list(row.cells)
        at = next((k for k, c in enumerate(cells) if "disahkan" in c.casefold()), None)
        if at is not None and at + 1 < len(cells):
            k = at + 2 if cells[at + 1].strip() == ":" and at + 2 < len(cells) else at + 1
            cells[k] = signature
            row = attrs.evolve(row, cells=tuple(cells))
        out.append(row)
    return out


def _mutate_text(text: str, rnd: random.Random) -> str:
    lines = text.splitlines()
    for _ in range(rnd.randint(1, 4)):
        if not lines:
            break
        i = rnd.randrange(len(lines))
        op = rnd.randrange(5)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2 and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif op == 3:
            words = lines[i].split(" ")
            j = rnd.randrange(len(words))
            words.insert(j, rnd.choice(_INSERTS).replace("\n", " "))
            lines[i] = " ".join(words)
        else:
            lines[i] = lines[i].replace("\t", "\t\t", 1)
    return "\n".join(lines) + "\n"


def _mutate_csv(text: str, rnd: random.Random) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    for _ in range(rnd.randint(1, 3)):
        i = rnd.randrange(len(rows))
        if not rows[i] or rows[i][0].startswith("["):
            continue
        k = rnd.randrange(len(rows[i]))
        rows[i][k] = rnd.choice(("", "x", "keputusan", "kapsul", "99", "selesai", "PPID", "-"))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _inputs(mutants: int, work: Path) -> Iterator[tuple[str, Callable[[], dict[str, Any]]]]:
    from uji_konsekuensi.agency import get_agency
    from uji_konsekuensi.sop.importer.grid import read_docx_rows, read_pdf_rows, read_text_rows
    from uji_konsekuensi.sop.importer.template import write_template

    files = _files()
    for path in files:
        yield str(path.relative_to(ROOT)), lambda p=path: _whole(p)
    yield (
        "corpus/uji.txt + answers",
        lambda: _whole(DATA / "corpus/uji.raw.txt", DATA / "corpus/answers/uji.json"),
    )
    for seed in sorted(SEEDS.glob("*.txt")):
        answers = DATA / "answers" / f"{seed.stem}.json"
        if answers.is_file():
            yield f"{seed.name} + answers", lambda s=seed, a=answers: _whole(s, a)
    templates = []
    for code in ("kasn", "kalbar", "kalteng", "kutai-timur"):
        for suffix in (".xlsx", ".csv"):
            target = work / f"{code}{suffix}"
            write_template(target, get_agency(code).get_sop(None))
            templates.append(target)
            yield f"template {code}{suffix}", lambda t=target: _whole(t)
    readers = {".docx": read_docx_rows, ".pdf": read_pdf_rows, ".txt": read_text_rows}
    bases = []
    for path in files:
        if path.suffix in readers:
            try:
                bases.append((path, readers[path.suffix](path)))
            except Exception:  # a refused file has no rows to mutate
                continue
    for path, rows in bases:
        for k, signature in enumerate(_SIGNATURES):
            signed = _signed(rows, signature)
            yield (
                f"signature {k} {path.name}",
                lambda m=signed, p=path: _layout(m, p.suffix in (".docx", ".pdf")),
            )
    texts = [p for p in files if p.suffix == ".txt"]
    csvs = [t for t in templates if t.suffix == ".csv"]
    for n in range(mutants):
        rnd = random.Random(n)
        kind = n % 5
        if kind < 3:
            path, rows = bases[rnd.randrange(len(bases))]
            mutant = _mutate_rows(rows, rnd)
            yield (
                f"rows {n} {path.name}",
                lambda m=mutant, p=path: _layout(m, p.suffix in (".docx", ".pdf")),
            )
        elif kind == 3:
            path = texts[rnd.randrange(len(texts))]
            target = work / f"m{n}.txt"
            target.write_text(_mutate_text(path.read_text("utf-8"), rnd), "utf-8")
            yield f"text {n} {path.name}", lambda t=target: _whole(t)
        else:
            path = csvs[rnd.randrange(len(csvs))]
            target = work / f"m{n}.csv"
            target.write_text(_mutate_csv(path.read_text("utf-8"), rnd), "utf-8")
            yield f"csv {n} {path.name}", lambda t=target: _whole(t)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--mutants", type=int, default=2000)
    args = parser.parse_args(argv)
    import uji_konsekuensi

    print(f"uji_konsekuensi from {uji_konsekuensi.__file__}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp, open(args.out, "w", encoding="utf-8") as out:
        count = 0
        for name, run in _inputs(args.mutants, Path(tmp)):
            try:
                output = run()
            except Exception as exc:  # an internal error is an output too
                output = {"crash": f"{type(exc).__name__}: {exc}"}
                print(f"{name}: {output['crash']}", file=sys.stderr)
            result = json.dumps(output, ensure_ascii=False, default=str)
            result = result.replace(tmp, "TMP")
            digest = hashlib.sha256(result.encode()).hexdigest()
            out.write(json.dumps({"input": name, "sha256": digest, "output": result}) + "\n")
            count += 1
    print(f"{count} inputs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
