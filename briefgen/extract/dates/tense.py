"""The tense a sentence gives a date: read from the cue word nearest the expression.

Future: will, shall, 'll, next, upcoming, "will be" + participle. Prospective (treated as
future): would, may, could, plans, expected, scheduled, set to, due, "to" + verb ("to
visit"), "be" + participle; right after a past verb ("was to finish", "said he would") it is
future seen from the past, which keeps a past anchor. Past: was, were, had, irregular past
forms (met, held, said, ...), verbs in -ed, ago, last, since. Present: is, are, says.
"""

from __future__ import annotations

import re

from briefgen.extract.dates.vocabulary import CARDINALS, words

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?(?:-[A-Za-z]+)*")
#: Prefixes a verb keeps in a hyphenated word ("re-elected", "co-chaired"); any other first
#: part makes the word a modifier, no verb ("long-delayed", "state-owned").
_VERB_PREFIXES = frozenset({"re", "co", "pre", "un", "de"})
_FUTURE_WORDS = frozenset(
    words(
        "will shall would plans plan planned planning intends intend intended intending "
        "expected expects expect expecting scheduled schedule schedules slated upcoming "
        "forthcoming next coming hopes hope hoping aims aim aiming proposed proposes propose "
        "proposing prepare prepares preparing preparation preparations poised tomorrow ahead "
        "could might should must can invitation invite invites deadline pending rescheduled "
        "postponed delayed "
        "tentatively soon future prospective await awaits awaiting due wo won't"
    )
)
_NEEDS_TO = frozenset({"set", "going"})
_STRONG_FUTURE = frozenset(words("will shall won't wo next upcoming forthcoming coming tomorrow"))
_PAST_WORDS = frozenset(
    words(
        "was were had did met held said told took came went made gave saw began spoke won lost "
        "left got found felt knew thought brought sent ran led fell rose grew wrote paid sold "
        "bought caught fought kept meant became chose drove flew struck stood sat spent "
        "withdrew broke underwent forgot upheld beat swore shook arose hung lay rang rode sang "
        "sank slid stole stuck taught tore threw woke wore ago last earlier previously "
        "yesterday former formerly already since recently didn't wasn't weren't hadn't"
    )
)
_PRESENT_WORDS = frozenset(words(
    "is are am says remains remain continues today now currently isn't aren't"
))
_NOT_VERBS = frozenset(
    words(
        "hundred united based related limited detailed advanced armed indeed naked sacred "
        "wicked beloved aged biased concerned interested supposed allied varied tired need "
        "speed seed feed proceed succeed exceed embed shed heated talented skilled dedicated "
        "sophisticated complicated unprecedented unexpected alleged isolated elevated educated "
        "experienced qualified balanced mixed fixed required unified renewed shared combined "
        "unrelated reserved heightened so called wanted needed"
    )
)
_DETERMINERS = frozenset(
    words(
        "the a an its their his her our this that these those of and or with your my"
    )
)
_TO_PREPOSITION = frozenset(
    words(
        "according compared due next close relative similar prior thanks owing addition "
        "contrary opposed up back return visit trip journey way"
    )
)
_TO_STOP = _DETERMINERS | frozenset(
    words(
        "date be been him them us me it what which who whom where when how all some any each "
        "both more most other such no not one two three"
    )
)


def _cue(words: list[str], i: int) -> str | None:
    """The tense a token signals, from the token and its neighbours in the text.

    "future" for will, shall, 'll, next, upcoming ...; "prospective" for weaker future cues
    (would, may, plans, expected, "be" + participle); "infinitive" for "to" + verb; "past";
    "present".
    """
    w = words[i]
    if "-" in w:
        first, _, last = w.rpartition("-")
        if first.lower() not in _VERB_PREFIXES:
            return None  # "a long-delayed agreement": a modifier, no tense
        w = last
    lw = w.lower().replace("’", "'")
    if lw.endswith("'ll") or lw in _STRONG_FUTURE:
        return "future"
    if w == "may":
        return "prospective"
    if lw in _NEEDS_TO:
        return "prospective" if i + 1 < len(words) and words[i + 1].lower() == "to" else None
    if lw == "ahead" and i + 1 < len(words) and words[i + 1].lower() in ("of", "to"):
        return None  # "met on Monday ahead of the summit": the summit lies ahead, not Monday
    if lw in _FUTURE_WORDS:
        return "prospective"
    prev = words[i - 1].lower() if i else ""
    if lw == "to":
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt.islower() and nxt not in _TO_STOP and nxt not in CARDINALS and \
                prev not in _TO_PREPOSITION:
            return "infinitive"
        return None
    if lw in _PRESENT_WORDS:
        return "present"
    past = lw in _PAST_WORDS
    if not past and len(w) >= 5 and w.endswith("ed") and w.islower() and w not in _NOT_VERBS:
        if prev in _DETERMINERS:
            return None  # an adjective: "the renewed talks"
        past = True
    if past:
        if prev == "be":  # "will be held", "is to be signed"
            before = words[i - 2].lower().replace("’", "'") if i > 1 else ""
            return "future" if before in _STRONG_FUTURE or before.endswith("'ll") else \
                "prospective"
        if prev in ("is", "are", "am", "being"):
            return "present"
        return "past"
    return None


def tense_near(context: str, start: int, end: int) -> str | None:
    """The tense of the cue nearest the span [start, end) of `context` (before it on a tie).

    A prospective cue right after a past one ("was to finish", "said he would") is future
    seen from the past: "prospective". Any other is plain "future". An infinitive has no tense
    of its own: before the expression it looks ahead ("agreed to meet in April"), after it it
    counts only when no other cue is near ("voted Friday to make ..." is past).
    """
    if _AHEAD_OF.search(context, 0, start):
        return "future"  # "(Looking) ahead to the joint review on July 1, the leaders agreed"
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(context)]
    words = [t for _, t in tokens]
    before = [i for i, (s, t) in enumerate(tokens) if s + len(t) <= start]
    after = [i for i, (s, _) in enumerate(tokens) if s >= end]
    before.reverse()
    fallback = None
    for k in range(15):
        for side in (before, after):
            if k < len(side):
                i = side[k]
                tense = _cue(words, i)
                if tense == "infinitive" and side is after:
                    fallback = fallback or _looking_ahead(words, i)
                elif tense in ("prospective", "infinitive"):
                    return _looking_ahead(words, i)
                elif tense:
                    return tense
    return fallback


#: A phrase that names what lies ahead, the date dating its noun: "ahead of the summit (on
#: July 1)", "in the run-up to the vote (in May)".
_AHEAD_OF = re.compile(r"\b(?:ahead\s+(?:of|to)|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+"
                       r"(?:(?!(?:[a-z]+ed|met|held|said|was|were|is|are|will|would)\s)"
                       r"[\w’'().-]+\s+){0,8}?(?:on|in|at|from)?\s*$", re.I)


def _looking_ahead(words: list[str], i: int) -> str:
    governed = any(_cue(words, j) == "past" for j in range(max(0, i - 3), i))
    return "prospective" if governed else "future"

