"""pysbd's English processor, with the work that cannot change its sentences skipped.

pysbd (0.3.4) marks abbreviations, numbers, list items and punctuation by a long series of
regex substitutions over each paragraph and each sentence it cuts; most find nothing in news
text. Each shortcut here skips work whose result is known beforehand, so the sentences are
pysbd's own (a test compares them on the Golden Rules and Korea paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from .patterns import CASE_FOLDS_TO_ASCII, required_characters


@cache
def english_processor() -> Callable[[str], Any]:
    """pysbd's English processor: paragraph → its sentences, with five shortcuts.

    * Abbreviations: for each of its 188 abbreviations found anywhere in a paragraph ('a',
      'no', 'st' are in nearly all), pysbd runs two regex searches over the paragraph and
      one substitution per occurrence, two thirds of its time. Every substitution replaces
      the period right after the abbreviation where it follows whitespace, so an
      abbreviation never written that way ('... St. Louis') changes nothing and is skipped.
    * List items: see ``ListItems``.
    * Rule passes: see ``_apply``.
    * Punctuation between quotes, brackets and dashes: eight steps, each skipped where its
      opening mark is missing (see ``_between_punctuation``).
    * Five more substitutions (continuous punctuation, parentheses between quotes, words
      with '!', a final '!', abbreviations before a sentence starter), each skipped where
      ``may_match`` says its pattern cannot match.
    """
    from pysbd.lang.english import English

    class Language(English):
        AbbreviationReplacer = _abbreviations(English)
        BetweenPunctuation = _between_punctuation()

    processor = _processor(_list_items())
    return lambda paragraph: processor(paragraph, Language, char_span=False).process()


def _abbreviations(english: Any) -> Any:
    """pysbd's abbreviation marking, with abbreviations that cannot apply skipped."""
    order = {a: i for i, a in enumerate(english.Abbreviation.ABBREVIATIONS)}  # no repeats
    dotted = {a for a in order if not a.strip().isalnum()}

    class AbbreviationReplacer(english.AbbreviationReplacer):  # type: ignore[misc]
        text: str
        lang: Any

        def replace(self) -> str:  # pysbd's as it stands in 0.3.4, with _apply
            self.text = _apply(
                self.text,
                self.lang.PossessiveAbbreviationRule,
                self.lang.KommanditgesellschaftRule,
                *self.lang.SingleLetterAbbreviationRules.All,
            )
            abbr_handled_text = ""
            for line in self.text.splitlines(True):
                abbr_handled_text += self.search_for_abbreviations_in_string(line)
            self.text = abbr_handled_text
            self.replace_multi_period_abbreviations()
            self.text = _apply(self.text, *self.lang.AmPmRules.All)
            self.text = self.replace_abbreviation_as_sentence_boundary()
            return str(self.text)

        def search_for_abbreviations_in_string(self, text: str) -> str:
            lowered = text.lower()
            candidates = self.lang.Abbreviation.ABBREVIATIONS
            if not CASE_FOLDS_TO_ASCII.intersection(text):  # the skip (else pysbd's search)
                before_period = order.keys() & _WORD_BEFORE_PERIOD.findall(lowered)
                candidates = sorted(dotted.union(before_period), key=order.__getitem__)
            for abbr in candidates:  # pysbd's loop as it stands in 0.3.4
                stripped = abbr.strip()
                if stripped not in lowered:
                    continue
                matches = re.findall(rf"(?:^|\s|\r|\n){stripped}", text, flags=re.IGNORECASE)
                if not matches:
                    continue
                next_chars = re.findall(r"(?<={" + str(re.escape(stripped)) + "} ).{1}", text)
                for index, match in enumerate(matches):
                    text = self.scan_for_replacements(text, match, index, next_chars)
            return text

        def replace_multi_period_abbreviations(self) -> None:
            if _MULTI_PERIOD_MARK.search(self.text):
                super().replace_multi_period_abbreviations()

        def replace_abbreviation_as_sentence_boundary(self) -> str:  # pysbd's, 0.3.4
            starters = "|".join(rf"(?=\s{word}\s)" for word in self.SENTENCE_STARTERS)
            regex = rf"(U∯S|U\.S|U∯K|E∯U|E\.U|U∯S∯A|U\.S\.A|I|i.v|I.V)∯({starters})"
            if may_match(regex, self.text):
                self.text = re.sub(regex, "\\1.", self.text)
            return self.text

    return AbbreviationReplacer


