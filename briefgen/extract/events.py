"""Upcoming visits and events: an event word in a clause, dated in the future or plainly planned.

A clause speaks of an event when it has an event word (visit, summit, talks, election,
deadline …); the event is upcoming when a date expression in the clause lies on or after
the report's date, or — undated — when a future verb governs it ("will travel", "plans to
host") or the text says "upcoming", "in the coming weeks". Past, cancelled, postponed and
rejected events are left out, and a goal's horizon ("net zero by 2030") is not a date.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract import dates
from briefgen.extract.names import find_parties
from briefgen.extract.phrases import mentions, one_line

_FUTURE = re.compile(
    r"\b(?:will|shall|plans? to|planning to|(?:is|are) (?:set|scheduled|expected|due|slated) "
    r"to|to (?:visit|travel|host|attend|meet|hold|convene)|upcoming|forthcoming|next|"
    r"later (?:this|in the)|accepted an? invitation|invit(?:ed|ation)|ahead of|"
    r"(?:look|looks|looked) forward to|intends? to)\b",
    re.I,
)
_FUTURE_EVENT = re.compile(
    r"\b(?:will|shall|plans? to|planning to|(?:is|are) (?:set|scheduled|expected|due|slated) "
    r"to|intends? to|agreed to|invit(?:ed|ation)\w*(?: \w+){0,6} to|look(?:s|ed)? forward to)"
    r"\s+(?:\w+\s+)?(?:visit|travel|host|hold|meet|attend|convene|participate|welcome|"
    r"receive|launch|begin|start|resume|sign|vote|negotiate|conduct|continue)\w*",
    re.I,
)
_VAGUE_FUTURE = re.compile(
    r"\b(?:upcoming|forthcoming|soon|in the (?:coming|next) (?:days|weeks|months)|"
    r"in the (?:days|weeks|months)(?: and (?:weeks|months|years))? ahead)\b", re.I)
_CALLED_OFF = re.compile(
    r"\b(?:cancel(?:l?ed|s|ling)?|called off|postponed|scrapped|shelved|rejected|declined|"
    r"had been (?:due|scheduled|expected|set|planned|slated)|(?:be|been) rescheduled|"
    r"turned down|ruled out|no longer|will not|won't|would not)\b", re.I)
_KINDS = [
    ("state-visit", re.compile(r"\bstate[- ]visit", re.I)),
    ("election", re.compile(r"\b(?:elections?|electoral|referendum|polls|(?:presidential|"
                            r"parliamentary|general) vote)\b", re.I)),
    ("summit", re.compile(r"\bsummit\b", re.I)),
    ("deadline", re.compile(r"\b(?:deadline|expires?|no later than|commit to take|"
                            r"takes? effect|(?:enter|come)s? into force|"
                            r"period of \d+|within \d+ (?:days|weeks|months))", re.I)),
    ("visit", re.compile(r"\b(?:visit\w*|travel\w*|trip|tour)\b", re.I)),
    ("talks", re.compile(r"\b(?:talks|dialogue|negotiat\w*|consultations?|discussions)\b",
                         re.I)),
    ("call", re.compile(r"\b(?:phone|call)\b", re.I)),
    ("meeting", re.compile(r"\b(?:meet\w*|conference|forum|session|ceremony|dinner|"
                           r"convene)\b", re.I)),
    ("other", re.compile(r"\b(?:vote|hearing|inauguration|launch)\b", re.I)),
]

_PLACE = re.compile(
    r"\b(?:to|in|at|visit(?:ing|s)?)\s+(?P<place>(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}"
    r"(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?)")



def add_events(events: list[dict], unsure: list[str], sentence: str, clauses: list[str],
               reference: dt.date, people: list[str]) -> None:
    """Add the upcoming events of one sentence (given as its clauses) to `events`.

    What a reviewer should look at — an event without a date, a called-off one left out —
    goes to `unsure`.
    """
    if _CALLED_OFF.search(sentence):
        if _kind(sentence) or _FUTURE.search(sentence):
            unsure.append(f"left out a called-off or rejected event: {sentence[:80]}")
        return
    for clause in clauses:
        kind = _kind(clause)
        if not kind:
            continue
        when, when_text = _event_date(clause, sentence, reference)
        if when_text == "past":
            continue
        if when is None:
            vague = _VAGUE_FUTURE.search(clause)
            if not (vague or _FUTURE_EVENT.search(clause)):
                continue
            when_text = vague.group(0) if vague else None
        elif when == reference.isoformat() and not _FUTURE_EVENT.search(clause):
            continue  # something that happened on the day of the report
        item = {
            "what": one_line(clause, 14),
            "kind": kind,
            "who": [p for p in people if mentions(clause, p)][:4],
            "where": _place(clause, people),
            "when": when,
            "when_text": when_text,
            "evidence": sentence,
        }
        visitors = item["who"]
        if item["kind"] == "visit" and len(visitors) > 1 and re.search(r"\bvisits by\b", clause):
            split = [{**item, "who": [person], "what": f"Visit by {person}"} for person in visitors]
        else:
            split = [item]
        for one in split:
            if not _is_duplicate(events, one):
                events.append(one)
                if one["when"] is None:
                    unsure.append(f"upcoming[{len(events) - 1}] has no date: {one['what']}")


def _event_date(clause: str, sentence: str, reference: dt.date) -> tuple[str | None, str | None]:
    """The date of the event in a clause: its future expressions, the report's own day last.

    Returns ("when", "words") or (None, "past") when the clause dates the event in the past.
    """
    future, past = [], False
    for start, _, text in dates.find_expressions(clause):
        if _is_target(clause, start, text):
            continue
        value = dates.normalize(text, reference, sentence)
        if value is None:
            continue
        if dates.is_past(value, reference):
            past = True
        else:
            future.append((value, text))
    later = [f for f in future if f[0] != reference.isoformat()]
    if later or future:
        return (later or future)[0]
    return (None, "past") if past else (None, None)


def _is_target(clause: str, start: int, text: str) -> bool:
    """"net zero by 2030", "until 2027": a goal's horizon, not the date of an event."""
    before = clause[:start].rstrip().lower()
    return before.endswith((" by", " until", " through", " before")) and \
        bool(re.fullmatch(r"(?:the end of )?(?:\d{4})", text.strip()))



def _kind(clause: str) -> str | None:
    for kind, pattern in _KINDS:
        if pattern.search(clause):
            return kind
    return None


def _place(clause: str, people: list[str]) -> str | None:
    for match in _PLACE.finditer(clause):
        place = match.group("place").rstrip(".,")
        words = place.split()
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        place = " ".join(words)
        if any(mentions(place, p) for p in people):
            continue
        if re.match(r"(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday|President|Prime|Secretary)\b", place):
            continue
        parties = find_parties(place)
        if (parties and parties[0] == place) or "," in place:
            return place
        if parties:
            return parties[0]
        return place
    return None


def _is_duplicate(items: list[dict], item: dict) -> bool:
    """The same event again: same kind, date, place and people."""
    return any(i["kind"] == item["kind"] and i["when"] == item["when"] and
               i["where"] == item["where"] and i["who"] == item["who"] and
               (i["when"] or i["evidence"] == item["evidence"]) for i in items)
