"""HTML-only adjustments after the text engine: what the markup says about lines the text rules judged."""

from __future__ import annotations

import newsclean

LEAD = ("The council voted on Tuesday to extend the night bus service to the harbour district for "
        "another two years, after a trial that drew more riders than expected.")
MORE = ("Drivers said the late routes were busiest on Fridays, and the operator plans to add two "
        "buses to the line before the summer festival season begins in June.")
LAST = ("The operator will publish the new timetable in March, and the first buses on the new "
        "schedule are expected to run from the first week of April onwards.")


def kept(html: str) -> list[str]:
    return [d.block.text for d in newsclean.clean(html).decisions if d.verdict is newsclean.Verdict.KEEP]


def test_a_line_without_words_is_not_article_text():
    page = f"<html><body><article><h1>Night buses stay</h1><p>{LEAD}</p><p>{MORE}</p><p>###</p></article></body></html>"
    assert "###" not in kept(page)


def test_a_table_row_with_a_date_is_data():
    page = (f"<html><body><article><h1>Hut opens</h1><p>{LEAD}</p><p>{MORE}</p><table><tr><th>Period</th>"
            "<th>Open</th></tr><tr><td>28 June - 31 August</td><td>every day</td></tr></table><p>{LAST}</p>"
            "</article></body></html>").replace("{LAST}", LAST)
    assert "28 June - 31 August | every day" in kept(page)


def test_a_read_also_box_ends_where_its_element_ends():
    page = (f"<html><body><article><h1>Night buses stay</h1><div class='text'><p>{LEAD}</p><p>{MORE}</p>"
            "<div class='tip'><div class='tip-head'>Read also</div><div class='tip-item'>Ferry fares rise in May</div></div>"
            "<div class='subhead'>Stops on the new route</div><div class='items'><div>Harbour Gate</div>"
            f"<div>Old Customs House</div></div><p>{LAST}</p></div></article></body></html>")
    lines = kept(page)
    assert "Ferry fares rise in May" not in lines
    assert {"Stops on the new route", "Harbour Gate", "Old Customs House"} <= set(lines)


def test_a_table_row_reads_as_cells_set_apart():
    page = (f"<html><body><article><h1>Count</h1><p>{LEAD}</p><table><tr><th>Candidate</th><th>Votes</th></tr>"
            f"<tr><td>Jane Doe</td><td>48,212</td></tr></table><p>{LAST}</p></article></body></html>")
    assert "Jane Doe | 48,212" in kept(page)


def test_the_writers_name_and_email_under_the_text_sign_it():
    page = (f"<html><body><div class='news'><h1>Night buses stay</h1><p>{LEAD}</p><p>{MORE}</p><p>{LAST}</p>"
            "<div><b>Mara Lindqvist</b><br>mara.lindqvist@harbourpost.example</div></div>"
            "<div class='more'><a href='/a'>Ferry fares rise in May</a></div></body></html>")
    result = newsclean.clean(page)
    assert result.author == "Mara Lindqvist"
    assert "Mara Lindqvist" not in result.body and "harbourpost" not in result.body


def test_the_parts_of_a_meta_line_are_read_apart():
    page = ("<html><body><article><h1>Night buses stay</h1><div class='entry-meta'><span class='posted-on'>"
            "<time datetime='2025-02-06'>6 February 2025</time><time class='updated'>7 February 2025</time></span> "
            "<span class='byline'>by <span class='author'>Jon Vale</span> with Reuters</span>"
            f"<span class='comments-link'>3 comments</span></div><div class='entry-content'><p>{LEAD}</p><p>{MORE}</p>"
            "</div></article></body></html>")
    result = newsclean.clean(page)
    assert (result.author, result.source, result.published) == ("Jon Vale", "Reuters", "2025-02-06")


def test_a_meta_author_that_is_the_sites_name_gives_way_to_the_printed_byline():
    page = ("<html lang='de'><head><title>Glocken dürfen weiter läuten - Talbote Online</title>"
            "<meta name='author' content='Talbote'></head><body><h1>Glocken dürfen weiter läuten</h1>"
            "<p>Von Lena Hartmann, dpa</p><div class='text'><p>Die Glocken der Kirche dürfen weiter jede Viertelstunde "
            "schlagen, auch nachts, hat das Verwaltungsgericht am Dienstag entschieden.</p><p>Ein Anwohner hatte gegen "
            "das nächtliche Läuten geklagt, weil er seit Jahren nicht mehr durchschlafen könne.</p></div></body></html>")
    assert newsclean.clean(page).author == "Lena Hartmann"



def test_a_video_box_takes_its_label_and_its_clip_title():
    page = (f"<html><body><div class='a1'><h1>Night buses stay</h1><div class='t9'><p>{LEAD}</p></div>"
            "<div class='v7 x2'><div class='v7_label'>Clip</div><div class='v7_player'><video preload='none'></video>"
            "</div><div class='v7_title'>The night bus through the harbour district (1:48 Min.)</div></div>"
            f"<div class='t9'><p>{MORE}</p><p>{LAST}</p></div></div></body></html>")
    lines = kept(page)
    assert "Clip" not in lines and "The night bus through the harbour district (1:48 Min.)" not in lines
    assert LEAD in lines and LAST in lines


def test_a_messenger_prompt_takes_its_box():
    page = (f"<html><body><article><h1>Night buses stay</h1><p>{LEAD}</p>"
            "<div class='c-row-nl'><p class='tt'>Receba as notícias do Vale no seu WhatsApp</p>"
            "<p class='tx'>Entre no canal do Vale Agora e fique por dentro do que acontece na sua cidade.</p>"
            f"<a href='#'>Entrar no canal</a></div><p>{MORE}</p><p>{LAST}</p></article></body></html>")
    lines = kept(page)
    assert "Entre no canal do Vale Agora e fique por dentro do que acontece na sua cidade." not in lines
    assert LEAD in lines and LAST in lines
