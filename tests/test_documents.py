"""Parsing real files of the sample site: HTML main text and metadata, PDF text and tables."""

from datetime import date

import pytest

from parsers import ParseError, extract, parse
from tests.conftest import SITE

QUARTERLY = SITE / "anama" / "2022-09-quarterly-report.pdf"
REVIEW = SITE / "mar" / "2023-azerbaijan-cluster-munition-remnants.pdf"


def test_html_main_text_and_metadata():
    doc = parse((SITE / "caliber" / "2024-11-20-anama-tiktok.html").read_bytes())
    assert doc.title.startswith("ANAMA and TikTok")
    assert doc.published == date(2024, 11, 20)
    assert doc.language == "en"
    assert "168,000 hectares" in doc.text
    assert "Neftchi" not in doc.text  # the teaser box is not the publication
    assert "All rights reserved" not in doc.text


def test_html_date_from_meta_name():
    doc = parse((SITE / "icrc" / "2023-08-11-highlights-h1-2023.html").read_bytes())
    assert doc.published == date(2023, 8, 11)


def _rows(figures, metric, caption_start):
    return [f for f in figures if f.metric == metric and (f.table or "").startswith(caption_start)]


def test_unruled_pdf_tables_by_column_position():
    doc = parse(QUARTERLY.read_bytes())
    assert doc.published == date(2022, 9, 30)
    figures = extract(doc)
    staff = {f.operator: f.value for f in _rows(figures, "deminers", "Table 1") if not f.total}
    assert staff["ANAMA"] == 838 and staff["Ministry of Defence"] == 450 and len(staff) == 8
    dogs_total = [f for f in _rows(figures, "mine_detection_dogs", "Table 1") if f.total]
    assert [f.value for f in dogs_total] == [54]
    cleared = {f.district: f for f in _rows(figures, "area_cleared", "Table 2") if not f.total}
    assert cleared["Aghdam"].value == pytest.approx(13_600)  # 136 km² in hectares
    assert cleared["Jabrayil"].value == pytest.approx(8_860)  # spelled Jabrail in the table
    assert cleared["Aghdam"].kind == "cumulative" and cleared["Aghdam"].period_end == date(2022, 8, 31)
    apm = {f.district: f.value for f in _rows(figures, "apm_neutralized", "Table 2")}
    assert apm["Lachin"] == 1296


def test_ruled_pdf_tables_with_district_and_operator():
    figures = extract(parse(REVIEW.read_bytes()))
    area = [f for f in _rows(figures, "area_cleared", "Table 2") if not f.total]
    jabrayil = {f.operator: f.value for f in area if f.district == "Jabrayil"}
    assert jabrayil["ANAMA"] == pytest.approx(1352.7767)  # m² in hectares
    assert set(jabrayil) == {"ANAMA", "Azerbaijan Demining Company", "Qaya Safety Solutions"}
    subs = [f for f in _rows(figures, "submunitions_destroyed", "Table 2") if not f.total]
    # A district-level column: the value belongs to the district, not its first operator.
    assert all(f.operator is None for f in subs)
    assert all(f.kind == "period" and f.period_start == date(2022, 1, 1) for f in area + subs)
    machines_total = [f.value for f in _rows(figures, "demining_machines", "Table 1") if f.total]
    assert machines_total == [55]


@pytest.mark.parametrize("path", [QUARTERLY, REVIEW, SITE / "anama" / "2022-09-05-results-to-august.html"])
def test_every_quote_is_in_the_text(path):
    doc = parse(path.read_bytes())
    for fig in extract(doc):
        assert fig.quote and fig.quote in doc.text, fig


def test_broken_pdf_is_a_clear_parse_error():
    with pytest.raises(ParseError, match="PDF"):
        parse(b"%PDF-1.7\nthis is not really a pdf")


def test_a_pdf_that_takes_too_long_is_given_up_not_waited_for():
    from parsers.pdf import parse_pdf_within

    with pytest.raises(ParseError, match="longer than 0.01 s"):
        parse_pdf_within(REVIEW.read_bytes(), None, seconds=0.01)
    assert parse_pdf_within(REVIEW.read_bytes()).tables  # within the limit: the same document as ever


def test_binary_garbage_is_refused():
    with pytest.raises(ParseError, match="binary"):
        parse(bytes(range(256)) * 4)


def test_visible_byline_date_and_publisher():
    page = (b"<html><head><title>Weekly demining</title><meta property='og:site_name' content='Trend.Az'></head>"
            b"<body><div class='news-date'>12 March, 2024 10:05</div><article><p>From March 4 to 10, deminers "
            b"cleared 850 hectares of land in the liberated territories.</p></article></body></html>")
    doc = parse(page)
    assert doc.published == date(2024, 3, 12) and doc.publisher == "trend"


def test_table_quotes_are_in_the_text():
    doc = parse(REVIEW.read_bytes())
    assert all(f.quote in doc.text for f in extract(doc) if f.table)


@pytest.mark.parametrize("site,url,publisher", [
    ("Trend.Az", None, "trend"),                                # the taxonomy's name, from og:site_name
    (None, "https://www.azernews.az/nation/1.html", "azernews"),  # ... or from the host
    ("Minval.az", None, "Minval.az"),                           # else the site name as written
    (None, "https://news.example.org/a/1", "news.example.org"),  # else the host
    (None, None, None),                                         # a saved page that names nobody
])
def test_a_page_is_filed_under_the_publisher_it_names(site, url, publisher):
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (f"<html><head><title>Demining</title>{meta}</head><body><article><p>Last week deminers cleared "
            f"850 hectares of land in the liberated territories.</p></article></body></html>").encode()
    assert parse(page, "text/html", url).publisher == publisher


@pytest.mark.parametrize("markup,published", [
    ("<span class='x'>21 July 2025 14:35 (UTC+04:00)</span>", date(2025, 7, 21)),          # Azernews
    ("<div>14 noyabr 2025 16:23 (UTC +04:00)</div>", date(2025, 11, 14)),                  # an Azerbaijani agency
    ("<li>28 oktyabr, 2025</li>", date(2025, 10, 28)),
    ("<div class='meta'>08.07.2026 [10:28]</div>", date(2026, 7, 8)),
    ("<span itemprop='datePublished' content='2025-12-06T15:49:00+04:00'>6 December</span>", date(2025, 12, 6)),
])
def test_visible_publication_dates_of_real_publishers(markup, published):
    page = (f"<html><head><title>Demining</title></head><body>{markup}<article><p>Last week deminers cleared "
            f"850 hectares of land in the liberated territories, the agency said on Monday.</p></article></body></html>")
    assert parse(page.encode(), "text/html").published == published
