"""Navigation: back links, breadcrumbs, menu words, skip links, pagination."""

from __future__ import annotations

import regex

from newsclean import rx
from newsclean.detectors.ads import CONTINUES, button_verb
from newsclean.detectors.base import Context, Example, LineText, Outcome, contains_any, detector, line_feature
from newsclean.detectors.prompts import SIGN_UP, SUBSCRIBE_BUTTON
from newsclean.model import Quality
from newsclean.patterns import (
    BULLET,
    CRUMB_SEPARATOR,
    LIST_MARK,
    find_price,
    has_quote_mark,
    is_agency_list,
    place_and_agency,
)

# A back link is a short label, not a sentence ("He went back to the station." stays).
BACK_LINK_MAX_WORDS = 8
BACK_LINK_TARGET_WORDS = 3


@detector(
    "NV01", "navigation.back_link", triggers=("prefix:back_to",),
    flags=("Back to Station", "Zurück zur Startseite", "← Back to news"),
    keeps=("Back to the station he went, tired after the long shift.", "Back to basics: why the party lost",
           Example("Η Σταμάτη περιέγραψε τον δίσκο ως μια επιστροφή στο πιάνο και στη φωνή, χωρίς τίποτα περιττό.\n"
                   "Πίσω στα βασικά\nΜετά το θορυβώδες «Νέον» του 2022, η Σταμάτη ηχογράφησε σχεδόν όλο τον δίσκο μόνη της.",
                   "Πίσω στα βασικά", language="el")),
)
def back_link(ctx: Context) -> Outcome:
    """A "Back to …" link line."""
    if ctx.words > BACK_LINK_MAX_WORDS or ctx.sentence or ctx.prefix_key != "back_to":
        return None
    if ":" in ctx.text and len(ctx.text.split(":", 1)[1].split()) > BACK_LINK_TARGET_WORDS:
        return None  # "Back to basics: why the party lost" is a headline; "Wróć do: Biznes" a link
    if ctx.text[:1].isalpha() and all(n is not None and n.quality is Quality.PROSE and n.sentence
                                      and n.words >= BETWEEN_PARAGRAPHS_MIN_WORDS for n in (ctx.at(-1), ctx.at(1))):
        return None  # "Πίσω στα βασικά" between two paragraphs: the article's sub-heading (a link has no place there)
    return "back link"


BETWEEN_PARAGRAPHS_MIN_WORDS = 12


# "Bis: …", "Encore: …": a label opens the line, a crumb trail's steps have none.
LABEL_OPENING = rx.compile(r"^\s*\p{L}+(?:\s\p{L}+){0,2}\s?:\s")  # (and "Gelbe Karten: Lindner, Reimann / Haase")
# Every step of a breadcrumb trail is a short label.
CRUMB_MAX_STEP_WORDS = 5
CRUMB_MIN_STEPS = 2
# "Foto: Northern Herald / Denis Ushakov" is a credit with a slash, not a trail.
CREDIT_KEYS = frozenset({"photo", "captions", "source_label", "author_label", "byline", "reporting_by"})


@detector(
    "NV02", "navigation.breadcrumb", triggers=("sep",),
    flags=("Home > Politics > Europe", "Startseite › Regional › Hamburg", "News / World / Asia"),
    keeps=("Prices rose > 5% in May, and wages / salaries followed.", Example("Ligne 11 – Cégep / Parc industriel", language="fr"), "1 > 0 is true", "Photo: Northern Herald / Jane Doe",
           Example("Burak Aksoy / SAMSUN, (DHA)", language="tr"), "Gadget Market — £249 → Buy now",
           "Encore: Low Moon / Last Train"),
)
def breadcrumb(ctx: Context) -> Outcome:
    """A breadcrumb trail: short labels joined by > › » / →."""
    if ctx.sentence or ctx.words > CRUMB_MAX_STEP_WORDS * 4 or ctx.prefix_key in CREDIT_KEYS:
        return None
    steps = CRUMB_SEPARATOR.split(ctx.text)
    if len(steps) < CRUMB_MIN_STEPS:
        return None
    if any(not s.strip() or len(s.split()) > CRUMB_MAX_STEP_WORDS or not s.strip()[0].isalpha() or s.strip()[0].islower()
           for s in steps):
        return None
    if LABEL_OPENING.match(steps[0]):
        return None  # "Bis: Lune basse / Ultimo treno": a label, then titles set apart by a slash
    if len(steps) == CRUMB_MIN_STEPS and any(" – " in s or " — " in s or " - " in s for s in steps):
        return None  # "Ligne 3 – Cap-Blanc / Centre-ville": an item of a list (a route and its ends), not two labels
    if "digit" in ctx.features and any(find_price(s) for s in steps):
        return None  # "ГаджетМаркет — 24 999 грн → Купити": a shop's offer and its button
    if any(is_agency_list(s) or place_and_agency(s) for s in steps):
        return None  # "Merve Doğan / DHA", "Burak Aksoy / SAMSUN, (DHA)" are bylines
    return f"breadcrumb trail of {len(steps)} steps"


MENU_KEYS = {"home": "site home link", "login": "account link", "search": "search box label",
             "menu": "menu control"}


@detector(
    "NV03", "navigation.menu_word", triggers=("line:home", "line:login", "line:search", "line:menu"),
    flags=("Sign in", "Menu", "Search", "Startseite"),
    keeps=("Search continues for missing hiker",
           Example("The family lost everything in the flood last spring, she said.\nHome\n"
                   "They now live with relatives in the next town, two hours away.", "Home"),
           Example("Nyhetsbrev\nFå de viktigaste nyheterna direkt i din inkorg.\nDin e-postadress\nPrenumerera",
                   language="sv")),
)
def menu_word(ctx: Context) -> Outcome:
    """A lone menu, search, account or home label."""
    key = ctx.line_key
    if key not in MENU_KEYS:
        return None
    if key == "home" and ctx.index > 0 and _alone(ctx):
        return None
    if key == "login" and _sign_up_button(ctx):
        return None  # the newsletter box's own rule drops it, as an interruption of the article
    return MENU_KEYS[key]


