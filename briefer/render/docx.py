"""Brief → Word memo (python-docx). The look lives in named styles; a template may supply a
reference .docx whose styles replace the built-in defaults."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import IO, Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from ..errors import LimitError, TemplateError
from ..limits import checked_zip
from ..models import MEMO_COMMENT, Brief, BriefDiff, BriefItem
from ..pagefit import fit_to_pages
from ..sanitize import clean
from ..template import reference_path
from .grid_text import (
    CLASH_MARK,
    GRID_EMPTY_CELL,
    cell_sentences,
    change_text,
    clash_note,
    diff_sections,
    is_pointer,
    silent_issues,
    since_title,
    spoken_rows,
)
from .text import (
    GRID_TITLE,
    LEAD_ONLY,
    NO_POSITIONS,
    TIMELINE_TITLE,
    background_mark,
    bottom_line_labels,
    bullet_speaker,
    citation_text,
    cut_sections,
    cut_sections_note,
    empty_message,
    format_date,
    joint_pointers,
    more_left_out,
    section_body,
    set_aside_note,
    source_line,
    timeline_empty,
    timeline_row,
    timeline_text,
    uncited_note,
)

NOTE_POINTS = 8.5
"""Type size of a note set on a heading's line ('· 1 further bullet left out …')."""
PAPER_INCHES = {"letter": (8.5, 11.0), "a4": (8.27, 11.69), "legal": (8.5, 14.0)}
BANNER, MEMO_TITLE, FIELD, CITATION = "Memo Banner", "Memo Title", "Memo Field", "Memo Citation"
TIMELINE = "Memo Timeline"
GRID, GRID_ISSUE_INCHES = "Memo Grid", 1.0


def render_docx(brief: Brief, out: IO[bytes] | str, created: dt.datetime | None = None) -> None:
    """Write the memo, fitted to two pages; ``created`` stamps the core properties
    (SOURCE_DATE_EPOCH upstream)."""
    brief = fit_to_pages(brief)
    document = _new_document(brief.memo.reference_docx, brief.template.path)
    _ensure_styles(document, house_look=not brief.memo.reference_docx)
    _page_setup(document, brief)
    _core_properties(document, brief, created)
    _header_block(document, brief)
    mark = "(U) " if brief.memo.portion_marks else ""
    if brief.since is not None:
        _since(document, brief, mark)
    _heading(document, "Bottom line up front")
    bottom = bottom_line_labels(brief)
    _bullets(document, brief, bottom, mark, NO_POSITIONS)
    if brief.grid is not None:
        _heading(document, GRID_TITLE)
        _grid(document, brief)
    cut = {id(s) for s in cut_sections(brief)}
    for section in brief.sections:
        if id(section) in cut:
            continue
        heading = _heading(document, section.title)
        if more_left_out(section):  # on the heading's line: the note costs no line of its own
            note = heading.add_run(clean(f" · {more_left_out(section)}"))
            note.italic, note.bold, note.font.size = True, False, Pt(NOTE_POINTS)
        body = [("", section.key, item) for item in section_body(brief, section)]
        empty = LEAD_ONLY if section.items else empty_message(section, brief)
        pointers = joint_pointers(brief, section)
        if body or section.items or not pointers:
            _bullets(document, brief, body, mark, empty)
        for pointer in pointers:  # quiet, like a note: the position is printed elsewhere
            note = document.add_paragraph(clean(f"{mark}{pointer}"), style="List Bullet")
            note.runs[0].italic = True
    if cut:
        document.add_paragraph(clean(cut_sections_note(brief))).runs[0].italic = True
    if brief.timeline is not None:
        _heading(document, TIMELINE_TITLE)
        _timeline(document, brief, mark)
    _heading(document, "Sources")
    for number in range(1, brief.cited + 1):
        line = clean(f"[{number}] {source_line(brief, number)}")
        document.add_paragraph(line, style="Memo Source")
    for note in (uncited_note(brief), set_aside_note(brief)):
        if note:
            document.add_paragraph(clean(note), style="Memo Source").runs[0].italic = True
    _save_stamped(document, out, created)


def _save_stamped(document: Any, out: IO[bytes] | str, created: dt.datetime | None) -> None:
    """Save with every zip entry stamped ``created`` (when given), so that the same brief
    and the same SOURCE_DATE_EPOCH give byte-identical files."""
    if created is None:
        document.save(out)
        return
    buffer = io.BytesIO()
    document.save(buffer)
    stamp = created.timetuple()[:6]
    result = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(result, "w") as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            target.writestr(info, source.read(item.filename))
    data = result.getvalue()
    if isinstance(out, str):
        with open(out, "wb") as handle:
            handle.write(data)
    else:
        out.write(data)


