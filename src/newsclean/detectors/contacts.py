"""A box of phone numbers set beside or under an article: a hotline card, a town hall's contacts, a police tip line."""

from __future__ import annotations

import regex

from newsclean import rx
from newsclean.detectors.base import Context, Example, Outcome, detector

# A phone number as boxes print it: a leading 0 or +, then six or more figures in groups ("0900-8844",
# "+41 41 544 78 00", "01632 960 114", "(030) 123 45 67").
PHONE = rx.compile(r"(?<![\w.,/])(?<!\d\s)(?:\+\d{1,3}[\s.-]?|\(?0)[\d\s./()-]{4,16}\d(?![\w.,]?\d)")
# (not the groups of a figure: "1 018 000" is a million, not "018 000")
PHONE_MIN_DIGITS = 6
# A number after its label, whatever its first figure: "τηλ. 2410 537 210", "Tel.: 030 1234 567", "тел. 8 800 555".
LABELLED_PHONE = rx.compile(
    r"(?<!\w)(?:tel|tél|telefon|telefono|teléfono|telefone|phone|ph|τηλ|тел|電話)\.?\s?[:：]?\s?(\+?\d[\d\s./()-]{4,16}\d)",
    regex.I,
)
# A figure run that is a date, not a number to call ("05.07.2024").
DATE_LIKE = rx.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")
# An emergency number after its label: "Bij spoed: 112", "In an emergency: 999" (only inside a box of numbers).
EMERGENCY = rx.compile(r"[:：]\s?(?:112|911|999|110|000)$")
CONTACT_LINE_MAX_WORDS = 12
# Lines above the first number that head the box ("Tip de politie", "Heeft u iets gezien of gehoord?").
HEADING_MAX_WORDS = 8
HEADING_REACH = 2
# An article's sentence that announces the numbers is this long at least ("Kontakt:" is the box's own label).
INTRO_MIN_WORDS = 6


def _phone(text: str) -> bool:
    numbers = [m[0] for m in PHONE.finditer(text)] + [m[1] for m in LABELLED_PHONE.finditer(text)]
    return any(sum(c.isdigit() for c in n) >= PHONE_MIN_DIGITS and not DATE_LIKE.search(n) for n in numbers)


def contact_line(ctx: Context | None) -> bool:
    """A short line that gives a number to call: "Bel 0900-8844", "Anoniem melden: …, 0800-7000", "Bij spoed: 112"."""
    if ctx is None or ctx.words > CONTACT_LINE_MAX_WORDS or "digit" not in ctx.features:
        return False
    text = ctx.text.rstrip(" .")
    if ctx.sentence and not text[-1:].isdigit():
        return False  # "Call 0800 123 456 if you saw anything, police said." is the article's sentence
    return _phone(text) or EMERGENCY.search(text) is not None


def _in_box(ctx: Context) -> bool:
    """The line and another line of numbers next to it (directly, or with one line between)."""
    return any(contact_line(ctx.at(off)) for off in (-2, -1, 1, 2))


def _introduced(ctx: Context) -> bool:
    """The numbers follow an article sentence that announces them ("… on these numbers:"): the article's list."""
    k = -1
    while contact_line(ctx.at(k)):
        k -= 1
    above = ctx.at(k)
    return above is not None and above.words >= INTRO_MIN_WORDS and above.text.rstrip().endswith((":", "："))


def _heading(ctx: Context) -> bool:
    """A short heading or question right over the box's numbers."""
    if ctx.words > HEADING_MAX_WORDS or (ctx.sentence and not ctx.text.rstrip().endswith(("?", "？"))):
        return False
    for off in range(1, HEADING_REACH + 1):
        below = ctx.at(off)
        if contact_line(below):
            assert below is not None
            return _in_box(below) and not _introduced(below)
        if below is None or below.words > HEADING_MAX_WORDS:
            return False
    return False


@detector(
    "WG17", "widgets.contact_box", triggers=("digit", "short"), near=(("digit",), 2),
    flags=(Example("Tip de politie\nHeeft u iets gezien of gehoord?\nBel 0900-8844\nAnoniem melden: Meld Misdaad Anoniem, "
                   "0800-7000\nBij spoed: 112", "Anoniem melden: Meld Misdaad Anoniem, 0800-7000", language="nl"),
           Example("Hinweise an die Polizei\nTelefon: 0711 8990-3600\nE-Mail: hinweise@polizei.example\nNotruf: 110",
                   "Telefon: 0711 8990-3600", language="de"),
           Example("Mairie de Saint-Aubin\nAccueil : 02 99 55 41 20\nServices techniques : 02 99 55 41 27",
                   "Mairie de Saint-Aubin", language="fr"),
           "Phone: +41 41 544 78 00\nFax: +41 41 761 97 25",
           Example("Παπαδοπούλου Ελένη, Κύπρου 42, τηλ. 2410 537 210\nΖαχαρίου Αθανάσιος, Ηρώων 118, τηλ. 2410 611 904",
                   "Παπαδοπούλου Ελένη, Κύπρου 42, τηλ. 2410 537 210", language="el"),
           Example("Παπαδοπούλου Ελένη, Κύπρου 42, τηλ. 2410 537 210\nΖαχαρίου Αθανάσιος, Ηρώων 118, τηλ. 2410 611 904\n"
                   "Διανυκτερεύον: Μπαλτά Μαρία, Παπαναστασίου 7\nΔείτε όλα τα φαρμακεία »",
                   "Διανυκτερεύον: Μπαλτά Μαρία, Παπαναστασίου 7", language="el")),
    keeps=(Example("Police asked anyone who saw the van to call 0800 555 111, quoting crime number 4412.\n"
                   "The van was found burnt out two days later.",
                   "Police asked anyone who saw the van to call 0800 555 111, quoting crime number 4412."),
           Example("Wer Hilfe braucht, erreicht die Beratungsstellen unter diesen Nummern:\nTelefonseelsorge: 0800 111 0 111\n"
                   "Kinder- und Jugendtelefon: 0800 111 0 333", "Telefonseelsorge: 0800 111 0 111", language="de"),
           "Hotline: 0800 123 456",
           Example("År | Utlån | Kostnad (kr)\n2021 | 18 430 | 962 000\n2022 | 16 905 | 1 018 000\n2023 | 15 240 | 1 074 000",
                   "2022 | 16 905 | 1 018 000", language="sv"),
           Example("The count was published on 05.07.2024.\nVotes: 12.04.2024\nTurnout: 61%", "Votes: 12.04.2024")),
)
def contact_box(ctx: Context) -> Outcome:
    """A box of phone numbers (two or more lines that give one) and the heading over it."""
    if contact_line(ctx):
        return None if not _in_box(ctx) or _introduced(ctx) else "contact box (phone numbers)"
    if _heading(ctx):
        return "heading of a contact box"
    return "last entry of a contact box, over its link" if _last_entry(ctx) else None


def _last_entry(ctx: Context) -> bool:
    """"Διανυκτερεύον: Μπαλτά Μαρία, Παπαναστασίου 7": a short entry under the box's numbers, over the box's link."""
    if ctx.words > CONTACT_LINE_MAX_WORDS or ctx.sentence:
        return False
    above, below = ctx.at(-1), ctx.at(1)
    return (above is not None and below is not None and contact_line(above) and _in_box(above)
            and "link_arrow" in below.features)


DETECTORS = (contact_box,)
