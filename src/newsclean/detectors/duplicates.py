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


# Lines at most this long are compared for repetition; long paragraphs rarely repeat as boilerplate.
REPEAT_MAX_WORDS = 30
# Poem refrains and chorus lines repeat close together; menus repeat far apart.
REPEAT_MIN_DISTANCE = 10


@detector(
    "DU02", "duplicates.repeated_line",
    flags=(Example("Sign in\n" + "A line of the article.\n" * 10 + "Sign in", "Sign in"),),
    keeps=(Example("Sign in\nSome text of the article here.", "Sign in"),
           Example("Oh river, carry me home\nOh river, carry me home", "Oh river, carry me home")),
)
def repeated_line(ctx: Context) -> Outcome:
    """A short line that already appeared higher up the page (a menu or widget shown twice)."""
    if ctx.words > REPEAT_MAX_WORDS or ctx.index == 0 or ctx.sentence:
        return None
    first = ctx.view.first_occurrence(ctx.lower)
    if first is None or ctx.index - first < REPEAT_MIN_DISTANCE:
        return None
    line = ctx.view.page.blocks[first].line
    return f"repeats line {line}"


DETECTORS = (headline, repeated_line)
