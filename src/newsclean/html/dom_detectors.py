"""DOM evidence: the ``dom`` family of detectors, run on HTML input before the text detectors.

Each detector looks at one block's place in the page (its ancestors' tags, roles, class and id
tokens, its link text, whether it is hidden, whether it is inside the main content) and reports,
as every detector does. A DOM finding settles a block; the blocks no DOM detector flagged go on to
the text detectors and the engine's context rules.
"""

from __future__ import annotations

from newsclean import rx
from newsclean.detectors.base import Example, Hit, Outcome, detector
from newsclean.headline import key as title_key
from newsclean.html.metadata import strip_site_name
from newsclean.html.page import SIGNUP_BOX_MAX_PROSE, WRAPPER_SHARE, DomContext, story_caption
from newsclean.html.walk import RawBlock
from newsclean.model import Effect
from newsclean.patterns import AGENCY_MARKS, is_agency_list
from newsclean.prose import ends_like_sentence

LEAD = ("The council voted on Tuesday to extend the night bus service to the harbour district for "
        "another two years, after a trial that drew more riders than expected.")
MORE = ("Drivers said the late routes were busiest on Fridays, and the operator plans to add two "
        "buses to the line before the summer festival season begins in June.")


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


ARTICLE = f"<article><p>{LEAD}</p><p>{MORE}</p></article>"


@detector(
    "DM09", "dom.page_title", effect=Effect.META, field="title",
    flags=(Example(_page(ARTICLE, "<title>Night buses stay | Daily</title>"), "Night buses stay | Daily",
                   value="Night buses stay"),
           Example(_page(f"<p>Night buses stay for two more years</p>{ARTICLE}",
                         "<title>Harbour Weekly :: Night buses stay for two more years</title>"),
                   "Harbour Weekly :: Night buses stay for two more years", value="Night buses stay for two more years")),
    keeps=(Example(_page(f"<h2>Night buses stay</h2>{ARTICLE}", "<title>Night buses stay | Daily</title>"),
                   "Night buses stay"),),
)
def page_title(ctx: DomContext) -> Outcome:
    """The ``<title>`` element: it names the headline and is never body."""
    if ctx.block.role != "title":
        return None
    return Hit("the page's <title>", strip_site_name(ctx.text, ctx.page.metadata.values("site"), ctx.page.counts))


@detector(
    "DM07", "dom.headline", effect=Effect.META, field="title",
    flags=(Example(_page(f"<article><h1>Night buses stay</h1><p>{LEAD}</p></article>",
                         "<title>Night buses stay | Daily</title>"), "Night buses stay", value="Night buses stay"),),
    keeps=(Example(_page(f"<article><h1>Night buses stay</h1><h2>What happens next</h2><p>{LEAD}</p></article>"),
                   "What happens next"),),
)
def headline(ctx: DomContext) -> Outcome:
    """The article's ``<h1>`` (or a heading that matches the headline the page declares)."""
    role = ctx.block.role
    if role not in ("h1", "h2"):
        return None
    if ctx.index == ctx.page.first_heading:
        return Hit("the article's <h1>", ctx.text)
    k = title_key(ctx.text)
    if k and k in ctx.page.titles and ctx.page.in_main(ctx.block):
        return Hit("a heading that matches the page's declared headline", ctx.text)
    return None


@detector(
    "DM02", "dom.hidden",
    flags=(Example(_page(f"<article><p>{LEAD}</p><div hidden><p>Subscribe for full access</p></div></article>"),
                   "Subscribe for full access"),
           Example(_page(f"<article><p>{LEAD}</p><p style='display: none'>Loading comments</p></article>"),
                   "Loading comments")),
    keeps=(Example(_page(f"<article><p style='display:block'>{LEAD}</p></article>"), LEAD),),
)
def hidden(ctx: DomContext) -> Outcome:
    """A block the page hides (``hidden``, ``aria-hidden``, ``display:none``)."""
    return f"hidden ({ctx.block.hidden})" if ctx.block.hidden and ctx.page.trust_hidden else None


