"""A segmented page with what every detector may ask about it: lexicon, headline, neighbours."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from newsclean import dates, headline, languages, segment
from newsclean.canonical import normalize_line
from newsclean.detectors.base import Context, known_mark, text_mark
from newsclean.languages import Lexicon
from newsclean.model import Block, Page, Quality, Span
from newsclean.prose import count_words, ends_like_sentence, quality

# Phrase lookups anywhere in a line ("we use cookies") run only on lines up to this long.
CONTAINS_MAX_WORDS = 40


class PageView:
    """Shared, lazily built facts about one page; one per ``clean`` call, never reused."""

    def __init__(self, page: Page, lexicon: Lexicon, language: str, canonical: tuple[str, ...],
                 tail: int | None = None) -> None:
        self.page = page
        self.tail = tail  # the block holding the lines past ``max_lines``, kept unexamined
        self.canonical = canonical  # each block's text as the body would carry it, normalised once
        self.lexicon = lexicon
        self.language = language
        self.contains_max_words = CONTAINS_MAX_WORDS
        self.headline = headline.locate(page, lexicon, canonical)
        self._contexts: list[Context | None] = [None] * len(page.blocks)
        self._kept_from = 0  # contexts before this index were let go (see ``forget_before``)
        self._marks: dict[str, list[int]] = {}
        self._scanned: dict[str, int] = {}
        self._prose: list[int] | None = None
        self._dates: dict[str, tuple[str | None, tuple[int, int]] | None] = {}
        self._any_line: dict[str, bool] = {}
        self._with_features: dict[frozenset[str], list[int]] = {}  # see ``features_near``
        self._features_scanned: dict[frozenset[str], int] = {}

    def context(self, index: int) -> Context | None:
        """The detector context of block ``index``, or None outside the page."""
        if not 0 <= index < len(self._contexts):
            return None
        ctx = self._contexts[index]
        if ctx is None:
            ctx = self._contexts[index] = Context(self, index)
        return ctx

    def features_near(self, index: int, features: frozenset[str], reach: int) -> bool:
        """Whether a block within ``reach`` of block ``index`` (itself included) has one of ``features``.

        Each block is looked at once per set of features: the blocks that have one are listed as the
        scan moves forward, and a question is a look-up in that list.
        """
        found = self._with_features.get(features)
        if found is None:
            found = self._with_features[features] = []
        end = min(len(self._contexts), index + reach + 1)
        start = self._features_scanned.get(features, 0)
        for i in range(start, end):
            ctx = self.context(i)
            if ctx is not None and not features.isdisjoint(ctx.features):
                found.append(i)
        if end > start:
            self._features_scanned[features] = end
        k = bisect.bisect_left(found, index - reach)
        return k < len(found) and found[k] < end

    def _scan(self, name: str, test: Callable[[Context], bool], upto: int) -> list[int]:
        """Marks of ``name`` on the blocks before ``upto``, extending the scan only as far as asked.

        Scanning lazily keeps a page's cost tied to the blocks the detectors actually reach (a
        time budget or size limit stops them early; a sweep must not run ahead over a flood).
        """
        found = self._marks.get(name)
        if found is None:
            found = self._marks[name] = []
            self._scanned[name] = 0
        start = self._scanned[name]
        if upto > start:
            upto = min(upto, len(self._contexts))
            for i in range(start, upto):
                if self._mark(name, test, i):
                    found.append(i)
            self._scanned[name] = max(start, upto)
        return found

    def has_mark(self, name: str, test: Callable[[Context], bool], index: int) -> bool:
        """Whether block ``index`` passes ``test``, a test of a line's text alone (see ``text_mark``)."""
        if not 0 <= index < len(self._contexts):
            return False
        if index < self._scanned.get(name, 0):
            found = self._marks[name]
            pos = bisect.bisect_left(found, index)
            return pos < len(found) and found[pos] == index
        return self._mark(name, test, index)

    def _mark(self, name: str, test: Callable[[Context], bool], index: int) -> bool:
        block = self.page.blocks[index]
        answer = known_mark(name, self.lexicon, self.canonical[index], block.words)
        if answer is None:  # not seen on any page yet: build the line's context and test it
            answer = text_mark(name, test, self.context(index))  # type: ignore[arg-type]
        return answer

    def nearest_above(self, name: str, test: Callable[[Context], bool], index: int, window: int) -> int | None:
        """The closest block above ``index`` (at most ``window`` up) passing ``test``."""
        marks = self._scan(name, test, index)
        pos = bisect.bisect_left(marks, index) - 1
        if pos >= 0 and index - marks[pos] <= window:
            return marks[pos]
        return None

    def forget_before(self, index: int) -> None:
        """Let go of the contexts of blocks before ``index`` (rebuilt on demand if asked for again).

        The detectors look a few blocks around the one they judge, so the engine keeps only a
        window of contexts alive: memory per page stays flat in its number of lines.
        """
        for i in range(self._kept_from, index):
            self._contexts[i] = None
        self._kept_from = max(self._kept_from, index)

    def release(self) -> None:
        """Drop the detector contexts and per-line memos once the detectors are done (memory)."""
        self._contexts = [None] * len(self._contexts)
        self._marks.clear()
        self._scanned.clear()

    def prose_lines(self) -> list[int]:
        """Indices of the blocks that are prose sentences (from the blocks alone: no contexts built)."""
        if self._prose is None:
            canonical = self.canonical
            self._prose = [b.index for b in self.page.blocks
                           if b.quality is Quality.PROSE and ends_like_sentence(canonical[b.index])]
        return self._prose

    def any_line(self, name: str, test: Callable[[str], bool]) -> bool:
        """Whether any line's normalised text passes ``test`` (asked once per page and ``name``).

        A rule that needs a rare line somewhere on the page ("Pros" over a review's verdict box)
        asks this first, and most pages answer it with one pass over their strings.
        """
        found = self._any_line.get(name)
        if found is None:
            found = self._any_line[name] = any(map(test, self.canonical))
        return found

    def date_in(self, text: str) -> tuple[str | None, tuple[int, int]] | None:
        """``dates.find_date`` for this page's lexicon, each distinct text parsed once."""
        if text not in self._dates:
            self._dates[text] = dates.find_date(text, self.lexicon)
        return self._dates[text]


