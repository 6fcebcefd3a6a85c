"""Widgets: radio now-playing boxes, weather, market tickers, TV listings."""

from __future__ import annotations

import regex

from newsclean.detectors.base import Context, Example, Outcome, detector
from newsclean.patterns import CLOCK, PERCENT_CHANGE, TEMPERATURE

WIDGET_MAX_WORDS = 8
LISTEN_MAX_WORDS = 4
# "Artikel vorlesen lassen", "Ouvir notícia", "Listen to this article": a read-aloud button.
LISTEN = regex.compile(
    r"(?<!\w)(?:listen|vorlesen|anhören|écouter|escuchar|ascolta\w*|ouvir|oiça|luister\w*|posłuchaj|odsłuchaj|"
    r"dinle|ακούστε|ακρόαση|слухати|прослухати|слушать|прослушать|lyssna|音声で聞く|読み上げ)(?!\w)",
)


@detector(
    "WG01", "widgets.now_playing", triggers=("contains:now_playing", "short"),
    flags=("Album Art", "Now playing", "Listen live", "Artikel vorlesen lassen", "Ouvir notícia"),
    keeps=("The song was now playing on every station, the band's manager said proudly.",),
)
def now_playing(ctx: Context) -> Outcome:
    """A radio or music player label: "Now playing", "Album Art", "Listen live"."""
    if ctx.words <= WIDGET_MAX_WORDS and not ctx.sentence and "now_playing" in ctx.contains:
        return "music player label"
    if ctx.words <= LISTEN_MAX_WORDS and not ctx.sentence and LISTEN.search(ctx.lower):
        return "read-aloud player"
    return None


RADIO_NAME = regex.compile(r"(?<!\w)(?:radio|fm|\d{2,3}[.,]\d\s?fm|fm\s?\d{2,3}[.,]\d|dab\+?|радио|радіо|ραδιόφωνο|ラジオ)(?!\w)", regex.I)
RADIO_MAX_WORDS = 5


@detector(
    "WG02", "widgets.radio_station", triggers=("radio",),
    flags=("MF Radio Cyprus", "Radio Eins 95.8 FM"),
    keeps=("She told MF Radio Cyprus that the talks had failed.", "Radio"),
)
def radio_station(ctx: Context) -> Outcome:
    """A radio station's name standing alone (a now-playing widget's header)."""
    if ctx.words > RADIO_MAX_WORDS or ctx.words < 2 or ctx.sentence:
        return None
    return "radio station name" if RADIO_NAME.search(ctx.text) else None


SONG = regex.compile(r"^[^-–—]{2,60}\s+[-–—]\s+[^-–—]{2,60}$")
SONG_NEIGHBOURHOOD = 3


def _is_player(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= WIDGET_MAX_WORDS and (
        "now_playing" in ctx.contains or (ctx.words >= 2 and bool(RADIO_NAME.search(ctx.text)))
    )


@detector(
    "WG03", "widgets.song_line", triggers=("dash",),
    flags=(Example("MF Radio Cyprus\nHarry Styles -  Adore You\nAlbum Art", "Harry Styles -  Adore You"),),
    keeps=(Example("The crowd sang along.\nHarry Styles - Adore You\nIt was his biggest hit.", "Harry Styles - Adore You"),),
)
def song_line(ctx: Context) -> Outcome:
    """An "Artist - Title" line next to a radio or now-playing widget."""
    if ctx.words > WIDGET_MAX_WORDS or ctx.sentence or not SONG.match(ctx.text):
        return None
    for off in range(1, SONG_NEIGHBOURHOOD + 1):
        if _is_player(ctx.at(-off)) or _is_player(ctx.at(off)):
            return "song title in a now-playing widget"
    return None


# "Heat wave: 41°C" is a sub-heading with a figure, not a widget.
LABELLED = regex.compile(r"^\p{L}[^:]*:")


@detector(
    "WG04", "widgets.weather", triggers=("degree", "contains:weather"),
    flags=("Berlin 14°C Cloudy", "Humidity: 64%", "Paris 22° Ensoleillé"),
    keeps=("Temperatures reached 41°C in Seville on Sunday, a record for June.", "Heat wave: 41°C"),
)
def weather(ctx: Context) -> Outcome:
    """A weather widget line: a temperature or humidity with a place and a condition."""
    if ctx.words > WIDGET_MAX_WORDS or ctx.sentence:
        return None
    if TEMPERATURE.search(ctx.text) and not LABELLED.match(ctx.text):
        return "weather widget (temperature)"
    if "weather" in ctx.contains:
        return "weather widget"
    return None


@detector(
    "WG05", "widgets.market_ticker", triggers=("percent",),
    flags=("DAX 18.204 +0,4%", "Dow Jones 38,239.66 -0.12%", "EUR/USD 1.0842 +0.1%"),
    keeps=("The DAX closed up 0.4% on Friday after a volatile week.", "Inflation: +2.1%"),
)
def market_ticker(ctx: Context) -> Outcome:
    """A market ticker line: an index or currency, a level and a change in per cent."""
    if ctx.words > WIDGET_MAX_WORDS or ctx.sentence or ":" in ctx.text:
        return None
    if PERCENT_CHANGE.search(ctx.text):
        return "market ticker"
    return None


TV_CHANNEL = regex.compile(r"\([^()]{1,24}\)$")
TV_NEIGHBOURHOOD = 3


@detector(
    "WG06", "widgets.tv_listing", triggers=("digit",),
    flags=("20:15 Tatort (ARD)", "21.00 Le Journal (France 2)"),
    keeps=("20:15 – Kick-off in Munich, Bayern start with Kane up front.", "20:15 Kick-off"),
)
def tv_listing(ctx: Context) -> Outcome:
    """A TV-listing line: a start time, a programme and its channel."""
    m = CLOCK.match(ctx.text)
    if m is None or ctx.words > WIDGET_MAX_WORDS or ctx.sentence:
        return None
    if TV_CHANNEL.search(ctx.text):
        return "TV listing"
    for off in range(-TV_NEIGHBOURHOOD, TV_NEIGHBOURHOOD + 1):
        near = ctx.at(off)
        if off and near is not None and "tv" in near.contains:
            return "TV listing"
    return None


STANDING_ROW = regex.compile(
    r"^\d{1,2}[.)]\s+\S.{1,45}?\s+(?:(?:[–—-]\s)?[-+]?\d{1,3}(?:[.,]\d)?(?:\s*(?:pts?|pkt|punkte|pkte|puan|points|p|poäng|очк\w*|βαθ\.?))?"
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
           Example("1. Unión Minera 68 pts", "1. Unión Minera 68 pts")),
)
def standings(ctx: Context) -> Outcome:
    """A row of a league table or ranking ("1. Unión Minera 68 pts"), among other rows."""
    if not _is_row(ctx):
        return None
    if any(_is_row(ctx.at(off)) for off in (*range(-STANDINGS_REACH, 0), *range(1, STANDINGS_REACH + 1))):
        return "league table row"
    return None


DETECTORS = (now_playing, radio_station, song_line, weather, market_ticker, tv_listing, standings)
