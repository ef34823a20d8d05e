"""Attribution: the seed's required holders, gold scores, and the engine's building blocks."""

from __future__ import annotations

import datetime as dt

import pytest

from briefer.attribute import (
    attribute_article,
    attribute_sentences,
    attribute_text,
    compile_matcher,
    normalize,
    speech_acts,
)
from briefer.evaluate import score_attribution
from briefer.models import Article
from briefer.read import read_paths
from briefer.split import split_article
from briefer.template import load_template

from .conftest import SEED, shared


@pytest.fixture(scope="module")
def seed_holders(korea):
    (article,) = read_paths([SEED]).articles
    sentences = split_article(article)
    attributions = attribute_sentences(sentences, korea)
    return {s.text: a.holders for s, a in zip(sentences, attributions, strict=True)}


def _holders(seed_holders, start):
    (match,) = [h for text, h in seed_holders.items() if text.startswith(start)]
    return match


def _attributed(text, korea):
    """The attributions of an article made of one paragraph, ``text``."""
    return attribute_sentences(split_article(Article("x", "", "", (text,))), korea)


@pytest.mark.parametrize(
    "start, expected",
    [
        ("But the North on Thursday said the US had become", ("dprk",)),
        ("The United States only wants North Korea to denuclearise.", ("us",)),
        ("Lee offered positive views", ("rok",)),
        ("North Korea’s state media KCNA on Friday urged", ("dprk",)),
        ("Stephen Biegun told his South Korean counterpart", ("us",)),
        ("Reclusive North Korea has pursued", ()),
        ("The envoys met ahead of Trump’s visit", ()),
    ],
)
def test_seed_holders(seed_holders, start, expected):
    assert _holders(seed_holders, start) == expected


def test_moon_sentence_is_south_korea(seed_holders):
    assert _holders(seed_holders, "Moon has said Washington is in")[0] == "rok"


def test_xi_clause_adds_china(seed_holders):
    holders = _holders(seed_holders, "US Secretary of State Mike Pompeo raised hopes")
    assert set(holders) == {"us", "china"}


def test_evidence_names_mention_cue_and_conduit(korea):
    matcher = compile_matcher(korea)
    result = attribute_text(
        "Stephen Biegun told his South Korean counterpart, Lee Do-hoon, that Washington "
        "wanted progress, South Korea’s foreign ministry said in a statement.",
        matcher,
    )
    (evidence,) = result.evidence
    assert (evidence.holder, evidence.mention, evidence.cue) == ("us", "Stephen Biegun", "told")
    assert "foreign ministry" in evidence.conduit


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"This is truly delusional," tweeted Sen. Chris Van Hollen, Maryland Democrat.',
            ("other",),
        ),
        ("Analysts said Pyongyang was unlikely to give up its weapons.", ("other",)),
        ("The Washington Post first reported that the team met North Korean officials.", ()),
        ("A White House spokesman could not be reached for comment.", ()),
        # corpus audit: silence is a non-comment too (GUIDELINES 4.4)
        (
            "U.S. officials have remained mum on the possibility that the military used cyber"
            " to disrupt the launch.",
            (),
        ),
        ("Pompeo smiled but said nothing in return.", ()),
        ("Trump said nothing would change.", ("us",)),
        ("Japan's Chief Cabinet Secretary Yoshihide Suga told reporters it was fired.", ("other",)),
        ("Beijing opposes any new sanctions on its neighbour.", ("china",)),
        (  # an analyst's read of a stance is the analyst's (Fox, 16 May 2018)
            "Kim could also be working with Chinese President Xi Jinping, who wants to show"
            " that he will be a player in the fate of his nuclear-armed neighbor, some analysts"
            " speculated.",
            ("other",),
        ),
        (  # PolNeAR train: a verb between two names opens a clause, not a title chain
            "Mr. Coffman, who represents a swing district in the crucial Denver suburbs, said"
            " Mr. Trump had disrespected American troops.",
            ("other",),
        ),
    ],
)
def test_outside_speakers_media_and_non_comments(korea, text, expected):
    assert attribute_text(text, compile_matcher(korea)).holders == expected


def test_pronoun_and_quote_continuation_inherit(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "Mr. Trump said the summit was a success.",
            "“There is no longer a Nuclear Threat from North Korea,” he tweeted.",
            "“Meeting with Kim Jong Un was an interesting and very positive experience.”",
        ),
    )
    attributions = attribute_sentences(split_article(article), korea)
    assert [a.holders for a in attributions] == [("us",), ("us",), ("us",)]


def test_exclusions_block_false_hits(korea):
    text = "North Carolina officials said the storm had passed."
    assert "us" not in attribute_text(text, compile_matcher(korea)).holders


def test_second_template_has_no_korea_hard_coded():
    iran = load_template("iran")
    text = "Iran's foreign minister Zarif said Tehran would not renegotiate the deal."
    assert attribute_text(text, compile_matcher(iran)).holders == ("iran",)


@pytest.mark.slow
def test_dev_gold_scores(korea):
    """The 15-article dev gold (12 articles the rules were not written from): a floor just
    under today's score, raised as the engine improves (README has the figures)."""
    result = score_attribution(shared("attribution/korea_dev_gold.jsonl"), korea).as_dict()
    assert result["micro_actors"]["f1"] >= 0.92  # us, dprk, rok, china (0.939 today)
    assert result["micro"]["f1"] >= 0.91  # with other (0.931 today)
    assert result["context_precision"] >= 0.85  # 0.867 today
    assert min(a["f1"] for a in result["articles"].values()) >= 0.7  # no article sacrificed


@pytest.mark.slow
def test_polnear_dev_speakers(korea):
    from briefer.evaluate_speakers import score_speakers

    scores = score_speakers(shared("attribution/polnear_train_dev.jsonl"), korea, "dev")
    result = scores["say"]
    assert result["speaker_recall"] >= 0.92  # 0.937 today
    assert result["speaker_precision"] >= 0.88  # 0.898 today
    assert result["articles"] == 94
    # every type of cue: 0.6676 before the speech acts of speechacts.py, 0.6751 with them
    assert scores["all"]["speaker_f1"] >= 0.672


def test_pathological_sentences_stay_fast(korea):
    import time

    matcher = compile_matcher(korea)
    for text in (
        "word " * 20_000,
        "Seoul said Kim told Washington that " * 3_000,
        "“quote " * 10_000 + "said Moon",
        "a, " * 30_000,
    ):
        started = time.perf_counter()
        attribute_text(text, matcher)
        assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dateline names the outlet, not the speaker
        ("SEOUL (Reuters) - South Korea's foreign minister said talks would resume.", ("rok",)),
        # an appositive yields to its head
        ("Even China, North Korea’s closest ally, expressed regret over the launch.", ("china",)),
        # 'according to' inside the subject is a parenthetical
        ("Mr. Kim, according to Yonhap, said the agreement would bear good results.", ("dprk",)),
        # the subject of a passive is no speaker
        ("Kim Yo-jong was by his side as formalities were conducted at the House of Peace.", ()),
        # a word that is mostly a noun is a cue only next to its subject
        ("She handed him a pen and sat next to him scribbling notes.", ()),
        # the last clause's subject, not an earlier one
        (
            "Iran warned that Trump should not be trusted and China said sanctions may be lifted.",
            ("other", "china"),
        ),
        # an unknown named person after an inverted cue is an outside voice
        ('"The talks will fail," said Jane Roe, who teaches in Seoul.', ("other",)),
        # an outside role overrides a named actor; a mere outsider noun does not
        ("U.S. Sen. Lindsey Graham said the deal was weak.", ("other",)),
        ("A senior South Korean diplomat said the talks would resume.", ("rok",)),
        ("North Korea is banned under U.N. resolutions from pursuing missile technology.", ()),
        # a conditional or time clause reports no stance of its own
        ("North Korea has faced sanctions since it conducted its first nuclear test in 2006.", ()),
        # a passive is done to its subject, unless it tells what the subject feels
        ("North and South Korea have been separated by a Demilitarized Zone since 1953.", ()),
        ("Kim has been angered by past comparisons with Libya.", ("dprk",)),
        # a family name after a given name is someone else; a British 'Mr' is a title
        ("Tony Kim, 59, said he was treated well.", ("other",)),
        ("Mr Moon said the North had made its commitment clear.", ("rok",)),
        # the object of an -ing form is no subject
        (
            "Moon, who took office in May, has advocated engaging Pyongyang with dialogue and "
            "offered to hold rare military talks with the North.",
            ("rok",),
        ),
        # a country after a city's comma is in the object; after an opening phrase it is not
        (
            "Tillerson made the comments at a regional security meeting in Manilla, "
            "Philippines, and offered his most specific outline to date.",
            ("us",),
        ),
        ("Speaking in Seoul, Moon, without naming him, also accused Kim of stalling.", ("rok",)),
        # a control phrase before the verb of speech: the subject speaks
        (
            "Beijing and Moscow also took the opportunity to condemn the U.S. THAAD system.",
            ("china", "other"),
        ),
        # a name before a clause of its own ('after the United Nations imposed') is not
        # that clause's subject; the United Nations holds the deed that triggered the vow
        # (GUIDELINES 4.3)
        (
            "North Korea vowed Monday to strike the U.S. with revenge after the United Nations "
            "imposed new sanctions.",
            ("dprk", "other"),
        ),
        # 'North and South Korea' names both
        ("North and South Korea delivered a joint declaration on peace.", ("dprk", "rok")),
        (
            "North Korea said it could disarm if Washington withdrew its troops from the South.",
            ("dprk",),
        ),
        # the subject stands near its verb even after a long stretch
        (
            "Those sanctions seek to further limit North Korea’s access to refined petroleum "
            "products and crude oil and Washington says the cooperation of China is essential.",
            ("us",),
        ),
        # the name after 'according to' is the source even though a preposition precedes it
        ("“Peace depends on the U.S. attitude,” the spokesman said, according to KCNA.", ("dprk",)),
        # a deed Seoul reports is the doer's: 'barred', 'ordered' are deeds like 'fired'
        ("North Korea barred South Korean workers from entering the park, Seoul said.", ("dprk",)),
        ("President Park Geun-hye ordered her military to bolster its defense.", ("rok",)),
        # 'when asked by X': the one asked is not asking
        (
            "Joint Chiefs Chairman Gen. Martin Dempsey, who was testifying before the House "
            "committee, appeared to be caught off guard when asked by Lamborn whether he agreed "
            "with the DIA assessment.",
            (),
        ),
        # a news outlet holds no position, whoever it quotes or whatever it reports
        (
            "The Christian Science Monitor's Passcode, which covers cybersecurity, reports that "
            "many said the evidence provided Friday by the FBI was neither new nor convincing.",
            (),
        ),
        # a cue word is never the second half of a hyphenated word
        (
            "Despite their isolation, North Korean negotiators are always well-briefed, and "
            "its diplomats are savvier about the outside world.",
            (),
        ),
        # irregular past tenses are deeds too
        ("The White House struck back with a harsh statement on Sunday.", ("us",)),
        # a narrated deed's subject comes after an opening subordinate clause
        (
            "Though a small number of U.S. citizens visit North Korea each year as tourists, "
            "the State Department strongly advises against it.",
            ("us",),
        ),
        # after a time clause, 'will' is the writer's expectation, no deed
        (
            "When Pyongyang handles the final technological hurdles, the US will face the sort "
            "of nuclear threat it hasn’t seen since the Cold War.",
            (),
        ),
        # research, as researchers, is an outside voice, not the state its demonym names
        (
            "Some of the tunnels may have collapsed, possibly rendering the site unusable, "
            "recent Chinese research suggests.",
            ("other",),
        ),
        # a state put as a stance stays the actor's (state_is_no_deed leaves these)
        (
            "The Trump administration has been firm that complete denuclearization is a "
            "precondition for the lifting of economic sanctions.",
            ("us",),
        ),
        (
            "Pyongyang has been defiant in the face of efforts to halt its nuclear program.",
            ("dprk",),
        ),
        (
            "North Korea has been strongly pushing tourism lately to bring in foreign cash.",
            ("dprk",),
        ),
        ("Kim has been angered by past comparisons between Libya and the Koreas.", ("dprk",)),
        # 'could', 'may', 'might' as a narrated deed's verb: the reporter's guess
        ("But Pyongyang could also target population centers as well.", ()),
        ("As Kim Jong Un looks out at the world today, he may very well feel stronger.", ()),
        # 'can', 'must', 'should': what the writer thinks an actor is able or ought to do
        (
            "North Korea can continue to build better missiles, bigger bombs, and accumulate a "
            "stockpile—because that math won’t change.",
            (),
        ),
        ("And Trump must prove his deal-making prowess lives up to the hype.", ()),
        # a time clause's act is the main clause's speaker's, not relayed from the clause
        (
            "Trump also tweeted about North Korea late last month, when he acknowledged that "
            "China's efforts to “help with North Korea” had “not worked out.”",
            ("us",),
        ),
        # a spokesman named by role speaks for the body the role names
        (
            "That missile, launched April 29, blew up over land in North Korean territory, "
            "according to a spokesman for the US Pacific Command.",
            ("us",),
        ),
        (
            "“The launch of a short range ballistic missile occurred near Wonsan Airfield,” said "
            "a statement from U.S. Pacific Command.",
            ("us",),
        ),
        # a title set off by commas after a quotation's speaker is that speaker's apposition
        ("“We oppose it,” Hong Lei, the spokesman, insisted on Monday.", ("china",)),
        # 'said retired Air Force Col. X': the speaker after the cue, not a name in its content
        (
            "This launch will help the North Koreans map out what kind of delivery vehicle they "
            "would need for a nuclear warhead, said retired Air Force Col. Cedric Leighton, a "
            "weapons expert and intelligence analyst.",
            ("other",),
        ),
        # a participle after a comma inside a closing quotation mark shares the subject
        (
            "Lavrov called Pyongyang’s action “unacceptable,” adding that the situation will "
            "“slip out of our control.”",
            ("other",),
        ),
        # a speech act the writer imagines is no statement, unless its words follow
        (
            "Trump even hinted months ago that Chinese President Xi Jinping could expect a more "
            "favorable trade deal in exchange for help engineering a peaceful resolution.",
            ("us",),
        ),
        (
            "Respected statesmen such as Sen. Lindsey Graham can say with a straight face such "
            "madness as, “All the damage that would come from a war would be worth it.”",
            ("other",),
        ),
        (
            "At a minimum, the United States should withdraw from the Six Party Talks until "
            "China takes back its missile trucks.",
            (),
        ),
        # 'called X “a …”' names a stance as 'called it' does
        ("Foreign Minister Ri Yong-ho called Trump “a mentally deranged person.”", ("dprk",)),
        # refusing to speculate is no position
        ("On Tuesday, Kerry refused to speculate about North Korea's intentions.", ()),
        # a state's official news agency is its voice, not a conduit
        ("North Korea's official news agency reported the plan.", ("dprk",)),
        # a Korean given name written without its hyphen is still the template's alias
        ("Park Geun Hye condemned the test.", ("rok",)),
        # 'When asked …' names no one: the main clause's subject answers
        (
            "When asked how quickly he will know if Kim was serious, Trump said he’d know very "
            "quickly.",
            ("us",),
        ),
        # a name before an 'if' clause is not the subject of the clause's verb (PolNeAR: 'He
        # can't credibly make fun of … if Holt asks him …' gave 'asks' to 'He')
        ("Trump will not threaten the North if Xi asks him about trade.", ()),
        (  # a generic 'one' opens a clause too (New York Magazine, 28 February 2018)
            "Sanctions failing to prevent the de facto crime family that runs North Korea from "
            "making money is particularly unsurprising if one considers the effects sanctions "
            "have had on other misbehaving regimes in the recent past.",
            (),
        ),
    ],
)
def test_generic_rules(korea, text, expected):
    assert attribute_text(text, compile_matcher(korea)).holders == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a time word opening the sentence is no name set off by an appositive (PolNeAR:
        # 'Earlier Tuesday, his campaign manager, Jeff Weaver, says …')
        (
            "Earlier Tuesday, his spokesman, Kim Eui-kyeom, says the talks will go ahead.",
            "Kim Eui-kyeom",
        ),
    ],
)
def test_an_opening_word_is_no_name_before_an_appositive(korea, text, speaker):
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert evidence.mention == speaker


def test_an_opening_while_clause_is_no_conduit_of_the_main_clause(korea):
    """Washington Times, 11 March 2018 (held-out 3's headline position): the main clause's
    'Mr. Trump said' was read as relayed by the ambassador of the 'While' clause, whose own
    report was then lost."""
    text = (
        "While North Korea’s ambassador to the United Nations has reportedly confirmed the "
        "sincerity of Mr. Kim’s offer, four days have passed since Mr. Trump said he would "
        "accept a direct meeting with the North Korean leader."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("dprk", "us")


def test_a_participle_phrase_is_no_speakers_tag(korea):
    """Reuters, 7 July 2018 (dev BI5dAMOa4ZeejikP, sentence 0): '…, contradicting … Pompeo
    hours after he left saying …' was read as a trailing tag ('…, he said'), so North
    Korea's accusation before the comma was shown as relayed 'via Mike Pompeo'."""
    text = (
        "SEOUL/TOKYO (Reuters) - North Korea accused the United States on Saturday of making "
        "“gangster-like” demands in talks over its nuclear programme, contradicting U.S. "
        "Secretary of State Mike Pompeo hours after he left saying the old enemies had made "
        "progress on key issues."
    )
    result = attribute_text(text, compile_matcher(korea))
    assert result.holders == ("dprk", "us")
    by_holder = {e.holder: e for e in result.evidence}
    assert (by_holder["dprk"].cue, by_holder["dprk"].conduit) == ("accused", "")
    assert by_holder["us"].mention == "Mike Pompeo"


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # allsides_korea 8l9T34evn1F8k4xf, sentence 1 (the US had been lost twice over)
            "The U.S. Strategic Command said it had detected a missile entering space, and "
            "South Korea's military said the rocket had put an object into orbit.",
            ("us", "rok"),
        ),
        (
            "The Pentagon said it had detected a missile, and the South Korean military said "
            "the rocket had put an object into orbit.",
            ("us", "rok"),
        ),
    ],
)
def test_a_second_speakers_clause_after_and_is_no_content_of_the_first(korea, text, holders):
    """', and South Korea's military said …' opens a clause of its own: the first speaker
    does not relay it (the first speaker was lost and the second shown 'via' the first)."""
    result = attribute_text(text, compile_matcher(korea))
    assert result.holders == holders
    assert all(not e.conduit for e in result.evidence)


def test_a_pronoun_in_an_appositives_time_clause_is_not_the_speaker(korea):
    """Washington Times, 2018 (audit set_3106_1, 4duT 1): 'they' of 'before they broke down'
    inside the speaker's appositive was taken as the subject of 'told', and, resolving to
    nothing, left the quotation without a holder."""
    text = (
        "“There’s a great deal of uncertainty and skepticism right now,” Joseph R. DeTrani, a "
        "former CIA official who served as special envoy to talks with Pyongyang before they "
        "broke down in 2009, told The Washington Times on Sunday."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("other",)


def test_a_deployment_given_as_the_trigger_is_the_deployers(korea):
    """Audit set_3106_1 (DwdfykyumnY9fjQ0, sentence 8): a deed given as the explicit trigger
    of the main stance is its doer's (GUIDELINES 4.3); 'deployed' was not read as one."""
    text = (
        'Kim warned Friday he is preparing to "settle accounts with the U.S." after the U.S. '
        "deployed B-2 stealth bombers to South Korea to participate in a training exercise "
        "Thursday."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("dprk", "us")


def test_a_statement_answered_in_the_tag_is_a_trigger_but_not_the_quotations(korea):
    """Reuters, 2017 (audit set_3109_1, k82351d4Jv2RIVVD 21-22): 'said on Tuesday in
    response to North Korea’s statement' names what prompted the spokesman (GUIDELINES 4.3);
    the weekday had been read as 'the day after …', a time anchor. The quotation that goes
    on is still the spokesman's alone."""
    paragraph = (
        "“North Korea should realize that it will face stronger sanctions and pressure if it "
        "doesn’t stop nuclear and missile provocation,” Moon Sang-gyun, a spokesman for South "
        "Korea’s defense ministry, said on Tuesday in response to North Korea’s statement. "
        "“We urge North Korea to make the right choice and come to the path of "
        "denuclearization.”"
    )
    first, second = _attributed(paragraph, korea)
    assert first.holders == ("rok", "dprk")
    assert second.holders == ("rok",)


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # Korea dev iRxAPJzr2WWKtoiZ, sentence 5
            "The U.S. has deployed a similar THAAD missile defense system to South Korea, "
            "despite objections from local residents.",
            ("us", "other"),
        ),
        (  # GUIDELINES 4.3's own form, with the objectors after the noun
            "Washington kept its sanctions in place despite repeated calls from Beijing to ease "
            "them.",
            ("us", "china"),
        ),
        (  # allsides_korea tIysOXhFKn5dH0hv, sentence 48 (audit set_3108_3): a trigger
            "China’s central bank had ordered financial institutions to implement UN sanctions "
            "rigorously after frequent complaints from Washington that Beijing was leaving open "
            "too many loopholes.",
            ("china", "us"),
        ),
    ],
)
def test_a_contrasting_stance_by_its_holder_after_despite(korea, text, holders):
    """'despite objections from local residents': a contrastive stance given as a noun,
    its holders named after it, holds too (GUIDELINES 4.3); so do complaints that
    prompted the main stance ('after frequent complaints from Washington')."""
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_she_is_no_country(korea):
    """Vox, 25 February 2019 (round 20's precision audit): 'she' went to the US, the first
    name of the sentence before it, though the analyst Hersman is the speaker."""
    assert _holders_of_last(
        korea,
        "Rebecca Hersman, an expert on nuclear weapons at the Center for Strategic and "
        "International Studies think tank in Washington, is one of those people who doubt "
        "much substantive will likely come out of the meeting.",
        "Yet when I saw Hersman speak at an event at the Council on Foreign Relations in "
        "Washington last week, she made some really interesting comments about the smaller "
        "steps the US and North Korea could agree to in Vietnam that would be meaningful — "
        "things she said would demonstrate the negotiations are serious.",
    ) == ("other",)


def test_a_subject_after_though_is_the_speaker(korea):
    """CNN, 8 July 2018: '…, a move that could be interpreted as a snub, though his
    spokesman said …' gave the report to 'a snub'."""
    text = (
        "Kim did not meet with Pompeo, a move that could be interpreted as a snub, though his "
        "spokesman said that was never an expectation."
    )
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert evidence.mention == "his spokesman"


def test_that_before_a_parenthetical_report_is_no_name(korea):
    """PolNeAR: 'That, the commission said, “would be helpful …”' went to 'That'."""
    assert _holders_of_last(
        korea,
        "South Korea's foreign ministry welcomed the move.",
        "That, the foreign ministry said, “would be helpful in avoiding uncertainty.”",
    ) == ("rok",)


def test_a_clause_opener_is_no_part_of_an_unknown_speakers_name(korea):
    text = "Then Mr. Rubin asked the students if they knew about North Korea."
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert (evidence.holder, evidence.mention) == ("other", "Mr. Rubin")


def test_a_perfect_participle_is_no_unknown_speaker(korea):
    """PolNeAR: 'Having announced that he would not send me to prison, Judge Berman …' gave
    the cue 'announced' the speaker 'Having', an outside voice."""
    text = "Having warned that it would retaliate, North Korea fired a missile on Sunday."
    assert attribute_text(text, compile_matcher(korea)).holders == ("dprk",)


def test_alias_inside_a_longer_name_is_no_hit(korea):
    text = "The North American Aerospace Defense Command said the object was in orbit."
    assert "dprk" not in attribute_text(text, compile_matcher(korea)).holders


