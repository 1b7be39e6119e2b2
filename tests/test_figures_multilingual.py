"""Russian and Azerbaijani releases, in sentences written for these tests."""

from datetime import date

import pytest

from parsers.figures import extract_figures

WAR_END = date(2020, 11, 10)


def figs(text, published=date(2024, 6, 3)):
    return [(f.metric, f.value, f.kind, f.qualifier, f.period_start, f.period_end) for f in extract_figures(text, published)]


def test_ru_cumulative_range_with_units():
    text = ("С 10 ноября 2020 года по 31 мая 2024 года на освобожденных территориях очищено 1200 гектаров "
            "и обезврежено 350 противопехотных мин.")
    assert figs(text) == [
        ("area_cleared", 1200, "cumulative", "exact", WAR_END, date(2024, 5, 31)),
        ("apm_neutralized", 350, "cumulative", "exact", WAR_END, date(2024, 5, 31)),
    ]


def test_ru_victims_breakdown():
    text = "После окончания войны жертвами мин стали 300 человек, из них 60 погибли, еще 240 получили ранения."
    assert [(m, v, k, s) for m, v, k, _, s, _ in figs(text)] == [
        ("victims", 300, "cumulative", WAR_END),
        ("victims_killed", 60, "cumulative", WAR_END),
        ("victims_injured", 240, "cumulative", WAR_END),
    ]


def test_ru_thousands_and_qualifier():
    (fig,) = figs("После войны было очищено более 248 тыс. гектаров территории.")
    assert fig[:4] == ("area_cleared", 248_000, "cumulative", "at_least")


def test_ru_since_1991():
    (fig,) = figs("В целом с 1991 года жертвами мин стали 3 410 человек.")
    assert fig[:2] == ("victims", 3410) and fig[4] == date(1991, 1, 1)


def test_az_weekly_report():
    text = ("Azad olunan ərazilərdə mayın 20-dən 26-na qədər 15 tank əleyhinə mina, 40 piyada əleyhinə mina "
            "və 300 partlamamış hərbi sursat aşkarlanıb və zərərsizləşdirilib. Məlumata əsasən, 812,5 hektar ərazi "
            "minalardan təmizlənib.")
    week = (date(2024, 5, 20), date(2024, 5, 26))
    assert figs(text) == [
        ("atm_neutralized", 15, "period", "exact", *week),
        ("apm_neutralized", 40, "period", "exact", *week),
        ("uxo_neutralized", 300, "period", "exact", *week),
        ("area_cleared", 812.5, "period", "exact", *week),
    ]


@pytest.mark.parametrize("text,metric,value", [
    ("Vətən müharibəsindən sonra 300 nəfər minaya düşüb.", "victims", 300),
    ("44 günlük müharibədən sonra 310 nəfər mina partlayışlarının qurbanı olub.", "victims", 310),
    ("Vətən müharibəsindən sonra onlardan 60-ı həlak olub.", "victims_killed", 60),
])
def test_az_victims(text, metric, value):
    (fig,) = figs(text)
    assert fig[:3] == (metric, value, "cumulative") and fig[4] == WAR_END
