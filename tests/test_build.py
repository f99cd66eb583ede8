"""The build end to end on a small fixture folder, through the command line."""

import json
import re

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS
from typer.testing import CliRunner

from graph.build import build
from graph.cli import app
from graph.rdf import Graph as BuildGraph
from graph.validate import validate
from ontology import GOV, ORG


@pytest.fixture()
def built(fixture_corpus, tmp_path):
    out = tmp_path / "exports"
    result = CliRunner().invoke(app, ["build", str(fixture_corpus), "--out", str(out)])
    return result, out


def test_build_skips_the_undecodable_file_and_exits_2(built):
    result, out = built
    assert result.exit_code == 2, result.output
    assert "broken.txt" in result.output
    assert (out / "govkg.ttl").exists() and (out / "graph.html").exists()
    assert "documents" in result.output and "conforms" in result.output


def test_turtle_round_trips_and_conforms(fixture_corpus, tmp_path):
    report = build([fixture_corpus], tmp_path / "out")
    g = Graph().parse(tmp_path / "out" / "govkg.ttl", format="turtle")  # rdflib reads it too
    assert len(g) == report.triples
    assert validate(BuildGraph.parse(tmp_path / "out" / "govkg.ttl")).conforms
    assert len(report.documents) == 2 and len(report.skipped) == 1


def test_shapes_follow_the_class_hierarchy_and_leave_the_graph_unchanged(fixture_corpus, tmp_path):
    build([fixture_corpus], tmp_path / "out")
    g = BuildGraph.parse(tmp_path / "out" / "govkg.ttl")
    enterprise = next(g.subjects(RDF.type, GOV.Enterprise))
    person = next(g.subjects(RDF.type, GOV.Person))
    g.remove((enterprise, RDFS.label, None))  # EntityShape targets gov:Enterprise as a class it lists
    g.add((person, ORG.holds, enterprise))  # sh:class org:Post: an enterprise is no post
    before = len(g)
    result = validate(g)
    assert not result.conforms
    assert {v.focus for v in result.violations} == {enterprise.value, person.value}
    assert len(g) == before and not list(g.triples((None, RDFS.subClassOf, None)))
    # validated in pieces of a few triples each (so memory follows the piece): the same findings
    assert validate(g, chunk_triples=25).violations == result.violations


def test_every_kind_of_violation_is_found_in_small_pieces_as_in_the_whole():
    data = """
    @prefix gov: <https://w3id.org/govkg/ontology#> . @prefix org: <http://www.w3.org/ns/org#> .
    @prefix schema: <https://schema.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix time: <http://www.w3.org/2006/time#> . @prefix : <http://x/> .
    :e1 a gov:Enterprise ; rdfs:label "a"@zh, "b"@zh ; gov:mentionCount 1 .
    :e2 a gov:Enterprise ; rdfs:label "c"@zh ; gov:mentionCount 1 .
    :m1 gov:mentionOf :e1 .
    :p a gov:Person ; rdfs:label "p"@zh ; gov:mentionCount 1 ; schema:location :q ; org:holds :e1 . :mp gov:mentionOf :p .
    :q a gov:Person ; rdfs:label "q"@zh ; gov:mentionCount 1 . :mq gov:mentionOf :q .
    :iv a time:Interval ; time:hasBeginning :b . :b a time:Instant ; time:inXSDDate "2020" .
    :s a gov:Sentence ; gov:inDocument :d ; gov:line 0 ; gov:start 0 ; gov:end 1 ; schema:text "t" .
    :d a gov:Document ; gov:fileName "x" ; gov:sha256 "zz" .
    """
    import pyoxigraph as ox

    g = BuildGraph(ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data.encode(), format=ox.RdfFormat.TURTLE))
    whole = validate(g, chunk_triples=10**9).violations
    found = {(v.focus.rsplit("/", 1)[-1], v.path.rsplit("#", 1)[-1].rsplit("/", 1)[-1]) for v in whole}
    # two labels; no mention points at e2 (inverse path); a person located in a person (sh:or);
    # an enterprise held as a post (sh:class); an instant's date not an xsd:date (a path of two
    # steps); line 0 (sh:minInclusive); a bad sha256 (sh:pattern)
    assert found == {("e1", "label"), ("e2", "mentionOf)"), ("p", "location"), ("p", "holds"),
                     ("iv", "inXSDDate)"), ("s", "line"), ("d", "sha256")}
    for size in (1, 3, 10):
        for threads in (1, 2, 4):  # pieces validated at once are reported as if one after the other
            assert validate(g, chunk_triples=size, threads=threads).violations == whole


def test_exports_are_ordinary_readable_files(built):
    _result, out = built
    assert (out / "govkg.ttl").stat().st_mode & 0o044  # group/other may read, like any file the user writes
    assert not list(out.glob(".*.tmp"))


