"""Patterns of the domain, kept apart from the logic that uses them: the words of each
language come from words/metrics.toml and words/time.toml; the patterns that read a date, a
year or a count of months out of the text are written here."""

from __future__ import annotations

import functools
import re
import tomllib
from re import _constants as _sre, _parser  # the engine's own parser: a pattern's first letters
from datetime import date
from pathlib import Path

WAR_END = date(2020, 11, 10)  # the Trilateral Statement

WORDS = tomllib.loads((Path(__file__).parent / "words" / "metrics.toml").read_text(encoding="utf-8"))
TIME = tomllib.loads((Path(__file__).parent / "words" / "time.toml").read_text(encoding="utf-8"))
LANGUAGES = ("en", "ru", "az")


def words(table: dict) -> str:
    """One alternation of a table's words in every language."""
    return "|".join(w for lang in LANGUAGES for w in table.get(lang, []))


def word_pattern(table: dict, end: str = r"\b") -> "re.Pattern | Gated":
    """Any of a table's words, from a word boundary (to one, unless end says otherwise); gated
    by the words' literal starts when every word has one."""
    pattern = re.compile(at_first_letters(r"\b(?:" + words(table) + r")" + end), re.I)
    hints = table.get("hints") or literal_starts([w for lang in LANGUAGES for w in table.get(lang, [])])
    return Gated(pattern, hints) if hints else pattern


def _first(items) -> tuple[set[int] | None, bool]:
    """The characters a parsed pattern's matches may start with (None: any), and whether it
    may match the empty string."""
    found: set[int] = set()
    for op, arg in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # word boundaries, look-arounds: no character of their own
        if op is _sre.LITERAL:
            return found | {arg}, False
        if op is _sre.IN:
            if any(o is not _sre.LITERAL and not (o is _sre.RANGE and a[1] - a[0] < 256) for o, a in arg):
                return None, False  # a class such as \w or [^.]: too many characters
            return found | {c for o, a in arg for c in ([a] if o is _sre.LITERAL else range(a[0], a[1] + 1))}, False
        if op is _sre.SUBPATTERN:
            chars, empty = _first(arg[-1])
        elif op is _sre.ATOMIC_GROUP:
            chars, empty = _first(arg)
        elif op is _sre.BRANCH:
            branches = [_first(b) for b in arg[1]]
            if any(c is None for c, _ in branches):
                return None, False
            chars, empty = set().union(*(c for c, _ in branches)), any(e for _, e in branches)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            chars, empty = _first(arg[2])
            empty = empty or arg[0] == 0
        else:
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def at_first_letters(pattern: str, flags: int = re.I) -> str:
    """The pattern, tried only where the text has a character a match may start with.

    The engine cannot skip ahead to the first letters of an alternation that opens with \\b or
    a look-behind: it tries every alternative at every word. A look-ahead for the class of
    their first letters makes a long alternation of words (districts, operators, a table's
    words) cost one test at most places. Patterns any character may start are left as they are."""
    chars, empty = _first(_parser.parse(pattern, flags))
    if chars is None or empty:
        return pattern
    # Both cases of each: a group may ignore case where the pattern does not ("(?i:mine ...)").
    letters = {case for c in chars for case in (chr(c), chr(c).lower(), chr(c).upper()) if len(case) == 1}
    return "(?=[" + "".join(re.escape(c) for c in sorted(letters)) + "])" + pattern


# "{word}" in a metric's words: one word between a count and its noun that is no unit of time.
# (Possessive: a word given back letter by letter could never be followed by a space.)
_WORD = r"(?!" + at_first_letters(r"(?:" + words(WORDS["time_units"]) + r")\b") + r")[\w-]++\s+"
for _table in WORDS["after_number"].values():
    for _lang in LANGUAGES:
        _table[_lang] = [spelling.replace("{word}", _WORD) for spelling in _table.get(_lang, [])]


_LITERAL = re.compile(r"[^\\()\[\]?*+{}|.^$]*")


# A spelling that opens with a group: "(?:lost|losing)\s+their", "(?:land)?mines?".
_GROUP = re.compile(r"\(\?:((?:[^\\()\[\]?*+{}|.^$]+\|)*[^\\()\[\]?*+{}|.^$]+)\)(?![*+{])(\??)")
_SPACE_CLASS = re.compile(r"\\s[+*]")
_ANY_GROUP = re.compile(r"\(\?:(?:[^()]|\([^()]*\))*\)\?")


def _starts(spelling: str) -> list[str] | None:
    """Literal starts one of which every match of a spelling contains, or None."""
    optional = _ANY_GROUP.match(spelling)
    if optional:  # "(?:[\w-]+-)?contaminated": every match holds what follows the optional group
        return _starts(spelling[optional.end():])
    group = _GROUP.match(spelling)
    if group:  # "(?:lost|losing)\s+": every match holds one of the alternatives
        alternatives = group.group(1).split("|")
        return alternatives if all(len(a) >= 2 for a in alternatives) else None
    # Every literal run between whitespace classes is in each match ("to\s+be\s+cleared"): the
    # longest is the rarest hint.
    runs, at = [], 0
    while True:
        run = _LITERAL.match(spelling, at).group()
        at += len(run)
        if spelling[at: at + 1] in ("?", "*", "{"):
            runs.append(run[:-1])  # "an?": the n may be absent
            if spelling[at] == "{":
                break
            at += 1
        else:
            runs.append(run)
        gap = _SPACE_CLASS.match(spelling, at)
        if not gap:
            break
        at = gap.end()
    start = max(runs, key=len)
    return [start] if len(start) >= 2 else None


def literal_starts(spellings: list[str]) -> tuple[str, ...] | None:
    """The lower-cased characters each spelling starts with before any pattern syntax (one of
    which every match contains), or None when a spelling has fewer than two."""
    starts = []
    for spelling in spellings:
        found = _starts(spelling)
        if found is None:
            return None
        starts += [lowered(s) for s in found]
    return tuple(set(starts))


def trie(words) -> str:
    """An alternation grouped by first letter, which the regex engine scans far faster."""
    heads: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        heads.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(h)}(?:{'|'.join(tails)})" for h, tails in heads.items())


def lowered(text: str) -> str:
    """Text as gates and tables look words up: lower case, with Azerbaijani's dotted and dotless
    i one letter, as the regex engine matches them case-insensitively ("XOCALI" matches "Xocalı",
    "İLK" "ilk"). (Capital İ alone would lower to i and a combining dot.) Every character keeps its place."""
    return text.replace("İ", "I").lower().replace("ı", "i")


_sentence_lowered = functools.lru_cache(maxsize=16)(lowered)  # the same sentence is tested by many gates in a row


