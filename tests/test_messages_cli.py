"""The command line's catalog (cli/messages.py): keyed by a stable code, both languages naming
the same values, the one place the command modules take their words from; and argparse's own
usage errors in the command line's language (cli/usage.py)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from uji_konsekuensi.cli import main
from uji_konsekuensi.cli import messages as M
from uji_konsekuensi.cli.usage import language_of, translate
from uji_konsekuensi.i18n import Message

CLI = Path(M.__file__).parent
ROOT = CLI.parents[2]
#: Every module of the command line but the catalog itself.
CATALOGUED = tuple(sorted(p.name for p in CLI.glob("*.py") if p.name != "messages.py"))
#: What says something to the person at the terminal: a text, a refusal, a line printed.
SAYS = {
    *("Text", "Problem", "InputError", "one", "CalendarError", "print", "error", "exit"),
    *("_usage", "_problem", "_fail"),  # the modules' own shorthands for a refusal
}
#: Calls whose words are written inline on purpose, by module and call, with the reason.
ALLOWED = {
    # An OutputWriteError says its reason in both languages at once, "adalah direktori / is a
    # directory" (documents/atomic_write.py builds the one message): its words move with it.
    ("sop.py", "OutputWriteError"),
}


def _tree(name: str) -> ast.Module:
    return ast.parse((CLI / name).read_text(encoding="utf-8"), filename=name)


def _words(node: ast.AST) -> bool:
    """A literal with words in it (two words of letters with a space between), or an f-string
    with some: not a path, a format such as "YYYY-MM-DD", a separator such as ", "."""
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(r"[^\W\d_]{2,}\W*\s\W*[^\W\d_]{2,}", node.value) is not None
    )


def _any_word(node: ast.AST) -> bool:
    """Inside a `Text`, which is words by definition, any word counts ("ditulis: {path}"); not a
    language's code ("id", "en")."""
    if isinstance(node, ast.JoinedStr):
        return any(_any_word(part) for part in node.values)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(r"[^\W\d_]{3,}", node.value) is not None
    )


def _by_language(node: ast.IfExp) -> bool:
    """``"..." if en else "..."``: words chosen by the language inline."""
    test = ast.unparse(node.test)
    return test in ("en", "not en", "lang == 'en'", "lang == 'id'") and any(
        _words(n) for n in ast.walk(node)
    )


def inline_words(name: str, tree: ast.Module) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.IfExp) and _by_language(node):
            lines.append(node.lineno)
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if (name, called) in ALLOWED:
            continue
        if called == "OutputWriteError" or called in SAYS:
            # An InputError's first argument is its source ("uji-konsekuensi sop"), no message.
            said = node.args[1:] if called in ("InputError", "one") else node.args
            words = _any_word if called == "Text" else _words
            arguments = [*said, *(k.value for k in node.keywords)]
            if any(words(n) for arg in arguments for n in ast.walk(arg)):
                lines.append(node.lineno)
    return sorted(set(lines))


@pytest.mark.parametrize("name", CATALOGUED)
def test_the_command_modules_write_no_words_inline(name: str) -> None:
    assert inline_words(name, _tree(name)) == [], f"{name}: words written inline"


def test_the_check_finds_words_written_inline() -> None:
    """The check is no formality: each way words used to be written inline is found."""
    written = [
        'raise _usage("tanggal mulai wajib diisi", "a start date is required")',
        'print(Text(id=f"ditulis: {path}", en=f"written: {path}").get())',
        'label = "Days not counted:" if en else "Hari tidak dihitung:"',
        'raise InputError.one(SOURCE, "--x", "tidak dikenal", "unknown", value=x)',
    ]
    for line in written:
        assert inline_words("x.py", ast.parse(line)) == [1], line
    fine = 'raise _problem("--start", M.SAMPLE_DATE_UNREADABLE(), x, "YYYY-MM-DD")'
    assert inline_words("x.py", ast.parse(fine)) == []


