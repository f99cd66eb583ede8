"""The scorer's arithmetic on a small hand-written gold file (GUIDELINES.md format)."""

import json

from typer.testing import CliRunner

from extract.evaluate import Scores, score_paragraph
from graph.cli import app


def test_exact_match_per_label_and_repeated_mentions():
    gold = {"entities": [{"text": "区长", "label": "POST"}, {"text": "区长", "label": "POST"},
                         {"text": "钱 卫东", "label": "PERSON"}],
            "relations": [{"head": "钱卫东", "relation": "HOLDS_POST", "tail": "区长"}]}
    pred = [{"text": "区长", "label": "POST"}, {"text": "钱卫东", "label": "PERSON"},
            {"text": "钱卫", "label": "PERSON"}]
    s = Scores()
    score_paragraph(s, gold, pred, [{"head": "钱卫东", "relation": "HOLDS_POST", "tail": "区长"},
                                    {"head": "钱卫东", "relation": "HOLDS_POST", "tail": "区长"}])
    assert (s.entities["POST"].tp, s.entities["POST"].fp, s.entities["POST"].fn) == (1, 0, 1)
    assert (s.entities["PERSON"].tp, s.entities["PERSON"].fp, s.entities["PERSON"].fn) == (1, 1, 0)
    total = s.entity_total
    assert (total.tp, total.fp, total.fn) == (2, 1, 1)
    assert abs(total.f1 - 2 / 3) < 1e-9
    assert (s.relation_total.tp, s.relation_total.fp, s.relation_total.fn) == (1, 0, 0)


def test_wrong_label_counts_as_one_false_alarm_and_one_miss():
    s = Scores()
    score_paragraph(s, {"entities": [{"text": "天开园", "label": "PARK"}]}, [{"text": "天开园", "label": "PLACE"}], [])
    assert s.entities["PARK"].fn == 1 and s.entities["PLACE"].fp == 1 and s.entity_total.tp == 0


def test_evaluate_command_on_hand_written_gold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    recs = [
        {"id": "a", "text": "区委书记赵明远出席。", "entities": [{"text": "区委书记", "label": "POST"},
         {"text": "赵明远", "label": "PERSON"}], "relations": [{"head": "赵明远", "relation": "HOLDS_POST", "tail": "区委书记"}]},
        {"id": "b", "text": "推动海光寺科技商务区建设。", "entities": [{"text": "海光寺科技商务区", "label": "PARK"},
         {"text": "不存在的名字", "label": "ORG"}], "relations": []},
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["paragraphs"] == 2
    micro = scores["entities"]["micro"]
    assert (micro["tp"], micro["fn"]) == (3, 1)
    assert scores["relations"]["HOLDS_POST"]["tp"] == 1
