"""Print stored articles sentence by sentence with [start, end) offsets, and check the gold file.

Gold coders need exact character offsets into the *stored* article text (after ingest's
boilerplate removal), so this reads what `eventwire articles --format jsonl` prints rather
than the raw corpus files. The splitter is deliberately simple (paragraphs, then sentence
punctuation followed by a capital, with a list of abbreviations); coders fix the odd bad
split by hand in the gold record, and `--check` then verifies every record against the text.

Usage:
    eventwire articles --db X.duckdb --format jsonl > articles.jsonl
    python show_sentences.py articles.jsonl                 # every article
    python show_sentences.py articles.jsonl --article ID    # one article (id prefix ok)
    python show_sentences.py articles.jsonl --check events.jsonl
    python show_sentences.py articles.jsonl --reanchor events.jsonl   # after ingest changes

`--reanchor` repairs a gold file after ingest changed the stored text (boilerplate rules,
dateline stripping): each record whose sentence no longer hashes right is looked up by its
sha1 in the article with the same source file and index, and its offsets are shifted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

# Tokens ending in "." that do not end a sentence (compared lower-case, without the dot).
ABBREVIATIONS = {
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "rep",
    "sen",
    "gov",
    "st",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "a.m",
    "p.m",
    "inc",
    "corp",
    "co",
    "ltd",
    "prof",
    "rev",
    "jr",
    "sr",
    "etc",
    "i.e",
    "e.g",
    "mt",
    "ft",
    "d.c",
    "n.y",
}
# A sentence may end after . ! ? optionally followed by closing quotes/brackets.
END_RE = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")

VALID_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
VALID_STATUS = {"reported", "denied", "claimed", "threatened", "planned", "hypothetical"}
VALID_SECTORS = {
    "GOV",
    "MIL",
    "POLICE",
    "REBEL",
    "INSURGENT",
    "PROTESTER",
    "CIVILIAN",
    "REFUGEE",
    "IGO",
    "NGO",
    "MEDIA",
    "PARTY",
    "JUDICIARY",
    "OTHER",
}
VALID_PRECISION = {"point", "district", "city", "admin1", "country"}
VALID_DATE_PRECISION = {"day", "week", "month", "year"}


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield [start, end) spans of sentences: paragraphs first, then sentence punctuation."""
    for para in re.finditer(r"[^\n]+", text):
        p_start = para.start()
        chunk = para.group()
        cut = 0
        for m in END_RE.finditer(chunk):
            word = re.search(r"(\S+)$", chunk[: m.start()])
            token = word.group(1).lower().lstrip("(\"'“‘") if word else ""
            if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
                continue  # "U.S. officials", "Gen. Smith", initials like "J. Smith"
            yield from _trimmed(text, p_start + cut, p_start + m.end())
            cut = m.end()
        yield from _trimmed(text, p_start + cut, p_start + len(chunk))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Strip surrounding whitespace from a span; skip empty spans."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def load_articles(path: Path) -> dict[str, dict]:
    """Articles keyed by article_id, from `eventwire articles --format jsonl` output."""
    out: dict[str, dict] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                art = json.loads(line)
                out[art["article_id"]] = art
    return out


def show(art: dict) -> None:
    """Print one article's header and numbered sentences with offsets."""
    src = Path(art.get("source_path") or "").name
    print(
        f"=== {art['article_id']} {src}#{art.get('source_index')} "
        f"published={art.get('published')} | {art.get('title')}"
    )
    text = art["text"]
    for i, (s, e) in enumerate(sentences(text)):
        print(f"[{i:02d}] {s:5d}-{e:<5d} {text[s:e]}")
    print()


def _check_actor(actor: object, text: str, where: str) -> list[str]:
    """Problems with one actor object (null is allowed)."""
    if actor is None:
        return []
    if not isinstance(actor, dict):
        return [f"{where}: not an object"]
    errs = []
    ts, te = actor.get("text_start"), actor.get("text_end")
    if ts is not None or te is not None:
        if not (isinstance(ts, int) and isinstance(te, int) and 0 <= ts < te <= len(text)):
            errs.append(f"{where}: bad text span {ts}-{te}")
    if actor.get("sector") not in VALID_SECTORS:
        errs.append(f"{where}: bad sector {actor.get('sector')!r}")
    if not actor.get("code"):
        errs.append(f"{where}: missing code")
    return errs


