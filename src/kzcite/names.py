"""Person names in author segments: split, classify, case-fix, and refuse non-persons.

An author segment of a reference line may hold one or more persons in many orders
(``Family, Given``, ``Given Family``, ``Family I. I.``, ``I. I. Family``, Vancouver
``Family IN``), joined by commas, semicolons or a conjunction of several languages, in
Latin, Cyrillic or Kazakh Latin letters, sometimes in capitals. It may also be an
organisation, an outlet or a title fragment, which must *not* become a person: the parser
here is strict, because a false person is worse than a missed one.

>>> parse_names("Искакова, Ғ., М. Байдавлетова, и М. Өскенбай")[1]
Person(family='Байдавлетова', given='М.', literal='')
>>> parse_names("Eesti Päevaleht") is None
True

All word lists (given names, particles, organisation words, …) are data in
``kzcite/data/name_words.json``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

import attrs

from kzcite._data import data_json
from kzcite.records import Person

__all__ = [
    "NameList",
    "fix_case",
    "is_mononym",
    "is_organisation",
    "looks_like_person",
    "parse_name",
    "parse_names",
    "parse_names_ex",
    "split_leading_names",
]

#: Longest author segment considered; longer text is not a name list.
MAX_LENGTH = 4000

_APOSTROPHES = "'’‘ʼʻ`"  # ‘ and ʻ: Uzbek o‘ and g‘ (Yo‘ldosheva)
_HYPHENS = "-‐‑"
_WORD_CHARS_EXTRA = str.maketrans("", "", _APOSTROPHES + _HYPHENS)
_EDITOR_PAREN = re.compile(
    r"\( ?(?:eds?|edd|ред|toim|hrsg|dir|éds?|сост|құраст|comps?|coord|red|под ред)\.? ?\)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\w+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_TOKEN_RE = re.compile(r"\S+")
_KA = r"[\u10d0-\u10fa\u10fd-\u10ff]"  # Georgian Mkhedruli letters (no punctuation)
_CASELESS_WORD = re.compile(rf"{_KA}+(?:-{_KA}+)?")
_EDGE_PUNCT = "\"'«»“”„‟‘’:·•*–—-[]"


@attrs.frozen(slots=True)
class NameList:
    """Persons of an author segment, and whether it ended in ``et al.`` or a kin."""

    persons: tuple[Person, ...]
    et_al: bool = False


@attrs.frozen(slots=True)
class _Words:
    given: frozenset[str]
    mononyms: frozenset[str]
    particles: frozenset[str]
    postfix: frozenset[str]
    conj: frozenset[str]
    suffix_tokens: frozenset[str]
    patronymic: tuple[str, ...]
    surname_end: tuple[str, ...]
    turkic_end: tuple[str, ...]
    bad: frozenset[str]
    org_words: frozenset[str]
    org_stems: dict[str, tuple[str, ...]]  # by their first ``stem_key`` letters
    stem_key: int
    all_particles: frozenset[str]
    org_acronyms: frozenset[str]
    known_orgs: frozenset[str]
    et_al: _Phrases
    editor_tokens: frozenset[str]
    editor_phrases: _Phrases
    cues: _Phrases
    markers: frozenset[str]  # conjunctions and editor tokens, case-folded: a quick first test
    lead_words: frozenset[str]  # first words of the cues and editor phrases
    tail_words: frozenset[str]  # last words of the et-al and editor phrases
    et_endings: tuple[str, ...]
    not_initials: frozenset[str]
    non_surname_end: tuple[str, ...]
    family_first_end: tuple[str, ...]
    glued: tuple[str, ...]
    function_words: frozenset[str]
    chinese: frozenset[str]  # pinyin family names (Yang, Cui)


_TRANSLIT = (
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
        "һ": "h", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    },
    {"ж": "j", "х": "h", "қ": "q", "ң": "ng", "й": "i", "ю": "iu", "я": "ia", "ә": "ä",
     "ө": "ö", "ү": "ü", "ё": "e", "ғ": "gh", "ы": "y"},
)  # fmt: skip


def _translit(name: str) -> set[str]:
    """Two Latin spellings of a Cyrillic given name (BGN-like and a Kazakh-style one)."""
    base, alt = _TRANSLIT
    first = "".join(base.get(c, c) for c in name)
    second = "".join(alt.get(c, base.get(c, c)) for c in name)
    return {first, second}


@attrs.frozen(slots=True)
class _Phrases:
    """Multi-word phrases indexed by their first and by their last word."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]
    by_last: dict[str, tuple[tuple[str, ...], ...]]


