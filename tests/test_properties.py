"""Property-based tests (hypothesis): the parsers never raise on arbitrary text, every quote
is a piece of the text, and numbers written with separators read back as themselves."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import vocabulary as v
from parsers.dates import find_dates
from parsers.figures import extract_figures
from parsers.numbers import find_numbers, parse_number
from parsers.shares import extract_shares

# Text that looks like a release: words of the domain, numbers in every style, dates, units.
PIECES = st.sampled_from([
    "deminers", "cleared", "hectares", "ha", "km²", "sq. km", "of land", "since", "the Trilateral Statement",
    "November 10, 2020", "31.02.2024", "1,2,3", "65,0000", "1,245.5", "1.167 million", "248 тыс.", "1459,4",
    "around", "more than", "up to", "anti-personnel mines", "anti-tank mines", "unexploded ordnance", "victims",
    "killed", "injured", "(40 killed and 202 injured)", "%", "percent of", "all land that needs mine action",
    "From 7 to 13 April", "last week", "in 2023", "Aghdam", "Jabrail", "ANAMA", ".", ",", ";", "\n", "These constituted",
    "İki", "İYİRMİ", "ALTI", "hərbçi", "minaya düşüb", "onlardan biri", "45-year-old", "1985 года рождения",
])
TEXT = st.lists(st.one_of(PIECES, st.integers(0, 10**7).map(str), st.text(max_size=8)), max_size=40).map(" ".join)
DAYS = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(TEXT, DAYS)
def test_extraction_never_raises_and_quotes_are_in_the_text(text, published):
    figures = extract_figures(text, published)
    for f in figures:
        assert f.quote and f.quote in text
        assert f.value is None or f.value >= 0
    for share in extract_shares(text, figures):
        assert share.quote in text
        assert all(0 <= i < len(figures) for i in share.part + share.whole)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_numbers_and_dates_never_raise_on_any_text(text):
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text) and n.value >= 0
    find_dates(text)
    find_dates(text, reference=date(2024, 3, 18))


@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from([",", " ", "\u00a0"]))
def test_grouped_integers_read_back(n, sep):
    written = f"{n:,}".replace(",", sep)
    assert parse_number(written) == (float(n), False)


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=9))
def test_decimals_read_back(whole, tenth):
    assert parse_number(f"{whole:,}.{tenth}") == (whole + tenth / 10, False)


# What follows a number: metric words, between-words, and noise.
AFTER = st.lists(st.one_of(st.sampled_from([
    "of them", "were", "are", "more", "other", "new", "trained", "pieces of", "units of", "единиц", "ədəd",
    "anti-personnel", "anti-tank", "AP", "AT", "mines", "landmines", "and", "unexploded", "ordnance", "UXO",
    "explosive", "devices", "items", "shells", "munitions", "deminers", "dogs", "machines", "killed", "injured",
    "victims", "people", "мин", "противотанковых", "mina", "tank əleyhinə", ",", "12",
]), st.text(max_size=5)), max_size=8).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(AFTER)
def test_the_shared_prefix_alternation_never_skips_a_metric(after):
    """vocabulary.ANY_AFTER_NUMBER shares one prefix among all metrics: the metric it names must
    never come after the first metric whose own pattern matches, or that metric would be missed."""
    body = " " + after
    first = v.ANY_AFTER_NUMBER.match(body)
    strict = next((i for i, (_, rx) in enumerate(v.AFTER_NUMBER) if rx.match(body)), None)
    if strict is not None:
        assert first and [m for m, _ in v.AFTER_NUMBER].index(first.lastgroup) <= strict


# A table of words whose spellings have no literal start (a leading character class, a bare
# group) gets no gate and is searched in every sentence: a new word should keep its table gated.
UNGATED: set[str] = set()


def test_every_pattern_made_from_words_is_gated():
    import re
    from pathlib import Path

    from parsers import parts

    made = re.findall(r"^([A-Z_]+) = word_pattern", Path(v.__file__).read_text(encoding="utf-8"), re.M)
    assert {name for name in made if not isinstance(getattr(v, name), v.Gated)} == UNGATED
    assert parts._OPERATOR_RE.hints is not None and parts._DISTRICT_RE.hints is not None


@given(st.lists(st.sampled_from(["lost", "losing", "land", "mines", "mine", "their", "lives", "legs", " ", "heavily",
                                 "most", "made", "rendered", "safe", "free", "rid", "of", "yet", "still", "to", "be", "cleared"]),
                max_size=12).map(" ".join))
def test_a_gate_never_hides_a_match(text):
    for name in ("KILLED_VERB", "INJURED_VERB", "MINE_HARM", "NEUTRALIZED", "HIGH_THREAT", "LAND_WORK", "STILL_TO_CLEAR"):
        gated = getattr(v, name)
        assert bool(gated.search(text)) == bool(gated.pattern.search(text)), name


# Spellings of the shapes the word tables use: groups, optional starts, classes, inline case.
SHAPES = [r"\b(?:plans?|aims?|target(?:s|ed)?)\b", r"(?<!\w)(?:(?:land)?mines?|(?:un)?exploded|[Ss]app\w+)",
          r"\b(?:(?i:mine action)|ANAMA|(?:[xX]əsarət|yara)\s+al\w*)", r"(?:İlin|ilin)\s+əvvəlindən|ИЗ\s+них"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["plans", "Aims", "TARGETED", "landmines", "Mines", "unexploded", "Sappers", "sapp",
                                 "MINE ACTION", "mine action", "anama", "ANAMA", "Xəsarət alıb", "yara aldı", "İlin əvvəlindən",
                                 "ilin əvvəlindən", "из них", "ИЗ них", "x", "-", " ", "\n", "ı", "İ"]), max_size=10).map(" ".join))
def test_the_first_letter_look_ahead_never_changes_a_match(text):
    """vocabulary.at_first_letters only skips places no match can start at."""
    import re

    for shape in SHAPES:
        for flags in (0, re.I):
            plain, ahead = re.compile(shape, flags), re.compile(v.at_first_letters(shape), flags)
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in ahead.finditer(text)], shape


def test_patterns_any_letter_may_start_are_left_alone():
    for shape in (r"\b(?:\w+\s+)?dogs", r"[^.]{0,20}mines", r"(?:mines)?"):
        assert v.at_first_letters(shape) == shape


def test_lowering_keeps_every_characters_place():
    """Gates cut a span out of the lowered text (vocabulary.Gated._may): that is the lowered span
    only while lowering maps each character to one."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert len(v.lowered(every)) == len(every)


