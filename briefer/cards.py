"""Link cards an outlet fuses into its text, cut out before the text is split.

The Hill follows a person's name with a card of links: the full name, fused to the first of
several headlines, up to 'MORE' ('CIA Director Mike Pompeo Michael (Mike) Richard
PompeoProtests serve as backdrop to … MORE described the United States as …'). Copied
from the page, the card lands inside the sentence, where it reads as words of the article,
names people the sentence never mentions and hides who speaks.
"""

from __future__ import annotations

import re

_CARD = re.compile(
    r"(?P<surname>[A-Z][\w'’-]+)"  # the name as the sentence gives it ends here
    r"(?P<card>\s+(?:[A-Z][\w.'’-]*\s+|\([A-Z][\w.'’-]*\)\s+){0,4}?"  # the full name
    r"(?P=surname)(?=[A-Z0-9'‘\"“])"  # fused to the first headline, with no space
    r".*? MORE\b)"  # the headlines, up to the card's last word
)


def strip_link_cards(paragraph: str) -> str:
    """``paragraph`` without the link cards fused into it ('Mike Pompeo Michael (Mike)
    Richard PompeoProtests … MORE described' → 'Mike Pompeo described')."""
    if " MORE" not in paragraph:  # a cheap test first: almost no paragraph has a card
        return paragraph
    previous = None
    while previous != paragraph:  # a card's headlines may name a person with a card
        previous = paragraph
        paragraph = _CARD.sub(lambda m: m.group("surname"), paragraph, count=1)
    return paragraph
