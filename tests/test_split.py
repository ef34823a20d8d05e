"""Sentence splitting: offline, verbatim offsets, accuracy, bounded time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.models import Article
from briefer.read import read_paths
from briefer.split import SEGMENTERS, is_boilerplate, split_article

from .conftest import SEED, shared


def test_seed_sentences_keep_offsets_into_the_body():
    (article,) = read_paths([SEED]).articles
    sentences = split_article(article)
    assert len(sentences) == 12
    for sentence in sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.article_id == article.id
    assert sentences[8].paragraph == 8
    assert sentences[8].text.startswith("But the North on Thursday said")


@pytest.mark.parametrize("segmenter", sorted(SEGMENTERS))
def test_abbreviations_do_not_split(segmenter):
    article = Article("x", "", "t", ("Mr. Moon met U.S. envoys on Nov. 29. They talked.",))
    texts = [s.text for s in split_article(article, segmenter)]
    assert texts[-1] == "They talked."


def test_quotations_stay_whole_with_pysbd():
    article = Article("x", "", "t", ('"We are ready. We will talk," Moon said. Kim left.',))
    texts = [s.text for s in split_article(article)]
    assert texts == ['"We are ready. We will talk," Moon said.', "Kim left."]


def test_works_offline_with_an_empty_home(tmp_path: Path):
    """No NLTK data anywhere: HOME is empty and NLTK_DATA points nowhere."""
    code = (
        "from briefer.pipeline import make_brief, BriefRequest;"
        "from briefer.template import load_template;"
        f"r = make_brief(BriefRequest(({str(SEED)!r},)), load_template('korea'));"
        "print(r.brief.sentence_count)"
    )
    env = {**os.environ, "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "none")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "12"
    assert not (tmp_path / "nltk_data").exists()


def test_pathological_sentence_neither_hangs_nor_crashes():
    text = "word " * 20_000 + "end"
    article = Article("x", "", "t", (text.strip(),))
    started = time.perf_counter()
    sentences = split_article(article)
    assert time.perf_counter() - started < 20
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


@pytest.mark.slow
def test_golden_rules_accuracy():
    cases = [json.loads(line) for line in shared("sbd/golden_rules_en.jsonl").open()]
    unique = [c for c in cases if not c["duplicate_of_earlier"]]
    segment = SEGMENTERS["pysbd"]
    exact = sum([s.strip() for s in segment(c["text"])] == c["sentences"] for c in unique)
    assert exact >= 47, f"{exact}/{len(unique)}"


def test_page_furniture_is_cut_or_flagged():
    article = Article(
        "x",
        "",
        "t",
        (
            "Scroll down for video If your name is Nigel you are twice as likely to vote Ukip.",
            "REUTERS/Kim Hong-Ji",
            "The winner was singer/songwriter Hunter Hayes, who spoke at the event.",
        ),
    )
    first, credit, content = split_article(article)
    assert first.text == "If your name is Nigel you are twice as likely to vote Ukip."
    assert article.text[first.start : first.end] == first.text and not first.boilerplate
    assert credit.boilerplate
    assert not content.boilerplate


def test_datelines_are_cut_and_captions_flagged():
    article = Article(
        "x",
        "",
        "t",
        (
            "SEOUL/WASHINGTON (Reuters) - North Korea said on Friday it would resume talks.",
            "(CNN) The mystery deepened on Friday after the leader missed a ceremony.",
            "North Korean leader Kim Jong-Un watches a parade in Pyongyang, April 15, 2017.",
            "TOKYO — North Korea claimed Friday that it had conducted a nuclear test.",
        ),
    )
    first, second, caption, tokyo = split_article(article)
    assert tokyo.text.startswith("North Korea claimed Friday")
    assert first.text == "North Korea said on Friday it would resume talks."
    assert second.text.startswith("The mystery deepened")
    assert article.text[first.start : first.end] == first.text
    assert caption.boilerplate and not first.boilerplate


def test_a_dateline_with_its_country_is_cut_but_a_shout_before_a_dash_stays():
    article = Article(
        "x",
        "",
        "t",
        (
            "SEOUL, South Korea -- North Korean state radio on Tuesday announced a delay.",
            "RIYADH, Saudi Arabia — North Korea's latest test launch was a medium-range missile.",
            "WOW -- Trump says he doesn't think Kim Jong Un is responsible.",
        ),
    )
    seoul, riyadh, wow = split_article(article)
    assert seoul.text == "North Korean state radio on Tuesday announced a delay."
    assert riyadh.text.startswith("North Korea's latest test launch")
    assert wow.text.startswith("WOW -- Trump says")
    assert article.text[seoul.start : seoul.end] == seoul.text


def test_video_widgets_and_captions_dated_in_ap_style_are_boilerplate():
    article = Article(
        "x",
        "",
        "t",
        (
            "Media playback is unsupported on your device Media caption Trump says Kim "
            "Jong-un's attitude changed after his second visit to China",
            "Kim Yo Jong, sister of North Korean leader Kim Jong Un, arrives in South Korea, "
            "Friday, Feb. 9, 2018.",
            "North Korea fired a missile on Friday, Feb. 9, and warned of more.",
        ),
    )
    widget, caption, news = split_article(article)
    assert widget.boilerplate and caption.boilerplate and not news.boilerplate


def test_quoted_section_headings_and_photo_captions_are_boilerplate():
    article = Article(
        "x",
        "",
        "t",
        (
            "‘COME VISIT PYONGYANG’",
            "Moon shakes hands with Kim Yo Jong in Seoul in this handout photo.",
        ),
    )
    assert all(s.boilerplate for s in split_article(article))


def _pysbds_own(paragraph: str) -> list[str]:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False).processor(paragraph).process()


@pytest.mark.slow
def test_the_shortcuts_give_pysbds_own_sentences():
    from briefer.sbd import english_processor as _pysbd

    paragraphs = [json.loads(line)["text"] for line in shared("sbd/golden_rules_en.jsonl").open()]
    for line in shared("korea_articles/allsides_korea.jsonl").open(encoding="utf-8"):
        paragraphs.extend(p for p in json.loads(line)["text"].split("\n")[:15] if p.strip())
    assert len(paragraphs) > 2_000
    fast = _pysbd()
    assert [fast(p) for p in paragraphs] == [_pysbds_own(p) for p in paragraphs]


def test_the_shortcuts_keep_pysbds_rules():
    from briefer.sbd import english_processor as _pysbd

    for text in (
        "Mr. Kim met Dr. Lee at 9 a.m. on Friday. Talks resumed.",
        "Prices rose 5 p.c. in the U.S. in Jan. 2019. St. Louis was quiet.",
        "The ſt. Ives case (no. 3) is here. Kelvin K. Smith said so.",
        "He lives at No. 10 Downing St. near the Thames. She does not.",
        "The plan: 1. talks 2. a freeze 3. sanctions relief. Seoul agreed.",
        "It has three steps: a) a freeze, b) inspections, c) a treaty. Kim agreed.",
        "Options were (i) talks (ii) pressure and (iii) both. None worked.",
        "a. First point b. second point. Item 4) came later and 5) last.",
    ):
        assert _pysbd()(text) == _pysbds_own(text), text


@pytest.mark.parametrize(
    "line",
    [
        "This article is more than 2 years old",
        "Enlarge this image toggle caption Korea Summit Press Pool/Reuters",
        "Play Video 1:10 North and South Korean leaders shake hands at the border – video",
        "Here’s a look back at three key moments.",
        "Photographer: Noel Celis/AFP via Getty Images",
        "Hide caption Kim approaches from the northern side as Moon is on the southern side.",
        "— Donald J. Trump (@realDonaldTrump) July 4, 2017",
        # BBC's embeds end with their 'Report' link (allsides_korea d5tZq9FibAGgUmiP)
        "— Donald J. Trump (@realDonaldTrump) August 24, 2018 Report",
        "pic.twitter.com/bUa2pkq80s — Donald J. Trump (@realDonaldTrump) October 7, 2018",
        "Contributing: Charles Ventura, The Associated Press",
        "By Jane Onyanga-Omara",
        "This story was reported by The Associated Press.",  # a 2018-06-12 dev day's credit
        "• Sally Persons contributed to this article.",  # Washington Times
        # BBC's captions, 34 in the Korea corpus (allsides_korea d5tZq9FibAGgUmiP)
        "Image copyright Reuters Image caption Problem solved - according to Mr Trump after "
        "his June summit with Kim Jong-un",
        'Media caption US ambassador Nikki Haley: "Kim Jong-un is begging for war"',
        # CNN's photo galleries (round 23's precision audit: 6 in the Korea corpus)
        "Photos: North Korea launches rocket Photos: North Korea launches rocket The "
        "Kwangmyongsong carrier rocket blasted off from the Sohae launch facility.",
        "North Korean leader Kim Jong Un walks to the stage in Pyongyang, on April 13, 2017 "
        "Hide Caption 1 of 14",
        # ABC News's follow widget and CNN's video widget, split into sentences of their own
        "Interested in North Korea?",
        "Add North Korea as an interest to stay up to date on the latest North Korea news, "
        "video, and analysis from ABC News.",
        "Add Interest",
        "Replay More Videos ...",
        # The Guardian's related links (round 24's audit, allsides_korea tIysOXhFKn5dH0hv)
        "Trump issues new sanctions on North Korea and claims China is following Read more",
        # USA Today's related links (round 25's audit, allsides_korea NF4ZH4OrQVBHYAHv)
        "More:North Korea warns it may cancel summit with Trump if it has to give up nukes",
    ],
)
def test_page_furniture_is_boilerplate(line):
    assert is_boilerplate(line)


def test_a_story_about_reporting_is_not_a_credit_line():
    assert not is_boilerplate("This story was reported first by Yonhap, officials said.")
    assert not is_boilerplate("He told lawmakers to read more.")
    assert not is_boilerplate("More: a third of the sanctions were never enforced.")
    assert not is_boilerplate("This story was reported by Yonhap, which cited officials.")


def test_headlines_subheads_and_bylines_standing_alone_are_furniture():
    title = "Kim, Moon Pledge End To Korean War And Denuclearization Of Peninsula"
    paragraphs = (
        "Kim, Moon Pledge Denuclearization Of Peninsula And End To Korean War",
        "Mike James and Jane Onyanga-Omara",
        "Reasons to be cheerful",
        "Moon said the two leaders agreed to work for a peace treaty. They shook hands.",
    )
    sentences = split_article(Article("a", "a.jsonl", title, paragraphs))
    flags = [(s.text[:20], s.boilerplate) for s in sentences]
    assert [b for _, b in flags] == [True, True, True, False, False]


def test_a_lead_in_to_a_quotation_standing_alone_is_a_sentence_not_a_subhead():
    """'Limbaugh added:' (PolNeAR dev, west-journal 2016-09-26) and 'He said:'
    (allsides_korea) introduce the quotation of the next paragraph; as subheads they lost
    their speech act; so did 'Cruz continued:' (PolNeAR train, breitbart 2015-11-11, a cue
    of the gold's), now read as a cue before the colon that ends it. A short paragraph with
    no saying verb before its colon stays a subhead."""
    from briefer.attribute import speech_acts
    from briefer.template import load_template

    paragraphs = (
        "Limbaugh added:",
        "And from a supposed front-runner, Hillary Clinton, this reeks of some of the "
        "greatest fear that I have ever seen.",
        "What the debate will decide:",
        "He said:",
        "Cruz continued:",
    )
    sentences = split_article(Article("a", "a.jsonl", "", paragraphs))
    assert [s.boilerplate for s in sentences] == [False, False, True, False, False]
    acts = speech_acts(sentences, load_template("korea"))
    assert [(a.cue_text, a.speakers) for a in acts][:1] == [("added", ((0, 8),))]
    assert ("continued", ((sentences[-1].start, sentences[-1].start + 4),)) in [
        (a.cue_text, a.speakers) for a in acts
    ]


def _corpus_article_holding(text: str) -> Article:
    """The Korea corpus article whose record holds ``text``, its paragraphs as stored."""
    record = next(
        json.loads(line)
        for line in shared("korea_articles/allsides_korea.jsonl").read_text().splitlines()
        if text in line
    )
    return Article(record["id"], "", "", tuple(record["text"].split("\n")))


def test_sentences_run_together_without_a_space_are_cut_verbatim():
    """Some outlets' copy runs sentences together ('elaborate.Outraged', 'means."U.S.'); the Korea
    corpus has 60 such joins. Each part is cut, verbatim, with its own offsets."""
    article = _corpus_article_holding("He wouldn't elaborate.Outraged")
    sentences = split_article(article)
    texts = [s.text for s in sentences]
    assert "He wouldn't elaborate." in texts
    outraged = next(s for s in sentences if s.text.startswith("Outraged over comments"))
    assert article.text[outraged.start : outraged.end] == outraged.text
    assert not any("U.S" in t and t.endswith("U.") for t in texts)  # 'U.S.' stays whole
    assert any(t.startswith("U.S. Defense Secretary Chuck Hagel said") for t in texts)


def test_a_piece_opening_with_a_comma_continues_the_sentence_before_it(korea):
    from briefer.attribute import attribute_sentences

    text = (  # allsides_korea (2016-01-06); pysbd ends a sentence after 'R-Calif.'
        "House Foreign Affairs Committee Chairman Ed Royce, R-Calif., said “the answer to North "
        "Korea’s threats is more pressure, not less.” Royce also spoke of new sanctions."
    )
    article = Article("x", "", "t", (text,))
    first, second = split_article(article)
    assert first.text.startswith("House Foreign") and first.text.endswith("not less.”")
    assert article.text[first.start : first.end] == first.text and second.index == 1
    (said,) = attribute_sentences((first, second), korea)[0].evidence
    assert said.mention.endswith("Ed Royce") and said.cue == "said"
    assert [s.strip()[:1] for s in SEGMENTERS["pysbd"](text)] == ["H", ",", "R"]  # it joins


def test_a_reuters_dateline_with_a_date_is_cut_from_the_sentence():
    # PolNeAR: 'PARIS, Aug 31 (Reuters) - ' named the place as the participle's speaker
    text = (
        "PARIS, Aug 31 (Reuters) - France’s far-right National Front party leader, Marine Le "
        "Pen, voiced support for Donald Trump on Wednesday."
    )
    (sentence,) = split_article(Article("x", "", "", (text,)))
    assert sentence.text.startswith("France’s far-right National Front party leader")


def test_a_lower_case_piece_after_a_short_abbreviation_goes_on_with_its_sentence():
    paragraph = (
        "The latest tests prompted sanctions. A top US. diplomat for the Asia-Pacific region "
        "said this week that a fifth test could prompt harsher sanctions."
    )
    article = Article("x", "", "t", (paragraph,))
    texts = [s.text for s in split_article(article)]
    assert texts == [
        "The latest tests prompted sanctions.",
        "A top US. diplomat for the Asia-Pacific region said this week that a fifth test could "
        "prompt harsher sanctions.",
    ]
    assert all(article.text[s.start : s.end] == s.text for s in split_article(article))


def test_a_clock_time_goes_on_with_its_zone_or_day_but_may_end_a_sentence():
    # allsides_korea o2wl…, sentence 20 (corpus audit, round 38): pysbd cut after 'a.m.'
    paragraph = (
        "Japan's Chief Cabinet Secretary Yoshihide Suga told reporters it was fired around "
        "9:40 a.m. Tuesday local time and flew for 40 minutes. The launch came at 10:24 p.m. "
        "ET. They met at 9 a.m. The talks went well. It flew at 6 a.m. Tuesday's launch was "
        "the third. It ended at 9 a.m. This time the talks went well."
    )
    article = Article("x", "", "t", (paragraph,))
    texts = [s.text for s in split_article(article)]
    assert texts == [
        "Japan's Chief Cabinet Secretary Yoshihide Suga told reporters it was fired around "
        "9:40 a.m. Tuesday local time and flew for 40 minutes.",
        "The launch came at 10:24 p.m. ET.",
        "They met at 9 a.m.",
        "The talks went well.",
        "It flew at 6 a.m.",
        "Tuesday's launch was the third.",
        "It ended at 9 a.m.",
        "This time the talks went well.",
    ]
    assert all(article.text[s.start : s.end] == s.text for s in split_article(article))


def test_editors_notes_and_corrections_are_boilerplate():
    article = Article(
        "x",
        "",
        "t",
        (
            "Editor's note: Due to an editing error, an earlier version of this essay said "
            "North Korea instead of the U.S. announced new military initiatives.",
            "Correction: An earlier version of this story misstated the date of the summit.",
            "North Korea fired a missile on Sunday.",
        ),
    )
    note, correction, content = split_article(article)
    assert note.boilerplate and correction.boilerplate and not content.boilerplate


@pytest.mark.parametrize(
    "note",
    [
        "Brad Brooks-Rubin is Managing Director of The Sentry.",  # allsides_korea idjV… (dev)
        "Richard D. Fisher Jr. is a senior fellow with the International Assessment and "
        "Strategy Center in Alexandria, Va.",
        "Robert C. Koons is the author (with Tim Pickavance) of The Atlas of Reality. He "
        "teaches philosophy at the University of Texas.",
    ],
)
def test_the_note_on_the_writer_that_closes_an_op_ed_is_furniture(note):
    article = Article("x", "", "T", ("North Korea tested a missile on Friday.", note))
    sentences = split_article(article)
    assert not sentences[0].boilerplate
    assert all(s.boilerplate for s in sentences[1:])


def test_a_last_paragraph_about_an_actor_is_no_note_on_the_writer():
    for last in (
        "Pompeo is on the last stop of a four-leg Asian tour that began in Japan.",
        "China is opposed to the deployment of Thaad, saying it affects the regional balance.",
    ):
        article = Article("x", "", "T", ("North Korea tested a missile on Friday.", last))
        assert not split_article(article)[-1].boilerplate


def test_the_note_on_the_writer_is_found_before_the_pages_closing_furniture():
    """The Washington Times closes a column with the note, a newsletter sign-up and a
    copyright line (allsides_korea GiyRAeZNhI0QAP)."""
    article = Article(
        "x",
        "",
        "T",
        (
            "North Korea tested a missile on Friday.",
            "• Wesley Pruden is editor emeritus of The Washington Times.",
            "Sign up for Daily Opinion Newsletter Manage Newsletters",
            "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.",
        ),
    )
    sentences = split_article(article)
    assert not sentences[0].boilerplate
    assert all(s.boilerplate for s in sentences[1:])


def test_the_headlines_under_a_read_more_header_are_links():
    """allsides_korea au3wO2Wgl6vBx1xZ and o2wlUuLGf8G0WhU2: under 'Read more:' a
    headline as long as a sentence ('Dennis Rodman suggests he helped win …') is a link,
    not a statement; the first paragraph that ends like a sentence is text again."""
    paragraphs = (
        "Warmbier died on Monday.",
        "Read more:",
        "Dennis Rodman suggests he helped win Otto Warmbier's release from North Korea",
        "Hometown remembers Otto Warmbier, 'one of our sons.'",
        "His parents said he had been brutalized by the regime.",
    )
    sentences = split_article(Article("a", "a.jsonl", "Otto Warmbier", paragraphs))
    assert [s.boilerplate for s in sentences] == [False, True, True, False, False]


def test_every_sentence_of_a_flattened_photo_gallery_is_a_caption():
    """CNN pages flatten a photo gallery into one paragraph ('Photos: … – … Hide Caption 1
    of 28 Photos: …'); the captions that end like sentences ('Park Geun-hye, South Korea's
    new president, promised a strong military response …') were content, with holders."""
    article = _corpus_article_holding("Hide Caption 1 of 28")
    sentences = split_article(article)
    gallery = [s for s in sentences if "Hide Caption" in article.paragraphs[s.paragraph]]
    assert len(gallery) > 20
    assert all(s.boilerplate for s in gallery)
    assert any(s.text.startswith("Park Geun-hye, South Korea's new president") for s in gallery)
    assert not all(s.boilerplate for s in sentences)


def test_a_photo_caption_with_its_credit_is_furniture_however_it_reads():
    """The New York Times (allsides_korea c4sVOWssuTtDhVZa): a caption paragraph opens on
    'Image' and ends on its credit; its sentence ('… Clapper Jr. says he had dinner …') had
    an outside voice's holder."""
    caption = (
        "Image Gen. James R. Clapper Jr. says he had dinner last fall with the man who later "
        "oversaw the Sony attack. Credit... Mark Lennihan/Associated Press"
    )
    news = "Image problems have dogged the agency since the attack, officials said."
    sentences = split_article(Article("x", "", "", (caption, news)))
    assert all(s.boilerplate for s in sentences if s.paragraph == 0)
    assert not any(s.boilerplate for s in sentences if s.paragraph == 1)


def test_a_media_caption_cut_in_two_is_furniture_to_the_end_of_its_paragraph():
    # allsides_korea 6a0NvKH2gCdkA6RV (BBC): the segmenter ends the caption at 'site.'
    paragraphs = (
        "Media playback is unsupported on your device Media caption North Korea's agreed to "
        "shut one of the country's main missile launch sites. Laura Bicker considers what "
        "might happen next.",
        "Mr Kim had made pledges during earlier meetings with Mr Moon. He said so again.",
    )
    sentences = split_article(Article("x", "", "", paragraphs))
    assert [s.boilerplate for s in sentences] == [True, True, False, False]


@pytest.mark.parametrize(
    "text",
    [
        "Andrew Harnik/Pool via Reuters",  # korea dev gold BI5d, sentence 24
        "REUTERS/Damir Sagolj/File Photo",
        "REUTERS/Kevin Lamarque, KCNA/Handout via REUTERS/File Photos",
        "Mark Lennihan/Associated Press",
    ],
)
def test_a_photo_credit_alone_is_boilerplate(text):
    assert is_boilerplate(text)


def test_a_sentence_with_a_slash_is_no_photo_credit():
    assert not is_boilerplate("The U.S./South Korea drills began on Monday.")


def test_a_two_letter_name_ends_a_run_on_sentence_but_an_abbreviation_does_not():
    from briefer.split import split_run_ons

    # allsides_korea 4tbmALyt7PuT4cev, sentence 26: 'Kim Jong Un.At times, …'
    text = "It was to solidify the image of leader Kim Jong Un.At times, North Korea went further."
    assert split_run_ons([text]) == [
        "It was to solidify the image of leader Kim Jong Un.",
        "At times, North Korea went further.",
    ]
    assert split_run_ons(["Mr.Kim met Dr.Lee on Monday."]) == ["Mr.Kim met Dr.Lee on Monday."]