_BETWEEN_STEPS = (
    "BETWEEN_SINGLE_QUOTES_REGEX",
    "BETWEEN_SINGLE_QUOTE_SLANTED_REGEX",
    "BETWEEN_DOUBLE_QUOTES_REGEX_2",
    "BETWEEN_SQUARE_BRACKETS_REGEX_2",
    "BETWEEN_PARENS_REGEX_2",
    "BETWEEN_QUOTE_ARROW_REGEX_2",
    "BETWEEN_EM_DASHES_REGEX_2",
    "BETWEEN_QUOTE_SLANTED_REGEX_2",
)
"""The patterns of pysbd's steps marking punctuation between quotes, brackets and dashes, in
its order (the first, single quotes, also tests another pattern first, which needs the same
mark)."""


def _between_punctuation() -> Any:
    from pysbd.between_punctuation import BetweenPunctuation

    steps = [
        (re.compile(pattern), required_characters(pattern), index == 0)
        for index, pattern in enumerate(getattr(BetweenPunctuation, n) for n in _BETWEEN_STEPS)
    ]
    leading_apostrophe = re.compile(BetweenPunctuation.WORD_WITH_LEADING_APOSTROPHE)
    apostrophe_before_space = re.compile(r"'\s")

    class Between(BetweenPunctuation):  # type: ignore[misc]
        """pysbd's marking (its ``sub_punctuation_between_*`` steps as they stand in 0.3.4),
        each step skipped where the text lacks the mark its pattern needs (the step would
        give the text back as it was), and each match marked by ``_marked``."""

        def sub_punctuation_between_quotes_and_parens(self, txt: str) -> str:
            for pattern, needs, single in steps:
                if needs and not any(char in txt for char in needs):
                    continue
                if not single:
                    txt = pattern.sub(_marked, txt)
                elif not (
                    leading_apostrophe.search(txt) and not apostrophe_before_space.search(txt)
                ):
                    txt = pattern.sub(_marked_single, txt)
            return txt

    return Between


_SENTENCE_MARKS = (
    (".", "∯"),
    ("。", "&ᓰ&"),
    ("．", "&ᓱ&"),
    ("！", "&ᓳ&"),
    ("!", "&ᓴ&"),
    ("?", "&ᓷ&"),
    ("？", "&ᓸ&"),
)
"""pysbd's placeholders for the sentence-ending marks inside quotes and brackets, in its order."""


def _marked(match: re.Match[str]) -> str:
    """pysbd's ``replace_punctuation``: the sentence marks of a quotation replaced by their
    placeholders, and its apostrophes. pysbd first escapes every '(', ')', '[', ']' and '-'
    with a backslash and removes those backslashes at the end, which gives the text back
    as it was; the marks are plain characters, so ``str.replace`` does what its
    substitutions do (a fifth of pysbd's time on news text went to these calls)."""
    return _marked_single(match).replace("'", "&⎋&")


def _marked_single(match: re.Match[str]) -> str:
    """``_marked`` for a quotation in single quotes, whose apostrophes stay."""
    text = match.group()
    for mark, placeholder in _SENTENCE_MARKS:
        if mark in text:
            text = text.replace(mark, placeholder)
    return text


def _list_items() -> Any:
    from pysbd.lists_item_replacer import ListItemReplacer

    class ListItems(ListItemReplacer):  # type: ignore[misc]
        """pysbd's list-item marking, with the searches that cannot find an item skipped:
        each is a regex of lookbehind branches tried at every position (a fifth of pysbd's
        time), and each item it looks for holds a letter or digit right before '.' or ')'."""

        def iterate_alphabet_array(
            self, regex: str, parens: bool = False, roman_numeral: bool = False
        ) -> Any:
            if not (_LETTER_PAREN if parens else _LETTER_PERIOD).search(self.text):
                return self.text  # pysbd's answer when it finds no item
            return super().iterate_alphabet_array(regex, parens, roman_numeral)

        def scan_lists(
            self, regex1: str, regex2: str, replacement: str, strip: bool = False
        ) -> None:
            if _DIGIT_ITEM.search(self.text):
                super().scan_lists(regex1, regex2, replacement, strip)

    return ListItems


