"""Tests for kzcite.dates: forms, precision, roles, invalid dates, URL dates, speed."""

from __future__ import annotations

import calendar
import gc
import random
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcite.dates import (
    DateMatch,
    DateScan,
    date_from_url,
    find_dates,
    find_invalid_dates,
    parse_date,
    scan_dates,
)
from kzcite.records import PartialDate, Span


def found(text: str, **kw: bool) -> list[tuple[str, str, str, str]]:
    """(matched text, ISO date, kind, role) of every date in text."""
    return [
        (text[d.span.start : d.span.end], d.date.isoformat(), d.kind, d.role)
        for d in find_dates(text, **kw)
    ]


def only(text: str) -> tuple[str, str, str, str]:
    result = found(text)
    assert len(result) == 1, result
    return result[0]


# --------------------------------------------------------------------------- numeric


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("Kapital.kz, 03.11.2021, «Новые правила»", "03.11.2021", "2021-11-03"),
        ("Delfi, 7.3.2019, uudis", "7.3.2019", "2019-03-07"),
        ("Astana,05/09/2017 - Kazinform", "05/09/2017", "2017-09-05"),
        ("опубликовано 28-02-2020 в 10:15", "28-02-2020", "2020-02-28"),
        ("Eesti Päevaleht, 09.12.2021.", "09.12.2021", "2021-12-09"),
        ("от 05. 04. 2018 г.", "05. 04. 2018 г.", "2018-04-05"),
        ("posted 11/23/2019 by admin", "11/23/2019", "2019-11-23"),  # US, day > 12
        ("Elektrondyq resýrs 14.03.2017 j.", "14.03.2017 j.", "2017-03-14"),
    ],
)
def test_numeric_day_first(text: str, matched: str, iso: str) -> None:
    assert only(text)[:3] == (matched, iso, "numeric")


def test_ambiguous_numeric_is_day_first() -> None:
    assert only("04/05/2016")[1] == "2016-05-04"


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("Updated 2023-07-09T14:00:00Z", "2023-07-09T14:00:00Z", "2023-07-09"),
        ("Статистика, 2016.10.04, таблица 3", "2016.10.04", "2016-10-04"),
        ("archived 2011/12/30 snapshot", "2011/12/30", "2011-12-30"),
    ],
)
def test_iso(text: str, matched: str, iso: str) -> None:
    assert only(text)[:3] == (matched, iso, "iso")


def test_ris_dates() -> None:
    assert found("TY - BOOK TI - Тарих PY - 1987/// CY - Алматы") == [
        ("1987///", "1987", "year", "published")
    ]
    assert found("PY - 2003/04// ER -")[0][:2] == ("2003/04//", "2003-04")
    assert found("DA - 2003/04/17/")[0][:2] == ("2003/04/17", "2003-04-17")


def test_two_digit_years_are_not_dates() -> None:
    assert found("Газета, 12.05.19, с. 3") == []
    assert found("on 5/6/21") == []


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("Курсив, 9 марта 2021", "9 марта 2021", "2021-03-09"),
        ("Постановление от 14 октября 2019 года № 512", "14 октября 2019 года", "2019-10-14"),
        ("Новости, 2 ДЕКАБРЯ 2020 г.", "2 ДЕКАБРЯ 2020 г.", "2020-12-02"),
        ("Указ от 1-го мая 2001 г.", "1-го мая 2001 г.", "2001-05-01"),
        ("Вестник, 12 сент. 2014", "12 сент. 2014", "2014-09-12"),
        ("Nur.kz, 30 қараша 2018", "30 қараша 2018", "2018-11-30"),
        ("Published 4 September 2017", "4 September 2017", "2017-09-04"),
        ("The Diplomat, 2nd March 2015", "2nd March 2015", "2015-03-02"),
        ("ERR, 3. veebruar 2020", "3. veebruar 2020", "2020-02-03"),
        ("Postimees, 21. juunil 2016", "21. juunil 2016", "2016-06-21"),
        ("Le Monde, 1er juin 2022", "1er juin 2022", "2022-06-01"),
        ("Le Figaro, 14 févr. 2019", "14 févr. 2019", "2019-02-14"),
        ("Die Zeit, 7. Oktober 2018", "7. Oktober 2018", "2018-10-07"),
        ("Hürriyet, 15 Kasım 2020", "15 Kasım 2020", "2020-11-15"),
        ("Delfi, 8 lapkričio 2016", "8 lapkričio 2016", "2016-11-08"),
        ("Укрінформ, 24 лютого 2022", "24 лютого 2022", "2022-02-24"),
        ("Наша Ніва, 9 жніўня 2020", "9 жніўня 2020", "2020-08-09"),
        ("Kun.uz, 5 oktabr 2021", "5 oktabr 2021", "2021-10-05"),
        ("Egemen, 3 qańtar 2019", "3 qańtar 2019", "2019-01-03"),
        ("Aikyn, 12 qyrküiek 2022", "12 qyrküiek 2022", "2022-09-12"),
        ("OJS export, 25 июнь 2025 г.", "25 июнь 2025 г.", "2025-06-25"),
    ],
)
def test_day_month_year(text: str, matched: str, iso: str) -> None:
    assert only(text)[:3] == (matched, iso, "words")


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("Reuters, Sept 21, 2016", "Sept 21, 2016", "2016-09-21"),
        ("The Guardian, October 3, 2020", "October 3, 2020", "2020-10-03"),
        ("Apr 7, 2011 at noon", "Apr 7, 2011", "2011-04-07"),
        ("Kyiv Post\nMar 14, 2026 09:41", "Mar 14, 2026", "2026-03-14"),
        ("Journal 12, no. 1 (декабрь 12, 2021): 5–9", "декабрь 12, 2021", "2021-12-12"),
        ("Politico, Jan. 5th, 2017", "Jan. 5th, 2017", "2017-01-05"),
    ],
)
def test_month_day_year(text: str, matched: str, iso: str) -> None:
    assert only(text)[:3] == (matched, iso, "words")


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("ҚР Заңы 2007 жылғы 27 шілдедегі № 319", "2007 жылғы 27 шілдедегі", "2007-07-27"),
        ("Бұйрық 2020 жылғы 5 маусым", "2020 жылғы 5 маусым", "2020-06-05"),
        ("Қаулысы 2016 жылдың 11 ақпанында", "2016 жылдың 11 ақпанында", "2016-02-11"),
        ("2019 ж. 18 желтоқсанда қабылданды", "2019 ж. 18 желтоқсанда", "2019-12-18"),
        ("Buıryq 2018 jylǵy 9 sáýirdegі", "2018 jylǵy 9 sáýirdegі", "2018-04-09"),
        ("Qaýly 2021 jılğı 2 nauryzda", "2021 jılğı 2 nauryzda", "2021-03-02"),
        ("Rīkojums 2019. gada 4. aprīlī", "2019. gada 4. aprīlī", "2019-04-04"),
        ("Įsakymas 2017 m. spalio 3 d. Nr. 5", "2017 m. spalio 3 d.", "2017-10-03"),
        ("Qaror 2020-yil 15-dekabr", "2020-yil 15-dekabr", "2020-12-15"),
        ("PubMed: Lancet. 2014 Nov 8;384(9955)", "2014 Nov 8", "2014-11-08"),
    ],
)
def test_year_first(text: str, matched: str, iso: str) -> None:
    assert only(text)[:3] == (matched, iso, "words")


