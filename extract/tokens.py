"""jieba segmentation with part-of-speech tags, as character-offset tokens."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Token:
    word: str
    pos: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _cut(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((p.word, p.flag) for p in jieba.posseg.cut(text))


def jieba_words(text: str) -> list[Token]:
    """Segment ``text`` with jieba (HMM on) and return tagged tokens with offsets."""
    out: list[Token] = []
    pos = 0
    for word, flag in _cut(text):
        out.append(Token(word, flag, pos, pos + len(word)))
        pos += len(word)
    return out
