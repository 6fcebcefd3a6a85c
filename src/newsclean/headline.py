"""The page's headline: which line is it, and which other lines are copies of it."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean import rx
from newsclean.canonical import normalize_line
from newsclean.dates import find_date, is_relative
from newsclean.detectors.widgets import LISTEN, RUNNING_TIME
from newsclean.languages import Lexicon, dotless
from newsclean.model import Block, Page, Quality
from newsclean.names import JOB_WORDS, looks_like_name, names_in_byline, organisation
from newsclean.patterns import (
    AGE_NOTICE,
    ARCHIVE_PHOTO_TAIL,
    CJK_PHOTOGRAPHER_TAIL,
    EMAIL,
    FACT_SEPARATOR,
    FIELD_LINE,
    GREEK_LETTER,
    MENU_SEPARATOR,
    PLAY_MARKS,
    READ_ALOUD_NOTE,
    SENTENCE_BREAK,
    SITE_SEPARATOR,
    abbreviated_headline,
    agency_pattern,
)
from newsclean.prose import CJK_CHAR, count_words, ends_like_sentence, without_marks

QUOTES = "\"'“”‘’«»„‚"
LETTER_WORD = rx.compile(r"\p{L}+")
# Where a title line may split into site name and headline when a copy of the headline is found:
# the usual separators, and also "»", "›" and a colon ("Lulebladet: Headline").
FORM_SEPARATOR = rx.compile(SITE_SEPARATOR.pattern + r"|\s[»›]\s(?=\p{Lu})|(?<=\p{L}):\s")
# "Ruhrsport.de: Headline": a domain before a colon ("Camille Dorval : « … »" is a headline).
SITE_COLON = rx.compile(r"^([\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})(:\s)", regex.I)
# A headline is at most this long; longer lines are never taken for one.
MAX_HEADLINE_WORDS = 40
# A title line is never longer than this (a block not split into words, past max_lines, can be).
MAX_HEADLINE_CHARS = 1000
# A site name after " | " or " - " has at most this many words.
MAX_SITE_WORDS = 5
# A part of the title line must have this many words to count as the headline.
MIN_HEADLINE_WORDS = 2
MIN_HEADLINE_LETTERS = 8


@dataclass(frozen=True)
class Headline:
    """The headline text and the indices of every block that is a copy of it."""

    text: str
    copies: frozenset[int]


def key(text: str) -> str:
    """Comparison form: case-folded, quotes and spacing ignored, final punctuation kept."""
    return normal_key(normalize_line(text))


def normal_key(normal: str) -> str:
    """``key`` of a line already normalised (``normalize_line``)."""
    folded = dotless(normal.strip(QUOTES + " ").casefold())  # Turkish: "YILLIK" = "Yıllık"
    if "…" in folded:
        folded = folded.replace("…", "...")  # a title line's "Ama..." is its copy's "Ama…"
    # Greek capitals drop their accents ("ΚΛΕΙΝΕΙ" is "Κλείνει"): compare without them
    return without_marks(folded)


def _parts(title: str) -> list[str]:
    """The title line and every run of its pieces between separators ("Opinion | H - Site")."""
    separators = [m.span() for m in FORM_SEPARATOR.finditer(title)]
    site_colon = SITE_COLON.match(title)  # "Ruhrsport.de: Headline"
    if site_colon and _site_like(site_colon.group(1)):
        separators = [site_colon.span(2), *separators]
    cuts = [(0, 0), *separators, (len(title), len(title))]
    pieces = [(i, count_words(title[cuts[i][1] : cuts[i + 1][0]])) for i in range(len(cuts) - 1)]
    longest = max(pieces, key=lambda p: p[1])[0]  # the headline; the short pieces are site names
    forms = [
        title[cuts[i][1] : cuts[j][0]].strip()
        for i in range(len(cuts) - 1)
        for j in range(i + 1, len(cuts))
        if i <= longest < j
    ]
    return [f for f in forms if count_words(f) >= MIN_HEADLINE_WORDS]


def _site_like(text: str) -> bool:
    """A site name: a few words, not a sentence, starting with a capital letter or a domain."""
    first = text.split()[0] if text.split() else ""
    return (
        0 < count_words(text) <= MAX_SITE_WORDS
        and not ends_like_sentence(text)
        and (first[:1].isupper() or "." in first or (first[:1].isalpha() and not first[:1].islower()))
        and not _mostly_lower_case(text)
    )  # capitals, a domain, or a script without case (Japanese); never a digit ("– 12 injured")


# "Länder sollen die Hälfte zahlen" after " – " is the headline's second clause: a site's name of three
# words or more capitalises at least half of them ("Corriere della Sera", "de Volkskrant").
SITE_CASE_MIN_WORDS = 3


def _mostly_lower_case(text: str) -> bool:
    cased = [w for w in text.split() if w[:1].isupper() or w[:1].islower()]
    return len(cased) >= SITE_CASE_MIN_WORDS and 2 * sum(1 for w in cased if w[0].isupper()) < len(cased)


def _site_suffix_stripped(title: str) -> str | None:
    """"Headline | Site" → "Headline", "Site | Headline" → "Headline": the site side must look like one."""
    seps = list(SITE_SEPARATOR.finditer(title))
    if not seps:
        return None
    head, tail = title[: seps[-1].start()].strip(), title[seps[-1].end():].strip()
    if _site_like(tail) and count_words(head) >= MIN_HEADLINE_WORDS and count_words(head) >= count_words(tail):
        return head
    head, tail = title[: seps[0].start()].strip(), title[seps[0].end():].strip()
    if _site_like(head) and count_words(tail) > count_words(head) + 2:
        return tail
    return None


SITE_NAME_TAIL_MAX_WORDS = 4


def _site_name_tail(text: str) -> bool:
    """The line ends in a short site name after a separator ("… | Orchard Lane Cider Co.")."""
    parts = SITE_SEPARATOR.split(text)
    tail = parts[-1].split()
    # (a name: its words capitalised, "Orchard Lane Cider Co."; not "… – résumé text line here.")
    return len(parts) > 1 and 0 < len(tail) <= SITE_NAME_TAIL_MAX_WORDS and all(w[:1].isupper() or w == "&" for w in tail)


def find(page: Page, canonical: tuple[str, ...]) -> Headline | None:
    """Find the headline from the first line (the page title) and its copies further down.

    ``canonical`` holds each block's normalised text, by block index.
    """
    if not page.blocks:
        return None
    first = page.blocks[0]
    if (first.words > MAX_HEADLINE_WORDS or len(first.text) > MAX_HEADLINE_CHARS
            or (first.text.rstrip(QUOTES).endswith((".", "。")) and not _site_name_tail(first.text))):
        return None  # a line ending in a full stop is a sentence, not a title ("… | Orchard Lane Cider Co." is one)
    words = LETTER_WORD.findall(first.text)
    if len(words) < MIN_HEADLINE_WORDS or sum(map(len, words)) < MIN_HEADLINE_LETTERS:
        return None  # "0:0", "A:A", "★★★": a headline has words
    title_line = canonical[first.index]
    parts = _parts(title_line)
    forms = {normal_key(f): f for f in parts}
    loose_forms = {_loose(k): f for k, f in forms.items()}
    first_key = normal_key(title_line)
    copies: set[int] = set()
    matched: set[str] = set()
    printed: dict[str, str] = {}  # each matched form as its copy prints it
    for block in page.blocks[1:]:
        if block.words > MAX_HEADLINE_WORDS:
            continue
        text = canonical[block.index]
        if block is page.blocks[1] and text == title_line and not SITE_SEPARATOR.search(title_line):
            continue  # a paragraph printed twice in a row is text, not a title and its copy
        k = normal_key(text)
        form = forms.get(k)
        if form is None and not ends_like_sentence(text):
            form = loose_forms.get(_loose(k))  # "Riapre il ponte, dopo 14 mesi …" in the title line is "Riapre il ponte:
            # dopo 14 mesi …" as printed (not a quote's sentence, "«Δεν υπέγραψα ποτέ …»" under the title's "… : «…»")
        if form is not None:
            copies.add(block.index)
            matched.add(form)
            printed.setdefault(form, text)
        elif first_key in _block_forms(text) and not _imprint(title_line, text):
            copies.add(block.index)
            matched.add(title_line)
    copies = _before_most_prose(page, copies)
    if not copies:
        stripped = _site_suffix_stripped(title_line)
        if stripped and not ends_like_sentence(stripped):
            return Headline(stripped, frozenset({first.index}))
        return None
    inner = [m for m in matched if m != title_line]
    text = max(inner, key=lambda m: (len(m.split()), len(m))) if inner else (
        _site_suffix_stripped(title_line) or title_line
    )
    return Headline(_capitalised_as_printed(text, printed.get(text)), frozenset(copies | {first.index}))


PUNCTUATION = rx.compile(r"[^\w\s]+")


def _loose(key: str) -> str:
    """A headline's key without its punctuation: the title line and the page may punctuate a clause differently."""
    return " ".join(PUNCTUATION.sub(" ", key).split())


