"""Credits and counters: photo credits and captions, copyright lines, timestamps, comment counts."""

from __future__ import annotations

import regex

from newsclean import rx
from newsclean.dates import is_relative
from newsclean.detectors.base import Context, Example, LineText, Outcome, contains_any, detector, line_feature
from newsclean.detectors.tables import table_row
from newsclean.languages import Lexicon
from newsclean.model import Quality
from newsclean.names import CJK_NAME, LEGAL_FORM, looks_like_name
from newsclean.patterns import (
    AGE_NOTICE,
    AGE_NOTICE_MAX_WORDS,
    ARCHIVE_PHOTO_TAIL,
    BARE_CLOCK,
    CJK_PHOTOGRAPHER_TAIL,
    CLOCK,
    EMAIL,
    FACT_SEPARATOR,
    FIELD_LINE,
    NUMBERED_ITEM,
    PERSON_RUN,
    PHOTO_WORD,
    PHOTO_WORDS,
    QUOTE_THEN_SPEAKER,
    SENTENCE_BREAK,
    abbreviated_headline,
    find_price,
    has_quote_mark,
    is_agency_list,
)

PHOTO_MAX_WORDS = 14
# "撮影・佐伯拓海", "写真＝共同", "写真／本社": the marks a Japanese credit puts between label and name.
CJK_CREDIT_MARKS = ("・", "＝", "／")
PHOTO_BY = rx.compile(r"(?:di|de|by|von|par|por|door|av|przez|от|від|από|του|της)\s+\p{Lu}")
# "Photo: AFP / Jane Doe", "(Foto: dpa)", "Image credit: Getty", "© Reuters", "Credit...Doug Mills".
PHOTO_TAIL = rx.compile(
    # (after a full stop, not a sentence's own word: "… e nessuna foto. Promesso.»")
    r"(?:[(\[]\s*)?(?:(?<!\p{Ll}\s)(?:photo|foto|image|imagem|imagen|immagine|bild|credit|crédit|©)\s*(?:credit)?\s*\.|"
    r"(?:photo|foto|image|imagem|imagen|immagine|bild|credit|crédit|©)\s*(?:credit)?\s*[:…/])[:.…/]*\s*[^()]{1,80}[)\]]?\s*$"
    r"|(?<!\w)(?:photograph|picture)\s?:\s*[^()]{1,80}$"  # "… on Market Street. Photograph: Tom Ashby/The Ledger"
    # the other languages' words, with a colon only ("фото. " ends a sentence)
    r"|(?:[(\[]\s*)?(?<!\w)(?:fotoğraf|fotografia|zdjęcie|φωτογραφία(?: αρχείου)?|φωτο|φωτ\.|фото)\s*:\s*[^()]{1,80}[)\]]?\s*$"
    # after the caption's sentence: "… CV-50. Imagen: TCR", "… padła wygrana. Fot. Gorąca Gazeta", "… Artist impression: X"
    r"|(?<=[.!?]\s)(?:imagen|imagem|immagine|beeld|fot\.|illustrati(?:on|e)|ilustración|ilustração|illustrazione|ilustracja|"
    r"infografía|infografia|artist'?s? impression)\s*:?\s*\p{Lu}[^()]{0,60}$"
    # after a bar or a dash that closes the caption: "Le nouveau chalutier à quai | Photo L'Écho – Yann Le Gall"
    r"|\s[|–—]\s(?:photo|foto|bild|beeld|zdjęcie|fot\.|φωτ\.|фото)\s(?-i:\p{Lu})[^|]{1,60}$",
    regex.I,
)
# "(© Università di Altavilla)", "(Facebook/Giulia Ferretti)": a picture's credit in brackets closing its caption.
BRACKETED_SOURCE = rx.compile(
    r"\s\((?:©\s?[^()]{2,60}|(?i:facebook|instagram|x|twitter|tiktok|youtube|telegram)\s?/\s?[^()/]{2,40})\)$"
)
# "Gráfico: …", "Infografía del proyecto …", "Zrzut ekranu …": a picture that is a chart or a screenshot, over its source.
CHART_CAPTION = rx.compile(
    r"^(?i:chart|graphic|infographic|screenshot|screen grab|grafik|infografik|bildschirmfoto|graphique|infographie|"
    r"capture d'écran|gráfico|infografía|captura de pantalla|grafico|infografica|schermata|infográfico|captura de tela|"
    r"grafiek|infographic|schermafbeelding|wykres|infografika|zrzut ekranu|grafik|ekran görüntüsü|γράφημα|στιγμιότυπο|"
    r"графік|інфографіка|скриншот|график|инфографика)\b"
)
SOURCE_TAIL = rx.compile(
    r"(?:^|[.)]\s)(?i:source|sources|quelle|quellen|fuente|fuentes|fonte|fonti|bron|źródło|kaynak|πηγή|джерело|источник)"
    r"\s?:\s?[^.]{1,60}\.?$"
)
# whole words: "epa" is in "Aangepast vandaag, 15:20"
IMAGE_AGENCY = rx.compile(r"(?<!\w)(?:getty images|shutterstock|istock|imago|picture alliance|alamy|epa|keystone|"
                             r"eurokinissi|intime news|sooc|lapresse|agf|belga image|anp foto|hollandse hoogte)(?!\w)",
                             regex.I)
# "Πλοία στο λιμάνι του Πειραιά. (EUROKINISSI)", "I giocatori festeggiano il 3-2 (ANSA)": a caption
# closed by its picture's agency in brackets (a paragraph ends in a full stop after it).
BRACKETED_CREDIT = rx.compile(r"\s\((?P<credit>[^()]{2,30})\)$")  # "… [Bloomberg]" cites a linked story's outlet


# "Jean-Baptiste Morvan pour « Le Regard »", "Jane Doe for The Courier": a photographer's name and the outlet the
# picture was taken for (under a caption; under the headline the same form is a freelancer's byline).
OUTLET_CREDIT = rx.compile(
    rf"^(?:©\s?)?(?P<name>{PERSON_RUN})\s(?:(?:pour|for|für|para|per|voor|dla|för|için|για|для)\s"
    r"(?:(?&quoted)|\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3})"
    # (in capitals, only with the outlet in quotes: "JULIEN ABGRALL POUR « LE COURRIER »"; "SENTENCING SET FOR JUNE" is
    # a sub-heading)
    r"|(?:POUR|FOR|FÜR|PARA|PER|VOOR|DLA|FÖR|İÇİN|ΓΙΑ|ДЛЯ)\s(?&quoted))$"
    r"(?(DEFINE)(?P<quoted>«\s?[^«»]{2,40}?\s?»|“[^“”]{2,40}”|\"[^\"]{2,40}\"|„[^„“]{2,40}“))"
)
OUTLET_CREDIT_MAX_WORDS = 9


@line_feature("outlet_credit")
def outlet_credit(line: Context | LineText) -> bool:
    """A photographer's name and the outlet it worked for, alone on the line."""
    if line.words > OUTLET_CREDIT_MAX_WORDS:
        return False
    found = OUTLET_CREDIT.match(line.text)
    return found is not None and looks_like_name(found["name"])


@detector(
    "CR01", "credits.photo", triggers=("prefix:photo", "prefix:captions", "paren", "colon", "symbol", "agency", "agency_tail", "photo",
                                       "outlet_credit"),
    flags=("The lid comes in slate gray or dark blue. Photo by Jane Doe / Tech Weekly",
           Example("Así pudo ser el dinosaurio hallado en Cuenca. Ilustración: Museo de las Ciencias / EFE", language="es"),
           "Workers load crates at the port of Felixstowe, Britain, May 3, 2024. REUTERS/Jon Vale/File Photo",
           Example("Quique Sotelo celebra el gol ante la grada de Tribuna Norte. TCN / Álvaro Pinedo", language="es"),
           Example("Le maire lors du conseil municipal de jeudi. Photo Franck Morel", language="fr"),
           Example("De wethouder op het bordes van het stadhuis in Zwolle. Beeld Joost Bremer", language="nl"),
           Example("Фасад театра после реставрации. Фото автора", language="ru"),
           Example("偽広告の画面（画像の一部を加工しています）", language="ja"),
           Example("写真：雪に包まれた湯けむり横丁。夕方五時を過ぎると灯籠に火が入り、通りが橙色に染まる", language="ja"),
           Example("El portero detiene un penalti en el último minuto. / Javier Ruiz", language="es"),
           Example("Imagen facilitada por la Guardia Civil.", language="es"), "Image source, Jane Doe", "Photo courtesy of the family",
           Example("Le chef dans sa cuisine, rue Mercière. Photo Le Petit Lyonnais/Anne Vidal", language="fr"),
           Example("Η ηθοποιός σε σκηνή της παράστασης. Φωτ.: Ελένη Ρήγα", language="el"),
           "A row of unsold cars sits at a dealership in Littleton, Colo., on Sunday. (AP Photo/Jane Doe)",
           "Two producers pose for a photo at a private house in June. (Photo by Jane Doe/Getty Images for Acme Records)",
           "Photo: AFP/Jane Doe", "Foto: dpa", Example("(Foto LaPresse)", language="it"), Example("Fot. Sport Polska/Michał Zając", language="pl"), "A flooded street in Hamburg. (Photo: Reuters)",
           "Image: Getty Images", "REUTERS/Ivan Alvarado",
           Example("Escolares durante el recreo en un colegio de Madrid. EFE/Archivo", language="es"),
           Example("Le dernier bus quitte la gare routière à 0h45. © Ici Armor / Y. Prigent", language="fr"),
           Example("I vigili del fuoco al lavoro sul fronte della frana (foto ANSA)", language="it"),
           Example("Το κινητό στα τρία χρώματά του. Φωτογραφία: Τεχνολογία Σήμερα", language="el"),
           Example("Şarkıcı konserde 3 bin kişiye şarkı söyledi. (Fotoğraf: Magazin Sokağı)", language="tr"),
           Example("Особняк после реставрации. Фото: пресс-служба министерства", language="ru"),
           Example("撮影・佐伯拓海", language="ja"), Example("写真＝共同", language="ja"),
           Example("Beeld Erik Jansen", language="nl"), Example("Foto di archivio", language="it"),
           Example("北陸新幹線の車両（資料写真）", language="ja"), "Flood water in the high street (file photo)",
           Example("Ο καταρράκτης της Φόνισσας στον Μυλοπόταμο. (Φωτ.: Δανάη Κουτσούκου)", language="el"),
           Example("雪灯籠に火をともす子どもたち＝14日夜、雪里町（撮影・佐々木大輔）", language="ja"),
           Example("煮立ったら弱めの中火で8分。白菜の芯がやわらかくなれば完成（撮影／田中 亮）", language="ja"),
           Example("Un champ de tournesols près d'Agen, le 3 juin 2025. Photo d'archives AFP", language="fr"),
           Example("Πλοία δεμένα στο λιμάνι του Πειραιά. (EUROKINISSI)", language="el"),
           Example("Colheita de café no Sul de Minas - Marcelo Antunes/Agência Brasil", language="pt"),
           Example("Le facteur dans sa cuisine, à Vaubrun, où il a écrit ses textes. Photo É. M.", language="fr"),
           Example("Il liutaio nella sua bottega in una foto del 2012 (ANSA/Lucio Bernasconi)", language="it"),
           Example("I tifosi festeggiano la promozione in piazza (ANSA)", language="it"),
           Example("Gráfico: Evolución del precio del alquiler 2015-2024 (€/m²). Fuente: API", language="es"),
           Example("Zrzut ekranu weryfikowanego wpisu. Źródło: Facebook", language="pl"),
           Example("Briciola in braccio alla sua padrona dopo il ritrovamento (Facebook/Giulia Ferretti)", language="it"),
           Example("Luca Costa installa il sensore in un'arnia dell'apiario (© Università di Altavilla)", language="it"),
           Example("Columna de humo vista desde la carretera CV-50. Imagen: TCR", language="es"),
           Example("Kolektura przy ul. Żeromskiego, w której padła wygrana. Fot. Gorąca Gazeta", language="pl"),
           Example("Zo moet de nieuwe fietsbrug eruitzien. Artist impression: Gemeente Deventer", language="nl"),
           Example("Γερανογέφυρες στο λιμάνι του Πειραιά. Φωτογραφία αρχείου: ΑΠΕ-ΜΠΕ", language="el"),
           Example("Le nouveau chalutier à quai mardi matin | Photo L'Écho – Yann Le Gall", language="fr"),
           Example("Una vista del puerto durante la tormenta. EFE/José Manuel Pedrosa (archivo)", language="es"),
           Example("La poeta en su casa de Valdeviñas en 2019. / EFE / Paco Rodríguez", language="es"),
           Example("Фото авторки", language="uk"), Example("Foto del autor", language="es"),
           Example("Foto ANSA/Matteo Gualtieri", language="it"),
           Example("Photo archives Le Courrier des Causses / Pierre Ribes", language="fr"),
           Example("Le Regard\nGrève des bacs\nLes bacs de Loire sont restés à quai mardi, a indiqué la préfecture.\n"
                   "Le bac de Mindin à quai, mardi matin.\nJean-Baptiste Morvan pour « Le Regard »\n"
                   "La grève doit durer jusqu'à jeudi, selon le syndicat.", "Jean-Baptiste Morvan pour « Le Regard »",
                   language="fr")),
    keeps=(Example("«Photo: 1975, la langue descendait jusqu'au parking. Photo: 2025, il faut marcher»: ainsi légendent-ils les "
                   "clichés.", language="fr"),
           Example("«Niente di speciale: una cena a casa con dieci amici e nessuna foto. Promesso.»", language="it"),
           "Photo finish: the race was decided by a hair, officials said after a long review.",
           "Chart makers say the rules changed in 2024. Source: the union's annual report, which runs to 90 pages and more.",
           "The vote was 5/4. Council/Mayor relations have been tense since.",
           "The band played its hit (Photo Finish) twice that night, to the crowd's delight.",
           "Photography is her passion, and she has exhibited in Paris.",
           "Photo Finish", Example("Beeld van een generatie die niet meer wacht", language="nl"),
           "The council kept the old plans in its archive (file 12) for years.",
           "The agency confirmed the figures. Photo evidence from AFP was shown to the court on Monday afternoon.",
           Example("La squadra giocherà domenica in casa contro la capolista. (ANSA).", language="it"),
           "Talks on the new pay deal resume on Monday (Reuters).",
           "Why the singer cannot perform her own songs [Bloomberg]",
           "Harbour news | Photo competition opens for young readers on Monday",
           Example("Foto autorizzate dal comune solo con il permesso scritto del sindaco.", language="it"),
           Example("Las negociaciones se reanudarán el lunes en Bruselas, según fuentes diplomáticas. EFE", language="es")),
)
def photo(ctx: Context) -> Outcome:
    """A photo credit, or a caption that ends in one (a chart's or screenshot's caption in its source)."""
    if ctx.words > PHOTO_MAX_WORDS * 5:  # an agency's captions run long: "… in Littleton, Colo. (AP Photo/…)"
        return None
    if ctx.text[:1] in QUOTE_OPENING:
        return None  # «Photo: 1975, la langue glaciaire …»: someone's words, quoted (a credit is never in quotes)
    if ctx.prefix_key in ("photo", "captions") and ctx.words <= PHOTO_MAX_WORDS * 3 and _caption_label(ctx):
        return "photo caption"  # "写真：雪に包まれた湯けむり横丁。…", "Photo: the ferry leaving the slipway."
    if ctx.prefix_key in ("photo", "captions") and ctx.words <= PHOTO_MAX_WORDS:
        rest = ctx.rest()
        label_ends_in_mark = ctx.prefix is not None and ctx.lower[ctx.prefix[1] - 1] in ".:："
        if (
            label_ends_in_mark
            or rest.lstrip()[:1] in (":", "：", ".", "/", "©", "|", ",", "", *CJK_CREDIT_MARKS)
            or ctx.prefix_key == "captions"
            or (" / " in rest and rest.lstrip()[:1].isupper())  # "Foto Fabbri / Agenzia Riviera"
            or PHOTO_BY.match(rest.lstrip()) is not None  # "Foto di Davide Morselli"
            or (ctx.words <= BARE_NAME_CREDIT_MAX_WORDS and looks_like_name(rest))  # "Beeld Erik Jansen"
            or BY_THE_AUTHOR.fullmatch(rest.strip()) is not None  # "Фото авторки", "Photo de l'auteur"
            or ("/" in rest and _agency_photographer(rest.strip()))  # "Foto ANSA/Matteo Gualtieri"
            or (" / " in rest and ARCHIVE_CREDIT.match(rest.lstrip()) is not None)  # "Photo archives Le Courrier / P. Ribes"
        ):
            return "photo credit"
    if ARCHIVE_PHOTO_TAIL.search(ctx.text):
        return "caption of an archive photo"
    if ctx.words <= PHOTO_MAX_WORDS and PROVIDED_BY.match(ctx.lower):
        return "photo credit"  # "Imagen facilitada por la Policía Nacional."
    if PHOTO_TAIL.search(ctx.text) or PAREN_CREDIT.match(ctx.text) or _credit_after_caption(ctx.text):
        return "caption with photo credit"
    if ctx.text.endswith(")") and ctx.words <= PHOTO_MAX_WORDS * 2 and not ctx.sentence and BRACKETED_SOURCE.search(ctx.text):
        return "caption with its credit in brackets"  # "… dopo il ritrovamento (Facebook/Giulia Ferretti)", "(© Università X)"
    if ctx.words <= PHOTO_MAX_WORDS and CHART_CAPTION.match(ctx.text) and SOURCE_TAIL.search(ctx.text):
        return "chart or screenshot caption with its source"  # "Gráfico: Evolución del precio … Fuente: API"
    if ctx.words <= 6 and IMAGE_AGENCY.search(ctx.text) and not ctx.sentence:
        return "photo agency credit"
    if ctx.words <= PHOTO_MAX_WORDS and not ctx.sentence and "paren" in ctx.features:
        credit = BRACKETED_CREDIT.search(ctx.text)
        # a news agency after a full stop credits the text's last sentence ("… od 2015 r. (PAP)"), a photo agency the picture
        if credit is not None and (IMAGE_AGENCY.fullmatch(credit["credit"]) or _agency_photographer(credit["credit"]) or (
                is_agency_list(credit["credit"]) and not ctx.text[: credit.start()].rstrip().endswith((".", "!", "?")))):
            return "caption with its agency in brackets"  # "… in una foto del 2012 (ANSA/Lucio Bernasconi)"
    if ctx.words <= AGENCY_PHOTOGRAPHER_MAX_WORDS and "/" in ctx.text and _agency_photographer(ctx.text):
        return "agency and photographer credit"
    if "outlet_credit" in ctx.features and _under_caption(ctx):
        return "photographer credit under its caption"
    return None


def _under_caption(ctx: Context) -> bool:
    """The line sits under a caption inside the article, not under the headline (where it is a byline)."""
    above = ctx.at(-1)
    headline = ctx.view.headline
    if above is None or above.words < 4 or above.words > CAPTION_MAX_WORDS:
        return False
    return headline is None or not any(0 < ctx.index - k in headline.copies for k in (1, 2, 3))


QUOTE_OPENING = "«“„\"‘‹"


def _caption_label(ctx: Context) -> bool:
    """The line opens with the picture's label and a colon ("Photo:", "写真："), then runs past a credit's length."""
    return ctx.words > PHOTO_MAX_WORDS and ctx.rest().lstrip()[:1] in (":", "：")


# "Iker Salcedo celebra el segundo gol ante la grada. MARTA GIL": the photographer's name in capitals
# after a caption's sentence (two or three words: an agency alone is a paragraph's credit).
CAPS_CREDIT_AFTER_SENTENCE = rx.compile(r"[.!?]\s+\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){1,2}(?:\s?/\s?\p{Lu}[\p{L}-]{1,20})?$")
CAPTION_CAPS_CREDIT_MAX_WORDS = 30
# "archives Le Courrier des Causses / Pierre Ribes": a picture from an outlet's archive, and who took it.
ARCHIVE_CREDIT = rx.compile(r"(?i:archives?|d'archives?|archivo|archivio|arquivo|archiv|archief|arkiv)\s\p{Lu}")
# "Beeld Erik Jansen", "Foto Marco Rossi": the label and the photographer's name, no mark between.
BARE_NAME_CREDIT_MAX_WORDS = 5
# "Фото авторки", "Foto del autor", "Zdjęcie autorki": the picture was taken by the article's writer.
BY_THE_AUTHOR = rx.compile(
    r"(?i:(?:by|of|de|del|de la|dell'|dell’|do|da|des|der|van de|του|της)?\s?(?:the\s)?"
    r"(?:author|autor|autora|autore|autrice|auteur|autrice|auteure|autorin|autors|auteur|autorki|autora|συγγραφέα|автора|авторки|"
    r"yazarın|yazar))"
)


# "… at 0h45. © Ici Armor / Y. Prigent", "… in Madrid. EFE/Archivo", "… della frana (foto ANSA)": a caption
# whose credit follows its last sentence or closes it in brackets.
CREDIT_AFTER_SENTENCE = rx.compile(r"[.!?]\s+(?P<credit>©\s?\p{Lu}[^©]{1,60}|[^\s/]{2,20}\s?/\s?\p{Lu}[^/]{1,40}"
                                     r"|/\s?[^\s/]{2,20}\s?/\s?\p{Lu}[^/]{1,40})"
                                     # ("… en 2019. / EFE / Paco Rodríguez"; "… 2024. REUTERS/Ellen Marsh/File Photo")
                                     r"(?:\s?/\s?(?i:file photo|file|archivo|archive|archiv|archives|arquivo|archivio))?$")
PAREN_CREDIT_TAIL = rx.compile(
    # "(Photo: Reuters)", "(AP Photo/Jane Doe, File)", "(Photo by Jane Doe/Getty Images for Acme)"
    r"\s[(\[](?-i:\p{Lu}{2,10}\s)?(?:photos?|foto|fot\.|image|bild|φωτ\.?|фото)(?:\s(?:by|credit|von|de|di|par))?"
    r"(?:\s*[:：/]\s*|\s)[^()\[\]]{2,80}[)\]]$"
    rf"|{CJK_PHOTOGRAPHER_TAIL}"  # "…子どもたち＝14日夜、雪里町（撮影・佐々木大輔）"
    r"|[(（][^()（）]{2,20}提供[)）]$"  # "職員に甘えるこむぎ（県動物愛護センター提供）": courtesy of the centre
    r"|[(（]提供[：:][^()（）]{1,20}[)）]$"  # "「つむぎの庭」の画面（提供：かもめソフト）"
    r"|[(（](?:画像|写真)[^()（）。]{0,10}(?:加工|イメージ)[^()（）。]{0,8}[)）]$",  # "偽広告の画面（画像の一部を加工しています）"
    regex.I,
)


# "Imagen facilitada por la Policía Nacional.", "Photo courtesy of the family": who gave the picture.
PROVIDED_BY = rx.compile(
    rf"^(?:{PHOTO_WORDS}|fotografía|fotografia|φωτογραφία|фотография|фотографія)\s"
    r"(?:facilitada|facilitadas|cedida|cedidas|cortesía de|courtesy of|courtesy|supplied by|supplied|provided by|handout|"
    r"fornita|fornite|concessa|gentilmente concessa|cedida por|cortesia de|aangeleverd|zur verfügung gestellt|"
    r"udostępnion\w*|παραχώρηση|предоставлен\w*|надан\w*)(?:\s|\.?$)"
)


# "… le 22 mai 2025. Photo d'illustration AFP": the picture's word, then the agency that took it.
PHOTO_AGENCY_AFTER_SENTENCE = rx.compile(
    rf"[.!?]\s+(?i:{PHOTO_WORDS})(?:\s(?i:d'illustration|d'archives|de archivo|d'archivio|"
    r"de arquivo|illustration|archive|archiv))?\s?[:/]?\s(?P<agency>[^.:/]{2,30})$"
)

# "… dans sa cuisine. Photo Le Courrier de Saône/Marc Delorme": the picture's word, the outlet, a slash, the photographer.
PHOTO_OWNER_AFTER_SENTENCE = rx.compile(
    rf"[.!?]\s+(?i:{PHOTO_WORDS})\s[^/.!?]{{2,40}}/\s?\p{{Lu}}[\p{{L}}.'’-]+(?:\s\p{{Lu}}[\p{{L}}.'’-]+){{0,3}}$"
)

# "Sarasola celebra un gol la pasada temporada. / LaLiga": a slash, then who took the picture (a name of one
# to three capitalised words).
SLASH_CREDIT_AFTER_SENTENCE = rx.compile(r"[.!?]\s+/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$")

