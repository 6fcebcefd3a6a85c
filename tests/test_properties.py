"""Invariants on any input: never raises, deterministic, idempotent, replayable, output ⊆ input."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean.canonical import normalize_line, replay
from newsclean.model import Verdict
from newsclean.segment import LINE_BREAK
from strategies import pages

CLEANER = newsclean.Cleaner()
any_text = st.one_of(st.text(), pages())


def visible_lines(text: str) -> list[str]:
    return [ln for ln in LINE_BREAK.split(text) if normalize_line(ln)]


@given(st.one_of(st.text(), st.binary(), pages(), pages().map(lambda s: s.encode("utf-8"))))
def test_never_raises_and_always_explains(source):
    result = CLEANER.clean(source)
    assert isinstance(result.body, str)
    assert result.to_dict()["schema"] == 1
    assert not result.body.startswith("\n") and not result.body.endswith("\n")


@given(any_text)
def test_deterministic(source):
    assert CLEANER.clean(source).to_dict() == CLEANER.clean(source).to_dict()


@given(any_text)
@example("AA:SHE:SHE\rNEWSLETTER aBONNIEREN:0:0:0:0:0:0:0:A")  # a dropped credit once swayed the language
def test_idempotent(source):
    body = CLEANER.clean(source).body
    assert CLEANER.clean(body).body == body


@given(any_text)
def test_body_replays_from_kept_spans(source):
    result = CLEANER.clean(source)
    spans = [(s.start, s.end) for s in result.kept_spans]
    assert replay(source, spans) == result.body


@given(any_text)
def test_every_paragraph_is_an_input_line(source):
    lines = {normalize_line(ln) for ln in LINE_BREAK.split(source)}
    for paragraph in CLEANER.clean(source).body.split("\n\n"):
        assert paragraph == "" or paragraph in lines


@given(any_text)
def test_every_visible_line_has_exactly_one_decision(source):
    result = CLEANER.clean(source)
    visible = visible_lines(source)
    decided = [d for d in result.decisions if normalize_line(d.block.text)]
    assert len(decided) == len(visible)
    assert [normalize_line(d.block.text) for d in decided] == [normalize_line(v) for v in visible]
    assert all(d.verdict in Verdict for d in result.decisions)
    starts = [d.block.span.start for d in result.decisions]
    assert starts == sorted(set(starts))