@detector(
    "DM01", "dom.outside_main",
    flags=(Example(_page(f"<div class='top'><p>Weather today: sunny, 21 degrees</p></div>{ARTICLE}"),
                   "Weather today: sunny, 21 degrees"),),
    keeps=(Example(_page(f"<div class='top'><p>Weather today: sunny</p></div>{ARTICLE}"), MORE),),
)
def outside_main(ctx: DomContext) -> Outcome:
    """A block outside the element that holds the article (declared, or the densest region)."""
    main = ctx.page.main
    if main is None or ctx.block.role == "title" or ctx.page.in_main(ctx.block):
        return None
    return f"outside the main content ({main.label})"


# Landmarks that hold a page's furniture wherever they are; <header> inside an article holds its
# headline and standfirst, so it is left to the text rules.
FURNITURE_LANDMARKS = ("<header>", "role=banner")


@detector(
    "DM03", "dom.landmark",
    flags=(Example(_page(f"<article><p>{LEAD}</p><aside><p>Our other stories this week</p></aside></article>"),
                   "Our other stories this week"),
           Example(_page(f"<article><p>{LEAD}</p><div role='navigation'><p>Previous story</p></div></article>"),
                   "Previous story"),
           Example(_page(f"<article><header><h1>Night buses stay</h1><p>{MORE}</p></header><div><p>{LEAD}</p>"
                         f"<p>{LEAD}</p></div></article>"), MORE)),
    keeps=(Example(_page(f"<article><header><p>{MORE}</p></header><p>{LEAD}</p></article>"), MORE),
           Example(_page(f"<article><header><h1>Night buses stay</h1><p>By Jane Doe on Monday, 3 March 2025 at 11:08 a.m."
                         f"</p></header><div><p>{LEAD}</p><p>{MORE}</p></div></article>"),
                   "By Jane Doe on Monday, 3 March 2025 at 11:08 a.m."),
           Example(_page(f"<form id='aspnetForm'><article><p>{LEAD}</p><p>{MORE}</p></article></form>"), MORE),
           Example(_page(f"<div><p>{LEAD}</p><aside><h3>The key facts</h3><ul><li>The night bus runs until 2027.</li>"
                         f"<li>Tickets cost the same as by day.</li></ul></aside><p>{MORE}</p></div>"),
                   "The night bus runs until 2027.")),
)
def landmark(ctx: DomContext) -> Outcome:
    """A block inside ``<nav>``, ``<aside>``, ``<footer>``, ``<form>`` or a landmark role; the standfirst in the article's
    ``<header>``, outside the element that holds its text; not the article's own box of facts in an ``<aside>``."""
    mark = ctx.block.landmark
    if mark is not None and mark[0] == "<header>" and _header_standfirst(ctx, mark[1]):
        return "the standfirst in the article's header, outside its text"
    if mark is None or mark[0] in FURNITURE_LANDMARKS or ctx.page.holds_article(mark[1]):
        return None  # a <form> around the whole page (ASP.NET) holds the article too
    if mark[0] == "<aside>" and _fact_box(ctx, mark[1]):
        return None  # the article's own box of facts, in sentences, inside its text: the text rules judge it
    return f"inside {mark[0]}"


STANDFIRST_MIN_WORDS = 8
BODY_WRAPPERS = frozenset(("div", "section", "main"))  # the element that holds the article's text, beside its header
# A byline or a dated line in the header is the metadata's, for the text rules to read: "By Jane Doe on Monday, …".
BYLINE_OPENING = rx.compile(r"^(?i:by|von|par|por|di|door|av|przez|από|от|від)\s\p{Lu}")
DATED = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d).*?\d{1,2}[:.]\d{2}|\d{1,2}[:.]\d{2}.*?(?<!\d)(?:19|20)\d\d(?!\d)")


def _header_standfirst(ctx: DomContext, header: int) -> bool:
    """A sentence in the <header> of the declared article, whose paragraphs are elsewhere in it (not its byline)."""
    page, main = ctx.page, ctx.page.main
    if not (main is not None and main.declared and main.holds(header) and not page.holds_article(header)
            and ctx.block.tokens >= STANDFIRST_MIN_WORDS and ends_like_sentence(ctx.text)
            and not BYLINE_OPENING.match(ctx.text) and not DATED.search(ctx.text)):
        return False
    parent = page.parents[header]  # the text is in an element of its own beside the header ("div.entry-content")
    return any(page.parents[e] == parent and page.tags[e] in BODY_WRAPPERS and page.holds_article(e)
               for e in range(page.last_descendant[header] + 1, main.last + 1))


