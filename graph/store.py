"""Persistent Oxigraph stores and the read-only SPARQL 1.1 Protocol server.

The store holds the TriG export (one named graph per document); the server answers with the
union of all graphs as its default graph, so queries need no ``GRAPH`` clause. Serving uses
the ``oxigraph`` server (``oxigraph serve-read-only``): the standard SPARQL 1.1 Protocol, its own
query page, no update endpoint, and a query time limit.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)


class StoreError(Exception):
    pass


def create_store(location: Path, trig: Path) -> None:
    """(Re)create an Oxigraph store at ``location`` holding the TriG file ``trig``."""
    import pyoxigraph as ox

    tmp = location.with_name(location.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    store = ox.Store(str(tmp))
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    if location.exists():
        shutil.rmtree(location)
    tmp.rename(location)


def load_graph_file(location: Path, graph_file: Path) -> None:
    """A store at ``location`` from a Turtle/TriG/N-Triples/JSON-LD file of a build."""
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_extension(graph_file.suffix.lstrip(".")) if graph_file.suffix != ".jsonld" else ox.RdfFormat.JSON_LD
    if fmt is None:
        raise StoreError(f"cannot tell the RDF format of {graph_file}")
    store = ox.Store(str(location))
    store.bulk_load(path=str(graph_file), format=fmt)
    store.flush()
    del store


def oxigraph_binary() -> str:
    """The ``oxigraph`` server installed with the package (next to this Python), or on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise StoreError("the 'oxigraph' server is not installed (pip install oxigraph)")
    return found


def server_command(location: Path, host: str, port: int, timeout_s: int) -> list[str]:
    return [
        oxigraph_binary(),
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(timeout_s),
    ]


def start_server(location: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30) -> subprocess.Popen:
    cmd = server_command(location, host, port, timeout_s)
    log.info("starting %s", " ".join(cmd))
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
