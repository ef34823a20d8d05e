"""Brief → Markdown (mirrors the memo) and JSON (documented in the README)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from ..compose import evidence_line
from ..models import CONTEXT, OTHER, Article, Brief, BriefItem, Evidence, Section, When
from ..outlets import citation_label, outlet_label, reported_by
from ..sanitize import clean_line
from ..speakerline import speaker_line
from ..timeline import when_evidence, when_label, year_label

GRID_TITLE = "Issues at a glance"
"""The heading of the issue × actor grid in every format."""

TIMELINE_TITLE = "Timeline"
TIMELINE_EMPTY = "No dated statements in these sources."


def timeline_empty(brief: Brief) -> str:
    """What an empty timeline says: that the memo's length left it out, or that none was found."""
    n = brief.timeline_left_out
    return _left_out(n, "dated statement") if n else TIMELINE_EMPTY


def _left_out(n: int, noun: str) -> str:
    """'2 bullets left out to keep the memo to two pages.'"""
    return f"{n} {noun}{'s' if n > 1 else ''} left out to keep the memo to two pages."


def cut_sections(brief: Brief) -> tuple[Section, ...]:
    """Context and Other voices when the page fit cut every bullet of theirs: the memo leaves
    their headings out and says so in one line (terminal, Markdown and JSON keep them)."""
    return tuple(
        s for s in brief.sections if s.key in (CONTEXT, OTHER) and not s.items and s.left_out
    )


def cut_sections_note(brief: Brief) -> str:
    """'Context and Other voices (4 bullets) left out to keep the memo to two pages.'"""
    cut = cut_sections(brief)
    if not cut:
        return ""
    names = " and ".join(s.title for s in cut)
    n = sum(s.left_out for s in cut)
    return f"{names} ({n} bullet{'s' if n > 1 else ''}) left out to keep the memo to two pages."


SCHEMA_VERSION = 1


def format_date(value: Any) -> str:
    """'June 28, 2019' (no locale, no leading zero)."""
    return f"{value:%B} {value.day}, {value.year}" if value else "undated"


def citation_text(item: BriefItem, articles: Sequence[Article] = ()) -> str:
    """'[1 Vox]', '[1 Vox; 3 Reuters] reported by 2 outlets (left, centre)'; without the
    articles, '[1]' or '[1, 3] (reported by 2 sources)'."""
    if articles:
        extra = reported_by(item, articles)
        return citation_label(item, articles) + (f" {extra}" if extra else "")
    cited = ", ".join(str(n) for n in item.citations)
    extra = f" (reported by {len(item.citations)} outlets)" if len(item.citations) > 1 else ""
    return f"[{cited}]{extra}"


def bullet_speaker(item: BriefItem, key: str) -> str:
    """The speaker line a bullet prints after its citation ('— Geng Shuang, Chinese Foreign
    Ministry spokesman · paraphrase'), or '' (the bottom line's label names the actor, and
    Context has no speakers)."""
    who = speaker_line(item, key)
    return who.text() if who and key not in ("", CONTEXT) else ""


def bottom_line_entries(brief: Brief) -> list[tuple[str, str, BriefItem]]:
    """The bottom line as (actor name, actor key, item): each actor's lead position, best
    first (the key picks the speaker line for that actor)."""
    lead_of = {id(s.items[0]): s for s in brief.sections if s.items}
    return [
        (lead_of[id(i)].title, lead_of[id(i)].key, i) if id(i) in lead_of else ("", "", i)
        for i in brief.bottom_line
    ]


def bottom_line_labels(brief: Brief) -> list[tuple[str, str, BriefItem]]:
    """:func:`bottom_line_entries` as the bottom line prints them: a joint position names
    every party that holds it ('North Korea and South Korea — The leaders of North and
    South Korea agreed …')."""
    labelled = []
    for name, key, item in bottom_line_entries(brief):
        parties = [s.title for s in brief.sections if any(j is item for j in s.joint)]
        labelled.append((" and ".join([name, *parties]) if name else name, key, item))
    return labelled


def shown_elsewhere(brief: Brief, key: str) -> str:
    """The title under which the memo shows a sentence ``key`` also holds, or ''."""
    for name, _, item in bottom_line_entries(brief):
        if key in item.attribution.holders:
            return f"{name} in the bottom line"
    for section in brief.sections:
        if section.key != key and any(key in i.attribution.holders for i in section.items):
            return section.title
    return ""


