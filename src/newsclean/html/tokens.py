"""Class and id tokens: splitting ``relatedPosts__item`` into words and naming the boilerplate ones."""

from __future__ import annotations

import functools

from newsclean import rx

# Splits on anything that is not a letter or digit, and between a lower-case letter and a capital.
TOKEN_SPLIT = rx.compile(r"[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})")

# Whole tokens that name boilerplate containers, with the reason a block inside one gets.
# "player" is left out too: in a sports table every row is a player ("oddrow player-10").
# Words that name boilerplate only in some compounds ("more", "also", "next", "info", "date",
# "partner": "entry-content read-more", "article-info") are left out. Whole tokens only: "ad" must not match "shadow", "add", "download", "head", "badge" or
# "masthead"; "share" must not match "shareholder".
BOILERPLATE_TOKENS: dict[str, str] = {
    **dict.fromkeys(("ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot",
                     "adunit", "dfp", "gpt", "taboola", "outbrain", "teads", "adv", "advertorial", "anzeige",
                     "anzeigen", "werbung", "publicidad", "publicidade", "publicite", "pubblicita", "reklama",
                     "reklame", "reklam", "annons", "advertentie", "inread", "outstream"), "ad slot"),
    **dict.fromkeys(("whatsapp", "telegram", "viber"), "messenger channel promotion"),
    **dict.fromkeys(("promo", "promos", "promotion", "sponsor", "sponsored", "sponsors", "affiliate", "affiliates",
                     "afiliado", "afiliados", "affiliato", "affiliati", "affilie", "affilies"), "promotion"),
    **dict.fromkeys(("share", "sharing", "social", "sharebar", "shares", "socials", "compartir", "partager",
                     "teilen", "condividi", "delen", "dela", "compartilhar", "udostepnij", "paylas"), "share bar"),
    **dict.fromkeys(("related", "recommend", "recommended", "recommendations", "recommendation", "popular",
                     "trending", "mostread", "teaser", "teasers", "suggested", "pullquote"), "related links"),
    **dict.fromkeys(("newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall",
                     "registration", "regwall", "login", "signin", "register", "piano", "donate", "donation", "support",
                     "donations", "membership"), "sign-up box"),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr", "privacy", "cmp"), "consent notice"),
    **dict.fromkeys(("comment", "comments", "disqus", "discussion", "respond", "reply", "replies", "kommentare",
                     "commentaires", "comentarios", "commenti", "comentarios", "reacties", "komentarze",
                     "kommentarer", "yorum", "yorumlar", "kommentar", "commentaire", "commento",
                     "comentario", "comentarios", "reactie", "komentarz", "sxolia", "kommentarii", "komentari"),
                    "comments"),
    **dict.fromkeys(("breadcrumb", "breadcrumbs", "crumbs", "pagination", "pager", "nav", "navbar",
                     "navigation", "menu", "submenu", "skip", "toolbar", "controls"), "navigation"),
    **dict.fromkeys(("widget", "widgets", "sidebar", "rail", "aside", "sidebox", "podcast",
                     "weather", "ticker", "popup", "modal", "overlay", "banner", "toast", "calculator", "calculadora",
                     "calculateur", "rechner", "calcolatore", "simulador", "simulateur"), "widget"),
    # an image's wrapper holds its caption ("image" and "picture" also name wrappers of whole articles)
    **dict.fromkeys(("img", "photo", "foto"), "image"),
    **dict.fromkeys(("videoplayer", "audioplayer", "mediaplayer", "jwplayer", "vjs", "brightcove", "reproductor",
                     "reprodutor"), "media player"),
    **dict.fromkeys(("caption", "captions", "figcaption", "credit", "credits", "gallery", "slideshow", "carousel",
                     "lightbox"), "caption"),
    **dict.fromkeys(("tags", "tag", "tagged", "topics", "keywords", "categories", "category"), "tags"),
    **dict.fromkeys(("bio", "biography", "byline", "bylines", "author", "authors", "contributor", "signature", "firma",
                     "dateline", "timestamp", "published", "pubdate", "meta",
                     "copyright",
                     "footer", "footnote", "print", "rating", "reactions", "hidden", "sr",
                     "visually", "screenreader", "offscreen"), "furniture"),
}


# Generic container words a boilerplate word is often run together with ("relatedposts", "sharebox").
COMPOUND_TAILS = ("posts", "post", "articles", "stories", "links", "items", "box", "block", "list", "bar", "area",
                  "wrap", "wrapper", "container", "widget", "module", "buttons")


