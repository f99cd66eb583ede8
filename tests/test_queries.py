"""The canned queries of queries/*.rq return what the fixture report states."""

from pathlib import Path

import pytest

from graph.query import run

QUERIES = Path(__file__).resolve().parents[1] / "queries"


def rows(built_fixture, name):
    _report, out, _store = built_fixture
    res = run(out / "govkg.ttl", (QUERIES / name).read_text(encoding="utf-8"))
    return [dict(zip(res.columns, r, strict=True)) for r in res.rows]


def test_officials_and_posts(built_fixture):
    found = {(r["person"], r["post"], r["district"]) for r in rows(built_fixture, "officials_and_posts.rq")}
    # 区委副书记、区长王建国 in a 南开区 report; 区委书记李明华 in a 河东区 report
    assert ("王建国", "南开区区长", "南开区") in found
    assert ("王建国", "南开区委副书记", "南开区") in found
    assert ("李明华", "河东区委书记", "河东区") in found
    bodies = {r["post"]: r["body"] for r in rows(built_fixture, "officials_and_posts.rq")}
    assert bodies["南开区区长"] == "南开区人民政府"  # the post is tied to its body
    assert all(r["sentence"] and r["file"] and int(r["line"]) > 0 for r in rows(built_fixture, "officials_and_posts.rq"))


def test_documents(built_fixture):
    found = {r["file"]: r for r in rows(built_fixture, "documents.rq")}
    assert found["report_utf8.txt"]["district"] == "南开区"
    assert found["report_utf8.txt"]["year"] == "2030"
    assert found["report_gbk.txt"]["district"] == "河东区"


def test_entities_per_class_counts_the_graph(built_fixture):
    report, _out, _store = built_fixture
    counts = {r["class"].rsplit("#", 1)[-1]: int(r["entities"]) for r in rows(built_fixture, "entities_per_class.rq")}
    assert sum(counts.values()) == len(report.entities)
    assert counts["Enterprise"] == sum(1 for e in report.entities if e.label == "ENTERPRISE")


def test_most_mentioned_enterprises(built_fixture):
    found = {r["enterprise"]: r for r in rows(built_fixture, "most_mentioned_enterprises.rq")}
    assert found["天津星辰科技有限公司"]["documents"] == "report_utf8.txt"


@pytest.mark.parametrize("relation", ["https://schema.org/location", "http://www.w3.org/ns/org#holds"])
def test_relations_with_evidence(built_fixture, relation):
    found = [r for r in rows(built_fixture, "relations_with_evidence.rq") if r["relation"] == relation]
    assert found and all(r["cue"] and r["sentence"] for r in found)
    if relation.endswith("location"):
        assert ("天津星辰科技有限公司", "鲁能科技园") in {(r["head"], r["tail"]) for r in found}


def test_tenures_stated_in_leadership_lists(built_fixture):
    found = {(r["person"], r["post"], r["from"], r["until"]) for r in rows(built_fixture, "tenures.rq")}
    assert ("王建国", "南开区委常委", "2030-03-02", None) in found
    assert ("孙立新", "南开区委常委", None, "2030-03-01") in found
    assert not any(p == "赵明远" for p, *_ in found)  # no tenure stated, no membership
    bodies = {r["body"] for r in rows(built_fixture, "tenures.rq")}
    assert bodies == {"南开区委"}
