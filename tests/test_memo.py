"""What a Cleaner remembers of lines across pages never changes a result, and only text is remembered."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import newsclean
from newsclean.detectors import base
from newsclean.detectors.base import NeedsContext, TextContext
from newsclean.memo import Memo
from newsclean.pageview import build_view

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "text").glob("*.txt"))


def _provenance(result: newsclean.Result) -> tuple[object, ...]:
    return (result.body, result.title, result.author, result.source, result.published,
            tuple((d.verdict, d.code, d.reason, d.value) for d in result.decisions))


def test_warm_memos_give_the_same_results_as_cold_ones() -> None:
    pages = [p.read_text(encoding="utf-8") for p in FIXTURES[::7]]
    cold = []
    for page in pages:
        base.LINE_FACTS.clear()
        base.TEXT_MARKS.clear()
        cold.append(_provenance(newsclean.Cleaner().clean(page)))
    warm = newsclean.Cleaner()
    order = list(range(len(pages)))
    random.Random(7).shuffle(order)
    for _ in range(2):  # the second round meets every line again
        for i in order:
            assert _provenance(warm.clean(pages[i])) == cold[i], FIXTURES[::7][i].name


def test_memos_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "LINE_FACTS", Memo(50))
    monkeypatch.setattr(base, "TEXT_MARKS", Memo(50))
    cleaner = newsclean.Cleaner()
    monkeypatch.setattr(cleaner.dispatch, "outcome_memo", Memo(50))
    page = "\n".join(f"Line number {i} of a page of distinct lines" for i in range(400))
    cleaner.clean(page)
    assert len(base.LINE_FACTS) == len(base.TEXT_MARKS) == len(cleaner.dispatch.outcome_memo) == 50


def test_the_memory_forgets_the_least_recently_used() -> None:
    memo: Memo[int] = Memo(2)
    memo.put("a", 1)
    memo.put("b", 2)
    assert memo.get("a") == 1  # "a" is now the recent one
    memo.put("c", 3)
    assert memo.get("b") is None and memo.get("a") == 1 and memo.get("c") == 3


def test_a_line_alone_has_no_place() -> None:
    view = build_view("Storm closes ports\nJane Doe\nThe storm closed three ports on Monday, officials said.")
    alone = TextContext(view.context(1))  # type: ignore[arg-type]
    assert alone.text == "Jane Doe" and alone.words == 2 and alone.view.lexicon is view.lexicon
    for ask in (lambda: alone.at(-1), lambda: alone.index, lambda: alone.block, lambda: alone.view.page,
                lambda: alone.view.headline, lambda: alone.view.prose_lines()):
        with pytest.raises(NeedsContext):
            ask()


def test_a_cleaner_pickles_as_its_configuration() -> None:
    import pickle

    cleaner = newsclean.Cleaner(newsclean.Config(ignore=("AD",)))
    page = FIXTURES[0].read_text(encoding="utf-8")
    first = cleaner.clean(page)
    again = pickle.loads(pickle.dumps(cleaner))
    assert again.config == cleaner.config and len(again.dispatch.outcome_memo) == 0
    assert _provenance(again.clean(page)) == _provenance(first)
