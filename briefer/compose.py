"""Ranked + attributed sentences → Brief: merged duplicates, sections, bottom line, citations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence, Set
from dataclasses import replace

import numpy as np

from .choose import (
    Candidate,
    Chooser,
    Pick,
    article_concepts,
    reading_order,
    trim_to_budget,
)
from .models import (
    CONTEXT,
    OTHER,
    Article,
    Attribution,
    Brief,
    BriefItem,
    Evidence,
    MemoFields,
    Section,
    Sentence,
    Template,
    When,
)
from .options import ComposeOptions
from .outlets import apply_leans
from .rank import english_stop_words, terms
from .referents import anaphoric_speaker, stands_alone, timing_link, with_referent
from .salience import Signals, in_the_headlines
from .selection import (
    collapsed,
    corroboration,
    duplicate_groups,
    paraphrase_leaders,
)
from .split import ends_a_sentence
from .timeline import (
    NARRATIVE_REACH,
    continues_archival,
    date_items,
    in_date_order,
    is_archival,
    is_stale,
    oldest_date,
    past_year,
    told_as_background,
)
from .topic import off_topic
from .when import sentence_dates


def order_articles(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Sources in citation order: oldest first, then title, then id (stable)."""
    return tuple(sorted(articles, key=lambda a: (a.date or dt.date.min, a.title, a.id)))


def gather_candidates(
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    attributions: Sequence[Attribution],
    duplicate_threshold: float,
    paraphrase_threshold: float | None = None,
    apart: Set[str] = frozenset(),
) -> list[Candidate]:
    """Near-duplicate copies merged, then paraphrases held by the same actors clustered;
    each candidate keeps every member (and so every citation), best-scored first. A
    sentence of an article in ``apart`` (set aside as off topic) stays a candidate of its
    own: it is never shown, so it neither lends a citation nor takes the lead of a merge."""
    stop = english_stop_words()  # the ranker's terms, already cached
    term_lists = [terms(s.text, stop) for s in sentences]
    labels = duplicate_groups(term_lists, duplicate_threshold)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        sentence = sentences[index]
        if not sentence.boilerplate:
            key = -1 - index if sentence.article_id in apart else int(label)
            groups.setdefault(key, []).append(index)
    copies = [_merged(members, scores, attributions) for members in groups.values()]
    if paraphrase_threshold is not None:
        apart_copies = [c for c in copies if sentences[c.lead].article_id in apart]
        copies = [c for c in copies if sentences[c.lead].article_id not in apart]
        if len(copies) > 1:
            copies = _paraphrases(copies, term_lists, paraphrase_threshold)
        copies += apart_copies
    copies.sort(key=lambda c: (-c.score, sentences[c.lead].article_id, sentences[c.lead].index))
    return copies


def with_outlets(
    candidates: Sequence[Candidate], sentences: Sequence[Sentence], threshold: float
) -> list[Candidate]:
    """Each candidate with the number of articles that report or back it."""
    stop = english_stop_words()
    backing = corroboration(
        [terms(s.text, stop) for s in sentences], [s.article_id for s in sentences], threshold
    )
    counted = []
    for c in candidates:
        outlets = {sentences[i].article_id for i in c.members}
        outlets.update(a for i in c.members for a in backing[i])
        counted.append(replace(c, outlets=len(outlets)))
    return counted


def _merged(
    members: Sequence[int], scores: np.ndarray, attributions: Sequence[Attribution]
) -> Candidate:
    if len(members) == 1:  # most sentences: their own attribution, built again it is equal
        alone = attributions[members[0]]
        if all(item.holder in alone.holders for item in alone.evidence):
            return Candidate((members[0],), float(scores[members[0]]), alone)
    lead = max(members, key=lambda i: (scores[i], -i))
    holders = list(attributions[lead].holders)
    evidence = list(attributions[lead].evidence)
    for i in members:
        for item in attributions[i].evidence:
            if item.holder not in holders:
                holders.append(item.holder)
                evidence.append(item)
    rest = tuple(i for i in sorted(members) if i != lead)
    return Candidate(
        (lead, *rest), float(scores[lead]), Attribution(tuple(holders), tuple(evidence))
    )


