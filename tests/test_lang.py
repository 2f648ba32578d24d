"""Tests for kzcite.lang: language of titles in many scripts, capitals, transliteration."""

from __future__ import annotations

import inspect
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcite import lang
from kzcite.lang import LATIN_LANGUAGES, detect_language

CASES = [
    # Kazakh, Cyrillic (incl. capitals and a few Russian words)
    ("kk", "ТӘУЕЛСІЗДІК ЖЫЛДАРЫНДАҒЫ ҚАЗАҚ ӘДЕБИЕТІНІҢ ДАМУЫ"),
    ("kk", "ЖИЫНТЫҚ ҚАДАҒАЛАУ"),
    ("kk", "Қазақстан Республикасының Білім туралы заңы"),
    ("kk", "Мемлекеттік тілді дамытудың 2020–2025 жылдарға арналған бағдарламасы"),
    ("kk", "Абай шығармаларындағы философиялық ой"),
    ("kk", "Жастар саясаты туралы"),
    ("kk", "Ауыл шаруашылығы министрлігінің бұйрығы"),
    ("kk", "Семей полигоны: тарих және қазіргі жағдай"),
    ("kk", "Алаш қозғалысы және ұлттық идея"),
    ("kk", "«Нұр Отан» партиясының съезі: бағдарлама және стратегия"),
    ("kk", "ҚАЗАҚ ХАНДЫҒЫНЫҢ ҚҰРЫЛУЫ ЖӘНЕ ДАМУЫ"),
    ("kk", "Экономикалық реформалар және инвестициялық саясат"),
    # Russian
    ("ru", "Социально-экономическое развитие регионов Казахстана в 1990-е годы"),
    ("ru", "О внесении изменений в некоторые законодательные акты"),
    ("ru", "ИСТОРИЯ ГОСУДАРСТВА И ПРАВА РЕСПУБЛИКИ КАЗАХСТАН"),
    ("ru", "Миграционные процессы в Центральной Азии: вызовы и перспективы"),
    ("ru", "Почему Россия теряет влияние в регионе"),
    ("ru", "Языковая политика и этническая идентичность"),
    ("ru", "Об утверждении Правил государственной регистрации"),
    ("ru", "Как менялась численность населения Алматы"),
    ("ru", "Выборы в Мажилис: итоги голосования"),
    (
        "ru",
        "Қазақстан темір жолы увеличила объём грузоперевозок на 5 процентов"
        " по сравнению с прошлым годом",
    ),
    # Ukrainian
    ("uk", "ПОСТУП В НАУЦІ: НОВІ ЗДОБУТКИ І ПЕРСПЕКТИВНІ ВІЗІЇ"),
    ("uk", "Економічна безпека України в умовах війни"),
    ("uk", "Про затвердження Порядку використання коштів державного бюджету"),
    ("uk", "Історія української мови: підручник"),
    ("uk", "Євроінтеграція та реформи місцевого самоврядування"),
    ("uk", "ЗОВНІШНЯ ПОЛІТИКА КАЗАХСТАНУ В ЦЕНТРАЛЬНІЙ АЗІЇ"),
    # Belarusian
    ("be", "Гісторыя беларускай мовы і літаратуры"),
    ("be", "Веснік Брэсцкага ўніверсітэта"),
    ("be", "Эканамічнае развіццё Рэспублікі Беларусь"),
    # Kyrgyz, Tajik, Uzbek Cyrillic
    ("ky", "Кыргыз Республикасынын мыйзамы"),
    ("ky", "Кыргыз тилинин өнүгүшү жана келечеги"),
    ("ky", "Кыргыз элинин бүгүнкү турмушу"),
    ("kk", "Өнер және мәдениет"),
    ("kk", "Өнер жолы"),
    ("tg", "Таърихи халқи тоҷик"),
    ("uz", "Ўзбекистон Республикасининг қонуни"),
    # Estonian
    ("et", "Admiral Bellingshausen alustas teekonda Arktikasse"),
    ("et", "Rohkem krüptot, vähem usaldust"),
    ("et", "Eesti keele arengukava 2011–2017"),
    ("et", "Kasahstani välispoliitika pärast Venemaa sissetungi Ukrainasse"),
    ("et", "Riigikogu valimiste seaduse muutmise seadus"),
    ("et", "E-valimiste turvalisus ja usaldusväärsus"),
    ("et", "Piraadipartei jätkab poliitikauuendust ning võtab suuna Riigikogule"),
    ("et", "KUIDAS MUUTUB INIMESE KÄITUMINE ANONÜÜMSES KONTEKSTIS"),
    # English
    ("en", "Top-Down Nationalism in Post-Soviet Kazakhstan"),
    ("en", "The BBC World Service must be defended not defunded"),
    ("en", "Index reports on the breaking of the old order in Europe"),
    ("en", "Russia sets new February deadline to take Kupiansk, Ukrainian military says"),
    ("en", "Ethnic politics after communism"),
    ("en", "UN Kazakhstan Annual Report 2021"),
    ("en", "Kazakhstan's Foreign Policy Between Russia and China"),
    ("en", "WHY CENTRAL ASIA MATTERS FOR EUROPE"),
    ("en", "The women who came home: Kazakhstan tries to rehabilitate returnees"),
    ("en", "Development Plan for the Estonian Language"),
    # French
    ("fr", "Le Kazakhstan opère un rapprochement stratégique avec la Turquie"),
    ("fr", "Les conséquences de la guerre en Ukraine pour l'Asie centrale"),
    ("fr", "L'économie kazakhe face aux sanctions européennes"),
    ("fr", "Histoire de la presse en Russie"),
    # German
    ("de", "Die Beziehungen zwischen Deutschland und Kasachstan"),
    ("de", "Sicherheitspolitik in Zentralasien nach dem Ende der Sowjetunion"),
    ("de", "Wirtschaftliche Entwicklung und gesellschaftlicher Wandel"),
    ("de", "Straßen, Städte und Gärten"),
    # Turkish
    ("tr", "Türkiye ile Kazakistan arasındaki ilişkiler"),
    ("tr", "Orta Asya'da enerji güvenliği ve bölgesel işbirliği"),
    ("tr", "Türk dünyasında dil ve kültür politikaları"),
    # Latvian, Lithuanian
    ("lv", "Latvijas valsts valodas politika"),
    ("lv", "Krievijas ietekme Baltijas valstīs pēc 2014. gada"),
    ("lt", "Lietuvos užsienio politikos kryptys"),
    ("lt", "Rusijos karas prieš Ukrainą ir Baltijos šalių saugumas"),
    # Uzbek Latin
    ("uz", "Oʻzbekiston Respublikasi Prezidentining farmoni"),
    ("uz", "O'zbekiston va Qozog'iston o'rtasidagi hamkorlik"),
    ("uz", "Yangi Oʻzbekiston taraqqiyot strategiyasi toʻgʻrisida"),
    # Kazakh Latin: 2018 alphabet, 2021 alphabet, plain transliteration
    ("kk", "Ádіlet aqparattyq-quqyqtyq júıesі"),
    ("kk", "Qazaqstan Respýblıkasynyń memlekettik baǵdarlamasy"),
    ("kk", "Elektrondyq túrde QR NQA etalondyq baqylaý bankі"),
    ("kk", "Qazaqstan Respublikasynyñ Prezidentiniñ Jarlyğy"),
    ("kk", "Täuelsizdik jäne ulttyq sana"),
    ("kk", "Tauelsizdik shezhiresi"),
    ("kk", "Qazaq tiliniñ memlekettik mártebesi"),
    ("kk", "Qazaq halqynyń tarihy men mádenıeti"),
    ("kk", "Zhastar sayasaty turaly"),
    ("kk", "Ult tarikhy jane memlekettik til"),
    # Russian transliterated
    ("ru", "Chislennost' i razmeshcheniye naseleniya v Respublike Kazakhstan"),
    ("ru", "Natsional'nyy sostav naseleniya Respubliki Kazakhstan"),
    ("ru", "Istoriya Kazakhstana s drevneyshikh vremen do nashikh dney"),
    ("ru", "Sovremennyye problemy razvitiya yazykovoy politiki"),
    ("ru", "Gosudarstvennaya politika v oblasti obrazovaniya"),
    ("ru", "Etnicheskiye protsessy v Tsentral'noy Azii"),
    # other scripts
    ("ka", "ვრცლად საქართველოს შესახებ"),
    ("el", "Η ιστορία της Ελλάδας"),
]