def check(gold: Path, articles: dict[str, dict]) -> int:
    """Validate every gold record against the stored text; print problems and counts."""
    errors: list[str] = []
    by_type: Counter[str] = Counter()
    by_source: Counter[str] = Counter()
    seen: set[tuple] = set()
    with gold.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"line {n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: does not parse ({exc})")
                continue
            art = articles.get(rec.get("article_id"))
            if art is None:
                errors.append(f"{where}: unknown article_id {rec.get('article_id')}")
                continue
            text = art["text"]
            s, e = rec.get("start"), rec.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: offsets {s}-{e} outside text of {len(text)}")
                continue
            if hashlib.sha1(text[s:e].encode("utf-8")).hexdigest() != rec.get("sentence_sha1"):
                errors.append(f"{where}: sentence_sha1 does not match text[{s}:{e}]")
            if rec.get("source") != Path(art.get("source_path") or "").name:
                errors.append(f"{where}: source {rec.get('source')!r} mismatch")
            if rec.get("source_index") != art.get("source_index"):
                errors.append(f"{where}: source_index mismatch")
            if rec.get("event_type") not in VALID_TYPES:
                errors.append(f"{where}: bad event_type {rec.get('event_type')!r}")
            if rec.get("status") not in VALID_STATUS:
                errors.append(f"{where}: bad status {rec.get('status')!r}")
            for key in ("actor1", "actor2"):
                errors += _check_actor(rec.get(key), text, f"{where} {key}")
                act = rec.get(key)
                if act and act.get("text_start") is not None:
                    if not (s <= act["text_start"] and act["text_end"] <= e):
                        errors.append(f"{where} {key}: span outside the sentence")
            loc = rec.get("location")
            if loc is not None:
                if loc.get("precision") not in VALID_PRECISION:
                    errors.append(f"{where}: bad location precision")
                lat, lon = loc.get("lat"), loc.get("lon")
                if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    errors.append(f"{where}: bad coordinates")
            if rec.get("date") is not None:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"]):
                    errors.append(f"{where}: bad date {rec['date']!r}")
                if rec.get("date_precision") not in VALID_DATE_PRECISION:
                    errors.append(f"{where}: bad date_precision")
            for key in ("fatalities", "injured"):
                val = rec.get(key)
                if val is not None and (not isinstance(val, int) or val < 0):
                    errors.append(f"{where}: bad {key} {val!r}")
            if not rec.get("incident"):
                errors.append(f"{where}: missing incident label")
            dup = (rec["article_id"], s, e, rec.get("incident"), rec.get("event_type"))
            if dup in seen:
                errors.append(f"{where}: duplicate of an earlier record")
            seen.add(dup)
            by_type[rec.get("event_type")] += 1
            by_source[rec.get("source")] += 1
    for err in errors:
        print(err)
    total = sum(by_type.values())
    print(f"{total} records, {len(errors)} problems")
    print("by type:  " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()))
    print("by source: " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())))
    return 1 if errors else 0


def _find_by_sha1(text: str, length: int, sha1: str, near: int) -> int | None:
    """Start of the span of `length` characters whose sha1 matches, nearest to `near`."""
    hits = [
        p
        for p in range(0, max(0, len(text) - length) + 1)
        if hashlib.sha1(text[p : p + length].encode("utf-8")).hexdigest() == sha1
    ]
    return min(hits, key=lambda p: abs(p - near)) if hits else None


def reanchor(gold: Path, articles: dict[str, dict]) -> int:
    """Rewrite gold offsets and article ids against the current store; report the lost ones."""
    by_source = {
        (Path(a.get("source_path") or "").name, a.get("source_index")): a for a in articles.values()
    }
    out, moved, lost = [], 0, 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        art = articles.get(rec["article_id"]) or by_source.get((rec["source"], rec["source_index"]))
        s, e = rec["start"], rec["end"]
        if art is not None:
            text = art["text"]
            ok = hashlib.sha1(text[s:e].encode("utf-8")).hexdigest() == rec["sentence_sha1"]
            start = s if ok else _find_by_sha1(text, e - s, rec["sentence_sha1"], s)
            if start is not None:
                delta = start - s
                if delta or rec["article_id"] != art["article_id"]:
                    moved += 1
                rec["article_id"] = art["article_id"]
                rec["start"], rec["end"] = s + delta, e + delta
                for key in ("actor1", "actor2"):
                    act = rec.get(key)
                    if act and act.get("text_start") is not None:
                        act["text_start"] += delta
                        act["text_end"] += delta
                out.append(rec)
                continue
        lost += 1
        print(f"cannot re-anchor: {rec['source']}#{rec['source_index']} {s}-{e} {rec['incident']}")
        out.append(rec)
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    print(f"{len(out)} records, {moved} moved, {lost} not found (left unchanged: recode them)")
    return 1 if lost else 0


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", type=Path, help="jsonl from `eventwire articles --format jsonl`")
    ap.add_argument("--article", help="only the article whose id starts with this")
    ap.add_argument("--check", type=Path, metavar="GOLD", help="validate a gold events.jsonl")
    ap.add_argument("--reanchor", type=Path, metavar="GOLD", help="fix offsets after re-ingest")
    args = ap.parse_args(argv)
    articles = load_articles(args.articles)
    if args.reanchor:
        return reanchor(args.reanchor, articles)
    if args.check:
        return check(args.check, articles)
    for art_id, art in articles.items():
        if args.article is None or art_id.startswith(args.article):
            show(art)
    return 0


if __name__ == "__main__":
    sys.exit(main())
