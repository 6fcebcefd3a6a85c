"""The detector contract: a declared, documented, self-testing pure function over one block."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from newsclean import rx
from newsclean.languages import fold
from newsclean.memo import Memo
from newsclean.model import Effect, Quality
from newsclean.patterns import BULLET, CRUMB_SEPARATOR, GREEK_LETTER, NUMBERED_ITEM, QUOTED
from newsclean.patterns import agency_tokens as AGENCY_TOKENS
from newsclean.prose import ends_like_sentence

if TYPE_CHECKING:
    from newsclean.pageview import PageView

CODE = rx.compile(r"^[A-Z]{2}\d{2}$")
# Cheap character-level features of a block that gate which detectors run on it.
DIGIT = rx.compile(r"\d")
FIRST_WORD = rx.compile(r"\w+")
QUOTE_TAIL = "\"'”»’)"


PHOTO_STEMS = (". photo", ". foto", ". fot.", ". bild", ". beeld", "photograph:", ". φωτ", ". фото", "| photo", "| foto", "| bild", "– photo", "– foto")
NOTIFICATION_STEMS = ("notif", "push-", "mitteilungen", "benachrichtigung", "meldingen", "powiadomie", "bildirim", "ειδοποι",
                      "сповіщен", "уведомлен")
NEWSLETTER_STEMS = ("newsletter", "notre lettre", "nieuwsbrief", "boletín", "boletim", "biuletyn", "bülten", "nyhetsbrev", "ニュースレター",
                    "メルマガ", "メールでお届け", "メールで配信", "розсилк", "рассылк")
# Substrings of sign-up imperatives and of the inbox a newsletter arrives in (prompts.SIGN_UP, prompts.INBOX):
# "Suscríbete y llévate gratis mi ebook …" is a pitch however long (imperatives only: "the company continued to sign up
# subscribers" is news).
SIGN_UP_STEMS = ("sign up now", "sign up here", "subscribe now", "inscrivez-vous", "abonnez-vous", "melden sie sich an",
                 "jetzt anmelden", "regístrate", "suscríbete", "iscriviti", "inscreva-se", "assine já", "meld je aan",
                 "schrijf je in", "zapisz się", "abone ol", "εγγραφείτε", "підпишіться", "подпишитесь", "registrera dig",
                 "apúntate", "in your inbox", "to your inbox", "en tu correo", "dans votre boîte", "postfach", "posteingang",
                 "nella tua casella", "in je mailbox", "e-postanızda", "e-postanıza", "kaydolmak için")
NEWSLETTER_FEATURE_STEMS = NEWSLETTER_STEMS + SIGN_UP_STEMS
# A pitch opens with "receive": "✉ Recevez mes nouvelles recettes chaque semaine" (a newsletter by another name).
RECEIVE_VERBS = ("recevez ", "receive ", "get my ", "get our ", "erhalten sie ", "erhalte ", "reciba ", "recibe ", "ricevi ",
                 "receba ", "recebe ", "ontvang ", "otrzymuj ", "получайте ", "отримуйте ")
# "Join 40,000 gardeners …": the readers who signed up, counted (prompts.JOIN_READERS).
JOIN_VERBS = ("join ", "rejoignez ", "únete a ", "unisciti a", "junte-se a", "schließen sie sich", "dołącz do", "присоединяйтесь к",
              "долучайтеся до", "sluit je aan bij")
PICTOGRAMS = " ✉📩📧📨📬📮🔔👉➡►▶→•*"
RADIO_WORDS = frozenset(("radio", "fm", "dab", "радио", "радіо", "ραδιόφωνο", "rádio"))


def contains_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether any of ``parts`` occurs in ``text`` (a plain loop: cheaper than ``any`` over a generator)."""
    for part in parts:  # noqa: SIM110 (a generator costs more than the loop on every line)
        if part in text:
            return True
    return False


def asks(text: str) -> bool:
    """The line asks: "?", "？", or Greek's ";" (its own mark, U+037E, too).

    >>> asks("Πώς θα πωλούνται τα εισιτήρια;"), asks("in 148 clinics;")
    (True, False)
    """
    text = text.rstrip()
    return text.endswith(("?", "？", "\u037e")) or (text.endswith(";") and GREEK_LETTER.search(text) is not None)


def quoted_only(ctx: Context, key: str) -> bool:
    """Whether the lexicon phrase ``key`` stands on the line only inside quotation marks (named, not said)."""
    return QUOTED.search(ctx.lower) is not None and key not in ctx.view.lexicon.contains_keys(QUOTED.sub(" ", ctx.lower))


