"""Ads: labels, the teaser block a label introduces, prices, property and product teasers."""

from __future__ import annotations

import regex

from newsclean import rx
from newsclean.detectors.base import (
    Context,
    Example,
    LineText,
    Outcome,
    contains_any,
    detector,
    line_feature,
    text_mark,
)
from newsclean.detectors.tables import CELL, table_row
from newsclean.model import Quality
from newsclean.patterns import (
    BARE_CLOCK,
    EVENT_TIME,
    FIELD_LINE,
    NUMBERED_ITEM,
    PRICE_IN_WORDS,
    READER,
    find_price,
    has_quote_mark,
)
from newsclean.prose import CJK_CHAR, CJK_CHARS_PER_WORD, without_marks

# Text without accents, so "Προώθηση" meets the stem "προωθ" and "Patrocínio" meets "patroci".
_plain = without_marks


# "Advertisement advertisement area", "Anzeige – Scroll to continue": label words and little else.
AD_LABEL_MAX_WORDS = 6
AD_LABEL_TAIL = rx.compile(
    r"^[\s\p{P}]*(?:(?:advertisement|advert|ad|ads|anzeige|werbung|area|content|continue|reading|below|"
    r"scroll|to|story|article|feature|partner|sponsored|paid|post|by|from|our|partners?|\d{1,2}\+)[\s\p{P}]*)*$",
    regex.I,
)


# Russian law marks every ad with a registry token: "Реклама. ООО «…», erid: 2Vtzqv…".
ERID = rx.compile(r"(?<!\w)erid\s?:\s?\w{6,}")


# Labels nobody listed yet ("Partner offer", "Espacio publicitario", "Χορηγούμενη καταχώριση") are
# built from a few stems: a short line made only of ad words, at least one of them a strong one.
# A "$" marks a stem that must be the whole word ("ad", not "Ada").
STRONG_AD_STEMS = (
    "advert", "ad$", "ads$", "anzeige", "werb", "reklam", "sponsor", "patrocin", "patroci", "publicit", "pubblicit",
    "publicid", "inserz", "annonc", "anunci", "annons", "advertent", "adverteer", "promo", "partner", "partenai",
    "parceria", "ortag", "διαφημ", "χορηγ", "προωθ", "προβολ", "εμπορικ", "реклам", "спонсор", "партнер", "партнёр",
    "комерц", "коммерч", "спецпропоз", "спецпредлож", "広告", "協賛", "スポンサー", "タイアップ", "pr$", "paid",
    "bezahlt", "gesponsor", "ucretli", "tanıtım", "tanitim", "ticari", "commercial", "commerciale", "comercial",
    "kommerziell", "komercyjn", "oferecido", "sponsrad", "annonsor", "ogłosz",
)
AD_STEM = rx.compile(_plain("^(?:" + "|".join(STRONG_AD_STEMS) + ")"))
# A cheap first look: does any part of the line start like a strong ad word at all?
AD_HINT = rx.compile(_plain("(?:" + "|".join(stem.rstrip("$") for stem in STRONG_AD_STEMS) + ")"))
AD_WORD = rx.compile(_plain(

    r"^(?:advert|ad|ads|anzeige|werb|reklam|sponsor|patrocin|publicit|pubblicit|publicid|inserz|annonc|anunci|annons|"
    r"advertent|promo|partner|partenai|parceria|patroci|διαφημ|χορηγ|προωθ|реклам|спонсор|партнер|партнёр|広告|pr|paid|bezahlt|payant|"
    r"ucretli|tanıtım|tanitim|commercial|commerciale|comercial|kommerziell|komercyjn|εμπορικ|комерц|коммерч|協賛|スポンサー|"
    r"is|birligi|birliği|isbirligi|collaboration|kooperation|colaboracao|colaboração|wspolpraca|współpraca|samarbete|"
    r"співпраця|сотрудничество|συνεργασία|message|messaggio|mensaje|mensagem|mitteilung|komunikat|mesaj|μήνυμα|"
    r"повідомлення|сообщение|meddelande|επικοινωνία|communication|kommunikation|comunicazione|icerigi|içeriği|link|"
    r"från|var|vår|vart|vårt|for|för|av|na|notre|nuestro|nostro|nosso|onze|nasz|bizim|μας|наш|"
    r"med|por|by|mit|avec|con|com|met|ile|με|einschaltung|bericht|ticari|iletisim|iletişim|ortagi|ortağı|oferecido|"
    r"parceiro|annonsor|annonsör|gesponsord|bezahlte|annunci|samenwerking|in|wydania|сайту|сайта|site|continues|"
    r"after|this|dopo|apres|après|adverteerder|ogłoszenie|спецпропозиція|спецпредложение|партнера|"
    r"pag[ao]|pagad[oa]|płatn|ücretli|offer|angebot|offre|oferta|offerta|aanbieding|ofert|teklif|προσφορ|пропозиц|"
    r"предложени|erbjudande|content|inhalt|contenu|contenido|contenuto|conteúdo|inhoud|treść|içerik|περιεχόμεν|"
    r"материал|innehåll|space|espacio|spazio|espaço|χώρος|area|bereich|zone|zona|strefa|alan|listing|καταχώρισ|"
    r"serwisu|des|del|de|do|da|der|the|our|unser|nos|du|di|van|od|του|της|от|від|och|i|e|y|et|und|and|from|von|"
    r"espace|ruimte|przestrzeń|block|bloc|blok|блок|bloque|blocco|bloco|"
    r"continue|lendo|leyendo|reading|lecture|weiterlesen|abaixo|below|unten|debajo|sotto|ci-dessous)"
))
AD_STEM_MAX_WORDS = 5
# "Partnership talks" is a sub-heading: partner words label an ad only among other ad words.
PARTNER_WORDS = ("partner", "partenai", "parceria", "партнер", "партнёр")




# (a fixed-width look-behind, not "\w{3,}…$", so a long run of letters is not rescanned from every start)
COMPOUND_AD = rx.compile(r"(?<=\w{3})(?:annons|anzeige|werbung|reklame|annonce|advertorial|angebot)$")



def _stem_label(ctx: Context) -> bool:
    if ctx.words > AD_STEM_MAX_WORDS or ctx.sentence or ctx.text.rstrip().endswith(("?", ";")):
        return False
    if CJK_CHAR.search(ctx.text):  # no spaces between words: the whole line must be the label ("■スポンサー離れ" is a heading)
        return CJK_AD_LABEL.fullmatch(CJK_LABEL_MARKS.sub("", ctx.lower)) is not None
    if ctx.words == 1 and COMPOUND_AD.search(_plain(ctx.lower).strip(" .:")):
        return True  # "Bostadsannons", "Verlagsangebot"
    if AD_HINT.search(_plain(ctx.lower)) is None:
        return False
    words = [w for w in regex.split(r"[\s\p{P}\p{S}]+", _plain(ctx.lower)) if w]
    if len(words) == 1 and COMPOUND_AD.search(words[0]):
        return True  # "Bostadsannons", "Immobilienanzeige"
    if not words or not any(AD_STEM.match(w) for w in words):
        return False
    # "Publicidade automóvel", "Publicidad · Hipotecas": a strong stem first, then a category
    if all(AD_WORD.match(w) for w in words):
        return True
    first = words[0]
    return len(words) <= 2 and AD_STEM.match(first) is not None and not first.startswith(PARTNER_WORDS)


CJK_AD_LABEL = rx.compile(r"(?:広告枠?|pr|スポンサー(?:リンク)?|協賛|特別協賛|タイアップ|プロモーション|提供|広告企画|sponsored)+")
CJK_LABEL_MARKS = rx.compile(r"[\s■□◆◇●○【】［］\[\]()（）<>＜＞・/／:：]")


BUTTON_MAX_WORDS = 4
# Imperatives that open a button in the languages we ship ("Book a survey", "Calcular", "Kup bilet").
BUTTON_VERB = rx.compile(
    r"^(?:book|buy|get|shop|order|see|view|discover|try|learn|find|compare|calculate|request|apply|subscribe|call|"
    r"contact|download|register|sign|start|claim|reserve|explore|check|save|grab|jetzt|bestell|kauf|sicher|entdeck|"
    r"buch|vergleich|berechn|anfrag|teste|hol|lade|sieh|achet|réserv|découvr|command|voir|profit|demand|calcul|"
    r"compar|essay|obten|télécharg|inscri|abonn|compr|reserv|descubr|pid|ver|solicit|consult|prueb|obtén|descarg|"
    r"suscr|contrat|llam|llám|contáct|infórm|acquist|prenot|scopr|ordin|vedi|calcol|confront|richied|prova|scaric|iscriv|abbon|chiam|ped|"
    r"simul|experim|baix|assin|marc|avali|saiba|bestel|koop|reserveer|ontdek|bekijk|bereken|vergelijk|vraag|"
    r"probeer|meld|neem|plan|boek|kup|zamów|rezerw|odkryj|zobacz|sprawdź|oblicz|porównaj|zapytaj|wypróbuj|pobierz|"
    r"zapisz|umów|zarezerwuj|satın|sipariş|rezervasyon|keşfet|incele|gör|hesapla|karşılaştır|teklif|dene|indir|"
    r"abone|hemen|αγοράστε|κλείστε|ανακαλύψτε|παραγγείλτε|δείτε|υπολογίστε|συγκρίνετε|ζητήστε|δοκιμάστε|κατεβάστε|"
    r"εγγραφείτε|μάθετε|купи|замов|заброн|відкрий|дивись|переглянь|розрахуй|порівняй|спробуй|завантаж|підпиш|оформ|"
    r"дізнай|закаж|открой|смотр|посмотр|рассчит|сравн|попроб|скача|подпиш|узна|köp|beställ|boka|upptäck|se|beräkna|"
    r"jämför|ansök|prova|ladda|prenumerera|provkör|encomend|выбра|выбер|остав|откры|запис|aanvra|załóż|poznaj|quero|"
    r"räkna|zamow|zadzwoń|llama|chiama|ruf|appel|découvr|je découvr|i want|ich will|kaydol|kayıt|activ|maak|złóż|"
    r"aderir|adira|adhiér|adhier|yakala|отрима|дізнат|zum|zur|κράτηση|reserva|boka|さがす|探す|ausprobier|abrir|abre|обра|обер|розрах|"
    r"dealer|send|senden|envoy|envi|invia|stuur|wyślij|gönder|στείλ|надісл|надішл|отправ|skicka|подат|подай|подать|"
    r"vien|venite|peç|visit|besuch|passez|ven|vinde|kom|click|klik|kliknij|tıkla|mitmach|anhör|solliciteer|donat|"
    r"задонат|bewaar|зберег|añad|aggiung|ajout|hinzufüg)"
)
# The longest stem a word opens with ("vergelijk", not "ver"): its ending is then what is left. The stems are plain
# words, so trying the longer ones first finds the longest (what POSIX matching would, at a fraction of its cost).
BUTTON_STEMS = BUTTON_VERB.pattern.removeprefix("^(?:").removesuffix(")").split("|")
BUTTON_VERB_LONGEST = rx.compile("^(?:" + "|".join(sorted(set(BUTTON_STEMS), key=len, reverse=True)) + ")")
CJK_BUTTON_MAX_CHARS = 12
CJK_BUTTON = rx.compile(r"(?:はこちら|する|見る|みる|購入|予約|申し込む|試す|ページへ|ストアへ|さがす|探す|ダウンロード|チェック)$")


# A verb's stem takes a short ending ("bestell-en", "inscri-vez"); "Verzoeknummer" only starts like "ver".
VERB_ENDING_MAX = 5
WORD_PARTS = rx.compile(r"[-'’]")


# "… Más de 300 unidades en stock. ¡Llámanos!": an offer whose last sentence is its button.
LAST_SENTENCE = rx.compile(r"[.!?]\s+[¡¿]?(?P<call>[^.!?]{2,30})[.!]?$")  # "… is free. Start watching"
CALL_MAX_WORDS = 5  # "… Simule já a sua prestação"
QUESTION_MAX_WORDS = 25


def _ends_in_call(text: str) -> bool:
    m = LAST_SENTENCE.search(text)
    if m is None:
        return False
    words = m["call"].casefold().split()
    return 0 < len(words) <= CALL_MAX_WORDS and _verb(words[0])


def _phrase_verb(lower: str) -> bool:
    """A verb of two words: "i want …", "je découvre"."""
    m = BUTTON_VERB.match(lower)
    return m is not None and " " in m.group()


def _verb(word: str) -> bool:
    head = WORD_PARTS.split(word, maxsplit=1)[0]
    m = BUTTON_VERB_LONGEST.match(head)
    return m is not None and len(head) - m.end() <= VERB_ENDING_MAX


def opens_with_imperative(ctx: Context) -> bool:
    """The line's first word, or the first after its colon, is a button's verb ("View full notice on Funeral Notices",
    "Sign the book", "Vinos del Alto Turia: descubre la nueva añada")."""
    first = ctx.lower.split(None, 1)
    if bool(first) and _verb(first[0]):
        return True
    _, colon, rest = ctx.lower.partition(": ")  # "Vinos del Alto Turia: descubre la nueva añada …"
    after = rest.split(None, 1)
    return bool(colon) and bool(after) and _verb(after[0])


def _urging_sentence(lower: str) -> bool:
    """A sentence after the first opens with a button's verb: "… RRSO 11,9%. Sprawdź ofertę w oddziale …"."""
    return any(_verb(part.split(None, 1)[0]) for part in SENTENCE_SPLIT.split(lower)[1:] if part.strip())


