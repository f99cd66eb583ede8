"""SHACL validation of the built graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH

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
    shapes, onto = load_shapes()
    conforms, report, _text = shacl_validate(
        g, shacl_graph=shapes, ont_graph=onto, inference="none", advanced=False, allow_warnings=True
    )
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
