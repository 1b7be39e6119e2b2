"""Words and patterns of the domain, kept apart from the logic that uses them."""

from __future__ import annotations

import re
from datetime import date

WAR_END = date(2020, 11, 10)  # the Trilateral Statement

# Units of area, as hectares per unit; matched right after a number.
AREA_UNITS = [
    (re.compile(r"^\s*-?\s*(?:hectares?|ha)\b", re.I), 1.0),
    (re.compile(r"^\s*-?\s*(?:km²|km2|sq\.?\s*km|square\s+kilomet(?:re|er)s?)", re.I), 100.0),
    (re.compile(r"^\s*-?\s*(?:m²|m2|sq\.?\s*m\b|square\s+met(?:re|er)s?)", re.I), 0.0001),
]

ADJ = r"(?:(?:more|additional|new|other|such|further|newly[- ]trained|female|male|trained|accredited)\s+){0,2}"
IS = r"(?:(?:of\s+(?:them|which|these|those)\s+)?(?:are|were|was|is)\s+)?"
UXO = (r"(?:(?:pieces|items|units)\s+of\s+)?(?:unexploded\s+(?:ordnances?|munitions?|ammunition|explosive\s+ordnance|explosives?|devices?)|"
       r"UXOs?\b|ERWs?\b|explosive\s+remnants\s+of\s+war|items\s+of\s+ERW)")
# Metric phrases that follow a number, most specific first.
AFTER_NUMBER = [
    ("apm_neutralized", re.compile(r"^\s*" + IS + ADJ + r"(?:pieces\s+of\s+|units\s+of\s+)?anti-?\s?personnel(?:\s+(?:land)?mines?|\s+devices)?", re.I)),
    ("atm_neutralized", re.compile(r"^\s*" + IS + ADJ + r"(?:pieces\s+of\s+|units\s+of\s+)?anti-?\s?tank(?:\s+(?:land)?mines?)?", re.I)),
    ("items_neutralized", re.compile(
        r"^\s*(?:(?:land)?mines\s+and\s+(?:other\s+)?(?:items\s+of\s+|pieces\s+of\s+)?(?:unexploded\s+|explosive\s+)?"
        r"(?:ordnances?|munitions?|ammunition|explosives?|explosive\s+(?:weapons|devices|items)|ERW|UXOs?|remnants\s+of\s+war|devices)"
        r"|explosive\s+(?:items|devices|objects)|items\s+of\s+explosive\s+ordnance|(?:explosive\s+)?ordnance\s+items)", re.I)),
    ("uxo_neutralized", re.compile(r"^\s*" + IS + ADJ + UXO, re.I)),
    ("submunitions_destroyed", re.compile(r"^\s*(?:cluster\s+)?submunitions", re.I)),
    ("mines_neutralized", re.compile(r"^\s*" + IS + ADJ + r"(?:land)?mines\b", re.I)),
    ("deminers", re.compile(r"^\s*" + ADJ + r"(?:\w+\s+)?(?:deminers|sappers|mine\s+clearers)\b", re.I)),
    ("mine_detection_dogs", re.compile(r"^\s*" + ADJ + r"(?:(?:mine[- ]detection|demining|mine[- ]sniffing|search|service)\s+)?(?:dogs|MDDs)\b", re.I)),
    ("demining_machines", re.compile(r"^\s*" + ADJ + r"(?:(?:mine[- ]clearance|demining|mechanical|mine[- ]clearing|armou?red)\s+){0,2}machines\b", re.I)),
    ("victims_killed", re.compile(r"^\s*(?:people\s+|persons\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|died|dead|deaths|fatalities)\b", re.I)),
    ("victims_injured", re.compile(r"^\s*(?:people\s+|persons\s+)?(?:were\s+|have\s+been\s+)?(?:(?:seriously|severely)\s+)?(?:injured|wounded|injuries)\b", re.I)),
    ("victims", re.compile(r"^\s*(?:mine\s+)?(?:victims|casualties)\b", re.I)),
]
PERSONS = re.compile(
    r"^\s*(?:(?:Azerbaijani?|civilian)\s+)?(?:people|persons|individuals|citizens|Azerbaijanis|residents|nationals|others|"
    r"civilians|servicemen|military\s+servicemen|soldiers|children|women|more)\b", re.I)
