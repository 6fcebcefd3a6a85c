"""The engine's working state: a block's verdict while rules and context decide, and the engine rules."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.model import Verdict


@dataclass(frozen=True)
class EngineRule:
    """A rule the engine applies itself, by context; selectable like a detector."""

    code: str
    name: str
    doc: str

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]


NOT_PROSE = EngineRule("CX01", "context.not_prose", "A long line that is not prose: a run of names or menu words.")
AMONG_BOILERPLATE = EngineRule(
    "CX02", "context.among_boilerplate", "A short line whose nearest neighbours are boilerplate."
)
OUTSIDE_ARTICLE = EngineRule(
    "CX03", "context.outside_article", "Text outside the page's main run of article paragraphs."
)
REPEATED_PARAGRAPH = EngineRule(
    "CX04", "context.repeated_paragraph",
    "The opening paragraph printed again a few lines down (a standfirst repeated as the lead): the first copy goes.",
)
ENGINE_RULES = (NOT_PROSE, AMONG_BOILERPLATE, OUTSIDE_ARTICLE, REPEATED_PARAGRAPH)
# The reason of a short line dropped among the headline's byline, date and counters (a kicker, a place):
# like them it stands between a standfirst and the article, which still join.
HEADER_FURNITURE = "short line among the headline's furniture"


@dataclass(slots=True)
class State:
    """A block's verdict while the engine works on it."""

    verdict: Verdict | None  # None: undecided (a short line waiting for its context)
    code: str | None
    reason: str
    hard: bool  # decided by a detector; context never overturns it
    field: str | None = None
    value: str | None = None
    short: bool = False  # a short line whose verdict comes from its context


# The headline copy that opens an article stands for article text when short lines look around.
ANCHOR_STATE = State(Verdict.KEEP, None, "the headline that opens the article", True)
