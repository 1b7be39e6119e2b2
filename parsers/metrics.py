"""What a number counts: the unit and metric phrase after it, or for people the verb
around it (killed, injured, both), with the note of a part it names. Pure functions."""

from __future__ import annotations

import re
from typing import NamedTuple

from . import parts
from . import vocabulary as v
from .model import Figure
from .numbers import Number, find_numbers
from .sentences import clause_span

A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
LABEL_MARK = re.compile(r"[:–—|-]\s*$")
CLAUSE_MARK = re.compile(r"[,;:]|\.\s+(?=[A-ZА-ЯƏ])")  # not the dot of "кв. км"
SKIPPED = re.compile(r"\s*\([^)]{0,80}\)|\)|\+(?!\d)")  # "61 (37 anti-personnel and 24 anti-tank) mines", "(53,081) ha"
ASIDE = re.compile(r"^\s*\([^)]*\)|^,\s*including\s[^,]*,")  # "(40 killed ...)", ", including 35 civilians,"
CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|while|including)\b|\s+and\s+\w++\s+(?:were|have)\b"
                        r"|,\s+(?:\w++\s+|\d[\d\s,.]*\s+)?(?:" + v.OF_PRONOUN + r")\b", re.I)  # ", of which 45 died", ", 71 of them died"
NEXT_COUNT = re.compile(r"(?<![\w-])\d")
AZ_SUFFIX = re.compile(r"^-(?:i|ı|u|ü|si|sı|su|sü|dən|dan|tən|tan|də|da|nə|na|yə|ya|ə|a|dək|ədək|adək|in|ın|un|ün|dir|dır|dur|dür)\b(?:\s+(?:çox|artıq|yaxın|qədər|isə))?"
                       r"|^\s+(?:çox|artıq|yaxın|qədər)\b(?=\s)")  # "12 mindən çox mina", "4 minə yaxın"
# Azerbaijani puts the qualifier after the amount: "3400-dən çox", "hektara yaxın" (words/metrics.toml).
# One pattern, tried at every figure: the group that matched names the qualifier.
QUALIFIER_AFTER = re.compile("|".join(f"(?P<{name}>{'|'.join(spellings)})" for name, spellings in v.WORDS["qualifiers_after"].items()), re.I)


def qualifier_after(after: str) -> tuple[str, int] | None:
    """(qualifier, length of its words) when words after the amount qualify it."""
    m = QUALIFIER_AFTER.match(after)
    return (m.lastgroup, m.end()) if m else None



class Reading(NamedTuple):
    """What a number counts, and where the words that state it begin and end in the sentence."""
    metric: str
    value: float
    start: int  # the number, or the words before it that name what it counts ("piyada əleyhinə 97")
    end: int
    note: str | None


_AFTER_INDEX = {metric: i for i, (metric, _) in enumerate(v.AFTER_NUMBER)}