def _phrases(items: list[str]) -> _Phrases:
    out = sorted({tuple(p.casefold().split()) for p in items}, key=lambda p: -len(p))
    first: dict[str, list[tuple[str, ...]]] = {}
    last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in out:
        first.setdefault(phrase[0], []).append(phrase)
        last.setdefault(phrase[-1], []).append(phrase)
    return _Phrases({k: tuple(v) for k, v in first.items()}, {k: tuple(v) for k, v in last.items()})


@functools.cache
def _words() -> _Words:
    raw = data_json("name_words.json")
    given: set[str] = set()
    for names in raw["given_names"].values():
        for name in names:
            low = name.casefold()
            given.add(low)
            if any("а" <= c <= "я" or c in "ёәғқңөұүһіїєґў" for c in low):
                given |= _translit(low)
    stems: dict[str, list[str]] = {}
    stem_set = {s.casefold() for s in raw["org_stems"]}
    stem_key = min(map(len, stem_set))
    for stem in sorted(stem_set):
        stems.setdefault(stem[:stem_key], []).append(stem)
    particles = frozenset(raw["particles"])
    postfix = frozenset(raw["postfix_particles"])
    org_words = frozenset(w.casefold() for w in raw["org_words"])
    editor_tokens = frozenset(t.casefold() for t in raw["editor_tokens"])
    et_al, editors, cues = (_phrases(raw[k]) for k in ("et_al", "editor_phrases", "cues"))
    return _Words(
        given=frozenset(given),
        mononyms=frozenset(x.casefold() for x in raw["mononyms"]),
        particles=particles,
        postfix=postfix,
        conj=frozenset(raw["conjunctions"]),
        suffix_tokens=frozenset(raw["suffix_tokens"]),
        patronymic=tuple(raw["patronymic_endings"]),
        surname_end=tuple(raw["surname_endings"]),
        turkic_end=tuple(raw["turkic_given_endings"]),
        bad=org_words | frozenset(w.casefold() for w in raw["non_name_words"]),
        org_words=org_words,
        org_stems={k: tuple(v) for k, v in stems.items()},
        stem_key=stem_key,
        all_particles=particles | postfix,
        org_acronyms=frozenset(raw["org_acronyms"]),
        known_orgs=frozenset(" ".join(o.casefold().split()) for o in raw["known_organisations"]),
        et_al=et_al,
        editor_tokens=editor_tokens,
        markers=editor_tokens | {c.casefold() for c in raw["conjunctions"]},
        editor_phrases=editors,
        cues=cues,
        lead_words=frozenset([*cues.by_first, *editors.by_first]),
        tail_words=frozenset([*et_al.by_last, *editors.by_last]),
        et_endings=tuple(raw["estonian_org_endings"]),
        not_initials=frozenset(raw["not_initials"]),
        non_surname_end=tuple(raw["non_surname_endings"]),
        family_first_end=tuple(e.casefold() for e in raw["family_first_endings"]),
        glued=tuple(raw["glued_particles"]),
        function_words=frozenset(raw["organisation_function_words"]),
        chinese=frozenset(x.casefold() for x in raw["chinese_surnames"]),
    )


# --------------------------------------------------------------------------- case


def _title_run(run: str, turkish: bool) -> str:
    rest = run[1:]
    if turkish:
        rest = rest.replace("I", "ı").replace("İ", "i")
    return run[0] + rest.lower()


def _fix_word(word: str, particles: frozenset[str], several: bool) -> str:
    if not word.isupper():
        return word
    low = word.casefold()
    if several and low in particles:
        return low
    letters = sum(1 for c in word if c.isalpha())
    if letters <= 2:
        return word
    turkish = any(c in "İĞŞ" for c in word)
    out: list[str] = []
    pos = 0
    prev_len = 0
    for m in _LETTER_RUN.finditer(word):
        start, end = m.span()
        out.append(word[pos:start])
        run = m.group()
        after_apostrophe = start > 0 and word[start - 1] in _APOSTROPHES
        if after_apostrophe and prev_len > 1:
            fixed = run.lower()
        elif len(run) >= 2:
            fixed = _title_run(run, turkish)
        else:
            fixed = run
        out.append(fixed)
        prev_len = len(run)
        pos = end
    out.append(word[pos:])
    result = "".join(out)
    if result.startswith("Mc") and len(result) > 3 and result[2].isalpha() and result[2] != "h":
        result = "Mc" + result[2].upper() + result[3:]
    return result


