"""Block finding and entry splitting on documents written for these tests."""

from __future__ import annotations

import pytest

from kzcite.blocks import find_blocks

PROSE = (
    "Минулого тижня уряд оголосив нову програму підтримки, яка має допомогти громадам "
    "відновити інфраструктуру. За словами міністра, перші кошти надійдуть уже восени, "
    "а загальний бюджет програми становитиме кілька мільярдів гривень."
)


def entries(text: str) -> list[str]:
    return [e.raw for b in find_blocks(text) for e in b.entries]


def test_header_block_with_semicolons() -> None:
    doc = (
        PROSE + "\n\nЛитература:\n"
        "ТАСС, 12.03.2021, «Казахстан и Россия подписали соглашение»;\n"
        "Коммерсантъ. Иванов, Иван, 13.03.2021, «Новый договор»;\n"
    )
    blocks = find_blocks(doc)
    assert [b.header for b in blocks] == ["Литература"]
    assert blocks[0].entries[1].raw.startswith("Коммерсантъ. Иванов")
    assert blocks[0].entries[0].line_start == 4


def test_prose_only_gives_nothing() -> None:
    doc = PROSE + "\n\n" + "According to Reuters, the talks will resume. " * 4 + "\n"
    assert find_blocks(doc) == []


def test_headerless_numbered_list_at_end() -> None:
    doc = (
        PROSE + "\n\n"
        "1. Smith, J. (2019). Borders and identity. Central Asian Survey, 38(2), 1–20.\n"
        "2. Olcott, M. B. (2010). Kazakhstan: Unfulfilled Promise. Washington: Carnegie, 2010.\n"
    )
    got = entries(doc)
    assert len(got) == 2
    assert got[0].startswith("1. Smith")


def test_inline_label_is_a_one_entry_block() -> None:
    doc = PROSE + "\nREAD MORE: https://www.rferl.org/a/some-story/123.html\n"
    blocks = find_blocks(doc)
    assert len(blocks) == 1
    assert blocks[0].header == "Read more"
    assert blocks[0].entries[0].raw == "https://www.rferl.org/a/some-story/123.html"


def test_byline_cards_join_and_teasers_are_left_out() -> None:
    doc = (
        "Read more\n"
        "Why the steppe matters\nBy Anna Ivanova\nA short teaser sentence about it.\n"
        "Another headline here\nBy John Smith\nAnother teaser about the story.\n"
    )
    got = entries(doc)
    assert got == [
        "Why the steppe matters\nBy Anna Ivanova",
        "Another headline here\nBy John Smith",
    ]


def test_a_byline_word_that_is_also_an_ordinary_word_needs_a_name() -> None:
    doc = (
        "Allikad:\n"
        "Par Latvijas valsts valodu, LSM, 12.03.2023\n"
        "Текст Закона о языках, Казахстанская правда, 2020\n"
        "Kasahstani keelepoliitika, ERR, 01.06.2022\n"
    )
    assert len(entries(doc)) == 3
    cards = "Loe lisaks\nKeelepoliitika Kesk-Aasias\nPar Jean Dupont\nLSM, 12.03.2023\n"
    assert "Keelepoliitika Kesk-Aasias\nPar Jean Dupont" in entries(cards)[0]


def test_table_cell_splits_on_semicolons() -> None:
    doc = (
        '| Source | |\n| Дереккөздер | "Егемен Қазақстан" 05.07.2019 ж. № 126; "Заң" 06.07.2019 |\n'
    )
    got = entries(doc)
    assert got == ['"Егемен Қазақстан" 05.07.2019 ж. № 126', '"Заң" 06.07.2019']


def test_attribution_line_joins_headline() -> None:
    doc = "27 May, 2021\n\nEesti valitsus kogunes\n\n(ERR | Postimees)\n\n" + PROSE + "\n"
    got = entries(doc)
    assert got == ["Eesti valitsus kogunes\n\n(ERR | Postimees)"]


def test_wrapped_entry_continues() -> None:
    doc = (
        "Список литературы\n"
        "1. Петров П. П. История степи // Вопросы истории. – 2019. – № 3. – С. 5–9.\n"
        "2. Сидоров С. С. Кочевники и город\n"
        "   // Вестник КазНУ. – 2020. – № 1.\n"
    )
    got = entries(doc)
    assert len(got) == 2
    assert "Вестник КазНУ" in got[1]


def test_spans_point_into_the_document() -> None:
    doc = PROSE + "\n\nSources:\nBBC, 01.02.2020, “Title one”;\nDW, 02.02.2020, “Title two”;\n"
    for block in find_blocks(doc):
        for entry in block.entries:
            assert doc[entry.span.start : entry.span.end] == entry.raw


def test_huge_line_is_fast_enough() -> None:
    doc = "Sources:\n" + "«" * 200_000 + "." * 200_000 + "д" * 200_000 + "\n"
    find_blocks(doc)  # must not hang (linear-time regexes)


def test_gost_numbers_without_dots_run_in_sequence() -> None:
    doc = (
        PROSE + "\n\nСПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ\n\n"
        "1 Токаев К.-Ж. Послание народу Казахстана, 1 сентября 2022 г. // Казахстанская правда."
        " – 2022. –\n"
        "2 сентября. – № 168.\n"
        "                                                        156\n"
        "2 Olcott M. B. Kazakhstan: Unfulfilled Promise? – Washington, DC: Carnegie Endowment for\n"
        "International Peace, 2010. – 376 p.\n"
    )
    got = entries(doc)
    assert len(got) == 2
    assert got[0].endswith("2 сентября. – № 168.")
    assert got[1].endswith("2010. – 376 p.")


def test_hanging_indent_continues_an_entry() -> None:
    doc = (
        PROSE + "\n\nReferences\n\n"
        "Anceschi, L. (2020). Analysing Kazakhstan's foreign policy: Regime neo-Eurasianism in\n"
        "    Nazarbaev era. Routledge.\n"
        "Dave, B. (2007). Kazakhstan: Ethnicity, language and power. Routledge.\n"
    )
    got = entries(doc)
    assert len(got) == 2
    assert got[0].endswith("Nazarbaev era. Routledge.")