SENTENCE_SPLIT = rx.compile(r"(?<=[.!?])\s+")


def looks_like_button(ctx: Context) -> bool:
    """A short imperative label: "Book a survey", "Calcular", "口座開設はこちら" (not "Why it matters")."""
    if ctx.sentence:
        return False
    if ctx.words > BUTTON_MAX_WORDS:  # Japanese counts two characters a word: "オンラインストアへ" is five
        return len(ctx.text) <= CJK_BUTTON_MAX_CHARS and CJK_BUTTON.search(ctx.text) is not None
    words = ctx.lower.split()
    if not words:
        return False
    second = " ".join(words[1:])
    return (
        _verb(words[0])
        or _phrase_verb(ctx.lower)
        or (len(words) <= 3 and _verb(words[-1]) and (words[0] not in ctx.view.lexicon.stopwords
                                                      or words[0] in BUTTON_ADVERBS))  # "Offerte aanvragen", not "Lo que pedimos"
        or (words[:1] in (["je"], ["i"], ["ich"], ["yo"], ["io"], ["eu"], ["ik"], ["ja"]) and BUTTON_VERB.match(second) is not None)
        or CJK_BUTTON.search(ctx.text) is not None
    )


def _ends_in_button(ctx: Context) -> bool:
    """An offer line that carries its own button ("… – 15% off – Buy now")."""
    tail = TEASER_TAIL.search(ctx.text)
    return tail is not None and ctx.view.lexicon.line_key(tail.group(1).casefold()) == "call_to_action"


def _button_after_offer(ctx: Context) -> bool:
    """A short label right under a line with a price: the teaser's button ("Bekijk in de webshop")."""
    above = ctx.at(-1)
    return (
        ctx.words <= BUTTON_MAX_WORDS
        and not ctx.sentence
        and "digit" not in ctx.features
        and above is not None
        and ("digit" in above.features and find_price(above.text) is not None)
    )


def is_ad_label(ctx: Context) -> bool:
    """True for a block that labels an ad ("Advertisement", "Anzeige", "広告", "Partner offer")."""
    if ctx.line_key == "advertisement" or ERID.search(ctx.lower) or _stem_label(ctx):
        return True
    if ctx.words <= 8 and not ctx.sentence and SPONSORED_BY.match(ctx.lower):
        return True
    if ctx.prefix is None or ctx.prefix[0] != "advertisement":
        return False
    if ctx.words > AD_LABEL_MAX_WORDS or ctx.sentence:
        return False
    return AD_LABEL_TAIL.match(ctx.lower[ctx.prefix[1]:]) is not None


@detector(
    "AD01", "ads.label", triggers=("line:advertisement", "prefix:advertisement", "colon", "short", "paren"),
    flags=(Example("Pubblicità Banca di Credito della Valdorsa: mutuo prima casa a tasso fisso, scopri l’offerta",
                   language="it"),
           "Advertisement", "Anzeige", "Advertisement advertisement area", "Publicité", "広告", "Реклама 16+",
           "Реклама. ООО «Кухонный мир», erid: 2VtzqvXbY1", "Partner offer", "Espacio publicitario",
           "PUBLICIDADE • CONTINUE LENDO ABAIXO", "Χορηγούμενη καταχώριση", "広告・PR", "Publicidade automóvel",
           "Paid partnership", "From our advertisers", "Partnerangebot", "Espace partenaire", "Προώθηση",
           "Εμπορική επικοινωνία", "Messaggio pubblicitario", "［協賛］", "Annons från vår partner", "Bostadsannons",
           "Ücretli iş birliği", "Tanıtım içeriği", "Комерційний блок", "Bezahlte Einschaltung", "Gesponsord bericht",
           "Oferecido por parceiro", "I samarbete med annonsör", "Ticari iletişim", "İş ortağı içeriği", "Verlagsangebot",
           "ADVERTISEMENT · CONTINUES AFTER THIS", "In samenwerking met onze adverteerder", "Ogłoszenie", "＜タイアップ＞",
           "Реклама партнера сайту", "Спецпропозиція", Example("■スポンサー", language="ja"),
           Example("PR：信州りんごの詰め合わせ、産地直送で今なら送料無料", language="ja"),
           Example("【PR】冬用タイヤが今だけ2割引き、取り付け工賃込み", language="ja"),
           Example("［PR］冬のボーナスで始める資産運用、まずは無料の個別相談から受け付け中です", language="ja"),
           Example("Anzeige | Festgeld bei der Hansebank: 3,5 % Zinsen für zwölf Monate", language="de")),
    keeps=("Advertisement spending rose 4% last year, the industry group said.",
           "Advertisement is an art, says the director of the new exhibition.", "Publicité mensongère ?",
           "Reklama na zabytkowych kamienicach będzie całkowicie zakazana.", "Partnership talks",
           "PR: the agency hired three new staff to handle the campaign", "Advertisement: what the new rules allow?",
           Example("■スポンサー離れ", language="ja"),
           Example("Publicidad: el ayuntamiento retirará los carteles.", language="es"),
           Example("Werbung – Sollten Städte Plakate an Bushaltestellen verbieten? Ein Pro und Contra", language="de")),
)
def label(ctx: Context) -> Outcome:
    """An ad label line."""
    if text_mark("ads.label", is_ad_label, ctx):
        return "ad label"
    return "ad with its label on the same line" if _labelled_in_line(ctx) else None


# "Anzeige: Festgeld bei der Hansebank …", "PR：信州りんごの詰め合わせ…", "【PR】…": the label opens the ad's own line.
# Only the words that name nothing but an ad ("Communiqué :", "Promotion:" head articles too).
LABEL_OPENS_AD = rx.compile(
    r"^[\s(\[【［〔]*(?:advertisement|advert|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|"
    r"reclame|reklama|reklam|διαφήμιση|реклама|sponsored|gesponsert|sponsorisé|patrocinado|sponsorizzato|gesponsord|"
    r"sponsorowane|sponsorlu|χορηγούμενο|広告|(?P<pr>pr))\s*(?:[:：|\])】］〕·]|(?=\s\p{Han}|\s?[\p{Hiragana}\p{Katakana}]))"
)
INLINE_AD_MAX_WORDS = 40
# The label run together with the ad's text, no mark between (the page set them in two spans): only with the ad's
# call at the end of the line does it read as one.
LABEL_GLUED_TO_AD = rx.compile(
    r"^(?i:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reclame|reklama|reklam|"
    r"διαφήμιση|реклама)\s(?=\p{Lu})"
)
GLUED_AD_MIN_WORDS = 5
CLAUSE_BREAK = rx.compile(r"[.,:;!–—]\s")


def _labelled_in_line(ctx: Context) -> bool:
    if ctx.words > INLINE_AD_MAX_WORDS or ctx.text.rstrip().endswith(("?", "？")):
        return False
    m = LABEL_OPENS_AD.match(ctx.lower)
    if m is None:
        glued = LABEL_GLUED_TO_AD.match(ctx.text)  # "Pubblicità Banca di Credito …: mutuo …, scopri l’offerta"
        if glued is None or ctx.words < GLUED_AD_MIN_WORDS:
            return False
        clause = CLAUSE_BREAK.split(ctx.text[glued.end():])[-1].casefold().split()  # (its last clause: ", scopri l’offerta")
        return 0 < len(clause) <= CALL_MAX_WORDS and _verb(clause[0])
    rest = ctx.text[m.end():].strip(" 　-–—:：")
    if CJK_CHAR.search(rest):
        return len(rest) >= INLINE_AD_MIN_CJK_CHARS
    if m["pr"] is not None:
        return False  # "PR: the agency hired …" is English prose about public relations
    # an offer: a figure, an exclamation, a button's verb ("Publicidad: el ayuntamiento retirará los carteles." is news)
    return len(rest.split()) >= 2 and (any(c.isdigit() for c in rest) or "!" in rest or _ends_in_call(rest)
                                       or any(button_verb(w) for w in rest.casefold().split()[:1]))


INLINE_AD_MIN_CJK_CHARS = 6


# "21:15 – Hylton Road residents told to move cars": a live entry's time stamp and its heading.
LIVE_ENTRY_HEAD = rx.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d\s?[-–—|]\s\S")
# How far below its label an ad teaser reaches, in blocks.
TEASER_WINDOW = 6
LABELLED_TEASER_MAX_WORDS = 12
# The line right under a label is the ad itself unless it is article-length prose.
FIRST_LINE_MAX_WORDS = 25


FOOTNOTE_MAX_WORDS = 30
STARRED_PRICE = rx.compile(r"\d\s?(?:€|\$|£|zł|TL|euros?|eur)?\s?\*|[€$£]\s?\d[\d.,]*\*")


def _starred_price_above(ctx: Context) -> bool:
    above = ctx.at(-1)
    if above is not None and "*" not in above.text and button_like(above):
        above = ctx.at(-2)  # (the ad's button between: "… ab 289 € mtl. leasen*" / "Jetzt Angebot sichern" / "*Ein …")
    if above is None or "*" not in above.text:
        return False
    if STARRED_PRICE.search(above.text) is not None:
        return True
    price = find_price(above.text)  # "… jetzt ab 249 € mtl. leasen*": the star a few words after the price
    return price is not None and 0 <= above.text.find("*", price.end()) - price.end() <= STAR_AFTER_PRICE_CHARS


STAR_AFTER_PRICE_CHARS = 20


def _under_offer_button(ctx: Context) -> bool:
    """Right under an offer's button, the offer with its price or rate above it ("… dès 1 000 € … 5,5 % par an." /
    "Découvrir" / "*Les performances passées …"): the star marks the offer's small print."""
    above = ctx.at(-1)
    offer = ctx.at(-2)
    return (above is not None and offer is not None and button_like(above)
            and (find_price(offer.text) is not None or "percent" in offer.features))


