"""Which candidates fill which section: maximal marginal relevance over (candidate, section)
pairs, with the redundancy of cosine and concept coverage, adaptive section sizes, no
passage printed twice, joint positions listed under each party, the reading order of a
section, and the word budget's trim."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .lexicon import ALSO
from .memo import remember_last
from .models import CONTEXT, OTHER, Attribution, Sentence
from .rank import english_stop_words, terms
from .referents import leans_back
from .salience import LATER_CLAUSE_VOICE, Salience, Signals, own_voice
from .selection import Coverage, Novelty, concepts, passages

REDUNDANCY_PENALTY = 1.5
"""Salience lost per unit of similarity (cosine, or the share of its concepts already shown)
to the bullets already in the section."""
JOINT_REDUNDANCY = 0.5
"""A joint position listed under its second party is printed in the first: its redundancy
there is at least a half, so it takes a place only from weaker bullets."""


@dataclass(frozen=True)
class Candidate:
    """Sentences that say one thing (copies and paraphrases across outlets), lead first."""

    members: tuple[int, ...]
    score: float
    attribution: Attribution
    outlets: int = 1
    """Articles that report it (its members) or back it with a similar sentence."""

    @property
    def lead(self) -> int:
        return self.members[0]


@dataclass(frozen=True)
class Pick:
    """A candidate chosen for a section, with why it ranked there and how it is shown."""

    candidate: Candidate
    salience: Salience
    shown: str


class Chooser:
    """Fills the sections by maximal marginal relevance (Carbonell & Goldstein 1998): the
    most salient (candidate, section) pair first, each later one discounted by its
    similarity to what its section already shows; each candidate shown once (a joint
    position may also be listed under its other parties, ``joint``), none too like another
    in its section (a hard stop), each section within its quota."""

    def __init__(
        self,
        sentences: Sequence[Sentence],
        candidates: Sequence[Candidate],
        signals: Signals,
        redundancy: float,
        shown: Callable[[Candidate], str | None],
        article_concepts: dict[str, set[str]],
    ) -> None:
        self.sentences, self.signals = sentences, signals
        stop = english_stop_words()
        self.candidates = list(candidates)
        lead_terms = [terms(sentences[c.lead].text, stop) for c in candidates]
        self.novelty = Novelty(lead_terms, redundancy)
        self.coverage = Coverage(lead_terms, article_concepts)
        self.covered: dict[str, set[str]] = {}
        self.shown_anywhere: set[str] = set()
        self._passages: dict[int, frozenset[tuple[str, ...]]] = {}
        """Each candidate's passages, computed when the loop first reads them (few do)."""
        self.printed: set[tuple[str, ...]] = set()
        self.shown = shown
        self.used: set[int] = set()
        self.picked: dict[str, list[tuple[int, Pick]]] = {}
        self.joint: dict[str, list[tuple[int, Pick]]] = {}
        """Per section: candidates picked first for another of their joint holders."""
        self.first_key: dict[int, str] = {}
        """Candidate → the section that chose it first (and prints it)."""
        self._by_place = {_place(c, sentences): n for n, c in enumerate(self.candidates)}
        """(article, sentence index) of a candidate's lead → the candidate."""

    def passages(self, index: int) -> frozenset[tuple[str, ...]]:
        """Candidate ``index``'s lead as runs of words (a passage printed twice is a repeat)."""
        found = self._passages.get(index)
        if found is None:
            found = self._passages[index] = passages(
                self.sentences[self.candidates[index].lead].text
            )
        return found

    def _pairs(
        self, keys: Sequence[str], holds: Callable[[Candidate, str], bool]
    ) -> list[tuple[Salience, str, int]]:
        pairs = []
        for index, candidate in enumerate(self.candidates):
            for key in keys:
                if index not in self.used and holds(candidate, key):
                    members = [self.sentences[i] for i in candidate.members]
                    salience = self.signals.measure(
                        members, candidate.score, candidate.attribution, key, candidate.outlets
                    )
                    pairs.append((salience, key, index))
        pairs.sort(key=lambda p: (-p[0].total, p[2], self._named_order(p[2], p[1])))
        return pairs

    def _named_order(self, index: int, key: str) -> tuple[int, str]:
        """Of a joint position's holders at equal salience, the one the sentence names first
        prints it ('Washington and Seoul say …' under the United States, 'Mr. Kim and Mr.
        Trump accepted …' under North Korea); the others point to it."""
        holders = self.candidates[index].attribution.holders
        return (holders.index(key) if key in holders else len(holders), key)

    def fill(
        self,
        keys: Sequence[str],
        quota: int,
        holds: Callable[[Candidate, str], bool],
        total: int | None = None,
        decay_step: float = 0.0,
        after_actors: bool = False,
        floor: float | None = None,
        overflow: tuple[int, float] = (0, 0.0),
    ) -> None:
        """Choose up to ``quota`` per key among candidates that ``holds`` says belong there,
        and at most ``total`` in all: sections compete, each bullet a section already has
        lowering its next one's standing by ``decay``; ``overflow`` (bullets, salience): how
        many more than ``quota`` a section may take, each of at least that salience (the
        actor in the news has more strong positions). ``after_actors`` (Context, Other
        voices): what the brief already shows anywhere counts as redundancy too, so they
        do not say again in other words what an actor's section says. A pair whose salience
        is under ``floor`` is never chosen: a section ends short rather than show it."""
        pairs = self._pairs(keys, holds)
        if not pairs:
            return
        base = np.array([p[0].total for p in pairs])
        owner = np.array([p[1] for p in pairs])
        rows = np.array([p[2] for p in pairs])
        shown = self.shown_anywhere if after_actors else set()
        position = {(p[2], p[1]): n for n, p in enumerate(pairs)}
        penalty = np.array([self.coverage.share(p[2], shown) for p in pairs])
        decay = np.zeros(len(pairs))
        alive = np.ones(len(pairs), dtype=bool) if floor is None else base >= floor
        count = 0
        while alive.any() and (total is None or count < total):
            standing = base - REDUNDANCY_PENALTY * penalty - decay
            best = int(np.argmax(np.where(alive, standing, -np.inf)))
            best = self._opening_half(best, pairs, alive, position)
            best = self._main_clause_first(best, pairs, alive, position)
            alive[best] = False
            salience, key, index = pairs[best]
            chosen = self.picked.setdefault(key, [])
            joint = self.joint.setdefault(key, [])
            covered = self.covered.setdefault(key, set())
            again = index in self.used
            mine_so_far = [i for i, _ in chosen] + [i for i, _ in joint]
            if not self.novelty.is_new(index, mine_so_far):
                continue
            if not again and self.passages(index) & self.printed:
                continue
            text = self.shown(self.candidates[index]) if not again else self._text(index)
            if text is None and self._goes_on_from(index, mine_so_far):
                text = self.sentences[self.candidates[index].lead].text
            if text is None:
                continue
            (joint if again else chosen).append(
                (index, Pick(self.candidates[index], salience, text))
            )
            covered |= self.coverage.concepts[index]
            self.printed |= self.passages(index)
            self.shown_anywhere |= self.coverage.concepts[index]
            self.used.add(index)
            self.first_key.setdefault(index, key)
            count += 1
            together = joint_holders(self.candidates[index])
            alive &= (rows != index) | (np.isin(owner, together) & (owner != key))
            repeats = np.flatnonzero(alive & (rows == index))
            penalty[repeats] = np.maximum(penalty[repeats], JOINT_REDUNDANCY)
            has = len(chosen) + len(joint)
            if has >= quota + overflow[0]:
                alive &= owner != key
            elif has >= quota:  # beyond its quota a section takes only strong positions
                alive &= (owner != key) | (base >= overflow[1])
            mine = np.flatnonzero(alive & (owner == key))
            decay[mine] = decay_step * len(chosen)
            similar = self.novelty.similarities(rows[mine], index)
            shares = np.array([self.coverage.share(int(r), covered) for r in rows[mine]])
            penalty[mine] = np.maximum(penalty[mine], np.maximum(similar, shares))
            for other in self._neighbours(index):  # one statement, one bullet
                at = position.get((other, key)) if other is not None else None
                if other is not None and self._continues_quotation(other, index):
                    continue  # its second half may follow: '… like the world has never seen.'
                if at is not None and alive[at] and self._same_statement(other, index, key):
                    alive[at] = False

    def _opening_half(
        self,
        best: int,
        pairs: list[tuple[Salience, str, int]],
        alive: np.ndarray,
        position: dict[tuple[int, str], int],
    ) -> int:
        """Of a statement cut in two ('Geng said the development was positive …' / 'But he
        stressed that China would keep sanctions …'), the half that stands alone: a pick
        that leans on the sentence before it gives way to that sentence, when the section
        may still take it (the statement then shows once, readable)."""
        _, key, index = pairs[best]
        if not leans_back(self.sentences[self.candidates[index].lead].text):
            return best
        before = self._neighbours(index)[0]
        if before is None or not self._same_statement(before, index, key):
            return best
        other = position.get((before, key))
        return other if other is not None and alive[other] else best

    def _main_clause_first(
        self,
        best: int,
        pairs: list[tuple[Salience, str, int]],
        alive: np.ndarray,
        position: dict[tuple[int, str], int],
    ) -> int:
        """A sentence goes under the actor of its main clause ('Tillerson called for global
        action, while China and Russia asked for a double suspension' is the US's), when
        that section may still take it, not under an actor that speaks only in a later
        clause."""
        _, key, index = pairs[best]
        attribution = self.candidates[index].attribution
        if own_voice(attribution, key) != LATER_CLAUSE_VOICE:
            return best
        for holder in attribution.holders:
            at = position.get((index, holder))
            if at is not None and alive[at] and own_voice(attribution, holder) == 1.0:
                return at
        return best

    def _goes_on_from(self, index: int, chosen: Sequence[int]) -> bool:
        """Whether a candidate is a quotation going on from one its section already shows
        ('“North Korea best not make any more threats …,” Trump told reporters.' / '“They
        will be met with the fire and the fury …”'): the reader meets it right after that
        sentence, so its pronoun needs no bracket."""
        before = self._neighbours(index)[0]
        return before is not None and before in chosen and self._continues_quotation(index, before)

    def _continues_quotation(self, later: int, earlier: int) -> bool:
        """Whether candidate ``later`` is the quotation of ``earlier`` going on in the next
        sentence (a quotation the writer or the segmenter cut in two)."""
        if self.candidates[later].lead <= self.candidates[earlier].lead:
            return False
        evidence = self.candidates[later].attribution.evidence
        return any("quote_continuation" in e.rules for e in evidence)

    def _neighbours(self, index: int) -> tuple[int | None, int | None]:
        """The candidates whose leads are the sentences just before and after ``index``'s
        lead in its article (None where that sentence leads no candidate)."""
        article, at = _place(self.candidates[index], self.sentences)
        return self._by_place.get((article, at - 1)), self._by_place.get((article, at + 1))

    def _same_statement(self, other: int | None, index: int, key: str) -> bool:
        """Whether a neighbouring candidate (:meth:`_neighbours`) is held for ``key`` by the
        same speaker: one statement, cut in two by the segmenter or the writer. The later
        one that says 'also' of its own cue ('He also said there were more sanctions
        coming') is a statement of its own."""
        if other is None:
            return False
        later = max(other, index, key=lambda n: self.candidates[n].lead)
        if any(ALSO.search(e.cue) for e in self.candidates[later].attribution.evidence):
            return False
        written = {_written(self.candidates[other], key), _written(self.candidates[index], key)}
        if written == {True, False}:
            return False  # a remark and a tweet are two statements
        return bool(_speakers(self.candidates[other], key) & _speakers(self.candidates[index], key))

    def _text(self, index: int) -> str:
        """The text a joint candidate was shown with where it was chosen first."""
        first = self.picked[self.first_key[index]]
        return next(p.shown for i, p in first if i == index)


