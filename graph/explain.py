"""``govkg explain``: an entity, its cluster and why, its facts, and the sentences behind each."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .query import QueryError, run_store


@dataclass
class Source:
    file: str
    line: int
    start: int
    end: int
    text: str
    page: int | None = None


@dataclass
class Fact:
    direction: str  # "out" or "in"
    predicate: str
    other: str
    other_label: str
    cue: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class Explanation:
    iri: str
    label: str
    cls: str
    district: str | None
    mentions: int
    cluster: list[tuple[str, int, list[str]]]  # surface form, count, rules
    facts: list[Fact]
    sources: list[Source]


def _lit(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def load_store(graph_file: Path):
    import pyoxigraph as ox

    if not graph_file.exists():
        raise QueryError(f"graph file not found: {graph_file} (run `govkg build` first)")
    store = ox.Store()
    fmt = ox.RdfFormat.from_extension(graph_file.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    store.bulk_load(path=str(graph_file), format=fmt)
    return store


def find(store, name_or_iri: str) -> list[str]:
    """Entities whose IRI, label or alternative label is the given text (white space ignored)."""
    key = "".join(name_or_iri.split())
    if key.startswith(("http://", "https://", "urn:")):
        res = run_store(store, f"SELECT ?e WHERE {{ <{key}> rdfs:label ?l . BIND(<{key}> AS ?e) }}")
        return [r[0] for r in res.rows if r[0]]
    res = run_store(
        store,
        f"""SELECT DISTINCT ?e WHERE {{ ?e gov:mentionCount ?n .
              {{ ?e rdfs:label ?l }} UNION {{ ?e skos:altLabel ?l }} FILTER (STR(?l) = {_lit(key)}) }} ORDER BY ?e""",
    )
    return [r[0] for r in res.rows if r[0]]


def _sources(store, where: str, limit: int) -> list[Source]:
    res = run_store(
        store,
        f"""SELECT DISTINCT ?file ?line ?start ?end ?text ?page WHERE {{ {where}
              ?s gov:inDocument ?d ; gov:line ?line ; gov:start ?start ; gov:end ?end ; schema:text ?text .
              ?d gov:fileName ?file . OPTIONAL {{ ?s gov:page ?page }} }}
            ORDER BY ?file ?start LIMIT {limit}""",
    )
    return [Source(r[0] or "", int(r[1] or 0), int(r[2] or 0), int(r[3] or 0), (r[4] or "").strip(),
                   int(r[5]) if r[5] else None) for r in res.rows]


def explain(store, iri: str, limit: int = 5) -> Explanation:
    head = run_store(
        store,
        f"""SELECT ?label ?class ?district ?n WHERE {{ <{iri}> rdfs:label ?label ; a ?class ; gov:mentionCount ?n .
              OPTIONAL {{ <{iri}> gov:district ?district }} FILTER (?class != prov:Entity) }} LIMIT 1""",
    ).rows[0]
    cluster_rows = run_store(
        store,
        f"""SELECT ?form (COUNT(?m) AS ?n) (GROUP_CONCAT(DISTINCT ?rule; separator="|") AS ?rules) WHERE {{
              ?m gov:mentionOf <{iri}> ; rdfs:label ?form ; gov:resolvedBy ?rule }}
            GROUP BY ?form ORDER BY DESC(?n) ?form""",
    ).rows
    cluster = [(r[0] or "", int(r[1] or 0), sorted((r[2] or "").split("|"))) for r in cluster_rows]
    facts: list[Fact] = []
    for direction, pattern in (("out", f"<{iri}> ?p ?o"), ("in", f"?o ?p <{iri}>")):
        rows = run_store(
            store,
            f"""SELECT DISTINCT ?p ?o ?ol WHERE {{ {pattern} . ?o rdfs:label ?ol ; gov:mentionCount ?x }}
                ORDER BY ?p ?o""",
        ).rows
        for p, o, ol in rows:
            s, obj = (iri, o) if direction == "out" else (o, iri)
            cue_rows = run_store(
                store,
                f"""SELECT ?cue WHERE {{ ?st rdf:subject <{s}> ; rdf:predicate <{p}> ; rdf:object <{obj}> ; gov:cue ?cue }}
                    ORDER BY ?cue LIMIT 1""",
            ).rows
            where = f"?st rdf:subject <{s}> ; rdf:predicate <{p}> ; rdf:object <{obj}> ; prov:wasDerivedFrom ?s ."
            facts.append(Fact(direction, p or "", o or "", ol or "", cue_rows[0][0] if cue_rows else "",
                              _sources(store, where, limit)))
    sources = _sources(store, f"?m gov:mentionOf <{iri}> ; gov:inSentence ?s .", limit)
    return Explanation(iri, head[0] or "", head[1] or "", head[2], int(head[3] or 0), cluster, facts, sources)


def short(iri: str) -> str:
    for prefix, ns in (("gov:", "https://w3id.org/govkg/ontology#"), ("org:", "http://www.w3.org/ns/org#"),
                       ("schema:", "https://schema.org/")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri
