"""Assemble the RDF graph: entities, relations, documents, sentences, mentions, provenance."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pyoxigraph as ox
from rdflib import namespace as ns

import ontology
from extract.records import Document

from .identity import IRIs
from .rdf import Graph, Vocabulary, boolean, decimal, integer, text, typed
from .resolve import Entity, entity_index

# the vocabulary as Oxigraph IRIs, made once (rdflib's namespace attributes cost 4 µs a look-up)
GOV, ORG, QB, SCHEMA, TIME = (Vocabulary(x) for x in (ontology.GOV, ontology.ORG, ontology.QB, ontology.SCHEMA, ontology.TIME))
DCTERMS, PROV, RDF, RDFS, SKOS = (Vocabulary(x) for x in (ns.DCTERMS, ns.PROV, ns.RDF, ns.RDFS, ns.SKOS))
XSD = ns.XSD
CLASS_OF_LABEL = {label: ox.NamedNode(str(c)) for label, c in ontology.CLASS_OF_LABEL.items()}
PROPERTY_OF_RELATION = {rel: ox.NamedNode(str(p)) for rel, p in ontology.PROPERTY_OF_RELATION.items()}

ORGANISATION_LABELS = {"ENTERPRISE", "OFFICE", "ORG"}
MEDIA_TYPES = {
    "txt": "text/plain",
    "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def assemble(docs: Sequence[Document], entities: Sequence[Entity], iris: IRIs | None = None) -> Graph:
    iris = iris or IRIs()
    g = Graph()
    zh = "zh"

    for doc in docs:
        d = iris.document(doc.sha256)
        g.add((d, RDF.type, GOV.Document))
        g.add((d, GOV.fileName, text(doc.path.rsplit("/", 1)[-1])))
        g.add((d, GOV.sha256, text(doc.sha256)))
        meta = doc.meta
        if meta.title:
            g.add((d, DCTERMS.title, text(meta.title, zh)))
        if meta.district:
            g.add((d, GOV.district, text(meta.district, zh)))
        if meta.year:
            g.add((d, GOV.year, typed(f"{meta.year:04d}", XSD.gYear)))
        if meta.doc_type:
            g.add((d, GOV.documentType, text(meta.doc_type, zh)))
        if meta.speaker:
            g.add((d, GOV.speaker, text(meta.speaker, zh)))
        if meta.date:
            g.add((d, DCTERMS.date, typed(meta.date, XSD.date)))
        if meta.source_url:
            g.add((d, DCTERMS.source, typed(meta.source_url, XSD.anyURI)))
        g.add((d, DCTERMS["format"], text(MEDIA_TYPES.get(doc.kind, "text/plain"))))
        g.add((d, DCTERMS.language, text("zh-Hant" if doc.traditional else "zh-Hans")))
        used = {m.sentence for m in doc.mentions} | {q.sentence for q in doc.quantities}
        for s in doc.sentences:
            if s.index not in used:
                continue  # sentences that carry no fact stay out of the graph
            sn = iris.sentence(doc.sha256, s.start, s.end)
            g.add((sn, RDF.type, GOV.Sentence))
            g.add((sn, GOV.inDocument, d))
            g.add((sn, GOV.line, integer(s.line)))
            g.add((sn, GOV.start, integer(s.start)))
            g.add((sn, GOV.end, integer(s.end)))
            g.add((sn, SCHEMA.text, text(s.text, zh)))
            if s.section:
                g.add((sn, GOV.section, text(s.section, zh)))
            if s.page is not None:
                g.add((sn, GOV.page, integer(s.page)))

    for ent in entities:
        node = iris.entity(ent.label, ent.scope, ent.name)
        g.add((node, RDF.type, CLASS_OF_LABEL[ent.label]))
        g.add((node, RDFS.label, text(ent.name, zh)))
        g.add((node, SKOS.prefLabel, text(ent.name, zh)))
        g.add((node, GOV.mentionCount, integer(len(ent.mentions))))
        if ent.district:
            g.add((node, GOV.district, text(ent.district, zh)))
        for form in sorted(ent.surface):
            if form != ent.name:
                g.add((node, SKOS.altLabel, text(form, zh)))
        for (doc, m), rule in zip(ent.mentions, ent.mention_rules, strict=True):
            mn = iris.mention(doc.sha256, m.start, m.end, m.label)
            g.add((mn, GOV.resolvedBy, text(rule)))
            s = doc.sentences[m.sentence]
            g.add((mn, RDF.type, GOV.Mention))
            g.add((mn, GOV.mentionOf, node))
            g.add((mn, GOV.inSentence, iris.sentence(doc.sha256, s.start, s.end)))
            g.add((mn, GOV.start, integer(m.start)))
            g.add((mn, GOV.end, integer(m.end)))
            g.add((mn, RDFS.label, text(m.text, zh)))
            g.add((mn, GOV.rule, text(m.source)))

    index = entity_index(entities)
    known = {iris.entity(e.label, e.scope, e.name) for e in entities}
    _quantities(g, docs, index, iris)
    for doc in docs:
        for r in doc.relations:
            head = index[(doc.doc_id, r.head.start, r.head.end)]
            tail = index[(doc.doc_id, r.tail.start, r.tail.end)]
            h = iris.entity(head.label, head.scope, head.name)
            t = iris.entity(tail.label, tail.scope, tail.name)
            prop = PROPERTY_OF_RELATION[r.relation]
            g.add((h, prop, t))
            if r.relation == "PART_OF" and head.label in ORGANISATION_LABELS and tail.label in ORGANISATION_LABELS:
                g.add((h, ORG.subOrganizationOf, t))
            s = doc.sentences[r.sentence]
            sn = iris.sentence(doc.sha256, s.start, s.end)
            if r.relation == "HOLDS_POST":
                body = _body_of_post(tail, doc, iris)
                if body is not None and body in known:
                    g.add((t, ORG.postIn, body))
                if r.start_date or r.end_date:
                    _membership(g, iris, h, t, body if body in known else None, r.start_date, r.end_date, sn)
            st = iris.statement(h.value, prop.value, t.value, sn.value)
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, h))
            g.add((st, RDF.predicate, prop))
            g.add((st, RDF.object, t))
            g.add((st, PROV.wasDerivedFrom, sn))
            g.add((st, GOV.cue, text(r.cue, zh)))
            g.add((st, GOV.rule, text(r.source)))
    return g


def _membership(g: Graph, iris: IRIs, person: ox.NamedNode, post: ox.NamedNode, body: ox.NamedNode | None,
                start: str | None, end: str | None, sentence: ox.NamedNode) -> None:
    """A tenure the text states (穆生军(自 2023年11月22日)): org:Membership with org:memberDuring."""
    m = iris.membership(person.value, post.value, start or "", end or "", sentence.value)
    during = ox.NamedNode(f"{m.value}/during")
    g.add((m, RDF.type, ORG.Membership))
    g.add((m, ORG.member, person))
    g.add((m, GOV.post, post))
    if body is not None:
        g.add((m, ORG.organization, body))
    g.add((m, ORG.memberDuring, during))
    g.add((m, PROV.wasDerivedFrom, sentence))
    g.add((during, RDF.type, TIME.Interval))
    for which, date, prop in (("start", start, TIME.hasBeginning), ("end", end, TIME.hasEnd)):
        if date:
            instant = ox.NamedNode(f"{m.value}/{which}")
            g.add((during, prop, instant))
            g.add((instant, RDF.type, TIME.Instant))
            g.add((instant, TIME.inXSDDate, typed(date, XSD.date)))


def _quantities(g: Graph, docs: Sequence[Document], index: dict, iris: IRIs) -> None:
    """Quantities (gov:Quantity) and, for headline indicators, observations (qb:Observation)."""
    for doc in docs:
        for q in doc.quantities:
            s = doc.sentences[q.sentence]
            sn = iris.sentence(doc.sha256, s.start, s.end)
            if q.indicator:
                node = iris.observation(doc.sha256, q.start, q.end)
                concept = iris.indicator(q.indicator)
                g.add((concept, RDF.type, GOV.Indicator))
                g.add((concept, SKOS.prefLabel, text(q.indicator, "zh")))
                g.add((concept, SKOS.inScheme, GOV.HeadlineIndicators))
                g.add((node, RDF.type, QB.Observation))
                g.add((node, QB.dataSet, GOV.IndicatorDataSet))
                g.add((node, GOV.indicator, concept))
                g.add((node, GOV.measureType, text("growth" if q.kind in ("growth", "share") and q.unit in ("percent", "percentage-point") else "value")))
                if doc.meta.district:
                    g.add((node, GOV.district, text(doc.meta.district, "zh")))
            else:
                node = iris.quantity(doc.sha256, q.start, q.end)
                g.add((node, RDF.type, GOV.Quantity))
                g.add((node, GOV.quantityKind, text(q.kind)))
                if q.counted:
                    g.add((node, GOV.counts, text(q.counted, "zh")))
                if q.about is not None:
                    ent = index.get((doc.doc_id, q.about.start, q.about.end))
                    if ent is not None:
                        g.add((node, GOV.measures, iris.entity(ent.label, ent.scope, ent.name)))
            g.add((node, SCHEMA.value, decimal(q.value)))
            g.add((node, SCHEMA.unitCode, text(q.unit)))
            g.add((node, GOV.statedAs, text(q.text, "zh")))
            g.add((node, GOV.isTarget, boolean(q.target)))
            if q.year:
                g.add((node, GOV.year, typed(f"{q.year:04d}", XSD.gYear)))
            g.add((node, GOV.start, integer(q.start)))
            g.add((node, GOV.end, integer(q.end)))
            g.add((node, PROV.wasDerivedFrom, sn))


def _body_of_post(post: Entity, doc: Document, iris: IRIs) -> ox.NamedNode | None:
    """The office a district-level post belongs to (区长 -> 区人民政府, 区委书记 -> 区委)."""
    district = doc.meta.district
    if not district:
        return None
    name = post.name
    body = None
    if re.match(rf"^(?:{district}|区)委(?!员)", name) or re.search(r"^(?:区委)?(?:副)?书记$|^区委常委$", name):
        body = f"{district}委"
    elif re.match(rf"^(?:{district}|区)?(?:副)?区长$", name):
        body = f"{district}人民政府"
    elif re.match(rf"^(?:{district}|区)政协", name):
        body = f"{district}政协"
    elif re.match(rf"^(?:{district}|区)人大常委会", name):
        body = f"{district}人大常委会"
    if body is None:
        return None
    return iris.entity("OFFICE", district, body)
