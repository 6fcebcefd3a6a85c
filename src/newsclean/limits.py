"""Limits for hostile input: where the detectors must stop, and how the result says so."""

from __future__ import annotations

import bisect
import time
from dataclasses import dataclass

from newsclean.model import Block, Flag

# Blocks the detectors handle between two looks at the clock (a look costs well under a microsecond).
CLOCK_EVERY = 64


@dataclass(frozen=True, slots=True)
class Limits:
    """How far the detectors may go on one document: a block index and a clock deadline."""

    block_limit: int | None = None  # blocks from this index on lie past ``max_bytes``
    max_bytes: int | None = None
    deadline: float | None = None  # a ``time.monotonic()`` value
    time_budget: float | None = None

    def out_of_time(self) -> bool:
        """True once the deadline has passed."""
        return self.deadline is not None and time.monotonic() > self.deadline


NO_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Stop:
    """Where the detectors stopped and which limit stopped them."""

    index: int  # the first block the detectors did not examine
    limit: str  # "max_bytes" or "time_budget"


def limits_for(text: str, blocks: tuple[Block, ...], max_bytes: int | None, time_budget: float | None,
               started: float) -> Limits:
    """The limits of one document whose cleaning began at ``started`` (``time.monotonic()``)."""
    block_limit = None
    if max_bytes is not None and len(text) * 4 > max_bytes:  # fewer characters cannot exceed it
        encoded = text.encode("utf-8", "surrogatepass")
        if len(encoded) > max_bytes:
            chars = len(encoded[:max_bytes].decode("utf-8", "ignore"))
            # the first block that does not end within the limit
            block_limit = bisect.bisect_left([b.span.end for b in blocks], chars + 1)
    deadline = started + time_budget if time_budget is not None else None
    return Limits(block_limit, max_bytes, deadline, time_budget)


def stop_flag(stop: Stop, blocks: tuple[Block, ...], limits: Limits) -> Flag:
    """The flag that tells a reader where the detectors stopped and what happened to the rest."""
    rest = len(blocks) - stop.index
    line = blocks[stop.index].line
    if stop.limit == "max_bytes":
        why = f"the input is longer than max_bytes={limits.max_bytes}"
    else:
        why = f"the detectors used up their time budget of {limits.time_budget:g} s"
    return Flag(stop.limit, f"{why}: from line {line} on ({rest} lines) lines were judged by their form alone "
                            "(prose kept, short lines by their neighbours); nothing was cut")
