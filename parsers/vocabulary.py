"""Words and patterns of the domain, kept apart from the logic that uses them."""

from __future__ import annotations

import re
from datetime import date

WAR_END = date(2020, 11, 10)  # the Trilateral Statement

# Units of area, as hectares per unit; matched right after a number.
AREA_UNITS = [
    (re.compile(r"^\s*(?:hectares?|ha)\b", re.I), 1.0),
    (re.compile(r"^\s*(?:km²|km2|sq\.?\s*km|square\s+kilomet(?:re|er)s?)", re.I), 100.0),
    (re.compile(r"^\s*(?:m²|m2|sq\.?\s*m\b|square\s+met(?:re|er)s?)", re.I), 0.0001),
]

ADJ = r"(?:(?:more|additional|new|other)\s+)?"
# Metric phrases that follow a number, most specific first.
AFTER_NUMBER = [
    ("apm_neutralized", re.compile(r"^\s*" + ADJ + r"(?:pieces of\s+)?anti-?\s?personnel(?:\s+(?:land)?mines?|\s+devices)?", re.I)),
    ("atm_neutralized", re.compile(r"^\s*" + ADJ + r"(?:pieces of\s+)?anti-?\s?tank(?:\s+(?:land)?mines?)?", re.I)),
    ("items_neutralized", re.compile(
        r"^\s*(?:explosive\s+items|(?:land)?mines\s+and\s+(?:items\s+of\s+|pieces\s+of\s+)?(?:unexploded|explosive|ERW|UXO)[\w ]*?(?=[,.;)]|\s+(?:were|have|had|in|from|during)\b|$)|items\s+of\s+explosive\s+ordnance|explosive\s+devices|ordnance\s+items)", re.I)),
    ("uxo_neutralized", re.compile(
        r"^\s*" + ADJ + r"(?:(?:pieces|items|units)\s+of\s+)?(?:unexploded\s+(?:ordnance|munitions?)|UXOs?\b|ERWs?\b|explosive\s+remnants\s+of\s+war)", re.I)),
    ("submunitions_destroyed", re.compile(r"^\s*(?:cluster\s+)?submunitions", re.I)),
    ("mines_neutralized", re.compile(r"^\s*" + ADJ + r"(?:land)?mines\b", re.I)),
    ("deminers", re.compile(r"^\s*" + ADJ + r"(?:\w+\s+)?deminers\b", re.I)),
    ("mine_detection_dogs", re.compile(r"^\s*" + ADJ + r"(?:mine[- ]detection\s+)?(?:dogs|MDDs)\b", re.I)),
    ("demining_machines", re.compile(r"^\s*" + ADJ + r"(?:(?:mine[- ]clearance|demining|mechanical|mine[- ]clearing)\s+)?machines\b", re.I)),
    ("victims_killed", re.compile(r"^\s*(?:people\s+|persons\s+)?(?:were\s+|have\s+been\s+)?(?:killed|died|dead|deaths|fatalities|lost\s+their\s+lives)\b", re.I)),
    ("victims_injured", re.compile(r"^\s*(?:people\s+|persons\s+)?(?:were\s+|have\s+been\s+)?(?:injured|wounded|injuries)\b", re.I)),
    ("victims", re.compile(r"^\s*(?:mine\s+)?(?:victims|casualties)\b", re.I)),
]
PERSONS = re.compile(r"^\s*(?:people|persons|individuals|citizens|Azerbaijanis|residents)\b", re.I)
BREAKDOWN = [  # parts of the figure before them in the same sentence
    ("civilians", re.compile(r"^\s*civilians\b", re.I)),
    ("military", re.compile(r"^\s*(?:servicemen|military(?:\s+personnel)?|soldiers)\b", re.I)),
    (None, re.compile(r"^\s*of\s+them\b", re.I)),
]

CLEARED = re.compile(r"\b(?:clear(?:ed|ance|ing)?|demin(?:ed|ing)|releas(?:ed|ing|e)|freed|neutrali[sz]ed)\b", re.I)
CONTAMINATED = re.compile(r"\b(?:contaminat\w*|hazardous|suspected|threat|mined\s+area|polluted)\b", re.I)
EORE = re.compile(r"\b(?:risk\s+education|awareness|safer\s+behaviou?r|EORE|risk\s+sessions?)\b", re.I)
VICTIM_CONTEXT = re.compile(r"\b(?:victims?|casualt\w+)\b", re.I)
PLAN = re.compile(
    r"\b(?:work\s+plan|plans?|planned|target(?:s|ed)?|aims?|aiming|goal|foresees?|foresaw|envisage[sd]?|intends?|"
    r"will\s+be|to\s+be\s+cleared|needs?|required|expected\s+to|by\s+20\d\d)\b", re.I)
CAPACITY = {"deminers", "mine_detection_dogs", "demining_machines"}