def test_apa_year_then_month() -> None:
    assert found("Petrov, A. (2021, April 14). Title. Vlast.kz.")[0][:3] == (
        "2021, April 14",
        "2021-04-14",
        "words",
    )
    assert found("Monthly Review (2017, October). Title")[0][:3] == (
        "2017, October",
        "2017-10",
        "month-year",
    )
    # a year, a comma and a word that is no month: the year alone
    assert found("Oxford, 2017, Press")[0][:3] == ("2017", "2017", "year")


def test_turkish_dotted_capital_i() -> None:
    text = "Anadolu Ajansı, 12 NİSAN 2019; ERİŞİM TARİHİ: 01.02.2020"
    assert [(d.date.isoformat(), d.role) for d in find_dates(text)] == [
        ("2019-04-12", "published"),
        ("2020-02-01", "accessed"),
    ]
    assert find_dates(text)[0].span == Span(16, 29)


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("Вестник КазНУ, т. 12, вып. 3, март 2017 г., сс. 4-9", "март 2017 г.", "2017-03"),
        ("Report, November 2019, p. 4", "November 2019", "2019-11"),
        ("ІННОВАЦІЙНА ЕКОНОМІКА, вип. 2, Жовтень 2021, с. 5", "Жовтень 2021", "2021-10"),
        ("в марте 2014 года", "марте 2014 года", "2014-03"),
        ("2003 жылғы наурыз, 12 бет", "2003 жылғы наурыз", "2003-03"),
        ("2021. aasta detsembris toimus", "2021. aasta detsembris", "2021-12"),
        ("JAMA. 2018 Feb;319(5):1", "2018 Feb", "2018-02"),
        ("Sept. 2019 issue", "Sept. 2019", "2019-09"),
        ("maýsym 2020", "maýsym 2020", "2020-06"),
        ("ҚАЗАН 2015 ж.", "ҚАЗАН 2015 ж.", "2015-10"),
    ],
)
def test_month_year(text: str, matched: str, iso: str) -> None:
    assert only(text)[:3] == (matched, iso, "month-year")


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("қаңтарда", 1),
        ("ақпанның", 2),
        ("наурыздағы", 3),
        ("сәуірде", 4),
        ("мамырдан", 5),
        ("маусымның", 6),
        ("шілдеде", 7),
        ("тамызда", 8),
        ("қыркүйекте", 9),
        ("қазанда", 10),
        ("қарашада", 11),
        ("желтоқсанындағы", 12),
        ("qazanda", 10),
        ("şildede", 7),
        ("jeltoqsannyń", 12),
    ],
)
def test_kazakh_inflected_months(word: str, month: int) -> None:
    date = parse_date(f"2014 жылғы 3 {word}")
    assert date == PartialDate(2014, month, 3)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("qańtar", 1),
        ("aqpan", 2),
        ("naýryz", 3),
        ("nauryz", 3),
        ("sáýir", 4),
        ("säuir", 4),
        ("mamyr", 5),
        ("maýsym", 6),
        ("mausym", 6),
        ("shilde", 7),
        ("şilde", 7),
        ("tamyz", 8),
        ("qyrkúıek", 9),
        ("qyrküiek", 9),
        ("qazan", 10),
        ("qarasha", 11),
        ("qaraşa", 11),
        ("jeltoqsan", 12),
    ],
)
def test_kazakh_latin_months(word: str, month: int) -> None:
    assert parse_date(f"7 {word} 2019") == PartialDate(2019, month, 7)
    assert parse_date(f"7 {word.upper()} 2019") == PartialDate(2019, month, 7)


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        # informal transliteration: zh, sh, plain n for ң, the year word after the year
        ("Prezident Joldauy. 16 nauryz 2022 zhyl [Address]", "16 nauryz 2022 zhyl", "2022-03-16"),
        ("Qaýly 2022 jylǵy 17 mamyr, № 4", "2022 jylǵy 17 mamyr", "2022-05-17"),
        ("Bujryq 2020 zhylgy 3 qantarda", "2020 zhylgy 3 qantarda", "2020-01-03"),
        ("Zhanalyqtar, 2 zheltoqsan 2019 zhyly", "2 zheltoqsan 2019 zhyly", "2019-12-02"),
        ("Habar 12 qyrkuiek 2021", "12 qyrkuiek 2021", "2021-09-12"),
        ("Qaýly 2023 jyldyn 5 sauirinde", "2023 jyldyn 5 sauirinde", "2023-04-05"),
        # the 2021 alphabet (ä ş ñ ı) and the 2018 one (á ń ý)
        ("Jarlyq 2021 jylğy 9 säuırde", "2021 jylğy 9 säuırde", "2021-04-09"),
        ("Aqparat 1 qańtar 2018 j.", "1 qańtar 2018 j.", "2018-01-01"),
        ("Esep 2020 jyldyń 30 maýsymyndaǵy", "2020 jyldyń 30 maýsymyndaǵy", "2020-06-30"),
    ],
)
def test_kazakh_latin_dates_made_from_the_cyrillic_months(
    text: str, matched: str, iso: str
) -> None:
    assert only(text)[:2] == (matched, iso)


