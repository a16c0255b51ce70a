"""Score stored events against a hand-coded gold file.

Gold records are event mentions: an article, the character span of the sentence that reports
the event (with its sha1, so the gold survives changes to article ids), and the coded fields.
A predicted mention matches a gold one when their sentences overlap; pairs are matched
greedily, best agreement first, each used once. Detection counts matches regardless of type;
field accuracies are computed over matched pairs (a location is right within 161 km of the
gold point, or, when both are country-level, in the same country: a country's point is only a
convention). When gold records carry an ``incident``
label (or, from a separate fusion file, an ``event`` label), fusion is scored pairwise: do two
mentions share an event exactly when they share a gold event? Twice: end to end, over the
matched predicted mentions (extraction errors count against fusion), and on the gold mentions
themselves run through the fusion step (the fusion rules alone, as coreference work reports
"gold mentions" scores).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.extract.sentences import split_sentences
from eventwire.store import Store

FIELDS = ["event_type", "actor1", "actor2", "actor_country_sector", "date", "fatalities",
          "injured", "status", "location_161km", "location_precision"]


class GoldError(ValueError):
    pass


def load_gold(path: Path, fusion: Path | None = None) -> list[dict[str, Any]]:
    """Gold mention records; with ``fusion``, each also gets the ``event`` label that file
    gives it (one line per record, in order, keyed by article, start, type and incident)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{path}:{n}: invalid JSON ({e.msg})") from e
        for k in ("start", "end", "event_type"):
            if k not in rec:
                raise GoldError(f"{path}:{n}: missing field '{k}'")
        out.append(rec)
    if fusion is not None:
        _add_fusion_labels(out, fusion)
    return out


def _add_fusion_labels(records: list[dict[str, Any]], path: Path) -> None:
    labels = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
              if line.strip()]
    if len(labels) != len(records):
        raise GoldError(f"{path}: {len(labels)} lines for {len(records)} gold records")
    key = ("article_id", "start", "event_type", "incident")
    for n, (rec, lab) in enumerate(zip(records, labels, strict=True), start=1):
        if any(rec.get(k) != lab.get(k) for k in key) or not lab.get("event"):
            raise GoldError(f"{path}:{n}: does not match gold record {n} "
                            f"({', '.join(key)}) or has no 'event'")
        rec["event"] = lab["event"]


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    typed: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    compared: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    fusion: dict[str, float] = field(default_factory=dict)
    fusion_gold_mentions: dict[str, float] = field(default_factory=dict)
    unanchored: int = 0

    @staticmethod
    def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "unanchored_gold": self.unanchored,
            "detection": self.prf(self.matched, self.predicted, self.gold),
            "detection_and_type": self.prf(self.typed, self.predicted, self.gold),
            "accuracy": {f: round(self.correct[f] / self.compared[f], 3)
                         for f in FIELDS if self.compared[f]},
            "compared": {f: self.compared[f] for f in FIELDS},
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
            "fusion": self.fusion,
            "fusion_gold_mentions": self.fusion_gold_mentions,
        }


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _anchor(gold: list[dict[str, Any]], store: Store) -> tuple[dict[str, list[dict[str, Any]]],
                                                               int]:
    """Place every gold record on a stored article and span; by id when the text still
    matches the sha1, else by searching stored sentences for the sha1."""
    texts = {a.article_id: a.text for a in store.articles()}
    by_sha: dict[str, tuple[str, int, int]] = {}
    for aid, text in texts.items():
        for s, e in split_sentences(text):
            by_sha.setdefault(_sha(text[s:e]), (aid, s, e))
    placed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    missing = 0
    for g in gold:
        aid, sha = g.get("article_id"), g.get("sentence_sha1")
        text = texts.get(aid or "")
        if text is not None and (sha is None or _sha(text[g["start"]:g["end"]]) == sha):
            placed[aid].append(g)  # type: ignore[index]
        elif sha and sha in by_sha:
            aid2, s, e = by_sha[sha]
            placed[aid2].append({**g, "article_id": aid2, "start": s, "end": e})
        elif sha and text is not None and (pos := _find_by_sha(text, g, sha)) is not None:
            placed[aid].append({**g, "start": pos[0], "end": pos[1]})  # type: ignore[index]
        else:
            missing += 1
    return placed, missing