def fix_case(name: str) -> str:
    """Write a name given in capitals the usual way; mixed-case words are left alone.

    Particles go lower-case; whitespace tokens of one or two letters (initials such as a
    Vancouver ``АМ``) are kept as they are.

    >>> fix_case("МУХАМЕДЖАНОВА-ИВАНОВА")
    'Мухамеджанова-Иванова'
    >>> fix_case("O'BRIEN"), fix_case("LUDWIG VAN BEETHOVEN"), fix_case("McDonald")
    ("O'Brien", 'Ludwig van Beethoven', 'McDonald')
    """
    if not any(c.isupper() for c in name):
        return name
    particles = _words().all_particles
    several = len(name.split(None, 1)) > 1
    return _TOKEN_RE.sub(lambda m: _fix_word(m.group(), particles, several), name)


# --------------------------------------------------------------------- organisations


def _org_word(low: str, w: _Words) -> bool:
    return low in w.org_words or low.startswith(w.org_stems.get(low[: w.stem_key], ()))


def is_organisation(text: str) -> bool:
    """True when ``text`` names an organisation (ministry, agency, university, company…).

    >>> is_organisation("Агентство Республики Казахстан по статистике")
    True
    >>> is_organisation("Index on Censorship"), is_organisation("Sally Gimson")
    (True, False)
    """
    if not text or len(text) > MAX_LENGTH:
        return False
    w = _words()
    words = _WORD_RE.findall(text)
    if not words:
        return False
    joined = " ".join(words).casefold()
    if joined in w.known_orgs:
        return True
    if not w.org_acronyms.isdisjoint(words):
        return True
    lows = joined.split(" ")  # casefold() has no context and makes no spaces
    if not w.org_words.isdisjoint(lows):
        return True
    for low in lows:
        if low.startswith(w.org_stems.get(low[: w.stem_key], ())):
            return True
        if len(low) >= 8 and low.endswith(w.et_endings):
            return True
    return len(words) >= 3 and words[0][:1].isupper() and any(x in w.function_words for x in lows)


# ----------------------------------------------------------------------- tokens

# token kinds
_I, _V, _W, _P, _Q, _S = "I", "V", "W", "P", "Q", "S"  # initials, vancouver, word, particle,
# postfix particle (уулу), suffix (Jr.)


# "Mirziyoyev SH.M.": Uzbek and Kazakh Latin initials of one sound written with two capitals
_CAPITAL_DIGRAPHS = frozenset({"SH", "CH", "ZH", "KH", "YU", "YA", "YE", "YO", "GH", "TS"})


def _is_initials(tok: str) -> bool:
    """``И.``, ``А.М.``, ``Yu.``, ``Дж.``, ``Ж.-К.``: capital + at most one small letter."""
    if len(tok) < 2 or tok[-1] != "." or not tok[0].isupper():
        return False
    if len(tok) == 2:  # the common И.
        return tok[0].isalpha()
    pieces = tok[:-1].split(".")
    for i, raw in enumerate(pieces):
        piece = raw.lstrip(" -") if i else raw
        if not 1 <= len(piece) <= 2 or not piece[0].isupper() or not piece.isalpha():
            return False
        if len(piece) == 2 and not piece[1].islower() and piece not in _CAPITAL_DIGRAPHS:
            return False
    return True


def _is_name_word(tok: str, w: _Words) -> bool:
    if not tok[0].isupper() or not tok[-1].isalpha():
        return False
    if tok[1:].islower() and tok.isalpha() and "ʼ" not in tok:
        return True  # the common case: no capital, hyphen or apostrophe after the first letter
    bare = tok.translate(_WORD_CHARS_EXTRA)
    if not bare.isalpha() or len(bare) < 2:
        return False
    if tok.isupper():
        return True
    # mixed case: capitals only at the start, after a hyphen or apostrophe, or after Mc/Mac…
    for i in range(1, len(tok)):
        c = tok[i]
        if c.isupper():
            prev = tok[i - 1]
            if prev in _HYPHENS or prev in _APOSTROPHES:
                continue
            if tok[:i] in ("Mc", "Mac", "Di", "De", "Da", "La", "Le", "Du", "Van", "Fitz"):
                continue
            return False
        elif c in _HYPHENS:
            nxt = tok[i + 1 : i + 2]
            if not nxt:
                return False
            if nxt.islower():  # Abu-l-Hasan, Ibn-al-…: only particles may be small
                seg = tok[i + 1 :].split("-", 1)[0]
                if seg.casefold() not in w.particles:
                    return False
    return True