@detector(
    "AD02", "ads.labelled_teaser",
    flags=(Example("Advertisement\nVilla\nNeo Chorio Paphos\nView Property", "Neo Chorio Paphos"),
           Example("Anzeige\nWärmepumpe statt Gasheizung: Energiehaus Vogtland – kostenlose Beratung vor Ort.\nDie Stadt plant neue "
                   "Leitungen in drei Stadtteilen, wie der Bürgermeister am Montag im Rathaus erklärte.",
                   "Wärmepumpe statt Gasheizung: Energiehaus Vogtland – kostenlose Beratung vor Ort.", language="de"),
           Example("PR\n【週末限定】防水スピーカー「UMI-2」通常価格9,800円→税込7,480円　今すぐチェック\n■収録曲", "【週末限定】防水スピーカー"
                   "「UMI-2」通常価格9,800円→税込7,480円　今すぐチェック", language="ja"),
           Example("Anzeige\nDer neue Kombi bei Autohaus Berger – jetzt ab 199 € mtl. leasen*\nJetzt Angebot sichern\n"
                   "*Ein Angebot der Autobank GmbH. Bonität vorausgesetzt.", "*Ein Angebot der Autobank GmbH. Bonität vorausgesetzt.",
                   language="de"),
           Example("Anzeige\nDer neue Kombi bei Autohaus Berger – jetzt ab 199 € mtl. leasen*. Jetzt Angebot sichern\n"
                   "*Ein Angebot der Autobank GmbH. Verbrauch kombiniert 5,4 l/100 km.",
                   "*Ein Angebot der Autobank GmbH. Verbrauch kombiniert 5,4 l/100 km.", language="de"),
           Example("Die Saison soll im Mai wieder normal beginnen.\n- Anzeige -\nVolksbank Rheintal – Ihr Weg ins Eigenheim. "
                   "Baufinanzierung ab 2,95 % eff. p.a.\nSchlagwörter", "Volksbank Rheintal – Ihr Weg ins Eigenheim. "
                   "Baufinanzierung ab 2,95 % eff. p.a.", language="de"),
           Example("Το εισιτήριο θα κοστίζει 14 ευρώ για τους επισκέπτες.\nΔιαφήμιση\nΞενοδοχείο Θαλασσινό Κύμα – Κλείστε τώρα "
                   "τις διακοπές σας στην Ακρολίμνη με δωρεάν πρωινό!\nΤι αλλάζει για τους κατοίκους",
                   "Ξενοδοχείο Θαλασσινό Κύμα – Κλείστε τώρα τις διακοπές σας στην Ακρολίμνη με δωρεάν πρωινό!", language="el"),
           Example("Przerwy w dostawie wody mają trwać maksymalnie osiem godzin.\nREKLAMA\nKredyt gotówkowy w Banku "
                   "Spółdzielczym – RRSO 11,9%. Sprawdź ofertę w oddziale przy ul. Rynek 4.\nIle zapłacimy za wodę",
                   "Kredyt gotówkowy w Banku Spółdzielczym – RRSO 11,9%. Sprawdź ofertę w oddziale przy ul. Rynek 4.",
                   language="pl"),
           Example("Publicité\nCrédit Agricole du Causse : votre prêt jeune agriculteur à taux bonifié. Simulez en ligne.\n"
                   "La suite après cette publicité", "Crédit Agricole du Causse : votre prêt jeune agriculteur à taux bonifié. "
                   "Simulez en ligne.", language="fr"),
           Example("La hausse sera votée en juin.\nPublicité\nPrivas – Maison 5 pièces avec jardin – 248 000 €\n"
                   "Immobilier : trouvez votre bien avec Vivarais Immo\nCe que paieront les ménages",
                   "Immobilier : trouvez votre bien avec Vivarais Immo", language="fr"),
           Example("Die Tarife steigen im Juli.\nAnzeige\nMutuelle Plus: bis zu 30 % sparen bei Ihrer Versicherung. Jetzt in "
                   "2 Minuten ein Angebot erhalten.\nJetzt vergleichen", "Jetzt vergleichen", language="de"),
           Example("De rechter sprak van een signaal aan elke organisatie met gevoelige gegevens.\nAdvertentie\n"
                   "Surf veilig met KeyShield VPN – nu 3 maanden gratis\nBescherm je gegevens op elk netwerk. Probeer KeyShield "
                   "30 dagen zonder risico »", "Bescherm je gegevens op elk netwerk. Probeer KeyShield 30 dagen zonder risico »",
                   language="nl"),
           Example("Yıllık enflasyon yüzde 39 seviyesinde ve reel getiri bu yüzden sınırlı kalıyor.\nSponsorlu\n"
                   "Altın Köprü ile ABD hisselerinde ilk 3 ay sıfır komisyon. Hesabınızı 5 dakikada açın.\nHemen Hesap Aç",
                   "Altın Köprü ile ABD hisselerinde ilk 3 ay sıfır komisyon. Hesabınızı 5 dakikada açın.", language="tr"),
           Example("Gdy gorączka utrzymuje się dłużej niż trzy dni, trzeba iść do lekarza, mówi ekspert.\nREKLAMA\n"
                   "Apteka Pod Lipą: szczepionka przeciw grypie bez kolejki. Umów się online, zapłać przy ladzie.\n"
                   "Zobacz ceny i punkty szczepień ›", "Apteka Pod Lipą: szczepionka przeciw grypie bez kolejki. Umów się "
                   "online, zapłać przy ladzie.", language="pl"),
           Example("Die Gewerkschaft fordert mehr Geld für die Beschäftigten der Klinik im Landkreis.\nANZEIGE\n"
                   "Frühlingsfest im Autohaus Brandt – Probefahrt sichern und Gewinnchance nutzen\n"
                   "„Wir stehen hier nicht gegen die Patienten“, sagte die Sprecherin der Gewerkschaft vor dem Tor.",
                   "Frühlingsfest im Autohaus Brandt – Probefahrt sichern und Gewinnchance nutzen", language="de"),
           Example("ADVERTISEMENT\nFind your next home\nSearch homes for sale and to rent in Ashby and the villages around it\n"
                   "Enter a postcode, town or area\nSearch", "Search homes for sale and to rent in Ashby and the villages around it"),
           Example("Publicité\nNouvelle Orbéa Sport : jusqu'à 380 km d'autonomie. Venez l'essayer chez votre concessionnaire.\n"
                   "Offre soumise à conditions. Voir mentions légales.",
                   "Nouvelle Orbéa Sport : jusqu'à 380 km d'autonomie. Venez l'essayer chez votre concessionnaire.", language="fr"),
           Example("ADVERTISEMENT\nLIVE WEBINAR · March 13, 11:00 ET\nZero trust for API gateways: what last year's breaches "
                   "taught us\nSave my seat", "Save my seat"),
           Example("Publicidade\nVai viajar na Páscoa? Proteja-se de atrasos e cancelamentos.\n"
                   "Seguro Viagem Atlântico — a partir de 1,90 € por dia. Bagagem, assistência médica e anulação incluídas.\n"
                   "Simule já o seu seguro", "Simule já o seu seguro", language="pt"),
           Example("PUBLICITÉ\nDécouvrez notre sélection de liseuses à prix doux\nLe roman n'est pas sans défauts : la partie "
                   "centrale, consacrée à l'enfance de la mère, traîne un peu et aurait gagné à être resserrée.",
                   "Découvrez notre sélection de liseuses à prix doux", language="fr"),
           Example("Anzeige\nSofortkredit bis 50.000 € – Zusage in 10 Minuten. Jetzt Wunschrate berechnen bei der NordKredit Bank.",
                   "Sofortkredit bis 50.000 € – Zusage in 10 Minuten. Jetzt Wunschrate berechnen bei der NordKredit Bank.",
                   language="de"),
           Example("Publicité\nInvestissez dans la pierre dès 1 000 € avec la SCPI Horizon. Rendement cible de 5,5 % par an.\n"
                   "Découvrir\n*Les performances passées ne préjugent pas des performances futures.",
                   "*Les performances passées ne préjugent pas des performances futures.", language="fr"),
           Example("PUBLICIDAD\nNuevo SUV híbrido Arvento desde 23.990 €*. Etiqueta ECO. Pide tu prueba.\n"
                   "*PVP recomendado en península. Consulta condiciones.",
                   "*PVP recomendado en península. Consulta condiciones.", language="es"),
           Example("Anzeige\nFestgeld bei der Hansebank\nZins: 3,5 % p.a.\nLaufzeit: 12 Monate\nMindestanlage: 5.000 €",
                   "Festgeld bei der Hansebank", language="de"),
           Example("Anzeige\nHörgeräte der neuesten Generation jetzt 30 Tage kostenlos testen – unverbindlich beim Akustiker "
                   "in Ihrer Nähe.\nJetzt Termin sichern\nIm Jahr 1989 erhielt er den Ehrenpreis des Liedersommers.",
                   "Jetzt Termin sichern", language="de"),
           Example("PUBLICIDADE\nOnix 2025 com taxa zero e primeira parcela só em julho. Condições especiais na Araguari "
                   "Veículos, só até o fim do mês.\nSimule agora", "Onix 2025 com taxa zero e primeira parcela só em julho. "
                   "Condições especiais na Araguari Veículos, só até o fim do mês.", language="pt"),
           Example("Anzeige\nIhr Depot. Ihre Regeln. Jetzt ETF-Sparplan eröffnen.\nMehr erfahren",
                   "Ihr Depot. Ihre Regeln. Jetzt ETF-Sparplan eröffnen.", language="de"),
           Example("Advertisement\nWatch every cup tie live on RiverTV+ – your first month is free. Start watching\n"
                   "16.47 The home side make a double change, with two forwards coming on for the last half hour of play.",
                   "Watch every cup tie live on RiverTV+ – your first month is free. Start watching"),
           Example("［広告］\n冬用サイクルジャケットが今だけ30％オフ\nオンラインストアへ", "オンラインストアへ", language="ja"),
           Example("Реклама\nКредит для бізнесу під 5% річних. Оформіть онлайн\nПодати заявку", "Подати заявку",
                   language="uk"),
           Example("Advertisement\nYour business in the shop window? Advertising on Radio Maas is possible from € 4 per spot.",
                   "Your business in the shop window? Advertising on Radio Maas is possible from € 4 per spot."),
           Example("Publicidad\nCosechadoras revisadas con garantía. Entrega en toda la comarca. ¡Llámanos!", language="es"),
           Example("Advertisement\nLeeds Road, LS6: three-bed semi, £245,000 - view details\n"
                   "Nearly new estate cars from £189 a month at Riverside Autos", "Nearly new estate cars from £189 a month at Riverside Autos")),
    keeps=(Example("REKLAMA\nKredyt hipoteczny od 6,89% RRSO. Sprawdź ofertę Banku Horyzont ›\n"
                   "Wydatki na reklamę według mediów (mln zł)\nMedium | 2023 | 2024 | Zmiana\nInternet | 6 612 | 7 491 | +13,3%\n"
                   "Telewizja | 5 100 | 5 300 | +3,9%", "Wydatki na reklamę według mediów (mln zł)", language="pl"),
           Example("The hearing ran late into the evening.\nAdvertisement\nMost significantly, the committee is now working against "
                   "the clock.\nAdvertisement\nEach day closer to the election is one day less for the inquiry.",
                   "Most significantly, the committee is now working against the clock."),
           Example("Il bilancio prevede investimenti per 4,2 milioni di euro nel triennio, soprattutto nelle scuole.\nPubblicità\n"
                   "I voti in aula\nVotazione | Favorevoli | Contrari | Astenuti\nBilancio di previsione 2025 | 17 | 9 | 2",
                   "Bilancio di previsione 2025 | 17 | 9 | 2", language="it"),
           Example("Il bilancio prevede investimenti per 4,2 milioni di euro nel triennio, soprattutto nelle scuole.\nPubblicità\n"
                   "I voti in aula\nVotazione | Favorevoli | Contrari | Astenuti\nBilancio di previsione 2025 | 17 | 9 | 2",
                   "I voti in aula", language="it"),
           Example("ADVERTISEMENT\nFind your next home\nEnter a postcode, town or area\nSearch\nPowered by HomeFinder UK\n"
                   "The conditions\nThe approval comes with a list of conditions, including:", "The conditions"),
           Example("Publicité\n« Je ne parle pas de moi »\nVous écrivez depuis quand ?\nDepuis toujours, mais en cachette. Ma femme "
                   "l'a su après vingt ans de mariage, en rangeant le grenier un dimanche.", "« Je ne parle pas de moi »",
                   language="fr"),
           Example("Advertisement\nThe market for villas in Paphos grew strongly last year, agents said, "
                   "and buyers from abroad now pay more than locals for the same house.\nPrices", "Prices"),
           Example("Advertisement\nTelescope for beginners – € 129\nSee it in the shop\nThree questions for Tessa Oud\n"
                   "How do you know it is water?", "Three questions for Tessa Oud"),
           Example("Advertisement\nLeeds Road, LS6: three-bed semi, £245,000 - view details\n"
                   "Rents in the city rose to £950 a month on average last year, the council said.",
                   "Rents in the city rose to £950 a month on average last year, the council said."),
           Example("Advertisement\n21:15 – Residents told to move cars\nPolice officers have been knocking on doors "
                   "in the streets nearest the river since early evening.", "21:15 – Residents told to move cars"),
           Example("Grandma's plum cake\nMy grandmother baked this cake every Sunday, and the kitchen smelled of it all "
                   "afternoon.\nAdvertisement\nGrandma's plum cake\n4.8 (126 ratings)\nIngredients\n3 eggs\n200 g flour",
                   "3 eggs"),
           Example("Advertisement\nVilla\nView property\nWhat the council decided\n"
                   "The council approved the plans on Monday after a debate that lasted four hours.",
                   "What the council decided"),
           Example("Advertisement\nBaking tin, 40 x 30 cm\nShop now\nMethod", "Method"),
           Example("Pubblicità\nProcedimento\n1. Tritate finemente le verdure e fatele appassire in una casseruola.",
                   "Procedimento", language="it"),
           Example("Publicidad\nLíneas afectadas\nC1 Valencia Nord – Gandia: 28 de 52 trenes\nC2 Valencia Nord – Moixent: 14 de 30 trenes\n"
                   "C3 Valencia Sant Isidre – Utiel: 8 de 18 trenes", "Líneas afectadas", language="es"),
           Example("ΔΙΑΦΗΜΙΣΗ\nΜεταχειρισμένο Toyota Yaris 2021, 16.900 € – Δείτε την αγγελία\nΤα γκολ\n23' Αρβανίτης 0-1\n"
                   "61' Τζήκας (πέν.) 1-1", "Τα γκολ", language="el"),
           Example("Publicité\nInfos pratiques\nHoraires : du mardi au samedi de 7h à 19h30.\n"
                   "Adresse : 102, boulevard de la Croix-Rousse.\nAccès : métro C, station Croix-Rousse.",
                   "Infos pratiques", language="fr"),
           Example("Pubblicità\nI tempi della riapertura\nSecondo una prima stima servirà almeno una settimana per "
                   "mettere in sicurezza il versante e riaprire una corsia a senso unico alternato.",
                   "I tempi della riapertura", language="it"),
           Example("ADVERTISEMENT\nAdvertising companies warned the rule could cost the city $2 million a year in lease payments.",
                   "Advertising companies warned the rule could cost the city $2 million a year in lease payments."),
           Example("Реклама\nРемонт квартир под ключ от 9 000 ₽\nООО «Мастер Дом», erid: 2VtzqwXk9aB\nЧто увидят посетители",
                   "Что увидят посетители", language="ru"),
           Example("2. Less screen time\nSwitch your phone off an hour before bed.\n3. A cool room\nAbout 18 degrees is ideal."
                   "\nAdvertisement\n4. Coffee only until lunch\nOne cup can keep you awake for eight hours.",
                   "4. Coffee only until lunch"),
           Example("Pubblicità\n«Sapevo che l'arrivo tirava e ho aspettato gli ultimi 150 metri», ha detto Bellandi. "
                   "«Oggi la squadra ha lavorato in modo perfetto.»\nOrdine d'arrivo",
                   "«Sapevo che l'arrivo tirava e ho aspettato gli ultimi 150 metri», ha detto Bellandi. "
                   "«Oggi la squadra ha lavorato in modo perfetto.»", language="it"),
           Example("Pubblicità\n«Sapevo che l'arrivo tirava e ho aspettato gli ultimi 150 metri», ha detto Bellandi. "
                   "«Oggi la squadra ha lavorato in modo perfetto.»\nOrdine d'arrivo\n1. Luca Bellandi (Team Vortex)",
                   "Ordine d'arrivo", language="it"),
           Example("Реклама\nДе жити\nЦіни на проживання цього сезону:\nсадиба — від 1200 грн за ніч;\n"
                   "котедж — від 4000 грн.", "Де жити", language="uk"),
           Example("広告\n利用者の内訳\n・東京方面：約61万人\n・関西方面：約37万人", "利用者の内訳", language="ja"),
           Example("広告\n利用者の内訳\n・東京方面：約61万人\n・関西方面：約37万人", "・東京方面：約61万人", language="ja"),
           Example("Advertisement\n16:30\n\"Today you cannot win the race, but you can lose it,\" the team's director said.",
                   "16:30"),
           Example("Advertentie\nZonnepanelen laten plaatsen? Vraag een offerte aan\nLees ook\n"
                   "Brand in schuur Beesd: dieren gered\nDe nieuwe tarieven op een rij\n- Centrum: 3 euro per uur",
                   "De nieuwe tarieven op een rij", language="nl")),
)
def labelled_teaser(ctx: Context, *, window: int = TEASER_WINDOW) -> Outcome:
    """A short line in the teaser block right below an ad label, and the footnote its starred price points to."""
    label_at = ctx.view.nearest_above("ads.label", is_ad_label, ctx.index, window)
    if label_at is None:
        return None
    if ctx.text[:1] == "*" and ctx.words <= FOOTNOTE_MAX_WORDS and (_starred_price_above(ctx) or _under_offer_button(ctx)):
        return "footnote of the ad's starred price"  # "*PVP recomendado en península. Consulta condiciones."
    label = ctx.view.page.blocks[label_at]
    if _closes_ad(ctx, label_at, window) or _continues_numbered_list(ctx, label_at):
        return None
    if " | " in ctx.text and table_row(ctx):
        return None  # "Votazione | Favorevoli | Contrari | Astenuti": the article's table, under an empty ad slot
    if (opener := ctx.at(label_at - ctx.index)) is not None and opener.lower.startswith(CLOSING_CREDITS):
        return None  # "Powered by HomeFinder UK" signs the widget above it: the article resumes under it
    first = ctx.at(label_at + 1 - ctx.index)
    if first is not None and first.index < ctx.index and first.words <= FIRST_LINE_MAX_WORDS and _heading_into_article(first):
        return None  # the article resumed right under the label (an empty ad slot): its heading's lines are its own
    if (label_at == ctx.index - 1 and ctx.words <= OFFER_SENTENCE_MAX_WORDS and (button := ctx.at(1)) is not None
            and button.line_key == "call_to_action"):
        return f"the ad between its label on line {label.line} and its button"  # "PUBLICIDADE" / offer / "Simule agora"
    # (Japanese and Chinese count a word per two characters: an offer's line counts more words there)
    if label_at == ctx.index - 1 and ctx.words <= FIRST_LINE_MAX_WORDS * (CJK_CHARS_PER_WORD if CJK_CHAR.search(ctx.text) else 1):
        figures = ("percent" in ctx.features or find_price(ctx.text) is not None  # (a price or a rate: an offer's)
                   or PRICE_IN_WORDS.search(ctx.lower) is not None or _free_offer(ctx))  # ("税込12,980円")
        if ((READER.search(ctx.lower) or figures)
                and ctx.view.has_mark("ads.label", is_ad_label, ctx.index + 1)):  # (an offer to the reader: between two
            # empty ad slots the article's own sentence stays)
            return f"the ad between its label on line {label.line} and the label under it"  # "Publicité" / offer /
            # "La suite après cette publicité"
        if INFINITIVE_CALL.search(ctx.text) and not ctx.sentence:
            return f"first line of the ad labelled on line {label.line}"  # "Frühlingsfest im Autohaus – Probefahrt sichern"
        if _heading_into_article(ctx) or BARE_CLOCK.match(ctx.text.strip()) or LIVE_ENTRY_HEAD.match(ctx.text):
            return None  # a bare "16:30" or "21:15 – Residents told to move cars" under the label opens the live blog's
            # next entry
        if (not ctx.sentence or _terms_below(ctx)
                or (figures and _button_below(ctx))  # (between label and button)
                or (ctx.text.rstrip().endswith("!") and READER.search(ctx.lower) is not None)  # "… Κλείστε τώρα … σας …!"
                or (figures and _urging_sentence(ctx.lower))  # "… RRSO 11,9%. Sprawdź ofertę w oddziale …"
                or ((figures or _has_rate(ctx) or _button_below(ctx)
                     or _ends_in_call(ctx.text)) and (not _reported(ctx) or _ends_urging(ctx.text)))):
            return f"first line of the ad labelled on line {label.line}"
    if _another_offer(ctx, label_at):
        return f"another offer in the ad labelled on line {label.line}"
    below = ctx.at(1)
    if (label_at == ctx.index - 2 and not _reported(ctx) and not button_like(ctx) and (
            ((find_price(ctx.text) or is_placeholder(below)) and (button_like(below) or is_placeholder(below)))
            or (not ctx.sentence and _plain_button(below)))):
        return f"the offer over the button of the ad labelled on line {label.line}"  # "… a partir de 1,90 € por dia." / "Simule já"
    if (label_at == ctx.index - 2 and not ctx.sentence and ctx.words <= PITCH_MAX_WORDS and READER.search(ctx.lower)
            and (offer := ctx.at(-1)) is not None and find_price(offer.text) and not _reported(offer)
            and not ((below := ctx.at(1)) is not None and below.quality is Quality.PROSE and below.sentence)):
        # (over a paragraph, "Come va su strada" is the article's sub-heading)
        return f"the pitch under the offer of the ad labelled on line {label.line}"  # "Immobilier : trouvez votre bien avec …"
    if (label_at == ctx.index - 2 and "link_arrow" in ctx.features and ctx.words <= ARROW_CALL_MAX_WORDS
            and (first_line := ctx.at(-1)) is not None and not _reported(first_line)
            and not has_quote_mark(ctx.text.rstrip(" »›→"))):  # (the link's arrow is no quote mark)
        return f"the call with its link in the ad labelled on line {label.line}"  # "… Probeer KeyShield 30 dagen »"
    if (label_at == ctx.index - 3 and (offer := ctx.at(-1)) is not None and not button_like(offer) and not _reported(offer)
            and ((find_price(offer.text) and button_like(ctx)) or (not offer.sentence and _plain_button(ctx)))):
        return f"button of the ad labelled on line {label.line}"
    if ctx.words > LABELLED_TEASER_MAX_WORDS or ctx.sentence or ctx.quality is Quality.PROSE:
        return None
    offer = ctx.at(-1)
    if (label_at == ctx.index - 2 and offer and looks_like_button(ctx) and not _ends_in_button(offer)
            and (not _reported(offer) or find_price(offer.text) or "percent" in offer.features or _free_offer(offer))):
        # (under a reported sentence the article has resumed; an offer's figures say it is the ad's pitch)
        return f"button of the ad labelled on line {label.line}"  # label, offer, button (not "offer – button")
    after = ctx.at(1)
    if (after is not None and (after.quality is Quality.PROSE or after.text.endswith(("?", ":", "："))
                               or (after.sentence and (later := after.at(1)) is not None and _article_paragraph(later))
                               or (CELL in after.text and table_row(after))
                               or GOAL_LINE.match(after.text) is not None)
            and not find_price(ctx.text)):
        return None  # a heading that leads back into the article (or into its list: "Ingredientes (rende 30 unidades):",
        # or its goals: "Τα γκολ" / "23' Αρβανίτης 0-1"),
        # maybe over a short sentence first ("Maçın öyküsü" / "Ev sahibi ekip karşılaşmaya hızlı başladı." / paragraph)
    headline = ctx.view.headline
    for back in range(1, ctx.index - label_at):
        prev = ctx.at(-back)
        if prev is None or prev.quality is Quality.PROSE or prev.sentence or prev.block.gap_before > 1:
            return None
        if headline is not None and prev.index in headline.copies:
            return None  # the headline printed again (a recipe card's title) opened the article's own box
        if (prev.line_key == "call_to_action" or _button_after_offer(prev) or looks_like_button(prev)
                or _ends_in_call(prev.text.rstrip(" ›»→>"))):  # the teaser ended ("… Sprawdź ofertę Banku Horyzont ›")
            return None
        if prev.prefix_key == "read_also" or prev.line_key in NEW_BOX_KEYS:
            return None  # "Lees ook" opened another box: the ad ended above it
    return f"in the ad block labelled on line {label.line}"