def _before_most_prose(page: Page, copies: set[int]) -> set[int]:
    """The copies, unless all come after nearly all the page's prose while another line above them is printed
    twice: then the first line is the site's name, printed again in the footer ("Le Journal de la Vigne"), and
    the twice-printed line is the headline."""
    total = sum(b.words for b in page.blocks if b.quality is Quality.PROSE)
    if not total or not copies:
        return copies
    seen = 0
    for block in page.blocks:
        if block.index in copies and seen < HEADLINE_PROSE_SHARE * total:
            return copies  # printed over the article (a later copy in a related list is a copy too)
        if block.quality is Quality.PROSE:
            seen += block.words
    # only late copies: the site's name in the footer, among its legal links, or while another line above is
    # printed twice (the real headline); otherwise a recipe card's title printed again under the story
    first_copy = min(copies)
    counts: dict[str, int] = {}
    footer = False
    for block in page.blocks[1:]:
        if block.index < first_copy and block.words >= MIN_HEADLINE_WORDS * 2:
            counts[block.text] = counts.get(block.text, 0) + 1
        elif first_copy < block.index <= first_copy + FOOTER_REACH and FOOTER_WORDS.search(block.text):
            footer = True
    return set() if footer or any(n > 1 for n in counts.values()) else copies


FOOTER_REACH = 8
FOOTER_WORDS = rx.compile(
    r"©|copyright|impressum|mentions légales|privacy|datenschutz|aviso legal|privacidad|note legali|privacidade|"
    r"colofon|privacybeleid|polityka prywatności|gizlilik|όροι χρήσης|απορρήτου|конфіденційн|конфиденциальн|"
    r"利用規約|プライバシー|integritetspolicy|accessibility|barrierefreiheit|accessibilité|accesibilidad|accessibilità|"
    r"acessibilidade|toegankelijkheid|dostępność|erişilebilirlik|terms of (?:use|service)|sitemap|plan du site|"
    r"mapa del sitio|mappa del sito|mapa do site|all rights reserved|alle rechte vorbehalten|tous droits réservés", regex.I
)


HEADLINE_PROSE_SHARE = 0.9


