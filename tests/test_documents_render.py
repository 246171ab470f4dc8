"""The official documents: every kind in HTML, Markdown and DOCX, read back and checked."""

from __future__ import annotations

import datetime as dt
import io
import zoneinfo
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest

from uji_konsekuensi.case.model import (
    Case,
    Document,
    RefusalContent,
    Requester,
    RequestTrigger,
)
from uji_konsekuensi.case.model import Person as CasePerson
from uji_konsekuensi.documents import (
    PRINTABLES,
    DocumentError,
    UnknownDocumentError,
    load_source,
    render_document,
)
from uji_konsekuensi.documents.markdown import split_row
from uji_konsekuensi.harm import (
    AsLongAsNeeded,
    ConsequenceTest,
    ConsequenceTestSheet,
    GroundRef,
    Outcome,
    Penetapan,
)
from uji_konsekuensi.harm import load as load_harm
from uji_konsekuensi.sop import Role as SopRole

DATA = Path(__file__).parent / "data" / "documents"
PENETAPAN_FILE = DATA / "penetapan.json"
NO_PLUGINS: tuple[Any, ...] = ()  # no agency plugin templates: the built-in ones only
WIB = zoneinfo.ZoneInfo("Asia/Pontianak")


# --- reading HTML back ------------------------------------------------------------------------


class Tables(HTMLParser):
    """Every <table> as a list of rows of cell texts; also collects <script> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.classes: list[str] = []
        self._stack: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self.scripts = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        if self._cell is not None and tag in ("br", "div", "p", "li", "ol", "ul"):
            self._cell.append(" ")  # a line break inside a cell reads as a space
        if tag == "table":
            self._stack.append([])
            self.classes.append(dict(attrs_).get("class") or "")
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
        elif tag in ("td", "th") and self._stack:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._stack:
            self._stack[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table" and self._stack:
            self.tables.append(self._stack.pop())

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def read_html(html: str) -> Tables:
    parser = Tables()
    parser.feed(html)
    parser.close()
    return parser


def table_with_class(parsed: Tables, cls: str) -> list[list[str]]:
    # classes are recorded in opening order, tables in closing order: same order, since the
    # documents' tables are not nested
    for classes, table in zip(parsed.classes, parsed.tables, strict=True):
        if cls in classes.split():
            return table
    raise AssertionError(f"no table with class {cls!r}; have {parsed.classes}")


def md_table(markdown: str, header_start: str) -> list[list[str]]:
    """The rows (after the header and separator) of the Markdown table whose header starts so."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    header = split_row(lines[start])
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = split_row(line)
        assert len(cells) == len(header), f"row has {len(cells)} cells, header {len(header)}"
        rows.append(cells)
    return rows


# --- sources --------------------------------------------------------------------------------------


@pytest.fixture
def penetapan() -> Penetapan:
    record = load_harm(PENETAPAN_FILE)
    assert isinstance(record, Penetapan)
    return record


def refusal_case(penetapan: Penetapan, **refusal: Any) -> Case:
    """A request-triggered case whose test closed information, with its refusal letter."""
    ppid = CasePerson(
        name="Rahmat Hidayat, S.H.",
        role=SopRole.PPID,
        position="PPID Badan Kepegawaian Daerah",
        nip="197501012000031002",
    )
    content = RefusalContent(signed_by=ppid, **refusal)
    return Case(
        id="BKD-2025-017",
        agency="kalteng",
        sop="870/27/Sekr.7/BKD",
        trigger=RequestTrigger(
            received_at=dt.datetime(2025, 3, 10, 9, 15, tzinfo=WIB),
            registration_number="017/PPID-BKD/III/2025",
            requester=Requester(
                name="Siti Rahmawati",
                address="Jl. Tjilik Riwut Km 2, Palangka Raya",
                contact="siti@example.org",
            ),
            information="Salinan rekam medis pegawai atas nama kepala bidang",
        ),
        tests=penetapan.sheets,
        penetapan=penetapan,
        documents=(
            Document(
                id="sk-tolak",
                kind="penolakan",
                title="SK PPID tentang Penolakan Permintaan Informasi Publik",
                date=dt.date(2025, 3, 21),
                number="03/PPID-BKD/III/2025",
                refusal=content,
            ),
        ),
    )


# --- every kind, every format -----------------------------------------------------------------


