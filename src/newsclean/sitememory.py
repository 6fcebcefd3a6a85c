"""Per-site template memory: lines that many pages of one site print are that site's boilerplate.

A first pass counts, per site, on how many pages each line appears (as an 8-byte hash of the line
with its digits folded, so "© 2024" and "12 comments" match across pages); the frozen memory then
tells the engine which lines of a page are the site's template. A line seen on one page only is
never a template line, whatever the thresholds.

>>> stories = ("Rain", "Snow", "Sun", "Fog", "Wind", "Hail")
>>> pages = [(f"https://example.com/{s}", f"{s} is what the people of the town talk about.\\nExample Daily footer")
...          for s in stories]
>>> memory = SiteMemory.build(pages)
>>> templates = memory.for_page(url="https://www.example.com/other")
>>> templates.pages, len(templates.lines)
(6, 1)
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsclean import rx, segment
from newsclean.canonical import normalize_line
from newsclean.engine_state import EngineRule
from newsclean.model import Block, Effect, Finding, Flag, Quality

SITE_TEMPLATE = EngineRule(
    "ST01", "site.template_line",
    "A line printed on many pages of the same site (its template: footer, widget, menu); with site memory only.",
)
# Said on an HTML page cleaned with site memory: its lines are the DOM's, which the counting pass never saw.
SITE_MEMORY_TEXT_ONLY = Flag("site_memory_text_only",
                             "site memory applies to flattened text; this HTML page was cleaned without it")

# A site needs this many pages before any of its lines can be called a template.
MIN_PAGES = 5
# Share of a site's pages a short or non-prose line must appear on to be a template line.
MIN_SHARE = 0.5
# Share needed for a line that reads like article prose: a sentence shared by half the pages may be
# a syndicated paragraph or a standard lead-in, so prose has to be nearly everywhere to go.
PROSE_SHARE = 0.9
# Line hashes kept while counting (about 80 bytes each in CPython): when full, lines seen on only
# one page so far are forgotten, so a template first seen late in a huge input may be missed.
MAX_ENTRIES = 1_000_000
DIGITS = rx.compile(r"\d+")
HASH_BYTES = 8


def line_key(text: str) -> int:
    """The 8-byte hash under which a line is counted: case, spacing and digits do not matter.

    >>> line_key("© 2024 Example  Media") == line_key("© 2025 example media")
    True
    """
    folded = DIGITS.sub("0", normalize_line(text).casefold())
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8", "surrogatepass"), digest_size=HASH_BYTES).digest(),
                          "little")


def site_of(url: str | None = None, site: str | None = None) -> str | None:
    """The key a page is grouped under: an explicit site name, else the URL's host without ``www.``.

    >>> site_of("https://www.Example.com/a/b")
    'example.com'
    >>> site_of(None) is None
    True
    """
    if site:
        return site.strip().lower() or None
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def page_keys(source: str | bytes) -> set[int]:
    """The distinct line keys of one page (a line printed twice on a page counts once)."""
    text, _ = segment.decode(source)
    return {line_key(ln.text) for ln in segment.split_lines(text)}


@dataclass(frozen=True)
class Thresholds:
    """When a line counts as a site's template line."""

    min_pages: int = MIN_PAGES
    min_share: float = MIN_SHARE
    prose_share: float = PROSE_SHARE

    def __post_init__(self) -> None:
        if self.min_pages < 2:
            raise ValueError(f"min_pages must be at least 2, got {self.min_pages}")
        for name in ("min_share", "prose_share"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], got {value}")

    def needed(self, pages: int, prose: bool) -> int:
        """Pages a line must appear on, out of ``pages``; never fewer than two."""
        share = self.prose_share if prose else self.min_share
        return max(2, math.ceil(share * pages - 1e-9))


