"""Our own invented HTML pages (fixtures/html): must-keep and must-drop text, and the expected metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "html").glob("*.html"))
CLEANER = newsclean.Cleaner()
FIELDS = ("title", "author", "published", "language", "url")


def same(value: str | None) -> str | None:
    """Compare as the text fixtures do: any run of whitespace is one space."""
    return " ".join(value.split()) if value else value


def paragraphs(body: str) -> set[str]:
    return {" ".join(p.split()) for p in body.split("\n\n") if p.strip()}


def load(path: Path) -> tuple[bytes, dict]:
    return path.read_bytes(), json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def test_there_are_enough_pages():
    assert len(FIXTURES) >= 10
    assert len({p.stem.split("_")[0] for p in FIXTURES}) >= 8  # languages


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_page(path):
    data, want = load(path)
    result = CLEANER.clean(data)
    assert result.input.format == "html"
    kept = paragraphs(result.body)
    missing = [s for s in want["must_keep"] if " ".join(s.split()) not in kept]
    leaked = [s for s in want["must_drop"] if " ".join(s.split()) in kept]
    assert not missing, f"dropped article text: {missing}"
    assert not leaked, f"kept boilerplate: {leaked}"
    for field in FIELDS:
        if field in want:
            assert same(getattr(result, field)) == same(want[field]), field
    assert set(result.metadata_sources) >= {f for f in ("title", "author", "published") if getattr(result, f)}


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_every_removed_block_says_where_it_was(path):
    result = CLEANER.clean(path.read_bytes())
    for d in result.removed:
        assert d.code and d.reason and d.block.path, d
    assert all(0 <= d.block.span.start <= d.block.span.end <= len(newsclean.segment.decode(path.read_bytes())[0])
               or d.block.path == "html>head>title" for d in result.decisions)


def test_markdown_keeps_structure():
    result = CLEANER.clean((FIXTURES[0].parent / "pl_pierogi.html").read_bytes())
    md = result.to_markdown()
    assert "## Składniki" in md
    assert "- 500 g mąki pszennej" in md
    assert "1. Grzyby namoczyć" in md and "3. Z mąki i wody" in md
    table = CLEANER.clean((FIXTURES[0].parent / "en_marathon_results.html").read_bytes()).to_markdown()
    assert "| Place | Runner | Time |\n| --- | --- | --- |\n| 1 | Daniel Kiprop | 2:09:41 |" in table


def test_text_input_markdown_is_the_body():
    result = newsclean.clean("Storm closes ports\n\nThe storm closed three ports on the coast on Monday, officials said.")
    assert result.input.format == "text"
    assert result.to_markdown() == result.body


def test_beautifulsoup_and_forced_formats():
    from bs4 import BeautifulSoup

    html = (FIXTURES[0].parent / "it_sagra_castagne.html").read_text(encoding="utf-8")
    direct = CLEANER.clean(html)
    soup = CLEANER.clean(BeautifulSoup(html, "html.parser"))
    assert soup.input.format == "html" and soup.body == direct.body
    as_text = CLEANER.clean(html, format="text")
    assert as_text.input.format == "text" and [f.name for f in as_text.flags] == ["html_as_text"]
    with pytest.raises(newsclean.ConfigError):
        CLEANER.clean(html, format="xml")
    with pytest.raises(TypeError):
        CLEANER.clean(12345)


def test_declared_charset_decodes_bytes():
    result = CLEANER.clean((FIXTURES[0].parent / "pt_feira_livro.html").read_bytes())
    assert result.input.encoding == "iso8859-1" and result.input.decode_note == "charset declared by the page"
    assert "A organização preparou também" in result.body
