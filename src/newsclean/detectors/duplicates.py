"""Repeated text: copies of the headline and lines the page already showed."""

from __future__ import annotations

from newsclean.detectors.base import Context, Example, Hit, Outcome, detector
from newsclean.model import Effect

PAGE = "Storm closes ports | Coast Daily\nSTORM CLOSES PORTS\nThe storm closed three ports on Monday."


@detector(
    "DU01", "duplicates.headline", effect=Effect.META, field="title",
    flags=(Example(PAGE, "STORM CLOSES PORTS", "Storm closes ports"),
           Example(PAGE, "Storm closes ports | Coast Daily", "Storm closes ports")),
    keeps=(Example("Storm closes ports\nStorm closes ports.\nMore text follows here.", "Storm closes ports."),),
)
def headline(ctx: Context) -> Outcome:
    """A copy of the page's headline: exact, upper-cased, or with a " | Site" suffix."""
    found = ctx.view.headline
    if found is None or ctx.index not in found.copies:
        return None
    where = "the page title" if ctx.index == 0 else "a copy of the headline"
    return Hit(where, found.text)


DETECTORS = (headline,)
