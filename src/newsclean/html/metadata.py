"""Metadata an HTML page declares about itself: JSON-LD, OpenGraph, ``<meta>``, ``<time>``, ``<title>``.

Every candidate keeps the name of the place it came from ("json-ld", "meta[property=og:title]"),
so the result can say where each field was found. Values that are not what the field means (a URL
or a site name as the author, "Email the author") are left out here, before any choosing.
"""

from __future__ import annotations

import json
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

import regex
from selectolax.lexbor import LexborHTMLParser

from newsclean import rx
from newsclean.patterns import is_agency_list

ARTICLE_TYPES = frozenset((
    "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "report", "scholarlyarticle", "techarticle",
    "socialmediaposting", "posting",
))
# meta name / property → field, in the order they are trusted.
META_FIELDS: tuple[tuple[str, str], ...] = (
    ("og:title", "title"), ("twitter:title", "title"),
    ("author", "author"), ("article:author", "author"), ("dc.creator", "author"), ("sailthru.author", "author"),
    ("parsely-author", "author"), ("byl", "author"),
    ("article:published_time", "published"), ("og:article:published_time", "published"),
    ("datepublished", "published"), ("date", "published"), ("pubdate", "published"), ("publishdate", "published"),
    ("publish-date", "published"), ("publish_date", "published"), ("dc.date", "published"),
    ("dc.date.issued", "published"), ("dcterms.created", "published"), ("dcterms.date", "published"),
    ("sailthru.date", "published"), ("parsely-pub-date", "published"), ("article.published", "published"),
    ("og:site_name", "site"), ("application-name", "site"),
    ("og:locale", "language"), ("og:url", "url"),
)
META_RANK = {name: rank for rank, (name, _) in enumerate(META_FIELDS)}
META_FIELD = dict(META_FIELDS)
URL_LIKE = rx.compile(r"^(?:https?:|www\.|/)|\.(?:com|net|org|html?)(?:/|$)", regex.I)
ISO_DATE = rx.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
# Author values that are prompts or roles, not names.
NOT_A_NAME = rx.compile(
    r"\b(?:e-?mail|contact|follow|the author|staff|editor(?:ial)?s?|redac|newsroom|admin|team|desk|"
    r"unknown|anonymous|guest)\b|@|https?:|\d", regex.I,
)
MAX_AUTHOR_WORDS = 6
MAX_AUTHORS = 5
# Raw JSON-LD larger than this is not parsed (a page's data dump, not its article metadata).
MAX_JSON_LD_CHARS = 1_000_000


@dataclass
class PageMetadata:
    """Candidates per field, best first, each with where it came from."""

    candidates: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def add(self, name: str, value: str | None, source: str) -> None:
        """Record a candidate value (whitespace collapsed; empty values ignored)."""
        if value is None:
            return
        value = " ".join(str(value).split())
        if value:
            self.candidates.setdefault(name, []).append((value, source))

    def first(self, name: str) -> tuple[str, str] | None:
        """The best candidate of a field, with its source."""
        found = self.candidates.get(name)
        return found[0] if found else None

    def values(self, name: str) -> list[str]:
        """Every candidate value of a field."""
        return [v for v, _ in self.candidates.get(name, ())]


def read(tree: LexborHTMLParser) -> PageMetadata:
    """Every metadata candidate the page declares, in the order they are trusted."""
    meta = PageMetadata()
    for node in tree.css('script[type="application/ld+json"]'):
        _json_ld(node.text(deep=True) or "", meta)
    _meta_tags(tree, meta)
    for node in tree.css("time[datetime], time[pubdate]"):
        meta.add("published", node.attributes.get("datetime"), "time[datetime]")
        break
    title = tree.css_first("title")
    if title is not None:
        meta.add("title", title.text(deep=True), "title")
    html = tree.css_first("html")
    if html is not None:
        meta.add("language", html.attributes.get("lang") or html.attributes.get("xml:lang"), "html[lang]")
    for node in tree.css('link[rel="canonical"]'):
        meta.add("url", node.attributes.get("href"), "link[rel=canonical]")
        break
    return meta


def _meta_tags(tree: LexborHTMLParser, meta: PageMetadata) -> None:
    found: list[tuple[int, str, str, str]] = []
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        for attr in ("property", "name", "itemprop"):
            name = (attrs.get(attr) or "").strip().lower()
            if name in META_RANK:
                found.append((META_RANK[name], META_FIELD[name], attrs.get("content") or "", f"meta[{attr}={name}]"))
                break
    for _, name, value, source in sorted(found, key=lambda f: f[0]):
        meta.add(name, value, source)


