"""The graph as a NetworkX MultiDiGraph, projected from the RDF: entities as nodes, relations as edges.

Every consumer that wants a property graph (the HTML views, GraphML, GEXF, Neo4j CSVs, node-link
JSON) goes through :func:`to_networkx`, so they all show the same graph as the Turtle file.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from ontology import CLASS_OF_LABEL, GOV, ORG, PROPERTY_OF_RELATION, SCHEMA

from .rdf import Graph, Term

LABEL_OF_CLASS = {cls: label for label, cls in CLASS_OF_LABEL.items()}
RELATION_OF_PROPERTY = {prop: rel for rel, prop in PROPERTY_OF_RELATION.items()}
RELATION_OF_PROPERTY[ORG.postIn] = "POST_IN"
MAX_SOURCES = 5


def _text(g: Graph, s: Term, p: str) -> str:
    v = g.value(s, p)
    return "" if v is None else v.value


def to_networkx(g: Graph, max_sources: int = MAX_SOURCES) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    doc_name: dict[Term, str] = {d: _text(g, d, GOV.fileName) for d in g.subjects(RDF.type, GOV.Document)}

    def source(sentence: Term) -> dict:
        doc = g.value(sentence, GOV.inDocument)
        line = g.value(sentence, GOV.line)
        return {
            "doc": doc_name.get(doc, ""),  # type: ignore[arg-type]
            "line": int(line.value) if line is not None else 0,
            "text": _text(g, sentence, SCHEMA.text).strip(),
        }

    mentions: dict[Term, list[tuple[str, int, Term]]] = defaultdict(list)
    for m, e in g.subject_objects(GOV.mentionOf):
        sentence = g.value(m, GOV.inSentence)
        start = g.value(m, GOV.start)
        doc = g.value(sentence, GOV.inDocument)
        mentions[e].append((doc_name.get(doc, ""), int(start.value) if start is not None else 0, sentence))  # type: ignore[arg-type]

    for cls, label in LABEL_OF_CLASS.items():
        for node in g.subjects(RDF.type, cls):
            seen: list[Term] = []
            for _doc, _start, sentence in sorted(mentions.get(node, []), key=lambda x: (x[0], x[1], x[2].value)):
                if sentence not in seen:
                    seen.append(sentence)
                if len(seen) == max_sources:
                    break
            count = g.value(node, GOV.mentionCount)
            out.add_node(
                node.value,
                label=_text(g, node, RDFS.label),
                type=label,
                scope=_text(g, node, GOV.district),
                aliases=sorted(a.value for a in g.objects(node, SKOS.altLabel)),
                mentions=int(count.value) if count is not None else 0,
                sources=[source(s) for s in seen],
            )

    # the evidence shown for an edge: the first (by IRI, so stable) statement that asserts it
    evidence: dict[tuple[str, str, str], Term] = {}
    for st in g.subjects(RDF.type, RDF.Statement):
        key = tuple("" if x is None else x.value for x in (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)))
        if key not in evidence or st.value < evidence[key].value:
            evidence[key] = st  # type: ignore[assignment]
    for prop, relation in RELATION_OF_PROPERTY.items():
        for h, t in g.subject_objects(prop):
            hs, ts = h.value, t.value
            if hs not in out or ts not in out:
                continue
            attrs: dict = {"relation": relation, "cue": "", "sentence": "", "source": ""}
            stmt = evidence.get((hs, str(prop), ts))
            if stmt is not None:
                sentence = g.value(stmt, PROV.wasDerivedFrom)
                attrs["cue"] = _text(g, stmt, GOV.cue)
                if sentence is not None:
                    src = source(sentence)  # type: ignore[arg-type]
                    attrs["sentence"] = src["text"]
                    attrs["source"] = f"{src['doc']}:{src['line']}"
            out.add_edge(hs, ts, key=relation, **attrs)
    return out


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose IRI, label or alias is ``name`` (white space ignored), in a stable order."""
    key = "".join(name.split())
    if key in g:
        return [key]
    return sorted(n for n, a in g.nodes(data=True) if a.get("label") == key or key in (a.get("aliases") or []))


def ego(g: nx.MultiDiGraph, centres: list[str], hops: int) -> nx.MultiDiGraph:
    """The centres and everything within ``hops`` relation steps of them, in either direction."""
    undirected = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for c in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, c, cutoff=hops))
    return g.subgraph(keep).copy()