def test_every_message_of_the_catalog_is_used() -> None:
    used = {
        n.attr
        for name in CATALOGUED
        for n in ast.walk(_tree(name))
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "M"
    }
    # argparse's messages are used by matching them (usage.py reads USAGE_TEMPLATES).
    used |= {n for n, v in vars(M).items() if v in M.USAGE_TEMPLATES}
    declared = {n for n, v in vars(M).items() if isinstance(v, Message)}
    assert declared - used == set()


# --- argparse's usage errors in the command line's language ------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("argv", "usage", "in_id", "in_en"),
    [
        (
            ["sample", "kasn"],
            "usage: uji-konsekuensi sample",
            "uji-konsekuensi sample: galat: argumen berikut wajib diberikan: --start",
            "uji-konsekuensi sample: error: the following arguments are required: --start",
        ),
        (
            ["sample", "kasn", "--start", "2025-01-06", "--broken", "rusak"],
            "usage: uji-konsekuensi sample",
            "uji-konsekuensi sample: galat: argumen --broken: pilihan tidak sah: 'rusak' "
            "(pilih dari 'late', 'skipped', 'actor')",
            "uji-konsekuensi sample: error: argument --broken: invalid choice: 'rusak' "
            "(choose from 'late', 'skipped', 'actor')",
        ),
        (
            ["due", "2025-01-06", "3", "--bogus", "x"],
            "usage: uji-konsekuensi ",
            "uji-konsekuensi: galat: argumen tidak dikenal: --bogus x",
            "uji-konsekuensi: error: unrecognized arguments: --bogus x",
        ),
        (
            ["sample", "kasn", "--start"],
            "usage: uji-konsekuensi sample",
            "uji-konsekuensi sample: galat: argumen --start: memerlukan satu nilai",
            "uji-konsekuensi sample: error: argument --start: expected one argument",
        ),
        (
            ["sample", "kasn", "--start", "2025-01-06", "--seed", "x"],
            "usage: uji-konsekuensi sample",
            "uji-konsekuensi sample: galat: argumen --seed: nilai int tidak sah: 'x'",
            "uji-konsekuensi sample: error: argument --seed: invalid int value: 'x'",
        ),
        (
            ["due", "2025-01-06", "--deadline", "notice", "--timeline"],
            "usage: uji-konsekuensi due",
            "uji-konsekuensi due: galat: argumen --timeline: tidak boleh dipakai bersama argumen "
            "--deadline",
            "uji-konsekuensi due: error: argument --timeline: not allowed with argument --deadline",
        ),
        (
            ["due", "2025-01-06", "3", "--timeline=ya"],
            "usage: uji-konsekuensi due",
            "uji-konsekuensi due: galat: argumen --timeline: nilai eksplisit 'ya' diabaikan "
            "(opsi ini tidak menerima nilai)",
            "uji-konsekuensi due: error: argument --timeline: ignored explicit argument 'ya'",
        ),
        (
            ["due", "2025-01-06", "3", "--t", "Asia/Jakarta"],
            "usage: uji-konsekuensi due",
            "uji-konsekuensi due: galat: opsi ambigu: --t dapat berarti --timeline, --timezone",
            "uji-konsekuensi due: error: ambiguous option: --t could match --timeline, --timezone",
        ),
        (
            ["nyanyi"],
            "usage: uji-konsekuensi ",
            "uji-konsekuensi: galat: argumen PERINTAH: pilihan tidak sah: 'nyanyi' (pilih dari ",
            "uji-konsekuensi: error: argument PERINTAH: invalid choice: 'nyanyi' (choose from ",
        ),
    ],
    ids=[
        "required",
        "invalid choice",
        "unrecognized",
        "expected one",
        "invalid int",
        "not allowed with",
        "ignored explicit",
        "ambiguous",
        "unknown command",
    ],
)
def test_a_usage_error_is_said_in_the_language_asked_for(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    usage: str,
    in_id: str,
    in_en: str,
) -> None:
    """Bahasa Indonesia by default, English with --lang en (before or after the sub-command)
    or UJI_KONSEKUENSI_LANG=en: exit 2, argparse's usage line kept, the option and the value
    named."""
    monkeypatch.delenv("UJI_KONSEKUENSI_LANG", raising=False)
    said = {
        "id": run(capsys, *argv),
        "en": run(capsys, *argv, "--lang", "en"),
        "en before": run(capsys, "--lang", "en", *argv),
        "en=": run(capsys, *argv, "--lang=en"),
    }
    monkeypatch.setenv("UJI_KONSEKUENSI_LANG", "en")
    said["environment"] = run(capsys, *argv)
    said["id over environment"] = run(capsys, *argv, "--lang", "id")
    for how, (code, out, err) in said.items():
        expected = in_id if how.startswith("id") else in_en
        assert code == 2 and out == "", how
        assert err.startswith(usage), (how, err)
        message = err.splitlines()[-1]
        assert message.startswith(expected), (how, message)
        assert "Traceback" not in err