class Gated:
    """A pattern tried only when the text contains one of the words every match contains:
    a cheap test before a search through a long alternation. (Hints are single words: the
    words of a phrase may be split by a line break.) Hints are looked for in the lower-cased
    text: substring tests, faster than one alternation of them all."""

    def __init__(self, pattern: re.Pattern, hints):
        """hints: None when a pattern has no such words (every text may hold a match)."""
        self.pattern = pattern
        # A hint that holds another is never needed ("safety" holds "safe"); the short ones,
        # found most often, are tried first.
        unique = {lowered(h) for h in hints or ()}
        self.hints = None if hints is None else tuple(sorted(
            (h for h in unique if not any(o != h and o in h for o in unique)), key=lambda h: (len(h), h)))

    def _may(self, text: str, span=()) -> bool:
        """Whether the part of text a match could lie in (pos to endpos) holds a hint."""
        if self.hints is None:
            return True
        # (The whole text lowered, then cut: the same sentence is lowered once for all its gates;
        # lowering keeps every character's place once İ is mapped.)
        low = _sentence_lowered(text)[span[0]: span[1] if len(span) > 1 else None] if span else _sentence_lowered(text)
        for hint in self.hints:  # a plain loop: a third cheaper than any() over a generator
            if hint in low:
                return True
        return False

    def search(self, text: str, *span):
        return self.pattern.search(text, *span) if self._may(text, span) else None

    def finditer(self, text: str, *span):
        return self.pattern.finditer(text, *span) if self._may(text, span) else iter(())

    def sub(self, repl, text: str) -> str:
        return self.pattern.sub(repl, text) if self._may(text) else text

    def match(self, text: str, *span):
        return self.pattern.match(text, *span) if self._may(text, span) else None


# Units of area, as hectares per unit; matched right after a number.
AREA_UNITS = [(re.compile(r"^\s*-?\s*(?:" + words(unit) + r")(?!\w)", re.I), unit["factor"]) for unit in WORDS["units"].values()]

ADJ = r"(?:(?:more|additional|new|other|such|further|newly[- ]trained|female|male|trained|accredited)\s+){0,2}"
IS = r"(?:(?:of\s+(?:them|whom|which|these|those)\s+)?(?:are|were|was|is)\s+|из\s+(?:которых|них)\s*[-–—]?\s*|[-–—]\s*)?"  # "800 - саперы"
# What a count of items is counted in: "pieces of", "единиц", Azerbaijani "ədəd".
COUNTER = r"(?:pieces\s+of\s+|units\s+of\s+|единиц\w*\s+|ədəd\s+)?"
# What may stand between a number and a metric's words, per metric.
_BETWEEN = {"apm_neutralized": IS + ADJ + COUNTER, "atm_neutralized": IS + ADJ + COUNTER, "uxo_neutralized": IS + ADJ,
            "mines_neutralized": IS + ADJ + COUNTER, "submunitions_destroyed": ADJ, "deminers": IS + ADJ, "mine_detection_dogs": ADJ,
            "demining_machines": ADJ}
# Metric phrases that follow a number, most specific first.
AFTER_NUMBER = [(metric, re.compile(r"^\s*" + _BETWEEN.get(metric, "") + r"(?:" + words(table) + r")", re.I))
                for metric, table in WORDS["after_number"].items()]
# All of them in one alternation after one shared prefix, tried first: the group that matched
# names the first metric whose words may follow (most numbers have none, and one match is far
# cheaper than a dozen). Every metric's words may follow the whole prefix here, so no metric is
# missed; the metric's own pattern then decides.
ANY_AFTER_NUMBER = re.compile(r"^\s*" + IS + ADJ + COUNTER + "(?:" + "|".join(
    f"(?P<{metric}>{at_first_letters(words(table))})" for metric, table in WORDS["after_number"].items()) + ")", re.I)
MODIFIED_NOUN = re.compile(r"\s+(?:" + words(WORDS["modified_nouns"]) + r")", re.I)
ANY_AREA_UNIT = re.compile("|".join(f"(?P<u{i}>{rx.pattern})" for i, (rx, _) in enumerate(AREA_UNITS)), re.I)
PERSONS = re.compile(r"^\s*(?:" + words(WORDS["persons"]) + r")", re.I)
PERSON_VERB = re.compile(r"^\s*(?:həlak\s+ol(?:ub|muş\w*)|xəsarət\s+al(?:ıb|mış\w*)|yaralan(?:ıb|mış\w*)|were|was|have\s+been|had\s+been|(?:have|has|had)\s+become|became|become|received|suffered|sustained|got|sustaining|suffering|losing|getting|получил\w*|погиб\w*|стали|-?\s*(?:дети|женщин\w*|военн\w+))\b", re.I)
# The words pointing back to a whole ("of them", "из них", "bunun"), by what the whole is and
# whether it is named (metrics.toml [of_them]).
_OF = {kind: words(table) for kind, table in WORDS["of_them"].items()}
# A count that is itself the whole: "Of the 352 victims, ...", "352 nəfərdən ...".
WHOLE_BEFORE = re.compile(r"(?<!\w)(?:" + _OF["whole_before"] + r")\s+$", re.I)
WHOLE_AFTER = re.compile(r"^\s*(?:" + _OF["whole_after"] + r")\b", re.I)
# The pronouns alone: where a clause about a part of the count before begins (", 71 of them died").
OF_PRONOUN = "|".join((_OF["people"], _OF["amount"]))
# What may stand between a count of people and their subgroup: "357 of them children", "41 were
# women", "из них 41 — женщины", "-i uşaq".
_OF_THEM = r"^\s*(?:(?:" + _OF["people"] + "|" + _OF["people_named"] + r")\s*,?\s*)?(?:(?:were|are|was)\s+|[-–—]\s*)?"
# The subgroup named before its count: "Civilians account for 250 of the victims", "children made up 46".
SUBGROUP_BEFORE = Gated(re.compile(r"\b(?P<who>\w+)\s+(?:accounted|accounts?|made\s+up|makes?\s+up|constituted?|constitutes|"
                                   r"represented|represents?|comprised?|comprises)\s+(?:for\s+)?$", re.I),
                        ("account", "made", "make", "constitut", "represent", "compris"))
# The groups of people harmed (metrics.toml [subgroups]): in each pattern, the group that matched names it.
_SUBGROUP = "|".join(f"(?P<{note}>{'|'.join(spellings)})" for note, spellings in WORDS["subgroups"].items())
# Right after a count; a word or two may qualify the group: "357 of them young children", "12 nəfəri uşaq".
BREAKDOWN_NOTE = re.compile(_OF_THEM + r"(?:\w++\s+){0,2}?" + at_first_letters("(?:" + _SUBGROUP + ")") + r"\b", re.I)
SUBGROUPS = set(WORDS["subgroups"])
# A line that heads the page's list of other stories: what follows it is not the article.
# (A heading on its own line, or one a wrapped page left between a sentence and the next headline.)
PAGE_CHROME = Gated(re.compile(r"(?:^|(?<=[.!?\"”»]\s))\s*(?:latest\s+news|related\s+news|more\s+news|most\s+read|read\s+also|"
                         r"other\s+news|последние\s+новости|читайте\s+также|другие\s+новости|son\s+xəbərlər|"
                         r"digər\s+xəbərlər|oxşar\s+xəbərlər)\s*:?(?:\s*$|\s+(?=\d{1,2}:\d\d|[A-ZА-ЯƏ]))", re.I | re.M),
                    ("news", "read", "новост", "читайте", "xəbər"))