def _sign_up_button(ctx: Context) -> bool:
    """"Prenumerera" right under "Din e-postadress": the button of a newsletter box, not an account link."""
    if SIGN_UP.search(ctx.lower) is None and SUBSCRIBE_BUTTON.match(ctx.lower.strip(" .!")) is None:
        return False
    above = ctx.at(-1)
    return above is not None and "newsletter" in above.contains


def _alone(ctx: Context) -> bool:
    """True when the block sits between two prose paragraphs (a sub-heading, not a menu)."""
    before, after = ctx.at(-1), ctx.at(1)
    return bool(before and after and before.sentence and after.sentence and before.words > 8)


@detector(
    "NV04", "navigation.skip_link", triggers=("prefix:skip", "short", "symbol", "paren", "question", "dash"),
    flags=("Skip to main content", "Zum Inhalt springen", "Jump to recipe", Example("Sauter à la recette", language="fr"),
           Example("Schriftgröße: A A A", language="de"), "A A A", "Translate this page", Example("Mode sombre", language="fr"),
           Example("Aumentar fonte Diminuir fonte", language="pt"),
           Example("Yazı Boyutu A+ A-", language="tr"), Example("Drukuj | Zapisz PDF", language="pl"),
           Example("Zgłoś błąd w artykule", language="pl"), "Print · Download PDF", Example("Λήψη σε PDF", language="el"),
           Example("Encontrou um erro? Fale com a gente.", language="pt"),
           Example("Zie je een fout in dit artikel? Laat het ons weten", language="nl"),
           "Spotted a mistake in this story? Tell us here",
           Example("Tippfehler entdeckt? Markieren Sie die Stelle und drücken Sie Strg+Enter.", language="de"),
           Example("Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter", language="ru"),
           "Read this article in Spanish", Example("Diesen Artikel auf Englisch lesen", language="de"),
           Example("Calendario raccolta 2025 – capoluogo e frazioni (PDF, 412 KB)", language="it"),
           "Corrections? Tell us via the feedback form – our corrections policy explains how we handle them."),
    keeps=("Skip the queue: how to renew a passport fast, and cheaply.",
           Example("Sauter à la recette suivante sans lire l'introduction est une habitude que je comprends.", language="fr"),
           "Print and PDF editions", "Report an error to the council within 14 days, the notice says."),
)
def skip_link(ctx: Context) -> Outcome:
    """An accessibility "Skip to content" link; the page's text-size, print, PDF and report-an-error buttons."""
    if ctx.prefix_key == "skip" and ctx.words <= 8 and not ctx.sentence:
        return "skip link"
    if ctx.words <= REPORT_ERROR_MAX_WORDS and ctx.text.rstrip()[-1:] not in ".!" and REPORT_ERROR.match(ctx.lower):
        return "report-an-error link"
    if ctx.words <= FILE_LINK_MAX_WORDS and FILE_LINK.search(ctx.lower):
        return "link to a file to download"  # "Calendario raccolta 2025 – capoluogo e frazioni (PDF, 412 KB)"
    if ctx.words <= LANGUAGE_VERSION_MAX_WORDS and not ctx.text.endswith(".") and LANGUAGE_VERSION.match(ctx.lower):
        return "link to the article in another language"
    if ctx.words <= REPORT_ERROR_MAX_WORDS and "?" in ctx.text and REPORT_ERROR.match(ctx.lower):
        return "report-an-error prompt"  # "Encontrou um erro? Veja nossa política de correções." (a short line)
    if ctx.words <= PAGE_TOOLS_MAX_WORDS and ctx.lower.strip(" .:|") in PAGE_TOGGLES:
        return "page tools (translation, dark mode)"
    if ctx.words <= PAGE_TOOLS_MAX_WORDS and not ctx.sentence:
        tokens = [t for t in TOOL_SPLIT.split(ctx.lower) if t]
        if tokens and all(t in PAGE_TOOL_WORDS or t in TOOL_FILLERS or FONT_BUTTON.match(t) for t in tokens) and any(
                t not in TOOL_FILLERS for t in tokens):
            return "page tools (text size, print, PDF)"
    return None