def test_bare_surname_follows_the_last_full_name(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "Kim Kyong-sin, a factory manager in Kaesong, returned on Wednesday.",
            "Kim said he was scheduled to go back on Thursday.",
            "Kim Jong Un later said the complex would stay closed.",
            "Kim said the decision was final.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders == [(), ("other",), ("dprk",), ("dprk",)]


def test_a_place_named_after_a_kim_is_no_full_name(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "Trump threatened to totally destroy North Korea.",
            "A huge crowd gathered in Pyongyang’s Kim Il Sung Square for a rally.",
            "Kim responded by calling Trump a frightened dog.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders[-1] == ("dprk",)


def test_a_clause_opener_before_a_family_name_is_no_given_name(korea):
    """CNN, 10 June 2018: after 'Whether Trump is …' every later 'Trump' was an outside
    voice, as if 'Whether Trump' were another Trump."""
    article = Article(
        "x",
        "",
        "t",
        (
            "Trump said he did not have to prepare very much.",
            "Whether Trump is truly winging it is unclear.",
            "“It's unknown territory, in the truest sense,” Trump told reporters.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders[-1] == ("us",)


def test_a_british_mr_before_a_family_name_is_no_given_name(korea):
    """BBC, 27 May 2018: 'On Thursday Mr Trump called off the meeting' made 'Mr Trump' a
    full name nobody knows, and every later 'Mr Trump' an outside voice (54 sentences of
    the Korea corpus, all of them the US's or its officials')."""
    holders = _article_holders(
        korea,
        "On Thursday Mr Trump called off the meeting, citing the North's hostility.",
        "On Sunday Mr Trump tweeted that it would help the North achieve its potential.",
    )
    assert holders == [("us",), ("us",)]


def test_former_before_a_clause_is_not_the_title_of_the_name_after_it(korea):
    """Politico, 2018: 'former officials are urging President Donald Trump …' made Trump
    a former official, and a later bare 'Trump' an outside voice."""
    holders = _article_holders(
        korea,
        "But some lawmakers and former officials are urging President Donald Trump to "
        "name a special representative.",
        "Trump said on Friday that talks were going well.",
    )
    assert holders[-1] == ("us",)


def test_the_national_security_adviser_is_who_the_article_titles_so(korea):
    """Fox News, 2 December 2017: after 'National Security Adviser H.R. McMaster said …',
    'the national security adviser said …' and its quotation were an outside voice's."""
    holders = _article_holders(
        korea,
        "National Security Adviser H.R. McMaster said Saturday that the threat of war "
        "with North Korea was increasing.",
        "On Russian sanctions, the national security adviser said that “it takes time” "
        "to implement those Congress approved in July.",
    )
    assert holders[-1] == ("us",)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Sen. Jeff Flake, Arizona Republican and a frequent Trump critic, told NBC on "
            "Sunday that the talks were a gamble.",
            "Jeff Flake",
        ),
        (
            "Senate Minority Leader Charles E. Schumer, New York Democrat, called on the White "
            "House to remove the image of a brutal dictator from the coin.",
            "Charles E. Schumer",
        ),
    ],
)
def test_an_outside_voices_role_in_apposition_is_not_the_speakers_name(korea, text, speaker):
    """Analyst read of round 10: speaker lines read '— critic', '— Democrat'."""
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == ("other",)
    assert attribution.evidence[0].speaker == speaker


def test_a_clause_after_a_comma_is_no_apposition_to_the_name_before_it(korea):
    """PolNeAR dev (nyt_2016-10-02 …_4e07): 'where experts say' made the place before the
    comma an unknown speaker, 'Richmond', as if 'experts' were its role in apposition."""
    (attribution,) = _attributed(
        "Patriot chose Richmond, where experts say judges are eager.", korea
    )
    assert attribution.holders == ("other",)
    assert attribution.evidence[0].mention == "experts"


@pytest.mark.parametrize(
    "text, holders",
    [
        (
            "Officials in Seoul met the Chinese envoy, who said Beijing opposed new sanctions.",
            ("china",),
        ),
        ("Trump met the South Korean president, who said the talks would go on.", ("rok",)),
    ],
)
def test_a_states_envoy_before_who_speaks_for_the_state(korea, text, holders):
    """'the Chinese envoy, who said': the state named before the role, as in 'Pentagon
    officials, who said'; the whole phrase had been an unknown outside voice."""
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == holders


def test_an_outlet_before_which_is_the_reports_speaker(korea):
    """PolNeAR dev (politico 2016-09-23 …_5fec): '… to the AP, which first reported the
    story' gave the report to 'they', the main clause's subject; PolNeAR's source is 'which'."""
    text = "They disclosed the arrangements to the AP, which first reported the story."
    assert _sources(korea, text, "reported") == [["AP", "which"]]


def test_a_name_set_off_as_a_comparison_is_no_subject_of_the_next_verb(korea):
    """PolNeAR dev (wash-post 2016-09-18 …_5fec): 'Hillary Clinton, like Obama, has encouraged
    … but has said she will …' gave 'has said' to Obama."""
    text = "China, like Russia, has urged restraint but has said it will enforce the sanctions."
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == ("china",)


def test_an_unknown_name_before_a_verb_joined_to_the_cue_is_the_speaker(korea):
    """PolNeAR train (nyt 2016-02-01 …_4b22): 'When asked whom she supported, Ms. Sherry
    smiled and said, …' gave the report to the 'she' of the opening clause."""
    text = "When asked whom she supported, Ms. Sherry smiled and said, “I'm waiting.”"
    assert _sources(korea, text, "said") == [["Ms. Sherry"]]


def test_a_question_word_after_a_preposition_is_no_shared_subject(korea):
    """PolNeAR train (huff-post 2016-05-16 …_4b22): 'refused to answer questions on who
    Cameron would like to see win … but said …' left 'said' without a speaker, as if 'who'
    were the subject of both verbs."""
    text = (
        "The spokesman refused to answer questions on who Cameron would like to see win in "
        "November but said there was no meeting planned with Trump."
    )
    assert _sources(korea, text, "said") == [["The spokesman"]]


def test_an_unknown_name_after_it_is_a_noun_is_the_speaker(korea):
    """PolNeAR train (politico 2016-02-29, six times): 'It's a dynamic Greenberg said could
    drive …' gave the report to 'It'."""
    text = "It's a dynamic Greenberg said could drive those moderates toward Democrats."
    assert _sources(korea, text, "said") == [["Greenberg"]]


def test_cursed_is_a_speech_act(korea):
    """allsides_korea ATIyqVAUN9Cz8PpF, sentences 8-10: 'It cursed Park Geun-hye … as an
    “old, insane bitch.”' held nothing after 'It called Barack Obama a “wicked black
    monkey.”' held North Korea."""
    holders = _holders_of_last(
        korea,
        "Pyongyang has already dismissed President Trump as a “dotard.” It called Barack Obama "
        "a “wicked black monkey.” It cursed Park Geun-hye, the previous president of South "
        "Korea, as an “old, insane bitch.”",
    )
    assert holders == ("dprk",)


def test_a_source_after_according_to_ends_at_a_dash(korea):
    """Held-out day 2013-04-15 (Fox): the speaker line read '— the World Food Program --
    two-thirds'."""
    (attribution,) = _attributed(
        "The complex also was a key earner of foreign currency for cash-strapped North Korea, "
        "where -- according to the World Food Program -- two-thirds of the population "
        "struggles with food shortages.",
        korea,
    )
    assert attribution.holders == ("other",)
    assert attribution.evidence[0].speaker == "World Food Program"


def test_an_opinion_piece_is_known_by_the_label_its_text_opens_with():
    """The Washington Times files columns under /news/ and labels them in the text."""
    from briefer.attribute import is_opinion

    column = Article(
        "x",
        "",
        "We should relish Trump's successful meeting with Kim",
        ("ANALYSIS/OPINION:", "This week was a very good week for peace in the Pacific."),
        url="https://www.washingtontimes.com/news/2018/jun/13/we-should-relish/",
    )
    report = Article(
        "y",
        "",
        "Kim Jong Un finally appears serious",
        ("ANALYSIS:", "North and South Korea agreed on Friday to end the war."),
        url="https://www.washingtontimes.com/news/2018/apr/27/kim-jong-un/",
    )
    assert is_opinion(column)
    assert not is_opinion(report)  # news analysis is not an opinion piece


def test_an_opinion_piece_is_known_by_its_source_label():
    """AllSides files outside authors' op-eds under 'Guest Writer - Right' (allsides_korea
    oV22XySOc5pzSCD1, at spectator.org, with neither label nor address to tell)."""
    from briefer.attribute import is_opinion

    def article(source: str) -> Article:
        return Article(
            "x",
            "",
            "Time for a Grand Bargain Over North Korea",
            ("Within a year, North Korea will have operational missiles.",),
            url="https://spectator.org/time-for-a-grand-bargain-over-north-korea/",
            source=source,
        )

    assert is_opinion(article("Guest Writer - Right"))
    assert is_opinion(article("Fox News Opinion"))
    assert not is_opinion(article("Reuters"))


def test_a_pronoun_that_takes_the_sentences_subject_is_named_after_it(korea):
    """USA Today, 12 April 2013: 'At the hearing, Rep. Doug Lamborn, R-Colo., read aloud
    what he said …' had the speaker line of the outside voice before it ('The analysis')."""
    article = Article(
        "x",
        "",
        "t",
        (
            "“The assessment is wrong,” said the analysis chief Mike Smith.",
            "At the hearing, Rep. Doug Lamborn, R-Colo., read aloud what he said was an "
            "unclassified paragraph from a secret Defense Intelligence Agency report.",
        ),
    )
    attributions = attribute_sentences(split_article(article), korea)
    assert [e.speaker for e in attributions[-1].evidence] == ["Doug Lamborn"]


def test_the_president_is_who_the_article_titles_so_not_the_first_name_before(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "President Trump on Wednesday seemed to cast aside the idea of working with China.",
            "Despite suggesting a day earlier that China could put a heavy move on Pyongyang, "
            "the president on Wednesday highlighted trade between North Korea and China in "
            "suggesting the two countries are too close.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders[-1] == ("us",)


def test_surname_of_a_listed_official_is_that_official(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "Mattis’s counterpart, Defense Minister Song Young-moo, dismissed the idea.",
            "But the alliance had the ability to respond, Song added.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders == [("rok",), ("rok",)]


def test_he_means_the_last_person_not_the_last_country(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "Trump has lowered expectations for the summit, saying he is in no rush.",
            "North Korea last tested a missile in November.",
            "He said Monday he expected a tremendous summit.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders == [("us",), ("dprk",), ("us",)]


def test_members_of_an_administration_speak_for_it(korea):
    text = (
        "Members of Trump's administration – including Dan Coats, the director of national "
        "intelligence – have said Kim views his nuclear arsenal as a guarantee."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sunday’s KCNA report cited Moon as saying inter-Korean relations should be mended.",
            ("rok",),
        ),
        (
            "However, South Korea’s main opposition party warned that any talks would fail.",
            ("other",),
        ),
    ],
)
def test_cited_speakers_and_opposition(korea, text, expected):
    assert attribute_text(text, compile_matcher(korea)).holders == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trailing report relays the stance its content opens with
        (
            "North Korean leader Kim Jong Un plans to invite experts when the country shuts its "
            "test "
            "site in May, Seoul officials said.",
            ("dprk",),
        ),
        # a relative clause's cue does not hide the main subject; 'on Twitter' is no person
        (
            "Trump, who called the chat “a long and very good talk” on Twitter, said his summit "
            "with "
            "Kim would take place soon.",
            ("us",),
        ),
    ],
)
def test_relays_and_relative_clauses(korea, text, expected):
    assert attribute_text(text, compile_matcher(korea)).holders == expected


def test_he_after_an_envoy_of_an_outside_state_is_that_envoy(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "Trump has vowed to prevent North Korea from hitting the United States.",
            "Russia’s deputy U.N. envoy said on Wednesday that military force should not be used.",
            "He also said that attempts to strangle North Korea economically were unacceptable.",
            "“It worked far better than expected,” said missile expert John Schilling.",
            "It would now take a year or two, he added.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders[1:] == [("other",), ("other",), ("other",), ("other",)]


def test_participle_after_a_comma_shares_the_main_subject(korea):
    text = (
        "North Korea said on Sunday its pledge was not the result of U.S.-led sanctions, "
        "warning the United States not to mislead public opinion."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("dprk",)


def test_relative_clause_head_and_media_pronouns(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "Trump, who is spending a long weekend in Palm Beach, Florida, tweeted on Sunday: "
            "“Obviously I didn’t say that.”",
            "The Wall Street Journal released its own audio that it said backed up its version.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders == [("us",), ()]


def test_participle_clause_head_is_the_subject(korea):
    text = (
        "Trump, answering questions from reporters at Camp David, Maryland, expressed a "
        "willingness to talk to Kim."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“The type of missile is still being assessed,” said Cmdr. Dave Benham, a spokesman "
            "for "
            "U.S. Pacific Command.",
            ("us",),
        ),
        (
            "Alexandra Bell, who worked on arms control issues for the Obama administration, said "
            "that the test may have failed.",
            ("other",),
        ),
    ],
)
def test_names_we_do_not_know_with_their_employer(korea, text, expected):
    assert attribute_text(text, compile_matcher(korea)).holders == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # outside voices assess; they relay nothing
        (
            "“In the past, North Korea resisted U.S. requests to visit the test site,” said David "
            "Albright from the Institute for Science and International Security.",
            ("other",),
        ),
        (
            "That may be the reason North Korea is willing to dismantle the site, said Robert "
            "Kelley, "
            "a former inspector.",
            ("other",),
        ),
        (
            "The United States may push for the agency to conduct the inspections, said Kelley, "
            "who "
            "is now a distinguished associate.",
            ("other",),
        ),
        # a relative clause's names are not the subject; 'where …' is background
        (
            "The IAEA, which in the past has inspected North Korea’s Yongbyon complex, has said "
            "in a "
            "statement that it stands ready to play a role.",
            ("other",),
        ),
        (
            "Other experts said a simple closure of the site, where North Korea has conducted all "
            "six "
            "of its tests, was more likely.",
            ("other",),
        ),
    ],
)
def test_outside_voices_relay_nothing(korea, text, expected):
    assert attribute_text(text, compile_matcher(korea)).holders == expected


def test_they_said_after_content_refers_back(korea):
    article = Article(
        "x",
        "",
        "t",
        (
            "Experts said this suggests a new openness on Pyongyang’s part.",
            "It also raised the possibility that Pyongyang would allow verification, they said.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders == [("other",), ("other",)]


def test_a_quotation_left_open_does_not_run_into_the_next_paragraph(korea):
    from briefer.pipeline import prepare_article
    from briefer.read import read_paths

    from .conftest import shared

    path = shared("keypositions/clusters/allsides-kr-2017-08-07/8AKvjksxxhYkQoJG.jsonl")
    sentences, attributions = prepare_article(read_paths((str(path),)).articles[0], korea, "pysbd")
    # '“It was a gut-punch …,” Haley told Dana Perino Monday on “The Story," …' leaves a
    # curly quotation mark unclosed; the next paragraph is the reporter's, not Haley's
    vote = next(i for i, s in enumerate(sentences) if "voted unanimously" in s.text)
    assert sentences[vote].paragraph != sentences[vote - 1].paragraph
    assert attributions[vote - 1].holders == ("us",)
    assert "quote continuation" not in {e.cue for e in attributions[vote].evidence}


def test_a_cleft_opening_is_not_part_of_the_speakers_name(korea):
    text = (
        "That’s when North Korea told U.S. officials that it had been running a secret "
        "nuclear weapons development program."
    )
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert (evidence.holder, evidence.mention) == ("dprk", "North Korea")


def test_a_passive_naming_is_not_a_speech_cue(korea):
    matcher = compile_matcher(korea)
    assert attribute_text("It was called the agreed framework.", matcher).holders == ()
    assert attribute_text("North Korea called it a gangster-like demand.", matcher).holders == (
        "dprk",
    )


@pytest.mark.parametrize(
    "text",
    [
        "U.S. missile specialist John Schilling told Reuters the test was a success.",
        "U.S. analyst John Doe told Reuters the missile could reach Alaska.",
        "Many North Korea watchers believed the regime was years away from achieving it.",
    ],
)
def test_an_outside_expert_of_an_actors_nationality_is_an_outside_voice(text, korea):
    assert attribute_text(text, compile_matcher(korea)).holders == ("other",)


def test_an_initial_does_not_end_the_name_after_an_inverted_cue(korea):
    # 'said South Korean and U.S. intelligence were determining …' opens the content: the
    # full stop of 'U.S.' is no end of a speaker's name after 'said'
    text = (
        "Cho Han Gyu, director of operations at South Korea’s joint chiefs of staff, said "
        "South Korean and U.S. intelligence were determining whether the missile was an ICBM."
    )
    attribution = attribute_text(text, compile_matcher(korea))
    assert "us" not in attribution.holders
    assert all(e.mention != "South Korean" for e in attribution.evidence)
    inverted = '"The talks will resume," said U.S. envoy Stephen Biegun.'
    assert attribute_text(inverted, compile_matcher(korea)).holders == ("us",)


def test_a_writers_question_holds_no_position_but_a_quoted_one_does(korea):
    from briefer.pipeline import prepare_article

    articles = {
        a.id: a for a in read_paths((str(shared("korea_articles/allsides_korea.jsonl")),)).articles
    }

    def holders(article_id: str, text: str) -> tuple[str, ...]:
        sentences, found = prepare_article(articles[article_id], korea, "pysbd")
        return next(a.holders for s, a in zip(sentences, found, strict=True) if s.text == text)

    # a Q&A explainer's subheads ask; the answers below them hold the positions
    assert holders("PYDLniZJdOnqdxIl", "What does China say?") == ()
    assert holders("PYDLniZJdOnqdxIl", "How has the South responded?") == ()
    # the second sentence of Trump's quoted tweet is still his
    tweet = "Does this guy have anything better to do with his life?"
    assert holders("IGR9EePPR9F2E6tL", tweet) == ("us",)


@pytest.mark.parametrize(
    "text, holders, mention",
    [
        # 'said Mexico must …', 'said: “…': what follows the cue is its content
        (
            "Arturo Sarukhan, Mexico's ambassador to the United States from 2007 to 2013, said "
            "Mexico must rebut Trump's claims.",
            ("other",),
            "Arturo Sarukhan",
        ),
        (
            "In a statement, her senior policy adviser, Jake Sullivan, said: “Moon Jae-in "
            "believes that cooperation is essential.”",
            ("us",),
            "Jake Sullivan",
        ),
        # 'said of X': a phrase of its own, not the speaker
        (
            "“They are open to new things,” Jenna Golden, a director at Twitter, said of "
            "Moon’s campaign.",
            ("other",),
            "Jenna Golden",
        ),
    ],
)
def test_content_after_a_cue_names_no_inverted_speaker(korea, text, holders, mention):
    attribution = attribute_text(text, compile_matcher(korea))
    assert attribution.holders == holders
    assert [e.mention for e in attribution.evidence] == [mention]


def test_three_typewriter_quotes_close_the_single_quotation_first(korea):
    # '' … 'old-school,''' said X: the first mark closes 'old-school', the last two the quote
    text = "''I would use the word 'old-school,''' said Gregory W. Slayton, a former envoy."
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert evidence.mention == "Gregory W. Slayton"


def test_a_cue_after_who_is_said_by_the_phrase_before_it(korea):
    from briefer.attribute import speech_acts

    # no name before 'who': the phrase is the antecedent, not the clause's subject
    text = "Moon endured a lecture from the Mexican president, who said that trade helped."
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert (evidence.holder, evidence.mention) == ("other", "the Mexican president")
    # PolNeAR marks the pronoun as the Source: its span is reported beside the antecedent's
    text = "Barkley, who said he votes for Democrats, likes Kasich."
    (act,) = speech_acts(split_article(Article("x", "", "", (text,))), korea)
    assert sorted(text[s:e] for s, e in act.speakers) == ["Barkley", "who"]


def test_a_role_word_with_a_name_after_its_noun_is_one_mention(korea):
    # the role word alone ('former', 'campaign') is no speaker when a name follows its noun
    text = "Clinton campaign manager Robby Mook said the talks with Pyongyang would fail."
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert evidence.mention == "campaign manager Robby Mook"
    text = "GOP presidential contender and former neurosurgeon Ben Carson said the talks failed."
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert evidence.mention == "former neurosurgeon Ben Carson"


def test_a_name_set_off_by_a_prepositional_phrase_is_the_subject(korea):
    text = (
        "President Trump, at the start of his meeting Saturday in Germany with Chinese "
        "President Xi Jinping, called the Asian nation a “great trading partner”."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


@pytest.mark.parametrize(
    "text, holders",
    [
        ("Legal observers note that the talks will fail.", ("other",)),
        ("Congressional sources claim that the silos were never needed.", ("other",)),
        # the nouns stay nouns: no verb of 'North Korea' (its claim with its content is
        # its own speech act, lexicon.SPEECH_NOUN_THAT, round 21)
        ("North Korea's claim that the test succeeded was disputed by Seoul.", ("dprk",)),
    ],
)
def test_note_and_claim_report_after_a_plural_subject(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (  # CNN, 14 May 2017: a title of four words between the cue and the name
            "“Let this latest provocation serve as a call for all nations to implement far "
            "stronger sanctions against North Korea,” said the statement from White House "
            "press secretary Sean Spicer.",
            ("us",),
        ),
        (  # USA Today, 12 April 2013: the verb of naming with a possessive object
            "South Korean Foreign Minister Yun Byung-se called Pyongyang's threats a “grave "
            "provocation” to the entire international community.",
            ("rok",),
        ),
        (  # Fox, 12 April 2013: the conjunct is the ally's minister
            "Kerry and his South Korean counterpart said in a joint press conference Friday "
            "that North Korea will gain nothing by threatening tests of its missiles.",
            ("us", "rok"),
        ),
        (  # Washington Post, 16 May 2018: the appositive names the employer
            "Colonel Rob Manning, a U.S. Defense Department spokesman, said in a statement "
            "that the exercises now underway are annual drills.",
            ("us",),
        ),
        (  # CNN, 16 May 2018: the same, after an inverted verb
            "“The defensive nature of these combined exercises has been clear for many "
            "decades and has not changed,” said Army Col. Robert Manning, a Pentagon spokesman.",
            ("us",),
        ),
        (  # a portfolio is no employer
            "Laura Rosenberger, the National Security Council director for Korea and China "
            "under the Obama administration, pointed out that the test was a setback.",
            ("other",),
        ),
        (  # USA Today, 12 April 2013: the source's phrase is no quotation before the verb
            "According to U.S. officials, North Korea warned that Tokyo would, in the event "
            "of a war, be the first target.",
            ("dprk",),
        ),
        (  # CNN, 10 June 2018: the speaker's own view of another actor, in the first person
            "“I feel that Kim Jong Un wants to do something great for his people, and he has "
            "that opportunity,” Trump said.",
            ("us",),
        ),
        (  # AP, 4 April 2013: border authorities act for the state, unlike 'border' alone
            "For a second day Thursday, North Korean border authorities denied entry to South "
            "Koreans who manage jointly run factories in Kaesong.",
            ("dprk",),
        ),
        (  # BBC, 2017: unnamed state media is a medium that relays, not an outside voice
            "North Korean leader Kim Jong-un said the test proved that the entire US was "
            "within striking range, state media reported.",
            ("dprk",),
        ),
    ],
)
def test_speakers_the_held_out_days_missed(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_a_role_noun_means_the_title_the_article_gave_it(korea):
    """Fox, 12 April 2013 and CNN, 14 May 2017: 'the secretary', 'the President' name the
    article's Secretary of State and President, not an outside voice."""
    article = Article(
        "x",
        "",
        "t",
        (
            "Secretary of State John Kerry warned North Korea on Friday.",
            "“A launch would be a mistake,” the secretary said.",
            "South Korean President Moon Jae-in met his aides on Sunday.",
            "Talks are possible only if North Korea changes its attitude, the President told "
            "reporters.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders[1] == ("us",)
    assert holders[3] == ("rok",)


def test_the_foreign_minister_is_the_one_the_article_titled(korea):
    """Fox, 23 September 2017: 'The foreign minister also said …' after 'North Korean
    Foreign Minister Ri Yong-ho'."""
    article = Article(
        "x",
        "",
        "t",
        (
            "North Korean Foreign Minister Ri Yong-ho spoke at the United Nations on Saturday.",
            "The foreign minister also said Trump is a gambler.",
        ),
    )
    holders = [a.holders for a in attribute_sentences(split_article(article), korea)]
    assert holders[1] == ("dprk",)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # a name with 'The', 'for' and 'of' the template does not know (constructed)
            "The Center for the Study of Weapons of Mass Destruction, a research arm of the "
            "Pentagon's university, said the North's “striking means” are on standby.",
            "The Center for the Study of Weapons of Mass Destruction",
        ),
        (  # allsides_korea 5U7tJCIhAoq2c2L3: an appositive with an appositive of its own
            "Kim Yong-rok, an opposition lawmaker who represents Jindo, an island near where the "
            "ship sank, told CNN that modifications had made the ferry unstable.",
            "Kim Yong-rok",
        ),
    ],
)
def test_the_name_before_an_appositive_is_the_speaker(korea, text, speaker):
    (attribution,) = _attributed(text, korea)
    assert [e.mention for e in attribution.evidence] == [speaker]


def test_a_later_he_is_the_main_clauses_speaker_not_the_opening_clauses(korea):
    text = (  # allsides_korea U6iHSKFoakUNZjTQ (22 December 2014), sentences 12-15
        "As President Barack Obama again expressed disappointment in the company’s decision to "
        "withdraw the movie in the face of threats thought to originate from North Korea, "
        "Michael Lynton, the studio’s chief executive, insisted on Sunday it had “not caved” to "
        "hackers who crippled the company and that it was exploring ways to let audiences see "
        "the film. “We would still like the public to see this movie, absolutely,” he told CNN. "
        "Asked about releasing the film via YouTube, he said: “That’s certainly an option and "
        "certainly one thing we will consider.”"
    )
    sentences = split_article(Article("x", "", "", (text,)))
    first, told, said = attribute_sentences(sentences, korea)
    assert set(first.holders) == {"us", "other"}  # Obama's disappointment, Lynton's insistence
    assert told.holders == said.holders == ("other",)  # Lynton's, not Obama's


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # allsides_korea xzXyRLLn4S94AZrT, sentence 7: Reuters carries Kerry's words
            '"There is no group of leaders on the face of the planet who have more capacity to '
            "make a difference in this than the Chinese, and everybody knows it, including, I "
            'believe, them," Kerry said in Seoul, as Reuters reported.',
            ("us",),
        ),
        (  # allsides_korea ncaGzUssclx3f2BH, sentence 13: the news agency's own words
            "As The Associated Press says of North Korea's move to keep South Korean workers "
            "from getting to the jointly run factory, \"it's the latest sign of how relations "
            'have deteriorated."',
            (),
        ),
        (  # allsides_korea Qz4F0sfiC4WTotG8, sentence 0: reports that name no maker
            "The chief of North Korea's military has been executed by order of the country's "
            "leader, Kim Jong-Un, according to reports.",
            (),
        ),
        (  # allsides_korea 3u5oRKnUiZW5Lizt, sentence 50
            "According to media reports, a Chinese state-owned news outlet, likely reflecting "
            "the Chinese government's policy, warned Friday that Beijing would not come to "
            "Pyongyang's aid if it attacks the U.S. first.",
            ("china",),
        ),
    ],
)
def test_a_news_outlet_in_an_as_phrase_holds_nothing(korea, text, holders):
    """'…, as Reuters reported' is 'according to Reuters', and 'according to media reports'
    is too: non-state media never hold a position (GUIDELINES); before, Reuters was an
    outside voice beside Kerry, and so were 'reports'."""
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == holders


