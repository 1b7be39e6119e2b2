"""The synthetic archive the archive benchmark reads: weekly reports, running totals and
victim counts from six publishers, in HTML (most), plain text and PDF (with a ruled table),
with values drawn from a seeded random generator. Every sentence is written here."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

PUBLISHERS = ["anama", "azertag", "trend", "report", "apa", "azernews"]
DISTRICTS = ["Fuzuli", "Aghdam", "Tartar", "Khojavand", "Jabrayil", "Zangilan", "Gubadli", "Lachin", "Kalbajar", "Shusha"]


def _week(rng: random.Random, end: date, before: dict) -> dict:
    """One week's true numbers; the running totals grow by exactly the week's."""
    hectares = round(rng.uniform(200, 3000), 1)
    districts = rng.sample(DISTRICTS, rng.randint(2, 5))
    shares = [rng.uniform(0.05, 0.3) for _ in districts]
    return {"end": end, "apm": rng.randint(0, 90), "atm": rng.randint(0, 120), "uxo": rng.randint(50, 900),
            "hectares": hectares, "districts": [(d, round(hectares * s, 1)) for d, s in zip(districts, shares)],
            "total": round(before["total"] + hectares, 1), "victims": before["victims"] + rng.choice((0, 0, 0, 1, 2))}


def _weekly(week: dict, style: int) -> tuple[str, str]:
    """A publisher's report of the week, in one of three wordings."""
    end = week["end"]
    start = end - timedelta(days=6)
    period = f"{start.day} to {end.day} {end:%B %Y}" if start.month == end.month else \
        f"{start.day} {start:%B} to {end.day} {end:%B %Y}"
    found = (f"{week['apm']} anti-personnel mines, {week['atm']} anti-tank mines and {week['uxo']:,} unexploded "
             "ordnance")
    if style == 0:
        title = f"Demining results for the week of {period}"
        lines = [f"From {period}, demining teams found and neutralized {found}.",
                 f"During the same week {week['hectares']:,.1f} hectares of land were cleared of mines and "
                 "explosive remnants of war."]
    elif style == 1:
        title = f"Deminers cleared {week['hectares']:,.0f} hectares last week"
        lines = [f"Between {period}, {week['hectares']:,.1f} hectares were cleared of mines.",
                 f"Over the same period the teams neutralized {found}."]
    else:
        title = f"Weekly mine clearance update, {period}"
        lines = [f"In the week from {period}, sappers neutralized {found}, and {week['hectares']:,.1f} hectares of "
                 "territory were cleared."]
    lines += [f"In the {d} district, {h:,.1f} hectares were cleared." for d, h in week["districts"]]
    lines.append(f"Since 10 November 2020, a total of {week['total']:,.1f} hectares have been cleared.")
    if style != 1:
        lines.append(f"Since 2020, {week['victims']} people have become victims of mines.")
    return title, "\n".join(lines)


def _html(title: str, body: str, published: date, publisher: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines())
    return (f"<!doctype html><html lang='en'><head><title>{title} | {publisher}</title>"
            f"<meta property='og:site_name' content='{publisher}'>"
            f"<meta property='article:published_time' content='{published.isoformat()}'></head>"
            f"<body><nav>Home | News | About</nav><article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>All rights reserved.</footer></body></html>").encode()


def _pdf(title: str, body: str, districts: list[tuple[str, float]], published: date) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime(published.year, published.month, published.day, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, title + "\n\n" + body)
    pdf.ln(4)
    pdf.cell(0, 6, "Table 1: Land cleared by district (hectares)", new_x="LMARGIN", new_y="NEXT")
    for district, value in [("District", "Hectares")] + [(d, f"{h:.1f}") for d, h in districts]:
        pdf.cell(60, 7, district, border=1)
        pdf.cell(40, 7, value, border=1, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def synthesize(n: int, root: Path, seed: int = 7) -> list[dict]:
    """n publications under root/site, six a week (one per publisher, each in its own
    words, all telling the same numbers), oldest first; returns their index."""
    rng = random.Random(seed)
    site = root / "site"
    out, week = [], {"total": 10_000.0, "victims": 300}
    end = date(2024, 12, 29) - timedelta(weeks=n // len(PUBLISHERS))
    for i in range(n):
        publisher = PUBLISHERS[i % len(PUBLISHERS)]
        if i % len(PUBLISHERS) == 0:
            end += timedelta(weeks=1)
            week = _week(rng, end, week)
        title, body = _weekly(week, i % 3)
        published = end + timedelta(days=1)
        kind = "pdf" if i % 50 == 7 else "txt" if i % 20 == 3 else "html"
        path = site / publisher / f"{published.isoformat()}-{i:05d}.{kind}"
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "pdf":
            path.write_bytes(_pdf(title, body, week["districts"], published))
        elif kind == "txt":  # a bare text has no publication date: no running totals "as of" it
            path.write_text(f"{title}\n\n" + "\n".join(x for x in body.splitlines() if not x.startswith("Since")))
        else:
            path.write_bytes(_html(title, body, published, publisher))
        out.append({"path": str(path), "publisher": publisher, "title": title})
    (root / "index.json").write_text(json.dumps(out))
    return out
