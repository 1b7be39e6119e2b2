"""Stated percentages ("the cleared land is around 4% of all land that needs mine action").

Text and figures in, shares out, no I/O. A share is a percentage *of* something: "rose by
60%" is a change, not a share, and is left alone. Where the text lets a reader tell which
figures the percentage relates, the share names them: the part (the figure stated beside
the percentage, or the running total of cleared land its sentence speaks of) and the whole
(a figure inside the "of ..." phrase, or the contaminated area the document gives, summed
over threat levels when it gives only those). Checks then compare the stated percentage
with part / whole; a share whose part or whole cannot be told is still checked for range.

Shares are not taxonomy figures: they are kept apart so that extraction scores are not
affected by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import vocabulary as v
from .sentences import sentences
from .model import Figure
from .numbers import parse_number

# A sentence whose subject is the figure just stated: "These constituted 1.4% of ...".
THESE = re.compile(r"\s*(?:these|they)\s+(?:constitut\w*|represent\w*|account\w*\s+for|ma[dk]es?\s+up|made\s+up)\b", re.I)
PERCENT = re.compile(r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
# What may stand between a figure and its percentage: "166,000 hectares, or 14.2 percent".
BESIDE = re.compile(r"^[\s,]*(?:\(|or\b|i\.e\.|that\s+is\b|which\s+is\b|representing\b|equal\s+to\b|"
                    r"accounting\s+for\b)[\s,]*(?:" + "|".join(p.pattern.rstrip("$") for _, p in v.QUALIFIER_BEFORE)
                    + r")?\s*$", re.I)
ASIDE = re.compile(r"\s*\(([^()]{1,120})\)")  # "25 percent (over 16,000 hectares) of ..."
OF = re.compile(r"\s*of\s+", re.I)
# The "of ..." phrase ends with its clause or at its verb: "22 percent of the ordered territory has been demined".
WHOLE_END = re.compile(r"[;.)]|,\s+(?:while|but|which)\b|\s+(?:has|have|had|was|were|is|are|cleared|demined|"
                       r"released|became|took|proved|proven)\b", re.I)
WHOLE_WORDS = 8  # "of the overall high, medium, and low threat areas"
# A whole that is all the land still to be dealt with: not one district's, one threat level's
# or one kind of contamination's.
ALL_CONTAMINATED = re.compile(
    r"\b(?:all|overall|total|entire|whole)\b.*\b(?:mine\s+action|contaminat\w*|threat\s+areas?|hazardous\s+areas?)"
    r"|\b(?:needs?|subject\w*)\s+(?:for\s+|to\s+|of\s+)?mine\s+action|\bestimated\s+contamination", re.I)
SUBSET = re.compile(r"\b(?:cluster|CMR|submunitions?|high(?:ly)?\s+(?:threat|contaminated)|district|region)\b", re.I)
# A part that is the running total of cleared land: "the cleared land", "cleared so far".
CLEARED_SO_FAR = re.compile(r"\b(?:cleared|demined|released)\b.{0,40}\b(?:so\s+far|to\s+date)\b|"
                            r"\b(?:so\s+far|to\s+date)\b.{0,20}\b(?:cleared|demined|released)\b|"
                            r"\b(?:the|all)\s+(?:cleared|demined|released)\s+(?:land|area|territor\w+)|"
                            r"\b(?:has|have)\s+(?:so\s+far\s+)?been\s+(?:cleared|demined)\b", re.I)
THREAT = re.compile(r"\bthreat\b", re.I)


@dataclass
class Share:
    percent: float
    qualifier: str
    decimals: int              # digits after the decimal mark: "14.2%" has 1, the rounding it implies
    quote: str                 # the percentage and its "of ..." phrase, exactly as in the text
    part_metric: str | None = None
    whole_metric: str | None = None
    part: list[int] = field(default_factory=list)    # indexes into the figures list
    whole: list[int] = field(default_factory=list)   # several when the whole is a sum (threat levels)


def extract_shares(text: str, figures: list[Figure]) -> list[Share]:
    """Every "N% of ..." statement of text, with the figures it relates where they can be told."""
    where = _positions(text, figures)
    shares, previous = [], (0, 0)
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        for m in PERCENT.finditer(sentence):
            share = _read(sentence, s_start, m, figures, where, previous)
            if share is not None:
                shares.append(share)
        previous = (s_start, s_end)
    return shares


def _read(sentence: str, s_start: int, m: re.Match, figures: list[Figure],
          where: dict[int, list[int]], previous: tuple[int, int]) -> Share | None:
    after = m.end()
    aside = ASIDE.match(sentence, after)
    if aside:
        after = aside.end()
    of = OF.match(sentence, after)
    if not of:
        return None  # a change ("dropped by 60%") or a bare rate, not a share of something
    end = WHOLE_END.search(sentence, of.end())
    whole_end = end.start() if end else len(sentence)
    words = list(re.finditer(r"\S+", sentence[of.end():whole_end]))
    if len(words) > WHOLE_WORDS:
        whole_end = of.end() + words[WHOLE_WORDS - 1].end()
    value, _ = parse_number(m.group("num").replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", m.group("num"))
                            else m.group("num"))
    decimals = len(re.split(r"[.,]", m.group("num"))[1]) if re.search(r"[.,]", m.group("num")) else 0
    before = sentence[:m.start()]
    said = next((q.start() for _, rx in v.QUALIFIER_BEFORE for q in [rx.search(before)] if q), m.start())
    share = Share(percent=value, qualifier=v.qualifier_before(before), decimals=decimals,
                  quote=sentence[said:whole_end].rstrip(" ,"))

    def inside(lo: int, hi: int) -> list[int]:
        return _placed(where, s_start + lo, s_start + hi)

    # The part: a figure stated right beside the percentage, else what the sentence says was cleared.
    beside = [i for i in inside(0, m.start())
              if BESIDE.match(sentence[_end_in(sentence, figures[i].quote, m.start()):m.start()])]
    if aside:
        beside += inside(m.end(), aside.end())
    told = _placed(where, *previous) if THESE.match(sentence) else []
    if beside or told:
        share.part = [(beside or told)[-1]]
        share.part_metric = figures[share.part[0]].metric
    elif CLEARED_SO_FAR.search(sentence[:m.start()] + " " + sentence[whole_end:]):
        share.part_metric = "area_cleared"
        share.part = _running_total(figures, where, s_start + m.start())

    # The whole: a figure inside the "of ..." phrase, else the contaminated area of the document.
    phrase = sentence[of.end():whole_end]
    stated = [i for i in inside(of.end(), whole_end) if i not in share.part]
    if stated:
        share.whole = [stated[0]]
        share.whole_metric = figures[stated[0]].metric
    elif ALL_CONTAMINATED.search(phrase) and not SUBSET.search(phrase.replace("high, medium", "")):
        share.whole_metric = "area_contaminated"
        share.whole = _contaminated_area(figures)
    if share.part_metric and share.whole_metric and figures and share.part and share.whole:
        if figures[share.part[0]].unit != figures[share.whole[0]].unit:
            share.part, share.whole = [], []
    return share


def _positions(text: str, figures: list[Figure]) -> dict[int, list[int]]:
    """Where each running-text figure's quote occurs in text (table figures are not placed)."""
    out = {}
    for i, f in enumerate(figures):
        if f.table is None and f.quote:
            out[i] = [m.start() for m in re.finditer(re.escape(f.quote), text)]
    return out


