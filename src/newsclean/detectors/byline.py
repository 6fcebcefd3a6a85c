"""Bylines, credits and date lines: they leave the body and fill the metadata."""

from __future__ import annotations

from typing import Any

import regex

from newsclean import rx
from newsclean.dates import find_partial_date, is_relative
from newsclean.detectors.ads import CJK_BUTTON, button_verb, sponsor_label
from newsclean.detectors.base import Context, Example, Hit, LineText, Outcome, detector, line_feature
from newsclean.detectors.body import year_opening
from newsclean.detectors.credits import AUTHOR_BIO, HANDLE, HANDLE_AND_TIME, copyright_owner
from newsclean.detectors.embeds import post_signature
from newsclean.detectors.tables import table_row
from newsclean.detectors.widgets import TRAFFIC_LABEL
from newsclean.languages import Lexicon, dotless
from newsclean.metadata import AGENCY_SIGNATURE, RUN_TOGETHER_REASON
from newsclean.model import Effect, Quality
from newsclean.names import (
    CJK_NAME,
    CJK_SIGNATURE,
    GREEK_GENITIVE_ARTICLES,
    JOB_WORDS,
    PARTICLES,
    greek_nominative,
    looks_like_name,
    names_in_byline,
    organisation,
    run_together_head,
    split_credit,
)
from newsclean.patterns import (
    AGENCY_MARKS,
    BARE_CLOCK,
    CLOCK,
    EMAIL,
    EVENT_TIME,
    FONT_SIZE,
    MENU_SEPARATOR,
    ON_AIR,
    PERSON_RUN,
    PHOTO_WORD,
    PHOTO_WORDS,
    REGIONAL_DESK,
    STAY_WORDS,
    WEEKDAY,
    WIDE_GAP,
    agency_pattern,
    declined_agency,
    is_agency_list,
    place_and_agency,
)
from newsclean.prose import CJK_CHAR, count_words

BYLINE_MAX_WORDS = 16


@detector(
    "BY01", "byline.author", triggers=("prefix:byline",), effect=Effect.META, field="author",
    flags=(Example("By Jane Doe", value="Jane Doe"),
           Example("文：森田大輔　写真：小野寺歩", value="森田大輔", language="ja"),
           Example("By Jane DoeStaff Writer", value="Jane Doe"),
           Example("Του Νίκου Παπαδάκη", value="Νίκος Παπαδάκης", language="el"),
           Example("Της Μαρίας Γεωργίου", value="Μαρία Γεωργίου", language="el"),
           Example("Αναρτήθηκε από τον Γιώργο Παπαδάκη στις 9:12 π.μ.", value="Γιώργος Παπαδάκης", language="el"),
           Example("Texto: Marta Lois Pereiro · Fotos: Archivo del club", value="Marta Lois Pereiro", language="es"),
           Example("文・佐藤美咲　写真・山本健", value="佐藤美咲", language="ja"),
           Example("By Jane Doe, Local Democracy Reporter", value="Jane Doe"),
           Example("Von Anna Berger und Jonas Klein", value="Anna Berger, Jonas Klein"),
           Example("By Jane Doe, Senior Correspondent | 3 April 2025", value="Jane Doe"),
           Example("Ici Armor – radios publiques de Bretagne\nLe bus de nuit supprimé\nPar Gaëlle Le Goff, Ici Armor",
                   value="Gaëlle Le Goff", language="fr"),
           Example("Par Gaëlle Le Goff, Yann Prigent", value="Gaëlle Le Goff, Yann Prigent", language="fr"),
           Example("Par Claire Montel (avec AFP) Publié le 17 mars 2026 à 22 h 14, modifié le 18 mars 2026 à 07 h 02 "
                   "Lecture 5 min.", value="Claire Montel", language="fr"),
           Example("Por Beatriz Monteiro, de Belo Horizonte", value="Beatriz Monteiro", language="pt"),
           Example("取材・文／森田大輔", value="森田大輔", language="ja"),
           Example("文・料理：森田葉子　写真：高田純", value="森田葉子", language="ja"),
           Example("Le Quotidien Républicain\nBudget : les députés votent la taxe\nPar Le Quotidien Républicain avec AFP",
                   language="fr")),
    keeps=(Example("文字サイズ", language="ja"), "By the end of the year, prices had doubled.", "By Monday"),
)
def author(ctx: Context) -> Outcome:
    """A byline: "By Jane Doe", "Von Anna Berger", "Par Luc Martin", "取材・文／森田大輔"."""
    if ctx.prefix_key != "byline" or _cjk_label_glued(ctx):
        return None  # ("文字サイズ", text size, is no "文：" byline: a Japanese role label ends in "：", "・" or "／")
    rest = ctx.after_prefix().lstrip("／/ ")  # a Japanese role label ends in a slash: "文／", "取材・文／"
    if ctx.words > BYLINE_MAX_WORDS:  # "Par Claire Montel (avec AFP) Publié le 17 mars 2026 à 22 h 14, …": spans run together
        head = _before_date_label(rest, ctx.view.lexicon)
        if head is None or count_words(head) > BYLINE_MAX_WORDS:
            return None
        rest = head
    rest = PHOTOGRAPHER_AFTER.sub("", rest).rstrip(" ·|•")  # "文：佐伯真理子　写真：長谷部亮", "Texto: X · Fotos: Y"
    rest = GLUED_ROLE.sub(", ", rest)  # "Meg JamesStaff Writer": name and role run together
    rest = TRAILING_TIME.sub("", rest)  # "Αναρτήθηκε από την Ελένη Σταθοπούλου στις 1:47 μ.μ.": a blog's "posted by … at …"
    names, agencies = split_credit(rest)
    if not names and agencies and is_agency_list(rest):
        return Hit("agency byline", ", ".join(agencies), field="source")
    if not names or (ctx.sentence and not ctx.text.endswith(".")):
        return None
    if not names[0].split()[0][:1].isupper() and not looks_like_name(names[0]):
        return None
    if len(names) == 1 and _is_site_line(ctx, names[0]):
        return Hit("the site's own byline", None)  # "Par Le Quotidien Républicain avec AFP": no person
    names = [names[0], *(n for n in names[1:] if not _names_the_site(ctx, n))]
    phrase = ctx.text[: ctx.prefix[1]].split() if ctx.prefix is not None else []
    article = phrase[-1] if phrase else ""  # "Του", "Αναρτήθηκε από την"
    if article.lower() in GREEK_GENITIVE_ARTICLES and len(names) == 1:
        return Hit("byline (a Greek name after its article, given in the nominative)", greek_nominative(names[0], article))
    return Hit("byline", ", ".join(names))


def _without_agency_and_label(rest: str, lexicon: Any) -> str:
    """The rest of a date line without the agency that opens it and the date's label after it."""
    m = agency_pattern().match(rest.strip())
    if m is None:
        return rest
    after = rest.strip()[m.end():].strip(" ·|•,–-")
    folded = after.casefold()
    for phrase in sorted(lexicon.phrases.get("published", ()), key=len, reverse=True):
        if folded.startswith(phrase.casefold()):
            return after[len(phrase):]
    return after


SUPPORT_VERB = rx.compile(
    r"^(?:support|donate|підтримати|підтримайте|задонатити|поддержать|поддержите|unterstützen|spenden|soutenir|soutenez|"
    r"apoyar|apoya|sostenere|sostieni|apoiar|apoie|steunen|steun|wesprzyj|wesprzeć|destekle|στηρίξτε|stöd)(?!\w)"
)


UNTIL = rx.compile(r"(?<!\w)(?:tot|until|till|bis|jusqu'au|jusqu'à|jusqu’au|hasta el|hasta|fino al|fino a|até|ważny do|ważne do|kadar|"
                      r"έως|до|t\.o\.m\.?|t/m)\s*$", regex.I)


def _under_table(ctx: Context) -> bool:
    """The line right under a table's last row (cells set apart by " | ")."""
    above = ctx.at(-1)
    return above is not None and table_row(above)


def _before_date_label(text: str, lexicon: Any) -> str | None:
    """The byline before a date's label printed on the same line ("… Publié le 17 mars 2026 …"), or None."""
    lower = text.casefold()
    starts = [k for phrase in (*lexicon.phrases.get("published", ()), *lexicon.phrases.get("updated", ()))
              if (k := lower.find(" " + phrase.casefold() + " ")) > 0]
    return text[:min(starts)].strip(" ·|•,–-") if starts and len(lower) == len(text) else None


MENU_PIPES = 2
# Widgets' headings name stations, schedules and artists on air, and share bars their buttons, not authors
# ("Jetzt läuft: Sonja Kaiser – …", "PDF olarak indir   Yazdır   Paylaş").
WIDGET_KEYS = frozenset({"tv", "now_playing", "weather", "markets", "share"})
GLUED_ROLE = rx.compile(r"(?<=\p{Ll})(?=(?:(?:Staff|Senior|Contributing|Chief|Special|Deputy|Associate)\s)?"
                           r"(?:Writer|Reporter|Editor|Contributor|Correspondent|Columnist|Photographer)\b)")
TRAILING_TIME = rx.compile(r"(?<!\s)\s+(?:(?:στις|at|um|à|a las|alle|às|om|o|saat|в|о)\s+)?\d{1,2}[:.h]\d{2}\b.*$")
PHOTOGRAPHER_AFTER = rx.compile(rf"\s(?:撮影|(?i:{PHOTO_WORDS}))\s?[:：/／・].*$")


# The masthead and the footer name the site: "Par Gaëlle Le Goff, Ici Armor" credits the outlet after the
# person, and "Ici Armor" heads the page ("Ici Armor – le réseau des radios …") or signs its copyright.
MASTHEAD_BLOCKS = 4
FOOTER_BLOCKS = 6


def _names_the_site(ctx: Context, name: str) -> bool:
    """Whether ``name`` from a byline is the site's own name, printed again at the top or the bottom."""
    blocks = ctx.view.page.blocks
    folded = name.casefold()
    edges = {*range(min(MASTHEAD_BLOCKS, len(blocks))), *range(max(0, len(blocks) - FOOTER_BLOCKS), len(blocks))}
    return any(i != ctx.index and _prints_site_name(ctx.view.canonical[i].casefold(), folded) for i in edges)


def _prints_site_name(line: str, folded: str) -> bool:
    """A masthead or footer line that prints ``folded`` as a name: alone, before a separator, or after ©.

    An author's bio in the footer ("Owen Clegg covers the courts …") names the person, not the site.
    """
    if folded not in line:
        return False
    rest = line[len(folded):].lstrip() if line.startswith(folded) else None
    return rest == "" or (rest is not None and rest[:1] in SITE_NAME_SEPARATORS) or "©" in line or "copyright" in line


SITE_NAME_SEPARATORS = frozenset("–—|:-·•,")


def _in_vertical_menu(ctx: Context) -> bool:
    """The line stands under a run of one- or two-word lines, none the headline: a menu printed one item a line."""
    headline = ctx.view.headline
    copies = headline.copies if headline is not None else frozenset()
    for k in range(1, VERTICAL_MENU_ITEMS + 1):
        above = ctx.at(-k)
        if (above is None or above.words > MENU_ITEM_MAX_WORDS or above.sentence or above.index in copies
                or any(c.isdigit() for c in above.text)):
            return False
    return True


VERTICAL_MENU_ITEMS = 3
MENU_ITEM_MAX_WORDS = 2


def _is_site_line(ctx: Context, name: str) -> bool:
    """Whether ``name`` is a whole line of the masthead: the site's name standing alone."""
    folded = name.casefold()
    return any(i != ctx.index and ctx.view.canonical[i].casefold() == folded
               for i in range(min(MASTHEAD_BLOCKS, len(ctx.view.page.blocks))))


@detector(
    "BY02", "byline.author_label", triggers=("prefix:author_label",), effect=Effect.META, field="author",
    flags=(Example("Verfasst von: PHK Jonas Albrecht, Pressestelle", value="Jonas Albrecht", language="de"), Example("Author: Thomas Weyermann", value="Thomas Weyermann"), Example("Author: AFP", value="AFP"),
           Example("Autorin: Lena Fischer", value="Lena Fischer", language="de"),
           Example("Автор: Мария Ветлугина, научный сотрудник отдела живописи", value="Мария Ветлугина", language="ru")),
    keeps=("Author of three novels, she now teaches in Lyon, where she lives with her family.",),
)
def author_label(ctx: Context) -> Outcome:
    """An "Author: …" line."""
    if ctx.prefix_key != "author_label" or ctx.words > BYLINE_MAX_WORDS:
        return None
    rest = ctx.rest()
    if not rest.strip(" :："):
        if _in_vertical_menu(ctx):
            return None  # "Gündem / Spor / Magazin / Yazarlar / Canlı TV": the columnists' section in a menu
        return Hit("author label (the name follows)", None)  # "Autor:", "この記事を書いた人"
    if not rest.lstrip().startswith((":", "：", "-", "–", "|")) and ctx.words > 4:
        return None
    names, agencies = split_credit(ctx.after_prefix())
    if not names and agencies and is_agency_list(ctx.after_prefix()):
        return Hit("agency credit", ", ".join(agencies), field="source")
    if organisation(ctx.after_prefix()) and not (names and looks_like_name(NAME_SPLIT.split(ctx.after_prefix(), 1)[0])):
        return Hit("author line (an organisation)", None)  # "Gönderen: Ekşimaya Gıda San. ve Tic. A.Ş." (not a person
        # named before the department she works in: "Автор: Мария Ветлугина, научный сотрудник отдела живописи")
    names = [RANK_BEFORE_NAME.sub("", n) for n in names]  # "POK Sebastian Hollerith": a police rank before the name
    return Hit("author line", ", ".join(names) if names else None)


