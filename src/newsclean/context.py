"""Context: short lines take the verdict of the long lines around them."""

from __future__ import annotations

from newsclean import rx
from newsclean.engine_state import AMONG_BOILERPLATE, ANCHOR_STATE, HEADER_FURNITURE, NOT_PROSE, State
from newsclean.model import Block, Page, Quality, Verdict
from newsclean.names import LEGAL_FORM
from newsclean.patterns import FIELD_LINE
from newsclean.prose import capitalised_share, ends_like_sentence, stopword_share

# Headings are short; a short line above article text reads as a sub-heading up to this length.
HEADING_MAX_WORDS = 15
# A short sentence this close to article text (an interview's "Thank you.") belongs to it.
EDGE_SENTENCE_REACH = 2
# A run of at least this many short lines, mostly Title Case labels, is a menu.
MENU_RUN_MIN = 6
MENU_RUN_SHARE = 0.7
MENU_ITEM_MAX_WORDS = 5
# German capitalises nouns, so capitals alone do not make a menu: a poem line ("Der Mond ist
# aufgegangen") is also rich in function words, a menu entry is not.
MENU_MIN_CAPITALISED_SHARE = 0.5
MENU_MAX_STOPWORD_SHARE = 0.4
# The reason of a gallery's "Foto 1 de 6" line (credits.gallery): the short line under it is the caption.
GALLERY_COUNTER = "gallery counter"
REMOVED = frozenset({Verdict.DROP, Verdict.META})
# Ad labels and markers ("Anzeige", "Story continues below") may stand under an article's sub-heading; so may a
# teaser that carries its own button ("… szóstka. KLIKNIJ"), under the last row of the article's table.
AD_LABELS = frozenset({"AD01", "AD06", "AD07", "AD11"})


# An ad's heading is one line: the line above it is not a heading too (the recipe's last ingredient over "Produtos
# usados nesta receita" and the shop's offers).
AD_HEADING = "heading of the ad below"


ADVERTISER = "the advertiser's name under its ad"
ADVERTISER_MAX_WORDS = 4


# Words of a business's name: an estate agent, a car dealer, a bank, a travel agent ("Immobiliare Lario Case").
BUSINESS_WORDS = frozenset((
    "immobiliare", "immobilien", "inmobiliaria", "imobiliária", "immobilier", "makelaardij", "makelaars", "nieruchomości",
    "emlak", "homes", "estates", "realty", "autohaus", "motors", "automobili", "concessionaria", "autos", "bank", "sparkasse",
    "banca", "banco", "volksbank", "versicherung", "versicherungen", "assicurazioni", "seguros", "reisen", "viaggi",
    "viajes", "voyages", "travel", "optik", "ottica", "óptica", "möbel", "mobili", "muebles",
))


def _advertiser(text: str) -> bool:
    """A business's name of two to four capitalised words, no sentence: "Immobiliare Lario Case", "Autohaus Brenner
    GmbH" (a sub-heading under the ad, "Financieringsgeschiedenis Voltaris", names no business)."""
    words = text.split()
    return (2 <= len(words) <= ADVERTISER_MAX_WORDS and all(w[:1].isupper() for w in words)
            and not ends_like_sentence(text) and not any(c.isdigit() for c in text)
            and (not BUSINESS_WORDS.isdisjoint(w.casefold() for w in words) or LEGAL_FORM.search(text) is not None))


def _ad_content(s: State) -> bool:
    """A line an ad detector dropped as the ad's own content (an offer, a price), not as its label."""
    return s.verdict is Verdict.DROP and s.code is not None and s.code.startswith("AD") and s.code not in AD_LABELS


def _says_something(s: State) -> bool:
    """Whether a block's verdict tells a short neighbour anything (see ``_neighbours``)."""
    return not s.short and (s.verdict is Verdict.KEEP or (s.verdict is Verdict.DROP and not s.hard))


def _neighbours(states: list[State], anchor: int | None) -> tuple[list[int | None], list[int | None]]:
    """For every block, the index of the nearest block above and below that says something.

    Other short lines say nothing (they wait for context too). Blocks a detector dropped or moved
    (an ad label, a byline, a share bar) are interruptions inside or around an article; they are
    skipped, so a list or a poem split by an ad stays. The headline copy that opens the article
    counts as article text for the lines right under it. Two linear sweeps, so pages of a
    million short lines cost no more per line than short pages.
    """
    n = len(states)
    above: list[int | None] = [None] * n
    below: list[int | None] = [None] * n
    last: int | None = None
    for i in range(n):
        above[i] = last
        if i == anchor or _says_something(states[i]):
            last = i
    last = None
    for i in range(n - 1, -1, -1):
        below[i] = last
        if _says_something(states[i]):
            last = i
    return above, below


