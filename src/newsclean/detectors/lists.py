"""Lists: read-also links, related / most-read teaser lists, tags."""

from __future__ import annotations

import bisect

import regex

from newsclean import rx
from newsclean.dates import find_partial_date
from newsclean.detectors.ads import CONTINUES
from newsclean.detectors.base import (
    Context,
    Example,
    LineText,
    Outcome,
    detector,
    heads_numbered_list,
    line_feature,
    text_mark,
)
from newsclean.detectors.body import chronology_line
from newsclean.detectors.tables import CELL, table_row
from newsclean.model import Quality
from newsclean.patterns import EVENT_TIME, LIST_MARK, abbreviated_headline
from newsclean.prose import CJK_CHAR

READ_ALSO_MAX_WORDS = 30


@detector(
    "LI01", "lists.read_also", triggers=("prefix:read_also", "colon", "paren"),
    flags=("Read also: Floods hit the north again", "📌 Read also: Ferry fares rise in May", "Lesen Sie auch: Bahn streicht Züge", "READ MORE: Rates",
           Example("Más información: Los taxistas piden poder usar el carril bus", language="es"),
           Example("İlgili: Yerli batarya hücresi üretimi için yeni tesis yolda", language="tr"),
           Example("関連記事 鵜島の診療所、週2日に縮小 医師確保できず", language="ja"),
           Example("＜あわせて読みたい＞俳句甲子園、石川代表に県立金沢北高校", language="ja"),
           Example("À lire aussi Le saumon remonte la Loire, mais pour combien de temps ?", language="fr")),
    keeps=("Read also the small print, the consumer group warns, before you sign anything.",
           Example("İlgili bakanlık, yeni düzenlemenin önümüzdeki ay yürürlüğe gireceğini açıkladı.", language="tr")),
)
def read_also(ctx: Context) -> Outcome:
    """A "Read also: <other headline>" link line."""
    if ctx.words > READ_ALSO_MAX_WORDS:
        return None
    head, colon, tail = ctx.text.partition(":")
    if colon and len(tail.split()) >= 3 and ctx.view.lexicon.line_key(head.casefold()) in ("more", "call_to_action", "related"):
        return "link to another article"  # "Más información: Los taxistas piden …"
    bracketed = BRACKETED_LABEL.match(ctx.text)
    label = ctx.view.lexicon.prefix_key(bracketed["label"].casefold()) if bracketed is not None else None
    if label is not None and label[0] in ("read_also", "related"):
        return "link to another article"  # "＜あわせて読みたい＞俳句甲子園、石川代表に…": the label in brackets, then the link
    if ctx.prefix_key != "read_also":
        return None
    rest = ctx.rest()
    label_colon = ctx.prefix is not None and ctx.lower[ctx.prefix[1] - 1] in ":："  # the phrase holds it: "İlgili:"
    if ctx.words <= 4 or label_colon or rest.lstrip()[:1] in (":", "：", "|", "»", "›", "-", "–", "—", ">", ""):
        return "link to another article"
    if rest.lstrip()[:1].isupper() and any(c.islower() for c in rest) and not ctx.text.rstrip().endswith("."):
        return "link to another article"  # "À lire aussi Le saumon remonte la Loire …?": the label glued to its link
    first = rest.lstrip()[:1]
    if rest[:1] in (" ", "\u3000") and first.isalpha() and not first.isupper() and not first.islower():
        return "link to another article"  # "関連記事 鵜島の診療所、週2日に縮小": a caseless script's headline after the label
    return None


# "＜あわせて読みたい＞…", "【関連記事】…", "[Read more] …": a list's label in brackets glued to the link it labels.
BRACKETED_LABEL = rx.compile(r"^[＜<【［\[](?P<label>[^＞>】］\]]{2,16})[＞>】］\]]\s?\S")


# "More interviews", "Weitere Artikel", "Autres recettes", "Przeczytaj więcej": a short "more" header.
MORE_HEADER = rx.compile(
    r"^(?:read|lees|lies|lire|leer|leggi|leia|czytaj|przeczytaj|oku|διαβάστε|читайте|читати|läs)\s+"
    r"(?:more|meer|mehr|plus|más|altro|mais|więcej|daha|περισσότερα|більше|больше|mer)$"
    r"|^(?:you may also|you might also|à la une|nos autres|nos articles|retrouvez|as mais|os mais|bunları da|"
    r"our other|unsere anderen|популярн\w*|populär\w*|popular\w*|"
    r"more|other|further|latest|most popular|most read|most viewed|most watched|most shared|most commented|weitere|mehr|andere|plus d[e']|autres|más|otros|otras|altri|altre|mais|outros|"
    r"outras|meer|andere|więcej|inne|daha fazla|diğer|περισσότερα|άλλα|більше|інші|больше|другие|fler|mer|andra)"
    r"(?:\s+[\p{L}'’-]+){1,3}$"
    r"|(?:関連する記事|関連記事|関連ニュース|あわせて)",
    regex.I,
)


def _article_list_line(ctx: Context) -> bool:
    """A lead-in ("Where to get the jab:"), an item of the article's own list ("in 148 clinics;") or a
    ticker entry ("46e : Reprise du match.").

    Teaser headlines neither end in a colon or semicolon nor start in lower case, and one that opens with
    a time or a minute does not end in a full stop.
    """
    text = ctx.text.rstrip()
    ticker = text[:1].isdigit() and text.endswith(".") and not text.endswith("..")
    return (text.endswith((":", ";", "：", "；")) or text[:1].islower() or ticker or FIELD_FIGURE.match(text) is not None
            or LIST_MARK.match(text) is not None)


# "Мы поговорили с режиссёром после премьеры.": a sentence this long, ending in a full stop, that leads
# back into the article is its text; teaser headlines do not end in a full stop.
RESUMING_SENTENCE_MIN_WORDS = 5


# "— Почему павильон, а не усадьба?": a line of an interview, opened by a dash (a teaser may ask a question
# too, so a question alone does not count).
DIALOGUE_MARK = rx.compile(r"^[—–-]\s")


def _article_resumes(after: Context) -> bool:
    """The line below reads as the article again: a sentence of prose, a fact, a bulleted item or dialogue."""
    text = after.text.rstrip()
    if after.sentence and after.quality is not Quality.PROSE:  # "Toch is niet iedereen tevreden." over a paragraph
        later = after.at(1)
        if later is not None and later.quality is Quality.PROSE and later.sentence and later.words >= RESUMING_PARAGRAPH_WORDS:
            return True
    if (LABELLED_ITEM.match(text) is not None and (later := after.at(1)) is not None
            and (LABELLED_ITEM.match(later.text) is not None or (LABELLED_HEAD.match(later.text) is not None
                                                                  and not later.sentence))
            and after.prefix_key is None and later.prefix_key is None):
        return True  # "Looptijd: tot 30 juni 2029" over "Transfersom: 11 miljoen euro …": a fact box (a line-up's
        # names may hold an abbreviation: "Onur Şahin (Dk. 70 Efe Kurt)")
    if (text.endswith((":", "：")) and after.words >= LIST_LEAD_MIN_WORDS and after.prefix_key is None
            and after.line_key is None):
        return True  # "В первую очередь в эксплуатацию введут следующие станции:" leads into the article's list
    return ((after.quality is Quality.PROSE and after.sentence) or FIELD_FIGURE.match(text) is not None
            or LIST_MARK.match(text) is not None or DIALOGUE_MARK.match(text) is not None or _table_line(after)
            or _result_line(after) or chronology_line(after))


