"""Metadata from the lines around the headline: who wrote it, when."""

from __future__ import annotations

import newsclean

STORY = ("Parking fees rise in the town centre from April\n{byline}\n"
         "The council voted on Monday to raise parking fees in the town centre from the first of April.\n"
         "Residents with a permit will pay the same as before, the deputy mayor told the meeting.\n"
         "{footer}\n")


def test_a_name_printed_before_the_date_is_the_author() -> None:
    for line in ("Marieke Brouwer 23-03-26, 06:00", "Marieke Brouwer · 23 March 2026, 06:00"):
        page = STORY.format(byline=f"{line}\nSave Share", footer="© 2026 Town Herald")
        result = newsclean.clean(page)
        assert (result.author, result.published) == ("Marieke Brouwer", "2026-03-23")


def test_a_co_author_with_a_bio_in_the_footer_stays_an_author() -> None:
    page = STORY.format(byline="By Nadia Forsyth and Owen Clegg, Court Reporters\n12:04, 17 MAR 2026",
                        footer="Owen Clegg covers the courts for the Herald.\n© 2026 Town Herald")
    assert newsclean.clean(page).author == "Nadia Forsyth, Owen Clegg"


def test_the_site_named_on_the_byline_is_no_author() -> None:
    page = STORY.format(byline="By Nadia Forsyth, Town Herald\n12:04, 17 MAR 2026", footer="© 2026 Town Herald")
    assert newsclean.clean(page).author == "Nadia Forsyth"


def test_the_author_named_on_a_date_line_before_a_separator():
    page = ("Lemon drizzle traybake | Flour & Fig\nLemon drizzle traybake\n"
            "Posted on March 3, 2025 by Ruth Amis · 14 Comments\n"
            "This is the cake I bake for every school fair, because it travels well and feeds thirty.\n"
            "The trick is to pour the syrup while the sponge is still warm from the oven.\n")
    result = newsclean.clean(page)
    assert result.author == "Ruth Amis"
    assert result.published == "2025-03-03"



def test_the_editor_credited_after_the_text_is_no_author() -> None:
    page = ("Cooperativa fecha contrato recorde para exportar café\n"
            "Publicado em 23/03/2026 - 06:00 Por Marieke Brouwer - Repórter da Agência Brasil - Brasília\n"
            "A cooperativa vai vender 38 mil sacas de café especial ao Japão nos próximos três anos, segundo a direção.\n"
            "O contrato tem valor estimado em 21 milhões de dólares e beneficia cerca de mil pequenos produtores.\n"
            "Edição: Tomás Ferraz\n")
    result = newsclean.clean(page)
    assert (result.author, result.published) == ("Marieke Brouwer", "2026-03-23")
    assert "Edição" not in result.body and "Publicado" not in result.body


def test_a_labelled_publication_date_outranks_the_mastheads_date() -> None:
    page = ("The Town Herald\nWednesday, 12 March 2025 | 9°C, sunny spells\n"
            "Parking fees rise in the town centre from April\nBy Nadia Forsyth\n"
            "Published: 21:47, 11 March 2025 | Updated: 09:10, 12 March 2025\n"
            "The council voted on Monday to raise parking fees in the town centre from the first of April.\n"
            "Residents with a permit will pay the same as before, the deputy mayor told the meeting.\n")
    assert newsclean.clean(page).published == "2025-03-11"


def test_an_agency_on_the_date_line_is_the_source() -> None:
    page = ("雪あかり3千基、北浜の夜照らす\n2024年2月9日 20時15分（共同通信）\n"
            "北浜町で9日、冬の祭り「雪あかりの夜」が始まり、約3千基の雪灯籠が海沿いの通りを照らした。祭りは11日まで。\n"
            "実行委員会によると、今年は地元の中学生も灯籠作りに加わり、初日から多くの見物客が訪れたという。\n")
    assert newsclean.clean(page).source == "共同通信"


