"""Site memory: lines many pages of a site repeat go (ST01); a line of one page never does."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import SiteCounter, SiteMemory, Thresholds
from newsclean.cli import main
from newsclean.model import Verdict
from newsclean.sitememory import SITE_TEMPLATE, line_key, page_keys, site_of
from strategies import pages

WORDS = ("river", "market", "council", "school", "bridge", "harbour", "festival", "library", "station", "garden",
         "ferry", "museum", "orchard", "bakery", "choir", "tower", "meadow", "square", "theatre", "mill")
FOOTER = "Kettle corner: the reader puzzle returns Thursday"  # a site's own widget, inside the article
MASTHEAD = "The Valley Post"
PROSE_FOOTER = "The Valley Post is printed on recycled paper from the orchards of the upper valley."


def sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, 6)
    return (f"The {words[0]} near the {words[1]} was the subject of a long debate about the {words[2]}, "
            f"the {words[3]} and the {words[4]} of the town, said the {words[5]}.")


def page(rng: random.Random, *, footer: bool = True, prose_footer: bool = False) -> str:
    """A masthead, four paragraphs, and the site's widgets between the second and third."""
    paragraphs = [sentence(rng) for _ in range(4)]
    widgets = [FOOTER] * footer + [PROSE_FOOTER] * prose_footer
    return "\n\n".join([MASTHEAD, *paragraphs[:2], *widgets, *paragraphs[2:]])


def site_pages(n: int = 10, seed: int = 1, **kwargs: Any) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [(f"https://www.valley-post.example/{i}", page(rng, **kwargs)) for i in range(n)]


def clean_with(memory: SiteMemory, url: str, text: str, config: newsclean.Config | None = None) -> newsclean.Result:
    return newsclean.Cleaner(config).clean(text, url=url, site=memory.for_page(url=url))


def test_template_lines_go_with_their_code_and_reason() -> None:
    pages = site_pages()
    memory = SiteMemory.build(pages)
    url, text = pages[0]
    assert FOOTER in newsclean.clean(text).body  # the single-page rules miss it
    result = clean_with(memory, url, text)
    assert FOOTER not in result.body
    dropped = next(d for d in result.decisions if d.block.text == FOOTER)
    assert dropped.verdict is Verdict.DROP and dropped.code == "ST01"
    assert dropped.reason == "on 10 of 10 pages of valley-post.example"
    assert result.to_dict()["blocks"][dropped.block.index]["code"] == "ST01"
    assert "ST01" in result.selected


@pytest.mark.parametrize("seed", range(5))
def test_a_line_on_one_page_only_is_never_removed(seed: int) -> None:
    pages = site_pages(seed=seed)
    rng = random.Random(seed)
    lonely = rng.randrange(len(pages))
    url, text = pages[lonely]
    unique = "Only this page prints this line"
    pages[lonely] = (url, f"{text}\n\n{unique}")
    loosest = Thresholds(min_pages=2, min_share=0.01, prose_share=0.01)
    memory = SiteMemory.build(pages, thresholds=loosest)
    for u, t in pages:
        result = clean_with(memory, u, t)
        assert all(d.code != "ST01" for d in result.decisions if d.block.text != FOOTER and d.block.text != MASTHEAD)
    result = clean_with(memory, url, pages[lonely][1])
    assert next(d for d in result.decisions if d.block.text == unique).code != "ST01"


def test_prose_needs_a_higher_share_than_a_short_line() -> None:
    rng = random.Random(3)
    pages = [(f"https://valley-post.example/{i}", page(rng, footer=i < 6, prose_footer=i < 6)) for i in range(10)]
    memory = SiteMemory.build(pages)  # both lines on 6 of 10 pages: short lines need 50 %, prose 90 %
    result = clean_with(memory, *pages[0])
    codes = {d.block.text: d.code for d in result.decisions}
    assert codes[FOOTER] == "ST01"
    assert codes[PROSE_FOOTER] != "ST01" and PROSE_FOOTER in result.body


def test_small_sites_and_other_sites_are_left_alone() -> None:
    pages = site_pages(n=4)
    memory = SiteMemory.build(pages)  # fewer than five pages: no template
    assert memory.for_page(url=pages[0][0]) is None and memory.lines == 0
    memory = SiteMemory.build(site_pages())
    assert memory.for_page(url="https://elsewhere.example/1") is None
    assert memory.for_page(url=None) is None


def test_st01_can_be_ignored_like_any_rule() -> None:
    pages = site_pages()
    memory = SiteMemory.build(pages)
    result = clean_with(memory, *pages[0], config=newsclean.Config(ignore=("site",)))
    assert FOOTER in result.body and "ST01" not in result.selected


