"""Phrasing families of the text extractor, on sentences written for these tests."""

from datetime import date

import pytest

from parsers.figures import extract_figures

PUB = date(2024, 3, 18)


def figs(text, published=PUB):
    return extract_figures(text, published)


def only(text, published=PUB):
    found = figs(text, published)
    assert len(found) == 1, found
    return found[0]


def test_weekly_report_period_and_items():
    text = ("From March 11 to 17, the teams neutralized 31 anti-tank mines, 57 anti-personnel mines and "
            "412 unexploded ordnance, and cleared 1,245.5 hectares of land.")
    found = {f.metric: f for f in figs(text)}
    assert found["atm_neutralized"].value == 31
    assert found["apm_neutralized"].value == 57
    assert found["uxo_neutralized"].value == 412
    area = found["area_cleared"]
    assert area.value == 1245.5 and area.kind == "period"
    assert (area.period_start, area.period_end) == (date(2024, 3, 11), date(2024, 3, 17))
    assert area.quote == "1,245.5 hectares"


@pytest.mark.parametrize("text,hectares", [
    ("Operators have cleared 12 km² so far.", 1200),
    ("Operators have cleared 12 sq. km so far.", 1200),
    ("Operators have cleared 12 square kilometres so far.", 1200),
    ("Operators have cleared 50,000 m² so far.", 5),
])
def test_area_units_become_hectares(text, hectares):
    f = only(text)
    assert f.metric == "area_cleared" and f.value == pytest.approx(hectares) and f.kind == "cumulative"


@pytest.mark.parametrize("word,qualifier", [
    ("over", "at_least"), ("more than", "at_least"), ("at least", "at_least"), ("around", "approx"),
    ("about", "approx"), ("approximately", "approx"), ("nearly", "approx"), ("almost", "approx"),
    ("some", "approx"), ("up to", "at_most"), ("less than", "at_most"),
])
def test_qualifiers(word, qualifier):
    f = only(f"Since 1991, {word} 3,400 people have become mine victims.")
    assert f.metric == "victims" and f.qualifier == qualifier
    assert f.quote.startswith(word)


@pytest.mark.parametrize("text,start", [
    ("Since the Trilateral Statement, 350 people have become mine victims.", date(2020, 11, 10)),
    ("Since the end of the Patriotic War, 350 people have become mine victims.", date(2020, 11, 10)),
    ("Since 2020, 350 people have become mine victims.", date(2020, 11, 10)),
    ("Since 1991, 3,400 people have become mine victims.", date(1991, 1, 1)),
    ("In the last 30 years, 3,321 people have become mine victims.", None),
    ("Since the end of the conflict, 350 people have become mine victims.", date(2020, 11, 10)),
    ("Since the conclusion of hostilities, 350 people have become mine victims.", date(2020, 11, 10)),
    ("Since the end of the conflict in 1994, 3,400 people have become mine victims.", None),
])
def test_cumulative_scopes(text, start):
    f = only(text)
    assert f.kind == "cumulative" and f.period_start == start and f.period_end == PUB


def test_a_running_total_after_a_weekly_sentence_keeps_its_own_scope():
    week, total = figs("From March 11 to 17, deminers cleared 812.4 hectares. Since the end of the conflict, "
                       "a total of 168,000 hectares have been cleared.")
    assert (week.kind, week.period_start) == ("period", date(2024, 3, 11))
    assert (total.value, total.kind, total.period_start, total.period_end) == (
        168000, "cumulative", date(2020, 11, 10), PUB)


def test_as_of_date_is_the_period_end():
    f = only("As of 31.08.2022, 242 people have become mine victims since the Trilateral Statement.")
    assert f.period_end == date(2022, 8, 31)


def test_breakdown_killed_injured():
    found = figs("Since the war ended, 242 people (40 killed and 202 injured) have become mine victims.")
    assert [(f.metric, f.value) for f in found] == [("victims", 242), ("victims_killed", 40), ("victims_injured", 202)]
    assert all(f.period_start == date(2020, 11, 10) for f in found)


def test_breakdown_civilians_military_inherits_scope():
    found = figs("Since the war ended, 350 people became mine victims. Of them, 65 died: 50 civilians and 15 servicemen.")
    assert [(f.metric, f.value, f.note) for f in found] == [
        ("victims", 350, None), ("victims_killed", 65, None),
        ("victims_killed", 50, "civilians"), ("victims_killed", 15, "military")]
    assert all(f.period_start == date(2020, 11, 10) for f in found)


@pytest.mark.parametrize("text", [
    "The work plan for 2024 covers 40,000 hectares.",
    "The agency aims to clear 650 km² a year.",
    "Some 14,713 ha are to be cleared by 2026.",
    "ANAMA needs 18 more demining machines.",
])
def test_plans_are_never_actuals(text):
    assert only(text).kind == "plan"


def test_year_period():
    f = only("In 2022 the operators cleared 419 square kilometres.")
    assert (f.kind, f.period_start, f.period_end, f.value) == ("period", date(2022, 1, 1), date(2022, 12, 31), 41900)


def test_between_months():
    f = only("Between January and June 2023 risk education sessions reached 4,839 people.")
    assert f.metric == "eore_beneficiaries"
    assert (f.period_start, f.period_end) == (date(2023, 1, 1), date(2023, 6, 30))


