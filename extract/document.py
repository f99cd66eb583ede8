"""One document end to end in ``extract/``: read -> normalise -> segment -> recognise."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .metadata import extract_meta
from .normalise import NormText, normalise
from .pipeline import Analysis, analyse_plain, analyse_task, definitions
from .quantities import find_quantities
from .reader import RawText
from .records import Document, DocumentMeta, Mention, Quantity, Relation, Sentence
from .segment import paragraphs, sentence_spans
from .sidecar import SidecarError, sidecar_for

log = logging.getLogger(__name__)


def strip_ws(text: str) -> str:
    return re.sub(r"\s+", "", text)


def raw_spans(norm: NormText, raw: str, mentions: list) -> list[tuple[str, int, int]]:
    """(text as GUIDELINES.md writes it, raw start, raw end) for mentions found in normalised text."""
    out = []
    for m in mentions:
        r_start, r_end = norm.to_raw_span(m.start, m.end)
        out.append((strip_ws(norm.raw_chars(raw, m.start, m.end)), r_start, r_end))
    return out


def document_meta(raw: RawText, problems: list[str]) -> DocumentMeta:
    """What the text says about itself, overridden by the user's sidecar (see extract/sidecar.py)."""
    meta = extract_meta(raw.for_extraction)
    try:
        given = sidecar_for(Path(raw.path))
    except SidecarError as exc:
        log.warning("%s", exc)
        problems.append(f"sidecar ignored: {exc}")
        return meta
    if not given:
        return meta
    fields = {"type": "doc_type"}
    return replace(meta, **{fields.get(k, k): v for k, v in given.items()})


Mapper = Callable[[Callable[[Any], Analysis], list], Iterable[Analysis]]


def analyse_paragraphs(texts: list[str], mapper: Mapper = map) -> tuple[list[Analysis], dict[str, str]]:
    """Every paragraph analysed as if in order, each knowing the abbreviations defined before it.

    The paragraphs are analysed independently (``mapper`` may spread them over processes), then
    those whose text contains an abbreviation defined earlier are analysed again knowing it, until
    nothing changes. At that fixed point each paragraph has seen exactly the names a sequential
    pass would have given it, so the result does not depend on ``mapper``. Returns the analyses and
    the abbreviations (short form -> full name)."""
    seen: list[dict[str, str]] = [{} for _ in texts]
    results = list(mapper(analyse_task, [(t, None) for t in texts]))
    while True:
        known: dict[str, str] = {}
        abbreviations: dict[str, str] = {}
        redo: list[int] = []
        for i, text in enumerate(texts):
            wanted = {name: label for name, label in known.items() if name in text}
            if wanted != seen[i]:
                redo.append(i)
                seen[i] = wanted
            for short, label, full in definitions(text, results[i].mentions):
                known[short] = label
                abbreviations[short] = full
        if not redo:
            return results, abbreviations
        for i, res in zip(redo, mapper(analyse_task, [(texts[i], seen[i] or None) for i in redo]), strict=True):
            results[i] = res


def extract_document(raw: RawText, doc_id: str | None = None, mapper: Mapper = map) -> Document:
    """Extract one document. Extraction reads ``raw.for_extraction`` (simplified characters);
    every offset it reports indexes ``raw.text``, the characters as written. ``mapper`` (a
    ``map``, or a process pool's) runs the pipeline over the paragraphs; the output is the same."""
    problems: list[str] = []
    doc = Document(
        doc_id=doc_id or Path(raw.path).stem,
        path=str(raw.path),
        sha256=raw.sha256,
        encoding=raw.encoding,
        raw=raw.text,
        meta=document_meta(raw, problems),
        kind=raw.kind,
        traditional=raw.traditional,
        problems=problems,
    )
    work = raw.for_extraction
    paras = list(paragraphs(work))
    analyses, doc.abbreviations = analyse_paragraphs([p.norm.text for p in paras], mapper)
    for para, result in zip(paras, analyses, strict=True):
        doc.paragraphs += 1
        norm = para.norm
        ments = result.mentions
        sent_spans = sentence_spans(norm.text)
        sent_ids: list[int] = []
        for s_start, s_end in sent_spans:
            r_start, r_end = norm.to_raw_span(s_start, s_end)
            sid = len(doc.sentences)
            sent_ids.append(sid)
            doc.sentences.append(
                Sentence(doc.doc_id, sid, para.line, r_start, r_end, raw.text[r_start:r_end], para.section,
                         raw.page_of(r_start))
            )

        def sentence_of(pos: int, _spans=sent_spans, _ids=sent_ids) -> int:
            for (a, b), sid in zip(_spans, _ids, strict=True):
                if a <= pos < b:
                    return sid
            return _ids[-1] if _ids else -1

        local = [
            Mention(m.label, text, r_start, r_end, sentence_of(m.start), m.source)
            for m, (text, r_start, r_end) in zip(ments, raw_spans(norm, work, ments), strict=True)
        ]
        doc.mentions.extend(local)
        for (s_start, s_end), sid in zip(sent_spans, sent_ids, strict=True):
            inside = [(i, m) for i, m in enumerate(ments) if s_start <= m.start and m.end <= s_end]
            spans = [(m.start - s_start, m.end - s_start, m.label) for _i, m in inside]
            for q in find_quantities(norm.text[s_start:s_end], doc.meta.year, para.section, spans):
                r_start, r_end = norm.to_raw_span(s_start + q.start, s_start + q.end)
                about = local[inside[q.about][0]] if q.about is not None else None
                doc.quantities.append(Quantity(strip_ws(norm.raw_chars(work, s_start + q.start, s_start + q.end)),
                                               q.value, q.unit, q.kind, q.target, q.year, r_start, r_end, sid,
                                               q.indicator, q.counted, about))
        for r in result.relations:
            h, t = local[r.head], local[r.tail]
            doc.relations.append(Relation(h, r.relation, t, r.cue, h.sentence, start_date=r.start_date, end_date=r.end_date))
    return doc


def extract_text(text: str) -> tuple[list[dict], list[dict]]:
    """Entities and relations of one raw paragraph, as GUIDELINES.md writes them."""
    norm = normalise(text)
    result = analyse_plain(norm.text)
    ments = result.mentions
    ents = [
        {"text": name, "label": m.label, "start": r_start, "end": r_end}
        for m, (name, r_start, r_end) in zip(ments, raw_spans(norm, text, ments), strict=True)
    ]
    rels = [
        {"head": ents[r.head]["text"], "relation": r.relation, "tail": ents[r.tail]["text"]}
        for r in result.relations
    ]
    return ents, rels