def _glued_prefix(tok: str, w: _Words) -> bool:
    """``d'Estaing``, ``al-Farabi``: a small particle glued to a capitalised word."""
    for head in w.glued:
        if tok.startswith(head):
            tail = tok[len(head) :]
            return bool(tail) and _is_name_word(tail, w)
    return False


def _kind(tok: str, w: _Words) -> str | None:
    if tok in w.suffix_tokens:
        return _S
    if tok[1:].islower() and tok[0].isupper() and tok.isalpha() and "ʼ" not in tok:
        return _W  # the common Ivanov, as _is_name_word would find
    if len(tok) >= 2 and _CASELESS_WORD.fullmatch(tok):
        return _W  # Georgian has no capitals: ბექა ხარებავა
    if tok[-1] == "." and _is_initials(tok):
        return _I
    if tok.islower() or tok.isupper():
        low = tok.casefold()
        if low in w.postfix:
            return _Q
        if low in w.particles:
            return _P
    if tok.isalpha() and tok.isupper() and len(tok) <= 2:
        return _V
    if _is_name_word(tok, w):
        return _W
    if tok[0].islower() and _glued_prefix(tok, w):
        return _W
    return None


def _split_glued(tok: str) -> list[str]:
    """``И.И.Иванов`` → ``И.И.``, ``Иванов``."""
    if "." not in tok or tok.endswith("."):
        return [tok]
    cut = tok.rfind(".") + 1
    head, tail = tok[:cut], tok[cut:]
    if _is_initials(head) and tail[:1].isupper() and len(tail) >= 2:
        return [head, tail]
    return [tok]


def _strip_phrase_end(toks: list[str], phrases: _Phrases) -> bool:
    if not toks:
        return False
    for phrase in phrases.by_last.get(toks[-1].casefold(), ()):
        n = len(phrase)
        if n <= len(toks) and tuple(t.casefold() for t in toks[-n:]) == phrase:
            del toks[-n:]
            return True
    return False


def _strip_phrase_start(toks: list[str], phrases: _Phrases) -> bool:
    if not toks:
        return False
    for phrase in phrases.by_first.get(toks[0].casefold(), ()):
        n = len(phrase)
        if n <= len(toks) and tuple(t.casefold() for t in toks[:n]) == phrase:
            del toks[:n]
            return True
    return False


# -------------------------------------------------------------------- persons


class _Tok(NamedTuple):
    """A classified token (a tuple: built many times per call, and cheaper than attrs)."""

    kind: str
    text: str
    particle: bool = False  # the word carries a leading family particle (van Gogh)


class _Chunk(NamedTuple):
    """The tokens between two separators, the separator before them, and their kinds."""

    sep: str  # "c" (comma), "s" (semicolon), "j" (a conjunction) or "" (none)
    toks: list[_Tok]
    kinds: str  # one letter a token: "WII" for Family I. I.


def _merge_particles(toks: list[_Tok]) -> list[_Tok] | None:
    out: list[_Tok] = []
    pending: list[str] = []
    for t in toks:
        if t.kind == _P:
            pending.append(t.text.lower() if t.text.isupper() else t.text)
            continue
        if t.kind == _Q:
            if not out or out[-1].kind != _W or pending:
                return None
            q = t.text.lower() if t.text.isupper() else t.text
            out[-1] = _Tok(_W, f"{out[-1].text} {q}", out[-1].particle)
            continue
        if pending:
            if t.kind != _W:
                return None
            out.append(_Tok(_W, " ".join([*pending, t.text]), True))
            pending = []
            continue
        out.append(t)
    if pending:  # "Beethoven, Ludwig van": trailing particles stay with the given names
        if not out:
            return None
        last = out[-1]
        out[-1] = _Tok(last.kind, " ".join([last.text, *pending]), last.particle)
    return out


def _word_ok(t: _Tok, w: _Words) -> bool:
    if t.kind == _V:
        return t.text not in w.org_acronyms and t.text not in w.not_initials
    if t.kind != _W:
        return True
    for part in t.text.split():
        if part in w.org_acronyms:
            return False
        low = part.casefold()
        if low in w.bad or _org_word(low, w) or low.endswith(w.non_surname_end):
            return False
        if "-" in low:
            for sub in low.split("-"):
                if sub in w.bad and len(sub) > 3:
                    return False
    return True


