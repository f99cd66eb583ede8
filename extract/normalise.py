"""Normalise noisy extracted text while keeping a map back to raw offsets.

Every function here works on one paragraph (one raw line) and returns a
:class:`NormText`: the cleaned text and, for each of its characters, the offset of
the raw character it came from. ``to_raw_span`` turns a normalised span back into
a raw one, so every mention can cite the exact characters of the input file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>")
_SUPERSCRIPTS = set("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾")
_DROP = {"\ufffd", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_FOOTNOTE_BRACKET = re.compile(r"\[(?:\d{1,3}|注\d{0,2})\]")


def is_cjk(ch: str) -> bool:
    """CJK ideograph or CJK/full-width punctuation."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or 0x2E80 <= o <= 0x2FDF
        or 0xF900 <= o <= 0xFAFF
        or o in (0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026, 0x00B7)
    )


@dataclass(frozen=True)
class NormText:
    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; last is the raw end

    def raw_chars(self, raw: str, start: int, end: int) -> str:
        """The raw characters the normalised [start, end) came from, in order: dropped markup and
        white space stay out, original (unfolded) forms stay as written. ``raw`` is the text the
        offsets index (the whole file for a document, the paragraph for a lone paragraph)."""
        out: list[str] = []
        last = -1
        for off in self.offsets[start:end]:
            if off != last:
                out.append(raw[off])
                last = off
        return "".join(out)

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering the normalised [start, end)."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _fold(ch: str) -> str:
    """Full-width/half-width and compatibility variants to their plain form (NFKC)."""
    if ch in "“”‘’《》、。·—…":
        return ch
    if ch == "\u3000":
        return " "
    return unicodedata.normalize("NFKC", ch)


def normalise(raw: str, base: int = 0) -> NormText:
    """Clean one paragraph. ``base`` is added to every offset (the paragraph's raw start)."""
    # 1. characters and markup to delete outright: tags, footnote marks, broken characters
    keep = [True] * len(raw)
    for m in _TAG.finditer(raw):
        for i in range(m.start(), m.end()):
            keep[i] = False
    for m in _FOOTNOTE_BRACKET.finditer(raw):
        for i in range(m.start(), m.end()):
            keep[i] = False
    for i, ch in enumerate(raw):
        if ch in _SUPERSCRIPTS or ch in _DROP or unicodedata.category(ch) in ("Co", "Cs", "Cc") and ch != "\t":
            keep[i] = False

    chars: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(raw):
        if not keep[i]:
            continue
        folded = _fold(ch)
        for f in folded:
            chars.append(f)
            offs.append(base + i)

    # 2. white space: drop runs touching a CJK character, collapse the others to one space
    out: list[str] = []
    out_offs: list[int] = []
    n = len(chars)
    i = 0
    while i < n:
        ch = chars[i]
        if ch.isspace():
            j = i
            while j < n and chars[j].isspace():
                j += 1
            prev = out[-1] if out else ""
            nxt = chars[j] if j < n else ""
            if prev and nxt and not (is_cjk(prev) or is_cjk(nxt)):
                out.append(" ")
                out_offs.append(offs[i])
            i = j
            continue
        out.append(ch)
        out_offs.append(offs[i])
        i += 1
    end = (out_offs[-1] + 1) if out_offs else base
    out_offs.append(end)
    return NormText("".join(out), tuple(out_offs))
