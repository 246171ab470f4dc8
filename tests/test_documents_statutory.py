"""What no template can leave out: the law's content is checked in every rendered output.

The built-in templates pass for every example that prints the Lembar, the Penetapan and the
refusal letter; a template (a ``--templates`` folder, a plugin's ``uji_document_templates``) that
drops a clause is refused, naming the clause, its Pasal and where the template came from; the
command exits 2 and the service answers 422.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from uji_konsekuensi import plugins
from uji_konsekuensi.cli import main
from uji_konsekuensi.documents import BUILTIN_DIR, PRINTABLES, load_source, render_document
from uji_konsekuensi.documents.document_settings import DocumentSettings
from uji_konsekuensi.documents.render import context_of
from uji_konsekuensi.documents.sources import Bundle
from uji_konsekuensi.documents.statutory import (
    CLAUSES,
    StatutoryContentError,
    clauses_for,
    heading_issuer,
    missing_clauses,
    normalise,
    text_of_docx,
    text_of_html,
    text_of_pdf,
)
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.plugins import get_plugin_manager

ROOT = Path(__file__).parents[1]
CASES = sorted((ROOT / "examples" / "cases").glob("*.case.json"))
CHECKED = ("lembar", "penetapan", "penolakan")


def _printed() -> list[tuple[str, str]]:
    """(case file, document) for every example case that prints each checked document."""
    found: list[tuple[str, str]] = []
    for path in CASES:
        bundle = load_source(path)
        found.extend(
            (path.name, kind) for kind in CHECKED if PRINTABLES[kind].requires(bundle) is None
        )
    return found


PRINTED = _printed()


def source(name: str) -> Bundle:
    return load_source(ROOT / "examples" / "cases" / name)


def builtin(name: str) -> str:
    return (BUILTIN_DIR / name).read_text(encoding="utf-8")


def test_every_checked_document_is_printed_by_some_example() -> None:
    assert {kind for _, kind in PRINTED} == set(CHECKED)


@pytest.mark.parametrize(("case", "kind"), PRINTED)
@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
def test_the_builtin_templates_carry_every_clause(case: str, kind: str, fmt: Any) -> None:
    """The built-in templates pass, and the check is not empty: every clause of the document
    looked for wording or for the record's values, and found them."""
    bundle = source(case)
    out = render_document(kind, bundle, fmt)
    context = context_of(bundle, PRINTABLES[kind], None)
    if fmt == "docx":
        assert isinstance(out, bytes)
        text = text_of_docx(out)
    else:
        assert isinstance(out, str)
        text = text_of_html(out) if fmt == "html" else out
    assert missing_clauses(kind, text, fmt, bundle, context) == ()
    for clause in clauses_for(kind):
        looked_for = clause.parts or clause.values(bundle, context) or clause.check
        assert looked_for or clause.needs_values, clause.code


@pytest.mark.parametrize(
    ("case", "kind"), [("kalbar.case.json", "penolakan"), ("kasn.case.json", "penetapan")]
)
def test_the_builtin_pdf_carries_every_clause_in_its_text(case: str, kind: str) -> None:
    pytest.importorskip("weasyprint")
    bundle = source(case)
    pdf = render_document(kind, bundle, "pdf")
    assert isinstance(pdf, bytes)
    text = text_of_pdf(pdf)
    assert text is not None
    assert (
        missing_clauses(kind, text, "pdf", bundle, context_of(bundle, PRINTABLES[kind], None)) == ()
    )


# --- templates that drop a clause ----------------------------------------------------------------

