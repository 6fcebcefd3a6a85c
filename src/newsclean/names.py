"""People and agencies in a credit line: "By Jane Doe and Max Roe, Reuters" → names, agencies."""

from __future__ import annotations

import regex

from newsclean import rx
from newsclean.languages import Lexicon
from newsclean.patterns import agency_pattern, is_agency_list
from newsclean.prose import count_words

# Words that join names in a byline, in the languages we ship.
JOINERS = rx.compile(
    r"(?<!\s)\s*(?:,|;|&|\+|/|\s(?:and|und|et|y|e|en|i|ve|και|и|і|och|og|a|oraz)\s)\s*",
    regex.I,
)
# Where a byline stops being names: a date, a pipe, a bullet, an email, "Updated", a time.
BYLINE_END = rx.compile(r"\s(?:\||·|•|—|–|-)\s|\d|@|\(|（|\bupdated\b|\bpublished\b", regex.I)
# Lower-case particles that belong to names: "Ursula von der Leyen", "Luis de la Cruz".
PARTICLES = frozenset(
    ["von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ten", "ter", "bin", "al", "el", "y", "zu", "vom"]
)
NAME_WORD = rx.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|\p{Lu}\.)$")
# "佐伯真理子", "中村 あかり": a family name in kanji, then a given name in kanji or kana.
# "（佐伯美穂）" alone under the text: a Japanese reporter signs off so, maybe with her desk first ("（社会部　松永彩花）").
CJK_DESK_FIRST = r"\p{Han}{1,6}(?:部|局|支局|総局|本社)[\s\u3000・]"
CJK_SIGNATURE = rx.compile(rf"^[（(](?:{CJK_DESK_FIRST})?(?P<name>\p{{Han}}{{1,4}}[\s\u3000]?[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}]{{0,4}})[）)]$")
CJK_NAME = rx.compile(r"^\p{Han}{1,3}[\s\u3000]?(?:\p{Han}{1,3}|[\p{Hiragana}\p{Katakana}ー]{2,4}|\p{Hiragana}{1,3}\p{Han})$")
# (a given name in kana and a kanji: "高森さと子")
# What a newspaper, a broadcaster or an office ends in: no person's name does.
CJK_ORGANISATION = rx.compile(r"(?:新報|新聞|日報|通信|放送|新聞社|編集部|編集局|支局|本社|テレビ|ラジオ|タイムス|ニュース|"
                                 r"市役所|県庁|役場|協会|組合|委員会)$")
