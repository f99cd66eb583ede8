"""The explorer in a real headless browser (Debian's chromium driven by Playwright).

Skipped, with the reason, only where no chromium is installed (`.ci/run` installs it).
"""

import json
import re
import shutil
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium") if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium browser installed (apt-get install chromium)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_function("window.govkgFirstPaint !== undefined", timeout=60000)
    return page, errors, requests


def page_data(path: Path) -> dict:
    return json.loads(re.search(r"var DATA = (\{.*?\});\n", path.read_text(encoding="utf-8"), re.S).group(1))


def test_overview_loads_offline_without_errors(browser, built_fixture):
    report, out, _store = built_fixture
    path = out / "graph.html"
    page, errors, requests = open_page(browser, path)
    assert errors == []
    assert requests == [path.as_uri()]  # nothing but the page itself
    assert page.evaluate("govkgNetwork.body.data.nodes.length") == len(report.entities)
    assert page.evaluate("govkgNetwork.body.data.edges.length") == len(page_data(path)["edges"])
    page.close()


def test_search_centres_on_a_node_and_shows_its_panel(browser, built_fixture):
    _report, out, _store = built_fixture
    page, errors, _ = open_page(browser, out / "graph.html")
    page.fill("#search", "天津星辰科技有限公司")
    page.press("#search", "Enter")
    panel = page.inner_text("#panel")
    assert "天津星辰科技有限公司" in panel and "Enterprise" in panel
    assert "report_utf8.txt" in panel  # the source sentence with its document and line
    assert page.evaluate("govkgNetwork.getSelectedNodes().length") == 1
    assert errors == []
    page.close()


def test_clicking_a_node_shows_class_relations_and_sources(browser, built_fixture):
    _report, out, _store = built_fixture
    page, errors, _ = open_page(browser, out / "graph.html")
    node = next(n for n in page_data(out / "graph.html")["nodes"] if n["label"] == "王建国")
    page.evaluate("id => govkgNetwork.focus(id, {scale: 1.5, animation: false})", node["id"])
    point = page.evaluate("id => govkgNetwork.canvasToDOM(govkgNetwork.getPosition(id))", node["id"])
    box = page.locator("#net").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    panel = page.inner_text("#panel")
    assert "王建国" in panel and "Person" in panel
    assert "HOLDS_POST" in panel  # its relations
    assert "line" in panel
    assert errors == []
    page.close()


def test_class_checkbox_hides_that_class(browser, built_fixture):
    _report, out, _store = built_fixture
    page, _errors, _ = open_page(browser, out / "graph.html")
    page.uncheck("#legend input[value=PERSON]")
    hidden = page.evaluate("govkgNetwork.body.data.nodes.get({filter: n => n.type === 'PERSON' && n.hidden}).length")
    persons = page.evaluate("govkgNetwork.body.data.nodes.get({filter: n => n.type === 'PERSON'}).length")
    assert persons > 0 and hidden == persons
    page.close()
