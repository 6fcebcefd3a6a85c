"""Adversarial inputs, generated (never stored): the hostile-input tests and benchmark share them."""

from __future__ import annotations

import random

WORDS = ["the", "council", "said", "on", "monday", "that", "a", "new", "bridge", "over", "the", "river", "would", "be", "built", "next", "year", "after", "residents", "asked", "for", "safer", "crossings", "and", "the", "mayor", "promised", "money", "from", "the", "regional", "budget"]
MENU = ("Home", "News", "Sport", "Weather", "Business", "Culture", "Opinion", "Video", "Podcasts", "Contact")


def _sentence(rnd: random.Random, n: int = 24) -> str:
    words = [rnd.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def page_like(size: int, rnd: random.Random) -> str:
    """Pages of menus, a headline, prose and footers, repeated to ``size`` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        page = [*MENU, "Bridge plan approved", "Back to News", "Bridge plan approved", "By Jane Doe"]
        page += [_sentence(rnd) for _ in range(8)]
        page += ["Advertisement", "Villa in the hills", "View Property", "Share", "© 2026 Example News"]
        block = "\n".join(page) + "\n\n"
        parts.append(block)
        total += len(block)
    return "".join(parts)[:size]


def generate(case: str, size: int) -> str | bytes:
    """One adversarial input of about ``size`` bytes."""
    rnd = random.Random(case)  # the same input for the same case and size, every run
    if case == "one_line":
        return " ".join(rnd.choice(WORDS) for _ in range(size // 5))[:size]
    if case == "one_token":
        return "a" * size
    if case == "digit_run":
        return "1" * size
    if case == "short_lines":  # about a million short lines at 8 MB
        return "\n".join(rnd.choice(MENU) for _ in range(size // 7))[:size]
    if case == "identical_lines":
        return "Advertisement\n" * (size // 14)
    if case == "random_bytes":
        return rnd.randbytes(size)
    if case == "invalid_utf8":
        return (b"caf\xc3 \xff\xfe r\xe9sum\xe9 \x80\x81 ok\n" * (size // 28))[:size]
    if case == "cp1252_mislabelled":
        return ("Caf\u00e9 \u201cquoted\u201d na\u00efve \u2013 r\u00e9sum\u00e9 text line here.\n" * (size // 50)).encode("cp1252")
    if case == "utf16_bom":
        return "\ufeff".encode("utf-16-le")[:0] + page_like(size // 2, rnd).encode("utf-16")
    if case == "utf16_no_bom":
        return page_like(size // 2, rnd).encode("utf-16-le")
    if case == "nul_controls":
        return ("a\x00b\x01 c\x07d\x1b\n" * (size // 10))[:size]
    if case == "lone_surrogates":
        return ("text \ud800 more \udfff words\n" * (size // 24))[:size]
    if case == "combining_storm":
        return ("e" + "\u0301" * 200 + " ") * (size // 402)
    if case == "rtl_zero_width":
        return ("\u202e\u200fمرحبا\u200b بالعالم\u200d \u2066abc\u2069\n" * (size // 40))[:size]
    if case == "cr_only":  # the same page as "page_like", other line endings
        return page_like(size, random.Random("page_like")).replace("\n", "\r")
    if case == "crlf":
        return page_like(size, random.Random("page_like")).replace("\n", "\r\n")
    if case == "all_boilerplate":
        return ("Home\nNews\nAdvertisement\nShare\nSubscribe to our newsletter\n© 2026 Example\n" * (size // 60))[:size]
    if case == "empty":
        return ""
    if case == "page_like":
        return page_like(size, rnd)
    if case == "deep_html":
        depth = size // 11
        return "<html><body>" + "<div>" * depth + "text" + "</div>" * depth + "</body></html>"
    if case == "huge_attribute":
        return '<html><body><div class="' + "a" * size + '"><p>' + _sentence(rnd) + "</p></div></body></html>"
    if case == "html_many_paragraphs":
        paras = "".join(f"<p>{_sentence(rnd)}</p>" for _ in range(size // 160))
        return f"<html><head><title>T</title></head><body><article>{paras}</article></body></html>"
    raise SystemExit(f"unknown case {case!r}")


CASES = (
    "one_line", "one_token", "digit_run", "short_lines", "identical_lines", "random_bytes", "invalid_utf8",
    "cp1252_mislabelled", "utf16_bom", "utf16_no_bom", "nul_controls", "lone_surrogates", "combining_storm",
    "rtl_zero_width", "cr_only", "crlf", "all_boilerplate", "empty", "page_like", "deep_html", "huge_attribute",
    "html_many_paragraphs",
)
