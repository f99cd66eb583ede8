"""Canonical entities: one node per real-world thing within its scope.

An entity's key is ``(label, scope, canonical name)``. The scope is the document's
district for names that only make sense inside it (``区商务局``, ``区长``, local roads and
communities, persons); national and city-wide names have no scope. Every surface form is
kept, and so is the rule that put it in the cluster.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.lexicon import city_of, districts, place_names, short_district
from extract.records import Document, Mention

_QUOTES = "“”\"'‘’「」『』"


@dataclass
class Entity:
    label: str
    scope: str | None
    name: str  # canonical
    surface: dict[str, int] = field(default_factory=dict)  # surface form -> count
    mentions: list[tuple[Document, Mention]] = field(default_factory=list)
    merge_rules: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str, str | None, str]:
        return (self.label, self.scope, self.name)


def _strip_quotes(name: str) -> str:
    if len(name) > 2 and name[0] in _QUOTES and name[-1] in _QUOTES:
        return name[1:-1]
    return name


_NATIONAL = re.compile(r"(?:中共中央|党中央|国务院|全国|中央|国家)")


def _scope(name: str, district: str, city: str | None) -> str | None:
    """The district a body's or post's name belongs to: the one it names, else none for city-wide
    and national names, else the district of the document it was found in."""
    known = districts()
    for n in range(min(len(name), 8), 1, -1):  # longest district name the body's name starts with
        if name[:n] in known:
            return name[:n]
    if (city and name.startswith(city)) or _NATIONAL.match(name):
        return None
    return district


def canonical(label: str, text: str, district: str | None) -> tuple[str, str | None, str]:
    """(canonical name, scope, rule) for a mention in a document about ``district``."""
    name = re.sub(r"\s+", "", _strip_quotes(text))
    rule = "exact"
    city = city_of(district) if district else None
    if label in ("OFFICE", "POST") and district:
        short = short_district(district)
        if city and name.startswith(city + district):
            name, rule = name[len(city) :], "drop-city-prefix"
        if name.startswith("中共" + district):
            name, rule = name[2:], "drop-party-prefix"
        if label == "POST" and name.startswith("区长"):
            name, rule = district + name, "district-level-prefix"  # 区长 -> 南开区区长
        elif name.startswith("区") and not name.startswith(("区域", "区级")):
            name, rule = district + name[1:], "district-level-prefix"  # 区商务局 -> 南开区商务局
        elif name.startswith(short) and not name.startswith(district):
            name, rule = district + name[len(short) :], "district-short-name"
        if city and label == "OFFICE":
            cshort = city[:-1] if city.endswith("市") else city
            if name.startswith("中共" + city):
                name, rule = name[2:], "drop-party-prefix"
            if name.startswith("市") and not name.startswith(("市场", "市级", "市民")):
                name, rule = city + name[1:], "city-level-prefix"
            elif name.startswith(cshort) and not name.startswith(city):
                name, rule = city + name[len(cshort) :], "city-short-name"
        if label == "OFFICE" and re.search(r"(?:区|市|县)政府$", name):
            name, rule = name[:-2] + "人民政府", "government-full-name"
        return name, _scope(name, district, city), rule
    if label == "PERSON":
        return name, district, rule
    if label == "PLACE":
        scope = None if name in place_names() else district
        return name, scope, rule
    return name, None, rule


def resolve(docs: Iterable[Document]) -> list[Entity]:
    """Cluster the mentions of all documents into canonical entities (deterministic order)."""
    clusters: dict[tuple[str, str | None, str], Entity] = {}
    for doc in docs:
        district = doc.meta.district
        for m in doc.mentions:
            name, scope, rule = canonical(m.label, m.text, district)
            key = (m.label, scope, name)
            ent = clusters.get(key)
            if ent is None:
                ent = clusters[key] = Entity(m.label, scope, name)
            ent.surface[m.text] = ent.surface.get(m.text, 0) + 1
            ent.mentions.append((doc, m))
            ent.merge_rules.add(rule)
    return sorted(clusters.values(), key=lambda e: (e.label, e.scope or "", e.name))


def entity_index(entities: Iterable[Entity]) -> dict[tuple[str, int, int], Entity]:
    """(doc_id, start, end) of every mention -> its entity."""
    index: dict[tuple[str, int, int], Entity] = {}
    for ent in entities:
        for doc, m in ent.mentions:
            index[(doc.doc_id, m.start, m.end)] = ent
    return index


def counts_by_label(entities: Iterable[Entity]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for e in entities:
        out[e.label] += 1
    return dict(out)
