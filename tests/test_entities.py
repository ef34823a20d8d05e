"""Entities: the fullest name and the role an article gives each speaker, on real text."""

from __future__ import annotations

import json

import pytest

from briefer.attribute import attribute_sentences
from briefer.entities import Entity, Registry, describe
from briefer.models import Article
from briefer.read import read_paths
from briefer.split import split_article

from .conftest import SEED, shared


def test_titles_and_appositions_give_roles():
    registry = Registry()
    registry.observe("South Korean Foreign Minister Kang Kyung-wha met the envoy on Monday.")
    registry.observe(
        "“The North Koreans are in the game to get,” said Daniel Russel, the top U.S. "
        "diplomat for East Asia until last year."
    )
    assert registry.find("Kang").name == "Kang Kyung-wha"
    assert registry.find("Kang").role == "South Korean Foreign Minister"
    assert registry.find("Mr. Russel").role == "the top U.S. diplomat for East Asia until last year"
    assert registry.find("Lee") is None


def test_a_middle_initial_stays_in_the_name_and_its_family_name_keeps_the_actor(korea):
    """New York Times (2015): 'Treasury Secretary Jacob J. Lew suggested …', then '“…,” Mr.
    Lew said': the middle initial had cut the name at the title, so a later 'Mr. Lew' was
    an unknown outside voice."""
    registry = Registry()
    registry.observe(
        "In a statement, Treasury Secretary Jacob J. Lew suggested the sanctions work."
    )
    assert registry.find("Mr. Lew").name == "Jacob J. Lew"
    article = Article(
        "t",
        "",
        "",
        (
            "In a statement, Treasury Secretary Jacob J. Lew suggested that the sanctions "
            "were intended to punish North Korea.",
            "“Today’s actions are driven by our commitment,” Mr. Lew said.",
        ),
    )
    attributions = attribute_sentences(split_article(article), korea)
    assert [a.holders for a in attributions] == [("us",), ("us",)]


def test_a_possessive_keeps_the_last_word_of_a_three_word_name():
    """Fox News, 29 March 2013: 'North Korean dictator Kim Jong Un's regime' registered
    'Kim Jong', and the memo's speaker line read '— Kim Jong · quoted'."""
    registry = Registry()
    registry.observe("The threats come from North Korean dictator Kim Jong Un's regime.")
    assert registry.find("Kim").name == "Kim Jong Un"


def test_a_sentences_opening_function_word_is_no_given_name():
    """CNN, 10 June 2018: 'Whether Trump is truly winging it …' registered 'Whether Trump',
    and three bullets of the memo read '— Whether Trump · quoted'."""
    registry = Registry()
    registry.observe("President Donald Trump arrived in Singapore on Sunday.")
    registry.observe(
        "Whether Trump is truly winging it or he just wants everyone to think so after days of"
        " quiet preparations is unclear."
    )
    assert registry.find("Trump").name == "Donald Trump"


def test_a_sentences_opening_connective_is_not_part_of_the_title():
    registry = Registry()
    registry.observe(
        "But Secretary of State Mike Pompeo offered a more sobering assessment, telling "
        "reporters in Belgium that the objective was unchanged."
    )
    assert registry.find("Pompeo").role == "Secretary of State"


def test_seed_evidence_names_the_envoy_with_spans_into_the_body(korea):
    (article,) = read_paths([SEED]).articles
    sentences = split_article(article)
    attributions = attribute_sentences(sentences, korea)
    body = article.text
    spans = [
        (e, s)
        for s, a in zip(sentences, attributions, strict=True)
        for e in a.evidence
        if e.speaker_span
    ]
    assert spans
    for evidence, sentence in spans:
        start, end = evidence.speaker_span
        assert sentence.start <= start < end <= sentence.end
        assert body[start:end] == evidence.mention
        assert body[slice(*evidence.cue_span)] == evidence.cue
        assert evidence.rules and 0 < evidence.confidence <= 1
    biegun = [e for e, _ in spans if e.mention == "Stephen Biegun"]
    assert biegun and biegun[0].speaker == "Stephen Biegun"


