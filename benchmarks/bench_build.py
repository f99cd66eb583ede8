"""How long the build takes, stage by stage, against the floor of plain jieba segmentation.

    python benchmarks/bench_build.py                  # the seeds: stages, ratio, rebuild
    python benchmarks/bench_build.py --scale 1,2,4    # also the corpus replicated 2x and 4x
    python benchmarks/bench_build.py --jobs 1         # builds in one process (default: as govkg build, auto)
    python benchmarks/bench_build.py --scale 50 --keep /tmp/g50   # keep the 50x exports for bench_query.py

In one run and on the same text it measures (a) plain ``jieba.cut`` over all the seed text
(the floor of any jieba-based pipeline; its dictionary loaded first), (b) the full build
without the cache (read+normalise+extract, resolution, RDF assembly, SHACL, each export) and
(c) a rebuild with nothing changed, and prints each stage's seconds, the ratio of the build to
(a), and each run's peak memory (resident set). Every measurement runs in a fresh process, so
each peak and each start-up cost is its own.

With ``--scale``, the seed corpus is replicated N times; copy k > 0 has Tianjin and its districts
renamed to the k-th other prefecture-level city and its districts (from the administrative
divisions the project already ships), so its enterprises, offices and officials are new
entities rather than repeats of the first copy's. Run on demand; not part of the test suite.
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import resource
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIANJIN_DISTRICTS = ["河西区", "河北区", "和平区", "河东区", "南开区", "红桥区", "东丽区", "西青区", "津南区", "北辰区",
                     "武清区", "宝坻区", "宁河区", "静海区", "蓟州区", "滨海新区"]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_peak_mb() -> float:
    """The largest peak among the processes this one started and has waited for (a build's workers)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _texts(folder: Path) -> list[str]:
    from extract.reader import discover, read_file

    return [read_file(p).for_extraction for p in discover([folder])]


def run_jieba(folder: Path) -> dict:
    import jieba

    texts = _texts(folder)
    jieba.initialize()
    t = time.perf_counter()
    words = sum(1 for text in texts for _w in jieba.cut(text))
    return {"seconds": time.perf_counter() - t, "words": words, "chars": sum(map(len, texts)), "peak_mb": _peak_mb()}


def run_build(folder: Path, out: Path, jobs: int, use_cache: bool, cache_dir: Path) -> dict:
    from graph.build import build

    t = time.perf_counter()
    report = build([folder], out, jobs=jobs or None, use_cache=use_cache, cache_dir=cache_dir)
    return {"seconds": time.perf_counter() - t, "stages": report.stages, "triples": report.triples,
            "entities": sum(report.entities_by_label().values()), "documents": len(report.documents),
            "up_to_date": report.up_to_date, "peak_mb": _peak_mb(), "worker_peak_mb": _worker_peak_mb()}


def in_child(fn, *args) -> dict:
    """``fn(*args)`` in a fresh process (not a daemon, so a build with --jobs may start its own)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def _cities() -> list[tuple[str, str, list[str]]]:
    """(city, short name, its county-level districts) for prefecture-level cities with many districts."""
    from extract.lexicon import _divisions, short_district

    rows = _divisions()
    out = []
    for code, name in rows:
        if code[4:6] == "00" and code[2:4] != "00" and name.endswith("市") and not name.startswith("天津"):
            districts = [n for c, n in rows if c[:4] == code[:4] and c[4:6] != "00" and n.endswith("区")]
            if len(districts) >= 5:  # the seeds' own three districts first, then as many as there are
                out.append((name, short_district(name), districts))
    return out


def _substitute(text: str, table: dict[str, str]) -> str:
    pattern = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.sub(pattern, lambda m: table[m.group(0)], text)


def replicate(seeds: Path, times: int, dest: Path) -> Path:
    """The seed corpus ``times`` over, each copy after the first in another city (see the docstring)."""
    from extract.lexicon import short_district

    dest.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in seeds.iterdir() if p.is_file())
    cities = _cities()
    for k in range(times):
        for f in files:
            text = f.read_text(encoding="utf-8")
            if k:
                city, short, districts = cities[(k - 1) % len(cities)]
                pairs = [("天津市", city), ("天津", short)]
                for old, new in zip(TIANJIN_DISTRICTS, districts, strict=False):
                    pairs += [(old, new), (short_district(old), short_district(new))]
                text = _substitute(text, dict(pairs))
            (dest / f"{k:03d}_{f.name}").write_text(text, encoding="utf-8")
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--scale", default="1", help="comma-separated replication factors, e.g. 1,2,4")
    ap.add_argument("--jobs", type=int, default=0, help="extraction processes; 0 (default): as govkg build decides")
    ap.add_argument("--keep", type=Path, help="keep the exports of the largest scale here (for bench_query.py)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-bench-"))
    try:
        base = in_child(run_jieba, args.seeds)
        print(f"(a) jieba.cut over the seeds: {base['seconds']:.2f} s ({base['chars']:,} characters, "
              f"{base['words']:,} words), peak {base['peak_mb']:.0f} MB")
        full = in_child(run_build, args.seeds, work / "out1", args.jobs, False, work / "cache")
        workers = f" (each extraction worker: {full['worker_peak_mb']:.0f} MB)" if full["worker_peak_mb"] else ""
        print(f"\n(b) full build of the seeds, no cache, --jobs {args.jobs or 'auto'}: {full['seconds']:.1f} s "
              f"= {full['seconds'] / base['seconds']:.1f}x (a); peak {full['peak_mb']:.0f} MB{workers}; "
              f"{full['triples']:,} triples, {full['entities']:,} entities")
        print(f"{'stage':18} {'seconds':>8} {'x (a)':>7}")
        for name, secs in full["stages"].items():
            print(f"{name:18} {secs:8.2f} {secs / base['seconds']:7.2f}")
        in_child(run_build, args.seeds, work / "out2", args.jobs, True, work / "cache")  # fills the cache
        again = in_child(run_build, args.seeds, work / "out2", args.jobs, True, work / "cache")
        print(f"\n(c) rebuild with nothing changed: {again['seconds']:.2f} s = {again['seconds'] / full['seconds']:.3f}x (b)"
              f" (up to date: {again['up_to_date']}); peak {again['peak_mb']:.0f} MB")
        factors = [int(x) for x in args.scale.split(",") if x.strip()]
        if factors != [1]:
            print(f"\nscale (no cache, --jobs {args.jobs or 'auto'})")
            print(f"{'copies':>6} {'documents':>9} {'characters':>11} {'triples':>10} {'entities':>9} {'seconds':>8} "
                  f"{'s per copy':>10} {'peak MB':>8} {'MB per copy':>11}")
            for n in factors:
                corpus = replicate(args.seeds, n, work / f"corpus{n}")
                chars = sum(len(t) for t in in_child(_texts, corpus))
                r = in_child(run_build, corpus, work / f"scale{n}", args.jobs, False, work / "cache")
                print(f"{n:6d} {r['documents']:9d} {chars:11,d} {r['triples']:10,d} {r['entities']:9,d} {r['seconds']:8.1f} "
                      f"{r['seconds'] / n:10.1f} {r['peak_mb']:8.0f} {r['peak_mb'] / n:11.0f}")
                shutil.rmtree(corpus)
                if args.keep and n == max(factors):
                    shutil.rmtree(args.keep, ignore_errors=True)
                    shutil.copytree(work / f"scale{n}", args.keep)
                shutil.rmtree(work / f"scale{n}", ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