def test_the_date_by_the_headline_outranks_the_mastheads_date() -> None:
    page = ("Diario de la Sierra\nJueves, 4 de abril de 2024 · Jaén 21 °C\nPortada\nProvincia\nDeportes\n"
            "El ayuntamiento amplía el horario de la biblioteca municipal\n"
            "Por Lucía Carmona · 2 de abril de 2024\n"
            "La biblioteca abrirá también los sábados por la tarde a partir del mes que viene, según el concejal.\n"
            "La medida responde a la petición de los estudiantes que preparan oposiciones en el municipio.\n")
    assert newsclean.clean(page).published == "2024-04-02"


def test_later_event_dates_do_not_outrank_the_date_above_the_headline() -> None:
    page = ("18.02.2025\nStadtrat beschließt den Haushalt für das kommende Jahr\n"
            "Der Stadtrat hat am Montagabend den Haushalt beschlossen, Schulen und Brücken haben Vorrang.\n"
            "Die Opposition kritisierte die hohe Neuverschuldung, stimmte aber den Investitionen zu.\n"
            "Die Kämmerin rechnet mit steigenden Einnahmen aus der Gewerbesteuer im zweiten Halbjahr.\n"
            "Über die Details berät der Ausschuss in seiner nächsten Sitzung im März im Rathaus.\n"
            "Termine\n20.02.2025 Sitzung des Bauausschusses\n27.02.2025 Sitzung des Gemeinderats\n")
    assert newsclean.clean(page).published == "2025-02-18"


def test_a_name_before_a_weekday_and_date_is_the_author_and_a_board_label_is_not() -> None:
    page = STORY.format(byline="Bram Heijboer · donderdag 7 november 2024", footer="© 2024 Town Herald")
    assert newsclean.clean(page).author == "Bram Heijboer"
    page = STORY.format(byline="7 listopada 2024", footer="Wyniki Lotto z 16.01.2025: 4, 11, 19, 27, 33, 41")
    assert newsclean.clean(page).author is None


def test_a_reporting_service_after_the_name_is_no_part_of_it() -> None:
    page = STORY.format(byline="By Nadia Forsyth, Local Democracy Reporting Service", footer="© 2026 Town Herald")
    assert newsclean.clean(page).author == "Nadia Forsyth"


def test_a_phone_number_is_no_date() -> None:
    """"8 (81837) 2-14-60" ends like a date with a two-digit year; after an area code in brackets it is a number."""
    from newsclean.dates import find_date
    from newsclean.languages import lexicon_for

    lexicon = lexicon_for("ru")
    assert find_date("Телефон дежурной службы переправы: 8 (81837) 2-14-60.", lexicon) is None
    assert find_date("Обновлено 14.01.2025, 21:17", lexicon) == ("2025-01-14", (10, 20))


SIGNED = (
    "Opinión | El Faro\n"
    "La ciudad necesita más árboles\n"
    "5 de marzo de 2025\n"
    "Los vecinos del barrio llevan años pidiendo sombra en la plaza, y el ayuntamiento sigue sin plantar un solo árbol.\n"
    "Nadie entiende a qué espera el alcalde para cumplir lo que prometió hace dos campañas.\n"
    "Ya es hora.\n"
    "{signature}\n"
    "Compartir en WhatsApp\n"
    "Lo más leído\n"
)


def test_the_name_signing_off_the_text_is_the_author_when_nothing_else_names_one() -> None:
    assert newsclean.clean(SIGNED.format(signature="Marta Gil Ortega")).author == "Marta Gil Ortega"
    assert newsclean.clean(SIGNED.format(signature="/Marta Gil, vecina del barrio")).author == "Marta Gil"


def test_two_friends_signing_an_obituary_are_both_its_authors() -> None:
    assert newsclean.clean(SIGNED.format(signature="Karin Lundh, Per-Olof Björk")).author == "Karin Lundh, Per-Olof Björk"


JA_SIGNED = (
    "ごみ袋有料化へ | 御影川新報\n"
    "ごみ袋有料化へ\n"
    "御影川市は来年10月から家庭ごみの指定袋を有料にすると発表した。市民説明会を来月から開く。\n"
    "詳しくは市のホームページで確認できる。\n"
    "{signature}\n"
    "関連記事\n"
)


