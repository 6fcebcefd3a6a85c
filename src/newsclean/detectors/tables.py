"""Rows of the article's own tables, which widget and ad rules must leave alone."""

from __future__ import annotations

from newsclean import rx
from newsclean.detectors.base import Context

# "Umsatz (Mio. €) | 812,0 | 828,6 | -2,0 %" under "Kennzahl | Q3 2025 | Q3 2024 | Veränderung": a row of the
# article's table, under its header row (cells of words, no per cent); a ticker has no header.
CELL = " | "
TABLE_REACH = 8
MIN_CELLS = 3


def _header_row(text: str, cell: str) -> bool:
    """A table's header: cells of words ("Stopień | Liczba wygranych | Kwota"), no figure in per cent (a column may be
    named "% change")."""
    return PER_CENT_FIGURE.search(text) is None and sum(any(c.isalpha() for c in part) for part in text.split(cell)) >= 2


PER_CENT_FIGURE = rx.compile(r"\d\s?[%％]|[%％]\s?\d")  # ("-0.42%", Turkish "%49,00")


def table_row(ctx: Context, cell: str = CELL) -> bool:
    """A row of the article's table: under a header row with as many cells, or that header itself
    with such a row under it ("Route | Normal journey | During closure" over "4 / 4A | 18 min | 31 min").
    ``cell`` is the text between two cells (" · " for a table set with middle dots)."""
    if cell not in ctx.text:
        return False
    cells = ctx.text.count(cell) + 1
    if cells == 2:
        return _two_column_row(ctx, cell)
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


# "Dziecko | Kwota ulgi rocznie" over "pierwsze i drugie | 1112,04 zł", "trzecie | 2000,04 zł": a table of two columns,
# a header of words over rows whose second cell holds a figure (a menu's two items hold none).
TWO_COLUMN_MIN_ROWS = 2


def _figure_row(text: str, cell: str) -> bool:
    return text.count(cell) == 1 and any(c.isdigit() for c in text.split(cell)[1])


def _word_header(text: str, cell: str) -> bool:
    return text.count(cell) == 1 and not any(c.isdigit() for c in text) and all(
        any(c.isalpha() for c in part) for part in text.split(cell))


def _two_column_row(ctx: Context, cell: str) -> bool:
    """A row of a two-column table under its header of words, or that header over its rows of figures."""
    rows_below = 0
    k = 1
    while k <= TABLE_REACH and (below := ctx.at(k)) is not None and _figure_row(below.text, cell):
        rows_below += 1
        k += 1
    if _word_header(ctx.text, cell):
        return rows_below >= TWO_COLUMN_MIN_ROWS
    if not _figure_row(ctx.text, cell):
        return False
    for k in range(1, TABLE_REACH + 1):
        above = ctx.at(-k)
        if above is None:
            return False
        if _word_header(above.text, cell):
            return k + rows_below >= TWO_COLUMN_MIN_ROWS
        if not _figure_row(above.text, cell):
            return False
    return False
