"""Stage 1 and 2: find reference blocks in a document and split them into entries.

A block is found by its heading (``Loe lähemalt:``, ``Источники``, ``Read more`` … kept in
``data/headers.json``), by an inline label (``READ MORE: https://…``), by a table cell
headed like that, or — without any heading — by a run of lines shaped like references
(numbered, with URLs, dates, quoted titles, ``//``). Prose never becomes a block.

>>> doc = "Some prose.\\n\\nLoe lähemalt:\\nERR, 01.06.2022, „Pealkiri“;\\nEurasianet, „Title“;\\n"
>>> [b.header for b in find_blocks(doc)]
['Loe lähemalt']
>>> [e.raw for e in find_blocks(doc)[0].entries]
['ERR, 01.06.2022, „Pealkiri“;', 'Eurasianet, „Title“;']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

import attrs

from kzcite._data import data_json
from kzcite._lines import (
    Line,
    attributed_summary_re,
    code_string,
    has_author_head,
    has_url,
    header_of,
    inline_label,
    is_attribution,
    is_block_stop,
    is_byline,
    is_code_record,
    is_code_row,
    is_popular_list,
    is_prose,
    numbering,
    qualified_header,
    reference_score,
    relative_day_line,
    source_lead_in,
    split_lines,
    table_cells,
    views_line,
)
from kzcite._quotes import find_quoted
from kzcite.inputs import TextView, html_view, looks_like_html
from kzcite.records import Block, Entry, Span

__all__ = ["find_blocks", "split_entries", "to_source"]

_CARD_LABEL = re.compile(r"^\s*(?:Category|Категория|Рубрика|Kategooria|Санат)\s*$", re.I)
_DATE_LINE = re.compile(
    r"^\s*+(?:\d{1,2}:\d\d\s*+(?:[/|·,]\s*+)?)?"
    r"(?:\w{3,10}\.? \d{1,2}, \d{4}|\d{1,2}(?:\.\s?|\s)\w{3,10}\.?,? \d{4}|\d{1,2}\.\d{1,2}\.\d{4}"
    # "12 мая 2022 года", a day and month with no year ("2 июня"), a year alone ("2022 г.")
    r"|\d{1,2}\s[^\W\d_]{3,10}|(?:19|20)\d\d\s?г\.)(?:\s(?:года|г\.|жылы|ж\.))?"
    r"(?:\s*+(?:[,/|·]\s*+)?\d{1,2}:\d\d)?\s*+$"
)

_KEY_INDEX = re.compile(r"\s*(?:[*•-]\s+)?[^\[\]:]{2,80}:\s*(?:\[[^\[\]]{1,12}\][,;]?\s*)+$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
_LIST_NUMBER = re.compile(
    r"^\s*(?:\[\^?(\d{1,3})\]:?|\((\d{1,3})\)|(\d{1,3})[.)](?=\s|[^\W\d_])"
    r"|(\d{1,3})\s+(?=[^\W\d_a-zа-яёәғқңөұүһі]|[«„“\"‘]|https?://)"
    r"|([1-9]\d{0,2})\s*$)"  # a note's number alone on its line, its note under it (PDFs)
)
_ENDS_ENTRY = re.compile(  # ('…, 2023.",': a string of program source closes there too)
    r"(?:[.;)]|[.;)]?[\"'](?:\)?,|\s\+)|https?://\S+|\S+\.(?:pdf|html?))\s*$"
)
_OWN_DOI = re.compile(r"\s*DOI(?:\s*:)?\s*\S+\s*", re.I)
_BARE_LINK = re.compile(r"\s*<?https?://\S+?>?\s*")
_LINK_LINE = re.compile(r"\s*(?:https?://|www\.)", re.I)
_CONTINUATION = re.compile(r"^\s*(?://|[—–]\s|URL:|https?://|\(дата|\(accessed|[a-zа-яёәғқңөұүһі])")


def find_blocks(text: str, *, html: bool | None = None) -> list[Block]:
    """Every reference block in ``text``, in document order, with its entries.

    HTML is read with a real parser: blocks are found in its visible text, and their spans
    and line numbers point back into the markup (entries keep the visible text).
    ``html`` says whether ``text`` is HTML; None (the default) tells by its content.
    """
    if html if html is not None else looks_like_html(text):
        view = html_view(text)
        return to_source(_find_blocks(view.text), view, text)
    return _find_blocks(text)


def to_source(blocks: list[Block], view: TextView, source: str) -> list[Block]:
    """``blocks`` found in ``view.text``, with spans and line numbers of ``source``."""
    breaks = [m.start() for m in re.finditer("\n", source)]

    def line(at: int) -> int:
        return bisect.bisect_left(breaks, at) + 1

    def span(s: Span) -> Span:
        return Span(*view.source_span(s.start, s.end))

    def moved(block: Block) -> Block:
        entries = []
        for e in block.entries:
            where = span(e.span)
            entries.append(
                attrs.evolve(
                    e,
                    span=where,
                    line_start=line(where.start),
                    line_end=line(max(where.end - 1, 0)),
                )
            )
        where = span(block.span)
        return attrs.evolve(
            block,
            span=where,
            line_start=line(where.start),
            line_end=line(max(where.end - 1, 0)),
            entries=tuple(entries),
        )

    return [moved(b) for b in blocks]


_FOOTNOTE_RULE = re.compile(r"\s*(?:_{5,}|—{5,}|-{10,})\s*")


def _sentence_after_list(text: str) -> bool:
    """A running sentence after a blank line under a list (no reference feature at all)."""
    return len(text) > 100 or (len(text.split()) >= 8 and text.rstrip().endswith((".", "!", "?")))


def _find_blocks(text: str) -> list[Block]:
    lines = split_lines(text)
    taken = [False] * len(lines)
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        if taken[i]:
            continue
        cells = table_cells(line.text)
        if cells is not None:
            found = _table_block(line, cells)
            if found is not None:
                taken[i] = True
                blocks.append(found)
            continue
        head = header_of(line.text)
        reason = "header"
        if head is None and (head := source_lead_in(line.text)) is not None:
            reason = "lead-in"
        if head is None and (head := qualified_header(line.text)) is not None:
            reason = "qualified"
        rule = head is None and _FOOTNOTE_RULE.fullmatch(line.text) is not None
        if rule:
            reason = "footnotes"  # "______": the notes of a printed page follow the rule
        if head is not None or rule:
            body = _header_body(lines, i + 1)
            if rule and not _numbered_starts([lines[j] for j in body]):
                continue
            if reason == "lead-in" and not all(_names_a_source(lines[j].text) for j in body):
                body = []  # "Sources close to X said:" over points of a sentence
            if reason == "qualified" and not _mostly_references([lines[j] for j in body]):
                body = []  # "Literature on the topic:" over points, not references
            if (
                head is not None
                and is_popular_list(head)
                and not any(_DATE_LINE.match(lines[j].text) for j in body)
            ):
                body = []  # "Most read" over bare headlines: the page's sidebar
            if body:
                for j in range(i, body[-1] + 1):
                    taken[j] = True
                entries = split_entries([lines[j] for j in body], text)
                if entries:
                    blocks.append(_block(head, lines[i], lines[body[-1]], entries, reason))
            continue
        label = inline_label(line.text)
        if label is not None and _subtitle_only(line.text[label[1] :]):
            label = None  # "Обзор прессы: о чем пишут газеты Кыргызстана": a page's title
        if label is not None and i and not lines[i - 1].blank and is_block_stop(lines[i - 1].text):
            label = None  # "Toimetaja: Karin Koppel" / "Allikas: ERR": the article's credits
        if label is not None:
            taken[i] = True
            head, offset = label
            raw = line.text[offset:].rstrip()
            entry = Entry(
                raw,
                Span(line.start + offset, line.start + offset + len(raw)),
                line.number,
                line.number,
            )
            blocks.append(_block(head, line, line, [entry], "label"))
            continue
    blocks.extend(_shape_blocks(lines, taken, text))
    blocks.sort(key=lambda b: b.span.start)
    return blocks


def _mostly_references(lines: list[Line]) -> bool:
    """Do at least half the paragraphs (runs of lines with no blank between) read as
    references?"""
    paragraphs = [" ".join(x.text.strip() for x in p) for p in _paragraphs(lines)]
    return 2 * sum(reference_score(p) >= 2 for p in paragraphs) >= len(paragraphs) > 0


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """``lines`` in runs with no blank line between them."""
    return [[lines[k] for k in para] for para in _paragraph_indices(lines)]


def _paragraph_indices(lines: list[Line]) -> list[list[int]]:
    """The indices of ``lines`` in runs with no blank line between them."""
    out: list[list[int]] = []
    for k, line in enumerate(lines):
        if k and line.number == lines[k - 1].number + 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _subtitle_only(rest: str) -> bool:
    """The words after a label go on in lower case and carry nothing of a reference."""
    rest = rest.strip()
    return rest[:1].islower() and reference_score(rest) == 0


def _block(head: str | None, first: Line, last: Line, entries: list[Entry], why: str) -> Block:
    return Block(head, Span(first.start, last.end), first.number, last.number, tuple(entries), why)


def _header_body(lines: list[Line], start: int) -> list[int]:
    """Indices of the lines that belong to the block under a heading."""
    body: list[int] = []
    blanks = 0
    gapless = True  # no blank line between the entries so far
    for j in range(start, len(lines)):
        line = lines[j]
        if line.blank:
            blanks += 1
            if blanks >= 3 and body:
                break
            continue
        if header_of(line.text) is not None or is_block_stop(line.text):
            break
        if is_prose(line.text) or (not body and _introduction(line.text)):
            if body or j - start > 4:
                break
            continue  # a note between the heading and the list
        if blanks and body and reference_score(line.text) == 0 and _sentence_after_list(line.text):
            break  # "Напомним, ранее Нацбанк сообщал, что …": the article goes on
        if (
            blanks
            and gapless
            and len(body) >= 3
            and not line.text.rstrip().endswith(":")  # "Wersja polska:" labels more entries
            and reference_score(line.text) <= 1
            # "Білім / Headline / 12 наурыз 2024, 10:45": a card ends with its date stamp,
            # and cards stand apart by blank lines
            and not (
                _dated_card([lines[b] for b in body])
                and sum(1 for b in body if _DATE_LINE.match(lines[b].text)) == 1
            )
        ):
            # "Полные тексты документов доступны в ИПС «Әділет».", "Analüüsi koostasid: …":
            # below a list written without blank lines, a blank and a featureless line end it
            break
        if (
            blanks
            and gapless
            and sum(1 for b in body if numbering(lines[b].text)) >= 3
            and numbering(lines[body[0]].text)
            and not numbering(line.text)
            and not line.text.rstrip().endswith(":")
        ):
            break  # "1. … 8. …", a blank, then the journal's running footer
        if blanks and body:
            gapless = False
        blanks = 0
        body.append(j)
    return body


def _introduction(text: str) -> bool:
    """``… регулируется следующими документами (перечень актуализирован в июле 2021
    года):`` — a sentence that announces the list under a heading, not its first entry."""
    stripped = text.rstrip()
    return (
        stripped.endswith(":")
        and len(stripped.split()) >= 6
        and not numbering(stripped)
        and reference_score(stripped) < 2
    )


def _table_block(line: Line, cells: list[str]) -> Block | None:
    for k, cell in enumerate(cells[:-1]):
        head = header_of(cell)
        content = cells[k + 1]
        if head is None or not content:
            continue
        offset = line.text.find(content, line.text.find(cell) + len(cell))
        entries = []
        pos = 0
        for part in content.split(";"):
            stripped = part.strip()
            if stripped:
                at = offset + pos + part.find(stripped)
                span = Span(line.start + at, line.start + at + len(stripped))
                entries.append(Entry(stripped, span, line.number, line.number))
            pos += len(part) + 1
        if entries:
            return _block(head, line, line, entries, "table")
    return None


def _shape_blocks(lines: list[Line], taken: list[bool], text: str) -> list[Block]:
    """Headerless lists: runs of lines shaped like references."""
    blocks: list[Block] = []
    run: list[int] = []

    def flush() -> None:
        if not run:
            return
        strong = max(reference_score(lines[j].text) for j in run)
        lead = _previous_text_line(lines, run[0])
        if strong <= 3 and lead is not None and lines[lead].text.rstrip().endswith(":"):
            run.clear()  # "Key figures:" and points of a sentence, not references
            return
        if len(run) == 1 and _OWN_DOI.fullmatch(lines[run[0]].text):
            run.clear()  # "DOI: https://doi.org/…" alone under an article's title: its own
            return
        alone = len(run) == 1 and _BARE_LINK.fullmatch(lines[run[0]].text) is not None
        if len(run) >= 2 or strong >= 4 or alone:  # a link on a line of its own is one
            entries = split_entries([lines[j] for j in run], text)
            if entries:
                blocks.append(_block(None, lines[run[0]], lines[run[-1]], entries, "shape"))
        run.clear()

    notes = _note_region(lines) | _byline_cards(lines)
    call_end: int | None = None
    for i, line in enumerate(lines):
        if taken[i]:
            flush()
            continue
        if line.blank:
            continue
        if is_block_stop(line.text):  # share buttons, tags, © under a list end it
            flush()
            continue
        if call_end is not None and i <= call_end:
            continue  # (the lines of a call taken whole below)
        close = _call_args_end(lines, i)
        if close is not None:
            flush()
            args = " ".join(code_string(lines[j].text.strip()) for j in range(i + 1, close))
            if _looks_like_entry(args):  # (not 'add_para("These studies use surveys …")')
                run.extend(range(i, close + 1))
                flush()
            call_end = close
            continue
        if i in notes or _looks_like_entry(line.text) or _next_in_sequence(lines, i):
            if not run and is_code_row(line.text):
                j = i - 1  # rows of the same program list above it belong to the list
                while j >= 0 and not taken[j] and is_code_row(lines[j].text):
                    run.append(j)
                    j -= 1
                run.reverse()
            run.append(i)
        elif run and is_code_row(line.text) and is_code_row(lines[run[-1]].text):
            run.append(i)  # the next row of strings in a program's list of references

        elif run and _summary_between(lines, run[-1], i):
            continue  # "«Газета», <date>: «Title»" / its one-sentence summary / the next
        elif is_attribution(line.text) and i > 0:
            prev = _previous_text_line(lines, i)
            if prev is not None and not taken[prev] and not is_prose(lines[prev].text):
                if prev not in run:
                    run.append(prev)
                run.append(i)
        else:
            flush()
    flush()
    return blocks


def _byline_cards(lines: list[Line]) -> set[int]:
    """Related-article cards with no heading over them: a headline, ``By Name`` under it and
    a teaser, three cards or more (one alone is the page's own headline and byline)."""
    found: set[int] = set()
    count = 0
    for i, line in enumerate(lines):
        if i == 0 or line.blank or not is_byline(line.text):
            continue
        prev = lines[i - 1]
        if prev.blank or is_byline(prev.text) or is_prose(prev.text):
            continue
        count += 1
        found.update((i - 1, i))
        if i + 1 < len(lines) and not lines[i + 1].blank and _teaser(lines[i + 1].text):
            found.add(i + 1)
    return found if count >= 3 else set()


def _note_region(lines: list[Line]) -> set[int]:
    """The lines of endnotes copied from a PDF with each note's number alone on its line
    (``36`` / ``Атлас Киргизской ССР, указ. соч., с. 143.`` / ``37`` / …): three or more
    numbers in sequence, one of them alone on its line, and the text under each, however
    weak (``указ. соч.``) its lines look on their own."""
    region: set[int] = set()
    chain: list[int] = []

    def close() -> None:
        if len(chain) >= 3 and any(_PAGE_NUMBER.fullmatch(lines[k].text) for k in chain):
            end = chain[-1] + 1
            while end < len(lines) and not lines[end].blank and end - chain[-1] <= 8:
                end += 1
            region.update(k for k in range(chain[0], end) if not lines[k].blank)
        chain.clear()

    last = None
    for k, line in enumerate(lines):
        n = _list_number(line.text) if not line.blank else None
        if n is None:
            continue
        if chain and (n != last + 1 or k - chain[-1] > 12):  # type: ignore[operator]
            close()
        chain.append(k)
        last = n
    close()
    return region


def _summary_between(lines: list[Line], last: int, i: int) -> bool:
    """A press review's summary right under an entry, with a blank line and another entry
    after it: the summary is no entry, and the list goes on."""
    if lines[i].number != lines[last].number + 1:
        return False
    j = i + 1
    if j >= len(lines) or not lines[j].blank:
        return False
    while j < len(lines) and lines[j].blank:
        j += 1
    return j < len(lines) and _looks_like_entry(lines[j].text)


def _list_number(text: str) -> int | None:
    m = _LIST_NUMBER.match(text)
    return None if m is None else int(next(g for g in m.groups() if g is not None))


def _next_in_sequence(lines: list[Line], i: int) -> bool:
    """``[4] Сонда, 56-б.`` between ``[3] …`` and ``[5] …``: a weak line numbered in the
    sequence of the reference lines right around it belongs to their list."""
    n = _list_number(lines[i].text)
    if n is None or is_prose(lines[i].text):
        return False
    before = lines[i - 1] if i > 0 and not lines[i - 1].blank else None
    after = lines[i + 1] if i + 1 < len(lines) and not lines[i + 1].blank else None
    return any(
        other is not None
        and _list_number(other.text) == n + step
        and reference_score(other.text) >= 3
        for other, step in ((before, -1), (after, 1))
    )


def _names_a_source(text: str) -> bool:
    """A line under a sources lead-in: a reference, or a short name (``– Reuters;``)."""
    if reference_score(text) >= 2:
        return True
    core = text[numbering(text) :].strip(" \t-–—•*;,.")
    words = core.split()
    return 0 < len(words) <= 6 and core[:1].isupper() and not is_prose(core)


def _previous_text_line(lines: list[Line], i: int) -> int | None:
    for j in range(i - 1, max(-1, i - 4), -1):
        if not lines[j].blank:
            return j
    return None


_CODE_STATEMENT = re.compile(
    r"\s*(?:const|let|var|function|return|import|export|def|class|if|for|while|elif|else)\b"
    r"(?=\s*[\w$({:])"
)


def _looks_like_entry(text: str) -> bool:
    if is_code_record(text):
        return True  # '{t:"Title",s:"Outlet"},': an item of a program's list
    if _CODE_STATEMENT.match(text):
        return False  # 'const stmt=db.prepare("INSERT INTO …")': a statement of the program
    review = attributed_summary_re().search(text) if len(text) <= 600 else None
    if review is not None and review.group(1) is not None and len(text.split()) >= 8:
        # a press review's paragraph: "…, rašo „Lietuvos rytas“." (its paper quoted; "…,
        # reports Reuters." may be any sentence of an article)
        return True
    if is_prose(text) or len(text) > 600:
        return False
    score = reference_score(text)
    return score >= 3 or (score >= 2 and numbering(text) > 0)


_CODE_FRAME = re.compile(  # lines of a program or of markup around a list, no entries
    r"\s*+(?:(?:(?:export\s+)?(?:const|let|var)\s+)?[A-Za-z_$][\w$.]*\s*+"
    r"(?::\s*+[\w\[\]<>,]++(?:\s[\w\[\]<>,]+)*+)?\s*+[=:]\s*+)?[\[{(]+\s*+"  # "const REFS = {"
    r"|\s*+[\]})]+\s*+[;,]?\s*+"  # "];", "},"
    r"|\s*[\]})]+\s*\.\s*[A-Za-z_$]\w*\(.{0,80}"  # "].map((ref, i) => ("
    r"|\s*(?:(?:<[^<>]{0,300}>|\{[\w$.]*\})\s*)+"  # '<div id="refs" />', "<li>{ref}</li>"
    r"|\s*\{/\*[^{}]{0,200}\*/\}\s*"  # "{/* References Section */}": a JSX comment
)
_CALL_OPEN = re.compile(r"\s*+[A-Za-z_$][\w$.]*\(\s*+")
_CALL_CLOSE = re.compile(r"\s*+\)\s*+[;,]?\s*+")


def _call_args_end(lines: list[Line], k: int) -> int | None:
    """``add_citation(`` at ``k``, string arguments on the lines under it and ``)`` within a
    dozen lines: the index of that ``)`` line, else None."""
    if not _CALL_OPEN.fullmatch(lines[k].text):
        return None
    for end in range(k + 1, min(len(lines), k + 13)):
        text = lines[end].text.strip()
        if _CALL_CLOSE.fullmatch(text):
            return end if end > k + 1 else None
        if text and text[0] not in "\"'":
            return None  # an argument that is no string: a call of the program
    return None


_TAGGED_HEADING = re.compile(r"\s*<h[1-6]\b[^<>]{0,300}>[^<>]{1,120}</h[1-6]\s*>\s*", re.I)


def split_entries(lines: list[Line], text: str) -> list[Entry]:
    """Split a block's lines into entries.

    One line is one entry, except: a ``By …`` byline joins the line above; a
    ``(Outlet | Outlet)`` attribution joins the line above; a news card (``Category`` /
    label / title / date) is one entry; a line that continues a wrapped entry (starting
    with ``//``, ``URL:``, a dash or a lower-case letter) joins it. In a list where most
    lines carry reference features, annotation sentences between them are left out.
    """
    cards = _paragraph_cards(lines)
    if cards:
        return [_entry(text, group) for group in cards]
    wrapped = _wrapped_paragraphs(lines)
    if wrapped:
        return [_entry(text, group) for group in wrapped]
    groups: list[list[Line]] = []
    bylines = sum(1 for ln in lines if is_byline(ln.text))
    strong = sum(1 for ln in lines if reference_score(ln.text) >= 3)
    starts = _numbered_starts(lines)
    # endnotes numbered on lines of their own: every line up to the next number is the note's
    note_mode = any(_PAGE_NUMBER.fullmatch(lines[k].text) for k in starts)
    teasers = _teasers(lines)
    dates_lead = bool(lines) and _DATE_LINE.match(lines[0].text) is not None
    # a list whose lines all carry the same bullet (HTML list items) has no annotations
    bullets = {ln.text.lstrip()[:2] for ln in lines if ln.text.strip()}
    itemized = len(lines) >= 3 and len(bullets) == 1 and bullets <= {"• ", "- ", "* "}
    k = 0
    while k < len(lines):
        line = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        prev = groups[-1][-1] if groups else None
        if (
            groups
            and len(groups[-1]) >= 2
            and _dated_card(groups[-1])
            and _teaser_sentence(line.text)
            and not (nxt is not None and _dated_card([nxt]))  # a headline over its date
        ):
            k += 1  # "Headline / 07.01.2022 15:20 / One sentence of the story.": its teaser
            continue
        if groups and views_line(line.text) and _dated_card(groups[-1]):
            groups[-1].append(line)  # "👁 18 240" under a card's date stamp
            k += 1
            continue
        close = _call_args_end(lines, k)
        if close is not None:
            # 'add_citation(' / '"Family, G. (2003). Title.",' / '"Journal, 34(1).",' / ')':
            # the arguments of one call are one entry
            groups.append(lines[k + 1 : close])
            k = close + 1
            continue
        if _CODE_FRAME.fullmatch(line.text) or (
            not groups and _TAGGED_HEADING.fullmatch(line.text)
        ):
            k += 1  # "const REFS = {", "];": the program around references kept as strings
            continue
        if k in starts:  # (a number alone on its line in the list's sequence opens a note)
            groups.append([line])
            k += 1
            continue
        if note_mode and groups and not is_block_stop(line.text):
            groups[-1].append(line)
            k += 1
            continue
        if _PAGE_NUMBER.match(line.text) or k in teasers or _KEY_INDEX.match(line.text):
            # a page number of a printed list, a teaser under a headline, an index line
            # pointing at entries ("* Teater Vanemuine: [K1_0], [K1_1]")
            k += 1
            continue
        if starts and prev is not None and k > min(starts) and _wraps(prev, line):
            groups[-1].append(line)  # a wrapped line of a numbered entry
            k += 1
            continue
        if (
            prev is not None
            and line.text.lstrip().startswith("<target")
            and (prev.text.lstrip().startswith("<source"))
        ):
            k += 1  # XLIFF: the translation of the unit's source above it
            continue
        if prev is not None and _nested_annotation(groups[-1], line):
            # '* [Title - Author(2019)](…)' / '    * "The Justice Department …"': an abstract
            k += 1
            continue
        if prev is not None and _indented_under(groups[-1][0], line, prev):
            groups[-1].append(line)
            k += 1
            continue
        if (
            (_DATE_LINE.match(line.text) or (groups and relative_day_line(line.text)))
            and (groups or dates_lead)
            and not _CARD_LABEL.match(groups[-1][0].text if groups else "")
        ):
            if dates_lead:  # "02.03.2024" over its headline
                groups.append([line, *([nxt] if nxt is not None else [])])
                k += 2
            else:  # a headline with its date stamp under it
                if _name_under_headline(groups):
                    groups[-2].extend(groups.pop())  # "Headline / Õhtuleht / <date>"
                groups[-1].append(line)
                k += 1
            continue
        if _section_date_card(lines, k):
            # "Analyses / 2023-05-03 / Headline / Anna Kowalska": a section, its date stamp,
            # the headline and (a short line) its author
            end = k + 3
            if (
                end < len(lines)
                and len(lines[end].text.split()) <= 4
                and not _dated_card([lines[end]])
            ):
                end += 1
            groups.append(lines[k:end])
            k = end
            continue
        if _section_over_card(lines, k):
            groups.append(lines[k : k + 3])  # "Білім / Headline / 12 наурыз 2024, 10:45"
            k += 3
            continue
        if _CARD_LABEL.match(line.text):
            end = k + 1
            while end < len(lines) and end - k < 5 and not _DATE_LINE.match(lines[end].text):
                end += 1
            groups.append(lines[k : min(end + 1, len(lines))])
            k = end + 1
            continue
        if bylines >= 1 and nxt is not None and is_byline(nxt.text):
            groups.append([line, nxt])
            k += 2
            continue
        if bylines >= 2 and not is_byline(line.text):
            k += 1  # a teaser line between byline cards
            continue
        if is_attribution(line.text) and groups:
            groups[-1].append(line)
            k += 1
            continue
        if nxt is not None and is_attribution(nxt.text):
            groups.append([line, nxt])
            k += 2
            continue
        if (
            groups
            and _CONTINUATION.match(line.text)
            and not numbering(line.text)
            and not groups[-1][-1].text.rstrip().endswith((";", ".", '",', "',", "' +", '" +'))
            and not (_LINK_LINE.match(line.text) and any(has_url(x.text) for x in groups[-1]))
            and not (_LINK_LINE.match(line.text) and _complete_entry(groups))
        ):  # a link under an entry that has its own link (or is whole) opens the next entry
            groups[-1].append(line)
            k += 1
            continue
        titled_link = (
            nxt is not None
            and _LINK_LINE.match(nxt.text) is not None
            and not line.text.rstrip().endswith(":")
        )  # "Title" over its link: one entry, not a sub-heading
        if (
            strong >= 2
            and not itemized
            and reference_score(line.text) < 2
            and _annotation(line.text)
            and not titled_link
        ):
            k += 1  # annotation or sub-heading inside a list of links
            continue
        groups.append([line])
        k += 1
    # "2." with nothing after it (a pasted page's line numbers) is no entry
    entries: list[Entry] = []
    for g in groups:
        if len(g) > 1 or not _bare_number(g[0].text):
            entries.extend(_run_in(text, g) or [_entry(text, g)])
    return entries


_RUN_IN_NUMBER = re.compile(r"(?:^|(?<=[.;,)]\s)|(?<=\d\s))(\d{1,3})\.\s+(?=\S)")


def _run_in(text: str, group: list[Line]) -> list[Entry]:
    """``1. Karimov I.A. … 1992 2. Karimov I.A. … 2012; 3. …``: a numbered list printed as
    one paragraph (journal pages' reference sections): one entry per number, when three or
    more run in sequence from the paragraph's start."""
    if len(group) != 1 or len(group[0].text) < 120:
        return []
    line = group[0]
    starts: list[int] = []
    expected = 1
    for m in _RUN_IN_NUMBER.finditer(line.text):
        if int(m.group(1)) == expected and (starts or not line.text[: m.start()].strip()):
            starts.append(m.start())
            expected += 1
    if len(starts) < 3:
        return []
    out = []
    for a, b in zip(starts, [*starts[1:], len(line.text.rstrip())], strict=True):
        raw = line.text[a:b].rstrip(" ;")
        at = line.start + a
        out.append(Entry(raw, Span(at, at + len(raw)), line.number, line.number))
    return out


def _bare_number(text: str) -> bool:
    return numbering(text) >= len(text.rstrip())


_STOPS = (".", ";", "!", "?", ":")


def _wrapped_paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Entries set apart by blank lines, most of them wrapped over several lines (a
    bibliography pasted from a page or a PDF): each paragraph is one entry. Empty when the
    list is numbered, or a paragraph holds lines that do not go on from the one above."""
    if len(lines) < 4 or _numbered_starts(lines):
        return []
    paragraphs = _paragraphs(lines)
    for para in paragraphs:
        for prev, line in itertools.pairwise(para):
            # a wrapped line fills its width and breaks off mid-sentence; a card's short
            # headline, section word or date stamp does not
            full = len(prev.text.strip()) >= 45 and not prev.text.rstrip().endswith(_STOPS)
            if not full or not _wraps(prev, line) or _DATE_LINE.match(line.text):
                return []
    wrapped = sum(1 for p in paragraphs if len(p) > 1)
    if len(paragraphs) < 3 or wrapped < 2 or 2 * wrapped < len(paragraphs):
        return []
    return paragraphs


def _entry(text: str, group: list[Line]) -> Entry:
    first, last = group[0], group[-1]
    start = first.start + len(first.text) - len(first.text.lstrip())
    end = last.start + len(last.text.rstrip())
    return Entry(text[start:end], Span(start, end), first.number, last.number)


_NAME_THEN_HEADLINE = re.compile(  # "Kapital.kz: Title", "Курсив, 17.06.2022: Title"
    r"\s*[^\W\d_][^:—–,\n]{1,30}(?:,\s\d{1,2}\.\d{1,2}\.\d{4})?(?::\s|\s[—–]\s)\S.{8,}"
)
_ENDS_DATED = re.compile(r"(?:19|20)\d\d(?:\s?(?:г|ж|m)\.)?(?:\s*[.;])?$")


def _complete_entry(groups: list[list[Line]]) -> bool:
    """In a list of one-line entries each ending with its date (``Title — Outlet, 4 апреля
    2024``), the entry above is whole: a bare link under it is an entry of its own."""
    if len(groups[-1]) != 1:
        return False
    groups = [g for g in groups if len(g) == 1]  # (cards of several lines aside)
    if len(groups) < 3:
        return False
    dated = sum(1 for g in groups if _whole_line_entry(g[0].text))
    return _whole_line_entry(groups[-1][0].text) and 3 * dated >= 2 * len(groups)


def _whole_line_entry(text: str) -> bool:
    """``… — Eurasianet, 10 April 2024`` or ``Reuters, 13. märts 2023, „Title“``: an entry
    that ends with its date, or with its quoted title after one."""
    if _ENDS_DATED.search(text.rstrip()) or _NAME_THEN_HEADLINE.match(text):
        return True  # (or "Kapital.kz: Title", "Bloomberg — Title": a source and its item)
    end = text.rstrip(" ;.")
    return end[-1:] in '“”»"' and re.search(r"(?:19|20)\d\d", text) is not None


def _name_under_headline(groups: list[list[Line]]) -> bool:
    """The last group is a short name (an outlet, a byline) right under an undated headline:
    with the date stamp that follows, the three lines are one card."""
    if len(groups) < 2 or len(groups[-1]) != 1:
        return False
    name, above = groups[-1][0], groups[-2]
    words = name.text.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in name.text):
        return False
    last = above[-1].text
    return (
        above[-1].number == name.number - 1
        and not _DATE_LINE.match(last)
        and not relative_day_line(last)
        and len(last.split()) >= 3
    )


def _paragraph_cards(lines: list[Line]) -> list[list[Line]]:
    """News cards set apart by blank lines, each a headline with its byline, section or
    date lines under it and a date stamp last (``Headline`` / ``Мадина Турсынова`` / ``27
    марта 2024``): one entry per card. Empty unless most of the block is such cards."""
    paragraphs: list[list[Line]] = []
    for line in lines:
        if paragraphs and line.number == paragraphs[-1][-1].number + 1:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    if len(paragraphs) < 2 or any(not 2 <= len(p) <= 5 for p in paragraphs):
        return []
    if any(numbering(p[0].text) or has_url(p[0].text) for p in paragraphs):
        return []
    dated = sum(1 for p in paragraphs if _dated_card(p))
    return paragraphs if dated == len(paragraphs) else []


def _teaser_sentence(text: str) -> bool:
    """A sentence of running text: six words or more, a full stop, no link and no quote."""
    stripped = text.strip()
    return (
        stripped.endswith(".")
        and len(stripped.split()) >= 6
        and not has_url(stripped)
        and not find_quoted(stripped)
        and not _DATE_LINE.match(stripped)
    )


def _dated_card(group: list[Line]) -> bool:
    """A card that ends with its date stamp, or with its view count under the date."""
    last = group[-1].text
    if views_line(last) and len(group) >= 2:
        last = group[-2].text
    return _DATE_LINE.match(last) is not None or relative_day_line(last)


_SECTION_WORD = re.compile(r"\s*[^\W\d_][^\W\d_-]{2,20}\s*")


_ISO_DAY_LINE = re.compile(r"\s*(?:19|20)\d\d-[01]\d-[0-3]\d\s*")


@functools.cache
def _section_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_json("labels.json")["section_words"])


def _section_date_card(lines: list[Line], k: int) -> bool:
    """A section word, then a date stamp, then a headline, one line each."""
    if k + 2 >= len(lines) or lines[k].text.strip().casefold() not in _section_words():
        return False
    date = lines[k + 1].text
    if not (_DATE_LINE.match(date) or _ISO_DAY_LINE.fullmatch(date)):
        return False
    return len(lines[k + 2].text.split()) >= 3 and lines[k + 2].number == lines[k].number + 2


def _section_over_card(lines: list[Line], k: int) -> bool:
    """A section name of one word over a headline and its date stamp, the card set apart
    by blank lines (``Білім`` / ``Абай облысында …`` / ``12 наурыз 2024, 10:45``)."""
    if k + 2 >= len(lines) or not _SECTION_WORD.fullmatch(lines[k].text):
        return False
    if not lines[k].text.strip()[0].isupper() or header_of(lines[k].text) is not None:
        return False
    if lines[k + 2].number - lines[k].number != 2:
        return False  # the three lines follow each other
    date = lines[k + 2].text
    return (_DATE_LINE.match(date) is not None or relative_day_line(date)) and len(
        lines[k + 1].text.split()
    ) >= 3


def _teasers(lines: list[Line]) -> set[int]:
    """Teaser sentences in a list of cards set apart by blank lines, each a headline and
    one sentence about it (``Der Mittlere Korridor boomt`` / ``Güterverkehr … verdreifacht.``).
    """
    paras = _paragraph_indices(lines)
    cards = [
        p
        for p in paras
        if len(p) == 2 and _headline(lines[p[0]].text) and _teaser(lines[p[1]].text)
    ]
    if len(cards) >= 2 and 2 * len(cards) >= len(paras):
        return {p[1] for p in cards}
    return set()


def _headline(text: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped.split()) >= 2
        and len(stripped) <= 160
        and not stripped.endswith((".", ";", ",", ":"))
        and reference_score(stripped) <= 1
    )


def _teaser(text: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped.split()) >= 5
        and stripped.endswith((".", "!", "?", "…"))
        and reference_score(stripped) <= 1
        and not is_byline(stripped)
        and not _DATE_LINE.match(stripped)
    )


def _numbered_starts(lines: list[Line]) -> set[int]:
    """Lines opening the entries of a numbered list (``1.``, ``[2]``, GOST ``3 Author``).

    Numbers must run in sequence (a new list may start again at 1), so a wrapped line that
    happens to begin with a number (``2 сентября. – № 168``) is not taken for an entry.
    Empty unless at least two numbered entries are found.
    """
    starts: set[int] = set()
    expected: int | None = None
    for k, line in enumerate(lines):
        n = _list_number(line.text)
        if n is None:
            continue
        if expected is None or n in (expected, 1):
            starts.add(k)
            expected = n + 1
    return starts if len(starts) >= 2 else set()


def _wraps(prev: Line, line: Line) -> bool:
    """``line`` directly under ``prev`` (no blank line) continues its entry.

    An annotation sentence after a finished entry (``… (https://…)`` then ``Breakdown of
    gender data …``) does not.
    """
    if line.number != prev.number + 1 or is_block_stop(line.text):
        return False
    if is_prose(line.text):
        return False
    if not _ENDS_ENTRY.search(prev.text):
        return True
    if has_author_head(line.text) and reference_score(line.text) >= 4:
        return False  # a whole reference of its own after a finished one (an OJS cite box)
    words = line.text.split()
    sentence = line.text[:1].isupper() and len(words) >= 6 and line.text.rstrip().endswith(".")
    return not (sentence and reference_score(line.text) <= 1)


def _indent(text: str) -> int:
    wide = text.expandtabs(4)
    return len(wide) - len(wide.lstrip())


def _nested_annotation(group: list[Line], line: Line) -> bool:
    """A list item nested under a linked entry, itself with no link: the entry's abstract
    or comment in a curated Markdown list."""
    first = group[0]
    return (
        _indent(line.text) > _indent(first.text)
        and numbering(line.text) > 0
        and numbering(first.text) > 0
        and not has_url(line.text)
        and any(has_url(x.text) for x in group)
    )


def _indented_under(first: Line, line: Line, prev: Line) -> bool:
    """A line indented under its entry continues it: a Markdown list item (``1. Author,`` /
    ``   [Title](…)``) or a hanging indent (``Dave, B. (2007). …`` / ``    Routledge.``)."""
    if line.number != prev.number + 1 or numbering(line.text):
        return False
    indent = len(line.text) - len(line.text.lstrip())
    return indent >= 2 and indent > len(first.text) - len(first.text.lstrip())


_DATED_ITEM = re.compile(
    r"\((?:18|19|20)\d\d[a-z]?\)|\b\d{1,2}\s[^\W\d_]{3,12}\s(?:18|19|20)\d\d\b|\b\d{1,5}/\d{2,4}\b"
)


def _annotation(text: str) -> bool:
    """A note or sub-heading between the entries of a list of links or dated items."""
    stripped = text.rstrip()
    if stripped.endswith(";") or find_quoted(stripped) or _DATED_ITEM.search(stripped):
        return False  # "Council of the European Union (2019) Council conclusions …, 10221/19"
    return stripped.endswith(".") or len(stripped.split()) <= 4
