"""SHACL validation of the built graph against ``ontology/shapes.ttl``, with rudof.

rudof (``pyrudof``) is a SHACL engine written in Rust. It validates a seed build in about the
time pySHACL takes, but it leaves Python's interpreter lock free while it runs, so a build
validates in a background thread while the exports are rendered (:func:`validate_in_background`),
and it holds the graph in Rust, not in rdflib's Python objects. The ontology's class hierarchy
(which ``sh:targetClass`` and ``sh:class`` follow) is added to the data for the validation only.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
import pyrudof

from ontology import ONTOLOGY_PATH, SHAPES_PATH

from .rdf import Graph

_SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")


@dataclass
class Violation:
    shape: str
    focus: str
    path: str
    message: str


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Violation]

    def summary(self) -> str:
        if self.conforms:
            return "conforms"
        return f"{len(self.violations)} violation(s)"


@lru_cache(maxsize=1)
def _hierarchy() -> str:
    """The ontology's rdfs:subClassOf triples, as N-Triples."""
    triples = [t for t in ox.parse(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE) if t.predicate == _SUBCLASS]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _ntriples(data: Graph | str | bytes) -> str:
    if isinstance(data, Graph):
        return data.serialize(ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if isinstance(data, bytes):
        return data.decode("utf-8")
    return data


def _strip(text: str) -> str:
    return text[1:-1] if len(text) > 1 and text[0] == '"' and text[-1] == '"' else text


def validate(data: Graph | str | bytes) -> ValidationResult:
    """Validate a graph (or its N-Triples) against the shapes; the graph is not changed."""
    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    rudof.read_data(_ntriples(data) + "\n" + _hierarchy(), format=pyrudof.RDFFormat.NTriples)
    rudof.read_shacl(str(SHAPES_PATH))
    report = rudof.validate_shacl()
    violations = [
        Violation(shape=str(v.source_shape), focus=str(v.focus_node), path=str(v.path or ""), message=_strip(str(v.message or "")))
        for v in report.violations
        if str(v.severity).endswith("Violation")
    ]
    violations.sort(key=lambda v: (v.shape, v.focus, v.path))
    return ValidationResult(not violations, violations)


def validate_in_background(data: Graph | str | bytes) -> Future[ValidationResult]:
    """:func:`validate` in a thread of its own; ``.result()`` waits for it."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shacl")
    try:
        return pool.submit(validate, data)
    finally:
        pool.shutdown(wait=False)
