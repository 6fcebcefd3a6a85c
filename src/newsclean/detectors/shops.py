"""A box that sells what the article is about: a row of online shops' names, its header, its product and price lines."""

from __future__ import annotations

from newsclean import rx
from newsclean.detectors.base import Context, Example, LineText, Outcome, detector, line_feature
from newsclean.patterns import find_price

# Online shops a book, a record or a gadget box links to, by the names their buttons print.
SHOPS = frozenset({
    "amazon", "amazon.de", "amazon.fr", "amazon.es", "amazon.it", "amazon.co.uk", "amazon.com", "楽天ブックス", "楽天", "honto",
    "紀伊國屋書店ウェブストア", "紀伊國屋書店", "hmv&books", "hontoサイト", "ヨドバシ.com", "e-hon", "thalia", "hugendubel",
    "bücher.de", "buecher.de", "osiander", "weltbild", "fnac", "decitre", "cultura", "leslibraires.fr", "placedeslibraires",
    "casa del libro", "todostuslibros", "el corte inglés", "ibs", "feltrinelli", "mondadori store", "libraccio", "wook",
    "bertrand", "fnac.pt", "livraria cultura", "bol.com", "bol", "bruna", "libris", "empik", "taniaksiazka", "bonito",
    "kitapyurdu", "d&r", "idefix", "ozon", "литрес", "лабиринт", "yakaboo", "bookshop.org", "waterstones", "blackwell's",
    "barnes & noble", "kobo", "apple books", "google play", "audible", "spotify", "bokus", "adlibris", "public",
    "ianos", "politeia",
})
SHOP_ROW_SEPARATORS = rx.compile(r"\s*[|·•/,]\s*|\s{2,}|\u3000")
SHOP_ROW_MIN = 2
# "この本を購入する", "Buy this book", "Dieses Buch kaufen", "Acheter ce livre": the box's header.
BUY_HEADER = rx.compile(
    r"^(?i:buy|order|get) (?:this|the) (?:book|album|record|game)|^(?:dieses|das) (?:buch|album) (?:kaufen|bestellen)|"
    r"^(?i:acheter|commander) (?:ce|le) (?:livre|disque)|^(?i:comprar|compra) (?:este|el|o|este) (?:libro|livro|disco)|"
    r"^(?i:acquista) (?:questo|il) (?:libro|disco)|^(?i:buy|compra|acquista|achète|kaufen|koop|kup)\b.{0,30}$(?<=(?i:book|libro|livre|buch|boek|książkę|livro))|^(?i:koop|bestel) (?:dit|het) (?:boek|album)|^(?i:kup) (?:tę|tę książkę|książkę)|"
    r"^(?i:kitabı satın al)|^(?i:купити|купить) (?:книгу|книжку)|^この(?:本|作品|商品|CD)を(?:購入|注文)(?:する)?|^購入(?:する|はこちら)"
)
BOX_LINE_MAX_WORDS = 20
BOX_REACH = 3
# Under the row: the price's date or the shop links' commission ("※価格は記事公開時点のものです。", "*Affiliate links").
PRICE_NOTE = rx.compile(
    r"(?i:価格|price|preis|prix|precio|prezzo|preço|prijs|cena|fiyat|τιμή|ціна|цена|affiliate|provision|commission|"
    r"afiliad|affiliat|partnerlink)"
)
PRICE_NOTE_MAX_WORDS = 16


def _shop_names(text: str) -> list[str]:
    return [p for p in SHOP_ROW_SEPARATORS.split(text.strip()) if p]


@line_feature("buy_header")
def _buy_header_text(line: LineText) -> bool:
    """A shop box's header: "Acquista questo libro", "この本を購入する"."""
    return line.words <= BOX_LINE_MAX_WORDS and BUY_HEADER.match(line.text) is not None


@line_feature("shop_row")
def _shop_row_text(line: LineText) -> bool:
    """A row of online shops' names and nothing else: "Amazon 楽天ブックス honto", "Thalia | Hugendubel"."""
    if line.words > 2 * BOX_LINE_MAX_WORDS:
        return False
    parts = _shop_names(line.lower)
    if len(parts) < SHOP_ROW_MIN:
        parts = line.lower.split()
    return len(parts) >= SHOP_ROW_MIN and all(p in SHOPS for p in _joined(parts))


def _joined(parts: list[str]) -> list[str]:
    """Shop names of two words put back together ("casa del libro", "apple books") when split on spaces."""
    out: list[str] = []
    k = 0
    while k < len(parts):
        for size in (3, 2):
            name = " ".join(parts[k : k + size])
            if len(parts) - k >= size and name in SHOPS:
                out.append(name)
                k += size
                break
        else:
            out.append(parts[k])
            k += 1
    return out


