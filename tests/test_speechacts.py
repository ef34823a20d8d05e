"""Speech acts with no holder: what a record shows, a participle going on from a cue."""

from __future__ import annotations

import pytest

from briefer.attribute import speech_acts
from briefer.models import Article
from briefer.speechacts import asked_by, participles_going_on, record_shows
from briefer.split import split_article


def _shown(text: str) -> list[tuple[str, str]]:
    return [(text[v[0] : v[1]], text[s[0] : s[1]].strip()) for v, s in record_shows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FEC records from the 2008 presidential election cycle show he backed both Sen."
            " John McCain (R-AZ) and former New York City mayor Rudy Giuliani.",
            [("show", "FEC records from the 2008 presidential election cycle")],
        ),
        (
            "The latest Reuters/Ipsos poll showed Trump leading the field with support of 31"
            " percent of Republican voters.",
            [("showed", "The latest Reuters/Ipsos poll")],
        ),
        (
            "A Monmouth poll out Monday showed Clinton with a healthy lead over Sanders in New"
            " York.",
            [("showed", "A Monmouth poll out Monday")],
        ),
        (
            "Early results of an entrance poll of Nevada Democratic caucus-goers are showing"
            " that Hillary Clinton captured the support of women.",
            [
                (
                    "are showing",
                    "Early results of an entrance poll of Nevada Democratic caucus-goers",
                )
            ],
        ),
        ("Polls show that the race for Wisconsin is tight.", [("show", "Polls")]),
        # not a record's verb
        (
            "The Media Research Center’s Dan Gainor will be interviewed about ABC’s TV show"
            " Scandal.",
            [],
        ),
        ("If a search was requested, Clinton's e-mails would have shown up.", []),
        (
            "There is no reason to presume that officials will treat Census replies with any"
            " more sanctity than they have shown for Americans' other personal data.",
            [],
        ),
        ("She said she did not have numbers to show how many people had used the tool.", []),
        # the noun 'show' (review, round 41)
        ("Trump made the comments in videos from the show that aired in 2005.", []),
        ("A judge heard clips of Santilli's own radio show - proof, the government argued.", []),
        ("Polls at the air show were closed.", []),
        ("The group is spending heavily, the reports show.", [("show", "the reports")]),
    ],
)
def test_what_a_record_shows(text, expected):
    assert _shown(text) == expected


def test_a_record_shows_is_a_speech_act_outside_quotes_only(korea):
    text = (
        "Satellite images show North Korea has restored the launch pad. “The images show"
        " nothing new,” the analyst said."
    )
    acts = speech_acts(split_article(Article("x", "", "", (text,))), korea)
    shown = [(a.cue_text, [text[s:e].strip() for s, e in a.speakers]) for a in acts]
    assert ("show", ["Satellite images"]) in shown
    assert [c for c, _ in shown].count("show") == 1  # the quoted one is the analyst's words


def test_a_participle_of_speech_goes_on_from_the_cue_before_it(korea):
    text = (
        "“Israel was sold out by Kerry and Obama,” Trump said in August, referring to Secretary"
        " of State John F. Kerry, the chief U.S. negotiator."
    )
    acts = speech_acts(split_article(Article("x", "", "", (text,))), korea)
    shown = {a.cue_text: [text[s:e] for s, e in a.speakers] for a in acts}
    assert shown["referring to"] == ["Trump"]


def test_a_participle_needs_a_cue_before_it_outside_quotes():
    text = "Trump attacked Bush, calling him “a total stiff, calling names.”"
    spoken = [((6, 14), ((0, 5),))]  # 'attacked', spoken by 'Trump'
    assert text[6:14] == "attacked"
    assert participles_going_on(text, lambda i: i > 34, []) == []  # no cue before
    found = participles_going_on(text, lambda i: i > 34, spoken)
    assert [(text[s:e], speakers) for (s, e), speakers in found] == [("calling", ((0, 5),))]


@pytest.mark.parametrize(
    ("text", "questioner"),
    [
        ("Asked by Matt Lauer whether she had practiced her speech, she said no.", "Matt Lauer"),
        (
            "Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.",
            "host John Dickerson",
        ),
        (
            "Clinton, pressed by moderator Dana Bash to release transcripts, said no.",
            "moderator Dana Bash",
        ),
        ("He was asked to leave the room.", None),
        ("Pressed by reporters, Trump said no.", "reporters"),
        # pressure, not a question (review, round 41)
        ("North Korea, pressed by tough sanctions, agreed to talks.", None),
        ("The farmers were hard-pressed by food shortages.", None),
    ],
)
def test_who_asked_is_the_questions_speaker(text, questioner):
    found = [text[s:e] for _, (s, e) in asked_by(text)]
    assert found == ([questioner] if questioner else [])
