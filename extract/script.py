"""Traditional characters: detect them, and convert to simplified for extraction (OpenCC).

Conversion keeps one character per character, so offsets into the simplified text are offsets
into the original: provenance always points at the characters as written.
"""

from __future__ import annotations

from functools import lru_cache

TRADITIONAL_SHARE = 0.03  # share of CJK characters that change under t2s above which a text is traditional


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, bool]:
    """(text in simplified characters with the same length, whether the original was traditional)."""
    cjk = [ch for ch in text[:200000] if "\u4e00" <= ch <= "\u9fff"]
    if not cjk:
        return text, False
    conv = _converter()
    sample = "".join(cjk[:20000])
    converted = conv.convert(sample)
    changed = sum(1 for a, b in zip(sample, converted, strict=False) if a != b) if len(converted) == len(sample) else len(sample)
    if changed / len(sample) < TRADITIONAL_SHARE:
        return text, False
    whole = conv.convert(text)
    if len(whole) == len(text):
        return whole, True
    # a phrase conversion changed the length somewhere: convert character by character instead
    out = []
    for ch in text:
        c = conv.convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out), True
