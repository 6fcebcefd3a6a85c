"""HTML cleaning: DOM detectors settle what they can, the text engine decides the rest.

1. The page is parsed (Lexbor), its metadata read and its text walked into blocks.
2. The ``dom`` detectors run on every block; a block they flag is decided (dropped, or moved to
   the metadata: the ``<title>``, the article's ``<h1>``).
3. The other blocks, with the ``<title>`` first and the headline in place, form a page of text for
   the engine: its text detectors and context rules decide them as they decide flattened text.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsclean import languages
from newsclean.canonical import join_paragraphs, normalize_line
from newsclean.detectors.base import Detector, Hit
from newsclean.edges import AFTER_END
from newsclean.engine import decide
from newsclean.headline import Headline
from newsclean.html.choose import choose_metadata
from newsclean.html.depth import MAX_DEPTH
from newsclean.html.page import DomContext, DomPage, analyse, story_caption
from newsclean.limits import limits_for
from newsclean.model import Block, Decision, Effect, Flag, InputInfo, Page, Quality, Result, Span, Verdict
from newsclean.names import CJK_SIGNATURE, looks_like_name
from newsclean.pageview import PageView
from newsclean.patterns import EMAIL
from newsclean.prose import count_words, ends_like_sentence, quality

if TYPE_CHECKING:
    from newsclean.cleaner import Cleaner

# Decisions the engine sees as context although a DOM detector settled them: the headline lines.
CONTEXT_CODES = frozenset(("DM07", "DM09"))
OUTSIDE_ARTICLE_CODE = "CX03"
AUTHOR_LABEL_CODE = "BY02"
HEADLINE_CODE, OUTSIDE_MAIN_CODE, TITLE_CODE = "DM07", "DM01", "DM09"
# An <h1> under more paragraphs than this (a cookie notice, a standfirst) heads something after the article, not it.
H1_PROSE_ABOVE_MAX = 3
CONTEXT_DROP_CODES = frozenset(("CX02", "CX03"))
# Blocks in byline, date and credit containers also go to the engine: a byline it reads is metadata.
FURNITURE_CODE, FURNITURE_REASON = "DM04", "furniture"
# Detection reads this much of the page's text.
LANGUAGE_SAMPLE_CHARS = 20_000


@dataclass(frozen=True)
class Settled:
    """What a DOM detector decided about a block."""

    verdict: Verdict
    code: str
    reason: str
    field: str | None = None
    value: str | None = None


def dom_findings(page: DomPage, detectors: Sequence[Detector]) -> list[Settled | None]:
    """The first finding of the DOM detectors on each block (None: no DOM detector flagged it)."""
    out: list[Settled | None] = []
    plan = [(det, det.func, det.options) for det in detectors]
    for i in range(len(page.blocks)):
        ctx = DomContext(page, i)
        found: Settled | None = None
        for det, func, options in plan:
            outcome = func(ctx, **options) if options else func(ctx)
            if outcome is None:
                continue
            hit = outcome if isinstance(outcome, Hit) else Hit(outcome)
            if det.effect is Effect.META:
                found = Settled(Verdict.META, det.code, hit.reason, hit.field or det.field, hit.value)
            else:
                found = Settled(Verdict.DROP, det.code, hit.reason)
            break
        out.append(found)
    return out


def _language(page: DomPage, forced: str | None) -> tuple[str, str]:
    if forced is not None:
        return forced, "config"
    available = languages.available()
    for value, source in page.metadata.candidates.get("language", ()):
        code = value.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code, source
    sample = "\n".join(b.text for b in page.blocks if b.role != "title")[:LANGUAGE_SAMPLE_CHARS]
    return languages.detect(sample), "text"


DAY_FIRST_REGIONS = ("gb", "uk", "ie", "au", "nz", "in", "za", "sg", "hk")


def _day_first(page: DomPage, lexicon: Any) -> bool:
    """Numeric dates put the day first: the page says it is British, Irish, Australian … English, or reads so."""
    if lexicon.date_order != "MDY":
        return False
    for value, _ in page.metadata.candidates.get("language", ()):
        region = value.replace("_", "-").lower().partition("-")[2]
        if region:
            return region in DAY_FIRST_REGIONS
    return languages.day_first(" ".join(b.text for b in page.blocks[:DAY_FIRST_BLOCKS]), lexicon)


DAY_FIRST_BLOCKS = 400


def _blocks(page: DomPage, stopwords: frozenset[str]) -> tuple[list[Block], list[str]]:
    source = page.source
    blocks, canonical = [], []
    line, counted = 1, 0  # line numbers by counting newlines forward (block starts mostly increase)
    for i, raw in enumerate(page.blocks):
        text = normalize_line(raw.text)
        words = raw.words if text == raw.text else count_words(text)
        if raw.start < counted:
            line, counted = 1, 0
        line += source.count("\n", counted, raw.start)
        counted = raw.start
        blocks.append(Block(i, raw.text, Span(raw.start, raw.end), line, 0, words, quality(text, words, stopwords),
                            raw.path, raw.role, raw.cells))
        canonical.append(text)
    return blocks, canonical


def _engine(page: DomPage, blocks: list[Block], canonical: list[str], settled: list[Settled | None],
            cleaner: Cleaner, lexicon: Any, language: str, started: float,
            ) -> tuple[dict[int, Decision], tuple[Any, ...]]:
    """Run the text engine on the blocks no DOM detector settled (and the headline lines, as context)."""
    readable = _readable_for_metadata(page, settled)
    chosen = [i for i, d in enumerate(settled) if d is None or d.code in CONTEXT_CODES or i in readable]
    sub_blocks = tuple(
        Block(k, b.text, b.span, b.line, b.gap_before, b.words, b.quality, b.path, b.role, b.cells)
        for k, b in enumerate(blocks[i] for i in chosen)
    )
    view = PageView(Page(page.source, sub_blocks, "html"), lexicon, language, tuple(canonical[i] for i in chosen))
    codes = [d.code if (d := settled[i]) is not None else None for i in chosen]
    h1 = next((k for k, code in enumerate(codes) if code == HEADLINE_CODE), None)
    if h1 is not None:
        title = {k for k, code in enumerate(codes[:h1]) if code == TITLE_CODE}
        prose_above = sum(b.quality is Quality.PROSE for b in sub_blocks[:h1]) - len(title)
        if (view.headline is None or view.headline.copies <= title) and prose_above <= H1_PROSE_ABOVE_MAX:
            # the page's own <h1> is the headline when the text rules find no printed one (a title line worded
            # otherwise, a date line they do not read): the furniture above it is then cut as above any headline
            view.headline = Headline(view.canonical[h1], frozenset({h1} | title))
    limits = limits_for(page.source, sub_blocks, cleaner.config.max_bytes, cleaner.config.time_budget, started)
    decisions, flags = decide(view, cleaner.dispatch, cleaner._selected_set, cleaner._options,
                              cleaner.config.min_body_share, limits)
    return {chosen[k]: d for k, d in enumerate(decisions)}, flags


def _kept_prose(by_engine: dict[int, Decision]) -> list[int]:
    """The blocks the text engine keeps as prose, in page order."""
    return [i for i, d in by_engine.items() if d.verdict is Verdict.KEEP and d.block.quality is Quality.PROSE]


def _keep_article_lines(page: DomPage, by_engine: dict[int, Decision], headline: int) -> None:
    """Inside the main content, context rules do not cut what the markup puts beside the article.

    Short lines dropped only for their neighbours stay when they sit in the same element as the
    article's paragraphs (a list of tour dates after the text), unless they come before the
    headline (a kicker: "Transports", "Sevilla") or hold no word at all ("###"); in a container the
    page declares as its article, prose the region rule cut off stays too.
    """
    declared = page.main is not None and page.main.declared
    beside_prose = {page.container(page.blocks[i]) for i in _kept_prose(by_engine)}
    for i, d in by_engine.items():
        raw = page.blocks[i]
        beside = page.container(raw) in beside_prose
        if raw.link_share >= LINKED_SHARE or d.reason.startswith(AFTER_END) or _signature_line(page, i):
            continue  # a row of links glued into one line ("Zeeland Jazz … Concours hippique …"), not a paragraph; past
            # what ends the article (a comment counter, a reader comment's header), the readers' comments; the writer's
            # name and e-mail address under the text
        if (d.code == OUTSIDE_ARTICLE_CODE and d.block.quality is Quality.PROSE and (declared or (beside and i > headline))) or (
            d.code in CONTEXT_DROP_CODES and d.local_verdict is None and i > headline and d.block.words and beside
        ):  # (a paragraph beside the article's own ones, after a counter in an embedded post that read as the end)
            by_engine[i] = Decision(d.block, Verdict.KEEP, None, "prose inside the declared article container "
                                    f"(local: {d.code})", d.local_verdict)


SIGNATURE_MAX_WORDS = 4


# "（佐伯美穂）" under the last paragraph: a Japanese reporter signs the article with the name in brackets.


def _signature_line(page: DomPage, i: int) -> bool:
    """The block is an e-mail address alone, or a person's name right over one ("Anna Mróz-Kowal" /
    "anna.mroz@ezagorze.pl" under the last paragraph) or closing the text's element, or a reporter's name in brackets
    ("（佐伯美穂）"): the writer signs off."""
    blocks = page.blocks
    text = blocks[i].text
    if EMAIL.fullmatch(text) or CJK_SIGNATURE.match(text):
        return True
    if blocks[i].tokens > SIGNATURE_MAX_WORDS or any(c.isdigit() for c in text) or not looks_like_name(text):
        return False
    below = blocks[i + 1].text if i + 1 < len(blocks) else ""
    if EMAIL.fullmatch(below) is not None:
        return True
    # the name closes the element holding the text, under its last sentence ("Вход на выставку свободный." / "Ольга Северинова")
    return (i > 0 and ends_like_sentence(blocks[i - 1].text) and page.container(blocks[i - 1]) == page.container(blocks[i])
            and (i + 1 == len(blocks) or page.container(blocks[i + 1]) != page.container(blocks[i])))


# A block whose text is this much link text is links, not a paragraph the region rule cut off.
LINKED_SHARE = 0.8
# Lines the text rules drop as the rest of a box opened above them ("Lesen Sie auch" and its teasers, an ad label
# and its offer), and the codes of the lines that open such boxes.
BOX_ITEM_CODES = frozenset(("LI03", "AD02"))
BOX_HEADER_CODES = frozenset(("LI01", "LI02", "AD01"))
BOX_HEADER_REACH = 12


# A label and the code its box-mates get: an ad's label and its text, a video's label and its clip's title.
BOX_LABELS = {("AD01", "ad label"): ("AD02", "in the box of the ad labelled on line {}"),
              ("WG11", "video label"): ("WG11", "in the box of the video labelled on line {}"),
              ("WG01", "music player label"): ("WG01", "in the box of the player labelled on line {}"),
              ("WG01", "video or music player label"): ("WG01", "in the box of the player labelled on line {}"),
              ("LI02", "teaser-list header"): ("LI03", "in the box of the list headed on line {}"),
              ("PR04", "follow-us-on-a-messenger prompt"): ("PR04", "in the box of the messenger prompt on line {}")}
LABELLED_BOX_MAX_BLOCKS = 4


def _drop_labelled_boxes(page: DomPage, by_engine: dict[int, Decision], settled: list[Settled | None]) -> None:
    """The lines a label or a media player shares a small element with belong to what it labels ("REKLAMA" /
    "Pompy ciepła … – bezpłatna wycena!" in one box between two paragraphs; "Video" / its player / "Fernwärme oder
    Wärmepumpe? … (3:12)"), however much they read like prose."""
    marks: dict[int, tuple[str, str]] = {}
    for i, d in by_engine.items():
        if (d.code, d.reason) in BOX_LABELS:
            code, reason = BOX_LABELS[(d.code or "", d.reason)]
            marks[i] = (code, reason.format(d.block.line))
    for i, dom in enumerate(settled):
        if dom is not None and dom.verdict is Verdict.DROP and dom.reason.startswith(MEDIA_PLAYER_REASON):
            marks[i] = (dom.code, "in the box of the media player it belongs to")
    players = _player_boxes(page)
    if players:  # a <video> or <audio> with no words of its own: its box's label and clip title
        for i, d in by_engine.items():
            if (d.verdict is Verdict.KEEP and i not in marks and page.container(page.blocks[i]) in players
                    and not ends_like_sentence(d.block.text)):
                marks[i] = (PLAYER_CODE, "in the box of the media player it belongs to")
    if not marks:
        return
    sizes: dict[int, int] = {}
    for raw in page.blocks:
        for box in {page.container(raw), raw.owner}:  # (a run of inline links is owned by the box itself)
            sizes[box] = sizes.get(box, 0) + 1
    for i, (code, reason) in marks.items():
        box = page.container(page.blocks[i])
        if box < 0 or sizes[box] > LABELLED_BOX_MAX_BLOCKS:
            continue
        for j in range(max(0, i - LABELLED_BOX_MAX_BLOCKS), min(len(page.blocks), i + LABELLED_BOX_MAX_BLOCKS)):
            mate = by_engine.get(j)
            if mate is not None and mate.verdict is Verdict.KEEP and box in (page.container(page.blocks[j]),
                                                                              page.blocks[j].owner):
                by_engine[j] = Decision(mate.block, Verdict.DROP, code, reason, mate.local_verdict)


MEDIA_PLAYER_REASON = "media player"
PLAYER_CODE = "WG11"
PLAYER_BOX_LEVELS = 2


def _player_boxes(page: DomPage) -> set[int]:
    """The elements right around each ``<video>`` and ``<audio>`` (the one it sits in and that one's parent) that do
    not hold the article: a player's box."""
    boxes: set[int] = set()
    for up in page.players:
        for _ in range(PLAYER_BOX_LEVELS):
            if up < 0 or page.holds_article(up):
                break
            boxes.add(up)
            up = page.parents[up]
    return boxes


def _keep_lines_outside_boxes(page: DomPage, by_engine: dict[int, Decision]) -> None:
    """A box's header opens a box only as far as the element that holds it: the markup says where the box ends.

    A line the text rules took for the box's next item stays in the article when it sits outside the largest
    element around the box's header that does not hold the article (a sub-heading and its list after a "Lesen Sie
    auch" box, the article's heading under an empty ad slot), inside an element that holds the article's kept
    paragraphs, above the last of them.
    """
    prose = _kept_prose(by_engine)
    if not prose:
        return
    beside_prose = {page.container(page.blocks[i]) for i in prose}
    last_prose = max(prose)
    for i, d in by_engine.items():
        if d.code not in BOX_ITEM_CODES or i > last_prose:
            continue
        header = next((j for j in range(i - 1, max(-1, i - 1 - BOX_HEADER_REACH), -1)
                       if j in by_engine and by_engine[j].code in BOX_HEADER_CODES), None)
        if header is None:
            continue
        box = page.blocks[header].owner  # the box: the largest element around the header that is not the article's
        while box >= 0 and page.parents[box] >= 0 and not page.holds_article(page.parents[box]):
            box = page.parents[box]
        item = page.blocks[i].element
        if (box < 0 or item < 0 or page.holds_article(box) or page.contains(box, item)
                or not any(page.contains(c, item) for c in beside_prose)):
            continue
        by_engine[i] = Decision(d.block, Verdict.KEEP, None, f"outside the box its header opens (local: {d.code})",
                                d.local_verdict)


def _keep_story_captions(page: DomPage, by_engine: dict[int, Decision]) -> None:
    """In a photo story the captions tell the article: one the text rules dropped for its credit stays."""
    for i, d in by_engine.items():
        if d.verdict is Verdict.DROP and story_caption(page.blocks[i]) and page.in_main(page.blocks[i]):
            by_engine[i] = Decision(d.block, Verdict.KEEP, None, f"a caption of a photo story (local: {d.code})",
                                    d.local_verdict)


def headline_index(settled: list[Settled | None]) -> int:
    """The index of the article's headline among the blocks (-1 when the page prints none)."""
    return next((i for i, d in enumerate(settled) if d is not None and d.code == HEADLINE_CODE), -1)


def _keep_table_rows(page: DomPage, by_engine: dict[int, Decision]) -> None:
    """A table row is never a byline, and a row of several cells in a table of rows is data, not a dateline: rows
    the text rules moved to the metadata stay in the body (a page laid out in one table keeps its date line's row)."""
    in_tables = {i for rows in _table_rows(page, by_engine).values() if len(rows) >= TABLE_MIN_ROWS for i in rows}
    for i, d in by_engine.items():
        if d.verdict is Verdict.META and d.block.role == "row" and d.block.cells is not None and (
            (d.field == "author" and d.code != AUTHOR_LABEL_CODE) or (d.field == "published" and i in in_tables)
        ):  # (a page laid out in one big table cell has no cells to speak of: its byline is a byline; so is a row
            # that labels its author: "Muhabir: Emre Kocabaş | Kaynak: İHA")
            by_engine[i] = Decision(d.block, Verdict.KEEP, None, f"a table row (local: {d.code})", d.local_verdict)


def _readable_for_metadata(page: DomPage, settled: list[Settled | None]) -> frozenset[int]:
    """Dropped blocks whose bylines and dates the text rules may still read: byline, date and credit
    containers anywhere, and whatever sits between the headline and the main content."""
    found = {i for i, d in enumerate(settled) if _furniture(d)}
    found.update(_signed_after_text(page, settled))
    headline = next((i for i, d in enumerate(settled) if d is not None and d.code == HEADLINE_CODE), None)
    if headline is not None:
        for i in range(headline + 1, len(settled)):
            d = settled[i]
            if d is None or d.code != OUTSIDE_MAIN_CODE:
                break
            found.add(i)
    return frozenset(found)


# A byline printed under the text, inside the <article> but outside its declared body, is this short.
SIGNATURE_MAX_WORDS = 8
LANDMARK_CODE = "DM03"  # (a landmark inside the article, its own <footer>, holds its byline too)
OUTSIDE_CODES = frozenset(("DM01", LANDMARK_CODE))


def _signed_after_text(page: DomPage, settled: list[Settled | None]) -> list[int]:
    """Short blocks after the declared body inside the <article> that holds it, or in that article's <footer>:
    "Lucía Montalbán EFE", "Karin Sjölund/TT" (the text rules may read a byline or an agency there)."""
    main = page.main
    if main is None or not main.declared:
        return []
    article = page.ancestor(main.element, "article")
    if article < 0:
        return []
    return [i for i, d in enumerate(settled)
            if d is not None and d.code in OUTSIDE_CODES and page.contains(article, (b := page.blocks[i]).element)
            and (b.element > main.last or d.code == LANDMARK_CODE) and b.words <= SIGNATURE_MAX_WORDS]


def _furniture(settled: Settled | None) -> bool:
    """A byline, date or credit container: the text rules may still read a byline or a date from it."""
    return settled is not None and settled.code == FURNITURE_CODE and settled.reason.startswith(FURNITURE_REASON)


# Of a table's rows the text rules judged, this share kept makes it the article's table.
TABLE_KEPT_SHARE = 0.5
TABLE_MIN_ROWS = 3


def _table_rows(page: DomPage, by_engine: dict[int, Decision]) -> dict[int, list[int]]:
    """The rows of several cells the text rules judged, by the <table> that holds them (-1: none)."""
    tables: dict[int, list[int]] = {}
    for i, d in by_engine.items():
        if d.block.role == "row" and d.block.cells:
            tables.setdefault(page.ancestor(page.blocks[i].element, "table"), []).append(i)
    return tables


def _keep_article_tables(page: DomPage, by_engine: dict[int, Decision]) -> None:
    """A row the text rules dropped stays when most rows of its table are kept: the article's table, not a widget
    ("対応コーデック | SBC / AAC / LDAC" is no crumb trail, "価格 | 19,800円(税込)" no offer)."""
    for table, rows in _table_rows(page, by_engine).items():
        kept = sum(by_engine[i].verdict is Verdict.KEEP for i in rows)
        if table < 0 or len(rows) < TABLE_MIN_ROWS or kept < TABLE_KEPT_SHARE * len(rows):
            continue
        for i in rows:
            d = by_engine[i]
            if d.verdict is Verdict.DROP:
                by_engine[i] = Decision(d.block, Verdict.KEEP, None, f"a row of the article's table (local: {d.code})",
                                        d.local_verdict)


SUBHEADING_ROLES = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _keep_subheadings(by_engine: dict[int, Decision]) -> None:
    """A sub-heading below the article's first paragraph is no byline ("Kritik vom Fahrgastverband" reads as a name)."""
    prose = _kept_prose(by_engine)
    if not prose:
        return
    first = min(prose)
    for i, d in by_engine.items():
        if (i > first and d.verdict is Verdict.META and d.field == "author" and d.value
                and d.block.role in SUBHEADING_ROLES):  # (not a label without a name: "About the author")
            by_engine[i] = Decision(d.block, Verdict.KEEP, None, f"a sub-heading of the article (local: {d.code})",
                                    d.local_verdict)


# An article has one publication date; this many date lines in its text are a schedule or a timeline.
DATE_LIST_MIN = 3


def _keep_date_lists(by_engine: dict[int, Decision]) -> None:
    """Date lines the text rules moved to the metadata go back to the body when there are many."""
    prose = _kept_prose(by_engine)
    dated = [i for i, d in by_engine.items() if d.verdict is Verdict.META and d.field == "published"
             and prose and min(prose) < i < max(prose)]  # (between the article's paragraphs: not the page's date
    if len(dated) < DATE_LIST_MIN:  # strip above it, nor the readers' comments under it)
        return
    for i in dated:
        d = by_engine[i]
        by_engine[i] = Decision(d.block, Verdict.KEEP, None, f"one of {len(dated)} dated lines in the main content "
                                f"(a schedule, not a publication date; local: {d.code})", d.local_verdict)


def clean_html(cleaner: Cleaner, text: str, info: InputInfo, url: str | None, version: str,
               started: float | None = None) -> Result:
    """Clean one decoded HTML page with the cleaner's configuration (``started``: ``time.monotonic()``)."""
    started = time.monotonic() if started is None else started
    page = analyse(text)
    language, language_source = _language(page, cleaner.config.language)
    lexicon = languages.lexicon_for(language)
    if _day_first(page, lexicon):
        lexicon = languages.lexicon_for(language, day_first=True)
    blocks, canonical = _blocks(page, lexicon.stopwords)
    settled = dom_findings(page, cleaner.dom_detectors)
    readable = _readable_for_metadata(page, settled)
    by_engine, flags = _engine(page, blocks, canonical, settled, cleaner, lexicon, language, started)
    if page.flattened:
        flags = (*flags, Flag("deep_nesting", f"{page.flattened} tags nested deeper than {MAX_DEPTH} levels were "
                                              "read as spaces; the text inside them was kept"))
    _keep_date_lists(by_engine)
    _keep_table_rows(page, by_engine)
    _keep_subheadings(by_engine)
    _keep_article_tables(page, by_engine)
    _keep_lines_outside_boxes(page, by_engine)
    if page.caption_story:
        _keep_story_captions(page, by_engine)
    if page.main is not None:
        _keep_article_lines(page, by_engine, headline_index(settled))
        _keep_article_tables(page, by_engine)  # (again: rows kept beside the article's paragraphs count now)
    _drop_labelled_boxes(page, by_engine, settled)
    decisions = []
    for i, block in enumerate(blocks):
        dom = settled[i]
        engine_meta = i in by_engine and by_engine[i].verdict is Verdict.META and by_engine[i].field != "title"
        if dom is not None and not (i in readable and engine_meta):
            decisions.append(Decision(block, dom.verdict, dom.code, dom.reason, dom.verdict, dom.field, dom.value))
        else:
            d = by_engine[i]
            decisions.append(Decision(block, d.verdict, d.code, d.reason, d.local_verdict, d.field, d.value))
    final = tuple(decisions)
    meta = choose_metadata(page, final, lexicon, url)
    sources = dict(meta.sources)
    sources["language"] = language_source
    return Result(
        body=join_paragraphs(d.block.text for d in final if d.verdict is Verdict.KEEP),
        title=meta.title,
        author=meta.author,
        source=meta.source,
        published=meta.published,
        language=language if blocks else None,
        url=meta.url,
        decisions=final,
        input=info,
        config_digest=cleaner.config_digest,
        selected=cleaner.html_selected,
        plugins=cleaner.plugins,
        flags=flags,
        version=version,
        metadata_sources=sources,
    )
