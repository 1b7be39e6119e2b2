"""Attribution of parts: whose or which share of a whole a figure counts — an operator's, a
district's, a purpose's, a region's. A figure with none of these (and no subgroup note) is a
national total (TAXONOMY.md). The words are in words/parts.toml; this module only places them.
Pure functions."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .numbers import CYRILLIC
from .vocabulary import TRANSFER, Gated, at_first_letters, literal_starts, lowered, trie, word_pattern

WORDS = tomllib.loads((Path(__file__).parent / "words" / "parts.toml").read_text(encoding="utf-8"))


def _pattern(spelling: str) -> str:
    # Proper names keep their case (MoD, MES are not "mod", "mes"); lower-case words do not.
    return f"(?i:{spelling})" if spelling[:1].islower() else spelling


def _named(table: dict[str, list[str]], tail: str = "") -> tuple[re.Pattern, list[str]]:
    names = list(table)
    alternation = "|".join(f"(?P<n{i}>{'|'.join(_pattern(p) for p in table[name])})" for i, name in enumerate(names))
    return re.compile(at_first_letters(r"(?<!\w)(?:" + alternation + r")" + tail, 0)), names


# A district's name may take case endings and adjective forms: Füzuli rayonunda, Агдамского.
# Spellings are plain words, matched as one alternation grouped by first letter (fast).
_SPELLINGS = {lowered(spelling): name for name, spellings in WORDS["districts"].items() for spelling in spellings}
# Each gated by the words it is made of (vocabulary.Gated): a cheap test before the search.
_DISTRICT_RE = Gated(re.compile(at_first_letters(r"(?<!\w)(?P<spelling>" + trie(_SPELLINGS) + r")\w*"), re.I),
                     {spelling[:4] for spelling in _SPELLINGS})
_OPERATOR_PATTERN, _OPERATORS = _named(WORDS["operators"], r"(?!\w)")
_OPERATOR_RE = Gated(_OPERATOR_PATTERN, literal_starts([p for spellings in WORDS["operators"].values() for p in spellings]))
_SOURCE_AFTER = re.compile("|".join(WORDS["sources"]["after"]), re.I)
_SOURCE_BEFORE = re.compile(at_first_letters("|".join(WORDS["sources"]["before"])), re.I)
_ACTION_AFTER = re.compile(r"(?:[^.;]{0,80}?)\b(?:" + "|".join(WORDS["actions"]["words"]) + r")\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’-]++\s+){0,3}$", re.I)
_PURPOSES = [(name, re.compile("|".join(pats), re.I)) for name, pats in WORDS["purposes"].items()]
_PURPOSE_WORD = "|".join(f"(?:{'|'.join(p)})" for p in WORDS["purposes"].values())
# The purpose comes right after the amount: "for agriculture", "of agricultural land",
# "intended for energy projects", "paving the way for transport", "для сельского хозяйства".
# Or it is what the amount is: "29,005.6 ha are farmland", "- сельскохозяйственные угодья",
# "hektarı kənd təsərrüfatı torpaqlarıdır".
_PURPOSE_AFTER = re.compile(r"^[^,;.\d]{0,45}?(?<!\w)(?:for|of|для|под)\s+(?:the\s+)?(?:\w++\s+)?(?:" + _PURPOSE_WORD + r")"
                            r"|^\s*(?:" + _PURPOSE_WORD + r")\s+(?:üçün|təyinatlı|məqsədilə)"
                            r"|^\s*(?:[-–—]\s*|(?:are|is|was|were)\s+(?:\w++\s+)?)?(?:" + _PURPOSE_WORD + r")", re.I)
# Or it is named before the amount, in its clause or just before its comma: "land cleared for
# the railway amounted to 3,100 ha", "For the new roads, 1,200 ha were cleared".
_PURPOSE_BEFORE = Gated(re.compile(r"(?<!\w)(?:for|для|под)\s+(?:the\s+)?(?:[\w-]++\s+){0,4}?(?:" + _PURPOSE_WORD
                                   + r")(?:(?:[^,;.\d]|(?:19|20)\d\d){0,60}|\s*,\s*)$"
                                   # Azerbaijani puts "for" after its noun: "Kənd təsərrüfatı üçün 29 min hektar".
                                   r"|(?:" + _PURPOSE_WORD + r")\w*\s+(?:üçün|təyinatlı|məqsədilə)\b[^,;.\d]{0,30}$", re.I),
                        ("for", "для", "под", "üçün", "təyinatlı", "məqsədilə"))
_ORIGINS = [(name, re.compile("|".join(pats), re.I)) for name, pats in WORDS["origins"].items()]
_REGION = Gated(re.compile(r"(?<!\w)(?:" + "|".join(WORDS["regions"]["words"]) + r")", re.I), WORDS["regions"]["hints"])
# "33,100 by the agency and 5,812 ha by the Ministry of Defence": a share named after the amount.
_BY = re.compile(r"^\s*(?:of\s+(?:them|which|these|it|this)\s+)?(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:\w++\s+)?"
                 r"(?:by|(?:fell|falls|fall)\s+to\s+(?:the\s+)?share\s+of)\s+(?:the\s+)?"  # "... ha fell to the share of the MoD"
                 r"(?P<op>agency|local\s+companies|private\s+companies|[^,;.]{1,60})"
                 # "6 938,7 гектара — Министерством обороны", "- на Министерство обороны", "приходится на
                 # ANAMA", "силами МЧС"; "Müdafiə Nazirliyi tərəfindən", "Müdafiə Nazirliyinin payına"
                 r"|^\s*(?:[-–—]\s*(?:на\s+(?:долю\s+)?)?|(?:приход\w+|пришл\w+)\s+на\s+(?:долю\s+)?|силами\s+|усилиями\s+)(?P<ru>[^,;.]{1,60})"
                 r"|^\s*(?P<az>[^,;.]{1,60}?)\s+(?:tərəfindən|payına)", re.I)
_FIRST_PERSON = re.compile(r"(?<!\w)(?:" + "|".join(WORDS["voice"]["first_person"]) + r")(?!\w)", re.I)
# A sentence that goes on about the same actor: "They also found ...", "Они также ..."
_SAME_ACTOR = re.compile(r"^\W*(?:they|these\s+units|the\s+units|its\s+units|они|onlar)\b", re.I)


def districts_in(text: str) -> frozenset[str]:
    return frozenset(name for _, _, name in district_mentions(text))


def district_in(text: str) -> str | None:
    """The district a text names, when it names exactly one."""
    found = districts_in(text)
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=256)  # a sentence is asked for its operators by several readings
def operators_in(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), _OPERATORS[int(m.lastgroup[1:])]) for m in _OPERATOR_RE.finditer(text))


def operator_named(text: str) -> str | None:
    """The operator a short text (a table cell, a 'by ...' phrase) names, when it names one."""
    found = {name for _, _, name in operators_in(text)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=512)
def _actors(text: str) -> tuple[tuple[int, str], ...]:
    """(end, operator) of each mention of an operator as doing the work, not as the source of
    the news ("the Defence Ministry said")."""
    return tuple((end, name) for start, end, name in operators_in(text)
                 if not _SOURCE_AFTER.match(text, end) and not _SOURCE_BEFORE.search(text, max(0, start - 60), start)
                 and (_BY_BEFORE.search(text, max(0, start - 40), start) or _ACTION_AFTER.match(text, end)))


def actors(text: str) -> set[str]:
    """Every operator a text names as doing the work."""
    return {name for _, name in _actors(text)}


def acting_operator(text: str, before: int | None = None) -> str | None:
    """The one operator a text (up to offset `before`) names as doing the work; None when it
    names none, or several."""
    acting = {name for end, name in _actors(text) if before is None or end <= before}
    return acting.pop() if len(acting) == 1 else None


# "39,721 ha were cleared from mines by the Army's engineer-sapper units": the actor after the
# amount. Russian names it in the instrumental after a passive verb or "силами" ("очищены
# подразделениями Министерства обороны"), Azerbaijani before "tərəfindən".
_BY_ACTOR = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’-]++\s+){0,3}?(?=\S)")
_BY_ACTOR_RU = re.compile(r"(?<!\w)(?:силами|усилиями|подразделени\w+|специалист\w+|сап[её]р\w+|сотрудник\w+|[а-яё]+[еа]н[аоы]?)\s+(?=\S)", re.I)
_AZ_BY_AFTER = re.compile(r"\w*(?:\s+[\w-]+){0,2}?\s+tərəfindən\b", re.I)


def actor_after(text: str) -> str | None:
    """The operator a passive 'by ...' in text (the rest of a figure's clause) names, if one."""
    for m in (_BY_ACTOR_RU if not text.isascii() and CYRILLIC.search(text) else _BY_ACTOR).finditer(text):
        found = [name for start, _, name in operators_in(text[m.start(): m.end() + 60]) if start <= m.end() - m.start() + 1]
        if found:
            return found[0]
    if "tərəfindən" in text:
        return next((name for _, end, name in operators_in(text) if _AZ_BY_AFTER.match(text, end)), None)
    return None


_SHARE_BETWEEN = re.compile(r"(?:" + "|".join(WORDS["share_before"]["between"]) + r")\s*[-–—:]?\s*$", re.I)
_SHARE_RU_BETWEEN = re.compile(r"(?:" + "|".join(WORDS["share_before"]["ru_between"]) + r")\s*[-–—:]?\s*$", re.I)
_SHARE_CUE = Gated(re.compile("|".join(WORDS["share_before"]["hints"]), re.I), WORDS["share_before"]["hints"])
DOER = re.compile(r"\b(?:" + "|".join(WORDS["share_before"]["doer"]) + r")\b", re.I)
_SHARE_RU_LEAD = re.compile(r"(?<!\w)(?:" + "|".join(WORDS["share_before"]["ru_lead"]) + r")$", re.I)


def share_before(sentence: str, at: int) -> str | None:
    """The operator whose share the amount at offset `at` is, named before it ("ANAMA's share
    was 32,823.9 ha", "На Министерство обороны пришлось 6 938,7 га")."""
    if not _SHARE_CUE.search(sentence, max(0, at - 40), at):
        return None  # (a cheap test first: the words of a share stand right before the amount)
    for start, end, name in reversed(operators_in(sentence[max(0, at - 90): at])):
        start, end = start + max(0, at - 90), end + max(0, at - 90)
        if _SHARE_BETWEEN.match(sentence, end, at) or (
                _SHARE_RU_BETWEEN.match(sentence, end, at) and _SHARE_RU_LEAD.search(sentence, max(0, start - 12), start)):
            return name
    return None


def share_by(after: str) -> tuple[str, int] | None:
    """(operator, end of its name) of 'N ha by the Ministry of Defence' (after: the text after the amount)."""
    m = _BY.match(after)
    if not m:
        return None
    group = next(g for g in ("op", "ru", "az") if m[g])
    op = m[group]
    if re.match(r"agency\b", op, re.I):
        return "ANAMA", m.start(group) + 6
    found = operators_in(op)
    return (found[0][2], m.start(group) + found[0][1]) if found and found[0][0] == 0 else None


# "512 of them in Aghdam district", "96 in Lachin", "5210,5-i Cəbrayıl rayonunun payına düşür"
_IN_DISTRICT = re.compile(r"^\s*(?:of\s+(?:them|which|these)\s+)?(?:(?:were|was|are|is|lie|lies)\s+(?:\w++\s+)?)?(?:in|at|в)\s+(?:the\s+)?(?=\w)"
                          r"|^\s*(?=\S+\s+(?:rayonu|district|район))", re.I)


def district_share(after: str) -> tuple[str, int] | None:
    """(district, end of its name) when the amount is followed by the district it belongs to."""
    m = _IN_DISTRICT.match(after)
    if not m:
        return None
    d = _DISTRICT_RE.match(after, m.end())
    return (_SPELLINGS[lowered(d["spelling"])], d.end()) if d else None


@lru_cache(maxsize=512)  # a sentence is asked for its districts by several readings
def district_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), _SPELLINGS[lowered(m["spelling"])]) for m in _DISTRICT_RE.finditer(text))


