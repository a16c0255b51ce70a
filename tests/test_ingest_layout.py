"""Layout recovery: splitting wire dumps and finding title, caption, byline, dateline, outlet
and date. Hand-written cases pin the rules; hypothesis checks the splitter on generated dumps."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest.layout import (
    byline_names,
    find_date,
    is_byline,
    paragraphs,
    parse_record_text,
    split_dump,
)

# -- hand-written cases ---------------------------------------------------------------------


def test_dump_fixture_splits_into_its_three_stories(fixtures_dir: Path) -> None:
    text = (fixtures_dir / "ingest" / "dump.txt").read_text(encoding="utf-8")
    stories = split_dump(text)
    assert [s.title for s in stories] == [
        "Farmers block highway to protest grain import quotas",
        "Mediators meet rival militia leaders in Kestral",
        "Election commission rejects opposition complaint",
    ]
    assert [s.byline for s in stories] == [["Oskar Lind", "Priya Venn"], [], ["Dana Kiro"]]
    assert [s.dateline for s in stories] == ["Darvo", "Loma/Kestral", None]
    assert [s.outlet for s in stories] == ["Reuters", "AFP", "Reuters"]
    assert [s.source_index for s in stories] == [0, 1, 2]
    assert stories[0].caption and stories[0].caption.startswith("Tractors line")
    assert stories[1].caption is None
    # Bodies start after the dateline and stop before the credits.
    assert stories[0].text.startswith("Hundreds of farmers")
    assert stories[2].text.startswith("The national election commission")
    for s in stories:
        assert "(Reuters)" not in s.text and "Editing by" not in s.text
        assert s.title not in s.text


def test_file_photo_caption_does_not_date_the_story(fixtures_dir: Path) -> None:
    stories = split_dump((fixtures_dir / "ingest" / "dump.txt").read_text(encoding="utf-8"))
    assert stories[2].caption and stories[2].caption.startswith("FILE PHOTO")
    assert stories[2].published is None
    assert stories[2].published_basis == "unknown"


def test_dated_caption_gives_publication_date(fixtures_dir: Path) -> None:
    (story,) = split_dump((fixtures_dir / "ingest" / "single.txt").read_text(encoding="utf-8"))
    assert story.published == date(2021, 3, 3)
    assert story.published_basis == "caption"
    assert story.dateline == "Port Celso, Veloria"


def test_date_in_body_is_used_when_caption_has_none() -> None:
    text = (
        "Court delays ruling on land dispute\n\n"
        "TAVRI (Reuters) – A regional court on Monday postponed its ruling on a land dispute "
        "between two villages until after a hearing set for April 4, 2019, lawyers said.\n\n"
        "The dispute dates from a survey carried out on 12 January 2018, they said."
    )
    (story,) = split_dump(text)
    assert story.published == date(2019, 4, 4)
    assert story.published_basis == "text"


def test_photo_caption_inside_body_moves_to_caption() -> None:
    text = (
        "Crowds gather for vigil in Menna\n\n"
        "MENNA (Reuters) – Thousands of people gathered in the central square of Menna on "
        "Sunday evening to remember the victims of last week's fire, organisers said.\n\n"
        "Candles burn in the central square of Menna, Veloria. REUTERS/Lev Orlov\n\n"
        "The city council declared three days of mourning."
    )
    (story,) = split_dump(text)
    assert (
        story.caption == "Candles burn in the central square of Menna, Veloria. REUTERS/Lev Orlov"
    )
    assert "REUTERS/" not in story.text
    assert story.text.endswith("three days of mourning.")


def test_boilerplate_paragraphs_dropped_but_sentences_using_the_same_words_kept() -> None:
    text = (
        "Share\n\nTraders protest new market rules\n\nAdvertisement\n\n"
        "ORSK (AP) – Market traders in Orsk closed their stalls on Thursday and marched to the "
        "town hall, saying new rules would force them to share stalls with newcomers.\n\n"
        "Story continues below advertisement\n\n"
        "Officials said they would print the rules in four languages and email every trader."
    )
    (story,) = split_dump(text)
    assert story.outlet == "AP"
    assert story.title == "Traders protest new market rules"
    assert story.text.endswith("email every trader.")
    assert "share stalls" in story.text
    assert "Advertisement" not in story.text and "Story continues" not in story.text


def test_furniture_notices_dropped_but_news_about_cookies_and_copyright_kept() -> None:
    news = [
        "Regulators fined the publisher over its use of cookies to track readers.",
        "Copyright lawyers said the ruling would change how archives are licensed.",
        "Several firms refused to accept cookies from the new advertising network.",
    ]
    furniture = [
        "We use cookies to improve your experience on this site.",
        "Accept all cookies",
        "© 2022 The Coastal Ledger. All rights reserved.",
        "Copyright 2016 Thomson Reuters.",
        "Copyright (c) Amsel Courier",
    ]
    text = "\n\n".join(news[:1] + furniture[:2] + news[1:] + furniture[2:])
    assert parse_record_text(text).text == "\n\n".join(news)


def test_article_without_dateline_is_one_story_with_title() -> None:
    text = (
        "Storm closes mountain roads\n\n"
        "Heavy snow closed three mountain roads on Tuesday, stranding dozens of lorries.\n\n"
        "Snowploughs were expected to reopen the roads by evening, the road agency said.\n\n"
        "Weather warning issued for coast\n\nFerry services suspended"
    )
    (story,) = split_dump(text)
    assert story.title == "Storm closes mountain roads"
    assert story.dateline is None and story.outlet is None
    # Trailing headline-like lines are links to other stories, not body.
    assert story.text.endswith("the road agency said.")


def test_footer_names_outlet_when_dateline_does_not() -> None:
    text = (
        "Talks resume on fishing rights\n\n"
        "Negotiators from the two countries resumed talks on fishing rights on Monday.\n\n"
        "The previous round ended without agreement in March.\n\n"
        "Before it's here, it's on the Bloomberg Terminal."
    )
    (story,) = split_dump(text)
    assert story.outlet == "Bloomberg"
    assert "Terminal" not in story.text


def test_outlet_named_inside_the_body_is_not_a_footer() -> None:
    text = (
        "Mayor resigns after budget vote\n\n"
        "The mayor of Bremla resigned on Monday after the council rejected her budget.\n\n"
        "She told The Associated Press that she had no plans to stand again.\n\n"
        "The council will choose an acting mayor on Thursday.\n\n"
        "Opposition members said they would propose a new budget within a month.\n\n"
        "Residents said they hoped the dispute would end soon."
    )
    assert parse_record_text(text).outlet is None
    assert split_dump(text)[0].outlet is None


def test_record_text_is_never_split() -> None:
    text = (
        "LOMA (Reuters) – The first paragraph reports a meeting of regional leaders in Loma "
        "on Tuesday.\n\n"
        "KESTRAL (Reuters) – A second paragraph that looks like another story's lead but "
        "belongs to the same record."
    )
    art = parse_record_text(text)
    assert art.dateline == "Loma"
    assert art.text.count("\n\n") == 1 and "belongs to the same record" in art.text
    assert len(split_dump(text)) == 2


def test_paragraphs_handles_crlf_bom_and_hard_wrapping() -> None:
    text = "\ufeffFirst line of a\r\nwrapped paragraph.\r\n\r\nSecond   paragraph.\r\n"
    assert paragraphs(text) == ["First line of a wrapped paragraph.", "Second paragraph."]
    # Without blank lines, every line is a paragraph.
    assert paragraphs("One.\nTwo.\n") == ["One.", "Two."]


def test_bulleted_lines_are_separate_items() -> None:
    text = (
        "Ceasefire talks stall as shelling resumes\n\n"
        "  • Mediators say both sides rejected the latest map\n"
        "  • Shelling resumed near the river crossing\n\n"
        "Talks on a ceasefire stalled on Friday after both sides rejected a map of the "
        "proposed buffer zone, mediators said.\n\n"
        "Residents reported shelling near the river crossing overnight."
    )
    art = parse_record_text(text)
    assert art.title == "Ceasefire talks stall as shelling resumes"
    assert art.text.split("\n\n")[:2] == [
        "Mediators say both sides rejected the latest map",
        "Shelling resumed near the river crossing",
    ]
    assert "•" not in art.text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Marta Ilves", ["Marta Ilves"]),
        ("By Oskar Lind and Priya Venn", ["Oskar Lind", "Priya Venn"]),
        ("By Ana Quill, Jon Aberle and Sara Quint", ["Ana Quill", "Jon Aberle", "Sara Quint"]),
        ("By Ana Quill, Jon Aberle, and Sara Quint", ["Ana Quill", "Jon Aberle", "Sara Quint"]),
        ("By Lev Orlov & Dana Kiro", ["Lev Orlov", "Dana Kiro"]),
        ("By Helen A. Moor", ["Helen A. Moor"]),
    ],
)
def test_byline_names(line: str, names: list[str]) -> None:
    assert is_byline(line)
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    ["By the time the convoy arrived, the road was closed.", "Bystanders watched", "by hand"],
)
def test_not_a_byline(line: str) -> None:
    assert not is_byline(line)


def test_find_date_reads_both_orders_and_takes_the_latest() -> None:
    assert find_date("on May 17, 2016 and 3 June 2016") == date(2016, 6, 3)
    assert find_date("Sept. 4 2017") == date(2017, 9, 4)
    assert find_date("February 30, 2016") is None  # not a date
    assert find_date("in May 2016") is None  # no day: not a full date


# -- generated wire dumps -------------------------------------------------------------------
# Third-person news vocabulary; it includes words that web furniture also uses (share, print,
# email, comment, cookies, copyright, ...) so that removing furniture must not eat sentences.

STARTERS = [
    "The", "Officials", "Police", "Residents", "Several", "Two", "Local", "Troops", "Rebels",
    "Witnesses", "Aid", "A", "Government", "Protesters", "Negotiators", "Farmers", "Doctors",
    "Copyright", "Hundreds", "Regional", "Share", "Print", "Advertising", "Sponsored",
]  # fmt: skip
WORDS = [
    "officials", "said", "the", "army", "village", "council", "talks", "border", "convoy",
    "market", "river", "bridge", "province", "rebels", "troops", "workers", "union", "ministry",
    "police", "protesters", "ceasefire", "election", "court", "governor", "spokesman", "aid",
    "refugees", "camp", "fighting", "district", "capital", "residents", "statement", "agency",
    "week", "night", "near", "after", "before", "with", "from", "into", "over", "under", "about",
    "several", "hundreds", "two", "three", "12", "40", "new", "local", "regional", "national",
    "of", "and", "in", "on", "at", "to", "by", "were", "was", "had", "have", "use", "accept",
    "share", "print", "email", "comment", "comments", "advertisement", "related", "follow",
    "subscribe", "copyright", "cookies", "reading", "continue", "story", "photo", "caption",
    "editing", "reporting", "writing", "terminal", "standards", "reserved", "rights", "sign",
]  # fmt: skip
TITLE_WORDS = [w for w in WORDS if not w.isdigit()]
CITIES = ["Darvo", "Port Celso", "Kestral", "Loma", "Santo Vell", "Orsk", "Tavri", "Bremla",
          "Menna", "Val Doren", "Nova Lir", "Ash-Kareb"]  # fmt: skip
COUNTRIES = ["Veloria", "North Amsel", "Karsk"]
FIRST = ["Marta", "Oskar", "Priya", "Jon", "Sara", "Lev", "Dana", "Ines", "Tomas", "Helen"]
LAST = ["Ilves", "Lind", "Venn", "Aberle", "Quint", "Orlov", "Kiro", "Marlow", "Al-Kareb", "O’Dell"]
# Outlet as written in the dateline -> canonical name.
OUTLETS = {
    "Reuters": "Reuters",
    "REUTERS": "Reuters",
    "Thomson Reuters Foundation": "Thomson Reuters Foundation",
    "AP": "AP",
    "AFP": "AFP",
    "Bloomberg": "Bloomberg",
    "Amsel Courier": "Amsel Courier",
}
DASHES = ["–", "—", "-", "--"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
FURNITURE = [
    "Advertisement", "Share this article", "Story continues below advertisement", "Tweet",
    "Share on Facebook", "Read more: Officials review border plan", "Subscribe now",
    "Continue reading the main story", "Skip to content", "Sponsored content",
]  # fmt: skip


def sentence(min_words: int = 6) -> st.SearchStrategy[str]:
    return st.builds(
        lambda first, rest: " ".join([first, *rest]) + ".",
        st.sampled_from(STARTERS),
        st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=18),
    )


def person() -> st.SearchStrategy[str]:
    initial = st.one_of(st.just(""), st.sampled_from("ABCDEJKLMR").map(lambda c: f" {c}."))
    return st.builds(
        lambda f, i, last: f"{f}{i} {last}",
        st.sampled_from(FIRST),
        initial,
        st.sampled_from(LAST),
    )


@dataclass
class Story:
    """One generated story, its wire rendering and what the splitter should recover."""

    title: str
    paras: list[str]  # body paragraphs, the dateline excluded
    outlet_written: str
    cities: list[str]
    country: str | None
    dash: str
    caption: str | None = None
    caption_date: date | None = None
    byline: list[str] = field(default_factory=list)
    credit: str | None = None
    furniture: dict[int, str] = field(default_factory=dict)  # before body paragraph i

    @property
    def dateline(self) -> str | None:
        if not self.cities:
            return None
        return "/".join(self.cities) + (f", {self.country}" if self.country else "")

    def render(self, wrap: int | None) -> str:
        place = "/".join(c.upper() for c in self.cities)
        if place and self.country:
            place += f", {self.country}"
        lead = (
            f"{place} ({self.outlet_written}) {self.dash} "
            if place
            else (f"({self.outlet_written}) {self.dash} ")
        )
        out = [self.title]
        if self.caption:
            out.append(self.caption)
        if self.byline:
            out.append("By " + _join_names(self.byline))
        for i, p in enumerate(self.paras):
            if i in self.furniture:
                out.append(self.furniture[i])
            p = lead + p if i == 0 else p
            out.append(_wrap(p, wrap) if wrap else p)
        if self.credit:
            out.append(self.credit)
        return "\n\n".join(out)


def _join_names(names: list[str]) -> str:
    if len(names) < 3:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@st.composite
def captions(draw: st.DrawFn) -> tuple[str | None, date | None]:
    kind = draw(st.sampled_from(["none", "plain", "dated", "credited", "file"]))
    if kind == "none":
        return None, None
    words = " ".join(draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=4, max_size=16)))
    first = draw(st.sampled_from(STARTERS))
    city = draw(st.sampled_from(CITIES))
    day = draw(st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)))
    when = f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"
    credit = f"REUTERS/{draw(person())}".replace(".", "")
    if kind == "plain":
        return f"{first} {words}", None
    if kind == "dated":
        return f"{first} {words} in {city}, {when}.", day
    if kind == "credited":
        return f"{first} {words} in {city}. {credit}", None
    return f"FILE PHOTO: {first} {words} in {city}, {when}. {credit}/File Photo", None


@st.composite
def stories(draw: st.DrawFn, bodies: list[list[str]]) -> list[Story]:
    out = []
    for paras in bodies:
        title = " ".join(
            [draw(st.sampled_from(STARTERS))]
            + draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=2, max_size=13))
        )
        caption, caption_date = draw(captions())
        byline = draw(st.lists(person(), max_size=3, unique=True))
        cities = draw(st.lists(st.sampled_from(CITIES), max_size=3, unique=True))
        credit = draw(
            st.one_of(
                st.none(),
                st.builds(lambda a, b: f"(Reporting by {a}; Editing by {b})", person(), person()),
                st.builds(
                    lambda a, b: f"(Writing by {a}; additional reporting by {b} in Loma)",
                    person(),
                    person(),
                ),
            )
        )
        furniture = draw(
            st.dictionaries(
                st.integers(1, max(1, len(paras) - 1)), st.sampled_from(FURNITURE), max_size=2
            )
        )
        out.append(
            Story(
                title=title,
                paras=paras,
                outlet_written=draw(st.sampled_from(sorted(OUTLETS))),
                cities=cities,
                country=draw(st.one_of(st.none(), st.sampled_from(COUNTRIES))) if cities else None,
                dash=draw(st.sampled_from(DASHES)),
                caption=caption,
                caption_date=caption_date,
                byline=byline,
                credit=credit,
                furniture={i: f for i, f in furniture.items() if i < len(paras)},
            )
        )
    return out


@st.composite
def bodies(draw: st.DrawFn) -> list[list[str]]:
    """k stories' body paragraphs; sentences unique across the dump so none can look like a
    repeated paragraph (which the layout rules drop on purpose)."""
    shapes = draw(
        st.lists(st.lists(st.integers(1, 3), min_size=1, max_size=5), min_size=1, max_size=6)
    )
    total = sum(sum(s) for s in shapes)
    pool = iter(draw(st.lists(sentence(), min_size=total, max_size=total, unique=True)))
    return [[" ".join(next(pool) for _ in range(n)) for n in shape] for shape in shapes]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), wrap=st.one_of(st.none(), st.integers(50, 90)), crlf=st.booleans())
def test_split_dump_recovers_generated_stories(
    data: st.DataObject, wrap: int | None, crlf: bool
) -> None:
    generated = data.draw(stories(data.draw(bodies())))
    gap = data.draw(st.sampled_from(["\n\n", "\n\n\n", "\n\n\n\n"]))
    dump = gap.join(s.render(wrap) for s in generated) + "\n"
    if crlf:
        dump = dump.replace("\n", "\r\n")

    found = split_dump(dump)

    assert len(found) == len(generated)
    for want, got in zip(generated, found, strict=True):
        assert got.title == want.title
        assert got.caption == want.caption
        assert got.byline == want.byline
        assert got.dateline == want.dateline
        assert got.outlet == OUTLETS[want.outlet_written]
        # No body sentence lost, no furniture or credit line kept.
        assert got.text == "\n\n".join(want.paras)
        if want.credit:
            assert want.credit not in got.text and want.credit not in (got.caption or "")
        assert got.published == want.caption_date
        assert got.published_basis == ("caption" if want.caption_date else "unknown")


def test_related_link_lists_and_tag_lines_are_furniture() -> None:
    text = (
        "ORSK (AP) – Market traders in Orsk closed their stalls on Thursday.\n\n"
        "Related:\n- Orsk council delays vote on market fees\n- Explainer: who runs the bazaar\n\n"
        "Related: Traders in Samara plan their own strike\n\n"
        "Tags: Russia, Orsk, traders, protest\n\n"
        "Related fighting between stallholders was reported in 2019."
    )
    (story,) = split_dump(text)
    assert "Explainer" not in story.text and "Samara" not in story.text
    assert "Tags:" not in story.text
    assert story.text.endswith("was reported in 2019.")  # a sentence, not a heading


@settings(max_examples=200, deadline=None)
@given(
    paras=st.lists(
        st.lists(sentence(min_words=3), min_size=1, max_size=3).map(" ".join),
        min_size=1,
        max_size=8,
        unique=True,
    ),
    furniture=st.lists(st.tuples(st.integers(0, 8), st.sampled_from(FURNITURE)), max_size=4),
)
def test_boilerplate_removal_never_drops_a_body_sentence(
    paras: list[str], furniture: list[tuple[int, str]]
) -> None:
    with_furniture = list(paras)
    for pos, item in sorted(furniture, reverse=True):
        with_furniture.insert(min(pos, len(with_furniture)), item)
    text = "\n\n".join(with_furniture)

    for parsed in (parse_record_text(text), *split_dump(text)):
        assert parsed.text == "\n\n".join(paras)


def _wrap(p: str, width: int) -> str:
    return textwrap.fill(p, width, break_on_hyphens=False, break_long_words=False)


def test_dateline_with_a_date_dates_the_story_and_takes_its_year_from_the_dump() -> None:
    dump = textwrap.dedent("""\
        Floods cut the coast road

        Villagers wade through water in Harbourtown, March 3, 2024. REUTERS/Ann Lee

        HARBOURTOWN (Reuters) - Floods cut the coast road on Sunday, officials said.

        (Reporting by Ann Lee; Editing by Tom Ray)

        Council backs the port plan

        RIVERTON, March 5 (Reuters) - The city council on Tuesday approved a plan.

        (Reporting by Ann Lee)
        """)
    first, second = split_dump(dump)
    assert (first.published, first.published_basis) == (date(2024, 3, 3), "caption")
    assert second.dateline == "Riverton" and second.outlet == "Reuters"
    assert (second.published, second.published_basis) == (date(2024, 3, 5), "inferred")
    assert second.text.startswith("The city council on Tuesday")


def test_scraped_page_with_a_numeric_date_line_and_a_section_menu() -> None:
    page = textwrap.dedent("""\
        THE VALLEY POST
        News | World | Politics | Sport

        Ministers agree on a new water deal

        14/06/2024 - 09:15

        Lakeside (AFP) - Ministers agreed on Thursday to share the river's water.

        The deal ends a decade of dispute over the dam.
        """)
    (art,) = split_dump(page)
    assert art.title == "Ministers agree on a new water deal"
    assert art.outlet == "AFP" and art.dateline == "Lakeside"
    assert art.published == date(2024, 6, 14)
    assert "News | World" not in art.text and art.text.startswith("Ministers agreed")


@pytest.mark.parametrize("text, expected", [
    ("Posted 2024-06-14T09:15", date(2024, 6, 14)),
    ("14/06/2024", date(2024, 6, 14)),
    ("06/14/2024", date(2024, 6, 14)),
    ("05/06/2024", None),  # day and month could be either way round: no guess
    ("WASHINGTON, Oct. 8, 2016", date(2016, 10, 8)),
])
def test_find_date_formats(text: str, expected: date | None) -> None:
    assert find_date(text) == expected


def test_dateline_without_an_outlet_leaves_the_text() -> None:
    page = "Toll rises after market strike\n\nPORT SUDAN — The death toll rose to 31 on Wednesday."
    (art,) = split_dump(page)
    assert art.dateline == "Port Sudan" and art.text.startswith("The death toll")
    (plain,) = split_dump("Ceasefire holds\n\nNATO officials said the truce held — for now.")
    assert plain.dateline is None


def test_dateline_with_a_spaced_hyphen_leaves_the_text() -> None:
    """Some outlets type the dateline's dash as a spaced hyphen ("MATARAM - Police ..."); left
    in the text, the capitals hid the town from the place recogniser."""
    page = "Curfew lifted on the island\n\nMATARAM - Police lifted a curfew in Mataram on Sunday."
    (art,) = split_dump(page)
    assert art.dateline == "Mataram" and art.text.startswith("Police lifted")
    (plain,) = split_dump("Truce holds\n\nNATO officials said the truce - for now - held.")
    assert plain.dateline is None and plain.text.startswith("NATO officials")