def test_kazakh_latin_months_follow_vowel_harmony_and_keep_kazan_the_city() -> None:
    from kzcite.dates import _lexicon

    months = _lexicon().months
    assert months["shildede"] == 7 and months["nauryzda"] == 3
    assert "nauryzde" not in months  # a back stem takes no front suffix
    assert "kazan" not in months  # қ is q: 'Kazan, 2019' is the city
    assert [d.kind for d in find_dates("Kazan: Kazan University Press, 2019")] == ["year"]


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("Netgazeti.ge – 14 maisi 2024", "14 maisi 2024", "2024-05-14"),
        ("Interpressnews, 3 ianvari 2023", "3 ianvari 2023", "2023-01-03"),
        ("Civil.ge, 21 tebervali, 2022", "21 tebervali, 2022", "2022-02-21"),
        ("Radio Tavisupleba, 9 seqtemberi 2021", "9 seqtemberi 2021", "2021-09-09"),
        ("Publika, 30 sektemberi 2021", "30 sektemberi 2021", "2021-09-30"),
        ("Formula, 1 oqtomberi 2020", "1 oqtomberi 2020", "2020-10-01"),
        ("Batumelebi, 5 agvistos, 2019", "5 agvistos, 2019", "2019-08-05"),
        ("ნეტგაზეთი, 2024 წლის 14 მაისს", "2024 წლის 14 მაისს", "2024-05-14"),
        ("Kviris Palitra, 2023 ts'lis 2 dekemberi", "2023 ts'lis 2 dekemberi", "2023-12-02"),
    ],
)
def test_georgian_months_in_latin_letters_and_their_case_forms(
    text: str, matched: str, iso: str
) -> None:
    assert only(text)[:2] == (matched, iso)


def test_georgian_latin_month_names_come_from_babel() -> None:
    from babel import Locale

    from kzcite.dates import _lexicon

    months = _lexicon().months
    for number, name in Locale.parse("ka").months["format"]["wide"].items():
        assert months[name] == number
    for number, name in enumerate(
        [
            "ianvari",
            "tebervali",
            "marti",
            "aprili",
            "maisi",
            "ivnisi",
            "ivlisi",
            "agvisto",
            "seqtemberi",
            "oqtomberi",
            "noemberi",
            "dekemberi",
        ],
        start=1,
    ):
        assert months[name] == number


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("в июне 2015 г.", "2015-06"),
        ("в мае 2012 года", "2012-05"),
        ("в сентябре 2008", "2008-09"),
        ("авг 2010", "2010-08"),
        ("февр. 2011", "2011-02"),
        ("ВЕРЕСЕНЬ 2022", "2022-09"),
        ("Sept 2013", "2013-09"),
    ],
)
def test_extra_month_forms(text: str, iso: str) -> None:
    assert only(text)[1] == iso


def test_weak_abbreviations_need_a_day_or_a_dot() -> None:
    # "Там же" is Russian "ibid."; "там" is also a Kazakh abbreviation of тамыз.
    assert found("Там же. 2019. С. 5")[0][:3] == ("2019", "2019", "year")
    assert found("2019 г. Там же, с. 4") == [("2019 г.", "2019", "year", "published")]
    assert only("12 там. 2019")[1] == "2019-08-12"
    assert only("там. 2019")[1] == "2019-08"


# --------------------------------------------------------------------------- years, ranges


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Allen, John. Lost Geographies. Oxford: Blackwell, 1998.", "1998"),
        ("Иванов И. И. (2012). Название. Алматы.", "2012"),
        ("Smith, 2003b, p. 14", "2003b"),
        ("Вестник, 2017. № 4. С. 12–19.", "2017"),
        ("Алматы: Ғылым, 1996 ж. 240 б.", "1996 ж."),
        ("Мектеп, 2008 г., 112 с.", "2008 г."),
        ("Tallinn 2004.", "2004"),
    ],
)
def test_bare_years(text: str, matched: str) -> None:
    got = only(text)
    assert got[0] == matched
    assert got[2] == "year"
    assert got[1] == matched[:4]