def _gated_processor() -> Any:
    from pysbd.processor import Processor

    class GatedProcessor(Processor):  # type: ignore[misc]
        """pysbd's substitutions that most texts give no match, skipped where they cannot
        match (``may_match``); pysbd's methods as they stand in 0.3.4."""

        text: str
        lang: Any

        def sentence_boundary_punctuation(self, txt: str) -> list[str]:
            if hasattr(self.lang, "ReplaceColonBetweenNumbersRule"):
                txt = _apply(txt, self.lang.ReplaceColonBetweenNumbersRule)
            if hasattr(self.lang, "ReplaceNonSentenceBoundaryCommaRule"):
                txt = _apply(txt, self.lang.ReplaceNonSentenceBoundaryCommaRule)
            if may_match(_LAST_EXCLAMATION, txt):
                txt = re.sub(_LAST_EXCLAMATION, "!", txt)
            return [m.group() for m in re.finditer(self.lang.SENTENCE_BOUNDARY_REGEX, txt)]

        def check_for_parens_between_quotes(self) -> None:
            if may_match(self.lang.PARENS_BETWEEN_DOUBLE_QUOTES_REGEX, self.text):
                super().check_for_parens_between_quotes()

        def replace_continuous_punctuation(self) -> None:
            if may_match(self.lang.CONTINUOUS_PUNCTUATION_REGEX, self.text):
                super().replace_continuous_punctuation()

        def replace_periods_before_numeric_references(self) -> None:
            if _NUMERIC_REFERENCE_MARK.search(self.text):
                super().replace_periods_before_numeric_references()

    return GatedProcessor


def _processor(list_items: Any) -> Any:
    from pysbd.exclamation_words import ExclamationWords
    from pysbd.lists_item_replacer import ListItemReplacer

    class ShortcutProcessor(_gated_processor()):  # type: ignore[misc]
        """pysbd's methods as they stand in 0.3.4, with ListItems and _apply."""

        text: str
        lang: Any

        def process(self) -> Any:
            if not self.text:
                return self.text
            self.text = self.text.replace("\n", "\r")
            self.text = list_items(self.text).add_line_break()
            self.replace_abbreviations()
            self.replace_numbers()
            self.replace_continuous_punctuation()
            self.replace_periods_before_numeric_references()
            self.text = _apply(
                self.text,
                self.lang.Abbreviation.WithMultiplePeriodsAndEmailRule,
                self.lang.GeoLocationRule,
                self.lang.FileFormatRule,
            )
            return self.split_into_segments()

        def split_into_segments(self) -> list[str]:
            self.check_for_parens_between_quotes()
            sents = self.rm_none_flatten(self.text.split("\r"))
            rules = (self.lang.SingleNewLineRule, *self.lang.EllipsisRules.All)
            sents = [_apply(s, *rules) for s in sents]
            sents = self.rm_none_flatten([self.check_for_punctuation(s) for s in sents])
            postprocessed_sents = []
            for sent in sents:
                sent = _apply(sent, *self.lang.SubSymbolsRules.All)
                post_process_sent = self.post_process_segments(sent)
                if post_process_sent and isinstance(post_process_sent, str):
                    postprocessed_sents.append(post_process_sent)
                elif isinstance(post_process_sent, list):
                    postprocessed_sents.extend(post_process_sent)
            return [_apply(s, self.lang.SubSingleQuoteRule) for s in postprocessed_sents]

        def post_process_segments(self, txt: str) -> Any:
            if len(txt) > 2 and re.search(r"\A[a-zA-Z]*\Z", txt):
                return txt
            txt = _apply(txt, *self.lang.ReinsertEllipsisRules.All)
            if re.search(self.lang.QUOTATION_AT_END_OF_SENTENCE_REGEX, txt):
                return re.split(self.lang.SPLIT_SPACE_QUOTATION_AT_END_OF_SENTENCE_REGEX, txt)
            return txt.replace("\n", "").strip()

        def process_text(self, txt: str) -> Any:
            if txt[-1] not in self.lang.Punctuations:
                txt += "ȸ"
            if may_match(ExclamationWords.EXCLAMATION_REGEX, txt):
                txt = ExclamationWords.apply_rules(txt)
            txt = self.between_punctuation(txt)
            if not re.match(self.lang.DoublePunctuationRules.DoublePunctuation, txt):
                txt = _apply(txt, *self.lang.DoublePunctuationRules.All)
            txt = _apply(
                txt, self.lang.QuestionMarkInQuotationRule, *self.lang.ExclamationPointRules.All
            )
            txt = ListItemReplacer(txt).replace_parens()
            return self.sentence_boundary_punctuation(txt)

        def replace_numbers(self) -> None:
            self.text = _apply(self.text, *self.lang.Numbers.All)

    return ShortcutProcessor


