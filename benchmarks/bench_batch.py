"""Batch benchmark: ``newsclean --jsonl`` throughput on 1 and 2 jobs, memory, order; what site memory adds.

Throughput: writes N JSON lines (the bench pages' ``text`` cycled, ids numbered, a malformed or blank
line sprinkled every few hundred records) to a temporary file, runs ``newsclean --jsonl`` on it with
each job count, and prints records/s, the ratio to one job, the peak resident memory of the whole
process tree, and whether every input line came out once, in order, bad lines as error records.
All figures come from the same run (the machine is shared: compare ratios, not absolute rates).

Site memory: body token F1 with and without site memory on an invented multi-page-per-site corpus
(benchmarks/site_corpus.py) and on the bench pages grouped by the host of their ``url``.

    python benchmarks/bench_batch.py [--records 2000] [--jobs 1,2] [--lines N] [--skip-throughput]
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import regex

import newsclean
from newsclean import SiteMemory, Thresholds
from newsclean.sitememory import site_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_corpus import corpus

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "scrapinghub.jsonl.gz"
TOKEN = regex.compile(r"\w+")
BAD_EVERY = 397  # a malformed line after every 397th record
BLANK_EVERY = 1009  # a blank line after every 1009th record
RSS_POLL = 0.1  # seconds between two memory samples


def f1(output: str, gold: str) -> float:
    """Token F1 of one page (bags of \\w+ tokens); an empty output scores 0."""
    out, ref = Counter(TOKEN.findall(output)), Counter(TOKEN.findall(gold))
    overlap = sum((out & ref).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(out.values()), overlap / sum(ref.values())
    return 2 * p * r / (p + r)


def load(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def write_records(pages: list[dict[str, Any]], n: int, lines: int, path: Path) -> tuple[int, list[int]]:
    """N records and the sprinkled bad lines; returns the line count and the bad lines' numbers."""
    bad, number = [], 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            page = pages[i % len(pages)]
            text = "\n".join(page["text"].splitlines()[:lines]) if lines else page["text"]
            fh.write(json.dumps({"id": i, "url": page.get("url"), "text": text}) + "\n")
            number += 1
            for every, junk in ((BAD_EVERY, '{"id": "broken", "text": \n'), (BLANK_EVERY, "\n")):
                if (i + 1) % every == 0:
                    fh.write(junk)
                    number += 1
                    bad.append(number)
    return number, bad


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(ln for ln in status.splitlines() if ln.startswith("VmRSS:")).split()[1]) * 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_jsonl(src: Path, out: Path, jobs: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (all processes) and peak process-tree RSS of one ``newsclean --jsonl`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cmd = [sys.executable, "-c", "from newsclean.cli import entry; entry()",
           "--jsonl", str(src), "-o", str(out), "--jobs", str(jobs), "--quiet"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            done.wait(RSS_POLL)

    poller = threading.Thread(target=sample)
    poller.start()
    code = proc.wait()
    elapsed = time.perf_counter() - start
    done.set()
    poller.join()
    if code != 0:
        raise SystemExit(f"newsclean --jsonl exited with {code}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, peak


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x += i * i
    return x


def capacity(jobs: int, n: int = 10_000_000) -> float:
    """How many cores' worth of pure-Python work ``jobs`` processes get right now (others share the machine)."""
    start = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - start
    start = time.perf_counter()
    with multiprocessing.get_context().Pool(jobs) as pool:
        pool.map(_spin, [n] * jobs)
    return jobs * one / (time.perf_counter() - start)


def check_output(out: Path, records: int, lines: int, bad: list[int]) -> str:
    """'ok' when every input line came out once, in order, the bad ones as error records."""
    ids, errors = [], []
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "error" in rec:
                errors.append(rec["line"])
            else:
                ids.append(rec["id"])
    problems = []
    if len(ids) + len(errors) != lines:
        problems.append(f"{len(ids) + len(errors)} output lines for {lines} input lines")
    if ids != list(range(records)):
        problems.append("records out of order or missing")
    if errors != bad:
        problems.append(f"error records at {errors[:5]}…, expected {bad[:5]}…")
    return "ok" if not problems else "; ".join(problems)


def throughput(pages: list[dict[str, Any]], records: int, jobs_list: list[int], lines: int, repeat: int) -> None:
    """Runs every job count ``repeat`` times, interleaved; reports the best run of each."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        total, bad = write_records(pages, records, lines, src)
        size = src.stat().st_size / 1e6
        print(f"{records} records + {len(bad)} bad lines, {size:.0f} MB, pages cut to {lines or 'all'} lines; "
              f"best of {repeat}; load average before: {os.getloadavg()[0]:.2f}")
        best: dict[int, tuple[float, float, int]] = {}
        checks: dict[int, str] = {}
        top = max(jobs_list)
        before = capacity(top)
        for _ in range(repeat):
            for jobs in jobs_list:
                out = Path(tmp) / f"out{jobs}.jsonl"
                run = run_jsonl(src, out, jobs)
                checks[jobs] = check_output(out, records, total, bad)
                out.unlink()
                if jobs not in best or run[0] < best[jobs][0]:
                    best[jobs] = run
        base_rate, base_cpu = total / best[jobs_list[0]][0], best[jobs_list[0]][1] / total
        for jobs in jobs_list:
            elapsed, cpu, peak = best[jobs]
            rate = total / elapsed
            print(f"jobs {jobs}: {rate:8.1f} records/s  {size / elapsed:5.2f} MB/s  x{rate / base_rate:.2f}  "
                  f"CPU {1000 * cpu / total:5.1f} ms/record (x{cpu / total / base_cpu:.2f})  "
                  f"peak RSS {peak / 1e6:5.0f} MB  output {checks[jobs]}")
        print("(x for CPU: total CPU of all processes per record relative to the first job count; 1.00 means "
              "no parallel overhead, so on idle cores the speed-up is the job count)")
        print(f"{top} busy-loop processes got x{before:.2f} (before) and x{capacity(top):.2f} (after) the work of "
              f"one: the speed-up this machine had to give while other jobs shared it")


def score(records: list[dict[str, Any]], memory: SiteMemory | None) -> float:
    cleaner = newsclean.Cleaner()
    scores = []
    for r in records:
        site = memory.for_page(url=r.get("url")) if memory is not None else None
        scores.append(f1(cleaner.clean(r["text"], url=r.get("url"), site=site).body, r["gold"]))
    return sum(scores) / len(scores)


def site_memory_gain(pages: list[dict[str, Any]] | None) -> None:
    synthetic = corpus()
    memory = SiteMemory.build((r["url"], r["text"]) for r in synthetic)
    print(f"synthetic corpus ({len(synthetic)} pages, 3 sites): body F1 {score(synthetic, None):.3f} without "
          f"site memory, {score(synthetic, memory):.3f} with ({memory.lines} template lines)")
    if pages is None:
        return
    hosts = Counter(site_of(p.get("url")) for p in pages)
    shared = sum(1 for p in pages if hosts[site_of(p.get("url"))] > 1)
    base = score(pages, None)
    for th in (Thresholds(), Thresholds(min_pages=2)):
        memory = SiteMemory.build(((p.get("url"), p["text"]) for p in pages), thresholds=th)
        print(f"bench pages ({len(pages)}, {len(hosts)} hosts, {shared} pages share a host; min_pages "
              f"{th.min_pages}): body F1 {base:.3f} without, {score(pages, memory):.3f} with "
              f"({memory.lines} template lines on {len(memory.sites)} hosts)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--jobs", default="1,2", help="comma-separated job counts")
    ap.add_argument("--lines", type=int, default=0, help="cut each page to its first N lines (0: whole page)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per job count (interleaved; the best is reported)")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-site-memory", action="store_true")
    args = ap.parse_args()
    pages = load(args.data) if args.data.exists() else None
    if not args.skip_throughput:
        if pages is None:
            print(f"no bench data at {args.data}: throughput needs its pages")
        else:
            throughput(pages, args.records, [int(j) for j in args.jobs.split(",")], args.lines, args.repeat)
    if not args.skip_site_memory:
        site_memory_gain(pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
