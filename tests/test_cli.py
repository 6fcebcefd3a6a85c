"""The command line: a quiet filter with clear errors and exit codes, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_d2aacb7d845186f1.txt"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from newsclean.cli import entry; entry()", *args],
        input=stdin, capture_output=True, timeout=60, env={**os.environ, "NO_COLOR": "1"},
    )


def test_file_to_body_with_one_trailing_newline():
    proc = run(str(SEED))
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert out.startswith("Donald Trump discussed") and out.endswith("European allies.\n")
    assert not out.endswith("\n\n")
    assert proc.stderr == b""


def test_stdin_and_title():
    proc = run("--title", stdin=SEED.read_bytes())
    assert proc.returncode == 0
    assert proc.stdout.decode().startswith("Trump: Putin and Selensky want peace")


def test_json_carries_metadata_and_blocks():
    proc = run("--format", "json", str(SEED))
    data = json.loads(proc.stdout)
    assert data["metadata"]["author"] == "Thomas Weyermann"
    assert data["metadata"]["source"] == "Reuters"
    assert data["schema"] == 1
    assert all({"span", "verdict", "code", "reason"} <= set(b) for b in data["blocks"])


def test_explain_lists_every_line(capsys):
    assert main(["--explain", "--color", "never", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "DROP  NV01  Back to Station" in out
    assert "META  BY02  Author: Thomas Weyermann" in out
    assert "\033[" not in out


def test_list_detectors(capsys):
    assert main(["--list-detectors"]) == 0
    out = capsys.readouterr().out
    assert "NV01  navigation.back_link" in out and "CX03  context.outside_article" in out


@pytest.mark.parametrize("flag", ["--select", "--ignore", "--extend-select"])
def test_unknown_selector_is_a_usage_error(flag, capsys):
    assert main([flag, "XX99", str(SEED)]) == 2
    assert "unknown selector 'XX99'" in capsys.readouterr().err


def test_ignore_keeps_the_lines_a_rule_would_drop(capsys):
    assert main(["--ignore", "navigation.back_link,CX", str(SEED)]) == 0
    assert "Back to Station" in capsys.readouterr().out


def test_missing_file_is_an_input_error():
    proc = run("/nonexistent/page.txt")
    assert proc.returncode == 1
    assert b"cannot read /nonexistent/page.txt" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_bad_option_is_a_usage_error():
    proc = run("--format", "yaml")
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr


def test_random_bytes_give_a_clean_result():
    proc = run(stdin=bytes(range(256)) * 40)
    assert proc.returncode == 0
    assert b"Traceback" not in proc.stderr


def test_quiet_when_the_reader_goes_away():
    big = (SEED.read_text(encoding="utf-8") + "\n") * 200
    cmd = f'{sys.executable} -c "from newsclean.cli import entry; entry()" --explain | head -n 1'
    proc = subprocess.run(["bash", "-c", cmd], input=big.encode(), capture_output=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stderr == b""


def test_html_input_is_flagged_not_hidden():
    import newsclean

    result = newsclean.clean("<!DOCTYPE html><html><body><p>Storm closes ports.</p></body></html>", format="text")
    assert [f.name for f in result.flags] == ["html_as_text"]
    assert newsclean.clean("Storm closes ports.\nThe storm closed three ports.").flags == ()