def _imprint(title_line: str, text: str) -> bool:
    """A footer's imprint naming the first line, the site: "Câmara Municipal de X · Praça …, 1 · Tel. 275 …".

    The first line is then the site's name (a masthead), not a title with its copy: besides the name,
    the imprint holds numbers (a street, a postcode, a phone or tax number) between separators.
    """
    if not _site_like(title_line) or len(SITE_SEPARATOR.findall(text)) < IMPRINT_MIN_SEPARATORS:
        return False
    rest = normal_key(text).replace(normal_key(title_line), " ", 1)
    return any(c.isdigit() for c in rest)


# "Name · street · postcode town": a title line has one separator, at most two with a section.
IMPRINT_MIN_SEPARATORS = 2


def _capitalised_as_printed(form: str, copy: str | None) -> str:
    """A title form cut after a kicker ("Liveblog: grote storing …") takes its copy's capital ("Grote storing …"), and
    one the page punctuates otherwise takes the page's punctuation."""
    if copy is not None and form[:1].islower() and copy[:1].isupper() and copy[1:] == form[1:]:
        return copy
    if copy is not None and normal_key(copy) != normal_key(form):
        return copy  # (matched loosely: the printed headline is the article's)
    return form


# The title line may sit under a menu; its copy without the site name follows within this many blocks
# (a site name, a menu, a subscribe button and a breadcrumb may stand between them).
PAIR_REACH = 8


def suffixed_pair(page: Page, canonical: tuple[str, ...]) -> Headline | None:
    """The headline of a page whose title line comes after the menu: "Headline | Site", then "Headline".

    A line with a site suffix printed again without it, a few lines further down, is the title line and
    the printed headline, wherever the menu puts them.
    """
    blocks = page.blocks[:MAX_TOP_BLOCKS]
    for n, block in enumerate(blocks):
        if block.words > MAX_HEADLINE_WORDS:
            continue
        stripped = _site_suffix_stripped(canonical[block.index])
        if stripped is None or (ends_like_sentence(stripped) and not abbreviated_headline(stripped, block.words)):
            continue  # (a headline may end in a surname's initial: "… dla Henryka S.")
        # "Headline — UniNews | Università di Altavilla": a section and a site, stripped one after the other
        forms = [stripped, *([again] if (again := _site_suffix_stripped(stripped)) else [])]
        for form in forms:
            wanted = normal_key(form)
            for later in blocks[n + 1 : n + 1 + PAIR_REACH]:
                if normal_key(canonical[later.index]) == wanted:
                    return Headline(form, frozenset({block.index, later.index}))
            if n > 0 and normal_key(canonical[blocks[n - 1].index]) == wanted:
                return Headline(form, frozenset({block.index, blocks[n - 1].index}))  # the headline, then its title line
    return None


# A page without a title line prints its headline once, where headlines stand: right above the byline
# and date lines (a standfirst may come between), before the first paragraph.
POSITION_REACH = 14  # blocks above the first paragraph looked at
POSITION_META_REACH = 3  # a date or byline within this many blocks under the headline
POSITION_MIN_WORDS = 4
POSITION_META_MAX_WORDS = 12
META_RESIDUE_MAX_WORDS = 4  # "Publié le … à 10:12 par Julien Martin" keeps its date and a few words
BYLINE_KEYS = frozenset({"byline", "author_label", "published", "updated", "reporting_by", "source_label"})
NAV_ARROWS = "←→‹›⟵⟶"
PREVIOUS_NEXT = rx.compile(
    r"^[«‹<]?\s*(?i:(?:previous|next|older|newer) (?:post|article|entry|story)|article (?:précédent|suivant)|"
    r"(?:entrada|artículo|noticia) (?:anterior|siguiente)|articolo (?:precedente|successivo)|(?:post|artigo) (?:anterior|seguinte)|"
    r"(?:vorheriger|nächster) (?:beitrag|artikel)|(?:vorige|volgende) (?:bericht|artikel)|(?:poprzedni|następny) (?:wpis|artykuł)|"
    r"(?:önceki|sonraki) (?:yazı|haber)|(?:προηγούμενο|επόμενο) άρθρο|(?:попередній|наступний) запис|"
    r"(?:предыдущая|следующая) запись|前の記事|次の記事)"
)
GUILLEMETS = rx.compile(r"«[^«»]*»")
ORGANISATION_MAX_WORDS = 4
CLIP_LENGTH = rx.compile(r"\(\d{1,2}:\d{2}\)$")


def locate(page: Page, lexicon: Lexicon, canonical: tuple[str, ...]) -> Headline | None:
    """The headline from the title line and its copies, else from its place above the byline.

    A title line without a copy on the page (an SEO title: "Ferry strike strands commuters | Site")
    leaves the printed headline to be found by its place; that one is the title, as a page's <h1> is.
    """
    found = find(page, canonical)
    if found is not None and found.copies != frozenset({0}):
        return found
    placed = suffixed_pair(page, canonical) or by_position(page, lexicon, canonical)
    if placed is None or (found is not None and 0 in placed.copies):
        return found  # the title line itself, over its byline: its site suffix is already cut
    return Headline(placed.text, placed.copies | (found.copies if found else frozenset()))


def by_position(page: Page, lexicon: Lexicon, canonical: tuple[str, ...]) -> Headline | None:
    """The headline of a page that prints it once: the line above its byline and date.

    Without a metadata line under it, no line is taken: a sub-heading above a paragraph is no headline
    (and a cleaned body, which has no such lines, keeps its first line).
    """
    blocks = page.blocks
    starts = [b.index for b in blocks[:MAX_TOP_BLOCKS] if b.quality is Quality.PROSE
              and ends_like_sentence(canonical[b.index])
              and not abbreviated_headline(canonical[b.index], b.words)][:POSITION_STARTS]
    for first in starts:  # a cookie notice in prose may come before the headline and its text
        found = _above(first, blocks, lexicon, canonical)
        if found is not None:
            return found
    for first in starts:  # (the standfirst under the headline, past that notice too)
        found = _over_standfirst(first, blocks, lexicon, canonical)
        if found is not None:
            return found
    return None