def test_every_builtin_kind_renders_in_html_and_markdown(penetapan: Penetapan) -> None:
    """Each built-in document renders from a case in both text formats, with its title."""
    case = refusal_case(penetapan)
    titles = {
        "lembar": "LEMBAR PENGUJIAN KONSEKUENSI",
        "penetapan": "KLASIFIKASI INFORMASI YANG DIKECUALIKAN",
        "penolakan": "PENOLAKAN PERMINTAAN INFORMASI PUBLIK",
        "dik": "DAFTAR INFORMASI YANG DIKECUALIKAN",
        "dip": "DAFTAR INFORMASI PUBLIK",
    }
    assert set(titles) == set(PRINTABLES)
    for kind, title in titles.items():
        html = render_document(kind, case, "html", template_sources=NO_PLUGINS)
        md = render_document(kind, case, "md", template_sources=NO_PLUGINS)
        assert isinstance(html, str) and isinstance(md, str)
        assert title in " ".join(" ".join(read_html(html).text).split()), kind
        assert title in md.upper(), kind
        assert html.startswith("<!DOCTYPE html>")
    # the case's Lembar and the same Lembar inside its Penetapan are printed once
    lembar = render_document("lembar", case, "html", template_sources=NO_PLUGINS)
    assert isinstance(lembar, str) and lembar.count('data-document="lembar"') == 1


