"""The example clients (examples/php, examples/js) against a real service: they compute a notice
deadline, check a case, download a refusal letter and show an input error, and print exactly
what their comments say. The service runs with a token, as it would beyond loopback."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")

from uji_konsekuensi.service.testing import running_service

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "token-for-the-example-clients-42"
LETTER = "penolakan-BKPSDM-KUTIM-PPID-2025-031.pdf"

EXPECTED = [
    "Tenggat pemberitahuan: 2025-04-17 (UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 34)",
    "Hari tidak dihitung: 13",
    "Kasus DISKOMINFO-KALBAR/PPID/2025/045: compliant",
    "Kasus DISKOMINFO-KALBAR/PPID/2025/045/KALBAR-LATE-NOTICE: not_compliant case.notice.late",
    f"Surat penolakan: {LETTER} (application/pdf)",
    "Masalah 422 pada start: tanggal tidak ada dalam kalender",
]


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_service(env={"UJI_KONSEKUENSI_TOKEN": TOKEN}) as base:
        yield base


def run_client(command: list[str], url: str, out: Path) -> list[str]:
    env = {**os.environ, "UJI_KONSEKUENSI_URL": url, "UJI_KONSEKUENSI_TOKEN": TOKEN}
    done = subprocess.run(
        [*command, str(out)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout.splitlines()


def assert_letter(path: Path) -> None:
    from pypdf import PdfReader

    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "PENOLAKAN" in text.upper()


@pytest.mark.skipif(shutil.which("php") is None, reason="php-cli is not installed")
def test_php_client(url: str, tmp_path: Path) -> None:
    """examples/php/example.php prints the deadline, the verdicts, the letter and the problem."""
    lines = run_client(["php", "examples/php/example.php"], url, tmp_path)
    assert lines == EXPECTED
    assert_letter(tmp_path / LETTER)


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_js_client(url: str, tmp_path: Path) -> None:
    """examples/js/example.mjs (built-in fetch) prints the same as the PHP client."""
    lines = run_client(["node", "examples/js/example.mjs"], url, tmp_path)
    assert lines == EXPECTED
    assert_letter(tmp_path / LETTER)


@pytest.mark.skipif(shutil.which("php") is None, reason="php-cli is not installed")
def test_php_client_without_the_token_gets_401(url: str, tmp_path: Path) -> None:
    """Without the token the PHP client gets the service's 401 as an exception (exit 255)."""
    env = {**os.environ, "UJI_KONSEKUENSI_URL": url}
    env.pop("UJI_KONSEKUENSI_TOKEN", None)
    done = subprocess.run(
        ["php", "examples/php/example.php", str(tmp_path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "Token diperlukan" in done.stdout + done.stderr