def read_metric(sentence: str, number: Number, earlier: list[Figure]) -> Reading | None:
    """What the number counts, in its metric's unit, or None."""
    if earlier and earlier[-1].metric.startswith("victims"):
        item = v.BREAKDOWN_ITEM.search(sentence[max(0, number.start - 40): number.start])
        if item:  # "(civilian - 48, military - 13)": a part of the figure before
            return Reading(earlier[-1].metric, number.value, number.start, number.end, item.lastgroup)
    after = sentence[number.end:]
    suffix = AZ_SUFFIX.match(after)  # Azerbaijani case endings: "65-i həlak olub"
    if suffix:
        number = Number(number.value, number.start, number.end + suffix.end(), number.malformed)
        after = after[suffix.end():]
    out_of = v.OUT_OF.match(after)
    if out_of:  # read as the whole it is a part of
        whole = find_numbers(after[out_of.end():])
        if whole:
            shifted = Number(whole[0].value, number.end + out_of.end() + whole[0].start, number.end + out_of.end() + whole[0].end)
            whole_read = read_metric(sentence, shifted, earlier)
            if whole_read:
                return Reading(whole_read.metric, number.value, number.start, whole_read.end, "part of a stated total")
    named = v.BEFORE_NUMBER_HINT in sentence and next(
        ((metric, m) for metric, rx in v.BEFORE_NUMBER if (m := rx.search(sentence, 0, number.start))), None)
    if named:  # "piyada əleyhinə 97, tank əleyhinə 35 mina"
        tail = re.match(r"\s*(?:mina\w*)?", after)
        return Reading(named[0], number.value, named[1].start(), number.end + tail.end(), None)
    skipped = SKIPPED.match(after)
    offset = skipped.end() if skipped else 0
    body = after[offset:]
    m = v.ANY_AREA_UNIT.match(body)
    if m:
        factor = v.AREA_UNITS[int(m.lastgroup[1:])][1]
        if v.NOT_CLEARED.search(body[m.end(): m.end() + 40]):
            return None  # "800km² of land not formally cleared": neither cleared nor surveyed
        if _put_to_use(sentence[max(0, number.start - 40): number.start], body[m.end(): m.end() + 60]):
            return None  # "2,190 ha of cleared land were sown with wheat": land use, not clearance
        metric = ("area_contaminated" if _still_to_clear(sentence, number, body[m.end():])
                  or _whole_to_clear(sentence, number, body[m.end():], m.group())
                  or v.CONTAMINATED.search(sentence) and not _cleared_near(sentence, number)
                  or v.AFFECTED.search(sentence) and not v.CLEARED.search(sentence) else "area_cleared")
        return Reading(metric, number.value * factor, number.start, number.end + offset + m.end(),
                       _area_note(sentence, number, metric))
    for metric, m in _metric_matches(body):
        if metric in v.ITEMS and v.MODIFIED_NOUN.match(body, m.end()):
            continue  # "2,300 explosive ordnance risk education sessions": what the sessions are about
        if metric in v.ITEMS and not _neutralized(sentence, after, number):
            return None  # mines laid or estimated, not mines found
        if metric in ("uxo_neutralized", "items_neutralized") and not _ordnance_found(sentence, m.group()):
            return None
        if metric == "mines_neutralized" and v.VICTIM_CUE.search(body[: m.end() + 40]):
            continue
        if metric == "deminers":  # "65 deminers have been injured", "among them 12 deminers": victims, not capacity
            # The harm said after them, or right before them in their clause ("ранены трое сапёров").
            harmed = (_victim_metric(re.split(r"[.;]", body[m.end():])[0][:80])
                      or _victim_metric(re.split(r"[.;,:]", sentence[max(0, number.start - 40):number.start])[-1]))
            if (harmed is None and earlier and earlier[-1].metric.startswith("victims")
                    and (v.OF_WHOM_BEFORE.search(sentence, max(0, number.start - 20), number.start)
                         or v.INCLUDING_BEFORE.search(sentence, max(0, number.start - 20), number.start)
                         or v.OF_WHOM.match(after))):  # "в том числе 25 саперов", "25 of them were deminers"
                harmed = earlier[-1].metric
            if harmed:  # (but not deminers "injured in a traffic accident")
                return None if _not_mine_victims(sentence, after) else Reading(
                    harmed, number.value, number.start, number.end + offset + m.end(), "deminers")
        if metric.startswith("victims") and _not_mine_victims(sentence, after):
            return None
        return Reading(metric, number.value, number.start, number.end + offset + m.end(),
                       _cmr_note(re.split(r"[;:]", after)[0], metric))
    labelled = _labelled(sentence, number)
    if labelled:
        return labelled
    counted = (v.COUNT_BEFORE.search(sentence, max(0, number.start - 100), number.start)
               or v.COUNT_BEFORE_AZ.search(sentence, max(0, number.start - 60), number.start))
    harm_named = counted and any(rx.search(sentence, counted.start(), number.start) for rx in (v.VICTIM_CUE, v.KILLED_VERB, v.INJURED_VERB))
    if (counted and not harm_named  # "number of landmine victims", "число жертв мин", "число погибших от мин"
            and (counted.lastgroup not in v.ITEMS or _neutralized(sentence, after, number))):
        return Reading(counted.lastgroup, number.value, counted.start(), number.end, None)
    if earlier:  # a share of the figure before: "22,600 by the agency", "45 in Aghdam"
        share = parts.share_by(after) or parts.district_share(after)
        if share:
            return Reading(earlier[-1].metric, number.value * _area_factor(earlier[-1]), number.start, number.end + share[1], None)
        if _BARE_END.match(after) and _time_led(sentence, number):  # "..., and in 2022, 32,000": the same count, another time
            return Reading(earlier[-1].metric, number.value * _area_factor(earlier[-1]), number.start, number.end, None)
    return _read_persons(sentence, number, after, earlier)


