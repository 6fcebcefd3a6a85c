"""Source offsets for a parsed page: Lexbor nodes carry none, so start tags are found by scanning.

The scanner lists every start tag of the decoded HTML in order (comments, doctypes and the raw
text of script, style and the like skipped). The DOM walk asks for each element in document order
and takes the next listed tag of that name; tags the parser dropped are skipped over (a short
look-ahead), and elements the parser invented (``<tbody>``, a missing ``<body>``) take the position
of the next real tag without consuming it. Text is then found between its neighbouring tags.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array

# Comments (skipped whole) and start tags; end tags, doctypes and processing instructions never match.
# (The standard library's engine: this plain pattern runs over every character of the page.)
TAG = re.compile(r"<(?:!--.*?(?:-->|\Z)|([A-Za-z][^\s/>]*))", re.S)
RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"))
# Elements an HTML parser adds when the source leaves them out.
IMPLIED = frozenset(("html", "head", "body", "tbody", "colgroup"))
# How many listed tags may be skipped to find an element's own start tag (tags the parser dropped).
LOOKAHEAD = 12
# How many characters of a text node are looked for in the source, and how far.
TEXT_PROBE = 12


@functools.lru_cache(maxsize=64)
def closing_tag(name: str) -> re.Pattern[str]:
    """Where an element ``name``'s end tag starts: "</name" then a space, "/" or ">" (any case)."""
    return re.compile(r"</" + re.escape(name) + r"[\s/>]", re.I)


class SourceTags:
    """Start tags of the source in order, consumed by the DOM walk as it meets elements."""

    __slots__ = ("cursor", "names", "positions", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.names: list[str] = []
        self.positions = array("q")  # 8 bytes a tag, not an int object each (a big page has tens of thousands)
        self.cursor = 0
        skip_until = 0
        names, positions = self.names, self.positions
        seen: dict[str, str] = {}  # one string per tag name, shared by all its tags
        for m in TAG.finditer(source):
            name, start = m.group(1), m.start()
            if name is None or start < skip_until:
                continue
            lower = seen.get(name)
            if lower is None:
                lower = seen[name] = name.lower()
            name = lower
            names.append(name)
            positions.append(start)
            if name in RAW_TEXT:
                close = closing_tag(name).search(source, start + 1 + len(name))
                skip_until = close.start() if close else len(source)

    def next_position(self) -> int:
        """Where the next unconsumed tag starts (the end of the source after the last)."""
        return self.positions[self.cursor] if self.cursor < len(self.positions) else len(self.source)

    def locate(self, name: str) -> int:
        """The source offset of the element ``name`` met next in document order."""
        i, names = self.cursor, self.names
        if i < len(names) and names[i] == name:
            self.cursor = i + 1
            return self.positions[i]
        if name not in IMPLIED:
            for j in range(i + 1, min(len(names), i + LOOKAHEAD)):
                if names[j] == name:
                    self.cursor = j + 1
                    return self.positions[j]
        return self.next_position()

    def skip_element(self, name: str, start: int) -> None:
        """Move past the inside of a skipped element (an ``<svg>``), to its end tag."""
        close = closing_tag(name).search(self.source, start)
        end = close.end() if close else len(self.source)
        self.cursor = max(self.cursor, bisect.bisect_left(self.positions, end))

    def text_span(self, text: str, after: int) -> tuple[int, int]:
        """Where a text node sits: between ``after`` and the next tag, found by its first characters."""
        limit = self.next_position()
        probe = text.strip()[:TEXT_PROBE]
        found = self.source.find(probe, after, limit) if probe and after < limit else -1
        if found < 0:
            return min(after, limit), limit
        return found, min(found + len(text.strip()), limit)