def test_page_furniture_ends_a_list() -> None:
    doc = (
        PROSE + "\n\nMavzuga oid\n"
        "Qozog‘iston bilan tovar ayirboshlash 5 mlrd dollardan oshdi\n11:05 / 02.03.2024\n"
        "Mirziyoyev va To‘qayev telefon orqali muloqot qildi\n09:12 / 20.02.2024\n\n"
        "Telegram | Facebook | Instagram | YouTube\n"
        "© 2015–2024 Kun.uz. Barcha huquqlar himoyalangan.\n"
    )
    got = entries(doc)
    assert got == [
        "Qozog‘iston bilan tovar ayirboshlash 5 mlrd dollardan oshdi\n11:05 / 02.03.2024",
        "Mirziyoyev va To‘qayev telefon orqali muloqot qildi\n09:12 / 20.02.2024",
    ]


def test_prose_with_inline_links_is_not_a_list() -> None:
    doc = (
        "The ministry said the changes were needed to end shortages. As [Eurasianet reported]"
        "(https://eurasianet.org/kazakhstan-fuel) in 2023, stations ran dry.\n\n"
        "For more, see the [World Bank's 2023 study](https://www.worldbank.org/en/x) and "
        "[our earlier piece](https://eurasianet.org/aktau).\n"
    )
    assert find_blocks(doc) == []


def test_teasers_under_headlines_are_left_out() -> None:
    doc = (
        PROSE + "\n\nMehr zum Thema\n\n"
        "Tokajew auf Distanz zu Putin\nDer kasachische Präsident sucht neue Partner in Europa.\n\n"
        "Der Mittlere Korridor boomt\nDer Güterverkehr über das Kaspische Meer wächst stark.\n\n"
        "Diesen Artikel teilen\n"
    )
    assert entries(doc) == ["Tokajew auf Distanz zu Putin", "Der Mittlere Korridor boomt"]


def test_points_after_a_lead_in_are_not_references() -> None:
    doc = (
        PROSE + "\n\nНегізгі көрсеткіштер:\n"
        "– 2022 жылы порт арқылы 4,1 млн тонна жүк тасымалданды;\n"
        "– 2023 жылы бұл көрсеткіш 4,6 млн тоннаға жетті;\n"
    )
    assert find_blocks(doc) == []


def test_html_blocks_point_into_the_markup() -> None:
    page = (
        "<article>\n<p>" + PROSE + "</p>\n<h3>Читайте также</h3>\n<ul>\n"
        '<li><a href="https://cabar.asia/ru/a">Транскаспийский маршрут</a></li>\n'
        '<li><a href="https://cabar.asia/ru/b">Порт Актау</a> <span>02.10.2024</span></li>\n'
        '</ul>\n</article>\n<footer><ul><li><a href="/about">О нас</a></li></ul></footer>\n'
    )
    blocks = find_blocks(page)
    assert [b.header for b in blocks] == ["Читайте также"]
    first, second = blocks[0].entries
    assert first.raw == "• [Транскаспийский маршрут](https://cabar.asia/ru/a)"
    assert second.raw == "• [Порт Актау](https://cabar.asia/ru/b) 02.10.2024"
    assert (first.line_start, second.line_start) == (5, 6)
    assert "Транскаспийский маршрут" in page[first.span.start : first.span.end]


def test_sources_lead_in_opens_a_list_of_bare_outlet_names() -> None:
    text = (
        "Текст статьи о ценах на топливо в регионах страны.\n\n"
        "При подготовке материала использованы данные:\n"
        "- Tengrinews.kz\n- Zakon.kz\n- Kapital.kz\n"
    )
    (block,) = find_blocks(text)
    assert block.reason == "lead-in"
    assert block.header == "При подготовке материала использованы данные"
    assert [e.raw for e in block.entries] == ["- Tengrinews.kz", "- Zakon.kz", "- Kapital.kz"]


def test_sources_lead_in_over_points_of_a_sentence_is_no_list() -> None:
    text = "Sources used by the ministry:\n- cutting inflation;\n- raising wages.\n"
    assert find_blocks(text) == []


def test_bare_links_one_per_line_are_one_entry_each() -> None:
    text = (
        "Sources:\nhttps://www.rosbalt.ru/world/2022/1234.html\nhttps://tengrinews.kz/news/x-123/\n"
    )
    (block,) = find_blocks(text)
    assert [e.raw for e in block.entries] == [
        "https://www.rosbalt.ru/world/2022/1234.html",
        "https://tengrinews.kz/news/x-123/",
    ]


def test_a_title_over_its_link_is_one_entry() -> None:
    text = (
        "Sources:\nTitle one of the article\nhttps://www.rosbalt.ru/a\n"
        "Title two here\nhttps://tengrinews.kz/b\n"
    )
    (block,) = find_blocks(text)
    assert [e.raw for e in block.entries] == [
        "Title one of the article\nhttps://www.rosbalt.ru/a",
        "Title two here\nhttps://tengrinews.kz/b",
    ]


def test_author_year_entries_without_initials_are_not_annotations() -> None:
    # German author-year style writes first names in full: "Name, Vorname (Jahr): Titel."
    doc = (
        PROSE + "\n\nLiteraturverzeichnis\n\n"
        "Wagner, Ulrike (2019): Nomaden und Staat. Die Sesshaftmachung der Kasachen. "
        "https://www.example.org/wagner-2019.pdf\n"
        "Lehmann, Tobias/Krause, Anna (2020): Pipelines am Kaspischen Meer. Berlin: Ch. Links.\n"
        "Deutsch-Kasachische Gesellschaft (2018): Jahresbericht. Hamburg.\n"
        "Frankfurter Allgemeine (14.03.2022): Kasachstan sucht neue Partner. "
        "https://www.faz.net/aktuell/politik/kasachstan-1234.html\n"
        "Stiftung Wissenschaft und Politik (2021): Zentralasien nach dem Abzug. Berlin.\n"
    )
    got = entries(doc)
    assert len(got) == 5
    assert got[1].startswith("Lehmann, Tobias/Krause, Anna (2020)")
    assert got[4].startswith("Stiftung Wissenschaft und Politik (2021)")


def test_a_sentence_with_a_year_in_brackets_is_no_author_year_entry() -> None:
    doc = (
        "Inflation fell sharply (2022). Prices rose again in the spring, officials said.\n"
        "Exports grew quickly (2023). Most of the growth came from oil and metals.\n"
    )
    assert find_blocks(doc) == []