# "550 people who stepped on mines were women and children": the subgroup said after a relative clause.
SUBGROUP_AFTER = re.compile(r"\s*(?:people|persons|individuals|citizens)?\s*(?:who|that)\b[^,.;]{0,60}?\b(?:were|are)\s+"
                            r"(?P<who>(?:women|children|civilians|servicemen|military)(?:\s+and\s+(?:women|children|civilians))?)\b", re.I)
KILLED_OR_INJURED = re.compile(r"^\W*(?:\w++\s+){0,3}?(?:(?:killed|died|dead|fatalities|deaths)\s*(?:or|and|,)\s+(?:injured|wounded|injuries|maimed)|(?:injured|wounded)\s*(?:or|and|,)\s+killed|"
                               r"погибли\s+или\s+(?:получили\s+)?ранен\w*)", re.I)
# A count of people that is part of the people counted before: "540 of them died", "41 nəfəri".
# After an amount's unit: "3,100 hectares of them", "3,100 hectares of which".
PART_OF_AFTER = re.compile(r"^\s*(?:" + "|".join((_OF["people"], _OF["amount"])) + r")\b", re.I)
OF_WHOM = re.compile(r"^\s*" + at_first_letters("(?:" + "|".join((_OF["people"], _OF["people_named"], _OF["after_number"])) + ")") + r"\b", re.I)
# The same, said before the count: "of them, 540 died", "из них 540", "onlardan 540-ı".
OF_WHOM_BEFORE = re.compile(r"(?<!\w)(?:" + _OF["people"] + r")\s*,?\s*$", re.I)
# A part of the figure before, of any metric: "Of this, 402 ha ...", "Из них 410,2 га", "Bunun 410,2 hektarı".
PART_OF_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join((_OF["people"], _OF["amount"], _OF["amount_named"])) + r")\s*,?\s*$", re.I)
INCLUDING_BEFORE = re.compile(r"(?<!\w)(?:" + _OF["including"] + r")\s*$", re.I)
KILLED_VERB = word_pattern(WORDS["harm"]["killed"])
INJURED_VERB = word_pattern(WORDS["harm"]["injured"])
OTHER_HARM = word_pattern(WORDS["harm"]["other_causes"])
LEGAL_STATUS = word_pattern(WORDS["harm"]["legal_status"], end="")
MINE_HARM = word_pattern(WORDS["harm"]["mines"])
VICTIM_CUE = word_pattern(WORDS["harm"]["victims"])
def _before_number(metric: str) -> "re.Pattern | Gated":
    """The words right before a count that say which count of people harmed it is
    ([before_number] of words/metrics.toml), ending where the count begins; gated when every
    spelling has a literal start."""
    reaches = "(?:" + "|".join(WORDS["before_number"]["reaches"]) + ")"
    table = WORDS["before_number"][metric]
    pattern = re.compile(r"\b(?:" + words(table).replace("{reaches}", reaches) + r")\s*$", re.I)
    hints = literal_starts([w for lang in LANGUAGES for w in table.get(lang, [])])
    return Gated(pattern, hints) if hints else pattern


VICTIMS_BEFORE, KILLED_BEFORE, INJURED_BEFORE, EORE_BEFORE = (
    _before_number(m) for m in ("victims", "victims_killed", "victims_injured", "eore_beneficiaries"))
# An item of a list that breaks the figure before it down: "(civilian - 48, military - 13)".
BREAKDOWN_ITEM = re.compile(r"(?:^|[(,;]\s*|\band\s+)(?:" + _SUBGROUP + r")\s*[-–—:]\s*$", re.I)
# The same groups named inside a count named before its number: "the number of civilians injured".
SUBGROUP_NAMED = re.compile(r"\b(?:" + _SUBGROUP + r")\b", re.I)
NEUTRALIZED = word_pattern(WORDS["actions"]["neutralized"])
# One incident: a day named, or a person hurt with no count ("a shepherd was injured").
# A day of the week named (words/time.toml [weekdays]): the group that matched says which, Monday d0.
WEEKDAY = Gated(re.compile("|".join(rf"(?P<d{i}>\b(?:{'|'.join(TIME['weekdays'][lang][i] for lang in LANGUAGES)})\b)"
                                    for i in range(7)), re.I),
                literal_starts([day for lang in LANGUAGES for day in TIME["weekdays"][lang]]))
# One incident: a day named, or a person hurt with no count ("a shepherd was injured").
INCIDENT = word_pattern({lang: TIME["day_before"][lang] + TIME["today"][lang] + [day + r"\b" for day in TIME["weekdays"][lang]]
                         for lang in LANGUAGES}, end="")
INCIDENT_DAY_BEFORE = word_pattern(TIME["day_before"], end="")
HARM_VERB = Gated(re.compile(r"\b(?:killed|injured|wounded|hurt|blown|lost|ранен|травм|погиб|подорвал|yaralan|həlak|xəsarət|minaya)", re.I),
                  ("killed", "injured", "wounded", "hurt", "blown", "lost", "ранен", "травм", "погиб", "подорвал", "yaralan", "həlak", "xəsarət", "minaya"))
SINGLE_VICTIM = [
    re.compile(r"\b(?:an?|one)\s+(?:[\w-]++\s+){0,3}?(?:" + "|".join(WORDS["one_person"]["en"]) + r")\b[^.;]{0,60}?\b(?:(?:was|has\s+been|had\s+been|got)\s+"
               r"(?:(?:seriously|severely|fatally|slightly|badly)\s+)?(?P<verb>killed|injured|wounded|hurt|blown\s+up)\b|(?P<lost>lost\s+(?:his|her|a|one|both)\s+(?:\w++\s+)?\w+))"  # a limb lost (the injured words say which)
               # "the blast left a 17-year-old boy seriously injured"
               r"|\bleft\s+(?:an?|one)\s+(?:[\w-]++\s+){0,3}?(?:" + "|".join(WORDS["one_person"]["en"]) + r")\s+"
               r"(?:(?:seriously|severely|critically|slightly|badly)\s+)?(?P<left>injured|wounded|dead)\b", re.I),
    re.compile(r"(?<!\w)(?:" + "|".join(WORDS["one_person"]["ru"]) + r")\b"
               r"[^.;]{0,60}?(?P<verb>получил\w*\s+(?:тяж[её]л\w++\s+)?(?:ранени\w*|травм\w*|увечь\w*)|погиб(?:ла)?\b|скончал\w*|подорвал(?:ся|ась)|ранен[аы]?\b)", re.I),
    re.compile(r"(?<!\w)(?:" + "|".join(WORDS["one_person"]["az"]) + r")\w*\b"
               r"[^.;]{0,60}?(?P<verb>yaralan(?:ıb|mış\w*)|həlak\s+ol(?:ub|muş\w*)|öl(?:üb|müş\w*)|xəsarət\s+al(?:ıb|mış\w*)|minaya\s+düş(?:üb|müş\w*|ərək))", re.I),
]
# A number that is someone's age or year of birth (metrics.toml [age]): "a 45-year-old shepherd".
AGE = re.compile(r"(?:" + words(WORDS["age"]) + r")", re.I)
PLANTED = word_pattern(WORDS["actions"]["planted"])
ESTIMATE = word_pattern(WORDS["estimates"])
ORDNANCE_IN_USE = word_pattern(WORDS["ordnance_in_use"])
UNEXPLODED = word_pattern(WORDS["unexploded"])
MINE_ACTION = word_pattern(WORDS["mine_action"])
DEFUSED = word_pattern(WORDS["actions"]["defused"])