def heads_numbered_list(ctx: Context) -> bool:
    """The next two lines are a numbered list's items 1 and 2: the line is that list's heading ("So ändern Sie Ihre
    Cookie-Einstellungen" over "1. Öffnen Sie …", "2. Wählen Sie …")."""
    first, second = ctx.at(1), ctx.at(2)
    if first is None or second is None:
        return False
    m1, m2 = NUMBERED_ITEM.match(first.text), NUMBERED_ITEM.match(second.text)
    return m1 is not None and m2 is not None and m1[1] == "1" and m2[1] == "2"


def word_features(text: str, lower: str) -> list[str]:
    """Features from the line's words: an agency name, a radio word."""
    found = []
    words = FIRST_WORD.findall(text)
    if not AGENCY_TOKENS().isdisjoint(words):
        found.append("agency")
    if not RADIO_WORDS.isdisjoint(FIRST_WORD.findall(lower)):
        found.append("radio")
    return found


def char_features(text: str) -> list[str]:
    """The character-level features of a line (plain substring tests; this runs on every line)."""
    found = []
    if DIGIT.search(text):
        found.append("digit")
    if "(" in text or "[" in text or "/" in text or "（" in text or "【" in text or "［" in text or "〔" in text or "＜" in text:
        found.append("paren")
    if ("›" in text or ">" in text or "»" in text or "/" in text or "→" in text or "\\" in text or "＞" in text) and CRUMB_SEPARATOR.search(text):
        found.append("sep")
    if "©" in text or "℗" in text or "+Enter" in text or "+ Enter" in text:
        found.append("symbol")  # (a key combination too: "… нажмите Ctrl+Enter")
    if "@" in text:
        found.append("at")  # an e-mail address or a handle
    tail = text.rstrip()[-5:]
    if tail[-1:] in "→›»" or "こちら" in tail:
        found.append("link_arrow")  # "Farmacias de guardia hoy en tu municipio →", "停電情報はこちら": a link's label
    if "%" in text or "％" in text:
        found.append("percent")
    if "°" in text or "℃" in text or "℉" in text:
        found.append("degree")
    if " - " in text or " – " in text or " — " in text:
        found.append("dash")
    if ":" in text or "：" in text:
        found.append("colon")
    if text.rstrip(QUOTE_TAIL).endswith(("?", "？", ";")):
        found.append("question")
    if BULLET.match(text):
        found.append("bullet")
    if "|" in text:
        found.append("bar")  # cells or menu items set apart by bars
    if " · " in text or " • " in text:
        found.append("middot")  # "Horoskop des Tages · Waage: …": parts of a strip set apart by dots
    return found


# Networks a "follow us" prompt names; looked for in lines up to this long (prompts are short).
SOCIAL_NETWORKS = ("instagram", "youtube", "facebook", "tiktok", "pinterest", "google news", "google haber", "дзен", "dzen",
                   "spotify", "podcast")
SOCIAL_FEATURE_WORDS = 25
# Substrings of the words for an app and for an opinion, in the languages we ship (cheap gates, not verdicts).
APP_STEMS = ("app", "aplicativo", "aplicación", "aplikac", "uygulama", "εφαρμογ", "додат", "приложен", "アプリ")
OPINION_STEMS = ("opini", "view", "point de vue", "punto de vista", "ponto de vista", "meinung", "mening", "görüş", "απόψ",
                 "думк", "мнени", "åsikt")
# Lines up to this many words have the "short" feature.
SHORT_FEATURE_WORDS = 8
# A line longer than this is prose or junk (a run of digits, a minified script), never a label or a
# stamp: it gets no features, so only the detectors that look at every line see it.
LONG_LINE_CHARS = 4_000
# Agency and radio words are looked for in lines up to this long (credit sentences are short).
WORD_FEATURE_WORDS = 14
FEATURE_KINDS = frozenset((
    "digit", "paren", "sep", "symbol", "at", "link_arrow", "percent", "degree", "dash", "colon", "question", "bullet", "middot", "bar",
    "short", "line", "prefix", "contains", "agency", "agency_tail", "newsletter", "notifications", "photo", "radio", "messenger", "social", "appword", "opinion",
))
# Features a family adds with ``line_feature``: a named test of a line's own text that gates its detectors (``near``).
LineFeatureTest = Callable[["LineText"], bool]
LINE_FEATURES: dict[str, LineFeatureTest] = {}