def test_a_quotation_a_news_outlet_carries_is_the_speakers_before_it(korea):
    """'“…,” he said, according to the BBC': the outlet carries the words of the person
    named before, as with a name ('Kerry said …, according to Reuters'); the pronoun in
    what the outlet reports used to be dropped (allsides_korea xzXyRLLn4S94AZrT 3-4,
    cUa6Fo6oTyHodSdc 9-10; there a first sentence naming Kim stands for the article's
    earlier ones)."""
    kerry = (
        "On Friday, during a visit to Seoul, Kerry said the U.S. would protect itself and its "
        "allies, and that talks in Beijing would aim to “lay out a path that will defuse this "
        "tension.”",
        "“I think it's clear to everybody in the world that no country in the world has as "
        "close a relationship or as significant an impact on [North Korea] than China,” he "
        "said, according to the BBC.",
    )
    kim = (
        "Kim Jong Un watched the parade. After the show of military might, the 30-something "
        "leader delivered 25 minutes of tough-worded remarks reiterating the United States as "
        "North Korea's chief adversary.",
        "“Through the line of Songun (military-first) politics, our Korean People’s Army has "
        "become the strongest revolutionary force,” he said, according to AP.",
    )
    for paragraphs, holder in ((kerry, "us"), (kim, "dprk")):
        sentences = split_article(Article("x", "", "", paragraphs))
        assert attribute_sentences(sentences, korea)[-1].holders == (holder,)


def test_a_subject_set_off_by_an_appositive_is_the_speaker_not_what_follows_the_verb(korea):
    """allsides_korea 9ErbxYR5cYziJ7Jl (11 February 2018), sentence 12: the speaker had been
    'the United States' after 'said', read as an inverted speaker; the speaker line said
    '— United States'. The sentence opens with its subject and an appositive."""
    text = (
        "U.S. Vice President Mike Pence, back in Washington after attending the opening of the "
        "Winter Olympics in Pyeongchang, said the United States, South Korea and Japan were in "
        "complete agreement on isolating North Korea over its nuclear weapons program."
    )
    (attribution,) = _attributed(text, korea)
    assert [(e.holder, e.speaker) for e in attribution.evidence] == [("us", "Mike Pence")]
    inverted = "Sanctions are working, argued Sen. Chris Van Hollen, a Maryland Democrat."
    (attribution,) = attribute_sentences(split_article(Article("x", "", "", (inverted,))), korea)
    assert [e.mention for e in attribution.evidence] == ["Sen. Chris Van Hollen"]


def test_where_or_when_after_an_inverted_speakers_name_is_not_part_of_it(korea):
    """allsides_korea 9ErbxYR5cYziJ7Jl, sentence 7: the speaker was 'Kim Yo Jong in a toast
    during Sunday's dinner', an outside voice, and the speaker line printed all of it."""
    text = (
        "“I never thought I would visit (the South) so suddenly and believed much would be "
        "strange and different but I saw many things that were similar or the same,” said Kim "
        "Yo Jong in a toast during Sunday’s dinner, adding she hoped to meet the “friendly "
        "faces” before her later in Pyongyang."
    )
    (attribution,) = _attributed(text, korea)
    assert [(e.holder, e.mention) for e in attribution.evidence] == [("dprk", "Kim Yo Jong")]


def test_a_stance_in_a_relative_clause_opened_by_that_is_background(korea):
    """allsides_korea 6vwO9SZMq3K0zCH7 (14 March 2013), sentence 49: '… a region that Beijing
    views as its own backyard' made the sentence China's, and the bottom line printed the
    reporter's account of the US 'shift to Asia' as China's position (analyst read of round
    9). As with 'which', the relative clause characterizes the region (GUIDELINES 4.3)."""
    text = (
        'The Obama administration has already committed to a strategic "shift to Asia," and '
        "Pyongyang's shadow boxing has only strengthened its hand in a region that Beijing views "
        "as its own backyard."
    )
    (attribution,) = _attributed(text, korea)
    assert "china" not in attribution.holders


def _article_holders(korea, *paragraphs):
    """The holders of each sentence of an article made of these paragraphs."""
    article = Article("x", "", "t", paragraphs)
    return [a.holders for a in attribute_sentences(split_article(article), korea)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lavrov called it “unacceptable,” adding", True),
        ("Lavrov called it unacceptable, adding", True),
        ("Lavrov called it “unacceptable” adding", False),
    ],
)
def test_a_comma_inside_a_closing_quotation_mark_is_a_comma_before_a_participle(text, expected):
    from briefer.cuefilters import after_comma

    assert after_comma(text, text.rindex("adding")) is expected


def test_a_determiner_phrase_after_an_inverted_said_is_its_speaker(korea):
    """PolNeAR: '…, and the meeting deteriorated from there, said one GOP source in the
    room.' named the clause before the comma as the speaker."""
    from briefer.attribute import attribute_text

    text = "The talks deteriorated from there, said one GOP source in the room."
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert evidence.mention == "one GOP source in the room"
    text = "The talks stalled, said the envoy's deputy, who declined to be named."
    (evidence,) = attribute_text(text, compile_matcher(korea)).evidence
    assert evidence.mention != "The talks stalled"


def _sources(korea, text: str, cue: str | None = None) -> list[list[str]]:
    """The speaker spans (PolNeAR's Sources) of each speech act of a one-paragraph text, of
    the acts whose cue is ``cue`` when given."""
    acts = speech_acts(split_article(Article("x", "", "", (text,))), korea)
    return [[text[s:e] for s, e in a.speakers] for a in acts if cue is None or a.cue_text == cue]


def _holders_of_last(korea, *paragraphs: str) -> tuple[str, ...]:
    """The holders of the last sentence of an article of these paragraphs."""
    sentences = split_article(Article("x", "", "", paragraphs))
    return attribute_sentences(sentences, korea)[-1].holders


def test_a_quotation_that_runs_on_to_the_next_paragraph_keeps_its_speaker(korea):
    # BBC, 28 February 2019: the second paragraph's quotation opens and never closes, and
    # its 'I can tell you' is Trump's, not a cue of an 'I' outside quotation marks
    paragraphs = (
        "President Trump has not ruled out friendly relations with North Korea.",
        "Asked at a news conference in Vietnam if he could see himself being friends with Mr"
        " Kim, the president said: \"That might be a strange thing to happen but it's a"
        " possibility.",
        '"If it did happen it could be a good thing I can tell you for North Korea, but it'
        " could also be good for a lot of other places and be good for the rest the world.",
        "\"It could be something that could happen. I don't know if it will but it would be"
        ' very, very nice."',
    )
    assert _article_holders(korea, *paragraphs)[-3:] == [("us",), ("us",), ("us",)]


def test_straight_quotation_marks_left_open_carry_the_speaker_on(korea):
    # Fox News, 5 July 2017: Haley's quotation, in straight marks, is left open by the
    # sentence of 'she continued' and goes on in the next
    paragraphs = (
        "United States Ambassador to the United Nations Nikki Haley warned that North Korea"
        " would be in danger of military retaliation if it continued its aggressive acts.",
        "\"Make no mistake, North Korea's launch of an ICBM is a clear and sharp military"
        ' escalation," she said in a fiery speech before the United Nations Wednesday.',
        '"In truth," she continued, "it is not only the United States and our allies that are'
        " threatened. North Korea's destabilizing escalation is a threat to all nations in the"
        " region and beyond. Their actions are quickly closing off the possibility of a"
        " diplomatic solution. The United States is prepared to use the full range of our"
        " capabilities to defend ourselves and our allies.",
    )
    # every sentence to the paragraph's end is still inside her quotation
    assert _article_holders(korea, *paragraphs)[-3:] == [("us",), ("us",), ("us",)]


def test_a_speaker_named_inside_an_open_quotation_ends_the_carry(korea):
    # Townhall, 10 June 2018: a block quotation from another paper, opened and never closed;
    # once a sentence inside it names a speaker of its own, whose words follow is unknown
    paragraphs = (
        "The communist country has also signified economic reform.",
        '"North Korean leader Kim Jong Un may allow a "Western hamburger franchise" into the'
        " country, according to an intelligence report. That follows remarks by South Korean"
        " adviser Chung-in Moon in late April, who said that North Korea might be interested"
        " in welcoming a McDonald's as tensions ease. Compared to the threat of nuclear war,"
        " of course, a Pyongyang McDonald's seems like small fries.",
    )
    assert _article_holders(korea, *paragraphs)[-1] == ()


def test_the_writers_i_is_the_source_of_its_speech_act_but_a_quoted_i_is_not(korea):
    # PolNeAR: a columnist's 'I' outside quotation marks is the Source of 'said', 'told'
    assert _sources(korea, "“I am not shy,” I said.") == [["I"]]
    assert _sources(korea, "I told Megyn Kelly that the government tried to put me away.") == [
        ["I"]
    ]
    # inside a quotation, opened in this sentence and never closed, 'I' is the speaker's
    assert _sources(korea, "And Mr. Christie gloated: ''I told you he wouldn't be ready.") == []
    # and the writer holds no position in a brief
    attribution = attribute_text("I told Megyn Kelly that Pyongyang lied.", compile_matcher(korea))
    assert attribution.holders == ()


def test_an_opening_weekday_or_adverb_is_no_speaker(korea):
    # PolNeAR train: the speaker came out as 'Monday' and 'Significantly'
    for text, speaker in [
        ("Monday, BuzzFeed announced it had pulled out of an advertising agreement.", "BuzzFeed"),
        ("Significantly, the judge said he could not require me to pay restitution.", "the judge"),
    ]:
        assert _sources(korea, text)[0] == [speaker]


def test_a_name_that_closes_the_sentence_speaks_after_a_relative_clause(korea):
    # PolNeAR train: the head of the relative clause ('Sen. Darren Soto', 'Republicans') spoke
    for text, speaker in [
        (
            "He promised to defeat Randolph and state Sen. Darren Soto thanks to the Grayson "
            "name, which is well known in the district, Frankel said.",
            "Frankel",
        ),
        (
            "Still Republicans could use the program as a reason to go after the EPA, which is "
            "increasingly unpopular in rural America due to new water rules, Doggett said.",
            "Doggett",
        ),
    ]:
        assert _sources(korea, text, "said") == [[speaker]]


@pytest.mark.parametrize(
    "text, holders",
    [
        # AP, 21 October 2014; the US president's 'nuclear button' tweet, 2 January 2018
        (
            "White House spokesman Josh Earnest credited Sweden for the “tireless efforts of "
            "their embassy in Pyongyang” in helping to facilitate the release.",
            ("us",),
        ),
        (
            "On Tuesday night, the US president boasted that his nuclear button was “much "
            "bigger” and “more powerful” than the North Korean leader's.",
            ("us",),
        ),
        (
            "During a surprise visit to South Korea last week, three senior North Korean "
            "leaders assured their South Korean counterparts that Kim was healthy.",
            ("dprk",),
        ),
        (
            "The delegations held a moment of silence, then Park thanked Obama for the gesture.",
            ("rok",),
        ),
    ],
)
def test_verbs_of_praise_boast_and_assurance_are_cues(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [  # Korea corpus sentences a recall audit found with no holder
        (
            "During an interview with CBS’s John Dickerson on April 30, Trump didn’t rule out a "
            "military strike on North Korea if it tested a nuclear weapon.",
            ("us",),
        ),
        (
            "Hours before flying to Vietnam for another face-to-face meeting with North Korean "
            "leader Kim Jong Un, President Donald Trump raised the possibility that the reclusive "
            "state could reap economic benefits from working with the United States.",
            ("us",),
        ),
        (
            "Although Pyongyang sneered a bit at Seoul’s call for renewed talks, they didn’t "
            "reject the idea, either.",
            ("dprk",),
        ),
        (
            "Nonetheless, North Korea has indicated that its tests are meant to emphasize its "
            "displeasure over planned U.S.-South Korea military exercises.",
            ("dprk",),
        ),
        (  # Christian Science Monitor, 11 April 2013: the DIA is the United States'
            "The results of a classified Defense Intelligence Agency report indicate that "
            "“North Korea now has nuclear weapons capable of delivery by ballistic missiles.”",
            ("us",),
        ),
        (  # a stance told by a linking verb and an adjective (round 20's recall audit)
            "Whether the unpredictable North Korean leader will follow through remains "
            "unclear, but Trump sounded optimistic as he left the summit.",
            ("us",),
        ),
        (  # a progressive 'expressing' (round 20's recall audit)
            "But some Republican lawmakers are expressing caution on North Korea amid the "
            "country’s past threats to the United States.",
            ("other",),
        ),
        (  # a progressive 'calling on' (the participle alone shares a subject: not a cue)
            "Kerry said in Beijing at the weekend that the United States and China are calling "
            "on North Korea to refrain from any provocative steps.",
            ("us", "china"),
        ),
        (  # a progressive 'proposing' (round 21's recall audit)
            "In a joint statement, China and Russia are proposing that the North agree to "
            "suspend its ballistic missile testing program.",
            ("china", "other"),
        ),
        (  # 'pointed to' (round 21's recall audit; 'points to' is mostly a noun: left out)
            "Skeptics have pointed to past overtures by the Kim regime and the leader’s "
            "potential desire to ease economic sanctions.",
            ("other",),
        ),
        (  # 'commended' (round 21's recall audit)
            "Two influential Republicans commended the White House on separate news talk shows "
            "Sunday.",
            ("other",),
        ),
    ],
)
def test_keeping_an_option_open_and_raising_a_possibility_are_cues(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_an_official_named_after_a_title_speaks_for_its_actor_later(korea):
    # Fox News, 12 December 2012: Vietor's title comes where he speaks inside a relative
    # clause, so no cue of his named him; 'Vietor said' must still be the White House's
    paragraphs = (
        "The White House condemned what National Security Council spokesman Tommy Vietor "
        "called “yet another example of North Korea's pattern of irresponsible behavior.”",
        "“The United States remains vigilant in the face of North Korean provocations,” "
        "Vietor said in a statement.",
    )
    assert _holders_of_last(korea, *paragraphs) == ("us",)


def test_with_a_named_speaker_before_a_participle_gives_the_speaker(korea):
    # AP, 6 January 2016: the clause before the comma is no speaker of 'saying'
    text = (
        "The United States doesn't think so, with White House spokesman Josh Earnest "
        "saying, “The initial analysis is not consistent with the North Korean claims.”"
    )
    attribution = attribute_text(text, compile_matcher(korea))
    assert attribution.holders == ("us",)


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # PolNeAR: the plain phrase before 'asked'; the cue's auxiliaries are no part of it
        (
            "Ruth Marcus, editorial board editor for The Washington Post, asked Mook if a "
            "Clinton administration would continue to decline press conferences.",
            "asked",
            "Ruth Marcus",
        ),
        (
            "Cruz has long said that he qualifies as a natural-born citizen because his "
            "mother was born in Delaware.",
            "said",
            "Cruz",
        ),
        # PolNeAR: a contracted negative is an auxiliary too
        ("Kadzik wouldn’t say.", "say", "Kadzik"),
        # PolNeAR: after a long appositive, the words after '…, also said' are what was said
        (
            "RoseAnn DeMoro, executive director of National Nurses United, a union that has "
            "endorsed Mr. Sanders and that has been busing its members across the country to "
            "campaign for him, also said her group planned to take part in demonstrations.",
            "also said",
            None,
        ),
        # a clause before the cue is no speaker: the name it ends on, or none
        (
            "Thursday’s walk-ins were the third time AROS said it had set up such an event.",
            "said",
            "AROS",
        ),
        ("Here are some of the major tests reported last year alone:", "reported", None),
    ],
)
def test_a_plain_phrase_before_a_cue_is_its_speaker_unless_it_is_a_clause(
    korea, text, cue, speaker
):
    assert _sources(korea, text, cue) == ([[speaker]] if speaker else [])


def test_a_cue_after_a_relative_clause_with_a_cue_of_its_own_has_the_head_as_speaker(korea):
    # PolNeAR train: 'endorsed' inside the relative clause had become the floor of 'told'
    text = (
        "“I don't think that superdelegates ought to sway the election,” Warren, who has not "
        "endorsed a candidate, told reporters in Massachusetts."
    )
    assert _sources(korea, text, "told") == [["Warren"]]
    # 'which' and dashes close the clause as 'who' and commas do ('…, which endorsed …, said')
    text = (
        "North Korea, which has conducted dozens of missile tests in defiance of U.N. "
        "resolutions, says the program is necessary to counter U.S. aggression."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("dprk",)


@pytest.mark.parametrize(
    "text, holders",
    [
        # Washington Times, 15 May 2018; NPR, 7 October 2018
        (
            "“The defensive nature of these combined exercises has been clear for many decades "
            "and has not changed,” said Defense Department spokesman Col. Rob Manning.",
            ("us",),
        ),
        (
            "A U.S. official who accompanied Pompeo on the trip, and spoke to Fox News on the "
            "condition of anonymity, said the Sunday meeting was “better than the last time.”",
            ("us",),
        ),
        # a former official, and a phrase naming two actors, stay outside voices
        (
            "The talks will fail, said a former U.S. official familiar with the matter.",
            ("other",),
        ),
    ],
)
def test_a_speaker_phrase_with_an_actors_role_speaks_for_the_actor(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # Korea dev (3aqb 19, gold us), and AP, 4 April 2013: the clause before the trigger
        # is no speaker; the actor named after 'after' reports
        (
            "The North's announcement comes days after Washington announced that the historic "
            "summit between Kim and Trump will be held June 12 in Singapore.",
            ("us",),
        ),
        (
            "The Kaesong move came a day after the North announced it would restart its "
            "long-shuttered plutonium reactor.",
            ("dprk",),
        ),
    ],
)
def test_a_report_after_a_clause_that_came_after_it_is_the_named_actors(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_a_name_after_a_role_that_points_back_speaks_for_the_roles_holder(korea):
    # New York Times, 27 April 2017
    paragraphs = (
        "Moon Jae-in, the leading candidate, seized on the remarks and, through a spokesman, "
        "called for a halt to the deployment.",
        "“We must consider whether it conforms to the spirit of the alliance,” the spokesman, "
        "Youn Kwan-suk, said on Friday.",
    )
    assert _holders_of_last(korea, *paragraphs) == ("rok",)


def test_the_progressive_is_telling_is_a_cue(korea):
    # AP's campaign live blog (PolNeAR train) and a Korea-corpus column
    text = (
        "Trump is telling a town hall in Salem that waterboarding is “peanuts,” compared to "
        "what Islamic State militants are doing."
    )
    assert _sources(korea, text) == [["Trump"]]
    text = "Even the Chinese, the only friend Pyongyang has, are telling him to put a sock in it."
    assert attribute_text(text, compile_matcher(korea)).holders == ("china",)


def test_an_opening_quotation_mark_typed_to_close_a_quotation_closes_it(korea):
    # PolNeAR train: '“It's unusual,“ said …' — the second mark closes the quotation
    text = "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center."
    assert _sources(korea, text) == [["Larry Noble"]]
    # a mark that opens a quotation after a comma is left alone
    assert normalize("He said,“ We will respond.”") == "He said,“ We will respond.”"


def test_a_phrase_ending_on_and_is_no_speaker_the_first_speaker_goes_on(korea):
    # PolNeAR dev: 'sponsored by NBC News and' was the speaker of 'said'
    text = (
        "Clinton, the former secretary of State, stressed her support of the 2011 raid that "
        'killed 9/11 plotter Osama bin Laden during a "Commander-in-Chief Forum" sponsored by '
        "NBC News and said she has the essential quality for the job of president."
    )
    assert _sources(korea, text, "said") == [["Clinton"]]


def test_a_country_named_with_the_is_no_person_a_later_he_could_mean(korea):
    # Fox News, 3 June 2017: 'he' is Mattis, not 'the North' of the question put to him
    paragraphs = (
        "Mattis called North Korea an “urgent military threat.”",
        "In a question-and-answer session with his audience, he was asked whether the U.S. "
        "might attack the North pre-emptively and without warning South Korea in advance.",
        "“We're working diplomatically, economically, we're trying to exhaust all possible "
        "alternatives,” he said.",
    )
    assert _holders_of_last(korea, *paragraphs) == ("us",)


def test_a_name_before_a_bare_role_apposition_speaks(korea):
    # New York Times, 13 December 2012: 'chairman of …' opens the apposition without 'the'
    paragraphs = (
        "Riki Ellison, chairman of the Missile Defense Advocacy Alliance, a private group in "
        "Washington, called the North Korean satellite launching “a fundamental breakthrough.”",
        "“This is a resounding achievement,” he said Wednesday in a statement.",
    )
    assert _holders_of_last(korea, *paragraphs) == ("other",)
    assert _holders_of_last(korea, paragraphs[0]) == ("other",)


def test_campaign_before_what_it_modifies_is_no_speaker(korea):
    # PolNeAR train: 'campaign' of 'a campaign rally' spoke instead of Rubio
    text = (
        "At a campaign rally Monday morning, Trump’s GOP primary rival Sen. Marco Rubio "
        "(R-Fla.) said Trump is “unelectable now.”"
    )
    assert _sources(korea, text, "said") == [["GOP primary rival Sen. Marco Rubio"]]


def test_a_report_verb_in_the_infinitive_is_a_cue_only_after_a_deed_or_going_on(korea):
    # the purpose of a deed done, or a report that goes on: the subject's speech act
    assert _sources(korea, "Trump took to Twitter to complain that China did nothing.") == [
        ["Trump"]
    ]
    assert _sources(korea, "Kerry continued to insist that the talks would go on.") == [["Kerry"]]
    assert _sources(korea, "Ham went on to explain how cuts left his hands tied.") == [["Ham"]]
    # an intent, an expectation, a feeling or a noun before 'to': nobody has spoken yet
    for text in (
        "Trump is expected to announce new sanctions on North Korea.",
        "A campaign aide said Clinton misspoke and intended to say something else.",
        "His eyes gleamed, as if to say he had won.",
        "The president rebuffed a call from his commission to declare an emergency.",
        "I'm thrilled to announce my running mate.",
    ):
        assert not any(
            a.cue_text in ("announce", "say", "declare")
            for a in speech_acts(split_article(Article("x", "", "", (text,))), korea)
        ), text


def test_a_name_before_its_appositive_is_the_subject_after_but_and_before_a_second_name(korea):
    # PolNeAR: 'But' opening the sentence, and an appositive that ends on a name of its own
    text = "But Mr. Guerrero, a Republican who described himself as a Catholic, said he recoiled."
    assert _sources(korea, text, "said") == [["Mr. Guerrero"]]
    text = (
        "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, "
        "L'Osservatore Romano, said every pope was political."
    )
    assert _sources(korea, text, "said") == [["Giovanni Maria Vian"]]


def test_a_report_told_in_a_time_clause_keeps_its_speaker_but_a_condition_does_not(korea):
    text = (
        "Mr. Xi appeared to be speaking of North Korea when he said that no one should be "
        "allowed to throw the region into chaos."
    )
    assert _holders_of_last(korea, text) == ("china",)
    text = "Trump's remarks came shortly before South Korea's presidency announced new talks."
    assert _holders_of_last(korea, text) == ("rok",)
    # a time clause before the cue, set off by a comma, is not the cue's clause
    text = (
        "“There is skepticism,” Joseph DeTrani, a former official who served as envoy to talks "
        "with Pyongyang before they broke down in 2009, told reporters on Sunday."
    )
    assert "us" not in _holders_of_last(korea, text)
    # a condition still reports no stance
    text = "The talks will collapse if Washington withdrew its offer, the paper said."
    assert _holders_of_last(korea, text) == ()


def test_a_plural_say_after_a_comma_is_inverted_and_where_keeps_its_speaker(korea):
    text = (
        "Unlike his father Kim Jong Il, who had more than 15 years to prepare for stepping into "
        "the shoes of his father Kim Il Sung, the current leader Kim Jong Un, 30, is "
        "ill-prepared for his role, and rushing to deepen his power base, say analysts."
    )
    assert _holders_of_last(korea, text) == ("other",)
    text = (
        "It could reach as far as Guam, a Western Pacific territory that is home to U.S. naval "
        "and air bases, and where the United States recently said it was deploying more "
        "bombers."
    )
    assert _holders_of_last(korea, text) == ("us",)


def test_a_subject_after_a_relative_clause_is_its_own_not_the_relative_clauses_head(korea):
    text = (
        "Kim Jong Un wants to stop the drills that threaten the North, which are more likely to "
        "resume in March, the lawsuit says."
    )
    assert _sources(korea, text, "says") == [["the lawsuit"]]
    text = "Trump, spending the weekend in Palm Beach, Florida, tweeted that the talks went well."
    assert _sources(korea, text) == [["Trump"]]


def test_after_or_before_a_subject_that_says_or_agrees_opens_a_clause_of_its_own(korea):
    # Korea dev gold holds 'after the country agreed to …' as North Korea's, beside the
    # main clause's doer (3aqb 39: 'The administration of George W. Bush removed North Korea
    # from the list … after the country agreed …' -> us, dprk)
    text = (
        "Japan lifted some sanctions on North Korea in July 2014 after Pyongyang agreed to "
        "reopen an investigation into the fate of abducted Japanese citizens."
    )
    assert _holders_of_last(korea, text) == ("other", "dprk")
    text = (
        "Trump left Singapore after the two leaders signed a document stating Pyongyang would "
        "work toward complete denuclearization."
    )
    assert set(_holders_of_last(korea, text)) == {"us", "dprk"}
    # a deed after which the main clause's holder acts is its explicit trigger (GUIDELINES
    # 4.3); with no holder of its own the sentence stays background
    text = "Seoul raised its alert level after Pyongyang fired two missiles on Sunday."
    assert _holders_of_last(korea, text) == ("rok", "dprk")
    text = "The alert level was raised after Pyongyang fired two missiles on Sunday."
    assert _holders_of_last(korea, text) == ()


def test_a_contracted_has_is_no_possessive_and_declares_and_clarified_are_cues(korea):
    assert _sources(korea, "He's said he gets his ideas about policy from a novel.") == [["He"]]
    assert _sources(korea, "It's said that Kim likes cheese.") == []  # 'it is said': nobody
    text = "In the ad, he declares, “The purpose of our life is to cooperate.”"
    assert _sources(korea, text) == [["he"]]
    text = "White House Counselor Kellyanne Conway clarified that the president was joking."
    assert _holders_of_last(korea, text) == ("us",)


def test_a_pool_report_carries_the_speaker_before_it_and_holds_nothing(korea):
    before = "Pompeo left Pyongyang on Saturday."
    text = (
        "“We made progress on almost all of the central issues,” he said, according to a pool "
        "report from U.S. reporters who accompanied him to Pyongyang."
    )
    assert _holders_of_last(korea, before, text) == ("us",)
    text = (
        "State Department spokesperson Heather Nauert said, “It's like you are standing at "
        "the altar,” according to the pool report."
    )
    assert _holders_of_last(korea, text) == ("us",)


def test_that_before_a_verb_group_with_its_auxiliary_is_a_complement_not_a_relative(korea):
    text = (
        "Reuters reported earlier in the day that China’s central bank had ordered financial "
        "institutions to implement UN sanctions rigorously."
    )
    assert _holders_of_last(korea, text) == ("china",)
    # the relative clause whose object is missing still has its own subject
    text = "Kim’s new missile, which analysts had said could reach Tokyo, flew 900 km."
    assert _holders_of_last(korea, text) == ()


def test_reports_that_name_no_maker_carry_a_sentence_and_hold_nothing(korea):
    assert _holders_of_last(korea, "Reports say the latest missile was a KN-17.") == ()
    text = (
        "The administration said Thursday there is no indication that the missiles are "
        "nuclear-armed, media reports said."
    )
    assert _holders_of_last(korea, text) == ("us",)
    # a report the article named keeps its maker
    text = "The report said the missile was a KN-17."
    before = "A U.N. panel of experts released a report on Monday."
    assert _holders_of_last(korea, before, text) == ("other",)
    assert _holders_of_last(korea, "The Pentagon released a report on Monday.", text) == ("us",)


def test_administration_officials_are_the_us_unless_former(korea):
    text = "Senior administration officials told reporters the talks were off."
    assert _holders_of_last(korea, text) == ("us",)
    assert _holders_of_last(korea, "A former administration official said talks failed.") == (
        "other",
    )
    assert _holders_of_last(korea, "Moon administration officials said talks failed.") == ("rok",)


def test_speaking_on_condition_of_anonymity_is_a_credit_not_a_deed(korea):
    before = "A South Korean defense official said the drills would go ahead."
    text = "She spoke on condition of anonymity, citing office rules."
    assert _holders_of_last(korea, before, text) == ()
    text = "A South Korean official, who spoke on condition of anonymity, said talks would resume."
    assert _holders_of_last(korea, text) == ("rok",)


def test_hinted_is_a_speech_verb(korea):
    text = (
        "Minutes before complaining about Beijing's trade with North Korea, Trump again hinted "
        "the crisis could impact a future Chinese trade deal."
    )
    assert _holders_of_last(korea, text) == ("us",)


def test_the_owner_of_a_stance_that_prompted_the_sentence_is_a_holder_but_not_a_time_anchor(
    korea,
):
    text = (
        "North Korean leader Kim Jong Un has vowed to take the highest-level action in response "
        "to President Trump's threat to totally destroy the North."
    )
    assert set(_holders_of_last(korea, text)) == {"dprk", "us"}
    before = "North Korea's foreign minister Ri Yong Ho spoke at the United Nations."
    text = "The day after Ri's remarks, Trump restated his willingness to take military action."
    assert "dprk" not in _holders_of_last(korea, before, text)


def test_a_capitalized_when_and_an_asking_verb_keep_a_time_clauses_speaker(korea):
    text = "When Trump announced his candidacy in June 2015, he referred to a border wall."
    assert ["Trump"] in _sources(korea, text, "announced")
    text = "But when Mr. Hurt asked Norton to republish the book this year, it declined."
    assert ["Mr. Hurt"] in _sources(korea, text, "asked")


def test_a_noun_prone_cue_after_a_verb_in_the_past_is_its_object(korea):
    # 'claims that' after 'dismissed' is a noun: no outside voice 'Trump dismissed'
    assert _holders_of_last(korea, "Trump dismissed claims that he was too soft on Kim.") == ("us",)
    assert _holders_of_last(korea, "The lawsuit claims that the order was illegal.") == ("other",)


def test_the_fbi_and_the_justice_department_are_the_united_states(korea):
    text = "The FBI said North Korea was behind the hack of Sony Pictures."
    assert _holders_of_last(korea, text) == ("us",)


def test_a_participle_after_a_noun_with_its_agent_is_a_background_relative_clause(korea):
    text = (
        "“Our toughest counteraction will be boldly taken against the White House, the Pentagon "
        "and the whole U.S. mainland, the cesspool of terrorism, by far surpassing the "
        "'symmetric counteraction' declared by Obama,” the statement said."
    )
    before = "North Korea's National Defence Commission issued a statement on Monday."
    assert _holders_of_last(korea, before, text) == ("dprk",)


def test_the_two_leaders_are_the_pair_the_sentence_before_named(korea):
    before = (
        "President Trump, on the heels of his historic summit with Kim Jong Un, told Fox News "
        "that he believes the North Korean leader will work toward denuclearization."
    )
    text = (
        "The president left Singapore after the two leaders signed a document stating "
        "Pyongyang would work toward complete denuclearization."
    )
    assert set(_holders_of_last(korea, before, text)) == {"us", "dprk"}
    # a sentence before that named one actor leaves 'the two leaders' unknown
    assert _holders_of_last(korea, "Trump spoke on Monday.", text) == ("us",)


def test_north_korean_organs_speak_for_north_korea(korea):
    """allsides_korea GqFWDL7EQb2MVvOW and U6iHSKFoakUNZjTQ: the agency for relations with
    the South and the National Defense Commission are the state's own voice."""
    texts = (
        "The Committee for the Peaceful Reunification of the Fatherland, a nonmilitary agency "
        "that deals with relations with South Korea, said its “striking means” are on standby.",
        "The long statement from the powerful National Defense Commission warned of strikes "
        "against the White House.",
    )
    for text in texts:
        (attribution,) = _attributed(text, korea)
        assert attribution.holders == ("dprk",), text


def test_a_coordinated_verb_shares_a_subject_dated_to_the_news_day(korea):
    """allsides_korea TLXg0ZjfMQr4au: 'on Saturday' between the name and its verb had made
    'President Trump on Saturday' an outside voice for 'warned'."""
    text = (
        "President Trump on Saturday expressed optimism about his summit with North Korean "
        "leader Kim Jong Un, but warned that the opportunity won’t happen again, calling it a "
        "“one-time shot.”"
    )
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == ("us",)


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # allsides_korea 0ieHvUBijDLFpO
            "Mr Kim later spoke of his “fixed will” that the summit should go ahead.",
            ("dprk",),
        ),
        (  # allsides_korea CwShFURfYjCaLu: Pompeo's words, relayed by Seoul's spokesman
            "Pompeo also spoke about additional denuclearization steps and Washington's "
            "monitoring of the verification process and “corresponding measures,” Yoon said.",
            ("us",),
        ),
    ],
)
def test_speaking_about_something_is_a_speech_act(korea, text, holders):
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # allsides_korea T5MCyiXevZar4UN4: the main clause only dates the deed after 'after'
            "His comments came a day after Pyongyang test-fired its second intercontinental "
            "ballistic missile (ICBM) in a month.",
            ("dprk",),
        ),
        (  # allsides_korea z6JeFMQlBf9GDxir
            "The announcement came after North Korea threatened to shoot down U.S. bombers.",
            ("dprk",),
        ),
    ],
)
def test_what_came_after_is_the_content_of_an_empty_main_clause(korea, text, holders):
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # allsides_korea gPS2320SPhnEVwQf: South Korea's press is no voice of its state
            "South Korean media called it the first such direct address to the world by Kim.",
            (),
        ),
        (  # North Korea's media are its state's own voice (GUIDELINES 3)
            "North Korean media said the launch was a success.",
            ("dprk",),
        ),
    ],
)
def test_a_countrys_news_media_hold_no_position_unless_state_run(korea, text, holders):
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == holders


