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


@app.command()
def build(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Files or folders to read (default: seeds/).")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Where the exports go.")] = Path("exports"),
    base_iri: Annotated[str | None, typer.Option("--base-iri", help="Base for resource IRIs.")] = None,
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
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console) as progress:
        task = progress.add_task("extracting", total=None)

        def on_document(path: Path, i: int, n: int) -> None:
            progress.update(task, total=n, completed=i, description=f"extracted {path.name}")

        try:
            report = run_build(inputs, out_dir, base_iri=base_iri, on_document=on_document)
        except BuildError as exc:
            console.print(f"[red]build failed:[/] {exc}")
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
    table.add_row("triples", str(report.triples))
    table.add_row("SHACL", report.validation.summary() if report.validation else "-")
    table.add_row("seconds", f"{report.seconds:.1f}")
    out.print(table)
    for path in report.outputs:
        out.print(f"wrote {path}")
    if report.skipped:
        console.print("[yellow]skipped:[/]")
        for path, why in report.skipped:
            console.print(f"  {path}: {why}", soft_wrap=True, markup=False, highlight=False)
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
) -> None:
    """Run a SPARQL query over the built graph (the project's prefixes are predeclared)."""
    from .query import QueryError, format_result, run

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
        res = run(graph, text, engine=engine)
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
