"""SPARQL over a built graph, with the project's prefixes predeclared.

pyoxigraph is the default engine; rdflib is the fallback (``engine="rdflib"``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from ontology import PREFIXES

log = logging.getLogger(__name__)


class QueryError(Exception):
    """A query that does not parse or cannot run; the message is the parser's."""


@dataclass
class Result:
    columns: list[str]
    rows: list[list[str | None]]
    boolean: bool | None = None


def _with_prologue(query: str) -> str:
    declared = {line.split()[1].rstrip(":") for line in query.splitlines() if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared) + query


def _term(t: object) -> str | None:
    if t is None:
        return None
    value = getattr(t, "value", None)
    return str(value) if value is not None else str(t)


def run_oxigraph(graph_file: Path, query: str) -> Result:
    import pyoxigraph as ox

    store = ox.Store()
    fmt = ox.RdfFormat.TURTLE if graph_file.suffix in (".ttl", ".turtle") else ox.RdfFormat.from_extension(graph_file.suffix.lstrip("."))
    store.bulk_load(path=str(graph_file), format=fmt)
    return run_store(store, query)


def run_store(store: object, query: str, union: bool = False) -> Result:
    import pyoxigraph as ox

    full = _with_prologue(query)
    shift = full.count("\n") - query.count("\n")
    try:
        res = store.query(full, use_default_graph_as_union=union)  # type: ignore[attr-defined]
    except SyntaxError as exc:
        # report positions in the user's query, not in the one with the prefixes prepended
        msg = re.sub(r"(\d+):(\d+)", lambda m: f"{int(m.group(1)) - shift}:{m.group(2)}", str(exc), count=2)
        raise QueryError(msg) from None
    except OSError as exc:
        raise QueryError(str(exc)) from None
    if isinstance(res, ox.QueryBoolean):
        return Result([], [], bool(res))
    if isinstance(res, ox.QuerySolutions):
        cols = [v.value for v in res.variables]
        # a solution iterates its values in the order of the variables; looking each one up by
        # name costs as much as the query itself on listings of 50,000 rows
        rows = [[_term(x) for x in sol] for sol in res]
        return Result(cols, rows)
    # CONSTRUCT / DESCRIBE: triples
    rows = [[_term(t.subject), _term(t.predicate), _term(t.object)] for t in res]
    return Result(["subject", "predicate", "object"], rows)


def run_rdflib(graph_file: Path, query: str) -> Result:
    from rdflib import Graph
    from rdflib.plugins.sparql.parser import parseQuery

    q = _with_prologue(query)
    try:
        parseQuery(q)
    except Exception as exc:  # pyparsing's ParseException and friends
        raise QueryError(str(exc)) from None
    g = Graph().parse(graph_file)
    res = g.query(q)
    if res.type == "ASK":
        return Result([], [], bool(res.askAnswer))
    if res.type == "SELECT":
        cols = [str(v) for v in res.vars]
        return Result(cols, [[_term(row[c]) for c in cols] for row in res])
    return Result(["subject", "predicate", "object"], [[_term(x) for x in t] for t in res])


def run_store_dir(location: Path, query: str) -> Result:
    """Query a store made by ``govkg build --store`` (opened read-only, union of its graphs)."""
    import pyoxigraph as ox

    if not location.is_dir():
        raise QueryError(f"no store at {location} (make one with `govkg build --store DIR`)")
    return run_store(ox.Store.read_only(str(location)), query, union=True)


def run(graph_file: Path, query: str, engine: str = "oxigraph") -> Result:
    if not graph_file.exists():
        raise QueryError(f"graph file not found: {graph_file} (run `govkg build` first)")
    if engine == "oxigraph":
        try:
            import pyoxigraph  # noqa: F401
        except ImportError:
            log.warning("pyoxigraph is not importable; answering with rdflib")
            engine = "rdflib"
    if engine == "rdflib":
        return run_rdflib(graph_file, query)
    return run_oxigraph(graph_file, query)


def format_result(res: Result, fmt: str) -> str:
    if res.boolean is not None and not res.columns:
        return json.dumps({"boolean": res.boolean}) if fmt == "json" else str(res.boolean).lower()
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(res.columns)
        w.writerows([["" if v is None else v for v in row] for row in res.rows])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(res.columns, row, strict=True)) for row in res.rows], ensure_ascii=False, indent=1)
    raise ValueError(f"unknown format {fmt!r}")
