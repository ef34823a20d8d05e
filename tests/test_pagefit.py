"""The Word memo fits two pages: cut in order (timeline, grid extras, Context and Other
voices, then an actor's later bullets), never an actor's lead, never a dangling pointer."""

from __future__ import annotations

import docx
import pytest

from briefer.models import CONTEXT, OTHER
from briefer.pagefit import PAGE_LINES, fit_to_pages, memo_lines
from briefer.pipeline import BriefRequest, make_brief
from briefer.render.docx import render_docx
from briefer.render.grid_text import cell_sentences

from .conftest import shared

DAYS = ("allsides-kr-2017-08-07", "allsides-kr-2018-03-08")


@pytest.fixture(scope="module", params=DAYS)
def day(request, korea):
    folder = shared(f"keypositions/clusters/{request.param}")
    return make_brief(BriefRequest((str(folder),)), korea).brief


def _bullets(brief, keys):
    return [i for s in brief.sections if s.key in keys for i in s.items]


def test_a_long_day_is_cut_to_two_pages_keeping_every_actor_lead(day):
    actors = [a.key for a in day.template.actors]
    fitted = fit_to_pages(day)
    assert memo_lines(day) > PAGE_LINES >= memo_lines(fitted)
    for full, cut in zip(day.sections, fitted.sections, strict=True):
        assert cut.items == full.items[: len(cut.items)]  # the least salient go, in order
        assert len(cut.items) + cut.left_out >= len(full.items)
        if full.key in actors and full.items:
            assert cut.items[0] is not None and len(cut.items) >= 1
    shrunk = zip(fitted.sections, day.sections, strict=True)
    if any(len(c.items) < len(f.items) for c, f in shrunk if c.key in actors):
        assert not _bullets(fitted, (CONTEXT, OTHER))  # context and other voices went first
    assert len(_bullets(fitted, actors)) >= len(actors)


def test_no_cell_or_timeline_entry_prints_a_bullet_the_cut_dropped(day, tmp_path):
    fitted = fit_to_pages(day)
    kept = {i.sentence.key for i in fitted.bottom_line}
    kept |= {i.sentence.key for s in fitted.sections for i in s.items}
    dropped = {i.sentence.key for i in _bullets(day, {s.key for s in day.sections})} - kept
    assert dropped
    assert not dropped & {i.sentence.key for i in fitted.timeline or ()}
    titles = {s.title for s in fitted.sections if s.items} | {"Bottom line"}
    pointers = [t for t in cell_sentences(fitted).values() if t.startswith("(see ")]
    # a pointer names the bottom line, a section still shown, or an earlier cell ('X, Y')
    assert all(any(f"(see {title}" in p for title in titles) or "," in p for p in pointers)
    path = tmp_path / "memo.docx"
    render_docx(day, str(path))
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "left out to keep the memo to two pages" in text
    for item in _bullets(fitted, {s.key for s in fitted.sections}):
        assert text.count(item.display) <= 1


def test_what_the_cut_leaves_empty_says_so(korea, tmp_path):
    from briefer.render.text import empty_message, timeline_empty

    # a day whose cut leaves out the whole timeline (2017-07-04 was one until round 22, when
    # a sentence of China's 'implied that' kept one dated line)
    folder = shared("keypositions/clusters/allsides-kr-2018-06-12")
    fitted = fit_to_pages(make_brief(BriefRequest((str(folder),)), korea).brief)
    assert not fitted.timeline and fitted.timeline_left_out >= 1
    assert "left out to keep the memo to two pages" in timeline_empty(fitted)
    other = next(s for s in fitted.sections if s.key == OTHER)
    assert not other.items and "left out to keep the memo" in empty_message(other, fitted)


def test_timeline_quotes_go_before_any_bullet(day):
    from briefer.render.text import timeline_text

    actors = [a.key for a in day.template.actors]
    quoted = [timeline_text(day, i) for i in day.timeline or ()]
    assert any(" … (see " in t for t in quoted)  # the full brief quotes opening words
    fitted = fit_to_pages(day)
    if any(s.left_out for s in fitted.sections if s.key in actors):
        assert not fitted.timeline_quotes
        bare = [timeline_text(fitted, i) for i in fitted.timeline or ()]
        assert all(t.startswith("(see ") for t in bare if " (see " in t)


def test_sources_are_counted_as_long_as_they_print(day):
    """A source with a long title and address wraps to three lines in the memo; one with a
    short one takes two. The estimate follows the text, not a fixed size per source."""
    from dataclasses import replace

    from briefer.pagefit import SOURCE_CHARS, source_lines
    from briefer.render.text import source_line

    one = replace(day, cited=1)
    length = len(source_line(one, 1))
    assert source_lines(one) >= -(-length // SOURCE_CHARS)
    longer = replace(
        one,
        articles=(replace(one.articles[0], url=one.articles[0].url + "/" + "x" * 190),)
        + one.articles[1:],
    )
    assert source_lines(longer) >= source_lines(one) + 2


def test_sections_cut_whole_leave_one_line_not_empty_headings(day, tmp_path):
    """When the fit cuts every bullet of Context and Other voices, the memo prints neither
    heading, only one line saying what was left out; the terminal keeps both sections."""
    from briefer.render.text import cut_sections

    fitted = fit_to_pages(day)
    assert {s.key for s in cut_sections(fitted)} == {CONTEXT, OTHER}
    out = tmp_path / "memo.docx"
    render_docx(day, str(out))
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Context" not in texts and "Other voices" not in texts
    assert any(
        t.startswith("Context and Other voices (") and "left out to keep the memo" in t
        for t in texts
    )
    assert not any(  # (an actor section that keeps bullets says 'N further bullets …')
        t.endswith("bullets left out to keep the memo to two pages.")
        and t[0].isdigit()
        and "further" not in t
        for t in texts
    )


def test_a_bottom_line_bullet_is_counted_once(day):
    """Its section does not print it again (it says where it is, or goes on to the next
    point): the estimate had counted it twice, four bullets too many on a full day, and
    cut Context while a quarter of page two stayed blank (12 June 2018)."""
    from dataclasses import replace

    from briefer.render.text import section_body

    fitted = fit_to_pages(day)
    assert fitted.bottom_line
    alone = replace(fitted, bottom_line=())  # the leads printed in their sections instead
    notes = sum(1 for s in fitted.sections if s.items and not section_body(fitted, s))
    labels = len(fitted.bottom_line)  # 'United States — ' may wrap a bullet to a new line
    empty = 1.3  # the bottom line's own note that it has nothing
    difference = memo_lines(fitted) - memo_lines(alone)
    assert -empty <= difference <= 1.3 * notes + labels


def test_a_section_that_lost_bullets_to_the_page_says_so(day, tmp_path):
    """11 February 2018 lost North Korea's fourth bullet (Kim's invitation to Moon, the day's
    news) to the page limit without a word: a section that keeps bullets and lost others
    now says how many, on its heading's line."""
    brief = day
    fitted = fit_to_pages(brief)
    cut = [s for s in fitted.sections if s.items and s.left_out]
    assert cut
    path = tmp_path / "memo.docx"
    render_docx(brief, str(path))
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    for section in cut:  # on the heading's line, so the note costs no line of the page
        n = section.left_out
        note = f"{n} further bullet{'s' if n > 1 else ''} left out to keep the memo to two pages."
        assert f"{section.title} · {note}" in paragraphs
