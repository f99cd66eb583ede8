"""Real-world inputs and failure safety: every bad file is reported once with its reason, the
build goes on, good files of every format are read, provenance points at the original text."""

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef
from typer.testing import CliRunner

from extract.document import extract_text
from extract.reader import read_file
from graph.build import build
from graph.cli import app
from graph.identity import IRIs

from .conftest import FIXTURE_REPORT, ROOT
from .pdfmaker import make_pdf

BAD = ROOT / "tests" / "fixtures" / "bad_inputs"
TRADITIONAL = "臺北市政府與天津市河西區人民政府簽署戰略合作協議。區長張偉華出席簽約儀式。\n"
INJECTION_HTML = """<html><head><meta charset="utf-8"><title>通知</title><script>window.pwned = 'head';</script></head>
<body><div class="nav"><a href="/">首页</a> | <a>设为首页</a> | <a>收藏本站</a></div>
<div class="article"><h1>关于开展安全检查的通知</h1>
<p>区应急局印发《关于&quot;&gt;&lt;img src=x onerror=window.pwned=1&gt;的安全检查方案》,要求各街道落实。</p>
<p>区长钱学明提醒:&lt;script&gt;window.pwned=2&lt;/script&gt;不是代码,是文字。</p>
</div><div class="footer">版权所有 © 某某区人民政府 网站地图 联系我们</div></body></html>"""

# file -> the words its one-line reason must contain (None: read fine)
CASES = {
    "junk.txt": "binary content",
    "empty.txt": "empty file",
    "blank.txt": "no text",
    "report_gbk.txt": None,
    "report_utf16.txt": None,
    "report.pdf": None,
    "truncated.pdf": "corrupt PDF",
    "scanned.pdf": "scanned PDF without a text layer",
    "injection.html": None,
    "traditional.txt": None,
    "report.docx": None,
    "corrupt.docx": "corrupt Word document",
    "not_really.pdf": "not a PDF",
}


def make_bad_inputs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\n \t\n", encoding="utf-8")
    (folder / "report_gbk.txt").write_bytes("2030年天津市东丽区政府工作报告\n区委书记周建国出席东丽湖科创园揭牌仪式。\n".encode("gbk"))
    (folder / "report_utf16.txt").write_text("2030年天津市津南区政府工作报告\n副区长吴立新调研海河教育园区。\n", encoding="utf-16")
    lines = FIXTURE_REPORT.splitlines()
    pdf = make_pdf(["\n".join(lines[:6]), "\n".join(lines[6:])])
    (folder / "report.pdf").write_bytes(pdf)
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (folder / "scanned.pdf").write_bytes(make_pdf([""]))
    (folder / "not_really.pdf").write_bytes(b"<html>this is no pdf</html>")
    (folder / "injection.html").write_text(INJECTION_HTML, encoding="utf-8")
    (folder / "traditional.txt").write_text(TRADITIONAL, encoding="utf-8")
    d = docx.Document()
    d.add_paragraph("2030年天津市红桥区政府工作报告")
    d.add_paragraph("区委书记郑国强出席红桥区文化中心启用仪式。")
    d.save(folder / "report.docx")
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    return folder


@pytest.fixture(scope="module")
def bad_inputs():
    return make_bad_inputs(BAD)


@pytest.fixture(scope="module")
def bad_build(bad_inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("bad") / "exports"
    result = CliRunner().invoke(app, ["build", str(bad_inputs), "--out", str(out)])
    return result, out


def test_each_bad_file_is_reported_once_with_its_reason_and_the_build_goes_on(bad_build):
    result, out = bad_build
    assert result.exit_code == 2, result.output
    for name, reason in CASES.items():
        lines = [line for line in result.output.splitlines() if str(BAD / name) in line]
        if reason is None:
            assert not lines, f"{name} should have been read: {lines}"
        else:
            assert len(lines) == 1, f"{name}: {lines}"
            assert reason in lines[0], lines[0]
    assert (out / "govkg.ttl").exists()
    assert "Traceback" not in result.output


def test_good_files_of_every_format_become_documents(bad_inputs, tmp_path):
    report = build([bad_inputs], tmp_path / "out")
    kinds = {Path(d.path).name: d.kind for d in report.documents}
    assert kinds == {"report_gbk.txt": "txt", "report_utf16.txt": "txt", "report.pdf": "pdf", "injection.html": "html",
                     "traditional.txt": "txt", "report.docx": "docx"}
    names = {m.text for d in report.documents for m in d.mentions}
    assert {"周建国", "吴立新", "王建国", "钱学明", "郑国强", "天津星辰科技有限公司"} <= names


def test_pdf_pages_are_kept_for_provenance(bad_inputs):
    raw = read_file(bad_inputs / "report.pdf")
    assert raw.kind == "pdf" and len(raw.pages) == 2
    offset = raw.text.index("天津星辰科技有限公司")
    assert raw.page_of(offset) == 2 and raw.page_of(raw.text.index("王建国")) == 1


def test_html_main_text_only(bad_inputs):
    raw = read_file(bad_inputs / "injection.html")
    assert "安全检查方案" in raw.text
    assert "设为首页" not in raw.text and "版权所有" not in raw.text and "window.pwned = 'head'" not in raw.text


def test_traditional_text_is_converted_for_extraction_and_cited_as_written(bad_inputs, tmp_path):
    raw = read_file(bad_inputs / "traditional.txt")
    assert raw.traditional and len(raw.work) == len(raw.text)
    report = build([bad_inputs / "traditional.txt"], tmp_path / "out")
    doc = report.documents[0]
    by_text = {m.text: m for m in doc.mentions}
    assert "张伟华" in by_text  # simplified for the graph ...
    m = by_text["张伟华"]
    assert doc.raw[m.start:m.end] == "張偉華"  # ... cited in the original characters
    assert "天津市河西区人民政府" in by_text
    assert doc.sentences[m.sentence].text.startswith("區長")
    g = Graph().parse(tmp_path / "out" / "govkg.ttl")
    assert any(str(o) == "zh-Hant" for o in g.objects(None, URIRef("http://purl.org/dc/terms/language")))


def test_sidecar_metadata_wins_and_a_bad_one_is_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("区长王建国作报告。\n", encoding="utf-8")
    (folder / "b.txt").write_text("区长李四海作报告。\n", encoding="utf-8")
    (folder / "catalog.toml").write_text('["a.txt"]\ndistrict = "南开区"\nyear = 2030\ntype = "政府工作报告"\n'
                                         'source_url = "https://example.org/a"\n', encoding="utf-8")
    (folder / "b.meta.toml").write_text('year = "twenty"\n', encoding="utf-8")
    report = build([folder], tmp_path / "out")
    meta = {Path(d.path).name: d.meta for d in report.documents}
    assert meta["a.txt"].district == "南开区" and meta["a.txt"].year == 2030 and meta["a.txt"].doc_type == "政府工作报告"
    assert meta["a.txt"].source_url == "https://example.org/a"
    assert any("b.meta.toml" in why and "year must be a whole number" in why for _p, why in report.problems)
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(tmp_path / "out2")])
    assert result.exit_code == 2 and "sidecar ignored" in result.output


