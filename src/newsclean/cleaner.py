"""The reusable Cleaner: configuration resolved once, then one pure call per document."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from importlib import metadata as importlib_metadata
from typing import Any

import regex

from newsclean import languages, rx, segment
from newsclean.canonical import join_paragraphs, normalize_line
from newsclean.config import Config, ConfigError, check_options, resolve
from newsclean.detectors import BUILTIN
from newsclean.detectors.base import Detector
from newsclean.engine import ENGINE_RULES, Dispatch, decide
from newsclean.html.clean import clean_html
from newsclean.html.decode import as_source, decode_html, looks_like_markup, sniff_bytes, with_format
from newsclean.html.dom_detectors import DETECTORS as DOM_DETECTORS
from newsclean.limits import BINARY_REASON, binary_flag, binary_share, limits_for
from newsclean.metadata import collect
from newsclean.model import Decision, Flag, Result, Verdict
from newsclean.pageview import PageView, build_view
from newsclean.sitememory import SITE_MEMORY_TEXT_ONLY, SITE_TEMPLATE, SiteTemplates

ENTRY_POINT_GROUP = "newsclean.detectors"
HTML_START = rx.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", regex.I)
HTML_SNIFF = 1024
FORMATS = (None, "html", "text")
# Pages up to this many lines are decided again when their body reads as another language.
LANGUAGE_ROUNDS_MAX_BLOCKS = 2_000
# Readings of the body alone before a page's decisions stand (see ``Cleaner._reread``).
# A chain (captions over captions) loses one line a reading; the lines read again in all, at most
# this many times the page's lines (plus a little), keep the time linear in the page.
REREAD_LINES_PER_LINE = 4
REREAD_EXTRA_LINES = 1_000
# Flags of a document the limits cut short: its body is not read again.
LIMIT_FLAGS = frozenset({"max_bytes", "time_budget", "max_lines", "binary"})


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document."""
    return HTML_START.match(text[:HTML_SNIFF]) is not None


def version() -> str:
    """The installed newsclean version."""
    try:
        return importlib_metadata.version("newsclean")
    except importlib_metadata.PackageNotFoundError:
        return "0+unknown"


def load_plugins() -> tuple[Detector, ...]:
    """Detectors from installed packages' ``newsclean.detectors`` entry points."""
    found: list[Detector] = []
    for ep in importlib_metadata.entry_points(group=ENTRY_POINT_GROUP):
        obj = ep.load()
        items = obj if isinstance(obj, (tuple, list)) else (obj,)
        for item in items:
            if not isinstance(item, Detector):
                raise ConfigError(f"entry point {ep.name} gives {item!r}, not a Detector")
            found.append(item)
    return tuple(found)


