"""Seconds from load to first paint of an explorer page, in headless Debian chromium.

    python benchmarks/bench_explorer.py [exports/graph.html] [--repeat 3]

Also prints the node and edge counts the page drew, console errors and any network request
other than the page itself (there should be none). Run on demand.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("page", nargs="?", type=Path, default=Path("exports/graph.html"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    url = args.page.resolve().as_uri()
    paints = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        for _ in range(args.repeat):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            requests: list[str] = []
            page.on("console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None)
            page.on("request", lambda r, requests=requests: requests.append(r.url))
            page.goto(url)
            page.wait_for_function("window.govkgFirstPaint !== undefined", timeout=120000)
            paints.append(page.evaluate("window.govkgFirstPaint") / 1000)
            nodes = page.evaluate("govkgNetwork.body.data.nodes.length")
            edges = page.evaluate("govkgNetwork.body.data.edges.length")
            page.close()
        browser.close()
    others = [r for r in requests if r != url]
    print(f"{args.page}: {nodes} nodes, {edges} edges; first paint median {statistics.median(paints):.2f} s "
          f"(runs: {', '.join(f'{x:.2f}' for x in paints)}); console errors: {len(errors)}; other requests: {len(others)}")


if __name__ == "__main__":
    main()