RANK_BEFORE_NAME = rx.compile(r"^\p{Lu}{2,5}\s(?=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll})")


SOURCE_MAX_WORDS = 10


@detector(
    "BY03", "byline.source_label", triggers=("prefix:source_label",), effect=Effect.META, field="source",
    flags=(Example("Source: Reuters", value="Reuters"), Example("Quelle: dpa", value="dpa", language="de"),
           Example("Quelle: Polizeidirektion Göttingen", language="de"),
           Example("Source: Consent Watch, Enforcement Review 2024", value=None),
           Example("Quelle: Statistisches Bundesamt", value=None, language="de"),
           Example("Bron: Rijkswaterstaat · Alle getijden bekijken »", value=None, language="nl")),
    keeps=("Source of the leak remains unknown, the ministry said on Friday.",),
)
def source_label(ctx: Context) -> Outcome:
    """A "Source: Reuters" credit line."""
    if ctx.prefix_key != "source_label" or ctx.words > SOURCE_MAX_WORDS or (ctx.sentence and ctx.words > 4):
        return None
    rest = ctx.rest()
    if not rest.lstrip().startswith((":", "：", "-", "–", "|")):
        return None
    if _under_table(ctx):
        return None  # "Πηγή: Τράπεζα της Ελλάδος" under a table: where the figures come from, not the article
    if "link_arrow" in ctx.features:
        return Hit("a box's source with its link", None)  # "Bron: Rijkswaterstaat · Alle getijden bekijken »" under a tide table
    value = ctx.after_prefix().rstrip(".")
    agencies = agency_pattern().findall(value)
    if not agencies and value and not _above_article(ctx) and not AGENCIES_WORD.search(value):
        return None  # "Källa: IMY" closing a fact box in the text: where its facts come from, as under a table
    if agencies and not is_agency_list(value):
        value = ", ".join(dict.fromkeys(agencies))
    elif not agencies and AUTHORITY.search(value):
        return Hit("source credit (an authority, not a news agency)", None)
    elif not agencies and (DATA_SOURCE.search(value) or YEAR_IN_SOURCE.search(value)):
        return Hit("source of the data (a report or survey, not a news agency)", None)
    return Hit("source credit", value or None)


# "SOURCE: News agencies": the agencies, unnamed.
AGENCIES_WORD = rx.compile(r"(?i:agenc|agentur|agenzi|ajans|πρακτορε|агентств|агенці|wire)")
# "Quelle: Polizeidirektion Göttingen": the text comes from an authority's press office, not from an agency.
AUTHORITY = rx.compile(
    r"(?i:polizei|police|policía|polizia|polícia|politie|policja|polis|αστυνομ|поліц|полиц|ministeri|ministère|"
    r"ministry|bakanlığ|υπουργ|міністерств|министерств|feuerwehr|pompiers|bomberos|vigili del fuoco|bombeiros|"
    r"brandweer|straż pożarn|itfaiye|πυροσβεστ|рятувальн|мчс|präfektur|préfecture|prefettura|landratsamt|"
    r"staatsanwaltschaft|parquet|fiscalía|procura|ministério público|openbaar ministerie|prokuratur|savcılı|"
    r"εισαγγελ|прокуратур|åklagar|kommun|gemeinde|stadtverwaltung|city council|town council|ayuntamiento|comune|"
    r"prefeitura|câmara municipal|gemeente|urząd|belediye|δήμος|міська рада|мэрия|администрация)"
)


# "Source: Consent Watch, Enforcement Review 2024", "Quelle: Statistisches Bundesamt": where a chart's or a
# paragraph's figures come from, not who wrote the text.
DATA_SOURCE = rx.compile(
    r"(?i:report|survey|study|review|census|statisti|data|index|eurostat|istat|insee|destatis|ons\b|"
    r"bericht|studie|umfrage|erhebung|enquête|rapport|étude|baromètre|encuesta|informe|estudio|indagine|rapporto|"
    r"pesquisa|relatório|levantamento|onderzoek|peiling|raport|badanie|sondaż|rapor|araştırma|anket|tüik|έρευνα|έκθεση|"
    r"δημοσκόπηση|ελστατ|дослідженн|звіт|опитуванн|держстат|исследовани|отчет|отчёт|опрос|росстат|調査|白書|統計)"
)
YEAR_IN_SOURCE = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
CREDIT_MAX_WORDS = 30
OUTLET_MAX_WORDS = 4
# A credit is a line, not a paragraph: "По данным департамента, …" opening a long sentence is article text.
CREDIT_SENTENCE_MAX_WORDS = 12
# "Reporting by", "Mitarbeit von" credit people; "With information from", "По материалам" credit outlets.
BY_WORD = rx.compile(r"(?<!\w)(?:by|von|par|por|door|di|przez|από|от|від|av|mitarbeit|współpraca)(?!\w)")
# Articles glued to an outlet's name in a credit ("do Estadão", "della Rai", "de l'AFP").
OUTLET_ARTICLE = rx.compile(r"^(?:do|da|dos|das|del|della|dello|de la|de l'|du|des|der|des|the|l'|la|le|el)(?:\s+|(?<='))", regex.I)
# "with AFP", "avec AFP", "mit dpa", "con EFE": an agency credit after a joining word.
# "With files from The Canadian Press", "The AP contributed to this report", "Dit bericht is afkomstig van
# het ANP", "Artikeln bygger på material från TT": a short sentence that credits an agency.
CREDIT_STEM = rx.compile(
    r"(?<!\w)(?:files from|contributed to this|afkomstig van|materiaal van|material från|material von|mit material|bygger|"
    r"based on reporting|basiert auf|d'après|selon l'|según|secondo|segundo a|na podstawie|göre|σύμφωνα με|"
    r"за матеріалами|по материалам|z agencji|wire services|nachrichtenagentur|"
    # "При подготовке материала использованы данные ТАСС": the data of the agency were used
    r"использованы (?:данные|материалы)|використано (?:дані|матеріали)|використані (?:дані|матеріали)|"
    # "Artikeln innehåller uppgifter från TT", "With information from AP"
    r"uppgifter från|information from|informationen von|informations de|información de|informazioni d|"
    r"informatie van|informacji|bilgilerine|πληροφορίες από|інформацією|информацией)(?!\w)",
    regex.I,
)
# "Z agencji PAP", "From the agency AFP": an agency named after "agency".
FROM_AGENCY = rx.compile(
    r"^(?:z\s+agencji|from\s+(?:the\s+)?agency|agencia|agenzia|agência|agence|agentur|ajansı?|πρακτορείο|агентство)\s+(.+?)\.?$",
    regex.I,
)
WITH_AGENCY = rx.compile(
    r"^[(\[]?\s*(?:with|avec|mit|con|com|met|z|ile|με|з|с|med|och)\s+(.+?)[)\]]?\.?$", regex.I
)


def _cjk_label_glued(ctx: Context) -> bool:
    rest = ctx.rest()
    label = ctx.lower[: ctx.prefix[1]] if ctx.prefix else ""
    return bool(rest) and bool(label) and CJK_CHAR.match(label[-1]) is not None and rest[:1] not in CJK_LABEL_ENDS


CJK_LABEL_ENDS = "：:・／/＝ 　"


# "Олена Гнатюк, «Вербівські Вісті»", "Jan de Vries, „Het Dorpsblad”": the writer and the outlet, under the text.
SIGNED_WITH_OUTLET = rx.compile(
    rf"^(?P<name>{PERSON_RUN}),\s[«\"„“][^«»\"„“”]{{2,40}}[»\"”“]$"
)
OUTLET_SIGNATURE_MAX_WORDS = 8


@line_feature("outlet_signature")
def _outlet_signature(line: Context | LineText) -> bool:
    return line.words <= OUTLET_SIGNATURE_MAX_WORDS and SIGNED_WITH_OUTLET.match(line.text) is not None


@detector(
    "BY04", "byline.credit", triggers=("prefix:reporting_by", "agency", "outlet_signature"), effect=Effect.META, field="source",
    flags=(Example("Radni zdecydowali w czwartek o rozszerzeniu strefy płatnego parkowania na trzy kolejne osiedla miasta.\n"
                   "Nowe opłaty zaczną obowiązywać od lipca, a abonament dla mieszkańców będzie kosztował sto złotych rocznie.\n"
                   "Ewa Nowak, źródło: PAP", "Ewa Nowak, źródło: PAP", value="PAP", language="pl"),
           Example("При подготовке материала использованы данные ТАСС.", value="ТАСС", language="ru"),
           Example("Reporting by Jane Doe; Editing by Max Roe"),
           Example("Additional reporting by PA Media", value="PA Media"),
           Example("with AFP", value="AFP"), Example("Avec l'AFP", value="AFP", language="fr"),
           Example("Avec AFP", value="AFP", language="fr"), Example("Com Lusa", value="Lusa", language="pt"), Example("Z agencji PAP", value="PAP", language="pl"),
           Example("Com informações do Estadão Conteúdo", value="Estadão Conteúdo", language="pt"),
           Example("Сезон триває з 15 жовтня до 15 квітня, якщо середня температура тримається нижче восьми градусів.\n"
                   "Тарифи на тепло для населення цього року не змінюються, повідомили у міськраді.\n"
                   "Олена Гнатюк, «Вербівські Вісті»", "Олена Гнатюк, «Вербівські Вісті»", value="Олена Гнатюк", language="uk"),
           Example("Svävaren tar 40 passagerare och går var tjugonde minut, enligt kommunen.\n"
                   "Trafiken startar i maj om Transportstyrelsen godkänner farkosten och hamnen hinner byggas om.\nKarin Sjölund/TT nyheter@nt-norrvik.se",
                   "Karin Sjölund/TT nyheter@nt-norrvik.se", value="TT", language="sv"),
           Example("La coopérative a signé son premier contrat avec la laiterie bio du causse en mars.\n"
                   "Les surfaces en conversion ont reculé de 35 % en deux ans au niveau national.\nClaire Fabre (avec AFP)",
                   "Claire Fabre (avec AFP)", value="AFP", language="fr"),
           Example("Trains collide near Carlisle | Daily Post\nTrains collide near Carlisle\nEdited by Priya Castellano and Tom Rudd\n"
                   "Published 14 October 2025, 08:51 BST", "Edited by Priya Castellano and Tom Rudd",
                   value="Priya Castellano, Tom Rudd"),
           Example("По материалам «Интерфакса»", value="Интерфакс", language="ru"),
           Example("— With files from The Canadian Press", value="The Canadian Press"),
           Example("The Associated Press contributed to this report.", value="The Associated Press"),
           Example("Dit bericht is afkomstig van het ANP.", value="ANP", language="nl"),
           Example("Artikeln innehåller uppgifter från TT.", value="TT", language="sv")),
    keeps=("With AFP reporters barred, the trial went on behind closed doors for weeks.",
           Example("Statistiche | Casa | Ospiti\nTiri | 14 | 9\nAngoli | 6 | 3\nFonte: Lega Calcio Dati",
                   "Fonte: Lega Calcio Dati", language="it"),
           Example("За даними департаменту освіти, за п'ять років кількість учнів у цих закладах зменшилася майже на третину.",
                   language="uk")),
)
def credit(ctx: Context) -> Outcome:
    """A reporting credit: "Reporting by …", "Additional reporting by PA Media", "with AFP"."""
    if ctx.words > CREDIT_MAX_WORDS:
        return None
    if ctx.prefix_key == "reporting_by" and _cjk_label_glued(ctx):
        return None  # "翻訳の工夫" (how it was translated) is a heading: a Japanese role label is followed by "：" or "・"
    if ctx.prefix_key == "reporting_by" and not (ctx.sentence and ctx.words > CREDIT_SENTENCE_MAX_WORDS):
        if _under_table(ctx):
            return None  # "Fonte: Lega Pro Data" under a table of statistics
        _, agencies = split_credit(ctx.after_prefix())
        agencies = agencies or agency_pattern().findall(ctx.text)
        if agencies:
            return Hit("reporting credit", ", ".join(dict.fromkeys(agencies)))
        rest = ctx.after_prefix().rstrip(".")
        declined = declined_agency(rest)
        if declined is not None:
            return Hit("reporting credit", declined)  # "По материалам «Интерфакса»"
        outlet = OUTLET_ARTICLE.sub("", rest).strip()
        about_people = ctx.prefix is not None and BY_WORD.search(ctx.lower[: ctx.prefix[1]]) is not None
        people = names_in_byline(rest, ctx.view.lexicon.stopwords)
        if people and (not about_people or EDITED_BY.match(ctx.lower)) and _byline_place(ctx):
            return Hit("compiled by", ", ".join(people), field="author")  # "Oprac. Karolina Nowicka", a live page's
            # "Edited by Priya Castellano and Tom Rudd" under its headline
        if not about_people and 0 < len(outlet.split()) <= OUTLET_MAX_WORDS and outlet[:1].isupper():
            return Hit("credit to another outlet", outlet)  # "Com informações do Estadão Conteúdo"
        return Hit("reporting credit", None)
    if (ctx.words <= CREDIT_SENTENCE_MAX_WORDS and "agency" in ctx.features) or CREDIT_STEM.search(ctx.lower):
        found = agency_pattern().findall(ctx.text)
        if found and CREDIT_STEM.search(ctx.lower) and ctx.words <= CREDIT_SENTENCE_MAX_WORDS:
            return Hit("agency credit", str(found[0]))
    for pattern in (WITH_AGENCY, FROM_AGENCY):
        m = pattern.match(ctx.text)
        named = OUTLET_ARTICLE.sub("", m.group(1)).strip() if m else ""
        if named and is_agency_list(named):
            return Hit("agency credit", named)
    m = SIGNED_WITH_AGENCY.match(ctx.text) or SIGNED_SLASH_AGENCY.match(ctx.text) or SIGNED_WITH_SOURCE.match(ctx.text)
    if m is not None and looks_like_name(m["name"]) and not _above_article(ctx):  # (above it, the byline's rules read it)
        named = OUTLET_ARTICLE.sub("", m["agency"]).strip()
        if is_agency_list(named):
            return Hit(AGENCY_SIGNATURE, named)  # "Claire Fabre (avec AFP)" under the text
    m = SIGNED_WITH_OUTLET.match(ctx.text) if "outlet_signature" in ctx.features else None
    if m is not None and looks_like_name(m["name"]) and not _above_article(ctx):
        return Hit("the writer's signature with the outlet", m["name"], field="author")  # "Олена Гнатюк, «Вербівські Вісті»"
    return None