def test_build_is_deterministic(fixture_corpus, tmp_path):
    a = build([fixture_corpus], tmp_path / "a").outputs
    b = build([fixture_corpus], tmp_path / "b").outputs
    names = [p.relative_to(tmp_path / "a") for p in a]
    assert names == [p.relative_to(tmp_path / "b") for p in b]
    assert {"govkg.ttl", "govkg.nt", "govkg.trig", "govkg.jsonld", "govkg.graphml", "govkg.gexf",
            "govkg.nodelink.json", "graph.html"} <= {str(n) for n in names}
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_html_is_offline_and_holds_the_nodes(built):
    _result, out = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", page)
    assert "https://cdn" not in page and "cdnjs" not in page
    data = json.loads(re.search(r"var DATA = (\{.*?\});\n", page, re.S).group(1))
    labels = {n["label"] for n in data["nodes"]}
    assert {"王建国", "天津星辰科技有限公司", "鲁能科技园"} <= labels
    assert len(data["nodes"]) == len(labels | set()) or len(data["nodes"]) >= len(labels)


def test_every_mention_cites_its_raw_characters(fixture_corpus, tmp_path):
    report = build([fixture_corpus], tmp_path / "out")
    for doc in report.documents:
        for m in doc.mentions:
            assert re.sub(r"\s+", "", doc.raw[m.start:m.end]) == m.text
            s = doc.sentences[m.sentence]
            assert s.start <= m.start and m.end <= s.end
            assert doc.line_of(m.start) == s.line


def test_same_office_name_is_one_node_per_district(fixture_corpus, tmp_path):
    report = build([fixture_corpus], tmp_path / "out")
    offices = {e.name for e in report.entities if e.label == "OFFICE"}
    assert "南开区商务局" in offices  # 区商务局 in a 南开区 report
    assert "南开区人民政府" in offices  # 区人民政府 / 区政府 folded to the full name


def test_query_command(built):
    _result, out = built
    ttl = out / "govkg.ttl"
    r = CliRunner().invoke(app, ["query", "SELECT ?name WHERE { ?e a gov:Enterprise ; rdfs:label ?name } ORDER BY ?name",
                                 "--graph", str(ttl), "--format", "json"])
    assert r.exit_code == 0, r.output
    names = [row["name"] for row in json.loads(r.stdout)]
    assert "天津星辰科技有限公司" in names
    r = CliRunner().invoke(app, ["query", "SELECT ?p ?post WHERE { ?p org:holds ?post }", "--graph", str(ttl),
                                 "--format", "csv", "--engine", "rdflib"])
    assert r.exit_code == 0 and r.stdout.splitlines()[0] == "p,post"


def test_malformed_query_is_an_error_not_a_traceback(built):
    _result, out = built
    r = CliRunner().invoke(app, ["query", "SELEC ?x WHERE {", "--graph", str(out / "govkg.ttl")])
    assert r.exit_code == 1
    assert "query error" in r.output
    assert "1:" in r.output  # the position is in the user's query, not after the predeclared prefixes
    assert "Traceback" not in r.output


def test_extract_command_writes_guidelines_records(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x1", "text": "区长 钱 卫东 出席。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    r = CliRunner().invoke(app, ["extract", "--jsonl", str(src), "--out", str(dst)])
    assert r.exit_code == 0, r.output
    rec = json.loads(dst.read_text(encoding="utf-8"))
    assert rec["id"] == "x1"
    assert {"text": "钱卫东", "label": "PERSON", "start": 3, "end": 7} in rec["entities"]
    assert {"head": "钱卫东", "relation": "HOLDS_POST", "tail": "区长"} in rec["relations"]


def test_parallel_extraction_gives_the_same_output(fixture_corpus, tmp_path):
    for i in range(3):
        (fixture_corpus / f"copy{i}.txt").write_text((fixture_corpus / "report_utf8.txt").read_text(encoding="utf-8")
                                                     .replace("星辰", f"星辰{i}"), encoding="utf-8")
    one = build([fixture_corpus], tmp_path / "one", jobs=1)
    two = build([fixture_corpus], tmp_path / "two", jobs=2)
    assert [str(p.relative_to(tmp_path / "one")) for p in one.outputs] == [str(p.relative_to(tmp_path / "two")) for p in two.outputs]
    for name in ("govkg.ttl", "govkg.nt", "govkg.graphml"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert one.skipped == two.skipped and len(one.skipped) == 1


def test_a_graph_that_breaks_the_shapes_fails_the_build_and_writes_nothing(fixture_corpus, tmp_path, monkeypatch):
    import graph.build as build_module
    from graph.build import BuildError

    real = build_module.assemble

    def broken(*args, **kwargs):
        g = real(*args, **kwargs)
        person = next(g.subjects(RDF.type, GOV.Person))
        g.remove((person, RDFS.label, None))  # an entity needs exactly one label
        return g

    monkeypatch.setattr(build_module, "assemble", broken)
    with pytest.raises(BuildError, match="does not conform"):
        build([fixture_corpus], tmp_path / "out", use_cache=False)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
