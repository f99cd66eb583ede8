"""Quantities and headline indicators stated in a sentence.

A quantity is a number with a unit (``32.4亿元``, ``2151万美元``, ``12.8万平方米``, ``150家``, ``5.5%``),
normalised to base units (亿 = 1e8, 万 = 1e4; Chinese numerals through ``cn2an``), with:

* its kind (investment, money, area, count, growth, share ...), read from the words before it;
* whether it is a target (预期目标, 力争, 计划 ...) or an outcome (完成, 实现, 同比增长 ...);
* the year it is about: a year in the sentence, else in the section heading, else the document's;
* what it measures: the nearest project, park or enterprise mention before it in the sentence, or a
  headline indicator (地区生产总值, 一般公共预算收入 ...) named right before it.

Offsets are into the normalised sentence text; :mod:`extract.document` maps them to the raw file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import cn2an

# Headline indicators every report states, with the short names reports also use.
INDICATORS: dict[str, tuple[str, ...]] = {
    "地区生产总值": ("地区生产总值", "GDP"),
    "一般公共预算收入": ("一般公共预算收入",),
    "税收收入": ("税收收入",),
    "全社会固定资产投资": ("全社会固定资产投资", "固定资产投资"),
    "社会消费品零售总额": ("社会消费品零售总额", "社零额"),
    "居民人均可支配收入": ("居民人均可支配收入", "城市居民人均可支配收入", "城镇居民人均可支配收入", "人均可支配收入"),
    "城镇调查失业率": ("城镇调查失业率", "调查失业率", "城镇登记失业率"),
    "实际利用内资": ("实际利用内资",),
    "实际利用外资": ("实际使用外资", "实际利用外资"),
    "外贸进出口总额": ("外贸进出口总额", "进出口总额", "外贸进出口"),
    "规模以上工业增加值": ("规模以上工业增加值", "规上工业增加值"),
    "居民消费价格涨幅": ("居民消费价格涨幅", "居民消费价格"),
}
_INDICATOR_FORMS = sorted(((form, name) for name, forms in INDICATORS.items() for form in forms), key=lambda x: -len(x[0]))

_NUM = r"(?P<num>\d+(?:\.\d+)?|[零一二三四五六七八九十百千两]+(?:点[零一二三四五六七八九]+)?)"
_MAG = r"(?P<mag>万亿|亿|千万|百万|万|千)?"
_UNIT = (
    r"(?P<unit>个百分点|亿元|万元|元|亿美元|万美元|美元|亿欧元|万欧元|欧元|平方公里|万平方米|平方米|平米|公顷|亩|千瓦|吨|"
    r"家|个|项|人次|人|户|次|座|件|条|所|套|辆|间|名|栋|处|批|%|倍)"
)
QUANTITY = re.compile(_NUM + r"\s*" + _MAG + r"\s*" + _UNIT)

UNIT_OF = {
    "元": ("CNY", 1.0), "美元": ("USD", 1.0), "欧元": ("EUR", 1.0),
    "平方米": ("m2", 1.0), "平米": ("m2", 1.0), "平方公里": ("km2", 1.0), "公顷": ("ha", 1.0), "亩": ("mu", 1.0),
    "千瓦": ("kW", 1.0), "吨": ("t", 1.0), "%": ("percent", 1.0), "个百分点": ("percentage-point", 1.0), "倍": ("times", 1.0),
    "人次": ("person-times", 1.0),
}
MAGNITUDE = {"": 1.0, "千": 1e3, "万": 1e4, "百万": 1e6, "千万": 1e7, "亿": 1e8, "万亿": 1e12}

_TARGET_CUES = re.compile(r"预期目标|目标是|目标为|力争|计划|确保|预计|将|争取|拟|要达到|达到.{0,12}以上|左右")
_OUTCOME_CUES = re.compile(r"完成|实现|达到|同比|比上年|较上年|累计|共计|全年|新增|增长了|下降了|提高了")
_GROWTH_BEFORE = re.compile(r"(?:同比|比上年|较上年)?(?:增长|增速|增幅|提高|上升|下降|降低|减少)(?:了)?(?:约|达)?$")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_COUNTED = re.compile(r"([\u4e00-\u9fff]{1,4})(?:约|近|超|达|共|累计)?$")

KIND_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("investment", re.compile(r"(?:总投资|投资额|投资总额|完成投资|计划投资|投资)[^,。;,;]{0,6}$")),
    ("area", re.compile(r"(?:面积|占地|建筑|用地|载体|空间|楼宇)[^,。;,;]{0,8}$")),
    ("revenue", re.compile(r"(?:收入|营收|税收|产值|销售额|营业额|总额|增加值|交易额|规模)[^,。;,;]{0,8}$")),
    ("financing", re.compile(r"(?:融资|贷款|授信|基金|债券|资金)[^,。;,;]{0,8}$")),
]


@dataclass
class Quantity:
    start: int  # offsets into the sentence text given to :func:`find_quantities`
    end: int
    text: str  # as stated
    value: float  # in base units (yuan, m2, count, percent)
    unit: str  # CNY, USD, m2, km2, count, percent, percentage-point ...
    kind: str  # investment, money, area, count, growth, share, ...
    target: bool  # a target (True) or an outcome (False)
    year: int | None
    indicator: str | None = None  # a headline indicator it is a value of
    counted: str | None = None  # for counts: what is counted (企业)
    about: int | None = None  # index of the mention it measures, in the caller's mention list


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return float(cn2an.cn2an(text.replace("点", "."), "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def find_quantities(sentence: str, default_year: int | None = None, section: str | None = None,
                    mention_spans: list[tuple[int, int, str]] | None = None) -> list[Quantity]:
    """Quantities of one (normalised) sentence. ``mention_spans`` are (start, end, label) of the
    sentence's mentions, so that each quantity can name what it measures."""
    out: list[Quantity] = []
    years = [int(y) for y in _YEAR.findall(sentence)]
    sec_years = [int(y) for y in _YEAR.findall(section or "")]
    target_sentence = bool(_TARGET_CUES.search(sentence)) and not re.search(r"完成|实现了|同比增长", sentence[:40])
    if section and re.search(r"目标|计划|安排|任务", section) and not re.search(r"执行情况|回顾|完成情况", section):
        target_sentence = True
    for m in QUANTITY.finditer(sentence):
        num, mag, unit = m.group("num"), m.group("mag") or "", m.group("unit")
        if _YEAR.match(sentence, m.start()) or re.match(r"(?:19|20)\d{2}$", num) and unit in ("年",):
            continue
        before = sentence[max(0, m.start() - 16) : m.start()]
        if re.search(r"[第\d]$", before) or sentence[m.end() : m.end() + 1] in ("年", "月", "日", "号", "届", "次会"):
            continue
        if num == "一" and unit in ("批", "个", "项", "件", "次", "条", "座", "家", "所", "处", "套"):
            continue  # 一批, 一个: indefinite, not a count
        if mention_spans and any(a <= m.start() < b for a, b, _l in mention_spans):
            continue  # inside a name: 十项行动, 20项民心工程
        value = _number(num)
        if value is None:
            continue
        factor, unit_code, kind = _normalise(mag, unit)
        base = float(Decimal(repr(value)) * Decimal(repr(factor)))  # exact: 36.8亿 is 3680000000, not …999.9999995
        if unit_code in ("percent", "percentage-point"):
            kind = "growth" if _GROWTH_BEFORE.search(before) else "share"
        else:
            for name, rx in KIND_CUES:
                if rx.search(before) and (unit_code in ("CNY", "USD", "EUR") or name == "area"):
                    kind = name
                    break
        year = _year_of(sentence, m.start(), years) or (sec_years[0] if sec_years else None) or default_year
        local_target = bool(re.search(r"(?:力争|目标|预计|计划|确保|左右|以上)", sentence[max(0, m.start() - 12) : m.end() + 4]))
        local_outcome = bool(re.search(r"(?:完成|实现|同比|比上年|较上年|累计)", before[-10:]))
        target = (target_sentence or local_target) and not local_outcome
        q = Quantity(m.start(), m.end(), m.group(0), base, unit_code, kind, target, year)
        if unit_code in ("CNY", "USD", "EUR", "percent", "percentage-point"):  # indicators are money or rates
            q.indicator = _indicator_before(sentence, m.start())
        if unit_code == "count":
            c = _COUNTED.search(before)
            q.counted = c.group(1) if c else None
        if q.indicator is None and unit_code == "percent" and out and out[-1].indicator and m.start() - out[-1].end <= 8:
            q.indicator = out[-1].indicator  # 收入22.7亿元,同比增长5.1%: the growth of the same indicator
        if mention_spans and q.indicator is None:
            q.about = _about(sentence, mention_spans, m.start(), m.end())
        out.append(q)
    return out


