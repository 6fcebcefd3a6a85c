"""Runs detectors over a page, resolves local verdicts, revises them by context, guards the body."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from newsclean import headline
from newsclean.context import revise, settle
from newsclean.detectors.base import Context, Detector, Hit, NeedsContext, Outcome, TextContext
from newsclean.edges import anchor_of, mark_outside
from newsclean.engine_state import ENGINE_RULES, NOT_PROSE, OUTSIDE_ARTICLE, REPEATED_PARAGRAPH, EngineRule, State
from newsclean.limits import CLOCK_EVERY, NO_LIMITS, TAIL_REASON, Limits, Stop, stop_flag, tail_flag
from newsclean.memo import Memo
from newsclean.model import Block, Decision, Effect, Finding, Flag, Page, Quality, Verdict
from newsclean.pageview import PageView

__all__ = ["ENGINE_RULES", "Dispatch", "EngineRule", "decide", "find"]

BODY_HEADLINE_CODE = "DU01"
# A drop that outweighs a keep even on a prose line: the drop says more ("1. Flights cancelled …" under
# "Most read" is a numbered item, and an item of the teaser list headed above it; "13:40 Council votes …"
# under "Latest news" is a timed headline of that list, not a live blog's entry; "14:05 A12 Ede → Utrecht: ongeval …"
# beside another such line is a traffic feed's entry; a question under a quiz's label, over its options, is the quiz's;
# a podcast's promotion that quotes its episode's question is the promotion; so is a form's question over its button,
# a paywall's offer under a feedback question and a cookie notice that asks; and a writer's bio under a teaser's question).
MORE_SPECIFIC = frozenset({("LI03", "BD04"), ("LI03", "BD02"), ("LI03", "BD03"), ("WG04", "BD02"), ("WG10", "BD03"),
                           ("PR04", "BD03"), ("WG18", "BD03"), ("PR03", "BD03"), ("PR01", "BD03"),
                           ("CR09", "BD03")})
# Blocks of contexts kept alive behind the one being judged (detectors look a dozen blocks back).
CONTEXT_WINDOW = 256
# Distinct lines whose text-only outcomes a Cleaner remembers at once (menus, labels and footers
# repeat within a page and across a site's pages); a few MB at most.
OUTCOME_MEMO = 256
# In a line's remembered outcomes: this detector must be asked again, with the line's context.
ASK = object()


class Dispatch:
    """Selected detectors made ready to run once per Cleaner, not once per page.

    Options are bound ahead (a plain one-argument call per block), and which detectors a set of
    block features triggers is worked out once per distinct set and remembered.
    """

    def __init__(self, detectors: Sequence[Detector], options: dict[str, dict[str, Any]]) -> None:
        self.detectors = tuple(detectors)
        self.calls = tuple(functools.partial(d.func, **options[d.name]) if options.get(d.name) else d.func
                           for d in self.detectors)
        self.near = tuple(d.near for d in self.detectors)
        self._always = frozenset(i for i, d in enumerate(self.detectors) if not d.triggers)
        self._by_feature: dict[str, list[int]] = {}
        for i, d in enumerate(self.detectors):
            for t in d.triggers:
                self._by_feature.setdefault(t, []).append(i)
        self._plans: dict[frozenset[str], tuple[int, ...]] = {}
        self.outcome_memo: Memo[tuple[tuple[int, Any], ...]] = Memo(OUTCOME_MEMO)

    def plan(self, features: frozenset[str]) -> tuple[int, ...]:
        """Indices of the detectors a block with these features must run, in declaration order."""
        plan = self._plans.get(features)
        if plan is None:
            chosen = set(self._always)
            for feature in features:
                chosen.update(self._by_feature.get(feature, ()))
            plan = self._plans[features] = tuple(sorted(chosen))  # a race only computes it twice
        return plan

    def outcomes(self, ctx: Context) -> tuple[tuple[int, Any], ...]:
        """What the detectors a line triggers say about its text alone, remembered per distinct line.

        Each entry is a detector index and its outcome, or ``ASK`` when the detector needs the
        line's place or neighbours (it raised ``NeedsContext``); detectors with nothing to say are
        left out. Outcomes depend on the text, the page's lexicon and the bound options only, so a
        line repeated on a page or across pages costs one look-up.
        """
        key = (ctx.view.lexicon, ctx.text, ctx.words)  # a block's quality follows from its text and words
        found = self.outcome_memo.get(key)
        if found is None:
            alone = TextContext(ctx)
            entries: list[tuple[int, Any]] = []
            for i in self.plan(ctx.features):
                try:
                    outcome: Outcome | object = self.calls[i](alone)
                except NeedsContext:
                    outcome = ASK
                if outcome is not None:
                    entries.append((i, outcome))
            found = tuple(entries)
            self.outcome_memo.put(key, found)
        return found


def find(view: PageView, dispatch: Dispatch, limits: Limits = NO_LIMITS) -> tuple[list[list[Finding]], Stop | None]:
    """Every selected detector's findings, per block (only detectors a block's features trigger).

    The detectors stop at the first limit reached; blocks from there on have no findings.
    """
    detectors, calls, near = dispatch.detectors, dispatch.calls, dispatch.near
    out: list[list[Finding]] = []
    nothing: list[Finding] = []  # shared by every block without findings (most of them)
    total = len(view.page.blocks)
    end = total if limits.block_limit is None else min(total, limits.block_limit)
    stop = Stop(end, limits.past) if end < total else None
    timed = limits.deadline is not None
    for b in range(end):
        if timed and b % CLOCK_EVERY == 0 and limits.out_of_time():
            stop = Stop(b, "time_budget")
            break
        if b % CONTEXT_WINDOW == 0 and b >= 2 * CONTEXT_WINDOW:
            view.forget_before(b - CONTEXT_WINDOW)
        ctx = view.context(b)
        assert ctx is not None
        found: list[Finding] = nothing
        for i, outcome in dispatch.outcomes(ctx):
            if outcome is ASK:
                gate = near[i]
                if gate is not None and not view.features_near(b, gate[0], gate[1]):
                    continue  # nothing this detector needs is close enough for it to find anything
                outcome = calls[i](ctx)
                if outcome is None:
                    continue
            det = detectors[i]
            if found is nothing:
                found = []
            if isinstance(outcome, Hit):
                found.append(Finding(det.code, det.name, b, outcome.reason, det.effect,
                                     outcome.field or det.field, outcome.value))
            else:
                found.append(Finding(det.code, det.name, b, outcome, det.effect, det.field, None))
        out.append(found)
    out.extend([nothing] * (total - len(out)))
    return out, stop


def _local(page: Page, findings: list[list[Finding]], selected: frozenset[str], stop: Stop | None,
           tail: int | None) -> list[State]:
    states = []
    unexamined = len(page.blocks) if stop is None else stop.index
    past = f" (past {stop.limit}: judged by form alone)" if stop else ""
    for block, found in zip(page.blocks, findings, strict=False):
        if block.index == tail or block.index >= unexamined:
            states.append(_tail_state() if block.index == tail else _by_form(block, selected, past))
            continue
        meta = next((f for f in found if f.effect is Effect.META), None)
        drop = next((f for f in found if f.effect is Effect.DROP), None)
        keep = next((f for f in found if f.effect is Effect.KEEP), None)
        if meta is not None:
            states.append(State(Verdict.META, meta.code, meta.reason, True, meta.field, meta.value))
        elif drop is not None and not (keep is not None and block.quality is Quality.PROSE
                                       and (drop.code, keep.code) not in MORE_SPECIFIC):
            states.append(State(Verdict.DROP, drop.code, drop.reason, True))
        elif keep is not None:
            states.append(State(Verdict.KEEP, keep.code, keep.reason, True, keep.field, keep.value))
        else:
            states.append(_by_form(block, selected))
    return states


def _tail_state() -> State:
    """The lines past ``max_lines``: kept unexamined, and no context rule may change that."""
    return State(Verdict.KEEP, None, TAIL_REASON, True)


def _by_form(block: Block, selected: frozenset[str], note: str = "") -> State:
    """The local state of a block no detector spoke about (or none reached, past a limit): its form."""
    if block.quality is Quality.PROSE:
        return State(Verdict.KEEP, None, "prose" + note, False)
    if block.quality is Quality.LIST and NOT_PROSE.code in selected:
        return State(Verdict.DROP, NOT_PROSE.code, "long line without prose" + note, False)
    return State(None, None, "", False, short=True)


def _valve(page: Page, states: list[State], share: float) -> Flag | None:
    """Give back prose dropped by context when the body would shrink below ``share`` of the prose."""
    prose = sum(b.words for b in page.blocks if b.quality is Quality.PROSE)
    kept = sum(b.words for b, s in zip(page.blocks, states, strict=False) if s.verdict is Verdict.KEEP)
    if prose == 0 or kept >= share * prose:
        return None
    restored = 0
    for block, s in zip(page.blocks, states, strict=False):
        if s.verdict is Verdict.DROP and not s.hard and block.quality is Quality.PROSE:
            s.verdict, s.reason = Verdict.KEEP, f"restored by the safety valve ({s.reason})"
            s.code = None
            restored += 1
    if not restored:
        return None
    return Flag(
        "safety_valve",
        f"context rules left {kept} of {prose} prose words (< {share:.0%}); restored {restored} blocks",
    )


# The standfirst under the headline printed again as the article's lead, a few lines down: the first copy goes.
REPEATED_MIN_WORDS = 8
REPEATED_REACH = 10


def _repeated_lead(page: Page, canonical: tuple[str, ...], states: list[State], selected: frozenset[str]) -> None:
    """Drop the first kept paragraph when the body prints it again close below (a standfirst repeated as the lead).

    Only the opening paragraph: further down, a repeated paragraph is the article's own (a meal plan's days).
    """
    if REPEATED_PARAGRAPH.code not in selected:
        return
    kept = [b for b, s in zip(page.blocks, states, strict=False) if s.verdict is Verdict.KEEP]
    first = next((b for b in kept if b.quality is Quality.PROSE), None)
    if first is None or first.words < REPEATED_MIN_WORDS:
        return
    copies = [b for b in kept if b.index > first.index and canonical[b.index] == canonical[first.index]]
    # (once, with the byline and date between: a paragraph printed over and over is not a standfirst)
    again = copies[0] if len(copies) == 1 else None
    if again is not None and 1 < again.index - first.index <= REPEATED_REACH:
        s = states[first.index]
        s.verdict, s.code, s.reason = Verdict.DROP, REPEATED_PARAGRAPH.code, f"printed again on line {again.line}"


def _body_headline(page: Page, canonical: tuple[str, ...], states: list[State]) -> None:
    """Treat the body's opening line as a headline when the body repeats it further down.

    Cleaning the body again would read that line as a title and its copy; deciding so now keeps
    cleaning idempotent (a real article never opens with a paragraph it prints again).
    """
    kept = tuple(b for b, s in zip(page.blocks, states, strict=True) if s.verdict is Verdict.KEEP)
    found = headline.find(Page(page.source, kept, page.format), canonical) if len(kept) > 1 else None
    if found is None or len(found.copies) < 2:
        return
    for i in found.copies:
        s = states[i]
        s.verdict, s.code, s.reason = Verdict.META, BODY_HEADLINE_CODE, "the body opens with a line it repeats (a headline)"
        s.field, s.value = "title", found.text


def decide(
    view: PageView,
    detectors: Dispatch | Sequence[Detector],
    selected: frozenset[str],
    options: dict[str, dict[str, Any]],
    min_body_share: float,
    limits: Limits = NO_LIMITS,
    extra: Mapping[int, Finding] | None = None,
) -> tuple[tuple[Decision, ...], tuple[Flag, ...]]:
    """One decision per block, and the guards that fired.

    ``extra`` adds findings made outside the page (site memory); they outweigh a block's positive
    evidence (a question, a list item), not a move to the metadata.
    """
    page = view.page
    dispatch = detectors if isinstance(detectors, Dispatch) else Dispatch(detectors, options)
    findings, stop = find(view, dispatch, limits)
    view.release()
    for index, finding in (extra or {}).items():
        findings[index] = [*(f for f in findings[index] if f.effect is not Effect.KEEP), finding]
    states = _local(page, findings, selected, stop, view.tail)
    local = [s.verdict for s in states]
    anchor = anchor_of(view) if OUTSIDE_ARTICLE.code in selected else None
    revise(page, states, selected, anchor, view.lexicon.stopwords)
    mark_outside(view, states, selected, anchor)
    settle(page, states, selected, anchor)
    flag = _valve(page, states, min_body_share)
    _repeated_lead(page, view.canonical, states, selected)
    _body_headline(page, view.canonical, states)
    if view.tail is not None:
        states[view.tail] = _tail_state()  # the edges may have cut it as "after the article"
    decisions = tuple(
        Decision(
            block=b,
            verdict=s.verdict or Verdict.KEEP,
            code=s.code,
            reason=s.reason,
            local_verdict=lv,
            field=s.field,
            value=s.value,
        )
        for b, s, lv in zip(page.blocks, states, local, strict=False)
    )
    examined = page.blocks if view.tail is None else page.blocks[:view.tail]
    flags = [stop_flag(stop, examined, limits)] if stop and stop.limit != "max_lines" else []
    if view.tail is not None:
        flags.append(tail_flag(page.blocks[view.tail], limits.max_lines))
    if flag:
        flags.append(flag)
    return decisions, tuple(flags)
