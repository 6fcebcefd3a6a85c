"""The only module that reads raw input: decoding and splitting into blocks with source spans."""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from newsclean import charsets
from newsclean.canonical import LINE_BREAK
from newsclean.model import InputInfo

# Every character Python's str.splitlines() treats as a line break, so no body line hides one.
# Characters stripped from both ends of a line: Unicode spaces and the zero-width ones.
EDGE_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\u2060\ufeff\u180e"

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of NUL bytes on odd (or even) positions above which BOM-less bytes are read as UTF-16.
UTF16_NUL_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class RawLine:
    """A non-blank line of the source, before any judgement."""

    text: str
    start: int
    end: int
    line: int
    gap_before: int


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _guess_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > UTF16_NUL_SHARE and even < 0.05:
        return "utf-16-le"
    if even > UTF16_NUL_SHARE and odd < 0.05:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> tuple[str, str, bool]:
    """Text, encoding and whether bytes were replaced, for bytes that are neither UTF-8 nor UTF-16."""
    encoding = charsets.best_encoding(data)
    try:
        return data.decode(encoding), encoding, False
    except UnicodeDecodeError:
        return data.decode(encoding, "replace"), encoding, True


# Characters of a str encoded at a time for its digest: a big page is never copied whole as UTF-8.
DIGEST_CHUNK = 1 << 16


def _str_sha256(text: str) -> tuple[str, int]:
    """The SHA-256 and byte size of ``text`` in UTF-8 (lone surrogates kept), one chunk at a time."""
    h = hashlib.sha256()
    size = 0
    for i in range(0, len(text), DIGEST_CHUNK):
        piece = text[i:i + DIGEST_CHUNK].encode("utf-8", "surrogatepass")
        h.update(piece)
        size += len(piece)
    return h.hexdigest(), size


def decode(source: str | bytes, *, fmt: str = "text") -> tuple[str, InputInfo]:
    """Decode input to text and record how: BOM, UTF-8, UTF-16 guess, detection, else cp1252."""
    if isinstance(source, str):
        digest, size = _str_sha256(source)
        return source, InputInfo(digest, size, "str", fmt)
    data = bytes(source)
    digest, size = _sha256(data), len(data)
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name, "replace"), InputInfo(digest, size, name, fmt, "byte-order mark")
    try:
        return data.decode("utf-8"), InputInfo(digest, size, "utf-8", fmt)
    except UnicodeDecodeError:
        pass
    utf16 = _guess_utf16(data)
    if utf16:
        note = "no BOM; NUL-byte pattern says UTF-16"
        return data.decode(utf16, "replace"), InputInfo(digest, size, utf16, fmt, note)
    text, encoding, replaced = _detect(data)
    note = "not UTF-8; read as " + encoding + (" with undecodable bytes replaced by U+FFFD" if replaced else "")
    return text, InputInfo(digest, size, encoding, fmt, note)


def split_lines(text: str) -> Iterator[RawLine]:
    """Every non-blank line with its stripped span into ``text`` and the blank lines before it.

    A generator: a page of a million lines never holds a million of these at once.
    """
    pos, number, gap, seen = 0, 1, 0, False
    for brk in LINE_BREAK.finditer(text):
        line = _line(text, pos, brk.start(), number, gap)
        if line is None:
            gap = gap + 1 if seen else 0
        else:
            yield line
            gap, seen = 0, True
        pos, number = brk.end(), number + 1
    line = _line(text, pos, len(text), number, gap)
    if line is not None:
        yield line


def _line(text: str, start: int, end: int, number: int, gap: int) -> RawLine | None:
    line = text[start:end]
    stripped = line.lstrip(EDGE_SPACE)
    if not stripped:
        return None
    s = start + len(line) - len(stripped)
    e = start + len(line.rstrip(EDGE_SPACE))
    return RawLine(text[s:e], s, e, number, gap)
