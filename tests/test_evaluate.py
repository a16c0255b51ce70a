"""The scorer itself: fusion labels from a separate file, pairwise fusion scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import GoldError, _fuse_gold_mentions, _pairwise, load_gold


def gold_record(start: int, incident: str, **kw: Any) -> dict[str, Any]:
    rec = {"article_id": "a1", "start": start, "end": start + 50, "event_type": "ASSAULT",
           "incident": incident, "status": "reported", "date": "2024-05-14",
           "date_precision": "day", "location": None, "actor1": None, "actor2": None}
    rec.update(kw)
    return rec


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_pairwise_counts_pairs() -> None:
    # gold: {1,2,3} {4}; predicted: {1,2} {3,4}
    score = _pairwise([("x", "p"), ("x", "p"), ("x", "q"), ("y", "q")])
    assert score["pairs_gold"] == 3 and score["pairs_predicted"] == 2
    assert score["precision"] == 0.5 and score["recall"] == round(1 / 3, 3)


def test_fusion_file_labels_each_record_in_order(tmp_path: Path) -> None:
    recs = [gold_record(0, "i1"), gold_record(100, "i2")]
    gold = write_jsonl(tmp_path / "gold.jsonl", recs)
    labels = [{k: r[k] for k in ("article_id", "start", "event_type", "incident")}
              | {"event": "same"} for r in recs]
    fusion = write_jsonl(tmp_path / "fusion.jsonl", labels)
    assert [r["event"] for r in load_gold(gold, fusion)] == ["same", "same"]


def test_fusion_file_that_does_not_match_the_gold_names_the_line(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [gold_record(0, "i1"), gold_record(100, "i2")])
    fusion = write_jsonl(tmp_path / "fusion.jsonl", [
        {"article_id": "a1", "start": 0, "event_type": "ASSAULT", "incident": "i1", "event": "e"},
        {"article_id": "a1", "start": 999, "event_type": "ASSAULT", "incident": "i2",
         "event": "e"}])
    with pytest.raises(GoldError, match=r"fusion.jsonl:2: does not match"):
        load_gold(gold, fusion)
    short = write_jsonl(tmp_path / "short.jsonl", [])
    with pytest.raises(GoldError, match="0 lines for 2 gold records"):
        load_gold(gold, short)


def test_gold_mentions_run_through_the_fusion_rules() -> None:
    isis = {"code": "ISIS", "country": None, "sector": None}
    golds = [
        gold_record(0, "bombing", actor1=isis, fatalities=9),
        {**gold_record(0, "bombing", actor1=isis, fatalities=9), "article_id": "a2"},
        gold_record(300, "other", date="2024-05-20", actor1=isis),
    ]
    score = _fuse_gold_mentions(golds, {"a1": "2024-05-15", "a2": "2024-05-15"})
    assert score["f1"] == 1.0 and score["pairs_gold"] == 1


def test_two_acts_of_one_sentence_pair_with_the_gold_they_agree_with() -> None:
    from eventwire.evaluate import _pair_score

    gold_jan = gold_record(0, "goma", event_type="ASSAULT", date="2025-01-15")
    gold_feb = gold_record(0, "bukavu", event_type="ASSAULT", date="2025-02-16")
    pred = {"event_type": "ASSAULT", "actor1": None, "actor2": None, "fatalities": None,
            "sentence_start": 0, "date": "2025-02-16"}
    # type, doer and toll tie: the day decides, not the order the gold lists them in
    assert _pair_score(gold_feb, pred) > _pair_score(gold_jan, pred)