def _menu_like(block: Block, stopwords: frozenset[str]) -> bool:
    """A short Title Case label without digits, sentence punctuation or many function words."""
    return (
        block.words <= MENU_ITEM_MAX_WORDS
        and not ends_like_sentence(block.text)
        and not any(c.isdigit() for c in block.text)
        and capitalised_share(block.text) >= MENU_MIN_CAPITALISED_SHARE
        and stopword_share(block.text, stopwords) <= MENU_MAX_STOPWORD_SHARE
    )


def _announced_list(page: Page, states: list[State], start: int, stopwords: frozenset[str]) -> bool:
    """The run opens with the article's lead into a list, under a paragraph: "Os distritos abrangidos são:"
    (or under the sub-heading that opens the run: "Etkilenecek mahalleler" / "… şöyle sıralandı:")."""
    if start == 0:
        return False
    if (states[start - 1].verdict is Verdict.KEEP and states[start - 1].hard
            and page.blocks[start - 1].text.rstrip().endswith((":", "："))):
        return True  # a live blog's entry leads into it: "11:30 — Distritos sob aviso vermelho, segundo o IPMA:"
    if page.blocks[start - 1].quality is not Quality.PROSE:
        return False
    if page.blocks[start - 1].text.rstrip().endswith((":", "：")):
        return True  # the paragraph above leads into it: "Naast Vass staan onder meer deze artiesten op het affiche:"
    for k in (start, start + 1)[:len(page.blocks) - start]:
        lead = page.blocks[k]
        if lead.text.rstrip().endswith((":", "：")) and not _menu_like(lead, stopwords):
            return True
        if ends_like_sentence(lead.text):
            return False
    return False


def _menu_runs(page: Page, states: list[State], selected: frozenset[str], stopwords: frozenset[str]) -> None:
    """Long runs of undecided menu-like lines are navigation, whatever surrounds them."""
    if AMONG_BOILERPLATE.code not in selected:
        return
    i = 0
    while i < len(states):
        if states[i].verdict is not None:
            i += 1
            continue
        j = i
        while j < len(states) and states[j].verdict is None:
            j += 1
        run = range(i, j)
        menu = sum(1 for k in run if _menu_like(page.blocks[k], stopwords))
        if len(run) >= MENU_RUN_MIN and menu >= MENU_RUN_SHARE * len(run) and not _announced_list(page, states, i, stopwords):
            reason = f"in a run of {len(run)} menu-like lines"  # one string for the whole run
            for k in run:
                s = states[k]
                s.verdict, s.code, s.reason = Verdict.DROP, AMONG_BOILERPLATE.code, reason
        i = j


def revise(
    page: Page, states: list[State], selected: frozenset[str], anchor: int | None, stopwords: frozenset[str]
) -> None:
    """Short undecided lines take the verdict of the decided lines around them."""
    _menu_runs(page, states, selected, stopwords)
    _judge_short(page, states, [i for i, s in enumerate(states) if s.verdict is None], selected, anchor)
    _long_items_under_lead(page, states)


def settle(page: Page, states: list[State], selected: frozenset[str], anchor: int | None) -> None:
    """Judge short lines kept by context again, now that the article's edges are known.

    A short line kept for a neighbour that the region rules dropped would be judged alone the
    next time; judging it again here keeps cleaning idempotent.
    """
    redo = [i for i, s in enumerate(states) if s.short and s.verdict is Verdict.KEEP and not s.hard]
    for i in redo:
        states[i].verdict = None
    _judge_short(page, states, redo, selected, anchor)


