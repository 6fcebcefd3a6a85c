"""The DOM walk's shortcuts give what the plain computation gives: cached element facts, tag names
looked up by Lexbor's tag id, whitespace text nodes skipped early, word counts computed once."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.html import walk
from newsclean.html.page import analyse
from newsclean.prose import count_words
from test_html_properties import html_pages

CLEANER = newsclean.Cleaner()
ATTRIBUTE_NAMES = ("id", "class", "role", "itemprop", "style", "aria-hidden", "hidden", "href", "type", "src",
                   "data-id", "title")
ATTRIBUTE_VALUES = ("", "share-bar", "main", "articleBody", "display: none", "true", "related", "x", "/a", "hidden",
                    "navigation", "post category-news")


def _blocks(source: str) -> list[dict[str, object]]:
    return [dataclasses.asdict(b) for b in analyse(source).blocks]


@given(st.sampled_from(("div", "a", "span", "li", "input", "article", "nav", "figure", "h2", "section")),
       st.dictionaries(st.sampled_from(ATTRIBUTE_NAMES), st.sampled_from(ATTRIBUTE_VALUES), max_size=6),
       st.dictionaries(st.sampled_from(("src", "data-id", "title", "alt", "width")), st.text(max_size=8), max_size=3))
def test_facts_read_only_the_attributes_in_their_key(tag, attrs, extra):
    """Attributes left out of the cache key (a link's address, an image's source) never change the facts."""
    plain: dict[str, str | None] = dict(attrs)
    wider: dict[str, str | None] = {**extra, **attrs}
    assert walk.element_facts(tag, plain) == walk.element_facts(tag, wider)
    if plain:
        assert walk.facts_key(tag, plain) == walk.facts_key(tag, {k: v for k, v in wider.items()
                                                                 if k in ATTRIBUTE_NAMES})


@given(html_pages())
def test_cached_facts_give_the_same_blocks(source):
    first = _blocks(source)
    assert _blocks(source) == first  # the second walk reads every element's facts from the cache


def test_a_full_facts_cache_forgets_without_changing_results(monkeypatch: pytest.MonkeyPatch):
    page = ("<html><body><article>" + "".join(
        f"<p class='para-{i} share-{i % 3}' id='p{i}'>Paragraph number {i} of a long article body, with words.</p>"
        for i in range(40)) + "</article></body></html>")
    walk._FACTS.clear()
    expected = CLEANER.clean(page).to_dict()
    monkeypatch.setattr(walk, "FACTS_CACHE_MAX", 8)
    walk._FACTS.clear()
    assert CLEANER.clean(page).to_dict() == expected
    assert len(walk._FACTS) <= 8


def test_custom_elements_keep_their_names_across_pages():
    """Lexbor numbers custom elements per document: their names are never cached by id."""
    one = analyse("<html><body><my-widget><p>First page text</p></my-widget></body></html>")
    two = analyse("<html><body><other-thing><p>Second page text</p></other-thing></body></html>")
    assert one.blocks[-1].path.endswith("my-widget>p")
    assert two.blocks[-1].path.endswith("other-thing>p")


def test_a_data_hook_names_a_box_its_hashed_classes_do_not():
    """data-qa="newsletter" says what class="sc-nl-6t5r" hides: the box goes, the article's paragraphs stay."""
    paragraphs = [f"<p>Paragraph {n} of the match report, with enough words to read as article text here.</p>"
                  for n in range(6)]
    article = "".join(paragraphs)
    cut = len("".join(paragraphs[:3]))
    box = ('<div class="sc-nl-6t5r" data-qa="newsletter"><div class="sc-nl-ttl">Newsletter Gol Comarcal</div>'
           '<p class="sc-nl-tx">Recibe cada lunes el resumen de la jornada.</p></div>')
    unhooked = box.replace(' data-qa="newsletter"', "")
    body = CLEANER.clean(f"<html><body><main>{article[:cut]}{box}{article[cut:]}</main></body></html>").body
    assert "Recibe cada lunes" not in body and "Paragraph 5 of the match report" in body
    plain = CLEANER.clean(f"<html><body><main>{article[:cut]}{unhooked}{article[cut:]}</main></body></html>").body
    assert "Recibe cada lunes" in plain  # the hook, not the words, decided


@pytest.mark.parametrize(("html", "text"), [
    ("<p><b>left</b>\u00a0<b>right</b></p>", "left right"),  # a no-break space between inline elements
    ("<p><b>left</b> \n <b>right</b></p>", "left right"),
    ("<p>\u00a0<b>alone</b></p>", "alone"),
    ("<pre>one\n\ntwo</pre>", None),
])
def test_whitespace_text_nodes(html, text):
    blocks = analyse(f"<html><body>{html}</body></html>").blocks
    if text is not None:
        assert [b.text for b in blocks] == [text]
    else:
        assert [b.text for b in blocks] == ["one", "two"]


@given(st.text(max_size=80))
def test_block_word_counts_match_count_words(text):
    block = walk.RawBlock(text=text, owner=0, element=0, path="p", start=0, end=len(text), link_chars=0, role="p",
                          cells=None, boiler=None, landmark=None, hidden=None, figure=False, in_heading=False)
    assert block.words == count_words(text)
    assert block.tokens == len(text.split())


def test_a_label_in_capitals_and_the_title_after_it_are_two_words():
    texts = [b.text for b in analyse("<html><body><div><span>READ MORE</span><a href='/x'>Ferry fares rise</a></div>"
                                     "<div><span>Lee también</span><a href='/y'>La farmacia cierra</a></div>"
                                     "<p><span class='dropcap'>T</span>he ferry sails at noon.</p></body></html>").blocks]
    assert texts == ["READ MORE Ferry fares rise", "Lee también La farmacia cierra", "The ferry sails at noon."]
