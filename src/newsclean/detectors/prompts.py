"""Prompts: cookie notices, newsletter sign-ups, paywalls, app downloads, share bars."""

from __future__ import annotations

import regex

from newsclean.detectors.base import Context, Example, Outcome, detector

# A prompt is a UI line; an article sentence that mentions cookies or newsletters is long prose
# with its own subject ("The court ruled that sites must ask before setting cookies." stays).
PROMPT_MAX_WORDS = 40


def _prompt(ctx: Context, key: str, what: str) -> Outcome:
    if ctx.words <= PROMPT_MAX_WORDS and key in ctx.contains:
        return what
    return None


@detector(
    "PR01", "prompts.cookie", triggers=("contains:cookie",),
    flags=("We use cookies to improve your experience. Accept all cookies",
           "Cookie settings"),
    keeps=("The court ruled that websites must ask before placing tracking files on a device.",),
)
def cookie(ctx: Context) -> Outcome:
    """A cookie or privacy-consent notice."""
    return _prompt(ctx, "cookie", "cookie notice")


@detector(
    "PR02", "prompts.newsletter", triggers=("contains:newsletter",),
    flags=("Sign up for our newsletter", Example("Newsletter abonnieren", language="de")),
    keeps=("The mayor's weekly letter to residents was discontinued in March.",),
)
def newsletter(ctx: Context) -> Outcome:
    """A newsletter sign-up prompt."""
    return _prompt(ctx, "newsletter", "newsletter prompt")


@detector(
    "PR03", "prompts.paywall", triggers=("contains:paywall",),
    flags=("Subscribe to continue reading", "Already a subscriber? Log in"),
    keeps=("Subscribers to the local gym will get a refund, the council said.",),
)
def paywall(ctx: Context) -> Outcome:
    """A paywall or subscription prompt."""
    return _prompt(ctx, "paywall", "paywall prompt")


@detector(
    "PR04", "prompts.app", triggers=("contains:app",),
    flags=("Download our app", "Get the app"),
    keeps=("The ministry's new app lets citizens renew a passport online.",),
)
def app(ctx: Context) -> Outcome:
    """An app-download prompt."""
    return _prompt(ctx, "app", "app-download prompt")


SHARE_SPLIT = regex.compile(r"\s*[|/·•,]\s*|\s+")
SHARE_MIN_ITEMS = 2
# A lone network name may be a sub-heading of an article about it; it needs a share neighbour.
SOCIAL_NETWORK = regex.compile(
    r"^(?:facebook|twitter|x|instagram|linkedin|whatsapp|telegram|pinterest|reddit|tiktok|youtube|"
    r"threads|bluesky|mastodon|xing|vk|vkontakte|line|viber|flipboard)$"
)


@detector(
    "PR05", "prompts.share_bar", triggers=("line:share", "prefix:share"),
    flags=("Share", "Facebook Twitter WhatsApp E-Mail", "Share | Tweet | Email"),
    keeps=("Share prices fell on Monday.", "Facebook"),
)
def share_bar(ctx: Context) -> Outcome:
    """A share bar: share / social network / print / e-mail labels and nothing else."""
    shares = ctx.view.lexicon.phrases["share"]
    if ctx.line_key == "share" and not SOCIAL_NETWORK.match(ctx.lower):
        return "share button"
    items = [w for w in SHARE_SPLIT.split(ctx.lower) if w]
    if len(items) >= SHARE_MIN_ITEMS and all(w in shares for w in items):
        return "share bar"
    if ctx.line_key == "share" and _near_share(ctx):
        return "share button"
    return None


def _near_share(ctx: Context) -> bool:
    return any(n is not None and n.line_key == "share" for n in (ctx.at(-1), ctx.at(1)))


DETECTORS = (cookie, newsletter, paywall, app, share_bar)
