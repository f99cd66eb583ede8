"""The spaCy pipeline: ``spacy.blank("zh")`` with a jieba tokenizer and the project's components.

Components, in order:

``govkg_names``     proposes candidates from :mod:`extract.grammar` and keeps the ones the
                    conflict policy (:func:`extract.grammar.resolve`) allows;
``govkg_titles``    applies title grammar across candidates (a government body followed by a
                    title is one POST; an enterprise followed by a title stays split);
``govkg_relations`` finds relations between the mentions of a sentence (:mod:`extract.relations`).

Mentions are kept as character spans in ``doc._.mentions`` (jieba tokens do not always end
where a name ends) and mirrored, token-aligned, in ``doc.spans["govkg"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import grammar
from .relations import find_relations
from .segment import sentence_spans
from .tokens import Token, jieba_words


@dataclass
class Span:
    start: int
    end: int
    label: str
    source: str


if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)
if not Doc.has_extension("relations"):
    Doc.set_extension("relations", default=None)
if not Doc.has_extension("known"):
    Doc.set_extension("known", default=None)


class JiebaTokenizer:
    """Tokenise with jieba (POS-tagged); the POS tag goes to ``token.tag_``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        toks = jieba_words(text)
        words = [t.word for t in toks]
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words)) if words else Doc(self.vocab, words=[])
        for token, t in zip(doc, toks, strict=True):
            token.tag_ = t.pos
        doc.user_data["jieba"] = toks  # the tokens as the grammar reads them, so it need not rebuild them
        if "".join(words) == text:  # jieba covers every character, so this is what Doc.text would join
            doc.user_data["text"] = text
        return doc


def doc_text(doc: Doc) -> str:
    """The text of a Doc this tokenizer made, kept as given (``Doc.text`` joins every token anew,
    a pass over the tokens each time a component asks)."""
    text = doc.user_data.get("text")
    return text if isinstance(text, str) else doc.text


@Language.component("govkg_names")
def names_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    tokens = doc.user_data.get("jieba") or [Token(t.text, t.tag_, t.idx, t.idx + len(t.text)) for t in doc]
    cands = grammar.candidates(text, tokens)
    known = doc._.known or {}
    for name, label in known.items():
        for m in re.finditer(re.escape(name), text):
            cands.append(grammar.Candidate(m.start(), m.end(), label, 65, "known-name"))
    # a name never crosses a sentence boundary (facts cite one sentence)
    sentence_of = {}
    for k, (a, b) in enumerate(sentence_spans(text)):
        for pos in range(a, b):
            sentence_of[pos] = k
    cands = [c for c in cands if sentence_of.get(c.start) == sentence_of.get(c.end - 1)]
    chosen = grammar.resolve(cands)
    doc._.mentions = [Span(c.start, c.end, c.label, c.source) for c in chosen]
    return doc


_GOV_BODY = re.compile(r"(?:局|委|办|部|政府|人大常委会|政协|委员会|街道|中心|党组|党委|厅|院|办公室)$")


@Language.component("govkg_titles")
def titles_component(doc: Doc) -> Doc:
    ms: list[Span] = doc._.mentions or []
    text = doc_text(doc)
    out: list[Span] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if (
            nxt is not None
            and m.label == "OFFICE"
            and nxt.label == "POST"
            and nxt.start == m.end
            and _GOV_BODY.search(text[m.start : m.end])
        ):
            out.append(Span(m.start, nxt.end, "POST", "title:body+title"))
            i += 2
            continue
        out.append(m)
        i += 1
    doc._.mentions = out
    spans = []
    for m in out:
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["govkg"] = spans
    return doc


@Language.component("govkg_relations")
def relations_component(doc: Doc) -> Doc:
    doc._.relations = find_relations(doc_text(doc), doc._.mentions or [])
    return doc


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    nlp = spacy.blank("zh")
    nlp.tokenizer = JiebaTokenizer(nlp.vocab)
    nlp.add_pipe("govkg_names")
    nlp.add_pipe("govkg_titles")
    nlp.add_pipe("govkg_relations")
    return nlp


@dataclass
class Analysis:
    """What the pipeline finds in one paragraph, as plain picklable data."""

    mentions: list[Span]
    relations: list


_ABBREV = re.compile(r"[((](?:以下|下文)?(?:简称|简称为)[::]?[“\"]?([^))“”\"::]{2,12})[”\"]?[))]")


def definitions(text: str, ments: list) -> list[tuple[str, str, str]]:
    """Abbreviations a paragraph defines, ``X(以下简称Y)``: (Y, label of X, X as written)."""
    out = []
    for m in _ABBREV.finditer(text):
        before = [x for x in ments if x.end <= m.start() and m.start() - x.end <= 1]
        if before:
            full = re.sub(r"\s+", "", text[before[-1].start : before[-1].end])
            out.append((m.group(1), before[-1].label, full))
    return out


def analyse_plain(text: str, known: dict[str, str] | None = None) -> Analysis:
    """:func:`analyse`, keeping only the mentions and relations (what crosses process boundaries).
    Abbreviations the paragraph itself defines (``…委员会(以下简称区委会)``) are known in it too."""
    doc = analyse(text, known)
    mentions = list(doc._.mentions or [])
    local = {short: label for short, label, _full in definitions(text, mentions) if (known or {}).get(short) != label}
    if local:
        doc = analyse(text, {**(known or {}), **local})
        mentions = list(doc._.mentions or [])
    return Analysis(mentions, list(doc._.relations or []))


def analyse_task(item: tuple[str, dict[str, str] | None]) -> Analysis:
    """One ``(text, known names)`` item, for ``map`` over processes."""
    return analyse_plain(*item)


def analyse(text: str, known: dict[str, str] | None = None) -> Doc:
    """Run the pipeline on one normalised paragraph."""
    nlp = make_nlp()
    doc = nlp.make_doc(text)
    doc._.known = known
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