def test_headerless_gost_list_with_a_book_and_an_act() -> None:
    # a book has no "//" or URL, only its imprint and extent; an act ends with its date
    doc = (
        PROSE + "\n\n"
        "Сарсенбаев Т. К. Водная дипломатия Казахстана // Казахстан-Спектр. – 2020. – № 3. "
        "– С. 45–58.\n"
        "Ледники Заилийского Алатау : монография / Институт географии. – Алматы, 2016. "
        "– 210 с.\n"
        "Абенова Г. Каспий мелеет [Электронный ресурс] // Время. – 2022. – 5 мая. – URL: "
        "https://time.kz/articles/kaspij (дата обращения: 10.05.2022).\n"
        "Конвенция по охране и использованию трансграничных водотоков и международных озёр "
        "от 17 марта 1992 года\n"
    )
    blocks = find_blocks(doc)
    assert len(blocks) == 1
    assert blocks[0].header is None
    got = [e.raw for e in blocks[0].entries]
    assert len(got) == 4
    assert got[1].endswith("– 210 с.")
    assert got[3].startswith("Конвенция по охране")


def test_imprint_words_in_a_sentence_do_not_make_a_list() -> None:
    doc = (
        "Итоги года. – Алматы, 2004 год оказался для города непростым, пишет автор.\n"
        "Морозы. – Астана, 2005 год запомнился жителям холодами и метелями.\n"
    )
    assert find_blocks(doc) == []


@pytest.mark.parametrize(
    ("heading", "word"),
    [
        ("## Колдонулган адабияттар", "Колдонулган адабияттар"),
        ("Шилтемелер:", "Шилтемелер"),
        ("Дагы окуңуз", "Дагы окуңуз"),
        ("Foydalanilgan manbalar", "Foydalanilgan manbalar"),
        ("Yana oʻqing:", "Yana o‘qing"),  # ʻ (U+02BB), a letter to \w, for ‘
        ("**Адабиёти истифодашуда**", "Адабиёти истифодашуда"),
        ("Сарчашмаҳо", "Сарчашмаҳо"),
        ("Peýdalanylan edebiýatlar", "Peýdalanylan edebiýatlar"),
        ("Çeşmeler:", "Çeşmeler"),
        ("İSTİNADLAR", "İstinadlar"),  # İ casefolds to i + a combining dot
        ("Чытайце таксама", "Чытайце таксама"),
        ("Использованные источники", "Использованные источники"),
    ],
)
def test_neighbouring_language_headings(heading: str, word: str) -> None:
    doc = (
        PROSE + f"\n\n{heading}\n"
        "Azattyk, 12.04.2023, «Migrant workers send less money home»;\n"
        "24.kg, 15.04.2023, «Remittances fell by a fifth»;\n"
    )
    blocks = find_blocks(doc)
    assert [b.header for b in blocks] == [word]
    assert len(blocks[0].entries) == 2


def test_a_note_about_the_author_ends_the_list() -> None:
    doc = (
        PROSE + "\n\n## Колдонулган адабияттар\n\n"
        "1. Осмонова А. Кыргызстандагы суу саясаты. – Бишкек : Илим, 2018. – 140 б.\n"
        "2. [Токтогул суу сактагычы тартылды](https://kaktus.media/doc/480000.html) — Kaktus, "
        "03.08.2023\n\n"
        "**Автор жөнүндө:** Айгерим Сатыбалдиева – гидролог, Ош шаарындагы изилдөөчү.\n"
    )
    blocks = find_blocks(doc)
    assert [b.header for b in blocks] == ["Колдонулган адабияттар"]
    assert len(blocks[0].entries) == 2
    assert blocks[0].line_end == 6  # not the note (line 8)


def test_long_lines_near_the_new_features_are_fast_enough() -> None:
    # under LONGEST_ENTRY, so every feature is tried: must not hang (no nested backtracking)
    for line in (
        ". – " + "Алматы" * 800,
        ". – " + "a.-" * 1600,
        "Соглашение " + "о воде " * 600 + "от 1 мая",
        "Meier, Jonas " * 350 + "(2020)",
    ):
        find_blocks(PROSE + "\n\nЛитература\n" + line + "\n" + line + "\n")


def test_chicago_author_date_list_is_not_prose_and_ends_at_the_article_footer() -> None:
    text = (
        "Courts thus occupy an ambiguous position between state law and custom.\n\n"
        "References\n\n"
        "Cameron, Sarah. 2018. The Hungry Steppe: Famine, Violence, and the Making of Soviet "
        "Kazakhstan. Ithaca, NY: Cornell University Press.\n"
        "Kassymbekova, Botakoz. 2016. Despite Cultures: Early Soviet Rule in Tajikistan. "
        "Pittsburgh: University of Pittsburgh Press.\n"
        "Kozybaev M.K. (1998) Tarikh zerdesi [Memory of history]. 2 vols. Almaty: Bilim. Vol. 1, "
        "224 p. (In Kazakh)\n\n"
        "Received: 14 February 2023 / Accepted: 2 May 2023\n"
    )
    blocks = find_blocks(text)
    assert [len(b.entries) for b in blocks] == [3]
    assert blocks[0].header == "References"


def test_a_cite_box_gives_one_entry_per_style() -> None:
    text = (
        "How to Cite\n\n"
        "Zhumabekov, A., & Seitkali, D. (2022). Title. Journal of Jurisprudence, 101(1), 45–54.\n"
        "[1] A. Zhumabekov and D. Seitkali, “Title”, JAPJ, vol. 101, no. 1, pp. 45–54, Mar. "
        "2022.\n"
        "Zhumabekov, A., and D. Seitkali. “Title”. Journal of Jurisprudence 101, no. 1 (2022): "
        "45–54.\n"
        "1. Zhumabekov A, Seitkali D. Title. JAPJ. 2022;101(1):45-54.\n\n"
        "More Citation Formats\n"
        "ACM ACS APA ABNT Chicago Harvard IEEE MLA Turabian Vancouver\n"
    )
    blocks = find_blocks(text)
    assert sum(len(b.entries) for b in blocks) == 4


def test_a_press_review_header_opens_a_list() -> None:
    text = (
        "Обзор прессы\n"
        "«Коммерсантъ»: Бензиновый транзит через Казахстан — Минэнерго предлагает ограничения\n"
        "«Ведомости»: Россия увеличит экспорт газа в Узбекистан — поставки вырастут вдвое\n"
    )
    blocks = find_blocks(text)
    assert [(b.header, len(b.entries)) for b in blocks] == [("Обзор прессы", 2)]


def test_a_read_also_list_ends_at_the_article_and_its_subscribe_line() -> None:
    text = (
        "Читайте также:\n"
        "Токаев подписал закон о референдуме по строительству АЭС\n"
        "Цены на бензин АИ-92 в Казахстане: что изменится с 1 ноября\n\n"
        "Напомним, ранее Национальный банк сообщал, что не проводил интервенций.\n"
        "Подпишитесь на Telegram-канал Tengrinews.kz\n"
    )
    blocks = find_blocks(text)
    assert [len(b.entries) for b in blocks] == [2]


