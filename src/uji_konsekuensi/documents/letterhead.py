"""The kop surat (letterhead) an agency prints its documents under, and the place of signing.

Every official letter of an Indonesian public body carries its kop surat: the logo, the names of
the government and of the office, the address, telephone, e-mail (pos-el) and web site (laman).
An agency plugin declares its `Letterhead` through the hook ``uji_agency_letterhead``; a
deployment replaces it with a JSON file named on the command line (``--letterhead FILE``), in
the environment (``UJI_KONSEKUENSI_LETTERHEAD``) or in `DocumentSettings` (docs/documents.md).

Nothing is invented: a plugin gives the text its source shows (for the four agencies, the
headings of their SOP documents) and lists in ``missing`` what the source does not give (an
address, a logo). A city that no source writes but that is certain (the seat of a provincial
government) is given with ``city_inferred`` saying why, as the project marks every inference.

``city`` is the place of signing of the office's own letters ("Pontianak, 16 Mei 2025" on a
refusal letter): the office signs where it sits, not where a consequence test was held.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .. import jsonio
from ..errors import InputError, Problem
from ..i18n import Text
from . import messages as M

if TYPE_CHECKING:
    from ..plugins import UjiPluginManager

#: The hook an agency plugin declares its letterhead with (hookspecs.py).
LETTERHEAD_HOOK = "uji_agency_letterhead"

#: Environment variable naming a letterhead JSON file that replaces the agency's.
LETTERHEAD_ENV = "UJI_KONSEKUENSI_LETTERHEAD"

#: Image types a logo may have, by suffix, with their MIME type (embedded as a data: URL).
LOGO_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
}

#: A logo larger than this is refused: a kop surat logo is a few hundred kB at most.
MAX_LOGO_BYTES = 2_000_000

#: The first bytes of each raster type (PNG: ISO/IEC 15948 section 5.2; JPEG: the SOI marker
#: and the first marker's 0xFF). SVG is text and is recognised by its root element.
_MAGIC = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
_SVG_NS = "{http://www.w3.org/2000/svg}"
#: An SVG reference that stays inside the file: a fragment (#id) or a data: URL.
_LOCAL_REF = re.compile(r"\s*(#|data:)", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")]*)|@import", re.IGNORECASE)


class LogoError(ValueError):
    """Why a logo file cannot be printed, in both languages."""

    def __init__(self, message: str, message_en: str) -> None:
        self.message = message
        self.message_en = message_en
        super().__init__(f"{message} / {message_en}")

    @classmethod
    def saying(cls, text: Text) -> LogoError:
        return cls(text.id, text.en)


def _sniff(data: bytes) -> str | None:
    """The MIME type the content says (PNG, JPEG, SVG), or None."""
    for magic, mime in _MAGIC.items():
        if data.startswith(magic):
            return mime
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in head:
        return "image/svg+xml"
    return None


def _check_svg(data: bytes) -> None:
    """Refuse an SVG that could reach outside itself when drawn: an entity declaration (a
    DOCTYPE with an internal subset), a script, a foreignObject (HTML inside the logo), or an
    ``href``/``src``/CSS ``url()`` or ``@import`` that is not a fragment or a data: URL (a
    ``file:///`` reference was fetched and embedded in the PDF)."""
    import xml.etree.ElementTree as ET

    if b"<!ENTITY" in data or re.search(rb"<!DOCTYPE[^>]*\[", data):
        raise LogoError.saying(M.LOGO_SVG_ENTITIES())
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise LogoError.saying(M.LOGO_SVG_INVALID(error=exc)) from None
    if root.tag != _SVG_NS + "svg" and root.tag != "svg":
        raise LogoError.saying(M.LOGO_NOT_SVG())
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        if tag in ("script", "foreignObject"):
            raise LogoError.saying(M.LOGO_SVG_ELEMENT(tag=tag))
        texts = [element.text or ""] if tag == "style" else []
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1]
            if local in ("href", "src") and not _LOCAL_REF.match(value):
                raise _external(value)
            if local == "style" or "url(" in value:
                texts.append(value)
        for text in texts:
            for match in _CSS_URL.finditer(text):
                target = match.group(1)
                if target is None or not _LOCAL_REF.match(target):
                    raise _external(match.group(0))


def _external(reference: str) -> LogoError:
    shown = reference if len(reference) <= 80 else reference[:77] + "..."
    return LogoError.saying(M.LOGO_SVG_EXTERNAL(reference=shown))


