"""The held-out gold sets (benchmarks/heldout*/events.jsonl) still validate against the text that
ingest stores for their corpus: offsets, sentence sha1s, spans, codes."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"


def _show_sentences():
    spec = importlib.util.spec_from_file_location(
        "show_sentences", ROOT / "benchmarks" / "gold" / "show_sentences.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(
    ("set_name", "n_articles"),
    [("heldout", 14), ("heldout2", 14), ("heldout3", 13), ("heldout4", 14), ("heldout5", 14),
     ("heldout6", 14), ("heldout7", 17), ("heldout8", 16), ("heldout9", 10),
     ("heldout10", 12), ("heldout11", 12), ("heldout12", 12),
     ("heldout13", 12)],
)
def test_heldout_gold_validates(tmp_path: Path, set_name: str, n_articles: int) -> None:
    heldout = BENCH / set_name
    db = tmp_path / "heldout.duckdb"
    cli = [sys.executable, "-m", "eventwire.cli"]
    subprocess.run([*cli, "ingest", str(heldout / "corpus"), "--db", str(db)], check=True,
                   capture_output=True, cwd=ROOT)
    out = subprocess.run([*cli, "articles", "--db", str(db), "--format", "jsonl"], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    arts = tmp_path / "articles.jsonl"
    arts.write_text(out, "utf-8")
    assert len(out.splitlines()) == n_articles
    show = _show_sentences()
    assert show.check(heldout / "events.jsonl", show.load_articles(arts)) == 0
    recs = [json.loads(line) for line in (heldout / "events.jsonl").read_text("utf-8").splitlines()]
    labels: dict[str, set] = {}
    for rec in recs:
        labels.setdefault(rec["incident"], set()).add(rec["event_type"])
    assert all(len(types) == 1 for types in labels.values()), "one incident label, one type"
