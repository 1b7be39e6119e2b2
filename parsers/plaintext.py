"""Plain-text publications: their text, mended where a page break cut a sentence, and the
tab-separated tables inside it (and the tables of an HTML page's main text, written in it as
rows of cells between bars).

Reports converted to text keep their tables as lines of tab-separated cells; read as such,
their rows and total rows take part in the checks as a PDF's tables do. They also keep each
page's footnotes where the page ended, often inside a sentence ("At the end of 2022, the
Ministry of Defence" ... notes ... "had a capacity of 450 deminers"): the sentence is joined
again and the notes follow it. Pure functions.
"""

from __future__ import annotations

import re

from .model import Table

FOOTNOTE_LINE = re.compile(r"\s*(?:[-•]\s*)?(?:\d{1,3}\s|[\u00b9\u00b2\u00b3\u2070-\u2079]+\s?)")
OPEN_END = re.compile(r"[A-Za-z,]\s*$")  # a paragraph cut mid-sentence
MAX_NOTES = 40  # paragraphs of notes a page break may put inside a sentence
MARKUP = re.compile(r"</?b>|\*\*|\\\*")
FOOTNOTE = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
MIN_ROWS = 2  # besides the header: fewer is a layout, not a table


def tab_tables(text: str) -> list[Table]:
    """Runs of lines of three or more tab-separated cells, captioned by the line just above."""
    lines = text.splitlines()
    tables, i = [], 0
    while i < len(lines):
        if lines[i].count("\t") < 2:
            i += 1
            continue
        start = i
        while i < len(lines) and lines[i].count("\t") >= 1:
            i += 1
        _add_table(tables, lines, start, [line.split("\t") for line in lines[start:i]])
    return tables


# An HTML table as trafilatura writes it into the main text: "| District | Anti-tank mines |",
# a "|---|---|" rule under the header, then a line per row.
PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-+:?\s*\|)+\s*$")


def pipe_tables(text: str) -> list[Table]:
    """The HTML tables of a page's main text, captioned by the line just above."""
    if "|" not in text:
        return []
    lines = text.splitlines()
    tables, i = [], 0
    while i < len(lines):
        if not PIPE_ROW.match(lines[i]):
            i += 1
            continue
        start = i
        while i < len(lines) and PIPE_ROW.match(lines[i]):
            i += 1
        _add_table(tables, lines, start, [PIPE_ROW.match(line).group(1).split("|")
                                          for line in lines[start:i] if not PIPE_RULE.match(line)])
    return tables


def _add_table(tables: list[Table], lines: list[str], start: int, block: list[list[str]]) -> None:
    block = [[_cell(c) for c in row] for row in block]
    if len(block) > MIN_ROWS:
        width = len(block[0])
        rows = [(row + [""] * width)[:width] for row in block]
        tables.append(Table(caption=_caption(lines, start), rows=rows))


def _cell(cell: str) -> str:
    return MARKUP.sub("", cell).strip()


def _caption(lines: list[str], start: int) -> str:
    """The nearest non-empty line above the table, within three lines."""
    for line in reversed(lines[max(0, start - 3):start]):
        if line.strip():
            return FOOTNOTE.sub("", MARKUP.sub("", line)).strip()
    return ""


def mend_page_breaks(text: str) -> str:
    """Join a paragraph cut mid-sentence with its continuation past a run of footnotes."""
    paras = text.split("\n\n")
    i = 0
    while i < len(paras):
        if OPEN_END.search(paras[i]) and len(paras[i].strip()) > 40 and "\t" not in paras[i]:
            j = i + 1
            while j < len(paras) and j - i <= MAX_NOTES and (not paras[j].strip() or FOOTNOTE_LINE.match(paras[j])):
                j += 1
            if i + 1 < j < len(paras) and paras[j][:1].islower():
                paras[i] = paras[i].rstrip() + " " + paras[j].lstrip()
                del paras[j]
        i += 1
    return "\n\n".join(paras)