def read_logo(path: Path) -> tuple[str, bytes]:
    """A logo's MIME type and bytes, checked by content: at most `MAX_LOGO_BYTES`, a PNG, JPEG
    or SVG by its first bytes (not its name: a ".png" holding text is refused), of the type its
    suffix names, and an SVG without external references (`_check_svg`). `LogoError` says why
    not; OSError passes."""
    with path.open("rb") as stream:
        data = stream.read(MAX_LOGO_BYTES + 1)
    if len(data) > MAX_LOGO_BYTES:
        raise LogoError.saying(M.LOGO_TOO_LARGE(most=MAX_LOGO_BYTES))
    mime = _sniff(data)
    if mime is None:
        raise LogoError.saying(M.LOGO_NOT_IMAGE())
    named = LOGO_TYPES.get(path.suffix.lower())
    if named != mime:
        suffix = path.suffix or M.LOGO_SUFFIX_MISMATCH_NO_SUFFIX()
        raise LogoError.saying(M.LOGO_SUFFIX_MISMATCH(suffix=suffix, mime=mime))
    if mime == "image/svg+xml":
        _check_svg(data)
    return mime, data


@attrs.frozen(kw_only=True)
class Correction:
    """A value of the source that is printed corrected: what was written, and why it changed."""

    field: str
    as_written: str
    corrected: str
    reason: str


