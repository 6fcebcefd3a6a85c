"""Every compiled pattern stays linear on long runs of one kind of character.

A pattern that rescans a run from every start (``\\d(?:[\\d.,]*\\d)?…`` on a million digits) turns
one hostile line into minutes. Each pattern is searched in runs of 10,000 characters of a dozen
kinds with a time limit (the ``regex`` module's own timeout; for patterns compiled by ``re``, see
``newsclean.rx``, an interval timer, since ``re`` checks for signals while it matches); a linear
pattern needs milliseconds, so the limit has a margin of hundreds and never trips on a slow
machine, while a quadratic one blows through it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import regex

import newsclean
import newsclean.detectors
import newsclean.html
from newsclean import languages

RUN = 10_000
LIMIT_SECONDS = 2.0
UNITS = ("a", "A", "1", " ", ".", "-", ":", "(", "/", "a ", "Aa ", "1 ", "1.", "1,", "a:", "広", "é", "ad", "by ",
         "http://a/", "€1")


PATTERN_TYPES = (regex.Pattern, re.Pattern)


def _patterns() -> list[tuple[str, Any]]:
    found: dict[int, tuple[str, Any]] = {}
    for package in (newsclean, newsclean.detectors, newsclean.html):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, PATTERN_TYPES):
                    found.setdefault(id(value), (f"{module.__name__}.{name}", value))
    for code in languages.available():
        for name, value in vars(languages.lexicon_for(code)).items():
            if isinstance(value, PATTERN_TYPES):
                found.setdefault(id(value), (f"lexicon[{code}].{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _patterns()


def _timeout(signum: int, frame: Any) -> None:
    raise TimeoutError


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in a ``re`` match running longer than ``seconds``."""
    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _search(pattern: Any, text: Any) -> None:
    if isinstance(pattern, regex.Pattern):
        pattern.search(text, timeout=LIMIT_SECONDS)
        pattern.findall(text[: RUN // 4], timeout=LIMIT_SECONDS)
        return
    with _time_limit(LIMIT_SECONDS):
        pattern.search(text)
    with _time_limit(LIMIT_SECONDS):
        pattern.findall(text[: RUN // 4])


def test_both_engines_are_checked() -> None:
    kinds = {type(p) for _, p in PATTERNS}
    assert re.Pattern in kinds and regex.Pattern in kinds


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_long_runs(name: str, pattern: Any) -> None:
    for unit in UNITS:
        text: str | bytes = unit * (RUN // len(unit))
        if isinstance(pattern.pattern, bytes):  # a byte pattern (the charset sniffer) reads bytes
            text = text.encode("utf-8")  # type: ignore[union-attr]
        try:
            _search(pattern, text)
        except TimeoutError:
            pytest.fail(f"{name} backtracks on a run of {unit!r}")
