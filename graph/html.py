"""Self-contained interactive HTML views (pyvis + vis-network, inlined: no CDN, works offline).

The layout is computed in Python (a seeded spring layout) and physics is off, so the
overview of a whole build opens in seconds. Every name and sentence reaches the page as
JSON data and is written into the DOM with ``textContent``: text from documents is never markup.
"""

from __future__ import annotations

import html as _html
import json
import math
from importlib.resources import files
from pathlib import Path

import networkx as nx
from pyvis.network import Network

COLORS = {
    "ENTERPRISE": "#e6194b",
    "PROJECT": "#f58231",
    "PARK": "#3cb44b",
    "POLICY": "#4363d8",
    "OFFICE": "#911eb4",
    "POST": "#a9a9a9",
    "PERSON": "#f032e6",
    "ORG": "#469990",
    "PLACE": "#9a6324",
}
CLASS_NAMES = {
    "ENTERPRISE": "企业 Enterprise",
    "PROJECT": "项目 Project",
    "PARK": "园区 Park",
    "POLICY": "政策 Policy",
    "OFFICE": "机关 Office",
    "POST": "职务 Post",
    "PERSON": "人物 Person",
    "ORG": "组织 Organisation",
    "PLACE": "地点 Place",
}


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _safe_json(data: object) -> str:
    """JSON that cannot close the surrounding <script> element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


MAX_SPRING_NODES = 3000
"""The spring layout's cost grows with the square of its nodes: beyond this many connected
nodes, the best connected are laid out by it and the rest join the discs of their class."""
MAX_PAGE_NODES = 20000
"""An overview page holds at most this many entities, the most mentioned (a browser does not
draw more usefully); ``govkg view NAME`` shows any entity's neighbourhood."""


def layout(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for every node, computed once in Python (physics stays off in the browser).

    Nodes with relations get a seeded spring layout (at most :data:`MAX_SPRING_NODES` of them,
    the best connected); the others are laid out as one sunflower disc per class around it, so
    a large graph still lays out in seconds.
    """
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(g.to_undirected())
    connected = [n for n in sorted(simple.nodes) if simple.degree(n) > 0]
    if len(connected) > MAX_SPRING_NODES:
        best = sorted(connected, key=lambda n: (-simple.degree(n), n))[:MAX_SPRING_NODES]
        connected = sorted(best)
    sprung = set(connected)
    pos: dict[str, tuple[float, float]] = {}
    radius = 0.0
    if connected:
        sub = simple.subgraph(connected)
        scale = 30.0 * len(connected) ** 0.5 + 100
        spring = nx.spring_layout(sub, seed=seed, iterations=50, scale=scale)
        pos.update({k: (float(v[0]), float(v[1])) for k, v in spring.items()})
        radius = scale
    by_type: dict[str, list[str]] = {}
    for n in sorted(simple.nodes):
        if n not in sprung:
            by_type.setdefault(g.nodes[n].get("type", ""), []).append(n)
    groups = sorted(by_type.items())
    golden = math.pi * (3 - math.sqrt(5))
    for gi, (_t, members) in enumerate(groups):
        disc = 18.0 * math.sqrt(len(members)) + 20
        angle = 2 * math.pi * gi / max(1, len(groups))
        ring = radius + disc + 150
        cx, cy = ring * math.cos(angle), ring * math.sin(angle)
        for k, n in enumerate(members):
            r = 18.0 * math.sqrt(k + 0.5)
            pos[n] = (cx + r * math.cos(k * golden), cy + r * math.sin(k * golden))
    return {k: (round(v[0], 1), round(v[1], 1)) for k, v in pos.items()}


def overview(g: nx.MultiDiGraph, limit: int | None = None) -> nx.MultiDiGraph:
    """The graph itself, or its ``limit`` (:data:`MAX_PAGE_NODES`) most mentioned entities and
    the relations among them."""
    limit = MAX_PAGE_NODES if limit is None else limit
    if g.number_of_nodes() <= limit:
        return g
    keep = sorted(g.nodes, key=lambda n: (-int(g.nodes[n].get("mentions", 0)), n))[:limit]
    return g.subgraph(keep)


def render(g: nx.MultiDiGraph, title: str) -> str:
    """The page for a graph projected by :func:`graph.network.to_networkx` (at most
    :data:`MAX_PAGE_NODES` entities, the title saying so when there are more)."""
    total = g.number_of_nodes()
    g = overview(g)
    if g.number_of_nodes() < total:
        title = f"{title} · the {g.number_of_nodes():,} most mentioned of {total:,} entities (govkg view NAME for any other)"
    net = Network(directed=True, cdn_resources="in_line")
    pos = layout(g)
    for node, attrs in sorted(g.nodes(data=True)):
        x, y = pos.get(node, (0.0, 0.0))
        t = attrs.get("type", "")
        sources = attrs.get("sources") or []
        first = sources[0] if sources else {"doc": "", "line": "", "text": ""}
        hover = (
            f"{attrs.get('label', node)}\n{CLASS_NAMES.get(t, t)} · {attrs.get('mentions', 0)} mention(s)\n"
            f"{first['doc']}:{first['line']}: {first['text'][:120]}"
        )
        net.add_node(
            node,
            label=attrs.get("label", node),
            title=hover,
            color=COLORS.get(t, "#888"),
            size=6 + min(30, 3 * (attrs.get("mentions", 1) ** 0.5)),
            x=x,
            y=y,
            physics=False,
            type=t,
            typeName=CLASS_NAMES.get(t, t),
            scope=attrs.get("scope", ""),
            mentions=attrs.get("mentions", 0),
            aliases=list(attrs.get("aliases") or []),
            sources=sources,
        )
    for h, t, key, attrs in sorted(g.edges(keys=True, data=True)):
        net.add_edge(h, t, label=attrs.get("relation", key), title=f"{attrs.get('cue', '')}: {attrs.get('sentence', '')[:120]}")
    nodes, edges, *_ = net.get_network_data()
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["type"]] = counts.get(n["type"], 0) + 1
    classes = [{"type": k, "name": CLASS_NAMES[k], "color": COLORS[k], "count": counts.get(k, 0)} for k in COLORS if counts.get(k)]
    data = {"nodes": nodes, "edges": [{k: v for k, v in e.items() if k != "arrows"} for e in edges], "classes": classes}
    js, css = _vis_assets()
    template = (files("graph") / "templates" / "explorer.html").read_text(encoding="utf-8")
    # untrusted data goes in last, so nothing inside it is ever substituted again
    page = template.replace("__VIS_CSS__", css).replace("__TITLE__", _html.escape(title)).replace("__VIS_JS__", js)
    return page.replace("__DATA__", _safe_json(data))