def test_lembar_table_has_the_lampiran_ii_columns_and_each_row(penetapan: Penetapan) -> None:
    """The Lembar's table: Informasi | Dasar Hukum | Dibuka | Ditutup | Jangka Waktu, per item."""
    html = render_document("lembar", penetapan, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    table = table_with_class(read_html(html), "lembar-table")
    assert table[0][:3] == [
        "No",
        "Informasi (berisi informasi tertentu yang akan dikecualikan)",
        "Dasar Hukum Pengecualian Informasi",
    ]
    assert table[1] == ["Dibuka", "Ditutup"]
    rows = table[2:]
    assert len(rows) == 3
    first = rows[0]
    assert first[0] == "1"
    assert first[1].startswith("Rekam medis dan hasil pemeriksaan kesehatan pegawai")
    assert "Hasil: Dikecualikan seluruhnya" in first[1]
    assert first[2] == "Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008"
    assert first[3].startswith("Membuka diagnosis")
    assert first[4].startswith("Menutup data ini")
    assert first[5] == "selama dibutuhkan; ditinjau kembali pada 17 Maret 2026"
    assert "Skor dan rekomendasi kemampuan per pejabat" in rows[1][1]  # blacked-out part
    assert rows[1][5] == "sampai dengan 31 Desember 2029"


def test_lembar_opens_with_day_date_and_place_in_words(penetapan: Penetapan) -> None:
    """'Pada hari ini, Senin, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh lima'."""
    html = render_document("lembar", penetapan, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    text = " ".join(" ".join(read_html(html).text).split())
    assert (
        "Pada hari ini, Senin, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh lima "
        "(17 Maret 2025), bertempat di Palangka Raya, telah dilakukan Pengujian Konsekuensi"
    ) in text
    assert "Demikian Pengujian Konsekuensi ini dibuat secara saksama dan penuh ketelitian." in text


def test_lembar_lists_participants_with_a_signature_column_and_approval(
    penetapan: Penetapan,
) -> None:
    """Participants: No | Nama | Jabatan | Unit Kerja | TTD; then 'Menyetujui' and the head."""
    html = render_document("lembar", penetapan, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    parsed = read_html(html)
    table = table_with_class(parsed, "participants")
    assert table[0] == ["No", "Nama", "Jabatan", "Unit Kerja", "TTD"]
    assert table[2][:4] == ["2", "Rahmat Hidayat, S.H.", "Sekretaris", "Sekretariat BKD"]
    assert table[2][4].startswith("2. ....")
    text = " ".join(" ".join(parsed.text).split())
    assert "Menyetujui, Kepala Badan Kepegawaian Daerah Provinsi Kalimantan Tengah" in text
    assert "LISA APRILIANA, S.Sos NIP. 196809011989112005 (Pimpinan Badan Publik)" in text


def test_penetapan_has_menimbang_mengingat_memperhatikan_and_decisions(
    penetapan: Penetapan,
) -> None:
    """Lampiran III: Menimbang, Mengingat, Memperhatikan the Lembar, PERTAMA, KEDUA, signature."""
    html = render_document("penetapan", penetapan, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    parsed = read_html(html)
    considerations = table_with_class(parsed, "considerations")
    labels = [row[0] for row in considerations]
    assert labels == ["Menimbang", "Mengingat", "Memperhatikan"]
    assert "Lembar Pengujian Konsekuensi Nomor 01/LPK/PPID-BKD/III/2025" in considerations[2][2]
    text = " ".join(" ".join(parsed.text).split())
    for needed in ("MEMUTUSKAN:", "PERTAMA", "KEDUA", "Ditetapkan di Palangka Raya"):
        assert needed in text
    assert "pada tanggal 20 Maret 2025" in text
    # the attachment lists only what was exempted (Pasal 49 ayat (5) huruf c-e)
    lampiran = table_with_class(parsed, "lampiran-table")
    rows = lampiran[2:]
    assert [r[0] for r in rows] == ["1", "2"]
    assert all("Rekapitulasi jumlah pegawai" not in r[1] for r in rows)


def test_penetapan_without_mengingat_prints_a_gap_not_a_default(penetapan: Penetapan) -> None:
    """Without its own Mengingat, the Penetapan prints numbered dotted lines to fill in, never a
    default list, because the checker warns at the same time that the Mengingat is missing
    (harm.penetapan.mengingat_incomplete); the default Menimbang of Lampiran III stays."""
    from uji_konsekuensi.harm import validate

    bare = attrs.evolve(penetapan, mengingat=(), menimbang=())
    codes = {f.code for f in validate(bare)}
    assert "harm.penetapan.mengingat_incomplete" in codes
    html = render_document("penetapan", bare, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    considerations = table_with_class(read_html(html), "considerations")
    mengingat = considerations[1][2]
    assert "Undang-Undang" not in mengingat and "Peraturan" not in mengingat
    assert mengingat.count("." * 70) == 3
    assert 'data-gap="mengingat"' in html
    md = render_document("penetapan", bare, "md", template_sources=NO_PLUGINS)
    assert isinstance(md, str)
    section = md.split("**Mengingat:**")[1].split("**Memperhatikan:**")[0]
    assert "Peraturan" not in section and section.count("." * 70) == 3
    assert considerations[0][2].startswith("bahwa setiap Informasi Publik bersifat terbuka")


def test_refusal_letter_carries_ground_consequence_and_objection_notice(
    penetapan: Penetapan,
) -> None:
    """The SK Penolakan: registration, requester, ground, consequence, 30 hari kerja to object."""
    case = refusal_case(penetapan)
    html = render_document("penolakan", case, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    parsed = read_html(html)
    fields = {row[0]: row[2] for row in table_with_class(parsed, "letter-fields")}
    assert fields["No. Pendaftaran"] == "017/PPID-BKD/III/2025"
    assert fields["Nama"] == "Siti Rahmawati"
    assert fields["Nomor Telepon/E-mail"] == "siti@example.org"
    assert fields["Rincian Informasi yang Dibutuhkan"].startswith("Salinan rekam medis")
    text = " ".join(" ".join(parsed.text).split())
    assert "INFORMASI YANG DIKECUALIKAN" in text
    assert "Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008" in text
    assert "membuka Informasi tersebut dapat menimbulkan konsekuensi" in text
    assert "Membuka diagnosis dan riwayat pengobatan pegawai" in text
    assert "PERMINTAAN INFORMASI DITOLAK" in text
    assert (
        "dapat mengajukan keberatan kepada Atasan PPID selambat-lambatnya 30 (tiga puluh) hari "
        "kerja sejak menerima Surat Keputusan ini"
    ) in text
    assert "Palangka Raya, 21 Maret 2025" in text
    assert "Penetapan PPID Nomor 02/PPID-BKD/III/2025" in text  # PERKI 1/2021 Pasal 34(2)


def test_refusal_letter_prefers_what_the_recorded_letter_says(penetapan: Penetapan) -> None:
    """Grounds and consequence written in the refusal record replace those of the test."""
    case = refusal_case(
        penetapan,
        grounds=("Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008",),
        consequence="Mengungkap kondisi kesehatan pegawai kepada umum.",
    )
    md = render_document("penolakan", case, "md", template_sources=NO_PLUGINS)
    assert isinstance(md, str)
    assert "1. Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008" in md
    assert "1. Mengungkap kondisi kesehatan pegawai kepada umum." in md
    assert "Membuka diagnosis" not in md


def test_refusal_of_only_partly_exempt_items_is_a_partial_refusal(penetapan: Penetapan) -> None:
    """When every exempt item is exempt only in part, the letter refuses in part."""
    sheet = penetapan.sheets[0]
    partial_only = attrs.evolve(sheet, rows=(sheet.rows[1],))
    case = attrs.evolve(refusal_case(penetapan), tests=(partial_only,), penetapan=None)
    html = render_document("penolakan", case, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    text = " ".join(" ".join(read_html(html).text).split())
    assert "PERMINTAAN INFORMASI DITOLAK SEBAGIAN" in text
    assert "Skor dan rekomendasi kemampuan per pejabat" in text


def test_dik_register_columns(penetapan: Penetapan) -> None:
    """DIK: informasi, dasar hukum, konsekuensi dibuka, ditutup, jangka waktu, penanggung jawab."""
    html = render_document("dik", penetapan, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    table = table_with_class(read_html(html), "dik-table")
    assert table[0] == [
        "No",
        "Informasi yang Dikecualikan",
        "Dasar Hukum",
        "Konsekuensi apabila Dibuka",
        "Pertimbangan apabila Ditutup",
        "Jangka Waktu",
        "Penanggung Jawab",
    ]
    assert len(table) == 3  # header + the two exempt items
    assert table[1][6] == "Bidang Pengadaan dan Informasi Kepegawaian"
    assert table[2][5] == "sampai dengan 31 Desember 2029"


def test_dip_has_the_seven_columns_of_lampiran_i_for_opened_items(penetapan: Penetapan) -> None:
    """DIP (Lampiran I): seven columns, only the item the test opened."""
    html = render_document("dip", penetapan, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    table = table_with_class(read_html(html), "dip-table")
    assert len(table[0]) == 7
    assert table[0][1] == "Ringkasan Isi Informasi"
    assert table[0][6] == "Jangka Waktu Penyimpanan atau Retensi Arsip"
    assert table[1] == [str(n) for n in range(1, 8)]
    (row,) = table[2:]
    assert row[1].startswith("Rekapitulasi jumlah pegawai per golongan")
    assert row[2:] == [
        "Sub Bidang Data dan Informasi",
        "Sub Bidang Data dan Informasi",
        "10 Januari 2025, Palangka Raya",
        "softcopy (PDF) dan hardcopy",
        "5 (lima) tahun",
    ]


def test_markdown_tables_have_a_constant_number_of_cells(penetapan: Penetapan) -> None:
    """Every Markdown table row has as many cells as its header (so the table renders)."""
    case = refusal_case(penetapan)
    md = render_document("lembar", case, "md", template_sources=NO_PLUGINS)
    assert isinstance(md, str)
    rows = md_table(md, "| No | Informasi |")
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert md_table(md, "| No | Nama |")[0][1] == "Lisa Apriliana, S.Sos"
    dip = render_document("dip", case, "md", template_sources=NO_PLUGINS)
    assert isinstance(dip, str)
    assert md_table(dip, "| No. |")[0][5] == "softcopy (PDF) dan hardcopy"


# --- escaping ---------------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"


def with_hostile_item(penetapan: Penetapan) -> Penetapan:
    sheet = penetapan.sheets[0]
    row = attrs.evolve(
        sheet.rows[0],
        information=SCRIPT,
        holder="Bidang | Kolom palsu | lagi",
        consequence_of_opening="1. bukan daftar\n# bukan judul\n[tautan](javascript:alert(1))",
    )
    return attrs.evolve(penetapan, sheets=(attrs.evolve(sheet, rows=(row, *sheet.rows[1:])),))


@pytest.mark.parametrize("kind", ["lembar", "penetapan", "dik"])
def test_user_markup_is_text_in_html(penetapan: Penetapan, kind: str) -> None:
    """An item named <script>alert(1)</script> appears as text, never as a script element."""
    html = render_document(kind, with_hostile_item(penetapan), "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    parsed = read_html(html)
    assert parsed.scripts == 0
    assert SCRIPT in "".join(parsed.text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("kind", ["lembar", "penetapan", "dik"])
def test_pipe_and_markdown_syntax_in_user_text_do_not_break_markdown(
    penetapan: Penetapan, kind: str
) -> None:
    """A '|' in a cell does not add columns; '<script>', '#', '1.' and links stay text."""
    md = render_document(kind, with_hostile_item(penetapan), "md", template_sources=NO_PLUGINS)
    assert isinstance(md, str)
    header = {"lembar": "| No | Informasi |", "penetapan": "| No | Informasi", "dik": "| No |"}
    rows = md_table(md, header[kind])
    assert rows, "table has rows"
    assert "<script>" not in md
    assert "\\<script\\>" in md
    assert "\\[tautan\\](javascript:alert(1))" in md
    assert "\n# bukan judul" not in md


def test_missing_parts_give_a_clear_error(penetapan: Penetapan) -> None:
    """A Penetapan from a bare Lembar, or a refusal without a request, says what is missing."""
    sheet = penetapan.sheets[0]
    with pytest.raises(DocumentError, match="Penetapan"):
        render_document("penetapan", sheet, "html", template_sources=NO_PLUGINS)
    with pytest.raises(DocumentError, match="permohonan"):
        render_document("penolakan", penetapan, "html", template_sources=NO_PLUGINS)
    only_open = attrs.evolve(sheet, rows=(sheet.rows[2],))
    with pytest.raises(DocumentError, match="dikecualikan"):
        render_document("dik", only_open, "md", template_sources=NO_PLUGINS)
    with pytest.raises(UnknownDocumentError, match="lembar"):
        render_document("lembaran", sheet, "html", template_sources=NO_PLUGINS)


def test_blank_fields_are_printed_as_dotted_gaps_not_invented() -> None:
    """A draft without number, date or place prints gaps to fill in by hand."""
    sheet = ConsequenceTestSheet(
        badan_publik="Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat",
        rows=(
            ConsequenceTest(
                information="Kunci kriptografi sistem persandian pemerintah provinsi",
                outcome=Outcome.CLOSED,
                grounds=(GroundRef(ground="c.6"),),
                consequence_of_opening="Pihak lain dapat membaca komunikasi terenkripsi.",
                consideration_of_closing="Melindungi keamanan komunikasi pemerintah.",
                period=AsLongAsNeeded(),
            ),
        ),
    )
    html = render_document("lembar", sheet, "html", template_sources=NO_PLUGINS)
    assert isinstance(html, str)
    text = " ".join(" ".join(read_html(html).text).split())
    assert "Nomor ...................." in text
    assert "Pada hari ini, .......... tanggal .......... bulan" in text
    # the ground without an as-written text is cited formally from the catalogue
    table = table_with_class(read_html(html), "lembar-table")
    assert table[2][2] == (
        "Pasal 17 huruf c angka 6 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
        "Informasi Publik"
    )
    assert table[2][5] == "selama dibutuhkan"


# --- docx -------------------------------------------------------------------------------------


def test_docx_holds_the_same_tables_and_turns_registers_to_landscape(penetapan: Penetapan) -> None:
    """The DOCX of each document opens in python-docx with the HTML's table cells."""
    docx = pytest.importorskip("docx", reason="python-docx (extra 'docx') is not installed")
    from docx.enum.section import WD_ORIENT

    case = refusal_case(penetapan)
    for kind in PRINTABLES:
        data = render_document(kind, case, "docx", template_sources=NO_PLUGINS)
        assert isinstance(data, bytes) and data[:2] == b"PK"
        document = docx.Document(io.BytesIO(data))
        landscape = kind in ("lembar", "dik", "dip")
        expected = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        assert document.sections[0].orientation == expected, kind
    lembar = docx.Document(
        io.BytesIO(render_document("lembar", case, "docx", template_sources=NO_PLUGINS))
    )
    table = lembar.tables[0]
    assert [c.text for c in table.rows[1].cells][3:5] == ["Dibuka", "Ditutup"]
    assert table.rows[2].cells[2].text == "Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008"
    texts = [p.text for p in lembar.paragraphs]
    # The agency's kop surat (Kalteng's, from its plugin) comes first, as centred lines.
    assert texts[:2] == ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "BADAN KEPEGAWAIAN DAERAH"]
    assert texts[2] == "LEMBAR PENGUJIAN KONSEKUENSI"
    assert any(t.startswith("Pada hari ini, Senin, tanggal tujuh belas") for t in texts)


def test_docx_without_python_docx_names_the_extra(
    penetapan: Penetapan, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without python-docx, asking for docx says to install uji-konsekuensi[docx]."""
    import builtins

    from uji_konsekuensi.documents import MissingExtraError

    real_import = builtins.__import__

    def no_docx(name: str, globals_: Any = None, locals_: Any = None, fromlist: Any = (),
                level: int = 0) -> Any:  # fmt: skip
        if level == 0 and (name == "docx" or name.startswith("docx.")):
            raise ImportError("No module named 'docx'")
        return real_import(name, globals_, locals_, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", no_docx)
    with pytest.raises(MissingExtraError, match=r"uji-konsekuensi\[docx\]"):
        render_document("lembar", penetapan, "docx", template_sources=NO_PLUGINS)


def test_files_of_other_parts_render(penetapan: Penetapan) -> None:
    """The example records shipped in examples/data render as Lembar and DIK."""
    examples = Path(__file__).parent.parent / "examples" / "data"
    files = sorted(examples.glob("*lembar*.json")) + sorted(examples.glob("*penetapan*.json"))
    assert files
    for path in files:
        bundle = load_source(path)
        html = render_document("lembar", bundle, "html", template_sources=NO_PLUGINS)
        assert isinstance(html, str)
        rows = table_with_class(read_html(html), "lembar-table")[2:]
        assert len(rows) == len(bundle.entries)