def _kinds(toks: list[_Tok]) -> str:
    """The kinds of ``toks`` as one string (``WII`` for ``Family I. I.``)."""
    return "".join([t.kind for t in toks])


def _fix(text: str) -> str:
    return text if text[1:].islower() else fix_case(text)


def _name_key(t: _Tok) -> str:
    words = t.text.split()
    return _fix(words[-1] if t.particle else words[0]).casefold()


_DOTLESS = str.maketrans({"ı": "i"})


def _is_given(t: _Tok, w: _Words) -> bool:
    if t.kind != _W or t.particle:
        return False
    key = _name_key(t)
    if "ı" in key:  # Kazakh Latin 2021 Aigerım / 2018 Aıgerim: the dotless i is і or и
        key = key.translate(_DOTLESS)
    # "Jaan-Erik", "Liisa-Maria", "Kaarel-Johannes": a double name with one known half
    return key in w.given or any(part in w.given for part in key.split("-"))


def _is_patronymic(t: _Tok, w: _Words) -> bool:
    if t.kind != _W:
        return False
    low = t.text.casefold()
    return len(low) > 5 and low.endswith(w.patronymic)


def _has_surname_end(t: _Tok, w: _Words) -> bool:
    low = t.text.casefold()
    return t.kind == _W and len(low) > 4 and low.endswith(w.surname_end)


def _join(toks: list[_Tok]) -> str:
    if len(toks) == 1:
        t = toks[0]
        return _fix(t.text) if t.kind == _W else t.text
    return " ".join([_fix(t.text) if t.kind == _W else t.text for t in toks])


def _person(family: list[_Tok], given: list[_Tok], suffix: str = "") -> Person:
    giv = _join(given)
    if suffix:
        giv = f"{giv} {suffix}" if giv else suffix
    return Person(family=_join(family), given=giv)


_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo"
    r"|ui|er|a|o|e|i|u|ü)"
)
_PINYIN_GIVEN = re.compile(rf"{_PINYIN_SYLLABLE}(?:-?{_PINYIN_SYLLABLE})?")


def _standalone(chunk: _Chunk, strict: bool, w: _Words) -> Person | None:
    """One person written without a comma between family and given names."""
    toks, kinds = chunk.toks, chunk.kinds
    suffix = ""
    if kinds.endswith(_S):
        suffix = toks[-1].text
        toks, kinds = toks[:-1], kinds[:-1]
    n = len(toks)
    if n < 2 or n > 5:
        return None
    if _S in kinds or not all(_word_ok(t, w) for t in toks):
        return None
    n_w = kinds.count(_W)
    if kinds.startswith(_W) and kinds.rstrip(_I) != kinds and set(kinds.lstrip(_W)) == {_I}:
        if n_w == 2 and _is_given(toks[1], w) and not _is_given(toks[0], w):
            return _person(toks[:1], toks[1:], suffix)  # Family Given I.
        if n_w <= 2:  # Family I. I.
            return _person(toks[:n_w], toks[n_w:], suffix)
        return None
    if kinds in ("WV", "WWV"):  # Vancouver: Капбарова Г
        return _person(toks[:-1], toks[-1:], suffix)
    if kinds.startswith(_I) and set(kinds.lstrip(_I)) == {_W}:
        if n_w <= 2:  # I. I. Family
            return _person(toks[n - n_w :], toks[: n - n_w], suffix)
        return None
    if not kinds.startswith(_W) or not kinds.endswith(_W) or _V in kinds:
        return None
    # only full words (and perhaps a middle initial): Given [Middle] Family or Russian order
    if (
        kinds == "W" * n
        and n == 3
        and _is_patronymic(toks[2], w)
        and not _is_patronymic(toks[1], w)
    ):
        return _person(toks[:1], toks[1:], suffix)  # Иванов Иван Иванович
    if (
        kinds == "WW"
        and _is_given(toks[1], w)
        and not _is_given(toks[0], w)
        and _has_surname_end(toks[0], w)
    ):
        return _person(toks[:1], toks[1:], suffix)  # Назарбаев Нурсултан
    if (
        kinds == "WW"
        and len(toks[0].text) > 5
        and toks[0].text.casefold().endswith(w.family_first_end)
        and not toks[1].text.casefold().endswith(w.family_first_end)
    ):
        return _person(toks[:1], toks[1:], suffix)  # Байтұрсынұлы Ахмет
    if (
        kinds == "WW"
        and toks[0].text.casefold() in w.chinese
        and toks[1].text.casefold() not in w.chinese
        and not _is_given(toks[0], w)
        and _PINYIN_GIVEN.fullmatch(toks[1].text.casefold())
    ):
        return _person(toks[:1], toks[1:], suffix)  # "Yang Sheng", "Cui Jia": family first
    if (  # French "GINTRAND Marie": the capitals mark the family name
        kinds == "WW"
        and toks[0].text.isupper()
        and sum(c.isalpha() for c in toks[0].text) >= 3
        and not toks[1].text.isupper()
        and (not strict or _is_given(toks[1], w))
    ):
        return _person(toks[:1], toks[1:], suffix)
    middle = toks[1:-1]
    if strict and not (
        _is_given(toks[0], w)
        or any(_is_patronymic(t, w) for t in middle)
        or (middle and all(t.kind == _I for t in middle))  # Given I. Family
    ):
        return None
    if toks[0].particle:
        return None
    return _person(toks[-1:], toks[:-1], suffix)


