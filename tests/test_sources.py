"""Sources file, discovery and fetching against real local HTTP servers."""

import pytest
from werkzeug import Response

from errors import ConfigError
from sources.config import Source, load_config
from sources.discover import discover
from errors import TerminalError, TransientError
from sources.fetch import Fetcher

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Weekly demining results</title><link>{base}/a.html</link></item>
<item><title>Football results</title><link>{base}/b.html</link></item>
<item><title>Mine victims report</title><link>/c.html</link></item>
</channel></rss>"""


def fetcher():
    return Fetcher("minewatch-test", attempts=3, backoff=0.01, timeout=2)


def write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


def test_config_contract(tmp_path):
    config = load_config(write(tmp_path, """
[[sources]]
name = "anama-news"
publisher = "anama"
kind = "rss"
url = "http://127.0.0.1:8000/feed.xml"
include = ["mine", "demin"]
"""))
    (s,) = config.sources
    assert (s.name, s.publisher, s.kind, s.url, s.include) == ("anama-news", "anama", "rss", "http://127.0.0.1:8000/feed.xml", ("mine", "demin"))


@pytest.mark.parametrize("body,reason", [
    ("[[sources]]\nname='a'\npublisher='p'\nkind='rss'\n", "missing url"),
    ("[[sources]]\nname='a'\npublisher='p'\nkind='ftp'\nurl='x'\n", "kind must be one of"),
    ("sources = 3", "at least one"),
    ("[[sources]\n", "not valid TOML"),
])
def test_bad_config_names_file_and_reason(tmp_path, body, reason):
    with pytest.raises(ConfigError, match=reason) as err:
        load_config(write(tmp_path, body))
    assert "sources.toml" in str(err.value)


def test_rss_discovery_filters_off_topic_items(site):
    base = site.url_for("").rstrip("/")
    site.expect_request("/feed.xml").respond_with_data(FEED.format(base=base), content_type="application/rss+xml")
    source = Source("t", "trend", "rss", site.url_for("/feed.xml"), ("mine", "demin"))
    found = discover(source, fetcher())
    assert [d.url for d in found] == [f"{base}/a.html", f"{base}/c.html"]
    assert found[0].title == "Weekly demining results" and found[0].publisher == "trend"


def test_listing_discovery_with_selector(site):
    site.expect_request("/news/").respond_with_data(
        '<a href="/">home</a><a class="n" href="x.html">Mines cleared</a><a class="n" href="y.html#top">More mines</a>',
        content_type="text/html")
    source = Source("t", "report", "listing", site.url_for("/news/"), selector="a.n")
    assert [d.url for d in discover(source, fetcher())] == [site.url_for("/news/x.html"), site.url_for("/news/y.html")]


def test_transient_errors_are_retried(site):
    site.expect_oneshot_request("/p").respond_with_data("busy", status=503)
    site.expect_request("/p").respond_with_data("<html>ok</html>", content_type="text/html")
    assert fetcher().get(site.url_for("/p")).content == b"<html>ok</html>"


def test_transient_errors_give_up_after_the_attempts(site):
    site.expect_request("/p").respond_with_data("slow down", status=429)
    with pytest.raises(TransientError, match="429"):
        fetcher().get(site.url_for("/p"))


@pytest.mark.parametrize("response,reason", [
    (Response("gone", status=404), "404"),
    (Response(b"\x00\x01", content_type="image/png"), "refused content type"),
])
def test_terminal_errors(site, response, reason):
    site.expect_request("/p").respond_with_response(response)
    with pytest.raises(TerminalError, match=reason):
        fetcher().get(site.url_for("/p"))


def test_size_cap(site):
    site.expect_request("/big").respond_with_data("x" * 5000, content_type="text/html")
    with pytest.raises(TerminalError, match="over the 1,024-byte cap"):
        Fetcher("t", attempts=1, max_bytes=1024).get(site.url_for("/big"))


def test_unreachable_host_is_transient():
    with pytest.raises(TransientError):
        Fetcher("t", attempts=1, timeout=1).get("http://127.0.0.1:9/")


def test_conditional_get_returns_a_bodiless_304(site):
    site.expect_request("/p", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    response = fetcher().get(site.url_for("/p"), etag='"v1"')
    assert response.status == 304 and response.content == b""