def _find_by_sha(text: str, g: dict[str, Any], sha: str) -> tuple[int, int] | None:
    length = g["end"] - g["start"]
    for delta in range(-400, 401):
        s = g["start"] + delta
        if 0 <= s and s + length <= len(text) and _sha(text[s:s + length]) == sha:
            return s, s + length
    return None


def _pair_score(g: dict[str, Any], p: dict[str, Any]) -> tuple[int, ...]:
    """How well a prediction fits a gold mention of its sentence: type first, then the fields
    that tell two acts of one sentence apart (doer, toll, target, day), then nearness."""
    return (int(g["event_type"] == p["event_type"]),
            int(_code(g.get("actor1")) == _code(p.get("actor1"))),
            int(g.get("fatalities") == p.get("fatalities")),
            int(_code(g.get("actor2")) == _code(p.get("actor2"))) +
            int(g.get("date") == p.get("date")),
            -abs(g["start"] - p["sentence_start"]))


def _code(a: dict[str, Any] | None) -> str | None:
    if not a:
        return None
    if a.get("code"):
        return a["code"]
    if a.get("country") or a.get("sector"):
        return f"{a.get('country')}.{a.get('sector')}"
    return None


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _compare(score: Score, g: dict[str, Any], p: dict[str, Any]) -> None:
    def check(name: str, ok: bool) -> None:
        score.compared[name] += 1
        score.correct[name] += int(ok)

    check("event_type", g["event_type"] == p["event_type"])
    check("status", g.get("status", "reported") == p.get("status"))
    check("date", g.get("date") == p.get("date"))
    check("fatalities", g.get("fatalities") == p.get("fatalities"))
    check("injured", g.get("injured") == p.get("injured"))
    for k in ("actor1", "actor2"):
        if g.get(k):
            check(k, _code(g[k]) == _code(p.get(k)))
    for k in ("actor1", "actor2"):
        ga, pa = g.get(k), p.get(k) or {}
        if ga and (ga.get("country") or ga.get("sector")):
            check("actor_country_sector", ga.get("country") == pa.get("country")
                  and ga.get("sector") == pa.get("sector"))
    gl, pl = g.get("location"), p.get("location")
    if gl and gl.get("lat") is not None:
        same_country = bool(pl) and gl.get("precision") == "country" and \
            pl.get("precision") == "country" and gl.get("country") == pl.get("country")
        ok = same_country or bool(pl and pl.get("lat") is not None and _km(gl, pl) <= 161)
        check("location_161km", ok)
        check("location_precision", bool(pl) and gl.get("precision") == pl.get("precision"))


def _placed_predictions(gold: list[dict[str, Any]], store: Store
                        ) -> tuple[dict[str, list[dict[str, Any]]],
                                   dict[str, list[dict[str, Any]]], int]:
    """Gold records by article (anchored), the store's mentions of those articles, and how
    many gold records found no article."""
    placed, missing = _anchor(gold, store)
    predicted: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in store.mention_records():
        if rec["article_id"] in placed:
            predicted[rec["article_id"]].append(rec)
    return placed, predicted, missing


def match_article(golds: list[dict[str, Any]], preds: list[dict[str, Any]]
                  ) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]],
                             list[dict[str, Any]], list[dict[str, Any]]]:
    """(matched pairs, unmatched gold, unmatched predicted) of one article: a prediction
    matches a gold record when their sentences overlap, best agreement first, each used once."""
    candidates = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            ps, pe = p["sentence_start"], p["mentions"][0]["sentence_end"]
            if ps < g["end"] and g["start"] < pe:
                candidates.append((_pair_score(g, p), gi, pi))
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((golds[gi], preds[pi]))
    return (pairs, [g for gi, g in enumerate(golds) if gi not in used_g],
            [p for pi, p in enumerate(preds) if pi not in used_p])


