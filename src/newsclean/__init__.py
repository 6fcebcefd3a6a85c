"""newsclean: the article body of a scraped news page, its metadata, and why every line went."""

from __future__ import annotations

from typing import Any

from newsclean.batch import PageInput, clean_many
from newsclean.cleaner import Cleaner
from newsclean.config import Config, ConfigError
from newsclean.detectors import BUILTIN, Context, Detector, Example, Hit, detector
from newsclean.model import Decision, Effect, Flag, Result, Span, Verdict
from newsclean.sitememory import SiteCounter, SiteMemory, SiteTemplates, Thresholds


def clean(
    source: str | bytes | Any, *, url: str | None = None, config: Config | None = None, format: str | None = None
) -> Result:
    """Clean one page (HTML or flattened text) with a default (or the given) configuration."""
    return Cleaner(config).clean(source, url=url, format=format)


__all__ = [
    "BUILTIN",
    "Cleaner",
    "Config",
    "ConfigError",
    "Context",
    "Decision",
    "Detector",
    "Effect",
    "Example",
    "Flag",
    "Hit",
    "PageInput",
    "Result",
    "SiteCounter",
    "SiteMemory",
    "SiteTemplates",
    "Span",
    "Thresholds",
    "Verdict",
    "clean",
    "clean_many",
    "detector",
]
