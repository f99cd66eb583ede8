"""Every export format, from the RDF graph of a build (and its NetworkX projection).

RDF: Turtle, N-Triples, TriG (one named graph per document), JSON-LD (compact ``@context``).
Property graph: GraphML and GEXF (Gephi, Cytoscape, yEd), Neo4j ``neo4j-admin import`` CSVs,
node-link JSON. Each writer returns the files' contents; :func:`write_exports` writes them
atomically, all produced before any is written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from ontology import GOV, PREFIXES

from .export import atomic_write
from .network import to_networkx

RDF_FORMATS = ("ttl", "nt", "trig", "jsonld")
GRAPH_FORMATS = ("graphml", "gexf", "neo4j", "nodelink")
FORMATS = RDF_FORMATS + GRAPH_FORMATS
FILE_NAMES = {
    "ttl": ["govkg.ttl"],
    "nt": ["govkg.nt"],
    "trig": ["govkg.trig"],
    "jsonld": ["govkg.jsonld"],
    "graphml": ["govkg.graphml"],
    "gexf": ["govkg.gexf"],
    "neo4j": ["neo4j/nodes.csv", "neo4j/relationships.csv"],
    "nodelink": ["govkg.nodelink.json"],
}


# --------------------------------------------------------------------------- RDF


def turtle(g: Graph) -> str:
    """Deterministic Turtle: rdflib sorts subjects and predicates; no blank nodes are used."""
    return g.serialize(format="turtle")


def ntriples(g: Graph) -> str:
    lines = g.serialize(format="nt").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def jsonld(g: Graph) -> str:
    context = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    context["@language"] = "zh"
    return g.serialize(format="json-ld", context=context, auto_compact=True, indent=1)


def split_by_document(g: Graph) -> Dataset:
    """One named graph per document (its IRI names it): its description, sentences, mentions,
    the type and label of each entity it mentions, its relation statements and the relations
    they assert, its quantities and indicator observations. Entity-level aggregates (alternative labels, counts, scope) stay in the default
    graph, so the union of all graphs is the whole graph."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    placed: set[tuple] = set()
    sentence_doc: dict[URIRef, URIRef] = {}
    for s, d in g.subject_objects(GOV.inDocument):
        sentence_doc[s] = d  # type: ignore[index]
    docs = sorted(set(g.subjects(RDF.type, GOV.Document)), key=str)
    parts: dict[URIRef, Graph] = {d: ds.graph(d) for d in docs}  # type: ignore[misc]

    def put(d: URIRef, triples: Iterable[tuple]) -> None:
        part = parts[d]
        for t in triples:
            part.add(t)
            placed.add(t)

    for d in docs:
        put(d, g.triples((d, None, None)))
    for s, d in sentence_doc.items():
        put(d, g.triples((s, None, None)))
    for m, s in g.subject_objects(GOV.inSentence):
        d = sentence_doc.get(s)  # type: ignore[arg-type]
        if d is None:
            continue
        put(d, g.triples((m, None, None)))
        e = g.value(m, GOV.mentionOf)
        put(d, g.triples((e, RDF.type, None)))
        put(d, g.triples((e, RDFS.label, None)))
    for st, s in g.subject_objects(PROV.wasDerivedFrom):
        d = sentence_doc.get(s)  # type: ignore[arg-type]
        if d is None:
            continue
        put(d, g.triples((st, None, None)))  # a statement, quantity or observation of that sentence
        if (st, RDF.type, RDF.Statement) in g:
            fact = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
            if fact in g:
                put(d, [fact])
    default = ds.default_graph
    for t in g:
        if t not in placed:
            default.add(t)
    return ds


def trig(g: Graph) -> str:
    return split_by_document(g).serialize(format="trig")


# --------------------------------------------------------------------------- property graph


