"""Split a document into sections, paragraphs (one raw line each) and sentences.

Lines that carry no report text (page headers, page numbers, tables of contents,
web-site chrome) are recognised here and left out of extraction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .normalise import NormText, normalise

HEADING = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|[((][一二三四五六七八九十]+[))]|第[一二三四五六七八九十百]+[章节部分篇])"
)
_ENTRY_TITLE = re.compile(r"^【([^】]{1,40})】")
_PAGE_HEADER = re.compile(r"^(?:天津市)?[\u4e00-\u9fff]{1,8}年鉴\s*[((]?\d{4}[))]?$")
_PAGE_NUMBER = re.compile(r"^[\d\s·\-—IVXivx.]{1,8}$")
_TOC_LINE = re.compile(r"^[^。;;,,!?]{1,40}?(?:[.…·\s]{2,}|\s)\d{1,4}$")
SITE_CHROME = re.compile(
    r"导航菜单|设为首页|收藏本站|复制链接|显示全部楼层|阅读模式|回复:|查看:|签到天数|每日心情|网站无障碍|关怀版|"
    r"本帖最后由|发表于\s*\d|^\s*(?:积分|帖子|主题|版主|Rank:)"
)
_SENTENCE_END = re.compile(r"[。!?;!?;]+[”’\"』」)]?")


@dataclass
class Paragraph:
    line: int  # 1-based line number in the raw file
    start: int  # raw character offset of the line start
    end: int
    norm: NormText
    section: str | None


def is_noise_line(text: str) -> bool:
    """True for a line that is layout or site chrome rather than report text."""
    stripped = text.strip()
    if not stripped:
        return True
    if _PAGE_NUMBER.match(stripped) or _PAGE_HEADER.match(stripped):
        return True
    if len(stripped) < 60 and SITE_CHROME.search(stripped):
        return True
    return bool(_TOC_LINE.match(stripped)) and not HEADING.match(stripped)


def heading_of(text: str) -> str | None:
    """The section title a paragraph opens, if it is a heading or a yearbook entry."""
    m = _ENTRY_TITLE.match(text)
    if m:
        return m.group(1).strip()
    if HEADING.match(text) and len(text) <= 60:
        return text.strip()
    return None


def paragraphs(raw: str) -> Iterator[Paragraph]:
    """Yield the paragraphs of a raw text, skipping noise lines, with their section."""
    section: str | None = None
    pos = 0
    for lineno, line in enumerate(raw.split("\n"), start=1):
        start = pos
        pos += len(line) + 1
        body = line.rstrip("\r")
        if is_noise_line(body):
            continue
        norm = normalise(body, base=start)
        if not norm.text:
            continue
        head = heading_of(norm.text)
        if head is not None:
            section = head
        yield Paragraph(line=lineno, start=start, end=start + len(body), norm=norm, section=section)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of a normalised paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start:
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans
