"""Every detector passes its own declared examples, and the declarations are well-formed."""

from __future__ import annotations

import pytest

from newsclean import BUILTIN
from newsclean.engine import ENGINE_RULES
from newsclean.testing import check_examples

FAMILIES = {"duplicates", "navigation", "ads", "widgets", "prompts", "lists", "credits", "byline", "body"}


@pytest.mark.parametrize("det", BUILTIN, ids=lambda d: f"{d.code}-{d.name}")
def test_examples(det):
    assert check_examples(det) == []


def test_codes_and_names_are_unique():
    codes = [d.code for d in BUILTIN] + [r.code for r in ENGINE_RULES]
    names = [d.name for d in BUILTIN] + [r.name for r in ENGINE_RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


def test_families_and_count():
    assert {d.family for d in BUILTIN} == FAMILIES
    assert len(BUILTIN) >= 30


def test_code_prefix_matches_family():
    by_prefix: dict[str, set[str]] = {}
    for d in BUILTIN:
        by_prefix.setdefault(d.code[:2], set()).add(d.family)
    assert all(len(f) == 1 for f in by_prefix.values())


def test_every_detector_has_doc_and_examples():
    for d in BUILTIN:
        assert d.doc and d.flags and d.keeps, d.code


def test_readme_rule_table_lists_every_rule():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for rule in (*BUILTIN, *ENGINE_RULES):
        assert f"| {rule.code} | `{rule.name}` |" in readme, rule.code
