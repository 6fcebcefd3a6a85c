"""The detector contract: a declared, documented, self-testing pure function over one block."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

import regex

from newsclean.canonical import normalize_line
from newsclean.model import Block, Effect, Quality
from newsclean.prose import ends_like_sentence

if TYPE_CHECKING:
    from newsclean.pageview import PageView

CODE = regex.compile(r"^[A-Z]{2}\d{2}$")
NAME = regex.compile(r"^[a-z]+\.[a-z_]+$")


@dataclass(frozen=True)
class Hit:
    """A finding with an extracted value (a byline's author, a credit's agency)."""

    reason: str
    value: str | None = None


Outcome = Union[Hit, str, None]


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


ExampleLike = Union[Example, str]


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
) -> Callable[[Callable[..., Outcome]], Detector]:
    """Declare a detector; its keyword-only parameters with defaults become its options."""
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
            tuple(map(_example, flags)), tuple(map(_example, keeps)), options,
        )

    return wrap


class Context:
    """One block as detectors see it: normalised text, lexicon matches, and its neighbours."""

    def __init__(self, view: PageView, index: int) -> None:
        self.view = view
        self.index = index
        self.block: Block = view.page.blocks[index]

    @functools.cached_property
    def text(self) -> str:
        return normalize_line(self.block.text)

    @functools.cached_property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def words(self) -> int:
        return self.block.words

    @property
    def quality(self) -> Quality:
        return self.block.quality

    @functools.cached_property
    def sentence(self) -> bool:
        """The line ends like a sentence."""
        return ends_like_sentence(self.text)

    @functools.cached_property
    def line_key(self) -> str | None:
        """The lexicon key whose phrase is the whole line ("share", "advertisement", …)."""
        return self.view.lexicon.line_key(self.lower)

    @functools.cached_property
    def prefix(self) -> tuple[str, int] | None:
        """The lexicon key the line starts with, and the offset in ``lower`` where it ends."""
        return self.view.lexicon.prefix_key(self.lower)

    @property
    def prefix_key(self) -> str | None:
        return self.prefix[0] if self.prefix else None

    def after_prefix(self) -> str:
        """The text after the matched prefix phrase, with separators trimmed."""
        end = self.prefix[1] if self.prefix else 0
        return self.text[end:].strip(" :：-–—|·•,").strip()

    @functools.cached_property
    def contains(self) -> frozenset[str]:
        """Lexicon keys with a phrase somewhere in the line (only short lines are searched)."""
        if self.words > self.view.contains_max_words:
            return frozenset()
        return self.view.lexicon.contains_keys(self.lower)

    def at(self, offset: int) -> Context | None:
        """The block ``offset`` places away, or None past either end."""
        return self.view.context(self.index + offset)
