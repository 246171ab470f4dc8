"""Screenshots of the installed agencies' SOP flowcharts, for the documentation.

    python tools/screenshots.py docs/img [--agency kalbar ...] [--force]

Renders each agency's SOP page (`render_sop_html`) without the transcription notes, opens it in
headless Chromium and saves ``sop-<agency>.png``. No drawing program is involved: the picture is
exactly what a PPID sees when opening the HTML page. Chromium is looked up on the PATH
(``chromium``, ``chromium-browser``) or given with ``--chromium``.
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
from uji_konsekuensi.documents.flowchart.layout import layout
from uji_konsekuensi.documents.sop_page import chart_from_sop, render_sop_html

#: Flags that work in a container without a display, a sandbox or network access.
CHROMIUM_FLAGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)

_PX_PER_MM = 96 / 25.4  # CSS pixels per millimetre
_IDENTITY_MM = 190.0  # room for the identity part (at most one landscape page)
_PAGE_EXTRA_MM = 14.0  # heading above each flowchart page and the gap between pages
_WIDTH_PX = 1200  # an A4 landscape sheet (297 mm = 1123 px) and a little margin


def strip_notes(html: str) -> str:
    """The page without its "Catatan transkripsi" section (it is long, and not the chart)."""
    marker = '<section class="notes-part'
    if marker not in html:
        return html
    start = html.index(marker)
    end = html.index("</section>", start) + len("</section>")
    return html[:start] + html[end:]


def screenshot(
    html: str, target: Path, *, height_px: int, chromium: str, scale: float = 1.5
) -> bytes:
    """Render ``html`` in headless Chromium and return the PNG bytes."""
    with tempfile.TemporaryDirectory(prefix="uji-shot-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        shot = Path(tmp) / target.name
        done = subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--force-device-scale-factor={scale}",
                f"--window-size={_WIDTH_PX},{height_px}",
                f"--screenshot={shot}",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0 or not shot.exists():
            raise RuntimeError(f"chromium failed ({done.returncode}): {done.stderr[-1000:]}")
        return shot.read_bytes()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tools/screenshots.py",
        description="Screenshots of each installed agency's SOP flowchart page.",
    )
    parser.add_argument("outdir", type=Path, help="directory for sop-<agency>.png")
    parser.add_argument("--agency", action="append", help="only this agency (repeatable)")
    parser.add_argument("--chromium", help="path of the Chromium executable")
    parser.add_argument("--force", action="store_true", help="overwrite existing images")
    args = parser.parse_args(argv)

    chromium = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not found; install it or pass --chromium PATH", file=sys.stderr)
        return 2
    from uji_konsekuensi.agency import agencies

    installed = agencies()
    codes = args.agency or sorted(installed)
    unknown = [c for c in codes if c not in installed]
    if unknown:
        print(f"unknown agencies: {', '.join(unknown)}", file=sys.stderr)
        return 2
    args.outdir.mkdir(parents=True, exist_ok=True)
    for code in codes:
        agency = installed[code]
        for sop in agency.sops:
            pages = layout(chart_from_sop(sop)).pages
            height_mm = _IDENTITY_MM + sum(p.height + _PAGE_EXTRA_MM for p in pages)
            suffix = "" if len(agency.sops) == 1 else f"-{agency.sops.index(sop) + 1}"
            target = args.outdir / f"sop-{code}{suffix}.png"
            png = screenshot(
                strip_notes(render_sop_html(sop, agency)),
                target,
                height_px=int(height_mm * _PX_PER_MM) + 60,
                chromium=chromium,
            )
            write_output(target, png, force=args.force)
            print(f"{target} ({len(png) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