def matched_pairs(gold: list[dict[str, Any]], store: Store
                  ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every (gold, predicted) pair `evaluate` matches: for error lists and diagnostics."""
    placed, predicted, _ = _placed_predictions(gold, store)
    return [pair for aid, golds in placed.items()
            for pair in match_article(golds, predicted.get(aid, []))[0]]


def evaluate(gold: list[dict[str, Any]], store: Store) -> Score:
    placed, predicted, missing = _placed_predictions(gold, store)
    event_of = dict(store.fetchall("SELECT mention_id, event_id FROM mentions"))
    score = Score(gold=len(gold), unanchored=missing)
    pairs_all: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for aid, golds in placed.items():
        preds = predicted.get(aid, [])
        score.predicted += len(preds)
        pairs, missed, spurious = match_article(golds, preds)
        for g, p in pairs:
            score.matched += 1
            score.typed += int(g["event_type"] == p["event_type"])
            score.confusion[(g["event_type"], p["event_type"])] += 1
            _compare(score, g, p)
        pairs_all += pairs
        for g in missed:
            score.confusion[(g["event_type"], "MISSED")] += 1
        for p in spurious:
            score.confusion[("SPURIOUS", p["event_type"])] += 1
    score.fusion = _pairwise([(_gold_event(g), event_of.get(p["mention_id"]))
                              for g, p in pairs_all if _gold_event(g)])
    published = dict(store.fetchall("SELECT article_id, published FROM articles"))
    score.fusion_gold_mentions = _fuse_gold_mentions(
        [g for golds in placed.values() for g in golds], published)
    return score


def _gold_event(g: dict[str, Any]) -> tuple[str, str] | None:
    """The gold event of a record: its fusion label, else its incident label within its type
    (an event has one type, so the protest and the riot at one rally are two events)."""
    if g.get("event"):
        return (g["event"], "")
    return (g["incident"], g["event_type"]) if g.get("incident") else None


def _fuse_gold_mentions(golds: list[dict[str, Any]],
                        published: dict[str, Any]) -> dict[str, float]:
    """Run the fusion step on the gold mentions as coded: the fusion rules' own score."""
    from eventwire.fuse import cluster

    mentions = []
    for n, g in enumerate(golds):
        if not _gold_event(g):
            continue
        m = {**g, "mention_id": f"gold{n:06d}", "sentence_start": g["start"],
             "published": published.get(g["article_id"]),
             "date_text": g.get("date_text") or (g.get("date") and "coded")}
        for k in ("actor1", "actor2"):
            m[k] = {**g[k], "code": _code(g[k])} if g.get(k) and _code(g[k]) else None
        mentions.append(m)
    event_of = {m["mention_id"]: n for n, c in enumerate(cluster(mentions)) for m in c}
    return _pairwise([(_gold_event(m), event_of[m["mention_id"]]) for m in mentions])


def _pairwise(labelled: list[tuple[Any, Any]]) -> dict[str, float]:
    """Pairwise precision/recall over (gold event, predicted event) pairs."""
    tp = fp = fn = 0
    for (gi, pi), (gj, pj) in combinations(labelled, 2):
        same_gold, same_pred = gi == gj, pi is not None and pi == pj
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    if not labelled:
        return {}
    return {"pairs_gold": tp + fn, "pairs_predicted": tp + fp, **Score.prf(tp, tp + fp, tp + fn)}


def format_report(score: Score) -> str:
    d = score.as_dict()
    lines = [f"gold mentions {d['gold']}, predicted {d['predicted']}, matched {d['matched']}"
             + (f", gold not found in store {d['unanchored_gold']}" if d["unanchored_gold"]
                else "")]
    for k in ("detection", "detection_and_type"):
        v = d[k]
        lines.append(f"{k:<20} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}")
    lines.append("accuracy on matched events:")
    for f, v in d["accuracy"].items():
        lines.append(f"  {f:<22} {v:.3f}  (n={d['compared'][f]})")
    for k, label in (("fusion", "fusion pairwise"), ("fusion_gold_mentions", "  on gold mentions")):
        if fu := d[k]:
            lines.append(f"{label:<20} P {fu['precision']:.3f}  R {fu['recall']:.3f}  "
                         f"F1 {fu['f1']:.3f}  (gold pairs {fu['pairs_gold']})")
    lines.append("confusion (gold -> predicted):")
    types = sorted({g for g, _ in score.confusion} | {p for _, p in score.confusion})
    cols = [t for t in types if any(score.confusion[(g, t)] for g in types)]
    lines.append("  " + " " * 10 + " ".join(f"{c[:7]:>7}" for c in cols))
    for g in types:
        if any(score.confusion[(g, c)] for c in cols):
            lines.append(f"  {g[:10]:<10}" + " ".join(
                f"{score.confusion[(g, c)] or '.':>7}" for c in cols))
    return "\n".join(lines)