def build_view(text: str, language: str | None = None, fmt: str = "text", *, weak: bool = False,
               max_lines: int | None = None) -> PageView:
    """Segment decoded text into blocks, detect its language, and wrap it for the detectors.

    A given ``language`` is used as is; ``weak`` says it is a weak guess (read with every language's
    phrases). Lines past ``max_lines`` become one last block, the tail, which no rule examines.
    """
    code, weak = (language, weak) if language else languages.detect_with_evidence(text)
    lexicon = languages.lexicon_for(code, every_language=weak)
    if languages.day_first(text, lexicon):
        lexicon = languages.lexicon_for(code, every_language=weak, day_first=True)
    blocks, canonical_texts = [], []
    tail = None
    for i, ln in enumerate(segment.split_lines(text)):
        if i == max_lines:
            end = len(text.rstrip(segment.EDGE_SPACE))
            blocks.append(Block(i, text[ln.start:end], Span(ln.start, end), ln.line, ln.gap_before, 0, Quality.SHORT))
            canonical_texts.append("")  # never judged: no words to compare
            tail = i
            break
        canonical = normalize_line(ln.text)  # judge the words the body would carry, so a body judges the same
        canonical_texts.append(canonical)
        words = count_words(canonical)
        blocks.append(Block(i, ln.text, Span(ln.start, ln.end), ln.line, ln.gap_before,
                            words, quality(canonical, words, lexicon.stopwords)))
    return PageView(Page(text, tuple(blocks), fmt), lexicon, code, tuple(canonical_texts), tail)