_BARE_END = re.compile(r"\s*(?:[.;]|$)")
_LEAD = re.compile(r"^\s*(?:and|but|while|а|и|но|və)?\s*")
_LEAD_END = re.compile(r"\s*(?:году|года|г\.)?\s*(?:isə)?\s*[-–—,:]?\s*$")


def _time_led(sentence: str, number: Number) -> bool:
    """Whether the amount's clause is only a time and the amount ("and in 2022, 32,000", "в 2022
    году - 32 тысячи", "2022-ci ildə isə 32 min", "a year earlier, 32,000")."""
    before = sentence[clause_span(sentence, number.start)[0]: number.start]
    lead = _LEAD.match(before).end()
    time = next((m for rx in (v.IN_YEAR, v.IN_MONTH, v.YEAR_BEFORE, v.MONTH_BEFORE, v.WEEK_BEFORE)
                 if (m := rx.match(before, lead))), None)
    return bool(time) and bool(_LEAD_END.match(before, time.end()))


# Between a district named and the amount that is its share: "в Физулинском - 20",
# "Füzuli rayonunda 20", "in Lachin: 96".
_BARE = re.compile(r"\s*(?:[,;.)]|(?:and|и|və)\b|$)")  # an amount with no word of its own after it
_DISTRICT_LED = re.compile(r"\s*(?:district|region|rayonunda|rayonu|районе|район)?\s*[-–—:]?\s*$", re.I)


def district_list(sentence: str, numbers: list[Number]) -> dict[int, Reading]:
    """Readings of amounts each led by its district, only one of which says what they count:
    "в Агдамском районе обнаружено 12 мин, в Физулинском - 20, в Джебраильском - 7" (the 20
    and 7 are mines too), "Ağdam rayonunda 12, Füzuli rayonunda 20 mina" (the 12 too)."""
    if len(numbers) < 2 or len(parts.districts_in(sentence)) < 2:
        return {}
    mentions = parts.district_mentions(sentence)
    led = {i for i, n in enumerate(numbers) for _, end, _ in mentions
           if 0 <= n.start - end <= 14 and _DISTRICT_LED.match(sentence, end, n.start)}
    # Only a bare amount joins a list ("в Физулинском - 20,"), not one with words of its own.
    bare = [i for i in sorted(led) if _BARE.match(sentence, numbers[i].end)]
    if not bare:
        return {}
    reads: dict[int, Reading | None] = {}

    def read(j: int) -> Reading | None:
        if j not in reads:
            reads[j] = read_metric(sentence, numbers[j], [])
        return reads[j]

    def own_district(j: int) -> bool:  # "в Агдамском районе очищено 310 га": named in the amount's clause
        since = numbers[j - 1].end if j else 0
        return j in led or any(since <= start and end <= numbers[j].start and not re.search(r"[,;:]", sentence[end:numbers[j].start])
                               for start, end, _ in mentions)

    unread = [i for i in bare if read(i) is None]
    # The list's counted words come with its first amount (Russian, English) or its last
    # (Azerbaijani): each unread amount takes them from its neighbour in the list, read or taken.
    for order, step in ((unread, -1), (unread[::-1], 1)):
        for i in order:
            j = i + step
            if reads[i] is None and 0 <= j < len(numbers) and read(j) is not None and own_district(j):
                source, n = reads[j], numbers[i]
                reads[i] = Reading(source.metric, n.value * source.value / numbers[j].value, n.start, n.end, None)
    return {numbers[i].start: reads[i] for i in unread if reads[i] is not None}