def _judge_short(
    page: Page, states: list[State], todo: list[int], selected: frozenset[str], anchor: int | None
) -> None:
    """Decide short lines from the nearest long neighbours; headings last, from the bottom up."""
    headings = []
    above, below = _neighbours(states, anchor)
    header_end = _header_end(states, anchor)
    soft = _soft_counts(states)
    for i in todo:
        s, block = states[i], page.blocks[i]
        if s.verdict is not None:
            continue  # decided with the fact box it belongs to
        if i > 0 and states[i - 1].reason == GALLERY_COUNTER and not ends_like_sentence(block.text):
            _drop_short(s, selected)  # "Foto 1 de 6", then the picture's caption
            continue
        if (AMONG_BOILERPLATE.code in selected and i + 1 < len(states) and _ad_content(states[i + 1])
                and states[i + 1].reason != AD_HEADING and not ends_like_sentence(block.text)
                and not block.text[:1].islower() and not (i > 0 and states[i - 1].reason == LIST_ITEM)):
            # (not "sól i dużo świeżo mielonego pieprzu", the last ingredient of the list above)
            # "Meilleur prix" over the shop offers it heads: part of the ad, an interruption like it
            s.verdict, s.code, s.reason = Verdict.DROP, states[i + 1].code, AD_HEADING
            continue
        if (AMONG_BOILERPLATE.code in selected and i + 1 < len(states) and states[i + 1].code in SIGN_UP_CODES
                and block.words <= BOX_HEADER_MAX_WORDS and not ends_like_sentence(block.text)):
            # "Μείνετε ενημερωμένοι" over "Γραφτείτε στο newsletter …": the sign-up box's header, an interruption like it
            s.verdict, s.code, s.reason = Verdict.DROP, states[i + 1].code, SIGN_UP_HEADING
            continue
        if (AMONG_BOILERPLATE.code in selected and i > 0 and _ad_content(states[i - 1]) and _advertiser(block.text)
                and i - 1 > 0 and states[i - 2].code in AD_LABELS):
            # "Pubblicità" / "Cernobbio, bilocale vista lago … 189.000 €" / "Immobiliare Lario Case": who advertises
            s.verdict, s.code, s.reason = Verdict.DROP, states[i - 1].code, ADVERTISER
            continue
        if (AMONG_BOILERPLATE.code in selected and i + 1 < len(states) and block.words <= BOX_HEADER_MAX_WORDS
                and _announces(block.text) and states[i + 1].verdict is Verdict.DROP
                and (states[i + 1].code or "").startswith(WIDGET_FAMILY)):
            # "In this article:" over "ADB.L -11.42%", "OMC -0.85%": the label of the widget it announces
            s.verdict, s.code, s.reason = Verdict.DROP, states[i + 1].code, WIDGET_HEADING
            continue
        if _item_under_lead(page, states, i, block):
            s.verdict, s.reason = Verdict.KEEP, LIST_ITEM
            _long_items_after(page, states, i)  # (now: the short lines under them are judged beside them)
            continue
        if (i > 0 and states[i - 1].verdict is Verdict.KEEP and block.gap_before <= 1 and not ends_like_sentence(block.text)
                and FIELD_LINE.match(block.text) and FIELD_LINE.match(page.blocks[i - 1].text)):
            s.verdict, s.reason = Verdict.KEEP, FACT_FIELD  # "Gelbe Karten: Lindner, Reimann" under "Tore: 1:0 Yilmaz …"
            continue
        if _field_run(page, states, i):
            continue
        up, down = above[i], below[i]
        before = None if up is None else (ANCHOR_STATE if up == anchor else states[up])
        after = None if down is None else states[down]
        dist_before = soft[i] - soft[up] if up is not None else 0  # (an interruption is no distance: an ad box,
        dist_after = soft[down] - soft[i] if down is not None else 0  # a related-links box between two paragraphs)
        kept_before = before is not None and before.verdict is Verdict.KEEP
        kept_after = after is not None and after.verdict is Verdict.KEEP
        kicker = _kicker(block)
        if (anchor is not None and anchor < i < header_end and AMONG_BOILERPLATE.code in selected
                and not ends_like_sentence(block.text) and (kicker or _in_furniture(states, i))):
            # "NEWS" between the date line and "13 comments": a kicker under the headline, not a heading
            s.verdict, s.code, s.reason = Verdict.DROP, AMONG_BOILERPLATE.code, HEADER_FURNITURE
            s.hard = kicker  # a kicker is furniture, as a byline is: a standfirst above still joins the article
            continue
        if kept_before and not kept_after and up == i - 1 and _fact_box(page, states, i):
            continue
        if kept_before and kept_after:
            s.verdict, s.reason = Verdict.KEEP, "short line between article paragraphs"
        elif ends_like_sentence(block.text) and (
            (kept_before and (after is None or dist_before <= EDGE_SENTENCE_REACH))
            or (kept_after and (before is None or dist_after <= EDGE_SENTENCE_REACH))
            or (before is None and after is None)  # a short text on its own: nothing says it is not one
        ):
            s.verdict, s.reason = Verdict.KEEP, "short sentence at the edge of the article text"
        elif (kept_before or kept_after) and block.words <= HEADING_MAX_WORDS:
            headings.append(i)
        else:
            _drop_short(s, selected)
    for i in reversed(headings):
        s = states[i]
        following = states[i + 1] if i + 1 < len(states) else None
        if following is not None and following.verdict is Verdict.KEEP:
            s.verdict, s.reason = Verdict.KEEP, "heading above article text"
        else:
            _drop_short(s, selected)


