"""The ``newsclean`` command: a filter from page text to article body, with explanations."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from newsclean.cleaner import Cleaner, version
from newsclean.config import MAX_LINES, Config, ConfigError
from newsclean.detectors import BUILTIN
from newsclean.engine import ENGINE_RULES
from newsclean.html.dom_detectors import DETECTORS as DOM_DETECTORS
from newsclean.jsonl_cli import add_arguments as add_jsonl_arguments
from newsclean.jsonl_cli import run as run_jsonl
from newsclean.model import Result, Verdict
from newsclean.sitememory import SITE_TEMPLATE

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
COLOURS = {Verdict.KEEP: "\033[32m", Verdict.DROP: "\033[31m", Verdict.META: "\033[36m"}
RESET = "\033[0m"
EXPLAIN_TEXT_WIDTH = 60


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Print the article body of scraped news pages (HTML or flattened text); "
        "explain what was removed and why.",
    )
    p.add_argument("files", nargs="*", help="input files (default: standard input); '-' is stdin")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                   help="output format: the body, JSON provenance, or the body as Markdown")
    p.add_argument("--input-format", choices=("auto", "html", "text"), default="auto",
                   help="read input as HTML or flattened text (default: recognise HTML by how it starts)")
    p.add_argument("--title", action="store_true", help="print the headline before the body")
    p.add_argument("--explain", action="store_true",
                   help="show every input line with KEEP / DROP / META, detector code and reason")
    p.add_argument("--select", help="comma-separated codes, prefixes, names or families to use")
    p.add_argument("--extend-select", help="add to the selection")
    p.add_argument("--ignore", help="comma-separated selectors to leave out")
    p.add_argument("--language", help="force the page language (ISO 639-1) instead of detecting it")
    p.add_argument("--max-bytes", type=int, metavar="N",
                   help="detectors read at most N bytes of a document; the rest is judged by form (flagged)")
    p.add_argument("--time-budget", type=float, metavar="SECONDS",
                   help="detectors stop after SECONDS per document; the rest is judged by form (flagged)")
    p.add_argument("--max-lines", type=int, metavar="N",
                   help=f"text past N non-blank lines is kept unexamined (flagged); 0: no limit (default {MAX_LINES})")
    p.add_argument("--config", help="a newsclean.toml or pyproject.toml with [tool.newsclean]")
    p.add_argument("--list-detectors", action="store_true", help="list every rule and exit")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--version", action="version", version=f"newsclean {version()}")
    add_jsonl_arguments(p)
    return p


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in value.split(",") if s.strip()) if value else ()


def _config(args: argparse.Namespace) -> Config:
    base = Config.from_toml(args.config) if args.config else Config()
    return dataclasses.replace(
        base,
        select=_split(args.select) or base.select,
        ignore=(*base.ignore, *_split(args.ignore)),
        extend_select=(*base.extend_select, *_split(args.extend_select)),
        language=args.language or base.language,
        max_bytes=args.max_bytes if args.max_bytes is not None else base.max_bytes,
        time_budget=args.time_budget if args.time_budget is not None else base.time_budget,
        max_lines=base.max_lines if args.max_lines is None else (args.max_lines or None),
    )


def _list_detectors(out: TextIO) -> None:
    for d in (*BUILTIN, *DOM_DETECTORS):
        out.write(f"{d.code}  {d.name:<28} {d.effect.value:<4}  {d.doc}\n")
    for r in (*ENGINE_RULES, SITE_TEMPLATE):
        out.write(f"{r.code}  {r.name:<28} drop  {r.doc}\n")


def _explain(result: Result, out: TextIO, colour: bool) -> None:
    for d in result.decisions:
        text = " ".join(d.block.text[: 4 * EXPLAIN_TEXT_WIDTH].split())  # the tail past max_lines is long
        if len(text) > EXPLAIN_TEXT_WIDTH:
            text = text[: EXPLAIN_TEXT_WIDTH - 1] + "…"
        verdict = d.verdict.value.upper()
        if colour:
            verdict = COLOURS[d.verdict] + verdict + RESET
        why = d.reason + (f" → {d.field}={d.value!r}" if d.field and d.value else "")
        if d.local_verdict is not d.verdict:
            local = d.local_verdict.value if d.local_verdict else "undecided"
            why += f" (local: {local})"
        where = f"  @ {d.block.path}" if d.block.path else ""
        out.write(f"{d.block.line:>5}  {verdict:<4}  {d.code or '-':<4}  {text:<{EXPLAIN_TEXT_WIDTH}}  {why}{where}\n")
    for flag in result.flags:
        out.write(f"  !  {flag.name}: {flag.reason}\n")


def _render(result: Result, args: argparse.Namespace, out: TextIO, colour: bool) -> None:
    if args.format == "json":
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    elif args.explain:
        _explain(result, out, colour)
    elif args.format == "markdown":
        parts = [f"# {result.title}"] if args.title and result.title else []
        if result.body:
            parts.append(result.to_markdown())
        out.write("\n\n".join(parts) + "\n")
    else:
        parts = [result.title] if args.title and result.title else []
        if result.body:
            parts.append(result.body)
        out.write("\n\n".join(parts) + "\n")


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as fh:
        return fh.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code (0 ok, 1 input could not be processed, 2 usage)."""
    args = _parser().parse_args(argv)
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")
    if args.list_detectors:
        _list_detectors(out)
        return EXIT_OK
    try:
        cleaner = Cleaner(_config(args))
    except ConfigError as exc:
        sys.stderr.write(f"newsclean: {exc}\n")
        return EXIT_USAGE
    if args.jsonl is not None:
        return run_jsonl(args, cleaner.config)
    colour = args.color == "always" or (args.color == "auto" and out.isatty() and not os.environ.get("NO_COLOR"))
    names = args.files or ["-"]
    status = EXIT_OK
    for name in names:
        try:
            data = _read(name)
        except OSError as exc:
            sys.stderr.write(f"newsclean: cannot read {name}: {exc.strerror or exc}\n")
            status = EXIT_INPUT
            continue
        result = cleaner.clean(data, format=None if args.input_format == "auto" else args.input_format)
        if len(names) > 1 and args.format == "text":
            out.write(f"==> {name} <==\n")
        _render(result, args, out, colour)
    out.flush()
    return status


def entry() -> None:
    """Console-script entry point: no traceback, quiet when the reader of a pipe goes away."""
    try:
        code = main()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_OK
    except Exception as exc:  # the promise is no traceback; the message still says what broke
        sys.stderr.write(f"newsclean: internal error: {type(exc).__name__}: {exc}\n")
        code = EXIT_INPUT
    sys.exit(code)