# "Karin Sjölund/TT nyheter@nt-norrvik.se": the writer, the agency after a slash, maybe the desk's address.
SIGNED_SLASH_AGENCY = rx.compile(
    rf"^(?P<name>{PERSON_RUN})\s?/\s?(?P<agency>[\p{{Lu}}\p{{N}}-]{{2,12}})(?:\s\S+@\S+)?$"
)
# "Marta Zielonka, źródło: PAP": the writer's signature and the agency named as the text's source.
SIGNED_WITH_SOURCE = rx.compile(
    rf"^(?P<name>{PERSON_RUN}),?\s(?i:source|źródło|quelle|fonte|fuente|bron|kaynak|πηγή|джерело|источник|källa)\s?:\s"
    r"(?P<agency>[^:()]{2,30})$"
)
# "Claire Fabre (avec AFP)", "Jan Kowalski (z PAP)": the writer's signature and the agency the text draws on.
SIGNED_WITH_AGENCY = rx.compile(
    rf"^(?P<name>{PERSON_RUN})\s[(\[](?i:with|avec|mit|con|com|met|z|ile|με|з|с|med|och)\s"
    r"(?P<agency>[^()\[\]]{2,30})[)\]]$"
)


# The people who edit a live page or compile a report sign it: "Edited by …", "Compiled by …".
EDITED_BY = rx.compile(r"^(?:edited|compiled|curated) by\s")


@detector(
    "BY05", "byline.agency", triggers=("agency",), effect=Effect.META, field="source",
    flags=(Example("(dpa)", value="dpa"), Example("AFP/Reuters", value="AFP/Reuters"), Example("（時事通信）", value="時事通信"),
           Example("— Reuters", value="Reuters"), Example("(dpa/lby)", value="dpa"),
           Example("共同通信 1/15(水) 18:30配信 コメント 56件", value="共同通信", language="ja"),
           Example("Redaktion Innsbruck / APA", value="APA", language="de"),
           Example("Με στοιχεία του ΑΠΕ-ΜΠΕ", value="ΑΠΕ-ΜΠΕ", language="el")),
    keeps=(Example("Senaste nytt från TT", language="sv"), "Reuters reported the same figure on Monday, citing two people familiar with the talks.",
           Example("Budżet obywatelski funkcjonuje w Lublinie od 2015 r. (PAP)", language="pl"),
           Example("JORNAL DA RIA", language="pt"),
           Example("Foto: dpa", language="de"), Example("(Foto LaPresse)", language="it"),
           Example("Agnes Holmqvist/TT", language="sv")),
)
def agency(ctx: Context) -> Outcome:
    """A line that credits a news agency: "(dpa)", "AFP/Reuters", "Redaktion Innsbruck / APA"."""
    if ctx.prefix_key in ("photo", "captions") or ctx.words > AGENCY_LINE_MAX_WORDS:
        return None
    stamped = DISTRIBUTED_BY.match(ctx.text)
    if stamped is not None and is_agency_list(stamped["agency"]):
        return Hit("agency credit with its distribution stamp", stamped["agency"])  # "共同通信 1/15(水) 18:30配信 コメント 56件"
    found = agency_pattern().findall(ctx.text)
    if (
        found
        and not is_agency_list(ctx.text)
        and not ctx.sentence
        and ctx.quality is not Quality.PROSE
        and not PHOTO_WORD.search(ctx.text)
        and not names_in_byline(ctx.text, ctx.view.lexicon.stopwords)  # "Merve Doğan / DHA" is a byline
        and not _sentence_with_credit(ctx.text)
        and not (OUTLET_WORD.search(ctx.text) and not CREDIT_JOINER.search(ctx.text))  # "JORNAL DA RIA": a masthead
        and "list_header" not in ctx.features  # "Senaste nytt från TT": a feed of the agency's headlines
    ):
        return Hit("agency credit", str(found[0]))  # "Με στοιχεία του ΑΠΕ-ΜΠΕ", "記事提供：時事通信社"
    if not is_agency_list(ctx.text):
        return None
    return Hit("agency credit", REGIONAL_DESK.sub("", ctx.text).strip(" ()（）【】[]—–-.|·"))


AGENCY_LINE_MAX_WORDS = 12
# "共同通信 1/15(水) 18:30配信 コメント 56件": a portal's line naming the agency it carries, the stamp, the comments.
DISTRIBUTED_BY = rx.compile(r"^(?P<agency>\S{2,12})\s+\d{1,2}/\d{1,2}[(（][月火水木金土日][)）]\s?\d{1,2}:\d{2}\s?配信"
                            r"(?:\s+コメント\s?[\d,]+件)?$")
OUTLET_WORD = rx.compile(r"(?i)(?<!\w)(?:jornal|journal|zeitung|gazet\w*|gazzetta|diário|diario|rádio|radio|revista|"
                            r"magazine|magazin|krant|dagblad|kurier|courier|herald|tribune|times|εφημερίδα|газета)(?!\w)")
# "Par Le Journal des Affaires avec AFP": an outlet credited with an agency is a credit.
CREDIT_JOINER = rx.compile(r"(?i)(?<!\w)(?:avec|with|mit|con|com|met|ile|με|з|с|and|und|et|y|e|i)(?!\w)|[/–—(]")
# "Budżet obywatelski funkcjonuje w Lublinie od 2015 r. (PAP)": a sentence, then the agency that filed it.
SENTENCE_THEN_CREDIT = rx.compile(r"[.!?。]\s*[(（][^()（）]{2,30}[)）]\s*$")
CREDITED_SENTENCE_MIN_WORDS = 5


def _sentence_with_credit(text: str) -> bool:
    m = SENTENCE_THEN_CREDIT.search(text)
    return m is not None and count_words(text[: m.start()]) >= CREDITED_SENTENCE_MIN_WORDS
SITE_NAME_LINE = 1
DATE_LINE_MAX_WORDS = 14
# What may stand beside a date on a date line: weekdays, "at", "Uhr", time zones, separators.
DATE_LINE_RESIDUE_MAX_WORDS = 3
# Words a date line ending like a sentence may have beyond its dated part ("Madrid | 29 oct 2025.").
DATE_SENTENCE_MAX_OUTSIDE = 6
LETTER_WORD = rx.compile(r"\p{L}{2,}")
# ", modifié le …", " Updated 2 hours ago": where the first date of a line is followed by the time of its update.
UPDATE_TAIL = rx.compile(
    r"(?:,\s*|\s)(?i:modifié|mis à jour|updated|last modified|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt|gewijzigd|"
    r"zaktualizowano|güncellendi|güncelleme|ενημερώθηκε|оновлено|обновлено|uppdaterad)(?!\w)"
)
DATE_PARTS = rx.compile(r"\s[·|•]\s|[（(]")


# Words before a date without a year that make the line a heading, not a date line (a weekday does not count).
PARTIAL_HEADING_MIN_WORDS = 2
PARTIAL_SENTENCE_MIN_WORDS = 6
HEADING_WORD = rx.compile(r"\p{L}{2,}")


def _heading_words(text: str) -> int:
    return sum(1 for w in HEADING_WORD.findall(text) if not WEEKDAY.match(w.casefold()))