def _json_ld(raw: str, meta: PageMetadata) -> None:
    if len(raw) > MAX_JSON_LD_CHARS:
        return
    try:
        data = json.loads(raw.strip().rstrip(";"), strict=False)
    except ValueError:
        return
    todo: list[Any] = [data]
    while todo:  # iterative: arrays and @graph nest as deep as a page likes
        item = todo.pop(0)
        if isinstance(item, list):
            todo[:0] = item
            continue
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            todo[:0] = graph
        if _types(item) & ARTICLE_TYPES:
            _article(item, meta)
            return


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _article(item: dict[str, Any], meta: PageMetadata) -> None:
    headline = item.get("headline") or item.get("name")
    if isinstance(headline, str):
        meta.add("title", headline, "json-ld")
    names = person_names(item.get("author"))
    if names:
        meta.add("author", ", ".join(names), "json-ld")
    for key in ("datePublished", "dateCreated"):
        if isinstance(item.get(key), str):
            meta.add("published", item[key], "json-ld")
            break
    publisher = item.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        meta.add("site", publisher["name"], "json-ld")
    if isinstance(item.get("inLanguage"), str):
        meta.add("language", item["inLanguage"], "json-ld")
    if isinstance(item.get("url"), str):
        meta.add("url", item["url"], "json-ld")


def person_names(value: Any) -> list[str]:
    """Names of the persons in a JSON-LD author value (organisations left out).

    >>> person_names([{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Organization", "name": "Daily"}])
    ['Ana Ruiz']
    """
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:MAX_AUTHORS]:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict) and "organization" not in _types(item) and isinstance(item.get("name"), str):
            names.append(item["name"])
    return [" ".join(n.split()) for n in names if n.strip()]


def good_author(value: str, sites: list[str]) -> bool:
    """A person's name: a few words, not a URL, prompt, role or the site's own name.

    >>> good_author("Email the author", [])
    False
    >>> good_author("Lena Berg", ["Daily Post"])
    True
    >>> good_author("Associated Press", []), good_author("Beachbody", ["The Beachbody Blog"])
    (False, False)
    """
    folded = value.casefold()
    if any(folded in s.casefold() or s.casefold() in folded for s in sites if s.strip()):
        return False  # the site's own name ("Beachbody" on "The Beachbody Blog")
    if URL_LIKE.search(value) or NOT_A_NAME.search(value) or is_agency_list(value):
        return False
    return all(0 < len(part.split()) <= MAX_AUTHOR_WORDS for part in value.split(","))


SITE_SEPARATORS = rx.compile(r"(?<!\s)\s+(?:\||-|–|—|·|::)\s+")  # from a run's start: linear
MAX_SITE_NAME_WORDS = 4


def strip_site_name(title: str, sites: list[str], printed: Container[str] = ()) -> str:
    """A ``<title>`` without the site name printed after (or before) a separator; when the page
    prints one of the title's parts as a line of its own (``printed``), that part is the headline.

    >>> strip_site_name("Record field finishes marathon | Riverside Courier", [])
    'Record field finishes marathon'
    >>> strip_site_name("Town Weekly :: Mill turns again after repairs", [], {"Mill turns again after repairs"})
    'Mill turns again after repairs'
    """
    parts = SITE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    shown = [p for p in parts if p in printed and len(p.split()) > MAX_SITE_NAME_WORDS]
    if shown:
        return max(shown, key=len)
    folded = {s.casefold() for s in sites}
    for side in (-1, 0):
        rest = parts[:-1] if side == -1 else parts[1:]
        if parts[side].casefold() in folded or (len(parts[side].split()) <= MAX_SITE_NAME_WORDS and side == -1):
            return " - ".join(rest) if len(rest) > 1 else rest[0]
    return title


def strip_known_site(title: str, sites: list[str]) -> str:
    """A declared headline (JSON-LD, ``og:title``) without the site's own name after or before a separator.

    >>> strip_known_site("Ferry runs again | Rheinpost", ["Rheinpost"])
    'Ferry runs again'
    >>> strip_known_site("Sale ends - Friday", ["Rheinpost"])
    'Sale ends - Friday'
    """
    parts = SITE_SEPARATORS.split(title)
    folded = {s.casefold() for s in sites if s.strip()}
    if len(parts) < 2 or not folded:
        return title
    if parts[-1].casefold() in folded:
        parts = parts[:-1]
    elif parts[0].casefold() in folded:
        parts = parts[1:]
    else:
        return title
    return " - ".join(parts)


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from an ISO timestamp, or None.

    >>> iso_date("2025-04-03T10:00:00+02:00"), iso_date("20251018")
    ('2025-04-03', '2025-10-18')
    """
    m = ISO_DATE.match(value)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