def test_an_introduction_under_the_heading_is_no_entry() -> None:
    doc = (
        "Нормативная база\n\n"
        "Деятельность по водопользованию в Республике Казахстан регулируется следующими "
        "документами (перечень актуализирован в июле 2021 года):\n\n"
        "Закон Республики Казахстан от 20 февраля 2017 года № 47-VI «О пастбищах»\n"
        "Водный кодекс Республики Казахстан от 9 июля 2003 года № 481-II\n"
        "Приказ Министра экологии Республики Казахстан от 11 февраля 2021 года № 31\n\n"
        "Полные тексты документов доступны в ИПС «Әділет».\n"
        "Консультации по вопросам водопользования: +7 (727) 000-00-00\n"
    )
    got = entries(doc)
    assert len(got) == 3 and got[0].startswith("Закон") and got[-1].startswith("Приказ")


def test_a_numbered_first_entry_ending_in_a_colon_stays() -> None:
    doc = (
        "Список литературы\n\n"
        "1. Сулейменова Э. Д., Шаймерденова Н. Ж., Аканова Д. Х. Языки народов Казахстана:\n"
        "социолингвистический справочник. – Астана: Арман-ПВ, 2007. – 304 с.\n"
        "2. Смагулова Ж. С. Языковая политика в Казахстане // Вестник КазНУ. – 2010. – № 3.\n"
    )
    assert entries(doc)[0].startswith("1. Сулейменова")


def test_page_furniture_after_a_list_without_blank_lines_ends_it() -> None:
    doc = (
        "Allikad\n"
        "Postimees, 17.08.2022, „Narva tank jõudis Eesti sõjamuuseumi“\n"
        "ERR, 18.08.2022, „Narva linnapea: pinged on vaibumas“\n"
        "Õhtuleht, 20. august 2022, „Narvas kogunes paarsada inimest“\n\n"
        "Analüüsi koostasid: Marika Lõhmus ja Artjom Sõtšov\n"
    )
    assert len(entries(doc)) == 3
    # a label after the blank line opens more entries of the same list
    more = doc.replace(
        "Analüüsi koostasid: Marika Lõhmus ja Artjom Sõtšov\n",
        "Wersja polska:\nMarek Zieliński, Kazachstan: prezydent, Komentarze OSW, nr 512, "
        "14.03.2023\n",
    )
    assert len(entries(more)) == 4


def test_mla_book_lines_are_entries() -> None:
    doc = (
        "Works Cited\n\n"
        "Abenova, Gulnara. Review of Everyday Law in Russia, by Kathryn Hendley. Slavic Review, "
        "vol. 77, no. 2, 2018, pp. 545–46.\n"
        "Kudaibergenova, Diana T. Rewriting the Nation in Modern Kazakh Literature: Elites and "
        "Narratives. Lexington Books, 2017.\n"
        "Olcott, Martha Brill. The Kazakhs. 2nd ed., Hoover Institution Press, 1995.\n"
    )
    got = entries(doc)
    assert [x.split(",")[0] for x in got] == ["Abenova", "Kudaibergenova", "Olcott"]


def test_numbered_notes_under_a_footnote_rule() -> None:
    doc = (
        "Veel 2019. aastal elas külas vaid kümmekond eesti päritolu perekonda.⁶\n\n"
        "______________________\n"
        "1 ERA.R-1.5.112, l. 14–15.\n"
        "2 Samas, l. 18.\n"
        "3 A. Kask. Eesti küüditatud Kasahstanis 1941–1956. – Tuna 2015, nr 3, lk 45–62.\n\n"
        "TUNA 3/2024                    47\n"
    )
    blocks = find_blocks(doc)
    assert [b.reason for b in blocks] == ["footnotes"]
    assert [e.raw[:2] for e in blocks[0].entries] == ["1 ", "2 ", "3 "]
    # a rule over a paragraph, not notes, opens no block
    assert find_blocks("Title\n\n__________\nJust a closing paragraph of the article.\n") == []


def test_cards_set_apart_by_blank_lines_with_sections_and_relative_days() -> None:
    doc = (
        "Мақала мәтіні осында аяқталады.\n\n"
        "Ұқсас жаңалықтар\n\n"
        "Білім\nАбай облысында 12 жаңа мектеп салынады\n12 наурыз 2024, 10:45\n\n"
        "Семейде Абайдың 180 жылдығына дайындық басталды\n11 наурыз 2024, 18:20\n\n"
        "Ақордада Ұлттық құрылтайдың отырысы өтті\nКеше, 16:05\n\n"
        "Барлық жаңалықтар →\n\n"
        "Kazinform-ның Telegram арнасына жазылыңыз\n"
    )
    assert entries(doc) == [
        "Білім\nАбай облысында 12 жаңа мектеп салынады\n12 наурыз 2024, 10:45",
        "Семейде Абайдың 180 жылдығына дайындық басталды\n11 наурыз 2024, 18:20",
        "Ақордада Ұлттық құрылтайдың отырысы өтті\nКеше, 16:05",
    ]


def test_a_weak_line_numbered_in_sequence_stays_in_its_list() -> None:
    doc = (
        "Мақаланың соңғы сөйлемі осында.\n\n"
        "[1] ҚР ОМА. 81-қор, 1-тізбе, 112-іс, 4-парақ.\n"
        "[2] Бөкейханов Ә. Таңдамалы. – Алматы: Қазақ энциклопедиясы, 1995. – 25-б.\n"
        "[3] Сонда, 56-б.\n"
        "[4] Дулатов М. Оян, қазақ! – Уфа: Шарқ, 1909. – 48-б.\n\n"
        "Барлық құқықтар қорғалған.\n"
    )
    assert len(entries(doc)) == 4


def test_a_running_footer_after_a_numbered_list_is_no_entry() -> None:
    doc = (
        "Әдебиеттер тізімі\n"
        "1. Тоқаев Қ.К. Тәуелсіздік бәрінен қымбат // Егемен Қазақстан. – 2021. – 5 қаңтар.\n"
        "2. Жұмабаев М. Педагогика. – Алматы: Ана тілі, 1992. – 160 б.\n"
        "3. Pavlenko A. Multilingualism. – Clevedon: Multilingual Matters, 2008. – 306 p.\n\n"
        "Л.Н. Гумилев атындағы ЕҰУ Хабаршысы. Филология сериясы, 2023, №1(142)\n"
    )
    assert len(entries(doc)) == 3


