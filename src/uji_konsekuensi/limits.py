"""The documented limits of every input the library accepts (docs/case.md, "Limits").

Kept in one bottom-layer module so that the JSON reader, the converter, the calendar, the command
line and the service enforce the same numbers, and the docs can quote them from one place.
"""

from __future__ import annotations

#: Years the working calendar covers: the `holidays` data for Indonesia starts in 1946, and its
#: lunar tables (Idul Fitri, Imlek, ...) reach 2100. A date outside is refused where it is read,
#: rather than counted without its holidays or overflowing deep inside a rule.
FIRST_YEAR = 1946
LAST_YEAR = 2100

#: Deepest nesting of arrays and objects accepted (a case file needs about eight levels).
MAX_DEPTH = 64
#: Largest integer accepted, in absolute value: 2**53 - 1, the largest integer JavaScript (and so
#: a portal's front end) reads exactly.
MAX_SAFE_INTEGER = 2**53 - 1
#: Longest text accepted, in characters (a Lembar's longest cell is a few thousand).
MAX_TEXT = 100_000

#: Largest input file (or standard input) read, in bytes: 16 MiB. A real case file is a few
#: kilobytes (the 10,000 generated cases of benchmarks/bench_check.py average 6.8 KiB) and the
#: largest Lembar one could write, 2,000 rows of a few thousand characters each, stays under
#: 16 MiB; parsed, 16 MiB of JSON takes a few hundred MB of Python objects, which a 2 GB server
#: survives. Reading stops at the limit plus one byte, so a larger file (or /dev/zero) costs
#: 16 MiB at most. Text given in Python (``loads_case``, ``loads_sop``, ``converter.loads``) is
#: held to the same cap, in UTF-8 bytes, before it is parsed (`jsonio.check_size`). A
#: deployment that checks larger JSON Lines batches raises it with
#: ``UJI_KONSEKUENSI_MAX_INPUT_BYTES`` (bytes) or splits the batch.
MAX_INPUT_BYTES = 16 * 1024 * 1024
#: Environment variable that replaces `MAX_INPUT_BYTES` (a whole number of bytes).
MAX_INPUT_BYTES_ENV = "UJI_KONSEKUENSI_MAX_INPUT_BYTES"

#: Archives (DOCX, XLSX) given to ``sop import``: at most this many bytes once unpacked, this many
#: entries, and this ratio of unpacked to packed size for the whole archive. A real SOP document
#: unpacks to a few MB in some dozens of entries, and text compresses about 5 to 20 times; a zip
#: bomb compresses 1,000 times or more.
MAX_ARCHIVE_UNPACKED = 100 * 1024 * 1024
MAX_ARCHIVE_ENTRIES = 2_000
MAX_ARCHIVE_RATIO = 100

#: Rows a document renders: the rows of every Lembar (consequence-test rows) and tested items
#: it prints, summed. DOCX and PDF are linear in rows (benchmarks/README.md, bench_render.py;
#: the PDF's one superlinear cost, pydyf's page references rebuilt for every tagged element, is
#: memoized in documents/pdf.py), but a PDF of KASN's Lembar costs about 0.1 s of CPU and half
#: a MB of memory per row (WeasyPrint keeps every laid-out page until it writes the file), so
#: 1,000 rows are some two minutes and 450 MB: the most a server should give one request, which
#: is what bounds the default, not the shape of the cost. No Lembar the law asks for comes
#: near (a Lembar records one test, PERKI 1/2021 Pasal 49). `DocumentSettings.max_rows` or
#: ``UJI_KONSEKUENSI_MAX_DOCUMENT_ROWS`` changes it for a deployment.
MAX_DOCUMENT_ROWS = 1_000
#: Characters a template may write for one document (32 million: 1,000 rows of 30,000
#: characters each); beyond it the template is refused as broken.
MAX_TEMPLATE_OUTPUT = 32_000_000
#: Iterations of all the loops of one template rendering and its calls, summed (a Lembar of
#: 1,000 rows needs some tens of thousands), and the largest ``range()`` a template may ask for.
MAX_TEMPLATE_LOOPS = 2_000_000
MAX_TEMPLATE_RANGE = 100_000


def max_input_bytes(environ: dict[str, str] | None = None) -> int:
    """`MAX_INPUT_BYTES`, or the whole number of bytes in ``UJI_KONSEKUENSI_MAX_INPUT_BYTES``
    (a value that is not a positive whole number is ignored: the safe default stays)."""
    import os

    env = os.environ if environ is None else environ
    raw = env.get(MAX_INPUT_BYTES_ENV, "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return MAX_INPUT_BYTES
