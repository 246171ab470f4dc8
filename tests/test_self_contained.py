"""The repository is self-contained: every source the code, docs and tests cite is inside it.

The facts the library relies on live in docs/sources/ (law.md, peer-systems.md, the seed SOP texts).
A reference to a file a user or contributor does not have (a path of the machine the project was
built on, the shared folder beside the repository and its seed texts, the old reference files of
the law and of the peer systems that came before docs/sources/) is a broken citation; so is a
citation of a docs/sources/law.md section that does not exist.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from uji_konsekuensi.calendar import STATUTORY_DEADLINES

ROOT = Path(__file__).resolve().parents[1]
LAW = ROOT / "docs" / "sources" / "law.md"
SOURCES = ROOT / "docs" / "sources"
#: What is scanned: the code, docs, plugins, examples, tests, benchmarks and the README.
SCANNED = ("src", "docs", "plugins", "examples", "tests", "benchmarks", "README.md")
_SKIPPED_PARTS = {".venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build"}

# --- what a reference outside the repository looks like ----------------------------------------

# The forbidden names are built from parts, so that this file does not itself name them (a search
# of the repository for references outside it finds none here either).
SHARED = ".." + "/shared"
SHARED_SEEDS = "shared" + "/seeds"
WORK = "/wo" + "rk/"
LEGAL = "legal" + ".md"
PEERS = "peers" + ".md"

#: Paths that are outside the repository wherever they are written.
_OUTSIDE = re.compile(
    "|".join(
        [re.escape(WORK), re.escape(SHARED), re.escape(SHARED_SEEDS)]
        + [rf"\b{re.escape(name)}\b" for name in (LEGAL, PEERS)]
    )
)
#: A file name that must resolve inside the repository: the sources' pages and seed texts
#: (law.md only as sources/law.md: docs/law.md is another page, and tests build paths to it).
_NAMED = re.compile(r"[\w./-]*(?:\bpeer-systems\.md|sources/law\.md|\bseeds/[\w*.-]+\.txt)")


def outside_references(text: str, where: Path) -> list[str]:
    """The references in ``text`` (of the file ``where``) that point outside the repository.

    A name such as ``peer-systems.md`` counts as inside when it resolves from the repository root or
    from the file's own folder (a relative Markdown link); anything else is outside.
    """
    found: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in _OUTSIDE.finditer(line):
            found.append(f"{number}: {match.group(0)!r} in {line.strip()!r}")
        for match in _NAMED.finditer(line):
            if not _resolves_inside(match.group(0), where):
                found.append(f"{number}: {match.group(0)!r} in {line.strip()!r}")
    return found


def _resolves_inside(name: str, where: Path) -> bool:
    """Whether ``name`` is a file of the repository, read from its root or from ``where``."""
    for base in (ROOT, where.parent):
        candidate = (base / name).resolve()
        if candidate.is_file() and candidate.is_relative_to(ROOT):
            return True
    return False


def _scanned_files() -> Iterator[Path]:
    """The tracked text files under SCANNED (every file there when git is not available)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", *SCANNED],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        paths = [ROOT / p for p in listed.split("\0") if p]
    except (OSError, subprocess.CalledProcessError):
        paths = []
        for top in SCANNED:
            paths += sorted((ROOT / top).rglob("*")) if (ROOT / top).is_dir() else [ROOT / top]
    for path in paths:
        if not path.is_file() or _SKIPPED_PARTS & set(path.relative_to(ROOT).parts):
            continue
        if path == Path(__file__).resolve():
            continue  # this file spells the forbidden patterns out
        try:
            path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images and other binary files cite nothing
        yield path


# --- the sections of docs/sources/law.md and the citations of them ------------------------------

_HEADING = re.compile(r"^#{2,4}\s+(\d+(?:\.\d+)?)\.?\s", re.MULTILINE)
_NUMBER = r"\d+(?:\.\d+)?"
#: "docs/sources/law.md §5.4", "`docs/sources/law.md` §3.3 and §6", "law.md section 7, point 9",
#: "law.md 1.3-1.5", "[docs/sources/law.md](sources/law.md) §4": the section numbers written
#: right after the file name.
_CITATION = re.compile(
    rf"docs/sources/law\.md(?:`|\]\([^)]*\))?(?P<tail>(?:[\s,;]*(?:and|dan|or|sections?|§|-)?\s*§?\s*{_NUMBER}"
    rf"(?![\w/]))+)"
)
#: Inside docs/sources/ a bare "§5.4" is a section of law.md.
_BARE = re.compile(rf"§\s*({_NUMBER})")


def law_sections(text: str) -> set[str]:
    """The section numbers of law.md: "0", "1", "1.1", … from its headings."""
    return set(_HEADING.findall(text))


def cited_sections(text: str, inside_sources: bool = False) -> list[str]:
    """The law.md section numbers ``text`` cites (with the bare "§N" of docs/sources pages)."""
    cited = [n for m in _CITATION.finditer(text) for n in re.findall(_NUMBER, m.group("tail"))]
    if inside_sources:
        cited += _BARE.findall(text)
    return cited


def _law_text() -> str:
    return LAW.read_text(encoding="utf-8")


def _section(number: str) -> str:
    """The body of one section of law.md, up to the next heading of the same or a higher level."""
    text = _law_text()
    start = re.search(rf"^(#+)\s+{re.escape(number)}\.?\s.*$", text, re.MULTILINE)
    assert start is not None, f"no section {number}"
    level = len(start.group(1))
    end = re.compile(rf"^#{{1,{level}}}\s", re.MULTILINE).search(text, start.end())
    return text[start.end() : end.start() if end else len(text)]


