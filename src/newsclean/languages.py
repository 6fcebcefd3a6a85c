"""Per-language word lists (package data), language detection, and the phrase lexicon of a page."""

from __future__ import annotations

import copy
import functools
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import regex

from newsclean import rx
from newsclean.prose import CJK_CHAR

# Where a phrase key is matched: the whole line, the line start, or anywhere in a short line.
LINE_KEYS = (
    "advertisement", "home", "related", "most_read", "share", "call_to_action", "more",
    "login", "search", "menu",
)
PREFIX_KEYS = (
    "advertisement", "share", "back_to", "byline", "author_label", "source_label", "reporting_by", "photo", "published",
    "updated", "read_also", "tags", "skip", "captions", "notice_board",
)
CONTAINS_KEYS = (
    "cookie", "newsletter", "paywall", "app", "comments", "copyright", "now_playing", "weather",
    "markets", "tv", "property",
)
PHRASE_KEYS = LINE_KEYS + PREFIX_KEYS + CONTAINS_KEYS
FALLBACK_LANGUAGE = "en"
# Fewer function words than this, or a lead this small over the next language, make a weak guess;
# such a page is read with every language's phrases.
MIN_STOPWORD_HITS = 3
MIN_STOPWORD_LEAD = 2
# Characters that end a whole-line label and are ignored when comparing it: "Anzeige:", "Tags ›".
LABEL_TAIL_CHARS = " \t:：»›>…|-–—."
FIRST_WORD = rx.compile(r"\w+")
SPACES = rx.compile(r"\s+")
# Arrows and bullets in front of a link label: "← Back to news", "» Read also", "■関連記事"; brackets: "(Reporting by …)".
LEAD_MARKS = "←‹<«»›>•·-–— ([■□◆◇●○▶►▷📌👉➡🔗📍🔴⚡\ufe0f"  # (and the pictograms sites put before a label: "📌 LEIA TAMBÉM:")
WORD = rx.compile(r"\w+")
KANA = rx.compile(r"[\p{Hiragana}\p{Katakana}]")
GREEK = rx.compile(r"\p{Greek}")
CYRILLIC = rx.compile(r"\p{Cyrillic}")
LATIN = rx.compile(r"\p{Latin}")
# Letters only one of the two Cyrillic languages uses.
UKRAINIAN_LETTERS = rx.compile(r"[іїєґІЇЄҐ]")
RUSSIAN_LETTERS = rx.compile(r"[ыэъЫЭЪ]")
# Text sampled for detection: enough for a verdict, bounded for huge inputs.
DETECTION_SAMPLE = 6_000
DETECTION_SCAN = 200_000
# Lines long enough to be prose: menus and labels say little about a page's language.
PROSE_LINE = rx.compile(r"^[^\n]{80,}$", regex.M)
OTHER_LINE_BREAK = rx.compile(r"[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
SCRIPT_SAMPLE = 3_000


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


def fold(text: str) -> str:
    """Case-folded text, Turkish "İ" folded to "i" (plain ``casefold`` leaves a combining dot: "i̇").

    Folding also turns Greek final "ς" into "σ": a pattern matched against folded text that spells a Greek
    word with "ς" ("καιρός") takes ``regex.I``, under which the two match.
    """
    return text.replace("İ", "i").casefold() if "İ" in text else text.casefold()


# Greek capitals drop their accents ("ΡΟΗ ΕΙΔΗΣΕΩΝ" is "Ροή ειδήσεων"): phrases and lines compare without them.
GREEK_ACCENTED = rx.compile(r"[άέήίόύώΐΰϊϋ]")
PLAIN_LETTERS = str.maketrans("ıάέήίόύώΐΰϊϋ", "iαεηιουωιυιυ")


def dotless(lower: str) -> str:
    """Folded text with Turkish "ı" read as "i", so "YAYIN AKIŞI" (folded "yayin akişi") finds "Yayın Akışı",
    and Greek letters without their accents, so "ροη ειδησεων" finds "Ροή ειδήσεων".

    Length-preserving, so offsets into it are offsets into ``lower``.
    """
    if lower.isascii():
        return lower
    if "ı" in lower or GREEK_ACCENTED.search(lower):
        return lower.translate(PLAIN_LETTERS)
    return lower


def _norm(text: str) -> str:
    return fold(SPACES.sub(" ", text).strip())


@functools.cache
def available() -> tuple[str, ...]:
    """Codes of every language file shipped in the package."""
    root = resources.files("newsclean") / "languages"
    return tuple(sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".json")))


@functools.cache
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


# A sampled line is at least this share letters and spaces.
MIN_WORDY_SHARE = 0.5


NOT_WORDY = rx.compile(r"[^\p{L} ]")


