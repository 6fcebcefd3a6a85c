"""Hostile-input benchmark: time per MB and peak memory on generated adversarial pages.

Each case runs in a fresh process (so its peak RSS is its own) and prints seconds of CPU per MB of
input and peak memory as a multiple of the input size, against the promises in the README
("Guarantees"): at most 2 s per MB and under 20x the input size, with the default configuration.
The scaling part cleans one page-like document of 1, 4, 16 and 64 MB with every line examined
(``max_lines=None``, so the figure is the engine's own) and prints time per MB at each size.

    python benchmarks/bench_hostile.py                 # every case at 1 MB, then scaling
    python benchmarks/bench_hostile.py --mb 4 --cases short_lines,deep_html
    python benchmarks/bench_hostile.py --no-scaling
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from hostile_inputs import CASES, generate

SECONDS_PER_MB = 2.0
MEMORY_TIMES_INPUT = 20.0
SCALING_SIZES = (1, 4, 16, 64)


def child(case: str, mb: float, every_line: bool) -> None:
    """Run one case in this process and print its figures as JSON."""
    import newsclean

    cleaner = newsclean.Cleaner(newsclean.Config(max_lines=None) if every_line else None)
    source = generate(case, int(mb * 1_000_000))
    size = len(source) if isinstance(source, bytes) else len(source.encode("utf-8", "surrogatepass"))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    result = cleaner.clean(source)
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "case": case, "bytes": size, "seconds": seconds, "peak_kb": peak, "base_kb": base,
        "blocks": len(result.decisions), "body": len(result.body), "flags": [f.name for f in result.flags],
        "format": result.input.format, "encoding": result.input.encoding,
    }))


def run(case: str, mb: float, every_line: bool = False) -> dict[str, object] | None:
    proc = subprocess.run([sys.executable, __file__, "--child", case, "--mb", str(mb),
                           *(["--every-line"] if every_line else [])],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"{case:<22} FAILED (exit {proc.returncode}): {proc.stderr.strip()[-300:]}")
        return None
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def report(row: dict[str, object]) -> bool:
    size_mb = int(row["bytes"]) / 1e6  # type: ignore[call-overload]
    grown_mb = (int(row["peak_kb"]) - int(row["base_kb"])) / 1024  # type: ignore[call-overload]
    if size_mb < 0.01:  # an empty or tiny page: per-MB figures mean nothing; it must simply be quick
        per_mb, times = 0.0, 0.0
        ok = float(row["seconds"]) < SECONDS_PER_MB and grown_mb < MEMORY_TIMES_INPUT  # type: ignore[arg-type]
    else:
        per_mb = float(row["seconds"]) / size_mb  # type: ignore[arg-type]
        times = grown_mb / size_mb
        ok = per_mb <= SECONDS_PER_MB and times <= MEMORY_TIMES_INPUT
    print(f"{row['case']:<22} {size_mb:6.2f} MB  {per_mb:6.2f} s/MB  peak +{grown_mb:7.1f} MB ({times:5.1f}x input)  "
          f"blocks {row['blocks']:>8}  {row['format']}/{row['encoding']}  flags {row['flags'] or '-'}  "
          f"{'ok' if ok else 'OVER'}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--mb", type=float, default=1.0, help="input size per case (default 1 MB)")
    ap.add_argument("--cases", help="comma-separated case names (default: all)")
    ap.add_argument("--no-scaling", action="store_true")
    ap.add_argument("--every-line", action="store_true", help="max_lines=None: examine every line of every case")
    args = ap.parse_args()
    if args.child:
        child(args.child, args.mb, args.every_line)
        return 0
    cases = args.cases.split(",") if args.cases else CASES
    print(f"promise: <= {SECONDS_PER_MB} s per MB, peak memory < {MEMORY_TIMES_INPUT:g}x the input (CPU seconds; "
          "memory = peak RSS growth while cleaning)")
    over = sum(1 for c in cases if (row := run(c, args.mb, args.every_line)) is None or not report(row))
    if not args.no_scaling:
        print("scaling, one page-like document, every line examined (max_lines=None):")
        per_mb = {}
        for mb in SCALING_SIZES:
            row = run("page_like", mb, every_line=True)
            if row is None:
                over += 1
                continue
            over += not report(row)
            per_mb[mb] = float(row["seconds"]) / (int(row["bytes"]) / 1e6)  # type: ignore[arg-type,call-overload]
        if 1 in per_mb and 64 in per_mb:
            print(f"time per MB at 64 MB / at 1 MB: {per_mb[64] / per_mb[1]:.2f}x (promise: within 2x)")
    print(f"{over} case(s) over the promise")
    return 0


if __name__ == "__main__":
    sys.exit(main())