# "23' Αρβανίτης 0-1", "90+2’ Kowalski": a goal by its minute, as a match report lists them.
GOAL_LINE = rx.compile(r"^\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’΄′]\s?\p{L}")


# A call set after a dash and ending in an infinitive, as German and Dutch offers print it: "– Probefahrt sichern und
# Gewinnchance nutzen", "– jetzt Termin vereinbaren", "– nu proefrit boeken".
INFINITIVE_CALL = rx.compile(
    r"\s[–—-]\s(?:\S+\s){0,6}?\p{L}*(?:sichern|nutzen|entdecken|bestellen|buchen|anfragen|vereinbaren|reservieren|"
    r"vergleichen|boeken|aanvragen|ontdekken|reserveren|bestellen)!?$",
    regex.I,
)


# "Nearly new hatchbacks from £149 a month at Westfield Motors" under "Two-bed terrace, £110,000 - view
# details": offers stacked under one label, each with its price and no sentence end.
OFFER_MAX_WORDS = 16
OFFERS_MAX = 3


def _offer_line(ctx: Context | None) -> bool:
    return (ctx is not None and not ctx.sentence and ctx.words <= OFFER_MAX_WORDS
            and "digit" in ctx.features and find_price(ctx.text) is not None)


def _another_offer(ctx: Context, label_at: int) -> bool:
    """A priced line under one or more priced lines that start right under the ad label."""
    between = ctx.index - label_at - 1
    return (1 <= between <= OFFERS_MAX and _offer_line(ctx)
            and all(_offer_line(ctx.at(-back)) for back in range(1, between + 1)))


# A widget's credit that closes it ("Powered by HomeFinder UK"): a label, but of the lines above it.
CLOSING_CREDITS = ("powered by", "bereitgestellt von", "fourni par", "proporcionado por", "fornito da", "fornecido por",
                   "mogelijk gemaakt door", "dostarczane przez")
# The header of a read-also or related list below the ad opens a box of its own.
NEW_BOX_KEYS = frozenset({"related", "most_read"})


def _closes_ad(ctx: Context, label_at: int, window: int) -> bool:
    """The label is the advertiser's registry line ("ООО «…», erid: …") under an ad labelled above it.

    That line closes the ad; what follows it is the article again.
    """
    label = ctx.at(label_at - ctx.index)
    return (
        label is not None
        and label.line_key != "advertisement"
        and ERID.search(label.lower) is not None
        and not label.lower.startswith(("реклама", "реклам"))
        and ctx.view.nearest_above("ads.label", is_ad_label, label_at, window) is not None
    )


# "Advertising companies warned the rule could cost the city $2 million a year." under an ad label is the
# article going on: a long prose sentence that ends in a full stop, as offers rarely do.
REPORTED_MIN_WORDS = 14
# A paragraph this long under a heading is the article's; an ad's blurb is shorter.
ARTICLE_PARAGRAPH_MIN_WORDS = 20


# A form's field as its placeholder reads: "Enter a postcode, town or area", "Geben Sie Ihre PLZ ein".
PLACEHOLDER = rx.compile(
    r"^(?:enter|type) (?:a|an|your|the) |^(?:geben sie|gib) .{2,40} ein$|^(?:saisissez|entrez|tapez) (?:une?|votre|le|la|l')|"
    r"^(?:introduce|escribe|ingresa) (?:una?|tu|su|el|la) |^(?:inserisci|digita) (?:una?|il|la|l'|tuo|tua) |"
    r"^(?:digite|insira|introduza) (?:uma?|o|a|seu|sua) |^voer .{2,40} in$|^(?:wpisz|wprowadź) |girin$|"
    r"^(?:введите|введіть) "
)
PLACEHOLDER_MIN_WORDS, PLACEHOLDER_MAX_WORDS = 4, 8


def is_placeholder(ctx: Context | None) -> bool:
    """A form field's placeholder alone on its line."""
    return (ctx is not None and PLACEHOLDER_MIN_WORDS <= ctx.words <= PLACEHOLDER_MAX_WORDS and not ctx.sentence
            and PLACEHOLDER.search(ctx.lower) is not None)  # ("Enter the Dragon" is a film's title)


# "Simule já o seu seguro": a button may run to a few words when it opens with its verb.
BUTTON_LIKE_MAX_WORDS = 6


def _plain_button(ctx: Context | None) -> bool:
    """A button without a figure under an offer that has no price ("Save my seat"; "Venerdì 17 ottobre" is a day)."""
    return (ctx is not None and not ctx.sentence and "digit" not in ctx.features
            and (ctx.line_key == "call_to_action" or looks_like_button(ctx)))


def button_like(ctx: Context | None, max_words: int = BUTTON_LIKE_MAX_WORDS) -> bool:
    """A button's label: the lexicon's call to action, a short imperative, or a few words opening with its verb."""
    return ctx is not None and not ctx.sentence and (
        ctx.line_key == "call_to_action" or looks_like_button(ctx)
        or (ctx.words <= max_words and opens_with_imperative(ctx)))


def _button_below(ctx: Context) -> bool:
    """The offer's button follows: "Ihr Depot. Ihre Regeln." then "Mehr erfahren"."""
    below = ctx.at(1)
    return below is not None and (below.line_key == "call_to_action" or looks_like_button(below) or (
        "link_arrow" in below.features and below.words <= ARROW_BUTTON_MAX_WORDS and not below.sentence))
    # (or a link with its arrow: "Zobacz ceny i punkty szczepień ›")


ARROW_BUTTON_MAX_WORDS = 8
OFFER_SENTENCE_MAX_WORDS = 40
PITCH_MAX_WORDS = 12
ARROW_CALL_MAX_WORDS = 25


