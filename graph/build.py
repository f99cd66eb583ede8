"""The build: seeds -> extract -> resolve -> RDF + NetworkX -> SHACL -> exports."""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from extract.document import Mapper, extract_document
from extract.reader import DEFAULT_MAX_BYTES, RawText, ReadError, discover, read_file
from extract.records import Document

from .assemble import assemble
from .cache import ExtractionCache, code_version, default_cache_dir, document_key
from .export import atomic_write
from .formats import FORMATS, Staging, ntriples, render_formats
from .html import render
from .identity import IRIs
from .network import to_networkx
from .resolve import Entity, resolve
from .validate import ValidationResult, validate_in_background

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
    entity_counts: Counter[str] = field(default_factory=Counter)
    up_to_date: bool = False
    """True when nothing changed since the last build into the same folder: exports left as they were."""
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
        return self.entity_counts

    def quantities_by_kind(self) -> Counter[str]:
        return Counter("indicator" if q.indicator else q.kind for d in self.documents for q in d.quantities)

    def relations_by_type(self) -> Counter[str]:
        return Counter(r.relation for d in self.documents for r in d.relations)


def _start_worker() -> None:
    """Load the pipeline once per worker process, before the first paragraph arrives."""
    from extract.pipeline import make_nlp
    from extract.tokens import jieba_words

    make_nlp()
    jieba_words("预热")


def extract_one(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, mapper: Mapper = map) -> Document | str:
    """One file read and extracted; a string says why it was skipped."""
    try:
        raw = read_file(path, max_bytes)
    except ReadError as exc:
        return str(exc)
    return _extract_raw(raw, mapper)


def _extract_raw(raw: RawText, mapper: Mapper = map) -> Document | str:
    try:
        return extract_document(raw, mapper=mapper)
    except Exception as exc:  # one document's failure must not lose the others
        log.exception("extraction failed on %s", raw.path)
        return f"internal error while extracting: {exc.__class__.__name__}: {exc}"


def _key_within(path: Path, max_bytes: int) -> str:
    """The file's cache key, or "" for a file that is unreadable or over the size limit."""
    try:
        return document_key(path) if path.stat().st_size <= max_bytes else ""
    except OSError:
        return ""


def _cached(paths: Sequence[Path], cache: ExtractionCache | None, max_bytes: int,
            extract: Callable[[list[Path]], Iterator[Document | str]],
            keys: Sequence[str] | None = None) -> Iterator[tuple[Path, Document | str]]:
    """Each path's document from the cache, or from ``extract`` (given the misses, in order).
    A file over the size limit is always a miss, so reading it says why it is skipped."""
    if cache is not None:
        keys = list(keys) if keys is not None else [_key_within(p, max_bytes) for p in paths]
        hits = {i: cache.get(k) for i, k in enumerate(keys) if k}
    else:
        keys, hits = [""] * len(paths), {}
    misses = [p for i, p in enumerate(paths) if hits.get(i) is None]
    fresh = extract(misses)
    for i, path in enumerate(paths):
        hit = hits.get(i)
        if hit is not None:
            yield path, hit
            continue
        result = next(fresh)
        if cache is not None and keys[i] and isinstance(result, Document):
            cache.put(keys[i], result)
        yield path, result


