"""The memoised POS tokenizer gives exactly jieba's own output, on first sight and on repeats."""

import jieba.posseg

from extract.tokens import jieba_words

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
