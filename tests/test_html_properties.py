"""Invariants on HTML input: never raises, deterministic, every body paragraph's words are the page's words."""

from __future__ import annotations

import html as html_escape

import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.html.page import analyse
from strategies import BOILERPLATE, sentence

CLEANER = newsclean.Cleaner()
WORD = regex.compile(r"\w+")
TAGS = ("p", "div", "li", "h2", "span", "a", "article", "aside", "nav", "blockquote", "td", "b", "figure", "section")
CLASSES = ("", "share", "related-posts", "ad", "content", "byline", "article-body", "shadow", "comments")


@st.composite
def element(draw: st.DrawFn, depth: int = 0) -> str:
    """A random element: a tag, maybe a class, text and children, sometimes left unclosed."""
    tag = draw(st.sampled_from(TAGS))
    cls = draw(st.sampled_from(CLASSES))
    attrs = f' class="{cls}"' if cls else ""
    if draw(st.booleans()) and tag == "a":
        attrs += ' href="/x"'
    text = html_escape.escape(draw(st.one_of(sentence, st.sampled_from(BOILERPLATE), st.text(max_size=20))))
    children = "".join(draw(st.lists(element(depth + 1), max_size=3))) if depth < 3 else ""
    close = "" if draw(st.integers(0, 9)) == 0 else f"</{tag}>"  # mangled: a missing end tag
    return f"<{tag}{attrs}>{text}{children}{close}"


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """A page of random elements, with a title and sometimes truncated mid-tag."""
    title = html_escape.escape(draw(sentence))
    body = "".join(draw(st.lists(element(), max_size=8)))
    page = f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"
    if draw(st.booleans()):
        page = page[: draw(st.integers(0, len(page)))]
    return page


any_html = st.one_of(html_pages(), st.text().map(lambda t: "<html><body>" + t))


@given(st.one_of(any_html, any_html.map(lambda s: s.encode("utf-8", "surrogatepass")), st.binary().map(
    lambda b: b"<!DOCTYPE html><p>" + b)))
def test_never_raises(source):
    result = CLEANER.clean(source, format="html")
    assert result.input.format == "html"
    assert result.to_dict()["schema"] == 1
    assert not result.body.startswith("\n") and not result.body.endswith("\n")
    assert isinstance(result.to_markdown(), str)


@given(any_html)
def test_deterministic(source):
    assert CLEANER.clean(source, format="html").to_dict() == CLEANER.clean(source, format="html").to_dict()


@given(html_pages())
def test_body_words_come_from_the_page_text(source):
    """Replay: every body paragraph is one block's text, and its words are words of the page's text."""
    result = CLEANER.clean(source, format="html")
    page = analyse(source)
    blocks = {" ".join(b.text.split()) for b in page.blocks}
    page_words = set(WORD.findall(" ".join(b.text for b in page.blocks)))
    for paragraph in (p for p in result.body.split("\n\n") if p):
        assert " ".join(paragraph.split()) in {" ".join(newsclean.canonical.normalize_line(b).split()) for b in blocks}
        assert set(WORD.findall(paragraph)) <= {w for w in page_words} | set(WORD.findall(
            newsclean.canonical.normalize_line(" ".join(b.text for b in page.blocks))))


@given(html_pages())
def test_every_block_has_one_decision_in_source_order(source):
    result = CLEANER.clean(source, format="html")
    starts = [d.block.span.start for d in result.decisions if d.block.path != "html>head>title"]
    assert starts == sorted(starts)
    assert all(d.block.path for d in result.decisions)


def test_deep_nesting_does_not_recurse():
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "A paragraph at the bottom of a very deep page, with enough words." + \
        "</div>" * depth + "</body></html>"
    result = CLEANER.clean(page)
    assert result.input.format == "html"
    assert all(len(d.block.path or "") < 1000 for d in result.decisions)