MORE_CASES = [
    ("en", "Nazarbayev's legacy and the Tokayev transition"),
    ("en", "Qazaqstan: a nation rebrands its name"),
    ("en", "Astana hosts Shanghai Cooperation Organisation summit"),
    ("en", "Kazakh oligarchs face asset recovery drive"),
    ("en", "Inside the Zhanaozen massacre"),
    ("en", "Gender equality in Kyrgyzstan: mixed progress"),
    ("en", "Uzbekistan opens up to foreign tourists"),
    ("en", "Tajik migrants in Moscow fear new crackdown"),
    ("en", "Baikonur cosmodrome lease extended"),
    ("en", "Bitcoin miners flock to Ekibastuz"),
    ("en", "Opinion: Tallinn must invest in cyber defence"),
    ("en", "Petropavlovsk protests over gas prices"),
    ("en", "Bloody January: what we know so far"),
    ("en", "Kazakhstan Country Report"),
    ("et", "Venemaa ja Kasahstani suhted pärast jaanuarisündmusi"),
    ("et", "Eesti e-valimiste süsteemi analüüs"),
    ("et", "Riigikohtu lahend põhiseaduslikkuse järelevalve asjas"),
    ("et", "Miks eestlased ei usalda erakondi"),
    ("et", "Tallinna linnavalitsuse otsus"),
    ("et", "Demokraatiate ühitamisest"),
    ("de", "Kasachstan zwischen Russland und China"),
    ("de", "Die Zukunft der Energiepolitik"),
    ("de", "Eine kurze Geschichte der Seidenstrasse"),
    ("fr", "Le grand jeu en Asie centrale"),
    ("fr", "La Russie et ses voisins: une relation difficile"),
    ("fr", "Les minorites russes au Kazakhstan"),
    ("tr", "Kazakistan'da dil politikası"),
    ("tr", "Türk Devletleri Teşkilatı zirvesi Astana'da yapıldı"),
    ("kk", "Qazaqstandaǵy jastar saıasaty"),
    ("kk", "Abaı Qunanbaıuly shyǵarmashylyǵy"),
    ("kk", "Qazaq handygynyn kurylu tarihy"),
    ("kk", "Ulttyq bank bazalyq mólsherlemeni ózgertti"),
    ("ru", "Kazakhstanskaya pravda"),
    ("ru", "Ekonomicheskaya istoriya Kazakhstana"),
    ("ru", "O merakh po realizatsii Poslaniya Glavy gosudarstva"),
    ("ru", "Молодёжная политика Республики Казахстан"),
    ("ru", "Закон о языках в Республике Казахстан"),
    ("ru", "Кто управляет экономикой?"),
    ("kk", "Қазақстанның сыртқы саясаты"),
    ("kk", "Тіл туралы заң"),
    ("uk", "Війна в Україні та Центральна Азія"),
    ("uk", "Державна мовна політика"),
    ("lv", "Valsts valodas likums"),
    ("lt", "Valstybinės kalbos įstatymas"),
    ("uz", "Markaziy Osiyo davlatlari oʻrtasidagi suv muammosi"),
    ("uz", "Xalqaro hamkorlik va iqtisodiy islohotlar"),
    ("en", "Kazakhstan: Nuclear Power Plant Referendum Results"),
    ("en", "Tokayev Signs Decree on Tax Amendments"),
    ("en", "Central Asian Water Disputes Revisited"),
    ("en", "A Decade of Belt and Road in Kazakhstan"),
    ("en", "Eurasian Economic Union Membership: Costs and Benefits"),
    ("en", "Journalist detained in Almaty after critical post"),
    ("en", "Caspian pipeline consortium exports fall"),
    ("en", "Protesters Demand Answers Over Fuel Price Hike"),
    ("en", "Kyrgyz-Tajik border clashes leave dozens dead"),
    ("en", "Why Astana Is Courting Brussels"),
    ("ru", "Kazakhstanskaya pravda"),
    ("ru", "Problemy sovremennoy istorii Kazakhstana"),
    ("ru", "Vneshnyaya politika Rossii v Tsentral'noy Azii"),
    ("ru", "Russkiy yazyk v Kazakhstane: sotsiolingvisticheskiy analiz"),
    ("ru", "Ekonomika perekhodnogo perioda"),
    ("kk", "Ana tili gazetinin tarihy"),
    ("kk", "Qazaqstan tarihy: kóne zamannan búginge deıin"),
    ("kk", "Qazaq ádebıetiniń tarıhy"),
    ("kk", "Memlekettik til jáne qoǵam"),
    ("kk", "Qazaqstandaǵy demografııalyq ahýal"),
    ("kk", "Jer kodeksine ózgerister engizildi"),
    ("kk", "Qazaqstannyñ jaña tarihy"),
    ("kk", "Ūlttyq bıudjet turaly"),
    ("uz", "Oʻzbekistonda yangi saylov qonuni qabul qilindi"),
    ("uz", "Toshkent shahrida xalqaro forum boʻlib oʻtdi"),
    ("uz", "Iqtisodiy islohotlar va ularning natijalari"),
    ("tr", "Kazakistan Cumhurbaşkanı Tokayev Ankara'yı ziyaret etti"),
    ("tr", "Orta Asya ile ticaret hacmi arttı"),
    ("tr", "Türk dünyasının geleceği"),
    ("et", "Kasahstani naftatööstuse areng"),
    ("et", "Miks Venemaa ei suuda sõda võita"),
    ("et", "Tallinna Ülikooli teadlased uurisid kliimamuutusi"),
    ("et", "Eesti ja Kasahstani majandussuhted"),
    ("de", "Der Krieg in der Ukraine und seine Folgen fuer Zentralasien"),
    ("de", "Kasachstans Aussenpolitik im Wandel"),
    ("fr", "La politique etrangere du Kazakhstan"),
    ("fr", "Les enjeux energetiques en Asie centrale"),
    ("lv", "Kazahstānas ārpolitika un Krievija"),
    ("lt", "Kazachstano užsienio politika po 2022 metų"),
    ("ru", "Внешняя политика Казахстана"),
    ("ru", "ЭКОНОМИКА И ПРАВО"),
    ("ru", "Вопросы истории"),
    ("kk", "Егемен Қазақстан"),
    ("kk", "Ана тілі"),
    ("uk", "Вісник Київського університету"),
    ("ru", "Российская газета"),
    ("bg", "Българската политика към Централна Азия"),
    ("ky", "Кыргызстандын тышкы саясаты"),
]
CASES += MORE_CASES


