"""The datatrove steps: a real pipeline (reader → newsclean → writer) on the local executor."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newsclean

pytest.importorskip("datatrove")
pytest.importorskip("orjson")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from newsclean.integrations.datatrove import NewscleanExtractor, NewscleanFormatter, page_metadata

PAGES = [
    "Harbour bridge to open in spring\n\nHome > News > Town\n\nBy Jane Doe\n\n"
    "The new bridge over the harbour will open in spring, the council said on Tuesday, after two years of work.\n\n"
    "Residents had waited a long time for the crossing, which cuts the walk to the station by half.\n\n"
    "Advertisement\n\nShare this article",
    "Library keeps its Sunday hours\n\nSkip to content\n\n"
    "The town library will stay open on Sundays, the mayor told the evening assembly after a long debate.\n\n"
    "Volunteers will help the two librarians on the busiest afternoons of the month.\n\n© 2025 Example Media",
    "Menu\n\nSearch",
    "<!doctype html><html><head><title>Ferry timetable changes | Example News</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Ferry timetable changes</h1>"
    "<p>The ferry to the islands will leave half an hour earlier from Monday, the operator said on Friday.</p>"
    "<p>Passengers with season tickets will be told by letter, and the old timetable stays online.</p>"
    "</article><footer>© 2025 Example News</footer></body></html>",
]


def _write_input(folder: Path) -> list[dict[str, str]]:
    records = [{"id": f"p{i}", "text": text, "metadata": {"url": f"https://example.com/{i}"}}
               for i, text in enumerate(PAGES)]
    folder.mkdir()
    for shard in range(2):  # two files, one for each of the two tasks
        with gzip.open(folder / f"part{shard}.jsonl.gz", "wt", encoding="utf-8") as fh:
            for record in records[shard::2]:
                fh.write(json.dumps(record) + "\n")
    return records


def _read_output(folder: Path) -> dict[str, dict[str, object]]:
    out = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                out[doc["id"]] = doc
    return out


@pytest.mark.parametrize("step", ["formatter", "extractor"])
def test_pipeline_output_equals_newsclean_on_each_document(tmp_path: Path, step: str) -> None:
    records = _write_input(tmp_path / "in")
    newsclean_step = NewscleanFormatter() if step == "formatter" else NewscleanExtractor(timeout=30)
    LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "in")), newsclean_step, JsonlWriter(str(tmp_path / "out"))],
        tasks=2, workers=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    got = _read_output(tmp_path / "out")
    for record in records:
        url = record["metadata"]["url"]
        expected = newsclean.clean(record["text"], url=url)
        if step == "extractor" and not expected.body:
            assert record["id"] not in got  # an extractor drops pages with no body, as datatrove's do
            continue
        doc = got[record["id"]]
        assert doc.get("text", "") == expected.body  # the writer leaves out an empty text
        metadata = doc["metadata"]
        assert isinstance(metadata, dict)
        assert metadata["url"] == url
        for key, value in page_metadata(expected).items():
            assert metadata[key] == value
    assert got["p0"]["metadata"]["author"] == "Jane Doe"


def test_steps_clean_in_memory_documents_like_clean() -> None:
    docs = [Document(text=t, id=str(i), metadata={"url": f"https://example.com/{i}"}) for i, t in enumerate(PAGES)]
    out = list(NewscleanFormatter().run(iter(docs)))
    assert [d.text for d in out] == [newsclean.clean(t).body for t in PAGES]
    assert NewscleanExtractor().extract(PAGES[0]) == newsclean.clean(PAGES[0]).body


def test_steps_reject_an_invalid_configuration() -> None:
    with pytest.raises(newsclean.ConfigError):
        NewscleanFormatter(newsclean.Config(select=("NOPE",)))


def test_steps_travel_to_other_processes_without_their_cleaner() -> None:
    import pickle

    step = NewscleanFormatter()
    step.format(PAGES[0])  # builds the Cleaner
    copy = pickle.loads(pickle.dumps(step))
    assert copy._cleaner is None and copy.format(PAGES[0]) == newsclean.clean(PAGES[0]).body


def test_without_datatrove_the_import_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    monkeypatch.delitem(sys.modules, "newsclean.integrations.datatrove")
    monkeypatch.setitem(sys.modules, "datatrove.data", None)
    with pytest.raises(ImportError, match=r"pip install 'newsclean\[datatrove\]'"):
        importlib.import_module("newsclean.integrations.datatrove")
