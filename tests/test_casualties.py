"""Casualty figures: counts, bounds, anchors, incident grouping, non-casualty numbers, speed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.casualties import Figure, find_figures, group_by_incident

DATA = Path(__file__).resolve().parents[1] / "eventwire" / "extract" / "data"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def triples(sentence: str) -> list[tuple[str, int, bool]]:
    return [(f.kind, f.count, f.lower_bound) for f in find_figures(sentence)]


K, J = "killed", "injured"  # kinds: K killed, J injured (I is ambiguous to ruff)

CASES = [
    # (sentence, [(kind, count, lower_bound), ...] in text order)
    ("At least 72 people were killed and more than 140 wounded when bombs hit two markets.",
     [(K, 72, True), (J, 140, True)]),
    ("Gunmen stormed a checkpoint overnight, killing six and wounding 21.",
     [(K, 6, False), (J, 21, False)]),
    ("A blast which killed 38 people and wounded over 70 in the old town was claimed by rebels.",
     [(K, 38, False), (J, 70, True)]),
    ("The truck bomb killed at least 28 dead and 57 wounded near the bus station.",
     [(K, 28, True), (J, 57, False)]),
    ("Twenty-two rebels were wounded in the fighting.", [(J, 22, False)]),
    ("The ambush killed forty-seven recruits.", [(K, 47, False)]),
    ("The famine killed three hundred villagers.", [(K, 300, False)]),
    ("Floods have killed 1,100 people across the delta.", [(K, 1100, False)]),
    ("The war has killed 2.5 million people, the agency estimates.", [(K, 2_500_000, False)]),
    ("Dozens of students were killed and hundreds wounded.", [(K, 24, True), (J, 200, True)]),
    ("Scores of marchers were hurt in the stampede.", [(J, 40, True)]),
    ("Thousands have died since the siege began.", [(K, 2000, True)]),
    ("A transport plane crashed near the base, killing both pilots.", [(K, 2, False)]),
    ("A man was killed when a shell hit his house.", [(K, 1, False)]),
    ("One soldier died and another was missing.", [(K, 1, False)]),
    ("The death toll rose to 17 on Sunday.", [(K, 17, False)]),
    ("Officials said the death count had risen to 19 and scores were wounded.",
     [(K, 19, False), (J, 40, True)]),
    ("The governor said 17 dead had been taken to the morgue.", [(K, 17, False)]),
    ("The explosion left 5 people dead and the market in ruins.", [(K, 5, False)]),
    ("Riot police charged the crowd, wounding dozens.", [(J, 24, True)]),
    ("Several police officers were injured during the march.", [(J, 3, True)]),
    ("No one was hurt in the fire.", [(K, 0, False), (J, 0, False)]),
    ("There were no casualties, the ministry said.", [(K, 0, False), (J, 0, False)]),
    ("The border guards suffered no losses in the raid.", [(K, 0, False)]),
    ("The army said its jets neutralized 28 jihadists in the hills.", [(K, 28, False)]),
    ("The six-year insurgency which has killed 250,000 people shows no sign of ending.",
     [(K, 250_000, False)]),
    ("The offensive has killed close to half a million people.", [(K, 500_000, False)]),
    ("The fighting has killed hundreds of thousands of civilians.", [(K, 200_000, True)]),
    ("A few hundred protesters were injured.", [(J, 300, True)]),
    ("Five soldiers and two civilians were killed at the gate.", [(K, 7, False)]),
    ("The raid killed 5 soldiers and 3 civilians near the border.", [(K, 8, False)]),
    ("Eleven people were killed 30 wounded in the port city.", [(K, 11, False), (J, 30, False)]),
    ("Four members of the presidential guard were killed in the capital.", [(K, 4, False)]),
    ("12 killed, 40 wounded in bus blast", [(K, 12, False), (J, 40, False)]),
    ("At least 9 dead: local media", [(K, 9, True)]),
    ("One of them was shot dead at the scene.", [(K, 1, False)]),
    ("The deaths of three journalists drew condemnation.", [(K, 3, False)]),
    ("Nobody died in the collapse.", [(K, 0, False)]),
    ("No one was killed, but 12 people were injured.", [(K, 0, False), (J, 12, False)]),
    ("About 30 people were wounded by rubber bullets.", [(J, 30, False)]),
    ("Police said 19 officers had been “neutralised” in the clashes.", [(K, 19, False)]),
    ("Several thousand people have been killed in the region.", [(K, 3000, True)]),
    ("The blast killed 3 and injured 10-15 people.", [(K, 3, False), (J, 10, True)]),
    ("The quake killed three hundred and forty-seven people.", [(K, 347, False)]),
    ("The storm killed 1.2m people.", [(K, 1_200_000, False)]),
    ("None of the passengers were injured.", [(J, 0, False)]),
    ("The number of dead rose to 40 overnight.", [(K, 40, False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_figures(sentence: str, expected: list[tuple[str, int, bool]]) -> None:
    assert triples(sentence) == expected


NOT_CASUALTIES = [
    "On May 17, 2016 the ministers met in the capital.",
    "The rebels were driven back in 2014 and again in 2015.",
    "The convoy stopped 4 km from the border.",
    "The reserve covers 1,100 square km of forest.",
    "The donors pledged $500 million to rebuild the port.",
    "More than 10,000 migrants have been stranded at the border.",
    "Some 40.8 million people were displaced worldwide last year.",
    "A boy aged 14 was arrested at the scene.",
    "Over the past 24 hours the army fired 300 rockets.",
    "There were no immediate reports of casualties.",
    "Three bombs exploded in the market district.",
    "A car bomb killed at a checkpoint is what the report says.",  # no count after "killed"
    "The attackers killed the guard and fled.",
    "More than 500 women a day die from preventable causes.",
]


@pytest.mark.parametrize("sentence", NOT_CASUALTIES)
def test_not_casualties(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_year_shaped_count_with_person_noun() -> None:
    assert triples("The 2000 people killed in the quake were buried.") == [(K, 2000, False)]


def test_active_count_is_not_the_agent() -> None:
    # "three bombings" is the agent, not a count of victims
    assert triples("Three bombings killed 72 people in the capital.") == [(K, 72, False)]
    assert triples("Two rockets have killed a child.") == [(K, 1, False)]


def test_text_and_span() -> None:
    s = "At least 72 people were killed and more than 140 wounded, police said."
    figs = find_figures(s)
    assert [f.text for f in figs] == ["At least 72 people were killed", "more than 140 wounded"]
    for f in figs:
        assert s[f.start:f.end] == f.text


def test_anchor_points_at_casualty_word() -> None:
    s = "Gunmen stormed a checkpoint, killing six and wounding 21."
    figs = find_figures(s)
    assert [s[f.anchor:].split()[0].strip(".,") for f in figs] == ["killing", "wounding"]
    s = "The death toll rose to 17."
    (f,) = find_figures(s)
    assert s[f.anchor:].startswith("death toll")
    s = "No one was hurt."
    assert {s[f.anchor:f.anchor + 4] for f in find_figures(s)} == {"hurt"}


def test_separate_incidents_grouped_by_anchor() -> None:
    s = ("A car bomb in the north killed at least 28 and wounded 57, and another car blew up in "
         "the south, killing six and wounding 21, the sources said.")
    figs = find_figures(s)
    assert [(f.kind, f.count) for f in figs] == [(K, 28), (J, 57), (K, 6), (J, 21)]
    anchors = [f.anchor for f in figs]
    assert anchors == sorted(anchors) and len(set(anchors)) == 4
    groups = group_by_incident(figs, s)
    assert [[(f.kind, f.count) for f in g] for g in groups] == [[(K, 28), (J, 57)],
                                                                [(K, 6), (J, 21)]]


def test_group_pairs_across_plain_comma_but_not_clauses() -> None:
    s = "Ten people were killed, 52 wounded in the city."
    assert [len(g) for g in group_by_incident(find_figures(s), s)] == [2]
    s = "The blast killed 5 people; in a separate attack rebels wounded 12."
    assert [len(g) for g in group_by_incident(find_figures(s), s)] == [1, 1]
    s = "The strike killed 20 people, police said, and wounded 30."
    assert [len(g) for g in group_by_incident(find_figures(s), s)] == [2]
    s = "The shelling killed 4 and killed 9 more later."
    groups = group_by_incident(find_figures(s), s)
    assert [[f.count for f in g] for g in groups] == [[4], [9]]


def test_group_handles_zero_pair_and_empty() -> None:
    s = "No one was hurt."
    groups = group_by_incident(find_figures(s), s)
    assert len(groups) == 1 and {f.kind for f in groups[0]} == {K, J}
    assert group_by_incident([], "Nothing happened.") == []


def test_each_count_used_once() -> None:
    s = "The bombing killed at least 28 dead and 57 wounded."
    counts = [f.count for f in find_figures(s)]
    assert counts == [28, 57]


def _yaml(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _walk(x: object) -> list[object]:
    if isinstance(x, dict):
        return [*x.keys(), *(v for val in x.values() for v in _walk(val))]
    if isinstance(x, list):
        return [v for val in x for v in _walk(val)]
    return [x]


@pytest.mark.parametrize("name", ["numbers.yml", "casualties.yml"])
def test_data_files_hold_no_yaml_booleans(name: str) -> None:
    assert not [v for v in _walk(_yaml(name)) if isinstance(v, bool)]


def test_every_anchor_passes_prefilter() -> None:
    cas = _yaml("casualties.yml")
    stems = re.compile("|".join(cas["prefilter"]), re.IGNORECASE)
    phrases = [p for d in cas["backward"].values() for p in d]
    phrases += [p for d in cas["forward"].values() for p in d]
    phrases += list(cas["toll"]["phrases"])
    assert all(stems.search(p) for p in phrases), [p for p in phrases if not stems.search(p)]
    for z in cas["zero"]:
        anchors = re.search(r"\(\?P<anchor>([^)]*)\)", z["pattern"]).group(1)
        for word in anchors.replace("\\s+", " ").split("|"):
            assert stems.search(word), word


PIECES = list("abcdefk lo17,.-'\"") + [
    " killed ", " wounded ", " at least ", " dozens ", " were ", " and ", " no one ", " 2014 ",
    " the death toll rose to ", " three hundred ", " people ", " hundreds of thousands of "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_random_text_spans_are_consistent(s: str) -> None:
    for f in find_figures(s):
        assert isinstance(f, Figure)
        assert s[f.start:f.end] == f.text and f.count >= 0 and f.kind in (K, J)
        assert 0 <= f.anchor < len(s)



def test_a_toll_may_name_its_incident_before_the_count() -> None:
    [f] = find_figures("The death toll from a rocket attack on the market on Sunday has risen "
                       "to 41, medics said.")
    assert (f.kind, f.count) == ("killed", 41)
    assert find_figures("The toll in the town, officials said, was high.") == []
