"""Prompts: cookie notices, newsletter sign-ups, paywalls, app downloads, share bars."""

from __future__ import annotations

from collections.abc import Collection

import regex

from newsclean import rx
from newsclean.detectors.base import (
    Context,
    Example,
    LineText,
    Outcome,
    asks,
    contains_any,
    detector,
    heads_numbered_list,
    line_feature,
    quoted_only,
)
from newsclean.model import Quality
from newsclean.patterns import (
    EMAIL,
    FONT_SIZE,
    PRICE_IN_WORDS,
    QUOTE_THEN_SPEAKER,
    QUOTED,
    READER,
    WIDE_GAP,
    find_price,
    has_quote_mark,
)

# A prompt is a UI line; an article sentence that mentions cookies or newsletters is long prose
# with its own subject ("The court ruled that sites must ask before setting cookies." stays).
PROMPT_MAX_WORDS = 40
PROMPT_PROSE_MIN_WORDS = 15


def _prompt(ctx: Context, key: str, what: str) -> Outcome:
    if ctx.words > PROMPT_MAX_WORDS or key not in ctx.contains:
        return None
    if heads_numbered_list(ctx):
        return None  # "Zo pas je je cookie-instellingen nu al aan" over "1. Open …", "2. Kies …": the steps' sub-heading
    if ctx.text.endswith("。") and JA_REPORT.search(ctx.text) and not JA_ASK.search(ctx.text):
        return None  # "同社は、…メールマガジンで周知する。": a sentence about a company, no ask to the reader
    if ((_in_article_prose(ctx) or _in_announced_list(ctx)) and not _ends_in_button(ctx.text)
            and not (key == "paywall" and THIS_ARTICLE.match(ctx.lower)) and JA_OFFER.search(ctx.text) is None):
        return None
    if _asks(ctx) and (below := ctx.at(1)) is not None and below.quality is Quality.PROSE and has_quote_mark(below.text):
        return None  # an interview's question over its quoted answer ("Warum müssen Nutzer der Ticket-App Cookies
        # akzeptieren?" / "„Die App speichert Cookies nur, …“")
    if _asks(ctx) and _in_questions_and_answers(ctx):
        return None  # a reader's question among others, each over its answer ("Waarom moet ik cookies accepteren …?")
    if quoted_only(ctx, key) or (ctx.text.startswith("「") and ctx.text.rstrip().endswith("」")):
        return None  # "Bandeaux cookies : pourquoi le bouton « Tout refuser » …" names the button it writes about (and
        # 「…メールマガジンで知らせる…」 is someone's words)
    if (ctx.sentence and ctx.words >= PROMPT_PROSE_MIN_WORDS and (above := ctx.at(-1)) is not None
            and above.words <= ASKED_MAX_WORDS and _asks(above) and not _ends_in_button(ctx.text)):
        return None  # an interview's answer under its question ("E a bilhética?" / "… nem pede para aceitar cookies …")
    if (key == "newsletter" and ctx.sentence and ctx.words >= REPORT_MIN_WORDS and READER.search(ctx.lower) is None
            and not _ends_in_button(ctx.text)):
        return None  # "… üyelere de e-bülten yerine kısa mesajla bilgi verileceğini açıkladı.": a report, not a pitch
    if key == "cookie" and ctx.sentence and ctx.words >= PROMPT_PROSE_MIN_WORDS and not _ends_in_button(ctx.text) and (
            _about_cookies(ctx) or _tells_of_herself(ctx.lower)):
        return None  # a report on cookie banners, or a writer telling what she clicked: a notice says "we" and "you"
    if key == "cookie" and not _ends_in_button(ctx.text) and _heads_text(ctx) and _about_cookies(ctx):
        return None  # its sub-heading or a reader's question ("Що таке cookie і навіщо вони сайтам", "… cookie?")
    return what


QA_REACH = 4


def _in_questions_and_answers(ctx: Context) -> bool:
    """The question stands over a paragraph, and another question over its paragraph comes a few lines above: a run of
    questions and answers (readers' questions, an interview), not a notice asking for consent."""
    if not _answered(ctx):
        return False
    for k in range(2, QA_REACH + 1):
        above = ctx.at(-k)
        if above is None:
            return False
        if _asks(above) and _answered(above):
            return True
    return False


def _answered(ctx: Context) -> bool:
    below = ctx.at(1)
    return below is not None and below.quality is Quality.PROSE and below.sentence and not _asks(below)


# "я", "ich", "je": a writer speaking of herself.
FIRST_PERSON_SINGULAR = rx.compile(r"(?<!\w)(?:i|ich|je|j'|j’|yo|io|eu|ik|εγώ|я)(?!\w)")
CONSENT_OPENING_WORDS = 2


def _tells_of_herself(lower: str) -> bool:
    """The sentence says "I" past its opening and outside quotes: a writer's own story ("…, на которые я когда-то не
    глядя нажимал «Принять всё»."), not a consent text ("I agree that …", "Ich bin einverstanden, dass …") nor a
    notice quoting its button ("By clicking “I agree” …")."""
    rest = QUOTED.sub(" ", lower).split(None, CONSENT_OPENING_WORDS)
    return len(rest) > CONSENT_OPENING_WORDS and FIRST_PERSON_SINGULAR.search(rest[-1]) is not None


def _heads_text(ctx: Context) -> bool:
    """A question, or a short line over a paragraph: a sub-heading of the article below it."""
    below = ctx.at(1)
    return _asks(ctx) or (not ctx.sentence and below is not None and below.quality is Quality.PROSE and below.sentence
                          and below.words >= HEADED_PARAGRAPH_MIN_WORDS)


HEADED_PARAGRAPH_MIN_WORDS = 12
# A line quoted whole, from its first character to its last: '“Subscribe now and never miss an issue!”'.
QUOTED_LINE = rx.compile(r"^[«“„\"‚‘][^«»“”„\"]{3,200}[»”“\"’]$")
# A newsletter pitch speaks to the reader in a few words; a sentence this long that never does reports on one.
REPORT_MIN_WORDS = 30
ON_TOPIC_MIN_PARAGRAPHS = 3
ASKED_MAX_WORDS = 15


def _asks(ctx: Context) -> bool:
    """The line is a question: "?", Greek's ";" ("Πώς θα πωλούνται τα εισιτήρια;"), or a Japanese interviewer's
    line ("――予約方法はどう周知するのか。")."""
    return asks(ctx.text) or ctx.text.startswith("――")



def _about_cookies(ctx: Context) -> bool:
    """Several of the page's paragraphs speak of cookies: the article's subject, not a notice (asked of few lines)."""
    view = ctx.view
    lexicon, canonical = view.lexicon, view.canonical
    found = 0
    for i in view.prose_lines():
        if "cookie" in lexicon.contains_keys(canonical[i].casefold()):
            found += 1
            if found >= ON_TOPIC_MIN_PARAGRAPHS:
                return True
    return False


# A Japanese sentence about someone ("同社は、…", "市は、…"), and the polite asks a prompt makes ("ご登録ください").
JA_REPORT = rx.compile(r"^(?!この|本記事|当記事)[^。、]{1,12}は")  # (not "この記事は会員限定です。")
JA_ASK = rx.compile(r"ください|ませんか|しましょう|しよう|こちら|ご登録|お申し込み|お届け|チェック")
# "今なら初月無料。", "…もご利用いただけます。": a Japanese site's offer to its readers, never the article's sentence.
JA_OFFER = rx.compile(r"今なら|初月無料|無料でお試し|ご利用いただけます")
# "This article is for subscribers", "この記事は有料会員記事です": the page speaking of itself, never the article's text.
THIS_ARTICLE = rx.compile(
    r"^(?:this (?:article|story|content)|cet article|ce contenu|dieser (?:artikel|beitrag|inhalt)|este (?:artículo|contenido|artigo|conteúdo)|"
    r"esta (?:noticia|notícia|matéria)|questo (?:articolo|contenuto)|dit artikel|ten (?:artykuł|materiał)|bu (?:haber|makale|içerik)|"
    r"αυτό το άρθρο|ця стаття|цей матеріал|эта статья|этот материал|この記事)"
)
# "… Wpłać darowiznę", "… Doneer vanaf € 5", "… Je fais un don →": the ask's last words are its button (no full stop).
BUTTON_AFTER_SENTENCE = rx.compile(r"[.!?]\s+(?P<button>[^.!?]{2,30}?)\s*[→›»]?$")
BUTTON_MAX_WORDS = 4


def _ends_in_button(text: str) -> bool:
    m = BUTTON_AFTER_SENTENCE.search(text)
    return m is not None and len(m["button"].split()) <= BUTTON_MAX_WORDS


def _in_article_prose(ctx: Context) -> bool:
    """A long sentence next to another paragraph of prose is article text, whatever words it uses."""
    if not (ctx.sentence and ctx.words >= PROMPT_PROSE_MIN_WORDS and ctx.quality is Quality.PROSE):
        return False
    return any(n is not None and n.quality is Quality.PROSE and n.sentence for n in (ctx.at(-1), ctx.at(1)))


def _in_announced_list(ctx: Context) -> bool:
    """A sentence among the items of a list the article announces with a colon ("In het kort:" / "Een vooraf aangevinkt
    vakje voor de nieuwsbrief is niet toegestaan.")."""
    if not ctx.sentence:
        return False
    for k in range(1, LIST_ITEMS_REACH + 1):
        above = ctx.at(-k)
        if above is None:
            return False
        if above.text.rstrip().endswith((":", "：")):
            return True
        if not above.sentence or above.words > LIST_ITEM_MAX_WORDS:
            return False
    return False


LIST_ITEMS_REACH = 6
LIST_ITEM_MAX_WORDS = 25


@detector(
    "PR01", "prompts.cookie", triggers=("contains:cookie",),
    flags=(Example("Omroep Westkust gebruikt cookies om de site goed te laten werken. Wil je ook cookies accepteren voor "
                   "persoonlijke advertenties?", language="nl"),
           "We use cookies to improve your experience. Accept all cookies",
           Example("Grid operators said about 41,000 properties were without power on Thursday morning.\nWe value your privacy\n"
                   "We and our 187 partners store and access information on your device to measure audiences and show you "
                   "relevant ads.\nAccept all\nThe coastguard said two kayakers had been rescued off the point.",
                   "We and our 187 partners store and access information on your device to measure audiences and show you "
                   "relevant ads."),
           Example("The river was given back its old bed in two winters, and the trout came back with it.\n"
                   "Nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser les contenus et "
                   "les publicités que vous voyez.\nLes pêches électriques réalisées chaque automne donnent la mesure du "
                   "changement observé sur la rivière.", "Nous et nos partenaires utilisons des cookies pour mesurer "
                   "l'audience et personnaliser les contenus et les publicités que vous voyez.", language="fr"),
           "Cookie settings"),
    keeps=(Example("Kan ik nog contant betalen?\nNee. Aan boord kan alleen met pin of met de Rivierpas worden betaald.\n"
                   "Waarom moet ik cookies accepteren om de vaartijden in de app te zien?\nVolgens de veerdienst gebruikt de "
                   "app alleen functionele cookies om je favoriete aanlegplaats te onthouden.",
                   "Waarom moet ik cookies accepteren om de vaartijden in de app te zien?", language="nl"),
           "The court ruled that websites must ask before placing tracking files on a device.",
           Example("In het kort:\nWeigeren moet net zo makkelijk zijn als accepteren.\n"
                   "We gebruiken cookies alleen met toestemming, zegt de toezichthouder.",
                   "We gebruiken cookies alleen met toestemming, zegt de toezichthouder.", language="nl"),
           Example("Bandeaux cookies : pourquoi le bouton « Tout refuser » reste si difficile à trouver", language="fr"),
           Example("So ändern Sie Ihre Cookie-Einstellungen\n1. Öffnen Sie im Browser die Einstellungen.\n"
                   "2. Wählen Sie unter Datenschutz die Cookies von Drittanbietern ab.",
                   "So ändern Sie Ihre Cookie-Einstellungen", language="de"),
           "Why the “Reject all cookies” button is so hard to find",
           "“We use cookies to track baskets,” the company's lawyer told the court.",
           "Harbour Radio uses cookies on every page, the regulator found after a complaint.",
           Example("Warum müssen Nutzer der Ticket-App Cookies akzeptieren?\n„Die App speichert Cookies nur, um Fahrkarten und "
                   "Einstellungen zu sichern. Werbung oder Tracking gibt es nicht.“", "Warum müssen Nutzer der Ticket-App "
                   "Cookies akzeptieren?", language="de"),
           Example("Cookies are small files a site keeps in your browser; some are needed, most are not.\n"
                   "Many sites use cookies to follow you across the web, the regulator found last year.\n"
                   "Rejecting all cookies should take one click, the guidance says, not three.\n"
                   "Can I refuse all cookies?\nFrom the necessary ones, no: without them the site would not work properly.",
                   "Can I refuse all cookies?"),
           Example("E a bilhética?\nVai haver uma aplicação, mas também se pode pagar a bordo. A aplicação não tem publicidade "
                   "nem pede para aceitar cookies de terceiros, foi uma exigência nossa.",
                   "Vai haver uma aplicação, mas também se pode pagar a bordo. A aplicação não tem publicidade nem pede para "
                   "aceitar cookies de terceiros, foi uma exigência nossa.", language="pt"),
           Example("Больше всего писем приходило из-за cookie-баннеров, на которые я когда-то не глядя нажимал «Принять всё».",
                   language="ru")),
)
def cookie(ctx: Context) -> Outcome:
    """A cookie or privacy-consent notice."""
    if (ctx.words <= PROMPT_MAX_WORDS and SITE_USES_COOKIES.match(ctx.text) and ctx.text.rstrip().endswith("?")
            and not has_quote_mark(ctx.text)):
        return "cookie notice"  # "Omroep Westkust gebruikt cookies om … Wil je ook cookies accepteren …?": the site asks
    if (ctx.words <= PROMPT_MAX_WORDS and "cookie" in ctx.contains and COOKIE_FIRST_PERSON.search(ctx.lower)
            and not has_quote_mark(ctx.text) and COOKIE_FIRST_PERSON.search(QUOTED.sub(" ", ctx.lower))):
        return "cookie notice"  # the site speaks: "Nous et nos partenaires utilisons des cookies …", even between paragraphs
    return _prompt(ctx, "cookie", "cookie notice")


