"""jieba segmentation with part-of-speech tags, as character-offset tokens."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Token:
    word: str
    pos: str
    start: int
    end: int


def jieba_words(text: str) -> list[Token]:
    """Segment ``text`` with jieba (HMM on) and return tagged tokens with offsets."""
    out: list[Token] = []
    pos = 0
    for pair in jieba.posseg.cut(text):
        word, flag = pair.word, pair.flag
        out.append(Token(word, flag, pos, pos + len(word)))
        pos += len(word)
    return out
