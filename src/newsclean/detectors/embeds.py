"""What an embedded post or external content leaves in the text: its signature, its placeholder, its consent notice
(its "View this post on Instagram" link is the follow-us family's, PR04)."""

from __future__ import annotations

import regex

from newsclean import rx
from newsclean.detectors.base import Context, Example, Outcome, contains_any, detector
from newsclean.languages import fold
from newsclean.patterns import CLOCK, READER

# "A post shared by Town Herald (@townherald)": the embedded post's signature.
SHARED_BY = rx.compile(
    r"^(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida por|"
    r"un post condiviso da|uma publicação (?:partilhada|compartilhada) por|een bericht gedeeld door|"
    r"post udostępniony przez|μια δημοσίευση που κοινοποιήθηκε από|допис, яким поділи\w+|публикация от)\s.{1,60}$"
)
# "Externer Inhalt", "Contenu externe": the label of a box that holds another site's content.
EXTERNAL_CONTENT = frozenset(fold(phrase) for phrase in {
    "external content", "externer inhalt", "externe inhalte", "empfohlener redaktioneller inhalt", "contenu externe",
    "contenido externo", "contenuto esterno", "conteúdo externo", "externe content", "externe inhoud", "treść zewnętrzna",
    "harici içerik", "εξωτερικό περιεχόμενο", "зовнішній контент", "внешний контент", "外部コンテンツ",
    "inhalt laden", "inhalte laden", "load content", "charger le contenu", "cargar contenido", "carica contenuto",
    "carregar conteúdo", "inhoud laden", "załaduj treść", "içeriği yükle", "embed from getty images",
    "hier finden sie inhalte aus sozialen medien", "inhalte aus sozialen medien",
    # the picture's zoom button
    "enlarge this image", "enlarge image", "bild vergrößern", "agrandir l'image", "ampliar imagen", "ingrandisci",
    "ingrandisci immagine", "ampliar imagem", "afbeelding vergroten", "powiększ zdjęcie", "görseli büyüt", "μεγέθυνση",
    "збільшити фото", "увеличить фото", "画像を拡大",
    # a script still loading
    "loading", "loading...", "loading…", "wird geladen", "wird geladen…", "chargement", "chargement…", "cargando",
    "cargando…", "caricamento", "caricamento…", "a carregar…", "carregando…", "laden…", "ładowanie…",
    "yükleniyor…", "φόρτωση…", "завантаження…", "загрузка…", "読み込み中…",
})
# "Um externe Inhalte anzuzeigen, ist Ihre Zustimmung erforderlich.", "This content is not available due to your
# privacy preferences.": a short notice that names the content, the reader's consent and showing it.
CONSENT_WORDS = ("cookie", "consent", "privacy", "zustimmung", "einwilligung", "datenschutz", "consentement",
                 "consentimiento", "privacidad", "consenso", "privacy", "consentimento", "privacidade", "toestemming",
                 "zgod", "prywatno", "çerez", "συναίνεσ", "απορρήτ", "згод", "соглас", "settings", "einstellungen",
                 "paramètres", "préférences", "choix", "preferencias", "preferenze", "preferências", "instellingen",
                 "ustawienia", "ayarlar", "ρυθμίσεις", "налаштуван", "настройк")
CONTENT_WORDS = ("content", "inhalt", "contenu", "contenido", "contenuto", "conteúdo", "inhoud", "treść", "içeri",
                 "περιεχόμεν", "контент", "вміст", "post", "tweet", "video", "vidéo", "vídeo")
SHOW_WORDS = rx.compile(
    r"(?<!\w)(?:display|show|view|see|load|unlock|available|blocked|anzuzeigen|anzeigen|laden|angezeigt|verfügbar|"
    r"afficher|affiché|voir|charger|bloqué|disponible|mostrar|ver|cargar|bloqueado|visualizzare|vedere|caricare|"
    r"bloccato|disponibile|exibir|carregar|disponível|tonen|zien|laden|geblokkeerd|beschikbaar|wyświetl\w*|"
    r"zobaczyć|załadować|görüntüle\w*|yükle\w*|εμφάνιση|προβολή|показ\w*|переглянути|відобра\w*|отобра\w*)(?!\w)"
)
CONSENT_MAX_WORDS = 25
# "Allow Twitter content?", "X-Inhalte zulassen?": the question on the embed's consent button.
ALLOW_CONTENT = rx.compile(r"^(?:allow|accept|zulassen|autoriser|permitir|consenti|toestaan|zezwól)\b.{0,30}\?$|"
                              r"\b(?:inhalte?|content|contenu|contenido|contenuto) (?:zulassen|erlauben|akzeptieren)\??$")


