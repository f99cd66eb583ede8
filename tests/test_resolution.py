"""One node per real-world thing, stable IRIs, and every fact traced to its sentence."""

import random
import re
from pathlib import Path

import pytest
from rdflib.namespace import RDF
from typer.testing import CliRunner

from extract.document import extract_document
from extract.reader import read_file
from graph.assemble import assemble
from graph.build import build
from graph.cli import app
from graph.resolve import canonical, is_abbreviation, resolve
from ontology import GOV, PROV

from .conftest import SEEDS

A = """2030年天津市河西区政府工作报告
天津市河西区科学技术局(以下简称区科技局)牵头,区科技局组织企业申报。
区委副书记、区长钱卫东主持会议,区政府、区人民政府、河西区人民政府和天津市河西区人民政府共同部署。
中国出口信用保险公司天津分公司与区商务局签约,中国信保天津分公司将提供保险服务。
市委、天津市委、中共天津市委作出部署。王小明同志参加活动。
"""
B = """2031年天津市河北区政府工作报告
区商务局开展招商,区长孙立新出席。王小明同志参加活动。
"""
C = """2031年天津市河西区政府工作报告
区长钱卫东作报告。区商务局牵头。王小明同志参加活动。
"""


def docs_of(tmp_path: Path, texts: dict[str, str]):
    out = []
    for name, text in texts.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        out.append(extract_document(read_file(p)))
    return out


def by_name(entities):
    return {(e.label, e.name): e for e in entities}


def test_canonical_names_fold_levels_the_document_implies():
    assert canonical("OFFICE", "区商务局", "河西区")[:2] == ("河西区商务局", "河西区")
    assert canonical("OFFICE", "区商务局", "河北区")[:2] == ("河北区商务局", "河北区")
    for form in ("区政府", "区人民政府", "河西区人民政府", "天津市河西区人民政府"):
        assert canonical("OFFICE", form, "河西区")[0] == "河西区人民政府", form
    for form in ("市委", "天津市委", "中共天津市委"):
        assert canonical("OFFICE", form, "河西区")[:2] == ("天津市委", None), form
    assert canonical("POLICY", "“十项行动”", "河西区")[0] == "十项行动"


def test_abbreviation_test_keeps_parents_apart():
    assert is_abbreviation("中国信保天津分公司", "中国出口信用保险公司天津分公司")
    assert is_abbreviation("河西区科技局", "河西区科学技术局")
    assert not is_abbreviation("中国信保", "中国信保天津分公司")  # a parent, not a short form
    assert not is_abbreviation("河西区委", "河西区委会")


def test_resolution_merges_what_the_documents_say_and_keeps_every_form(tmp_path):
    entities = resolve(docs_of(tmp_path, {"a.txt": A, "b.txt": B}))
    names = by_name(entities)
    tech = names[("OFFICE", "河西区科学技术局")]
    assert {"区科技局", "天津市河西区科学技术局"} <= set(tech.surface)
    assert "document-defined-alias" in tech.rules["区科技局"]
    gov = names[("OFFICE", "河西区人民政府")]
    assert {"区政府", "区人民政府", "河西区人民政府", "天津市河西区人民政府"} <= set(gov.surface)
    assert {"市委", "天津市委", "中共天津市委"} <= set(names[("OFFICE", "天津市委")].surface)
    sinosure = names[("ENTERPRISE", "中国出口信用保险公司天津分公司")]
    assert "中国信保天津分公司" in sinosure.surface
    assert sinosure.rules["中国信保天津分公司"] == {"abbreviation-in-document"}
    # the same short name in two districts is two offices
    assert ("OFFICE", "河西区商务局") in names and ("OFFICE", "河北区商务局") in names