@dataclass(frozen=True)
class SiteTemplates:
    """One site's template lines: line key → number of pages it appears on."""

    site: str
    pages: int
    lines: Mapping[int, int]
    thresholds: Thresholds = field(default_factory=Thresholds)

    def findings(self, blocks: Iterable[Block]) -> dict[int, Finding]:
        """An ST01 finding for every block that is one of this site's template lines."""
        out: dict[int, Finding] = {}
        for block in blocks:
            seen = self.lines.get(line_key(block.text))
            if seen is None or seen < self.thresholds.needed(self.pages, block.quality is Quality.PROSE):
                continue
            out[block.index] = Finding(SITE_TEMPLATE.code, SITE_TEMPLATE.name, block.index,
                                       f"on {seen} of {self.pages} pages of {self.site}", Effect.DROP)
        return out


@dataclass(frozen=True)
class SiteMemory:
    """Template lines of every site seen in a first pass; build it with ``SiteMemory.build``."""

    sites: Mapping[str, SiteTemplates]
    thresholds: Thresholds = field(default_factory=Thresholds)

    @classmethod
    def build(
        cls,
        pages: Iterable[tuple[str | None, str | bytes]],
        *,
        thresholds: Thresholds | None = None,
        max_entries: int = MAX_ENTRIES,
    ) -> SiteMemory:
        """Count ``(url, page)`` pairs, grouped by host; use ``SiteCounter`` to group by other keys."""
        counter = SiteCounter(max_entries=max_entries)
        for url, source in pages:
            counter.add(site_of(url), source)
        return counter.freeze(thresholds or Thresholds())

    def for_page(self, *, url: str | None = None, site: str | None = None) -> SiteTemplates | None:
        """The templates of the page's site, or None when the site has too few pages or no template."""
        key = site_of(url, site)
        return self.sites.get(key) if key is not None else None

    @property
    def lines(self) -> int:
        """Template lines remembered over all sites."""
        return sum(len(t.lines) for t in self.sites.values())


class SiteCounter:
    """The first pass: per site, how many pages carry each line; bounded by ``max_entries``."""

    def __init__(self, *, max_entries: int = MAX_ENTRIES) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries must be positive, got {max_entries}")
        self.max_entries = max_entries
        self.pages: dict[str, int] = {}
        self.counts: dict[str, dict[int, int]] = {}
        self.entries = 0
        self.pruned = 0  # how many times lines seen once were forgotten to stay under the cap

    def add(self, site: str | None, source: str | bytes) -> None:
        """Count one page of ``site`` (a site name or a host; pages without a site are not counted)."""
        key = site_of(None, site)
        if key is None:
            return
        self.add_keys(key, page_keys(source))

    def add_keys(self, site: str, keys: Iterable[int]) -> None:
        """Count one page of ``site`` given its distinct line keys."""
        self.pages[site] = self.pages.get(site, 0) + 1
        table = self.counts.setdefault(site, {})
        for k in keys:
            n = table.get(k)
            if n is None:
                table[k] = 1
                self.entries += 1
            else:
                table[k] = n + 1
        if self.entries > self.max_entries:
            self._forget_singletons()

    def _forget_singletons(self) -> None:
        floor = 1
        while self.entries > self.max_entries // 2:
            for table in self.counts.values():
                for k in [k for k, n in table.items() if n <= floor]:
                    del table[k]
            self.entries = sum(len(t) for t in self.counts.values())
            floor += 1
        self.pruned += 1

    def freeze(self, thresholds: Thresholds | None = None) -> SiteMemory:
        """Keep, per site with enough pages, only the lines frequent enough to be template lines."""
        th = thresholds or Thresholds()
        sites: dict[str, SiteTemplates] = {}
        for site, pages in self.pages.items():
            if pages < th.min_pages:
                continue
            floor = min(th.needed(pages, prose=False), th.needed(pages, prose=True))
            lines = {k: n for k, n in self.counts.get(site, {}).items() if n >= floor}
            if lines:
                sites[site] = SiteTemplates(site, pages, lines, th)
        return SiteMemory(sites, th)
