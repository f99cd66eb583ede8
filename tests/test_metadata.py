import pytest

from extract.metadata import extract_meta

from .conftest import SEEDS

EXPECTED = {
    # file: (district, year, type)  — read off the documents' own title pages
    "000_e61aaef47db2a882.txt": ("河西区", 2025, "政府工作报告"),
    "001_fa1b83ed3a6b47ed.txt": ("河北区", 2024, "政府工作报告"),
    "002_2fca316d48d2a501.txt": ("和平区", 2021, "国民经济和社会发展计划报告"),
    "003_4d547a2c16bc38ed.txt": ("河北区", 2025, "国民经济和社会发展计划报告"),
    "004_bc85ce4329e5aef3.txt": ("河西区", 2023, "年鉴"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata(name):
    meta = extract_meta((SEEDS / name).read_text(encoding="utf-8"))
    district, year, doc_type = EXPECTED[name]
    assert meta.district == district
    assert meta.year == year
    assert meta.doc_type == doc_type
    assert meta.title


def test_speaker_and_date_when_stated():
    meta = extract_meta((SEEDS / "001_fa1b83ed3a6b47ed.txt").read_text(encoding="utf-8"))
    assert meta.speaker == "戴雷"
    assert meta.date == "2024-01-10"
    meta = extract_meta((SEEDS / "000_e61aaef47db2a882.txt").read_text(encoding="utf-8"))
    assert meta.date == "2025-01-08"


def test_web_page_date_older_than_report_is_not_its_date():
    meta = extract_meta((SEEDS / "003_4d547a2c16bc38ed.txt").read_text(encoding="utf-8"))
    assert meta.date is None or not meta.date.startswith("2019")
