"""Watching publishers politely, against publisher sites simulated on localhost:
robots.txt, per-host delay, Retry-After, timeouts, redirects, size cap, the fetch log,
every discovery kind, incremental runs, relevance and reprints."""

import json
import time
from pathlib import Path

import pytest
from werkzeug import Response

from errors import TerminalError, TransientError
from pipeline.discovery import discover_all, plan
from pipeline.ingest import ingest
from sources.archive import RawArchive
from sources.config import Source, load_config
from sources.discover import discover
from sources.fetch import Fetcher, make_fetcher, retry_after_seconds
from warehouse import Warehouse

REPO = Path(__file__).resolve().parent.parent
WEEKLY = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p></article>"
          "</body></html>")


def polite(**kw):
    return Fetcher("minewatch-test/1.0 (+https://example.org/contact)", attempts=kw.pop("attempts", 2),
                   backoff=0.01, timeout=kw.pop("timeout", 2), **kw)


def paths(server, path=None):
    return [q.path for q, _ in server.log if path is None or q.path == path]


# robots.txt, User-Agent, delay ------------------------------------------------------
def test_robots_txt_is_obeyed_and_the_agent_names_a_contact(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: minewatch-test\nDisallow: /private/\n", content_type="text/plain")
    httpserver.expect_request("/news/a.html").respond_with_data("<p>ok</p>", content_type="text/html")
    heard = []
    fetcher = polite(on_request=heard.append)
    assert fetcher.get(httpserver.url_for("/news/a.html")).status == 200
    with pytest.raises(TerminalError, match="disallowed by .*robots.txt"):
        fetcher.get(httpserver.url_for("/private/b.html"))
    assert "/private/b.html" not in paths(httpserver)  # never requested
    assert paths(httpserver, "/robots.txt") == ["/robots.txt"]  # read once per site and run
    (request, _), = [e for e in httpserver.log if e[0].path == "/news/a.html"]
    assert request.headers["User-Agent"] == "minewatch-test/1.0 (+https://example.org/contact)"
    assert [r.outcome for r in heard] == ["ok", "ok", "robots"]


def test_robots_txt_down_means_not_now(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    with pytest.raises(TransientError, match="not crawled now"):
        polite(attempts=1).get(httpserver.url_for("/a.html"))


def test_per_host_delay_and_crawl_delay(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 1\n")
    httpserver.expect_request("/p").respond_with_data("<p>x</p>", content_type="text/html")
    fetcher = polite(delay=0.1)
    began = time.monotonic()
    for _ in range(2):
        fetcher.get(httpserver.url_for("/p"))
    assert time.monotonic() - began >= 1.9  # robots.txt's Crawl-delay (1 s) beat the configured 0.1 s
    other = polite(delay=0.3)
    other._robots[httpserver.url_for("/").rstrip("/")] = None  # no robots rules: the configured delay alone
    began = time.monotonic()
    for _ in range(3):
        other.get(httpserver.url_for("/p"))
    assert time.monotonic() - began >= 0.6


# retries, timeouts, caps, redirects --------------------------------------------------
def test_429_with_retry_after_is_honoured(site):
    site.expect_oneshot_request("/p").respond_with_data("slow down", status=429, headers={"Retry-After": "1"})
    site.expect_request("/p").respond_with_data("<p>ok</p>", content_type="text/html")
    heard = []
    fetcher = polite(on_request=heard.append)
    began = time.monotonic()
    assert fetcher.get(site.url_for("/p")).content == b"<p>ok</p>"
    assert time.monotonic() - began >= 1.0
    assert [(r.status, r.outcome) for r in heard if r.url.endswith("/p")] == [(429, "transient"), (200, "ok")]


def test_a_retry_after_longer_than_we_wait_gives_up_at_once(site):
    site.expect_request("/p").respond_with_data("come back tomorrow", status=503, headers={"Retry-After": "86400"})
    with pytest.raises(TransientError, match="retry after 86400 s"):
        polite(attempts=3).get(site.url_for("/p"))
    assert len(paths(site, "/p")) == 1


def test_retry_after_as_http_date():
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("120") == 120.0 and retry_after_seconds("soon") is None


def test_a_slow_page_times_out_as_transient(site):
    site.expect_request("/slow").respond_with_handler(lambda r: (time.sleep(1.5), Response("late"))[1])
    with pytest.raises(TransientError, match="Timeout"):
        polite(attempts=1, timeout=0.5).get(site.url_for("/slow"))


def test_redirect_to_a_foreign_host_is_refused(site):
    foreign = f"http://127.0.0.1:{site.port}/elsewhere.html"  # same server, but another host name
    site.expect_request("/moved").respond_with_data("", status=301, headers={"Location": foreign})
    site.expect_request("/local-move").respond_with_data("", status=302, headers={"Location": "/here.html"})
    site.expect_request("/here.html").respond_with_data("<p>here</p>", content_type="text/html")
    fetcher = polite(allowed_hosts={"localhost"})
    with pytest.raises(TerminalError, match="redirects to .*elsewhere.html, a host not in the sources file"):
        fetcher.get(site.url_for("/moved"))
    assert fetcher.get(site.url_for("/local-move")).url == site.url_for("/here.html")
    assert "/elsewhere.html" not in paths(site)
    allowed = polite(allowed_hosts={"localhost", "127.0.0.1"})
    site.expect_request("/elsewhere.html").respond_with_data("<p>there</p>", content_type="text/html")
    assert allowed.get(site.url_for("/moved")).content == b"<p>there</p>"


def test_size_cap_by_declared_length_and_by_stream(site):
    site.expect_request("/big").respond_with_data("x" * 5000, content_type="text/html")
    with pytest.raises(TerminalError, match="over the 1,000-byte cap"):
        polite(attempts=1, max_bytes=1000).get(site.url_for("/big"))
    site.expect_request("/chunked").respond_with_response(
        Response((b"y" * 600 for _ in range(5)), content_type="text/html", direct_passthrough=True))
    with pytest.raises(TerminalError, match="larger than the 1,000-byte cap"):
        polite(attempts=1, max_bytes=1000).get(site.url_for("/chunked"))


def test_every_fetch_is_recorded(site):
    site.expect_request("/ok").respond_with_data("<p>ok</p>", content_type="text/html")
    site.expect_request("/gone").respond_with_data("no", status=404)
    heard = []
    fetcher = polite(attempts=1, on_request=heard.append)
    fetcher.get(site.url_for("/ok"))
    with pytest.raises(TerminalError):
        fetcher.get(site.url_for("/gone"))
    records = {r.url.rsplit("/", 1)[1]: r for r in heard}
    assert (records["ok"].status, records["ok"].bytes, records["ok"].outcome) == (200, 9, "ok")
    assert (records["gone"].status, records["gone"].outcome) == (404, "terminal") and "404" in records["gone"].error
    assert records["robots.txt"].status == 404 and all(r.seconds >= 0 for r in records.values())
    assert len(heard) == 3  # one record per request, robots.txt's included


# discovery kinds ----------------------------------------------------------------------
def test_atom_feed(site):
    site.expect_request("/atom.xml").respond_with_data(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>ANAMA weekly mine clearance</title><link href="{site.url_for('/w1.html')}"/><id>1</id></entry>
<entry><title>Chess open</title><link href="{site.url_for('/c.html')}"/><id>2</id></entry>
</feed>""", content_type="application/atom+xml")
    source = Source("t", "apa", "rss", site.url_for("/atom.xml"), ("mine", "demin"))
    assert [d.url for d in discover(source, polite())] == [site.url_for("/w1.html")]


def test_listing_follows_next_pages_until_it_meets_known_ones(site):
    for n in (1, 2, 3):
        nxt = f'<a class="next" href="/news?page={n + 1}">next</a>' if n < 3 else ""
        site.expect_request("/news", query_string=f"page={n}").respond_with_data(
            f'<a class="item" href="/a{n}.html">Mines {n}a</a><a class="item" href="/b{n}.html">Mines {n}b</a>{nxt}',
            content_type="text/html")
    source = Source("t", "azernews", "listing", site.url_for("/news?page=1"), selector="a.item", next="a.next",
                    max_pages=5)
    assert len(discover(source, polite())) == 6
    assert len(discover(Source(**{**source.__dict__, "max_pages": 2}), polite())) == 4
    known = {site.url_for("/a2.html"), site.url_for("/b2.html")}
    site.clear_log()
    assert len(discover(source, polite(), known=known.__contains__)) == 4
    assert "page=3" not in [q.query_string.decode() for q, _ in site.log]  # page 2 held nothing new


def test_sitemap_and_sitemap_index(site):
    site.expect_request("/sitemap.xml").respond_with_data(f"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{site.url_for('/old.xml')}</loc><lastmod>2024-01-01</lastmod></sitemap>
<sitemap><loc>{site.url_for('/new.xml')}</loc><lastmod>2024-11-20</lastmod></sitemap>
</sitemapindex>""", content_type="application/xml")
    site.expect_request("/new.xml").respond_with_data(f"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{site.url_for('/news/landmines-claim-412-lives')}</loc><lastmod>2024-11-20</lastmod></url>
<url><loc>{site.url_for('/news/football-derby-tonight')}</loc><lastmod>2024-11-20</lastmod></url>
<url><loc>{site.url_for('/about/demining-unit')}</loc><lastmod>2024-11-19</lastmod></url>
</urlset>""", content_type="application/xml")
    source = Source("t", "news.az", "sitemap", site.url_for("/sitemap.xml"), ("mine", "demin"), match="/news/",
                    max_pages=1)
    assert [d.url for d in discover(source, polite())] == [site.url_for("/news/landmines-claim-412-lives")]
    assert "/old.xml" not in paths(site)  # only the newest max_pages sitemaps are read


def test_reliefweb_api(site):
    answer = {"data": [
        {"id": 1, "fields": {"title": "Azerbaijan: mine action update", "url_alias": "https://reliefweb.int/report/1",
                             "file": [{"url": site.url_for("/files/update.pdf"), "mimetype": "application/pdf"}]}},
        {"id": 2, "fields": {"title": "Landmine victims assisted", "url_alias": site.url_for("/report/2")}},
    ]}
    asked = []

    def api(request):
        asked.append(request.args)
        return Response(json.dumps(answer), content_type="application/json")

    site.expect_request("/v2/reports").respond_with_handler(api)
    source = Source("rw", "reliefweb", "reliefweb", site.url_for("/v2/reports"), ("mine",), appname="minewatch-test-x1")
    found = discover(source, polite())
    assert [(d.url, d.title) for d in found] == [(site.url_for("/files/update.pdf"), "Azerbaijan: mine action update"),
                                                 (site.url_for("/report/2"), "Landmine victims assisted")]
    (args,) = asked
    assert (args["appname"], args["filter[field]"], args["filter[value]"]) == ("minewatch-test-x1", "country.iso3", "AZE")
    assert args["query[value]"] == Source.query and "file.url" in args.getlist("fields[include][]")
    with pytest.raises(TerminalError, match="needs an approved appname"):
        discover(Source("rw", "reliefweb", "reliefweb", site.url_for("/v2/reports")), polite())


# incremental runs, relevance, reprints ---------------------------------------------
def _write_config(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text("delay = 0\n" + text)
    return load_config(path)


def _one_run(config, wh, archive):
    fetcher = make_fetcher(config, lambda record: wh.record_fetches(None, [record]))
    found = discover_all(config, fetcher, wh)
    by_name = {s.name: s for s in config.sources}
    outcomes = [ingest(w.item, fetcher, wh, archive, by_name.get(w.item.source))
                for w in plan(wh, found, config.revisit_days)]
    return found, outcomes


def _feed(site, items):
    return "<rss version='2.0'><channel><title>t</title>" + "".join(
        f"<item><title>{t}</title><link>{site.url_for(p)}</link></item>" for p, t in items) + "</channel></rss>"


def test_a_feed_that_gains_an_item_costs_one_fetch(tmp_path, site):
    items = [("/w1.html", "Weekly demining results 1"), ("/w2.html", "Weekly demining results 2")]
    for path, title in items + [("/w3.html", "Weekly demining results 3")]:
        site.expect_request(path).respond_with_data(WEEKLY.format(
            title=title, text=f"From March {path[2]} to 17, deminers cleared 1,24{path[2]} hectares."),
            content_type="text/html")
    feed = {"body": _feed(site, items)}
    site.expect_request("/feed.xml").respond_with_handler(
        lambda r: Response(feed["body"], content_type="application/rss+xml"))
    config = _write_config(tmp_path, f"""[[sources]]
name = "trend"
publisher = "trend"
kind = "rss"
url = "{site.url_for('/feed.xml')}"
include = ["demin"]
""")
    with Warehouse(tmp_path / "w.duckdb") as wh:
        archive = RawArchive(tmp_path / "raw")
        _, first = _one_run(config, wh, archive)
        assert [o.status for o in first] == ["new", "new"]
        feed["body"] = _feed(site, items + [("/w3.html", "Weekly demining results 3")])
        site.clear_log()
        _, second = _one_run(config, wh, archive)
        assert [(o.url, o.status) for o in second] == [(site.url_for("/w3.html"), "new")]
        assert sorted(paths(site)) == ["/feed.xml", "/robots.txt", "/w3.html"]
        logged = wh.con.execute("SELECT count(*) FROM fetch_log WHERE url LIKE '%/w3.html'").fetchone()[0]
        assert logged == 1


def test_off_topic_items_are_kept_out(tmp_path, site):
    site.expect_request("/feed.xml").respond_with_data(_feed(site, [
        ("/mines.html", "Weekly demining results"), ("/derby.html", "Football derby tonight")]),
        content_type="application/rss+xml")
    site.expect_request("/index.html").respond_with_data(
        '<a class="n" href="/read-more-1.html">Read more</a>', content_type="text/html")
    site.expect_request("/mines.html").respond_with_data(WEEKLY.format(
        title="Weekly demining results", text="Deminers cleared 812 hectares last week."), content_type="text/html")
    site.expect_request("/read-more-1.html").respond_with_data(WEEKLY.format(
        title="Read more", text="The national team won 3 of its 5 matches this autumn."), content_type="text/html")
    config = _write_config(tmp_path, f"""[[sources]]
name = "feed"
publisher = "apa"
kind = "rss"
url = "{site.url_for('/feed.xml')}"
include = ["demin", "mine"]

[[sources]]
name = "listing"
publisher = "apa"
kind = "listing"
url = "{site.url_for('/index.html')}"
selector = "a.n"
include = ["demin", "mine"]
""")
    with Warehouse(tmp_path / "w.duckdb") as wh:
        _, outcomes = _one_run(config, wh, RawArchive(tmp_path / "raw"))
        assert sorted(o.status for o in outcomes) == ["new", "off_topic"]
        assert "/derby.html" not in paths(site)  # the headline was enough: never fetched
        status, error = wh.con.execute(
            "SELECT status, error FROM publications WHERE url LIKE '%read-more-1.html'").fetchone()
        assert status == "off_topic" and "demin" in error
        assert wh.con.execute("SELECT count(*) FROM figures_with_source WHERE url LIKE '%read-more%'").fetchone() == (0,)
        site.clear_log()
        _, again = _one_run(config, wh, RawArchive(tmp_path / "raw"))
        assert again == [] and "/read-more-1.html" not in paths(site)


def test_a_reprinted_story_is_linked_and_counted_once(tmp_path, site):
    story = ("The Mine Action Agency reported that from 1 to 7 April 2024 deminers cleared 1,530 hectares "
             "and found 212 anti-personnel mines, 95 anti-tank mines and 431 unexploded ordnance in the "
             "liberated territories, bringing the area cleared since November 2020 to 148,000 hectares.")
    other = ("Between 8 and 14 April 2024 deminers cleared 1,204 hectares and found 187 anti-personnel mines, "
             "60 anti-tank mines and 388 unexploded ordnance, the Mine Action Agency said.")
    pages = {"/trend/a.html": ("ANAMA: 1,530 ha cleared in a week", "Baku, 8 April. " + story),
             "/apa/b.html": ("Weekly demining: 1,530 hectares", story + " APA reports."),
             "/apa/c.html": ("Weekly demining: 1,204 hectares", other)}
    for path, (title, text) in pages.items():
        site.expect_request(path).respond_with_data(WEEKLY.format(title=title, text=text), content_type="text/html")
    site.expect_request("/trend/feed.xml").respond_with_data(_feed(site, [("/trend/a.html", "demining")]),
                                                             content_type="application/rss+xml")
    site.expect_request("/apa/feed.xml").respond_with_data(
        _feed(site, [("/apa/b.html", "demining"), ("/apa/c.html", "demining")]), content_type="application/rss+xml")
    config = _write_config(tmp_path, f"""[[sources]]
name = "trend"
publisher = "trend"
kind = "rss"
url = "{site.url_for('/trend/feed.xml')}"

[[sources]]
name = "apa"
publisher = "apa"
kind = "rss"
url = "{site.url_for('/apa/feed.xml')}"
""")
    with Warehouse(tmp_path / "w.duckdb") as wh:
        _, outcomes = _one_run(config, wh, RawArchive(tmp_path / "raw"))
        by_path = {o.url.split(str(site.port))[1]: o for o in outcomes}
        original = wh.con.execute("SELECT id FROM publications WHERE url LIKE '%/trend/a.html'").fetchone()[0]
        assert by_path["/apa/b.html"].reprint_of == original
        assert by_path["/apa/c.html"].reprint_of is None and by_path["/trend/a.html"].reprint_of is None
        counted = wh.con.execute("""SELECT count(*) FROM figure_bounds
                                    WHERE metric = 'area_cleared' AND value = 1530""").fetchone()[0]
        stored = wh.con.execute("""SELECT count(*) FROM figures_with_source
                                   WHERE metric = 'area_cleared' AND value = 1530""").fetchone()[0]
        assert (counted, stored) == (1, 2)


def test_sources_that_cannot_be_reached_fail_with_one_line_each(tmp_path):
    config = _write_config(tmp_path, """timeout = 2
[[sources]]
name = "nowhere"
publisher = "x"
kind = "rss"
url = "http://publisher.invalid/feed.xml"

[[sources]]
name = "reliefweb"
publisher = "reliefweb"
kind = "reliefweb"
url = "http://api.reliefweb.invalid/v2/reports"
""")
    fetcher = make_fetcher(config)
    fetcher.attempts = 1
    found = discover_all(config, fetcher)
    assert found.items == [] and [name for name, _, _ in found.errors] == ["nowhere", "reliefweb"]
    assert all("\n" not in reason and reason for _, _, reason in found.errors)
    assert "unreachable" in found.errors[0][2] and "appname" in found.errors[1][2]


def test_the_real_publishers_file(monkeypatch):
    monkeypatch.delenv("MINEWATCH_RELIEFWEB_APPNAME", raising=False)
    config = load_config(REPO / "sources" / "publishers.toml")
    publishers = {s.publisher for s in config.sources}
    assert {"icrc", "anama", "azertag", "trend", "report", "azernews", "apa", "caliber", "news.az",
            "reliefweb"} <= publishers
    assert {s.kind for s in config.sources} == {"rss", "listing", "sitemap", "reliefweb"}
    assert all(s.url.startswith("https://") for s in config.sources)
    assert config.agent.startswith("minewatch/") and "+https://" in config.agent and config.delay >= 1
    monkeypatch.setenv("MINEWATCH_RELIEFWEB_APPNAME", "approved-name")
    (rw,) = [s for s in load_config(REPO / "sources" / "publishers.toml").sources if s.kind == "reliefweb"]
    assert rw.appname == "approved-name"
    assert {"reliefweb.int", "anama.gov.az", "en.trend.az"} <= config.hosts


def test_of_two_links_to_one_article_the_one_with_text_gives_the_headline(site):
    site.expect_request("/en/").respond_with_data(
        "<html><body><div class='card'><a href='/en/post/demining-1'><img src='x.jpg'></a>"
        "<a href='/en/post/demining-1'>ANAMA cleared 1,210 hectares of mined land last week</a></div>"
        "<div class='card'><a href='/en/post/football'><img src='y.jpg'></a>"
        "<a href='/en/post/football'>Qarabag wins the derby in Baku again</a></div></body></html>",
        content_type="text/html")
    source = Source("caliber", "caliber", "listing", site.url_for("/en/"), include=("mine", "demin"),
                    selector="a[href*='/en/post/']")
    (found,) = discover(source, polite())
    assert found.url == site.url_for("/en/post/demining-1") and found.title.startswith("ANAMA cleared")


def test_a_publishers_own_hosts_are_one_site():
    from sources.config import site_key

    assert site_key("https://en.trend.az/feeds/index.rss") == site_key("https://www.trend.az/azerbaijan/1.html") == "trend.az"
    assert site_key("https://en.apa.az/rss") == "apa.az" and site_key("https://caliber.az/en/post/x") == "caliber.az"
    assert site_key("https://az.example.org/") != site_key("https://evil-example.org/")


def test_a_redirect_between_a_publishers_own_hosts_is_followed(site):
    # www.localhost does not resolve here: the redirect is followed (a transient DNS failure),
    # not refused as a foreign host would be.
    site.expect_request("/moved-home").respond_with_data("", status=301, headers={
        "Location": f"http://www.localhost:{site.port}/home.html"})
    with pytest.raises(TransientError):
        polite(allowed_hosts={"localhost"}, attempts=1).get(site.url_for("/moved-home"))
