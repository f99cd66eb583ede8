"""Canonical entities: one node per real-world thing within its scope.

An entity's key is ``(label, scope, canonical name)``. The scope is the district for names that
only make sense inside it (``区商务局``, ``区长``, local roads and communities); national and
city-wide names have no scope. Every surface form is kept, with the rule that put it in its cluster.

Every decision is taken for one mention from its own document: canonical-name rules, aliases the
document defines (``(以下简称区科技局)``), short forms whose full form the same document uses
(``中国信保天津分公司`` for ``中国出口信用保险公司天津分公司``), and for persons the posts the document
gives them. So adding a document never changes the key, hence the IRI, of an existing mention.

Persons are never merged on a name alone: a person who holds a post in a document is keyed by
name + district (the same official across that district's reports), or by name alone when every
post is national (总书记); one who holds none is keyed to the document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

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
    rules: dict[str, set[str]] = field(default_factory=dict)  # surface form -> rules that put it here
    mention_rules: list[str] = field(default_factory=list)  # parallel to mentions

    def add(self, doc: Document, m: Mention, rule: str) -> None:
        self.surface[m.text] = self.surface.get(m.text, 0) + 1
        self.mentions.append((doc, m))
        self.mention_rules.append(rule)
        self.rules.setdefault(m.text, set()).add(rule)

    @property
    def key(self) -> tuple[str, str | None, str]:
        return (self.label, self.scope, self.name)

    @property
    def district(self) -> str | None:
        """The district part of the scope (a document-scoped person's scope is ``district/document``)."""
        if not self.scope:
            return None
        d = self.scope.split("/", 1)[0]
        return None if d == "_" else d


def _strip_quotes(name: str) -> str:
    if len(name) > 2 and name[0] in _QUOTES and name[-1] in _QUOTES:
        return name[1:-1]
    return name


_NATIONAL = re.compile(r"(?:中共中央|党中央|国务院|全国|中央|国家)")
_NATIONAL_POST = re.compile(r"(?:总书记|国家主席|国务院总理|全国|中央|国家)")


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


ABBREVIABLE = {"ENTERPRISE", "OFFICE"}  # where short forms are systematic


# Words and level characters a short form may leave out whole (应急管理局 -> 应急局, 有限公司 -> 公司).
GENERIC_INNER = {"管理", "服务", "综合", "事务", "有限", "责任", "有限责任", "股份", "股份有限", "区", "市", "县"}
# 人民 is generic only in the names of these bodies (人民政府, 人民法院), not in 人民银行
_PEOPLES_BODIES = ("政府", "检察院", "法院", "代表大会")
MAX_WHOLE_WORDS_LEFT_OUT = 3  # characters of meaningful whole words a short form may leave out (出口 in 中国[出口]信保)


def _generic(stretch: str) -> bool:
    """Is the stretch made of generic words only (区人民 = 区 + 人民)?"""
    if not stretch:
        return True
    return any(stretch.startswith(w) and _generic(stretch[len(w):]) for w in GENERIC_INNER)


@lru_cache(maxsize=65536)
def _word_bounds(name: str) -> frozenset[int]:
    """Where the words of ``name`` and their sub-words begin and end (jieba's search mode:
    中国农业银行 -> 中国, 农业, 银行)."""
    from extract.tokens import jieba  # configured (quiet) there

    bounds = {0, len(name)}
    for _w, a, b in jieba.tokenize(name, mode="search"):
        bounds.update((a, b))
    return frozenset(bounds)


def is_abbreviation(short: str, long: str) -> bool:
    """Is ``short`` an abbreviation of ``long`` (中国信保天津分公司 of 中国出口信用保险公司天津分公司,
    区科技局 of 区科学技术局, 区应急局 of 区应急管理局)?

    Its characters stand in order in ``long`` with the same first and last one; at least one
    left-out stretch cuts into a word of ``long`` (jieba's search mode: 科学技术 -> 科技), or all of
    them are generic (管理, 有限 ...): leaving out meaningful whole words makes another name
    (中国[农业]银行, 天津[财经]大学); no left-out stretch holds a place
    (天津图书馆 is not 天津市河西区图书馆); and ``short`` is no prefix of ``long`` (a prefix names the
    parent: 中国信保 vs 中国信保天津分公司).
    """
    if len(short) < 3 or len(long) < len(short) + 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    if long.startswith(short):
        return False
    kept: list[int] = []
    pos = 0
    for ch in short:
        pos = long.find(ch, pos)
        if pos < 0:
            return False
        kept.append(pos)
        pos += 1
    places = place_names()
    kept_set = set(kept)
    stretches: list[tuple[int, int, str, bool]] = []  # the left-out stretches: start, end, text, generic
    i = 0
    while i < len(long):
        if i in kept_set:
            i += 1
            continue
        j = i
        while j < len(long) and j not in kept_set:
            j += 1
        stretch = long[i:j]
        if any(stretch[a:b] in places for a in range(len(stretch)) for b in range(a + 2, len(stretch) + 1)):
            return False
        generic = _generic(stretch)
        if not generic and len(stretch) > MAX_WHOLE_WORDS_LEFT_OUT:
            return False  # a short form leaves out a character or two of a word, not a phrase
        stretches.append((i, j, stretch, generic))
        i = j
    bounds = _word_bounds(long)
    cuts_a_word = False
    only_generic = True
    whole_left_out = 0
    for i, j, stretch, generic in stretches:
        if i not in bounds or j not in bounds:
            cuts_a_word = True
        elif not (generic or (stretch.endswith("人民") and long.startswith(_PEOPLES_BODIES, j)
                                        and _generic(stretch[:-2]))):
            only_generic = False
            whole_left_out += len(stretch)
    if whole_left_out > MAX_WHOLE_WORDS_LEFT_OUT:
        return False
    return cuts_a_word or only_generic


def mention_keys(doc: Document) -> list[tuple[tuple[str, str | None, str], str]]:
    """The entity key of each mention of ``doc``, and the rule that chose it."""
    district = doc.meta.district
    posts_of: dict[str, set[str]] = defaultdict(set)
    for r in doc.relations:
        if r.relation == "HOLDS_POST":
            posts_of[r.head.text].add(r.tail.text)
    posted = set(posts_of)
    first: list[tuple[tuple[str, str | None, str], str]] = []
    for m in doc.mentions:
        full = doc.abbreviations.get(m.text)
        if full and full != m.text:
            name, scope, _rule = canonical(m.label, full, district)
            rule = "document-defined-alias"
        else:
            name, scope, rule = canonical(m.label, m.text, district)
        if m.label == "PERSON":
            if m.text in posted and all(_NATIONAL_POST.match(p) for p in posts_of[m.text]):
                scope, rule = None, "person:name+national-post"  # 习近平总书记: the same person in every district's report
            elif m.text in posted and district:
                scope, rule = district, "person:name+district+post"
            else:
                scope, rule = f"{district or '_'}/{doc.sha256[:12]}", "person:same-document"
        first.append(((m.label, scope, name), rule))
    # short forms whose one full form the same document uses; an abbreviation begins and ends
    # as its full form does, so only the names with the same first and last character are tried,
    # once per name
    names: dict[tuple[str, str | None, str, str], set[str]] = defaultdict(set)
    for (label, scope, name), _rule in first:
        if label in ABBREVIABLE and name:
            names[(label, scope, name[0], name[-1])].add(name)
    full_form: dict[tuple[str, str | None, str], str | None] = {}
    out = []
    for key, rule in first:
        label, scope, name = key
        if label in ABBREVIABLE and name:
            if key not in full_form:
                longs = [n for n in names[(label, scope, name[0], name[-1])] if is_abbreviation(name, n)]
                full_form[key] = longs[0] if len(longs) == 1 else None
            if full_form[key] is not None:
                key, rule = (label, scope, full_form[key]), "abbreviation-in-document"
        out.append((key, rule))
    return out


def resolve(docs: Iterable[Document]) -> list[Entity]:
    """Cluster the mentions of all documents into canonical entities (deterministic order)."""
    clusters: dict[tuple[str, str | None, str], Entity] = {}
    for doc in docs:
        for m, (key, rule) in zip(doc.mentions, mention_keys(doc), strict=True):
            ent = clusters.get(key)
            if ent is None:
                ent = clusters[key] = Entity(*key)
            ent.add(doc, m, rule)
    return sorted(clusters.values(), key=lambda e: (e.label, e.scope or "", e.name))


def entity_index(entities: Iterable[Entity]) -> dict[tuple[str, int, int], Entity]:
    """(doc_id, start, end) of every mention -> its entity."""
    index: dict[tuple[str, int, int], Entity] = {}
    for ent in entities:
        for doc, m in ent.mentions:
            index[(doc.doc_id, m.start, m.end)] = ent
    return index
