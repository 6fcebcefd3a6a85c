"""Positive evidence: lines that look like boilerplate to a careless rule but are article text."""

from __future__ import annotations

import regex

from newsclean import rx
from newsclean.detectors.ads import looks_like_button
from newsclean.detectors.base import Context, Example, Hit, Outcome, detector
from newsclean.detectors.prompts import INBOX, SIGN_UP
from newsclean.detectors.tables import CELL, MIN_CELLS, table_row
from newsclean.model import Effect, Quality
from newsclean.patterns import BULLET, CLOCK, PHOTO_WORD, WEEKDAY, agency_pattern

# "Berlin (dpa) - …", "NEW YORK (AP) — …", "PARIS, 3 avril (Reuters) -", "Kyiv, 12 May /Ukrinform/".
DATELINE = rx.compile(
    r"^(?:(?P<place>\p{Lu}[\p{L}.'’ -]{1,40}?)(?:,\s*[^()]{1,30}?)?\s*)?"
    r"(?:\((?P<agency>[^()]{2,40})\)|/(?P<agency2>[^/]{2,30})/)\s*[-–—:.]\s*\S"
    # "НОВОСИБИРСК, 5 июн — РИА Новости. …", "MADRID, 5 jun (EFE).- …" (the agency after a dash)
    r"|^\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}(?:\s\([^)]{1,40}\))?,\s[^—–.]{1,24}\s[—–-]\s(?P<agency3>[^.—–]{2,30})\.\s"
    # "【ワシントン共同】…", "【北京時事】…"
    r"|^【[^】]{0,12}?(?P<agency4>共同|時事|ロイター|AFP時事|新華社)】"
    # "ВОСТОЧНЫЙ /Амурская область/, 27 мая. /ТАСС/. …"
    r"|^\p{Lu}[^/]{1,60}(?:/[^/]{1,30}/[^/]{0,30})?/(?P<agency5>[^/]{2,20})/[.,:]?\s",
)
# The agency credited after a paragraph's last sentence: "…発表した。（共同）", "… mitteilte. (dpa)".
CREDITED_SENTENCE_MIN_WORDS = 6
TRAILING_CREDIT = rx.compile(r"[.!?。！？”\"»]\s*[(（【]\s*(?P<agency>[^()（）【】]{2,30}?)\s*[)）】]\s*$")