def _new_document(reference: str, template_path: str) -> Any:
    if not reference:
        return docx.Document()
    path = reference_path(reference, template_path)
    try:  # checked again here: the limits hold on the bytes read now, not at load
        document = docx.Document(io.BytesIO(checked_zip(path, required="word/document.xml")))
    except LimitError as exc:
        raise TemplateError(f"reference .docx refused: {exc.message}", str(path)) from None
    except Exception as exc:
        raise TemplateError(
            f"reference .docx cannot be opened ({exc.__class__.__name__})", str(path)
        ) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _ensure_styles(document: Any, house_look: bool) -> None:
    """Add the memo's named styles that are missing; ``house_look`` also sets our default
    body and heading look (a reference .docx keeps its own)."""
    styles = document.styles
    names = {s.name for s in styles}
    normal = styles["Normal"]
    if house_look:
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)  # a five-article day on two Letter pages
        normal.paragraph_format.space_after = Pt(3)
        heading = styles["Heading 1"]
        heading.font.size = Pt(12.5)
        heading.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        heading.paragraph_format.space_before = Pt(9)
        heading.paragraph_format.space_after = Pt(3)
    for name, base, setup in (
        (BANNER, "Normal", _banner_style),
        (MEMO_TITLE, "Normal", _title_style),
        (FIELD, "Normal", _field_style),
        ("Memo Source", "Normal", _source_style),
        (TIMELINE, "Normal", _timeline_style),
        (GRID, "Normal", _grid_style),
    ):
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[base]
            setup(style)
    if CITATION not in names:
        style = styles.add_style(CITATION, WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        style.font.size = Pt(9)


def _banner_style(style: Any) -> None:
    style.font.bold = True
    style.font.size = Pt(11)
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _title_style(style: Any) -> None:
    style.font.bold = True
    style.font.size = Pt(16)
    style.paragraph_format.space_after = Pt(10)


def _field_style(style: Any) -> None:
    style.paragraph_format.space_after = Pt(2)
    style.paragraph_format.left_indent = Inches(1.1)
    style.paragraph_format.first_line_indent = Inches(-1.1)
    style.paragraph_format.tab_stops.add_tab_stop(Inches(1.1))


def _source_style(style: Any) -> None:
    style.font.size = Pt(9)
    style.paragraph_format.left_indent = Inches(0.3)
    style.paragraph_format.first_line_indent = Inches(-0.3)
    style.paragraph_format.space_after = Pt(2)


TIMELINE_DATE_INCHES = 1.0
"""The timeline's date column in the style: a day's date ('2016-09-09') fits it."""


def _timeline_style(style: Any) -> None:
    style.font.size = Pt(10)
    style.paragraph_format.left_indent = Inches(TIMELINE_DATE_INCHES)
    style.paragraph_format.first_line_indent = Inches(-TIMELINE_DATE_INCHES)
    style.paragraph_format.tab_stops.add_tab_stop(Inches(TIMELINE_DATE_INCHES))
    style.paragraph_format.space_after = Pt(3)


def _page_setup(document: Any, brief: Brief) -> None:
    width, height = PAPER_INCHES[brief.memo.paper]
    margin = Inches(brief.memo.margin_inches)
    for section in document.sections:
        section.page_width, section.page_height = Inches(width), Inches(height)
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = margin
        header = section.header.paragraphs[0]
        header.text = clean(brief.memo.classification)
        header.style = document.styles[BANNER]
        footer = section.footer.paragraphs[0]
        footer.text = ""
        footer.style = document.styles[BANNER]
        footer.add_run(clean(brief.memo.classification))
        page = section.footer.add_paragraph(style=document.styles["Memo Source"])
        page.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page.paragraph_format.first_line_indent = Inches(0)
        page.paragraph_format.left_indent = Inches(0)
        page.add_run("Page ")
        _field(page, "PAGE")
        page.add_run(" of ")
        _field(page, "NUMPAGES")


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice update when rendering."""
    run = paragraph.add_run()
    for kind, text in (
        ("begin", None),
        (None, f" {instruction} "),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text and text.strip() == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _core_properties(document: Any, brief: Brief, created: dt.datetime | None) -> None:
    props = document.core_properties
    props.title = clean(f"{brief.memo.title}: {brief.template.topic}")
    props.subject = clean(brief.memo.subject or brief.template.topic)
    props.author = clean(brief.memo.sender or "briefer")
    props.keywords = clean(", ".join([brief.template.name, *brief.template.keywords[:6]]))
    props.comments = f"{MEMO_COMMENT} from {len(brief.articles)} article(s)."
    stamp = created or dt.datetime.now(dt.UTC)
    props.created = props.modified = stamp.replace(tzinfo=None)
    props.last_modified_by = props.author
    props.revision = 1


def _header_block(document: Any, brief: Brief) -> None:
    memo = brief.memo
    document.add_paragraph(clean(memo.title), style=MEMO_TITLE)
    for label, value in (
        ("DATE:", format_date(brief.date)),
        ("TO:", memo.to),
        ("FROM:", memo.sender),
        ("SUBJECT:", memo.subject or brief.template.topic),
    ):
        paragraph = document.add_paragraph(style=FIELD)
        paragraph.add_run(label).bold = True
        paragraph.add_run(f"\t{clean(value)}")
    rule = document.add_paragraph(style=FIELD)
    _bottom_border(rule)


def _bottom_border(paragraph: Any) -> None:
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "808080")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    properties.append(borders)


def _heading(document: Any, title: str) -> Any:
    return document.add_paragraph(clean(title), style="Heading 1")


def _bullets(
    document: Any,
    brief: Brief,
    items: list[tuple[str, str, BriefItem]],
    mark: str,
    empty: str,
) -> None:
    if not items:
        paragraph = document.add_paragraph(clean(f"{mark}{empty}"), style="List Bullet")
        paragraph.runs[0].italic = True
        return
    for label, key, item in items:
        paragraph = document.add_paragraph(style="List Bullet")
        lead = mark
        if label:
            paragraph.add_run(clean(f"{lead}{label} — ")).bold = True
            lead = ""
        if background_mark(item):  # the year in italics, before the verbatim sentence
            paragraph.add_run(f"{lead}{background_mark(item)}").italic = True
            lead = ""
        paragraph.add_run(clean(f"{lead}{item.display} "))
        paragraph.add_run(clean(citation_text(item, brief.articles)), style=CITATION)
        who = bullet_speaker(item, key)
        if who:  # after the citation, in its quiet style
            paragraph.add_run(clean(f" {who}"), style=CITATION).italic = True


SHORT_DATE = 12
"""Date labels this long ('2016-09-09') fit the style's column (TIMELINE_DATE_INCHES)."""
TIMELINE_CHAR_INCHES = 0.095
"""Width of a character of the bold 10-point date label."""


def _timeline(document: Any, brief: Brief, mark: str) -> None:
    """One quiet line per dated item: the date in bold, the actor, the sentence, the citation."""
    if not brief.timeline:
        empty = timeline_empty(brief)
        document.add_paragraph(f"{mark}{empty}", style=TIMELINE).runs[0].italic = True
        return
    rows = [(item, timeline_row(brief, item)) for item in brief.timeline]
    longest = max(len(f"{mark}{date}") for _, (date, _, _) in rows)
    column = Inches(TIMELINE_CHAR_INCHES * longest + 0.15) if longest > SHORT_DATE else None
    for item, (date, actor, _) in rows:
        paragraph = document.add_paragraph(style=TIMELINE)
        if column is not None:  # 'week of 2016-09-05' is wider than the style's column
            paragraph.paragraph_format.left_indent = column
            paragraph.paragraph_format.first_line_indent = -column
            stops = paragraph.paragraph_format.tab_stops
            stops.add_tab_stop(Inches(TIMELINE_DATE_INCHES), WD_TAB_ALIGNMENT.CLEAR)
            stops.add_tab_stop(column)
        paragraph.add_run(f"{mark}{date}").bold = True
        paragraph.add_run(f"\t{clean(actor)}").italic = True
        paragraph.add_run(clean(f" · {timeline_text(brief, item)} "))
        paragraph.add_run(clean(citation_text(item, brief.articles)), style=CITATION)


def _grid_style(style: Any) -> None:
    style.font.size = Pt(8)
    style.paragraph_format.space_after = Pt(0)


def _grid(document: Any, brief: Brief) -> None:
    """The issue × actor grid as a table as wide as the text block, small type, fixed widths
    so that Word and LibreOffice keep it inside the margins; on paper, issues no actor
    speaks to are left out (the memo must fit two pages)."""
    assert brief.grid is not None
    rows = spoken_rows(brief.grid)
    if not rows:  # no header row over nothing: the note says no issue has a position shown
        document.add_paragraph(silent_issues(brief.grid), style="Memo Source")
        return
    actors = brief.template.actors
    width, _ = PAPER_INCHES[brief.memo.paper]
    inner = width - 2 * brief.memo.margin_inches
    widths = [GRID_ISSUE_INCHES] + [(inner - GRID_ISSUE_INCHES) / len(actors)] * len(actors)
    table = document.add_table(rows=1 + len(rows), cols=1 + len(actors))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    _repeat_header_and_keep_rows(table)
    header = ["Issue", *(a.name for a in actors)]
    for column, text in enumerate(header):
        _grid_cell(table.cell(0, column), widths[column], clean(text), bold=True)
    printed = cell_sentences(brief)
    for number, row in enumerate(rows, start=1):
        _grid_cell(table.cell(number, 0), widths[0], clean(row.issue.name), bold=True)
        for column, actor in enumerate(actors, start=1):
            item = row.cell(actor.key)
            cell = _grid_cell(table.cell(number, column), widths[column], "")
            paragraph = cell.paragraphs[0]
            if item is None:
                paragraph.add_run(GRID_EMPTY_CELL)
                continue
            said = printed.get((row.issue.key, actor.key), item.sentence.text)
            paragraph.add_run(clean(f"{said} "))
            # a pointer's bullet names the outlets; the narrow cell keeps the numbers only
            cited = citation_text(item) if is_pointer(said) else None
            paragraph.add_run(clean(cited or citation_text(item, brief.articles)), style=CITATION)
            note = clash_note(brief, brief.grid, row.issue.key, actor.key)
            if note:
                run = paragraph.add_run(clean(f" {note}"))
                run.bold = True
                run.font.color.rgb = RGBColor(0xB0, 0x00, 0x20)
    if silent_issues(brief.grid):
        document.add_paragraph(silent_issues(brief.grid), style="Memo Source")
    if brief.grid.clashes:
        note = f"{CLASH_MARK} marks positions the text shows contradicting."
        document.add_paragraph(note, style="Memo Source").runs[0].italic = True


def _repeat_header_and_keep_rows(table: Any) -> None:
    """The header row repeats on every page and no issue row splits across two pages, so a
    reader never meets a cell without its column's actor."""
    for number, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        for tag in ("w:cantSplit",) + (("w:tblHeader",) if number == 0 else ()):
            element = OxmlElement(tag)
            element.set(qn("w:val"), "true")
            properties.append(element)


def _grid_cell(cell: Any, inches: float, text: str, bold: bool = False) -> Any:
    cell.width = Inches(inches)
    paragraph = cell.paragraphs[0]
    paragraph.style = GRID
    if text:
        paragraph.add_run(text).bold = bold
    return cell


def render_diff_docx(
    diff: BriefDiff, out: IO[bytes] | str, created: dt.datetime | None = None
) -> None:
    """``brief diff -f docx``: a one-section memo of what changed between two briefs."""
    document = _new_document("", "")
    _ensure_styles(document, house_look=True)
    title = f"Changes from {format_date(diff.old_date)} to {format_date(diff.new_date)}"
    document.add_paragraph(clean(title), style=MEMO_TITLE)
    _changes(document, diff, "")
    stamp = created or dt.datetime.now(dt.UTC)
    document.core_properties.created = document.core_properties.modified = stamp.replace(
        tzinfo=None
    )
    _save_stamped(document, out, created)


def _since(document: Any, brief: Brief, mark: str) -> None:
    """'New since <date>' first: per actor, what is new, corroborated or gone."""
    assert brief.since is not None
    _heading(document, since_title(brief.since))
    _changes(document, brief.since, mark)


def _changes(document: Any, diff: BriefDiff, mark: str) -> None:
    sections = diff_sections(diff)
    if not sections:
        text = f"{mark}Nothing new: every position matches one of the older brief."
        document.add_paragraph(text, style="List Bullet").runs[0].italic = True
    for name, groups in sections:
        document.add_paragraph(style=FIELD).add_run(clean(name)).bold = True
        for title, changes in groups:
            for change in changes:
                paragraph = document.add_paragraph(style="List Bullet")
                paragraph.add_run(f"{mark}{title}: ").italic = True
                paragraph.add_run(clean(change_text(change)))