PERSON_VERB = re.compile(r"^\s*(?:were|was|have\s+been|had\s+been|received|suffered|sustained|got)\b", re.I)
BREAKDOWN_NOTE = [
    ("civilians", re.compile(r"^\s*(?:\w+\s+)?civilians?\b", re.I)),
    ("military", re.compile(r"^\s*(?:\w+\s+)?(?:servicemen|military(?:\s+(?:personnel|servicemen))?|soldiers)\b", re.I)),
    ("children", re.compile(r"^\s*(?:of\s+the\s+victims\s+were\s+)?children\b", re.I)),
    ("women", re.compile(r"^\s*(?:were\s+)?women\b", re.I)),
]
OF_WHOM = re.compile(r"^\s*of\s+(?:them|whom|these|those|the\s+victims)\b", re.I)
KILLED_VERB = re.compile(r"\b(?:killed|died|dead|deaths?|fatalities|lost\s+their\s+lives|perished|martyred)\b", re.I)
INJURED_VERB = re.compile(r"\b(?:injur(?:ed|ies|y)|wounded|wounds|hurt|maimed)\b", re.I)
VICTIM_CUE = re.compile(r"\b(?:victims?|casualt\w+|stepped\s+on|blown\s+up|affected\s+by|damaged\s+by|mine\s+explosions?|landmine\s+explosions?|mine\s+incidents?)\b", re.I)
# A verb that takes the count as its object: "killed 70 people", "claimed the lives of five".
KILLED_BEFORE = re.compile(r"\b(?:killed|killing|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of)\s*$", re.I)
INJURED_BEFORE = re.compile(r"\b(?:injured|injuring|wounded|wounding|maimed)\s*$", re.I)
VICTIMS_BEFORE = re.compile(
    r"\b(?:number\s+of\s+(?:mine\s+)?victims|victims|count\s+of\s+(?:mine\s+)?victims)\b[^.;]{0,60}"
    r"(?:reached|stands\s+at|is|was|totals?|amounts?\s+to|rose\s+to|increased\s+to)\s*$", re.I)
NEUTRALIZED = re.compile(r"\b(?:found|neutrali[sz]\w*|defused|detected|destroy\w*|discovered|removed|dispos\w*|clear\w*|"
                         r"eliminated|collected|deactivated|demined|rendered\s+safe)\b", re.I)
PLANTED = re.compile(r"\b(?:planted|buried|laid|scattered|left\s+behind|placed)\b", re.I)

CLEARED = re.compile(r"\b(?:clear(?:ed|ance|ing)?|demin(?:ed|ing)|releas(?:ed|ing|e)|freed)\b", re.I)
CONTAMINATED = re.compile(r"\b(?:contaminat\w*|hazardous|suspected|threat|mined\s+area|polluted)\b", re.I)
EORE = re.compile(r"\b(?:risk\s+education|awareness|safer\s+behaviou?r|EORE|risk\s+sessions?|risk\s+of\s+mines|mine\s+risk)\b", re.I)
PLAN = re.compile(
    r"\b(?:work\s+plan|plans?|planned|target(?:s|ed)?|aims?|aiming|goal|foresees?|foresaw|envisage[sd]?|intends?|"
    r"will\s+be|to\s+be\s+cleared|needs?|required|expected\s+to|ordered\s+to|instructed\s+to|tasked\s+(?:with|to)|by\s+20\d\d)\b", re.I)
CAPACITY = {"deminers", "mine_detection_dogs", "demining_machines"}
FLOWS = {"area_cleared", "apm_neutralized", "atm_neutralized", "uxo_neutralized", "mines_neutralized",
         "items_neutralized", "submunitions_destroyed", "eore_beneficiaries"}