PAGE_TOOLS_MAX_WORDS = 8
TOOL_SPLIT = rx.compile(r"[\s|·•/:：]+")
FONT_BUTTON = rx.compile(r"^a[+\-−]?$")
# Words of the buttons that print, save or resize a page, in the languages we ship ("Drukuj | Zapisz PDF").
PAGE_TOOL_WORDS = frozenset({
    "print", "pdf", "download", "save", "font", "size", "text", "increase", "decrease", "drucken", "speichern",
    "schriftgröße", "schriftgrösse", "textgröße", "vergrößern", "verkleinern", "imprimer", "télécharger", "enregistrer",
    "taille", "police", "texte", "agrandir", "réduire", "imprimir", "descargar", "guardar", "tamaño", "letra", "fuente",
    "aumentar", "reducir", "disminuir", "stampa", "scarica", "salva", "dimensione", "testo", "carattere", "aumenta",
    "diminuisci", "baixar", "salvar", "fonte", "tamanho", "diminuir", "afdrukken", "opslaan", "lettergrootte",
    "tekstgrootte", "vergroten", "verkleinen", "drukuj", "zapisz", "pobierz", "rozmiar", "czcionki", "powiększ",
    "pomniejsz", "yazdır", "indir", "kaydet", "yazı", "boyutu", "büyüt", "küçült", "εκτύπωση", "λήψη", "αποθήκευση",
    "μέγεθος", "γραμματοσειράς", "друк", "друкувати", "завантажити", "зберегти", "розмір", "шрифту", "печать",
    "скачать", "сохранить", "размер", "шрифта", "印刷", "文字サイズ", "保存", "小", "中", "大", "標準", "拡大",
})
# The page's own switches, each alone on its line: "Translate this page", "Dark mode".
PAGE_TOGGLES = frozenset({
    "translate this page", "translate page", "dark mode", "light mode", "dark theme", "night mode", "seite übersetzen",
    "übersetzen", "dunkelmodus", "dunkler modus", "nachtmodus", "traduire cette page", "traduire la page", "mode sombre",
    "mode nuit", "traducir esta página", "traducir página", "modo oscuro", "modo nocturno", "traduci questa pagina",
    "traduci pagina", "modalità scura", "modalità notte", "traduzir esta página", "traduzir página", "modo escuro",
    "modo noturno", "vertaal deze pagina", "pagina vertalen", "donkere modus", "przetłumacz stronę",
    "tryb ciemny", "tryb nocny", "bu sayfayı çevir", "sayfayı çevir", "karanlık mod", "gece modu", "μετάφραση σελίδας",
    "σκοτεινή λειτουργία", "перекласти сторінку", "темна тема", "нічний режим", "перевести страницу", "темная тема",
    "тёмная тема", "ночной режим", "ダークモード", "このページを翻訳",
})
TOOL_FILLERS = frozenset({"text", "texte", "testo", "texto", "size", "font", "σε", "в", "na", "de", "da", "w", "ve"})
REPORT_ERROR = rx.compile(
    r"^(?:report an? (?:error|mistake|typo)(?: or (?:an? )?(?:error|mistake|typo))?|fehler melden|einen fehler melden|signaler une erreur|reportar (?:un )?error|"
    r"segnala(?:ci)? un errore|reportar (?:um )?erro|fout melden|zgłoś błąd(?: w artykule)?|hata bildir|"
    r"αναφορά (?:λάθους|σφάλματος)|повідомити про помилку|сообщить об ошибке|signaler un (?:contenu|abus)(?: \w+)?)\s?[.!]?$"
    # "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter": the typo reporter's hint
    r"|^.{0,100}?ctrl\s?\+\s?enter"
    # "Encontrou um erro? Veja nossa política de correções …": the same, asked
    # (the ask may name the story: "Spotted a mistake in this story?"; corrections asked for: "Corrections? Tell us …")
    r"|^(?:(?:spotted|found|see) (?:an? )?(?:error|mistake|typo)|encontrou (?:um )?erro|¿?(?:encontraste|has encontrado|"
    r"ha encontrado) (?:un )?error|vous avez (?:repéré|trouvé|vu) une (?:erreur|faute)|(?:tipp)?fehler (?:entdeckt|gefunden)|"
    r"hai (?:trovato|notato) un errore|fout (?:gezien|gevonden)|(?:zie|vind|zag) (?:je|u) een fout|(?:zauważyłeś|znalazłeś) błąd|"
    r"hata mı (?:gördünüz|buldunuz)|"
    r"corrections?)(?: [^?]{1,30})?\s?\?",
    regex.I,
)


REPORT_ERROR_MAX_WORDS = 16
# "Read this article in Spanish", "This article is also available in Welsh", "Diesen Artikel auf Englisch lesen".
LANGUAGE_VERSION = rx.compile(
    r"^(?:read (?:this (?:article|story) )?in|this (?:article|story) is (?:also )?available in|also available in|"
    r"diesen (?:artikel|beitrag) auf|(?:lire|lisez) cet article en|cet article est (?:aussi |également )?disponible en|"
    r"lee (?:este artículo|esta noticia) en|leggi (?:questo articolo|l'articolo) in|leia (?:este artigo|esta notícia) em|"
    r"lees dit artikel in|przeczytaj ten artykuł po|bu haberi \S+ oku|читати (?:цю статтю|цей матеріал) \S+ мовою|"
    r"читать (?:эту статью|этот материал) на)\s\p{L}+(?:\s(?:lesen|lezen))?$"
)
LANGUAGE_VERSION_MAX_WORDS = 9
# "… (PDF, 412 KB)", "… [pdf · 1,2 MB]", "Delibera n. 41-2025.pdf (1,2 MB)": a file to download, its type and its size.
FILE_LINK = rx.compile(
    r"[(\[](?:pdf|docx?|xlsx?|odt|ods|pptx?|zip|jpe?g|png|mp3)\s?[,·|–-]?\s?\d+(?:[.,]\d+)?\s?(?:kb|mb|gb|ko|mo|kib|mib)[)\]]$|"
    r"\.(?:pdf|docx?|xlsx?|odt|zip)\s?[(\[](?:pdf|docx?|xlsx?)?[,\s]*\d+(?:[.,]\d+)?\s?(?:kb|mb|ko|mo)[)\]]$"
)
FILE_LINK_MAX_WORDS = 25


PAGINATION = rx.compile(
    r"^(?:(?:page|seite|página|pagina|strona|sayfa|σελίδα|сторінка|страница|sida)\s+\d+\s*"
    r"(?:(?:of|von|de|di|van|z|/|из|з|av)\s*\d+)?|(?:[‹«<←]\s*)?(?:\d{1,2}\s+){2,}\d{0,2}\s*\p{L}{0,12}\s*[›»>→]?|"
    r"(?:[‹«<←]\s*)?(?:previous|next|prev|zurück|weiter|précédent|suivant|anterior|siguiente|"
    r"precedente|successivo|vorherige|nächste|vorige|volgende|poprzedni|następny|önceki|sonraki|"
    r"προηγούμενο|επόμενο|попередня|наступна|предыдущая|следующая|föregående|nästa)"
    r"(?:\s+(?:page|seite|article|artikel|story))?\s*[›»>→]?)$",
    regex.I,
)


@detector(
    "NV05", "navigation.pagination", triggers=("digit", "line:more", "short"),
    flags=("Page 2 of 5", "1 2 3 4 Next ›", "« Previous", "Nächste"),
    keeps=("Next, the council voted on the budget.", "Page 2 of the report lists the cuts."),
)
def pagination(ctx: Context) -> Outcome:
    """A pager: "Page 2 of 5", "1 2 3 Next ›", "« Previous"."""
    if ctx.words <= 10 and PAGINATION.match(ctx.lower):
        return "pagination"
    return None


