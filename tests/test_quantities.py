"""Quantities and indicators: numbers normalised with units, kind, year, target or outcome."""

import pytest

from extract.quantities import find_quantities
from graph.query import run

from .test_queries import QUERIES, rows


def q(sentence, year=2030, section=None, spans=None):
    return [(x.text, x.value, x.unit, x.kind, x.target, x.year, x.indicator) for x in find_quantities(sentence, year, section, spans)]


@pytest.mark.parametrize("sentence, expected", [
    ("项目总投资32.4亿元。", ("32.4亿元", 3.24e9, "CNY", "investment")),
    ("实际利用外资2151万美元。", ("2151万美元", 2.151e7, "USD", "money")),
    ("建筑面积12.8万平方米。", ("12.8万平方米", 1.28e5, "m2", "area")),
    ("引进高质量企业150家。", ("150家", 150, "count", "count")),
    ("新建社区食堂二十个。", ("二十个", 20, "count", "count")),
    ("税收收入同比增长6.5%。", ("6.5%", 6.5, "percent", "growth")),
])
def test_values_units_and_kinds(sentence, expected):
    found = q(sentence)
    assert found and found[0][:4] == expected


def test_targets_and_outcomes():
    assert q("经济社会发展的预期目标是:地区生产总值增长5.5%左右。")[0][4] is True
    assert q("一般公共预算收入完成23.69亿元,同比增长1.3%。")[0][4] is False
    assert q("力争新增市场主体3000户。")[0][4] is True


def test_year_from_sentence_then_section_then_document():
    assert q("2029年,完成投资5亿元。")[0][5] == 2029
    assert q("完成投资5亿元。", 2030, "一、2028年工作回顾")[0][5] == 2028
    assert q("完成投资5亿元。", 2030)[0][5] == 2030


def test_indicators_and_their_growth():
    found = q("一般公共预算收入完成23.69亿元,同比增长1.3%;全社会固定资产投资增长39.4%。")
    assert [(x[0], x[6]) for x in found] == [("23.69亿元", "一般公共预算收入"), ("1.3%", "一般公共预算收入"),
                                              ("39.4%", "全社会固定资产投资")]


def test_numbers_in_names_dates_and_indefinite_counts_are_not_quantities():
    assert q("2024年3月5日召开第十四届会议。") == []
    assert q("推进一批项目。") == []
    assert q("实施十项行动。", spans=[(2, 6, "POLICY")]) == []


def test_what_a_quantity_measures():
    found = find_quantities("天开高教科创园项目总投资8.6亿元。", 2030, None, [(0, 9, "PROJECT")])
    assert found[0].about == 0
    s = "企业落户鲁能科技园,总投资12亿元的南开科技园二期项目开工。"
    spans = [(4, 9, "PARK"), (18, 27, "PROJECT")]
    assert find_quantities(s, 2030, None, spans)[0].about == 1  # not the park across the comma


def test_indicator_table_query(built_fixture):
    table = rows(built_fixture, "indicator_table.rq")
    got = {(r["district"], r["year"], r["indicator"], r["measure"], float(r["value"]), r["target"]) for r in table}
    assert ("南开区", "2030", "地区生产总值", "growth", 5.0, "true") in got
    assert ("南开区", "2030", "一般公共预算收入", "growth", 4.0, "true") in got
    assert ("南开区", "2029", "一般公共预算收入", "value", 3.05e9, "false") in got
    assert ("南开区", "2029", "一般公共预算收入", "growth", 2.1, "false") in got


def test_projects_by_investment_query(built_fixture):
    table = rows(built_fixture, "projects_by_investment.rq")
    got = [(r["name"], float(r["investment"])) for r in table]
    assert got[:2] == [("南开大学科技园二期项目", 1.2e9), ("天开高教科创园项目", 8.6e8)]  # largest first


def test_every_query_runs_on_the_build(built_fixture):
    _report, out, _store = built_fixture
    for path in sorted(QUERIES.glob("*.rq")):
        run(out / "govkg.ttl", path.read_text(encoding="utf-8"))


def test_values_are_exact_and_counts_are_no_indicator_values():
    found = find_quantities("预计完成一般公共预算收入36.8亿元,增长14.9%;全社会固定资产投资完成178个项目。", 2021)
    assert found[0].value == 3680000000.0  # not 3679999999.9999995
    assert [x.indicator for x in found] == ["一般公共预算收入", "一般公共预算收入", None]