def respectively(sentence: str, numbers: list[Number]) -> dict[int, Reading]:
    """Readings of paired counts, by where each number starts: "45 and 27 anti-personnel and
    anti-tank mines, respectively" (the 45 are anti-personnel mines, the 27 anti-tank)."""
    if len(numbers) < 2 or not v.RESPECTIVELY.search(sentence):
        return {}
    found = {}
    for first, second in zip(numbers, numbers[1:]):
        joined = v.PAIR_JOIN.match(sentence, first.end)
        if not joined or joined.end() != second.start:
            continue
        # The two metrics right after the pair, else the last two named before it ("anti-personnel
        # and anti-tank mines numbered 45 and 27, respectively").
        pair = _metric_pair(sentence, second.end) or next(
            (p for start in reversed([m.start() for m in re.finditer(r"\b\w", sentence[: first.start])])
             if (p := _metric_pair(sentence, start))), None)
        if not pair:  # "1,200 and 800 hectares ... in Aghdam and Fuzuli, respectively": one unit for both
            read = read_metric(sentence, second, [])
            if read and read.value:
                found[first.start] = Reading(read.metric, first.value * read.value / second.value, first.start, read.end, read.note)
            continue
        (one, two), end = pair
        if one.startswith("victims") and (v.WAR_START.search(sentence) or _not_mine_victims(sentence, sentence[end:])):
            continue  # "2,908 and 4,000 servicemen were killed and wounded in the war, respectively"
        start = min(first.start, end)
        for number, metric in ((first, one), (second, two)):
            if metric not in v.ITEMS or _neutralized(sentence, sentence[max(end, second.end):], number):
                found[number.start] = Reading(metric, number.value, start, max(end, second.end), None)
    return found


def _metric_pair(sentence: str, at: int) -> tuple[tuple[str, str], int] | None:
    """The two different metrics named at `at`, joined by "and", and where their words end."""
    harm = v.PAIRED_HARM.match(sentence[at:])
    if harm:
        a, b = (harm["a"] or harm["ra"]), (harm["b"] or harm["rb"])
        metrics = tuple("victims_killed" if v.KILLED_VERB.search(w) else "victims_injured" for w in (a, b))
        return (metrics, at + harm.end()) if metrics[0] != metrics[1] else None
    one = _metric_words(sentence[at:])
    joined = one and v.PAIR_JOIN.match(sentence, at + one[1])
    two = joined and _metric_words(sentence[joined.end():])
    return ((one[0], two[0]), joined.end() + two[1]) if two and two[0] != one[0] else None


def _metric_matches(text: str):
    """(metric, match) of each metric whose words text begins with, most specific first: the one
    alternation names the first that may match, each metric's own pattern decides."""
    first = v.ANY_AFTER_NUMBER.match(text)
    for metric, pattern in v.AFTER_NUMBER[_AFTER_INDEX[first.lastgroup]:] if first else ():
        m = pattern.match(text)
        if m:
            yield metric, m


def _metric_words(text: str) -> tuple[str, int] | None:
    """(metric, length) of the metric's words that text begins with."""
    metric, m = next(_metric_matches(text), (None, None))
    return (metric, m.end()) if m else None


def _labelled(sentence: str, number: Number) -> Reading | None:
    """A count after its label and a colon or dash: "anti-tank mines: 31", "UXO – 1,204" (not
    the year of a heading: "Landmines – 2023 in review")."""
    if not LABEL_MARK.search(sentence, max(0, number.start - 3), number.start) or A_YEAR.fullmatch(sentence, number.start, number.end):
        return None
    m = v.LABEL_BEFORE.search(sentence, max(0, number.start - 80), number.start)
    if not m or m.lastgroup in v.ITEMS and not _neutralized(sentence, sentence[number.end:], number):
        return None
    # (its breakdown in brackets after it is an aside: "Mine victims: 361 (68 killed, 293 injured)")
    after = re.sub(r"^\s*\([^()]*\)", "", sentence[number.end:])
    if m.lastgroup == "victims" and _victim_metric(re.split(r"[,;.]", after)[0][:60]) not in (None, "victims"):
        return None  # "Mine victims: 2 more civilians injured": the verb says which victims
    return Reading(m.lastgroup, number.value, m.start(m.lastgroup), number.end, None)


def _area_factor(whole: Figure) -> float:
    """The unit a share takes from the area it is a part of: "12 km² were cleared, 3 in Aghdam"."""
    if not whole.metric.startswith("area"):
        return 1
    found = find_numbers(whole.quote)
    unit = found and v.ANY_AREA_UNIT.match(whole.quote[found[0].end:])
    return v.AREA_UNITS[int(unit.lastgroup[1:])][1] if unit else 1


def _put_to_use(before: str, after: str) -> bool:
    """An area said to be sown, planted or harvested, with no clearing verb of its own
    ("cleared land" names the land): a figure of farming, not of clearance."""
    after = re.split(r"[.;]", after)[0]
    if not (v.LAND_USE.search(before) or v.LAND_USE.search(after)):
        return False
    return not v.CLEARED.search(v.CLEARED_LAND.sub("", f"{before} {after}"))


