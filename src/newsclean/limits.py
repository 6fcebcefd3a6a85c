"""Limits for hostile input: where the detectors must stop, and how the result says so."""

from __future__ import annotations

import bisect
import time
from dataclasses import dataclass

from newsclean import rx
from newsclean.model import Block, Flag

# Blocks the detectors handle between two looks at the clock (a look costs well under a microsecond).
CLOCK_EVERY = 64


@dataclass(frozen=True, slots=True)
class Limits:
    """How far the detectors may go on one document: a block index and a clock deadline."""

    block_limit: int | None = None  # blocks from this index on lie past ``max_bytes`` or ``max_lines``
    max_bytes: int | None = None
    deadline: float | None = None  # a ``time.monotonic()`` value
    time_budget: float | None = None
    past: str = "max_bytes"  # the limit ``block_limit`` comes from
    max_lines: int | None = None

    def out_of_time(self) -> bool:
        """True once the deadline has passed."""
        return self.deadline is not None and time.monotonic() > self.deadline


NO_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Stop:
    """Where the detectors stopped and which limit stopped them."""

    index: int  # the first block the detectors did not examine
    limit: str  # "max_bytes", "max_lines" or "time_budget"


def limits_for(text: str, blocks: tuple[Block, ...], max_bytes: int | None, time_budget: float | None,
               started: float, tail: int | None = None, max_lines: int | None = None) -> Limits:
    """The limits of one document whose cleaning began at ``started`` (``time.monotonic()``).

    ``tail`` is the index of the block holding the lines past ``max_lines``, if the page has one.
    """
    block_limit = None
    if max_bytes is not None and len(text) * 4 > max_bytes:  # fewer characters cannot exceed it
        encoded = text.encode("utf-8", "surrogatepass")
        if len(encoded) > max_bytes:
            chars = len(encoded[:max_bytes].decode("utf-8", "ignore"))
            # the first block that does not end within the limit
            block_limit = bisect.bisect_left([b.span.end for b in blocks], chars + 1)
    deadline = started + time_budget if time_budget is not None else None
    if tail is not None and (block_limit is None or tail < block_limit):
        return Limits(tail, max_bytes, deadline, time_budget, "max_lines", max_lines)
    return Limits(block_limit, max_bytes, deadline, time_budget, "max_bytes", max_lines)


TAIL_REASON = "past max_lines: not examined, kept as it is"


def tail_flag(tail: Block, max_lines: int | None) -> Flag:
    """The flag of a text whose lines past ``max_lines`` were kept unexamined, as block ``tail``."""
    return Flag("max_lines", f"the input has more than max_lines={max_lines} lines: from line {tail.line} on "
                             f"({tail.span.end - tail.span.start} characters) the text was not examined and is "
                             "kept as it is, one paragraph per line")


def stop_flag(stop: Stop, blocks: tuple[Block, ...], limits: Limits) -> Flag:
    """The flag that tells a reader where the detectors stopped and what happened to the rest."""
    line = blocks[stop.index].line
    if stop.limit == "max_bytes":
        why = f"the input is longer than max_bytes={limits.max_bytes}"
    else:
        why = f"the detectors used up their time budget of {limits.time_budget:g} s"
    rest = len(blocks) - stop.index
    return Flag(stop.limit, f"{why}: from line {line} on ({rest} lines) lines were judged by their form alone "
                            "(prose kept, short lines by their neighbours); nothing was cut")


# Characters that do not occur in text: C0 and C1 controls (other than line breaks and tabs), DEL and
# the replacement character that undecodable bytes become.
NOT_TEXT = rx.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
# Share of such characters above which an input is binary data rather than text; text with a few
# stray NUL bytes stays far below it, random bytes come to about a tenth.
BINARY_SHARE = 0.05
# Characters sampled from the start, the middle and the end of a text.
BINARY_WINDOW = 1 << 14
BINARY_REASON = "binary data: not examined, no article in it"
# Inputs shorter than this are never called binary: a short line with a stray control is text.
BINARY_MIN_CHARS = 1000


def binary_share(text: str) -> float | None:
    """The share of non-text characters in ``text`` if it reads as binary data, else None.

    >>> binary_share("an ordinary line\\nwith a stray NUL\\x00 byte" * 30) is None
    True
    >>> round(binary_share("\\x00\\x01ab" * 300), 2)
    0.5
    """
    if len(text) < BINARY_MIN_CHARS:
        return None
    if len(text) <= 3 * BINARY_WINDOW:
        sample = text
    else:
        middle = len(text) // 2
        sample = text[:BINARY_WINDOW] + text[middle:middle + BINARY_WINDOW] + text[-BINARY_WINDOW:]
    if not sample:
        return None
    share = len(NOT_TEXT.findall(sample)) / len(sample)
    return share if share > BINARY_SHARE else None


def binary_flag(share: float) -> Flag:
    """The flag of an input dropped unexamined because it reads as binary data."""
    return Flag("binary", f"the input reads as binary data ({share:.0%} of the characters sampled are control "
                          "or replacement characters): it was not examined and gives no body")
