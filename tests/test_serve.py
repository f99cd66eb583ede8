"""`govkg serve`: a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 that stops cleanly."""

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None and not (
    __import__("pathlib").Path(sys.executable).parent / "oxigraph").exists(), reason="the oxigraph server is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, field: str, text: str, accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
    data = urllib.parse.urlencode({field: text}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.mark.parametrize("source", ["graph", "store"])
def test_serve_answers_sparql_refuses_updates_and_stops(built_fixture, source):
    _report, out, store = built_fixture
    port = _free_port()
    args = ["--graph", str(out / "govkg.ttl")] if source == "graph" else ["--store", str(store)]
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", *args, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # printed once the server answers
        assert f"http://127.0.0.1:{port}/query" in line, proc.stderr.read() if proc.poll() is not None else line
        base = f"http://127.0.0.1:{port}"
        status, body = _post(f"{base}/query", "query",
                             "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                             "PREFIX gov: <https://w3id.org/govkg/ontology#> "
                             "SELECT ?n WHERE { ?e a gov:Person ; rdfs:label ?n }")
        assert status == 200
        names = {b["n"]["value"] for b in json.loads(body)["results"]["bindings"]}
        assert "王建国" in names
        status, _ = _post(f"{base}/update", "update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        assert status >= 400
        status, body = _post(f"{base}/query", "query", "SELEC nothing")
        assert status == 400
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=15)
    assert proc.returncode == 0
    time.sleep(0.2)
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0  # the server is gone