NOT_CLEARED = re.compile(r"\bnot\s+(?:\w++\s+)?(?:cleared|demined|released)\b", re.I)
LAND_USE = word_pattern(WORDS["actions"]["land_use"])
CLEARED_LAND = word_pattern(WORDS["actions"]["cleared_land"], end="")
CLEARED = word_pattern(WORDS["actions"]["cleared"])
CONTAMINATED = word_pattern(WORDS["actions"]["contaminated"])
CONTAMINATED_LAND = word_pattern(WORDS["actions"]["contaminated_land"])
LAND_WORK = word_pattern(WORDS["actions"]["land_work"])
AFFECTED = word_pattern(WORDS["actions"]["affected"])
TO_CLEAR = word_pattern(WORDS["actions"]["to_clear"], end=r"")
INTENT = word_pattern(WORDS["intent"])
EORE = word_pattern(WORDS["actions"]["risk_education"])
STILL_TO_CLEAR = word_pattern(WORDS["actions"]["remaining"], end=r"")
# Plan words that also describe what remains ("areas yet to be cleared", "needs clearance"):
# not a plan when the figure is a contaminated area.
REMAINING = re.compile(r"\b(?:to\s+be\s+cleared|must\s+be\s+(?:cleared|demined)|needs?|required|remain\w*|должн\w+\s+быть\s+\w+|təmizlənməsi\s+(?:lazımdır|vacibdir|tələb\s+olunur))\b", re.I)
PLAN = word_pattern(WORDS["plans"])
# Money or a contract for clearing is a plan too: "a $5 million contract to clear 2,000 ha",
# "funds allocated for the clearance of 1,500 ha".
FUNDED = Gated(re.compile(r"\b(?:contracts?|agreements?|allocated|allocates?|funds?|funding|grants?)\s+(?:[\w$€£.,]++\s+){0,6}?"
                          r"(?:to\s+(?:clear|demine)|for\s+(?:the\s+)?(?:clearance|clearing|demining)\s+of)\b"
                          r"|\b(?:контракт\w*|соглашени\w*|выдел\w+|грант\w*)\s+(?:[\w$€£.,]++\s+){0,6}?на\s+(?:разминирование|очистку)\b", re.I),
               ("contract", "agreement", "allocat", "fund", "grant", "контракт", "соглашени", "выдел", "грант"))
PLANS = (PLAN, FUNDED)
# A plan's deadline: "by 2027", "by the end of this year", "к 2027 году", "до 2027 года", "2027-ci ilə qədər".
DEADLINE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:(?P<y>(?:19|20)\d\d)|this\s+year|the\s+year)\b"
                      r"|\b(?:к|до)\s+(?:концу\s+)?(?P<ry>(?:19|20)\d\d)\s+год\w*|\b(?:к|до)\s+конц[ау]\s+(?:этого\s+|текущего\s+)?года"
                      r"|\b(?:(?:bu|cari)\s+)?il(?:in)?\s+sonun(?:adək|a\s+qədər)"
                      r"|\b(?P<ay>(?:19|20)\d\d)-?(?:ci|cü|cı|cu)?\s+(?:ilə\s+qədər|ilədək|ilin\s+sonun(?:a\s+qədər|adək))", re.I)
# This year, named without its number ("what is left to clear this year" is a plan).
THIS_YEAR = re.compile(r"\bthis\s+year\b|\bв\s+(?:этом|текущем)\s+году\b|\b(?:bu|cari)\s+il(?:də|\s+ərzində)?\b", re.I)
CAPACITY = {"deminers", "mine_detection_dogs", "demining_machines"}
ITEMS = {"apm_neutralized", "atm_neutralized", "uxo_neutralized", "mines_neutralized", "items_neutralized",
         "submunitions_destroyed"}
FLOWS = {"area_cleared", "apm_neutralized", "atm_neutralized", "uxo_neutralized", "mines_neutralized",
         "items_neutralized", "submunitions_destroyed", "eore_beneficiaries"}

QUALIFIER_BEFORE = [(name, re.compile(r"(?:" + words(table) + r")" + (r"[,\s]*$" if name == "approx" else r"\s*$"), re.I))
                    for name, table in WORDS["qualifiers"].items()]


QUALIFIER_REACH = 32  # characters before a number that its qualifier stands in


# All three in one search, for the hot path: the group that matched names the qualifier; one of
# the hints is in every qualifier. One boundary before them all (a word starts there): tried per
# branch, it cost three times as much.
_QUALIFIER = Gated(re.compile(r"(?:(?<!\w)|(?=~))(?:" + "|".join(f"(?P<{name}>{rx.pattern})" for name, rx in QUALIFIER_BEFORE) + ")", re.I),
                   WORDS["qualifier_hints"]["words"])


def qualifier_match(before: str) -> re.Match | None:
    """The words just before a number that qualify it ("around": approx), named by their group."""
    start = max(0, len(before) - QUALIFIER_REACH)
    return _QUALIFIER.search(before, start)


def qualifier_before(before: str) -> str:
    m = qualifier_match(before)
    return m.lastgroup if m else "exact"


# The country itself as the one doing the work, right before a figure: "Azerbaijan has cleared",
# "Азербайджан очистил", "Azərbaycan ... təmizləyib" (its words in the clause up to the amount).
COUNTRY_ACTOR = Gated(re.compile(r"\b(?:Azerbaijan|the\s+country|Азербайджан|Azərbaycan)\b(?!['’]s|\s+(?:Army|Armed|Ministry|Mine|Agency|Republic))[^,.;:\d]{0,40}$", re.I),
                      ("azerbaijan", "country", "азербайджан", "azərbaycan"))
# Scopes of a running total.
SINCE_WAR = Gated(re.compile(at_first_letters(  # one word boundary before all the branches: each of its own costs 2.5x
    r"(?<!\w)(?:(?:since|after|following)\s+(?:the\s+|\w+[’']s\s+)?(?:signing\s+of\s+the\s+)?(?:trilateral\s+statement|liberation|"
    r"(?:(?:end|conclusion|completion)\s+of\s+(?:the\s+)?)?(?:(?:2020|44-day|second\s+karabakh|patriotic)[\s-]+)?war\b|war\s+ended|"
    r"(?:november\s+(?:10,?\s+)?2020|10\s+november\s+2020|10\.11\.2020)|"
    # The conflict (or the hostilities) ended, for this product's texts, with the 2020 war;
    # "since the end of the conflict in 1994" names another end.
    r"(?:end|conclusion)\s+of\s+(?:the\s+)?(?:2020\s+)?(?:conflict|hostilities)\b(?!\s+in\s+(?:the\s+)?19))"
    r"|post-?war\s+period\b|с\s+(?:момента\s+)?(?:окончания|конца|завершения)\s+(?:[\w-]++\s+){0,3}?войны"
    r"|после\s+(?:окончания\s+)?(?:44-дневной\s+)?(?:Отечественной\s+)?войны|с\s+(?:10\s+)?ноября(?:\s+2020)?"
    r"|müharibə\w*\s+(?:(?:başa\s+çatdıqdan|bitdikdən|bitəndən)\s+)?sonra|müharibə\w*\s+bitməsindən\s+bu\s+yana"
    # the signing of the Trilateral Statement: "со дня подписания трехстороннего заявления",
    # "üçtərəfli bəyanatın imzalanmasından sonra", "Üçtərəfli Bəyanat imzalandıqdan bu günədək"
    r"|(?:(?:с|со)\s+(?:дня|момента)|после)\s+подписания\s+(?:[\w-]++\s+){0,2}?заявления"
    r"|(?:(?:с|со)\s+(?:дня|момента)|после)\s+освобождения\b|işğaldan\s+azad\s+(?:edildikdən|olunduqdan)\s+sonra"
    r"|üçtərəfli\s+bəyanat\w*\s+(?:imzalanmasından|imzalandıqdan|imzalandığı\s+gündən)\s*(?:sonra|bəri|bu\s+günədək|etibarən)?"
    r"|2020-ci\s+ilin\s+noyabr\w*\s+(?:\d{1,2}-\w++\s+)?(?:bəri|sonra|bu\s+günədək|bu\s+günə\s+qədər|etibarən))"), re.I),
    ("since", "after", "following", "post", "момента", "окончания", "конца", "завершения", "после", "ноябр", "müharibə", "2020-ci", "подписания", "bəyanat", "освобождения", "azad"))