def _soft_counts(states: list[State]) -> list[int]:
    """For each block, how many blocks up to it are not interruptions (lines a detector dropped or moved)."""
    counts, n = [], 0
    for s in states:
        if not (s.hard and s.verdict in REMOVED):
            n += 1
        counts.append(n)
    return counts


FACT_FIELD = "another field of the fact sheet above"
# A sign-up box's prompt (newsletter, app, follow us) and the few words of header over it.
SIGN_UP_CODES = frozenset({"PR02", "PR07"})
SIGN_UP_HEADING = "heading of the sign-up box below"
WIDGET_FAMILY = "WG"
WIDGET_HEADING = "label of the widget below"
BOX_HEADER_MAX_WORDS = 4


# "Les quatre niveaux d'alerte en vigueur :" over "vigilance : incitation aux économies d'eau", "alerte : …":
# short lines right under a kept line that ends in a colon are the items it announces.
LIST_ITEM = "item of the list the kept line above announces"
LIST_ITEM_MAX_WORDS = 15


def _item_under_lead(page: Page, states: list[State], i: int, block: Block) -> bool:
    if i == 0 or block.words > LIST_ITEM_MAX_WORDS or block.gap_before > 1:
        return False
    if _container_path(block.path) != _container_path(page.blocks[i - 1].path):
        return False  # in HTML, a list's items sit where its lead does (not the video box below the text's last item)
    up = states[i - 1]
    return up.verdict is Verdict.KEEP and (up.reason == LIST_ITEM or _announces(page.blocks[i - 1].text) or (
        up.reason == FACT_BOX and FACT_ITEM.match(block.text) is not None))  # the box's long items, dropped by form


LIST_TAGS = frozenset(("ul", "ol", "li", "dl", "dt", "dd"))


def _container_path(path: str | None) -> str | None:
    """The DOM path of the element a block sits in, past list wrappers ("div.body>ul>li[2]" → "div.body")."""
    if not path:
        return None
    steps = path.split(">")[:-1]
    while steps and steps[-1].split("[")[0].split(".")[0].split("#")[0] in LIST_TAGS:
        steps.pop()
    return ">".join(steps)


# "… 予想降雪量は、いずれも多い所で次の通り。": a Japanese lead announces its list with "as follows", not a colon.
AS_FOLLOWS = ("次の通り。", "次のとおり。", "以下の通り。", "以下のとおり。", "次の通りだ。", "次のとおりだ。")


def _announces(text: str) -> bool:
    text = text.rstrip()
    return text.endswith((":", "：", *AS_FOLLOWS))


# "Der Haushalt in Zahlen" / "Investitionen 2026/2027: 61,5 Mio. Euro" / …, "■閉局までの主な予定" / "2月14日 公開生放送…":
# a box of figures or dates right under the article's last paragraph belongs to it, though boilerplate follows.
FACT_ITEM = rx.compile(r"^(?:[^\s:：]{1,30}(?:\s[^\s:：]{1,20}){0,4}\s?[:：]\s?[^:：]*\d|\d{1,4}\s?[./月-]?\s?\d{0,2}[日.]?\s?\S)")
FACT_BOX_MIN_ITEMS = 2
FACT_BOX_MAX_LINES = 12
FACT_BOX = "fact box under the article text"


# "Stat: Yeşilırmak Arena" / "Hakemler: …" / "Yeşilırmak Gençlik: Oğulcan Er, Tuna Yaman, …" over the next paragraph:
# a match sheet (or any run of labelled fields) that the article's text resumes under is the article's, whatever
# box came above it.
FIELD_RUN = "field of a fact sheet the article resumes under"
FIELD_RUN_MIN_LINES = 3


def _field_run(page: Page, states: list[State], start: int) -> bool:
    """Keep the run of labelled lines from ``start`` (undecided, or dropped by form alone) when prose follows it."""
    def field(k: int) -> bool:
        s, block = states[k], page.blocks[k]
        return ((s.verdict is None or (s.verdict is Verdict.DROP and s.code == NOT_PROSE.code and not s.hard))
                and FIELD_LINE.match(block.text) is not None and not ends_like_sentence(block.text)
                and block.gap_before <= 1)

    end = start
    while end < len(states) and field(end):
        end += 1
    after = end
    if (after + 1 < len(states) and states[after].verdict is None and page.blocks[after].words <= HEADING_MAX_WORDS
            and not ends_like_sentence(page.blocks[after].text) and FIELD_LINE.match(page.blocks[after].text) is None):
        after += 1  # a sub-heading between the sheet and the prose ("MAÇTAN DAKİKALAR"), judged on its own later
    if (end - start < FIELD_RUN_MIN_LINES or after >= len(states) or states[after].verdict is not Verdict.KEEP
            or page.blocks[after].quality is not Quality.PROSE):
        return False
    for j in range(start, end):
        states[j].verdict, states[j].code, states[j].reason = Verdict.KEEP, None, FIELD_RUN
    return True


