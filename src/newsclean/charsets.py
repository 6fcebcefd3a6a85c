r"""Which legacy encoding bytes that are not UTF-8 are in, judged by how the decoded text reads.

Each candidate decodes a sample; the text that reads most like prose wins: words in one script with
a sane case pattern, function words of the languages newsclean knows, frequent kana, hangul and han
characters; replacement characters, C1 controls and letter soup ("Ìîñêâà") count against it.

>>> best_encoding("Le président a annoncé une réforme très attendue à Paris.".encode("cp1252"))
'cp1252'
>>> best_encoding("Rząd ogłosił w środę nowe przepisy dotyczące ochrony środowiska.".encode("cp1250"))
'cp1250'
>>> best_encoding("Москва. Президент заявил, что переговоры продолжатся.".encode("koi8-r"))
'koi8-r'
>>> best_encoding("東京都は月曜日、新しい交通計画を発表した。".encode("euc-jp"))
'euc-jp'
>>> best_encoding("Ein Café in Köln öffnet wieder; Gäste freuen sich.".encode() + b" \x92")
'utf-8'
"""

from __future__ import annotations

import functools
import re
from itertools import chain

from newsclean import languages, rx

# Tried in this order; the first of equal scores wins, so the most common legacy encodings lead.
# UTF-8 is one: mostly UTF-8 with a stray byte reads better as UTF-8 with one replacement than as
# mojibake ("cafÃ©") in a legacy encoding.
CANDIDATES = (
    "utf-8", "cp1252", "cp1250", "iso-8859-2", "iso-8859-15", "cp1251", "koi8-r", "koi8-u", "cp1253",
    "iso-8859-7", "cp1254", "cp1257", "shift_jis", "cp932", "euc-jp", "euc-kr",
    "gb18030", "big5", "cp1256", "cp1255", "cp874",
)
FALLBACK = "cp1252"
# What the candidates are judged on: pieces of text around non-ASCII bytes (ASCII reads the same in
# every candidate), each at most PIECE bytes, SAMPLE bytes in all.
SAMPLE = 4096
PIECE = 512
WORD_REACH = 64
HIGH_BYTE = re.compile(rb"[\x80-\xff]")
LETTERS = rx.compile(r"\p{L}+")
# A word written in one script; a word that matches none mixes scripts.
ONE_SCRIPT = rx.compile(
    r"(?P<latin>\p{Latin}+)|(?P<cyrillic>\p{Cyrillic}+)|(?P<greek>\p{Greek}+)"
    r"|(?P<cjk>[\p{Han}\p{Hiragana}\p{Katakana}\u30fc]+)|(?P<other>[^\p{Latin}\p{Cyrillic}\p{Greek}\p{Han}]+)"
)
CASE_BREAK = rx.compile(r"\p{Ll}\p{Lu}")
# Characters a wrong decoding leaves: replacement, C1 controls, private use, unassigned.
BROKEN = rx.compile(r"[\ufffd\x80-\x9f\p{Co}\p{Cn}]")
HALF_WIDTH_KANA = rx.compile(r"[\uff61-\uff9f]")
# Frequent characters of text in CJK scripts newsclean has no word lists for (and hiragana).
COMMON_CJK = rx.compile(r"[\p{Hiragana}的一是不了在人有我他这中大来上国个到说们为和地出也时年다이는의에을를하고가지한로서기도]")
# A Latin-script word this long with more than this share of accented letters is letter soup.
SOUP_LENGTH = 4
SOUP_SHARE = 0.75
FUNCTION_WORD_POINTS = 5
COMMON_CJK_POINTS = 2
BROKEN_POINTS = 5


# Scripts whose letters score only when a language newsclean knows writes them ("ş" does, "þ" not).
ALPHABETIC = ("latin", "cyrillic", "greek")


@functools.lru_cache(maxsize=1)
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """Non-ASCII function words, and non-ASCII letters, of every language newsclean knows."""
    words: set[str] = set()
    letters: set[str] = set()
    for code in languages.available():
        language = languages.load(code)
        words.update(w for w in language.stopwords if not w.isascii())
        for text in chain(language.stopwords, language.months, *language.phrases.values()):
            letters.update(c for c in text if not c.isascii() and c.isalpha())
    return frozenset(words), frozenset(letters)


def _word_points(word: str, function_words: frozenset[str], letters: frozenset[str]) -> int:
    if word.isascii():
        return 0  # the same in every candidate
    match = ONE_SCRIPT.fullmatch(word)
    script = match.lastgroup if match else None
    foreign = [c for c in word if not c.isascii()]
    if script is None or CASE_BREAK.search(word):
        return -2 * len(foreign)
    if script == "latin" and len(word) >= SOUP_LENGTH and len(foreign) > SOUP_SHARE * len(word):
        return -2 * len(foreign)
    points = sum(c.lower() in letters for c in foreign) if script in ALPHABETIC else len(foreign)
    return points + (FUNCTION_WORD_POINTS if word.casefold() in function_words else 0)


def score(text: str) -> int:
    """How much ``text`` reads like prose in some script; higher is more plausible."""
    function_words, letters = _known()
    points = sum(_word_points(m.group(), function_words, letters) for m in LETTERS.finditer(text))
    points += COMMON_CJK_POINTS * len(COMMON_CJK.findall(text))
    points -= BROKEN_POINTS * len(BROKEN.findall(text)) + len(HALF_WIDTH_KANA.findall(text))
    return points


def sample(data: bytes) -> bytes:
    r"""Pieces of ``data`` around its non-ASCII bytes, each starting and ending on a character boundary.

    A byte below 0x80 ends a character in every candidate (it is ASCII or a trail byte), and a space
    or line break is never a trail byte, so pieces start at one of those and end at a break.

    >>> sample(b"plain ascii then caf\xe9 au lait\nand more")
    b' caf\xe9 au lait'
    """
    pieces: list[bytes] = []
    size = pos = 0
    while size < SAMPLE:
        found = HIGH_BYTE.search(data, pos)
        if found is None:
            break
        first = found.start()
        floor = max(pos, first - WORD_REACH)
        space = max(data.rfind(b" ", floor, first), data.rfind(b"\n", floor, first))
        start = space if space >= 0 else first
        limit = min(len(data), start + PIECE)
        stop = data.find(b"\n", first, limit)
        if stop < 0:
            stop = limit if limit == len(data) else max(data.rfind(b" ", first, limit), first + 1)
        pieces.append(data[start:stop])
        size += stop - start
        pos = stop
    return b"\n".join(pieces)


def best_encoding(data: bytes) -> str:
    """The candidate encoding under which ``data`` reads best (``cp1252`` when nothing reads)."""
    best, best_points = FALLBACK, None
    sampled = sample(data)
    for name in CANDIDATES:
        # a multi-byte character cut at the sample's end is not the candidate's fault
        text = sampled.decode(name, "replace").rstrip("\ufffd")
        points = score(text)
        if best_points is None or points > best_points:
            best, best_points = name, points
    return best