# "View more on twitter", "Mehr auf Instagram ansehen": the link under an embedded post.
MORE_ON_NETWORK = rx.compile(
    r"^(?:view|see|read|show) (?:more|original post|original tweet|this post) on (?:twitter|x|instagram|facebook|youtube|"
    r"tiktok|bluesky|threads|linkedin)$|^(?:mehr|beitrag) (?:auf|bei) (?:twitter|x|instagram|facebook|youtube|tiktok) ansehen$|"
    r"^(?:voir|afficher) (?:plus|la publication) sur (?:twitter|x|instagram|facebook|youtube|tiktok)$|"
    r"^ver (?:más|mais|publicação|publicación) (?:en|no|na) (?:twitter|x|instagram|facebook|youtube|tiktok)$|"
    r"^visualizza (?:altro|questo post) su (?:twitter|x|instagram|facebook|youtube|tiktok)$"
)
MORE_ON_MAX_WORDS = 6
# "Shop the collection →", "Kup teraz w sklepie »", "Alle Termine ›": a link's label, the arrow closing it.
ARROW_LINK_MAX_WORDS = 10
LINK_ARROWS = "→›»"
ARROW_LINK_REASON = "a link's label (an arrow or こちら at its end)"  # an interruption of the article (edges), not its end


# "停電情報の詳細はこちら", "投稿フォームはこちらから": a Japanese link's label ("… is here").
JA_HERE_LINK = rx.compile(r"こちら(?:から|へ|をクリック|をご覧ください)?\s?[>＞→›»]?$")
JA_HERE_LINK_MAX_CHARS = 40


def _arrow_link(ctx: Context) -> bool:
    """A short line that ends in a link's arrow (a quote closed by "»" and opened by "«" on the line is the article's)."""
    text = ctx.text.rstrip()
    if len(text) <= JA_HERE_LINK_MAX_CHARS and JA_HERE_LINK.search(text) and "「" not in text and "。" not in text:
        return True
    if ctx.words > ARROW_LINK_MAX_WORDS or text[-1:] not in LINK_ARROWS:
        return False
    if text.endswith("»") and ("«" in text or text.count("»") > 1 or _quote_open_above(ctx)):
        return False
    head = text.rstrip(LINK_ARROWS + " ")
    return bool(head) and head[-1] not in ".:;,…" and any(c.isalpha() for c in head)


QUOTE_REACH = 4


def _quote_open_above(ctx: Context) -> bool:
    """A "«" opened a few lines up and not closed yet: "»" ends a quote of verses or paragraphs."""
    for k in range(1, QUOTE_REACH + 1):
        above = ctx.at(-k)
        if above is None:
            return False
        if above.text.count("«") > above.text.count("»"):
            return True
    return False


@detector(
    "NV06", "navigation.more_link", triggers=("line:more", "short", "link_arrow"),
    flags=("Read more", "Weiterlesen", "Load more", "View more on twitter", "View more on X",
           "Shop the whole autumn collection in our online store →", Example("Kup teraz w sklepie »", language="pl"),
           Example("Alle Termine der Woche ›", language="de"), Example("市内の停電情報の詳細はこちら", language="ja"),
           Example("Tüm şehirler için tıklayın", language="tr"), Example("Ver clasificación completa", language="es"),
           Example("Zum kompletten Transfer-Ticker", language="de")),
    keeps=("Read more books, the minister told pupils.", "View more on the council's website",
           Example("Plus\n- Mycket bra täckning\n- Snabb installation", "Plus", language="sv"),
           Example("« On ne lâchera rien », a lancé la maire devant la foule »", language="fr"),
           Example("Elle a simplement dit : « Merci »", language="fr"),
           Example("Er nannte das Projekt »Zukunft«", language="de"),
           Example("Он прочёл со сцены:\n«Я помню чудное мгновенье:\nПередо мной явилась ты»", "Передо мной явилась ты»",
                   language="ru"),
           Example("店主は「どうぞこちら」と客を招き入れた", language="ja")),
)
def more_link(ctx: Context) -> Outcome:
    """A lone "More" / "Read more" / "Load more" link, a label ending in a link's arrow, or the "View more on X" link of an embedded post."""
    if ctx.words <= MORE_ON_MAX_WORDS and MORE_ON_NETWORK.match(ctx.lower):
        return "link to an embedded post"
    if "link_arrow" in ctx.features and _arrow_link(ctx):
        return ARROW_LINK_REASON
    if ctx.line_key is None and ctx.words <= CLICK_LINK_MAX_WORDS and not ctx.sentence and FULL_LINK.match(ctx.lower):
        return ARROW_LINK_REASON  # "Ver clasificación completa", "Zum kompletten Transfer-Ticker"
    if ctx.words <= CLICK_LINK_MAX_WORDS and not ctx.sentence and CLICK_TAIL.search(ctx.lower):
        return ARROW_LINK_REASON  # "Tüm şehirler için tıklayın", "Für alle Städte hier klicken"
    if ctx.line_key != "more" or CONTINUES.search(ctx.lower):
        return None  # "Haberin Devamı" says the article goes on below (ads.continues_marker)
    below = ctx.at(1)
    if below is not None and LIST_MARK.match(below.text) and not LIST_MARK.match(ctx.text):
        return None  # "Plus" over "- Snabb installation": the heading of a review's pros, not a link
    return "more link"


# A link's label that ends by telling the reader to click: "Tüm şehirler için tıklayın", "All cities: click here".
CLICK_TAIL = rx.compile(
    r"(?:click here|tap here|hier klicken|klicken sie hier|cliquez ici|haz clic aquí|pulsa aquí|clicca qui|clique aqui|"
    r"klik hier|kliknij tutaj|kliknij|tıklayın|tıkla|κάντε κλικ εδώ|натисніть тут|нажмите здесь|こちらをクリック)$"
)
CLICK_LINK_MAX_WORDS = 8
# "See the full standings", "Voir les prévisions à 15 jours", "Zum kompletten Ticker": a link to the whole of a box.
FULL_LINK = rx.compile(
    r"^(?:see|view|show) (?:the )?(?:full|complete|whole|all)\b|^(?:ver|consulta) (?:la |el |los |las )?\S+ complet[ao]s?$|"
    r"^voir (?:le |la |les |l')?\S+ complète?s?$|^voir les prévisions|^zu[mr] (?:kompletten|vollständigen|ganzen)\b|"
    r"^(?:vedi|guarda) (?:la |il |l'|i |le )?\S+ complet[ao]$|^(?:veja|ver) (?:a |o |os |as )?\S+ complet[ao]s?$|"
    r"^bekijk (?:de |het )?(?:volledige|complete)\b|^zobacz (?:pełn\w+|cał\w+)\b"
)
# "Ticker neu laden", "Atualizar a página", "Refresh": the reload button of a live page, opened by its verb
# (or closed by it: "Seite aktualisieren"). Looked up by word, not scanned for: this runs on every short line.
RELOAD_FIRST = frozenset({
    "reload", "refresh", "actualiser", "rafraîchir", "actualizar", "atualizar", "aggiorna", "ricarica", "odśwież",
    "yenile", "ανανέωση", "ανανεώστε", "оновити", "обновить", "uppdatera", "更新",
})
RELOAD_LAST = ("neu laden", "aktualisieren", "vernieuwen", "verversen", "yenile", "odśwież", "einträge laden",
               "beiträge laden", "meldungen laden", "mehr laden", "load more", "load older posts", "load older entries",
               "load more updates", "voir plus", "cargar más", "carica altri", "carregar mais", "meer laden",
               "załaduj więcej", "daha fazla yükle")