# An <aside> set among the article's paragraphs, whose lines are sentences without links, is the article's box of facts
# ("Das Wichtigste in Kürze" over four sentences), not a box beside it.
FACT_BOX_MIN_SENTENCES = 2
FACT_BOX_MAX_LINK_SHARE = 0.2


def _fact_box(ctx: DomContext, aside: int) -> bool:
    page = ctx.page
    main = page.main
    parent = page.parents[aside]
    if main is None or parent < 0 or page.prose[parent] < WRAPPER_SHARE * main.prose_chars:
        return False
    inside = [b for b in page.blocks if b.landmark is not None and b.landmark[1] == aside]
    if any(b.link_share > FACT_BOX_MAX_LINK_SHARE for b in inside):
        return False
    return sum(ends_like_sentence(b.text) for b in inside) >= FACT_BOX_MIN_SENTENCES


# Reasons strong enough to drop even a long paragraph; the others spare prose of this many words.
STRONG_REASONS = frozenset(("ad slot", "promotion", "share bar", "related links", "sign-up box", "consent notice",
                            "comments", "caption"))
WEAK_REASON_MAX_WORDS = 30


@detector(
    "DM04", "dom.boilerplate_class",
    flags=(Example(_page(f"<article><p>{LEAD}</p><div class='related-stories'><p>More from the harbour</p></div>"
                         "</article>"), "More from the harbour"),
           Example(_page(f"<article><p>{LEAD}</p><div class='adContainer'><p>Holidays from 99</p></div></article>"),
                   "Holidays from 99"),
           Example(_page(f"<article><p>{LEAD}</p><div id='jp-relatedposts'><p>June 3, 2024</p></div></article>"),
                   "June 3, 2024"),
           Example(_page(f"<article><p>{LEAD}</p><div class='hbr-img'><img src='a.jpg'><div>The lane at Quay Street."
                         "</div></div></article>"), "The lane at Quay Street."),
           Example(_page(f"<article><p>{LEAD}</p><amp-ad type='doubleclick'><div placeholder>Loading ad…</div>"
                         "</amp-ad></article>"), "Loading ad…"),
           Example(_page(f"<article><p>{LEAD}</p><div class='video-player-box'><div>The ferry in the storm</div>"
                         f"<span>Tap to watch</span></div><p>{MORE}</p></article>"), "Tap to watch")),
    keeps=(Example(_page(f"<article><div class='shadow masthead download-box'><p>{LEAD}</p></div></article>"),
                   LEAD),
           Example(_page(f"<article><p>{LEAD}</p><p class='article__credit'>（共同通信）</p></article>"), "（共同通信）"),
           Example(_page(f"<article><p>{LEAD}</p><div class='paywall'><h2>Talks to resume</h2>"
                         + "".join(f"<p>{MORE} {k}</p>" for k in range(12)) + "</div></article>"), "Talks to resume"),
           Example(_page(f"<div id='page-with-sidebar'><article><p>{LEAD}</p></article></div>"), LEAD),
           Example(_page(f"<article><p>{LEAD}</p><amp-img src='a.jpg'></amp-img><p>{MORE}</p></article>"), MORE),
           Example(_page(f"<article><div class='photo-story'><p>{LEAD} {MORE}</p></div><p>{MORE}</p></article>"),
                   f"{LEAD} {MORE}")),
)
def boilerplate_class(ctx: DomContext) -> Outcome:
    """A block inside an element whose class or id names boilerplate (ad, share, related, comments …)."""
    boiler = ctx.block.boiler
    if boiler is None:
        return None
    token, reason, label, element = boiler
    if ctx.page.holds_article(element):
        return None  # the element wraps the article ("page-with-sidebar", "entry-content social-ready")
    if reason not in STRONG_REASONS and ctx.words > WEAK_REASON_MAX_WORDS:
        return None
    if reason == "sign-up box" and ctx.page.prose[element] > PAYWALLED_TEXT_MIN_PROSE:
        return None  # "<div class=paywall>" around the rest of the article: the text behind the wall, not the offer
    if reason == "caption" and is_agency_list(ctx.block.text.strip(AGENCY_MARKS + "（）")):
        return None  # "（共同通信）" in the article's credit line: the agency, for the text rules to record
    return f"{reason}: inside {label} ('{token}')"