SINCE_YEAR = re.compile(r"\bsince\s+(?:early\s+|January\s+|(?:the\s+)?(?:beginning|start)\s+of\s+)?(?P<y>(?:19|20)\d\d)\b|\bс\s+(?:начала\s+|января\s+)?(?P<ry>(?:19|20)\d\d)\s+год\w*"
                        r"|\b(?P<ay>(?:19|20)\d\d)-(?:ci|cü|cı|cu)\s+(?:ildən|ilin\s+(?:əvvəlindən|başlanğıcından))", re.I)
# "Since early 2022" in 2022: a period of this year so far, not a running total since then
# (said in 2024, it is one since 2022).
SINCE_YEAR_BEGIN = re.compile(r"\bsince\s+(?:early|(?:the\s+)?(?:beginning|start)\s+of|January)\s+(?P<y>20\d\d)\b"
                              r"|\bс\s+(?:начала|января)\s+(?P<ry>20\d\d)\s+год\w*|\b(?P<ay>20\d\d)-(?:ci|cü|cı|cu)\s+ilin\s+(?:əvvəlindən|başlanğıcından)", re.I)
THIS_MONTH = word_pattern(TIME["this_month"], end="")
THAT_PERIOD = word_pattern(TIME["that_period"], end="")
LAST_MONTH = word_pattern(TIME["last_month"], end="")
SINCE_YEAR_START = word_pattern(TIME["year_so_far"], end="")
SINCE_YEAR_START_AZ = word_pattern(TIME["year_so_far_az"], end="")
SINCE_JANUARY = word_pattern(TIME["since_january"], end="")
YEAR_SO_FAR = (SINCE_YEAR_START, SINCE_YEAR_START_AZ, SINCE_JANUARY)
LAST_YEARS = Gated(re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:last|past)\s+(?:(?P<n>\w+)\s+)?(?:years|decades)\b|\bза\s+последние\s+(?P<rn>\w+)\s+(?:лет|года)\b"
                              r"|\bson\s+(?!bir\b)(?P<an>\w+)\s+il(?:də|\s+ərzində)", re.I),  # (one year: LAST_YEAR)
    ('year', 'decade', 'последние', 'ildə', 'ərzində'))
LAST_DAYS = word_pattern(TIME["last_days"], end="")
CUMULATIVE_CUE = word_pattern(TIME["running"], end="")
TOTAL_CUE = re.compile(r"^\W*(?:in\s+total|altogether|in\s+all,|overall,|всего|итого|ümumilikdə)\b|\bin\s+total,", re.I)
# "have been cleared" reads as a running total unless the sentences before gave a period.
# A count that "has reached" or "exceeded" a number, "достигло", is one too.
PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:so\s+far\s+|already\s+|successfully\s+)?been\b|\bhave\s+(?:successfully\s+)?(?:cleared|found|neutrali[sz]ed)\b"
                     r"|\b(?:has|have)\s+(?:now\s+|already\s+)?(?:reached|exceeded|surpassed|topped|(?:risen|grown|increased|climbed)\s+to)\b"
                     r"|\b(?:достигл|превысил)\w*|\b(?:возрос|увеличил)\w*\s+до\b"
                     r"|\b(?:sayı|sahəsi)\s+[^.;]{1,30}?\b(?:çatıb|ötüb|keçib|aşıb)\b", re.I)  # "minaların sayı 30 mini ötüb", "sahəsi ... hektarı ötüb"
POST_WAR = word_pattern(TIME["post_war"], end="")
# A headline's year of review, said bare: "Activity highlights 2022", "Итоги 2023 года", "2023-cü ilin yekunları".
REVIEW_YEAR = re.compile(r"\b(?:highlights|results|review|summary|report|итоги|отч[её]т|yekun\w*|hesabat\w*)\s+(?:for\s+|of\s+)?(?P<y>20\d\d)\b"
                         r"|\b(?P<y2>20\d\d)\s+(?:in\s+review|highlights|results|annual\s+report|года\s+итоги)\b"
                         r"|\b(?P<y3>20\d\d)-(?:ci|cü|cı|cu)\s+ilin\s+(?:yekun|nəticə)\w*", re.I)
TRANSFER = word_pattern(WORDS["transfers"])
CONTAMINATION_KINDS = [(name, word_pattern(table)) for name, table in WORDS["contamination_kinds"].items()]
HIGH_THREAT = word_pattern(WORDS["threat_levels"]["high"])
LOWER_THREAT = word_pattern(WORDS["threat_levels"]["lower"])
# A word of saying or reporting, for the day figures were given (words/metrics.toml).
STATEMENT = word_pattern(WORDS["statements"], end=r"(?!\w)")
ON_DAY = re.compile(r"\bon\s+$", re.I)  # "on 11 March": of AS_OF's words, the one that names the day of an event
AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|at|by|on|until|till|up\s+to|по\s+состоянию\s+на|на|к)\s+(?:the\s+end\s+of\s+)?$", re.I)
# Azerbaijani says it after the date: "1 mart 2024-cü il tarixinə", "... vəziyyətinə", "1 martadək".
AS_OF_AFTER = re.compile(r"(?:-?(?:ci|cü|cı|cu)\s+il(?:in)?)?\s+(?:tarixinə|vəziyyətinə|etibarilə|olan\s+(?:məlumat|vəziyyət)\w*)\b"
                         r"|(?<=[a-zəıöüşçğ])(?:n?[aə]dək)\b", re.I)  # "oktyabrın 1-nə olan məlumata görə": as of 1 October
