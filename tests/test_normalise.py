from hypothesis import given
from hypothesis import strategies as st

from extract.normalise import normalise
from extract.segment import is_noise_line, paragraphs, sentence_spans


def test_spaces_inside_cjk_words_are_removed_and_map_back():
    raw = "区长 胡 学明主持 会议"
    norm = normalise(raw)
    assert norm.text == "区长胡学明主持会议"
    start = norm.text.index("胡学明")
    r0, r1 = norm.to_raw_span(start, start + 3)
    assert raw[r0:r1] == "胡 学明"


def test_latin_words_keep_one_space():
    assert normalise("Rank  7 and   more").text == "Rank 7 and more"


def test_tags_footnotes_and_broken_characters_are_dropped():
    raw = "推进<mark>城市更新</mark>项目¹²,经济发展总体\ufffd"
    norm = normalise(raw)
    assert norm.text == "推进城市更新项目,经济发展总体"
    i = norm.text.index("项目")
    r0, r1 = norm.to_raw_span(i, i + 2)
    assert raw[r0:r1] == "项目"


def test_fullwidth_forms_are_folded():
    assert normalise("ABC123(一)").text == "ABC123(一)"


def test_offsets_respect_base():
    norm = normalise("甲 乙", base=100)
    assert norm.offsets[0] == 100 and norm.to_raw_span(0, 2) == (100, 103)


def test_noise_lines():
    assert is_noise_line("天津市河西年鉴 2024")
    assert is_noise_line("经济发展概况 ........ 23")
    assert is_noise_line("设为首页收藏本站")
    assert is_noise_line("  17  ")
    assert not is_noise_line("2024年,全区地区生产总值增长5%。")


def test_paragraphs_keep_line_numbers_and_sections():
    raw = "导航菜单\n一、工作回顾\n推进 项目建设。完成投资。\n【概况】 区内有街道。"
    paras = list(paragraphs(raw))
    assert [p.line for p in paras] == [2, 3, 4]
    assert paras[1].section == "一、工作回顾"
    assert paras[2].section == "概况"
    p = paras[1]
    assert raw[p.norm.offsets[0]] == "推"
    assert sentence_spans(p.norm.text) == [(0, 7), (7, 12)]


@given(st.text(max_size=200))
def test_offset_map_always_points_into_raw(raw):
    norm = normalise(raw)
    assert len(norm.offsets) == len(norm.text) + 1
    for i, ch in enumerate(norm.text):
        off = norm.offsets[i]
        assert 0 <= off < len(raw)
        if not ch.isspace() and ch.isalnum() and raw[off].isascii() and ch.isascii():
            assert raw[off] == ch
    assert list(norm.offsets[:-1]) == sorted(norm.offsets[:-1])


def test_raw_chars_of_a_span_leave_out_markup_and_keep_original_forms():
    raw = "推动网信<mark>大厦</mark>建设,ABC公司"
    norm = normalise(raw)
    i = norm.text.index("网信大厦")
    assert norm.raw_chars(raw, i, i + 4) == "网信大厦"
    j = norm.text.index("ABC公司")
    assert norm.text[j:j + 3] == "ABC"  # folded for matching
    assert norm.raw_chars(raw, j, j + 5) == "ABC公司"  # as written in the file
