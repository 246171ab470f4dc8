"""Template files: agency overrides, added documents, the plugin hook, escaping rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi import plugins
from uji_konsekuensi.cli import main
from uji_konsekuensi.documents import (
    BUILTIN_DIR,
    PRINTABLES,
    DocumentError,
    available_printables,
    builtin_templates,
    make_environment,
    render_document,
    render_sop_html,
)
from uji_konsekuensi.documents.markdown import escape_markdown, split_row
from uji_konsekuensi.documents.plugin_templates import template_sources
from uji_konsekuensi.harm import Penetapan
from uji_konsekuensi.harm import load as load_harm
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.plugins import PluginError, UjiPluginManager, get_plugin_manager
from uji_konsekuensi.sop import load_sop

PENETAPAN_FILE = Path(__file__).parent / "data" / "documents" / "penetapan.json"
EXAMPLE_SOP = (
    Path(__file__).parents[1] / "examples/agency-plugin/src/uji_konsekuensi_contoh/sop.json"
)


@pytest.fixture
def penetapan() -> Penetapan:
    record = load_harm(PENETAPAN_FILE)
    assert isinstance(record, Penetapan)
    return record


def test_every_builtin_printable_ships_an_html_and_a_markdown_template() -> None:
    """Templates are files an agency can read and copy: one .html.j2 and one .md.j2 each."""
    for name in PRINTABLES:
        assert (BUILTIN_DIR / f"{name}.html.j2").is_file()
        assert (BUILTIN_DIR / f"{name}.md.j2").is_file()
    assert (BUILTIN_DIR / "print.css").is_file()
    assert "@page" in (BUILTIN_DIR / "print.css").read_text(encoding="utf-8")


def test_agency_template_replaces_the_builtin_one(tmp_path: Path, penetapan: Penetapan) -> None:
    """A dik.html.j2 in an agency directory is used instead of the built-in one. (The DIK has
    no statutory clauses: a toy Lembar would be refused, tests/test_documents_statutory.py.)"""
    (tmp_path / "dik.html.j2").write_text(
        "<p>Lembar {{ sheets[0].number }} oleh {{ badan_publik }}</p>", encoding="utf-8"
    )
    html = render_document("dik", penetapan, "html", template_sources=[tmp_path])
    assert html == (
        "<p>Lembar 01/LPK/PPID-BKD/III/2025 oleh Badan Kepegawaian Daerah Provinsi "
        "Kalimantan Tengah</p>"
    )
    # the Markdown one, not overridden, stays built-in
    md = render_document("dik", penetapan, "md", template_sources=[tmp_path])
    assert isinstance(md, str) and md.startswith("# DAFTAR INFORMASI YANG DIKECUALIKAN")


def test_agency_template_can_extend_the_builtin_one(tmp_path: Path, penetapan: Penetapan) -> None:
    """An override may extend "builtin/<name>" and change one block only."""
    (tmp_path / "lembar.html.j2").write_text(
        '{% extends "builtin/lembar.html.j2" %}{% block title %}Lembar Uji KASN{% endblock %}',
        encoding="utf-8",
    )
    html = render_document("lembar", penetapan, "html", template_sources=[tmp_path])
    assert isinstance(html, str)
    assert "<title>Lembar Uji KASN</title>" in html
    assert "LEMBAR PENGUJIAN KONSEKUENSI" in html  # the rest is the built-in document


def test_agency_can_replace_the_print_stylesheet(tmp_path: Path, penetapan: Penetapan) -> None:
    """An agency print.css replaces the built-in one in every HTML document."""
    (tmp_path / "print.css").write_text("body { font-family: 'Bookman Old Style'; }", "utf-8")
    html = render_document("dik", penetapan, "html", template_sources=[tmp_path])
    assert isinstance(html, str)
    assert "Bookman Old Style" in html and "@page landscape" not in html


def test_agency_adds_its_own_document(tmp_path: Path, penetapan: Penetapan) -> None:
    """A new <name>.html.j2 becomes a printable with the same context as the built-ins."""
    (tmp_path / "sk-ketua-kasn.html.j2").write_text(
        "<h1>KEPUTUSAN KETUA</h1>{% for e in exempt %}<p>{{ e.number }}. {{ e.row.information }}"
        "</p>{% endfor %}<p>{{ penetapan.date|tanggal }}</p>",
        encoding="utf-8",
    )
    printables = available_printables("kasn", template_sources=[tmp_path])
    assert "sk-ketua-kasn" in printables and not printables["sk-ketua-kasn"].builtin
    assert set(PRINTABLES) <= set(printables)
    html = render_document("sk-ketua-kasn", penetapan, "html", template_sources=[tmp_path])
    assert isinstance(html, str)
    assert "<p>1. Rekam medis dan hasil pemeriksaan kesehatan pegawai" in html
    assert "<p>Kamis, 20 Maret 2025</p>" in html
    with pytest.raises(DocumentError, match=r"sk-ketua-kasn\.md\.j2"):
        render_document("sk-ketua-kasn", penetapan, "md", template_sources=[tmp_path])


def test_single_template_file_pairs_are_accepted(tmp_path: Path, penetapan: Penetapan) -> None:
    """A plugin may give (template name, file) pairs instead of a directory."""
    file = tmp_path / "surat.html"
    file.write_text("<p>Surat penolakan {{ doc.code }}</p>", encoding="utf-8")
    html = render_document(
        "penolakan-kalbar",
        penetapan,
        "html",
        template_sources=[("penolakan-kalbar.html.j2", file)],
    )
    assert html == "<p>Surat penolakan penolakan-kalbar</p>"


def test_agency_templates_are_autoescaped_too(tmp_path: Path, penetapan: Penetapan) -> None:
    """An agency's HTML template escapes user text like the built-in ones."""
    (tmp_path / "x.html.j2").write_text("<p>{{ value }}</p>", encoding="utf-8")
    env = make_environment("html", [tmp_path])
    out = env.get_template("x.html.j2").render(value="<script>alert(1)</script>")
    assert out == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_a_misspelt_variable_is_an_error_not_a_blank(tmp_path: Path, penetapan: Penetapan) -> None:
    """Templates run with StrictUndefined: a typo fails loudly, naming the file and the line,
    instead of printing nothing."""
    from uji_konsekuensi.documents import TemplateFileError

    (tmp_path / "lembar.html.j2").write_text("ok\n{{ penetapn.number }}", encoding="utf-8")
    with pytest.raises(TemplateFileError) as caught:
        render_document("lembar", penetapan, "html", template_sources=[tmp_path])
    assert caught.value.file == str(tmp_path / "lembar.html.j2")
    assert caught.value.line == 2
    assert "'penetapn' is undefined" in str(caught.value)


