"""Numbers as publishers write them: 1,245.5 · 1245.5 · 1.167 million · 168 thousand · two · 1,25%.

Pure functions. A number whose grouping is impossible (65,0000) is returned with a
flag instead of being guessed, so that the caller can keep it flagged or drop it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000,
          "тыс": 1_000, "тысяч": 1_000, "млн": 1_000_000, "миллион": 1_000_000, "milyon": 1_000_000}

# A digit group, then optional scale word. Kept permissive: validation happens in parse_number.
NUMBER_RE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[ ,.\u00a0\u202f]\d{3,4})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|mln|billion|тысяч\w*|тыс|млн|миллион\w*|milyon)\b\.?)?"
    r"|(?<![\w-])(?P<word>" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)


COMPOUND = re.compile(r"\s+(\d{1,3})\s+(?:thousand|тысяч\w*|тыс\.?|min)\b", re.I)


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int
    malformed: bool = False


def parse_number(token: str) -> tuple[float, bool]:
    """Value of a digit token and whether its grouping is malformed.

    Thousands groups use ',' or '.' or a space; a single separator followed by one,
    two or four-plus digits is a decimal mark (1,25 -> 1.25; 50,590.3 -> 50590.3).
    """
    token = token.replace("\u00a0", " ").replace("\u202f", " ")
    seps = re.findall(r"[ ,.]", token)
    if not seps:
        return float(token), False
    groups = re.split(r"[ ,.]", token)
    if len(seps) == 1:
        head, tail = groups
        if len(tail) == 3 and seps[0] in ", ":
            return float(head + tail), False
        if len(tail) == 3 and seps[0] == ".":
            # "1.167" is a decimal in English, a thousands mark in az/ru; callers with a
            # scale word ("1.167 million") get the decimal, which is the only sane reading.
            return float(token), False
        if seps[0] == " ":
            return float(head + tail), len(tail) != 3
        if len(tail) == 4:
            return float(head + tail), True
        return float(head + "." + tail), False
    # Several separators: the last may be a decimal mark if it differs from the others.
    if len(set(seps)) == 2 and seps[-1] != seps[0] and seps[-1] != " ":
        int_groups, dec = groups[:-1], groups[-1]
    elif len(groups[-1]) < 3 and all(len(g) == 3 for g in groups[1:-1]):
        # 5,264,14: a decimal comma after thousands commas; read so, but flag it
        return float("".join(groups[:-1]) + "." + groups[-1]), True
    else:
        int_groups, dec = groups, ""
    malformed = any(len(g) != 3 for g in int_groups[1:]) or len(set(seps[: len(int_groups) - 1])) > 1
    value = float("".join(int_groups) + ("." + dec if dec else ""))
    return value, malformed


def find_numbers(text: str) -> list[Number]:
    """Every number in text, with character offsets and the malformed flag."""
    found = []
    for m in NUMBER_RE.finditer(text):
        if m.group("word"):
            found.append(Number(float(WORDS[m.group("word").lower()]), m.start(), m.end()))
            continue
        value, malformed = parse_number(m.group("num"))
        scale = m.group("scale")
        if scale:
            value *= next(factor for word, factor in SCALES.items() if scale.lower().startswith(word))
        end = m.end()
        rest = COMPOUND.match(text, end) if scale and value >= 1_000_000 else None
        if rest:  # "1 million 167 thousand"
            value += int(rest.group(1)) * 1_000
            end = rest.end()
        found.append(Number(value, m.start(), end, malformed))
    return _without_parts(found)


def _without_parts(found: list[Number]) -> list[Number]:
    """Drop numbers inside an earlier one's span (the 167 of '1 million 167 thousand')."""
    out: list[Number] = []
    for n in found:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return out
