"""SHACL validation of the built graph against ``ontology/shapes.ttl``, with rudof.

rudof (``pyrudof``) is a SHACL engine written in Rust. It validates a seed build in about the
time pySHACL takes, but it leaves Python's interpreter lock free while it runs, so a build
validates in a background thread while the exports are rendered (:func:`validate_in_background`),
and it holds the graph in Rust, not in rdflib's Python objects. The ontology's class hierarchy
(which ``sh:targetClass`` and ``sh:class`` follow) is added to the data for the validation only.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
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


def _strip(text: str) -> str:
    return text[1:-1] if len(text) > 1 and text[0] == '"' and text[-1] == '"' else text


_MENTION_OF = ox.NamedNode("https://w3id.org/govkg/ontology#mentionOf")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_TARGET_CLASS = ox.NamedNode("http://www.w3.org/ns/shacl#targetClass")


@lru_cache(maxsize=1)
def _targeted_classes() -> frozenset[ox.NamedNode]:
    """The classes a shape targets, and their subclasses."""
    targets = {t.object for t in ox.parse(path=str(SHAPES_PATH), format=ox.RdfFormat.TURTLE) if t.predicate == _TARGET_CLASS}
    sub = [t for t in ox.parse(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE) if t.predicate == _SUBCLASS]
    grew = True
    while grew:
        more = {t.subject for t in sub if t.object in targets} - targets
        grew = bool(more)
        targets |= more
    return frozenset(x for x in targets if isinstance(x, ox.NamedNode))


CHUNK_TRIPLES = 10_000


def _chunks(g: Graph, size: int) -> Iterator[tuple[set[str], list[ox.Triple]]]:
    """The graph cut into pieces of about ``size`` triples, each closed for the shapes: the triples
    of a run of subjects (the focus nodes), what the nodes they point to bring (their type, which
    ``sh:class`` checks, or all their triples for a node no shape targets, such as an interval's
    instant) and the mentions pointing at them (the inverse path of EntityShape). Each shape looks
    no further, so a focus node validates in its piece as in the whole graph; nodes pulled in as
    context are validated in their own piece."""
    by_subject = g.by_subject()
    mentions_of: dict = {}
    for t in g.triples((None, _MENTION_OF, None)):
        mentions_of.setdefault(t.object, []).append(t)
    targeted = _targeted_classes()
    context: dict = {}  # what a node pointed to brings: its type if a shape targets it, else all of it

    def brought(o: ox.NamedNode) -> list[ox.Triple]:
        got = context.get(o)
        if got is None:
            own = by_subject.get(o, [])
            types = [t for t in own if t.predicate == _TYPE]
            got = context[o] = types if any(t.object in targeted for t in types) else own
        return got

    focus: list = []
    count = 0

    def piece() -> tuple[set[str], list[ox.Triple]]:
        data: set[ox.Triple] = set()
        for s in focus:
            own = by_subject[s]
            data.update(own)
            for t in own:
                if isinstance(t.object, ox.NamedNode):
                    data.update(brought(t.object))
            data.update(mentions_of.get(s, ()))
        return {str(s.value) for s in focus}, list(data)  # in any order: a graph is a set

    for s, own in by_subject.items():
        focus.append(s)
        count += len(own)
        if count >= size:
            yield piece()
            focus, count = [], 0
    if focus:
        yield piece()


_engines = threading.local()


def _engine() -> pyrudof.Rudof:
    """This thread's rudof, with the shapes and the class hierarchy loaded once: reading the
    first data into an empty rudof costs some 0.07 s, paid once per thread, not once per piece."""
    rudof = getattr(_engines, "rudof", None)
    if rudof is None:
        rudof = pyrudof.Rudof(pyrudof.RudofConfig())
        rudof.read_data(_hierarchy(), format=pyrudof.RDFFormat.NTriples)
        rudof.read_shacl(str(SHAPES_PATH))
        _engines.rudof = rudof
    return rudof


def _validate_data(ntriples: str, focus: set[str] | None = None) -> list[Violation]:
    """The violations of one piece (of its ``focus`` nodes only, if given): read over the
    hierarchy in a staging frame, which is rolled back after, so the next piece meets the
    hierarchy alone."""
    rudof = _engine()
    rudof.begin_staging()
    try:
        rudof.read_data(ntriples, format=pyrudof.RDFFormat.NTriples)
        report = rudof.validate_shacl()
        found = []
        for v in report.violations:
            node = str(v.focus_node)
            if (focus is None or node in focus) and str(v.severity).endswith("Violation"):
                found.append(Violation(shape=_shape_name(v), focus=node, path=str(v.path or ""), message=_strip(str(v.message or ""))))
        return found
    finally:
        rudof.rollback_staging()


def _shape_name(v: pyrudof.ShaclValidationEntry) -> str:
    """The shape's IRI, or for a property shape (a blank node, named anew each run) the
    constraint it broke (sh:MinCountConstraintComponent), so reports are the same every run."""
    shape = str(v.source_shape)
    if not shape.startswith("_:"):
        return shape
    return "sh:" + str(v.constraint_component).rsplit("#", 1)[-1]


def validate(data: Graph | str | bytes, chunk_triples: int = CHUNK_TRIPLES, threads: int = 2) -> ValidationResult:
    """Validate a graph (or its N-Triples) against the shapes, piece by piece (see :func:`_chunks`),
    so memory follows the piece, not the graph; the graph is not changed. rudof validates up to
    ``threads`` pieces at once (it leaves the interpreter lock free while it works), with at most
    two pieces waiting per thread, so memory still follows the pieces."""
    if not isinstance(data, Graph):
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        data = Graph(ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    violations: list[Violation] = []
    pending: deque[Future[list[Violation]]] = deque()

    def collect() -> None:
        violations.extend(pending.popleft().result())

    with ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="rudof") as pool:
        for focus, triples in _chunks(data, chunk_triples):
            text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            pending.append(pool.submit(_validate_data, text, focus))
            if len(pending) > 2 * max(1, threads):
                collect()
        while pending:
            collect()
    violations.sort(key=lambda v: (v.shape, v.focus, v.path))
    return ValidationResult(not violations, violations)


def validate_in_background(data: Graph | str | bytes) -> Future[ValidationResult]:
    """:func:`validate` in a thread of its own; ``.result()`` waits for it."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shacl")
    try:
        return pool.submit(validate, data)
    finally:
        pool.shutdown(wait=False)
