"""Word lists and patterns the attribution engine reads: reporting, stance and action cues,
news media, outside roles, title words. Data only; English news conventions, not Korea."""

from __future__ import annotations

import re

from .patterns import STARTS_A_WORD, alternation, first_letter_lookahead, top_level_branches

_CALLS = ("calls", "is calling", "are calling", "was calling", "were calling")
"""'Beijing calls the deployment a threat', 'Park is calling the move “recklessness”': a
name given, after its object, as 'called' is read below (the past's own lookbehinds keep
'was called' a name the thing has)."""
_NAMES_IT = (
    r"(?! (?:for|on|to|from|with|between|in|at)\b)"
    r"(?: (?:it|them|him|her)|(?= (?:[\w.’'-]+ ){1,6}(?:an? |[“\"])))"
)
"""After 'calls': the object and the name (not 'calls for', 'calls to the ministry')."""
REPORT = (
    r"said|says|say|saying|told|tells|tell|added|adds|adding|went on to say|stated|states"
    r"|concluded(?! with\b)|concludes(?! with\b)|found that|finds that"
    r"|found(?= (?:[\w.’'-]+ ){1,4}to (?:be|have)\b)|calculated that|calculates that"
    r"|calculated(?=(?: on)?(?: \w+day)?,)"
    r"|announced|announces"
    r"|tweeted|tweets|wrote|writes|write|reported|reports|quoted as saying|was quoted|declared"
    r"|declares|clarified"
    r"|confirmed|confirms|claimed|claims|explained|noted|notes|remarked|replied|responded"
    r"|note|claim|is noting|are noting|was noting|were noting"
    r"|disclosed|revealed|briefed|informed|posted"
    r"|(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )called"
    r"(?: (?:it|the|them|him|her)|(?! (?:for|on)\b)(?= (?:[\w.’'/-]+ ){1,6}(?:an? |[“\"]))"
    r"|(?= [“\"]))"
    + "".join(f"|{verb}{_NAMES_IT}" for verb in _CALLS)
    + r"|described|describing|characteri[sz]ed|characteri[sz]es|termed|labeled|labelled|branded"
    r"|insisted|proclaimed|asserted"
    r"|maintained|contended|acknowledged|admitted|conceded|countered|retorted|echoed"
    r"|hypothesized|hypothesised|theorized|theorised|surmised|speculated|speculates|speculate"
    r"|cautioned|cautions|pointed out|points out|observed|recalled|recounted|answered"
    r"|is telling|are telling|was telling|were telling"
)
PLURAL_PRESENT = frozenset(
    {
        "warn", "urge", "insist", "contend", "caution", "argue", "accuse", "deny", "reject",
        "stress", "predict", "concede", "acknowledge", "admit", "allege", "complain", "assert",
        "emphasize", "emphasise", "criticize", "criticise", "condemn", "denounce", "estimate",
    }
)  # fmt: skip
"""Saying verbs in the plural present ('Analysts caution that …', 'The United States and
South Korea contend …'). The same word is an infinitive ('to warn'), a verb after a modal
('will urge') or a noun ('urged caution', 'under stress'), so it is a cue only after a
plural subject (``cuefilters.plural_present_needs_its_subject``)."""
SPEECH = (
    r"urged|urges|urging|warned|warns|warning|insisted|insists|demanded|demands|called for"
    r"|calls for|called on|calls on|is calling on|are calling on|was calling on"
    r"|were calling on|reaffirmed|reaffirms|expressed|expresses|emphasized"
    r"|emphasised|emphasizes|stressed|stresses|acknowledged|acknowledges|requested|requests"
    r"|asked|asks|proposed|proposes|offered|offers|pledged|pledges|vowed|vows|promised"
    r"|promises|agreed|accepted|denied|denies|rejected|rejects|dismissed|dismisses|accused"
    r"|accuses|criticized|criticised|criticizes|condemned|condemns|denounced|denounces"
    r"|praised|praises|praising|welcomed|welcomes|threatened|threatens|argued|argues"
    r"|suggested|suggests|signaled|signalled|signals|highlighted|highlights|hailed|hails"
    r"|blasted|slammed|lashed out|raised hopes|raises hopes|expressed hope|voiced"
    r"|questioned|slapped down|ruled out|rules out|welcomed|lauded|defended|defends"
    r"|scoffing|scoffed|mocked|derided|criticizing|accusing|calling for|demanding"
    r"|blamed|blames|blaming|downplayed|downplays|played down|plays down"
    r"|is praising|are praising"
    r"|is promising(?= (?:to|that|he|she|it|they|we|I)\b)|are promising(?= (?:to|that|they|we)\b)"
    r"|made clear|made it clear|vowing|pledging|refused|refuses"
    r"|(?<!['’]s )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bare )committed"
    r"(?= (?:\w+ly |also |themselves |itself )?to\b)|commits(?= (?:\w+ly |also )?to\b)"
    r"|declined|renewed calls?|repeated|reiterated|reiterates|predicted|predicts"
    r"|took the opportunity to|takes the opportunity to|was quick to|were quick to"
    r"|decried|lamented|complained|disputed|thanked|assured|endorsed|boasted|bragged|touted|credited"
    r"|hinted|hints|made it very clear|made it abundantly clear|makes clear|makes it clear"
    r"|spoke about|spoke of|speaks about|speaks of|cited(?! (?:in|by)\b)|cites"
    r"|raised the possibility|raises the possibility|raising the possibility"
    r"|clarifies|sneered|rule out|indicated that|indicates that|indicate that|indicating that"
    r"|indicated(?=\s*[.,;]|\s+(?:during|on|in|at|to|earlier|last|this)\b)"
    r"|implied that|implies that|implying that|alleged that|alleges that|alleging that"
    r"|quipped|joked|underscored|affirmed|rebuffed|lambasted|chided|scolded|berated"
    r"|cursed|castigated|excoriated|taunted"
    r"|deplored|protested|reassured|charged that|assessed that|objected to"
    r"|assess(?:es|ed)?(?= with [^.;]{0,30}?confidence\b)"
    r"|is expressing|are expressing|was expressing|were expressing"
    r"|is proposing|are proposing|was proposing|were proposing|commended|commends"
    r"|pointed to|implored|implores|imploring|admitting|reminded(?= (?:[\w.]+ ){1,3}that\b)"
    r"|threatening(?= to [a-z])"
    r"|contends|concedes|admits|asserts|complains|laments|decries|disputes|emphasises"
    r"|criticises|maintains that|maintain that"
    r"|arguing|insisting|stressing|emphasizing|emphasising|acknowledging"
    r"|rejecting|denying|dismissing|predicting|complaining|citing"
    r"|claiming(?= (?:that|to)\b)|(?<![Ww]orth )noting"
    r"|offering(?= to\b)|explaining(?= (?:that|why|how)\b)"
    r"|accepting(?= (?:[\w’'-]+ ){0,3}?(?:invitation|suggestion|offer|proposal|request|terms)\b)"
    rf"|{'|'.join(sorted(PLURAL_PRESENT))}"
)
_NOT_AFTER_MODAL = "".join(
    f"(?<!{word} {{verb}})"
    for word in (
        "will", "would", "could", "might", "may", "can", "should", "must", "shall", "’ll",
        "'ll", "to", "not", "n’t", "n't",
    )
)  # fmt: skip
"""'Analysts see an attack … as unlikely' holds a view; 'Beijing would see …', 'will see …
as a provocation', 'do not see …' only guess at one or deny it (a template with the verb as
``{verb}``)."""
_AS_COMPLEMENT = r"(?= (?:[\w’'-]+ ){1,6}as\b)"
"""'saw the talks as …', 'view Pyongyang as …': the object and 'as' after a verb of seeing."""
STANCE = (
    r"wants|want|wanted|seeks|sought|seeking|is seeking|are seeking|opposes|opposed|hopes"
    r"|hoped|expects|expected to see"
    r"|believes|believed|believe|think|expect|suspect|suspects|is doubtful|are doubtful"
    r"|was doubtful|were doubtful|eyes|considers|is ready|are ready|was ready|were ready|is willing"
    r"|are willing|was willing|is skeptical|are skeptical|is sceptical|are sceptical"
    r"|is concerned|are concerned|is committed|remains committed|is determined|plans to"
    r"|intends to|is prepared|are prepared|has vowed|has demanded|has rejected|has insisted"
    r"|is looking to|are looking to|was looking to|were looking to|is eager to|are eager to"
    r"|was eager to|were eager to|is keen to|are keen to|was keen to|were keen to|is hoping"
    r"|are hoping|was hoping|were hoping|would (?:\w+ly )?like"
    r"|has long sought|has long demanded|has said|have said|has called|supports|support"
    r"|backs|backed|favors|favours|prefers|is open to|are open to|views|sees|regards"
    rf"|estimates that|estimate that|estimated that|saw{_AS_COMPLEMENT}"
    rf"|see{_NOT_AFTER_MODAL.format(verb='see')}{_AS_COMPLEMENT}"
    rf"|view{_NOT_AFTER_MODAL.format(verb='view')}{_AS_COMPLEMENT}"
    rf"|viewed{_AS_COMPLEMENT}|wonder(?:s|ed)?(?= (?:about|whether|if|why|how)\b)"
    r"|question(?:s)?(?= (?:whether|if|why|how|what)\b)|calculated that"
    r"|is in no hurry|has no intention|has refused|doubts|doubt|doubted|fears|fear|feared"
    r"|worries|worry|worried|thinks|thought|estimated"
    r"|is confident|are confident|is cautious|are cautious|is not convinced"
    r"|disagree|disagrees|disagreed"
    r"|is (?:\w+ly )?optimistic|are (?:\w+ly )?optimistic|was (?:\w+ly )?optimistic"
    r"|were (?:\w+ly )?optimistic|sounded (?:\w+ly )?optimistic|sounds (?:\w+ly )?optimistic"
    r"|remains (?:\w+ly )?optimistic|is (?:\w+ly )?pessimistic|are (?:\w+ly )?pessimistic"
    r"|was (?:\w+ly )?pessimistic|were (?:\w+ly )?pessimistic|has been skeptical"
    r"|have been skeptical|was skeptical|were skeptical|remains skeptical|remain skeptical"
    r"|remained skeptical"
    r"|consider(?= (?:[\w’'-]+ ){1,8}(?:to be|as)\b)"
    r"|considered(?= (?:[\w’'-]+ ){1,8}(?:to be|as)\b)"
)
_SANCTION_OBJECT = (
    r"(?= (?:[\w’'-]+ ){0,4}?(?:sanctions|ban|restrictions|embargo"
    r"|from (?:the|a|its) (?:\w+ )?(?:list|blacklist)))"
)
"""What lifting, easing or removing must act on to be a deed: sanctions, a ban, a list
('removed North Korea from the list'); plain branches, so CUE keeps its first-letter test."""
ACTION = (
    r"tested|test-fired|launched|fired|scrapped|cancell?ed|called off|suspended|imposed"
    r"|blacklisted|sanctioned|dispatched|sent an envoy|sent a delegation|sent a letter"
    r"|delivered (?:a|the|his|her|Kim[’']s|Trump[’']s) letter|hand-delivered"
    r"|detonated|conducted|deployed|pulled out|withdrew|released|freed"
    r"|halted|resumed|dismantled|shut down|restarted|carried out|staged|invited|blocked"
    r"|vetoed|seized|detained|expelled|banned|barred|designated|adopted|signed|ordered"
    r"|met [^,.;]{0,80}? in an effort|met [^,.;]{0,80}? to discuss|visited"
    r"|slapped|hosted|stepped up|severed|reopened|restored|tightened"
    r"|unveiled|mobilized|ramped up|evacuated"
    + "".join(
        f"|{verb}{_SANCTION_OBJECT}" for verb in ("lifted", "eased", "removed", "waived", "relaxed")
    )
)
HABITUAL_ADVERBS = (
    "sometimes|often|usually|frequently|typically|historically|traditionally|occasionally"
    "|routinely|regularly"
)
"""Adverbs of a habit ('has sometimes used', 'has repeatedly stated' adds its own)."""
CUE_ADVERBS = (
    "has|have|had|was|were|will|would|also|later|earlier|again|repeatedly"
    "|previously|recently|publicly|reportedly|quickly|strongly|only|always|never|not"
    "|already|still|now|then"
)
_CUE_WORDS = top_level_branches(f"{REPORT}|{SPEECH}|{STANCE}|{ACTION}")
NOT_AFTER_HYPHEN = (
    r"(?:(?<=\blive-)|(?<=\bre-)|(?<=\bco-)|(?<=\bpre-)|(?<=\bmis-)|(?<![A-Za-z0-9][-‐]))"
)
"""Not the second half of a hyphenated word ('self-described'), unless the first half is a
verb's prefix ('live-tweeted'); a dash glued to the next word ('system -strongly opposed by
China') is no hyphen."""
CUE = re.compile(
    rf"{NOT_AFTER_HYPHEN}"
    rf"\b{first_letter_lookahead([*CUE_ADVERBS.split('|'), *_CUE_WORDS])}"
    rf"(?P<cue>(?:{alternation(CUE_ADVERBS.split('|'))}\s+)*{alternation(_CUE_WORDS)})\b"
)
"""A cue word, perhaps after adverbs, never the second half of a hyphenated word ('so-called',
'self-described', 'Western-backed', 'non-life-threatening', 'well-briefed'), unless its first
half is a verb's prefix ('live-tweeted', 're-stated'); its alternatives grouped by first
letter (the same matches, four times faster: it is tried at every word of every sentence),
behind a test of the first letter (twice as fast again: most words start no cue)."""
CUE_HEADLINE = re.compile(CUE.pattern, re.IGNORECASE)
FRAME_CUE = re.compile(
    r"\b(?P<cue>(?:(?:also|later|recently|then)\s+)?(?:[Cc]ontinued|telling|writing|tweeting"
    r"|read))\b"
)
"""Verbs that report speech only in a reporting frame ('“…,” he continued', ', telling
reporters …', 'took to Twitter, writing: …', 'was equally thrilled, tweeting: …');
elsewhere they report nothing ('the talks continued', 'in writing')."""
FRAME_CUE_WORDS = ("ontinued", "telling", "writing", "tweeting", "read")
"""What every FRAME_CUE match holds: a sentence with neither is not searched."""
INFINITIVE_CUE = re.compile(
    r"\bto\s+(?:(?:also|again|publicly|personally|formally|officially|privately|\w+ly)\s+)?"
    r"(?P<cue>say|tell|declare|announce|assert|suggest|complain|question|assure|claim|insist"
    r"|argue|warn|urge|deny|reiterate|stress|emphasize|express|explain|state|note|demand"
    r"|praise|criticize|condemn|reject|call for|reaffirm|accuse|blame|defend|ask|affirm"
    r"|voice|repeat|respond|reply)\b"
)
"""A report verb in the infinitive ('went on CNN to declare …', 'continued to assert
…'): a cue only where it tells what its subject did (``infinitive_is_cue``)."""
RELAY_REACH = 75
REPORT_ONLY = re.compile(rf"\b(?:{REPORT})\b", re.IGNORECASE)
SPEECH_ONLY = re.compile(rf"\b(?:{SPEECH})\b", re.IGNORECASE)
STANCE_ONLY = re.compile(rf"\b(?:{STANCE})\b", re.IGNORECASE)
ACTION_ONLY = re.compile(rf"\b(?:{ACTION})\b", re.IGNORECASE)
ACCORDING = re.compile(
    r"\b(?=[ai])(?:according to|in the (?:view|words) of|as (?:reported|stated|noted|put) by)\s+",
    re.IGNORECASE,
)
ACCORDING_WORDS = (
    "according to",
    "the view of",
    "the words of",
    "reported by",
    "stated by",
    "noted by",
    "put by",
)
"""Every ACCORDING match holds one of these (in any case): a sentence with none, nearly every
one, is not searched (``patterns.may_hold``)."""
AS_SAID = re.compile(
    r"(?:^|[,—–-]\s*)as\s+(?P<who>(?:the\s+)?[\w.’' -]{2,50}?)\s+(?:said|says|concluded|noted"
    r"|put it|wrote|reported|described it|told)\b",
    re.IGNORECASE,
)
"""'He was, as the news agency concluded, the “sun of the nation.”': the one cited holds it."""
STUDY_BY = re.compile(
    r"\b(?:research|study|report|analysis|survey|poll|assessment|findings)\s+(?:by|from)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w.’'-]*)){0,8})"
)
"""'Recent research by the University of Science and Technology of China … suggesting':
the study's authors hold what it finds."""
POST_SIGNATURE = re.compile(r"[—–-]\s*(?P<who>[A-Z][^()—–]{1,60}?)\s*\(@\w+\)")
"""'… — Donald J. Trump (@realDonaldTrump) November 12, 2017': an embedded post's author."""
QUOTE_SIGNATURE = re.compile(
    r"(?<=[”\"])\s*[―—–]\s*(?P<who>[A-Z][\w.’'-]*?(?:\s+[A-Z][\w.’'-]*?){0,3})"
    r"(?:,\s+[^”\"―—–]{1,80}?)?\s*\.?\s*$"
)
"""'“… our greatest shame.” ― Sonya Herridge', '“…” — Chung Eui-yong, national security
director of South Korea': a quotation signed with a dash after its closing mark, at the end
of its sentence (a roundup of readers' or officials' words), is the signer's."""
HEADLINE_KICKERS = (
    "Analysis|Breaking|Commentary|Correction|Editorial|Exclusive|Explainer|Factbox|Fact Check"
    "|Graphic|Listen|Live|Map|Note|Opinion|Photos?|Podcast|Quiz|Read|Read More|Related|Review"
    "|See Also|Timeline|Transcript|Update|Updated|Video|Watch|Editor[’']s Note"
    "|Source|Sources|Credit|Photo Credit|Caption|Image|Via|Background|Bottom Line"
    "|First|Second|Third|Fourth|Fifth|Finally|Next|Last|Also|Meanwhile|Plus|Why|How|What"
    "|Answer|Question|Q|A|Quote|Headline|Summary|Verdict|Result|Results|Conclusion|Takeaway"
    "|Takeaways|Key|Lesson|Topic|Subject|Question of the Day"
)
"""Words a headline or a link opens on before a colon that name no one ('Analysis: New
York may be in range', 'Read More: …')."""
HEADLINE_SOURCE = re.compile(
    rf"\A(?!(?:{HEADLINE_KICKERS}):)"
    r"(?P<who>(?:[A-Z](?:[a-z][\w.-]*|[A-Z]?\.?)\s+){0,3}[A-Z](?:[a-z][\w.-]*|[A-Z]{1,2}\b)):"
    r"\s+(?=\S)"
)
"""'Pat Caddell: Democrat Voters Worried …', 'Sanders: Clinton needs to …', 'Haggard: As a
result, …': a sentence that opens on a name and a colon, the way a headline or a subhead
gives a speaker's words, is the speaker's (no capitals-only label, which is a transcript's
or page furniture's, no possessive: "North Korea's Stepped-Up Rhetoric: Is It …"; a
column's name, 'The Ninth Circle: …', is no one the engine knows and names no one)."""
ROLE_BEFORE_QUOTE = re.compile(r"\A(?P<who>[A-Z][\w.’'-]*(?:\s+[a-z][\w.’'-]*){1,3}):\s+(?=[“\"])")
"""'KRT news reader: “The reason why …”': a name and a role in lower case, then a colon and a
quotation, open the speaker's words."""
RECKONING = re.compile(
    r"\b(?:by|in)\s+(?P<who>[^,.;]{2,60}?)(?:'s|’s)\s+(?:reckoning|account|view|estimate"
    r"|telling|assessment|interpretation|definition)\b",
    re.IGNORECASE,
)


