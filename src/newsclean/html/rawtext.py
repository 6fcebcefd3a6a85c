"""What the parser is given: the page with the insides of its style sheets and scripts left out.

Nothing in a ``<style>`` or an ordinary ``<script>`` is ever read (the walk skips both), yet the
parser would keep their text in the tree: inline CSS and scripts are often most of a page's bytes,
and most of its tree's memory. Offsets are unaffected: every source span is computed from the
original text, never from what the parser was given. JSON-LD scripts stay, as the metadata reads them.
"""

from __future__ import annotations

import re

from newsclean.html.spans import closing_tag

# (The standard library's engine: a plain pattern over every character of the page.)
RAW_OPEN = re.compile(r"<(style|script)\b([^>]*)>", re.I)
KEPT_SCRIPT = re.compile(r"ld\+json", re.I)
# Below this share of the page in style and script text, the page is parsed as it is (no copy made).
MIN_SHARE = 0.2


def for_parser(source: str) -> str:
    """``source`` without the text inside its ``<style>`` and non-JSON-LD ``<script>`` elements.

    >>> for_parser("<style>p{color:red}</style><p>Hi</p>" + " " * 4)
    '<style></style><p>Hi</p>    '
    >>> for_parser('<script type="application/ld+json">{"a": 1}</script><p>Hi</p>')
    '<script type="application/ld+json">{"a": 1}</script><p>Hi</p>'
    """
    cuts: list[tuple[int, int]] = []
    removed, at = 0, 0
    while (m := RAW_OPEN.search(source, at)) is not None:
        name = m.group(1).lower()
        close = closing_tag(name).search(source, m.end())
        if close is None:
            break  # an unclosed element runs to the end: the parser is given it as it is
        at = close.end()
        if name == "script" and KEPT_SCRIPT.search(m.group(2)):
            continue
        if close.start() > m.end():
            cuts.append((m.end(), close.start()))
            removed += close.start() - m.end()
    if removed < MIN_SHARE * len(source):
        return source
    pieces, at = [], 0
    for start, end in cuts:
        pieces.append(source[at:start])
        at = end
    pieces.append(source[at:])
    return "".join(pieces)
