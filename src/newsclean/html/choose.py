"""The metadata of an HTML result: the page's declarations and the engine's text findings, ranked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newsclean.dates import find_date
from newsclean.html.metadata import (
    MAX_SITE_NAME_WORDS,
    SITE_SEPARATORS,
    good_author,
    iso_date,
    strip_known_site,
    strip_site_name,
)
from newsclean.html.page import DomPage
from newsclean.languages import Lexicon
from newsclean.metadata import collect
from newsclean.model import Decision, Verdict
from newsclean.patterns import is_agency_list

HEADLINE_CODE, TITLE_CODE = "DM07", "DM09"


@dataclass(frozen=True)
class ChosenMetadata:
    """One value per field and where it came from."""

    title: str | None
    author: str | None
    source: str | None
    published: str | None
    url: str | None
    sources: dict[str, str] = field(default_factory=dict)


def _date(value: str, lexicon: Lexicon) -> str | None:
    found = iso_date(value)
    if found is None:
        parsed = find_date(value, lexicon)
        found = parsed[0] if parsed else None
    return found


def _title_tails(titles: Iterable[tuple[str, str]]) -> list[str]:
    """The last part of each ``<title>`` after a separator, when it is short enough to be a site's name."""
    tails = []
    for value, where in titles:
        parts = SITE_SEPARATORS.split(value) if where == "title" else []
        if len(parts) > 1 and len(parts[-1].split()) <= MAX_SITE_NAME_WORDS:
            tails.append(parts[-1])
    return tails


def choose_metadata(page: DomPage, decisions: tuple[Decision, ...], lexicon: Lexicon, url: str | None) -> ChosenMetadata:
    """Title, author, agency, date and URL, each from the most trusted place that has one."""
    meta = page.metadata
    h1 = next((d.value for d in decisions if d.code == HEADLINE_CODE and d.value), None)
    engine_title = next((d.value for d in decisions if d.verdict is Verdict.META and d.field == "title"
                         and d.code not in (HEADLINE_CODE, TITLE_CODE) and d.value), None)
    text = collect(decisions, engine_title, lexicon)
    sources: dict[str, str] = {}
    chosen: dict[str, str | None] = {}

    sites = meta.values("site")
    titles: list[tuple[str | None, str]] = [(h1, "h1")]
    titles += [(strip_known_site(v, sites), s) for v, s in meta.candidates.get("title", ()) if s != "title"]
    titles.append((engine_title, "text"))
    titles += [(strip_site_name(v, sites, page.counts), s) for v, s in meta.candidates.get("title", ()) if s == "title"]
    # the <title>'s tail names the site too ("… - Wiesbachtaler Anzeiger Online"): a meta author that is that name
    # gives way to the byline the text prints ("Von Lena Hartmann, dpa")
    named = [*sites, *_title_tails(meta.candidates.get("title", ()))] if text.author else sites
    authors: list[tuple[str | None, str]] = [(v, s) for v, s in meta.candidates.get("author", ())
                                             if good_author(v, named)]
    authors.append((text.author, "text"))
    dates = [(_date(v, lexicon), s) for v, s in meta.candidates.get("published", ())]
    dates.append((text.published, "text"))
    urls: list[tuple[str | None, str]] = [(url, "argument"), *meta.candidates.get("url", ())]
    # an agency named as the author in the page's metadata ("Associated Press") credits the text
    agencies = [(v, f"{s} (agency as author)") for v, s in meta.candidates.get("author", ()) if is_agency_list(v)]
    for name, options in (("title", titles), ("author", authors), ("published", dates), ("url", urls),
                          ("source", [(text.source, "text"), *agencies])):
        value, where = next(((v, s) for v, s in options if v), (None, ""))
        chosen[name] = value
        if value is not None:
            sources[name] = where
    return ChosenMetadata(chosen["title"], chosen["author"], chosen["source"], chosen["published"], chosen["url"],
                          sources)