@dataclass(frozen=True, slots=True)
class LineText:
    """What a line feature's test may read: the line's own text as a detector's text-only test reads it (its
    case-folded form, words, sentence end, lexicon keys and the lexicon), without its place on the page."""

    text: str
    lower: str
    words: int
    sentence: bool
    line_key: str | None
    prefix: tuple[str, int] | None
    contains: frozenset[str]
    lexicon: Any

    @property
    def prefix_key(self) -> str | None:
        return self.prefix[0] if self.prefix else None

    @property
    def view(self) -> LineText:
        return self  # (tests written for a context ask ``ctx.view.lexicon``)


FeatureTest = TypeVar("FeatureTest", bound=LineFeatureTest)


def line_feature(name: str) -> Callable[[FeatureTest], FeatureTest]:
    """Register ``test`` as the line feature ``name`` (computed once per distinct line, like the built-in ones).

    The test stays an ordinary function: a rule may call it on a line's context too."""

    def register(test: FeatureTest) -> FeatureTest:
        if name in FEATURE_KINDS or name in LINE_FEATURES:
            raise ValueError(f"line feature {name!r} is already defined")
        LINE_FEATURES[name] = test
        return test

    return register


NAME = rx.compile(r"^[a-z]+\.[a-z_]+$")


@dataclass(frozen=True, slots=True)
class Hit:
    """A finding with an extracted value (a byline's author, a credit's agency)."""

    reason: str
    value: str | None = None
    field: str | None = None  # overrides the detector's declared field ("Text: TT" credits an agency)


Outcome = Hit | str | None


@dataclass(frozen=True)
class Example:
    """A page and the line of it a detector is asked about (default: the only or last line)."""

    text: str
    target: str | None = None
    value: str | None = None  # the value a META detector must extract, when given
    language: str | None = None  # the page language, when a short example cannot show it

    @property
    def line(self) -> str:
        if self.target is not None:
            return self.target
        lines = [ln.strip() for ln in self.text.splitlines() if ln.strip()]
        return lines[-1] if lines else ""


ExampleLike = Example | str


@dataclass(frozen=True)
class Detector:
    """A declared rule: stable code, dotted name, one-line doc, effect and its examples."""

    code: str
    name: str
    doc: str
    effect: Effect
    func: Callable[..., Outcome]
    field: str | None = None
    flags: tuple[Example, ...] = ()
    keeps: tuple[Example, ...] = ()
    options: dict[str, Any] = dataclasses.field(default_factory=dict)
    triggers: frozenset[str] = frozenset()  # block features that make it worth running; empty: always
    # (features, reach): its verdict from a line's context needs a block within ``reach`` lines (itself included) that
    # has one of these features; the engine asks no context elsewhere. A speed gate, never a verdict.
    near: tuple[frozenset[str], int] | None = None

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]

    def __call__(self, ctx: Context, **options: Any) -> Outcome:
        return self.func(ctx, **options)


def _example(e: ExampleLike) -> Example:
    return e if isinstance(e, Example) else Example(e)


def detector(
    code: str,
    name: str,
    *,
    effect: Effect = Effect.DROP,
    field: str | None = None,
    flags: tuple[ExampleLike, ...] = (),
    keeps: tuple[ExampleLike, ...] = (),
    triggers: tuple[str, ...] = (),
    near: tuple[tuple[str, ...], int] | None = None,
) -> Callable[[Callable[..., Outcome]], Detector]:
    """Declare a detector; its keyword-only parameters with defaults become its options.

    ``triggers`` names block features (see ``Context.features``) at least one of which a block
    must have for the detector to run at all; it is a speed gate, never a verdict. ``near`` is
    ``(features, reach)``: what the detector finds from a line's context (after its text alone said
    ``NeedsContext``) needs a block with one of ``features`` within ``reach`` lines; elsewhere the
    engine does not ask. Both must hold for every finding the detector could make.
    """
    unknown = [t for t in (*triggers, *(near[0] if near else ()))
               if t.split(":")[0] not in FEATURE_KINDS and t not in LINE_FEATURES]
    if unknown:
        raise ValueError(f"{code}: unknown triggers {unknown}")
    if not CODE.match(code) or not NAME.match(name):
        raise ValueError(f"bad detector declaration {code} {name}")
    if not flags or not keeps:
        raise ValueError(f"{code} needs at least one flag and one keep example")

    def wrap(func: Callable[..., Outcome]) -> Detector:
        doc = inspect.getdoc(func) or ""
        if not doc:
            raise ValueError(f"{code} has no docstring")
        options = {
            p.name: p.default
            for p in inspect.signature(func).parameters.values()
            if p.kind is p.KEYWORD_ONLY
        }
        return Detector(
            code, name, doc.splitlines()[0], effect, func, field,
            tuple(map(_example, flags)), tuple(map(_example, keeps)), options, frozenset(triggers),
            (frozenset(near[0]), near[1]) if near else None,
        )

    return wrap