def test_news_cards_with_bylines_and_outlets_apart_by_blank_lines() -> None:
    doc = (
        "Подписывайтесь на наш Telegram-канал.\n\nЧитайте также\n\n"
        "Мажилис принял закон о масс-медиа: что изменится\nМадина Турсынова\n27 марта 2024\n\n"
        "Каспий мелеет: что грозит Актау\nДиана Есимова\nСегодня, 10:15\n\n"
        "Kõrgõzstani mägedes hukkus Eesti alpinist\nDelfi\n12. märts 2024\n\n"
        "Комментарии (12)\nВойдите, чтобы оставить комментарий\n"
    )
    assert [e.count("\n") for e in entries(doc)] == [2, 2, 2]


def test_a_press_review_with_summaries_under_its_lines() -> None:
    doc = (
        "Обзор прессы: о чем пишут газеты Кыргызстана\n\n"
        "Редакция предлагает краткий обзор публикаций местных СМИ, мнение редакции может не "
        "совпадать с позицией авторов.\n\n"
        "«Вечерний Бишкек», 14.03.2024: «В Бишкеке снесут еще 12 аварийных домов»\n"
        "Мэрия опубликовала список аварийных зданий, подлежащих сносу в этом году.\n\n"
        "«Кутбилим»: «Мугалимдердин айлык акысы көбөйөт»\n"
        "Газета пишет, что в сельских школах не хватает учебников.\n\n"
        "«Супер-Инфо» — «Как получить пособие»\n"
        "Разъясняется, кто может претендовать на пособие.\n"
    )
    assert [e.split("»", 1)[0] for e in entries(doc)] == [
        "«Вечерний Бишкек",
        "«Кутбилим",
        "«Супер-Инфо",
    ]


@pytest.mark.parametrize(
    ("doc", "count"),
    [
        # GOST-like "1 Author" notes with quoted titles and links after the number
        (
            "Notes\n\n1 Raffaello Pantucci, Sinostan (Oxford: OUP, 2022), 45.\n"
            "2 “China–Central Asia Summit Declaration,” MFA PRC, May 19, 2023.\n"
            "3 Ibid., 17.\n4 https://www.bloomberg.com/news/articles/2023-10-17/xi-forum\n",
            4,
        ),
        # a bare link under one-line dated entries is an entry of its own
        (
            "Источники\n\n«Мигрантов стали чаще не пускать в Россию» — Новая газета Европа, "
            "4 апреля 2024\n«Число мигрантов сократилось» — Азия-Плюс, 22.05.2024\n"
            "Kyrgyz migrants face growing hostility — Eurasianet, 10 April 2024\n"
            "https://novayagazeta.eu/articles/2024/03/26/ksenofobiia\n",
            4,
        ),
        # Estonian author-year heads, German "Family, Given: Title", MLA quoted titles
        (
            "Kasutatud kirjandus\n\nAjtmatov, Tšingiz 1982. Ja kauem kui sajand kestab päev. "
            "Tallinn: Eesti Raamat.\nKhalid, Adeeb 2021. Central Asia: A New History from the "
            "Imperial Conquests to the Present. Princeton: Princeton University Press.\n"
            "Happel, Jörn: Nomadische Lebenswelten und zarische Politik. Der Aufstand in "
            "Zentralasien 1916, Stuttgart: Franz Steiner Verlag 2010 (Quellen und Studien, "
            "Bd. 76).\n",
            3,
        ),
        # an OJS page: the article's own DOI line and the download links are no entries
        (
            "Title of the article\nDOI: https://doi.org/10.52754/16948610_2023_2_6\n\n"
            "Как цитировать\n\nAPA\nОсмонова, Г. Т. (2023). Title. Вестник ОшГУ, (2), 60–71.\n\n"
            "Harvard\nОсмонова, Г.Т. (2023) «Title», Вестник ОшГУ, (2), с. 60–71.\n\n"
            "Скачать цитату\nBibTeX\n",
            2,
        ),
    ],
)
def test_more_list_shapes(doc: str, count: int) -> None:
    assert len(entries(doc)) == count


def test_cards_with_view_counts_and_a_dated_most_read_box() -> None:
    doc = (
        "Читайте также\n"
        "Цены на бензин АИ-92 поднялись в трех регионах\n17 июня 2022 14:35\n👁 18 240\n\n"
        "Сколько стоит литр дизеля на АЗС Алматы: обзор\nВчера, 21:10\n👁 6 511\n\n"
        "Самое читаемое\n\n"
        "Бизнес\nКто владеет крупнейшими девелоперами Алматы\nАлия Ермекова\n17 июня 2022\n"
        "4 512\n\n"
        "Финансы\nКак изменились ставки по депозитам\nДмитрий Покидаев\n15.06.2022\n1987\n"
    )
    assert len(entries(doc)) == 4
    sidebar = (
        "Share this\n\nMost read\nCentral Asia’s water wars\nInside Turkmenistan’s gas economy\n"
    )
    assert entries(sidebar) == []


def test_teasers_under_dated_cards_and_a_link_under_a_quoted_entry() -> None:
    cards = (
        "Loe lähemalt\n"
        "Tokajev: Almatõd ründas 20 000 „bandiiti“\n07.01.2022 15:20\n"
        "Kasahstani võimude andmetel hukkus rahutustes 225 inimest, kinni peeti ligi 10 000.\n"
        "Loe lähemalt\n"
        "KJLO väed hakkavad Kasahstanist lahkuma\n13.01.2022\n"
        "Venemaa kaitseministeeriumi teatel viiakse Vene sõdurid kodumaale tagasi lennukitega.\n"
    )
    assert len(entries(cards)) == 2
    sources = (
        "Kasutatud allikad:\n"
        "Reuters, 13. märts 2023, „Kazakhstan's CPC oil exports recover after storm damage“\n"
        "World Bank, aprill 2023, „Kazakhstan Economic Update: Spring 2023“\n"
        "Eesti Päevaleht, 04.03.2022, „Kasahstani nafta ja Eesti transiit“\n"
        "https://www.kazmunaygas.kz/ru/news/kmg-nachal-postavki-nefti-po-marshrutu-btd\n"
    )
    assert len(entries(sources)) == 4


