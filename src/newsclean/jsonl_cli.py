"""``newsclean --jsonl``: JSON lines in, one cleaned JSON line per input line out, on several cores."""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing

from newsclean.config import Config
from newsclean.jsonl_io import MissingCodec, numbered_lines, open_input, open_output
from newsclean.parallel import default_jobs, ordered_map
from newsclean.progress import Progress
from newsclean.records import Outcome, RecordCleaner, RecordError, RecordFormat, parse, site_key
from newsclean.sitememory import MAX_ENTRIES, MIN_PAGES, MIN_SHARE, PROSE_SHARE, SiteCounter, SiteMemory, Thresholds

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
# Input lines per chunk sent to a worker.
LINES_PER_CHUNK = 32
# Records read from standard input to learn site templates before cleaning starts.
SITE_WARMUP = 2000


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The batch options of the ``newsclean`` command."""
    g = p.add_argument_group("batch (JSON lines)")
    g.add_argument("--jsonl", nargs="?", const="-", metavar="FILE",
                   help="clean JSON lines from FILE ('-' or none: stdin; .gz and .zst are decompressed)")
    g.add_argument("-o", "--output", metavar="OUT", help="write JSON lines to OUT (default stdout; .gz, .zst)")
    g.add_argument("--text-field", metavar="NAME", default="text", help="field holding the page text (default: text)")
    g.add_argument("--html-field", metavar="NAME", help="read the page from this field instead of the text field")
    g.add_argument("--url-field", metavar="NAME", default="url", help="field holding the page URL (default: url)")
    g.add_argument("--id-field", metavar="NAME", default="id", help="field copied to the output as id (default: id)")
    g.add_argument("--site-field", metavar="NAME", default="site", help="field naming the page's site (default: the URL's host)")
    g.add_argument("--provenance", action="store_true", help="add every block's decision to each output record")
    g.add_argument("--drop-empty", action="store_true", help="write nothing for records whose body is empty")
    g.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: every core)")
    g.add_argument("--quiet", action="store_true", help="no progress line and no final count on stderr")
    g.add_argument("--site-memory", action="store_true",
                   help="drop lines that many pages of the same site repeat (two passes over a file)")
    g.add_argument("--site-min-pages", type=int, default=MIN_PAGES, metavar="N",
                   help=f"pages a site needs before its lines can be templates (default {MIN_PAGES})")
    g.add_argument("--site-min-share", type=float, default=MIN_SHARE, metavar="F",
                   help=f"share of a site's pages a template line appears on (default {MIN_SHARE})")
    g.add_argument("--site-prose-share", type=float, default=PROSE_SHARE, metavar="F",
                   help=f"the same for lines that read like prose (default {PROSE_SHARE})")
    g.add_argument("--site-warmup", type=int, default=SITE_WARMUP, metavar="N",
                   help=f"from stdin: records read to learn templates before cleaning (default {SITE_WARMUP})")


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.files:
        return "--jsonl takes its input as --jsonl FILE, not as extra file arguments"
    if args.explain or args.title:
        return "--explain and --title print one page; with --jsonl use --provenance"
    if args.jobs is not None and args.jobs < 1:
        return f"--jobs must be at least 1, got {args.jobs}"
    if args.site_warmup < 1:
        return f"--site-warmup must be at least 1, got {args.site_warmup}"
    return None


def _format(args: argparse.Namespace) -> RecordFormat:
    return RecordFormat(args.text_field, args.html_field, args.url_field, args.id_field, args.site_field,
                        args.provenance, args.drop_empty)


def _count_sites(counter: SiteCounter, lines: Iterable[tuple[int, bytes]], fmt: RecordFormat) -> None:
    for _, line in lines:
        try:
            record, page, url = parse(line, fmt)
        except RecordError:
            continue
        counter.add(site_key(record, url, fmt), page)


def _learn_from_file(name: str, fmt: RecordFormat, th: Thresholds) -> SiteMemory:
    """Site memory from a first pass over a whole file."""
    counter = SiteCounter(max_entries=MAX_ENTRIES)
    with open_input(name) as stream:
        _count_sites(counter, numbered_lines(stream), fmt)
    return counter.freeze(th)


def _learn_from_head(lines: list[tuple[int, bytes]], fmt: RecordFormat, th: Thresholds) -> SiteMemory:
    """Site memory from the first lines of a stream (the warm-up window)."""
    counter = SiteCounter(max_entries=MAX_ENTRIES)
    _count_sites(counter, lines, fmt)
    return counter.freeze(th)


def run(args: argparse.Namespace, config: Config) -> int:
    """Clean the JSON lines named by ``args.jsonl``; returns the exit code."""
    problem = _usage_problem(args)
    if problem:
        sys.stderr.write(f"newsclean: {problem}\n")
        return EXIT_USAGE
    fmt = _format(args)
    try:
        th = Thresholds(args.site_min_pages, args.site_min_share, args.site_prose_share)
    except ValueError as exc:
        sys.stderr.write(f"newsclean: site memory: {exc}\n")
        return EXIT_USAGE
    progress = Progress(sys.stderr, live=not args.quiet and sys.stderr.isatty())
    try:
        with open_input(args.jsonl) as stream:
            lines = numbered_lines(stream)
            head: list[tuple[int, bytes]] = []
            memory = None
            if args.site_memory and args.jsonl == "-":
                head = list(itertools.islice(lines, args.site_warmup))
                memory = _learn_from_head(head, fmt, th)
            elif args.site_memory:
                memory = _learn_from_file(args.jsonl, fmt, th)
            results = ordered_map(RecordCleaner(config, fmt, memory), itertools.chain(head, lines),
                                  jobs=args.jobs or default_jobs(), chunksize=LINES_PER_CHUNK)
            with open_output(args.output) as out, closing(results):
                for outcome, line in results:
                    progress.count(error=outcome is Outcome.ERROR, dropped=outcome is Outcome.DROPPED)
                    if line is not None:
                        out.write(line)
    except MissingCodec as exc:
        sys.stderr.write(f"newsclean: {exc}\n")
        return EXIT_INPUT
    except BrokenProcessPool:
        sys.stderr.write("newsclean: a worker process died (out of memory?); the output is incomplete\n")
        return EXIT_INPUT
    except BrokenPipeError:
        raise
    except (OSError, EOFError) as exc:
        where = getattr(exc, "filename", None) or args.jsonl
        sys.stderr.write(f"newsclean: {where}: {getattr(exc, 'strerror', None) or exc}\n")
        return EXIT_INPUT
    if not args.quiet:
        progress.finish()
    return EXIT_OK