LineFacts = tuple[str, bool, "str | None", "tuple[str, int] | None", frozenset[str], frozenset[str]]
# Facts of distinct lines remembered at once, per lexicon, across pages (a line repeated on a page
# or across a site's pages is looked at once; a flood of distinct lines keeps memory bounded).
LINE_FACTS: Memo[LineFacts] = Memo(256)
FEATURE_SETS: dict[frozenset[str], frozenset[str]] = {}  # few distinct sets; lines share them
FEATURE_SETS_MAX = 4_096


def _line_facts(view: PageView, text: str, words: int) -> LineFacts:
    """What a line's own text says: case-folded form, sentence end, lexicon keys and features."""
    lower = fold(text)
    if lower == text:
        lower = text  # one string, not two, for lines already in lower case
    lexicon = view.lexicon
    line_key = lexicon.line_key(lower)
    prefix = lexicon.prefix_key(lower)
    contains = lexicon.contains_keys(lower) if words <= view.contains_max_words else frozenset()
    sentence = ends_like_sentence(text)
    if len(text) > LONG_LINE_CHARS:
        return lower, sentence, line_key, prefix, contains, frozenset()
    found = char_features(text)
    if "whatsapp" in lower or "telegram" in lower or "viber" in lower or "signal" in lower or "友だち追加" in lower:
        found.append("messenger")
    if (contains_any(lower, NEWSLETTER_FEATURE_STEMS) or lower.lstrip(PICTOGRAMS).startswith(RECEIVE_VERBS)
            or (lower.startswith(JOIN_VERBS) and DIGIT.search(lower))):
        found.append("newsletter")  # "Der MEDIENMARKT-Newsletter erscheint …", "✉ Recevez mes recettes …"
    if contains_any(lower, PHOTO_STEMS):
        found.append("photo")  # "… de jeudi. Photo Franck Morel": a credit after the caption's sentence
    if contains_any(lower, NOTIFICATION_STEMS):
        found.append("notifications")  # "Activa las notificaciones", "Aktivieren Sie Push-Mitteilungen"
    if words <= SOCIAL_FEATURE_WORDS:
        if contains_any(lower, SOCIAL_NETWORKS):
            found.append("social")
        if contains_any(lower, APP_STEMS):
            found.append("appword")
        if contains_any(lower, OPINION_STEMS):
            found.append("opinion")
    if words <= WORD_FEATURE_WORDS:
        found.extend(word_features(text, lower))
    elif text.rsplit(None, 1)[-1] in AGENCY_TOKENS():
        found.append("agency_tail")  # "… le 22 mai 2025. Photo d'illustration AFP": a caption's credit
    if words <= SHORT_FEATURE_WORDS:
        found.append("short")
    if line_key:
        found.append("line:" + line_key)
    if prefix:
        found.append("prefix:" + prefix[0])
    found.extend("contains:" + k for k in contains)
    if LINE_FEATURES:
        own = LineText(text, lower, words, sentence, line_key, prefix, contains, lexicon)
        found.extend(name for name, test in LINE_FEATURES.items() if test(own))
    features = frozenset(found)
    if len(FEATURE_SETS) >= FEATURE_SETS_MAX:
        FEATURE_SETS.clear()
    features = FEATURE_SETS.setdefault(features, features)
    return lower, sentence, line_key, prefix, contains, features