RELOAD_MAX_WORDS = 4
# "Оновлюється", "Wird laufend aktualisiert", "Live updates": the status badge of a live page.
LIVE_STATUS = frozenset({
    "finalizado", "partido finalizado", "match terminé", "spiel beendet", "jogo encerrado", "wedstrijd afgelopen",
    "mecz zakończony", "maç sona erdi", "full time", "full-time",
    "live update", "live updates", "updating", "aktualisiert", "wird aktualisiert", "wird laufend aktualisiert",
    "laufend aktualisiert", "mise à jour en continu", "en cours de mise à jour", "se actualiza", "actualizándose",
    "in aggiornamento", "em atualização", "wordt bijgewerkt", "wordt continu bijgewerkt", "aktualizowany",
    "aktualizowane", "güncelleniyor", "ενημερώνεται", "оновлюється", "обновляется", "uppdateras", "uppdateras löpande",
    "live", "live blog", "liveblog", "liveticker", "en direct", "en vivo", "en directo", "directo", "ao vivo", "in diretta",
    "diretta", "live reporting", "key events", "show key events only", "wichtigste ereignisse", "nur wichtigste ereignisse", "temps forts",
    "momentos clave", "momenti chiave", "momentos-chave",
    # the live blog's order switch: "Neueste Einträge zuerst"
    "newest first", "latest first", "oldest first", "neueste einträge zuerst", "neueste zuerst", "älteste zuerst",
    "älteste einträge zuerst", "plus récents d'abord", "plus anciens d'abord", "más recientes primero",
    "más antiguos primero", "più recenti prima", "più recenti", "mais recentes primeiro", "nieuwste eerst", "oudste eerst",
    "najnowsze najpierw", "od najnowszych", "en yeniler önce", "πρώτα τα νεότερα", "спочатку нові", "сначала новые",
    # the pinned entry's badge
    "pinned", "pinned post", "angepinnt", "angeheftet", "épinglé", "post épinglé", "fijado", "publicación fijada",
    "fissato", "post fissato", "fixado", "publicação fixada", "vastgezet", "vastgepind", "przypięty", "przypięte",
    "sabitlendi", "sabitlenmiş", "καρφιτσωμένο", "закріплено", "закреплено", "固定表示",
})
# "14 new updates – tap to refresh", "3 neue Beiträge", "2 nouveaux messages": the live page's count of unseen entries.
NEW_ENTRIES = rx.compile(
    r"^\d{1,4}\s(?:new|neue|neuer|nouveaux|nouvelles?|nuevas?|nuevos?|nuove|nuovi|novas?|novos?|nieuwe|now(?:e|ych|y)|"
    r"yeni|νέες|νέα|нових|новых|нові|новые)\s(?:updates?|posts?|entries|beiträge|einträge|meldungen|messages|posts?|"
    r"entradas|actualizaciones|aggiornamenti|post|atualizações|publicações|berichten|updates|wpisy|wpisów|aktualizacj\w*|"
    r"güncelleme|gönderi|ενημερώσεις|αναρτήσεις|оновлень|оновлення|обновлени\w*|записи|записей|публікаці\w*)(?!\w)"
)
NEW_ENTRIES_MAX_WORDS = 8
# "Please turn on JavaScript to use this feature": the notice a script-driven widget leaves in the text.
SCRIPT_NOTICE = rx.compile(
    r"(?:enable|turn on|activate|aktivieren|einschalten|activer|activez|activa|habilita|attiva|abilita|ative|ativar)\w*"
    r"(?: \w+){0,3} javascript|javascript (?:is |must be )?(?:disabled|required|deaktiviert|désactivé|desactivado|disattivato|desativado)"
)
SCRIPT_NOTICE_MAX_WORDS = 20
AUTO_UPDATE = rx.compile(
    r"(?:updates? automatically|is updated automatically|refreshes automatically|ανανεώνεται αυτόματα|uppdateras automatiskt|"
    r"wird automatisch neu geladen|ververst automatisch|se rafraîchit automatiquement|se actualiza sola|"
    r"atualiza automaticamente|odświeża się automatycznie|otomatik olarak yenilen\w*|wird automatisch aktualisiert|aktualisiert sich automatisch|"
    r"wordt automatisch bijgewerkt|se met à jour automatiquement|se actualiza automáticamente|si aggiorna automaticamente|"
    r"é atualizad[oa] automaticamente|aktualizuje się automatycznie|otomatik olarak güncellen\w*|ενημερώνεται αυτόματα|"
    r"оновлюється автоматично|обновляется автоматически|rafraîchissement automatique|actualisation automatique|"
    r"auto-refresh|auto refresh|automatisch aktualisieren|actualización automática|aggiornamento automatico|"
    r"atualização automática|automatisch verversen|automatyczne odświeżanie|otomatik yenileme|αυτόματη ανανέωση|"
    r"автоматичне оновлення|автообновление|"
    # "Relacja jest aktualizowana. Najnowsze wpisy na górze.": the blog's order of entries and its state
    r"relacja jest aktualizowana|this (?:live )?(?:blog|page|report) is (?:being )?updated|najnowsze wpisy na górze|"
    r"newest (?:entries|posts|updates) (?:first|on top|at the top)|nieuwste berichten bovenaan|neueste einträge oben|"
    r"les derniers messages en haut|les dernières entrées en haut|las últimas entradas arriba|"
    r"gli aggiornamenti più recenti in alto|as entradas mais recentes no topo|en yeni gelişmeler en üstte|"
    r"новые записи сверху|нові записи вгорі)"
)
# "… please update to a modern browser", "Your browser is out of date": the site talking to the reader's browser.
OLD_BROWSER = rx.compile(
    r"(?:update|upgrade|switch to|use|download)\w* (?:\w+ ){0,3}(?:modern|supported|newer|latest|different|other) browser"
    r"|browser (?:is |are )?(?:not supported|out of date|outdated|no longer supported)|(?:unsupported|outdated) browser"
)
MEDIA_FALLBACK_REASON = "a player's fallback text (the media did not load)"  # an interruption of the article (edges)
# "Your browser does not support the audio element", "Dieses Video ist in Ihrem Land nicht verfügbar": the text a
# player shows in place of its media.
MEDIA_FALLBACK = rx.compile(
    r"(?:your|ihr|dein|votre|ton|tu|su|il tuo|o seu|o teu|je|uw|twoja|ваш|ваш) (?:web )?(?:browser|navigateur|navegador|"
    r"przeglądarka|браузер)\s(?:\S+\s){0,4}?(?:does not|doesn't|cannot|can't|unterstützt|ne prend pas|ne supporte pas|no soporta|"
    r"no admite|no es compatible|non supporta|não suporta|ondersteunt|nie obsługuje|не поддерживает|не підтримує)|"
    r"tarayıcınız\s(?:\S+\s){0,4}?desteklemiyor|ブラウザ.{0,20}(?:対応していません|サポートされていません)|"
    r"(?:video|vidéo|vídeo|audio|content|inhalt|contenu|contenido|contenuto|conteúdo|inhoud|materiał|treść|видео|відео)\s"
    r"(?:\S+\s){0,3}?(?:not available|unavailable|nicht verfügbar|pas disponible|no (?:está )?disponible|non (?:è )?disponibile|"
    r"não (?:está )?disponível|niet beschikbaar|niedostępn\w*|недоступн\w*)\s(?:\S+\s){0,2}?(?:region|country|land|pays|país|"
    r"paese|kraj\w*|стран\w*|країн\w*)|"
    r"(?:video|vidéo|vídeo|content|inhalt)\s(?:\S+\s){0,2}?(?:ist|est|no está|non è|não está|is)\s(?:\S+\s){0,3}?"
    r"(?:land|pays|país|paese|region|country)\s(?:\S+\s)?(?:nicht|pas|no|non|não|not)\s(?:verfügbar|disponible|disponibile|disponível|available)|"
    # "Il video partirà tra 5 secondi", "The video will start in 5 seconds": the player's countdown over its ad
    r"(?:the video|das video|la vidéo|el vídeo|el video|il video|o vídeo|de video|film|видео|відео)\s(?:\S+\s){0,2}?"
    r"(?:start|play|begin|startet|beginnt|commence|commencera|comenzará|empezará|partirà|inizierà|começa|começará|"
    r"start|begint|rozpocznie|начнется|начнётся|почнеться)\w*\s(?:in|dans|en|tra|fra|em|za|через)\s\d{1,2}\s|"
    # "O vídeo começa após a publicidade": the player's ad comes first
    r"(?:the video|das video|la vidéo|el vídeo|el video|il video|o vídeo|de video)\s(?:\S+\s){0,2}?(?:starts|begins|startet|"
    r"beginnt|commence|comienza|empieza|inizia|começa|begint|plays|play|start|begin)\s(?:after|nach|après|después de|dopo|"
    r"após|na)\s(?:the |this |der |dieser |la |cette |el |esta |a |de |deze )?(?:ad|ads|advert|werbung|publicité|"
    r"publicidad|pubblicità|publicidade|reclame)\b|"
    # "Video yükleniyor... Reklamdan sonra video başlayacak": the player loading, its ad first
    r"reklamdan sonra video başla\w*|^video yükleniyor|"
    # "Deze video kan niet worden afgespeeld omdat je geen toestemming hebt gegeven …": the player, blocked
    r"(?:video|vidéo|vídeo|clip|inhalt|content|contenu|contenido|contenuto|conteúdo|inhoud)\s(?:\S+\s){0,3}?(?:kan niet "
    r"worden afgespeeld|cannot be played|can't be played|kann nicht abgespielt werden|ne peut pas être lu\w*|no se puede "
    r"reproducir|non può essere riprodott[oa]|não pode ser reproduzid[oa]|nie może zostać odtworzon[ya])|"
    # "※動画の再生には会員登録が必要です": the player asks the reader to sign up first
    r"動画の(?:再生|視聴)には.{0,12}(?:登録|ログイン)が必要|"
    # "Zum Abspielen des Videos müssen Sie der Nutzung externer Inhalte zustimmen.": the player asks for consent first
    r"^(?:zum abspielen|um das video|to (?:play|watch) (?:this|the) video|pour (?:lire|voir) (?:cette|la) vidéo|"
    r"para (?:ver|reproducir) (?:este|el) vídeo|per (?:vedere|riprodurre) (?:questo|il) video|om deze video (?:te )?"
    r"(?:bekijken|af te spelen))\s.{0,80}?(?:zustimm\w*|akzeptier\w*|accept\w*|consent\w*|accepter|aceptar|accettare|"
    r"toestemming|cookies?)"
)
ADDRESSES_READER = rx.compile(r"\b(?:you|your|you're|please)\b")

