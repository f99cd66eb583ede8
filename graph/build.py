"""The build: seeds -> extract -> resolve -> RDF + NetworkX -> SHACL -> exports."""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from extract.document import extract_document
from extract.reader import DEFAULT_MAX_BYTES, ReadError, discover, read_file
from extract.records import Document

from .assemble import assemble
from .formats import FORMATS, RdfView, render_formats, write_exports
from .html import render
from .identity import IRIs
from .network import to_networkx
from .resolve import Entity, resolve
from .validate import ValidationResult, validate

log = logging.getLogger(__name__)


class BuildError(Exception):
    """The build could not produce a valid graph (e.g. SHACL violations)."""


@dataclass
class BuildReport:
    documents: list[Document] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    triples: int = 0
    validation: ValidationResult | None = None
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)
    """Seconds per build stage, in the order they ran (see :func:`build`)."""

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - t0

    @property
    def paragraphs(self) -> int:
        return sum(d.paragraphs for d in self.documents)

    def mentions_by_label(self) -> Counter[str]:
        return Counter(m.label for d in self.documents for m in d.mentions)

    def entities_by_label(self) -> Counter[str]:
        return Counter(e.label for e in self.entities)

    def quantities_by_kind(self) -> Counter[str]:
        return Counter("indicator" if q.indicator else q.kind for d in self.documents for q in d.quantities)

    def relations_by_type(self) -> Counter[str]:
        return Counter(r.relation for d in self.documents for r in d.relations)


def extract_one(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | str:
    """One file read and extracted; a string says why it was skipped. Runs in worker processes."""
    try:
        raw = read_file(path, max_bytes)
    except ReadError as exc:
        return str(exc)
    try:
        return extract_document(raw)
    except Exception as exc:  # one document's failure must not lose the others
        log.exception("extraction failed on %s", path)
        return f"internal error while extracting: {exc.__class__.__name__}: {exc}"


def extract_all(paths: Sequence[Path], max_bytes: int, jobs: int) -> Iterator[tuple[Path, Document | str]]:
    """Documents one at a time, in input order: in this process, or across ``jobs`` processes
    (each loads the pipeline once; the order, hence the output, is the same as with one job)."""
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield path, extract_one(path, max_bytes)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from zip(paths, pool.map(extract_one, paths, [max_bytes] * len(paths)), strict=True)


def build(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    base_iri: str | None = None,
    store: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    on_document: Callable[[Path, int, int], None] | None = None,
) -> BuildReport:
    """Run the whole build; raise :class:`BuildError` when the graph does not conform."""
    t0 = time.perf_counter()
    report = BuildReport()
    paths = discover(inputs)
    iris = IRIs(base_iri) if base_iri else IRIs()
    results = extract_all(paths, max_bytes, jobs)
    for i in range(1, len(paths) + 1):
        with report.stage("read+extract"):
            path, result = next(results)
        if isinstance(result, str):
            report.skipped.append((path, result))
        else:
            report.documents.append(result)
            report.problems.extend((path, p) for p in result.problems)
            log.info("%s: %d paragraphs, %d mentions", path, result.paragraphs, len(result.mentions))
        if on_document:
            on_document(path, i, len(paths))
    with report.stage("resolve"):
        report.entities = resolve(report.documents)
    with report.stage("assemble"):
        g = assemble(report.documents, report.entities, iris)
    report.triples = len(g)
    with report.stage("shacl"):
        report.validation = validate(g)
    if not report.validation.conforms:
        first = report.validation.violations[:5]
        lines = "; ".join(f"shape {v.shape} on {v.focus} ({v.path}): {v.message}" for v in first)
        raise BuildError(f"graph does not conform to the SHACL shapes: {report.validation.summary()}: {lines}")
    with report.stage("networkx"):
        nxg = to_networkx(g)
    with report.stage("rdf terms"):
        view = RdfView(g)
        _ = view.triples, view.quads
    files: dict[str, str] = {}
    for fmt in FORMATS:
        with report.stage(f"export {fmt}"):
            files.update(render_formats(g, [fmt], nxg, view))
    with report.stage("export html"):
        title = "govkg · " + ", ".join(sorted({d.meta.district or "?" for d in report.documents}))
        files["graph.html"] = render(nxg, title)
    # every export is produced before any is written, and each is written atomically
    with report.stage("write"):
        report.outputs = write_exports(out_dir, files)
    if store is not None:
        from .store import create_store

        with report.stage("store"):
            create_store(store, files["govkg.trig"])
        report.outputs.append(store)
    report.seconds = time.perf_counter() - t0
    return report


__all__ = ["BuildError", "BuildReport", "build"]
