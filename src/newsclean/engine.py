"""Runs detectors over a page, resolves local verdicts, revises them by context, guards the body."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsclean.detectors.base import Detector, Hit
from newsclean.model import Block, Decision, Effect, Finding, Flag, Page, Quality, Verdict
from newsclean.pageview import PageView
from newsclean.prose import capitalised_share, ends_like_sentence, stopword_share


@dataclass(frozen=True)
class EngineRule:
    """A rule the engine applies itself, by context; selectable like a detector."""

    code: str
    name: str
    doc: str

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]


NOT_PROSE = EngineRule("CX01", "context.not_prose", "A long line that is not prose: a run of names or menu words.")
AMONG_BOILERPLATE = EngineRule(
    "CX02", "context.among_boilerplate", "A short line whose nearest neighbours are boilerplate."
)
OUTSIDE_ARTICLE = EngineRule(
    "CX03", "context.outside_article", "Text outside the page's main run of article paragraphs."
)
ENGINE_RULES = (NOT_PROSE, AMONG_BOILERPLATE, OUTSIDE_ARTICLE)

# Main-region scoring: what a kept word gains, what a dropped block costs.
DROPPED_WORD_COST = 0.5
DROPPED_BLOCK_COST = 2.0
SHORT_KEPT_GAIN = -1.0
# Article paragraphs are long; teaser summaries are one short sentence. A kept prose line gains only
# the words it has beyond this, so a run of teasers never outweighs the gaps between them.
PROSE_BASELINE_WORDS = 12
# Ads, prompts and photo credits interrupt an article without ending it: crossing them is cheap.
INTERRUPTION_PREFIXES = frozenset({"AD", "PR"})
INTERRUPTION_CODES = frozenset({"LI01", "LI07", "CR01", "CR07", "CR11"})
# A related box of a header and a few headlines sits inside articles; a long list ends them.
LIST_BOX_CODES = frozenset({"LI01", "LI02", "LI03", "LI07"})
SMALL_BOX_BLOCKS = 4
INTERRUPTION_COST = 0.5
# How many other detector-dropped blocks may sit between a standfirst and the article below it.
LEAD_GAP_MAX = 3
BYLINE_FURNITURE = frozenset({"CR03", "CR05", "CR10", "BY08", "PR05"})
# A second run of article text is kept when it weighs at least this share of the main one.
SECONDARY_REGION_SHARE = 0.35
# Headings are short; a short line above article text reads as a sub-heading up to this length.
HEADING_MAX_WORDS = 15
# A short sentence this close to article text (an interview's "Thank you.") belongs to it.
EDGE_SENTENCE_REACH = 2
# A run of at least this many short lines, mostly Title Case labels, is a menu.
MENU_RUN_MIN = 6
MENU_RUN_SHARE = 0.7
MENU_ITEM_MAX_WORDS = 5
# German capitalises nouns, so capitals alone do not make a menu: a poem line ("Der Mond ist
# aufgegangen") is also rich in function words, a menu entry is not.
MENU_MIN_CAPITALISED_SHARE = 0.5
MENU_MAX_STOPWORD_SHARE = 0.4
# The headline copy that opens the article is followed by prose within this many blocks.
ANCHOR_WINDOW = 40
# Findings that close an article: a reader comment's header, a comment counter. A counter inside
# a share bar (share buttons around it) does not; nor does a copyright line (photo credits).
END_CODES = frozenset({"CR06", "CR04", "CR09", "LI04"})
SHARE_CODE = "PR05"
# A copyright footer ("© 2025 Daily. All rights reserved.") closes the page; "© Reuters" under a
# photo does not, so only the footer reason counts.
COPYRIGHT_CODE, COPYRIGHT_FOOTER = "CR02", "copyright footer"
SHARE_BAR_REACH = 2
# An end marker counts only after this much kept prose (a comment counter by the byline does not).
END_MIN_PROSE_BLOCKS = 2
END_MIN_PROSE_WORDS = 60


@dataclass
class _State:
    """A block's verdict while the engine works on it."""

    verdict: Verdict | None  # None: undecided (a short line waiting for its context)
    code: str | None
    reason: str
    hard: bool  # decided by a detector; context never overturns it
    field: str | None = None
    value: str | None = None
    short: bool = False  # a short line whose verdict comes from its context


