"""Every document an agency plugin declares is rendered, or its plugin says why not (issue 12)."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from uji_konsekuensi import get_agency, hookimpl
from uji_konsekuensi.cli import main
from uji_konsekuensi.documents import (
    DocumentError,
    NotRenderedError,
    Rendering,
    agency_renderings,
    available_printables,
    load_source,
    render_document,
)
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.plugins import PluginError, get_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
AGENCIES = ("kasn", "kalbar", "kutai-timur", "kalteng")


@pytest.mark.parametrize("code", AGENCIES)
def test_every_declared_document_has_a_rendering_or_a_reason(code: str) -> None:
    """Each DocumentKind of the agency has exactly one Rendering: a template that exists among
    the printables, or a reason in both languages why it is not rendered."""
    declared = {kind.code for kind in get_agency(code).documents}
    renderings = {r.code: r for r in agency_renderings(code)}
    assert set(renderings) == declared
    printables = available_printables(code)
    for rendering in renderings.values():
        if rendering.template is not None:
            assert rendering.code in printables
            assert printables[rendering.code].template == rendering.template
        else:
            assert rendering.not_rendered is not None
            assert rendering.not_rendered.id.strip() and rendering.not_rendered.en.strip()


def test_kasn_decree_of_step_8_renders_under_its_code_and_the_documented_name() -> None:
    """``render sk-klasifikasi`` (its declared code) and ``render sk-ketua-kasn`` (the name the
    docs used) make the Keputusan Ketua KASN: headed as the signatory's decree, not as a PPID's
    Penetapan, and still naming the PPID who classified (PERKI 1/2021 Pasal 49 ayat (5) huruf a)."""
    bundle = load_source(CASES / "kasn.case.json")
    html = render_document("sk-ketua-kasn", bundle, "html")
    assert html == render_document("sk-klasifikasi", bundle, "html")
    assert isinstance(html, str)
    heading = html.split('<div class="heading">')[1].split("</div>")[0]
    assert "KEPUTUSAN<br>KETUA KOMISI APARATUR SIPIL NEGARA" in heading
    assert "PEJABAT PENGELOLA INFORMASI" not in heading
    assert "KEPUTUSAN KETUA KOMISI APARATUR SIPIL NEGARA TENTANG KLASIFIKASI" in html
    ppid = html.split('data-part="ppid"')[1].split("</table>")[0]
    for value in (
        "Dr. Tasdik Kinanto, S.H., M.M.",
        "196502141990031003",
        "Pasal 49 ayat (5) huruf a",
    ):
        assert value in ppid
    assert "PP 61/2010 Pasal 4 ayat (2) huruf b" in ppid
    assert "LAMPIRAN</strong><br>\n    KEPUTUSAN KETUA KOMISI APARATUR SIPIL NEGARA" in html


def test_a_penetapan_signed_by_its_ppid_keeps_the_lampiran_iii_heading() -> None:
    """Kalteng's PPID signs its own Penetapan: the Lampiran III heading, no identity block."""
    html = render_document("penetapan", load_source(CASES / "kalteng.case.json"), "html")
    assert isinstance(html, str)
    assert "<h1>PENETAPAN<br>PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI<br>" in html
    assert 'data-part="ppid"' not in html


def test_kalbar_surat_penolakan_renders_as_the_refusal_letter() -> None:
    """Kalbar's "Surat penolakan" (step 8) is the PERKI refusal letter under Kalbar's kop surat."""
    html = render_document("surat-penolakan", load_source(CASES / "kalbar.case.json"), "html")
    assert isinstance(html, str)
    assert 'data-document="penolakan"' in html and "DINAS KOMUNIKASI DAN INFORMATIKA" in html
    assert "30 (tiga puluh) hari kerja" in html


def test_a_not_rendered_document_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    """``render tanda-terima`` for Kalbar gives the plugin's reason, exit 2, both languages."""
    bundle = load_source(CASES / "kalbar.case.json")
    with pytest.raises(NotRenderedError, match="ditandatangani Pemohon"):
        render_document("tanda-terima", bundle, "html")
    code = main(["--lang", "en", "render", "tanda-terima", str(CASES / "kalbar.case.json")])
    err = capsys.readouterr().err
    assert code == 2 and "signed by the requester" in err


def test_a_document_the_case_cannot_make_says_what_is_missing() -> None:
    """Kutai Timur's Keputusan Klasifikasi renders as a Penetapan: a case without one cannot."""
    bundle = load_source(CASES / "kutai-timur.case.json")
    without = attrs.evolve(bundle, penetapan=None)
    with pytest.raises(DocumentError, match="Pasal 49 ayat \\(4\\)"):
        render_document("keputusan-klasifikasi", without)


def test_renderings_hook_from_another_plugin_and_a_broken_one() -> None:
    """A plugin implementing uji_document_renderings adds a name; a wrong type names the plugin."""

    class Extra:
        @hookimpl
        def uji_document_renderings(self, agency_code: str) -> list[Rendering] | None:
            if agency_code != "kalteng":
                return None
            return [
                Rendering(code="daftar-kalteng", template="dik"),
                Rendering(code="memo", not_rendered=Text(id="memo internal", en="internal memo")),
            ]

    pm = get_plugin_manager()
    pm.register(Extra(), name="extra-renderings")
    codes = [r.code for r in agency_renderings("kalteng", pm)]
    assert "daftar-kalteng" in codes and "dik-disetujui" in codes

    class Broken:
        @hookimpl
        def uji_document_renderings(self, agency_code: str) -> object:
            return ["dik"]

    pm = get_plugin_manager()
    pm.register(Broken(), name="rusak")
    with pytest.raises(PluginError, match="rusak"):
        agency_renderings("kalteng", pm)


def test_rendering_needs_a_template_or_a_reason() -> None:
    """A Rendering with both, or neither, of template and not_rendered is refused."""
    with pytest.raises(ValueError, match="either template"):
        Rendering(code="x")
    with pytest.raises(ValueError, match="either template"):
        Rendering(code="x", template="dik", not_rendered=Text(id="a", en="a"))
    with pytest.raises(ValueError, match="slug"):
        Rendering(code="Bad Code", template="dik")
