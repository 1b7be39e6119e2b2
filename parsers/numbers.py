"""Numbers as publishers write them: 1,245.5 · 1245.5 · 1.167 million · 168 thousand · two · 1,25%.

Pure functions. A number whose grouping is impossible (65,0000) is returned with a
flag instead of being guessed, so that the caller can keep it flagged or drop it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .vocabulary import Gated, at_first_letters, lowered, trie

_WORDS = tomllib.loads((Path(__file__).parent / "words" / "numbers.toml").read_text(encoding="utf-8"))
WORDS = {w: n for lang in _WORDS["words"].values() if not lang.get("before_scale_only")
         for w, n in lang.items() if type(n) in (int, float)}  # not the flag (a bool is an int)
SCALE_ONLY_WORDS = {w: n for lang in _WORDS["words"].values() if lang.get("before_scale_only")
                    for w, n in lang.items() if type(n) in (int, float)}
# "тысяч*" takes case endings (тысячи, тысячами); "min" does not (minutes, minimum).
SCALES = {w.rstrip("*"): n for w, n in _WORDS["scales"].items()}
_THOUSANDS = "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                      for w, n in _WORDS["scales"].items() if n == 1_000)
_SCALE = "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                  for w in sorted(_WORDS["scales"], key=len, reverse=True))
MULTIPLIERS = _WORDS["multipliers"]
# The words as their matches are looked up, lowered ("ALTI" is "altı").
VALUE_OF = {lowered(w): n for w, n in {**WORDS, **SCALE_ONLY_WORDS}.items()}
_SCALE_ONLY = {lowered(w) for w in SCALE_ONLY_WORDS}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A digit group, then optional scale word. Kept permissive: validation happens in parse_number.
# What may stand before a number is checked in find_numbers (a look-behind here would slow
# every search down threefold). The pattern starts with one digit, not an alternation, so that
# the engine skips to the next digit (2.5x faster).
DIGITS_RE = re.compile(r"(?P<num>\d(?:\d{0,2}(?:[ ,.\u00a0\u202f'’]\d{3,4})+(?:[.,]\d+)?|\d*(?:[.,]\d+)?))"
                       r"(?:\s*(?P<scale>" + _SCALE + r")\b\.?)?", re.I)
# A number glued to a short word before it ("of41,220") is still a number.
GLUED = ("of", "in", "to", "by")
# Number words in a row ("twenty-three", "one hundred and twenty", "сто двадцать", "iki yüz"), then
# a scale word; _compose says how many of them make one number.
_WORD = r"(?<![\w-])(?P<word>(?:{words})(?:(?:-|\s+(?:and\s+)?)(?:{words}))*)(?![\w-])(?:\s+(?P<wscale>" + _SCALE + r")\b)?"
CYRILLIC = re.compile(r"[а-яё]", re.I)
_EN = list(_WORDS["words"]["en"]) + [w for w in MULTIPLIERS if w.isascii()]
# Tried only when the text holds the first three letters of one of the words.
LATIN_WORDS_RE = Gated(re.compile(at_first_letters(_WORD.format(words=trie(_EN))), re.I), {w[:3] for w in _EN})
CYRILLIC_WORDS_RE = re.compile(_WORD.format(words=trie([w for w in WORDS if CYRILLIC.search(w)])), re.I)
# Azerbaijani words ("iki", "üç"), tried only in an Azerbaijani text (find_numbers).
# ("Hər iki(si)" is "both", no count: "Hər ikisi yaralanıb", "hər iki rayonda".)
AZ_WORDS_RE = re.compile(r"(?<!\bhər\s)" + _WORD.format(words=trie(list(_WORDS["words"]["az"]) + [w for w in MULTIPLIERS if not w.isascii()])), re.I)
_WORD_TOKEN = re.compile(r"[^\W\d_]+")
SEPARATOR = re.compile(r"[ ,.]")
SCALE_ONLY_HINT = re.compile(r"\b(?:min|milyon|million|thousand)\b", re.I)
SCALE_ONLY_RE = re.compile(r"(?<![\w-])(?P<sword>" + _alternation(SCALE_ONLY_WORDS) + r")\s+(?P<sscale>" + _SCALE + r")\b", re.I)
# The rest of a compound: "1 million 167 thousand", "2 milyon 40 min", "9 min 214".
COMPOUND_THOUSANDS = re.compile(r"\s+(\d{1,3})\s+(?:" + _THOUSANDS + r")\b\.?", re.I)
COMPOUND_UNITS = re.compile(r"\s+(\d{1,3})\b(?![.,]?\d)", re.I)


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int
    malformed: bool = False


def parse_number(token: str, scaled: bool = False) -> tuple[float, bool]:
    """Value of a digit token and whether its grouping is malformed.

    Thousands groups use ',' or '.' or a space; a single separator followed by one,
    two or four-plus digits is a decimal mark (1,25 -> 1.25; 50,590.3 -> 50590.3).
    A single dot before three digits groups thousands (15.460 ha, as az and ru write it)
    unless a scale word follows (1.167 million).
    """
    if token.isdigit():
        return float(token), False
    token = token.replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ").replace("’", " ")  # (150’000)
    seps = SEPARATOR.findall(token)
    groups = SEPARATOR.split(token)
    if len(seps) == 1:
        head, tail = groups
        if len(tail) == 3 and seps[0] in ", ":
            return float(head + tail), False
        if len(tail) == 3 and seps[0] == ".":
            return (float(token) if scaled else float(head + tail)), False
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


def _scale(word: str | None) -> int:
    if not word:
        return 1
    word = word.lower()
    return max((n for w, n in SCALES.items() if word.startswith(w)), default=1)


def _digits_may_start(text: str, i: int) -> bool:
    if i == 0:
        return True
    before = text[i - 1]
    if before in ".," or (before == ":" and i > 1 and text[i - 2].isdigit()):  # not 1,2 nor the minutes of 15:31
        return False
    if before.isalnum() or before == "_":  # glued to a word: only to a short one ("of41,220")
        return text[max(0, i - 2): i].lower() in GLUED and (i == 2 or not text[i - 3].isalnum())
    return True


def find_numbers(text: str, azerbaijani: bool | None = None) -> list[Number]:
    """Every number in text, with character offsets and the malformed flag. Azerbaijani number
    words are read in a text that is Azerbaijani (by default: that has an ə; a sentence of an
    Azerbaijani text may have none, "iki çoban minaya düşüb")."""
    if azerbaijani is None:
        azerbaijani = "ə" in text or "Ə" in text
    found = []
    for m in DIGITS_RE.finditer(text):
        if not _digits_may_start(text, m.start()):
            continue
        scale = _scale(m.group("scale"))
        value, malformed = parse_number(m.group("num"), scaled=scale > 1)
        value *= scale
        end = m.end()
        if scale >= 1_000_000:
            rest = COMPOUND_THOUSANDS.match(text, end)
            if rest:  # "1 million 167 thousand"
                value += int(rest.group(1)) * 1_000
                end = rest.end()
        if scale == 1_000 and m.group("scale").lower() != "thousand" or value >= 1_000_000 and end > m.end():
            rest = COMPOUND_UNITS.match(text, end)
            if rest:  # "9 min 214", "2 тысячи 417"
                value += int(rest.group(1))
                end = rest.end()
        found.append(Number(value, m.start(), end, malformed))
    for rx in (LATIN_WORDS_RE,) if text.isascii() else (LATIN_WORDS_RE,) + (
            (CYRILLIC_WORDS_RE,) if CYRILLIC.search(text) else ()) + ((AZ_WORDS_RE,) if azerbaijani else ()):
        at = 0
        while m := rx.search(text, at):
            value, length = _compose(m["word"])
            whole = length == len(m["word"])  # else the words after make a number of their own
            if not length:  # (a word the pattern knows and the table does not: never loop on it)
                at = m.end()
                continue
            at = m.end() if whole else m.start() + length
            found.append(Number(float(value * (_scale(m["wscale"]) if whole else 1)), m.start(), at))
    if ("min " in text or "milyon" in text or "illion" in text or "housand" in text) and SCALE_ONLY_HINT.search(text):
        for m in SCALE_ONLY_RE.finditer(text):
            found.append(Number(float(VALUE_OF[lowered(m["sword"])] * _scale(m["sscale"])), m.start(), m.end()))
    return _without_parts(sorted(found, key=lambda n: n.start))


def _compose(phrase: str) -> tuple[float, int]:
    """The value of number words in a row and how many characters of them make it: each word
    must fit the places left ("one hundred and twenty-three": hundreds, tens, units; "сто
    двадцать"), and reading stops at one that does not ("one and two" is one, then two)."""
    value, room, end, after_multiplier = 0.0, float("inf"), 0, False
    for m in _WORD_TOKEN.finditer(phrase):
        word = lowered(m.group())
        if word == "and":
            if not after_multiplier:
                break
            continue
        if word in MULTIPLIERS:
            if value >= 100 or room == 100:  # "two hundred", "fifteen hundred"; not "hundred hundred"
                break
            value, room = (value or 1) * MULTIPLIERS[word], 100
        elif word in VALUE_OF and word not in _SCALE_ONLY and VALUE_OF[word] < room:
            n = VALUE_OF[word]
            value += n
            room = 100 if n >= 100 else 10 if n >= 20 and n % 10 == 0 else 0
        else:
            break
        after_multiplier, end = word in MULTIPLIERS, m.end()
    return value, end


def _without_parts(found: list[Number]) -> list[Number]:
    """Drop numbers inside an earlier one's span (the 167 of '1 million 167 thousand')."""
    out: list[Number] = []
    for n in found:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return out
