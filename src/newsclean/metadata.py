"""Title, author, source and date, read from the decisions of the engine."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean import rx
from newsclean.dates import find_date
from newsclean.languages import Lexicon, fold
from newsclean.model import Decision, Verdict
from newsclean.names import (
    CJK_NAME,
    CJK_ORGANISATION,
    CJK_SIGNATURE,
    PARTICLES,
    looks_like_name,
    names_in_byline,
    organisation,
    run_together_head,
)
from newsclean.patterns import WEEKDAY, agency_pattern, is_agency_list
from newsclean.prose import ends_like_sentence


@dataclass(frozen=True)
class Metadata:
    """The fields a page's decisions yield."""

    title: str | None
    author: str | None
    source: str | None
    published: str | None


def _first(decisions: tuple[Decision, ...], field: str, verdict: Verdict) -> str | None:
    return next(
        (d.value for d in decisions if d.verdict is verdict and d.field == field and d.value), None
    )


# Authors from an explicit byline ("By …", "Author: …", "Söyleşi: …") outrank a bare name line, which may
# be a site's name under its title.
BARE_NAME_CODES = frozenset({"BY07", "BY12"})
UPDATE_STAMP_CODE = "CR03"
# "Максим Гнатюк · 22 березня 2026, 18:55", "Bram Heijboer · donderdag 7 november 2024": a name, a separator,
# then the date (its weekday first, maybe).
LEADING_NAME = rx.compile(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s*[·|,–—-]?\s*(?:(?P<weekday>\p{L}+),?\s)?\d")
# "Opublikowano 3 listopada 2023 · Zofia Wręczycka": the date, a separator, then the writer's name closing the line.
TRAILING_NAME = rx.compile(r"\d.*?\s[·|•]\s(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s*$")
# (up to the line's end or a separator: "Posted on March 3, 2025 by Hannah Whitlock · 14 Comments")
DATE_LINE_AUTHOR = rx.compile(
    r"(?<!\w)(?i:par|by|von|di|por|door|av|przez|от|від|από)\s+(\p{Lu}[^|·•]{2,60}?)\s*(?:[|·•]|$)"
)


# "投稿日：2025年3月28日　投稿者：山内さくら": a Japanese blog's date line names its writer after a label.
CJK_POSTED_BY = rx.compile(r"(?:投稿者|執筆者|著者|筆者|記者|文)[：:]\s?(\p{Han}{1,3}[\s\u3000]?[\p{Han}\p{Hiragana}\p{Katakana}]{1,4})")


def _author(decisions: tuple[Decision, ...], lexicon: Lexicon, title: str | None) -> str | None:
    authors = [d for d in decisions if d.verdict is Verdict.META and d.field == "author" and d.value]
    explicit = next((d.value for d in authors if d.code not in BARE_NAME_CODES), None)
    if explicit:
        return explicit
    # the date line names the author: "Publié le 5 mai 2025 à 10:12 par Julien Martin", "Marieke Brouwer
    # 23-03-26, 06:00"; a name printed with the date is surer than a bare name line ("Bewaren Delen")
    dated = _date_line_author(decisions, lexicon, title)
    if dated:
        return dated
    if not authors:
        return _reporters(decisions) or _agency_signature(decisions) or _signature(decisions, lexicon)
    # of bare names, the one printed after the headline: a menu's item above it ("Namaz Vakitleri") is no byline
    title_at = next((k for k, d in enumerate(decisions) if d.verdict is Verdict.META and d.field == "title"), None)
    below = [d for d in authors if title_at is not None and d.block.index > decisions[title_at].block.index]
    return (below or authors)[0].value


# "Ирина Левашова", "/Anders Lindqvist, ledare F12" right under the article's last paragraph: the writer signs off.
SIGNATURE = rx.compile(r"^(?:[/—–-]\s?)?(?P<name>\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’.-]*){1,2})(?:,\s[^,]{2,40})?$")
SIGNATURE_MAX_WORDS = 8
# Words of a site's headings and links, never of a person's name ("Quick Links", "Press Contact").
NOT_NAME_WORDS = frozenset({"links", "link", "menu", "quick", "news", "home", "contact", "contacts", "services", "about",
                            "help", "support", "search", "more", "related", "topics", "tags", "events", "jobs", "shop",
                            "press", "media", "investors", "shareholders", "reports", "newsletter", "archive", "imprint"})
# Rules that drop a line for its place alone: the signature under the text is one of those lines.
PLACE_CODES = frozenset({None, "CX02", "CX03"})


def _signature(decisions: tuple[Decision, ...], lexicon: Lexicon) -> str | None:
    """The name signing off the article, when nothing else names its author: the line right under the last kept paragraph,
    or right over the author's bio, a person's name alone (or after a slash or a dash, with a role), which only its place
    dropped."""
    last = next((k for k in range(len(decisions) - 1, -1, -1) if decisions[k].verdict is Verdict.KEEP), None)
    candidates = [k - 1 for k, d in enumerate(decisions) if d.code == BIO_CODE and k > 0]  # the name over its bio
    if last is not None and ends_like_sentence(decisions[last].block.text) and last + 1 < len(decisions):
        candidates.insert(0, last + 1)  # (the body ends in a sentence, "Descanse en paz.", over the name)
    for k in candidates:
        name = _signed_name(decisions[k], lexicon)
        if name is not None:
            return name
    return None


BIO_CODE = "CR09"


def _signed_name(d: Decision, lexicon: Lexicon) -> str | None:
    text = d.block.text.strip()
    if d.verdict is Verdict.META or d.code not in PLACE_CODES or d.block.words > SIGNATURE_MAX_WORDS:
        return None
    cjk = CJK_SIGNATURE.match(text)
    if cjk is not None:  # "（川端祐介）" (not the agency's "（共同）" nor a desk's "（編集部）")
        name = cjk["name"]
        return name if CJK_NAME.match(name) and not CJK_ORGANISATION.search(name) and not is_agency_list(name) else None
    m = SIGNATURE.match(text)
    if m is None or organisation(text) or not looks_like_name(m["name"]):
        return None
    words = [w.casefold() for w in m["name"].split()]
    if (any((w in lexicon.stopwords and w not in PARTICLES) or w in NOT_NAME_WORDS for w in words)
            or lexicon.line_key(fold(text)) is not None):
        return None
    both = names_in_byline(text.lstrip("/—–- "))
    if len(both) > 1 and both[0] == m["name"] and all(len(n.split()) > 1 for n in both):
        return ", ".join(both)  # two friends sign an obituary: "Karin Lundh, Per-Olof Björk"
    return m["name"]


# "(Reporting by Hannah Mercer and Daniel Okafor in London; Editing by …)": a wire story's reporters, its writers.
REPORTING_BY = rx.compile(r"^\(?(?i:reporting by)\s+([^;)]{3,120})")
REPORTING_CODE = "BY04"


def _reporters(decisions: tuple[Decision, ...]) -> str | None:
    """The reporters a wire story's credit names, when no byline names its writer."""
    for d in decisions:
        if d.verdict is Verdict.META and d.code == REPORTING_CODE and (m := REPORTING_BY.match(d.block.text.strip())):
            found = names_in_byline(m.group(1))
            if found:
                return ", ".join(found)
    return None


AGENCY_SIGNATURE = "the writer's signature with the agency"  # BY04's reason: "M. J. Carrasco / EFE" under the text


def _agency_signature(decisions: tuple[Decision, ...]) -> str | None:
    """The writer a signature with the agency names ("Claire Fabre (avec AFP)"), when no byline names one."""
    for d in decisions:
        if d.verdict is Verdict.META and d.field == "source" and d.reason == AGENCY_SIGNATURE:
            found = names_in_byline(d.block.text)
            if found:
                return ", ".join(found)
    return None


COMMENT_COUNTER_CODE = "CR04"
# The date line's reason when the page ran the byline together with it (see ``names.run_together_head``).
RUN_TOGETHER_REASON = "publication date after the byline on its line"


def _date_line_author(decisions: tuple[Decision, ...], lexicon: Lexicon, title: str | None) -> str | None:
    for k, d in enumerate(decisions):
        if d.code == COMMENT_COUNTER_CODE and any(e.verdict is Verdict.KEEP for e in decisions[:k]):
            return None  # past the article's comment counter, a date line heads a reader's comment ("Paco H. · 12/02/2025")
        if d.verdict is Verdict.META and (d.field == "published" or (d.field == "source" and d.code != REPORTING_CODE)):
            # (or the agency's line: "6 Feb 2025 by Jon Vale with Reuters"; not a credit's "… Editing by Sharon Pike")
            m = DATE_LINE_AUTHOR.search(d.block.text)
            found = names_in_byline(m.group(1)) if m else []
            if found:
                return ", ".join(found)
            head = run_together_head(d.block.text, lexicon) if d.reason == RUN_TOGETHER_REASON else None
            if head:
                return ", ".join(names_in_byline(head))  # "Claire Vasseur avec AFP Publié le 15/04/2025 …"
            posted = CJK_POSTED_BY.search(d.block.text)
            if posted:
                return posted.group(1)
            # "Opublikowano 3 listopada 2023 · Zofia Wręczycka": after a labelled date (a bare "12.03.2025 · Ciudad Real"
            # may end in a place)
            trail = TRAILING_NAME.search(d.block.text)
            if trail and _labelled_published(d.block.text, lexicon) and looks_like_name(trail.group(1)):
                dated = find_date(d.block.text, lexicon)
                if dated is None or dated[1][1] <= trail.start(1):  # (not the date's own words)
                    return trail.group(1)
            lead = LEADING_NAME.match(d.block.text)
            if (
                lead
                and (lead["weekday"] is None or WEEKDAY.match(lead["weekday"]))
                and looks_like_name(lead.group(1))
                and not _part_of_date(d.block.text, lead.end(1), lexicon)
                and not (title and lead.group(1).casefold() in title.casefold())
            ):  # ("Puerto Alvear, 18 oct. 2025" under "CD Puerto Alvear 2-1 …": the place the headline names)
                return lead.group(1)
    return None


def _labelled_published(text: str, lexicon: Lexicon) -> bool:
    found = lexicon.prefix_key(fold(text))
    return found is not None and found[0] == "published"


def _part_of_date(text: str, name_end: int, lexicon: Lexicon) -> bool:
    """The "name" is the date's own words: "Wednesday October 8 2025" is a weekday and a month."""
    found = find_date(text, lexicon)
    return found is not None and found[1][0] < name_end


# How far from the headline an article's own date line sits, in blocks; a masthead's date is further up.
NEAR_TITLE_ABOVE = 3
NEAR_TITLE_BELOW = 8


def _article_date(decisions: tuple[Decision, ...], lexicon: Lexicon) -> str | None:
    """The date of a date line or a byline ("di Martina Serafini · 12 novembre 2023") nearest the headline, else the
    first: a masthead prints today's date well above the headline ("Jueves, 4 de abril de 2024 · Jaén 21 °C"), and
    a comment's stamp or an event list further down must not outrank the byline's date."""
    dates: list[tuple[int, str]] = []
    for d in decisions:
        if d.verdict is not Verdict.META:
            continue
        if d.field == "published" and d.value:
            dates.append((d.block.index, d.value))
        elif d.field in ("author", "source"):  # "Von: dpa | 12.03.2025, 14:37 Uhr"
            found = find_date(d.block.text, lexicon)
            if found and found[0]:
                dates.append((d.block.index, found[0]))
    if not dates:
        return None
    titles = [d.block.index for d in decisions if d.verdict is Verdict.META and d.field == "title"]
    near = [
        (abs(index - at), index < at, value)  # at the same distance, the date under the headline
        for index, value in dates
        for at in titles
        if -NEAR_TITLE_ABOVE <= index - at <= NEAR_TITLE_BELOW
    ]
    return min(near)[2] if near else dates[0][1]


def _labelled_date(decisions: tuple[Decision, ...], lexicon: Lexicon) -> str | None:
    """The date of a line labelled as the publication date ("Published: 21:47, 11 March 2025"): it outranks
    an unlabelled date printed first (the masthead's "Wednesday, 12 March 2025", today's date)."""
    for d in decisions:
        if d.verdict is Verdict.META and d.field == "published" and d.value and _labelled_published(d.block.text, lexicon):
            return d.value
    return None


def _updated(decisions: tuple[Decision, ...], lexicon: Lexicon) -> str | None:
    """The date of an "Updated …" stamp: the page's only date when no publication date is printed."""
    for d in decisions:
        if d.code == UPDATE_STAMP_CODE and any(c.isdigit() for c in d.block.text):
            found = find_date(d.block.text, lexicon)
            if found and found[0]:
                return found[0]
    return None


def _byline_agency(decisions: tuple[Decision, ...]) -> str | None:
    """An agency printed on the author's byline ("Merve Doğan / DHA") or on the date line
    ("2024年2月9日 20時15分（共同通信）")."""
    for d in decisions:
        if d.verdict is Verdict.META and d.field in ("author", "published"):
            found = agency_pattern().findall(d.block.text)
            if found:
                return str(found[0])
    return None


def collect(decisions: tuple[Decision, ...], headline: str | None, lexicon: Lexicon) -> Metadata:
    """Metadata from META blocks first, then from kept blocks that carry a value (datelines)."""
    source = (
        _first(decisions, "source", Verdict.META)
        or _byline_agency(decisions)  # as the byline prints it: "Anadolu Ajansı | 16.03.2025", then "Manisa (AA) –"
        or _first(decisions, "source", Verdict.KEEP)
    )
    published = _labelled_date(decisions, lexicon) or _article_date(decisions, lexicon)
    if published is None:
        published = _updated(decisions, lexicon)
    title = headline or _first(decisions, "title", Verdict.META)  # a body that opens with a line it repeats
    return Metadata(title, _author(decisions, lexicon, title), source, published)