def _inverted(
    family: _Chunk, given: _Chunk, strict: bool, w: _Words, suffix: str = ""
) -> Person | None:
    """``Family, Given`` (the comma already removed)."""
    fam, giv = family.toks, given.toks
    if not 1 <= len(fam) <= 3 or not 1 <= len(giv) <= 4:
        return None
    if family.kinds.strip(_W) or given.kinds.strip(_W + _I + _V):
        return None
    if not all(_word_ok(t, w) for t in fam) or not all(_word_ok(t, w) for t in giv):
        return None
    has_initials = _I in given.kinds or _V in given.kinds
    if giv[0].particle:
        return None
    if strict and not has_initials:
        low_giv = _name_key(giv[0])
        ok = (
            _is_given(giv[0], w)
            or _has_surname_end(fam[-1], w)
            or (len(low_giv) > 4 and low_giv.endswith(w.turkic_end))
            # "RUSNAC, Gheorghe": the capitals mark the family name (ISO 690 lists)
            or (
                len(fam) == 1
                and fam[0].text.isupper()
                and sum(c.isalpha() for c in fam[0].text) >= 3
                and len(giv) == 1
                and giv[0].text[:1].isupper()
                and giv[0].text[1:].islower()
            )
        )
        if not ok:
            return None
    return _person(fam, giv, suffix)


def _given_like(kinds: str) -> bool:
    return 1 <= len(kinds) <= 4 and not kinds.strip(_W + _I + _V)


def _initials_only(kinds: str) -> bool:
    return bool(kinds) and not kinds.strip(_I + _V)


_VANCOUVER_END = re.compile(r"[^\W\d_a-zа-яёәғқңөұүһі]{2,3}\.")


# "S.M", "Yu", "Sh": initials whose last dot is left out (a single capital, "Мұхтарова Ж",
# is read as it stands; "Zhang Hu" keeps its given name)
_DOTLESS_INITIALS = re.compile(
    r"[^\W\d_]\.[^\W\d_a-zа-яёәғқңөұүһі]|" + "|".join(sorted(d.title() for d in _CAPITAL_DIGRAPHS))
)