def _capitalised_name(words: int) -> str:
    """A name of up to ``words`` capitalised words, 'the' allowed before it."""
    return rf"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,{words - 1}}}"


_OWNER_S = rf"(?P<who>{_capitalised_name(4)})['’]s\s+"
"""'X's ': a name of up to four capitalised words and its possessive."""
OMITTED_IN_CONTRAST = re.compile(
    rf"\bbut\s+(?P<who>{_capitalised_name(4)}"
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:statement|report|coverage|speech|media|newspaper"
    r"|announcement|readout|address)(?:\s+(?:on\s+)?\w+day)?)?)"
    r"\s+(?:did\s+not|didn['’]t)\s+(?:address|mention|include|refer\s+to)\b"
)
"""'Moon's office said Kim was willing to disclose the process …, but the North's statement
Saturday didn't address allowing experts': what an actor's own statement leaves out, set
against another's account of it, is that actor's (the dev gold's 3aqb 17); not a plain
'Trump didn't mention North Korea', which is a non-comment."""
SPEECH_NOUN_THAT = re.compile(
    rf"(?<![\w’'-]){_OWNER_S}"
    r"(?:[a-z]+\s+)?(?:announcement|statement|claim|warning|insistence|assertion|promise"
    r"|pledge|vow|threat|demand|declaration|admission|acknowledgment|assurance|tweet|remark"
    r"|message)\s+that\b"
)
"""'North Korea's announcement that it is halting tests …', 'Trump's statement that the
exercises would end …': a speech act named by its noun, with its content after 'that', is
its owner's, whatever the sentence's verb does with it."""
STANCE_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:\w+ly\s+)?"
    r"(?:(?:condemned|criticized|criticised|denounced|welcomed|praised|rejected|slammed|hailed"
    r"|blasted|lambasted|decried|applauded|lauded|dismissed|protested|deplored)\s+by"
    r"|(?:seen|viewed|regarded)\s+(?:by|in)(?=\s[^.;:“”\"]{1,60}\sas\b))\s+"
    r"(?P<who>(?:(?:the|top|senior|some|many|several)\s+)*[A-Z][^.;:“”\"]{1,80}?)(?=\s*(?:[,.;:]|$|\s+(?:as|for|on|in|at|after|who|which|while|and\s+(?![A-Z]))\b))"
)
"""'The launch was condemned by the US and North Korea's neighbours', 'was criticized by
China', 'This is seen in Beijing as worse': a stance verb in the passive; the ones after
'by' (or 'in', a capital, for a view) hold it."""
SPEECH_NOUN_FROM = re.compile(
    r"\b(?:claims?|warnings?|promises?|pledges?|threats?|demands?|assurances?|vows?"
    r"|accusations?|announcements?|statements?)\s+(?:from|by)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|(?:of|and)\s+(?:the\s+)?"
    r"[A-Z][\w.’'-]*)){0,4}(?:['’]s(?:\s+[a-z]+){1,2})?(?:\s+(?:officials|leaders|government"
    r"|team|administration))?)(?:\s+(?:last|this|earlier|on)\s+\w+)?"
    r"\s+(?:that\s|to\s+(?!be\b)[a-z]+)"
)
"""'amid claims from North Korea that its latest missile could reach …', 'a promise from Mr
Kim to work towards denuclearisation': a speech act named by its noun, its maker after
'from' or 'by' and its content after: the maker holds it, whatever the sentence's verb."""
CITED = re.compile(
    r"\b(?=[cq])(?:cit|quot)(?:ed|es|ing)\s+(?P<who>[^,.;“\"]{2,60}?)\s+as\s+"
    r"(?:saying|replying|telling|stating)\b"
)
"""'KCNA cited Moon as saying …', 'Reuters quotes a foreign ministry official as saying':
the one cited holds the position, the citer relays it."""
CITED_WORDS = ("cited", "quoted", "cites", "quotes", "citing", "quoting")
"""Every CITED match starts with one of these, as written: a sentence with neither is not
searched."""
TRIGGER = re.compile(
    r"\b(?:after|following|in response to|in reaction to|in the wake of|amid|responded to"
    r"|responding to|despite|in spite of)\s+"
    r"(?!(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|decades?)\s+of\b)"
    r"(?:[\w-]+\s+){0,3}?(?:threats?|calls?|demands?"
    r"|warnings?|criticism|accusations?|statements?|remarks|comments|tests?|launch(?:es)?"
    r"|provocations?|announcements?|refusal|objections|protests|opposition|pleas|appeals"
    r"|complaints)"
    r"\s+(?:by|from)\s+(?P<who>[^,.;]{2,60})"
)
_NOT_A_TIME_ANCHOR = r"(?<!\bday )(?<!days )(?<!hours )(?<!week )(?<!weeks )(?<!months )"
"""Not 'the day after …', 'weeks after …': there 'after X's …' only dates what follows
('on Tuesday in response to …' is no such span)."""
_OWNERS = rf"\s+{_OWNER_S}(?:[\w-]+\s+){{0,4}}?"
"""'X's' and up to four words before the noun ('after North Korea's most recent nuclear test')."""
TRIGGER_EVENT = re.compile(
    rf"{_NOT_A_TIME_ANCHOR}\b(?:[Aa]fter|[Ff]ollowing|[Ii]n response to){_OWNERS}"
    r"(?:tests?|launch(?:es)?)\b"
)
"""'in response to North Korea's test', 'following North Korea's unprecedented test of an
ICBM': the owner of the deed that prompted what the main clause tells. Only beside a holder
of the sentence's own (``event_trigger_alone_dates_background``): with none, such a phrase
dates background ('sanctions imposed after North Korea's third nuclear test')."""
TRIGGER_DEED = re.compile(
    rf"{_NOT_A_TIME_ANCHOR}\b(?:[Aa]fter|[Ii]n response to)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:(?:had|has)\s+)?"
    r"(?:launched|fired|tested|conducted|detonated|carried\s+out|imposed|staged|seized|deployed"
    r"|sent|flew|dispatched|resumed|sanctioned|blacklisted|shot\s+down|sank|detained|expelled)\b"
)
"""'… after North Korea launched a missile over Japan': the doer of the deed that prompted
what the main clause tells, as 'after North Korea's launch' names its owner; alone it only
dates background (``event_trigger_alone_dates_background``)."""
CONSEQUENCE = re.compile(
    r"(?:^|,\s+|\s+and\s+)(?:prompting|leading|spurring)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;:“”\"]{1,60}?)\s+to\s+(?!be\b|have\b)[a-z]+"
)
"""'…, prompting Kim Jong Un's government to ratchet up its threats', '…, leading North
Korean leader Kim Jong Un to up the ante by calling Trump “deranged”': the reaction a
deed or statement drew, the doer's own act (a clause of its own, GUIDELINES 4.3)."""
TRIGGER_OWNER = re.compile(
    rf"{_NOT_A_TIME_ANCHOR}\b(?:[Aa]fter|[Ff]ollowing|[Ii]n response to|[Aa]mid){_OWNERS}"
    r"(?:threats?|calls?|demands?|warnings?|criticism|accusations?|statements?|remarks"
    r"|comments|announcements?|refusal|invitation|proposals?|offer)\b"
)
"""'following the North's announcement', 'after Moon's invitation': the owner of the
stance that prompted what the sentence tells, as in 'after threats by X'; not a time
anchor ('The day after Ri's remarks, Trump restated …')."""
NOMINAL_STANCE = re.compile(
    r"\b(?=[dpstbewrg])(?:drew|draws|drawing|prompted|prompting|sparked|sparking|triggered"
    r"|triggering|brought|bringing|earned|earning|won|wins|winning|received|receives|receiving"
    r"|garnered|garnering)\s+(?:[\w-]+\s+){0,3}?(?:condemnation|criticism"
    r"|rebukes?|protests?|denunciations?|praise|warnings?)\s+from(?=\s+(?P<who>[^.;:“\"]{2,120}))"
)
"""'The announcement drew immediate condemnation from the United States, South Korea, China
and Japan', 'Obama won rare foreign policy praise from Republicans': each one named holds the
stance the noun states."""
DETERMINER = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|our|this|that|upon|of|despite|amid|with|for|after|to"
    r"|such|these|those|new|any|no)|['’]s)\s+$",
    re.IGNORECASE,
)
ROLE_PREPOSITION = re.compile(
    r"\b(?:coverage|newspapers?|media|government|officials?|spokes\w+|ministry|embassy|regime"
    r"|leadership|authorities|delegation|team|envoy|ambassador|leaders?|diplomats?|negotiators?"
    r"|members?|aides?|advisers?|advisors?|staff|allies|representatives?|head|chief"
    r"|statements?|commanders?|admirals?|generals?|officers?|ministers?"
    r"|group|groups|handful|coalition)"
    r"\s+(?:in|of|for|from|at|in\s+charge\s+of|(?:attributed|issued|released)\s+(?:to|by))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
NO_FOR_COMMENT = ("could not", "couldn't", "did not", "didn't", "was not", "wasn't", "were not")
NOT_REACHED = r"(?:be )?(?:reached|respond|immediately respond|available)\b[^.]*\bcomment"
NON_COMMENT = re.compile(
    alternation(
        [
            *(f"{no} {NOT_REACHED}" for no in NO_FOR_COMMENT),
            r"(?:declined|refused) to (?:comment|elaborate|say|discuss|speculate"
            r"|(?:share|give|provide|offer) (?:any |further )?(?:details|specifics))",
            r"(?<!who )(?<!which )(?:declined|refused) to be (?:named|identified)",
            r"(?:would|will) not (?:comment|elaborate|speculate)",
            r"had no (?:immediate )?(?:comment|response|reaction)",
            r"no further comment",
            r"(?:there was|there has been|there is) no (?:immediate |official )?(?:confirmation"
            r"|comment|response|reaction) (?:from|by)\b",
            r"did not (?:disclose|elaborate)\b",
            r"(?:did not spell out|(?:has|have|had) not (?:yet )?(?:disclosed|elaborated"
            r"|spelled out))\b(?![^.;]*\bbut\b)",
            r"unavailable for comment",
            r"(?:remain(?:ed|s)?|kept|keeps?|stay(?:ed|s)?|(?:has|have|had) been)"
            r" (?:largely |conspicuously )?(?:mum|silent|tight-lipped)\b",
            r"said (?:(?:basically|virtually|practically|almost|next to|little or) )?nothing"
            r"(?= (?:in return|about|on|of|publicly|further)\b|\s*[.,;])",
            r"(?:choose|chose|chooses|prefer|prefers|preferred) not to (?:comment|discuss"
            r"|speculate|elaborate|get into)\b",
            r"not going to (?:comment|speculate|get into|discuss)\b",
            r"(?:cannot|can't|can’t|could not|couldn't|couldn’t|not able to|unable to)"
            r" (?:comment|discuss|speculate|touch that|get into that|go into that)\b",
            r"made no (?:public )?comment\b",
            r"(?:did|does|do)(?: not|n't|n’t) [“\"‘']?(?:want|wish) to (?:comment|discuss"
            r"|speculate|get into (?:any |the )?(?:details|specifics|classified|private"
            r"|conversations))\b",
            r"^\W*(?:he|she|they|the (?:\w+ )?(?:officials?|sources?|diplomats?))"
            r" (?:spoke|talked) (?:to [\w.]+(?: [\w.]+)? )?on (?:the )?condition of anonymity\b",
        ]
    ),
    re.IGNORECASE,
)
NON_COMMENT_WORDS = (
    "comment",
    "anonymity",
    "there",
    "declined to",
    "refused to",
    "would not",
    "will not",
    "had no",
    "did not",
    "has not",
    "have not",
    "had not",
    "mum",
    "silent",
    "tight-lipped",
    "said nothing",
    "said basically",
    "said virtually",
    "said practically",
    "said almost",
    "said next to",
    "said little or",
    "not to",
    "not going to",
    "not able to",
    "unable to",
    "cannot",
    "can't",
    "can’t",
    "could not",
    "couldn't",
    "couldn’t",
    "didn't",
    "didn’t",
    "does not",
    "doesn't",
    "doesn’t",
    "do not",
    "don't",
    "don’t",
)
"""Every NON_COMMENT phrase holds one of these (in any case): a sentence with none is not
searched (the phrase search, tried at every position, cost 5% of attribution)."""
PREPOSITIONS = re.compile(
    r"(?:\b(?:between|of|over|despite|with|to|for|from|about|on|amid|after|against|by"
    r"|toward|towards|into|under|at|in|than|like|among|including)\s+(?:the\s+)?$)",
    re.IGNORECASE,
)
BOUNDARY = re.compile(
    r",\s+(?:while|whereas|but|and|yet)\s+|;\s+|\s+(?:while|whereas)\s+|[,:]\s*(?=[“\"])"
    r"|[”\"]\s*,?\s*|\bthat\s+|,\s+"
)
SO_AS_CONJUNCTION = r"so(?!\s+far\b)"
"""'so' that joins a clause ('so the talks went on'), not the 'so' of 'so far', a time
adverb ('but so far has not announced any specifics': 'far' is no subject)."""
CONTRAST_OPENERS = "While|Whereas|Although|Though"
"""The conjunctions that open a contrastive clause at a sentence's or a phrase's start."""
CLAUSE = re.compile(
    r",\s+(?:while|whereas|but|yet|although|even\s+though)\s+|;\s+|\s+(?:while|whereas|even as)\s+"
    rf"|,\s+and\s+(?={_capitalised_name(5)}(?:['’]s)?(?:\s+[a-z][\w-]*){{0,2}}\s+(?:\w+ly\s+)?"
    r"(?:said|says|told|added|warned|announced|stated|insisted|argued)\b)"
)
CLAUSE_WORDS = (";", "while", "whereas", "but", "yet", "even as", ", and ", "though")
"""Every CLAUSE match holds one of these, as written: a sentence with none is not searched."""
PRONOUN_WORDS = (
    r"he|she|they|it|He|She|They|It|the official|The official|the spokesman"
    r"|[Aa]nother official|[Tt]his official|[Tt]hat official|[Aa] second official"
    r"|The spokesman|the spokeswoman|The spokeswoman|the ministry|The ministry|the agency"
    r"|the committee|The committee|the commission|The commission"
    r"|The agency|the statement|The statement|the officials|The officials|the envoy"
    r"|The envoy|the president|The president|the President|The President|the vice president"
    r"|The vice president|the secretary"
    r"|The secretary|the minister|The minister|the leader|The leader|I|we|We|the article"
    r"|the national security adviser|The national security adviser|the adviser|The adviser"
    r"|the defense secretary|The defense secretary|the defense minister|The defense minister"
    r"|the foreign minister|The foreign minister"
    r"|The article|the editorial|The editorial|the commentary"
    r"|[Tt]he (?:(?:first|second|third|last|latest|new|later|earlier) )?(?:tweet|communique"
    r"|readout)"
    r"|The commentary|the government|The government|the regime|The regime"
    + "".join(
        rf"|{owner} (?:administration|government|aides|officials)"
        for owner in ("[Hh]is", "[Hh]er", "[Ii]ts", "[Tt]heir")
    )
)
PRONOUN = re.compile(rf"\b{alternation(top_level_branches(PRONOUN_WORDS), True)}\b")
QUOTE_OPEN = '“"‘'
QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"")

