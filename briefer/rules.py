"""The attribution engine's rules as named units: a registry, switches and a trace.

Every decision the engine takes beyond plain matching is a function registered here with
``@rule``: a name, the phase it belongs to, a one-line reason (its docstring), how far a
holder that rests on it can be trusted, and examples (a sentence, optionally the sentence
before it, and the holders the engine gives it). The registry makes three things possible:

* *explanation*: while a sentence is attributed, every rule that fires (returns something
  other than its switched-off value) is written to a trace, and the evidence of each holder
  names the rules behind it;
* *ablation*: ``disabled({...})`` switches rules off (a switched-off rule returns its neutral
  value), so ``brief eval-attribution --ablate`` can measure what each rule earns;
* *tests*: each rule's examples are checked with the rule on (the expected holders, the rule
  in the trace) and off (something changes), so no rule is dead weight.

``evidence_of`` and ``with_rules`` build a holder's evidence from the rules that decided it,
with the confidence those rules allow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from functools import wraps
from typing import Any, TypeVar

from .models import Evidence, evolve


class Phase(Enum):
    """The order in which the engine consults its rules."""

    MENTION = 1
    CUE_FILTER = 2
    SPEAKER = 3
    VETO = 4
    HOLDER = 5
    CROSS_SENTENCE = 6

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")


@dataclass(frozen=True)
class Example:
    """A sentence (after ``before``, the article's previous sentences) and its holders."""

    text: str
    holders: tuple[str, ...]
    before: tuple[str, ...] = ()
    url: str = ""
    """The article's address, for rules that read it (an opinion piece's '/opinion/')."""
    after: tuple[str, ...] = ()
    """Sentences after it in the same paragraph, for rules that look ahead."""
    published: str = ""
    """The article's date (ISO), for rules that read it (who was in office then)."""
    paragraphs: bool = False
    """``before`` and ``after`` are paragraphs of their own, for rules that read paragraph
    breaks (a byline standing alone under a quotation)."""


@dataclass(frozen=True)
class Rule:
    """A named rule of the engine."""

    name: str
    phase: Phase
    doc: str
    confidence: float
    examples: tuple[Example, ...]


RULES: dict[str, Rule] = {}
"""Every rule of the engine by name, in the order they were defined."""

_DISABLED: ContextVar[frozenset[str]] = ContextVar("briefer_disabled_rules", default=frozenset())
_TRACE: ContextVar[list[str] | None] = ContextVar("briefer_rule_trace", default=None)

F = TypeVar("F", bound=Callable[..., Any])


def rule(
    name: str,
    phase: Phase,
    *,
    off: Any = None,
    confidence: float = 0.8,
    examples: Iterable[Example] = (),
) -> Callable[[F], F]:
    """Register a function as the rule ``name``; switched off, it returns ``off``."""

    def register(function: F) -> F:
        if name in RULES:
            raise ValueError(f"rule '{name}' is defined twice")
        doc = (function.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        RULES[name] = Rule(name, phase, doc, confidence, tuple(examples))

        @wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            switched_off = _DISABLED.get()
            if switched_off and name in switched_off:
                return off
            result = function(*args, **kwargs)
            if result is off:  # the neutral value itself (None, False, (), NOTHING): silent
                return result
            trace = _TRACE.get()  # None outside tracing(): no comparison with ``off`` then
            if trace is not None and result != off:  # the rule changed something: it fired
                trace.append(name)
            return result

        return run  # type: ignore[return-value]

    return register


@contextmanager
def disabled(names: Iterable[str]) -> Iterator[None]:
    """Run the block with these rules switched off (unknown names are an error)."""
    names = frozenset(names)
    unknown = names - RULES.keys()
    if unknown:
        raise KeyError(f"unknown rule(s): {', '.join(sorted(unknown))}")
    token = _DISABLED.set(names)
    try:
        yield
    finally:
        _DISABLED.reset(token)


def tracing() -> Tracing:
    """Collect the names of the rules that fire inside the block (nested blocks see their own
    rules; the outer block sees them too): ``with tracing() as fired: …``."""
    return Tracing()


class Tracing:
    """The block of ``tracing()``: a class, not a ``@contextmanager`` generator, because the
    engine opens one for every cue (entering and leaving cost less than half as much)."""

    __slots__ = ("fired", "outer", "token")

    def __enter__(self) -> list[str]:
        self.outer = _TRACE.get()
        self.fired: list[str] = []
        self.token = _TRACE.set(self.fired)
        return self.fired

    def __exit__(self, *exc: object) -> None:
        _TRACE.reset(self.token)
        if self.outer is not None:
            self.outer.extend(self.fired)


def evidence_of(
    holder: str, mention: str, cue: str, rules: Iterable[str], **fields: Any
) -> Evidence:
    """The evidence ``rules`` decided (in phase order), trusted as the least trusted of them;
    ``fields``: the other fields of ``Evidence`` (spans, speaker, role, conduit)."""
    names = ordered(rules)
    return Evidence(holder, mention, cue, rules=names, confidence=confidence_of(names), **fields)


def with_rules(evidence: Evidence, rules: Iterable[str], **fields: Any) -> Evidence:
    """``evidence`` also decided by ``rules``: all its rules once each, in phase order,
    trusted accordingly; ``fields``: the fields it changes besides."""
    names = ordered((*evidence.rules, *rules))
    return evolve(evidence, rules=names, confidence=confidence_of(names), **fields)


def confidence_of(names: Iterable[str], base: float = 0.9) -> float:
    """How far a holder can be trusted: the least trusted rule it rests on."""
    return min([base, *(RULES[n].confidence for n in names if n in RULES)])


def ordered(names: Iterable[str]) -> tuple[str, ...]:
    """Rule names once each, in phase order, then in order of definition."""
    unique = dict.fromkeys(n for n in names if n in RULES)
    if len(unique) < 2:  # nothing to order (most sentences)
        return tuple(unique)
    rank = _ranks()
    return tuple(sorted(unique, key=rank.__getitem__))


_RANKS: dict[str, tuple[int, int]] = {}


def _ranks() -> dict[str, tuple[int, int]]:
    """Each rule's (phase, position of definition), rebuilt only when rules were added."""
    if len(_RANKS) != len(RULES):
        _RANKS.clear()
        _RANKS.update((n, (r.phase.value, i)) for i, (n, r) in enumerate(RULES.items()))
    return _RANKS
