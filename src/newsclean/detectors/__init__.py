"""The built-in detectors, in the order their findings take precedence."""

from __future__ import annotations

from newsclean.detectors import (
    ads,
    body,
    byline,
    contacts,
    credits,
    duplicates,
    embeds,
    forms,
    lists,
    navigation,
    prompts,
    shops,
    widgets,
)
from newsclean.detectors.base import Context, Detector, Example, Hit, detector

BUILTIN: tuple[Detector, ...] = (
    *duplicates.DETECTORS,
    *byline.DETECTORS,
    *body.DETECTORS,
    *navigation.DETECTORS,
    *widgets.DETECTORS,
    *embeds.DETECTORS,
    *contacts.DETECTORS,
    *forms.DETECTORS,
    *prompts.DETECTORS,
    *credits.DETECTORS,
    *lists.DETECTORS,
    *ads.DETECTORS,
    *shops.DETECTORS,
    *widgets.FALLBACKS,
)

__all__ = ["BUILTIN", "Context", "Detector", "Example", "Hit", "detector"]
