"""Rows of the article's own tables, which widget and ad rules must leave alone."""

from __future__ import annotations

from newsclean.detectors.base import Context

# "Umsatz (Mio. €) | 812,0 | 828,6 | -2,0 %" under "Kennzahl | Q3 2025 | Q3 2024 | Veränderung": a row of the
# article's table, under its header row (cells of words, no per cent); a ticker has no header.
CELL = " | "
TABLE_REACH = 8
MIN_CELLS = 3


def _header_row(text: str, cell: str) -> bool:
    """A table's header: cells of words ("Stopień | Liczba wygranych | Kwota"), no per cent."""
    return "%" not in text and sum(any(c.isalpha() for c in part) for part in text.split(cell)) >= 2


def table_row(ctx: Context, cell: str = CELL) -> bool:
    """A row of the article's table: under a header row with as many cells, or that header itself
    with such a row under it ("Route | Normal journey | During closure" over "4 / 4A | 18 min | 31 min").
    ``cell`` is the text between two cells (" · " for a table set with middle dots)."""
    if cell not in ctx.text:
        return False
    cells = ctx.text.count(cell) + 1
    if cells < MIN_CELLS:
        return False
    for k in range(1, TABLE_REACH + 1):
        above = ctx.at(-k)
        if above is None or above.text.count(cell) + 1 != cells:
            break
        if _header_row(above.text, cell):
            return True
    below = ctx.at(1)
    return (below is not None and below.text.count(cell) + 1 == cells and _header_row(ctx.text, cell)
            and not _header_row(below.text, cell))
