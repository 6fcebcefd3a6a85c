"""A bounded memory of computed values that forgets the least recently used first."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """At most ``size`` entries; a look-up that finds a value keeps it among the recent ones.

    Safe to share between threads: a race may compute a value twice or forget one early, never
    return a wrong one.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, V] = OrderedDict()

    def get(self, key: Hashable) -> V | None:
        """The value remembered for ``key``, or None."""
        value = self._data.get(key)
        if value is not None:
            with contextlib.suppress(KeyError):  # forgotten by another thread meanwhile
                self._data.move_to_end(key)
        return value

    def put(self, key: Hashable, value: V) -> None:
        """Remember ``value`` for ``key``, forgetting the least recently used entry past ``size``."""
        self._data[key] = value
        while len(self._data) > self.size:
            try:
                self._data.popitem(last=False)
            except KeyError:
                break

    def clear(self) -> None:
        """Forget everything."""
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