def _wordy(line: str) -> bool:
    """Mostly letters and spaces (counted by removing the rest: a list of matches of a long run of
    marks or digits would cost tens of bytes per character)."""
    return len(line) - len(NOT_WORDY.sub("", line)) <= (1 - MIN_WORDY_SHARE) * len(line)


def detect(text: str) -> str:
    """ISO 639-1 code of the page's language, from script and function-word counts."""
    return detect_with_evidence(text)[0]


def detect_with_evidence(text: str) -> tuple[str, bool]:
    """The page's language, and whether the guess is weak (a Latin-script page with almost no
    function words: "O," reads as Polish, the same page without that line as German)."""
    if OTHER_LINE_BREAK.search(text, 0, DETECTION_SCAN):
        # lines split by "\r" (or another break segment.py knows) are sampled as their blocks are, so
        # cleaning the body again, split by "\n", detects the same language
        text = OTHER_LINE_BREAK.sub("\n", text[:DETECTION_SCAN])
    # long lines mostly of digits or symbols say nothing (a body without them must read the same)
    long_lines = [m.group() for m in PROSE_LINE.finditer(text, 0, DETECTION_SCAN) if _wordy(m.group())]
    sample = "\n".join(long_lines)[:DETECTION_SAMPLE] if long_lines else text[:DETECTION_SAMPLE]
    if sample.isascii():
        kana, scripts = 0, {"greek": 0, "cyrillic": 0, "latin": 1}
    else:
        probe = sample[:SCRIPT_SAMPLE]
        kana = len(KANA.findall(probe))
        scripts = {
            "greek": len(GREEK.findall(probe)),
            "cyrillic": len(CYRILLIC.findall(probe)),
            "latin": len(LATIN.findall(probe)),
        }
    if kana > 20 and kana * 4 > scripts["latin"] and "ja" in available():
        return "ja", False
    script = max(scripts, key=lambda s: scripts[s])
    if scripts[script] == 0:
        return FALLBACK_LANGUAGE, True
    if script == "greek":
        return "el", False
    tokens = Counter(w.casefold() for w in WORD.findall(sample))
    if script == "cyrillic":
        uk = len(UKRAINIAN_LETTERS.findall(probe))
        ru = len(RUSSIAN_LETTERS.findall(probe))
        return ("uk" if uk > ru else "ru"), False
    scores = sorted(((sum(tokens[w] for w in load(code).stopwords & tokens.keys()), code) for code in available()
                     if code not in ("ja", "el", "uk", "ru")), key=lambda sc: -sc[0])  # stable: file order breaks ties
    best_score, best = scores[0] if scores and scores[0][0] > 0 else (0, FALLBACK_LANGUAGE)
    runner_up = scores[1][0] if len(scores) > 1 else 0
    if best_score - runner_up < MIN_STOPWORD_LEAD and not sample.isascii():
        # function words do not decide: a language's own letters may ("ı", "ğ" are Turkish, "ł" Polish)
        close = [code for score, code in scores if best_score - score < MIN_STOPWORD_LEAD]
        lettered = max(close, key=lambda code: _own_letters(sample, code))
        if _own_letters(sample, lettered) >= MIN_OWN_LETTERS:
            best = lettered
    return best, best_score < MIN_STOPWORD_HITS or best_score - runner_up < MIN_STOPWORD_LEAD


# Letters only one of our Latin-script languages writes (among those we ship), and how many decide a close call.
OWN_LETTERS = {"tr": "ığşİĞŞ", "pl": "łąęśźżńŁŚŻŹ", "pt": "ãõÃÕ", "es": "ñÑ¿¡", "sv": "åÅ", "de": "ßẞ"}
MIN_OWN_LETTERS = 3


def _own_letters(sample: str, code: str) -> int:
    letters = OWN_LETTERS.get(code)
    return sum(sample.count(c) for c in letters) if letters else 0


def _line_labels(langs: Iterable[Language]) -> dict[str, str]:
    """Whole-line labels to their phrase key; the first language to name a label wins."""
    labels: dict[str, str] = {}
    for lg in langs:
        for key in LINE_KEYS:
            for p in lg.phrases[key]:
                labels.setdefault(dotless(p.rstrip(LABEL_TAIL_CHARS)), key)
    return labels


