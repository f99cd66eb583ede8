"""The build's RDF graph, held as Oxigraph terms.

A build makes some 300,000 triples per five reports; held in rdflib they cost about 4 KB each
and most of a build's time (see docs/performance.md). Here a graph is a set of
:class:`pyoxigraph.Triple` (Rust values, written by Oxigraph's serialisers, validated by rudof)
with the few lookups the projection to NetworkX and the exports need. Lookups accept IRIs as
strings (the ``ontology`` namespace terms are strings) or Oxigraph terms, and return Oxigraph
terms: ``.value`` is a literal's lexical form or an IRI.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Subject = ox.NamedNode | ox.BlankNode

XSD = "http://www.w3.org/2001/XMLSchema#"


@lru_cache(maxsize=1 << 16)
def iri(value: str) -> ox.NamedNode:
    """The Oxigraph IRI of a string (an ``ontology`` namespace term, say), made once."""
    return ox.NamedNode(str(value))


class Vocabulary:
    """The Oxigraph IRIs of one namespace, each made on first use: ``Vocabulary(GOV).start``."""

    def __init__(self, base: str) -> None:
        self._base = str(base)

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        node = ox.NamedNode(self._base + name)
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return getattr(self, name)


def _node(term: str | Term) -> Term:
    return term if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal) else iri(term)


def text(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=iri(datatype))


_INTEGER = ox.NamedNode(XSD + "integer")
_TRUE = ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))
_FALSE = ox.Literal("false", datatype=ox.NamedNode(XSD + "boolean"))


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_INTEGER)


def boolean(value: bool) -> ox.Literal:
    return _TRUE if value else _FALSE


def decimal(x: float) -> ox.Literal:
    """An xsd:decimal in its canonical lexical form (1200000000.0, 5.5; never 1.2E+9), the form
    Turtle's shorthand writes too, so every format round-trips to the same literal."""
    lexical = format(Decimal(repr(x)), "f")
    lexical = lexical.rstrip("0") if "." in lexical else lexical + "."
    return typed(lexical + "0" if lexical.endswith(".") else lexical, XSD + "decimal")


def _sort_key(t: ox.Triple) -> str:
    """A triple's N-Triples line (without its final " ."), so a sorted graph writes sorted lines."""
    return str(t)


class Graph:
    """A set of triples with rdflib-like lookups (``value``, ``objects``, ``subjects``,
    ``subject_objects``, ``triples``). Iteration is sorted (subject, predicate, object), so every
    serialisation of the same graph is the same bytes."""

    def __init__(self, triples: Iterable[ox.Triple] = ()) -> None:
        self._set: set[ox.Triple] = set(triples)
        self._sorted: list[ox.Triple] | None = None
        self._by_subject: dict[Term, list[ox.Triple]] | None = None
        self._by_predicate: dict[Term, list[ox.Triple]] | None = None
        self._values: dict[Term, dict[Term, Term]] = {}

    # ---------------------------------------------------------------- building

    def add(self, triple: tuple[str | Term, str | Term, str | Term] | ox.Triple) -> None:
        if not isinstance(triple, ox.Triple):
            try:
                triple = ox.Triple(*triple)
            except TypeError:  # IRIs given as strings
                s, p, o = triple
                triple = ox.Triple(_node(s), _node(p), _node(o))  # type: ignore[arg-type]
        if self._sorted is not None:
            self._changed()
        self._set.add(triple)

    def remove(self, pattern: tuple[str | Term | None, str | Term | None, str | Term | None]) -> None:
        gone = list(self.triples(pattern))
        self._set.difference_update(gone)
        if gone:
            self._changed()

    def _changed(self) -> None:
        self._sorted = self._by_subject = self._by_predicate = None
        self._values = {}

    @classmethod
    def parse(cls, path: Path | str, fmt: ox.RdfFormat | None = None) -> Graph:
        """A graph from an RDF file of a build (Turtle, N-Triples, TriG: the union of its graphs)."""
        path = Path(path)
        fmt = fmt or _format_of(path)
        return cls(ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt))

    # ---------------------------------------------------------------- reading

    def __len__(self) -> int:
        return len(self._set)

    def __contains__(self, triple: object) -> bool:
        return triple in self._set

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self.sorted)

    @property
    def sorted(self) -> list[ox.Triple]:
        if self._sorted is None:
            self._sorted = sorted(self._set, key=_sort_key)
        return self._sorted

    def _index(self) -> tuple[dict[Term, list[ox.Triple]], dict[Term, list[ox.Triple]]]:
        if self._by_subject is None or self._by_predicate is None:
            by_s: dict[Term, list[ox.Triple]] = defaultdict(list)
            by_p: dict[Term, list[ox.Triple]] = defaultdict(list)
            for t in self.sorted:
                by_s[t.subject].append(t)
                by_p[t.predicate].append(t)
            self._by_subject, self._by_predicate = dict(by_s), dict(by_p)
        return self._by_subject, self._by_predicate

    def by_subject(self) -> dict[Term, list[ox.Triple]]:
        """Each subject's triples, in the graph's order (built once, shared; do not change it)."""
        return self._index()[0]

    def triples(self, pattern: tuple[str | Term | None, str | Term | None, str | Term | None]) -> Iterator[ox.Triple]:
        s, p, o = (None if x is None else _node(x) for x in pattern)
        by_s, by_p = self._index()
        if s is not None:
            pool: Iterable[ox.Triple] = by_s.get(s, ())
        elif p is not None:
            pool = by_p.get(p, ())
        else:
            pool = self.sorted
        for t in pool:
            if (p is None or t.predicate == p) and (o is None or t.object == o) and (s is None or t.subject == s):
                yield t

    def value(self, s: str | Term, p: str | Term) -> Term | None:
        return next((t.object for t in self.triples((s, p, None))), None)

    def values(self, p: str | Term) -> dict[Term, Term]:
        """Each subject's first object of ``p`` (what :meth:`value` returns), as one mapping made
        once per predicate: what a pass over every node asks for, at the cost of a dict lookup."""
        key = _node(p)
        cache = self._values
        got = cache.get(key)
        if got is None:
            got = {}
            for t in self._index()[1].get(key, ()):
                got.setdefault(t.subject, t.object)
            cache[key] = got
        return got

    def objects(self, s: str | Term | None, p: str | Term | None) -> Iterator[Term]:
        return (t.object for t in self.triples((s, p, None)))

    def subjects(self, p: str | Term | None, o: str | Term | None) -> Iterator[Subject]:
        return (t.subject for t in self.triples((None, p, o)))

    def subject_objects(self, p: str | Term) -> Iterator[tuple[Subject, Term]]:
        return ((t.subject, t.object) for t in self.triples((None, p, None)))

    # ---------------------------------------------------------------- writing

    def serialize(self, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES, prefixes: dict[str, str] | None = None) -> bytes:
        return ox.serialize(self.sorted, format=fmt, prefixes=prefixes) if prefixes else ox.serialize(self.sorted, format=fmt)


def _format_of(path: Path) -> ox.RdfFormat:
    if path.suffix == ".jsonld":
        return ox.RdfFormat.JSON_LD
    return ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE


__all__ = ["Graph", "Vocabulary", "boolean", "decimal", "integer", "iri", "text", "typed"]
