"""The ``govkg`` command line (contract in docs/design.md)."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Knowledge graphs from Chinese local-government reports.")
console = Console(stderr=True)
out = Console()

DEFAULT_GRAPH = Path("exports/govkg.ttl")


@app.callback()
def _main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes; the reason a file is skipped is ours


@app.command()
def build(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Files or folders to read (default: seeds/).")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Where the exports go.")] = Path("exports"),
    base_iri: Annotated[str | None, typer.Option("--base-iri", help="Base for resource IRIs.")] = None,
    store: Annotated[Path | None, typer.Option("--store", help="Also persist an Oxigraph store here (for `serve --store`).")] = None,
    max_size: Annotated[float, typer.Option("--max-size", min=0.000001, help="Skip files larger than this many MB.")] = 200.0,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Extract in this many processes (paragraphs of each document are spread over them; with --executor dask: local workers). 0, the default: one per core when the documents to extract hold 1 MB or more, else one.")] = 0,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract every document again and rewrite every export (the cache is neither read nor written).")] = False,
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help="Where extractions are cached (default: $GOVKG_CACHE_DIR, else ~/.cache/govkg).")] = None,
    executor: Annotated[str, typer.Option("--executor", help="local (processes on this machine) or dask (dask.distributed).")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="With --executor dask: the scheduler's address, e.g. tcp://10.0.0.5:8786 (default: a local cluster of --jobs workers).")] = None,
    timings: Annotated[bool, typer.Option("--timings", help="Also print the seconds of each build stage.")] = False,
) -> None:
    """Build the graph from the input documents and write the exports."""
    from extract.records import LABELS

    from .build import BuildError
    from .build import build as run_build

    inputs = inputs or [Path("seeds")]
    for item in inputs:
        if not item.exists():
            console.print(f"[red]error:[/] input not found: {item}")
            raise typer.Exit(1)
    if executor not in ("local", "dask"):
        console.print(f"[red]error:[/] unknown executor {executor!r}; choose local or dask")
        raise typer.Exit(1)
    if scheduler and executor != "dask":
        console.print("[red]error:[/] --scheduler needs --executor dask")
        raise typer.Exit(1)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console) as progress:
        task = progress.add_task("extracting", total=None)

        def on_document(path: Path, i: int, n: int) -> None:
            progress.update(task, total=n, completed=i, description=f"extracted {path.name}")

        try:
            report = run_build(inputs, out_dir, base_iri=base_iri, store=store, max_bytes=int(max_size * 1024 * 1024),
                               jobs=jobs or None, cache_dir=cache_dir, use_cache=not no_cache, executor=executor,
                               scheduler=scheduler, on_document=on_document)
        except BuildError as exc:
            console.print(f"[red]build failed:[/] {exc}", markup=False)
            raise typer.Exit(1) from None
        except Exception as exc:  # an internal error: say what, keep the previous exports
            logging.getLogger(__name__).debug("internal error", exc_info=True)
            console.print(f"build failed (internal error, previous exports kept): {exc.__class__.__name__}: {exc}",
                          markup=False, soft_wrap=True)
            raise typer.Exit(1) from None
    table = Table(title="govkg build")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(len(report.documents)))
    table.add_row("skipped files", str(len(report.skipped)))
    table.add_row("paragraphs", str(report.paragraphs))
    mentions, entities = report.mentions_by_label(), report.entities_by_label()
    for label in LABELS:
        table.add_row(f"  {label} mentions / entities", f"{mentions.get(label, 0)} / {entities.get(label, 0)}")
    table.add_row("mentions", str(sum(mentions.values())))
    table.add_row("entities", str(len(report.entities)))
    for rel, n in sorted(report.relations_by_type().items()):
        table.add_row(f"  {rel}", str(n))
    table.add_row("relations", str(sum(report.relations_by_type().values())))
    quantities = report.quantities_by_kind()
    for kind, n in sorted(quantities.items()):
        table.add_row(f"  {kind} quantities" if kind != "indicator" else "  indicator observations", str(n))
    table.add_row("quantities", str(sum(quantities.values())))
    table.add_row("triples", str(report.triples))
    table.add_row("SHACL", report.validation.summary() if report.validation else "-")
    table.add_row("seconds", f"{report.seconds:.1f}")
    out.print(table)
    if timings:
        stages = Table(title="stages")
        stages.add_column("stage")
        stages.add_column("seconds", justify="right")
        for name, secs in report.stages.items():
            stages.add_row(name, f"{secs:.2f}")
        out.print(stages)
    if report.up_to_date:
        out.print(f"exports in {out_dir} are up to date (nothing changed since the last build; --no-cache rebuilds)")
    for path in report.outputs if not report.up_to_date else []:
        out.print(f"wrote {path}")
    if report.skipped:
        console.print(f"[yellow]skipped {len(report.skipped)} file(s):[/]")
        for path, why in report.skipped:
            console.print(f"  {path}: {why}", soft_wrap=True, markup=False, highlight=False)
    if report.problems:
        console.print(f"[yellow]{len(report.problems)} problem(s):[/]")
        for path, why in report.problems:
            console.print(f"  {path}: {why}", soft_wrap=True, markup=False, highlight=False)
    if report.skipped or report.problems:
        raise typer.Exit(2)


@app.command()
def extract(
    jsonl: Annotated[Path, typer.Option("--jsonl", help="Records {\"id\", \"text\", ...}, one per line.")],
    out_file: Annotated[Path, typer.Option("--out", help="Where to write {\"id\", \"entities\", \"relations\"} lines.")],
) -> None:
    """Extract entities and relations from paragraphs in JSON Lines."""
    from extract.document import extract_text

    from .export import atomic_write

    records = _read_jsonl(jsonl)
    lines = []
    for rec in records:
        ents, rels = extract_text(rec["text"])
        lines.append(json.dumps({"id": rec.get("id"), "entities": ents, "relations": rels}, ensure_ascii=False))
    atomic_write(out_file, "\n".join(lines) + ("\n" if lines else ""))
    console.print(f"wrote {len(lines)} records to {out_file}")


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        console.print(f"[red]error:[/] file not found: {path}")
        raise typer.Exit(1)
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            console.print(f"[red]error:[/] {path}:{n}: not JSON ({exc.msg})")
            raise typer.Exit(1) from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            console.print(f"[red]error:[/] {path}:{n}: a record needs a \"text\" string")
            raise typer.Exit(1)
        records.append(rec)
    return records


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold JSON Lines (GUIDELINES.md); repeat for several.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[Path | None, typer.Option("--errors", help="Write per-paragraph misses and false alarms here.")] = None,
) -> None:
    """Score extraction against gold paragraphs: precision, recall, F1 per label and overall."""
    from extract.document import extract_text
    from extract.evaluate import Scores, score_paragraph

    scores = Scores()
    diffs = []
    for path in gold:
        for rec in _read_jsonl(path):
            ents, rels = extract_text(rec["text"])
            score_paragraph(scores, rec, ents, rels)
            if errors is not None:
                g = sorted((e["label"], e["text"]) for e in rec.get("entities", []))
                p = sorted((e["label"], e["text"]) for e in ents)
                diffs.append({"id": rec.get("id"), "missed": [x for x in g if x not in p], "false": [x for x in p if x not in g],
                              "missed_rel": [r for r in rec.get("relations", []) if r not in [{k: x[k] for k in ("head", "relation", "tail")} for x in rels]],
                              "false_rel": [r for r in rels if {k: r[k] for k in ("head", "relation", "tail")} not in rec.get("relations", [])]})
    if errors is not None:
        errors.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in diffs) + "\n", encoding="utf-8")
    result = scores.as_dict()
    if as_json:
        out.print_json(json.dumps(result, ensure_ascii=False))
        return
    for kind in ("entities", "relations"):
        table = Table(title=f"{kind} ({scores.paragraphs} paragraphs)")
        for col in ("label", "P", "R", "F1", "tp", "fp", "fn"):
            table.add_column(col, justify="right" if col != "label" else "left")
        for label, s in result[kind].items():
            table.add_row(label, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["tp"]), str(s["fp"]), str(s["fn"]))
        out.print(table)


@app.command()
def query(
    sparql: Annotated[str | None, typer.Argument(help="The SPARQL query (or use --file).")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    graph: Annotated[Path, typer.Option("--graph", help="The graph to query.")] = DEFAULT_GRAPH,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    engine: Annotated[str, typer.Option("--engine", help="oxigraph (default) or rdflib.")] = "oxigraph",
    store: Annotated[Path | None, typer.Option("--store", help="Query a store made by `build --store` instead of --graph.")] = None,
) -> None:
    """Run a SPARQL query over the built graph (the project's prefixes are predeclared)."""
    from .query import QueryError, format_result, run, run_store_dir

    if (sparql is None) == (file is None):
        console.print("[red]error:[/] give a query or --file, not both")
        raise typer.Exit(1)
    if fmt not in ("table", "csv", "json"):
        console.print(f"[red]error:[/] unknown format {fmt!r}: use table, csv or json")
        raise typer.Exit(1)
    if engine not in ("oxigraph", "rdflib"):
        console.print(f"[red]error:[/] unknown engine {engine!r}: use oxigraph or rdflib")
        raise typer.Exit(1)
    text = sparql if sparql is not None else file.read_text(encoding="utf-8")  # type: ignore[union-attr]
    try:
        res = run_store_dir(store, text) if store is not None else run(graph, text, engine=engine)
    except QueryError as exc:
        console.print(f"[red]query error:[/] {exc}")
        raise typer.Exit(1) from None
    if fmt != "table":
        sys.stdout.write(format_result(res, fmt))
        return
    if res.boolean is not None and not res.columns:
        out.print(str(res.boolean).lower())
        return
    table = Table(show_lines=False)
    for c in res.columns:
        table.add_column(c, overflow="fold")
    for row in res.rows:
        table.add_row(*["" if v is None else v for v in row])
    out.print(table)
    console.print(f"{len(res.rows)} row(s)")


@app.command()
def export(
    formats: Annotated[list[str], typer.Option("--format", help="ttl, nt, trig, jsonld, graphml, gexf, neo4j, nodelink or all; repeat for several.")],
    graph: Annotated[Path, typer.Option("--graph", help="The built graph (Turtle, or any RDF file of a build).")] = DEFAULT_GRAPH,
    out_dir: Annotated[Path, typer.Option("--out", help="Where to write.")] = Path("exports"),
) -> None:
    """Write the graph in formats other tools read."""
    from .formats import FORMATS, render_formats, write_exports

    wanted = list(FORMATS) if "all" in formats else formats
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        console.print(f"[red]error:[/] unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)} or all")
        raise typer.Exit(1)
    g = _load_graph(graph)
    for path in write_exports(out_dir, render_formats(g, wanted)):
        out.print(f"wrote {path}")


def _load_graph(path: Path):
    from .rdf import Graph

    if not path.exists():
        console.print(f"[red]error:[/] graph file not found: {path} (run `govkg build` first)")
        raise typer.Exit(1)
    try:
        return Graph.parse(path)
    except (SyntaxError, ValueError, OSError) as exc:  # Oxigraph's parse errors are SyntaxErrors
        console.print(f"[red]error:[/] cannot parse {path}: {exc}")
        raise typer.Exit(1) from None


@app.command()
def view(
    name: Annotated[str, typer.Argument(help="A name (label or alias) or IRI of an entity.")],
    hops: Annotated[int, typer.Option("--hops", min=1, max=6, help="How many relation steps around it.")] = 2,
    graph: Annotated[Path, typer.Option("--graph", help="The built graph.")] = DEFAULT_GRAPH,
    out_file: Annotated[Path | None, typer.Option("--out", help="The HTML file (default exports/view-NAME.html).")] = None,
) -> None:
    """Write a focused HTML view of one entity and its neighbourhood."""
    from .export import atomic_write
    from .html import render
    from .network import ego, find_nodes, to_networkx

    nxg = to_networkx(_load_graph(graph))
    matches = find_nodes(nxg, name)
    if not matches:
        console.print(f"[red]error:[/] no entity named {name!r} in {graph}")
        raise typer.Exit(1)
    if len(matches) > 1:
        console.print(f"{len(matches)} entities match {name!r}; showing all of them: "
                      + ", ".join(f"{nxg.nodes[m]['label']} ({nxg.nodes[m]['type']})" for m in matches[:10]),
                      markup=False)
    sub = ego(nxg, matches, hops)
    target = out_file or Path("exports") / f"view-{_safe_file_name(name)}.html"
    atomic_write(target, render(sub, f"govkg · {name} · {hops} hops"))
    out.print(f"wrote {target} ({sub.number_of_nodes()} nodes, {sub.number_of_edges()} edges)")


def _safe_file_name(name: str) -> str:
    import re

    return re.sub(r"[^\w\u4e00-\u9fff-]+", "_", name)[:60].strip("_") or "entity"


@app.command()
def explain(
    name: Annotated[str, typer.Argument(help="A name (label or alias) or the IRI of an entity.")],
    graph: Annotated[Path, typer.Option("--graph", help="The built graph.")] = DEFAULT_GRAPH,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Source sentences shown per fact.")] = 5,
) -> None:
    """Show an entity: its cluster (surface forms and the rules that merged them), its facts, and
    for each fact the source sentences with document and line."""
    from . import explain as ex
    from .query import QueryError

    try:
        store = ex.load_store(graph)
        iris = ex.find(store, name)
    except QueryError as exc:
        console.print(f"[red]error:[/] {exc}", markup=False)
        raise typer.Exit(1) from None
    if not iris:
        console.print(f"no entity named {name!r} in {graph}", markup=False)
        raise typer.Exit(1)

    def src(s: ex.Source) -> str:
        page = f", page {s.page}" if s.page else ""
        return f"      {s.file}:{s.line} [{s.start}-{s.end}{page}] {s.text}"

    for iri in iris[:10]:
        e = ex.explain(store, iri, limit)
        out.print(f"{e.label}  ({ex.short(e.cls)}{', ' + e.district if e.district else ''}, {e.mentions} mention(s))",
                  markup=False, highlight=False)
        out.print(f"  IRI: {e.iri}", markup=False, highlight=False)
        out.print("  cluster (surface form × mentions: rule):", markup=False)
        for form, n, rules in e.cluster:
            out.print(f"    {form} × {n}: {', '.join(rules)}", markup=False, highlight=False)
        out.print(f"  facts ({len(e.facts)}):", markup=False)
        for f in e.facts:
            arrow = "→" if f.direction == "out" else "←"
            cue = f" (cue: {f.cue})" if f.cue else ""
            out.print(f"    {arrow} {ex.short(f.predicate)} {f.other_label}{cue}", markup=False, highlight=False)
            for s in f.sources:
                out.print(src(s), markup=False, highlight=False, soft_wrap=True)
        out.print("  mentioned in:", markup=False)
        for s in e.sources:
            out.print(src(s), markup=False, highlight=False, soft_wrap=True)
    if len(iris) > 10:
        out.print(f"... and {len(iris) - 10} more entities with that name")


@app.command()
def push(
    endpoint: Annotated[str, typer.Option("--endpoint", help="The store's Graph Store Protocol URL (e.g. http://host:7878/store).")],
    graph_iri: Annotated[str | None, typer.Option("--graph", help="Put everything into this one named graph instead.")] = None,
    graph_file: Annotated[Path, typer.Option("--file", help="The built graph to push.")] = DEFAULT_GRAPH,
    user: Annotated[str | None, typer.Option("--user", help="user:password for HTTP basic authentication.")] = None,
) -> None:
    """Load the build into a SPARQL 1.1 store (Graph Store HTTP Protocol): one named graph per document."""
    from .push import PushError
    from .push import push as do_push

    g = _load_graph(graph_file)
    try:
        res = do_push(g, endpoint, graph_iri, user)
    except PushError as exc:
        console.print(f"[red]error:[/] {exc}", markup=False)
        raise typer.Exit(1) from None
    out.print(f"pushed {res.triples} triples in {res.graphs} graph(s) to {endpoint}")


@app.command()
def serve(
    graph: Annotated[Path, typer.Option("--graph", help="The built graph to serve.")] = DEFAULT_GRAPH,
    store: Annotated[Path | None, typer.Option("--store", help="Serve a store made by `build --store` (no re-parsing).")] = None,
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 7878,
    timeout: Annotated[int, typer.Option("--timeout", min=1, help="Query time limit in seconds.")] = 30,
) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol on 127.0.0.1 (Ctrl-C stops)."""
    import shutil
    import signal
    import tempfile
    import time
    import urllib.request

    from .store import StoreError, load_graph_file, start_server

    tmp: Path | None = None
    try:
        if store is None:
            if not graph.exists():
                console.print(f"[red]error:[/] graph file not found: {graph} (run `govkg build` first)")
                raise typer.Exit(1)
            tmp = Path(tempfile.mkdtemp(prefix="govkg-store-"))
            console.print(f"loading {graph} ...")
            load_graph_file(tmp / "store", graph)
            location = tmp / "store"
        else:
            if not store.is_dir():
                console.print(f"[red]error:[/] no store at {store} (make one with `govkg build --store DIR`)")
                raise typer.Exit(1)
            location = store
        proc = start_server(location, "127.0.0.1", port, timeout)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
                console.print(f"[red]error:[/] the SPARQL server stopped: {err.splitlines()[-1] if err else proc.returncode}", markup=False)
                raise typer.Exit(1)
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    proc.terminate()
                    console.print("[red]error:[/] the SPARQL server did not answer within 30 s")
                    raise typer.Exit(1) from None
                time.sleep(0.2)
        out.print(f"SPARQL endpoint {base}/query (read-only, {timeout} s per query); query page {base}/ · Ctrl-C stops",
                  soft_wrap=True)

        def _stop(_signum, _frame):  # Ctrl-C, or SIGTERM from a supervisor (even where SIGINT was ignored)
            raise KeyboardInterrupt

        signal.signal(signal.SIGINT, _stop)
        signal.signal(signal.SIGTERM, _stop)
        try:
            proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            proc.wait(timeout=10)
            out.print("stopped")
    except StoreError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    """The console script. Exit status: 0 success, 2 inputs skipped or invalid, 1 any failure
    (click's own usage errors, which it would report as 2, are mapped to 1)."""
    try:
        rv = app(standalone_mode=False)
    except Exception as exc:
        # typer raises click's exceptions (its own vendored copy, so matched by what they offer)
        if type(exc).__name__ == "Abort":
            console.print("aborted")
            sys.exit(1)
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            sys.exit(1)
        raise
    sys.exit(rv if isinstance(rv, int) else 0)


if __name__ == "__main__":
    main()
