"""check_examples(detector): runs a detector's declared examples; for our tests and plugin authors."""

from __future__ import annotations

from newsclean.detectors.base import Detector, Example, Hit, NeedsContext, TextContext
from newsclean.pageview import build_view


def run_example(det: Detector, example: Example, language: str | None = None) -> Hit | None:
    """What ``det`` says about the example's target line (the last line equal to it)."""
    if det.family == "dom":  # DOM detectors' examples are HTML snippets
        from newsclean.html.examples import run_dom_example

        return run_dom_example(det, example)
    view = build_view(example.text, example.language or language)
    target = " ".join(example.line.split())
    indices = [b.index for b in view.page.blocks if " ".join(b.text.split()) == target]
    if not indices:
        raise AssertionError(f"{det.code}: example target {example.line!r} is not a line of its text")
    ctx = view.context(indices[-1])
    assert ctx is not None
    if det.triggers and ctx.features.isdisjoint(det.triggers):
        return None  # the engine would not run the detector on this line: its triggers are part of what is tested
    try:  # as the engine runs it: the line's text alone first, then its context where the near gate allows
        outcome = det.func(TextContext(ctx), **det.options)
    except NeedsContext:
        if det.near is not None and not view.features_near(ctx.index, *det.near):
            return None
        outcome = det.func(ctx, **det.options)
    if outcome is None:
        return None
    return outcome if isinstance(outcome, Hit) else Hit(outcome)


def check_examples(det: Detector, language: str | None = None) -> list[str]:
    """Every way the detector disagrees with its own examples; an empty list means it passes."""
    problems = []
    for ex in det.flags:
        hit = run_example(det, ex, language)
        if hit is None:
            problems.append(f"{det.code} {det.name} should flag {ex.line!r}")
        elif ex.value is not None and hit.value != ex.value:
            problems.append(f"{det.code} {det.name} gave {hit.value!r} for {ex.line!r}, expected {ex.value!r}")
    for ex in det.keeps:
        hit = run_example(det, ex, language)
        if hit is not None:
            problems.append(f"{det.code} {det.name} should leave {ex.line!r} alone, said {hit.reason!r}")
    return problems