def _read_persons(sentence: str, number: Number, after: str, earlier: list[Figure]) -> Reading | None:
    """Counts of people: victims (killed, injured, both), risk-education beneficiaries."""
    read = _read_persons_metric(sentence, number, after, earlier)
    if read is None or read.metric.startswith("victims") and (v.WAR_START.search(sentence) or _not_mine_victims(sentence, after)):
        return None
    return read._replace(note=read.note or _cmr_note(re.split(r"[,;:.]", after)[0], read.metric))


def _not_mine_victims(sentence: str, after: str) -> bool:
    """People harmed by another cause the sentence names ("30,000 were killed in the war"),
    with no mine named ("since the war" dates a count, it is not a cause), or people given a
    legal status ("8,000 people were recognised as victims")."""
    if v.LEGAL_STATUS.search(after[:80]):
        return True
    rest = v.SINCE_WAR.sub("", sentence)
    return bool(v.OTHER_HARM.search(rest)) and not v.MINE_HARM.search(rest)


def _read_persons_metric(sentence: str, number: Number, after: str, earlier: list[Figure]) -> Reading | None:
    def reading(metric: str, note: str | None, start: int = number.start) -> Reading:
        return Reading(metric, number.value, start, end, note)

    end = number.end
    breakdown = v.BREAKDOWN_NOTE.match(after)
    note = breakdown.lastgroup if breakdown else None
    m = v.OF_WHOM.match(after) or v.PERSONS.match(after)
    subgroup = v.SUBGROUP_AFTER.match(after, m.end() if m else 0)
    note = note or (subgroup["who"].lower() if subgroup else None) or _named_subgroup(after)
    if m:
        end += m.end()
    rest = after[m.end():] if m else after
    rest = ASIDE.sub("", rest)[:90]
    rest = CLAUSE_END.split(rest)[0]
    if v.WHOLE_BEFORE.search(sentence, max(0, number.start - 20), number.start) or v.WHOLE_AFTER.match(after):
        rest = NEXT_COUNT.split(rest, 1)[0]  # "Of 352 persons, 65 died": "died" is the part's, not the whole's
    before = sentence[max(0, number.start - 150): number.start]  # the cues stand close before the count
    qualified = v.qualifier_match(before)
    bare_end = number.start - len(before) + (qualified.start() if qualified else len(before))
    named = v.SUBGROUP_BEFORE.search(sentence, max(0, bare_end - 40), bare_end)
    who = named and v.BREAKDOWN_NOTE.fullmatch(named["who"])
    note = note or (who.lastgroup if who else None)
    # A verb or noun before the count says what it counts: "killed 70", "the number of victims reached 344".
    for metric, rx, reach in (("victims", v.VICTIMS_BEFORE, 110), ("victims_killed", v.KILLED_BEFORE, 60),
                              ("victims_injured", v.INJURED_BEFORE, 60)):
        cue = rx.search(sentence, max(0, bare_end - reach), bare_end)
        if cue:  # (a group named in the count's own words, before any comma or number, makes it a part)
            named = re.split(r"[,;(\d]", cue.group())[0]
            group = v.SUBGROUP_NAMED.search(named)
            return reading(metric, note or (group.lastgroup if group else None), cue.start())
    bare = sentence[max(0, number.start - 150): bare_end]
    cue = v.EORE_BEFORE.search(sentence, max(0, bare_end - 110), bare_end)
    if cue and v.EORE.search(sentence):  # "the number of EORE beneficiaries reached 36,000"
        return reading("eore_beneficiaries", note, cue.start())
    # "Onlardan biri xəstəxanada ölüb": a count right after "of them" is people, whatever follows it.
    of_them = m or v.OF_WHOM_BEFORE.search(sentence, max(0, number.start - 20), number.start)
    if not (of_them or note or v.PERSON_VERB.match(ASIDE.sub("", after, count=1))):
        return None
    if re.match(r"\s*of\s+the\s+victims", after, re.I):
        return reading("victims", note)
    if note:  # a part: its own verb ("44 civilians were injured"), else the cue before ("Of the dead, 55 civilians")
        metric = _victim_metric(re.split(r"[,;:()]", rest)[0]) or _last_cue(bare)
        if metric:
            return reading(metric, note)
    metric = _victim_metric(rest)
    if metric:
        return reading(metric, note)
    if v.EORE.search(sentence) and note in (None, "children", "women", "adults"):
        return reading("eore_beneficiaries", note)  # "5,400 children were taught about mine risks": a part
    if (note or of_them and not v.PERSONS.match(after)) and earlier and earlier[-1].metric.startswith("victims"):
        return reading(earlier[-1].metric, note)
    if v.VICTIM_CUE.search(sentence):
        return reading("victims", note)
    return None