@detector(
    "BY06", "byline.date_line", triggers=("digit", "prefix:published"), effect=Effect.META, field="published",
    flags=(Example("Maternité : la fermeture est définitive\nClaire Vasseur avec AFP Publié le 15/04/2025 à 18h12, mis à "
                   "jour le 16/04/2025 à 07h30", "Claire Vasseur avec AFP Publié le 15/04/2025 à 18h12, mis à jour le 16/04/2025 "
                   "à 07h30", "2025-04-15", language="fr"),
           Example("Rowery miejskie wracają do Złotoborza\nMarta Zięba Źródło: PAP, Złotoborze24 05.04.2024, 06:40 "
                   "aktualizacja 11:18", "Marta Zięba Źródło: PAP, Złotoborze24 05.04.2024, 06:40 aktualizacja 11:18",
                   "2024-04-05", language="pl"),
           Example("Posted by Ruth Amis on 9 November 2024", value="2024-11-09"),
           Example("Published 3 April 2025", value="2025-04-03"),
           Example("15.05.2025, 14:32 Uhr", value="2025-05-15"),
           Example("March 3, 2025", value="2025-03-03"),
           Example("zaterdag 8 maart, 16:45", language="nl"),
           Example("Publié le mardi 3 décembre 2024 à 18h45 · Modifié le 4 décembre 2024 à 07h10", value="2024-12-03",
                   language="fr"),
           Example("2024/08/29 06:00（最終更新 08/29 11:45）", value="2024-08-29", language="ja"),
           Example("Le 12 mars 2025 à 18h04, modifié le 13 mars 2025 à 07h12", value="2025-03-12", language="fr"),
           Example("Madrid | 29 oct 2025 - 18:05 CET", value="2025-10-29", language="es"),
           Example("March 4, 2025 11:47 AM GMT Updated 2 hours ago", value="2025-03-04"),
           Example("Publicado em 02/09/2024 - 16:20 Por Mariana Tavares - Repórter da Agência Brasil - Brasília",
                   value="2024-09-02", language="pt")),
    keeps=(Example("Anne Martin a publié le 3 mars 2025 son premier roman chez un petit éditeur lyonnais.", language="fr"),
           Example("Dato | Valore\nData della scoperta | 9 ottobre 2025\nDistanza dalla Terra | 1,9 unità astronomiche",
                   "Data della scoperta | 9 ottobre 2025", language="it"),
           Example("新しいダイヤは4月1日から実施される。", language="ja"),
           Example("Das Wasser wird teurer.\nTranche | Tarif actuel | Au 1er juillet 2025\n0 à 30 m³ | 1,42 € | 1,59 €\n"
                   "31 à 120 m³ | 1,68 € | 1,88 €", "Tranche | Tarif actuel | Au 1er juillet 2025", language="fr"),
           Example("Looptijd: tot 30 juni 2029", language="nl"), "On 3 April 2025 the court ruled against the city.",
           Example("Flights cancelled on Saturday, 29 March\nNT 1404 Lisbon – Paris (Orly), 14h25",
                   "Flights cancelled on Saturday, 29 March"),
           Example("3月31日までに予約した施設の利用については、利用日が4月以降であっても現行料金が適用される。", language="ja"),
           "Turnout passed 61 percent, the county said.\n— Harbour County Votes (@HarbourVotes) November 4, 2025",
           Example("Sábado, 15 de junho\n10h00 – Abertura da feira\n15h00 – Sessão de autógrafos", "Sábado, 15 de junho",
                   language="pt"),
           Example("Zapisy do 30 kwietnia w urzędzie.", language="pl"), Example("Stat: Manisa 19 Mayıs", language="tr"),
           Example("14 mai 2025 – La Cigale, Paris · 22 mai – Le Transbordeur, Lyon · 30 mai – Le Bikini, Toulouse",
                   language="fr"),
           Example("14. Januar 2025\nDie Verwaltung legt den ersten Entwurf vor, der Handel kündigt Widerstand an.\n"
                   "3. Februar 2025\nIm Bauausschuss wird der Entwurf vertagt, weil die Fraktionen mehr Zeit fordern.",
                   "3. Februar 2025", language="de"),
           Example("Σάββατο 29 Ιουνίου: έντεχνο και παραδοσιακό", language="el"),
           Example("- Alceu Valença, em 14 de junho;", language="pt"),
           Example("Bramki: Lis 82, Duda 86 – Wróbel 34.", language="pl"),
           Example("Venerdì 17 ottobre\n- ore 18: apertura dei banchi e inaugurazione\n- ore 21: concerto",
                   "Venerdì 17 ottobre", language="it"),
           Example("[2] «Нижегородская коммуна», 11 февраля 1923 г.", language="ru"),
           Example("チェックイン 2025/04/26 〜 チェックアウト 2025/04/27 大人2名・1室", language="ja"),
           Example("Torsdag 3 juli\nMiriam Holt\nGrå Fyren\nFredag 4 juli\nTove Lindqvist", "Torsdag 3 juli", language="sv"),
           Example("Sabato 22 marzo\nMercatino dell'antiquariato\nDalle 8 alle 19 · Lungarno Galilei",
                   "Sabato 22 marzo", language="it"),
           Example("Sabato 18 ottobre\nore 10.00 – Mercatino dei produttori\nore 16.00 – Gara tra frazioni",
                   "Sabato 18 ottobre", language="it"),
           Example("24 января — ледовая дискотека, 19:00;", language="ru"),
           Example("1 februari – sluiting van het festival met vuurwerk", language="nl"),
           "SEOUL, March 3 (Yonhap) -- North Korea fired a ballistic missile into the sea on Monday, the military said.",
           Example("10 października – Bydgoszcz, Klub Kuźnia\n17 października – Poznań, Hala Wiatrak",
                   "10 października – Bydgoszcz, Klub Kuźnia", language="pl"),
           Example("その記念として、4月5日（土）から土曜の朝の番組を大きくリニューアルします。", language="ja"),
           Example("2月14日 公開生放送「ありがとう」（汐見港広場）\n3月31日午後6時 最終放送", "2月14日 公開生放送「ありがとう」（汐見港広場）",
                   language="ja"),
           Example("Графік на 10 грудня\nЧерга | Без світла\n1 | 08:00–11:00", "Графік на 10 грудня", language="uk"),
           Example("1984年 無人駅に\n2025年3月15日 最終営業", "2025年3月15日 最終営業", language="ja"),
           Example("Ａ　2026年10月1日の収集分からです。指定袋は同年8月から市内のスーパーで販売されます。", language="ja")),
)
def date_line(ctx: Context) -> Outcome:
    """A publication date line: "Published 3 April 2025", "15.05.2025, 14:32 Uhr"."""
    if (ctx.words > 2 * DATE_LINE_MAX_WORDS or ctx.prefix_key == "updated" or FOOTNOTE_MARK.match(ctx.text)
            or STAY_WORDS.search(ctx.lower)):
        return None  # (a footnote citing a source and its date: "[2] «Нижегородская коммуна», 11 февраля 1923 г.";
        # a booking box's dates of stay: "チェックイン 2025/04/26 〜 チェックアウト 2025/04/27")
    if ("@" in ctx.text or "·" in ctx.text) and post_signature(ctx):
        return None  # "— Jane Doe (@jdoe) 9 May 2025": the date of an embedded post
    if " | " in ctx.text and table_row(ctx):
        return None  # "Tranche annuelle | Tarif actuel | Au 1er juillet 2025": the head of the article's table (or a row
        # of a two-column one: "Data della scoperta | 9 ottobre 2025" under "Dato | Valore")
    if (m := HANDLE_AND_TIME.match(ctx.text)) is not None and HANDLE.search(m["who"]):
        return None  # "marinero_viejo - 27/01/2025 14:02": when a reader commented
    lex = ctx.view.lexicon
    text = _dated_part(ctx)  # "Publié le 3 décembre 2024 · Modifié le 4 décembre 2024", "Madrid | 29 oct 2025"
    text = UPDATE_TAIL.split(text, 1)[0]  # "Le 12 mars 2025 à 18h04, modifié le 13 mars 2025 à 07h12"
    author = BY_AUTHOR_NAME.search(text)
    if author is not None and AUTHOR_ROLE_TAIL.match(text, author.end()):
        text = text[:author.end()]  # the author's role and place after the name are no part of the date line's length
    if len(text.split()) > DATE_LINE_MAX_WORDS:
        return None
    if ctx.text.startswith(text):  # the date opens the line: what follows it, bar an update time, is the rest
        outside = count_words(UPDATE_TAIL.split(ctx.text, 1)[0]) - count_words(text)
        if outside > DATE_LINE_MAX_WORDS or (ctx.sentence and outside > DATE_SENTENCE_MAX_OUTSIDE):
            return None  # "SEOUL, March 3 (Yonhap) -- North Korea fired …": a dateline opening the article's text
    found = ctx.view.date_in(text)
    labelled = ctx.prefix_key == "published"
    if found is None:
        partial = find_partial_date(text, lex)
        if partial is not None:
            below = ctx.at(1)
            if not labelled and below is not None and (
                    "bullet" in below.features or " | " in below.text or TIMED_ITEM.match(below.text)):
                return None  # "Venerdì 17 ottobre" over "- ore 18: apertura dei banchi" or "10h00 – Abertura": a day of
                # the programme (or a table)
            if not labelled and any(n is not None and EVENT_TIME.match(n.text) for n in (below, ctx.at(2))):
                return None  # "Venerdì 21 marzo" / "Jazz al Bastione" / "Ore 21 · Bastione Sangallo": a programme's day
            if not labelled and ctx.words <= DAY_HEADING_MAX_WORDS and _another_day_heading(ctx):
                return None  # "Torsdag 3 juli" … "Fredag 4 juli": the days of a programme or a line-up, each heading its part
            if not labelled and partial[0] == 0 and any(_dated_item(n, lex) for n in (ctx.at(-1), below)):
                return None  # "2月14日 公開生放送…" / "3月1日～ 歴代番組…": dated items of a schedule
            if not labelled and FIELD_LABEL.match(ctx.text):
                return None  # "Stat: Manisa 19 Mayıs": a fact box's field (a stadium named after a day), not a date line
            if not labelled and _heading_words(text[: partial[0]]) >= PARTIAL_HEADING_MIN_WORDS:
                return None  # "Voos cancelados no sábado, 29 de março": a heading with its day, over a list
            if not labelled and ctx.sentence and count_words(text[: partial[0]] + " " + text[partial[1]:]) >= PARTIAL_SENTENCE_MIN_WORDS:
                return None  # "3月31日までに予約した施設の利用については、…適用される。": a sentence that opens with a day
            if not labelled and text.endswith("。") and "は" in text[: partial[0]]:
                return None  # "改正は3月14日から実施される。": a sentence with its subject, whatever its length
            found = (None, partial)  # a date without a year: the line goes, the date stays unknown
        elif labelled and (is_relative(ctx.text, lex) or CLOCK.search(ctx.text)):
            return Hit("publication time (relative)", None)
        else:
            return None
    iso, (start, end) = found
    if not labelled and UNTIL.search(text[:start]):
        return None  # "Looptijd: tot 30 juni 2029", "gültig bis 31.12.2025": a deadline, not when it was published
    rest = text[:start] + " " + text[end:]
    if labelled:
        label_end = len(ctx.text) - len(ctx.rest())
        rest = text[label_end:start] + " " + text[end:]
    if (not labelled and _field_value(ctx.text, ctx.text[max(ctx.text.find(text), 0) + end:], lex)
            and run_together_head(ctx.text, lex) is None):
        return None  # (not "Marta Zięba Źródło: PAP, … 05.04.2024, 06:40 aktualizacja 11:18": a byline run together)
    rest = CLOCK.sub(" ", rest)
    rest = BY_AUTHOR_NAME.sub(" ", rest)  # "Posted by Hattie Lomond on 9 November 2024": the author beside the date
    if not labelled and "agency" in ctx.features:
        rest = _without_agency_and_label(rest, lex)  # "Keystone-ATS Publié le 08.10.2025, 16h12": the agency's stamp
    residue = [w for w in LETTER_WORD.findall(rest) if not WEEKDAY.match(w)]
    if not labelled and "。" in rest and count_words(rest) > 2 * DATE_LINE_RESIDUE_MAX_WORDS:
        return None  # "Ａ　2026年10月1日の収集分からです。指定袋は…": an answer's sentence that opens with a date
    if len(residue) > DATE_LINE_RESIDUE_MAX_WORDS and not labelled and "bullet" not in ctx.features:
        head = run_together_head(ctx.text, lex)  # "Claire Vasseur avec AFP Publié le 15/04/2025 à 18h12": byline first
        if head is not None:
            named = set(LETTER_WORD.findall(head))
            residue = [w for w in residue if w not in named][: 2 * DATE_LINE_RESIDUE_MAX_WORDS + 1]
            if len(residue) <= 2 * DATE_LINE_RESIDUE_MAX_WORDS:
                return Hit(RUN_TOGETHER_REASON, iso) if iso else None
    if len(residue) > DATE_LINE_RESIDUE_MAX_WORDS or (residue and "bullet" in ctx.features):
        return None  # "- Alceu Valença, em 14 de junho;" is an item of the article's list
    if iso is None and ctx.sentence and sum(1 for w in residue if w[:1].islower()) >= 2:
        return None  # "Zapisy do 30 kwietnia w urzędzie.": a sentence with a day in it, not a date line
    if residue and (ctx.text.rstrip().endswith(";") or (
            DASH_AFTER_DATE.match(text, end) and (iso is None or any(w[:1].islower() for w in residue)))):
        return None  # "24 января — ледовая дискотека, 19:00;", "10 października – Bydgoszcz, Klub Kuźnia": a schedule
    if "middot" in ctx.features and not labelled and _another_date_after_dot(ctx, text, end):
        return None  # "14 mai 2025 – La Cigale, Paris · 22 mai – Le Transbordeur, Lyon": a tour's dates
    if not labelled and residue and _after_chronology_line(ctx):
        return None  # "2025年3月15日 最終営業" under "1984年 無人駅に": the last step of the article's chronology
    if iso is not None and not labelled and not residue and _chronology_step(ctx, iso):
        return None  # "14. Januar 2025" over what happened that day, "3. Februar 2025" over the next step
    return Hit("publication date" if iso else "date without a year", iso)


def _another_date_after_dot(ctx: Context, text: str, end: int) -> bool:
    rest = ctx.text[max(ctx.text.find(text), 0) + end:]
    _, dot, after = rest.partition(" · ")
    if not dot:
        return False  # (the next part must open with a date: "… · aktualizacja: 14.08.2025, 07:45" updates this one)
    found = ctx.view.date_in(after)
    span = found[1] if found is not None else find_partial_date(after, ctx.view.lexicon)
    return span is not None and span[0] == 0


CHRONOLOGY_REACH = 6


def _after_chronology_line(ctx: Context) -> bool:
    """A line that opens with its year under a line that opens with an earlier (or the same) year."""
    year, above = year_opening(ctx), year_opening(ctx.at(-1))
    return year is not None and above is not None and above <= year


def _chronology_step(ctx: Context, iso: str) -> bool:
    """A bare date over a paragraph, with another such date a few lines away, in calendar order: a chronology's steps."""
    if not _paragraph_below(ctx):
        return False
    for k in (*range(-CHRONOLOGY_REACH, -1), *range(2, CHRONOLOGY_REACH + 1)):
        other = ctx.at(k)
        if other is None or other.sentence or other.words > DATE_LINE_MAX_WORDS or not _paragraph_below(other):
            continue
        found = ctx.view.date_in(other.text)
        if found is None or found[0] is None or found[1] != (0, len(other.text)):
            continue
        if (found[0] < iso) == (k < 0) and found[0] != iso:
            return True
    return False


def _paragraph_below(ctx: Context) -> bool:
    below = ctx.at(1)
    return below is not None and below.quality is Quality.PROSE and below.sentence


# "10h00 – Abertura da feira", "18:30 Uhr Lesung": an item of a programme, a time and what happens then.
TIMED_ITEM = rx.compile(r"(?:(?:ore|alle|dalle|à|a las|às|um|ab|om|kl\.?|godz\.?|saat|at|from)\s)?"  # "ore 18.30 – …"
                           r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)(?!\d)(?:\s?(?:uhr|h|horas?|ore|godz\.?))?\s*[-–—:]?\s*\p{L}", regex.I)
# (or a colon: "Σάββατο 29 Ιουνίου: έντεχνο και παραδοσιακό", a day of a festival's programme)
DASH_AFTER_DATE = rx.compile(r"\s*[—–-]\s|:\s")
FOOTNOTE_MARK = rx.compile(r"^\[\d{1,3}\]\s")
DAY_HEADING_MAX_WORDS = 4
DAY_HEADING_REACH = 12


PROGRAMME_DAYS_APART = 7


def _another_day_heading(ctx: Context) -> bool:
    """Another short line of a day without its year, close above or below and a few days apart: the days of one
    programme (a page is published once; "Sun Nov 24" and "Sun Dec 8" on a ticket box are dates of another kind)."""
    lex = ctx.view.lexicon
    own = _day_of_year(ctx.text, lex)
    if own is None:
        return False
    for off in (*range(-DAY_HEADING_REACH, 0), *range(1, DAY_HEADING_REACH + 1)):
        near = ctx.at(off)
        if (near is None or near.words > DAY_HEADING_MAX_WORDS or near.text == ctx.text or "digit" not in near.features
                or ctx.view.date_in(near.text) is not None):
            continue
        other = _day_of_year(near.text, lex)
        if other is not None and 0 < abs(other - own) <= PROGRAMME_DAYS_APART:
            return True
    return False


DAY_NUMBER = rx.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def _day_of_year(text: str, lexicon: Lexicon) -> int | None:
    """The day a yearless date names, counted from the year's start (months of 31 days are close enough)."""
    span = find_partial_date(text, lexicon)
    if span is None:
        return None
    part = text[span[0]:span[1]]
    day = DAY_NUMBER.search(part)
    month = next((lexicon.months.get(w) or lexicon.months.get(w + ".") for w in regex.findall(r"\p{L}+", part.casefold())
                  if w in lexicon.months or w + "." in lexicon.months), None)
    return None if day is None or month is None else 31 * (month - 1) + int(day[1])
