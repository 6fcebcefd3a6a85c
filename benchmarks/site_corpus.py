"""A synthetic multi-page-per-site corpus: invented articles framed by each site's own template.

Every site prints the same invented header, widgets and footer around each article, worded so
that single-page rules have no phrase to recognise; each article's paragraphs are generated from
word lists so no two pages share a sentence. Used by bench_batch.py and the site-memory tests.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SUBJECTS = ("The council", "A local baker", "The harbour authority", "Two teachers", "The regional museum",
            "A group of farmers", "The city's mayor", "Volunteers from the river club", "The hospital board",
            "A retired pilot", "The school choir", "Residents of the old quarter", "The ferry operator",
            "A young architect", "The football club")
VERBS = ("announced on Tuesday that", "said after a long meeting that", "explained to reporters that",
         "confirmed in a short statement that", "wrote in a letter to residents that",
         "told the evening assembly that", "admitted during the hearing that")
CLAUSES = ("the new bridge would open before the spring floods", "the budget for repairs had doubled since last year",
           "nobody had expected so many visitors at the weekend market", "the old lighthouse needs a new roof",
           "the night buses will run every twenty minutes from June", "the library is to keep its Sunday hours",
           "a second bakery will open near the station", "the festival had raised more money than planned",
           "the river path would stay closed for another month", "the town will plant three hundred trees",
           "the harbour cranes are older than anyone remembers", "a new playground is planned for the park",
           "the recycling scheme had halved the waste collected", "the choir will travel abroad in autumn")
ENDINGS = ("", " Critics were not convinced.", " Many residents welcomed the news.",
           " The details will follow next week.", " Further talks are planned.")


@dataclass(frozen=True)
class Site:
    """An invented site: its host and the template lines it prints around (and inside) every article."""

    host: str
    header: tuple[str, ...]
    footer: tuple[str, ...]
    middle: tuple[str, ...] = ()  # a widget printed after the article's second paragraph


SITES = (
    Site("harbourview-gazette.example", ("Harbourview Gazette", "Tides · Town · Table · Tickets"),
         ("Harbourview Gazette keeps the coast informed, independently, since 1921.",
          "Letters to the desk: harbour lane 4, upper floor", "Our lighthouse keepers' almanac for this week",
          "Harbourview Gazette Ltd"),
         ("Tide table for the bay, courtesy of the harbour office", "High water 06:12 · Low water 12:31")),
    Site("valley-post.example", ("The Valley Post", "Orchards | Roads | Schools | Weddings"),
         ("Spotted a swan on the weir? Tell the Valley Post.", "The Valley Post, printed on recycled orchard paper",
          "Kettle corner: the reader puzzle returns Thursday"),
         ("Have you seen the new orchard webcam of the Valley Post?",)),
    Site("northern-lantern.example", ("Northern Lantern", "Snowline report"),
         ("Northern Lantern readers' circle meets by the stove on Fridays",
          "Lantern lights: the aurora forecast for the fells",
          "Northern Lantern is run by the fell villages' cooperative."),
         ("Snowline report: the pass is open above the second bridge", "Sledge hire at the old mill, every weekend")),
)


def article(rng: random.Random, paragraphs: int) -> list[str]:
    """Invented article paragraphs, each a few generated sentences."""
    out = []
    for _ in range(paragraphs):
        sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}.{rng.choice(ENDINGS)}"
                     for _ in range(rng.randint(2, 3))]
        out.append(" ".join(sentences))
    return out


def corpus(pages_per_site: int = 12, seed: int = 7) -> list[dict[str, str]]:
    """Pages as records: url, text (title line, template, headline, article) and gold (the article paragraphs)."""
    rng = random.Random(seed)
    records = []
    for n in range(pages_per_site):
        for site in SITES:
            body = article(rng, rng.randint(3, 6))
            headline = f"{rng.choice(SUBJECTS)} and the question of {rng.choice(CLAUSES).split()[-1]}"
            lines = [f"{headline} | {site.header[0]}", *site.header, headline, *body[:2], *site.middle, *body[2:],
                     *site.footer]
            records.append({"url": f"https://{site.host}/news/{n}", "text": "\n".join(lines),
                            "gold": "\n\n".join(body)})
    return records