def test_a_trigger_in_the_wake_of_threats_gives_their_maker(korea):
    """allsides_korea OAqU19ZXZ8R6wlAX: the threats the US responded to are the explicit
    trigger of its deed (GUIDELINES 4.3), so North Korea holds them too."""
    text = (
        "The U.S. has responded to the increasing threats from North Korea, sending F-22 "
        "stealth fighter jets to take part in war games with South Korea."
    )
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == ("us", "dprk")


def test_a_spokesman_for_the_ministry_is_the_state_the_article_speaks_of(korea):
    """allsides_korea 3enlYLRav1wyBobn: 'a spokesman for the foreign ministry' names no
    state; after 'North Korea lashed out …' it is North Korea's, not an outside voice."""
    text = (
        "North Korea lashed out at the U.S. on Sunday for imposing new sanctions. In a "
        "statement carried on the state-run Korean Central News Agency, a spokesman for the "
        "foreign ministry again denied the nation was behind the attack."
    )
    attributions = _attributed(text, korea)
    assert attributions[-1].holders == ("dprk",)


@pytest.mark.parametrize(
    "text, holders",
    [
        # a phrase before 'said' after a comma: a demonym of private people speaks for no state
        (
            "Japan has deployed missile defense systems around Tokyo, some Chinese tour groups "
            "have canceled visits to North Korea and U.S. radars are watching.",
            ("other",),
        ),
        # a participial opener is no head of an appositive
        (
            "Rebuffing Mr. Trump, the South Korean Defense Ministry said on Friday that it had "
            "no plans to pay for the system.",
            ("rok",),
        ),
        # a leader's followers do not speak for the state
        ("Trump supporters have said he should be considered for the Nobel Prize.", ("other",)),
        # 'including saying' takes the main clause's subject, not the object before it
        (
            "North Korea has repeatedly threatened to attack the United States, including "
            "saying last August that it would fire missiles toward Guam.",
            ("dprk",),
        ),
        # thinking, estimating and doubting are stances
        ("Some experts thought he was suffering from gout.", ("other",)),
        ("Gen. Vincent Brooks thinks that tensions are high.", ("us",)),
        ("Hecker has estimated that North Korea has enough plutonium for six bombs.", ("other",)),
        ("Many regional analysts, however, doubt that US pressure will work.", ("other",)),
        ("Officials in Seoul worry that the talks will collapse.", ("rok",)),
        # ... but not as nouns
        ("Seoul's 25 million people have no ambition to live in constant fear.", ()),
        ("North Korea's capabilities are the paramount worry.", ()),
    ],
)
def test_phrases_participles_followers_and_stance_verbs(korea, text, holders):
    assert _attributed(text, korea)[0].holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        ("But the North Koreans have not given much away about their position.", ()),
        ("He did not comment on what might have caused the missile to fail.", ()),
        # what it did instead, or where it said so, is the actor's
        ("Pompeo did not meet Kim during his visit but handed over a letter.", ("us",)),
        (
            "In a statement later Saturday, South Korea did not treat the threat as anything new.",
            ("rok",),
        ),
    ],
)
def test_what_an_actor_did_not_do_is_no_deed(korea, text, holders):
    assert _attributed(text, korea)[0].holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # a scenario the writer spells out is no deed of the actor's
        ("But North Korea would retaliate, imperiling the safety of US allies.", ()),
        (
            "Under the proposal, North Korea would temporarily freeze nuclear and missile tests.",
            (),
        ),
        # 'tweets' after an adjective is a noun, whose phrase speaks for no one
        (
            '"I am very disappointed in China," he wrote in two consecutive tweets.',
            ("us",),
        ),
    ],
)
def test_scenarios_and_nouns_that_look_like_cues(korea, text, holders):
    sentences = split_article(Article("x", "", "", ("Trump was angry on Saturday.", text)))
    assert attribute_sentences(sentences, korea)[1].holders == holders


def test_a_contrasting_clause_that_disputes_a_claim_gives_its_speaker(korea):
    text = (
        "In January, North Korea conducted what it said was a test of a much more powerful "
        "hydrogen bomb, although the U.S. government disputed that claim."
    )
    assert set(_attributed(text, korea)[0].holders) == {"dprk", "us"}


def test_he_after_a_person_named_with_his_institution_and_city_is_that_person(korea):
    paragraphs = (
        "South Korea's new president, Park Geun-hye, has continued to talk about building trust.",
        "But now, the biggest danger is one of miscalculation, according to John Delury of "
        "Yonsei University in Seoul.",
        '"Both countries are essentially on a kind of war footing," he says.',
    )
    sentences = split_article(Article("x", "", "", paragraphs))
    assert attribute_sentences(sentences, korea)[-1].holders == ("other",)


@pytest.mark.parametrize(
    "text, holders",
    [
        (
            'Seoul said it "deeply regrets" the North\'s decision to stop South Koreans from '
            "entering Kaesong.",
            ("rok", "dprk"),
        ),
        ("North Korea rejected South Korea's proposal to resolve tensions.", ("dprk", "rok")),
        # a stance the speaker relays is its content, not its target
        ("Trump said Kim's promise to denuclearize was sincere.", ("us",)),
        # a time clause anchors, it holds nothing
        (
            "Mattis was at the White House on Thursday when Mr. Trump announced his "
            "willingness to accept Mr. Kim's offer to meet.",
            ("us",),
        ),
    ],
)
def test_an_actors_stance_as_the_object_of_anothers_gives_both(korea, text, holders):
    assert _attributed(text, korea)[0].holders == holders


def test_a_quotation_going_on_is_the_speakers_not_the_target_of_their_stance(korea):
    paragraphs = (
        "North Korea denounced South Korean President Park Geun-hye's offer of dialogue as a "
        "cunning ploy.",
        '"It is a cunning ploy to hide the South\'s confrontational policy."',
    )
    sentences = split_article(Article("x", "", "", paragraphs))
    first, second = attribute_sentences(sentences, korea)
    assert first.holders == ("dprk", "rok") and second.holders == ("dprk",)


@pytest.mark.parametrize(
    "before",
    [
        "Senate Armed Services Chairman John McCain (R-Ariz.) said assets could help.",
        "Asked if he's worried North Korean leader Kim Jong Un will see that as a provocation, "
        "McCain said he's not.",
    ],
)
def test_he_after_a_titled_or_bare_outside_name_is_that_person(korea, before):
    paragraphs = (
        "Kim Jong Un fired a missile on Monday.",
        before,
        '"Part of that is ISR capabilities so we can monitor what they\'re doing," he said.',
    )
    sentences = split_article(Article("x", "", "", paragraphs))
    assert attribute_sentences(sentences, korea)[-1].holders == ("other",)


def test_a_person_is_an_outside_voice_in_an_article_from_before_they_took_office(korea):
    text = '"I would have no problem speaking to him," Trump said of Kim.'
    sentences = split_article(Article("x", "", "", (text,)))
    before = attribute_sentences(sentences, korea, published=dt.date(2016, 5, 17))
    after = attribute_sentences(sentences, korea, published=dt.date(2017, 5, 17))
    undated = attribute_sentences(sentences, korea)
    assert before[0].holders == ("other",)
    assert after[0].holders == undated[0].holders == ("us",)


def test_writing_after_a_comma_is_a_frame_verb_but_not_in_writing(korea):
    text = 'Trump quickly took to Twitter, writing: "Another horrific attack in Nice."'
    assert _sources(korea, text, "writing") == [["Trump"]]
    assert _sources(korea, "Seoul asked for the offer in writing.", "writing") == []


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # allsides_korea dXkHd6aApfV30h: was the US's
            "Choe Son-hui, director-general of the North America affairs bureau of the North "
            "Korean foreign ministry, told reporters at the airport that North Korea will hold "
            "dialogue under right conditions.",
            ("dprk",),
        ),
        (  # allsides_korea AhLlSilAnqLmJy: was the analyst's and the US's
            "“The appointment of a senior U.S. envoy would make a great deal of sense,” said "
            "Suzanne DiMaggio of the New America think tank.",
            ("other",),
        ),
    ],
)
def test_places_and_bodies_named_america_are_not_the_united_states(korea, text, holders):
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == holders


def test_an_outlet_quoting_someone_as_saying_relays_them_in_any_tense(korea):
    """allsides_korea aloWuHN39bpPTl: 'Reuters quotes a foreign ministry official as
    saying' (China's) was nobody's, where 'quoted … as saying' was the official's."""
    for verb in ("quotes", "quoted"):
        (attribution,) = _attributed(
            f"“China will handle it according to the facts,” Reuters {verb} a Chinese foreign "
            "ministry official as saying.",
            korea,
        )
        assert attribution.holders == ("china",), verb


def test_a_spokesman_named_family_name_first_keeps_his_side_when_named_again(korea):
    """allsides_korea De04ax8NNUqxWukq: 'said Lim Byeong Cheol, a spokesman from Seoul's
    Unification Ministry', then '…,” Lim said' went to an outside voice."""
    article = Article(
        "x",
        "",
        "",
        (
            "Kim Il Sung was never seen with a walking stick, said Lim Byeong Cheol, a "
            "spokesman from Seoul's Unification Ministry.",
            "“The cane aside, he looked to be in good health,” Lim said.",
        ),
    )
    first, second = attribute_sentences(split_article(article), korea)
    assert first.holders == ("rok",)
    assert second.holders == ("rok",)


def test_a_quotation_that_goes_on_is_the_quoters_not_whom_it_relayed(korea):
    """allsides_korea vhGHQ7wr1WVvvSb1: Tillerson's quotation relays the Chinese; its
    next sentence went to China as well as the US."""
    article = Article(
        "x",
        "",
        "",
        (
            "“We are seeing from what we can observe, and the Chinese are telling us, that it "
            "is having some effect,” Tillerson said. “But I also think it's the uniform voice "
            "coming from the international community.”",
        ),
    )
    first, second = attribute_sentences(split_article(article), korea)
    assert first.holders == ("us", "china")
    assert second.holders == ("us",)


def test_a_paper_named_short_in_running_text_is_a_medium(korea):
    """allsides_korea E22gSmlsHsaQzzks: 'According to the Post, …' made the paper an
    outside voice holding a non-stance fact (GUIDELINES 3: media never hold positions)."""
    (attribution,) = _attributed(
        "According to the Post, Pompeo is the highest level official to meet with a North "
        "Korean leader since 2000.",
        korea,
    )
    assert attribution.holders == ()


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # held-out 3, 12 April 2013: a key position of North Korea's nobody held
            "The North on Thursday delivered a fresh round of war rhetoric with claims it has "
            "“powerful striking means” on standby.",
            ("dprk",),
        ),
        (
            "The White House on Thursday gently walked back but did not dismiss a comment by "
            "Rudy Giuliani.",
            ("us",),
        ),
    ],
)
def test_a_narrated_deed_may_name_its_news_day_before_the_verb(korea, text, holders):
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == holders


def test_a_participle_after_a_relative_clause_shares_the_main_clauses_subject(korea):
    """'…, saying' speaks for the subject of the clause it hangs on, not for the speaker of
    a clause that clause embeds (PolNeAR: '… the sanctions that X said …, saying')."""
    text = (
        "Moon Jae-in criticized the sanctions that North Korea said were unfair, saying they"
        " would hurt the talks."
    )
    acts = speech_acts(split_article(Article("x", "", "", (text,))), korea)
    saying = next(a for a in acts if a.cue_text == "saying")
    assert [text[s[0] : s[1]] for s in saying.speakers] == ["Moon Jae-in"]


@pytest.mark.parametrize(
    "text",
    [  # Bloomberg, 7 August 2017: the memo showed this under Other voices
        "Kim Jong Un’s regime said it will “make the U.S. pay dearly for all the heinous crime "
        "it commits against the state and people of this country,” the Korean Central News "
        "Agency reported on Monday.",
        "Kim Jong-un's regime said late on Tuesday that it may strike Guam.",
    ],
)
def test_the_leaders_regime_speaks_for_north_korea(korea, text):
    """The template excluded "Kim Jong Un's" from his aliases, so his regime or government
    saying something was an outside voice's."""
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == ("dprk",)


def test_a_tweet_speaks_for_whoever_posted_it(korea):
    """'The tweet said …' names no one: like 'the statement', it points back at whoever the
    article last said posted it (it was an outside voice)."""
    assert _holders_of_last(
        korea, "Trump posted two tweets on Wednesday.", "The tweet said the US would respond."
    ) == ("us",)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Moon and Mr. Kim met Friday at the demilitarized zone, known as the DMZ.", ()),
        (  # a deed joined to the meeting is the sentence's position
            "In Tokyo Sunday, Kerry met with Japan's foreign minister, Fumio Kishida, and opened "
            "the door to direct talks with North Korea if certain conditions are met.",
            ("us",),
        ),
        (  # its purpose stated, a meeting is an act (GUIDELINES 4.4, KZOQ 29)
            "Moon met Trump in Washington on Tuesday in an effort to keep the summit on track.",
            ("rok",),
        ),
    ],
)
def test_a_meeting_is_a_position_only_with_its_purpose(korea, text, expected):
    (attribution,) = _attributed(text, korea)
    assert attribution.holders == expected


def test_kims_regime_is_the_norths_whichever_kim_was_named_last(korea):
    """Washington Times, 2013: 'Kim’s regime has warned of pre-emptive strikes …' came two
    sentences after South Korea's defense minister Kim Kwan-jin, and went to South Korea;
    no Kim but the North's has a regime (or, in these years, a government)."""
    assert _holders_of_last(
        korea,
        "Secretary of Defense Chuck Hagel reiterated Washington’s commitment in a phone "
        "conversation with his South Korean counterpart, Kim Kwan-jin.",
        "Kim’s regime has warned of pre-emptive strikes at Washington and Seoul.",
    ) == ("dprk",)


def test_the_writers_own_we_in_as_we_reported_holds_nothing(korea):
    # NPR, 2 April 2013 (round 21's precision audit): the outlet is no 'other' voice
    text = (
        "Monday, as we reported, the Pentagon told reporters that two F-22 Raptor fighter "
        "jets have been sent to South Korea."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)
    # a speaker's own 'we' inside a quotation still speaks
    quoted = "“As we said before, the United States will not accept it,” Kerry said."
    assert attribute_text(quoted, compile_matcher(korea)).holders == ("us",)


@pytest.mark.parametrize(
    "text",
    [
        # AP, 2014 (round 21's precision audit): not the opening phrase, not North Korea
        "Amid concerns about its development and testing of nuclear weapons, North Korea may "
        "be lulling the world into largely accepting its advances in missile technology, the "
        "admiral in charge of American forces in Asia and the Pacific said Tuesday.",
        "North Korea may be lulling the world, the commander of U.S. forces in Korea said.",
    ],
)
def test_a_commander_of_a_states_forces_speaks_for_it(korea, text):
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


def test_a_report_in_a_time_clause_that_opens_the_sentence_keeps_its_speaker(korea):
    # 'After' with a capital letter opens a clause as 'after' does (PolNeAR train)
    text = "After Kim announced the test on Tuesday, markets in Seoul fell sharply."
    assert attribute_text(text, compile_matcher(korea)).holders == ("dprk",)


def test_a_second_speaker_after_and_opens_a_clause_of_its_own(korea):
    # Christian Science Monitor, 21 April 2018: South Korea's reaction is no part of Trump's
    text = (
        'Donald Trump described the move as "good news" for the world, and South Korea said '
        "it was meaningful progress."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us", "rok")


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (  # CSM, 21 April 2018 (round 21's recall audit)
            "North Korea's announcement that it is halting nuclear and missile tests has "
            "received a broad international welcome.",
            ("dprk",),
        ),
        (
            "Seoul dismissed Pyongyang's claim that the drills were a rehearsal for invasion.",
            ("rok", "dprk"),
        ),
    ],
)
def test_a_speech_act_named_by_its_noun_with_its_content_is_its_owners(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text",
    [
        (  # Townhall, 22 December 2014 (round 22's precision audit): 'but as of yet' had
            # become a speaker of its own, an outside voice
            "In a press conference last week, President Obama said he will respond "
            "“proportionally” to the cyber attacks, but as of yet has not announced any "
            "specifics."
        ),
        "Obama said he will respond to the attacks, but so far has not announced any specifics.",
    ],
)
def test_a_verb_phrase_after_but_and_an_adverbial_has_no_subject_of_its_own(korea, text):
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (  # Los Angeles Times (round 22's recall audit)
            "Earlier this month, China and Russia implied that Washington’s moves were "
            "exacerbating the crisis.",
            ("china", "other"),
        ),
        (  # Vox (round 22's recall audit)
            "North Korea’s decision to suspend nuclear testing could signal a shift, some Korea "
            "watchers are noting.",
            ("other",),
        ),
    ],
)
def test_implying_and_noting_in_the_progressive_report_a_view(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_called_for_before_a_quotation_is_a_call_not_a_naming(korea):
    # Washington Post, 4 July 2017: 'called for “global action”' was read as 'called (it)
    # “…”', a naming, whose cue is no statement, so the bullet lost its claim in salience
    from briefer.salience import claim

    text = (
        "Meanwhile, Secretary of State Rex Tillerson called for “global action” to counter "
        "North Korea, while China and Russia asked for a “double suspension”."
    )
    attribution = attribute_text(text, compile_matcher(korea))
    assert [e.cue for e in attribution.evidence if e.holder == "us"] == ["called for"]
    assert claim(attribution, "us") == 1.0
    naming = attribute_text("Trump called him a “madman”.", compile_matcher(korea))
    assert [e.cue for e in naming.evidence] == ["called him"]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("The envoy flew to Seoul, where officials say the talks will resume.", [["officials"]]),
        (  # PolNeAR dev: the clause before 'where' had become the speaker
            "For this second bankruptcy filing, Patriot chose to file in Richmond, Va., where "
            "restructuring experts say some judges are eager to move large cases through.",
            [],
        ),
    ],
)
def test_a_report_in_a_where_clause_has_its_subject_there(korea, text, sources):
    assert _sources(korea, text, "say") == sources