@detector(
    "BD01", "body.dateline", triggers=("paren", "dash"), effect=Effect.KEEP, field="source",
    flags=(Example("Santa Rita (Agência Serrana) – O governo do estado entregou nesta quinta-feira 40 novos ônibus escolares.",
                   value="Agência Serrana", language="pt"),
           Example("Berlin (dpa) - Die Bahn streicht am Montag zahlreiche Verbindungen.", value="dpa"),
           Example("12:05 – Milano (ANSA) – La Regione Lombardia ha chiesto lo stato di emergenza.", value="ANSA",
                   language="it"),
           Example("NEW YORK (AP) — Stocks fell on Monday.", value="AP"),
           Example("(ANSA) - MESTRE, 12 MAG - Il Mestre vince il derby.", value="ANSA", language="it"),
           Example("НОВОСИБИРСК, 5 июн — РИА Новости. Физики сообщили о находке.", value="РИА Новости", language="ru"),
           Example("【ワシントン共同】米政府は5日、発表した。", value="共同", language="ja"),
           Example("ВОСТОЧНЫЙ /Амурская область/, 27 мая. /ТАСС/. Ракета стартовала.", value="ТАСС", language="ru"),
           Example("東京都は２７日、新たな交通計画を発表した。計画は来年度から実施される。（共同）", value="共同",
                   language="ja"),
           Example("Die Polizei sperrte die Straße für mehrere Stunden, wie ein Sprecher mitteilte. (dpa)",
                   value="dpa", language="de"),
           Example("Budżet obywatelski funkcjonuje w Lublinie od 2015 r. (PAP)", value="PAP", language="pl"),
           Example("SEOUL, March 3 (Yonhap) -- North Korea fired a ballistic missile into the sea on Monday, the "
                   "military said.", value="Yonhap"),
           Example("ZARAGOZA, 12 Mar. (Ibernews) - La Policía Nacional ha detenido a dos hombres por el incendio "
                   "de una nave.", value="Ibernews", language="es"),
           Example("Monterrey, 3 de mayo (Prensa Norte).– El gobierno estatal anunció este lunes un nuevo plan de agua.",
                   value="Prensa Norte", language="es")),
    keeps=("Berlin (Germany) is the capital.", "Angela Merkel (CDU) - a portrait",
           "BERLIN (Germany) - The capital's council met on Monday to vote on the new budget for the city's schools.",
           "UPDATE, 3 March (Monday) - The council has confirmed that the vote will go ahead next week, a spokesman said.",
           "The minister said the plan would be ready by June. (Updated)",
           "Shares fell after the report by the agency (AFP) on Monday.",
           "A cargo ship leaves the port of Miami on Aug. 31, 2025. (AP Photo/Jane Doe, File)",
           Example("Tatbikatta öğrenciler sıraların altına saklandı. (Fotoğraf: AA)", language="tr"),
           Example("Fotoğraf: Bir ilkokulda öğrenciler tahliye sırasında bahçede toplandı. (Ahmet Yurt - Anadolu Ajansı)",
                   language="tr")),
)
def dateline(ctx: Context) -> Outcome:
    """An inline dateline at the start of a paragraph: "Berlin (dpa) - …" (body, credits the agency); also after a
    live blog entry's time ("12:05 – Milano (ANSA) – …")."""
    clock = ENTRY_CLOCK.match(ctx.text) if "digit" in ctx.features else None
    text = ctx.text[clock.end():] if clock else ctx.text
    m = DATELINE.match(text)
    if m is None:
        credit = TRAILING_CREDIT.search(ctx.text)
        if credit is None or (not ctx.sentence and ctx.quality is not Quality.PROSE and ctx.words < CREDITED_SENTENCE_MIN_WORDS):
            return None  # ("Budżet obywatelski funkcjonuje w Lublinie od 2015 r. (PAP)": a short last sentence)
        if PHOTO_WORD.search(credit["agency"]) or "/" in credit["agency"] or ctx.prefix_key in ("photo", "captions"):
            return None  # "… in Hialeah, Fla. (AP Photo/Alan Diaz, File)", "Fotoğraf: … (… - AA)": a caption's credit
        agencies = agency_pattern().findall(credit["agency"])
        return Hit("agency credited after the text", agencies[0]) if agencies else None
    if m["agency4"]:
        return Hit("inline dateline", m["agency4"])
    named = (m["agency"] or m["agency2"] or m["agency3"] or m["agency5"] or "").strip()
    agencies = agency_pattern().findall(named)
    if not agencies:
        dated = m["place"] is not None and any(c.isdigit() for c in text[m.end("place"):m.start("agency")])
        if (m["agency"] and ((dated and (_wire_place(m["place"]) or _spanish_wire_close(text, m.end("agency"))))
                             or AGENCY_WORD.match(named) is not None)
                and ctx.quality is Quality.PROSE and UNLISTED_AGENCY.match(named) and not WEEKDAY.match(named.casefold())):
            return Hit("inline dateline of an agency", named)  # "SEOUL, March 3 (Yonhap) -- …", "… (Agência Araguari) –"
        return None
    return Hit("inline dateline", named.split("/")[0].strip() if "/" in named else agencies[0])


ENTRY_CLOCK = rx.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s?[–—-]\s")


# An agency the list does not know is still one in a wire dateline: a place in capitals, a date, then
# its name in brackets ("KUALA LUMPUR, March 3 (Bernama) --"); one to three capitalised words.
UNLISTED_AGENCY = rx.compile(r"^\p{Lu}[\p{L}&.-]{1,20}(?:\s\p{Lu}[\p{L}&.-]{1,20}){0,2}$")
WIRE_PLACE_MIN_LETTERS = 3


