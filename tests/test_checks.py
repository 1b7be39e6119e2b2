"""Sequences of publications through the real pipeline (pages served over HTTP, fetched,
parsed, extracted, loaded into DuckDB, validated by GX), and the anomalies raised and
not raised."""

import pytest

from conftest import ingest_listed
from expectations.validate import run_suites
from warehouse import Warehouse

PAGE = ('<html><head><title>{title}</title><meta property="article:published_time" content="{date}"></head>'
        '<body><article><h1>{title}</h1><p>{text}</p></article></body></html>')

pytestmark = pytest.mark.slow


def publish(site, tmp_path, pages):
    """Serve pages [(publisher, date, text)] with one feed per publisher, ingest them all,
    validate; returns (warehouse, anomalies) with the warehouse still open."""
    feeds: dict[str, list] = {}
    for n, (publisher, date, text) in enumerate(pages):
        path = f"/{publisher}/{date}-{n}.html"
        site.expect_request(path).respond_with_data(
            PAGE.format(title=f"Demining news {n}", date=date, text=text), content_type="text/html")
        feeds.setdefault(publisher, []).append(path)
    config_text = "delay = 0\n"
    for publisher, paths in feeds.items():
        site.expect_request(f"/{publisher}/feed.xml").respond_with_data(
            "<rss version='2.0'><channel><title>t</title>" + "".join(
                f"<item><title>demining {p}</title><link>{site.url_for(p)}</link></item>" for p in paths)
            + "</channel></rss>", content_type="application/rss+xml")
        config_text += (f'[[sources]]\nname = "{publisher}"\npublisher = "{publisher}"\nkind = "rss"\n'
                        f'url = "{site.url_for(f"/{publisher}/feed.xml")}"\n')
    (tmp_path / "sources.toml").write_text(config_text)
    wh = Warehouse(tmp_path / "w.duckdb")
    assert {o.status for o in ingest_listed(tmp_path / "sources.toml", wh, tmp_path / "raw")} == {"new"}
    anomalies, _ = run_suites(wh, tmp_path / "data_docs")
    return wh, anomalies


def rules(anomalies):
    return sorted(a["rule"] for a in anomalies)


def on_figures(anomalies):
    """Leave out the source checks: these weekly series of 2024 are, rightly, silent today."""
    return [a for a in anomalies if not a["rule"].startswith("source_")]


def test_a_decrease_and_one_within_qualifier_tolerance(tmp_path, site):
    wh, anomalies = publish(site, tmp_path, [
        ("trend", "2024-02-12", "Since November 10, 2020, 344 people have become victims of mines in Azerbaijan."),
        ("apa", "2024-03-10", "Since November 10, 2020, more than 340 people have become victims of mines."),
        ("trend", "2024-03-01", "Since November 10, 2020, deminers have cleared 166,000 hectares of land."),
        ("report", "2024-03-20", "Since November 10, 2020, deminers have cleared around 150,000 hectares of land."),
    ])
    assert rules(on_figures(anomalies)) == ["cumulative_decrease"]  # "more than 340" after 344 is no contradiction
    (a,) = on_figures(anomalies)
    assert a["message"] == ("area cleared since 10 Nov 2020 fell from 166,000 (TREND, 1 Mar 2024) "
                            "to 150,000 (Report, 20 Mar 2024)")
    assert [e["quote"] for e in a["evidence"]] == ["around 150,000 hectares", "166,000 hectares"]
    assert all(e["url"].startswith("http://localhost") for e in a["evidence"])
    assert (tmp_path / "data_docs" / "index.html").exists()  # GX Data Docs of this validation
    wh.close()


def test_a_unit_slip_is_implausible_growth(tmp_path, site):
    wh, anomalies = publish(site, tmp_path, [
        ("anama", "2024-04-07", "Since November 10, 2020, deminers have cleared 148,000 hectares of land."),
        ("anama", "2024-04-14", "Since November 10, 2020, deminers have cleared 149,150 hectares of land."),
        ("trend", "2024-04-22", "Since November 10, 2020, deminers have cleared 1,500,000 hectares of land."),
    ])
    assert rules(on_figures(anomalies)) == ["implausible_growth"]
    assert "rose from 149,150 (ANAMA, 14 Apr 2024) to 1,500,000 (TREND, 22 Apr 2024)" in anomalies[0]["message"]
    # the least rate the qualifiers allow: 1,500,000 less half its round digit (capped at 5 %: 50,000)
    # minus (149,150 + 0.5 %), over 8 days
    assert "at least 162,513 a day over 8 days" in anomalies[0]["message"]
    wh.close()


def test_weekly_reports_must_reconcile_with_the_running_total(tmp_path, site):
    wh, anomalies = publish(site, tmp_path, [
        ("anama", "2024-04-07", "Since November 10, 2020, deminers have cleared 148,000 hectares of land."),
        ("anama", "2024-04-15", "From April 8 to 14, deminers cleared 1,200 hectares of land."),
        ("anama", "2024-04-14", "Since November 10, 2020, deminers have cleared 152,000 hectares of land."),
        ("anama", "2024-04-22", "From April 15 to 21, deminers cleared 1,100 hectares of land."),
        ("anama", "2024-04-21", "Since November 10, 2020, deminers have cleared 153,100 hectares of land."),
    ])
    (a,) = on_figures(anomalies)  # the second week reconciles; the first does not
    assert a["rule"] == "reconciliation_mismatch"
    assert a["message"].endswith("but the 1 period reports in between add up to 1,200")
    assert "rose by 4,000 from 148,000" in a["message"]
    wh.close()


