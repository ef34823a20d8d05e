"""What a brief is asked for, apart from what makes it: the ranker's name and the compose
options. The command line and the pipeline's request need them before any ranking or
composing module (numpy, scipy) is loaded, and the pipeline loads those only once the
split-and-attribute workers are running."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_ALGORITHM = "news"
"""The ranker a brief uses unless told otherwise."""
RANKER_NAMES = (
    "lead",
    "lexrank",
    "news",
    "sumy-edmundson",
    "sumy-kl",
    "sumy-lexrank",
    "sumy-lsa",
    "sumy-luhn",
    "sumy-random",
    "sumy-reduction",
    "sumy-sumbasic",
    "sumy-textrank",
    "textrank",
)
"""The names of rank.RANKERS, sorted (a test keeps them equal): what --algorithm accepts."""


@dataclass(frozen=True)
class ComposeOptions:
    """How much goes into the brief."""

    per_section: int | None = None
    """Positions per actor section; None adapts: sections compete for ``per_actor`` bullets
    per actor in all, at most ``max_per_section`` each, so the actor in the news gets more."""
    per_actor: float = 3.5
    max_per_section: int = 6
    overflow: int = 2
    overflow_salience: float = 2.3
    """A section may take ``overflow`` bullets beyond ``max_per_section`` (within the total)
    when each has at least this salience: on a day one actor dominates (eight US positions
    on 12 April 2013) its strong positions are not cut for a round number."""
    section_decay: float = 0.25
    """Salience a section's next bullet loses per bullet it already has (adaptive sizes)."""
    min_salience: float | None = 1.2
    """Salience an actor's bullet needs at least (of 4.15 at most: salience.WEIGHTS); below
    it a section ends short rather than fill its share with background or analysis ('North
    Korea has tested a record number of missiles last year …'). None: no floor."""
    bottom_line: int = 4
    min_words: int = 6
    max_words: int = 55
    duplicate_threshold: float = 0.8
    paraphrase_threshold: float = 0.45
    corroboration_threshold: float = 0.3
    redundancy: float = 0.5
    context_items: int = 2
    other_items: int = 2
    word_budget: int | None = None
    """Words of bullets the brief may show (None: no limit here; the Word memo is fitted to
    two pages by pagefit, which counts the grid, timeline and sources too)."""
    timeline: int | None = 10
    """Items in the timeline; None leaves the timeline out."""