def _lines(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _corrections(value: Iterable[Correction]) -> tuple[Correction, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Letterhead:
    """An agency's kop surat.

    ``lines``: the names, top to bottom, as the source writes them ("PROVINSI KALIMANTAN BARAT",
    "DINAS KOMUNIKASI DAN INFORMATIKA"); the first is printed smaller, the last largest is not
    assumed: every line is bold, the second and later slightly larger (tata naskah dinas).
    ``address``, ``phone``, ``email``, ``website``: printed under the names when known.
    ``city``: the place of signing; ``city_inferred``: why the city is known although the source
    does not write it (None when it does). ``logo``: an image file (PNG, JPEG, SVG).
    ``missing``: what the source does not give ("alamat", "logo"), said by the plugin so a user
    knows the gap is not a bug. ``source``: where the text comes from. ``corrections``: values
    printed corrected, each with what was written.
    """

    lines: tuple[str, ...] = attrs.field(converter=_lines)
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    city: str | None = None
    city_inferred: str | None = None
    logo: Path | None = None
    missing: tuple[str, ...] = attrs.field(default=(), converter=_lines)
    source: str | None = None
    corrections: tuple[Correction, ...] = attrs.field(default=(), converter=_corrections)

    @lines.validator
    def _check_lines(self, attribute: Any, value: tuple[str, ...]) -> None:
        if not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise ValueError("Letterhead.lines: expected at least one non-empty line of text")

    @property
    def contacts(self) -> tuple[str, ...]:
        """The contact parts as printed: "Telepon ...", "Pos-el ...", "Laman ..."."""
        parts = []
        # A kop surat is Indonesian: the labels' Bahasa Indonesia.
        if self.phone:
            parts.append(M.LETTERHEAD_PHONE(phone=self.phone).id)
        if self.email:
            parts.append(M.LETTERHEAD_EMAIL(email=self.email).id)
        if self.website:
            parts.append(M.LETTERHEAD_WEBSITE(website=self.website).id)
        return tuple(parts)

    def logo_data_uri(self) -> str | None:
        """The logo as a ``data:`` URL, so that the HTML document stays one self-contained file."""
        if self.logo is None:
            return None
        try:
            mime, data = read_logo(self.logo)
        except LogoError as exc:
            raise InputError.one(
                str(self.logo), "logo", exc.message, exc.message_en, value=str(self.logo)
            ) from None
        except OSError as exc:
            said = M.LOGO_UNREADABLE(reason=exc.strerror or type(exc).__name__)
            raise InputError.one(str(self.logo), "logo", said.id, said.en) from None
        return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


_TEXT_FIELDS = ("address", "phone", "email", "website", "city", "city_inferred", "source")


def _problem(path: str, said: Text, value: Any, expected: Text) -> Problem:
    return Problem(
        path=path,
        message=said.id,
        message_en=said.en,
        value=value,
        expected=expected.id,
        expected_en=expected.en,
    )


def letterhead_from_dict(data: Any, source: str, base: Path | None = None) -> Letterhead:
    """A `Letterhead` from JSON data; a relative ``logo`` is read from ``base`` (the file's folder).

    Raises `InputError` listing every problem with its JSON path, the value and what was expected.
    """
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        raise InputError(
            source,
            [
                _problem(
                    "",
                    M.LETTERHEAD_NOT_OBJECT(),
                    type(data).__name__,
                    M.LETTERHEAD_NOT_OBJECT_EXPECTED(),
                )
            ],
        )
    known = {"lines", "logo", "missing", *_TEXT_FIELDS}
    listed = ", ".join(sorted(known))
    for key in data:
        if key not in known:
            problems.append(
                _problem(
                    str(key),
                    M.LETTERHEAD_FIELD_UNKNOWN(known=listed),
                    key,
                    Text(id=listed, en=listed),
                )
            )
    lines = data.get("lines")
    if (
        not isinstance(lines, list)
        or not lines
        or not all(isinstance(x, str) and x.strip() for x in lines)
    ):
        problems.append(
            _problem(
                "lines",
                M.LETTERHEAD_LINES_INVALID(),
                lines,
                M.LETTERHEAD_LINES_INVALID_EXPECTED(),
            )
        )
    for key in _TEXT_FIELDS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(
                _problem(key, M.LETTERHEAD_NOT_TEXT(), value, M.LETTERHEAD_NOT_TEXT_EXPECTED())
            )
    missing = data.get("missing", [])
    if not isinstance(missing, list) or not all(isinstance(x, str) for x in missing):
        problems.append(
            _problem(
                "missing",
                M.LETTERHEAD_MISSING_INVALID(),
                missing,
                M.LETTERHEAD_MISSING_INVALID_EXPECTED(),
            )
        )
    logo: Path | None = None
    raw_logo = data.get("logo")
    if raw_logo is not None:
        if not isinstance(raw_logo, str):
            problems.append(
                _problem(
                    "logo",
                    M.LETTERHEAD_LOGO_NOT_TEXT(),
                    raw_logo,
                    M.LETTERHEAD_LOGO_NOT_TEXT_EXPECTED(),
                )
            )
        else:
            logo = Path(raw_logo)
            if not logo.is_absolute() and base is not None:
                logo = base / logo
            if logo.suffix.lower() not in LOGO_TYPES:
                problems.append(
                    _problem(
                        "logo",
                        M.LETTERHEAD_LOGO_TYPE(),
                        raw_logo,
                        Text(id=", ".join(LOGO_TYPES), en=", ".join(LOGO_TYPES)),
                    )
                )
            elif not logo.is_file():
                problems.append(
                    _problem(
                        "logo",
                        M.LETTERHEAD_LOGO_MISSING(logo=logo),
                        raw_logo,
                        M.LETTERHEAD_LOGO_MISSING_EXPECTED(),
                    )
                )
            elif logo.stat().st_size > MAX_LOGO_BYTES:
                problems.append(
                    _problem(
                        "logo",
                        M.LETTERHEAD_LOGO_TOO_LARGE(),
                        logo.stat().st_size,
                        M.LETTERHEAD_LOGO_TOO_LARGE_EXPECTED(most=MAX_LOGO_BYTES),
                    )
                )
            else:
                try:
                    read_logo(logo)
                except (LogoError, OSError) as exc:
                    message = getattr(exc, "message", str(exc))
                    problems.append(
                        _problem(
                            "logo",
                            Text(id=message, en=getattr(exc, "message_en", message)),
                            raw_logo,
                            M.LETTERHEAD_LOGO_REFUSED_EXPECTED(),
                        )
                    )
    if problems:
        raise InputError(source, problems)
    assert isinstance(lines, list)
    text: dict[str, Any] = {key: data.get(key) for key in _TEXT_FIELDS}
    return Letterhead(lines=tuple(lines), logo=logo, missing=tuple(missing), **text)


def load_letterhead(path: str | os.PathLike[str]) -> Letterhead:
    """Read a letterhead JSON file (docs/documents.md shows one); `InputError` if unusable."""
    p = Path(path)
    # The one JSON reader (uji_konsekuensi.jsonio): limits, duplicate keys, text rules, BOM.
    data = jsonio.read_json(p)
    return letterhead_from_dict(data, str(p), p.parent)


def _check_letterhead(value: Any) -> Text | None:
    if isinstance(value, Letterhead):
        return None
    return M.LETTERHEAD_HOOK_RETURNED(type=type(value).__name__)


def agency_letterhead(
    agency_code: str | None, plugin_manager: UjiPluginManager | None = None
) -> Letterhead | None:
    """The letterhead the agency's plugin declares (hook ``uji_agency_letterhead``), or None.

    A plugin whose hook raises or returns something else is a `PluginError`: a letter printed
    under no kop, or the wrong one, would be silently wrong.
    """
    if agency_code is None:
        return None
    from ..plugins import call_hook, default_plugin_manager

    pm = plugin_manager if plugin_manager is not None else default_plugin_manager()
    if getattr(pm.hook, LETTERHEAD_HOOK, None) is None:
        return None
    outcome = call_hook(
        pm,
        LETTERHEAD_HOOK,
        {"agency_code": agency_code},
        _check_letterhead,
        agency_code=agency_code,
    )
    if outcome.problems:
        raise outcome.problems[0]
    return outcome.results[0][1] if outcome.results else None
