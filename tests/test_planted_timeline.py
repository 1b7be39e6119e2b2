"""A timeline of publications with four planted inconsistencies among clean controls, through
the real pipeline (pages served over HTTP, parsed, loaded into DuckDB, validated by GX): each
planted one is found once, and nothing else. Every sentence is written for this test."""

import pytest

from test_checks import on_figures, publish

pytestmark = pytest.mark.slow

SINCE = "Since November 10, 2020,"
WEEKS = [("March 4 to 10", 96), ("March 11 to 17", 104), ("March 18 to 24", 88), ("March 25 to 31", 117),
         ("April 1 to 7", 1210),  # planted: a unit slip, twelve times the usual week
         ("April 8 to 14", 91), ("April 15 to 21", 0),  # a control: a week with none found is no slip
         ("April 22 to 28", 99)]
PAGES = [
    # hectares since the war: a rising series, a reprint, a rounded figure, and one planted fall
    ("anama", "2024-02-01", f"{SINCE} deminers have cleared 150,000 hectares of land."),
    ("anama", "2024-03-01", f"{SINCE} deminers have cleared 152,600 hectares of land."),
    ("azertag", "2024-03-01", f"{SINCE} deminers have cleared 152,600 hectares of land. Azertag reports."),
    ("report", "2024-04-01", f"{SINCE} deminers have cleared nearly 155,000 hectares of land."),
    ("trend", "2024-04-03", f"{SINCE} deminers have cleared 154,800 hectares of land."),
    ("apa", "2024-05-02", f"{SINCE} deminers have cleared 140,000 hectares of land."),  # planted: a fall
    ("anama", "2024-06-01", f"{SINCE} deminers have cleared 158,900 hectares of land."),
    # parts of the whole: an operator's, a district's
    ("trend", "2024-04-10", f"{SINCE} the Ministry of Defence's engineer-sapper units have cleared 31,200 hectares."),
    ("report", "2024-04-12", f"{SINCE} 27,400 hectares have been cleared in Aghdam district."),
    # plans of two sources for the same year differ: plans are not contradictions
    ("anama", "2024-01-15", "In 2024, the agency plans to clear 40,000 hectares of land."),
    ("report", "2024-01-16", "In 2024, demining teams intend to clear 45,000 hectares of land."),
    # victims since the war: two sources agree, one disagrees (planted)
    ("trend", "2024-03-05", f"{SINCE} 372 people have become mine victims in Azerbaijan."),
    ("apa", "2024-03-05", "APA has learned that mines have claimed 372 victims since November 10, 2020."),
    ("report", "2024-03-05", f"{SINCE} 385 people have become mine victims in Azerbaijan."),  # planted
    # a stated total whose parts do not add up (planted), then rounded and exact later figures
    ("anama", "2024-04-24", f"{SINCE} 380 people have become mine victims: 70 of them were killed and 300 were injured."),
    ("report", "2024-06-01", f"{SINCE} nearly 390 people have become mine victims."),
    ("trend", "2024-06-10", f"{SINCE} 386 people have become mine victims."),
] + [("anama", f"2024-{'03' if week.startswith('March') else '04'}-{n + 1:02d}",
      f"From {week}, {count} unexploded ordnance were found and defused.") for n, (week, count) in enumerate(WEEKS)]


def test_a_planted_timeline_is_found_whole_with_no_false_alarm(tmp_path, site):
    wh, anomalies = publish(site, tmp_path, PAGES)
    found = {a["rule"]: a for a in on_figures(anomalies)}
    assert sorted(a["rule"] for a in on_figures(anomalies)) == [
        "breakdown_mismatch", "cumulative_decrease", "period_outlier", "sources_disagree"]
    assert "140,000 (APA, 2 May 2024)" in found["cumulative_decrease"]["message"]
    assert "1,210" in found["period_outlier"]["message"]
    assert "385 (Report" in found["sources_disagree"]["message"]
    assert "the stated total is 380" in found["breakdown_mismatch"]["message"]
    # strong evidence is sent; a twelvefold week (a slip, or a real surge) is for review
    assert {rule: a["level"] for rule, a in found.items()} == {
        "breakdown_mismatch": "alert", "cumulative_decrease": "alert", "sources_disagree": "alert", "period_outlier": "review"}
    wh.close()
