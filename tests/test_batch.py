"""Batches: clean_many and ``newsclean --jsonl`` — one output line per input line, in order, never a crash."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import progress
from newsclean.cli import main
from newsclean.records import LineCleaner, Outcome, RecordFormat

ARTICLE = (
    "Harbour bridge to open in spring\n\nHome > News > Town\n\nBy Jane Doe\n\n"
    "The new bridge over the harbour will open in spring, the council said on Tuesday, after two years of work.\n\n"
    "Residents had waited a long time for the crossing, which cuts the walk to the station by half.\n\n"
    "Advertisement\n\nShare this article"
)
OTHER = (
    "Library keeps its Sunday hours\n\nSkip to content\n\n"
    "The town library will stay open on Sundays, the mayor told the evening assembly after a long debate.\n\n"
    "Volunteers will help the two librarians on the busiest afternoons of the month.\n\n© 2025 Example Media"
)
PAGES = [ARTICLE, OTHER, "Menu\n\nSearch", ARTICLE.upper(), OTHER.replace("Sundays", "Mondays")]


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from newsclean.cli import entry; entry()", *args],
        input=stdin, capture_output=True, timeout=120, env={**os.environ, "NO_COLOR": "1"},
    )


def jsonl(records: list[Any]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def read(path: Path) -> list[dict[str, Any]]:
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


# clean_many


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_many_equals_clean_in_input_order(jobs: int) -> None:
    pages = PAGES * 5
    got = list(newsclean.clean_many(pages, jobs=jobs, chunksize=2))
    assert [r.body for r in got] == [newsclean.clean(p).body for p in pages]


def test_clean_many_takes_source_url_pairs_and_bytes() -> None:
    got = list(newsclean.clean_many([(ARTICLE, "https://example.com/a"), OTHER.encode(), (b"Menu", None)], jobs=1))
    assert got[0].url == "https://example.com/a" and got[0].author == "Jane Doe"
    assert got[1].body == newsclean.clean(OTHER).body
    assert got[2].url is None


def test_clean_many_is_lazy_on_an_endless_input() -> None:
    first = list(itertools.islice(newsclean.clean_many(itertools.cycle(PAGES), jobs=2, chunksize=3), 7))
    assert [r.body for r in first] == [newsclean.clean(p).body for p in itertools.islice(itertools.cycle(PAGES), 7)]


def test_clean_many_rejects_bad_items_and_settings_early() -> None:
    with pytest.raises(TypeError, match="clean_many takes"):
        list(newsclean.clean_many([42], jobs=1))  # type: ignore[list-item]
    with pytest.raises(newsclean.ConfigError):
        newsclean.clean_many(PAGES, config=newsclean.Config(select=("NOPE",)))
    with pytest.raises(ValueError, match="at least 1"):
        newsclean.clean_many(PAGES, jobs=0)


# JSON lines: one record at a time

FMT = RecordFormat()


def clean_line(line: bytes, fmt: RecordFormat = FMT) -> tuple[Outcome, dict[str, Any] | None]:
    outcome, out = LineCleaner(newsclean.Cleaner(), fmt)([(3, line)])[0]
    return outcome, json.loads(out) if out is not None else None


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (b"\n", "empty line"),
        (b"{not json\n", "invalid JSON"),
        (b"\xff\xfe{}\n", "invalid JSON"),
        (b"[1, 2]\n", "not a JSON object but a list"),
        (b'"text"\n', "not a JSON object but a string"),
        (b'{"id": 9}\n', "no 'text' field"),
        (b'{"id": 9, "text": 5}\n', "'text' is a number, not a string"),
        (b'{"id": 9, "text": null}\n', "'text' is null, not a string"),
        (b'{"id": 9, "text": "x", "url": ["a"]}\n', "'url' is a list, not a string"),
        (b"[" * 100_000 + b"\n", "invalid JSON"),
    ],
)
def test_a_bad_line_becomes_an_error_record(line: bytes, error: str) -> None:
    outcome, record = clean_line(line)
    assert outcome is Outcome.ERROR and record is not None
    assert record["error"].startswith(error) and record["line"] == 3
    if b'"id": 9' in line:
        assert record["id"] == 9


def test_a_page_that_fails_becomes_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("detector exploded")

    monkeypatch.setattr(newsclean.Cleaner, "clean", boom)
    outcome, record = clean_line(b'{"id": "a1", "text": "Hello", "url": "https://example.com/x"}')
    assert outcome is Outcome.ERROR and record == {
        "id": "a1", "url": "https://example.com/x", "line": 3,
        "error": "cleaning failed: RuntimeError: detector exploded",
    }


def test_record_fields_are_configurable_and_provenance_is_opt_in() -> None:
    fmt = RecordFormat(text_field="page", url_field="link", id_field="key", provenance=True)
    outcome, record = clean_line(json.dumps({"key": 1, "page": ARTICLE, "link": "https://example.com/a"}).encode(), fmt)
    assert outcome is Outcome.CLEANED and record is not None
    assert record["id"] == 1 and record["url"] == "https://example.com/a"
    assert record["body"] == newsclean.clean(ARTICLE).body
    assert record["metadata"]["author"] == "Jane Doe"
    assert {b["verdict"] for b in record["provenance"]["blocks"]} == {"keep", "drop", "meta"}
    html = "<p>The council said on Tuesday that the new harbour bridge will open in spring next year.</p>"
    _, from_html = clean_line(json.dumps({"raw": html}).encode(), RecordFormat(html_field="raw", provenance=True))
    assert from_html is not None and from_html["provenance"]["input"]["format"] == "html"
    assert from_html["body"] == newsclean.clean(html, format="html").body
    _, plain = clean_line(json.dumps({"text": ARTICLE}).encode())
    assert plain is not None and "provenance" not in plain and plain["id"] is None


def test_drop_empty_skips_empty_bodies() -> None:
    assert clean_line(b'{"text": "Menu"}', RecordFormat(drop_empty=True)) == (Outcome.DROPPED, None)
    outcome, record = clean_line(b'{"text": "Menu"}')
    assert outcome is Outcome.CLEANED and record is not None and record["body"] == ""


def test_a_lone_surrogate_stays_valid_utf8() -> None:
    outcome, record = clean_line(b'{"id": "\\ud800", "text": "Menu"}')
    assert outcome is Outcome.CLEANED and record is not None and record["id"] == "\ud800"


# JSON lines: the command


def mixed_input() -> tuple[bytes, int]:
    records = [{"id": i, "url": f"https://example.com/{i}", "text": PAGES[i % len(PAGES)]} for i in range(40)]
    lines = jsonl(records).splitlines(keepends=True)
    lines[5:5] = [b"{broken\n", b"\n", b'{"id": "no-text"}\n']
    return b"".join(lines), 3


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_input_line_gives_one_output_line_in_order(tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    data, errors = mixed_input()
    src, out = tmp_path / "in.jsonl.gz", tmp_path / "out.jsonl"
    src.write_bytes(gzip.compress(data))
    assert main(["--jsonl", str(src), "-o", str(out), "--jobs", jobs]) == 0
    got = read(out)
    assert len(got) == len(data.splitlines())
    assert [r["id"] for r in got if "error" not in r] == list(range(40))
    assert [r["line"] for r in got if "error" in r] == [6, 7, 8]
    assert got[7]["id"] == "no-text"
    assert got[0]["body"] == newsclean.clean(PAGES[0]).body
    err = capsys.readouterr().err
    assert err.startswith("newsclean: 43 records (") and err.endswith(f", {errors} errors\n")


def test_stderr_count_quiet_and_gzip_output(tmp_path: Path) -> None:
    data, _ = mixed_input()
    proc = run("--jsonl", "-", "-o", str(tmp_path / "out.jsonl.gz"), "--jobs", "2", "--drop-empty", stdin=data)
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert err.startswith("newsclean: 43 records (") and err.endswith(", 3 errors, 8 dropped as empty\n")
    assert len(read(tmp_path / "out.jsonl.gz")) == 43 - 8
    quiet = run("--jsonl", "--quiet", stdin=data)
    assert quiet.returncode == 0 and quiet.stderr == b""
    assert len(quiet.stdout.splitlines()) == 43
    gzipped = run("--jsonl", "--quiet", "--jobs", "1", stdin=gzip.compress(data))  # stdin by its magic bytes
    assert gzipped.returncode == 0 and gzipped.stdout == quiet.stdout


def test_zstd_files_round_trip(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    data, _ = mixed_input()
    (tmp_path / "in.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    assert main(["--jsonl", str(tmp_path / "in.jsonl.zst"), "-o", str(tmp_path / "out.jsonl.zst"),
                 "--jobs", "1", "--quiet"]) == 0
    with open(tmp_path / "out.jsonl.zst", "rb") as fh:
        out = zstandard.ZstdDecompressor().stream_reader(fh).read()
    assert len(out.splitlines()) == 43
    piped = run("--jsonl", "--quiet", "--jobs", "1", stdin=(tmp_path / "in.jsonl.zst").read_bytes())
    assert piped.returncode == 0 and piped.stdout == out


def test_zstd_without_the_package_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "zstandard", None)
    (tmp_path / "in.jsonl.zst").write_bytes(b"")
    assert main(["--jsonl", str(tmp_path / "in.jsonl.zst"), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert "pip install 'newsclean[zstd]'" in capsys.readouterr().err


def test_usage_and_input_errors_are_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", "a.jsonl", "b.txt"]) == 2
    assert main(["--jsonl", "--jobs", "0"]) == 2 and "--jobs must be at least 1" in capsys.readouterr().err
    assert main(["--jsonl", str(tmp_path / "nope.jsonl")]) == 1 and "No such file" in capsys.readouterr().err
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 50)[:-12])
    assert main(["--jsonl", str(tmp_path / "cut.jsonl.gz"), "--jobs", "1", "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "cut.jsonl.gz" in capsys.readouterr().err
    (tmp_path / "in.jsonl").write_bytes(b'{"text": "x"}\n')
    assert main(["--jsonl", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "no" / "dir.jsonl")]) == 1
    assert "dir.jsonl" in capsys.readouterr().err


def test_quiet_when_the_reader_goes_away() -> None:
    data, _ = mixed_input()
    cmd = f'{sys.executable} -c "from newsclean.cli import entry; entry()" --jsonl --jobs 2 | head -n 1'
    proc = subprocess.run(cmd, shell=True, input=data * 5, capture_output=True, timeout=120)
    assert len(proc.stdout.splitlines()) == 1
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr


def test_progress_redraws_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "REDRAW_EVERY", 0.0)
    live, silent = io.StringIO(), io.StringIO()
    for stream, is_live in ((live, True), (silent, False)):
        p = progress.Progress(stream, live=is_live)
        p.count()
        p.count(error=True)
        p.finish()
    assert live.getvalue().count("\r") == 3 and "2 records" in live.getvalue()
    assert "\r" not in silent.getvalue() and silent.getvalue().endswith("/s), 1 error\n")


# the parallel map


class DiesOnSeven:
    """A chunk function whose worker process dies on the item 7."""

    def __call__(self) -> Any:
        def run(chunk: list[int]) -> list[int]:
            if 7 in chunk:
                os._exit(3)
            return [i * 2 for i in chunk]

        return run


def test_a_dying_worker_fails_the_map_instead_of_hanging() -> None:
    from concurrent.futures.process import BrokenProcessPool

    from newsclean.parallel import ordered_map

    assert list(ordered_map(DiesOnSeven(), range(6), jobs=2, chunksize=2)) == [0, 2, 4, 6, 8, 10]
    with pytest.raises(BrokenProcessPool):
        list(ordered_map(DiesOnSeven(), range(20), jobs=2, chunksize=2))


def test_closing_the_map_early_stops_its_workers() -> None:
    from newsclean.parallel import ordered_map

    results = ordered_map(DiesOnSeven(), itertools.count(100), jobs=2, chunksize=3)
    assert [next(results) for _ in range(4)] == [200, 202, 204, 206]
    results.close()


class Doubles:
    """A chunk function that doubles numbers."""

    def __call__(self) -> Any:
        return lambda chunk: [i * 2 for i in chunk]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_map_reads_ahead_a_bounded_window_only(jobs: int) -> None:
    from newsclean.parallel import CHUNKS_PER_JOB, ordered_map

    pulled = 0

    def numbers() -> Any:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield i

    chunksize, ahead = 5, 0
    for n, doubled in enumerate(ordered_map(Doubles(), numbers(), jobs=jobs, chunksize=chunksize)):
        assert doubled == 2 * n
        ahead = max(ahead, pulled - n)
    assert ahead <= (jobs * CHUNKS_PER_JOB + 1) * chunksize
