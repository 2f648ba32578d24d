"""Derived data: Russian and Ukrainian words in the common romanizations (iuliia).

English-language journals of the region print their Russian references transliterated
(``Ukaz Prezidenta RF ot 5 iyunya 2012 g. № 776``). The month names and act words of
``data/cldr_months.json`` (CLDR via Babel) and ``data/legal.json`` are romanized here once,
and the answer ships as ``data/romanized.json`` so that parsing never imports iuliia or
Babel; tests check that the file still equals these functions' answers.
"""

from __future__ import annotations

from kzcite._data import data_json

# the languages romanized; each table keeps only words long enough not to be ordinary
# Latin words too ("maya", "ot"): months of five letters, acts of four, cues of six
_LOCALES = ("ru", "uk")
# iuliia's Russian schemas in ASCII, from the standards to the informal ones that print
# щ as "sch" ("data obrascheniya"); Ukrainian through kzcite.romanize's own tables
_RU_SCHEMAS = (
    "ALA_LC_ALT",
    "BGN_PCGN",
    "GOST_7034",
    "GOST_779_ALT",
    "GOST_16876_ALT",
    "ICAO_DOC_9303",
    "ISO_9_1968_ALT",
    "MOSMETRO",
    "SCIENTIFIC",
    "WIKIPEDIA",
    "YANDEX_MONEY",
)
_UK_SCHEMES = ("ua-national", "scholarly", "wikipedia", "bgn-pcgn")


def _spellings(word: str, code: str) -> list[str]:
    import iuliia

    from kzcite.romanize import romanize

    if code == "ru":
        found = [getattr(iuliia, name).translate(word) for name in _RU_SCHEMAS]
    else:
        found = [romanize(word, scheme) for scheme in _UK_SCHEMES]
    out: list[str] = []
    for latin in (x.casefold() for x in found):
        if latin not in out and latin.replace(" ", "").isascii():
            out.append(latin)
    return out


def romanized_months() -> dict[str, int]:
    """Russian and Ukrainian CLDR month names in the common romanizations, five letters or
    more, in :func:`kzcite.dates` key form."""
    from babel import Locale

    from kzcite.dates import _key as month_key

    out: dict[str, int] = {}
    for code in _LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for number, name in months[context]["wide"].items():
                for latin in _spellings(name, code):
                    key = month_key(latin)
                    if len(key) >= 5 and key.isalpha():
                        out.setdefault(key, int(number))
    return dict(sorted(out.items()))


def romanized_acts() -> list[str]:
    """The Russian and Ukrainian act words of ``data/legal.json`` (``указ`` → ``ukaz``,
    ``постановление`` → ``postanovlenie``) in the common romanizations, four letters or more."""
    acts = data_json("legal.json")["acts"]
    out: list[str] = []
    for code in _LOCALES:
        for word in acts[code]:
            for latin in _spellings(word, code):
                if len(latin) >= 4 and latin.replace(" ", "").isalpha() and latin not in out:
                    out.append(latin)
    return sorted(out)


def romanized_cues() -> dict[str, dict[str, list[str]]]:
    """The Russian and Ukrainian date cues of ``data/date_cues.json`` (``дата обращения`` →
    ``data obrashcheniya``) by role and place, in the common romanizations, six letters or
    more."""
    roles = data_json("date_cues.json")["roles"]
    out: dict[str, dict[str, list[str]]] = {}
    for role, places in roles.items():
        for where, by_lang in places.items():
            found: list[str] = []
            for code in _LOCALES:
                for phrase in by_lang.get(code, []):
                    for latin in _spellings(phrase, code):
                        if len(latin) >= 6 and latin not in found:
                            found.append(latin)
            if found:
                out.setdefault(role, {})[where] = sorted(found)
    return out
