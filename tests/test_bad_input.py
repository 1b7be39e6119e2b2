"""Hostile and broken publications in one real daily flow run: each gets a clear error,
recorded in the warehouse against its publication (or its source), and the run goes on to
load the good publication listed after them."""

import os
import zlib

import pytest
from fpdf import FPDF
from werkzeug import Response

from warehouse import Warehouse

pytestmark = pytest.mark.slow

MB = 1024 * 1024
GOOD = ("<html><head><title>Weekly demining</title></head><body><article><p>From 8 to 14 April 2024 deminers "
        "cleared 812.4 hectares and found 17 anti-personnel mines.</p></article></body></html>")


def report_pdf(password: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, "In March 2024 deminers cleared 1,234.5 hectares and found 56 anti-personnel mines.")
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    return bytes(pdf.output())


def gzip_bomb(expanded: int) -> bytes:
    """expanded bytes of zeros, gzip-compressed to about a thousandth of that."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MB)
    return b"".join(packer.compress(block) for _ in range(expanded // MB)) + packer.flush()


def endless_page(size: int):
    """A page streamed without Content-Length, so only the bytes read can tell its size."""
    yield b"<html><body><p>"
    chunk = b"mine clearance " * 4096
    for _ in range(size // len(chunk)):
        yield chunk


PUBLICATIONS = {
    "truncated.pdf": lambda: Response(report_pdf()[:700], content_type="application/pdf"),
    "encrypted.pdf": lambda: Response(report_pdf("secret"), content_type="application/pdf"),
    "garbage.html": lambda: Response(os.urandom(300_000), content_type="text/html"),
    "nested.html": lambda: Response(b"<html><body>" + b"<div>" * 100_000 + b"<p>cleared 45 hectares</p>"
                                    + b"</div>" * 100_000 + b"</body></html>", content_type="text/html"),
    "huge.html": lambda: Response(endless_page(50 * MB), content_type="text/html"),
    "bomb.html": lambda: Response(gzip_bomb(200 * MB), content_type="text/html",
                                  headers={"Content-Encoding": "gzip"}),
    # Readable, though it says nothing of its encoding: Russian in cp1251.
    "cp1251.html": lambda: Response(
        "<html><body><article><p>С 1 по 7 апреля 2024 года саперы очистили 1 234,5 гектара и обезвредили 56 "
        "противопехотных мин.</p></article></body></html>".encode("cp1251"), content_type="text/html"),
    # Readable, with an impossible date and a list of numbers that is not a number.
    "oddities.html": lambda: Response(
        "<html><head><meta property='article:published_time' content='31.02.2024'></head><body><article>"
        "<p>On 31.02.2024 teams 1,2,3 cleared 45 hectares in Fuzuli.</p></article></body></html>",
        content_type="text/html"),
    # Down for now: tried again next run, where the failures above wait for the revisit.
    "busy.html": lambda: Response("try later", status=503),
    "good.html": lambda: Response(GOOD, content_type="text/html"),
}


def test_each_bad_publication_is_recorded_and_the_run_goes_on(tmp_path, site, prefect_harness, clean_alert_env):
    from flows.daily import daily

    for name, respond in PUBLICATIONS.items():
        site.expect_request(f"/{name}").respond_with_handler(lambda request, respond=respond: respond())
    items = "".join(f"<item><title>mine clearance {n}</title><link>{site.url_for('/' + n)}</link></item>"
                    for n in PUBLICATIONS)
    site.expect_request("/feed.xml").respond_with_data(
        f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>", content_type="application/rss+xml")
    site.expect_request("/broken-feed.xml").respond_with_data(
        "<rss version='2.0'><channel><title>t</title><item><title>mine", content_type="application/rss+xml")
    (tmp_path / "sources.toml").write_text(
        f'delay = 0\n[[sources]]\nname = "hostile"\npublisher = "trend"\nkind = "rss"\n'
        f'url = "{site.url_for("/feed.xml")}"\n'
        f'[[sources]]\nname = "broken"\npublisher = "apa"\nkind = "rss"\nurl = "{site.url_for("/broken-feed.xml")}"\n')

    summary = daily(config_path=str(tmp_path / "sources.toml"), data_dir=str(tmp_path))

    assert summary["publications_new"] == 3 and summary["publications_failed"] == 7
    with Warehouse(tmp_path / "warehouse.duckdb", read_only=True) as wh:
        q = wh.con.execute
        assert q("SELECT status FROM runs").fetchall() == [("completed",)]
        failed = dict(q("SELECT regexp_extract(url, '[^/]+$'), error FROM publications WHERE status = 'failed'")
                      .fetchall())
        errors = dict(q("SELECT regexp_extract(url, '[^/]+$'), error FROM fetch_errors").fetchall())
        terminal = dict(q("SELECT regexp_extract(url, '[^/]+$'), terminal FROM fetch_errors").fetchall())
        next_run = [(url.rsplit("/", 1)[1], why) for url, *_, why in wh.work_list(revisit_days=30)]
        after_revisit = {url.rsplit("/", 1)[1]: why for url, *_, why in wh.work_list(revisit_days=0)}
        parsed = {name: rows for name, rows in q(
            """SELECT regexp_extract(p.url, '[^/]+$'), list((f.metric, f.value, f.period_start, f.quote) ORDER BY f.metric)
               FROM publications p LEFT JOIN figures f ON f.publication_id = p.id
               WHERE p.status = 'parsed' GROUP BY 1""").fetchall()}
    # Unreadable documents: kept as failed publications, raw bytes archived, the reason stated.
    assert set(failed) == {"truncated.pdf", "encrypted.pdf", "garbage.html", "nested.html"}
    assert "unreadable PDF" in failed["truncated.pdf"]
    assert "encrypted, and a password is needed" in failed["encrypted.pdf"]
    assert "binary content that is neither HTML nor PDF" in failed["garbage.html"]
    assert "HTML nested more than 256 elements deep" in failed["nested.html"]
    # Every error names its publication, and the run's own error log has them too.
    for name, error in failed.items():
        assert error.startswith(site.url_for("/" + name)) and errors[name] == error
    # Too big to download, whether it says so or not (streamed, or a small gzip that expands).
    assert "larger than the 20,971,520-byte cap" in errors["huge.html"]
    assert "larger than the 20,971,520-byte cap" in errors["bomb.html"]
    assert "not a readable RSS or Atom feed" in errors["broken-feed.xml"]
    assert len(summary["source_errors"]) == 1 and len(summary["publication_errors"]) == 7
    # Failed for good (too big, unreadable) or for now (a 503): only the second is fetched
    # again on the next run; the others wait for the revisit, then are tried once more.
    assert {n for n, t in terminal.items() if t} == set(failed) | {"huge.html", "bomb.html"}
    assert terminal["busy.html"] is False and terminal["broken-feed.xml"] is None
    assert next_run == [("busy.html", "retry")]
    assert after_revisit["huge.html"] == after_revisit["bomb.html"] == "retry" and set(failed).isdisjoint(after_revisit)
    # Readable ones are read right: undeclared cp1251, and oddities neither guessed nor fatal.
    assert [(m, v) for m, v, _, _ in parsed["cp1251.html"]] == [("apm_neutralized", 56), ("area_cleared", 1234.5)]
    assert parsed["cp1251.html"][1][3] == "1 234,5 гектара"  # Cyrillic, not mojibake
    assert [(m, v, d) for m, v, d, _ in parsed["oddities.html"]] == [("area_cleared", 45, None)]
    assert [(m, v) for m, v, _, _ in parsed["good.html"]] == [("apm_neutralized", 17), ("area_cleared", 812.4)]
