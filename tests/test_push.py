"""`govkg push` loads a build into a SPARQL store over the Graph Store HTTP Protocol (a local Oxigraph)."""

import json
import subprocess
import time
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from graph.cli import app
from graph.store import oxigraph_binary

from .test_serve import _free_port, pytestmark  # noqa: F401  (skips where no oxigraph server)


@pytest.fixture()
def store_server(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def count(base: str, query: str) -> int:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    data = json.loads(urllib.request.urlopen(req, timeout=10).read())
    return int(data["results"]["bindings"][0]["n"]["value"])


def test_push_puts_one_graph_per_document_and_replaces_on_repush(built_fixture, store_server):
    report, out, _store = built_fixture
    ttl = out / "govkg.ttl"
    r = CliRunner().invoke(app, ["push", "--endpoint", f"{store_server}/store", "--file", str(ttl)])
    assert r.exit_code == 0, r.output
    expected = len(Graph().parse(ttl))
    union = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(store_server, graphs) == len(report.documents)
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }"
    assert count(store_server, distinct) == expected
    before = count(store_server, union)
    r = CliRunner().invoke(app, ["push", "--endpoint", f"{store_server}/store", "--file", str(ttl)])
    assert r.exit_code == 0 and count(store_server, union) == before  # PUT replaces: no duplicates


def test_push_into_one_named_graph(built_fixture, store_server):
    _report, out, _store = built_fixture
    ttl = out / "govkg.ttl"
    r = CliRunner().invoke(app, ["push", "--endpoint", f"{store_server}/store", "--file", str(ttl),
                                 "--graph", "https://example.org/govkg"])
    assert r.exit_code == 0, r.output
    n = count(store_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/govkg> { ?s ?p ?o } }")
    assert n == len(Graph().parse(ttl))


def test_push_to_nowhere_is_a_clear_error(built_fixture):
    _report, out, _store = built_fixture
    r = CliRunner().invoke(app, ["push", "--endpoint", "http://127.0.0.1:9/store", "--file", str(out / "govkg.ttl")])
    assert r.exit_code == 1 and "cannot reach" in r.output

