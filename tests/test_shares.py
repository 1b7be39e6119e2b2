"""Stated percentages and plain-text reports: pure functions, text in, shares and tables out."""

from datetime import date

from parsers import extract, parse
from parsers.figures import extract_figures
from parsers.plaintext import mend_page_breaks, tab_tables
from parsers.shares import extract_shares


def shares_of(text, published=date(2024, 5, 2)):
    figures = extract_figures(text, published)
    return figures, extract_shares(text, figures)


def test_a_share_beside_its_part_with_its_whole_in_the_phrase():
    figures, (share,) = shares_of("Deminers have cleared 166,000 hectares, or 14.2 percent of the total "
                                  "1,167,000 hectares of liberated land.")
    assert (share.percent, share.qualifier, share.decimals) == (14.2, "exact", 1)
    assert [figures[i].value for i in share.part] == [166000]
    assert [figures[i].value for i in share.whole] == [1167000]
    assert share.quote == "14.2 percent of the total 1,167,000 hectares of liberated land"


def test_the_cleared_land_against_the_contaminated_area_summed_over_threat_levels():
    figures, (share,) = shares_of(
        "Surveys class 147,988 ha as highly contaminated and 675,570 ha as medium and low contaminated. "
        "Since 10 November 2020 operators have cleared 50,590 ha of land. "
        "The cleared land is around 4% of all land that needs mine action.")
    assert (share.percent, share.qualifier, share.part_metric, share.whole_metric) == (
        4, "approx", "area_cleared", "area_contaminated")
    assert [figures[i].value for i in share.part] == [50590]
    assert sorted(figures[i].value for i in share.whole) == [147988, 675570]
    assert share.quote == "around 4% of all land that needs mine action"


def test_these_refers_to_the_figure_just_stated():
    figures, (share,) = shares_of("Between the 2020 trilateral statement and 31 December 2022, four persons were "
                                  "injured or killed due to CMR-related incidents. These constituted 1.4% of the "
                                  "total 279 victims.", None)
    assert [(figures[i].metric, figures[i].value) for i in share.part] == [("victims", 4)]
    assert [(figures[i].metric, figures[i].value) for i in share.whole] == [("victims", 279)]


def test_changes_are_not_shares_and_unknown_wholes_stay_unknown():
    _, shares = shares_of("Incidents dropped by 60% since 2021. QM capacity increased by around 300%. "
                          "Around 25 percent of the Aghdam district has been demined.")
    (share,) = shares
    assert share.percent == 25 and share.whole == [] and share.whole_metric is None


def test_a_decimal_comma_in_a_percentage():
    _, (share,) = shares_of("Reliable records exist for just around 1,25% of the liberated land.")
    assert share.percent == 1.25 and share.decimals == 2


def test_tab_separated_tables_of_a_text_report():
    text = ("Some text.\n\nTable 1: Operational resources (at 31 December 2022)\u00b9\u00b9\n\n"
            "Operator\tOperational staff\tMDDs\tMachines\nANAMA\t920\t34\t24\n"
            "Ministry of Defence\t450\t4\t4\n<b>Totals</b>\t<b>1,370</b>\t38\t30\n\nMore text.")
    (table,) = tab_tables(text)
    assert table.caption == "Table 1: Operational resources (at 31 December 2022)"
    assert table.rows[-1] == ["Totals", "1,370", "38", "30"]
    doc = parse(text.encode())
    totals = [f for f in extract(doc) if f.total]
    assert [(f.metric, f.value) for f in totals] == [("deminers", 1370), ("mine_detection_dogs", 38),
                                                      ("demining_machines", 30)]
    assert all(f.quote in doc.text for f in extract(doc))


def test_a_sentence_cut_by_a_page_of_footnotes_is_joined_again():
    text = ("Other operators also conduct mine action. At the end of 2022, the Ministry of Defence\n\n"
            "77 Ibid.\n\n- 81 Interview with a deminer, Baku, 24 May 2023.\n\n"
            "had a capacity of 450 deminers and 20 machines.\n\nNext section")
    mended = mend_page_breaks(text)
    assert "the Ministry of Defence had a capacity of 450 deminers and 20 machines.\n\n77 Ibid." in mended
    assert "Next section" in mended and "- 81 Interview" in mended
    figures = extract_figures(mended, None)
    assert {(f.metric, f.operator, f.period_end) for f in figures} == {
        ("deminers", "Ministry of Defence", date(2022, 12, 31)),
        ("demining_machines", "Ministry of Defence", date(2022, 12, 31))}
