"""Configuration: an immutable value, rule selection à la ruff, loading from TOML."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Protocol


class ConfigError(ValueError):
    """Invalid configuration: the message says what to fix."""


class Rule(Protocol):
    """Anything selectable: a detector or an engine rule (code, dotted name)."""

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...


# The share of prose below which the engine gives back prose it dropped by context.
MIN_BODY_SHARE = 0.15
# Non-blank lines of flattened text judged one by one (the longest page we have seen had 562; a
# junk line every rule looks at costs up to 0.25 ms, so this bounds a document at a few seconds).
MAX_LINES = 5_000


@dataclass(frozen=True)
class Config:
    """How a Cleaner behaves. Immutable; build a new one to change anything."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    language: str | None = None  # force a language instead of detecting it
    min_body_share: float = MIN_BODY_SHARE
    plugins: bool = False  # load detectors from the "newsclean.detectors" entry-point group
    # Limits for hostile input. Past either, lines are judged by their form alone (prose kept, the
    # rest by its neighbours) and the result carries a flag saying where and why; nothing is cut.
    max_bytes: int | None = None  # detectors read at most this many bytes (UTF-8) of a document
    time_budget: float | None = None  # seconds the detectors may spend on one document
    # Flattened text past this many non-blank lines is not looked at line by line: it is kept as it
    # is, one block, and flagged. Bounds time and memory on line floods (a page has hundreds).
    max_lines: int | None = MAX_LINES

    def __post_init__(self) -> None:
        for name in ("select", "ignore", "extend_select"):
            value = getattr(self, name)
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{name} must be a list of selector strings, got {value!r}")
            object.__setattr__(self, name, tuple(value))
        if not 0.0 <= self.min_body_share <= 1.0:
            raise ConfigError(f"min_body_share must be between 0 and 1, got {self.min_body_share}")
        if self.max_bytes is not None and (
            isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int) or self.max_bytes < 1
        ):
            raise ConfigError(f"max_bytes must be a positive whole number of bytes or None, got {self.max_bytes!r}")
        if self.max_lines is not None and (
            isinstance(self.max_lines, bool) or not isinstance(self.max_lines, int) or self.max_lines < 1
        ):
            raise ConfigError(f"max_lines must be a positive whole number of lines or None, got {self.max_lines!r}")
        if self.time_budget is not None and (
            isinstance(self.time_budget, bool) or not isinstance(self.time_budget, (int, float))
            or not 0 < self.time_budget < float("inf")
        ):
            raise ConfigError(f"time_budget must be a positive number of seconds or None, got {self.time_budget!r}")
        object.__setattr__(self, "options", {k: dict(v) for k, v in dict(self.options).items()})

    @classmethod
    def from_toml(cls, path: str) -> Config:
        """Read ``[tool.newsclean]`` from a pyproject.toml, or the top level of a newsclean.toml."""
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - Python 3.10
            import tomli as tomllib
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {path}: {exc}") from exc
        table = data.get("tool", {}).get("newsclean", data)
        return cls.from_mapping({k.replace("-", "_"): v for k, v in table.items()})

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Config:
        """Build from plain data, rejecting unknown keys."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown config keys {unknown}; known: {sorted(known)}")
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        try:
            return cls(**values)
        except TypeError as exc:
            raise ConfigError(f"invalid config: {exc}") from exc

    def digest(self) -> str:
        """A short stable hash of everything that can change the output."""
        blob = json.dumps(
            {f.name: getattr(self, f.name) for f in fields(self)}, sort_keys=True, default=str
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _specificity(selector: str, rule: Rule) -> int | None:
    """How specifically ``selector`` names ``rule``: None if not at all, higher is more specific."""
    if selector == "ALL":
        return 0
    if selector == rule.code or selector == rule.name:
        return 4
    if rule.code.startswith(selector) and selector[:1].isupper():
        return len(selector)
    if selector == rule.name.split(".", 1)[0]:
        return 2
    return None


def resolve(rules: Iterable[Rule], config: Config) -> tuple[str, ...]:
    """Codes of the selected rules. The most specific selector wins; ``ignore`` wins a tie."""
    rules = tuple(rules)
    for selector in (*config.select, *config.extend_select, *config.ignore):
        if not any(_specificity(selector, r) is not None for r in rules):
            raise ConfigError(
                f"unknown selector {selector!r}: use a code (AD01), a prefix (AD), "
                "a name (ads.label), a family (ads) or ALL"
            )
    chosen = []
    for rule in rules:
        best_on = max((s for sel in (*config.select, *config.extend_select)
                       if (s := _specificity(sel, rule)) is not None), default=None)
        best_off = max((s for sel in config.ignore if (s := _specificity(sel, rule)) is not None),
                       default=None)
        if best_on is not None and (best_off is None or best_on > best_off):
            chosen.append(rule.code)
    return tuple(chosen)


def check_options(rules: Iterable[Any], config: Config) -> None:
    """Reject options for unknown detectors or parameters a detector does not take."""
    by_name = {r.name: r for r in rules}
    for name, opts in config.options.items():
        det = by_name.get(name)
        if det is None:
            raise ConfigError(f"options given for unknown detector {name!r}")
        for key in opts:
            if key not in getattr(det, "options", {}):
                allowed = sorted(getattr(det, "options", {}))
                raise ConfigError(f"detector {name} has no option {key!r}; it takes {allowed}")