@pytest.mark.parametrize(
    "text",
    [
        "Вестник. № 2. С. 2011-2015",  # pages
        "С. 1998",
        "№ 2001, 2-бөлім",
        "ISSN 2077-1234",
        "ISBN 978-601-2014-55-0",
        "в 1990-е годы",
        "1980-х годов",
        "the 1960s and the 1970’s",
        "1990 жылдары",
        "euro2014-programm",
        "тираж 12000 экз.",
        "id 20145 и 1201 и 3000",
        "version 2.2019.3",
        "табл. 1750",  # out of the bare-year range
    ],
)
def test_not_years(text: str) -> None:
    assert found(text) == []


def test_years_false_skips_bare_years() -> None:
    text = "Алматы, 2015. 3–5 June 2015. 2011–2017 жж."
    assert found(text, years=False) == [
        ("3–5 June 2015", "2015-06-03/2015-06-05", "range", "published")
    ]


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("Стратегия 2014–2020 гг.", "2014–2020 гг.", "2014/2020"),
        ("Программа на 2015-2019 годы", "2015-2019", "2015/2019"),
        ("(1941 — 1945)", "1941 — 1945", "1941/1945"),
        ("учебный год 2019/2020", "2019/2020", "2019/2020"),
        ("Конференция 12–14 ноября 2019 г.", "12–14 ноября 2019 г.", "2019-11-12/2019-11-14"),
        ("Summit, 30 June – 2 July 2018", "30 June – 2 July 2018", "2018-06-30/2018-07-02"),
        ("Forum, May 3–5, 2017", "May 3–5, 2017", "2017-05-03/2017-05-05"),
        ("Issue June–August 2016", "June–August 2016", "2016-06/2016-08"),
        ("семинар 17-18.04.2014", "17-18.04.2014", "2014-04-17/2014-04-18"),
    ],
)
def test_ranges(text: str, matched: str, iso: str) -> None:
    assert only(text)[:3] == (matched, iso, "range")


def test_range_end_is_a_partial_date() -> None:
    (match,) = find_dates("2011–2017")
    assert match.date == PartialDate(2011, end=PartialDate(2017))
    assert match.date.end is not None and match.date.end.precision == "year"


def test_backwards_year_pair_is_not_a_range() -> None:
    assert found("2017–2011")[0][2] == "year"


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        ("URL: http://e.kz/a (дата обращения: 11.04.2020)", "2020-04-11"),
        ("URL: https://x.ru/b (дата обращения 3 марта 2019 г.)", "2019-03-03"),
        ("Режим доступа: http://x.ua (дата звернення: 02.02.2021)", "2021-02-02"),
        ("http://adilet.zan.kz/kaz (қаралған күні: 05.05.2020)", "2020-05-05"),
        ("Accessed 4 May 2021. https://x.org/", "2021-05-04"),
        ("Retrieved January 9, 2018, from https://x.org/", "2018-01-09"),
        ("Last accessed: 2020-02-02", "2020-02-02"),
        ("viewed 12 June 2019", "2019-06-12"),
        ("https://err.ee/1 (vaadatud 12.10.2021)", "2021-10-12"),
        ("https://www.riigiteataja.ee/x (kasutatud 03.03.2016)", "2016-03-03"),
        ("просмотрено апрель 2, 2022.", "2022-04-02"),
        ("[цитируется по 3 март 2024 г.]", "2024-03-03"),
        ("[cited 2021 Mar 9]", "2021-03-09"),
        ("consulté le 8 avril 2019", "2019-04-08"),
        ("abgerufen am 1. März 2020", "2020-03-01"),
        ("zugegriffen am 02.05.2018", "2018-05-02"),
        ("Erişim tarihi: 11.11.2020", "2020-11-11"),
        ("http://example.org/report.pdf (17.03.2016)", "2016-03-17"),
        ("http://example.org/report.pdf [17.03.2016]", "2016-03-17"),
        ("(с изменениями по состоянию на 01.01.2024 г.)", "2024-01-01"),
        ("Retrieved from https://www.example.org/reports/2019 on May 5, 2020.", "2020-05-05"),
        ("Riigi Teataja, seisuga 01.07.2023", "2023-07-01"),
        ("2024 жылғы 1 қаңтардағы жағдай бойынша", "2024-01-01"),
    ],
)
def test_access_dates(text: str, accessed: str) -> None:
    dates = find_dates(text)
    assert [(d.date.isoformat(), d.role) for d in dates] == [(accessed, "accessed")]


def test_access_cue_does_not_touch_the_publication_date() -> None:
    text = (
        "Иванов А. Б. Статья // Газета. 12.02.2019. URL: http://g.kz/1 "
        "(дата обращения: 14.03.2020)."
    )
    assert [(d.date.isoformat(), d.role) for d in find_dates(text)] == [
        ("2019-02-12", "published"),
        ("2020-03-14", "accessed"),
    ]
    cue = find_dates(text)[1].cue_span
    assert cue is not None and text[cue.start : cue.end] == "дата обращения"


def test_ojs_access_distractor() -> None:
    text = "Журнал 12, no. 1 (март 3, 2022): 1–9. просмотрено июнь 7, 2023. https://j.kz/1."
    assert [(d.date.isoformat(), d.role) for d in find_dates(text)] == [
        ("2022-03-03", "published"),
        ("2023-06-07", "accessed"),
    ]


def test_registered_dates() -> None:
    text = (
        "Приказ Министра финансов Республики Казахстан от 3 апреля 2015 года № 241. "
        "Зарегистрирован в Министерстве юстиции Республики Казахстан 11 мая 2015 года № 10999"
    )
    dates = find_dates(text)
    assert [(d.date.isoformat(), d.role) for d in dates] == [
        ("2015-04-03", "published"),
        ("2015-05-11", "registered"),
    ]
    assert dates[1].cue_span is not None
    assert text[dates[1].cue_span.start : dates[1].cue_span.end] == "Зарегистрирован"


