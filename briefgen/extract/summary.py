"""The draft's summary: a few whole sentences of the article saying who did what and when.

A reviewer edits a summary far faster than writing one, but only if it reads as prose: so
it is made of the article's own sentences, kept whole — the lead, then the sentences that
state the items the draft found — in the article's order, never a list of fragments.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate, islice

from briefgen.extract.clauses import NUMBERED
from briefgen.extract.quotes import closes_a_quotation_begun_before
from briefgen.extract.roles import title_case

#: A summary stays under 90 words.
MOST_WORDS = 89
MOST_SENTENCES = 4
#: Shorter than this, a "sentence" is a dateline, a heading or a salutation, not a fact.
_FEWEST_WORDS = 6
#: "Good afternoon, everybody." and the like: the opening of a briefing, not its news.
_GREETING = re.compile(r"^(?:good (?:morning|afternoon|evening)|hello|hi|thank you|thanks|"
                       r"let me (?:begin|start)|i(?:'d|’d| would) like to (?:begin|start)|"
                       r"i have (?:one|two|three|a few|an|a couple of) announcements?)\b",
                       re.I)
#: A note on the text itself, not its news: "Unofficial English translation of the original
#: French text.", "Check against delivery."
_EDITORIAL_NOTE = re.compile(r"[*_\[(]*(?:(?:unofficial|informal|official)\s+)?(?:\w+\s+)?"
                             r"translation\b|[*_\[(]*(?:check|as)\s+(?:against|prepared\s+for)\s+"
                             r"delivery\b", re.I)
#: Who speaks in a transcript ("Q:", "A:", "MR. SULLIVAN:"): a mark of the turn, not its words.
_TURN_MARK = re.compile(r"^(?:Q|A|(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]+):\s+")
#: A sentence whose subject is a pronoun ("On the matter, she said…"), that opens with a
#: phrase of one ("Under its terms, …") or that answers a request told before ("undertook to
#: examine the request") needs the one before it.
_ANAPHORIC = re.compile(r"^(?:[^,]{0,40},\s*)?(?:he|she|they|it|this|these|those)\b|"
                        r"^(?:[^,]{0,25}\s)?(?:its|their)\s[^,]{1,30},|"
                        r"^.*?\bthe\s+(?:request|proposal|demand|offer|invitation)\b"
                        r"(?!\s+(?:of|for|to|by|from|that|on)\b)", re.I)
NO_SUMMARY = "No summary could be drafted; write one."


def draft_summary(sentences: Sequence[str], evidence: Sequence[str]) -> str:
    """The lead sentence, then the sentences holding the most `evidence` of the draft's
    items, up to four sentences and under 90 words in all, in the article's order."""
    sentences = [_TURN_MARK.sub("", s) for s in sentences]
    body = _body(sentences)
    candidates = [i for i, s in enumerate(sentences)
                  if _is_statement(s) and not (body and _PREAMBLE.match(s)) and
                  not _RECITAL.match(s)]
    if not candidates:
        return NO_SUMMARY
    shown = [_as_sentence(s, body) for s in sentences]
    held = _evidence_held(sentences, evidence)
    chosen: set[int] = set()
    words = 0
    lead = next((i for i in candidates if _words(shown[i]) <= MOST_WORDS
                 and not _ANAPHORIC.match(sentences[i])), None)
    if lead is not None:
        chosen.add(lead)
        words = _words(shown[lead])
    for i in sorted(candidates, key=lambda i: (-held[i], i)):
        if len(chosen) == MOST_SENTENCES or not held[i]:
            break
        if i not in chosen and words + _words(shown[i]) <= MOST_WORDS \
                and _follows(sentences, i, chosen):
            chosen.add(i)
            words += _words(shown[i])
    if lead is not None and len(chosen) == 1:  # no item beside the lead: what follows it
        for i in (i for i in candidates if i > lead):
            if len(chosen) == MOST_SENTENCES - 1 or words + _words(shown[i]) > MOST_WORDS \
                    or not _follows(sentences, i, chosen):
                break
            chosen.add(i)
            words += _words(shown[i])
    return " ".join(shown[i] for i in sorted(chosen)) if chosen else NO_SUMMARY


def _as_sentence(text: str, body: str | None = None) -> str:
    """A communiqué's item ends with ";", a sentence of the summary with "."; a sentence of a
    statement quoted paragraph by paragraph loses the quotation mark it does not close, and
    one of a spokesperson's numbered announcements its number ("First, "). A communiqué's
    operative paragraph, whose verb has the body for subject ("Expresses deep concern …"),
    gets it back ("The Council expresses deep concern …")."""
    if text.startswith("“") and "”" not in text:
        text = text[1:]
    text = _ENUMERATOR.sub(lambda first: first.group(1).upper(), text, count=1)
    operative = _OPERATIVE.match(text) if body else None
    if operative:
        at = operative.start("act")
        text = f"{body} {text[at].lower()}{text[at + 1:]}"
    text = text[:1].upper() + text[1:]  # a list's item: "– the parties will …;"
    return text[:-1] + "." if text.endswith(";") else text


#: The body a communiqué speaks for, named in its preamble: "The Peace and Security Council
#: of the African Union, at its 1402nd meeting, …", "The Council,".
_BODY = re.compile(r"The\s+(?:(?:[A-Z][\w-]*|of|the|and|for)\s+){0,8}?"
                   r"(?P<head>Council|Assembly|Commission|Committee|Conference|Summit)\b")