# "by Hattie Lomond", "par Julien Martin", "von Anna Berger": an author named on the date line (the metadata
# reads the name from there).
BY_AUTHOR_NAME = rx.compile(
    r"(?<!\w)(?i:posted by|written by|by|par|von|di|por|door|av|przez)\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}"
)
# "… Por Mariana Tavares - Repórter da Agência Brasil - Brasília": the author's role and place after the name.
AUTHOR_ROLE_TAIL = rx.compile(r"\s*[-–—,]\s")
def _dated_item(ctx: Context | None, lex: Lexicon) -> bool:
    """A line that opens with a date without a year and goes on with words: an item of a dated list."""
    if ctx is None or "digit" not in ctx.features:
        return False
    partial = find_partial_date(ctx.text, lex)
    return partial is not None and partial[0] == 0 and bool(LETTER_WORD.findall(ctx.text[partial[1]:]))


# "Geboren:", "会期：", "Venue: …": a word and a colon in front of the date, not a publication label.
FIELD_LABEL = rx.compile(r"^\p{L}[\p{L}\s]{0,24}[:：]")
# "～", "–", "bis": a date range, the time of an event.
# "（金）", "(sáb.)": a weekday note after a date.
DAY_NOTE = rx.compile(r"^\s*[（(][^）)]{1,5}[）)]")
RANGE_MARK = rx.compile(r"^\s*(?:[～〜~–—-]|(?i:bis|tot|till|do|до|-е|to))\s*")


def _field_value(line: str, tail: str, lex: Lexicon) -> bool:
    """A fact box's dated field ("Geboren: 14 februari 2002 in Drammen", "会期：9月12日～9月23日"), not a date stamp."""
    if not FIELD_LABEL.match(line):
        return False
    tail = DAY_NOTE.sub("", CLOCK.sub(" ", tail))
    said = [w for w in LETTER_WORD.findall(tail) if not WEEKDAY.match(w)]
    return bool(said) or (RANGE_MARK.match(tail) is not None and find_partial_date(tail, lex) is not None)


def _dated_part(ctx: Context) -> str:
    """The first part of a date line that holds a date (a place may come first: "Madrid | 29 oct 2025")."""
    parts = DATE_PARTS.split(ctx.text)
    if len(parts) > 1 and ctx.view.date_in(parts[0]) is None:
        for part in parts[1:MAX_DATE_PARTS]:
            if ctx.view.date_in(part) is not None:
                return part
    return parts[0]


MAX_DATE_PARTS = 4
LABELLED_NAME = rx.compile(
    r"^(\p{L}[\p{L}・-]{1,20}(?:\s(?:&\s|und\s|and\s|et\s|y\s|e\s)?\p{L}[\p{L}-]{1,20})?)\s?[:：]\s*(.+)$"
)  # "Text: Iker Salaberria", "Text & Rezept: Anne Holtkamp", "聞き手・文：佐藤美咲"
# Another credit after the name on the same line: "聞き手・文：佐藤美咲 撮影：中村亮", "Text: Anna Berg Foto: Jan Roe".
SECOND_LABEL = rx.compile(r"\s(?=\p{L}[\p{L}・/-]{0,10}\s?[:：])")
LABELLED_NAME_MAX_WORDS = 7
COLUMN_LABEL = rx.compile(
    r"^(?i:kolumne|column|rubrik|rubrique|chronique|columna|rubrica|coluna|rubriek|rubryka|köşe|στήλη|рубрика|колонка|"
    r"serie|series|série|reihe|dossier|podcast|blog)$"
)
# "Kijk: Lingewaard TV", "Listen: Radio Nord": a channel to watch or hear, not a writer.
WATCH_LABEL = rx.compile(
    r"^(?i:kijk|watch|luister|listen|hör|hören|schau|sehen|regardez|écoutez|mira|escucha|guarda|ascolta|assista|ouça|"
    r"oglądaj|słuchaj|izle|dinle|δείτε|ακούστε|дивіться|слухайте|смотрите|слушайте|titta|lyssna)$"
)
# "Edição: Rodrigo Sales", "Edited by Tom Lutz": who edited the text, credited beside its author.
EDITOR_LABEL = rx.compile(
    r"^(?i:edição|edición|edited|editing|editor|editora|bearbeitung|redigering|eindredactie|redakcja|düzenleme|"
    r"editör|редактор|редакторка|редагування|редактура)$"
)
# The roles a Japanese credit names before "：": text, photos, reporting, writing, editing, interview.
JA_ROLE_LABEL = rx.compile(r"(?:文|写真|取材|執筆|記者|筆者|著者|編集|構成|インタビュー|撮影|聞き手|ライター|イラスト)"
                           r"(?:・(?:料理|写真|撮影|構成|取材))?$")  # ("文・料理：高森さと子": text and recipe)
# "Eine Kritik von Leonie Harms", "Recensione di Ettore Salvi", "A review by Jane Doe": a word or two,
# a "by" word, a name.
BY_NAME = rx.compile(
    r"^(\p{L}+(?:\s\p{L}+){0,2})\s(?:by|von|di|de|par|por|door|av|przez|od|από|του|της|від|от)\s(.+)$", regex.I
)
# Labels that introduce a credit of another kind, never the author.
NOT_AUTHOR_LABELS = frozenset({"photo", "source_label", "captions", "reporting_by", "published", "updated", "tags",
                               "read_also", "skip"})


@detector(
    "BY09", "byline.labelled_name", effect=Effect.META, field="author", triggers=("colon", "short"),
    flags=(Example("春キャベツの塩昆布蒸し | ごはん帖\n春キャベツの塩昆布蒸し\n文・料理：高森さと子\u3000写真：今井 翔\n"
                   "2025年4月9日 07:00\nやわらかい春キャベツと新玉ねぎを、塩昆布のうまみだけで蒸し上げます。",
                   "文・料理：高森さと子\u3000写真：今井 翔", value="高森さと子", language="ja"),
           Example("Apple cake like grandma's | Daily Post\nApple cake like grandma's\nRecept: Marloes Dekker", value="Marloes Dekker"),
           Example("Συνέντευξη: Κώστας Αλεξίου\n5 Ιουνίου 2025", "Συνέντευξη: Κώστας Αλεξίου", value="Κώστας Αλεξίου",
                   language="el"),
           Example("「忘れられた本」早川灯さん新作インタビュー\n2025/03/09 10:00\n聞き手・文：佐藤美咲 撮影：中村亮",
                   value="佐藤美咲", language="ja"),
           Example("Salt marsh review | Daily Post\nSalt marsh review\nA review by Jane Doe", "A review by Jane Doe", value="Jane Doe"),
           Example("Storm over Zeeland | Omroep West\nStorm over Zeeland\nSanne de Wolf, Bram Verhulst\n9 november 2025",
                   "Sanne de Wolf, Bram Verhulst", value="Sanne de Wolf, Bram Verhulst", language="nl")),
    keeps=(Example("Kijk: Rivierland TV", language="nl"),
           Example("Het nieuws uit de regio lees je ook onderweg, op je telefoon of tablet.\nDownload de Omroep Zuidkust-app",
                   "Download de Omroep Zuidkust-app", language="nl"),
           Example("Il Sestri vince in rimonta e aggancia la vetta della classifica dopo una partita durissima.\n"
                   "Spettatori: 2.140\nArbitro: Marco Lenzi (Savona)", "Arbitro: Marco Lenzi (Savona)", language="it"),
           Example("Trains stop | Daily Post\nTrains stop\nLive departures: Harwick Central", "Live departures: Harwick Central"), Example("Kolumne: Grüner Daumen", language="de"),
           Example("Stormen stänger hamnen | Kusten\nStormen stänger hamnen\nAnsvarig utgivare: Lars Holm",
                   "Ansvarig utgivare: Lars Holm", language="sv"),
           Example("Storm closes ports | Daily Post\nStorm closes ports\nPhoto: Jane Doe", "Photo: Jane Doe"),
           Example("Pegel steigt | Radio Nord\nRadio Nord live hören\nJetzt läuft: Sonja Kaiser – Unter dem Eis\nPegel steigt",
                   "Jetzt läuft: Sonja Kaiser – Unter dem Eis", language="de"),
           Example("The police said the suspect had been seen near the station on Monday evening.\n"
                   "Update: Police Confirm Arrest\nThe man was arrested on Tuesday.", "Update: Police Confirm Arrest"),
           Example("Comune di Castel Brenta\nNuovo calendario della raccolta nei quartieri est | Comune di Castel Brenta\n"
                   "Nuovo calendario della raccolta nei quartieri est\nDal 1° marzo cambiano i giorni di ritiro della "
                   "carta e della plastica.", "Comune di Castel Brenta", language="it")),
)
def labelled_name(ctx: Context) -> Outcome:
    """A short label and a person's name: "Text: Iker Salaberria", "Eine Kritik von Leonie Harms"."""
    if (ctx.words > LABELLED_NAME_MAX_WORDS or ctx.sentence or ctx.prefix_key in NOT_AUTHOR_LABELS
            or "copyright" in ctx.contains):
        return None  # (an imprint names the publisher: "Ansvarig utgivare: Lars Holm")
    if not WIDGET_KEYS.isdisjoint(ctx.contains) or ON_AIR.match(ctx.lower):
        return None  # "Jetzt läuft: Sonja Kaiser – Unter dem Eis", "Ahora: Carrusel, con Pedro Lavín" name who is on air
    m = LABELLED_NAME.match(ctx.text) or BY_NAME.match(ctx.text)  # the line's own form first: it is cheaper
    if m is None or not _labelled_byline_place(ctx) or _site_name_of_title(ctx):
        return None
    if button_verb(ctx.lower.split(None, 1)[0]):
        return None  # "Download de RTV Noordkust-app": a button, whatever follows its verb
    if m.re is LABELLED_NAME and _beside_figure_field(ctx):
        return None  # "Schiedsrichter: Daniel Körber (Hannover)" under "Zuschauer: 14.312": a field of the match's facts
    value = SECOND_LABEL.split(m.group(2).strip(), 1)[0].strip()
    if COLUMN_LABEL.match(m.group(1)) or WATCH_LABEL.match(m.group(1)) or TRAFFIC_LABEL.match(ctx.lower):
        return None  # "Kolumne: Grüner Daumen" names the column, not its writer; "Kijk: Lingewaard TV" a channel;
        # "Live departures: Harwick Central" a station
    if EDITOR_LABEL.match(m.group(1)):
        return Hit("editor's credit", None)  # "Edição: Rodrigo Sales": furniture, and not the author
    if value[:1].islower():
        return None  # "Video: drukte op Utrecht Centraal" is a caption that mentions a place, not a name
    if not value[:1].isupper() and not JA_ROLE_LABEL.search(m.group(1)):
        return None  # "市バス運行情報：平常運行": a caseless value is a name only under a writer's or photographer's label
    found = names_in_byline(value, ctx.view.lexicon.stopwords)
    if m.re is BY_NAME:  # "Sanne de Wolf, Bram Verhulst": the particle of a name, not a "by" after a label
        whole = names_in_byline(ctx.text, ctx.view.lexicon.stopwords)
        if len(whole) > 1 and whole[0].split()[0] == m.group(1).split()[0]:  # (alone, "Torrealba de Campos" is a place)
            found = whole
    if not found and not looks_like_name(value):
        return None
    if organisation(ctx.text):
        return None  # "Área de Urbanismo y Movilidad": a department signs, no person
    if found and _words_besides(MENU_SEPARATOR.split(value, 1)[0], found):
        return None  # "Bitcoin: Warum Anleger jetzt vorsichtig werden" goes on in lowercase words: a headline
    return Hit("labelled author name", ", ".join(found) or value)


# "Zuschauer: 14.312 (ausverkauft)", "Tore: 1:0 Kowalski (12.)": a labelled field holding a figure.
FIGURE_FIELD = rx.compile(r"^\p{L}[\p{L} .-]{0,30}[:：]\s?[^:：]{0,40}?\d")
FIGURE_FIELD_MAX_WORDS = 16


def _beside_figure_field(ctx: Context) -> bool:
    """A neighbouring line is a labelled field with a figure that is no date or time ("Stand: 12.04.2025" under a
    labelled byline is its date; "Zuschauer: 14.312" beside "Schiedsrichter: …" makes both a fact box's fields)."""
    for n in (ctx.at(-1), ctx.at(1)):
        if (n is not None and n.words <= FIGURE_FIELD_MAX_WORDS and not n.sentence and FIGURE_FIELD.match(n.text)
                and not CLOCK.search(n.text) and ctx.view.date_in(n.text) is None):
            return True
    return False


# Words that may stand beside the names in a labelled byline: joiners and particles ("Anna Berg und Jonas Klein").
NAME_JOINERS = frozenset({"und", "and", "et", "y", "e", "i", "en", "ve", "και", "і", "и", "&", "with", "mit", "avec", "con",
                          "com", "met", "z", "ile", "με", "з", "с"})


def _words_besides(value: str, names: list[str]) -> bool:
    """Lowercase words in a labelled value besides its names and their joiners."""
    rest = value
    for name in names:
        rest = rest.replace(name, " ")
    return any(w[:1].islower() and w.isalpha() and w not in NAME_JOINERS and w not in PARTICLES for w in rest.split())


NAME_LINE_MAX_WORDS = 4
ROLE_MAX_WORDS = 5
# On a line of its own under the names a role may say more ("ordförande respektive sekreterare i Ungdomsrådet i Umeå").
ROLE_LINE_MAX_WORDS = 10
# Where a bare byline name ends: "Jane Doe, science writer", "Merve Doğan / DHA".
NAME_SPLIT = rx.compile(r"(?<!\s)\s*,\s*|(?<!\s)\s+[/|–—-]\s+")
# How close under the headline a bare name still reads as the byline (a standfirst may come first).
NAME_LINE_HEADLINE_REACH = 3


