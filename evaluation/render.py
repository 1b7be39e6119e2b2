"""A labelled plain text rendered as the news page it was: title, date, and page chrome
around the article, so that evaluation goes through the same HTML path as a real fetch."""

from __future__ import annotations

import html
import re
from datetime import date

CHROME_TOP = """<header class="site-header"><a href="/">Home</a> <a href="/politics">Politics</a>
<a href="/economy">Economy</a> <a href="/society">Society</a> <a href="/sport">Sport</a>
<form><input name="q" placeholder="Search"></form></header>"""
CHROME_BOTTOM = """<aside class="most-read"><h3>Most read</h3><ul>
<li><a href="/a">Exchange rates for today</a></li><li><a href="/b">Weather: rain expected tomorrow</a></li>
</ul></aside>
<footer><p>All rights reserved. Materials may be reproduced with a hyperlink.</p>
<p><a href="/about">About us</a> · <a href="/contact">Contact</a></p></footer>"""


def render_page(doc: dict) -> str:
    title = doc.get("title") or doc["text"].strip().split("\n", 1)[0][:90]
    published = doc.get("published")
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    # The publisher's page names its site, as real pages do (og:site_name): "other:todayaz" is todayaz.
    site = (doc.get("publisher") or "").removeprefix("other:")
    meta += f'<meta property="og:site_name" content="{html.escape(site)}">' if site else ""
    byline = ""
    if published:
        byline = f'<p class="date"><time datetime="{published}">{date.fromisoformat(published).strftime("%d %B %Y")}</time></p>'
    # Blank lines separate paragraphs; a single line break inside one is a wrapped line.
    paragraphs = "\n".join(f"<p>{html.escape(' '.join(p.split()))}</p>" for p in re.split(r"\n\s*\n", doc["text"]) if p.strip())
    lang = doc.get("language") or "en"
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>{meta}</head>'
            f"<body>{CHROME_TOP}<main><article><h1>{html.escape(title)}</h1>{byline}{paragraphs}</article></main>"
            f"{CHROME_BOTTOM}</body></html>")
