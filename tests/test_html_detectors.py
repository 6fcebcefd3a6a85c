"""Every DOM detector passes its own examples (HTML snippets) and is declared like the text detectors."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import BUILTIN
from newsclean.html.dom_detectors import DETECTORS
from newsclean.testing import check_examples


@pytest.mark.parametrize("det", DETECTORS, ids=lambda d: f"{d.code}-{d.name}")
def test_examples(det):
    assert check_examples(det) == []


def test_family_codes_and_docs():
    assert {d.family for d in DETECTORS} == {"dom"}
    assert all(d.code.startswith("DM") and d.doc and d.flags and d.keeps for d in DETECTORS)
    codes = [d.code for d in (*BUILTIN, *DETECTORS)]
    assert len(codes) == len(set(codes))


def test_readme_rule_table_lists_every_dom_rule():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for rule in DETECTORS:
        assert f"| {rule.code} | `{rule.name}` |" in readme, rule.code


def test_dom_rules_are_selectable():
    page = "<html><body><article><p>" + "The council met on Tuesday and voted to keep the buses. " * 3 + \
        "</p><div class='share-bar'><p>Share on social media</p></div></article></body></html>"
    def code(result):
        return next(d.code for d in result.decisions if d.block.text == "Share on social media")

    assert code(newsclean.clean(page)) == "DM04"
    ignored = newsclean.clean(page, config=newsclean.Config(ignore=("DM04",)))
    assert "DM04" not in ignored.selected and code(ignored) != "DM04"