def test_the_subject_of_a_cue_inside_a_report_starts_after_its_verb(korea):
    # PolNeAR dev: the plain noun phrase ran from the sentence's start, over 'say'
    text = (
        "Both Mr. King and Mr. Schultz say RT's management has never told them what to say "
        "or not say."
    )
    assert _sources(korea, text, "has never told") == [["RT's management"]]
    assert _sources(korea, text, "not say") == []  # 'or' heads no phrase


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR (NYT copy): the quotation opened in the sentence before
        "That's the challenge,'' said Jared Bernstein, a senior fellow at the Center on Budget.",
        "That's the challenge,\" said Jared Bernstein, a senior fellow at the Center on Budget.",
    ],
)
def test_a_straight_mark_after_punctuation_closes_a_quotation_begun_before(korea, text):
    assert _sources(korea, text) == [["Jared Bernstein"]]


def test_straight_marks_glued_to_their_words_open_and_close():
    from briefer.attribute import balance_quotes

    assert balance_quotes('He called it "great" and "historic", officials said.') == (
        "He called it “great” and “historic”, officials said."
    )
    assert balance_quotes('done," said Mr. Kim') == "done,” said Mr. Kim"


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (  # The Guardian, 12 August 2017 (round 22's precision audit traced a wrong 'it' to it)
            "Defying Trump’s pledge to respond militarily to any more threats from North Korea, "
            "Pyongyang set out a detailed plan to attack Guam.",
            ("dprk",),
        ),
        (
            "Citing the tensions, North Korea on Monday pulled more than 50,000 workers from the "
            "Kaesong industrial park.",
            ("dprk",),
        ),
        (  # a name in -ing is no participle
            "Beijing prioritizes stability on the peninsula, and it helps explain why it has been "
            "so unwilling to alter the status quo in North Korea.",
            ("china",),
        ),
    ],
)
def test_a_narrated_deed_may_open_with_a_participles_phrase(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (  # CNN, 16 March 2016 (round 22's precision audit)
            "The North Korean government alleged that Warmbier was encouraged to commit the "
            "“hostile act” by a purported member of a church in his home state of Ohio.",
            ("dprk",),
        ),
        (  # BBC, 2018
            "As Saturday's meeting got under way Kim Yong-chol joked that Mr Pompeo may not "
            "have slept well during his overnight stay at a guesthouse in Pyongyang.",
            ("dprk",),
        ),
        (
            "The North side clearly affirmed its commitment to the denuclearization of the "
            "Korean Peninsula.",
            ("dprk",),
        ),
        ("The alleged plot was foiled.", ()),  # 'alleged' reports only with 'that'
    ],
)
def test_alleging_joking_and_affirming_report_a_position(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_a_tags_he_in_an_articles_first_sentence_is_the_sentences_subject(korea):
    # BBC (round 22's recall audit): nobody before the sentence for 'he' to take; the place
    # before the title ('US President') is part of the person's title, not a subject
    text = (
        "US President Donald Trump will meet North Korean leader Kim Jong-un in Singapore on "
        "12 June, he has said."
    )
    assert _holders_of_last(korea, text) == ("us",)
    # with a person before it, the tag's 'he' stays that person's
    assert _holders_of_last(korea, "Moon Jae-in spoke in Seoul on Monday.", text) == ("rok",)


def test_a_he_never_means_the_they_of_a_sentence_before(korea):
    # CNN, 16 March 2016 (round 22's precision audit): 'they' (North Korean officials) had
    # become the person the student's 'he' means
    paragraphs = (
        "Warmbier had traveled to Pyongyang on a trip organized by Young Pioneer Tours, a "
        "China-based travel company. He was arrested on January 2, 2016 , as he was about to "
        "board a plane to leave the country, on the charge of committing a hostile act against "
        "the state.",
        "The North Korean government alleged that Warmbier was encouraged to commit the "
        '"hostile act" by a purported member of a church in his home state of Ohio, a secretive '
        "university organization and even the CIA.",
        "In court Wednesday, North Korean officials presented fingerprints, photos of a "
        "political banner and surveillance images -- proof, they said, that Warmbier committed "
        "crimes against the regime.",
        "The 21-year-old student pleaded for mercy.",
        '"My brother and my sister need me," he said.',
    )
    assert _holders_of_last(korea, *paragraphs) == ("other",)


@pytest.mark.parametrize(
    "text, holders",
    [
        # round 23's recall audit (BBC, CNN): a saying verb in the plural present
        (
            "But analysts caution that Mr Kim is unlikely to easily abandon nuclear weapons.",
            ("other",),
        ),
        (
            "The United States and South Korea contend that the battery is only to guard "
            "against North Korean missiles.",
            ("us", "rok"),
        ),
        # the same words as an infinitive, after a modal, or a noun: no cue
        ("Beijing urged caution after the launch.", ("china",)),
        (
            "U.S. Secretary of State John Kerry met with China’s top leaders on Saturday to "
            "urge them to pressure North Korea to scale back its rhetoric.",
            ("us",),
        ),
        (
            "Trump should demand the meeting take place in South Korea, and I would insist it "
            "be at the Demilitarized Zone.",
            (),
        ),
    ],
)
def test_saying_verbs_in_the_plural_present_are_cues_after_their_subject(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize("verb", ["insist", "believe"])
def test_a_speaker_after_an_opening_while_clause_reports_what_follows(korea, verb):
    # CNN, 2013 (round 23): the 'While …' clause was read as the quotation Shin's 'said'
    # was credited with, so the later 'he' meant Kim, named in that clause
    paragraphs = (
        f"While some analysts {verb} domestic concerns guide Kim Jong Un's actions, Shin said "
        "foreign policy goals drive Pyongyang's recent threats and tests.",
        '"They want to force South Korea and United States to offer dialogue, and to extract '
        'concessions from Washington and Seoul," he said.',
    )
    assert _article_holders(korea, *paragraphs) == [("other",), ("other",)]
    (evidence,) = attribute_text(paragraphs[0], compile_matcher(korea)).evidence
    assert evidence.mention == "Shin"


@pytest.mark.parametrize(
    "text, holders",
    [
        # round 23's recall audit: the deed of a person titled by a demonym or a place
        (
            "North Korean leader Kim Jong Un went ahead with the launch just two hours after "
            "an eight-day window opened early Sunday.",
            ("dprk",),
        ),
        (
            "After the test, South Korean President Moon Jae-in convened a meeting of his "
            "national security team.",
            ("rok",),
        ),
        # ministers in a capital speak for it, as officials there do
        (
            "Ministers in Pyongyang demanded that South Korea apologize for its protests or "
            "face devastating attacks.",
            ("dprk",),
        ),
        # a caption's passive and a schedule are no deeds
        (
            "North Korean leader Kim Jong Un surrounded by officials on the day of the May 14 "
            "missile launch.",
            (),
        ),
        (
            "In a meeting heavy with symbolism, North Korean leader Kim Jong Un will hold talks "
            "with South Korean President Moon Jae-in at the Peace House.",
            (),
        ),
        ("Kim Jong Un surrounded by officials at the launch site.", ()),
        ("Kim Jong Un will hold talks with Moon Jae-in at the Peace House.", ()),
    ],
)
def test_titled_people_ministers_captions_and_schedules(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # round 23's precision audit (AP, 2013): each name of a series speaks
        (
            "South Korea, the United States and Japan say intelligence indicates that North "
            "Korea is ready to launch a missile.",
            ("rok", "us", "other"),
        ),
        (
            "According to Japan's Asahi Shimbun, the U.S., South Korea and Japan agreed this "
            "week in Seoul to push for a ban on crude oil exports to the North.",
            ("us", "rok", "other"),
        ),
        # a series that is an object is no subject; an appositive still has its head
        (
            "The last attempt — involving China, Japan, Russia, South Korea, North Korea and the "
            "U.S. restarted — collapsed in 2012, the Korea Herald notes.",
            ("dprk", "us"),
        ),
        ("Even China, North Korea's closest ally, expressed concern about the test.", ("china",)),
    ],
)
def test_every_name_of_a_series_before_its_verb_speaks(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # round 23's audits: an opening time measure ('The day after …,') is no subject
        (
            "The day after Ri's remarks, Trump restated his willingness to take military "
            "action against North Korea.",
            ("us",),
        ),
        (
            "Just two days earlier, White House officials delivered the promise to North Korea "
            "that the U.S. will provide economic aid.",
            ("us",),
        ),
        # a news outlet in an 'after' clause opens that clause; it is not the speaker phrase
        (
            "Trump made the claim the day after The Washington Post reported on the letters.",
            ("us",),
        ),
        # a stance read off a fact, a programme's progress: the writer's, no actor's
        (
            "This shift in policy could be a sign that South Korea believes that Trump's "
            "rhetoric isn't deterring North Korea.",
            (),
        ),
        (
            "North Korea has made significant advances in producing fissile material.",
            (),
        ),
    ],
)
def test_time_openers_outlets_in_clauses_and_inferences(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # round 23's second audits: a deed spread over years is background …
        (
            "North Korea has also supported Syria’s chemical-weapons program since at least "
            "the 1990s.",
            (),
        ),
        (
            "The North has issued similar videos in the past, including one in 2013 showing "
            "the White House in a sniper's crosshairs.",
            (),
        ),
        # … unless it goes on, or the span dates something else
        (
            'North Korea for decades has been pushing a concept of "denuclearization" that '
            "bears no resemblance to the American definition.",
            ("dprk",),
        ),
        (
            "North Korea has switched its printing presses into overdrive and is bombarding "
            "South Korea with propaganda leaflets in numbers not seen for decades.",
            ("dprk",),
        ),
        # the writer's evidential frames
        (
            "It's becoming apparent from its actions that North Korea wants not to negotiate "
            "its nukes away.",
            (),
        ),
        # 'Others' goes on from the experts before
        ("Others warn that the North Korean leader is buying time.", ("other",)),
    ],
)
def test_background_spans_evidential_frames_and_others(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # round 23's second recall audit: a participle 'describing …'; the people of 'a
        # group of …'; a deed in the passive with its doer after 'by'
        (
            "U.S. Secretary of State Mike Pompeo wrapped up his fourth visit to North Korea on "
            "Sunday, describing his talks with leader Kim Jong Un as productive.",
            ("us",),
        ),
        (
            "A group of GOP senators last week in a letter to Trump called for the "
            "administration to keep pressure on Pyongyang.",
            ("other",),
        ),
        (
            "A group of Western, Russian and Chinese journalists have been invited by the "
            "North to its remote Punggye-ri nuclear test site ahead of its demolition.",
            ("dprk",),
        ),
    ],
)
def test_describing_a_group_of_and_passive_deeds_with_their_doer(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_both_titled_leaders_of_a_compound_subject_hold_it(korea):
    # round 23's precision audit (the 27 April 2018 summit): the demonym titling Kim
    # stopped the compound before 'South Korean President Moon Jae-in'
    text = (
        "North Korean leader Kim Jong Un and South Korean President Moon Jae-in vowed "
        "“complete denuclearization” of the Korean peninsula on April 27."
    )
    attribution = attribute_text(text, compile_matcher(korea))
    assert attribution.holders == ("dprk", "rok")
    assert [e.mention for e in attribution.evidence] == ["Kim Jong Un", "Moon Jae-in"]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("“Sanctions must grow,” said U.S. Deputy Secretary of State John Sullivan.", None),
        ("“Sanctions must grow,” said U.S. Ambassador Nikki Haley.", "Nikki Haley"),
    ],
)
def test_a_title_after_the_actors_name_speaks_for_the_actor(korea, text, mention):
    # an unlisted person titled 'U.S. Deputy Secretary of State' was an outside voice
    attribution = attribute_text(text, compile_matcher(korea))
    assert attribution.holders == ("us",)
    assert mention is None or attribution.evidence[0].mention == mention


@pytest.mark.parametrize(
    "text, holders",
    [
        # round 23's third precision audit: a habit is the actor's record …
        (
            "Pyongyang has sometimes used the tactic of escalate to de-escalate, using its "
            "military posturing as leverage in later negotiations.",
            (),
        ),
        # … but a long-held stance is a position
        ("China has long resisted intensifying economic pressure on North Korea.", ("china",)),
        # an analyst summing up a record relays nobody (GUIDELINES 4.2)
        (
            'Bermudez said the regime has "repeatedly stated that if Libya or Iraq had nuclear '
            'weapons the US would not have attacked them."',
            ("other",),
        ),
    ],
)
def test_habits_and_records_summed_up(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # round 23's fourth precision audit: a refusal to go into something is a non-comment
        (
            "“I don’t want to get into the conversations that may or may not be taking place,” "
            "Mr. Pompeo told CBS News.",
            (),
        ),
        # … but not wanting confrontational language is a position
        (
            "“We don’t want to get into some kind of confrontational language here,” Kerry said.",
            ("us",),
        ),
        # what the writer says is unknown is no one's statement
        (
            "Whether Trump is truly winging it or he just wants everyone to think so after days "
            "of quiet preparations is unclear.",
            (),
        ),
    ],
)
def test_refusals_to_go_into_a_matter_and_open_questions(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_a_participle_tweeting_after_a_comma_reports(korea):
    # round 23's fourth recall audit (Fox News, 2017): the tweet's words were nobody's
    text = (
        "President Trump was equally thrilled, tweeting: “The United Nations Security Council "
        "just voted 15-0 to sanction North Korea.”"
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


def test_a_government_named_with_a_place_that_is_no_actor_is_an_outside_voice(korea):
    """allsides_korea VX7HCOlCNSZgwDjf, paragraphs 13 and 37: 'The Hong Kong government' is
    no unnamed institution resolved to the article's actor (South Korea), while 'the Foreign
    Ministry' still is."""
    seized = (
        "South Korea said on Friday that in late November it seized a Hong Kong-flagged ship, "
        "the Lighthouse Winmore, suspected of transferring oil to North Korea."
    )
    hong_kong = (
        "The Hong Kong government said it was “liaising with the Korean parties concerned to "
        "obtain further information about the incident, and will take appropriate actions as "
        "necessary”."
    )
    assert _holders_of_last(korea, seized, hong_kong) == ("other",)
    ministry = "A Foreign Ministry spokesman said the ship would be held until the inquiry ends."
    assert _holders_of_last(korea, seized, ministry) == ("rok",)


def test_an_imploring_senator_is_an_outside_voice(korea):
    """allsides_korea WOC4yunq4ZHzblf3, sentence 22: 'implored' reports a plea, 'admitting' a
    concession; neither verb was a cue, so the senator's plea had no holder."""
    text = (
        "Graham also implored regional powers, such as China, and allies like South Korea and "
        "Japan to find a solution to the crisis, admitting that hundreds of thousands of people "
        "in Asia could die in a war with North Korea, though the US would win."
    )
    assert _holders_of_last(korea, text) == ("other",)


def test_in_an_opinion_piece_it_means_the_actor_the_writer_spoke_of(korea):
    """allsides_korea ATIyqVAUN9Cz8PpF (an op-ed), sentences 7-9: the author's own sentence
    about Pyongyang gives the piece's author as its holder, but 'It' in the next one still
    means Pyongyang, whose insult it tells (not the author)."""
    paragraphs = (
        "Still, Pyongyang seems to have kept in reserve the option of going on a charm "
        "offensive with him. It has already dismissed President Trump as a “dotard.” It called "
        "Barack Obama a “wicked black monkey.”",
    )
    sentences = split_article(Article("x", "", "", paragraphs))
    assert [a.holders for a in attribute_sentences(sentences, korea, opinion=True)] == [
        ("other",),
        ("dprk",),
        ("dprk",),
    ]


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # allsides_korea HKqrHXM6BhKADyOb, sentence 0
            "President Trump said Tuesday that “all options are on the table” after North "
            "Korea launched a missile over Japan.",
            ("us", "dprk"),
        ),
        (  # the deed alone only dates the background
            "Sanctions were tightened after North Korea launched a missile over Japan.",
            (),
        ),
        (  # 'the day after': a time anchor
            "The day after North Korea launched a missile, Trump spoke to Abe about trade.",
            ("us",),
        ),
    ],
)
def test_a_deed_after_which_an_actor_speaks_is_its_trigger(korea, text, holders):
    """GUIDELINES 4.3: a stance or deed given as the explicit trigger of the main one adds
    its doer ('Pyongyang accused Washington … after the U.S. Treasury announced …'); a
    finite 'after X launched …' did not, where 'after North Korea's launch' did."""
    assert _holders_of_last(korea, text) == holders


def test_a_relative_clause_after_two_speakers_describes_both(korea):
    """allsides_korea er7arDiSNVcrOU6O, sentence 16: 'who met in Moscow' is said of Xi and
    Putin together, and both speak; the head of the relative clause had been Putin alone."""
    text = (
        "Mr Xi and Russian President Vladimir Putin, who met in Moscow on Tuesday, said "
        "“the opposing sides should start negotiations”."
    )
    assert _holders_of_last(korea, text) == ("china", "other")


def test_what_a_speaker_reminds_someone_of_is_the_speakers(korea):
    """allsides_korea qNwR6LY1yKIZGeaW, sentence 8: 'reminded Mr. Kim that …' reports Iran's
    words, and Trump's past deed inside them is Iran's claim (GUIDELINES 4.3: anything
    inside another holder's reported speech); 'reminded us of' reports nobody's words."""
    text = (
        "Iran, meanwhile, reminded Mr. Kim that Trump should not be trusted because he could "
        "nullify any nuclear deal with North Korea, just as he had pulled out of the landmark "
        "2015 nuclear deal with Tehran."
    )
    before = "President Trump met Kim Jong Un in Singapore on Tuesday."
    assert _holders_of_last(korea, before, text) == ("other",)
    text = "Downtown Pyongyang reminded us of a popular American television program."
    assert _holders_of_last(korea, text) == ()


def test_an_administration_named_without_its_state_is_the_one_spoken_of(korea):
    """allsides_korea zXxVjsLTAXuyvHPS, sentences 3 and 6: after South Korea's weather agency
    spoke, 'The Korea Meteorological Administration said …' is that agency (an
    'administration' was no institution word, so it had become an outside voice)."""
    before = (
        "South Korea’s weather agency reported a magnitude 3.0 earthquake in an area of North "
        "Korea where the country recently conducted a nuclear test."
    )
    text = "The Korea Meteorological Administration said the activity occurred in Kilju."
    assert _holders_of_last(korea, before, text) == ("rok",)


def test_a_phrase_quoted_inside_a_sentence_is_not_a_quotation_a_tag_follows(korea):
    """allsides_korea hFHgP4GlO2ZwVRV1, sentence 22: the close of '“clear rules”' made '… and
    it urged Pyongyang …' read as a tag after a quotation ('…,” it urged'), so 'it' took the
    speaker before (Mattis, the US) instead of China, the clause's own subject."""
    before = "“And in the event of war, they would bring danger to China,” Mattis said."
    text = (
        "China reiterated that U.N. Security Council resolutions had “clear rules” about North "
        "Korean missile activities and it urged Pyongyang not to contravene them."
    )
    assert _holders_of_last(korea, before, text) == ("china",)


def test_a_country_whose_name_ends_like_a_demonym_is_a_doer(korea):
    """allsides_korea hFHgP4GlO2ZwVRV1, sentence 25: 'Japan' ends in '-an' as 'Korean' does,
    and was taken for an adjective of nationality that names no doer."""
    text = "Japan lodged a protest against the test missile."
    assert _holders_of_last(korea, text) == ("other",)
    assert _holders_of_last(korea, "Japanese lodged a protest against the test missile.") == ()


def test_the_generic_one_is_nobody(korea):
    """allsides_korea DP6NXMjFE1yQQsLB, sentence 5: 'One would think …' is the writer's
    generic 'one', not a person named One."""
    text = (
        "One would think the regime would put the young dictator on display to remind people "
        "of the dynastic continuity of the DPRK."
    )
    assert _holders_of_last(korea, text) == ()


def test_the_official_a_trailing_source_named_is_the_sources_actor(korea):
    """allsides_korea TNznDFKPGGkqT1bt, sentences 29-32: Kim's words carried 'according to a
    South Korean presidential official' are North Korea's, and 'the official said' after
    them is still that South Korean official (roles_introduced takes the conduit's actor)."""
    paragraphs = (
        "During the visit, Kim reportedly joked over dinners of Korean hotpot and cold noodles.",
        "“I decided today (to freeze the tests) so he will not lose sleep anymore,” he said, "
        "according to a South Korean presidential official.",
        "Kim and the officials shared several bottles of wine and Pyongyang soju, the official "
        "said.",
    )
    sentences = split_article(Article("x", "", "", paragraphs))
    attributions = attribute_sentences(sentences, korea)
    assert [a.holders for a in attributions][1:] == [("dprk",), ("rok",)]
    # its speaker is that official, not the last South Korean who spoke (Moon, in the memo)
    assert attributions[-1].evidence[0].speaker == "the official"


def test_a_titled_name_after_a_preposition_is_its_object(korea):
    """allsides_korea 3u5oRKnUiZW5Lizt, sentence 20: 'Secretary of State' holds 'of', which
    read as 'officials in Seoul' (a role before a name can be a subject); after 'to' the
    whole titled name is the preposition's object, and 'urging' is the letter's."""
    text = (
        "More than 60 Democratic lawmakers in the House of Representatives released a letter to "
        "Secretary of State Rex Tillerson on Thursday urging direct talks with the North Korean "
        "government."
    )
    assert _holders_of_last(korea, text) == ("other",)


@pytest.mark.parametrize(
    "text",
    [
        (  # allsides_korea mtmW4K9CsV8hzZwA, sentence 3
            "Jeffrey Lewis, an expert on North Korea’s missile program at the Middlebury Institute "
            "of International Studies, estimates that the missile is capable of traveling around "
            "10,000 km."
        ),
        (  # allsides_korea gPS2320SPhnEVwQf, sentence 17
            "Some analysts saw Kim's statement as a clear announcement that North Korea would ramp "
            "up its already brisk pace of weapons testing."
        ),
        # round 25's audits: allsides_korea Soay6jvpU3QNzP25, sentences 32 and 3 (there
        # 'North Korean leaders viewed …'), and TANF72h7iaGnFfjD, sentence 38
        "Others question whether many of Kim’s economic policies qualify as reforms at all.",
        "Some analysts viewed too much variety in consumer products as wasteful.",
        "Behind the scenes, however, Japanese leaders still wonder about Trump's harsh "
        "criticism of U.S. trade deals with other countries.",
        "Military analysts calculated that the missile could fly more than 4,000 miles.",
    ],
)
def test_an_estimate_and_seeing_one_thing_as_another_are_stances(korea, text):
    assert _holders_of_last(korea, text) == ("other",)


def test_a_news_outlets_report_carries_the_stance_inside_it(korea):
    """allsides_korea T5adoJ5JGrhRHU8c, sentence 0: 'according to a new report by NBC News'
    names an outlet's report (a conduit, no outside voice), and the US intelligence
    agencies' belief inside it is the sentence's position."""
    text = (
        "President Donald Trump might want to check in with North Korea on that "
        "denuclearization thing: US intelligence agencies believe North Korea has been upping "
        "production of fuel for nuclear weapons, according to a new report by NBC News."
    )
    assert _holders_of_last(korea, text) == ("us",)
    text = "Pompeo met with Kim for about two hours, according to a pool report from CBS."
    assert _holders_of_last(korea, text) == ()


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # allsides_korea NYEIqU9xfOUEXhGb, sentence 0
            "Tensions between North Korea and the United States reached a boiling point this "
            "year, with President Donald Trump threatening to unleash “fire and fury” against "
            "Pyongyang and North Korean leader Kim Jong Un saying he would “surely and "
            "definitely tame the mentally deranged US dotard with fire.”",
            ("us", "dprk"),
        ),
        (  # allsides_korea qgtXY161nyNYnMJs, sentence 0: the test 'threatens', North Korea acts
            "North Korea just tested its most powerful nuclear weapon to date, posing its "
            "biggest challenge yet to President Donald Trump and threatening to escalate "
            "tensions with Washington.",
            ("dprk",),
        ),
    ],
)
def test_threatening_to_is_a_threat_of_the_clause_subject(korea, text, holders):
    """'threatening to …' reports a threat; a coordinated participle shares the clause's
    subject, the name ('North Korea'), not the words up to the verb ('North Korea just')."""
    assert _holders_of_last(korea, text) == holders


