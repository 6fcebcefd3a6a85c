"""Article edges: where the article starts and ends, and its main run of paragraphs."""

from __future__ import annotations

from newsclean.detectors.credits import AFFILIATE_REASON
from newsclean.detectors.navigation import ARROW_LINK_REASON, MEDIA_FALLBACK_REASON
from newsclean.detectors.widgets import PODCAST_LINK_REASON
from newsclean.engine_state import HEADER_FURNITURE, OUTSIDE_ARTICLE, State
from newsclean.model import Block, Page, Quality, Verdict
from newsclean.pageview import PageView
from newsclean.prose import ends_like_sentence

# Main-region scoring: what a kept word gains, what a dropped block costs.
DROPPED_WORD_COST = 0.5
DROPPED_BLOCK_COST = 2.0
SHORT_KEPT_GAIN = -1.0
# Article paragraphs are long; teaser summaries are one short sentence. A kept prose line gains only
# the words it has beyond this, so a run of teasers never outweighs the gaps between them.
PROSE_BASELINE_WORDS = 12
# Ads, prompts, photo credits, polls and notices interrupt an article without ending it: crossing them is cheap.
INTERRUPTION_PREFIXES = frozenset({"AD", "PR"})
INTERRUPTION_CODES = frozenset({"LI01", "LI07", "WG07", "CR01", "CR07", "CR11", "WG04", "WG05", "WG06", "WG08", "WG10", "WG11", "WG12",
                                "WG14", "WG15", "WG16", "WG17", "WG18"})
# A related box of a header and a few headlines sits inside articles; a long list ends them.
LIST_BOX_CODES = frozenset({"LI01", "LI02", "LI03", "LI07"})
SMALL_BOX_BLOCKS = 4
INTERRUPTION_COST = 0.5
# A dropped line this short between two interruptions belongs to their box.
BOX_LINE_MAX_WORDS = 4
# How many other detector-dropped blocks may sit between a standfirst and the article below it.
LEAD_GAP_MAX = 3
BYLINE_FURNITURE = frozenset({"CR03", "CR05", "CR10", "BY08", "PR05"})
# A second run of article text is kept when it weighs at least this share of the main one.
SECONDARY_REGION_SHARE = 0.35
# The headline copy that opens the article is followed by prose within this many blocks.
ANCHOR_WINDOW = 40
# "Headline | Site", the site's name, its menu, a breadcrumb, "Headline": one printing if no prose is between
COPY_MENU_REACH = 10
# Findings that close an article: a reader comment's header, a comment counter. A counter inside
# a share bar (share buttons around it) does not; nor does a copyright line (photo credits).
END_CODES = frozenset({"CR06", "CR04", "CR09", "LI04", "CR14"})
SHARE_CODE = "PR05"
COUNTER_CODE = "CR04"  # (an author's bio under the share bar still ends the article)
# A copyright footer ("© 2025 Daily. All rights reserved.") closes the page; "© Reuters" under a
# photo does not, so only the footer reason counts.
COPYRIGHT_CODE, COPYRIGHT_FOOTER = "CR02", "copyright footer"
CAPTION_WITH_CREDIT = "image caption with its credit"  # CR02's reason for "caption ©Agency": an interruption
# Findings of detectors that also end articles, which by their reason interrupt one: a caption with its credit, links set
# into the text ("Kup teraz w sklepie »", "Escúchalo en Spotify"), a player's fallback text, the affiliate notice under a
# shop box.
INTERRUPTION_REASONS = frozenset({(COPYRIGHT_CODE, CAPTION_WITH_CREDIT), ("NV06", ARROW_LINK_REASON), ("WG01", PODCAST_LINK_REASON),
                                  ("NV07", MEDIA_FALLBACK_REASON), ("CR16", AFFILIATE_REASON)})
SHARE_BAR_REACH = 2
# A teaser of another article prints its own byline (a person or an agency) and date under its headline.
TEASER_BYLINE_FIELDS = frozenset({"author", "source"})
TEASER_META_MAX = 3
LIST_HEADER_CODE = "LI02"
TEASER_KEEP_CODES = frozenset({"BD03"})  # "What made Joker so popular?" is a teaser's headline, not an interview's question
# An end marker counts only after this much kept prose (a comment counter by the byline does not).
END_MIN_PROSE_BLOCKS = 2
END_MIN_PROSE_WORDS = 60