# "Santa Rita do Jacuí (Agência Araguari) –": a name that says it is an agency.
AGENCY_WORD = rx.compile(r"^(?:Agência|Agencia|Agence|Agentur|Agenzia|Agency|Agencja|Πρακτορείο|Агентство|Агенція)\s\p{Lu}")


def _spanish_wire_close(text: str, end: int) -> bool:
    """The bracket closed by a full stop and a dash, as Spanish wire copy does: "Madrid, 14 jul (Notimérica).–"."""
    return text[end:end + 4].lstrip().startswith((").-", ").–", ").—"))


def _wire_place(place: str | None) -> bool:
    """A dateline's place set in capitals, as wire copy prints it ("SEOUL", "KUALA LUMPUR")."""
    letters = [c for c in place or "" if c.isalpha()]
    return len(letters) >= WIRE_PLACE_MIN_LETTERS and all(c.isupper() for c in letters)


TICKER_MIN_WORDS = 2
# "20:15 Tatort (ARD)": a programme and its channel, not a ticker entry.
CHANNEL_TAIL = rx.compile(r"\([^()]{1,24}\)$")


@detector(
    "BD02", "body.ticker_entry", triggers=("digit",), effect=Effect.KEEP,
    flags=("14:32 – Goal for Bayern! Kane heads in from a corner.", "09.15 Uhr: Der Zug fährt wieder", "14:32 Tor!"),
    keeps=("14:32", "20:15 Tatort (ARD)", "14:32 Uhr"),
)
def ticker_entry(ctx: Context) -> Outcome:
    """A live-ticker entry: a time stamp followed by a report."""
    m = CLOCK.match(ctx.text)
    if m is None:
        return None
    rest = ctx.text[m.end():].lstrip(" :–—-|·")
    if len(rest.split()) < TICKER_MIN_WORDS and not (rest and ctx.sentence):
        return None
    if CHANNEL_TAIL.search(rest) and not ctx.sentence:
        return None
    return "live-ticker entry"


QUESTION_MAX_WORDS = 30


@detector(
    "BD03", "body.question", near=(("question",), 1), effect=Effect.KEEP,
    flags=("Why now?", "Was bedeutet das für Pendler?",
           Example("When will the price be set?\nWe are still negotiating with the head office, and we expect an answer in "
                   "the first week of November.\nHow will growers hear of it?\nWe text every member, and we announce it on the "
                   "local radio and in the weekly paper too.", "We text every member, and we announce it on the local radio "
                   "and in the weekly paper too."),
           Example("Γιατί τώρα;\n«Γιατί οκτώ χρόνια στην αντιπολίτευση μου έμαθαν ότι οι καλές ιδέες πεθαίνουν στα συρτάρια.»",
                   "«Γιατί οκτώ χρόνια στην αντιπολίτευση μου έμαθαν ότι οι καλές ιδέες πεθαίνουν στα συρτάρια.»",
                   language="el")),
    keeps=("Why now", "Questions?", Example("Czytaj także: Zima wraca do Polski. Gdzie spadnie najwięcej śniegu?",
                                            language="pl")),
)
def question(ctx: Context) -> Outcome:
    """A question (an interview question, a rhetorical sub-heading): article text however short; and the sentence that
    answers it right under it.

    A link to another article whose headline asks something ("Read also: Will it snow?") is no question.
    """
    if "question" in ctx.features:  # (not a sign-up box's: "Elke ochtend het nieuws uit de regio in je mailbox?")
        return "question" if _question(ctx) and not INBOX.search(ctx.lower) else None
    if ctx.words < ANSWER_MIN_WORDS or not ctx.sentence or ctx.quality is not Quality.PROSE:
        return None
    above = ctx.at(-1)  # (the rule below reads the line above)
    if above is None or "question" not in above.features or not _question(above) or _title_case(above.text):
        return None  # (a teaser's headline in title case asks too: "Can a Person Survive Eating Only Beef?")
    if above.words < ASKED_MIN_WORDS and ctx.text.lstrip()[:1] not in ANSWER_MARKS and not _next_question(above):
        return None  # "Have a Tip?" / "We want to hear from you!": a box's ask; an interview's answer is set as one
    if INBOX.search(above.lower) and SIGN_UP.search(ctx.lower):
        return None  # "Elke ochtend het nieuws in je mailbox?" / "Meld je aan voor de nieuwsbrief …": a sign-up box
    return "answer to the question above"