# "Pogoń Rudnik – Stal Zalesie 2:1 (0:1)": two teams, the score and the half-time score, the head of a match sheet.
# (or the periods' scores: "Norrviken–Fjällbo 3–2 (1–0, 0–2, 2–0)")
RESULT_LINE = rx.compile(r"^[^:(]{3,60}?\s?[–—-]\s?[^:(]{3,60}\s\d{1,3}\s?[:–-]\s?\d{1,3}\s?"
                         r"\(\d{1,3}\s?[:–-]\s?\d{1,3}(?:,\s?\d{1,3}\s?[:–-]\s?\d{1,3}){0,4}\)$")


def _result_line(ctx: Context) -> bool:
    return "digit" in ctx.features and RESULT_LINE.match(ctx.text) is not None


def _table_line(ctx: Context) -> bool:
    """A row of a table ("Posiadanie piłki | 54% | 46%"): the article's figures, never a teaser's headline."""
    return CELL in ctx.text and table_row(ctx)


LIST_LEAD_MIN_WORDS = 5


RESUMING_PARAGRAPH_WORDS = 15


def _leads_back(ctx: Context, after: Context) -> bool:
    """A sub-heading, an interview question, a bulleted list's lead-in or a closing sentence that leads back
    into the article below it."""
    text = ctx.text.rstrip()
    if heads_bulleted_list(ctx):
        return True  # "De nieuwe tarieven op een rij" over "- Centrum: 3 euro per uur"
    if _heads_numbered_list(ctx, after):
        return True
    if not _article_resumes(after):
        return False
    if LEADING_CLOCK.match(text) and not LEADING_CLOCK.match(after.text):
        return True  # "12:40 BST – Investigators arrive at the scene" over its text: a live blog's entry
    if ctx.block.role in SUBHEADING_ROLES and ">li" not in (ctx.block.path or ""):
        return True  # the page marks it up as a heading of the text (not a linked headline in a list's item)
    if text.startswith(SUBHEADING_MARKS):
        return True  # "■終電繰り上げに反発も": a Japanese article marks its sub-headings so
    if text[:1] in "«“„\"" and text.rstrip(".")[-1:] in "»”“\"" and after.quality is Quality.PROSE:
        return True  # «Io ho 74 anni e la risonanza me l'hanno data a Pisa» over the paragraph that tells whose words
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) >= 2 and len(letters) >= CAPS_HEADING_MIN_LETTERS and all(c.isupper() for c in letters):
        return True  # "GEÇEN SEZON 9 GOLE KATKI VERDİ" over the paragraph: a sub-heading set in capitals
    full_stop = text.endswith(".") and not text.endswith("..") and ctx.words >= RESUMING_SENTENCE_MIN_WORDS
    # (words as spaces part them, "L'astuce de la cheffe" is a four-word sub-heading; Chinese and Japanese have no spaces)
    words = ctx.words if CJK_CHAR.search(text) else len(text.split())
    return words <= SUBHEADING_MAX_WORDS or text.endswith(("?", "？")) or full_stop or _on_topic(ctx)


def _heads_numbered_list(ctx: Context, below: Context) -> bool:
    """"La scaletta" over "1. Vento di maggio": a short heading that starts a numbered list of its own (a longer one
    over items 1 and 2: "So kommen Sie gut durch heiße Tage")."""
    if ctx.sentence:
        return False
    if ctx.words <= SUBHEADING_MAX_WORDS:
        return _first_step(below)
    return (ctx.words <= NUMBERED_HEADING_MAX_WORDS and ctx.line_key is None and ctx.prefix is None
            and _first_step(below) and heads_numbered_list(ctx))  # (not "Most read" over its
    # ranked headlines, nor a league table's title over its rows of figures)


NUMBERED_HEADING_MAX_WORDS = 12


SUBHEADING_ROLES = frozenset(("h2", "h3", "h4", "h5", "h6"))
SUBHEADING_MARKS = ("■", "◆", "◇", "□", "▼", "――", "──")  # (and a Japanese interview's question: "――離れて暮らす…")
CAPS_HEADING_MIN_LETTERS = 8
FIRST_NUMBERED = rx.compile(r"^1[.)]\s+\D+$")  # (no figure after it: "1. Breogán 24-10" is a table's row)
FIRST_STEP = rx.compile(r"^1[.)]\s+\p{L}")


def _first_step(ctx: Context) -> bool:
    """Item 1 of a numbered list: words without figures, or a sentence ("1. Eti en az 24 saat buzdolabında dinlendirin.")."""
    return FIRST_NUMBERED.match(ctx.text) is not None or (ctx.sentence and FIRST_STEP.match(ctx.text) is not None)