AGENCY_CREDIT_MAX_WORDS = 4


def _meta_line(ctx: Context | None) -> bool:
    """A neighbour that is itself byline furniture: a label, a date or time, a source credit."""
    if ctx is None or ctx.line_key is not None:  # "Giriş yap" (log in) is a label, not "Giriş: 3 Nisan"
        return False
    if ctx.prefix_key in ("author_label", "source_label", "published", "updated", "byline"):
        return True
    if "agency" in ctx.features and ctx.words <= AGENCY_CREDIT_MAX_WORDS and is_agency_list(ctx.text.strip(AGENCY_MARKS)):
        return True  # "Олеся Приходько" over "— Укрінформ" at the end of the article
    if "digit" not in ctx.features:
        return False
    return "digit" in ctx.features and ctx.words <= DATE_LINE_MAX_WORDS and (
        ctx.view.date_in(ctx.text) is not None
        or bool(CLOCK.search(ctx.text))
        or is_relative(ctx.text, ctx.view.lexicon)
    )


def _byline_place(ctx: Context) -> bool:
    """The block stands where bylines stand: right under the headline, or beside a date or label."""
    headline = ctx.view.headline
    near_headline = headline is not None and any(
        ctx.index - k in headline.copies and ctx.index - k > 0 for k in range(1, NAME_LINE_HEADLINE_REACH + 1)
    )
    if near_headline:
        return True
    if _titled_columnist(ctx):
        return True  # a columnist's name over her column's headline, the page's title naming both ("… - Selin Aydoğdu | …")
    if _masthead(ctx):
        return False
    view, i = ctx.view, ctx.index
    if view.has_mark("byline.meta", _meta_line, i + 1):
        return True
    if _in_vertical_menu(ctx):
        return False  # (not "Canlı TV" under "Magazin" / "Yazarlar": the menu's next item, though a label is above)
    if view.has_mark("byline.meta", _meta_line, i - 1):
        return True
    below = ctx.at(1)  # "Tom Pickering" over "Tom Pickering is the Gazette's local democracy reporter."
    return below is not None and (AUTHOR_BIO.match(below.text) is not None
                                  or ("at" in below.features and EMAIL.fullmatch(below.text.strip()) is not None))
    # (or over her e-mail address: "Karin Sjöberg" / "karin.sjoberg@vt.se")


def _titled_columnist(ctx: Context) -> bool:
    """The line stands right over the headline, and its text follows the headline in the page's title line
    ("Gece yarısı frekansı sustu - Selin Aydoğdu | Yeni Ufuk"): a columnist's name, even where the crumb trail ends
    with it."""
    headline = ctx.view.headline
    if headline is None or ctx.index + 1 not in headline.copies:
        return False
    own = ctx.view.canonical[ctx.index].casefold()
    if len(own.split()) < 2:
        return False
    for copy in headline.copies:
        title = ctx.view.canonical[copy].casefold() if copy < ctx.index else ""
        at = title.find(own)
        if at > 0 and title[:at].rstrip()[-1:] in SITE_NAME_SEPARATORS:
            return True
    return False


# "佐藤 健一（報道部）": a Japanese reporter's name and, in brackets, the desk.
CJK_DESK = rx.compile(r"[（(][^）)]{1,12}(?:部|局|支局|本社|記者|特派員)[）)]$")


def cjk_name_part(text: str) -> str:
    """A Japanese byline's name without its desk: in brackets after it ("佐藤 健一（報道部）"), or before it in the
    brackets round both ("（社会部　松永彩花）")."""
    signed = CJK_SIGNATURE.match(text.strip())
    if signed is not None:
        return signed["name"]
    return CJK_DESK.sub("", text.strip()).strip()


AND_AGENCY = rx.compile(r"\s(?:and|en|und|et|y|e|i|ve|και|і|и|&|with|mit|avec|con|com|z|ile)\s(?P<agency>[^,|()]{2,30})$")


def name_of_line(ctx: Context) -> str | None:
    """The person a bare byline names: "Jane Doe", or "Jane Doe, science writer" (name, then a role)."""
    if ctx.sentence or "digit" in ctx.features:
        return None
    if not ctx.text[:1].isupper():
        name = cjk_name_part(ctx.text)
        return name if CJK_NAME.match(name) else None
    text = ctx.text
    if (m := AND_AGENCY.search(text)) is not None and is_agency_list(m["agency"].strip()):
        text = text[:m.start()]  # "Lotte Verhaegen en Belga": the reporter and the agency she wrote it with
    parts = NAME_SPLIT.split(text, maxsplit=1)
    name, role = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
    stopwords = ctx.view.lexicon.stopwords
    if len(name.split()) > NAME_LINE_MAX_WORDS or not looks_like_name(name):
        return None
    if text != ctx.text and (_names_the_site(ctx, name) or _is_site_line(ctx, name)):
        return None  # "Info Hexagone avec AFP": the site's own name beside the agency, nobody's byline
    words = name.split()
    if words[0].casefold() in stopwords or any(
            w.casefold() in stopwords and w.casefold() not in PARTICLES
            and not (k > 0 and words[k - 1] in PARTICLES and w[:1].isupper())  # "Sanne de Wilde": a surname after "de"
            for k, w in enumerate(words)):
        return None  # "Zum Vorsorgerechner", "Der Ablauf" are headings, not people
    if len(words[-1]) == 1:
        return None  # "Serie C", "Gruppe B": a league, a group (a surname's initial takes its full stop: "Νίκος Σ.")
    if role and not is_agency_list(role) and not place_and_agency(role) and (
        len(role.split()) > ROLE_MAX_WORDS or not (JOB_WORDS.search(role) or role[:1].islower())
    ):
        return None
    return name


def _site_name_of_title(ctx: Context) -> bool:
    """The line is the name the title line ends with ("… | Comune di Castel Brenta"): the site, not an author."""
    found = ctx.view.headline
    if found is None:
        return False
    own = ctx.view.canonical[ctx.index].casefold()
    return any(
        (title := ctx.view.canonical[i].casefold()).endswith(own) and title[: -len(own)].rstrip()[-1:] in "|–—-:·"
        for i in found.copies
        if i != ctx.index and len(ctx.view.canonical[i]) > len(own)
    )


# "Anasayfa / Ekonomi / Dış Ticaret" above "DIŞ TİCARET": the kicker repeats the crumb trail's last step.
SECTION_REACH = 12


def _section_in_menu(ctx: Context) -> bool:
    """The line is an item of a menu or crumb trail printed a little above it: a section's name, no author."""
    own = dotless(ctx.lower).strip()
    for k in range(1, SECTION_REACH + 1):
        above = ctx.at(-k)
        if above is None:
            return False
        if ("sep" in above.features or " / " in above.text) and own in (
                dotless(item).strip() for item in MENU_SEPARATOR.split(above.lower)):
            return True
    return False


def _labelled_byline_place(ctx: Context) -> bool:
    """Where a phrased byline ("Crítica de Leonor Vasconcelos") may stand: a byline's place, or anywhere
    above the first paragraph but for the site-name line under the title."""
    if _byline_place(ctx):
        return True
    prose = ctx.view.prose_lines()
    # not the line under the title: that is where the site prints its name
    return bool(prose) and SITE_NAME_LINE < ctx.index < prose[0]


def _above_article(ctx: Context) -> bool:
    """The block comes before the article's second paragraph (bylines open articles; footers close pages)."""
    prose = ctx.view.prose_lines()
    return len(prose) < 2 or ctx.index < prose[1]


def is_name_line(ctx: Context) -> bool:
    """A line that is only a person's name (and role), placed where a byline goes; not CJK (no capitals)."""
    if ctx.words > NAME_LINE_MAX_WORDS + ROLE_MAX_WORDS or ctx.sentence:
        return False
    if ctx.line_key is not None or not ctx.contains.isdisjoint(NOT_BYLINE_KEYS) or sponsor_label(ctx.lower.strip()):
        return False  # a label of the lexicon ("Abone Ol", "Mein Konto"), a consent button ("Kabul Et"), a widget's
        # label ("İzmir Namaz Vakitleri") or a sponsor's ("SPONSOR GŁÓWNY") is nobody's name
    if not ctx.text[:1].isupper():
        # a caseless script: a Japanese name alone on its line, right over the date ("高城颯太" / "2024年12月4日");
        # a word of four kanji may as well be a section's name ("高校野球"), so the date must follow at once
        below, above = ctx.at(1), ctx.at(-1)
        name = cjk_name_part(ctx.text)
        if not looks_like_name(name) or CJK_NAME.match(name) is None or _site_name_of_title(ctx):
            return False
        if below is not None and ctx.view.date_in(below.text) is not None:
            return True
        if (ctx.text.strip().startswith(("（", "(")) and above is not None and above.words <= DATE_OVER_NAME_MAX_WORDS
                and ctx.view.date_in(above.text) is not None):
            return True  # "2025年5月8日 18時05分" over "（社会部　松永彩花）": the reporter signs under the date
        # or right under the date line under the headline ("ブレイズ、終盤逆転で4連勝" / "2025年2月16日 21時35分" / "大野健太")
        headline = ctx.view.headline
        return (above is not None and above.words <= DATE_OVER_NAME_MAX_WORDS and ctx.view.date_in(above.text) is not None
                and headline is not None and ctx.index - 2 in headline.copies
                and CJK_BUTTON.search(ctx.text.strip()) is None)  # (not the share button: "共有する")
    if "appword" in ctx.features and button_verb(ctx.lower.split(None, 1)[0]):
        return False  # "Download de Omroep Westkust-app": a button, whatever names it holds
    above = ctx.at(-1)
    if above is not None and above.text.rstrip().endswith((":", "：")) and above.words > LIST_LEAD_MIN_WORDS:
        return False  # "… the following schools closed early today:" over "Highnam CofE Primary": the list's first item
    return (name_of_line(ctx) is not None and _byline_place(ctx) and not _buttons(ctx)
            and not _site_name_of_title(ctx)
            and (not _section_in_menu(ctx) or _titled_columnist(ctx) or _under_standfirst_over_date(ctx))
            # ("ВЕЧЕРНИЙ ЭКСПРЕСС" under "… — Вечерний Экспресс": the masthead)
            and not copyright_owner(ctx, ctx.text.strip()) and not _kicker_between_copies(ctx))


DATE_OVER_NAME_MAX_WORDS = 12
LIST_LEAD_MIN_WORDS = 5


def _under_standfirst_over_date(ctx: Context) -> bool:
    """The line stands under the headline and its standfirst, right over the date line: the byline's own place,
    whatever crumb trail ends with the name ("Opinion > Columns > Priya Calloway"; a kicker stands over the headline)."""
    found = ctx.view.headline
    if found is None or not ctx.view.has_mark("byline.meta", _meta_line, ctx.index + 1):
        return False
    above = [c for c in found.copies if c < ctx.index]
    return bool(above) and any(ctx.view.page.blocks[k].quality is Quality.PROSE for k in range(max(above) + 1, ctx.index))


def _kicker_between_copies(ctx: Context) -> bool:
    """The line sits right between the page's title and the printed headline: the kicker ("DERECHOS DEL PASAJERO")."""
    found = ctx.view.headline
    return found is not None and ctx.index + 1 in found.copies and ctx.index - 1 in found.copies


# A byline stands a few lines from its headline; a name further above it, with no copy of the headline
# before it, is the site's masthead over the menu ("ΘΕΣΣΑΛΙΚΟΣ ΤΥΠΟΣ" over the day's date).
MASTHEAD_GAP = 6
FIRST_LINE_MASTHEAD_GAP = 2


def _masthead(ctx: Context) -> bool:
    found = ctx.view.headline
    if found is None or any(c < ctx.index for c in found.copies):
        return False
    below = [c for c in found.copies if c > ctx.index]
    # (the page's first line, over its menus and the headline, is the site's name however close)
    return bool(below) and min(below) - ctx.index > (FIRST_LINE_MASTHEAD_GAP if ctx.index == 0 else MASTHEAD_GAP)


NOT_A_NAME_KEYS = frozenset({"cookie", "newsletter", "paywall"})  # a prompt's button ("Kabul Et")
NOT_BYLINE_KEYS = NOT_A_NAME_KEYS | WIDGET_KEYS | {"comments"}  # ("OKUYUCU YORUMLARI": the comments' header)
# "Suscríbete  Entrar": two buttons on one line, each a label the lexicon knows.
BUTTON_KEYS = frozenset({"login", "call_to_action", "search", "menu", "share"})


def _buttons(ctx: Context) -> bool:
    lexicon = ctx.view.lexicon
    parts = [p for p in ctx.lower.replace("|", " ").split() if p]
    buttons = [p for p in parts if p not in FONT_SIZE]  # (the text-size buttons beside them: "Save Share A A A")
    if len(parts) >= 2 and buttons and all(lexicon.line_key(p) in BUTTON_KEYS for p in buttons):
        return True
    # "PDF olarak indir   Yazdır   Paylaş": buttons set apart by wide spaces, most of them the lexicon's
    segments = [p for p in WIDE_GAP.split(ctx.block.text.casefold().replace("|", "  ")) if p.strip()]
    return len(segments) >= 2 and 2 * sum(lexicon.line_key(p.strip()) in BUTTON_KEYS for p in segments) >= len(segments)




