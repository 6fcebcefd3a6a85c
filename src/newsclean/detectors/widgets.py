"""Widgets: radio now-playing boxes, weather, market tickers, TV listings."""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsclean import rx
from newsclean.detectors.ads import button_like, is_placeholder
from newsclean.detectors.base import (
    Context,
    Example,
    LineText,
    Outcome,
    asks,
    contains_any,
    detector,
    line_feature,
    quoted_only,
)
from newsclean.detectors.tables import CELL, table_row
from newsclean.model import Quality
from newsclean.patterns import (
    CLOCK,
    EVENT_TIME,
    HIGH_LOW,
    NUMBERED_ITEM,
    ON_AIR,
    PERCENT_CHANGE,
    PLAY_MARKS,
    READ_ALOUD_NOTE,
    STAY_WORDS,
    TEMPERATURE,
    has_quote_mark,
)
from newsclean.prose import ends_like_sentence

WIDGET_MAX_WORDS = 8
LISTEN_MAX_WORDS = 4
# "Artikel vorlesen lassen", "Ouvir notícia", "Listen to this article": a read-aloud button (not the listeners
# themselves: "luisteraars", "ascoltatori", "dinleyiciler").
LISTEN = rx.compile(
    r"(?<!\w)(?:listen|read aloud|hear this|vorlesen|anhören|hören|écouter|écoutez|escuchar|escucha|escuche|ascolta(?!tor)\w*|ouvir|oiça|ouça|(?:be)?luister(?!aar)\w*|"
    r"posłuchaj|odsłuchaj|słuchaj|dinle(?!yici|n)\w*|sesli|ακούστε|ακρόαση|слухати|прослухати|слушать|прослушать|lyssna|音声で聞く|読み上げ|"
    r"再生する)(?!\w)",
)
# "Open in your podcast app", "Jetzt in der ARD Audiothek hören": where else the audio plays, a link's label.
PODCAST_PLACE = rx.compile(
    r"(?<!\w)(?:on|in|im|auf|bei|en|sur|su|no|na|op|w|на|σε|で)\s(?:\S+\s){0,3}?(?:spotify|apple podcasts|deezer|podimo|audible|"
    r"audiothek|youtube music|amazon music|podcast[- ]?(?:app|player|plattform|platform)|podcast(?:app|player|plattform)|"
    r"(?:plataforma|plateforme|piattaforma|plattform|platform|app) (?:de |di )?(?:streaming|podcasts?)|"
    r"streaming[- ]?(?:plattform|platform|app|dienst)|aplicación de podcasts?|app de podcasts?)(?!\w)"
)
# The apps a podcast is published on, listed together on a "Listen on:" line.
PLATFORM = rx.compile(r"(?<!\w)(?:spotify|apple podcasts|youtube(?: music)?|rss|deezer|google podcasts|amazon music|audible|"
                         r"podimo|castbox|overcast|pocket casts|soundcloud|ivoox|audiothek)(?!\w)")
PLATFORMS_MIN = 2
# An FM frequency, 87.5 to 108.0 with its decimal: "98.4", "101,2".
FM_FREQUENCY = rx.compile(r"(?<![\d.,])(?:8[7-9]|9\d|10[0-8])[.,]\d(?![\d.,]\d)")
FREQUENCIES_MIN = 2
FREQUENCY_WORD = rx.compile(r"(?<!\w)fm(?!\w)|mhz|fréquence|frequenc|frecuencia|frequenz|frequência|frequentie|częstotliwo|"
                               r"frekans|συχνότητ|частот")
FREQUENCIES_MAX_WORDS = 25
# "Listen again: …", "Réécoutez l'émission …", "Zum Nachhören: …": a show's replay, opened by its verb.
LISTEN_AGAIN = rx.compile(
    r"^[^\p{L}\d]{0,3}(?:listen again|listen back|catch up on|réécoute[rz]?|à réécouter|zum nachhören|nachhören|jetzt nachhören|"
    r"vuelve a escuchar|escucha de nuevo|riascolta(?:re)?|volte a ouvir|reouça|ouça de novo|luister terug|terugluisteren|"
    r"odsłuchaj ponownie|tekrar dinle|ακούστε ξανά|прослухати ще раз|переслушать)(?!\w)|"
    # or to watch a programme again: "Revoir le JT 19/20 … en replay", "Watch again: the 6 o'clock news"
    r"^[^\p{L}\d]{0,3}(?:watch again|revoir|à revoir|noch einmal sehen|nochmal sehen|vuelve a ver|volver a ver|rivedi|rever|"
    r"terugkijken|kijk terug|obejrzyj ponownie|tekrar izle|δείτε ξανά|переглянути|пересмотреть)(?!\w)"
    r"(?=.*(?:replay|vid[ée]o|émission|journal|\bjt\b|news|bulletin|sendung|beitrag|programa|episodio|puntata|aflevering|"
    r"journaal|odcinek|bölüm|επεισόδιο|випуск|выпуск|mediathek|iplayer))"
)
LISTEN_AGAIN_MAX_WORDS = 14
PODCAST_LINK_REASON = "link to a podcast or streaming app"  # an interruption of the article (edges), not its end
# The link's verb: "Open in …", "Escúchalo en …", "Folge uns auf …".
PODCAST_CALL = rx.compile(
    r"^(?:open|abrir|abre|ouvrir|ouvrez|öffnen|apri|openen|otwórz|aç|subscribe|follow|suscríbete|síguenos|abonnez-vous|"
    r"abonniere|abonnieren|folge|folgen|segui|seguici|siga|volg|obserwuj|takip et|escúcha\w*|ouça|ouve|hör\w*|écoute\w*)(?!\w)"
)
# "(4 min)", "(2:13 Min.)", "00:58": the running time a player shows beside its label.
RUNNING_TIME = rx.compile(r"\(?\s?\d{1,2}(?::\d{2}){1,2}\s?(?:min\.?)?\s?\)?|\(\d{1,3}\s?(?:min|mins|minutes|Min|dk|мин|хв)\.?\)|"
                          r"[·|–—-]\s?\d{1,3}\s?(?:min|mins|minutes|minuten|minutos|minuti|dk|мин|хв)\.?$", regex.I)
READ_ALOUD_NOTE_MAX_WORDS = 16


@line_feature("read_aloud_note")
def _read_aloud_note(line: LineText) -> bool:
    """The note under a read-aloud player: "Diese Vorlesefunktion nutzt eine synthetische Stimme."."""
    return line.words <= READ_ALOUD_NOTE_MAX_WORDS and READ_ALOUD_NOTE.search(line.text) is not None and not has_quote_mark(line.text)


# "Now playing on Severnside Radio: The Shires – …", "In onda ora su Radio Meridiana: Il Caffè delle Sette …": a station's
# bar naming what it plays now.
ON_STATION_NOW = rx.compile(
    r"^(?:(?:now playing|now on air|on air now|on air|live now|in onda ora|ora in onda|in onda|jetzt läuft|läuft gerade|"
    r"à l'antenne|ahora suena|suena ahora|en antena|agora no ar|teraz gramy|şimdi çalıyor|τώρα παίζει|зараз в ефірі|"
    r"сейчас в эфире|spelas nu|nu spelas)\s(?&on)\s[^:：.!?]{2,40}"
    # (a bare "now" only before a station: "Ahora en Onda Sur Radio: …"; "Ahora en Madrid: …" is a kicker)
    r"|(?:en ce moment|actuellement|ahora|agora|nu|teraz|şimdi|τώρα|зараз|сейчас)\s(?&on)\s[^:：.!?]{0,30}?"
    r"(?:radio|rádio|fm|радио|радіо|ραδιόφωνο)[^:：.!?]{0,20})[:：]\s\S"
    r"(?(DEFINE)(?P<on>on|su|auf|bei|im|sur|à|en|no|na|op|w|στο|στον|на|в|i|på))"
)
ON_STATION_NOW_MAX_WORDS = 16


@line_feature("on_station_now")
def _on_station_now(line: LineText) -> bool:
    return (line.words <= ON_STATION_NOW_MAX_WORDS and not line.sentence
            and ON_STATION_NOW.match(line.lower.lstrip(" ▶►▷⏵♪♫🎵🎶📻🔴")) is not None)  # ("▶ Now playing on …")