def _apply(text: str, *rules: Any) -> str:
    """pysbd's ``Text(text).apply(*rules)``: each rule's substitution in turn, skipped where
    the text holds none of the characters every match of the rule needs (most of pysbd's
    passes look for its own placeholder symbols or for '!', '?', '...', which most sentences
    lack; a substitution that finds nothing returns the text unchanged)."""
    for rule in rules:
        pattern, replacement, needs = _compiled(rule)
        if needs:
            for char in needs:  # a loop of `in` tests: faster than a set of the text
                if char in text:
                    break
            else:
                continue
        text = pattern.sub(replacement, text)
    return str(text)  # a str, as re.sub returns (pysbd's Text is a str subclass)


def may_match(pattern: str, text: str) -> bool:
    """False when ``text`` holds none of the characters one of which every match of
    ``pattern`` needs (a substitution with it would give the text back as it was)."""
    needs = _required(pattern)
    return not needs or any(char in text for char in needs)


_required = cache(required_characters)

_LAST_EXCLAMATION = r"&ᓴ&$"
"""pysbd's exclamation mark at the end of a text, put back (in sentence_boundary_punctuation)."""


@cache
def _compiled(rule: Any) -> tuple[re.Pattern[str], str, str]:
    """A pysbd rule's pattern compiled once, its replacement, and the characters one of
    which its every match holds ('' when they cannot be read off the pattern)."""
    return re.compile(rule.pattern), rule.replacement, required_characters(rule.pattern)


_WORD_BEFORE_PERIOD = re.compile(r"(?<!\S)(\w+)\.")
"""A word that starts the text or follows whitespace and ends in a period: the only
periods pysbd's abbreviation substitutions replace (their pattern is a lookbehind for
whitespace and the abbreviation, on the text with a space put in front)."""
_LETTER_PERIOD = re.compile(r"\.(?<=(?<!\S)[a-z]\.)")
r"""What every item of pysbd's lettered lists with periods holds ('a. ', at the start or
after whitespace). Each of these three searches leads with its mark and looks behind it
for the rest: re then skips from one mark to the next instead of trying the pattern at
every position (a tenth of the time of ``(?<!\S)[a-z]\.`` on news paragraphs)."""
_LETTER_PAREN = re.compile(r"\)(?<=[a-z]\))")
"""What every item of its lettered lists with parentheses holds ('(b) ', 'iv) ')."""
_DIGIT_ITEM = re.compile(r"[.)](?<=\d[.)])")
"""What every item of its numbered lists holds ('2. ', '3) ')."""
_MULTI_PERIOD_MARK = re.compile(r"\.[a-z]\.", re.IGNORECASE)
r"""What every multi-period abbreviation pysbd marks holds ('u.s.', 'e.g.': its pattern,
``\b[a-z](?:\.[a-z])+[.]``, ignores case too); the search leads with the period."""
_NUMERIC_REFERENCE_MARK = re.compile(r"[.∯][\[\d]")
"""What every numeric reference pysbd marks holds: a period (or its placeholder) right
before a digit or a bracket ('… the law.[3] The …', '… in May.2 The …')."""