# A sign-up box or paywall offer holds little text; an element so named that holds this much prose is the article's
# text behind the wall.
PAYWALLED_TEXT_MIN_PROSE = SIGNUP_BOX_MAX_PROSE


@detector(
    "DM05", "dom.caption",
    flags=(Example(_page(f"<article><p>{LEAD}</p><figure><img src='a.jpg'><figcaption>The harbour at dawn. "
                         "Photo: J. Doe</figcaption></figure></article>"), "The harbour at dawn. Photo: J. Doe"),
           Example(_page(f"<article><p>{LEAD}</p><div class='x1'><div><img src='a.jpg' alt='The harbour wall at dawn'></div>"
                         f"<div>The harbour wall at dawn, after the storm. Jane Doe</div></div><p>{MORE}</p></article>"),
                   "The harbour wall at dawn, after the storm. Jane Doe")),
    keeps=(Example(_page(f"<article><figure><img src='a.jpg'></figure><p>{LEAD}</p></article>"), LEAD),
           Example(_page(f"<article><p>{LEAD}</p><img src='b.jpg' alt='The night bus'><p>The night bus leaves the depot "
                         f"at a quarter past one, and it is full most weekends.</p><p>{MORE}</p></article>"),
                   "The night bus leaves the depot at a quarter past one, and it is full most weekends."),
           Example(_page("<article><p>A day at the orchard.</p>" + "".join(
               f"<figure><img src='{k}.jpg'><figcaption>{text}</figcaption></figure>" for k, text in enumerate(
                   (LEAD, MORE, "The first crates leave the orchard before eight in the morning, while the dew is still on the "
                                "grass.")))
               + "</article>"), MORE),
           Example(_page(f"<article><p>{LEAD}</p><figure class='wp-block-table'><table><tr><th>Year</th><th>Rate</th></tr>"
                         "<tr><td>2026</td><td>9%</td></tr><tr><td>2027</td><td>9%</td></tr></table></figure>"
                         f"<p>{MORE}</p></article>"), "2026 | 9%")),
)
def caption(ctx: DomContext) -> Outcome:
    """An image caption or credit: text inside ``<figure>`` or ``<figcaption>``; not the sentences of a photo story,
    which tells the article in its captions (its credits still go, by the text rules)."""
    if not ctx.block.figure and _repeats_image_alt(ctx.block):
        return "image caption (it opens with the alt text of the image above it)"
    if not ctx.block.figure or ctx.block.role == "row":
        return None  # (a table set in a <figure>, as block editors do, is the article's table, not a caption)
    if ctx.page.caption_story and story_caption(ctx.block):
        return None
    return "image caption (inside <figure>)"


# A caption printed under its image outside any <figure> ("<img alt='Mercedes Olabarri, en la cúpula …'>" over
# "<div>Mercedes Olabarri, en la cúpula … de la Sierra. Marta Ezkurdia</div>"): it opens with the image's alt text.
ALT_MIN_WORDS = 4
ALT_CAPTION_MAX_WORDS = 40


def _repeats_image_alt(block: RawBlock) -> bool:
    alt = block.image_alt
    if not alt or block.role != "p" or block.tokens > ALT_CAPTION_MAX_WORDS or len(alt.split()) < ALT_MIN_WORDS:
        return False
    return block.text.casefold().startswith(alt.rstrip(" .").casefold())


# Link text share above which a list entry or a heading is a link to elsewhere (a menu entry, a teaser).
LINK_SHARE = 0.6
LINKED_ROLES = frozenset(("li-ul", "li-ol", "h2", "h3", "h4", "h5", "h6"))


@detector(
    "DM06", "dom.link_text",
    flags=(Example(_page(f"<article><p>{LEAD}</p><ul><li><a href='/a'>Night buses to stay for two more "
                         "years</a></li></ul></article>"), "Night buses to stay for two more years"),
           Example(_page(f"<article><p>{LEAD}</p><h3><a href='/b'>Harbour ferry fares rise</a></h3></article>"),
                   "Harbour ferry fares rise")),
    keeps=(Example(_page(f"<article><p>{LEAD}</p><ul><li>Read <a href='/r'>the council's report</a> on the trial "
                         "and its riders.</li></ul></article>"), "Read the council's report on the trial and its riders."),
           Example(_page(f"<article><p>{LEAD}</p><p><a href='/shop'>Harbour Lines day ticket</a></p></article>"),
                   "Harbour Lines day ticket")),
)
def link_text(ctx: DomContext) -> Outcome:
    """A list entry or a heading that is mostly link text: a menu entry, a teaser, a related link."""
    if ctx.block.role not in LINKED_ROLES:
        return None  # a linked paragraph may be the article's own (a product it names); the text rules judge it
    share = ctx.link_share
    return f"link text ({share:.0%} of the {ctx.block.role.split('-')[0]})" if share >= LINK_SHARE else None


