"""Document metadata stated in the text: title, district, year, type, speaker, date."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import city_of, districts, short_district
from .records import DocumentMeta
from .segment import HEADING, SITE_CHROME

HEAD_LINES = 60
_TYPES = (
    ("年鉴", re.compile(r"年鉴")),
    ("国民经济和社会发展计划报告", re.compile(r"国民经济和社会发展计划")),
    ("政府工作报告", re.compile(r"政府工作报告")),
)
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_SPEAKER_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}(?:区|市|县))?(区长|市长|县长|主任|局长)\s*([\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3})$")
_SPEAKER_OFFICE = re.compile(r"^([\u4e00-\u9fff]{2,20}(?:委员会|局|人民政府|办公室))\s*$")
_BUILT_TITLE = re.compile(r"(\d{4}年国民经济和社会发展计划[^,,。;;]{0,40}?(?:草案|报告))")


def _clean(line: str) -> str:
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", line.strip())


def extract_meta(raw: str) -> DocumentMeta:
    lines = [_clean(x) for x in raw.split("\n")[:HEAD_LINES]]
    lines = [x for x in lines if x and not SITE_CHROME.search(x) and not re.fullmatch(r"[\d\s.·]+", x)]

    title = None
    doc_type = None
    found: list[tuple[str, str]] = []
    for line in lines:
        for name, pattern in _TYPES:
            if pattern.search(line) and len(line) <= 80 and "。" not in line and not HEADING.match(line):
                found.append((line, name))
                break
    if found:
        # the fullest title line: one that states a year, else the first
        complete = [f for f in found if _YEAR.search(f[0]) and re.search(r"(?:报告|年鉴|草案)", f[0]) and "/" not in f[0]]
        title, doc_type = complete[0] if complete else found[0]
    if title is None:
        for line in lines:
            m = _BUILT_TITLE.search(line)
            if m:
                before = line[: m.start()]
                owner = max((d for d in districts() if before.endswith(d)), key=len, default="")
                title, doc_type = owner + m.group(1), "国民经济和社会发展计划报告"
                break
    if doc_type is None:
        head = "\n".join(lines)
        for name, pattern in _TYPES:
            if pattern.search(head):
                doc_type = name
                break

    district = _district(title or "", raw)

    year = None
    if title:
        years = [int(y) for y in _YEAR.findall(title)]
        if years:
            year = years[0]
            if doc_type == "年鉴":
                year -= 1  # a yearbook records the year before its edition
    date = None
    for line in lines:
        m = _DATE.search(line)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            if year is None or y >= year - 1:  # web-page dates older than the report are not its date
                date = f"{y:04d}-{mo:02d}-{d:02d}"
                if year is None:
                    year = y
                break

    speaker = None
    for line in lines:
        if line.startswith("各位代表"):
            break
        m = _SPEAKER_TITLE.match(line)
        if m:
            speaker = re.sub(r"\s+", "", m.group(2))
            break
        m = _SPEAKER_OFFICE.match(line)
        if m and line != title:
            speaker = m.group(1)
    if title:
        title = re.sub(r"^(?:[((\[【][^))\]】]{1,10}[))\]】]\s*)+", "", title).strip()
    return DocumentMeta(title=title, district=district, year=year, doc_type=doc_type, speaker=speaker, date=date)


def _district(title: str, raw: str) -> str | None:
    """The district named in the title (full or short form next to its city), else the most frequent."""
    sample = re.sub(r"\s+", "", raw[:200000])
    best: tuple[int, int, str] | None = None
    for name in districts():
        city = city_of(name) or ""
        forms = [name]
        short = short_district(name)
        if short != name and city and (city in title or city[:-1] in title):
            forms.append(city + short)
            forms.append(city[:-1] + short)
        for form in forms:
            if form in title:
                score = (len(form) + (3 if city and city[:-1] in title else 0), sample.count(name), name)
                if best is None or score > best:
                    best = score
    if best:
        return best[2]
    counts: Counter[str] = Counter()
    for name in districts():
        n = sample.count(name)
        if n:
            counts[name] = n
    if counts:
        return counts.most_common(1)[0][0]
    return None
