# ruff: noqa: E501  (golden strings are whole bibliography entries)
"""Golden and property tests for kzcite.render and the pybtex adapter.

Every built-in style renders the same 13 references; each expected string was written
from the style manual's rule named in its test id. Fields a style romanizes are
written as ``{T}`` (title), ``{O}`` (outlet), ``{F}``/``{G}`` (first author's family and
given name) and filled in with ``kzcite.romanize`` (scheme ``ala-lc``) at test time, so
these tests pin where and how a romanized field is placed, not the scheme's tables.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzcite.errors import StyleError
from kzcite.records import Diagnostic, Kind, PartialDate, Person, Reference
from kzcite.render import (
    entry_runs,
    render,
    render_citation,
    render_entry,
    render_note,
    sort_references,
)
from kzcite.styles import load_style

STYLES = [
    "apa-7",
    "chicago-17-nb",
    "chicago-17-ad",
    "mla-9",
    "harvard-ctr",
    "gost-r-7.0.100-2018",
    "iso-690",
]
ROMANIZING = {"apa-7", "chicago-17-nb", "chicago-17-ad", "mla-9", "harvard-ctr", "note"}

TRUNC = Diagnostic(code="truncated-title", message="title cut off at the end of the line")

REFS = {
    # newspaper article with an author, Estonian title (seed 000)
    "news_author": Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale",
        authors=(Person("Kressa", "Kaarel"),),
        outlet="Eesti Päevaleht",
        date=PartialDate(2022, 6, 1),
        url="https://epl.delfi.ee/artikkel/97480000",
        language="et",
    ),
    # newspaper article without an author, with an access date
    "news_no_author": Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Kazakhstan ratifies updated military coop agreement with Russia",
        outlet="Eurasianet",
        date=PartialDate(2021, 12, 22),
        url="https://eurasianet.org/kazakhstan-ratifies-military-agreement",
        language="en",
        access_date=PartialDate(2022, 1, 18),
    ),
    # Russian title, no author
    "news_ru": Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Договор о военном сотрудничестве РК и РФ принял сенат",
        outlet="Kapital.kz",
        date=PartialDate(2022, 2, 17),
        url="https://kapital.kz/gosudarstvo/103000/dogovor.html",
        language="ru",
    ),
    # Kazakh title and author
    "news_kk": Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Қазақстан мен Ресей арасындағы әскери ынтымақтастық",
        authors=(Person("Әлиев", "Ә."),),
        outlet="Егемен Қазақстан",
        date=PartialDate(2022, 3, 15),
        url="https://egemen.kz/article/300000",
        language="kk",
    ),
    # legal act, month-only date, access date
    "legal": Reference(
        raw="",
        kind=Kind.LEGAL,
        title="О ратификации Договора между Республикой Казахстан и Российской Федерацией о военном сотрудничестве",
        outlet="Әділет",
        number="100-VII",
        date=PartialDate(2022, 2),
        url="https://adilet.zan.kz/rus/docs/Z2200000100",
        language="ru",
        access_date=PartialDate(2022, 6, 1),
    ),
    # web page (Russian) with an access date
    "webpage_ru": Reference(
        raw="",
        kind=Kind.WEBPAGE,
        title="Информация о различиях положений договоров",
        outlet="Сенат Парламента Республики Казахстан",
        date=PartialDate(2022, 1, 18),
        url="https://senate.parlam.kz/ru-RU/news/view/1000",
        language="ru",
        access_date=PartialDate(2022, 2, 1),
    ),
    # web page (English) without a date
    "webpage_en": Reference(
        raw="",
        kind=Kind.WEBPAGE,
        title="Kazakhstan, Parliamentary Elections, 10 January 2021",
        outlet="OSCE",
        url="https://www.osce.org/odihr/elections/kazakhstan/470000",
        language="en",
        access_date=PartialDate(2023, 5, 4),
    ),
    # book, year-only date, two authors
    "book": Reference(
        raw="",
        kind=Kind.BOOK,
        title="Central Asia in the Era of Sovereignty",
        authors=(Person("Burghart", "Daniel L."), Person("Sabonis-Helf", "Theresa")),
        outlet="Rowman & Littlefield",
        place="Lanham",
        date=PartialDate(2018),
        language="en",
    ),
    # journal article with a DOI
    "journal_doi": Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Why now? Security cooperation in Central Asia",
        authors=(Person("Smith", "John Paul"), Person("Doe", "Jane")),
        outlet="Central Asian Survey",
        volume="41",
        issue="3",
        pages="445-467",
        date=PartialDate(2022),
        doi="10.1080/02634937.2022.2034567",
        language="en",
    ),
    # journal article, five authors, print only
    "journal_five": Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Energy and security in Kazakhstan",
        authors=(
            Person("Anceschi", "Luca"),
            Person("Laruelle", "Marlene"),
            Person("Peyrouse", "Sebastien"),
            Person("Kassenova", "Nargis"),
            Person("Nurseitova", "Aigerim"),
        ),
        outlet="Europe-Asia Studies",
        volume="74",
        issue="2",
        pages="201–225",
        date=PartialDate(2022),
        language="en",
    ),
    # truncated title
    "truncated": Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="By welcoming draft-dodgers Kazakhstan increases distance from",
        outlet="EURACTIV",
        date=PartialDate(2022, 9, 29),
        url="https://www.euractiv.com/section/central-asia/news/kz",
        language="en",
        diagnostics=(TRUNC,),
    ),
    # report, month-only date
    "report": Reference(
        raw="",
        kind=Kind.REPORT,
        title="Republic of Kazakhstan: Selected Issues",
        outlet="International Monetary Fund",
        number="22/114",
        date=PartialDate(2022, 5),
        url="https://www.imf.org/en/Publications/CR/2022/05/kaz",
        language="en",
    ),
    # newspaper article, year-only date
    "news_year": Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Kazakhstan is breaking out of Russia's grip",
        authors=(Person("Umarov", "Temur"),),
        outlet="Foreign Policy",
        date=PartialDate(2022),
        url="https://foreignpolicy.com/2022/kazakhstan-russia/",
        language="en",
    ),
}


GOLDEN = [
    # ---- apa-7
    (
        "apa-7",
        "news_author",
        "APA 10.1 ex.16 newspaper: Author, A. (Y, Month D). Title. Newspaper. URL",
        "Kressa, K. (2022, June 1). Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale. Eesti Päevaleht. https://epl.delfi.ee/artikkel/97480000",
    ),
    (
        "apa-7",
        "news_no_author",
        "APA 9.12 no author: title moves before the date",
        "Kazakhstan ratifies updated military coop agreement with Russia. (2021, December 22). Eurasianet. https://eurasianet.org/kazakhstan-ratifies-military-agreement",
    ),
    (
        "apa-7",
        "news_ru",
        "APA 9.38-9.39 non-Latin titles transliterated; 9.12 no author",
        "{T}. (2022, February 17). Kapital.kz. https://kapital.kz/gosudarstvo/103000/dogovor.html",
    ),
    (
        "apa-7",
        "news_kk",
        "APA 9.39 author names transliterated; Kazakh title",
        "{F}, {G} (2022, March 15). {T}. {O}. https://egemen.kz/article/300000",
    ),
    (
        "apa-7",
        "legal",
        "APA 11.4 legislation: Name of act, No. (Year). Source. URL; month-only date gives year",
        "{T}, No. 100-VII (2022). {O}. https://adilet.zan.kz/rus/docs/Z2200000100",
    ),
    (
        "apa-7",
        "webpage_ru",
        "APA 10.16 webpage by group author; 9.16 Retrieved ... from",
        "{O}. (2022, January 18). {T}. Retrieved February 1, 2022, from https://senate.parlam.kz/ru-RU/news/view/1000",
    ),
    (
        "apa-7",
        "webpage_en",
        "APA 9.17 (n.d.); 9.11 group author = site name not repeated",
        "OSCE. (n.d.). Kazakhstan, Parliamentary Elections, 10 January 2021. Retrieved May 4, 2023, from https://www.osce.org/odihr/elections/kazakhstan/470000",
    ),
    (
        "apa-7",
        "book",
        "APA 10.2 book: year only, publisher, no place; 9.8 two authors with &",
        "Burghart, D. L., & Sabonis-Helf, T. (2018). Central Asia in the Era of Sovereignty. Rowman & Littlefield.",
    ),
    (
        "apa-7",
        "journal_doi",
        "APA 10.1 journal: Journal, volume(issue), pages. https://doi.org/",
        "Smith, J. P., & Doe, J. (2022). Why now? Security cooperation in Central Asia. Central Asian Survey, 41(3), 445–467. https://doi.org/10.1080/02634937.2022.2034567",
    ),
    (
        "apa-7",
        "journal_five",
        "APA 9.8 up to 20 authors listed; print article without DOI",
        "Anceschi, L., Laruelle, M., Peyrouse, S., Kassenova, N., & Nurseitova, A. (2022). Energy and security in Kazakhstan. Europe-Asia Studies, 74(2), 201–225.",
    ),
    (
        "apa-7",
        "truncated",
        "truncated title ends in an ellipsis; APA 9.12 no author",
        "By welcoming draft-dodgers Kazakhstan increases distance from… (2022, September 29). EURACTIV. https://www.euractiv.com/section/central-asia/news/kz",
    ),
    (
        "apa-7",
        "report",
        "APA 10.4 report: (Report No. x); group author = publisher omitted",
        "International Monetary Fund. (2022). Republic of Kazakhstan: Selected Issues (Report No. 22/114). https://www.imf.org/en/Publications/CR/2022/05/kaz",
    ),
    (
        "apa-7",
        "news_year",
        "APA 9.14 year-only date",
        "Umarov, T. (2022). Kazakhstan is breaking out of Russia's grip. Foreign Policy. https://foreignpolicy.com/2022/kazakhstan-russia/",
    ),
    # ---- chicago-17-nb
    (
        "chicago-17-nb",
        "news_author",
        "CMOS 14.191 newspaper bibliography entry",
        "Kressa, Kaarel. “Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale.” Eesti Päevaleht, June 1, 2022. https://epl.delfi.ee/artikkel/97480000.",
    ),
    (
        "chicago-17-nb",
        "news_no_author",
        "CMOS 14.207 unsigned article listed under the newspaper",
        "Eurasianet. “Kazakhstan ratifies updated military coop agreement with Russia.” December 22, 2021. https://eurasianet.org/kazakhstan-ratifies-military-agreement.",
    ),
    (
        "chicago-17-nb",
        "news_ru",
        "CMOS 11.97 Russian romanized (LC); 14.207 unsigned",
        "Kapital.kz. “{T}.” February 17, 2022. https://kapital.kz/gosudarstvo/103000/dogovor.html.",
    ),
    (
        "chicago-17-nb",
        "news_kk",
        "CMOS 11.97 romanized Kazakh title and name",
        "{F}, {G} “{T}.” {O}, March 15, 2022. https://egemen.kz/article/300000.",
    ),
    (
        "chicago-17-nb",
        "legal",
        "CMOS 14.281 (adapted) act: Title, No. Body, date. Accessed. URL.",
        "{T}, No. 100-VII. {O}, February 2022. Accessed June 1, 2022. https://adilet.zan.kz/rus/docs/Z2200000100.",
    ),
    (
        "chicago-17-nb",
        "webpage_ru",
        "CMOS 14.206 website content; 14.12 access date before URL",
        "“{T}.” {O}. January 18, 2022. Accessed February 1, 2022. https://senate.parlam.kz/ru-RU/news/view/1000.",
    ),
    (
        "chicago-17-nb",
        "webpage_en",
        "CMOS 14.206 undated page: access date",
        "“Kazakhstan, Parliamentary Elections, 10 January 2021.” OSCE. Accessed May 4, 2023. https://www.osce.org/odihr/elections/kazakhstan/470000.",
    ),
    (
        "chicago-17-nb",
        "book",
        "CMOS 14.68 book: Place: Publisher, Year; 14.76 two authors",
        "Burghart, Daniel L., and Theresa Sabonis-Helf. Central Asia in the Era of Sovereignty. Lanham: Rowman & Littlefield, 2018.",
    ),
    (
        "chicago-17-nb",
        "journal_doi",
        "CMOS 14.175 journal: Journal 41, no. 3 (2022): pages. DOI.",
        "Smith, John Paul, and Jane Doe. “Why now? Security cooperation in Central Asia.” Central Asian Survey 41, no. 3 (2022): 445–467. https://doi.org/10.1080/02634937.2022.2034567.",
    ),
    (
        "chicago-17-nb",
        "journal_five",
        "CMOS 14.76 up to ten authors listed in the bibliography",
        "Anceschi, Luca, Marlene Laruelle, Sebastien Peyrouse, Nargis Kassenova, and Aigerim Nurseitova. “Energy and security in Kazakhstan.” Europe-Asia Studies 74, no. 2 (2022): 201–225.",
    ),
    (
        "chicago-17-nb",
        "truncated",
        "truncated title ends in an ellipsis; CMOS 14.207 unsigned",
        "EURACTIV. “By welcoming draft-dodgers Kazakhstan increases distance from…” September 29, 2022. https://www.euractiv.com/section/central-asia/news/kz.",
    ),
    (
        "chicago-17-nb",
        "report",
        "CMOS 14.220 report by an organization",
        "International Monetary Fund. Republic of Kazakhstan: Selected Issues. 22/114. May 2022. https://www.imf.org/en/Publications/CR/2022/05/kaz.",
    ),
    (
        "chicago-17-nb",
        "news_year",
        "CMOS 14.191 newspaper with a year-only date",
        "Umarov, Temur. “Kazakhstan is breaking out of Russia's grip.” Foreign Policy, 2022. https://foreignpolicy.com/2022/kazakhstan-russia/.",
    ),
    (
        "note",
        "news_author",
        "CMOS 14.191 newspaper full note",
        "Kaarel Kressa, “Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale,” Eesti Päevaleht, June 1, 2022, https://epl.delfi.ee/artikkel/97480000.",
    ),
    (
        "note",
        "news_no_author",
        "CMOS 14.207 unsigned article: note begins with the title",
        "“Kazakhstan ratifies updated military coop agreement with Russia,” Eurasianet, December 22, 2021, https://eurasianet.org/kazakhstan-ratifies-military-agreement.",
    ),
    (
        "note",
        "news_ru",
        "CMOS 14.207 note, romanized title",
        "“{T},” Kapital.kz, February 17, 2022, https://kapital.kz/gosudarstvo/103000/dogovor.html.",
    ),
    (
        "note",
        "news_kk",
        "CMOS 14.191 note, romanized Kazakh name and title",
        "{G} {F}, “{T},” {O}, March 15, 2022, https://egemen.kz/article/300000.",
    ),
    (
        "note",
        "legal",
        "CMOS 14.281 (adapted) note for an act",
        "{T}, No. 100-VII, {O}, February 2022, https://adilet.zan.kz/rus/docs/Z2200000100.",
    ),
    (
        "note",
        "webpage_ru",
        "CMOS 14.206 website note with access date",
        "“{T},” {O}, January 18, 2022, accessed February 1, 2022, https://senate.parlam.kz/ru-RU/news/view/1000.",
    ),
    (
        "note",
        "webpage_en",
        "CMOS 14.206 undated website note",
        "“Kazakhstan, Parliamentary Elections, 10 January 2021,” OSCE, accessed May 4, 2023, https://www.osce.org/odihr/elections/kazakhstan/470000.",
    ),
    (
        "note",
        "book",
        "CMOS 14.68 book note: (Place: Publisher, Year)",
        "Daniel L. Burghart and Theresa Sabonis-Helf, Central Asia in the Era of Sovereignty (Lanham: Rowman & Littlefield, 2018).",
    ),
    (
        "note",
        "journal_doi",
        "CMOS 14.175 journal note",
        "John Paul Smith and Jane Doe, “Why now? Security cooperation in Central Asia,” Central Asian Survey 41, no. 3 (2022): 445–467, https://doi.org/10.1080/02634937.2022.2034567.",
    ),
    (
        "note",
        "journal_five",
        "CMOS 14.76 four or more authors: first + et al. in notes",
        "Luca Anceschi et al., “Energy and security in Kazakhstan,” Europe-Asia Studies 74, no. 2 (2022): 201–225.",
    ),
    (
        "note",
        "truncated",
        "CMOS note; truncated title ends in an ellipsis",
        "“By welcoming draft-dodgers Kazakhstan increases distance from…” EURACTIV, September 29, 2022, https://www.euractiv.com/section/central-asia/news/kz.",
    ),
    (
        "note",
        "report",
        "CMOS 14.220 report note",
        "International Monetary Fund, Republic of Kazakhstan: Selected Issues, 22/114 (May 2022), https://www.imf.org/en/Publications/CR/2022/05/kaz.",
    ),
    (
        "note",
        "news_year",
        "CMOS 14.191 note, year-only date",
        "Temur Umarov, “Kazakhstan is breaking out of Russia's grip,” Foreign Policy, 2022, https://foreignpolicy.com/2022/kazakhstan-russia/.",
    ),
    # ---- chicago-17-ad
    (
        "chicago-17-ad",
        "news_author",
        'CMOS 15.9 newspaper: Author. Year. "Title." Paper, Month D, Year. URL.',
        "Kressa, Kaarel. 2022. “Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale.” Eesti Päevaleht, June 1, 2022. https://epl.delfi.ee/artikkel/97480000.",
    ),
    (
        "chicago-17-ad",
        "news_no_author",
        "CMOS 15.47 unsigned article listed under the newspaper",
        "Eurasianet. 2021. “Kazakhstan ratifies updated military coop agreement with Russia.” December 22, 2021. https://eurasianet.org/kazakhstan-ratifies-military-agreement.",
    ),
    (
        "chicago-17-ad",
        "news_ru",
        "CMOS 15.47 unsigned; 11.97 romanized",
        "Kapital.kz. 2022. “{T}.” February 17, 2022. https://kapital.kz/gosudarstvo/103000/dogovor.html.",
    ),
    (
        "chicago-17-ad",
        "news_kk",
        "CMOS 15.9 newspaper; romanized Kazakh",
        "{F}, {G} 2022. “{T}.” {O}, March 15, 2022. https://egemen.kz/article/300000.",
    ),
    (
        "chicago-17-ad",
        "legal",
        "CMOS 15.9 (adapted) act",
        "{T}, No. 100-VII. 2022. {O}. Accessed June 1, 2022. https://adilet.zan.kz/rus/docs/Z2200000100.",
    ),
    (
        "chicago-17-ad",
        "webpage_ru",
        "CMOS 15.51 website content with owner as author",
        "{O}. 2022. “{T}.” January 18, 2022. Accessed February 1, 2022. https://senate.parlam.kz/ru-RU/news/view/1000.",
    ),
    (
        "chicago-17-ad",
        "webpage_en",
        "CMOS 15.50 n.d. with access date",
        "OSCE. n.d. “Kazakhstan, Parliamentary Elections, 10 January 2021.” Accessed May 4, 2023. https://www.osce.org/odihr/elections/kazakhstan/470000.",
    ),
    (
        "chicago-17-ad",
        "book",
        "CMOS 15.9 book: Place: Publisher.",
        "Burghart, Daniel L., and Theresa Sabonis-Helf. 2018. Central Asia in the Era of Sovereignty. Lanham: Rowman & Littlefield.",
    ),
    (
        "chicago-17-ad",
        "journal_doi",
        "CMOS 15.9 journal: Journal 41 (3): pages.",
        "Smith, John Paul, and Jane Doe. 2022. “Why now? Security cooperation in Central Asia.” Central Asian Survey 41 (3): 445–467. https://doi.org/10.1080/02634937.2022.2034567.",
    ),
    (
        "chicago-17-ad",
        "journal_five",
        "CMOS 15.9/14.76 up to ten authors listed",
        "Anceschi, Luca, Marlene Laruelle, Sebastien Peyrouse, Nargis Kassenova, and Aigerim Nurseitova. 2022. “Energy and security in Kazakhstan.” Europe-Asia Studies 74 (2): 201–225.",
    ),
    (
        "chicago-17-ad",
        "truncated",
        "CMOS 15.47 unsigned; truncated title ellipsis",
        "EURACTIV. 2022. “By welcoming draft-dodgers Kazakhstan increases distance from…” September 29, 2022. https://www.euractiv.com/section/central-asia/news/kz.",
    ),
    (
        "chicago-17-ad",
        "report",
        "CMOS 15.9 report by an organization",
        "International Monetary Fund. 2022. Republic of Kazakhstan: Selected Issues. 22/114. https://www.imf.org/en/Publications/CR/2022/05/kaz.",
    ),
    (
        "chicago-17-ad",
        "news_year",
        "CMOS 15.9 year-only date: no repeated date after the paper",
        "Umarov, Temur. 2022. “Kazakhstan is breaking out of Russia's grip.” Foreign Policy. https://foreignpolicy.com/2022/kazakhstan-russia/.",
    ),
    # ---- mla-9
    (
        "mla-9",
        "news_author",
        "MLA 5.1 core elements; 5.96 URL without https://",
        "Kressa, Kaarel. “Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale.” Eesti Päevaleht, 1 June 2022, epl.delfi.ee/artikkel/97480000.",
    ),
    (
        "mla-9",
        "news_no_author",
        "MLA 5.21 no author: entry starts with the title",
        "“Kazakhstan ratifies updated military coop agreement with Russia.” Eurasianet, 22 Dec. 2021, eurasianet.org/kazakhstan-ratifies-military-agreement.",
    ),
    (
        "mla-9",
        "news_ru",
        "MLA romanized title; 5.21 no author",
        "“{T}.” Kapital.kz, 17 Feb. 2022, kapital.kz/gosudarstvo/103000/dogovor.html.",
    ),
    (
        "mla-9",
        "news_kk",
        "MLA romanized Kazakh author and title",
        "{F}, {G} “{T}.” {O}, 15 Mar. 2022, egemen.kz/article/300000.",
    ),
    (
        "mla-9",
        "legal",
        "MLA 5.x government publication: title first, publisher, date",
        "{T}. No. 100-VII. {O}, Feb. 2022, adilet.zan.kz/rus/docs/Z2200000100.",
    ),
    (
        "mla-9",
        "webpage_ru",
        "MLA web page: Website, date, URL",
        "“{T}.” {O}, 18 Jan. 2022, senate.parlam.kz/ru-RU/news/view/1000.",
    ),
    (
        "mla-9",
        "webpage_en",
        "MLA 5.111 no publication date: Accessed date at the end",
        "“Kazakhstan, Parliamentary Elections, 10 January 2021.” OSCE, osce.org/odihr/elections/kazakhstan/470000. Accessed 4 May 2023.",
    ),
    (
        "mla-9",
        "book",
        "MLA 5.7 two authors; book: Publisher, Year",
        "Burghart, Daniel L., and Theresa Sabonis-Helf. Central Asia in the Era of Sovereignty. Rowman & Littlefield, 2018.",
    ),
    (
        "mla-9",
        "journal_doi",
        "MLA journal: vol., no., year, pp., DOI as https://doi.org/",
        "Smith, John Paul, and Jane Doe. “Why now? Security cooperation in Central Asia.” Central Asian Survey, vol. 41, no. 3, 2022, pp. 445–467, https://doi.org/10.1080/02634937.2022.2034567.",
    ),
    (
        "mla-9",
        "journal_five",
        "MLA 5.8 three or more authors: et al.",
        "Anceschi, Luca, et al. “Energy and security in Kazakhstan.” Europe-Asia Studies, vol. 74, no. 2, 2022, pp. 201–225.",
    ),
    (
        "mla-9",
        "truncated",
        "MLA 5.21; truncated title ends in an ellipsis",
        "“By welcoming draft-dodgers Kazakhstan increases distance from…” EURACTIV, 29 Sept. 2022, euractiv.com/section/central-asia/news/kz.",
    ),
    (
        "mla-9",
        "report",
        "MLA report by the publishing body: title first",
        "Republic of Kazakhstan: Selected Issues. 22/114. International Monetary Fund, May 2022, imf.org/en/Publications/CR/2022/05/kaz.",
    ),
    (
        "mla-9",
        "news_year",
        "MLA year-only date",
        "Umarov, Temur. “Kazakhstan is breaking out of Russia's grip.” Foreign Policy, 2022, foreignpolicy.com/2022/kazakhstan-russia/.",
    ),
    # ---- harvard-ctr
    (
        "harvard-ctr",
        "news_author",
        "CTR newspaper online: 'Title', Paper, D Month. Available at: URL",
        "Kressa, K. (2022) ‘Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale’, Eesti Päevaleht, 1 June. Available at: https://epl.delfi.ee/artikkel/97480000.",
    ),
    (
        "harvard-ctr",
        "news_no_author",
        "CTR no author: newspaper title in the author position; (Accessed: date)",
        "Eurasianet (2021) ‘Kazakhstan ratifies updated military coop agreement with Russia’, 22 December. Available at: https://eurasianet.org/kazakhstan-ratifies-military-agreement (Accessed: 18 January 2022).",
    ),
    (
        "harvard-ctr",
        "news_ru",
        "CTR no author; romanized title",
        "Kapital.kz (2022) ‘{T}’, 17 February. Available at: https://kapital.kz/gosudarstvo/103000/dogovor.html.",
    ),
    (
        "harvard-ctr",
        "news_kk",
        "CTR newspaper; romanized Kazakh",
        "{F}, {G} (2022) ‘{T}’, {O}, 15 March. Available at: https://egemen.kz/article/300000.",
    ),
    (
        "harvard-ctr",
        "legal",
        "CTR legislation: Title Year, No. Available at: URL (Accessed: date)",
        "{T} 2022, No. 100-VII. {O}. Available at: https://adilet.zan.kz/rus/docs/Z2200000100 (Accessed: 1 June 2022).",
    ),
    (
        "harvard-ctr",
        "webpage_ru",
        "CTR web page: Organisation (Year) Title. Available at: URL (Accessed: date)",
        "{O} (2022) {T}. Available at: https://senate.parlam.kz/ru-RU/news/view/1000 (Accessed: 1 February 2022).",
    ),
    (
        "harvard-ctr",
        "webpage_en",
        "CTR web page: (no date)",
        "OSCE (no date) Kazakhstan, Parliamentary Elections, 10 January 2021. Available at: https://www.osce.org/odihr/elections/kazakhstan/470000 (Accessed: 4 May 2023).",
    ),
    (
        "harvard-ctr",
        "book",
        "CTR book: Place: Publisher; two authors joined with and",
        "Burghart, D.L. and Sabonis-Helf, T. (2018) Central Asia in the Era of Sovereignty. Lanham: Rowman & Littlefield.",
    ),
    (
        "harvard-ctr",
        "journal_doi",
        "CTR journal: 41(3), pp. x–y. Available at: https://doi.org/",
        "Smith, J.P. and Doe, J. (2022) ‘Why now? Security cooperation in Central Asia’, Central Asian Survey, 41(3), pp. 445–467. Available at: https://doi.org/10.1080/02634937.2022.2034567.",
    ),
    (
        "harvard-ctr",
        "journal_five",
        "CTR four or more authors: et al.",
        "Anceschi, L. et al. (2022) ‘Energy and security in Kazakhstan’, Europe-Asia Studies, 74(2), pp. 201–225.",
    ),
    (
        "harvard-ctr",
        "truncated",
        "CTR no author; truncated title ends in an ellipsis",
        "EURACTIV (2022) ‘By welcoming draft-dodgers Kazakhstan increases distance from…’, 29 September. Available at: https://www.euractiv.com/section/central-asia/news/kz.",
    ),
    (
        "harvard-ctr",
        "report",
        "CTR report by an organisation",
        "International Monetary Fund (2022) Republic of Kazakhstan: Selected Issues. 22/114. Available at: https://www.imf.org/en/Publications/CR/2022/05/kaz.",
    ),
    (
        "harvard-ctr",
        "news_year",
        "CTR newspaper with year only",
        "Umarov, T. (2022) ‘Kazakhstan is breaking out of Russia's grip’, Foreign Policy. Available at: https://foreignpolicy.com/2022/kazakhstan-russia/.",
    ),
    # ---- gost-r-7.0.100-2018
    (
        "gost-r-7.0.100-2018",
        "news_author",
        "ГОСТ 7.0.100 прил. А: статья на сайте, Текст : электронный, // Издание : [сайт]",
        "Kressa, K. Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale / K. Kressa. – Текст : электронный // Eesti Päevaleht : [сайт]. – 2022. – 1 июня. – URL: https://epl.delfi.ee/artikkel/97480000.",
    ),
    (
        "gost-r-7.0.100-2018",
        "news_no_author",
        "ГОСТ 7.0.100: без автора — с заглавия; 7.0.108 дата обращения ДД.ММ.ГГГГ",
        "Kazakhstan ratifies updated military coop agreement with Russia. – Текст : электронный // Eurasianet : [сайт]. – 2021. – 22 дек. – URL: https://eurasianet.org/kazakhstan-ratifies-military-agreement (дата обращения: 18.01.2022).",
    ),
    (
        "gost-r-7.0.100-2018",
        "news_ru",
        "ГОСТ 7.0.100: русское заглавие; 7.0.12: 17 февр.",
        "Договор о военном сотрудничестве РК и РФ принял сенат. – Текст : электронный // Kapital.kz : [сайт]. – 2022. – 17 февр. – URL: https://kapital.kz/gosudarstvo/103000/dogovor.html.",
    ),
    (
        "gost-r-7.0.100-2018",
        "news_kk",
        "ГОСТ 7.0.100: казахское заглавие, заголовок и сведения об ответственности",
        "Әлиев, Ә. Қазақстан мен Ресей арасындағы әскери ынтымақтастық / Ә. Әлиев. – Текст : электронный // Егемен Қазақстан : [сайт]. – 2022. – 15 марта. – URL: https://egemen.kz/article/300000.",
    ),
    (
        "gost-r-7.0.100-2018",
        "legal",
        "ГОСТ 7.0.100: законодательный акт : № ...; дата до месяца",
        "О ратификации Договора между Республикой Казахстан и Российской Федерацией о военном сотрудничестве : № 100-VII. – Текст : электронный // Әділет : [сайт]. – 2022. – февраль. – URL: https://adilet.zan.kz/rus/docs/Z2200000100 (дата обращения: 01.06.2022).",
    ),
    (
        "gost-r-7.0.100-2018",
        "webpage_ru",
        "ГОСТ 7.0.100/7.0.108: документ на сайте организации",
        "Информация о различиях положений договоров. – Текст : электронный // Сенат Парламента Республики Казахстан : [сайт]. – 2022. – 18 янв. – URL: https://senate.parlam.kz/ru-RU/news/view/1000 (дата обращения: 01.02.2022).",
    ),
    (
        "gost-r-7.0.100-2018",
        "webpage_en",
        "ГОСТ 7.0.100: без даты публикации",
        "Kazakhstan, Parliamentary Elections, 10 January 2021. – Текст : электронный // OSCE : [сайт]. – URL: https://www.osce.org/odihr/elections/kazakhstan/470000 (дата обращения: 04.05.2023).",
    ),
    (
        "gost-r-7.0.100-2018",
        "book",
        "ГОСТ 7.0.100: книга, Место : Издательство, год. – Текст : непосредственный",
        "Burghart, D. L. Central Asia in the Era of Sovereignty / D. L. Burghart, T. Sabonis-Helf. – Lanham : Rowman & Littlefield, 2018. – Текст : непосредственный.",
    ),
    (
        "gost-r-7.0.100-2018",
        "journal_doi",
        "ГОСТ 7.0.100: статья из журнала, Т. , № . – С. ; DOI",
        "Smith, J. P. Why now? Security cooperation in Central Asia / J. P. Smith, J. Doe. – Текст : электронный // Central Asian Survey. – 2022. – Т. 41, № 3. – С. 445–467. – DOI 10.1080/02634937.2022.2034567.",
    ),
    (
        "gost-r-7.0.100-2018",
        "journal_five",
        "ГОСТ 7.0.100 5.1.2: 4+ авторов — с заглавия; 5+ — три [и др.]",
        "Energy and security in Kazakhstan / L. Anceschi, M. Laruelle, S. Peyrouse [и др.]. – Текст : непосредственный // Europe-Asia Studies. – 2022. – Т. 74, № 2. – С. 201–225.",
    ),
    (
        "gost-r-7.0.100-2018",
        "truncated",
        "усечённое заглавие с многоточием",
        "By welcoming draft-dodgers Kazakhstan increases distance from… – Текст : электронный // EURACTIV : [сайт]. – 2022. – 29 сент. – URL: https://www.euractiv.com/section/central-asia/news/kz.",
    ),
    (
        "gost-r-7.0.100-2018",
        "report",
        "ГОСТ 7.0.100: отчёт организации",
        "Republic of Kazakhstan: Selected Issues : № 22/114 / International Monetary Fund. – 2022. – URL: https://www.imf.org/en/Publications/CR/2022/05/kaz. – Текст : электронный.",
    ),
    (
        "gost-r-7.0.100-2018",
        "news_year",
        "ГОСТ 7.0.100: дата — только год",
        "Umarov, T. Kazakhstan is breaking out of Russia's grip / T. Umarov. – Текст : электронный // Foreign Policy : [сайт]. – 2022. – URL: https://foreignpolicy.com/2022/kazakhstan-russia/.",
    ),
    # ---- iso-690
    (
        "iso-690",
        "news_author",
        "ISO 690: SURNAME, Given. Title. Paper [online]. Date. Available from: URL",
        "KRESSA, Kaarel. Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale. Eesti Päevaleht [online]. 1 June 2022. Available from: https://epl.delfi.ee/artikkel/97480000",
    ),
    (
        "iso-690",
        "news_no_author",
        "ISO 690: no creator, title first; [viewed date]",
        "Kazakhstan ratifies updated military coop agreement with Russia. Eurasianet [online]. 22 December 2021 [viewed 18 January 2022]. Available from: https://eurasianet.org/kazakhstan-ratifies-military-agreement",
    ),
    (
        "iso-690",
        "news_ru",
        "ISO 690 5.3: Cyrillic kept in the original script",
        "Договор о военном сотрудничестве РК и РФ принял сенат. Kapital.kz [online]. 17 February 2022. Available from: https://kapital.kz/gosudarstvo/103000/dogovor.html",
    ),
    (
        "iso-690",
        "news_kk",
        "ISO 690: Kazakh creator upper case, original script",
        "ӘЛИЕВ, Ә. Қазақстан мен Ресей арасындағы әскери ынтымақтастық. Егемен Қазақстан [online]. 15 March 2022. Available from: https://egemen.kz/article/300000",
    ),
    (
        "iso-690",
        "legal",
        "ISO 690: legislation, month-only date",
        "О ратификации Договора между Республикой Казахстан и Российской Федерацией о военном сотрудничестве. No. 100-VII. Әділет [online]. February 2022 [viewed 1 June 2022]. Available from: https://adilet.zan.kz/rus/docs/Z2200000100",
    ),
    (
        "iso-690",
        "webpage_ru",
        "ISO 690: web page [online], site, date [viewed]",
        "Информация о различиях положений договоров [online]. Сенат Парламента Республики Казахстан, 18 January 2022 [viewed 1 February 2022]. Available from: https://senate.parlam.kz/ru-RU/news/view/1000",
    ),
    (
        "iso-690",
        "webpage_en",
        "ISO 690: undated web page",
        "Kazakhstan, Parliamentary Elections, 10 January 2021 [online]. OSCE [viewed 4 May 2023]. Available from: https://www.osce.org/odihr/elections/kazakhstan/470000",
    ),
    (
        "iso-690",
        "book",
        "ISO 690: Place: Publisher, year; two creators",
        "BURGHART, Daniel L. and Theresa SABONIS-HELF. Central Asia in the Era of Sovereignty. Lanham: Rowman & Littlefield, 2018.",
    ),
    (
        "iso-690",
        "journal_doi",
        "ISO 690: Journal. Year, vol., no., pp. DOI",
        "SMITH, John Paul and Jane DOE. Why now? Security cooperation in Central Asia. Central Asian Survey. 2022, vol. 41, no. 3, pp. 445–467. Available from: https://doi.org/10.1080/02634937.2022.2034567",
    ),
    (
        "iso-690",
        "journal_five",
        "ISO 690: more than three creators: et al.",
        "ANCESCHI, Luca et al. Energy and security in Kazakhstan. Europe-Asia Studies. 2022, vol. 74, no. 2, pp. 201–225.",
    ),
    (
        "iso-690",
        "truncated",
        "ISO 690; truncated title ends in an ellipsis",
        "By welcoming draft-dodgers Kazakhstan increases distance from… EURACTIV [online]. 29 September 2022. Available from: https://www.euractiv.com/section/central-asia/news/kz",
    ),
    (
        "iso-690",
        "report",
        "ISO 690: report by an organization",
        "International Monetary Fund. Republic of Kazakhstan: Selected Issues [online]. 22/114. May 2022. Available from: https://www.imf.org/en/Publications/CR/2022/05/kaz",
    ),
    (
        "iso-690",
        "news_year",
        "ISO 690: year-only date",
        "UMAROV, Temur. Kazakhstan is breaking out of Russia's grip. Foreign Policy [online]. 2022. Available from: https://foreignpolicy.com/2022/kazakhstan-russia/",
    ),
]


def _romanized(ref: Reference) -> dict[str, str]:
    try:
        from kzcite.romanize import romanize
    except ImportError:  # pragma: no cover - the romanize module is another helper's
        pytest.skip("kzcite.romanize is not available yet")
    first = ref.authors[0] if ref.authors else Person()
    values = {"T": ref.title or "", "O": ref.outlet or "", "F": first.family, "G": first.given}
    return {k: romanize(v, "ala-lc", lang=ref.language) for k, v in values.items()}


@pytest.mark.parametrize(
    ("style", "key", "rule", "expected"),
    GOLDEN,
    ids=[f"{s}:{k}:{r}" for s, k, r, _ in GOLDEN],
)
def test_golden(style: str, key: str, rule: str, expected: str) -> None:
    ref = REFS[key]
    if "{" in expected:
        expected = expected.format(**_romanized(ref))
    if style == "note":
        assert render_note(ref, "chicago-17-nb") == expected, rule
    else:
        assert render_entry(ref, style) == expected, rule


def test_every_style_has_a_golden_for_every_reference() -> None:
    covered = {(s, k) for s, k, _, _ in GOLDEN}
    for style in [*STYLES, "note"]:
        assert {k for s, k in covered if s == style} == set(REFS), style
    assert len(REFS) >= 12


# --------------------------------------------------------------------------- citations

CITATIONS = [
    ("apa-7", ["news_author"], "APA 8.17 one author", "(Kressa, 2022)"),
    ("apa-7", ["book"], "APA 8.17 two authors joined by &", "(Burghart & Sabonis-Helf, 2018)"),
    ("apa-7", ["journal_five"], "APA 8.17 three or more: et al.", "(Anceschi et al., 2022)"),
    (
        "apa-7",
        ["news_no_author"],
        "APA 8.14 no author: title in quotes, title case",
        "(“Kazakhstan Ratifies Updated Military,” 2021)",
    ),
    ("apa-7", ["webpage_en"], "APA 8.10 group author, n.d.", "(OSCE, n.d.)"),
    (
        "apa-7",
        ["news_author", "book"],
        "APA 8.12 several works: semicolons",
        "(Kressa, 2022; Burghart & Sabonis-Helf, 2018)",
    ),
    ("chicago-17-ad", ["news_author"], "CMOS 15.7 (Author Year)", "(Kressa 2022)"),
    ("chicago-17-ad", ["book"], "CMOS 15.28 two authors", "(Burghart and Sabonis-Helf 2018)"),
    (
        "chicago-17-ad",
        ["journal_five"],
        "CMOS 15.29 four or more: et al.",
        "(Anceschi et al. 2022)",
    ),
    ("chicago-17-ad", ["news_no_author"], "CMOS 15.47 newspaper as author", "(Eurasianet 2021)"),
    (
        "chicago-17-nb",
        ["news_author"],
        "CMOS 14.29 short note",
        "Kressa, “Kasahstan liigub Venemaa mõjusfäärist.”",
    ),
    (
        "chicago-17-nb",
        ["journal_doi"],
        "CMOS 14.29 short title keeps its question mark",
        "Smith and Doe, “Why now?”",
    ),
    ("mla-9", ["news_author"], "MLA 6.3 (Author)", "(Kressa)"),
    ("mla-9", ["book"], "MLA 6.6 two authors", "(Burghart and Sabonis-Helf)"),
    ("mla-9", ["journal_five"], "MLA 6.8 three or more: et al.", "(Anceschi et al.)"),
    (
        "mla-9",
        ["news_no_author"],
        "MLA 6.10 shortened title in quotes",
        "(“Kazakhstan ratifies updated military”)",
    ),
    ("harvard-ctr", ["news_author"], "CTR (Author, Year)", "(Kressa, 2022)"),
    ("harvard-ctr", ["journal_five"], "CTR four or more: et al.", "(Anceschi et al., 2022)"),
    ("harvard-ctr", ["webpage_en"], "CTR (no date)", "(OSCE, no date)"),
    ("iso-690", ["news_author"], "ISO 690 name and date", "(Kressa 2022)"),
    (
        "gost-r-7.0.100-2018",
        ["news_author", "book"],
        "ГОСТ Р 7.0.5 затекстовая ссылка [1, 2]",
        "[1, 2]",
    ),
]


@pytest.mark.parametrize(
    ("style", "keys", "rule", "expected"),
    CITATIONS,
    ids=[f"{s}:{r}" for s, _, r, _ in CITATIONS],
)
def test_citation(style: str, keys: list[str], rule: str, expected: str) -> None:
    assert render_citation([REFS[k] for k in keys], style) == expected, rule


def test_numeric_citation_numbers_follow_the_sorted_bibliography() -> None:
    bib = [REFS["news_author"], REFS["news_ru"], REFS["book"]]
    gost = "gost-r-7.0.100-2018"
    # GOST sorts Cyrillic first: Договор… (1), Burghart (2), Kressa (3)
    assert render_citation([REFS["news_author"]], gost, bibliography=bib) == "[3]"
    assert render_citation([REFS["news_ru"], REFS["book"]], gost, bibliography=bib) == "[1, 2]"
    listing = render(bib, gost)
    assert listing.splitlines()[0].startswith("1. Договор о военном")
    assert listing.splitlines()[2].startswith("3. Kressa, K.")


def test_note_falls_back_to_the_entry_for_styles_without_notes() -> None:
    ref = REFS["news_author"]
    assert render_note(ref, "apa-7") == render_entry(ref, "apa-7")


# --------------------------------------------------------------------------- rendering


def test_romanize_plus_original_policy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("kzcite.romanize", reason="kzcite.romanize lands with another helper")
    style = tmp_path / "apa-both.toml"
    style.write_text(
        '[style]\nid = "apa-both"\ninherits = "apa-7"\n'
        '[non_latin]\npolicy = "romanize+original"\nscheme = "bgn-pcgn"\n',
        encoding="utf-8",
    )
    ref = Reference(raw="", kind=Kind.BOOK, title="Мир", date=PartialDate(2000), language="ru")
    assert render_entry(ref, load_style(style)) == "Mir (Мир). (2000)."


def test_translate_policy_and_bracketed_translation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = Reference(
        raw="",
        kind=Kind.BOOK,
        title="Мир",
        translated_title="Peace",
        date=PartialDate(2000),
        language="ru",
    )
    style = tmp_path / "apa-tr.toml"
    style.write_text(
        '[style]\nid = "apa-tr"\ninherits = "apa-7"\n[non_latin]\npolicy = "translate"\n',
        encoding="utf-8",
    )
    assert render_entry(ref, load_style(style)) == "Peace. (2000)."
    pytest.importorskip("kzcite.romanize", reason="kzcite.romanize lands with another helper")
    # APA 9.38: the original (romanized) title, then the translation in square brackets
    # (not italic, after an italic book title).
    assert render_entry(ref, "apa-7", format="html") == "<i>Mir</i> [Peace]. (2000)."


def test_punctuation_does_not_double() -> None:
    ref = Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Is it over?",
        authors=(Person("Li", "Wei"),),
        outlet="The Diplomat",
        date=PartialDate(2023, 1, 5),
        url="https://thediplomat.com/a",
    )
    assert render_entry(ref, "apa-7") == (
        "Li, W. (2023, January 5). Is it over? The Diplomat. https://thediplomat.com/a"
    )
    assert render_entry(ref, "chicago-17-nb") == (
        "Li, Wei. “Is it over?” The Diplomat, January 5, 2023. https://thediplomat.com/a."
    )
    assert render_note(ref, "chicago-17-nb") == (
        "Wei Li, “Is it over?” The Diplomat, January 5, 2023, https://thediplomat.com/a."
    )
    assert render_entry(ref, "gost-r-7.0.100-2018").startswith("Li, W. Is it over? / W. Li. – ")


def test_truncated_title_gets_one_ellipsis() -> None:
    ref = Reference(raw="", kind=Kind.WEBPAGE, title="Already cut...", diagnostics=(TRUNC,))
    assert render_entry(ref, "mla-9") == "“Already cut...”"
    cut = Reference(raw="", kind=Kind.WEBPAGE, title="Cut here", diagnostics=(TRUNC,))
    assert render_entry(cut, "mla-9", format="html") == "“Cut here…”"


HOSTILE = Reference(
    raw="",
    kind=Kind.ARTICLE,
    title="<script>alert(1)</script> *bold* [x](javascript:alert(1)) \\input{/etc/passwd} 100% $x$ _ # & ~ ^",
    authors=(Person("O'Brien<b>", "Ann & Co"),),
    outlet="Evil\nNewline",
    date=PartialDate(2020),
    url='javascript:alert("x")',
)


def test_html_escapes_untrusted_text_and_refuses_unsafe_links() -> None:
    out = render_entry(HOSTILE, "apa-7", format="html")
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "href" not in out  # javascript: is printed, never linked
    assert "\n" not in out
    safe = Reference(raw="", title="T", url='https://x.org/a"onmouseover="b')
    assert '<a href="https://x.org/a%22onmouseover=%22b">' in render_entry(safe, format="html")


def test_markdown_escapes_untrusted_text() -> None:
    out = render_entry(HOSTILE, "apa-7", format="md")
    assert "\\*bold\\*" in out
    assert "\\[x\\](javascript" in out
    assert "<script>" not in out and "\\<script\\>" in out
    assert "](javascript" not in out.replace("\\](javascript", "")
    ok = Reference(raw="", kind=Kind.WEBPAGE, title="A_b", url="https://x.org/a_b")
    assert render_entry(ok, "mla-9", format="md") == "“A\\_b.” [x.org/a\\_b](<https://x.org/a_b>)."


def test_latex_escapes_every_special_character() -> None:
    out = render_entry(HOSTILE, "apa-7", format="latex")
    assert r"\textbackslash{}input\{/etc/passwd\}" in out
    assert r"100\% \$x\$ \_ \# \& \textasciitilde{} \textasciicircum{}" in out
    assert r"\url" not in out  # the javascript: URL is text, not a link
    depth = 0
    for i, ch in enumerate(out):  # braces balance once escapes are removed
        if ch in "{}" and (i == 0 or out[i - 1] != "\\"):
            depth += 1 if ch == "{" else -1
            assert depth >= 0
    assert depth == 0
    ref = Reference(raw="", kind=Kind.WEBPAGE, title="T", url="https://x.org/a%20b#frag")
    assert (
        render_entry(ref, "apa-7", format="latex")
        == r"\emph{T}. (n.d.). \url{https://x.org/a\%20b\#frag}"
    )


def test_bibliography_wrappers_per_format() -> None:
    refs = [REFS["news_author"], REFS["book"]]
    html_out = render(refs, "apa-7", format="html")
    assert html_out.startswith('<ol class="bibliography">\n  <li>Burghart, D. L., &amp; ')
    assert html_out.count("<li>") == 2 and html_out.rstrip().endswith("</ol>")
    assert "<i>Central Asia in the Era of Sovereignty</i>" in html_out
    md = render(refs, "apa-7", format="md")
    assert md.startswith("- Burghart, D. L., & Sabonis-Helf, T. (2018). *Central Asia")
    latex = render(refs, "apa-7", format="latex")
    assert latex.startswith("\\begin{thebibliography}{2}\n\\bibitem{kz1} Burghart")
    assert latex.rstrip().endswith("\\end{thebibliography}")
    text = render(refs, "gost-r-7.0.100-2018")
    assert text.startswith("1. Burghart, D. L.") and "\n2. Kressa, K." in text
    assert render(refs, "gost-r-7.0.100-2018", format="md").startswith("1. Burghart")
    with pytest.raises(ValueError, match="unknown format"):
        render(refs, "apa-7", format="rtf")


def test_unknown_style_is_a_style_error() -> None:
    with pytest.raises(StyleError, match="unknown style 'nope'"):
        render_entry(REFS["book"], "nope")


# --------------------------------------------------------------------------- sorting


def _titles(refs: list[Reference]) -> list[str]:
    return [r.title or "" for r in refs]


def test_gost_sorts_cyrillic_before_latin_and_kazakh_letters_in_place() -> None:
    refs = [
        Reference(raw="", kind=Kind.WEBPAGE, title=t)
        for t in ["Zebra", "Қала", "Абай", "Kala", "Кітап", "Өзен", "Әуе", "Орал", "Ёлка", "Ель"]
    ]
    got = _titles(sort_references(refs, "gost-r-7.0.100-2018", locale="kk"))
    # Kazakh order: а ә … е ё … к қ … о ө …
    assert got == ["Абай", "Әуе", "Ель", "Ёлка", "Кітап", "Қала", "Орал", "Өзен", "Kala", "Zebra"]
    # the style's own locale (ru) treats ё as a variant of е
    got_ru = _titles(sort_references(refs, "gost-r-7.0.100-2018"))
    assert got_ru.index("Ёлка") < got_ru.index("Ель")  # ёлка = елка < ель
    assert got_ru[-2:] == ["Kala", "Zebra"]


def test_other_styles_sort_latin_first_and_diacritics_with_base_letters() -> None:
    refs = [
        Reference(raw="", kind=Kind.WEBPAGE, title=t)
        for t in ["Аврора", "Ötzi", "Oslo", "Zürich", "Ozon", "The Atlas"]
    ]
    # ISO 690 keeps Cyrillic as written and puts it after Latin; no article is ignored.
    got = _titles(sort_references(refs, "iso-690"))
    assert got == ["Oslo", "Ötzi", "Ozon", "The Atlas", "Zürich", "Аврора"]
    # Estonian alphabet: … s š z ž t u v w õ ä ö ü x y
    got_et = _titles(sort_references(refs, "iso-690", locale="et"))
    assert got_et == ["Oslo", "Ozon", "Zürich", "The Atlas", "Ötzi", "Аврора"]
    # APA ignores a leading "The" (9.47).
    got_apa = _titles(sort_references(refs[1:], "apa-7"))
    assert got_apa == ["The Atlas", "Oslo", "Ötzi", "Ozon", "Zürich"]


def test_sort_word_by_word_and_same_author_by_year() -> None:
    a = Reference(
        raw="", kind=Kind.BOOK, title="B", authors=(Person("Kressa", "K."),), date=PartialDate(2022)
    )
    b = Reference(
        raw="", kind=Kind.BOOK, title="A", authors=(Person("Kressa", "K."),), date=PartialDate(2019)
    )
    c = Reference(
        raw="",
        kind=Kind.BOOK,
        title="C",
        authors=(Person("Kressa", "K."), Person("Aab", "A.")),
        date=PartialDate(2010),
    )
    d = Reference(
        raw="",
        kind=Kind.BOOK,
        title="D",
        authors=(Person("Kressakas", "A."),),
        date=PartialDate(2000),
    )
    # APA 9.46: one-author works before multi-author works of the same first author,
    # earlier years first; "Kressa" before "Kressakas" (nothing before something).
    assert _titles(sort_references([d, c, a, b], "apa-7")) == ["A", "B", "C", "D"]


# --------------------------------------------------------------------------- properties

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
_dates = st.one_of(
    st.none(),
    st.builds(PartialDate, st.integers(1, 9999)),
    st.builds(PartialDate, st.integers(1, 9999), st.integers(1, 12)),
    st.builds(PartialDate, st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28)),
)
_refs = st.builds(
    Reference,
    raw=st.just(""),
    kind=st.sampled_from(list(Kind)),
    title=st.one_of(st.none(), _text),
    authors=st.lists(
        st.builds(Person, family=_text, given=_text, literal=st.one_of(st.just(""), _text)),
        max_size=6,
    ).map(tuple),
    outlet=st.one_of(st.none(), _text),
    date=_dates,
    url=st.one_of(st.none(), _text, st.just("https://example.org/{a}%_#~")),
    access_date=_dates,
    volume=st.one_of(st.none(), _text),
    issue=st.one_of(st.none(), _text),
    pages=st.one_of(st.none(), _text),
    number=st.one_of(st.none(), _text),
    place=st.one_of(st.none(), _text),
    doi=st.one_of(st.none(), _text),
    translated_title=st.one_of(st.none(), _text),
    diagnostics=st.sampled_from([(), (TRUNC,)]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ref=_refs, style=st.sampled_from(STYLES))
def test_render_never_raises_and_never_injects(ref: Reference, style: str) -> None:
    text = render_entry(ref, style)
    assert "\n" not in text
    html_out = render_entry(ref, style, format="html")
    stripped = re.sub(r"</?(?:i|b)>|<a href=\"[^\"<>]*\">|</a>", "", html_out)
    assert "<" not in stripped and ">" not in stripped
    latex = render_entry(ref, style, format="latex")
    unescaped = re.sub(r"\\[{}%#&$_]", "", latex)
    assert unescaped.count("{") == unescaped.count("}")
    assert "\n" not in render_entry(ref, style, format="md")
    render_citation([ref], style)
    render_note(ref, style)


@settings(max_examples=25, deadline=None)
@given(refs=st.lists(_refs, max_size=8), style=st.sampled_from(STYLES))
def test_sorting_is_a_stable_permutation(refs: list[Reference], style: str) -> None:
    once = sort_references(refs, style)
    assert sorted(map(id, once)) == sorted(map(id, refs))
    assert sort_references(once, style) == once


def test_entry_runs_mark_fonts_and_links() -> None:
    runs = entry_runs(REFS["journal_doi"], "apa-7")
    assert ("Central Asian Survey", True, False, None) in runs
    assert runs[-1][3] == "https://doi.org/10.1080/02634937.2022.2034567"


# --------------------------------------------------------------------------- pybtex


def test_pybtex_style_formats_entries_through_kzcite() -> None:
    from pybtex.backends.html import Backend as HtmlBackend
    from pybtex.database import parse_string

    from kzcite._pybtex_style import Apa7Style, GostR701002018Style, KzciteStyle

    bib = parse_string(
        r"""
        @article{kressa, author = {Kressa, Kaarel}, title = {Kasahstan liigub eemale},
          journal = {Eesti P{\"a}evaleht}, year = 2022, month = jun, day = 1,
          url = {https://epl.delfi.ee/a?b=1&c=2}}
        @misc{senat, title = {О ратификации Договора}, howpublished = {Сенат},
          year = 2022, url = {https://senate.parlam.kz/x}}
        @book{burghart, author = {Burghart, Daniel L. and Sabonis-Helf, Theresa},
          title = {Central Asia in the Era of Sovereignty}, publisher = {Rowman \& Littlefield},
          address = {Lanham}, year = 2018}
        """,
        "bibtex",
    )
    entries = list(Apa7Style().format_entries(bib.entries.values()))
    assert [e.key for e in entries][:2] == ["burghart", "kressa"]
    kressa = entries[1].text.render_as("text")
    assert kressa == (
        "Kressa, K. (2022, June 1). Kasahstan liigub eemale. Eesti Päevaleht. "
        "https://epl.delfi.ee/a?b=1&c=2"
    )
    html_out = entries[1].text.render(HtmlBackend())
    assert "<em>Eesti Päevaleht</em>" in html_out
    assert '<a href="https://epl.delfi.ee/a?b=1&c=2">' in html_out  # pybtex's own escaping
    hostile = parse_string('@misc{h, title = {T}, url = {https://x.org/"><script>}}', "bibtex")
    [h] = Apa7Style().format_entries(hostile.entries.values())
    assert "<script>" not in h.text.render(HtmlBackend())
    gost = list(GostR701002018Style().format_entries(bib.entries.values()))
    assert gost[0].key == "senat"  # Cyrillic first
    assert [e.label for e in gost] == ["1", "2", "3"]
    assert (
        gost[0].text.render_as("text").startswith("О ратификации Договора. – Текст : электронный")
    )
    # sphinxcontrib-bibtex sorts with style.sort() and formats entry by entry
    gost_order = [e.key for e in GostR701002018Style().sort(bib.entries.values())]
    assert gost_order == ["senat", "burghart", "kressa"]
    unsorted = Apa7Style(sorting_style="none")
    assert [e.key for e in unsorted.sort(bib.entries.values())] == ["kressa", "senat", "burghart"]
    other = KzciteStyle(kzcite_style="mla-9")
    one = other.format_entry("x", bib.entries["burghart"])
    assert one.text.render_as("text") == (
        "Burghart, Daniel L., and Theresa Sabonis-Helf. Central Asia in the Era of "
        "Sovereignty. Rowman & Littlefield, 2018."
    )


def test_same_author_same_year_gets_letters_in_list_order() -> None:
    def art(title: str, month: int) -> Reference:
        return Reference(
            raw="",
            kind=Kind.ARTICLE,
            title=title,
            authors=(Person("Kressa", "Kaarel"),),
            outlet="Eesti Päevaleht",
            date=PartialDate(2022, month, 1),
        )

    june, march, other = art("Zebra", 6), art("Alpha", 3), REFS["book"]
    listing = render([june, other, march], "apa-7").splitlines()
    # APA 9.47/8.19: chronological within the author-year, then a, b
    assert listing[1] == "Kressa, K. (2022a, March 1). Alpha. Eesti Päevaleht."
    assert listing[2] == "Kressa, K. (2022b, June 1). Zebra. Eesti Päevaleht."
    bib = [june, other, march]
    assert render_citation([june], "apa-7", bibliography=bib) == "(Kressa, 2022b)"
    assert render_citation([march, june], "apa-7") == "(Kressa, 2022a; Kressa, 2022b)"
    assert render_citation([june], "apa-7") == "(Kressa, 2022)"
    chicago = render(bib, "chicago-17-ad").splitlines()
    assert chicago[1].startswith("Kressa, Kaarel. 2022a. “Alpha.”")
    # MLA cites by name only and GOST by number: no letters there
    assert "2022a" not in render(bib, "mla-9") + render(bib, "gost-r-7.0.100-2018")


def test_apa_twenty_one_authors_and_gost_four_authors() -> None:
    people = tuple(Person(f"Author{i:02d}", "A.") for i in range(1, 22))
    ref = Reference(raw="", kind=Kind.BOOK, title="Big", authors=people, date=PartialDate(2019))
    out = render_entry(ref, "apa-7")
    # APA 9.8: 21 or more authors: the first 19, ". . .", the last
    assert out.startswith("Author01, A., Author02, A., ")
    assert "Author19, A., . . . Author21, A. (2019). Big." in out
    assert "Author20" not in out
    four = Reference(
        raw="",
        kind=Kind.BOOK,
        title="Четыре",
        authors=people[:4],
        outlet="Наука",
        place="Москва",
        date=PartialDate(2020),
    )
    # ГОСТ 7.0.100: four authors: no heading, all four after the slash
    assert render_entry(four, "gost-r-7.0.100-2018") == (
        "Четыре / A. Author01, A. Author02, A. Author03, A. Author04. – Москва : Наука, 2020."
        " – Текст : непосредственный."
    )


def test_gost_url_only_reference_describes_the_site() -> None:
    ref = Reference(
        raw="", kind=Kind.WEBPAGE, outlet="Postimees", url="http://arvamus.postimees.ee/1"
    )
    assert render_entry(ref, "gost-r-7.0.100-2018") == (
        "Postimees : [сайт]. – Текст : электронный. – URL: http://arvamus.postimees.ee/1."
    )


def test_number_already_in_the_title_is_not_repeated() -> None:
    ref = Reference(
        raw="",
        kind=Kind.LEGAL,
        title="Постановление Правительства Республики Казахстан от 8 сентября 2017 года № 554",
        number="554",
        date=PartialDate(2017, 9, 8),
    )
    assert "554 : № 554" not in render_entry(ref, "gost-r-7.0.100-2018")
    assert render_entry(ref, "iso-690").count("554") == 1


def test_gost_journal_issue_without_volume() -> None:
    ref = Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Заглавие",
        authors=(Person("Иванов", "И. И."),),
        outlet="Вестник",
        issue="2",
        pages="115-128",
        date=PartialDate(2016),
        url="http://vestnik.kz/1",
    )
    assert render_entry(ref, "gost-r-7.0.100-2018") == (
        "Иванов, И. И. Заглавие / И. И. Иванов. – Текст : электронный // Вестник. – 2016. "
        "– № 2. – С. 115–128. – URL: http://vestnik.kz/1."
    )


def test_journal_with_issue_but_no_volume() -> None:
    ref = Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Title",
        authors=(Person("Saiymova", "Meiramkul"),),
        outlet="Vestnik NAN RK",
        issue="3",
        pages="407-422",
        date=PartialDate(2023, 6, 30),
    )
    # a journal issue is dated by its year (APA 10.1, CMOS 14.171, ГОСТ 7.0.100)
    assert render_entry(ref, "apa-7") == "Saiymova, M. (2023). Title. Vestnik NAN RK, (3), 407–422."
    assert render_entry(ref, "chicago-17-nb") == (
        "Saiymova, Meiramkul. “Title.” Vestnik NAN RK, no. 3 (2023): 407–422."
    )
    assert render_entry(ref, "chicago-17-ad") == (
        "Saiymova, Meiramkul. 2023. “Title.” Vestnik NAN RK, no. 3: 407–422."
    )
    assert "– 2023. – № 3. – С. 407–422." in render_entry(ref, "gost-r-7.0.100-2018")