# How far under the standfirst the byline or date line may come (past the lead photo's caption and credit).
STANDFIRST_BYLINE_REACH = 5


def _over_standfirst(first: int, blocks: tuple[Block, ...], lexicon: Lexicon, canonical: tuple[str, ...]) -> Headline | None:
    """The headline right over the standfirst, when the byline or date comes under the standfirst, past the lead photo
    ("Hitze im Südwesten: So schützen Sie sich" / standfirst / caption / credit / "Von Miriam Kessler" / "Stand: …")."""
    i = first - 1
    if i < 0 or blocks[i].words < POSITION_MIN_WORDS or not _headline_shaped(canonical[i], blocks[i].words, lexicon):
        return None
    if ends_like_sentence(canonical[i]) or _byline_like(canonical[i], blocks[i].words, lexicon):
        return None
    for k in range(first + 1, min(len(blocks), first + 1 + STANDFIRST_BYLINE_REACH)):
        text, words = canonical[k], blocks[k].words
        if _byline_like(text, words, lexicon) or (words >= POSITION_MIN_WORDS and _meta_like(text, words, lexicon)):
            return _headline_at(i, first, canonical)
        if blocks[k].quality is Quality.PROSE and words > blocks[first].words:
            return None  # article text before any byline: the line over the first paragraph is a sub-heading
    return None


# The first paragraphs tried as the article's first: a cookie or consent notice written in sentences
# may stand above the headline ("Questo sito utilizza cookie …", then the menu, then the headline).
POSITION_STARTS = 2


FACT_SHEET_FIELDS = 3