def _teaser(heading: str, summary: str) -> str:
    return f"<li><a href='/x'><h3>{heading}</h3></a><p>{summary}</p></li>"


TEASERS = (_teaser("Ferry fares rise in summer", "Operators blame fuel costs; the council wants a cap on peak fares.")
           + _teaser("New cycle lane opens", "The lane on Quay Street links the station with the harbour bridge."))


@detector(
    "DM10", "dom.teaser_item",
    flags=(Example(_page(f"<article><p>{LEAD}</p><ul>{TEASERS}</ul></article>"),
                   "Operators blame fuel costs; the council wants a cap on peak fares."),),
    keeps=(Example(_page(f"<article><p>{LEAD}</p><ul>{_teaser('Ferry fares rise in summer', MORE)}</ul></article>"),
                   MORE),
           Example(_page(f"<article><p>{LEAD}</p><ul><li><h3>Step one</h3><p>{MORE}</p></li>"
                         f"<li><h3>Step two</h3><p>{LEAD}</p></li></ul></article>"), MORE)),
)
def teaser_item(ctx: DomContext) -> Outcome:
    """The summary of a teaser: text in a list item headed by a link, in a list of several such items."""
    teasers = ctx.page.teasers
    if not teasers or ctx.page.item(ctx.block) not in teasers:
        return None
    return "teaser of another article (a list item headed by a link)"


# A paragraph printed again in a block quote is a pull quote.
COPY_MIN_WORDS = 6


@detector(
    "DM08", "dom.pull_quote",
    flags=(Example(_page(f"<article><p>{LEAD}</p><blockquote><p>{LEAD}</p></blockquote></article>"), LEAD),),
    keeps=(Example(_page(f"<article><p>{LEAD}</p><blockquote><p>{MORE}</p></blockquote></article>"), MORE),
           Example(_page(f"<article><h3>Meal 1</h3><p>{LEAD}</p><h3>Meal 2</h3><p>{LEAD}</p></article>"), LEAD)),
)
def pull_quote(ctx: DomContext) -> Outcome:
    """A block quote that repeats a paragraph printed earlier on the page (a pull quote)."""
    if ctx.block.role != "quote" or ctx.words < COPY_MIN_WORDS or ctx.page.counts[ctx.text] < 2:
        return None
    return "a pull quote: a copy of an earlier paragraph" if ctx.page.first_index[ctx.text] < ctx.index else None


SIGNUP_FORM = ("<div class='c7x'><h4>The Harbour Letter</h4><p>Every Friday: the week's news from the quays.</p>"
               "<form><input type='email' placeholder='Email address'><button>Sign up</button></form></div>")


@detector(
    "DM11", "dom.signup_box",
    flags=(Example(_page(f"<article><p>{LEAD}</p>{SIGNUP_FORM}<p>{MORE}</p></article>"),
                   "Every Friday: the week's news from the quays."),),
    keeps=(Example(_page(f"<article><p>{LEAD}</p><div><p>{MORE}</p><form><input type='text' name='q'></form></div></article>"),
                   MORE),),
)
def signup_box(ctx: DomContext) -> Outcome:
    """A block in the box around a form with an e-mail field (a newsletter's heading and pitch), however it is named."""
    page, element = ctx.page, ctx.block.element
    if element < 0:
        return None
    for box in page.signup_boxes:
        if page.contains(box, element) and page.prose[box] <= SIGNUP_BOX_MAX_PROSE and not page.holds_article(box):
            return "sign-up box (a form with an e-mail field)"
    return None


DETECTORS = (page_title, headline, hidden, outside_main, landmark, boilerplate_class, caption, link_text, teaser_item,
             pull_quote, signup_box)
