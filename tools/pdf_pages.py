"""Pictures of the PDF documents for the documentation: one page per document kind.

    python tools/pdf_pages.py docs/img [--force]

Renders each document of `PAGES` from the agency examples to PDF (`render_document(...,
"pdf")`), rasterises the chosen page with Poppler's ``pdftoppm`` (Debian package poppler-utils)
and writes ``doc-<name>.png``. The picture is the PDF a requester receives, drawn by another
PDF reader than the one that wrote it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from uji_konsekuensi.documents import write_output
from uji_konsekuensi.documents.render import render_document
from uji_konsekuensi.documents.sources import load_source

ROOT = Path(__file__).resolve().parents[3]

#: (image name, example case, document, page): one page per document kind.
PAGES: tuple[tuple[str, str, str, int], ...] = (
    ("lembar", "kasn", "lembar", 1),
    ("penetapan", "kalteng", "penetapan", 1),
    ("keputusan-kasn", "kasn", "sk-klasifikasi", 2),
    ("penolakan-kalbar", "kalbar", "surat-penolakan", 1),
    # Its second page: the date line in the office's city ("Pontianak, ..."), the signature.
    ("penolakan-kalbar-2", "kalbar", "surat-penolakan", 2),
    ("dik", "kalteng", "dik", 1),
    ("dip", "kalteng", "dip", 1),
)


def rasterise(pdf: bytes, page: int, *, dpi: int = 60, pdftoppm: str = "pdftoppm") -> bytes:
    """The PNG of one page of a PDF, drawn by pdftoppm."""
    with tempfile.TemporaryDirectory(prefix="uji-pdf-") as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        prefix = Path(tmp) / "page"
        subprocess.run(
            [pdftoppm, "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
             str(source), str(prefix)],
            check=True,
            capture_output=True,
            timeout=120,
        )  # fmt: skip
        return prefix.with_suffix(".png").read_bytes()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tools/pdf_pages.py",
        description="One PNG page per document kind, from the PDF of the agency examples.",
    )
    parser.add_argument("outdir", type=Path, help="directory for doc-<name>.png")
    parser.add_argument("--cases", type=Path, default=ROOT / "examples" / "cases")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--force", action="store_true", help="overwrite existing images")
    args = parser.parse_args(argv)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found; install poppler-utils", file=sys.stderr)
        return 2
    args.outdir.mkdir(parents=True, exist_ok=True)
    for name, case, kind, page in PAGES:
        pdf = render_document(kind, load_source(args.cases / f"{case}.case.json"), "pdf")
        assert isinstance(pdf, bytes)
        png = rasterise(pdf, page, dpi=args.dpi, pdftoppm=pdftoppm)
        target = args.outdir / f"doc-{name}.png"
        write_output(target, png, force=args.force)
        print(f"{target} ({len(png) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