# "We and our partners use cookies", "Nous utilisons des cookies", "We and our 187 partners store and access information on
# your device": the site itself, in the first person.
COOKIE_FIRST_PERSON = rx.compile(
    r"(?<!\w)(?:we(?: and our (?:partners|vendors))? use cookies|we and our (?:\d+ )?(?:partners|vendors) (?:store|process|use)|"
    r"nous et nos (?:\d+ )?partenaires (?:stockons|traitons|utilisons)|wir und unsere (?:\d+ )?partner (?:speichern|verarbeiten)|"
    r"nosotros y nuestros (?:\d+ )?socios (?:almacenamos|tratamos)|noi e i nostri (?:\d+ )?partner (?:archiviamo|trattiamo)|nous(?: et nos partenaires)? utilisons des cookies|"
    r"wir(?: und unsere partner)? (?:verwenden|nutzen) cookies|(?:verwenden|nutzen) wir cookies|"
    r"(?:y nuestros (?:socios|proveedores) )?utilizamos cookies|usamos cookies|(?:e i nostri partner )?utilizziamo (?:i )?cookie|"
    r"wij(?: en onze partners)? gebruiken cookies|używamy (?:plików )?cookies|çerez(?:ler)? kullanıyoruz|"
    r"χρησιμοποιούμε (?:cookies|μπισκότα)|ми використовуємо (?:файли )?cookie|мы используем (?:файлы )?cookie|vi använder cookies)"
)


# "Omroep Westkust gebruikt cookies …", "Harbour Radio uses cookies …": the site names itself, then its cookies.
SITE_USES_COOKIES = rx.compile(
    r"^(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:gebruikt|uses|utilise|verwendet|nutzt|usa|utiliza|utilizza|używa|kullanıyor|"
    r"χρησιμοποιεί|использует|використовує|använder)\s(?:\w+\s)?(?i:cookies?)\s"
)


# Sign-up imperatives ("inscrivez-vous gratuitement", "zapisz się"): a prompt in any wording.
SIGN_UP = rx.compile(
    r"(?<!\w)(?:sign up|subscribe now|add your email|enter your email|inscrivez-vous|abonnez-vous|melden sie sich an|jetzt anmelden|regístrate|"
    r"suscríbete|iscriviti|inscreva-se|assine já|meld je (?:gratis |nu )?aan|schrijf je in|zapisz się|abone ol|εγγραφείτε|"
    r"підпишіться|подпишитесь|registrera dig|prenumerera|登録する|購読する|kaydolmak için tıklayın)(?!\w)",
)
SIGN_UP_MAX_WORDS = 25
# "… with the Morning Bid newsletter. Sign up here.": a pitch that closes on a sign-up sentence of its own is a
# prompt even between article paragraphs.
SIGN_UP_TAIL = rx.compile(
    r"(?:^|[.!?]\s)(?:sign up|subscribe|register|inscrivez-vous|abonnez-vous|suscríbete|regístrate|iscriviti|inscreva-se|"
    r"subscreva|melden sie sich an|jetzt anmelden|hier anmelden|"
    # the box's button in the first person: "… nos sorties du week-end. Je m'inscris"
    r"je m'inscris|je m'abonne|me suscribo|me apunto|mi iscrivo|quero receber|quero assinar|ich melde mich an|"
    r"ik schrijf me in|zapisuję się|εγγραφείτε|подписаться|підписатися|"
    r"s'inscrire|s'abonner|inscribirse|suscribirse|iscriversi|inscrever-se|abonnieren|aanmelden|inschrijven|zapisz się|"
    r"apúntate|apúntese|inscríbete|iscriviti|abonneer je|schrijf je in|subscreve)"
    r"(?: (?:here|now|today|for free|ici|aquí|gratis|gratuitamente|qui|aqui|hier|jetzt|gratuitement|kostenlos))?"
    r"\s?[.!]?$"
)
# "… uit de regio? Meld je aan voor onze nieuwsbrief.": a pitch whose last sentence tells the reader to sign up
# for the newsletter (a sentence that reports someone urging it starts otherwise: "The mayor urged residents …").
SIGN_UP_NEWSLETTER_TAIL = rx.compile(
    r"(?:^|[.!?]\s)(?:sign up|subscribe|register|inscrivez-vous|abonnez-vous|suscríbete|regístrate|apúntate|iscriviti|"
    r"inscreva-se|subscreva|assine|melden sie sich|abonnieren sie|meld je (?:gratis |nu )?aan|meld u (?:gratis |nu )?aan|schrijf je in|schrijf u in|"
    r"zapisz się|abone olun?|εγγραφείτε|подпишитесь|підпишіться|registrera dig|prenumerera)"
    r"\s[^.!?]{0,50}?\w*(?:newsletter|boletín|boletim|nieuwsbrief|brief|biuletyn|bülten|ενημερωτικό|рассылку|розсилку|nyhetsbrev)"
    r"[^.!?]{0,90}[.!]?$"  # (a newsletter's own name: "de boekenbrief")
    # "… todas as sextas-feiras. Subscrever a newsletter": the box's button, an infinitive, closing the pitch
    r"|(?:^|[.!?]\s)(?:subscrever|assinar|s'abonner|s'inscrire|suscribirse|iscriversi|abonnieren|inschrijven|aanmelden)"
    r"\s(?:\S+\s){0,2}(?:newsletter|boletín|boletim|nieuwsbrief|biuletyn|bülten|nyhetsbrev)$"
    # "Recevez chaque matin l'essentiel avec notre newsletter.": the news, delivered by the site's own newsletter
    r"|(?:^|[.!?]\s)(?:recevez|receive|get|erhalten sie|reciba|recibe|ricevi|receba|recebe|ontvang|otrzymuj|"
    r"получайте|отримуйте|få)\s[^.!?]{0,80}?(?:notre|our|unseren?|unserem|nuestro|la nostra|nella nostra|nossa|"
    r"onze|naszym|naszego|нашу|нашій|vårt)\s(?:newsletter|lettre|boletín|boletim|nieuwsbrief|biuletyn|newslettera|"
    r"рассылке|рассылку|розсилці|розсилку|nyhetsbrev)[^.!?]{0,30}[.!]?$"
    # "… Jetzt den Newsletter „Oberland am Freitag“ abonnieren.": the verb last, as German and Dutch put it
    r"|(?:^|[.!?]\s)(?:jetzt|hier|gleich|nu|meteen)\s[^.!?]{0,20}?(?:newsletter|nieuwsbrief)[^.!?]{0,50}\s"
    r"(?:abonnieren|bestellen|anfordern|aanvragen|ontvangen)[.!]?$"
    # "✉ Recevez mes nouvelles recettes chaque semaine": the writer's own posts, sent on a schedule
    r"|^[^\p{L}\d]{0,3}(?:recevez|receive|get|erhalten sie|erhalte|reciba|recibe|ricevi|receba|recebe|ontvang|otrzymuj|"
    r"получайте|отримуйте)\s(?:(?&mine)\s[^.!?]{0,60}?(?&every)|(?&every)\s(?:\S+\s){1,2}(?&mine))\s"
    r"(?(DEFINE)(?P<mine>mes|nos|my|our|meine|unsere|mis|nuestras|nuestros|i miei|le mie|i nostri|le nostre|os meus|"
    r"as minhas|os nossos|as nossas|mijn|onze|moje|nasze|мои|наши|мої|наші)"
    r"(?P<every>chaque|tous les|toutes les|every|each|jede[nrs]?|cada|todos los|todas las|ogni|tutti i|todas as|todos os|"
    r"elke|iedere|każd\w+|co|каждую|каждый|кожн\w+))"
)


@detector(
    "PR02", "prompts.newsletter", triggers=("contains:newsletter", "newsletter", "colon", "short"),
    flags=(Example("Was im Loisachtal wichtig ist: jeden Freitag kostenlos in Ihrem Postfach. Jetzt den Newsletter "
                   "„Oberland am Freitag“ abonnieren.", language="de"),
           Example("Newsletter Métropole : recevez chaque matin l'essentiel de l'actu locale", language="fr"),
           Example("Vous avez aimé cet article ? Recevez notre lettre culture chaque jeudi.", language="fr"),
           "Join 40,000 gardeners — get new tips every Sunday. Subscribe",
           Example("Günün piyasa özeti her sabah 08.00'de e-postanızda. Kaydolmak için tıklayın.", language="tr"),
           Example("Keine Analyse verpassen? Der HANDEL-Newsletter erscheint werktäglich um 7 Uhr. Jetzt anmelden", language="de"),
           Example("Newsletter Jardin : chaque samedi, nos conseils de saison. Je m'inscris", language="fr"),
           "Sign up for our newsletter", Example("Newsletter abonnieren", language="de"),
           Example("Ricevi le notizie delle Langhe su Telegram: unisciti al canale", language="it"),
           Example("Nieuwsbrief\nElke ochtend het nieuws uit de regio in je mailbox? Schrijf je in.", "Nieuwsbrief",
                   language="nl"),
           Example("Elke ochtend het nieuws uit de regio in je mailbox? Schrijf je in.\nJe e-mailadres\nInschrijven",
                   "Inschrijven", language="nl"),
           Example("Recevez chaque soir l'essentiel du Val de Loire : inscrivez-vous gratuitement", language="fr"),
           Example("The market fell on Monday after the rate decision was announced by the central bank in the morning.\n"
                   "Get a look at the day ahead in global markets with the Morning Bid newsletter. Sign up here.\n"
                   "Analysts expect a further cut in the spring if inflation keeps falling across the euro zone.",
                   "Get a look at the day ahead in global markets with the Morning Bid newsletter. Sign up here."),
           Example("Tot ziens, zei de imker, en hij sloot de kast met een zucht en een glimlach om zijn mond.\n"
                   "Wil je elke ochtend het belangrijkste nieuws uit de regio? Meld je aan voor onze nieuwsbrief.\n"
                   "De lessen beginnen in april op vier scholen in Ede en Barneveld, zo laat de gemeente weten.",
                   "Wil je elke ochtend het belangrijkste nieuws uit de regio? Meld je aan voor onze nieuwsbrief.",
                   language="nl"),
           Example("« On a connu pire », dit-il en rangeant ses filets sur le quai avant la marée du soir.\n"
                   "Cet article vous a été utile ? Recevez chaque matin l'essentiel de l'actualité avec notre newsletter.\n"
                   "Les vents doivent faiblir dans la nuit de mardi à mercredi, selon les prévisionnistes.",
                   "Cet article vous a été utile ? Recevez chaque matin l'essentiel de l'actualité avec notre newsletter.",
                   language="fr"),
           Example("Zapisz się na newsletter „Poranek Rynku” i otrzymuj najważniejsze informacje przed otwarciem sesji.",
                   language="pl"),
           Example("✉ Recevez mes nouvelles recettes chaque semaine, comme 38 000 gourmands", language="fr"),
           Example("Las claves del día en tu correo, cada mañana a las 7.00. Apúntate gratis.", language="es"),
           Example("Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach?", language="de"),
           Example("県内の最新ニュースを毎朝メールでお届けします", language="ja"),
           Example("Newsletter Côte Matin\nRecevez chaque matin l'essentiel de l'actualité de la côte. Je m'inscris",
                   "Recevez chaque matin l'essentiel de l'actualité de la côte. Je m'inscris", language="fr"),
           Example("Quer mais passeios destes? Enviamos três ideias de fim de semana à quinta-feira. Subscrever a newsletter",
                   language="pt"),
           Example("E-Mail-Adresse", language="de"), Example("Twój e-mail | Zapisuję się", language="pl"), Example("Adresse e-mail *", language="fr")),
    keeps=("“Subscribe now and never miss an issue!”",
           Example("Kooperatif, markasını tanıtmak için reklam ajansıyla çalışmak yerine ürünlerini ilçedeki pazarda ve "
                   "muhtarlıklar aracılığıyla satmayı tercih ediyor. Yönetim, kuracağı internet sitesinde çerez "
                   "kullanılmayacağını, üyelere de e-bülten yerine kısa mesajla bilgi verileceğini açıkladı.", language="tr"),
           Example("«Suscríbete y te avisamos el mismo día», resumió la edil.", language="es"),
           Example("――予約方法はどう周知するのか。\n「広報紙や町のLINE公式アカウント、メールマガジンで知らせるほか、集落ごとに説明会を開く。」",
                   "「広報紙や町のLINE公式アカウント、メールマガジンで知らせるほか、集落ごとに説明会を開く。」", language="ja"),
           "The mayor's weekly letter to residents was discontinued in March.", "E-mail",
           Example("同社は、新しい時刻表を駅のポスターやメールマガジンで周知する。", language="ja"),
           Example("市は制度の詳細を広報紙「みやのうら」12月号や市のメールマガジンで周知する。", language="ja"),
           Example("Assinar a newsletter da câmara passou a ser obrigatório para os fornecedores, explicou a vereadora.",
                   language="pt"),
           Example("Il consorzio ha chiesto alla Regione di pulire il canale prima dell'estate, quando l'acqua serve "
                   "ai campi.\nSecondo i tecnici il canale Telegram dei volontari ha segnalato la frana per primo, alle "
                   "sei del mattino di lunedì.\nLa strada resterà chiusa fino a venerdì, ha spiegato il sindaco ai "
                   "giornalisti.", "Secondo i tecnici il canale Telegram dei volontari ha segnalato la frana per primo, "
                   "alle sei del mattino di lunedì.", language="it"),
           Example("The council met on Monday evening to discuss the future of the town's only swimming pool.\n"
                   "The mayor promised to publish a monthly newsletter on the progress of the pool project for residents.\n"
                   "Work is due to start in the spring if the region approves the funding request in time.",
                   "The mayor promised to publish a monthly newsletter on the progress of the pool project for residents."),
           Example("Newsletter\nThe club's newsletter goes out to 400 members every month.", "Newsletter"),
           Example("De gemeente wil de inwoners beter informeren over de werkzaamheden aan de brug in het centrum.\n"
                   "De burgemeester riep alle inwoners van de stad op: meld je aan voor de nieuwsbrief van de gemeente, zei ze.\n"
                   "De werkzaamheden duren tot het einde van de zomer, zo verwacht de aannemer op dit moment.",
                   "De burgemeester riep alle inwoners van de stad op: meld je aan voor de nieuwsbrief van de gemeente, zei ze.", language="nl"),
           Example("The council met on Monday evening to discuss the future of the town's only swimming pool.\n"
                   "The mayor urged residents who want updates on the pool to read the monthly newsletter and sign up.\n"
                   "Work is due to start in the spring if the region approves the funding request in time.",
                   "The mayor urged residents who want updates on the pool to read the monthly newsletter and sign up.")),
)
def newsletter(ctx: Context) -> Outcome:
    """A newsletter sign-up prompt, with the box's header word and its button."""
    if QUOTE_THEN_SPEAKER.match(ctx.text) or QUOTED_LINE.match(ctx.text):
        return None  # "«Suscríbete y te avisamos el mismo día», resumió la edil.": someone's words, reported (or quoted
        # whole: '“Subscribe now and never miss an issue!”' in a column about newsletters)
    if ctx.words <= SIGN_UP_MAX_WORDS and SIGN_UP.search(ctx.lower) and not _in_article_prose(ctx):
        return "sign-up prompt"
    if ctx.words <= SIGN_UP_MAX_WORDS and JOIN_READERS.match(ctx.lower):
        return "sign-up prompt"  # "Join 40,000 bakers — get new recipes every Sunday. Subscribe"
    if (ctx.words <= JA_MAIL_PITCH_MAX_WORDS and JA_MAIL_PITCH.search(ctx.text)
            and not (ctx.text.endswith("。") and JA_REPORT.search(ctx.text))):  # (not "同社は、…メールで配信する。")
        return "newsletter pitch"  # "地域のニュースを毎朝メールでお届け"
    if ctx.words <= INBOX_QUESTION_MAX_WORDS and ctx.text.rstrip().endswith(("?", "？")) and INBOX.search(ctx.lower):
        return "sign-up box's question"  # "Elke ochtend het nieuws uit de regio in je mailbox?"
    if ctx.words <= PROMPT_MAX_WORDS and (
        ((NEWSLETTER_WORD.search(ctx.lower) or INBOX.search(ctx.lower)) and SIGN_UP_TAIL.search(ctx.lower))
        or SIGN_UP_NEWSLETTER_TAIL.search(ctx.lower)
    ):
        return "sign-up prompt"
    if ctx.words <= PROMPT_MAX_WORDS and SIGN_UP_TAIL.search(ctx.lower) and _under_newsletter_name(ctx):
        return "sign-up prompt"  # "Newsletter Ouest Littoral Matin" / "Recevez chaque matin l'essentiel …. Je m'inscris"
    if ctx.words <= BOX_WORD_MAX_WORDS and BOX_WORD.match(ctx.lower.strip(" :!.")) and _near_sign_up(ctx):
        return "newsletter box"
    if ctx.words <= SIGN_UP_MAX_WORDS and NAMED_NEWSLETTER.match(ctx.lower):
        return "newsletter's name and pitch"  # "Newsletter Métropole : recevez chaque matin l'essentiel …"
    if ctx.words <= EMAIL_FIELD_MAX_WORDS and _email_field(ctx.lower):
        return "a form's e-mail field"
    return _prompt(ctx, "newsletter", "newsletter prompt")


