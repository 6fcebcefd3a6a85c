"""Dates as printed on news pages, read in the page's locale, to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime
import functools

import regex

from newsclean import rx
from newsclean.languages import Lexicon
from newsclean.prose import CJK_CHAR

ISO_DATE = rx.compile(r"(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
# (also "26/4 2025"; not the end of a phone number: "8 (81837) 2-14-60")
NUMERIC_DATE = rx.compile(r"(?<![\d.])(?<!\)\s)(\d{1,2})([./·-])(\d{1,2})(?:\2(\d{4}|\d{2})|\s(\d{4}))(?![\d])")  # ("03·03·25")
CJK_DATE = rx.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# Two-digit years are read as 20xx: news pages are recent.
CENTURY = 2000


@functools.lru_cache(maxsize=64)
def _month_patterns(lexicon: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    names = sorted({m.rstrip(".") for m in lexicon.months if not m[0].isdigit()}, key=len, reverse=True)
    if not names:
        return None
    month = "(?P<month>" + "|".join(regex.escape(n) for n in names) + r")\.?"
    day_first = rx.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})(?:\.|er|º|°|st|nd|rd|th)?\s*(?:de\s+|of\s+)?{month}"
        rf",?\s*(?:de\s+)?(?P<year>\d{{4}})(?!\d)",
        regex.I | regex.V1,
    )
    month_first = rx.compile(
        rf"(?<!\w){month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)",
        regex.I | regex.V1,
    )
    return day_first, month_first


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str, lexicon: Lexicon) -> tuple[str | None, tuple[int, int]] | None:
    """The first absolute date in ``text``: its ISO form (None if impossible) and its span.

    Numeric dates follow the page's order (French 03/04/2025 is 3 April) unless one
    part is over 12.
    """
    if m := ISO_DATE.search(text):
        return _iso(int(m[1]), int(m[3]), int(m[4])), m.span()
    if m := CJK_DATE.search(text):
        return _iso(int(m[1]), int(m[2]), int(m[3])), m.span()
    patterns = _month_patterns(lexicon)
    if patterns:
        for pattern in patterns:
            if m := pattern.search(text):
                name = m["month"].casefold()
                month = lexicon.months.get(name) or lexicon.months.get(name + ".")
                if month:
                    return _iso(int(m["year"]), month, int(m["day"])), m.span()
    if m := NUMERIC_DATE.search(text):
        a, b, year = int(m[1]), int(m[3]), int(m[4] or m[5])
        if year < 100:
            year += CENTURY
        day, month = (b, a) if lexicon.date_order == "MDY" else (a, b)
        if month > 12 >= day:
            day, month = month, day
        return _iso(year, month, day), m.span()
    return None


@functools.lru_cache(maxsize=64)
def _relative_pattern(lexicon: Lexicon) -> regex.Pattern[str] | None:
    words = sorted(lexicon.relative_time, key=len, reverse=True)
    if not words:
        return None
    alternatives = [
        regex.escape(w) if CJK_CHAR.search(w) else rf"(?<!\w){regex.escape(w)}(?!\w)" for w in words
    ]
    return rx.compile("|".join(alternatives))


# A day of the month, 1 to 31: "Lis 82" (a player and his goal's minute) is no date.
DAY = r"(?:3[01]|[12]\d|0?[1-9])"


@functools.lru_cache(maxsize=64)
def _partial_pattern(lexicon: Lexicon) -> regex.Pattern[str] | None:
    names = sorted({m.rstrip(".") for m in lexicon.months if not m[0].isdigit()}, key=len, reverse=True)
    month = "(?:" + "|".join(regex.escape(n) for n in names) + r")\.?" if names else "(?!)"
    return rx.compile(
        rf"(?<!\d){DAY}(?:\.|er|º|st|nd|rd|th)?\s*(?:de\s+)?{month}(?!\w)|(?<!\w){month}\s+{DAY}(?!\d)"
        r"|(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日",
        regex.I | regex.V1,
    )


def find_partial_date(text: str, lexicon: Lexicon) -> tuple[int, int] | None:
    """The span of a day and month without a year ("8 maart", "June 5", "8月24日"), if any."""
    pattern = _partial_pattern(lexicon)
    m = pattern.search(text) if pattern else None
    return m.span() if m else None


def is_relative(text: str, lexicon: Lexicon) -> bool:
    """True when the line speaks of time relative to now ("3 hours ago", "vor 2 Stunden")."""
    pattern = _relative_pattern(lexicon)
    return pattern is not None and pattern.search(text.casefold()) is not None
