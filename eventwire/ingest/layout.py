"""Recover article structure from raw text: split wire dumps, find title, caption,
byline, dateline, outlet and publication date, and drop boilerplate.

Wire dumps concatenate stories laid out as::

    Title line
    Photo caption (optional)
    By Name and Name (optional)
    DATELINE (Outlet) – first paragraph ...
    body paragraphs ...
    (Reporting by ...; Editing by ...)

A story starts at a dateline or a byline; the credits line, when present, ends it.
The rules live in data/layout.yml so analysts can add outlets and boilerplate.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
FULL_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})\.?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
# Numeric dates: ISO, or day/month/year when the order is certain (one part above 12).
NUMERIC_DATE_RE = re.compile(
    r"\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)"
    r"|(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d))(?!\d)"
)
# "BAGHDAD (Reuters) –", "Ouagadougou (AFP) -", "UNITED NATIONS, May 15 (Reuters) -".
DATELINE_RE = re.compile(
    r"^(?P<place>(?:[A-Z][A-Z.'’\- ]*[A-Z.]|[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){0,2})"
    r"(?:\s*/\s*[A-Z][A-Z.'’\- ]*[A-Z.])*"
    rf"(?:,\s*(?!(?i:{_MONTH_RE})\.?\s+\d)[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|the))*)?)?"
    rf"(?:,?\s*(?P<month>(?i:{_MONTH_RE}))\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>(?:19|20)\d\d))?)?"
    r"\s*\((?P<outlet>[A-Z][^()]{1,40})\)\s*[–—-]{1,2}\s*"
)
# A dateline with no outlet, only on a story's first paragraph: "PORT SUDAN — The death toll",
# "TBILISI, Georgia – Police", "PAPEETE - Police" (a spaced hyphen for the dash, as some
# outlets type it). Capitals and a spaced dash keep ordinary sentences out.
DASH_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]*){0,3}(?:,\s*[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,2})?)\s+[–—-]\s+(?=[A-Z“\"])"
)
# Names may carry initials ("By Helen A. Moor"); any other full stop ends a sentence.
BYLINE_RE = re.compile(r"^By\s+(?P<names>[A-Z](?:[^.!?]|(?<=\b[A-Z])\.){1,150})$")
BULLET_RE = re.compile(r"^\s*[•·▪*-]\s+")
# A line opening with a bullet sign starts a new item even without a blank line before it.
BULLET_LINE_RE = re.compile(r"\n(?=[ \t]*[•·▪][ \t])")
SENTENCE_END = tuple('.!?"”’)')


@dataclass
class Layout:
    """Compiled rules from data/layout.yml."""

    boilerplate: re.Pattern[str]
    credits: re.Pattern[str]
    outlet_footers: list[tuple[re.Pattern[str], str]]
    outlet_aliases: dict[str, str]
    photo_credit: re.Pattern[str]
    file_photo: re.Pattern[str]


@cache
def layout_rules(path: Path = DATA / "layout.yml") -> Layout:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Layout(
        boilerplate=re.compile("|".join(f"(?:{p})" for p in raw["boilerplate"]), re.I),
        credits=re.compile("|".join(f"(?:{p})" for p in raw["credits"]), re.I),
        outlet_footers=[(re.compile(p, re.I), o) for p, o in raw["outlet_footers"].items()],
        outlet_aliases={k.lower(): v for k, v in raw["outlet_aliases"].items()},
        photo_credit=re.compile("|".join(f"(?:{p})" for p in raw["photo_credits"])),
        file_photo=re.compile(raw["file_photo"], re.I),
    )


@dataclass
class ParsedArticle:
    """An article as recovered from the layout, before it gets its id."""

    text: str
    title: str | None = None
    caption: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_basis: str = "unknown"
    url: str | None = None
    source_index: int = 0
    # (month, day) from a dateline that gives no year: dated later from neighbouring stories
    dateline_day: tuple[int, int] | None = None


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs; single newlines when the text has no blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    parts = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    parts = [item for p in parts for item in BULLET_LINE_RE.split(p)]
    return [re.sub(r"\s+", " ", p).strip() for p in parts if p.strip()]


def _words(p: str) -> int:
    return len(p.split())


def is_title_like(p: str) -> bool:
    """Short line without sentence-final punctuation (a headline may end in '?')."""
    return 0 < _words(p) <= 22 and not p.endswith(tuple('.!"”:;,'))


def is_byline(p: str) -> bool:
    return bool(BYLINE_RE.match(p)) and _words(p) <= 16


def byline_names(p: str) -> list[str]:
    m = BYLINE_RE.match(p)
    if not m:
        return []
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", m.group("names"))
    return [n.strip() for n in names if n.strip()]


def find_date(text: str) -> date | None:
    """The latest full calendar date written in text: "May 17, 2016", "17 May 2016",
    "2016-05-17", "17/05/2016" (a numeric date only when its order is certain)."""
    found = []
    for m in FULL_DATE_RE.finditer(text):
        month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y1") or m.group("y2"))
        found.append((year, month, day))
    for m in NUMERIC_DATE_RE.finditer(text):
        if m.group("iy"):
            found.append((int(m.group("iy")), int(m.group("im")), int(m.group("id"))))
            continue
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if (a > 12) != (b > 12):  # 13/05/2025 or 05/13/2025; 05/06/2025 stays unread
            found.append((year, b, a) if a > 12 else (year, a, b))
    dates = []
    for y, mo, d in found:
        try:
            dates.append(date(y, mo, d))
        except ValueError:
            continue
    return max(dates) if dates else None


def _clean_dateline_place(place: str | None) -> str | None:
    if not place:
        return None
    parts = [p.strip() for p in place.split("/") if p.strip()]
    out = []
    for p in parts:
        head, _, rest = p.partition(",")
        head = head.title() if head.isupper() else head
        out.append(head + ("," + rest if rest else ""))
    return "/".join(out)


def _prepare(text: str) -> tuple[list[str], list[bool], list[int], str | None]:
    """Paragraphs without boilerplate, which of them are credit lines, where stories start,
    and the outlet a footer names."""
    rules = layout_rules()
    paras = paragraphs(text)
    footer_outlet = _footer_outlet(paras, rules)
    paras = [p for p in paras if not rules.boilerplate.fullmatch(p)]
    is_credit = [bool(rules.credits.fullmatch(p)) for p in paras]
    return paras, is_credit, _story_starts(paras), footer_outlet


def split_dump(text: str) -> list[ParsedArticle]:
    """Split text holding one article or a dump of many into parsed articles."""
    paras, is_credit, starts, footer_outlet = _prepare(text)
    if not starts:
        return [_single(paras, is_credit, footer_outlet)] if paras else []

    stories: list[ParsedArticle] = []
    prev_end = 0  # index of first paragraph not yet consumed
    # A long preamble before the first dateline is an article of its own.
    header0 = _header_span(paras, is_credit, prev_end, starts[0])
    if header0[0] - prev_end > 3:
        stories.append(
            _single(paras[prev_end : header0[0]], is_credit[prev_end : header0[0]], footer_outlet)
        )
    for k, body_start in enumerate(starts):
        h_start, h_end = _header_span(paras, is_credit, prev_end, body_start)
        next_start = starts[k + 1] if k + 1 < len(starts) else len(paras)
        body_end = next((i for i in range(body_start, next_start) if is_credit[i]), None)
        if body_end is None:
            body_end = (
                _header_span(paras, is_credit, body_start + 1, next_start)[0]
                if k + 1 < len(starts)
                else len(paras)
            )
            prev_end = body_end
        else:
            prev_end = body_end + 1
        story = _assemble(paras[h_start:h_end], paras[body_start:body_end])
        story.source_index = len(stories)
        if story.outlet is None and k + 1 == len(starts):
            story.outlet = footer_outlet
        stories.append(story)
    _date_from_neighbours(stories)
    return [s for s in stories if s.text]


def _date_from_neighbours(stories: list[ParsedArticle]) -> None:
    """A dateline's "May 15" takes its year from the dated stories of the same dump (a dump
    is one period's wire): the year that puts it nearest to them. Basis ``inferred``."""
    dated = [s.published for s in stories if s.published]
    for s in stories:
        if s.published or not s.dateline_day or not dated:
            continue
        month, day = s.dateline_day
        options = []
        for year in {d.year + k for d in dated for k in (-1, 0, 1)}:
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        if options:
            s.published = min(options, key=lambda o: (min(abs((o - d).days) for d in dated), o))
            s.published_basis = "inferred"


