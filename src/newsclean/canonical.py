"""Kept blocks → the canonical body. The only place where text is normalised."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import regex

# Every space-like character (no-break, thin, ideographic, tabs…) becomes one plain space.
SPACE_RUN = regex.compile(r"[\s\p{Zs}\u180e\u200b\u2060\ufeff]+")
# C0/C1 controls and lone surrogates carry no words; they are dropped or replaced.
CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
SURROGATE = regex.compile(r"[\ud800-\udfff]")


def normalize_line(text: str) -> str:
    """One block's text as it appears in the body.

    >>> normalize_line("  Caf\\u0065\\u0301\\u00a0 au  lait ")
    'Café au lait'
    """
    if text.isascii() and text.isprintable():
        joined = " ".join(text.split())
        return text if joined == text else joined  # the same object: a page's lines are not held twice
    text = SURROGATE.sub("\ufffd", CONTROL.sub("", text))
    text = unicodedata.normalize("NFC", text)
    return SPACE_RUN.sub(" ", text).strip()


def join_paragraphs(lines: Iterable[str]) -> str:
    """Normalised non-empty lines, one paragraph each, separated by one blank line."""
    return "\n\n".join(p for p in (normalize_line(t) for t in lines) if p)


def replay(source: str, spans: Iterable[tuple[int, int]]) -> str:
    """Rebuild a body from the source and the kept spans alone."""
    return join_paragraphs(source[start:end] for start, end in spans)
