"""Score extraction against gold paragraphs, exactly as GUIDELINES.md says.

Entities: per paragraph, the multiset of (label, text) pairs; relations: the set of
(head, relation, tail) triples; white space removed from both sides. Counts are summed
over paragraphs (micro-average).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .records import LABELS, RELATIONS


def _ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Scores:
    entities: dict[str, PRF] = field(default_factory=lambda: {lab: PRF() for lab in LABELS})
    relations: dict[str, PRF] = field(default_factory=lambda: {rel: PRF() for rel in RELATIONS})
    paragraphs: int = 0

    @staticmethod
    def _total(parts: Iterable[PRF]) -> PRF:
        t = PRF()
        for p in parts:
            t.tp += p.tp
            t.fp += p.fp
            t.fn += p.fn
        return t

    @property
    def entity_total(self) -> PRF:
        return self._total(self.entities.values())

    @property
    def relation_total(self) -> PRF:
        return self._total(self.relations.values())

    def as_dict(self) -> dict:
        return {
            "paragraphs": self.paragraphs,
            "entities": {"micro": self.entity_total.as_dict(), **{k: v.as_dict() for k, v in self.entities.items()}},
            "relations": {"micro": self.relation_total.as_dict(), **{k: v.as_dict() for k, v in self.relations.items()}},
        }


def score_paragraph(scores: Scores, gold: dict, pred_entities: list[dict], pred_relations: list[dict]) -> None:
    scores.paragraphs += 1
    g = Counter((e["label"], _ws(e["text"])) for e in gold.get("entities", []))
    p = Counter((e["label"], _ws(e["text"])) for e in pred_entities)
    for key in set(g) | set(p):
        label = key[0]
        if label not in scores.entities:
            scores.entities[label] = PRF()
        tp = min(g[key], p[key])
        scores.entities[label].tp += tp
        scores.entities[label].fp += p[key] - tp
        scores.entities[label].fn += g[key] - tp
    gr = {(_ws(r["head"]), r["relation"], _ws(r["tail"])) for r in gold.get("relations", [])}
    pr = {(_ws(r["head"]), r["relation"], _ws(r["tail"])) for r in pred_relations}
    for key in gr | pr:
        rel = key[1]
        if rel not in scores.relations:
            scores.relations[rel] = PRF()
        if key in gr and key in pr:
            scores.relations[rel].tp += 1
        elif key in pr:
            scores.relations[rel].fp += 1
        else:
            scores.relations[rel].fn += 1
