"""The same graph as a NetworkX MultiDiGraph: entities as nodes, relations as edges."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from extract.records import Document
from ontology import CLASS_OF_LABEL

from .identity import IRIs
from .resolve import Entity, entity_index


def to_networkx(docs: Sequence[Document], entities: Sequence[Entity], iris: IRIs | None = None) -> nx.MultiDiGraph:
    iris = iris or IRIs()
    g = nx.MultiDiGraph()
    for ent in entities:
        node = str(iris.entity(ent.label, ent.scope, ent.name))
        doc, m = ent.mentions[0]
        s = doc.sentences[m.sentence]
        g.add_node(
            node,
            label=ent.name,
            type=ent.label,
            cls=str(CLASS_OF_LABEL[ent.label]),
            scope=ent.scope or "",
            aliases="|".join(sorted(f for f in ent.surface if f != ent.name)),
            mentions=len(ent.mentions),
            sentence=s.text.strip(),
            source=f"{doc.path.rsplit('/', 1)[-1]}:{s.line}",
        )
    index = entity_index(entities)
    seen: set[tuple[str, str, str]] = set()
    for doc in docs:
        for r in doc.relations:
            h = index[(doc.doc_id, r.head.start, r.head.end)]
            t = index[(doc.doc_id, r.tail.start, r.tail.end)]
            hu = str(iris.entity(h.label, h.scope, h.name))
            tu = str(iris.entity(t.label, t.scope, t.name))
            key = (hu, r.relation, tu)
            if key in seen:
                g.edges[hu, tu, r.relation]["count"] += 1
                continue
            seen.add(key)
            s = doc.sentences[r.sentence]
            g.add_edge(hu, tu, key=r.relation, relation=r.relation, cue=r.cue, count=1,
                       sentence=s.text.strip(), source=f"{doc.path.rsplit('/', 1)[-1]}:{s.line}")
    return g
