"""Brief → Markdown (mirrors the memo) and JSON (documented in the README)."""

from __future__ import annotations

import json
from typing import Any

from ..compose import evidence_line
from ..models import CONTEXT, OTHER, Brief, BriefItem, Section

SCHEMA_VERSION = 1


def format_date(value: Any) -> str:
    """'June 28, 2019' (no locale, no leading zero)."""
    return f"{value:%B} {value.day}, {value.year}" if value else "undated"


def citation_text(item: BriefItem) -> str:
    """'[1]' or '[1, 3] (reported by 2 outlets)'."""
    cited = ", ".join(str(n) for n in item.citations)
    extra = f" (reported by {len(item.citations)} outlets)" if len(item.citations) > 1 else ""
    return f"[{cited}]{extra}"


def bottom_line_entries(brief: Brief) -> list[tuple[str, BriefItem]]:
    """The bottom line as (actor name, item): each actor's lead position, best first."""
    lead_of = {id(s.items[0]): s.title for s in brief.sections if s.items}
    return [(lead_of.get(id(item), ""), item) for item in brief.bottom_line]


def section_body(brief: Brief, section: Section) -> tuple[BriefItem, ...]:
    """A section's items as the memo shows them: the one already in the bottom line is not
    repeated; the section goes on to the actor's next point."""
    leads = {id(item) for item in brief.bottom_line}
    return tuple(item for item in section.items if id(item) not in leads)


def explanation(item: BriefItem) -> list[str]:
    """--explain: who holds it and why (mention, cue), then why it ranked where it did."""
    lines = [evidence_line(e) for e in item.attribution.evidence]
    if item.reasons:
        lines.append("ranked by " + ", ".join(item.reasons))
    return lines


def source_line(brief: Brief, number: int) -> str:
    """'Title. Outlet, June 28, 2019. path-or-url'."""
    article = brief.articles[number - 1]
    parts = [article.title.rstrip(".") + "."]
    outlet = ", ".join(
        p for p in (article.source, format_date(article.date) if article.date else "") if p
    )
    if outlet:
        parts.append(outlet + ".")
    parts.append(article.url or article.path)
    return " ".join(parts)


def empty_message(section: Section) -> str:
    """What a section says when it has nothing: plainly, so the reader knows we looked."""
    if section.left_out:
        n = section.left_out
        return f"{n} bullet{'s' if n > 1 else ''} left out to keep the memo to two pages."
    if section.key == CONTEXT:
        return "No background sentences selected."
    if section.key == OTHER:
        return "No other voices in these sources."
    return f"No statement by {section.title} in these sources."


def uncited_note(brief: Brief) -> str:
    """'40 further articles were read but not cited.' (empty when all are cited)."""
    rest = len(brief.articles) - brief.cited
    if not rest:
        return ""
    return f"{rest} further article{'s were' if rest > 1 else ' was'} read but not cited."


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
        f"**{memo.classification}**",
        "",
        f"# {memo.title}",
        "",
        f"- **DATE:** {format_date(brief.date)}",
    ]
    lines += [
        f"- **TO:** {memo.to}",
        f"- **FROM:** {memo.sender}",
        f"- **SUBJECT:** {memo.subject or brief.template.topic}",
        "",
    ]
    lines += ["## Bottom line up front", ""]
    lines += [_bullet(item, explain, label) for label, item in bottom_line_entries(brief)] or [
        "- No positions found."
    ]
    for section in brief.sections:
        lines += ["", f"## {section.title}", ""]
        body = section_body(brief, section)
        if body:
            lines += [_bullet(item, explain) for item in body]
        elif section.items:
            lines.append("- _Its lead position is in the bottom line._")
        else:
            lines.append(f"- _{empty_message(section)}_")
    lines += ["", "## Sources", ""]
    lines += [f"{n}. {source_line(brief, n)}" for n in range(1, brief.cited + 1)]
    if uncited_note(brief):
        lines += ["", f"_{uncited_note(brief)}_"]
    if set_aside_note(brief):
        lines += ["", f"_{set_aside_note(brief)}_"]
    lines += ["", f"**{memo.classification}**", ""]
    return "\n".join(lines)


def _bullet(item: BriefItem, explain: bool, label: str = "") -> str:
    lead = f"**{label}** — " if label else ""
    line = f"- {lead}{item.display} {citation_text(item)}"
    if explain:
        line += "".join(f"\n  - {why}" for why in explanation(item))
    return line


def brief_to_dict(brief: Brief, all_sentences: bool = False) -> dict[str, Any]:
    """The JSON document: schema_version, articles, actors, sections, sentences."""
    items = [i for i in brief.items if all_sentences or i.selected]
    order = sorted(items, key=lambda i: (i.citations[0], i.sentence.article_id, i.sentence.index))
    ids = {id(item): n for n, item in enumerate(order)}
    sections = {}
    for section in brief.sections:
        sections[section.key] = {
            "title": section.title,
            "sentences": [ids[id(i)] for i in section.items if id(i) in ids],
        }
    return {
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
    }


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
        "evidence": [
            {"holder": e.holder, "mention": e.mention, "cue": e.cue, "conduit": e.conduit}
            for e in item.attribution.evidence
        ],
        "citations": list(item.citations),
        "sources": [{"article": c.article_id, "index": c.index} for c in item.sources],
        "selected": item.selected,
        "shown": item.display,
        "reasons": list(item.reasons),
    }


def render_json(brief: Brief, all_sentences: bool = False) -> str:
    """Deterministic JSON: sorted keys, two-space indent, trailing newline."""
    return (
        json.dumps(
            brief_to_dict(brief, all_sentences), indent=2, sort_keys=True, ensure_ascii=False
        )
        + "\n"
    )
