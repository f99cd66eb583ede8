"""Deterministic IRIs: a function of the canonical key, valid whatever the name contains."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

import pyoxigraph as ox

from ontology import DEFAULT_BASE

_SLUG = {
    "ENTERPRISE": "enterprise",
    "PROJECT": "project",
    "PARK": "park",
    "POLICY": "policy",
    "OFFICE": "office",
    "POST": "post",
    "PERSON": "person",
    "ORG": "organization",
    "PLACE": "place",
}


def _segment(text: str) -> str:
    # IRIs may carry CJK characters; everything outside unreserved ASCII and CJK is percent-encoded
    return "".join(ch if ("\u4e00" <= ch <= "\u9fff") else quote(ch, safe="-._~") for ch in text)


class IRIs:
    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, label: str, scope: str | None, name: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}{_SLUG[label]}/{_segment(scope or '_')}/{_segment(name)}")

    def document(self, sha256: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}document/{sha256[:16]}")

    def sentence(self, sha256: str, start: int, end: int) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}sentence/{sha256[:16]}/{start}-{end}")

    def mention(self, sha256: str, start: int, end: int, label: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}mention/{sha256[:16]}/{start}-{end}-{_SLUG[label]}")

    def quantity(self, sha256: str, start: int, end: int) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}quantity/{sha256[:16]}/{start}-{end}")

    def observation(self, sha256: str, start: int, end: int) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}observation/{sha256[:16]}/{start}-{end}")

    def indicator(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}indicator/{_segment(name)}")

    def membership(self, *parts: str) -> ox.NamedNode:
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
        return ox.NamedNode(f"{self.base}membership/{digest}")

    def statement(self, *parts: str) -> ox.NamedNode:
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
        return ox.NamedNode(f"{self.base}statement/{digest}")
