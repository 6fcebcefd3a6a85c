"""Pathological nesting: tags past a sane depth are read as spaces, so parsing stays linear.

An HTML parser checks the stack of open elements at every start tag, so 100,000 nested ``<div>``
cost it time quadratic in the depth. Real pages nest a few dozen levels. Tags beyond
``MAX_DEPTH`` are replaced by spaces of the same length: every offset into the source stays
valid, the text between the tags stays, and the result says how many tags were read this way.
"""

from __future__ import annotations

import io

from newsclean import rx

MAX_DEPTH = 2_000
TAG = rx.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
# Tags that never nest (void elements) or that the next sibling closes: they add no depth.
FLAT_TAGS = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "p", "li", "dt", "dd", "option", "tr", "td", "th", "rt", "rp",
))


def flatten_deep(source: str, max_depth: int = MAX_DEPTH) -> tuple[str, int]:
    """The source with tags nested deeper than ``max_depth`` blanked out, and how many there were.

    >>> flatten_deep("<b><i>x</i></b>", max_depth=1)
    ('<b>   x    </b>', 2)
    """
    if source.count("<") - source.count("</") <= max_depth:  # too few start tags to nest that deep
        return source, 0
    depth = 0
    out = io.StringIO()  # written as we go: no list of millions of pieces
    pos = cut = 0
    for tag in TAG.finditer(source):
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if name in FLAT_TAGS or self_closing:
            continue
        if closing:
            too_deep = depth > max_depth
            depth = max(0, depth - 1)
        else:
            depth += 1
            too_deep = depth > max_depth
        if too_deep:
            start, end = tag.span()
            out.write(source[pos:start])
            out.write(" " * (end - start))
            pos, cut = end, cut + 1
    if not cut:
        return source, 0
    out.write(source[pos:])
    return out.getvalue(), cut
