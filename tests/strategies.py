"""Hypothesis strategies for realistic flattened news pages: prose, boilerplate, blank lines."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = ("the", "council", "said", "on", "Monday", "that", "prices", "rose", "in", "Berlin", "and",
         "a", "new", "law", "will", "take", "effect", "der", "Zug", "fährt", "nicht", "le", "gouvernement",
         "a", "annoncé", "el", "precio", "de", "la", "vivienda", "sube", "Ukraine", "NATO", "Reuters")
BOILERPLATE = ("Advertisement", "Back to Station", "Share", "Sign in", "Home > News > World",
               "Read also: Floods hit the north", "Most read", "© 2025 Daily. All rights reserved.",
               "Author: Jane Doe", "Source: Reuters", "By Max Roe", "Anzeige", "12 comments",
               "Photo: AFP/Jane Doe", "Berlin 14°C Cloudy", "DAX 18.204 +0,4%", "View Property",
               "Album Art", "Newsletter abonnieren", "We use cookies. Accept all cookies",
               "Published 3 April 2025", "Updated 3 hours ago", "Villa", "MF Radio Cyprus")
ODD = ("\u00a0", "\u200b", "\t", "  ", "\u3000", "\u202f", "\r", "\x00", "\ufeff", "é", "e\u0301")

word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=6, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")
heading = st.lists(word, min_size=1, max_size=6).map(lambda ws: " ".join(ws).title())
noise = st.lists(st.sampled_from(ODD + tuple("abc.-|:>?!1 ")), max_size=12).map("".join)
line = st.one_of(sentence, sentence, sentence, heading, st.sampled_from(BOILERPLATE), noise)
separator = st.sampled_from(("\n", "\n", "\n\n", "\r\n", "\n\n\n", "\r"))


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A page: maybe a headline that repeats, then a mix of lines with varied line breaks."""
    lines = draw(st.lists(line, min_size=0, max_size=40))
    if draw(st.booleans()):
        title = draw(heading)
        lines = [title + " | Daily News", *lines[:3], title.upper(), *lines[3:]]
    out = ""
    for ln in lines:
        out += ln + draw(separator)
    return out