def test_speaker_and_role_on_a_dev_article(korea):
    path = shared("attribution/korea_dev_gold.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    record = next(json.loads(line) for line in lines if '"BI5dAMOa4ZeejikP"' in line)
    article = Article(record["id"], "", record["title"], tuple(record["text"].split("\n")))
    sentences = split_article(article)
    evidence = [e for a in attribute_sentences(sentences, korea) for e in a.evidence]
    russel = [e for e in evidence if e.speaker == "Daniel Russel"]
    assert russel and russel[0].holder == "other"
    assert "until last year" in russel[0].role


def test_json_items_carry_speaker_role_quoted_and_via(capsys):
    from briefer.cli import run

    code = run([str(SEED), "--format", "json", "--all-sentences", "-q"], __import__("sys").stderr)
    assert code == 0
    sentences = json.loads(capsys.readouterr().out)["sentences"]
    by_start = {s["text"][:30]: s for s in sentences}
    pompeo = by_start["US Secretary of State Mike Pom"]
    assert (pompeo["speaker"], pompeo["role"]) == ("Mike Pompeo", "US Secretary of State")
    biegun = by_start["Stephen Biegun told his South "]
    assert biegun["via"] == "South Korea’s foreign ministry" and biegun["quoted"] is True
    envoy = by_start["A US special envoy has said th"]
    assert envoy["speaker"] == "US special envoy" and envoy["quoted"] is False
    context = [s for s in sentences if not s["holders"]]
    assert context and all(s["speaker"] is None for s in context)


def test_a_pronoun_messenger_is_named_on_the_speaker_line():
    from briefer.models import Attribution, BriefItem, Evidence, Sentence
    from briefer.speakerline import speaker_line

    text = "He also said Kim agreed to destroy a missile testing site."
    sentence = Sentence("a", 0, 0, 0, len(text), text)
    kim = Evidence("dprk", "Kim", "agreed", "He", speaker="Kim Jong Un")
    attribution = Attribution(("dprk",), (kim,))
    item = BriefItem(sentence, 1.0, attribution, (1,), (sentence,))
    assert speaker_line(item, "dprk").via == ""  # not 'via He'
    named = BriefItem(
        sentence, 1.0, attribution, (1,), (sentence,), shown=text.replace("He", "He [Trump]")
    )
    assert speaker_line(named, "dprk").text() == "— Kim Jong Un · paraphrase · via Trump"


def test_a_pronoun_speaker_is_named_as_the_bullet_brackets_it():
    from briefer.models import Attribution, BriefItem, Evidence, Sentence
    from briefer.speakerline import speaker_line

    text = "It said a flower basket with Kim's name on it was placed before statues of his father."
    sentence = Sentence("a", 3, 1, 0, len(text), text)
    it = Evidence("dprk", "It", "said", confidence=0.8)
    attribution = Attribution(("dprk",), (it,))
    item = BriefItem(sentence, 1.0, attribution, (1,), (sentence,))
    assert speaker_line(item, "dprk").text() == "— speaker uncertain · paraphrase"
    shown = text.replace("It", "It [North Korea]", 1)
    named = BriefItem(sentence, 1.0, attribution, (1,), (sentence,), shown=shown)
    assert speaker_line(named, "dprk").text() == "— North Korea · paraphrase"
    later = Evidence("dprk", "it", "said", confidence=0.8)  # not the pronoun the bracket names
    other = BriefItem(
        sentence, 1.0, Attribution(("dprk",), (later,)), (1,), (sentence,), shown="So " + shown
    )
    assert speaker_line(other, "dprk").speaker == ""


def test_a_titled_name_before_a_possessive_names_what_the_person_owns():
    """CNN, 6 January 2016: the line read '— Park Geun-hye's, South Korean President';
    CNN, 10 October 2014: 'Senior officials in U.S. President Barack Obama's administration
    said …' (and 'the officials … said' after it) read '— Barack Obama, U.S. President'."""
    from briefer.entities import describe

    text = "South Korean President Park Geun-hye's office added that the two leaders agreed."
    entity = describe(text, 0, len("South Korean"))
    assert entity is not None and (entity.name, entity.role) == ("Park Geun-hye’s office", "")
    text = "Senior officials in U.S. President Barack Obama's administration said Friday …"
    at = text.index("U.S.")
    entity = describe(text, at, at + len("U.S."))
    assert entity is not None and entity.name == "Barack Obama’s administration"
    text = "U.S. Defense Secretary James Mattis said the drills would go on."
    entity = describe(text, 0, len("U.S."))
    assert entity is not None and (entity.name, entity.role) == (
        "James Mattis",
        "U.S. Defense Secretary",
    )


def test_a_nationality_adjective_alone_names_no_speaker():
    """CNN, 10 June 2018: 'He has managed to win the ultimate prize …', the pronoun carried
    over from a 'North Korean' mention, was shown as 'He [North Korean] …' over
    '— North Korean · paraphrase'."""
    from briefer.models import Attribution, BriefItem, Evidence, Sentence
    from briefer.speakerline import speaker_line

    text = "He has managed to win the ultimate prize of a summit with an American President."
    sentence = Sentence("a", 32, 9, 0, len(text), text)
    he = Evidence("dprk", "He", "has", speaker="North Korean", confidence=0.55)
    item = BriefItem(sentence, 1.0, Attribution(("dprk",), (he,)), (1,), (sentence,))
    assert speaker_line(item, "dprk").speaker == ""


def test_an_embedded_post_is_the_authors_own_words():
    from briefer.models import Attribution, BriefItem, Evidence, Sentence
    from briefer.speakerline import speaker_line

    text = "Also, no missile testing by North Korea during this period of time."
    sentence = Sentence("a", 0, 0, 0, len(text), text)
    post = Evidence("us", "", "post", speaker="Donald J. Trump")
    item = BriefItem(sentence, 1.0, Attribution(("us",), (post,)), (1,), (sentence,))
    assert speaker_line(item, "us").quoted  # no quotation marks, still verbatim
    said = Evidence("us", "Trump", "said", speaker_span=(0, 5), speaker="Trump")
    plain = BriefItem(sentence, 1.0, Attribution(("us",), (said,)), (1,), (sentence,))
    assert not speaker_line(plain, "us").quoted


def test_a_holder_on_a_less_trusted_rule_is_marked_in_plain_words(korea):
    """A deed the narrator states (the rule trusted at 0.55) is marked 'attribution
    uncertain', not with the engine's own word ('holder uncertain')."""
    from briefer.models import BriefItem
    from briefer.speakerline import speaker_line

    text = (
        "In response, the US and South Korea held a military exercise within 10 miles of the "
        "demilitarized zone that separates North Korea from its neighbor."
    )
    (sentence,) = split_article(Article("a", "", "", (text,)))
    (attribution,) = attribute_sentences((sentence,), korea)
    item = BriefItem(sentence, 1.0, attribution, (1,), (sentence,))
    line = speaker_line(item, "us").text()
    assert line == "— the US · paraphrase · attribution uncertain"


def test_a_title_keeps_its_lower_case_words():
    registry = Registry()
    registry.observe("“He will accept,” White House press secretary Sarah Huckabee Sanders said.")
    assert registry.find("Sanders").role == "White House press secretary"  # not 'secretary'
    registry.observe("The top U.S. envoy Stephen Biegun met his counterpart.")
    assert registry.find("Biegun").role == "top U.S. envoy"


def test_a_person_before_an_institution_word_is_the_speaker():
    from briefer.entities import describe

    text = "Robert Kelly of Pusan national university in South Korea warned that talks fail."
    at = text.index("university")
    assert describe(text, at, at + len("university")) == Entity(
        "Robert Kelly", "Pusan national university"
    )


def test_a_weekday_or_a_possessive_is_not_part_of_a_name():
    """CSM's 'South Korean President Park Geun-hye Monday told senior officials' and CNN's
    'Park Geun-hye's office added' printed 'Park Geun-hye Monday' and 'Park Geun-hye's' on
    the memo's speaker lines."""
    registry = Registry()
    registry.observe(
        "DailyNK reports that South Korean President Park Geun-hye Monday told senior "
        "officials that any provocation would meet a strong response."
    )
    assert registry.find("Park") == Entity("Park Geun-hye", "South Korean President")
    assert registry.find("Monday") is None
    registry = Registry()
    registry.observe("South Korean President Park Geun-hye's office added that they agreed.")
    assert registry.find("Park") == Entity("Park Geun-hye", "South Korean President")


def test_a_demonym_speaker_is_named_by_the_body_it_modifies():
    """Fox and NPR, 12 April 2013: the speaker lines read '— South Korean · paraphrase'."""
    from briefer.entities import describe

    for text, name in (
        (
            "Kerry and his South Korean counterpart said in a joint press conference Friday",
            "South Korean counterpart",
        ),
        (
            "Other U.S. and South Korean intelligence agencies disagree with that analysis",
            "South Korean intelligence agencies",
        ),
        (  # CNN, 16 May 2018: a capitalized body and what it is of
            "The South Korean Ministry of National Defense said in a text message that",
            "South Korean Ministry of National Defense",
        ),
        (  # CNN, 10 June 2018: the memo read '— North Korean · paraphrase'
            "Despite their isolation, North Korean negotiators are always well-briefed",
            "North Korean negotiators",
        ),
        (  # USA Today, 14 May 2017
            "the North's claim contradicted South Korean and U.S. officials who earlier said",
            "South Korean and U.S. officials",
        ),
    ):
        demonym = "North Korean" if "North Korean" in text else "South Korean"
        start = text.index(demonym)
        entity = describe(text, start, start + len(demonym))
        assert entity is not None and entity.name == name


def test_a_name_set_off_after_its_role_takes_the_role():
    """The seed: 'Stephen Biegun told his South Korean counterpart, Lee Do-hoon, that …'; the
    bottom line's 'Lee offered positive views …' had the speaker line '— Lee Do-hoon'."""
    registry = Registry()
    registry.observe(
        "Stephen Biegun told his South Korean counterpart, Lee Do-hoon, that Washington was "
        "ready for talks."
    )
    assert registry.find("Lee") == Entity(
        "Lee Do-hoon", "Stephen Biegun’s South Korean counterpart"
    )


def test_a_counterpart_is_named_with_whose_counterpart_and_keeps_a_known_title():
    """Dev day 2017-08-07 (The Guardian): Ri's bullet read '— Ri Yong-ho, North Korean
    counterpart' and Moon's '— Moon Jae-in, South Korean counterpart': whose counterpart was
    left for the reader to guess. A title the article gave before stays the person's."""
    registry = Registry()
    registry.observe("Rex Tillerson arrived in Manila on Saturday.")
    registry.observe(
        "Tillerson appeared to go to some length, however, to avoid being in the same room as "
        "his North Korean counterpart, Ri Yong-ho, even skipping a dinner on Sunday."
    )
    assert registry.find("Ri") == Entity("Ri Yong-ho", "Rex Tillerson’s North Korean counterpart")
    registry.observe("South Korean President Moon Jae-in spoke on Monday.")
    registry.observe(
        "In a telephone call, the US president, Donald Trump, and his South Korean "
        "counterpart, Moon Jae-in, agreed that the programmes posed a threat."
    )
    assert registry.find("Moon") == Entity("Moon Jae-in", "South Korean President")
    registry.observe("Moon Jae-in said the door was open.")
    assert registry.find("Moon Jae-in") == Entity("Moon Jae-in", "South Korean President")


def test_a_title_never_opens_on_of():
    """allsides_korea 9ErbxYR5cYziJ7Jl: 'the younger sister of the North's leader Kim Jong Un'
    titled him 'of the North's leader', and the bottom line's speaker line printed it."""
    registry = Registry()
    registry.observe(
        "The delegation, the highest-ranking to visit the South and led by the younger sister "
        "of the North’s leader Kim Jong Un, concluded its visit on Sunday."
    )
    found = registry.find("Kim Jong Un")
    assert found is None or not found.role.startswith(("of ", "for "))
    registry.observe("Secretary of State Mike Pompeo said the talks went well.")
    assert registry.find("Mike Pompeo") == Entity("Mike Pompeo", "Secretary of State")


def test_a_verb_after_a_name_opens_no_unnamed_role():
    # Rodong Sinmun, 13 June 2018: the name had become 'Kim Jong-un is praising President'
    text = (
        "North Korean leader Kim Jong-un is praising President Trump’s “realistic” approach to "
        "negotiations with Pyongyang."
    )
    start = text.index("Kim Jong-un")
    entity = describe(text, start, start + len("Kim Jong-un"))
    assert entity is None or entity.name == "Kim Jong-un"


def test_official_alone_before_a_name_is_no_title():
    """Dev day 2017-08-07: 'the ruling Communist party’s official People’s Daily said' gave
    the speaker line '— People’s Daily, official'."""
    registry = Registry()
    registry.observe(
        "In a front-page commentary on Monday, the overseas edition of the ruling Communist "
        "party’s official People’s Daily said sanctions must be employed with precision."
    )
    found = registry.find("People’s Daily")
    assert found is None or found.role == ""
    registry.observe("Senior official Kim Yong Chol said the talks would go on.")
    assert registry.find("Kim Yong Chol") == Entity("Kim Yong Chol", "Senior official")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # Washington Times, 11 March 2018
            "Sen. Jeff Flake, Arizona Republican and a frequent Trump critic, told NBC on Sunday "
            "that “the important thing is the diplomatic work that has to go in before such a "
            "meeting.”",
            Entity("Jeff Flake", "Senator"),
        ),
        (  # Christian Science Monitor, 11 April 2013
            "Rep. Mike Rogers (R) of Michigan, the chairman of the House Intelligence Committee, "
            "observed.",
            Entity("Mike Rogers", "Representative"),
        ),
    ],
)
def test_a_title_of_abbreviations_alone_is_spelled_out(text, person):
    """A speaker line read 'Jeff Flake, Sen.'; it reads 'Jeff Flake, Senator'."""
    name = person.name.split()[-1]
    assert describe(text, 0, text.index(name) + len(name)) == person


def test_a_pair_pronoun_speaker_is_named_as_the_bullet_brackets_it():
    from briefer.models import Attribution, BriefItem, Evidence, Sentence
    from briefer.speakerline import speaker_line

    text = "They also agreed to seek a permanent end to the Korean War."
    sentence = Sentence("a", 3, 1, 0, len(text), text)
    pair = tuple(
        Evidence(k, "They", "also agreed", speaker="They", speaker_span=(0, 4))
        for k in ("dprk", "rok")
    )
    shown = text.replace("They", "They [North Korea and South Korea]", 1)
    item = BriefItem(
        sentence, 1.0, Attribution(("dprk", "rok"), pair), (1,), (sentence,), shown=shown
    )
    assert speaker_line(item, "rok").text() == "— North Korea and South Korea · paraphrase"