def test_registered_after_a_long_registry_name() -> None:
    text = (
        "Приказ от 3 апреля 2015 года № 241. Зарегистрирован в Реестре государственной "
        "регистрации нормативных правовых актов за № 10257 от 11.05.2015"
    )
    assert [d.role for d in find_dates(text)] == ["published", "registered"]


def test_kazakh_registered_cue_after_the_date() -> None:
    text = (
        "ҚР Әділет министрлігінде 2015 жылғы 12 мамырда № 11011 болып тіркелген. "
        "Бұйрық 2015 жылғы 3 сәуірдегі"
    )
    assert [(d.date.isoformat(), d.role) for d in find_dates(text)] == [
        ("2015-05-12", "registered"),
        ("2015-04-03", "published"),
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Закон вступил в силу 1 января 2016 года", "2016-01-01"),
        ("Кодекс вводится в действие с 01.07.2015", "2015-07-01"),
        ("(2001 жылғы 5 шілдеде күшіне енді)", "2001-07-05"),
        ("2019 жылғы 1 қаңтардан бастап күшіне енеді", "2019-01-01"),
        ("Seadus jõustub 1. jaanuaril 2019", "2019-01-01"),
        ("jõustunud 15.03.2017", "2017-03-15"),
        ("The Treaty entered into force on 1 December 2009", "2009-12-01"),
    ],
)
def test_in_force_dates(text: str, iso: str) -> None:
    assert [(d.date.isoformat(), d.role) for d in find_dates(text)] == [(iso, "in-force")]


def test_cue_stops_at_clause_end() -> None:
    text = "Дата обращения к ресурсу не указана; Газета, 12.02.2019"
    assert find_dates(text)[0].role == "published"
    text = "accessed via the library. Sources 2019"
    assert find_dates(text)[0].role == "published"


def test_cue_window_is_short() -> None:
    text = (
        "Retrieved from the archive of the newspaper which was closed long ago, and "
        + "then reopened under a different name in another city, "
        + "2019"
    )
    assert find_dates(text)[0].role == "published"


def test_url_digits_are_not_dates() -> None:
    text = (
        "https://www.x.kz/2022/03/03/1946789.html и //journal.x.by/view/1852 и doi:10.1000/2019.01"
    )
    assert find_dates(text) == []


# --------------------------------------------------------------------------- invalid


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("от 31.02.2022", "31.02.2022"),
        ("30 февраля 2021 г.", "30 февраля 2021 г."),
        ("2021-04-31", "2021-04-31"),
        ("29.02.2019", "29.02.2019"),
        ("June 31, 2020", "June 31, 2020"),
        ("2015 жылғы 31 қыркүйек", "2015 жылғы 31 қыркүйек"),
        ("13.13.2013", "13.13.2013"),
        ("00.05.2011", "00.05.2011"),
    ],
)
def test_invalid_dates(text: str, bad: str) -> None:
    assert find_dates(text) == []
    spans = find_invalid_dates(text)
    assert [text[s.start : s.end] for s in spans] == [bad]


def test_one_scan_for_dates_and_invalid_dates() -> None:
    text = "от 31.02.2022 (дата обращения: 05.03.2023)"
    scan = scan_dates(text)
    assert [(d.date.isoformat(), d.role) for d in scan.dates] == [("2023-03-05", "accessed")]
    assert [text[s.start : s.end] for s in scan.invalid] == ["31.02.2022"]
    assert scan_dates("no dates here") == DateScan("no dates here", (), ())


def test_the_same_date_twice_is_read_alike() -> None:
    # dates written alike share one record (records are frozen)
    first, second = find_dates("2020. 3 мая 2020 г.; 2020. 3 мая 2020 г.")[::2]
    assert first.date == second.date and first.date.text == second.date.text == "2020"
    assert find_invalid_dates("31.02.2022, 31.02.2022") == [Span(0, 10), Span(12, 22)]


def test_leap_day_is_valid() -> None:
    assert only("29.02.2020")[1] == "2020-02-29"
    assert find_invalid_dates("29.02.2020") == []


# --------------------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2005", PartialDate(2005)),
        ("(2010)", PartialDate(2010)),
        ("2019.", PartialDate(2019)),
        ("2000a", PartialDate(2000)),
        ("1990///", PartialDate(1990)),
        ("  18.01.2022; ", PartialDate(2022, 1, 18)),
        ("17 июня 2022 г.", PartialDate(2022, 6, 17)),
        ("17 июня 2022 года,", PartialDate(2022, 6, 17)),
        ("2022 жылғы 17 маусым", PartialDate(2022, 6, 17)),
        ("1994 жылғы 6 қазан", PartialDate(1994, 10, 6)),
        ("2016 жылы", PartialDate(2016)),
        ("10.02.2016 j.", PartialDate(2016, 2, 10)),
        ("June 1, 2022", PartialDate(2022, 6, 1)),
        ("Feb 18, 2026 18:27", PartialDate(2026, 2, 18)),
        ("июнь 30, 2023", PartialDate(2023, 6, 30)),
        ("ноябрь 2018 г.", PartialDate(2018, 11)),
        ("2000 жылғы қыркүйек", PartialDate(2000, 9)),
        ("2021-12", PartialDate(2021, 12)),
        ("2021-12/2022-01", PartialDate(2021, 12, end=PartialDate(2022, 1))),
        ("1991–2011", PartialDate(1991, end=PartialDate(2011))),
        ("[2020]", PartialDate(2020)),
    ],
)
def test_parse_date(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "С. 2005", "31.02.2022", "2022-13-01", "2019, 2020", "June", "12.05.19", "Газета 2019"],
)
def test_parse_date_refuses(text: str) -> None:
    assert parse_date(text) is None