def _paraphrases(
    copies: list[Candidate], term_lists: Sequence[Sequence[str]], threshold: float
) -> list[Candidate]:
    """Leader clustering of the copies' leads; only candidates with the same holders join."""
    leads = [term_lists[c.lead] for c in copies]
    holders = [frozenset(c.attribution.holders) for c in copies]
    leader = paraphrase_leaders(
        leads,
        np.array([c.score for c in copies]),
        lambda a, b: holders[a] == holders[b],
        threshold,
        counts=collapsed(term_lists).counts_of([c.lead for c in copies]),  # counted once
    )
    clusters: dict[int, list[int]] = {}
    for index, head in enumerate(leader.tolist()):
        clusters.setdefault(head, []).append(index)
    merged = []
    for head, members in clusters.items():
        lead = copies[head]
        others = sorted(m for i in members if i != head for m in copies[i].members)
        merged.append(Candidate((*lead.members, *others), lead.score, lead.attribution))
    return merged


def merge_items(
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    attributions: Sequence[Attribution],
    citation_of: dict[str, int],
    threshold: float,
) -> list[BriefItem]:
    """One item per group of near-duplicate sentences; each keeps every citation."""
    candidates = gather_candidates(sentences, scores, attributions, threshold)
    return [_item(c, sentences, citation_of) for c in candidates]


def _item(
    candidate: Candidate,
    sentences: Sequence[Sentence],
    number: dict[str, int],
    pick: Pick | None = None,
) -> BriefItem:
    sources = tuple(sentences[i] for i in sorted(candidate.members))
    lead = sentences[candidate.lead]
    return BriefItem(
        sentence=lead,
        score=candidate.score,
        attribution=candidate.attribution,
        citations=tuple(sorted({number[s.article_id] for s in sources})),
        sources=sources,
        selected=pick is not None,
        shown=pick.shown if pick and pick.shown != lead.text else "",
        reasons=pick.salience.reasons() if pick else (),
    )


def _eligible(sentence: Sentence, options: ComposeOptions) -> bool:
    """Long enough to say something, short enough for a bullet, and a whole sentence (one
    opening in lower case is the tail of a sentence the segmenter cut; one ending in a
    colon only leads in to what follows: '… Trump said everything will be on the table:')."""
    count = len(sentence.text.split())
    whole = not sentence.text.lstrip("\"'“‘(—–- ")[:1].islower()
    lead_in = sentence.text.rstrip().endswith(":")
    return whole and not lead_in and options.min_words <= count <= options.max_words


def _only_dated(sentence: Sentence, attribution: Attribution, holder: str) -> bool:
    """Whether the sentence only dates the holder's statement told before it ('Her comments
    came after North Korea rattled off …': no position of hers), rather than telling one in
    what it came after ('The comments come after President Trump tweeted … he was “very
    happy and impressed”' is the United States'). A participle after it ('The North's
    statement … came two days after …, saying …') goes with the main clause."""
    end = timing_link(sentence.text)
    return end is not None and not any(
        e.holder == holder
        and e.cue_span
        and e.cue_span[0] - sentence.start >= end
        and "participle_shares_subject" not in e.rules  # '…, saying': the main clause's
        for e in attribution.evidence
    )