@pytest.mark.parametrize(("expected", "title"), CASES)
def test_detect(expected: str, title: str) -> None:
    assert detect_language(title) == expected


def test_case_count() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize("title", [t for _, t in CASES if t.upper() != t][:40])
def test_all_caps_same_answer(title: str) -> None:
    assert detect_language(title.upper()) == detect_language(title)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "12.03.2021", "OK", "№ 5", "!!!", "Ab", "2020 — 2021", "Kupiansk", "Almaty"],
)
def test_too_short_or_unclear(text: str) -> None:
    assert detect_language(text) is None


def test_kazakh_letters_beat_russian_words() -> None:
    assert detect_language("О программе «Мәңгілік ел» и её итогах") == "kk"
    assert detect_language("Бағдарлама туралы в Астане") == "kk"


def test_latin_languages_exported() -> None:
    assert "kk" in LATIN_LANGUAGES
    assert "en" in LATIN_LANGUAGES


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    result = detect_language(text)
    assert result is None or (isinstance(result, str) and 2 <= len(result) <= 3)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґў .,-«»", max_size=200))
def test_cyrillic_never_raises(text: str) -> None:
    detect_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "«" * 1_000_000,
        "." * 1_000_000,
        "жыл " * 250_000,
        "a" * 1_000_000,
        "Qazaq'" * 170_000,
    ],
)
def test_pathological_input_is_fast(text: str) -> None:
    start = time.perf_counter()
    detect_language(text)
    assert time.perf_counter() - start < 0.5