def test_parse_date_keeps_precision() -> None:
    assert parse_date("март 2017")  # month precision
    assert parse_date("март 2017").precision == "month"  # type: ignore[union-attr]
    assert parse_date("2017").precision == "year"  # type: ignore[union-attr]
    assert parse_date("3 март 2017").precision == "day"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- URLs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.rosbalt.ru/world/2021/11/05/1900001.html", PartialDate(2021, 11, 5)),
        ("http://www.nytimes.com/2013/07/19/world/asia/x.html", PartialDate(2013, 7, 19)),
        ("https://blog.example.ee/2014/02/28/title-here/", PartialDate(2014, 2, 28)),
        ("http://www.theatlantic.com/archive/2011/10/slug/246788/", PartialDate(2011, 10)),
        ("https://site.kz/2016/03/", PartialDate(2016, 3)),
        ("https://tengrinews.kz/news/20190715-reform", PartialDate(2019, 7, 15)),
        ("https://x.kz/a/2020-05-17-new-law", PartialDate(2020, 5, 17)),
        ("https://x.kz/a/report_2020_05_17.pdf", PartialDate(2020, 5, 17)),
        ("http://partei.ee/14082015-valimised-algavad", PartialDate(2015, 8, 14)),
        ("www.example.com/2018/09/12/x", PartialDate(2018, 9, 12)),
    ],
)
def test_date_from_url(url: str, expected: PartialDate) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://partei.ee/euro2019-programm",
        "https://x.org/report-2021",
        "https://x.org/2014/",
        "https://x.org/2014/pressikonverents",
        "http://www.ifes.org/News/2013/May/~/media/ABCDEF.pdf",
        "http://x.ee/show.php?path=/2014/video-2014-05-15.f4v",
        "http://x.ee/?date=1336460700",
        "http://x.ee/page#2019/05/05",
        "https://www.rferl.org/a/some-title/30015082.html",
        "https://www.riigiteataja.ee/akt/315012013005",
        "https://x.org/2019/13/05/a",
        "https://x.org/2019/02/30/a",
        "https://x.org/99999999",
        "",
    ],
)
def test_date_from_url_refuses(url: str) -> None:
    assert date_from_url(url) is None


# --------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("0123456789.,/-–— ()[]:;№\n")
    + list("абвгжзиклмнопрстуяёқңғүұәіһөJFMASONDjanuryebchpilgstovc")
    + [
        "2019",
        "1990",
        "2100",
        "31",
        "июня",
        "мая",
        "қазан",
        "дағы",
        "June",
        "Sept.",
        " г.",
        " жылғы ",
        "дата обращения",
        "accessed",
        "тіркелді",
        "күшіне енді",
        "http://x.kz/",
        "-е",
        "С. ",
    ]
)
texts = st.one_of(st.text(max_size=200), st.lists(_ALPHABET, max_size=60).map("".join))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_never_raises_and_spans_are_sane(text: str) -> None:
    dates = find_dates(text)
    last_end = 0
    for d in dates:
        assert isinstance(d, DateMatch)
        assert 0 <= d.span.start < d.span.end <= len(text)
        assert d.span.start >= last_end
        last_end = d.span.end
        assert d.role in {"published", "accessed", "registered", "in-force"}
        assert d.kind in {"numeric", "iso", "words", "month-year", "year", "range"}
        if d.cue_span is not None:
            assert 0 <= d.cue_span.start < d.cue_span.end <= len(text)
    for span in find_invalid_dates(text):
        assert isinstance(span, Span)
        assert 0 <= span.start < span.end <= len(text)
    parse_date(text)
    date_from_url(text)
    date_from_url("https://x.kz/" + text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_years_false_is_a_subset(text: str) -> None:
    def key(d: DateMatch) -> tuple[Span, str, str]:
        return d.span, d.date.isoformat(), d.kind

    every = {key(d) for d in find_dates(text)}
    some = {key(d) for d in find_dates(text, years=False)}
    assert some <= every
    year_only = {k for k in every if k[2] == "year" or (k[2] == "range" and "-" not in k[1])}
    assert some == every - year_only


@settings(max_examples=200, deadline=None)
@given(texts, st.booleans())
def test_one_scan_answers_both(text: str, years: bool) -> None:
    scan = scan_dates(text, years=years)
    assert isinstance(scan, DateScan)
    assert scan.text == text
    assert list(scan.dates) == find_dates(text, years=years)
    assert list(scan.invalid) == find_invalid_dates(text)


@st.composite
def partial_dates(draw: st.DrawFn, lo: int = 1, hi: int = 9999) -> PartialDate:
    year = draw(st.integers(lo, hi))
    month = draw(st.none() | st.integers(1, 12))
    day = None
    if month is not None:
        day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@st.composite
def day_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1000, 2100))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@settings(max_examples=200, deadline=None)
@given(partial_dates(), st.none() | partial_dates())
def test_isoformat_round_trip(date: PartialDate, end: PartialDate | None) -> None:
    if end is not None:
        date = PartialDate(date.year, date.month, date.day, end=end)
    assert parse_date(date.isoformat()) == date


_RU_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


@settings(max_examples=200, deadline=None)
@given(day_dates())
def test_formatted_dates_parse_back(date: PartialDate) -> None:
    assert date.month is not None and date.day is not None
    forms = [
        f"{date.day} {_RU_GENITIVE[date.month - 1]} {date.year}",
        f"{calendar.month_name[date.month]} {date.day}, {date.year}",
    ]
    numeric = f"{date.day:02d}.{date.month:02d}.{date.year}"
    if date.year >= 1700:  # older "dates" in figures are case and file numbers (3-23-1187)
        forms.append(numeric)
    else:
        assert parse_date(numeric) is None
    for form in forms:
        assert parse_date(form) == date, form
        (match,) = find_dates(f"Газета «Время», {form}. С. 4")
        assert match.date == date