def _in_fact_sheet(i: int, canonical: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Line ``i`` and the two under it are labelled fields ("Label: value") the lexicon does not know: a fact sheet."""
    fields = canonical[i : i + FACT_SHEET_FIELDS]
    return (len(fields) == FACT_SHEET_FIELDS and all(FIELD_LINE.match(f) is not None for f in fields)
            and all(lexicon.prefix_key(f.casefold()) is None for f in fields[1:]))


def _above(first: int, blocks: tuple[Block, ...], lexicon: Lexicon, canonical: tuple[str, ...]) -> Headline | None:
    """The headline above paragraph ``first``: the nearest headline-shaped line with a byline under it."""
    bylined = False  # a byline or date line passed between the line looked at and the text
    for i in range(first - 1, max(-1, first - 1 - POSITION_REACH), -1):
        text, words = canonical[i], blocks[i].words
        if words < POSITION_MIN_WORDS or _meta_like(text, words, lexicon) or _byline_like(text, words, lexicon):
            bylined = bylined or (words >= POSITION_MIN_WORDS and i + 1 < first)
            continue  # a date, a byline, a button or a label between the headline and the text
        if (CAPTION_CREDIT_TAIL.search(text) or ARCHIVE_PHOTO_TAIL.search(text) or lexicon.line_key(text.casefold()) is not None
                or AGE_NOTICE.match(text.casefold()) or READ_ALOUD_NOTE.search(text)):
            continue  # the lead photo's caption ("… sevinç yaşadı. (Fotoğraf: AA)"), a button ("この記事を保存"), a banner
            # over an old article ("This was published 11 months ago"), a read-aloud player's note
        if _in_fact_sheet(i, canonical, lexicon):
            continue  # "Stat: Yeni Porsuk Stadyumu" over "Hakemler: …" and the line-ups: a match sheet's field, no headline
        if (blocks[i].quality is Quality.PROSE and ends_like_sentence(text) and not abbreviated_headline(text, words)
                and not (text.endswith(("?", "？")) and _byline_under(i, blocks, canonical, lexicon))):
            if bylined and i > 0 and _headline_shaped(canonical[i - 1], blocks[i - 1].words, lexicon):
                return _headline_at(i - 1, first, canonical)  # headline, standfirst, then the byline and date
            return None  # article text above: the headline is not in this stretch (a question over a byline is one)
        if ((not _headline_shaped(text, words, lexicon) and not _title_case_over_date(i, blocks, canonical, lexicon))
                or _job_title_under_name(i, canonical) or _labelled_credit(text, lexicon) or _section_name(i, blocks, canonical)):
            continue
        if i == 0 and not (len(blocks) > 1 and _meta_like(canonical[1], blocks[1].words, lexicon)):
            continue  # the first line is taken only over a byline or date line right under it (a body read alone opens
            # with its standfirst, over a scoreline)
        if (_byline_under(i, blocks, canonical, lexicon) or (i + 1 < len(blocks) and WAVE_SUBTITLE.match(canonical[i + 1]))
                or (bylined and i + 2 < first and blocks[i + 1].quality is Quality.PROSE
                    and blocks[i + 1].words > blocks[i].words and not SITE_SEPARATOR.search(canonical[i + 1]))):
            # (over a longer standfirst, the byline and date under it; not over the page's title with its site's name)
            return _headline_at(_headline_above_standfirst(i, blocks, canonical, lexicon), first, canonical)
    return _under_date(first, blocks, lexicon, canonical)


# A copy differs from the headline in length by at most its quotes and spacing.
COPY_SIZE_SLACK = 6


def _headline_at(top: int, first: int, canonical: tuple[str, ...]) -> Headline:
    """The headline on block ``top`` with its copies: right above it, below it before the text at ``first``
    (printed again under the byline and date: "Lusa", "12 ago 2024", headline), and further down as a line of
    its own (over the lead photo, under the share bar, in a list of related stories)."""
    wanted = key(canonical[top])
    below = {k for k in range(top + 1, first) if key(canonical[k]) == wanted}
    size = len(canonical[top])
    below.update(k for k in range(first, len(canonical))
                 if abs(len(canonical[k]) - size) <= COPY_SIZE_SLACK and normal_key(canonical[k]) == wanted)
    # the page's title further down, the site's name after it ("台風14号 … | 瀬戸内テレビ STV NEWS")
    below.update(k for k in range(first, len(canonical))
                 if len(canonical[k]) > size and canonical[k].startswith(canonical[top][:COPY_PREFIX_CHARS])
                 and (bare := _site_suffix_stripped(canonical[k])) is not None and key(bare) == wanted)
    return Headline(canonical[top], frozenset(_printed_again(top, canonical) | below))


# A copy with the site's name after it starts as the headline does (a cheap test before the title is cut).
COPY_PREFIX_CHARS = 12


TITLE_CASE_HEADLINE_MIN_WORDS = 5


def _title_case_over_date(i: int, blocks: tuple[Block, ...], canonical: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A headline set in title case ("2024-2025 Akademik Yılı Başarı Bursu Sonuçları Açıklandı") right over its date
    line: every word capitalised, as a menu's would be, but one line of five or more words under which the date stands."""
    text = canonical[i]
    if (blocks[i].words < TITLE_CASE_HEADLINE_MIN_WORDS or "  " in blocks[i].text or MENU_SEPARATOR.search(text)
            or not text[:1].isalnum() or CLIP_LENGTH.search(text)):
        return False
    cased = [t for t in LETTER_WORD.findall(text) if t[:1].isupper() != t[:1].islower()]
    if not cased or any(t[:1].islower() for t in cased):
        return False  # (a line with lower-case words is judged as any headline is)
    if text.rstrip(QUOTES).endswith((".", ":", "：", "。")) or i + 1 >= len(blocks):
        return False
    return _meta_like(canonical[i + 1], blocks[i + 1].words, lexicon)


# A caption closed by its photo credit: "… sevinç yaşadı. (Fotoğraf: AA)", "… on Tuesday. Photo: Jane Doe".
CAPTION_CREDIT_TAIL = rx.compile(
    r"[(\[](?:photo|foto|fotoğraf|fotografia|fot\.|bild|φωτ\.?|φωτογραφία|фото|写真)\s?[:/]?\s?[^()\[\]]{1,40}[)\]]$|"
    r"[.!?]\s(?:photo|foto|fotoğraf|fot\.|bild|φωτ\.?|фото)\s?:\s[^.!?]{1,40}$|"
    rf"{CJK_PHOTOGRAPHER_TAIL}",  # "…高木醸造で（撮影・松永健）": a Japanese caption's photographer
    regex.I,
)
# "～ 伊豆の金目鯛を香ばしく炙った、冬季限定の特製弁当 ～": a Japanese press release's subtitle, right under its headline.
WAVE_SUBTITLE = rx.compile(r"^[～〜]\s*\S.*[～〜]$")
# A section's name printed over its article ("ニュースリリース", "Notizie dal comune") is in the menu too.
SECTION_NAME_MAX_WORDS = 5
SECTION_NAME_MAX_CHARS = 12


CRUMB_STEP = rx.compile(r"\s*[>›»＞/|]\s*")


def _section_name(i: int, blocks: tuple[Block, ...], canonical: tuple[str, ...]) -> bool:
    """A short line printed before in the menu or the breadcrumb, not right above: the section's name."""
    if blocks[i].words > SECTION_NAME_MAX_WORDS and len(canonical[i]) > SECTION_NAME_MAX_CHARS:
        return False
    wanted = key(canonical[i])
    if i > 0 and (steps := CRUMB_STEP.split(canonical[i - 1])) and len(steps) > 1 and key(steps[-1]) == wanted:
        return True  # "ホーム ＞ ニュース ＞ プレスリリース" right above "プレスリリース": the crumb's last step
    return any(key(canonical[k]) == wanted for k in range(i - 1)) and key(canonical[i - 1]) != wanted


def _under_date(first: int, blocks: tuple[Block, ...], lexicon: Lexicon, canonical: tuple[str, ...]) -> Headline | None:
    """Failing a headline over a byline: the headline-shaped line right over the text, under the date line
    ("18.02.2025" / "Stadtrat beschließt Haushalt 2025: …" / the text); a button may stand between."""
    i = first - 1
    while i > 0 and (blocks[i].words < POSITION_MIN_WORDS
                     or (blocks[i].words <= DOWNLOAD_LINK_MAX_WORDS and DOWNLOAD_LINK.search(canonical[i]))):
        i -= 1  # (a button, or the release's download link: "PDFをダウンロード（756KB）")
    if i <= 0 or not _meta_like(canonical[i - 1], blocks[i - 1].words, lexicon):
        return None
    text, words = canonical[i], blocks[i].words
    if (not _headline_shaped(text, words, lexicon) or _meta_like(text, words, lexicon) or _byline_like(text, words, lexicon)
            or LABEL_OPENING.match(text) or is_relative(text, lexicon) or SENTENCE_BREAK.search(text)
            or text[:1].islower()):
        return None  # (nor "πριν από 6 ώρες": a relative time; nor two sentences: "… compensated. All opinions …";
        # nor "a cura dell'Ufficio …": a headline starts with a capital)
    return Headline(text, frozenset(_printed_again(i, canonical)))


DOWNLOAD_LINK = rx.compile(r"(?i)(?<!\w)pdf(?!\w)|ダウンロード|download|herunterladen|télécharger|descargar|scarica|baixar")
DOWNLOAD_LINK_MAX_WORDS = 8


# "Czas czytania: 3 min", "Ocena: 4,8/5": a label and its value, no headline.
LABEL_OPENING = rx.compile(r"^\p{L}+(?:\s\p{L}+)?\s?:\s")


# "Консультантка: Ірина Гайова, лікарка загальної практики", "Fact check: Jane Doe, health editor": a short label,
# a colon, then a person and their role (a headline's colon is followed by what happened, not by a name and a comma).
CREDIT_LABEL_MAX_WORDS = 2


def _labelled_credit(text: str, lexicon: Lexicon) -> bool:
    """A credit line naming someone besides the author (a consultant, a fact checker): no headline."""
    label, colon, value = text.partition(":")
    if not colon or not 0 < count_words(label) <= CREDIT_LABEL_MAX_WORDS:
        return False
    found = names_in_byline(value, lexicon.stopwords)
    value = value.strip()
    return bool(found) and value.startswith(found[0]) and value[len(found[0]):].lstrip()[:1] in (",", "")


def _job_title_under_name(i: int, canonical: tuple[str, ...]) -> bool:
    """"Economista e professora na …" under "Joana Castelo Branco": the author's job title, not a headline."""
    return i > 0 and JOB_WORDS.search(canonical[i]) is not None and looks_like_name(canonical[i - 1])


def _headline_above_standfirst(i: int, blocks: tuple[Block, ...], canonical: tuple[str, ...], lexicon: Lexicon) -> int:
    """Of a headline and a standfirst printed without a full stop, the headline is the upper line.

    Only a line that reads like a sentence counts as the upper one, with function words and single
    spaces: a menu above the headline is a row of labels, a kicker ("Krieg in der Ukraine") a few words.
    """
    up = i - 1
    if up < 0 or key(canonical[up]) == key(canonical[i]) or blocks[up].quality is Quality.LIST:
        return i
    if _crumb_names(i, canonical):
        return i  # "Home › Newsroom › Harbour Bridge to close …" above: the breadcrumb ends in the headline
    text, words = canonical[up], blocks[up].words
    if words <= KICKER_MAX_WORDS:
        return i
    tokens = LETTER_WORD.findall(text)
    if "  " in blocks[up].text or not (any(t[:1].islower() and t in lexicon.stopwords for t in tokens)
                                       or sum(t[:1].islower() for t in tokens) >= SENTENCE_LOWER_WORDS):
        return i  # function words (or several words) in lower case: a sentence's words, not labels ("国内　国際　IT")
    if sum(t[:1].islower() for t in tokens) < SENTENCE_LOWER_WORDS and KICKER_SEPARATOR.search(text):
        return i  # "Manche 5 – Circuit du Val d'Orvanne": two labels set apart, a kicker over the headline
    if (_meta_like(text, words, lexicon) or _byline_like(text, words, lexicon) or not _headline_shaped(text, words, lexicon)
            or AGE_NOTICE.match(text.casefold())):
        return i
    return up


KICKER_MAX_WORDS = 5
KICKER_SEPARATOR = rx.compile(r"\s[–—-]\s|\s?:\s|\s\|\s")
SENTENCE_LOWER_WORDS = 3
CRUMB_REACH = 4


def _crumb_names(i: int, canonical: tuple[str, ...]) -> bool:
    """A breadcrumb trail a few lines above block ``i`` ends in its text: the page's headline."""
    wanted = key(canonical[i])
    for k in range(max(0, i - CRUMB_REACH), i):
        crumbs = MENU_SEPARATOR.split(canonical[k])
        if len(crumbs) >= 2 and key(crumbs[-1]) == wanted:
            return True
    return False


def _printed_again(i: int, canonical: tuple[str, ...]) -> set[int]:
    """The headline's block and the copies of it printed right above ("Headline", "Headline")."""
    found = {i}
    k = i - 1
    while k >= 0 and key(canonical[k]) == key(canonical[i]):
        found.add(k)
        k -= 1
    return found


def _byline_under(i: int, blocks: tuple[Block, ...], canonical: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A byline or date line follows block ``i`` closely, with at most a standfirst or a desk's name
    between them (not "Back to Companies": "Log in to Ledgerline" above a link is a menu, no headline)."""
    standfirsts = 0
    end = min(len(blocks), i + 1 + POSITION_META_REACH)
    k = i
    player = False
    while k + 1 < end:
        k += 1
        if _player_label(canonical[k], lexicon) or (player and PLAYER_TIME.match(canonical[k])):
            player = True  # "Artikel anhören", "▶ 0:00 / 5:48": a read-aloud player between them (a clock alone is a video's)
            end = min(len(blocks), end + 1)
            continue
        if not PROMPT_KEYS.isdisjoint(lexicon.contains_keys(canonical[k].casefold())):
            continue  # "Il vous reste 2 articles gratuits …": the paywall's line, no standfirst ("Kabul Et": no byline)
        if _meta_like(canonical[k], blocks[k].words, lexicon) or _byline_like(canonical[k], blocks[k].words, lexicon):
            return True
        standfirst = blocks[k].quality is Quality.PROSE and ends_like_sentence(canonical[k])
        standfirsts += standfirst
        if (not standfirst and (blocks[k].words > DESK_MAX_WORDS or lexicon.prefix_key(canonical[k].casefold())
                                or any(c.isdigit() for c in canonical[k]))) or standfirsts > STANDFIRSTS_MAX:
            return False  # paragraphs, then a name: a letter signed under its text, not a byline
    return False


STANDFIRSTS_MAX = 1
PLAYER_TIME = rx.compile(r"^[▶►⏵]?\s?\d{1,2}:\d{2}(?:\s?/\s?\d{1,2}:\d{2})?$")


def _player_label(text: str, lexicon: Lexicon) -> bool:
    """A read-aloud player's label ("Ouvir este artigo · 6 min") or its note on the synthetic voice."""
    if READ_ALOUD_NOTE.search(text) is not None or "now_playing" in lexicon.contains_keys(text.casefold()):
        return True
    return (count_words(text) <= PLAYER_LABEL_MAX_WORDS and LISTEN.search(text.casefold()) is not None
            and RUNNING_TIME.search(text) is not None)


PLAYER_LABEL_MAX_WORDS = 8
PROMPT_KEYS = frozenset({"paywall", "newsletter", "cookie", "app", "share"})


MAX_TOP_BLOCKS = 60


def _meta_like(text: str, words: int, lexicon: Lexicon) -> bool:
    """A date line or a byline ("By …", "Published …", "19 Feb 2025 06:00")."""
    if words > POSITION_META_MAX_WORDS and len(LETTER_WORD.findall(text)) > POSITION_META_MAX_WORDS // 2:
        # (figures count as words: "Anadolu Ajansı | 16.03.2025 - 21:47 | Güncelleme: …" has three words of letters)
        return words <= 2 * POSITION_META_MAX_WORDS and (_stamp_pair(text, lexicon) or _cjk_stamp(text, lexicon))
    lower = text.casefold()
    prefix = lexicon.prefix_key(lower)
    if prefix is not None and prefix[0] in BYLINE_KEYS:
        return True
    if not any(c.isdigit() for c in text):
        return False
    found = find_date(text, lexicon)
    if found is None:  # "3/21(金) 18:42配信": a stamp without its year, mostly figures around a time
        return STAMP_TIME.search(text) is not None and STAMP_DAY.search(text) is not None and _mostly_figures(text)
    start, end = found[1]  # the date and little else: "3 March 2023: tenants protest outside" is a timeline entry
    if len(LETTER_WORD.findall(text[:start] + " " + text[end:])) <= META_RESIDUE_MAX_WORDS:
        return True
    # "Jonas Albrecht · 03.04.2025 · 6 Min. Lesezeit · 41 Kommentare": a strip of short facts, one of them the date
    parts = FACT_SEPARATOR.split(text)
    if len(parts) >= 2 and all(count_words(p) <= META_PART_MAX_WORDS for p in parts):
        return True
    # "March 4, 2025 11:32 AM GMT · Updated 3 hours ago": the date and its time, then short facts
    dated = [p for p in parts if (d := find_date(p, lexicon)) is not None
             and len(LETTER_WORD.findall(p[:d[1][0]] + " " + p[d[1][1]:])) <= META_RESIDUE_MAX_WORDS]
    return len(parts) >= 2 and len(dated) == 1 and all(count_words(p) <= STAMP_FACT_MAX_WORDS for p in parts
                                                         if p is not dated[0])


def _mostly_figures(text: str) -> bool:
    """Fewer letters than figures and marks: a stamp ("3/21(金) 18:42配信"), not words."""
    return 2 * sum(c.isalpha() for c in text) < len(text.replace(" ", ""))


STAMP_DAY = rx.compile(r"(?<!\d)\d{1,2}[/.月]\d{1,2}(?!\d)")  # "3/21", "21.3", "3月21"
STAMP_TIME = rx.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)")
META_PART_MAX_WORDS = 3


DATE_KEYS = frozenset({"published", "updated"})
# "2025年9月4日 11時32分（最終更新 9月4日 15時05分）": in Japanese a date line of this length is dates and times only.
CJK_STAMP_PARTS = rx.compile(r"\d+|[年月日時分]|最終更新|更新|[（）()\s:：~～]")


def _cjk_stamp(text: str, lexicon: Lexicon) -> bool:
    found = find_date(text, lexicon)
    return found is not None and found[1][0] == 0 and len(CJK_STAMP_PARTS.sub("", text)) <= CJK_STAMP_RESIDUE_CHARS


CJK_STAMP_RESIDUE_CHARS = 2


def _stamp_pair(text: str, lexicon: Lexicon) -> bool:
    """"Publié le 04/07/2025 à 18h12 · Mis à jour le 05/07/2025 à 08h30": a labelled date, then another; or a labelled
    date beside short facts ("Il y a 3 heures · Publié le 08/06/2025 à 18h52")."""
    prefix = lexicon.prefix_key(text.casefold())
    if prefix is not None and prefix[0] in DATE_KEYS and find_date(text, lexicon) is not None:
        return True
    parts = FACT_SEPARATOR.split(text)
    if len(parts) < 2:
        return False
    labelled = [p for p in parts if (k := lexicon.prefix_key(p.strip().casefold())) is not None and k[0] in DATE_KEYS]
    return (len(labelled) == 1 and find_date(labelled[0], lexicon) is not None
            and all(count_words(p) <= STAMP_FACT_MAX_WORDS for p in parts if p is not labelled[0]))


STAMP_FACT_MAX_WORDS = 5  # "Il y a 3 heures" beside the labelled date


BYLINE_LIKE_MAX_WORDS = 8
CJK_BYLINE = rx.compile(r"^\p{Han}{1,4}[\s\u3000]?\p{Han}{1,4}(?:[（(][^）)]{1,12}(?:部|局|支局|本社|記者|特派員)[）)]|"
                           r"[\s\u3000]?(?:記者|特派員|編集委員|論説委員))$")
CRUMB_SEPARATOR = rx.compile(r"\s(?:/|›|>|»|→)\s")
# "Redaktion", "Staff reporter", "Diritto allo studio" may stand between a headline and its date ("Back to
# Companies", a phrase of the lexicon, may not: it is a link under the menu, and the line above it no headline;
# nor may "80 g Zucker": a list's item, and the line above it one too).
DESK_MAX_WORDS = 3
BYLINE_LABEL_MAX_WORDS = 3  # "Eine Kritik von", "Фото:" before the names
NAME_AND_ROLE = rx.compile(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}),\s([^,]{2,40})$")
ROLE_MAX_WORDS = 4
# "Julien Ancelot, envoyé spécial au Val d'Orvanne": a reporter sent to a place, named with it.
SENT_ROLE = rx.compile(r"(?i:envoyée?s? spéciale?s?|inviat[oa] speciale?|enviad[oa] especial|envoyé|correspondent|"
                          r"corresponsal|correspondente|corrispondente|korrespondent(?:in)?|correspondant(?:e)?)\b")