def _longest_ending(word: str, table: dict[str, object]) -> object:
    """The plain reading of the ending rule: the longest known ending shorter than the word."""
    for n in range(len(word) - 1, 0, -1):
        if word[-n:] in table:
            return table[word[-n:]]
    return None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeilnorstuyāųšž'абвгдеиклмнорстуыяіңқ", max_size=14))
def test_ending_index_finds_the_longest_ending(word: str) -> None:
    p = lang._profiles()
    for endings in (p.endings, p.cyr_endings):
        table = {end: votes for group in endings.values() for _, end, votes in group}
        assert lang._ending_votes(word, endings) == _longest_ending(word, table)


def test_cyrillic_marks_cover_every_letter_asked() -> None:
    """_cyrillic sees only the letters of _CYR_ASKED: each letter it tests must be there."""
    source = inspect.getsource(lang._cyrillic)
    asked = set(re.findall(r"[\u0400-\u04ff]", "".join(re.findall(r'"([^"]*)"', source))))
    assert asked <= lang._CYR_ASKED


@pytest.mark.parametrize(
    "title",
    [
        "Kazachstan na rozdrożu",
        "Chiński Pas i Szlak w Kazachstanie",
        "Polityka energetyczna Litwy po 2014 roku",
        "Ustawa z dnia 11 marca 2022 r. o obronie Ojczyzny",
    ],
)
def test_polish_is_not_transliterated_russian(title: str) -> None:
    assert detect_language(title) == "pl"
