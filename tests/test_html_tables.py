"""Tables of HTML pages, in three languages: trafilatura keeps a table in the main text as rows
of cells between bars; they are read as tables, with the week their caption names. Every page
here is written for these tests."""

from datetime import date

import pytest

from parsers import extract, parse

PAGE = """<html lang="{lang}"><head><title>{title}</title>
<meta property="article:published_time" content="2024-04-15"></head><body><article>
<h1>{title}</h1><p>{caption}</p>
<table>
<tr><th>{district}</th><th>{apm}</th><th>{atm}</th><th>{uxo}</th><th>{area}</th></tr>
<tr><td>{aghdam}</td><td>14</td><td>3</td><td>118</td><td>296.4</td></tr>
<tr><td>{fuzuli}</td><td>21</td><td>8</td><td>205</td><td>388.9</td></tr>
<tr><td>{total}</td><td>35</td><td>11</td><td>323</td><td>685.3</td></tr>
</table><p>{after}</p></article></body></html>"""

LANGUAGES = {
    "en": dict(title="Demining week in figures", caption="The agency gave the results of the week from 8 to 13 April 2024 by district.",
               district="District", apm="Anti-personnel mines", atm="Anti-tank mines", uxo="UXO", area="Cleared (ha)",
               aghdam="Aghdam", fuzuli="Fuzuli", total="Total", after="Work goes on in both districts."),
    "ru": dict(title="Неделя разминирования в цифрах", caption="Агентство сообщило итоги недели с 8 по 13 апреля 2024 года по районам.",
               district="Район", apm="Противопехотные мины", atm="Противотанковые мины", uxo="НРБ", area="Очищено (га)",
               aghdam="Агдам", fuzuli="Физули", total="Всего", after="Работы в обоих районах продолжаются."),
    "az": dict(title="Minatəmizləmə həftəsi rəqəmlərlə", caption="Agentlik aprelin 8-dən 13-dək həftənin nəticələrini rayonlar üzrə açıqlayıb.",
               district="Rayon", apm="Piyada əleyhinə minalar", atm="Tank əleyhinə minalar", uxo="PHS", area="Təmizlənmiş ərazi (ha)",
               aghdam="Ağdam", fuzuli="Füzuli", total="Cəmi", after="Hər iki rayonda işlər davam edir."),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_html_table_is_read_by_district_with_its_week(lang):
    doc = parse(PAGE.format(lang=lang, **LANGUAGES[lang]).encode(), "text/html")
    figures = [f for f in extract(doc) if f.table]
    rows = {(f.metric, f.district, f.total): f for f in figures}
    assert rows[("apm_neutralized", "Aghdam", False)].value == 14
    assert rows[("atm_neutralized", "Fuzuli", False)].value == 8
    assert rows[("uxo_neutralized", "Fuzuli", False)].value == 205
    assert rows[("area_cleared", "Aghdam", False)].value == pytest.approx(296.4)
    total = rows[("area_cleared", None, True)]
    assert (total.value, total.note) == (pytest.approx(685.3), "table total")
    assert {(f.kind, f.period_start, f.period_end) for f in figures} == {("period", date(2024, 4, 8), date(2024, 4, 13))}
    assert all(f.quote in doc.text for f in figures)


def test_a_column_of_anti_personnel_mines_is_not_one_of_personnel():
    doc = parse(PAGE.format(lang="en", **LANGUAGES["en"]).encode(), "text/html")
    assert "deminers" not in {f.metric for f in extract(doc)}
