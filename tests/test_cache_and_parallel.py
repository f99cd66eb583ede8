"""Rebuilds reuse what did not change; parallel and distributed extraction give the same graph."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from extract.document import extract_document
from extract.reader import read_file
from graph.build import build, extract_all
from graph.cache import ExtractionCache, document_key

# Hand-written: an abbreviation defined in one paragraph and used in later ones, so a paragraph's
# analysis depends on the paragraphs before it.
ABBREVIATED = """2031年天津市红桥区政府工作报告
一、工作回顾
红桥区科学技术局(以下简称区科技局)会同相关部门推进创新工作。
区科技局印发《红桥区科技创新券管理办法》,支持企业研发。
天津红星智造科技有限公司(以下简称红星智造)落户红桥经济开发区。
红星智造与天津大学签署战略合作协议。
区科技局、区商务局联合走访红星智造等重点企业30家。
"""


def _write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(ABBREVIATED, encoding="utf-8")
    (folder / "b.txt").write_text("天津市河东区人民政府工作报告\n区委书记李明华出席天津河东科创园揭牌仪式。\n", encoding="utf-8")
    return folder


def _facts(doc):
    return ([(m.label, m.text, m.start, m.end) for m in doc.mentions],
            [(r.head.text, r.relation, r.tail.text) for r in doc.relations],
            [(q.text, q.value, q.unit) for q in doc.quantities], doc.abbreviations)


def test_abbreviations_reach_later_paragraphs_and_a_process_pool_changes_nothing(tmp_path):
    path = _write_corpus(tmp_path / "c") / "a.txt"
    raw = read_file(path)
    serial = extract_document(raw)
    assert serial.abbreviations.get("红星智造", "").startswith("天津红星智造科技有限公司")
    short = [m for m in serial.mentions if m.text == "红星智造"]
    assert len(short) >= 2 and {m.label for m in short} == {"ENTERPRISE"}
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        parallel = extract_document(raw, mapper=lambda fn, items: pool.map(fn, items, chunksize=1))
    assert _facts(parallel) == _facts(serial)


def test_a_rebuild_with_nothing_changed_leaves_the_exports_and_a_change_is_picked_up(tmp_path):
    corpus = _write_corpus(tmp_path / "c")
    cache_dir, out = tmp_path / "cache", tmp_path / "out"
    first = build([corpus], out, cache_dir=cache_dir)
    assert not first.up_to_date
    ttl = out / "govkg.ttl"
    stamp = ttl.stat().st_mtime_ns
    second = build([corpus], out, cache_dir=cache_dir)
    assert second.up_to_date and ttl.stat().st_mtime_ns == stamp
    assert second.triples == first.triples and second.entities_by_label() == first.entities_by_label()
    # an export edited or removed by hand: rebuilt
    (out / "govkg.nt").unlink()
    assert not build([corpus], out, cache_dir=cache_dir).up_to_date and (out / "govkg.nt").exists()
    # --no-cache rewrites everything
    assert not build([corpus], out, cache_dir=cache_dir, use_cache=False).up_to_date
    assert ttl.stat().st_mtime_ns != stamp
    # a changed document: only its extraction is new, and the graph has the new fact
    (corpus / "b.txt").write_text("天津市河东区人民政府工作报告\n区委书记张振华出席会议。\n", encoding="utf-8")
    changed = build([corpus], out, cache_dir=cache_dir)
    assert not changed.up_to_date
    assert "张振华" in ttl.read_text(encoding="utf-8") and "李明华" not in ttl.read_text(encoding="utf-8")


def test_cached_documents_equal_fresh_ones_and_a_broken_entry_is_ignored(tmp_path):
    corpus = _write_corpus(tmp_path / "c")
    cache = ExtractionCache(tmp_path / "cache")
    paths = sorted(corpus.glob("*.txt"))
    fresh = [d for _p, d in extract_all(paths, 10**7, 1, cache)]
    key = document_key(paths[0])
    assert pickle.loads(cache._file(key).read_bytes()).sha256 == fresh[0].sha256
    again = [d for _p, d in extract_all(paths, 10**7, 1, cache)]
    assert [_facts(d) for d in again] == [_facts(d) for d in fresh]
    cache._file(key).write_bytes(b"not a pickle")  # truncated by a crash, say
    assert _facts(next(extract_all(paths, 10**7, 1, cache))[1]) == _facts(fresh[0])
    # the key follows the file's bytes and its sidecar metadata
    (corpus / "a.meta.toml").write_text('district = "红桥区"\n', encoding="utf-8")
    assert document_key(paths[0]) != key


def _ntriples(out: Path) -> str:
    return (out / "govkg.nt").read_text(encoding="utf-8")


def test_jobs_give_the_same_graph_as_one_process(tmp_path):
    corpus = _write_corpus(tmp_path / "c")
    one = build([corpus], tmp_path / "one", use_cache=False, jobs=1)
    two = build([corpus], tmp_path / "two", use_cache=False, jobs=2)
    assert one.triples == two.triples and _ntriples(tmp_path / "one") == _ntriples(tmp_path / "two")


def test_the_extraction_workers_exit_before_the_graph_is_built(tmp_path, monkeypatch):
    """Their memory (some 450 MB each) is not held through resolution, SHACL and the exports."""
    from graph import build as build_module

    corpus = _write_corpus(tmp_path / "c")
    alive: list[int] = []
    real = build_module.resolve

    def resolve(documents):
        alive.append(len(multiprocessing.active_children()))
        return real(documents)

    monkeypatch.setattr(build_module, "resolve", resolve)
    build([corpus], tmp_path / "out", use_cache=False, jobs=2)
    assert alive == [0]


def test_by_default_workers_start_only_for_enough_text_to_extract(tmp_path, monkeypatch):
    from graph import build as build_module

    corpus = _write_corpus(tmp_path / "c")
    paths = sorted(corpus.iterdir())
    monkeypatch.setattr(build_module, "cores", lambda: 4)
    assert build_module.auto_jobs(paths) == 1  # two short reports: not worth starting workers for
    monkeypatch.setattr(build_module, "AUTO_PARALLEL_BYTES", 100)
    assert build_module.auto_jobs(paths) == 4
    assert build_module.auto_jobs(paths, max_bytes=50) == 1  # files the build skips do not count

    started: list[int] = []

    def pooled(misses, max_bytes, jobs):
        started.append(jobs)
        return (build_module.extract_one(p, max_bytes) for p in misses)

    monkeypatch.setattr(build_module, "_extract_pooled", pooled)
    build([corpus], tmp_path / "first", cache_dir=tmp_path / "cache")
    assert started == [4]
    build([corpus], tmp_path / "again", cache_dir=tmp_path / "cache")  # all in the cache: nothing to start
    assert started == [4]


def test_a_dask_local_cluster_of_two_workers_gives_the_same_graph(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = _write_corpus(tmp_path / "c")
    (corpus / "broken.txt").write_bytes(b"\x00\xff\xfe garbage \x00" * 20)
    local = build([corpus], tmp_path / "local", use_cache=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        dask = build([corpus], tmp_path / "dask", use_cache=False, executor="dask", scheduler=cluster.scheduler_address)
    assert local.triples == dask.triples and _ntriples(tmp_path / "local") == _ntriples(tmp_path / "dask")
    assert [p.name for p, _why in dask.skipped] == ["broken.txt"]


def test_the_command_line_refuses_unknown_executors_and_a_lone_scheduler(tmp_path):
    from typer.testing import CliRunner

    from graph.cli import app

    corpus = _write_corpus(tmp_path / "c")
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o"), "--executor", "spark"])
    assert result.exit_code == 1 and "unknown executor" in result.output
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:8786"])
    assert result.exit_code == 1 and "--executor dask" in result.output
    assert not (tmp_path / "o").exists()


def test_the_command_line_says_when_exports_are_up_to_date_and_prints_stage_timings(tmp_path):
    from typer.testing import CliRunner

    from graph.cli import app

    corpus = _write_corpus(tmp_path / "c")
    args = ["build", str(corpus), "--out", str(tmp_path / "o"), "--cache-dir", str(tmp_path / "cache"), "--timings"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "shacl" in first.output and "up to date" not in first.output
    second = CliRunner().invoke(app, args)
    # the console wraps long lines (the message names the output folder): compare the words
    assert second.exit_code == 0 and "up to date" in " ".join(second.output.split())
