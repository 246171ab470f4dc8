"""The kop surat: declared by each agency plugin from its seed, replaced per deployment by a file
(``--letterhead``, ``UJI_KONSEKUENSI_LETTERHEAD``, `DocumentSettings`), and the place of signing."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi import hookimpl
from uji_konsekuensi.cli import main
from uji_konsekuensi.documents import (
    DocumentSettings,
    Letterhead,
    letterhead_from_dict,
    load_letterhead,
    load_source,
    render_document,
)
from uji_konsekuensi.documents.letterhead import agency_letterhead
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.plugins import PluginError, get_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "docs" / "sources" / "seeds"
CASES = ROOT / "examples" / "cases"
AGENCIES = ("kasn", "kalbar", "kutai-timur", "kalteng")
CITIES = {
    "kasn": "Jakarta",
    "kalbar": "Pontianak",
    "kutai-timur": "Sangatta",
    "kalteng": "Palangka Raya",
}
#: A 1x1 white PNG: a real image for the logo tests (no logo is ever shipped as made-up data).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"
)


def _words(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


@pytest.mark.parametrize("code", AGENCIES)
def test_each_agency_letterhead_is_the_text_of_its_seed_heading(code: str) -> None:
    """Every line of the plugin's kop surat is written in its seed SOP; nothing is invented:
    no logo is shipped (the seeds have none) and the plugin says so in ``missing``."""
    letterhead = agency_letterhead(code)
    assert isinstance(letterhead, Letterhead)
    seed = _words(SEEDS.joinpath(f"{code}.txt").read_text(encoding="utf-8"))
    for line in letterhead.lines:
        assert line in seed, f"{code}: {line!r} is not in the seed"
    for value in (letterhead.address, letterhead.phone, letterhead.website):
        assert value is None or value in seed
    assert letterhead.logo is None and "logo" in letterhead.missing
    assert letterhead.city == CITIES[code]
    # No seed writes the city: each says why it is known (an inference, marked as one).
    assert letterhead.city_inferred
    assert letterhead.source and f"seeds/{code}.txt" in letterhead.source


def test_kalbar_email_is_printed_corrected_and_the_seed_spelling_kept() -> None:
    """The seed's "go,ig" is a typo: the letterhead prints .go.id and records what was written."""
    letterhead = agency_letterhead("kalbar")
    assert letterhead is not None and letterhead.email == "diskominfo@kalbarprov.go.id"
    (correction,) = letterhead.corrections
    assert correction.as_written in SEEDS.joinpath("kalbar.txt").read_text(encoding="utf-8")
    assert correction.corrected == letterhead.email


@pytest.mark.parametrize("code", AGENCIES)
def test_documents_print_the_agency_letterhead(code: str) -> None:
    """Every document rendered for the agency starts with its kop surat, in HTML and Markdown-free
    DOCX alike (the kop is plain centred paragraphs)."""
    letterhead = agency_letterhead(code)
    assert letterhead is not None
    html = render_document("lembar", load_source(CASES / f"{code}.case.json"), "html")
    assert isinstance(html, str)
    head = html.split('data-part="letterhead"')[1].split('class="kop-rule"')[0]
    for line in letterhead.lines:
        assert line in head


def test_refusal_is_dated_in_the_office_city_not_the_test_venue() -> None:
    """Kalbar's refusal letter reads "Pontianak, 11 April 2025": the city of its kop surat, not
    where the consequence test was held (the Lembar's "bertempat di")."""
    bundle = load_source(CASES / "kalbar.case.json")
    venue = bundle.sheets[0].place
    html = render_document("surat-penolakan", bundle, "html")
    assert isinstance(html, str)
    signature = html.split('data-block="signature"')[1]
    assert "<p>Pontianak, 11 April 2025</p>" in signature
    assert venue and venue not in signature
    bare = render_document(
        "surat-penolakan", bundle, "html", settings=DocumentSettings(use_letterhead=False)
    )
    assert isinstance(bare, str) and 'data-part="letterhead"' not in bare
    # Without a kop surat no city is known: a gap to fill in, never the venue.
    assert "<p>...................., 11 April 2025</p>" in bare.split('data-block="signature"')[1]


def _override(tmp_path: Path) -> Path:
    (tmp_path / "logo.png").write_bytes(PNG)
    path = tmp_path / "kop.json"
    path.write_text(
        json.dumps(
            {
                "lines": ["PEMERINTAH KOTA SINGKAWANG", "DINAS KOMUNIKASI DAN INFORMATIKA"],
                "address": "Jl. Contoh No. 1",
                "phone": "(0562) 000000",
                "email": "ppid@example.go.id",
                "city": "Singkawang",
                "logo": "logo.png",
            }
        ),
        encoding="utf-8",
    )
    return path


