"""Location error list: which matched mentions are placed over 161 km from the gold place, or
at another precision level, and which rule of `EventPlacer.locate` placed them.

For a gold file and a store built as `eventwire evaluate` scores it, prints every matched
mention whose place is wrong (FAR: over 161 km and not the same country at country level) or
whose precision differs (PREC), with the gold name and precision, the predicted ones, the
sentence and the rule: `own toponym` (a place named in the sentence, with its cue), `recent
place`, `there`, `seat`, `council business`, `country-wide`, `main town`, `dateline` or
`country` (a named country, the actors' or the story's main country). The articles concerned
are extracted again with a traced placer to learn the rule. A tally closes the list.

    .venv/bin/python benchmarks/location_errors.py GOLD.jsonl --db STORE
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.evaluate import (
    _km,
    load_gold,
    matched_pairs,  # the matching evaluate uses
)
from eventwire.extract import locations
from eventwire.extract.pipeline import Extractor
from eventwire.store import Store


def _trace() -> dict[tuple[str, int], list[tuple[int, str, str, str]]]:
    """Wrap EventPlacer so that every placement records the rule that produced it:
    (article id, sentence offset) -> [(anchor, place name, precision, rule)]."""
    placer = locations.EventPlacer
    tags: dict[int, str] = {}
    log: dict[tuple[str, int], list[tuple[int, str, str, str]]] = defaultdict(list)
    for meth, tag in (("_recent_place", "recent place"), ("_there", "there"),
                      ("_seat", "seat"), ("_council_business", "council business"),
                      ("_country_wide", "country-wide")):
        orig = getattr(placer, meth)

        def wrapped(self: Any, *a: Any, _orig: Any = orig, _tag: str = tag, **k: Any) -> Any:
            out = _orig(self, *a, **k)
            if out is not None:
                tags[id(out)] = _tag
            return out

        setattr(placer, meth, wrapped)
    orig_locate = placer.locate

    def locate(self: Any, ctx: Any, doc: Any, offset: int, *a: Any, **k: Any) -> Any:
        tags.clear()
        loc = orig_locate(self, ctx, doc, offset, *a, **k)
        anchor = k.get("anchor", a[4] if len(a) > 4 else 0)
        if loc is None:
            rule = "none"
        elif id(loc) in tags:
            rule = tags[id(loc)]
        elif loc is ctx.dateline:
            rule = "dateline"
        elif loc.start is not None and offset <= loc.start < offset + len(doc.text):
            cue = next((t.cue for t in ctx.toponyms if t.start <= loc.start < t.end
                        or loc.start <= t.start < (loc.end or 0)), None)
            rule = f"own toponym (cue {cue!r})"
        elif ctx.main_place is not None and loc.name == ctx.main_place.name and \
                loc.start is None:
            rule = "main town"
        elif loc.precision == "country":
            rule = "country"
        else:
            rule = "other"
        log[(ctx.article.article_id, offset)].append(
            (anchor, loc.name if loc else "", loc.precision if loc else "", rule))
        return loc

    placer.locate = locate  # type: ignore[method-assign]
    return log


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    gold = load_gold(args.gold)
    with Store(args.db) as store:
        pairs = matched_pairs(gold, store)
        texts = {a.article_id: a for a in store.articles()}
    wrong = []
    for g, p in pairs:
        gl, pl = g.get("location"), p.get("location") or {}
        if not gl or gl.get("lat") is None:
            continue
        same_country = gl.get("precision") == "country" and pl.get("precision") == \
            "country" and gl.get("country") == pl.get("country")
        far = not same_country and not (pl.get("lat") is not None and _km(gl, pl) <= 161)
        if far or gl.get("precision") != pl.get("precision"):
            wrong.append((g, p, far))
    log = _trace()
    extractor = Extractor()
    for aid in sorted({p["article_id"] for _, p, _ in wrong}):
        extractor.extract(texts[aid])
    tally: Counter[tuple[str, str]] = Counter()
    for g, p, far in sorted(wrong, key=lambda w: (w[1]["article_id"], w[1]["sentence_start"])):
        gl, pl = g["location"], p.get("location") or {}
        entries = log.get((p["article_id"], p["sentence_start"]), [])
        rule = next((r for _, name, prec, r in entries
                     if name == (pl.get("name") or "") and prec == (pl.get("precision") or "")),
                    entries[0][3] if entries else "?")
        kind = "FAR" if far else "PREC"
        tally[(kind, rule.split(" (")[0])] += 1
        km = f"{_km(gl, pl):.0f} km" if pl.get("lat") is not None else "no place"
        print(f"{kind} [{rule}] {p['article_id']}@{p['sentence_start']} {p['event_type']}  "
              f"gold {gl.get('name')!r}/{gl.get('precision')}  pred {pl.get('name')!r}/"
              f"{pl.get('precision')} ({pl.get('text')!r}, {km})")
        print(f"    {p['mentions'][0]['sentence'][:400]}")
    print("\nTally:")
    for (kind, rule), n in tally.most_common():
        print(f"  {kind:4} {rule:20} {n}")
    scored = sum(1 for g, _ in pairs if (g.get("location") or {}).get("lat") is not None)
    print(f"  wrong {len(wrong)} of {scored}")


if __name__ == "__main__":
    main()
