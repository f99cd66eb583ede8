"""Every export opens in the tools it is for: RDF parsers, networkx (GraphML/GEXF), neo4j-admin."""

import csv
import json
import re

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from graph.cli import app
from graph.network import to_networkx
from graph.rdf import Graph as BuildGraph


@pytest.fixture(scope="module")
def ttl_graph(built_fixture):
    _report, out, _store = built_fixture
    return Graph().parse(out / "govkg.ttl", format="turtle")


@pytest.mark.parametrize("name, fmt", [("govkg.nt", "nt"), ("govkg.jsonld", "json-ld")])
def test_rdf_exports_round_trip_to_the_same_triples(built_fixture, ttl_graph, name, fmt):
    _report, out, _store = built_fixture
    g = Graph().parse(out / name, format=fmt)
    assert len(g) == len(ttl_graph)
    assert set(g) == set(ttl_graph)


def test_trig_has_one_named_graph_per_document_and_the_same_union(built_fixture, ttl_graph):
    report, out, _store = built_fixture
    ds = Dataset()
    ds.parse(out / "govkg.trig", format="trig")
    union = {(s, p, o) for s, p, o, _g in ds.quads((None, None, None, None))}
    assert union == set(ttl_graph)
    named = {str(g.identifier) for g in ds.graphs() if "/document/" in str(g.identifier)}
    assert len(named) == len(report.documents) == 2
    # a document's graph holds its own sentences only
    for gid in named:
        part = ds.graph(gid)
        files = {str(o) for o in part.objects(None, None) if str(o).endswith(".txt")}
        assert len(files) == 1


def test_graphml_and_gexf_read_back_with_the_same_nodes_and_edges(built_fixture, ttl_graph):
    _report, out, _store = built_fixture
    expected = to_networkx(BuildGraph.parse(out / "govkg.ttl"))
    gm = nx.read_graphml(out / "govkg.graphml")
    assert set(gm.nodes) == set(expected.nodes)
    assert gm.number_of_edges() == expected.number_of_edges()
    some = next(iter(expected.nodes))
    assert gm.nodes[some]["type"] == expected.nodes[some]["type"]
    assert int(gm.nodes[some]["mentions"]) == expected.nodes[some]["mentions"]
    gx = nx.read_gexf(out / "govkg.gexf")
    assert gx.number_of_nodes() == expected.number_of_nodes()
    assert gx.number_of_edges() == expected.number_of_edges()


def test_neo4j_csvs_follow_the_admin_import_headers(built_fixture):
    _report, out, _store = built_fixture
    with (out / "neo4j" / "nodes.csv").open(encoding="utf-8") as fh:
        nodes = list(csv.reader(fh))
    with (out / "neo4j" / "relationships.csv").open(encoding="utf-8") as fh:
        rels = list(csv.reader(fh))
    assert nodes[0][0].endswith(":ID") and ":LABEL" in nodes[0] and "mentions:int" in nodes[0]
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = {row[0] for row in nodes[1:]}
    assert len(ids) == len(nodes) - 1  # IDs are unique
    assert rels[1:] and all(r[0] in ids and r[1] in ids for r in rels[1:])
    label_col = nodes[0].index(":LABEL")
    assert all(row[label_col].startswith("Entity;") for row in nodes[1:])


def test_node_link_json_loads_into_networkx(built_fixture, ttl_graph):
    _report, out, _store = built_fixture
    data = json.loads((out / "govkg.nodelink.json").read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="edges")
    assert g.number_of_nodes() == to_networkx(BuildGraph.parse(out / "govkg.ttl")).number_of_nodes()


def test_export_command_writes_the_asked_formats(built_fixture, tmp_path):
    _report, out, _store = built_fixture
    r = CliRunner().invoke(app, ["export", "--format", "graphml", "--format", "neo4j", "--graph", str(out / "govkg.ttl"),
                                 "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "govkg.graphml").exists() and (tmp_path / "neo4j" / "nodes.csv").exists()
    assert not (tmp_path / "govkg.nt").exists()
    r = CliRunner().invoke(app, ["export", "--format", "xls", "--graph", str(out / "govkg.ttl"), "--out", str(tmp_path)])
    assert r.exit_code == 1 and "unknown format" in r.output


def test_view_writes_an_ego_graph(built_fixture, tmp_path):
    _report, out, _store = built_fixture
    target = tmp_path / "v.html"
    r = CliRunner().invoke(app, ["view", "王建国", "--hops", "1", "--graph", str(out / "govkg.ttl"), "--out", str(target)])
    assert r.exit_code == 0, r.output
    page = target.read_text(encoding="utf-8")
    assert "王建国" in page and "区长" in page
    assert "天津星辰科技有限公司" not in page  # not within one hop of the person
    r = CliRunner().invoke(app, ["view", "没有这个名字", "--graph", str(out / "govkg.ttl"), "--out", str(target)])
    assert r.exit_code == 1 and "no entity named" in r.output


def test_query_a_persisted_store(built_fixture):
    _report, _out, store = built_fixture
    r = CliRunner().invoke(app, ["query", "SELECT ?n WHERE { ?e a gov:Person ; rdfs:label ?n }", "--store", str(store),
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    assert {"n": "王建国"} in json.loads(r.stdout)


def test_ntriples_is_canonical_one_sorted_line_per_triple(built_fixture, ttl_graph):
    _report, out, _store = built_fixture
    lines = (out / "govkg.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines)) == len(ttl_graph)


def test_a_large_graph_lays_out_and_renders_its_most_mentioned_entities(monkeypatch):
    """Beyond the caps, the spring layout takes the best connected nodes and the page the most
    mentioned entities, so a corpus of thousands of reports still renders (and says so)."""
    import graph.html as html

    g = nx.MultiDiGraph()
    for i in range(60):
        g.add_node(f"n{i:02d}", label=f"实体{i}", type="ORG", mentions=i, sources=[])
    for i in range(0, 40, 2):
        g.add_edge(f"n{i:02d}", f"n{i + 1:02d}", key="PART_OF", relation="PART_OF")
    monkeypatch.setattr(html, "MAX_SPRING_NODES", 10)
    monkeypatch.setattr(html, "MAX_PAGE_NODES", 25)
    pos = html.layout(g)
    assert set(pos) == set(g.nodes)  # every node has a place, sprung or in a disc
    page = html.render(g, "govkg")
    data = json.loads(re.search(r"var DATA = (\{.*?\});\n", page, re.S).group(1))
    assert len(data["nodes"]) == 25 and {n["id"] for n in data["nodes"]} == {f"n{i:02d}" for i in range(35, 60)}
    assert "the 25 most mentioned of 60 entities" in page