#: A communiqué's preamble, which recalls what led to its decisions: "Noting the remarks of …",
#: "Recalling its previous decisions …", "Acting under Article 7 …".
_PREAMBLE = re.compile(r"(?:(?:Also|Further|Further\s+also)\s+)?(?:Noting|Recalling|Acting|Bearing|"
                       r"Having|Recogni[sz]ing|Reaffirming|Emphasi[sz]ing|Considering|Taking|"
                       r"Welcoming|Expressing|Guided|Mindful|Aware|Convinced|Determined|Alarmed|"
                       r"Stressing|Underlining|Acknowledging|Reiterating|Commending|"
                       r"Deeply\s+(?:concerned|alarmed|disturbed|troubled|worried))\b")
#: A recital of an agreement's text, which says why it is made, not what it does: "Whereas, …".
_RECITAL = re.compile(r"Whereas\b")
#: The verbs that open a communiqué's operative paragraphs.
_OPERATIVE_VERBS = (
    "expresses", "welcomes", "decides", "requests", "calls", "urges", "condemns", "notes", "takes",
    "reaffirms", "reiterates", "commends", "encourages", "underlines", "underscores", "stresses",
    "emphasizes", "emphasises", "appeals", "demands", "directs", "endorses", "approves",
    "acknowledges", "recognizes", "recognises", "invites", "tasks", "mandates", "authorizes",
    "authorises", "requires", "deplores", "regrets", "agrees", "affirms", "supports",
)
#: An operative paragraph: its verb first, perhaps after its number and an adverb.
_OPERATIVE = re.compile(
    r"(?:\d{1,2}\.\s*)?(?P<act>(?:(?:Strongly|Firmly|Further|Also|Again|Once again|Deeply|"
    rf"Warmly)\s+(?:{'|'.join(_OPERATIVE_VERBS)})|"
    rf"(?:{'|'.join(verb.capitalize() for verb in _OPERATIVE_VERBS)}))\s)")


def _body(sentences: Sequence[str]) -> str | None:
    """"The Council", when an early sentence names the body a communiqué speaks for; the
    masthead lines above it ("PEACE AND SECURITY COUNCIL", "9 JUNE 2026") do not count."""
    told = (s for s in sentences if _words(s) >= _FEWEST_WORDS)
    for sentence in islice(told, 3):
        named = _BODY.match(sentence)
        if named:
            return f"The {named.group('head')}"
    return None


#: A spokesperson's count of announcements ("First, the minister will …"), which a summary of
#: only some of them does not keep.
_ENUMERATOR = re.compile(rf"^{NUMBERED}(\w)")


#: An item of a list of acts, which needs the sentence that leads it: "To open the bridge to
#: traffic by the end of the year."; "(b) to convene the commission in October;"; "establish a
#: one-stop border post;" (after "The two sides agreed to:").
_LIST_ITEM = re.compile(r"(?:\(?[a-z\d]{1,3}[.)]\s+)?(?:[Tt]o\s+[a-z]+|"
                        r"(?!(?:the|a|an|both|all|each|this|these|those|its|their|our|we|they|"
                        r"it)\s)[a-z]+)\s")


def _is_statement(sentence: str) -> bool:
    """A sentence that says something: not a greeting, a heading or a name in title case (a
    list of the instruments signed: "Programme of Cultural and Educational Exchange.")."""
    return (_words(sentence) >= _FEWEST_WORDS and sentence.rstrip()[-1:] in ".!\"”’';"
            and not _GREETING.match(sentence) and not _EDITORIAL_NOTE.match(sentence)
            and not _is_heading(sentence) and not closes_a_quotation_begun_before(sentence)
            and not title_case(sentence) and not _LIST_ITEM.match(sentence))



def _follows(sentences: Sequence[str], i: int, chosen: set[int]) -> bool:
    """Whether sentence `i` reads right after the chosen ones: a pronoun subject needs the
    sentence it refers to just before it."""
    return not _ANAPHORIC.match(sentences[i]) or i - 1 in chosen


def _is_heading(sentence: str) -> bool:
    """An all-capitals line (a fact sheet's heading), however it ends."""
    letters = "".join(filter(str.isalpha, sentence))
    return bool(letters) and sum(map(str.isupper, letters)) > 0.6 * len(letters)


def _evidence_held(sentences: Sequence[str], evidence: Sequence[str]) -> list[int]:
    """How many of the items' `evidence` each sentence holds.

    Each distinct evidence is searched for once in the whole text, not in every sentence,
    so that the time grows with the text's length rather than with sentences × items.
    """
    text = "\n".join(sentences)
    starts = list(accumulate((len(s) + 1 for s in sentences[:-1]), initial=0))
    held = [0] * len(sentences)
    for found, times in Counter(e for e in evidence if e).items():
        for i in _sentences_holding(found, text, starts, sentences):
            held[i] += times
    return held


def _sentences_holding(found: str, text: str, starts: list[int],
                       sentences: Sequence[str]) -> set[int]:
    """The sentences (by index) that `found` occurs in, wholly inside one of them."""
    holding = set()
    at = text.find(found)
    while at != -1:
        i = bisect.bisect_right(starts, at) - 1
        if at + len(found) <= starts[i] + len(sentences[i]):
            holding.add(i)
        at = text.find(found, at + 1)
    return holding


def _words(sentence: str) -> int:
    return len(sentence.split())