def _placed(where: dict[int, list[int]], lo: int, hi: int) -> list[int]:
    """The figures quoted between offsets lo and hi of the text, in order."""
    return [i for _, i in sorted((min(p for p in spans if lo <= p < hi), i) for i, spans in where.items()
                                 if any(lo <= p < hi for p in spans))]


def _end_in(sentence: str, quote: str, limit: int) -> int:
    """End of the last occurrence of quote in sentence before limit."""
    return sentence.rfind(quote, 0, limit) + len(quote)


def _national(f: Figure) -> bool:
    # ANAMA reports the national figures: its name on a figure does not make it a part.
    return f.district is None and f.operator in (None, "ANAMA") and f.table is None


def _running_total(figures: list[Figure], where: dict[int, list[int]], at: int) -> list[int]:
    """The country's running total of cleared land nearest before `at` (else first after)."""
    found = [(p, i) for i, f in enumerate(figures)
             if f.metric == "area_cleared" and f.kind == "cumulative" and _national(f) and i in where
             for p in where[i]]
    before = [x for x in found if x[0] < at]
    if before:
        return [max(before)[1]]
    return [min(found)[1]] if found else []


def _contaminated_area(figures: list[Figure]) -> list[int]:
    """The document's contaminated area: its one overall figure, else the sum of its threat
    levels (one figure each). Several different overall figures leave the whole untold."""
    area = [(i, f) for i, f in enumerate(figures) if f.metric == "area_contaminated" and _national(f)]
    overall = [(i, f) for i, f in area if not (f.note and THREAT.search(f.note))]
    if overall:
        return [overall[0][0]] if len({f.value for _, f in overall}) == 1 else []
    levels: dict[str, list[int]] = {}
    for i, f in area:
        levels.setdefault(f.note, []).append(i)
    if len(levels) < 2 or any(len({figures[i].value for i in ids}) > 1 for ids in levels.values()):
        return []
    return [ids[0] for ids in levels.values()]