#: clause -> (document, example case, template file, the text of the built-in template dropped,
#: and what replaces it). Every clause of the three documents is dropped once.
DROPS: dict[str, tuple[str, str, str, str, str]] = {
    "penolakan.alasan": (
        "penolakan",
        "kalbar.case.json",
        "penolakan.html.j2",
        "{% for g in r.grounds %}<li>{{ g }}</li>{% endfor %}",
        "",
    ),
    "penolakan.konsekuensi": (
        "penolakan",
        "kalbar.case.json",
        "penolakan.html.j2",
        '{% for c in r.consequences %}<li class="text">{{ c }}</li>{% endfor %}',
        "",
    ),
    "penolakan.keputusan": (
        "penolakan",
        "kalbar.case.json",
        "penolakan.html.j2",
        '{{ "PERMINTAAN INFORMASI DITOLAK" if r.refused_in_full else "PERMINTAAN INFORMASI '
        'DITOLAK SEBAGIAN" }}',
        "PERMINTAAN INFORMASI",
    ),
    "penolakan.keberatan": (
        "penolakan",
        "kalbar.case.json",
        "penolakan.html.j2",
        "selambat-lambatnya {{ r.objection_days|angka_terbilang }} hari kerja",
        "segera",
    ),
    "penolakan.tanda_tangan": (
        "penolakan",
        "kutai-timur.case.json",
        "penolakan.html.j2",
        "{{ r.signer_name|blank(36) }}",
        "{{ none|blank(36) }}",
    ),
    "penolakan.penetapan": (
        "penolakan",
        "kalbar.case.json",
        "penolakan.html.j2",
        "Pengecualian ini ditetapkan dengan Penetapan PPID Nomor {{ r.penetapan_number }}",
        "Pengecualian ini ditetapkan dengan keputusan",
    ),
    "penetapan.kepala": (
        "penetapan",
        "kasn.case.json",
        "penetapan.html.j2",
        "<h1>{{ parts.instrument|upper }}<br>{{ parts.issuer_title|upper }}</h1>",
        "<h1>PENETAPAN PPID</h1>",
    ),
    "penetapan.identitas_ppid": (
        "penetapan",
        "kasn.case.json",
        "penetapan.html.j2",
        "{{ (ppid.name if ppid else none)|blank(40) }}",
        "{{ none|blank(40) }}",
    ),
    "penetapan.tanda_tangan": (
        "penetapan",
        "kasn.case.json",
        "penetapan.html.j2",
        '<p class="name">{{ signer.name if signer else "'
        '...................................." }}</p>',
        '<p class="name">....................................</p>',
    ),
    "penetapan.badan_publik": (
        "penetapan",
        "kalteng.case.json",
        "penetapan.html.j2",
        "{% if penetapan.unit %}<p>{{ penetapan.unit }}</p>{% endif %}",
        "",
    ),
    "penetapan.uraian": (
        "penetapan",
        "kalteng.case.json",
        "penetapan.html.j2",
        '<div class="text">{{ row.information }}</div>',
        "",
    ),
    "penetapan.alasan": (
        "penetapan",
        "kalteng.case.json",
        "penetapan.html.j2",
        "{% for g in row.grounds %}<div>{{ g|dasar_hukum }}</div>{% endfor %}",
        "",
    ),
    "penetapan.analisis": (
        "penetapan",
        "kalteng.case.json",
        "penetapan.html.j2",
        '<td class="text">{{ row.consequence_of_opening or "" }}',
        '<td class="text">',
    ),
    "penetapan.jangka_waktu": (
        "penetapan",
        "kalteng.case.json",
        "penetapan.html.j2",
        "<td>{{ row.period|jangka_waktu(penetapan.date) }}</td>",
        "<td></td>",
    ),
    "penetapan.tempat_tanggal": (
        "penetapan",
        "kalteng.case.json",
        "penetapan.html.j2",
        "<p>pada tanggal {{ penetapan.date|tanggal_tanpa_hari if penetapan.date else "
        '"...................." }}</p>',
        "",
    ),
    "lembar.informasi": (
        "lembar",
        "kalteng.case.json",
        "lembar.html.j2",
        '<div class="text">{{ row.information }}</div>',
        "",
    ),
    "lembar.dasar_hukum": (
        "lembar",
        "kalteng.case.json",
        "lembar.html.j2",
        "{% for g in row.grounds %}<div>{{ g|dasar_hukum }}</div>{% endfor %}",
        "",
    ),
    "lembar.konsekuensi": (
        "lembar",
        "kalteng.case.json",
        "lembar.html.j2",
        '<td class="text dibuka">{{ row.consequence_of_opening or "" }}</td>',
        '<td class="text dibuka"></td>',
    ),
    "lembar.pertimbangan": (
        "lembar",
        "kalteng.case.json",
        "lembar.html.j2",
        '<td class="text ditutup">{{ row.consideration_of_closing or "" }}</td>',
        '<td class="text ditutup"></td>',
    ),
    "lembar.hasil": (
        "lembar",
        "kalteng.case.json",
        "lembar.html.j2",
        "<strong>Hasil: {{ row.outcome|outcome_label }}</strong>",
        "",
    ),
}


