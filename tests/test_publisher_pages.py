"""One page per publisher, written for these tests after each site's published markup (where
its date stands, how it names itself): each parses with its publisher, title, date and figures."""

from datetime import date
from pathlib import Path

import pytest

from parsers import extract, parse

PAGES = Path(__file__).parent / "fixtures" / "publishers"
WAR_END = date(2020, 11, 10)

CASES = {
    "azernews.html": ("azernews", "Deminers clear 1,312 hectares in a week", date(2026, 9, 14), {
        ("area_cleared", 1312.6, "period", date(2026, 9, 7), date(2026, 9, 13)),
        ("atm_neutralized", 57, "period", date(2026, 9, 7), date(2026, 9, 13)),
        ("apm_neutralized", 210, "period", date(2026, 9, 7), date(2026, 9, 13)),
        ("uxo_neutralized", 804, "period", date(2026, 9, 7), date(2026, 9, 13))}),
    "trend.html": ("trend", "Azerbaijan reveals mine victim toll since 2020 war", date(2026, 9, 2), {
        ("victims", 421, "cumulative", WAR_END, date(2026, 9, 2)),
        ("victims_killed", 74, "cumulative", WAR_END, date(2026, 9, 2)),
        ("victims_injured", 347, "cumulative", WAR_END, date(2026, 9, 2))}),
    "apa-az.html": ("apa", "Ötən həftə 1 104 hektar ərazi minalardan təmizlənib", date(2026, 9, 8), {
        ("atm_neutralized", 62, "period", date(2026, 9, 1), date(2026, 9, 7)),
        ("apm_neutralized", 118, "period", date(2026, 9, 1), date(2026, 9, 7)),
        ("uxo_neutralized", 935, "period", date(2026, 9, 1), date(2026, 9, 7)),
        ("area_cleared", 1104.7, "period", date(2026, 9, 1), date(2026, 9, 7))}),
    "caliber.html": ("caliber", "Mine clearance: more than 250,000 hectares made safe", date(2026, 8, 20), {
        ("area_cleared", 250_000, "cumulative", WAR_END, date(2026, 8, 20))}),
    "report-ru.html": ("report", "На освобожденных территориях за неделю обезврежено 310 мин", date(2026, 10, 28), {
        ("atm_neutralized", 72, "period", date(2026, 10, 19), date(2026, 10, 25)),
        ("apm_neutralized", 238, "period", date(2026, 10, 19), date(2026, 10, 25)),
        ("uxo_neutralized", 1406, "period", date(2026, 10, 19), date(2026, 10, 25)),
        ("area_cleared", 1511.2, "period", date(2026, 10, 19), date(2026, 10, 25))}),
    "icrc.html": ("icrc", "Azerbaijan: Facts and figures, January to June 2025", date(2025, 8, 5), {
        ("eore_beneficiaries", 5240, "period", date(2025, 1, 1), date(2025, 6, 30))}),
    "anama.html": ("anama", "Results of humanitarian demining for August 2026", date(2026, 9, 3), {
        ("area_cleared", 5880.4, "period", date(2026, 8, 1), date(2026, 8, 31)),
        ("apm_neutralized", 1204, "period", date(2026, 8, 1), date(2026, 8, 31)),
        ("atm_neutralized", 318, "period", date(2026, 8, 1), date(2026, 8, 31)),
        ("uxo_neutralized", 4906, "period", date(2026, 8, 1), date(2026, 8, 31))}),
}


@pytest.mark.parametrize("page", sorted(CASES))
def test_a_publishers_page_parses_with_its_title_date_and_figures(page):
    publisher, title, published, figures = CASES[page]
    doc = parse((PAGES / page).read_bytes(), "text/html", None)
    assert (doc.publisher, doc.published) == (publisher, published)
    assert title in (doc.title or "")
    assert {(f.metric, f.value, f.kind, f.period_start, f.period_end) for f in extract(doc)} == figures
