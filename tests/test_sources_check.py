"""`minewatch sources check` against real local servers: the sample site works; a page where a
feed should be, a 403, a 404, a listing without links and a page built by script each say so."""

import json

from minewatch.cli import main

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Deminers cleared 1,204 hectares last week</title><link>{base}/news/week.html</link></item>
<item><title>Football: the derby ends in a draw</title><link>{base}/news/football.html</link></item>
</channel></rss>"""
ARTICLE = ("<html><head><title>Weekly demining</title><meta property='article:published_time' content='2026-07-06'>"
           "</head><body><article><h1>Weekly demining</h1><p>From June 29 to July 5, deminers cleared 1,204.3 hectares "
           "and found 88 anti-personnel mines in the liberated territories.</p></article></body></html>")


def sources_file(tmp_path, site, entries):
    text = "delay = 0\n" + "".join(
        f'\n[[sources]]\nname = "{name}"\npublisher = "{name}"\nkind = "{kind}"\nurl = "{site.url_for(path)}"\n'
        + (f'selector = "{selector}"\n' if selector else "") + 'include = ["demin", "mine"]\n'
        for name, kind, path, selector in entries)
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


def test_the_sample_sources_all_work(capsys):
    assert main(["sources", "check", "--config", "samples/sources.toml", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 5 and all(d["ok"] and d["relevant"] and d["published"] and d["figures"] for d in found)


def test_each_failure_is_named(tmp_path, site, capsys):
    base = site.url_for("").rstrip("/")
    site.expect_request("/good.rss").respond_with_data(FEED.format(base=base), content_type="application/rss+xml")
    site.expect_request("/news/week.html").respond_with_data(ARTICLE, content_type="text/html")
    site.expect_request("/en/rss").respond_with_data("<!doctype html><html><body><a href='/a'>a</a></body></html>",
                                                     content_type="text/html")
    site.expect_request("/blocked.rss").respond_with_data("Forbidden", status=403)
    site.expect_request("/gone.rss").respond_with_data("Not found", status=404)
    site.expect_request("/empty/").respond_with_data("<html><body><p>Nothing listed today.</p></body></html>",
                                                     content_type="text/html")
    site.expect_request("/app/").respond_with_data(
        "<html><body><div id='app'></div><script src='/bundle.js'></script></body></html>", content_type="text/html")
    config = sources_file(tmp_path, site, [
        ("good", "rss", "/good.rss", None), ("html-feed", "rss", "/en/rss", None),
        ("blocked", "rss", "/blocked.rss", None), ("gone", "rss", "/gone.rss", None),
        ("empty", "listing", "/empty/", "a.news"), ("app", "listing", "/app/", "a.news")])
    assert main(["sources", "check", "--config", str(config)]) == 1
    lines = {line.split()[1]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["good"].startswith("ok") and "2 items, 1 relevant" in lines["good"]
    assert "date 2026-07-06" in lines["good"] and "area_cleared 1,204.3 ha" in lines["good"]
    assert "an HTML page where a feed was expected" in lines["html-feed"]
    assert "HTTP 403" in lines["blocked"] and "HTTP 404" in lines["gone"]
    assert "a listing page without links matching 'a.news'" in lines["empty"]
    assert "built by script" in lines["app"]
    assert all(lines[name].startswith("FAIL") for name in ("html-feed", "blocked", "gone", "empty", "app"))


def test_a_run_says_why_a_source_that_never_listed_anything_yields_nothing(tmp_path, site):
    from pipeline.discovery import discover_all
    from sources.config import load_config
    from sources.fetch import make_fetcher
    from warehouse import Warehouse

    site.expect_request("/en/rss").respond_with_data("<!doctype html><html><body><p>Home</p></body></html>",
                                                     content_type="text/html")
    config = load_config(sources_file(tmp_path, site, [("apa", "rss", "/en/rss", None)]))
    with Warehouse(tmp_path / "w.duckdb") as wh:
        found = discover_all(config, make_fetcher(config), wh)
    assert found.errors == [("apa", site.url_for("/en/rss"), f"{site.url_for('/en/rss')}: an HTML page where a feed was expected")]


def test_a_listing_without_links_in_a_run_says_so(tmp_path, site):
    from pipeline.discovery import discover_all
    from sources.config import load_config
    from sources.fetch import make_fetcher
    from warehouse import Warehouse

    site.expect_request("/news/").respond_with_data("<html><body><div id='app'></div><script src='/a.js'></script>"
                                                    "</body></html>", content_type="text/html")
    config = load_config(sources_file(tmp_path, site, [("anama", "listing", "/news/", "a[href*='/en/news/']")]))
    with Warehouse(tmp_path / "w.duckdb") as wh:
        found = discover_all(config, make_fetcher(config), wh)
    assert found.errors == [("anama", site.url_for("/news/"), "a page built by script: its HTML holds no links to read")]
