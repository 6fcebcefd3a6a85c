"""Opening JSON-lines files: ``-`` for the standard streams, ``.gz`` through gzip, ``.zst`` through zstandard."""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any, cast

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
ZSTD_HINT = "reading or writing .zst needs the zstandard package: pip install 'newsclean[zstd]'"


class MissingCodec(RuntimeError):
    """A compressed file whose codec is not installed; the message says what to install."""


def _zstandard() -> Any:
    try:
        import zstandard
    except ImportError:
        raise MissingCodec(ZSTD_HINT) from None
    return zstandard


@contextmanager
def open_input(name: str) -> Iterator[IO[bytes]]:
    """A binary stream of the file's (decompressed) bytes; ``-`` is standard input, gzip or zstd by its magic."""
    if name == "-":
        stdin = sys.stdin.buffer
        magic = stdin.peek(4)[:4] if isinstance(stdin, io.BufferedReader) else b""
        if magic.startswith(GZIP_MAGIC):
            with gzip.GzipFile(fileobj=stdin, mode="rb") as fh:
                yield cast("IO[bytes]", fh)
        elif magic == ZSTD_MAGIC:
            with _zstandard().ZstdDecompressor().stream_reader(stdin, closefd=False) as reader:
                yield io.BufferedReader(reader)
        else:
            yield stdin
        return
    if name.endswith(".zst"):
        zstd = _zstandard()
        with open(name, "rb") as raw, zstd.ZstdDecompressor().stream_reader(raw) as reader:
            yield io.BufferedReader(reader)
        return
    opener: Any = gzip.open if name.endswith(".gz") else open
    with opener(name, "rb") as fh:
        yield fh


@contextmanager
def open_output(name: str | None) -> Iterator[IO[bytes]]:
    """A binary stream that (compresses and) writes the file; None or ``-`` is standard output."""
    if name is None or name == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if name.endswith(".zst"):
        zstd = _zstandard()
        with open(name, "wb") as raw, zstd.ZstdCompressor().stream_writer(raw) as writer:
            yield writer
        return
    opener: Any = gzip.open if name.endswith(".gz") else open
    with opener(name, "wb") as fh:
        yield fh


def numbered_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """Every line with its 1-based number; a final line without a newline counts, nothing after it."""
    yield from enumerate(stream, 1)
