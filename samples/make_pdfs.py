"""Build the two sample PDF reports of samples/site/ (run: uv run python samples/make_pdfs.py).

The texts are minewatch's own words; the figures come from the seed documents.
The ANAMA-style report draws its tables without ruling lines, as the agency's
own PDFs do; the Mine Action Review-style report rules every cell.
"""

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SITE = Path(__file__).parent / "site"


def _doc(title: str, author: str, created: datetime) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creation_date(created)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    return pdf


def _heading(pdf: FPDF, text: str, size: int = 13) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _unruled_table(pdf: FPDF, widths: list[float], rows: list[list[str]]) -> None:
    """Columns placed by position only: no lines, as in the agency's reports."""
    for i, row in enumerate(rows):
        bold = i == 0 or row[0] == "Total"
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        for col, (width, text) in enumerate(zip(widths, row)):
            pdf.cell(width, 5.5, text, align="R" if col else "L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.ln(5.5)
    pdf.ln(3)


def _ruled_table(pdf: FPDF, widths: list[float], rows: list[list[str]]) -> None:
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=True) as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(4)


def anama_quarterly() -> None:
    pdf = _doc(
        "Mine Action in Azerbaijan: Priorities and Needs. Quarterly report, September 2022",
        "Mine Action Agency of the Republic of Azerbaijan",
        datetime(2022, 9, 30, 8, 0, tzinfo=timezone.utc),
    )
    _heading(pdf, "Mine Action in Azerbaijan: Priorities and Needs", 16)
    _para(pdf, "Quarterly report of the Mine Action Agency of the Republic of Azerbaijan (ANAMA). Baku, September 2022.")
    _heading(pdf, "Summary")
    _para(pdf, (
        "Few countries carry as many landmines and explosive remnants of war as Azerbaijan. "
        "Over the last 30 years mines have made 3,321 people victims. As of 31.08.2022, "
        "242 people (40 killed and 202 injured) had become mine victims since the Trilateral Statement of 10 November 2020."
    ))
    _heading(pdf, "How much land is contaminated")
    _para(pdf, (
        "Preliminary survey results classify 147,988 ha as highly contaminated, and a further "
        "675,570 ha as medium and low contaminated. Only about 25% of the minefield records handed "
        "over so far proved reliable, which means reliable records exist for just around 1,25% of the liberated land."
    ))
    _heading(pdf, "Demining operations")
    _para(pdf, (
        "From 10 November 2020 to 31 August 2022 the demining operators cleared 50,590.3 ha of land. "
        "They found and neutralized 23,561 anti-personnel mines, 11,759 anti-tank mines and 32,207 items "
        "of ERW, 67,527 explosive items in total. The cleared land is around 4% of all land that needs mine action."
    ))
    _para(pdf, (
        "The work plan for 2022 covers 40,000 ha of land. For the following years the plans foresee "
        "capacity to clear around 65,0000 ha of land every year."
    ))
    _para(pdf, "Table 1. Operational resources for mine clearance (as of 31.08.2022)")
    _unruled_table(pdf, [62, 38, 38, 40], [
        ["Operator", "Operational staff", "Mine detection dogs", "Mine clearance machines"],
        ["ANAMA", "838", "33", "16"],
        ["Ministry of Defense", "450", "4", "7"],
        ["Ministry of Emergency Situations", "47", "6", "0"],
        ["State Border Service", "20", "0", "0"],
        ["Alpha Demining", "63", "5", "2"],
        ["Qaya Safety Solutions", "46", "2", "1"],
        ["Safe Point", "79", "0", "1"],
        ["Azerbaijan Demining", "34", "4", "3"],
        ["Total", "1,577", "54", "30"],
    ])
    pdf.add_page()
    _para(pdf, "Table 2. Clearance by district (as of 31.08.2022)")
    _unruled_table(pdf, [26, 24, 24, 20, 20, 20, 26], [
        ["District", "Area (km2)", "Cleared (km2)", "ERW", "APM", "ATM", "Total items"],
        ["Aghdam", "1154", "136", "7,276", "6,842", "3,473", "17,591"],
        ["Jabrail", "1050", "88.6", "5,713", "3,717", "1,588", "11,018"],
        ["Fuzuli", "1390", "75.9", "13,250", "7,607", "3,976", "24,833"],
        ["Kalbajar", "3054", "56.8", "396", "337", "24", "757"],
        ["Lachin", "1835", "24.1", "47", "1,296", "33", "1,376"],
        ["Gubadly", "802", "26.8", "302", "768", "1,298", "2,368"],
        ["Shusha", "310", "2.3", "1,875", "51", "1", "1,927"],
        ["Tartar", "960", "19.1", "1,904", "2,173", "824", "4,901"],
        ["Khojaly", "1000", "13.4", "239", "5", "1", "245"],
        ["Khojavand", "1460", "19.3", "851", "6", "55", "912"],
        ["Zangilan", "707", "43.3", "242", "758", "483", "1,483"],
        ["Others", "", "0.3", "112", "1", "3", "116"],
        ["Total", "", "505.90", "32,207", "23,561", "11,759", "67,527"],
    ])
    _heading(pdf, "Planning ahead")
    _para(pdf, (
        "The first stage of the return of displaced people needs 14,713 ha cleared for housing; "
        "this land is to be cleared by 2024. ANAMA also needs 18 more demining machines at this stage."
    ))
    pdf.output(SITE / "anama" / "2022-09-quarterly-report.pdf")