def test_parts_must_add_up_to_the_stated_total(tmp_path, site):
    wh, anomalies = publish(site, tmp_path, [
        ("report", "2024-04-04", "Since November 10, 2020, 350 people have become mine victims: 65 of them were "
                                 "killed and 295 were injured."),
        ("anama", "2024-04-05", "Since November 10, 2020, 361 people have become mine victims: 66 of them were "
                                "killed and 295 were injured."),
    ])
    (a,) = on_figures(anomalies)
    assert a["rule"] == "breakdown_mismatch" and a["metric"] == "victims"
    assert "victims injured + victims killed = 360, but the stated total is 350 (Report, 4 Apr 2024)" in a["message"]
    wh.close()


def test_stated_percentages_against_their_part_and_whole(tmp_path, site):
    wh, anomalies = publish(site, tmp_path, [
        # Agrees: 166,000 of 1,167,000 hectares is 14.2 %.
        ("azernews", "2024-10-16", "Deminers have cleared 166,000 hectares, or 14.2 percent of the total "
                                   "1,167,000 hectares of liberated land."),
        # Contradicts itself: 50,590 of 823,558 hectares is 6.1 %, not "around 4%".
        ("anama", "2022-09-30", "Surveys class 147,988 ha as highly contaminated and 675,570 ha as medium and "
                                "low contaminated. Since 10 November 2020 operators have cleared 50,590 ha of land. "
                                "The cleared land is around 4% of all land that needs mine action."),
        # Cannot be: a share over 100 %; and a change ("dropped by 60%") is not a share at all.
        ("apa", "2024-05-02", "Since 2021 mine incidents dropped by 60%, while 130% of the demining teams "
                              "cleared 2,000 hectares last week."),
    ])
    found = on_figures(anomalies)
    assert rules(found) == ["percentage_out_of_range", "share_mismatch"]
    mismatch = next(a for a in found if a["rule"] == "share_mismatch")
    assert mismatch["message"] == ('ANAMA (30 Sep 2022) says "around 4% of all land that needs mine action", but '
                                   "area cleared 50,590 ha is 6.1% of area contaminated 823,558 ha (147,988 + 675,570)")
    assert mismatch["metric"] == "area_cleared"
    assert [e["value"] for e in mismatch["evidence"]] == [4, 50590, 147988, 675570]
    assert mismatch["evidence"][0]["quote"] == "around 4% of all land that needs mine action"
    over = next(a for a in found if a["rule"] == "percentage_out_of_range")
    assert '"130% of the demining teams"' in over["message"]
    assert wh.con.execute("SELECT count(*) FROM shares").fetchone() == (3,)
    wh.close()


def test_a_malformed_number_is_told(tmp_path, site):
    wh, anomalies = publish(site, tmp_path, [
        ("anama", "2022-09-30", "For the following years the plans foresee capacity to clear around 65,0000 ha "
                                "of land every year."),
    ])
    (a,) = on_figures(anomalies)
    assert a["rule"] == "malformed_number"
    assert a["message"] == ('ANAMA (30 Sep 2022) writes "around 65,0000 ha": its digit grouping is impossible '
                            "(a typo?); read as 650,000 ha")
    wh.close()


def test_sources_that_disagree_but_not_a_reprint_nor_a_plan(tmp_path, site):
    story = ("Since November 10, 2020, 360 people have become victims of mines in Azerbaijan, the Mine Action "
             "Agency said on Thursday, adding that clearance continues in the Aghdam and Fuzuli districts.")
    wh, anomalies = publish(site, tmp_path, [
        ("trend", "2024-05-02", story),
        ("azertag", "2024-05-02", story + " Azertag reports."),  # a reprint: agrees, and counts once
        ("apa", "2024-05-02", "Since November 10, 2020, 372 people have become mine victims, APA learned."),
        ("anama", "2024-05-03", "In 2024, ANAMA plans to clear 40,000 hectares. In 2023, deminers cleared "
                                "35,000 hectares."),
        ("report", "2024-05-03", "In 2024, the agency intends to clear 45,000 hectares of land."),
    ])
    (a,) = on_figures(anomalies)
    assert a["rule"] == "sources_disagree"
    assert a["message"] == "victims since 10 Nov 2020 as of 2 May 2024: 372 (APA) vs 360 (TREND)"
    assert wh.con.execute("SELECT count(*) FROM publications WHERE reprint_of IS NOT NULL").fetchone() == (1,)
    wh.close()


def test_a_silent_source_and_one_whose_pages_stopped_yielding(tmp_path, site):
    weeks = [f"2025-0{m}-{d:02d}" for m, d in ((1, 6), (1, 13), (1, 20), (1, 27), (2, 3), (2, 10), (2, 17))]
    pages = [("anama", w, f"Deminers cleared {1000 + i} hectares of land last week.") for i, w in enumerate(weeks[:4])]
    pages += [("anama", w, text) for w, text in zip(weeks[4:], (
        "The agency hosted a delegation from abroad to discuss cooperation.",
        "A new training course for dog handlers opened in Goygol.",
        "Our website moved: weekly results are now published as images."))]
    wh, anomalies = publish(site, tmp_path, pages)
    assert rules(anomalies) == ["source_silent", "source_stopped_yielding"]
    silent = next(a for a in anomalies if a["rule"] == "source_silent")
    assert silent["message"].startswith("source anama has published nothing since 2025-02-17")
    assert silent["evidence"][0]["published"] == "2025-02-17" and silent["severity"] == "info"
    wh.close()
