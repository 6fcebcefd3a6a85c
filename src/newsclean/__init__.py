"""newsclean: the article body of a scraped news page, its metadata, and why every line went."""

from __future__ import annotations

from newsclean.batch import PageInput, clean_many
from newsclean.cleaner import Cleaner
from newsclean.config import Config, ConfigError
from newsclean.detectors import BUILTIN, Context, Detector, Example, Hit, detector
from newsclean.model import Decision, Effect, Flag, Result, Span, Verdict
from newsclean.sitememory import SiteCounter, SiteMemory, SiteTemplates, Thresholds


def clean(source: str | bytes, *, url: str | None = None, config: Config | None = None) -> Result:
    """Clean one page with a default (or the given) configuration."""
    return Cleaner(config).clean(source, url=url)


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