def _score(page: Page, states: list[State], interrupting: list[bool]) -> list[float]:
    scores = []
    box = 0  # blocks so far in the current related-articles box
    for block, s, inter in zip(page.blocks, states, interrupting, strict=False):
        box = box + 1 if s.code in LIST_BOX_CODES else 0
        if 0 < box <= SMALL_BOX_BLOCKS:
            scores.append(-INTERRUPTION_COST)  # a small "read more" box inside an article is an interruption
            continue
        if s.verdict is Verdict.KEEP:
            gain = block.words - PROSE_BASELINE_WORDS if block.quality is Quality.PROSE else SHORT_KEPT_GAIN
            scores.append(float(gain))
        elif inter:
            scores.append(-INTERRUPTION_COST)
        elif s.verdict is Verdict.DROP:
            scores.append(-(DROPPED_WORD_COST * min(block.words, 40) + DROPPED_BLOCK_COST))
        else:
            scores.append(0.0)
    return scores


def _interruption(s: State) -> bool:
    """A block a detector dropped that interrupts an article rather than ending it."""
    return s.verdict is Verdict.DROP and s.code is not None and (
        s.code[:2] in INTERRUPTION_PREFIXES or s.code in INTERRUPTION_CODES or (s.code, s.reason) in INTERRUPTION_REASONS
    )


def _interruptions(page: Page, states: list[State]) -> list[bool]:
    """Which blocks interrupt an article: by their finding, or a short dropped line inside such a box (the clip's
    length between a video's label and its "watch" link)."""
    found = [_interruption(s) for s in states]
    inner = [i for i in range(1, len(states) - 1)
             if not found[i] and found[i - 1] and found[i + 1] and states[i].verdict is Verdict.DROP
             and page.blocks[i].words <= BOX_LINE_MAX_WORDS]
    for i in inner:
        found[i] = True
    return found


def _extend(states: list[State], interrupting: list[bool], edge: int, step: int) -> int:
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
        elif interrupting[j] or 0 < box <= SMALL_BOX_BLOCKS:
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


def anchor_of(view: PageView) -> int | None:
    """The headline copy the article starts under: the first one with prose soon after it.

    Of copies printed close together ("Headline | Site", a kicker, "Headline") it is the last one.
    """
    if view.headline is None:
        return None
    blocks = view.page.blocks
    copies = sorted(view.headline.copies)
    for n, i in enumerate(copies):
        if i == 0 or (n + 1 < len(copies) and _one_printing(blocks, i, copies[n + 1])):
            continue
        window = blocks[i + 1 : i + 1 + ANCHOR_WINDOW]
        if any(b.quality is Quality.PROSE for b in window):
            return i
    return None


def _end(page: Page, states: list[State], start: int) -> int | None:
    """The first end-of-article marker after enough kept prose, at or after ``start``."""
    blocks, words = 0, 0
    for i in range(start, len(states)):
        s = states[i]
        if (
            (s.code in END_CODES or (s.code == COPYRIGHT_CODE and s.reason == COPYRIGHT_FOOTER)
             or (s.field == "source" and page.blocks[i].text.lstrip().startswith("©")))  # "© dpa-infocom, dpa:241108-…"
            and blocks >= END_MIN_PROSE_BLOCKS
            and words >= END_MIN_PROSE_WORDS
            and not (s.code == COUNTER_CODE
                     and any(t.code == SHARE_CODE for t in states[max(0, i - SHARE_BAR_REACH) : i + SHARE_BAR_REACH + 1]))
        ):
            return i
        if s.verdict is Verdict.KEEP and page.blocks[i].quality is Quality.PROSE:
            blocks, words = blocks + 1, words + page.blocks[i].words
    return None


def _one_printing(blocks: tuple[Block, ...], i: int, later: int) -> bool:
    """Copies close together, or a title line and its printed copy with only a menu between: no prose between
    either way (a standfirst between the headline and its copy under the byline opens the article)."""
    if later > i + COPY_MENU_REACH:
        return False
    return not any(b.quality is Quality.PROSE for b in blocks[i + 1 : later])


AFTER_END = "after the article ends"


def _cut(states: list[State], span: range, reason: str) -> None:
    for i in span:
        s = states[i]
        if s.verdict is Verdict.KEEP:
            s.verdict, s.code, s.reason, s.hard = Verdict.DROP, OUTSIDE_ARTICLE.code, reason, True