def test_size_limit(bad_inputs, tmp_path):
    result = CliRunner().invoke(app, ["build", str(bad_inputs / "report_gbk.txt"), "--out", str(tmp_path), "--max-size", "0.00001"])
    assert result.exit_code == 2 and "too large" in result.output


def test_clean_build_exits_0(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FIXTURE_REPORT, encoding="utf-8")
    assert CliRunner().invoke(app, ["build", str(folder), "--out", str(tmp_path / "out")]).exit_code == 0


def test_text_from_documents_is_data_not_markup(bad_build):
    _result, out = bad_build
    page = (out / "graph.html").read_text(encoding="utf-8")
    data = page[page.index("var DATA = "):]
    assert "<img" not in data and "<script" not in data  # escaped inside the JSON
    assert "\\u003cscript\\u003e" in data  # the sentence text is there, escaped


def test_script_injection_shows_literally_in_a_browser(bad_build):
    pytest.importorskip("playwright.sync_api")
    from .test_browser import ARGS, CHROMIUM

    if CHROMIUM is None:
        pytest.skip("no chromium browser installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    _result, out = bad_build
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = b.new_page()
        page.goto((out / "graph.html").as_uri())
        page.wait_for_function("window.govkgFirstPaint !== undefined")
        page.evaluate("govkgFind('钱学明')")
        panel = page.inner_text("#panel")
        assert "<script>window.pwned=2</script>" in panel
        page.evaluate("govkgFind('安全检查方案')")
        assert "<img src=x onerror=window.pwned=1>" in page.inner_text("#panel")
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        b.close()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_iris_are_valid_whatever_the_name(name):
    iri = IRIs().entity("ORG", name or None, name + "x")  # Oxigraph refuses an invalid IRI
    assert not re.search(r"[\s<>\"{}|\\^`]", iri.value)
    line = ox.serialize([ox.Triple(iri, ox.NamedNode("urn:p"), ox.NamedNode("urn:o"))], format=ox.RdfFormat.N_TRIPLES)
    back = Graph().parse(data=line.decode("utf-8"), format="nt")  # another tool reads it back
    assert len(back) == 1 and str(next(iter(back))[0]) == iri.value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_extraction_never_raises_on_arbitrary_unicode(text):
    ents, rels = extract_text(text)
    for e in ents:
        assert 0 <= e["start"] <= e["end"] <= len(text)


def _snapshot(out: Path) -> dict:
    return {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _built_once(tmp_path: Path) -> tuple[Path, Path, dict]:
    """A folder with one report, built once: (folder, exports, their bytes)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FIXTURE_REPORT, encoding="utf-8")
    out = tmp_path / "out"
    build([folder], out)
    return folder, out, _snapshot(out)


def test_a_failing_export_leaves_the_previous_exports_intact(tmp_path, monkeypatch):
    folder, out, before = _built_once(tmp_path)
    (folder / "a.txt").write_text(FIXTURE_REPORT + "区长赵六出席。\n", encoding="utf-8")
    import graph.formats

    def boom(_g):
        raise OSError("disk full")

    monkeypatch.setattr(graph.formats, "gexf", boom)
    with pytest.raises(OSError):
        build([folder], out)
    assert _snapshot(out) == before


def test_a_killed_build_leaves_the_previous_exports_intact(tmp_path):
    folder, out, before = _built_once(tmp_path)
    # a corpus big enough that the build is still running when it is killed
    for i in range(40):
        (folder / f"big{i}.txt").write_text(FIXTURE_REPORT.replace("星辰", f"星辰{i}") * 40, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "build", str(folder), "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(4)
    assert proc.poll() is None, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _snapshot(out) == before
