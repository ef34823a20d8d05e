"""Articles → Sentences, offline, with article id, paragraph and character offsets kept.

Two segmenters, both with everything they need inside their wheels (no NLTK data):
``pysbd`` (rule-based; 47/48 of the English Golden Rules; keeps multi-sentence quotations
whole, which attribution needs) and ``nupunkt`` (Punkt with a bundled model; ~50x faster,
35/48). ``pysbd`` is the default.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from .models import Article, Sentence, evolve
from .patterns import QUOTE_MARK, may_hold
from .sbd import english_processor
from .when import WEEKDAYS

Segmenter = Callable[[str], list[str]]

MAX_SEGMENT_CHARS = 5_000
"""A longer stretch without a sentence boundary is cut at whitespace so nothing hangs."""


def segment_pysbd(paragraph: str) -> list[str]:
    """Split one paragraph with pysbd.

    Calls pysbd's processor directly: ``Segmenter.segment`` then maps every sentence back
    to the input with a regex compiled per sentence, a third of its time; we find offsets
    with ``str.find`` anyway. Same sentences on all 7,333 paragraphs of the Korea corpus.
    """
    if not paragraph.strip():
        return []
    if _one_sentence(paragraph):
        return [paragraph]
    return list(_segment_with_pysbd(paragraph))


@lru_cache(maxsize=1 << 12)
def _segment_with_pysbd(paragraph: str) -> tuple[str, ...]:
    """Cached: a wire story printed by several outlets repeats its paragraphs (a tenth of
    the text pysbd reads in korea_articles + PolNeAR)."""
    return tuple(s for s in english_processor()(paragraph) if s.strip())


_INNER_STOP = re.compile(r"[.!?…;:•]|\s(?:\d{1,2}|[a-z])\)\s")


def _one_sentence(paragraph: str) -> bool:
    """No sentence-ending mark before the final one: nothing to split, so skip pysbd.

    A quarter of news text by length; pysbd would only add stray splits there ("(CNN)"
    cut off a lead, a lone closing quote) on 1% of such paragraphs.
    """
    body = paragraph.rstrip("\"'”’)]» ").rstrip(".!?…")
    return not _INNER_STOP.search(body)


def segment_nupunkt(paragraph: str) -> list[str]:
    """Split one paragraph with nupunkt's bundled Punkt model."""
    from nupunkt import sent_tokenize

    return [s for s in sent_tokenize(paragraph) if isinstance(s, str) and s.strip()]


SEGMENTERS: dict[str, Segmenter] = {"pysbd": segment_pysbd, "nupunkt": segment_nupunkt}
"""Name → function splitting one paragraph into sentence strings."""

