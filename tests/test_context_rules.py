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
