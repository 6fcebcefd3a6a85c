"""Language detection samples a page's lines the way segmentation splits them."""

from __future__ import annotations

import newsclean


def test_lines_split_by_carriage_returns_are_sampled_as_lines():
    # found by Hypothesis: the short first line once counted as part of a long one, so the page read as
    # Spanish ("u") and its body, split by "\n", as German; cleaning the body again then changed it
    source = ":/U\rNewsletter abonnieren:SU:00:/U:=e;000000000000000;;he;00000;;er;er;nicht;nicht;0"
    result = newsclean.clean(source)
    assert result.language == newsclean.clean(source.replace("\r", "\n")).language
    assert newsclean.clean(result.body).body == result.body


def test_long_lines_without_letters_say_nothing_about_the_language():
    source = "0" * 80 + "\nNEWSLETTER ABONNIEREN:ER:"
    body = newsclean.clean(source).body
    assert newsclean.clean(body).body == body


def test_a_long_line_of_digits_with_a_letter_says_nothing_either():
    source = "0" * 79 + "A\rNEWSLETTER ABONNIEREN:ER:"
    body = newsclean.clean(source).body
    assert newsclean.clean(body).body == body


def test_a_page_is_decided_in_the_language_its_body_reads_as():
    # found by Hypothesis: the credit "AA:SHE:SHE" (dropped to the metadata) made the page firmly
    # English, its body alone a weak guess read with every language's phrases; the German newsletter
    # prompt was kept the first time and dropped the second
    source = "AA:SHE:SHE\rNEWSLETTER aBONNIEREN:0:0:0:0:0:0:0:A"
    result = newsclean.clean(source)
    assert newsclean.clean(result.body).body == result.body
    assert result.decisions[1].code == "PR02"