def test_letterhead_override_file_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--letterhead FILE`` replaces the agency's kop surat: its lines, logo and city are printed
    and the agency's are not."""
    out = tmp_path / "surat.html"
    code = main(
        [
            "render",
            "surat-penolakan",
            str(CASES / "kalbar.case.json"),
            "--letterhead",
            str(_override(tmp_path)),
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    head = html.split('data-part="letterhead"')[1].split('class="kop-rule"')[0]
    assert "PEMERINTAH KOTA SINGKAWANG" in head and "PROVINSI KALIMANTAN BARAT" not in head
    assert f'src="data:image/png;base64,{base64.b64encode(PNG).decode()}"' in head
    assert "Telepon (0562) 000000 — Pos-el ppid@example.go.id" in head
    assert "<p>Singkawang, 11 April 2025</p>" in html


def test_letterhead_override_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``UJI_KONSEKUENSI_LETTERHEAD`` does the same for every render, and an argument wins."""
    monkeypatch.setenv("UJI_KONSEKUENSI_LETTERHEAD", str(_override(tmp_path)))
    bundle = load_source(CASES / "kalbar.case.json")
    html = render_document("lembar", bundle, "html")
    assert isinstance(html, str) and "PEMERINTAH KOTA SINGKAWANG" in html
    mine = Letterhead(lines=("BADAN CONTOH",), city="Mempawah")
    html = render_document(
        "surat-penolakan", bundle, "html", settings=DocumentSettings(letterhead=mine)
    )
    assert isinstance(html, str)
    assert "BADAN CONTOH" in html and "SINGKAWANG" not in html and "Mempawah, 11 April" in html


def test_a_bad_letterhead_file_names_each_field(tmp_path: Path) -> None:
    """An unusable letterhead file is an InputError naming the file and each field and value."""
    path = tmp_path / "kop.json"
    path.write_text(json.dumps({"lines": "DINAS", "phone": 12, "logo": "tidak-ada.png", "x": 1}))
    with pytest.raises(InputError) as caught:
        load_letterhead(path)
    problems = {p.path: p for p in caught.value.problems}
    assert set(problems) == {"lines", "phone", "logo", "x"}
    assert problems["phone"].value == 12
    assert str(path) in str(caught.value)
    with pytest.raises(InputError):
        letterhead_from_dict([], "x.json")
    path.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="JSON"):
        load_letterhead(path)


def test_cli_refuses_a_bad_letterhead_file_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On the command line the same file is exit code 2 with the field named, no traceback."""
    path = tmp_path / "kop.json"
    path.write_text(json.dumps({"lines": []}), encoding="utf-8")
    code = main(["render", "lembar", str(CASES / "kalbar.case.json"), "--letterhead", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and "lines" in err and "Traceback" not in err


def test_a_plugin_letterhead_hook_is_called_for_its_agency_only() -> None:
    """A plugin implementing uji_agency_letterhead is asked first; a wrong type names the plugin."""
    mine = Letterhead(lines=("DINAS CONTOH",), city="Ketapang")

    class Kop:
        @hookimpl
        def uji_agency_letterhead(self, agency_code: str) -> Letterhead | None:
            return mine if agency_code == "kalbar" else None

    pm = get_plugin_manager()
    pm.register(Kop(), name="kop-contoh")
    assert agency_letterhead("kalbar", pm) is mine
    kasn = agency_letterhead("kasn", pm)
    assert kasn is not None and kasn.lines == ("KOMISI APARATUR SIPIL NEGARA",)

    class Broken:
        @hookimpl
        def uji_agency_letterhead(self, agency_code: str) -> object:
            return {"lines": ["X"]}

    pm = get_plugin_manager()
    pm.register(Broken(), name="kop-rusak")
    with pytest.raises(PluginError, match="kop-rusak"):
        agency_letterhead("kalbar", pm)


def test_letterhead_needs_a_line() -> None:
    """A letterhead without any line of text is refused when it is built."""
    with pytest.raises(ValueError, match="lines"):
        Letterhead(lines=())
    assert attrs.evolve(Letterhead(lines=("A",)), phone="1").contacts == ("Telepon 1",)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["lines", "logo", "city", "x", "missing"]), children, max_size=3
        )
    ),
    max_leaves=8,
)


@settings(max_examples=80, deadline=None)
@given(
    data=st.dictionaries(st.sampled_from(["lines", "logo", "city", "phone", "missing", "q"]), _JSON)
    | _JSON
)
def test_any_letterhead_json_is_a_letterhead_or_an_input_error(data: object) -> None:
    """Whatever JSON a deployment writes, it is read as a Letterhead or refused as an InputError."""
    try:
        letterhead = letterhead_from_dict(data, "kop.json", Path("/nonexistent"))
    except InputError as exc:
        assert exc.problems
    else:
        assert letterhead.lines