# The end of a year or a month, as the as-of date of a running total: "by the end of 2023",
# "к концу 2023 года", "на конец марта 2024 года", "2023-cü ilin sonuna", "mart ayının sonuna".
END_OF_YEAR = re.compile(r"\b(?:at|by|as\s+of|as\s+at)\s+(?:the\s+)?end(?:\s+of\s+|-)(?P<y>(?:19|20)\d\d)\b|\b(?:к\s+концу|на\s+конец)\s+(?P<ry>(?:19|20)\d\d)\s+год"
                         r"|\b(?P<ay>(?:19|20)\d\d)-(?:ci|cü|cı|cu)\s+ilin\s+sonun(?:a|da|adək)\b", re.I)
IN_YEAR = re.compile(at_first_letters(r"(?<!founded )(?<!established )(?<!created )(?<!end )\b(?:in|during|for|of|throughout|в|за)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*(?:-|–)?\s*war)"
                     r"|\b(?P<ay>(?:19|20)\d\d)-(?:ci|cü|cı|cu)\s+il(?:də|\s+ərzində|\s+üçün)\b"), re.I)
LAST_YEAR = word_pattern(TIME["last_year"], end="")
YEAR_BEFORE = word_pattern(TIME["year_before"], end="")
MONTH_BEFORE = word_pattern(TIME["month_before"], end="")
WEEK_BEFORE = word_pattern(TIME["week_before"], end="")
RATE = word_pattern(TIME["rate"], end="")
YEAR_SPAN = re.compile(r"\b(?:from|between)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|and|till|until|through)\s+(?P<y2>(?:19|20)\d\d)\b"
                       # "in 2021-2023", "in 2022 and 2023", "2022-2023-cü illərdə", "2022 və 2023-cü illərdə"
                       r"|\b(?:in|during|over|for|throughout|в|за)\s+(?P<y3>(?:19|20)\d\d)(?:\s*[-–—]\s*|\s+(?:and|и)\s+)(?P<y4>(?:19|20)\d\d)\b"
                       r"|\b(?P<y5>(?:19|20)\d\d)(?:\s*[-–—]\s*|\s+və\s+)(?P<y6>(?:19|20)\d\d)-?(?:cü|ci|cı|cu)\s+illərdə", re.I)
