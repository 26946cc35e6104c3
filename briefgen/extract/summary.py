"""The draft's summary: a few whole sentences of the article saying who did what and when.

A reviewer edits a summary far faster than writing one, but only if it reads as prose: so
it is made of the article's own sentences, kept whole — the lead, then the sentences that
state the items the draft found — in the article's order, never a list of fragments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MOST_WORDS = 90
MOST_SENTENCES = 4
#: Shorter than this, a "sentence" is a dateline, a heading or a salutation, not a fact.
_FEWEST_WORDS = 6
#: "Good afternoon, everybody." and the like: the opening of a briefing, not its news.
_GREETING = re.compile(r"^(?:good (?:morning|afternoon|evening)|hello|hi|thank you|thanks)\b",
                       re.I)
#: A sentence whose subject is a pronoun ("On the matter, she said…") needs the one before it.
_ANAPHORIC = re.compile(r"^(?:[^,]{0,40},\s*)?(?:he|she|they|it|this|these|those)\b", re.I)
NO_SUMMARY = "No summary could be drafted; write one."


def draft_summary(sentences: Sequence[str], evidence: Sequence[str]) -> str:
    """The lead sentence, then the sentences holding the most `evidence` of the draft's
    items, up to four sentences and 90 words in all, in the article's order."""
    candidates = [i for i, s in enumerate(sentences) if _is_statement(s)]
    if not candidates:
        return NO_SUMMARY
    chosen: set[int] = set()
    words = 0
    lead = next((i for i in candidates if _words(sentences[i]) <= MOST_WORDS
                 and not _ANAPHORIC.match(sentences[i])), None)
    if lead is not None:
        chosen.add(lead)
        words = _words(sentences[lead])
    for i in sorted(candidates, key=lambda i: (-_items_in(sentences[i], evidence), i)):
        if len(chosen) == MOST_SENTENCES or not _items_in(sentences[i], evidence):
            break
        if i not in chosen and words + _words(sentences[i]) <= MOST_WORDS \
                and _follows(sentences, i, chosen):
            chosen.add(i)
            words += _words(sentences[i])
    if lead is not None and len(chosen) == 1:  # no item beside the lead: what follows it
        for i in (i for i in candidates if i > lead):
            if len(chosen) == MOST_SENTENCES - 1 or words + _words(sentences[i]) > MOST_WORDS \
                    or not _follows(sentences, i, chosen):
                break
            chosen.add(i)
            words += _words(sentences[i])
    return " ".join(sentences[i] for i in sorted(chosen)) if chosen else NO_SUMMARY


def _is_statement(sentence: str) -> bool:
    return (_words(sentence) >= _FEWEST_WORDS and sentence.rstrip()[-1:] in ".!\"”’'"
            and not _GREETING.match(sentence) and not _is_heading(sentence))


def _follows(sentences: Sequence[str], i: int, chosen: set[int]) -> bool:
    """Whether sentence `i` reads right after the chosen ones: a pronoun subject needs the
    sentence it refers to just before it."""
    return not _ANAPHORIC.match(sentences[i]) or i - 1 in chosen


def _is_heading(sentence: str) -> bool:
    """An all-capitals line (a fact sheet's heading), however it ends."""
    letters = "".join(filter(str.isalpha, sentence))
    return bool(letters) and sum(map(str.isupper, letters)) > 0.6 * len(letters)


def _items_in(sentence: str, evidence: Sequence[str]) -> int:
    return sum(1 for e in evidence if e and e in sentence)


def _words(sentence: str) -> int:
    return len(sentence.split())