def test_the_reaction_a_deed_prompted_is_its_doers(korea):
    """allsides_korea gPS2320SPhnEVwQf, sentence 1, and pHnbNzPbiCYrj8Oa, sentence 25: '…,
    leading North Korean leader Kim Jong Un to up the ante by calling Trump “deranged”' and
    '…, prompting Kim Jong Un's government to ratchet up its threats' tell North Korea's act
    beside the main clause's (GUIDELINES 4.3)."""
    text = (
        "Trump warned the U.S. would “totally destroy” North Korea if Pyongyang continued its "
        "provocative actions, leading North Korean leader Kim Jong Un to up the ante by "
        "calling Trump “deranged.”"
    )
    assert _holders_of_last(korea, text) == ("us", "dprk")
    text = (
        "In response, the United States took part in joint military exercises with South "
        "Korea, prompting Kim Jong Un's government to ratchet up its threats in recent weeks."
    )
    assert _holders_of_last(korea, text) == ("us", "dprk")


def test_the_content_of_a_noun_is_nobodys_but_a_later_clause_still_speaks(korea):
    """allsides_korea KhMB1CbyrxYgEY56, sentence 3, and NF4ZH4OrQVBHYAHv, sentence 7: Kim
    inside 'assurances by South Korea and the US that Kim really intends …' holds nothing
    (the experts doubt them; the makers of the assurances are the doubt's targets, its
    content spelled out: GUIDELINES 4.3); 'rejecting the idea that they would …, saying …'
    is still the North Koreans' statement, its participle after the content's clause."""
    text = (
        "Even now, many experts doubt assurances by South Korea and the US that Kim really "
        "intends to talk about eliminating his nuclear weapons program."
    )
    assert _holders_of_last(korea, text) == ("other", "rok", "us")
    text = (
        "Hours after protesting U.S.-South Korea joint military exercises, the North Koreans "
        "issued a second threat to cancel the Trump-Kim meeting by rejecting the idea that "
        "they would unilaterally give up nuclear weapons, saying their weapons were a "
        "deterrent."
    )
    assert _holders_of_last(korea, text) == ("dprk",)


def test_an_adjective_in_ed_after_the_determiner_is_no_verb(korea):
    """allsides_korea luhhG9wMr4RqQ47v, sentence 10 ('The isolated regime attempted but
    failed … but has conducted …'): the clause's subject is the whole noun phrase, not 'The'
    with a verb 'isolated'."""
    article = Article(
        "x",
        "",
        "",
        ("The embattled senator attempted to win the vote but has said he will resign.",),
    )
    sentences = split_article(article)
    (evidence,) = attribute_sentences(sentences, korea)[0].evidence
    assert evidence.mention == "The embattled senator"


def test_a_reporter_set_off_by_the_appositive_holds_nothing(korea):
    """allsides_korea ILEASHDnSvCuHyz4, sentence 21: 'Kyung Bok-cho, a Bloomberg
    journalist, said Kim didn't sound …' is news media (GUIDELINES 3), not an outside voice;
    an analyst set off the same way still is one."""
    text = (
        "Kyung Bok-cho, a Bloomberg journalist, said Kim didn’t sound like he had much of an "
        "accent and “wouldn’t sound that out of place in the middle of Seoul”."
    )
    assert _holders_of_last(korea, text) == ()
    text = "Kyung Bok-cho, a Seoul analyst, said Kim didn’t sound like he had much of an accent."
    assert _holders_of_last(korea, text) == ("other",)


@pytest.mark.parametrize(
    "text",
    [
        # allsides_korea 5Gf4ZYG9xrHeq58J, sentence 15
        "US Pacific Fleet commander Scott Swift said the triple-carrier drill was the first in "
        "the region since 2007.",
        "The Seventh Fleet said the carrier would stay in the area.",
        # The New York Times (allsides_korea c4sVOWssuTtDhVZa, sentence 5)
        "Brian P. Hale, a spokesman for the director of national intelligence, said that the "
        "director did not know he would meet his counterpart.",
        "The F.B.I. said the hackers had been sloppy.",
        # BBC (allsides_korea T5MCyiXevZar4UN4, sentence 7)
        "“North Korea remains the most urgent threat to regional stability,” Gen Terrence J "
        "O'Shaughnessy, Pacific Air Forces commander, added in a statement.",
    ],
)
def test_the_us_fleets_and_agencies_speak_for_the_united_states(korea, text):
    """The US military and US intelligence are the United States (GUIDELINES 3): its
    fleets' commanders and its agencies' spokesmen, however the outlet spells them, are no
    outside voices."""
    assert _holders_of_last(korea, text) == ("us",)


def test_a_name_modifying_the_object_of_a_listed_deed_is_no_inverted_speaker(korea):
    """allsides_korea akHyAUXSVsHXCDwT, sentence 23: in a list of deeds, 'released the three
    US detainees' made 'US' the inverted speaker of 'released'; '…, said U.S. officials'
    still names its speakers."""
    before = "North Korea has made a string of gestures."
    text = (
        "They've suspended all missile tests, released the three US detainees, and they're "
        "about to dismantle a nuclear test site."
    )
    assert _holders_of_last(korea, before, text) == ("dprk",)
    text = "The talks will go ahead in June, said U.S. officials."
    assert _holders_of_last(korea, text) == ("us",)


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (  # CNN (allsides_korea 9VhHi9cBUlM7J6hq, sentences 45-48)
            "Terri Chung, Bae's sister, told CNN on Monday the video was hard to watch.",
            "Chung later released a statement asking the North Korean authorities to have mercy.",
        ),
        (
            "Tony Kim, a teacher held in Pyongyang, told CNN the food was poor.",
            "Kim later said the guards had been kind to him.",
        ),
    ],
)
def test_a_western_given_name_lends_a_listed_surname_to_an_outside_person(korea, first, later):
    """A family name the template lists for a Korean official or leader ('Chung Eui-yong',
    'Kim Jong Un'), written after a Western given name, names an outside person: a later
    bare 'Chung' or 'Kim' is that person, not South Korea's adviser or the North's leader."""
    assert _holders_of_last(korea, first, later) == ("other",)


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (  # BBC (allsides_korea axfzi9VaOXw1rN0q, sentence 6)
            "The leader's meeting ended with a promise from Mr Kim to work towards "
            "denuclearisation, but details remain thin.",
            ("dprk",),
        ),
        (  # BBC (allsides_korea cITMEWjYonPP2v9r, sentence 8)
            "The Pentagon was also reported to be scouting sites on the west coast of America to "
            "deploy extra defences, amid claims from North Korea that its latest missile could "
            "reach the whole of continental United States.",
            ("us", "dprk"),
        ),
        (  # CNN (allsides_korea sev8Wel6MuR534Nc, sentence 22)
            "Countries in northeast Asia remained on edge Wednesday amid warnings from U.S. and "
            "South Korean officials that North Korea could carry out a missile test at any time.",
            ("us", "rok"),
        ),
        (  # a noun with no content after it names no speech act of its maker
            "Analyst Bruce Klingner said the interceptors are a response to an evolving threat "
            "from North Korea and that the old plan was flawed.",
            ("other",),
        ),
    ],
)
def test_a_speech_noun_with_its_maker_and_content_is_the_makers(korea, text, holders):
    """'a promise from Mr Kim to work towards …', 'amid claims from North Korea that …': a
    speech act named by its noun, its maker after 'from' or 'by' and its content after it,
    is the maker's, whatever the sentence's own verb (GUIDELINES 4.3)."""
    assert _holders_of_last(korea, text) == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # BBC (allsides_korea BLMogV6R1KllEUWY, sentence 9): the neighbours are no actor
        ("The test was condemned by the US and North Korea's neighbours.", ("us",)),
        ("The offer of talks was rejected by Kim's government on Monday.", ("dprk",)),
        ("The plan was criticized by China, which called it reckless.", ("china",)),
        # BBC (allsides_korea 4jZoiwiPloIMwXHE, sentence 38; HwXssk4LbGrNOqhm, sentence 25)
        ("This is seen in Beijing as worse than having a difficult nuclear neighbour.", ("china",)),
        ("It had been seen by top US officials as a good, neutral choice.", ("us",)),
        ("The move was seen as a snub by many.", ()),
    ],
)
def test_a_stance_verb_in_the_passive_is_held_by_its_agent(korea, text, holders):
    """'was condemned by the US': the agent after 'by' holds the stance; an actor's
    possessive before others ('North Korea's neighbours') names none of its own."""
    assert _holders_of_last(korea, text) == holders


@pytest.mark.parametrize(
    "text",
    [
        # BBC (allsides_korea HwXssk4LbGrNOqhm, sentence 14)
        "The communist North has carried out six nuclear tests since 2006, despite "
        "international condemnation, saying it needs the weapons for its own security.",
        "The reclusive North said it would never give up its nuclear deterrent.",
    ],
)
def test_the_press_epithets_for_the_north_name_north_korea(korea, text):
    """'The communist North', 'the reclusive North': the press's epithet before 'the North'
    left an unknown outside voice."""
    assert _holders_of_last(korea, text) == ("dprk",)


def test_what_an_actor_knows_or_realizes_is_the_writers_inference_but_a_view_is_held(korea):
    # Daily Kos, 29 August 2017: the writer reads North Korea's mind, twice; BBC, 30 September
    # 2017: how the US sees China is a known position (GUIDELINES 4.4)
    inferred = _article_holders(
        korea,
        "However, North Korea also realizes that the use of its missiles would also be an"
        " existential threat: Fire one, and lose everything.",
        "North Korea becomes so convinced that the United States is about to attack, that it"
        " launches its missiles first in a “use it or lose it” scenario.",
    )
    assert inferred == [(), ()]
    held = _article_holders(
        korea,
        "The US sees China - North Korea's biggest trading partner - as key to ensuring the"
        " sanctions are effective.",
    )
    assert held == [("us",)]


def test_a_body_named_with_its_state_speaks_for_it_but_its_citizens_do_not(korea):
    # BBC, 2017: 'The US state department … but said …' is the US's, not Pyongyang's (the name
    # in the first verb's clause); 'US doctors … and said …' (2017) are no body of the state
    *_, department = _article_holders(
        korea,
        "North Korea and the US have engaged in heated rhetoric in recent months but it was not"
        " previously known they had lines of communication.",
        "The US state department later confirmed there were a number of communication channels"
        " open with Pyongyang, but said little progress was being made.",
    )
    assert department == ("us",)
    (doctors,) = _article_holders(
        korea,
        "US doctors found no evidence of botulism and said that the student had suffered a"
        ' "severe neurological injury", probably caused by a cardiopulmonary arrest.',
    )
    assert "us" not in doctors


def test_a_spokesman_of_no_named_body_speaks_for_the_one_the_article_speaks_of(korea):
    # Fox News, 1 April 2013: the Pentagon spokesman of the sentence before, now named
    *_, little = _article_holders(
        korea,
        "A Pentagon spokesman confirms to Fox News that the F-22 Raptors were deployed to Osan"
        " Air Base in South Korea from Japan on Sunday.",
        '"This exercise has been planned for some time and is part of the air component of the'
        ' Foal Eagle exercise," spokesman George Little told reporters Monday.',
    )
    assert little == ("us",)
    *_, peskov = _article_holders(  # a body's name before the role: its own voice
        korea,
        "North Korea fired a missile on Sunday.",
        '"Concern was expressed about the escalation of tension," Kremlin spokesman Dmitry'
        " Peskov told reporters.",
    )
    assert peskov == ("other",)


@pytest.mark.parametrize(
    "text, cue, speaker",
    [  # PolNeAR marks these participles as cues of the main clause's subject
        (
            "Hillary Clinton spoke out Tuesday about the shooting, arguing that the epidemic"
            " had to end.",
            "arguing",
            "Hillary Clinton",
        ),
        (
            "Clinton cited it at the debate as an example of his disrespect, citing his remarks"
            " about women.",
            "citing",
            "Clinton",
        ),
        (
            "The committee filed a complaint Monday, claiming that the aide had a conflict of"
            " interest.",
            "claiming",
            "The committee",
        ),
        (
            "Kim Jong Un met his generals on Sunday, stressing that the army must be ready.",
            "stressing",
            "Kim Jong Un",
        ),
    ],
)
def test_a_participle_of_speech_is_a_cue_of_its_clauses_subject(korea, text, cue, speaker):
    acts = speech_acts(split_article(Article("x", "", "", (text,))), korea)
    act = next(a for a in acts if a.cue_text == cue)
    assert [text[s[0] : s[1]] for s in act.speakers] == [speaker]


@pytest.mark.parametrize(
    "text, holders",
    [
        (  # BBC, 2018: the participle was no cue before, and the sentence context
            "And the summit itself was called off in May - Mr Trump citing Pyongyang's \"open"
            ' hostility" - only for it to take place after all.',
            ("us",),
        ),
        (
            "Kim Jong Un met his generals on Sunday, stressing that the army must be ready.",
            ("dprk",),
        ),
        ("It’s worth noting that North Korea could still launch a missile this year.", ()),
    ],
)
def test_a_participle_of_speech_gives_its_clauses_subject_the_position(korea, text, holders):
    """'…, citing', '…, stressing that': the participle reports the main clause subject's
    claim; 'worth noting' is the writer's."""
    assert _article_holders(korea, text)[-1] == holders


@pytest.mark.parametrize(
    "text, holders",
    [  # corpus sentences (NPR, Yonhap, Vox, The Hill) that had no holder
        (
            "Two weeks ago, China hosted a top North Korean envoy, a visit that Brookings"
            " Institution scholar Cheng Li says was expedited in advance of the U.S.-China summit"
            " that starts Friday.",
            ("china",),
        ),
        (
            "Earlier South Korean Prime Minister Lee Nak-yeon had hosted a lunch for the Pyongyang"
            " delegation at a five-star hotel.",
            ("rok",),
        ),
        (
            "And it was reported on Friday that the Trump administration had reopened a channel"
            " of communication between American and North Korean diplomats at the United Nations.",
            ("us",),
        ),
        (
            "The problem is that Beijing has shown no willingness to do so, which is why the Trump"
            " administration slapped sanctions on China on June 29.",
            ("us",),
        ),
    ],
)
def test_deeds_of_hosting_reopening_and_sanctioning_are_the_actors(korea, text, holders):
    assert _article_holders(korea, text)[-1] == holders


def test_the_last_time_an_actor_did_something_is_background(korea):
    # Washington Examiner, 2018: the 1988 Olympics, not a position of today's Seoul
    (holders,) = _article_holders(
        korea,
        "The last time South Korea staged an Olympic Games, the North went so far in its attempt"
        " to best the attention Seoul was getting that it drove its economy into perdition.",
    )
    assert holders == ()


@pytest.mark.parametrize(
    "text, holders",
    [  # Fox News and CNN, 2017; the passive filter took 'is worried' for a deed done to it
        (
            "The Pentagon is worried Kim may put himself in a position where he feels he has to"
            " act on his threats.",
            ("us",),
        ),
        (
            "South Korea is worried about a provocative attack near the border areas or a"
            " possible terrorist attack from the North.",
            ("rok",),
        ),
        ("Washington is committed to the complete denuclearization of the peninsula.", ("us",)),
        (  # inside a quotation: the speaker's reading of China (GUIDELINES 4.1)
            "“China is committed to the complete denuclearization of North Korea,” McMaster said,"
            " referring to President Donald Trump's talks with President Xi Jinping.",
            ("us",),
        ),
    ],
)
def test_a_state_of_mind_after_is_is_the_subjects_stance(korea, text, holders):
    assert _article_holders(korea, text)[-1] == holders


@pytest.mark.parametrize(
    "text, holders",
    [  # Fox News and Reuters, corpus sentences with an irregular past the deed missed
        (
            "The United States ran B-52 practice sorties over South Korea earlier this month.",
            ("us",),
        ),
        (
            "North Korea cut off communications on the hotline in 2016, following a row over the"
            " Kaesong industrial complex.",
            ("dprk",),
        ),
    ],
)
def test_a_narrated_deed_in_an_irregular_past_is_the_actors(korea, text, holders):
    assert _article_holders(korea, text)[-1] == holders


def test_a_participle_after_a_singular_object_noun_reports_nobody(korea):
    # AP, 2018 (an audit of the corpus): 'U.N.' modifies the embargo, it imposes nothing here
    (holders,) = _article_holders(
        korea,
        "The North Korean company is suspected of helping arrange the shipment of arms in"
        " violation of a U.N. arms embargo imposed against Pyongyang in response to North"
        " Korea's nuclear and missile programs.",
    )
    assert holders == ()


@pytest.mark.parametrize(
    "text, holders",
    [  # Fox News and Newsmax, 2018 (an audit of the corpus)
        (
            "Kim Yong Chol, a top North Korean official considered Kim Jong Un’s right-hand man,"
            " hand-delivered the letter to Trump around 1 pm on Friday at the White House.",
            ("dprk",),
        ),
        (  # 'concludes with': the video ends with it, it concludes nothing
            'Menacingly titled "Last Chance", the video released on Saturday shows a'
            " submarine-launched nuclear missile laying waste to Washington and concludes with"
            " the U.S. flag in flames.",
            (),
        ),
    ],
)
def test_delivering_a_letter_is_a_deed_and_concluding_with_is_no_report(korea, text, holders):
    assert _article_holders(korea, text)[-1] == holders


def test_called_reports_a_name_given_several_words_after_it(korea):
    # PolNeAR (train): the quotation comes six words after 'called'
    text = (
        "He did say he found Trump to be “very charming” and called his standing in the crowded"
        " field “unheard of.”"
    )
    acts = speech_acts(split_article(Article("x", "", "", (text,))), korea)
    assert "called" in [a.cue_text for a in acts]


def test_a_declaration_quoted_as_bullets_is_held_by_its_own_subjects(korea):
    """The Washington Times of 27 April 2018 sets out the Panmunjom declaration as bullets
    after 'the document asserts the following:'; nobody is named as the quotations'
    speaker, so each reads as told: 'The South and the North agreed …' is theirs (the key
    positions of that day file its arms reduction under both Koreas), and 'The United
    States affirmed that it … has no intention to attack …' (1994, quoted) the US's."""
    from briefer.pipeline import prepare_article
    from briefer.read import read_paths

    path = shared("keypositions/clusters/allsides-kr-2018-04-27/L24EVWC0f35Z4muT.jsonl")
    sentences, attributions = prepare_article(read_paths((str(path),)).articles[0], korea, "pysbd")
    held = {s.text[:30]: a.holders for s, a in zip(sentences, attributions, strict=True)}
    assert held["• “The South and the North agr"] == ("rok", "dprk")
    assert held["• “The South and the North rea"] == ("rok", "dprk")
    articles = {
        a.id: a for a in read_paths((str(shared("korea_articles/allsides_korea.jsonl")),)).articles
    }
    sentences, attributions = prepare_article(articles["BuEfoyTTM9YgulMM"], korea, "pysbd")
    (affirmed,) = [
        a for s, a in zip(sentences, attributions, strict=True) if "States affirmed" in s.text
    ]
    assert affirmed.holders == ("us",)


@pytest.mark.parametrize(
    ("article_id", "opening", "holders"),
    [
        # two sources, each an actor's body: the deed they relay is North Korea's
        ("vn5ZEHLqmkLcpth7", "North Korea launched what appears", ("dprk",)),
        # the source's name ends at the colon: South Korean intelligence, not 'other'
        ("7tBe8TaXSYSS5sBd", "First, the official story", ("rok",)),
        # an actor's possessive and a government body: South Korea's, not an outside voice
        ("7tBe8TaXSYSS5sBd", "That's according to South Korea's intelligence", ("rok",)),
        # 'was examined and confirmed': a passive, so state TV's 'said' holds (North Korea)
        ("X5SRD5CCP6LVTZt5", "North Korea’s state TV said the test", ("dprk",)),
        # 'the news agency' after KCNA, 'the paper' after the People's Daily: the state's
        ("LjGZQfnr72b5MaXp", "The news agency report said", ("dprk",)),
        ("OrONL4DtIQVcFcru", "“Sanctions to the greatest possible extent", ("china",)),
        # 'the Yonghap news agency' (sic) names an outlet of its own: no holder
        ("LjGZQfnr72b5MaXp", "If so, that would mean the Pyongyang", ()),
    ],
)
def test_sources_read_as_the_actors_they_name(korea, article_id, opening, holders):
    from briefer.pipeline import prepare_article

    articles = {
        a.id: a for a in read_paths((str(shared("korea_articles/allsides_korea.jsonl")),)).articles
    }
    sentences, attributions = prepare_article(articles[article_id], korea, "pysbd")
    (found,) = [
        a for s, a in zip(sentences, attributions, strict=True) if s.text.startswith(opening)
    ]
    assert found.holders == holders


def test_a_quotation_signed_with_a_dash_is_the_signers(korea):
    # PolNeAR dev (a readers' roundup, 24 quotations so signed): the gold Cue is the dash,
    # the Source the name after it; a signature at the end of its sentence only
    text = "“He represents our greatest shame.” ― Sonya Herridge"
    assert _sources(korea, text) == [["Sonya Herridge"]]
    assert _sources(korea, "“We can build a wall around Donald Trump.” ― Steve Quinlan.") == [
        ["Steve Quinlan"]
    ]
    assert _holders_of_last(korea, "“We will never give up our nukes.” — Kim Jong Un") == ("dprk",)
    # a dash after a quotation that the sentence goes on past signs nothing
    text = "He called it “a disgrace” — Trump Tower was empty that day."
    article = Article("x", "", "", (text,))
    assert not [a for a in speech_acts(split_article(article), korea) if "—" in a.cue_text]


def test_a_transcripts_labels_are_its_speakers(korea):
    # PolNeAR dev (Breitbart, 25 September 2016): PolNeAR's Cue is the colon, its Source the
    # label; the host, never named in the text, takes turns and is a speaker too
    paragraphs = (
        "Sunday on Fox News Channel’s “Fox News Sunday,” Gov. Mike Pence said the invitation"
        " was only a joke.",
        "RELATED: Trump invites Gennifer Flowers to the debate.",
        "Partial transcript as follows:",
        '"WALLACE: Let’s start with breaking news on the debate story. Will she be there?',
        '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.',
        '"WALLACE: Do you really see those two as equivalent?',
        '"PENCE: Well, look, Mark Cuban has been out there saying all kinds of things.',
    )
    text = "\n".join(paragraphs)
    acts = speech_acts(split_article(Article("x", "", "", paragraphs)), korea)
    labels = [text[s:e] for a in acts if a.cue_text == ":" for s, e in a.speakers]
    assert labels == ["WALLACE", "PENCE", "WALLACE", "PENCE"]
    # the speaker's turn is his, the host's questions the outlet's
    holders = _article_holders(korea, *paragraphs)
    assert holders[-1] == ("us",) and holders[-2] == ()


def test_a_lone_capitalised_kicker_is_no_transcript(korea):
    paragraphs = (
        "North Korea fired a missile on Tuesday, South Korea's military said.",
        "RELATED: North Korea threatens attack on U.S.",
        "WATCH: Here are five ways North Korea is funding its nuclear program.",
    )
    acts = speech_acts(split_article(Article("x", "", "", paragraphs)), korea)
    assert not [a for a in acts if a.cue_text == ":"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR dev headlines: the Source is the name before the colon
        (
            "Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues.",
            "Pat Caddell",
        ),
        (
            "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear’.",
            "Rush Limbaugh",
        ),
        # allsides_korea EfEMsu1mGoZX6fGC (CNN opinion), a subhead
        (
            "Haggard: As a result, some of the rhetoric could be driven by domestic politics",
            "Haggard",
        ),
    ],
)
def test_a_name_and_a_colon_opening_a_sentence_give_its_speaker(korea, text, speaker):
    assert _sources(korea, text, f"{speaker}:") == [[speaker]]


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: New York may be in range of the missile.",
        "Source: Bloomberg",
        "Second: Although Pyongyang sneered a bit at Seoul’s call for talks, it went ahead.",
        "North Korea's Stepped-Up Rhetoric: Is It More Than Talk?",
    ],
)
def test_a_kicker_or_a_topic_before_a_colon_names_no_speaker(korea, text):
    assert not [
        a
        for a in speech_acts(split_article(Article("x", "", "", (text,))), korea)
        if a.cue_text.endswith(":")
    ]


