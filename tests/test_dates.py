from datetime import date

from parsers.dates import find_dates, parse_date


def test_formats():
    text = "as of 31.08.2022, from 10 November 2020 to August 31, 2022, published 2022-09-05"
    assert [d for _, _, d in find_dates(text)] == [date(2022, 8, 31), date(2020, 11, 10), date(2022, 8, 31), date(2022, 9, 5)]


def test_year_inferred_from_publication():
    assert [d for _, _, d in find_dates("on 5 September", default_year=2023)] == [date(2023, 9, 5)]


def test_impossible_dates_are_ignored():
    assert find_dates("31.02.2024") == []


def test_parse_date_from_meta_and_bylines():
    assert parse_date("2024-04-04T12:15:00+04:00") == date(2024, 4, 4)
    assert parse_date("Published 11 August 2023") == date(2023, 8, 11)
    assert parse_date("no date here") is None