def reading_order(picks: list[Pick], sentences: Sequence[Sentence], key: str = "") -> list[Pick]:
    """A section's picks as the reader should meet them: the next sentence of an article
    right after the one before it (a quotation cut in two reads in its order), and the
    section opening on a sentence that stands alone, not 'But …' or 'He …', and that is
    ``key``'s own, not a round-up of several actors ('South Koreans cheered, Iran warned …
    and China said …'), when it has one. Otherwise the salience order stays."""
    where = {_place(p.candidate, sentences): p for p in picks}

    def after(article: str, index: int) -> Pick | None:
        """The pick that goes on from this sentence: the article's next sentence, when it
        leans on this one ('But he stressed …', a quotation's next sentence)."""
        following = where.get((article, index + 1))
        return following if following is not None and _leans_on(following, sentences) else None

    chains: list[list[Pick]] = []
    for pick in picks:
        article, index = _place(pick.candidate, sentences)
        before = where.get((article, index - 1))
        if before is not None and _leans_on(pick, sentences):
            continue  # read after the sentence before it
        chain = [pick]
        while (following := after(article, index)) is not None:
            index += 1
            chain.append(following)
        chains.append(chain)
    rank = {id(p): n for n, p in enumerate(picks)}
    chains.sort(key=lambda c: min(rank[id(p)] for p in c))  # by the most salient member
    alone = [c for c in chains if not leans_back(_head(c, sentences))]
    own = [c for c in alone if not key or _own(c[0].candidate, key)]
    opening = (own or alone)[0] if own or alone else None
    if opening is not None:
        chains.remove(opening)
        chains.insert(0, opening)
    # the bottom line shows the section's first pick: the rest opens on a sentence that
    # stands alone too, when it has one
    if len(chains) > 2 and len(chains[0]) == 1 and leans_back(_head(chains[1], sentences)):
        second = next((c for c in chains[2:] if not leans_back(_head(c, sentences))), None)
        if second is not None:
            chains.remove(second)
            chains.insert(1, second)
    return [pick for chain in chains for pick in chain]


