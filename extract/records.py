"""Plain records passed from ``extract/`` to ``graph/`` (see docs/design.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

LABELS: tuple[str, ...] = (
    "ENTERPRISE",
    "PROJECT",
    "PARK",
    "POLICY",
    "OFFICE",
    "POST",
    "PERSON",
    "ORG",
    "PLACE",
)

RELATIONS: tuple[str, ...] = (
    "HOLDS_POST",
    "LOCATED_IN",
    "PART_OF",
    "COOPERATES_WITH",
    "ISSUED_BY",
    "IMPLEMENTS",
    "OPERATES",
)


@dataclass(frozen=True)
class DocumentMeta:
    """What the text says about itself."""

    title: str | None = None
    district: str | None = None
    year: int | None = None
    doc_type: str | None = None
    speaker: str | None = None
    date: str | None = None
    source_url: str | None = None


@dataclass
class Sentence:
    """A sentence with offsets into the raw file text (not bytes: characters)."""

    doc_id: str
    index: int
    line: int
    start: int
    end: int
    text: str
    section: str | None = None
    page: int | None = None  # PDF page


@dataclass
class Mention:
    """A recognised name. ``start``/``end`` are character offsets into the raw file text."""

    label: str
    text: str
    start: int
    end: int
    sentence: int
    source: str = "rule"

    @property
    def key(self) -> tuple[str, str]:
        return (self.label, self.text)


@dataclass
class Relation:
    """A relation between two mentions of the same sentence."""

    head: Mention
    relation: str
    tail: Mention
    cue: str
    sentence: int
    source: str = "rule"
    start_date: str | None = None  # a tenure the text states (HOLDS_POST)
    end_date: str | None = None


@dataclass
class Quantity:
    """A number with its unit, normalised, and what it is about (see extract/quantities.py)."""

    text: str  # as stated, e.g. 32.4亿元
    value: float  # in base units
    unit: str  # CNY, USD, m2, count, percent ...
    kind: str  # investment, money, revenue, area, count, growth, share ...
    target: bool
    year: int | None
    start: int  # raw offsets
    end: int
    sentence: int
    indicator: str | None = None
    counted: str | None = None
    about: Mention | None = None


@dataclass
class Document:
    """One input file: raw text plus what extraction found in it."""

    doc_id: str
    path: str
    sha256: str
    encoding: str
    raw: str
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    paragraphs: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)
    kind: str = "txt"  # txt, html, pdf, docx
    traditional: bool = False
    problems: list[str] = field(default_factory=list)  # what the user should know (e.g. a bad sidecar)

    def line_of(self, offset: int) -> int:
        """1-based line number of a raw character offset."""
        return self.raw.count("\n", 0, offset) + 1
