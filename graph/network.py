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


def to_networkx(g: Graph, max_sources: int = MAX_SOURCES) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    # one mapping per property read (Graph.values), not a lookup per node and property
    file_name, in_document, line_of, text_of = (g.values(p) for p in (GOV.fileName, GOV.inDocument, GOV.line, SCHEMA.text))
    in_sentence, start_of, label_of, district_of = (g.values(p) for p in (GOV.inSentence, GOV.start, RDFS.label, GOV.district))
    count_of, cue_of, derived_from = (g.values(p) for p in (GOV.mentionCount, GOV.cue, PROV.wasDerivedFrom))
    subject_of, predicate_of, object_of = (g.values(p) for p in (RDF.subject, RDF.predicate, RDF.object))

    def text(mapping: dict[Term, Term], s: Term | None) -> str:
        v = mapping.get(s) if s is not None else None  # type: ignore[call-overload]
        return "" if v is None else v.value

    doc_name: dict[Term, str] = {d: text(file_name, d) for d in g.subjects(RDF.type, GOV.Document)}

    def source(sentence: Term) -> dict:
        line = line_of.get(sentence)
        return {
            "doc": doc_name.get(in_document.get(sentence), ""),  # type: ignore[arg-type]
            "line": int(line.value) if line is not None else 0,
            "text": text(text_of, sentence).strip(),
        }

    mentions: dict[Term, list[tuple[str, int, Term]]] = defaultdict(list)
    for m, e in g.subject_objects(GOV.mentionOf):
        sentence = in_sentence.get(m)
        start = start_of.get(m)
        doc = in_document.get(sentence) if sentence is not None else None  # type: ignore[call-overload]
        mentions[e].append((doc_name.get(doc, ""), int(start.value) if start is not None else 0, sentence))  # type: ignore[arg-type]
    aliases: dict[Term, list[str]] = defaultdict(list)
    for node, alias in g.subject_objects(SKOS.altLabel):
        aliases[node].append(alias.value)

    for cls, label in LABEL_OF_CLASS.items():
        for node in g.subjects(RDF.type, cls):
            seen: list[Term] = []
            for _doc, _start, sentence in sorted(mentions.get(node, []), key=lambda x: (x[0], x[1], x[2].value)):
                if sentence not in seen:
                    seen.append(sentence)
                if len(seen) == max_sources:
                    break
            count = count_of.get(node)
            out.add_node(
                node.value,
                label=text(label_of, node),
                type=label,
                scope=text(district_of, node),
                aliases=sorted(aliases.get(node, ())),
                mentions=int(count.value) if count is not None else 0,
                sources=[source(s) for s in seen],
            )

    # the evidence shown for an edge: the first (by IRI, so stable) statement that asserts it
    evidence: dict[tuple[str, str, str], Term] = {}
    for st in g.subjects(RDF.type, RDF.Statement):
        key = tuple(text(m, st) for m in (subject_of, predicate_of, object_of))
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
                sentence = derived_from.get(stmt)
                attrs["cue"] = text(cue_of, stmt)
                if sentence is not None:
                    src = source(sentence)
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