NO_POSITIONS = "No positions found in these sources."
"""What the bottom line says when no actor holds a position."""
LEAD_ONLY = "Its position is in the bottom line above."
"""What a section says whose only bullet is its lead, shown in the bottom line."""
JOINT_WORDS = (8, 6, 18)
"""A joint position's pointer quotes its opening words, so the reader knows it: through the
verb and the next six words (what was agreed), at least eight, at most eighteen."""
TIMELINE_WORDS = (8, 6, 14)
"""A timeline entry the memo prints above shows at most fourteen of its opening words."""


def joint_pointers(brief: Brief, section: Section) -> list[str]:
    """The section's joint positions as pointers to where the memo prints them: 'Jointly
    with South Korea: The leaders of North and South Korea agreed Friday to pursue a
    permanent peace … (see South Korea below)'. The sentence is printed once; a pointer
    shows only its opening words (:func:`opening`)."""
    lead_of = {id(i): name for name, _, i in bottom_line_entries(brief)}
    order = [s.key for s in brief.sections]
    pointers = []
    for item in section.joint:
        home = next((s for s in brief.sections if any(i is item for i in s.items)), None)
        if home is None:
            continue
        head = opening(item, JOINT_WORDS)
        if id(item) in lead_of:
            where = f"Bottom line, {lead_of[id(item)]}"
        else:
            side = "above" if order.index(home.key) < order.index(section.key) else "below"
            where = f"{home.title} {side}"
        pointers.append(f"Jointly with {home.title}: {head} (see {where})")
    return pointers


def opening(item: BriefItem, sizes: tuple[int, int, int]) -> str:
    """The sentence's opening words, through its verb and ``after`` words more (at least
    ``least``, at most ``most``), with '…' when it goes on: how a pointer shows it (no
    quotation marks of its own: a reporter's words would read as the actor's)."""
    least, after, most = sizes
    ends = [e.cue_span[1] for e in item.attribution.evidence if e.cue_span]
    count = least
    if ends:
        verb = len(item.sentence.text[: min(ends) - item.sentence.start].split())
        count = max(least, min(most, verb + after))
    words = item.display.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def section_body(brief: Brief, section: Section) -> tuple[BriefItem, ...]:
    """A section's items as the memo shows them: the one already in the bottom line is not
    repeated; the section goes on to the actor's next point."""
    leads = {id(item) for item in brief.bottom_line}
    return tuple(item for item in section.items if id(item) not in leads)


def source_line(brief: Brief, number: int) -> str:
    """'Title. Outlet, June 28, 2019. path-or-url'."""
    article = brief.articles[number - 1]
    title = article.title.rstrip(".")
    parts = [title if title.endswith(("?", "!")) else title + "."]
    outlet = ", ".join(
        p for p in (outlet_label(article), format_date(article.date) if article.date else "") if p
    )
    if outlet:
        parts.append(outlet + ".")
    parts.append(clean_address(article.url) if article.url else article.path)
    return " ".join(parts)


_TRACKING = re.compile(
    r"^(?:utm_\w+|hpt|nav|test|ref|cmpid|ncid|mod|ocid|smid|smtyp|partner|source|src|cid|rss)$"
)
"""Query keys that only track where a reader came from ('?hpt=hp_t1', '?test=latestnews')."""


def clean_address(url: str) -> str:
    """The article's address without tracking query keys ('index.html?hpt=hp_t1' becomes
    'index.html'); keys that name the page ('story?id=48430486') stay."""
    base, _, query = url.partition("?")
    if not query:
        return url
    kept = [p for p in query.split("&") if p and not _TRACKING.match(p.split("=", 1)[0].lower())]
    return base + ("?" + "&".join(kept) if kept else "")


def background_mark(item: BriefItem) -> str:
    """'(background, 1994) ' before an archival statement; '' before a current one."""
    return f"(background, {year_label(item.when)}) " if item.archival and item.when else ""


def timeline_row(brief: Brief, item: BriefItem) -> tuple[str, str, str]:
    """(date, actor, sentence and citation) for one line of the timeline."""
    names = {a.key: a.name for a in brief.template.actors} | {OTHER: "Other voice"}
    holders = [names.get(h, h) for h in item.attribution.holders]
    actor = " / ".join(holders) or ("Background" if item.archival else "—")
    date = when_label(item.when) if item.when else "undated"
    return date, actor, f"{timeline_text(brief, item)} {citation_text(item, brief.articles)}"