def test_an_invalid_language_is_refused_in_the_default_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("UJI_KONSEKUENSI_LANG", raising=False)
    code, _, err = run(capsys, "--lang", "fr", "agencies")
    assert code == 2
    assert err.splitlines()[-1] == (
        "uji-konsekuensi: galat: argumen --lang: pilihan tidak sah: 'fr' (pilih dari 'id', 'en')"
    )


def test_help_is_unchanged_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sample", "--help")
    assert code == 0 and out.startswith("usage: uji-konsekuensi sample")


def _filled(template: str, values: dict[str, str]) -> str:
    return template.format_map(values)


@pytest.mark.parametrize("template", M.USAGE_TEMPLATES, ids=lambda m: m.code + m.variant)
def test_every_message_of_argparse_known_is_translated_with_its_values(template: Message) -> None:
    names = {name for _, name, _, _ in string.Formatter().parse(template.en) if name}
    values = {name: f"<{name}>" for name in names}
    if template is M.USAGE_ARGUMENT:
        values["message"] = "expected one argument"
        expected_id = "argumen <name>: memerlukan satu nilai"
    else:
        expected_id = _filled(template.id, values)
    english = _filled(template.en, values)
    assert translate(english, "en") == english
    assert translate(english, "id") == expected_id


def test_a_message_of_argparse_not_known_stays_as_argparse_wrote_it() -> None:
    """A newer Python's new wording is shown in English rather than lost."""
    assert translate("option --x: something new happened", "id") == (
        "option --x: something new happened"
    )


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["due", "--lang", "en"], "en"),
        (["--lang=id", "due"], "id"),
        (["--lang", "en", "due", "--lang", "id"], "id"),
        (["--lang", "fr"], None),
        (["--lang"], None),
        (["due", "--", "--lang", "en"], None),
        ([], None),
    ],
)
def test_the_language_of_a_command_line_is_its_last_valid_lang(
    argv: list[str], lang: str | None
) -> None:
    assert language_of(argv) == lang


def test_the_readme_says_how_a_usage_error_reads(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    claim = "argumen berikut wajib diberikan: --start"
    assert f'`uji-konsekuensi sample kasn` without `--start`: "{claim}"' in readme
    code, _, err = run(capsys, "sample", "kasn", "--lang", "id")
    assert code == 2 and err.rstrip().endswith(claim)


# --- what was expected, in the language of the rest of the message ------------------------------


def test_a_branch_that_is_no_decision_says_what_was_expected_in_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """It said "langkah keputusan: ..." in English too."""
    code, _, err = run(capsys, "sample", "kasn", "--start", "2025-01-06", "--branch", "1=no")
    assert code == 2 and "diharapkan langkah keputusan: " in err
    code, _, err = run(
        capsys, "sample", "kasn", "--start", "2025-01-06", "--branch", "1=no", "--lang", "en"
    )
    assert code == 2 and "expected decision steps: " in err and "langkah" not in err


def test_due_without_a_start_says_what_was_expected_in_indonesian(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """It said "(or --deadline, ...)" in Bahasa Indonesia too."""
    code, _, err = run(capsys, "due")
    assert code == 2
    assert (
        "diharapkan uji-konsekuensi due YYYY-MM-DD N (atau --deadline, --waktu, --timeline)" in err
    )
    code, _, err = run(capsys, "due", "--lang", "en")
    assert "expected uji-konsekuensi due YYYY-MM-DD N (or --deadline, --waktu, --timeline)" in err