def _next_question(asked: Context) -> bool:
    """The question follows an answered question ("Alım fiyatı ne zaman açıklanacak?" / its answer / "Üretici fiyatı
    nereden öğrenecek?"): an interview goes on, however short its question."""
    answer, earlier = asked.at(-1), asked.at(-2)
    return (answer is not None and earlier is not None and answer.sentence and answer.quality is Quality.PROSE
            and "question" not in answer.features and "question" in earlier.features and _question(earlier)
            and earlier.words >= ASKED_MIN_WORDS)


ASKED_MIN_WORDS = 5
ANSWER_MARKS = "«\"“„'‘—–-"


def _title_case(text: str) -> bool:
    long_words = [w for w in regex.findall(r"\p{L}{4,}", text)]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) * 3 >= 2 * len(long_words)


ANSWER_MIN_WORDS = 6


def _question(ctx: Context) -> bool:
    if ctx.words <= QUESTION_MAX_WORDS and ctx.text.rstrip("\"'”»").endswith(("?", "？", ";")) and (
        ctx.words >= 2 and ctx.line_key is None and ctx.prefix_key != "read_also"
    ):
        if ctx.text.endswith(";") and ctx.view.language != "el":
            return False
        return not POLL_PREFIX.match(ctx.lower)  # "Poll: Moet de pont ook in de winter varen?": the poll's question
    return False


POLL_PREFIX = rx.compile(
    r"^(?:poll|umfrage|leserumfrage|sondage|sondaggio|encuesta|sondeo|enquete|sondagem|peiling|stelling|ankieta|sonda|"
    r"anket|δημοσκόπηση|опитування|опрос|アンケート)\s?[:：–—|-]\s"
)


@detector(
    "BD04", "body.list_item", triggers=("bullet",), effect=Effect.KEEP,
    flags=("- 200 g flour", "2. Fold in the egg whites.", Example("* 200 g flour\n* 2 eggs", "* 2 eggs")),
    keeps=("- Share", "Flour", Example("The car is good.\n* Affiliate link: we earn a commission on purchases.\nTopics: cars",
                                      "* Affiliate link: we earn a commission on purchases.")),
)
def list_item(ctx: Context) -> Outcome:
    """A bulleted or numbered list item (ingredients, steps, key points)."""
    if not BULLET.match(ctx.text) or ctx.words < 2:
        return None
    if ctx.text.startswith("*") and not any(n is not None and n.text.startswith("*") for n in (ctx.at(-1), ctx.at(1))):
        return None  # "* Affiliate link: …", "* Name changed": a footnote under its asterisk, not a list
    return "list item"


# "Goals: 23' Yıldırım, 71' Aksoy", "Τα γκολ: 34΄ Νίκου, 90+3΄ Καλογήρου": who scored when, a match report's line.
SCORER = rx.compile(r"^\(?\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’΄′.]\s?\(?\s?\p{L}")
SCORERS_LABEL_MAX_WORDS = 3
SCORERS_MIN_ITEMS = 2


@detector(
    "BD05", "body.scorers", triggers=("colon",), effect=Effect.KEEP,
    flags=("Goals: 23' Yıldırım, 71' Aksoy", Example("Τα γκολ: 34' Νίκου, 78' πέν. Δήμας, 90+3' Καλογήρου", language="el")),
    keeps=("Tags: 2025, budget, council", "Goals: more homes, fewer cars", "Score: 2-1"),
)
def scorers(ctx: Context) -> Outcome:
    """A match report's scorers line: a short label, then goals as minute and name."""
    label, colon, rest = ctx.text.partition(":")
    if not colon or len(label.split()) > SCORERS_LABEL_MAX_WORDS:
        return None
    items = [i.strip() for i in regex.split(r"[,;]", rest) if i.strip()]
    if len(items) >= SCORERS_MIN_ITEMS and all(SCORER.match(i) for i in items):
        return "scorers"
    return None