def compose_brief(
    template: Template,
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    attributions: Sequence[Attribution],
    algorithm: str,
    options: ComposeOptions = ComposeOptions(),
    memo: MemoFields | None = None,
    date: dt.date | None = None,
    aside: Set[str] | None = None,
) -> Brief:
    """Build the brief: a section per actor, context, other voices, and the bottom line.

    Each actor section lists its positions by salience; the bottom line is each actor's
    first, best first. Sources are numbered once, after the choice: the ones the brief
    cites first ([1]…[k], oldest first), then the other articles read, so every sentence
    can still be cited in JSON. ``aside``: the articles set aside as off topic, when the
    caller knows them (and then passes none of their sentences).
    """
    articles = apply_leans(articles, dict(template.leans))
    if aside is None:
        aside = off_topic(articles, sentences, template)
    candidates = gather_candidates(
        sentences,
        scores,
        attributions,
        options.duplicate_threshold,
        options.paraphrase_threshold,
        aside,
    )
    eligible = with_outlets(
        [
            c
            for c in candidates
            if _eligible(sentences[c.lead], options) and sentences[c.lead].article_id not in aside
        ],
        sentences,
        options.corroboration_threshold,
    )
    top = max((c.score for c in eligible), default=0.0)
    signals = Signals.of(template, articles, top)
    chooser = Chooser(
        sentences,
        eligible,
        signals,
        options.redundancy,
        _shower(sentences, attributions, template),
        article_concepts(sentences),
    )
    date_of = sentence_dates(articles)
    dated = _dates(eligible, sentences, articles, date_of)
    archival = {lead for lead, (_, old) in dated.items() if old}
    stale = _stale(eligible, sentences, articles, date_of)

    def holds(c: Candidate, k: str) -> bool:  # archival, stale: not a current position
        return (
            k in c.attribution.holders
            and c.lead not in archival
            and c.lead not in stale
            and not _only_dated(sentences[c.lead], c.attribution, k)
        )

    actor_keys = [a.key for a in template.actors]
    if options.per_section is not None:
        chooser.fill(actor_keys, options.per_section, holds)
    else:
        total = round(options.per_actor * len(actor_keys))
        chooser.fill(
            actor_keys,
            options.max_per_section,
            holds,
            total,
            options.section_decay,
            floor=options.min_salience,
            overflow=(options.overflow, options.overflow_salience),
        )

    def readable(c: Candidate) -> bool:  # Context and Other voices: read on its own, on topic
        text = sentences[c.lead].text
        return stands_alone(text) and signals.on_topic(text) and ends_a_sentence(text)

    def introduced(c: Candidate) -> bool:  # 'the leaders said …' names no one on its own
        return not any(
            anaphoric_speaker(e.mention) for e in c.attribution.evidence if e.holder == OTHER
        )

    chooser.fill(
        [OTHER],
        options.other_items,
        lambda c, k: holds(c, k) and readable(c) and introduced(c),
        after_actors=True,
    )
    # background first: an actor's archival statements, kept out of its section, take up to
    # half of Context (those with a year of their own, marked with it); sentences that report
    # no position, or go on telling an archival story, fill the rest
    chooser.fill(
        [CONTEXT],
        (options.context_items + 1) // 2,
        lambda c, k: c.lead in archival and bool(c.attribution.holders) and dated[c.lead][0],
        after_actors=True,
    )
    chooser.fill(
        [CONTEXT],
        options.context_items,
        lambda c, k: (not c.attribution.holders or c.lead in archival) and readable(c),
        after_actors=True,
    )
    keys = [*actor_keys, CONTEXT, OTHER]
    picks = {key: [p for _, p in chooser.picked.get(key, [])] for key in keys}
    for key in actor_keys:  # Context and Other voices keep their order: background first
        picks[key] = reading_order(picks[key], sentences, key)
    left_out = (
        trim_to_budget(picks, actor_keys, options.word_budget)
        if options.word_budget is not None
        else {}
    )
    named = in_the_headlines(articles, template)  # the actors of the day's story first
    leaders = [
        picks[k][0]
        for k in sorted(
            (k for k in actor_keys if picks[k]),
            key=lambda k: (-named[k], -picks[k][0].salience.total),
        )
    ][: options.bottom_line]
    joint = {key: [p for _, p in chooser.joint.get(key, [])] for key in actor_keys}
    chosen = {p.candidate.lead: p for ps in picks.values() for p in ps}
    timeline = _timeline(
        eligible,
        dated,
        options.timeline,
        lambda c: c.lead in chosen or stands_alone(sentences[c.lead].text),
    )
    ordered = order_articles(articles)
    shown = [c for c in eligible if c.lead in chosen] + list(timeline or ())
    cited_ids = {sentences[i].article_id for c in shown for i in c.members}
    cited = [a for a in ordered if a.id in cited_ids]
    sources = tuple(cited + [a for a in ordered if a.id not in cited_ids])
    number = {a.id: n for n, a in enumerate(sources, start=1)}
    items = {c.lead: _item(c, sentences, number, chosen.get(c.lead)) for c in candidates}
    items = {  # an undated sentence that goes on telling an archival story is background too
        lead: replace(item, archival=True) if lead in archival else item
        for lead, item in zip(items, date_items(list(items.values()), ordered), strict=True)
    }

    def section(key: str, title: str, color: str) -> Section:
        bullets = tuple(items[p.candidate.lead] for p in picks[key])
        shared = tuple(  # a joint position goes with the bullet that prints it (word budget)
            items[p.candidate.lead] for p in joint.get(key, []) if p.candidate.lead in chosen
        )
        return Section(key, title, bullets, color, left_out.get(key, 0), shared)

    sections = [section(a.key, a.name, a.color) for a in template.actors]
    sections.append(section(CONTEXT, "Context", "white"))
    sections.append(section(OTHER, "Other voices", "magenta"))
    newest = max((a.date for a in articles if a.date), default=None)
    return Brief(
        template=template,
        articles=sources,
        bottom_line=tuple(items[p.candidate.lead] for p in leaders),
        sections=tuple(sections),
        items=tuple(items[c.lead] for c in candidates),
        date=date or newest,
        sentence_count=len(sentences),
        algorithm=algorithm,
        memo=memo or template.memo,
        cited=len(cited),
        set_aside=tuple(a for a in ordered if a.id in aside),
        timeline=in_date_order(items[c.lead] for c in timeline) if timeline is not None else None,
    )