@detector(
    "BY07", "byline.name_line", effect=Effect.META, field="author", triggers=("short",),
    flags=(Example("フェリー新航路、4月就航へ | 海浜新報\nフェリー新航路、4月就航へ\n2025年3月2日 9時10分\n森川静江\n"
                   "海浜市と島を結ぶフェリーの新航路が、4月1日に就航することが決まった。市が2日、発表した。", "森川静江",
                   value="森川静江", language="ja"),
           Example("Tramlijn 9 rijdt door tot in Zwijnhoven\nTramlijn 9 rijdt door tot in Zwijnhoven\nAnke Verhaegen en Belga\n"
                   "di 17 jun 2025 om 14.32 uur\nDe Lijn heeft dinsdag bevestigd dat de tram vanaf september verder rijdt.",
                   "Anke Verhaegen en Belga", "Anke Verhaegen", language="nl"),
           Example("O primeiro comboio parte às 6h48 de segunda-feira, dia 15.\nJoana Vilaça e Rui Peixoto, com Lusa",
                   "Joana Vilaça e Rui Peixoto, com Lusa", "Joana Vilaça, Rui Peixoto", language="pt"),
           Example("Storm closes ports | Daily Post\nStorm closes ports\nJane Doe\nThe storm closed three ports.", "Jane Doe", "Jane Doe"),
           Example("Opinion > Columns > Jane Doe\nParking fees will empty the high street | Daily Post\n"
                   "Parking fees will empty the high street\nThe council's plan punishes the shoppers it says it wants to "
                   "bring back, and everyone on the high street knows it.\nJane Doe\nSat 17 May 2025 06.00 BST\n"
                   "The council wants to double the fee for an hour in the town's car parks from June.", "Jane Doe", "Jane Doe"),
           Example("Author:\nTomasz Wierzbicki", "Tomasz Wierzbicki", "Tomasz Wierzbicki"),
           Example("Zeynep Aydoğan\n3 Nisan 2025, 10:15", "Zeynep Aydoğan", "Zeynep Aydoğan", language="tr"),
           Example("佐藤 健一（報道部）\n2025年11月8日 15:25", "佐藤 健一（報道部）", "佐藤 健一", language="ja"),
           Example("偽広告の詐欺相次ぐ | 北陸日報\n偽広告の詐欺相次ぐ\n著名人をかたる偽広告の被害が県内で相次いでいる。\n"
                   "2025年5月8日 18時05分\n（社会部\u3000松永彩花）\n県警によると、今年の被害額は約4億円に上る。",
                   "（社会部\u3000松永彩花）", "松永彩花", language="ja"),
           Example("Мария Лескова, научный обозреватель\nвчера в 19:40", "Мария Лескова, научный обозреватель",
                   "Мария Лескова", language="ru"),
           Example("Merve Doğan / DHA\nYayınlanma: 07 Ekim 2024 09:12", "Merve Doğan / DHA", "Merve Doğan", language="tr"),
           Example("Ayşe Kaya / İZMİR, (DHA)\n12.02.2024 - 10:47", "Ayşe Kaya / İZMİR, (DHA)", "Ayşe Kaya", language="tr"),
           Example("Щеплення безкоштовне для дітей і дорослих до 30 років, які не отримали двох доз.\nОлеся Приходько\n"
                   "— Укрінформ", "Олеся Приходько", "Олеся Приходько", language="uk"),
           Example("Wyrok jest nieprawomocny, a obrona zapowiedziała apelację do sądu drugiej instancji.\n"
                   "Katarzyna Wójcik (PAP)\nkw/ mhr/", "Katarzyna Wójcik (PAP)", "Katarzyna Wójcik", language="pl"),
           Example("この記事を書いた人\n山田 花子", "山田 花子", "山田 花子", language="ja"),
           Example("新作ゲームに月額プラン | テックナビ\n新作ゲームに月額プラン\n森田大輔\n2024年12月4日 19:30",
                   "森田大輔", "森田大輔", language="ja")),
    keeps=(Example("Chuva forte no Norte\nA chuva deve continuar até quinta-feira, segundo o instituto.\n"
                   "Portal Atlântico com Lusa\n© 2024 Portal Atlântico. Todos os direitos reservados.",
                   "Portal Atlântico com Lusa", language="pt"),
           Example("Kooperatif yıl sonunda kârı ortaklara dağıtacak.\nOKUYUCU YORUMLARI\nAhmet K. - 11.06.2025 15:40\n"
                   "Hayırlı olsun, diğer köylere de örnek olur.", "OKUYUCU YORUMLARI", language="tr"),
           Example("14:58 — The county council has confirmed that the following schools closed early today:\n"
                   "Highnam Primary\nLonglevens Junior School", "Highnam Primary"),
           Example("Oud-wethouder krijgt werkstraf\nDownload de Omroep Westkust-app\nvr 7 nov 2025, 06:00\nDe rechtbank "
                   "veroordeelde de oud-wethouder dinsdag tot een werkstraf van 120 uur.", "Download de Omroep Westkust-app",
                   language="nl"),
           Example("The storm closed three ports on Monday, officials said.\nJane Doe\nShe was born in Leeds.", "Jane Doe"),
           Example("Castelmonte-Valtrebbia 2-1 | Sport Italia\nSerie C\nCastelmonte-Valtrebbia 2-1\n23 febbraio 2025 - 17:08",
                   "Serie C", language="it"),
           Example("Zénith Info\n18 mars 2025\nLa grève touche trois aéroports.\n© Zénith Info 2025", "Zénith Info", language="fr"),
           Example("Der Verein feiert am Samstag sein Jubiläum mit einem großen Fest.\nAnna Berg\n"
                   "Die Vorsitzende ruft seit Jahren zu mehr Engagement im Verein auf, und viele Mitglieder folgen ihr.",
                   "Anna Berg", language="de"),
           Example("Haber Postası\nGİRİŞ YAP\nAna Sayfa / Otomobil\nOrvana 38 bin aracı geri çağırdı\nOrvana 38 bin aracı geri çağırdı\n"
                   "Ticaret Bakanlığı, fren hortumu arızası nedeniyle geri çağırma kararı aldı.", "Haber Postası", language="tr"),
           Example("Só quem se Ama…\nWhatsapp Facebook Pint Baixar\nViver uma verdadeira experiência amorosa é um dos "
                   "maiores prazeres da vida.", "Whatsapp Facebook Pint Baixar", language="pt"),
           Example("Anasayfa / Ekonomi / Dış Ticaret\nLimandan rekor ihracat | Ekonomi Gündem\nDIŞ TİCARET\n"
                   "Limandan rekor ihracat\nLimandan eylül ayında 412 milyon dolarlık ihracat gerçekleştirildi.",
                   "DIŞ TİCARET", language="tr"),
           Example("The chancellor spoke to reporters in Berlin on Monday evening.\nAngela Merkel (CDU)\nA portrait",
                   "Angela Merkel (CDU)", language="de"),
           Example("Enflasyon geriledi - Ekonomi Gündem\nİçeriğe geç\nEkonomi Gündem\nGiriş Yap\nAbone Ol\nPiyasalar",
                   "Ekonomi Gündem", language="tr"),
           Example("Enflasyon geriledi - Ekonomi Gündem\nİçeriğe geç\nEkonomi Gündem\nGiriş Yap\nAbone Ol\nPiyasalar",
                   "Abone Ol", language="tr"),
           Example("Ставки растут — Утренний Курьер\nУТРЕННИЙ КУРЬЕР\nСтавки растут\nЦентробанк повысил ставку до 18 процентов.",
                   "УТРЕННИЙ КУРЬЕР", language="ru"),
           Example("Zum Inhalt springen\nMARSCHLAND KURIER\nDienstag, 14. Mai 2024\nStartseite\nPolitik\nWirtschaft\nSport\n"
                   "Kultur\nStartseite » Politik\nStadtrat beschließt neuen Haushalt\n14.05.2024\n"
                   "Der Stadtrat hat am Montagabend den Haushalt für 2025 beschlossen.", "MARSCHLAND KURIER", language="de"),
           Example("Crónica del Turia\nSuscríbete  Entrar\nSucesos\nArde una nave en Paterna",
                   "Suscríbete  Entrar", language="es")),
)
def name_line(ctx: Context) -> Outcome:
    """A bare author name under the headline or beside a date or "Author:" line, or signing off a wire story."""
    signed = _wire_sign_off(ctx) or _signed_with_agency(ctx)
    if signed is not None:
        return Hit("author signing off a wire story", signed)
    if CJK_NAME.match(ctx.text.strip()) and _under_author_label(ctx):
        return Hit("author name under its label", ctx.text.strip())
    if not is_name_line(ctx):
        return None
    name = name_of_line(ctx) or ""
    return Hit("author name line", ", ".join(names_in_byline(name)) or name)


def _under_author_label(ctx: Context) -> bool:
    """The line above is an author label standing alone ("この記事を書いた人", "Autor:")."""
    above = ctx.at(-1)
    return above is not None and above.prefix_key == "author_label" and not above.rest().strip(" :：")


# "Katarzyna Wójcik (PAP)" under the story's last paragraph: the reporter and the agency she files for.
SIGN_OFF = rx.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<agency>[^()]{2,24})\)$")
SIGN_OFF_MAX_WORDS = 7


def _wire_sign_off(ctx: Context) -> str | None:
    if ctx.words > SIGN_OFF_MAX_WORDS or "paren" not in ctx.features:
        return None
    m = SIGN_OFF.match(ctx.text)
    if m is None or not is_agency_list(m["agency"]) or not looks_like_name(m["name"]):
        return None
    above, below = ctx.at(-1), ctx.at(1)
    if above is None or not above.sentence or (above.quality is not Quality.PROSE and above.words < SIGNED_SENTENCE_MIN_WORDS):
        return None  # a photographer's credit sits under a caption, a sign-off under the text (maybe a short last one)
    if below is not None and below.quality is Quality.PROSE and below.sentence:
        return None
    return m["name"].strip()


JOB_LINE_MAX_WORDS = 10
SIGNED_SENTENCE_MIN_WORDS = 6


def _signed_with_agency(ctx: Context) -> str | None:
    """"Joana Vilaça e Rui Peixoto, com Lusa" under the article's last sentence: the writers and the agency they
    wrote with."""
    if ctx.words > SIGN_OFF_MAX_WORDS + 2 or ctx.sentence or "agency" not in ctx.features:
        return None
    m = AND_AGENCY.search(ctx.text)
    if m is None or not is_agency_list(m["agency"].strip()):
        return None
    names = names_in_byline(ctx.text[:m.start()].rstrip(" ,"))
    above, below = ctx.at(-1), ctx.at(1)
    if not names or above is None or not above.sentence or (below is not None and below.quality is Quality.PROSE):
        return None
    if any(_names_the_site(ctx, name) for name in names):
        return None  # "Portal Atlântico com Lusa": the site's own name beside the agency, which the footer prints too
    return ", ".join(names)


@detector(
    "BY08", "byline.job_title",
    flags=(Example("Storm closes ports | Daily Post\nStorm closes ports\nJane Doe\nFootball reporter", "Football reporter"),
           Example("A habitação não se resolve | Semanário\nA habitação não se resolve\nJoana Castelo Branco\n"
                   "Economista e professora na Faculdade de Economia do Porto",
                   "Economista e professora na Faculdade de Economia do Porto", language="pt"),
           Example("La campaña arranca | Salud\nLa campaña arranca\nLucía Montalbán\nPeriodista especializada en salud pública",
                   "Periodista especializada en salud pública", language="es")),
    keeps=(Example("Storm closes ports | Daily Post\nStorm closes ports\nJane Doe\nThe storm closed three ports.", "The storm closed three ports."),),
)
def job_title(ctx: Context) -> Outcome:
    """The job title printed under a byline name ("Football reporter", "Economista y profesora …")."""
    if ctx.words > JOB_LINE_MAX_WORDS or ctx.sentence or not JOB_WORDS.search(ctx.text):
        return None
    prev = ctx.at(-1)
    if prev is None:
        return None
    if not (prev.prefix_key in ("byline", "author_label") or prev.words <= NAME_LINE_MAX_WORDS + ROLE_MAX_WORDS):
        return None
    if not ((prev.prefix_key in ("byline", "author_label") and prev.words <= BYLINE_MAX_WORDS) or is_name_line(prev)):
        return None
    return "author's job title"


def _names_line(ctx: Context) -> bool:
    """A short line under the headline that names the authors ("Sara Lundqvist och Jonas Ek")."""
    return (ctx.words <= BYLINE_NAMES_MAX_WORDS and not ctx.sentence and _byline_place(ctx)
            and bool(names_in_byline(ctx.text, ctx.view.lexicon.stopwords)))


@detector(
    "BY11", "byline.role_line", triggers=("short",),
    flags=(Example("Storm closes ports | Daily Post\nStorm closes ports\nJane Doe\nat Moss Lane", "at Moss Lane"),
           Example("Gratis buss för unga | Norrlandsposten\nGratis buss för unga\nSara Lundqvist och Jonas Ek\n"
                   "ordförande respektive sekreterare i Ungdomsrådet i Umeå",
                   "ordförande respektive sekreterare i Ungdomsrådet i Umeå", language="sv")),
    keeps=(Example("Storm closes ports | Daily Post\nStorm closes ports\nJane Doe\nThe storm closed three ports.",
                   "The storm closed three ports."),),
)
def role_line(ctx: Context) -> Outcome:
    """A lower-case line right under a byline: the author's role or where they report from ("at Moss Lane")."""
    if ctx.words > ROLE_LINE_MAX_WORDS or ctx.sentence or not ctx.text[:1].islower():
        return None
    prev = ctx.at(-1)
    if prev is None:
        return None
    if (prev.prefix_key in ("byline", "author_label") and prev.words <= BYLINE_MAX_WORDS) or is_name_line(prev) or (
        _names_line(prev)
    ):
        return "author's role or place"
    return None