# "地域のニュースを毎朝メールでお届け", "最新記事をメールで配信します": the site's news, sent by mail on a schedule.
JA_MAIL_PITCH = rx.compile(r"(?:毎朝|毎日|毎週|毎晩|定期的に|いち早く)?.{0,8}メールで(?:お届け|配信)")
JA_MAIL_PITCH_MAX_WORDS = 20
NEWSLETTER_NAME_MAX_WORDS = 6


def _under_newsletter_name(ctx: Context) -> bool:
    """The line above names a newsletter: "Newsletter Ouest Littoral Matin", "Der Morgen-Newsletter"."""
    above = ctx.at(-1)
    return (above is not None and above.words <= NEWSLETTER_NAME_MAX_WORDS and not above.sentence
            and NEWSLETTER_WORD.search(above.lower) is not None)


EMAIL_FIELD_MAX_WORDS = 6
INBOX_QUESTION_MAX_WORDS = 14
BARE_EMAIL = frozenset({"e-mail", "email", "e-mail:", "email:"})  # a contact box's label or an article's sub-heading


def _email_field(lower: str) -> bool:
    """"E-Mail-Adresse", "Your email address", "Adresse e-mail *": a form's field alone on its line (or with its
    button: "Twój e-mail | Zapisuję się")."""
    field, bar, button = lower.partition("|")
    field = field.strip(" .!:…*")
    if bar and not _button_word(button.strip(" .!")):
        return False
    return (field not in BARE_EMAIL or bool(bar)) and EMAIL_FIELD.fullmatch(field) is not None


def _under_email_field(ctx: Context) -> bool:
    above = ctx.at(-1)
    return above is not None and above.words <= EMAIL_FIELD_MAX_WORDS and _email_field(above.lower)


def _button_word(text: str) -> bool:
    return SUBSCRIBE_BUTTON.match(text) is not None or SIGN_UP_TAIL.search(text) is not None or text in FIRST_PERSON_BUTTONS


FIRST_PERSON_BUTTONS = frozenset({"zapisuję się", "je m'inscris", "je m'abonne", "me suscribo", "me apunto", "mi iscrivo",
                                  "quiero recibirla", "quiero recibirlo", "je veux la recevoir", "ich will ihn haben",
                                  "ich melde mich an", "ik schrijf me in", "quero receber", "abone ol"})


# "Newsletter Métropole : recevez …", "Der Morgen-Newsletter: Jeden Tag …": the newsletter's name opens the line, then its
# pitch after a colon (the article's own sentence about a newsletter runs on without one).
NAMED_NEWSLETTER = rx.compile(
    r"^(?:(?:the|our|unser(?:e|en)?|notre|la|le|nuestro|el|il|la nostra|a nossa|o nosso|onze|de|nasz)\s)?\S{0,20}?"
    r"(?:newsletter|boletín|boletim|nieuwsbrief|biuletyn|bülten|ενημερωτικό|розсилка|рассылка|nyhetsbrev)"
    r"(?:\s\p{L}[\p{L}'’-]*){0,3}\s?:\s\p{L}"
)


# "Join 40,000 bakers", "Rejoignez plus de 12 000 abonnés": the site counting the readers who signed up.
JOIN_READERS = rx.compile(
    r"^(?:join|rejoignez|únete a|unisciti a(?:gli| ai)?|junte-se a(?:os)?|schließen sie sich|dołącz do|katılın|"
    r"присоединяйтесь к|долучайтеся до|sluit je aan bij)\s(?:more than |over |plus de |más de |oltre |mais de |über |"
    r"ponad |ruim |meer dan )?\d[\d,. \u202f]*\s?(?:k\s)?\p{L}+"
)


# "… in your inbox", "… en tu correo": where the newsletter arrives, a newsletter by another name.
INBOX = rx.compile(
    r"(?<!\w)(?:in your inbox|to your inbox|en tu (?:correo|bandeja)|en su correo|dans votre (?:boîte|messagerie)|"
    r"in ihr(?:em)? (?:postfach|posteingang)|in dein(?:em)? (?:postfach|posteingang)|nella tua (?:casella|email|mail)|"
    r"no (?:seu|teu) (?:e-?mail|correio)|in je (?:mailbox|inbox)|na (?:twoją|twoja) skrzynkę|e-posta kutunuza)(?!\w)"
)
# "Newsletter", "Unser Newsletter", "Boletín": the label of a sign-up box.
NEWSLETTER_WORD = rx.compile(
    r"(?<!\w)(?:newsletter|boletín|boletim|nieuwsbrief|biuletyn|bülten|ενημερωτικό|розсилка|рассылка|nyhetsbrev|"
    r"メルマガ|ニュースレター)(?!\w)"
)
BOX_LABEL_MAX_WORDS = 3
BOX_LINE_MAX_WORDS = 20
BOX_REACH = 3


def _box_label(ctx: Context | None) -> bool:
    """"Newsletter", "Unser Newsletter", or the newsletter with its name in quotes ("Newsletter „Niedziela u Zosi”")."""
    return (ctx is not None and not ctx.sentence and NEWSLETTER_WORD.search(ctx.lower) is not None
            and (ctx.words <= BOX_LABEL_MAX_WORDS or len(ctx.text.split()) <= BOX_LABEL_MAX_WORDS  # "Der Ort-Newsletter"
                 or (ctx.words <= 2 * BOX_LABEL_MAX_WORDS and QUOTED_NAME.search(ctx.text) is not None)))


# "NEWSLETTER – L'essentiel de l'actu chaque matin": the box's label, then its pitch on the same line.
BOX_LABEL_OPENING = rx.compile(r"^(?:newsletter|nieuwsbrief|nyhetsbrev|bülten|biuletyn|розсилка|рассылка)\s?[–—:|-]\s")
QUOTED_NAME = rx.compile(r"[„\"«“‚'‹][^„\"«»“”‚‘’'‹›]{2,40}[”\"»“‘’'›]$")


# A sign-up box's button alone on its line: "Subscrever", "S'abonner", "Iscriviti".
SUBSCRIBE_BUTTON = rx.compile(
    r"^(?:(?:jetzt|now|gratis|kostenlos|free|for free|gratuitement|gratuitamente|ora|nu|gratis|teraz|za darmo|şimdi|ücretsiz)\s){0,2}"
    r"(?:subscribe|join|abonnieren|anmelden|registrieren|s'abonner|s'inscrire|je m'inscris|valider|suscribirse|"
    r"suscribirme|apuntarme|iscriviti|iscrivimi|subscrever|subscreva|assinar|inscrever|inscrever-me|cadastrar|"
    r"aanmelden|inschrijven|zapisz mnie|zapisuję się|zapisz się|abone ol|εγγραφή|підписатися|подписаться|prenumerera|"
    r"quero receber|quero me inscrever|quiero recibirla|quiero suscribirme|je veux la recevoir|i want it|sign me up|"
    r"count me in|inscrivez-moi|anmelden bitte|apúntame)$"
)


def _sign_up_control(ctx: Context | LineText | None) -> bool:
    """The box's field or button: "E-mail address", "Sign up", "Jetzt abonnieren", "Subscrever"."""
    if ctx is None or ctx.words > SIGN_UP_MAX_WORDS:
        return False
    return (ctx.line_key in ("login", "call_to_action") or "newsletter" in ctx.contains or "paywall" in ctx.contains
            or SIGN_UP.search(ctx.lower) is not None or SUBSCRIBE_BUTTON.match(ctx.lower.strip(" .!")) is not None
            or EMAIL_FIELD.fullmatch(ctx.lower.strip(" .!:…")) is not None)


# The e-mail field alone on its line: "Twój e-mail", "Your email address", "Ihre E-Mail-Adresse".
EMAIL_FIELD = rx.compile(
    r"(?:enter |type |saisissez |introduce |inserisci |digite |voer |wpisz |geben sie )?"  # "Enter your email address"
    r"(?:your|ihre|deine|votre|ton|tu|su|la tua|il tuo|o seu|o teu|seu|je|jouw|uw|twój|e-posta|το)?\s?"
    r"(?:best |beste |meilleur |mejor |miglior |melhor )?"  # "Seu melhor e-mail", "Your best email"
    r"(?:e-?mail(?:[- ]?(?:address|adresse|adres|adresi|adresa))?|adresse e-?mail|correo(?: electrónico)?|"
    r"indirizzo e-?mail|endereço de e-?mail|e-?mailadres|adres e-?mail|e-posta adresiniz|email σας)"
)


def _in_sign_up_box(ctx: Context) -> bool:
    """A short line between a newsletter label above and the sign-up field or button below, or right between two of
    the box's controls."""
    if ctx.words > BOX_LINE_MAX_WORDS or (ctx.quality is Quality.PROSE and ctx.words >= PROMPT_PROSE_MIN_WORDS):
        return False
    at = ctx.view.nearest_above("prompts.box_label", _box_label, ctx.index, BOX_REACH - 1)
    label = None if at is None else ctx.index - at
    if label is None:  # "Sign up to Bookmarks" / its pitch / "Enter your email address": a pitch between two controls
        return _short_control(ctx.at(-1)) and _short_control(ctx.at(1))
    if not all(_sign_up_control(ctx.at(-k)) or ctx.at(-k) is None for k in range(1, label)):
        return False  # only the box's own lines between the label and this one
    return any(_sign_up_control(ctx.at(k)) for k in range(1, BOX_REACH))


# A control of the box itself is a few words ("Sign up to Bookmarks"); "Sign up for a Hulu ad-free account for
# $11.99 a month" is a deal's advice.
SHORT_CONTROL_MAX_WORDS = 6