def test_a_section_and_dated_card_inside_a_list_and_links_under_source_lines() -> None:
    doc = (
        "Read more\n"
        "Marek Zieliński, Kazakhstan: a president consolidating power, OSW Commentary, no. 512, "
        "14.03.2023\nAnalyses\n2023-05-03\nUzbekistan: a new constitution, a new term\n"
        "Anna Kowalska\nPiotr Nowicki, Between Moscow and Beijing, OSW Report, February 2023\n"
    )
    assert len(entries(doc)) == 3
    assert entries(doc)[1].startswith("Analyses\n2023-05-03")
    sources = (
        "Источники\n\nKapital.kz: Цены на бензин АИ-92 выросли на 12% за год\n"
        "Forbes.kz — «Кто зарабатывает на топливном рынке», 2 марта 2023 г.\n"
        "Курсив, 17.06.2022: Минэнерго отказалось от ручного регулирования цен\n"
        "https://informburo.kz/stati/pochemu-benzin-v-kazahstane-deshevle.html\n"
    )
    assert len(entries(sources)) == 4


def test_a_qualified_heading_over_wrapped_paragraph_entries() -> None:
    text = (
        "Research on the famine has accelerated in recent years, and new sources have come to "
        "light.\n\n"
        "**Further reading on the Kazakh Famine of 1930–1933:**\n\n"
        "Cameron, Sarah. *The Hungry Steppe: Famine, Violence, and the Making of\n"
        "Soviet Kazakhstan.* Ithaca, 2018.\n\n"
        "Kindler, Robert. *Stalin's Nomads: Power and Famine in\n"
        "Kazakhstan.* Translated by Cynthia Klohr. Pittsburgh, 2018.\n\n"
        "Ohayon, Isabelle. *La sédentarisation des Kazakhs dans l'URSS de\n"
        "Staline.* Paris, 2006.\n\n"
        'Pianciola, Niccolò. "Famine in the Steppe," *Cahiers du monde russe* 45 (2004).\n'
    )
    blocks = find_blocks(text)
    assert [b.header for b in blocks] == ["Further reading on the Kazakh Famine of 1930–1933"]
    assert [e.raw.split(".")[0] for e in blocks[0].entries] == [
        "Cameron, Sarah",
        "Kindler, Robert",
        "Ohayon, Isabelle",
        "Pianciola, Niccolò",
    ]


def test_a_heading_word_in_a_sentence_of_prose_is_no_heading() -> None:
    text = (
        "Sources of funding for the new programme on regional development were not disclosed, "
        "officials said on Monday.\n"
    )
    assert find_blocks(text) == []


def test_endnotes_with_each_number_alone_on_its_line() -> None:
    text = (
        "Жилище кочевников описано в ряде работ.\n\n"
        "36\n"
        "Атлас Киргизской ССР. – Том 1. – М.: ГУГК СССР, 1987. – 158 с.\n"
        "37\n"
        "Р.Д.Муксинова. Архитектура народного жилища Кыргызстана, указ. соч.\n"
        "38\n"
        "Атлас Киргизской ССР, указ. соч., с. 143.\n"
        "39\n"
        "Федоров-Давыдов Г. А.\n"
        "Культура и общественный быт золотоордынских ха\n"
        "нов. М., 1964. С. 10;\n"
    )
    blocks = find_blocks(text)
    entries = [e.raw for b in blocks for e in b.entries]
    assert [e.split("\n")[0] for e in entries] == ["36", "37", "38", "39"]
    assert entries[3].endswith("нов. М., 1964. С. 10;")


def test_numbered_lines_with_nothing_after_the_number_are_no_entries() -> None:
    text = (
        "Sources for the video:\n"
        "1. https://www.bbc.com/news/world-asia-41800186\n"
        "2.\n"
        "3. https://en.wikipedia.org/wiki/Kazakh_alphabets\n"
        "4.\n"
        "5. https://eurasianet.org/kazakhstan-latin-alphabet\n"
    )
    blocks = find_blocks(text)
    assert [e.raw[:2] for b in blocks for e in b.entries] == ["1.", "3.", "5."]


def test_index_lines_pointing_at_entries_are_no_entries() -> None:
    text = (
        "## Kasutatud kirjandus\n\n"
        "* Teater Vanemuine: [K1_0], [K1_1]\n"
        "* Inglisild: [K6_0], [K6_1]\n\n"
        "[K1_0] Vikipeedia. Tartu. https://et.wikipedia.org/wiki/Tartu (25.12.2017)\n"
        "[K1_1] Puhka Eestis. Teater Vanemuine. https://www.puhkaeestis.ee/et/teater (25.12.2017)\n"
        "[K6_0] Vikipeedia. Inglisild. https://et.wikipedia.org/wiki/Inglisild (06.01.2018)\n"
    )
    entries = [e.raw for b in find_blocks(text) for e in b.entries]
    assert [e[:6] for e in entries] == ["[K1_0]", "[K1_1]", "[K6_0]"]


def test_headerless_byline_cards_form_a_list() -> None:
    text = (
        "Country\nKyrgyzstan\n\n"
        "Slow Suffocation in Central Asia\nBy Alva Omarova\n"
        "A lack of political will prevents the region from dealing with its air quality.\n\n"
        "Bishkek’s Power Plant Explodes\nBy Catherine Putz\n"
        "The president pledged to order a complete modernization of the plant.\n\n"
        "Kyrgyz Media Under Increasing Pressure\nBy Catherine Putz\n"
        "An interview with Kloop co-founder Rinat Tuhvatshin.\n"
    )
    entries = [e.raw for b in find_blocks(text) for e in b.entries]
    assert [e.split("\n")[0] for e in entries] == [
        "Slow Suffocation in Central Asia",
        "Bishkek’s Power Plant Explodes",
        "Kyrgyz Media Under Increasing Pressure",
    ]


def test_press_review_paragraphs_naming_their_papers() -> None:
    text = (
        "Buvęs oro uosto direktorius iš aviacijos pasaulio nepasitraukė ir kuria naują "
        "bendrovę, rašo „Lietuvos rytas“.\n"
        "Seimo kanceliarija tikisi imtis finansinių priemonių prieš padėjėjus, kurie "
        "nesilaiko taisyklių, rašo „Lietuvos žinios“.\n"
    )
    assert sum(len(b.entries) for b in find_blocks(text)) == 2


def test_one_attributed_sentence_in_an_article_is_no_list() -> None:
    text = (
        "Правительство готовит новые меры поддержки экспортеров зерна после неурожая "
        "прошлого года, пишет «Коммерсантъ».\n\n"
        "Министерство сельского хозяйства пока не комментирует эти сведения.\n"
    )
    assert find_blocks(text) == []


