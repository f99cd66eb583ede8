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
from collections.abc import Iterable, Iterator
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
# The graph is held as Oxigraph terms (graph/rdf.py), sorted once (in N-Triples line order), and
# written through Oxigraph's serialisers, which are written in Rust and two orders of magnitude
# faster than rdflib's on a graph of this size. The large formats are produced in pieces
# (a document graph, a run of subjects), so a build never holds a whole file in memory.

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
Data = str | bytes | Iterable[str | bytes]
PIECE_TRIPLES = 50_000


def _prefixes() -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def turtle(g: Graph) -> bytes:
    return g.serialize(ox.RdfFormat.TURTLE, prefixes=_prefixes())


def ntriples(g: Graph) -> bytes:
    """Canonical N-Triples, one line per triple, lines sorted (the graph's own order)."""
    return g.serialize(ox.RdfFormat.N_TRIPLES)


def _compact_iri(iri: str, prefixes: dict[str, str]) -> str:
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _subject_runs(triples: list[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Consecutive pieces of about ``size`` triples that never split one subject's triples."""
    start = 0
    while start < len(triples):
        end = min(start + size, len(triples))
        while end < len(triples) and triples[end].subject == triples[end - 1].subject:
            end += 1
        yield triples[start:end]
        start = end


def jsonld(g: Graph) -> Iterator[str]:
    """JSON-LD with a ``@context`` of the project's prefixes: property names and types as
    CURIEs (``gov:mentionOf``), values as Oxigraph writes them; one node a line (written by
    json's C encoder; an indented dump is pure Python), a run of subjects at a time."""
    prefixes = _prefixes()
    rdf_type = str(RDF.type)
    compacted: dict[str, str] = {}  # predicates and classes are few; each IRI compacted once

    def curie(iri: str) -> str:
        got = compacted.get(iri)
        if got is None:
            got = compacted[iri] = _compact_iri(iri, prefixes)
        return got

    yield '{"@context": ' + json.dumps(prefixes, ensure_ascii=False, indent=1) + ',\n"@graph": ['
    first = True
    for piece in _subject_runs(g.sorted, PIECE_TRIPLES):
        lines = []
        for node in json.loads(ox.serialize(piece, format=ox.RdfFormat.JSON_LD)):
            compact: dict = {}
            for key, values in node.items():
                if key == rdf_type:
                    compact["@type"] = [curie(v["@id"]) for v in values]
                elif key.startswith("@"):
                    compact[key] = values
                else:
                    compact[curie(key)] = values
            lines.append(json.dumps(compact, ensure_ascii=False))
        if lines:
            yield ("\n" if first else ",\n") + ",\n".join(lines)
            first = False
    yield "\n]}\n"


_TYPE = ox.NamedNode(str(RDF.type))
_DOCUMENT = ox.NamedNode(str(GOV.Document))
_STATEMENT = ox.NamedNode(str(RDF.Statement))
_IN_DOCUMENT = ox.NamedNode(str(GOV.inDocument))
_IN_SENTENCE = ox.NamedNode(str(GOV.inSentence))
_MENTION_OF = ox.NamedNode(str(GOV.mentionOf))
_DERIVED = ox.NamedNode(str(PROV.wasDerivedFrom))
_LABEL = ox.NamedNode(str(RDFS.label))
_SUBJECT, _PREDICATE, _OBJECT = (ox.NamedNode(str(x)) for x in (RDF.subject, RDF.predicate, RDF.object))


def document_graphs(g: Graph) -> Iterator[tuple[ox.NamedNode | None, list[ox.Triple]]]:
    """One named graph per document (its IRI names it), then the default graph (``None``).

    A document's graph holds its description, sentences, mentions, the type and label of each
    entity it mentions, its relation statements and the relations they assert, its quantities
    and indicator observations. Entity-level aggregates (alternative labels, counts, scope) stay
    in the default graph, so the union of all graphs is the whole graph. Each graph is sorted;
    one document's graph is built at a time."""
    sentences_of: dict[OxTerm, list[OxTerm]] = defaultdict(list)
    for s, d in g.subject_objects(_IN_DOCUMENT):
        sentences_of[d].append(s)
    mentions_in: dict[OxTerm, list[OxTerm]] = defaultdict(list)
    for m, s in g.subject_objects(_IN_SENTENCE):
        mentions_in[s].append(m)
    derived_from: dict[OxTerm, list[OxTerm]] = defaultdict(list)
    for x, s in g.subject_objects(_DERIVED):
        derived_from[s].append(x)
    mention_of = g.values(_MENTION_OF)
    subject_of, predicate_of, object_of = g.values(_SUBJECT), g.values(_PREDICATE), g.values(_OBJECT)
    placed: set[ox.Triple] = set()
    rank = {t: i for i, t in enumerate(g.sorted)}  # the graph's order, without writing each triple out again
    for d in sorted(g.subjects(_TYPE, _DOCUMENT), key=str):
        part: set[ox.Triple] = set(g.triples((d, None, None)))
        for s in sentences_of.get(d, ()):
            part.update(g.triples((s, None, None)))
            for m in mentions_in.get(s, ()):
                part.update(g.triples((m, None, None)))
                e = mention_of.get(m)
                if e is not None:
                    part.update(t for t in g.triples((e, None, None)) if t.predicate == _TYPE or t.predicate == _LABEL)
            for x in derived_from.get(s, ()):
                own = list(g.triples((x, None, None)))
                part.update(own)  # a statement, quantity or observation of that sentence
                if any(t.predicate == _TYPE and t.object == _STATEMENT for t in own):
                    h, p, o = subject_of.get(x), predicate_of.get(x), object_of.get(x)
                    if h is not None and p is not None and o is not None:
                        fact = ox.Triple(h, p, o)  # type: ignore[arg-type]
                        if fact in g:
                            part.add(fact)
        placed |= part
        yield d, sorted(part, key=rank.__getitem__)
    yield None, [t for t in g if t not in placed]


def split_by_document(g: Graph) -> dict[str, list[ox.Triple]]:
    """:func:`document_graphs` as a mapping, ``""`` for the default graph."""
    return {(d.value if d is not None else ""): triples for d, triples in document_graphs(g) if triples}


def trig(g: Graph) -> Iterator[bytes]:
    """TriG, prefixes declared once, then one document graph (or a run of the default graph) at a
    time: each piece is written by Oxigraph's Turtle serialiser and a document's wrapped in its
    graph block (``<document> { ... }``), which is the same TriG without making a quad of every
    triple in Python first (the bulk of this export's time)."""
    prefixes = _prefixes()
    yield "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()).encode("utf-8")
    for d, triples in document_graphs(g):
        for piece in _subject_runs(triples, PIECE_TRIPLES) if d is None else [triples]:
            if not piece:
                continue
            body = ox.serialize(piece, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
            while body.startswith(b"@prefix"):
                body = body[body.index(b"\n") + 1 :]
            body = body.lstrip(b"\n")
            if d is None:
                yield b"\n" + body
            else:
                yield b"\n" + str(d).encode("utf-8") + b" {\n\t" + body.rstrip(b"\n").replace(b"\n", b"\n\t") + b"\n}\n"


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


def render_formats(g: Graph, formats: Iterable[str], nxg: nx.MultiDiGraph | None = None) -> dict[str, Data]:
    """Relative file name -> contents for each requested format (the large RDF formats as
    iterators of pieces, produced as they are written)."""
    files: dict[str, Data] = {}
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


class Staging:
    """A build's exports, each written into a staging folder as soon as it is produced, and moved
    into place together by :meth:`commit`.

    A failure or interruption before the commit leaves the previous exports untouched (the
    staging folder is removed; a killed build's stale one goes at the next build); the moves at
    the end are renames on one file system. Nothing waits in memory for the others."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        for stale in out_dir.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        self.folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
        self.names: list[str] = []

    def write(self, name: str, data: Data) -> Path:
        path = self.folder / name
        atomic_write(path, data)
        self.names.append(name)
        return path

    def commit(self) -> list[Path]:
        paths = []
        for name in sorted(self.names):
            target = self.out_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.folder / name, target)
            paths.append(target)
        self.abort()
        return paths

    def abort(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()


def write_exports(out_dir: Path, files: dict[str, Data]) -> list[Path]:
    """Write every file into a staging folder first, then move them all into place."""
    with Staging(out_dir) as staging:
        for name, data in files.items():
            staging.write(name, data)
        return staging.commit()