@detector(
    "NV07", "navigation.reload",
    flags=(Example("Ticker neu laden", language="de"), Example("Atualizar a página", language="pt"), "Refresh",
           "The video will play after this ad", Example("Video yükleniyor... Reklamdan sonra video başlayacak", language="tr"),
           Example("Deze video kan niet worden afgespeeld zonder toestemming voor cookies.", language="nl"),
           Example("Zum Abspielen des Videos müssen Sie der Nutzung externer Inhalte zustimmen.", language="de"),
           Example("Neueste Einträge zuerst", language="de"),
           Example("Relacja jest aktualizowana. Najnowsze wpisy na górze.", language="pl"),
           Example("Bu sayfa her 60 saniyede bir otomatik olarak yenilenmektedir.", language="tr"), Example("Ältere Einträge laden", language="de"),
           Example("Оновлюється", language="uk"), "LIVE", "Key events", "Show key events only",
           "Please turn on JavaScript to use this feature", Example("Bitte aktivieren Sie JavaScript.", language="de"),
           "It looks like you are using Internet Explorer. For the best experience, please update to a modern browser.",
           Example("Dit liveblog wordt automatisch bijgewerkt", language="nl"),
           Example("Rafraîchissement automatique : ACTIVÉ", language="fr"), "14 new updates – tap to refresh",
           Example("Il video partirà tra 5 secondi", language="it"), Example("O vídeo começa após a publicidade", language="pt"), Example("※動画の再生には会員登録が必要です", language="ja"),
           Example("Η σελίδα ανανεώνεται αυτόματα κάθε 60 δευτερόλεπτα", language="el"),
           Example("3 neue Beiträge", language="de"), "Pinned post",
           "Your browser does not support the audio element.", "This video is not available in your region",
           Example("Ihr Browser unterstützt kein Audio.", language="de"),
           Example("Dieses Video ist in Ihrem Land leider nicht verfügbar.", language="de")),
    keeps=("Refresh your memory: what the law says.", Example("Aktualisierung folgt.", language="de"),
           "Live music returns to the park", "The site was built with JavaScript in 2009, the developers said.",
           "The company said its new browser is not supported on older phones.",
           "14 new homes will be built on the site, the council said.",
           "The film is not available in the region's cinemas until March, the distributor said."),
)
def reload(ctx: Context) -> Outcome:
    """A live page's reload button, status badge or script notice ("Ticker neu laden", "Updating", "LIVE")."""
    if ctx.words <= SCRIPT_NOTICE_MAX_WORDS and "javascript" in ctx.lower and SCRIPT_NOTICE.search(ctx.lower):
        return "script notice"
    if ctx.words <= SCRIPT_NOTICE_MAX_WORDS and not has_quote_mark(ctx.text) and MEDIA_FALLBACK.search(ctx.lower):
        return MEDIA_FALLBACK_REASON
    if ctx.words <= SCRIPT_NOTICE_MAX_WORDS and AUTO_UPDATE.search(ctx.lower):
        return "live-page status"  # "Dit liveblog wordt automatisch bijgewerkt"
    if (ctx.words <= SCRIPT_NOTICE_MAX_WORDS and "browser" in ctx.lower and OLD_BROWSER.search(ctx.lower)
            and ADDRESSES_READER.search(ctx.lower)):
        return "browser notice"
    if ctx.words <= NEW_ENTRIES_MAX_WORDS and NEW_ENTRIES.match(ctx.lower):
        return "count of new live entries"
    if ctx.words > RELOAD_MAX_WORDS or ctx.sentence:
        return None
    lower = ctx.lower.strip(" .…")
    if lower.split(" ", 1)[0] in RELOAD_FIRST or lower.endswith(RELOAD_LAST):
        return "reload button"
    return "live-page status" if lower in LIVE_STATUS else None