def test_capacity_snapshot_with_operator():
    found = figs("At the end of 2022 the Ministry of Defence had 450 deminers, 4 mine detection dogs and 20 machines.")
    assert [(f.metric, f.value, f.kind, f.operator) for f in found] == [
        ("deminers", 450, "snapshot", "Ministry of Defence"),
        ("mine_detection_dogs", 4, "snapshot", "Ministry of Defence"),
        ("demining_machines", 20, "snapshot", "Ministry of Defence")]
    assert all(f.period_end == date(2022, 12, 31) for f in found)


def test_contaminated_area_with_threat_note():
    found = figs("Survey classifies 147,988 ha as highly contaminated and 675,570 ha as medium and low contaminated.")
    assert [(f.metric, f.value, f.kind, f.note) for f in found] == [
        ("area_contaminated", 147988, "snapshot", "high threat"),
        ("area_contaminated", 675570, "snapshot", "medium and low threat")]


def test_malformed_number_is_flagged():
    f = only("The plans foresee capacity to clear around 65,0000 ha every year.")
    assert "malformed_number" in f.flags


def test_district_of_a_single_district_sentence():
    f = only("In Aghdam district, operators cleared 120 hectares last week.")
    assert f.district == "Aghdam"


def test_percentages_and_years_are_not_figures():
    assert figs("Incidents fell by 60% since 2021 and in 2022 the share was 25 percent.") == []


def test_quotes_are_exact_substrings():
    text = "Since the war ended, around 168,000 hectares have been cleared and 161,000 mines neutralised."
    for f in figs(text):
        assert f.quote in text


def test_cluster_munition_victims_are_a_noted_part():
    found = figs("As of 31 December 2022, 279 people had become mine victims since the Trilateral Statement, "
                 "four of them in incidents with cluster munition remnants.")
    assert [(f.metric, f.value, f.note) for f in found] == [
        ("victims", 279, None), ("victims", 4, "cluster munition remnants only")]


@pytest.mark.parametrize("text,kind,start,end", [
    ("On February 5–11, deminers cleared 640 hectares.", "period", date(2024, 2, 5), date(2024, 2, 11)),
    ("In April the teams cleared 2,300 hectares of land.", "period", date(2023, 4, 1), date(2023, 4, 30)),
    ("From 4 to 10 March 2024, 31 anti-tank mines were found. During the reporting period 700 hectares were cleared.",
     "period", date(2024, 3, 4), date(2024, 3, 10)),
    ("Last week 51 mines were found.", "period", None, None),
    ("As of now, 168,000 hectares have been cleared since the end of the war.", "cumulative", date(2020, 11, 10), PUB),
    ("Over the past four years 3,100 anti-tank mines were neutralised in the liberated territories.",
     "cumulative", date(2020, 11, 10), PUB),
])
def test_period_phrasings(text, kind, start, end):
    f = figs(text)[-1]
    assert (f.kind, f.period_start, f.period_end) == (kind, start, end)


def test_a_scope_of_its_own_beats_of_this_number():
    found = extract_figures(
        "The number of mine victims in the last 30 years stands at 3,321 persons. Of this number, 242 "
        "(as of 31.08.2022) have become mine victims (40 killed and 202 wounded) since the Trilateral "
        "Statement of November 10, 2020.", None)
    assert [(f.metric, f.value, f.period_start) for f in found] == [
        ("victims", 3321, None), ("victims", 242, date(2020, 11, 10)),
        ("victims_killed", 40, date(2020, 11, 10)), ("victims_injured", 202, date(2020, 11, 10))]


def test_injured_or_killed_are_victims():
    (fig,) = extract_figures("Between the 2020 trilateral statement and 31 December 2022, four persons were "
                             "injured or killed due to CMR-related incidents.", date(2023, 7, 19))
    assert (fig.metric, fig.value, fig.period_start, fig.period_end, fig.note) == (
        "victims", 4, date(2020, 11, 10), date(2022, 12, 31), "cluster munition remnants only")


def test_not_cleared_land_and_mines_in_minefield_records_are_no_figures():
    assert extract_figures("Some 800km² of land not formally cleared is already used for farming.", PUB) == []
    assert extract_figures("Armenia released minefield records on 390,709 anti-tank and anti-personnel "
                           "landmines.", PUB) == []


def test_capacity_in_an_earlier_year_is_as_of_that_year():
    figs = extract_figures("At the end of 2022, ANAMA had 920 deminers.\u00b9 The number grew in 2022 compared to "
                           "2021 when ANAMA operated with 762 deminers.\u00b2", None)
    assert [(f.value, f.period_end) for f in figs] == [(920, date(2022, 12, 31)), (762, date(2021, 12, 31))]


def test_adds_up_to_is_no_upper_bound():
    assert only("Since the Trilateral Statement the land cleared so far adds up to 118,502.6 hectares.").qualifier == "exact"


def test_the_scope_nearest_after_the_number_when_none_before():
    fig = only("He said more than 3,400 people have become mine victims since 1991, while the number of mine "
               "incidents has dropped by 60% since 2021.")
    assert (fig.value, fig.period_start) == (3400, date(1991, 1, 1))
