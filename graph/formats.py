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
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import PROV, RDF, RDFS

from ontology import GOV, PREFIXES

from .export import atomic_write
from .network import to_networkx
from .rdf import Graph

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
#
# The graph is held as Oxigraph terms (graph/rdf.py) and written through Oxigraph's serialisers,
# which are written in Rust and two orders of magnitude faster than rdflib's on a graph of this
# size. Triples are sorted first, so every file is deterministic.

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


class RdfView:
    """One graph's sorted triples and its per-document quads, computed once and shared by
    every RDF format of a build."""

    def __init__(self, g: Graph) -> None:
        self.g = g

    @property
    def triples(self) -> list[ox.Triple]:
        return self.g.sorted

    @cached_property
    def quads(self) -> list[ox.Quad]:
        """The quads of :func:`split_by_document`, sorted by graph, subject, predicate, object."""
        _docs, placed = graph_of_triples(self.triples)
        default = ox.DefaultGraph()
        rows = []
        for x in self.triples:  # already sorted
            for d in placed.get(x) or [None]:
                rows.append((d.value if d is not None else "", x, d if d is not None else default))
        rows.sort(key=lambda r: r[0])  # stable: within a graph, still sorted
        return [ox.Quad(x.subject, x.predicate, x.object, gn) for _k, x, gn in rows]


def _view(g: Graph | RdfView) -> RdfView:
    return g if isinstance(g, RdfView) else RdfView(g)


def _prefixes() -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def turtle(g: Graph | RdfView) -> str:
    return ox.serialize(_view(g).triples, format=ox.RdfFormat.TURTLE, prefixes=_prefixes()).decode("utf-8")