# "Sommaire", "Inhaltsverzeichnis", "In this article": the header of an article's table of contents.
CONTENTS_HEADER = frozenset({
    "contents", "table of contents", "in this article", "on this page", "inhalt", "inhaltsverzeichnis",
    "in diesem artikel", "sommaire", "table des matières", "dans cet article", "índice", "contenido",
    "en este artículo", "indice", "sommario", "in questo articolo", "conteúdo", "neste artigo", "inhoud",
    "inhoudsopgave", "in dit artikel", "spis treści", "w tym artykule", "içindekiler", "bu yazıda", "περιεχόμενα",
    "зміст", "у цій статті", "содержание", "в этой статье", "innehåll", "innehållsförteckning", "i den här artikeln",
    "目次", "page contents", "indice della pagina", "contenuti della pagina", "in questa pagina", "auf dieser seite",
    "sur cette page", "en esta página", "nesta página", "op deze pagina", "na tej stronie", "bu sayfada",
    "σε αυτή τη σελίδα", "на цій сторінці", "на этой странице", "このページの目次",
})
CONTENTS_ENTRY_MAX_WORDS = 8
# How far below an entry the section it points to may start, in blocks.
CONTENTS_REACH = 80


CONTENTS_RUN_MAX = 12


@line_feature("contents_header")
def _contents_header_text(line: LineText) -> bool:
    """"Sommaire", "Inhalt", "Table of contents": a table of contents' header."""
    return line.words <= 4 and line.lower.strip(" :：") in CONTENTS_HEADER


@detector(
    "NV08", "navigation.contents", triggers=("short",), near=(("contents_header", "bullet"), CONTENTS_RUN_MAX),
    flags=(Example("Sommaire", language="fr"),
           Example("1. Écran\n2. Autonomie\nLe test.\nÉcran\nLa dalle est belle.\nAutonomie\nElle tient.", "1. Écran",
                   language="fr"),
           Example("Indice della pagina\nDescrizione\nCalendario\nAllegati", "Calendario", language="it")),
    keeps=(Example("1. Écran\n2. Autonomie\nLe test.", "1. Écran", language="fr"), "Contents of the report were leaked.",
           Example("In this article\nThe council met on Monday and voted for the plan.\nWhat happens next",
                   "What happens next")),
)
def contents(ctx: Context) -> Outcome:
    """A table of contents: its header, or an entry that names a sub-heading further down the page."""
    if ctx.sentence:
        return None
    if "bullet" not in ctx.features:
        if _contents_header(ctx):
            return "table-of-contents header"
        return "table-of-contents entry" if ctx.words <= CONTENTS_ENTRY_MAX_WORDS and _under_contents_header(ctx) else None
    if ctx.words > CONTENTS_ENTRY_MAX_WORDS:
        return None
    entry = BULLET.sub("", ctx.text, count=1).strip()
    lines = ctx.view.canonical
    end = min(len(lines), ctx.index + 1 + CONTENTS_REACH)
    if entry and any(lines[k] == entry for k in range(ctx.index + 1, end)):
        return "table-of-contents entry"
    return None


def _contents_header(ctx: Context) -> bool:
    return "contents_header" in ctx.features


