"""Per-language word lists (package data), language detection, and the phrase lexicon of a page."""

from __future__ import annotations

import functools
import json
from collections import Counter
from dataclasses import dataclass
from importlib import resources

import regex

# Where a phrase key is matched: the whole line, the line start, or anywhere in a short line.
LINE_KEYS = (
    "advertisement", "home", "related", "most_read", "share", "call_to_action", "more",
    "login", "search", "menu",
)
PREFIX_KEYS = (
    "back_to", "byline", "author_label", "source_label", "reporting_by", "photo", "published",
    "updated", "read_also", "tags", "skip", "captions",
)
CONTAINS_KEYS = (
    "cookie", "newsletter", "paywall", "app", "comments", "copyright", "now_playing", "weather",
    "markets", "tv", "property",
)
PHRASE_KEYS = LINE_KEYS + PREFIX_KEYS + CONTAINS_KEYS
FALLBACK_LANGUAGE = "en"
# Characters that end a whole-line label and are ignored when comparing it: "Anzeige:", "Tags ›".
LABEL_TAIL = regex.compile(r"[\s:：»›>…|\-–—.]+$")
SPACES = regex.compile(r"\s+")
WORD = regex.compile(r"\w+")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
GREEK = regex.compile(r"\p{Greek}")
CYRILLIC = regex.compile(r"\p{Cyrillic}")
LATIN = regex.compile(r"\p{Latin}")
# Letters only one of the two Cyrillic languages uses.
UKRAINIAN_LETTERS = regex.compile(r"[іїєґІЇЄҐ]")
RUSSIAN_LETTERS = regex.compile(r"[ыэъЫЭЪ]")
# Text sampled for detection: enough for a verdict, bounded for huge inputs.
DETECTION_SAMPLE = 60_000


@dataclass(frozen=True)
class Language:
    """One language file, parsed."""

    code: str
    name: str
    stopwords: frozenset[str]
    date_order: str
    months: dict[str, int]
    relative_time: tuple[str, ...]
    phrases: dict[str, tuple[str, ...]]


def _norm(text: str) -> str:
    return SPACES.sub(" ", text).strip().casefold()


@functools.lru_cache(maxsize=None)
def available() -> tuple[str, ...]:
    """Codes of every language file shipped in the package."""
    root = resources.files("newsclean") / "languages"
    return tuple(sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".json")))


@functools.lru_cache(maxsize=None)
def load(code: str) -> Language:
    """Read one language file (cached: files are immutable package data)."""
    path = resources.files("newsclean") / "languages" / f"{code}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    phrases = data.get("phrases", {})
    return Language(
        code=data["code"],
        name=data["name"],
        stopwords=frozenset(_norm(w) for w in data["stopwords"]),
        date_order=data.get("date_order", "DMY"),
        months={_norm(k): int(v) for k, v in data.get("months", {}).items()},
        relative_time=tuple(_norm(w) for w in data.get("relative_time", ())),
        phrases={k: tuple(_norm(p) for p in phrases.get(k, ()) if p.strip()) for k in PHRASE_KEYS},
    )


def detect(text: str) -> str:
    """ISO 639-1 code of the page's language, from script and function-word counts."""
    sample = text[:DETECTION_SAMPLE]
    kana = len(KANA.findall(sample))
    scripts = {
        "greek": len(GREEK.findall(sample)),
        "cyrillic": len(CYRILLIC.findall(sample)),
        "latin": len(LATIN.findall(sample)),
    }
    if kana > 20 and kana * 4 > scripts["latin"] and "ja" in available():
        return "ja"
    script = max(scripts, key=lambda s: scripts[s])
    if scripts[script] == 0:
        return FALLBACK_LANGUAGE
    if script == "greek":
        return "el"
    tokens = Counter(w.casefold() for w in WORD.findall(sample))
    if script == "cyrillic":
        uk = len(UKRAINIAN_LETTERS.findall(sample))
        ru = len(RUSSIAN_LETTERS.findall(sample))
        return "uk" if uk > ru else "ru"
    best, best_score = FALLBACK_LANGUAGE, 0
    for code in available():
        if code in ("ja", "el", "uk", "ru"):
            continue
        words = load(code).stopwords
        score = sum(n for w, n in tokens.items() if w in words)
        if score > best_score:
            best, best_score = code, score
    return best


class Lexicon:
    """The phrase matchers of one page: its language's phrases plus English ones."""

    def __init__(self, codes: tuple[str, ...]) -> None:
        langs = [load(c) for c in dict.fromkeys(codes) if c in available()]
        self.languages = tuple(langs)
        self.stopwords = frozenset().union(*(lg.stopwords for lg in langs))
        self.months: dict[str, int] = {}
        for lg in reversed(langs):
            self.months.update(lg.months)
        self.relative_time = tuple(dict.fromkeys(w for lg in langs for w in lg.relative_time))
        self.date_order = langs[0].date_order if langs else "DMY"
        phrases = {k: sorted({p for lg in langs for p in lg.phrases[k]}, key=len, reverse=True)
                   for k in PHRASE_KEYS}
        self.phrases = phrases
        # Whole-line labels ("Anzeige", "Partager") are unambiguous in any language, so a page
        # knows every language's labels; prefixes and phrases stay with its own language.
        self.line_labels: dict[str, str] = {}
        for lg in (*langs, *(load(c) for c in available())):
            for key in LINE_KEYS:
                for p in lg.phrases[key]:
                    self.line_labels.setdefault(LABEL_TAIL.sub("", p), key)
        self.prefix = _group_pattern(
            {k: phrases[k] for k in PREFIX_KEYS}, r"^(?:{})(?=[^\p{{L}}]|$)"
        )
        self.contains = _group_pattern(
            {k: phrases[k] for k in CONTAINS_KEYS}, r"(?<![\p{{L}}])(?:{})(?![\p{{L}}])"
        )

    def line_key(self, lower: str) -> str | None:
        """The phrase key whose phrase is this whole line, if any."""
        return self.line_labels.get(LABEL_TAIL.sub("", lower))

    def prefix_key(self, lower: str) -> tuple[str, int] | None:
        """The phrase key the line starts with, and where the phrase ends."""
        if self.prefix is None:
            return None
        m = self.prefix.match(lower)
        if m is None or m.lastgroup is None:
            return None
        return m.lastgroup, m.end()

    def contains_keys(self, lower: str) -> frozenset[str]:
        """Every phrase key with a phrase somewhere in the line."""
        if self.contains is None:
            return frozenset()
        return frozenset(m.lastgroup for m in self.contains.finditer(lower) if m.lastgroup)


def _group_pattern(groups: dict[str, list[str]], template: str) -> regex.Pattern[str] | None:
    parts = [
        f"(?P<{key}>{'|'.join(regex.escape(p) for p in items)})"
        for key, items in groups.items()
        if items
    ]
    if not parts:
        return None
    return regex.compile(template.format("|".join(parts)), regex.V1)


@functools.lru_cache(maxsize=64)
def lexicon_for(code: str) -> Lexicon:
    """The cached lexicon for a page in language ``code`` (its phrases plus English ones)."""
    return Lexicon((code, FALLBACK_LANGUAGE))