def timeline_text(brief: Brief, item: BriefItem) -> str:
    """The sentence, or, when the brief already shows it above, its opening words and where:
    the timeline orders the folder's dated statements without printing any sentence twice."""
    shown = {id(i): "Bottom line" for i in brief.bottom_line}
    for section in brief.sections:
        shown.update((id(i), section.title) for i in section.items if id(i) not in shown)
    for row in brief.grid.rows if brief.grid else ():
        shown.update((id(c), GRID_TITLE) for _, c in row.cells if c and id(c) not in shown)
    place = shown.get(id(item))
    if not place:
        return item.sentence.text
    where = f"(see {place} above)"
    return f"{opening(item, TIMELINE_WORDS)} {where}" if brief.timeline_quotes else where


def explain_lines(item: BriefItem) -> list[str]:
    """What --explain shows under a bullet: each holder's evidence (mention, cue, rules),
    why it ranked where it did, then the words behind its date."""
    lines = [evidence_line(e) for e in item.attribution.evidence]
    if item.reasons:
        lines.append("ranked by " + ", ".join(item.reasons))
    return lines + ([when_evidence(item.when)] if item.when else [])


def more_left_out(section: Section) -> str:
    """'1 further bullet left out to keep the memo to two pages.': under a section that shows
    bullets but lost others to the page limit, so no cut is silent ('' when none was)."""
    if not section.items or not section.left_out:
        return ""
    return _left_out(section.left_out, "further bullet")


def empty_message(section: Section, brief: Brief | None = None) -> str:
    """What a section says when it has nothing: plainly, so the reader knows we looked; an
    actor that holds a sentence shown under another actor is pointed there."""
    if section.left_out:
        return _left_out(section.left_out, "bullet")
    where = shown_elsewhere(brief, section.key) if brief is not None else ""
    if where and section.key not in (CONTEXT, OTHER):
        return f"Its position in these sources is shown under {where} above."
    if section.key == CONTEXT:
        return "No background sentences selected."
    if section.key == OTHER:
        return "No other voices in these sources."
    return f"No statement by {section.title} in these sources."


def uncited_note(brief: Brief) -> str:
    """'40 further articles were read but not cited.' (empty when all are cited). The
    articles set aside as off topic are named in a note of their own, not counted here: a
    reader took the two notes for two articles."""
    rest = len(brief.articles) - brief.cited - len(brief.set_aside)
    if rest <= 0:
        return ""
    return f"{rest} further article{'s were' if rest > 1 else ' was'} read but not cited."


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")
"""Markdown punctuation that can start HTML, a link, an autolink, code or emphasis."""
_MD_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+=]|\d+[.)])")
"""A marker that would make a line a heading, quote, list or rule."""
_WEB_SCHEMES = ("http", "https")


def md(text: str) -> str:
    """An outside string (article, template, option) as literal Markdown: raw HTML, links,
    emphasis and block markers are escaped, control characters and newlines removed."""
    escaped = _MD_SPECIAL.sub(r"\\\1", clean_line(text))
    return _MD_BLOCK_START.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker[0].isdigit():  # "1." → "1\." (an escaped digit is no escape)
        return f"{indent}{marker[:-1]}\\{marker[-1]}"
    return f"{indent}\\{marker}"


def md_url(url: str) -> str:
    """A link only for http(s) URLs; any other scheme (javascript:, data:, file:) is text."""
    url = clean_line(url).strip()
    parts = urlsplit(url) if url else None
    if parts and parts.scheme.lower() in _WEB_SCHEMES and parts.netloc and _plain_url(url):
        return f"<{url}>"
    return md(url)


def _plain_url(url: str) -> bool:
    return not any(ch.isspace() or ch in "<>\\`" for ch in url)


def md_source_line(brief: Brief, number: int) -> str:
    """:func:`source_line` in Markdown: each part escaped, the URL linked only if http(s)."""
    article = brief.articles[number - 1]
    parts = [md(article.title.rstrip(".") + ".")]
    outlet = ", ".join(
        p for p in (outlet_label(article), format_date(article.date) if article.date else "") if p
    )
    if outlet:
        parts.append(md(outlet + "."))
    parts.append(md_url(article.url) if article.url else md(article.path))
    return " ".join(parts)


