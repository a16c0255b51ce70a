"""Synthetic wire stories for benchmarks: realistic shape and vocabulary, random content.

Each article is about 600 words: a lead with an incident, follow-up sentences with figures,
reactions, diplomacy and background, in the proportions of real wire copy.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from eventwire.model import Article, article_id_for

PLACES = ["Mosul", "Aleppo", "Idlib", "Kharkiv", "Kherson", "Goma", "Bunia", "El Fasher",
          "Marib", "Hodeidah", "Gao", "Kidal", "Kirkuk", "Deir al-Zor", "Raqqa", "Benghazi",
          "Tripoli", "Sanaa", "Mogadishu", "Kabul", "Kandahar", "Maiduguri", "Cucuta", "Bogota"]
ACTORS = ["Government forces", "Rebel fighters", "Islamic State militants", "Police",
          "Russian warplanes", "Army troops", "Militia fighters", "Security forces",
          "Gunmen", "Turkish-backed rebels", "Kurdish YPG fighters", "Houthi forces"]
VICTIMS = ["civilians", "soldiers", "police officers", "villagers", "fighters", "protesters",
           "people", "children", "aid workers"]
STATES = ["France", "Russia", "Turkey", "Iran", "the United States", "Britain", "Germany",
          "Egypt", "Qatar", "Saudi Arabia", "China", "the European Union", "the United Nations"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "last week", "overnight", "early on Sunday"]

EVENT = [
    "{actor} attacked a checkpoint near {place} {day}, killing {n} {victims} and wounding {m}, "
    "officials said.",
    "At least {n} {victims} were killed and {m} wounded in air strikes on {place} {day}, a "
    "monitoring group said.",
    "A car bomb exploded in a market in {place} {day}, killing {n} people, police said.",
    "{actor} shelled villages south of {place} {day}, residents said.",
    "Police fired tear gas to disperse hundreds of protesters in {place} {day}.",
    "Security forces arrested {n} people suspected of planning attacks in {place}.",
    "{state} urged all sides to respect the ceasefire around {place}.",
    "{state} accused {state2} of supplying weapons to fighters near {place}.",
    "The foreign ministers of {state} and {state2} held talks in Geneva {day}.",
    "{state} imposed sanctions on officials it blamed for the violence in {place}.",
    "Thousands of people protested in {place} {day} against rising prices.",
    "The army deployed reinforcements to {place} after clashes with {actor_l} {day}.",
    "{state} threatened to respond if attacks on its forces near {place} continued.",
    "Officials said talks on a prisoner exchange would resume next week.",
]
BACKGROUND = [
    "The conflict has displaced millions of people since it began more than a decade ago.",
    "The region has long been contested between rival armed groups and the central state.",
    "Analysts say the economy remains fragile after years of instability and high inflation.",
    "The city was once an important trading hub on the route between the coast and the "
    "interior.",
    "Humanitarian agencies say funding for their operations has fallen sharply this year.",
    "Many residents have relatives abroad who send money home every month.",
    "The government says it is committed to reforms but critics remain sceptical.",
    "Prices of bread and fuel have risen steadily, according to local traders.",
    "Diplomats say a broader settlement remains distant despite months of negotiations.",
    "The area is home to several ethnic and religious communities.",
]


def article(rng: random.Random, i: int, words: int = 600) -> Article:
    place = rng.choice(PLACES)

    def fill(t: str) -> str:
        s1, s2 = rng.sample(STATES, 2)
        actor = rng.choice(ACTORS)
        return t.format(actor=actor, actor_l=actor.lower(), place=rng.choice([place, *PLACES]),
                        day=rng.choice(DAYS), n=rng.randint(2, 60), m=rng.randint(2, 90),
                        victims=rng.choice(VICTIMS), state=s1, state2=s2)

    paras, count = [], 0
    while count < words:
        para = " ".join(fill(rng.choice(EVENT if rng.random() < 0.55 else BACKGROUND))
                        for _ in range(rng.randint(1, 3)))
        paras.append(para)
        count += len(para.split())
    text = f"Report number {i}.\n\n" + "\n\n".join(paras)
    published = date(2025, 1, 1) + timedelta(days=rng.randint(0, 300))
    return Article(article_id=article_id_for(text), text=text, source_path="synthetic",
                   source_index=i, outlet="Synthetic Wire", title=f"Synthetic story {i}",
                   published=published, published_basis="given")


def corpus(n: int, seed: int = 7, words: int = 600) -> list[Article]:
    rng = random.Random(seed)
    return [article(rng, i, words) for i in range(n)]