def test_hints_given_in_the_word_files_are_lower_case():
    """Hints are looked for in the lower-cased text (vocabulary.lowered)."""
    for table in [*v.TIME.values(), v.WORDS["actions"]["contaminated"]]:
        assert all(h == h.lower() for h in table.get("hints", []))


@given(st.lists(st.sampled_from(["Mines", "and", "UXO", "are", "believed", "to", "cover", "still", "spans", "laid", "over", "an",
                                 "area", "Мины", "покрывают", "разбросаны", "на", "площади", "Minalar", "ərazini", "əhatə",
                                 "edir", "basdırılıb", "contaminated", "12", ","]),
                max_size=12).map(" ".join))
def test_the_contaminated_words_gate_never_hides_a_match(text):
    assert bool(v.CONTAMINATED.search(text)) == bool(v.CONTAMINATED.pattern.search(text))


@given(st.lists(st.sampled_from(["so", "far", "to", "date", "as", "of", "today", "Bu", "ilin", "əvvəlindən", "ilin", "cari", "il",
                                 "thus", "up", "till", "now", "Hazırda", "vaxta", "qədər", "настоящее", "время",
                                 "a", "day", "per", "daily", "every", "average", "earlier", "день", "gündə", "hər", "gün", "hesabla",
                                 "ərzində", "last", "week", "over", "the", "на", "прошлой", "неделе", "с", "начала", "года",
                                 "this", "month", "yesterday", "on", "Saturday", "в", "субботу", "şənbə", "günü", ",",
                                 "since", "it", "began", "work", "начала", "работы", "fəaliyyətə", "başlayandan", "bəri"]),
                max_size=12).map(" ".join))
def test_a_time_words_gate_never_hides_a_match(text):
    for name in ("CUMULATIVE_CUE", "WEEK_CUE", "SINCE_YEAR_START", "SINCE_YEAR_START_AZ", "THIS_MONTH", "LAST_MONTH", "INCIDENT", "WEEKDAY",
                 "RATE", "SINCE_INCEPTION"):
        gated = getattr(v, name)
        assert bool(gated.search(text)) == bool(gated.pattern.search(text)), name


@given(st.lists(st.sampled_from(["XOCALI", "Xocalı", "LAÇIN", "Laçın", "QUBADLI", "AĞDAM", "rayonunda", "İNDİYƏDƏK", "HAZIRDA",
                                 "indiyədək", "ŞƏNBƏ", "GÜNÜ", "YARALANIB", "HƏLAK", "OLUB", "TƏMİZLƏNİB", "İlin", "ilk", "İLK",
                                 "RÜBÜNDƏ", "ALTI", "İKİ", "mina", ","]),
                max_size=10).map(" ".join))
def test_azerbaijani_capitals_neither_slip_past_a_gate_nor_break_a_lookup(text):
    """The regex engine matches i, ı, I and İ alike case-insensitively: gates and the tables'
    lookups must too, or an all-capitals headline loses its figures or raises ("XOCALI")."""
    from parsers import parts

    for gated in (parts._DISTRICT_RE, v.CUMULATIVE_CUE, v.WEEKDAY, v.INJURED_VERB, v.KILLED_VERB, v.QUARTER, v.FIRST_MONTHS):
        assert bool(gated.search(text)) == bool(gated.pattern.search(text)), gated.pattern.pattern[:60]
    parts.district_mentions(text)
    extract_figures(text, date(2024, 3, 5))
