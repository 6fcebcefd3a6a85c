"""HTML benchmark: newsclean and other extractors on the `html` field of the bench pages.

Each tool runs in a fresh process (so its memory is its own) over every page once; the parent
prints, per tool: mean token F1, precision and recall against the human-made gold body, pages/s,
and peak resident memory over the process's baseline (after imports and data loading). Token F1
is newsclean.evaluation.token_scores: ``\\w+`` tokens compared as bags per page, then the mean over
pages; an empty output scores 0. Peers run only when the `bench` extra is installed.

    python benchmarks/bench_html.py [path/to/scrapinghub.jsonl.gz] [--tools newsclean,trafilatura] [--worst N]
        [--interleaved R]

On a machine shared with other work, pages/s of separate runs move with the load. ``--interleaved R``
also times every tool in one process, the tools taking turns page by page (their order rotating),
over R passes, counting CPU seconds: each tool then meets the same load, so the speed ratios hold
from run to run.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable

DEFAULT_DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench", "scrapinghub.jsonl.gz")
# trafilatura keeps reader comments unless told not to; the article bodies we score have none, so its
# best settings here are the ones without comments.
TOOLS = ("newsclean", "trafilatura", "trafilatura_precision", "trafilatura_no_comments",
         "trafilatura_precision_no_comments", "readability", "justext")


def _newsclean() -> Callable[[str], str]:
    import newsclean

    cleaner = newsclean.Cleaner()
    return lambda html: cleaner.clean(html, format="html").body


def _trafilatura(precision: bool, comments: bool = True) -> Callable[[str], str]:
    import trafilatura

    return lambda html: trafilatura.extract(html, favor_precision=precision, include_comments=comments) or ""


def _readability() -> Callable[[str], str]:
    import lxml.html
    from readability import Document

    def run(html: str) -> str:
        summary = Document(html).summary(html_partial=True)
        root = lxml.html.fromstring(summary) if summary.strip() else None
        if root is None:
            return ""
        return "\n".join(t.strip() for t in root.itertext() if t.strip())

    return run


def _justext() -> Callable[[str], str]:
    import justext

    stoplist: frozenset[str] = frozenset().union(*(justext.get_stoplist(name) for name in justext.get_stoplists()))
    return lambda html: "\n".join(p.text for p in justext.justext(html, stoplist) if not p.is_boilerplate)


def _load_tool(name: str) -> Callable[[str], str]:
    factories: dict[str, Callable[[], Callable[[str], str]]] = {
        "newsclean": _newsclean,
        "trafilatura": lambda: _trafilatura(False),
        "trafilatura_precision": lambda: _trafilatura(True),
        "trafilatura_no_comments": lambda: _trafilatura(False, comments=False),
        "trafilatura_precision_no_comments": lambda: _trafilatura(True, comments=False),
        "readability": _readability,
        "justext": _justext,
    }
    return factories[name]()


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def run_child(tool: str, data: str) -> None:
    """Run one tool over every page and print its scores as JSON (in a fresh process)."""
    from newsclean.evaluation import token_scores

    with gzip.open(data, "rt", encoding="utf-8") as fh:
        pages = [json.loads(line) for line in fh]
    extract = _load_tool(tool)
    extract(pages[0]["html"])  # warm-up: lazy imports and caches
    baseline = _rss_mb()
    outputs = []
    start = time.perf_counter()
    for page in pages:
        try:
            outputs.append(extract(page["html"]))
        except Exception:  # a peer that fails on a page scores 0 there
            outputs.append("")
    elapsed = time.perf_counter() - start
    scores = [token_scores(o, p["gold"]) for o, p in zip(outputs, pages, strict=True)]
    print(json.dumps({
        "tool": tool, "pages": len(pages), "seconds": elapsed, "peak_mb": _rss_mb() - baseline,
        "p": [s[0] for s in scores], "r": [s[1] for s in scores], "f1": [s[2] for s in scores],
        "ids": [p["id"] for p in pages],
    }))


def run_interleaved(tools: list[str], data: str, passes: int) -> None:
    """Time the tools in one process, taking turns page by page; print CPU seconds per tool as JSON."""
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        pages = [json.loads(line)["html"] for line in fh]
    extractors = [(tool, _load_tool(tool)) for tool in tools]
    for _, extract in extractors:
        extract(pages[0])  # warm-up
    seconds = dict.fromkeys(tools, 0.0)
    for turn in range(passes * len(pages)):
        html = pages[turn % len(pages)]
        k = turn % len(extractors)
        for tool, extract in extractors[k:] + extractors[:k]:
            start = time.process_time()
            with contextlib.suppress(Exception):  # a peer that fails on a page still took the time
                extract(html)
            seconds[tool] += time.process_time() - start
    print(json.dumps({"pages": passes * len(pages), "seconds": seconds}))


def available(tool: str) -> bool:
    module = {"trafilatura_precision": "trafilatura", "trafilatura_no_comments": "trafilatura",
              "trafilatura_precision_no_comments": "trafilatura", "readability": "readability", "justext": "justext"}.get(tool, tool)
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=DEFAULT_DATA)
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--worst", type=int, default=0, help="list newsclean's N lowest-scoring pages")
    ap.add_argument("--interleaved", type=int, default=0, metavar="R",
                    help="also time the tools taking turns page by page in one process, R passes")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--interleave-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        run_child(args.child, args.data)
        return 0
    if args.interleave_child:
        run_interleaved(args.interleave_child.split(","), args.data, args.interleaved)
        return 0
    results = {}
    for tool in args.tools.split(","):
        if not available(tool):
            print(f"{tool:<22} not installed (pip install -e '.[bench]')")
            continue
        proc = subprocess.run([sys.executable, __file__, args.data, "--child", tool],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"{tool:<22} failed: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        res = results[tool] = json.loads(proc.stdout.strip().splitlines()[-1])
        n = res["pages"]
        print(f"{tool:<22} F1 {sum(res['f1']) / n:.3f}  P {sum(res['p']) / n:.3f}  R {sum(res['r']) / n:.3f}  "
              f"{n / res['seconds']:7.1f} pages/s  peak +{res['peak_mb']:.0f} MB RSS")
    if "newsclean" in results:
        ours = results["newsclean"]["pages"] / results["newsclean"]["seconds"]
        for tool, res in results.items():
            if tool != "newsclean":
                print(f"speed newsclean / {tool}: {ours / (res['pages'] / res['seconds']):.1f}x")
        if args.worst:
            res = results["newsclean"]
            for f1, pid in sorted(zip(res["f1"], res["ids"], strict=True))[: args.worst]:
                print(f"  {f1:.3f}  {pid}")
    if args.interleaved and results:
        _interleaved(list(results), args)
    return 0


def _interleaved(tools: list[str], args: argparse.Namespace) -> None:
    proc = subprocess.run([sys.executable, __file__, args.data, "--interleaved", str(args.interleaved),
                           "--interleave-child", ",".join(tools)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"interleaved run failed: {proc.stderr.strip().splitlines()[-1:]}")
        return
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    rates = {tool: res["pages"] / sec for tool, sec in res["seconds"].items() if sec > 0}
    print(f"interleaved, {args.interleaved} passes, tools taking turns page by page (pages per CPU second):")
    for tool, rate in rates.items():
        print(f"  {tool:<22} {rate:7.1f} pages/s")
    if "newsclean" in rates:
        for tool, rate in rates.items():
            if tool != "newsclean":
                print(f"  speed newsclean / {tool}: {rates['newsclean'] / rate:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
