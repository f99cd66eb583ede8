from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# builds in tests cache their extractions in a folder of their own, never the user's cache
os.environ["GOVKG_CACHE_DIR"] = tempfile.mkdtemp(prefix="govkg-test-cache-")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold"

# Hand-written paragraphs in the style of a district report (not taken from the gold files).
FIXTURE_REPORT = """2030年天津市南开区政府工作报告
2030年1月9日在南开区第十九届人民代表大会第三次会议上
区长 王 建国
各位代表:
一、2029年工作回顾
区委副书记、区长王建国主持召开区政府常务会议,研究推进“1+6”实施方案。
天津星辰科技有限公司落户鲁能科技园,总投资12亿元的南开大学科技园二期项目开工建设。
区商务局与中国工商银行天津分行签署战略合作协议,共同服务辖区企业。
区人民政府印发《南开区促进数字经济发展若干措施》,深入实施京津冀协同发展战略。
市教委、区教育局指导南开中学开展“强基计划”试点,鞍山西道沿线建成7个社区服务站。
一般公共预算收入完成30.5亿元,同比增长2.1%。天开高教科创园项目总投资8.6亿元,建筑面积5.2万平方米。
二、2030年主要目标任务
全区经济社会发展的预期目标是:地区生产总值增长5%左右;一般公共预算收入增长4%;引进优质企业100家。
【区委领导成员】 区委常委王建国(自 2030年3月2日)、孙立新(女,至 2030年3月1日)、赵明远。
"""


@pytest.fixture()
def fixture_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "report_utf8.txt").write_text(FIXTURE_REPORT, encoding="utf-8")
    (folder / "report_gbk.txt").write_bytes(
        "天津市河东区人民政府工作报告\n区委书记李明华出席天津河东科创园揭牌仪式。\n".encode("gb18030")
    )
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00garbage\x00\x00" * 20)
    return folder


@pytest.fixture(scope="session")
def built_fixture(tmp_path_factory):
    """One build of the fixture corpus with every export and a store (shared by read-only tests)."""
    from graph.build import build

    root = tmp_path_factory.mktemp("built")
    folder = root / "corpus"
    folder.mkdir()
    (folder / "report_utf8.txt").write_text(FIXTURE_REPORT, encoding="utf-8")
    (folder / "report_gbk.txt").write_bytes(
        "天津市河东区人民政府工作报告\n区委书记李明华出席天津河东科创园揭牌仪式。\n".encode("gb18030")
    )
    out = root / "exports"
    report = build([folder], out, store=root / "store")
    return report, out, root / "store"
