"""Every rule of the attribution engine: a name, a phase, examples, and proof that it counts.

For each example of each rule the engine must give the example's holders with the rule on,
name the rule among the rules that fired, and give something else with the rule switched off
(a rule whose examples do not change when it is off earns nothing and should go).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefer.attribute import attribute_sentences, is_opinion
from briefer.models import Article, Attribution
from briefer.rules import RULES, Example, Phase, disabled, tracing
from briefer.split import split_article

CASES = [(name, i, ex) for name, r in RULES.items() for i, ex in enumerate(r.examples)]


def _attribute(example: Example, template) -> tuple[Attribution, list[str]]:
    texts = (*example.before, example.text, *example.after)
    paragraphs = texts if example.paragraphs else (" ".join(texts),)
    published = dt.date.fromisoformat(example.published) if example.published else None
    article = Article("x", "", "", paragraphs, date=published, url=example.url)
    sentences = split_article(article)
    with tracing() as fired:
        attributions = attribute_sentences(sentences, template, is_opinion(article), published)
    return attributions[len(example.before)], fired


def test_every_rule_has_a_name_a_phase_a_reason_and_an_example():
    assert len(RULES) >= 20
    for name, rule in RULES.items():
        assert rule.name == name and isinstance(rule.phase, Phase)
        assert rule.doc, f"{name}: no docstring"
        assert rule.examples, f"{name}: no example"
        assert 0 < rule.confidence <= 1


@pytest.mark.parametrize("name, number, example", CASES, ids=[f"{n}-{i}" for n, i, _ in CASES])
def test_rule_decides_its_example(name, number, example, korea):
    attribution, fired = _attribute(example, korea)
    assert attribution.holders == example.holders
    assert name in fired, f"{name} did not fire on its example"
    with disabled({name}):
        without, _ = _attribute(example, korea)
    assert without.holders != example.holders, f"{name} off changes nothing on its example"


def test_evidence_names_the_rules_that_decided(korea):
    example = RULES["inverted_speaker"].examples[0]
    attribution, _ = _attribute(example, korea)
    (evidence,) = attribution.evidence
    assert "inverted_speaker" in evidence.rules
    assert 0 < evidence.confidence <= 1


def test_unknown_rule_names_are_refused():
    with pytest.raises(KeyError), disabled({"no_such_rule"}):
        pass