def test_a_columns_name_before_a_colon_names_no_speaker(korea):
    text = "The Ninth Circle: The Hellish View from Inside the Beltway, #2."
    assert not [a for a in speech_acts(split_article(Article("x", "", "", (text,))), korea)]
    text = "The Pentagon: North Korea fired two missiles."
    assert _sources(korea, text, "The Pentagon:") == [["Pentagon"]]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # allsides_korea o2wlUuLGf8G0WhU2, sentence 5 (corpus audit)
        (
            "Cho Han Gyu, director of operations at South Korea’s joint chiefs of staff, said "
            "intelligence were determining whether the missile has intercontinental capability.",
            ("rok",),
        ),
        (
            "“We are ready,” said Chun Yung-woo, the director of the South Korean spy agency.",
            ("rok",),
        ),
        # an actor's name that only qualifies a body of no actor: the outside voice stays
        (
            "Joel Wit, director of the US-Korea Institute at Johns Hopkins, said talks would "
            "resume.",
            ("other",),
        ),
        (
            "Joel Wit, a former official at the U.S. State Department, said talks would resume.",
            ("other",),
        ),
    ],
)
def test_a_role_in_an_actors_own_body_speaks_for_the_actor(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


def test_called_before_a_titled_name_is_the_verb_not_a_naming_participle(korea):
    # PolNeAR dev (NYT, 19 September 2016): 'called Mr.' names no thing 'Mr'
    text = (
        "Minyon Moore, a senior adviser to the Clinton campaign, called Mr. Obama's remarks "
        "“a true call to action.”"
    )
    assert _sources(korea, text, "called") == [["Minyon Moore"]]


def test_a_clause_inside_a_participle_phrase_keeps_the_name_before_it_the_subject(korea):
    # allsides_korea yzXPp780FqpX77Vp, sentence 18: 'after Pompeo left North Korea' is the
    # phrase's own clause, not one between Trump and his verb
    text = (
        "Trump, speaking from Washington shortly after Pompeo left North Korea on Sunday, "
        "praised the progress Pompeo had made."
    )
    assert _holders_of_last(korea, text) == ("us",)
    # a clause outside such a phrase still stands between a name and a later cue
    text = (
        "It could signal that Kim Jong-un is taking a harder military line, since Kim "
        "Young-choi is also believed to have coordinated cyberattacks on South Korean firms."
    )
    assert _holders_of_last(korea, text) == ()


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # allsides_korea mYXKHz8aAzAh0KCt, sentence 41
        (
            "The KCNA statement specifically cited the deployment of B-52 bombers as evidence of "
            "threatening behavior by the U.S.",
            ("dprk",),
        ),
        # a participle after its noun ('officials cited in a report') cites nothing
        (
            "The regime has 60 weapons, according to U.S. intelligence officials cited in a "
            "Washington Post report.",
            ("us",),
        ),
    ],
)
def test_cited_is_a_speech_act(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


def test_consider_something_to_be_is_a_stance(korea):
    # allsides_korea hsSfiqxEvff9rPsT, sentence 1 (corpus audit)
    text = (
        "Analysts largely consider the biggest threat from North Korea's daily provocations to "
        "be the possibility the regime could go too far in needling South Korea."
    )
    assert _holders_of_last(korea, text) == ("other",)
    # only 'consider … to be / as': weighing a prospect is no stance of its own
    text = "Chinese academics are also more willing now to consider the prospect of a collapse."
    assert _holders_of_last(korea, text) == ()


def test_question_why_is_a_stance(korea):
    # allsides_korea buAJqpAkgz2wBWpF (BBC), sentences 36-37 (corpus audit): 'They' are the
    # analysts, and questioning why is their stance, as questioning whether is
    paragraphs = (
        "Analysts say North Korea has made similar promises before.",
        "They also question why he would give up his nuclear weapons after pushing so hard to "
        "get them.",
    )
    assert _holders_of_last(korea, *paragraphs) == ("other",)


def test_noting_after_a_report_shares_its_speaker(korea):
    # PolNeAR train (HuffPost, 3 August 2016): 'noting' needs no 'that' after it
    text = (
        "Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the "
        "Republican nominee “makes you want to retch.”"
    )
    assert _sources(korea, text, "noting") == [["Hollande"]]


@pytest.mark.parametrize(
    ("first", "then"),
    [
        # allsides_korea 5urmIKrye059Znn5, sentences 10-12 (corpus audit)
        (
            "Defense Secretary Jim Mattis said the launch was a threat.",
            "Another official, speaking on condition of anonymity to discuss an intelligence "
            "matter, said the missile was a Scud variant.",
        ),
        # allsides_korea smz27ylwzEKAaqv8, sentences 13-14
        (
            "An Obama administration official said the deployment would go ahead.",
            "This official says the North Korean threat is much different from what it was in "
            "2009.",
        ),
    ],
)
def test_another_or_this_official_is_the_previous_officials_side(korea, first, then):
    assert _holders_of_last(korea, first, then) == ("us",)


# GUIDELINES.md's constructed examples that the engine decides as the guidelines do, each
# with the sentences before it that it needs (the hidden test gold follows these rules).
_GUIDELINE_EXAMPLES = [
    (
        ("Analysts and some U.S. officials said the new sanctions would be hard to enforce.",),
        ("other", "us"),
    ),
    (
        (
            '"Pyongyang is in no hurry to resume talks," said Jane Roe, an analyst at '
            "a Seoul research institute.",
        ),
        ("other",),
    ),
    (
        (
            "Roe said Pyongyang has repeatedly signalled interest in economic "
            "cooperation with the South.",
        ),
        ("other",),
    ),
    (
        (
            "But the North's foreign ministry said the two sides had agreed to "
            "postpone any inspections.",
        ),
        ("dprk",),
    ),
    (
        (
            "Moon Jae-in and Donald Trump spoke by phone on Tuesday.",
            "Both presidents agreed to keep coordinating closely on North Korea, the "
            "presidential office said.",
        ),
        ("rok", "us"),
    ),
    (
        ("Seoul wants talks to resume quickly, but Pyongyang has said it sees no reason to meet.",),
        ("rok", "dprk"),
    ),
    (
        ("Washington kept its sanctions in place despite Beijing's repeated calls to ease them.",),
        ("us", "china"),
    ),
    (
        (
            "U.S. special envoy Stephen Biegun arrived in Seoul on Monday.",
            "The envoy dismissed North Korean accusations that Washington was stalling the talks.",
        ),
        ("us", "dprk"),
    ),
    (
        ("Pyongyang rejected Washington's demand that it first declare all its nuclear sites.",),
        ("dprk", "us"),
    ),
    (
        (
            "Pyongyang accused Washington of bad faith after the U.S. Treasury "
            "announced new sanctions.",
        ),
        ("dprk", "us"),
    ),
    (
        (
            "Seoul said it would go ahead with the fishing zone, which the North "
            "calls a violation of its waters.",
        ),
        ("rok",),
    ),
    (
        ("The exchange showed how little trust remains between the two sides.",),
        (),
    ),
    (
        ("It was not immediately clear whether the meeting had taken place.",),
        (),
    ),
    (
        ("Beijing opposes any new sanctions on its neighbour.",),
        ("china",),
    ),
    (
        ("A White House official said she was unaware of any plan to change the date.",),
        ("us",),
    ),
    (
        (
            "South Korea's unification ministry received the letter on Friday.",
            "A ministry spokesman declined to discuss the letter but said Seoul "
            "remained committed to dialogue.",
        ),
        ("rok",),
    ),
    (
        ("KCNA said the country had successfully tested a new rocket engine.",),
        ("dprk",),
    ),
]


@pytest.mark.parametrize(("paragraphs", "holders"), _GUIDELINE_EXAMPLES)
def test_the_guidelines_constructed_examples(korea, paragraphs, holders):
    assert set(_holders_of_last(korea, *paragraphs)) == set(holders)


def test_a_role_a_colon_and_a_quotation_give_the_speaker(korea):
    # Korea dev iRxAPJzr2WWKtoiZ, sentence 3 (Democracy Now's transcript of North Korean TV)
    text = "KRT news reader: “The reason why we conducted the test was to send a warning.”"
    assert _holders_of_last(korea, text) == ("dprk",)
    # a colon after a cue is the cue's own: one act, not two
    assert _sources(korea, "He said: “We will win.”") == [["He"]]
    assert _sources(korea, "The statement read: “We will win.”") == [["The statement"]]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # Korea dev 3aqb1799efheP5vK, sentence 39: taking a state off a list is a deed
        (
            "The administration of George W. Bush removed North Korea from the list in October "
            "2008 after the country agreed to continue disabling its nuclear plant.",
            ("us", "dprk"),
        ),
        ("Washington eased some sanctions on Pyongyang's airline on Monday.", ("us",)),
        # the same verbs with no sanction in sight are no deed of the actor's
        ("The statue of Kim Il Sung was removed from the square in Pyongyang.", ()),
    ],
)
def test_lifting_or_easing_sanctions_is_a_deed(korea, text, holders):
    assert set(_holders_of_last(korea, text)) == set(holders)


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "South Korean intelligence analysts say Pyongyang believes it needs the weapons.",
            ("rok",),
        ),
        # experts the actor's name only gives a subject, and former analysts, stay outside
        ("North Korea experts say Pyongyang believes it needs the weapons.", ("other",)),
        (
            "Former U.S. intelligence analysts say Pyongyang believes it needs the weapons.",
            ("other",),
        ),
    ],
)
def test_analysts_of_an_actors_intelligence_service_speak_for_it(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


def test_praising_an_actor_for_its_decision_makes_the_decision_a_stance_target(korea):
    text = "Seoul praised Pyongyang for its decision to send athletes to the Olympics."
    assert _holders_of_last(korea, text) == ("rok", "dprk")
    # 'for' with no stance noun after it names no target
    text = "Seoul praised Pyongyang for its athletes at the Olympics."
    assert _holders_of_last(korea, text) == ("rok",)


def test_the_two_sides_that_agree_are_the_pair_named_before(korea):
    # allsides_korea 8L1EsdY9gaXqO36S, sentence 19: a joint agreement holds both parties
    paragraphs = (
        "North and South Korea have exchanged gunfire in the Demilitarised Zone.",
        "The two sides signed a military agreement - any deliberate shots fired would breach "
        "that pact.",
    )
    assert set(_holders_of_last(korea, *paragraphs)) == {"rok", "dprk"}
    # what 'both sides' failed to do is no joint position (Korea dev SEED 3 is context)
    paragraphs = (
        "North Korea and the United States held a summit in Hanoi.",
        "Negotiations have stalled since the summit collapsed as both sides failed to bridge "
        "differences.",
    )
    assert _holders_of_last(korea, *paragraphs) == ()


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # allsides_korea lTA2KLe7XFpDlSVX, sentence 1 (corpus audit)
        (
            "In a fiery escalation, North Korea on Saturday accused the US of a “gangster-like "
            "mindset” in negotiations, a glaring contradiction of US Secretary of State Mike "
            "Pompeo's description of the talks as “productive.”",
            ("dprk", "us"),
        ),
        # a fact contradicted, or a contradiction that may come, is no one's stance
        (
            "North Korea denied the report, contradicting the evidence of satellite images.",
            ("dprk",),
        ),
        (
            "Sarah Sanders said so to calm concerns that Mr. Kim might issue a statement "
            "contradicting South Korea's claim about his willingness to talk.",
            ("us",),
        ),
    ],
)
def test_whom_the_holder_contradicts_holds_the_contradicted_stance(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # allsides_korea 4tbm, sentence 8 (corpus dump, round 34): the main clause has no
        # content, so the warning is the sentence's (GUIDELINES 4.3)
        (
            "The report came hours after North Korea's military warned that it has been "
            "authorized to attack the U.S. using nuclear weapons.",
            ("dprk",),
        ),
        # allsides_korea gdYW, sentence 6: the deed and its trigger
        (
            "The United States sent two nuclear-capable stealth bombers on a practice run over "
            "South Korea on Thursday, just a day after North Korea’s dictatorship warned that "
            "war could break out “at any moment.”",
            ("us", "dprk"),
        ),
        # '…, as Kim said' stays a tag over the clause before it
        ("The talks are over, as Kim's envoy said.", ("dprk",)),
    ],
)
def test_a_name_owning_the_subject_of_a_time_clause_speaks(korea, text, holders):
    """'after North Korea's military warned': the owner is no object of 'after' (round 34)."""
    assert _holders_of_last(korea, text) == holders


@pytest.mark.parametrize(
    ("paragraphs", "holders"),
    [
        # allsides_korea huar, sentence 31 (corpus, round 34): 'characterized … as' reports
        (
            (
                "Rep. Jack Bergman, a Michigan Republican, spoke to reporters on Thursday.",
                "Along the same lines, Bergman characterized the Warmbier tragedy as “an "
                "anomaly” during an interview earlier Thursday on Fox News.",
            ),
            ("other",),
        ),
        # allsides_korea 8AKv, sentences 0-10 (corpus audit): 'the ambassador' an earlier
        # sentence introduced, not the actor of the sentence before
        (
            (
                "U.S. Ambassador to the United Nations Nikki Haley told Fox News that America "
                "has the iron-clad upper hand.",
                "North Korea responded Monday with threats and backlash.",
                "The ambassador, who has made global human rights the forefront of her "
                "positions, also characterized the chaos in Venezuela as “tragic.”",
            ),
            ("us",),
        ),
        # allsides_korea BRkY, sentence 22: a newspaper characterizing is no holder (GUIDELINES
        # 3), and the words before the parenthesis are nobody
        (
            (
                "This news comes out of direct talks between North and South (characterized "
                'here by the Washington Post as "the latest surprising development in a burst '
                'of diplomacy").',
            ),
            (),
        ),
    ],
)
def test_characterizing_is_reporting(korea, paragraphs, holders):
    assert _holders_of_last(korea, *paragraphs) == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # an arrival named as a visit or mission is a deed (GUIDELINES 5, state visits)
        ("Kim Jong Un arrived in Beijing on Monday on a surprise visit.", ("dprk",)),
        # a return or an arrival alone is travel (GUIDELINES 4.4; corpus audit, round 34)
        (
            "After a morning session lasting an hour and 40 minutes, Kim crossed back to the "
            "North for lunch, a dozen security guards jogging alongside his limousine.",
            (),
        ),
        ("Trump arrived in Tokyo on Sunday morning, local time.", ()),
        (
            "Before leaving for the summit, Trump took part in a contentious meeting with the "
            "leaders of the world’s largest industrialized economies.",
            (),
        ),
    ],
)
def test_travel_is_no_deed_unless_the_visit_is_named(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # USA Today, 23 September 2017 (corpus audit, round 34): the main clause has no
        # content of its own; what Ri said in the speech is the sentence's (GUIDELINES 4.3)
        (
            "The president was referring to a speech by North Korean Foreign Minister Ri "
            "Yong-ho, earlier Saturday in which he called Trump “a mentally deranged person "
            "full of megalomania” who is holding “the nuclear button.”",
            ("dprk",),
        ),
        (
            "This echoes a previous statement made during a New Year address in which Mr Kim "
            "declared his nuclear and ballistic missile programmes completed.",
            ("dprk",),
        ),
        # a relative clause that characterizes a background entity holds nothing
        (
            "The tube appeared to be for the KN-08, first displayed in a parade in 2015, "
            "during which the North claimed that its missiles were tipped with warheads.",
            (),
        ),
    ],
)
def test_what_a_speaker_said_in_a_speech_is_the_sentences_content(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # Fox News, 6 March 2018 (corpus audit, round 34): a span of threats dates the
        # sentence (GUIDELINES 4.3, KZOQ 39 'followed months of war threats')
        (
            "The comments mark a major change in tone after months of bombastic threats by "
            "the rogue regime to keep developing its nuclear and missile program.",
            (),
        ),
        # one named occasion prompts the main stance and holds its own (KZOQ 32)
        (
            "Trump scrapped the summit after repeated threats by North Korea to pull out.",
            ("us", "dprk"),
        ),
    ],
)
def test_months_of_threats_date_a_sentence_a_threat_prompts_it(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


def test_a_time_measure_is_no_speaking_phrase(korea):
    """Reuters, 7 January 2018 (corpus audit, round 34): 'a day after South Korea' was read
    as a phrase that speaks, an outside voice; the clause only dates the North's list."""
    text = (
        "On Sunday, North Korea announced a list of five officials who will represent "
        "Pyongyang, a day after South Korea confirmed its representatives, the South’s "
        "unification ministry said."
    )
    assert _holders_of_last(korea, text) == ("dprk",)


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # BBC (corpus audit, round 34): accepting an invitation is a position (GUIDELINES 5)
        (
            "In March, Mr Trump stunned the world by accepting an invitation to meet Mr Kim "
            "for an unprecedented sit-down.",
            ("us",),
        ),
        # the suggestion's content is spelled out: its owner holds it too (GUIDELINES 4.3)
        (
            "Mr Trump stunned the international community last month by accepting "
            "Pyongyang's suggestion for direct talks.",
            ("us", "dprk"),
        ),
        # accepting a state of affairs is no speech act
        ("But accepting North Korea’s programs as they are is the least palatable option.", ()),
    ],
)
def test_accepting_an_invitation_is_a_position(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # BBC, 25 September 2017 (corpus audit, round 34): the main clause has no content;
        # the tweet's is spelled out after 'that' (GUIDELINES 4.3)
        (
            "Mr Ri's comments were a response to Mr Trump's tweet that the North Korean "
            'leadership would not "be around much longer" if they continued their rhetoric.',
            ("us",),
        ),
        # the deed that prompted the main stance, four words between owner and noun (4.3)
        (
            "After North Korea's most recent nuclear test in February, China released a "
            "statement condemning it.",
            ("dprk", "china"),
        ),
    ],
)
def test_a_tweet_that_and_a_test_that_prompted_a_stance_are_held(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


def test_leaked_information_carries_the_sentence_as_a_report_does(korea):
    """CNN, 8 July 2018 (corpus audit, round 34): leaked information names no maker, so it
    relays what the agency it reveals thinks (GUIDELINES 3; BI5d 14, leaked findings)."""
    text = (
        "Leaked information has revealed that the Defense Intelligence Agency doesn't think "
        "Kim has any intention of giving up his nuclear weapons anytime soon."
    )
    assert _holders_of_last(korea, text) == ("us",)


@pytest.mark.parametrize(
    ("paragraphs", "holders"),
    [
        # Time, 2018 (corpus audit, round 35): 'From' opens a gerund clause; the speaker is
        # the adviser the sentence cites, not a person called From
        (
            (
                "From vowing in September to “tame the dotard with fire,” Kim Jong Un has now "
                "flipped to pledging “he is committed to denuclearization,” according to South "
                "Korean National Security Advisor Chung Eui-yong.",
            ),
            ("rok",),
        ),
        # Washington Post, 27 July 2016 (PolNeAR): Al From is a person
        (('"Our challenge was to win," From said.',), ("other",)),
        # Fox News, 17 April 2017 (corpus audit, round 35): the message 'has' is quoted next
        (
            (
                "President Trump has a simple message for the complex North Korea conundrum: "
                '"Gotta behave."',
            ),
            ("us",),
        ),
    ],
)
def test_a_gerund_after_from_and_a_message_quoted_after_has(korea, paragraphs, holders):
    assert _holders_of_last(korea, *paragraphs) == holders


@pytest.mark.parametrize(
    "text",
    [
        # BBC, 5 July 2017 (corpus audit, round 35): 'others' after 'but' goes on from the
        # experts before it
        "But others believe that at the rate it is going, Pyongyang may overcome these challenges.",
        "Some experts say the test failed, while others believe that Pyongyang may overcome "
        "these challenges.",
    ],
)
def test_others_after_but_or_while_are_outside_voices(korea, text):
    assert _holders_of_last(korea, text) == ("other",)


def test_praise_won_from_others_is_theirs_up_to_what_it_is_for(korea):
    """Washington Times, 2013 (corpus audit, round 35): the praise is the Republicans'; its
    list of holders ends at 'for', before the crisis it names (GUIDELINES 3, Congress)."""
    text = (
        "President Obama won rare foreign policy praise from Republicans for his "
        "administration’s handling of the North Korea crisis."
    )
    assert _holders_of_last(korea, text) == ("other",)


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # Fox News, 2019 (corpus audit, round 35): the parents' praise is theirs; Trump's
        # remark is its trigger (GUIDELINES 4.3)
        (
            "Last summer, Warmbier’s parents praised Trump after he said the first summit with "
            "Kim might not have happened if not for Warmbier.",
            ("other", "us"),
        ),
        # the same story: a meeting with no purpose stated is narration (SEED 4)
        ("Trump and Kim have met in two separate summits.", ()),
    ],
)
def test_parents_speak_and_having_met_is_narration(korea, text, holders):
    assert _holders_of_last(korea, text) == holders


def test_the_two_who_signed_are_the_pair_named_before(korea):
    """Washington Times, 27 April 2018 (corpus audit, round 35): 'the two' before a joint
    verb are the two leaders the sentence before named (GUIDELINES 4.2, joint agreements)."""
    paragraphs = (
        "Mr. Moon and Mr. Kim met Friday at the demilitarized zone.",
        "After jovial handshakes and hours of talks, the two signed the Panmunjom Declaration "
        "for Peace, Prosperity and Unification on the Korean Peninsula.",
    )
    assert set(_holders_of_last(korea, *paragraphs)) == {"rok", "dprk"}


def test_an_outlets_journalist_after_the_quote_holds_nothing(korea):
    """After the quotation, 'said NPR's Louisa Lim' is the outlet's own reporting (GUIDELINES
    3), as 'NPR's Louisa Lim said' before it already was."""
    assert _holders_of_last(korea, '"The relationship can change," said NPR\'s Louisa Lim.') == ()


@pytest.mark.parametrize(
    "text",
    [
        # Reuters via a 2014 story (corpus audit, round 35): a US office named without 'U.S.'
        "Assistant Secretary of State for East Asian and Pacific Affairs Danny Russel said the "
        "dosage can be upped.",
        "Assistant Secretary of State Danny Russel said the dosage can be upped.",
    ],
)
def test_a_secretary_of_state_is_the_united_states(korea, text):
    assert _holders_of_last(korea, text) == ("us",)


def test_the_committee_is_the_one_named_before(korea):
    """CNN, 2013 (corpus audit, round 35): 'the committee' is North Korea's Asia-Pacific
    Peace Committee of the sentence before (GUIDELINES 6, short references; 3, state
    bodies)."""
    paragraphs = (
        "The North's Korea Asia-Pacific Peace Committee issued a statement on Monday.",
        "“Once a war is ignited on the peninsula, it will be an all-out war,” the committee said.",
    )
    assert _holders_of_last(korea, *paragraphs) == ("dprk",)


def test_a_relative_clause_ending_in_a_quotation_leaves_the_cue_to_its_head(korea):
    # PolNeAR train politico_2016-06-22 (trump-s-stumbles-fuel-convention): the clause ends
    # with a comma inside the closing quotation mark
    text = "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort is over."
    assert _sources(korea, text, "said") == [["Humphrey"]]
    # a relative clause inside a quotation is the quoted words' own: the cue after it is
    # the quotation's, said by the name after it
    text = (
        "“He is not Ted Kennedy, who managed to have these relationships,” said "
        "Representative Peter Welch, Democrat of Vermont."
    )
    assert _sources(korea, text, "said") == [["Representative Peter Welch"]]