class Context:
    """One block as detectors see it: normalised text, lexicon matches, features, neighbours.

    Everything is computed once, when the page view first asks for the block.
    """

    __slots__ = ("block", "contains", "features", "index", "line_key", "lower", "prefix", "sentence",
                 "text", "view")

    def __init__(self, view: PageView, index: int) -> None:
        self.view = view
        self.index = index
        self.block = view.page.blocks[index]
        text = self.text = view.canonical[index]
        words = self.block.words
        key = (view.lexicon, text, words)
        facts = LINE_FACTS.get(key)
        if facts is None:
            facts = _line_facts(view, text, words)
            LINE_FACTS.put(key, facts)
        self.lower, self.sentence, self.line_key, self.prefix, self.contains, self.features = facts

    @property
    def words(self) -> int:
        return self.block.words

    @property
    def quality(self) -> Quality:
        return self.block.quality

    @property
    def prefix_key(self) -> str | None:
        """The lexicon key the line starts with ("byline", "read_also", …), if any."""
        return self.prefix[0] if self.prefix else None

    def rest(self) -> str:
        """The original-case text after the matched prefix phrase ("" without a prefix)."""
        if self.prefix is None:
            return ""
        end = self.prefix[1]
        if len(self.lower) != len(self.text):  # case folding changed lengths ("İ" → "i̇", "ß" → "ss")
            end = next((k for k in range(len(self.text) + 1) if len(self.text[:k].casefold()) >= end),
                       len(self.text))
        return self.text[end:]

    def after_prefix(self) -> str:
        """The text after the matched prefix phrase, with separators trimmed."""
        return self.rest().strip(" :：-–—|·•,・＝=").strip()  # "聞き手・中村健太", "文＝…"

    def at(self, offset: int) -> Context | None:
        """The block ``offset`` places away, or None past either end."""
        return self.view.context(self.index + offset)


# Answers of named tests of a line's text alone ("ads.label", "lists.header"), per lexicon and
# distinct line, shared by every page: labels and list headers repeat across a site's pages.
TEXT_MARKS: Memo[bool] = Memo(512)


def _mark_key(name: str, lexicon: Any, text: str, words: int) -> tuple[Any, ...]:
    return (name, lexicon, text, words)  # a block's quality follows from its text and words


def known_mark(name: str, lexicon: Any, text: str, words: int) -> bool | None:
    """The remembered answer of the test ``name`` for this line, or None if it is not remembered."""
    return TEXT_MARKS.get(_mark_key(name, lexicon, text, words))


def text_mark(name: str, test: Callable[[Context], bool], ctx: Context) -> bool:
    """``test(ctx)`` remembered per lexicon and distinct line; ``test`` must read the line's text alone
    (it is given the text without its place, and asking for more raises ``NeedsContext``)."""
    answer = known_mark(name, ctx.view.lexicon, ctx.text, ctx.words)
    if answer is None:
        answer = test(ctx if isinstance(ctx, TextContext) else TextContext(ctx))
        TEXT_MARKS.put(_mark_key(name, ctx.view.lexicon, ctx.text, ctx.words), answer)
    return answer


class NeedsContext(BaseException):
    """Raised when a detector reads more than its line's own text: its place, its neighbours, the page.

    A signal, not an error: it derives from BaseException so that no ``except Exception`` swallows it.
    """


class _TextView:
    """What of a page a line's own text may consult: its lexicon and the date parser."""

    __slots__ = ("_view",)

    def __init__(self, view: PageView) -> None:
        self._view = view

    @property
    def lexicon(self) -> Any:
        return self._view.lexicon

    @property
    def contains_max_words(self) -> int:
        return self._view.contains_max_words

    def date_in(self, text: str) -> Any:
        return self._view.date_in(text)

    def __getattr__(self, name: str) -> Any:
        raise NeedsContext(name)


class TextContext(Context):
    """A block's text alone, without its place on the page: what a detector's outcome per distinct
    line may be remembered from. Asking for anything positional raises ``NeedsContext``."""

    __slots__ = ("_quality", "_text_view", "_words")

    def __init__(self, ctx: Context) -> None:  # the fields are copied from a built context, not computed
        self.text, self.lower, self.sentence = ctx.text, ctx.lower, ctx.sentence
        self.line_key, self.prefix, self.contains, self.features = ctx.line_key, ctx.prefix, ctx.contains, ctx.features
        self._words, self._quality = ctx.words, ctx.quality
        self._text_view = _TextView(ctx.view)

    @property
    def view(self) -> Any:  # type: ignore[override]
        return self._text_view

    @property
    def index(self) -> int:  # type: ignore[override]
        raise NeedsContext("index")

    @property
    def block(self) -> Any:  # type: ignore[override]
        raise NeedsContext("block")

    @property
    def words(self) -> int:
        return self._words

    @property
    def quality(self) -> Quality:
        return self._quality

    def at(self, offset: int) -> Context | None:
        raise NeedsContext("at")
