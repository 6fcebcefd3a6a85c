"""The headline of a page that prints it once, found by its place above the byline and date."""

from __future__ import annotations

import newsclean

ONCE = """Harbour Courier
News | Sport | Business
Ferry crews walk off the job on Monday morning
By Jane Doe
3 March 2025, 08:15
About 1,900 daily riders were left without a way to the mainland after crews began a 72-hour strike.
No boats left either terminal on Monday morning, and a water taxi service was fully booked by 7 a.m.
"""


def test_headline_printed_once_is_found_above_its_byline():
    result = newsclean.clean(ONCE)
    assert result.title == "Ferry crews walk off the job on Monday morning"
    assert result.author == "Jane Doe"
    assert result.published == "2025-03-03"
    assert result.body.startswith("About 1,900 daily riders")


def test_a_heading_over_a_timeline_is_no_headline():
    body = (
        "Live\n\nHow the dispute unfolded over two years\n\n3 March 2023: tenants protest outside the office\n\n"
        "9 May 2024: the case reaches the court\n\n"
        "The court ruled on Monday that the developer must repay the buyers, a decision the company will appeal."
    )
    result = newsclean.clean(body)
    assert result.title is None
    assert newsclean.clean(result.body).body == result.body


SEO_TITLE = """Ferry strike strands island commuters | Harbour Courier
Harbour Courier
News | Sport | Business
Marrow Sound ferry crews walk off the job on Monday
By Jane Doe
3 March 2025, 08:15
About 1,900 daily riders were left without a way to the mainland after crews began a 72-hour strike.
No boats left either terminal on Monday morning, and a water taxi service was fully booked by 7 a.m.
"""


def test_a_title_line_without_copy_leaves_the_printed_headline_to_its_place():
    result = newsclean.clean(SEO_TITLE)
    assert result.title == "Marrow Sound ferry crews walk off the job on Monday"
    assert result.body.startswith("About 1,900 daily riders")


def test_a_menu_link_over_a_link_is_no_headline():
    page = SEO_TITLE.replace("Marrow Sound ferry crews walk off the job on Monday\n",
                             "Log in to the Harbour Courier\nBack to Transport\n")
    assert newsclean.clean(page).title == "Ferry strike strands island commuters"


def test_a_standfirst_without_full_stop_stays_under_the_headline():
    page = ONCE.replace("By Jane Doe\n", "Island traders fear a week without deliveries in the busiest season\nBy Jane Doe\n")
    result = newsclean.clean(page)
    assert result.title == "Ferry crews walk off the job on Monday morning"
    assert result.body.startswith("Island traders fear a week without deliveries")


def test_a_headline_printed_twice_over_a_long_stamp_line():
    page = ONCE.replace(
        "Ferry crews walk off the job on Monday morning\nBy Jane Doe\n3 March 2025, 08:15\n",
        "Ferry crews walk off the job on Monday morning\nFerry crews walk off the job on Monday morning\n"
        "Published 3 March 2025 at 08:15 · Updated 4 March 2025 at 10:30 after the union's statement\nBy Jane Doe\n",
    )
    result = newsclean.clean(page)
    assert result.title == "Ferry crews walk off the job on Monday morning"
    assert result.body.startswith("About 1,900 daily riders")


def test_a_body_line_the_body_alone_reads_as_headline():
    # found by Hypothesis: the page's title has a copy, so no headline is placed by position; the body
    # alone places "0:0:0:U" above prose and a name line, and cleaning it again drops the line above
    source = "BBA BBA | AA\rBBA BBA\r0\r0:0:0:U\r0:0:0:0:0:0:0:0:0:0.\rB B\r."
    body = newsclean.clean(source).body
    assert newsclean.clean(body).body == body


def test_a_short_line_kept_by_the_headline_copy_above_it():
    # found by Hypothesis: "0" stays as a heading under the headline copy; in the body alone the copy is
    # gone, and the same line is a short line among boilerplate
    source = "000 000 | A\r000 000\r0\r:\r0:0:0:0:0:0:0/0/00:0"
    body = newsclean.clean(source).body
    assert newsclean.clean(body).body == body


def test_lines_the_body_alone_drops_are_dropped_with_that_reason():
    result = newsclean.clean("000 000 | A\r000 000\r0\r:\r0:0:0:0:0:0:0/0/00:0")
    reread = [d for d in result.decisions if d.reason.endswith("(when the body is read alone)")]
    assert [d.block.text for d in reread] == ["0"] and reread[0].verdict is not newsclean.Verdict.KEEP