QUALIFIER_BEFORE = [
    ("approx", re.compile(r"(?:around|about|approximately|nearly|almost|some|roughly|an?\s+estimated|estimated|close\s+to|~)[,\s]*$", re.I)),
    ("at_least", re.compile(r"(?:over|more\s+than|at\s+least|in\s+excess\s+of|above|upwards\s+of|exceed(?:ing|s)?)\s*$", re.I)),
    ("at_most", re.compile(r"(?:up\s+to|less\s+than|fewer\s+than|under|below|at\s+most)\s*$", re.I)),
]

# Scopes of a running total.
SINCE_WAR = re.compile(
    r"\b(?:since|after|following)\s+(?:the\s+|\w+[’']s\s+)?(?:signing\s+of\s+the\s+)?(?:trilateral\s+statement|liberation|"
    r"(?:end\s+of\s+(?:the\s+)?)?(?:(?:2020|44-day|second\s+karabakh|patriotic)[\s-]+)?war\b|war\s+ended|"
    r"(?:november\s+(?:10,?\s+)?2020|10\s+november\s+2020|10\.11\.2020))", re.I)
SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:beginning|start)\s+of\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
SINCE_YEAR_START = re.compile(r"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year\b|\bso\s+far\s+this\s+year\b|\bthis\s+year\s+so\s+far\b", re.I)
LAST_YEARS = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:years|decades)\b", re.I)
CUMULATIVE_CUE = re.compile(r"\b(?:so\s+far|to\s+date|overall|as\s+of\s+(?:now|today)|until\s+now|to\s+this\s+day|"
                            r"already|since\s+then|(?:has|have)\s+(?:so\s+far\s+)?been)\b", re.I)
# "a total of" sums what the context gives: a year's total after "in 2024", a running one otherwise.
WEAK_CUMULATIVE_CUE = re.compile(r"\b(?:in\s+total|a\s+total\s+of|altogether)\b", re.I)
POST_WAR = re.compile(r"\bliberated\b|\btrilateral\b|\b(?:second\s+karabakh|patriotic|44-day)\s+war\b|\bnovember\s+2020\b|\bde-?occupied\b", re.I)
AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|at|by|on|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?$", re.I)
END_OF_YEAR = re.compile(r"\b(?:at|by)\s+the\s+end\s+of\s+(?P<y>(?:19|20)\d\d)\b", re.I)
IN_YEAR = re.compile(r"(?<!founded )(?<!established )(?<!created )\b(?:in|during|for|of|throughout)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*(?:-|–)?\s*war)", re.I)
LAST_YEAR = re.compile(r"\blast\s+year\b|\bpast\s+year\b|\bprevious\s+year\b", re.I)
YEAR_SPAN = re.compile(r"\b(?:from|between)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|and|till|until|through)\s+(?P<y2>(?:19|20)\d\d)\b", re.I)
MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_SPAN = re.compile(
    r"\bbetween\s+(?P<m1>" + MONTH_NAMES + r")\s+and\s+(?P<m2>" + MONTH_NAMES + r")\s+(?P<y>(?:19|20)\d\d)", re.I)
IN_MONTH = re.compile(r"(?<!end )\b(?:in|for|during|of|throughout|over)\s+(?P<m>" + MONTH_NAMES + r")(?:,?\s+(?P<y>(?:19|20)\d\d))?\b(?!\s+\d)", re.I)
END_OF_MONTH = re.compile(r"\b(?:at|by)\s+the\s+end\s+of\s+(?P<m>" + MONTH_NAMES + r")\s+(?P<y>(?:19|20)\d\d)\b", re.I)
# A year or month that dates the war or the occupation, not the figure.
HISTORIC = re.compile(r"(?:occupation|occupied|liberat\w*|war|conflict|founded|established|created|since|signed)\s+(?:\w+\s+){0,2}$", re.I)
HALF_YEAR = re.compile(r"\b(?P<h>first|second)\s+half\s+of\s+(?P<y>(?:19|20)\d\d)\b", re.I)
WEEK_CUE = re.compile(r"\b(?:weekly|last\s+week|this\s+week|past\s+week|previous\s+week|recently|over\s+the\s+week)\b", re.I)
OF_THEM = re.compile(r"^\W*(?:of|among)\s+(?:them|these|this\s+number|those)\b", re.I)
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