MAX_NAME_WORDS = 5
# Words of menus and section labels that look like "Firstname Lastname" in Title Case.
NOT_NAME = rx.compile(
    r"(?<!\w)(?:foto\w*|photo\w*|galer\w*|gallery|video\w*|news|haber\w*|nachrichten|noticias|notizie|notícias|nieuws|"
    r"wiadomości|ειδήσεις|ειδήσεων|ροή|новини|новин|новости|новостей|live|podcast\w*|caption\w*|sport\w*|spor|home|menu|newsletter|login|search|suche|"
    r"more|mehr|plus|más|altro|mais|meer|więcej|daha|top|weather|wetter|météo|tiempo|meteo|tempo|weer|pogoda|hava|"
    r"weitere|further|autres|otros|otras|altri|altre|outros|outras|andere|inne|diğer|άλλα|інші|другие|fler|andra|"
    # a publication's name under its title ("Kültür Sanat Dergisi") is no person
    r"magazine|magazin|dergi\w*|zeitung|gazette|gazzetta|gazeta|journal|jornal|tidning\w*|krant|kurier|courier|"
    r"herald|tribune|daily|digital|online|журнал|газета|εφημερίδα|περιοδικό|"
    # share buttons ("Whatsapp Facebook Pint Baixar") are nobody's name either, nor a press release or a station
    r"facebook|whatsapp|instagram|twitter|pinterest|youtube|tiktok|linkedin|telegram|radio|δελτί\w*|pressemitteilung\w*|"
    r"communiqué|comunicado|comunicato|persbericht|komunikat|bülten\w*|прес-реліз\w*|пресс-релиз\w*|"
    # "Assessoria de Imprensa", "Pressestelle": a press office
    r"assessoria|imprensa|pressestelle|presseamt|ufficio stampa|gabinete de prensa|persdienst|prasowe|basın|прес-служба)(?!\w)",
    regex.I,
)
# Words of institutions, which sign press releases and head court reports: "Marlow Bay Council",
# "Landgericht Weiden", "Mairie de Lille" name no person.
INSTITUTION = rx.compile(
    r"(?<!\w)(?:council|police|ministry|department|university|hospital|government|borough|county|"
    r"gobierno|governo|gouvernement|regierung|regering|rząd\w*|hükümet\w*|κυβέρνηση|уряд\w*|правительств\w*|"
    r"\w*gericht|polizei\w*|ministerium|rathaus|stadtrat|landratsamt|universität|klinikum|"
    r"mairie|préfecture|tribunal|conseil|ministère|gendarmerie|université|"
    r"ayuntamiento|juzgado|ministerio|policía|consejería|concejalía|área|departamento|universidad|diputación|"
    r"comune|tribunale|ministero|polizia|questura|regione|università|"
    r"câmara|ministério|polícia|universidade|"
    r"gemeente|rechtbank|politie|ministerie|universiteit|"
    r"sąd\w*|urząd|policja|ministerstwo|uniwersytet|"
    r"суд|полиция|министерство|администрация|мэрия|"
    r"kommun|tingsrätt|hovrätt|polisen|regionen|"
    # an office's own unit signs its news: "Autor: Wydział Promocji", "Tekst: Afdeling Communicatie"
    r"afdeling|wydział\w*|biuro|referat|avdelning\w*|förvaltning\w*|belediye\w*|müdürlüğü|"
    r"відділ\w*|управління|отдел\w*|управление)(?!\w)",
    regex.I,
)
# A company's legal form: "Bugle Media Ltd.", "Ekşimaya Gıda San. ve Tic. A.Ş."; in Japanese glued to the name
# ("株式会社ウミノワ"), with no word boundary to look for.
LEGAL_FORM = rx.compile(
    r"(?<!\w)(?i:ltd|limited|plc|inc|llc|gmbh|kg|s\.a\.|sas|sarl|s\.l\.|s\.r\.l\.|s\.p\.a\.|spa|b\.v\.|bv|n\.v\.|ab|oy|"
    r"a/s|sp\. z o\.o\.|a\.ş\.|ооо|тов)(?:\.|(?!\w))|株式会社|有限会社|合同会社"
)


def organisation(text: str) -> bool:
    """An institution or a company names itself here, no person ("Marlow Bay Council", "Acme GmbH").

    >>> organisation("Ekşimaya Gıda San. ve Tic. A.Ş."), organisation("Anna Berg")
    (True, False)
    """
    return INSTITUTION.search(text) is not None or LEGAL_FORM.search(text) is not None
# Words of job titles and desks that follow a byline name: never part of a person's name.
JOB_WORDS = rx.compile(
    r"(?:reporter\w*|korrespondent\w*|redakt\w*|redaktor\w*|kolumnist\w*)|(?<!\w)(?:correspondent|reporter|reporting|service|editor|writer|columnist|contributor|staff|desk|team|"
    r"analyst|producer|newsroom|economist[a]?|économiste|ma[iî]tre(?:sse)? de conférences|professor[a]?|profesor[a]?|professeur[e]?|lecturer|"
    r"researcher|historian|redaktion|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|"
    r"journalist(?:in|e|a|o)?|periodista|giornalista|jornalista|docente|investigador[a]?|pesquisador[a]?|"
    r"ricercat(?:ore|rice)|rédaction|envoyée?|spécial(?:e)?|chroniqueur|redacción|redactora?|"
    r"corresponsal|enviad[oa]|redazione|inviat[oa]|redação|correspondente|redactie|verslaggever|"
    r"redakcja|korespondent(?:ka)?|muhabir(?:i)?|editör\w*|σύνταξη|συντάκτης|кореспондент|редакція|"
    r"корреспондент|редакция|記者|編集部|reporter(?:n)?|repórter|redaktionen|political|senior|chief|"
    r"special|sports|business|foreign|science|health|economics|opinion|europe|washington|"
    r"london|berlin|paris|brussels|bureau)(?!\w)",
    regex.I,
)


# "… avec AFP", "… with Reuters": the agency a byline credits after its authors.
WITH_AGENCY = rx.compile(r"\s(?:with|avec|mit|con|com|met|med|ile|με|с|з)\s+(?P<agency>\S.*)$", regex.I)
LETTER_RUN = rx.compile(r"\p{L}+")
# "Jane Doe for the Daily Bugle", "Jean Dupont pour Le Monde": the outlet the author writes for.
FOR_OUTLET = rx.compile(
    r"\s(?i:for|für|pour|para|per|voor|dla|için|για|для|för)\s(?=(?:(?i:the|le|la|les|der|die|das|il|lo|el|los|o|a|de)\s)?\p{Lu})"
)


