"""Recognising one story reprinted by several outlets: near-identical text carrying the
same figures. Pure functions; the warehouse supplies the candidates."""

from __future__ import annotations

import re

WORD = re.compile(r"\w+")
SHINGLE = 5


def shingles(text: str, k: int = SHINGLE) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + k]) for i in range(max(len(words) - k + 1, 1))} if words else set()


def containment(a: set, b: set) -> float:
    """Share of the smaller set found in the larger: a trimmed reprint still scores high."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def is_reprint(text: str, figures: list[tuple[str, float]], other_text: str,
               other_figures: list[tuple[str, float]]) -> bool:
    """Whether two texts tell the same story. With figures on both sides they must mostly
    agree (weekly reports share a template but not their numbers) and the wording overlap;
    without figures, the wording alone must be near-identical."""
    overlap = containment(shingles(text), shingles(other_text))
    mine = {(m, round(v, 3)) for m, v in figures if v is not None}
    theirs = {(m, round(v, 3)) for m, v in other_figures if v is not None}
    if mine and theirs:
        return containment(mine, theirs) >= 0.8 and overlap >= 0.3
    return overlap >= 0.7