def _fact_box(page: Page, states: list[State], start: int) -> bool:
    """Keep the run of short undecided lines from ``start`` when it is a heading and its facts."""
    def fact(k: int) -> bool:
        block = page.blocks[k]
        return (states[k].verdict is None and block.words <= HEADING_MAX_WORDS and not ends_like_sentence(block.text)
                and (FACT_ITEM.match(block.text) is not None or FIELD_LINE.match(block.text) is not None))

    k = start if fact(start) else start + 1  # a heading may come first
    if k != start and (states[start].verdict is not None or page.blocks[start].words > HEADING_MAX_WORDS):
        return False
    end = k
    while end < len(states) and end - start < FACT_BOX_MAX_LINES and fact(end):
        end += 1
    items = [page.blocks[j].text for j in range(k, end)]
    figures = sum(FACT_ITEM.match(t) is not None for t in items)
    if end - k < FACT_BOX_MIN_ITEMS or not figures or (figures < len(items) and not all(":" in t for t in items)):
        return False  # (fields, "Schiedsrichter: Tobias Herrmann", need a figure beside them, "Zuschauer: 8.412", and
        # labels on every line: "Star Wars Jedi: Fallen Order …" between "14h261" and "9h104" is a list of teasers)
    for j in range(start, end):
        states[j].verdict, states[j].reason = Verdict.KEEP, FACT_BOX
    return True


def _long_items_under_lead(page: Page, states: list[State]) -> None:
    """Lines dropped by form alone ("Finale: Eemcollege – Baarnsch Lyceum 2-2 (3-1 na shoot-outs)", no function
    words) that continue a list a kept line announced with its colon are that list's items too."""
    for i in range(1, len(states)):
        if _long_item(page, states, i):
            states[i].verdict, states[i].code, states[i].reason = Verdict.KEEP, None, LIST_ITEM


def _long_items_after(page: Page, states: list[State], i: int) -> None:
    """The lines dropped by form right under the list item ``i`` that continue its list."""
    k = i + 1
    while k < len(states) and _long_item(page, states, k):
        states[k].verdict, states[k].code, states[k].reason = Verdict.KEEP, None, LIST_ITEM
        k += 1


def _long_item(page: Page, states: list[State], i: int) -> bool:
    s, block = states[i], page.blocks[i]
    return s.verdict is Verdict.DROP and s.code == NOT_PROSE.code and not s.hard and (
        _item_under_lead(page, states, i, block)
        or (states[i - 1].reason == LIST_ITEM and block.gap_before <= 1 and FIELD_LINE.match(block.text) is not None)
    )  # (a match sheet's line-up under its referees: "Ege Gücü: Doğan Kılıç, Ahmet Sezer, Cihan Polat, …")



def _header_end(states: list[State], anchor: int | None) -> int:
    """Where the article's header ends: at its second kept line after the headline (the first may
    be a standfirst); 0 without a headline."""
    if anchor is None:
        return 0
    seen = 0
    for k in range(anchor + 1, len(states)):
        if states[k].verdict is Verdict.KEEP and not states[k].short:
            seen += 1
            if seen == 2:
                return k
    return len(states)


# "ROMA", "NEWS" between the standfirst and the date: a kicker in capitals, one or two words.
KICKER_MAX_WORDS = 2


def _kicker(block: Block) -> bool:
    return block.words <= KICKER_MAX_WORDS and block.text.isupper()


def _in_furniture(states: list[State], i: int) -> bool:
    """Whether the lines right above and below were both removed by detectors (a byline, a counter)."""
    if i == 0 or i + 1 >= len(states):
        return False
    up, down = states[i - 1], states[i + 1]
    return (up.hard and up.verdict in REMOVED) and (down.hard and down.verdict in REMOVED)


def _drop_short(s: State, selected: frozenset[str]) -> None:
    if AMONG_BOILERPLATE.code in selected:
        s.verdict, s.code, s.reason = Verdict.DROP, AMONG_BOILERPLATE.code, "short line among boilerplate"
    else:
        s.verdict, s.reason = Verdict.KEEP, "short line (context rule not selected)"