# An embedded social post as a page prints it: "Alder County Votes @AlderCoVotes" over the post's text, then
# "10:09 PM · Nov 4, 2025 · View on X"; or the text, then "— Zeynep Arıkan (@zeyneparikan_ai) 9 Eylül 2025". The post
# is quoted by the article and stays in its body; its date is the post's, not the article's (byline.date_line).
POST_HEADER = rx.compile(r"^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*\s){1,6}@\w{2,30}\s?[✓✔]?$")
POST_SIGNATURE = rx.compile(r"^[—–-]\s?[^()]{1,60}\(@\w{1,30}\)(?:\s.{0,40})?$")
POST_FOOTER_TAIL = rx.compile(
    r"·\s?(?:view on|see on|ansehen auf|auf \S+ ansehen|voir sur|ver en|vedi su|ver no|bekijk op|zobacz (?:na|w)|"
    r"görüntüle|δείτε στο|переглянути в|посмотреть в)?\s?(?:x|twitter|instagram|threads|bluesky|mastodon|facebook)"
    r"(?:'te|'ta)?(?:\s(?:görüntüle|ansehen))?$",
    regex.I,
)
POST_FOOTER_MAX_WORDS = 12


def _post_header(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= 8 and "@" in ctx.text and POST_HEADER.match(ctx.text) is not None


def _post_footer(ctx: Context | None) -> bool:
    """The post's time and date line: "10:09 PM · Nov 4, 2025 · View on X" (under the post, or naming the network)."""
    if ctx is None or ctx.words > POST_FOOTER_MAX_WORDS or "·" not in ctx.text or CLOCK.match(ctx.text) is None:
        return False
    return POST_FOOTER_TAIL.search(ctx.text) is not None or any(_post_header(ctx.at(-k)) for k in (2, 3))


def post_signature(ctx: Context) -> bool:
    """A line that signs an embedded social post: its author's handle in brackets, or its time and network; a date
    in it is the post's, not the article's."""
    if "@" in ctx.text and ctx.words <= POST_FOOTER_MAX_WORDS and POST_SIGNATURE.match(ctx.text):
        return True
    return "·" in ctx.text and _post_footer(ctx)


@detector(
    "WG16", "widgets.embed",
    flags=("A post shared by Town Herald (@townherald)",
           Example("Externer Inhalt", language="de"),
           Example("Um externe Inhalte anzuzeigen, ist Ihre Zustimmung erforderlich.", language="de"),
           "This content is not available due to your privacy preferences.",
           Example("Ce contenu est bloqué car vous n'avez pas accepté les cookies.", language="fr"),
           Example("Una publicación compartida por Ayuntamiento (@ayto)", language="es"),
           "Loading…", "Enlarge this image", "Allow Twitter content?",
           Example("Externer Inhalt: Hier steht ein Beitrag von Instagram. Mit einem Klick laden Sie den Inhalt.", language="de")),
    keeps=("The council shared a post on Instagram showing the new lanes.",
           "Loading bays on the high street will move to Mill Lane.",
           "Privacy campaigners said the cameras would show every cyclist's face, and the council should not allow them.",
           "Allow more time for the journey, the council said?",
           "The regulator said sites must not show content before users give their consent.",
           Example("Harbour County Votes @HarbourVotes\nTurnout has passed 61 percent, the highest since 2008.\n"
                   "10:09 PM · Nov 4, 2025 · View on X", "Turnout has passed 61 percent, the highest since 2008.")),
)
def embed(ctx: Context) -> Outcome:
    """What an embedded post or external content leaves: its signature, its label, its consent notice."""
    lower = ctx.lower
    if ctx.words <= 8 and lower.strip(" .!:") in EXTERNAL_CONTENT:
        return "placeholder of embedded content"
    if ctx.words <= CONSENT_MAX_WORDS and ":" in lower and lower.partition(":")[0].strip() in EXTERNAL_CONTENT:
        return "placeholder of embedded content"  # "Externer Inhalt: Hier steht ein Beitrag von Instagram. …"
    if ctx.words <= 16 and "@" in ctx.text and ctx.text.rstrip().endswith(")") and SHARED_BY.match(lower):
        return "signature of an embedded post"

    if ctx.words <= 8 and ctx.text.rstrip().endswith("?") and ALLOW_CONTENT.search(lower):
        return "consent button of embedded content"
    if (ctx.words <= CONSENT_MAX_WORDS and contains_any(lower, CONSENT_WORDS) and contains_any(lower, CONTENT_WORDS)
            and SHOW_WORDS.search(lower) and READER.search(lower)):
        return "consent notice of embedded content"
    return None


DETECTORS = (embed,)