def test_a_japanese_reporter_signs_off_in_brackets() -> None:
    assert newsclean.clean(JA_SIGNED.format(signature="（川端祐介）")).author == "川端祐介"
    assert newsclean.clean(JA_SIGNED.format(signature="（共同）")).author is None  # the agency's credit
    assert newsclean.clean(JA_SIGNED.format(signature="（編集部）")).author is None  # the desk


def test_a_place_the_headline_names_is_no_author_on_the_date_line() -> None:
    page = ("CD Puerto Alvear 2-1 Real Sporting Valdemora: el Puerto remonta y duerme líder | Diario del Sur\n"
            "CD Puerto Alvear 2-1 Real Sporting Valdemora: el Puerto remonta y duerme líder\n"
            "Íñigo Salcedo y Laura Montes\nPuerto Alvear, 18 oct. 2025 - 19:58 CEST\n"
            "El conjunto local le dio la vuelta al derbi en la segunda parte con goles de Arnaiz y Quique Sotelo.\n"
            "El equipo duerme líder del grupo con veinte puntos tras diez jornadas disputadas.\n")
    assert newsclean.clean(page).author == "Íñigo Salcedo, Laura Montes"


def test_a_heading_under_the_text_is_no_signature() -> None:
    assert newsclean.clean(SIGNED.format(signature="Quick Links")).author is None
    assert newsclean.clean(SIGNED.format(signature="Ver más noticias")).author is None


def test_numeric_dates_put_the_day_first_where_the_english_is_british() -> None:
    page = STORY.format(byline="By Nadia Forsyth\nPublished: 06/03/2026", footer="© 2026 Town Herald").replace(
        "the town centre", "downtown")
    assert newsclean.clean(page).published == "2026-06-03"  # month first, as American English writes it
    british = page.replace("Residents with a permit", "Residents with a £40 permit")
    assert newsclean.clean(british).published == "2026-03-06"
    html = ("<html lang='en-GB'><body><article><h1>Parking fees rise in the town centre</h1><p>Published: 06/03/2026</p>"
            "<p>The council voted on Monday to raise parking fees in the town centre from the first of April.</p>"
            "<p>Residents with a permit will pay the same as before, the deputy mayor told the meeting.</p></article></body></html>")
    assert newsclean.clean(html).published == "2026-03-06"


def test_a_wire_storys_reporters_are_its_writers_when_no_byline_names_them():
    page = ("Adbridge cuts forecast\n\nLONDON (Reuters) - Adbridge cut its annual forecast on Tuesday, sending its shares "
            "down eleven percent in early trade.\n\nFull-year results are due on March 5.\n\n(Reporting by Ann Vale and "
            "Tom Orr in London; Editing by Sue Pike)\n")
    result = newsclean.clean(page)
    assert (result.author, result.source) == ("Ann Vale, Tom Orr", "Reuters")


def test_the_writer_signing_with_the_agency_is_the_author():
    page = SIGNED.replace("{signature}", "Marta Gil Ortega / EFE")
    result = newsclean.clean(page)
    assert (result.author, result.source) == ("Marta Gil Ortega", "EFE")


def test_a_readers_comment_under_the_counter_names_no_author() -> None:
    page = STORY.format(byline="12 March 2026", footer="Jane Doe / EFE\n3 comments\nPaco H. · 12/03/2026 11:02\n"
                                                     "About time. We have not slept for six summers.")
    result = newsclean.clean(page)
    assert result.author == "Jane Doe"
    assert "About time" not in result.body


def test_a_byline_run_together_with_its_date_line_names_the_author() -> None:
    page = ("La maternité ne rouvrira pas : l'agence acte la fermeture définitive\n"
            "Claire Vasseur avec AFP Publié le 15/04/2026 à 18h12, mis à jour le 16/04/2026 à 07h30\n"
            "Fermée depuis l'été, faute d'anesthésistes, la maternité du centre hospitalier ne rouvrira pas, a annoncé "
            "mardi l'agence régionale de santé.\nLes élus de la ville dénoncent une décision prise sans concertation.\n")
    result = newsclean.clean(page)
    assert (result.author, result.source, result.published) == ("Claire Vasseur", "AFP", "2026-04-15")
