"""PDF reports: running text and tables (ruled ones by their lines, unruled ones by
the positions of their header's columns)."""

from __future__ import annotations

import io
import multiprocessing
import re

from errors import ParseError

from .dates import parse_date
from .model import Document, Table

CAPTION = re.compile(r"^\s*Table\s+\d+\s*[.:]", re.I)
CELL_GAP = 7.0  # points between words that starts a new cell; a space is ~2.5
TIME_LIMIT = 120.0  # seconds for one PDF: reports parse at ~0.12 s a page


def parse_pdf_within(data: bytes, url: str | None = None, seconds: float = TIME_LIMIT) -> Document:
    """parse_pdf in a forked child that is killed after `seconds`: a hostile PDF (a page
    that never ends, a decompression bomb) costs one failed publication, not the run."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_parse_in_child, args=(data, url, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise ParseError(f"parsing took longer than {seconds:g} s (a hostile or broken PDF?); gave up")
        try:
            ok, result = receive.recv()
        except EOFError:  # the child died without a word: out of memory, say
            child.join(5)
            raise ParseError(f"the PDF parser died (exit code {child.exitcode})") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()
    if not ok:
        raise ParseError(result)
    return result


def _parse_in_child(data: bytes, url: str | None, send) -> None:
    """The child's answer goes back through the pipe, a failure of any kind as its message:
    nothing else crosses the process boundary."""
    try:
        send.send((True, parse_pdf(data, url)))
    except Exception as exc:
        send.send((False, str(exc) if isinstance(exc, ParseError) else f"{exc.__class__.__name__}: {exc}"))
    finally:
        send.close()


def parse_pdf(data: bytes, url: str | None = None) -> Document:
    import pdfplumber  # heavy: only when a PDF is parsed
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise ParseError(f"unreadable PDF: {_why(exc)}") from exc
    with pdf:
        texts, tables = [], []
        for page in pdf.pages:
            texts.append(page.extract_text() or "")
            tables.extend(_page_tables(page))
        meta = pdf.metadata or {}
    text = "\n".join(_reflow(t) for t in texts)
    title = (meta.get("Title") or "").strip() or next((l.strip() for l in text.splitlines() if l.strip()), None)
    return Document(
        text=text,
        title=title,
        published=_pdf_date(meta.get("CreationDate")),
        url=url,
        tables=tables,
    )


def _why(exc: Exception) -> str:
    """pdfplumber wraps pdfminer's error, often with an empty message: name the inner one."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if inner.__class__.__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
        return "encrypted, and a password is needed to open it"
    return f"{inner.__class__.__name__}: {inner}" if str(inner) else inner.__class__.__name__


def _reflow(page_text: str) -> str:
    """Join lines that the page width wrapped, so that a sentence is one line."""
    out: list[str] = []
    for line in page_text.splitlines():
        if out and len(out[-1]) > 60 and not out[-1].rstrip().endswith((".", ":", ";", "!", "?")):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _pdf_date(raw) -> object:
    if isinstance(raw, bytes):
        raw = raw.decode("latin-1", "replace")
    m = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", raw or "")
    return parse_date(f"{m[1]}-{m[2]}-{m[3]}") if m else None


def _lines(page) -> list[list[dict]]:
    words = page.extract_words(keep_blank_chars=False, x_tolerance=1.5)
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) < 2.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _cells(line: list[dict]) -> list[dict]:
    cells: list[dict] = []
    for w in line:
        if cells and w["x0"] - cells[-1]["x1"] < CELL_GAP:
            cells[-1]["text"] += " " + w["text"]
            cells[-1]["x1"] = w["x1"]
        else:
            cells.append({"text": w["text"], "x0": w["x0"], "x1": w["x1"]})
    return cells


def _caption_above(lines, top: float) -> str | None:
    above = [l for l in lines if l[0]["bottom"] <= top + 1]
    for line in reversed(above[-3:]):
        text = " ".join(w["text"] for w in line)
        if CAPTION.match(text):
            return text
    return None


def _page_tables(page) -> list[Table]:
    lines = _lines(page)
    tables, used = [], set()
    for found in page.find_tables():
        caption = _caption_above(lines, found.bbox[1]) or "Table"
        used.add(caption)
        tables.append(Table(caption=caption, rows=[[c or "" for c in row] for row in found.extract()]))
    for i, line in enumerate(lines):
        caption = " ".join(w["text"] for w in line)
        if CAPTION.match(caption) and caption not in used:
            rows = _unruled_rows(lines[i + 1:])
            if len(rows) > 1:
                tables.append(Table(caption=caption, rows=rows))
    return tables


def _unruled_rows(lines) -> list[list[str]]:
    """Rows under a caption. Columns come from the body: the label column on the left,
    then one column per right edge shared by the numbers (agency tables right-align them);
    header words join the column whose right edge is the first at or after theirs."""
    if len(lines) < 2:
        return []
    header, body, prev = lines[0], [], lines[0]
    for line in lines[1:]:
        cells = _cells(line)
        height = prev[0]["bottom"] - prev[0]["top"]
        if len(cells) < 2 or line[0]["top"] - prev[0]["bottom"] > 2 * height:
            break
        body.append(cells)
        prev = line
    if not body:
        return []
    edges: list[float] = []
    for cell in (c for cells in body for c in cells[1:]):
        if not any(abs(cell["x1"] - e) < 4 for e in edges):
            edges.append(cell["x1"])
    edges.sort()
    label_right = min(c["x0"] for cells in body for c in cells[1:]) - 2
    label_end = max(cells[0]["x1"] for cells in body)

    def column(x1: float) -> int:
        return 1 + min(range(len(edges)), key=lambda i: abs(edges[i] - x1))

    names = [""] * (len(edges) + 1)
    for w in header:
        i = 0 if w["x0"] <= label_end + CELL_GAP and w["x1"] <= label_right else 1 + next((k for k, e in enumerate(edges) if e >= w["x1"] - 2), len(edges) - 1)
        names[i] = (names[i] + " " + w["text"]).strip()
    rows = [names]
    for cells in body:
        row = [""] * len(names)
        for k, cell in enumerate(cells):
            row[0 if k == 0 and cell["x1"] <= label_right else column(cell["x1"])] = cell["text"]
        rows.append(row)
    return rows
