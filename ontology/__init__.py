"""The govkg ontology, its SHACL shapes and the namespaces the project uses."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

GOV = Namespace("https://w3id.org/govkg/ontology#")
DEFAULT_BASE = "https://w3id.org/govkg/id/"
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
QB = Namespace("http://purl.org/linked-data/cube#")

PREFIXES: dict[str, Namespace] = {
    "gov": GOV,
    "org": ORG,
    "schema": SCHEMA,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "oa": OA,
    "time": TIME,
    "qb": QB,
}

# GUIDELINES.md label -> class
CLASS_OF_LABEL = {
    "ENTERPRISE": GOV.Enterprise,
    "PROJECT": GOV.Project,
    "PARK": GOV.Park,
    "POLICY": GOV.Policy,
    "OFFICE": GOV.Office,
    "POST": ORG.Post,
    "PERSON": GOV.Person,
    "ORG": GOV.Organization,
    "PLACE": GOV.Place,
}

# GUIDELINES.md relation -> property (see docs/design.md)
PROPERTY_OF_RELATION = {
    "HOLDS_POST": ORG.holds,
    "LOCATED_IN": SCHEMA.location,
    "PART_OF": GOV.partOf,
    "COOPERATES_WITH": GOV.cooperatesWith,
    "ISSUED_BY": SCHEMA.legislationPassedBy,
    "IMPLEMENTS": GOV.implements,
    "OPERATES": GOV.operates,
}


def _path(name: str) -> Path:
    return Path(str(files("ontology") / name))


ONTOLOGY_PATH = _path("govkg.ttl")
SHAPES_PATH = _path("shapes.ttl")