NEWSROOM = rx.compile(
    r"^(?:(?:von\s|by\s|par\s|por\s|di\s|door\s)?(?:der\s|la\s|the\s)?)?(?:redaktion|redacción|rédaction|redazione|redação|"
    r"redactie|redakcja|σύνταξη|редакція|редакция|編集部|redaktionen|newsroom|staff|web desk|news desk|online-redaktion)$",
    regex.I,
)


NEWSROOM_MAX_WORDS = 5
NEWSROOM_WORD = rx.compile(
    r"(?<!\w)(?:redaktion|redacción|rédaction|redazione|redação|redactie|redakcja|σύνταξη|редакці\w*|редакци\w*|"
    r"編集部|redaktionen|newsroom|news desk|staff|press office|pressestelle|service de presse|gabinete de (?:comunicación|prensa)|"
    r"ufficio stampa|assessoria de imprensa|persdienst|biuro prasowe|basın birimi|γραφείο τύπου|прес-служба|пресс-служба|"
    r"pressavdelningen|広報部|haber merkezi|(?:spor|ekonomi|dış haberler|haber|gündem) servisi)(?!\w)"
)


@detector(
    "BY10", "byline.newsroom", effect=Effect.META, field="author", triggers=("short",),
    flags=("Redacción", "Von der Redaktion", "Staff", Example("Door onze redactie", language="nl"),
           Example("A cura della redazione", language="it"), Example("Gabinete de Comunicación", language="es"),
           Example("Pool to reopen | Daily Post\nPool to reopen\nSubmitted by Marlow Bay Council\n"
                   "The council approved the plan on Monday after a long debate.", "Submitted by Marlow Bay Council")),
    keeps=("The newsroom voted to strike.",
           Example("Pool to reopen | Daily Post\nPool to reopen\nSubmitted by Jane Doe\n"
                   "The council approved the plan on Monday after a long debate.", "Submitted by Jane Doe")),
)
def newsroom(ctx: Context) -> Outcome:
    """A byline that credits the newsroom, not a person ("Redacción", "Door onze redactie"): no author."""
    if ctx.prefix_key in ("photo", "captions"):
        return None  # "Иллюстрация: пресс-служба МГУ" credits a picture
    if SUPPORT_VERB.match(ctx.lower):
        return None  # "Підтримати редакцію", "Support the newsroom": a donation box's button
    if NEWSROOM.match(ctx.text.strip(" .:")):
        return Hit("newsroom credit", None)
    newsroom_line = ctx.words <= NEWSROOM_MAX_WORDS and not ctx.sentence and NEWSROOM_WORD.search(ctx.lower)
    # the names left once the desk's own words are gone ("Gabinete de Comunicación" names nobody)
    stopwords = ctx.view.lexicon.stopwords
    if newsroom_line and (not names_in_byline(ctx.text, stopwords)
                          or not names_in_byline(NEWSROOM_WORD_ANY_CASE.sub(" ", ctx.text), stopwords)):
        return Hit("newsroom credit", None)  # "A cura della redazione", "Redacción Vallerana"
    return _institution_credit(ctx)


def _institution_credit(ctx: Context) -> Outcome:
    """"Submitted by Marlow Bay Council" under the headline: a press release's issuer, not its author."""
    by = BY_NAME.match(ctx.text)
    if by is None or ctx.sentence or not organisation(by.group(2)) or not _labelled_byline_place(ctx):
        return None
    return Hit("credit of an institution", None)


NEWSROOM_WORD_ANY_CASE = rx.compile(NEWSROOM_WORD.pattern, regex.I)


BYLINE_NAMES_MAX_WORDS = 12
# "(Fotoğraf: Ahmet Kaya)", "Sąd Okręgowy w Łodzi. Fot. PAP/Marek Zawada": a caption and its photo credit.
PHOTO_IN_BRACKETS = rx.compile(
    r"[(\[]\s*(?:photo|foto|fotoğraf|fotografia|zdjęcie|fot\.|φωτογραφία|фото|写真)\s*[:：]"
    r"|[.!?|·]\s*(?:photos?|foto|fotos|fotoğraf|fotografia|zdjęci[ea]|fot\.|φωτογραφία|фото|写真)(?:\s*[:：]|\s)"
)


# "1-0", "2 – 1": a match score; the names beside it are teams, not authors.
MATCH_SCORE = rx.compile(r"(?<![\d.,])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,])")


@detector(
    "BY12", "byline.names", effect=Effect.META, field="author", triggers=("short", "colon"),
    flags=(Example("Chess prodigy beats top seed | Daily Post\nChess prodigy beats top seed\nAus Bochum berichtet Konstantin Wehrli",
                   value="Konstantin Wehrli", language="de"),
           Example("Faiz indirimi geldi | Piyasa\nFaiz indirimi geldi\nSelin Aydemir - Burak Öztürk\n23.01.2025 - 14:47",
                   "Selin Aydemir - Burak Öztürk", value="Selin Aydemir, Burak Öztürk", language="tr"),
           Example("Alerta roja | Radio Sur\nAlerta roja\nLucía Ferrándiz | Marc Soler\n22/10/2025 - 07:05",
                   "Lucía Ferrándiz | Marc Soler", value="Lucía Ferrándiz, Marc Soler", language="es"),
           Example("Ferry hits pier | Daily Post\nFerry hits pier\nReportage de Bastien Roumégoux et Inès Kaddour",
                   value="Bastien Roumégoux, Inès Kaddour", language="fr"),
           Example("Ferry hits pier | Daily Post\nFerry hits pier\nMichał Sadowski (tekst), Ewa Borys (zdjęcia)",
                   value="Michał Sadowski", language="pl"),
           Example("Grève des bacs | Écho Marin\nÉCHO MARIN\nGrève des bacs\nÉcho Marin avec AFP\n"
                   "Les bacs de Loire sont restés à quai mardi, a indiqué la préfecture.", "Écho Marin avec AFP",
                   language="fr")),
    keeps=(Example("Storm Orla live: flood warnings | Harbour News\nStorm Orla live: flood warnings\n11:47\n"
                   "Rest centre opens at Moor Lane\nThe council has opened a rest centre for residents who have been told to "
                   "leave their homes overnight.", "Rest centre opens at Moor Lane"),
           Example("Lemons shipped | Daily Post\nLemons shipped\nMersin Limanı'nda limon kasaları (Fotoğraf: Ahmet Kaya)",
                   "Mersin Limanı'nda limon kasaları (Fotoğraf: Ahmet Kaya)", language="tr"),
           Example("Court jails developer | Daily Post\nCourt jails developer\nSąd Okręgowy w Łodzi. Fot. PAP/Marek Zawada",
                   "Sąd Okręgowy w Łodzi. Fot. PAP/Marek Zawada", language="pl"),
           Example("Pension plan passes | Daily Post\nPension plan passes\nZum Vorsorgerechner", "Zum Vorsorgerechner", language="de"),
           Example("Pension plan passes | Daily Post\nPension plan passes\nThe cabinet approved the plan on Monday after long talks.",
                   "The cabinet approved the plan on Monday after long talks."),
           Example("Cup final live | Daily Post\nCup final live\nHalf-time: Ashworth Rovers 1-0 Calder United",
                   "Half-time: Ashworth Rovers 1-0 Calder United")),
)
def names(ctx: Context) -> Outcome:
    """A short line under the headline that names the authors, in any phrasing ("Reportage de …")."""
    if (ctx.words > BYLINE_NAMES_MAX_WORDS or ctx.sentence or ctx.prefix_key in NOT_AUTHOR_LABELS or ctx.line_key
            or not NOT_BYLINE_KEYS.isdisjoint(ctx.contains)):
        return None  # (a label of the lexicon, "Abone Ol", is nobody's name, nor a widget's "Parrilla de hoy en TCR")
    if ctx.text.count(" | ") >= MENU_PIPES or "sep" in ctx.features:
        return None  # "Bitkisel Üretim | Hayvancılık | …", "Ana Sayfa > Kültür-Sanat > Kitap": a menu or a crumb trail
    if not (_above_article(ctx) and _byline_place(ctx)) or _buttons(ctx) or _section_in_menu(ctx):  # cheap tests first
        return None
    if _kicker_between_copies(ctx):
        return None
    if (above := ctx.at(-1)) is not None and BARE_CLOCK.match(above.text.strip()) and any(
            w[:1].islower() for w in ctx.text.split()):
        return None  # "11:47" / "Rest centre opens at Moor Lane": a live blog's entry, its headline under its stamp
    if PHOTO_IN_BRACKETS.search(ctx.lower):
        return None  # "Mersin Limanı'nda … kasaları (Fotoğraf: Ahmet Kaya)": a caption and its credit
    if "digit" in ctx.features and MATCH_SCORE.search(ctx.text) and ctx.view.date_in(ctx.text) is None:
        return None  # "Half-time: Ashworth Rovers 1-0 Calder United" names the teams
    if "digit" in ctx.features and ("%" in ctx.text or CLOCK.match(ctx.text)):
        return None  # "12:30 Χρηματιστήριο: Άνοδος 0,8% για τον Γενικό Δείκτη": a timed headline, its figures
    pair = NAME_PAIR.match(ctx.text)
    parts = [p.strip() for p in ctx.text.split(" | ")]
    if pair is not None and not JOB_WORDS.search(ctx.text) and not is_agency_list(pair[2]):
        found = [n for n in (pair[1], pair[2]) if looks_like_name(n)]  # "Selin Aydemir - Burak Öztürk": two writers
    elif len(parts) > 1 and all(looks_like_name(p) and not is_agency_list(p) for p in parts):
        found = parts  # "Lucía Ferrándiz | Marc Soler"
    else:
        found = names_in_byline(ctx.text, ctx.view.lexicon.stopwords)
    if not found:
        return None
    people = [n for n in found if not (_is_site_line(ctx, n) or _names_the_site(ctx, n))]
    if not people:
        return Hit("the site's own byline", None)  # "Info Hexagone avec AFP" under the masthead "INFO HEXAGONE"
    return Hit("byline", ", ".join(people))


# Two writers' names set apart by a hyphen: "Selin Aydemir - Burak Öztürk".
NAME_PAIR = rx.compile(r"^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})\s-\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})$")


# "（運動部・田中一郎）", "（田中一郎記者）": a Japanese article's closing credit, a desk and a reporter.
DESK_CREDIT = rx.compile(
    r"^[（(](?:\p{Han}{1,8}(?:部|局|支局|総局|センター|本社)・(?P<name>\p{Han}{1,3}[\s\u3000]?\p{Han}{1,3})"
    r"|(?P<name2>\p{Han}{1,3}[\s\u3000]?\p{Han}{1,3})記者)[）)]$"
    # "経済部　佐藤美穂" on its own line under the headline
    # (or two reporters: "報道部 山下遥／川端颯太")
    r"|^\p{Han}{1,8}(?:部|局|支局|総局)[\s\u3000・](?P<name3>\p{Han}{1,3}[\s\u3000]?\p{Han}{1,3}"
    r"(?:[／/・、]\p{Han}{1,3}[\s\u3000]?\p{Han}{1,3}){0,3})$"
)
REPORTER_SPLIT = rx.compile(r"[／/・、]")


@detector(
    "BY13", "byline.desk_credit", effect=Effect.META, field="author", triggers=("paren", "short"),
    flags=(Example("（運動部・田中一郎）", value="田中一郎", language="ja"), Example("（田中一郎記者）", value="田中一郎", language="ja"),
           Example("報道部 山下遥／川端颯太", value="山下遥, 川端颯太", language="ja"),
           Example("経済部　佐藤美穂", value="佐藤美穂", language="ja")),
    keeps=(Example("（共同通信）", language="ja"), Example("（写真は2024年撮影）", language="ja")),
)
def desk_credit(ctx: Context) -> Outcome:
    """A closing credit naming the desk and the reporter, in brackets ("（運動部・田中一郎）")."""
    m = DESK_CREDIT.match(ctx.text)
    if m is None:
        return None
    if m["name3"]:
        return Hit("desk and reporter credit", ", ".join(REPORTER_SPLIT.split(m["name3"])))
    return Hit("desk and reporter credit", m["name"] or m["name2"])


@detector(
    "BY14", "byline.author_email", effect=Effect.META, field="author", triggers=("at",),
    flags=(Example("Biblioteket stängs i december.\nKarin Sjöberg\nkarin.sjoberg@vt.se\nPublicerad 27 november 2024 kl. 21.14",
                   "karin.sjoberg@vt.se", language="sv"),),
    keeps=(Example("Questions about the scheme can be sent to the council.\nhousing@council.example\nThe deadline is 1 May.",
                   "housing@council.example"),),
)
def author_email(ctx: Context) -> Outcome:
    """The writer's e-mail address alone on its line, right under her name."""
    if not EMAIL.fullmatch(ctx.text.strip()):
        return None
    above = ctx.at(-1)
    if above is None or not is_name_line(above):
        return None
    return Hit("the writer's e-mail address under her name", None)


DETECTORS = (author, newsroom, desk_credit, author_label, source_label, credit, agency, date_line, labelled_name, name_line, job_title,
             role_line, names, author_email)
