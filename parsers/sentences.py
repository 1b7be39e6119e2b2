"""Sentences of running text, and the clause of a figure in one, as character spans: the units
the extractor reads in."""

from __future__ import annotations

import re

# A footnote mark may follow the full stop: "24 mine clearance machines.⁹¹ The number ..."
SENTENCE_END = re.compile(r"[.!?;][\u00b9\u00b2\u00b3\u2070-\u2079]*\s+(?=[A-Z0-9\"“(•\-А-ЯƏÜÖĞŞÇİ])|\n+")
# An abbreviated month or title is not the end of a sentence: "From Aug. 18 to 24".
ABBREVIATION = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|St|Mr|Dr))$")
# Nor is an abbreviated scale before the rest of its number: "3 тыс. 200 мин".
SCALE_ABBREVIATION = re.compile(r"(?<!\w)(?:тыс|млн|млрд|mln|bn)$", re.I)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        stop = m.start() + (text[m.start()] in ".!?;")  # the mark ends its sentence
        if text[m.start()] == "." and (ABBREVIATION.search(text, max(0, m.start() - 5), m.start()) or (
                m.end() < len(text) and text[m.end()].isdigit() and SCALE_ABBREVIATION.search(text, max(0, m.start() - 5), m.start()))):
            continue
        if stop > start:
            spans.append((start, stop))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans



_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f ]*\d|\d|")  # a figure's number, its own commas included
_CLAUSE_MARK = re.compile(r"[,;:]")
_NOT_YEAR_DIGIT = re.compile(r"(?:19|20)\d\d|(\d)")


def clause_span(sentence: str, position: int) -> tuple[int, int]:
    """(start, end) of the clause of the figure whose number starts at position: from the comma
    before it to the one after its number, or from the comma before that when what lies between
    is a short lead with no number but a year ("..., in January, 2,500", "..., and in 2022, 32,000")."""
    number_end = _NUMBER.match(sentence, position).end()
    start = max(sentence.rfind(",", 0, position), sentence.rfind(";", 0, position)) + 1
    if start and not sentence[start:position].strip():
        lead = max(sentence.rfind(",", 0, start - 1), sentence.rfind(";", 0, start - 1)) + 1
        if start - lead <= 30 and not any(m[1] for m in _NOT_YEAR_DIGIT.finditer(sentence, lead, start)):
            start = lead
    return start, next((m.start() for m in _CLAUSE_MARK.finditer(sentence, number_end)), len(sentence))