class Cleaner:
    """Cleans many pages with one configuration; safe to share between threads."""

    def __init__(self, config: Config | None = None, *, detectors: Sequence[Detector] | None = None) -> None:
        self.config = config or Config()
        self._given = tuple(detectors) if detectors is not None else None
        chosen = self._given if self._given is not None else BUILTIN
        if self.config.plugins:
            chosen = (*chosen, *load_plugins())
        codes = [d.code for d in chosen]
        if len(set(codes)) != len(codes):
            dupes = sorted({c for c in codes if codes.count(c) > 1})
            raise ConfigError(f"two detectors share the codes {dupes}")
        check_options((*chosen, *DOM_DETECTORS), self.config)
        self.html_selected = resolve((*chosen, *DOM_DETECTORS, *ENGINE_RULES, SITE_TEMPLATE), self.config)
        dom_codes = {d.code for d in DOM_DETECTORS}
        self.selected = tuple(c for c in self.html_selected if c not in dom_codes)
        self.dom_detectors = tuple(d for d in DOM_DETECTORS if d.code in self.html_selected)
        self._selected_set = frozenset(self.selected)
        self.detectors = tuple(d for d in chosen if d.code in self._selected_set)
        self.plugins = tuple(d.code for d in chosen if d not in BUILTIN)
        self._options = {d.name: {**d.options, **self.config.options.get(d.name, {})} for d in self.detectors}
        self.dispatch = Dispatch(self.detectors, self._options)  # detectors made ready to run, once
        self.dom_detectors = tuple(
            dataclasses.replace(d, options={**d.options, **self.config.options.get(d.name, {})})
            for d in self.dom_detectors
        )
        self._digest = self.config_digest = self.config.digest()
        self._version = version()
        if self.config.language is not None and self.config.language not in languages.available():
            raise ConfigError(
                f"unknown language {self.config.language!r}; available: {', '.join(languages.available())}"
            )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its configuration (and its own detectors, if given): worker processes of a
        pool, Spark or Ray rebuild the same Cleaner instead of receiving its memories."""
        if self._given is None:
            return (Cleaner, (self.config,))
        return (_with_detectors, (self.config, self._given))

    def clean(self, source: str | bytes | Any, *, url: str | None = None, format: str | None = None,
              site: SiteTemplates | None = None) -> Result:
        """Clean one page: HTML or flattened text, as str, bytes or a BeautifulSoup document.

        ``format`` forces ``"html"`` or ``"text"``; by default HTML is recognised by how it starts.
        ``site`` (from ``SiteMemory.for_page``) drops that site's template lines from flattened text.
        """
        started = time.monotonic()
        if format not in FORMATS:
            raise ConfigError(f"unknown input format {format!r}; use 'html', 'text' or None")
        source = as_source(source)
        if format is None:
            format = "html" if (sniff_bytes(source) if isinstance(source, bytes) else looks_like_markup(source)) else "text"
        if format == "html":
            html_text, html_info = decode_html(source)
            result = clean_html(self, html_text, with_format(html_info, "html"), url, self._version, started)
            return result if site is None else dataclasses.replace(result, flags=(*result.flags, SITE_MEMORY_TEXT_ONLY))
        text, info = segment.decode(source)
        binary = binary_share(text)
        # binary data is one unexamined block, as lines past max_lines are, and dropped: no article is in it
        max_lines = 0 if binary is not None else self.config.max_lines
        view, decisions, flags = self._decide_text(text, info.format, started, site, max_lines)
        if binary is not None:
            flags = tuple(binary_flag(binary) if f.name == "max_lines" else f for f in flags)
            decisions = tuple(dataclasses.replace(d, verdict=Verdict.DROP, local_verdict=Verdict.DROP,
                                                  reason=BINARY_REASON) for d in decisions)
        if not any(f.name in LIMIT_FLAGS for f in flags):
            decisions = self._reread(decisions, started)
        page, code, lexicon = view.page, view.language, view.lexicon
        if looks_like_html(text):
            flags = (*flags, Flag("html_as_text", "the input looks like HTML; it was cleaned as flattened text, "
                                                   "so markup is treated as words"))
        body = _body(decisions)
        meta = collect(decisions, view.headline.text if view.headline else None, lexicon)
        return Result(
            body=body,
            title=meta.title,
            author=meta.author,
            source=meta.source,
            published=meta.published,
            language=code if page.blocks and binary is None else None,
            url=url,
            decisions=decisions,
            input=info,
            config_digest=self._digest,
            selected=self.selected,
            plugins=self.plugins,
            flags=flags,
            version=self._version,
        )

    def _reread(self, decisions: tuple[Decision, ...], started: float) -> tuple[Decision, ...]:
        """Decisions revised until the body, read on its own, keeps every line.

        A line kept beside boilerplate can read as boilerplate once its neighbours are gone: a menu
        item next to a kept copy of the headline, a name that is the byline once the page's furniture
        around it is dropped. Cleaning the body again would then remove it, so the page's output
        would not be what cleaning it again gives. Lines the body alone drops or moves to the
        metadata are dropped or moved now, with the body-alone rule and reason; most pages take one
        reading that changes nothing.
        """
        budget = REREAD_LINES_PER_LINE * len(decisions) + REREAD_EXTRA_LINES
        while True:
            kept, lines = [], []  # the kept blocks that give a paragraph, and their paragraphs
            for d in decisions:
                if d.verdict is Verdict.KEEP and (line := normalize_line(d.block.text)):
                    kept.append(d)
                    lines.append(line)
            budget -= len(kept)
            if budget < 0 or not kept:
                return decisions
            body = "\n\n".join(lines)
            _, again, flags = self._decide_text(body, "text", started, None, self.config.max_lines)
            if (len(again) != len(kept) or all(a.verdict is Verdict.KEEP for a in again)
                    or any(f.name in LIMIT_FLAGS for f in flags)):
                return decisions
            changed = {id(k): a for k, a in zip(kept, again, strict=True) if a.verdict is not Verdict.KEEP}
            decisions = tuple(_read_alone(d, changed[id(d)]) if id(d) in changed else d for d in decisions)

    def _decide_text(self, text: str, fmt: str, started: float, site: SiteTemplates | None,
                     max_lines: int | None) -> tuple[PageView, tuple[Decision, ...], tuple[Flag, ...]]:
        """The page's view and decisions, made in the language its body reads as.

        The language is guessed from the whole page, and lines that are then dropped can sway the
        guess ("AA:SHE:SHE", an agency credit, makes a tiny page firmly English; its body alone is
        a weak guess, read with every language's phrases). Cleaning the body again would decide in
        another language than the page was, and output would change. So a page whose body reads as
        another guess is decided again in the body's guess, until the two agree: the language of
        the decisions is then the one the body alone gives, and a second cleaning reads it alike.
        Each guess is tried once (a guess that comes back ends the rounds); most pages take one.
        Pages of more than ``LANGUAGE_ROUNDS_MAX_BLOCKS`` lines take one round: there the guess rests
        on many lines, and a flood of junk (whose guess does sway) must not be cleaned twice.
        """
        guess = (self.config.language, False) if self.config.language else languages.detect_with_evidence(text)
        tried = {guess}
        extra = None
        while True:
            view = build_view(text, guess[0], fmt, weak=guess[1], max_lines=max_lines)
            limits = limits_for(text, view.page.blocks, self.config.max_bytes, self.config.time_budget, started,
                                view.tail, max_lines)
            if site is not None and SITE_TEMPLATE.code in self._selected_set and extra is None:
                extra = site.findings(view.page.blocks)
            decisions, flags = decide(view, self.dispatch, self._selected_set, self._options,
                                      self.config.min_body_share, limits, extra)
            if max_lines == 0:
                return view, decisions, flags  # nothing was examined: no language to revise
            if self.config.language is not None or len(view.page.blocks) > LANGUAGE_ROUNDS_MAX_BLOCKS:
                return view, decisions, flags
            body = _body(decisions)
            if not body:
                return view, decisions, flags
            again = languages.detect_with_evidence(body)
            if again in tried:
                return view, decisions, flags
            tried.add(again)
            guess = again


def _read_alone(decision: Decision, alone: Decision) -> Decision:
    """A kept block's decision replaced by the one the body read alone gave it."""
    return Decision(decision.block, alone.verdict, alone.code, f"{alone.reason} (when the body is read alone)",
                    decision.local_verdict, alone.field, alone.value)


def _with_detectors(config: Config, detectors: tuple[Detector, ...]) -> Cleaner:
    return Cleaner(config, detectors=detectors)


def _body(decisions: Sequence[Decision]) -> str:
    """The body the kept decisions give."""
    return join_paragraphs(d.block.text for d in decisions if d.verdict is Verdict.KEEP)