def ntriples(g: Graph | RdfView) -> str:
    """Canonical N-Triples, one line per triple, lines sorted."""
    lines = ox.serialize(_view(g).triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def _compact_iri(iri: str, prefixes: dict[str, str]) -> str:
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def jsonld(g: Graph | RdfView) -> str:
    """JSON-LD with a ``@context`` of the project's prefixes: property names and types as
    CURIEs (``gov:mentionOf``), values as Oxigraph writes them."""
    prefixes = _prefixes()
    nodes = json.loads(ox.serialize(_view(g).triples, format=ox.RdfFormat.JSON_LD))
    rdf_type = str(RDF.type)
    out = []
    for node in nodes:
        compact: dict = {}
        for key, values in node.items():
            if key == rdf_type:
                compact["@type"] = [_compact_iri(v["@id"], prefixes) for v in values]
            elif key.startswith("@"):
                compact[key] = values
            else:
                compact[_compact_iri(key, prefixes)] = values
        out.append(compact)
    # one node a line: readable, and written by json's C encoder (an indented dump is pure Python)
    head = json.dumps(prefixes, ensure_ascii=False, indent=1)
    body = ",\n".join(json.dumps(node, ensure_ascii=False) for node in out)
    return f'{{"@context": {head},\n"@graph": [\n{body}\n]}}\n'



_TYPE = ox.NamedNode(str(RDF.type))
_DOCUMENT = ox.NamedNode(str(GOV.Document))
_STATEMENT = ox.NamedNode(str(RDF.Statement))
_IN_DOCUMENT = ox.NamedNode(str(GOV.inDocument))
_IN_SENTENCE = ox.NamedNode(str(GOV.inSentence))
_MENTION_OF = ox.NamedNode(str(GOV.mentionOf))
_DERIVED = ox.NamedNode(str(PROV.wasDerivedFrom))
_LABEL = ox.NamedNode(str(RDFS.label))
_SUBJECT, _PREDICATE, _OBJECT = (ox.NamedNode(str(x)) for x in (RDF.subject, RDF.predicate, RDF.object))


def graph_of_triples(triples: Iterable[ox.Triple]) -> tuple[list[ox.NamedNode], dict[ox.Triple, list[ox.NamedNode]]]:
    """Which document graph(s) each triple goes to (see :func:`split_by_document`); a triple
    absent from the mapping stays in the default graph. One pass, then plain dictionaries."""
    by_subject: dict[OxTerm, list[ox.Triple]] = defaultdict(list)
    docs: list[ox.NamedNode] = []
    sentence_doc: dict[OxTerm, ox.NamedNode] = {}
    in_sentence: list[tuple[OxTerm, OxTerm]] = []
    derived: list[tuple[OxTerm, OxTerm]] = []
    statements: set[OxTerm] = set()
    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        by_subject[s].append(t)
        if p == _TYPE:
            if o == _DOCUMENT:
                docs.append(s)
            elif o == _STATEMENT:
                statements.add(s)
        elif p == _IN_DOCUMENT:
            sentence_doc[s] = o
        elif p == _IN_SENTENCE:
            in_sentence.append((s, o))
        elif p == _DERIVED:
            derived.append((s, o))
    docs.sort(key=lambda d: d.value)
    placed: dict[ox.Triple, list[ox.NamedNode]] = defaultdict(list)

    def put(d: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
        for t in triples:
            where = placed[t]
            if d not in where:
                where.append(d)

    def value(s: OxTerm, p: ox.NamedNode) -> OxTerm | None:
        return next((t.object for t in by_subject.get(s, ()) if t.predicate == p), None)

    for d in docs:
        put(d, by_subject.get(d, ()))
    for s, d in sentence_doc.items():
        put(d, by_subject.get(s, ()))
    for m, s in in_sentence:
        d = sentence_doc.get(s)
        if d is None:
            continue
        put(d, by_subject.get(m, ()))
        e = value(m, _MENTION_OF)
        if e is not None:
            put(d, (t for t in by_subject.get(e, ()) if t.predicate == _TYPE or t.predicate == _LABEL))
    for st, s in derived:
        d = sentence_doc.get(s)
        if d is None:
            continue
        put(d, by_subject.get(st, ()))  # a statement, quantity or observation of that sentence
        if st in statements:
            h, p, o = value(st, _SUBJECT), value(st, _PREDICATE), value(st, _OBJECT)
            if h is not None and p is not None and o is not None:
                fact = ox.Triple(h, p, o)
                if fact in by_subject.get(h, ()):
                    put(d, [fact])
    return docs, placed


def split_by_document(g: Graph | RdfView) -> dict[str, list[ox.Triple]]:
    """One named graph per document (its IRI names it, ``""`` the default graph): its description,
    sentences, mentions, the type and label of each entity it mentions, its relation statements
    and the relations they assert, its quantities and indicator observations. Entity-level
    aggregates (alternative labels, counts, scope) stay in the default graph, so the union of
    all graphs is the whole graph."""
    parts: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in _view(g).quads:
        name = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        parts[name].append(q.triple)
    return dict(parts)


def trig(g: Graph | RdfView) -> str:
    return ox.serialize(_view(g).quads, format=ox.RdfFormat.TRIG, prefixes=_prefixes()).decode("utf-8")


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


def render_formats(g: Graph, formats: Iterable[str], nxg: nx.MultiDiGraph | None = None,
                   view: RdfView | None = None) -> dict[str, str]:
    """Relative file name -> contents for each requested format."""
    files: dict[str, str] = {}
    wanted = list(formats)
    for fmt in wanted:
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    if nxg is None and any(f in GRAPH_FORMATS for f in wanted):
        nxg = to_networkx(g)
    view = view or RdfView(g)
    for fmt in wanted:
        if fmt == "ttl":
            files["govkg.ttl"] = turtle(view)
        elif fmt == "nt":
            files["govkg.nt"] = ntriples(view)
        elif fmt == "trig":
            files["govkg.trig"] = trig(view)
        elif fmt == "jsonld":
            files["govkg.jsonld"] = jsonld(view)
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
