"""Read input files and decode them, reporting what cannot be read."""

from __future__ import annotations

import codecs
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt",)
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


class ReadError(Exception):
    """A file that cannot be turned into text; the message says why in one line."""


@dataclass(frozen=True)
class RawText:
    path: Path
    text: str
    encoding: str
    sha256: str


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    if sample.count(b"\x00") > len(sample) // 10 and not _utf16_bom(sample):
        return True
    return False


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
        raise ReadError("binary content (NUL bytes), not text")
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
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"too large: {size} bytes > limit {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"unreadable: {exc.strerror or exc}") from exc
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise ReadError("no text (only white space)")
    return RawText(path=path, text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


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


def iter_texts(paths: Iterable[Path], errors: list[tuple[Path, str]]) -> Iterator[RawText]:
    """Yield decoded files; undecodable ones are appended to ``errors`` and skipped."""
    for path in paths:
        try:
            yield read_file(path)
        except ReadError as exc:
            log.warning("skipped %s: %s", path, exc)
            errors.append((path, str(exc)))