def _head(chain: list[Pick], sentences: Sequence[Sentence]) -> str:
    return sentences[chain[0].candidate.lead].text


def _own(candidate: Candidate, key: str) -> bool:
    """A position of ``key`` alone, or of its speech act with others ('Russia and China
    proposed …'), not a round-up where others speak in clauses of their own."""
    evidence = candidate.attribution.evidence
    mine = {e.cue_span for e in evidence if e.holder == key}
    return all(e.cue_span in mine for e in evidence if e.holder != key)


def _leans_on(pick: Pick, sentences: Sequence[Sentence]) -> bool:
    """Whether a pick goes on from the sentence before it: an opening connective or pronoun,
    a quotation's next sentence that names no speaker of its own, or one whose speaker is
    a pronoun for the sentence before's ('“We believe …,” he said')."""
    text = sentences[pick.candidate.lead].text
    evidence = pick.candidate.attribution.evidence
    going_on = ("quote_continuation", "pronoun_resolves_back")
    return leans_back(text) or any(r in e.rules for e in evidence for r in going_on)


def _place(candidate: Candidate, sentences: Sequence[Sentence]) -> tuple[str, int]:
    """Where a candidate's lead stands: (article, sentence index)."""
    sentence = sentences[candidate.lead]
    return sentence.article_id, sentence.index