def test_the_counter_stays_under_its_cap_and_keeps_frequent_lines() -> None:
    counter = SiteCounter(max_entries=200)
    for url, text in site_pages(n=60):
        counter.add(site_of(url), text)
    assert counter.entries <= 200 and counter.pruned > 0
    templates = counter.freeze().for_page(url="https://valley-post.example/x")
    assert templates is not None and templates.pages == 60 and len(templates.lines) == 2


def test_clean_many_uses_site_memory() -> None:
    pages = site_pages()
    memory = SiteMemory.build(pages)
    bodies = [r.body for r in newsclean.clean_many([(t, u) for u, t in pages], jobs=2, site_memory=memory)]
    assert all(FOOTER not in b and b for b in bodies)


def test_site_of_groups_by_host_or_site_name() -> None:
    assert site_of("https://www.example.com/a") == "example.com"
    assert site_of("https://example.com:8080/a") == "example.com"
    assert site_of("not a url") is None
    assert site_of("https://example.com/a", "Blog Network") == "blog network"
    assert site_of("http://[::1", None) is None


def test_thresholds_are_checked() -> None:
    with pytest.raises(ValueError, match="min_pages"):
        Thresholds(min_pages=1)
    with pytest.raises(ValueError, match="min_share"):
        Thresholds(min_share=0)


@pytest.mark.parametrize("from_stdin", [False, True])
def test_cli_site_memory_from_a_file_or_stdin(tmp_path: Path, from_stdin: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{"id": i, "url": u, "text": t} for i, (u, t) in enumerate(site_pages())]
    records += [{"id": "s", "site": "valley-post.example", "text": page(random.Random(9))}, {"id": "bad"}]
    data = b"".join(json.dumps(r).encode() + b"\n" for r in records)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(data)
    if from_stdin:
        import io
        import sys

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    args = ["--jsonl", "-" if from_stdin else str(src), "-o", str(out), "--jobs", "1", "--quiet", "--site-memory",
            "--site-min-pages", "3", "--site-warmup", "5"]
    assert main(args) == 0
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in got] == [r["id"] for r in records]
    assert all(FOOTER not in r["body"] for r in got[:-1])
    assert got[-1]["error"] == "no 'text' field"
    assert "site memory" not in " ".join(r["body"] for r in got[:-1])


def test_cli_lists_and_readme_documents_st01(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-detectors"]) == 0
    assert "ST01  site.template_line" in capsys.readouterr().out
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"| {SITE_TEMPLATE.code} | `{SITE_TEMPLATE.name}` |" in readme


@settings(max_examples=40)
@given(st.lists(pages(), min_size=2, max_size=8))
def test_property_st01_only_drops_lines_found_on_two_pages_or_more(texts: list[str]) -> None:
    loosest = Thresholds(min_pages=2, min_share=0.01, prose_share=0.01)
    memory = SiteMemory.build(((f"https://example.com/{i}", t) for i, t in enumerate(texts)), thresholds=loosest)
    pages_with = Counter(k for t in texts for k in page_keys(t))
    cleaner = newsclean.Cleaner()
    for i, text in enumerate(texts):
        url = f"https://example.com/{i}"
        for d in cleaner.clean(text, url=url, site=memory.for_page(url=url)).decisions:
            if d.code == "ST01":
                assert pages_with[line_key(d.block.text)] >= 2


def test_a_template_line_goes_even_when_it_reads_like_article_text() -> None:
    question = "Have you seen the new harbour webcam of the Valley Post?"
    pages = [(u, t.replace(FOOTER, question)) for u, t in site_pages()]
    url, text = pages[0]
    assert question in newsclean.clean(text).body  # alone, a question is article text (BD03)
    result = clean_with(SiteMemory.build(pages), url, text)
    assert question not in result.body
    assert next(d for d in result.decisions if d.block.text == question).code == "ST01"


def test_pages_can_be_grouped_by_any_site_name() -> None:
    counter = SiteCounter()
    for _, text in site_pages():
        counter.add("Valley Post Network", text)
    counter.add(None, "Not counted")
    memory = counter.freeze()
    assert memory.for_page(site="valley post network") is not None
    assert memory.for_page(site="Valley Post Network", url="https://other.example/") is not None


def test_an_html_page_says_site_memory_was_not_applied() -> None:
    pages = site_pages()
    memory = SiteMemory.build(pages)
    html = "<html><body><h1>Valley news</h1><p>" + pages[0][1].replace("\n\n", "</p><p>") + "</p></body></html>"
    result = clean_with(memory, pages[0][0], html)
    assert "site_memory_text_only" in {f.name for f in result.flags}
    assert "site_memory_text_only" not in {f.name for f in clean_with(memory, *pages[0]).flags}
