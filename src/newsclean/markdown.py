"""Kept blocks → Markdown: headings, list items, block quotes and table rows keep their markup.

Blocks of flattened text carry no markup and become plain paragraphs, so for text input the
Markdown is the body itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.canonical import normalize_line
from newsclean.model import Block

HEADING_ROLES = {f"h{n}": "#" * n for n in range(1, 7)}


def _escape_cell(text: str) -> str:
    return text.replace("|", "\\|")


def render(blocks: Iterable[Block]) -> str:
    """Markdown for the given blocks, in order.

    >>> from newsclean.model import Quality, Span
    >>> def b(text, role):
    ...     return Block(0, text, Span(0, 0), 1, 0, 1, Quality.SHORT, role=role)
    >>> print(render([b("Rules", "h2"), b("One", "li-ol"), b("Two", "li-ol"), b("Said", "quote")]))
    ## Rules
    <BLANKLINE>
    1. One
    2. Two
    <BLANKLINE>
    > Said
    """
    out: list[str] = []
    previous: str | None = None
    number = 0
    for block in blocks:
        text = normalize_line(block.text)
        if not text:
            continue
        role = block.role or "p"
        number = number + 1 if role == "li-ol" and previous == "li-ol" else 1
        tight = role == previous and role in ("li-ul", "li-ol", "row", "pre")
        if out:
            out.append("\n" if tight else "\n\n")
        out.append(_line(block, role, text, number))
        if role == "row" and previous != "row":  # the first row of a table is its header
            out.append("\n|" + " --- |" * len(block.cells or (text,)))
        previous = role
    return "".join(out)


def _line(block: Block, role: str, text: str, number: int) -> str:
    if role in HEADING_ROLES:
        return f"{HEADING_ROLES[role]} {text}"
    if role == "li-ul":
        return f"- {text}"
    if role == "li-ol":
        return f"{number}. {text}"
    if role == "quote":
        return f"> {text}"
    if role == "pre":
        return f"    {text}"
    if role == "row":
        cells = block.cells or (text,)
        return "| " + " | ".join(_escape_cell(normalize_line(c)) for c in cells) + " |"
    return text