def find(view: PageView, detectors: Sequence[Detector], options: dict[str, dict[str, Any]]) -> list[list[Finding]]:
    """Every selected detector's findings, per block (only detectors a block's features trigger)."""
    always = [i for i, d in enumerate(detectors) if not d.triggers]
    by_feature: dict[str, list[int]] = {}
    for i, d in enumerate(detectors):
        for t in d.triggers:
            by_feature.setdefault(t, []).append(i)
    plans: dict[frozenset[str], tuple[Detector, ...]] = {}  # feature sets repeat: plan once each
    out: list[list[Finding]] = []
    for b in range(len(view.page.blocks)):
        ctx = view.context(b)
        assert ctx is not None
        plan = plans.get(ctx.features)
        if plan is None:
            chosen = set(always)
            for feature in ctx.features:
                chosen.update(by_feature.get(feature, ()))
            plan = plans[ctx.features] = tuple(detectors[i] for i in sorted(chosen))
        found: list[Finding] = []
        for det in plan:
            outcome = det.func(ctx, **options.get(det.name, {}))
            if outcome is None:
                continue
            if isinstance(outcome, Hit):
                found.append(Finding(det.code, det.name, b, outcome.reason, det.effect,
                                     outcome.field or det.field, outcome.value))
            else:
                found.append(Finding(det.code, det.name, b, outcome, det.effect, det.field, None))
        out.append(found)
    return out


def _local(page: Page, findings: list[list[Finding]], selected: frozenset[str]) -> list[_State]:
    states = []
    for block, found in zip(page.blocks, findings, strict=False):
        meta = next((f for f in found if f.effect is Effect.META), None)
        drop = next((f for f in found if f.effect is Effect.DROP), None)
        keep = next((f for f in found if f.effect is Effect.KEEP), None)
        if meta is not None:
            states.append(_State(Verdict.META, meta.code, meta.reason, True, meta.field, meta.value))
        elif drop is not None and not (keep is not None and block.quality is Quality.PROSE):
            states.append(_State(Verdict.DROP, drop.code, drop.reason, True))
        elif keep is not None:
            states.append(_State(Verdict.KEEP, keep.code, keep.reason, True, keep.field, keep.value))
        elif block.quality is Quality.PROSE:
            states.append(_State(Verdict.KEEP, None, "prose", False))
        elif block.quality is Quality.LIST and NOT_PROSE.code in selected:
            states.append(_State(Verdict.DROP, NOT_PROSE.code, "long line without prose", False))
        else:
            states.append(_State(None, None, "", False, short=True))
    return states


ANCHOR_STATE = _State(Verdict.KEEP, None, "the headline that opens the article", True)


def _says_something(s: _State) -> bool:
    """Whether a block's verdict tells a short neighbour anything (see ``_neighbours``)."""
    return not s.short and (s.verdict is Verdict.KEEP or (s.verdict is Verdict.DROP and not s.hard))


def _neighbours(states: list[_State], anchor: int | None) -> tuple[list[int | None], list[int | None]]:
    """For every block, the index of the nearest block above and below that says something.

    Other short lines say nothing (they wait for context too). Blocks a detector dropped or moved
    (an ad label, a byline, a share bar) are interruptions inside or around an article; they are
    skipped, so a list or a poem split by an ad stays. The headline copy that opens the article
    counts as article text for the lines right under it. Two linear sweeps, so pages of a
    million short lines cost no more per line than short pages.
    """
    n = len(states)
    above: list[int | None] = [None] * n
    below: list[int | None] = [None] * n
    last: int | None = None
    for i in range(n):
        above[i] = last
        if i == anchor or _says_something(states[i]):
            last = i
    last = None
    for i in range(n - 1, -1, -1):
        below[i] = last
        if _says_something(states[i]):
            last = i
    return above, below


def _menu_like(block: Block, stopwords: frozenset[str]) -> bool:
    """A short Title Case label without digits, sentence punctuation or many function words."""
    return (
        block.words <= MENU_ITEM_MAX_WORDS
        and not ends_like_sentence(block.text)
        and not any(c.isdigit() for c in block.text)
        and capitalised_share(block.text) >= MENU_MIN_CAPITALISED_SHARE
        and stopword_share(block.text, stopwords) <= MENU_MAX_STOPWORD_SHARE
    )


def _menu_runs(page: Page, states: list[_State], selected: frozenset[str], stopwords: frozenset[str]) -> None:
    """Long runs of undecided menu-like lines are navigation, whatever surrounds them."""
    if AMONG_BOILERPLATE.code not in selected:
        return
    i = 0
    while i < len(states):
        if states[i].verdict is not None:
            i += 1
            continue
        j = i
        while j < len(states) and states[j].verdict is None:
            j += 1
        run = range(i, j)
        menu = sum(1 for k in run if _menu_like(page.blocks[k], stopwords))
        if len(run) >= MENU_RUN_MIN and menu >= MENU_RUN_SHARE * len(run):
            for k in run:
                s = states[k]
                s.verdict, s.code = Verdict.DROP, AMONG_BOILERPLATE.code
                s.reason = f"in a run of {len(run)} menu-like lines"
        i = j