def _story_starts(paras: list[str]) -> list[int]:
    """Indices of the first body paragraph of each story (dateline, or after a byline)."""
    starts = []
    for i, p in enumerate(paras):
        if DATELINE_RE.match(p) and _words(p) > 8:
            starts.append(i)
        elif is_byline(p) and i + 1 < len(paras) and not DATELINE_RE.match(paras[i + 1]):
            starts.append(i + 1)
    return starts


def _header_span(
    paras: list[str], is_credit: list[bool], lo: int, body_start: int
) -> tuple[int, int]:
    """The title/caption/byline paragraphs just before a story body: (start, end)."""
    credit = next((i for i in range(body_start - 1, lo - 1, -1) if is_credit[i]), None)
    if credit is not None:
        return credit + 1, body_start
    i = body_start
    if i - 1 >= lo and is_byline(paras[i - 1]):
        i -= 1
    # Walk back over at most a caption and a title.
    taken = 0
    while i - 1 >= lo and taken < 2 and _is_header_para(paras[i - 1]):
        i -= 1
        taken += 1
    if taken == 2 and not is_title_like(paras[i]):
        i += 1  # the first one is body text; keep only the caption-or-title after it
    return i, body_start


def _is_header_para(p: str) -> bool:
    return (
        is_title_like(p)
        or bool(FULL_DATE_RE.search(p))
        or (_words(p) <= 45 and not p.endswith(SENTENCE_END))
    )