def mine_action_review() -> None:
    pdf = _doc(
        "Azerbaijan: Clearing Cluster Munition Remnants 2023",
        "Mine Action Review",
        datetime(2023, 8, 15, 8, 0, tzinfo=timezone.utc),
    )
    _heading(pdf, "Azerbaijan - Clearing Cluster Munition Remnants 2023", 16)
    _heading(pdf, "Key developments")
    _para(pdf, (
        "In 2022 ANAMA reported releasing 44.1 km2 of area in which cluster munition remnants were found, "
        "and the destruction of 738 submunitions. A year earlier, in 2021, 10.5 km2 was released and "
        "387 submunitions were destroyed."
    ))
    _heading(pdf, "Contamination")
    _para(pdf, (
        "ANAMA's preliminary data put the area contaminated by all types of explosive ordnance at 8,236 km2. "
        "Of this, nearly 1,480 km2 is high threat and an estimated 6,756 km2 medium and low threat."
    ))
    _para(pdf, (
        "Between the Trilateral Statement and 31 December 2022 there were 279 victims of explosive ordnance; "
        "four of them were hurt by cluster munition remnants."
    ))
    _heading(pdf, "Operators")
    _para(pdf, (
        "At the end of 2022 the Ministry of Defence had 450 deminers, 4 mine detection dogs and 20 machines. "
        "The work plan for 2023 foresaw 500 km2 of clearance, and the draft strategy aims at 650 km2 a year."
    ))
    _para(pdf, "Table 1: Operational resources for explosive ordnance clearance (at 31 December 2022)")
    _ruled_table(pdf, [70, 36, 30, 30], [
        ["Operator", "Operational staff", "MDDs", "Machines"],
        ["ANAMA", "920", "34", "24"],
        ["Ministry of Defence", "450", "4", "4"],
        ["Ministry of Emergency Situations", "50", "10", "4"],
        ["State Border Service", "30", "0", "0"],
        ["Alpha Demining", "63", "5", "2"],
        ["Qaya Safety Solutions", "46", "2", "1"],
        ["Safe Point", "79", "0", "1"],
        ["Azerbaijan Demining Company", "34", "4", "3"],
        ["Totals", "1,672", "59", "55"],
    ])
    _para(pdf, "Table 2: Land released through clearance and technical survey of polygons containing CMR in 2022")
    _ruled_table(pdf, [40, 30, 50, 46], [
        ["District", "Operator", "Area cleared (m2)", "Submunitions destroyed"],
        ["Agdam", "ANAMA", "5,664,685", "117"],
        ["", "Safe Point", "1,719,365", ""],
        ["Fuzuli", "Alpha Demining", "3,547,401", "119"],
        ["", "ANAMA", "5,814,492", ""],
        ["Qubadli", "ANAMA", "813,042", "3"],
        ["Jabrayil", "Azerbaijan Demining Company", "2,450,007", "338"],
        ["", "ANAMA", "13,527,767", ""],
        ["", "Qaya Safety Solutions", "494,721", ""],
        ["Khojavend", "Alpha Demining", "3,443,969", "17"],
        ["", "ANAMA", "3,757,197", ""],
        ["Shusha", "ANAMA", "0", "80"],
        ["Tartar", "", "2,867,495", "4"],
        ["Totals", "", "44,100,141", "738"],
    ])
    pdf.output(SITE / "mar" / "2023-azerbaijan-cluster-munition-remnants.pdf")


if __name__ == "__main__":
    anama_quarterly()
    mine_action_review()