# "Moc: 150 KM", "営業時間：11時～14時": a fact box's line, a short capitalised label and a value.
FACT_LINE = rx.compile(r"^(?P<label>\p{Lu}[\p{L}\p{M}.-]*(?:\s[\p{L}\p{M}.-]+){0,3}|[\p{Han}\p{Katakana}\p{Hiragana}]{1,8})"
                          r"\s?[:：]\s?(?P<value>\S.{0,300})$")
FACT_VALUE_MAX_WORDS = 10
# A match's line-up or scorers, a run of names set apart by commas ("Manisa FK: Mert Karaca, Batuhan Er, …"), is a
# fact however long.
NAME_LIST_MIN_COMMAS = 4
NAME_LIST_MAX_WORDS = 45
FACT_VALUE_MAX_CHARS = 81
BRACKETED = rx.compile(r"\([^()]*\)")
FACT_BOX_MIN_LINES = 2
FACT_BOX_REACH = 8
FACT_HEADING_MAX_WORDS = 4


def _fact_line(ctx: Context | None) -> bool:
    if ctx is None or ctx.prefix_key is not None or ctx.line_key is not None or ctx.sentence:
        return False
    m = FACT_LINE.match(ctx.text)
    if m is None or any(t in ctx.lower for t in ("@", "http", "www.")):
        return False
    words = len(m["value"].split())
    if words <= FACT_VALUE_MAX_WORDS:
        return len(m["value"]) <= FACT_VALUE_MAX_CHARS
    names = BRACKETED.sub("", m["value"])  # "Kaan Bilgiç (Dk. 71 Hasan Öz)": a substitution's minute
    items = [i.strip() for i in names.split(",")]
    return (words <= NAME_LIST_MAX_WORDS and len(items) > NAME_LIST_MIN_COMMAS and not any(c.isdigit() for c in names)
            and all(i[:1].isupper() for i in items if i))


def _box_line(ctx: Context | None) -> bool:
    """A line of the box: a fact, or a label over a long list ("Tore: 0:1 Kvesić (14.), 1:1 Oberholzer (58.), …")."""
    if _fact_line(ctx):
        return True
    if (ctx is None or ctx.prefix_key is not None or ctx.line_key is not None
            or (ctx.sentence and not ctx.text.rstrip().endswith(")"))):  # "… (80.)" is no sentence
        return False
    m = FACT_LINE.match(ctx.text)
    return (m is not None and m["value"].count(",") >= LIST_VALUE_MIN_COMMAS and not any(c in m["value"] for c in ";·|")
            and not any(t in ctx.lower for t in ("@", "http", "www.")))


LIST_VALUE_MIN_COMMAS = 2


def _box_heading(ctx: Context | None) -> bool:
    """"Dane techniczne", "店舗情報": a short title over the box, no colon, no sentence."""
    return (ctx is not None and ctx.words <= FACT_HEADING_MAX_WORDS and ctx.prefix_key is None
            and ctx.line_key is None and not ctx.sentence and "colon" not in ctx.features
            and not looks_like_button(ctx))


# "Мавка — Дарина Ярош", "Director – Jane Doe": a role, a dash, the person who plays or holds it.
ROLE_AND_NAME = rx.compile(r"^[^—–:|]{2,30}\s[—–]\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$")


