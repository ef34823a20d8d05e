"""Fit the memo to two Letter pages: every printed part counted, cut until it fits.

Besides its bullets a memo prints the issue grid (whose narrow cells take several lines for
a sentence), the timeline and the sources. Before the memo is written this estimates its
length in full-width lines and, while it is too long,
cuts in this order: timeline entries that print a sentence no bullet shows, grid cells that
do, then the least salient bullets that may go (Context and Other voices first, then an
actor's bullets beyond two, then beyond one). The grid is attached again after each cut so
that no cell points to a bullet that is gone. Terminal, Markdown and JSON keep everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from .grid import attach_grid
from .models import CONTEXT, OTHER, Brief, BriefItem, Section
from .render.grid_text import cell_sentences, is_pointer, silent_issues
from .render.text import (
    LEAD_ONLY,
    NO_POSITIONS,
    bottom_line_labels,
    bullet_speaker,
    citation_text,
    cut_sections,
    cut_sections_note,
    empty_message,
    joint_pointers,
    section_body,
    set_aside_note,
    source_line,
    timeline_text,
    uncited_note,
)

PAGE_LINES = 85
"""Full-width lines two Letter pages hold below the memo header, at the memo's type sizes,
with room for the estimate's error and for the page break (a heading moves to page two with
the first lines of its bullet, leaving up to four lines of page one blank). Calibrated by
rendering 38 memos with LibreOffice (the five key-position days, the seed, four held-out
sets of eight days): the estimate's error is 2.2 lines (one standard deviation; 4.6 at
most, a page break), and at 86 every memo is two pages, the fullest ending 2.8 lines above
the margin. Round 7 counted each bottom-line bullet once (it had been counted again in
its section, which does not print it) and wraps bullets by their characters rather than
their words: the error had been 4.3 lines. Round 11 lowered it from 86: with South Korea's
longer section of 8 March 2018 (a national security adviser's bullet, once an outside
voice's) an estimate of 85.5 lines ran one line onto a third page; at 85 all 45 memos
(those 38 and the seven fresh days of rounds 8 and 9) are two pages, the fullest page two
ending at 668 pt."""
LINE_WORDS = 15
"""Words on a full-width line of body text."""
CELL_WORDS = 5
"""Words on a line of a grid cell (five columns share the width, in small type)."""
BULLET_EXTRA = 8
"""A bullet's citation and speaker line, in words; the space after it is a third of a line."""
HEADING_LINES = 2.2
BULLET_CHARS = 80
"""Characters of body text on a bullet's line (10.5-point type; DejaVu Sans, the font
LibreOffice falls back to, is the widest of those a reader's machine may use)."""
CITATION_WIDTH = 0.86
"""A character of the 9-point citation and speaker line against one of the body."""
BULLET_GAP = 0.3
"""The space after a bullet, in lines."""
SOURCE_CHARS = 95
"""Characters on a line of the Sources list (title, outlet, date, address)."""
SOURCE_GAP = 0.15
"""Space after each source, in lines."""


def _lines(words: int, per_line: int) -> int:
    return max(1, -(-words // per_line))


def memo_lines(brief: Brief) -> float:
    """The memo's estimated length in full-width lines, below its header, part by part as
    the Word renderer prints it."""
    cut = cut_sections(brief)
    shown = [s for s in brief.sections if s not in cut]
    headings = 2 + len(shown) + (brief.grid is not None) + (brief.timeline is not None)
    lines = HEADING_LINES * headings + (_note_lines(cut_sections_note(brief)) if cut else 0)
    bottom = bottom_line_labels(brief)
    lines += sum(_bullet_lines(f"{label} — {i.display}", i, key, brief) for label, key, i in bottom)
    lines += 0 if bottom else _note_lines(NO_POSITIONS)
    for section in shown:
        body = section_body(brief, section)
        lines += sum(_bullet_lines(i.display, i, section.key, brief) for i in body)
        pointers = joint_pointers(brief, section)
        lines += sum(_note_lines(pointer) for pointer in pointers)
        if not body and (section.items or not pointers):
            lines += _note_lines(LEAD_ONLY if section.items else empty_message(section, brief))
    lines += source_lines(brief)
    for item in brief.timeline or ():
        words = len(timeline_text(brief, item).split()) + BULLET_EXTRA
        lines += _lines(words, LINE_WORDS - 3) + 0.3
    if brief.grid is not None:
        cells = cell_sentences(brief)
        spoken = 0
        for row in brief.grid.rows:
            printed = [cells.get((row.issue.key, k), "") for k, c in row.cells if c]
            sizes = [len(t.split()) + (1 if is_pointer(t) else BULLET_EXTRA // 2) for t in printed]
            if sizes:
                lines += max(_lines(n, CELL_WORDS) for n in sizes) * 0.8
                spoken += 1
        note = _lines(len(silent_issues(brief.grid)), SOURCE_CHARS)  # at least a line
        lines += note + (1 if spoken else 0)  # the note, after the header row if any
    return lines


def _bullet_lines(text: str, item: BriefItem, key: str, brief: Brief) -> float:
    """A bullet's lines: its sentence, then its citation and speaker line in smaller type,
    wrapped word by word as the page wraps them."""
    tail = f"{citation_text(item, brief.articles)} {bullet_speaker(item, key)}"
    return _wrapped(((text, 1.0), (tail, CITATION_WIDTH))) + BULLET_GAP


def _note_lines(text: str) -> float:
    return _wrapped(((text, 1.0),)) + BULLET_GAP


def _wrapped(parts: Iterable[tuple[str, float]]) -> int:
    """Lines that runs of text take on a bullet's line of BULLET_CHARS characters, each
    character of a run as wide as its weight (a citation's are smaller)."""
    lines, used = 1, 0.0
    for text, weight in parts:
        for word in text.split():
            width = len(word) * weight
            if used and used + 1 + width > BULLET_CHARS:
                lines, used = lines + 1, width
            else:
                used += (1 if used else 0) + width
    return lines


def source_lines(brief: Brief) -> float:
    """The Sources list's lines: each source as long as its text (a long title or address
    takes three lines, a short one two), and the notes on articles not cited or set aside."""
    lines = sum(
        _lines(len(source_line(brief, n)) + 5, SOURCE_CHARS) + SOURCE_GAP
        for n in range(1, brief.cited + 1)
    )
    notes = (uncited_note(brief), set_aside_note(brief))
    return lines + sum(_lines(len(note), SOURCE_CHARS) for note in notes if note)


def fit_to_pages(brief: Brief, budget: float | None = None) -> Brief:
    """The brief with its grid attached, cut until its memo fits ``budget`` lines: first the
    timeline entries that print a sentence of their own, then the grid cells that print a
    position no section shows (the least scored first), then the opening words the other
    timeline entries quote, then bullets."""
    budget = PAGE_LINES if budget is None else budget
    fitted = attach_grid(brief)
    while memo_lines(fitted) > budget:
        shorter = _shorter_timeline(brief)
        if shorter is None:
            break
        brief, fitted = shorter, attach_grid(shorter)
    extra = _unshown_cells(fitted)
    while memo_lines(fitted) > budget and extra > 0:
        extra -= 1
        fitted = attach_grid(brief, extra)
    if memo_lines(fitted) > budget and brief.timeline:  # bare pointers before any bullet
        brief = replace(brief, timeline_quotes=False)
        fitted = attach_grid(brief, extra)
    while memo_lines(fitted) > budget:
        smaller = _shorter_timeline(brief) or drop_one(brief)
        if smaller is None:
            break
        brief, fitted = smaller, attach_grid(smaller, 0)
    return fitted


def _shorter_timeline(brief: Brief) -> Brief | None:
    """The brief without the least scored timeline entry that prints a sentence of its own
    (entries that point to a bullet cost a line), or None when there is none."""
    printed = {id(i) for i in brief.printed}
    own = [i for i in brief.timeline or () if id(i) not in printed]
    if not own:
        return None
    gone = min(own, key=lambda i: i.score)
    return replace(
        brief,
        timeline=tuple(i for i in brief.timeline or () if i is not gone),
        timeline_left_out=brief.timeline_left_out + 1,
    )


def _unshown_cells(brief: Brief) -> int:
    """Distinct grid cells that print a position no bullet shows."""
    if brief.grid is None:
        return 0
    shown = {id(i) for i in brief.printed}
    return len({id(c) for r in brief.grid.rows for _, c in r.cells if c and id(c) not in shown})


def drop_one(brief: Brief) -> Brief | None:
    """The brief without its most expendable bullet, or None when every remaining bullet is
    an actor's lead: Context and Other voices go first (their last bullet), then the last
    bullet of the longest actor section beyond two, then beyond one."""
    actors = [s for s in brief.sections if s.key not in (CONTEXT, OTHER)]
    extras = [s for s in brief.sections if s.key in (CONTEXT, OTHER) and s.items]
    choices: list[Callable[[], list[Section]]] = [
        lambda: extras,
        lambda: [s for s in actors if len(s.items) > 2],
        lambda: [s for s in actors if len(s.items) > 1],
    ]
    for candidates in choices:
        found = candidates()
        if found:
            target = max(found, key=lambda s: (len(s.items), -brief.sections.index(s)))
            return _without_last(brief, target)
    return None


def _without_last(brief: Brief, target: Section) -> Brief:
    gone = target.items[-1]
    section = replace(target, items=target.items[:-1], left_out=target.left_out + 1)
    unselected = replace(gone, selected=False)
    timeline = brief.timeline
    dated = timeline is not None and any(i is gone for i in timeline)
    sections = tuple(section if s is target else s for s in brief.sections)
    return replace(
        brief,
        sections=tuple(  # a joint position goes with the bullet that printed it
            replace(s, joint=tuple(i for i in s.joint if i is not gone)) for s in sections
        ),
        items=tuple(unselected if i is gone else i for i in brief.items),
        timeline=None if timeline is None else tuple(i for i in timeline if i is not gone),
        timeline_left_out=brief.timeline_left_out + dated,
    )