@pytest.mark.parametrize(
    "heading", ["5. KASUTATUD ALLIKAD", "Булактар түзөтүү", "Источники [править | править код]"]
)
def test_a_numbered_heading_or_one_with_a_wiki_edit_link(heading: str) -> None:
    text = (
        f"{heading}\n\n"
        "1. Tamm, M. (2020). Veebirakenduste turvalisus. Tartu Ülikool.\n"
        "2. Kask, J. (2019). Andmebaasid. Tallinn: TTÜ Kirjastus.\n"
    )
    blocks = find_blocks(text)
    assert [len(b.entries) for b in blocks] == [2]
    assert blocks[0].header is not None


def test_a_numbered_list_printed_as_one_paragraph() -> None:
    text = (
        "References\n\n"
        "1. Karimov I.A. O‘zbekiston - kelajagi buyuk davlat. – Toshkent: O‘zbekiston, 1992 "
        "2. Karimov I.A. Mustaqillikka erishish ostonasida. – Toshkent: O‘zbekiston, 2012; "
        "3. Karimov I.A. Yuksak ma’naviyat – yengilmas kuch. – Toshkent: Ma’naviyat, 2008.\n"
    )
    entries = [e for b in find_blocks(text) for e in b.entries]
    assert [e.raw[:2] for e in entries] == ["1.", "2.", "3."]
    assert all(text[e.span.start : e.span.end] == e.raw for e in entries)


def test_references_kept_as_strings_of_a_javascript_object() -> None:
    text = (
        "const TITLE = 'Report';\n\n"
        "// ---------- Дереккөздер ----------\n"
        "const REFS = {\n"
        '  kenesbaev: "Кеңесбаев І. Қазақ тілінің фразеологиялық сөздігі. – Алматы: Ғылым, '
        '1977.",\n'
        '  bolganbaev: "Болғанбайұлы Ә. Қазіргі қазақ тілінің лексикологиясы. – Алматы: Санат, '
        '1997.",\n'
        '  kaidar: "Қайдар Ә. Қазақтар ана тілі әлемінде. – Алматы: Дайк-Пресс, 2009.",\n'
        "};\n\n"
        "const f1 = v => String(v);\n"
    )
    entries = [e.raw for b in find_blocks(text) for e in b.entries]
    assert len(entries) == 3
    assert entries[0].startswith("kenesbaev:")


def test_a_headerless_list_of_tuple_rows_in_program_source() -> None:
    rows = [
        "(1, 'Acta Latina Concilii Florentini', 'Andreas de Santacroce', 1955, 'Andreas de "
        "Santacroce, Acta Latina Concilii Florentini, quae edidit Georgius Hofmann S.I., Romae "
        "1955, vol. vi, p. 288'),",
        "(2, 'Софья Палеолог', 'Татьяна Матасова', 2017, 'Софья Палеолог / Татьяна Матасова. - "
        "Москва : Молодая гвардия, 2017. - 299 с.'),",
        "(3, 'Исторические сочинения', 'Поссевино А.', 1983, 'Поссевино А. Исторические "
        "сочинения о России XVI века. – М., 1983, с. 272'),",
        "(4, 'Католики в Кузбассе', 'Ханевич В.А.', 2009, 'Ханевич В.А. Католики в Кузбассе. "
        "– Кемерово: Кузбассвузиздат, 2009. – 480 с.'),",
    ]
    text = "import sqlite3\n\nbooks = [\n    " + "\n    ".join(rows) + "\n]\n\ndb.commit()\n"
    blocks = find_blocks(text)
    assert [len(b.entries) for b in blocks] == [4]


def test_a_jsx_list_of_strings_mapped_to_items() -> None:
    text = (
        "            <p style={{ marginBottom: 8 }}>\n"
        "              Эпоха однополярного мира, сложившегося после 1991 года, завершилась.\n"
        "            </p>\n\n"
        "            {/* ИСТОЧНИКИ */}\n"
        '            <h2 className="title">Список источников и литературы</h2>\n'
        "            <ol style={{ fontSize: 12.5 }}>\n"
        "              {[\n"
        '                "Козырев А.В. Преображение. — М.: Международные отношения, 1994.",\n'
        '                "Trenin D. Post-Imperium: A Eurasian Story. — Washington DC: Carnegie '
        'Endowment, 2011.",\n'
        '                "Данные по торговле Россия–ЕС // Eurostat. — 2023. — [Электронный '
        'ресурс].",\n'
        "              ].map((ref, i) => (\n"
        "                <li key={i}>{ref}</li>\n"
        "              ))}\n"
        "            </ol>\n"
    )
    entries = [e.raw for b in find_blocks(text) for e in b.entries]
    assert len(entries) == 3 and entries[0].startswith('"Козырев')


def test_a_program_list_of_object_literal_items() -> None:
    items = [
        '{t:"Восточный треугольник: как Россия меняет Евразию",s:"Новые Известия"},',
        '{t:"Почему операция США в Иране является вторжением в Евразию",s:"Эксперт"},',
        '{t:"Дипломатия родства и геополитика транзита",s:"Казахстанская правда"},',
    ]
    text = (
        "function slugify(t) {\n  return t.toLowerCase();\n}\n\nconst ruArticles = [\n"
        + "\n".join(items)
        + "\n];\n\n"
        'const stmt=db.prepare("INSERT INTO contents (title, slug, source_name) VALUES (?,?,?)");\n'
    )
    assert [len(b.entries) for b in find_blocks(text)] == [3]


def test_an_html_list_keeps_its_items_that_carry_no_year() -> None:
    items = [
        "Yaraları və yaranın yoluxması, Ural Dövlət Tibbi Universiteti MZ RF, 2018.",
        "Dərmanlı vasitələrin reyestri, 3% hidrogen peroksid məhlulunun rəsmi təlimatı.",
        "Borisov I. V. Povidon-yod // Yaraları və yaranın yoluxması 8 (3) 2021, səh. 12",
        "Betadin məhlulu tətbiq üçün əlaqə. RN: P№015282/03.",
    ]
    html = (
        '<div><p>Yoluxmuş yaraları necə müalicə etmək olar?</p><p><a href="/x/">Ətraflı</a></p>'
        "</div>\n{/* References Section */}\n<h2>Ədəbiyyat siyahısı</h2>\n<ol>"
        + "".join(f"<li>{x}</li>" for x in items)
        + "</ol>"
    )
    blocks = find_blocks(html, html=True)
    assert [(b.header, len(b.entries)) for b in blocks] == [("Ədəbiyyat siyahısı", 4)]


