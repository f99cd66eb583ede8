"""Median time of the canned queries (queries/*.rq) on both engines, in one run.

    python benchmarks/bench_query.py [--graph exports/govkg.ttl] [--repeat 5] [--oxigraph-only]

Loading is timed apart from querying. The ratio column is rdflib's median over pyoxigraph's.
Run on demand (not part of the test suite).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from graph.query import _with_prologue, run_store

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", type=Path, default=ROOT / "exports" / "govkg.ttl")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--oxigraph-only", action="store_true", help="skip rdflib (for graphs of millions of triples)")
    args = ap.parse_args()

    import pyoxigraph as ox
    from rdflib import Graph

    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(args.graph), format=ox.RdfFormat.TURTLE)
    ox_load = time.perf_counter() - t
    g = None
    rdflib_load = float("nan")
    if not args.oxigraph_only:
        t = time.perf_counter()
        g = Graph().parse(args.graph, format="turtle")
        rdflib_load = time.perf_counter() - t
    print(f"graph {args.graph} ({len(store)} triples); load: pyoxigraph {ox_load:.2f} s, rdflib {rdflib_load:.2f} s")
    print(f"{'query':40} {'rows':>6} {'pyoxigraph s':>13} {'rdflib s':>10} {'ratio':>7}")
    for path in sorted((ROOT / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        ox_times, rl_times = [], []
        rows = 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            rows = len(run_store(store, text).rows)
            ox_times.append(time.perf_counter() - t)
            if g is not None:
                t = time.perf_counter()
                list(g.query(_with_prologue(text)))
                rl_times.append(time.perf_counter() - t)
        a = statistics.median(ox_times)
        b = statistics.median(rl_times) if rl_times else float("nan")
        print(f"{path.name:40} {rows:>6} {a:>13.4f} {b:>10.4f} {b / a if a else float('inf'):>7.1f}")


if __name__ == "__main__":
    main()