# --------------------------------------------------------------------------- speed


def test_import_does_not_load_babel() -> None:
    code = "import sys, kzcite.dates; print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _cpu_seconds(func: object, *args: object) -> float:
    """CPU time of one call: steadier than wall time on a busy test machine.

    The garbage collector is paused: its full passes cost time in proportion to
    everything the test session holds, not to the work measured.
    """
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        func(*args)  # type: ignore[operator]
        return time.process_time() - start
    finally:
        gc.enable()


def _linear(func: object, text: str) -> None:
    """A megabyte costs about ten times what 100 kB costs (no backtracking blow-up), and
    stays within seconds. The time itself is benchmarks/parse_speed.py's business: CPU
    time on a shared test machine varies too much for a fixed bound of one second."""
    small = text[: len(text) // 10]
    func(small)  # type: ignore[operator]
    t_small = min(_cpu_seconds(func, small) for _ in range(3))
    t_big = _cpu_seconds(func, text)
    assert t_big < 25 * max(t_small, 1e-3)
    assert t_big < 10.0


@pytest.mark.parametrize(
    "chunk",
    [
        "1.2.",
        "12.12.",
        "2019.",
        "1990-",
        "17 июня ",
        "1.1.1",
        "http://",
        "С. 2019 ",
        "31.02.2022 ",
        "қазанда.",
    ],
)
def test_one_megabyte_is_fast(chunk: str) -> None:
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    find_dates("warm-up 2019")
    _linear(find_dates, text)


def test_one_megabyte_random_mix() -> None:
    rng = random.Random(7)
    pieces = ["1", "2", "0", "9", ".", ".", " ", "а", "б", "ж", "-", "/", "19", "20", "мая"]
    text = "".join(rng.choice(pieces) for _ in range(700_000))[:1_000_000]
    _linear(find_dates, text)
    _linear(find_invalid_dates, text)


@pytest.mark.parametrize("chunk", ["2019 жылғы ", "17 июня 2022 г., ", "12.05.2019 "])
def test_date_dense_text_scales_linearly(chunk: str) -> None:
    small = chunk * 1_000
    big = chunk * 10_000
    find_dates(small)
    t_small = min(_cpu_seconds(find_dates, small) for _ in range(3))
    t_big = min(_cpu_seconds(find_dates, big) for _ in range(2))
    assert len(find_dates(big)) == 10_000
    assert t_big < 25 * max(t_small, 1e-3)  # ten times the text, about ten times the time


def test_shipped_cldr_month_table_matches_babel() -> None:
    """data/cldr_months.json is derived from Babel; regenerate it when Babel's CLDR changes."""
    from kzcite._data import data_json
    from kzcite.dates import cldr_months_from_babel

    assert data_json("cldr_months.json")["months"] == cldr_months_from_babel()


def test_a_year_month_folder_in_a_url_is_a_month_date() -> None:
    from kzcite.dates import date_from_url

    found = date_from_url("https://www.zeit.de/politik/ausland/2022-01/kasachstan-proteste")
    assert found is not None and (found.year, found.month, found.day) == (2022, 1, None)


@pytest.mark.parametrize(
    "text",
    [
        "du 13 au 19 janvier 2022",
        "13.–19. jaanuar 2022",
        "с 13 по 19 января 2022",
        "13. bis 19. Januar 2022",
        "13–19 января 2022",
    ],
)
def test_ranges_of_days_in_words_and_numbers(text: str) -> None:
    (found,) = find_dates(text)
    assert found.date.isoformat() == "2022-01-13/2022-01-19"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Šír, Jan. 2023. Kazachstán po Nazarbajevovi.", "2023"),
        ("12 Kowalski Jan, 2020, Kazachstan", "2020"),
        ("Saito, Jun 2021. Japan and Central Asia.", "2021"),
        ("Jan. 2020 Kazakhstan report", "2020-01"),
        ("Eurasianet, Jan. 5, 2022", "2022-01-05"),
        ("Kowalski, J. Kazachstan. Warszawa, Jan 2020", "2020-01"),
    ],
)
def test_a_month_that_is_also_a_given_name_after_a_family_name(text: str, iso: str) -> None:
    assert [d.date.isoformat() for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://www.adb.org/news/2021/adb-supports-kazakhstan-water-reform.html", "2021"),
        (
            "https://www.undp.org/kazakhstan/press-releases/2022/new-solar-plants-in-turkistan/",
            "2022",
        ),
        ("https://www.eib.org/en/press/2020/eib-signs-loan-for-almaty-metro", "2020"),
        # an id, a one-word page, or a folder deeper in the path is no slug's year
        ("https://www.ebrd.com/news/2023/48213", None),
        ("https://www.osce.org/files/2019/report.pdf", None),
        ("https://www.example.kz/2018/annual-report/", None),
        ("https://www.example.kz/2018/kazakh-news-today/page/2", None),
    ],
)
def test_a_year_folder_right_before_a_slug_dates_the_page(url: str, iso: str | None) -> None:
    date = date_from_url(url)
    assert (date.isoformat() if date else None) == iso


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        (
            "дамуы, 2022 жылғы қаңтар-маусым (бюллетень)",
            "2022 жылғы қаңтар-маусым",
            "2022-01/2022-06",
        ),
        ("Esep 2021 jylǵy qańtar–naýryz", "2021 jylǵy qańtar–naýryz", "2021-01/2021-03"),
    ],
)
def test_a_period_of_months_after_a_year_word(text: str, matched: str, iso: str) -> None:
    assert only(text)[:3] == (matched, iso, "range")


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("Газет, 2018 жылғы мамыр – Алматы", "2018 жылғы мамыр", "2018-05"),
        ("Халқы 2023 жылғы 1 қаңтарға. – 80 б.", "2023 жылғы 1 қаңтарға.", "2023-01-01"),
    ],
)
def test_a_dash_after_a_year_first_month_is_no_period(text: str, matched: str, iso: str) -> None:
    assert only(text)[:2] == (matched, iso)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Қарори Ҳукумат аз 14 марти соли 2018, № 120", "2018-03-14"),
        ("Ахбори Маҷлиси Олӣ, 30 декабри соли 2016, № 12", "2016-12-30"),
    ],
)
def test_tajik_year_word_between_month_and_year(text: str, iso: str) -> None:
    (m,) = find_dates(text)
    assert m.date.isoformat() == iso


