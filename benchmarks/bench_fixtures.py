"""Accuracy on newsclean's own invented fixture pages (fixtures/text): body and metadata.

    python benchmarks/bench_fixtures.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsclean
from newsclean.evaluation import token_scores

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"
FIELDS = ("title", "author", "source", "published")


def same(value: str | None) -> str | None:
    """Compare as the seed check does: any run of whitespace is one space."""
    return " ".join(value.split()) if value else value


def paragraphs(body: str) -> list[str]:
    return [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]


def evaluate(verbose: bool = False) -> dict[str, float]:
    cleaner = newsclean.Cleaner()
    f1s, exact, meta_ok, n = [], 0, 0, 0
    for path in sorted(FIXTURES.glob("*.txt")):
        want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        got = cleaner.clean(path.read_text(encoding="utf-8"))
        n += 1
        f1s.append(token_scores(got.body, want["body"])[2])
        exact += paragraphs(got.body) == paragraphs(want["body"])
        wrong = [f for f in FIELDS if same(getattr(got, f)) != same(want[f])]
        meta_ok += not wrong
        if verbose and (got.body != want["body"] or wrong):
            gp, wp = got.body.split("\n\n"), want["body"].split("\n\n")
            print(f"{path.stem}: F1 {f1s[-1]:.3f}")
            for p in gp:
                if p not in wp:
                    print(f"   + {p[:100]}")
            for p in wp:
                if p not in gp:
                    print(f"   - {p[:100]}")
            for f in wrong:
                print(f"   {f}: got {getattr(got, f)!r}, want {want[f]!r}")
            if got.language != want["language"]:
                print(f"   language: got {got.language!r}, want {want['language']!r}")
    return {"pages": n, "f1": sum(f1s) / n, "exact": exact / n, "metadata": meta_ok / n}


if __name__ == "__main__":
    scores = evaluate("-v" in sys.argv)
    print(f"{scores['pages']} pages: mean token F1 {scores['f1']:.3f}, body exact {scores['exact']:.0%}, "
          f"title+author+source+date right {scores['metadata']:.0%}")
