"""Title, author, source and date, read from the decisions of the engine."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.dates import find_date
from newsclean.languages import Lexicon
from newsclean.model import Decision, Verdict
from newsclean.patterns import agency_pattern


@dataclass(frozen=True)
class Metadata:
    """The fields a page's decisions yield."""

    title: str | None
    author: str | None
    source: str | None
    published: str | None


def _first(decisions: tuple[Decision, ...], field: str, verdict: Verdict) -> str | None:
    return next(
        (d.value for d in decisions if d.verdict is verdict and d.field == field and d.value), None
    )


def _byline_agency(decisions: tuple[Decision, ...]) -> str | None:
    """An agency printed on the author's byline ("Merve Doğan / DHA")."""
    for d in decisions:
        if d.verdict is Verdict.META and d.field == "author":
            found = agency_pattern().findall(d.block.text)
            if found:
                return str(found[0])
    return None


def collect(decisions: tuple[Decision, ...], headline: str | None, lexicon: Lexicon) -> Metadata:
    """Metadata from META blocks first, then from kept blocks that carry a value (datelines)."""
    source = (
        _first(decisions, "source", Verdict.META)
        or _first(decisions, "source", Verdict.KEEP)
        or _byline_agency(decisions)
    )
    published = _first(decisions, "published", Verdict.META)
    if published is None:
        for d in decisions:
            if d.verdict is Verdict.META and d.field == "author":
                found = find_date(d.block.text, lexicon)
                if found and found[0]:
                    published = found[0]
                    break
    return Metadata(headline, _first(decisions, "author", Verdict.META), source, published)