def _terms_below(ctx: Context) -> bool:
    """The offer's small print follows: an ad's line, however much it reads like a report."""
    below = ctx.at(1)
    return below is not None and below.words <= OFFER_TERMS_MAX_WORDS and OFFER_TERMS.match(below.lower) is not None


# An offer's small print: "Offre soumise à conditions. Voir mentions légales.", "Terms apply. Subject to status.".
OFFER_TERMS = rx.compile(
    r"^\*?\s?(?:offre (?:soumise à conditions|valable)|voir conditions|sous réserve d'acceptation|(?:t&cs|terms|conditions) apply|"
    r"subject to (?:status|availability|terms)|offer (?:valid|ends|subject)|angebot gültig|es gelten (?:die )?bedingungen|"
    r"oferta (?:válida|sujeta|sujeita|ważna)|sujeto a condiciones|offerta valida|salvo approvazione|aanbieding geldig|"
    r"(?:kampanya|teklif) koşulları|предложение действительно|пропозиція діє)(?!\w)"
)
OFFER_TERMS_MAX_WORDS = 20


def _heading_into_article(ctx: Context) -> bool:
    """A sub-heading right under an ad label, followed by a long paragraph: the article resumes.

    An ad's first line sells (a price, a figure, a button below); a heading without any of that,
    over a paragraph of article length, is the article's ("I tempi della riapertura").
    """
    below = ctx.at(1)
    return (
        not ctx.sentence
        and "digit" not in ctx.features
        and not looks_like_button(ctx)
        and not opens_with_imperative(ctx)  # "Découvrez notre sélection de liseuses à prix doux" sells
        and ctx.line_key is None
        and not _ends_in_call(ctx.text)  # "… your first month is free. Start watching" sells
        and below is not None
        and (_article_paragraph(below) or _list_lead(below) or (below.sentence and _first_step(below))
             or _fact_box_below(ctx) or _bullets_below(ctx) or _question_and_answer(below)
             or (" | " in below.text and table_row(below)))  # (or over the article's table: "I voti in aula")
    )


def _question_and_answer(ctx: Context) -> bool:
    """An interview's question and a paragraph answering it: "Vous écrivez depuis quand ?" / "Depuis toujours …"."""
    if not ctx.text.rstrip().endswith(("?", "？")) or ctx.words > QUESTION_MAX_WORDS:
        return False
    answer = ctx.at(1)
    return answer is not None and _article_paragraph(answer)


# "利用者の内訳" over "・東京方面：約61万人", "・関西方面…": a heading over the article's bulleted list, without
# prices (an ad's bullets sell: "✓ ab 9,99 €").
BULLETS_BELOW = 2


def _bullets_below(ctx: Context) -> bool:
    below = [ctx.at(k) for k in range(1, BULLETS_BELOW + 1)]
    return all(b is not None and "bullet" in b.features and not find_price(b.text) for b in below)


def _article_paragraph(ctx: Context) -> bool:
    return ctx.quality is Quality.PROSE and ctx.sentence and ctx.words >= ARTICLE_PARAGRAPH_MIN_WORDS


# "Ціни на проживання цього сезону:" over its items: a lead sentence that introduces the article's list.
LIST_LEAD_MIN_WORDS = 3


def _list_lead(ctx: Context) -> bool:
    """A lead line ending in a colon over an enumeration ("…;" items): the article's list, not an offer."""
    item = ctx.at(1)
    return (ctx.text.endswith(":") and ctx.words >= LIST_LEAD_MIN_WORDS and find_price(ctx.text) is None
            and item is not None and item.text.endswith((";", ",")))


# "Horaires : …", "Adresse : …", "Accès : …": an info box of labelled lines (an ad sells, it does not list facts).
FACT_LINE = rx.compile(r"^[\p{L}\d][\p{L}\d'’ –-]{0,40}\s?:\s\S")  # "C1 Valencia Nord – Gandia: 28 de 52 trenes"
FACT_BOX_LINES = 3


def _fact_box_below(ctx: Context) -> bool:
    below = [ctx.at(k) for k in range(1, FACT_BOX_LINES + 1)]
    return all(b is not None and FACT_LINE.match(b.text) and not find_price(b.text) for b in below)


# "1. Tritate finemente le verdure …": a numbered list opens with a whole sentence (a recipe's method).
FIRST_STEP_MIN_WORDS = 8


def _first_step(block: Context) -> bool:
    m = NUMBERED_ITEM.match(block.text)
    return m is not None and m.group(1) == "1" and block.words >= FIRST_STEP_MIN_WORDS


LIST_REACH = 4


def _continues_numbered_list(ctx: Context, label_at: int) -> bool:
    """"3. Lavanta" under the label when "2. Hercai menekşe" stands above it: the article's list goes on."""
    m = NUMBERED_ITEM.match(ctx.text)
    if m is None:
        return False
    first = label_at - ctx.index - 1
    for k in range(first, first - LIST_REACH, -1):
        above = ctx.at(k)
        if above is None:
            return False
        n = NUMBERED_ITEM.match(above.text)
        if n is not None:
            return int(n.group(1)) == int(m.group(1)) - 1
    return False


# "… Jetzt Wunschrate berechnen bei der NordKredit Bank.": the offer's last sentence urges the reader to act now.
NOW_CALL = rx.compile(
    r"(?:^|[.!?]\s)(?:jetzt|gleich|now|today|maintenant|dès maintenant|ahora|ya|ora|subito|agora|já|nu|teraz|hemen|τώρα|зараз|"
    r"сейчас)\s[^.!?]{2,60}[.!]?$|"
    # or books or orders: "… Umów się online, zapłać przy ladzie.", "… Book online."
    r"(?:^|[.!?]\s)(?:umów się|zarezerwuj|zamów|kup|book|order|reserve|buchen sie|bestellen sie|réservez|commandez|reserva|"
    r"pide|prenota|ordina|encomende|reserve já|boek|bestel|κλείστε|замовте|закажите|boka|beställ)(?!\w)[^.!?]{0,60}[.!]?$|"
    # or, where the verb comes last, ends on the call: "… Hesabınızı 5 dakikada açın."
    r"(?:^|[.!?]\s)[^.!?]{0,60}\s(?:açın|başlayın|keşfedin|edinin|inceleyin|tıklayın|başvurun|kaydolun|katılın|deneyin|"
    r"yararlanın|indirin|sichern sie sich|fordern sie|vereinbaren sie)[.!]?$",
    regex.I,
)


def _ends_urging(text: str) -> bool:
    return NOW_CALL.search(text.rstrip(CLOSING_QUOTES)) is not None


# "… Sonnenwerk Mittelsachsen – kostenlose Beratung …": something offered for free, in an advertiser's headline.
FREE = rx.compile(r"(?<!\w)(?:kostenlos\w*|gratis|free|gratuit\w*|gratuita|gratuito|za darmo|darmowa|darmowy|ücretsiz|δωρεάν|"
                  r"безкоштовн\w*|бесплатн\w*|kostenfrei\w*)(?!\w)")


def _free_offer(ctx: Context) -> bool:
    """Something for free, in a headline of two parts ("Brand: offer", "Brand – offer")."""
    return ("colon" in ctx.features or "dash" in ctx.features) and FREE.search(ctx.lower) is not None


def _reported(ctx: Context) -> bool:
    # a quotation closes after its full stop: «… in modo perfetto.»
    return (ctx.quality is Quality.PROSE and ctx.words >= REPORTED_MIN_WORDS
            and ctx.text.rstrip(CLOSING_QUOTES).endswith(".") and not _from_price(ctx.text))


CLOSING_QUOTES = "\"'”’»“"


# "… kan al vanaf € 4 per spot", "… ab 19 € im Monat": a price "from" is an offer, not a report.
FROM_PRICE = rx.compile(
    r"(?<!\w)(?:from|starting at|vanaf|ab|à partir de|dès|desde|a partir de|a partire da|od|już od|από|від|от|från)\s*$",
    regex.I,
)


def _from_price(text: str) -> bool:
    price = find_price(text)
    if price is not None and FROM_PRICE.search(text, 0, price.start()) is not None:
        return True
    return "%" in text and FROM_RATE.search(text) is not None  # "Baufinanzierung ab 3,19 % eff. p.a."


FROM_RATE = rx.compile(
    r"(?<!\w)(?:from|starting at|vanaf|ab|à partir de|dès|desde|a partir de|a partire da|od|już od|από|від|от|från)\s"
    r"\d{1,2}(?:[.,]\d{1,2})?\s?%",
    regex.I,
)


# A property or product teaser: mostly a price, an area, room counts.
PROPERTY_FIGURES = rx.compile(
    r"(?<!\d)\d+\s?(?:m²|m2|sq\.?\s?ft|qm|bed(?:room)?s?|bath(?:room)?s?|zimmer|pièces|habitaciones)(?!\w)", regex.I
)  # (whole words: "86 bedden" is a care home's beds, not "86 bed…")
PROPERTY_MAX_WORDS = 16


@detector(
    "AD03", "ads.property_teaser", triggers=("contains:property", "digit"),
    flags=("View Property", "3 bedrooms · 2 bathrooms · 145 m²", "Agnades Village Villa No 27"),
    keeps=(Example("Yıllık üretim kapasitesi: 1,5 GWh\nKapalı alan: 42.000 m²\nİlk etap istihdam: 380 kişi", "Kapalı alan: 42.000 m²",
                   language="tr"),
           "The villa, built in 1820, was sold to a local family for an undisclosed sum.",
           "Villa Borghese reopens", Example("een voormalig verpleeghuis aan de Lindelaan (86 bedden)", language="nl"),
           Example("Metraż mieszkania | Miesięcznie teraz | Miesięcznie od stycznia | Różnica\n38 m² | 152 zł | 181 zł | +29 zł\n"
                   "54 m² | 216 zł | 257 zł | +41 zł", "54 m² | 216 zł | 257 zł | +41 zł", language="pl")),
)
def property_teaser(ctx: Context) -> Outcome:
    """A property-teaser line: rooms and areas, "View property", a villa's listing name."""
    if ctx.words > PROPERTY_MAX_WORDS or ctx.sentence:
        return None
    if PROPERTY_FIGURES.search(ctx.lower):
        if FIELD_LINE.match(ctx.text) and any(n is not None and FIELD_LINE.match(n.text) for n in (ctx.at(-1), ctx.at(1))):
            return None  # "Kapalı alan: 42.000 m²" among "Yıllık üretim kapasitesi: 1,5 GWh": the article's key figures
        if CELL in ctx.text and table_row(ctx):
            return None  # "38 m² | 152 zł | 181 zł | +29 zł" under "Metraż mieszkania | Miesięcznie teraz | …": a table
        return "property figures (rooms, area)"
    if LISTING_NUMBER.search(ctx.text) and PROPERTY_KIND.search(ctx.text):
        return "property listing name"
    if "property" in ctx.contains and (find_price(ctx.text) or _listing_name(ctx)):
        return "property listing"
    return None


LISTING_NUMBER = rx.compile(r"\b(?:no\.?|nr\.?|n°|#)\s?\d+\b", regex.I)
# Kinds of property a listing's name carries ("Agnades Village Villa No 27").
PROPERTY_KIND = rx.compile(
    r"(?<!\w)(?:villa|apartment|flat|house|studio|penthouse|bungalow|maisonette|cottage|wohnung|haus|"
    r"appartement|maison|piso|casa|chalet|appartamento|apartamento|woning|mieszkanie|dom|daire|"
    r"konut|διαμέρισμα|μονοκατοικία|квартира|будинок|дом|lägenhet|villa|マンション|一戸建て)(?!\w)",
    regex.I,
)


def _listing_name(ctx: Context) -> bool:
    return bool(LISTING_NUMBER.search(ctx.text)) or ctx.line_key == "call_to_action" or ctx.lower.startswith("view ")


# A teaser is one line: an offer, a dash, a button ("… from €199 a month – Learn more").
TEASER_TAIL = rx.compile(r"\s[-–—|·»›]\s*([^-–—|·»›]{2,40})$")
# A price line is short: the price and a few words of product name.
PRICE_LINE_MAX_WORDS = 14


# "Win a three-night break! Text SEAVIEW to 84499. Texts cost £1 …": a keyword in capitals sent to a short number.
SMS_ENTRY = rx.compile(r"(?i:\btext|\bsms|\bsend|envía|envoyez|schick|stuur|invia|envie|wyślij)\s(?:\p{Lu}{3,}\d*)"
                          r"\s(?i:to|an|à|al|al número|a|naar|na|pod)\s\d{4,6}\b")
COMPETITION_MAX_WORDS = 60
# "【PR】長崎市の新築分譲マンション …", "［PR］…": a Japanese teaser opens with its ad label.
INLINE_AD_LABEL = rx.compile(r"^[【［\[]\s?(?:PR|広告|AD)\s?[】］\]]")
# "… Ab 299 € im Monat leasen. Jetzt Probefahrt vereinbaren!", "… € 149,- bij 14 winkels. Vergelijk prijzen":
# a price, then a last sentence of a few words that tells the reader to act.
PROMO_MAX_WORDS = 40
CALL_SENTENCE_MAX_WORDS = 4
EXCLAIMED_CALL_MAX_WORDS = 6
SENTENCES = rx.compile(r"(?<=[.!?])\s+")
FIRST_PERSON_CALL = rx.compile(r"^(?:j'en|je|ich|i)\s", regex.I)  # "J'en profite", "Ich will es"


