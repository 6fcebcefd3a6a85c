"""Kept blocks → the canonical body. The only place where text is normalised."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from newsclean import rx

# Line breaks, as segmentation splits lines (one block never holds one, but the tail past max_lines does).
LINE_BREAK = rx.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# Every space-like character (no-break, thin, ideographic, tabs…) becomes one plain space. (Written for the standard
# library's engine, whose \s holds every space separator; it also holds \x1c-\x1f, which CONTROL drops first.)
SPACE_RUN = rx.compile(r"[\s\u180e\u200b\u2060\ufeff]+")
# C0/C1 controls and lone surrogates carry no words; they are dropped or replaced.
CONTROL = rx.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
SURROGATE = rx.compile(r"[\ud800-\udfff]")
# Characters of a many-line text (the tail past max_lines) normalised at once: bulk work is fast,
# and chunks keep its copies small.
CHUNK = 1 << 16


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
    return "\n\n".join(p for text in lines for p in _paragraphs(text) if p)


def _paragraphs(text: str) -> Iterator[str]:
    """``normalize_line`` of each line of ``text``; a text of many lines is done a chunk at a time."""
    if not LINE_BREAK.search(text):
        yield normalize_line(text)
        return
    start = 0
    while start < len(text):
        # chunks end after a line break, so no line and no "\r\n" is cut in two
        brk = LINE_BREAK.search(text, min(start + CHUNK, len(text)))
        end = brk.end() if brk else len(text)
        yield from _chunk_paragraphs(text[start:end])
        start = end


def _chunk_paragraphs(text: str) -> list[str]:
    text = LINE_BREAK.sub("\n", text)  # before controls go: some line breaks are control characters
    if not text.isascii():
        text = unicodedata.normalize("NFC", SURROGATE.sub("\ufffd", CONTROL.sub("", text)))
    else:
        text = CONTROL.sub("", text)
    return [" ".join(line.split()) if line.isascii() else SPACE_RUN.sub(" ", line).strip() for line in text.split("\n")]


def replay(source: str, spans: Iterable[tuple[int, int]]) -> str:
    """Rebuild a body from the source and the kept spans alone."""
    return join_paragraphs(source[start:end] for start, end in spans)