LABEL_WORDS = frozenset(("label", "title", "heading"))
EMBED_WORDS = frozenset(("embed", "video", "audio", "podcast"))
# Class names that spell a related box's header ("te-puede-interesar", "leia-tambem"), without accents.
READ_ALSO_SLUGS = frozenset(("read also", "see also", "you may like", "you might like", "te puede interesar",
                             "lee tambien", "ver tambien", "lire aussi", "a lire aussi", "a lire egalement", "leia tambem",
                             "veja tambem", "leggi anche", "potrebbe interessarti", "lesen sie auch", "das koennte sie interessieren",
                             "lees ook", "czytaj tez", "czytaj takze", "bunlar da ilginizi cekebilir", "ilginizi cekebilir",
                             "chitaite takzhe", "chytaite takozh", "las ocksa"))
# "rel" names related links beside one of these words ("relLink", "rel-articles").
LINK_WORDS = frozenset(("link", "links", "articles", "article", "posts", "stories", "news"))
# "player" names a media player beside one of these words ("video-player-wrapper"), and alone a sports table's row.
MEDIA_WORDS = frozenset(("video", "audio", "media", "radio", "podcast", "jw"))


def _compound(token: str) -> str | None:
    """The boilerplate word a run-together token starts with, when the rest is a container word."""
    if not token.endswith(COMPOUND_TAILS):  # one test for the common case
        return None
    for tail in COMPOUND_TAILS:
        if token.endswith(tail) and token[: -len(tail)] in BOILERPLATE_TOKENS:
            return token[: -len(tail)]
    return None


def split_tokens(value: str) -> list[str]:
    """Lower-cased words of a class or id value.

    >>> split_tokens("relatedPosts__item js-share-bar")
    ['related', 'posts', 'item', 'js', 'share', 'bar']
    """
    return [t.lower() for t in TOKEN_SPLIT.split(value) if t]


@functools.lru_cache(maxsize=512)
def boilerplate_token(value: str) -> tuple[str, str] | None:
    """The first boilerplate token of a class / id value and its reason, or None.

    >>> boilerplate_token("post-share-buttons")
    ('share', 'share bar')
    >>> boilerplate_token("masthead shadow download-link") is None
    True
    >>> boilerplate_token("jp-relatedposts"), boilerplate_token("headbar postbox") is None
    (('relatedposts', 'related links'), True)
    >>> boilerplate_token("clearfix text-formatted field--label-hidden") is None
    True
    >>> boilerplate_token("video-player-wrapper"), boilerplate_token("oddrow player-10") is None
    (('player', 'media player'), True)
    >>> boilerplate_token("embed__label"), boilerplate_token("field--label-hidden") is None
    (('label', 'media player'), True)
    >>> boilerplate_token("te-puede-interesar")
    ('te-puede-interesar', 'related links')
    >>> boilerplate_token("_relLink_a0s8e_1"), boilerplate_token("rel-pos") is None
    (('rel', 'related links'), True)
    >>> boilerplate_token("vpn-whatsapp-box")
    ('whatsapp', 'messenger channel promotion')
    """
    tokens = split_tokens(value)
    for k, token in enumerate(tokens):
        if token == "hidden" and k and tokens[k - 1] in LABEL_WORDS:
            continue  # "field--label-hidden": the field's label is hidden, not its text (every field of a Drupal page)
        reason = BOILERPLATE_TOKENS.get(token)
        if reason is None:
            word = _compound(token)
            reason = BOILERPLATE_TOKENS.get(word) if word else None
        if reason is not None:
            return token, reason
    if "player" in tokens and not MEDIA_WORDS.isdisjoint(tokens):
        return "player", "media player"  # ("video-player-wrapper"; an "embedded-video" may hold the article's own clip)
    if "label" in tokens and not EMBED_WORDS.isdisjoint(tokens):
        return "label", "media player"  # "embed__label", "video-label": the label over a clip ("Відео: Як відкривали …")
    if len(tokens) >= 2 and " ".join(tokens) in READ_ALSO_SLUGS:
        return "-".join(tokens), "related links"  # "te-puede-interesar": the box named by its own header
    if "rel" in tokens and not LINK_WORDS.isdisjoint(tokens):
        return "rel", "related links"  # "_relLink_a0s8e_1", "rel-articles": "rel" for related, beside what it links
    return None