def set_aside_note(brief: Brief) -> str:
    """'Set aside as off topic: "Title" (path); …' (empty when nothing was)."""
    if not brief.set_aside:
        return ""
    named = "; ".join(f"“{a.title or a.id}” ({a.url or a.path})" for a in brief.set_aside)
    return f"Set aside as off topic: {named}."


def render_markdown(brief: Brief, explain: bool = False) -> str:
    """The memo as Markdown: header block, bottom line, sections, sources."""
    memo = brief.memo
    lines = [
        f"**{md(memo.classification)}**",
        "",
        f"# {md(memo.title)}",
        "",
        f"- **DATE:** {format_date(brief.date)}",
    ]
    lines += [
        f"- **TO:** {md(memo.to)}",
        f"- **FROM:** {md(memo.sender)}",
        f"- **SUBJECT:** {md(memo.subject or brief.template.topic)}",
        "",
    ]
    lines += _since_lines(brief)
    lines += ["## Bottom line up front", ""]
    bottom = [
        _bullet(brief, item, explain, label, section=key)
        for label, key, item in bottom_line_labels(brief)
    ]
    lines += bottom or ["- No positions found."]
    lines += _grid_lines(brief)
    for section in brief.sections:
        lines += ["", f"## {md(section.title)}", ""]
        body = section_body(brief, section)
        pointers = [f"- {md(p)}" for p in joint_pointers(brief, section)]
        if body:
            lines += [_bullet(brief, item, explain, section=section.key) for item in body]
        elif section.items:
            lines.append(f"- _{LEAD_ONLY}_")
        elif not pointers:
            lines.append(f"- _{md(empty_message(section, brief))}_")
        lines += pointers
    if brief.timeline is not None:
        lines += ["", f"## {TIMELINE_TITLE}", ""]
        lines += [_timeline_line(brief, item) for item in brief.timeline]
        lines += [] if brief.timeline else [f"- _{timeline_empty(brief)}_"]
    lines += ["", "## Sources", ""]
    lines += [f"{n}. {md_source_line(brief, n)}" for n in range(1, brief.cited + 1)]
    if uncited_note(brief):
        lines += ["", f"_{uncited_note(brief)}_"]
    if set_aside_note(brief):
        lines += ["", f"_{md(set_aside_note(brief))}_"]
    lines += ["", f"**{md(memo.classification)}**", ""]
    return "\n".join(lines)


def _since_lines(brief: Brief) -> list[str]:
    """With --since: '## New since <date>' and each actor's changes, before the bottom line."""
    if brief.since is None:
        return []
    from .grid_text import diff_markdown_lines, since_title  # builds on this module

    return [f"## {since_title(brief.since)}", *diff_markdown_lines(brief.since, 3), ""]


def _grid_lines(brief: Brief) -> list[str]:
    from .grid_text import grid_markdown  # builds on this module

    return grid_markdown(brief)


def _bullet(
    brief: Brief, item: BriefItem, explain: bool, label: str = "", section: str = ""
) -> str:
    lead = f"**{md(label)}** — " if label else ""
    text = md(background_mark(item) + item.display)
    line = f"- {lead}{text} {_md_citation(brief, item)}"
    who = speaker_line(item, section)
    if who and section not in ("", "context"):
        line += f"  \n  _{md(who.text())}_"
    if explain:
        line += "".join(f"\n  - {md(e)}" for e in explain_lines(item))
    return line


def _timeline_line(brief: Brief, item: BriefItem) -> str:
    date, actor, _ = timeline_row(brief, item)
    text = f"{md(timeline_text(brief, item))} {_md_citation(brief, item)}"
    return f"- **{md(date)}** · {md(actor)} · {text}"


def _md_citation(brief: Brief, item: BriefItem) -> str:
    """:func:`citation_text` with the outlet names escaped (an outlet named
    'AP](javascript:…' would otherwise close the brackets into a link)."""
    articles = list(brief.articles)
    for number in item.citations:
        articles[number - 1] = replace(articles[number - 1], source=md(articles[number - 1].source))
    return citation_text(item, articles)


