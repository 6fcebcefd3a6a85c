"""People and agencies in a credit line: "By Jane Doe and Max Roe, Reuters" → names, agencies."""

from __future__ import annotations

import regex

from newsclean.patterns import agency_pattern, is_agency_list

# Words that join names in a byline, in the languages we ship.
JOINERS = regex.compile(
    r"\s*(?:,|;|&|\+|/|\s(?:and|und|et|y|e|en|i|ve|και|и|і|och|og|og|a|oraz|und)\s)\s*",
    regex.I,
)
# Where a byline stops being names: a date, a pipe, a bullet, an email, "Updated", a time.
BYLINE_END = regex.compile(r"\s(?:\||·|•|—|–|-)\s|\d|@|\(|\bupdated\b|\bpublished\b", regex.I)
# Lower-case particles that belong to names: "Ursula von der Leyen", "Luis de la Cruz".
PARTICLES = frozenset(
    ["von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ten", "ter", "bin", "al", "el", "y", "zu", "vom"]
)
NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|\p{Lu}\.)$")
CJK_NAME = regex.compile(r"^\p{Han}{1,3}[\s\u3000]?\p{Han}{1,3}$")
MAX_NAME_WORDS = 5
# Words of menus and section labels that look like "Firstname Lastname" in Title Case.
NOT_NAME = regex.compile(
    r"(?<!\w)(?:foto\w*|photo\w*|galer\w*|gallery|video\w*|news|haber\w*|nachrichten|noticias|notizie|notícias|nieuws|"
    r"wiadomości|ειδήσεις|новини|новости|live|podcast\w*|sport\w*|spor|home|menu|newsletter|login|search|suche|"
    r"more|mehr|plus|más|altro|mais|meer|więcej|daha|top|weather|wetter|météo|tiempo|meteo|tempo|weer|pogoda|hava)(?!\w)",
    regex.I,
)
# Words of job titles and desks that follow a byline name: never part of a person's name.
JOB_WORDS = regex.compile(
    r"(?:reporter\w*|korrespondent\w*|redakt\w*|redaktor\w*|kolumnist\w*)|(?<!\w)(?:correspondent|reporter|editor|writer|columnist|contributor|staff|desk|team|"
    r"analyst|producer|newsroom|economist[a]?|professor[a]?|profesor[a]?|professeur[e]?|lecturer|"
    r"researcher|historian|redaktion|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|"
    r"journalist(?:in|e|a|o)?|rédaction|envoyée?|spécial(?:e)?|chroniqueur|redacción|redactora?|"
    r"corresponsal|enviad[oa]|redazione|inviat[oa]|redação|correspondente|redactie|verslaggever|"
    r"redakcja|korespondent(?:ka)?|muhabir(?:i)?|editör|σύνταξη|συντάκτης|кореспондент|редакція|"
    r"корреспондент|редакция|記者|編集部|reporter(?:n)?|redaktionen|political|senior|chief|"
    r"special|sports|business|foreign|science|health|economics|opinion|europe|washington|"
    r"london|berlin|paris|brussels|bureau)(?!\w)",
    regex.I,
)


def looks_like_name(text: str) -> bool:
    """A person's name: 2–5 capitalised words (particles allowed), or a short CJK name.

    >>> looks_like_name("Ursula von der Leyen"), looks_like_name("the end of the year")
    (True, False)
    """
    text = text.strip()
    if CJK_NAME.match(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or is_agency_list(text) or JOB_WORDS.search(text) or NOT_NAME.search(text):
        return False
    capitalised = [w for w in words if NAME_WORD.match(w)]
    rest = [w for w in words if not NAME_WORD.match(w)]
    return len(capitalised) >= 2 and all(w.casefold() in PARTICLES for w in rest)


def split_credit(text: str) -> tuple[list[str], list[str]]:
    """Names and agencies in a credit: "Jane Doe and Max Roe, Reuters" → ([…], ["Reuters"]).

    Parsing stops at the first date, pipe or bracket; job titles after a comma are dropped.
    """
    end = BYLINE_END.search(text)
    head = text[: end.start()] if end else text
    agencies = agency_pattern().findall(text)
    names: list[str] = []
    for part in JOINERS.split(head):
        part = part.strip(" .:")
        if not part or is_agency_list(part):
            continue
        if looks_like_name(part):
            names.append(part)
        elif names:
            break  # "Jane Doe, Senior Correspondent": the rest is a title, not a name
    return names, list(dict.fromkeys(agencies))