@pytest.mark.parametrize(
    "text, holders",
    [
        # 'calls' and 'is calling' with a name or a quotation after the object: name-calling
        (
            "South Korean President Park Geun-hye is calling the move “fantastic recklessness.”",
            ("rok",),
        ),
        ("Pyongyang calls the drills a rehearsal for an invasion.", ("dprk",)),
        # the noun is no cue: 'calls to', 'calls for' are demands read elsewhere
        ("Phone calls to the ministry in Pyongyang went unanswered on Friday.", ()),
    ],
)
def test_calls_a_name(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # allsides_korea cpj2 (corpus audit, round 36), sentence 48: a promise in the making
        ("The White House is promising he'll pursue “tough negotiations” with Kim.", ("us",)),
        # the adjective: no one promises anything
        ("The outlook for the talks with North Korea is promising.", ()),
    ],
)
def test_is_promising_is_a_promise_only_before_its_content(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # allsides_korea At3q (corpus audit 3120), sentence 26: an intention in the progressive
        (
            "Besides discussing the Olympics, South Korea is looking to improve overall "
            "relations with North Korea during the discussions.",
            ("rok",),
        ),
        # allsides_korea n4LND6BUhGwVIuS9 (corpus audit 3122), sentence 24: a wish
        (
            "If Pyongyang were to give up its nuclear assets, it would like to see a "
            "comparable gesture from Washington.",
            ("dprk",),
        ),
        ("Beijing is keen to avoid a war on its border.", ("china",)),
        ("Trump was hoping China would help him out in this process.", ("us",)),
        ("Pyongyang is eager to win sanctions relief.", ("dprk",)),
    ],
)
def test_wishes_and_intentions_in_the_progressive_are_stances(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_the_two_koreas_are_not_an_outside_voice(korea):
    # allsides_korea n4LND6BUhGwVIuS9 (corpus audit 3122), sentence 31's kind of subject:
    # 'Koreas' is no unknown person's name; both states, not an outside voice
    text = "The two Koreas agreed to march together at the opening ceremony."
    assert "other" not in attribute_text(text, compile_matcher(korea)).holders


def test_not_saying_what_someone_wanted_to_hear_is_still_a_statement(korea):
    # 'did not say what would happen' is a non-comment; 'didn't say what Trump wanted to
    # hear' tells what was said instead (allsides_korea, a Kim letter to Trump)
    text = "Kim did not say what Trump wanted to hear."
    assert attribute_text(text, compile_matcher(korea)).holders == ("dprk",)


@pytest.mark.parametrize(
    "text, holders",
    [
        # korea dev gold 3aqb 17 and allsides_korea YPLu (corpus audit 3124), sentence 10
        (
            "Following the Moon-Kim summit, Moon's office said Kim was willing to disclose the "
            "process to international experts, but the North's statement Saturday didn't "
            "include any mention about allowing experts on the site.",
            ("rok", "dprk"),
        ),
        # no contrast: not mentioning something is a non-comment
        ("Trump didn't mention North Korea during the speech.", ()),
    ],
)
def test_what_an_actors_statement_leaves_out_against_another_account_is_its(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_an_event_is_no_speaker_of_a_participle(korea):
    # allsides_korea luhhG9wMr4RqQ47v (corpus audit 3124), sentence 12: 'The launch' said
    # nothing; the president who took office did (left unresolved: no outside voice)
    text = (
        "The launch is the first since a new liberal president took office in South Korea on "
        "Wednesday, saying dialog as well as pressure must be used to ease tensions."
    )
    assert "other" not in attribute_text(text, compile_matcher(korea)).holders


def test_a_quotation_that_opens_on_the_verb_quotes_the_subjects_predicate(korea):
    # allsides_korea AhLl…, sentence 53: the quotation opens on 'agreed'; its subject,
    # 'the two' (Pompeo and Kang), stands outside the marks
    text = (
        "Pompeo spoke to South Korean Foreign Minister Kang Kyung-wha on Thursday, and the two "
        "“agreed that pressure must continue until [North Korea] denuclearizes,” according to "
        "a State Department readout of the call."
    )
    assert set(_holders_of_last(korea, text)) == {"us", "rok"}
    text = "Washington “unequivocally condemned” the launch on Sunday."
    assert _holders_of_last(korea, text) == ("us",)
    # after a modal or a negation, a preposition, or a comma the quoted verb is no cue of a
    # subject before the mark
    assert _sources(korea, "Trump wouldn't “rule out” talks.", "rule out") == []
    assert _holders_of_last(korea, "Moon met with “pledged” donors on Sunday.") == ()
    assert _sources(korea, "In Washington, “agreed terms bind Seoul,” Moon said.", "agreed") == []


def test_committed_to_is_a_pledge_and_a_titled_conjunct_joins_the_subject(korea):
    # allsides_korea dmVo…, sentence 23: the contrast clause's commitment is North Korea's
    text = (
        "The United States has long insisted on complete, verifiable and irreversible "
        "denuclearization by North Korea, but in the summit statement, North Korea committed "
        "only to the “complete denuclearization of the Korean Peninsula,” phrasing it has used "
        "in the past."
    )
    assert set(_holders_of_last(korea, text)) == {"us", "dprk"}
    # 'is committed' stays a state of mind, the cue as before, and so do "he's / was
    # committed to" (PolNeAR train: "inspired by Sanders's agenda, he's committed to …")
    (evidence,) = attribute_text("China is committed to peace.", compile_matcher(korea)).evidence
    assert (evidence.holder, evidence.cue) == ("china", "is committed")
    assert _sources(korea, "Inspired by his agenda, he's committed to Sanders.", "committed") == []
    assert _sources(korea, "Moon was committed to talks with Kim.", "committed") == []
    # allsides_korea HKqr…, sentence 6: 'and Prime Minister Abe' is the subject's second
    # conjunct, under a title of two words
    text = "President Trump and Prime Minister Abe pledged to increase pressure on North Korea."
    assert set(_holders_of_last(korea, text)) == {"us", "other"}


def test_the_two_holders_of_a_sentence_naming_more_actors_are_the_pair_after_it(korea):
    # allsides_korea OrON…, sentences 28-29: the sentence names five actors, two of them
    # agree; 'the leaders' next are those two
    first = (
        "The White House said in a statement that Trump and Moon had agreed that advances in "
        "North Korean missile technology posed “a grave and growing direct threat to the "
        "United States, South Korea and Japan.”"
    )
    then = "In an hour-long phone call on Monday, the leaders said they would continue to apply "
    then += "pressure to the North."
    assert set(_holders_of_last(korea, first, then)) == {"us", "rok"}
    # a sentence held by one actor passes no pair on: 'the leaders' stay an outside voice
    first = "Trump said advances in North Korean missile technology threaten South Korea."
    assert _holders_of_last(korea, first, then) == ("other",)


def test_a_whose_clause_after_a_name_is_no_subject_of_the_verb_after_it(korea):
    # allsides_korea DcQ0…, sentence 18 (corpus audit, round 38)
    text = (
        "Russia's U.N. ambassador, Vitaly Churkin, whose country is also a North Korean ally, "
        "said the resolution has to be reasonable."
    )
    assert _holders_of_last(korea, text) == ("other",)
    # allsides_korea EbHOKFmayLDedK6W, sentence 19: the head is a news outlet
    text = (
        "The Associated Press, whose journalists spotted the American jet in Pyongyang on "
        "Tuesday, first reported the release."
    )
    assert _holders_of_last(korea, text) == ()
    # a cue inside the 'whose' clause has the clause's own subject
    text = (
        "The ruling was a setback for Trump, whose attorneys argued that the documents "
        "contained secrets."
    )
    assert _holders_of_last(korea, text) == ("other",)


def test_the_north_korean_news_agency_is_the_states_voice(korea):
    # allsides_korea 9Erb…, sentence 0 (corpus audit, round 38): KCNA named by its country
    text = (
        "North Korea’s delegation held “frank and candid” talks with South Korean President "
        "Moon Jae-in, the North Korean news agency said on Sunday."
    )
    assert _holders_of_last(korea, text) == ("dprk",)
    # South Korea's agency (Yonhap) is a news outlet: the talks' report has no holder
    text = "The talks went well, the South Korean news agency said."
    assert _holders_of_last(korea, text) == ()


def test_officials_named_by_no_state_are_the_government_spoken_of(korea):
    # allsides_korea BMIl…, sentence 11 (corpus audit, round 38); like 'the officials'
    first = "The Trump administration has struggled to settle on a North Korea policy."
    text = "How Mr. Kim will act remains tough to predict, officials acknowledge."
    assert _holders_of_last(korea, first, text) == ("us",)
    # with no government spoken of before, they stay unresolved
    assert _holders_of_last(korea, text) == ()


def test_a_question_in_an_opinion_piece_is_no_argument_of_the_author(korea):
    # allsides_korea Rw54… (CNN opinion; corpus audit, round 38), sentences 5-7; the dev
    # gold holds the author's questions in UmmynbD8 1-2 as no one's stance
    article = Article(
        "x",
        "",
        "Why North Korea tested again",
        (
            "Kim Jong Un's North Korea presents a serious challenge to a fragmenting world. "
            "Why did the test happen now? What is North Korea hoping to get out of it?",
        ),
        url="https://edition.cnn.com/2016/09/09/opinions/north-korea-test-opinion/index.html",
    )
    holders = [a.holders for a in attribute_article(article, split_article(article), korea)]
    assert holders == [("other",), (), ()]


def test_a_name_set_off_after_the_role_that_spoke_is_that_actors_later(korea):
    # allsides_korea vBQ0… (corpus audit, round 38), sentences 5-7
    first = (
        "U.S. Pacific Command tracked the missile before it landed in the Sea of Japan, said "
        "the spokesman, Cmdr. David Benham."
    )
    then = "“We stand behind our ironclad commitment to our allies,” Benham said."
    assert _holders_of_last(korea, first, then) == ("us",)


def test_reports_dated_but_made_by_no_one_hold_nothing(korea):
    # allsides_korea BLMo…, sentence 35 (corpus audit, round 38)
    text = "Reports on Friday said the missile had come down in the sea off northern Japan."
    assert _holders_of_last(korea, text) == ()


def test_a_response_to_a_stance_named_with_its_content_holds_both(korea):
    # allsides_korea FGDj…, sentence 84 (corpus audit, round 38; GUIDELINES 4.3 target)
    text = "North Korea responded to South Korea's call last week for open talks."
    assert set(_holders_of_last(korea, text)) == {"dprk", "rok"}


@pytest.mark.parametrize(
    "text, cue, sources",
    [
        (  # PolNeAR train, nyt_2015-12-29 (u-s-commandos-take-on-larger-role)
            "Mr. Obama tried to draw a distinction during an interview this month with CBS "
            "News, when a reporter asked if recent deployments meant that he was reneging.",
            "asked",
            [["a reporter"]],
        ),
        (  # PolNeAR train, huff-post_2016-01-19 (flint-water-response)
            "The state admitted it made a mistake when a local pediatrician reported high "
            "lead levels in children.",
            "reported",
            [["a local pediatrician"]],
        ),
        (  # PolNeAR dev, wash-post_2016-02-14: capitals inside the phrase
            "Hillary Clinton caused a recent stir when an Iowa voter asked if she might "
            "consider appointing Obama.",
            "asked",
            [["an Iowa voter"]],
        ),
    ],
)
def test_a_common_noun_after_a_conjunction_is_its_clause_s_subject(korea, text, cue, sources):
    assert _sources(korea, text, cue) == sources


@pytest.mark.parametrize(
    "text, cue, sources",
    [
        # a phrase set off by commas after the conjunction is no clause of its own
        (
            "“He had a lot of supporters,” Blunt, after a long pause, said of Cruz.",
            "said",
            [["Blunt"]],
        ),
        # 'the' may refer back: 'the country' is the name before, not a new subject
        (
            "Bush removed North Korea from the list after the country agreed to continue "
            "disabling its nuclear plant.",
            "agreed",
            [["North Korea"]],
        ),
    ],
)
def test_a_phrase_set_off_or_with_the_opens_no_clause_of_its_own(korea, text, cue, sources):
    assert _sources(korea, text, cue) == sources


@pytest.mark.parametrize(
    "text, cue, sources",
    [
        (  # PolNeAR train, politico (Ryan's spokesman on Priebus)
            "And it wasn’t a one-off or an accident — Brendan Buck, a spokesman for Ryan, told "
            "POLITICO that the House speaker gave Priebus a heads up.",
            "told",
            [["Brendan Buck"]],
        ),
        # a pair of dashes sets off an aside: the subject stands before it
        ("Kim — the third of his line — said the talks were over.", "said", [["Kim"]]),
    ],
)
def test_a_dash_no_second_dash_closes_opens_a_clause(korea, text, cue, sources):
    assert _sources(korea, text, cue) == sources


def test_a_deed_inside_dashes_is_the_aside_s_subject(korea):
    # allsides_korea Wo7i…, sentence 71: the aside's subject, not the clause's before it
    text = (
        "While North Korea is exceptionally isolated economically — the US has basically "
        "sanctioned the North as much as it can — China remains the North’s economic lifeline."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


def test_a_participle_after_a_dash_keeps_the_subject_before_it(korea):
    # PolNeAR train, breitbart_2016-02-06 (Super Bowl picks)
    text = "Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning."
    ((source,),) = _sources(korea, text, "saying")  # PolNeAR scores spans by overlap
    assert source.startswith("Marco Rubio")


def test_a_taunt_with_its_content_is_the_target_s_stance(korea):
    # allsides_korea BOw4…, sentence 6 (re-audit of set_3113_0)
    text = (
        "Earlier this week Trump dismissed Kim’s taunt that the North Korean leader has a "
        "nuclear button on his desk, saying he has a bigger button."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us", "dprk")


def test_a_typed_double_hyphen_is_a_dash(korea):
    # PolNeAR dev, usa-today_2016-09-08 (candidates vie for veterans' support)
    text = (
        "Trump released a list of endorsements from 95 retired generals and admirals -- most "
        "of whom had previously announced their support -- who cited his plans."
    )
    assert len(normalize(text)) == len(text) and " — most" in normalize(text)
    assert _sources(korea, text, "had previously announced") == [["most of whom"]]


def test_a_person_s_parents_are_private_people(korea):
    # allsides_korea fhxS…, sentence 21 (re-audit of set_3114_0): 'his' is no official's
    text = (
        "Though North Korea has denied mistreating the 22-year-old student, his parents insist "
        "that his death in July 2017 was the consequence of torture."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("dprk", "other")


@pytest.mark.parametrize(
    "text, holders",
    [
        # allsides_korea Igzm…, sentence 7
        (
            "Analysts see an attack on Seoul as “extremely unlikely” according to the "
            "Associated Press.",
            ("other",),
        ),
        # 'would see … as' is a guess at a view, not a view held
        ("He thought Beijing ultimately would see Kim Jong Un's regime as a liability.", ("us",)),
        ("He thought Beijing does not see Kim Jong Un's regime as a liability.", ("us",)),
    ],
)
def test_seeing_something_as_is_a_view(korea, text, holders):
    assert _holders_of_last(korea, "Trump spoke on Monday.", text) == holders


@pytest.mark.parametrize(
    "text",
    [
        # allsides_korea smz2…, sentence 7 (re-audit of set_3114_2): a sitting official
        "“We will take prudent steps,” James Miller, undersecretary of Defense for policy, said.",
        # allsides_korea VZB7…, sentence 11: an office of the executive branch
        "South Korea is America’s sixth-largest trading partner in goods, according to the "
        "Office of the United States Trade Representative.",
    ],
)
def test_us_executive_offices_named_without_the_country_are_the_us(korea, text):
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


def test_a_name_called_in_a_when_clause_is_said(korea):
    # allsides_korea NWpz…, sentence 13: 'when Trump called Kim …' names Trump's words
    text = (
        "Trump and North Korea's war of threats escalated last week when Trump called Kim Jong "
        "Un a “rocket man [who] is on a suicide mission for himself and for his regime.”"
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


def test_a_news_site_named_by_its_address_is_a_news_outlet(korea):
    # allsides_korea 101i…, sentence 6 (re-audit of set_3115_2): an outlet holds nothing
    text = (
        "According to NKNews.org, a news agency that tracks activities in North Korea, the "
        "text on the map reads “U.S. Mainland Strike Plan”."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ()


def test_a_deed_a_news_outlet_reports_is_the_doer_s(korea):
    # allsides_korea dTAH…, sentence 7: the Post carries the deed; North Korea did it
    text = (
        "The Washington Post reported Thursday that North Korea presented a U.S. envoy with a "
        "$2 million bill for Warmbier's hospital care."
    )
    attribution = attribute_text(text, compile_matcher(korea))
    assert attribution.holders == ("dprk",)
    assert [e.cue for e in attribution.evidence] == ["presented"]


def test_a_day_after_the_voice_s_own_verb_dates_its_words_not_the_deed(korea):
    # '…, experts said Monday': the analysts' assessment, not a dated deed they relay
    text = "North Korea fired again, experts said Monday."
    assert attribute_text(text, compile_matcher(korea)).holders == ("other",)


def test_an_aside_between_dashes_keeps_the_subject_before_it(korea):
    # the aside's own 'said that' is no floor past which its closing dash stands alone
    text = "Kim — who said that the talks were over — told reporters the North would wait."
    assert _sources(korea, text, "told") == [["Kim"]]
    # a dash inside a quotation is no clause break of the sentence
    text = "Kim, who wrote “we will fight — to the end,” said the talks were over."
    assert _sources(korea, text, "said") == [["Kim"]]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Trade Representative Robert Lighthizer said tariffs on North Korea would rise.",
        "undersecretary of Defense John Rood said the North remained a threat.",
    ],
)
def test_an_office_before_a_name_is_the_office_holder(korea, text):
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


@pytest.mark.parametrize(
    "text, key",
    [
        ("Even as it released Fowle, North Korea pushed back on both issues.", "dprk"),
        ("   Although he met Moon, Trump said the summit was off.", "us"),  # a blanked dateline
        # a time clause's pronoun may as well mean the actor of the sentence before
        ("When it warned of more tests, Washington said it would respond.", ""),
    ],
)
def test_a_concessive_clause_s_pronoun_means_the_name_after_the_comma(korea, text, key):
    from briefer.holders import pronoun_before_its_name
    from briefer.mentions import MentionKind
    from briefer.view import SentenceView

    view = SentenceView.of(text, compile_matcher(korea).mentions(text), False)
    (pronoun, *_) = [m for m in view.mentions if m.key == MentionKind.PRONOUN]
    assert pronoun_before_its_name(view, (pronoun,)) == key


def test_a_former_official_set_off_after_the_name_stays_former(korea):
    text = "Ri Yong Ho, North Korea’s former foreign minister, said the talks were over."
    assert attribute_text(text, compile_matcher(korea)).holders == ("other",)


def test_a_spaced_hyphen_is_a_dash(korea):
    # PolNeAR train, nyt_2016-03-09 (Clinton tries to reframe 'revolution')
    text = (
        "It took years for a gridlocked Congress to pass long-term highway funding - "
        "Mr. Obama signed the $305 billion measure three months ago."
    )
    assert len(normalize(text)) == len(text) and " — Mr. Obama" in normalize(text)
    assert _sources(korea, text, "signed") == [["Obama"]]


def test_a_participle_after_a_dash_and_an_adverb_keeps_the_subject(korea):
    # PolNeAR train, wash-post_2016-02-02: 'she declined …, only saying that …'
    text = "She declined to claim outright victory - only saying that she was relieved."
    ((source,),) = _sources(korea, text, "only saying")
    assert source.startswith("She")


@pytest.mark.parametrize(
    "text",
    [
        # allsides_korea 8brQ…, sentences 4 and 13 (corpus audit, round 40)
        "The Pentagon's intelligence arm has assessed with “moderate confidence” that North "
        "Korea has the ability to deliver a nuclear weapon with a ballistic missile.",
        "“DIA assess with moderate confidence the North currently has nuclear weapons capable "
        "of delivery by ballistic missiles.”",
    ],
)
def test_an_assessment_made_with_confidence_is_the_assessor_s(korea, text):
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


@pytest.mark.parametrize(
    "text, holders",
    [
        # allsides_korea 81bz…, sentence 9 (corpus audit, round 40)
        ("North Korea is closing the Punggye-ri Nuclear Test Site.", ("dprk",)),
        # what befalls the subject, and adjectives in -ing, are no deed
        (
            "In other words, North Korea, with erratic leader Kim Jong-un, is becoming a "
            "nuclear power.",
            (),
        ),
        ("North Korea is facing new sanctions.", ()),
        ("Trump is meeting the South Korean president in Washington on Friday.", ()),
        ("Kim was wearing a dark suit.", ()),
        ("North Korea is nothing more than a paper tiger.", ()),
        ("China is watching the talks closely.", ()),
    ],
)
def test_a_progressive_with_its_object_is_a_narrated_deed(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


@pytest.mark.parametrize(
    "text, holders",
    [
        # allsides_korea EbHO…, sentence 8 (corpus audit, round 40): a statement all the same
        (
            "State Department spokeswoman Marie Harf declined to comment on the negotiations "
            "behind the release, saying two Americans remained in captivity.",
            ("us",),
        ),
        # the reason for the silence, or the credit line's, is no statement
        (
            "A U.S. official declined to be named, saying he was not authorized to speak to "
            "the media.",
            (),
        ),
        ("The Pentagon declined to comment, saying it does not discuss intelligence matters.", ()),
        (
            "The Pentagon declined to comment on the report, saying it does not discuss "
            "intelligence matters.",
            (),
        ),
    ],
)
def test_what_follows_a_non_comment_may_be_a_statement(korea, text, holders):
    assert attribute_text(text, compile_matcher(korea)).holders == holders


def test_the_pair_means_the_two_actors_named_before(korea):
    # allsides_korea HwXs…, sentences 3-4 (corpus audit, round 40)
    holders = _article_holders(
        korea,
        "In March, Mr Trump stunned the world by accepting an invitation to meet Mr Kim for an "
        "unprecedented sit-down.",
        "The pair had previously exchanged insults and threats.",
    )
    assert set(holders[-1]) == {"us", "dprk"}
    # 'the pair of' is no pair of actors, nor 'the pair' of what flew
    assert _article_holders(korea, "Trump met Kim.", "The pair of missiles flew 300 km.")[-1] == ()
    holders = _article_holders(
        korea,
        "North Korea fired two missiles on Sunday, Seoul said.",
        "The pair flew about 600 km before landing in the sea.",
    )
    assert holders[-1] == ()


def test_according_to_a_document_by_its_author_is_the_author_s(korea):
    # allsides_korea UUN5…, sentence 63 (corpus audit, round 40): four words before the name
    text = (
        "It would prefer to solve the crisis diplomatically, according to an August 13 op-ed "
        "piece by Mattis and Secretary of State Rex Tillerson."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us",)


def test_a_sentence_a_paragraph_break_cut_in_two_is_one_sentence(korea):
    # GUIDELINES 1: both fragments carry the full sentence's labels, either way round
    holders = _article_holders(
        korea,
        "Seoul's plans for the talks were unclear, and the ministry would",
        "not say when its delegation would leave, the South Korean foreign ministry said.",
    )
    assert holders == [("rok",), ("rok",)]
    # a heading without a full stop, and a sentence in capitals after it, stay apart
    holders = _article_holders(
        korea, "Tough talk, raising a missile", "North Korea moved a missile to its coast."
    )
    assert holders[0] == ()


def test_a_stance_s_maker_after_from_may_stand_before_a_dashed_aside(korea):
    # allsides_korea buAJ…, sentence 26 (corpus audit, round 40)
    text = (
        "In March, Mr Trump surprised the world by accepting an invitation from Mr Kim - "
        "delivered via Seoul - to meet in person."
    )
    assert attribute_text(text, compile_matcher(korea)).holders == ("us", "dprk")


@pytest.mark.parametrize(
    "paragraphs, holders",
    [
        # review of round 40: a title of a government's only; the author, not the courier;
        # a cause asked about is no target; a possessor's title is the possessor's
        (
            ("The Chinese tour company director, Wang Lei, said bookings had collapsed.",),
            ("other",),
        ),
        (
            ("Kim is willing to talk, according to a letter delivered by South Korea's envoys.",),
            ("other",),
        ),
        (
            ("Analysts said it was unclear what prompted Washington's decision to pull out.",),
            ("other",),
        ),
        (
            (
                "The International Crisis Group's North Korea director, Christopher Green, visited "
                "Seoul.",
                "Green said the talks could fail.",
            ),
            ("other",),
        ),
        (
            (
                "NPR's Seoul correspondent Anthony Kuhn says the North is angry.",
                "Kuhn adds that the talks are off.",
            ),
            (),
        ),
        (
            (
                "North Korea fired a ballistic missile into the sea on Sunday.",
                "Security officials expect another launch within days.",
            ),
            (),
        ),
    ],
)
def test_the_round_40_rules_stop_where_they_should(korea, paragraphs, holders):
    assert _article_holders(korea, *paragraphs)[-1] == holders


def test_indicated_at_the_end_of_a_clause_reports_what_came_before(korea):
    # allsides_korea zchp3zzXM0q2M8sa, sentence 25 (corpus audit, round 41)
    text = (
        "It seems, for starters, that Kim does not have a great deal of emotional intelligence,"
        " US officials indicated during testimony before the House Intelligence Committee."
    )
    assert _article_holders(korea, text) == [("us",)]
    # 'indicated' before its object stays no cue: what the imagery shows is no one's statement
    imagery = "Satellite imagery has indicated North Korea is ready to launch."
    (attribution,) = _attributed(imagery, korea)
    assert not any("indicated" in e.cue for e in attribution.evidence)


def test_although_ends_what_the_speaker_before_it_said(korea):
    # allsides_korea 0ieHvUBijDLFpONd, sentence 35 (corpus audit, round 41)
    text = (
        "This week North Korea said it had dismantled its Punggye-ri nuclear test site, although"
        " scientists believe it partially collapsed after the last test in September 2017."
    )
    assert _article_holders(korea, text) == [("dprk", "other")]


def test_experts_estimate_is_their_assessment(korea):
    # allsides_korea 4tbmALyt7PuT4cev, sentence 56 (corpus audit, round 41)
    text = "Experts estimate it could take three months to a year to restart the plant."
    assert _article_holders(korea, text) == [("other",)]
    assert _article_holders(korea, "An estimated 10,000 people attended the rally.") == [()]


def test_the_writers_own_aside_holds_nothing(korea):
    # allsides_korea e0XRt58hhzbBQWG0, sentence 53 (corpus audit, round 41): I = the writer
    text = "The nearest shelter, I thought, would be the subway system."
    assert _article_holders(korea, text) == [()]
    quoted = "“The nearest shelter, I thought, would be the subway,” Kim Yo Jong said."
    assert _article_holders(korea, quoted) == [("dprk",)]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # a participle after a document's noun, then a time: a reduced relative
        (
            "Tony Kim's family thanked Mr. Trump in a statement released Wednesday morning, "
            "saying they were grateful.",
            ("other",),
        ),
        # after any other noun the verb before a time is the clause's own (review, round 41)
        (
            "The head of the North Korean delegation warned Tuesday the talks could collapse.",
            ("dprk",),
        ),
        (
            "A spokesman for the South Korean unification ministry welcomed Thursday the North's "
            "offer.",
            ("rok",),
        ),
    ],
)
def test_a_time_after_a_participle(korea, text, holders):
    assert _article_holders(korea, text) == [holders]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Photos released by North Korea's state media on Friday showed Kim smiling.", ("dprk",)),
        # not a state's media: the State Department, a South Korean broadcaster (GUIDELINES 3)
        ("Photos released by the State Department showed Pompeo meeting Kim Yong Chol.", ()),
        ("Footage from South Korean state broadcaster KBS showed the launch.", ()),
    ],
)
def test_footage_a_states_media_show(korea, text, holders):
    assert _article_holders(korea, text) == [holders]


def test_analysts_calculated_is_their_assessment(korea):
    # allsides_korea khMAepz6WZhBI75Q, sentence 33 (corpus audit, round 41)
    text = (
        "On a flatter trajectory, military analysts calculated Tuesday, the missile could fly"
        " more than 4,000 miles."
    )
    assert _article_holders(korea, text) == [("other",)]
    assert _article_holders(korea, "It was a calculated risk, Kim Yo Jong said.") == [("dprk",)]


def test_governments_around_the_region_are_outside_voices_and_no_it(korea):
    # allsides_korea khMAepz6WZhBI75Q, sentence 9 (corpus audit, round 41)
    text = (
        "The Trump administration and governments around the region were quick to condemn the"
        " missile launch."
    )
    assert _article_holders(korea, text) == [("us", "other")]
    # 'it' is never the plural before it (allsides_korea xpbv, sentence 3)
    text = (
        "Foreign governments have been struggling to assess how seriously to take North Korea's"
        " recent torrent of rhetoric, as it expresses its anger over continuing U.S.-South Korea"
        " military maneuvers."
    )
    assert _article_holders(korea, text) == [("dprk",)]


def test_an_outlet_relays_a_deed_in_the_progressive(korea):
    # allsides_korea hsSf, sentence 23 (corpus audit, round 41): the Journal is a conduit
    text = (
        "But The Wall Street Journal reported that the administration is pulling back on the"
        " demonstrations, out of concern that it could lead to miscalculations."
    )
    assert _article_holders(korea, text) == [("us",)]