# "Gérard Vallin lors du conseil municipal de jeudi. Photo Franck Morel": the picture's word and a name.
PHOTOGRAPHER_AFTER_SENTENCE = rx.compile(  # (or the photographer's initials: "… de ses textes. Photo É. M.")
    r"[.!?]\s+(?i:photo|foto|fotos|bild|beeld|φωτ\.?|фото)\s(?:(?i:автора|авторки|автора статті|del autor|de l'auteur|"
    r"dell'autore|do autor|des autors|van de auteur|autora|autorki|του συντάκτη)$|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}|"
    r"\p{Lu}\.(?:\s?\p{Lu}\.?){1,2})$"
    # "… in slate gray. Photo by Marcus Delaney / Circuit & Byte": the photographer, then the site
    r"|[.!?]\s+(?i:photo|photograph|picture|image|foto|bild)\s(?i:by|von|de|di|par|door|por)\s\p{Lu}[\p{L}'’-]+"
    r"(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?:\s?/\s?[^/.!?]{2,40})?$"
)


def _credit_after_caption(text: str) -> bool:
    m = CREDIT_AFTER_SENTENCE.search(text)
    if m is not None and (m["credit"].startswith("©") or _agency_photographer(m["credit"].lstrip("/ "))):
        return True
    m = PHOTO_AGENCY_AFTER_SENTENCE.search(text)
    if m is not None and is_agency_list(m["agency"].strip()):
        return True
    if PHOTO_OWNER_AFTER_SENTENCE.search(text) or PHOTOGRAPHER_AFTER_SENTENCE.search(text):
        return True
    if SLASH_CREDIT_AFTER_SENTENCE.search(text):
        return True
    m = PHOTOGRAPHER_AGENCY_AFTER_DASH.search(text)
    if m is not None and is_agency_list(m["agency"].strip()):
        return True
    return PAREN_CREDIT_TAIL.search(text) is not None


# "Colheita de café no Sul de Minas - Marcelo Antunes/Agência Brasil": a dash, the photographer, a slash, the agency.
PHOTOGRAPHER_AGENCY_AFTER_DASH = rx.compile(
    r"\s[-–—]\s\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s?/\s?(?P<agency>[^/]{2,30})$"
)


# "REUTERS/Ivan Alvarado", "AFP/Jane Doe": the agency, a slash and the photographer; a byline names the
# person first ("Merve Doğan / DHA").
# (the picture's age may follow: "EFE/José Manuel Pedrosa (archivo)")
AGENCY_PHOTOGRAPHER = rx.compile(
    r"^(?P<agency>[^/]{2,30}?)\s?/\s?(?P<name>\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3})"
    r"(?:\s\((?i:archivo|arquivo|archivio|archive|archives|archiv|archief|archiwum|arşiv|αρχείο|архив|архів|file)\))?$"
)
AGENCY_PHOTOGRAPHER_MAX_WORDS = 6


def _agency_photographer(text: str) -> bool:
    m = AGENCY_PHOTOGRAPHER.match(text)
    return m is not None and (is_agency_list(m["agency"]) or is_agency_list(m["agency"].title())
                              or (DESK_INITIALS.match(m["agency"]) is not None and " " in m["name"]))


# "TCN / Álvaro Pinedo": the initials of the outlet (or its photo desk) before the photographer's full name.
DESK_INITIALS = rx.compile(r"^\p{Lu}{2,6}$")


COPYRIGHT = rx.compile(r"(?:©|\(c\)|copyright\b|℗)", regex.I)
COPYRIGHT_MAX_WORDS = 30
YEAR = rx.compile(r"(?:19|20)\d\d")
RESERVED = rx.compile(r"rights reserved|rechte vorbehalten|droits réservés|derechos reservados|diritti riservati|"
                         r"direitos reservados|rechten voorbehouden|prawa zastrzeżone|hakları saklıdır|"
                         r"δικαιώματα|права захищені|права защищены|無断転載|rättigheter förbehållna|riproduzione riservata")
# "The copyright dispute went to court…" is news; a footer is short or starts with the mark.
COPYRIGHT_SHORT_WORDS = 12


# "… haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.", "Перепечатка без ссылки
# запрещена": how the publisher lets others reuse its stories (or that the site shows a wire story in summary).
REUSE_NOTICE = rx.compile(
    r"özetlenerek yayımlanmaktadır|abonelik için (?:lütfen )?iletişime geçiniz|izinsiz (?:kullanılamaz|yayımlanamaz|kopyalanamaz)|"
    r"tüm hakları .{1,40} aittir|"
    r"får inte (?:återpubliceras|kopieras)|απαγορεύεται η (?:αναδημοσίευση|αναπαραγωγή)|無断(?:転載|複製)(?:・(?:転載|複製))?を禁(?:じます|止します)|"
    r"(?:expresamente )?prohibida la (?:redistribución|reproducción|redifusión)|(?:toute )?reproduction interdite|"
    r"vietata la (?:riproduzione|redistribuzione)|(?:é )?proibida a (?:reprodução|redistribuição)"
)
# A rule stated in a sentence ("przedruk … zabroniony") is a notice only in a short line: a court report is longer.
REUSE_RULE = rx.compile(
    r"(?:перепечатка|использование материалов)[^.]{0,60}(?:запрещен|допускается только|разрешается только)|"
    r"(?:передрук|використання матеріалів)[^.]{0,60}(?:заборонен|дозволяється лише|дозволяється тільки)|"
    r"(?:przedruk|kopiowanie|wykorzystanie)[^.]{0,60}(?:zabronion|wyłącznie za zgodą)|"
    r"(?:overname|overnemen)[^.]{0,40}(?:niet toegestaan|verboden)"
)
REUSE_RULE_MAX_WORDS = 15
# "© 2025 Daily Post" or "… All rights reserved" ends a page; "© Jane Doe A flooded street, 2019" is a caption.
FOOTER_MAX_WORDS = 12
FOOTER_YEAR_REACH = 25


def _footer(ctx: Context) -> bool:
    if RESERVED.search(ctx.lower):
        return True
    head = ctx.text[:FOOTER_YEAR_REACH]
    return ctx.words <= FOOTER_MAX_WORDS and COPYRIGHT.match(ctx.lower) is not None and YEAR.search(head) is not None