def test_every_clause_is_dropped_by_some_test() -> None:
    assert set(DROPS) == {c.code for c in CLAUSES}


def write_dropped(folder: Path, code: str) -> tuple[str, str]:
    """A copy of the built-in template without ``code``'s clause, in ``folder``."""
    kind, case, name, old, new = DROPS[code]
    text = builtin(name)
    assert old in text, f"{code}: the built-in {name} no longer holds {old!r}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text.replace(old, new), encoding="utf-8")
    return kind, case


@pytest.mark.parametrize("code", sorted(DROPS))
def test_a_templates_folder_that_drops_a_clause_is_refused(tmp_path: Path, code: str) -> None:
    kind, case = write_dropped(tmp_path / "templat-kantor", code)
    settings = DocumentSettings(templates=[tmp_path / "templat-kantor"])
    with pytest.raises(StatutoryContentError) as caught:
        render_document(kind, source(case), "html", settings=settings)
    error = caught.value
    assert {m.clause.code for m in error.missing} == {code}
    clause = error.missing[0].clause
    message = str(error)
    for needed in (code, clause.title.id, clause.title.en, clause.basis):
        assert needed in message
    assert f"folder {tmp_path / 'templat-kantor'} (--templates / DocumentSettings)" in message
    assert error.format == "html"


class DroppingPlugin:
    """An agency plugin whose templates drop a clause (for every agency)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @hookimpl
    def uji_document_templates(self, agency_code: str | None) -> list[Path]:
        return [self.folder]


@pytest.fixture
def with_plugin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A plugin manager with a plugin named "templat-dinas" giving ``tmp_path/plugin``."""
    folder = tmp_path / "plugin"
    folder.mkdir()
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(DroppingPlugin(folder), name="templat-dinas")
    monkeypatch.setattr(plugins, "default_plugin_manager", lambda: pm)
    yield folder


@pytest.mark.parametrize("code", sorted(DROPS))
def test_a_plugin_template_that_drops_a_clause_is_refused(with_plugin: Path, code: str) -> None:
    kind, case = write_dropped(with_plugin, code)
    bundle = source(case)
    # The plugin is asked for the case's agency; the agency is named to be sure of it.
    with pytest.raises(StatutoryContentError) as caught:
        render_document(kind, bundle, "html", agency=bundle.agency_code)
    message = str(caught.value)
    assert {m.clause.code for m in caught.value.missing} == {code}
    assert "plugin 'templat-dinas' (hook uji_document_templates)" in message
    assert str(with_plugin / DROPS[code][2]) in message


def test_a_markdown_template_that_drops_the_objection_is_refused(tmp_path: Path) -> None:
    text = builtin("penolakan.md.j2")
    old = "Pemohon Informasi dapat mengajukan keberatan kepada {{ r.objection_to }} "
    assert old in text
    (tmp_path / "penolakan.md.j2").write_text(text.replace(old, ""), encoding="utf-8")
    with pytest.raises(StatutoryContentError, match=r"penolakan\.keberatan") as caught:
        render_document("penolakan", source("kalbar.case.json"), "md", template_sources=[tmp_path])
    assert caught.value.format == "md"
    assert "template_sources" in str(caught.value)


def test_an_override_of_a_shared_part_is_named_as_the_origin(tmp_path: Path) -> None:
    """The built-in letter, with a replaced _base.html.j2 that prints no content block: the
    origin is the file that replaced the part, not the built-in letter."""
    (tmp_path / "_base.html.j2").write_text(
        "<html><body>{% block title %}{% endblock %}</body></html>", encoding="utf-8"
    )
    settings = DocumentSettings(templates=[tmp_path])
    with pytest.raises(StatutoryContentError) as caught:
        render_document("penolakan", source("kalbar.case.json"), "html", settings=settings)
    assert f"_base.html.j2 dari folder {tmp_path}" in str(caught.value)


def test_an_objection_in_a_comment_or_a_hidden_element_is_not_there(tmp_path: Path) -> None:
    text = builtin("penolakan.html.j2")
    start = text.index('<p data-part="objection"')
    end = text.index("</p>", start) + len("</p>")
    notice = text[start:end]
    bundle = source("kalbar.case.json")
    for hidden in (
        f"<!-- {notice} -->",
        f"<div hidden>{notice}</div>",
        f'<div style="display: none">{notice}</div>',
    ):
        (tmp_path / "penolakan.html.j2").write_text(text.replace(notice, hidden), "utf-8")
        with pytest.raises(StatutoryContentError, match=r"penolakan\.keberatan"):
            render_document("penolakan", bundle, "html", template_sources=[tmp_path])


