"""Fusion error list: which matched mention pairs end-to-end fusion wrongly merges or splits.

For a gold file and a store built as `eventwire evaluate` scores it, prints every pair of
matched predicted mentions that share a predicted event but not a gold one (MERGED), and every
pair that shares a gold event but not a predicted one (SPLIT), with both sentences, the fields
fusion reads (type, status, mode, date, place, actors, figures) and, for a split pair, the
first rule that keeps the two mentions apart (or "cluster" when the pair itself fits and other
members of the clusters keep them apart). A tally of the reasons closes the list.

    .venv/bin/python benchmarks/fusion_errors.py GOLD.jsonl --db STORE [--fusion FUSION.jsonl]
"""

from __future__ import annotations

import argparse
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire import fuse
from eventwire.evaluate import _gold_event, load_gold, matched_pairs
from eventwire.store import Store


def why_apart(m: dict[str, Any], n: dict[str, Any]) -> str:
    """The first fusion rule that keeps two mentions apart, checked in `_consistent`'s order."""
    if m["article_id"] == n["article_id"] and m["sentence_start"] == n["sentence_start"]:
        return "same sentence"
    if m["event_type"] != n["event_type"]:
        return "type"
    if fuse._status_group(m) != fuse._status_group(n):
        return "status"
    same = m["article_id"] == n["article_id"]
    if m.get("mode") and n.get("mode") and not fuse._modes_fit(m["mode"], n["mode"]) and (
            not same or (m["mode"] == "beating") != (n["mode"] == "beating")):
        return "mode"
    if same and (fuse._named_days_differ(m, n) or fuse._weekdays_differ(m, n) or
                 fuse._told_times_differ(m, n)):
        return "date"
    if m.get("date") and n.get("date"):
        if not fuse._dates_fit(m, n) and not fuse._same_toll_followup(m, n) and \
                not fuse._claim_after(m, n) and not fuse._claim_after(n, m):
            return "date"
    elif not same and not fuse._undated_compatible(m, n):
        return "undated"
    elif same and (fuse._background(m, n) or fuse._background(n, m)):
        return "background"
    if not fuse._places_fit(m, n):
        return "place"
    if not fuse._actors_fit(m, n):
        return "actors"
    if not fuse._consistent(m, n):
        return "figures"
    if not fuse._positive_evidence(m, n):
        return "no specific"
    return "cluster"


def _actor(a: dict[str, Any] | None) -> str:
    return (a or {}).get("code") or "-"


def describe(p: dict[str, Any]) -> str:
    loc = p.get("location") or {}
    return (f"{p['event_type']}/{p['status']}/{p.get('mode') or '-'} "
            f"date={p.get('date')}({p.get('date_precision') or '-'}:{p.get('date_text') or ''}) "
            f"place={loc.get('name')}({loc.get('precision')}) "
            f"a1={_actor(p.get('actor1'))} a2={_actor(p.get('actor2'))} "
            f"k={p.get('fatalities')} i={p.get('injured')} pub={p.get('published')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--db", required=True)
    ap.add_argument("--fusion", type=Path)
    args = ap.parse_args()
    store = Store(args.db)
    pairs = [(g, p) for g, p in matched_pairs(load_gold(args.gold, args.fusion), store)
             if _gold_event(g)]
    event_of = dict(store.fetchall("SELECT mention_id, event_id FROM mentions"))
    tally: Counter[str] = Counter()
    for (g, p), (h, q) in combinations(pairs, 2):
        same_gold = _gold_event(g) == _gold_event(h)
        same_pred = event_of.get(p["mention_id"]) == event_of.get(q["mention_id"])
        if same_gold == same_pred:
            continue
        kind = "MERGED" if same_pred else "SPLIT " + why_apart(p, q)
        tally[kind] += 1
        print(f"== {kind}  gold {_gold_event(g)[0]} / {_gold_event(h)[0]}")
        for x, y in ((g, p), (h, q)):
            print(f"   [{y['article_id'][:6]}@{y['sentence_start']}] "
                  f"{y['mentions'][0]['sentence'][:220]}")
            print(f"      pred {describe(y)}")
            print(f"      gold {x['event_type']} date={x.get('date')} "
                  f"place={(x.get('location') or {}).get('name')} "
                  f"a1={_actor(x.get('actor1'))} a2={_actor(x.get('actor2'))}")
    for kind, n in tally.most_common():
        print(f"{n:5d}  {kind}")


if __name__ == "__main__":
    main()