def test_a_cookie_notice_in_sentences_above_the_headline():
    page = ("This website uses cookies to improve your experience, and by continuing you agree to them.\n"
            "Accept Reject\nHarbour Courier\nNews Sport Business\n" + ONCE.split("\n", 2)[2])
    result = newsclean.clean(page)
    assert result.title == "Ferry crews walk off the job on Monday morning"
    assert "News Sport Business" not in result.body


def test_a_title_line_and_its_copy_with_a_menu_between():
    page = ("Skip to main content\nFerry crews walk off the job | Harbour Courier\nHarbour Courier\n"
            "News Sport What's On Property Jobs\nSubscribe for £1\nNews > Transport\n"
            "Ferry crews walk off the job\nIsland traders fear a week without deliveries in the busiest season\n"
            "By Jane Doe\n3 March 2025, 08:15\n" + ONCE.split("\n", 5)[5])
    result = newsclean.clean(page)
    assert result.title == "Ferry crews walk off the job"
    assert result.body.startswith("Island traders fear")


ABBREVIATED = """Rynek i Firmy
Firmy
Grupa Medialna Wisła: zysk netto w III kwartale wzrósł o 21 proc.
Agnieszka Wróblewska
Opublikowano: 06.11.2025, 08:15
Grupa Medialna Wisła zarobiła w trzecim kwartale 84,3 mln zł netto, o 21 proc. więcej niż przed rokiem.
Wynik okazał się lepszy od średniej prognoz analityków, którzy spodziewali się 76 mln zł zysku w tym okresie.
"""


def test_a_headline_ending_in_a_units_abbreviation_is_no_sentence():
    result = newsclean.clean(ABBREVIATED)
    assert result.title == "Grupa Medialna Wisła: zysk netto w III kwartale wzrósł o 21 proc."
    assert result.body.startswith("Grupa Medialna Wisła zarobiła")


CONSULTANT = """Поділля Сьогодні
Грип чи застуда: як розрізнити і коли звертатися до лікаря
Автор: Оксана Мельничук, медична журналістка
Консультантка: Ірина Гайова, лікарка загальної практики
05.02.2025, 09:10
Щозими сімейні лікарі чують одне й те саме питання: це грип чи звичайна застуда? Симптоми схожі, але перебіг різний.
Грип зазвичай починається раптово: за кілька годин температура піднімається до 38,5–40 °C, з'являється слабкість.
"""


def test_a_consultants_credit_line_is_no_headline():
    result = newsclean.clean(CONSULTANT)
    assert result.title == "Грип чи застуда: як розрізнити і коли звертатися до лікаря"
    assert result.author == "Оксана Мельничук"
    assert "Консультантка" not in result.body


def test_a_standfirst_in_two_clauses_is_no_title_and_site():
    # "… geplant – Länder sollen die Hälfte zahlen": the clause after the dash is no site's name, so the
    # body (which opens with this standfirst) does not read it as "Headline – Site" when cleaned again
    page = ("Bahn will Pendlern beim Fahrrad helfen | Morgenblatt\nMorgenblatt\nBahn will Pendlern beim Fahrrad helfen\n"
            "Zuschuss von bis zu 200 Euro geplant – Kommunen sollen die Stellplätze bauen\n"
            "Die Bahn will Pendlern, die mit dem Fahrrad zum Bahnhof kommen, einen Zuschuss zahlen. Das teilte "
            "der Konzern am Montag in Berlin mit.\nDie Kosten beziffert die Bahn auf rund 40 Millionen Euro im Jahr.\n")
    result = newsclean.clean(page)
    assert result.body.startswith("Zuschuss von bis zu 200 Euro geplant – Kommunen sollen die Stellplätze bauen\n\n")
    assert newsclean.clean(result.body).body == result.body


def test_a_title_lines_three_dots_match_its_copys_ellipsis():
    page = ("Só quem se Ama... — Mensagens da Serra\nInício\nVida\nSó quem se Ama…\n"
            "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e gostar é sentir com a alma.\n")
    result = newsclean.clean(page)
    assert result.title in ("Só quem se Ama…", "Só quem se Ama...")
    assert result.body.startswith("Viver uma verdadeira")