def test_the_objection_in_other_words_and_markup_passes(tmp_path: Path) -> None:
    """Case, markup, line breaks and "30 hari kerja" for "30 (tiga puluh) hari kerja"."""
    text = builtin("penolakan.html.j2")
    start = text.index('<p data-part="objection"')
    end = text.index("</p>", start) + len("</p>")
    mine = (
        "<div><b>HAK  KEBERATAN</b>:<br>Pemohon dapat mengajukan <i>keberatan</i>\n"
        "kepada <span>Atasan</span>\n<span>PPID</span> paling lambat 30 hari\nkerja.</div>"
    )
    (tmp_path / "penolakan.html.j2").write_text(text[:start] + mine + text[end:], encoding="utf-8")
    out = render_document(
        "penolakan", source("kalbar.case.json"), "html", template_sources=[tmp_path]
    )
    assert "HAK  KEBERATAN" in str(out)


def test_a_clause_only_a_stylesheet_hides_is_caught_in_the_pdf_text(tmp_path: Path) -> None:
    """print.css hides the objection: the HTML holds it, the PDF does not (checked in its text)."""
    pytest.importorskip("weasyprint")
    css = builtin("print.css") + '\n[data-part="objection"] { display: none; }\n'
    (tmp_path / "print.css").write_text(css, encoding="utf-8")
    settings = DocumentSettings(templates=[tmp_path])
    bundle = source("kalbar.case.json")
    assert render_document("penolakan", bundle, "html", settings=settings)
    with pytest.raises(StatutoryContentError, match=r"penolakan\.keberatan") as caught:
        render_document("penolakan", bundle, "pdf", settings=settings)
    assert caught.value.format == "pdf"
    assert f"print.css dari folder {tmp_path}" in str(caught.value)


def test_docx_is_checked_as_read_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """A DOCX writer that lost the notice is caught in the DOCX, not only in its HTML."""
    pytest.importorskip("docx")
    from uji_konsekuensi.documents import docx as docx_module

    original = docx_module.html_to_docx

    def lossy(html: str) -> bytes:
        return original(html.replace("keberatan", "").replace("Keberatan", ""))

    monkeypatch.setattr(docx_module, "html_to_docx", lossy)
    with pytest.raises(StatutoryContentError, match=r"penolakan\.keberatan") as caught:
        render_document("penolakan", source("kalbar.case.json"), "docx")
    assert caught.value.format == "docx"
    assert "templat bawaan penolakan.html.j2" in str(caught.value)


# --- the Penetapan's heading names its signatory ------------------------------------------------


def penetapan_signed_by_ppid(bundle: Bundle) -> Bundle:
    """KASN's Penetapan, corrected to be signed by its PPID (the signature's role and name)."""
    penetapan = bundle.penetapan
    signature = attrs.evolve(
        penetapan.signature,
        role=penetapan.ppid.role,
        name=penetapan.ppid.name,
        position=penetapan.ppid.position,
    )
    return attrs.evolve(bundle, penetapan=attrs.evolve(penetapan, signature=signature))


def test_the_heading_follows_the_signatory_in_the_builtin_template() -> None:
    kasn = source("kasn.case.json")
    html = render_document("penetapan", kasn, "html")
    issuer = heading_issuer(normalise(text_of_html(str(html))))
    assert issuer is not None and issuer.startswith("ketua komisi aparatur sipil negara")
    by_ppid = penetapan_signed_by_ppid(kasn)
    html = render_document("penetapan", by_ppid, "html")
    issuer = heading_issuer(normalise(text_of_html(str(html))))
    assert issuer is not None and issuer.startswith("pejabat pengelola informasi dan dokumentasi")