def _short_control(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= SHORT_CONTROL_MAX_WORDS and _sign_up_control(ctx)


# The small print under a sign-up box: consent boxes and the data-protection note.
CONSENT = rx.compile(
    r"^by (?:submitting|signing up|subscribing|clicking|registering)|contact me with (?:news|offers)|"
    r"(?:news|offers) (?:and|or|&) (?:offers|news) from|(?:i )?(?:agree|accept|consent) to (?:the )?(?:terms|privacy)|"
    r"privacy (?:policy|notice)|politique de confidentialité|protection des données|datenschutz(?:erklärung|hinweise|bestimmungen)|"
    r"política de privacidad|informativa (?:sulla )?privacy|política de privacidade|"
    r"(?:vos|tes) données (?:personnelles )?sont|ihre daten werden|tus datos|sus datos (?:serán|se)|i tuoi dati|os seus dados|"
    # "We use your sign-up to …", "You can unsubscribe at any time": how the address will be used
    r"we use your (?:sign-?up|email|details)|unsubscribe at any time|vous désinscrire à tout moment|"
    r"vous désabonner à tout moment|jederzeit (?:ab|wieder ab)(?:melden|bestellen)|darte de baja en cualquier momento|"
    r"annullare l'iscrizione in qualsiasi momento|cancelar a (?:sua )?(?:subscrição|inscrição) a qualquer momento|"
    r"op elk moment (?:je )?afmelden|zrezygnować w każdej chwili|istediğiniz zaman abonelikten|"
    r"διαγραφείτε οποιαδήποτε στιγμή|відписатися будь-коли|отписаться в любой момент|"
    # the privacy policy in the other languages we ship, and "by signing up" where it opens the line
    r"privacybeleid|privacyverklaring|polityk[aię] prywatności|gizlilik politikası|πολιτική απορρήτου|"
    r"політик[аиу] конфіденційності|политик[аиу] конфиденциальности|integritetspolicy|プライバシーポリシー|"
    r"^(?:με την εγγραφή|door je (?:aan )?te melden|door (?:u )?in te schrijven|zapisując się|kaydolarak|abone olarak|"
    r"підписуючись|подписываясь|genom att (?:prenumerera|registrera)|al suscribirte|al registrarte|iscrivendoti|"
    r"en vous inscrivant|mit der anmeldung|mit ihrer anmeldung|нажимая|натискаючи|en cliquant|al hacer clic|cliccando|"
    r"ao clicar|door op|klikając|tıklayarak|πατώντας|by clicking)|"
    # consent to the processing of personal data: "… вы соглашаетесь на обработку персональных данных"
    r"обработку персональных данных|обробку персональних даних|przetwarzanie danych osobowych|"
    r"traitement de (?:vos|mes) données|tratamiento de (?:tus|sus|mis) datos|trattamento dei (?:tuoi |miei )?dati|"
    r"verarbeitung (?:meiner|ihrer) daten|processing of (?:my|your) (?:personal )?data|kişisel verileriniz|kvkk kapsamında"
)
CONSENT_MAX_WORDS = 50
CONSENT_REACH = 4


def _sign_up_line(ctx: Context) -> bool:
    """A newsletter label, pitch, field or button (the line's own words)."""
    return _sign_up_control(ctx) or _box_label(ctx) or (ctx.words <= SIGN_UP_MAX_WORDS and SIGN_UP.search(ctx.lower) is not None)


def _consent_note(ctx: Context) -> bool:
    """Consent or data-protection small print right under a sign-up box."""
    if ctx.words > CONSENT_MAX_WORDS or CONSENT.search(ctx.lower) is None:
        return False
    above = ctx.view.nearest_above("prompts.sign_up_line", _sign_up_line, ctx.index, CONSENT_REACH)
    # right under the box's field or button, the small print goes even when the article resumes under it
    return above is not None and (above >= ctx.index - 1 or not _in_article_prose(ctx))


@line_feature("signup")
def _sign_up_text(line: LineText) -> bool:
    """A line that may belong to a sign-up box: its label, field or button, a sign-up call (the rules above, by text)."""
    if _sign_up_control(line):
        return True
    return line.words <= SIGN_UP_MAX_WORDS and (NEWSLETTER_WORD.search(line.lower) is not None
                                                or (line.words <= EMAIL_FIELD_MAX_WORDS and _email_field(line.lower)))


@detector(
    "PR07", "prompts.newsletter_box", near=(("signup",), CONSENT_REACH),
    flags=(Example("Newsletter\nGet the week's most important security news every Friday.\nEmail address\nSign up",
                   "Get the week's most important security news every Friday."),
           Example("Il tuo indirizzo email\nIscrivimi", "Iscrivimi", language="it"),
           Example("Geri çağırma uyarılarını kaçırmayın\nToplatılan ürünlerle ilgili bildirimleri ilk siz öğrenin, bültenimize "
                   "abone olun.\nE-posta adresiniz\nAbone Ol", "Geri çağırma uyarılarını kaçırmayın", language="tr"),
           Example("NEWSLETTER – L'essentiel de l'actu chaque matin à 7 h\nVotre adresse e-mail\nJe m'inscris",
                   "NEWSLETTER – L'essentiel de l'actu chaque matin à 7 h", language="fr"),
           Example("Der Bürgermeister besuchte am Mittag die Streikenden am Haupttor der Klinik.\nDer Kreisstadt-Newsletter\n"
                   "Alles Wichtige aus Ihrer Stadt, jeden Morgen in Ihrem Postfach.\nJetzt kostenlos abonnieren",
                   "Der Kreisstadt-Newsletter", language="de"),
           Example("Το email σας\nΕγγραφή\nΜε την εγγραφή αποδέχεστε τους Όρους Χρήσης και την Πολιτική Απορρήτου.",
                   "Με την εγγραφή αποδέχεστε τους Όρους Χρήσης και την Πολιτική Απορρήτου.", language="el"),
           Example("Receba a newsletter Conta Certa\nSeu melhor e-mail\nQuero receber", "Quero receber", language="pt"),
           Example("Ваш e-mail\nПодписаться\nНажимая «Подписаться», вы соглашаетесь на обработку персональных данных.",
                   "Нажимая «Подписаться», вы соглашаетесь на обработку персональных данных.", language="ru"),
           Example("Sign up to Shelf Life\nNew books, interviews and our top tens, every Thursday.\nEnter your email address\nSign up",
                   "New books, interviews and our top tens, every Thursday."),
           Example("Enter your email address | Sign up\n"
                   "By signing up you agree to our privacy notice. You can unsubscribe at any time.\n"
                   "The lido's chair, who has campaigned for its reopening since 2016, said the wait had been worth it.",
                   "By signing up you agree to our privacy notice. You can unsubscribe at any time."),
           Example("Newsletter\nDas Morgen-Briefing: Alles, was Sie vor Börsenstart wissen müssen.\nJetzt abonnieren",
                   "Newsletter", language="de"),
           Example("Newsletter\nTodas as manhãs, as notícias do Vale antes do café.\nSubscrever",
                   "Todas as manhãs, as notícias do Vale antes do café.", language="pt"),
           Example("Sign up to the Gadget newsletter\nGet the best deals straight to your inbox.\n"
                   "Contact me with news and offers from other brands\nBy submitting your information you agree to the "
                   "Terms & Conditions and Privacy Policy and are aged 16 or over.",
                   "By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over."),
           Example("Votre adresse e-mail\nJe m'inscris\nVos données sont traitées conformément à notre politique de "
                   "confidentialité.", "Vos données sont traitées conformément à notre politique de confidentialité.",
                   language="fr"),
           Example("Enter your email\nSubscribe\nWe use your sign-up to provide content in ways you've consented to and "
                   "to improve our understanding of you. Read our Privacy Notice.",
                   "We use your sign-up to provide content in ways you've consented to and to improve our understanding "
                   "of you. Read our Privacy Notice.")),
    keeps=(Example("Newsletter\nThe council will publish a newsletter every month from May, the mayor said on Monday.",
                   "Newsletter"),
           Example("Newsletter\nSubscribers to the project's security newsletter were warned 48 hours before the "
                   "public announcement.\nSign up",
                   "Subscribers to the project's security newsletter were warned 48 hours before the public announcement."),
           Example("What happened\nThe maintainers noticed the change.\nSign up", "The maintainers noticed the change."),
           Example("The regulator fined the shop for its privacy policy.\nCustomers were not told how long data was kept.",
                   "The regulator fined the shop for its privacy policy.")),
)
def newsletter_box(ctx: Context) -> Outcome:
    """A newsletter sign-up box: its label and its pitch, down to the e-mail field or button."""
    if _consent_note(ctx):  # small print runs longer than the box's own lines
        return "sign-up consent note"
    if (ctx.words <= PITCH_MAX_WORDS and ((NEWSLETTER_WORD.search(ctx.lower) and (READER.search(ctx.lower)
                                                                                 or BOX_LABEL_OPENING.match(ctx.lower)))
                                          or JOIN_READERS.match(ctx.lower)) and _sign_up_control(ctx.at(1))):
        return "newsletter pitch over its e-mail field"  # "Vous aimez nos entretiens ? Recevez « La Face B », notre newsletter …"
    if ctx.words > BOX_LINE_MAX_WORDS:
        return None
    if _box_label(ctx) and any(_sign_up_control(ctx.at(k)) for k in range(1, BOX_REACH + 1)):
        return "newsletter box label"
    if (ctx.words <= BOX_HEADER_MAX_WORDS and not ctx.sentence and "digit" not in ctx.features and "colon" not in ctx.features
            and not ctx.text.rstrip().endswith(("?", "？"))
            and (pitch := ctx.at(1)) is not None and ("newsletter" in pitch.features or "newsletter" in pitch.contains)
            and _sign_up_control(ctx.at(2))):
        return "newsletter box header"  # "Geri çağırma uyarılarını kaçırmayın" over its pitch and its e-mail field
    if SUBSCRIBE_BUTTON.match(ctx.lower.strip(" .!")) and (ctx.view.nearest_above(
        "prompts.box_label", _box_label, ctx.index, BOX_REACH
    ) is not None or _under_email_field(ctx)):
        return "newsletter box button"
    if EMAIL_FIELD.fullmatch(ctx.lower.strip(" .!:…")) and ctx.view.nearest_above(
        "prompts.box_label", _box_label, ctx.index, BOX_REACH
    ) is not None:
        return "newsletter box's e-mail field"
    return "newsletter box" if _in_sign_up_box(ctx) else None


# "Nieuwsbrief" over the prompt, "Inschrijven" under it: the box's header and button, words that say
# nothing alone.
BOX_WORD = rx.compile(
    r"^(?:newsletter|nieuwsbrief|nyhetsbrev|bülten|e-bülten|biuletyn|ενημερωτικό δελτίο|розсилка|рассылка|ニュースレター|"
    r"メルマガ|subscribe|sign up|inschrijven|aanmelden|abonneren|anmelden|abonnieren|s'inscrire|je m'inscris|suscribirse|"
    r"suscribirme|iscriviti|iscrivimi|inscrever|assinar|zapisz się|subskrybuj|kaydol|abone ol|εγγραφή|εγγραφείτε|"
    r"підписатися|подписаться|prenumerera|registrera|登録|登録する)$"
)
BOX_WORD_MAX_WORDS = 3
BOX_HEADER_MAX_WORDS = 6
PITCH_MAX_WORDS = 40


def _near_sign_up(ctx: Context) -> bool:
    for off in (-2, -1, 1, 2):
        near = ctx.at(off)
        if near is not None and near.words <= SIGN_UP_MAX_WORDS and not _in_article_prose(near) and (
            "newsletter" in near.contains or SIGN_UP.search(near.lower)
        ):
            return True
    return False


# A subscription offer in any wording: a price, a billing period and a word for reading or access
# ("1 € le premier mois pour lire tous nos articles", "Lås upp alla artiklar för 1 krona första månaden").
# A report on a price rise names a price and a period but no reading ("The gym now costs €30 a month.").
BILLING_PERIOD = rx.compile(
    r"(?<!\w)(?:a|per|the first|first|every) (?:week|month|year)|(?<!\w)for (?:\d{1,2}|one|two|three|six|twelve) (?:weeks|months)|/\s?(?:month|mo|week|mois|mes|mese|mês|monat|maand|"
    r"månad|miesiąc|ay|μήνα|міс|мес)\.?(?!\w)|(?:par|le premier|premier) mois|al mes|el primer mes|al mese|il primo mese|"
    r"por mês|(?:o )?primeiro mês|(?:im|pro|den ersten|im ersten) monat|per maand|(?:de )?eerste maand|första månaden|"
    r"i månaden|per månad|(?:za |przez )?pierwszy miesiąc|miesięcznie|ayda|ilk ay|(?:το )?μήνα|на місяць|перший місяць|"
    r"в месяц|первый месяц|月額|初月|"
    # "per i primi 3 mesi", "for the first three months": an introductory offer's length
    r"per i primi (?:\d{1,2}|due|tre|sei) mesi|(?:for )?the first (?:\d{1,2}|two|three|six) months|"
    r"les (?:\d{1,2}|deux|trois|six) premiers mois|los primeros (?:\d{1,2}|dos|tres|seis) meses|"
    r"die ersten (?:\d{1,2}|zwei|drei|sechs) monate|os primeiros (?:\d{1,2}|dois|três|seis) meses|"
    r"de eerste (?:\d{1,2}|twee|drie|zes) maanden|przez pierwsze \d{1,2} miesi\w+|ilk \d{1,2} ay",
)
READING_ACCESS = rx.compile(
    r"(?<!\w)(?:read|reading|articles?|stories|access|unlock|subscri\w*|lire|articles|accès|abonn\w*|débloqu\w*|"
    r"leer|artículos|acceso|suscr\w*|leggi|leggere|articoli|accesso|abbon\w*|sblocc\w*|ler|leia|artigos|acesso|assin\w*|"
    r"lesen|weiterlesen|artikel|zugang|abo\w*|freischalt\w*|lees|lezen|toegang|läs\w*|artiklar|lås upp|prenumer\w*|"
    r"czytaj\w*|artykuł\w*|dostęp|prenumerat\w*|oku\w*|haber\w*|erişim|abone|διαβ\w*|άρθρα|πρόσβαση|συνδρομ\w*|"
    r"чита\w*|статт\w*|статьи|статей|доступ|передплат\w*|подписк\w*|記事|購読)(?!\w)"
)
OFFER_MAX_WORDS = 30
WORD = rx.compile(r"\w+")
# A word every BILLING_PERIOD match contains.
PERIOD_WORDS = frozenset({
    "week", "month", "year", "weeks", "months", "mo", "mois", "mes", "mese", "mês", "monat", "maand", "månad", "månaden", "miesiąc",
    "miesięcznie", "ay", "ayda", "μήνα", "міс", "місяць", "мес", "месяц", "mesi", "meses", "monate", "maanden",
})


def _billed_per_period(lower: str, *, cjk: bool = False) -> bool:
    """A price per week, month or year ("$10 a month", "9,99 € mensuels"; with ``cjk``, "月額")."""
    if PERIOD_WORDS.isdisjoint(WORD.findall(lower)) and not (cjk and "月" in lower):
        return False  # no billing period at all: the pattern below is slow, this test is not
    return BILLING_PERIOD.search(lower) is not None


def _subscription_offer(ctx: Context) -> bool:
    if ctx.words > OFFER_MAX_WORDS or "digit" not in ctx.features:
        return False
    lower = ctx.lower
    if not _billed_per_period(lower, cjk=True):
        return False
    return (
        READING_ACCESS.search(lower) is not None
        and (find_price(ctx.text) is not None or "¢" in ctx.text or PRICE_IN_WORDS.search(lower) is not None)
        and not _in_article_prose(ctx)
    )


# "Il vous reste 2 articles gratuits ce mois-ci", "You have read 2 of 3 free articles": the metered paywall's count.
FREE_ARTICLES = rx.compile(
    # "Sie lesen 2 von 5 kostenlosen Artikeln", "2 of 5 free articles": a count of the free articles
    r"(?<!\d)\d{1,2} (?:von|of|de|di|sur|su|van|z|из|з|από|av) \d{1,2} (?:\w+ )?(?:kostenlos|gratis|free|gratuit|gratuiti|"
    r"darmow|ücretsiz|δωρεάν|безкоштовн|бесплатн|kostnadsfri)|"
    r"you have (?:read )?\d+ (?:of \d+ )?free (?:articles?|stories)|\d+ free (?:articles?|stories) (?:left|remaining)|"
    r"il vous reste \d+ articles? (?:gratuits?|à lire|offerts?)|vous avez (?:lu|consulté) \d+ (?:des|sur|de vos) \d+ articles|"
    r"sie haben (?:noch )?\d+ (?:von \d+ )?(?:kostenlose|freie|gratis)\w* artikel|noch \d+ kostenlose artikel|"
    r"te queda\w* \d+ (?:artículos|noticias) (?:gratis|gratuit)|has leído \d+ de \d+ (?:artículos|noticias)|"
    r"ti (?:restano|rimangono) \d+ articoli|hai letto \d+ (?:di \d+ )?articoli (?:gratuiti|gratis)|"
    r"resta(?:m|-lhe|m-lhe)? \d+ artigos?|(?:você )?(?:já )?leu \d+ de \d+ (?:artigos|matérias|reportagens)|"
    r"(?:je hebt|u heeft) (?:nog )?\d+ (?:van de \d+ )?gratis (?:artikel|artikelen|verhalen)|"
    r"(?:zostało|pozostało) (?:ci|państwu) \d+ (?:darmow\w+ )?artykuł|przeczytałeś \d+ z \d+|"
    r"\d+ ücretsiz (?:haber|makale) hakk|σας απομένουν \d+ (?:δωρεάν )?άρθρα|"
    r"(?:у вас )?залишилося \d+ (?:безкоштовних )?(?:статей|матеріал)|(?:у вас )?осталось \d+ (?:бесплатных )?(?:стат|материал)|"
    r"無料記事(?:は|が|[：:]\s?)?残り\d+本|残り\d+本の無料記事|^残り\d[\d,]*文字"
)


# "You've read 58% of this story", "Sie haben 40 % des Artikels gelesen": a reading-progress bar's text.
READ_SHARE = rx.compile(
    r"(?:you(?:'ve|’ve| have) read|sie haben|vous avez lu|has leído|ha leído|hai letto|je hebt|u heeft|przeczytał\w*|"
    r"(?:você )?(?:já )?leu|έχετε διαβάσει|ви прочитали|вы прочитали)\s(?:the |el |il |o |το )?"
    r"(?:%\s?\d{1,3}|\d{1,3}\s?%)(?!\d)"
    r"|(?:%\d{1,3}\S*\s(?:okudunuz|okundu)|記事の\d{1,3}\s?[%％]を読みました|\d{1,3}\s?% (?:read|gelesen|lu|leído|letto|gelezen|przeczytano))"
    # what is left to read: "Il vous reste 55 % de cet article à lire", "Noch 60 % des Artikels"
    r"|(?:il vous reste|noch|te queda|le queda|ti resta|resta(?:m)?|there(?:'s|’s| is)|you have)\s\d{1,3}\s?%\s"
    r"(?:de cet article|de l'article|des artikels|dieses artikels|del artículo|de este artículo|dell'articolo|do artigo|"
    r"deste artigo|of (?:this|the) (?:article|story))"
)
READ_SHARE_MAX_WORDS = 12
# Words every counter above holds: tested before the pattern (the detector runs on every line with figures).
FREE_ARTICLE_STEMS = ("articl", "文字", "artikel", "artícul", "stories", "storie", "artigo", "matéria", "reportage", "verhal",
                      "artykuł", "przeczyta", "haber", "makale", "άρθρα", "стат", "матеріал", "материал", "記事", "leíd",
                      "letto", "leu ")


# "Sans engagement, résiliable à tout moment", "Cancel anytime", "Jederzeit kündbar": an offer's terms, not a sentence.
SUBSCRIPTION_TERMS = rx.compile(
    r"^(?:sans engagement|résiliable (?:à tout moment|en ligne)|cancel (?:any ?time|at any time)|no commitment|"
    r"jederzeit kündbar|monatlich kündbar|ohne mindestlaufzeit|sin permanencia|cancela cuando quieras|"
    r"disdici (?:quando vuoi|in qualsiasi momento)|senza vincoli|sem fidelização|cancele quando quiser|"
    r"maandelijks opzegbaar|altijd opzegbaar|bez zobowiązań|istediğin zaman iptal|χωρίς δέσμευση|без зобов'язань|"
    r"без обязательств|ingen bindningstid)(?!\w)"
)
SUBSCRIPTION_TERMS_MAX_WORDS = 10
# "Nos offres", "Unsere Angebote": the header of a subscription box over its first offer.
OFFERS_HEADER = rx.compile(
    r"^(?:nos offres|our offers|our plans|subscription offers|unsere angebote|unsere abos|nuestras ofertas|"
    r"le nostre offerte|as nossas ofertas|nossos planos|onze aanbiedingen|nasze oferty|tekliflerimiz|οι προσφορές μας|"
    r"наші пропозиції|наши предложения)\s?[:：]?$"
)
OFFERS_HEADER_MAX_WORDS = 4


@line_feature("subscription_box")
def _subscription_box_text(line: LineText) -> bool:
    """A subscription box's own words: its terms or its header."""
    return ((line.words <= SUBSCRIPTION_TERMS_MAX_WORDS and SUBSCRIPTION_TERMS.match(line.lower) is not None)
            or (line.words <= OFFERS_HEADER_MAX_WORDS and OFFERS_HEADER.match(line.lower) is not None))


# "EKONOMİ+ PREMIUM", "SZ Plus", "Abo", "Réservé aux abonnés": the label of an article for subscribers only.
PREMIUM_LABEL = rx.compile(r"^(?:\S+\s){0,2}(?:premium|plus|exklusiv|exclusive|abo|abonnés|réservé aux abonnés|"
                              r"solo para suscriptores|exclusivo para assinantes|riservato agli abbonati|abonelere özel)$|^\S+\+$")
PREMIUM_LABEL_MAX_WORDS = 3
PREMIUM_TEASER_MAX_WORDS = 40


@line_feature("premium_label")
def _premium_label_text(line: LineText) -> bool:
    """A subscribers' label alone on its line: "EKONOMİ+ PREMIUM"."""
    return line.words <= PREMIUM_LABEL_MAX_WORDS and not line.sentence and PREMIUM_LABEL.match(line.lower) is not None


@detector(
    "PR03", "prompts.paywall", triggers=("contains:paywall", "digit", "subscription_box", "premium_label"),
    flags=("Subscribe to continue reading", "Already a subscriber? Log in", "Read every story for $2 for 6 months.",
           Example("EKONOMİ+ PREMIUM\nTeknoloji sektöründe işten çıkarma dalgası: Sırada hangi şirketler var?\n"
                   "Bu içerik Ekonomi+ abonelerine özeldir. İlk ay sadece 1 TL.", "EKONOMİ+ PREMIUM", language="tr"),
           Example("EKONOMİ+ PREMIUM\nTeknoloji sektöründe işten çıkarma dalgası: Sırada hangi şirketler var? 2025 beklentileri\n"
                   "Bu içerik Ekonomi+ abonelerine özeldir. İlk ay sadece 1 TL.",
                   "Teknoloji sektöründe işten çıkarma dalgası: Sırada hangi şirketler var? 2025 beklentileri", language="tr"),
           Example("Offre spéciale : 1 € le premier mois pour lire tous nos articles", language="fr"),
           Example("Sostieni l'informazione locale: abbonati a La Voce di Valmarena Digital a 1 € per i primi 3 mesi.",
                   language="it"),
           Example("川端さんはこの日も生放送に向かった。\n有料会員になると、過去の記事や紙面ビューアーもご利用いただけます。今なら初月無料。\n"
                   "港浜市は来年度も番組を支援する方針だ。", "有料会員になると、過去の記事や紙面ビューアーもご利用いただけます。今なら初月無料。",
                   language="ja"),
           Example("Vill du läsa vidare? Lås upp alla artiklar för 1 krona första månaden.", language="sv"),
           Example("Abbonati e leggi tutto senza limiti da 1,99 € al mese", language="it"),
           Example("Il vous reste 2 articles gratuits ce mois-ci. Abonnez-vous pour lire sans limite.\n"
                   "La direction prévoit un TGV sur deux en moyenne sur les lignes à grande vitesse, selon un communiqué.",
                   "Il vous reste 2 articles gratuits ce mois-ci. Abonnez-vous pour lire sans limite.", language="fr"),
           "You've read 58% of this story", Example("Sie haben 40 % des Artikels gelesen", language="de"),
           Example("Il vous reste 55 % de cet article à lire. La suite est réservée aux abonnés.", language="fr"),
           Example("残り412文字（全文1126文字）", language="ja"),
           Example("駅の利用者は年々減り続け、最近は一日に数人しか乗らない日もあったという。\n"
                   "この記事は有料会員記事です。有料会員になると続きをお読みいただけます。\n"
                   "町は駅舎を引き取り、地域の交流拠点として活用する方針を示している。",
                   "この記事は有料会員記事です。有料会員になると続きをお読みいただけます。", language="ja"),
           Example("Sie lesen 2 von 5 kostenlosen Artikeln in diesem Monat.", language="de"),
           Example("Sans engagement, résiliable à tout moment", language="fr"),
           Example("Nos offres\nL'Écho numérique : 1 € le premier mois, puis 9,99 €/mois pour lire tous nos articles",
                   "Nos offres", language="fr"),
           Example("The choir sang on Sunday, as it has done every week since 1952, to a full church.\n"
                   "Sessions like this one are made possible by listeners. Become a sustaining member for $10 a month.\n"
                   "The next concert is planned for the first weekend of May in the same hall.",
                   "Sessions like this one are made possible by listeners. Become a sustaining member for $10 a month.")),
    keeps=("Subscribers to the local gym will get a refund, the council said.",
           "The gym now costs €30 a month, up from €25.",
           "The streaming service raised its price to €13.99 a month, the company said on Tuesday.",
           "Readers who have read 3 free articles on the site are asked to subscribe, the publisher said.",
           "By the end of the trial, you have read 40% more books than the control group, the study found."),
)
def paywall(ctx: Context) -> Outcome:
    """A paywall or subscription prompt, a subscription offer with its price, or a free-article counter; a teaser of a
    subscribers' article, under its label, over its paywall."""
    if "premium_label" in ctx.features:
        return "label of a subscribers' article" if _premium_teaser_below(ctx) else None
    if ctx.words <= PREMIUM_TEASER_MAX_WORDS and (above := ctx.at(-1)) is not None and "premium_label" in above.features and (
            (below := ctx.at(1)) is not None and "paywall" in below.contains):
        return "teaser of a subscribers' article"  # "EKONOMİ+ PREMIUM" / the teaser / "Bu içerik … abonelerine özeldir."
    if ("digit" in ctx.features and ctx.words <= PROMPT_MAX_WORDS and contains_any(ctx.lower, FREE_ARTICLE_STEMS)
            and FREE_ARTICLES.search(ctx.lower)):
        return "free-article counter"  # never the article's own sentence, even between its paragraphs
    if "digit" in ctx.features and ctx.words <= PROMPT_MAX_WORDS and (m := READ_SHARE.search(ctx.lower)) and (
            ctx.words <= READ_SHARE_MAX_WORDS or m.start() == 0):
        return "reading-progress counter"  # (opening the line, with the paywall's sentence after it)
    if ctx.words <= SUBSCRIPTION_TERMS_MAX_WORDS and not ctx.sentence and SUBSCRIPTION_TERMS.match(ctx.lower):
        return "a subscription's terms"  # "Sans engagement, résiliable à tout moment"
    if ctx.words <= OFFERS_HEADER_MAX_WORDS and OFFERS_HEADER.match(ctx.lower) and (below := ctx.at(1)) is not None and (
            _subscription_offer(below) or _priced_membership(below)):
        return "header of a subscription box"  # "Nos offres" over "1 € le premier mois, puis 9,99 €/mois"
    if "paywall" not in ctx.contains:
        return "subscription offer" if _subscription_offer(ctx) else None
    if _priced_membership(ctx):
        return "membership offer with its price"  # "… made possible by listeners. Become a sustaining member for $10 a month …"
    return _prompt(ctx, "paywall", "paywall prompt")




def _premium_teaser_below(ctx: Context) -> bool:
    """The teaser under a premium label, and the paywall under the teaser."""
    teaser, wall = ctx.at(1), ctx.at(2)
    return (teaser is not None and teaser.words <= PREMIUM_TEASER_MAX_WORDS and wall is not None
            and "paywall" in wall.contains)


def _priced_membership(ctx: Context) -> bool:
    """A support or subscription pitch that names its price per period: an offer even among the article's paragraphs."""
    return (ctx.words <= OFFER_MAX_WORDS and "digit" in ctx.features and _billed_per_period(ctx.lower)
            and find_price(ctx.text) is not None)


# "Siga a Folha do Vale no WhatsApp", "Join our Telegram channel": follow us on a messenger.
MESSENGER = rx.compile(r"(?<!\w)(?:whatsapp|telegram|viber|signal|line|threema)(?!\w)", regex.I)
# Imperatives only: "підписали петицію" (signed a petition) is news, "Підписуйтеся" is a prompt.
FOLLOW_WORDS = (
    r"follow us|follow|folgen sie|folge uns|suivez|síguenos|sigue|segui|seguici|siga|sigam|volg ons|volg|"
    r"obserwuj|takip edin|ακολουθήστε|підписуйтеся|підпишіться|подписывайтесь|подпишитесь|стежте|слідкуйте|следите|"
    r"följ|join|únete|"
    r"entre no|entre na|abonnez|abonniere|iscriviti|inscreva-se|dołącz|katıl|присоединяйтесь|долучайтеся|"
    r"友だち追加|登録"
)
FOLLOW = rx.compile(rf"(?<!\w)(?:{FOLLOW_WORDS})(?!\w)", regex.I)
# "Receba notícias da Folha do Vale no WhatsApp": the news delivered to the reader's messenger, as an imperative.
RECEIVE = rx.compile(r"(?:receba|recebe|reciba|recibe|ricevi|receive|get|erhalten sie|erhalte|ontvang|recevez|reçois|"
                        r"otrzymuj|λάβετε|отримуйте|получайте|få)\s")
MESSENGER_PROMPT_MAX_WORDS = 25
# "… per WhatsApp", "… su Telegram": a teaser for the site's channel ends in the messenger's name.
BY_MESSENGER = rx.compile(r"(?<!\w)(?:per|via|auf|on|in|su|no|na|en|op|w|в|у|по)\s(?:whatsapp|telegram|viber|signal)\W*$")
MESSENGER_TEASER_MAX_WORDS = 10
# "Download the Gulf Coast Now app for alerts", "Baixe o app do Portal": an imperative, then the app within a few
# words. A numbered step ("1. Download the county's storm app") is the article's and never reaches this test.
GET_THE_APP = rx.compile(
    r"^(?:download|get|install|baixe|descarregue|descarga|descargue|scarica|télécharge\w*|installe\w*|lade|laden sie|"
    r"hol dir|holen sie sich|download|pobierz|zainstaluj|indir|yükle|κατεβάστε|εγκαταστήστε|завантажте|встановіть|"
    r"скачайте|установите|ladda ner|installera)\s(?:\S+\s){0,6}?(?:\S+-)?(?:app|apps|aplicativo|aplicación|app-?en|applicazione|"
    r"application|appli|applicatie|aplikacj\w*|uygulama\w*|εφαρμογή|додаток|приложение)(?!\w)"
    # "📱北海道日報アプリなら速報をプッシュ通知でお届け。今すぐダウンロード": the app, then the call to download it
    r"|^.{0,30}アプリ.{0,40}(?:ダウンロード|インストール)(?:はこちら|する)?[!！]?$"
    # "Akhisar Gündem mobil uygulamasını indirin, …": the verb comes last in Turkish
    r"|^(?:\S+\s){0,5}uygulama(?:mız|sı)?nı\s(?:hemen\s|ücretsiz\s)?(?:indir|yükle)\w*"
)
APP_PROMPT_MAX_WORDS = 20
# "Escucha el episodio completo en nuestra app", "Read more in our app": the site's app, offered for the rest.
IN_OUR_APP = rx.compile(
    r"^(?:listen|read|watch|escucha|lee|mira|écoutez|lisez|regardez|ascolta|leggi|guarda|ouça|leia|assista|luister|lees|"
    r"kijk|hören sie|lesen sie|słuchaj|czytaj|oglądaj|dinleyin|okuyun|izleyin|ακούστε|διαβάστε|слухайте|читайте)\s"
    r".{0,50}?\s(?:in|en|on|su|na|op|auf|dans|w|στην|у|в)\s(?:our|nuestra|notre|la nostra|nossa|onze|unserer|naszej|"
    r"bizim|την|нашому|нашем)\s(?:app|aplicación|appli|application|applicazione|aplicativo|aplicação|aplikacji|"
    r"uygulamamızda|εφαρμογή|застосунку|додатку|приложении)"
)
# "Suivez Info Sud-Ouest TV sur Instagram", "Bizi Google Haberler'den takip edin": follow the site on a
# network. "She follows 300 accounts on Instagram." is news: a prompt opens (or closes) with the imperative.
FOLLOW_SOCIAL_MAX_WORDS = 20
FOLLOW_AT_EDGE = rx.compile(
    rf"^(?:{FOLLOW_WORDS})(?!\w)|(?:takip edin|takip et|folgen|volgen|seguirci|seguir-nos)\W*$", regex.I
)


def _follow_us(ctx: Context) -> bool:
    return (ctx.words <= FOLLOW_SOCIAL_MAX_WORDS and not _in_article_prose(ctx)
            and FOLLOW_AT_EDGE.search(ctx.lower) is not None)


# "¡Guárdala en Pinterest!", "Save this recipe on Pinterest", "Épinglez-la sur Pinterest": keep the page on a board.
PIN_IT = rx.compile(
    r"(?<!\w)(?:save|pin|guárda\w*|guarda\w*|pinéa\w*|épingle\w*|enregistre\w*|speicher\w*|merk\w*|pinne\w*|salva\w*|"
    r"bewaar\w*|zapisz|kaydet\w*)\s(?:\S+\s){0,3}?(?:on|en|sur|auf|in|su|no|na|op|w|a)\spinterest(?!\w)|"
    r"^pin (?:it|this|me)(?!\w)"
)
PIN_IT_MAX_WORDS = 20
# "🎧 Ouça o podcast …", "Listen to our podcast …", "Abonnieren Sie unseren Podcast …": the site's show, as an imperative.
PODCAST_PROMO = rx.compile(
    r"^[^\p{L}\d]{0,3}(?:listen to|subscribe to|follow|ouça|oiça|ouve|siga|escucha|escuchad|suscríbete a|sigue|écoutez|écoute|"
    r"abonnez-vous à|hören sie|hör dir|abonnieren sie|folgen sie|ascolta|ascoltate|segui|luister naar|luister|listen|volg|"
    r"posłuchaj|słuchaj|"
    r"obserwuj|dinleyin|dinle|takip edin|ακούστε|слухайте|слушайте|підписуйтесь на|подписывайтесь на)"
    r"(?:\s(?:also|too|ook|auch|aussi|también|anche|também|też|da|επίσης|також|также))?(?:\s(?:to|naar|in))?\s(?:\S+\s){0,4}?"
    r"podcast\w*(?!\w)"
)
PODCAST_PROMO_MAX_WORDS = 25


@line_feature("podcast_promo")
def _podcast_promo_text(line: LineText) -> bool:
    """"🎧 Luister ook naar De Kustlijn, de podcast …": the site's podcast, headphones first."""
    return (line.words <= PODCAST_PROMO_MAX_WORDS and line.text.lstrip().startswith(("🎧", "🎙"))
            and PODCAST_PROMO.match(line.lower) is not None)
# "Tried the recipe? Tag us @kitchen on Instagram": an invitation to name the site's account, an
# imperative with the account's @handle or a #hashtag ("the minister wrote on X (@handle)" is news).
MENTION = rx.compile(
    r"(?<!\w)(?:tag|mention|mentionnez|identifiez|taguez|markiert|markieren sie|verlinkt|verlinken sie|etiqueta|"
    r"etiquétanos|menciona|mencione|mencionen|tagga|taggaci|menziona|menzionaci|marca-nos|identifique|tag ons|"
    r"vermeld|oznacz|oznaczcie|отметьте|отмечайте|позначте|позначайте|etiketle|etiketleyin|επισημάνετε|tagga oss|"
    r"nämn)(?!\w)", regex.I
)
HANDLE = rx.compile(r"(?<![\w@])[@#]\w{2,}")


def _mention_us(ctx: Context) -> bool:
    return (ctx.words <= FOLLOW_SOCIAL_MAX_WORDS and HANDLE.search(ctx.text) is not None
            and MENTION.search(ctx.lower) is not None and not _in_article_prose(ctx))


@detector(
    "PR04", "prompts.app", triggers=("contains:app", "messenger", "social", "appword", "podcast_promo"),
    flags=(Example("Receba as notícias do Jornal da Serra no WhatsApp. Clique aqui", language="pt"),
           "Download our app", "Get the app",
           Example("De aanslagen worden eind februari verstuurd.\nWil je op de hoogte blijven van het nieuws uit jouw regio? "
                   "Download de app van Omroep Kempenland.\nHet college reageert volgende week.",
                   "Wil je op de hoogte blijven van het nieuws uit jouw regio? Download de app van Omroep Kempenland.",
                   language="nl"),
           Example("Gratis in de App Store en Google Play – scan de QR-code", language="nl"),
           Example("Altijd als eerste weten wat er buiten gebeurt? Zet meldingen aan in de Kustbode-app.\n"
                   "Gratis in de App Store en Google Play – scan de QR-code\nDownload nu",
                   "Altijd als eerste weten wat er buiten gebeurt? Zet meldingen aan in de Kustbode-app.", language="nl"),
           Example("Suivez Info Sud-Ouest TV sur Instagram et sur YouTube", language="fr"),
           Example("Bizi Google Haberler'den takip edin", language="tr"),
           Example("Kent Postası mobil uygulamasını indirin, kesintilerden anında haberdar olun!", language="tr"), Example("Google News'te Takip Et", language="tr"),
           "Download the Gulf Coast Now app for severe weather alerts",
           Example("Siga a Folha do Vale no WhatsApp e receba as principais notícias da região", language="pt"),
           "View this post on Instagram", Example("Переглянути цей допис в Instagram", language="uk"),
           Example("この投稿をInstagramで見る", language="ja"),
           Example("📱北海道日報アプリなら号外・速報をプッシュ通知でお届け。今すぐダウンロード", language="ja"),
           Example("📌 ¿Te gusta? ¡Guárdala en Pinterest para tenerla a mano!", language="es"), "Save this recipe on Pinterest",
           Example("Vous avez testé cette recette ? Mentionnez @carnetsdecuisine sur Instagram", language="fr"),
           "Made it? Tag us @northkitchen on Instagram with #northbakes",
           Example("🎧 Ouça o podcast \"Consulta Aberta\": todas as quartas-feiras no Spotify e na app do Diário do Atlântico",
                   language="pt"),
           Example("🎧 Luister ook naar De Dijkpost, de podcast over de regio. Nieuwe aflevering: 'Wie wil een molen?'",
                   language="nl")),
    keeps=("The ministry's new app lets citizens renew a passport online.",
           "The mayor tagged the council's account @cityhall on Instagram in a post she later deleted, angering residents.",
           "She follows 300 accounts on Instagram and posts every day.",
           "See the post the mayor deleted from Instagram on Monday evening after the vote, which angered residents.",
           "1. Download the county's storm app and turn on the alerts.",
           "The minister said the group chat on WhatsApp was private and would not be handed over to the inquiry.",
           Example("У чаті батьків у Viber за добу з'явилося понад п'ятсот повідомлень, а петицію підписали 1 200 людей.",
                   language="uk")),
)
def app(ctx: Context) -> Outcome:
    """An app-download prompt, an invitation to follow the site on a messenger or a social network, an embedded post's link."""
    if "social" in ctx.features and ctx.words <= EMBED_LINK_MAX_WORDS and EMBED_LINK.search(ctx.lower):
        return "link of an embedded post"
    if "友だち追加" in ctx.text or "友達追加" in ctx.text:
        return "follow-us-on-a-messenger prompt"  # "旅の最新情報をLINEでお届け。友だち追加はこちら"
    if MESSENGER.search(ctx.text):
        if ctx.words <= MESSENGER_PROMPT_MAX_WORDS and (FOLLOW.search(ctx.lower) or RECEIVE.match(ctx.lower)):
            return "follow-us-on-a-messenger prompt"
        if ctx.words <= MESSENGER_TEASER_MAX_WORDS and not ctx.sentence and BY_MESSENGER.search(ctx.lower):
            return "the site's messenger channel"  # "Die wichtigsten Nachrichten des Tages per WhatsApp"
        return None  # a messenger named in a sentence is news ("the chat on WhatsApp")
    if "social" in ctx.features and _follow_us(ctx):
        return "follow-us prompt"
    if "social" in ctx.features and ctx.words <= PIN_IT_MAX_WORDS and PIN_IT.search(ctx.lower):
        return "save-it-on-Pinterest prompt"
    if ("podcast_promo" in ctx.features or ("social" in ctx.features and ctx.words <= PODCAST_PROMO_MAX_WORDS
                                            and PODCAST_PROMO.match(ctx.lower))):
        return "the site's podcast, promoted"  # "🎧 Ouça o podcast "Consulta Aberta": todas as quartas-feiras no Spotify …"
    if "social" in ctx.features and _mention_us(ctx):
        return "tag-us-on-a-network prompt"
    if ("appword" in ctx.features and ctx.words <= APP_PROMPT_MAX_WORDS and "bullet" not in ctx.features
            and (GET_THE_APP.match(ctx.lower) or IN_OUR_APP.match(ctx.lower)) and not _in_article_prose(ctx)):
        return "app-download prompt"
    if ("appword" in ctx.features and ctx.words <= APP_PROMPT_MAX_WORDS and (asked := ctx.text.find("? ")) > 0
            and GET_THE_APP.match(ctx.lower[asked + 2:])):
        return "app-download prompt"  # "Wil je op de hoogte blijven …? Download de app van Omroep Kempenland."
    if ctx.words <= APP_PROMPT_MAX_WORDS and _store_badges(ctx.lower):
        return "the app stores' badges"  # "Gratis in de App Store en Google Play – scan de QR-code"
    found = _prompt(ctx, "app", "app-download prompt")
    if found is not None:
        return found
    below = ctx.at(1)  # (the rules below read the lines around)
    if (ctx.words <= APP_PROMPT_MAX_WORDS and "appword" in ctx.features and below is not None
            and _store_badges(below.lower)):
        return "app-download prompt over the stores' badges"  # "Zet meldingen aan in de Kustbode-app."
    return None


STORES = ("app store", "google play", "play store", "appgallery", "apple store")


def _store_badges(lower: str) -> bool:
    """A line naming two app stores: their badges under an app's pitch."""
    return sum(store in lower for store in STORES) >= 2


# "View this post on Instagram", "Переглянути цей допис в Instagram", "この投稿をInstagramで見る": the link an
# embedded post leaves in flattened text; a view verb or "this", the post, the network.
EMBED_LINK = rx.compile(
    r"^(?:view|see|bekijk|dit bericht|wyświetl|zobacz|посмотреть|переглянути|visa|bu gönderiyi|δείτε|voir|ver|visualizza|"
    r"diesen)\s.{0,40}?(?:post|bericht|публикаци|допис|inlägg|gönderi|δημοσίευση|ανάρτηση|publication|publicación|"
    r"publicação|beitrag)"
    r".{0,20}(?:instagram|tiktok|facebook)"
    r"|^この投稿を(?:instagram|tiktok|facebook)で見る|^bu gönderiyi (?:instagram|tiktok|facebook)\S* gör"
)
EMBED_LINK_MAX_WORDS = 10


SHARE_SPLIT = rx.compile(r"\s*[|/·•,]\s*|\s+")
SHARE_MIN_ITEMS = 2
SHARE_PHRASE_MAX_WORDS = 6
# "Teilen auf Facebook Auf X teilen Per E-Mail teilen Drucken": several share buttons flattened into one line.
SHARE_RUN_MAX_WORDS = 24
SHARE_RUN_MIN_LABELS = 3
# "Auf Threads teilen", "Udostępnij na Messengerze", "Per Signal senden": share verbs, networks and
# little words only ("Share prices" is a sub-heading). "Xでポスト", "LINEで送る": a network and で.
NETWORK = (
    r"(?:facebook|twitter|x|threads|bluesky|mastodon|whatsapp|telegram|signal|messenger\w*|viber|line|linkedin|"
    r"pinterest|pint|reddit|flipboard|xing|vk|google|e-?mail\w*|mail|sms)"
)
SHARE_VERB = rx.compile(
    r"^(?:share|teil|partag|compart|condivid|partilh|delen|deel|dela|udostępn|podziel|paylaş|κοινοπο|μοιρ|поділ|relay|"
    r"подел|tweet|twitter|send|senden|versenden|envoy|envi|invi|wyślij|gönder|στείλ|надісл|отправ|skicka|シェア|共有|"
    r"copy|kopier|copier|copiar|copia|kopiuj|kopyala|αντιγραφ|копіюв|копир|kopiera)"
)
SHARE_OBJECT = frozenset({
    "comment", "kommentieren", "commenter", "comentar", "commentare", "reageer", "skomentuj", "yorum", "σχολιάστε",
    "this", "article", "story", "link", "url", "post", "artikel", "beitrag", "lien", "artículo", "enlace", "articolo",
    "notícia", "bericht", "artykuł", "haber", "bağlantı", "άρθρο", "σύνδεσμο", "статтю", "посиланням", "статьей",
    "ссылкой", "länk", "länken",
    # "Suggerisci · Facebook · X · Altri": a recommend button and the "more" one that opens the rest
    "suggerisci", "consiglia", "recommend", "empfehlen", "recommander", "recomendar", "aanbevelen", "polecam",
    "more", "mehr", "plus", "más", "altri", "altro", "mais", "meer", "więcej", "daha", "περισσότερα", "ещё", "більше",
    # "Whatsapp Facebook Pint Baixar": print, download and save buttons beside the networks
    "print", "drucken", "imprimer", "imprimir", "stampa", "afdrukken", "drukuj", "yazdır", "εκτύπωση", "друк", "печать",
    "download", "herunterladen", "télécharger", "descargar", "scarica", "baixar", "downloaden", "pobierz", "indir",
    "save", "speichern", "enregistrer", "guardar", "salva", "salvar", "opslaan", "zapisz", "kaydet",
})
NETWORK_WORD = rx.compile(rf"^{NETWORK}$", regex.I)
CJK_SHARE = rx.compile(rf"^{NETWORK}\s?で|^\S{{0,12}}をシェア(?:する)?$", regex.I)
SHARE_TOKEN = rx.compile(r"[\w-]+")


SHARE_HINT = rx.compile(SHARE_VERB.pattern.replace("^(?:", "(?<!\\w)(?:", 1) + "|" + NETWORK, regex.I)


def _share_phrase(lower: str) -> bool:
    if ("で" in lower or "シェア" in lower) and CJK_SHARE.match(lower):  # "をシェア" has no word boundary for the hint
        return True
    if SHARE_HINT.search(lower) is None:
        return False
    tokens = SHARE_TOKEN.findall(lower)
    if not tokens or not any(SHARE_VERB.match(t) or NETWORK_WORD.match(t) for t in tokens):
        return False
    if not any(SHARE_VERB.match(t) for t in tokens) and (len(tokens) < 2 or not any(len(t) <= 3 for t in tokens)):
        return False  # a network alone may be a sub-heading; "on WhatsApp" is a button
    return all(SHARE_VERB.match(t) or NETWORK_WORD.match(t) or len(t) <= 3 or t in SHARE_OBJECT for t in tokens)


def _share_run(lower: str, shares: Collection[str]) -> bool:
    """Several share buttons on one line: share verbs and networks, little words and the lexicon's share words."""
    tokens = SHARE_TOKEN.findall(lower)
    labels = sum(1 for t in tokens if SHARE_VERB.match(t) or NETWORK_WORD.match(t))
    return labels >= SHARE_RUN_MIN_LABELS and all(
        SHARE_VERB.match(t) or NETWORK_WORD.match(t) or len(t) <= 3 or t in SHARE_OBJECT or t in shares for t in tokens)


SOCIAL_NETWORK = rx.compile(
    r"^(?:facebook|twitter|x|instagram|linkedin|whatsapp|telegram|pinterest|reddit|tiktok|youtube|"
    r"threads|bluesky|mastodon|xing|vk|vkontakte|line|viber|flipboard)$"
)


@detector(
    "PR05", "prompts.share_bar", triggers=("line:share", "prefix:share", "short", "social"),
    flags=(Example("Версия для печати | Отправить другу | Обсудить на форуме | Поделиться: ВКонтакте Одноклассники Telegram",
                   language="ru"),
           Example("Suggerisci · Facebook · X · Altri", language="it"),
           "Share to FacebookFacebookShare to XXShare to EmailEmailShare to MoreMore",
           "Share", "Facebook Twitter WhatsApp E-Mail", "Save   Share   A   A   A", "Share | Tweet | Email", "Auf Threads teilen",
           "Share or comment on this article:", Example("このリリースをシェア", language="ja"), Example("写真を拡大する", language="ja"),
           "Udostępnij na Messengerze", "Xでポスト", "Per Signal senden",
           Example("Offrir cet article   Partager   Ajouter à mes sélections", language="fr"),
           Example("Réagir (12) | Partager sur Facebook | X | Bluesky | Copier le lien", language="fr"),
           Example("A+ A- Версія для людей з порушенням зору", language="uk"),
           Example("Teilen Teilen auf Facebook Auf X teilen Per WhatsApp teilen Per E-Mail teilen Drucken", language="de"),
           Example("Compartir en Facebook Compartir en Twitter Compartir en WhatsApp Enviar por correo", language="es"),
           Example("Condividi su Facebook Condividi su WhatsApp Invia per email Stampa", language="it"),
           Example("Épingler", language="fr"), Example("Haberi paylaşın", language="tr"),
           Example("Whatsapp Facebook Pint Baixar", language="pt"), "Facebook Twitter Pinterest Download"),
    keeps=("Share prices fell on Monday.", "Facebook", "Share prices", "Life on Signal Hill",
           "Facebook, X and WhatsApp share the blame for the rumour",
           "Share prices of Facebook and Twitter owners slid on the news"),
)
def share_bar(ctx: Context) -> Outcome:
    """A share bar: share / social network / print / e-mail labels and nothing else."""
    shares = ctx.view.lexicon.phrases["share"]
    if ctx.line_key == "share" and not SOCIAL_NETWORK.match(ctx.lower):
        return "share button"
    items = [w for w in SHARE_SPLIT.split(ctx.lower) if w]
    if len(items) >= SHARE_MIN_ITEMS and all(w in shares or w in FONT_SIZE for w in items) and any(w in shares for w in items):
        return "share bar"  # (with the text-size buttons beside it: "Save   Share   A   A   A")
    if ctx.line_key == "share" and _near_share(ctx):
        return "share button"
    words = ctx.lower.split()
    sizes = next((k for k, w in enumerate(words) if w not in FONT_SIZE), len(words))
    if 0 < sizes < len(words) and " ".join(words[sizes:]) in shares:
        return "text-size buttons and a page tool"  # "A+ A- Версія для людей з порушенням зору"
    if ctx.words <= SHARE_PHRASE_MAX_WORDS and (not ctx.sentence or ctx.text.endswith(":")) and _share_phrase(ctx.lower):
        return "share button"
    if ctx.words <= SHARE_RUN_MAX_WORDS and not ctx.sentence and _share_run(ctx.lower, shares):
        return "share bar"
    if ctx.words <= SHARE_RUN_MAX_WORDS and len(SHARE_TO.findall(ctx.lower)) >= SHARE_MIN_ITEMS:
        return "share bar"  # "Share to LinkedInLinkedInShare to FacebookFacebook…": the buttons' labels run together
    if ctx.words <= SHARE_RUN_MAX_WORDS and not ctx.sentence and any(w in shares for w in ctx.lower.split()):
        # "Offrir cet article   Partager   Ajouter à mes sélections": buttons set apart by wide spaces in the source
        # or by bars ("Réagir (12) | Partager sur Facebook | X | Bluesky | Copier le lien")
        segments = [p.strip() for p in WIDE_GAP.split(BUTTON_BAR.sub("  ", ctx.block.text.casefold())) if p.strip()]
        if len(segments) >= SHARE_MIN_ITEMS and 2 * sum(_share_segment(p, shares) for p in segments) > len(segments):
            return "share bar"
    return None


def _share_segment(part: str, shares: Collection[str]) -> bool:
    """A button of a bar: a share label, a network, or a label over its networks ("поделиться: вконтакте telegram")."""
    if part in shares or SOCIAL_NETWORK.match(part) is not None:
        return True
    label, colon, networks = part.partition(":")
    return bool(colon and networks.split()) and label.strip() in shares and all(w in shares for w in networks.split())


# The bars and dots that set a row's buttons apart.
BUTTON_BAR = rx.compile(r"\s[|·•]\s")


SHARE_TO = rx.compile(r"(?:share|teilen|partager|compartir|condividi|compartilhar|delen|udostępnij|paylaş|μοιραστείτε|"
                         r"поділитися|поделиться)\s(?:to|on|auf|sur|en|su|em|op|na|в|у)\s")


def _near_share(ctx: Context) -> bool:
    return any(n is not None and n.line_key == "share" for n in (ctx.at(-1), ctx.at(1)))


# "Czy chcesz otrzymywać powiadomienia? Zezwól / Nie teraz": a question and its two buttons.
PERMISSION = rx.compile(r"[?？]\s*[\p{L} ]{2,20}\s?[/／]\s?[\p{L} ]{2,20}$")
PERMISSION_MAX_WORDS = 25


@detector(
    "PR06", "prompts.permission", triggers=("sep", "question", "short", "colon", "notifications"),
    flags=(Example("Czy chcesz otrzymywać powiadomienia o najważniejszych wiadomościach? Zezwól / Nie teraz", language="pl"),
           "Allow notifications? Allow / Not now", Example("Activer les notifications", language="fr"),
           Example("Θέλετε να λαμβάνετε ειδοποιήσεις για τις σημαντικότερες ειδήσεις;\nΌχι, ευχαριστώ\nΝαι, ενεργοποίηση",
                   "Ναι, ενεργοποίηση", language="el"),
           Example("Receba as notícias do Jornal da Serra no seu celular: ative as notificações", language="pt"),
           Example("Recibe las últimas noticias en tu móvil. Activa las notificaciones", language="es"),
           Example("Pegel-Alarm aufs Handy: Aktivieren Sie Push-Mitteilungen für Ihren Wohnort.", language="de"),
           Example("Увімкніть сповіщення, щоб не пропустити зміни в графіках", language="uk")),
    keeps=("Will the city allow it? Yes, says the mayor / no, say the residents, and the court must decide.",
           "Users can turn on notifications for each app in the phone's settings, the company said on Monday."),
)
def permission(ctx: Context) -> Outcome:
    """A push-notification or consent question with its two answer buttons ("Allow / Not now")."""
    if ctx.words <= PERMISSION_MAX_WORDS and PERMISSION.search(ctx.text):
        return "permission prompt"
    if ctx.words <= PERMISSION_MAX_WORDS and "notifications" in ctx.features and TURN_ON_NOTIFICATIONS.search(ctx.lower):
        return "notification prompt"  # "Activer les notifications", "… no seu celular: ative as notificações"
    if ctx.words <= PERMISSION_MAX_WORDS and _notification_question(ctx) and _answer(ctx.at(1)) and _answer(ctx.at(2)):
        return "permission prompt"  # the question, then its two buttons on lines of their own
    if _answer(ctx) and any(
            (q := ctx.at(-k)) is not None and _notification_question(q) and all(_answer(ctx.at(-j)) for j in range(1, k))
            for k in (1, 2)):
        return "answer button of a permission prompt"  # "Όχι, ευχαριστώ", "Ναι, ενεργοποίηση"
    return None


def _notification_question(ctx: Context) -> bool:
    return ctx.text.rstrip().endswith(("?", "？", ";", "\u037e")) and "notifications" in ctx.features  # (Greek asks with ";")


def _answer(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= 3 and not ctx.sentence


TURN_ON_NOTIFICATIONS = rx.compile(  # an imperative opening the line or following its colon
    r"(?:^|[:.!]\s)(?:turn on|enable|activate|allow|get|activer|activez|autoriser|ative|ativar|active|activar|activa|attiva|"
    r"attivare|aktivieren|aktiviere|zet|włącz|aç|açın|ενεργοποιήστε|увімкніть|включите)\s(?:\w+\s){0,2}?"
    r"(?:push[- ]?)?(?:notifications|notificações|notificaciones|notifiche|notificatie\w*|notifikationen|mitteilungen|"
    r"benachrichtigungen|meldingen|powiadomienia|bildirimleri|ειδοποιήσεις|сповіщення|уведомления)(?!\w)"
    # "Aktivieren Sie Push-Mitteilungen …", "Увімкніть сповіщення, щоб …"
    r"|(?:^|[:.!]\s)(?:aktivieren sie|schalten sie)\s(?:\w+\s){0,2}?push-\w+",
    regex.I,
)


# "Heb je een tip of heb je iets gezien? Laat het ons weten …", "Masz temat? Napisz do nas": the newsroom asks
# readers for tips. A question to the reader about a tip or news, then where to send it.
NEWS_TIP = rx.compile(
    r"^(?:heb je|heb jij|heeft u) (?:een )?(?:nieuws(?: of een )?)?tip(?!\w)|^haber ihbar\w*|^tip (?:de|onze) \w*redactie|"
    r"^masz (?:ciekawy |dobry )?(?:temat|informacj\w+|sygnał)|^(?:есть|знаете) (?:новость|тема|информаци\w+)|"
    r"^(?:є|маєте) (?:новина|тема|інформаці\w+)|^har du (?:ett )?(?:nyhets)?tips|^tipsa (?:oss|redaktionen)|"
    r"^(?:haber|ihbar)\w* (?:mı )?var|^έχετε (?:μια )?(?:είδηση|πληροφορία)|^情報をお寄せください|"
    r"^(?:ニュースの)?情報提供(?:はこちら|をお願いします|募集)|^(?:写真|動画|写真・動画)(?:や情報)?をお寄せください|"
    r"^have your say:|^heb (?:je|jij) iets gezien|^get in touch$|^contact (?:us|the newsroom)$|"
    r"^(?:were|are|have) you (?:been )?(?:there|on|at|in|near|affected|involved|caught up)\b.{0,80}\?\s(?:email|e-mail|contact|send|whatsapp|call|get in touch)|^(?:have|got) a (?:news |story )?tip\?|^do you have a (?:news |story )?tip|^haben sie (?:einen )?(?:hinweis|tipp)\?|"
    r"^vous avez une (?:info|information)\s?\?|^¿(?:tienes|tiene) (?:una )?(?:noticia|información|pista)|"
    r"^(?:hai|avete) (?:una )?(?:segnalazione|notizia)\?|^(?:tem|você tem) (?:uma )?(?:sugestão|denúncia|notícia)"
)
# "Email Priya or Owen with your thoughts: sport.live@…" on a live page: write in, at the address given.
WRITE_IN = rx.compile(
    r"^get in touch\s?:|^(?:e-?mail|write to|send|contact|message|mail|schreiben sie|schreibt|écrivez|escríbenos|escribe|scrivi(?:ci)?|"
    r"escreva|mail|napisz|yazın|γράψτε|пишіть|напишите)\b[^.?!]{0,60}(?:thoughts|comments|views|questions|"
    r"meinung|fragen|avis|questions|opinión|preguntas|opinione|domande|opinião|perguntas|mening|vragen|opinie|pytania|"
    r"görüş\w*|sorular\w*|απόψεις|ερωτήσεις|думки|питання|мнение|вопросы)\b",
    regex.I,
)
NEWS_TIP_MAX_WORDS = 30
# "Do you have a story? Email …", "Hai una notizia da segnalare? Scrivi a …", "Маєте тему? Пишіть нам: …":
# a short question, then the newsroom's address to write to.
WRITE_VERBS = (r"(?:e-?mail|mail|write|send|contact|message|text|scrivi|scrivici|mandaci|escríbenos|escribe|"
               r"envíanos|écrivez|envoyez|schreiben|schreib|schick|schrijf|stuur|mail ons|napisz|wyślij|yazın|gönderin|γράψτε|"
               r"στείλτε|пишіть|напишіть|надішліть|напишите|пишите|escreva|envie|mande)\w*")
ASK_THEN_WRITE = rx.compile(rf"^[^?]{{3,80}}\?\s+{WRITE_VERBS}(?:\s+\S+){{0,7}}?[\s:]+[\w.+-]+@")
# "Vous avez repéré une information douteuse ? Écrivez-nous sur WhatsApp …": the same, to a messenger.
# "Vill du skriva ett minnesord?", "Would you like to share your story?": a question that asks the reader to take part.
ASK_THE_READER = rx.compile(
    r"^¿?(?:do you|would you|have you got|vill du|har du|möchten sie|wollen sie|willst du|möchtest du|voulez-vous|"
    r"souhaitez-vous|vous souhaitez|quieres|desea|vuoi|volete|quer|deseja|wil je|wilt u|chcesz|ister misiniz|θέλετε|"
    r"хочете|хотите)\s[^?]{3,80}\?\s"
)
WRITE_TO = rx.compile(rf"(?<!\w){WRITE_VERBS}(?!\w)")
BOT_HANDLE = rx.compile(r"(?<![\w.])@\w{3,32}")  # the newsroom's account or bot on a messenger
# "à notre rédaction", "via notre formulaire", "an die Redaktion": where the reader's pictures and tips go.
TO_THE_NEWSROOM = rx.compile(
    r"(?<!\w)(?:(?:notre|la|our|the|die|unsere|de|onze|nuestra|la nostra|a nossa|naszej|naszą)\s)?"
    r"(?:rédaction|newsroom|redaktion|redactie|redacción|redazione|redação|redakcji|formulaire|formular|formulier|"
    r"formulario|modulo|formulário|formularz)(?!\w)"
)
ASK_THEN_SEND = rx.compile(rf"^[^?]{{3,80}}\?\s+{WRITE_VERBS}", regex.I)
# "Schicken Sie uns Ihre Bilder per WhatsApp an 0651 7199-0.", "Στείλτε μας το δικό σας βίντεο: viber 690 …":
# a request to send the newsroom pictures or tips on a messenger, at a number.
SEND_US = rx.compile(
    r"(?<!\w)(?:send us|send your|schicken sie uns|schick uns|senden sie uns|envíanos|envíenos|mándanos|envoyez-nous|"
    r"inviaci|mandaci|inviateci|envie-nos|mande-nos|stuur ons|stuur je|wyślij nam|przyślij nam|wyślijcie|gönderin|"
    r"στείλτε μας|надішліть нам|надсилайте|пришлите нам|присылайте)",
    regex.I,
)
PHONE_NUMBER = rx.compile(r"(?<!\d)(?:\+?\d[\d  .-]{5,}\d)(?!\d)")


@detector(
    "PR08", "prompts.news_tip",
    flags=(Example("Vous avez une photo ou une vidéo de la tempête ? Envoyez-la à notre rédaction via notre formulaire.",
                   language="fr"),
           Example("Если вы стали свидетелем происшествия, пишите в наш Telegram-бот @prpravda_bot", language="ru"),
           Example("Vill du skriva ett minnesord? Texten bör vara högst 2 500 tecken och skickas till familj@vastbygden.se.",
                   language="sv"),
           Example("Heb je een tip of heb je iets gezien? Laat het ons weten via WhatsApp of mail.", language="nl"),
           Example("ニュースの情報提供はこちら 写真・動画をお寄せください", language="ja"),
           Example("Masz temat? Napisz do nas na kontakt@example.pl", language="pl"),
           "Have your say: email letters@example.com. Letters may be edited for length.",
           Example("Heb jij iets gezien of heb je een tip? Mail de redactie.", language="nl"), "Get in touch",
           "Were you on the ferry? Email news@example.com or WhatsApp us.",
           Example("Har du ett tips? Mejla oss.", language="sv"),
           "Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on X.",
           "Email Anna or Tom with your thoughts: sport.live@example.com",
           Example("Haben Sie Fotos vom Hochwasser? Schicken Sie uns Ihre Bilder per WhatsApp an 0651 7199-0.",
                   language="de"),
           Example("Στείλτε μας το δικό σας βίντεο: viber 690 000 0000", language="el"),
           Example("Vous avez repéré une information douteuse ? Écrivez-nous sur WhatsApp ou via notre formulaire.",
                   language="fr"),
           Example("Tip de redactie! Heb je foto's of video's van de brand? Stuur ze via WhatsApp naar onze tiplijn.",
                   language="nl"),
           "Get in touch: send your updates to news@example.com",
           "Do you have a story? Email newsdesk@example.com or message us on WhatsApp.",
           Example("Hai una notizia da segnalare? Scrivi a redazione@example.it", language="it"),
           Example("Ook een verhaal over kamernood? Mail ons: redactie@example.nl", language="nl"),
           Example("Маєте тему для «Вісника»? Пишіть нам: redakcia@example.ua", language="uk")),
    keeps=(Example("Heb je een tipje van de sluier opgelicht, vroeg de rechter aan de getuige.", language="nl"),
           "Police asked witnesses to send their videos by WhatsApp to 0800 555 111, a spokesman said.",
           Example("Heeft u een tipgever gesproken, vroeg de advocaat.", language="nl"),
           "Have a tipple before the show, the barman suggested.",
           "Were you on the ferry? Nobody asked the passengers, the report found.",
           "Send your questions to the council by Friday, the mayor told residents at the meeting on Monday.",
           "Who pays? Email records obtained by the Post show the council knew (contact: press@example.org)."),
)
def news_tip(ctx: Context) -> Outcome:
    """A request for readers' news tips ("Heb je een tip? Laat het ons weten"), by e-mail or messenger."""
    if (ctx.words <= NEWS_TIP_MAX_WORDS and NEWS_TIP.match(ctx.lower)
            and (("@" in ctx.text and EMAIL.search(ctx.text)) or "messenger" in ctx.features or not _in_article_prose(ctx))):
        return "news-tip request"  # among paragraphs too when it gives the newsroom's address or messenger
    if ctx.words <= NEWS_TIP_MAX_WORDS and "messenger" in ctx.features and ASK_THEN_SEND.match(ctx.text):
        return "request to write in by messenger"  # "… douteuse ? Écrivez-nous sur WhatsApp ou via notre formulaire."
    if ctx.words <= NEWS_TIP_MAX_WORDS and ASK_THEN_SEND.match(ctx.text) and TO_THE_NEWSROOM.search(ctx.lower):
        return "request to send the newsroom pictures or tips"  # "… de la tempête ? Envoyez-la à notre rédaction …"
    if (ctx.words <= NEWS_TIP_MAX_WORDS and "messenger" in ctx.features and BOT_HANDLE.search(ctx.text)
            and WRITE_TO.search(ctx.lower)):
        return "request to write in by messenger"  # "… пишите в наш Telegram-бот @prpravda_bot"
    if ctx.words <= NEWS_TIP_MAX_WORDS and "@" in ctx.text and (
            WRITE_IN.match(ctx.lower) or ASK_THEN_WRITE.search(ctx.lower) or ASK_THE_READER.match(ctx.lower)
    ) and EMAIL.search(ctx.text):
        return "request to write in"  # (or a question to the reader, then where to send it: "Vill du skriva ett
        # minnesord? Texten … skickas till familj@vastbygden.se")
    if (ctx.words <= NEWS_TIP_MAX_WORDS and "messenger" in ctx.features and SEND_US.search(ctx.text)
            and PHONE_NUMBER.search(ctx.text)):
        return "request to send the newsroom pictures or tips by messenger"
    return None


# "Support Harbour Voice with a one-off or monthly contribution", "Підтримайте «…» разовим або щомісячним внеском":
# the site asks its readers for money, an imperative and a gift.
SUPPORT_ASK = rx.compile(
    r"^(?:please )?(?:support|help (?:us|fund|keep)|back|fund|donate|unterstützen sie|unterstütze|spenden sie|soutenez|"
    r"faites un don|apoya|apoye|haz una donación|sostieni|sostenete|fai una donazione|apoie|ajude|steun|doneer|wesprzyj|"
    r"wspieraj|wpłać|destek ol(?:un)?|bağış yap(?:ın)?|στηρίξτε|підтримайте|підтримай|задонатьте|поддержите|поддержи|"
    r"stöd|stötta|swish(?:a)?)(?!\w)"
)
CONTRIBUTION = rx.compile(
    r"(?<!\w)(?:donat\w*|contribut\w*|one-off|monthly|membership|spende\w*|beitrag\w*|dons?|contribution|mensuel\w*|"
    r"donaci\w*|aportaci\w*|mensual\w*|donazion\w*|contribut\w*|mensil\w*|doaç\w*|contribuiç\w*|donatie\w*|"
    r"bijdrage\w*|maandelijks\w*|darowizn\w*|wpłat\w*|miesięczn\w*|patronite|patreon|bağış\w*|aylık|δωρε\w*|"
    r"συνεισφορ\w*|μηνιαί\w*|внеск\w*|внес\w*|донат\w*|пожертв\w*|взнос\w*|щомісяч\w*|ежемесяч\w*|разов\w*|"
    r"gåva|bidrag\w*|månadsgiv\w*)(?!\w)"
)
# The box's button, in the infinitive: "Підтримати проєкт", "Unterstützen", "Soutenir la rédaction".
DONATE_BUTTON = rx.compile(
    r"^(?:підтримати|задонатити|поддержать|wesprzeć|unterstützen|spenden|soutenir|faire un don|apoyar|donar|sostenere|"
    r"donare|apoiar|doar|steunen|doneren|desteklemek|bağış yapmak|στηρίζω|stöd oss|donate|give|"
    # the button in the reader's first person: "Wspieram", "Ich unterstütze", "Je soutiens"
    r"wspieram|ich unterstütze|je soutiens|apoyo|sostengo|apoio|ik steun|i support|підтримую|поддерживаю|destekliyorum)(?!\w)"
)
DONATION_MAX_WORDS = 50
SENTENCE_START = rx.compile(r"(?<=[.!?])\s+")
JOURNALISM = rx.compile(
    r"(?<!\w)(?:journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo|journalistiek|dziennikarstw\w*|"
    r"gazetecili\w*|δημοσιογραφία|журналістик\w*|журналистик\w*|journalistik)(?!\w)"
)
DONATION_BOX_LINE_MAX_WORDS = 8
REPORTED_ASK = rx.compile(r"(?<!\w)(?:said|says|urged|asked|sagte|a déclaré|dijo|ha detto|disse|zei|powiedział\w*|"
                             r"dedi|είπε|сказав|сказала|сказал)(?!\w)")


@line_feature("donation")
def _donation_ask_text(line: LineText) -> bool:
    """The site asking for a gift: an imperative to support it, and the gift ("a one-off or monthly contribution")."""
    if line.words > DONATION_MAX_WORDS or REPORTED_ASK.search(line.lower) is not None:
        return False
    if SUPPORT_ASK.match(line.lower) is not None and CONTRIBUTION.search(line.lower) is not None:
        return True
    # "Ми працюємо для вас щодня … Підтримайте незалежну місцеву журналістику.": the ask closes the pitch
    last = SENTENCE_START.split(line.lower)[-1]
    return SUPPORT_ASK.match(last) is not None and (CONTRIBUTION.search(last) is not None or JOURNALISM.search(last) is not None)


@detector(
    "PR09", "prompts.donation", near=(("donation",), 2),
    flags=(Example("Wspieraj lokalne dziennikarstwo\nPiszemy o Nadwarcinie codziennie i bez paywalla. Jeśli cenisz naszą "
                   "pracę, postaw nam wirtualną kawę – już od 5 zł.\nWspieram", "Piszemy o Nadwarcinie codziennie i bez "
                   "paywalla. Jeśli cenisz naszą pracę, postaw nam wirtualną kawę – już od 5 zł.", language="pl"),
           "Support the Valley Echo with a one-off or monthly contribution. Every pound keeps local reporting free.",
           Example("Культура тримається на вас\nПідтримайте «Сцену» разовим або щомісячним внеском.\nПідтримати проєкт",
                   "Підтримати проєкт", language="uk"),
           Example("Культура тримається на вас\nПідтримайте «Сцену» разовим або щомісячним внеском.\nПідтримати проєкт",
                   "Культура тримається на вас", language="uk"),
           Example("Wesprzyj nas na Patronite – nawet 10 zł miesięcznie pozwala nam pisać dalej.", language="pl"),
           Example("Ми працюємо для вас щодня. Підтримайте незалежну місцеву журналістику.", language="uk"),
           Example("Поддержите нашу журналистику\nМы не берём деньги у чиновников. Лонгриды выходят благодаря читателям.\n"
                   "Поддержать от 100 ₽ в месяц", "Мы не берём деньги у чиновников. Лонгриды выходят благодаря читателям.",
                   language="ru"),
           Example("Поддержите нашу журналистику\nМы не берём деньги у чиновников. Лонгриды выходят благодаря читателям.\n"
                   "Поддержать от 100 ₽ в месяц", "Поддержать от 100 ₽ в месяц", language="ru")),
    keeps=("Support for the scheme came from monthly contributions by the parish, the treasurer said.",
           "Support the campaign with a donation, the mayor urged residents on Monday.",
           Example("Pomoc\nWesprzyj nas na Patronite – nawet 10 zł miesięcznie pozwala nam pisać dalej.\n"
                   "Zbiórka trwa do końca miesiąca, a pieniądze trafią do schroniska.",
                   "Zbiórka trwa do końca miesiąca, a pieniądze trafią do schroniska.", language="pl")),
)
def donation(ctx: Context) -> Outcome:
    """A donation box: the site's ask for a gift, the short header over it and the button under it."""
    if "donation" in ctx.features:
        return "donation ask"
    above, below = ctx.at(-1), ctx.at(1)
    if (ctx.words <= DONATION_MAX_WORDS and above is not None and "donation" in above.features and below is not None
            and below.words <= DONATION_BOX_LINE_MAX_WORDS and _donate_button(below)):
        return "donation box pitch"  # "Поддержите нашу журналистику" / the pitch / "Поддержать от 100 ₽ в месяц"
    if (_donate_button(ctx) and above is not None and (up := above.at(-1)) is not None and "donation" in up.features
            and above.words <= DONATION_MAX_WORDS):
        return "donation box button"
    if ctx.words > DONATION_BOX_LINE_MAX_WORDS or ctx.sentence or ctx.text.rstrip().endswith((":", "：", "?", "？")):
        return None
    if above is not None and "donation" in above.features and (
            SUPPORT_ASK.match(ctx.lower) or DONATE_BUTTON.match(ctx.lower) or ctx.line_key == "call_to_action"):
        return "donation box button"  # "Підтримати проєкт", "Support us"
    if below is not None and "donation" in below.features:
        return "donation box header"  # "Культурна журналістика тримається на вас"
    return None


def _donate_button(ctx: Context) -> bool:
    """A donation box's button, maybe with its smallest gift: "Підтримати проєкт", "Поддержать от 100 ₽ в месяц"."""
    return ctx.words <= DONATION_BOX_LINE_MAX_WORDS and not ctx.sentence and (
        DONATE_BUTTON.match(ctx.lower) is not None or SUPPORT_ASK.match(ctx.lower) is not None)


DETECTORS = (cookie, newsletter, paywall, app, share_bar, permission, newsletter_box, news_tip, donation)