def _under_contents_header(ctx: Context) -> bool:
    """An entry without a bullet in a run of short entries right under the header ("Indice della pagina", "Descrizione",
    "Calendario", …)."""
    for k in range(1, CONTENTS_RUN_MAX + 1):
        above = ctx.at(-k)
        if above is None or above.sentence or above.words > CONTENTS_ENTRY_MAX_WORDS:
            return False
        if _contents_header(above):
            return True
    return False



# ", opens new tab", "(öffnet in neuem Tab)": what a screen reader is told about a link; only links say it.
NEW_TAB = rx.compile(
    r"(?:opens?|opening)\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)|öffnet\s+(?:sich\s+)?in\s+(?:einem\s+)?neue[mn]\s+"
    r"(?:tab|fenster)|s'ouvre\s+dans\s+(?:un\s+nouvel\s+onglet|une\s+nouvelle\s+fenêtre)|"
    r"se\s+abre\s+en\s+(?:una\s+)?nueva\s+(?:pestaña|ventana)|si\s+apre\s+in\s+una\s+nuova\s+(?:scheda|finestra)|"
    r"abre\s+(?:em\s+)?(?:uma\s+)?nova\s+(?:aba|janela|guia)",
    regex.I,
)
NEW_TAB_TAIL = rx.compile(r"(?:" + NEW_TAB.pattern + r")[\s)\].]*+$", regex.I)
NEW_TAB_LINK_MAX_WORDS = 14
NEW_STEMS = ("new", "neu", "nouv", "nuev", "nuov", "nova")  # cheap gate before the pattern


@detector(
    "NV09", "navigation.new_tab_link", triggers=("short", "paren"),
    flags=("Purchase Licensing Rights, opens new tab", "Download the full report (opens in a new window)",
           Example("Zum Wahlprogramm (öffnet in neuem Tab)", language="de")),
    keeps=("The portal opens a new tab for every form, which confused many users.",
           "Click the link; it opens in a new window, the help page said."),
)
def new_tab_link(ctx: Context) -> Outcome:
    """A link that says it opens a new tab or window ("Purchase Licensing Rights, opens new tab")."""
    if ctx.words > NEW_TAB_LINK_MAX_WORDS or not contains_any(ctx.lower, NEW_STEMS):
        return None
    return "link that opens a new tab" if NEW_TAB_TAIL.search(ctx.text) else None


# "📌 Bewaar dit artikel", "🔄 Odśwież relację", "♡ お気に入りに追加 (1,203)": an icon, then a button's words.
ICON = rx.compile(r"^[\p{So}\p{Emoji_Presentation}\uFE0F\u200D]+\s*")
ICON_BUTTON_MAX_WORDS = 8
CJK_CONTROL = rx.compile(r"(?:追加|保存|印刷|登録|共有|する|見る|読む)(?:\s*[（(][\d,，]+[)）])?$")
BUTTON_KEYS = frozenset({"share", "login", "more", "menu", "search", "call_to_action"})


@detector(
    "NV10", "navigation.icon_button",
    flags=(Example("📌 Bewaar dit artikel", language="nl"), Example("🔄 Odśwież relację", language="pl"),
           Example("♡ お気に入りに追加 (1,203)", language="ja"), Example("🛒 Añadir ingredientes a mi lista de la compra", language="es"),
           "🔖 Save for later"),
    keeps=("🍋 Ingredients", "📍 Where the new bridge will go", "★ Our verdict: four stars.",
           "© 2024 Harbour Press", "🎉 Get well soon, say the pupils of Year 4."),
)
def icon_button(ctx: Context) -> Outcome:
    """A control that opens with an icon and reads as a button ("📌 Bewaar dit artikel", "🔄 Odśwież relację")."""
    m = ICON.match(ctx.text)
    if m is None or ctx.text[0] in "©℗®" or ctx.sentence:
        return None
    rest = ctx.text[m.end():].strip()
    words = rest.casefold().split()
    if not words or len(words) > ICON_BUTTON_MAX_WORDS:
        return None
    if button_verb(words[0]) or words[0] in RELOAD_FIRST or ctx.view.lexicon.line_key(rest.casefold()) in BUTTON_KEYS:
        return "button with its icon"
    return "button with its icon" if CJK_CONTROL.search(rest) else None


# "HOME | CRONACA | POLITICA | SPORT": a site's sections on one line, set apart by bars, from its home.
MENU_BAR = rx.compile(r"\s*\|\s*")
SECTION_MENU_MIN_ITEMS = 4
SECTION_MAX_WORDS = 3


@detector(
    "NV11", "navigation.section_menu", triggers=("bar",),
    flags=("HOME | CRONACA | POLITICA | SPORT | CULTURA E SPETTACOLI | METEO",
           "Home | | | News | | | Sport | | | Business | | | Weather",
           Example("Startseite | Lokales | Politik | Sport | Kultur", language="de")),
    keeps=(Example("Home | Away | Goals | Shots\nRovers | United | 2 | 1", "Home | Away | Goals | Shots"), "Home | Ferries | Fares | Timetable changes from 1 June are below.",
           "Team | Played | Won | Points", "Home | 2 | 1 | 0"),
)
def section_menu(ctx: Context) -> Outcome:
    """A bar of the site's sections that starts at its home ("HOME | CRONACA | POLITICA | SPORT")."""
    if ctx.sentence or "|" not in ctx.text or "digit" in ctx.features:
        return None
    items = [item for item in MENU_BAR.split(ctx.text.strip(" |")) if item]
    if len(items) < SECTION_MENU_MIN_ITEMS or any(len(item.split()) > SECTION_MAX_WORDS for item in items):
        return None
    if ctx.view.lexicon.line_key(items[0].casefold()) != "home" or not all(item[:1].isupper() for item in items):
        return None
    below = ctx.at(1)
    if below is not None and below.text.count("|") == ctx.text.count("|"):
        return None  # a table's header row over its rows ("Home | Away | Goals | Shots" / "Rovers | United | 2 | 1")
    return f"menu of {len(items)} sections, from the site's home"


DETECTORS = (back_link, breadcrumb, menu_word, skip_link, pagination, more_link, reload, contents, new_tab_link,
             icon_button, section_menu)