def _assemble(header: list[str], body: list[str]) -> ParsedArticle:
    art = ParsedArticle(text="")
    header = list(header)
    if header and is_byline(header[-1]):
        art.byline = byline_names(header.pop())
    if header:
        art.title = header.pop(0)
    if header:
        art.caption = " ".join(header)
    m = DATELINE_RE.match(body[0]) if body else None
    if m:
        art.dateline = _clean_dateline_place(m.group("place"))
        outlet = m.group("outlet").strip()
        art.outlet = layout_rules().outlet_aliases.get(outlet.lower(), outlet)
        body = [body[0][m.end() :], *body[1:]]
        if m.group("month"):
            art.dateline_day = (MONTHS[m.group("month").lower()], int(m.group("day")))
    elif body and (dash := DASH_DATELINE_RE.match(body[0])):
        art.dateline = _clean_dateline_place(dash.group("place"))
        body = [body[0][dash.end() :], *body[1:]]
    body, photo_captions = _body_paragraphs(body)
    art.text = "\n\n".join(body)
    _date_article(art)
    if m and m.group("year") and art.dateline_day and art.published_basis in ("text", "unknown"):
        # "WASHINGTON, Oct. 8, 2016 (Reuters)": the dateline dates the story, not a date in it
        with suppress(ValueError):
            art.published = date(int(m.group("year")), *art.dateline_day)
            art.published_basis = "text"
    if photo_captions:
        art.caption = "\n".join([c for c in [art.caption, *photo_captions] if c])
    return art


def _single(paras: list[str], is_credit: list[bool], footer_outlet: str | None) -> ParsedArticle:
    """One article with no dateline: first title-like paragraph is the title."""
    header: list[str] = []
    body = [p for p, c in zip(paras, is_credit, strict=True) if not c]
    if body and is_title_like(body[0]) and len(body) > 1:
        header.append(body.pop(0))
        if body and is_byline(body[0]):
            header.append(body.pop(0))
    # Trailing headline-like lines on a scraped page are links to other stories.
    while body and is_title_like(body[-1]) and not body[-1].endswith("?"):
        body.pop()
    art = _assemble(header, body)
    art.outlet = art.outlet or footer_outlet
    return art


def _body_paragraphs(body: list[str]) -> tuple[list[str], list[str]]:
    """Split body paragraphs from in-body photo captions; drop sub-headings and repeats."""
    rules = layout_rules()
    out: list[str] = []
    captions: list[str] = []
    for p in body:
        p = BULLET_RE.sub("", p)
        if rules.photo_credit.search(p):
            if p not in captions:
                captions.append(p)
        elif _words(p) <= 5 and not p.endswith(SENTENCE_END) and p.istitle():
            continue
        elif not out or out[-1] != p:
            out.append(p)
    return out, captions


FOOTER_PARAGRAPHS = 3  # footers sit at the very end; earlier mentions are body text


def _footer_outlet(paras: list[str], rules: Layout) -> str | None:
    for p in reversed(paras[-FOOTER_PARAGRAPHS:]):
        for pattern, outlet in rules.outlet_footers:
            if pattern.search(p):
                return outlet
    return None


def _date_article(art: ParsedArticle) -> None:
    """Publication date by basis: dated caption, else the latest full date in the body."""
    caption = art.caption or ""
    if caption and not layout_rules().file_photo.search(caption) and (d := find_date(caption)):
        art.published, art.published_basis = d, "caption"
    elif d := find_date(art.text):
        art.published, art.published_basis = d, "text"


def parse_record_text(text: str) -> ParsedArticle:
    """One article given as a record (JSON, CSV, HTML): clean it but never split it."""
    paras, is_credit, starts, footer_outlet = _prepare(text)
    if starts:
        h_start, _ = _header_span(paras, is_credit, 0, starts[0])
        body = [p for p, c in zip(paras[starts[0] :], is_credit[starts[0] :], strict=True) if not c]
        art = _assemble(paras[h_start : starts[0]], body)
        art.outlet = art.outlet or footer_outlet
        return art
    return _single(paras, is_credit, footer_outlet)
