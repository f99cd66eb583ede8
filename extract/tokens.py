"""jieba segmentation with part-of-speech tags, as character-offset tokens."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

import jieba
import jieba.posseg

from .viterbi import posseg_viterbi

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Token:
    word: str
    pos: str
    start: int
    end: int


def _hmm_pairs(sentence: str) -> list[tuple[str, str]]:
    """jieba's HMM step on one run of characters (``POSTokenizer.__cut``), its Viterbi search
    done by :mod:`extract.viterbi` (the same route, several times sooner)."""
    _prob, route = posseg_viterbi()(sentence)
    out: list[tuple[str, str]] = []
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        where, flag = route[i]
        if where == "B":
            begin = i
        elif where == "E":
            out.append((sentence[begin : i + 1], flag))
            nexti = i + 1
        elif where == "S":
            out.append((char, flag))
            nexti = i + 1
    if nexti < len(sentence):
        out.append((sentence[nexti:], route[nexti][1]))
    return out


class MemoPOSTokenizer(jieba.posseg.POSTokenizer):
    """jieba's POS tokenizer with its HMM step (segmenting and tagging runs of characters the
    dictionary does not cover, a Viterbi search, the bulk of its time) decoded with numpy and
    remembered per run.

    Reports repeat such runs (names, places, stock phrases), so a bounded memo returns the very
    pairs jieba would compute, about 40% sooner over the seeds; the numpy decoder makes each new
    run about 6 times cheaper. The override is of jieba's private ``__cut``; should a jieba release
    rename it, this class is plain jieba.
    """

    def __init__(self, tokenizer: jieba.Tokenizer | None = None, maxsize: int = 200_000) -> None:
        super().__init__(tokenizer)
        self._memo: OrderedDict[str, list[tuple[str, str]]] = OrderedDict()
        self._maxsize = maxsize

    def load_word_tag(self, f) -> None:  # noqa: ANN001 (jieba's signature: an open dictionary file)
        """The dictionary's tags: for jieba's own dictionary, a copy of the table ``jieba.posseg``
        parsed when it was imported (parsing the 349,000 lines again costs 0.3-0.5 s a process)."""
        base = jieba.posseg.dt
        if self.tokenizer is base.tokenizer and _default_dictionary(self.tokenizer) and base.word_tag_tab:
            f.close()
            self.word_tag_tab = dict(base.word_tag_tab)
        else:
            super().load_word_tag(f)

    def _POSTokenizer__cut(self, sentence: str) -> Iterator[jieba.posseg.pair]:  # noqa: N802 (jieba's name)
        hit = self._memo.get(sentence)
        if hit is None:
            hit = _hmm_pairs(sentence)
            self._memo[sentence] = hit
            if len(self._memo) > self._maxsize:
                self._memo.popitem(last=False)
        else:
            self._memo.move_to_end(sentence)
        for word, flag in hit:
            yield jieba.posseg.pair(word, flag)


def _default_dictionary(tokenizer: jieba.Tokenizer) -> bool:
    """Does ``tokenizer`` read jieba's own dictionary, the one ``jieba.posseg`` loaded its tags from?"""
    return getattr(tokenizer, "dictionary", None) == jieba.DEFAULT_DICT and not getattr(tokenizer, "user_word_tag_tab", None)


def word_tags() -> dict[str, str]:
    """jieba's dictionary tags (word -> POS) as the tagger reads them (jieba's dictionary made ready first)."""
    _TAGGER.tokenizer.initialize()
    return _TAGGER.word_tag_tab


_JIEBA_HMM_CUT = getattr(jieba.posseg.POSTokenizer, "_POSTokenizer__cut", None)
_TAGGER = MemoPOSTokenizer(jieba.dt) if _JIEBA_HMM_CUT is not None else jieba.posseg.dt


def jieba_words(text: str) -> list[Token]:
    """Segment ``text`` with jieba (HMM on) and return tagged tokens with offsets."""
    out: list[Token] = []
    pos = 0
    for pair in _TAGGER.cut(text):
        word, flag = pair.word, pair.flag
        out.append(Token(word, flag, pos, pos + len(word)))
        pos += len(word)
    return out
