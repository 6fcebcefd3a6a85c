"""Short lines judged by their place: a kicker among the headline's furniture, the items a lead announces."""

from __future__ import annotations

import newsclean

KICKER = """Fen Valley Post
Council fines landlord over damp flat
By Ruth Amis
10:02, 4 MAR 2026
Updated 11:40, 4 MAR 2026
COURTS
7 comments
A landlord has been fined £12,000 after a council inspection found damp and mould in a flat he let to a couple with a baby.
The court heard that he had ignored two written warnings and an improvement notice over eight months.
Inside the flat
Inspectors found mould in both bedrooms and a broken extractor fan in the bathroom, the council said.
"""

LEAD = """Harbour Courier
Hosepipe ban: what the four levels mean
By Ruth Amis
3 June 2026
The water company has moved the county to its third drought level, two weeks earlier than in any year on record.
Under the new rules, gardens may be watered only with a can, and car washing at home is not allowed.
The four drought levels in force:
watch: people are asked to save water
alert: first limits on use
severe: strong limits on taking water
crisis: only essential uses allowed
12 comments
Most read
Ferry strike called off after late talks
"""


def test_a_kicker_among_the_bylines_furniture_is_dropped():
    decisions = {d.block.text: d for d in newsclean.clean(KICKER).decisions}
    assert decisions["COURTS"].verdict is newsclean.Verdict.DROP
    assert decisions["Inside the flat"].verdict is newsclean.Verdict.KEEP  # a sub-heading between paragraphs


def test_items_under_a_lead_that_ends_in_a_colon_stay():
    body = newsclean.clean(LEAD).body
    assert "watch: people are asked to save water\n\n" in body
    assert body.endswith("crisis: only essential uses allowed")
    assert "Ferry strike" not in body and "12 comments" not in body


TEASERS_WITH_BYLINES = """Valley Gazette
Bridge on the old mill road to close for six weeks
By Nora Hale
MAY 12, 2026 09:15
The bridge on the old mill road will close on Monday for six weeks while engineers replace its deck, the county said.
Drivers will be sent along the ring road, which adds about ten minutes to the trip into town at peak times.
Mayor says budget talks will go on into the summer
By Tom Reyes
05/12/2026 08:40 AM
School board picks new head for the district
By Valley Gazette Staff
05/11/2026 06:02 PM
"""

LIVE_ENTRIES_WITH_BYLINES = """Valley Gazette
Storm live: power cuts across the valley
By Nora Hale
MAY 12, 2026 09:15
Thousands of homes are without power after the storm brought down lines across the valley overnight.
Crews expect most homes back by evening
By Tom Reyes
05/12/2026 10:40 AM
The power company said its crews had restored supply to half of the homes cut off overnight and hoped to finish by six.
"""


def test_a_heading_over_its_own_byline_and_date_after_the_article_is_a_teaser():
    result = newsclean.clean(TEASERS_WITH_BYLINES)
    assert result.body.endswith("adds about ten minutes to the trip into town at peak times.")
    assert result.author == "Nora Hale"


def test_a_heading_over_a_byline_with_prose_under_it_stays():
    body = newsclean.clean(LIVE_ENTRIES_WITH_BYLINES).body
    assert "Crews expect most homes back by evening" in body


AS_FOLLOWS = """北陸で大雪、新幹線が運転見合わせ
気象庁は、21日にかけて北陸地方の山沿いを中心に大雪が続くとみて、不要不急の外出を控えるよう呼び掛けている。予想降雪量は、いずれも多い所で次の通り。
▽北陸地方　70センチ
▽東北地方　50センチ
関連記事
・大雪で車立ち往生、集中除雪へ
・冬タイヤ、いつ替える？
"""


def test_items_under_a_japanese_lead_that_says_as_follows_stay():
    body = newsclean.clean(AS_FOLLOWS).body
    assert "▽北陸地方 70センチ" in body and body.endswith("▽東北地方 50センチ")  # (the body's spaces are plain)


TEASERS_WITH_SUMMARIES = """Valley Gazette
Bridge on the old mill road to close for six weeks
By Nora Hale
MAY 12, 2026 09:15
The bridge on the old mill road will close on Monday for six weeks while engineers replace its deck, the county said.
Drivers will be sent along the ring road, which adds about ten minutes to the trip into town at peak times.
More from the Valley Gazette
What is next for the mill?
Tom Reyes
May 12, 2026
The mill's owners say they will decide on its future by the end of the summer, after a survey of the roof.
School board picks new head for the district
Ana Ortiz
May 11, 2026
The board chose a former teacher from the district, who will start in September after a vote next month.
"""


def test_teasers_with_bylines_and_summaries_under_a_list_header_go():
    result = newsclean.clean(TEASERS_WITH_SUMMARIES)
    assert result.body.endswith("adds about ten minutes to the trip into town at peak times.")
    assert result.author == "Nora Hale" and result.published == "2026-05-12"


FACT_BOX = """Stadtrat beschließt Doppelhaushalt
Der Stadtrat hat am Donnerstag den Doppelhaushalt für die Jahre 2026 und 2027 mit großer Mehrheit beschlossen.
Der Haushalt muss nun noch vom Regierungspräsidium genehmigt werden, die Verwaltung rechnet mit einer Entscheidung im Februar.
Der Haushalt in Zahlen
Ergebnishaushalt 2026: 214,3 Mio. Euro
Investitionen 2026/2027: 61,5 Mio. Euro
Neue Kredite: 12,0 Mio. Euro
Downloads
Haushaltsplan 2026/2027 (PDF, 8,4 MB)
Impressum
Datenschutz
"""


def test_a_box_of_figures_under_the_last_paragraph_stays():
    body = newsclean.clean(FACT_BOX).body
    assert body.endswith("Der Haushalt in Zahlen\n\nErgebnishaushalt 2026: 214,3 Mio. Euro\n\n"
                         "Investitionen 2026/2027: 61,5 Mio. Euro\n\nNeue Kredite: 12,0 Mio. Euro")


def test_a_label_over_a_ticker_goes_with_it():
    page = ("Shipping group cuts forecast\n\nThe shipping group cut its profit forecast on Tuesday after freight rates fell "
            "for a third month in a row.\n\nIn this article:\n\nMAERSK-B.CO -3.12%\n\nHLAG.DE -1.85%\n\nAnalysts said the cut "
            "was smaller than feared, and the shares recovered part of their early losses by the afternoon.")
    body = newsclean.clean(page).body
    assert "In this article:" not in body and "Analysts said the cut" in body


def test_the_advertisers_name_under_its_offer_goes_with_the_ad():
    page = ("Harbour festival draws record crowds\n\nMore than forty thousand visitors came to the harbour festival over the "
            "weekend, the organisers said on Monday.\n\nAdvertisement\n\nTwo-bedroom flat with sea view and parking – "
            "£289,000. Book a viewing\n\nCoastline Homes Estate Agents\n\nThe festival returns next summer with a third "
            "stage on the old quay, the organisers added in their statement.")
    body = newsclean.clean(page).body
    assert "Coastline Homes" not in body and "The festival returns" in body
