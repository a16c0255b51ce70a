"""Compile a held-out set's coding_sheet.py into events.jsonl (the gold record format of
benchmarks/gold/).

    python benchmarks/heldout/build_gold.py [--set SET_DIR] ARTICLES.jsonl [OUT]
    (SET_DIR defaults to benchmarks/heldout; OUT to SET_DIR/events.jsonl)

ARTICLES.jsonl is `eventwire articles --format jsonl` of a store ingested from
SET_DIR/corpus only. Each sheet row's sentence is found by a unique piece of its text,
actor spans by their words (whole-word match, first occurrence in the sentence).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "gold"))

from show_sentences import sentences  # noqa: E402


def _load_sheet(set_dir: Path):
    """The coding_sheet module of a held-out set directory."""
    spec = importlib.util.spec_from_file_location("coding_sheet", set_dir / "coding_sheet.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _actor(cs, spec, which, sentence, offset, where, errors):
    """The gold actor of a sheet spec (key, words), its span found by its words."""
    if spec is None:
        return None
    key, words = spec
    name, country, sector, code = cs.A[key]
    ts = te = None
    if words is not None:
        m = re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", sentence)
        if not m:
            errors.append(f"{where}: {which} words {words!r} not in sentence")
            return None
        ts, te = offset + m.start(), offset + m.end()
    return {"text_start": ts, "text_end": te, "name": name, "country": country,
            "sector": sector, "code": code}


def main(argv: list[str]) -> int:
    set_dir = HERE
    if argv[:1] == ["--set"]:
        set_dir, argv = Path(argv[1]).resolve(), argv[2:]
    cs = _load_sheet(set_dir)
    lines = Path(argv[0]).read_text("utf-8").splitlines()
    arts = [json.loads(line) for line in lines if line.strip()]
    out = Path(argv[1]) if len(argv) > 1 else set_dir / "events.jsonl"
    by_src = {(Path(a["source_path"]).name, a["source_index"]): a for a in arts}
    errors, recs = [], []
    for n, row in enumerate(cs.R):
        art = by_src[cs.ARTICLES[row["art"]]]
        text = art["text"]
        hits = [(s, e) for s, e in sentences(text) if row["sent"] in text[s:e]]
        if len(hits) != 1:
            errors.append(f"row {n} {row['inc']}: sentence piece matched {len(hits)} sentences")
            continue
        s, e = hits[0]
        where = f"row {n} {row['inc']}"

        def actor(spec, which, s=s, e=e, text=text, where=where):
            return _actor(cs, spec, which, text[s:e], s, where, errors)

        loc = None
        if row["loc"]:
            name, country, lat, lon, prec = cs.L[row["loc"]]
            loc = {"name": name, "country": country, "lat": lat, "lon": lon, "precision": prec}
        recs.append({
            "article_id": art["article_id"],
            "source": Path(art["source_path"]).name,
            "source_index": art["source_index"],
            "start": s,
            "end": e,
            "sentence_sha1": hashlib.sha1(text[s:e].encode("utf-8")).hexdigest(),
            "incident": row["inc"],
            "event_type": row["typ"],
            "mode": row["mode"],
            "status": row["status"],
            "actor1": actor(row["a1"], "actor1"),
            "actor2": actor(row["a2"], "actor2"),
            "location": loc,
            "date": row["date"],
            "date_precision": row["dp"],
            "fatalities": row["fat"],
            "injured": row["inj"],
            "attribution": row["attr"],
        })
    # one label, one event type
    types: dict[str, set] = {}
    for rec in recs:
        types.setdefault(rec["incident"], set()).add(rec["event_type"])
    errors += [f"incident {k} has types {sorted(v)}" for k, v in types.items() if len(v) > 1]
    for err in errors:
        print(err)
    if errors:
        return 1
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    print(f"wrote {len(recs)} records to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
