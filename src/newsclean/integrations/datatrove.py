"""newsclean as datatrove pipeline steps: an extractor for raw pages and a formatter for text documents.

``NewscleanExtractor`` is shaped like datatrove's own Trafilatura extractor (a ``BaseExtractor``
with ``extract(text) -> str``, each page cleaned in a sandbox process with a per-document
timeout, empty results dropped) and ``NewscleanFormatter`` like its formatters (every document
kept, its text replaced in place). Both clean ``doc.text`` with ``Cleaner.clean(doc.text,
url=doc.metadata.get("url"))`` and write the page's title, author, source, published date and
language into ``doc.metadata`` (a field newsclean did not find is left as it was).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsclean.integrations.datatrove import NewscleanFormatter

    LocalPipelineExecutor([JsonlReader("pages/"), NewscleanFormatter(), JsonlWriter("clean/")], tasks=4).run()
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsclean.cleaner import Cleaner
from newsclean.config import Config
from newsclean.model import Result

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:
    raise ImportError(
        "newsclean.integrations.datatrove needs datatrove: pip install 'newsclean[datatrove]'"
    ) from exc

__all__ = ["METADATA_FIELDS", "NewscleanExtractor", "NewscleanFormatter", "page_metadata"]

# Result fields copied into ``doc.metadata``.
METADATA_FIELDS = ("title", "author", "source", "published", "language")


def page_metadata(result: Result) -> dict[str, str]:
    """The metadata newsclean found on a page (fields it did not find are left out)."""
    return {name: value for name in METADATA_FIELDS if (value := getattr(result, name)) is not None}


class _CleanerHolder:
    """Builds its Cleaner on first use and never pickles it: executors ship steps to other processes."""

    config: Config
    _cleaner: Cleaner | None

    def _hold(self, config: Config | None) -> None:
        self.config = config or Config()
        Cleaner(self.config)  # invalid configuration fails when the pipeline is built
        self._cleaner = None

    @property
    def cleaner(self) -> Cleaner:
        """This process's Cleaner."""
        if self._cleaner is None:
            self._cleaner = Cleaner(self.config)
        return self._cleaner

    def clean_document(self, text: str, url: str | None) -> tuple[str, dict[str, str]]:
        """Body and metadata of one page (HTML or text, recognised by how it starts)."""
        result = self.cleaner.clean(text, url=url)
        return result.body, page_metadata(result)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_cleaner": None}


def _url(doc: Document) -> str | None:
    url = doc.metadata.get("url")
    return url if isinstance(url, str) else None


class NewscleanExtractor(_CleanerHolder, BaseExtractor):  # type: ignore[misc]
    """Cleans each document's page; keeps the body as text and the page's metadata in ``doc.metadata``."""

    name = "🧹 newsclean"

    def __init__(self, config: Config | None = None, timeout: float = 1) -> None:
        super().__init__(timeout)
        self._hold(config)

    def extract(self, text: str) -> str:
        """The article body of one page."""
        return self.cleaner.clean(text).body

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        """Clean every document in a sandbox process; drop documents that time out or come out empty."""
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        body, metadata = sandbox.process_document((doc.text, _url(doc)), self.clean_document)
                    except TimeoutError:
                        self.stat_update("timeout")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        continue
                self.stat_update("extracted")
                doc.text = body
                doc.metadata.update(metadata)
                if body:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)


class NewscleanFormatter(_CleanerHolder, BaseFormatter):  # type: ignore[misc]
    """Replaces each text document's text by its article body and adds the page's metadata."""

    name = "🧹 newsclean"

    def __init__(self, config: Config | None = None) -> None:
        super().__init__()
        self._hold(config)

    def format(self, text: str) -> str:
        """The article body of one page."""
        return self.cleaner.clean(text).body

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        """Clean every document in this process and pass it on."""
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                doc.text, metadata = self.clean_document(doc.text, _url(doc))
            doc.metadata.update(metadata)
            yield doc