AUTO_PARALLEL_BYTES = 1024 * 1024
"""``jobs=None`` (auto) starts a process per core only for at least this much text to extract:
starting the workers (each loads jieba, LAC and the pipeline) costs about 3 s, which a smaller
extraction would not earn back."""


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def auto_jobs(paths: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """How many processes extract ``paths`` when the user did not say: one per core when they
    hold :data:`AUTO_PARALLEL_BYTES` or more (files over ``max_bytes`` are skipped, so not
    counted), else one."""
    total = 0
    for path in paths:
        try:
            size = path.stat().st_size
        except OSError:
            continue
        if size <= max_bytes:
            total += size
    return cores() if total >= AUTO_PARALLEL_BYTES else 1


def extract_all(paths: Sequence[Path], max_bytes: int, jobs: int | None, cache: ExtractionCache | None = None,
                executor: str = "local", scheduler: str | None = None,
                keys: Sequence[str] | None = None) -> Iterator[tuple[Path, Document | str]]:
    """Documents one at a time, in input order, each from the cache or extracted.

    ``local`` with ``jobs`` > 1: a pool of processes, each loading the pipeline once, analyses
    the paragraphs of each document (so a long yearbook is spread too); ``dask``: each document
    is a task on a dask.distributed cluster (a local one of ``jobs`` workers, or ``scheduler``).
    ``jobs=None``: :func:`auto_jobs` of the documents not in the cache (a dask cluster: a worker
    per core). The output is the same whichever runs it (see
    :func:`extract.document.analyse_paragraphs`). ``keys``: the paths' cache keys when the caller
    has them (see :func:`_key_within`)."""
    if executor == "dask":
        workers = jobs if jobs is not None else cores()
        yield from _cached(paths, cache, max_bytes, lambda misses: _extract_dask(misses, max_bytes, workers, scheduler), keys)
        return
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r}; choose local or dask")

    def local(misses: list[Path]) -> Iterator[Document | str]:
        n = jobs if jobs is not None else auto_jobs(misses, max_bytes)
        if n <= 1 or not misses:
            return (extract_one(p, max_bytes) for p in misses)
        return _extract_pooled(misses, max_bytes, n)

    yield from _cached(paths, cache, max_bytes, local, keys)