def _offer_with_call(text: str) -> bool:
    if find_price(text) is None:
        return False
    sentences = [s for s in SENTENCES.split(text.strip()) if s]
    if len(sentences) < 2:
        return False
    last = sentences[-1]
    if last.endswith("."):
        return False  # "Tickets cost £12. Book early.": advice in the article's sentences; a button has no full stop
    words = FIRST_PERSON_CALL.sub("", last.lstrip("¡¿").rstrip("!")).casefold().split()
    limit = EXCLAIMED_CALL_MAX_WORDS if last.endswith("!") else CALL_SENTENCE_MAX_WORDS
    return 0 < len(words) <= limit and _verb(words[0]) and find_price(last) is None


@detector(
    "AD04", "ads.price_line", triggers=("digit",),
    flags=("€ 1.299,00", "ab 19,99 €", "Now only $49.99", "450.000 €", "Der neue Kombi Hybrid – ab 299 € mtl.",
           Example("5 TL", language="tr"),
           "Win a three-night break at a holiday park! Text SEAVIEW to 84499. Texts cost £1 plus standard network rate. 18+.",
           Example("Gewinnen Sie eine Reise! Schick REISE an 55333 (0,49 €/SMS).", language="de"),
           Example("Neu: Der E-Kombi für die ganze Familie. Ab 299 € im Monat leasen. Jetzt Probefahrt vereinbaren!",
                   language="de"),
           Example("Pricewatch: Samsung 990 Pro 2TB – laagste prijs € 149,- bij 14 winkels. Vergelijk prijzen", language="nl"),
           Example("Pariez sur le Top 14 : jusqu'à 100 € remboursés sur votre premier pari. J'en profite", language="fr"),
           Example("【PR】長崎市の新築分譲マンション 3LDK 3,980万円～ モデルルーム来場予約受付中", language="ja"),
           Example("🛒 Dans ma boutique : le livre de recettes – 24,90 €", language="fr"),
           Example("🏨 Dove dormire a Monte Isola: camere vista lago da 89 € a notte – Verifica la disponibilità su Booking.com",
                   language="it")),
    keeps=(Example("A £180,000 question\nThe biggest concern raised in the chamber was money, and the council's contract runs "
                   "until the end of next year.", "A £180,000 question"),
           Example("Stawki w podstrefie A wyniosą:\n6 zł za pierwszą godzinę,\n7,20 zł za drugą godzinę,\n"
                   "8,60 zł za trzecią i każdą kolejną.", "7,20 zł za drugą godzinę,", language="pl"),
           Example("Kwoty bonu wyglądają następująco:\npompa ciepła lub kocioł elektryczny – 600 zł\nkocioł gazowy zasilany z sieci – 500 zł",
                   "kocioł gazowy zasilany z sieci – 500 zł", language="pl"),
           "The ticket costs €12 and includes the museum.", "Tickets: €12", Example("1 TL Salz", language="de"),
           "Shop: the owner says a loaf now costs £3.20, up from £2.50 last year.",
           "Rooms on Booking.com now cost €89 a night on average, up a fifth on last year, the agency said.",
           "Get it on Amazon for $67.77",
           "The new model costs €29,900. Dealers expect long waiting lists until the summer.",
           "Tickets cost £12 for adults. Book early.",
           "Residents were told to text the council on 07700 900123 if their bins were not collected.",
           Example("1. Hartley's Triple Chocolate – 8.6/10, £2.20 for 8\n2. Cosmo Soft Bake – 6.9/10, £1.50 for 6",
                   "2. Cosmo Soft Bake – 6.9/10, £1.50 for 6"),
           Example("Квиток коштує 200 грн, для студентів — 100 грн.", language="uk"),
           Example("Ціни на проживання цього сезону:\nсадиба в Синевирській Поляні — від 1200 грн за ніч;\n"
                   "котедж біля озера — від 4000 грн.", "котедж біля озера — від 4000 грн.", language="uk"),
           Example("Stopień | Liczba wygranych | Kwota\n6 z 6 | 1 | 14 278 913,60 zł\n5 z 6 | 37 | 6 421,30 zł",
                   "6 z 6 | 1 | 14 278 913,60 zł", language="pl")),
)
def price_line(ctx: Context) -> Outcome:
    """A short line that is mostly a price (a product or property teaser); an offer with a price that ends in its
    call to action; a teaser behind an inline ad label ("【PR】…"); a text-to-enter competition."""
    if ctx.words <= COMPETITION_MAX_WORDS and SMS_ENTRY.search(ctx.text):
        return "text-to-enter competition"
    if INLINE_AD_LABEL.match(ctx.text):
        return "teaser behind its ad label"
    if ctx.words <= PROMO_MAX_WORDS and _offer_with_call(ctx.text):
        return "offer with its call to action"
    if (ctx.words <= PROMO_MAX_WORDS and not ctx.text.rstrip().endswith(".") and AFFILIATE_SHOP.search(ctx.lower)
            and find_price(ctx.text) is not None):
        return "offer with a price and the shop that sells it"  # "… da 89 € a notte – Verifica la disponibilità su Booking.com"
    if ctx.words <= PRICE_LINE_MAX_WORDS and SHOP_LABEL.match(ctx.lower) and find_price(ctx.text) is not None:
        return "the site's shop with a price"  # "🛒 Dans ma boutique : le livre de recettes – 24,90 €"
    if ctx.words > PRICE_LINE_MAX_WORDS or ":" in ctx.text or EVENT_TIME.match(ctx.text):
        return None  # (an event's time, place and fee: "Ore 21 · Bastione Sangallo · 12 euro")
    m = find_price(ctx.text)
    if m is None or (m.group().rstrip().endswith("TL") and ctx.view.language != "tr"):
        return None  # "1 TL Salz" is a teaspoon (Teelöffel) outside Turkish pages
    if table_row(ctx):
        return None  # "6 z 6 | 1 | 14 278 913,60 zł" under "Stopień | Liczba wygranych | Kwota"
    if ctx.text.rstrip().endswith((",", ";")):
        return None  # "6 zł za pierwszą godzinę,": an item of the article's enumeration, which goes on below
    rest = (ctx.text[: m.start()] + ctx.text[m.end():]).split()
    if len(rest) <= 3 and not m.group().rstrip().endswith(("euro", "euros", "Euro", "Euros")):
        if _sum_heading(ctx, rest):
            return None  # "A £180,000 question" over the paragraph that asks it: the article's sub-heading
        return "price"  # (a sum in words is the article's: "Multas de hasta 3.000 euros" heads a paragraph)
    if _enumerated(ctx):
        return None
    tail = TEASER_TAIL.search(ctx.text)
    if tail is None or not find_price(tail.group(1)) or find_price(ctx.text[: tail.start()]):
        return None  # "Квиток коштує 200 грн, для студентів — 100 грн.": two prices compared in a sentence
    return "offer with a price"


def _sum_heading(ctx: Context, rest: list[str]) -> bool:
    """A few words around a sum, a function word among them and a paragraph of the article below: a sub-heading."""
    stopwords = ctx.view.lexicon.stopwords
    words = [w.casefold().strip(".,:;!?") for w in rest]
    below = ctx.at(1)
    return (len(words) >= 2 and any(w in stopwords for w in words) and any(w.isalpha() and w not in stopwords for w in words)
            and not ctx.sentence and below is not None and _article_paragraph(below))


TEASER_MAX_WORDS = 30
# The shops and booking sites an affiliate offer sends the reader to, in the call after its dash ("… – Verifica la
# disponibilità su Booking.com"); a shopping guide's own "Get it on Amazon for $67" stays with the guide.
AFFILIATE_SHOP = rx.compile(
    r"\s[–—|]\s(?:\S+\s){0,6}?(?:booking\.com|amazon(?:\.\w{2,3})?|airbnb|"
    r"expedia|getyourguide|tripadvisor|zalando|otto\.de|fnac|cdiscount|mediamarkt|allegro|trendyol|hepsiburada|ebay)(?!\w)"
)
# "🛒 Dans ma boutique :", "In our shop:", "Im Shop:": a shop's label opens the line, then the product.
SHOP_LABEL = rx.compile(
    r"^[^\p{L}\d]{0,3}(?:(?:in|dans|en|nel|nella|na|no|im|w|from|aus)\s)?(?:(?:my|our|ma|mon|notre|mi|nuestra|la mia|"
    r"il mio|a minha|minha|mijn|onze|mój|moim|naszym|unserem|meinem|the)\s)?(?:e-?shop|shop|boutique|store|tienda|negozio|"
    r"loja|(?:web)?winkel|webshop|sklep\w*|mağaza\w*|κατάστημα|магазин\w*|ショップ)\s?[:：]"
)
# "Ціни цього сезону:" then "садиба — від 1200 грн за ніч;": items of the article's enumeration end in ";" or ","
# (the last in "."), under a lead that ends in a colon. Offers end in neither.
ENUMERATION_REACH = 6


def _enumerated(ctx: Context) -> bool:
    """An item of an enumeration in the article: its own ";"/"," ending, or such items and a lead above it;
    or a numbered item beside the item before or after it ("1. … – 8.6/10, £2.20 for 8" over "2. …")."""
    if ctx.text.endswith((";", ",")):
        return True
    m = NUMBERED_ITEM.match(ctx.text)
    if m is not None:
        n = int(m.group(1))
        for off in (-2, -1, 1, 2):
            near = ctx.at(off)
            other = NUMBERED_ITEM.match(near.text) if near is not None else None
            if other is not None and 0 < abs(int(other.group(1)) - n) <= 2:
                return True
    lower = ctx.text[:1].islower()  # "kocioł gazowy zasilany z sieci – 500 zł": items in lower case need no ";"
    for back in range(1, ENUMERATION_REACH + 1):
        above = ctx.at(-back)
        if above is None:
            return False
        if above.text.endswith(":"):
            return True
        if not (above.text.endswith((";", ",")) or (lower and above.text[:1].islower())):
            return False
    return False


@detector(
    "AD05", "ads.call_to_action", triggers=("line:call_to_action", "dash"),
    flags=("Shop now", "Jetzt kaufen", "Learn more", "Get 20% off the new home shirt – Shop now"),
    keeps=("Shop now, pay later schemes worry regulators.", "The club said fans should shop now – or never"),
)
def call_to_action(ctx: Context) -> Outcome:
    """A teaser button ("Shop now", "Jetzt kaufen"), or a one-line offer that ends in one."""
    if ctx.line_key == "call_to_action":
        return "call-to-action button"
    m = TEASER_TAIL.search(ctx.text)
    if m and ctx.words <= TEASER_MAX_WORDS and ctx.view.lexicon.line_key(m.group(1).casefold()) == "call_to_action":
        return "offer ending in a call to action"
    return None


SPONSORED = rx.compile(
    r"^(?:sponsored(?:\s+(?:by|content|post))?|promoted(?:\s+by)?|paid\s+(?:content|post|partnership)|"
    r"partner\s+content|presented\s+by|gesponsert(?:\s+von)?|in\s+zusammenarbeit\s+mit|"
    r"contenu\s+sponsorisé|contenido\s+patrocinado|contenuto\s+sponsorizzato|"
    r"conteúdo\s+patrocinado|gesponsorde?\s+inhoud|treść\s+sponsorowana|sponsorlu\s+içerik|"
    r"χορηγούμενο|спонсорський\s+матеріал|на\s+правах\s+рекламы|sponsrat(?:\s+innehåll)?|"
    r"pr|提供)(?:\s+(?:by|von|par|por|da|door|przez|от|від|av)\s+[^.!?]{1,40}|\s*[:|·-]\s*.*)?$",
    regex.I,
)


# "Patrocinado por Runner Plus", "Gesponsert von …": a sponsor word, a "by" word, a name.
SPONSORED_BY = rx.compile(
    r"^(?:\w*sponsor\w*|patrocin\w*|patrocí\w*|gesponsert|sponsorisé\w*|sponsorizzat\w*|promoted|presented|präsentiert|"
    r"présenté|presentado|presentato|apresentado|powered)\s+(?:by|von|par|por|da|door|przez|от|від|av|tarafından)\s+\S"
)


@detector(
    "AD06", "ads.sponsored", triggers=("line:advertisement", "prefix:advertisement"),
    flags=("Sponsored by Acme Bank", "Promoted", "Paid content", Example("Patrocinado por Runner Plus", language="es")),
    keeps=("Sponsored by the city, the festival is free for all residents this year.",),
)
def sponsored(ctx: Context) -> Outcome:
    """A sponsored / promoted / paid-content label."""
    if ctx.words <= 8 and not ctx.sentence and (SPONSORED.match(ctx.lower) or SPONSORED_BY.match(ctx.lower)):
        return "sponsored-content label"
    return None