_WRITTEN = re.compile(r"\b(?:tweet(?:s|ed|ing)?|wrote|writes|posted|posts)\b", re.IGNORECASE)
"""Cues of a written statement (a post, a letter), which is another statement than a
remark made aloud, even by the same speaker in the next sentence."""


def _written(candidate: Candidate, key: str) -> bool | None:
    """Whether the candidate's statement for ``key`` is written; None when it names no cue
    of its own (a quotation going on), which joins either."""
    cues = [e.cue for e in candidate.attribution.evidence if e.holder == key and e.cue_span]
    return any(_WRITTEN.search(c) for c in cues) if cues else None


def _speakers(candidate: Candidate, key: str) -> set[str]:
    """Who speaks for ``key`` in a candidate (the fullest name, else the mention)."""
    return {e.speaker or e.mention for e in candidate.attribution.evidence if e.holder == key}


def joint_holders(candidate: Candidate) -> list[str]:
    """The actors that hold a candidate's position jointly: the parties of one speech act
    with a compound subject ('Mr. Kim and Mr. Moon vowed …', 'North and South Korea
    agreed …'), not two actors each with a clause of their own."""
    by_cue: dict[tuple[int, int] | None, list[str]] = {}
    for evidence in candidate.attribution.evidence:
        if evidence.cue_span is not None and evidence.holder != OTHER:
            by_cue.setdefault(evidence.cue_span, []).append(evidence.holder)
    parties = max(by_cue.values(), key=len, default=[])
    return list(dict.fromkeys(parties)) if len(set(parties)) > 1 else []


@remember_last  # the pipeline computes it beside ranking; composing asks again
def article_concepts(sentences: Sequence[Sentence]) -> dict[str, set[str]]:
    """Each article's concepts, from its sentences that are not boilerplate."""
    stop = english_stop_words()
    found: dict[str, set[str]] = {}
    for s in sentences:
        if not s.boilerplate:
            found.setdefault(s.article_id, set()).update(concepts(terms(s.text, stop)))
    return found


def trim_to_budget(
    picks: dict[str, list[Pick]], actor_keys: Sequence[str], budget: int
) -> dict[str, int]:
    """Drop the least salient bullets until the memo's bullets fit ``budget`` words: first
    from Context and Other voices, then beyond two in an actor's section, then any but an
    actor's lead (the actors' positions are what the memo is for)."""

    def size() -> int:
        return sum(len(p.shown.split()) for chosen in picks.values() for p in chosen)

    keep_first = {key: 2 for key in actor_keys}
    dropped: dict[str, int] = {}
    while size() > budget:
        spare = (
            [(key, pick) for key in (CONTEXT, OTHER) for pick in picks[key]]
            or [(key, pick) for key in actor_keys for pick in picks[key][keep_first[key] :]]
            or [(key, pick) for key in actor_keys for pick in picks[key][1:]]
        )
        if not spare:
            break
        key, pick = min(spare, key=lambda kp: kp[1].salience.total)
        picks[key].remove(pick)
        dropped[key] = dropped.get(key, 0) + 1
    return dropped