SENT_ROLE_MAX_WORDS = 7
BY_WORD = rx.compile(r"\s(?:by|von|di|de|par|por|door|av|przez|od|από|του|της|від|от)\s(?=\p{Lu})", regex.I)


def _byline_like(text: str, words: int, lexicon: Lexicon) -> bool:
    """A short line that ends in people's names or names an agency: "Eine Kritik von Anja Reimers",
    "Joana Pires, com Lusa", "Agencia EFE" (a headline may open with a name: "Brightfield Foods recalls …")."""
    if words > BYLINE_LIKE_MAX_WORDS or len(CRUMB_SEPARATOR.findall(text)) >= 2:
        return False  # (nor a crumb trail: "Home / Nieuws / Nieuwe MRI-scanner")
    if "@" in text and EMAIL.fullmatch(text.strip(" .:")):
        return True  # the author's address under their name ("johanna.lindqvist@alvasatidning.se")
    if agency_pattern().search(text) is not None:
        return True
    if CJK_BYLINE.match(text.strip()):
        return True  # "佐藤 健一（報道部）", "山田太郎記者": a Japanese reporter with the desk or the word for reporter
    named = NAME_AND_ROLE.match(text)  # "Оксана Дячук, прес-служба ПТУ": a name, then the role
    if named is not None and looks_like_name(named[1]) and (
            count_words(named[2]) <= ROLE_MAX_WORDS
            or (count_words(named[2]) <= SENT_ROLE_MAX_WORDS and SENT_ROLE.match(named[2]))):
        return True
    by = BY_WORD.search(text)
    found = names_in_byline(text[by.end():] if by else text, lexicon.stopwords)
    if not found or not text.rstrip(" .").endswith(found[-1].split()[-1]):
        return False
    residue = text[: by.start()] if by else text
    if residue.strip()[:1].islower():
        return False  # "che la festa di San Martino": a line running on from the one above (a poem's), no label
    for name in found:
        residue = residue.replace(name, " ")
    return len(LETTER_WORD.findall(residue)) <= BYLINE_LABEL_MAX_WORDS


