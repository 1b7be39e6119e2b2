import pytest

from parsers.numbers import find_numbers, parse_number


@pytest.mark.parametrize("token,value", [
    ("1,245.5", 1245.5), ("1245.5", 1245.5), ("50,590.3", 50590.3), ("23,561", 23561),
    ("1,25", 1.25), ("1 577", 1577), ("3.5", 3.5), ("1.234.567", 1234567), ("1,234,567.5", 1234567.5),
])
def test_parse_number(token, value):
    assert parse_number(token) == (pytest.approx(value), False)


def test_malformed_grouping_is_flagged_not_guessed():
    value, malformed = parse_number("65,0000")
    assert malformed


@pytest.mark.parametrize("text,value", [
    ("some 1.167 million hectares", 1_167_000), ("168 thousand hectares", 168_000),
    ("two machines", 2), ("twenty dogs", 20), ("eleven deminers", 11),
    ("half a million hectares", 500_000), ("more than a thousand mines", 1_000), ("150’000 ha", 150_000), ("150'000 ha", 150_000),
])
def test_scales_and_words(text, value):
    assert find_numbers(text)[0].value == pytest.approx(value)


def test_offsets_point_at_the_number():
    text = "cleared 1,245.5 ha"
    n = find_numbers(text)[0]
    assert text[n.start:n.end] == "1,245.5"


@pytest.mark.parametrize("case", [str.lower, str.capitalize, str.upper])
def test_every_number_word_reads_back_in_any_case(case):
    # "İki" opening an Azerbaijani sentence once made the reader loop forever (İ lowers to i and
    # a combining dot, a word the table did not hold); "ALTI" was no number.
    from parsers.numbers import WORDS

    for word, value in WORDS.items():
        found = find_numbers(f"— {case(word)} — ə")  # (Azerbaijani words are read in a text with an ə)
        assert [n.value for n in found] == [value], word