def _box_line(ctx: Context | None) -> bool:
    return ctx is not None and ctx.words <= BOX_LINE_MAX_WORDS and not ctx.text.rstrip().endswith((".", "。", "!", "?"))


def _row_below(ctx: Context) -> int | None:
    """How far below this line the shop row is, with only the box's short lines between."""
    for k in range(1, BOX_REACH + 1):
        below = ctx.at(k)
        if below is None:
            return None
        if "shop_row" in below.features:
            return k
        if not _box_line(below):
            return None
    return None


def _box_top(row: Context) -> int:
    """How many lines above the row its box has: up to its buying header, or the lines with a price under it."""
    top = 0
    for k in range(1, BOX_REACH + 1):
        line = row.at(-k)
        if not _box_line(line):
            break
        assert line is not None
        if BUY_HEADER.match(line.text):
            return k
        if find_price(line.text) is not None:
            top = k
    return top


@detector(
    "AD13", "ads.shop_links", near=(("shop_row", "buy_header"), BOX_REACH + 2),
    flags=(Example("この本を購入する\n『夜明けの本屋』早川灯 著\n青凪書房 定価1,980円（税込）\nAmazon 楽天ブックス honto", "この本を購入する",
                   language="ja"),
           Example("この本を購入する\n『夜明けの本屋』早川灯 著\n青凪書房 定価1,980円（税込）\nAmazon 楽天ブックス honto",
                   "Amazon 楽天ブックス honto", language="ja"),
           Example("この本を購入する\n『夜明けの本屋』早川灯 著\n青凪書房 定価1,980円（税込）\nAmazon 楽天ブックス honto\n"
                   "※価格は記事公開時点のものです。", "※価格は記事公開時点のものです。", language="ja"),
           Example("Der Roman endet offen, und das ist gut so.\nDas Marschbuch. Verlag Kiepe, 312 Seiten, 24 Euro\n"
                   "Thalia | Hugendubel | Amazon", "Das Marschbuch. Verlag Kiepe, 312 Seiten, 24 Euro", language="de"),
           Example("Da leggere piano.\nACQUISTA QUESTO LIBRO\nOttavia Rinaldi – La casa delle ore storte\nEdizioni Corvino, 288 pagine\n"
                   "€ 19,00 | ebook € 9,99", "Edizioni Corvino, 288 pagine", language="it"),
           Example("Da leggere piano.\nACQUISTA QUESTO LIBRO\nOttavia Rinaldi – La casa delle ore storte\nEdizioni Corvino, 288 pagine\n"
                   "€ 19,00 | ebook € 9,99", "ACQUISTA QUESTO LIBRO", language="it")),
    keeps=(Example("The novel ends in the harbour, and it works.\nAmazon and Kobo both list it for pre-order.",
                   "Amazon and Kobo both list it for pre-order."),
           Example("Der Roman endet offen, und das ist gut so.\nDas Marschbuch. Verlag Kiepe, 312 Seiten, 24 Euro",
                   "Das Marschbuch. Verlag Kiepe, 312 Seiten, 24 Euro", language="de")),
)
def shop_links(ctx: Context) -> Outcome:
    """A box that sells the book or record the article is about: its row of shops, its header, the product's lines with
    its price above the row, and the note on prices under it."""
    if "shop_row" in ctx.features:
        return "a row of links to online shops"
    if ctx.words <= BOX_LINE_MAX_WORDS and BUY_HEADER.match(ctx.text):
        return "the shop box's header" if _priced_below(ctx) or _row_below(ctx) is not None else None
    above = ctx.at(-1)
    if (above is not None and "shop_row" in above.features and ctx.words <= PRICE_NOTE_MAX_WORDS
            and PRICE_NOTE.search(ctx.text)):
        return "the note under a shop box's links"
    k = _row_below(ctx) if _box_line(ctx) else None
    row = ctx.at(k) if k is not None else None
    if k is not None and row is not None and k <= _box_top(row):
        return "a line of the shop box over its links"
    return "a line of the shop box under its header" if _under_buy_header(ctx) else None


def _priced_below(header: Context) -> bool:
    """A price within the box's few short lines under its header."""
    for k in range(1, BOX_REACH + 2):
        line = header.at(k)
        if line is None or not _box_line(line):
            return False
        if find_price(line.text) is not None:
            return True
    return False


def _under_buy_header(ctx: Context) -> bool:
    """A short line of a box headed "Acquista questo libro" (its title, publisher, price, buttons), with a price in it."""
    if not _box_line(ctx):
        return False
    for k in range(1, BOX_REACH + 2):
        above = ctx.at(-k)
        if above is None:
            return False
        if BUY_HEADER.match(above.text):
            return _priced_below(above)
        if not _box_line(above):
            return False
    return False


DETECTORS = (shop_links,)