# --- the plugin hook ----------------------------------------------------------------------------


BUILTIN_PLUGIN = "uji_konsekuensi.documents.builtin_templates"


def manager_with(plugin: object) -> UjiPluginManager:
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(plugin, name="kasn-templates")
    return pm


def without_builtin_templates(monkeypatch: pytest.MonkeyPatch) -> UjiPluginManager:
    """The default plugin manager, made one whose built-in documents plugin is unregistered."""
    pm = get_plugin_manager(load_entrypoints=False)
    pm.unregister(name=BUILTIN_PLUGIN)
    monkeypatch.setattr(plugins, "default_plugin_manager", lambda: pm)
    return pm


def test_the_builtin_templates_come_through_the_hook() -> None:
    """The built-in plugin is registered like any plugin (plugins.BUILTIN_PLUGINS) and gives
    the built-in directory through uji_document_templates, trylast, for any agency or none."""
    assert BUILTIN_PLUGIN in plugins.BUILTIN_PLUGINS
    pm = get_plugin_manager(load_entrypoints=False)
    assert pm.get_plugin(BUILTIN_PLUGIN) is builtin_templates
    (impl,) = [
        i for i in pm.hook.uji_document_templates.get_hookimpls() if i.plugin is builtin_templates
    ]
    assert impl.trylast
    assert template_sources("kalbar", pm) == (BUILTIN_DIR,)
    assert template_sources(None, pm) == (BUILTIN_DIR,)


def test_without_the_builtin_plugin_nothing_renders_and_the_error_says_why(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    penetapan: Penetapan,
    tmp_path: Path,
) -> None:
    """There is no second way in: unregister the built-in plugin and a built-in document, the
    SOP page and the command say which plugin and which hook give the templates; no crash."""
    pm = without_builtin_templates(monkeypatch)
    assert template_sources("kalbar", pm) == ()
    for sources in (None, []):
        with pytest.raises(DocumentError, match=rf"{BUILTIN_PLUGIN}.*uji_document_templates"):
            render_document("lembar", penetapan, "html", template_sources=sources)
    sop = load_sop(EXAMPLE_SOP)
    with pytest.raises(DocumentError, match=r"sop\.html\.j2.*not registered"):
        render_sop_html(sop)
    source = tmp_path / "penetapan.json"
    source.write_text(PENETAPAN_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["render", "dik", str(source)]) == 2
    err = capsys.readouterr().err
    assert f"plugin {BUILTIN_PLUGIN!r}" in err and "Traceback" not in err
    # A template given another way still renders: only the built-in ones are missing.
    (tmp_path / "dik.html.j2").write_text("<p>{{ sheets|length }}</p>", encoding="utf-8")
    assert render_document("dik", penetapan, "html", template_sources=[tmp_path]) == "<p>1</p>"