def test_a_french_quote_in_the_headline_is_no_menu_separator():
    page = ("Octet Libre\nActu | Tutos | Tests\n"
            "Bandeaux cookies : pourquoi le bouton « Tout refuser » reste si difficile à trouver\n"
            "Par Samir Belkacem · 15 janvier 2025\n"
            "Une étude menée sur 2 000 sites montre que plus d'un bandeau sur trois rend le refus plus difficile que l'accord.\n"
            "Le collectif a analysé pendant trois mois les bandeaux des sites d'information, de commerce et des services publics.\n")
    result = newsclean.clean(page)
    assert result.title == "Bandeaux cookies : pourquoi le bouton « Tout refuser » reste si difficile à trouver"
    assert result.body.startswith("Une étude")


def test_a_headline_under_its_date_and_over_the_text_is_found():
    page = ("Stadt Lindenfeld\nRathaus & Service\nSchriftgröße: A A A\nLeichte Sprache\n"
            "Startseite › Rathaus › Aktuelles\n18.02.2025\n"
            "Stadtrat beschließt Haushalt 2025: Schulen und Brücken haben Vorrang\n"
            "Mit 31 zu 12 Stimmen hat der Stadtrat am Montagabend den Haushalt für das laufende Jahr beschlossen.\n"
            "Größter Posten sind die Schulen, für die in diesem Jahr 15,7 Millionen Euro vorgesehen sind.\n")
    result = newsclean.clean(page)
    assert result.title == "Stadtrat beschließt Haushalt 2025: Schulen und Brücken haben Vorrang"
    assert result.author is None and result.published == "2025-02-18"


def test_the_link_to_the_previous_post_is_no_headline():
    page = ("Crumb & Kettle\nHome\nRecipes\n← Pancake night at the chapel hall\n"
            "The Mill Lane rye sourdough, as promised\nPosted on March 2, 2025 by Marjorie Pell\n"
            "After the coffee morning last Saturday, at least nine of you asked for the loaf Arthur brought along.\n"
            "He still bakes twice a week in his own kitchen and buys his rye flour from the mill down the lane.\n")
    result = newsclean.clean(page)
    assert result.title == "The Mill Lane rye sourdough, as promised"
    assert result.author == "Marjorie Pell"


def test_the_link_to_the_previous_entry_is_no_headline():
    page = ("Київський блог\nГоловна\n« Попередній запис: Книжковий ярмарок на Контрактовій\n"
            "Концерт у дворику на Андріївському: як ми співали під дощем\nОпубліковано 14 червня 2025\n"
            "У суботу ввечері у дворику на Андріївському узвозі зібралося понад сто людей, щоб послухати вуличний хор.\n"
            "Дощ почався на третій пісні, але ніхто не пішов, і хор доспівав програму до кінця під парасолями.\n")
    assert newsclean.clean(page).title == "Концерт у дворику на Андріївському: як ми співали під дощем"


def test_the_site_name_over_the_menu_is_no_title_when_the_imprint_repeats_it():
    page = ("Gemeente Westerbroek\nWonen | Werken | Bestuur | Nieuws\nHome › Nieuws\n"
            "Zwembad De Plas gaat in april weer open\nGepubliceerd op 12-03-2025\n"
            "Het gemeentelijke zwembad De Plas opent op 5 april weer de deuren na een renovatie van acht maanden.\n"
            "Het nieuwe dak en de zonnepanelen besparen volgens de gemeente ruim een derde van de energiekosten.\n"
            "Gemeente Westerbroek · Raadhuisplein 1 · 9999 AB Westerbroek · Tel. 14 0599\n")
    result = newsclean.clean(page)
    assert result.title == "Zwembad De Plas gaat in april weer open"
    assert "Gemeente Westerbroek" not in result.body


def test_a_site_title_that_is_only_named_again_in_a_title_line_is_not_matched_by_its_imprint():
    page = ("Gemeente Westerbroek\nGemeente Westerbroek | Nieuws | Zwembad\n"
            "Het gemeentelijke zwembad De Plas opent op 5 april weer de deuren na een renovatie van acht maanden.\n")
    assert newsclean.clean(page).title == "Gemeente Westerbroek"


def test_a_kicker_of_three_words_may_stand_between_the_headline_and_its_date():
    page = ("Università di Valbruna\nAteneo | Didattica | Ricerca\nHome / Notizie / Diritto allo studio\n"
            "Borse di studio 2025/26: pubblicato il bando, domande entro il 30 settembre\nDiritto allo studio\n"
            "Pubblicato il: 21/07/2025\na cura dell'Ufficio Diritto allo Studio\n"
            "È online il bando per le borse di studio per l'anno accademico 2025/26, rivolto a tutti gli iscritti.\n"
            "L'importo massimo della borsa è di 7.150 euro per gli studenti fuori sede e di 4.120 euro per i pendolari.\n")
    result = newsclean.clean(page)
    assert result.title == "Borse di studio 2025/26: pubblicato il bando, domande entro il 30 settembre"
    assert result.published == "2025-07-21"