_BOILERPLATE = re.compile(
    r"""^(?:
        (?:sign\ up|subscribe)\b.*newsletter
      | copyright\b | ©.*\b(?:rights|llc|inc)\b | all\ rights\ reserved
      | click\ here\b | for\ graphics?\ on\b | related\ coverage\b | slideshow\ \(\d+
      | (?:reuters|ap|afp|getty\ images|epa|yonhap)(?:/[\w .-]+)?$
      | (?-i:[A-Z][A-Z .-]*/[A-Z][\w .-]+$)
      | \(?(?:photo|image|video)\ ?(?:credit)?:
      | (?:reporting|additional\ reporting|writing|editing)\ by\b
      | read\ more\b | advertisement$ | share\ this\b | follow\ (?:us|him|her)\ on\b
      | editor['’]s\ note\b | correction:
      | (?:just|must)\ watch(?:ed)?\b | get\ the\ brief\b
      | interested\ in\ .+\?\ add\b | interested\ in\ (?-i:[A-Z])[^.?!]{1,60}\?$
      | add\ (?-i:[A-Z])[^.?!]{1,60}\ as\ an\ interest\b | add\ interest$
      | replay\ more\ videos\b
      | this\ (?:article|story|page)\ is\ (?:more|over)\ than\ \w+\ (?:years?|months?)\ old
      | enlarge\ this\ image | (?:play\ )?video\ \d+:\d\d | more:(?=\S)
      | here[’']?s\ a\ look\ back\ at\b | see\ also:
      | photo(?:s|graph|grapher)?:\  | contributing:
      | this\ (?:story|article|report)\ (?:was|has\ been)\ (?:reported|written|produced
               |updated|corrected|edited)\ (?:by|with)\ [^,;:]{1,60}$
      | [—–-]\ *with\ assistance\ (?:by|from)\b | facebook\ twitter\ pinterest\b
      | hide\ caption\b | previous\ next\b | (?:last\ )?updated\ (?:at|on)\b
      | image\ copyright\b | (?:image|media)\ caption\b
      | media\ playback\ is\ (?:unsupported|not\ supported)\b
      | (?:pic\.twitter\.com/\w+\ )?[—–-]\ .*\(@\w+\)\ \w+\ \d{1,2},\ \d{4}(?:\ report)?$
      | by\ (?-i:[A-Z][\w.'-]+(?:\ [A-Z][\w.'-]+){0,3})$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
"""Page furniture by how the text starts (each branch fails at once on other text)."""
_BOILERPLATE_INSIDE = re.compile(
    r"""^(?:
        .*\bnewsletters?\b.*\bmanage\b
      | .*,\ (?:January|February|March|April|May|June|July|August|September|October|November
               |December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\ \d{1,2},\ \d{4}\.?$
      | .*\bin\ this\ (?:\w+\ )?(?:photo|picture|image)\b
      | .*\((?:AP|Reuters|AFP|Getty|EPA)[^)]*photo[^)]*\)$ | .*\|\ ?(?:AP|Getty|Reuters)\ photo\b
      | .*\b(?:toggle|hide)\ caption\b | .*\ [–—-]\ video$ | .*\bvia\ getty\ images$
      | .*\bcontributed\ (?:to\ )?this\ (?:report|story|article)\.?$
      | .*[^.!?”"]\ read\ more$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
"""Page furniture by words further on: each branch scans the whole text, so the pattern
runs only on text holding one of BOILERPLATE_INSIDE_WORDS (it cost a tenth of splitting)."""
_MONTHS = "january february march april may june july august september october november december"
BOILERPLATE_INSIDE_WORDS = (
    "newsletter",
    *(f", {month} " for month in _MONTHS.split()),
    *(f", {month}. " for month in ("jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec")),
    "in this ",
    "photo",
    "toggle caption",
    "hide caption",
    "video",
    "via getty images",
    "contributed ",
    " read more",
)
"""Every _BOILERPLATE_INSIDE match holds one of these (in any case)."""
DATELINE = (
    r"(?:(?:[A-Z][A-Za-z0-9/ ,.'-]{0,60}\s*)?\((?:Reuters|AP|AFP|CNN|UPI|Yonhap|Bloomberg|dpa)\)"
    r"\s*[-—–:]*\s*|[A-Z]{3,}(?:[ /,][A-Z]{2,}){0,3}"
    r"(?:\s+[—–]|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:[—–]|--))\s+)"
)
"""'SEOUL/WASHINGTON (Reuters) - ', 'TOKYO — ', 'SEOUL, South Korea -- ' (not 'WOW -- …'
in a post): names the outlet or place, not the sentence's speaker."""
_PREFIX = re.compile(rf"^(?:(?i:scroll down for video|story highlights)\s*[:.-]?\s*|{DATELINE})")
"""Page furniture and datelines ('SEOUL (Reuters) - ') glued to the front of a sentence are
cut off; the rest stays a verbatim span of the article."""
_HEADING = re.compile(r"^[‘“\"']?[A-Z0-9][A-Z0-9 ,'’:&-]{3,60}[’”\"']?$")


_NAMES_ONLY = re.compile(
    r"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}(?:(?:,| and) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3})*$"
)
"""'Mike James and Jane Onyanga-Omara': a byline without 'By'."""
_AUTHOR_NOTE = re.compile(
    r"^(?:•\s*)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\w,'’-]+\s+){0,5}?"
    r"(?i:author|(?:senior\s+)?fellow|director|professor|editor|columnist|contributor|founder"
    r"|researcher|writer|scholar|lecturer|correspondent)s?\b"
)
"""The note on the writer that closes an op-ed ('Richard D. Fisher Jr. is a senior fellow
with the International Assessment and Strategy Center', 'Brad Brooks-Rubin is Managing
Director of The Sentry.'): a byline, when it opens the last paragraph."""
SUBHEAD_WORDS = 10
"""A paragraph this short with no closing punctuation is a subhead or a list fragment."""
HEADLINE_CASE = 0.7
"""Share of longer words capitalized from which an unpunctuated paragraph is a headline."""
_CLOSING = re.compile(r"[.!?…][\"'”’)\]]*$")

_LEAD_IN = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|tweeted|tweets|asked|asks|explained|noted|notes"
    r"|declared|stated|replied|responded|warned|posted|reports|reported|continued|continues)"
    r"\s*:$",
    re.IGNORECASE,
)
"""A short paragraph that ends on a saying verb and a colon ('Limbaugh added:', 'He said:',
'One BLM activist tweeted:') introduces the quotation of the next paragraph: a sentence of
its own, not a subhead. Only verbs the engine reads as cues: a lead-in it could not
attribute ('Cruz continued:') would break the quotation it carries over to the next
paragraph, so it stays furniture."""


def ends_a_sentence(text: str) -> bool:
    """Whether the text ends like a sentence (a full stop, a question or exclamation mark,
    before any closing quote or bracket): a line without one is a headline, a teaser or a
    subhead ('Olympics 2018:Analysts skeptical of diplomatic breakthrough …')."""
    return bool(_CLOSING.search(text.strip()))


_CREDIT_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:via\s+)?[A-Z][\w.’'-]*){0,4}"
_CREDIT = rf"{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME})+"
_PHOTO_CREDIT = re.compile(rf"{_CREDIT}(?:,\s*{_CREDIT})*\]?")
"""A photo credit alone: 'REUTERS/Kim Hong-Ji', 'Andrew Harnik/Pool via Reuters', 'Mark
Lennihan/Associated Press', 'NYT / Choe Sang-Hun]' (capitalised names and slashes only)."""
CREDIT_LENGTH = 120
"""Characters a photo credit runs to at most."""


def is_boilerplate(text: str) -> bool:
    """Bylines, credits, captions, link lines and ALL-CAPS headings: never part of a brief."""
    stripped = text.strip()
    return bool(
        _BOILERPLATE.match(stripped)
        or (may_hold(stripped, BOILERPLATE_INSIDE_WORDS) and _BOILERPLATE_INSIDE.match(stripped))
        or _HEADING.match(stripped)
        or (
            "/" in stripped and len(stripped) <= CREDIT_LENGTH and _PHOTO_CREDIT.fullmatch(stripped)
        )
    )


def is_furniture(text: str, paragraph: str, title: str) -> bool:
    """Page furniture that only its place gives away: the headline repeated as the first
    sentence, a subhead or byline standing alone as a paragraph."""
    if title and _folded(text) == _folded_title(title):
        return True
    if text.strip() != paragraph.strip():
        return False
    words = text.split()
    if ends_a_sentence(text):
        return bool(_NAMES_ONLY.match(text.strip()))
    if QUOTE_MARK.search(text):  # '“I don’t see an outside intervention,” he said'
        return False
    if _LEAD_IN.search(text.strip()):  # 'Trump continued:' opens the quotation below it
        return False
    capitalized = sum(w[:1].isupper() for w in words if len(w) > 3)
    headline = capitalized >= HEADLINE_CASE * max(1, sum(len(w) > 3 for w in words))
    return len(words) <= SUBHEAD_WORDS or headline or bool(_NAMES_ONLY.match(text.strip()))


_NOT_WORD = re.compile(r"[^\w\s]")


@lru_cache(maxsize=1 << 10)
def _folded_title(title: str) -> str:
    """Cached: every sentence of an article is compared with its title."""
    return _folded(title)


def _folded(text: str) -> str:
    return " ".join(_NOT_WORD.sub("", text.lower()).split())


def split_article(article: Article, segmenter: str = "pysbd") -> tuple[Sentence, ...]:
    """Split an article's paragraphs into sentences with offsets into ``article.text``."""
    segment = SEGMENTERS[segmenter]
    return _sentences(
        article, [split_run_ons(segment_bounded(p, segment)) for p in article.paragraphs]
    )


_RUN_ON = re.compile(
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][\"”’])(?=[A-Z][a-z]|(?:[A-Z]\.){2})"
    r"|(?<=\s[A-Z][a-z]\.)(?<!\s(?:Mr|Ms|Dr|St|Jr|Sr|Mt|Lt|Co|No|Ft|Gn)\.)(?=[A-Z][a-z])"
)
"""'He wouldn't elaborate.Outraged over comments …', '… strike means."U.S. Defense
Secretary …', '… leader Kim Jong Un.At times, …': a sentence's end with no space after it,
as some outlets' copy runs sentences together (a lower-case word before the stop, or a
two-letter name that is no abbreviation, so 'U.S.' and 'Mr.Kim' stay whole; after a
closing quote the next sentence may open with initials)."""


_RUN_ON_MARK = re.compile(r"[.!?][\"”’]?[A-Z]")
"""What stands around every _RUN_ON cut (a stop, perhaps a closing quote, a capital): searched
first, as _RUN_ON's lookbehinds are tried at every position (a twentieth of splitting)."""


def split_run_ons(pieces: list[str]) -> list[str]:
    """Cut each segment where one sentence runs into the next without a space."""
    if not any(_RUN_ON_MARK.search(piece) and _RUN_ON.search(piece) for piece in pieces):
        return pieces
    return [part for piece in pieces for part in _RUN_ON.split(piece) if part]


def split_articles(
    articles: Sequence[Article], segmenter: str = "pysbd"
) -> tuple[tuple[Sentence, ...], ...]:
    """Split many articles, one after the other (the pipeline spreads large inputs)."""
    return tuple(split_article(a, segmenter) for a in articles)


def segment_bounded(paragraph: str, segment: Segmenter) -> list[str]:
    """Segment a paragraph, cutting run-on stretches so the segmenter's regexes stay fast."""
    if len(paragraph) <= MAX_SEGMENT_CHARS:
        return segment(paragraph)
    pieces: list[str] = []
    for block in _cut(paragraph, MAX_SEGMENT_CHARS):
        pieces.extend(segment(block) if len(block) < MAX_SEGMENT_CHARS else [block])
    return pieces


def _cut(text: str, size: int) -> list[str]:
    """Cut after sentence-like ends when possible, else at whitespace, else anywhere."""
    blocks, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < size // 4:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else size
        blocks.append(text[start : start + cut])
        start += cut
    blocks.append(text[start:])
    return blocks


CONTINUATION = ",;"
"""What no sentence opens with: a piece that does continues the one before it, cut by a
period the segmenter took for a sentence's end ('Sen. Rand Paul, R-Ky.' / ', told Fox News
…'; 'Jeb!' / ', Ben Carson, and Donald Trump.'), and is joined to it again."""


_ABBREVIATION_END = re.compile(r"\b[A-Z][A-Za-z]{0,3}\.$")
"""A short capitalized word and its period ('US.', 'Gov.'): a cut after it followed by a
lower-case word is an abbreviation taken for a sentence's end ('A top US.' / 'diplomat for
the Asia-Pacific region said …')."""


_CLOCK_END = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.$")
_CLOCK_GOES_ON = re.compile(
    r"(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|KST|JST|GMT|UTC|BST|HST)\b"
    rf"|(?:{'|'.join(WEEKDAYS)})\b(?![’']s)"
    r"|(?!(?:This|That|Next|Each|Every|Last|Some|Any|First|The)\s)(?:[A-Z][a-z]+\s+){1,2}time\b"
)
"""A clock time's 'a.m.' taken for a sentence's end, and the piece after it going on with
its zone or day ('fired around 9:40 a.m.' / 'Tuesday local time and flew …'; 'at 10:24
p.m.' / 'ET Monday, came before …'; 'at around 10:30 a.m.' / 'Hawaii time.')."""


def _continues(text: str, before: Sentence) -> bool:
    """Whether a piece goes on with the sentence before it in its paragraph."""
    if text[:1] in CONTINUATION:
        return True
    if text[:1].islower():
        return bool(_ABBREVIATION_END.search(before.text))
    return (
        before.text.endswith(("a.m.", "p.m."))  # most pieces: no pattern to run
        and bool(_CLOCK_GOES_ON.match(text))
        and bool(_CLOCK_END.search(before.text))
    )


_LINK_LIST_HEADER = re.compile(
    r"(?i:read\s+more|more|related|related\s+(?:coverage|stories)|see\s+also)\s*:"
)
"""A paragraph that heads a list of links ('Read more:', 'READ MORE:'): the headlines under
it, paragraphs that do not end like a sentence, are links, however long."""


_GALLERY = re.compile(r"Hide Caption \d+ of \d+|^Image \S.*\sCredit(?:\.\.\.|…)")
"""A photo gallery flattened into one paragraph ('… Hide Caption 1 of 28 Photos: …', CNN) or
a photo's caption and credit ('Image Gen. James R. Clapper Jr. says he had dinner … Credit...
Mark Lennihan/Associated Press', The New York Times): every sentence in it is a caption,
however much it reads like news."""


_CAPTION_OPENS = re.compile(r"(?i:media\s+playback\b|(?:image|media)\s+caption\b)")
"""The BBC's video and image widgets: 'Media playback is unsupported on your device Media
caption North Korea's agreed to shut … site.' / 'Laura Bicker considers what might happen
next.' (one caption the segmenter cut in two)."""


def _sentences(article: Article, segmented: list[list[str]]) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    offset = 0
    links = False  # the paragraphs under a 'Read more:' header, until one ends a sentence
    for number, (paragraph, pieces) in enumerate(zip(article.paragraphs, segmented, strict=True)):
        links = links and not ends_a_sentence(paragraph)
        gallery = ("Hide Caption" in paragraph or paragraph.startswith("Image ")) and bool(
            _GALLERY.search(paragraph)
        )
        cursor = 0
        caption = False  # a media caption runs to the end of its paragraph
        for piece in pieces:
            text = piece.strip()
            if not text:
                continue
            found = paragraph.find(text, cursor)
            if found < 0:  # a segmenter that rewrote its input: keep it verbatim anyway
                continue
            prefix = _PREFIX.match(text)
            if prefix and prefix.end() < len(text):
                found += prefix.end()
                text = text[prefix.end() :]
            end = found + len(text)
            if sentences and sentences[-1].paragraph == number and _continues(text, sentences[-1]):
                found = sentences.pop().start - offset  # 'Sen. Rand Paul, R-Ky.' | ', told …'
                text = paragraph[found:end]
            cursor = end
            furniture = caption or is_boilerplate(text)
            caption = caption or _CAPTION_OPENS.match(text) is not None
            sentences.append(
                Sentence(
                    article_id=article.id,
                    index=len(sentences),
                    paragraph=number,
                    start=offset + found,
                    end=offset + cursor,
                    text=text,
                    boilerplate=links
                    or gallery
                    or furniture
                    or is_furniture(text, paragraph, article.title),
                )
            )
        offset += len(paragraph) + 1
        links = links or bool(_LINK_LIST_HEADER.fullmatch(paragraph.strip()))
    return _author_note_marked(sentences)


def _author_note_marked(sentences: list[Sentence]) -> tuple[Sentence, ...]:
    """The sentences, the last paragraph's marked boilerplate when it opens with a note on
    the writer (``_AUTHOR_NOTE``): 'He teaches philosophy at …' after it is the note too.
    The last paragraph is the last with text that is not furniture already (a newsletter
    sign-up and a copyright line follow the note in the Washington Times)."""
    content = [s for s in sentences if not s.boilerplate]
    if not content:
        return tuple(sentences)
    last = content[-1].paragraph
    first = next(n for n, s in enumerate(sentences) if s.paragraph == last)
    if not _AUTHOR_NOTE.match(sentences[first].text):
        return tuple(sentences)
    return (*sentences[:first], *(evolve(s, boilerplate=True) for s in sentences[first:]))