def test_a_plugin_template_is_found_before_the_builtin_one(
    monkeypatch: pytest.MonkeyPatch, penetapan: Penetapan, tmp_path: Path
) -> None:
    """Through the default plugin manager, with no sources given: the agency plugin's template
    replaces the built-in one, and what it does not replace is still the built-in one."""
    (tmp_path / "dik.html.j2").write_text("<p>KASN {{ sheets|length }}</p>", encoding="utf-8")

    class KasnTemplates:
        @hookimpl
        def uji_document_templates(self, agency_code: str) -> list[Path] | None:
            return [tmp_path] if agency_code == "kasn" else None

    pm = manager_with(KasnTemplates())
    monkeypatch.setattr(plugins, "default_plugin_manager", lambda: pm)
    assert template_sources("kasn", pm) == (tmp_path, BUILTIN_DIR)
    assert render_document("dik", penetapan, "html", agency="kasn") == "<p>KASN 1</p>"
    md = render_document("lembar", penetapan, "md", agency="kasn")
    assert isinstance(md, str) and md.startswith("# LEMBAR PENGUJIAN KONSEKUENSI")
    html = render_document("lembar", penetapan, "html", agency="kalbar")
    assert isinstance(html, str) and "LEMBAR PENGUJIAN KONSEKUENSI" in html


def test_plugin_hook_gives_template_directories_for_its_agency(
    tmp_path: Path, penetapan: Penetapan
) -> None:
    """The hook's directories apply to the agency it answers for, and only to it."""
    (tmp_path / "dik.html.j2").write_text("<p>KASN {{ sheets|length }}</p>", encoding="utf-8")

    class KasnTemplates:
        @hookimpl
        def uji_document_templates(self, agency_code: str) -> list[Path] | None:
            return [tmp_path] if agency_code == "kasn" else None

    pm = manager_with(KasnTemplates())
    assert template_sources("kasn", pm) == (tmp_path, BUILTIN_DIR)
    assert template_sources("kalbar", pm) == (BUILTIN_DIR,)
    assert template_sources(None, pm) == (BUILTIN_DIR,)  # agency plugins are not asked
    sources = template_sources("kasn", pm)
    html = render_document("dik", penetapan, "html", template_sources=sources)
    assert html == "<p>KASN 1</p>"


def test_plugin_hook_returning_a_missing_directory_names_the_plugin(tmp_path: Path) -> None:
    """A directory that does not exist is a PluginError naming the plugin and the hook."""

    class Broken:
        @hookimpl
        def uji_document_templates(self, agency_code: str) -> list[Path]:
            return [tmp_path / "tidak-ada"]

    pm = manager_with(Broken())
    with pytest.raises(PluginError, match=r"kasn-templates.*uji_document_templates"):
        template_sources("kasn", pm)


# --- Markdown escaping --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a | b", "a \\| b"),
        ("<script>", "\\<script\\>"),
        ("# judul", "\\# judul"),
        ("1. daftar", "1\\. daftar"),
        ("- butir", "\\- butir"),
        ("*tebal* _miring_", "\\*tebal\\* \\_miring\\_"),
        ("[a](b)", "\\[a\\](b)"),
        ("&lt;", "\\&lt;"),
        ("baris\nbaru", "baris<br>baru"),
        ("30 (tiga puluh) hari; UU 14/2008", "30 (tiga puluh) hari; UU 14/2008"),
    ],
)
def test_markdown_escaping(text: str, expected: str) -> None:
    """User text is escaped for Markdown; legal text with parentheses and slashes stays readable."""
    assert escape_markdown(text) == expected


def test_escaped_pipes_do_not_split_a_row() -> None:
    """A row with an escaped pipe has one cell per column."""
    row = "| 1 | " + escape_markdown("a | b | c") + " | x |"
    assert split_row(row) == ["1", "a \\| b \\| c", "x"]


from uji_konsekuensi.documents.safe_text import isolate_bidi  # noqa: E402


def _unescape(text: str) -> str:
    """What a CommonMark renderer shows for our escaped text (backslash escapes, <br>)."""
    import re

    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text.replace("<br>", "\n"))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.just("\n"))
)
def test_escaping_keeps_the_text_and_one_cell(text: str) -> None:
    """Any text escapes to one table cell that reads back as the same text."""
    escaped = escape_markdown(text)
    assert "\n" not in escaped
    cells = split_row(f"| {escaped} |")
    assert len(cells) == 1
    # Right-to-left text comes back isolated (FSI ... PDI, safe_text.py), otherwise unchanged.
    assert _unescape(escaped) == isolate_bidi(text.replace("\r\n", "\n").replace("\r", "\n"))
