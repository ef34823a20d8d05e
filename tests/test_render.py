"""Renderers: reopen the .docx, render the terminal view into a string, check Markdown/JSON."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import docx
import pytest
from rich.console import Console

from briefer.pipeline import BriefRequest, make_brief
from briefer.render.docx import render_docx
from briefer.render.terminal import brief_view
from briefer.render.text import render_json, render_markdown

from .conftest import SEEDS

SECTION_TITLES = (
    "Bottom line up front",
    "Issues at a glance",
    "United States",
    "North Korea",
    "South Korea",
    "China",
    "Context",
    "Other voices",
    "Timeline",
    "Sources",
)


@pytest.fixture(scope="module")
def brief(korea):
    return make_brief(BriefRequest((str(SEEDS),)), korea).brief


@pytest.fixture(scope="module")
def memo(brief, tmp_path_factory) -> docx.document.Document:
    path = tmp_path_factory.mktemp("memo") / "memo.docx"
    render_docx(brief, str(path), dt.datetime(2019, 6, 29, 12, 0, tzinfo=dt.UTC))
    return docx.Document(str(path))


def _texts(document):
    return [p.text for p in document.paragraphs]


def test_docx_banner_in_header_and_footer(memo):
    section = memo.sections[0]
    assert section.header.paragraphs[0].text == "UNCLASSIFIED"
    assert section.footer.paragraphs[0].text == "UNCLASSIFIED"
    assert section.header.paragraphs[0].style.name == "Memo Banner"


def test_docx_page_x_of_y_fields(memo):
    xml = memo.sections[0].footer._element.xml
    assert "PAGE" in xml and "NUMPAGES" in xml and "fldChar" in xml
    assert "Page " in memo.sections[0].footer.paragraphs[1].text


def test_docx_header_block(memo):
    texts = _texts(memo)
    assert texts[0] == "MEMORANDUM"
    assert texts[1] == "DATE:\tJune 28, 2019"
    assert texts[2].startswith("TO:\t") and texts[3].startswith("FROM:\t")
    assert texts[4].startswith("SUBJECT:\tKorean Peninsula")


def test_docx_sections_bullets_and_citations(memo, brief):
    headings = [p.text for p in memo.paragraphs if p.style.name == "Heading 1"]
    assert headings == list(SECTION_TITLES)
    bullets = [p for p in memo.paragraphs if p.style.name == "List Bullet"]
    # each bullet: the sentence, its citation, then the speaker line after it
    assert any(" — " in p.text and "· paraphrase" in p.text for p in bullets)
    cited = [p.text.replace("] — ", "]\n").split("\n")[0] for p in bullets if "[1]" in p.text]
    assert any(t.startswith("But the North on Thursday said") for t in cited)
    assert any(t.startswith("The United States only wants") for t in cited)
    assert "No other voices in these sources." in [p.text for p in bullets]
    # every sentence of the brief is verbatim in the seed (the bottom line after its label)
    (article,) = brief.articles
    actors = tuple(f"{a.name} — " for a in brief.template.actors)
    for paragraph in cited:
        text = paragraph[: -len(" [1]")]
        for label in actors:
            text = text.removeprefix(label)
        assert text in article.text
    # no sentence appears twice in the memo
    assert len(cited) == len(set(cited))


def test_docx_bluf_holds_top_sentences(memo, brief):
    texts = _texts(memo)
    start = texts.index("Bottom line up front")
    bluf = texts[start + 1 : start + 1 + len(brief.bottom_line)]
    labels = {s.items[0].sentence.text: s.title for s in brief.sections if s.items}
    expected = [f"{labels[i.sentence.text]} — {i.display}" for i in brief.bottom_line]
    assert [t.rsplit(" [", 1)[0] for t in bluf] == expected


def test_docx_sources_and_core_properties(memo):
    notes = [p.text for p in memo.paragraphs if p.style.name == "Memo Source"]
    assert "No position shown on: Missile and nuclear tests; Sanctions and" in notes[0]
    sources = [text for text in notes if text.startswith("[")]
    assert sources == [
        "[1] US Eyes ‘Constructive’ Talks With North Korea. June 28, 2019. "
        + str(SEEDS / "000_7f42ce255e97d871.txt")
    ]
    props = memo.core_properties
    assert props.title == "MEMORANDUM: Korean Peninsula diplomacy"
    assert props.author == "briefer" and "korea" in props.keywords
    assert props.created.replace(tzinfo=None) == dt.datetime(2019, 6, 29, 12, 0)
    assert memo.sections[0].page_width == docx.shared.Inches(8.5)
    assert memo.sections[0].left_margin == docx.shared.Inches(1)


def test_docx_portion_marks_and_classification_override(brief, tmp_path: Path):
    from dataclasses import replace

    marked = replace(
        brief, memo=replace(brief.memo, portion_marks=True, classification="CONFIDENTIAL")
    )
    path = tmp_path / "marked.docx"
    render_docx(marked, str(path))
    document = docx.Document(str(path))
    assert document.sections[0].header.paragraphs[0].text == "CONFIDENTIAL"
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(b.startswith("(U) ") for b in bullets)


def test_terminal_view_at_80_columns(brief):
    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None).print(brief_view(brief))
    text = buffer.getvalue()
    assert all(len(line) <= 80 for line in text.splitlines())
    for title in SECTION_TITLES:
        assert title in text
    assert "June 28, 2019 · 1 article(s) · 12 sentences" in text
    assert "No other voices in these sources." in text
    assert "\x1b[" not in text
    flat = " ".join(text.split())
    assert "The United States only wants North Korea to denuclearise. [1]" in flat
    # issues no actor speaks to take one line, not a block of dashes
    unboxed = " ".join(text.replace("│", " ").split())
    assert "No position shown on: Missile and nuclear tests; Sanctions and pressure" in unboxed
    assert "Human rights and detainees United States" not in unboxed


def test_terminal_explain_shows_evidence_and_why_it_ranked(brief):
    buffer = io.StringIO()
    Console(file=buffer, width=100, color_system=None).print(brief_view(brief, explain=True))
    assert 'dprk ← "the North" (said)' in buffer.getvalue()
    assert "ranked by rank " in buffer.getvalue()


def test_bottom_line_is_labelled_and_not_repeated_below(brief):
    text = render_markdown(brief)
    bluf = text.split("## Bottom line up front")[1].split("\n## ")[0]
    below = text.split("## Bottom line up front")[1].split("\n## ", 1)[1]
    actors = {a.key for a in brief.template.actors}
    leads = [s for s in brief.sections if s.items and s.key in actors]
    for section in leads:
        assert f"- **{section.title}** — {section.items[0].display}" in bluf
        assert section.items[0].display not in below
    data = json.loads(render_json(brief))
    assert data["bottom_line_actors"] == [
        next(s.key for s in brief.sections if s.items and s.items[0] is i)
        for i in brief.bottom_line
    ]


def test_markdown_mirrors_the_memo(brief):
    text = render_markdown(brief)
    assert text.startswith("**UNCLASSIFIED**\n\n# MEMORANDUM")
    assert "- **DATE:** June 28, 2019" in text
    assert "## North Korea" in text and "## Sources" in text
    assert "- The United States only wants North Korea to denuclearise. [1]" in text


def test_json_shape(brief):
    data = json.loads(render_json(brief))
    assert data["schema_version"] == 1
    assert {a["key"] for a in data["actors"]} == {"us", "dprk", "rok", "china"}
    (article,) = data["articles"]
    assert set(article) >= {"id", "title", "date", "source", "path"}
    sentence = data["sentences"][0]
    assert set(sentence) >= {
        "text",
        "article",
        "index",
        "score",
        "holders",
        "selected",
        "evidence",
        "citations",
    }
    assert all(s["selected"] for s in data["sentences"])
    everything = json.loads(render_json(brief, all_sentences=True))
    assert len(everything["sentences"]) == 12
    north = next(s for s in everything["sentences"] if s["text"].startswith("But the North"))
    assert north["holders"] == ["dprk"]
    assert north["evidence"][0]["mention"] == "the North"


def test_reference_docx_styles_replace_the_defaults(korea, tmp_path: Path):
    from dataclasses import replace

    from docx.shared import Pt

    reference = docx.Document()
    reference.styles["Normal"].font.name = "Georgia"
    reference.styles["Normal"].font.size = Pt(13)
    reference.add_paragraph("This text must not reach the memo.")
    reference_path = tmp_path / "house.docx"
    reference.save(reference_path)
    template = replace(korea, memo=replace(korea.memo, reference_docx=str(reference_path)))
    result = make_brief(BriefRequest((str(SEEDS),)), template).brief
    out = tmp_path / "styled.docx"
    render_docx(result, str(out))
    memo = docx.Document(str(out))
    assert memo.styles["Normal"].font.name == "Georgia"
    assert memo.styles["Normal"].font.size == Pt(13)
    texts = [p.text for p in memo.paragraphs]
    assert "This text must not reach the memo." not in texts
    assert texts[0] == "MEMORANDUM"


def test_an_actor_whose_sentence_is_shown_under_another_is_pointed_there(brief):
    # the seed's 'Pompeo raised hopes …, while Xi told Moon …' is held by the US and China
    # and shown under the United States (not first: a round-up does not open a section)
    text = render_markdown(brief)
    china = text.split("## China", 1)[1].split("\n## ", 1)[0]
    assert "shown under United States above" in china
    assert "No statement by China" not in china
    grid = text.split("## Issues at a glance", 1)[1].split("\n## ", 1)[0]
    assert "| (see United States below) \\[1\\] |" in grid


def test_joint_positions_point_to_where_the_memo_prints_them(korea, tmp_path):
    from .conftest import shared

    day = shared("keypositions/clusters/allsides-kr-2018-04-27")
    brief = make_brief(BriefRequest((str(day),)), korea).brief
    assert any(s.joint for s in brief.sections)
    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None).print(brief_view(brief))
    screen = " ".join(buffer.getvalue().replace("│", " ").split())
    assert "• Jointly with North Korea: The leaders of North and South Korea" in screen
    path = tmp_path / "joint.docx"
    render_docx(brief, str(path))
    bullets = [p.text for p in docx.Document(str(path)).paragraphs]
    pointers = [b for b in bullets if b.startswith("Jointly with ")]
    assert pointers and all("(see " in b for b in pointers)


def test_a_section_whose_only_bullet_leads_the_bottom_line_says_so(korea):
    from briefer.render.text import LEAD_ONLY

    from .conftest import shared

    day = shared("keypositions/clusters/allsides-kr-2018-06-12")
    brief = make_brief(BriefRequest((str(day),)), korea).brief
    rok = next(s for s in brief.sections if s.key == "rok")
    assert len(rok.items) == 1 and rok.items[0] in brief.bottom_line
    text = render_markdown(brief)
    assert f"## South Korea\n\n- _{LEAD_ONLY}_" in text
    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None).print(brief_view(brief))
    assert LEAD_ONLY in " ".join(buffer.getvalue().replace("│", " ").split())