@detector(
    "BD06", "body.fact_box", triggers=("colon", "dash"), effect=Effect.KEEP,
    flags=(Example("Kombi to auto rozsądne: pojemne, oszczędne i wygodne, a przy tym tanie w utrzymaniu na co dzień.\n"
                   "Dane techniczne\nMoc: 150 KM\nCena: od 139 900 zł\nKomentarze (12)", "Cena: od 139 900 zł",
                   language="pl"),
           Example("Das Spiel war nach der Pause deutlich offener, beide Trainer wechselten früh.\nStatistik\n"
                   "Tore: 0:1 Brandt (14.), 1:1 Ocak (58.), 2:1 Ocak (71.), 3:1 Wessel (80.)\nZuschauer: 21.400\nQuelle: dpa",
                   "Zuschauer: 21.400", language="de"),
           Example("薬味には、近くの畑で育てた辛味大根を使う。「この辛さが、そばの甘さを引き立てるんです」と原田さんは笑う。\n"
                   "店舗情報\n店名：そば処 はらだ\n定休日：火曜、水曜\n※価格は取材時のものです", "定休日：火曜、水曜",
                   language="ja"),
           Example("Хто грає\nМавка — Дарина Ярош\nЛукаш — Остап Мельничук", "Лукаш — Остап Мельничук", language="uk")),
    keeps=(Example("Moc: 150 KM\nCena: od 139 900 zł", "Cena: od 139 900 zł", language="pl"),
           Example("The council approved the plan on Monday after a debate that lasted well over four hours.\n"
                   "Contact: press@example.com\nPhone: 555 0100", "Phone: 555 0100"),
           Example("The council approved the plan on Monday after a debate that lasted well over four hours.\n"
                   "Most read\nFloods: what we know\nBudget: five numbers", "Budget: five numbers"),
           Example("Kellbrook v Carnforth, Saturday 3pm – adult tickets £18, under-16s free\nBuy tickets\n"
                   "Possession: Kellbrook 43% – Rainford 57%\nShots on target: 6 – 5", "Shots on target: 6 – 5")),
)
def fact_box(ctx: Context) -> Outcome:
    """A fact box closing an article (specifications, prices, opening hours): label-value lines under its prose; a cast
    or credits list ("Мавка — Дарина Ярош", "Режисерка — Марта Левицька")."""
    if "dash" in ctx.features and ROLE_AND_NAME.match(ctx.text) and any(
            (near := ctx.at(off)) is not None and ROLE_AND_NAME.match(near.text) for off in (-1, 1)):
        return "cast or credits list"
    if not _fact_line(ctx):
        return None
    top, run = 0, 1
    while top > -FACT_BOX_REACH and _box_line(ctx.at(top - 1)):
        top -= 1
        run += 1
    below = 1
    while below < FACT_BOX_REACH and _box_line(ctx.at(below)):
        below += 1
        run += 1
    if run < FACT_BOX_MIN_LINES:
        return None
    lead = ctx.at(top - 1)
    for _ in range(FACT_BOX_REACH):  # over the box's title and a score line above it ("Puan: 8/10")
        if lead is None or not (_box_heading(lead) or _fact_line(lead)):
            break
        lead = lead.at(-1)
    if lead is None or lead.quality is not Quality.PROSE or not lead.sentence or lead.prefix_key is not None:
        return None
    return "fact box under the article"


# A review's verdict box: "Pluspunten" over its short items, then "Minpunten" over its own.
PROS = frozenset({
    "pros", "pro", "plus", "the good", "likes", "what we like", "strengths", "vorteile", "stärken", "positiv",
    "points forts", "on aime", "les plus", "avantages", "lo mejor", "lo bueno", "a favor", "ventajas", "pregi",
    "punti di forza", "prós", "pontos positivos", "vantagens", "pluspunten", "voordelen", "plussen", "pluspunt",
    "zalety", "plusy", "artılar", "artıları", "olumlu", "υπέρ", "θετικά", "плюсы", "достоинства", "плюси",
    "переваги", "良い点", "メリット", "長所", "fördelar",
})
CONS = frozenset({
    "cons", "con", "contra", "minus", "the bad", "dislikes", "what we don't like", "weaknesses", "nachteile",
    "schwächen", "negativ", "points faibles", "on aime moins", "les moins", "inconvénients", "lo peor", "lo malo",
    "en contra", "desventajas", "contro", "difetti", "punti deboli", "contras", "pontos negativos", "desvantagens",
    "minpunten", "nadelen", "minnen", "minpunt", "wady", "minusy", "eksiler", "eksileri", "olumsuz", "κατά",
    "αρνητικά", "минусы", "недостатки", "мінуси", "недоліки", "気になる点", "デメリット", "短所", "nackdelar",
})
PROS_OR_CONS = PROS | CONS
VERDICT_BOX_REACH = 10
VERDICT_ITEM_MAX_WORDS = 10
VERDICT_ITEMS_MAX = 6  # items under one header