def _normalise(mag: str, unit: str) -> tuple[float, str, str]:
    """(multiplier to base units, unit code, kind) for a magnitude word and a unit."""
    for prefix, factor in (("亿", 1e8), ("万", 1e4)):
        if unit.startswith(prefix) and unit[len(prefix):] in UNIT_OF:  # 亿元, 万美元, 万平方米
            code, f = UNIT_OF[unit[len(prefix):]]
            kind = "money" if code in ("CNY", "USD", "EUR") else ("area" if code in ("m2", "km2", "ha", "mu") else "amount")
            return factor * f * MAGNITUDE[mag], code, kind
    if unit in UNIT_OF:
        code, f = UNIT_OF[unit]
        kind = ("money" if code in ("CNY", "USD", "EUR") else "area" if code in ("m2", "km2", "ha", "mu")
                else "percent" if code in ("percent", "percentage-point") else "amount")
        return f * MAGNITUDE[mag], code, kind
    return MAGNITUDE[mag], "count", "count"


def _year_of(sentence: str, pos: int, years: list[int]) -> int | None:
    """The last year written before ``pos`` in the sentence."""
    found = None
    for m in _YEAR.finditer(sentence):
        if m.start() < pos:
            found = int(m.group(1))
    return found or (years[0] if years else None)


def _indicator_before(sentence: str, pos: int) -> str | None:
    """A headline indicator named in the clause just before the number (地区生产总值增长5.5%)."""
    clause_start = max(sentence.rfind(c, 0, pos) for c in ",。;;,:")
    clause = sentence[clause_start + 1 : pos]
    best = None
    for form, name in _INDICATOR_FORMS:
        i = clause.rfind(form)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, name)
    return best[1] if best else None


def _about(sentence: str, mention_spans: list[tuple[int, int, str]], start: int, end: int) -> int | None:
    """What a quantity measures: a project, park or enterprise written right after it with 的
    (总投资12亿元的X项目), else the nearest one before it in the same clause (X项目总投资12亿元)."""
    measurable = ("PROJECT", "PARK", "ENTERPRISE")
    for i, (a, _b, label) in enumerate(mention_spans):
        if label in measurable and a == end + 1 and sentence[end : end + 1] == "的":
            return i
    best = None
    for i, (_a, b, label) in enumerate(mention_spans):
        if label in measurable and b <= start and start - b <= 20 and not re.search(r"[,,;;。、]", sentence[b:start]):
            if best is None or b > mention_spans[best][1]:
                best = i
    return best