# Two years named together, for a pair of figures "respectively": "in 2022 and 2023", "2022 və 2023-cü".
YEAR_PAIR = re.compile(r"\b(?P<y1>(?:19|20)\d\d)(?:-\w+)?\s*(?:,|and|и|və)\s*(?P<y2>(?:19|20)\d\d)\b")
MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
# A month in three languages (Russian by its stem, with a case ending), one branch per first letter.
_ANY_MONTH = "(?:" + trie({m.lower() for m in MONTH_NAMES.split("|")} | {
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"}) + r")[а-яё]{0,3}"
# "January to March 2024", "в январе-марте", "с января по март", "yanvar-mart aylarında": with
# no year, the months of the year the text was written in.
MONTH_SPAN = re.compile(at_first_letters(
    r"(?<!\w)(?P<m1>" + _ANY_MONTH + r")\s*(?:and|to|through|till|until|по|-|–|—)\s*"
    r"(?P<m2>" + _ANY_MONTH + r")(?!\w)(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b|\s+(?P<this>этого|текущего|this)\s+(?:года|year))?"), re.I)
AZ_YEAR_BEFORE = re.compile(r"\b(?:(?P<y>(?:19|20)\d\d)-(?:ci|cü|cı|cu)|(?P<this>bu|cari))\s+ilin\s+$", re.I)  # "2023-cü ilin fevral-aprel aylarında"
# "From November 2020 to June 2, 2025": a month and year opening a range that ends on a date.
FROM_MONTH = re.compile(r"\b(?:from|between|с)\s+(?P<m>" + _ANY_MONTH + r")\s+(?P<y>(?:19|20)\d\d)(?:\s+года)?\s+(?:to|and|till|until|through|по|до)\s+$"
                        r"|\b(?P<ay>(?:19|20)\d\d)-(?:ci|cü|cı|cu)\s+ilin\s+(?P<am>" + _ANY_MONTH + r")\w*(?:dan|dən)\s+$", re.I)
IN_MONTH = re.compile(r"(?<!end )(?<!beginning )(?<!start )\b(?:in|for|during|of|throughout|over)\s+(?P<m>" + MONTH_NAMES + r")(?:,?\s+(?P<y>(?:19|20)\d\d))?\b(?!\s+\d)"
                      r"|\b(?:в|за|в\s+течение|на\s+протяжении)\s+(?P<rm>(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]{0,3})(?:\s+(?P<ry>(?:19|20)\d\d))?\b(?!\s+\d)"
                      r"|\b(?:(?P<ay>(?:19|20)\d\d)-(?:ci|cü|cı|cu)\s+ilin\s+)?(?P<am>yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)\s+ay(?:ında|ı\s+ərzində)\b", re.I)
# "Since March", "с марта", "martdan bəri": from the first of the month (its year, if unsaid,
# the latest before the text), not a day of it ("since March 5").
SINCE_MONTH = Gated(re.compile(
    r"\bsince\s+(?:early\s+|the\s+(?:beginning|start)\s+of\s+)?(?P<m>" + MONTH_NAMES + r")(?:\s+(?P<y>(?:19|20)\d\d))?\b(?!\s*\d)"
    r"|\bс\s+(?:начала\s+)?(?P<rm>" + _ANY_MONTH + r")(?:\s+(?P<ry>(?:19|20)\d\d)\s+год\w*)?"
    r"|(?:\b(?P<ay>(?:19|20)\d\d)-(?:ci|cü|cı|cu)\s+ilin\s+)?\b(?P<am>" + _ANY_MONTH + r")(?:\s+ayın|ın|in|un|ün)?(?:dan|dən)\s+(?:bəri|etibarən|başlayaraq|indiyədək|indiyə\s+qədər|bu\s+günədək|bu\s+günə\s+qədər)", re.I),
    ("since", "с ", "bəri", "etibarən", "başlayaraq", "indiyə", "günə"))
# A part of a named month (words/time.toml [month_parts]): "in the first half of February",
# "early February", "в начале февраля", "fevralın əvvəlində"; month_part() says which part. Not
# "by early March", which dates a running total. (Searched only in a sentence that names a month.)
_PARTS = "|".join(w for spellings in TIME["month_parts"].values() for w in spellings)
PART_OF_MONTH = re.compile("|".join(at_first_letters(branch) for branch in (  # (each branch by its own first letters)
    r"\b(?<!by\s)(?<!by\sthe\s)(?<!until\s)(?<!till\s)(?P<part>" + _PARTS + r")(?:\s+of\s+|\s*-\s*|\s+)(?P<m>" + MONTH_NAMES + r")\b"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
    r"\bв\s+(?P<rpart>" + _PARTS + r")\s+(?P<rm>" + _ANY_MONTH + r")(?:\s+(?P<ry>(?:19|20)\d\d)\s+год\w*)?",
    r"\b(?P<am>" + _ANY_MONTH + r")(?:\s+ayının|ın|in|un|ün)?\s+(?P<apart>" + _PARTS + r")")), re.I)
_PART_NAMES = {name: re.compile("(?:" + "|".join(spellings) + r")$", re.I) for name, spellings in TIME["month_parts"].items()}


def month_part(words: str) -> str:
    """Which part of a month PART_OF_MONTH's words name: first_half, ..., vague."""
    return next(name for name, rx in _PART_NAMES.items() if rx.match(words))


# ("At the end of February" with no year may date an event in it: only "by" and "as of" go without one.)
END_OF_MONTH = Gated(re.compile(r"\b(?:by|as\s+of|as\s+at)\s+(?:the\s+)?end(?:\s+of\s+|-)(?P<m>" + MONTH_NAMES + r")\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
                          r"|\bat\s+the\s+end\s+of\s+(?P<am2>" + MONTH_NAMES + r")\s+(?P<ay2>(?:19|20)\d\d)\b"
                          r"|\bthrough\s+(?P<tm>" + MONTH_NAMES + r")\s+(?P<ty>(?:19|20)\d\d)\b"
                          r"|\b(?:к\s+концу|на\s+конец)\s+(?P<rm>" + _ANY_MONTH + r")\s+(?P<ry>(?:19|20)\d\d)\s+год"
                          r"|\b(?P<ay>(?:19|20)\d\d)-(?:ci|cü|cı|cu)\s+ilin\s+(?P<am>" + _ANY_MONTH + r")\s+ayının\s+sonun(?:a|da|adək)\b", re.I),
                     ("end", "through", "концу", "конец", "sonun"))
# "By the beginning of March", "к началу марта", "martın əvvəlinə": as of its first day.
START_OF_MONTH = Gated(re.compile(r"\b(?:by|as\s+of|as\s+at)\s+the\s+(?:beginning|start)\s+of\s+(?P<m>" + MONTH_NAMES + r")\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
                                  r"|\bк\s+началу\s+(?P<rm>" + _ANY_MONTH + r")(?:\s+(?P<ry>(?:19|20)\d\d)\s+год\w*)?"
                                  r"|\b(?P<am>" + _ANY_MONTH + r")(?:\s+ayının|ın|in|un|ün)?\s+əvvəlinə\b", re.I),
                       ("beginning", "start", "началу", "əvvəlinə"))
# A year or month that dates the war or the occupation, not the figure.
# ("liberated in 2020" is history; "the liberated territories in 2021" names the land, not the year.)
HISTORIC = re.compile(r"(?:occupation|(?:occupied|liberat\w*)(?!\s+(?:territor\w*|lands?|areas?|regions?|districts?|villages?)\b)|war|conflict|founded|established|created|since|signed|made|produced|manufactured)\s+(?:\w++\s+){0,2}$"
                      r"|\b(?:began|started|launched|commenced)\s+(?:\w++\s+){0,4}$", re.I)  # "since it started work there in 2022"
# The year a quarter, a half or the first months are of, in each language's place: a year, this
# year, last year (groups l, rl, al), or "the year" alone (b, rb, ab: the latest such period ended).
_OF_YEAR_EN = r"(?:the\s+year\s+)?(?:(?P<y>(?:19|20)\d\d)\b|this\s+year|the\s+current\s+year|(?P<l>last\s+year|the\s+previous\s+year)|(?P<b>the\s+year))"
_OF_YEAR_RU = r"(?:(?P<ry>(?:19|20)\d\d)|этого\s+года|текущего\s+года|(?P<rl>прошлого\s+года)|(?P<rb>года))"
_OF_YEAR_AZ = r"\b(?:(?:(?P<ay>(?:19|20)\d\d)(?:-?(?:ci|cü|cı|cu))?|bu|cari|(?P<al>ötən|keçən))\s+|(?P<ab>))ilin\s+"
# A quarter of a year named: "first quarter of 2023", "в первом квартале этого года", "bu ilin birinci rübündə".
QUARTER = Gated(re.compile(r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+" + _OF_YEAR_EN +
                     r"|\bQ(?P<qn>[1-4])\s+(?P<qy>(?:19|20)\d\d)\b"
                     r"|\b(?P<rq>перв|втор|треть|четв[её]рт)\w*\s+квартал\w*\s+" + _OF_YEAR_RU +
                     "|" + _OF_YEAR_AZ + r"(?P<aq>birinci|ikinci|üçüncü|dördüncü|ilk|I|II|III|IV)\s+rüb", re.I),
                ("quarter", "q1", "q2", "q3", "q4", "квартал", "rüb"))
QUARTERS = {"first": 1, "1st": 1, "ilk": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "перв": 1, "втор": 2, "треть": 3, "четвёрт": 4, "четверт": 4,
            "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
# A date that opens a running total: "since 23 November", "2020-ci ilin noyabrın 10-dan sonra".
SINCE_DATE_HINT = Gated(re.compile(at_first_letters(r"\b(?:since|after|from|с|после|sonra|bəri|etibarən|günədək|qədər|indiyədək)\b"), re.I),
    ('since', 'after', 'from', 'с', 'после', 'sonra', 'bəri', 'etibarən', 'günədək', 'qədər', 'indiyədək'))
SINCE_DATE_BEFORE = re.compile(r"\b(?:since|after|с|после)\s+$", re.I)
FROM_DATE_BEFORE = re.compile(r"\bfrom\s+$", re.I)  # "from 10 November 2020 to date": only from the war's end
SINCE_DATE_AFTER = re.compile(r"(?:-?(?:ci|cü|cı|cu)\s+il\s+tarixindən|-?(?:dan|dən|ndan|ndən|tan|tən))?\s*"
                              r"(?:sonra|bəri|etibarən|bu\s+günədək|bu\s+günə\s+qədər|indiyədək|indiyə\s+qədər)\b", re.I)
# "In the first nine months of 2024", "за 9 месяцев 2024 года", "2024-cü ilin 9 ayı ərzində".
FIRST_MONTHS = Gated(re.compile(r"\b(?:first|initial)\s+(?P<n>\w+)\s+months\s+of\s+" + _OF_YEAR_EN +
                                r"|\bза\s+(?:первые\s+)?(?P<rn>\w+)\s+месяц\w*\s+" + _OF_YEAR_RU +
                                "|" + _OF_YEAR_AZ + r"(?:ilk\s+)?(?P<an>\w+)\s+ay(?:ı|ında)\b", re.I),
                     ("months", "месяц", "ilin"))
# A half of a year named, or of this year: "first half of 2023", "во втором полугодии этого года", "bu ilin birinci yarısında".
HALF_YEAR = Gated(re.compile(r"\b(?P<h>first|second)\s+half\s+of\s+" + _OF_YEAR_EN +
                             r"|\b(?P<rh>перв|втор)\w*\s+полугоди\w*\s+" + _OF_YEAR_RU +
                             "|" + _OF_YEAR_AZ + r"(?P<ah>birinci|ikinci|ilk)\s+yarı", re.I),
                  ("half", "полугоди", "yarı"))
# A quarter, a half or the first months with no year of their own ("In the first quarter, ..."),
# in a text whose frame is one year: that part of it.
PART_OF_A_YEAR = Gated(re.compile(
    r"\b(?P<q>first|second|third|fourth)\s+quarter\b|\b(?P<h>first|second)\s+half\b|\bfirst\s+(?P<n>\w+)\s+months\b"
    r"|\b(?P<rq>перв|втор|треть|четв[её]рт)\w*\s+квартал|\b(?P<rh>перв|втор)\w*\s+полугоди|\bза\s+(?:первые\s+)?(?P<rn>\w+)\s+месяц"
    r"|\b(?P<aq>birinci|ikinci|üçüncü|dördüncü|ilk)\s+rüb|\b(?P<ah>birinci|ikinci|ilk)\s+yarı|\bilk\s+(?P<an>\w+)\s+ay", re.I),
    ("quarter", "half", "months", "квартал", "полугоди", "месяц", "rüb", "yarı", "ay"))
REPORTING_PERIOD = word_pattern(TIME["reporting_period"], end="")
WEEK_CUE = word_pattern(TIME["week"], end="")
WEEK_ENDING = word_pattern(TIME["week_ending"], end=r"$")
# "The number of deminers has reached 1,800", "the number of neutralised explosive objects stands
# at 180,000", "число сапёров достигло 1 800": a count named before it, by the words that would
# follow a number (one pattern, the group that matched naming the metric). People harmed are
# read with their own cues (metrics._read_persons).
_REACHED = (r"[^.;\d]{0,40}?(?:has\s+|have\s+)?(?:reached|is|was|are|were|stands\s+at|stood\s+at|totals?|totalled|"
            r"amounts?\s+to|amounted\s+to|rose\s+to|risen\s+to|increased\s+to|grew\s+to|grown\s+to|"
            r"достиг\w*|составил\w*|составля\w+|превысил\w*|превышает)\s*$")
COUNT_BEFORE = Gated(re.compile(r"\b(?:(?:number|count|total)\s+of|количеств\w+|числ\w+)\s+(?:[\w'’-]++\s+){0,3}?(?:" + "|".join(
    f"(?P<{metric}>{words(table)})" for metric, table in WORDS["after_number"].items() if not metric.startswith("victims"))
    + r")\b" + _REACHED, re.I),
    ("number", "count", "total", "количеств", "числ"))
# Azerbaijani names the count after the noun, and its verb after the number: "Minaaxtaran
# itlərin sayı 110-a çatıb".
COUNT_BEFORE_AZ = Gated(re.compile(r"(?:" + "|".join(
    f"(?P<{metric}>{words(table)})" for metric, table in WORDS["after_number"].items() if not metric.startswith("victims"))
    + r")\w*\s+sayı\s*$", re.I), ("sayı",))
# A count after its label, in a list or a table flattened to text: "anti-tank mines: 31", "UXO –
# 1,204", "Противопехотные мины – 120", "Number of victims: 345".
# (Russian and Azerbaijani may name the deed first: "Обезврежено противопехотных мин: 31 900",
# "Zərərsizləşdirilmiş piyada əleyhinə minalar: 31 900".)
LABEL_BEFORE = re.compile(r"(?:^|[,;:(\n•·▪◦*]|\band\b|\bи\b|\bvə\b)\s*(?:(?:total\s+)?number\s+of\s+|количество\s+|число\s+)?"
                          r"(?:(?:обнаружен[оы]|обезврежен[оы]|уничтожен[оы]|найден[оы]|zərərsizləşdirilmiş|aşkarlanmış|məhv\s+edilmiş)\s+)?(?:" + "|".join(
    f"(?P<{metric}>{words(table)})" for metric, table in WORDS["after_number"].items())
    + r")(?:\s+\([^)]{0,20}\))?(?:\s+(?:found|detected|destroyed|neutrali[sz]ed|обнаружен\w*|обезврежен\w*|aşkarlan\w*))?"
    r"(?:\s+(?:since|from|in|during|over|с|за|в)\s+[^:;,\n]{1,40}?)?\s*[:–—|-]\s*$", re.I)  # "Mine victims since the war: 361"
# Since an organisation's own start (its start unstated), and since the war began (the war's
# casualties, not mine victims: TAXONOMY.md).
SINCE_INCEPTION = word_pattern(TIME["since_inception"], end="")
# The year an organisation's start is given in: after it ("since it began work in Azerbaijan in
# 2021", "с начала работы в 2021 году"), or before it in Azerbaijani ("2021-ci ildə fəaliyyətə başladığı").
INCEPTION_YEAR_AFTER = re.compile(r"[^,.;\d]{0,40}?\b(?:in|в)\s+(?P<y>(?:19|20)\d\d)\b", re.I)
INCEPTION_YEAR_BEFORE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-?(?:ci|cü|cı|cu)?\s+il(?:də|dən)\s+$", re.I)
WAR_START = word_pattern(TIME["war_start"], end="")
# Cues that only say where harm came from ("in a mine explosion"): a verb of killing or
# injuring later in the clause says more.
WEAK_VICTIM_CUE = re.compile(r"explosion|partlayış|incident|взрыв|stepped\s+on|blown\s+up|подорвал", re.I)
# A metric named before its number, as Azerbaijani lists do: "piyada əleyhinə 97, tank əleyhinə 35 mina".
BEFORE_NUMBER_HINT = "əleyhinə"  # every phrase below has it: a substring test spares the searches
BEFORE_NUMBER = [
    ("apm_neutralized", re.compile(r"\bpiyada\s+əleyhinə\s*$", re.I)),
    ("atm_neutralized", re.compile(r"\btank\s+əleyhinə\s*$", re.I)),
]
# "247 out of 345 people": the first counts a part of the second.
OUT_OF = re.compile(r"^\s*out\s+of\s+(?=\d)", re.I)
# "45 and 27 anti-personnel and anti-tank mines, respectively": each count in its place.
RESPECTIVELY = Gated(re.compile(r"\brespectively\b|\bсоответственно\b|\bmüvafiq\s+olaraq\b", re.I),
                     ("respectively", "соответственно", "müvafiq"))
PAIR_JOIN = re.compile(r"\s*,?\s*(?:and|и|və)\s+", re.I)
# "65 and 290 people were killed and injured, respectively" (the single patterns read "killed and
# injured" as all victims).
PAIRED_HARM = re.compile(r"^\s*(?:people\s+|persons\s+)?(?:were\s+|have\s+been\s+)?(?P<a>killed|died|injured|wounded)\s*,?\s*and\s+(?P<b>killed|died|injured|wounded)\b"
                         r"|^\s*(?:человек\s+)?(?P<ra>погибл?и|ранены)\s+и\s+(?P<rb>погибл?и|ранены)\b", re.I)
# A sentence that opens on a part of the whole the sentence before counted: "Of them, ...", "Из них ...".
# (Not "Of this": the opening of many a sentence that is no part of anything.)
OF_THEM = re.compile(r"^\W*(?:" + "|".join((_OF["people"], _OF["people_named"], _OF["amount_named"])) + r")\b", re.I)
# Azerbaijani marks a range on its dates: "10 noyabrından ... 11 noyabrınadək".
AZ_RANGE_START = re.compile(r"(?:dan|dən)$", re.I)
# ... or after the year's case and a word for date: "10 noyabr 2020-ci il tarixindən 1 iyun 2021-ci il tarixinədək".
AZ_RANGE_BETWEEN = re.compile(r"-?(?:ci|cü|cı|cu)?\s+il(?:in)?\s+(?:tarixin)?d[əa]n\s*$", re.I)
RANGE_WORDS = re.compile(r"^,?\s*(?:года?\s+)?(?:to|till|until|and|through|-|–|по|до)\s*$", re.I)
