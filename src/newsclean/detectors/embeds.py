"""What an embedded post or external content leaves in the text: its signature, its placeholder, its consent notice
(its "View this post on Instagram" link is the follow-us family's, PR04)."""

from __future__ import annotations

import regex

from newsclean.detectors.base import Context, Example, Outcome, contains_any, detector
from newsclean.languages import fold
from newsclean.patterns import READER

# "A post shared by Town Herald (@townherald)": the embedded post's signature.
SHARED_BY = regex.compile(
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
SHOW_WORDS = regex.compile(
    r"(?<!\w)(?:display|show|view|see|load|unlock|available|blocked|anzuzeigen|anzeigen|laden|angezeigt|verfügbar|"
    r"afficher|affiché|voir|charger|bloqué|disponible|mostrar|ver|cargar|bloqueado|visualizzare|vedere|caricare|"
    r"bloccato|disponibile|exibir|carregar|disponível|tonen|zien|laden|geblokkeerd|beschikbaar|wyświetl\w*|"
    r"zobaczyć|załadować|görüntüle\w*|yükle\w*|εμφάνιση|προβολή|показ\w*|переглянути|відобра\w*|отобра\w*)(?!\w)"
)
CONSENT_MAX_WORDS = 25
# "Allow Twitter content?", "X-Inhalte zulassen?": the question on the embed's consent button.
ALLOW_CONTENT = regex.compile(r"^(?:allow|accept|zulassen|autoriser|permitir|consenti|toestaan|zezwól)\b.{0,30}\?$|"
                              r"\b(?:inhalte?|content|contenu|contenido|contenuto) (?:zulassen|erlauben|akzeptieren)\??$")


@detector(
    "WG16", "widgets.embed",
    flags=("A post shared by Town Herald (@townherald)",
           Example("Externer Inhalt", language="de"),
           Example("Um externe Inhalte anzuzeigen, ist Ihre Zustimmung erforderlich.", language="de"),
           "This content is not available due to your privacy preferences.",
           Example("Ce contenu est bloqué car vous n'avez pas accepté les cookies.", language="fr"),
           Example("Una publicación compartida por Ayuntamiento (@ayto)", language="es"),
           "Loading…", "Enlarge this image", "Allow Twitter content?"),
    keeps=("The council shared a post on Instagram showing the new lanes.",
           "Loading bays on the high street will move to Mill Lane.",
           "Privacy campaigners said the cameras would show every cyclist's face, and the council should not allow them.",
           "Allow more time for the journey, the council said?",
           "The regulator said sites must not show content before users give their consent."),
)
def embed(ctx: Context) -> Outcome:
    """What an embedded post or external content leaves: its signature, its label, its consent notice."""
    lower = ctx.lower
    if ctx.words <= 8 and lower.strip(" .!:") in EXTERNAL_CONTENT:
        return "placeholder of embedded content"
    if ctx.words <= 16 and "@" in ctx.text and ctx.text.rstrip().endswith(")") and SHARED_BY.match(lower):
        return "signature of an embedded post"
    if ctx.words <= 8 and ctx.text.rstrip().endswith("?") and ALLOW_CONTENT.search(lower):
        return "consent button of embedded content"
    if (ctx.words <= CONSENT_MAX_WORDS and contains_any(lower, CONSENT_WORDS) and contains_any(lower, CONTENT_WORDS)
            and SHOW_WORDS.search(lower) and READER.search(lower)):
        return "consent notice of embedded content"
    return None


DETECTORS = (embed,)