HEADER_MAX_CHARS = 32
HEADER_TRIM = " :：+-–—✓✔✗✘"


def _box_side(ctx: Context | None) -> frozenset[str] | None:
    """PROS or CONS when the line is one of the box's two headers, else None."""
    if ctx is None or ctx.words > 4 or ctx.sentence:
        return None
    key = ctx.lower.strip(HEADER_TRIM).strip()
    return PROS if key in PROS else CONS if key in CONS else None


def _header_text(text: str) -> bool:
    return len(text) <= HEADER_MAX_CHARS and text.casefold().strip(HEADER_TRIM).strip() in PROS_OR_CONS


def _paired_header(ctx: Context, side: frozenset[str]) -> bool:
    """The other side's header stands within reach, with only short lines between."""
    other = CONS if side is PROS else PROS
    for step in (1, -1):
        for k in range(1, VERDICT_BOX_REACH + 1):
            near = ctx.at(step * k)
            if near is None or near.words > VERDICT_ITEM_MAX_WORDS:
                break
            if _box_side(near) is other:
                return True
    return False


@detector(
    "BD07", "body.pros_cons", triggers=("short",), effect=Effect.KEEP,
    flags=(Example("Pluspunten\nLange accuduur\nScherp scherm\nMinpunten\nGeen oplader", "Lange accuduur",
                   language="nl"),
           Example("Pros\nBright screen\nCons\nShort battery life", "Cons"),
           Example("Vorteile\nLeise\nNachteile\nTeuer\nSchwer", "Schwer", language="de")),
    keeps=(Example("Pros\nBright screen\nLong battery life", "Bright screen"),
           Example("Plus\nVideo\nSport\nMeteo", "Video", language="it"),
           Example("Pros\nBright screen\nCons\nShort battery life\nMore reviews\nThe best laptops of the year, "
                   "tested by our editors over three months in the lab and at home.\nMenu", "Menu"),
           Example("Pros\nBright screen\nCons\nShort battery life\nPrice check: from £249 at 4 shops\nRelated reviews",
                   "Related reviews")),
)
def pros_cons(ctx: Context) -> Outcome:
    """A review's pros-and-cons box: its two headers and the short items under them."""
    if ctx.words > VERDICT_ITEM_MAX_WORDS:
        return None
    side = _box_side(ctx)
    if side is not None:
        return "header of the review's pros and cons" if _paired_header(ctx, side) else None
    if "colon" in ctx.features:
        return None  # "Prijsvergelijker: … vanaf € 169": a labelled line under the box is not its item
    if not ctx.view.any_line("body.pros_cons", _header_text):
        return None  # most pages have no verdict box: one pass over the page says so
    for k in range(1, VERDICT_ITEMS_MAX + 1):
        above = ctx.at(-k)
        if above is None or above.words > VERDICT_ITEM_MAX_WORDS or "colon" in above.features:
            return None
        above_side = _box_side(above)
        if above_side is not None:
            return "item of the review's pros and cons" if _paired_header(above, above_side) else None
    return None


# "1990年　放送開始", "2004 – First title": a chronology, each line opening with its year, the years in order.
YEAR_LINE = rx.compile(r"^(?P<year>1[5-9]\d\d|20\d\d)(?:年|\s?[:：–—-]\s?|\s)\s?\S")
TIMELINE_MAX_WORDS = 25


def year_opening(ctx: Context | None) -> int | None:
    """The year a short line opens with ("1990年　放送開始", "2004 – First title"), if it does."""
    if ctx is None or ctx.words > TIMELINE_MAX_WORDS:
        return None
    m = YEAR_LINE.match(ctx.text)
    return int(m["year"]) if m else None