QUALIFIER_BEFORE = [
    ("approx", re.compile(r"(?:around|about|approximately|nearly|almost|some|roughly|an?\s+estimated|estimated|close\s+to|~)\s*$", re.I)),
    ("at_least", re.compile(r"(?:over|more\s+than|at\s+least|in\s+excess\s+of|above|upwards\s+of|exceed(?:ing|s)?)\s*$", re.I)),
    ("at_most", re.compile(r"(?:up\s+to|less\s+than|fewer\s+than|under|below|at\s+most)\s*$", re.I)),
]

# Scopes of a running total.
SINCE_WAR = re.compile(
    r"\b(?:since|after)\s+(?:the\s+)?(?:signing\s+of\s+the\s+)?(?:trilateral\s+statement|end\s+of\s+the\s+(?:(?:second\s+karabakh|patriotic|44-day)\s+)?war|"
    r"(?:second\s+karabakh|patriotic|44-day)\s+war|liberation|war\s+ended|november\s+10,?\s+2020|10\s+november\s+2020)", re.I)
SINCE_YEAR = re.compile(r"\bsince\s+(?P<y>(?:19|20)\d\d)\b", re.I)
LAST_YEARS = re.compile(r"\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:years|decades)\b", re.I)
CUMULATIVE_CUE = re.compile(r"\b(?:so\s+far|to\s+date|in\s+total|overall|as\s+of\s+now|until\s+now|to\s+this\s+day)\b", re.I)
AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|at|by|on|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?$", re.I)
END_OF_YEAR = re.compile(r"\b(?:at|by)\s+the\s+end\s+of\s+(?P<y>(?:19|20)\d\d)\b", re.I)
IN_YEAR = re.compile(r"\b(?:in|during|for|of|throughout)\s+(?P<y>(?:19|20)\d\d)\b", re.I)
MONTH_SPAN = re.compile(
    r"\bbetween\s+(?P<m1>January|February|March|April|May|June|July|August|September|October|November|December)\s+and\s+"
    r"(?P<m2>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<y>(?:19|20)\d\d)", re.I)
OF_THEM = re.compile(r"^\W*(?:of|among)\s+(?:them|these|this\s+number|those)\b", re.I)
PRONOUN_START = re.compile(r"^\W*(?:they|these|it|in\s+all)\b", re.I)
SAME_PERIOD = re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:same|this|that|the\s+reporting)\s+period\b", re.I)
RANGE_WORDS = re.compile(r"^\s*(?:to|till|until|and|through|-|–)\s*$", re.I)

DISTRICTS = {
    "Aghdam": r"Aghdam|Agdam|Ağdam",
    "Aghdara": r"Aghdara|Agdara|Ağdərə",
    "Fuzuli": r"Fuzuli|Fizuli|Füzuli",
    "Jabrayil": r"Jabrayil|Jabrail|Jabravil|Jebrail|Cəbrayıl",
    "Kalbajar": r"Kalbajar|Kelbajar|Kəlbəcər",
    "Lachin": r"Lachin|Lacin|Laçın",
    "Gubadli": r"Gubadli|Gubadly|Qubadli|Qubadlı",
    "Shusha": r"Shusha|Şuşa",
    "Tartar": r"Tartar|Terter|Tərtər",
    "Khojaly": r"Khojaly|Khojali|Xocalı",
    "Khojavend": r"Khojavend|Khojavand|Xodjavand|Xocavənd",
    "Khankendi": r"Khankendi|Khankandi|Xankəndi",
    "Zangilan": r"Zangilan|Zengilan|Zəngilan",
    "Gazakh": r"Gazakh|Qazax",
    "Tovuz": r"Tovuz",
}
DISTRICT_RE = {name: re.compile(r"\b(?:" + pat + r")\b", re.I) for name, pat in DISTRICTS.items()}

OPERATORS = {
    "ANAMA": r"ANAMA|Mine Action Agency",
    "Ministry of Defence": r"Ministry of Defen[cs]e|MoD",
    "Ministry of Emergency Situations": r"Ministry of Emergency Situations|MES",
    "Ministry of Internal Affairs": r"Ministry of Internal Affairs",
    "State Border Service": r"State Border Service",
    "Alpha Demining": r"Alpha Demining|ALD",
    "Qaya Safety Solutions": r"Qaya Safety Solutions|QSS",
    "Safe Point": r"Safe(?:ty)? Point|SPT",
    "Azerbaijan Demining Company": r"Azerbaijan Demining(?: Company)?|ADC",
    "IEPF": r"IEPF|International Eurasia Press Fund",
}
OPERATOR_RE = {name: re.compile(r"\b(?:" + pat + r")\b") for name, pat in OPERATORS.items()}


def district_of(text: str) -> str | None:
    hits = [name for name, rx in DISTRICT_RE.items() if rx.search(text)]
    return hits[0] if len(hits) == 1 else None


def operator_of(text: str) -> str | None:
    hits = [name for name, rx in OPERATOR_RE.items() if rx.search(text)]
    return hits[0] if len(hits) == 1 else None