def test_a_keputusan_ketua_signed_by_the_ppid_is_refused(tmp_path: Path) -> None:
    text = builtin("penetapan.html.j2")
    heading = (
        "<h1>PENETAPAN<br>PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI<br>"
        "{{ penetapan.badan_publik|upper }}</h1>"
    )
    assert heading in text
    (tmp_path / "penetapan.html.j2").write_text(
        text.replace(heading, "<h1>KEPUTUSAN KETUA KOMISI APARATUR SIPIL NEGARA</h1>"), "utf-8"
    )
    by_ppid = penetapan_signed_by_ppid(source("kasn.case.json"))
    with pytest.raises(StatutoryContentError, match=r"penetapan\.kepala") as caught:
        render_document("penetapan", by_ppid, "html", template_sources=[tmp_path])
    assert "ketua komisi aparatur sipil negara" in str(caught.value)


def test_a_penetapan_ppid_signed_by_the_ketua_is_refused_in_markdown(tmp_path: Path) -> None:
    text = builtin("penetapan.md.j2")
    heading = "# {{ parts.instrument|upper }} {{ parts.issuer_title|upper }}"
    assert heading in text
    (tmp_path / "penetapan.md.j2").write_text(
        text.replace(heading, "# PENETAPAN PPID KOMISI APARATUR SIPIL NEGARA"), "utf-8"
    )
    with pytest.raises(StatutoryContentError, match=r"penetapan\.kepala") as caught:
        render_document("penetapan", source("kasn.case.json"), "md", template_sources=[tmp_path])
    assert "Ketua Komisi Aparatur Sipil Negara" in str(caught.value)


# --- the Penetapan the refusal rests on -------------------------------------------------------


def test_the_refusal_prints_the_penetapan_its_record_cites() -> None:
    bundle = source("kalbar.case.json")
    cited = getattr(bundle.refusal.refusal, "penetapan", None)
    assert cited  # the letter records the number of its Penetapan (RefusalContent.penetapan)
    html = render_document("penolakan", bundle, "html")
    assert f"Penetapan PPID Nomor {cited}" in str(html)
    other = attrs.evolve(
        bundle,
        refusal=attrs.evolve(
            bundle.refusal, refusal=attrs.evolve(bundle.refusal.refusal, penetapan="99/X/2025")
        ),
    )
    assert "Penetapan PPID Nomor 99/X/2025" in str(render_document("penolakan", other, "html"))


# --- the command and the service ---------------------------------------------------------------


def test_the_command_exits_2_and_names_the_clause_and_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "templat"
    write_dropped(folder, "penolakan.keberatan")
    out = tmp_path / "penolakan.html"
    case = ROOT / "examples" / "cases" / "kalbar.case.json"
    argv = ["render", "penolakan", str(case), "--templates", str(folder), "-o", str(out)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "penolakan.keberatan" in err and "UU 14/2008 Pasal 35 ayat (1)" in err
    assert "--templates / DocumentSettings" in err and str(folder) in err
    assert not out.exists()


def test_the_service_answers_422_with_one_problem_per_clause(tmp_path: Path) -> None:
    pytest.importorskip("starlette")
    pytest.importorskip("uvicorn")
    from uji_konsekuensi.service.testing import call, running_service

    write_dropped(tmp_path, "penolakan.keberatan")
    body = (ROOT / "examples" / "cases" / "kalbar.case.json").read_text(encoding="utf-8")
    with running_service(env={"UJI_KONSEKUENSI_TEMPLATES": str(tmp_path)}) as url:
        status, _, payload = call("POST", f"{url}/v1/render/penolakan?format=html", body)
    assert status == 422
    problem = json.loads(payload)
    assert {p["path"] for p in problem["problems"]} == {"clauses/penolakan.keberatan"}
    assert "UJI_KONSEKUENSI_TEMPLATES" in problem["problems"][0]["message"]


def test_the_documented_table_is_the_clauses() -> None:
    from uji_konsekuensi.documents.statutory import clauses_markdown

    doc = (ROOT / "docs" / "documents.md").read_text(encoding="utf-8")
    start = doc.index("<!-- statutory-clauses:start -->\n") + len(
        "<!-- statutory-clauses:start -->\n"
    )
    end = doc.index("<!-- statutory-clauses:end -->")
    assert doc[start:end] == clauses_markdown()


def test_every_invisible_format_character_is_dropped() -> None:
    import sys
    import unicodedata

    from uji_konsekuensi.documents.statutory import _FORMAT

    cf = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert [hex(ord(ch)) for ch in cf if not _FORMAT.fullmatch(ch)] == []
    assert normalise("Atasan\u2068 PPID\u2069\u00ad \n 30") == "atasan ppid 30"
