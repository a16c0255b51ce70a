"""Cheap sentence splitting with character offsets.

Parsing is the costly step, so sentences are found with rules first and only the ones that
can hold an event go to spaCy. Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm",
    "gov", "sen", "rep", "st", "mt", "ft", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co",
    "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "approx", "est", "dept", "univ", "rev", "pres",
}
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) offsets of sentences in text."""
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        yield from _split_paragraph(text, para.start(), para.end())


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    s = start
    para = text[start:end]
    for m in _BOUNDARY.finditer(para):
        cut = start + m.end()
        word = re.search(r"(\S+)$", text[s : start + m.start()])
        token = word.group(1).lower().rstrip(".") if word else ""
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue  # "U.S. troops", "Gen. Smith", initials "J. Smith"
        if text[s:cut].strip():
            yield _trim(text, s, cut)
        s = cut
    if text[s:end].strip():
        yield _trim(text, s, end)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