def flat(nxg: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars (what GraphML and GEXF can hold)."""
    out = nx.MultiDiGraph()
    for n, a in nxg.nodes(data=True):
        first = (a.get("sources") or [{}])[0]
        out.add_node(
            n,
            label=a.get("label", ""),
            type=a.get("type", ""),
            scope=a.get("scope", ""),
            aliases="|".join(a.get("aliases") or []),
            mentions=int(a.get("mentions", 0)),
            sentence=first.get("text", ""),
            source=f"{first.get('doc', '')}:{first.get('line', '')}" if first else "",
        )
    for h, t, k, a in nxg.edges(keys=True, data=True):
        out.add_edge(h, t, key=k, relation=a.get("relation", k), cue=a.get("cue", ""),
                     sentence=a.get("sentence", ""), source=a.get("source", ""))
    return out


def graphml(nxg: nx.MultiDiGraph) -> str:
    buf = io.BytesIO()
    nx.write_graphml(flat(nxg), buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def gexf(nxg: nx.MultiDiGraph) -> str:
    buf = io.BytesIO()
    nx.write_gexf(flat(nxg), buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def neo4j_csvs(nxg: nx.MultiDiGraph) -> tuple[str, str]:
    """``nodes.csv`` and ``relationships.csv`` with ``neo4j-admin database import`` headers."""
    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["iri:ID", "name", ":LABEL", "scope", "aliases:string[]", "mentions:int", "sentence", "source"])
    for n, a in sorted(nxg.nodes(data=True)):
        first = (a.get("sources") or [{}])[0]
        label = "Post" if a["type"] == "POST" else a["type"].title().replace("Org", "Organization")
        w.writerow([n, a.get("label", ""), f"Entity;{label}", a.get("scope", ""), ";".join(a.get("aliases") or []),
                    a.get("mentions", 0), first.get("text", ""), f"{first.get('doc', '')}:{first.get('line', '')}" if first else ""])
    rels = io.StringIO()
    w = csv.writer(rels, lineterminator="\n")
    w.writerow([":START_ID", ":END_ID", ":TYPE", "cue", "sentence", "source"])
    for h, t, k, a in sorted(nxg.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        w.writerow([h, t, a.get("relation", k), a.get("cue", ""), a.get("sentence", ""), a.get("source", "")])
    return nodes.getvalue(), rels.getvalue()


def nodelink(nxg: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(nxg, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"]))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


# --------------------------------------------------------------------------- writing


def render_formats(g: Graph, formats: Iterable[str], nxg: nx.MultiDiGraph | None = None) -> dict[str, str]:
    """Relative file name -> contents for each requested format."""
    files: dict[str, str] = {}
    wanted = list(formats)
    for fmt in wanted:
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    if nxg is None and any(f in GRAPH_FORMATS for f in wanted):
        nxg = to_networkx(g)
    for fmt in wanted:
        if fmt == "ttl":
            files["govkg.ttl"] = turtle(g)
        elif fmt == "nt":
            files["govkg.nt"] = ntriples(g)
        elif fmt == "trig":
            files["govkg.trig"] = trig(g)
        elif fmt == "jsonld":
            files["govkg.jsonld"] = jsonld(g)
        elif fmt == "graphml":
            files["govkg.graphml"] = graphml(nxg)  # type: ignore[arg-type]
        elif fmt == "gexf":
            files["govkg.gexf"] = gexf(nxg)  # type: ignore[arg-type]
        elif fmt == "neo4j":
            files["neo4j/nodes.csv"], files["neo4j/relationships.csv"] = neo4j_csvs(nxg)  # type: ignore[arg-type]
        elif fmt == "nodelink":
            files["govkg.nodelink.json"] = nodelink(nxg)  # type: ignore[arg-type]
    return files


STAGING_PREFIX = ".govkg-staging-"


def write_exports(out_dir: Path, files: dict[str, str]) -> list[Path]:
    """Write every file into a staging folder first, then move them all into place.

    A failure or interruption while writing leaves the previous exports untouched; the moves
    at the end are renames on one file system. Stale staging folders of killed builds are removed.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        for name, data in files.items():
            atomic_write(staging / name, data)
        paths = []
        for name in sorted(files):
            target = out_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / name, target)
            paths.append(target)
        return paths
    finally:
        shutil.rmtree(staging, ignore_errors=True)
