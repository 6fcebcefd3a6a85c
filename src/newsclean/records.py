"""JSON-lines records: one input line in, exactly one output line (or a counted drop) out.

An input line is a JSON object with the page in a text (or html) field and optional ``url``,
``id`` and ``site`` fields. The output line carries ``id``, ``url``, ``body``, ``metadata`` and
``flags`` (and with provenance the input, config and every block's decision), or, for a line that
could not be cleaned, ``id`` (when readable), ``url``, the input ``line`` number and an ``error``.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from typing import Any

from newsclean.cleaner import Cleaner
from newsclean.config import Config
from newsclean.sitememory import SiteMemory, site_of

# Result fields that the output record carries at its top level, not under ``provenance``.
TOP_LEVEL = ("body", "metadata", "flags")
JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
              float: "a number", type(None): "null"}


class Outcome(enum.IntEnum):
    """What became of one input line."""

    CLEANED = 0
    ERROR = 1  # an error record was written
    DROPPED = 2  # the body was empty and empty bodies are dropped


@dataclass(frozen=True)
class RecordFormat:
    """Field names of the input records and what the output records carry."""

    text_field: str = "text"
    html_field: str | None = None  # when set, the page is read from this field instead
    url_field: str = "url"
    id_field: str = "id"
    site_field: str = "site"  # groups pages for site memory; the URL's host when absent
    provenance: bool = False
    drop_empty: bool = False

    @property
    def page_field(self) -> str:
        """The field the page is read from."""
        return self.html_field or self.text_field

    @property
    def page_format(self) -> str | None:
        """``"html"`` for pages read from the html field; None lets the cleaner recognise the format."""
        return "html" if self.html_field else None


class RecordError(ValueError):
    """A line that cannot be cleaned; the message goes into its error record."""

    def __init__(self, message: str, record: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.record = record


def _kind(value: object) -> str:
    return JSON_TYPES.get(type(value), type(value).__name__)


def parse(line: bytes, fmt: RecordFormat) -> tuple[dict[str, Any], str, str | None]:
    """The record, its page and its URL; raises RecordError saying what is wrong with the line."""
    if not line.strip():
        raise RecordError("empty line")
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError too
        raise RecordError(f"invalid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise RecordError(f"not a JSON object but {_kind(record)}")
    if fmt.page_field not in record:
        raise RecordError(f"no {fmt.page_field!r} field", record)
    page = record[fmt.page_field]
    if not isinstance(page, str):
        raise RecordError(f"{fmt.page_field!r} is {_kind(page)}, not a string", record)
    url = record.get(fmt.url_field)
    if url is not None and not isinstance(url, str):
        raise RecordError(f"{fmt.url_field!r} is {_kind(url)}, not a string", record)
    return record, page, url


def site_key(record: dict[str, Any], url: str | None, fmt: RecordFormat) -> str | None:
    """The site a record belongs to: its site field when that is a string, else its URL's host."""
    site = record.get(fmt.site_field)
    return site_of(url, site if isinstance(site, str) else None)


def dumps(record: dict[str, Any]) -> bytes:
    """One output line; a lone surrogate in a string stays a JSON escape instead of breaking UTF-8."""
    return json.dumps(record, ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n"


def error_record(number: int, message: str, record: dict[str, Any] | None, fmt: RecordFormat) -> dict[str, Any]:
    """The output record of a line that could not be cleaned."""
    url = record.get(fmt.url_field) if record is not None else None
    return {
        "id": record.get(fmt.id_field) if record is not None else None,
        "url": url if isinstance(url, str) else None,
        "line": number,
        "error": message,
    }


class LineCleaner:
    """Turns numbered input lines into output lines; built once per worker process."""

    def __init__(self, cleaner: Cleaner, fmt: RecordFormat, memory: SiteMemory | None = None) -> None:
        self.cleaner, self.fmt, self.memory = cleaner, fmt, memory

    def __call__(self, chunk: list[tuple[int, bytes]]) -> list[tuple[Outcome, bytes | None]]:
        return [self.line(number, line) for number, line in chunk]

    def line(self, number: int, line: bytes) -> tuple[Outcome, bytes | None]:
        """The outcome and output line of input line ``number`` (1-based)."""
        fmt, record = self.fmt, None
        try:
            record, page, url = parse(line, fmt)
            site = self.memory.for_page(site=site_key(record, url, fmt)) if self.memory is not None else None
            result = self.cleaner.clean(page, url=url, format=fmt.page_format, site=site)
        except RecordError as exc:
            return Outcome.ERROR, dumps(error_record(number, str(exc), exc.record, fmt))
        except Exception as exc:  # a page that fails must not take the batch down: it becomes an error record
            return Outcome.ERROR, dumps(error_record(number, f"cleaning failed: {type(exc).__name__}: {exc}",
                                                     record, fmt))
        if fmt.drop_empty and not result.body:
            return Outcome.DROPPED, None
        full = result.to_dict()
        out: dict[str, Any] = {"id": record.get(fmt.id_field), "url": url}
        out.update((k, full[k]) for k in TOP_LEVEL)
        if fmt.provenance:
            out["provenance"] = {k: v for k, v in full.items() if k not in TOP_LEVEL}
        return Outcome.CLEANED, dumps(out)


@dataclass(frozen=True)
class RecordCleaner:
    """A picklable recipe for a worker: builds its Cleaner once and cleans chunks of numbered lines."""

    config: Config
    fmt: RecordFormat
    site_memory: SiteMemory | None = None

    def __call__(self) -> LineCleaner:
        return LineCleaner(Cleaner(self.config), self.fmt, self.site_memory)