@detector(
    "WG01", "widgets.now_playing", triggers=("contains:now_playing", "short", "digit", "read_aloud_note", "on_station_now"),
    flags=("▶",
           Example("▶ Un día con Lucía: del ordeño al ordenador (3:41)", language="es"),
           Example("東和ラジオ ON AIR 15:00～17:50 夕方ワイド「ほっとステーション」 ▶聴く", language="ja"),
           "Album Art", "Now playing", "Listen live", "Artikel vorlesen lassen", "Ouvir notícia",
           Example("Luister donderdag om 8.10 uur naar het gesprek met de burgemeester in Middag Rivierland op Radio Rivierland.",
                   language="nl"),
           Example("Diese Vorlesefunktion nutzt eine synthetische Stimme. Aussprachefehler sind möglich.", language="de"),
           "Hear this story read aloud (4 min)", "Now playing on Harbour FM: The Tides – Salt on the Window",
           "▶ Now playing on Harbour FM: The Morning Show with Ann Hale",
           Example("In onda ora su Radio Lago: Buongiorno Lario con Anna e Piero", language="it"), Example("Beluister dit bericht", language="nl"), "Video player is loading.",
           Example("Haberi sesli dinleyin", language="tr"), "Open in your podcast app",
           Example("▶ Odtwórz 02:41", language="pl"), "Play video (1:12)", "▶ Play 00:00 / 41:09",
           Example("Réécoutez l'émission du 8 juillet avec Marée Basse", language="fr"),
           Example("Revoir le JT 19/20 du dimanche 27 octobre en replay", language="fr"),
           Example("Nos fréquences : Brest 98.4 — Quimper 101.2 — Morlaix 94.7 — Carhaix 88.9", language="fr"),
           Example("Abrir en tu plataforma de streaming", language="es"),
           Example("Słuchaj w: Spotify Apple Podcasts YouTube RSS", language="pl"),
           Example("Jetzt in der ARD Audiothek hören", language="de"), Example("Ascolta questo articolo ora...", language="it"),
           "Listen live: Radio Harbour is following the story", Example("Escucha la noticia · 1:48", language="es"),
           Example("Escucha Radio Ría en el 97.2 FM en Vigo y en el 100.1 FM en Pontevedra", language="es"),
           Example("Escucha esta noticia · 3 min", language="es"), Example("Artikel anhören · 3 Min.", language="de"),
           Example("Écouter cet article · 3 min", language="fr"),
           Example("▶ Escuchar en directo\nAhora: Carrusel Cántabro, con Pedro Lavín",
                   "Ahora: Carrusel Cántabro, con Pedro Lavín", language="es"),
           Example("A continuación: Noticias 21:00", language="es"),
           Example("Geldwijzer: zondag om 18.15 uur bij NOVA en daarna online terug te kijken.", language="nl"),
           Example("Todos los domingos, desde las 16:00, el carrusel en directo desde los campos. ¡Síguelo en el 97.4!",
                   language="es")),
    keeps=(Example('"Et dinlenmeden pişirilmemeli"', language="tr"),
           "The song was now playing on every station, the band's manager said proudly.",
           Example("Chi ascolta la radio", language="it"), Example("Reclame en luisteraars", language="nl"),
           "Listeners tuned in at 7.30 every morning for twenty years, long before the radio moved online.",
           'Why “Now playing” still matters to us',
           Example("Les auditeurs appellent encore le standard pour demander le titre d'une chanson entendue le matin.\n"
                   "« En ce moment » n'est pas qu'un bandeau\nLe bandeau du site affiche le titre en direct depuis 2019.",
                   "« En ce moment » n'est pas qu'un bandeau", language="fr"),
           Example("Revoir les priorités du budget communal", language="fr"),
           "The audiobook uses a synthetic voice trained on the author's own recordings, the publisher said in a statement.",
           "Listen to the mayor's full speech at the council meeting", "We watch the video together.",
           "The station moved from 98.4 FM to a new frequency in 2019, listeners said.",
           "Next: the council votes on the budget on Thursday", "Now: what the ruling means for renters",
           "The band's new single is number one on Spotify.", "Spotify cuts jobs in Stockholm",
           "Her debut album is streaming on Spotify", "Results: 98.4 and 101.2 points",
           "Inflation was 98.5 in March and 99.1 in April, the index showed.",
           "Update: the council meeting starts at 19:30 and can be watched again online."),
)
def now_playing(ctx: Context) -> Outcome:
    """A radio, music or video player label: "Now playing", "Album Art", "Listen live", "Play video"."""
    if ctx.words == 0 and ctx.text.strip() and all(c in PLAY_MARKS or c.isspace() for c in ctx.text):
        return "play button"  # "▶" alone: a player's button over its clip's title
    if ctx.words <= WIDGET_MAX_WORDS and not ctx.sentence and "now_playing" in ctx.contains and not quoted_only(ctx, "now_playing"):
        return "music player label"  # (not '"Now playing" is more than a slogan': a sub-heading naming the label)
    if (ctx.words <= PROMO_MAX_WORDS and not ctx.sentence and "now_playing" in ctx.contains and "digit" in ctx.features
            and CLOCK.search(ctx.text) and not quoted_only(ctx, "now_playing")):
        return "what is on air now"  # "東和ラジオ ON AIR 15:00～17:50 夕方ワイド「ほっとステーション」 ▶聴く"
    if "read_aloud_note" in ctx.features:
        return "read-aloud player's note"  # "Diese Vorlesefunktion nutzt eine synthetische Stimme."
    if ctx.words <= TIMED_PLAY_BUTTON_MAX_WORDS and "digit" in ctx.features and TIMED_PLAY_BUTTON.match(ctx.lower):
        return "player's play button"  # "▶ Odtwórz 02:41", "Play video 1:12"
    if ctx.words <= PROMO_MAX_WORDS and "digit" in ctx.features and PLAYED_CLIP.match(ctx.text):
        return "a clip's link with its running time"  # "▶ Un día con Lucía: del ordeño al ordenador (3:41)"
    if ctx.words <= WIDGET_MAX_WORDS and "now_playing" in ctx.contains and _only_player_phrase(ctx):
        return "video or music player label"  # "Video player is loading."
    if ctx.words <= PROMO_MAX_WORDS and "now_playing" in ctx.contains and _player_phrase_label(ctx):
        return "radio promotion"  # "Listen live: NBS Radio Cumbria is following the story"
    if "on_station_now" in ctx.features:
        return "what is on air now"  # "Now playing on Severnside Radio: The Shires – Nashville Grey Skies"
    if "digit" in ctx.features and ctx.words <= ON_AIR_AT_MAX_WORDS and ON_AIR_AT.match(ctx.lower):
        return "radio promotion"  # "Hoor het verhaal ook donderdag om 7.30 uur … op Radio Lingeland."
    if "digit" in ctx.features and ctx.words <= ON_AIR_AT_MAX_WORDS and SHOW_SLOT.match(ctx.text):
        return "programme's broadcast slot"  # "Geldwijzer: zondag om 18.15 uur bij NOVA en daarna online terug te kijken."
    if "digit" in ctx.features and ((ctx.words <= PROMO_MAX_WORDS and ON_FREQUENCY.search(ctx.lower))
                                    or (ctx.words <= 3 * PROMO_MAX_WORDS // 2 and FOLLOW_ON_FREQUENCY.search(ctx.lower))):
        return "radio promotion"  # "Escucha Onda Cantábrica en el 98.4 FM en Gijón", "… ¡Síguelo en el 97.4!"
    if ctx.words <= ON_AIR_MAX_WORDS and ON_AIR.match(ctx.lower) and (
            CLOCK.search(ctx.text) or any(n is not None and (n.prefix_key == "now_playing" or "now_playing" in n.contains
                                                            or ON_AIR.match(n.lower)) for n in (ctx.at(-1), ctx.at(1)))):
        return "what is on air now or next"  # "Ahora: Carrusel Cántabro, con Pedro Lavín", "A continuación: Noticias 21:00"
    if (ctx.words <= WIDGET_MAX_WORDS and not ctx.sentence and PODCAST_PLACE.search(ctx.lower)
            and ("podcast" in ctx.lower or PODCAST_CALL.match(ctx.lower) or LISTEN.search(ctx.lower))):
        return PODCAST_LINK_REASON  # "Abrir en tu plataforma de streaming", "Escúchalo en Spotify"
    if ctx.words <= WIDGET_MAX_WORDS and len(PLATFORM.findall(ctx.lower)) >= PLATFORMS_MIN and (
            LISTEN.search(ctx.lower) or "podcast" in ctx.lower):
        return PODCAST_LINK_REASON  # "Słuchaj w: Spotify Apple Podcasts YouTube RSS"
    if ("digit" in ctx.features and ctx.words <= FREQUENCIES_MAX_WORDS and not ctx.sentence
            and len(FM_FREQUENCY.findall(ctx.text)) >= FREQUENCIES_MIN and FREQUENCY_WORD.search(ctx.lower)):
        return "the station's frequencies"  # "Nos fréquences : Brest 98.4 — Quimper 101.2 — Morlaix 94.7"
    if ctx.words <= LISTEN_AGAIN_MAX_WORDS and not ctx.sentence and LISTEN_AGAIN.match(ctx.lower):
        return "link to a show to listen again"  # "Réécoutez l'émission du 8 juillet avec Marée Basse"
    if ctx.words > WIDGET_MAX_WORDS or not LISTEN.search(ctx.lower) or ctx.lower.split(None, 1)[0] in ASKING_WORDS:
        return None  # ("Chi ascolta e quando" asks: a sub-heading, not a button)
    label = RUNNING_TIME.sub(" ", ctx.text).strip() if "digit" in ctx.features else ctx.text
    if ends_like_sentence(label) and not label.endswith(("...", "…")):
        return None  # "Ascolta questo articolo ora..." is a button; a sentence that says "listen" is not
    if len(label.split()) <= LISTEN_MAX_WORDS + 1:
        return "read-aloud player"
    return None


LETTERS = rx.compile(r"\p{L}+")
# Question words opening a sub-heading ("Wer hört wann zu?", "Chi ascolta e quando").
ASKING_WORDS = frozenset(("who", "what", "when", "why", "how", "wer", "was", "wann", "warum", "wie", "qui", "que", "quoi",
                          "quand", "pourquoi", "comment", "quién", "qué", "cuándo", "cómo", "chi", "che", "cosa", "quando",
                          "perché", "come", "quem", "quê", "porquê", "wie", "wat", "wanneer", "waarom", "hoe", "kto", "co",
                          "kiedy", "dlaczego", "jak", "kim", "ne", "neden", "nasıl", "ποιος", "ποιοι", "τι", "πότε",
                          "γιατί", "πώς", "хто", "що", "коли", "чому", "як", "кто", "что", "когда", "почему", "как",
                          "vem", "vad", "när", "varför", "hur"))
PROMO_MAX_WORDS = 20
# "▶ Un día con Lucía: del ordeño al ordenador (3:41)": a play mark, the clip's title, its length in brackets.
PLAYED_CLIP = rx.compile(rf"^[{PLAY_MARKS}]\s?\S.{{2,150}}\(\d{{1,2}}:\d{{2}}(?::\d{{2}})?\)$")
# "Hoor het verhaal ook donderdag om 7.30 uur in Goedemorgen Lingeland op Radio Lingeland.": the station sends the
# reader to its own broadcast of the story, at a time (an imperative to listen opens the line).
ON_AIR_AT = rx.compile(
    r"^(?:listen to|listen|hear|tune in to|tune in|escucha|escuche|écoutez|ascolta|ascoltate|ouça|oiça|hoor|luister naar|"
    r"luister|hören sie|hör|słuchaj|posłuchaj|dinleyin|ακούστε|слушайте|слухайте|lyssna på|lyssna)\s.{0,120}?"
    r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d).{0,80}?(?<!\w)(?:radio|rádio|радио|радіо|ραδιόφωνο)(?!\w)"
)
ON_AIR_AT_MAX_WORDS = 30
# "Geldwijzer: zondag om 18.15 uur bij NOVA en daarna online terug te kijken.": the programme's name, when it airs and
# where to watch it again.
SHOW_SLOT = rx.compile(
    r"^[^:.!?]{2,40}:\s.{0,60}?(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d).{0,80}?(?<!\w)"
    r"(?i:terug te kijken|terugkijken|terug te zien|watch again|catch up|on demand|in replay|en replay|in der mediathek|"
    r"zum nachschauen|à revoir|da rivedere|a la carta|para volver a ver|para rever|do obejrzenia|tekrar izleyin|"
    r"смотрите в записи|дивіться в записі)(?!\w)"
)
# A listening imperative and a station's frequency: the site's radio promoting itself.
ON_FREQUENCY = rx.compile(
    r"^(?:listen to|listen|tune in to|tune in|escucha|escuche|sintoniza|écoutez|ascolta|ascoltate|ouça|oiça|"
    r"luister naar|luister|hören sie|hör|słuchaj|dinleyin|dinle|ακούστε|слушайте|слухайте|lyssna på)\s"
    r".{0,60}?(?<!\d)\d{2,3}[.,]\d\s?(?:fm|mhz)(?!\w)"
)

# "… ¡Síguelo en el 97.4!", "… Listen on 101.2 FM": a programme's promotion closed by the station's frequency.
FOLLOW_ON_FREQUENCY = rx.compile(
    r"(?<!\w)(?:síguelo|síguenos|escúchalo|escúchanos|listen|tune in|hören sie|hört|écoutez|écoutez-nous|ascoltaci|seguici|"
    r"ouça|oiça|luister|słuchaj|dinleyin|ακούστε|слухайте|слушайте)(?!\w)[^.!?]{0,30}?(?<!\d)\d{2,3}[.,]\d"
    r"(?:\s?(?:fm|mhz))?\s?[!.]?$"
)
ON_AIR_MAX_WORDS = 12
# A player's button with the clip's length: "▶ Odtwórz 02:41", "Play video (1:12)", "Abspielen 3:05".
TIMED_PLAY_BUTTON = rx.compile(
    r"^[▶►▷⏵]?\s?(?:play|odtwórz|abspielen|lire|lire la vidéo|reproducir|riproduci|reproduzir|afspelen|speel af|oynat|"
    r"αναπαραγωγή|відтворити|воспроизвести|spela upp|再生)(?:\s(?:video|the video|wideo|vídeo|vidéo|audio|клип))?"
    r"\s?[(·|–-]?\s?(?:(?:\d{1,2}:)?\d{1,2}:\d{2}\s?/\s?)?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?$"
)
TIMED_PLAY_BUTTON_MAX_WORDS = 6


def _player_phrase_label(ctx: Context) -> bool:
    """The line opens with a player phrase and a colon: "Listen live: …"."""
    found = ctx.view.lexicon.contains.at(ctx.lower, 0)
    return found is not None and found[0] == "now_playing" and ctx.lower[found[1]:].lstrip()[:1] in (":", "：")


def _only_player_phrase(ctx: Context) -> bool:
    """The line is a player phrase and at most one more word, whatever its punctuation."""
    found = ctx.view.lexicon.contains.at(ctx.lower, 0)
    return found is not None and found[0] == "now_playing" and len(LETTERS.findall(ctx.lower[found[1]:])) <= 1


MEDIA_WORD = rx.compile(
    r"(?<!\w)(?:video|vidéo|vídeo|vídeos|videos|wideo|βίντεο|видео|відео|動画|podcast|audio|áudio|ljud|ses kaydı)(?!\w)",
    regex.I,
)
# Substrings of every media word: tested before the pattern (the detector runs on every line with a digit).
MEDIA_STEMS = ("vid", "víd", "wideo", "βίντεο", "виде", "віде", "動画", "podcast", "audio", "áudio", "ljud", "ses kaydı")
MEDIA_LABEL_MAX_WORDS = 14
VIDEO_LINK_MAX_WORDS = 20


# Substrings of every map link (MAP_LINK): the cheap test of the "map" line feature.
MAP_STEMS = ("map", "マップ", "地図", "harita", "χάρτη")
MAP_FEATURE_MAX_WORDS = 25


@line_feature("map")
def _map_text(line: LineText) -> bool:
    """A line that may be a map's link ("View on Google Maps", "地図を見る")."""
    return line.words <= MAP_FEATURE_MAX_WORDS and contains_any(line.lower, MAP_STEMS)


@detector(
    "WG08", "widgets.media_label", triggers=("digit", "colon", "short"), near=(("digit", "map"), 1),
    flags=("Video: Die Prognose um 18 Uhr (2:13 Min.)", Example("▶ Reproducir", language="es"),
           Example("▶ Guarda il servizio del TG Valle delle 19:30", language="it"),
           Example("Carte interactive : tous les résultats des élections partielles dans l'Allier depuis 2020", language="fr"),
           Example("MAPA: Nowe granice Strefy Płatnego Parkowania", language="pl"),
           Example("Kliknij, aby powiększyć mapę", language="pl"),
           Example("Vídeo: Así esquiva el Limpix R9 Max un cable USB-C en el salón (0:48)",
                   language="es"), Example("Reprodução automática do vídeo: 00:58", language="pt"),
           Example("Bekijk de video: chauffeurs voeren actie bij het busstation in Arnhem", language="nl"),
           Example("Vidéo – 1 min 45", language="fr"),
           Example("Nachrichten zum Hören: Die Donauwelle-News um 15 Uhr (2:48 min)", language="de"),
           Example("Ouça aqui a última entrevista da fadista à rádio, em 2019\n▶ 12:47",
                   "Ouça aqui a última entrevista da fadista à rádio, em 2019", language="pt"),
           Example("Vidéo : la tatin en 60 secondes\n1:02", "Vidéo : la tatin en 60 secondes", language="fr"),
           Example("Mappa\nRocca Alta (TE) – 42 km da Teramo\nVisualizza su Google Maps", "Rocca Alta (TE) – 42 km da Teramo",
                   language="it"), "View on Google Maps"),
    keeps=("The video, filmed at 2:13 a.m., shows the van.", "Video: 40,000 fans in the square",
           Example("08:15 Doors open at the town hall\n09:30 The mayor opens the debate\n11:00 Vote on the budget",
                   "09:30 The mayor opens the debate"),
           Example("This episode's topics\n00:00 Opening\n03:15 How she got into sound\n24:05 Why late-night radio lasts",
                   "03:15 How she got into sound"),
           "Google Maps view of the site shows the new road.",
           "Watch out: the video referee changed everything",
           Example("Das Video zeigt den Zug bei der Einfahrt.\n14:32\nDer Zug hielt an.", "Das Video zeigt den Zug bei der Einfahrt.",
                   language="de")),
)
def media_label(ctx: Context) -> Outcome:
    """A video or audio player's label with its running time ("Video: The forecast at 6 (2:13 min)"); a map's link."""
    if ctx.words > VIDEO_LINK_MAX_WORDS:
        return None
    found = _labelled_media(ctx)  # the line's text alone first: the rules below read its neighbours
    if found is not None:
        return found
    if "map" in ctx.features and MAP_TITLE.match(ctx.text) and not ctx.sentence:
        return "a map's title"  # "MAPA: Nowe granice Strefy Płatnego Parkowania"
    if ctx.words <= ENLARGE_MAX_WORDS and ENLARGE.search(ctx.lower):
        return "a map's or picture's control"  # "Kliknij, aby powiększyć mapę"
    lower = ctx.lower
    if ((contains_any(lower, MEDIA_STEMS) and MEDIA_WORD.search(lower)) or LISTEN.search(lower)) and not ctx.text.endswith(
            ("?", "？")) and _running_time_below(ctx):
        return "label of the player under it"  # "Ouça aqui a última entrevista …" over "▶ 12:47"
    if _map_caption(ctx):
        return "a map's caption, over its link"  # "Roccamarina (TE) – 42 km da Teramo"
    if "digit" in ctx.features and CHAPTER.match(ctx.text) and _chapter_run(ctx):
        return "a player's chapter"  # "00:00 Wstęp i zapowiedź", "32:05 Co może zrobić gmina"
    if _chapters_heading(ctx) and _chapter_run(ctx.at(1)):
        return "heading of a player's chapters"  # "Rozdziały" over "00:00 Wstęp i zapowiedź"
    return None


# A player's chapter marker: its start in the recording, then its title ("10:11 Pszczoła miodna kontra dzikie zapylacze").
CHAPTER = rx.compile(r"^(\d{1,2}):[0-5]\d(?::[0-5]\d)?\s+\S.{0,80}$")
CHAPTER_RUN_MIN = 3
CHAPTER_MAX_WORDS = 12
CHAPTERS_HEADINGS = frozenset({"chapters", "kapitel", "chapitres", "capítulos", "capitoli", "hoofdstukken", "rozdziały",
                               "bölümler", "κεφάλαια", "розділи", "главы", "チャプター", "episode chapters"})


def _chapter(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= CHAPTER_MAX_WORDS and not ctx.sentence and CHAPTER.match(ctx.text) is not None


def _chapter_run(ctx: Context | None) -> bool:
    """A run of chapter markers through this line, under the player's "Chapters" heading (a list of an episode's
    topics with their times, under a heading of the article's own, is the article's)."""
    if not _chapter(ctx):
        return False
    assert ctx is not None
    first = 0
    while _chapter(ctx.at(first - 1)):
        first -= 1
    last = 0
    while _chapter(ctx.at(last + 1)):
        last += 1
    return last - first + 1 >= CHAPTER_RUN_MIN and _chapters_heading(ctx.at(first - 1))


def _chapters_heading(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= 2 and ctx.lower.strip(" :") in CHAPTERS_HEADINGS


def _labelled_media(ctx: Context) -> str | None:
    """What the line's own text shows: a player's button, a video's link, a label with its running time."""
    lower = ctx.lower
    if (":" in ctx.text or "：" in ctx.text) and INTERACTIVE_LABEL.match(lower):
        return "link to an interactive map or graphic"  # "Carte interactive : tous les résultats … depuis 2020"
    if "map" in ctx.features and MAP_LINK.fullmatch(lower.strip(" .›»→")):
        return "link to a map"  # "Visualizza su Google Maps"
    if ctx.text[:1] in PLAY_MARKS:
        rest = lower[1:].strip()
        if PLAY_BUTTON.match(rest) or WATCH.match(rest) or LISTEN.match(rest):
            return "a player's button or link"  # "▶ Reproducir", "▶ Guarda il servizio del TG delle 19:30"
    media = contains_any(lower, MEDIA_STEMS) and MEDIA_WORD.search(lower) is not None
    if not media and not (LISTEN.search(lower) and RUNNING_TIME.search(ctx.text)):
        return None  # (a listening label with its running time: "Nachrichten zum Hören: Die News um 15 Uhr (2:48 min)")
    if ":" in ctx.text and WATCH.match(ctx.lower) and MEDIA_WORD.search(ctx.lower.partition(":")[0]):
        return "link to a video"
    if (media and ":" in ctx.text and MEDIA_WORD.fullmatch(ctx.lower.partition(":")[0].strip())
            and RUNNING_TIME.search(ctx.text.rstrip()[-12:])):
        return "media player label"  # "Vídeo: Así esquiva el Limpix R9 Max un cable USB-C en el salón (0:48)", any length
    if ctx.words > MEDIA_LABEL_MAX_WORDS:
        return None
    if ctx.sentence and not ctx.text.endswith(")"):  # "(2:13 Min.)" ends like a sentence but is none
        return None
    if RUNNING_TIME.search(ctx.text) or DURATION.search(ctx.text):
        return "media player label"
    return None


def _map_caption(ctx: Context) -> bool:
    """"Roccamarina (TE) – 42 km da Teramo" over "Visualizza su Google Maps": the embedded map's caption."""
    if ctx.words > MAP_CAPTION_MAX_WORDS or ctx.sentence:
        return False
    below = ctx.at(1)
    return below is not None and "map" in below.features and MAP_LINK.fullmatch(below.lower.strip(" .›»→")) is not None


MAP_TITLE = rx.compile(r"^(?i:map|mapa|karte|carte|mappa|kaart|harita|χάρτης|карта|мапа|地図|マップ)\s?[:：]\s?\S")
# "Kliknij, aby powiększyć mapę", "Click to enlarge", "Zum Vergrößern klicken": a control of an embedded map or picture.
ENLARGE = rx.compile(
    r"(?:click|tap|kliknij|klicken|cliquez|clique|haga clic|pulse|clicca|klik|tıklayın|πατήστε|натисніть|нажмите)\b.{0,30}?"
    r"(?:enlarge|zoom|powiększ|vergrößer|agrandir|ampliar|ingrandir|vergroten|büyüt|μεγεθ|збільш|увелич)|"
    r"zum vergrößern (?:klicken|tippen)|pour agrandir|para ampliar|per ingrandire|om te vergroten|büyütmek için"
)
ENLARGE_MAX_WORDS = 8


# "View on Google Maps", "Visualizza su Google Maps": the link under an embedded map.
MAP_LINK = rx.compile(
    r"(?:view|open|see) (?:it )?(?:on|in) (?:google )?maps|visualizza su google maps|apri (?:in|su) google maps|"
    r"auf google maps (?:ansehen|öffnen|anzeigen)|in google maps (?:öffnen|ansehen|anzeigen)|voir sur google maps|"
    r"ouvrir (?:dans|sur) google maps|ver (?:en|no) google maps|abrir (?:en|no) google maps|bekijk (?:op|in) google maps|"
    r"open in google maps|zobacz (?:w|na) google maps|otwórz w google maps|google haritalar'da (?:gör|aç)|"
    r"haritada (?:gör|aç)|δείτε (?:στο|στον) (?:google maps|χάρτη)|відкрити (?:в|на) google maps|открыть в google maps|"
    r"google ?マップで(?:見る|開く)|地図を(?:見る|開く)"
)
MAP_CAPTION_MAX_WORDS = 10
# "Carte interactive :", "Interactive map:", "Interaktive Grafik:": an embedded interactive, its label and its title.
INTERACTIVE_LABEL = rx.compile(
    r"^[^\p{L}\d]{0,3}(?:interactive (?:map|graphic|chart|timeline)|carte interactive|infographie interactive|graphique interactif|"
    r"interaktive (?:karte|grafik)|mapa interactivo|gráfico interactivo|mappa interattiva|grafico interattivo|mapa interativo|"
    r"gráfico interativo|interactieve (?:kaart|grafiek)|mapa interaktywna|interaktywna mapa|i̇nteraktif harita|interaktif harita|"
    r"διαδραστικός χάρτης|інтерактивна (?:карта|мапа)|интерактивная карта|インタラクティブ(?:マップ|地図))\s?[:：]\s\S"
)
# "▶ 12:47", "1:02": a player's running time alone on its line.
PLAYER_TIME = rx.compile(r"^[▶►⏵]?\s?\d{1,2}:\d{2}(?::\d{2})?$")


def _running_time_below(ctx: Context) -> bool:
    """A running time right below; under a sentence only with a play mark (a bare "14:32" opens a live entry)."""
    below = ctx.at(1)
    if below is None or below.words > 2:
        return False
    time = below.text.strip()
    if not ctx.sentence and PLAY_BUTTON.match(below.lower.strip()):
        return True  # "La playlist de la rédaction : … à écouter sur Deezer" over "Écouter"
    return PLAYER_TIME.match(time) is not None and (not ctx.sentence or time[:1] in "▶►⏵")


# A player's bare button: "Écouter", "▶ Play", "Anhören".
PLAY_BUTTON = rx.compile(
    r"^[▶►⏵]?\s?(?:play|listen|listen now|écouter|anhören|jetzt anhören|escuchar|ascolta|ouvir|ouça|luister|"
    r"posłuchaj|dinle|ακούστε|слухати|слушать|lyssna|再生|reproducir|reproduzir|abspielen|lire|lire la vidéo|riproduci|"
    r"afspelen|odtwórz|oynat|αναπαραγωγή|відтворити|воспроизвести|spela upp)$"
)


# "Bekijk de video: …", "Watch the video: …", "Regardez la vidéo : …": a video link with its description.
WATCH = rx.compile(
    r"^(?:watch|see|view|bekijk|kijk|sehen sie|schauen sie|regardez|voir|mira|ver|guarda|vedi|veja|assista|zobacz|"
    r"obejrzyj|izle|izleyin|δείτε|дивіться|подивіться|смотрите|посмотрите|se|titta på)\s"
)


# "1 min 45", "2 Std. 30 Min.": a duration in words (the clock form is RUNNING_TIME).
DURATION = rx.compile(r"(?<!\w)\d{1,3}\s?(?:min|mins|minutes|minuten|minutos|minuti|dk|мин|хв|λεπτά)\.?(?:\s\d{1,2})?(?!\w)",
                         regex.I)
# "Zubereitungszeit 25 Min. · Gesamt 45 Min. · Schwierigkeit: leicht", "Hazırlama 60 dk · 6 kişilik".
FACT_SPLIT = rx.compile(r"\s[·•|]\s")
FACT_ITEM_MAX_WORDS = 6
FACT_MIN_FIGURES = 2
COOKING_TIME = rx.compile(
    r"(?<!\w)\d{1,3}\s?(?:min|mins|minutes|minuten|minutos|minuti|minut|minuter|dk|dakika|мин|минут[аы]?|хв|хвилин|λεπτά|"
    r"h|hrs?|hours?|std|stunden?|ч|год|godz|saat|ώρ\w*|分|時間|΄|′)\.?(?!\w)",  # "30΄": minutes in Greek
    regex.I,
)

# "Время приготовления: 40 минут", "Prep time: 20 min": a recipe's time on a line of its own.
RECIPE_TIME = rx.compile(
    r"^(?:prep(?:aration)? time|cook(?:ing)? time|total time|zubereitungszeit|kochzeit|backzeit|"
    r"temps de (?:préparation|cuisson)|tiempo de (?:preparación|cocción)|tempo di (?:preparazione|cottura)|"
    r"tempo de (?:preparo|preparação)|bereidingstijd|kooktijd|czas (?:przygotowania|gotowania)|"
    r"hazırlama(?: süresi)?|pişirme(?: süresi)?|χρόνος (?:προετοιμασίας|μαγειρέματος)|время приготовления|"
    r"час приготування|tillagningstid|調理時間)\s?[:：]?\s?(?:\d|около|about|ca\.?|περίπου)",
    regex.I,
)
# "Порций: 4", "Serves 4", "Μερίδες: 6": the servings, the other fact a recipe prints alone.
RECIPE_SERVINGS = rx.compile(
    r"^(?:serves|servings|portionen|personen|portions|porciones|porzioni|porções|porties|porcje|porcji|porsiyon|"
    r"μερίδες|порций|порції|порцій|portioner)\s?[:：]?\s?\d{1,2}(?:\s?[-–]\s?\d{1,2})?\.?$",
    regex.I,
)
RECIPE_TIME_MAX_WORDS = 8


# "Nutrition is an estimate per serving, calculated automatically.": a recipe card's disclaimer.
NUTRITION_NOTE = rx.compile(
    r"^(?:nutrition(?:al)?(?: information| facts| values)?|die nährwerte|nährwertangaben|les valeurs nutritionnelles|"
    r"la información nutricional|i valori nutrizionali|a informação nutricional|de voedingswaarden|wartości odżywcze)"
    r"\s(?:is|are|sind|sont|es|son|è|sono|é|são|is een|zijn|są)\s(?:an?\s|eine\s|une\s|una\s|uma\s)?"
    r"(?:estimate|approximate|schätzwerte|ungefähre|estimation|estimations|approximatives|estimación|aproximada|"
    r"stima|stime|approssimativi|estimativa|aproximada|schatting|indicatief|szacunkowe)"
)
NUTRITION_NOTE_MAX_WORDS = 20


@line_feature("nutrition_note")
def _nutrition_note(line: LineText) -> bool:
    return line.words <= NUTRITION_NOTE_MAX_WORDS and NUTRITION_NOTE.match(line.lower) is not None


@detector(
    "WG09", "widgets.fact_strip", triggers=("digit", "nutrition_note"),
    flags=("Prep 20 min · Cook 1 h · Serves 4", Example("Hazırlama 60 dk · Pişirme 20 dk · 6 kişilik", language="tr"),
           Example("Время приготовления: 2 ч 30 мин · Порций: 8", language="ru"),
           Example("Χρόνος προετοιμασίας: 30΄ · Ψήσιμο: 90΄ · Μερίδες: 6", language="el"),
           Example("Время приготовления: 40 минут", language="ru"), "Prep time: 20 min",
           Example("Порций: 4", language="ru"), "Serves 4",
           "Nutrition is an estimate per serving, calculated automatically."),
    keeps=("The race took 3 h · a record", "Prep 20 min, then bake for an hour at 180 degrees.",
           Example("Route | Normal journey | During closure\n4 / 4A | 18 min | 31 min\n12 | 22 min | 34 min",
                   "4 / 4A | 18 min | 31 min"),
           Example("Πλήρης φόρτιση: 58 λεπτά", language="el")),
)
def fact_strip(ctx: Context) -> Outcome:
    """A strip of recipe facts: times and servings joined by dots or bars, or one labelled cooking time."""
    if "nutrition_note" in ctx.features:
        return "recipe card's note on its nutrition figures"  # "Nutrition is an estimate per serving, …"
    if ctx.words <= RECIPE_TIME_MAX_WORDS and (
        (RECIPE_TIME.match(ctx.lower) and COOKING_TIME.search(ctx.text)) or RECIPE_SERVINGS.match(ctx.lower)
    ):
        return "recipe facts"
    if ctx.sentence or ("·" not in ctx.text and "•" not in ctx.text and "|" not in ctx.text):
        return None
    items = FACT_SPLIT.split(ctx.text)
    if len(items) < 2 or any(len(i.split()) > FACT_ITEM_MAX_WORDS for i in items):
        return None
    figures = sum(1 for i in items if any(c.isdigit() for c in i))
    if figures >= FACT_MIN_FIGURES and COOKING_TIME.search(ctx.text) and not table_row(ctx):
        return "recipe facts"  # (not "4 / 4A | 18 min | 31 min" under "Route | Normal journey | During closure")
    return None


RADIO_NAME = rx.compile(r"(?<!\w)(?:radio|fm|\d{2,3}[.,]\d\s?fm|fm\s?\d{2,3}[.,]\d|dab\+?|радио|радіо|ραδιόφωνο|ラジオ)(?!\w)", regex.I)
RADIO_MAX_WORDS = 5


@detector(
    "WG02", "widgets.radio_station", triggers=("radio",),
    flags=("MF Radio Cyprus", "Radio Eins 95.8 FM"),
    keeps=(Example("Από τα πανηγύρια στο ραδιόφωνο", language="el"),
           "She told MF Radio Cyprus that the talks had failed.", "Radio",
           Example("Medium | 2025 | Change\nRadio | 390 | +0.6%", "Radio | 390 | +0.6%"),
           Example("5. Settembre a Gardone\n6. Radio Faro 98.4\n7. Fuori orario", "6. Radio Faro 98.4", language="it")),
)
def radio_station(ctx: Context) -> Outcome:
    """A radio station's name standing alone (a now-playing widget's header)."""
    if ctx.words > RADIO_MAX_WORDS or ctx.words < 2 or ctx.sentence:
        return None
    name = RADIO_NAME.search(ctx.text)
    if name is None or table_row(ctx):
        return None  # "Radio | 390 | +0,6 %": a row of the article's table of media
    if name.group(0)[:1].islower() and name.group(0).isalpha() and name.group(0).casefold() not in ("fm", "dab"):
        return None  # "Από τα πανηγύρια στο ραδιόφωνο": the word for radio, not a station's capitalised name
    if NUMBERED_ITEM.match(ctx.text) and any((n := ctx.at(k)) is not None and NUMBERED_ITEM.match(n.text) for k in (-1, 1)):
        return None  # "6. Radio Faro 98.4" in a setlist: a song's title among the list's items
    return "radio station name"


SONG = rx.compile(r"^[^-–—]{2,60}\s+[-–—]\s+[^-–—]{2,60}$")
SONG_NEIGHBOURHOOD = 3


def _is_player(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= WIDGET_MAX_WORDS and (
        "now_playing" in ctx.contains or (ctx.words >= 2 and bool(RADIO_NAME.search(ctx.text)))
    )


@detector(
    "WG03", "widgets.song_line", triggers=("dash",),
    flags=(Example("MF Radio Cyprus\nHarry Styles -  Adore You\nAlbum Art", "Harry Styles -  Adore You"),),
    keeps=(Example("The crowd sang along.\nHarry Styles - Adore You\nIt was his biggest hit.", "Harry Styles - Adore You"),
           Example("Listen to this article ▶ 4 min\n“Radio North – your wave, your morning”\nThe jingle was written in 1995.",
                   "“Radio North – your wave, your morning”")),
)
def song_line(ctx: Context) -> Outcome:
    """An "Artist - Title" line next to a radio or now-playing widget."""
    if ctx.words > WIDGET_MAX_WORDS or ctx.sentence or not SONG.match(ctx.text):
        return None
    if ctx.text[:1] in QUOTE_OPENERS:
        return None  # "«Хвиля Полісся – твоя хвиля, твій ранок»": the article quotes a jingle or a slogan
    for off in range(1, SONG_NEIGHBOURHOOD + 1):
        if _is_player(ctx.at(-off)) or _is_player(ctx.at(off)):
            return "song title in a now-playing widget"
    return None


QUOTE_OPENERS = "«“\"„‘'»「『"
# "Heat wave: 41°C" is a sub-heading with a figure, not a widget.
LABELLED = rx.compile(r"^\p{L}[^:]*:")


@line_feature("ja_road_row")
def _ja_road_row_text(line: LineText) -> bool:
    """A Japanese traffic box's row: a road and its restriction."""
    return len(line.text) <= JA_ROW_MAX_CHARS and JA_ROAD_ROW.match(line.text) is not None


@detector(
    "WG04", "widgets.weather", triggers=("degree", "contains:weather", "colon", "link_arrow", "short", "digit", "ja_road_row"),
    flags=("Berlin 14°C Cloudy", "Humidity: 64%", "Paris 22° Ensoleillé",
           Example("Qualité de l'air : médiocre (indice 4/6)", language="fr"), "Traffic info: M6 – all lanes open",
           Example("Verkehr: A8 Stuttgart Richtung München zwischen Ulm-West und Ulm-Ost 3 km Stau", language="de"),
           Example("Κίνηση τώρα: Κηφισίας (προς κέντρο) 🔴 | Κηφισός (προς Πειραιά) 🟠 | Αττική Οδός 🟢", language="el"),
           Example("Info trafic TCL : métro A, B, C, D – trafic normal", language="fr"),
           Example("高松市の天気 29℃ くもり のち 雨 降水確率90% ＞週間天気", language="ja"),
           Example("県内の天気 汐見 晴れ時々くもり 最高17℃ 最低9℃ 降水確率20％", language="ja"),
           "Live traffic: A62 inbound – heavy, 18 min delay | M60 J17–J18 – slow",
           Example("Farmacie di turno oggi a Cremona: Farmacia Centrale, corso Garibaldi 12", language="it"),
           Example("Wetter in Cochem: 6 °C, Regen. Morgen: 4 °C, Schauer.", language="de"),
           Example("Waterstand Vecht bij Hardenberg: 6,82 m +NAP (stijgend)", language="nl"),
           Example("Farmacias de guardia hoy en tu municipio →", language="es"),
           Example("Εφημερεύοντα φαρμακεία σήμερα", language="el"), Example("Farmacie di turno oggi a Cremona", language="it"),
           Example("Weer: 21 graden, droog. Morgen kans op onweer.", language="nl"),
           Example("İzmir Namaz Vakitleri\nİmsak 04:41\nGüneş 06:15", "Güneş 06:15", language="tr"),
           Example("Demain : éclaircies, 16 °C, hygrométrie 78 %", language="fr"),
           Example("Índice UV: 9 (muy alto) Viento: NO 15 km/h", language="es"), "AIR QUALITY HEALTH INDEX",
           Example("İzmir Namaz Vakitleri\nİmsak 04:41\nGüneş 06:15", "İzmir Namaz Vakitleri", language="tr"),
           "Traffic in the region – live\n08:12 M62 J22–J23 eastbound: broken-down lorry, lane one closed\n"
           "07:55 A628 Woodhead Pass: open again after snow",
           "LIVE TRAFFIC\nA614 Bawtry Rd – Slow traffic – 8 min\nNorth Circular – Queuing – 11 min",
           Example("Wetter Davos\nHeute −5° / 0° Schneefall · Morgen −8° / −2° bewölkt", "Wetter Davos", language="de"),
           Example("天気 鷹ノ巣町\n16日（土） 晴れ時々曇り 31℃／23℃ 降水確率20％", "天気 鷹ノ巣町", language="ja"),
           Example("16日（土） 晴れ時々曇り 31℃／23℃ 降水確率20％", language="ja"),
           Example("LIVE TRAFFIC\nA614 Bawtry Rd – Slow traffic – 8 min\nNorth Circular – Queuing – 11 min", "LIVE TRAFFIC"),
           Example("Live departures: Harwick Central\n10:42 Denmouth — Bus replacement — Stop D\n"
                   "10:47 Carlow Junction — Platform 2 — On time", "10:47 Carlow Junction — Platform 2 — On time"),
           Example("Live departures: Harwick Central\n10:42 Denmouth — Bus replacement — Stop D\n"
                   "10:47 Carlow Junction — Platform 2 — On time", "Live departures: Harwick Central"),
           Example("Verkeer nu\nA2 Utrecht → ’s-Hertogenbosch: 7 km, +18 min\nA27 Gorinchem → Breda: 4 km, +9 min",
                   "A2 Utrecht → ’s-Hertogenbosch: 7 km, +18 min", language="nl"),
           Example("Verkeer nu\nA2 Utrecht → ’s-Hertogenbosch: 7 km, +18 min\nA27 Gorinchem → Breda: 4 km, +9 min",
                   "Verkeer nu", language="nl"),
           Example("Getijden Lauwersoog – woensdag 26 februari\nHW 05:01 (NAP +1,38 m) · LW 11:24 (NAP –1,02 m)",
                   "Getijden Lauwersoog – woensdag 26 februari", language="nl"),
           Example("HORARIO\nMartes a jueves: 13:30–16:00 y 20:30–23:30\nViernes y sábado: 13:30–16:00 y 20:30–00:00",
                   "Viernes y sábado: 13:30–16:00 y 20:30–00:00", language="es"),
           Example("HORARIO\nMartes a jueves: 13:30–16:00 y 20:30–23:30\nViernes y sábado: 13:30–16:00 y 20:30–00:00",
                   "HORARIO", language="es"),
           Example("【交通情報】県内の通行規制（12日10時現在）\n県道奥美川高原線 杉ノ沢 全面通行止め（土砂崩れ）\n県道湯平線 片側交互通行（工事）\n"
                   "詳しくは道路情報ページへ", "県道湯平線 片側交互通行（工事）", language="ja"),
           Example("【交通情報】県内の通行規制（12日10時現在）\n県道奥美川高原線 杉ノ沢 全面通行止め（土砂崩れ）\n詳しくは道路情報ページへ",
                   "詳しくは道路情報ページへ", language="ja")),
    keeps=(Example("Année | Début des vendanges | Degré moyen\n1955 | 24 septembre | 10,8°\n1985 | 16 septembre | 11,4°",
                   "1955 | 24 septembre | 10,8°", language="fr"),
           "Temperatures reached 41°C in Seville on Sunday, a record for June.", "Heat wave: 41°C",
           Example("gorączka powyżej 38°C", language="pl"),
           "14:05 The lorry was towed away and both lanes of the A12 reopened.\n14:20 A12 traffic is moving again, police said.",
           "Traffic\nThe council expects the worst queues in the first week of the closure.",
           "10:42 Denmouth — council says buses will run all week\n10:47 Carlow Junction — passengers wait two hours",
           Example("Графік роботи музею:\nВівторок – п'ятниця: 10:00–18:00\nСубота – неділя: 11:00–17:00",
                   "Субота – неділя: 11:00–17:00", language="uk"),
           Example("Ab Montag gelten im Bürgerbüro neue Zeiten.\nDienstag: 8–18 Uhr, für Berufstätige", "Dienstag: 8–18 Uhr, für "
                   "Berufstätige", language="de"),
           Example("Wetter extrem\nIn Davos fielen die Temperaturen in der Nacht auf −21°, so tief wie seit 1985 nicht mehr.",
                   "Wetter extrem", language="de"),
           "Air quality: what the new rules mean for drivers in the city centre and the suburbs around it.",
           "Weather: the storm left 20,000 homes without power, and temperatures fell to 2 degrees overnight."),
)
def weather(ctx: Context) -> Outcome:
    """A weather widget line: a temperature or humidity with a place and a condition; air quality, traffic, water levels."""
    if ctx.words <= SERVICE_LINK_MAX_WORDS and ctx.text.rstrip()[-1:] in "→›»" and SERVICE_LINK.match(ctx.lower):
        return "service widget (air quality, traffic, pharmacies, water levels)"  # "Farmacias de guardia hoy … →"
    if ctx.words <= SERVICE_MAX_WORDS and not ctx.sentence and SERVICE_WIDGET.match(ctx.lower):
        return "service widget (air quality, traffic, pharmacies, water levels)"
    if ctx.words <= PHARMACY_LABEL_MAX_WORDS and not ctx.sentence and PHARMACY_LABEL.match(ctx.lower):
        return "service widget (air quality, traffic, pharmacies, water levels)"  # "Farmacie di turno oggi a Cremona"
    if ctx.words <= SERVICE_MAX_WORDS and " | " in ctx.text and len(STATUS_LIGHT.findall(ctx.text)) >= 2:
        return "service widget (air quality, traffic, pharmacies, water levels)"  # "Κηφισίας 🔴 | Κηφισός 🟠 | …"
    if ctx.words <= SERVICE_MAX_WORDS and not ctx.sentence and TRAFFIC_LINE.match(ctx.lower):
        return "service widget (air quality, traffic, pharmacies, water levels)"  # "Verkehr: A8 … 3 km Stau"
    if ctx.words <= SERVICE_MAX_WORDS and WEATHER_BOX.match(ctx.lower):
        return "weather box"  # "Wetter in Cochem: 6 °C, Regen. Morgen: 4 °C, Schauer."
    if ctx.words <= SERVICE_MAX_WORDS and "degree" in ctx.features and DAY_FORECAST.match(ctx.lower):
        return "weather box"  # "Aujourd'hui : averses, 14 °C, vent SO 25 km/h", "Jeudi : pluie, 12 °C"
    if ctx.words <= 3 and "digit" in ctx.features and PRAYER_TIME.match(ctx.lower):
        return "service widget (prayer times)"  # "İmsak 04:41", "Yatsı 21:28"
    if ctx.words <= SERVICE_MAX_WORDS and not ctx.sentence and TRAFFIC_ENTRY.match(ctx.text) and any(
        (near := ctx.at(off)) is not None and TRAFFIC_ENTRY.match(near.text) and not near.sentence for off in (-1, 1)
    ):
        return "traffic feed entry"  # "14:05 A12 Ede → Utrecht: ongeval …", "13:20 A30 Barneveld → Ede: file opgelost"
    if ctx.words <= SERVICE_MAX_WORDS and "digit" in ctx.features and DEPARTURE_ROW.match(ctx.text) and any(
        (near := ctx.at(off)) is not None and DEPARTURE_ROW.match(near.text) for off in (-1, 1)
    ):
        return "departure board row"  # "10:47 Carlow Junction — Platform 2 — On time"
    if ctx.words <= SERVICE_MAX_WORDS and ROAD_ENTRY.match(ctx.text) and any(
        (near := ctx.at(off)) is not None and (ROAD_ENTRY.match(near.text) or TRAFFIC_LABEL.match(near.lower)) for off in (-1, 1)
    ):
        return "traffic feed entry"  # "A2 Utrecht → ’s-Hertogenbosch: 7 km, +18 min"
    if ctx.words <= SERVICE_MAX_WORDS and DELAY_ENTRY.match(ctx.text) and any(
        (near := ctx.at(off)) is not None and DELAY_ENTRY.match(near.text) for off in (-1, 1)
    ):
        return "traffic feed entry"  # "B6281 Millgate Rd – Moderate delays – 12 min"
    if ctx.words <= AIR_INDEX_MAX_WORDS and AIR_INDEX_LABEL.match(ctx.lower):
        return "service widget (air quality)"  # "AIR QUALITY HEALTH INDEX" over the city and its reading
    if ctx.words <= WEATHER_LABEL_MAX_WORDS and WEATHER_LABEL.match(ctx.lower) and (near := ctx.at(1)) is not None and (
            "degree" in near.features and not near.sentence):
        return "weather widget label"  # "Wetter Chur" over "Heute −3° / 2° Schneefall · Morgen …"
    if JA_SERVICE_LABEL.match(ctx.text):
        return "service widget label"  # "【交通情報】県内の通行規制（12日10時現在）"
    if (len(ctx.text) <= JA_ROW_MAX_CHARS and (JA_ROAD_ROW.match(ctx.text) or JA_MORE.match(ctx.text))
            and _under_ja_service_label(ctx)):
        return "service widget row"  # "県道湯平線 片側交互通行（工事）", "詳しくは道路情報ページへ"
    if ctx.words <= HOURS_LINE_MAX_WORDS and "digit" in ctx.features and DAY_HOURS.match(ctx.lower) and _in_hours_box(ctx):
        return "opening hours box"  # "Martes a jueves: 13:30–16:00 y 20:30–23:30" under "HORARIO"
    if ctx.words <= HOURS_LABEL_MAX_WORDS and HOURS_LABEL.match(ctx.lower) and (below := ctx.at(1)) is not None and (
            DAY_HOURS.match(below.lower)):
        return "opening hours box's label"
    if (ctx.words <= TIDE_LABEL_MAX_WORDS and not ctx.sentence and TIDE_LABEL.match(ctx.lower) and (near := ctx.at(1)) is not None
            and CLOCK.search(near.text) and not near.sentence):
        return "tide table label"  # "Getijden Lauwersoog – woensdag 26 februari" over "HW 05:01 (NAP +1,38 m) · …"
    if ctx.words <= TRAFFIC_LABEL_MAX_WORDS and TRAFFIC_LABEL.match(ctx.lower) and (near := ctx.at(1)) is not None and (
        DELAY_ENTRY.match(near.text) or TRAFFIC_ENTRY.match(near.text) or DEPARTURE_ROW.match(near.text)
        or ROAD_ENTRY.match(near.text)
    ):
        return "traffic feed label"  # "LIVE TRAFFIC" over its entries
    if ctx.words <= FORECAST_MAX_WORDS and not ctx.sentence and "degree" in ctx.features and HIGH_LOW.search(ctx.text):
        return "weather widget (a forecast's high and low)"  # "16日（土） 晴れ時々曇り 31℃／23℃ 降水確率20％"
    if "degree" in ctx.features and JA_WEATHER.match(ctx.text):
        return "weather widget (temperature)"  # "高松市の天気 29℃ くもり のち 雨 降水確率90%"
    if ctx.words > WIDGET_MAX_WORDS or ctx.sentence or "bullet" in ctx.features:
        return None  # (a list's item: "・室内の湿度を50〜60％に保つ")
    if (TEMPERATURE.search(ctx.text) and not LABELLED.match(ctx.text) and not ctx.text[:1].islower()
            and not (" | " in ctx.text and table_row(ctx))):
        return "weather widget (temperature)"  # (not an item of the article's list: "gorączka powyżej 38°C", nor a row
        # of its table: "1955 | 24 septembre | 10,8°" under "Année | Début des vendanges | Degré moyen")
    if "weather" in ctx.contains:
        return "weather widget"
    return None


# "高松市の天気 29℃ くもり": a place's weather, its temperature at once.
JA_WEATHER = rx.compile(r"^\S{1,12}の天気[\s\u3000][^。]{0,30}?[-−]?\d{1,2}(?:\.\d)?\s?[℃°]")


# A city's services, the names its boxes and links carry.
AIR_QUALITY = (r"air quality|qualité de l'air|luftqualität|calidad del aire|qualità dell'aria|qualidade do ar|luchtkwaliteit|"
               r"jakość powietrza|hava kalitesi|ποιότητα (?:του )?αέρα|качество воздуха|якість повітря")
PHARMACIES = (r"farmacie di turno|apotheken-notdienst|notdienst-apotheken|notdienstapotheken|pharmacies de garde|farmacias de guardia|"
              r"farmácias de serviço|dienstdoende apotheken?|apteki dyżurne|nöbetçi eczaneler?|εφημερεύοντα φαρμακεία|"
              r"дежурные аптеки|чергові аптеки|pharmacies on duty|duty pharmacies|on-duty pharmacies")
PHARMACY_LABEL = rx.compile(rf"^(?:{PHARMACIES})(?!\w)")
PHARMACY_LABEL_MAX_WORDS = 7
# "Qualité de l'air : médiocre (indice 4/6)", "Info trafic TCL : … – trafic normal": a city's service boxes.
SERVICE_WIDGET = rx.compile(
    rf"^(?:{AIR_QUALITY}|"
    r"traffic info|info trafic|infos? trafic|verkehrsinfo|verkehrslage|info tráfico|estado del tráfico|info traffico|"
    r"info trânsito|verkeersinfo|pollen(?:flug)?|pollens?|uv index|uv-index|indice uv|índice uv|indice uv|indeks uv|"
    r"uv endeksi|δείκτης uv|уф-індекс|уф-индекс|live traffic|traffic update|"
    rf"{PHARMACIES}|"
    # river gauges and tides: "Waterstand Vecht bij Hardenberg: 6,82 m +NAP (stijgend)", "Pegel Cochem: 7,12 m"
    r"waterstand|wasserstand|pegel(?:stand)?|river level|water level|tide times|high tide|niveau de l'eau|marées?|"
    r"nivel del río|livello del fiume|nível do rio|poziom wody|su seviyesi|στάθμη|рівень води|уровень воды)"
    r"(?:\s\S+){0,3}?\s?[:：]\s\S"
)
SERVICE_MAX_WORDS = 30
# A status light beside each part of a strip: roads, lines, lifts ("Κηφισός (προς Πειραιά) 🟠").
STATUS_LIGHT = rx.compile(r"[🔴🟠🟡🟢⚫⚪]")
# "Verkehr: A8 Stuttgart Richtung München … 3 km Stau", "Traffic: M6 J10–J11 northbound, queues": the traffic box, a road.
TRAFFIC_LINE = rx.compile(
    r"^(?:verkehr|traffic|trafic|tráfico|traffico|trânsito|verkeer|ruch|trafik|κίνηση|трафік|пробки)\s?[:：]\s"
    r".{0,60}?(?<!\w)(?:[abmnes]\s?\d{1,3}|autobahn|motorway|autoroute|autopista|autovía|autostrada|snelweg|autostrad\w*|"
    r"otoyol)(?!\w)"
)
# A forecast's day, then the weather: "Demain : éclaircies, 16 °C", "Tomorrow: showers, 12°C".
DAY_FORECAST = rx.compile(
    r"^(?:today|tonight|tomorrow|aujourd'hui|ce soir|demain|heute|morgen|hoy|mañana|oggi|domani|hoje|amanhã|vandaag|"
    r"dziś|dzisiaj|jutro|bugün|yarın|σήμερα|αύριο|сьогодні|завтра|сегодня|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s?[:：]\s[^.!?]{0,40}?[-−+]?\d{1,2}\s?°"
)
# A row of a prayer-times box: the prayer's name, then its time ("İmsak 04:41", "Maghrib 20:01").
PRAYER_TIME = rx.compile(
    r"^(?:imsak|sabah|güneş|öğle|öğlen|ikindi|akşam|yatsı|fajr|sunrise|dhuhr|zuhr|asr|maghrib|isha)\s?[:：]?\s"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d$"
)
# A traffic feed's entry: a time, then a road's number ("14:05 A12 Ede → Utrecht: …", "7.40 M62 J22 eastbound …").
TRAFFIC_ENTRY = rx.compile(r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d\s+(?:[ABMNES]\s?\d{1,3}[a-z]?|RN\s?\d{1,3}|[ABMN]-\d{1,3})(?!\w)")
# "Wetter Chur", "Météo à Brest", "Погода в Казани": the weather box's title, a place after the word.
WEATHER_LABEL = rx.compile(
    r"^(?:weather|wetter|météo|el tiempo|tiempo|meteo|previsioni meteo|tempo|weer|pogoda|hava durumu|hava|καιρός|погода|"
    r"väder|天気)(?:\s(?:in|en|a|à|au|à|em|w|в|у|στην?|för|für|de|del|di|do|da|voor))?(?:\s\p{L}[\p{L}-]*){1,2}$"
)
WEATHER_LABEL_MAX_WORDS = 4
TRAFFIC_LABEL_MAX_WORDS = 6  # "Live departures: Harwick Central"
TIDE_LABEL = rx.compile(r"^(?:getijden|getij|gezeiten|tide times|tides|high and low tides?|marées|horaires des marées|mareas|"
                           r"maree|marés|tábua de marés|pływy|gelgit|παλίρροιες|приливи|приливы|tidvatten|潮汐|潮見表)\b")
TIDE_LABEL_MAX_WORDS = 8
# A Japanese service box: its bracketed label, its rows of roads and their restrictions, its link for details.
JA_SERVICE_LABEL = rx.compile(r"^【(?:交通情報|道路情報|気象情報|天気|運行情報|停電情報|断水情報|避難情報)】")
JA_ROAD_ROW = rx.compile(r"^(?:国道|県道|都道|府道|道道|市道|町道|村道|高速|自動車道)\S*[\s　].{0,30}?"
                            r"(?:通行止め|通行規制|チェーン規制|交互通行|規制|渋滞|運休|遅れ)(?:（[^）]{0,12}）)?$")
JA_MORE = rx.compile(r"^詳しくは.{1,20}(?:へ|を(?:ご覧|参照)ください|をチェック)[。]?$")
JA_ROW_MAX_CHARS = 60
JA_SERVICE_REACH = 6


def _under_ja_service_label(ctx: Context) -> bool:
    return _under_label(ctx, lambda above: JA_SERVICE_LABEL.match(above.text) is not None,
                        lambda above: JA_ROAD_ROW.match(above.text) is not None, JA_SERVICE_REACH)


# An opening-hours box: its label over lines of days and hours ("Martes a jueves: 13:30–16:00 y 20:30–23:30").
HOURS_LABEL = rx.compile(r"^(?:opening hours|opening times|hours|öffnungszeiten|horaires?(?: d'ouverture)?|horarios?|orari(?:o)?"
                            r"(?: di apertura)?|horário(?: de funcionamento)?|openingstijden|openingsuren|godziny otwarcia|"
                            r"çalışma saatleri|ωράριο(?: λειτουργίας)?|години роботи|графік роботи|часы работы|режим работы|öppettider|営業時間)"
    r"[\s:：]*$")
HOURS_LABEL_MAX_WORDS = 4
WEEKDAYS = (r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|"
            r"dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|"
            r"vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|"
            r"venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
            r"zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pazartesi|salı|çarşamba|perşembe|cuma|"
            r"cumartesi|pazar|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|понедельник|вторник|среда|четверг|пятница|"
            r"суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя|δευτέρα|τρίτη|"
            r"τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή")
DAY_HOURS = rx.compile(
    rf"^(?:{WEEKDAYS})\.?(?:(?:\s(?:a|à|al|bis|to|till|tot|t/m|do|–|—|-)\s|\s?[–-]\s?|,\s|\sy\s|\se\s|\sund\s|\set\s|\sen\s|\si\s)"
    rf"(?:{WEEKDAYS})\.?)*\s?[:：]?\s(?:\d{{1,2}}(?:[:.h]\d{{2}})?\s?[–-]\s?\d{{1,2}}(?:[:.h]\d{{2}})?|cerrado|closed|geschlossen|"
    r"fermé|chiuso|fechado|gesloten|zamknięte|kapalı|stängt|выходной|вихідний|κλειστό)"
)
HOURS_LINE_MAX_WORDS = 16
HOURS_REACH = 4


def _in_hours_box(ctx: Context) -> bool:
    """Under the box's label, other lines of days and hours between (under an article's lead-in, "Графік роботи
    музею:", the hours are the article's)."""
    return _under_label(ctx, lambda above: HOURS_LABEL.match(above.lower) is not None,
                        lambda above: DAY_HOURS.match(above.lower) is not None, HOURS_REACH)


# An air-quality box's title alone on its line (the index's name, not "Air quality" as a sub-heading).
AIR_INDEX_LABEL = rx.compile(
    r"^(?:air quality (?:health )?index|aqhi|aqi|luftqualitätsindex|indice (?:de la )?qualité de l'air|"
    r"índice de calidad del aire|indice di qualità dell'aria|índice de qualidade do ar|luchtkwaliteitsindex|"
    r"indeks jakości powietrza|hava kalitesi indeksi|δείκτης ποιότητας αέρα|індекс якості повітря|индекс качества воздуха)"
    r"(?:\s?\((?:aqhi|aqi)\))?$"
)
AIR_INDEX_MAX_WORDS = 8
FORECAST_MAX_WORDS = 16
# A road's state and its delay, parts set apart by dashes: "Eastfield Roundabout – Queuing – 9 min".
DEPARTURES = (r"departures|arrivals|abfahrten|ankünfte|abfahrtstafel|départs|arrivées|prochains départs|salidas|llegadas|"
              r"próximas salidas|partenze|arrivi|prossime partenze|partidas|chegadas|vertrektijden|vertrek|aankomst|odjazdy|"
              r"przyjazdy|kalkışlar|varışlar|αναχωρήσεις|αφίξεις|відправлення|прибуття|отправления|прибытие|avgångar|ankomster")
# A road's stretch and its state: "A2 Utrecht → ’s-Hertogenbosch: 7 km, +18 min", "A27 Gorinchem → Breda: geen bijzonderheden".
ROAD_ENTRY = rx.compile(r"^(?:[ABMNES]\s?\d{1,3}[a-z]?|RN\s?\d{1,3}|[ABMN]-\d{1,3})\s[^:：]{2,50}?(?:→|->|>|–|—)[^:：]{2,50}[:：]\s\S")
DELAY_ENTRY = rx.compile(r"^[^–—|]{2,50}?\s[–—-]\s[^–—|]{2,40}?\s[–—-]\s\+?\d{1,3}\s?(?:min|mins|minutes|minuten|minuti|minutos|dk)\.?$")
TRAFFIC_LABEL = rx.compile(r"^(?:live )?(?:traffic|travel)(?: (?:now|live|update|news))?$|^(?:verkehr|trafic|tráfico|traffico|trânsito|verkeer)"
                              r"(?: (?:live|aktuell|jetzt|en direct|en ce moment|en directo|ahora|in diretta|ora|ao vivo|agora|nu))?$|"
                              rf"^(?:live )?(?:{DEPARTURES})(?:\s(?:live|aktuell|en direct|en directo))?(?:\s?[:：].{{0,40}})?$")
# A departure board's row: the time, where to, then its stop or platform and its status ("10:47 Carlow Junction — Platform 2
# — On time", "10:55 Denmouth — Bus replacement — Expected 10:51").
DEPARTURE_ROW = rx.compile(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d\s[^—–|]{2,40}(?:\s[—–|-]\s[^—–|]{1,30}){1,3}(?<=\s[—–|-]\s"
    r"(?i:on time|delayed|cancell?ed|expected \d{1,2}[:.]\d\d|platform \w+|stop \w+|gate \w+|pünktlich|verspätet|fällt aus|"
    r"gleis \w+|à l'heure|retardé|supprimé|voie \w+|quai \w+|a tiempo|retrasado|cancelado|andén \w+|vía \w+|in orario|"
    r"in ritardo|soppresso|binario \w+|op tijd|vertraagd|vervallen|spoor \w+|planowo|opóźniony|odwołany|peron \w+|zamanında|"
    r"gecikmeli|iptal|вчасно|затримується|скасовано|вовремя|задерживается|отменён|i tid|försenad|inställd|spår \w+))$"
)
# The same services as a link: "Farmacias de guardia hoy en tu municipio →".
SERVICE_LINK = rx.compile(
    rf"^(?:{PHARMACIES}|{AIR_QUALITY}|traffic|verkehr|trafic|tráfico|traffico|trânsito)\b"
)
SERVICE_LINK_MAX_WORDS = 10
# "Météo Brest : 19 °C, éclaircies", "Weer: 21 graden, droog.": the weather word, a place, a colon, then a temperature.
WEATHER_BOX = rx.compile(
    r"^(?:weather|wetter|météo|el tiempo|tiempo|meteo|tempo|weer|pogoda|hava durumu|hava|καιρός|погода|天気)"
    r"(?:\s\S+){0,3}?\s?[:：]\s[^.!?]{0,20}?[-−+]?\d{1,3}(?:[.,]\d)?\s?(?:°|graden|grad\b|degrees|degrés|grados|gradi|"
    r"graus|stopni|derece|βαθμο|градус)",
    regex.I,
)


# "Notowania z opóźnieniem 15 min.", "Data delayed 15 minutes": the ticker's footnote.
DELAYED = rx.compile(r"delayed|verzögert|différé|retrasad|retraso de|ritardat|ritardo di|atraso de|com atraso|vertraagd|"
                        r"opóźnieni|gecikmeli|καθυστέρησ|затримк|задержк|fördröjd|遅れ|遅延")
# A ticker's note sits under its last quote, or under the converter's field below the quotes.
DELAY_NOTE_REACH = 3
DELAY_NOTE_MAX_WORDS = 12
# "Dólar comercial: R$ 5,42 (+0,31%)": a currency's name, its price with the currency's sign, its change.
LABELLED_QUOTE = rx.compile(
    r"^[^:]{2,30}:\s?(?:R\$|US\$|\$|€|£|¥|₺|zł|₽|₴|kr)\s?\d[\d.,]*\s?(?:\p{Sc}|zł|kr)?\s?\(?(?:[-−+]|[▲▼↑↓])\s?\d[\d.,]*\s?%\)?$"
)


def _is_ticker(ctx: Context | None) -> bool:
    return (ctx is not None and ctx.words <= WIDGET_MAX_WORDS and not ctx.sentence and ":" not in ctx.text
            and PERCENT_CHANGE.search(ctx.text) is not None)


# "Le altre piazze europee:" over "Francoforte +0,42%", "Parigi +0,35%", then the report goes on: the article's figures.
ANNOUNCED_RUN_MAX = 8
SYMBOL_QUOTE = rx.compile(r"^[A-Z0-9][A-Z0-9.\-^]{1,14}\s")


def _announced_in_text(ctx: Context) -> bool:
    """The quote sits in a run of quotes that a paragraph's lead announces with its colon and that the article's
    prose follows: a market report's own figures, not a ticker beside it."""
    if SYMBOL_QUOTE.match(ctx.text):
        return False  # "MAERSK-B.CO -3.12%" under "In this article:": an instrument's code, a quotes widget's line
    lead = None
    for back in range(1, ANNOUNCED_RUN_MAX + 1):
        above = ctx.at(-back)
        if above is None or not _is_ticker(above):
            lead = above
            break
    if lead is None or not lead.text.rstrip().endswith((":", "：")) or lead.words > WIDGET_MAX_WORDS:
        return False
    before = lead.at(-1)
    if before is None or before.quality is not Quality.PROSE:
        return False
    for ahead in range(1, ANNOUNCED_RUN_MAX + 1):
        below = ctx.at(ahead)
        if below is None or not _is_ticker(below):
            return below is not None and below.quality is Quality.PROSE and below.sentence
    return False


TICKER_LABEL_MAX_WORDS = 4


def _ticker_label(ctx: Context) -> bool:
    """A bare label over two quotes: the ticker's title, not a lead into the article's figures (which ends in a colon)."""
    if (ctx.words > TICKER_LABEL_MAX_WORDS or ctx.sentence or "digit" in ctx.features or CELL in ctx.text
            or ctx.text.rstrip().endswith((":", "："))):
        return False  # (a table's header row is the table's)
    quotes = (ctx.at(1), ctx.at(2))
    return all(q is not None and (_is_ticker(q) or _labelled_quote(q)) and not table_row(q) for q in quotes)


def _labelled_quote(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= WIDGET_MAX_WORDS and LABELLED_QUOTE.match(ctx.text) is not None


# "Compra $1.245 · Venta $1.265", "Buy 1.0842 | Sell 1.0851": a quote's buying and selling rates.
QUOTE_PAIR = rx.compile(
    r"^(?:compra|buy|bid|we buy|kauf|ankauf|achat|acquisto|compra|kupno|alış|αγορά|купівля|покупка)\s?:?\s?\S{0,4}\s?\d[\d.,]*"
    r"\s?\S{0,4}\s?[·|/–-]\s?(?:venta|sell|ask|we sell|verkauf|vente|vendita|venda|sprzedaż|satış|πώληση|продаж|продажа)"
    r"\s?:?\s?\S{0,4}\s?\d[\d.,]*\s?\S{0,4}$"
)
QUOTE_NAME_MAX_WORDS = 3


@line_feature("quote_pair")
def _quote_pair_text(line: LineText) -> bool:
    return line.words <= WIDGET_MAX_WORDS and QUOTE_PAIR.match(line.lower) is not None


# A quotes table's header: a price column and a change column ("Produkt | Termin | Kurs | Veränd.").
PRICE_COLUMN = rx.compile(r"^(?:kurs|preis|price|last|cours|prix|precio|cotización|prezzo|quotazione|cotação|koers|"
                             r"cena|kurs|fiyat|τιμή|ціна|цена|pris)\.?$")
CHANGE_COLUMN = rx.compile(r"^(?:veränd\.?|veränderung|change|chg\.?|\+/-|\+/−|var\.?|variation|variación|variazione|"
                              r"variação|verand\.?|verandering|zmiana|değişim|değ\.?|μεταβολή|зміна|изменение|förändring|"
                              r"diff\.?)$")
QUOTES_REACH = 8
SIGNED_CELL = rx.compile(r"^[+−–-]\s?\d")
QUOTES_TITLE_MAX_WORDS = 4


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.casefold().split(" | ")]


@line_feature("quotes_header")
def _quotes_header_text(line: LineText) -> bool:
    """A table's header row with a price column and a change column: a market widget's, not the article's."""
    if line.text.count(" | ") < 2:
        return False
    cells = _cells(line.text)
    return any(PRICE_COLUMN.match(c) for c in cells) and any(CHANGE_COLUMN.match(c) for c in cells)


def _quotes_row(ctx: Context) -> bool:
    """A row whose last cell is a signed change, under a quotes table's header (rows of the table between), in a
    widget's table (see ``_delayed_below``)."""
    if ctx.text.count(" | ") < 2 or not SIGNED_CELL.match(_cells(ctx.text)[-1]):
        return False
    for back in range(1, QUOTES_REACH + 1):
        above = ctx.at(-back)
        if above is None or above.text.count(" | ") < 2:
            return False
        if "quotes_header" in above.features:
            return _delayed_below(above)
    return False


def _delayed_below(header: Context) -> bool:
    """The quotes table under this header ends in the widget's delay note ("Kurse verzögert, Stand 09:45 Uhr"): an article's
    own table of prices has no such note."""
    for k in range(1, QUOTES_REACH + 2):
        below = header.at(k)
        if below is None:
            return False
        if below.text.count(" | ") < 2:
            return below.words <= DELAY_NOTE_MAX_WORDS and DELAYED.search(below.lower) is not None
    return False


@detector(
    "WG05", "widgets.market_ticker", triggers=("percent", "digit", "contains:markets", "short", "quote_pair", "quotes_header"),
    near=(("percent", "quote_pair", "quotes_header"), max(DELAY_NOTE_REACH, QUOTES_REACH)),
    flags=("DAX 18.204 +0,4%", "Dow Jones 38,239.66 -0.12%", "EUR/USD 1.0842 +0.1%",
           Example("WIG20 2 541,22 +0,64%\nNotowania z opóźnieniem 15 min.", language="pl"),
           Example("Cotações: Dólar R$ 5,61 ▲0,3% | Euro R$ 6,22 ▼0,1% | Ouro R$ 412,00/g", language="pt"),
           "FTSE 100 8,102 +0.4% | DAX 18,204 -0.2% | Brent $82.10",
           Example("Actuele hypotheekrente\n5 jaar vast 3,64%\n10 jaar vast 3,71%", "10 jaar vast 3,71%", language="nl"),
           Example("Actuele hypotheekrente\n5 jaar vast 3,64%\n10 jaar vast 3,71%", "Actuele hypotheekrente", language="nl"),
           Example("Dólar comercial: R$ 5,38 (+0,12%)\nEuro: R$ 6,31 (-0,22%)", "Euro: R$ 6,31 (-0,22%)", language="pt"),
           Example("Câmbio agora\nDólar comercial: R$ 5,38 (+0,12%)\nEuro: R$ 6,31 (-0,22%)", "Câmbio agora", language="pt"),
           Example("Cotizaciones\nDólar blue\nCompra $1.245 · Venta $1.265", "Dólar blue", language="es"),
           Example("Cotizaciones\nDólar blue\nCompra $1.245 · Venta $1.265", "Compra $1.245 · Venta $1.265", language="es"),
           Example("Cotizaciones\nDólar blue\nCompra $1.245 · Venta $1.265", "Cotizaciones", language="es"),
           Example("Marktpreise aktuell\nProdukt | Termin | Kurs | Veränd.\nWeizen | Mai 25 | 221,50 €/t | +1,25\n"
                   "Kurse verzögert, Stand 09:45 Uhr.", "Weizen | Mai 25 | 221,50 €/t | +1,25", language="de"),
           Example("Marktpreise aktuell\nProdukt | Termin | Kurs | Veränd.\nWeizen | Mai 25 | 221,50 €/t | +1,25\n"
                   "Kurse verzögert, Stand 09:45 Uhr.", "Marktpreise aktuell", language="de"),
           Example("Dólar comercial: R$ 5,38 (+0,12%)\nEuro: R$ 6,31 (-0,22%)\nConverter R$ 100,00 em: USD ▾\n"
                   "Cotação de 02/10/2025, 16h10 – atraso de 15 minutos", "Cotação de 02/10/2025, 16h10 – atraso de 15 minutos",
                   language="pt")),
    keeps=(Example("Piazza Affari ha chiuso in rialzo dello 0,8%, trainata dalle banche e dai titoli dell'energia.\n"
                   "Le altre piazze europee:\nFrancoforte +0,42%\nParigi +0,35%\nLondra -0,12%\n"
                   "Sul mercato del gas, il prezzo ad Amsterdam è sceso del 2% a 41 euro al megawattora.",
                   "Parigi +0,35%", language="it"),
           "The DAX closed up 0.4% on Friday after a volatile week.", "Inflation: +2.1%",
           Example("DAX 18.204 +0,4%\nThe delayed train arrived at 9:15.", "The delayed train arrived at 9:15."),
           Example("Figure | 2025 | 2024 | Change\nSales (m) | 412.0 | 398.6 | +3.4%", "Sales (m) | 412.0 | 398.6 | +3.4%"),
           Example("Partei | Stimmen | Sitze | Veränd.\nCDU | 31,2 % | 12 | +2", "CDU | 31,2 % | 12 | +2", language="de"),
           "Ticker | Security | Last | Change\nHD | THE HOME DEPOT INC. | 225.86 | -12.99\nThe stock fell after the results.",
           Example("Closing levels on Tuesday:\nFTSE 100 8,102 (+0.4%) | DAX 18,204 (-0.2%) | Dow 38,239 (+0.1%)",
                   "FTSE 100 8,102 (+0.4%) | DAX 18,204 (-0.2%) | Dow 38,239 (+0.1%)"),
           Example("In Utrecht stegen de prijzen het hardst:\nUtrecht 9,8%\nAmersfoort 8,1%", "Amersfoort 8,1%", language="nl"),
           "Inflation: 2.1% (+0.3%)\nCore inflation: 2.6% (-0.1%)"),
)
def market_ticker(ctx: Context) -> Outcome:
    """A market ticker line: an index or currency, a level and a change in per cent; or its delay note; a quotes table
    with its price and change columns, and its title."""
    if "quotes_header" in ctx.features:
        return "header of a quotes table" if _delayed_below(ctx) else None  # "Produkt | Termin | Kurs | Veränd."
    if "digit" in ctx.features and _quotes_row(ctx):
        return "row of a quotes table"  # "Weizen | Mai 25 | 221,50 €/t | +1,25"
    if ctx.words <= QUOTES_TITLE_MAX_WORDS and not ctx.sentence and (below := ctx.at(1)) is not None and (
            "quotes_header" in below.features) and _delayed_below(below):
        return "title of a quotes table"  # "Marktpreise aktuell"
    if "quote_pair" in ctx.features:
        return "market ticker (buying and selling rates)"  # "Compra $1.245 · Venta $1.265"
    if ctx.words <= QUOTE_NAME_MAX_WORDS and not ctx.sentence and "percent" not in ctx.features:
        below = ctx.at(1)
        if below is not None and "quote_pair" in below.features and "digit" not in ctx.features:
            return "name of a quote"  # "Dólar blue" over "Compra $1.245 · Venta $1.265"
        if ("markets" in ctx.contains and below is not None and (after := below.at(1)) is not None
                and "quote_pair" in after.features):
            return "label of a market ticker"  # "COTIZACIONES" over "Dólar blue" and its rates
    if "percent" not in ctx.features:
        if _rates_label(ctx) and _rate_row(ctx.at(1)):
            return "label of a rates box"  # "Actuele hypotheekrente" over "5 jaar vast 3,64%"
        if _ticker_label(ctx):
            return "label of a market ticker"  # "Conversor de moedas" over "Dólar comercial: R$ 5,42 (+0,31%)"
        if ctx.words > DELAY_NOTE_MAX_WORDS or DELAYED.search(ctx.lower) is None or not any(
                _is_ticker(near := ctx.at(-back)) or _labelled_quote(near) for back in range(1, DELAY_NOTE_REACH + 1)):
            return None
        return "market ticker note" if not ctx.sentence or COOKING_TIME.search(ctx.text) else None
    if (_is_ticker(ctx) or _ticker_row(ctx)) and not table_row(ctx) and not _announced_in_text(ctx):
        return "market ticker"
    if _labelled_quote(ctx) and (_labelled_quote(ctx.at(-1)) or _labelled_quote(ctx.at(1))):
        return "market ticker"  # "Dólar comercial: R$ 5,42 (+0,31%)" over "Euro: R$ 6,29 (-0,08%)"
    return "rate in a rates box under its label" if _rate_row(ctx) and _under_rates_label(ctx) else None


# "Actuele hypotheekrente" over "5 jaar vast 3,64%", "10 jaar vast 3,71%": a box of rates under its label.
RATE_ROW = rx.compile(r"^\S.{0,40}?\s\d{1,2}[.,]\d{1,3}\s?%$")
RATE_ROW_MAX_WORDS = 6
RATES_REACH = 8


def _rate_row(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= RATE_ROW_MAX_WORDS and not ctx.sentence and RATE_ROW.match(ctx.text) is not None


def _rates_label(ctx: Context) -> bool:
    """A short label of the lexicon's markets ("Actuele hypotheekrente")."""
    return "markets" in ctx.contains and ctx.words <= RATE_ROW_MAX_WORDS and not ctx.sentence


def _under_rates_label(ctx: Context) -> bool:
    """Only rate rows between this one and a markets label above ("Actuele hypotheekrente")."""
    for k in range(1, RATES_REACH + 1):
        above = ctx.at(-k)
        if above is None:
            return False
        if _rates_label(above):
            return True
        if not _rate_row(above):
            return False
    return False


# "Cotações: Dólar R$ 5,61 ▲0,3% | Euro R$ 6,22 ▼0,1% | Café arábica R$ 1.412,00/saca": several quotes on one line.
TICKER_ROW_MAX_WORDS = 24
TICKER_CELL_MAX_WORDS = 6
TICKER_ROW_MIN_QUOTES = 2


def _ticker_row(ctx: Context) -> bool:
    if ctx.words > TICKER_ROW_MAX_WORDS or ctx.sentence or CELL not in ctx.text:
        return False
    quotes = [c for c in ctx.text.split(CELL) if PERCENT_CHANGE.search(c)]
    if len(quotes) < TICKER_ROW_MIN_QUOTES or any(len(c.split()) > TICKER_CELL_MAX_WORDS for c in quotes):
        return False
    above = ctx.at(-1)  # "Schlussstände am Dienstag:" over the row: the article's own figures
    return above is None or not above.text.rstrip().endswith((":", "："))


TV_CHANNEL = rx.compile(r"\([^()]{1,24}\)$")
TV_NEIGHBOURHOOD = 3


LISTING_STRIP_MAX_WORDS = 40


def _labelled_listing(ctx: Context) -> bool:
    """The listing's label opens the line (after a pictogram), a time follows it."""
    lower = ctx.lower
    start = len(lower) - len(lower.lstrip(" 📺📻🎬▶►•*"))
    found = ctx.view.lexicon.contains.at(lower, start)
    return found is not None and found[0] == "tv" and CLOCK.search(lower, found[1]) is not None


# After a game clock, the score a goal made: "08:41 — 0:1. Сафин (Ларин, Быстров)".
GAME_EVENT = rx.compile(r"\s?[–—-]\s?\d{1,2}:\d{1,2}[.,]?\s")


@detector(
    "WG06", "widgets.tv_listing", triggers=("digit", "contains:tv", "short"),
    flags=("20:15 Tatort (ARD)", "21.00 Le Journal (France 2)",
           Example("📺 番組表 18:15 みらいイブニング「大雨 県内の被害まとめ」／19:00 天気予報", language="ja"),
           Example("Ce soir sur Antenne Ouest\n19h00 Le journal régional\n20h10 Météo Ouest", "20h10 Météo Ouest", language="fr"),
           Example("Tonight on Harbour Radio\n18:00 Drive Time\n19:00 The Evening Show\n20:00 Jazz Hour\n22:00 Late Night Folk",
                   "22:00 Late Night Folk"),
           Example("Σήμερα στη Βόρειος TV\n18:30 Μακεδονία Σήμερα\n20:00 Κεντρικό Δελτίο Ειδήσεων", "20:00 Κεντρικό Δελτίο Ειδήσεων",
                   language="el"),
           Example("PARRILLA DE HOY EN TCR\n14:00 Informatiu migdia\n14:30 El temps", "PARRILLA DE HOY EN TCR", language="es"),
           Example("Hoje na TVB\n19:30 Jornal das Beiras\n20:15 Magazine Agrícola", "20:15 Magazine Agrícola", language="pt")),
    keeps=(Example("Ход матча\n08:41 — 0:1. Сафин (Ларин, Быстров)\n17:02 — 1:1. Горелов (Тюрин)", "17:02 — 1:1. Горелов (Тюрин)",
                   language="ru"),
           Example("Inwestorzy będą w środę śledzić następujące publikacje:\n10:00 – inflacja bazowa w maju (NBP)\n"
                   "14:30 – inflacja CPI w USA", "10:00 – inflacja bazowa w maju (NBP)", language="pl"),
           "20:15 – Kick-off in Munich, Bayern start with Kane up front.", "20:15 Kick-off",
           Example("Tonight on Harbour Radio, the new Saturday line-up:\nTime | Show | Host\n9:00–10:00 | Harbour Notes | Jo Park",
                   "9:00–10:00 | Harbour Notes | Jo Park")),
)
def tv_listing(ctx: Context) -> Outcome:
    """A TV-listing line: a start time, a programme and its channel; the heading that names the channel over it."""
    if "tv" in ctx.contains and ctx.words <= LISTING_STRIP_MAX_WORDS and not ctx.sentence and _labelled_listing(ctx):
        return "TV listing"  # "📺 番組表 18:15 みらいイブニング「…」／19:00 天気予報": its label, then times and programmes
    m = CLOCK.match(ctx.text)
    if m is None and ctx.words <= CHANNEL_HEADER_MAX_WORDS and not ctx.sentence and (
            "tv" in ctx.contains or _channel_header(ctx)) and _programme_line(ctx.at(1)) and _programme_line(ctx.at(2)):
        return "heading of the TV listing below"  # "PARRILLA DE HOY EN TCR" over "14:00 Informatiu migdia"
    if m is None or ctx.words > LISTING_MAX_WORDS or ctx.sentence or table_row(ctx):
        return None  # (a row of the article's own table, under its header row: "時間 | 番組 | 出演")
    if GAME_EVENT.match(ctx.text, m.end()):
        return None  # "08:41 — 0:1. Сафин (Ларин, Быстров)": a goal at the game's clock, with the score it made
    above = ctx.at(-1)
    if (above is not None and above.text.rstrip().endswith((":", "：")) and above.words >= LIST_LEAD_MIN_WORDS
            and "tv" not in above.contains and not _channel_header(above)):
        return None  # "… śledzić następujące publikacje:" / "10:00 – inflacja bazowa w maju (NBP)": the article's list
    if TV_CHANNEL.search(ctx.text) and ctx.words <= WIDGET_MAX_WORDS:
        return "TV listing"
    for off in range(-TV_NEIGHBOURHOOD, TV_NEIGHBOURHOOD + 1):
        near = ctx.at(off)
        if off and near is not None and ("tv" in near.contains or _channel_header(near)):
            return "TV listing"
    # further down a long schedule: the programme lines above run up to the header ("Ce soir sur Antenne Ouest")
    up = -1
    while up > -SCHEDULE_MAX_ROWS and _programme_line(ctx.at(up)):
        up -= 1
    header = ctx.at(up)
    if up < -TV_NEIGHBOURHOOD and header is not None and ("tv" in header.contains or _channel_header(header)):
        return "TV listing"
    return None


LIST_LEAD_MIN_WORDS = 4
# "Σήμερα στη Βόρειος TV", "Today on Harbour TV": a short heading that names a channel, over its schedule.
CHANNEL_TOKEN = rx.compile(r"(?<!\w)TV[A-Z0-9]{0,2}(?!\w)")  # "TV", "TVB", "TV3"
CHANNEL_HEADER_MAX_WORDS = 6


def _channel_header(ctx: Context) -> bool:
    return (ctx.words <= CHANNEL_HEADER_MAX_WORDS and not ctx.sentence and CLOCK.search(ctx.text) is None
            and CHANNEL_TOKEN.search(ctx.text) is not None)


SCHEDULE_MAX_ROWS = 24
LISTING_MAX_WORDS = 12  # "21h10 France 2 – Les Enquêtes du lac, série (inédit)" under "Ce soir à la télé"


def _programme_line(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= LISTING_MAX_WORDS and not ctx.sentence and CLOCK.match(ctx.text) is not None


STANDING_ROW = rx.compile(  # (a team has no comma in its name: "1. Rivergaro, piazza Paolo, dalle 8 alle 20" is a place)
    r"^\d{1,2}[.)]\s+\S[^,]{1,45}?\s+(?:(?:[–—-]\s)?[-+]?\d{1,3}(?:[.,]\d)?(?:\s*(?:pts?|pkt|punkte|pkte|puan|points|p|poäng|очк\w*|βαθ\.?))?"
    r"|\d+h\d{1,2}'\d{1,2}\"|(?:a|\+)\s*\d{1,2}'?\d{0,2}\"?)$",
    regex.I,
)
STANDINGS_REACH = 2


def _is_row(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= WIDGET_MAX_WORDS + 2 and STANDING_ROW.match(ctx.text) is not None


@detector(
    "WG07", "widgets.standings", triggers=("bullet",),
    flags=(Example("Table\n1. Unión Minera 68 pts\n2. Deportivo Cantábrico 64 pts", "1. Unión Minera 68 pts"),
           Example("1. Lotte Verhaegen (Bel) 24h11'08\"\n2. Giada Tronconi (Ita) a 38\"", "2. Giada Tronconi (Ita) a 38\"")),
    keeps=(Example("1. Heat the oven to 180 degrees.\n2. Whisk the eggs with 200 g sugar.", "1. Heat the oven to 180 degrees."),
           Example("1. Rivergaro, piazza Paolo, dalle 8 alle 20\n2. Bobbio, piazzale dell'ospedale, dalle 7 alle 21",
                   "1. Rivergaro, piazza Paolo, dalle 8 alle 20", language="it"),
           Example("1. Ліцей № 7, вул. Соборна, 142\n2. Центральна бібліотека, вул. Київська, 44",
                   "2. Центральна бібліотека, вул. Київська, 44", language="uk"),
           Example("1. Unión Minera 68 pts", "1. Unión Minera 68 pts"),
           Example("Club | Gespeeld | Punten\n1. KV Dijkhoven | 12 | 20\n2. Fortuna Lingezee | 12 | 18",
                   "2. Fortuna Lingezee | 12 | 18", language="nl"),
           Example("Le classement du championnat après cinq manches :\n1. Sem Groot (Leeuwen Motorsport) – 98 pts\n"
                   "2. Léa Marchet (Équipe Gaudin) – 81 pts", "1. Sem Groot (Leeuwen Motorsport) – 98 pts", language="fr"),
           Example("The inspectors ranked the county's schools by their average results in the three exams (in per cent):\n"
                   "1. Hillside Primary – 78 / 72 / 89\n2. St Anne's – 76 / 70 / 91\nCounty average – 66 / 54 / 71",
                   "2. St Anne's – 76 / 70 / 91"),
           Example("The leader kept his jersey after a quiet day in the bunch, finishing sixth behind the sprinters.\n"
                   "General classification\n1. Andrea Marchetti (Astana Qazaq) 27h41'05\"\n2. Mathis Lefort (Decathlon) a 12\"\n"
                   "Tomorrow the eighth stage runs from Sestola to Reggio Emilia over three categorised climbs and a long descent.",
                   "2. Mathis Lefort (Decathlon) a 12\"")),
)
def standings(ctx: Context) -> Outcome:
    """A row of a league table or ranking ("1. Unión Minera 68 pts"), among other rows."""
    if not _is_row(ctx):
        return None
    if not any(_is_row(ctx.at(off)) for off in (*range(-STANDINGS_REACH, 0), *range(1, STANDINGS_REACH + 1))):
        return None
    return None if _ranking_in_article(ctx) else "league table row"


# A ranking the article prints between its own paragraphs (a race report's general classification) is text.
RANKING_MAX_ROWS = 12
ARTICLE_SENTENCE_MIN_WORDS = 15
HEADING_REACH = 8
INTRO_MIN_WORDS = 5  # a sentence's words before the colon, not a table's label ("Classement :")


def _article_sentence(ctx: Context | None) -> bool:
    return ctx is not None and ctx.sentence and ctx.words >= ARTICLE_SENTENCE_MIN_WORDS


def _ranking_in_article(ctx: Context) -> bool:
    """The run of rows is introduced by an article sentence ending in a colon, or is followed by an article
    paragraph and has one not far above it."""
    below = 1
    while below <= RANKING_MAX_ROWS and _is_row(ctx.at(below)):
        below += 1
    above = -1
    while above >= -RANKING_MAX_ROWS and ((row := ctx.at(above)) is not None and (_is_row(row) or "bullet" in row.features)):
        above -= 1  # (a numbered item too long for a row's pattern is still one of the list's)
    intro = ctx.at(above)
    if (intro is not None and (intro.quality is Quality.PROSE or intro.words >= INTRO_MIN_WORDS)
            and intro.text.rstrip().endswith((":", "："))):
        return True  # "Poniżej zestawienie pięciu szkół (…):", "Le classement après cinq manches :" introduce the rows
    if intro is not None and " | " in ctx.text and intro.text.count(" | ") == ctx.text.count(" | ") and not any(
            c.isdigit() for c in intro.text):
        return True  # "Club | Gespeeld | Punten" over "1. KV Dijkhoven | 12 | 20": the rows of a table with its header
    after = ctx.at(below)  # (a short closing sentence will do: "Kuzeylimanspor, gelecek hafta … ağırlayacak.")
    if after is None or not after.sentence or after.words < CLOSING_SENTENCE_MIN_WORDS:
        return False
    return any(_article_sentence(ctx.at(above - step)) for step in range(HEADING_REACH))


CLOSING_SENTENCE_MIN_WORDS = 6


# A poll or feedback box: its label, its question, its answer options and its vote button.
POLL_LABEL = rx.compile(
    r"^(?:(?:the|our|quick|le|notre|la|il|nostro|el|nuestra|a|nossa|unsere?)\s)?"
    r"(?:poll|umfrage|abstimmung|sondage|sondaggio|encuesta|sondeo|enquete|sondagem|votação|peiling|ankieta|sonda|"
    r"anket|δημοσκόπηση|δημοσκοπηση|опитування|опрос|голосование|omröstning|アンケート|投票|stelling|leserumfrage|reader poll|"
    r"poll van de dag)"
    r"(?:\s(?:of the day|des tages|du jour|del giorno|del día|do dia))?[\s:]*$",
    regex.I,
)
VOTE_BUTTON = rx.compile(
    r"^(?:vote|vote now|abstimmen|jetzt abstimmen|votez|voter|vota|votar|vote agora|stem|stemmen|głosuj|oy ver|"
    r"ψηφίστε|ψηφιστε|ψήφισε|голосувати|проголосувати|голосовать|проголосовать|rösta|投票する|結果を見る|submit|"
    r"(?:show|view|see) results|ergebnis(?:se)? anzeigen|voir les résultats|ver (?:los )?resultados|votare|"
    r"vedi (?:i )?risultati|bekijk de (?:uitslag|resultaten)|zagłosuj|oddaj głos|zobacz wyniki|oy kullan|"
    r"sonuçları gör|se resultatet|responder|répondre|rispondi|antworten|answer|odpowiedz|cevapla|"
    r"απάντησε|відповісти|ответить|stem en bekijk de uitslag|vote and see (?:the )?results|abstimmen und ergebnis(?:se)? "
    r"(?:sehen|ansehen)|votez et voyez les résultats|vota e guarda i risultati|vota y mira los resultados)$",
    regex.I,
)
# "Oui  Non", "Ja / Nein": the two answers of a "Was this article helpful?" box.
YES_NO = rx.compile(
    r"^(?:yes|ja|oui|sí|si|sì|sim|tak|evet|ναι|так|да)\s*[/|·]?\s*(?:no|nein|non|não|nee|nie|hayır|όχι|ні|нет|nej)$",
    regex.I,
)
POLL_REACH = 8
POLL_OPTION_MAX_WORDS = 8
POLL_LABEL_MAX_WORDS = 4
# The label in capitals before the question, on one line: "SONDAGGIO – Il tuo gatto ha il microchip?".
POLL_INLINE = rx.compile(
    r"^(?:POLL|UMFRAGE|SONDAGE|SONDAGGIO|ENCUESTA|SONDEO|ENQUETE|SONDAGEM|PEILING|SONDA|ANKIETA|ANKET|ΔΗΜΟΣΚΟΠΗΣΗ|"
    r"ОПИТУВАННЯ|ОПРОС|アンケート)\s?[:–—|-]\s?\S"
)
# "Опрос: Вы бы пробежали марафон?", "Umfrage: Wer gewinnt?": the label in any case, a colon, the question;
# the options (or a strip of them) right under it. A sub-heading that asks has the article's paragraph under it.
POLL_LABELLED = rx.compile(
    r"^(?:poll|umfrage|abstimmung|leserumfrage|sondage|sondaggio|encuesta|sondeo|enquete|sondagem|peiling|ankieta|sonda|"
    r"anket|δημοσκόπηση|δημοσκοπηση|опитування|опрос|アンケート)\s?[:：–—|]\s?\S", regex.I
)


def _labelled_poll_question(ctx: Context) -> bool:
    if not POLL_LABELLED.match(ctx.text):
        return False
    below = ctx.at(1)
    return below is not None and ("middot" in below.features or (below.words <= POLL_OPTION_MAX_WORDS and not below.sentence))


# "Проголосовало 1 284 человека", "Głosowało 4 213 osób", "1,284 votes": the poll's turnout.
VOTE_COUNT = rx.compile(
    r"^(?:проголосовал[оаи]?|проголосувал[оаи]?|głosowało|oddano|stimmen abgegeben|votes? cast|votantes|votanti|"
    r"ψήφισαν|oy kullanan)\s\d|^\d[\d,. \u202f]*\s(?:votes?|stimmen|votos?|voti|stemmen|oy|głos(?:ów|y)|голос\w*|ψήφοι)$"
)
VOTE_COUNT_MAX_WORDS = 6
# "SONDA: Czy billboardy szpecą nasze miasta? TAK – 81% · NIE – 19% · Głosowało 4 213 osób": the poll on one line.
POLL_LINE_MAX_WORDS = 40
POLL_RESULTS_MIN = 2
PERCENT = rx.compile(r"\d\s?%")
# A quiz's label in capitals, then its question: "TEST | ¿Cuánto sabes de la España rural?".
# "QUIZ TERRA VIVA", "Quiz": a quiz box's label, maybe with the site's or the series' name in capitals.
QUIZ_LABEL = rx.compile(r"^(?:QUIZ|Quiz|QUIZZ|TESTE?|KVİZ|ΚΟΥΙΖ|ТЕСТ|ВІКТОРИНА|ВИКТОРИНА|クイズ)(?:\s\p{Lu}[\p{L}'’-]*){0,3}$|"
                        # "Test yourself", "Перевір себе": the quiz that closes an explainer
                        r"^(?i:test yourself|test your knowledge|testen sie (?:sich|ihr wissen)|testez-vous|testez vos connaissances|"
                        r"ponte a prueba|pon a prueba tus conocimientos|mettiti alla prova|teste-se|teste os seus conhecimentos|"
                        r"test jezelf|test je kennis|sprawdź się|sprawdź swoją wiedzę|kendini test et|bilgini test et|"
                        r"δοκιμάστε τις γνώσεις σας|перевір себе|перевірте себе|перевір свої знання|проверь себя|проверьте себя|"
                        r"testa dig själv|testa dina kunskaper)[\s:!?]*$")
# "Show answers", "Показати відповіді": the quiz's button.
QUIZ_ANSWERS = rx.compile(
    r"^(?:show|see|reveal|check) (?:the )?answers?|^antworten? (?:anzeigen|zeigen)|^(?:lösung|lösungen) (?:anzeigen|zeigen)|"
    r"^voir les réponses|^ver (?:las )?(?:respuestas|respostas)|^mostra (?:le )?risposte|^toon (?:de )?antwoorden|"
    r"^pokaż odpowiedzi|^cevapları göster|^δείτε τις απαντήσεις|^показати відповіді|^показать ответы|^visa svaren",
    regex.I,
)
QUIZ_REACH = 8
QUIZ_LINE_MAX_WORDS = 16


def _in_quiz(ctx: Context) -> bool:
    """Under a quiz's label, with only its questions and their options between."""
    def member(above: Context) -> bool:
        return above.words <= QUIZ_LINE_MAX_WORDS and not (above.sentence and not _is_question(above))

    return _under_label(ctx, lambda above: member(above) and QUIZ_LABEL.match(above.text) is not None, member, QUIZ_REACH)


QUIZ_TEASER = rx.compile(r"^(?:QUIZ|Quiz|Quizz|TEST|TESTE|KVİZ|ΚΟΥΙΖ|Κουίζ|ТЕСТ|クイズ)\s?(?:[:|｜]|\s[–—-])\s?\S")
# "Commencer le quiz", "Start the quiz", "Zum Quiz": the quiz's button.
QUIZ_START = rx.compile(
    r"^(?:start|take|begin|play|commencer|lancer|faire|démarrer|jouer|starten|zum|empezar|comenzar|hacer|jugar|inizia|fai|"
    r"gioca|começar|fazer|jogar|begin|doe|rozpocznij|zacznij|rozwiąż|başla|çöz|ξεκινήστε|παίξτε|почати|пройти|начать)"
    r"(?:\s(?:the|le|au|el|al|il|al|o|ao|de|het|aan|den))?\s(?:quiz|quizz|test|teste|kwiz|kvíz|κουίζ|тест|вікторину|викторину)"
    r"[\s!→›»]*$"
)
QUIZ_TEASER_MAX_WORDS = 25


def _poll_with_results(text: str) -> bool:
    label, colon, rest = text.partition(":")
    return (bool(colon) and POLL_LABEL.match(label.strip()) is not None and "?" in rest
            and len(PERCENT.findall(rest.split("?", 1)[1])) >= POLL_RESULTS_MIN)


# "Was this article helpful?", "Wie zufrieden sind Sie mit diesem Artikel?", "Quanto ti è piaciuta questa ricetta?",
# "¿Cómo podemos mejorarla?": the site asks the reader to rate the page itself (or how to improve it).
PAGE_WORDS = (r"(?:article|page|story|information|recipe|content|artikel|beitrag|seite|text|rezept|informationen?|"
              r"inhalt|recette|contenu|information|artículo|página|información|receta|contenido|noticia|articolo|pagina|"
              r"informazion[ei]|ricetta|contenuto|notizia|artigo|informação|receita|conteúdo|notícia)")
FEEDBACK_QUESTION = rx.compile(
    rf"^(?:was|is|did you find) this {PAGE_WORDS} (?:\w+ )?(?:helpful|useful|clear)|"
    rf"^how (?:useful|helpful|satisfied|clear) (?:was|is|are you with) this {PAGE_WORDS}|"
    rf"^how (?:would you rate|did you like) this {PAGE_WORDS}|^how can we improve(?: it| this {PAGE_WORDS})?\?$|"
    rf"^wie (?:zufrieden|hilfreich|gefällt|gefiel|bewerten)\b.{{0,40}}(?:diese[nmrs]?|de[mnr]|die|das) {PAGE_WORDS}|"
    rf"^(?:war|ist) (?:diese[rs]?|der|die|das) {PAGE_WORDS} (?:für sie )?hilfreich|^was können wir besser machen\?$|"
    rf"^(?:cet|cette|ce) {PAGE_WORDS} vous a(?:-t-(?:il|elle))? (?:été )?(?:utile|plu)|^comment pouvons-nous (?:l'|nous )?améliorer|"
    rf"^¿?(?:te|le|os|les) (?:ha|han) (?:resultado|sido|parecido) útil|^¿?(?:te|le) ha gustado (?:este|esta) {PAGE_WORDS}|"
    rf"^¿?cómo podemos mejorar(?:la|lo|las|los)?\s?\?$|"
    rf"^quanto (?:ti|vi|le) (?:è|sono) (?:piaciut[ao]|stat[ao] utile)|^quanto sono chiare le informazioni|"
    rf"^(?:ti|vi) (?:è|sono) piaciut[aoie] (?:questa|questo|queste|questi) (?:ricett[ae]|{PAGE_WORDS})\s?\?$|"
    rf"^(?:questo|questa) {PAGE_WORDS} (?:ti|vi|le) è (?:stato|stata) utile|^come possiamo migliorar(?:e|la|lo)\s?\?$|"
    rf"^(?:este|esta) {PAGE_WORDS} (?:foi|lhe foi|te foi) útil|^(?:achou|considera) (?:este|esta) {PAGE_WORDS} útil|"
    rf"^como podemos melhorar(?:ar)?\s?\?$"
)
FEEDBACK_MAX_WORDS = 14
# "Tell us how we can improve this page (…)", "この記事はいかがでしたか？": the feedback box's ask.
FEEDBACK_ASK = rx.compile(
    r"^(?:tell us|let us know) how we (?:can|could) improve|^この記事は(?:いかがでしたか|役に立ちましたか|参考になりましたか)"
    r"|^この(?:ニュース|記事)(?:の|への)(?:感想|ご意見)を(?:送る|お寄せください)"
)
# "役に立った 役に立たなかった": a Japanese box's two buttons.
JA_ANSWERS = rx.compile(r"^(?:はい|役に立った|参考になった)\s*(?:いいえ|役に立たなかった|参考にならなかった)$")


def _answered_feedback(ctx: Context) -> bool:
    """A feedback question with its buttons on the same line: "Was this page helpful? Yes No"."""
    question, mark, answers = ctx.text.partition("?")
    if not mark:
        question, mark, answers = ctx.text.partition("？")
    answers = answers.strip()
    asked = ctx.lower[: len(question) + 1]
    return (bool(mark) and bool(answers) and (YES_NO.match(answers) is not None or JA_ANSWERS.match(answers) is not None)
            and (FEEDBACK_QUESTION.search(asked) is not None or HELPFUL.search(asked) is not None))


# "nuttig", "hilfreich", "przydatny": asked of the page itself with its two buttons on the line, any wording will do.
HELPFUL = rx.compile(
    r"(?<!\w)(?:helpful|useful|hilfreich|nützlich|utile|útil|nuttig|behulpzaam|przydatn\w*|pomocn\w*|faydalı|yararlı|"
    r"χρήσιμ\w*|полезн\w*|корисн\w*|hjälpsam\w*)(?!\w)|役に立"
)
# "Get involved" over "Send us your photos and videos …": a live page's box asking readers to contribute.
CONTRIBUTE_HEADER = frozenset({"get involved", "mach mit", "machen sie mit", "participez", "participa", "partecipa",
                               "participe"})
CONTRIBUTE_PITCH = rx.compile(
    # (maybe after a label of its own: "Get in touch: Share your pictures and videos with us …")
    r"^(?:(?:get in touch|get involved|have your say|kontakt|contactez-nous|contacto|contatti|contact)\s?[:–-]\s?)?"
    r"(?:send us|email us|e-mail us|message us|tell us|contact us|share your|email \p{L}+ with|schicken sie uns|"
    r"schreiben sie uns|envoyez-nous|écrivez-nous|envíanos|escríbenos|inviaci|scrivici|envie-nos|escreva-nos|"
    r"czekamy na wasze|przyślijcie nam|stuur ons|bekleriz|bize gönderin|στείλτε μας|надсилайте нам|присылайте нам)"
)
CONTRIBUTE_MAX_WORDS = 40
# What the reader is asked to send: "your pictures and videos", "Ihre Fotos", "vos photos et témoignages".
READER_MEDIA = rx.compile(
    r"(?<!\w)(?:your|ihre|eure|deine|vos|tes|tus|sus|vostre|le vostre|i vostri|as suas|os seus|jouw|je|uw|wasze|twoje)\s(?:\w+\s)?"
    r"(?:pictures|photos|videos|footage|stories|fotos|bilder|videos|vidéos|témoignages|vídeos|testimonios|foto|video|"
    r"testimonianze|histórias|verhalen|beelden|zdjęcia|filmy|nagrania)(?!\w)"
)
SAID = rx.compile(r"(?<!\w)(?:said|says|told|sagte|sagt|a déclaré|a dit|dijo|ha detto|disse|zei)(?!\w)")


# "情報・写真をお寄せください", "投稿フォームはこちら": a Japanese site asks its readers for tips, photos and videos.
JA_CONTRIBUTE = rx.compile(r"(?:情報|写真|動画)[^。]{0,20}(?:お寄せください|募集しています|募集中)|投稿フォーム")


def _contribution_text(ctx: Context) -> bool:
    """The "Get involved" header, or an invitation that asks for pictures on its own."""
    if _contribute_header_text(ctx):
        return True
    if JA_CONTRIBUTE.search(ctx.text) and not has_quote_mark(ctx.text):
        return True
    return bool(CONTRIBUTE_PITCH.match(ctx.lower) and READER_MEDIA.search(ctx.lower) and not SAID.search(ctx.lower)
                and not has_quote_mark(ctx.text))  # "Send us your pictures and videos. Please include your location …"


def _under_contribute_header(ctx: Context) -> bool:
    """The invitation to write in right under the "Get involved" header."""
    if CONTRIBUTE_PITCH.match(ctx.lower) is None:
        return False
    above = ctx.at(-1)
    return above is not None and "contribute_header" in above.features


@line_feature("contribute_header")
def _contribute_header_text(line: Context | LineText) -> bool:
    return line.lower.strip(" :!") in CONTRIBUTE_HEADER


@line_feature("poll_ask")
def _poll_ask_text(line: Context | LineText) -> bool:
    """"Vota al mejor jugador del partido": a poll asked as an imperative."""
    return line.words <= POLL_ASK_MAX_WORDS and VOTE_ASK.match(line.lower) is not None


@line_feature("poll_label")
def _poll_label_text(line: Context | LineText) -> bool:
    """"Umfrage", "QUIZ TERRA VIVA": a poll's or a quiz's label."""
    return line.words <= POLL_LABEL_MAX_WORDS and (POLL_LABEL.match(line.lower) is not None
                                                   or QUIZ_LABEL.match(line.text) is not None)


def _is_question(ctx: Context | None) -> bool:
    return ctx is not None and asks(ctx.text)




def _question_line(ctx: Context) -> bool:
    return _is_question(ctx) or _poll_ask_text(ctx)


# "Vota al mejor jugador del partido", "Vote for your player of the match": a poll asked as an imperative.
VOTE_ASK = rx.compile(
    r"^(?:vote for|vote on|have your say|vota (?:al|a la|por|a|il|la|per)|vote (?:pour|pelo|pela|no|na)|votez pour|"
    r"stimmen sie (?:ab|für)|stimme für|wähle|wählen sie|stem op|stem voor|głosuj na|zagłosuj na|oy ver|oylayın|"
    r"ψηφίστε|ψήφισε|голосуй(?:те)? за|проголосуй(?:те)? за|rösta på)(?!\w)"
)
POLL_ASK_MAX_WORDS = 12


BUTTON_ROW = rx.compile(r"\s[|·/]\s")
VOTE_COUNT_TAIL = rx.compile(r"\s?\([^()]*\d[^()]*\)$")


def _vote_button(lower: str) -> bool:
    """A poll's button, or its buttons side by side with the count of votes: "Głosuj | Zobacz wyniki (2184 głosy)"."""
    return all(VOTE_BUTTON.match(VOTE_COUNT_TAIL.sub("", part).strip()) for part in BUTTON_ROW.split(lower))


def _option(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= POLL_OPTION_MAX_WORDS and not ctx.sentence and not _is_question(ctx)


def _vote_below(ctx: Context) -> bool:
    """A vote button under this line, with only answer options between."""
    for k in range(1, POLL_REACH + 1):
        below = ctx.at(k)
        if below is None or not _option(below):
            return False
        if _vote_button(below.lower):
            return k > 1  # a question, its options, then the button
    return False


def _question_above(ctx: Context) -> Context | None:
    """The poll's question above this line, with only answer options between."""
    at = ctx.view.nearest_above("widgets.question", _question_line, ctx.index, POLL_REACH)
    if at is None or not all(_option(ctx.at(-k)) for k in range(1, ctx.index - at)):
        return None
    return ctx.at(at - ctx.index)


def _between(upper: Context, lower: Context) -> list[Context]:
    """The blocks strictly between two blocks."""
    return [c for k in range(1, lower.index - upper.index) if (c := upper.at(k)) is not None]


@detector(
    "WG10", "widgets.poll", near=(("question", "poll_ask", "poll_label", "contribute_header"), POLL_REACH),
    flags=(Example("ΔΗΜΟΣΚΟΠΗΣΗ\nΣυμφωνείτε με την κατάργηση της Τράπεζας Θεμάτων;\nΝαι\nΌχι\nΨηφίστε",
                   "Συμφωνείτε με την κατάργηση της Τράπεζας Θεμάτων;", language="el"),
           Example("Vota al mejor jugador del partido\nCarrera\nSamu\nVotar", "Samu", language="es"),
           Example("QUIZ – Êtes-vous incollable sur les couples de stars ?\nQui a épousé qui en 2024 ? 10 questions\n"
                   "Commencer le quiz", "Qui a épousé qui en 2024 ? 10 questions", language="fr"),
           Example("Commencer le quiz", language="fr"),
           Example("Перевір себе\n1. Який газ дає зелене світіння сяйва?\nАзот / Кисень / Гелій\n"
                   "2. Скільки триває цикл сонячної активності?\nПоказати відповіді", "2. Скільки триває цикл сонячної активності?",
                   language="uk"),
           Example("Перевір себе\n1. Який газ дає зелене світіння сяйва?\nАзот / Кисень / Гелій\nПоказати відповіді",
                   "Показати відповіді", language="uk"),
           Example("SONDA: Czy podwyżka opłat za parkowanie to dobry pomysł?\nTak, mniej aut\nNie mam zdania\n"
                   "Głosuj | Zobacz wyniki (2184 głosy)", "Nie mam zdania", language="pl"),
           Example("Umfrage\nWie hören Sie Radio am liebsten?\nUKW\nDAB+\nAbstimmen", "Umfrage", language="de"),
           Example("QUIZ RIO VERDE\nTeste seus conhecimentos: qual destes animais não é um réptil?\n( ) Jacaré\n( ) Sapo\n"
                   "( ) Lagarto\nResponder", "Teste seus conhecimentos: qual destes animais não é um réptil?", language="pt"),
           Example("Le sondage\nQui a été l'homme du match ?\nMaréchal\nVautrin\nVotez", "Qui a été l'homme du match ?",
                   language="fr"),
           Example("Cet article vous a été utile ?\nOui  Non", "Cet article vous a été utile ?", language="fr"),
           "Was this article helpful?", "Get involved",
           Example("Czekamy na Wasze zdjęcia i filmy: redakcja@example.pl. Najciekawsze opublikujemy.", language="pl"),
           Example("Get involved\nSend us your photos and videos, or tell us how the storm is affecting you.",
                   "Send us your photos and videos, or tell us how the storm is affecting you."),
           "Send us your pictures and videos. Please include your location and do not put yourself in danger.",
           "Get in touch: Share your pictures and videos with us, but please stay safe",
           Example("Wie zufrieden sind Sie mit diesem Artikel?", language="de"), "Was this page helpful? Yes No",
           "Tell us how we can improve this page (please do not include personal details)",
           Example("この記事はいかがでしたか？ 役に立った 役に立たなかった", language="ja"),
           Example("Was deze informatie nuttig? Ja Nee", language="nl"),
           Example("Quanto ti è piaciuta questa ricetta?", language="it"),
           Example("Quanto sono chiare le informazioni su questa pagina?", language="it"),
           Example("¿Cómo podemos mejorarla?", language="es"),
           Example("Which team will win?\nRovers\nCity\nVote", "City"),
           Example("Poll\nShould the city build more bike lanes?\nYes\nNo\nVote", "No"),
           Example("Kto zostanie mistrzem Polski?\nUnia Leszno\nStal Gorzów\nOddaj głos", "Stal Gorzów", language="pl"),
           Example("Stelling\nMoet de gemeente meer woningen bouwen?\nEens\nOneens\nStem\nBekijk de uitslag",
                   "Bekijk de uitslag", language="nl"),
           Example("SONDA: Czy billboardy szpecą nasze miasta? TAK – 81% · NIE – 19% · Głosowało 4 213 osób",
                   language="pl"),
           "Poll: Should the city ban cars from the old town? Yes 64% · No 36%",
           Example("TEST | ¿Cuánto sabes de la España rural? Pon a prueba tus conocimientos en 10 preguntas", language="es"),
           Example("QUIZ: Prawda czy fałsz? Sprawdź, czy rozpoznasz 10 najpopularniejszych fake newsów roku",
                   language="pl"),
           Example("SONDAGGIO – Il tuo gatto ha il microchip?", language="it"),
           Example("Опрос: Вы бы пробежали марафон?\nДа, уже готовлюсь · Только полумарафон · Нет, я болельщик",
                   "Опрос: Вы бы пробежали марафон?", language="ru"),
           Example("Проголосовало 1 284 человека", language="ru"), "1,284 votes"),
    keeps=(Example("Will the club stay up?\nYes.\nThe coach said so on Monday, after the win against City.", "Yes."),
           "Was the new ferry timetable helpful to commuters? Yes, mostly, the survey found.",
           Example("Resterà anche il prossimo anno?\nCerto.", "Resterà anche il prossimo anno?", language="it"),
           Example("¿Cómo podemos mejorar la atención primaria?", language="es"),
           "Is this article of the treaty still binding?",
           Example("How to get involved\nSend us your questions about the budget and our reporters will answer them.",
                   "Send us your questions about the budget and our reporters will answer them."),
           Example("Wie zufrieden sind Sie mit Ihrer Krankenkasse?", language="de"),
           "Poll workers counted the ballots until 3 a.m., officials said.",
           Example("Why lists?\nBecause they are honest.\nAnd the prize?", "Why lists?"),
           Example("What is next for the club?\nPromotion\nThe coach wants it in two years.", "Promotion"),
           Example("Poll\nShould the city build more bike lanes?\nYes\nVote\nResults on Monday", "Results on Monday"),
           Example("Vota al mejor jugador del partido\nCarrera\nSamu\nVotar\nFicha técnica\nAtlético Laredano: Carrera; "
                   "Ocejo, Tomás, Bedia, Gutiérrez; Samu, Cobo.", "Ficha técnica", language="es"),
           "Poll: 64% of voters back the ban, and 36% oppose it, the survey for the council found.",
           "Test: can the new battery last a week? We tried it for ten days on a farm in Wales."),
)
def poll(ctx: Context) -> Outcome:
    """A poll or feedback box: its label, question, answer options and vote button; a quiz teaser."""
    if "percent" in ctx.features and ctx.words <= POLL_LINE_MAX_WORDS and _poll_with_results(ctx.text):
        return "poll with its results"
    if ctx.words <= POLL_LINE_MAX_WORDS and "?" in ctx.text and QUIZ_TEASER.match(ctx.text):
        return "quiz teaser"  # "QUIZ: Prawda czy fałsz? Sprawdź, czy rozpoznasz …"
    if ctx.words <= POLL_LINE_MAX_WORDS and QUIZ_START.match(ctx.lower):
        return "quiz button"  # "Commencer le quiz"
    if ctx.words <= FEEDBACK_MAX_WORDS and _is_question(ctx) and POLL_INLINE.match(ctx.text):
        return "poll question"  # "SONDAGGIO – Il tuo gatto ha il microchip?"
    if "digit" in ctx.features and ctx.words <= VOTE_COUNT_MAX_WORDS and VOTE_COUNT.search(ctx.lower):
        return "count of a poll's votes"  # "Проголосовало 1 284 человека"
    if ctx.words <= CONTRIBUTE_MAX_WORDS and _contribution_text(ctx):
        return "reader-contribution box"
    if ctx.words <= FEEDBACK_MAX_WORDS and (
            ((ctx.lower[:1] in "tlこ") and FEEDBACK_ASK.match(ctx.lower)) or (("?" in ctx.text or "？" in ctx.text) and _answered_feedback(ctx))):
        return "feedback box"  # "Was this page helpful? Yes No", "Tell us how we can improve this page"
    # (the rules above read the line alone; the ones below read its neighbours)
    if ctx.words <= QUIZ_LINE_MAX_WORDS and (_is_question(ctx) or not ctx.sentence or QUIZ_ANSWERS.match(ctx.lower)) and (
            _in_quiz(ctx)):
        return "quiz question or option"  # "Перевір себе" / "1. Який газ дає зелене світіння сяйва?" / "Азот / Кисень"
    if ctx.words <= QUIZ_TEASER_MAX_WORDS and (below := ctx.at(1)) is not None and QUIZ_START.match(below.lower) and (
            (above := ctx.at(-1)) is not None and (QUIZ_TEASER.match(above.text) or QUIZ_LABEL.match(above.text))):
        return "quiz teaser"  # "QUIZ – Êtes-vous incollable ?" / "Qui a épousé qui ? 10 questions" / "Commencer le quiz"
    if ctx.words <= FEEDBACK_MAX_WORDS and _is_question(ctx) and _labelled_poll_question(ctx):
        return "poll question over its options"  # "Опрос: Вы бы пробежали марафон?" over "Да · Нет · …"
    if ctx.words <= CONTRIBUTE_MAX_WORDS and _under_contribute_header(ctx):
        return "reader-contribution box"
    if _poll_label_text(ctx):
        after = ctx.at(1)
        if _is_question(after) or (after is not None and _vote_below(after)):
            return "poll label"
    if _poll_ask_text(ctx) and _vote_below(ctx):
        return "poll question"  # "Vota al mejor jugador del partido", its options, "Votar"
    if _is_question(ctx):
        if ctx.words <= FEEDBACK_MAX_WORDS and FEEDBACK_QUESTION.search(ctx.lower):
            return "feedback question"
        above, below = ctx.at(-1), ctx.at(1)
        if (above is not None and (POLL_LABEL.match(above.lower) or QUIZ_LABEL.match(above.text))) or _vote_below(ctx):
            return "poll question"
        if below is not None and YES_NO.match(below.lower):
            return "feedback question"
        return None
    if not _option(ctx):
        return None
    if YES_NO.match(ctx.lower) and _is_question(ctx.at(-1)):
        return "feedback answers"
    question = _question_above(ctx)
    if question is None:
        return None
    vote = _vote_button(ctx.lower)
    if not vote and any(_vote_button(above.lower) for above in _between(question, ctx)):
        return None  # past the vote buttons the poll is over
    if vote or _vote_below(question):
        return "poll option or button"
    return None


# "VIDEO" or "Podcast" alone on a line labels the player below it; "VİDEO | The moment she cried" names its clip.
MEDIA_TITLE_MAX_WORDS = 14
# Greek capitals drop the accent: "ΒΙΝΤΕΟ".
MEDIA_LABEL = r"(?:video|vidéo|vídeo|videos|wideo|βίντεο|βιντεο|видео|відео|動画|podcast)"
MEDIA_PIPE = rx.compile(rf"^\W*{MEDIA_LABEL}\s?[|｜]\s?\S|^\W*{MEDIA_LABEL}\s[–—]\s\S|^[\[(](?:{MEDIA_LABEL}|audio)[\])]\s?\S|^(?-i:WATCH|LISTEN|VIDEO|VÍDEO|VIDÉO|PODCAST|AUDIO|ΒΙΝΤΕΟ|"
                         r"ВИДЕО|ВІДЕО)\s?:\s?\S", regex.I)  # a label in capitals and a colon: "WATCH: Drone footage of …"
# "Posłuchaj", "Luister", "Слушать" alone over an audio clip's title work like "Podcast".
PLAY_WORD = r"(?:listen|luister|posłuchaj|słuchaj|слушать|слушайте|слухати|слухайте|lyssna|dinle|dinleyin|ακούστε|聴く)"
MEDIA_ALONE = rx.compile(rf"^\W*(?:{MEDIA_LABEL}|{PLAY_WORD})\s*[:：▶►]?\s*$", regex.I)  # not "Video," in tags
# A menu prints "VIDEO" among one-word items; the label of a player stands over the clip's title.
MEDIA_TITLE_MIN_WORDS = 3


def _is_media_word(ctx: Context | None) -> bool:
    return ctx is not None and "media_word" in ctx.features


@line_feature("media_word")
def _media_word_text(line: LineText) -> bool:
    """"VIDEO", "Podcast", "Posłuchaj": a player's label alone on its line."""
    return (line.words == 1 and MEDIA_ALONE.match(line.text) is not None) or (
        line.words == 2 and MEDIA_NEWS.match(line.text) is not None)


# "VİDEO HABER", "Video news": a player's label in two words.
MEDIA_NEWS = rx.compile(r"^(?:video|vídeo|vidéo|wideo|βίντεο|видео|відео)\s(?:haber|news|noticia|notícia|nachrichten|"
                        r"actu|wiadomości|новости|новини|ειδήσεις)$", regex.I)


@line_feature("media_label")
def _media_label_text(line: LineText) -> bool:
    """A player's label with its clip: "VIDEO | …", "[Podcast] THE BYTE BRIEFING", "WATCH: …"."""
    return line.words <= MEDIA_TITLE_MAX_WORDS and (MEDIA_PIPE.match(line.text) is not None
                                                    or WATCH_CLIP.match(line.text) is not None)


# "Watch: How tracking cookies follow you around the web. Duration 2:14": a clip's label, its title, its length.
WATCH_CLIP = rx.compile(
    r"^(?:Watch|Listen|Kijk|Luister|Schau|Regardez|Écoutez|Mira|Escucha|Guarda|Ascolta|Assista|Ouça|Zobacz|Posłuchaj|İzle|"
    r"Dinle|Δείτε|Ακούστε|Смотрите|Слушайте|Дивіться|Слухайте|Titta|Lyssna)\s?:\s.{3,140}?\s"
    r"(?:(?i:duration|dauer|durée|duración|durata|duração|duur|czas|süre|διάρκεια|длительность|тривалість|längd)\s)?"
    r"\(?\d{1,2}:\d{2}\)?$"
)


# "Відео: перший дзвоник під землею — …", "Video: Ein Tag im Tunnel": a clip's label in any case, a colon, its title
# (or the label run into a capitalised title: "Vídeo Así será la nueva zona …").
MEDIA_COLON = rx.compile(
    rf"^(?i:{MEDIA_LABEL})\s?[:：]\s\S|^(?:Video|Vídeo|Vidéo|VIDEO|VÍDEO|VIDÉO|Wideo|WIDEO|Видео|Відео|Βίντεο)\s\p{{Lu}}\p{{Ll}}"
)
# "Відео завантажиться після згоди на використання файлів cookie", "Video wird geladen …": the player asks for consent.
VIDEO_CONSENT = rx.compile(
    rf"(?<!\w){MEDIA_LABEL}(?!\w).{{0,80}}?(?:cookie|consent|einwilligung|zustimm\w*|toestemming|consentement|consenso|"
    r"consentimento|zgod|onay|συγκατάθεση|згод|соглас|samtycke)",
    regex.I,
)


@line_feature("media_colon")
def _media_colon_text(line: LineText) -> bool:
    return line.words <= MEDIA_TITLE_MAX_WORDS and not line.sentence and MEDIA_COLON.match(line.text) is not None


@line_feature("player_control")
def _player_control_text(line: LineText) -> bool:
    """The player's button, maybe with the clip's length: "▶ Odtwórz 02:41", "Play", "02:14 Assista" (a bare "16:42" is
    a live blog's time stamp as often as a clip's length)."""
    if line.words > TIMED_PLAY_BUTTON_MAX_WORDS:
        return False
    text = line.lower.strip(" ▶►▷⏵")
    return bool(TIMED_PLAY_BUTTON.match(line.lower) or PLAY_BUTTON.match(text) or LENGTH_AND_WATCH.match(text))


# "02:14 Assista": the clip's length, then the player's button.
LENGTH_AND_WATCH = rx.compile(
    r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s(?:assista|watch|play|ver|mira|guarda|regarder|ansehen|bekijk|kijk|zobacz|izle|"
    r"δείτε|смотреть|дивитися|titta|再生)$"
)


def _is_clip_title(ctx: Context | None) -> bool:
    return ctx is not None and MEDIA_TITLE_MIN_WORDS <= ctx.words <= MEDIA_TITLE_MAX_WORDS and not ctx.sentence


# The page marks its sub-headings: a clip's title is none ("<h3>Вопросы и ответы</h3>" under a player is the article's).
HEADING_ROLES = frozenset(("h2", "h3", "h4", "h5", "h6"))


@detector(
    "WG11", "widgets.media_box", near=(("media_word", "media_label", "player_control", "media_colon"), 2),
    flags=(Example("VIDEO\nThe moment the bridge came down", "VIDEO"), "WATCH: Drone footage of the new cycle lanes",
           Example("Video\nBaustelle statt Bahnsteig: So sieht es an der Strecke aus\n01:42 Min.\nVideo abspielen",
                   "01:42 Min.", language="de"),
           Example("ΒΙΝΤΕΟ\nΗ δήλωση του σεισμολόγου στην εκπομπή «Πρωινή Ενημέρωση»",
                            "Η δήλωση του σεισμολόγου στην εκπομπή «Πρωινή Ενημέρωση»", language="el"),
           Example("VİDEO | Derya Aksoy'un duygusal anları", language="tr"),
           Example("Vidéo – Le phare de l'île sous la tempête, dimanche soir", language="fr"),
           Example("01:48 Assista\nFila de espera na UPA chega a cinco horas no fim de semana", "Fila de espera na UPA chega a cinco "
                   "horas no fim de semana", language="pt"),
           Example("Відео: як минув перший день у новій школі\nВідео завантажиться після згоди на використання файлів cookie.",
                   "Відео: як минув перший день у новій школі", language="uk"),
           Example("Vídeo Así quedará la plaza tras las obras\nReproducir", "Reproducir", language="es"),
           Example("Vídeo Así quedará la plaza tras las obras\nReproducir", "Vídeo Así quedará la plaza tras las obras",
                   language="es"),
           Example("Posłuchaj\nRelacja reporterki Joanny Sadowskiej\n02:31", "Relacja reporterki Joanny Sadowskiej",
                   language="pl"),
           Example("[Podcast] THE WIRE WEEKLY\nEpisode 88: Who pays for a breach\n▶ Play 00:00 / 31:02",
                   "Episode 88: Who pays for a breach"),
           Example("VİDEO HABER\nSarıdere Barajı dron ile görüntülendi: Su seviyesi alarm veriyor", "VİDEO HABER",
                   language="tr"),
           "Watch: How tracking cookies follow you around the web. Duration 2:14",
           Example("1:12\nVideo: Zo ziet de nieuwe fietsbrug over de Brakelvaart eruit",
                   "Video: Zo ziet de nieuwe fietsbrug over de Brakelvaart eruit", language="nl"),
           Example("WIDEO\nNowy most w Ełku otwarty. Zobacz, jak wygląda z lotu ptaka\n▶ Odtwórz 01:52",
                   "Nowy most w Ełku otwarty. Zobacz, jak wygląda z lotu ptaka", language="pl")),
    keeps=(Example("Video\nThe clip was filmed by a neighbour on Sunday.", "The clip was filmed by a neighbour on Sunday."),

           "Video referees | a history", "Videos of the flood spread quickly.",
           Example("NEWS\nVIDEO\nLOCAL\nSHOWS", "VIDEO"), Example("Topics:\nMac,\nVideo,\nReviews", "Video,")),
)
def media_box(ctx: Context) -> Outcome:
    """A video or podcast label alone on a line, the clip title under it, or "VIDEO | clip title"."""
    if "media_label" in ctx.features:
        return "link to a video"
    if _is_media_word(ctx):
        return "video label" if _is_clip_title(ctx.at(1)) else None
    if _is_clip_title(ctx) and _is_media_word(ctx.at(-1)) and (
            ctx.words <= SHORT_CLIP_TITLE_WORDS or _player_control(ctx.at(1))) and ctx.block.role not in HEADING_ROLES:
        return "title of the video above"  # (a long one only over the player's button: a caption reads the same; not
        # the article's next sub-heading, which the page marks as one: <h3>Вопросы и ответы</h3> under the player)
    if (ctx.words <= MEDIA_TITLE_MAX_WORDS and not ctx.sentence and (above := ctx.at(-1)) is not None
            and "media_label" in above.features and _player_control(ctx.at(1))):
        return "title of the clip, between its label and its player"  # "[Podcast] …" / "Episode 212: …" / "▶ Play"
    if (ctx.words <= MEDIA_TITLE_MAX_WORDS and not ctx.sentence and MEDIA_COLON.match(ctx.text)
            and any(n is not None and n.words <= 3 and CLIP_LENGTH.match(n.lower.strip(" ▶►▷⏵")) for n in (ctx.at(-1), ctx.at(1)))):
        return "title of the clip beside its length"  # "1:12" / "Video: Zo ziet de nieuwe fietsbrug … eruit"
    if (ctx.words <= 3 and CLIP_LENGTH.match(ctx.lower.strip(" ▶►▷⏵")) and _is_clip_title(ctx.at(-1))
            and _is_media_word(ctx.at(-2))):
        return "length of the video above"  # "Video" / "Baustelle statt Bahnsteig: …" / "01:42 Min."
    if (_is_clip_title(ctx) and (above := ctx.at(-1)) is not None and "player_control" in above.features
            and not CLOCK.match(ctx.text)):  # (not a live blog's next entry: "17:30 | Teléfonos de emergencia")
        return "title of the clip under its player"  # "02:14 Assista" / "Moradores reclamam de espera …"
    if "player_control" in ctx.features and (above := ctx.at(-1)) is not None and "media_colon" in above.features:
        return "the player's button under the clip's title"  # "Vídeo Así será …" / "Reproducir"
    if ("media_colon" in ctx.features and (below := ctx.at(1)) is not None and (VIDEO_CONSENT.search(below.lower) or "player_control" in below.features)):
        return "title of the clip over its player"  # "Відео: перший дзвоник …" / "Відео завантажиться після згоди …"
    return None


SHORT_CLIP_TITLE_WORDS = 8
CLIP_LENGTH = rx.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s?(?:min\.?|mins?|minuten|minutes|minutos|minuti|dk|мин\.?|хв\.?))?$")


def _player_control(ctx: Context | None) -> bool:
    """The player's button or the clip's length: "▶ Odtwórz 02:41", "Play", "02:31"."""
    if ctx is None or ctx.words > TIMED_PLAY_BUTTON_MAX_WORDS:
        return False
    text = ctx.lower.strip(" ▶►▷⏵")
    return bool(TIMED_PLAY_BUTTON.match(ctx.lower) or PLAY_BUTTON.match(text) or CLIP_LENGTH.match(text))


# "Bekijk het interview met … op Omroep Rivierenland TV", "Смотрите сюжет в эфире …": a link to watch or hear a
# clip, without the colon WG08 needs. An imperative first, a clip or a channel in the line, no full stop.
WATCH_OR_LISTEN = rx.compile(
    r"^(?:watch|see|bekijk|kijk|luister|zobacz|obejrzyj|posłuchaj|смотрите|посмотрите|слушайте|дивіться|подивіться|"
    r"слухайте|se|titta på|lyssna på|izleyin|izle|dinleyin|δείτε|ακούστε)\s"
)
WATCH_STARTS = ("watch", "see", "bekijk", "kijk", "luister", "zobacz", "obejrzyj", "posłuchaj", "смотр", "посмотр",
                "слуша", "дивіт", "подив", "слуха", "se ", "titta", "lyssna", "izle", "dinle", "δείτε", "ακούστε")
CLIP = rx.compile(
    r"(?<!\w)(?:tv|radio|video|interview|reportage|uitzending|beelden|fragment|podcast|wideo|wywiad|rozmow\w+|"
    r"reportaż\w*|relacj\w+|audycj\w+|видео|интервью|репортаж|сюжет|трансляци\w+|эфир\w*|відео|інтерв['’]ю|ефір\w*|"
    r"intervjun?|inslaget|klippet|sändningen|röportaj\w*|yayın\w*|βίντεο|συνέντευξη|ρεπορτάζ)(?!\w)"
)
WATCH_LINK_MAX_WORDS = 16
# "Смотреть видео", "Bekijk video", "Zobacz wideo": the player's own button (an infinitive or imperative, a clip).
WATCH_BUTTON = rx.compile(
    r"^(?:watch|bekijk|kijk|zobacz|oglądaj|obejrzyj|смотреть|посмотреть|дивитися|переглянути|titta på|se|izle|"
    r"videoyu izle|δείτε)\s(?:the\s|de\s|het\s|το\s)?(?:video|wideo|видео|відео|videon|klippet|βίντεο)$"
    r"|^(?:videoyu izle|動画を見る)$"
)
CLIP_TITLE_MAX_WORDS = 8


def _watch_button(ctx: Context | None) -> bool:
    return ctx is not None and WATCH_BUTTON.match(ctx.lower.strip(" ▶►›»")) is not None


@detector(
    "WG12", "widgets.watch_link",
    flags=(Example("Bekijk het interview met wethouder Van Dam op Omroep Rivierenland TV", language="nl"),
           Example("Смотреть видео", language="ru"),
           Example("Прямая трансляция заседания\nСмотреть видео", "Прямая трансляция заседания", language="ru"),
           "Watch the full interview with the mayor on Channel 5"),
    keeps=(Example("Reizigers kunnen de actuele vaartijden bekijken op de website van de gemeente.", language="nl"),
           "Watch the video referee: he changed the game.", "See the radio mast that fell on the school.",
           Example("Kijk naar de beelden van de brand hieronder en je ziet hoe snel het ging.", language="nl")),
)
def watch_link(ctx: Context) -> Outcome:
    """A link to watch or hear a clip ("Bekijk het interview … op … TV"), a player's watch button, the clip's title above it."""
    lower = ctx.lower
    if lower.startswith(WATCH_STARTS) and not ctx.sentence:
        if _watch_button(ctx):
            return "watch button"
        if (ctx.words <= WATCH_LINK_MAX_WORDS and WATCH_OR_LISTEN.match(lower) and ":" not in ctx.text
                and CLIP.search(lower) and not ctx.text.endswith("?")):
            return "link to a clip"
    if ctx.words <= CLIP_TITLE_MAX_WORDS and not ctx.sentence and _watch_button(ctx.at(1)):
        return "title of the clip below"
    return None


# "QUAY DEPARTURES · MV Lundy Star 10:00 ON TIME · …", "Horoskop des Tages · Waage: …", "Vacature · Teeltmanager ·
# Noordoostpolder · 38 uur": a widget's or a teaser's strip, its parts set apart by spaced middle dots or bullets.
# Article text is written in sentences and lists; it does not join its parts with dots.
STRIP_DOTS = rx.compile(r" [·•] ")


@detector(
    "WG13", "widgets.dot_strip", triggers=("middot",),
    flags=("QUAY DEPARTURES · MV Lundy Star 10:00 ON TIME · MV Lundy Star 16:30 CANCELLED (swell)",
           Example("Horoskop des Tages · Waage: Heute lohnt sich Geduld. Ein Gespräch klärt mehr als gedacht.",
                   language="de"),
           Example("Vacature · Teeltmanager tulpenbroeierij · Noordoostpolder · 38 uur · Bekijk vacature", language="nl"),
           Example("Anket · Siz reklam engelleyici kullanıyor musunuz? ○ Evet ○ Hayır · Oy ver", language="tr")),
    keeps=("The festival moves to the harbour this year, the organisers said on Monday.",
           Example("Partei · Sitze · Stimmen\nCDU · 12 · 31,2\nSPD · 9 · 24,8", "CDU · 12 · 31,2", language="de"),
           Example("Partei · Sitze · Stimmen\nCDU · 12 · 31,2\nSPD · 9 · 24,8", "Partei · Sitze · Stimmen", language="de"),
           Example("Min. 27 · 0-1. Benítez no perdona a la segunda y cabecea a la red un centro desde la derecha.", language="es"),
           Example("Partida: Largo da Feira, Vilar de Arnoia · Chegada: Cais de Foz do Arnoia", language="pt")),
)
def dot_strip(ctx: Context) -> Outcome:
    """A strip of parts set apart by middle dots ("Horoskop des Tages · Waage: …"), not a row of the article's table."""
    if not STRIP_DOTS.search(ctx.text) or table_row(ctx, " · ") or table_row(ctx, " • "):
        return None
    if all(LABELLED_PART.match(part) for part in STRIP_DOTS.split(ctx.text)):
        return None  # "Partida: Largo da Feira · Chegada: Cais de Foz": facts, each under its label (a fact box's row)
    if MATCH_MINUTE.match(ctx.text) or EVENT_TIME.match(ctx.text):
        return None  # "Min. 27 · 0-1. Benítez no perdona …": a match report's minute by minute; "Ore 18.30 · Libreria Il
        # Ponte": an event's time and place
    return "strip of parts set apart by dots"


LABELLED_PART = rx.compile(r"^\s*\p{Lu}[\p{L}\s]{0,24}:\s\S")
# The minute a match report's entry opens with: "Min. 27 ·", "27' ·", "90+3' ·", "Minuto 63 ·", "Dakika 81 ·".
MATCH_MINUTE = rx.compile(
    r"^(?:(?:min\.?|minute|minuto|minut|dakika|λεπτό|минута|хвилина)\s?\d{1,3}(?:\s?\+\s?\d{1,2})?|\d{1,3}(?:\+\d{1,2})?['’′])\s?[·•]\s",
    regex.I,
)


# "Necrologi: è mancata …", "Gewinnspiel: Wir verlosen …", "Weerbericht voor boeren en tuinders: droog …": a notice
# under its board's label, which ends in a separator within a few words (the board's name may go on: "… of the day:").
BOARD_SEPARATORS = frozenset(":：·–—|?")
BOARD_NAME_MAX_EXTRA_WORDS = 5
# "Oroscopo e scaramanzia: perché …" joins another subject to the board's word: an article's heading, not a board
# (the board's name goes on with a preposition: "Weerbericht voor boeren en tuinders:").
JOINING_WORDS = frozenset({"and", "&", "e", "ed", "und", "et", "y", "en", "i", "oraz", "ve", "και", "і", "и", "och", "or", "oder", "ou", "o"})


BOARD_BOX_REACH = 6


@detector(
    "WG14", "widgets.notice_board", near=(("prefix:notice_board",), BOARD_BOX_REACH),
    flags=(Example("Necrologi: è mancata all'affetto dei suoi cari Elda Marinangeli, di anni 91.", language="it"),
           Example("Gewinnspiel: Wir verlosen drei Küchenmaschinen. Teilnahmeschluss ist der 30.09.", language="de"),
           Example("Weerbericht voor boeren en tuinders: droog, vanaf zondag kans op nachtvorst", language="nl"),
           "Reader photo of the day: Sunset over the bridge, by Kerry Lyle. Send yours to photos@example.com",
           Example("Le saviez-vous ? La commune compte 214 kilomètres de voirie.", language="fr"),
           Example("Оголошення: Продам вулики б/в, 20 шт. Тел. 067 000 00 00", language="uk"),
           Example("Necrologie", language="it"),
           Example("ライブカメラ\n中川・高岡橋（高岡市中川）\n▶ 映像を見る\n※映像は5秒ごとに更新されます。",
                   "※映像は5秒ごとに更新されます。", language="ja"),
           Example("He is survived by his wife, two daughters and five grandchildren.\nFuneral notices\nDOE John\n"
                   "Peacefully on 10 March 2024, aged 84. Beloved husband of Joan.\nService at St Mary's, Friday 22 March at 11am.\n"
                   "View the full notice on Family Notices", "Peacefully on 10 March 2024, aged 84. Beloved husband of Joan.")),
    keeps=(Example("Gewinnspiele im Internet sind oft Betrug, warnt die Verbraucherzentrale.", language="de"),
           Example("Mayor refuses to resign - Vale Echo\nNews\nSport\nFamily notices\nHome / Politics\nPOLITICS\n"
                   "Mayor refuses to resign\nEleven councillors have left the majority.\nBy Jane Doe\nRead more",
                   "Eleven councillors have left the majority."),
           Example("Did you know\nThe bridge was built in 1887 by the same firm that later built the pier.\n"
                   "It was restored twice, in 1952 and in 2004, and carries 12,000 cars a day.",
                   "The bridge was built in 1887 by the same firm that later built the pier."),
           "Crossword setters met in York on Saturday: the competition drew 40 puzzlers.",
           Example("Horoskope lesen vor allem junge Leute, sagt die Studie.", language="de"),
           Example("Oroscopo e scaramanzia: perché gli italiani ci credono ancora, spiega il sociologo Rossi.",
                   language="it")),
)
def notice_board(ctx: Context) -> Outcome:
    """A notice of a site's boards and service boxes under its label ("Necrologi: …", "Gewinnspiel: …", "Horoskop");
    the lines of a box under a bare label, down to its button ("Funeral notice" / the notice / "View full notice")."""
    if ctx.prefix_key != "notice_board":
        return "notice in a box under its board's label" if _in_board_box(ctx) else None
    rest = ctx.rest().strip()
    if not rest:
        return "notice board's label"
    if rest[0] in BOARD_SEPARATORS:
        return "notice under its board's label"
    head, colon, _ = rest.partition(":")
    words = head.casefold().split()
    if (colon and len(words) <= BOARD_NAME_MAX_EXTRA_WORDS and not any(c in head for c in ".!?")
            and (not words or words[0] not in JOINING_WORDS)):
        return "notice under its board's label"
    return None


# "Funeral notice" / "ACKROYD Dennis" / "Peacefully on 10 March 2024, aged 84. …" / "View full notice": a board's
# box, from its bare label down to the button that closes it (BOARD_BOX_REACH lines at most).
BOARD_BOX_LINE_MAX_WORDS = 40
BOARD_BUTTON_MAX_WORDS = 8  # "View full notice on Funeral Notices"


def _bare_board_label(ctx: Context) -> bool:
    return ctx.prefix_key == "notice_board" and not ctx.rest().strip(" :：")


def _in_board_box(ctx: Context) -> bool:
    if ctx.words > BOARD_BOX_LINE_MAX_WORDS:
        return False
    label = ctx.view.nearest_above("widgets.board_label", _bare_board_label, ctx.index, BOARD_BOX_REACH - 1)
    if label is None:
        return False
    headline = ctx.view.headline
    copies = headline.copies if headline is not None else frozenset()
    for k in range(label + 1, ctx.index + 1):  # only the box's own lines: no menu item, crumb trail or headline between
        line = ctx.at(k - ctx.index)
        if (line is None or line.words > BOARD_BOX_LINE_MAX_WORDS or line.line_key is not None or "sep" in line.features
                or k in copies):
            return False
    if ctx.text[:1] in NOTE_MARKS and (above := ctx.at(-1)) is not None and _box_button(above):
        return True  # "※映像は5秒ごとに更新されます。": the box's note under its button
    for k in range(0 if ctx.sentence else 1, BOARD_BOX_REACH - (ctx.index - label) + 1):
        below = ctx.at(k)
        if below is None or below.words > BOARD_BOX_LINE_MAX_WORDS:
            return False
        if _box_button(below):
            return True
    return False


NOTE_MARKS = "※*"


def _box_button(ctx: Context) -> bool:
    """The link or button that closes a box: "View full notice on Funeral Notices", "Sign the book", "▶ 映像を見る"."""
    return button_like(ctx, BOARD_BUTTON_MAX_WORDS) or (not ctx.sentence and (
        ctx.line_key == "more" or (ctx.text[:1] in PLAY_MARKS and ctx.words <= BOARD_BUTTON_MAX_WORDS)))


# A form's controls as flattened text: radio options ("○ Tak ○ Nie"), an input box ("[ 4 ] personas", "[ your@email ]"),
# a dropdown's arrow, steppers ("➕ ➖"), a placeholder still loading ("[Chargement de la carte…]", "［読み込み中…］").
RADIO_OPTION = rx.compile(r"[○◯◎☐□◻]\s*\S")
RADIO_OPTIONS_MIN = 2
FORM_CONTROL = rx.compile(
    r"\[\s+[^\[\]]{1,30}?\s+\]|[▾▼](?:\s|$)|➕|➖|[\[［(（][^\[\]［］()（）]{2,40}(?:…|\.\.\.)[\]］)）]\s*$"
)
FORM_MAX_WORDS = 40
FORM_CHARS = rx.compile(r"[○◯◎☐□◻\[［▾▼➕➖…]|\.\.\.")  # a cheap test first: most lines have none of them


# A booking box's date and guest fields, each alone on its line ("Check-in", "Anreise", "Ospiti").
BOOKING_FIELD = rx.compile(
    r"check-?in|check-?out|arrival|departure|arrivo|partenza|anreise|abreise|arrivée|départ|llegada|salida|chegada|"
    r"saída|aankomst|vertrek|przyjazd|wyjazd|giriş tarihi|çıkış tarihi|άφιξη|αναχώρηση|заезд|выезд|заїзд|виїзд|"
    r"guests|ospiti|gäste|voyageurs|huéspedes|hóspedes|gasten|goście|misafir|επισκέπτες|гости|гості|チェックイン|チェックアウト"
)
BOOKING_FIELD_MAX_WORDS = 2
STAY_LINE_MAX_WORDS = 24
BOOKING_LINE_MAX_WORDS = 8


@line_feature("booking")
def _booking_text(line: LineText) -> bool:
    """A booking form's field alone on its line ("Check-in")."""
    return line.words <= BOOKING_FIELD_MAX_WORDS and BOOKING_FIELD.fullmatch(line.lower.strip(" :：")) is not None
BOOKING_REACH = 2
CALCULATOR_REACH = 6  # a calculator's title, then its fields


def _booking_field(ctx: Context | None) -> bool:
    return ctx is not None and "booking" in ctx.features


def _beside_booking_field(ctx: Context) -> bool:
    """Right over the form's two fields ("Prenota il tuo hotel a Roccamarina"), or under them ("Cerca offerte")."""
    if _booking_field(ctx.at(1)) and _booking_field(ctx.at(2)):
        return True
    return any(_booking_field(ctx.at(-k)) and _booking_field(ctx.at(-k - 1)) for k in range(1, BOOKING_REACH + 1))


# "Kreditrechner", "Mortgage calculator", "Simulador de crédito": a calculator's title over its fields.
CALCULATOR = rx.compile(
    r"^(?:\p{L}+rechner|(?:mortgage|loan|repayment|salary|tax|pension|savings|budget|rent|stamp duty) calculator|calculator|"
    r"calculez|calculateur\b.*|simulateur\b.*|calculadora\b.*|simulador\b.*|calcolatore\b.*|calcola\b.*|simulatore\b.*|"
    r"\p{L}*(?:calculator|berekenaar)|bereken uw \p{L}+|kalkulator\b.*|\p{L}* ?hesaplama(?: aracı)?|υπολογιστής\b.*|"
    r"(?:\p{L}+ )?калькулятор\b.*|räknare|\p{L}+kalkylator|\p{L}*計算(?:ツール|機)?|シミュレーション)$"
)
CALCULATOR_MAX_WORDS = 4
CALCULATOR_FIELD = rx.compile(r"^\p{L}[\p{L}\p{M} .-]{1,30}\s?[:：]\s?\S.{0,30}$")
CALCULATOR_FIELD_MAX_WORDS = 6


@line_feature("calculator")
def _calculator_text(line: LineText) -> bool:
    """A calculator's title alone on its line: "Kreditrechner", "Mortgage calculator"."""
    return line.words <= CALCULATOR_MAX_WORDS and not line.sentence and CALCULATOR.match(line.lower) is not None


@detector(
    "WG15", "widgets.form_control", near=(("booking", "calculator"), max(BOOKING_REACH + 1, CALCULATOR_REACH)),
    flags=(Example("SONDA: Czy Twój dom ucierpiał w nawałnicy? ◯ Tak ◯ Nie ◯ Nie mieszkam w regionie", language="pl"),
           Example("Leserumfrage: Wie viel geben Sie für einen Stollen aus? ○ unter 20 € ○ 20–30 € [Abstimmen]", language="de"),
           Example("Calculadora de raciones: [ 4 ] personas ➕ ➖", language="es"),
           Example("Kreditrechner\nKreditbetrag: 300.000 €\nLaufzeit: 25 Jahre", "Laufzeit: 25 Jahre", language="de"),
           Example("Kreditrechner\nKreditbetrag: 300.000 €\nLaufzeit: 25 Jahre", "Kreditrechner", language="de"),
           Example("Mengen umrechnen: Für [ 1 ] Blech ▾", language="de"),
           Example("Carte interactive : les chantiers prévus en 2024 [Chargement de la carte…]", language="fr"),
           Example("地図を表示（Googleマップ）［読み込み中…］", language="ja"),
           "[ your@email ] Subscribe", "Enter a postcode, town or area",
           Example("Prenota il tuo hotel a Rocca Alta\nCheck-in\nCheck-out\n2 adulti · 1 camera\nCerca offerte", "Cerca offerte",
                   language="it"),
           Example("Prenota il tuo hotel a Rocca Alta\nCheck-in\nCheck-out", "Prenota il tuo hotel a Rocca Alta", language="it"),
           Example("チェックイン 2025/04/26 〜 チェックアウト 2025/04/27 大人2名・1室", language="ja")),
    keeps=("“We will not give up […] until the road is open,” the mayor said.",
           Example("The ferry's departure was delayed by two hours.\nArrival\nThe ship docked at noon.", "Arrival"),
           "Enter the Dragon",
           "The votes were counted (○ marks a spoilt ballot) by noon.",
           Example("Der Stadtrat hat [sic] die Mittel gekürzt, sagte sie.", language="de")),
)
def form_control(ctx: Context) -> Outcome:
    """A line with a form's controls: radio options, an input box, a dropdown, steppers, a placeholder still loading;
    a booking form's fields ("Check-in", "Check-out") with its heading and button."""
    text = ctx.text
    if ctx.words <= FORM_MAX_WORDS and FORM_CHARS.search(text) is not None:
        if len(RADIO_OPTION.findall(text)) >= RADIO_OPTIONS_MIN:
            return "options of a form (a poll or a survey)"
        if FORM_CONTROL.search(text):
            return "a form's control (an input box, a dropdown, a placeholder)"
    if is_placeholder(ctx):
        return "a form's field (its placeholder)"  # "Enter a postcode, town or area"
    if "digit" in ctx.features and ctx.words <= STAY_LINE_MAX_WORDS and len(STAY_WORDS.findall(ctx.lower)) >= 2:
        return "a booking form's dates"  # "チェックイン 2025/04/26 〜 チェックアウト 2025/04/27 大人2名・1室"
    if _booking_field(ctx) and any(_booking_field(ctx.at(k)) for k in (-2, -1, 1, 2)):
        return "a booking form's field"  # (one field alone is a sub-heading: "Arrival")
    if ctx.words <= BOOKING_LINE_MAX_WORDS and not ctx.sentence and _beside_booking_field(ctx):
        return "a booking form's heading or button"
    if "calculator" in ctx.features:
        return "a calculator's label" if _calculator_field(ctx.at(1)) else None
    if _calculator_field(ctx) and _under_calculator(ctx):
        return "a calculator's field"  # "Kreditbetrag: 250.000 €" under "Kreditrechner"
    return None


def _calculator_field(ctx: Context | None) -> bool:
    """A field with its value: "Laufzeit: 30 Jahre", "Sollzinssatz: 3,6 % p.a."."""
    return (ctx is not None and ctx.words <= CALCULATOR_FIELD_MAX_WORDS and "digit" in ctx.features
            and CALCULATOR_FIELD.match(ctx.text) is not None)


def _under_calculator(ctx: Context) -> bool:
    """Only fields between this one and a calculator's title above it."""
    return _under_label(ctx, lambda above: "calculator" in above.features, _calculator_field, CALCULATOR_REACH)


def _under_label(ctx: Context, label: Callable[[Context], bool], member: Callable[[Context], bool], reach: int) -> bool:
    """A box's label within ``reach`` lines above, with only the box's own lines (``member``) between."""
    for back in range(1, reach + 1):
        above = ctx.at(-back)
        if above is None:
            return False
        if label(above):
            return True
        if not member(above):
            return False
    return False


DETECTORS = (now_playing, radio_station, song_line, weather, market_ticker, tv_listing, standings, media_label,
             fact_strip, poll, media_box, watch_link, notice_board, form_control)
# Rules by form alone, which every family's more specific finding outweighs (a dotted property teaser is an ad).
FALLBACKS = (dot_strip,)