def _revise(
    page: Page, states: list[_State], selected: frozenset[str], anchor: int | None, stopwords: frozenset[str]
) -> None:
    """Short undecided lines take the verdict of the decided lines around them."""
    _menu_runs(page, states, selected, stopwords)
    _judge_short(page, states, [i for i, s in enumerate(states) if s.verdict is None], selected, anchor)


def _settle(page: Page, states: list[_State], selected: frozenset[str], anchor: int | None) -> None:
    """Judge short lines kept by context again, now that the article's edges are known.

    A short line kept for a neighbour that the region rules dropped would be judged alone the
    next time; judging it again here keeps cleaning idempotent.
    """
    redo = [i for i, s in enumerate(states) if s.short and s.verdict is Verdict.KEEP and not s.hard]
    for i in redo:
        states[i].verdict = None
    _judge_short(page, states, redo, selected, anchor)


def _judge_short(
    page: Page, states: list[_State], todo: list[int], selected: frozenset[str], anchor: int | None
) -> None:
    """Decide short lines from the nearest long neighbours; headings last, from the bottom up."""
    headings = []
    above, below = _neighbours(states, anchor)
    for i in todo:
        s, block = states[i], page.blocks[i]
        up, down = above[i], below[i]
        before = None if up is None else (ANCHOR_STATE if up == anchor else states[up])
        after = None if down is None else states[down]
        dist_before = i - up if up is not None else 0
        dist_after = down - i if down is not None else 0
        kept_before = before is not None and before.verdict is Verdict.KEEP
        kept_after = after is not None and after.verdict is Verdict.KEEP
        if kept_before and kept_after:
            s.verdict, s.reason = Verdict.KEEP, "short line between article paragraphs"
        elif ends_like_sentence(block.text) and (
            (kept_before and (after is None or dist_before <= EDGE_SENTENCE_REACH))
            or (kept_after and (before is None or dist_after <= EDGE_SENTENCE_REACH))
        ):
            s.verdict, s.reason = Verdict.KEEP, "short sentence at the edge of the article text"
        elif (kept_before or kept_after) and block.words <= HEADING_MAX_WORDS:
            headings.append(i)
        else:
            _drop_short(s, selected)
    for i in reversed(headings):
        s = states[i]
        following = states[i + 1] if i + 1 < len(states) else None
        if following is not None and following.verdict is Verdict.KEEP:
            s.verdict, s.reason = Verdict.KEEP, "heading above article text"
        else:
            _drop_short(s, selected)


def _drop_short(s: _State, selected: frozenset[str]) -> None:
    if AMONG_BOILERPLATE.code in selected:
        s.verdict, s.code, s.reason = Verdict.DROP, AMONG_BOILERPLATE.code, "short line among boilerplate"
    else:
        s.verdict, s.reason = Verdict.KEEP, "short line (context rule not selected)"


def _score(page: Page, states: list[_State]) -> list[float]:
    scores = []
    box = 0  # blocks so far in the current related-articles box
    for block, s in zip(page.blocks, states, strict=False):
        box = box + 1 if s.code in LIST_BOX_CODES else 0
        if 0 < box <= SMALL_BOX_BLOCKS:
            scores.append(-INTERRUPTION_COST)  # a small "read more" box inside an article is an interruption
            continue
        if s.verdict is Verdict.KEEP:
            gain = block.words - PROSE_BASELINE_WORDS if block.quality is Quality.PROSE else SHORT_KEPT_GAIN
            scores.append(float(gain))
        elif _interruption(s):
            scores.append(-INTERRUPTION_COST)
        elif s.verdict is Verdict.DROP:
            scores.append(-(DROPPED_WORD_COST * min(block.words, 40) + DROPPED_BLOCK_COST))
        else:
            scores.append(0.0)
    return scores


def _interruption(s: _State) -> bool:
    """A block a detector dropped that interrupts an article rather than ending it."""
    return s.verdict is Verdict.DROP and s.code is not None and (
        s.code[:2] in INTERRUPTION_PREFIXES or s.code in INTERRUPTION_CODES
    )


def _extend(states: list[_State], edge: int, step: int) -> int:
    """Move a region's edge over kept blocks and interruptions; stop at anything else.

    Upwards it also crosses what detectors moved or dropped close above the text (a byline, a date,
    a timestamp between the standfirst and the first paragraph).
    """
    j, gap, box = edge + step, 0, 0
    while 0 <= j < len(states):
        s = states[j]
        box = box + 1 if s.code in LIST_BOX_CODES else 0
        if s.verdict is Verdict.KEEP:
            edge, gap = j, 0
        elif _interruption(s) or 0 < box <= SMALL_BOX_BLOCKS:
            pass
        elif step < 0 and (s.verdict is Verdict.META or s.code in BYLINE_FURNITURE) and gap < LEAD_GAP_MAX:
            gap += 1
        else:
            break
        j += step
    return edge