# A plural noun after "of them": "20 of them shepherds" (not "of them lost their lives").
OF_THEM_NOUN = re.compile(r"^\s*of\s+(?:them|whom)\s*,?\s*(?:were\s+|are\s+)?(?!lives\b|times\b)([^\W\d_]{2,}(?:[^s]s|men))\b", re.I)


def _named_subgroup(after: str) -> str | None:
    """"20 of them shepherds": a subgroup the word list does not know is still a part."""
    m = OF_THEM_NOUN.match(after)
    if not m or _victim_metric(m.group(1)) or v.PERSON_VERB.match(m.group(1)) or v.MINE_HARM.search(m.group(1)):
        return None
    return f"subgroup: {m.group(1).lower()}"


def _last_cue(before: str) -> str | None:
    cues = [(hit.start(), metric) for rx, metric in
            ((v.VICTIM_CUE, "victims"), (v.KILLED_VERB, "victims_killed"), (v.INJURED_VERB, "victims_injured"))
            for hit in rx.finditer(before)]
    return max(cues)[1] if cues else None


def _victim_metric(rest: str) -> str | None:
    """The first cue after the count decides: 'were victims', 'died', 'were injured', 'killed or injured'."""
    cues = [(rx.search(rest), metric) for rx, metric in
            ((v.VICTIM_CUE, "victims"), (v.KILLED_VERB, "victims_killed"), (v.INJURED_VERB, "victims_injured"))]
    cues = sorted(((hit.start(), metric) for hit, metric in cues if hit))
    if not cues:
        return None
    if v.KILLED_OR_INJURED.match(rest):
        return "victims"
    if cues[0][1] == "victims" and len(cues) > 1 and v.WEAK_VICTIM_CUE.match(rest, cues[0][0]):
        return cues[1][1]  # "70 people were killed in mine explosions" in any word order
    return cues[0][1]


def _neutralized(sentence: str, after: str, number: Number) -> bool:
    """Whether the mines of this sentence were dealt with, not laid or estimated: no planting
    verb right after the count ("1.5 million mines were planted"), and no estimate, records or
    maps of mines in the ground ("an estimated 1.5 million landmines", "maps of 97,000 mines")
    unless a neutralising verb says otherwise."""
    window = after[:120]
    planted, done = v.PLANTED.search(window), v.NEUTRALIZED.search(window)
    done_before = v.NEUTRALIZED.search(sentence[max(0, number.start - 40): number.start])
    if planted and not done_before and (not done or planted.start() < done.start()):
        return False
    estimate = number.value >= 1_000_000 or v.ESTIMATE.search(sentence)
    return not estimate or bool(v.NEUTRALIZED.search(sentence))


def _ordnance_found(sentence: str, words: str) -> bool:
    """Ordnance named bare ("230 artillery shells", "38 explosives") is found ordnance only where
    a verb says it was dealt with, and either that verb can only mean made safe or the sentence
    is of mine action: not "fired 1,200 artillery shells", nor grenades or explosives the police
    seized from an arms cache."""
    if v.UNEXPLODED.search(words) or not v.ORDNANCE_IN_USE.search(words):
        return True
    return bool(v.NEUTRALIZED.search(sentence) and (v.DEFUSED.search(sentence) or v.MINE_ACTION.search(sentence)))


def _distance(pattern: re.Pattern, sentence: str, number: Number) -> float:
    gaps = [number.start - m.end() if m.end() <= number.start else m.start() - number.end
            for m in pattern.finditer(sentence)]
    return min(gaps) if gaps else float("inf")


