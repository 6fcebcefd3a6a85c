"""Many pages at once: ``clean_many`` cleans an iterable of pages on several cores, lazily and in order."""

from __future__ import annotations

from collections.abc import Generator, Iterable
from dataclasses import dataclass

from newsclean.cleaner import Cleaner
from newsclean.config import Config
from newsclean.model import Result
from newsclean.parallel import default_jobs, ordered_map
from newsclean.sitememory import SiteMemory

# A page to clean: its source (str or bytes), or a ``(source, url)`` pair.
PageInput = str | bytes | tuple[str | bytes, str | None]
# Pages per chunk sent to a worker: large enough that a chunk's round trip costs little.
DEFAULT_CHUNKSIZE = 16


def _source_and_url(item: PageInput) -> tuple[str | bytes, str | None]:
    if isinstance(item, (str, bytes)):
        return item, None
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], (str, bytes)) \
            and (item[1] is None or isinstance(item[1], str)):
        return item[0], item[1]
    raise TypeError(f"clean_many takes str, bytes or (source, url) pairs, got {type(item).__name__}")


@dataclass(frozen=True)
class PageCleaner:
    """A picklable recipe for a worker: builds its Cleaner once, then cleans chunks of pages."""

    config: Config
    site_memory: SiteMemory | None = None

    def __call__(self) -> _ChunkCleaner:
        return _ChunkCleaner(Cleaner(self.config), self.site_memory)


class _ChunkCleaner:
    def __init__(self, cleaner: Cleaner, memory: SiteMemory | None) -> None:
        self.cleaner, self.memory = cleaner, memory

    def __call__(self, chunk: list[PageInput]) -> list[Result]:
        out = []
        for item in chunk:
            source, url = _source_and_url(item)
            site = self.memory.for_page(url=url) if self.memory is not None else None
            out.append(self.cleaner.clean(source, url=url, site=site))
        return out


def clean_many(
    pages: Iterable[PageInput],
    *,
    jobs: int | None = None,
    config: Config | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    site_memory: SiteMemory | None = None,
) -> Generator[Result, None, None]:
    """Clean pages (str, bytes or ``(source, url)`` pairs) on ``jobs`` processes; results lazily, in order.

    ``jobs=None`` uses every core this process may run on; ``jobs=1`` cleans in this process.
    ``site_memory`` (see ``SiteMemory.build``) drops each site's template lines.

    >>> [r.body for r in clean_many(["Hello there, this is a sentence of the article."], jobs=1)]
    ['Hello there, this is a sentence of the article.']
    """
    if (jobs is not None and jobs < 1) or chunksize < 1:
        raise ValueError(f"jobs and chunksize must be at least 1, got {jobs} and {chunksize}")
    config = config or Config()
    Cleaner(config)  # invalid configuration fails here, in the caller, not inside a worker
    return ordered_map(PageCleaner(config, site_memory), pages, jobs=jobs or default_jobs(), chunksize=chunksize)