# "BeursBode.nl is onderdeel van Fintekst Media B.V.", "Example.de ist ein Angebot der …": the site names its owner.
SITE_OWNER = rx.compile(
    r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\s(?:is (?:een )?onderdeel van|is (?:a )?part of|is a (?:division|brand|service) of|"
    r"ist ein angebot (?:der|des|von)|ist eine marke (?:der|des|von)|est (?:une marque|un service|une publication|édité) "
    r"(?:de|du|par)|fait partie (?:de|du)|es (?:parte|una marca) de|forma parte de|fa parte (?:di|del)|è (?:un marchio|parte) "
    r"(?:di|del)|é (?:parte|uma marca) d[oae]|jest częścią|jest marką|är en del av|является частью|входить до)\s"
)
SITE_OWNER_MAX_WORDS = 16


@line_feature("site_owner")
def _site_owner(line: LineText) -> bool:
    return line.words <= SITE_OWNER_MAX_WORDS and SITE_OWNER.match(line.lower) is not None


# "RTV Lingestreek is de regionale publieke omroep voor …": a name, then what it is (the site describing itself when the
# name is the one its copyright line gives).
SELF_DESCRIPTION = rx.compile(
    r"^(?P<name>\p{Lu}[\p{L}\d.&'’-]*(?:\s\p{Lu}[\p{L}\d.&'’-]*){0,3})\s(?:is|ist|est|es|è|é|jest|är|er)\s"
    r"(?:de|het|the|a|an|die|der|das|ein|eine|la|le|l'|el|un|una|uma|o|il|en|ett|den|det)\s"
)
SELF_DESCRIPTION_MAX_WORDS = 25


@line_feature("self_description")
def _self_description(line: LineText) -> bool:
    return line.words <= SELF_DESCRIPTION_MAX_WORDS and line.sentence and SELF_DESCRIPTION.match(line.text) is not None


def copyright_owner(ctx: Context, name: str) -> bool:
    """``name`` is printed in the page's copyright line ("Zénith Info" and "© Zénith Info 2025"): the site's own name."""
    folded = name.casefold()
    return bool(ctx.view.any_line("copyright.owner:" + folded, lambda line: "©" in line and folded in line.casefold()))


@detector(
    "CR02", "credits.copyright", triggers=("symbol", "contains:copyright", "paren", "prefix:published", "digit", "at",
                                           "site_owner", "self_description"),
    flags=("© 2025 Coast Daily. All rights reserved.", "Copyright 2024 Example Media GmbH",
           Example("Kustkrant.nl is onderdeel van Noordzee Uitgevers B.V.", language="nl"),
           Example("Radio Zeewolde is de lokale omroep voor Zeewolde en omgeving.\n© 2025 Stichting Radio Zeewolde",
                   "Radio Zeewolde is de lokale omroep voor Zeewolde en omgeving.", language="nl"),
           Example("Ayuntamiento de Villanueva · Plaza de la Constitución, 1 · Tel. 960 000 000", language="es"),
           Example("Шаховий клуб «Гамбіт» · вул. Городоцька, Львів · gambit@example.com", language="uk"),

           "The couple with their witnesses ©Instagram",
           "Published by Bugle Media Group Ltd. Part of the Bugle group.",
           Example("Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, "
                   "özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.", language="tr"),
           Example("Перепечатка материалов без ссылки на источник запрещена.", language="ru"),
           Example("© EFE 2025. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los "
                   "contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A.",
                   language="es")),
    keeps=("Price: £12 | Tickets: 0800 123 4567 | Doors 7pm",
           Example("Ficha técnica\nFormato: CubeSat 3U (10 x 10 x 34 cm)\nMassa: 3,9 kg", "Ficha técnica", language="pt"),
           Example("FICHA TÉCNICA\nPALMEIRINHA 2 X 1 SERRANO\nGols: Diego, aos 19 minutos; Tavinho, aos 44", "FICHA TÉCNICA",
                   language="pt"),
           Example("Sąd uznał, że przedruk artykułu był zabroniony, i nakazał wydawcy zapłacić 20 tys. zł odszkodowania "
                   "autorce, która pozwała gazetę już w 2021 roku po publikacji jej reportażu.", language="pl"),
           "The copyright dispute between the two labels went to court in May, lawyers said.",
           "Published by Penguin, the novel sold 2 million copies."),
)
def copyright(ctx: Context) -> Outcome:
    """A copyright footer, the publisher's imprint ("Published by Bugle Media Ltd."), a notice on reusing its stories,
    a contact imprint ("Town Hall · Main Square 1 · Tel. …")."""
    if ctx.words > COPYRIGHT_MAX_WORDS and not (ctx.words <= 2 * COPYRIGHT_MAX_WORDS and ctx.text.startswith("©")):
        return None  # a footer opened by the mark may spell out its terms ("© EFE 2025. Está expresamente prohibida …")
    if REUSE_NOTICE.search(ctx.lower) or (ctx.words <= REUSE_RULE_MAX_WORDS and REUSE_RULE.search(ctx.lower)):
        return "notice on reusing the stories"
    if ctx.words <= CONTACT_IMPRINT_MAX_WORDS and _contact_imprint(ctx.text):
        return "contact imprint"  # "Ayuntamiento de X · Plaza de la Constitución, 1 · Tel. 960 000 000"
    if "site_owner" in ctx.features:
        return "publisher imprint"  # "BeursBode.nl is onderdeel van Fintekst Media B.V."
    if "self_description" in ctx.features and copyright_owner(ctx, SELF_DESCRIPTION.match(ctx.text)["name"]):  # type: ignore[index]
        return "the site describing itself"  # "RTV Lingestreek is de regionale publieke omroep …" beside "© 2025 … RTV Lingestreek"
    if ctx.prefix_key == "published":
        return "publisher imprint" if ctx.words <= IMPRINT_MAX_WORDS and LEGAL_FORM.search(ctx.text) else None
    if "copyright" in ctx.contains and (ctx.words <= COPYRIGHT_SHORT_WORDS or COPYRIGHT.match(ctx.lower)):
        if ctx.words <= FIELD_HEADING_MAX_WORDS and _heads_fields(ctx):
            return None  # "Ficha técnica" over "Formato: CubeSat 3U", "Massa: 3,9 kg": the article's fact box
        return _copyright_kind(ctx)
    m = COPYRIGHT.search(ctx.lower)
    if m and (m.group() != "copyright" or m.start() == 0) and (
        ctx.words <= 12 or YEAR.search(ctx.text)
    ):
        return _copyright_kind(ctx)
    return None


FIELD_LINE_MAX_WORDS = 12
FIELD_HEADING_MAX_WORDS = 3


def _heads_fields(ctx: Context) -> bool:
    """The two lines below are a fact box's fields (or the box's score line and a field): this line is its heading."""
    fields = [n is not None and n.words <= FIELD_LINE_MAX_WORDS and FIELD_LINE.match(n.text) is not None
              for n in (ctx.at(1), ctx.at(2))]
    score = (first := ctx.at(1)) is not None and SCORE_LINE.match(first.text) is not None
    second = ctx.at(2)
    return all(fields) or (score and second is not None and FIELD_LINE.match(second.text) is not None)


# "JACARANDÁ 2 X 1 VILA SERRANA", "Rovers 2-1 United": a match's result over its data sheet.
SCORE_LINE = rx.compile(r"^\p{Lu}[\p{L}. '-]{1,40}\s\d{1,2}\s?(?:[xX×:–-])\s?\d{1,2}\s\p{Lu}[\p{L}. '-]{1,40}$")


# A footer's contact line: a name, an address, a phone number or an e-mail address, set apart by dots or bars.
PHONE_LABEL = rx.compile(r"\b(?:tel|phone|telefon|teléfono|téléphone|telefono|τηλ|тел)\b\.?", regex.I)
CONTACT_IMPRINT_MAX_WORDS = 30
IMPRINT_MIN_PARTS = 3


def _contact_imprint(text: str) -> bool:
    parts = FACT_SEPARATOR.split(text)
    return (len(parts) >= IMPRINT_MIN_PARTS and (EMAIL.search(text) or PHONE_LABEL.search(text)) is not None
            and find_price(text) is None
            and not any(p.rstrip().endswith((".", "!", "?")) and len(p.split()) > 6 for p in parts))


CAPTION_WITH_CREDIT = "image caption with its credit"
# "Gli sposi con i testimoni ©Instagram": words, then the mark and a name, no year.
TRAILING_CREDIT = rx.compile(r"^\p{L}.*\s©\s?\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*)?$")


def _copyright_kind(ctx: Context) -> str:
    if _footer(ctx):
        return "copyright footer"
    if TRAILING_CREDIT.match(ctx.text) and not YEAR.search(ctx.text):
        return CAPTION_WITH_CREDIT  # a picture inside the article: it interrupts the text, it does not end it
    return "copyright notice"


IMPRINT_MAX_WORDS = 15
TIMESTAMP_MAX_WORDS = 10
LETTER_RUN = rx.compile(r"\p{L}+")
RELATIVE_DAY_MAX_WORDS = 5
# Words that may stand beside a bare clock time: "14:32 Uhr", "8:00 p.m. EST" ("14:32 Tor!" is a ticker entry).
TIME_WORDS = frozenset(
    ["uhr", "h", "am", "pm", "a", "p", "m", "cet", "cest", "utc", "gmt", "est", "edt", "pst", "pdt", "bst", "msk", "eet", "eest", "wib", "horas", "hrs", "ore", "godz", "μμ", "πμ",
     "月", "火", "水", "木", "金", "土", "日"]  # a Japanese weekday in brackets: "12/20(金) 21:14"
)
# Units of a relative timestamp: "3 hours ago" is a stamp, "Vor 50 Jahren" a sub-heading.
TIME_UNIT = rx.compile(
    r"(?<!\d)\d+\s*(?:s|sec|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|sekunden?|minuten?|std\.?|stunden?|"
    r"tagen?|secondes?|heures?|jours?|segundos?|minutos?|horas?|días?|dias?|secondi|minuti|ore|giorni|"
    r"seconden|minuten|uur|dagen|sekund[ay]?|minut[ay]?|godzin[ay]?|godz\.?|dni|saniye|dakika|saat|gün|"
    r"δευτερόλεπτα|λεπτά|ώρες|ώρα|μέρες|секунд[иу]?|хвилин[иу]?|годин[иу]?|дн(?:і|ів)|минут[уы]?|час(?:а|ов)?|"
    r"дн(?:я|ей)|sekunder|minuter|timmar?|dagar|(?:秒|分|時間|日|週間|か月|ヶ月)前?)(?!\w)",
    regex.I,
)


# "(Notícia atualizada às 16:27 com mais meios no terreno)", "(Updated at 4.30pm with police statement)":
# the newsroom's note on what changed, in brackets.
UPDATE_NOTE = rx.compile(
    r"^\((?:\w+\s)?(?:updated|update|atualizad[ao]|actualizad[ao]|mis à jour|mise à jour|aktualisiert|aggiornat[oa]|"
    r"bijgewerkt|zaktualizowan\w*|aktualizacja|güncellendi|ενημερώθηκε|оновлено|обновлено|更新)\b[^()]{0,120}\)$"
)
UPDATE_NOTE_MAX_WORDS = 25




@detector(
    "CR03", "credits.timestamp", triggers=("prefix:updated", "digit"),
    flags=("Updated 3 hours ago", "Aktualisiert am 15.05.2025, 14:32 Uhr", "5 minutes ago", "14:32", "09:15 Uhr",
           Example("(Notícia atualizada às 16:27 com mais meios no terreno)", language="pt"),
           Example("ieri alle 18:30", language="it"), Example("πριν από 2 ώρες", language="el"),
           Example("2 ώρες", language="el"), "2 hours", Example("3時間前", language="ja"),
           Example("12/20(金) 21:14", language="ja"), "This was published 2 years ago",
           Example("Dieser Artikel wurde vor 2 Jahren veröffentlicht.", language="de"),
           Example("Departures\n08:15\n08:45\n09:15\n09:45", "08:45")),
    keeps=(Example("16:42\nHalf-time: Rovers lead\nRovers go in ahead at the break.\n16:31\nGOAL! Rovers score\n"
                   "Darnell heads in a corner.", "16:31"),
           Example("16:42\nHalf-time: Rovers lead\nRovers go in ahead at the break.\n16:31\nGOAL! Rovers score\n"
                   "Darnell heads in a corner.", "16:42"),"Updated guidance was published three hours ago by the health ministry.",
           Example("Vor 50 Jahren", language="de"), Example("14:32 Tor!", language="de"),
           Example("Черга | Без світла\n1 | 08:00–11:00, 18:00–21:00", "1 | 08:00–11:00, 18:00–21:00", language="uk"),
           Example("Πλήρης φόρτιση: 58 λεπτά", language="el"), "Battery life in our video test: 21 hours",
           Example("21:14 日本が先制", language="ja"),
           Example("Route | Normal journey | During closure\n12 | 22 min | 34 min", "12 | 22 min | 34 min")),
)
def timestamp(ctx: Context) -> Outcome:
    """An "Updated …" stamp or a relative time ("3 hours ago") standing alone."""
    if ctx.text.startswith("(") and ctx.words <= UPDATE_NOTE_MAX_WORDS and UPDATE_NOTE.match(ctx.lower):
        return "update note"  # "(Notícia atualizada às 16:27 com mais meios no terreno)"
    if ctx.prefix_key == "updated" and ctx.words <= TIMESTAMP_MAX_WORDS and "digit" in ctx.features:
        return "update timestamp"  # "Actualizado: 12/05/2024 - 23:10 h.", its final dot an abbreviation's
    if ctx.words <= AGE_NOTICE_MAX_WORDS and AGE_NOTICE.match(ctx.lower):
        return "notice of the article's age"  # "This was published 11 months ago"
    if ctx.words > TIMESTAMP_MAX_WORDS or ctx.sentence:
        return None
    lex = ctx.view.lexicon
    if ctx.prefix_key == "updated":
        return "update timestamp"
    if ("digit" in ctx.features and ctx.words <= 6 and TIME_UNIT.search(ctx.text) and _relative_stamp(ctx.text, lex)
            and not table_row(ctx)):  # (not "12 | 22 min | 34 min" under "Route | Normal journey | During closure")
        return "relative timestamp"
    clock = CLOCK.search(ctx.text)
    if clock and ctx.words <= RELATIVE_DAY_MAX_WORDS and is_relative(ctx.text, lex) and not ctx.sentence:
        return "relative time stamp"
    if clock and ctx.view.date_in(ctx.text) is None and " | " not in ctx.text:  # (a table's row: "1 | 08:00–11:00")
        rest = LETTER_RUN.findall(ctx.text[: clock.start()] + " " + ctx.text[clock.end():])
        if all(w.casefold() in TIME_WORDS for w in rest) and not _live_entry_stamp(ctx):  # "14:32", "09:15 Uhr"
            return "time stamp"
    return None


# A live blog's entries each open with a bare stamp; another stamp this close marks the page as one.
LIVE_STAMP_REACH = 12
ENTRY_MIN_WORDS = 2


def _bare_clock(ctx: Context) -> bool:
    text = ctx.text
    return BARE_CLOCK.match(text) is not None or (len(text) <= STAMP_ALONE_MAX_CHARS and STAMP_ALONE.match(text) is not None)


# "18:40 Uhr", "9.15 h": a bare stamp with its word for the hour.
STAMP_ALONE_MAX_CHARS = 12
STAMP_ALONE = rx.compile(r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d\s?(?:uhr|h|horas?|ore|godz\.?|[ap]\.?m\.?)$", regex.I)


def _live_entry_stamp(ctx: Context) -> bool:
    """"16:42" over an entry's headline, with more such stamps close by: a live blog's entry stamp, article text.

    A timetable stacks bare times; a live blog puts an entry (a headline, a paragraph) under each one.
    """
    if not _bare_clock(ctx):
        return False
    below = ctx.at(1)
    if below is None or below.words < ENTRY_MIN_WORDS or CLOCK.match(below.text):
        return False
    view = ctx.view
    if view.nearest_above("credits.bare_clock", _bare_clock, ctx.index, LIVE_STAMP_REACH) is not None:
        return True
    return any(view.has_mark("credits.bare_clock", _bare_clock, ctx.index + k) for k in range(2, LIVE_STAMP_REACH + 1))


def _relative_stamp(text: str, lexicon: Lexicon) -> bool:
    """A relative time: a word like "ago" beside the unit, or the unit alone ("2 ώρες", "3時間前").

    Some lexicons list bare units ("hours", "λεπτά") as relative words; "Full charge: 58 minutes"
    is then a figure with a label, not a stamp.
    """
    if not is_relative(text, lexicon):
        return False
    rest = TIME_UNIT.sub(" ", text)
    return is_relative(rest, lexicon) or (":" not in rest and len(LETTER_RUN.findall(rest)) <= 1)


COMMENT_MAX_WORDS = 7
# "118 lettori hanno commentato", "12 lecteurs ont donné leur avis", "Réagir à cet article".
COMMENT_STEM = rx.compile(
    r"(?<!\w)(?:comment\w*|kommentar\w*|comentar\w*|commentat\w*|commenta|réagi\w*|reagi\w*|reageer|reacties|"
    r"yorum\w*|σχόλι\w*|коментар\w*|комментар\w*|kommentera\w*|ont donné leur avis|コメント)"
)


@detector(
    "CR04", "credits.comment_count", triggers=("contains:comments",),
    flags=(Example("Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.",
                   language="pt"),
           "12 comments", Example("Kommentare (3)", language="de"), Example("Vos réactions (14)", language="fr"), "Leave a comment", "💬 37 responses",
           "Read 37 responses", Example("Vous souhaitez réagir ? Connectez-vous pour commenter.", language="fr"),
           "Want to join the conversation? Log in or register to comment.",
           Example("Kommentarsfunktionen är avstängd för den här artikeln.", language="sv"),
           Example("Komentarze (17) Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi za nie "
                   "odpowiedzialności.", language="pl")),
    keeps=("How to have your say",
           "Three comments by the minister caused an uproar.", "He declined to comment.",
           Example("■コメント\n◆監督「守備で勝ち取った一勝だ」", "■コメント", language="ja"),
           Example("Hakem kararları?\nYorum yapmayacağım.", "Yorum yapmayacağım.", language="tr"),
           Example("Представник забудовника від коментарів відмовився.", language="uk")),
)
def comment_count(ctx: Context) -> Outcome:
    """A comment counter, a "Leave a comment" link, the log-in it asks for, or the note that comments are closed."""
    if ctx.words <= COMMENT_LOGIN_MAX_WORDS and COMMENT_LOGIN.search(ctx.lower):
        return "log-in prompt of the comments"  # "Vous souhaitez réagir ? Connectez-vous pour commenter."
    if ctx.words <= COMMENT_LOGIN_MAX_WORDS and COMMENTS_CLOSED.search(ctx.lower):
        return "note that the comments are closed"  # "Kommentarsfunktionen är avstängd för den här artikeln."
    if ctx.words <= COMMENT_RULES_MAX_WORDS and COMMENTS_DISCLAIMER.search(ctx.lower):
        return "the comments' disclaimer"  # "Os comentários são de responsabilidade exclusiva de seus autores …"
    if (ctx.words <= COMMENT_RULES_MAX_WORDS and (m := COUNT_OPENING.match(ctx.text))
            and "comments" in ctx.view.lexicon.contains_keys(m["label"].casefold())):
        return "comment counter"  # "Komentarze (17) Komentarze są prywatnymi opiniami użytkowników …": with the rules
        # printed after it
    if ctx.words > COMMENT_MAX_WORDS or ctx.quality is Quality.PROSE:
        return None
    if ctx.sentence and ctx.words >= REPORTED_COMMENT_MIN_WORDS and "digit" not in ctx.features:
        return None  # "The developer declined to comment." reports; a counter counts
    if _answer(ctx):
        return None  # "Hakem kararları?" / "Yorum yapmayacağım." is an interview
    if ctx.text.startswith(CJK_SUBHEADING_MARKS):
        return None  # "■コメント": the article's sub-heading over the players' quotes
    if HOW_TO.match(ctx.lower) and "digit" not in ctx.features:
        return None  # "How to have your say": a sub-heading telling readers how to answer a consultation
    return "comment counter" if "comments" in ctx.contains else None


# "How to have your say", "So können Sie mitreden", "Comment donner votre avis": a heading that explains how.
HOW_TO = rx.compile(r"^(?:how to|how you can|how can i|so können sie|wie sie|comment (?:donner|participer|réagir)|"
                    r"cómo (?:participar|opinar|dar)|come (?:partecipare|dire)|como (?:participar|opinar)|hoe (?:je|u)|"
                    r"jak (?:wziąć|zgłosić))\s")


CJK_SUBHEADING_MARKS = ("■", "◆", "◇", "□", "▼", "【")


# "Komentarze (17) …": the comments' heading with their count, opening a line that goes on with their rules.
COUNT_OPENING = rx.compile(r"^(?P<label>\w+)\s?\(\d{1,5}\)\s\S")
COMMENT_RULES_MAX_WORDS = 40
# "Comments are the sole responsibility of their authors", "Los comentarios son responsabilidad de sus autores".
COMMENTS_DISCLAIMER = rx.compile(
    r"^(?:the |os |los |i |les |die |de |τα |комментарии |коментарі )?(?:comments|comentários|comentarios|commenti|"
    r"commentaires|kommentare|reacties|komentarze|yorumlar|σχόλια|комментарии|коментарі)\s.{0,40}?"
    r"(?:responsib\w*|responsabilid\w*|responsabilit\w*|verantwort\w*|verantwoordelijk\w*|odpowiedzialno\w*|"
    r"sorumlulu\w*|ευθύνη|ответственност\w*|відповідальн\w*)"
)
COMMENTS_CLOSED = rx.compile(
    r"comments are closed|commenting (?:is|has been) closed|kommentarsfunktionen är avstängd|"
    r"die kommentarfunktion (?:ist|wurde) (?:deaktiviert|geschlossen)|kommentare sind geschlossen|"
    r"les commentaires sont fermés|los comentarios están cerrados|i commenti sono chiusi|os comentários estão fechados|"
    r"reacties zijn gesloten|komentarze są wyłączone|yorumlar kapalı|комментарии закрыты|коментарі закрито|"
    r"τα σχόλια είναι κλειστά"
)
# "Log in or register to comment", "Connectez-vous pour commenter", "Zaloguj się, aby skomentować": the comment box's gate.
COMMENT_LOGIN = rx.compile(
    r"(?:log ?in|sign in|register)(?: or (?:register|sign up|log in))? to (?:comment|join the (?:conversation|discussion))|"
    r"connectez-vous pour (?:commenter|réagir)|(?:melden sie sich an|anmelden|einloggen|registrieren),? um (?:zu kommentieren|"
    r"einen kommentar zu schreiben|mitzudiskutieren)|(?:inicia sesión|regístrate) para (?:comentar|participar)|"
    r"(?:accedi|registrati) per (?:commentare|lasciare un commento)|(?:faça login|entre|registe-se|cadastre-se) para comentar|"
    r"log (?:in|u in) om te (?:reageren|kunnen reageren)|zaloguj się,? aby (?:skomentować|dodać komentarz)|"
    r"yorum yapmak için (?:giriş yapın|üye olun)|(?:войдите|авторизуйтесь),? чтобы (?:оставить комментарий|комментировать)|"
    r"(?:увійдіть|авторизуйтеся),? щоб (?:залишити коментар|коментувати)|συνδεθείτε για να σχολιάσετε|コメントするにはログイン"
)
COMMENT_LOGIN_MAX_WORDS = 20
# A short sentence with a comment word and no count is a report ("Представник … від коментарів відмовився.").
REPORTED_COMMENT_MIN_WORDS = 5


def _answer(ctx: Context) -> bool:
    """A sentence with a full stop and no count, right under a question: someone's answer."""
    above = ctx.at(-1)
    return (ctx.text.rstrip("\"'”»").endswith((".", "!", "。")) and "digit" not in ctx.features
            and above is not None and "question" in above.features)


@detector(
    "CR13", "credits.reactions", triggers=("digit",),
    flags=("👍 112   😮 18   😢 9", "❤️ 1.2K", Example("14 октября 2025, 12:41\n312", language="ru"),
           Example("3 214 просмотров", language="ru"), "1.2K views", Example("Просмотров: 2 345", language="ru"),
           Example("Visite: 318", language="it"), Example("Bu haber 2.318 kez okundu.", language="tr"),
           Example("Bu haber 2.318 kez okundu | Yorumlar (12) | Yazdır A+ A-", language="tr"),
           Example("Mi piace: 1.204", language="it"), "2,318 likes", Example("👁 2 418 переглядів", language="uk"),
           Example("Mutlu (4) Üzgün (31) Kızgın (12)", language="tr")),
    keeps=("2:1", "1 2 3", "+3,2 %", Example("The lottery numbers drawn on Saturday were these.\n312", "312"),
           "The clip had 3 million views by Monday."),
)
def reactions(ctx: Context) -> Outcome:
    """A reaction or view counter: emoji and counts ("👍 112 😮 18"), or a bare count under the date line."""
    if BARE_COUNT.match(ctx.text) and _under_date_line(ctx):
        return "view counter"  # its icon was an image
    if ctx.words <= VIEW_COUNT_MAX_WORDS and VIEW_COUNT.match(ctx.text.lstrip(VIEW_ICONS).lstrip()):
        return "view counter"  # (its icon may be printed: "👁 2 418 переглядів")
    if " | " in ctx.text and ctx.words <= COUNTER_STRIP_MAX_WORDS:
        parts = [p.strip() for p in ctx.text.split(" | ")]
        if any(VIEW_COUNT.match(p) for p in parts) and all(
                VIEW_COUNT.match(p) or len(p.split()) <= COUNTER_STRIP_PART_WORDS for p in parts):
            return "strip of counters and page tools"  # "Bu haber 2.318 kez okundu | Yorumlar (12) | Yazdır A+ A-"
    if ctx.words <= REACTION_MAX_WORDS and NAMED_COUNTS.match(ctx.text):
        return "reaction counter"  # "Mutlu (12) Üzgün (87) Kızgın (203) Şaşkın (41)"
    if ctx.words > REACTION_MAX_WORDS or REACTION_SYMBOL.search(ctx.text) is None:
        return None
    return None if LETTERS.search(REACTION_SYMBOL.sub("", ctx.text).rstrip("kKmM")) else "reaction counter"


# Three or more words, each with its count in brackets and nothing else: the reader reactions' buttons.
NAMED_COUNTS = rx.compile(r"^(?:\p{L}+\s?\(\d{1,6}\)\s*){3,}$")


BARE_COUNT = rx.compile(r"^\d{1,3}(?:[ .,\u00a0\u202f]?\d{3})*\s?[kKmMкК]?$")
VIEW_ICONS = "👁👀📈🔥"
# "3 214 просмотров", "1.2K views", "12.345 Aufrufe", "Просмотров: 2 345": a count and the word for views,
# either way round, nothing else.
VIEW_WORDS = (
    r"(?:views|просмотр\w*|перегляд\w*|aufrufe|vues|visualizaciones|visualizzazioni|visite|letture|visualizações|weergaven|"
    r"wyświetle\w*|görüntülenme|okunma|visningar|προβολές|"
    # an embedded post's likes: "Mi piace: 1.204", "Gefällt 318 Mal"
    r"likes|mi piace|gefällt mir|j'aime|me gusta|curtidas|vind ik leuk|polubienia|beğeni|beğenme|μου αρέσει|"
    r"вподобань|лайк\w*|gilla-markeringar)"
)
VIEW_NUMBER = r"\d{1,3}(?:[ .,\u00a0\u202f]?\d{3})*"
VIEW_COUNT = rx.compile(
    rf"^{VIEW_NUMBER}(?:[.,]\d)?\s?[kKmMкК]?\s{VIEW_WORDS}$|^{VIEW_WORDS}\s?:\s?{VIEW_NUMBER}\s?[kKmMкК]?$"
    # "Bu haber 2.318 kez okundu.", "Dieser Artikel wurde 1.204 Mal gelesen."
    rf"|^(?:bu (?:haber|yazı|makale) )?{VIEW_NUMBER} kez okundu\.?$|^いいね[\s！!]?{VIEW_NUMBER}$|^(?:dieser artikel|this (?:article|story|post)) "
    rf"(?:wurde|has been|was) (?:bereits )?(?:read|viewed|gelesen|shared|geteilt) {VIEW_NUMBER} (?:times|mal)\.?$"
    # "Shared 1,204 times", "Ce article a été partagé 312 fois": a share counter
    rf"|^(?:(?:this (?:article|story|post) (?:has been|was) )?shared|(?:cet article a été )?partagé|geteilt|compartido|"
    rf"condiviso|partilhado|gedeeld) {VIEW_NUMBER} (?:times|fois|mal|veces|volte|vezes|keer)\.?$",
    regex.I,
)
VIEW_COUNT_MAX_WORDS = 8
COUNTER_STRIP_MAX_WORDS = 20
COUNTER_STRIP_PART_WORDS = 3
DATE_LINE_MAX_WORDS = 8


def _under_date_line(ctx: Context) -> bool:
    above = ctx.at(-1)
    return above is not None and above.words <= DATE_LINE_MAX_WORDS and ctx.view.date_in(above.text) is not None


REACTION_SYMBOL = rx.compile(r"[\p{So}\p{Emoji_Presentation}]")
LETTERS = rx.compile(r"\p{L}")
REACTION_MAX_WORDS = 12


@detector(
    "CR12", "credits.comment_link", triggers=("short",),
    flags=(Example("118 lettori hanno commentato", language="it"), Example("Réagir à cet article", language="fr"),
           "Comment on this story"),
    keeps=("No comment.", "The minister declined to comment on the report on Tuesday evening.",
           Example("Comment reprendre la main", language="fr"), Example("Voici comment refuser", language="fr")),
)
def comment_link(ctx: Context) -> Outcome:
    """A comments link or counter in any wording ("118 lettori hanno commentato", "Réagir à cet article")."""
    if ctx.words > COMMENT_MAX_WORDS or ctx.sentence or ctx.quality is Quality.PROSE or ctx.text.startswith(CJK_SUBHEADING_MARKS):
        return None  # ("■コメント" heads the players' quotes)
    return "comments link" if any(not _french_how(ctx.lower, m) for m in COMMENT_STEM.finditer(ctx.lower)) else None


# "Comment reprendre la main": French "how" opens a sub-heading ("Comment on this story" invites comments).
HOW_NOT_COMMENT = rx.compile(r"\s(?!on\b|below\b|here\b|now\b)\p{L}")


def _french_how(lower: str, m: regex.Match[str]) -> bool:
    return m.group() == "comment" and HOW_NOT_COMMENT.match(lower, m.end()) is not None


READING_TIME = rx.compile(
    r"(?<!\d)\d{1,2}\s?['’′]$|"  # "Χρόνος ανάγνωσης: 4'": minutes as a prime
    r"(?<!\d)\d{1,2}分|"  # "この記事は約4分で読めます": a Japanese unit is followed by kana
    r"(?<!\d)\d+\s*(?:-\s*\d+\s*)?(?:min\.?|mins|minutes?|minuten|minutos?|minut[oi]|minut[ay]?|dakika|λεπτά|мин|"
    r"хвилин[аи]?|хв\.?|минут[аы]?|分|minuter|dk\.?)(?!\w)",
    regex.I,
)
READING_WORDS = rx.compile(
    r"read|lesezeit|lesedauer|leesduur|lecture|lectura|lettura|leitura|leestijd|czytania|przeczytasz|okuma|okunma|ανάγνωσ|"
    r"читання|читати|чтения|читать|読|läsning|läsa",
    regex.I,
)


CJK_READING_MAX_CHARS = 20  # "この記事は約4分で読めます"


@detector(
    "CR05", "credits.reading_time", triggers=("digit",),
    flags=("5 min read", "Lesezeit: 3 Minuten", "Temps de lecture : 4 min", "Lesezeit: 3 Min.",
           Example("7 λεπτά ανάγνωσης", language="el"), Example("Lesedauer etwa 4 Minuten", language="de"),
           Example("Tempo de leitura: 1 minuto", language="pt"), Example("Час читання: 5 хв", language="uk"),
           Example("Ten tekst przeczytasz w 3 minuty", language="pl"), Example("Читати 6 хв", language="uk"),
           Example("Χρόνος ανάγνωσης: 4'", language="el"), Example("この記事は約4分で読めます", language="ja"),
           Example("Okunma süresi: 2 dk", language="tr"),
           Example("Area: Diritto allo studio · Tempo di lettura: 3 minuti", language="it"),
           Example("Анна Смирнова\n14 марта 2025, 11:20\n2 мин.", "2 мин.", language="ru")),
    keeps=("The walk takes 5 minutes and the read-through took an hour.",
           Example("Goal! Rovers lead\n45 min", "45 min")),
)
def reading_time(ctx: Context) -> Outcome:
    """A reading-time badge ("5 min read")."""
    if (ctx.words <= 6 or len(ctx.text) <= CJK_READING_MAX_CHARS) and READING_TIME.search(ctx.text) and READING_WORDS.search(ctx.text):
        return "reading time"
    if BARE_DURATION.match(ctx.text.strip()) and any(_date_line(ctx.at(-k)) for k in range(1, BARE_DURATION_REACH + 1)):
        return "reading time (under the date)"
    if ctx.words <= STRIP_MAX_WORDS and (" · " in ctx.text or " | " in ctx.text):
        parts = FACT_SEPARATOR.split(ctx.text)  # "Area: Diritto allo studio · Tempo di lettura: 3 minuti"
        if len(parts) >= 2 and all(len(p.split()) <= STRIP_PART_MAX_WORDS for p in parts) and any(
                READING_TIME.search(p) and READING_WORDS.search(p) for p in parts):
            return "strip of facts with the reading time"
    return None


STRIP_MAX_WORDS = 16
STRIP_PART_MAX_WORDS = 6


# "2 мин.", "4 min" alone under the date line: the reading-time badge without its word ("45 min" in a
# match report's timeline stands among the entries, not under the date).
BARE_DURATION = rx.compile(
    r"^\d{1,2}\s?(?:min\.?|mins|minutes|minuten|minutos|minuti|minut|dakika|dk\.?|λεπτά|мин\.?|хв\.?|分)$", regex.I
)
BARE_DURATION_REACH = 2
DATE_LINE_WORDS = 8


def _date_line(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= DATE_LINE_WORDS and ctx.view.date_in(ctx.text) is not None


COMMENTER = rx.compile(
    r"\s(?:says|said|wrote|replied|schreibt|schrieb|dice|dijo|écrit|a écrit|disse|escreveu|zegt|schreef|"
    r"pisze|napisał[a]?|diyor|yazdı|γράφει|пише|написав|пишет|написал[а]?|skriver|skrev)\s?:$",
    regex.I,
)
REPLY = rx.compile(
    r"^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|reageer|odpowiedz|yanıtla|cevapla|"
    r"απάντηση|відповісти|ответить|返信|svara)$",
    regex.I,
)
COMMENTER_MAX_WORDS = 16
COMMENTER_NAME_MAX_WORDS = 3


@detector(
    "CR06", "credits.commenter", triggers=("colon", "short"),  # (a one-line comment has its colon)
    flags=("thelastchargersfan says:", "Gary M on September 17, 2018 at 8:50 pm said:",
           Example("marinero_viejo - 27/01/2025 14:02", language="es"),
           Example("Jo R. — November 10, 2024: Made these twice this week, the salt on top is everything.\n"
                   "Hattie — November 10, 2024: So happy to hear that, Jo!", "Hattie — November 10, 2024: So happy to hear that, Jo!")),
    keeps=("The minister says: we will not give up.", "Reply",
           "Dr Meera Lakhani, chief medical officer at the hospital trust, said:",
           "Berlin — March 3, 2025: the day the strike began, as the union remembers it.",
           Example("Madrid - 27/01/2025 14:02", language="es")),
)
def commenter(ctx: Context) -> Outcome:
    """A reader comment's header: "jane says:", "Max on 3 May 2025 at 9:12 said:"; or a comment headed so."""
    if ctx.words <= COMMENTER_MAX_WORDS and (m := COMMENTER.search(ctx.text)) is not None and (
            len(ctx.text[:m.start()].split()) <= COMMENTER_NAME_MAX_WORDS or "digit" in ctx.features):
        return "reader comment header"  # (a user name, or a name and when: not "Dr Meera Lakhani, chief medical
        # officer at …, said:", which introduces a quote)
    m = SIGNED_COMMENT.match(ctx.text)
    if m is not None and ctx.view.date_in(m["when"]) is not None and _among_comments(ctx):
        return "reader comment"  # "Jo R. — November 10, 2024: Made these twice this week, …"
    m = HANDLE_AND_TIME.match(ctx.text)
    if m is not None and HANDLE.search(m["who"]) and ctx.view.date_in(m["when"]) is not None:
        return "reader comment header"  # "marinero_viejo - 27/01/2025 14:02": a user's handle and when it posted
    return None


# "marinero_viejo - 27/01/2025 14:02", "Albarense78 – 27.01.2025, 14:31": a handle, a dash, a date and a time.
HANDLE_AND_TIME = rx.compile(r"^(?P<who>[\w.-]{3,30})\s[—–-]\s(?P<when>[\d./\-]{6,10},?\s(?:[01]?\d|2[0-3])[:.][0-5]\dh?)$")
HANDLE = rx.compile(r"_|\d|^\p{Ll}")  # a user name, not a person's or a place's


def _among_comments(ctx: Context) -> bool:
    """Another comment printed the same way stands right above or below (a thread, not a dated heading)."""
    return any(n is not None and SIGNED_COMMENT.match(n.text) is not None for n in (ctx.at(-1), ctx.at(1)))


# A comment printed on one line: the reader's name, a dash, the date, a colon, the comment.
SIGNED_COMMENT = rx.compile(r"^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s[—–-]\s(?P<when>[^:]{6,40}\d):\s\S")


@detector(
    "CR08", "credits.reply_link", triggers=("short",),
    flags=("Reply", "Antworten"),
    keeps=("Reply to the critics",),
)
def reply_link(ctx: Context) -> Outcome:
    """A comment's "Reply" link."""
    return "comment reply link" if REPLY.match(ctx.lower) else None


CAPTION_MAX_WORDS = 30
BARE_NAME_MAX_WORDS = 4


def _above_text(ctx: Context) -> bool:
    """The block stands above the page's first paragraph (where bylines stand)."""
    prose = ctx.view.prose_lines()
    return not prose or ctx.index < prose[0]
CAPTION_SENTENCE_MAX_WORDS = 20
# A caption may add a short second sentence ("The gap under the fence has been closed.").
CAPTION_TWO_SENTENCES_MAX_WORDS = 15
# "(Foto LaPresse)", "(Photo AFP)", "(写真：共同)": a credit in brackets on its own line.
PAREN_CREDIT = rx.compile(r"^[(（\[]\s*(?:photo|foto|fot\.|image|bild|φωτ\.?|фото|写真)\b[^()（）]{0,60}[)）\]]$", regex.I)


def _credit_kind(ctx: Context | None) -> str | None:
    """"labelled" for "Photo: X" / "(Foto X)", "plain" for other credit lines, None otherwise."""
    if ctx is None or ctx.words > PHOTO_MAX_WORDS:
        return None
    rest = ctx.rest()
    label_end = ctx.prefix[1] if ctx.prefix else 0
    labelled = ctx.prefix_key == "photo" and (
        rest.lstrip()[:1] in (":", "：", "/", *CJK_CREDIT_MARKS) or " / " in rest or ctx.lower[label_end - 1 : label_end] in (".", ":", "：")
        or PHOTO_BY.match(rest.lstrip()) is not None
    )
    if PAREN_CREDIT.match(ctx.text) or labelled or (ctx.text.startswith("©") and (
            PHOTO_WORD.search(ctx.text) or (" / " in ctx.text and "digit" not in ctx.features))):
        return "labelled"  # (or a publisher and its photographer: "© Paddock Hebdo / L. Ferracci", no year's notice)
    if ctx.text.startswith("©") and "digit" not in ctx.features and looks_like_name(ctx.text[1:].strip()):
        return "labelled"  # "© Jean-Marc Lhermitte": a photographer's name, no year (a site's notice has one)
    if ctx.text.startswith("©") and "digit" not in ctx.features and "/" in ctx.text:
        name, agency = ctx.text[1:].rsplit("/", 1)
        if is_agency_list(agency.strip()) and looks_like_name(name.strip()):
            return "labelled"  # "© Mareike Sohst/dpa": the photographer and her agency
    if "outlet_credit" in ctx.features:
        return "labelled"  # "Jean-Baptiste Morvan pour « Le Regard »", "© Julien Morel pour Vibrato"
    if (ctx.prefix_key == "photo" and ctx.words <= BARE_NAME_CREDIT_MAX_WORDS and rest.strip()
            and rest.strip()[:1].isupper() and looks_like_name(rest.strip())):
        return "labelled"  # "Beeld Jelmer de Haan": the label and the photographer's name, no mark between
    if ctx.prefix_key == "photo" or ("/" in ctx.text and _agency_photographer(ctx.text.strip())):
        return "plain"  # (or an agency and its photographer: "ANSA/Luca Zennaro")
    if _photographer_of_the_site(ctx):
        return "labelled"  # "Rachel Okafor/Harlan Valley Courier": the photographer and the site she works for
    m = INITIALS_DASH_NAME.match(ctx.text.strip())
    if m is not None and looks_like_name(m["name"]):
        return "initials"  # "DDC – Sylvain Mourgues": the outlet's initials and the photographer (or a match: "PSG –
        # Olympique Lyon"; only the lead photo's place tells them apart)
    return None


# "Rachel Okafor/Harlan Valley Courier": a name, a slash, an outlet (that the page names as itself).
NAME_SLASH_OUTLET = rx.compile(r"^(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})\s?/\s?"
                               r"(?P<outlet>\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,4})$")
SITE_LINES = 4  # the page's first and last lines, where its name stands (masthead, title, footer)


def _photographer_of_the_site(ctx: Context) -> bool:
    m = NAME_SLASH_OUTLET.match(ctx.text.strip()) if "/" in ctx.text else None
    if m is None or not looks_like_name(m["name"]):
        return False
    outlet, lines = m["outlet"].casefold(), ctx.view.canonical
    return any(outlet in lines[k].casefold() for k in (*range(min(SITE_LINES, len(lines))),
                                                       *range(max(0, len(lines) - SITE_LINES), len(lines))))


INITIALS_DASH_NAME = rx.compile(r"^\p{Lu}{2,6}\s[–—-]\s(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})$")


# "Attendance: 4,200", "Глядачі: 4 200": a label and a figure.
FIELD_WITH_FIGURE = rx.compile(r"^\p{L}[\p{L} ]{0,24}[:：]\s*\d[\d\s.,]*$")


# A credit line longer than this carries its own caption, so the line above it is not one.
CREDIT_ALONE_MAX_WORDS = 8
DESCRIPTION_MIN_LOWER_WORDS = 3
DESCRIPTION_MIN_WORDS = 5  # "Фото: пресс-служба зоопарка" is a credit, not a description


def _describes(credit: Context) -> bool:
    """After its label the credit line describes the picture in words and credits it in brackets ("Fotoğraf:
    İtfaiye ekiplerinin müdahalesi sürüyor (DHA)"): lower-case words, where a name is capitalised."""
    if credit.prefix_key != "photo":
        return False
    rest = credit.after_prefix()
    words = rest.split()
    if rest.endswith((".", "!", "?")):
        # "Foto: So sieht die Straße heute aus.": a sentence after the label is the picture's own caption
        return len(words) >= DESCRIPTION_MIN_WORDS and sum(1 for w in words if w[:1].islower()) >= DESCRIPTION_MIN_LOWER_WORDS
    if not rest.endswith(")"):
        return False  # "Фото: пресс-служба аукционного дома «…»" credits a press office; a caption carries its own credit
    return len(words) >= DESCRIPTION_MIN_WORDS and sum(1 for w in words if w[:1].islower()) >= DESCRIPTION_MIN_LOWER_WORDS


# "台風5号の影響で増水した川＝12日午前、高知県内（共同）": a Japanese caption names what the picture shows,
# then "＝" and the day it was taken, without a sentence's "。".
JA_CAPTION = rx.compile(r"^[^。！？]{2,60}(?:。[^。！？]{2,60})?＝(?:(?:\d{1,2}|[０-９]{1,2})日|(?:\d{4}|[０-９]{4})年)[^。！？]{0,40}$"
                        # "土砂が流れ込んだ線路（18日午前8時ごろ 魚沼市穂積）＝北越みらい放送ヘリから撮影": who took it, after ＝
                        r"|^[^。！？＝]{2,80}＝[^。！？＝]{0,40}撮影$"
                        r"|^[^。！？＝]{2,60}＝資料写真$"  # "みなと電機の本社（横浜市西区）＝資料写真": a file photo
                        r"|^[^。！？＝]{2,60}＝[^。！？＝\d]{2,20}で$"  # "店頭に立つ佐久間和子さん＝霧岡町本町で": where it was taken
                        r"|^[^。！？]{2,60}[（(](?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:ごろ)?撮影[）)]$"
                        # "雪の中を歩く通勤客（金沢市・9日午前）": where, and the day it was taken
                        r"|^[^。！？]{2,60}[（(][^（）()]{1,20}[・、]\d{1,2}日[^（）()]{0,6}[）)]$"
                        # "患者の診察にあたる医師（13日 汐見市内のクリニック）": the day, then the place
                        r"|^[^。！？]{2,60}[（(]\d{1,2}日[\s\u3000、][^（）()]{1,24}[）)]$"
                        # "白根川の水位は午後3時すぎ、…迫った（朝霧市中洲町、午後3時10分）": where, and the hour
                        r"|^[^。！？]{2,80}[（(][^（）()]{1,20}[・、](?:午前|午後)\d{1,2}時(?:\d{1,2}分)?(?:ごろ)?[）)]$")


@detector(
    "CR07", "credits.caption",
    flags=(Example("閉店を前に店頭に立つ佐久間和子さん＝霧岡町本町で", language="ja"),
           Example("Publicerad 14 januari 2025 kl 07.12\nDela  Kopiera länk\nFoto: Oskar Bergman / Kanal Norr\n"
                   "Ett nedblåst träd blockerar Strandvägen i Norrstrand på tisdagsmorgonen.\nDet här vet vi just nu:\n"
                   "Över 18 000 hushåll är utan ström i Västernorrland och Gävleborg sedan natten.",
                   "Ett nedblåst träd blockerar Strandvägen i Norrstrand på tisdagsmorgonen.", language="sv"),
           Example("霧ケ原町役場前のバス停。3月末で路線バスの運行が終わる＝15日午後（共同）", language="ja"),
           Example("El poeta Aurelio Santamarina, en su casa de Almazán, en una imagen de 2019.", language="es"),
           Example("Measles case confirmed | Harlan Valley Courier\nMeasles case confirmed\nThe patient is recovering at home, "
                   "health officials said on Thursday after tracing the places the person had visited.\n"
                   "A sign directs visitors to a walk-in vaccination clinic at the Pell County Health Department in "
                   "Marston on Thursday, March 6, 2025.\n"
                   "Rachel Okafor/Harlan Valley Courier\nInvestigators spent most of the week tracing the patient's movements "
                   "while contagious, and a list of exposure sites was published on Friday.",
                   "A sign directs visitors to a walk-in vaccination clinic at the Pell County Health Department in "
                   "Marston on Thursday, March 6, 2025."),
           Example("12 марта 2025, 14:37\nВремя чтения: 4 мин.\nФото: пресс-служба районного суда\n"
                   "Игорь Семенихин на оглашении приговора.\nБывшего начальника дорожного управления приговорили к шести "
                   "годам колонии общего режима за хищение почти 38 миллионов рублей, выделенных городу на ремонт улиц "
                   "в 2021 и 2022 годах.",
                   "Игорь Семенихин на оглашении приговора.", language="ru"),
           Example("Publié le 23/03/2025 à 19h48\nLéo Farrugia, auteur de l'essai de la victoire, porté par ses coéquipiers.\n"
                   "DDC – Sylvain Mourgues\nMontarnaud arrache le derby face à Bellegarde, et le stade s'en souviendra "
                   "longtemps. Dimanche, les locaux ont renversé le match dans les dernières minutes.",
                   "Léo Farrugia, auteur de l'essai de la victoire, porté par ses coéquipiers.", language="fr"),
           Example("Der Angeklagte (r.) sitzt neben seinem Verteidiger im Saal des Landgerichts.\n© Mareike Sohst/dpa",
                   "Der Angeklagte (r.) sitzt neben seinem Verteidiger im Saal des Landgerichts.", language="de"),
           Example("土砂が流れ込んだ線路（18日午前8時ごろ 魚沼市穂積）＝北越みらい放送ヘリから撮影", language="ja"),
           Example("Sevilla - 2 abr 2025 - 19:10 CEST\nEl alcalde, durante la visita a las obras del puente, este martes.\n"
                   "PACO ARENAS\nLas obras del puente de la Barqueta terminarán en septiembre, tres meses más tarde de lo "
                   "previsto, según ha confirmado este martes el Ayuntamiento.", "El alcalde, durante la visita a las obras del puente, este martes.",
                   language="es"),
           Example("Sevilla - 2 abr 2025 - 19:10 CEST\nEl alcalde, durante la visita a las obras del puente, este martes.\n"
                   "PACO ARENAS\nLas obras del puente de la Barqueta terminarán en septiembre, tres meses más tarde de lo "
                   "previsto, según ha confirmado este martes el Ayuntamiento.", "PACO ARENAS", language="es"),
           Example("Léa Morin et Paul Guérin dans « La Nuit des phares », au théâtre du Port.\n© Alain Dufresne\n"
                   "Le spectacle tient en une heure et dix minutes, sans entracte, et il tourne dans toute la région.",
                   "Léa Morin et Paul Guérin dans « La Nuit des phares », au théâtre du Port.", language="fr"),
           Example("Le poète Yann Le Goff, à Quimper, en mars 2025.\nMARC LE BIHAN POUR « LE JOURNAL DU LARGE »\n"
                   "Il y a des livres qui se lisent d'une traite et d'autres qu'il faut reprendre, page après page, sur des "
                   "semaines entières.", "Le poète Yann Le Goff, à Quimper, en mars 2025.", language="fr"),
           Example("花火大会の会場に集まった見物客＝2日夜、港町（共同）", language="ja"),
           Example("森川静江さん＝2009年、東京都内", language="ja"), Example("みなと電機の本社（横浜市西区）＝資料写真", language="ja"),
           Example("«Кедр» обыграл «Волгу» | Спорт\n«Кедр» обыграл «Волгу»\n12 февраля 2025, 22:41\nФото: пресс-служба ХК «Кедр»\n"
                   "Артём Лузгин празднует победную шайбу\n«Кедр» вырвал победу у «Металлург-Волги» в овертайме домашнего матча, "
                   "хотя до последней минуты третьего периода уступал гостям из Сызрани одну шайбу и играл в меньшинстве.",
                   "Артём Лузгин празднует победную шайбу", language="ru"),
           Example("Eski başkana hapis | Haber Ekspres\nEski başkana hapis\n14.03.2025 16:42\nPaylaş: Facebook | X | WhatsApp\n"
                   "Fotoğraf: DHA\n"
                   "Eski belediye başkanı cezaevi aracıyla adliyeye getirildi.\nMANİSA (DHA) - Akçaören ilçesinde 2021-2023 "
                   "yıllarında belediye başkanlığı yapan sanık, ihaleye fesat karıştırmaktan ve görevi kötüye kullanmaktan toplam 8 yıl "
                   "hapis cezasına çarptırıldı.",
                   "Eski belediye başkanı cezaevi aracıyla adliyeye getirildi.", language="tr"),
           Example("Les bacs sont restés à quai mardi, a indiqué la préfecture.\nL'autrice, photographiée à Paris en avril.\n"
                   "© Julien Morel pour Vibrato\nLe disque sort vendredi chez un label nantais.",
                   "L'autrice, photographiée à Paris en avril.", language="fr"),
           Example("Le strade sono state chiuse dalla polizia municipale in mattinata.\n"
                   "I vigili del fuoco al lavoro in via della Colletta\nANSA/Luca Zennaro\n"
                   "La protezione civile ha aperto due centri di accoglienza.", "I vigili del fuoco al lavoro in via della Colletta",
                   language="it"),
           Example("El delantero celebra el segundo gol ante la grada del Municipal. MARTA GIL", language="es"),
           Example("De provincie wil de windmolens binnen twee jaar laten draaien, zei de gedeputeerde in maart tegen de "
                   "leden van de commissie.\n"
                   "Foto: ANP / Lex Verhoeven\nDe bouwplaats van het windpark bij Oosterzande.",
                   "De bouwplaats van het windpark bij Oosterzande.", language="nl"),
           Example("Sur un quai de la gare de Toulouse, le 8 janvier 2026. MARC DELBOS / AFP", language="fr"),
           Example("嵐山の竹林の小径（2024年11月撮影）", language="ja"), Example("雪の中を歩く通勤客（金沢市・9日午前）", language="ja"),
           Example("増水した川の様子（高岡市中川、午後3時10分）", language="ja"),
           Example("Smoke from the fire seen from the valley on Thursday.\nPhoto: Jane Doe/AFP",
                   "Smoke from the fire seen from the valley on Thursday."),
           Example("A flooded street in the old town on Monday\nPhoto: Jane Doe/AFP",
                   "A flooded street in the old town on Monday"),
           Example("sierpień 2024 – drugi aneks, nowy termin: 30 września 2025\ngrudzień 2024 – wykonawca wnioskuje o zmianę\n"
                   "Fot. Tomasz Wrzos / Gazeta\nHala sportowa wciąż stoi bez dachu.", "Hala sportowa wciąż stoi bez dachu.",
                   language="pl"),
           Example("La voiture n° 27 dans la dernière heure de course.\n© Paddock Hebdo / L. Ferracci",
                   "La voiture n° 27 dans la dernière heure de course.", language="fr"),
           Example("The prize went to a poet from Görlitz, who read the title poem at the ceremony.\nMarie Hentschel\n"
                   "Photo: John Roe\nThe fair drew a record crowd this year.", "Marie Hentschel")),
    keeps=(Example("Two former managers pleaded guilty last year and testified for the government.\nSENTENCING SET FOR JUNE\n"
                   "Each count carries a maximum sentence of twenty years in prison, and the judge set sentencing for June.",
                   "Two former managers pleaded guilty last year and testified for the government."),
           Example("Detroit, Jan. 14, 2025\nThe show opens to the public on Friday. Here are the highlights:\nFORD RANGER\n"
                   "The new Ranger gets a larger battery, a longer bed and a price that starts just under forty thousand "
                   "dollars for the base model.", "The show opens to the public on Friday. Here are the highlights:"),
           Example("Il ghiacciaio ha perso 42 metri dal 2024, secondo le misure del comitato glaciologico nazionale.\n"
                   "Il fronte del ghiacciaio del Lys fotografato il 15 luglio 2025\nFoto: Comitato glaciologico italiano\n"
                   "Il ruolo del vento\nA peggiorare la situazione, secondo i ricercatori, ci sono i venti caldi che soffiano "
                   "da sud per giorni interi e sciolgono la neve residua.", "Il ruolo del vento", language="it"),
           Example("Yabancı Dil 8,9 5,3\nDin Kültürü 9,1 7,4\nFotoğraf: Okul Basın Birimi", "Din Kültürü 9,1 7,4", language="tr"),
           Example("Защита: IP68\nВес: 214 г\nФото: Gadgetolog.ru", "Вес: 214 г", language="ru"),
           Example("sierpień 2024 – drugi aneks, nowy termin: 30 września 2025\ngrudzień 2024 – wykonawca wnioskuje o zmianę\n"
                   "Fot. Tomasz Wrzos / Gazeta\nHala sportowa wciąż stoi bez dachu.", "grudzień 2024 – wykonawca wnioskuje o zmianę",
                   language="pl"),
           Example("The council approved the wind farm in March after a two-year dispute with residents.\n"
                   "Photo: Jane Doe / Coast Agency\n\"We fought this for three years.\"", "\"We fought this for three years.\""),
           Example("Die Bauarbeiten sollen im Mai beginnen und vor den Sommerferien abgeschlossen sein, hieß es.\n"
                   "Foto: So sieht die Straße heute aus.", "Die Bauarbeiten sollen im Mai beginnen und vor den Sommerferien "
                   "abgeschlossen sein, hieß es.", language="de"),
           Example("Referee: Mark Hale\nAttendance: 4,200\nPhoto: Rovers FC", "Attendance: 4,200"), "VOLKSWAGEN ID. SPACE VIZZION CONCEPT",
           Example("“We wanted a phone you do not have to replace every two years,” the founder explained on stage.\nPhoto: Velmi / press office",
                   "“We wanted a phone you do not have to replace every two years,” the founder explained on stage."),
           Example("Yaralılar hastaneye kaldırıldı. Durumlarının iyi olduğu öğrenildi.\n"
                   "Fotoğraf: İtfaiye ekiplerinin müdahalesi sürüyor (DHA)",
                   "Yaralılar hastaneye kaldırıldı. Durumlarının iyi olduğu öğrenildi.", language="tr"),
           Example("The new timetable will be posted at both slipways from March 3.\n"
                   "Photo: The ferry leaving Alder Bay slipway on a calm morning. Picture: Jane Doe",
                   "The new timetable will be posted at both slipways from March 3."),
           Example("市によると、花火大会＝2日夜＝には約3万人が集まった。", language="ja"),
           Example("A flooded street in the old town on Monday\nThe river rose two metres overnight.",
                   "A flooded street in the old town on Monday"),
           Example("More than forty street musicians played in the old town on Saturday. The organisers counted about "
                   "six thousand people.\nPhoto: Radio Smotrych FM",
                   "More than forty street musicians played in the old town on Saturday. The organisers counted about "
                   "six thousand people."),
           Example("The river rose two metres overnight, and the old town flooded.\nImage copyright Getty Images",
                   "The river rose two metres overnight, and the old town flooded."),
           Example("But the company says it did not need permission.\nImage copyright Getty Images",
                   "But the company says it did not need permission."),
           Example("У метрополітені пояснюють, що ремонт був необхідний через пошкодження сходів.\n"
                   "Фото: КП «Київський метрополітен»",
                   "У метрополітені пояснюють, що ремонт був необхідний через пошкодження сходів.", language="uk"),
           Example("Museum reopens | Daily Post\nMuseum reopens\nJane Doe\nPhoto: John Roe\n"
                   "The museum reopened on Monday after two years of repairs to its roof.", "Jane Doe")),
)
def caption(ctx: Context) -> Outcome:
    """An image caption: a short line right above the photo credit that closes it.

    A sentence counts only above a labelled credit ("Photo: …"): some pages print a bare credit
    ("Image copyright Getty") after the paragraph it interrupts.
    """
    if ctx.words > CAPTION_MAX_WORDS or ctx.prefix_key == "photo" or "bullet" in ctx.features:
        return None  # a list item is the article's, even over a credit
    if "bar" in ctx.features and table_row(ctx):
        return None  # a table's row ("Maison Verlaine | 512,40 | -7,84 %"), whatever stands under the table
    if "digit" in ctx.features and FIELD_WITH_FIGURE.match(ctx.text):
        return None  # "Глядачі: 4 200": a fact of the report (attendance), not a caption
    if ctx.words <= CAPTION_SENTENCE_MAX_WORDS and PICTURE_OF_ITS_YEAR.search(ctx.text):
        return "image caption (it says when its picture was taken)"  # "…, en su casa de Almazán, en una imagen de 2019."
    if ("＝" in ctx.text or "撮影" in ctx.text or "日" in ctx.text or "時" in ctx.text) and JA_CAPTION.match(ctx.text):
        return "image caption (what, ＝ when and where)"
    caps = CAPS_CREDIT_AFTER_SENTENCE.search(ctx.text) if ctx.words <= CAPTION_CAPS_CREDIT_MAX_WORDS else None
    if caps is not None and any(c.islower() for c in ctx.text[: caps.start()]):
        return "caption with its photographer in capitals"  # "… en las afueras de Valdelosa. NEREA GÓMEZ"
    if ctx.words <= CAPTION_PHRASE_MAX_WORDS and not ctx.text.rstrip().endswith(("?", "!")) and _under_bare_credit(ctx):
        return "image caption (credit above)"  # "Foto: ANP / Lex Verhoeven" / "De bouwplaats van het windpark."
    if ctx.words <= CAPS_NAME_MAX_WORDS and CAPS_NAME_LINE.match(ctx.text) and _under_lead_caption(ctx):
        return "photographer's name in capitals under the lead photo's caption"
    if _credit_kind(ctx) == "initials" and _under_lead_caption(ctx):
        return "photo credit under the lead photo's caption"  # "DDC – Sylvain Mourgues"
    if _photographer_of_the_site(ctx):
        return "photo credit: the photographer and the site"  # "Rachel Okafor/Harlan Valley Courier"
    below = ctx.at(1)
    if below is None:
        return None
    if (ctx.words <= CAPTION_SENTENCE_MAX_WORDS and below.words <= CAPS_NAME_MAX_WORDS and CAPS_NAME_LINE.match(below.text)
            and _under_lead_caption(below)):
        return "caption of the lead photo (photographer in capitals below)"
    if (below.prefix_key != "photo" and "paren" not in below.features and not below.text.startswith("©")
            and "outlet_credit" not in below.features and INITIALS_DASH_NAME.match(below.text.strip()) is None):
        return None
    if _item_under_sibling(ctx):
        return None  # "grudzień 2024 – wykonawca …" under "sierpień 2024 – drugi aneks …": the last item of a timeline
    if ctx.text[:1].islower() and ctx.sentence:
        return None  # "в Кировском районе без света …": a list's last item over the photo; a caption opens in capitals
    if ctx.words <= BARE_NAME_MAX_WORDS and _above_text(ctx) and looks_like_name(ctx.text):
        return None  # "Олена Кравець" over "Фото: Андрій Бойко" under the headline: author, then photographer
    kind = _credit_kind(below)
    if (kind in ("labelled", "initials") and below.words <= CREDIT_ALONE_MAX_WORDS and not _describes(below)
            and _near_date_line(ctx) and _over_first_paragraph(below)):
        return "caption of the lead photo (credit below)"  # under the byline and date, over the article's first paragraph
    if kind == "initials":
        return None
    if (kind is not None and ctx.words <= CAPTION_SENTENCE_MAX_WORDS and below.words <= CREDIT_ALONE_MAX_WORDS
            and PICTURED_POSITION.search(ctx.text)):
        return "image caption (credit below)"  # "Der Angeklagte (r.) sitzt neben seinem Verteidiger …" / "© … /dpa"
    longest = CAPTION_SENTENCE_MAX_WORDS if DATED_CAPTION_TAIL.search(ctx.text) is None else DATED_CAPTION_MAX_WORDS
    if kind is None or (ctx.sentence and (kind != "labelled" or ctx.words > longest)):
        return None
    if below.words > CREDIT_ALONE_MAX_WORDS or _describes(below):
        return None  # "Foto: la processione in via dei Mulini (foto di …)": the credit line is its own caption
    if ctx.words > CAPTION_TWO_SENTENCES_MAX_WORDS and SENTENCE_BREAK.search(ctx.text):
        return None  # two full sentences this long are a paragraph the photo sits under
    if ctx.sentence and (REPORTED_CLAUSE.search(ctx.text) or QUOTE_THEN_SPEAKER.match(ctx.text) or QUOTED_WORDS.search(ctx.text)):
        return None  # "У метрополітені пояснюють, що ремонт був необхідний …": reported speech is the article's, and so
        # are quoted words ("Tiemens heeft nog één advies: „Neem de tijd. De zon gaat heus niet weg.”")
    return "image caption (credit below)"


# "…, en una imagen de 2019.", "…, in a file photo from 2021.": a caption closes on the year of its picture.
PICTURE_OF_ITS_YEAR = rx.compile(
    r",\s(?i:en una imagen|en una foto|en una fotografía|en imagen|in una foto|in un'immagine|in a photo|in a picture|"
    r"in a file photo|in an undated photo|auf einem foto|auf einem bild|auf einem archivbild|sur une photo|numa imagem|"
    r"numa foto|op een foto|na zdjęciu)\s(?i:de|del|di|from|aus|von|van|z)\s(?:\d{4}|(?i:archivo|archivio|arquivo|archive|"
    r"archiwum))\.?$"
)
CAPTION_UNDER_CREDIT_MAX_WORDS = 14
# "… in Marston on Thursday, March 6, 2025.": a wire caption closes on the day the picture was taken, and runs longer.
DATED_CAPTION_TAIL = rx.compile(
    r"\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s\d{1,2},\s\d{4}\.$"
)
DATED_CAPTION_MAX_WORDS = 32
CAPTION_PHRASE_MIN_WORDS, CAPTION_PHRASE_MAX_WORDS = 8, 18  # (a caption without a verb's full stop runs longer)
# "(r.)", "(links)", "(izq.)", "(à gauche)": where a person stands in the picture, said only by a caption.
PICTURED_POSITION = rx.compile(
    r"\((?:l\.|r\.|m\.|li\.|re\.|links|rechts|mitte|left|right|centre|center|l-r|from left|izq\.|dcha\.|izquierda|"
    r"derecha|à gauche|à droite|au centre|g\.|d\.|sx|dx|a sinistra|a destra|esq\.|dir\.|à esquerda|à direita|"
    r"links op de foto|rechts op de foto|z lewej|z prawej|solda|sağda|αριστερά|δεξιά|слева|справа|зліва|справа)\)",
    regex.I,
)


def _under_bare_credit(ctx: Context) -> bool:
    """One short sentence right under a labelled credit that follows a paragraph: the picture's caption, printed
    after its credit. Not a quote, reported words or two sentences, which are the article's."""
    above = ctx.at(-1)
    if above is None or above.prefix_key != "photo" or above.words > CREDIT_ALONE_MAX_WORDS or _describes(above):
        return False
    full_stop = ctx.text.rstrip().endswith(".")
    if _credit_kind(above) != "labelled" or not (full_stop or not ctx.sentence):
        return False
    if full_stop and ctx.words > CAPTION_UNDER_CREDIT_MAX_WORDS and not abbreviated_headline(ctx.text, ctx.words):
        return False
    if has_quote_mark(ctx.text) or SENTENCE_BREAK.search(ctx.text) or REPORTED_CLAUSE.search(ctx.text):
        return False
    paragraph = above.at(-1)  # (longer than a caption over its credit could be: the caption is the line below)
    if full_stop and paragraph is not None and ((paragraph.quality is Quality.PROSE and paragraph.sentence
                                                 and paragraph.words > CAPTION_SENTENCE_MAX_WORDS)
                                                or (not paragraph.sentence and _item_under_sibling(paragraph))):
        return True  # (or under a list's item)
    phrase = (not full_stop and not ctx.sentence) or abbreviated_headline(ctx.text, ctx.words)  # ("…, 2016 r.")
    if (phrase and len(ctx.text.split()) >= CAPTION_PHRASE_MIN_WORDS and paragraph is not None
            and ((paragraph.quality is Quality.PROSE and paragraph.sentence) or _item_under_sibling(paragraph)
                 or (paragraph.sentence and paragraph.text[:1].islower()))):  # (or a list's last item: "в Кировском …")
        return True  # a long phrase with no verb's full stop under the credit, between paragraphs: "Vrijwilliger Ria
        # Jansen achter de microfoon in de studio aan de Dijkstraat" (a sub-heading there is short)
    # the lead photo between the header's date line and the article's first paragraph ("Фото: пресс-служба" /
    # "Артём Лузгин празднует победную шайбу"; further down, the line under a credit may be the article's own)
    return ((paragraph is None or (paragraph.words <= FURNITURE_MAX_WORDS and (
                not paragraph.sentence or paragraph.prefix_key is not None
                or (paragraph.words <= STAMP_MAX_WORDS and "digit" in paragraph.features))))  # ("Время чтения: 4 мин.")
            and _over_first_paragraph(ctx) and _near_date_line(above))  # (not another caption: the credit's own is above)


# "JAIME ROLDÁN", "NEREA GÓMEZ / EFE": a photographer's name in capitals on its own line, under the caption.
CAPS_NAME_LINE = rx.compile(r"^\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){1,2}(?:\s?/\s?\p{Lu}[\p{L}-]{1,20})?$")
CAPS_NAME_MAX_WORDS = 4


def _under_lead_caption(credit: Context) -> bool:
    """The line is under the lead photo's caption: a short line near the header's date line, and over the article's
    first paragraph. (Further down, a line of capitals may be the article's sub-heading.)"""
    caption = credit.at(-1)
    return (caption is not None and caption.words <= CAPTION_SENTENCE_MAX_WORDS and not has_quote_mark(caption.text)
            and not caption.text.rstrip().endswith((":", "：")) and not SENTENCE_BREAK.search(caption.text)
            and _over_first_paragraph(credit) and _near_date_line(caption))  # ("… the highlights:" over "NISSAN SENTRA"
    # announces the article's sub-heading)


# A share bar, a reading time over the lead photo's credit (a caption over it runs longer).
FURNITURE_MAX_WORDS = 8
STAMP_MAX_WORDS = 4


# The lines looked at above a lead photo for the header's date line.
LEAD_DATE_REACH = 3
LEAD_DATE_MAX_WORDS = 12


def _over_first_paragraph(ctx: Context) -> bool:
    """The line below opens the article: a paragraph, or a lead that announces a list ("Det här vet vi just nu:")."""
    below = ctx.at(1)
    if below is None:
        return False
    if below.quality is Quality.PROSE and below.sentence and below.words > CAPTION_SENTENCE_MAX_WORDS:
        return True
    return (below.text.rstrip().endswith((":", "：")) and LIST_LEAD_MIN_WORDS <= below.words <= CAPTION_SENTENCE_MAX_WORDS
            and (item := below.at(1)) is not None and item.quality is Quality.PROSE)


LIST_LEAD_MIN_WORDS = 4


def _near_date_line(ctx: Context) -> bool:
    """A short line holding a date stands a few lines above: the header's furniture, where the lead photo follows."""
    return any((a := ctx.at(-k)) is not None and "digit" in a.features
               and (a.words <= LEAD_DATE_MAX_WORDS or (a.prefix_key == "published" and a.words <= 2 * LEAD_DATE_MAX_WORDS))
               and ctx.view.date_in(a.text) is not None for k in range(1, LEAD_DATE_REACH + 1))
    # (a labelled date line runs longer with its update: "Publié le 23/03/2025 à 19h48, mis à jour le 24/03/2025 …")


# "marzec 2022 – gmina ogłasza przetarg …": an item of a dated or numbered list, its head (a date, a figure) set apart by
# a dash.
ITEM_HEAD = rx.compile(r"^(\S+(?:\s\S+){0,2})\s[–—-]\s\S")


# "Türkçe 16,4 11,2": a table's row whose cells were flattened to spaces, its figures at its end.
FIGURES_TAIL = rx.compile(r"(?:\s[-+−]?\d{1,7}(?:[.,]\d{1,3})?\s?%?){2,}$")


def _item_under_sibling(ctx: Context) -> bool:
    """The line and the one above it are items of one list (each opens with a short head holding a figure, then a
    dash) or rows of one table (each ends in the same number of figures)."""
    above = ctx.at(-1)
    if above is None:
        return False
    own, other = ITEM_HEAD.match(ctx.text), ITEM_HEAD.match(above.text)
    if (own is not None and other is not None and any(c.isdigit() for c in own[1])
            and any(c.isdigit() for c in other[1])):
        return True
    if LABEL_AND_VALUE.match(ctx.text) and LABEL_AND_VALUE.match(above.text):
        return True  # "Вес: 214 г" under "Защита: IP68": a specification list's items
    own_row, other_row = FIGURES_TAIL.search(ctx.text), FIGURES_TAIL.search(above.text)
    return (own_row is not None and other_row is not None
            and own_row[0].count(" ") == other_row[0].count(" ") and not ctx.sentence)


LABEL_AND_VALUE = rx.compile(r"^\p{Lu}[\p{L} ]{0,24}:\s\S.{0,40}$")


# Quoted words of some length after a colon: "…: „Neem de tijd. De zon gaat heus niet weg.”" (a caption names, not quotes).
QUOTED_WORDS = rx.compile(r"[:：]\s?[„“\"«‚‘][^„“”\"«»]{15,}[”“\"»’]")
# "… пояснюють, що …", "… sagte, dass …", "… the mayor said.": someone's words reported, which a caption does not do.
REPORTED_CLAUSE = rx.compile(r",\s(?:що|что|dass|że|dat)\s|\sότι\s|\s(?:said|says|told)\b")


# Names are capitalised (the verbs are matched in any case): "Så innan vi skriver …" is no bio.
# A name, and an age after it: "Joris Verhagen (61) ", "Anna Weiss, 54, ".
BIO_NAME = (r"(?:[ΗΟ]\s)?(?:\p{Lu}[\p{L}'’.-]+\s|(?:van|de|der|den|von|di|da|du|la|le|ten|ter|el|al)\s){1,4}"
            r"(?:\(\d{2}\)\s|\d{2},\s)?")
# "… schrijft elke zaterdag een column voor …": the columnist's line under the column.
WRITES_COLUMN = (r"(?i:writes|schrijft|schreibt|écrit|tient|escribe|scrive|escreve|pisze|yazıyor|γράφει|пише|пишет|skriver)"
                 r"\s(?:\S+\s){0,5}?(?i:column|kolumne|chronique|columna|rubrica|coluna|felieton|köşe|στήλη|колонк\w*)")
# (a verb of writing only with what or whom for: "Rinaldi scrive frasi lunghe" is a review's sentence about the novelist)
BIO_VERB = (r"(?i:covers|has covered|writes about|writes for|has reviewed|reports on|reports from|καλύπτει|berichtet|couvre|"
            r"cubre|segue|yazıyor|"
            r"(?:schreibt|écrit|escribe|scrive|escreve|schrijft|pisze|γράφει|пише|пишет|skriver)\s(?:\S+\s){0,2}?"
            r"(?:über|für|seit|sur|pour|depuis|sobre|para|desde|di|per|su|da|há|over|voor|sinds|o|dla|od|για|στην?|στο|про|для|"
            r"о|об|om|för|sedan))\s")
# "Jane Doe writes about …": what she writes about (in a long sentence, maybe a review's on the poet it is about).
WRITES_ABOUT_BIO = rx.compile(rf"^{BIO_NAME}{BIO_VERB}")
AUTHOR_BIO = rx.compile(
    rf"^{BIO_NAME}{BIO_VERB}"
    rf"|^{BIO_NAME}(?:[^.!?]+\s)?{WRITES_COLUMN}"
    # "Noor El Amrani studeert journalistiek en is redacteur …": another clause may come before the job
    rf"|^{BIO_NAME}(?:\p{{Ll}}[^.,]{{0,40}}\s(?i:and|und|et|y|e|en|i|ve)\s)?"
    r"(?i:is|was|has been|ist|est|es|è|é|is een|jest|är)\s(?i:a|an|the|ein[e]?|un[e]?|una?|uma?|een|)\s?"
    r"(?:[\p{L}'’-]+,?\s){0,5}?(?:[\p{L}'’]+-|\p{Ll}{0,12}?)(?i:writer|reporter|journalist|editor|correspondent|columnist|contributor|author|"
    r"autor(?:in)?|redakteur(?:in)?|journaliste|rédact(?:eur|rice)|periodista|redactor[a]?|giornalista|"
    r"jornalista|repórter|reportera?|verslaggever|redacteur|dziennikar(?:z|ka)|skribent|reporter(?:in)?|"
    r"(?:literary|film|music|theatre|theater|art|food|restaurant|book) critic|"
    r"(?:litteratur|film|musik|teater|konst|mat|literatur|theater)kritiker(?:in)?|recensent)\b",
    # (a critic by her field only: "… is a vocal critic of the plan" is news)
)
AUTHOR_BIO_MAX_WORDS = 60
LONG_BIO_WORDS = 30
# A bio under the author's name that opens with the job: "Journaliste à la rédaction de Quimper, elle suit …".
ROLE_BIO = rx.compile(
    r"^(?i:journaliste|journalist(?:in)?|reporter(?:in)?|redakteur(?:in)?|rédact(?:eur|rice)|periodista|giornalista|"
    r"jornalista|verslaggever|redacteur|dziennikar(?:z|ka)|журналист(?:ка)?|журналіст(?:ка)?|muhabir|"
    r"δημοσιογράφος|correspondent|correspondante?|korrespondent(?:in)?|corresponsal|corrispondente|editor|"
    r"éditrice|éditeur|redaktor(?:ka)?)"
    # "Giornalista freelance e viaggiatrice lenta.": a freelance's role, then "and" what else she is
    r"(?:\s(?i:freelance|free-lance|indipendente|independiente|indépendante?|independent|freie[rn]?|freiberufliche[rn]?|"
    r"autonoma|autónoma|zelfstandig|especializad[oa]|specializzat[oa]|spécialisée?|speciali[sz]ed|spezialisiert(?:e[rn]?)?|"
    r"gespecialiseerde?|wyspecjalizowan[ya]|uzman))?"
    r"(?:\s(?i:à|at|for|of|on|bei|im|der|des|beim|en|de|del|della|di|da|do|na|no|bij|van|w|we|в|у|для|στην?|στο|för|på|vid|"
    r"with|mit|avec|con|com|met|ze|ile|με|з|с|med)\s|"  # ("Δημοσιογράφος με ειδίκευση στην ακτοπλοΐα …")
    r"\s(?i:e|and|und|et|y|i|ve|και|и|та|en|och)\s|[,.]\s)"
)


# "Giulia Ferraresi è vicedirettrice della Tribuna Lagunare.", "Η Δανάη Μαυρογένη είναι κριτικός λογοτεχνίας":
# a critic's or an editor's line is the author's bio only where the article has ended (inside one,
# "Marta Gil es directora del museo" is news).
EDITOR_JOBS = (
    r"critic|kritiker(?:in)?|critique|crítica?|crítico|critica?|critico|κριτικός|критик|editor-in-chief|"
    r"autrice|auteure|autora|schrijfster|"
    r"(?:vice|capo)?(?:direttore|direttrice|redattore|redattrice)|chefredakteur(?:in)?|rédact(?:eur|rice) en chef|"
    r"directora?|directeur|directrice|diretora?|dyrektor(?:ka)?|hoofdredacteur|genel yayın yönetmeni|"
    r"columnista|opinionista|editorialista|chroniqueu(?:r|se)|αρθρογράφος|δημοσιογράφος|обозреватель|оглядач|"
    r"колумніст|колумнист|yazar|muhabir|felietonist(?:a|ka)|publicyst(?:a|ka)|kolumnist(?:in)?|translator|"
    r"журналіст(?:ка)?|журналист(?:ка)?|кореспондент(?:ка)?|корреспондент(?:ка)?|редактор(?:ка)?|dziennikar(?:z|ka)|"
    r"gazeteci|journalist(?:in)?|journaliste|periodista|giornalista|jornalista|verslaggever|reporter(?:in)?|"
    r"μεταφράστρια|μεταφραστής|traduttrice|traduttore|traductora?|tradutora?|übersetzer(?:in)?|traductrice"
)
EDITOR_BIO = rx.compile(
    # "Marta Bellandi, giornalista, segue cultura …": the job between the name and the verb
    rf"^(?:\p{{Lu}}[\p{{L}}'’.-]+\s){{1,3}}\p{{Lu}}[\p{{L}}'’.-]+,\s[^,]{{0,30}}?(?i:{EDITOR_JOBS})[^,]{{0,30}},\s{BIO_VERB}|"
    rf"^{BIO_NAME}(?i:is|was|ist|war|est|es|è|é|είναι|jest|är|—|–)\s"
    r"(?i:a|an|the|ein[e]?|un[e]?|una?|uma?|een|)\s?(?:[\p{L}'’«»\"-]+,?\s){0,6}?"
    rf"(?i:{EDITOR_JOBS})(?!\p{{L}})"
    # "Burak Şahin, 2016'dan bu yana mobil teknolojiler üzerine yazıyor.": a Turkish bio ends in its verb
    r"|^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3},\s.{3,120}?\s(?:üzerine|hakkında)\s"
    r"(?:yazıyor|yazmaktadır|haber yapıyor)\.?$"
)
# "Critique littéraire au « Regard » depuis 2016, il …": a critic's or an editor's role at the outlet, opening the bio
# under the byline's name.
EDITOR_ROLE_BIO = rx.compile(
    rf"^(?i:{EDITOR_JOBS})(?:\s\p{{Ll}}+)?\s(?i:à|au|aux|at|for|of|bei|beim|der|des|en|de|del|della|di|da|do|na|no|bij|van|"
    r"w|we|в|у|για|στην?|στο|för|på|vid)\s"
)
# "Lucía Ferrán y Diego Salcedo son periodistas de la sección Local …": two authors' bio, in the plural.
PAIR_BIO = rx.compile(
    rf"^{BIO_NAME}(?i:y|e|et|and|und|en|i|ve|και|і|и|&)\s{BIO_NAME}"
    r"(?i:son|sont|are|sind|sono|são|zijn|są|είναι|є|—|–)\s(?:[\p{L}'’-]+\s){0,3}?"
    r"(?i:journalist(?:s|en|innen)?|periodistas|journalistes|giornalist[ie]|jornalistas|verslaggevers|dziennikarze|"
    r"reporter(?:s|innen)?|redakteur(?:e|innen)|redacteuren|redactor(?:es|as)|redattori|rédact(?:eurs|rices)|gazeteciler|"
    r"δημοσιογράφοι|журналіст(?:и|ки)|журналисты|correspondent(?:s|en)|corresponsales|corrispondenti|correspondantes?s?|"
    r"writers|editors|critics|autores|autrices|auteurs)(?!\p{L})"
)
# "Over de auteurs: Sanne de Vries en Joost Hermans schrijven …", "About the author": the bio's own label.
ABOUT_THE_AUTHOR = rx.compile(
    r"^(?:about the (?:authors?|writers?)|über (?:den autor|die autorin|die autoren|die autorinnen)|"
    r"à propos de l'auteur(?:e|ice)?|sur l'auteur|sobre (?:el|la|los|las) autor(?:a|es|as)?|sull'autore|sull'autrice|"
    r"sobre (?:o|a|os) autor(?:a|es)?|over de auteurs?|over de schrijver|o autorze|o autorce|o autorach|yazar hakkında|"
    r"σχετικά με (?:τον|την) (?:συγγραφέα|αρθρογράφο)|про автора|про авторку|об авторе|om författaren|著者について|"
    r"筆者紹介|著者プロフィール)\s?(?::|：|$)"
)
def _under_bio_label(ctx: Context) -> bool:
    """Right under a bare "About the author" label, a line that opens with a name: the bio itself."""
    above = ctx.at(-1)
    if above is None or not _bio_label_text(above):
        return False
    first_words = " ".join(ctx.text.split()[:2]).rstrip(",")
    return looks_like_name(first_words)


# "京都市左京区在住のライター。", "東京在住のバックエンドエンジニア。": where the writer lives and what they do.
JA_WRITER_JOBS = (r"(?:ライター|記者|編集者|エンジニア|デザイナー|フォトグラファー|写真家|作家|研究者|会社員|翻訳家|"
                  r"イラストレーター|料理家|料理研究家|エッセイスト|ジャーナリスト|コラムニスト)")
JA_BIO = rx.compile(rf"^[^。]{{0,20}}(?:在住|出身)の[^。]{{0,16}}?{JA_WRITER_JOBS}")
# "料理家、栄養士。東京都出身。…" under "山口 早苗（やまぐち・さなえ）": the bio opens with the job, the name and its
# reading stand above it.
JA_JOB_OPENING = rx.compile(rf"^{JA_WRITER_JOBS}[、。・]")
JA_NAME_WITH_READING = rx.compile(r"^\p{Han}{1,3}[\s\u3000]?[\p{Han}\p{Hiragana}\p{Katakana}]{1,4}"
                                  r"[（(][\p{Hiragana}\p{Katakana}・\s]{2,16}[）)]$")
# "佐伯真由（さえき・まゆ） 旅行ライター。…": the writer's name, its reading, then the job.
JA_NAMED_BIO = rx.compile(rf"^\p{{Han}}{{1,3}}[\s\u3000]?[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}]{{1,4}}(?:[（(][^）)]{{2,16}}[）)]\s?[^。]{{0,12}}?"
                          rf"{JA_WRITER_JOBS}|"
                          # "佐々木 健太 ガジェットライター。年間100本以上の…": the name, a space, the job, a full stop
                          rf"[\s\u3000][^。\s]{{0,10}}?{JA_WRITER_JOBS}。)")


# "About Hannah" over "Hi, I'm Hannah! Mum of three, …": a blog's box about its writer.
ABOUT_PERSON = rx.compile(
    r"^(?:(?i:about|über|à propos de|sobre|over|o|hakkında|σχετικά με|про|об)\s\p{Lu}[\p{L}'’-]+|"
    r"(?i:about me|über mich|à propos de moi|sobre mí|chi sono|sobre mim|over mij|o mnie|hakkımda|σχετικά με εμένα|"
    r"обо мне|про мене))$"
)
ABOUT_PERSON_MAX_WORDS = 4
SELF_INTRO = rx.compile(
    r"^(?:(?:hi|hello|hey|hallo|salut|bonjour|hola|ciao|olá|oi|hoi|cześć|merhaba|γεια σας|γεια|привет|привіт)[,!]?\s+)?"
    r"(?:i'?m|i am|ich bin|je suis|je m'appelle|soy|me llamo|sono|mi chiamo|sou|chamo-me|ik ben|jestem|mam na imię|"
    r"ben|adım|είμαι|με λένε|меня зовут|я\s|мене звати)\s",
    regex.I,
)
# "Hi, I'm Hannah!", "Hallo, ich bin Jana.": a greeting, then the blogger's name.
GREETING_INTRO = rx.compile(
    r"^(?i:hi|hello|hey|hallo|salut|bonjour|hola|ciao|olá|oi|hoi|cześć|merhaba|γεια σας|γεια|привет|привіт)[,!]?\s+"
    r"(?i:i'?m|i’m|i am|ich bin|je suis|je m'appelle|soy|me llamo|sono|mi chiamo|sou|chamo-me|ik ben|jestem|mam na imię|"
    r"ben|adım|είμαι|με λένε|меня зовут|я|мене звати)\s\p{Lu}[\p{L}'’-]+[!.,]"
)
# Article text within this many blocks below the bio means the article goes on.
BIO_TEXT_REACH = 3
BIO_TEXT_MIN_WORDS = 15


# A name, then what the person is: "Thomas Brandauer ist Korrespondent …", "Rita Valadares é meteorologista …",
# "Zuzanna Michalak – studentka …"; and a sentence on what they write about.
NAME_THEN_JOB = rx.compile(
    r"^(?:\p{Lu}[\p{L}'’.-]+\s|(?:van|de|der|den|von|di|da|du|la|le|ten|ter)\s){1,4}(?:ist|is|é|est|es|è|jest|is een|är|er|—|–|-|,)\s"
)
WRITES_STEMS = ("writes", "reports", "schreibt", "berichtet", "écrit", "escribe", "scrive", "escreve", "schrijft", "pisze",
                "yazıyor", "γράφει", "пише", "skriver")
WRITES_ABOUT = rx.compile(
    r"(?i:writes about|writes on|reports on|schreibt über|berichtet über|écrit sur|escribe sobre|scrive di|escreve sobre|"
    r"schrijft over|schrijft (?:sinds \d{4} )?over|pisze o|pisze dla|hakkında yazıyor|γράφει για|пише про|пишет о|skriver om)"
    # "… e escreve no Conecta às terças-feiras", "… writes for the Courier": where the column appears
    r"|(?i:writes for|writes in|escreve (?:no|na|para)|écrit (?:dans|pour)|escribe (?:en|para)|scrive (?:su|per)|"
    r"schreibt (?:für|im|in der)|schrijft (?:voor|in)|pisze (?:w|dla)|skriver (?:i|för))\s(?:the\s|le\s|la\s|el\s|il\s|de\s|het\s)?\p{Lu}"
)

# "Margaux Lefèvre — Ancienne pâtissière reconvertie, je partage ici …": a name, a dash, what the writer is, then "I".
NAME_DASH_DESCRIPTION = rx.compile(
    r"^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\s[—–]\s(?P<what>\p{Lu}[\p{L}'’-]*)[^.!?]{0,80}?,\s"
    r"(?P<first>je|j'|j’|ich|i|yo|io|eu|ik|ja|ben|εγώ|я)\s",
)
FIRST_PERSON_OPENERS = frozenset({"je", "ich", "i", "yo", "io", "eu", "ik", "ja", "ben", "εγώ", "я"})
SIGNATURE_TEXT_BELOW_WORDS = 20


# "Zofia Wręczycka – polonistka z wykształcenia, …": a name, a dash, a lower-case description.
NAME_DASH_LOWER = rx.compile(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})\s[—–|-]\s[\p{L}\d]")
# "di Elisabetta Corradini", "By Jane Doe": the byline that names the writer, the name closing it.
BY_NAME_LINE = rx.compile(r"^(?i:by|von|par|por|di|door|przez|от|від|av|de|da|του|της)\s")
BYLINE_REACH = 40


def _named_author_bio(ctx: Context) -> bool:
    """The bio of the writer the page's date line or byline names, printed after the text."""
    m = NAME_DASH_LOWER.match(ctx.text)
    if m is None or ctx.index < BYLINE_REACH // 4:
        return False
    if " | " in ctx.text[: m.end()] and (ctx.text.count(" | ") > 1 or ctx.words < PIPE_BIO_MIN_WORDS):
        return False  # "Castelo Branco | 40 | 41 | 41" is a table's row; "Elif Karaca | 2011'den bu yana …" a bio
    return _printed_in_byline(ctx, m.group(1))


PIPE_BIO_MIN_WORDS = 8
NAME_UNDER_HEADLINE_REACH = 4


def _printed_in_byline(ctx: Context, name: str) -> bool:
    """``name`` is the writer the page's date line or byline names, above the text."""
    lines = ctx.view.canonical
    found = ctx.view.headline  # (a name alone counts only a few lines under the headline: "Elif Karaca")
    copies = found.copies if found is not None else frozenset()
    return any(name in lines[k] and len(lines[k]) <= len(name) + 60 and (
                   (lines[k].strip() == name and (any(0 < k - c <= NAME_UNDER_HEADLINE_REACH for c in copies)
                                                  or k + 1 in copies))  # (or a columnist's, right over the headline)
                   or ctx.view.date_in(lines[k]) is not None or (BY_NAME_LINE.match(lines[k]) and lines[k].rstrip().endswith(name)))
               for k in range(min(BYLINE_REACH, ctx.index)))


# "Emre Kılıçarslan Teknoloji Editörü" over "2014'ten bu yana yapay zekâ … üzerine yazıyor.": the author's card.
NAME_OPENING = rx.compile(rf"^{PERSON_RUN}")
AUTHOR_CARD_MAX_WORDS = 6


# "1981'de Ankara'da doğdu.", "Born in Leeds in 1979, she …", "Geboren 1975 in Kassel": a life that opens with a birth.
BORN_BIO = rx.compile(
    r"^(?i:born|geboren|née|né|nacid[oa]|nat[oa]|nascid[oa]|urodził\w*|родил\w*|народил\w*|γεννήθηκε|född)\s"
    r"|^\d{4}[’']?(?:de|da|te|ta)\s[^.]{0,60}?doğdu"
)


def _under_author_card(ctx: Context) -> bool:
    """A paragraph on writing (or on where she was born), under a line that opens with the byline's name (the name and
    role on the author's card)."""
    if not contains_any(ctx.lower, WRITES_STEMS) and BORN_BIO.match(ctx.text) is None:
        return False
    above = ctx.at(-1)
    if above is None or above.words > AUTHOR_CARD_MAX_WORDS or above.sentence or ctx.index < BYLINE_REACH // 4:
        return False
    m = NAME_OPENING.match(above.text)
    if m is None:
        return False
    words = m[0].split()
    return any(_printed_in_byline(ctx, " ".join(words[:n])) for n in range(2, len(words) + 1)) and _last_text(ctx)


def _blogger_signature(ctx: Context) -> bool:
    m = NAME_DASH_DESCRIPTION.match(ctx.text)
    if m is None or m["what"].casefold() in FIRST_PERSON_OPENERS or not looks_like_name(ctx.text.split(" —")[0].split(" –")[0]):
        return False
    below = ctx.at(1)
    return below is None or not (below.quality is Quality.PROSE and below.words >= SIGNATURE_TEXT_BELOW_WORDS)


# "Илья Шестаков — кандидат физико-математических наук, …": a name, a dash, then what the person is.
DASH_BIO = rx.compile(rf"^{PERSON_RUN}\s[—–]\s\p{{Ll}}")
SIGNATURE_BYLINE_MAX_WORDS = 6


def _last_text(ctx: Context) -> bool:
    """No paragraph of article length follows within a few blocks."""
    for k in range(1, BIO_TEXT_REACH + 1):
        below = ctx.at(k)
        if below is None:
            return True
        if below.quality is Quality.PROSE and below.sentence and below.words >= BIO_TEXT_MIN_WORDS:
            return False
    return True


@line_feature("bio_label")
def _bio_label_text(line: Context | LineText) -> bool:
    """A bare "About the author" label."""
    return line.words <= 5 and ABOUT_THE_AUTHOR.match(line.lower) is not None


@line_feature("bio_text")
def _bio_text(line: LineText) -> bool:
    """A line whose own text may open an author's bio (the text tests of the rules that then read its neighbours)."""
    if line.words > AUTHOR_BIO_MAX_WORDS:
        return False
    text, lower = line.text, line.lower
    return bool((line.words <= ABOUT_PERSON_MAX_WORDS and ABOUT_PERSON.match(text)) or SELF_INTRO.match(lower)
                or EDITOR_BIO.match(text) or PAIR_BIO.match(text) or contains_any(lower, WRITES_STEMS)
                or NAME_DASH_LOWER.match(text) or NAME_DASH_DESCRIPTION.match(text) or JA_BIO.search(text)
                or ROLE_BIO.match(text) or EDITOR_ROLE_BIO.match(text) or JA_JOB_OPENING.match(text)
                or BORN_BIO.match(text))


@detector(
    "CR09", "credits.author_bio", near=(("bio_label", "bio_text"), 1),
    flags=("Hi, I'm Hannah! I cook for a family of four on a tight budget in a tiny kitchen in Bristol.",
           Example("Gece yarısı frekansı sustu - Selin Aydoğdu | Yeni Ufuk\nSelin Aydoğdu\nGece yarısı frekansı sustu\n"
                   "18 Kasım 2025 Salı, 06:00\nYirmi iki yıl boyunca her gece tam on ikide açılan bir radyo kuşağı geçen cuma "
                   "sessizce kapandı.\nDinleyiciler son yayında istasyonu aradı, telefonlar sabaha kadar sustu bilmedi.\n"
                   "Program yapımcısı veda mesajını okurken sesi titriyordu, stüdyoda kimse konuşmadı.\n"
                   "İstasyon yönetimi gece kuşağının yerine otomatik müzik yayını koyacağını açıkladı.\n"
                   "İyi geceler, uyumayanlar.\nSelin Aydoğdu\n1981'de Ankara'da doğdu. 2004'ten bu yana "
                   "çeşitli gazete ve radyolarda çalıştı.", "1981'de Ankara'da doğdu. 2004'ten bu yana çeşitli gazete ve "
                   "radyolarda çalıştı.", language="tr"),
           Example("山口 早苗（やまぐち・さなえ）\n料理家、栄養士。東京都出身。企業の社員食堂での勤務を経て独立。",
                   "料理家、栄養士。東京都出身。企業の社員食堂での勤務を経て独立。", language="ja"),
           Example("山口 早苗（やまぐち・さなえ）\n料理家、栄養士。東京都出身。企業の社員食堂での勤務を経て独立。",
                   "山口 早苗（やまぐち・さなえ）", language="ja"),
           "Joanna Trethewey has been the Courier's chief reporter since 2015 and covers the coast.",
           Example("Maria Ekdahl är litteraturkritiker på Svenska Morgonposten och har tidigare varit redaktör.", language="sv"),
           Example("— Спасибо за разговор.\nБеседовал Иван Петров\nАнна Лебедева — доктор биологических наук, заведующая "
                   "лабораторией морской экологии.", "Анна Лебедева — доктор биологических наук, заведующая лабораторией "
                   "морской экологии.", language="ru"),
           Example("Pierogi z kaszą\nOpublikowano 3 listopada 2023 · Zofia Wręczycka\n1\n2\n3\n4\n5\n6\n7\n8\n9\n"
                   "Zofia Wręczycka – polonistka z wykształcenia, kucharka z zamiłowania.",
                   "Zofia Wręczycka – polonistka z wykształcenia, kucharka z zamiłowania.", language="pl"),
           Example("Yerli dil modeli tanıtıldı\nAyşe Korkmaz 9 Eylül 2025, 14:10\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
                   "Ayşe Korkmaz Teknoloji Editörü\n2014'ten bu yana yapay zekâ ve yarı iletkenler üzerine yazıyor.",
                   "2014'ten bu yana yapay zekâ ve yarı iletkenler üzerine yazıyor.", language="tr"),
           Example("Sobre a autora\nTeresa Magalhães é sócia da Mercearia do Largo desde 2016 e escreve as receitas do blogue.",
                   "Teresa Magalhães é sócia da Mercearia do Largo desde 2016 e escreve as receitas do blogue.", language="pt"),
           "Dallas Robinson is a freelance writer living in Minneapolis",
           Example("Pasta e ceci\ndi Elisabetta Corradini\n1\n2\n3\n4\n5\n6\n7\n8\n9\n"
                   "Elisabetta Corradini – Insegnante di lettere in pensione, cucino da quando avevo otto anni.",
                   "Elisabetta Corradini – Insegnante di lettere in pensione, cucino da quando avevo otto anni.", language="it"),
           Example("Margaux Lefèvre — Ancienne pâtissière reconvertie, je partage ici mes recettes de famille.", language="fr"),
           Example("Thomas Brandauer ist Korrespondent des Wirtschaftskuriers in Stuttgart und berichtet über Maschinenbau.",
                   language="de"),
           Example("Zuzanna Michalak – studentka III roku dziennikarstwa. Pisze o sprawach uczelni i akademikach.",
                   language="pl"),
           Example("Bart de Wit is meteoroloog bij Weerplein en schrijft sinds 2012 over weer en klimaat.", language="nl"),
           "Marguerite Lavoie covers the Columbia Valley for the Ledger.",
           "Jane Doe is the paper's senior political correspondent. Follow her on X.",
           "Jane Doe is an online educator, author and speaker, and the founder of a small design studio.",
           Example("Pieter de Wit (58) was notaris in Goes en schrijft om de week een column voor deze krant.",
                   language="nl"),
           Example("Il treno delle 7.12 è arrivato in orario solo due volte questo mese.\n"
                   "Marta Bellini è caporedattrice del Corriere di Valle. Scrive ogni martedì.\nCommenti (12)",
                   "Marta Bellini è caporedattrice del Corriere di Valle. Scrive ogni martedì.", language="it"),
           Example("Ο Νίκος Αλεξίου γράφει για το θέατρο από το 2010.", language="el"),
           Example("Олена Ткач – журналістка, пише про освіту.\nТеги: освіта", "Олена Ткач – журналістка, пише про освіту.",
                   language="uk"),
           Example("Deniz Arslan, 2019'dan bu yana otomobiller üzerine yazıyor.", language="tr"),
           Example("Over de auteurs: Eva Smit en Tom Bakker schrijven voor deze krant over wonen.", language="nl"),
           Example("田中美咲（たなか・みさき） 料理ライター。旬の野菜を使ったレシピを紹介しています。", language="ja"),
           Example("文化部記者\n鈴木 ひかり\n大阪府在住のライター。落語と喫茶店めぐりが趣味。", "大阪府在住のライター。落語と喫茶店めぐりが趣味。",
                   language="ja"),
           "About the author", "About Jane\nHi, I'm Jane! Mum of two and a keen baker in York. Read more →",
           Example("À propos de moi\nJe suis Claire, j'écris ce blog depuis Nantes.", "À propos de moi", language="fr"),
           Example("Η Ελένη Σταύρου είναι κριτικός θεάτρου και μεταφράστρια.\nΕτικέτες: θέατρο, κριτική",
                   "Η Ελένη Σταύρου είναι κριτικός θεάτρου και μεταφράστρια.", language="el"),
           Example("Gwenaëlle Le Bihan\nJournaliste à la rédaction de Quimper, elle suit l'environnement.",
                   "Journaliste à la rédaction de Quimper, elle suit l'environnement.", language="fr"),
           Example("Tomás Rivas es crítico de cine y profesor de Historia del Arte.", language="es"),
           Example("Sara Ortega y Luis Benítez son periodistas de la sección de Economía de este diario.", language="es"),
           Example("Claire Dupuis est cheffe et autrice de deux livres de cuisine. Elle signe ici chaque semaine.",
                   language="fr"),
           Example("Paola Ricci, giornalista, segue la cronaca giudiziaria per il quotidiano dal 2015.", language="it"),
           Example("Lena Vogt ist Food-Redakteurin bei KÜCHENZEIT und schreibt über saisonale Küche.", language="de"),
           Example("Erik Sandahl är sportreporter på Västkustposten och bevakar Strömsviks IF.", language="sv"),
           Example("Se um site insistir em rastrear, reclame à Autoridade Nacional de Proteção de Dados.\n"
                   "Renata Albuquerque é advogada, especialista em direito do consumidor, e escreve no Conecta às terças-feiras.",
                   "Renata Albuquerque é advogada, especialista em direito do consumidor, e escreve no Conecta às terças-feiras.",
                   language="pt"),
           Example("Noor Bakker studeert journalistiek en is redacteur van Het Campusblad.", language="nl"),
           Example("Ольга Мельник – студентка другого курсу, редакторка рубрики «Місто».", language="uk"),
           Example("Ayşe Kılıç, sitemizin otomotiv editörü. Elektrikli araçlar üzerine yazıyor.", language="tr"),
           Example("森田葉子（もりた・ようこ） 料理家。長野県出身。", language="ja"),
           Example("佐藤 健 ガジェットライター。年間100本以上のイヤホンを試聴する。", language="ja"),
           Example("森下ゆかり（もりした・ゆかり） 料理研究家。福岡県出身。", language="ja"),
           Example("Par Antoine Delvaux\nLe recueil paraît jeudi chez un petit éditeur de Quimper.\n"
                   "Il compte quarante poèmes, écrits sur le port pendant trois hivers.\nAntoine Delvaux\n"
                   "Critique littéraire au « Regard » depuis 2016, il suit la poésie francophone.",
                   "Critique littéraire au « Regard » depuis 2016, il suit la poésie francophone.", language="fr"),
           Example("Guarde siempre las facturas de al menos un año, recomienda la asociación.\nLucía Ferrer\n"
                   "Periodista especializada en consumo. Escribe en El Faro desde 2018.",
                   "Periodista especializada en consumo. Escribe en El Faro desde 2018.", language="es")),
    keeps=(Example("Councillor Jane Doe is a vocal critic of the plan and voted against it on Monday.\nThe council will vote "
                   "again in March, after a public consultation on the new parking charges in the town centre.",
                   "Councillor Jane Doe is a vocal critic of the plan and voted against it on Monday."),
           Example("Jean Martin — Je pense que le maire a eu tort, et je le lui ai dit.", language="fr"),
           Example("Yerli dil modeli tanıtıldı\nAyşe Korkmaz 9 Eylül 2025, 14:10\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
                   "Ayşe Korkmaz Teknoloji Editörü\n2014'ten bu yana yapay zekâ ve yarı iletkenler üzerine yazıyor.\n"
                   "Şirketin açıklamasına göre model, yaklaşık 1,2 trilyon token üzerinde eğitildi ve tek bir ekran kartında "
                   "çalışabiliyor; kaynak kodu da açık lisansla yayımlandı.",
                   "2014'ten bu yana yapay zekâ ve yarı iletkenler üzerine yazıyor.", language="tr"),
           "Jane Doe is a nurse who has worked at the hospital for 20 years.",
           Example("Dat schrijft de ACM dinsdag in een toelichting op haar website.", language="nl"),
           Example("Pieter de Wit (58) was notaris in Goes en vertelt dat hij elke week een wandeling maakt.",
                   language="nl"),
           "About the authorities' plan, the mayor said little.",
           "About Town\nThe square reopens on Friday after two years of works, the council said.",
           Example("Оксана Верес пише вірші про місто, яке чекає, — і «Світло на зупинці» робить це чекання майже відчутним: "
                   "ліхтарі, нічні маршрутки, тиша між тривогами, ранкова черга по хліб і сусідка з собакою.\nУ збірці 54 вірші, "
                   "розділені на три частини, і кожна з них починається з того самого ранку на тій самій зупинці.",
                   "Оксана Верес пише вірші про місто, яке чекає, — і «Світло на зупинці» робить це чекання майже відчутним: "
                   "ліхтарі, нічні маршрутки, тиша між тривогами, ранкова черга по хліб і сусідка з собакою.", language="uk"),
           Example("Ana Ruiz y Pedro Gil son periodistas del diario desde 2010.\nAmbos dejaron la redacción en marzo, "
                   "cuando el periódico anunció un expediente de regulación de empleo para 40 personas.",
                   "Ana Ruiz y Pedro Gil son periodistas del diario desde 2010.", language="es"),
           Example("Il sindaco, Carlo Neri, segue la vicenda da vicino, ha detto il suo portavoce ai cronisti.",
                   language="it"),
           Example("Jan de Vries woont in Goes en is voorzitter van de vereniging.", language="nl"),
           Example("Par Antoine Delvaux\nLe jury a rendu son verdict mardi.\nIl a primé trois recueils.\nLéa Morin\n"
                   "Critique littéraire au « Regard » depuis 2016, elle présidait le jury.",
                   "Critique littéraire au « Regard » depuis 2016, elle présidait le jury.", language="fr"),
           Example("Marta Gil es directora del museo desde 2019.\nEl museo recibió el año pasado a más de 80.000 "
                   "visitantes, un récord en sus cuarenta años de historia.", "Marta Gil es directora del museo desde 2019.",
                   language="es"),
           Example("The fire started in the kitchen, neighbours said.\nReporter at the scene, she filed at noon.",
                   "Reporter at the scene, she filed at noon."),
           Example("Så innan vi skriver nya riktlinjer för barnen kanske vi vuxna ska börja med oss själva.",
                   language="sv")),
)
def author_bio(ctx: Context) -> Outcome:
    """The author's bio under an article ("Jane Doe is a freelance writer …")."""
    if ctx.words > AUTHOR_BIO_MAX_WORDS:
        return None
    if ABOUT_THE_AUTHOR.match(ctx.lower):
        return "author bio (labelled)"
    if (AUTHOR_BIO.match(ctx.text) and (ctx.lower[:2] in ("ο ", "η ") or ctx.lower.split(None, 1)[0] not in ctx.view.lexicon.stopwords)
            and (ctx.words <= LONG_BIO_WORDS or not WRITES_ABOUT_BIO.match(ctx.text) or _last_text(ctx))):
        return "author bio"  # (not "Dat schrijft de ACM …": a sentence that reports what someone wrote; nor, over more
        # of the article, a review's long opening sentence on the poet it is about: "Оксана Верес пише вірші про …")
    if ("（" in ctx.text or "。" in ctx.text) and JA_NAMED_BIO.match(ctx.text):
        return "author bio"
    # (the rules above read the line alone; the ones below read its neighbours)
    if _under_bio_label(ctx):
        return "author bio (under its label)"  # "Sobre a autora" / "Teresa Magalhães é sócia da …"
    if ctx.words <= ABOUT_PERSON_MAX_WORDS and ABOUT_PERSON.match(ctx.text):
        below = ctx.at(1)
        return "header of the blogger's bio" if below is not None and SELF_INTRO.match(below.lower) else None
    if GREETING_INTRO.match(ctx.text):
        return "the blogger's greeting and bio"  # "Hi, I'm Hannah! I cook for a family of four on a tight budget …"
    if SELF_INTRO.match(ctx.lower):
        above = ctx.at(-1)
        return "the blogger's bio" if above is not None and ABOUT_PERSON.match(above.text) else None
    if (EDITOR_BIO.match(ctx.text) or PAIR_BIO.match(ctx.text)) and _last_text(ctx):
        return "author bio (after the article's last paragraph)"
    if (contains_any(ctx.lower, WRITES_STEMS) and NAME_THEN_JOB.match(ctx.text) and WRITES_ABOUT.search(ctx.text)
            and _last_text(ctx)):
        return "author bio (after the article's last paragraph)"  # "Zuzanna Michalak – studentka … Pisze o sprawach uczelni."
    if _under_author_card(ctx):
        return "the author's bio (under the card with the byline's name)"
    if _named_author_bio(ctx):
        return "the author's bio (the byline's name, then what she does)"  # "Zofia Wręczycka – polonistka z …"
    if _blogger_signature(ctx):
        return "the blogger's bio under the post"  # "Margaux Lefèvre — Ancienne pâtissière reconvertie, je partage ici …"
    if JA_BIO.search(ctx.text):
        above = ctx.at(-1)
        if above is not None and CJK_NAME.match(above.text.strip()):
            return "author bio (under the author's name)"  # "中村 あかり" over "京都市左京区在住のライター。…"
    if JA_JOB_OPENING.match(ctx.text):
        above = ctx.at(-1)
        if above is not None and JA_NAME_WITH_READING.match(above.text.strip()):
            return "author bio (under the author's name)"  # "山口 早苗（やまぐち・さなえ）" over "料理家、栄養士。…"
    if JA_NAME_WITH_READING.match(ctx.text.strip()):
        below = ctx.at(1)
        if below is not None and JA_JOB_OPENING.match(below.text):
            return "the author's name over her bio"
    if ROLE_BIO.match(ctx.text):
        above = ctx.at(-1)
        if above is not None and not above.sentence and looks_like_name(above.text):
            return "author bio (under the author's name)"
    if DASH_BIO.match(ctx.text) and _last_text(ctx):
        above = ctx.at(-1)
        if above is not None and above.prefix_key == "byline" and above.words <= SIGNATURE_BYLINE_MAX_WORDS:
            return "a bio under the signature closing the article"  # "Беседовала Анна Ковригина" / "Илья Шестаков — …"
    if EDITOR_ROLE_BIO.match(ctx.text):
        above = ctx.at(-1)  # (a critic named in the article is news: the name must be the byline's)
        if (above is not None and not above.sentence and above.words <= AUTHOR_CARD_MAX_WORDS
                and looks_like_name(above.text) and _printed_in_byline(ctx, above.text.strip())):
            return "author bio (under the byline's name)"
    return None


# A press release closes with a standard paragraph on the issuer: "About Acme: Acme is …", "Sobre el Canal: …",
# or an "About Acme" heading over it. Only among the page's last paragraphs, after the release itself.
ABOUT = rx.compile(
    r"^(?i:about|über|à propos d[eu']|acerca de|sobre|informazioni su|over|hakkında|σχετικά με|про|om)\s"
    r"(?:(?i:the|die|der|das|le|la|les|el|los|las|il|lo|de|het|a|o|os|as|το|τη|την)\s)?\p{Lu}",
)
ABOUT_LABEL_MAX_WORDS = 8
ABOUT_HEADING_MAX_WORDS = 6
ABOUT_MIN_PROSE_BEFORE = 2
ABOUT_LAST_PROSE = 2
RELEASE = ("Acme Corp opened its new recycling plant in Dayton on Monday, the company said in a statement.\n"
           "The plant will employ 140 people and process 24,000 tonnes of plastic waste a year from next spring.\n"
           "Output is expected to double in 2027 once a second line is installed, the company added.\n")


# "北辰食品株式会社について" (about the company), and the press contact block under a release.
# A Japanese release portal's card on the issuer: its heading, then fields ("企業名 株式会社…", "設立 1952年4月").
COMPANY_CARD = frozenset({"企業情報", "会社概要", "企業概要", "会社情報"})
COMPANY_FIELD = rx.compile(r"^(?:企業名|会社名|所在地|本社所在地|代表者|代表者名|設立|設立年月|資本金|上場|事業内容|従業員数|URL)[\s：:]")
COMPANY_FIELD_MAX_WORDS = 40
COMPANY_CARD_REACH = 10


def _company_card(ctx: Context) -> Outcome:
    """The card's heading with a field under it, or a field under the heading."""
    if ctx.text in COMPANY_CARD:
        below = ctx.at(1)
        return "company card heading" if below is not None and COMPANY_FIELD.match(below.text) else None
    for k in range(1, COMPANY_CARD_REACH + 1):
        above = ctx.at(-k)
        if above is None or not (above.text in COMPANY_CARD or COMPANY_FIELD.match(above.text)):
            return None
        if above.text in COMPANY_CARD:
            return "company card field"
    return None


CJK_ABOUT = rx.compile(r"^\S{2,30}(?:株式会社|会社|法人|グループ|財団|協会)について$")
PRESS_CONTACT = frozenset({
    "press contact", "media contact", "media enquiries", "pressekontakt", "kontakt für medien", "contact presse",
    "contacto de prensa", "contatti stampa", "contato para imprensa", "perscontact", "kontakt dla mediów",
    "basın iletişim", "επικοινωνία τύπου", "контакти для змі", "контакты для сми", "presskontakt", "お問い合わせ先",
    "報道関係者お問い合わせ先", "本件に関するお問い合わせ", "本件に関するお問い合わせ先",
})
# A press office's contact, written as a sentence: a phone number or an address follows.
MEDIA_ENQUIRIES = rx.compile(
    r"^(?:for (?:all |further )?)?(?:media|press) (?:enquiries|inquiries|contacts?)\b|^für presseanfragen|"
    r"^pour (?:toute demande|les demandes) (?:de )?presse|^para (?:consultas|solicitudes) de (?:prensa|medios)"
)
CONTACT_DETAIL = rx.compile(r"@|\d{3}[\s.-]?\d{3}")
MEDIA_ENQUIRIES_MAX_WORDS = 40
# The first word of every ABOUT opening, looked up before the pattern runs.
ABOUT_FIRST_WORDS = frozenset({"about", "über", "à", "acerca", "sobre", "informazioni", "over", "hakkında", "σχετικά",
                               "про", "om"})


def _near_page_end(ctx: Context, index: int, *, contact: bool = False) -> bool:
    """``index`` is among the page's last prose lines, after the release's own text.

    A contact header may stand after the last prose line (its lines are addresses and numbers).
    """
    prose = ctx.view.prose_lines()
    if contact and (not prose or index > prose[-1]):
        return len(prose) >= ABOUT_MIN_PROSE_BEFORE
    if index not in prose[-ABOUT_LAST_PROSE:]:
        return False
    return prose.index(index) >= ABOUT_MIN_PROSE_BEFORE


@detector(
    "CR14", "credits.about_box", triggers=("colon", "short", "digit"),
    flags=("For media enquiries contact the council press office on 01632 960 114 or press@example.org",
           Example(RELEASE +
                   "About Acme: Acme Corp is a chemicals maker based in Ohio with 2,000 employees.",
                   "About Acme: Acme Corp is a chemicals maker based in Ohio with 2,000 employees."),
           Example(RELEASE + "Press contact\nJane Doe, +1 555 0100", "Press contact"),
           Example(RELEASE + "###", "###"),
           Example(RELEASE.replace("\n", "。\n").replace(".。", "。") + "北辰食品株式会社について\n1952年創業。", "北辰食品株式会社について",
                   language="ja"),
           Example("企業情報\n企業名 株式会社みなと冷凍食品\n所在地 静岡県焼津市本町2-5-8", "所在地 静岡県焼津市本町2-5-8", language="ja")),
    keeps=(Example(RELEASE +
                   "About the future: the mayor said the town would need more housing soon.",
                   "About the future: the mayor said the town would need more housing soon."),
           Example(RELEASE +
                   "O que muda para os consumidores\nAs multas sobem a partir de janeiro.",
                   "O que muda para os consumidores", language="pt"),
           Example("She closed the door behind her and did not look back.\n* * *\nThe next morning the village was quiet.",
                   "* * *"),
           "About Acme: Acme Corp is a chemicals maker based in Ohio with 2,000 employees."),
)
def about_box(ctx: Context) -> Outcome:
    """The issuer's standard paragraph that closes a press release ("About Acme: Acme is …"); a release portal's
    company card ("企業情報" over "企業名 …", "所在地 …")."""
    if ctx.words <= COMPANY_FIELD_MAX_WORDS and (ctx.text in COMPANY_CARD or COMPANY_FIELD.match(ctx.text)):
        return _company_card(ctx)
    if ctx.words <= MEDIA_ENQUIRIES_MAX_WORDS and MEDIA_ENQUIRIES.match(ctx.lower) and CONTACT_DETAIL.search(ctx.text):
        return "press contact"  # "For media enquiries contact the press office on 01632 960 114 or press@…"
    if ctx.words <= ABOUT_HEADING_MAX_WORDS and not ctx.sentence and (
        (ctx.text.endswith("について") and CJK_ABOUT.match(ctx.text)) or ctx.lower.rstrip(":：") in PRESS_CONTACT
    ):
        below = ctx.at(1)
        return "about-the-issuer heading" if below and _near_page_end(ctx, below.index, contact=True) else None
    if ctx.words <= RELEASE_MARKER_MAX_WORDS and _release_marker(ctx.lower):
        return "press release marker"  # "FOR IMMEDIATE RELEASE", "– ENDS –", "###"
    above = ctx.at(-1)
    if (above is not None and ctx.quality is Quality.PROSE and _about_heading(above)
            and _near_page_end(ctx, ctx.index)):
        return "about-the-issuer paragraph"  # under "About Orchard Lane Cider Co."
    if ctx.lower.split(" ", 1)[0] not in ABOUT_FIRST_WORDS:
        return None
    m = ABOUT.match(ctx.text)
    if m is None:
        return None
    head, colon, _ = ctx.text.partition(":")
    if colon and len(head.split()) <= ABOUT_LABEL_MAX_WORDS and head[m.end() - 1:][:1].isupper():
        return "about-the-issuer paragraph" if _near_page_end(ctx, ctx.index) else None
    below = ctx.at(1)
    if not colon and _about_heading(ctx) and below is not None:
        return "about-the-issuer heading" if _near_page_end(ctx, below.index) else None
    return None


# The lines a press release prints around its text: "FOR IMMEDIATE RELEASE" over it, "– ENDS –" or "###" under it.
RELEASE_MARKERS = frozenset({
    "for immediate release", "immediate release", "ends", "end", "30", "zur sofortigen veröffentlichung",
    "ende der pressemitteilung", "pour diffusion immédiate", "fin du communiqué", "para su difusión inmediata",
    "fin del comunicado", "per la diffusione immediata", "fine del comunicato", "para divulgação imediata",
    "voor onmiddellijke publicatie", "einde persbericht",
})
RELEASE_MARKER_MARKS = " –—-*#"
RELEASE_MARKER_MAX_WORDS = 5


def _release_marker(lower: str) -> bool:
    """A release's marker line; of the lines made of marks alone, only "###" is one ("* * *" is a story's scene break)."""
    bare = lower.strip(RELEASE_MARKER_MARKS)
    return bare in RELEASE_MARKERS if bare else "###" in lower
# "About Orchard Lane Cider Co.": a heading, even when the company's name ends in an abbreviation's full stop.
COMPANY_ABBREVIATION = rx.compile(r"\s(?:co|inc|ltd|corp|plc|llc|s\.a|s\.l|n\.v|b\.v|s\.p\.a|e\.v)\.$", regex.I)


def _about_heading(ctx: Context) -> bool:
    return (ctx.words <= ABOUT_HEADING_MAX_WORDS and ABOUT.match(ctx.text) is not None and ":" not in ctx.text
            and (not ctx.sentence or COMPANY_ABBREVIATION.search(ctx.text) is not None))


# "Las opiniones expresadas … son responsabilidad exclusiva de su autora", "The views expressed are the author's
# own": the disclaimer under an opinion piece.
DISCLAIMER = rx.compile(
    r"(?<!\w)(?:opinion\w*|opinião|views|point de vue|punto de vista|ponto de vista|meinung\w*|opiniones|opinioni|opiniões|mening\w*|opinie|görüş\w*|απόψ\w*|думк\w*|"
    r"мнени\w*|åsikt\w*)(?!\w).{0,80}?(?<!\w)(?:author\w*|writer\w*|columnist\w*|autor\w*|auteur\w*|autrice|"
    r"yazar\w*|συντάκτ\w*|συγγραφ\w*|автор\w*|skribent\w*|(?:the )?editorial|redaktion\w*|rédaction|redacción|"
    r"redazione|redação|redactie|redakcj\w*|редакц\w*)(?!\w)",
    regex.I,
)
DISCLAIMER_MAX_WORDS = 30


@detector(
    "CR15", "credits.disclaimer", triggers=("opinion",),
    flags=(Example("Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora.", language="es"),
           "The views expressed in this column are the author's own.",
           Example("Мнение автора может не совпадать с позицией редакции.", language="ru"),
           Example("Cet article est une tribune, rédigée par un auteur extérieur au journal et dont le point de vue "
                   "n'engage pas la rédaction.", language="fr")),
    keeps=("The author's views on migration drew sharp criticism from the minister, who called the book "
           "dangerous and asked the publisher to withdraw it.",
           "Opinions differ on the author.",),
)
def disclaimer(ctx: Context) -> Outcome:
    """The disclaimer under an opinion piece: the views are the author's, not the paper's."""
    if ctx.words > DISCLAIMER_MAX_WORDS or ctx.words < DISCLAIMER_MIN_WORDS or DISCLAIMER.search(ctx.text) is None:
        return None
    return None if _near_article_prose(ctx) else "opinion disclaimer"


DISCLAIMER_MIN_WORDS = 6


def _near_article_prose(ctx: Context) -> bool:
    """A long sentence with long prose on both sides is the article talking about opinions."""
    return ctx.words >= 15 and all(n is not None and n.quality is Quality.PROSE and n.words >= 15
                                   for n in (ctx.at(-1), ctx.at(1)))


OUT_OF = r"(?:/|out of|of|av|von|de|su|sur|z|из|з|av|από|van|em|üzerinden)"
RATING = rx.compile(
    r"[★☆✩✪⭐]{3,}"  # ★★★★☆
    r"|[★⭐]\s?\d[.,]\d|\d[.,]\d\s?[★⭐]"  # ★4.5, 4,7 ★
    # "Voto: 8/10", "Rating: four out of five", "Avaliação da redação: 4 garfos em 5"
    rf"|^\p{{L}}+(?:\s\p{{L}}+){{0,3}}\s?:\s?(?:\d{{1,2}}(?:[.,]\d)?|one|two|three|four|five)\s?(?:\p{{L}}+\s)?{OUT_OF}"
    r"\s?(?:5|10|20|five|ten)$"
    rf"|(?<!\d)\d[.,]\d\s*{OUT_OF}\s*(?:5|10)(?!\d)"  # 4,6 von 5
    r"|(?<!\d)\d[.,]\d\s*\(\d[\d.,\s]*\p{L}+\)"  # 4,9 (318 оценок)
)
RATING_MAX_WORDS = 10


@detector(
    "CR10", "credits.rating", triggers=("digit", "short"),
    flags=("★★★★★ 4,6 von 5 (212 Bewertungen)", "Рейтинг: 4,9 (318 оценок)", "Rated 4.5 out of 5",
           "4,7 ★ (89 beoordelingen)", "Voto: 8/10", "Betyg: 4 av 5", "Rating: four out of five",
           Example("Note de la rédaction : 15/20", language="fr"), Example("Avaliação da redação: 4 garfos em 5", language="pt"), "Unsere Wertung: ★★★★☆"),
    keeps=("5. Greenleaf Organic – 6.2/10, £2.75 for 8", Example("2024 | ★★★ | Buona, piogge in vendemmia", language="it"),
           "The hotel scored 4.5 out of 5 in the survey of 3,000 guests last year.", "4.5 million"),
)
def rating(ctx: Context) -> Outcome:
    """A star rating or score badge ("★★★★★ 4,6 von 5 (212 Bewertungen)"), not a ranked entry ("5. Kale – 6.2/10")."""
    if (ctx.words <= RATING_MAX_WORDS and RATING.search(ctx.text) and not NUMBERED_ITEM.match(ctx.text)
            and ctx.text.count(" | ") < 2):
        return "rating badge"  # (not a table's row: "2024 | ★★★ | Buona, piogge in vendemmia")
    return None



GALLERY = rx.compile(
    r"^(?:\d{1,3}\s/\s\d{1,3}|"
    r"(?:photo|foto|bild|image|imagen|immagine|imagem|zdjęcie|fotoğraf|φωτογραφία|фото|写真|item)\s?\d{1,3}\s?"
    r"(?:/|of|von|de|di|van|z|из|з|av|από)\s?\d{1,3})\s?[:.–—-]?\s",
    regex.I,
)
# "Foto 1 de 6", "Bild 3 von 12" alone on a line: the counter of a gallery; the line below is its caption.
GALLERY_COUNTER = rx.compile(
    r"^(?:photo|foto|bild|image|imagen|immagine|imagem|zdjęcie|fotoğraf|φωτογραφία|фото|写真)\s?\d{1,3}\s?"
    r"(?:/|of|von|de|di|van|z|из|з|av|από)\s?\d{1,3}$|^\[\d{1,3}\s?/\s?\d{1,3}\]$"  # "[1/2]" under a slide's caption
    r"|^\d{1,3} / \d{1,3}$",  # "1 / 13" alone on its line: the slide counter
    regex.I,
)
GALLERY_COUNTER_MAX_WORDS = 4
# "Galleria fotografica (12 foto)", "Photo gallery: 8 photos", "Bildergalerie (15 Bilder)": a gallery and its size.
GALLERY_COUNT = rx.compile(
    r"^(?:photo ?gallery|gallery|galleria(?: fotografica)?|foto ?galerie|bilder ?galerie|bildergalerie|"
    r"galerie(?: photos?)?|galería(?: de fotos| de imágenes)?|galeria(?: de fotos| zdjęć)?|fotogalerij|foto ?galeri|"
    r"φωτογραφίες|фотогалерея|фоторепортаж|bildgalleri)\s?[(:–—-]?\s?\d{1,3}\s?(?:photos?|pictures|images|foto|fotos|"
    r"bilder|imágenes|immagini|imagens|zdjęć|fotoğraf|φωτογραφίες|фото|bilder)?\)?$"
    # "FOTO GALERİ | Hasan Usta'nın fırınından kareler (12 fotoğraf)": the gallery's title, then its size
    r"|^(?:photo ?gallery|gallery|galleria|foto ?galerie|bildergalerie|galerie|galería|galeria|fotogalerij|foto ?galeri|"
    r"фотогалерея|bildgalleri)\s?[|:–—-]\s?[^()]{2,80}\(\d{1,3}\s?(?:photos?|pictures|images|foto|fotos|bilder|imágenes|"
    r"immagini|imagens|zdjęć|fotoğraf|φωτογραφίες|фото)\)$"
    # "Bildergalerie: Sturmflut in Hamburg – 12 Bilder": the size after a dash
    r"|^(?:photo ?gallery|gallery|galleria|foto ?galerie|bildergalerie|galerie|galería|galeria|fotogalerij|foto ?galeri)"
    r"\s?[|:–—-]\s?[^()]{2,80}\s[–—-]\s\d{1,3}\s(?:photos|pictures|fotos|foto|bilder|zdjęć|fotoğraf|immagini|imágenes|imagens)$"
    # "Galeria: Alzira Menezes em 12 fotografias", "Gallery: the flood in 14 pictures": the size closing the title
    r"|^(?:photo ?gallery|gallery|galleria|foto ?galerie|bildergalerie|galerie|galería|galeria|fotogalerij|foto ?galeri|"
    r"fotogaleria|φωτογραφίες|фотогалерея|галерея|bildgalleri)\s?[|:–—]\s?[^()]{2,80}\s\d{1,3}\s(?:photos|photographies|"
    r"pictures|images|fotos|fotografias|fotografie|foto|bildern?|zdjęciach|zdjęć|fotoğrafta|fotoğraf|imágenes|immagini|"
    r"imagens|φωτογραφίες|фотографиях|фото|світлинах)$"
    # "Galeriye git (48 fotoğraf)", "Zur Galerie (12 Bilder)": the link and the gallery's size
    r"|^(?:galeriye git|zur (?:bilder)?galerie|go to (?:the )?gallery|voir la galerie|ir a la galería|vai alla galleria|"
    r"ver galeria|naar de fotoserie|przejdź do galerii)\s?\(\d{1,3}\s?\w+\)$",
    regex.I,
)
GALLERY_TITLE_MAX_WORDS = 20
# "この記事の写真（5枚）", "【写真】サヨナラ打を放つ佐藤", "すべての画像": links to a Japanese page's pictures.
CJK_GALLERY = rx.compile(r"^(?:この記事の)?(?:写真|画像|動画)(?:一覧)?[（(]\d+(?:枚|本)[）)]$|^【(?:写真|画像|動画)】|"
                            r"^(?:すべての|全ての)?(?:写真|画像)(?:一覧|を見る)?$|"
                            # a release portal's downloads: "画像ダウンロード（3点）", "このリリースの素材をダウンロード（画像3点）"
                            r"^(?:この(?:プレス)?リリースの)?(?:画像|素材|写真)(?:を)?ダウンロード[（(](?:画像)?\d+点[）)]$")
GALLERY_LINK = rx.compile(
    r"^(?:see|view|show|alle|toutes|voir|ver|todas|tutte|vedi|bekijk|alle|zobacz|wszystkie|tüm|δείτε|όλες|"
    r"дивитися|переглянути|всі|смотреть|посмотреть|все|visa|se|alla)\b.{0,25}\b(?:photos?|pictures|images|gallery|fotos|bilder|"
    r"galerie|galería|galleria|foto|zdjęcia|fotoğraflar|φωτογραφίες|фото|bilderna)(?:'s|s)?\W*$",
    regex.I,
)


@line_feature("gallery_counter")
def _gallery_counter_text(line: LineText) -> bool:
    """A photo gallery's counter alone: "1 / 12", "[1/2]", "Foto 1 de 6"."""
    return line.words <= GALLERY_COUNTER_MAX_WORDS and GALLERY_COUNTER.match(line.text) is not None


@detector(
    "CR11", "credits.gallery", near=(("gallery_counter",), 1),
    flags=(Example("FOTO GALERİ | Sahilde bir gün (9 fotoğraf)", language="tr"),
           "1 / 5 Le manteau rouille à double boutonnage qui ouvrait le défilé.",
           "Foto 2 van 4: Akkerbouwer Harm Hemmes bekijkt zijn pootgoed.", "Voir toutes les photos",
           Example("Bekijk alle foto's", language="nl"), Example("Foto 1 de 6", language="pt"),
           "Item 1 of 2 Workers gather outside the mine in Antofagasta, Chile, March 10, 2025.",
           "[1/2]", "3 / 13", Example("この記事の写真（5枚）", language="ja"), Example("Galleria fotografica (12 foto)", language="it"),
           Example("Galeria: Alzira Menezes em 12 fotografias", language="pt"),
           Example("Fotoğraf Galerisi\n1 / 12\nOyuncu, imza töreninde forma ile poz verdi.",
                   "Oyuncu, imza töreninde forma ile poz verdi.", language="tr"), Example("【写真】サヨナラ打を放ち、ナインに迎えられる佐藤", language="ja")),
    keeps=("1/5 of the budget went to schools, the council said.", "1 of 5 people said they would move.", "24/7",
           "See the photos of the week in our archive, sorted by date."),
)
def gallery(ctx: Context) -> Outcome:
    """A photo-gallery caption ("2 / 5 …", "Foto 2 van 4: …") or its "see all photos" link."""
    if GALLERY.match(ctx.text):
        return "gallery caption"
    if CJK_GALLERY.match(ctx.text) or (ctx.words <= GALLERY_TITLE_MAX_WORDS and GALLERY_COUNT.match(ctx.text)):
        return "gallery link"
    if ctx.words <= GALLERY_COUNTER_MAX_WORDS and GALLERY_COUNTER.match(ctx.text):
        return "gallery counter"

    if ctx.words <= 6 and GALLERY_LINK.match(ctx.text):
        return "gallery link"
    if ctx.words <= GALLERY_CAPTION_MAX_WORDS and (above := ctx.at(-1)) is not None and "gallery_counter" in above.features:
        return "caption under a gallery's counter"  # "1 / 12" over "Rafael Monteiro, imza töreninde forma ile poz verdi."
    return None


GALLERY_CAPTION_MAX_WORDS = 30


# "When you purchase through links on our site, we may earn an affiliate commission", "erhalten wir eine Provision":
# the site says it is paid for purchases made through its links (first person: an article about commissions is text).
AFFILIATE = rx.compile(
    r"(?<!\w)we (?:may |might |could |will |can )?(?:earn|receive|get|make) (?:an? |some )?(?:small )?(?:affiliate )?commission|"
    r"as an amazon associate,? (?:i|we) earn|(?:this|the) (?:post|article|page|story) (?:may )?contains? affiliate links|"
    r"περιέχει (?:\w+ )?συνδέσμου[σς] συνεργατών|(?:enthält|contient|contiene|contém|bevat|zawiera|może zawierać|"
    r"kann|peut contenir|puede contener|può contenere|pode conter|kan) (?:\w+ )?"
    r"(?:affiliate-links|liens affiliés|liens d'affiliation|enlaces de afiliados|link di affiliazione|links de afiliados|"
    r"affiliate links|affiliatelinks|linki afiliacyjne)|"
    r"(?:erhalten|bekommen) wir (?:\w+ ){0,2}(?:eine |ggf\. eine )?(?:kleine )?(?:provision|vergütung)|"
    r"(?<!\w)nous (?:pouvons )?(?:percevons|percevoir|touchons|toucher|recevons|recevoir) une (?:petite )?commission|"
    r"(?:recibimos|podemos recibir|percibimos|obtenemos|ganamos|puede recibir|pueden recibir|podría recibir) una (?:pequeña )?comisión|"
    r"(?:may|might|can|could) (?:receive|earn|get) (?:an? |some )?(?:small )?(?:affiliate )?commission|"
    r"(?:peut|pourrait|peuvent) (?:percevoir|toucher|recevoir) une (?:petite )?commission|"
    r"(?:kann|können) (?:\w+ ){0,3}(?:eine )?(?:kleine )?provision (?:erhalten|bekommen)|"
    r"(?:può|possono|potrebbe) (?:ricevere|percepire) una (?:piccola )?commissione|(?:pode|podem) (?:receber|ganhar) uma (?:pequena )?comissão|"
    r"(?:riceviamo|potremmo ricevere|percepiamo|guadagniamo) una (?:piccola )?commissione|"
    r"(?:recebemos|podemos receber|ganhamos) uma (?:pequena )?comissão|"
    r"(?:kan|får) vi (?:få |ta emot )?(?:en )?(?:liten )?(?:provision|ersättning)|"
    r"(?:ontvangen|krijgen) (?:wij|we) (?:mogelijk )?(?:een )?(?:kleine )?(?:commissie|vergoeding)|"
    r"(?:otrzymujemy|możemy otrzymać|dostajemy) (?:niewielką )?prowizję|"
    r"(?:küçük )?bir komisyon (?:alabiliriz|alıyoruz|kazanabiliriz|kazanıyoruz)|"
    r"(?:получаем|можем получить|получим) (?:небольшую )?комисси|(?:отримуємо|можемо отримати|отримаємо) (?:невелику )?комісі|"
    r"(?:может|могут) (?:получать|получить) (?:небольшую )?комисси|(?:може|можуть) (?:отримувати|отримати) (?:невелику )?комісі|"
    r"アフィリエイト(?:プログラム|広告)を(?:利用|使用|掲載)"
)
# A blogger writes in the first person singular ("je touche une petite commission", "I may earn a commission"):
# taken only in a line that also names the affiliate links, since a quoted agent says "I get a commission" too.
AFFILIATE_SINGULAR = rx.compile(
    r"(?<!\w)i (?:may |might |could |will |can )?(?:earn|receive|get|make) (?:an? |some )?(?:small )?(?:affiliate )?commission|"
    r"(?:erhalte|bekomme) ich (?:\w+ ){0,2}(?:eine )?(?:kleine )?(?:provision|vergütung)|"
    r"(?<!\w)je (?:peux )?(?:perçois|percevoir|touche|toucher|reçois|recevoir) une (?:petite )?commission|"
    r"(?:recibo|puedo recibir|gano) una (?:pequeña )?comisión|(?:ricevo|potrei ricevere|guadagno) una (?:piccola )?commissione|"
    r"(?:recebo|posso receber|ganho) uma (?:pequena )?comissão"
)
AFFILIATE_WORD = rx.compile(r"affili|afili")
# "The writer travelled as a guest of …", "Die Reise wurde vom Hersteller unterstützt", "A Fugas viajou a convite da …":
# the host who paid for the trip a report comes from.
PRESS_TRIP = rx.compile(
    # (and a story a partnership scheme paid for: "This article was produced by a Local Democracy Reporter as part of …")
    r"produced by (?:a|the) local democracy report(?:er|ing service)|local democracy reporting service|"
    r"travel(?:l)?ed (?:\w+ ){0,3}as (?:a )?guests? of|(?:this|the) (?:trip|travel|stay|visit) was (?:paid for|provided|funded|"
    r"supported|sponsored|hosted) by|"
    r"(?:reise|pressereise|recherchereise|fahrvorstellung|fahrveranstaltung)\b.{0,50}?\bwurde\b.{0,40}?"
    r"(?:unterstützt|bezahlt|finanziert|übernommen|ermöglicht)|"
    r"(?:voyage|séjour|reportage) a été (?:réalisé|effectué|organisé|financé|offert|pris en charge)\b.{0,40}?(?:invitation|frais|par)|"
    r"viaj(?:ó|aron|amos) (?:invitad[oa]s? por|por invitación de|a cargo de)|viaje (?:fue|ha sido) (?:financiado|pagado|organizado) por|"
    r"viaggio (?:è stato )?(?:offerto|organizzato|finanziato|pagato) da|ha viaggiato (?:su invito|ospite) d|"
    r"viaj(?:ou|aram|ámos) a convite d|viagem foi (?:paga|oferecida|financiada|organizada) (?:pel|por)"
)
# "Este contenido … no sustituye en ningún caso la consulta con un profesional sanitario": no medical advice.
MEDICAL = rx.compile(
    r"(?:not|no) (?:a )?substitute for (?:professional )?medical|does not (?:constitute|replace) (?:professional )?medical advice|"
    r"ersetz(?:t|en) (?:keine|nicht (?:die|den|eine)) (?:ärztliche|arzt|medizinische|fachärztliche)|"
    r"ne (?:remplace|se substitue) (?:pas|en aucun cas) (?:à )?(?:une |la |l')?(?:consultation|avis) (?:médical|d'un (?:médecin|professionnel))|"
    r"no sustituye (?:en ningún caso )?(?:a )?(?:la )?(?:consulta|opinión|diagnóstico)|"
    r"non sostituisce (?:in alcun modo )?(?:il |la )?(?:parere|consulto|consulenza|visita) (?:del |di un |medic)|"
    r"não substitui (?:a |o )?(?:consulta|opinião|aconselhamento|diagnóstico) (?:médic|de um|com)|"
    r"não dispensa (?:a |o )?(?:consulta|opinião|aconselhamento|diagnóstico) (?:médic|de um|com)|"
    r"no (?:exime|reemplaza) (?:de )?(?:la |el )?(?:consulta|opinión|diagnóstico) (?:médic|de un|con)|"
    r"не (?:замінює|заменяет) (?:\w+ ){0,2}(?:консультаці|консультаци|поради|совета|огляду|осмотра)\w* (?:\w+ )?(?:лікар|врач|фахівц|специалист)|"
    r"nie zastępuje (?:\w+ ){0,2}(?:konsultacji|porady|wizyty)(?: lekarskiej| z lekarzem| u lekarza| ze specjalistą)|"
    r"vervangt geen (?:\w+ ){0,2}(?:medisch advies|advies van een arts|consult)|"
    r"ersätter inte (?:\w+ ){0,2}(?:läkar|medicinsk rådgivning|vårdpersonal)|"
    r"(?:doktor|hekim)\w* (?:\w+ ){0,2}(?:yerine geçmez|yerini tutmaz)|"
    r"δεν αντικαθιστ\w+ (?:\w+ ){0,3}(?:γνώμη|συμβουλή|εξέταση|διάγνωση) (?:\w+ ){0,2}(?:γιατρ|ιατρ|ειδικ)|"
    r"δεν αντικαθιστ\w+ (?:\w+ ){0,2}ιατρικ\w+ (?:γνώμη|συμβουλ|εξέταση|διάγνωση)"
)
# "A autora escreve segundo o antigo acordo ortográfico": the spelling the author keeps.
SPELLING = rx.compile(r"(?:escreve|escrito|redigido) (?:\w+ ){0,3}(?:acordo ortográfico|ortografia)|não segue o (?:novo )?acordo ortográfico")
# "Why you can trust GadgetRadar", "Warum Sie uns vertrauen können": the header of a review site's standards box.
TRUST_HEADER = rx.compile(
    r"^(?:why (?:you can )?trust (?:us|[\w .'’-]{1,30})|warum (?:sie|du) (?:uns|[\w .'’-]{1,30}) vertrauen (?:können|kannst)|"
    r"pourquoi (?:nous )?faire confiance(?: à [\w .'’-]{1,30})?|por qué (?:puedes )?confiar en (?:nosotros|[\w .'’-]{1,30})|"
    r"perché fidarsi di (?:noi|[\w .'’-]{1,30})|porque (?:pode )?confiar (?:em nós|n[ao]s? [\w .'’-]{1,30}))\s?\??$"
)
TRUST_HEADER_MAX_WORDS = 8
# "※本記事は、企業から提供されたプレスリリースを原文のまま掲載しています。", "This press release is published
# unedited": the site says it prints a company's release as received (news that cites a release says more).
RELEASE_AS_IS = rx.compile(
    r"(?:press release|pressemitteilung|communiqué|comunicado|comunicato|persbericht|informacj\w* prasow\w*|"
    r"basın bülten\w*|δελτίο τύπου|прес-реліз\w*|пресс-релиз\w*|プレスリリース)"
    r".{0,60}?(?:unedited|as (?:received|supplied|provided)|verbatim|unverändert|im wortlaut|tel quel|sans modification|"
    r"sin editar|tal cual|integralmente|così come|na íntegra|ongewijzigd|bez zmian|aynen|αυτούσι\w*|без змін|"
    r"без изменений|原文のまま|そのまま|"
    # "Bu içerik … basın bülteninden alınmıştır. İçerikten … sorumlu değildir": taken from a release, and the
    # site answers not for its content
    r"alınmıştır|(?:content|contenu|contenido|contenuto|conteúdo|inhalt|inhoud|treść|içerik)\w*.{0,40}?"
    r"(?:sorumlu değil|not responsible|no responsibility|keine (?:haftung|verantwortung)|n'engage pas|"
    r"no se hace responsable|non è responsabile|não se responsabiliza|niet verantwoordelijk|nie odpowiada))"
    r"|(?:provided|supplied) by the company.{0,30}press release|企業から提供されたプレスリリース"
    # a release portal's small print and media notice: "※本プレスリリースに記載された内容は発表日現在のものです。"
    r"|本(?:プレス)?リリースに記載された(?:内容|情報)は|このプレスリリースには、メディア関係者向けの情報があります"
)
# "Keine Anlageberatung. Alle Angaben ohne Gewähr.", "This is not investment advice": a markets page's small print.
NO_ADVICE = rx.compile(
    r"keine anlageberatung|alle angaben ohne gewähr|(?:not|no) (?:an? )?(?:investment|financial) advice|"
    r"ne constitue pas un conseil en investissement|no constituye (?:una )?(?:recomendación|asesoramiento) de inversión|"
    r"non costituisce (?:una )?(?:consulenza|sollecitazione) (?:finanziaria|all'investimento)|geen beleggingsadvies|"
    r"nie stanowi (?:porady|rekomendacji) inwestycyjnej|nie stanowi rekomendacji w rozumieniu|yatırım tavsiyesi değildir|"
    r"yatırım danışmanlığı kapsamında değildir"
)
# "Correction: An earlier version of this article said …": the editors' note on a mistake they mended.
CORRECTION = rx.compile(
    r"^(?:correction|clarification|korrektur(?:hinweis)?|berichtigung|richtigstellung|rectificatif|correctif|erratum|"
    r"corrección|fe de errores|rettifica|correzione|errata corrige|correção|correcção|correctie|rectificatie|sprostowanie|korekta|"
    r"düzeltme|διόρθωση|виправлення|поправка)\s?[:：]|^訂正[：:]|"
    r"an earlier version of this (?:article|story)|in einer früheren (?:version|fassung) (?:dieses|des) (?:artikels|textes|beitrags)|"
    r"une (?:précédente|première) version de cet article|una versión anterior de (?:este|esta) (?:artículo|noticia)|"
    r"una (?:versione precedente|precedente versione) di questo articolo|uma versão anterior (?:deste|desta) (?:artigo|notícia)|"
    r"een eerdere versie van dit artikel|wcześniejsza wersja (?:tego )?artykułu|haberin önceki versiyonunda|"
    r"this (?:article|story) (?:was|has been) (?:amended|corrected|updated) .{0,60}?to (?:correct|clarify)|"
    r"this (?:article|story) (?:was|has been) (?:amended|corrected) on [^.]{3,30}\.\s?an earlier version|"
    r"in einer früheren version hieß es|"
    # "Corrigido às 13:40: …", "Corrected at 09:12: …": when the text was put right, then how
    r"^(?:corrigido|corrected|corrigé|corregido|corretto|korrigiert|gecorrigeerd|poprawiono|düzeltildi)\s.{0,40}?[:：]\s"
)
# "Bu yazı Gurme Rota'nın Mayıs 2025 sayısında yayımlanmıştır.", "This article first appeared in …": where the text
# was printed first.
FIRST_PRINTED = rx.compile(
    r"^(?:this (?:article|story|piece) (?:was )?(?:first |originally )?(?:appeared|published|ran) in|"
    r"(?:cet article|cette enquête|ce reportage) (?:est )?(?:issue?|tirée?|extraite?) d[eu']\s?(?:notre |la |l')?|"
    r"(?:dieser |dieses |diese )?(?:artikel|beitrag|text|interview|reportage) (?:ist )?(?:zuerst |erstmals )?"
    r"(?:erschien|erschienen) (?:zuerst |erstmals )?in|content provided by|republished (?:under|with) (?:licen[cs]e|permission)|"
    r"cet article a (?:d'abord |initialement |été initialement )?(?:été )?publié dans|"
    r"este artículo (?:se publicó|fue publicado|apareció) (?:originalmente |primero )?en|"
    r"questo articolo è (?:stato )?(?:pubblicato|apparso) (?:originariamente |per la prima volta )?(?:su|in|nel)|"
    r"este artigo foi (?:originalmente )?publicado|dit (?:artikel|interview) verscheen (?:eerder |eerst |ook |oorspronkelijk )?in|"
    r"artykuł (?:pochodzi z|ukazał się w) (?:wydani|numer|magazyn)|bu (?:yazı|haber|makale) .{0,60}(?:sayısında|sayımızda) "
    r"yay[ıi]mlanmıştır|(?:το )?άρθρο δημοσιεύ(?:θηκε|εται) (?:αρχικά |πρώτα |και )?(?:στ|στο|στην)|стаття (?:вперше )?(?:опублікована|вийшла) в|"
    # "この記事は3月12日放送「ゆうがたひかり」の内容をもとに作成しました。": made from a broadcast
    r"この記事は.{0,40}(?:放送|番組|掲載).{0,24}(?:をもとに|を基に|を元に)(?:作成|再構成|構成|加筆))"
)
# "A Checagem Aberta é signatária do Código de Princípios da Rede Internacional de Checagem de Fatos (IFCN).": a
# fact-checker's membership line.
FACT_CHECK_STANDARDS = rx.compile(
    r"(?:signatory|signataire|signatária|signatario|firmatari|ondertekenaar|sygnatariusz|imzacı|υπογράφ|підписант)\w*"
    r".{0,80}(?:ifcn|fact-checking network|principles|principes|princípios|principios|principi)"
    r"|international fact-checking network|rede internacional de checagem|réseau international de fact-checking"
)
# "This article was produced with the help of AI", "Dieser Artikel wurde maschinell übersetzt.", "Diese Audioversion
# wurde künstlich generiert.": how the text or its audio was made.
AUTOMATED = rx.compile(
    # (about the article itself: "The company built the tool with the help of AI researchers" is news)
    r"^(?=.*(?<!\w)(?:this|dieser|diese|dieses|cet|cette|ce|este|esta|questo|questa|deze|dit|ten|ta|bu|αυτό|αυτή|цей|"
    r"ця|этот|эта|この|article|artikel|beitrag|noticia|notizia|articolo|artigo|texto|text|texte|audio\w*|material|matéria|"
    r"artykuł|haber|άρθρο|матеріал|статья|記事|version|versie|versión|versione|versão)(?!\w))"
    r"(?:.*?)(?:(?:with (?:the )?(?:help|assistance|support) of|using|by) (?:an? )?(?:ai|artificial intelligence|generative ai)(?!\w)|"
    r"mit (?:hilfe|unterstützung) (?:von |einer )?(?:ki|künstlicher intelligenz)(?!\w)|"
    r"(?:avec l'aide de|à l'aide de|grâce à) (?:l'|une )?(?:ia|intelligence artificielle)(?!\w)|"
    r"con (?:la )?(?:ayuda|asistencia) de (?:la )?(?:ia|inteligencia artificial)(?!\w)|"
    r"con (?:l'ausilio|l'aiuto|il supporto) (?:dell'|di )(?:ia|intelligenza artificiale)(?!\w)|"
    r"com (?:a )?(?:ajuda|assistência|recurso) (?:de|à|a) (?:ia|inteligência artificial)(?!\w)|"
    r"met (?:behulp|hulp) van (?:ai|kunstmatige intelligentie)(?!\w)|"
    r"przy (?:pomocy|użyciu|wsparciu) (?:ai|sztucznej inteligencji)(?!\w)|yapay zeka (?:desteğiyle|yardımıyla|kullanılarak)|"
    r"με (?:τη βοήθεια|χρήση) (?:της )?(?:τεχνητής νοημοσύνης|ai)|за допомогою штучного інтелекту|"
    r"с помощью искусственного интеллекта|(?:生成)?aiを(?:活用|使用|利用)して|"
    r"(?:translated automatically|automatically translated|machine[- ]translated|maschinell übersetzt|automatisch übersetzt|"
    r"traduit automatiquement|traducción automática|traducido automáticamente|tradotto automaticamente|"
    r"traduzione automatica|traduzido automaticamente|automatisch vertaald|przetłumaczon\w* automatycznie|"
    r"otomatik olarak çevril|μεταφράστηκε αυτόματα|перекладено автоматично|переведен\w* автоматически|機械翻訳)|"
    r"(?:audio|audioversion|audioversie|version audio|voice|stimme|voix|voz|voce)\b.{0,40}?(?:is |was |wurde |est |a été |"
    r"es |fue |è |é |foi |is |wordt )?(?:generated|generiert|gegenereerd|générée?|generad[ao]|generat[ao]|gerad[ao]|"
    r"künstlich|synthetic|synthétique|sintétic[ao]|sintetic[ao]))"
)
# "AI-generated summary: …", "Zusammenfassung (KI-generiert): …": a machine's summary of the article, labelled so.
AI_SUMMARY = rx.compile(
    r"^(?:ai[- ]generated summary|summary \(ai[- ]generated\)|ai summary|ki-generierte zusammenfassung|"
    r"zusammenfassung \(ki(?:-generiert)?\)|ki-zusammenfassung|résumé généré par (?:l'|une )?ia|résumé \(ia\)|"
    r"resumen generado (?:por|con) (?:la )?ia|resumen \(ia\)|riassunto generato (?:dall'|con l')?ia|sintesi (?:generata )?(?:dall'|con l')?ia|"
    r"resumo gerado (?:por|com) (?:a )?ia|samenvatting \(ai\)|ai-samenvatting|podsumowanie (?:wygenerowane przez )?ai|"
    r"yapay zeka özeti|περίληψη (?:από )?ai|підсумок від ші|краткое содержание от ии|ai要約|aiによる要約)\s?[:：]"
)
AFFILIATE_REASON = "affiliate notice"
DISCLOSURES = ((AFFILIATE_REASON, AFFILIATE), ("summary written by AI", AI_SUMMARY), ("note on how the text or its audio was made", AUTOMATED), ("correction note", CORRECTION), ("press-trip disclosure", PRESS_TRIP), ("medical disclaimer", MEDICAL),
               ("spelling note", SPELLING), ("press release printed as received", RELEASE_AS_IS),
               ("investment disclaimer", NO_ADVICE), ("note on where the text first appeared", FIRST_PRINTED),
               ("fact-checkers' standards", FACT_CHECK_STANDARDS))
# A substring of every notice above: tested first (the detector looks at every line up to this length).
DISCLOSURE_STEMS = ("アフィリエイト", "local democracy", "summary", "zusammenfassung", "résumé", "resumen", "riassunto", "sintesi", "resumo", "samenvatting",
                    "podsumowanie", "özeti", "περίληψη", "підсумок", "краткое", "要約", "artificial", "künstlich", "artificielle", "artificiale", "kunstmatige", "sztucznej", "yapay zeka",
                    "τεχνητής", "штучного", "искусственного", " ai", " ki", " ia", "aiを", "übersetzt", "tradu", "vertaald",
                    "tradott", "przetłumacz", "çevril", "μεταφράστ", "переклад", "переведен", "翻訳", "generat", "generiert", "gegenereerd",
                    "généré", "generad", "gerad", "synthe", "synthé", "sintétic", "sintetic", "commission", "affiliate", "associate", "συνεργατών", "affili", "afili", "anlageberatung", "gewähr", "advice", "conseil", "inversión",
                    "consulenza", "sollecitazione", "beleggingsadvies", "inwestycyjn", "rekomendacji", "tavsiye", "provision", "vergütung", "comisión", "commissione", "comissão", "travel", "trip", "stay",
                    "visit", "reise", "fahr", "voyage", "séjour", "reportage", "viaj", "viagg", "viag", "medic", "médic",
                    "ärzt", "arzt", "sustituye", "sostituisce", "substitui", "dispensa", "exime", "reemplaza", "ortogr", "ersättning", "commissie",
                    "vergoeding", "prowizj", "komisyon", "комісі", "комисси", "замінює", "заменяет", "zastępuje",
                    "vervangt", "ersätter", "yerine", "yerini", "αντικαθιστ", "release", "pressemitteilung", "communiqué",
                    "comunicado", "comunicato", "persbericht", "prasow", "bülten", "δελτίο", "реліз", "релиз",
                    "プレスリリース", "correct", "corrig", "korrig", "poprawion", "clarif", "korrek", "berichtig", "richtigstell", "rectif",
                    "erratum", "fe de errores", "rettific", "correzion", "precedente versione", "errata", "correç", "correcç", "corrección", "sprostow",
                    "düzelt", "διόρθ", "виправ", "поправ", "訂正", "earlier version", "früheren version",
                    "version de cet", "versión anterior", "versione precedente", "versão anterior", "eerdere versie",
                    "wcześniejsza wersja", "önceki versiyon", "appeared in", "published in", "erschien", "publié dans",
                    "publicó", "publicado", "pubblicato", "apparso", "verscheen", "pochodzi z", "ukazał się", "yayımlanmış", "をもとに",
                    "を基に", "を元に",
                    "yayınlanmış", "δημοσιεύθηκε", "δημοσιεύεται", "content provided", "republished", "est issu", "est tiré", "est extrait", "опублікован", "вийшла в", "ifcn", "fact-checking network", "checagem")
DISCLOSURE_MAX_WORDS = 45
# A press-trip sentence among long paragraphs is the article reporting someone's visit, unless a label
# ("Hinweis:", "Disclosure:") sets it apart.
TRIP_ARTICLE_WORDS = 15
NOTE_LABEL = rx.compile(r"^\*?\s?\p{L}{2,14}\s?:")


@line_feature("trust_header")
def _trust_header_text(line: Context | LineText) -> bool:
    """"Why you can trust us", "Warum Sie uns vertrauen können": a trust box's header."""
    return line.words <= TRUST_HEADER_MAX_WORDS and TRUST_HEADER.match(line.lower) is not None


@line_feature("disclosure")
def _disclosure_text(line: LineText) -> bool:
    """A line that may be a disclosure: short enough, with a word every disclosure holds."""
    return line.words <= DISCLOSURE_MAX_WORDS and contains_any(line.lower, DISCLOSURE_STEMS)


@detector(
    "CR16", "credits.disclosure", near=(("trust_header", "disclosure"), 1),
    flags=("This article was produced by a Local Democracy Reporter as part of a partnership between the BBC and local news "
           "organisations.",
           Example("Materiał nie stanowi rekomendacji w rozumieniu przepisów rozporządzenia MAR.", language="pl"),
           Example("Corrigido às 13:40: a primeira partida é às 6h40 e não às 6h30, como inicialmente escrito.", language="pt"),
           Example("Αυτό το άρθρο περιέχει συνδέσμους συνεργατών.", language="el"),
           Example("Correzione: in una precedente versione di questo articolo la data dell'assemblea era indicata al 3 maggio.",
                   language="it"),
           Example("※本記事はアフィリエイトプログラムを利用しています。", language="ja"),
           "AI-generated summary: The council raised parking fees by 20 percent.",
           "This article was amended on 5 March 2025. An earlier version gave the publication year of Salt and Wood as 1977.",
           Example("この記事は3月12日放送「ゆうがたひかり」の内容をもとに作成しました。", language="ja"),
           Example("Zusammenfassung (KI-generiert): Die Stadt erhöht die Gebühren.", language="de"),
           Example("Circuito Digital puede recibir una comisión por las compras realizadas a través de los enlaces de este "
                   "artículo. Esto no influye en nuestra opinión.", language="es"),
           Example("Este artigo tem caráter meramente informativo e não dispensa a consulta de um profissional de saúde.",
                   language="pt"),
           "This article was produced with the help of AI and reviewed by an editor.",
           Example("Dieser Artikel wurde maschinell übersetzt.", language="de"),
           Example("Deze audioversie is automatisch gegenereerd.", language="nl"),
           Example("Bu yazı Gurme Rota'nın Mayıs 2025 sayısında yayımlanmıştır.", language="tr"),
           Example("Artykuł pochodzi z wydania 9/2024 „Przeglądu Spedycyjnego”", language="pl"),
           "This article first appeared in The Conversation.",
           Example("Dieses Interview erschien zuerst in Taktwerk 5/2024.", language="de"),
           Example("Dit artikel verscheen ook in de printeditie van SierteeltVisie, week 15.", language="nl"),
           Example("Το άρθρο δημοσιεύεται και στην έντυπη έκδοση της Κυριακής, σελ. 14.", language="el"),
           "Content provided by Reuters. Republished under licence.",
           Example("A Checagem Aberta é signatária do Código de Princípios da Rede Internacional de Checagem de Fatos (IFCN).",
                   language="pt"),
           Example("Keine Anlageberatung. Alle Angaben ohne Gewähr.", language="de"),
           "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.",
           Example("※本記事は、企業から提供されたプレスリリースを原文のまま掲載しています。", language="ja"),
           "This press release is published unedited, as supplied by the company.",
           Example("Bu içerik kurum tarafından gönderilen basın bülteninden alınmıştır. İçerikten sitemiz sorumlu "
                   "değildir.", language="tr"),
           "This press release is the company's own content; the Daily Post is not responsible for it.",
           "Correction: An earlier version of this article said the committee voted eight to four. The vote was seven to five.",
           Example("Korrektur: In einer früheren Version dieses Artikels stand, die Brücke koste 3 Millionen Euro.",
                   language="de"),
           "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
           Example("* Affiliate-Link: Wenn Sie über diesen Link ein Produkt kaufen, erhalten wir eine Provision. "
                   "Für Sie ändert sich am Preis nichts.", language="de"),
           Example("Si vous achetez via nos liens, nous pouvons percevoir une commission.", language="fr"),
           Example("Si compras a través de nuestros enlaces, recibimos una comisión.", language="es"),
           Example("Cet article contient des liens affiliés. Si vous achetez via ces liens, je touche une petite "
                   "commission sans surcoût pour vous.", language="fr"),
           "If you buy through the affiliate links on this blog, I may earn a small commission at no cost to you.",
           Example("Hinweis: Die Reise zur Fahrvorstellung wurde vom Hersteller unterstützt.", language="de"),
           Example("Der Kombi ist ein ehrlicher Alltagswagen mit genug elektrischer Reichweite für den Weg zur Arbeit.\n"
                   "Hinweis: Die Reise zur Fahrvorstellung wurde vom Hersteller unterstützt.\n"
                   "Wer zu Hause laden kann, fährt mit diesem Kombi die meiste Zeit ganz ohne Benzin durch den Alltag.",
                   "Hinweis: Die Reise zur Fahrvorstellung wurde vom Hersteller unterstützt.", language="de"),
           Example("A Fugas viajou a convite da Visit Azores.", language="pt"),
           "The writer travelled as a guest of Visit Lapland.",
           Example("Este contenido tiene un carácter meramente informativo y no sustituye en ningún caso la consulta "
                   "con un profesional sanitario.", language="es"),
           Example("A autora escreve segundo o antigo acordo ortográfico.", language="pt"),
           Example("Den här artikeln innehåller affiliatelänkar. Om du köper något via länkarna kan vi få provision.",
                   language="sv"),
           Example("Koop je via een link op deze pagina, dan ontvangen wij mogelijk een kleine commissie.", language="nl"),
           Example("Матеріал має довідковий характер і не замінює консультації лікаря.", language="uk"),
           Example("Artykuł ma charakter informacyjny i nie zastępuje konsultacji z lekarzem.", language="pl"),
           "Why you can trust GadgetRadar",
           Example("Why you can trust GadgetRadar\nOur expert reviewers spend hours testing and comparing products so you "
                   "can choose the best for you.", "Our expert reviewers spend hours testing and comparing products so you "
                   "can choose the best for you.")),
    keeps=("The company said it built the tool with the help of AI researchers from the university, who declined to comment.",
           "Publishers increasingly rely on affiliate links, which earn them a commission when readers buy.",
           "The study was first published in Nature in 2019 and has been cited 400 times.",
           "The company said in a press release on Monday that the plant would close in June.",
           "The firm said in a press release that it was not responsible for the leak, and blamed a supplier.",
           "The correction in share prices was the sharpest since March, traders said on Friday.",
           "The agency said it would earn a commission of 3% on every sale.",
           "\"I get a commission on every flat I rent out,\" the agent admitted, \"and the landlord pays it.\"",
           Example("Die Bank erhält eine Provision von 1,5 Prozent.", language="de"),
           Example("Die Reise des Kanzlers nach Peking wurde von Protesten begleitet.", language="de"),
           Example("O acordo ortográfico de 1990 continua a dividir escritores e editores.", language="pt"),
           Example("Mäklaren får provision på varje såld bostad, enligt avtalet.", language="sv"),
           Example("Новий протокол не замінює огляду, кажуть лікарі.", language="uk"),
           "Why trust the polls after last year's miss, the minister asked in parliament on Monday?",
           Example("O ministro, que chegou a Luanda na segunda-feira depois de uma escala em São Tomé, viajou a convite "
                   "do Presidente angolano.\nO primeiro-ministro viajou a convite do Presidente angolano.\n"
                   "Na terça-feira, os dois governos assinaram seis acordos de cooperação nas áreas da saúde e da educação.",
                   "O primeiro-ministro viajou a convite do Presidente angolano.", language="pt")),
)
def disclosure(ctx: Context) -> Outcome:
    """An editorial disclosure: an affiliate commission, a trip paid by a host, no medical advice, a correction, a trust box,
    where the text first appeared, a fact-checker's membership."""
    if ctx.words > DISCLOSURE_MAX_WORDS:
        return None
    if _trust_header_text(ctx):
        return "trust box header"
    above = ctx.at(-1)
    if above is not None and _trust_header_text(above):
        return "trust box"
    if not contains_any(ctx.lower, DISCLOSURE_STEMS):
        return None
    kind = next((reason for reason, pattern in DISCLOSURES if pattern.search(ctx.lower)), None)
    if kind is None and AFFILIATE_WORD.search(ctx.lower) and AFFILIATE_SINGULAR.search(ctx.lower):
        kind = AFFILIATE_REASON
    if kind == "press-trip disclosure" and not NOTE_LABEL.match(ctx.text) and _between_paragraphs(ctx):
        return None
    return kind


def _between_paragraphs(ctx: Context) -> bool:
    return all(n is not None and n.quality is Quality.PROSE and n.words >= TRIP_ARTICLE_WORDS for n in (ctx.at(-1), ctx.at(1)))


# The agency's desk codes that close a wire story: "RMA // CSJ" (Lusa), "kat/ mhr/" (PAP), "JMC//ASR": the
# initials of writer and editor. A pair of capitals with one slash ("AC/DC", "TCP/IP") is a name, not a code.
DESK_CODES = rx.compile(r"^(?:\p{Lu}{2,4}(?:\s?//\s?\p{Lu}{2,4})+|(?:\p{Ll}{2,4}/\s?){2,4}|(?:/\p{Ll}{2,4}){2,4}/?)$")


@detector(
    "CR17", "credits.desk_codes", triggers=("paren",),
    flags=(Example("RMA // CSJ", language="pt"), Example("kat/ mhr/", language="pl"), "JMC//ASR",
           Example("/ajx/jha", language="de")),
    keeps=("AC/DC", "TCP/IP", Example("km/h", language="pl"), "and/or"),
)
def desk_codes(ctx: Context) -> Outcome:
    """The initials of a wire story's writer and editor on a line of their own."""
    return "agency desk codes" if ctx.words <= 4 and DESK_CODES.match(ctx.text.strip()) else None


DETECTORS = (photo, gallery, copyright, timestamp, comment_count, comment_link, reading_time, commenter, reply_link, caption, author_bio,
             rating, reactions, about_box, disclaimer, disclosure, desk_codes)
