"""Read input files and decode them, reporting what cannot be read."""

from __future__ import annotations

import bisect
import codecs
import hashlib
import io
import logging
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


class ReadError(Exception):
    """A file that cannot be turned into text; the message says why in one line."""


@dataclass(frozen=True)
class RawText:
    """A file as text. ``text`` is what provenance offsets index: the decoded file for .txt, the
    main text for .html, the text layer for .pdf (pages joined by form feeds), the paragraphs for
    .docx. ``work`` is the same text in simplified characters, of the same length, for extraction."""

    path: Path
    text: str
    encoding: str
    sha256: str
    kind: str = "txt"
    pages: tuple[int, ...] = ()  # start offset of each PDF page
    work: str = ""
    traditional: bool = False

    @property
    def for_extraction(self) -> str:
        return self.work or self.text

    def page_of(self, offset: int) -> int | None:
        """1-based PDF page of a character offset."""
        if not self.pages:
            return None
        return bisect.bisect_right(self.pages, offset)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    """More than 5 % control bytes (NUL and friends) in the first 4 KiB: not a text file."""
    sample = data[:4096]
    if not sample or _utf16_bom(sample):
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.05


def _utf16_bom(data: bytes) -> bool:
    return data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes trying, in order: BOMs, UTF-8, GB18030, then charset detection.

    Returns ``(text, encoding)``; raises :class:`ReadError` when nothing fits.
    """
    if not data:
        raise ReadError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    if _utf16_bom(data):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ReadError(f"UTF-16 byte-order mark but undecodable: {exc.reason}") from exc
    if _looks_binary(data):
        raise ReadError("binary content (control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = None
        if text is not None and _mostly_cjk_or_ascii(text):
            return text, "gb18030"
        best = from_bytes(data).best()
        if best is not None and best.encoding and _mostly_cjk_or_ascii(str(best)):
            return str(best), best.encoding
        raise ReadError(
            f"not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}) and no other encoding fits"
        ) from utf8_error


def _mostly_cjk_or_ascii(text: str) -> bool:
    if not text:
        return False
    good = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return good / len(text) > 0.9


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Read one input file of any supported kind; raise :class:`ReadError` saying why not."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"too large: {size} bytes > limit {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"unreadable: {exc.strerror or exc}") from exc
    if not data:
        raise ReadError("empty file")
    suffix = path.suffix.lower()
    pages: tuple[int, ...] = ()
    if suffix in (".html", ".htm"):
        text, encoding = _html_text(data)
        kind = "html"
    elif suffix == ".pdf":
        text, pages = _pdf_text(data)
        encoding, kind = "pdf", "pdf"
    elif suffix == ".docx":
        text, encoding, kind = _docx_text(data), "docx", "docx"
    else:
        text, encoding = decode_bytes(data)
        kind = "txt"
    if not text.strip():
        raise ReadError("no text (only white space)")
    from .script import to_simplified

    work, traditional = to_simplified(text)
    return RawText(
        path=path,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        kind=kind,
        pages=pages,
        work=work if traditional else "",
        traditional=traditional,
    )


def _html_text(data: bytes) -> tuple[str, str]:
    """The main text of a saved web page (navigation, menus and footers left out), by trafilatura."""
    import trafilatura

    if _looks_binary(data):
        raise ReadError("binary content (control bytes), not an HTML page")
    try:
        html, encoding = decode_bytes(data)
    except ReadError as exc:
        raise ReadError(f"HTML page: {exc}") from exc
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
    if not text:
        raise ReadError("HTML page without main text")
    return text, encoding


def _pdf_text(data: bytes) -> tuple[str, tuple[int, ...]]:
    """The text layer of a PDF, page by page (pages joined by form feeds, their starts kept)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.startswith(b"%PDF"):
        raise ReadError("not a PDF (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        texts = [(page.extract_text() or "") for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ReadError(f"corrupt PDF: {exc.__class__.__name__}: {str(exc)[:120]}") from exc
    if not texts:
        raise ReadError("PDF without pages")
    if not any(t.strip() for t in texts):
        raise ReadError(f"scanned PDF without a text layer ({len(texts)} page(s)); run OCR first")
    starts: list[int] = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    return "\f".join(texts), tuple(starts)


def _docx_text(data: bytes) -> str:
    """Paragraphs and table cells of a Word document, one per line."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError(f"corrupt Word document: {exc.__class__.__name__}") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def discover(inputs: Iterable[Path]) -> list[Path]:
    """All supported files under the given files or folders, sorted for determinism."""
    found: set[Path] = set()
    for item in inputs:
        if item.is_dir():
            for path in item.rglob("*"):
                if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
                    found.add(path)
        elif item.exists():
            found.add(item)
        else:
            raise FileNotFoundError(f"input not found: {item}")
    return sorted(found)


def iter_texts(paths: Iterable[Path], errors: list[tuple[Path, str]], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawText]:
    """Yield files as text, one at a time; unreadable ones are appended to ``errors`` and skipped."""
    for path in paths:
        try:
            yield read_file(path, max_bytes)
        except ReadError as exc:
            log.info("skipped %s: %s", path, exc)  # the caller reports it to the user, once
            errors.append((path, str(exc)))