def _headline_shaped(text: str, words: int, lexicon: Lexicon) -> bool:
    """A headline: a few words, no full stop or colon at the end, not a menu or a line of labels."""
    text = LIVE_LABEL.sub("", text)  # "Directo | El temporal de lluvia deja …": a live page's label before its headline
    if not POSITION_MIN_WORDS <= words <= MAX_HEADLINE_WORDS or MENU_SEPARATOR.search(GUILLEMETS.sub("", text)):
        return False  # (a French quote's closing « … » is no menu's separator)
    if text.lstrip()[:1] in NAV_ARROWS or text.rstrip()[-1:] in NAV_ARROWS or PREVIOUS_NEXT.match(text):
        return False  # "← Pancake night at the chapel hall", "« Попередній запис: …": the link to another post
    if text.lstrip()[:1] in PLAY_MARKS or CLIP_LENGTH.search(text):
        return False  # "▶ Δείτε το ρεπορτάζ (02:35)": a video's link and its running time
    if _mostly_figures(text):
        return False  # "3/21(金) 18:42配信": a stamp
    if words <= ORGANISATION_MAX_WORDS and organisation(text):
        return False  # "株式会社ウミノワ", "Acme GmbH": the issuer's name over its release date
    tokens = LETTER_WORD.findall(text)
    if sum(len(t) == 1 for t in tokens) * 2 >= len(tokens) and not CJK_CHAR.search(text):
        return False  # "Schriftgröße: A A A": font-size buttons
    if text.rstrip(QUOTES).endswith(("。", ":", "：", ",", "，", "、")) or (text.rstrip(QUOTES).endswith(";") and not GREEK_LETTER.search(text)) or (
        text.rstrip(QUOTES).endswith(".") and not abbreviated_headline(text, words)
    ):
        return False
    if not tokens:
        return False
    if CJK_CHAR.search(text):
        return True  # "世界の氷河、3年間で過去最大の減少 ＷＭＯ報告": a Latin acronym in Japanese is no row of labels
    cased = [t for t in tokens if t[:1].isupper() != t[:1].islower()]  # scripts with case
    return not cased or any(t[:1].islower() for t in cased) or any(t.casefold() in lexicon.stopwords for t in tokens)


LIVE_LABEL = rx.compile(
    r"^(?i:live|directo|en directo|en vivo|en direct|direct|diretta|in diretta|ao vivo|em direto|liveblog|live-ticker|"
    r"liveticker|canlı|na żywo|ζωντανά|наживо|онлайн|в прямом эфире|ライブ|速報)\s?[|:–—-]\s"
)
# Lines with more separators than this are menus, not "Headline | Site" copies.
MAX_SEPARATORS = 4


def _block_forms(normal: str) -> set[str]:
    if not SITE_SEPARATOR.search(normal) or len(SITE_SEPARATOR.findall(normal)) > MAX_SEPARATORS:
        return set()
    return {normal_key(f) for f in _parts(normal)}
