"""Shared compiled patterns, named by concept. Word lists live in package data, not here."""

from __future__ import annotations

import functools
import json
from importlib import resources

import regex

from newsclean import rx


@functools.lru_cache(maxsize=1)
def agencies() -> tuple[str, ...]:
    """News agency names as printed, longest first."""
    text = (resources.files("newsclean") / "data" / "agencies.json").read_text(encoding="utf-8")
    names = set(json.loads(text)["agencies"])
    return tuple(sorted(names, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def agency_tokens() -> frozenset[str]:
    """The first word of every agency name: a cheap gate before the full pattern runs."""
    return frozenset(m.group() for a in agencies() if (m := regex.match(r"\w+", a)))


@functools.lru_cache(maxsize=1)
def agency_pattern() -> regex.Pattern[str]:
    """An agency name as a whole word, case-sensitive ("AP" yes, "ap" in "map" no)."""
    names = "|".join(regex.escape(a) for a in agencies())
    return rx.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


def is_agency_list(text: str) -> bool:
    """True when ``text`` is nothing but agency names joined by / , & and "and"-like words.

    >>> is_agency_list("dpa/AFP"), is_agency_list("AP"), is_agency_list("AP reported")
    (True, True, False)
    """
    rest = REGIONAL_DESK.sub("", agency_pattern().sub("", text))
    return bool(text.strip()) and rest != text and AGENCY_GLUE.fullmatch(rest) is not None


# "SAMSUN, (DHA)", "ANKARA (AA)": the place a reporter filed from, then the agency in brackets.
PLACE_AND_AGENCY = rx.compile(r"^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2},?\s*\(([^()]{2,40})\)$")


def place_and_agency(text: str) -> bool:
    """True when ``text`` is a place, then an agency in brackets: the tail of a byline ("Burak Aksoy / SAMSUN, (DHA)").

    >>> place_and_agency("SAMSUN, (DHA)"), place_and_agency("ANKARA (AA)"), place_and_agency("Paris (the capital)")
    (True, True, False)
    """
    m = PLACE_AND_AGENCY.match(text.strip())
    return m is not None and is_agency_list(m[1])


# Case endings a Russian or Ukrainian agency's name takes after a preposition: "по материалам «Интерфакса»".
CYRILLIC_CASE_ENDINGS = ("ом", "ою", "а", "у", "е", "і", "и")
CYRILLIC = rx.compile(r"\p{Cyrillic}")


def declined_agency(text: str) -> str | None:
    """The agency a Russian or Ukrainian name in another case names, in its own form, or None.

    >>> declined_agency("«Интерфакса»"), declined_agency("Укрінформу"), declined_agency("Москвы")
    ('Интерфакс', 'Укрінформ', None)
    """
    name = text.strip(" «»\"„“”'.")
    if not CYRILLIC.search(name[-1:]):
        return None
    for ending in CYRILLIC_CASE_ENDINGS:
        if name.endswith(ending) and is_agency_list(name[: -len(ending)]):
            return name[: -len(ending)]
    return None


# A regional desk after an agency: "dpa/lby", "dpa/lno", "(AFP/jm)".
REGIONAL_DESK = rx.compile(r"/[a-z]{2,4}\b")
AGENCY_GLUE = rx.compile(r"[\s/,;&+()（）【】\[\]—–\-.|·]*(?:(?:and|und|et|y|e|en|i|ve|και|и|і|och|with)[\s/,;&+()]*)*")
# "12:30", "12.30 Uhr", "9:05 a.m." — a clock time.
CLOCK = rx.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)(?:\s*(?:[ap]\.?\s?m\.?|uhr|hrs\.?|h|horas?|ore|godz\.?))?", regex.I)
# A live blog entry's stamp alone on its line: "14:32", "9.05".
BARE_CLOCK = rx.compile(r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d$")  # "14:32", "9.15", "13h41"
# Prices: "€ 1.299,00", "$49.99", "ab 19,99 €", "450.000 €", "£2m", "¥3,000"; a figure ends in a digit, so the
# column header "2023, грн/кг" is no price.
PRICE = rx.compile(
    r"(?:[€$£¥₺₽₴zł]|\b(?:EUR|USD|GBP|CHF|PLN|TRY|SEK|RUB|UAH)\b)\s?\d[\d.,\s]*\d?|"
    r"\d(?:[\d.,\s]{0,23}\d)?\s?(?:[€$£¥₺₽₴]|zł|\b(?:EUR|USD|GBP|CHF|PLN|TRY|SEK|RUB|UAH|kr|TL|грн|руб|[Ee]uros?)\b)"
)
# Every price has a currency; looking for it first keeps a long run of digits from being read as
# a price start at every position (linear time on hostile lines).
CURRENCY = rx.compile(r"[€$£¥₺₽₴]|zł|\b(?:EUR|USD|GBP|CHF|PLN|TRY|SEK|RUB|UAH|kr|TL|грн|руб|[Ee]uros?)\b")
PRICE_REACH = 32  # characters around a currency that a price can span
PRICE_TRIES = 16  # currency signs looked at per line


def find_price(text: str) -> regex.Match[str] | None:
    """The first price in ``text``, looked for only around its currency signs and codes.

    >>> find_price("Villa, 3 bedrooms, 450.000 €").group()
    '450.000 €'
    """
    for tries, currency in enumerate(CURRENCY.finditer(text)):
        if tries == PRICE_TRIES:
            break
        found = PRICE.search(text, max(0, currency.start() - PRICE_REACH), currency.end() + PRICE_REACH)
        if found is not None:
            return found
    return None


# A temperature: "14°C", "-3 °F", "22°".
# The word a photo credit or a picture's caption opens with, in our languages.
PHOTO_WORDS = r"photos?|fotos?|fot\.|fotoğraf\w*|fotografia|bild(?:er)?|image|imagen|imagem|immagine|zdjęci\w*|φωτ\w*|фото|写真"
PHOTO_WORD = rx.compile(rf"(?<!\w)(?:{PHOTO_WORDS})(?!\w)", regex.I)
# "3. Lavanta", "1) Preheat the oven": an item number in front of a word (the number is group 1).
NUMBERED_ITEM = rx.compile(r"^(\d{1,2})[.)]\s+\p{L}")
# "Zysk netto wzrósł o 21 proc.", "Umsatz steigt auf 4 Mio.": a headline whose last word is a unit's abbreviation
# ends in its dot, not in a full stop (only a short line: a paragraph may end in one too).
UNIT_ABBREVIATION_END = rx.compile(r"(?<=\d\s?)(?:proc|mln|mld|mln zł|mld zł|tys|zł|Mio|Mrd|Tsd|млн|млрд|тыс|тис)\.$"
                                      r"|(?<=\d{4}\s)(?:r|г|р)\.$"  # "… w 2025 r.": the year's abbreviation
                                      r"|(?<=\s\p{Lu}\p{Ll}{2,20}\s)\p{Lu}\.$")  # "… dla Henryka S.": a surname's initial
ABBREVIATED_HEADLINE_MAX_WORDS = 16


def abbreviated_headline(text: str, words: int) -> bool:
    """A short line ending in a figure and its unit's abbreviation ("… o 21 proc."), as headlines may.

    >>> abbreviated_headline("Zysk netto wzrósł o 21 proc.", 6), abbreviated_headline("Cztery lata dla Henryka S.", 5)
    (True, True)
    """
    return words <= ABBREVIATED_HEADLINE_MAX_WORDS and UNIT_ABBREVIATION_END.search(text) is not None


TEMPERATURE = rx.compile(r"[-−+]?\d{1,3}\s?(?:°\s?[CF]?|℃|℉)")
# A forecast's high and low: "31℃／23℃", "44° / 26°", "12 °C | 4 °C".
HIGH_LOW = rx.compile(r"[-−+]?\d{1,2}\s?(?:°\s?[CF]?|℃|℉)\s?[/／|]\s?[-−+]?\d{1,2}\s?(?:°\s?[CF]?|℃|℉)")
PERCENT_CHANGE = rx.compile(r"(?:[-−+＋－]|[▲▼↑↓]\s?[-−+＋－]?)\s?\d+(?:[.,]\d+)?\s?[%％]")  # "+0,4%", "▼0,1%", "+4.28％"
# Separators between the items of a menu or crumb trail printed on one line ("Anasayfa / Ekonomi / Dış Ticaret").
MENU_SEPARATOR = rx.compile(r"\s[|·•>›»/]\s")
# A sentence ends and another starts within a line: "… compensated. All opinions are mine".
SENTENCE_BREAK = rx.compile(r"\p{Ll}[.!?]\s+\p{Lu}")
# Separators that split a breadcrumb trail or a title from its site name.
CRUMB_SEPARATOR = rx.compile(r"\s(?:>|›|»|/|→|>>|\\)\s|\s?＞\s?")  # (＞: a Japanese trail's full-width mark)
SITE_SEPARATOR = rx.compile(r"\s(?:\||-|–|—|::|·|•)\s|\s?｜\s?")
# A list bullet or an enumeration at the start of a line: "- ", "• ", "1. ", "a) ".
BULLET = rx.compile(r"^(?:[-–•·*▪►✓]\s|・(?=\S)|\d{1,2}[.)]\s|[a-z][.)]\s)")  # "・" is the Japanese bullet, without a space
# A dash or bullet (no number) at the start of a line: "- Eerste half uur: gratis". The article's own lists
# print one; teaser lists do not (a numbered most-read list keeps its numbers, so numbers do not count).
LIST_MARK = rx.compile(r"^(?:[-–•▪►✓]\s|・(?=\S))")
# A weekday's name, or the start of one ("Mon", "Montag"), in the languages we ship: it stands beside
# a date ("mardi 3 décembre 2024 à 18h45", "Thursday 5 June 2025").
WEEKDAY = rx.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|"
    r"giovedì|venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pazartesi|salı|çarşamba|perşembe|"
    r"cuma|cumartesi|pazar|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|понеділок|вівторок|середа|четвер|"
    r"пʼятниця|субота|неділя|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|måndag|tisdag|onsdag|"
    r"torsdag|fredag|lördag|söndag)",
    regex.I,
)


# "Massa: 3,9 kg", "Kapalı alan: 42.000 m²": a field of a fact box, a short label and its value.
FIELD_LINE = rx.compile(r"^\p{L}[\p{L}\s()\d]{1,30}[:：]\s?\S")
# Buttons or cells set apart by wide spaces in the source: "Offrir cet article   Partager   Ajouter à mes sélections".
WIDE_GAP = rx.compile(r"\s{2,}")
# The separators of a strip of short facts: "Jonas Albrecht · 03.04.2025 · 6 Min. Lesezeit", "Name · street · Tel.".
FACT_SEPARATOR = rx.compile(r"\s[·•|]\s")
EMAIL = rx.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


# "Ahora: …", "A continuación: Noticias 21:00", "Up next: …": a radio's on-air strip, what plays now and next.
ON_AIR = rx.compile(
    r"^(?:now|now on air|on air|next|up next|coming up|ahora|ahora en antena|a continuación|jetzt|jetzt läuft|gleich|danach|"
    r"im anschluss|maintenant|en ce moment|à suivre|ensuite|ora|ora in onda|in onda|a seguire|agora|a seguir|nu|straks|"
    r"daarna|teraz|za chwilę|następnie|şimdi|sırada|τώρα|στη συνέχεια|зараз|далі|сейчас|далее)\s?:\s\S"
)


# "1 krona", "5 euros", "2 złote": a price with its currency written out.
# (starts only where a run of figures starts, and a figure is at most 20 characters: a long run of
# digits is not rescanned from every position)
PRICE_IN_WORDS = rx.compile(
    r"(?<![\d.,])\d(?:[\d.,]{0,20}\d)?\s?(?:kron\w*|euros?|dollars?|cents?|pence|złot\w*|lir\w*|рубл\w*|гривн\w*|ευρώ|円)(?!\w)"
)


# Words that speak to the reader ("your privacy preferences", "Ihre Zustimmung", "Vous aimez …"): site notices and
# pitches use them; an article's sentence about the same subject does not.
# A person's name as a run of two to four capitalised words ("Jean-Baptiste Morvan", "Karin Sjölund"), for patterns.
PERSON_RUN = r"\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}"
READER = rx.compile(
    r"(?<!\w)(?:you|your|ihre|ihrer|sie|vous|votre|vos|tu|tus|su|sus|ti|tua|tuoi|tue|você|seu|sua|seus|je|jouw|u|uw|"
    r"twoj\w*|państw\w*|siz|sizin|σα[ςσ]|ви|ваш\w*|вы)(?!\w)"  # (casefolded, "σας" ends in "σ")
)


# The quotation marks a quoted slogan, title or sentence opens or closes with: a line that has one is quoting.
QUOTE_MARKS = "\"«»„“”"


def has_quote_mark(text: str) -> bool:
    """Whether the line holds any of ``QUOTE_MARKS``."""
    return any(q in text for q in QUOTE_MARKS)


# "This was published 11 months ago", "Dieser Artikel ist älter als ein Jahr": the page's banner over an old article.
AGE_NOTICE = rx.compile(
    r"^(?:this (?:article|story|content|was|piece) (?:was )?(?:published|written|first published) (?:more than |over )?"
    r"(?:\d+|a|an|one|two|three) (?:days?|weeks?|months?|years?) ago|"
    r"this (?:article|story) is (?:more than |over )?(?:\d+|a|an|one|two|three) (?:months?|years?) old|"
    r"dieser (?:artikel|beitrag) (?:ist älter als|wurde vor)|cet article (?:a été publié il y a|date de plus d)|"
    r"este (?:artículo|contenido) (?:se publicó|fue publicado|tiene más de) hace|este artículo tiene más de|"
    r"questo articolo è stato pubblicato (?:più di |oltre )?|dit artikel is (?:meer dan|ouder dan)|"
    r"ten (?:artykuł|tekst) (?:został opublikowany|ma ponad)|este artigo (?:foi publicado há|tem mais de)|"
    r"bu (?:haber|makale) \d+ (?:yıl|ay) önce)"
)
AGE_NOTICE_MAX_WORDS = 14
# The article's text-size buttons, printed beside its share buttons ("Save   Share   A   A   A").
FONT_SIZE = frozenset({"a", "a+", "a-", "a−", "a–", "aa", "a+a-", "a-a+"})
# An event's time opening its line: "Ore 21 · Bastione Sangallo", "Dalle 8 alle 19", "19:30 · Stadthalle".
EVENT_TIME = rx.compile(r"(?i:ore|dalle|dès|ab|um|vanaf|od|desde las|a las|às|kl\.?|godz\.?|saat|from)\s(?:[01]?\d|2[0-3])"
                           r"(?:[:.h][0-5]\d)?(?![\d,]|\.\d)\b|"  # (not a price: "ab 19,99 €")
                           r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)\s[·|•]")
# The note under a read-aloud player: "Diese Vorlesefunktion nutzt eine synthetische Stimme.", "Audio generated by AI".
READ_ALOUD_NOTE = rx.compile(
    r"(?i:synthetische[rn]? stimme|künstliche[rn]? stimme|vorlesefunktion|computer-?generated voice|synthetic voice|"
    r"ai-generated (?:voice|audio)|audio generated by ai|voix (?:de synthèse|synthétique)|voz sintética|voce sintetica|"
    r"synthetische stem|syntezator mowy|sentetik ses|συνθετική φωνή|синтезований голос|синтезированный голос)"
)
# A booking box's dates of stay: "Check-in", "Anreise", "チェックイン" (a line naming both is the box's, not a date line).
STAY_WORDS = rx.compile(r"check-?in|check-?out|anreise|abreise|giriş tarihi|çıkış tarihi|заезд|выезд|チェックイン|チェックアウト")


# A few words in quotation marks: "« Tout refuser »", "“Now playing”" (named, not used).
QUOTED = rx.compile(r"«[^»]{1,60}»|“[^”]{1,60}”|„[^“”]{1,60}[“”]|\"[^\"]{1,60}\"|‘[^’]{1,60}’|「[^」]{1,60}」"
                    r"|(?<!\w)'[^']{1,60}'(?!\w)")  # (a straight quote opens after a space, not in "l'audience")


# "北陸新幹線の車両（資料写真）", "Die Kläranlage in Lohne (Archivbild)": a caption that says its photo is from the
# archive; a paragraph never ends so.
ARCHIVE_PHOTO_TAIL = rx.compile(
    r"[(（]\s*(?:資料写真|file (?:photo|picture|image)|archive (?:photo|picture|image)|archivbild|archivfoto|"
    r"foto de archivo|imagen de archivo|foto d'archivio|foto di archivio|immagine di repertorio|foto di repertorio|"
    r"photo d'archives?|image d'archives?|foto de arquivo|imagem de arquivo|archieffoto|archiefbeeld|"
    r"zdjęcie archiwalne|fot\. archiwum|архивное фото|фото из архива|архівне фото|arşiv fotoğrafı|arşiv|"
    r"φωτογραφία αρχείου|αρχείου|arkivbild|arkivfoto)\s*[)）]\s*$",
    regex.I,
)


# A Greek question ends in ";": "… τι άλλαξε;", "Πώς θα πωλούνται τα εισιτήρια;".
GREEK_LETTER = rx.compile(r"\p{Greek}")
# "…雪里町（撮影・佐々木大輔）": a Japanese caption closes on its photographer, in brackets (a pattern's part).
CJK_PHOTOGRAPHER_TAIL = r"[(（](?:撮影|写真)[・：:／/][^()（）]{1,20}[)）]$"


# "«Ми хотіли …», — сказав він зі сцени.", "“We are ready,” she said.": a quote, then who spoke.
QUOTE_THEN_SPEAKER = rx.compile(r"^[«“„\"‚‘][^«»“”„\"]{8,}(?:[,!?…][»”“\"’]|[»”“\"’],)\s*(?:[—–-]\s*)?\p{Ll}")

# The marks a play button or a clip's link opens with ("▶ Un día con Lucía … (3:41)").
PLAY_MARKS = "▶►▷⏵"

# The marks round an agency's credit standing alone ("(dpa)", "— Reuters", "/ EFE").
AGENCY_MARKS = " —–-()[]/"