def _regions(scores: list[float]) -> list[tuple[float, int, int]]:
    """Maximal positive-sum runs (Kadane, restarted when a run dies): (weight, first, last)."""
    found: list[tuple[float, int, int]] = []
    run, start = 0.0, 0
    best, best_start, best_end = 0.0, 0, -1
    for i, score in enumerate(scores):
        if run <= 0:
            run, start = 0.0, i
        run += score
        if run > best:
            best, best_start, best_end = run, start, i
        if run <= 0 and best > 0:
            found.append((best, best_start, best_end))
            best = 0.0
    if best > 0:
        found.append((best, best_start, best_end))
    return found


def _anchor(view: PageView) -> int | None:
    """The headline copy the article starts under: the first one with prose soon after it."""
    if view.headline is None:
        return None
    blocks = view.page.blocks
    for i in sorted(view.headline.copies):
        if i == 0:
            continue
        window = blocks[i + 1 : i + 1 + ANCHOR_WINDOW]
        if any(b.quality is Quality.PROSE for b in window):
            return i
    return None


def _end(page: Page, states: list[_State], start: int) -> int | None:
    """The first end-of-article marker after enough kept prose, at or after ``start``."""
    blocks, words = 0, 0
    for i in range(start, len(states)):
        s = states[i]
        if (
            (s.code in END_CODES or (s.code == COPYRIGHT_CODE and s.reason == COPYRIGHT_FOOTER))
            and blocks >= END_MIN_PROSE_BLOCKS
            and words >= END_MIN_PROSE_WORDS
            and not any(t.code == SHARE_CODE for t in states[max(0, i - SHARE_BAR_REACH) : i + SHARE_BAR_REACH + 1])
        ):
            return i
        if s.verdict is Verdict.KEEP and page.blocks[i].quality is Quality.PROSE:
            blocks, words = blocks + 1, words + page.blocks[i].words
    return None


def _cut(states: list[_State], span: range, reason: str) -> None:
    for i in span:
        s = states[i]
        if s.verdict is Verdict.KEEP:
            s.verdict, s.code, s.reason, s.hard = Verdict.DROP, OUTSIDE_ARTICLE.code, reason, True


def _outside(view: PageView, states: list[_State], selected: frozenset[str], anchor: int | None) -> None:
    """Kept text above the headline, after the article's end, or far from its main run is dropped."""
    if OUTSIDE_ARTICLE.code not in selected:
        return
    page = view.page
    if anchor is not None:
        _cut(states, range(anchor), f"above the headline (line {page.blocks[anchor].line})")
    end = _end(page, states, anchor or 0)
    if end is not None:
        _cut(states, range(end + 1, len(states)), f"after the article ends (line {page.blocks[end].line})")
    regions = _regions(_score(page, states))
    if not regions:
        return
    top = max(w for w, _, _ in regions)
    inside = [False] * len(states)
    for weight, first, last in regions:
        if weight >= SECONDARY_REGION_SHARE * top:
            # a short lead above the run, a short last sentence below it, belong to it
            first, last = _extend(states, first, -1), _extend(states, last, 1)
            for j in range(first, last + 1):
                inside[j] = True
    _join_lead(states, inside, anchor)
    for i, s in enumerate(states):
        if s.verdict is Verdict.KEEP and not s.hard and not inside[i]:
            s.verdict, s.code, s.reason = Verdict.DROP, OUTSIDE_ARTICLE.code, "outside the main article text"


def _join_lead(states: list[_State], inside: list[bool], anchor: int | None) -> None:
    """Kept text between the opening headline and the article (a standfirst) belongs to it.

    Between them may stand anything a detector took out (byline, date, a listen button), but no
    line the context rules dropped.
    """
    if anchor is None:
        return
    first = next((j for j in range(anchor + 1, len(inside)) if inside[j]), None)
    if first is None:
        return
    for j in range(first - 1, anchor, -1):
        s = states[j]
        if s.verdict is Verdict.KEEP:
            inside[j] = True
        elif not s.hard:
            return


def _valve(page: Page, states: list[_State], share: float) -> Flag | None:
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


def decide(
    view: PageView,
    detectors: Sequence[Detector],
    selected: frozenset[str],
    options: dict[str, dict[str, Any]],
    min_body_share: float,
) -> tuple[tuple[Decision, ...], tuple[Flag, ...]]:
    """One decision per block, and the guards that fired."""
    page = view.page
    findings = find(view, detectors, options)
    states = _local(page, findings, selected)
    local = [s.verdict for s in states]
    anchor = _anchor(view) if OUTSIDE_ARTICLE.code in selected else None
    _revise(page, states, selected, anchor, view.lexicon.stopwords)
    _outside(view, states, selected, anchor)
    _settle(page, states, selected, anchor)
    flag = _valve(page, states, min_body_share)
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
    return decisions, (flag,) if flag else ()