def test_a_menu_section_printed_over_the_release_is_no_headline_and_a_wave_dash_subtitle_marks_it():
    page = ("北陵食品株式会社\n企業情報\nニュースリリース\nお問い合わせ\nホーム ＞ ニュースリリース ＞ 2026年\n"
            "ニュースリリース\n2026年1月20日\n北陵食品株式会社\n新商品「焼き鮭おにぎり」を2月1日より発売\n"
            "～ 北海道産の秋鮭を使った冬季限定の商品 ～\n"
            "北陵食品株式会社は、新しいおにぎり「焼き鮭おにぎり」を2026年2月1日より駅売店で発売いたします。\n"
            "本商品は、北海道産の秋鮭を一枚ずつ焼き上げ、ほぐして具にした冬季限定の商品です。\n")
    assert newsclean.clean(page).title == "新商品「焼き鮭おにぎり」を2月1日より発売"


def test_a_video_link_with_its_running_time_is_no_headline():
    page = ("Βόρειος TV\nΕιδήσεις\nΑρχική › Πολιτισμός\n"
            "Φεστιβάλ νέων μουσικών στη ΔΕΘ: 40 συγκροτήματα σε τρεις ημέρες\n15/06/2024 - 18:20\n"
            "▶ Δείτε το ρεπορτάζ (02:35)\n"
            "Σαράντα νέα συγκροτήματα από όλη την Ελλάδα θα εμφανιστούν από την Παρασκευή στη ΔΕΘ.\n"
            "Το φεστιβάλ διοργανώνεται από τον δήμο και η είσοδος είναι ελεύθερη για όλους.\n")
    assert newsclean.clean(page).title == "Φεστιβάλ νέων μουσικών στη ΔΕΘ: 40 συγκροτήματα σε τρεις ημέρες"


def test_a_first_line_over_a_byline_is_the_headline_when_it_is_printed_once() -> None:
    page = ("Le port de Brest accueille trois nouveaux chalutiers cette année\nPar Marc Le Bihan\n"
            "Le port de Brest a accueilli mardi le premier des trois chalutiers commandés par la coopérative.\n"
            "Les pêcheurs saluent l'arrivée d'un navire moins gourmand en carburant, selon la direction.\n")
    result = newsclean.clean(page)
    assert result.title == "Le port de Brest accueille trois nouveaux chalutiers cette année"
    assert not result.body.startswith("Le port de Brest accueille")


def test_a_site_name_printed_again_only_in_the_footer_is_no_headline() -> None:
    page = ("La Gazette du Vignoble\nActualités\nEnchères\nAccueil > Enchères > Bourgogne\n"
            "Vente des vins de l'hospice : un record pour la pièce du président\n"
            "La vente de charité a rapporté près de dix millions d'euros malgré une récolte réduite par le gel.\n"
            "Par Anne Morel\nPublié le 16/11/2025 à 19h05\n"
            "La vente aux enchères des vins de l'hospice a atteint dimanche un total de 9,8 millions d'euros, un record.\n"
            "Au total, 486 pièces de vin ont été dispersées en un peu plus de cinq heures dans la halle de la ville.\n"
            "Les vins seront élevés dans les caves de l'hospice jusqu'à leur mise en bouteille, prévue à l'automne.\n"
            "La Gazette du Vignoble\nMentions légales\nContact\n")
    result = newsclean.clean(page)
    assert result.title == "Vente des vins de l'hospice : un record pour la pièce du président"
    assert "Au total, 486 pièces de vin" in result.body


def test_a_site_name_printed_again_over_its_address_and_legal_links_is_no_headline() -> None:
    page = ("Lakeview State University\nSkip to main content\nAdmissions\nResearch\n"
            "Soil scientists win a grant to map how drought changes farm microbes\n"
            "A five-year award will let a team sample three hundred fields across three states.\n"
            "By Mara Okoye\nMarch 12, 2025\n"
            "Researchers in the college of agriculture have received a grant from a private foundation to study soil.\n"
            "The project will run through June 2030 and is the largest private research award in the college's history.\n"
            "Fieldwork begins in April.\n"
            "Lakeview State University\n1400 College Ave., Lakeview\nAccessibility\nCareers\n"
            "© 2025 Lakeview State University. All rights reserved.\n")
    result = newsclean.clean(page)
    assert result.title == "Soil scientists win a grant to map how drought changes farm microbes"
    assert "The project will run through June 2030" in result.body