LEADING_CLOCK = rx.compile(r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d\b")


# "Was die Einigung für Fahrgäste bedeutet" over the article's paragraph: a sub-heading speaks of the article's
# own subject (two of its words recur in the prose around it); a teaser is about another story, and a teaser
# printed as "Kicker: headline" has its colon.
TOPIC_WORD_MIN_LETTERS = 4
TOPIC_MIN_SHARED = 2
TOPIC_REACH = 25
TOPIC_HEADING_MAX_WORDS = 10
WORD = rx.compile(r"\w+")


def _topic_words(text: str, stopwords: frozenset[str]) -> set[str]:
    return {w for w in (m.casefold() for m in WORD.findall(text)) if len(w) >= TOPIC_WORD_MIN_LETTERS} - stopwords


def _on_topic(ctx: Context) -> bool:
    """A short heading without a colon, most of whose words (two at least) recur in the prose nearby."""
    if ctx.words > TOPIC_HEADING_MAX_WORDS or ":" in ctx.text or ctx.sentence:
        return False
    stopwords = ctx.view.lexicon.stopwords
    own = _topic_words(ctx.text, stopwords)
    if len(own) < TOPIC_MIN_SHARED:
        return False
    prose = ctx.view.prose_lines()
    lo, hi = bisect.bisect_left(prose, ctx.index - TOPIC_REACH), bisect.bisect_right(prose, ctx.index + TOPIC_REACH)
    seen: set[str] = set()
    for i in prose[lo:hi]:
        seen |= own & _topic_words(ctx.view.canonical[i], stopwords)
    return len(seen) >= TOPIC_MIN_SHARED and 2 * len(seen) >= len(own)


# "Hamsi: 100-120 TL", "Preis: 4,50 €": a fact box's field with a figure, never a teaser headline.
FIELD_FIGURE = rx.compile(r"^\p{L}[\p{L}\s]{0,24}[:：]\s*\d[\d\s.,–-]*\s*[\p{L}\p{Sc}%.]{0,4}$")


# "Trending on ByteHarbor", "Populaire sur Le Fil", "Meistgelesen bei der Rundschau": a list header and the site.
ON_SITE_WORDS = frozenset({"on", "at", "in", "from", "bei", "auf", "im", "sur", "en", "su", "em", "no", "na", "op", "bij",
                           "w", "på", "στο", "στην", "на", "в", "у"})
ON_SITE_MAX_WORDS = 7
# ... or of a section: "Altre notizie di Cultura", "Más noticias de Deportes", "Weitere Nachrichten aus Bremen".
HEADER_JOINERS = ON_SITE_WORDS | frozenset({"di", "de", "du", "des", "del", "della", "from", "aus", "van", "uit", "z",
                                            "из", "з", "από", "του", "της", "dal", "dalla", "do", "da", "dos", "das"})


# "More From the Los Angeles Times", "More on Slate Book Review", "Next Up In Tech", "Mehr aus dem Ressort Politik":
# more of the site's stories, from a section or a title (up to ``ON_SITE_MAX_WORDS`` words, no sentence).
MORE_FROM = rx.compile(
    r"^(?i:more|mehr|plus|más|altro|altri|mais|meer|więcej|daha fazla|περισσότερα|більше|больше|fler|mer|next up)\s"
    r"(?i:from|on|in|about|aus|zu|von|vom|de|du|des|sur|di|da|dal|em|do|uit|over|van|z|ze|o|από|з|із|про|из|о|"
    r"från|om|i)\s(?:the\s|der\s|die\s|dem\s|le\s|la\s|les\s|el\s|il\s|o\s|a\s|het\s|de\s)?\p{Lu}"
    r"|^\S{1,12}\s?の(?:最新ニュース|新着記事|新着ニュース|新着|記事一覧|ニュース一覧|最新記事)$"  # "経済 の最新ニュース": a section's latest news
)


# "Le Vestiaire vous recommande", "Die Redaktion empfiehlt": a site recommending its own articles.
RECOMMENDS = rx.compile(
    r"\s(?:recommends|recommend|vous recommande|recommande|empfiehlt|empfehlen|te recomienda|le recomienda|"
    r"recomienda|ti consiglia|consiglia|recomenda|raadt aan|beveelt aan|poleca|öneriyor|προτείνει|рекомендує|"
    r"рекомендует|rekommenderar)$",
    regex.I,
)
RECOMMENDS_MAX_WORDS = 5


# "Nos autres adresses du moment", "As mais acessadas da semana": an opener of two words and a few more.
MORE_HEADER_MAX_WORDS = 5


def heads_bulleted_list(ctx: Context) -> bool:
    """The line right below is a dash or bullet item: this line heads the article's own list."""
    below = ctx.at(1)
    return below is not None and LIST_MARK.match(below.text) is not None and LIST_MARK.match(ctx.text) is None


def is_list_header(ctx: Context | LineText) -> bool:
    """True for a header of a related / most-read / read-also list."""
    if ctx.words <= RECOMMENDS_MAX_WORDS and not ctx.sentence and RECOMMENDS.search(ctx.text) is not None:
        return True
    if ctx.line_key in ("related", "most_read", "more") or (
        (ctx.prefix_key == "read_also" or (ctx.text[:1].isupper() and MORE_HEADER.match(ctx.text) is not None))
        and ctx.words <= MORE_HEADER_MAX_WORDS
    ):  # (a header is capitalised: "mais derrière chaque rideau" is a poem's line, not Portuguese "more")
        return CONTINUES.search(ctx.lower) is None  # "Haberin Devamı": the article goes on below
    if ctx.words > ON_SITE_MAX_WORDS or ctx.sentence:
        return False
    if MORE_FROM.match(ctx.text) is not None or LATEST_FROM.match(ctx.text) is not None:
        return True
    if ":" in ctx.text or HEADER_JOINERS.isdisjoint(ctx.lower.split()):
        return False
    words = ctx.text.split()
    for k in range(1, len(words) - 1):
        # the site or the section is a name: "Trending on social media" is a sub-heading ("ALTRE NOTIZIE DI CULTURA")
        if words[k].casefold() in HEADER_JOINERS and (words[k + 1][0].isupper() or words[k + 1][0].isdigit()
                                                     or SITE_ADDRESS.match(words[k + 1]) is not None):  # "… on wbkt12.com"
            return ctx.view.lexicon.line_key(" ".join(words[:k]).casefold()) in ("related", "most_read")
    return False


SITE_ADDRESS = rx.compile(r"^(?:www\.)?[\w-]+\.[a-z]{2,6}$")
# "Senaste nytt från TT", "Latest from Reuters": a feed of another newsroom's headlines, not a credit.
LATEST_FROM = rx.compile(
    r"^(?i:latest|the latest|latest news|senaste nytt|senaste|neueste nachrichten|das neueste|les dernières infos|"
    r"les dernières|lo último|últimas noticias|ultime notizie|últimas|najnowsze|najnowsze wiadomości|nieuwste|"
    r"laatste nieuws|en son haberler|son haberler|τελευταία νέα|последние новости|останні новини)\s"
    r"(?i:from|von|vom|de|du|da|dal|della|van|z|ze|från|от|від|από)\s\S"
)


@line_feature("list_header")
def _list_header_text(line: LineText) -> bool:
    return is_list_header(line)


@detector(
    "LI02", "lists.list_header", triggers=("line:related", "line:most_read", "prefix:read_also", "short"),
    flags=("Most read", "Related articles", "Das könnte Sie auch interessieren", "Mehr zum Prozess", "Trending on ByteHarbor", "Trending on wbkt12.com",
           Example("経済 の最新ニュース", language="ja"),
           "Most watched Showbiz videos", Example("Le Vestiaire vous recommande", language="fr"),
           Example("Die Redaktion empfiehlt", language="de"), Example("Nos autres adresses du moment", language="fr"),
           Example("As mais acessadas da semana", language="pt"),
           Example("Przeczytaj więcej", language="pl"), "More From the Harbour Courier", "Next Up In Science & Health",
           Example("ALTRE NOTIZIE DI CULTURA E SPETTACOLI", language="it"),
           Example("Senaste nytt från TT", language="sv"),
           "More on Weekend Review"),
    keeps=("Most read books of the year were thrillers, the library said.", "Trending on social media: a dance",
           Example("le village dort encore,\nmais derrière chaque rideau", "mais derrière chaque rideau", language="fr"),
           "More in Common, a think tank, published the survey on Monday.",
           Example("Plus\n- Mycket bra täckning\n- Snabb installation", "Plus", language="sv"),
           "The panel recommends a ban on new wells in the valley."),
)
def list_header(ctx: Context) -> Outcome:
    """The header of a related / most-read / more-stories list."""
    if ctx.line_key == "more" and heads_bulleted_list(ctx):
        return None  # "Plus" over "- Snabb installation": a review's pros, not a "more" link
    return "teaser-list header" if text_mark("lists.header", is_list_header, ctx) else None


TEASER_WINDOW = 12
SUBHEADING_MAX_WORDS = 4
TEASER_MAX_WORDS = 25


@detector(
    "LI03", "lists.teaser_item", near=(("list_header",), TEASER_WINDOW),
    flags=(Example("Most read\nFloods hit the north again\nMinister resigns over emails", "Minister resigns over emails"),
           Example("Die Einigung sei ein gutes Signal für die Fahrgäste, sagte ein Sprecher der Bahn am Freitag.\n"
                   "Mehr zum Thema\nHafen Bremerhaven meldet neuen Umschlagsrekord\nBis Ende März sind Streiks "
                   "ausgeschlossen, sagte die Bahn am Freitag in Berlin.", "Hafen Bremerhaven meldet neuen Umschlagsrekord",
                   language="de"),
           Example("Related articles\n• Snow strands drivers on the motorway\n• Winter tyres: when to change them",
                   "• Winter tyres: when to change them"),
           Example("Lesen Sie auch\nSturmwarnung: Was tun bei Orkanböen?\nOrkane: Warum tragen sie Namen?\n"
                   "Die Feuerwehr rückte in der Nacht mehr als dreihundert Mal aus, meist wegen umgestürzter Bäume.",
                   "Orkane: Warum tragen sie Namen?", language="de"),
           Example("Το ποίημα κυκλοφόρησε το 1988 και έγινε τραγούδι μια δεκαετία αργότερα.\nΔιαβάστε επίσης\n"
                   "Πέθανε ο σκηνοθέτης Αλέκος Δρόσος σε ηλικία 79 ετών\nΤο πιο πολυδιαβασμένο ποίημά της περιλαμβάνεται "
                   "σε σχολικά βιβλία.", "Πέθανε ο σκηνοθέτης Αλέκος Δρόσος σε ηλικία 79 ετών", language="el"),
           Example("関連記事\n・大雪で車立ち往生、国交省が「集中除雪」実施へ\n・冬タイヤ、いつ替える？　専門家に聞く",
                   "・冬タイヤ、いつ替える？　専門家に聞く", language="ja"),
           Example("Articles récents\nTest : le clavier mécanique Kestrel 75, bon mais bruyant\n"
                   "Podcast #84 : faut-il encore avoir un site web perso ?", "Podcast #84 : faut-il encore avoir un site web perso ?",
                   language="fr"),
           Example("Servizio correlato\nPrenotare il ritiro dei rifiuti ingombranti\nPrenota online il ritiro a domicilio "
                   "di mobili, materassi ed elettrodomestici.\nAccedi al servizio",
                   "Prenota online il ritiro a domicilio di mobili, materassi ed elettrodomestici.", language="it")),
    keeps=(Example("Auch lesenswert\nDas Hallenbad in Lindbach bleibt bis Januar geschlossen\nDrei Fragen an den Bademeister\n"
                   "Wie geht es jetzt weiter mit dem Bad?", "Drei Fragen an den Bademeister", language="de"),
           Example("Mehr zum Thema\nSturm legt den Bahnverkehr lahm\nSo bereiten Sie Ihren Garten auf den Frost vor\n"
                   "1. Decken Sie die Beete mit Laub ab.\n2. Holen Sie Kübelpflanzen ins Haus.",
                   "So bereiten Sie Ihren Garten auf den Frost vor", language="de"),
           Example("Read also\nThe band's new album, track by track\nThe setlist\n1. Wind in May\n2. Still Water\n3. Low Houses",
                   "2. Still Water"),
           Example("Read also\nThe band's new album, track by track\nThe setlist\n1. Wind in May\n2. Still Water", "The setlist"),
           Example("Читайте также\nМэрия назвала улицы с новыми полосами\nКакие станции откроют первыми\n"
                   "В первую очередь в эксплуатацию введут следующие станции:\n«Татищевская»\n«Уральская»",
                   "Какие станции откроют первыми", language="ru"),
           Example("İlgili Haberler\nYıldızspor'da ayrılık: stoper Polonya yolcusu\nGEÇEN SEZON 9 GOLE KATKI VERDİ\n"
                   "Geçen sezon Portekiz Ligi'nde 31 maça çıkan oyuncu, 4 gol atıp 5 asist yaparak takımının en skoreri oldu.",
                   "GEÇEN SEZON 9 GOLE KATKI VERDİ", language="tr"),
           Example("関連記事\n運賃を平均12％値上げへ\n■終電繰り上げに反発も\n「帰りの足がなくなる」。\n"
                   "駅周辺の病院や工場で働く人からは、終電の繰り上げに反発する声が上がっている。沿線の自治会も見直しを求めている。",
                   "「帰りの足がなくなる」。", language="ja"),
           Example("Read also\nPool hours cut in the heat\nAdvertisement\nPOLL\nDo you have air conditioning?\nYes\nNo\n"
                   "Vote\nShorter shifts for council gardeners\nSeveral councils have moved outdoor work to the early morning so "
                   "that it ends before one in the afternoon.", "Shorter shifts for council gardeners"),
Example("Most read\nThe flood of 1953 is still the most read story in our archive, editors say.\n"
                   "Why it matters", "Why it matters"),
           Example("More on health\nMeasles cases rise\nWhere else to get the jab:\nin 148 clinics;", "in 148 clinics;"),
           Example("İlgili Haberler\nKira artışları açıklandı\nBalık fiyatları (kilo)\nHamsi: 100-120 TL", "Hamsi: 100-120 TL",
                   language="tr"),
           Example("İlgili Haberler\nKira artışları açıklandı\nBalık fiyatları (kilo)\nHamsi: 100-120 TL",
                   "Balık fiyatları (kilo)", language="tr"),
           Example("Le Vestiaire vous recommande\nLigue 1 : le classement\n46e : Reprise du match.\nMi-temps",
                   "46e : Reprise du match.", language="fr"),
           Example("Mehr erfahren\nWie finden Sie genug Fachkräfte?\nWir bilden selbst aus, derzeit 140 junge Leute, "
                   "und wir werben in Spanien.", "Wie finden Sie genug Fachkräfte?", language="de"),
           Example("Lees ook\nBrand in schuur Beesd: dieren gered\nDe nieuwe tarieven op een rij\n"
                   "- Centrum: 3 euro per uur (was 1,80)", "De nieuwe tarieven op een rij", language="nl"),
           Example("Lees ook\nBrand in schuur Beesd: dieren gered\nDe nieuwe tarieven op een rij\n"
                   "- Centrum: 3 euro per uur (was 1,80)", "- Centrum: 3 euro per uur (was 1,80)", language="nl"),
           Example("More on health\n- Wash your hands often.\n- Stay home when you are ill.", "- Stay home when you are ill."),
           Example("Most read\n- Parking: 3 euro\n- Bus: 2 euro", "- Bus: 2 euro"),
           Example("Die Einigung sei ein gutes Signal für die Fahrgäste, sagte ein Sprecher der Bahn am Freitag in Berlin.\n"
                   "Mehr zum Thema\nPendler-Ärger: Warum die Züge so oft zu spät sind\n"
                   "Was die Einigung für Fahrgäste bedeutet\nBis Ende März sind Streiks ausgeschlossen, sagte die Bahn "
                   "am Freitag in Berlin.", "Was die Einigung für Fahrgäste bedeutet", language="de"),
           Example("La reserva hídrica cae al 38,6 % | Crónica Peninsular\nÚltimas noticias\nEspaña\nSEQUÍA\n"
                   "La reserva hídrica cae al 38,6 %\nLos embalses pierden 412 hectómetros cúbicos en una semana",
                   "Los embalses pierden 412 hectómetros cúbicos en una semana", language="es"),
           Example("Leggi anche\nNuovi varchi in via Mazzini: ecco dove\nDomenica 23 marzo\nCorsa in maschera ai Giardini\n"
                   "Ore 10 · Giardini Scotto · 3 euro", "Corsa in maschera ai Giardini", language="it"),
           Example("À lire aussi\nTournus : le marché couvert rouvrira ses portes en juin après deux ans de travaux\n"
                   "Ce qui a été voté\nOutre le budget, les élus ont adopté quatorze délibérations, parmi lesquelles :\n"
                   "la création de 40 places supplémentaires à l'accueil périscolaire ;", "Ce qui a été voté", language="fr"),
           Example("Czytaj też\nKoniec serii Wisły Brzezinka. Lider stracił punkty w Olszance\n"
                   "Pogoń Rudnik – Stal Zalesie 2:1 (0:1)\nBramki: 0:1 Kowalczyk (12.), 1:1 Nowicki (58.), 2:1 Dudek (90+3.)",
                   "Pogoń Rudnik – Stal Zalesie 2:1 (0:1)", language="pl"),
           Example("Czytaj też:\nTrener Unii po porażce z Wartą: Musimy wrócić do podstaw\nStatystyki meczu\n"
                   "Statystyka | Zorza | Unia\nStrzały (celne) | 14 (5) | 9 (3)\nRzuty rożne | 7 | 4",
                   "Statystyki meczu", language="pl"),
           Example("Czytaj też:\nTrener Unii po porażce z Wartą: Musimy wrócić do podstaw\nStatystyki meczu\n"
                   "Statystyka | Zorza | Unia\nStrzały (celne) | 14 (5) | 9 (3)\nRzuty rożne | 7 | 4",
                   "Rzuty rożne | 7 | 4", language="pl"),
           Example("İLGİLİ HABERLER\nBayramda hangi müzeler açık? Ziyaret saatleri açıklandı\nUzmandan 5 öneri\n"
                   "1. Eti en az 24 saat buzdolabında dinlendirin.\n2. Öğünlerde et miktarını 150-200 gramla sınırlayın.",
                   "Uzmandan 5 öneri", language="tr"),
           Example("Auch interessant\nSchlagersängerin feiert 80. Geburtstag mit Abschiedstournee\nStationen seines Lebens\n"
                   "1943: geboren in Hamburg-Altona\n1968: erste Auftritte im Folkclub am Fischmarkt\n1974: Durchbruch mit "
                   "seinem ersten Album", "Stationen seines Lebens", language="de"),
           Example("Auch interessant\nSchlagersängerin feiert 80. Geburtstag mit Abschiedstournee\nStationen seines Lebens\n"
                   "1943: geboren in Hamburg-Altona\n1968: erste Auftritte im Folkclub am Fischmarkt\n1974: Durchbruch mit "
                   "seinem ersten Album", "1968: erste Auftritte im Folkclub am Fischmarkt", language="de"),
           Example("Читайте также\n«Вишнёвый сад» в Казани: как провалить классику\n"
                   "Мы поговорили с режиссёром после премьеры.\n— Почему павильон, а не усадьба?",
                   "Мы поговорили с режиссёром после премьеры.", language="ru")),
)
def teaser_item(ctx: Context, *, window: int = TEASER_WINDOW) -> Outcome:
    """A headline in a related / most-read list, below the list's header."""
    if _in_box_over_button(ctx):
        return "line of a related box closed by its button"
    if (ctx.words > TEASER_MAX_WORDS or _paragraph(ctx) or _programme_day(ctx) or _table_line(ctx) or _result_line(ctx)
            or ("digit" in ctx.features and chronology_line(ctx))):
        return None
    listed = _article_list_line(ctx)
    if listed and LIST_MARK.match(ctx.text) is None:
        return None
    header_at = ctx.view.nearest_above("lists.header", is_list_header, ctx.index, window)
    if header_at is None:
        return None
    if listed:  # a bullet: a teaser only in a run of bulleted headlines right under a bare header
        return f"item of the list headed on line {ctx.view.page.blocks[header_at].line}" if _bulleted_teasers(
            ctx, header_at) else None
    after = ctx.at(1)
    if (header_at == ctx.index - 1 and _bare_read_also(ctx.at(-1))
            and (not ctx.sentence or ctx.text.rstrip().endswith(("?", "？", ";")))  # (a headline may ask)
            and ctx.block.role not in SUBHEADING_ROLES):  # (the page marks the article's sub-heading as one)
        return f"the link under the label on line {ctx.view.page.blocks[header_at].line}"  # "Διαβάστε επίσης" / its headline
    above = ctx.at(-1)
    if (header_at == ctx.index - 2 and above is not None and _bare_read_also(above.at(-1)) and "question" in ctx.features
            and KICKER_HEADLINE.match(ctx.text) and KICKER_HEADLINE.match(above.text)):
        # (both "Kicker : …", and this one asks: an interview's question would not open with a topic and a colon)
        return f"the second link under the label on line {ctx.view.page.blocks[header_at].line}"
    if after is not None and _leads_back(ctx, after):
        return None  # a sub-heading, an interview question or a list's lead-in: the article again
    if QUESTIONS_FOR.match(ctx.lower):
        return None  # "Drei Fragen an Schwimmmeister Uwe Keßler": the heading of the article's short interview
    if _heads_announced_list(ctx, after):
        return None  # "Ce qui a été voté" over "… parmi lesquelles :" and its items: the article's sub-heading
    if _full_stop(ctx.text) and not _full_stop(above.text if above is not None else ""):
        return None  # "Yangının çıkış nedenine ilişkin inceleme başlatıldı." under headlines without one
    headline = ctx.view.headline
    copies = headline.copies if headline is not None else frozenset()
    for back in range(1, ctx.index - header_at):
        prev = ctx.at(-back)
        if prev is None or _paragraph(prev) or _article_list_line(prev) or prev.index in copies or _table_line(prev):
            return None  # (the article's headline, or its table, between the header and the line closes the list)
        if (below := prev.at(1)) is not None and _heads_numbered_list(prev, below):
            return None  # under "La scaletta" over "1. Vento di maggio" the article's own list runs
        if (below := prev.at(1)) is not None and _leads_back(prev, below) and (
                prev.text.startswith(SUBHEADING_MARKS) or LABELLED_ITEM.match(below.text) is not None):
            return None  # the article's sub-heading came between: "■終電繰り上げに反発も", "De contractdetails"
        if back > 1 and (prev.line_key == "advertisement" or "poll_label" in prev.features):
            return None  # an ad's or a poll's box came between: the list ended above it
        if _programme_day(prev):
            return None  # "Domenica 23 marzo" over "Corsa in maschera" / "Ore 10 · Giardini Scotto": the article's programme
    return f"item of the list headed on line {ctx.view.page.blocks[header_at].line}"


PROGRAMME_DAY_MAX_WORDS = 4
ANNOUNCED_HEADING_MAX_WORDS = 8
LIST_LEAD_MIN = 10  # (a short lead, "Onde mais é possível tomar a vacina:", is itself the heading)


def _heads_announced_list(ctx: Context, after: Context | None) -> bool:
    """A short line over a sentence that announces a list with its colon, the list's items under it: a sub-heading of
    the article's ("Passo a passo: recusar no navegador" / "… siga estes passos:" / "1. …")."""
    if after is None or ctx.sentence or ctx.words > ANNOUNCED_HEADING_MAX_WORDS:
        return False
    later = after.at(1)
    return (after.text.rstrip().endswith((":", "：")) and after.words >= LIST_LEAD_MIN and later is not None
            and (LIST_MARK.match(later.text) is not None or FIRST_NUMBERED.match(later.text) is not None
                 or later.text[:1].islower()))


# "Drei Fragen an …", "Three questions for …", "Trzy pytania do …": a short interview's heading inside an article.
QUESTIONS_FOR = rx.compile(
    r"^(?:two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|cinq|due|tre|quattro|cinque|dos|tres|cuatro|cinco|"
    r"duas|três|quatro|twee|drie|vijf|dwa|trzy|cztery|pięć|iki|üç|dört|beş|δύο|τρεις|τέσσερις|πέντε|два|три|чотири|четыре|"
    r"п['’]ять|пять|två|fyra|fem|\d)\s(?:questions|fragen|domande|preguntas|perguntas|vragen|pytania|pytań|soru|ερωτήσεις|"
    r"питання|запитання|вопроса|вопросов|frågor)\s(?:for|to|an|à|a|al|alla|ao|aan|do|dla|için|στ\w*|к|до|till)\s"
)
# "Tempêtes : pourquoi portent-elles des prénoms ?": a teaser's headline after its topic and a colon.
KICKER_HEADLINE = rx.compile(r"^[^:：.!?]{2,30}?\s?[:：]\s\S")


def _bare_read_also(label: Context | None) -> bool:
    """A "Read also" label alone on its line, its link on the next: "Lesen Sie auch", "Διαβάστε επίσης"."""
    return label is not None and label.prefix_key == "read_also" and label.words <= BARE_LABEL_MAX_WORDS and (
        not label.rest().strip(" :：|»›>-–—"))


BARE_LABEL_MAX_WORDS = 4


def _programme_day(ctx: Context) -> bool:
    """A day without its year heading a programme: an event's time opens one of the two lines under it."""
    if ctx.words > PROGRAMME_DAY_MAX_WORDS or "digit" not in ctx.features:
        return False
    if find_partial_date(ctx.text, ctx.view.lexicon) is None:
        return False
    return any(n is not None and EVENT_TIME.match(n.text) for n in (ctx.at(1), ctx.at(2)))


# "Servizio correlato" / "Prenotare il ritiro dei rifiuti ingombranti" / "Prenota online il ritiro …" / "Accedi al
# servizio": a related box of a title and a line of description, closed by its button.
BOX_MAX_LINES = 2
BOX_LINE_MAX_WORDS = 25


def _in_box_over_button(ctx: Context) -> bool:
    if ctx.words > BOX_LINE_MAX_WORDS:
        return False
    header_at = ctx.view.nearest_above("lists.header", is_list_header, ctx.index, BOX_MAX_LINES)
    if header_at is None:
        return False
    between = [ctx.at(k - ctx.index) for k in range(header_at + 1, ctx.index)]
    if any(n is None or n.words > BOX_LINE_MAX_WORDS for n in between):
        return False
    for k in range(1, BOX_MAX_LINES + 1 - len(between)):
        below = ctx.at(k)
        if below is None or below.words > BOX_LINE_MAX_WORDS:
            return False
        if below.line_key == "call_to_action":
            return True
    return False


# "関連記事" / "・大雪で車立ち往生…" / "・冬タイヤ、いつ替える？": a bare header over bulleted headlines. The
# article's own lists differ: their lead ends in a colon, their items end in full stops or give figures.
BARE_HEADER_MAX_WORDS = 4


def _bulleted_teasers(ctx: Context, header_at: int) -> bool:
    header = ctx.at(header_at - ctx.index)
    if header is None or header.words > BARE_HEADER_MAX_WORDS or header.text.rstrip().endswith((":", "：")):
        return False
    if (header.line_key not in ("related", "most_read") and header.prefix_key != "read_also"
            and (header.line_key is not None or not is_list_header(header))):
        return False  # "Plus" over "- Snabb installation": a review's pros (not "Altre notizie di Cultura" over its links)
    return all(_bulleted_headline(ctx.at(k - ctx.index)) for k in range(header_at + 1, ctx.index + 1))


def _bulleted_headline(ctx: Context | None) -> bool:
    if ctx is None or ctx.words > TEASER_MAX_WORDS:
        return False
    mark = LIST_MARK.match(ctx.text)
    item = ctx.text[mark.end():].strip() if mark else ""
    return bool(item) and not item.endswith((".", ":", ";", "：", "；", "。")) and not item[:1].islower() and (
        FIELD_FIGURE.match(item) is None)


def _full_stop(text: str) -> bool:
    return text.endswith(".") and not text.endswith("..") and not abbreviated_headline(text, len(text.split()))


def _paragraph(ctx: Context) -> bool:
    """A prose sentence; not a headline that ends in a unit's abbreviation ("… wzrosła o 3,1 proc.") nor a
    short question ("Podcast #84 : faut-il encore avoir un site web perso ?")."""
    if ctx.words <= QUESTION_HEADLINE_MAX_WORDS and ctx.text.rstrip().rstrip("\"'»”’」").endswith(("?", "？")):
        return False  # (a quoted question closes it too: "Cecina, il pontile resta chiuso: "Chi lo ricostruisce?"")
    return ctx.quality is Quality.PROSE and ctx.sentence and not abbreviated_headline(ctx.text, ctx.words)


QUESTION_HEADLINE_MAX_WORDS = 15


TAG_MAX_WORDS = 30
# "#温泉 #山形 #ひとり旅", "#Berlin #Verkehr": a line of hashtags and nothing else.
HASHTAGS = rx.compile(r"^#[\w\p{L}-]+(?:[\s,·]+#[\w\p{L}-]+)+$")
# "Filed under china , illnesses , plague": a list of short topics without a colon.
TAG_SPLIT = rx.compile(r"(?<!\s)\s*[,;|·•]\s*")
TAG_MIN_ITEMS = 2
TAG_ITEM_MAX_WORDS = 3


@detector(
    "LI04", "lists.tags", triggers=("prefix:tags", "short"),
    flags=("Tags: Berlin, Rail, Strike", "Filed under china , illnesses , plague", Example("#温泉 #山形 #ひとり旅", language="ja"), Example("Schlagwörter: Bahn · Streik", language="de"), "Topics",
           Example("Ämnen:\nKlimatdeklaration\nBoverket", "Ämnen:", language="sv"),
           Example("Onderwerpen Strandfeest Domburg Festivals Veere", language="nl")),
    keeps=("Tags on the luggage showed it had been to Lisbon twice that month.", "#1 in the charts",
           Example("Onderwerpen als klimaat en wonen bepalen de campagne", language="nl"),
           Example("Categoría | €/kg (semana 10) | Semana 9 | Variación\nVirgen extra | 3,85 | 4,02 | -4,2 %",
                   "Categoría | €/kg (semana 10) | Semana 9 | Variación", language="es")),
)
def tags(ctx: Context) -> Outcome:
    """A tags / topics line."""
    if ctx.prefix_key != "tags" or ctx.words > TAG_MAX_WORDS:
        return "hashtags" if "#" in ctx.text and HASHTAGS.match(ctx.text) else None
    rest = ctx.rest()
    if not rest.strip(" :："):
        return "tags"  # the label alone ("Ämnen:"), its items on the lines below
    if " | " in ctx.text and table_row(ctx):
        return None  # "Categoría | €/kg (semana 10) | Semana 9 | Variación": a table's header over its rows
    if not ctx.sentence:
        if rest.lstrip()[:1] in (":", "：", "|", "›", "»", "-", "–", "#"):
            return "tags"
        items = [i for i in TAG_SPLIT.split(rest) if i.strip()]
        if len(items) >= TAG_MIN_ITEMS and all(len(i.split()) <= TAG_ITEM_MAX_WORDS for i in items):
            return "tags"
        words = rest.split()
        if TAG_MIN_ITEMS <= len(words) <= SPACED_TAGS_MAX_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return "tags"  # "Onderwerpen Duinbeat Zoutelande Festivals Veere": the links set apart by spaces alone
    return None


SPACED_TAGS_MAX_WORDS = 8


DOUBLED_MIN_WORDS = 3
DOUBLED_MAX_WORDS = 40


@detector(
    "LI05", "lists.doubled_link",
    flags=("Best Black Friday deals on mattresses Best Black Friday deals on mattresses",),
    keeps=("Going, going, gone.", "New York, New York"),
)
def doubled_link(ctx: Context) -> Outcome:
    """A teaser link flattened twice in one line (image alt text, then the link text)."""
    if ctx.words > DOUBLED_MAX_WORDS:
        return None
    words = ctx.text.split()
    half = len(words) // 2
    if half >= DOUBLED_MIN_WORDS and len(words) % 2 == 0 and words[:half] == words[half:]:
        return "teaser link printed twice"
    return None


TRUNCATED = rx.compile(r"(?:\w|,)\s?(?:\.\.\.|…)$")
TRUNCATED_MAX_WORDS = 35
TRUNCATED_REACH = 2


def _truncated(ctx: Context | None) -> bool:
    return (
        ctx is not None
        and ctx.text.endswith(("...", "…"))
        and ctx.words <= TRUNCATED_MAX_WORDS
        and TRUNCATED.search(ctx.text) is not None
    )


@detector(
    "LI06", "lists.truncated_teaser",
    flags=(Example("Two people in China have been diagnosed with the plague,...\n"
                   "Hong Kong civilians step in to save students trapped in vi...",
                   "Hong Kong civilians step in to save students trapped in vi..."),),
    keeps=(Example("The match went on and on...\nThen, in the last minute, the home side scored.",
                   "The match went on and on..."),),
)
def truncated_teaser(ctx: Context) -> Outcome:
    """Teasers cut off mid-sentence ("…trapped in vi..."), two or more close together."""
    if not _truncated(ctx):
        return None
    for off in (*range(-TRUNCATED_REACH, 0), *range(1, TRUNCATED_REACH + 1)):
        if _truncated(ctx.at(off)):
            return "truncated teaser"
    return None


# "Also in Tech: Chipmaker delays plant", "Eerder verschenen: …", "Ранее: …": a short label, a colon and
# a headline (no full stop, no question: "Frage: Wie geht es weiter?" stays).
LABELLED_LINK = rx.compile(r"^(?P<label>[^:：]{2,30})[:：]\s*(?P<headline>\S.*)$")
LINK_LABEL_MAX_WORDS = 6
LINK_MIN_WORDS = 4
LINK_MAX_WORDS = 22
# Labels that introduce metadata or an answer, not a link.
NOT_LINK_LABELS = frozenset({"byline", "author_label", "source_label", "reporting_by", "photo", "published", "updated",
                             "captions", "tags"})
# "Mots associés : Chambéry · vol · musée", "More on: Layoffs · AI": a label and a list of topics.
QUOTE_OPENERS = "\"'„“”«»‚‘’"
TOPIC_SEPARATORS = rx.compile(r"(?<!\s)\s*[·•|,]\s*")


@detector(
    "LI07", "lists.labelled_link", triggers=("colon",),
    flags=("Also in Tech: Chipmaker delays Arizona plant by a year as demand cools",
           Example("Eerder verschenen: Spoorverdubbeling Meppel–Zwolle is klaar, een jaar later dan gepland", language="nl"),
           Example("Mots associés : Chambéry · vol · musée · patrimoine", language="fr")),
    keeps=(Example("trzeciego stopnia – powiaty: słupski, lęborski, pucki, wejherowski;", language="pl"),
           Example("Τρίτη 18/11: Ιόνιο, Ήπειρος, δυτική Στερεά\nΤετάρτη 19/11: Θεσσαλία, ανατολική Στερεά, Εύβοια, Σποράδες",
                   "Τετάρτη 19/11: Θεσσαλία, ανατολική Στερεά, Εύβοια, Σποράδες", language="el"),
           Example("Tarifa regulada: cerca de 531 euros por ano\nOferta mais cara analisada: cerca de 601 euros por ano",
                   "Oferta mais cara analisada: cerca de 601 euros por ano", language="pt"),
           Example("Ulm: Söflinger Straße, Hauptbahnhof (Passage), Eselsberg\nNeu-Ulm: Augsburger Straße, Glacis-Galerie",
                   "Ulm: Söflinger Straße, Hauptbahnhof (Passage), Eselsberg", language="de"),
           Example("У книжці багато предметів: ґудзики, листи, старий годинник. Чому?", language="uk"),
           "Warning: the river could rise by another metre overnight, the agency said.",
           Example("Frage: Wie geht es jetzt weiter mit dem Projekt?", language="de"),
           "Dry spell: Wheat prices hit record as farmers count losses",
           Example("„Tatort: Der letzte Zug“, Sonntag, 20.15 Uhr, ARD.", language="de"),
           Example("Τα γκολ: 34' Νίκου, 78' πέν. Δήμας, 90+3' Καλογήρου", language="el"),
           Example("Silnik: benzynowy, 1498 cm3, turbo", language="pl"),
           Example("3. Jon Beridze, 2. Luc Maylin, 1. Tony Sabathier\nRemplaçants : Pujol, Mirande, Duthil, Salles, Lafitte",
                   "Remplaçants : Pujol, Mirande, Duthil, Salles, Lafitte", language="fr"),
           Example("Голи: Мороз, 12, Ковальчук, 64 – Дяченко, 80\nПопередження: Бойко, Гнатюк – Литвин, Кравець\n"
                   "Глядачі: 3 100", "Попередження: Бойко, Гнатюк – Литвин, Кравець", language="uk")),
)
def labelled_link(ctx: Context) -> Outcome:
    """A link to another article under a label nobody listed yet, or a labelled list of topics."""
    if ctx.words > LINK_MAX_WORDS or ctx.prefix_key in NOT_LINK_LABELS:
        return None
    m = LABELLED_LINK.match(ctx.text)
    if m is None or len(m["label"].split()) > LINK_LABEL_MAX_WORDS:
        return None
    rest = m["headline"]
    items = [i for i in TOPIC_SEPARATORS.split(rest) if i.strip()]
    if (len(items) >= TAG_MIN_ITEMS + 1 and all(len(i.split()) <= TAG_ITEM_MAX_WORDS for i in items)
            and not ctx.text.endswith((".", "?", "？", ";")) and m["label"][:1] not in QUOTE_OPENERS and not _figures(items)
            and not _in_fact_box(ctx)):
        return "labelled list of topics"  # not "„Tatort: Der letzte Zug“, Sonntag, 20.15 Uhr, ARD."
    if len(rest.split()) < LINK_MIN_WORDS or rest.rstrip().endswith((".", "?", "!", "…", ";")):
        return None
    if not _link_label(m["label"]) or (any(c.isdigit() for c in rest) and _inner_link_word(m["label"]) and _in_fact_box(ctx)):
        return None  # (not "Oferta mais cara analisada: cerca de 601 euros por ano" under "Tarifa regulada: cerca de 531 euros")
    return "link to another article under a label"


# "Голи: Кравчук, 23, …" over "Попередження: Гуменюк, Савчин – Бондар, Ткач" over "Глядачі: 4 200": a match's
# facts box, whose labelled lines of names stand between labelled lines of figures.
FACT_WITH_FIGURE = rx.compile(r"^\p{L}[\p{L} ]{0,24}\s?:\s.*\d")


# "Ulm: Söflinger Straße, Hauptbahnhof" over "Neu-Ulm: Augsburger Straße, Glacis-Galerie": one of the article's labelled
# lines in a run of them (a tags line stands alone).
LABELLED_ITEM = rx.compile(r"^\p{Lu}[\p{L}\- ]{0,30}:\s\S[^.!?]*$")
LABELLED_HEAD = rx.compile(r"^\p{Lu}[\p{L}\- ]{0,30}:\s\S")
# "Τρίτη 18/11: Ιόνιο, Ήπειρος …" over "Τετάρτη 19/11: Θεσσαλία, …": a day's line of a forecast or a programme.
DATED_ITEM = rx.compile(r"^\p{Lu}\p{L}{1,15}\.?,?\s\d{1,2}[./]\d{1,2}\.?(?:\s\([^()]{1,30}\))?\s?:\s\S")


def _in_fact_box(ctx: Context) -> bool:
    if DATED_ITEM.match(ctx.text) and any(n is not None and DATED_ITEM.match(n.text) for n in (ctx.at(-1), ctx.at(1))):
        return True
    if (above := ctx.at(-1)) is not None and NUMBERED_LIST_ITEM.match(above.text) and "," in above.text:
        return True  # "Remplaçants : Pujol, Kakhiani, …" under "3. Giorgi Beridze, 2. Lucas Maylin, …": the team sheet goes on
    return any(n is not None and (FACT_WITH_FIGURE.match(n.text) is not None or (
        n.prefix_key is None and LABELLED_ITEM.match(n.text) is not None)) for n in (ctx.at(-1), ctx.at(1)))


NUMBERED_LIST_ITEM = rx.compile(r"^\d{1,2}[.)]\s+\p{Lu}")


def _figures(items: list[str]) -> bool:
    """Most items carry a figure: goals by minute, results ("34' Νίκου, 78' Δήμας"), not topics.

    One measurement ("1498 cm3", "120 Hz") makes the line a specification, not topics.
    """
    if any(MEASUREMENT.match(i.strip()) for i in items):
        return True
    return sum(any(c.isdigit() for c in i) for i in items) * 2 > len(items)


# A number, a space and a short unit: "1498 cm3", "150 KM", "67 W".
MEASUREMENT = rx.compile(r"^\d[\d.,]*\s\p{L}{1,4}\d?$")


LINK_LABEL_WORD = rx.compile(
    r"(?<!\w)(?:also|more|read|see|earlier|previously|related|dazu|auch|mehr|lesen|zuvor|aussi|lire|relire|voir|"
    r"aussi|más|saber|leer|ver|anche|leggi|vedi|ainda|veja|leia|mais|eerder|ook|lees|meer|verschenen|także|więcej|"
    r"czytaj|wcześniej|ayrıca|daha|önceki|επίσης|διαβάστε|ακόμη|ранее|раніше|также|також|читайте|важно|знать|"
    r"läs|även|tidigare|dossier|関連|あわせて|前回)(?!\w)",
    regex.I,
)


def _inner_link_word(label: str) -> bool:
    """The label's link word stands inside it, as a comparative does ("Oferta mais cara analisada"), not at its edge."""
    words = label.split()
    return len(words) >= 3 and not any(LINK_LABEL_WORD.fullmatch(w) for w in (words[0], words[-1]))


def _link_label(label: str) -> bool:
    """Labels of links say "also", "more", "earlier", "read" in some language ("Dry spell:" does not)."""
    return LINK_LABEL_WORD.search(label) is not None


DETECTORS = (read_also, list_header, tags, labelled_link, doubled_link, truncated_teaser, teaser_item)
