"""Load a build into any SPARQL 1.1 store through the Graph Store HTTP Protocol.

Each document's named graph (see :func:`graph.formats.split_by_document`) is PUT to
``ENDPOINT?graph=<document IRI>`` and the rest to ``ENDPOINT?default``; with ``graph`` given,
the whole build goes into that one named graph instead. PUT replaces, so pushing again after a
rebuild leaves no stale triples. Works with Oxigraph (``/store``), Jena Fuseki (``/DATASET/data``),
GraphDB (``/repositories/REPO/rdf-graphs/service``) and Virtuoso (``/sparql-graph-crud``).
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from .formats import split_by_document
from .rdf import Graph


class PushError(Exception):
    pass


@dataclass
class PushResult:
    graphs: int
    triples: int


def _put(endpoint: str, query: str, body: bytes, auth: str | None, timeout: float) -> None:
    sep = "&" if "?" in endpoint else "?"
    req = urllib.request.Request(f"{endpoint}{sep}{query}", data=body, method="PUT",
                                 headers={"Content-Type": "application/n-triples"})
    if auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            if resp.status >= 300:
                raise PushError(f"{endpoint}: HTTP {resp.status}")
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:200].decode("utf-8", "replace")
        raise PushError(f"{endpoint} refused the graph ({query}): HTTP {exc.code} {detail}") from None
    except urllib.error.URLError as exc:
        raise PushError(f"cannot reach {endpoint}: {exc.reason}") from None


def push(g: Graph, endpoint: str, graph: str | None = None, auth: str | None = None, timeout: float = 300) -> PushResult:
    if graph:
        _put(endpoint, "graph=" + urllib.parse.quote(graph, safe=""), g.serialize(ox.RdfFormat.N_TRIPLES), auth, timeout)
        return PushResult(1, len(g))
    count = 0
    total = 0
    for name, triples in sorted(split_by_document(g).items()):
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        query = "graph=" + urllib.parse.quote(name, safe="") if name else "default"
        _put(endpoint, query, body, auth, timeout)
        count += 1
        total += len(triples)
    return PushResult(count, total)