def test_an_article_sentence_closed_by_reports_reuters_is_no_entry() -> None:
    text = (
        "The ministry did not comment on the talks, which lasted until late evening, "
        "reports Reuters.\n\nThe next round is expected in March, officials said.\n"
    )
    assert find_blocks(text) == []


def test_a_law_preamble_listing_its_amending_acts() -> None:
    text = (
        "Бишкек шаары\n\n1996-жылдын 28-июну № 33\n\n      КЫРГЫЗ РЕСПУБЛИКАСЫНЫН МЫЙЗАМЫ\n\n"
        " Бийик тоолуу шарттарда жашаган адамдар үчүн мамлекеттик гарантиялар жөнүндө\n\n"
        "            (Кыргыз Республикасынын\n\n"
        "            1997-жылдын 21-июлундагы № 57,\n\n"
        "            1998-жылдын 27-июнундагы № 86,\n\n"
        "            2006-жылдын 31-июлундагы № 134,\n\n"
        "            2008-жылдын 17-октябрындагы № 231\n\n"
        "            Мыйзамдарынын редакцияларына ылайык)\n"
    )
    entries = [e.raw for b in find_blocks(text) for e in b.entries]
    assert entries[:4] == [
        "1997-жылдын 21-июлундагы № 57,",
        "1998-жылдын 27-июнундагы № 86,",
        "2006-жылдын 31-июлундагы № 134,",
        "2008-жылдын 17-октябрындагы № 231",
    ]


def test_a_page_template_of_links_to_acts_is_read_as_html() -> None:
    laws = ["Ақпаратқа қол жеткізу туралы", "Қайырымдылық туралы", "Ақпараттандыру туралы"]
    items = "\n\n".join(
        f'    <p><a class="text-primary" href="https://adilet.zan.kz/rus/docs/Z15000004{k}" '
        f'target="_blank">\n        {name}\n    </a></p>'
        for k, name in enumerate(laws)
    )
    text = (
        "@extends('layouts.app')\n@section('title', 'Комплаенс')\n\n@section('content')\n"
        '<div class="govs-inner">\n<h2>Заң шығару</h2>\n<div>\n' + items + "\n</div>\n</div>\n"
    )
    blocks = find_blocks(text)
    assert [len(b.entries) for b in blocks] == [3]
    assert "adilet.zan.kz" in blocks[0].entries[0].raw


def test_references_passed_as_the_arguments_of_calls() -> None:
    text = (
        'add_heading("Section 1. Studies")\n\nadd_para(\n'
        '    "These studies use surveys of Estonian or Baltic populations to examine "\n'
        '    "majority-minority attitudes in the transition period and after it."\n)\n'
        "add_citation(\n"
        '    "Vihalemm, T., & Masso, A. (2003). Identity dynamics of Russian-speakers "\n'
        '    "of Estonia in the transition period.",\n'
        '    "Journal of Baltic Studies, 34(1), 92-116.",\n'
        '    "https://www.semanticscholar.org/paper/x",\n)\n\n'
        "add_citation(\n"
        '    "Valk, A. (2000). Ethnic Identity, Ethnic Attitudes, Self-Esteem.",\n'
        '    "Journal of Adolescent Research, 15(6), 637-651.",\n'
        '    "https://journals.sagepub.com/doi/10.1177/0743558400156002",\n)\n'
    )
    entries = [e.raw for b in find_blocks(text) for e in b.entries]
    assert len(entries) == 2
    assert entries[0].startswith('"Vihalemm') and entries[0].endswith('/paper/x",')


def test_a_nested_abstract_under_a_linked_item_is_no_entry() -> None:
    text = (
        "Reading list:\n\n"
        "* [Twitter as a Vector for Disinformation - Paul Chamberlain(2009)]"
        "(https://memeover.arkem.org/2009/12/twitter.html)\n"
        '    * "Twitter is a social network that represents a powerful information channel '
        'with the potential to be a useful vector for disinformation."\n'
        "* [Former Twitter employees charged with spying - Ellen Nakashima(2019)]"
        "(https://www.washingtonpost.com/national-security/2019/11/06/x_story.html)\n"
        '    * "The Justice Department has charged two former Twitter employees."\n'
    )
    entries = [e.raw for b in find_blocks(text) for e in b.entries]
    assert len(entries) == 2


def test_xliff_translations_are_no_entries_of_their_own() -> None:
    units = [
        (
            "http://kremlin.ru/events/president/news/66181",
            "Статья Путина, 12 июля 2021 года",
            "Putin's article, July 12, 2021",
        ),
        (
            "https://ria.ru/20220403/ukraina-1781469605.html",
            "«Что Россия должна сделать», 2022",
            "What Russia should do, 2022",
        ),
        (
            "https://actualcomment.ru/x-2202150925.html",
            "«Туманное будущее», 15 февраля 2022",
            "The foggy future, February 15, 2022",
        ),
    ]
    body = "".join(
        f'    <trans-unit id="{k}">\n'
        f'      <source xml:lang="uk"><a href="{url}">{uk}</a></source>\n'
        f'      <target xml:lang="en"><a href="{url}">{en}</a></target>\n    </trans-unit>\n'
        for k, (url, uk, en) in enumerate(units)
    )
    entries = [e.raw for b in find_blocks(body) for e in b.entries]
    assert len(entries) == 3 and all(e.lstrip().startswith("<source") for e in entries)


def test_a_call_left_open_at_the_end_is_no_entry() -> None:
    text = (
        "books = [\n"
        "    (1, 'Софья Палеолог', 'Матасова Т.', 2017, 'Матасова Т. Софья Палеолог. – Москва : "
        "Молодая гвардия, 2017. – 299 с.'),\n"
        "    (2, 'Исторические сочинения', 'Поссевино А.', 1983, 'Поссевино А. Исторические "
        "сочинения о России XVI века. – М., 1983, с. 272'),\n]\n\n"
        'cursor.executemany(\n    "INSERT OR IGNORE INTO Books VALUES(?, ?, ?, ?, ?);",\n'
        "    books)\n\ndb.commit()\n"
    )
    assert [len(b.entries) for b in find_blocks(text)] == [2]


def test_a_call_opened_over_a_blank_line_swallows_no_list() -> None:
    entries = "\n".join(
        f"{k}. Ivanov I. Title number {k}. – Almaty: Gylym, 20{10 + k}." for k in range(1, 17)
    )
    blocks = find_blocks("Figure(\n\n" + entries + "\n")
    assert sum(len(b.entries) for b in blocks) == 16
