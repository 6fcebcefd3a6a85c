"""Batch progress on standard error: a live line on a terminal, nothing otherwise."""

from __future__ import annotations

import time
from typing import TextIO

# Seconds between two redraws of the progress line.
REDRAW_EVERY = 0.5


class Progress:
    """Counts records, errors and drops; redraws one stderr line when ``live``."""

    def __init__(self, stream: TextIO, *, live: bool) -> None:
        self.stream, self.live = stream, live
        self.records = self.errors = self.dropped = 0
        self.started = self._drawn = time.monotonic()

    def count(self, *, error: bool = False, dropped: bool = False) -> None:
        """One more record; redraw when the last redraw is old enough."""
        self.records += 1
        self.errors += error
        self.dropped += dropped
        if self.live and (now := time.monotonic()) - self._drawn >= REDRAW_EVERY:
            self._drawn = now
            self.stream.write(f"\r\033[Knewsclean: {self.summary()}")
            self.stream.flush()

    def summary(self) -> str:
        """``100000 records, 3 errors`` (with records/s and drops when there are any)."""
        elapsed = time.monotonic() - self.started
        rate = f" ({self.records / elapsed:,.0f}/s)" if elapsed > 0 and self.records else ""
        text = f"{self.records} records{rate}, {self.errors} error{'s' * (self.errors != 1)}"
        if self.dropped:
            text += f", {self.dropped} dropped as empty"
        return text

    def finish(self) -> None:
        """The final count, on its own line."""
        prefix = "\r\033[K" if self.live else ""
        self.stream.write(f"{prefix}newsclean: {self.summary()}\n")
        self.stream.flush()