# "Reacción del Gobierno", "Zukunft der Freiheit": nouns of action or state are nobody's name.
# Spanish and Portuguese women's names built so ("Concepción", "Assunção") stay names.
NOUN_OF_ACTION = rx.compile(
    r"(?<!\w)(?!(?:concep|asun|encarna|purifica|anuncia|ascen|consola|presenta|visita|concei|assun)[cçs]i?[óã])"
    r"\p{L}{3,}(?:ción|sión|zione|ção|tion|heit|keit)(?!\w)",
    regex.I,
)


# Greek bylines print the name in the genitive after the article: "Του Νίκου Παπαδάκη", "Της Μαρίας Γεωργίου".
GREEK_GENITIVE_ARTICLES = {"του": "m", "της": "f", "τον": "m-acc", "την": "f-acc"}  # and after "Αναρτήθηκε από τον/την"
# A man's given name and surname: "-ου" → "-ος", "-η" → "-ης", "-ή" → "-ής", "-α" → "-ας", "-ά" → "-άς".
GREEK_MASCULINE_ENDINGS = (("ου", "ος"), ("ού", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς"))
GREEK_ACCUSATIVE_ENDINGS = (("ο", "ος"), ("ό", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς"))
# "-όπουλου" and "-οπούλου" are "-όπουλος"; other surnames in "-ου" ("Νικολάου", "Γεωργίου") are the same in both cases.
GREEK_SURNAME_OU = rx.compile(r"(?:όπουλου|οπούλου)$")


def greek_nominative(name: str, article: str) -> str:
    """A Greek name printed in the genitive after "Του"/"Της" or in the accusative after "τον"/"την", as the
    person writes it (in the nominative).

    In the genitive a woman's given name drops its final "ς" and her surname does not change; a man's given
    name and surname take their nominative ending. Surnames ending in "-ου" stay (they do not decline), except
    "-όπουλου". In the accusative a woman's name is already as written; a man's names take their "ς" back.

    >>> greek_nominative("Νίκου Παπαδάκη", "του"), greek_nominative("Μαρίας Παπαδοπούλου", "της")
    ('Νίκος Παπαδάκης', 'Μαρία Παπαδοπούλου')
    >>> greek_nominative("Γιώργου Νικολάου", "του"), greek_nominative("Κώστα Παπαδοπούλου", "του")
    ('Γιώργος Νικολάου', 'Κώστας Παπαδόπουλος')
    >>> greek_nominative("Γιώργο Παπαδάκη", "τον"), greek_nominative("Ελένη Σταθοπούλου", "την")
    ('Γιώργος Παπαδάκης', 'Ελένη Σταθοπούλου')
    """
    gender = GREEK_GENITIVE_ARTICLES.get(article.lower())  # (casefold makes the final "ς" a "σ")
    words = name.split()
    if gender is None or not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return name
    if gender == "f-acc":
        return name  # a woman's name reads alike after "την"
    if gender == "m-acc":  # "τον Γιώργο Παπαδάκη": "-ο" → "-ος", "-η" → "-ης", "-α" → "-ας"
        return " ".join(next((w[: -len(a)] + n for a, n in GREEK_ACCUSATIVE_ENDINGS if w.endswith(a)), w) for w in words)
    if gender == "f":
        first = words[0]
        return " ".join([first[:-1] if first.endswith(("ας", "ης", "άς", "ής")) else first, *words[1:]])
    out = []
    for i, word in enumerate(words):
        if (i > 0 and word.endswith("ου")) or word.endswith("ίου"):  # ("Δημητρίου" is "Δημήτριος": left as printed)
            out.append(GREEK_SURNAME_OU.sub("όπουλος", word) if GREEK_SURNAME_OU.search(word) else word)
            continue
        out.append(next((word[: -len(g)] + n for g, n in GREEK_MASCULINE_ENDINGS if word.endswith(g)), word))
    return " ".join(out)


def person_case(name: str) -> str:
    """A name printed in capitals, as it is written in a sentence; other names unchanged.

    >>> person_case("MARCUS DELGADO"), person_case("Ursula von der Leyen"), person_case("JEAN-LUC O'NEIL")
    ('Marcus Delgado', 'Ursula von der Leyen', "Jean-Luc O'Neil")
    """
    if not name.isupper() or len(name) <= 3:
        return name
    return LETTER_RUN.sub(lambda m: m.group()[:1] + m.group()[1:].lower(), name)


def looks_like_name(text: str) -> bool:
    """A person's name: 2–5 capitalised words (particles allowed), or a short CJK name.

    >>> looks_like_name("Ursula von der Leyen"), looks_like_name("the end of the year")
    (True, False)
    >>> looks_like_name("Reacción del Gobierno"), looks_like_name("Concepción Arenal")
    (False, True)
    >>> looks_like_name("山田花子"), looks_like_name("北陸中央新報")
    (True, False)
    """
    text = text.strip()
    if CJK_NAME.match(text):
        return CJK_ORGANISATION.search(text) is None  # "北陸中央新報" is a newspaper
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    capitalised = [w for w in words if NAME_WORD.match(w)]
    if len(capitalised) < 2 or not all(w.casefold() in PARTICLES for w in words if not NAME_WORD.match(w)):
        return False  # (the cheap test first: most lines have words in lower case)
    if not any(sum(c.isalpha() for c in w) >= 2 for w in capitalised):
        return False  # "A A A" (font-size buttons): a name has a word, not only initials
    if is_agency_list(text) or JOB_WORDS.search(text) or NOT_NAME.search(text) or organisation(text) or NOUN_OF_ACTION.search(text):
        return False
    return not (any(w.isupper() and len(w) >= 2 for w in words) and agency_pattern().search(text))  # "Dépêche AFP"


def split_credit(text: str) -> tuple[list[str], list[str]]:
    """Names and agencies in a credit: "Jane Doe and Max Roe, Reuters" → ([…], ["Reuters"]).

    Parsing stops at the first date, pipe or bracket; job titles after a comma are dropped.
    """
    end = BYLINE_END.search(text)
    head = text[: end.start()] if end else text
    agencies = agency_pattern().findall(text)
    with_agency = WITH_AGENCY.search(head)
    if with_agency and is_agency_list(with_agency["agency"]):
        head = head[: with_agency.start()]  # "Thomas Vidal et Sarah Kouassi avec AFP"
    head = FOR_OUTLET.split(head, maxsplit=1)[0]  # "CHLOE BARNES FOR THE DAILY BUGLE"
    names: list[str] = []
    for part in JOINERS.split(head):
        part = part.strip(" .:")
        if not part or is_agency_list(part):
            continue
        if looks_like_name(part) and not _place_part(part):
            names.append(person_case(part))
        elif names:
            break  # "Jane Doe, Senior Correspondent": the rest is a title, not a name
    return names, list(dict.fromkeys(agencies))


# "Beatriz Monteiro, de Belo Horizonte", "Jane Doe, in Brussels": a byline part that opens with a
# lower-case word is where the author writes from (a name standing alone opens with a capital).
def _place_part(part: str) -> bool:
    return part[:1].islower()


# Parts of a byline that credit someone else: "Ewa Borys (zdjęcia)", "Jane Doe (photos)".
PHOTO_ROLE = rx.compile(r"\((?:photos?|fotos?|zdjęcia|φωτογραφίες|фото|bilder|imagens|immagini|写真)\)", regex.I)
PAREN = rx.compile(r"\([^()]*\)")  # innermost only: a run of "(" without ")" stays linear
ELISION = rx.compile(r"^(?:d|l|dell|dall|all|de)['’]", regex.I)
RUN_WORD = rx.compile(r"^(?:\p{Lu}[\p{L}'’\-]*|\p{Lu}\.)$")
BYLINE_CUT = rx.compile(r"\s[|·•—–]\s")
MAX_RUN = 4


def _run(words: list[str]) -> list[str]:
    """The name-shaped run of words: capitalised words with particles inside, none at the edges."""
    run = [w for w in words]
    while run and run[0].casefold() in PARTICLES:
        run = run[1:]
    while run and run[-1].casefold() in PARTICLES:
        run = run[:-1]
    return run


def _name_at_edge(words: list[str], stopwords: frozenset[str]) -> str | None:
    """A name at the end ("Reportage de Bastien Roumégoux") or the start ("Deniz Arıkan yazdı") of a part."""
    def ok(run: list[str]) -> bool:
        return (
            2 <= len(run) <= MAX_RUN
            and run[0].casefold() not in stopwords  # "Der Ablauf", "Le Fil Numérique"
            and all(RUN_WORD.match(w) or w.casefold() in PARTICLES for w in run)
            and not any(w.casefold() in stopwords and w.casefold() not in PARTICLES for w in run)
            and looks_like_name(" ".join(run))
            and len(run[-1]) > 1  # "Serie C" is a league (a surname's initial takes its full stop: "Νίκος Σ.")
        )

    tail: list[str] = []
    for w in reversed(words):
        if RUN_WORD.match(w) or w.casefold() in PARTICLES:
            tail.insert(0, w)
        else:
            break
    tail = _run(tail)
    if len(tail) == len(words) and len(tail) >= 3 and tail[1].casefold() in PARTICLES:
        # "Reportage de Bastien Roumégoux": a capitalised label and "de" open the line, not the name
        rest = _run(tail[1:])
        if len(rest) >= 2:
            tail = rest
    if ok(tail):
        return " ".join(tail)
    head: list[str] = []
    for w in words:
        if RUN_WORD.match(w) or w.casefold() in PARTICLES:
            head.append(w)
        else:
            break
    if head and head[0].casefold() in stopwords:
        return None  # "Le Fil Numérique avec AFP": an article opens a title, not a name
    run = _run(head)
    if sum(w[:1].islower() for w in words[len(run):]) > HEAD_NAME_REST_MAX:
        return None  # "Tamsey Bridge closed to high-sided vehicles": a place that opens a headline, not a writer
    return " ".join(run) if ok(run) else None


# After a name that opens a byline, at most this many lower-case words ("Deniz Arıkan yazdı", "Jane Doe in Kyiv",
# "Hattie Lomond on 9 November 2024").
HEAD_NAME_REST_MAX = 3


# The colon after a byline's label, not one inside a clock ("Νίκος Σ. στις 9:14 μ.μ.").
LABEL_COLON = rx.compile(r"(?<!\d):|:(?!\d)")


def names_in_byline(text: str, stopwords: frozenset[str] = frozenset()) -> list[str]:
    """Every person a short byline names, however it is phrased.

    >>> names_in_byline("Reportage de Bastien Roumégoux et Inès Kaddour")
    ['Bastien Roumégoux', 'Inès Kaddour']
    >>> names_in_byline("Michał Sadowski (tekst), Ewa Borys (zdjęcia)")
    ['Michał Sadowski']
    >>> names_in_byline("Tamsey Bridge closed to high-sided vehicles")
    []
    """
    head = BYLINE_CUT.split(text, 1)[0]
    names = []
    for part in JOINERS.split(head):
        if not part.strip() or PHOTO_ROLE.search(part) or is_agency_list(part):
            continue
        part = LABEL_COLON.split(PAREN.sub(" ", part).replace("：", ":"))[-1]  # "Reportage from Nemea: Jane Doe"
        words = [ELISION.sub("", w) for w in part.split()]
        name = _name_at_edge([w for w in words if w], stopwords)
        if name:
            names.append(person_case(name))
    return names


# Labels a date line opens with, found inside a line whose byline the page ran together with it.
RUN_TOGETHER_KEYS = ("published", "source_label")
RUN_TOGETHER_HEAD_MAX_WORDS = 8


def run_together_head(text: str, lexicon: Lexicon) -> str | None:
    """The byline a page ran together with its date line, before the date's or source's label ("Claire Vasseur avec
    AFP Publié le 15/04/2025 à 18h12", "Marta Zięba Źródło: PAP, Złotoborze24 05.04.2024, 06:40"): the text before the
    first such label, when it names people."""
    lower = text.casefold()
    if len(lower) != len(text):
        return None  # (case folding changed lengths: no position is shared)
    first = len(text)
    for key in RUN_TOGETHER_KEYS:
        for phrase in lexicon.phrases.get(key, ()):
            at = lower.find(" " + phrase)
            end = at + 1 + len(phrase)
            if 0 < at < first and (end == len(lower) or not lower[end].isalpha()):
                first = at
    head = text[:first].strip(" ,|·–—-")
    if first == len(text) or not 2 <= count_words(head) <= RUN_TOGETHER_HEAD_MAX_WORDS or any(c.isdigit() for c in head):
        return None
    return head if names_in_byline(head) else None
