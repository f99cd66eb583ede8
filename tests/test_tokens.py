"""The memoised POS tokenizer gives exactly jieba's own output, on first sight and on repeats."""

import jieba.posseg
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.tokens import jieba_words
from extract.viterbi import posseg_viterbi

SENTENCES = [
    "区委副书记、区长胡学明主持会议，天津津融投资服务集团有限公司签约落户。",
    "万科集团在河西区陈塘科技商务区建成智慧产业园，胡学明出席。",
    "纳入穆生军同志调研的重点项目清单。",
]


def test_tokens_match_jieba_posseg_and_cover_the_text():
    for _round in range(2):  # the second round is served from the memo
        for text in SENTENCES:
            ours = jieba_words(text)
            assert [(t.word, t.pos) for t in ours] == [(p.word, p.flag) for p in jieba.posseg.cut(text)]
            assert "".join(t.word for t in ours) == text
            assert all(text[t.start : t.end] == t.word for t in ours)


# characters the POS model knows in many states, a few it knows in one, and ones it never saw
_CHARS = "区长胡学明天津河西陈塘科技商务园智慧产业建成出席穆生军调研点项目清单龘鱻叕㐀的了和"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, min_size=1, max_size=30))
def test_numpy_viterbi_is_jiebas_search(run):
    """The numpy decoder returns jieba's own (score, route) for any run of characters, ties included."""
    import jieba.posseg as posseg
    from jieba.posseg.viterbi import viterbi

    expected = viterbi(run, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    assert posseg_viterbi()(run) == expected


def _parsed_tags(tokenizer: jieba.Tokenizer) -> dict[str, str]:
    """The tags jieba's own POSTokenizer parses from ``tokenizer``'s dictionary file."""
    fresh = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    fresh.tokenizer = tokenizer
    jieba.posseg.POSTokenizer.load_word_tag(fresh, tokenizer.get_dict_file())
    return fresh.word_tag_tab


def test_the_taggers_dictionary_tags_are_what_jieba_parses():
    from extract.grammar import _word_tags
    from extract.tokens import MemoPOSTokenizer, word_tags

    assert word_tags() == _parsed_tags(jieba.dt)
    assert _word_tags() is word_tags()
    tagger = MemoPOSTokenizer(jieba.dt)
    assert tagger.word_tag_tab == jieba.posseg.dt.word_tag_tab
    assert tagger.word_tag_tab is not jieba.posseg.dt.word_tag_tab  # a copy: tagging one never changes the other


def test_a_tagger_over_another_dictionary_reads_that_dictionary(tmp_path):
    from extract.tokens import MemoPOSTokenizer

    small = tmp_path / "dict.txt"
    small.write_text("河西区 100 ns\n胡学明 10 nr\n出席 50 v\n", encoding="utf-8")
    tagger = MemoPOSTokenizer(jieba.Tokenizer(str(small)))
    assert tagger.word_tag_tab == {"河西区": "ns", "胡学明": "nr", "出席": "v"}
