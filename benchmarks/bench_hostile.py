"""Hostile-input benchmark: time per MB and peak memory on generated adversarial pages.

Each case runs in a fresh process (so its peak RSS is its own) and prints seconds of CPU per MB of
input and peak memory as a multiple of the input size, against the promises in the README
("Guarantees"): at most 2 s per MB and under 20x the input size. The scaling part cleans one
page-like document of 1, 4, 16 and 64 MB and prints time per MB at each size.

    python benchmarks/bench_hostile.py                 # every case at 1 MB, then scaling
    python benchmarks/bench_hostile.py --mb 4 --cases short_lines,deep_html
    python benchmarks/bench_hostile.py --no-scaling
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time

SECONDS_PER_MB = 2.0
MEMORY_TIMES_INPUT = 20.0
SCALING_SIZES = (1, 4, 16, 64)

WORDS = ("the council said on monday that a new bridge over the river would be built next year after "
         "residents asked for safer crossings and the mayor promised money from the regional budget").split()
MENU = ("Home", "News", "Sport", "Weather", "Business", "Culture", "Opinion", "Video", "Podcasts", "Contact")


def _sentence(rnd: random.Random, n: int = 24) -> str:
    words = [rnd.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def page_like(size: int, rnd: random.Random) -> str:
    """Pages of menus, a headline, prose and footers, repeated to ``size`` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        page = [*MENU, "Bridge plan approved", "Back to News", "Bridge plan approved", "By Jane Doe"]
        page += [_sentence(rnd) for _ in range(8)]
        page += ["Advertisement", "Villa in the hills", "View Property", "Share", "© 2026 Example News"]
        block = "\n".join(page) + "\n\n"
        parts.append(block)
        total += len(block)
    return "".join(parts)[:size]


def generate(case: str, size: int) -> str | bytes:
    """One adversarial input of about ``size`` bytes."""
    rnd = random.Random(case)
    if case == "one_line":
        return " ".join(rnd.choice(WORDS) for _ in range(size // 5))[:size]
    if case == "one_token":
        return "a" * size
    if case == "digit_run":
        return "1" * size
    if case == "short_lines":  # about a million short lines at 8 MB
        return "\n".join(rnd.choice(MENU) for _ in range(size // 7))[:size]
    if case == "identical_lines":
        return "Advertisement\n" * (size // 14)
    if case == "random_bytes":
        return rnd.randbytes(size)
    if case == "invalid_utf8":
        return (b"caf\xc3 \xff\xfe r\xe9sum\xe9 \x80\x81 ok\n" * (size // 28))[:size]
    if case == "cp1252_mislabelled":
        return ("Caf\u00e9 \u201cquoted\u201d na\u00efve \u2013 r\u00e9sum\u00e9 text line here.\n" * (size // 50)).encode("cp1252")
    if case == "utf16_bom":
        return "\ufeff".encode("utf-16-le")[:0] + page_like(size // 2, rnd).encode("utf-16")
    if case == "utf16_no_bom":
        return page_like(size // 2, rnd).encode("utf-16-le")
    if case == "nul_controls":
        return ("a\x00b\x01 c\x07d\x1b\n" * (size // 10))[:size]
    if case == "lone_surrogates":
        return ("text \ud800 more \udfff words\n" * (size // 24))[:size]
    if case == "combining_storm":
        return ("e" + "\u0301" * 200 + " ") * (size // 402)
    if case == "rtl_zero_width":
        return ("\u202e\u200fمرحبا\u200b بالعالم\u200d \u2066abc\u2069\n" * (size // 40))[:size]
    if case == "cr_only":
        return page_like(size, rnd).replace("\n", "\r")
    if case == "crlf":
        return page_like(size, rnd).replace("\n", "\r\n")
    if case == "all_boilerplate":
        return ("Home\nNews\nAdvertisement\nShare\nSubscribe to our newsletter\n© 2026 Example\n" * (size // 60))[:size]
    if case == "empty":
        return ""
    if case == "page_like":
        return page_like(size, rnd)
    if case == "deep_html":
        depth = size // 11
        return "<html><body>" + "<div>" * depth + "text" + "</div>" * depth + "</body></html>"
    if case == "huge_attribute":
        return '<html><body><div class="' + "a" * size + '"><p>' + _sentence(rnd) + "</p></div></body></html>"
    if case == "html_many_paragraphs":
        paras = "".join(f"<p>{_sentence(rnd)}</p>" for _ in range(size // 160))
        return f"<html><head><title>T</title></head><body><article>{paras}</article></body></html>"
    raise SystemExit(f"unknown case {case!r}")


CASES = (
    "one_line", "one_token", "digit_run", "short_lines", "identical_lines", "random_bytes", "invalid_utf8",
    "cp1252_mislabelled", "utf16_bom", "utf16_no_bom", "nul_controls", "lone_surrogates", "combining_storm",
    "rtl_zero_width", "cr_only", "crlf", "all_boilerplate", "empty", "page_like", "deep_html", "huge_attribute",
    "html_many_paragraphs",
)


def child(case: str, mb: float) -> None:
    """Run one case in this process and print its figures as JSON."""
    import newsclean

    source = generate(case, int(mb * 1_000_000))
    size = len(source) if isinstance(source, bytes) else len(source.encode("utf-8", "surrogatepass"))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    result = newsclean.clean(source)
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "case": case, "bytes": size, "seconds": seconds, "peak_kb": peak, "base_kb": base,
        "blocks": len(result.decisions), "body": len(result.body), "flags": [f.name for f in result.flags],
        "format": result.input.format, "encoding": result.input.encoding,
    }))


def run(case: str, mb: float) -> dict[str, object] | None:
    proc = subprocess.run([sys.executable, __file__, "--child", case, "--mb", str(mb)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"{case:<22} FAILED (exit {proc.returncode}): {proc.stderr.strip()[-300:]}")
        return None
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def report(row: dict[str, object]) -> bool:
    size_mb = max(int(row["bytes"]), 1) / 1e6  # type: ignore[call-overload]
    per_mb = float(row["seconds"]) / size_mb  # type: ignore[arg-type]
    grown_mb = (int(row["peak_kb"]) - int(row["base_kb"])) / 1024  # type: ignore[call-overload]
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
    args = ap.parse_args()
    if args.child:
        child(args.child, args.mb)
        return 0
    cases = args.cases.split(",") if args.cases else CASES
    print(f"promise: <= {SECONDS_PER_MB} s per MB, peak memory < {MEMORY_TIMES_INPUT:g}x the input (CPU seconds; "
          "memory = peak RSS growth while cleaning)")
    over = sum(1 for c in cases if (row := run(c, args.mb)) is None or not report(row))
    if not args.no_scaling:
        print("scaling, one page-like document:")
        per_mb = {}
        for mb in SCALING_SIZES:
            row = run("page_like", mb)
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