FOOTAGE = r"pictures|photos|photographs|images|footage|videos?|videotape|clips?"
"""What a camera records: a state's media may show it (``cues.state_footage_shows``), and a
record shows what it records (``speechacts.RECORDS``)."""
STATE_OUTLET = re.compile(
    r"KCNA|Korean Central News Agency|Rodong Sinmun|KCTV|Korean Central Television"
    r"|Xinhua|People['’]s Daily|Global Times|CCTV|China Central Television"
    r"|TASS|RIA Novosti|Russia Today|Sputnik|IRNA|Press TV|Fars News Agency"
)
"""State news outlets by name: a template actor that lists one has state media."""
MEDIA = (
    "Washington Post",
    "The Post",
    "the Post",
    "Washington Times",
    "Washington Examiner",
    "New York Times",
    "The Times",
    "the Times",
    "Wall Street Journal",
    "The Journal",
    "the Journal",
    "Voice of America",
    "VOA",
    "CNN",
    "Fox News",
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "Yonhap",
    "NK News",
    "NKNews.org",
    "NKNews",
    "GlobalPost",
    "Global Post",
    "National Interest",
    "Sky News",
    "Daily Mail",
    "Asahi Shimbun",
    "Nikkei",
    "Japan Times",
    "Hankyoreh",
    "KBS",
    "MBC",
    "Bloomberg",
    "NBC",
    "NBC News",
    "ABC",
    "ABC News",
    "CBS",
    "CBS News",
    "NPR",
    "BBC",
    "Korea Herald",
    "Korea Times",
    "JoongAng Ilbo",
    "Chosun Ilbo",
    "Dong-A Ilbo",
    "NHK",
    "Kyodo",
    "Politico",
    "The Hill",
    "Breitbart",
    "Daily NK",
    "Guardian",
    "The Guardian",
    "South China Morning Post",
    "Axios",
    "MSNBC",
    "USA Today",
    "Los Angeles Times",
    "Newsweek",
    "Time magazine",
    "The Atlantic",
    "Al Jazeera",
    "Interfax",
    "Deutsche Welle",
    "the newspaper",
    "the paper",
    "The paper",
    "the news agency",
    "news agency",
    "state media",
    "State media",
    "pool report",
    "press pool",
    "state-run media",
    "State-run media",
    "Financial Times",
    "The Economist",
    "Vox",
    "HuffPost",
    "Daily Beast",
    "National Review",
    "Mother Jones",
    "Slate",
    "Salon",
    "The Intercept",
    "Fox Business",
    "Sky News",
    "Nikkei",
    "Asahi",
    "Yomiuri",
    "Mainichi",
    "Hankyoreh",
    "Christian Science Monitor",
    "Newsmax",
    "Townhall",
    "International Business Times",
    "Daily Caller",
    "Vanity Fair",
    "TheBlaze",
    "Democracy Now",
    "Daily Kos",
    "New York Magazine",
    "UPI",
    "United Press International",
    "Daily Mail",
    "The Telegraph",
    "New York Post",
    "New York Daily News",
    "the Monitor",
    "The Monitor",
)
OUTSIDE_ROLES = (
    r"analysts?|experts?|professor|researchers?|scholars?|fellow|observers?|commentators?"
    r"|critics?|former|ex-|think[- ]tank|institute|university|Sen\.|Senator|Senators|Rep\."
    r"|Representative|lawmakers?|legislators?|congressman|congresswoman|Congress|Democrats?"
    r"|Republicans?|GOP|Senate|scientists?|economists?|historians?|columnists?|pundits?"
    r"|strategists?|academics?|consultants?|activists?|defectors?|residents?|candidate"
    r"|campaign|governor|Gov\.|mayor|opposition|specialists?|watchers?|research|38 North"
)
"""Roles that make a speaker an outside voice even when an actor is named beside them
("U.S. Sen. Graham", "a former South Korean envoy", "Seoul-based analysts")."""
FAMILY_WORDS = "parents|relatives"
"""A person's family ('his parents insist …'): private people, whoever 'his' names."""
OUTSIDE_SPEAKERS = (
    OUTSIDE_ROLES + r"|Japan|Japanese|Tokyo|Abe|Shinzo Abe|Russia|Russian|Moscow|Putin"
    r"|Kremlin|United Nations|UN|U\.N\.|Security Council|Guterres|IAEA|European Union|EU"
    r"|Britain|British|France|French|Germany|German|India|Indian|Vietnam|Vietnamese|Iran"
    r"|Iranian|NATO|Pope|diplomats?|sources?|Amnesty|Human Rights Watch|Taiwan|Philippines"
    r"|Australia|Canada|Canadian|Mongolia|Singapore|Malaysia|Thailand|authors?|lawyers?"
    rf"|attorneys?|specialists?|watchdogs?|{FAMILY_WORDS}|Others"
    r"|foreign governments|other governments|Western governments|world governments"
    r"|governments around the region|governments around the world"
    r"|(?<=[Bb]ut )others|(?<=[Yy]et )others|(?<=[Ww]hile )others|(?<=[Ww]hereas )others"
)
"""Other governments and outside people; a named template actor beside them wins
("a South Korean diplomat" is South Korea). A capitalized "Others" opens a sentence that
goes on from the experts or critics before it ("Others warn that …"), as "others" does after
'but', 'yet' or 'while' ("But others believe …", "…, while others say …")."""
FORMER = re.compile(r"\b(?:former|ex-|then-|onetime|retired)", re.IGNORECASE)
"""A word saying a person no longer holds the role named with them ('former', 'then-')."""
ROLE_OVERRIDE = re.compile(rf"(?:{OUTSIDE_ROLES})$", re.IGNORECASE)
ROLE_OVERRIDE_HEAD = re.compile(rf"(?:{OUTSIDE_ROLES})(?=\s|$)", re.IGNORECASE)
"""An outside role, alone or followed by the person's name ('specialist John Schilling')."""
TITLE_WORDS = frozenset(
    "President Vice Secretary Ambassador Foreign Defense Defence Prime Minister Ministry "
    "Deputy Special Envoy Navy Army Air Marine Marines Military Embassy Treasury State "
    "Trade Commerce Chairman Leader Supreme General Gen Admiral Adm Intelligence "
    "Unification Joint Forces Command Commander Chief Director Spokesman Spokeswoman "
    "Spokesperson Officials Official Government Administration Department Mission "
    "Delegation Cabinet Party Workers Central Premier Nuclear Negotiator Undersecretary "
    "Under Assistant Consul Security Senior Top Korea Counterpart Representatives Officers "
    "Troops Authorities Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December".split()
)
"""A capitalized word that may follow an alias ("US President"); any other capitalized word
makes the alias part of a longer name ("The North American …", "China Daily", "Kim Dong-yub")."""
NEXT_WORD = re.compile(r"\s+([A-Z][\w'’.-]*)")
NAME = re.compile(
    r"(?:^|\s)((?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)?\.?\s+){0,3}[A-Z][a-z]+"
    r"(?:-[a-z]+)?)\s*$"
)
NOT_NAMES = frozenset(
    "It This That These Those There They He She We I You Officials Sources Reports Some "
    "Many Others Both All Each Police Most Few Several Critics Supporters Documents Data "
    "Polls Observers Witnesses Residents State Media But And Yet So The A An Still Later "
    "Earlier Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December Today Yesterday "
    "Having Being One Koreas Photos Pictures Photographs Images Footage Video Videos Clips "
    "Records Surveys Filings".split()
)
CLAUSE_OPENERS = frozenset(
    "When While If As After Before Since Although Though Because Unless Whether Where How Why "
    "What Who Meanwhile However Then Also Even Only Once Until In On At For".split()
)
"""Capitalized words that open a clause before a name ('When Singer signed', 'When asked')."""
FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][\w'’-]+)(\s+[A-Z][a-z]+\b)?")
INSTITUTION_WORDS = frozenset(
    "National University Institute Daily Times Post Herald News Center Centre Foundation  "
    "Journal Tower Square Street Airport Station Hotel Olympics Games Province City Stadium "
    "Bridge Hall".split()
)
OWNER = re.compile(r"\b(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""'his top diplomat': someone of the actor just named, not an outside voice."""
AUXILIARIES = "has|have|had|will|would|did|does|do|can|could|may|might|must|should"
"""The auxiliary verbs a finite verb group may open with (an alternation, for patterns)."""
FINITE_AUXILIARIES = f"is|are|was|were|{AUXILIARIES}"
"""The forms of 'be' and the auxiliaries: a finite verb, whatever follows (an alternation)."""
ALSO = re.compile(r"\balso\b", re.IGNORECASE)
"""A cue with 'also' ('also said', 'the president also said') adds a statement to the one
before (the same speaker's)."""
PARTICIPLE = re.compile(r"[a-z]+ed")
"""A verb's past participle (or past tense): one word in lower case ending in -ed."""
RELATIVE_WORDS = "who|whom|whose|which|that"
"""The words that open a relative clause after its head (an alternation, for patterns)."""
SUBORDINATE = re.compile(
    r"\b(?:if|unless|since|when|where|before|until|after|because|once|whether"
    r"|provided(?:\s+that)?|providing|as\s+long\s+as|so\s+long\s+as|(?:last|next)\s+time)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A cue whose subject opens a conditional or time clause reports no stance of its own."""
SUBORDINATE_OPENING = re.compile(
    r"^(?:Whether|If|Although|Though|While|Whereas|Because|Unless|Even if|Even though"
    r"|As(?= [A-Z]\w* \w)(?! (?:expected|usual|well|such|a result|of|for|to)\b))\b[^,;]*,"
    r"\s*(?:but\s+)?"
)
"""A sentence's opening subordinate clause, through its comma ('While some analysts
insist …, '): the main clause follows."""
SURNAME_FIRST = frozenset(
    "Kim Lee Park Choi Jung Chung Kang Cho Yoon Jang Lim Han Oh Seo Suh Shin Kwon Hwang Ahn "
    "Song Ryu Ryoo Hong Moon Yang Ko Nam Ri Pak Choe Jo Hyon Ja Yun Jeong Wang Li Zhang Liu "
    "Chen Huang Zhao Wu Zhou Xu Sun Ma Hu Guo He Gao Lin Luo Zheng Xi Hua Geng Lu Qin Cui Wei "
    "Fu Kong Tang Yan Dai".split()
)
"""Korean and Chinese family names, written first: "Song Young-moo" is later "Song"."""
BARE_NAME = re.compile(rf"[A-Z]{STARTS_A_WORD}[a-z]+\b")  # as r"\b[A-Z][a-z]+\b", faster
PLACE_WORDS = frozenset(
    "North South East West United States Republic Kingdom Union Nations House Department "
    "Ministry Council Agency Party Army Forces Command Office Service Korea Korean Koreans "
    "China Chinese America American Americans Washington Pyongyang Seoul Beijing Tokyo Moscow "
    "Times News Post Daily Administration Government Regime Embassy Navy Pentagon Kremlin "
    "Treasury Congress Senate Iran Iranian Tehran Russia Russian Europe European".split()
)
"""Words that make a mention a place or an institution, never the "he" of the next sentence."""
RELATIVE_HEAD = re.compile(r",\s+(?:who|which|[a-z]+ing)\b")
"""', who …' opens a relative clause whose cue does not end the main subject's reach."""
PERSON_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:said|says|told|tells|the|that|and|[a-z]+ed|is|are|was|were|has|have"
    r"|had|will|would|[a-z]+ing)\b)[\w.-]+\s+){0,3}?"
    r"(?:envoy|ambassador|minister|secretary|spokes\w+|official"
    r"|president|leader|adviser|advisor|negotiator|chairman|director|premier|chief|analyst"
    r"|expert|professor|diplomat|general|commander|senator|lawmaker)\b",
    re.IGNORECASE,
)
""""Russia's deputy U.N. envoy": the state is named, but a person speaks ('Chung said the US
President' is no such phrase, nor 'Kim Jong-un is praising President': a verb or 'the'
stands between)."""

NOT_GIVEN_NAMES = frozenset(
    "The A An In On At For But And If As When While After Before Since North South East West "
    "New United White State Foreign Prime President Secretary Minister Former Vice Sen Rep "
    "Mr Ms Mrs Dr Chinese Korean American Russian Japanese Supreme Security Defense National "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
"""Capitalized words that open a phrase but are no one's given name ('The Kims', 'When Kim')."""
OPENING_WORDS = frozenset(
    "Then So Yet Although Though Because Meanwhile However Also Still Even Only That This "
    "Those These Why How What Where Who Under With From By To Of Over Amid During Unlike Like "
    "Including Against Despite Once Until Whether Both Neither Either Its His Her Their "
    "Is Are Was Were Will Would Can Could Should Does Did Do Has Have Had May Might Must".split()
)
"""More capitalized function words a sentence may open with, before a family name (and any
word in -ing: 'Following Kim's visit')."""
BARE_OFFICIALS = (
    r"(?:(?:senior|military|government|defen[cs]e|space|top|security)\s+)?(?:officials|authorities)"
)
"""'Officials', 'Military officials', 'authorities': officials named by no state (an
alternation, matched in any case), the government the article is speaking of."""
NATIONAL_MEDIA = re.compile(
    r"(?:the\s+)?(?:(?:semi-?official|local|foreign|national|[A-Z][\w.’'-]*)\s+){1,3}"
    r"(?:media|press|newspapers?|broadcasters?|television|TV|news\s+agency|news\s+media)"
)
"""'South Korean media', 'Japanese broadcaster', 'the semi-official news agency': a country's
news media, named by no outlet's name, report as an outlet does (a conduit, never a holder;
a template lists the names of a state whose media are its own voice, 'North Korean media')."""
TIME_AFTER = r"(?:on\s+\w+day|last\s+\w+|this\s+\w+|earlier)"
"""A time phrase that may follow a noun ('reports on Friday', 'a call last week')."""
UNOWNED_REPORT = re.compile(
    r"(?:(?:a|an|one|two|several|some|multiple|other|unconfirmed)\s+)?(?:(?:new|recent|local"
    r"|news|media|press|pool|published|earlier|initial|separate|leaked|early|later|wire"
    r"|television|TV|broadcast)\s+){0,2}(?:reports?|transcripts?|accounts?|footage|coverage"
    r"|(?<=leaked\s)(?:information|documents?|memos?|cables?|emails?))"
    r"(?:\s+(?:from|by)\s+(?:[\w.’'-]+\s+){0,2}(?:reporters|journalists|correspondents)\b.*)?"
    rf"(?:\s+{TIME_AFTER})?",  # 'Reports on Friday said'
    re.IGNORECASE,
)
"""'according to a pool report', 'media reports said', 'a pool report from U.S. reporters
who …': a report that names no one who made it carries the sentence, as a news outlet does
(a conduit, never a holder); 'the report' means one the article named, and keeps its
maker."""