def own_voice(publisher: str | None) -> str | None:
    """The operator a publisher is, when it is one (ICRC's own pages)."""
    return WORDS["voice"]["publishers"].get(publisher or "")


def in_first_person(sentence: str) -> bool:
    return bool(_FIRST_PERSON.search(sentence))


def same_actor(sentence: str) -> bool:
    return bool(_SAME_ACTOR.match(sentence))


def purpose_note(after: str, before: str = "") -> str | None:
    """'subset: agriculture' for '53,078 hectares for agriculture' (after: the text after the
    unit; before: the amount's clause before it)."""
    m = _PURPOSE_AFTER.match(after) or _PURPOSE_BEFORE.search(before)
    if not m:
        return None
    return next(f"subset: {name}" for name, rx in _PURPOSES if rx.search(m.group()))


def origin_note(text: str) -> str | None:
    """'subset: made in Armenia' for '2,728 landmines made in Armenia' (text: the figure's clause)."""
    return next((f"subset: {name}" for name, rx in _ORIGINS if rx.search(text)), None)


def region_note(text: str) -> str | None:
    """'region: border villages of three districts' when the text names such a region."""
    m = _REGION.search(text)
    return f"region: {m.group()}" if m else None


_ELSEWHERE = word_pattern(WORDS["places"]["elsewhere"])
_HOME = word_pattern(WORDS["places"]["home"])


@lru_cache(maxsize=64)
def _elsewhere_ends(sentence: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _ELSEWHERE.finditer(sentence))


def elsewhere(sentence: str, position: int) -> bool:
    """Whether the words before an amount make it another country's or the world's: "In
    Ukraine, 174,000 km² ..." (but not "Unlike Croatia, Azerbaijan has cleared ...", nor a
    country that gives: "Croatia handed over 8 dogs")."""
    ends = [end for end in _elsewhere_ends(sentence) if end <= position]
    # (The verb of giving may follow the amount, as Azerbaijani puts it: "Xorvatiya 8 it təhvil verib".)
    return bool(ends) and not (_HOME.search(sentence, ends[-1], position) or TRANSFER.search(sentence[ends[-1]:position + 60]))