def _extract_pooled(paths: list[Path], max_bytes: int, jobs: int) -> Iterator[Document | str]:
    """The documents extracted one after the other, each one's paragraphs over ``jobs`` processes."""
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker) as pool:

        def mapper(fn: Callable, items: list) -> Iterator:
            return pool.map(fn, items, chunksize=max(1, min(64, len(items) // (jobs * 4))))

        for path in paths:
            yield extract_one(path, max_bytes, mapper)


def _extract_dask(paths: list[Path], max_bytes: int, jobs: int, scheduler: str | None) -> Iterator[Document | str]:
    """Per-document extraction as dask.distributed tasks. Files are read here, on the client (so
    workers need no access to them), and at most ``2 x workers`` documents are in flight."""
    if not paths:
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise BuildError("--executor dask needs dask.distributed: pip install 'govkg[dask]'") from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        pending: list = []
        queue = iter(paths)

        def submit_next() -> None:
            path = next(queue, None)
            if path is None:
                return
            try:
                raw = read_file(path, max_bytes)
            except ReadError as exc:
                pending.append(str(exc))
                return
            pending.append(client.submit(_extract_raw, raw, pure=False))

        for _ in range(window):
            submit_next()
        while pending:
            head = pending.pop(0)
            submit_next()
            yield head if isinstance(head, str) else head.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


MANIFEST = ".govkg-build.json"


def _fingerprint(paths: Sequence[Path], keys: Sequence[str], base_iri: str | None, store: Path | None,
                 max_bytes: int) -> str:
    """What a build's outputs depend on: every input's cache key, the options, all the code."""
    h = hashlib.sha256(code_version("extract", "graph", "ontology").encode())
    h.update(json.dumps([base_iri, str(store.resolve()) if store else None, max_bytes, list(FORMATS)]).encode())
    for path, key in zip(paths, keys, strict=True):
        if not key:  # skipped either way; its name and size stand for it
            key = f"{path.resolve()}:{path.stat().st_size if path.exists() else -1}"
        h.update(key.encode())
    return h.hexdigest()


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _up_to_date(out_dir: Path, fingerprint: str) -> dict | None:
    """The previous build's manifest, if it was this very build and its outputs are untouched."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("fingerprint") != fingerprint:
            return None
        for name, stat in manifest["outputs"].items():
            path = Path(name)
            if not path.exists() or (stat is not None and _stat(path) != stat):
                return None
        return manifest
    except (OSError, ValueError, KeyError, TypeError):
        return None


def build(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    base_iri: str | None = None,
    store: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    executor: str = "local",
    scheduler: str | None = None,
    on_document: Callable[[Path, int, int], None] | None = None,
) -> BuildReport:
    """Run the whole build; raise :class:`BuildError` when the graph does not conform.

    With the cache (the default), unchanged documents are not extracted again, and when nothing
    at all changed since the last build into ``out_dir`` (inputs, options, code, the exports
    themselves), the exports are left as they are and the report says so (``up_to_date``).
    ``jobs``: processes for extraction; ``None`` decides from the work (:func:`auto_jobs`)."""
    t0 = time.perf_counter()
    report = BuildReport()
    paths = discover(inputs)
    iris = IRIs(base_iri) if base_iri else IRIs()
    cache = ExtractionCache(cache_dir or default_cache_dir()) if use_cache else None
    fingerprint = ""
    previous = None
    keys = None
    if use_cache:
        with report.stage("fingerprint"):
            keys = [_key_within(p, max_bytes) for p in paths]  # each file hashed once, used twice
            fingerprint = _fingerprint(paths, keys, base_iri, store, max_bytes)
            previous = _up_to_date(out_dir, fingerprint)
    results = extract_all(paths, max_bytes, jobs, cache, executor, scheduler, keys)
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
    results.close()  # the extraction workers, if any, exit now rather than when the build returns
    if previous is not None:
        report.up_to_date = True
        report.entity_counts = Counter(previous["entities"])
        report.triples = previous["triples"]
        report.validation = ValidationResult(True, [])
        report.outputs = [Path(p) for p in previous["outputs"]]
        report.seconds = time.perf_counter() - t0
        return report
    with report.stage("resolve"):
        report.entities = resolve(report.documents)
        report.entity_counts = Counter(e.label for e in report.entities)
    with report.stage("assemble"):
        g = assemble(report.documents, report.entities, iris)
    report.triples = len(g)
    title = "govkg · " + ", ".join(sorted({d.meta.district or "?" for d in report.documents}))
    # each export goes to a staging folder as soon as it is made; all move into place at the end
    with Staging(out_dir) as staging:
        # SHACL runs in a thread of its own (rudof leaves the interpreter free) while the graph is
        # projected and the exports are made; nothing lands before it has conformed. The graph is
        # sorted and indexed first, so the two threads do not both do it.
        g.by_subject()
        shacl = validate_in_background(g)
        with report.stage("export nt"):
            staging.write("govkg.nt", ntriples(g))
        with report.stage("networkx"):
            nxg = to_networkx(g)
        for fmt in FORMATS:
            if fmt != "nt":
                with report.stage(f"export {fmt}"):
                    for name, data in render_formats(g, [fmt], nxg).items():
                        staging.write(name, data)
        with report.stage("export html"):
            staging.write("graph.html", render(nxg, title))
        with report.stage("shacl (wait)"):
            report.validation = shacl.result()
        if not report.validation.conforms:
            first = report.validation.violations[:5]
            lines = "; ".join(f"shape {v.shape} on {v.focus} ({v.path}): {v.message}" for v in first)
            raise BuildError(f"graph does not conform to the SHACL shapes: {report.validation.summary()}: {lines}")
        if store is not None:
            from .store import create_store

            with report.stage("store"):
                create_store(store, staging.folder / "govkg.trig")
        with report.stage("write"):
            report.outputs = staging.commit()
    if store is not None:
        report.outputs.append(store)
    if use_cache:
        manifest = {"fingerprint": fingerprint, "entities": dict(report.entity_counts), "triples": report.triples,
                    "outputs": {str(p.resolve()): _stat(p) if p.is_file() else None for p in report.outputs}}
        atomic_write(out_dir / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    report.seconds = time.perf_counter() - t0
    return report


__all__ = ["BuildError", "BuildReport", "build", "extract_all"]