def _prepare(text: str) -> tuple[list[str], bool]:
    """Whitespace-normalised tokens with separators split off, editors removed; + cue flag."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "(" in text:
        text = _EDITOR_PAREN.sub(" ", " ".join(text.split()))
    toks: list[str] = []
    for raw in text.replace(",", " , ").replace(";", " ; ").split():
        tok = raw.strip(_EDGE_PUNCT)
        if "." in tok and tok[-1] != ".":
            toks.extend(_split_glued(tok))
        elif tok:
            toks.append(tok)
    for i in range(1, len(toks)):
        # "Turdiev Yu, …", "Qodirov S.M, …": initials whose last dot is left out
        # before a comma (or at the end) after a family name
        nxt = toks[i + 1] if i + 1 < len(toks) else ","
        if nxt in (",", ";") and _DOTLESS_INITIALS.fullmatch(toks[i]) and toks[i - 1][:1].isupper():
            toks[i] += "."
    last = toks[-1] if toks else ""
    if len(toks) >= 2 and _VANCOUVER_END.fullmatch(last) and "," in toks:
        toks[-1] = last[:-1]  # "…, Pak LV.": Vancouver initials, then the list's full stop
    w = _words()
    cue = False
    if toks and toks[0].casefold() in w.lead_words:
        cue = _strip_phrase_start(toks, w.cues)
        _strip_phrase_start(toks, w.editor_phrases)
    return toks, cue


def parse_names_ex(text: str, *, strict: bool = True) -> NameList | None:
    """Like :func:`parse_names`, also telling whether the list ended in ``et al.``.

    >>> parse_names_ex("Barany Z., Moser R. (Eds.) et al.").et_al
    True
    """
    found = _parse_names(text, strict)
    return NameList(*found) if found is not None else None


def _parse_names(text: str, strict: bool) -> tuple[tuple[Person, ...], bool] | None:
    """The persons of ``text`` and the et-al flag (see :func:`parse_names`)."""
    if not text or len(text) > MAX_LENGTH:
        return None
    w = _words()
    toks, cue = _prepare(text)
    if cue:
        strict = False
    while toks and toks[-1] in (",", ";"):
        toks.pop()
    et_al = False
    if toks and toks[-1].casefold() in w.tail_words:
        et_al = _strip_phrase_end(toks, w.et_al)
        while toks and toks[-1] in (",", ";"):
            toks.pop()
        _strip_phrase_end(toks, w.editor_phrases)
    if not toks:
        return None
    if " ".join(toks).casefold() in w.known_orgs:
        return None
    chunks: list[_Chunk] = []
    sep = ""
    cur: list[_Tok] = []
    kinds = ""
    last_index = len(toks) - 1
    for index, tok in enumerate(toks):
        low = tok.casefold()
        if (
            tok == ","
            or tok == ";"
            or tok == "&"
            or (low in w.markers and tok in w.conj and tok.islower())
        ):
            if cur:
                chunks.append(_Chunk(sep, cur, kinds))
                cur, kinds, sep = [], "", ""
            new = "c" if tok == "," else "s" if tok == ";" else "j"
            sep = new if sep in ("", "c") else sep
            continue
        if low in w.markers and low in w.editor_tokens:
            continue
        kind = _kind(tok, w)
        if kind is None and index == last_index and len(tok) > 3 and tok[-1] == ".":
            # "Allen, John." at the very end
            tok = tok[:-1]
            kind = _W if _kind(tok, w) == _W else None
        if kind is None:
            return None
        cur.append(_Tok(kind, tok))
        kinds += kind
    if cur:
        chunks.append(_Chunk(sep, cur, kinds))
    for at, chunk in enumerate(chunks):
        if _P in chunk.kinds or _Q in chunk.kinds:
            m = _merge_particles(chunk.toks)
            if m is None:
                return None
            chunks[at] = _Chunk(chunk.sep, m, _kinds(m))
    persons: list[Person] = []
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        nxt = chunks[i + 1] if i + 1 < len(chunks) else None
        if not chunk.kinds.strip(_S):
            if not persons or len(chunk.toks) != 1:
                return None
            last = persons[-1]
            persons[-1] = Person(last.family, f"{last.given} {chunk.toks[0].text}".strip())
            i += 1
            continue
        person: Person | None = None
        if (
            nxt is not None
            and nxt.sep == "c"
            and not chunk.kinds.strip(_W)
            and (_initials_only(nxt.kinds) or (len(chunk.toks) == 1 and _given_like(nxt.kinds)))
        ):
            person = _inverted(chunk, nxt, strict, w)
            if person is not None:
                persons.append(person)
                i += 2
                continue
        person = _standalone(chunk, strict, w)
        if person is None:
            return None
        persons.append(person)
        i += 1
    if not persons:
        return None
    return tuple(persons), et_al


def parse_names(text: str, *, strict: bool = True) -> tuple[Person, ...] | None:
    """Parse an author segment into persons; ``None`` when it is not a list of persons.

    With ``strict=True`` (the default) a ``Given Family`` pair without initials is
    accepted only when the given name is a known one (``name_words.json``), because two
    capitalised words may as well be an outlet (``Kapital Kz``) or a title. The parser
    passes ``strict=False`` after a ``By``/``Автор:`` cue; a cue at the start of ``text``
    itself relaxes the check too.

    >>> [p.display() for p in parse_names("Barany Z., Moser R. (Eds.)")]
    ['Barany, Z.', 'Moser, R.']
    >>> parse_names("АЛЕКСЕЕНКО А.")
    (Person(family='Алексеенко', given='А.', literal=''),)
    >>> parse_names("Statistical Agency") is None, parse_names("By Eesti Päevaleht") is None
    (True, True)
    """
    found = _parse_names(text, strict)
    return found[0] if found is not None else None


def parse_name(text: str, *, strict: bool = True) -> Person | None:
    """Parse exactly one person's name; ``None`` for anything else (or several persons).

    >>> parse_name("Scriven, Annie M.")
    Person(family='Scriven', given='Annie M.', literal='')
    """
    found = parse_names(text, strict=strict)
    return found[0] if found is not None and len(found) == 1 else None


def is_mononym(word: str) -> bool:
    """True for a one-word name an author may be known by: a listed mononym (``Абай``,
    ``Homer``) or a known given name written alone.

    >>> is_mononym("Абай"), is_mononym("Қазақстан")
    (True, False)
    """
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    w = _words()
    low = word.casefold()
    return low in w.mononyms or (low in w.given and low not in w.bad)


def looks_like_person(text: str) -> bool:
    """True when ``text`` parses (strictly) as one or more persons' names.

    >>> looks_like_person("Michal Hvorecký"), looks_like_person("The Guardian")
    (True, False)
    """
    return parse_names(text) is not None


#: How far into a reference :func:`split_leading_names` looks for the end of the authors.
MAX_LEAD = 400

_CUT = re.compile(r"\.(?=\s|$|[\"«“„])|[,;:]|\s[-–—/]\s|//|\s\(")
_HARD_STOP = re.compile(r"\d|[\"«»“”„]")


def _hard_stop(piece: str, w: _Words) -> bool:
    """True when no prefix that holds ``piece`` can be a name list (digits, quotes, prose)."""
    if _HARD_STOP.search(piece):
        return True
    for raw in piece.split():
        tok = raw.strip(_EDGE_PUNCT + ".,;()")
        if not tok or not tok[0].islower() or tok.startswith(w.glued):
            continue
        low = tok.casefold()
        if low in w.conj or low in w.particles or low in w.postfix:
            continue
        if low in w.editor_tokens or low + "." in w.editor_tokens or low in _LEAD_WORDS:
            continue
        return True
    return False


_LEAD_WORDS = frozenset(("al", "др", "т.б", "jt", "под", "ред", "by", "edited", "т", "б", "u.a"))


def split_leading_names(text: str, *, strict: bool = True) -> tuple[NameList, int] | None:
    """The persons a reference starts with, and the offset where they end.

    Tries the cuts (``.``, ``,``, ``:``, `` – ``, ``//``…) from left to right and keeps
    the longest prefix that :func:`parse_names_ex` accepts; stops at the first digit,
    quote or lower-case word that cannot belong to a name list. The offset includes a
    final period only when it closes an initial.

    >>> names, end = split_leading_names("Allen, John. Lost Geographies of Power. Oxford, 2003.")
    >>> [p.display() for p in names.persons], end
    (['Allen, John'], 11)
    >>> split_leading_names("Капбарова Г, Шашаев А. ТӘУЕЛСІЗДІК ЖЫЛДАРЫ")[1]
    21
    >>> split_leading_names("Development Plan for the Estonian Language") is None
    True
    """
    if not text:
        return None
    w = _words()
    head = text[:MAX_LEAD]
    best: tuple[NameList, int] | None = None
    last = 0
    tries = 0
    for m in _CUT.finditer(head + " "):
        sep = m.group()
        stop = m.end() if sep == "." else m.start()
        if stop > len(head):
            stop = len(head)
        candidate = head[:stop]
        if not candidate.strip():
            continue
        if _hard_stop(head[last:stop], w):
            break
        found = parse_names_ex(candidate, strict=strict)
        if found is not None:
            end = stop
            if sep == "." and not found.et_al:
                persons = found.persons
                vancouver = len(persons) > 1 and all("." not in p.given for p in persons[:-1])
                if vancouver and len(persons[-1].given) == 2:  # Капбарова Г, Шашаев А. Title
                    found = parse_names_ex(head[: m.start()], strict=strict) or found
                    end = m.start()
                elif not _is_initials(candidate.split()[-1]):
                    end = m.start()
            best = (found, len(head[:end].rstrip()))
        last = stop
        tries += 1
        if tries >= 16:
            break
    return best
