"""How much a line reads like article prose: word counts, function-word density, quality class."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from newsclean import rx
from newsclean.model import Quality

WORD = rx.compile(r"\w+")
CJK_CHAR = rx.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# A line that ends like a sentence: . ! ? … or a closing quote / bracket after one of them.
SENTENCE_END = rx.compile(r"[.!?…。！？:;](?:[\"'”’»«“)\]」』]|[ \u00a0\u202f](?=[»”]))*$")
CJK_CHARS_PER_WORD = 2
# Fewer words than this and a line cannot be judged alone (heading, list item, label).
PROSE_MIN_WORDS = 10
# A long line below this function-word share that does not end like a sentence is a list of names.
PROSE_MIN_STOPWORD_SHARE = 0.12
LIST_MIN_CAPITALISED_SHARE = 0.6
HEADLINE_MAX_WORDS = 20
HEADLINE_MIN_CAPITALISED_SHARE = 0.7


@lru_cache(maxsize=256)
def without_marks(text: str) -> str:
    """The text with combining accents removed, for accent-blind comparison ("Προώθηση" → "Προωθηση").

    >>> without_marks("Patrocínio")
    'Patrocinio'
    """
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def count_words(text: str) -> int:
    """Words in a line; in Chinese and Japanese script, two characters count as one word.

    >>> count_words("Back to Station"), count_words("東京で地震が発生しました")
    (3, 6)
    """
    if text.isascii():
        return len(WORD.findall(text))
    cjk = len(CJK_CHAR.findall(text))
    if cjk:
        latin = len(WORD.findall(CJK_CHAR.sub(" ", text)))
        return latin + (cjk + 1) // CJK_CHARS_PER_WORD
    return len(WORD.findall(text))


def stopword_share(text: str, stopwords: frozenset[str]) -> float:
    """Share of the line's words that are function words of the page's language."""
    if CJK_CHAR.search(text):
        hits = sum(text.count(w) for w in stopwords if w and not w.isascii())
        return min(1.0, hits * CJK_CHARS_PER_WORD / max(1, len(CJK_CHAR.findall(text))))
    words = WORD.findall(text.casefold())
    if not words:
        return 0.0
    return sum(1 for w in words if w in stopwords) / len(words)


def ends_like_sentence(text: str) -> bool:
    """True when the line ends with sentence punctuation (optionally inside a closing quote), or is one
    Japanese quotation of some length, whose last sentence needs no mark inside 」.

    >>> ends_like_sentence("「暑さは我慢するものではありません」")
    True
    """
    return SENTENCE_END.search(text) is not None or (
        text.endswith("」") and text.startswith("「") and len(text) >= CJK_QUOTE_MIN_CHARS and "「" not in text[1:])


# A shorter 「…」 line is a quoted phrase or a title, not a sentence.
CJK_QUOTE_MIN_CHARS = 12


def capitalised_share(text: str) -> float:
    """Share of the line's letter-initial words that start with a capital (menus are Title Case)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def quality(text: str, words: int, stopwords: frozenset[str]) -> Quality:
    """Classify a line as prose, a short fragment, or a long non-prose list.

    A long line without sentence punctuation or function words is a list only when it is mostly
    capitalised (a menu, a row of names); an ingredient line stays prose.
    """
    if words < PROSE_MIN_WORDS:
        return Quality.SHORT
    sentence = ends_like_sentence(text)
    if not sentence and words <= HEADLINE_MAX_WORDS and capitalised_share(text) >= HEADLINE_MIN_CAPITALISED_SHARE:
        return Quality.SHORT  # a Title Case headline, however long, is judged by its context
    if sentence or stopword_share(text, stopwords) >= PROSE_MIN_STOPWORD_SHARE:
        return Quality.PROSE
    if capitalised_share(text) >= LIST_MIN_CAPITALISED_SHARE:
        return Quality.LIST
    return Quality.PROSE
