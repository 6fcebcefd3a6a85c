"""HTML input: telling markup from text, and decoding HTML bytes by the charset they declare."""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
from typing import Any

import regex

from newsclean import rx, segment
from newsclean.model import InputInfo

# A document start; or a fragment that opens with a comment or a common element (and closes a tag later).
DOCUMENT_START = rx.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", regex.I)
FRAGMENT_START = rx.compile(
    r"^\s*(?:<!--|<\?xml|<(?:div|p|article|section|main|header|nav|meta|title|link|script|style|table|span|ul|h[1-6])"
    r"[\s>/])",
    regex.I,
)
CLOSING_TAG = rx.compile(r"</[A-Za-z][^>]{0,30}>")
SNIFF_CHARS = 2048
# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">, in the first bytes.
META_CHARSET = rx.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", regex.I)
CHARSET_SCAN_BYTES = 8192


def looks_like_markup(text: str) -> bool:
    """True when the text starts like an HTML document or fragment and closes a tag.

    >>> looks_like_markup("<div class='a'><p>Hi</p></div>")
    True
    >>> looks_like_markup("Prices < 5 and > 3 </ not a tag")
    False
    """
    head = text[:SNIFF_CHARS].lstrip("\ufeff")
    if DOCUMENT_START.match(head):
        return True
    return FRAGMENT_START.match(head) is not None and CLOSING_TAG.search(text) is not None


def sniff_bytes(data: bytes) -> bool:
    """``looks_like_markup`` for bytes, read as Latin-1 (every byte is one character; enough to see tags)."""
    head = data.removeprefix(codecs.BOM_UTF8)
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            return looks_like_markup(head.decode("utf-16", "replace"))
    return looks_like_markup(head.decode("latin-1"))


def declared_charset(data: bytes) -> str | None:
    """The codec named by the page's ``<meta charset>`` (or http-equiv), if Python knows it."""
    m = META_CHARSET.search(data, 0, CHARSET_SCAN_BYTES)
    if m is None:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(source: str | bytes) -> tuple[str, InputInfo]:
    """Decode HTML: a byte-order mark, then the declared charset, then ``segment.decode``'s detection."""
    if isinstance(source, bytes) and not any(source.startswith(b) for b, _ in segment.BOMS):
        charset = declared_charset(source)
        if charset is not None:
            try:
                text = source.decode(charset)
            except UnicodeDecodeError:
                pass
            else:
                digest = hashlib.sha256(source).hexdigest()
                return text, InputInfo(digest, len(source), charset, "html", "charset declared by the page")
    text, info = segment.decode(source, fmt="html")
    return text, info


def as_source(source: Any) -> str | bytes:
    """str and bytes as they are; a BeautifulSoup document serialised back to HTML."""
    if isinstance(source, (str, bytes)):
        return source
    if isinstance(source, (bytearray, memoryview)):
        return bytes(source)
    from bs4 import BeautifulSoup

    if isinstance(source, BeautifulSoup):
        return str(source)
    raise TypeError(f"newsclean cleans str, bytes or a BeautifulSoup document, not {type(source).__name__}")


def with_format(info: InputInfo, fmt: str) -> InputInfo:
    """The same input record with the format the page was cleaned as."""
    return dataclasses.replace(info, format=fmt)
