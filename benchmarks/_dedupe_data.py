"""Realistic reference lists with known duplicates, for the dedupe benchmark and tests.

``generate(n, seed)`` builds base works (mixed-script titles in Russian, Kazakh, Estonian
and English, real Central Asian / Estonian / international outlets, dates, URLs,
authors) and then the ways people re-cite them: other quotes, case, a typo, a dropped
word, another date format or precision, an outlet alias (``EURACTIV``/``euractiv.com``,
``Әділет``/``Adilet``, ``RFE/RL``/``Radio Free Europe/Radio Liberty``), the title
romanized (several iuliia schemes for Russian, the Kazakh Latin alphabet for Kazakh),
Latin/Cyrillic look-alike letters, a URL with tracking parameters, a missing field. It
adds hard negatives that must stay apart: periodic titles (``Weekly digest #132`` /
``#133``, ``Инфляция в июне 2022`` / ``в июле 2022``), the same title at another outlet
(syndication: a ``same-work`` link, not a merge), the same title in another year.

Every record carries a label: records with the same label are the same item.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence

import iuliia

from kzcite.records import Kind, PartialDate, Person, Reference

# (name, domain, aliases, language)
OUTLETS: list[tuple[str, str, tuple[str, ...], str]] = [
    ("Kapital.kz", "kapital.kz", ("Капитал", "kapital.kz"), "ru"),
    ("Курсив", "kursiv.media", ("Kursiv", "kursiv.media"), "ru"),
    ("Tengrinews", "tengrinews.kz", ("Тенгриньюс", "tengrinews.kz"), "ru"),
    ("Интерфакс", "interfax.ru", ("Interfax", "interfax.ru"), "ru"),
    ("ТАСС", "tass.ru", ("TASS", "tass.ru"), "ru"),
    ("РИА Новости", "ria.ru", ("RIA Novosti", "ria.ru"), "ru"),
    ("Коммерсантъ", "kommersant.ru", ("Kommersant", "kommersant.ru"), "ru"),
    ("Ведомости", "vedomosti.ru", ("Vedomosti", "vedomosti.ru"), "ru"),
    ("Forbes Kazakhstan", "forbes.kz", ("forbes.kz",), "ru"),
    ("Vlast.kz", "vlast.kz", ("Власть", "vlast.kz"), "ru"),
    ("Zakon.kz", "zakon.kz", ("Закон.кз", "zakon.kz"), "ru"),
    ("Казинформ", "inform.kz", ("Kazinform", "inform.kz"), "ru"),
    ("Sputnik Казахстан", "ru.sputnik.kz", ("Sputnik Kazakhstan",), "ru"),
    ("Радио Азаттык", "rus.azattyq.org", ("Radio Azattyk",), "ru"),
    ("Әділет", "adilet.zan.kz", ("Adilet", "adilet.zan.kz", "ИПС Әділет"), "ru"),
    ("Сенат Парламента Республики Казахстан", "senate.parlam.kz", ("Сенат",), "ru"),
    ("Акорда", "akorda.kz", ("Akorda", "akorda.kz"), "ru"),
    ("Егемен Қазақстан", "egemen.kz", ("Egemen Qazaqstan", "egemen.kz"), "kk"),
    ("Азаттық", "azattyq.org", ("Azattyq", "azattyq.org"), "kk"),
    ("Қазақпарат", "kazakparat.kz", ("Qazaqparat",), "kk"),
    ("Abai.kz", "abai.kz", ("Абай.кз", "abai.kz"), "kk"),
    ("Хабар 24", "24.kz", ("Khabar 24", "24.kz"), "kk"),
    ("ERR", "err.ee", ("err.ee", "ERR News"), "et"),
    ("Postimees", "postimees.ee", ("postimees.ee", "POSTIMEES"), "et"),
    ("Eesti Päevaleht", "epl.delfi.ee", ("EPL", "Eesti Paevaleht"), "et"),
    ("Delfi", "delfi.ee", ("delfi.ee", "DELFI"), "et"),
    ("Diplomaatia", "diplomaatia.ee", ("diplomaatia.ee",), "et"),
    ("Riigi Teataja", "riigiteataja.ee", ("riigiteataja.ee", "RT"), "et"),
    ("Õhtuleht", "ohtuleht.ee", ("Ohtuleht", "ohtuleht.ee"), "et"),
    ("EURACTIV", "euractiv.com", ("euractiv.com", "Euractiv"), "en"),
    ("Eurasianet", "eurasianet.org", ("eurasianet.org", "EurasiaNet"), "en"),
    ("Reuters", "reuters.com", ("reuters.com", "REUTERS"), "en"),
    ("The Diplomat", "thediplomat.com", ("thediplomat.com",), "en"),
    ("RFE/RL", "rferl.org", ("Radio Free Europe/Radio Liberty", "rferl.org"), "en"),
    ("The Astana Times", "astanatimes.com", ("astanatimes.com", "Astana Times"), "en"),
    ("The Wall Street Journal", "wsj.com", ("wsj.com", "Wall Street Journal"), "en"),
    ("Le Monde", "lemonde.fr", ("lemonde.fr",), "en"),
    ("The Moscow Times", "themoscowtimes.com", ("Moscow Times",), "en"),
    ("Carnegie Endowment", "carnegieendowment.org", ("carnegieendowment.org",), "en"),
]

_RU = {
    "subj": (
        "Казахстан; Россия; Токаев; Путин; Сенат; Мажилис; Правительство РК; Нацбанк; "
        "Минобороны РК; Минфин; Астана; Алматы; Китай; Турция; ЕАЭС; ОДКБ; ШОС; Евросоюз; "
        "США; Узбекистан; Кыргызстан; Акимат Алматы; Генпрокуратура; Агентство по финрынку; "
        "Самрук-Казына; КазМунайГаз; Казатомпром; Минэнерго; МИД РК; Парламент; Президент; "
        "Эксперты; Депутаты; Аналитики; Банк развития; Минздрав; Минтруда; Таджикистан"
    ),
    "verb": (
        "подписал; ратифицировал; обсудили; одобрил; утвердил; раскритиковал; предложил; "
        "отклонил; продлил; пересмотрел; заморозил; анонсировал; поддержал; приостановил; "
        "внес изменения в; опубликовал; отменил; согласовал; оценили; запустил"
    ),
    "obj": (
        "договор о военном сотрудничестве; соглашение о транзите нефти; закон о СМИ; "
        "бюджет на следующий год; программу модернизации армии; меморандум о партнерстве; "
        "санкции против России; поставки зерна; строительство АЭС; пенсионную реформу; "
        "налоговый кодекс; тарифы на электроэнергию; экспорт урана; проект газопровода; "
        "визовый режим; миграционную политику; закон о языках; кредит на модернизацию; "
        "план приватизации; соглашение о свободной торговле; программу жилищного строительства; "
        "реформу образования; закон о митингах; контракт на поставку дронов; лицензии банкам; "
        "проект Каспийского трубопровода; правила въезда; квоты на вывоз топлива; "
        "соглашение о ядерной безопасности; стратегию развития до 2050 года"
    ),
    "tail": (
        "с Россией; с Китаем; после январских событий; на заседании; в Астане; по итогам визита; "
        "впервые за десять лет; несмотря на протесты; в условиях санкций; на фоне войны в Украине; "
        "до конца года; в первом чтении; без обсуждения; по просьбе Москвы; вопреки ожиданиям; "
        "на саммите; в Ташкенте; в Пекине; в Анкаре; в Брюсселе"
    ),
}
_KK = {
    "subj": (
        "Қазақстан; Ресей; Тоқаев; Сенат; Мәжіліс; Үкімет; Ұлттық банк; Қорғаныс министрлігі; "
        "Қаржы министрлігі; Астана; Алматы; Қытай; Түркия; Өзбекстан; Қырғызстан; Парламент; "
        "Президент; Депутаттар; Сарапшылар; Әкімдік; Бас прокуратура; Денсаулық министрлігі"
    ),
    "verb": (
        "қол қойды; бекітті; талқылады; мақұлдады; сынға алды; ұсынды; қабылдады; тоқтатты; "
        "жариялады; ұзартты; қолдады; өзгертті; қайта қарады; іске қосты"
    ),
    "obj": (
        "әскери ынтымақтастық туралы шартқа; мұнай транзиті туралы келісімге; "
        "бұқаралық ақпарат құралдары туралы заңды; келесі жылғы бюджетті; зейнетақы реформасын; "
        "салық кодексін; электр энергиясы тарифтерін; уран экспортын; газ құбыры жобасын; "
        "визалық режимді; көші-қон саясатын; тіл туралы заңды; жекешелендіру жоспарын; "
        "білім беру реформасын; атом электр стансасы құрылысын; астық жеткізілімін"
    ),
    "tail": (
        "Ресеймен; Қытаймен; қаңтар оқиғасынан кейін; отырыста; Астанада; "
        "сапар қорытындысы бойынша; он жылда алғаш рет; наразылықтарға қарамастан; "
        "санкциялар жағдайында; жыл соңына дейін; "
        "бірінші оқылымда; саммитте; Ташкентте; Бейжіңде"
    ),
}
_ET = {
    "subj": (
        "Kasahstan; Venemaa; Tokajev; Putin; Eesti valitsus; Riigikogu; Euroopa Liit; NATO; "
        "Hiina; Türgi; Usbekistan; Kõrgõzstan; Ukraina; Läti; Leedu; Soome; Keskpank; "
        "Kaitseministeerium; Välisministeerium; Analüütikud; Eksperdid; Parlament"
    ),
    "verb": (
        "allkirjastas; ratifitseeris; arutas; kiitis heaks; kritiseeris; pakkus välja; "
        "lükkas tagasi; pikendas; peatas; avaldas; toetas; muutis; vaatas üle; käivitas"
    ),
    "obj": (
        "sõjalise koostöö lepingu; naftatransiidi kokkuleppe; meediaseaduse; "
        "järgmise aasta eelarve; pensionireformi; maksuseadustiku; elektri hinnad; "
        "uraani ekspordi; gaasitoru projekti; "
        "viisarežiimi; rändepoliitika; keeleseaduse; erastamiskava; haridusreformi; "
        "tuumajaama ehituse; viljatarned; droonide ostu; sanktsioonide paketi"
    ),
    "tail": (
        "Venemaaga; Hiinaga; pärast jaanuarisündmusi; istungil; Astanas; visiidi tulemusel; "
        "esimest korda kümne aasta jooksul; protestidest hoolimata; sanktsioonide tingimustes; "
        "aasta lõpuni; esimesel lugemisel; tippkohtumisel; Tallinnas; Brüsselis"
    ),
}
_EN = {
    "subj": (
        "Kazakhstan; Russia; Tokayev; Putin; The Senate; Parliament; The government; "
        "The central bank; The defence ministry; Astana; Almaty; China; Turkey; The EU; "
        "The CSTO; The SCO; Uzbekistan; Kyrgyzstan; Tajikistan; Washington; Brussels; "
        "Analysts; Lawmakers; Kazatomprom; KazMunayGas; Samruk-Kazyna; The finance ministry"
    ),
    "verb": (
        "signs; ratifies; debates; approves; criticises; proposes; rejects; extends; suspends; "
        "publishes; backs; revises; freezes; launches; delays; quietly drops; fast-tracks"
    ),
    "obj": (
        "military cooperation treaty; oil transit deal; media law; next year's budget; "
        "pension reform; tax code; electricity tariffs; uranium exports; gas pipeline project; "
        "visa regime; migration policy; language law; privatisation plan; education reform; "
        "nuclear power plant; grain deliveries; drone purchase; sanctions package; "
        "Caspian pipeline expansion; rare earth mining licences; wheat export quotas"
    ),
    "tail": (
        "with Russia; with China; after January unrest; in Astana; after state visit; "
        "for the first time in a decade; despite protests; under sanctions pressure; "
        "as war in Ukraine drags on; before year end; in first reading; at summit; "
        "in Tashkent; in Beijing; in Ankara; amid inflation worries"
    ),
}
_VOCAB = {lang: {k: v.split("; ") for k, v in d.items()} for lang, d in
          (("ru", _RU), ("kk", _KK), ("et", _ET), ("en", _EN))}  # fmt: skip

_FAMILIES = {
    "ru": [
        "Иванов",
        "Петрова",
        "Смагулов",
        "Нурланова",
        "Ким",
        "Ахметов",
        "Сулейменова",
        "Жумабаев",
        "Ли",
        "Орлов",
        "Кузнецова",
        "Байжанов",
        "Садыков",
        "Тимофеева",
        "Абенов",
        "Есенова",
        "Мусин",
        "Галиева",
        "Попов",
        "Рахимов",
    ],
    "kk": [
        "Омаров",
        "Қасымова",
        "Бекболатов",
        "Жақыпова",
        "Сәрсенбаев",
        "Әбенова",
        "Ұзақов",
        "Нұрланов",
    ],
    "et": [
        "Kressa",
        "Tamm",
        "Saar",
        "Sepp",
        "Mägi",
        "Kask",
        "Kukk",
        "Rebane",
        "Ilves",
        "Pärn",
        "Koppel",
        "Lepik",
    ],
    "en": [
        "Smith",
        "Jones",
        "Putz",
        "Lillis",
        "Standish",
        "Pannier",
        "Umarov",
        "Kassenova",
        "Sharip",
        "Bohr",
    ],
}
_GIVEN = {
    "ru": [
        "Алексей",
        "Мария",
        "Данияр",
        "Айгерим",
        "Сергей",
        "Анна",
        "Ерлан",
        "Динара",
        "Павел",
        "Ольга",
    ],
    "kk": ["Айдос", "Жанар", "Бауыржан", "Әсел", "Нұржан", "Гүлнар"],
    "et": ["Kaarel", "Mari", "Tiit", "Liis", "Andres", "Kadri", "Jaan", "Piret"],
    "en": ["Joanna", "Catherine", "Aigerim", "Bruce", "Kate", "Reid", "Nargis", "Chris"],
}
_SERIES = {
    "ru": ("Еженедельный обзор прессы №{n}", "Инфляция в {month_ru} {year} года",
           "Обзор рынка нефти за {month_ru} {year}"),
    "kk": ("Апталық шолу №{n}",),
    "et": ("Nädala ülevaade nr {n}", "Inflatsioon {month_et} {year}"),
    "en": ("Weekly digest #{n}", "Inflation in {month_en} {year}",
           "Central Asia monitor, issue {n}"),
}  # fmt: skip
_MONTHS_RU = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
_MONTHS_ET = "jaanuaris veebruaris märtsis aprillis mais juunis juulis augustis septembris "
_MONTHS_ET += "oktoobris novembris detsembris"
_MONTHS_EN = "January February March April May June July August September October November December"
_MONTH_NAMES = {
    "month_ru": _MONTHS_RU.split(),
    "month_et": _MONTHS_ET.split(),
    "month_en": _MONTHS_EN.split(),
}
_SCHEMES = [
    iuliia.WIKIPEDIA,
    iuliia.BGN_PCGN,
    iuliia.GOST_779,
    iuliia.MOSMETRO,
    iuliia.SCIENTIFIC,
    iuliia.TELEGRAM,
    iuliia.ALA_LC_ALT,
    iuliia.ICAO_DOC_9303,
    iuliia.YANDEX_MAPS,
    iuliia.GOST_7034,
]
_KAZ_LATIN = str.maketrans(
    {
        "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h",
        "і": "i", "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io",
        "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
        "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
        "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "iu", "я": "ia",
    }
)  # fmt: skip
_TO_LATIN_LOOKALIKE = str.maketrans("аеорсухАЕОРСХКМТВН", "aeopcyxAEOPCXKMTBH")
_TO_CYR_LOOKALIKE = str.maketrans("aeopcyxAEOPCXKMTBH", "аеорсухАЕОРСХКМТВН")
_QUOTES = [("«", "»"), ("„", "“"), ('"', '"'), ("“", "”"), ("'", "'")]
_TRACKING = [
    "utm_source=facebook&utm_medium=social",
    "fbclid=IwAR0x{n}",
    "utm_campaign=newsletter&mc_cid={n}",
    "gclid=Cj0K{n}",
    "yclid={n}",
    "ref=telegram",
]


def _is_cyr(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def _romanize(title: str, lang: str, rng: random.Random) -> str:
    if lang == "kk":
        out = title.lower().translate(_KAZ_LATIN)
        return out[:1].upper() + out[1:]
    return str(rng.choice(_SCHEMES).translate(title))


def _typo(title: str, rng: random.Random) -> str:
    words = title.split()
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cands:
        return title
    i = rng.choice(cands)
    w = words[i]
    p = rng.randrange(1, len(w) - 1)
    op = rng.randrange(3)
    if op == 0:
        w = w[:p] + w[p + 1 :]
    elif op == 1:
        w = w[:p] + w[p + 1] + w[p] + w[p + 2 :]
    else:
        w = w[:p] + rng.choice("aeiostnr" if not _is_cyr(w) else "аеиостнр") + w[p + 1 :]
    words[i] = w
    return " ".join(words)


def _drop_word(title: str, rng: random.Random) -> str:
    words = title.split()
    cands = [i for i in range(1, len(words)) if not any(c.isdigit() for c in words[i])]
    if len(words) < 6 or not cands:
        return title
    del words[rng.choice(cands)]
    return " ".join(words)


def _lookalike(title: str, rng: random.Random) -> str:
    table = _TO_LATIN_LOOKALIKE if _is_cyr(title) else _TO_CYR_LOOKALIKE
    chars = list(title)
    spots = [i for i, c in enumerate(chars) if c.translate(table) != c]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        chars[i] = chars[i].translate(table)
    return "".join(chars)


def _date_text(d: PartialDate, rng: random.Random) -> str:
    if d.day is not None and d.month is not None:
        fmt = rng.randrange(4)
        if fmt == 0:
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if fmt == 1:
            return f"{d.year}-{d.month:02d}-{d.day:02d}"
        if fmt == 2:
            return f"{d.day} {_MONTHS_EN.split()[d.month - 1]} {d.year}"
        return f"{d.month}/{d.day}/{d.year}"
    if d.month is not None:
        return f"{_MONTHS_EN.split()[d.month - 1]} {d.year}"
    return str(d.year)


def _raw(
    outlet: str | None,
    date: PartialDate | None,
    title: str | None,
    url: str | None,
    authors: Sequence[Person],
    rng: random.Random,
) -> str:
    parts = []
    if outlet:
        parts.append(outlet)
    if authors:
        parts.append("; ".join(p.display() for p in authors))
    if date is not None:
        parts.append(date.text or date.isoformat())
    if title:
        q = rng.choice(_QUOTES)
        parts.append(f"{q[0]}{title}{q[1]}")
    if url:
        parts.append(url)
    return ", ".join(parts)


class _Base:
    __slots__ = ("authors", "date", "kind", "lang", "number", "outlet", "title", "url")

    def __init__(
        self,
        title: str,
        lang: str,
        outlet: int,
        date: PartialDate | None,
        url: str | None,
        authors: tuple[Person, ...],
        kind: Kind,
        number: str | None,
    ) -> None:
        self.title, self.lang, self.outlet, self.date = title, lang, outlet, date
        self.url, self.authors, self.kind, self.number = url, authors, kind, number


def _rand_date(rng: random.Random, year: int | None = None) -> PartialDate:
    y = year if year is not None else rng.randint(2012, 2025)
    m = rng.randint(1, 12)
    return PartialDate(y, m, rng.randint(1, 28))


_SYLLABLES = {
    "cyr": [
        "ка",
        "ра",
        "бе",
        "ку",
        "мун",
        "тау",
        "жан",
        "ал",
        "ас",
        "ер",
        "нур",
        "сай",
        "тас",
        "бо",
        "ри",
        "ли",
        "да",
        "гу",
        "ол",
        "ен",
        "ар",
        "бек",
        "тай",
        "хан",
        "ин",
        "вест",
        "строй",
        "агро",
        "тех",
        "ком",
        "мар",
        "лан",
        "ви",
        "зо",
        "сер",
        "гей",
        "тур",
        "кес",
    ],
    "lat": [
        "ka",
        "ra",
        "be",
        "ku",
        "mun",
        "tau",
        "zhan",
        "al",
        "as",
        "er",
        "nur",
        "sai",
        "tas",
        "bo",
        "ri",
        "li",
        "da",
        "gu",
        "ol",
        "en",
        "ar",
        "bek",
        "tai",
        "han",
        "in",
        "vest",
        "stroi",
        "agro",
        "tech",
        "kom",
        "mar",
        "lan",
        "vi",
        "zo",
        "ser",
        "gei",
        "tur",
        "kes",
    ],
}
_ENTITY = {
    "ru": ("компании «{N}»", "АО «{N}»", "проекта {N}", "акима {N}а", "по делу {N}а"),
    "kk": ("«{N}» компаниясы", "{N} ауылында", "«{N}» жобасы"),
    "et": ("firma {N}", "{N} projekti", "ettevõtte {N}"),
    "en": ("{N} Group", "the {N} project", "{N} LLP", "in {N}"),
}


def _name(lang: str, rng: random.Random) -> str:
    syl = _SYLLABLES["cyr" if lang in ("ru", "kk") else "lat"]
    word = "".join(rng.choice(syl) for _ in range(rng.randint(2, 4)))
    return word[:1].upper() + word[1:]


def _title(lang: str, rng: random.Random) -> str:
    v = _VOCAB[lang]
    t = f"{rng.choice(v['subj'])} {rng.choice(v['verb'])} {rng.choice(v['obj'])}"
    if rng.random() < 0.7:
        t += " " + rng.choice(_ENTITY[lang]).format(N=_name(lang, rng))
    if rng.random() < 0.75:
        t += " " + rng.choice(v["tail"])
    if rng.random() < 0.35:
        t += f" {rng.choice(('—', ':', ','))} {rng.choice(v['subj'])} {rng.choice(v['verb'])}"
    if rng.random() < 0.15:
        t += f" {rng.randint(2, 900)}"
    return t


def _slug(title: str) -> str:
    t = iuliia.WIKIPEDIA.translate(title).lower() if _is_cyr(title) else title.lower()
    keep = "".join(c if c in string.ascii_lowercase + string.digits else "-" for c in t)
    return "-".join(x for x in keep.split("-") if x)[:60]


def _base(lang: str, rng: random.Random, used: set[str], uid: int) -> _Base:
    while True:
        title = _title(lang, rng)
        if title not in used:
            used.add(title)
            break
    outlets = [i for i, o in enumerate(OUTLETS) if o[3] == lang] or list(range(len(OUTLETS)))
    if lang == "kk" and rng.random() < 0.4:
        outlets = [i for i, o in enumerate(OUTLETS) if o[3] in ("kk", "ru")]
    o = rng.choice(outlets)
    r = rng.random()
    date: PartialDate | None
    if r < 0.8:
        date = _rand_date(rng)
    elif r < 0.88:
        date = PartialDate(rng.randint(2012, 2025), rng.randint(1, 12))
    elif r < 0.93:
        date = PartialDate(rng.randint(2012, 2025))
    else:
        date = None
    url = None
    if rng.random() < 0.65:
        dom = OUTLETS[o][1]
        if rng.random() < 0.5:
            url = f"https://{dom}/news/{_slug(title)}-{uid}/"
        else:
            url = f"https://www.{dom}/{rng.choice(('politics', 'economy', 'a'))}/{uid * 7 + 13}"
    authors: tuple[Person, ...] = ()
    if rng.random() < 0.35:
        authors = tuple(
            Person(rng.choice(_FAMILIES[lang]), rng.choice(_GIVEN[lang]))
            for _ in range(rng.randint(1, 2))
        )
    kind, number = Kind.ARTICLE, None
    if OUTLETS[o][0] in ("Әділет", "Riigi Teataja") and rng.random() < 0.7:
        kind = Kind.LEGAL
        number = f"№ {rng.randint(1, 999)}-{rng.choice(('VII', 'VI', 'V'))}"
    return _Base(title, lang, o, date, url, authors, kind, number)


def _variant(b: _Base, rng: random.Random, n_ops: int) -> Reference:
    title: str | None = b.title
    outlet: str | None = OUTLETS[b.outlet][0]
    date = b.date
    url = b.url
    authors = b.authors
    ops = rng.sample(
        ["quotes", "case", "typo", "drop", "datefmt", "alias", "roman", "lookalike",
         "tracking", "missing", "roman", "alias"],
        n_ops,
    )  # fmt: skip
    ops.sort(key=lambda op: op != "roman")  # people romanize the title they found
    for op in ops:
        if op == "quotes" and title:
            q = rng.choice(_QUOTES)
            title = f"{q[0]}{title}{q[1]}"
        elif op == "case" and title:
            title = rng.choice((title.upper(), title.lower(), title.title()))
        elif op == "typo" and title:
            title = _typo(title, rng)
        elif op == "drop" and title and b.kind is not Kind.REPORT:
            title = _drop_word(title, rng)
        elif op == "datefmt" and date is not None:
            if date.day is not None and rng.random() < 0.4:
                date = (
                    PartialDate(date.year, date.month)
                    if rng.random() < 0.5
                    else PartialDate(date.year)
                )
            else:
                date = PartialDate(date.year, date.month, date.day)
            date = PartialDate(date.year, date.month, date.day, text=_date_text(date, rng))
        elif op == "alias" and outlet:
            name, dom, aliases, _ = OUTLETS[b.outlet]
            choice = rng.choice((*aliases, dom, name.upper(), "www." + dom))
            outlet = choice
        elif op == "roman" and title and _is_cyr(title):
            title = _romanize(title, b.lang, rng)
        elif op == "lookalike" and title:
            title = _lookalike(title, rng)
        elif op == "tracking" and url:
            sep = "&" if "?" in url else "?"
            url = url.replace("https://", rng.choice(("http://", "https://")), 1)
            url = f"{url}{sep}{rng.choice(_TRACKING).format(n=rng.randint(10, 99999))}"
            if rng.random() < 0.3:
                url += "#comments"
        elif op == "missing":
            what = rng.choice(("url", "date", "authors", "outlet"))
            if what == "url" and (title or outlet):
                url = None
            elif what == "date":
                date = None
            elif what == "authors":
                authors = ()
            elif what == "outlet" and title:
                outlet = None
    return _ref(b, title, outlet, date, url, authors, rng)


def _ref(
    b: _Base,
    title: str | None,
    outlet: str | None,
    date: PartialDate | None,
    url: str | None,
    authors: tuple[Person, ...],
    rng: random.Random,
) -> Reference:
    raw_title = title[1:-1] if title and title[:1] in "«„\"“'" else title
    return Reference(
        raw=_raw(outlet, date, raw_title, url, authors, rng),
        kind=b.kind,
        title=title,
        authors=authors,
        outlet=outlet,
        date=date,
        url=url,
        language=b.lang if (title and _is_cyr(title)) or b.lang not in ("ru", "kk") else None,
        number=b.number,
    )


def _copies(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.42:
        return 1
    if r < 0.72:
        return 2
    if r < 0.87:
        return 3
    if r < 0.95:
        return 4
    return rng.randint(5, 8)


def _negatives(b: _Base, rng: random.Random, uid: int) -> list[_Base]:
    """Look-alikes of ``b`` that are other items."""
    r = rng.random()
    out: list[_Base] = []
    if r < 0.4:  # the same title at another outlet (syndication or the same act elsewhere)
        others = [
            i for i, o in enumerate(OUTLETS) if o[3] == OUTLETS[b.outlet][3] and i != b.outlet
        ]
        o = rng.choice(others)
        date = b.date if rng.random() < 0.5 else _rand_date(rng)
        url = f"https://{OUTLETS[o][1]}/news/{uid}" if rng.random() < 0.5 else None
        out.append(_Base(b.title, b.lang, o, date, url, (), b.kind, b.number))
    elif r < 0.7:  # the same title at the same outlet in another year
        year = (b.date.year if b.date else 2018) + rng.choice((-3, -2, 2, 3, 4))
        date = _rand_date(rng, year) if rng.random() < 0.7 else PartialDate(year)
        url = f"https://{OUTLETS[b.outlet][1]}/news/{uid}-x" if b.url else None
        number = None if b.number is None else b.number + "-1"
        out.append(_Base(b.title, b.lang, b.outlet, date, url, (), b.kind, number))
    return out


def _series(lang: str, rng: random.Random, used: set[str]) -> list[_Base]:
    """A periodic series: one outlet, consecutive numbers or months."""
    tpl = rng.choice(_SERIES[lang])
    outlets = [i for i, o in enumerate(OUTLETS) if o[3] == lang]
    o = rng.choice(outlets)
    start = rng.randint(1, 400)
    year = rng.randint(2015, 2024)
    out: list[_Base] = []
    for k in range(rng.randint(2, 5)):
        month = (start + k) % 12
        fields = {
            "n": start + k,
            "year": year + (start + k) // 12 - start // 12,
            **{name: names[month] for name, names in _MONTH_NAMES.items()},
        }
        title = tpl.format(**fields)
        if title in used:
            continue
        used.add(title)
        if "{n}" in tpl:
            date = _rand_date(rng, year) if rng.random() < 0.5 else None
        else:
            date = PartialDate(int(fields["year"]), month + 1) if rng.random() < 0.6 else None
        url = f"https://{OUTLETS[o][1]}/digest/{start + k}-{year}" if rng.random() < 0.5 else None
        out.append(_Base(title, lang, o, date, url, (), Kind.REPORT, None))
    return out


def generate(n: int, seed: int = 0) -> tuple[list[Reference], list[int]]:
    """``n`` references and their labels (equal labels: the same item), shuffled."""
    rng = random.Random(seed)
    refs: list[Reference] = []
    labels: list[int] = []
    used: set[str] = set()
    label = 0
    langs = ("ru", "ru", "ru", "ru", "kk", "kk", "et", "et", "en", "en", "en")
    while len(refs) < n:
        lang = rng.choice(langs)
        r = rng.random()
        if r < 0.04:
            bases = _series(lang, rng, used)
        else:
            b = _base(lang, rng, used, label)
            bases = [b]
            if r < 0.14:
                bases += _negatives(b, rng, label + 1)
        for b in bases:
            for c in range(_copies(rng)):
                n_ops = 0 if c == 0 and rng.random() < 0.5 else rng.randint(1, 3)
                refs.append(_variant(b, rng, n_ops))
                labels.append(label)
            label += 1
    del refs[n:], labels[n:]
    order = list(range(len(refs)))
    rng.shuffle(order)
    return [refs[i] for i in order], [labels[i] for i in order]


def pair_counts(
    clusters: Sequence[Sequence[int]], labels: Sequence[int], refs: Sequence[Reference]
) -> dict[str, int]:
    """True/predicted/correct pair counts, overall and for cross-script pairs."""

    def script(i: int) -> int:
        t = refs[i].title
        if not t:
            return 2
        return 1 if _is_cyr(t) else 0

    truth: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        truth.setdefault(lab, [0, 0, 0])[script(i)] += 1
    true_pairs = sum(sum(v) * (sum(v) - 1) // 2 for v in truth.values())
    true_cross = sum(v[0] * v[1] for v in truth.values())
    predicted = correct = correct_cross = 0
    for members in clusters:
        k = len(members)
        predicted += k * (k - 1) // 2
        by: dict[int, list[int]] = {}
        for i in members:
            by.setdefault(labels[i], [0, 0, 0])[script(i)] += 1
        for v in by.values():
            s = sum(v)
            correct += s * (s - 1) // 2
            correct_cross += v[0] * v[1]
    return {
        "true": true_pairs,
        "predicted": predicted,
        "correct": correct,
        "true_cross": true_cross,
        "correct_cross": correct_cross,
    }