def mark_outside(view: PageView, states: list[State], selected: frozenset[str], anchor: int | None) -> None:
    """Kept text above the headline, after the article's end, or far from its main run is dropped."""
    if OUTSIDE_ARTICLE.code not in selected:
        return
    page = view.page
    if anchor is not None:
        _cut(states, range(anchor), f"above the headline (line {page.blocks[anchor].line})")
    end = _end(page, states, anchor or 0)
    if end is not None:
        _cut(states, range(end + 1, len(states)), f"{AFTER_END} (line {page.blocks[end].line})")
    interrupting = _interruptions(page, states)
    regions = _regions(_score(page, states, interrupting))
    if not regions:
        return
    top = max(w for w, _, _ in regions)
    inside = [False] * len(states)
    for weight, first, last in regions:
        if weight >= SECONDARY_REGION_SHARE * top:
            # a short lead above the run, a short last sentence below it, belong to it
            first, last = _extend(states, interrupting, first, -1), _extend(states, interrupting, last, 1)
            for j in range(first, last + 1):
                inside[j] = True
    _join_lead(page, states, inside, anchor)
    for i, s in enumerate(states):
        if s.verdict is Verdict.KEEP and not s.hard and not inside[i]:
            s.verdict, s.code, s.reason = Verdict.DROP, OUTSIDE_ARTICLE.code, "outside the main article text"
    _drop_teasers_with_bylines(page, states)


def _drop_teasers_with_bylines(page: Page, states: list[State]) -> None:
    """Past the article's byline and prose, a heading over a byline and a date, with no prose under
    them, is another article's teaser ("Liberman: both parties to blame" / "By Staff" / "11/20/2019").

    Under a teaser list's header ("More Washington Examiner") each teaser may also carry its summary:
    heading, byline, date, summary; a line right over or right under such a byline is the teaser's.
    """
    byline_seen = prose_seen = listed = False
    for i, s in enumerate(states):
        if s.verdict is Verdict.META and s.field in TEASER_BYLINE_FIELDS:
            byline_seen = True
        elif s.code == LIST_HEADER_CODE and prose_seen:
            listed = True
        elif s.verdict is Verdict.KEEP:
            if listed and (not s.hard or s.code in TEASER_KEEP_CODES) and _beside_teaser_byline(states, i):
                s.verdict, s.code, s.reason, s.hard = (Verdict.DROP, OUTSIDE_ARTICLE.code,
                                                       "a teaser beside its own byline, under a list's header", True)
            elif (prose_seen and not s.hard and not ends_like_sentence(page.blocks[i].text)
                    and _over_own_byline(page, states, i)):
                s.verdict, s.code, s.reason = Verdict.DROP, OUTSIDE_ARTICLE.code, "a teaser headline over its own byline"
            elif page.blocks[i].quality is Quality.PROSE:
                prose_seen = byline_seen
                listed = False  # the article resumed under the box


def _beside_teaser_byline(states: list[State], i: int) -> bool:
    """Right over a byline or a date, or right under a teaser's byline and date."""
    below = states[i + 1] if i + 1 < len(states) else None
    if below is not None and below.verdict is Verdict.META and below.field in (*TEASER_BYLINE_FIELDS, "published"):
        return True
    above = states[max(0, i - TEASER_META_MAX):i]
    return bool(above) and above[-1].verdict is Verdict.META and any(
        a.verdict is Verdict.META and a.field == "published" for a in above)


def _over_own_byline(page: Page, states: list[State], i: int) -> bool:
    fields: list[str | None] = []
    j = i + 1
    while j < len(states) and states[j].verdict is Verdict.META and len(fields) < TEASER_META_MAX:
        fields.append(states[j].field)
        j += 1
    if not fields or fields[0] not in TEASER_BYLINE_FIELDS or "published" not in fields:
        return False
    return j >= len(states) or states[j].verdict is not Verdict.KEEP or page.blocks[j].quality is not Quality.PROSE


def _join_lead(page: Page, states: list[State], inside: list[bool], anchor: int | None) -> None:
    """Kept text between the opening headline and the article (a standfirst) belongs to it.

    Between them may stand anything a detector took out (byline, date, a listen button), but no
    line the context rules dropped.
    """
    if anchor is None:
        return
    first = next((j for j in range(anchor + 1, len(inside)) if inside[j]), None)
    if first is None:
        return
    crossed = False  # past a short line dropped among the byline's furniture: only a standfirst's prose joins
    for j in range(first - 1, anchor, -1):
        s = states[j]
        if s.verdict is Verdict.KEEP:
            if crossed and page.blocks[j].quality is not Quality.PROSE:
                return
            inside[j] = True
        elif s.reason == HEADER_FURNITURE:
            crossed = True
        elif not s.hard:
            return
