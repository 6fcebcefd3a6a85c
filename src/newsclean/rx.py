"""Compiling a pattern on the faster of the two engines that can run it.

Most of newsclean's patterns are plain syntax that Python's own ``re`` runs markedly faster than
``regex`` (the whole text engine runs about 1.4× faster with them there). The rest need ``regex``:
Unicode property classes (``\\p{Lu}``), variable-width look-behind, full case folding, POSIX
leftmost-longest matching, version-1 sets. ``compile`` tries ``re`` first and falls back to
``regex`` whenever ``re`` rejects the pattern or warns that it would read it differently (a nested
set ``[[:alpha:]]``, a set operation ``[a--b]``). On the NFC text the engine reads, both engines
agree on what plain syntax means; the fixture pages and the bench give the same output either way.

    >>> isinstance(compile(r"\\d+ Kommentare"), re.Pattern)
    True
    >>> isinstance(compile(r"\\p{Lu}\\w+"), regex.Pattern)
    True
    >>> compile(r"(?<=\\bvon |\\bby )\\w+", regex.I).search("Text by Ann").group()
    'Ann'
"""

from __future__ import annotations

import re
import warnings
from typing import Any, cast

import regex

__all__ = ["STDLIB_FLAGS", "compile"]

# Flags that mean the same to both engines (same bits too); any other flag keeps the pattern on ``regex``.
STDLIB_FLAGS = regex.I | regex.M | regex.S | regex.X | regex.U


def compile(pattern: Any, flags: int = 0) -> regex.Pattern[Any]:
    """``pattern`` compiled by ``re`` when ``re`` accepts it without a warning, else by ``regex``."""
    if not flags & ~STDLIB_FLAGS:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                return cast("regex.Pattern[Any]", re.compile(pattern, flags))
            except (re.error, Warning, ValueError):
                pass
    return regex.compile(pattern, flags)