def test_persons_merge_across_documents_only_with_a_post(tmp_path):
    entities = resolve(docs_of(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": C}))
    persons = [e for e in entities if e.label == "PERSON"]
    qian = [e for e in persons if e.name == "钱卫东"]
    assert len(qian) == 1 and len({d.doc_id for d, _m in qian[0].mentions}) == 2  # 区长 in both 河西区 reports
    wang = [e for e in persons if e.name == "王小明"]
    assert len(wang) == 3  # no post anywhere: never merged on the name alone


def test_adding_a_document_keeps_every_existing_iri(tmp_path):
    first = {str(s) for s in _entity_iris(tmp_path / "one", {"a.txt": A, "b.txt": B})}
    second = {str(s) for s in _entity_iris(tmp_path / "two", {"a.txt": A, "b.txt": B, "c.txt": C})}
    assert first <= second


def _entity_iris(folder: Path, texts: dict[str, str]):
    folder.mkdir()
    g = assemble(*_docs_and_entities(folder, texts))
    return set(g.subjects(GOV.mentionCount, None))


def _docs_and_entities(folder, texts):
    docs = docs_of(folder, texts)
    return docs, resolve(docs)


def test_explain_shows_cluster_rules_facts_and_sources(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    build([folder], tmp_path / "out")
    ttl = tmp_path / "out" / "govkg.ttl"
    r = CliRunner().invoke(app, ["explain", "区科技局", "--graph", str(ttl)])
    assert r.exit_code == 0, r.output
    assert "河西区科学技术局" in r.output and "document-defined-alias" in r.output and "a.txt:2" in r.output
    r = CliRunner().invoke(app, ["explain", "钱卫东", "--graph", str(ttl)])
    assert "org:holds 河西区区长" in r.output and "a.txt:3" in r.output and "title-before-name" in r.output
    r = CliRunner().invoke(app, ["explain", "没有", "--graph", str(ttl)])
    assert r.exit_code == 1


@pytest.fixture(scope="module")
def seed_build():
    if not SEEDS.exists():
        pytest.skip("no seeds/")
    docs = [extract_document(read_file(p)) for p in sorted(SEEDS.glob("*.txt"))]
    return docs, assemble(docs, resolve(docs))


def test_sampled_facts_cite_sentences_that_contain_their_names(seed_build):
    """For a random sample of facts of the seed build, the cited sentence at the cited offsets in
    the raw file contains the names the fact connects."""
    _docs, g = seed_build
    raw = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    statements = sorted(g.subjects(RDF.type, RDF.Statement), key=lambda s: s.value)
    rng = random.Random(2026)
    for st in rng.sample(statements, min(200, len(statements))):
        sentence = g.value(st, PROV.wasDerivedFrom)
        doc = g.value(sentence, GOV.inDocument)
        text = raw[g.value(doc, GOV.fileName).value]
        start, end = int(g.value(sentence, GOV.start).value), int(g.value(sentence, GOV.end).value)
        cited = text[start:end]
        assert cited == g.value(sentence, "https://schema.org/text").value
        for node in (g.value(st, RDF.subject), g.value(st, RDF.object)):
            # the node's own mention in that sentence: its offsets fall inside and its form is there
            forms = []
            for m in g.subjects(GOV.mentionOf, node):
                if g.value(m, GOV.inSentence) == sentence:
                    ms, me = int(g.value(m, GOV.start).value), int(g.value(m, GOV.end).value)
                    assert start <= ms < me <= end
                    forms.append(g.value(m, "http://www.w3.org/2000/01/rdf-schema#label").value)
            assert forms, f"{node} has no mention in {sentence}"
            flat = re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", cited))
            assert any(f in flat for f in forms), (forms, cited)


def test_sampled_mentions_cite_their_own_characters(seed_build):
    docs, _g = seed_build
    rng = random.Random(7)
    for doc in docs:
        for m in rng.sample(doc.mentions, min(100, len(doc.mentions))):
            assert re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", doc.raw[m.start:m.end])) == m.text
            s = doc.sentences[m.sentence]
            assert s.start <= m.start and m.end <= s.end and doc.line_of(m.start) == s.line


@pytest.mark.parametrize("short, long", [
    ("中国银行天津分行", "中国人民银行天津分行"),  # 人民 is a name part here
    ("天津大学法学院", "天津财经大学法学院"),  # a whole meaningful word left out
    ("天津图书馆", "天津市河西区图书馆"),  # a place left out
    ("中央委员会", "中共中央纪律检查委员会"),  # a phrase left out
])
def test_distinct_names_are_not_abbreviations(short, long):
    assert not is_abbreviation(short, long)


@pytest.mark.parametrize("short, long", [
    ("河西区应急局", "河西区应急管理局"), ("天津市发改委", "天津市发展改革委"), ("河西检察院", "河西区人民检察院"),
    ("津燃华润燃气公司", "津燃华润燃气有限公司"),
])
def test_short_forms_are_abbreviations(short, long):
    assert is_abbreviation(short, long)


def test_a_national_leader_is_one_person_across_districts(tmp_path):
    a = "2030年天津市河西区政府工作报告\n深入学习贯彻习近平总书记重要讲话精神。\n"
    b = "2031年天津市河北区政府工作报告\n深入贯彻习近平总书记重要指示精神。\n"
    persons = [e for e in resolve(docs_of(tmp_path, {"a.txt": a, "b.txt": b})) if e.label == "PERSON"]
    assert [(e.name, e.scope, len(e.mentions)) for e in persons] == [("习近平", None, 2)]