@pytest.mark.parametrize(
    "text",
    [
        "Rynek pracy w Kazachstanie, PAP, 3.02.2023, https://www.pap.pl/x [dostęp: 5.03.2023]",
        "Volby v Kyrgyzstánu, iRozhlas, 4.10.2020, https://www.irozhlas.cz/x [citováno 6.10.2020]",
    ],
)
def test_polish_and_czech_access_cues(text: str) -> None:
    roles = [d.role for d in find_dates(text)]
    assert roles == ["published", "accessed"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Armenian year words
        ("2024 թ. սեպտեմբերի 26", "2024-09-26"),
        ("26 սեպտեմբերի 2024 թ.", "2024-09-26"),
        ("1995 թվականի հուլիսի 5", "1995-07-05"),
        # a blank before the dots (typed or OCR)
        ("12 .03. 2024", "2024-03-12"),
        ("12 . 5 . 2023", "2023-05-12"),
        ("1 .1 .2020", "2020-01-01"),
        # Turkmen ordinal days, year words and inflected months
        ("2023-nji ýylyň 3-nji maýy", "2023-05-03"),
        ("2020-nji ýylyň 25-nji sentýabrynda", "2020-09-25"),
        ("25-nji sentýabr 2020", "2020-09-25"),
        # Mongolian numbered months
        ("1992 оны 1 дүгээр сарын 13", "1992-01-13"),
        ("2023 оны 3-р сарын 15", "2023-03-15"),
        # Lithuanian year, month and day between blanks
        ("(2024 01 18)", "2024-01-18"),
    ],
)
def test_dates_of_more_languages_and_spacings(text: str, iso: str) -> None:
    date = parse_date(text)
    assert date is not None and date.isoformat() == iso


@pytest.mark.parametrize("text", ["2023 оны 13 сарын 15", "2024 13 18"])
def test_impossible_months_in_those_forms_are_no_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2023-jyl 2-qyrkúıek", "2023-09-02"), ("2024-jyly 12-aqpan", "2024-02-12")],
)
def test_kazakh_latin_year_word_with_a_hyphen(text: str, iso: str) -> None:
    found = find_dates(text)
    assert [d.date.isoformat() for d in found] == [iso]


def test_a_year_closing_a_designation_number_is_no_date() -> None:
    found = [d.date.isoformat() for d in find_dates("Рішення № 1-р(II)/2023 від 15.03.2023")]
    assert found == ["2023-03-15"]
    assert [d.date.year for d in find_dates("Хабаршысы. №4 (149)/2024. 12-20 б.")] == [2024]


def test_shipped_romanized_month_table_matches_iuliia() -> None:
    """data/romanized.json is derived from Babel, data/legal.json and iuliia; regenerate it
    with kzcite._romanized when one of them changes."""
    from kzcite._data import data_json
    from kzcite._romanized import romanized_acts, romanized_cues, romanized_months

    assert data_json("romanized.json")["months"] == romanized_months()
    assert data_json("romanized.json")["acts"] == romanized_acts()
    assert data_json("romanized.json")["cues"] == romanized_cues()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("5 iyunya 2012 g.", "2012-06-05"),
        ("19 dekabrja 2012", "2012-12-19"),
        ("21 avgusta 2012 goda", "2012-08-21"),
        ("3 lystopada 2021", "2021-11-03"),
    ],
)
def test_romanized_russian_and_ukrainian_month_names(text: str, iso: str) -> None:
    from kzcite.dates import parse_date

    d = parse_date(text)
    assert d is not None and d.isoformat() == iso


def test_a_year_month_word_and_day_folder_in_a_url() -> None:
    from kzcite.dates import date_from_url

    d = date_from_url("https://www.theguardian.com/world/2015/jul/17/kazakhstan-sleeping")
    assert d is not None and d.isoformat() == "2015-07-17"
    assert date_from_url("http://www.ifes.org/News-in-Brief/2012/June/~/media/B7.pdf") is None


@pytest.mark.parametrize(
    ("text", "iso"), [("от 30.03.12 г. № 399", "2012-03-30"), ("от 18.10.95 г.", "1995-10-18")]
)
def test_two_digits_of_a_year_before_the_year_word(text: str, iso: str) -> None:
    found = find_dates(text)
    assert [d.date.isoformat() for d in found] == [iso]


def test_two_digits_of_a_year_without_the_year_word_are_no_date() -> None:
    assert find_dates("пункт 30.03.12 настоящих правил") == []


def test_two_digits_of_a_year_name_no_year_after_the_next() -> None:
    assert [d.date.isoformat() for d in find_dates("от 12.05.45 г. № 7")] == ["1945-05-12"]