# --- the tests ------------------------------------------------------------------------------------


def test_no_reference_points_outside_the_repository() -> None:
    """No tracked text file in src, docs, plugins, examples, tests, benchmarks or the README names
    a path outside the repository (the build machine's paths, the shared folder beside it and its
    seed texts, the old law notes) or a peer notes file,
    sources/law.md or seeds/*.txt that does not resolve to a file in the repository."""
    problems = [
        f"{path.relative_to(ROOT)}:{found}"
        for path in _scanned_files()
        for found in outside_references(path.read_text(encoding="utf-8"), path)
    ]
    assert problems == []


def test_every_cited_law_section_exists() -> None:
    """Every "docs/sources/law.md §N.N" cited anywhere (and every "§N.N" inside docs/sources)
    names a section that exists in docs/sources/law.md."""
    sections = law_sections(_law_text())
    missing: dict[str, list[str]] = {}
    elsewhere = 0
    for path in _scanned_files():
        inside = path.is_relative_to(SOURCES)
        cited = cited_sections(path.read_text(encoding="utf-8"), inside_sources=inside)
        elsewhere += 0 if inside else len(cited)
        if bad := sorted(set(cited) - sections):
            missing[str(path.relative_to(ROOT))] = bad
    assert missing == {}
    assert elsewhere >= 20  # the scan does find the code's and docs' citations of the law page


def test_law_keeps_the_section_numbers_the_code_cites() -> None:
    """law.md has the sections §0-§8 with the subsections the citations rely on."""
    expected = {"0", "1", "2", "3", "4", "5", "6", "7", "8"}
    expected |= {f"1.{i}" for i in range(1, 9)} | {f"2.{i}" for i in range(1, 4)}
    expected |= {f"3.{i}" for i in range(1, 7)} | {f"5.{i}" for i in range(1, 5)}
    assert law_sections(_law_text()) == expected


def test_the_deadline_table_holds_every_statutory_deadline() -> None:
    """law.md §6 has a row for each deadline the calendar computes, with its amount."""
    table = _section("6")
    for deadline in STATUTORY_DEADLINES:
        row = next((r for r in table.splitlines() if r.startswith(f"| `{deadline.code}` |")), None)
        assert row is not None, deadline.code
        assert re.search(rf"\b{deadline.amount}\b", row), (deadline.code, deadline.amount)


def test_the_time_zone_section_names_the_zones_the_plugins_use() -> None:
    """law.md §5.4 names the zones of the four agencies (Kalbar and Kalteng in Asia/Pontianak)."""
    section = _section("5.4")
    for name in ("Keppres 41/1987", "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar"):
        assert name in section


def test_every_seed_text_is_described_in_the_sources_index() -> None:
    """docs/sources/README.md lists each seed SOP text, and each one it lists exists."""
    index = (SOURCES / "README.md").read_text(encoding="utf-8")
    seeds = sorted(p.name for p in (SOURCES / "seeds").glob("*.txt"))
    assert seeds == ["kalbar.txt", "kalteng.txt", "kasn.txt", "kutai-timur.txt"]
    listed = sorted(set(re.findall(r"\(seeds/([\w-]+\.txt)\)", index)))
    assert listed == seeds


@pytest.mark.parametrize(
    ("text", "where", "outside"),
    [
        (f"# Keppres 41/1987; {LEGAL} §5.4", "src/uji_konsekuensi/x.py", True),
        (f"the portals that lose a day to UTC, {PEERS})", "src/uji_konsekuensi/x.py", True),
        (f'SEEDS = Path("{WORK}{SHARED_SEEDS}")', "tests/test_x.py", True),
        (f"copied from the seed text ({SHARED_SEEDS}/000_*.txt)", "plugins/kasn/tests/t.py", True),
        (f"see {SHARED}/reference", "docs/x.md", True),
        ("seeds/kasn-2020.txt", "docs/sources/README.md", True),
        ("# Keppres 41/1987; docs/sources/law.md §5.4", "src/uji_konsekuensi/x.py", False),
        ("(docs/sources/peer-systems.md)", "src/uji_konsekuensi/x.py", False),
        ("[peer-systems.md](peer-systems.md)", "docs/sources/README.md", False),
        ("the seed text (docs/sources/seeds/kasn.txt)", "plugins/kasn/tests/t.py", False),
        ("see docs/law.md", "README.md", False),
        ("docs/sources/law.md §2.3", "docs/x.md", False),
        ("src/sources/law.md §2.3", "docs/x.md", True),
        ("[law](sources/law.md)", "docs/law.md", False),
    ],
)
def test_outside_references_are_recognised(text: str, where: str, outside: bool) -> None:
    """The scan flags each kind of outside reference and accepts the same ones made inside."""
    assert bool(outside_references(text, ROOT / where)) is outside


def test_citations_are_read_with_all_their_sections() -> None:
    """Ranges, lists and "section" forms give every number they name; other §s are not read."""
    assert cited_sections("(docs/sources/law.md §5.4)") == ["5.4"]
    assert cited_sections("docs/sources/law.md 1.3-1.5, 2.3)") == ["1.3", "1.5", "2.3"]
    assert cited_sections("`docs/sources/law.md` §3.3 and §6.") == ["3.3", "6"]
    assert cited_sections("[docs/sources/law.md](sources/law.md) §4).") == ["4"]
    assert cited_sections("docs/sources/law.md section 7, point 9") == ["7"]
    assert cited_sections("docs/sources/law.md §9.9") == ["9.9"]
    assert cited_sections("PERKI 1/2021 §3.3") == []
    assert cited_sections("PERKI 1/2021 §3.3", inside_sources=True) == ["3.3"]