def brief_to_dict(brief: Brief, all_sentences: bool = False) -> dict[str, Any]:
    """The JSON document: schema_version, articles, actors, sections, sentences."""
    items = [i for i in brief.items if all_sentences or i.selected]
    order = sorted(items, key=lambda i: (i.citations[0], i.sentence.article_id, i.sentence.index))
    ids = {id(item): n for n, item in enumerate(order)}
    sections = {}
    for section in brief.sections:
        sections[section.key] = {
            "title": section.title,
            "sentences": [ids[id(i)] for i in (*section.items, *section.joint) if id(i) in ids],
            "joint": [ids[id(i)] for i in section.joint if id(i) in ids],
        }
    return _with_grid_and_positions(brief, ids) | {
        "schema_version": SCHEMA_VERSION,
        "template": brief.template.name,
        "topic": brief.template.topic,
        "date": brief.date.isoformat() if brief.date else None,
        "algorithm": brief.algorithm,
        "sentence_count": brief.sentence_count,
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "date": a.date.isoformat() if a.date else None,
                "source": a.source,
                "path": a.path,
                "url": a.url,
                "citation": n,
                "cited": n <= brief.cited,
                "lean": a.lean or None,
            }
            for n, a in enumerate(brief.articles, start=1)
        ],
        "actors": [{"key": a.key, "name": a.name} for a in brief.template.actors],
        "bottom_line": [ids[id(i)] for i in brief.bottom_line if id(i) in ids],
        "bottom_line_actors": [
            next((s.key for s in brief.sections if s.items and s.items[0] is i), "")
            for i in brief.bottom_line
            if id(i) in ids
        ],
        "set_aside": [{"id": a.id, "title": a.title, "path": a.path} for a in brief.set_aside],
        "sections": sections,
        "sentences": [_sentence_dict(i) for i in order],
        "timeline": None
        if brief.timeline is None
        else [ids[id(i)] for i in brief.timeline if id(i) in ids],
    }


def _with_grid_and_positions(brief: Brief, ids: dict[int, int]) -> dict[str, Any]:
    """The additive fields of issue 14: grid, issues, clashes, positions and since."""
    from ..diff import snapshot_of
    from .grid_text import diff_to_dict, grid_to_dict, positions_to_dict  # builds on this module

    since = diff_to_dict(brief.since) if brief.since else None
    return grid_to_dict(brief, ids) | positions_to_dict(snapshot_of(brief)) | {"since": since}


def _sentence_dict(item: BriefItem) -> dict[str, Any]:
    s = item.sentence
    return {
        "text": s.text,
        "article": s.article_id,
        "index": s.index,
        "paragraph": s.paragraph,
        "start": s.start,
        "end": s.end,
        "score": round(item.score, 6),
        "holders": list(item.attribution.holders),
        "evidence": [evidence_to_dict(e) for e in item.attribution.evidence],
        "citations": list(item.citations),
        "sources": [{"article": c.article_id, "index": c.index} for c in item.sources],
        "selected": item.selected,
        "when": _when_dict(item.when),
        "archival": item.archival,
        **_speaker_fields(item),
        "shown": item.display,
        "reasons": list(item.reasons),
    }


def _speaker_fields(item: BriefItem) -> dict[str, Any]:
    """speaker, role, quoted, via (null for context) and whether the holder is uncertain."""
    line = speaker_line(item)
    if line is None:
        return {"speaker": None, "role": None, "quoted": None, "via": None, "uncertain": None}
    return {
        "speaker": line.speaker or None,
        "role": line.role,
        "quoted": line.quoted,
        "via": line.via,
        "uncertain": line.uncertain or not line.speaker,
    }


def evidence_to_dict(e: Evidence) -> dict[str, Any]:
    """One holder's evidence as JSON: spans are [start, end] into the article body or null."""
    return {
        "holder": e.holder,
        "mention": e.mention,
        "cue": e.cue,
        "conduit": e.conduit,
        "speaker_span": list(e.speaker_span) if e.speaker_span else None,
        "cue_span": list(e.cue_span) if e.cue_span else None,
        "speaker": e.speaker,
        "role": e.role,
        "rules": list(e.rules),
        "confidence": round(e.confidence, 2),
    }


def _when_dict(when: When | None) -> dict[str, str] | None:
    """``{date, text, precision}``: date is the first day of the span the text names."""
    if when is None:
        return None
    return {"date": when.date.isoformat(), "text": when.text, "precision": when.precision.value}


def render_json(brief: Brief, all_sentences: bool = False) -> str:
    """Deterministic JSON: sorted keys, two-space indent, trailing newline."""
    return (
        json.dumps(
            brief_to_dict(brief, all_sentences), indent=2, sort_keys=True, ensure_ascii=False
        )
        + "\n"
    )
