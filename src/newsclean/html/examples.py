"""Running a DOM detector on one of its examples: an HTML snippet and the block text it is asked about."""

from __future__ import annotations

from newsclean.detectors.base import Detector, Example, Hit
from newsclean.html.page import DomContext, analyse


def run_dom_example(det: Detector, example: Example) -> Hit | None:
    """What ``det`` says about the example's target block (the last block with that text)."""
    page = analyse(example.text)
    target = " ".join(example.line.split())
    indices = [i for i, b in enumerate(page.blocks) if " ".join(b.text.split()) == target]
    if not indices:
        raise AssertionError(f"{det.code}: example target {example.line!r} is not a block of its HTML")
    outcome = det.func(DomContext(page, indices[-1]), **det.options)
    if outcome is None:
        return None
    return outcome if isinstance(outcome, Hit) else Hit(outcome)