def with_set_aside(
    brief: Brief, sentences: Sequence[Sentence], attributions: Sequence[Attribution]
) -> Brief:
    """The brief with an item for each sentence of its set-aside articles, unranked (score
    0) and never selected: a listing of every sentence (JSON ``--all-sentences``) shows
    them with their holders and dates."""
    aside = {a.id for a in brief.set_aside}
    number = {a.id: n for n, a in enumerate(brief.articles, start=1)}
    extra = [
        BriefItem(
            sentence=s,
            score=0.0,
            attribution=a,
            citations=(number[s.article_id],),
            sources=(s,),
        )
        for s, a in zip(sentences, attributions, strict=True)
        if s.article_id in aside and not s.boilerplate
    ]
    return replace(brief, items=(*brief.items, *date_items(extra, brief.articles)))


def _dates(
    candidates: Sequence[Candidate],
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
    date_of: Callable[[Sentence], When | None],
) -> dict[int, tuple[bool, bool]]:
    """For each candidate's lead: (dated at all, archival), from its time expressions, or
    from the archival story it goes on telling (``continues_archival``)."""
    oldest = oldest_date(articles)
    status: dict[int, bool | None] = {}
    resolved: set[int] = set()

    def own(n: int) -> bool | None:  # True archival, False dated to now, None undated
        if n not in status:
            s = sentences[n]
            when = date_of(s)
            if when is not None:
                resolved.add(n)
                status[n] = is_archival(when, oldest)
            else:
                past = past_year(s.text, oldest) or told_as_background(s.text)
                status[n] = True if past else None
        return status[n]

    def told(n: int, depth: int = 0) -> bool | None:
        mine = own(n)
        if mine is not None or depth >= NARRATIVE_REACH:
            return mine
        before = [
            told(m, depth + 1)
            for m in range(n - 1, max(-1, n - 1 - NARRATIVE_REACH), -1)
            if sentences[m].article_id == sentences[n].article_id
            and sentences[m].paragraph == sentences[n].paragraph
        ]
        return True if continues_archival(sentences[n].text, before) else None

    archival = {c.lead: bool(told(c.lead)) for c in candidates}
    return {lead: (lead in resolved, old) for lead, old in archival.items()}


def _stale(
    candidates: Sequence[Candidate],
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
    date_of: Callable[[Sentence], When | None],
) -> set[int]:
    """The leads dated weeks before their own article (:func:`is_stale`)."""
    day = {a.id: a.date for a in articles}
    return {
        c.lead
        for c in candidates
        if is_stale(date_of(sentences[c.lead]), day.get(sentences[c.lead].article_id))
    }


def _timeline(
    candidates: Sequence[Candidate],
    dated: dict[int, tuple[bool, bool]],
    limit: int | None,
    readable: Callable[[Candidate], bool] = lambda c: True,
) -> list[Candidate] | None:
    """The best-ranked dated statements and actions (with a holder, or archival) that the
    brief shows above or a reader can take on their own (``readable``: no 'It repeated a
    pledge he made …')."""
    if limit is None:
        return None
    dated_ones = [
        c
        for c in candidates
        if dated[c.lead][0] and (c.attribution.holders or dated[c.lead][1]) and readable(c)
    ]
    return sorted(dated_ones, key=lambda c: -c.score)[:limit]


def _shower(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution], template: Template
) -> Callable[[Candidate], str | None]:
    """The text a candidate is shown with (pronoun referent bracketed), None if it cannot
    stand alone."""
    where = {s.key: n for n, s in enumerate(sentences)}

    def lookup(article_id: str, index: int) -> tuple[Sentence, Attribution] | None:
        n = where.get((article_id, index))
        return None if n is None else (sentences[n], attributions[n])

    def shown(candidate: Candidate) -> str | None:
        lead = candidate.lead
        return with_referent(sentences[lead], attributions[lead], template, lookup)

    return shown


def evidence_line(evidence: Evidence) -> str:
    """'us ← "Biegun" (told; via South Korea's foreign ministry) [subject_before,
    innermost_speech_wins; 0.85]' for --explain: the rules that decided and the confidence."""
    via = f"; via {evidence.conduit}" if evidence.conduit else ""
    mention = f'"{evidence.mention}"' if evidence.mention else "(continued quote)"
    rules = f" [{', '.join(evidence.rules)}; {evidence.confidence:.2f}]" if evidence.rules else ""
    return f"{evidence.holder} ← {mention} ({evidence.cue}{via}){rules}"
