"""Text-mode benchmark: newsclean on the flattened `text` field of the bench pages.

Prints mean token F1 (bag-of-words overlap per page, averaged), precision, recall and MB/s for
newsclean, the unchanged text and a C4-style line filter, measured in the same run, then the time
for 1 MB vs 16 MB of concatenated input (linearity, every line examined: max_lines=None).

    python benchmarks/bench_text.py [path/to/scrapinghub.jsonl.gz] [--worst N] [--no-scaling]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable

import regex

import newsclean

DEFAULT_DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench", "scrapinghub.jsonl.gz")
TOKEN = regex.compile(r"\w+")
C4_END = ("." , "!", "?", '"', "”", "’", "'")
C4_MIN_WORDS = 5


def tokens(text: str) -> Counter[str]:
    return Counter(TOKEN.findall(text or ""))


def score(output: str, gold: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of one page (bags of \\w+ tokens); empty output scores 0."""
    out, ref = tokens(output), tokens(gold)
    overlap = sum((out & ref).values())
    if not out or not ref or not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(out.values()), overlap / sum(ref.values())
    return p, r, 2 * p * r / (p + r)


def c4_filter(text: str) -> str:
    """Keep lines of at least five words that end in . ! ? or a quote."""
    return "\n".join(
        ln for ln in (x.strip() for x in text.splitlines())
        if len(ln.split()) >= C4_MIN_WORDS and ln.endswith(C4_END)
    )


def measure(name: str, fn: Callable[[str], str], pages: list[dict[str, str]]) -> list[float]:
    start = time.perf_counter()
    outputs = [fn(p["text"]) for p in pages]
    elapsed = time.perf_counter() - start
    scores = [score(o, p["gold"]) for o, p in zip(outputs, pages, strict=False)]
    mb = sum(len(p["text"].encode()) for p in pages) / 1e6
    n = len(scores)
    print(f"{name:<22} F1 {sum(s[2] for s in scores) / n:.3f}  P {sum(s[0] for s in scores) / n:.3f}  "
          f"R {sum(s[1] for s in scores) / n:.3f}  {mb / elapsed:8.1f} MB/s  {n / elapsed:8.0f} pages/s")
    return [s[2] for s in scores]


def scaling(cleaner: newsclean.Cleaner, pages: list[dict[str, str]]) -> None:
    corpus = "\n\n".join(p["text"] for p in pages)
    timings = {}
    for mb in (1, 16):
        size = mb * 1_000_000
        text = (corpus * (size // len(corpus) + 1))[:size]
        start = time.perf_counter()
        cleaner.clean(text)
        timings[mb] = time.perf_counter() - start
        print(f"{mb:>3} MB in one document: {timings[mb]:.2f} s ({mb / timings[mb]:.1f} MB/s)")
    print(f"16 MB / 1 MB time ratio: {timings[16] / timings[1]:.1f}x (linear = 16x)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=DEFAULT_DATA)
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--no-scaling", action="store_true")
    args = ap.parse_args()
    with gzip.open(args.data, "rt", encoding="utf-8") as fh:
        pages = [json.loads(line) for line in fh]
    cleaner = newsclean.Cleaner()
    print(f"{len(pages)} pages, {sum(len(p['text'].encode()) for p in pages) / 1e6:.2f} MB of text")
    measure("unchanged text", lambda t: t, pages)
    measure("C4-style line filter", c4_filter, pages)
    f1 = measure("newsclean", lambda t: cleaner.clean(t).body, pages)
    if args.worst:
        for value, page in sorted(zip(f1, pages, strict=False), key=lambda x: x[0])[: args.worst]:
            print(f"  {value:.3f}  {page['id']}  {page['url'][:90]}")
    if not args.no_scaling:
        scaling(newsclean.Cleaner(newsclean.Config(max_lines=None)), pages)  # every line examined
    return 0


if __name__ == "__main__":
    sys.exit(main())