@functools.cache
def _every_line_label() -> dict[str, str]:
    """Every shipped language's whole-line labels, built once and shared by every lexicon."""
    return _line_labels(load(c) for c in available())


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
        # knows every language's labels (its own languages' first, where two read a label alike);
        # prefixes and phrases stay with its own language.
        self.own_labels = _line_labels(langs)
        self.every_label = _every_line_label()
        self.prefix = PhraseIndex((dotless(p), k) for k in PREFIX_KEYS for p in phrases[k])
        self.contains = PhraseIndex((dotless(p), k) for k in CONTAINS_KEYS for p in phrases[k])

    def line_key(self, lower: str) -> str | None:
        """The phrase key whose phrase is this whole line, if any."""
        label = dotless(lower).rstrip(LABEL_TAIL_CHARS).lstrip(LEAD_MARKS)
        return self.own_labels.get(label) or self.every_label.get(label)

    def prefix_key(self, lower: str) -> tuple[str, int] | None:
        """The phrase key the line starts with, and where the phrase ends."""
        start = len(lower) - len(lower.lstrip(LEAD_MARKS))
        return self.prefix.at(dotless(lower), start)

    def contains_keys(self, lower: str) -> frozenset[str]:
        """Every phrase key with a phrase somewhere in the line."""
        return self.contains.keys_in(dotless(lower))


def _bounded(text: str, start: int, end: int) -> bool:
    """No letter glued to either end of ``text[start:end]``."""
    return (start == 0 or not text[start - 1].isalpha()) and (end >= len(text) or not text[end].isalpha())


class PhraseIndex:
    """Phrases indexed by their first word, so a line is checked against a handful, not hundreds."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        self.by_word: dict[str, list[tuple[str, str]]] = {}
        self.loose: list[tuple[str, str]] = []  # phrases without a leading word: "©", CJK labels
        for phrase, key in sorted(set(items), key=lambda x: -len(x[0])):
            m = FIRST_WORD.match(phrase)
            if m and not CJK_CHAR.search(m.group()):
                self.by_word.setdefault(m.group(), []).append((phrase, key))
            else:
                self.loose.append((phrase, key))

    def at(self, lower: str, start: int) -> tuple[str, int] | None:
        """The key of the longest phrase starting at ``start`` (on a word boundary), and its end."""
        m = FIRST_WORD.match(lower, start)
        candidates = self.by_word.get(m.group(), ()) if m else ()
        for phrase, key in (*candidates, *self.loose):
            end = start + len(phrase)
            if lower.startswith(phrase, start) and (
                end >= len(lower) or not lower[end].isalpha() or CJK_CHAR.match(phrase[-1])
            ):
                return key, end
        return None

    def keys_in(self, lower: str) -> frozenset[str]:
        """Keys of every phrase occurring in ``lower`` on word boundaries."""
        found = set()
        for word in self.by_word.keys() & set(WORD.findall(lower)):
            for phrase, key in self.by_word[word]:
                if key not in found and _find_bounded(lower, phrase):
                    found.add(key)
        for phrase, key in self.loose:
            if key not in found and phrase in lower and (CJK_CHAR.search(phrase) or _find_bounded(lower, phrase)):
                found.add(key)
        return frozenset(found)


def _find_bounded(lower: str, phrase: str) -> bool:
    start = lower.find(phrase)
    while start >= 0:
        if _bounded(lower, start, start + len(phrase)):
            return True
        start = lower.find(phrase, start + 1)
    return False


@functools.lru_cache(maxsize=64)
def lexicon_for(code: str, *, every_language: bool = False, day_first: bool = False) -> Lexicon:
    """The cached lexicon for a page in language ``code`` (its phrases plus English ones).

    ``every_language`` adds every shipped language's phrases: for pages whose language is a weak
    guess, so that a page and its cleaned body (which may guess differently) are read alike.
    ``day_first`` reads numeric dates day first where the language's default is month first (English
    written in Britain, Ireland, Australia, India: "06/03/2025" is 6 March).
    """
    if day_first:
        variant = copy.copy(lexicon_for(code, every_language=every_language))  # (its phrase tables shared, not rebuilt)
        variant.date_order = "DMY"
        return variant
    return Lexicon((code, FALLBACK_LANGUAGE, *available()) if every_language else (code, FALLBACK_LANGUAGE))


# Signs that English is written outside the United States, where numeric dates put the day first: the pound, the
# spellings of Britain and the Commonwealth.
DAY_FIRST_CUES = rx.compile(
    r"£|(?<!\w)(?:colour|favourite|centre|theatre|programme|neighbour|organis|recognis|realis|apologis|travelled|licence|"
    r"defence|labour|behaviour|honour|metres|kilometres|tyres?|kerb|council tax|whilst|mum)\w*",
    regex.I,
)
DAY_FIRST_SAMPLE = 50_000


def day_first(text: str, lexicon: Lexicon) -> bool:
    """Whether a month-first language's page shows it is written where the day comes first."""
    return lexicon.date_order == "MDY" and DAY_FIRST_CUES.search(text, 0, DAY_FIRST_SAMPLE) is not None
