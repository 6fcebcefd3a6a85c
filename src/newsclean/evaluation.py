"""The accuracy metric newsclean reports: token precision, recall and F1 against a gold body."""

from __future__ import annotations

from collections import Counter

from newsclean import rx

TOKEN = rx.compile(r"\w+")


def token_scores(output: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``output`` against ``gold`` as bags of ``\\w+`` tokens.

    An empty output (or gold) scores 0.

    >>> token_scores("a b c", "a b d")
    (0.6666666666666666, 0.6666666666666666, 0.6666666666666666)
    """
    out, ref = Counter(TOKEN.findall(output or "")), Counter(TOKEN.findall(gold or ""))
    overlap = sum((out & ref).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(out.values()), overlap / sum(ref.values())
    return p, r, 2 * p * r / (p + r)
