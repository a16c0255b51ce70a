"""The fusion gold (benchmarks/gold/fusion.jsonl) stays aligned with the mention gold.

Every fusion line must match the mention record on the same line (article_id, start,
event_type, incident), every event label must carry a single event type, and summary labels
must end in ``#summary``. Reads two small JSONL files only, so it is fast.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold"
KEY = ("article_id", "start", "event_type", "incident")


def _read(name: str) -> list[dict]:
    with open(GOLD / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_fusion_lines_match_gold_records_in_order() -> None:
    mentions = _read("events.jsonl")
    fusion = _read("fusion.jsonl")
    assert len(fusion) == len(mentions)
    for n, (m, f) in enumerate(zip(mentions, fusion, strict=True), start=1):
        assert tuple(f[k] for k in KEY) == tuple(m[k] for k in KEY), f"line {n}"
        assert isinstance(f["event"], str) and f["event"], f"line {n}: empty event label"
        assert set(f) <= set(KEY) | {"event", "note"}, f"line {n}: unexpected fields"


def test_every_event_has_one_type_and_summaries_are_marked() -> None:
    types: dict[str, set[str]] = defaultdict(set)
    for f in _read("fusion.jsonl"):
        types[f["event"]].add(f["event_type"])
        assert f["event"].count("#") <= 1
        if "#" in f["event"]:
            assert f["event"].endswith("#summary"), f["event"]
    mixed = {e: t for e, t in types.items() if len(t) > 1}
    assert not mixed, mixed
