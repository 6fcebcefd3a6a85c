"""Every compiled pattern stays linear on long runs of one kind of character.

A pattern that rescans a run from every start (``\\d(?:[\\d.,]*\\d)?…`` on a million digits) turns
one hostile line into minutes. Each pattern is searched in runs of 10,000 characters of a dozen
kinds with the ``regex`` module's own timeout; a linear pattern needs milliseconds, so the limit
has a margin of hundreds and never trips on a slow machine, while a quadratic one blows through it.
"""

from __future__ import annotations

import importlib
import pkgutil
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


def _patterns() -> list[tuple[str, regex.Pattern[Any]]]:
    found: dict[int, tuple[str, regex.Pattern[Any]]] = {}
    for package in (newsclean, newsclean.detectors, newsclean.html):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, regex.Pattern):
                    found.setdefault(id(value), (f"{module.__name__}.{name}", value))
    for code in languages.available():
        for name, value in vars(languages.lexicon_for(code)).items():
            if isinstance(value, regex.Pattern):
                found.setdefault(id(value), (f"lexicon[{code}].{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _patterns()


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_long_runs(name: str, pattern: regex.Pattern[Any]) -> None:
    for unit in UNITS:
        text: str | bytes = unit * (RUN // len(unit))
        if isinstance(pattern.pattern, bytes):  # a byte pattern (the charset sniffer) reads bytes
            text = text.encode("utf-8")  # type: ignore[union-attr]
        try:
            pattern.search(text, timeout=LIMIT_SECONDS)
            pattern.findall(text[: RUN // 4], timeout=LIMIT_SECONDS)
        except TimeoutError:
            pytest.fail(f"{name} backtracks on a run of {unit!r}")