@detector(
    "BD08", "body.timeline", triggers=("digit",), effect=Effect.KEEP,
    flags=(Example("1990年　放送開始\n2004年　放送1000回\n2025年　最終回", "2004年　放送1000回", language="ja"),
           Example("1998 – The shop opens on Mill Lane\n2009 – A second shop in Leeds", "2009 – A second shop in Leeds"),
           "Aileen Mary Tremough, poet, born 12 September 1937; died 22 February 2025"),
    keeps=(Example("2025 was the warmest year on record, the agency said.\n2024 came second."),
           Example("1990年　放送開始\n関連記事", "1990年　放送開始", language="ja")),
)
def timeline(ctx: Context) -> Outcome:
    """A chronology in the article: lines that open with a year, in order, one under another; an obituary's life dates."""
    if ";" in ctx.text and LIFE_DATES.search(ctx.text):
        return "the life dates that close an obituary"  # "Aileen Mary Tremough, poet, born 12 June 1937; died 22 …"
    return "line of a chronology" if chronology_line(ctx) else None


def chronology_line(ctx: Context) -> bool:
    """A line of a chronology: it opens with a year, and the line below opens with a later one ("1943: geboren in …" /
    "1968: erste Auftritte …"), or the line above with an earlier one."""
    year = year_opening(ctx)
    if year is None or ctx.sentence:
        return False
    above, below = year_opening(ctx.at(-1)), year_opening(ctx.at(1))
    return (above is not None and above <= year) or (below is not None and below >= year)


# "…, born 12 June 1937; died 22 February 2025": the dates an obituary closes with.
LIFE_DATES = rx.compile(
    r"(?i:\bborn|geboren|\bnée?|nacid[oa]|\bnat[oa]|nascid[oa]|urodzon[ay]|doğdu|γεννήθηκε|народил\w*|родил\w*|född)\s"
    r"[^;]{0,20}\d{4};\s?(?i:died|gestorben|morte?|fallecid[oa]|mort[oa]|falecid[oa]|overleden|zmarł[a]?|öldü|πέθανε|"
    r"помер\w*|умер\w*|död)\s[^;]{0,20}\d{4}"
)


def _row_with_figures(ctx: Context | None) -> bool:
    return ctx is not None and CELL in ctx.text and "digit" in ctx.features and ctx.text.count(CELL) + 1 >= MIN_CELLS


@detector(
    "BD09", "body.table_row", triggers=("digit", "short"), effect=Effect.KEEP,
    flags=(Example("Major indexes at the close:\nIndex | Close | Change | % change\nSTOXX 600 | 548.12 | -2.31 | -0.42%\n"
                   "DAX | 23,018.55 | -131.07 | -0.57%", "DAX | 23,018.55 | -131.07 | -0.57%"),
           Example("Banka | 32 gün (brüt) | 92 gün (brüt) | Koşul\nKervan Bank | %49,00 | %44,50 | Yeni müşteri\n"
                   "Lale Bankası | %47,50 | %45,00 | Mobil şubeden açılışta", "Lale Bankası | %47,50 | %45,00 | Mobil şubeden açılışta",
                   language="tr"),
           Example("Banka | 32 gün (brüt) | 92 gün (brüt) | Koşul\nKervan Bank | %49,00 | %44,50 | Yeni müşteri",
                   "Banka | 32 gün (brüt) | 92 gün (brüt) | Koşul", language="tr")),
    keeps=("Home | News | Sport\nWeather | Traffic | Jobs", "Kervan Bank | %49,00 | %44,50 | Yeni müşteri"),
)
def table_row_line(ctx: Context) -> Outcome:
    """A row of the article's table, with its figures, under its header row (or that header over such a row)."""
    if CELL not in ctx.text:
        return None
    if _row_with_figures(ctx) and table_row(ctx):
        return "row of the article's table"
    below = ctx.at(1)
    if "digit" not in ctx.features and _row_with_figures(below) and table_row(ctx):
        return "header of the article's table"
    return None


DETECTORS = (dateline, ticker_entry, question, list_item, scorers, fact_box, pros_cons, timeline, table_row_line)