# "Dalszy ciąg materiału pod wideo", "Haberin Devamı", "La suite après la publicité": the article goes on below
# an ad or a video. The marker interrupts the article; it never ends it.
CONTINUES = rx.compile(
    r"(?:story|article|text|reading)\s(?:continues|continued)\s(?:below|after)|continue reading below|"
    r"weiter nach (?:der|dem) (?:anzeige|werbung|video)|(?:artikel|text) (?:wird )?(?:unter|nach) (?:der|dem) "
    r"(?:anzeige|werbung|video) (?:fortgesetzt|weiter)|"
    r"la suite (?:de l'article )?(?:après|sous) (?:la|cette) (?:publicité|vidéo)|l'article continue|"
    r"(?:la noticia|el artículo) (?:continúa|sigue)|continúa (?:leyendo )?(?:debajo|después|tras)|"
    r"(?:l'articolo|la notizia) (?:continua|prosegue)|continua (?:a leggere )?(?:dopo|sotto)|"
    r"continua (?:depois|após|abaixo)|continue a ler (?:depois|após|abaixo)|(?:o artigo|a notícia|a matéria) continua|"
    r"lees verder (?:na|onder)|(?:het artikel|het verhaal) gaat (?:verder|door)|"
    r"dalszy ciąg (?:materiału|artykułu|tekstu)|dalsza część (?:materiału|artykułu|tekstu)|artykuł (?:jest )?kontynuowany|"
    r"^haberin devamı$|haberin devamı (?:aşağıda|reklamdan sonra)|"
    r"συνέχεια (?:παρακάτω|μετά)|το άρθρο συνεχίζεται|продовження (?:нижче|після)|матеріал продовжується|"
    r"продолжение (?:ниже|после)|материал продолжается|(?:artikeln|texten) fortsätter|記事の続きは|記事は下に続きます"
)
CONTINUES_MAX_WORDS = 8
# A stem every marker above contains: a few substring tests before the pattern (this runs on every short line).
CONTINUES_STEMS = ("contin", "weiter", "fortgesetzt", "suite", "sigue", "prosegue", "verder", "door", "ciąg", "część",
                   "kontynuow", "devam", "συνέχ", "συνεχ", "продов", "продолж", "fortsätter", "続")


@detector(
    "AD07", "ads.continues_marker", triggers=("short",),
    flags=(Example("Dalszy ciąg materiału pod wideo", language="pl"), Example("Haberin Devamı", language="tr"),
           "Story continues below advertisement", Example("La suite après la publicité", language="fr"),
           Example("Continue a ler depois da publicidade", language="pt")),
    keeps=("The story continues below the waterline, divers say.", Example("Haberin devamı yarın.", language="tr")),
)
def continues_marker(ctx: Context) -> Outcome:
    """A marker saying the article goes on below an ad or a video ("Story continues below")."""
    if ctx.words > CONTINUES_MAX_WORDS or ctx.sentence:
        return None
    lower = ctx.lower
    if contains_any(lower, CONTINUES_STEMS) and CONTINUES.search(lower):
        return "article-continues marker"
    return None


# The warning the law attaches to a betting ad: "Jouer comporte des risques", "18+ | Gamble responsibly".
GAMBLING_WARNING = rx.compile(
    r"(?:gamble responsibly|begambleaware|when the fun stops|gambling can be addictive|glücksspiel kann süchtig machen|"
    r"spielen kann süchtig machen|jouer comporte des risques|joueurs info service|juega con responsabilidad|jugarbien|"
    r"juego responsable\. prohibida la venta a menores|"
    r"il gioco è vietato ai minori|gioca responsabilmente|può causare dipendenza patologica|jogue com responsabilidade|"
    r"seja responsável, jogue|wat kost gokken jou|speel bewust|gra hazardowa niezgodna z ustawą|hazard uzależnia|hazard wiąże się z ryzykiem|graj odpowiedzialnie|"
    r"sorumlu oyna|παίξτε υπεύθυνα|грайте відповідально|играйте ответственно|spela ansvarsfullt)"
)
# Substrings of every warning above: tested before the pattern (the detector runs on every short line).
GAMBLING_STEMS = ("gambl", "fun stops", "süchtig", "jouer comporte", "joueurs info", "responsab", "jugarbien",
                  "gioco è vietato", "dipendenza", "gokken", "speel bewust", "hazard", "odpowiedzialnie",
                  "sorumlu oyna", "υπεύθυνα", "відповідально", "ответственно", "ansvarsfullt")
GAMBLING_WARNING_MAX_WORDS = 30
# "Règlement du jeu disponible sur …", "Teilnahmebedingungen | Teilnahme ab 18 Jahren": a competition's terms, opening
# a short line without a full stop (a sentence on the rules is the article's).
COMPETITION_RULES = rx.compile(
    r"^(?:règlement (?:du jeu|complet|du concours)|teilnahmebedingungen|(?:full )?terms and conditions apply|"
    r"(?:competition|contest) (?:rules|terms)|t&cs apply|bases (?:del concurso|legales)|regolamento (?:del concorso|completo)|"
    r"regulamento (?:do passatempo|do concurso|completo)|actievoorwaarden|(?:de )?spelregels|regulamin (?:konkursu|akcji)|"
    r"katılım koşulları|όροι (?:συμμετοχής|του διαγωνισμού)|правила (?:конкурсу|конкурса|розіграшу|розыгрыша)|応募規約)(?!\w)"
)
COMPETITION_RULES_MAX_WORDS = 15
# "Gagnez vos places pour …", "Win tickets to …", "Gewinnen Sie 2×2 Karten für …": the site's giveaway, its label maybe first.
WIN_TICKETS = rx.compile(
    r"^(?:[\p{Lu}-]{2,12}\s?[:–—|-]\s?)?(?:gagnez|win|gewinnen sie|gewinne|gana|ganad|vinci|vincete|ganhe|ganha|win|wygraj|"
    r"kazanın|kazan|κερδίστε|виграйте|виграй|выиграйте|выиграй)\s?:?\s(?:\S+\s){0,3}?(?:places|billets|tickets|pass|karten|tickets|"
    r"entradas|invitaciones|biglietti|ingressi|bilhetes|convites|kaarten|kaartjes|bilety|wejściówki|bilet\w*|davetiye\w*|"
    r"προσκλήσεις|εισιτήρια|квитки|запрошення|билеты|пригласительные)(?!\w)"
)


# The marking Russian law puts on an ad: the advertiser and its tax number (or the ad's registry token, ERID).
AD_MARKING = rx.compile(r"^реклама[.,:]?\s.{0,100}?(?:инн|огрн)\s?:?\s?\d{10}")
# The label of a broker's or fund's regulated warning, opening its line.
RISK_WARNING = rx.compile(
    r"^\*?(?:risikohinweis|risikowarnung|risk warning|capital at risk|avertissement sur les risques|"
    r"advertencia (?:de|sobre el) riesgo|avvertenza sui rischi|aviso de risco|risicowaarschuwing|ostrzeżenie o ryzyku|"
    r"risk uyarısı|предупреждение о рисках|попередження про ризики)\s?[:：.–-]\s"
)


@detector(
    "AD08", "ads.gambling_warning",
    flags=(Example("Sokół – Wierzbno: kurs na zwycięstwo gospodarzy 2,15. Odbierz bonus 500 zł na start. Postaw teraz › 18+ "
                   "Hazard wiąże się z ryzykiem.", language="pl"),
           Example("Typer24: bonus 500 zł na start dla nowych graczy. Odbierz bonus. 18+ Graj odpowiedzialnie.", language="pl"),
           Example("*Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
                   language="fr"),
           "18+ | T&Cs apply | Please gamble responsibly",
           Example("Glücksspiel kann süchtig machen. Hilfe unter www.check-dein-spiel.de", language="de"),
           Example("Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le "
                   "09 74 75 13 13 (appel non surtaxé).", language="fr"),
           Example("Gra hazardowa niezgodna z ustawą jest nielegalna. Gry liczbowe są przeznaczone dla osób pełnoletnich.",
                   language="pl"),
           Example("Bonus do 300 zł na start. Zarejestruj się i odbierz. 18+ Hazard wiąże się z ryzykiem.", language="pl"),
           Example("Règlement du jeu disponible sur radiocoteouest.fr", language="fr"),
           Example("Teilnahmebedingungen | Teilnahme ab 18 Jahren", language="de"),
           Example("Gagnez vos places pour les Jeudis du Port ! Appelez le 02 98 00 98 40 dès 17 h", language="fr"),
           Example("Marta Vidal 2,40 | Noa Castell 3,75 | Léa Martin 5,50", language="fr"),
           "WIN: two tickets to the Harbour Lights festival – enter by Friday", "1 1,72 X 3,60 2 4,75",
           "1: 2.10 | X: 3.25 | 2: 3.60",
           Example("Risikohinweis: Der Handel mit Hebelprodukten kann zum Totalverlust Ihres Kapitals führen.", language="de"),
           "Capital at risk. The value of investments can go down as well as up.",
           Example("Реклама. ООО «Север-Авто», ИНН 7701234567", language="ru"), Example("Реклама. erid: 2VtzqvBk7cM", language="ru")),
    keeps=(Example("Le slogan « Jouer comporte des risques » figure désormais sur chaque publicité, rappelle l'autorité.",
                   language="fr"), "Win tickets, the sign promised, but nobody ever did.",
           "Bookmakers must now tell customers to gamble responsibly in every advert, the regulator said on Tuesday "
           "after a review of 400 campaigns.",
           Example("Teilnahmebedingungen wurden nach der Beschwerde geändert.", language="de")),
)
def gambling_warning(ctx: Context) -> Outcome:
    """The legal small print of an ad: a betting warning ("Jouer comporte des risques"), a competition's rules, an
    investment risk warning ("Risikohinweis: Wertpapiere können im Wert steigen oder fallen.")."""
    if ctx.words <= GAMBLING_WARNING_MAX_WORDS and RISK_WARNING.match(ctx.lower):
        return "investment risk warning"
    if "digit" in ctx.features and ctx.words <= GAMBLING_WARNING_MAX_WORDS and (AD_MARKING.search(ctx.lower)
                                                                               or ERID.search(ctx.lower)):
        return "an ad's legal marking"  # "Реклама. ООО «Маркет-Плюс», ИНН 5261039902", "erid: 2VtzqwZ…"
    if ctx.words <= COMPETITION_RULES_MAX_WORDS and not ctx.sentence and COMPETITION_RULES.match(ctx.lower):
        return "competition rules"  # "Règlement du jeu disponible sur radiocoteouest.fr", "Teilnahmebedingungen"
    if (ctx.words <= GAMBLING_WARNING_MAX_WORDS and not ctx.text.rstrip().endswith(".") and WIN_TICKETS.match(ctx.lower)
            and not has_quote_mark(ctx.text)):
        return "competition"  # "Gagnez vos places pour les Jeudis du Port ! Appelez le …"
    if ctx.words <= ODDS_MAX_WORDS and "digit" in ctx.features and (ODDS_1X2.match(ctx.text) or ODDS_NAMED.match(ctx.text)):
        return "a bookmaker's odds"  # "1 1,72 X 3,60 2 4,75", "Sem Groot 2,40 | Léa Marchet 5,50"
    if ctx.words > GAMBLING_WARNING_MAX_WORDS or not contains_any(ctx.lower, GAMBLING_STEMS):
        return None
    found = GAMBLING_WARNING.search(ctx.lower)
    if found is None or has_quote_mark(ctx.text):
        return None  # a quoted slogan is the article's
    closes = found.end() >= len(ctx.lower.rstrip(" .!")) - 1 and "digit" in ctx.features
    if (ctx.quality is Quality.PROSE and ctx.words >= ARTICLE_PARAGRAPH_MIN_WORDS and ctx.lower[: found.start()].strip("* ")
            and not closes):
        return None  # a report on the rules, not the warning itself (which opens its line, or closes a bookmaker's offer:
        # "… kurs na zwycięstwo gospodarzy 2,15. Odbierz bonus 500 zł na start. … 18+ Hazard wiąże się z ryzykiem.")
    return "gambling warning"


# A match's odds for a home win, a draw and an away win: "1 1,72 X 3,60 2 4,75", "1: 2.10 | X: 3.25 | 2: 3.60".
ODDS_1X2 = rx.compile(r"^1\s?[:|]?\s?\d{1,2}[.,]\d{2}\s?[|·]?\s?X\s?[:|]?\s?\d{1,2}[.,]\d{2}\s?[|·]?\s?2\s?[:|]?\s?\d{1,2}[.,]\d{2}$")
ODDS_MAX_WORDS = 24
# Each contender with its decimal odds, set apart by bars or dots: "Sem Groot 2,40 | Noah Castaing 3,75 | Léa Marchet 5,50".
ODDS_NAMED = rx.compile(r"^(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,3}\s\d{1,3}[.,]\d{2}\s[|·•]\s){1,5}"
                           r"\p{Lu}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,3}\s\d{1,3}[.,]\d{2}$")
# "7 proc.", "50 %", "yüzde 20": a rate, as offers print it ("Lokata – 7 proc. przez 3 miesiące").
RATE = rx.compile(r"\d\s?(?:%|proc\.|procent\w*|prozent|pct\.?|проц\w*|відсот\w*|τοις εκατό)|(?:yüzde|%)\s?\d", regex.I)
RATE_OFFER_MAX_WORDS = 12


def _has_rate(ctx: Context) -> bool:
    return "digit" in ctx.features and RATE.search(ctx.text) is not None


def _is_offer(ctx: Context | None) -> bool:
    """A short offer with a price or a rate: a phrase, or a sentence that exclaims ("… gewinnt 1.000 Euro!")."""
    if ctx is None or "digit" not in ctx.features:
        return False
    exclaims = ctx.text.rstrip().endswith("!")
    return (ctx.words <= (2 * RATE_OFFER_MAX_WORDS if exclaims else RATE_OFFER_MAX_WORDS) and (not ctx.sentence or exclaims)
            and (find_price(ctx.text) is not None or _has_rate(ctx) or PRICE_IN_WORDS.search(ctx.lower) is not None))


OFFER_BUTTON_MAX_WORDS = 3  # "Załóż lokatę"; "Verteidigung kündigt Revision an" is a sub-heading


