"""Kept blocks → the canonical body. The only place where text is normalised."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import regex

# Line breaks, as segmentation splits lines (one block never holds one, but the tail past max_lines does).
LINE_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
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
    out = SURROGATE.sub("\ufffd", CONTROL.sub("", text))
    out = SPACE_RUN.sub(" ", unicodedata.normalize("NFC", out)).strip()
    return text if out == text else out  # the same object: a page's lines are not held twice


def join_paragraphs(lines: Iterable[str]) -> str:
    """Normalised non-empty lines, one paragraph each, separated by one blank line.

    A text that spans several lines (the unexamined tail of a very long input) gives a paragraph
    per line; a block of one line is one paragraph.
    """
    return "\n\n".join(p for p in (normalize_line(t) for text in lines for t in _lines_of(text)) if p)


def _lines_of(text: str) -> list[str]:
    return LINE_BREAK.split(text) if LINE_BREAK.search(text) else [text]


def replay(source: str, spans: Iterable[tuple[int, int]]) -> str:
    """Rebuild a body from the source and the kept spans alone."""
    return join_paragraphs(source[start:end] for start, end in spans)
