"""The values newsclean passes around: spans, blocks, findings, decisions and the result."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Verdict(enum.Enum):
    """What happens to a block: it stays in the body, leaves, or moves to the metadata."""

    KEEP = "keep"
    DROP = "drop"
    META = "meta"


class Effect(enum.Enum):
    """What a detector's finding argues for."""

    DROP = "drop"  # boilerplate
    META = "meta"  # leaves the body, fills a metadata field
    KEEP = "keep"  # positive evidence that the block is article text


class Quality(enum.Enum):
    """How much a block reads like article prose, before any detector speaks."""

    PROSE = "prose"  # long, sentence-like, rich in function words
    SHORT = "short"  # too short to judge alone: a heading, a list item, a label
    LIST = "list"  # long but not prose: a run of names or menu words


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into the decoded source."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Block:
    """One line of the input: its raw text, where it is, and how it reads."""

    index: int
    text: str  # the raw source slice, stripped of surrounding whitespace
    span: Span
    line: int  # 1-based line number in the source
    gap_before: int  # blank lines between this block and the previous one
    words: int
    quality: Quality
    path: str | None = None  # HTML input: the block's DOM path ("html>body>article>p[3]")
    role: str | None = None  # HTML input: its markup role ("p", "h2", "li-ul", "li-ol", "quote", "pre", "row")
    cells: tuple[str, ...] | None = None  # HTML input: a table row's cells


@dataclass(frozen=True)
class Page:
    """A segmented input: the decoded source and its blocks in order."""

    source: str
    blocks: tuple[Block, ...]
    format: str = "text"


@dataclass(frozen=True, slots=True)
class Finding:
    """What one detector said about one block."""

    code: str
    name: str
    block: int
    reason: str
    effect: Effect
    field: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """The final word on one block, with the local verdict it started from."""

    block: Block
    verdict: Verdict
    code: str | None
    reason: str
    local_verdict: Verdict | None  # None: a short line left to its context
    field: str | None = None
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The block's entry in the provenance JSON."""
        out: dict[str, Any] = {
            "index": self.block.index,
            "line": self.block.line,
            "span": [self.block.span.start, self.block.span.end],
            "verdict": self.verdict.value,
            "local_verdict": self.local_verdict.value if self.local_verdict else "undecided",
            "code": self.code,
            "reason": self.reason,
        }
        if self.field is not None:
            out["field"] = self.field
            out["value"] = self.value
        if self.block.path is not None:
            out["path"] = self.block.path
        return out


@dataclass(frozen=True, slots=True)
class InputInfo:
    """How the input arrived and how it was decoded."""

    sha256: str
    size: int  # bytes for bytes input, UTF-8 bytes for str input
    encoding: str  # "str" when the caller passed text
    format: str
    decode_note: str | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    """A guard that fired while cleaning, said out loud."""

    name: str
    reason: str


SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Result:
    """The cleaned article, its metadata and the decision on every block."""

    body: str
    title: str | None
    author: str | None
    source: str | None
    published: str | None
    language: str | None
    url: str | None
    decisions: tuple[Decision, ...]
    input: InputInfo
    config_digest: str
    selected: tuple[str, ...]
    plugins: tuple[str, ...] = ()  # codes of detectors that are not built in
    flags: tuple[Flag, ...] = field(default=())
    version: str = ""
    metadata_sources: dict[str, str] = field(default_factory=dict)  # field → where its value came from

    def to_markdown(self) -> str:
        """The body as Markdown: headings, list items, block quotes and table rows keep their markup."""
        from newsclean.markdown import render

        return render(d.block for d in self.decisions if d.verdict is Verdict.KEEP)

    @property
    def removed(self) -> tuple[Decision, ...]:
        """Decisions of the blocks that left the body (dropped or moved to metadata)."""
        return tuple(d for d in self.decisions if d.verdict is not Verdict.KEEP)

    @property
    def kept_spans(self) -> tuple[Span, ...]:
        """Source spans of the kept blocks, in order: enough to replay the body."""
        return tuple(d.block.span for d in self.decisions if d.verdict is Verdict.KEEP)

    def to_dict(self) -> dict[str, Any]:
        """The versioned provenance shape documented in the README."""
        return {
            "schema": SCHEMA_VERSION,
            "newsclean": self.version,
            "input": {
                "sha256": self.input.sha256,
                "size": self.input.size,
                "encoding": self.input.encoding,
                "format": self.input.format,
                "decode_note": self.input.decode_note,
            },
            "config": {
                "digest": self.config_digest,
                "selected": list(self.selected),
                "plugins": list(self.plugins),
            },
            "metadata": {
                "title": self.title,
                "author": self.author,
                "source": self.source,
                "published": self.published,
                "language": self.language,
                "url": self.url,
            },
            "metadata_sources": dict(self.metadata_sources),
            "flags": [{"name": f.name, "reason": f.reason} for f in self.flags],
            "body": self.body,
            "blocks": [d.to_dict() for d in self.decisions],
        }
