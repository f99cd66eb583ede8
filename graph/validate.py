"""SHACL validation of the built graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import RDFS, SH

from ontology import ONTOLOGY_PATH, SHAPES_PATH


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


def load_shapes() -> tuple[Graph, Graph]:
    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    onto = Graph().parse(ONTOLOGY_PATH, format="turtle")
    return shapes, onto


def validate(g: Graph) -> ValidationResult:
    """Validate ``g`` as it is, without copying it: the ontology's class hierarchy (which
    ``sh:targetClass`` and ``sh:class`` follow) is added for the validation and removed after,
    so ``g`` ends as it began. (pySHACL's ``ont_graph`` would copy the whole data graph first.)"""
    shapes, onto = load_shapes()
    hierarchy = [t for t in onto.triples((None, RDFS.subClassOf, None)) if t not in g]
    for t in hierarchy:
        g.add(t)
    try:
        conforms, report, _text = shacl_validate(
            g, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True, inplace=True
        )
    finally:
        for t in hierarchy:
            g.remove(t)
    violations: list[Violation] = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        violations.append(
            Violation(
                shape=str(report.value(result, SH.sourceShape)),
                focus=str(report.value(result, SH.focusNode)),
                path=str(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage)),
            )
        )
    violations.sort(key=lambda v: (v.shape, v.focus, v.path))
    return ValidationResult(bool(conforms), violations)
