"""The page the project was created from comes back exactly as expected."""

from __future__ import annotations

from pathlib import Path

import newsclean

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_d2aacb7d845186f1.txt"

BODY_START = "Donald Trump discussed the war in Ukraine"
BODY_END = "must come from European allies."
GONE = ("Back to Station", "Author: Thomas Weyermann", "Source: Reuters", "Advertisement", "Villa",
        "Neo Chorio Paphos", "Agnades Village Villa No 27", "View Property", "MF Radio Cyprus",
        "Harry Styles", "Album Art")


def test_seed_page():
    result = newsclean.clean(SEED.read_text(encoding="utf-8"))
    assert result.title == "Trump: Putin and Selensky want peace; phone calls initiate talks to end the war"
    assert result.author == "Thomas Weyermann"
    assert result.source == "Reuters"
    assert result.published is None
    assert result.language == "en"
    paragraphs = result.body.split("\n\n")
    assert paragraphs[0].startswith(BODY_START)
    assert paragraphs[-1].endswith(BODY_END)
    assert len(paragraphs) == 19
    assert result.title not in result.body
    for line in GONE:
        assert line not in result.body


def test_seed_decisions_cover_every_line():
    text = SEED.read_text(encoding="utf-8")
    result = newsclean.clean(text)
    nonblank = [ln for ln in text.splitlines() if ln.strip()]
    assert len(result.decisions) == len(nonblank)
