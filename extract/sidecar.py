"""Metadata given or corrected by the user, beside the documents.

Either ``NAME.meta.toml`` next to a file (``report.pdf`` -> ``report.meta.toml`` or
``report.pdf.meta.toml``), or one ``catalog.toml`` in the folder with a table per file name::

    ["report.pdf"]
    title = "2023年天津市南开区政府工作报告"
    district = "南开区"
    year = 2023
    type = "政府工作报告"
    source_url = "https://example.org/report.pdf"

Keys given here win over what the text says.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

KEYS = {"title": str, "district": str, "year": int, "type": str, "source_url": str, "speaker": str, "date": str}


class SidecarError(Exception):
    """A sidecar that cannot be used; the message names the file and the problem."""


def sidecar_for(path: Path) -> dict[str, object]:
    """The user's metadata for ``path`` (empty when there is none)."""
    found: dict[str, object] = {}
    catalog = path.parent / "catalog.toml"
    if catalog.exists():
        table = _load(catalog).get(path.name)
        if table is not None:
            if not isinstance(table, dict):
                raise SidecarError(f"{catalog}: [\"{path.name}\"] is not a table")
            found.update(_check(catalog, table))
    for name in (path.with_suffix(".meta.toml"), path.with_name(path.name + ".meta.toml")):
        if name.exists():
            found.update(_check(name, _load(name)))
    return found


def _load(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise SidecarError(f"{path}: not valid TOML ({exc})") from None


def _check(path: Path, table: dict) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in table.items():
        if key not in KEYS:
            raise SidecarError(f"{path}: unknown key {key!r} (known: {', '.join(sorted(KEYS))})")
        if not isinstance(value, KEYS[key]) or isinstance(value, bool):
            raise SidecarError(f"{path}: {key} must be {'a whole number' if KEYS[key] is int else 'text'}")
        out[key] = value
    return out
