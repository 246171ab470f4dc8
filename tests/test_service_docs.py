"""Every example of docs/service.md runs, and what its comment says is checked.

A line of a ``sh`` block that starts with ``curl``, ``uji-konsekuensi`` or ``python3`` is run
with bash (``uji-konsekuensi serve`` excepted: the test starts the service itself, on a free
loopback port that replaces 127.0.0.1:8421). A comment ``# -> 200 TEXT`` says the HTTP status
and a text the answer contains; ``# -> exit N TEXT`` the exit code and a text of the output.
The ``php`` snippets of docs/service.md and README.md run with php-cli, and each ``echo`` line
prints what its ``//`` comment says.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("starlette")


ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "service.md"
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)


def examples() -> list[str]:
    lines = []
    for block in BLOCK.findall(DOC.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith(("curl ", "uji-konsekuensi ", "python3 ")) and not line.startswith(
                "uji-konsekuensi serve"
            ):
                lines.append(line)
    return lines


EXAMPLES = examples()


@pytest.fixture(scope="module")
def url(default_service: str) -> str:
    return default_service


def test_the_doc_has_examples() -> None:
    """The page has checked examples of the service and of the command line."""
    assert sum(line.startswith("curl ") for line in EXAMPLES) >= 10
    assert sum("# -> exit" in line for line in EXAMPLES) >= 3


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_examples_run_as_documented(url: str, tmp_path: Path) -> None:
    """Each example gives the status or exit code and the text its comment states."""
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    env = {k: v for k, v in os.environ.items() if k != "UJI_KONSEKUENSI_LANG"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    for line in EXAMPLES:
        command, _, comment = line.partition("# ->")
        command = command.strip().replace("http://127.0.0.1:8421", url)
        expected = comment.strip()
        if command.startswith("curl "):
            command += " -w '\\n%{http_code}'"
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if not expected:
            assert done.returncode == 0, (line, done.stderr)
            continue
        if command.startswith("curl "):
            body, _, status = done.stdout.rpartition("\n")
            want_status, _, text = expected.partition(" ")
            assert status == want_status, (line, done.stdout[-500:])
        else:
            body = done.stdout + done.stderr
            word, code, *rest = expected.split(" ", 2)
            assert word == "exit" and done.returncode == int(code), (line, body[-500:])
            text = rest[0] if rest else ""
        assert text.strip() in body, (line, text, body[-800:])
    assert (tmp_path / "penolakan.pdf").read_bytes().startswith(b"%PDF-")


PHP_BLOCK = re.compile(r"^```php\n(.*?)^```", re.MULTILINE | re.DOTALL)


def php_snippets() -> list[tuple[str, str]]:
    """The PHP snippets of docs/service.md and README.md (which shows the PHP client)."""
    out = []
    for page in (DOC, ROOT / "README.md"):
        for block in PHP_BLOCK.findall(page.read_text(encoding="utf-8")):
            out.append((page.name, block))
    return out


@pytest.mark.skipif(shutil.which("php") is None, reason="php-cli is not installed")
@pytest.mark.parametrize(("page", "code"), php_snippets(), ids=lambda v: v if ".md" in v else "")
def test_php_snippet_prints_what_its_comments_say(
    url: str, tmp_path: Path, page: str, code: str
) -> None:
    """Each `echo` line's `// comment` is the line it prints, in order (the service runs with
    a token, the letter is written to the temporary directory)."""
    expected = [
        line.partition("//")[2].strip()
        for line in code.splitlines()
        if "echo" in line and "//" in line
    ]
    assert expected, f"{page}: a PHP snippet without expected output"
    script = tmp_path / "snippet.php"
    script.write_text("<?php\n" + code, encoding="utf-8")
    env = {**os.environ, "UJI_KONSEKUENSI_URL": url, "TMPDIR": str(tmp_path)}
    env.pop("UJI_KONSEKUENSI_TOKEN", None)
    done = subprocess.run(
        ["php", str(script)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == expected
    for name in expected:
        if name.endswith(".pdf"):
            assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