def _still_to_clear(sentence: str, number: Number, after: str) -> bool:
    """Words of what is left to clear in the amount's own clause, right before or after it:
    "700,000 ha remain to be cleared", "осталось разминировать 700 тысяч гектаров" (but not the
    150,000 ha of "150,000 ha have been cleared, and 700,000 ha remain to be cleared")."""
    before = re.split(r"[,;:]", sentence[max(0, number.start - 40): number.start])[-1]
    clause = re.split(r"[,;:]", after[:50])[0]
    if v.STILL_TO_CLEAR.search(clause) or v.STILL_TO_CLEAR.search(before):
        return True
    # "The area to be cleared is 12,000 km²", "12,000 km² must be cleared": what is to be cleared,
    # said with no year or intent, is what remains; with one ("in 2024, 20,000 ha are to be
    # cleared", "the agency plans to clear") it is a plan.
    return bool((v.TO_CLEAR.search(clause) or v.TO_CLEAR.search(sentence[max(0, number.start - 60): number.start]))
                and not v.INTENT.search(sentence) and not (A_YEAR.search(sentence) or v.THIS_YEAR.search(sentence) or v.DEADLINE.search(sentence)))


# Between a whole and its cleared part: only the land's name and a Russian verb in the short
# form ("Из 12 000 кв. км очищено 3 000"), never a participle ("Of the 12,000 ha cleared, ...").
_TO_THE_PART = re.compile(r"\s*(?:(?:of\s+)?(?:land|territory|территори\w*|земл\w*|ərazi\w*)\s*)?[,—–-]?\s*(?:[а-яё]+[еа]но\s+)?(?=\d)", re.I)


def _whole_to_clear(sentence: str, number: Number, rest: str, unit: str) -> bool:
    """A bare whole with its cleared part right after it is the land to clear: "Out of 12,000 km²,
    3,000 km² have been cleared", "12 min kvadrat kilometrdən 3 mini təmizlənib" (never both cleared)."""
    if not (unit.endswith(("dən", "dan")) or v.WHOLE_BEFORE.search(sentence, max(0, number.start - 20), number.start)):
        return False
    to_part = _TO_THE_PART.match(rest)
    return bool(to_part and v.CLEARED.search(re.split(r"[.;]", rest)[0]))


def _cleared_near(sentence: str, number: Number) -> bool:
    """Cleared wording at least as close to the number as contaminated wording. Where the
    amount's clause goes on to clear it, "contaminated area" is the land's name: "12 km² of
    contaminated area were cleared" (not "1.1 million ha of hazardous areas were identified")."""
    own = sentence[slice(*clause_span(sentence, number.start))]
    if v.CLEARED.search(own) and not v.CONTAMINATED.search(own):
        return True  # "... remain contaminated, while 170,000 ha have been cleared": the clause says which
    clause = CLAUSE_MARK.split(sentence[number.end:])[0]
    # A whole named before the part in its own clause ("Из 11 600 кв. км загрязнённых территорий
    # очищено 1 800 кв. км"): the clearing is the part's.
    whole = v.WHOLE_BEFORE.search(sentence, max(0, number.start - 20), number.start) and any(
        v.ANY_AREA_UNIT.match(clause[n.end:]) for n in find_numbers(clause))
    cleared_after = not whole and v.CLEARED.search(clause)
    named = v.CONTAMINATED_LAND.sub(lambda m: " " * len(m.group()), sentence) if cleared_after else sentence
    return _distance(v.CLEARED, sentence, number) <= _distance(v.CONTAMINATED, named, number)


def _area_note(sentence: str, number: Number, metric: str) -> str | None:
    """The part of all land an area is: of one kind of contamination ("3.52 km² of AP mined
    area", "cluster munition remnants contaminate 20 km²"), or at one threat level."""
    clause = CLAUSE_MARK.split(sentence[number.end: number.end + 80])[0]
    lead = CLAUSE_MARK.split(sentence[max(0, number.start - 60): number.start])[-1]
    kind = next((name for name, rx in v.CONTAMINATION_KINDS if rx.search(clause) or rx.search(lead)), None)
    if kind or metric != "area_contaminated":
        return kind
    after = sentence[number.end: number.end + 50]
    if v.HIGH_THREAT.search(after):
        return "high threat"
    if v.LOWER_THREAT.search(after):
        return "medium and low threat"
    return None


def _cmr_note(text: str, metric: str) -> str | None:
    if metric in ("area_cleared", "victims", "victims_killed", "victims_injured") and re.search(r"cluster\s+munition|\bCMR\b", text, re.I):
        return "cluster munition remnants only"
    return None