def _is_offer_button(ctx: Context | None) -> bool:
    # "See it now: Amazon" under a product in a shopping guide names the shop; a teaser's button is bare
    return (ctx is not None and ctx.words <= OFFER_BUTTON_MAX_WORDS and "digit" not in ctx.features
            and "colon" not in ctx.features and looks_like_button(ctx))


# "… acquista online su BassaTicket", "Jetzt online buchen": a shop's pitch, sending the reader to buy online.
SHOP_ONLINE = rx.compile(
    r"(?<!\w)(?:buy|book|order|shop) (?:online|now|tickets)|tickets (?:online|on sale at)|online (?:kaufen|bestellen|buchen)|"
    r"jetzt (?:kaufen|bestellen|buchen)|achetez (?:en ligne|vos billets)|réservez en ligne|billetterie en ligne|"
    r"compra (?:online|tus entradas|ya)|compra(?:re)? (?:i )?biglietti|acquista (?:online|ora|subito|i biglietti)|"
    r"compre (?:online|já|ingressos)|bestel (?:online|nu|kaarten)|kup (?:online|bilety|teraz)|online satın al|hemen satın al|"
    r"αγοράστε (?:online|εισιτήρια)|купуйте (?:онлайн|квитки)|купите (?:онлайн|билеты)|köp (?:online|biljetter)"
)
SHOP_PITCH_MAX_WORDS = 20
SHOP_PITCH_MIN_WORDS = 4
SHOP_HEADER_MAX_WORDS = 2


@line_feature("shop_pitch")
def _shop_pitch_text(line: LineText) -> bool:
    """A shop's pitch, not a sentence: "Concerti, mostre e teatro in Emilia: acquista online su BassaTicket"."""
    return (SHOP_PITCH_MIN_WORDS <= line.words <= SHOP_PITCH_MAX_WORDS and not line.sentence
            and SHOP_ONLINE.search(line.lower) is not None)  # (not the button alone: "Book now")


@detector(
    "AD09", "ads.offer_button", triggers=("short", "digit"),
    flags=(Example("Das Tausender-Spiel: Hört um 7 und 17 Uhr zu, ruft an und gewinnt 1.000 Euro!\nJetzt mitmachen",
                   "Das Tausender-Spiel: Hört um 7 und 17 Uhr zu, ruft an und gewinnt 1.000 Euro!", language="de"),
           Example("The concert was long.\nКвитки на наступні покази від 300 грн\nОбрати місця", "Обрати місця",
                   language="uk"),

           Example("Lokata dla aktywnych – 7 proc. przez 3 miesiące\nZałóż lokatę", "Lokata dla aktywnych – 7 proc. przez 3 miesiące",
                   language="pl")),
    keeps=(Example("Inflation rose to 3.1%\nWhy it matters", "Inflation rose to 3.1%"),
           Example("Item | Preço médio\nDiária em pousada (casal) | R$ 240\nJantar com vinho | R$ 90\nServiço\n"
                   "Como chegar: de carro, pela estrada municipal, são duas horas desde a capital.", "Jantar com vinho | R$ 90",
                   language="pt"),
           Example("Tickets cost €12.\nBook early", "Tickets cost €12."),
           Example("Prices from €300\nCheck the list below:", "Check the list below:"),
           Example("Apple AirPods Pro for $235\nSee it now: Amazon", "Apple AirPods Pro for $235"),
           Example("Ferienwohnung ab 59 € pro Nacht\nVerteidigung kündigt Revision an", "Verteidigung kündigt Revision an",
                   language="de")),
)
def offer_button(ctx: Context) -> Outcome:
    """An unlabelled teaser: a short offer with a price or a rate, and the button right under it."""
    if _is_offer_button(ctx) and _is_offer(above := ctx.at(-1)) and not _next_table_row(above):  # type: ignore[arg-type]
        return "button under an offer"
    if _is_offer(ctx) and _is_offer_button(ctx.at(1)) and not _next_table_row(ctx):
        return "offer over its button"
    return None


def _next_table_row(ctx: Context) -> bool:
    """"Café colonial na fazenda | R$ 65" under "Almoço com prato feito | R$ 38": a row of the table above (what
    follows it, "Serviço", is the article's next sub-heading)."""
    cells = ctx.text.count(" | ")
    above = ctx.at(-1)
    return cells > 0 and above is not None and above.text.count(" | ") == cells

# "Hoofdsponsor", "Sponsor główny", "Генеральный спонсор", "特別協賛": a sponsor's label; the line under it is
# the sponsor's name ("Van der Meulen Installatietechniek"), or the name follows on the label's line.
SPONSOR_LABEL = rx.compile(
    r"^(?:(?:main|official|title|co-?|hoofd|huvud|ana|resmi)\s?sponsors?|sponsors?(?:\s(?:główny|generalny|oficjalny))?|"
    r"(?:główny|generalny|oficjalny)\s(?:sponsor|partner)|sponsorzy|sponsorlar|sponsoren|"
    r"(?:генеральн\w+|официальн\w+|офіційн\w+|титульн\w+)?\s?(?:спонсор\w*|партн[её]р\w*)|"
    r"(?:μέγας\s|χρυσός\s)?χορηγ(?:ός|οί)|(?:特別)?協賛|スポンサー)"
)
SPONSOR_NAME_MAX_WORDS = 6


@line_feature("sponsor_label")
def _sponsor_label_text(line: LineText) -> bool:
    return line.words <= SPONSOR_LABEL_MAX_WORDS and sponsor_label(line.lower.strip())


SPONSOR_LABEL_MAX_WORDS = 4


def sponsor_label(text: str) -> bool:
    """A sponsor's label alone: "Hoofdsponsor", "SPONSOR GŁÓWNY"."""
    m = SPONSOR_LABEL.match(text)
    return m is not None and text[m.end():].strip(" :：") == ""


@detector(
    "AD10", "ads.sponsor", near=(("sponsor_label",), 1),
    flags=(Example("Hoofdsponsor", language="nl"), Example("Hoofdsponsor\nVan der Meulen Installatietechniek",
                                                             "Van der Meulen Installatietechniek", language="nl"),
           Example("SPONSOR GŁÓWNY\nPiekarnia Złoty Kłos – świeże pieczywo codziennie od 5:00. Sklepy w Wierzbnie.",
                   "Piekarnia Złoty Kłos – świeże pieczywo codziennie od 5:00. Sklepy w Wierzbnie.", language="pl"),
           Example("Генеральный спонсор:", language="ru"), Example("Sponsor główny: Bank Północny", language="pl")),
    keeps=(Example("Sponsors trekken zich terug", language="nl"),
           Example("Hoofdsponsor\nDe club verliest na twaalf jaar haar hoofdsponsor, meldt het bestuur.",
                   "De club verliest na twaalf jaar haar hoofdsponsor, meldt het bestuur.", language="nl")),
)
def sponsor(ctx: Context) -> Outcome:
    """A sponsor's label ("Hoofdsponsor", "Official partner"), with the sponsor's name on it or right under it."""
    lower = ctx.lower.strip()
    if ctx.words > SPONSOR_PITCH_MAX_WORDS or ctx.text.endswith("?") or has_quote_mark(ctx.text):
        return None
    labelled = not (ctx.sentence and not ctx.text.endswith((":", "：")))
    if labelled and sponsor_label(lower):
        return "sponsor label"
    label, colon, name = lower.partition(":")
    if labelled and colon and name.strip() and sponsor_label(label) and len(name.split()) <= SPONSOR_NAME_MAX_WORDS:
        return "sponsor label"
    above = ctx.at(-1)  # (the rules below read the line above)
    if above is None or not sponsor_label(above.lower.strip()):
        return None
    if labelled and ctx.words <= SPONSOR_NAME_MAX_WORDS:
        return "sponsor's name under its label"
    if SPONSOR_WORD.search(lower):
        return None  # "De club verliest haar hoofdsponsor, meldt het bestuur.": a sentence about the sponsor, not its pitch
    return "sponsor's pitch under its label"  # "Piekarnia Złoty Kłos – świeże pieczywo codziennie od 5:00. …"


SPONSOR_WORD = rx.compile(r"sponsor|χορηγ|спонсор|協賛|スポンサー|partner")


SPONSOR_PITCH_MAX_WORDS = 25


# "… gewinnen! Hier mitmachen", "… – Bekijk vacature", "… ▶ Bekijk de buienradar", "… szóstka. KLIKNIJ": a teaser whose
# last words, set apart by a sentence end, a dash or an arrow, are its button (no full stop: a button has none).
CLOSING_BUTTON = rx.compile(
    r"(?:[.!?]\s+|\s[–—▶►›»→]\s*)[¡¿]?(?P<button>[\p{L}\p{N}'’ -]{2,40}?)\s*[!→›»]?$"
)
CLOSING_BUTTON_MAX_WORDS = 4
CLOSING_TEASER_MAX_WORDS = 40
# "Hier mitmachen", "Jetzt anhören": an adverb, then the verb.
BUTTON_ADVERBS = frozenset({"hier", "jetzt", "here", "now", "ici", "aquí", "qui", "aqui", "hemen", "тут", "тепер", "ここから"})


@detector(
    "AD11", "ads.closing_button",
    flags=(Example("GEWINNSPIEL: Jetzt 2 x 2 Tickets für das Konzert in Kiel gewinnen! Hier mitmachen", language="de"),
           Example("Planner koelvervoer – Barendrecht – 38 uur – Bekijk vacature", language="nl"),
           Example("Radar: buien trekken van west naar oost ▶ Bekijk de buienradar", language="nl"),
           Example("GALERIA (12 ZDJĘĆ): Tak wygląda kolektura, w której padła szóstka. KLIKNIJ", language="pl"),
           "Our new podcast: the week in Westminster in 20 minutes. Click here",
           Example("Підтримайте «Наукову Хвилю» — ми існуємо завдяки читачам. Задонатити", language="uk")),
    keeps=("Tickets cost £12 for adults. Book early.",
           "Site | Investment | Jobs | Start of output",
           "1. Winter driving – Check your tyres",
           "Ryan S. Hollman Submitted photo",
           "We have brought some of these memorable reviews here! Check them out below~⬇️",
           "The council urges residents to apply online. Apply before Friday, it says.",
           Example("„Wir wollen gewinnen!“ Hier mitmachen wollte keiner.", language="de")),
)
def closing_button(ctx: Context) -> Outcome:
    """A teaser or appeal whose last words are its button ("… gewinnen! Hier mitmachen", "… – Bekijk vacature")."""
    text = ctx.text
    if ctx.words > CLOSING_TEASER_MAX_WORDS or text.endswith((".", ",", ";", ":", "?", "\"", "”", "“", "»", ")")):
        return None
    if text.count(" | ") >= 2 or NUMBERED_ITEM.match(text) or text[:1] in "-•–—":
        return None  # a table's row; an item of the article's own list ("1. Winter driving – Check your tyres")
    m = CLOSING_BUTTON.search(text)
    if m is None:
        return None
    words = m["button"].casefold().split()
    if not 0 < len(words) <= CLOSING_BUTTON_MAX_WORDS:
        return None
    if button_verb(words[0]) or (len(words) >= 2 and words[0] in BUTTON_ADVERBS and button_verb(words[1])):
        return "teaser that ends in its button"
    return None


SHORT_STEM = 3  # "get", "hol", "ver": a short stem takes a one-letter ending at most ("Getty", "Hollman" are names)


def button_verb(word: str) -> bool:
    """A button's verb, read strictly: a short stem must be (nearly) the whole word ("Get", not "Getty")."""
    m = BUTTON_VERB_LONGEST.match(word)
    if m is None:
        return False
    ending = len(word) - m.end()
    return ending <= (1 if m.end() <= SHORT_STEM else VERB_ENDING_MAX)


@detector(
    "AD12", "ads.shop_box", triggers=("shop_pitch", "short"), near=(("shop_pitch",), 1),
    flags=(Example("Biglietti\nConcerti e teatro in Romagna: acquista online su RivieraTicket\nScopri gli eventi",
                   "Biglietti", language="it"),
           Example("Biglietti\nConcerti e teatro in Romagna: acquista online su RivieraTicket\nScopri gli eventi",
                   "Concerti e teatro in Romagna: acquista online su RivieraTicket", language="it"),
           Example("Tickets\nConcerts and theatre across the county: buy online at ShireTix\nBook now", "Book now")),
    keeps=(Example("The box office\nTickets for the reopened hall went on sale on Monday; buy online or at the door, "
                   "the manager said.\nThe first concert sold out in an hour.", "The box office"),),
)
def shop_box(ctx: Context) -> Outcome:
    """A shop's box without a label: its pitch to buy online, its button and its short header."""
    if "shop_pitch" in ctx.features:
        return "a shop's pitch over its button" if _is_offer_button(ctx.at(1)) else None
    if _is_offer_button(ctx) and (above := ctx.at(-1)) is not None and "shop_pitch" in above.features:
        return "button under a shop's pitch"
    if (ctx.words <= SHOP_HEADER_MAX_WORDS and not ctx.sentence and (pitch := ctx.at(1)) is not None
            and "shop_pitch" in pitch.features and _is_offer_button(ctx.at(2))):
        return "header of a shop's box"  # "Biglietti" over its pitch and its button
    return None


DETECTORS = (label, property_teaser, price_line, call_to_action, sponsored, continues_marker, labelled_teaser,
             gambling_warning, offer_button, sponsor, closing_button, shop_box)