def test_a_title_case_headline_over_its_date_line_is_the_headline() -> None:
    page = ("T.C. Güney Ege Üniversitesi\nDuyurular\n2025-2026 Akademik Yılı Başarı Bursu Sonuçları Açıklandı\n"
            "Yayın Tarihi: 05.09.2025\n"
            "Burs Komisyonu tarafından yapılan değerlendirme sonucunda burs almaya hak kazanan öğrencilerin listesi ilan edildi.\n"
            "Bu yıl toplam 1.214 başvuru alınmış ve 186 öğrenciye burs verilmesine karar verilmiştir.\n")
    assert newsclean.clean(page).title == "2025-2026 Akademik Yılı Başarı Bursu Sonuçları Açıklandı"


def test_a_release_headline_under_its_date_over_a_download_link() -> None:
    page = ("株式会社ハマテック\n製品情報\nホーム ＞ ニュース ＞ プレスリリース\nプレスリリース\n2025年10月8日\n"
            "ハマテック、最大48時間連続稼働のコードレス加湿器「AIRNAMI C5」を11月1日に発売\nPDFをダウンロード（756KB）\n"
            "株式会社ハマテックは、最大48時間の連続運転が可能なコードレス加湿器を11月1日より全国の家電量販店で発売します。\n"
            "在宅勤務の定着により、一日の中で過ごす部屋を移る人が増えています。\n")
    assert newsclean.clean(page).title == "ハマテック、最大48時間連続稼働のコードレス加湿器「AIRNAMI C5」を11月1日に発売"


def test_headline_over_the_standfirst_with_the_byline_past_the_lead_photo():
    page = ("Harbour Courier\nNews | Sport | Business\nFerries: how to get to the mainland this week\n"
            "Crews walk off the job on Monday. Here is what riders can do instead.\n"
            "The empty ferry terminal on Sunday evening.\nPhoto: Jane Roe\nBy Jane Doe\n3 March 2025, 08:15\n"
            "About 1,900 daily riders were left without a way to the mainland after crews began a 72-hour strike.\n"
            "No boats left either terminal on Monday morning, and a water taxi service was fully booked by 7 a.m.\n")
    result = newsclean.clean(page)
    assert result.title == "Ferries: how to get to the mainland this week"
    assert result.body.startswith("Crews walk off the job on Monday.")


def test_a_sub_heading_over_the_first_paragraph_of_a_body_is_kept():
    body = ("What riders can do this week\n\nAbout 1,900 daily riders were left without a way to the mainland after crews "
            "began a 72-hour strike.\n\nNo boats left either terminal on Monday morning, and a water taxi service was fully "
            "booked by 7 a.m.")
    assert newsclean.clean(body).body == body


def test_a_kicker_between_the_title_and_the_headline_is_no_byline():
    page = ("Harbour Courier\nNews | Sport\nFerry fares rise in May - Harbour Courier\nPASSENGER RIGHTS\nFerry fares rise in May\n"
            "Tickets to the mainland will cost a fifth more from May, the operator said on Monday.\nAgencia EFE\n"
            "12 August 2025, 10:34\nThe operator blamed fuel costs and a new port levy for the rise, the first in six years.\n")
    result = newsclean.clean(page)
    assert (result.author, result.source, result.title) == (None, "EFE", "Ferry fares rise in May")


PUNCTUATED_OTHERWISE = """VALTORRE - Riapre il ponte sull'Orsella, dopo 14 mesi la frazione torna collegata - Gazzetta della Valle
Gazzetta della Valle
Cronaca
Economia
Riapre il ponte sull'Orsella: dopo 14 mesi la frazione torna collegata
Il ponte sul torrente Orsella è stato riaperto ieri mattina al traffico dopo quattordici mesi di lavori, ha detto il sindaco.
La riapertura era attesa da mesi dalle famiglie della frazione, che hanno dovuto percorrere una lunga deviazione.
"""


def test_a_headline_the_title_line_punctuates_otherwise_is_its_copy():
    result = newsclean.clean(PUNCTUATED_OTHERWISE, format="text")
    assert result.title == "Riapre il ponte sull'Orsella: dopo 14 mesi la frazione torna collegata"
    assert result.body.startswith("Il ponte sul torrente")
