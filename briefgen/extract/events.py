"""Upcoming visits and events: an event word in a clause, dated in the future or plainly planned.

A clause speaks of an event when it has an event word (visit, summit, talks, election,
deadline …) or a travel verb (travel to, host, welcome). The event is upcoming when a date
expression near it lies after the report's date, or — undated — when a future form governs
it ("will travel", "plans to host", "invited … to visit", "agreed to continue
consultations") or the text calls it "upcoming" or "next". Past, cancelled, postponed and
rejected events are left out, and a goal's horizon ("net zero by 2030") is not an event.

Each event gets a label a reviewer keeps: "Trump visit to Beijing", "Leaders Summit on
Climate", "Working-level consultations" — built from the parts found, never the sentence
cut short.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from briefgen.extract import dates
from briefgen.extract.clauses import NUMBERED
from briefgen.extract.dates.vocabulary import MONTH_FULL, WEEKDAY_FULL
from briefgen.extract.event_words import (
    BODY_TO_DECIDE,
    BRIEF_VERB,
    BY_DEADLINE,
    CALLED_OFF,
    CLAUSE_BREAK,
    COUNCIL_SITTING,
    DUE_DATE,
    DUE_WORDS,
    EVENT_NOUNS,
    FUTURE_ADJECTIVE,
    FUTURE_VERB,
    GUEST_TITLE,
    HOLDING_ACT,
    HOST_VERB,
    HOSTED_GROUP,
    INVITATION,
    INVITED_ONE_TOLD,
    MEET_VERB,
    MODAL_BEFORE,
    MODAL_THEN_VENUE,
    NAME_LINKS,
    NOT_EVENT_AFTER,
    PAST_MARK,
    PAST_VERB,
    PERIOD_DEADLINE,
    PUT_OFF,
    SITTING_BODIES,
    TALKS_VERB,
    TRAVEL_VERB,
    UNTIL_DEADLINE,
    VAGUE_FUTURE,
)
from briefgen.extract.label_words import ends_on_modifier, is_adjective
from briefgen.extract.labels import (
    ALL_PARTIES,
    MAX_WORDS,
    NOUN_OF_ACT,
    base_form,
    capitalised,
    content_words,
    fit,
    pronoun_named,
    undated,
    without_stray_quote_marks,
    word_count,
    words_of_label,
)
from briefgen.extract.literal_gate import LiteralGated
from briefgen.extract.names import (
    CAPITALS,
    CITY_STATES,
    PLACE_NAME,
    canonical,
    find_parties,
    in_a_phrase,
)
from briefgen.extract.phrases import last_mention, mentions
from briefgen.extract.roles import TITLE_MODIFIERS, TITLE_WORDS
from briefgen.extract.word_gate import WordGated

#: Places that stand for a city of a state ("the White House" is in Washington).
_SEATS = {"White House": "Washington", "Camp David": "Camp David", "Capitol": "Washington"}
#: A city news names a union by ("Brussels said"), which as a venue lies in its own state.
_SEAT_OF_A_UNION = {"Brussels": "Belgium"}
_NOT_MODIFIER = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|"
    r"Those|Our|Their|His|Her|Its|We|They|He|She|It|A|An|President|Secretary|Mr|Mrs|Ms|Dr)"
    r"\b.*")
_NOT_PLACE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Prime|"
    r"Secretary|Minister|King|Queen|Crown|Chancellor|Vice|General|Mr|Mrs|Ms|Dr|The|This|"
    r"That|These|Those|Our|Their|His|Her|Its|We|They|He|She|It)\b")
_PLACE = re.compile(
    r"\b(?P<prep>to|[Ii]n|[Aa]t|visit(?:ing|s)?|(?<=leaves )for|(?<=leave )for|(?<=departs )for)\s+"
    r"(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|resort|capital)\s+of\s+)?"  # "the Kenyan
    rf"(?P<place>{PLACE_NAME}"  # port city of (Mombasa)"
    r"(?:,\s+(?:St\.\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,2})?)")


def add_events(events: list[dict], unsure: list[str], sentence: str, reference: dt.date,
               people: list[str], parties: list[str] | tuple[str, ...] = ()) -> None:
    """Add the upcoming events of one sentence to `events`.

    What a reviewer should look at — a called-off event or one already over, left out — goes
    to `unsure`.
    """
    if _is_heading(sentence):
        return
    no_new_date = _NO_NEW_DATE.search(sentence) is not None  # "(the visit has been postponed),
    # and a new date has not yet been agreed": put off to a date still to come
    parts = clauses(sentence)
    for number, clause in enumerate(parts):
        dated_act_next = number + 1 < len(parts) and \
            _EVENT_ACT_NEXT.match(parts[number + 1]) is not None  # "(agreed to launch a
        # dialogue) and to hold its first meeting in Ulaanbaatar in the autumn": one event
        remark = _REMARK_ADDED.search(clause) if _GATED_CALLED_OFF.search(clause) else None
        told = clause[:remark.start()] if remark else clause
        if _GATED_CALLED_OFF.search(told) and not _ONLY_DEMANDED_OFF.search(clause) and \
                not _RESCHEDULED.search(clause) and not _PUT_OFF_UNDATED.search(clause) and \
                not (no_new_date and _POSTPONED.search(clause)):
            if _triggers(clause, people):
                unsure.append(f"left out a called-off or rejected event: {sentence[:80]}")
            continue
        past: list[str] = []
        for event in clause_events(clause, sentence, reference, people, parties, past=past,
                                   no_new_date=no_new_date):
            what = _PRONOUN_AGENT.sub("", without_stray_quote_marks(event["what"]))
            what = _AIMED_AT.sub("", what)  # "(aim to) sign it": the act aimed at is the event
            if " its " in f" {what} ":  # "technical talks on its renewal": the treaty's
                what = pronoun_named(what, sentence[:max(sentence.find(" its "), 0)])
            elif what.endswith(" it") or " it " in what:  # "sign it": the document told before
                what = pronoun_named(what[:1].lower() + what[1:],
                                     sentence[:max(sentence.rfind(" it "), 0)])
            event = {**event, "what": capitalised(what)}  # "(I) to sign a framework": no agent
            if event["what"] == "Visit" and not event["who"] and not event["where"]:
                continue  # "an aircraft … is expected to depart tomorrow": no one goes anywhere
            if dated_act_next and event["when"] is None:
                continue
            if event["when"] is None and not event["where"] and \
                    re.fullmatch(r"talks|dialogue|negotiations|consultations|discussions",
                                 event["what"], re.I):
                continue  # "(hope the EU will return to the track of) dialogue": no time, no
                # place, no subject: no event a reviewer could put in a diary
            told = _told_before(events, event)
            if told is None:
                events.append(event)
            elif _more_precise(event, events[told]):
                events[told] = event  # "Lima will visit Geneva. … in Geneva on Dec. 5": dated
        for words in dict.fromkeys(past):
            unsure.append(f"left out as over by the briefing date {reference}: {words}")


#: An aim before the act aimed at, which an event's label leaves out: "(aim to) sign it".
_AIMED_AT = re.compile(r"^(?i:aim|seek|strive|try|endeavou?r)\s+to\s+(?=[a-z])")
#: An event put off to a new date, still ahead: "elections, postponed twice, are now slated
#: for March", "the vote was postponed until June", "… postponed to coincide with the visit";
#: or a decision put off to a meeting ahead: "postponed to a meeting on December 9".
_RESCHEDULED = re.compile(r"\b(?:postponed|delayed|pushed\s+back|put\s+off)\b[^.;]{0,90}?"
                          r"(?:\b(?:until|to)\s+(?:(?:early|mid|late)[- ])?(?-i:[A-Z0-9])|"
                          r"\b(?:until|to)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|"
                          r"autumn|fall|winter|end\s+of|(?:first|second|third|fourth|last)\s+(?:half|quarter)|"
                          r"next\s+\w+)\b|\b(?:until|to)\s+(?:an?|the|its|their|next)\s+(?:[\w-]+\s+)"
                          r"{0,2}?(?:meeting|summit|session|conference|round|sitting)\b|"
                          r"\bto\s+coincide\s+with\b|\bnow\s+"
                          r"(?:(?:be|is|are)\s+)?(?:slated|scheduled|set|due|expected|planned)\b)",
                          re.I)
#: Where a postponement tells its new date: "(postponed) until (June)", "(…) now (expected …)".
_NEW_DATE_WORD = re.compile(r"\b(?:until|to|now)\b(?!.*\b(?:until|to|now)\b)", re.I)
#: An event put off to a date not yet set, still ahead though undated: "postponed to a date
#: to be agreed", "will be rescheduled at a mutually convenient time".
_PUT_OFF_UNDATED = LiteralGated(re.compile(
    rf"{PUT_OFF}[^.;]{{0,60}}?"
    r"\b(?:(?:to|until|for|at|on)\s+(?:a|some)\s+(?:(?:mutually\s+)?(?:convenient|agreed)|later|"
    r"future)\s+(?:date|time)|dates?\s+to\s+be\s+(?:(?:mutually|jointly)\s+)?(?:agreed|fixed|"
    r"set|determined|decided|announced|confirmed))\b", re.I))
#: A remark the speaker adds after the news, whose "would not" calls nothing off: "(…, X
#: said), adding that traffic would not be interrupted".
_REMARK_ADDED = re.compile(r",\s+(?:adding|saying|noting|stressing|explaining)\b")
#: A new date said not to be set yet, in a clause after the postponement it follows.
_NO_NEW_DATE = LiteralGated(re.compile(
    r"\b(?:an?\s+new\s+date\s+(?:has|have|had)\s+(?:not\s+)?(?:yet\s+)?(?:to\s+)?"
    r"(?:been\s+|be\s+)?(?:agreed|set|fixed|announced|decided)|no\s+(?:new\s+)?date\s+(?:has|had)\s+"
    r"(?:yet\s+)?been\s+(?:agreed|set|fixed|announced)|an?\s+new\s+date\s+(?:will|would)\s+be\s+"
    r"(?:agreed|set|fixed|announced|decided)|an?\s+date\s+(?:has|had)\s+not\s+(?:yet\s+)?been\s+"
    r"(?:agreed|set|fixed|announced))\b", re.I))
_POSTPONED = re.compile(PUT_OFF, re.I)
#: A call-off asked for, not done: "rejecting the demand that the drills be cancelled".
_ONLY_DEMANDED_OFF = re.compile(r"\b(?:demand\w*|call\w* for|urg\w*|ask\w*)\b[^.;]{0,60}?\b"
                                r"(?:cancel\w*|called off|postpone\w*|scrapped)", re.I)


#: A pronoun as an act's agent, which a headline cannot name: "(I) to sign a framework".
_PRONOUN_AGENT = re.compile(r"^(?:I|We|He|She|They|It)\s+to\s+")


def _is_heading(sentence: str) -> bool:
    """"Invitation to Visit Japan": a title, whose event the text below tells in full; "Next
    ministerial.": a run-in heading of two or three words, no sentence."""
    words = re.findall(r"[A-Za-z][\w’'-]*", sentence)
    if len(words) <= 3 and _RUN_IN_HEADING.fullmatch(sentence.strip()):
        return True
    return len(words) <= 12 and not sentence.rstrip().endswith(".") and \
        all(w[0].isupper() for w in words if len(w) > 3)


#: A sentence of two or three words, none ending as a verb does ("-ed", "-s"): "Next
#: ministerial.", "Leaders' Summit." — the bold lead of a list item.
_RUN_IN_HEADING = re.compile(r"(?:[A-Za-z][\w’'-]*(?<!ed)(?<![^s]s)\s+){0,2}[A-Za-z][\w’'-]*\.")


#: A coordinated act of holding an event, which `CLAUSE_BREAK` makes a clause of its own.
_EVENT_ACT_NEXT = re.compile(HOLDING_ACT)


def clauses(sentence: str) -> list[str]:
    """The sentence cut where a new clause with its own subject or time begins."""
    return [c.strip(" ,;") for c in CLAUSE_BREAK.split(sentence) if c and c.strip(" ,;")]


def clause_events(clause: str, sentence: str, reference: dt.date, people: list[str],
                  parties: list[str] | tuple[str, ...] = (),
                  past: list[str] | None = None, no_new_date: bool = False) -> list[dict]:
    """The upcoming events of one clause, as briefing items whose evidence is `sentence`;
    the words of each event left out as over by `reference` go to `past`, for the report.
    With `no_new_date`, the sentence says an event it postpones has no new date yet."""
    found = []
    triggers = _triggers(clause, people)
    if not triggers:
        return _dated_acts(clause, sentence, reference, people, parties)
    last_end = 0  # where the event word of the last event found ends
    dated_before: set[int] = set()  # where the dates of the events found are
    named = _ACRONYM_ASIDE.sub(lambda aside: " " * len(aside.group(0)), clause)  # same offsets
    for index, (start, end, kind, noun) in enumerate(triggers):
        limit = _limit(clause, triggers, index)
        reach = _NAMED_COMPLEMENT.match(clause, end).end() if noun else end
        after_named = bool(found) and bool(_AND_ANOTHER_NAMED.search(clause, last_end, start))
        cue = _future_cue(clause, start, reach, noun, kind) or (
            after_named and clause[start:start + 1].isupper())  # "(looked forward to the X
        # Summit) and the Y Summit": as planned as the event before it
        dated = _dates(clause, sentence, reference, planned=cue)
        own = [d for d in dated if d[0] not in dated_before]  # "talks on May 3 to prepare
        when, when_text, over = _when_near(own, start, reach, limit)  # a visit in June"
        if when is None and not over:
            when, when_text, over = _when_near(dated, start, reach, limit)
        moved = _RESCHEDULED.search(clause, end)  # "planned for December, was postponed to
        # the first quarter of 2028": the new date, whether or not the old one is over
        ahead = _dates(clause, sentence, reference, planned=True) if moved and not cue else dated
        new_date = moved.start() + _NEW_DATE_WORD.search(moved.group(0)).start() if moved else 0
        later = [d for d in ahead if moved and d[0] >= new_date and d[1] != "past"]  # "has been
        # postponed until December": put off to a date ahead, however the rest is told; not
        # "postponed in March (…), is now expected in the second half": March was the old date
        if later:  # "a visit initially set for May has been postponed until the autumn"
            (_, when, when_text), over = later[0], False
        undated = (_PUT_OFF_UNDATED.search(clause, end) or
                   (no_new_date and _POSTPONED.search(clause, end))) if not later else None
        if undated:  # "the visit, set for May, has been postponed to a date to be agreed"
            when, when_text, over, cue = None, None, False, True
        planned_for = _GATED_SCHEDULED.search(clause, reach) if noun and when is None else None
        if planned_for:  # "a meeting between A and B of C is planned for 9 November"
            when, when_text, over = _when_near(dated, planned_for.end(), planned_for.end(),
                                               limit)
        if over or _past_mark(clause, start, end, noun, when):
            if past is not None:
                past.append(_shown_past(clause, start, when_text))
            continue
        annual = _ANNUAL.search(clause, end) if when is None and cue and kind != "deadline" \
            else None
        if annual:  # "continue to hold the summit annually", told at this year's: next year's
            when, when_text = str(reference.year + 1), annual.group(0)
        if when is None and (not cue or kind == "deadline" or _RECURRING.search(clause, end) or
                             _REGULAR_BEFORE.search(clause, 0, start)):
            continue  # "a working group that will meet at least once a quarter": no one event
        if kind == "deadline" and not noun and not re.match(r"\d{4}-(?:\d\d|Q\d|H\d)", when) \
                and int(when[:4]) > reference.year + 1:
            continue  # "by 2030": a goal's horizon, not a deadline; "by 2027" is one
        if when is not None and when == reference.isoformat():
            continue  # the report's own event, on the day of the report
        if when is None:
            vague = VAGUE_FUTURE.search(clause)
            when_text = vague.group(0) if vague else None
        if found and not _stands_alone(clause, start, found, when):
            vaguer = found[-1]["when"] is None or (re.fullmatch(r"\d{4}", found[-1]["when"])
                                                   and "-" in (when or ""))
            if when and vaguer and not _NEW_SUBJECT_GAP.search(clause, last_end, start):
                found[-1] = {**found[-1], "when": when, "when_text": when_text}  # "a dialogue,
            continue  # with the first meeting to be held in May": the dialogue's date
        if when is None and not undated and _is_back_reference(clause, start, end):
            continue
        if when is None and _AWAITED.search(clause, 0, start):
            continue  # "remains to be finalised, pending domestic consultations": a condition
        prepared = _PREPARED_NEXT.search(clause[:start]) if found else None
        cut = prepared.start() if prepared else 0  # what it prepares is told in its own words
        event = _event(named[cut:], sentence, (start - cut, end - cut, kind, noun), when,
                       when_text, people, parties)
        if when_text and _due_by(when_text, clause) and (
                (kind == "talks" and _TALKS_ACT.match(clause, start)) or
                (kind == "other" and re.search(r"(?:signed|ratified)$", clause[start:end]))):
            event["kind"] = "deadline"  # "will complete the review in 90 days", "signed by June"
        briefing = _REPORTED_ON.search(clause, 0, start) if noun else None
        if briefing:  # "will brief the Arab League on the talks next week": the briefing
            told = f" to {briefing.group('audience').strip()}" if briefing.group("audience") \
                else ""
            event = {**event, "kind": "meeting",
                     "what": f"Briefing{told} on {briefing.group('what')}{clause[start:end]}"}
        if after_named and found[-1]["when"] is None and when:
            found[-1] = {**found[-1], "when": when, "when_text": when_text}  # "the X Summit and
            # the Y Summit in 2027": one date for both
        found.append(event)
        last_end = end
        dated_before.update(d[0] for d in dated if d[2] == event["when_text"])
    if not found:  # "talks concluded on a deal, which they are expected to sign in May"
        act = _GATED_DATED_ACT.search(clause)
        return _dated_acts(clause, sentence, reference, people, parties) if act else \
            _passive_act(clause, sentence, reference, people, parties)
    found += [done for done in _passive_act(clause, sentence, reference, people, parties)
              if done["when"] and all(done["when"] != event["when"] for event in found)]  # "the
    # first detainees are to be handed over on Monday, …, by 31 May": an act on a day of its own
    return [one for event in found for one in _split_visits(event, clause)]


#: Talks named by what they are to finish: "complete the legal review of the text".
_TALKS_ACT = re.compile(r"(?:negotiate\s+and\s+)?(?:finali[sz]e|memoriali[sz]e|conclude|"
                        r"complete)\b", re.I)


def _due_by(when_text: str, clause: str) -> bool:
    """Whether a date is one an act is due by ("within 90 days", "by the end of March")."""
    return bool(_DUE_WORD.match(when_text) or
                any(_DUE_WORD_BEFORE.search(clause, 0, at) for at in _found_at(clause, when_text)))


def _found_at(text: str, words: str) -> Iterator[int]:
    """Where `words` stand in `text`: the words an article dates by are found as written, not
    compiled into a pattern of their own (one per date would crowd the patterns the rules use
    out of the cache of compiled patterns)."""
    at = text.find(words)
    while at >= 0 and words:
        yield at
        at = text.find(words, at + 1)


_DUE_WORD = re.compile(rf"{DUE_WORDS}\b")
_DUE_WORD_BEFORE = re.compile(rf"\b{DUE_WORDS}\s+$")


def _dated_acts(clause: str, sentence: str, reference: dt.date, people: list[str],
                parties: list[str] | tuple[str, ...]) -> list[dict]:
    """Acts planned for a day, week or month ahead, with no event word: "Russia and Ukraine
    will hand over the remains of fallen soldiers in the coming days" is an event too; each
    act dated before the next ("will begin next Tuesday and are due to finish by June") is one."""
    acts = list(_GATED_DATED_ACT.finditer(clause))
    if not acts:
        return _passive_act(clause, sentence, reference, people, parties) or \
            _scheduled(clause, sentence, reference, people, parties)
    ahead = [d for d in _dates_ahead(clause, sentence, reference, acts[0].start("verb"))
             if d[1] != reference.isoformat()]  # the report's own day is no day ahead
    found = []
    for number, act in enumerate(acts):
        limit = acts[number + 1].start() if number + 1 < len(acts) else len(clause)
        dated = [d for d in ahead if act.start("verb") < d[0] < limit]
        if not dated:
            continue
        event = _dated_act(clause, sentence, act, *dated[0], people, parties,
                           acts[number - 1] if number else None)
        if number and len(event["what"].split()) == 1:  # "agreed to open two crossings,
            event = _dated_act(clause, sentence, acts[number - 1], *dated[0], people,  # which
                               parties)  # are expected to operate by the summer": the opening
        found.append(event)
    if found:
        return found
    vague = VAGUE_FUTURE.search(clause, acts[0].end())
    if not vague:  # "in the coming days", "within weeks": ahead, on no day yet
        return []
    act = [nearer for nearer in acts if nearer.end() <= vague.start()][-1]
    return [_dated_act(clause, sentence, act, vague.start(), None, vague.group(0), people,
                       parties)]


def _dated_act(clause: str, sentence: str, act: re.Match, position: int, when: str | None,
               when_text: str, people: list[str], parties: list[str] | tuple[str, ...],
               previous: re.Match | None = None) -> dict:
    """The event of the act `act` of `clause`, on the date told at `position` (`when` None for
    a time ahead told vaguely); `previous` is the act told before it in the clause."""
    what = re.sub(r"\s+(?:on|in|by|at|from|within|over|during|before|"
                  r"as\s+(?:early|soon|late)\s+as)$", "",
                  clause[act.start("verb"):position].rstrip(" ,"))  # "(impose X) as early as"
    what = re.sub(r",?\s+and\s+to\s+(?=[a-z]+\s)", " and ", what)  # "reactivate X and (to) allow Y"
    after = clause[position + len(when_text):] if clause.startswith(when_text, position) else ""
    done_to = NOUN_OF_ACT.get(what.lower()) if act.group(0).lower().startswith("be") else None
    object_after = _OBJECT_AFTER_DATE.match(after) if len(what.split()) == 1 and not done_to \
        else None
    if object_after:  # "will decide in June whether to extend the sanctions": what is decided
        what = f"{what} {object_after.group('what')}"
    agent = _ACT_AGENT.search(_HOPED_BY.sub("", clause[:act.start()]))
    doer = agent.group("agent") if agent and not ALL_PARTIES.fullmatch(
        re.sub(r"^two\s", "the two ", agent.group("agent"))) else None  # "(the) two leaders"
    if act.group("instructed"):  # "instructed the Joint Commission to report by June": the
        doer = act.group("instructed") if act.group("instructed") != "them" else None  # body
    if doer in CAPITALS:
        doer = canonical(doer)  # "Tokyo will lift its ban": Japan will
    sitting = _BODY_HELD.match(what)
    label = fit(sitting.group("body") if sitting else f"{doer} to {what}" if doer else what,
                sentence)  # "hold the Joint Commission in Accra (by May)": the body's sitting
    held = _TAKES_PLACE.match(what)
    told = _subject_before(clause[:act.start()]) if held else ""
    if len(told.split()) >= 2 and not doer:  # "The next Association Council is scheduled to
        label = fit(_ARTICLE.sub("", told) + what[held.end():], sentence)  # take place in X"
    subject, begun = _shared_subject(clause, previous, act) if len(what.split()) == 1 \
        else ("", "")
    if subject and done_to:  # "Construction is due to start in 2027 and be completed by June"
        label = fit(f"{done_to} of {subject[0].lower()}{subject[1:]}", sentence)
    elif subject:  # "Surveyors will begin placing markers next Tuesday and are due to finish by
        label = fit(f"{subject} to {what} {begun}".rstrip(), sentence)  # June"
    elif len(what.split()) == 1:  # "construction of the section is due to begin": what begins
        on_subject = _act_on_subject(clause[:act.start()], what)
        if doer and on_subject.startswith(what):  # "a program that X intends to launch"
            on_subject = f"{doer} to {on_subject}"
        label = fit(on_subject, sentence) or label
    elided = re.fullmatch(r"[a-z]+\s+(?P<rest>(?:in|at|on|during)\s.+)", what)
    relative = _RELATIVE_HEAD.search(clause[:act.start()]) if elided else None
    named = _ACT_NOUN_PHRASE.search(relative.group("np")) if relative else None
    if named:  # "the signing of the deal, which they expect to sign in Tokyo": that signing
        label = fit(f"{named.group(0)} {elided.group('rest')}", sentence)
    due = when is not None and _due_by(when_text, clause)  # "is due to publish X by the end of
    # March"
    return {"what": capitalised(label), "kind": "deadline" if due else "other",
            "who": find_parties(clause[:act.start()], capital_as_state=True)[:2]
            or list(parties[:2]),
            "where": _where(clause, act.start("verb"), people, travel=False),
            "when": when, "when_text": when_text, "evidence": sentence}


#: An act that only says its subject happens: "(X is scheduled to) take place (in Brussels)".
_TAKES_PLACE = re.compile(r"(?:take\s+place|be\s+held|be\s+convened)\b", re.I)


def _shared_subject(clause: str, previous: re.Match | None, act: re.Match) -> tuple[str, str]:
    """Who does an act coordinated with the one before it, and, after a beginning, what they
    end: "(Surveyors) will begin (placing markers) next week and are due to finish" →
    ("Surveyors", "placing markers"); ("", "") when the act has a subject of its own."""
    if previous is None or not re.search(r"\band\s+$", clause[previous.end():act.start()]):
        return "", ""
    subject = _subject_before(clause[:previous.start()])
    if not re.fullmatch(r"(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}", subject):
        return "", ""
    begun = _TIME_OR_AND.split(clause[previous.end():act.start()], maxsplit=1)[0].strip() \
        if re.fullmatch(r"begin|start", previous.group("verb"), re.I) else ""
    return _ARTICLE.sub("", subject), begun


#: Where a begun act's object ends: at its time, or the "and" of the next act.
_TIME_OR_AND = re.compile(r"\s+(?:on|in|by|at|from|within|next|this|later|early|late)\s|"
                          r"\s+and\s+$")


#: What a one-word act is about, told after its date: "(decide in June) whether to extend X",
#: "(present within 60 days) a plan for X".
_OBJECT_AFTER_DATE = re.compile(r",?\s+(?P<what>(?:whether|how|if|on|about|an?|the)\s+[^,;.]+)")


def _dates_ahead(clause: str, sentence: str, reference: dt.date,
                 after: int) -> list[tuple[int, str, str]]:
    """The dates after position `after` of an act planned ahead: none past, and no year alone
    ("will open in 2028" names a horizon, not a day)."""
    return [d for d in _dates(clause, sentence, reference, planned=True)
            if d[0] > after and d[1] != "past" and not re.fullmatch(r"\d{4}", d[1])]


def _passive_act(clause: str, sentence: str, reference: dt.date, people: list[str],
                 parties: list[str] | tuple[str, ...]) -> list[dict]:
    """An act to be done to the subject on a day ahead, named as a noun: "the new mechanism
    should be launched in the second quarter" → "Launch of the new mechanism"."""
    act = _GATED_DATED_PASSIVE.search(clause)
    if not act:
        return []
    subject = _subject_before(clause[:act.start()])
    if not re.match(r"(?:the|a|an|its|their)\s", subject, re.I) or \
            re.search(r"\s(?:said|says|told|added)\s", subject):  # "… but said the mechanism"
        last = _SUBJECT_BEFORE.search(clause, 0, act.start())
        subject = last.group(0).strip() if last else ""
    dated = _dates_ahead(clause, sentence, reference, act.start("verb"))
    vague = VAGUE_FUTURE.search(clause, act.end())
    subject = _ARTICLE.sub(lambda article: article.group(0).lower(), subject)
    if len(subject.split()) < 2 or not (dated or vague):
        return []
    _, when, when_text = dated[0] if dated else (0, None, vague.group(0))
    noun = NOUN_OF_ACT[re.sub(r"\s+", " ", act.group("verb").lower()).replace("ised", "ized")]
    due = dated and _due_by(when_text, clause)
    return [{"what": capitalised(fit(f"{noun} of {subject}", sentence)),
             "kind": "deadline" if due else "other",
             "who": list(parties[:2]), "where": _where(clause, act.end(), people, travel=False),
             "when": when, "when_text": when_text, "evidence": sentence}]


#: The noun phrase just before a verb, from its article: "(… but said) the new mechanism".
_SUBJECT_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?!(?:the|an?|its|their|"
                             r"said|says|that)\b)[\w’'-]+\s+){1,5}$")
#: An act done to what the clause is about, ahead: "(the office) will be opened", "(the study)
#: would be carried out by X and completed".
_DATED_PASSIVE = re.compile(
    r"\b(?:will|would|shall|should|could|(?:is|are)\s+(?:expected|due|set|scheduled|likely)\s+"
    r"to|(?:is|are)\s+to)\s+be\s+(?:(?-i:[a-z]+ed)(?:\s+out)?\s+(?:[^,;]{1,80}?\s+)?and\s+)?"
    r"(?P<verb>launched|opened|reopened|inaugurated|completed|"
    r"finali[sz]ed|ratified|delivered|implemented|introduced|lifted|imposed|released|published|"
    r"presented|submitted|unveiled|handed\s+over|resumed|disbursed|deployed|commissioned|"
    r"reviewed|renewed|extended|considered|examined)\b",
    re.I)
_GATED_DATED_PASSIVE = LiteralGated(_DATED_PASSIVE)


def _act_on_subject(before: str, verb: str) -> str:
    """A lone verb with what it is said of: the subject before it, or the noun a relative
    clause hangs on ("the tranche of aid, which is due to arrive" → "Tranche of aid to
    arrive"; "a memorandum, which he expects to sign" → "Sign a memorandum")."""
    whose = _WHOSE_SUBJECT.search(before)
    if whose:  # "(a protocol on the centre), whose first customs post (is expected to open)"
        return f"{whose.group('np')} to {verb}"
    before = _HOPED_BY.sub("", before)  # "(The government hopes) the law (will …)"
    relative = _RELATIVE_HEAD.search(before) or _THAT_HEAD.search(before)
    subject = (_head_noun_phrase(relative.group("np")) if relative.re is _RELATIVE_HEAD
               else relative.group("np")) if relative else \
        _subject_before(before)
    subject = re.sub(r"\s+(?:is|are|was|were)$", "", re.sub(r"^(?:and|but)\s+", "", subject))
    after_comma = subject.rsplit(",", 1)[-1].strip()
    if after_comma != subject and _ARTICLE.match(after_comma):
        subject = after_comma  # "Under the plan, (the first phase of the withdrawal)"
    if not subject or "," in subject or \
            (len(subject.split()) < 2 and not _NOUN_OF_WORK.fullmatch(subject)) or \
            not re.search(r"[a-z]{3}", subject):
        return ""  # "(and) construction (is due to start)" names what starts; "it" does not
    if relative and not _INTRANSITIVE.fullmatch(verb):
        return f"{verb} {subject}"
    return f"{_ARTICLE.sub('', subject)} to {verb}"


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: A noun of work to be done, which names what starts alone: "construction", "work".
_NOUN_OF_WORK = re.compile(r"[A-Za-z]+(?:tion|sion|ment)|[Ww]ork|[Dd]rilling|[Ff]ieldwork")
#: An act named by its noun, last in a phrase: "(paving the way for the) signing of the deal".
_ACT_NOUN_PHRASE = re.compile(r"\b[a-z]+(?:ing|ion|ment)\s+of\s+(?:the|a|an|this|its|their)\s+"
                              r"[^,;]+$")


def _head_noun_phrase(text: str) -> str:
    """The noun phrase a relative clause follows: from the last article not governed by a
    preposition ("… set out the latest tranche of aid"), else from the first article
    ("… set out in a memorandum with the committee")."""
    articles = list(_GOVERNED_ARTICLE.finditer(text))
    free = [m for m in articles if not m.group("preposition")]
    chosen = free[-1] if free else articles[0] if articles else None
    return text[chosen.start("article"):] if chosen else text


_GOVERNED_ARTICLE = re.compile(r"(?:\b(?P<preposition>of|with|in|on|for|to|from|at|by|into|"
                               r"under|between|among|across|along|over|near)\s+)?"
                               r"\b(?P<article>the|a|an)\s", re.I)
#: The noun a relative clause hangs on: "(…) the latest tranche of aid, which (is due to …)".
_RELATIVE_HEAD = re.compile(r"(?P<np>\b(?:the|a|an)\s+[^,;]+?),?\s+which\b[^,;]*$")
#: The same with "that", the noun phrase right before it: "(added to) a new fellowship
#: program for officials that (the university intends to launch)".
_THAT_HEAD = re.compile(r"\b(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,7}?[\w’'-]+)"
                        r"(?<!\bsaid)(?<!\bsays)(?<!ed)\s+that\s[^,;]*$")
#: The subject of a relative clause opened by "whose": "(…), whose first customs post".
_WHOSE_SUBJECT = re.compile(r",\s+whose\s+(?P<np>[^,;]+?)\s*(?:is|are|was|were)?\s*$")
_INTRANSITIVE = re.compile(r"arrive|begin|start|open|close|resume|depart|leave|return|"
                           r"conclude|end|expire|take\s+effect", re.I)


def _scheduled(clause: str, sentence: str, reference: dt.date, people: list[str],
               parties: list[str] | tuple[str, ...]) -> list[dict]:
    """Whatever the text says will take place on a day ahead, named by its subject: "the
    relief of the contingent will take place in the second half of October"."""
    planned = _GATED_SCHEDULED.search(clause)
    if not planned:
        return []
    dated = [d for d in _dates(clause, sentence, reference, planned=True)
             if d[0] >= planned.end() and d[1] != "past"]
    subject = _subject_before(clause[:planned.start()])
    if not dated or len(subject.split()) < 2:
        return []
    _, when, when_text = dated[0]
    return [{"what": capitalised(fit(_ARTICLE.sub("", subject), sentence)), "kind": "other",
             "who": list(parties[:2]), "where": _where(clause, planned.end(), people, travel=False),
             "when": when, "when_text": when_text, "evidence": sentence}]


#: Said of anything to come on a day ahead: "(X) will take place", "(X) is planned for".
_SCHEDULED = re.compile(r"\s+(?:(?:will|shall|is\s+to|are\s+to)\s+|to\s+)(?:take\s+place|be\s+"
                        r"(?:held|hosted|convened|organi[sz]ed))\b|"
                        r"\s+(?:is|are)\s+(?:planned|scheduled|set|slated)\s+(?:for|to\s+take\s+"
                        r"place)\b", re.I)
_GATED_SCHEDULED = LiteralGated(_SCHEDULED)
#: Who said what follows, without "that": "(Vukic) said (his government would …)", "said last
#: month (a study would be …)".
_SAID = r"\b(?:said|says|added|stated|announced)\s+(?:(?:last|this|on)\s+\w+\s+)?"
#: Where a clause's subject begins: after "that", a numbered point or a leading adverbial.
_SUBJECT_START = re.compile(rf"^\s*\d+\.\s+|\bthat\s+|^{NUMBERED}|"
                            rf"{_SAID}(?=(?:the|an?|his|her|its|their)\s)|"  # "Vukic said (his
                            # government) would answer", "said last month (a study) would be …"
                            r"^(?:Meanwhile|Also|In addition),\s+|"
                            r"\b(?:[Ww]e|I|[Tt]hey|[Hh]e|[Ss]he)\s+(?:hope|hopes|expect|expects|believe|"
                            r"believes|think|thinks|trust|trusts)\s+")  # "we hope (the border)"


def _subject_before(text: str) -> str:
    """The subject of the verb that `text` runs up to: "Vukic said (his government)"."""
    return _SUBJECT_START.split(text)[-1].strip(" ,")


#: A future act by its verb: "will hand over", "is expected to dispatch", "plans to begin".
_DATED_ACT = re.compile(
    r"\b(?:(?<!\ba )(?<!\bthe )(?<!\btheir )(?<!\bpolitical )will|would|shall|should|could|"
    r"(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|"
    r"(?:plans?|planned|intends?|intended|expects?|expected|aims?|agreed|decided|agrees?|"
    r"decides?)"
    rf"(?:\s+on\s+(?:{WEEKDAY_FULL})|\s+(?:today|yesterday))?\s+to|"
    r"(?:is|are)\s+to|"
    r"(?<=\band\s)be(?=\s+(?-i:[a-z]+ed)\b)|"  # "(is due to start in May) and (be
    # completed by June)": the second act, told without its modal
    r"(?-i:(?:^|(?<=^[a-z]\)\s)|(?<=^\([a-z]\)\s)|(?<=^\d\.\s)|(?<=^\d\)\s))to"
    r"(?!\s+(?:instruct|direct|task|request|mandate)\s+(?:the\s+)?(?-i:[A-Z])))|"  # "a) to open X
    # by June", a list item going on from its lead-in ("The two sides agreed:")
    r"(?:instruct|direct|task|request|mandate)(?:ed|s)?\s+(?:the\s+)?"
    r"(?P<instructed>(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of\s+|for\s+|on\s+|and\s+)?(?:the\s+)?"
    r"(?-i:[A-Z])[\w’'.-]*){0,9}|them)(?:\s+\((?-i:[A-Z])+\))?\s+to)\s+"
    r"(?:also\s+|then\s+|jointly\s+|now\s+)?(?:be\s+able\s+to\s+)?"
    r"(?P<verb>hand\s+over|release|exchange|deploy|dispatch|send|launch|begin|start|reopen|"
    r"open|close|withdraw|conduct|leave|arrive|depart|vote|announce|publish|submit|present|"
    r"deliver|transfer|ratify|inaugurate|resume|conclude|finali[sz]e|complete|unveil|appoint|"
    r"sign|table|return|repatriate|evacuate|disburse|issue|lift|impose|hold|hear|rule|march|"
    r"bring|undertake|run|test|carry\s+out|consider|review|approve|decide\s+on|examine|"
    r"debate|summon|introduce|implement|(?<=scheduled\sto\s)[a-z]+|"
    r"(?!(?:be|have|remain|continue|need|help|seek|work|try|become|stay|keep|allow|enable|"
    r"ensure|contribute|benefit|increase|reduce|grow|rise|fall|cost|take|make|provide|happen|"
    r"replace|also|not|never|only|further|soon|then|jointly|again|still|now|"
    r"(?!(?:apply|supply|reply|rely|fly|comply)\b)[a-z]+ly)\b)"
    r"(?-i:[a-z]+))\b", re.I)
_GATED_DATED_ACT = LiteralGated(_DATED_ACT)
#: Who hopes or expects an act, not who does it: "(The government hopes) the law will …".
_HOPED_BY = LiteralGated(re.compile(r"^.*?\b(?:hopes?|hoped|expects?|believes?|believed|predicts?|"
                                    r"predicted|thinks?)\s+(?:that\s+)?(?=(?:the|a|an)\s)", re.I))
#: Who acts, named just before the act: "Russia and Ukraine (will)", "the AU Commission (is to)".
_ACT_AGENT = re.compile(r"(?:^|,\s+|\bthat\s+)(?:[Tt]he\s+)?(?P<agent>(?-i:[A-Z])[\w’'.-]*"
                        r"(?:\s+(?:and\s+|of\s+)?(?-i:[A-Z])[\w’'.-]*){0,4}|(?<=[Tt]he\s)"
                        r"(?-i:[a-z])[\w-]+(?:\s+(?-i:[a-z])[\w-]+)?|"
                        r"(?<=[Tt]he\s)(?-i:[A-Z]{2,})\s+(?-i:[a-z])[\w-]+)\s+$")  # "the IMF board"


#: An event word that is what a briefing tells of: the event is the briefing.
_REPORTED_ON = re.compile(r"\b(?:brief|inform|update|report)(?:s|ed|ing)?\s+(?:to\s+)?"
                          r"(?P<audience>(?:[\w’'.-]+\s+){0,5}?)(?:on|about)\s+"
                          r"(?P<what>(?:the\s+)?(?:[\w’'-]+\s+){0,2})$", re.I)


#: An event held once a year: its next one is next year's.
_ANNUAL = re.compile(r"\b(?:annually|yearly)\b", re.I)
#: Events held as a habit, told before their word: "(hold) regular (meetings)".
_REGULAR_BEFORE = re.compile(r"\b(?:regular|periodic|routine|frequent)\s+(?:[\w-]+\s+)?$", re.I)
_RECURRING = re.compile(r"\b(?:(?:at\s+least\s+)?(?:once|twice)\s+a|every)\s+(?:week|month|quarter|"
                        r"year)\b", re.I)


#: The name an event word is "of": "(the 8th session) of the China-Brazil High-Level
#: Coordination and Cooperation Commission", read past before its verb and date are looked for;
#: its words may be joined by an en dash ("the Mongolia–Poland Intergovernmental Commission").
_NAMED_COMPLEMENT = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'–-]*(?:\s+(?:[A-Z][\w’'–-]*|and|"
                               r"of|for|on|the))*)?")


def _shown_past(clause: str, start: int, when_text: str | None) -> str:
    """A past event as the report names it: its clause from the event word, and its date."""
    words = clause[start:start + 70].rstrip(" ,;.")
    if len(clause) - start > 70:
        words += "…"
    return f"{words} ({when_text})" if when_text and when_text not in words else words


def _limit(clause: str, triggers: list[tuple[int, int, str, bool]], index: int) -> int:
    """Where the words of one event end: at the next event word, unless that one is where the
    first takes place ("a bilateral meeting on the margins of the NATO Summit in June"), or
    where a later act is reported ("at the session, the minister said the bridge would …")."""
    reported = _REPORTED_ACT.search(clause, triggers[index][1])
    for following in triggers[index + 1:]:
        if reported and reported.start() < following[0]:
            return reported.start()
        between = clause[triggers[index][1]:following[0]]
        if re.fullmatch(r"\s*[,(]\s*|,\s+the\s+(?:first|next|inaugural|opening)\s+", between):
            continue  # "the next climate summit, COP31, which …": one event, named twice
        if not re.search(r"\b(?:on the (?:margins|sidelines) of|at|during)\s+(?:the\s+)?"
                         r"(?:[\w’'.-]+\s+){0,5}$", between):
            return following[0]
    return reported.start() if reported else len(clause)


#: An act reported with a subject of its own: "(the minister) said the new bridge would".
_REPORTED_ACT = re.compile(r"\b(?:said|says|added|announced)\s+(?:that\s+)?"
                           r"(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,5}?"
                           r"(?:will|would|shall|(?:is|are)\s+to)\s")


#: The event words and verbs of `_triggers`, each tried only on a clause with a word it can
#: begin with: most clauses have none.
_GATED_NOUNS = [(kind, WordGated(pattern)) for kind, pattern in EVENT_NOUNS]
_GATED_TRAVEL, _GATED_MEET, _GATED_HOSTED, _GATED_TALKS, _GATED_PERIOD, _GATED_BY, \
    _GATED_COUNCIL, _GATED_UNTIL = (WordGated(pattern) for pattern in (
        TRAVEL_VERB, MEET_VERB, HOSTED_GROUP, TALKS_VERB, PERIOD_DEADLINE, BY_DEADLINE,
        COUNCIL_SITTING, UNTIL_DEADLINE))
_GATED_CALLED_OFF = WordGated(CALLED_OFF)
_GATED_BRIEF = WordGated(BRIEF_VERB)
_GATED_BODY_TO_DECIDE = LiteralGated(BODY_TO_DECIDE)


def _word_start(text: str, at: int) -> int:
    """Where the hyphenated word holding `at` begins: "re-election", not "election"."""
    hyphenated = re.search(r"[A-Za-z]+-$", text[max(0, at - 12):at])
    return at - len(hyphenated.group(0)) if hyphenated else at


#: A protest lodged with a government is a note, not a gathering: "to lodge a further protest".
_PROTEST_LODGED = re.compile(r"\b(?:lodg|fil|deliver|issu|register|mak)(?:e|es|ed|ing)?\s+"
                             r"(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


#: A new subject between two events: the second event's date is not the first's ("… IPEF
#: negotiations, and President Yoon welcomes the APEC forum this year").
_NEW_SUBJECT_GAP = re.compile(r",\s+(?:and|but|while)\s+(?-i:[A-Z])")
#: An acronym in brackets after a name, which a label leaves out: "the Commission (JBC)".
_ACRONYM_ASIDE = re.compile(r"\s\((?:[A-Z][A-Za-z0-9&-]{1,9})\)(?=[\s,.;])")
#: What may stand between two event words of one name: capitalised words ("Forum Leaders
#: Meeting") or "of the …" ("round of the Libyan political dialogue").
_ONE_NAME_GAP = re.compile(r"(?:\s+[A-Z][\w’'-]*)*\s*|\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}")


#: An event named only to say when someone spoke: "(… ,” Morikawa) told reporters after the
#: closing session", "said on the sidelines of the summit".
_SAID_AFTER = re.compile(r"\b(?:said|told\s+(?:reporters|journalists|the\s+press)|added|spoke)\s+"
                         r"(?:after|following|at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+"
                         r"(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}$")
#: A body or dialogue said to have met already: "(launch a strategic dialogue on energy) and
#: held its first session".
_ALREADY_MET = re.compile(r"[^,;.]{0,60}?\s+(?:and|which)\s+(?:has\s+|have\s+|already\s+)*"
                          r"(?:held|met|convened)\s+(?:its|their|for)\s+(?:the\s+)?(?:first|"
                          r"inaugural|opening)\b")
#: Talks named only to say who speaks of them: "a diplomat familiar with the talks", "(asking
#: not to be named because) the talks are not public".
_SOURCE_OF_TALKS = re.compile(r"\b(?:familiar\s+with|briefed\s+on|close\s+to|involved\s+in|"
                              r"knowledge\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_TALKS_KEPT_QUIET = re.compile(r"\s+(?:are|were|is|was|remain|remained)\s+(?:not\s+public|"
                               r"private|confidential|secret)\b", re.I)


#: A deadline told as missed, which is past the sides' reach: "failed to conclude a deal by
#: their year-end deadline", "missed the deadline".
_MISSED = re.compile(r"\b(?:failed|fail|fails|missed|misses|miss|did\s+not|didn[’']t|could\s+not|"
                     r"couldn[’']t|was\s+not|were\s+not)\b(?!.*\b(?:new|revised|extended)\s+"
                     r"(?:\w+\s+)?$)[^,;]*$", re.I)


def _triggers(clause: str, people: list[str]) -> list[tuple[int, int, str, bool]]:
    """Event words in a clause as (start, end, kind, is_noun), in order, overlaps dropped."""
    spans: list[tuple[int, int, str, bool]] = []
    for kind, pattern in _GATED_NOUNS:
        spans += [(_word_start(clause, m.start()), m.end(), kind, True)
                  for m in pattern.finditer(clause) if not NOT_EVENT_AFTER.match(clause, m.end())
                  and not (m.group(0).startswith("protest") and
                           _PROTEST_LODGED.search(clause, 0, m.start()))
                  and not (kind == "talks" and _SOURCE_OF_TALKS.search(clause, 0, m.start()))
                  and not _SAID_AFTER.search(clause, 0, m.start())
                  and not _ALREADY_MET.match(clause, m.end())
                  and not (kind == "talks" and _TALKS_KEPT_QUIET.match(clause, m.end()))
                  and not (kind == "deadline" and _MISSED.search(clause, 0, m.start()))]
    for m in _GATED_TRAVEL.finditer(clause):
        if re.match(r"(?:host|welcom|receiv)", m.group("verb"), re.I):
            after = clause[m.end():m.end() + 50]
            if not (GUEST_TITLE.match(after) or
                    any(mentions(after.split(",")[0], p) for p in people)):
                continue
        kind = "other" if _goods_arriving(clause, m.start("verb"), m.end("verb")) else "visit"
        spans.append((m.start("verb"), m.end("verb"), kind, False))
    spans += [(m.start("verb"), m.end("verb"), "meeting", False)
              for m in _GATED_MEET.finditer(clause)]
    spans += [(m.start("group"), m.end("group"), "summit", True)
              for m in _GATED_HOSTED.finditer(clause)]
    spans += [(m.start("body"), m.end("body"), "meeting", True)
              for m in _GATED_COUNCIL.finditer(clause)]
    spans += [(m.start("verb"), m.end("verb"), "talks", True)
              for m in _GATED_TALKS.finditer(clause)
              if DUE_DATE.search(clause) or VAGUE_FUTURE.search(clause)]
    spans += [(m.start("verb"), m.end("verb"), "meeting", False)
              for m in _GATED_BODY_TO_DECIDE.finditer(clause)]
    if not spans:  # "will brief the Arab League on the talks": the talks tell the event
        spans += [(m.start("verb"), m.end("verb"), "meeting", False)
                  for m in _GATED_BRIEF.finditer(clause)]
    spans += [(m.start(), m.end(), "deadline", True)
              for m in _GATED_PERIOD.finditer(clause)]
    first = min((s[0] for s in spans), default=len(clause))
    spans += [(m.start("by"), m.end("by"), "deadline", False)
              for m in (_GATED_BY.finditer(clause) if DUE_DATE.search(clause) else ())
              if m.start("by") < first]
    spans += [(m.start("by"), m.end("by"), "deadline", False)
              for m in _GATED_UNTIL.finditer(clause)]
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str, bool]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    # A host or meet verb followed by the event noun it announces is that one event.
    merged: list[tuple[int, int, str, bool]] = []
    for span in kept:
        if merged and merged[-1][3] and span[3] and "deadline" not in (span[2], merged[-1][2]) \
                and _ONE_NAME_GAP.fullmatch(clause[merged[-1][1]:span[0]]):
            # one name: "Summit Meeting", "Forum Leaders Meeting", "round of the X dialogue"
            kind = "summit" if "summit" in (merged[-1][2], span[2]) else span[2]
            merged[-1] = (merged[-1][0], span[1], kind, True)
            continue
        if merged and not merged[-1][3] and span[3] and "deadline" not in (span[2], merged[-1][2]) \
                and not re.match(r"(?:travel|head|depart|fl(?:y|ies)|arriv|leav)",
                                 clause[merged[-1][0]:], re.I) \
                and not re.search(r"\b(?:margins|sidelines)\b|\bto\s+(?:prepare|plan|arrange|"
                                  r"discuss|review|take)\b|\bto\s+$|"
                                  r"\b(?:after|following|pending|ahead\s+of|before)\s+"
                                  r"(?:\w+\s+){0,2}$",
                                  clause[merged[-1][1]:span[0]]) \
                and not re.search(r"[,;]", clause[merged[-1][1]:span[0]]):
            merged[-1] = span
            continue
        merged.append(span)
    return merged


def _dates(clause: str, sentence: str, reference: dt.date,
           planned: bool) -> list[tuple[int, str, str]]:
    """Date expressions of a clause as (position, value, words); past ones keep value "past".

    A date without a year is the next one when the event is planned ("preparations for the
    May 4-5 summit", said in a past-tense report), the last one when nothing plans it and the
    next would be far off ("his trip in May", said in July).
    """
    found = []
    at = max(sentence.find(clause), 0)
    context = sentence[max(0, at - 400):at + len(clause)]  # a window keeps long text linear
    said = _REPORTED_WHEN.search(clause)
    for start, end, text in dates.find_expressions(clause):
        if said and start > said.start():
            continue  # "…, Minister X said on Tuesday": the day of the report, not of the event
        if _is_horizon(clause, start, text, planned) or _SEASON_AS_MODIFIER.match(clause, end) \
                or _FORMER_PLAN.search(clause, 0, start):
            continue
        value = dates.normalize(text, reference, context)
        if value is None:
            continue
        yearless = not re.search(r"\d{4}|\b(?:year|next|this|last|ago|later|earlier)\b", text)
        anaphoric = yearless or re.fullmatch(r"(?:the\s+)?(?:end|start|beginning|middle|close)\s+"
                                             r"of\s+the\s+year", text, re.I)
        if planned and anaphoric and dates.is_past(value, reference) and \
                not _dates_past_act(clause, start, end):
            value = dates.normalize(text, reference) or value
        first = value.split("/")[0]
        far = (dt.date.fromisoformat(first[:7] + "-01") - reference).days > 200 \
            if re.match(r"\d{4}-\d\d", first) else False
        if re.search(r"\b(?:earlier|last|ago|past|previous|recent)\b", text, re.I) or \
                (not planned and yearless and far) or dates.is_past(value, reference) or (
                "/" in value and first <= reference.isoformat() and
                not re.match(r"(?:the )?(?:next|coming|later)\b", text, re.I) and
                not (planned and _still_running(value, reference))):
            value = "past"
        found.append((start, value, text))
    return found


#: A past verb a date follows ("agreed in March to", "visited Seoul in March"), or one the
#: date opens the clause of ("In March, the two ministers agreed to").
_PAST_ACT_BEFORE = re.compile(r"\b(?-i:[a-z]+ed|met|held|signed)\s+(?:in\s+principle\s+)?"
                              r"(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}(?:in|on|last)\s+$")
_PAST_ACT_AFTER = re.compile(r",?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?-i:[a-z]+ed|met|held|"
                             r"signed)\s+(?:to|on|a|an|the)\b")


def _dates_past_act(clause: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) tells when a past act was done, not when what it
    planned is due: "In March the ministers agreed to launch a dialogue" dates the agreement."""
    return bool(_PAST_ACT_BEFORE.search(clause, 0, start) or
                (_PAST_ACT_AFTER.match(clause, end) and
                 re.fullmatch(r"\s*(?:(?:in|on|by)\s+)?", clause[:start], re.I)))


def _still_running(span: str, reference: dt.date) -> bool:
    """Whether a span of days ends after `reference`: a plan "for the autumn", told in
    October, is still ahead."""
    last = span.split("/")[-1]
    return re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", last) is not None and \
        last > reference.isoformat()[:len(last)]


#: A noun after a season that makes the season a modifier, not a date: "(the summer)
#: schedule", "(the winter) holidays".
_SEASON_AS_MODIFIER = re.compile(r"(?<=(?i:spring|summer|autumn|winter))\s+(?:schedule|timetable|"
                                 r"season|holidays?|recess|break|months|olympics|games|sales?|"
                                 r"crops?|harvest|fares?)\b", re.I)
#: A word that dates what it follows with "for": "(a summit) planned for (2028)".
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|set|slated|due|expected|earmarked|foreseen|"
                          r"envisaged|postponed|delayed|moved|deferred|rescheduled|"
                          r"(?:put|pushed)\s+(?:off|back))\s+for$")


#: The date a plan had before it moved: "(the summit,) originally scheduled for (March)".
_FORMER_PLAN = re.compile(r"\b(?:originally|initially|previously|first)\s+(?:scheduled|planned|"
                          r"set|due|expected|slated)\s+(?:to\s+(?:be\s+held|take\s+place|open|"
                          r"start|begin)\s+)?(?:for|in|on)?\s*$", re.I)


def _is_horizon(clause: str, start: int, text: str, planned: bool) -> bool:
    """"until 2027", "vital by 2050", "the first talks since 2025", "(have stalled) for a
    decade": how long something lasts, a goal's horizon or when a span began, not the date of
    an event — unless the event is planned for it ("hold a summit by the end of 2026")."""
    before = clause[:start].rstrip().lower()
    if before.endswith(" since"):
        return True
    if re.match(r"for\s", text, re.I) and \
            re.search(r"\b(?:has|have|had|last(?:s|ed|ing)?)\b(?:\s+[\w-]+){0,4}$", before):
        return True  # "have dragged on for a decade", "will last for two years": how long it
        # goes on ("extended for 60 days" dates the end of the extension)
    if before.endswith((" for", " over")) and re.search(r"\b(?:years|decades)$", text.strip()):
        return True  # "built for the next thirty years": a span, not an event's date
    if before.endswith(" for") and re.fullmatch(r"\d{4}", text.strip()) and \
            not _PLANNED_FOR.search(before):
        return True  # "its calendar of exercises for 2028": the year it covers, not a date
    ends = (" until", " through", " throughout") + (() if planned else (" by",))
    return before.endswith(ends) and bool(re.fullmatch(r"(?:the end of )?\d{4}", text.strip()))


def _when_near(dated: list[tuple[int, str, str]], start: int, end: int,
               limit: int) -> tuple[str | None, str | None, bool]:
    """The date of the event at [start, end): the nearest date not past the next event word.

    An explicit date beats a relative one next to it ("tomorrow, December 21").
    """
    near = [d for d in dated if d[0] < limit and (
        d[0] < 25 or start - 70 <= d[0] <= end + 90)]
    if not near:
        return None, None, False
    near.sort(key=lambda d: (abs(d[0] - start) if d[0] < start else d[0] - end))
    position, value, text = near[0]
    if value == "past":
        future = [d for d in near if d[1] != "past" and d[0] > position]
        if not future:
            return None, text, True
        position, value, text = future[0]
    explicit = [d for d in near if d[1] != "past" and abs(d[0] - position) <= len(text) + 3
                and re.search(r"\d{4}|\d{1,2}\b", d[2]) and d[1].count("-") >= value.count("-")]
    if explicit and not re.search(r"\d", text):
        position, value, text = explicit[0]
    finer = [d for d in near if d[1] != "past" and "-" in d[1] and d[0] > start]
    if re.fullmatch(r"\d{4}", value) and finer:  # "this year's Dialogue on 17-18 June",
        position, value, text = finer[0]  # "the calendar for 2028 no later than 1 December"
    return value, text, False


def _future_cue(clause: str, start: int, end: int, noun: bool, kind: str) -> bool:
    """Whether the clause plans the event rather than reports it."""
    before = clause[:start]
    if _SCHEDULED_PRESENT.fullmatch(clause[start:end]) and dates.find_expressions(clause[end:]):
        return True  # "the commission meets again in March": the present of a timetable; not
        # "Minister X meets Finnish counterpart in Tallinn", a headline's present of news
    if kind == "election" and re.match(r"(?:goes|go|heads|head) to the polls", clause[start:end]):
        return True  # "the Philippines goes to the polls in May": in the present, a date ahead
    if kind == "deadline" and (not noun or _BOUND_TO.search(before)):
        return True  # "by" or "until" is a deadline only after a commitment (`BY_DEADLINE`)
    after = re.sub(r"^,[^,;]{1,60},", "", clause[end:end + 100])[:40]  # "(the election),
    # originally due in February, (will now be held …)": past the aside
    if noun and (FUTURE_ADJECTIVE.search(before[-40:]) or
                 re.match(r"\s*(?:[\w-]+\s+){0,3}(?:to be (?:held|hosted|convened|organi[sz]ed)|"
                          r"planned|scheduled|(?:set|slated|due)\s+(?:for|in|on|to)\b|"
                          r"(?:will|is to|are to|shall)\s+(?:(?:now|also|then|still)\s+)?"
                          r"(?:be held|take place|open|begin|"
                          r"start|convene)\b)", after) or _GATED_SCHEDULED.search(clause[end:]) or
                 _GOES_ON.match(clause, end)):
        return True
    if noun and _ARRANGED.search(before[-80:]):
        return True  # "The Council is holding its 10th meeting this fall": an arrangement
    if INVITATION.search(before) or MODAL_BEFORE.search(before) or _HEADLINE_TO.match(before) or \
            (noun and MODAL_THEN_VENUE.search(before[-160:])):
        return True
    if re.search(r"\bfollowed\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", before) and \
            (FUTURE_VERB.search(before) or _GATED_SCHEDULED.search(before)):
        return True  # "a meeting is scheduled for May 20, followed by a ministerial on June 3"
    if noun and re.match(r"\s*(?:[\w’'-]+\s+){0,4}?" + VAGUE_FUTURE.pattern, after, re.I):
        return True
    return bool(FUTURE_VERB.search(before))


#: A headline's future, its subject then "to": "(Kenyan President William Ruto) to (visit …)".
_HEADLINE_TO = re.compile(r"(?:(?:[A-Z][\w.’'-]*|the|of|and)\s+)*[A-Z][\w.’'-]*\s+to\s+$")
#: An event told in the present of a timetable, which is a date ahead.
_SCHEDULED_PRESENT = re.compile(r"(?:meets|convenes|reconvenes|resumes|opens|begins|starts|"
                                r"takes?\s+effect|(?:comes?|goes|go)\s+into\s+effect|(?:enters|comes)\s+into\s+force|"
                                r"expires)")
#: The present of an arrangement, just before the event it arranges: "is holding its (meeting)".
_ARRANGED = re.compile(r"\b(?:is|are)\s+(?:holding|hosting|convening|organi[sz]ing)\s+"
                       r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){0,4}$")
#: A party bound to act by a deadline: "will", "must", "agreed to", "pledged to".
_BOUND_TO = re.compile(r"\b(?:will|shall|must|commit\w*|(?:agreed|pledged|promised|vowed|"
                       r"undertook|decided|resolved)\s+to|(?:is|are)\s+due)\b", re.I)
#: Talks said to go on at a date ahead: "Talks on a trade deal will continue in March".
_GOES_ON = re.compile(r"\s+(?:(?:on|between|with|over|about)\s+[^,;.]{0,80}?\s+)?"
                      r"(?:will|are to|is to|shall)\s+(?:continue|resume|reconvene)\b")
#: How far before an event word a past verb governs it: "attended part of the meeting".
_GOVERNED_WORDS = 5


def _past_mark(clause: str, start: int, end: int, noun: bool, when: str | None) -> bool:
    """The event word is reported as done: "the visit last year", "discussions held at"."""
    before = clause[max(0, start - 30):start]
    after = clause[end:end + 25]
    if re.search(r"\bduring\s+(?:the|an?|his|her|their|its|this)\s+(?:[\w-]+\s+){0,2}$",
                 before) and _DONE_BEFORE.search(clause[:start]) and \
            not FUTURE_VERB.search(clause[:start]):
        return True  # "the memorandum was signed during the first visit to Hanoi": this visit
    if _SAID_AT.search(before):
        return True  # "Olmedo said at a joint press conference": where the words were said
    if noun and re.match(r"\s+(?:(?:were|was|had\s+been)\s+(?:suspended|halted|broken\s+off|"
                         r"abandoned|adjourned|concluded|completed)|ended|concluded|closed|"
                         r"collapsed|stalled|broke\s+(?:down|off)|wrapped\s+up)\b", after):
        return True  # "the talks were suspended by the end of the year", "the talks ended"
    if noun and (_TOLD_AS_PAST.match(clause, end) or _WAS_WHICH.search(clause, 0, start)):
        return True  # "The visit(, at the invitation of X,) was his first to Australia", "(it)
        # was his first Official Visit to Australia"
    held = _HELD_AFTER.match(clause, end) if noun else None
    if held and (when is None or re.fullmatch(r"\d{4}", when) or
                 _HELD_ON_A_DAY.match(clause, held.end())) and \
            not re.search(r"\bto be\s*$", before) and not FUTURE_ADJECTIVE.search(before):
        return True  # "the (2026) Review Conference held in New York": a year names which one;
        # "the meeting of the Council held in Astana on Monday": the one reported
    if re.search(r"\b(?:after|following)\s+(?:[\w-]+\s+){0,3}(?:of\s+(?:[\w-]+\s+)?)?$",
                 before) and \
            re.search(r"\b[a-z]+ed\b", clause[:start]) and not FUTURE_VERB.search(clause[:start]):
        return True  # "agreed on Friday … after four days of talks in Beijing"
    if when is None and noun and re.search(r"\b(?:after|following|familiar\s+with|at\s+the\s+"
                                           r"end\s+of)\s+the\s+$", before):
        return True  # "told reporters after the talks": the talks the report is about
    done = [verb for verb in PAST_VERB.finditer(clause[:start])
            if not _PASSIVE_AHEAD.search(clause, 0, verb.start())]  # "will be completed by June"
    if done:
        later = clause[done[-1].end():start]
        if not (FUTURE_VERB.search(later) or INVITATION.search(later) or
                FUTURE_ADJECTIVE.search(later[-40:]) or
                (when is not None and len(later.split()) > _GOVERNED_WORDS)):
            return True  # yet a date ahead outweighs a verb told long before ("concluded …")
    return when is None and bool(PAST_MARK.search(before))


#: The past tense of "to be" after the event word, perhaps past an aside, telling what it was;
#: not what it was to be ("was due to", "was postponed", "were pushed back to Thursday").
_TOLD_AS_PAST = re.compile(r"(?:,[^,;]{1,80},)?\s+(?:was|were)\s+(?!(?:to|due|expected|scheduled|"
                           r"set|planned|slated|originally|initially|postponed|put|supposed|going|"
                           r"intended|meant|cancel+ed|called|delayed|deferred|rescheduled|not|"
                           r"being|likely|unlikely|pushed|moved|brought|shifted|advanced|"
                           r"extended)\b)")
#: What an event was, before its word: "(it) was Prime Minister Leong's first (visit)".
_WAS_WHICH = re.compile(r"\b(?:was|were)\s+(?:(?:the|a|an|his|her|their|its|(?:[\w’'-]+\s+){0,3}"
                        r"[\w’'-]+[’']s)\s+)(?:(?!(?:to|for|that|be)\b)[\w-]+\s+){0,3}$")
#: An event told as held, perhaps after whose it is: "(the meeting) of the Joint Commission
#: held here", "(the Review Conference) held in New York".
_HELD_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:(?!(?:to|be|been|being|is|are|was|were|will|"
                         r"would|shall|should|could|may|might|must|has|have|had)\s)[\w’'.-]+\s+)"
                         r"{1,6}?)?\s*(?:held|hosted|convened|organi[sz]ed|conducted|"
                         r"that\s+took\s+place)\b")
#: The day the meeting told as held was held on, in the report's week: "(held) in Astana on
#: Monday", "(held) yesterday".
_HELD_ON_A_DAY = re.compile(rf"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?\s+"
                            rf"(?:on\s+(?:{WEEKDAY_FULL})|yesterday|today|last\s+week)\b")
#: A participle that tells an act to be done: "(the road will) be (completed)".
_PASSIVE_AHEAD = re.compile(r"\b(?:will|would|shall|should|must|to|is\s+to|are\s+to)\s+be\s+$")
#: A deal done in the clause: "was signed", "signed on Thursday", "agreed".
_DONE_BEFORE = re.compile(r"\b(?:(?:was|were)\s+[a-z]+ed|signed|agreed|reached|concluded)\b")
#: The occasion words were said at, which is the one reported: "said after the meeting".
_SAID_AT = re.compile(r"\b(?:said|says|told\s+[\w’'-]+|added|noted|stated|spoke|speaking|"
                      r"remarked)\s+(?:at|after|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+"
                      r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$|"
                      r"\b(?:told|briefed|addressed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")


def _is_back_reference(clause: str, start: int, end: int) -> bool:
    """"The planned visits mark …": an event the text already told of, named again without news."""
    return bool(re.search(r"\b(?:the|this|these|that)\s+(?:planned|upcoming|proposed|forthcoming)?"
                          r"\s*$", clause[:start], re.I)) and \
        not re.match(r"\s*(?:by|of|to|with|between|in|at)\b", clause[end:]) and \
        (not FUTURE_VERB.search(clause[:start]) or _PART_IN_IT.search(clause, 0, start))


#: A part someone takes in an event told before: "(will) co-chair the (meeting)".
_PART_IN_IT = re.compile(r"\b(?:co-?chair|chair|attend|lead|preside\s+over|address|open|host)\s+"
                         r"(?:the|this|that)\s+$", re.I)


#: A second act the clause's verb governs, opening what the event word ends: "(agreed to renew
#: the treaty, which expires in December,) and to begin technical (talks in March)".
_SECOND_ACT = re.compile(r",?\s+and\s+to\s+[a-z]+\s+(?:[\w-]+\s+){0,3}$")
#: An event told after another as the next of a series, or as a new subject: "…, followed by
#: a ministerial meeting (on June 3)", "…, and a signing ceremony (could follow next month)".
_NEXT_IN_SERIES = re.compile(r",\s+(?:followed\s+by|and)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$")
#: An event a relative clause says the one before leads to: ", which will prepare a (summit)".
_PREPARED_NEXT = re.compile(r"(?:,\s+(?:which|that)\s+(?:will|would|is\s+to|are\s+to)\s+|"
                            r"\b(?:and\s+)?to\s+|\band\s+)(?:help\s+)?"
                            r"(?:prepare|pave\s+the\s+way\s+for|lead\s+to|precede|set\s+up|"
                            r"lay\s+the\s+groundwork\s+for)\s+"
                            r"(?:for\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}$")


#: A second event named after "and": "(the Arville Summit) and the Brel Special (Summit)".
_AND_ANOTHER_NAMED = re.compile(r"\band\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}$")


def _stands_alone(clause: str, start: int, found: list[dict], when: str | None) -> bool:
    """A second event in one clause only when coordinated with "and the next …", as a
    plan of its own ("… would report to a summit and planned to return to Maseru"), or as
    what the first prepares, on a date of its own ("talks next month, which will prepare a
    summit planned for December")."""
    if when and when != found[-1]["when"] and (_PREPARED_NEXT.search(clause[:start]) or
                                               _NEXT_IN_SERIES.search(clause[:start]) or
                                               (found[-1]["when"] and
                                                _SECOND_ACT.search(clause[:start]))):
        return True  # "… and to begin technical talks on its renewal in March": a plan too
    if clause[start:start + 1].isupper() and _AND_ANOTHER_NAMED.search(clause, 0, start):
        return True  # "the Arville Summit and the Brel Summit": two events, each named
    if when and re.match(r"\w+\s+of\s+which\b", clause[start:]) and \
            re.search(r"\band\s+to\s+[a-z]+\s[^,;]*,\s+the\s+(?:\w+\s+)?$", clause[:start]):
        return True  # "(… and to establish a mechanism,) the first meeting of which (…)": its own
    return bool(re.search(r"\b(?:and|,)\s+(?:the\s+)?(?:next|upcoming|forthcoming)\b[^,;]*$|"
                          r"\band\s+(?:also\s+)?(?:will|would|could|may|might|plans?|planned|"
                          r"intends?|intended|"
                          r"hopes?|hoped|(?:is|was)\s+(?:due|expected))(?:\s+to)?\s+\w+\s+$",
                          clause[:start]))


def _event(clause: str, sentence: str, trigger: tuple[int, int, str, bool], when: str | None,
           when_text: str | None, people: list[str], parties) -> dict:
    start, end, kind, _noun = trigger
    if kind == "visit" and re.search(r"\bstate[- ]visit", clause[start:end + 2], re.I):
        kind = "state-visit"
    where = _where(clause, start, people, travel=kind in ("visit", "state-visit"))
    who = _who(clause, start, end, kind, people, parties)
    earlier = sentence[:max(0, sentence.find(clause))]  # a body named in an earlier clause
    what = _label(clause, start, end, kind, who, where, people, earlier)
    what = capitalised(re.sub(r"^[Nn]ext\s+(?!round\b)(?=\S+\s)", "", what))  # the date says when
    if when_text and what[-len(when_text):].lower() == when_text.lower() and \
            not re.search(r"\bof\s+$", what[:-len(when_text)]):  # "Talks on a trade deal (next
        before = _BEFORE_A_DATE.search(what[:-len(when_text)])  # month)": the date says when;
        what = what[:before.start()] if before and before.start() else what  # "End of (an
        # initial period of 90 days)" is the period's end
    named_for = _CITY_IN_NAME.match(what) if where is None else None
    if named_for and named_for.group("city") in CITY_STATES:  # "the Washington Summit"
        where = f"{named_for.group('city')}, {CITY_STATES[named_for.group('city')]}"
    return {
        "what": what,
        "kind": kind,
        "who": who,
        "where": where,
        "when": _lasting(when, when_text, clause),
        "when_text": when_text,
        "evidence": sentence,
    }


def _lasting(when: str | None, when_text: str | None, clause: str) -> str | None:
    """The days an event lasts, when the text says how many from its first day: "arrive in
    Astana on Nov. 2 for three days of meetings" → 2 to 4 November."""
    if not when or not when_text or not re.fullmatch(r"\d{4}-\d\d-\d\d", when):
        return when
    lasting = next((found for at in _found_at(clause, when_text)
                    if (found := _FOR_DAYS.match(clause, at + len(when_text)))), None)
    if not lasting:
        return when
    days = _DAY_COUNTS.get(lasting.group("days")) or int(lasting.group("days"))
    last = dt.date.fromisoformat(when) + dt.timedelta(days=days - 1)
    return f"{when}/{last.isoformat()}"


_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
#: How many days an event lasts, after its first day: "(on Nov. 2) for three days".
_FOR_DAYS = re.compile(r"\s+for\s+(?:an?\s+)?(?P<days>two|three|four|five|six|seven|[2-9])"
                       r"(?:-|\s+)days?\b")
#: The words that lead to a date closing a label: "(talks) in (March)".
_BEFORE_A_DATE = re.compile(r",?\s+(?:in\s+|on\s+|during\s+)?$", re.I)


#: An event named for the city that holds it: "Washington Summit", "Lima Conference".
_CITY_IN_NAME = re.compile(r"(?P<city>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:Summit|Conference|"
                           r"Forum|Meeting|Talks|Round|Session)\b")


#: Who tells the news, named at the end of the clause: ", Foreign Secretary Bhandari said".
_SAID_BY = r",\s+(?:[A-Z][\w.’'-]*\s+){1,6}(?:said|says|told\s+[\w’'-]+|added)"
_SAID_BY_AT_END = re.compile(rf"{_SAID_BY}\b[^,;]*$")


#: The clause that reports the news, with when and where it was said: "…, Energy Minister X said
#: on Tuesday after talks with Y" — not "…, X said the two sides would meet on Tuesday".
_REPORTED_WHEN = re.compile(rf"{_SAID_BY}\s+(?:on|late|early|in|at|after|during|following)\b"
                            r"[^,;]*$")


#: An invitation to one told of before, just before the event word: "invited him to (visit)".
_INVITED_ONE_TOLD = re.compile(rf"{INVITED_ONE_TOLD}\s+(?:\w+\s+)?$")


def _who(clause: str, start: int, end: int, kind: str, people: list[str], parties) -> list[str]:
    """Who travels (a visit) or takes part (any other event), each person once."""
    found = _participants(clause, start, end, kind, people, parties)
    words = {p: set(p.replace(",", "").split()) for p in found}
    return [p for p in found if not any(q != p and words[p] < words[q] for q in found)]


def _participants(clause: str, start: int, end: int, kind: str, people: list[str],
                  parties) -> list[str]:
    if kind in ("visit", "state-visit"):
        if _INVITED_ONE_TOLD.search(clause, 0, start):
            return []  # "A invited him to visit": one told of before, never A who invites
        visitors = _visitors(clause, start, end, people)
        if visitors:
            return visitors
        if HE_OR_SHE_ACTS.match(clause):
            return []  # "(On Sunday,) he will then travel to Goa, where he will meet X": the one
            # named before
        office = _OFFICE_SUBJECT.match(clause)
        if office:  # "Kenya’s foreign minister will pay a visit", whoever tells of it after
            return [office.group("office")]
        told = _SAID_BY_AT_END.sub("", clause)  # "…, Foreign Secretary Bhandari said": who
        # tells of the visit, not who makes it
        named = [p for p in people if mentions(told, p) and not _HOST_BEFORE.search(
            told, 0, max(last_mention(told, p), 0))]
        if named:
            return named[:4]
        unit = _NAMED_VISITOR.search(clause[:end])
        if unit and canonical(unit.group("who")) is None:
            return [unit.group("who")]  # "the UK Carrier Strike Group will visit Japan"
        where = _where(clause, start, people) or ""
        return [p for p in find_parties(clause) if p not in where][:2]
    if kind == "election":
        return []
    if MEET_VERB.match(clause, start):
        named = _named(clause, people)
        if len(named) > 1:
            return named[:4]
    briefing = _GATED_BRIEF.search(clause)
    briefer = acting_people(clause[:briefing.start()], people) \
        if briefing and briefing.start() <= start else []
    if briefer:  # "Secretary Ramos will brief the Senate on the talks": Ramos does
        return briefer[-1:]
    name = _proper_name(clause, start, end)
    named_parties = find_parties(name) if name else []
    if len(named_parties) > 1:
        return sorted(named_parties)  # "the GCC–European Union Summit": the two its name says
    all_of_them = _ALL_OF_THEM.match(clause)
    if all_of_them and len(parties) > 1 and not re.match(r"\s+of\s", clause[all_of_them.end():]):
        return sorted(parties[:2])  # "The two presidents agreed to meet again in November", not
        # "The leaders of Kenya and Uganda will meet"
    attending = re.search(r"\b(?:attend|address)(?:s|es|ing)?\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}$",
                          clause[:start])
    if attending:
        invitation = list(INVITATION.finditer(clause, 0, attending.start()))
        if invitation and not invitation[-1].group("accept"):
            invited = _named(clause[invitation[-1].end():attending.start()], people)
            if invited:
                return invited  # "Tokayev invited Mirziyoyev to attend the forum": the guest
        named = _named(clause[:attending.start()], people)
        if named:
            return named  # "President Jane Roe is due to attend the summit"
    listed = _LIST_ITEM_END.search(clause, end)  # "preparations for the summit, efforts to
    found = find_parties(clause[:listed.start()] if listed else clause)  # …, and the two
    venue = [p for p in found if _only_the_venue(clause, p)]
    if len(found) - len(venue) >= 2:  # "Kenya and Uganda will meet in Tanzania": not Tanzania
        found = [p for p in found if p not in venue]
    if len(found) < 2:  # Canadians detained by China": China takes no part in the summit
        found += [p for p in parties if p not in found]
    return sorted(found[:4])


def _only_the_venue(clause: str, party: str) -> bool:
    """Whether a state is named only as where an event is held: "(meet) in Tanzania"."""
    names = [m.group(0) for m in re.finditer(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", clause)
             if canonical(m.group(0)) == party]
    return bool(names) and all(re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(name)}\b",
                                         clause) for name in names)


#: Words before one a visitor is received by: "(travel to Accra for talks) with President X".
_HOST_BEFORE = re.compile(r"\b(?:with|meet|meets|meeting|hosted\s+by|host|guest\s+of|"
                          r"invitation\s+of|received\s+by|counterpart,?)\s+"
                          r"(?:[\w’'.-]+\s+){0,4}$", re.I)


#: The end of a list item: the items after it name other matters than the event.
_LIST_ITEM_END = re.compile(r",\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+,\s+and\s")


#: A clause opened by all who met, not by one of them: "The two presidents", "Both sides".
_ALL_OF_THEM = re.compile(r"(?:The|Both)\s+(?:two\s+)?(?:presidents|leaders|sides|ministers|"
                          r"countries|governments|delegations|parties|prime\s+ministers)\b")
#: A named body that travels: "(that) the UK Carrier Strike Group will visit Japan".
_NAMED_VISITOR = re.compile(r"(?:^(?:The\s+)?|\bthat\s+(?:the\s+)?|\bthe\s+)"
                            r"(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){1,4}"
                            r"(?:[’']s(?:\s+[a-z][\w-]*){1,3})?)\s+"  # "the Commission's team"
                            r"(?:will|would|is\s+to|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\s+"
                            r"(?:also\s+)?(?:pay\s+a\s+)?visit\b")
#: A sentence opened by an office, not a name: "External Affairs Minister will travel …",
#: "Kenya’s foreign minister is due to visit …", "The Foreign Minister of Norway will …".
_TITLE = "|".join(sorted(re.escape(word) for word in TITLE_WORDS
                         if word.replace("-", "").isalpha()))  # "Secretary-General" too
_OFFICE_SUBJECT = re.compile(
    rf"(?:{NUMBERED})?(?:[Tt]he\s+)?"
    r"(?P<office>(?:[A-Z][\w-]*(?:[’']s)?\s+){0,4}(?:[a-z][\w-]*\s+){0,2}"
    rf"(?i:{_TITLE})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)\s+"
    r"(?:will|would|shall|is|are|plans|intends|heads|travels|leaves|flies|departs)\b")


#: An office just before what it does, not a name: "(…said) the President of Chile had
#: (accepted an invitation)".
_OFFICE_ACCEPTING = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<office>(?:[A-Z][\w-]*\s+){0,3}"
    rf"(?i:{_TITLE})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)\s+"
    r"(?:(?:has|had|have)\s+)?(?:also\s+|already\s+)?$")


#: The office that accepted the invitation just told: "(an invitation … to pay a state visit
#: to Niger), which the President accepted".
_ACCEPTED_BY = re.compile(rf"[^,;]*,?\s+which\s+(?:the\s+)?(?P<who>(?:[A-Z][\w-]*\s+){{0,3}}"
                          rf"(?i:{_TITLE})(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)"
                          r"{0,2})?)\s+(?:has\s+|had\s+)?accepted\b")


#: A sentence whose subject is a person named before it, perhaps after when: "She will also
#: visit Amman", "On Sunday, he will travel to Riyadh".
HE_OR_SHE_ACTS = re.compile(r"(?:(?-i:[A-Z])[^,;]{0,40},\s+)?(?:[Hh]e|[Ss]he)\s")


def _visitors(clause: str, start: int, end: int, people: list[str]) -> list[str]:
    """The people a visit is made by: its agent, the guest of a host, the invited one."""
    before = clause[:start]
    invitation = list(INVITATION.finditer(before))
    host = HOST_VERB.search(clause)
    if re.match(r"\s*(?:by|of)\s", clause[end:]):
        span = re.split(r"[,;]|\b(?:to|in|at|on|for)\b", clause[end:].lstrip()[3:], maxsplit=1)[0]
        return _named(span, people)[:4]
    made_by = _BY_AFTER_WHERE.match(clause, end)
    named = _named(re.split(r"[,;]|\b(?:to|in|at|on|for|is|was|will)\b", clause[made_by.end():],
                            maxsplit=1)[0], people) if made_by else []
    if named:  # "the visit to Japan by Prime Minister Jane Roe"
        return named[:4]
    guest = GUEST_TITLE.match(clause, made_by.end() - 1) if made_by else None
    if guest:  # "the official visit to Japan by the Prime Minister of Viet Nam"
        office = _OFFICE_OF.match(clause, guest.end())
        return [_guest(guest) + (office.group(0) if office else "")]
    owner = _VISITOR_WHOSE.search(before)
    if owner:  # "the Foreign Minister's planned visit", "Anna Berg's visit": whose it is
        return _named(owner.group("who"), people)[:1] or [owner.group("who")]
    relative = _WHO_BEFORE.search(before)
    named = _named(before[:relative.start()], people) if relative else []
    if named:  # "(A met) B, who is on an official visit": the one the clause is about
        return [max(named, key=lambda p: before.rfind(_last_name(p), 0, relative.start()))]
    if invitation and not invitation[-1].group("accept"):
        guest = clause[invitation[-1].end():start]
        named = _named(guest, people)
        if named and not re.match(r"\s*(?:from|of)\b", guest):
            return named[:4]
        accepted = _ACCEPTED_BY.match(clause, end)
        if accepted and not named:  # "(an invitation from X) to pay a state visit to Niger,
            return [accepted.group("who")]  # which the President accepted": the President
        counterpart = GUEST_TITLE.match(guest)
        if counterpart and ("counterpart" in counterpart.group(0) or re.fullmatch(
                r"\s*(?:to|for)?\s*", guest[counterpart.end():])):  # "invited his counterpart",
            return [_guest(counterpart)]  # "invited His Highness to visit": named by title only
        office = _OFFICE_OF.match(guest, counterpart.end()) if counterpart and not named else None
        if office:  # "invited the President of Romania to visit": the office, unnamed
            return [_guest(counterpart) + office.group(0)]
        sent_to = re.search(r"\s(?:for|to)\s", guest) if re.match(r"\s*from\b", guest) else None
        invited = _named(guest[sent_to.end():], people) if sent_to else []
        if invited:  # "an invitation from President A for Prime Minister B to visit": B visits
            return invited[:4]
        office = GUEST_TITLE.match(guest, sent_to.end() - 1) if sent_to else None
        office_of = _FORMAL_OFFICE_OF.match(guest, office.end()) if office else None
        states = find_parties(office_of.group(0)) if office_of else []
        if len(states) == 1:  # "from the President of A to the President of the Federative
            return [f"{_guest(office)} of {states[0]}"]  # Republic of B to pay a state visit"
        if len(named) > 1 and re.match(r"\s*of\b", guest):
            in_order = sorted(named, key=lambda p: guest.find(_last_name(p)))
            return in_order[1:5]  # "at the invitation of A, B paid a visit": B visits
        before = before[:invitation[-1].start()]
    elif invitation:
        before = before[:invitation[-1].start()]
        office = _OFFICE_ACCEPTING.search(before)
        if office:  # "(X said) the President of Chile had accepted an invitation to visit"
            return [office.group("office")]
    elif host and host.start() <= start:
        span = re.split(r"\b(?:for|to|at|on|in)\b", clause[host.end():], maxsplit=1)[0]
        guest = GUEST_TITLE.match(clause, host.end() - 1)
        if guest and guest.group(0).strip() == span.strip():  # "will host his counterpart"
            return [_guest(guest)]
        office = _OFFICE_OF.match(clause, guest.end()) if guest else None
        if office and span.strip() == clause[guest.start():office.end()].strip():
            return [_guest(guest) + office.group(0)]  # "will receive the Emir of Qatar"
        return _named(span, people)[:4]
    return acting_people(before, people)


#: Where a visit goes, then "by" and who makes it: "(visit) to Japan by (the Prime Minister)".
_BY_AFTER_WHERE = re.compile(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])[^,;]{0,40}?\s+by\s")
#: A relative clause about the one named just before it: "(B), who is on (a visit)".
_WHO_BEFORE = re.compile(r",\s+who\s+(?:[\w’'-]+\s+){1,5}$")
#: Who makes a visit, named in capitals by a possessive just before it: "(the) Iranian
#: Foreign Minister’s planned (visit)", "Anna Berg’s first (visit)".
_VISITOR_WHOSE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|This|That)\s)"
                            r"(?P<who>(?:[A-Z][\w.’'-]*\s+(?:(?:of|for)\s+"
                            r"(?:the\s+)?)?){0,5}[A-Z][\w.-]*)[’']s\s+"
                            r"(?:(?!(?:to|for|of|and|invitations?)\s)[a-z][\w-]*\s+){0,2}$")
#: The state an office belongs to by its formal name: " of the Federative Republic of Brazil".
_FORMAL_OFFICE_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*"
                               r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}")
#: The state or body an office belongs to, after its title: " of Romania", " of the EU".
_OFFICE_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")


def _guest(title: re.Match) -> str:
    """A guest named by title, without whose: "his Malaysian counterpart" → "Malaysian …"."""
    return re.sub(r"^(?:his|her|their|its|the)\s+", "", title.group(0).strip())


def _named(text: str, people: list[str]) -> list[str]:
    """The people a text names, by full name where it gives one ("Anna Berg", not every Berg)."""
    full = [p for p in people if p in text]
    named = set().union(*(p.split() for p in full))
    return full + [p for p in people if p not in full and mentions(text, p)
                   and not named & set(p.split())]


def acting_people(text: str, people: list[str]) -> list[str]:
    """The last two people `text` names as actors, in order: not those after "with", "from",
    "of" or "by", nor the source of the words ("…, Lee Soo-jin told reporters")."""
    named = sorted((last_mention(text, p), p) for p in _named(text, people))
    subject = [p for i, p in named if i >= 0 and not re.search(
        r"\b(?:with|from|of|by)\s+(?:[A-Z][\w.’']*\s+){0,4}$", text[:i]) and
        not re.match(r"[\w-]*[’']s\b|[\w-]*\s+(?:said|says|added|told|noted|announced|stated|"
                     r"confirmed)\b", text[i:])]
    return subject[-2:]


def _last_name(person: str) -> str:
    words = [w for w in person.replace(",", "").split() if w.rstrip(".") not in ("Jr", "Sr")]
    return words[-1] if words else person


def _where(clause: str, start: int, people: list[str], travel: bool = True) -> str | None:
    """Where the event takes place: the first place named after its word, else before it.
    Only a journey goes "to" a place: "support to Ukraine at their next meeting" is no place."""
    after = re.split(r"\s(?:before|after|then|while)\s", clause[start:], maxsplit=1)[0]
    at_the_event = _AT_THE_EVENT.search(clause, 0, start)  # "(a report on the transition in
    # Guinea) at the next summit": the place before is another thing's
    texts = (after,) if at_the_event else (after, clause[:start])  # "meet X on Monday before
    # travelling on to Tokyo"
    for told_before, text in enumerate(texts):
        for match in _PLACE.finditer(text):
            if not travel and match.group("prep") == "to":
                continue
            if _owns_a_thing(match.group("place"), text[match.end():]) or \
                    _ASKED_BY.match(match.group("place") + text[match.end():]):
                continue  # "visit Korea Aerospace Industries' plant in Sacheon", "(put off) at
                # Egypt's request": whose request, not where
            if told_before and re.search(r"\b(?:met|gathered|convened|talked|spoke)\s+$",
                                         text[:match.start()]):
                continue  # "(the ministers, who) met in Almaty(, agreed to continue talks)":
                # where they met, not where the talks go on
            if re.fullmatch(r"[A-Z]{2,6}", match.group("place").rstrip(".,")) and \
                    re.match(r"\s+(?!(?:next|this|later|on|in|at|by|and|or|with|for|from|to|"
                             r"which|where|when|after|before|until|during)\b)[a-z]+s?\b",
                             text[match.end():]):
                continue  # "(participation) in EU research programmes": whose, not where
            if _FORMAT_NAMED.match(text, match.end()):
                continue  # "in the Normandy format", "the Russia — Central Asia format": who
                # takes part, not where
            place = _place(match.group("place").rstrip(".,"), people)
            if place and _names_an_event(text[match.end():]) and \
                    not _known_place(place.split(",")[0]):
                continue  # "at the Mercosur summit": the body whose summit it is
            if place:
                return _with_second_place(place, text[match.end():], people)
    host = _HOST_OF_THE_EVENT.search(clause[:start])
    if host and _known_place(host.group("host")):  # "Nairobi will host the next round of
        return _place(host.group("host"), people)  # talks": where it is held
    return None


#: A place named as the host of the event word after it: "Kenya will host the next (summit)".
_HOST_OF_THE_EVENT = LiteralGated(re.compile(
    r"(?:\b[Tt]he\s+)?(?P<host>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2})\s+"
    r"(?:(?:will|would|shall|is\s+(?:set|due|expected|scheduled)\s+to|agreed\s+to|offered\s+to)\s+"
    r"(?:[^,;]{1,80}?\s+and\s+)?)?host(?:s|ed|ing)?\s+"
    r"(?:(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?|(?:(?-i:[A-Z])[\w’'.-]*\s+){0,6}"
    r"(?-i:[A-Z])[\w’'.-]*)\s+for\s+)?"  # "(Nairobi will host) Prime Minister X for (a visit)"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$"))


#: The rest of the name of a format of talks, after the place it opens with: "(Normandy)
#: format", "(Russia) — Central Asia format".
_FORMAT_NAMED = re.compile(r"(?:\s*[—–-]\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?\s+format\b")


#: An event told as where something else happens: "(present a report) at the next ordinary".
_AT_THE_EVENT = re.compile(r"\bat\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$")


#: A place's name as who asked for something: "(at) Egypt('s request)".
_ASKED_BY = re.compile(r"[^’']+[’']s\s+(?:request|invitation|initiative|behest|suggestion|"
                       r"urging|insistence|proposal)\b")


def _owns_a_thing(name: str, after: str) -> bool:
    """Whether a name, not one of a known place, owns the thing after it ("the Acme Group's
    plant"): the place, if any, comes later."""
    possessive = re.fullmatch(r"(?P<owner>.+?)(?:[’']s|(?<=s)[’'])", name)
    return bool(possessive and re.match(r"\s+[a-z]", after)) and \
        not _known_place(possessive.group("owner"))


def _known_place(name: str) -> bool:
    """A state, a capital or a city of the names lexicon, never a body's name."""
    return bool(canonical(name)) or name in CITY_STATES


def _names_an_event(after: str) -> bool:
    """Whether the word after a name is an event's: "(Mercosur) summit"."""
    word = after.split()[:1]
    return bool(word) and _is_event_name(word[0])


_SECOND_PLACE = re.compile(rf"\s+and\s+(?:the\s+)?({PLACE_NAME})(?=[\s,.;]|$)")
#: The last of a list of places after a comma: "(Ghana, Tanzania)(, and Zambia)".
_LAST_PLACE = re.compile(rf",?\s+and\s+(?:the\s+)?({PLACE_NAME})(?=[\s,.;]|$)")


def _with_second_place(place: str, after: str, people: list[str]) -> str:
    """"visit Amman and Riyadh": both places, each by its own name; "travel to Ghana, Tanzania,
    and Zambia": all three, a list of states read apart from a city and its state."""
    parts = [part.strip() for part in place.split(",")]
    listed = len(parts) == 2 and all(canonical(part) == part for part in parts)
    second = _LAST_PLACE.match(after) if listed else _SECOND_PLACE.match(after)
    other = _place(second.group(1).rstrip(".,"), people) if second else None
    if other:
        return f"{', '.join(parts) if listed else parts[0]} and {other.split(',')[0]}"
    return place


def _place(place: str, people: list[str]) -> str | None:
    place = re.sub(r"[’']s$", "", place)
    cut = [i for i, w in enumerate(place.split()) if _is_event_name(w)]
    if cut:
        place = " ".join(place.split()[:cut[0]])
        if not _known_place(place):
            return None  # "at the Mercosur Summit in Montevideo": a body's, not a place's name
    if not place or ((_NOT_PLACE.match(place) or re.search(r"-[a-z](?![a-z]*-[A-Z])", place)) and \
            place not in CITY_STATES) or any(mentions(place, p) for p in people):
        return None
    if re.search(r"(?-i:[A-Z])[\w’']*-(?-i:[A-Z])", place) and not canonical(place) and \
            place not in CITY_STATES:
        return None  # "(at the) EU-Mercosur (summit)": the parties, not a place; a place's
        # name joins its parts with lower-case words ("Évian-les-Bains", "Aix-en-Provence")
    words = place.split()
    for seat, city in _SEATS.items():
        if place.startswith(seat):
            place, words = city, [city]
    city, _, country = place.partition(",")
    state = _SEAT_OF_A_UNION.get(city.strip()) or canonical(city.strip())
    if country.strip():
        return place if not _is_event_name(city) else None
    if state and (state == city.strip() or " of " in city):
        return state  # "Morocco", "the Kingdom of Morocco"
    if not state and city.strip() in CITY_STATES:
        return f"{city.strip()}, {CITY_STATES[city.strip()]}"  # "Geneva, Switzerland"
    if state and city.strip() not in CAPITALS and re.search(r"(?:an|ese|ish|i|ch)$", city.strip()):
        return None  # "the Libyan people": a demonym, not a place
    if state and city.strip() not in CAPITALS and city.strip() not in CITY_STATES:
        return state  # "the UAE": another name of the state, no city of it
    if state:
        return f"{city.strip()}, {state}"
    if sum(w[:1].isupper() for w in words) <= 3 and not _is_event_name(place) and not re.search(
            r"\b(?:Order|Act|Agreement|Announcement|Commission|Council|Department|Ministry|"
            r"Office|Convention|Framework|Initiative|Partnership|Program|Plan|Fund|Group|"
            r"Forum|Dialogue|Session|Alliance|Corridor|University|Congress|Coalition)\b",
            place):
        return place if len(place) > 2 else None
    return None


def _is_event_name(text: str) -> bool:
    return any(p.search(text) for _, p in EVENT_NOUNS)


def _label(clause: str, start: int, end: int, kind: str, who: list[str], where: str | None,
           people: list[str], earlier: str = "") -> str:
    """A headline for the event: who visits where, the event's own name, or its noun phrase."""
    listed = where and "," in where and " and " in where.rsplit(",", 1)[1] and \
        not canonical(where.rsplit(",", 1)[1])  # "Tokyo, Seoul and Manila": not "Port of Spain,
    short_place = where if listed else where.split(",")[0] if where else None  # Trinidad and …"
    short_place = in_a_phrase(short_place) if short_place and canonical(short_place) == \
        short_place else short_place  # "(summit in) the Philippines"
    shipped = _goods_arriving(clause, start, end) if kind == "other" else None
    if shipped:  # "The first shipments of grain will arrive in Mombasa": goods, no visitor
        what = re.sub(r"^(?:the|a|an)\s+", "", shipped.group("what"), flags=re.I)
        return capitalised(f"{what} to arrive" + (f" in {short_place}" if short_place else ""))
    if kind in ("visit", "state-visit"):
        named = [p for p in who if p in people] or who
        owner = _VISIT_OWNER.search(clause, 0, start) if not named else None
        agent = " and ".join(named[:2]) or (owner.group("owner") if owner else "")
        word = "state visit" if kind == "state-visit" else "visit"
        line = f"{agent} {word}".strip()
        return capitalised(f"{line} to {short_place}" if short_place else line)
    if kind == "deadline":
        return _deadline_label(clause, start, end, earlier)
    if clause[start:end] == "landfall":  # "Hurricane Ian is expected to make landfall on …"
        storm = re.match(r"(?:The\s+)?((?!The\s)(?:[A-Z][\w-]*\s+){1,3})", clause)
        return f"{storm.group(1).strip()} landfall" if storm else "Landfall"
    deciding = next((m for m in BODY_TO_DECIDE.finditer(clause) if m.start("verb") == start),
                    None) if _DECIDING_VERB.fullmatch(clause[start:end]) else None
    if deciding:  # "the Fund's executive board is scheduled to consider the programme"
        body = re.sub(r"^(?:the|a|an)\s+", "", deciding.group("body"), flags=re.I)
        return capitalised(f"{body} meeting on {deciding.group('what')}")
    briefed = BRIEF_VERB.match(clause, start)
    if briefed:  # "Secretary Ramos will brief the Senate Committee on Defense"
        return undated(f"Briefing to {briefed.group('audience')}".rstrip("."))
    if kind == "call":
        return "Phone call"
    done_to = re.search(r"(signed|ratified|sworn in)$", clause[start:end])
    if done_to:
        act = {"signed": "Signing", "ratified": "Ratification"}.get(done_to.group(1),
                                                                   "Swearing-in")
        before = clause[:start]
        joined = _JOINED_PREDICATE.search(before)
        before = before[:joined.start()] if joined else before  # "the contract was close to
        # completion and would be (signed)": what the first predicate is said of
        subject = re.sub(r"\s+(?:is|are|was|were|will|would|shall|could|can|may|might|should|"
                         r"must|has|have|had|needs?|been|expected|due|set|scheduled|likely|"
                         r"to)(?=\s|$)", "", " " + before).strip(" ,")
        subject = re.split(r",\s+|\b(?:said|says|announced|added|that|hoped|hopes|expects|"
                           r"expected|believes|thinks)\s+", subject)[-1]
        subject = re.sub(r"^(?:and|or|but)\s+", "", subject)  # "…, and the agreements to be"
        subject = re.sub(r"^(?:The|A|An|whose)\s+", "the ", subject)  # "(the interconnection),
        # whose agreement (… is expected to be signed)": the agreement
        return f"{act} of {subject}" if subject else act
    if re.fullmatch(r"debate|vote", clause[start:end]):
        return _decision_label(clause, start, end)
    if kind == "election" and re.search(r"to the polls$|^elect\s", clause[start:end].lower()):
        referendum = _REFERENDUM.search(clause)
        if referendum:  # "go to the polls on Sunday in a referendum on the treaty"
            return capitalised(referendum.group(0))
        voters = find_parties(clause[:start])
        place = short_place or (voters[0] if voters else None)
        return f"Election in {in_a_phrase(place)}" if place else "Election"
    signing = _CEREMONY_TO_SIGN.search(clause) if clause[start:end].lower() == "ceremony" \
        else None
    if signing:  # "due to sign the accord at a ceremony in Doha": the signing is the event
        what = signing.group("what") or signing.group("what2")
        return capitalised(f"signing of {what}" + (f" in {short_place}" if short_place else ""))
    if HOSTED_GROUP.search(clause[max(0, start - 40):end]):
        return f"{clause[start:end]} summit" + (f" in {short_place}" if short_place else "")
    if TALKS_VERB.fullmatch(clause[start:end]):
        return capitalised(clause[start:end])
    name = _proper_name(clause, start, end)
    if name:
        return name
    convened = _CONVENED.match(clause, start)
    if convened:  # "asked their ministers to convene the Joint Trade Committee in Kuala Lumpur"
        body = convened.group("body")
        return body + (f" in {short_place}" if short_place and short_place not in body else "")
    if MEET_VERB.match(clause, start) and len(who) == 2 and all(p in people for p in who) and \
            not _CHAIRED_BY.search(clause, 0, start) and \
            not ((group := _MEETING_GROUP.search(clause[:start])) and group.group("body")):
        # not "The Commission, co-chaired by A and B, will meet", "the Council would convene
        # under the chairmanship of A": the body meets
        return f"Meeting of {who[0]} and {who[1]}" + (f" in {short_place}" if short_place else "")
    phrase = re.sub(r",?\s+(?:scheduled|planned|set|slated|due|expected)$", "",
                    _noun_phrase(clause, start, end, earlier))  # "(meeting …) scheduled for X"
    if kind == "talks" and (re.search(r"\b(?:conclude|complete|finali[sz]e|wrap up)\s+(?:the\s+)?$",
                                      clause[:start], re.I) or _TALKS_TO_END.match(clause, end)):
        phrase = f"conclusion of the {phrase}"  # "hope to conclude the talks before the summer",
        # "the talks, which began in March, are due to conclude by June"
    holders = find_parties(clause[:start]) if kind == "election" and not short_place else []
    if len(holders) == 1 and holders[0] not in phrase:  # "Kenya will hold parliamentary
        phrase += f" in {in_a_phrase(holders[0])}"  # elections": where they are held
    if short_place and short_place not in phrase and \
            word_count(f"{phrase} in {short_place}") <= MAX_WORDS:
        phrase += f" in {short_place}"
    return capitalised(phrase)


#: Those who chair a body, told in an aside between the body and its verb.
_CHAIRED_BY = re.compile(r",\s+(?:co-?)?chaired\s+by\s", re.I)
#: Goods as the subject of "arrive": "(The) first shipments of grain (will arrive)".
_SHIPMENT_ARRIVING = re.compile(
    r"(?:^|,\s+|\bthat\s+)(?P<what>(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:shipments?|"
    r"cargo(?:es)?|consignments?|deliver(?:y|ies)|convoys?|supplies|doses|vaccines|goods|grain|"
    r"gas|oil|fuel|fertili[sz]ers?|aid)(?:\s+of\s+(?!(?:will|would|is|are)\b)[\w-]+)?)\s+"
    r"(?:(?:is|are|will|would|should|could|may|might)\s+)?(?:(?:be\s+)?(?:due|expected|set|"
    r"scheduled|likely)\s+to\s+)?$", re.I)


def _goods_arriving(clause: str, start: int, end: int) -> re.Match | None:
    """The goods that are the subject of "arrive" at `start`:`end`, if goods arrive."""
    return _SHIPMENT_ARRIVING.search(clause, 0, start) \
        if re.match(r"arriv", clause[start:end], re.I) else None


#: Talks said to end by a time, after their noun: "(the talks) began in March and are due to
#: conclude (by June)".
_TALKS_TO_END = re.compile(r"[^;]{0,60}?\b(?:is|are)\s+(?:due|expected|set|scheduled|likely)\s+"
                           r"to\s+(?:conclude|end|close|wrap\s+up|be\s+(?:concluded|completed|"
                           r"wrapped\s+up))\b", re.I)
#: A body's sitting held or convened: "hold (the) (Joint Commission in Accra)".
_BODY_HELD = re.compile(rf"(?:hold|convene)\s+(?:the\s+)?(?:next\s+)?"
                        rf"(?P<body>(?:\d+(?:st|nd|rd|th)\s+)?(?:(?-i:[A-Z])[^,;]*?"
                        rf"(?:{'|'.join(SITTING_BODIES)})\b|(?-i:[A-Z]{{3,6}})(?=\s+(?:in|at)\s))"
                        r"[^,;]*)$")
#: A ceremony held to sign a text: "sign (the accord) at a ceremony", "a ceremony to sign (X)".
_CEREMONY_TO_SIGN = re.compile(r"\bsign\s+(?P<what>(?:the|a|an)\s+[^,;]+?)\s+at\s+(?:a|the)\s+"
                               r"ceremony\b|\bceremony\s+to\s+sign\s+(?P<what2>(?:the|a|an)\s+"
                               r"[^,;]+?)(?=\s+(?:in|on|at|next|this)\s|[,;.]|$)", re.I)
#: A first predicate joined by "and" to the one an act is named by: "(the contract) was close
#: to completion and would be (signed)".
_JOINED_PREDICATE = re.compile(r"\s+(?:is|are|was|were|has|have|had)\s+[^,;]*?\s+and\s+"
                               r"(?:(?:will|would|shall|could|can|may|might|should|must|is|are|"
                               r"was|were)\s+)*(?:(?:expected|due|set|likely)\s+(?:to\s+)?)?"
                               r"(?:be\s+|been\s+)?$")
#: What a matter waits on, not an event planned: "(…,) pending (domestic consultations)".
_AWAITED = re.compile(r"\b(?:pending|awaiting|subject\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                      re.I)
#: Whose visit it is, told by a possessive: "(preparing for) the inspection team's (visit)".
_VISIT_OWNER = re.compile(r"\b(?:the|a|an|its|their)\s+(?P<owner>(?:[\w-]+\s+){0,2}[\w-]+[’']s)"
                          r"\s+$")
#: A body convened, by its name: "convene the Bangladesh–Malaysia Joint Trade Committee".
_CONVENED = re.compile(r"(?:(?:re)?convene|co-?chair)\s+(?:the\s+)?"
                       r"(?:(?:next|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?"
                       r"(?P<body>[A-Z][\w’'–-]*(?:\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?"
                       r"[A-Z][\w’'–-]*)*)")
#: The verbs of `BODY_TO_DECIDE`, which alone may start its event.
_DECIDING_VERB = re.compile(r"consider|review|approve|discuss|take\s+up|decide\s+on", re.I)
#: What a vote at the polls decides, when the text says: "a referendum on the treaty".
_REFERENDUM = re.compile(r"\breferendum\s+(?:on|over)\s+[^,;.]+?(?=\s+(?:on|in|next|this)\s|"
                         r"[,;.]|$)", re.I)


def _proper_name(clause: str, start: int, end: int) -> str | None:
    """The capitalised name an event word belongs to: "the May 4-5 Leaders Summit on Oceans"."""
    word = clause[start:end]
    if not word[:1].isupper():
        return None
    lead: list[str] = []
    for token in reversed(clause[:start].split()):
        bare = token.strip("“”\"(")
        named = bare[:1].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)|COVID-19", bare)
        if not (named or (bare in NAME_LINKS and lead and lead[0][:1].isupper())):
            break
        lead.insert(0, bare)
        if token != bare:
            break
    while lead and (lead[0] in NAME_LINKS or _NOT_PLACE.fullmatch(lead[0].rstrip("’'s"))):
        lead.pop(0)
    tail: list[str] = []
    pending: list[str] = []
    for token in clause[end:].split()[:8]:
        bare = token.rstrip(",.;:”\")")
        if bare in NAME_LINKS and pending[-1:] != ["and"]:
            pending.append(bare)
        elif bare[:1].isupper() and not _NOT_PLACE.fullmatch(bare) and (pending or tail):
            tail += [*pending, bare]
            pending = []
        else:
            break
        if token != bare:
            break
    name = " ".join([*lead, word, *tail])
    return name if len(lead) + len(tail) and len(name.split()) <= 12 else None


#: A dash set between two names that together name one thing: "Central Asia – Russia".
_SPACED_DASH = re.compile(r"(?<=[A-Za-z])\s+[—–-]\s+(?=[A-Z])")


def _noun_phrase(clause: str, start: int, end: int, earlier: str = "") -> str:
    """The event word with the modifiers before it and an "of …" complement after it; a
    body's sitting ("its first meeting") is named for the body, which `earlier`, the text of
    the sentence before the clause, may name."""
    words = _SPACED_DASH.sub("–", clause[:start]).split()  # "the Central Asia – Russia (summit)"
    mods: list[str] = []
    for word in reversed(words[-3:]):
        if (re.fullmatch(r"[A-Z][\w’'.+–-]*|\d+(?:st|nd|rd|th)", word) and \
                not _NOT_MODIFIER.fullmatch(word)) or \
                re.fullmatch(r"(?!(?:today|tomorrow|yesterday|day|night|week|weekend|month|year)"
                             r"[’']s$)[a-z][\w-]*[’']s", word) or \
                (re.fullmatch(r"[a-z][\w-]*[’']?", word) and word not in NAME_LINKS and \
                not re.search(r"(?:ed|ly)$|^(?:will|would|shall|should|could|may|might|must|"
                              r"said|says|to|be|and|or|a|an|the|our|their|its|his|whose|still|also|"
                              r"then|they|we|he|she|it|when|while|where|once|if|as|"
                              r"successful|productive|fruitful|"
                              r"her|this|these|that|those|regular|hold|holding|"
                              r"convene|host|any|all|continue|resume|launch|establish|"
                              r"conclude|complete|finali[sz]e|wrap|intensify|accelerate|"
                              r"expedite|step|up|pursue|deepen|advance|enhance|expand|"
                              r"strengthen|speed|"
                              r"support|welcome|begin|start|conduct|"
                              r"in|at|on|after|before|for|with|by|from|during|following|amid|"
                              r"over|under|into|than|about)$", word)):
            mods.insert(0, word)
            continue
        break
    continued = re.search(r"\bcontinu\w*\s+(?:\w+\s+){0,2}$", clause[:start])
    word = clause[start:end]
    if re.fullmatch(r"meets?|(?:re)?convenes?|gather|co-?chair", word, re.I):
        word = "regular meetings" if re.match(r"\s+regularly", clause[end:]) else "meeting"
        mods = [m for m in mods if m.lower() not in ("next", "again", "first")]  # "will next
        # meet": how the verb goes, no modifier of a noun
        group = _MEETING_GROUP.search(clause[:start])
        margins = _ON_THE_MARGINS_OF.match(clause, end)
        if margins and not mods:  # "meet again on the margins of the ASEAN Post-Ministerial
            return f"{word} on the {margins.group('side')} of the {margins.group('event')}"
        counterpart = _MET_COUNTERPART.match(clause, end)
        if counterpart and not mods:  # "meet her Indonesian counterpart, Foreign Minister X,"
            return f"{word} with {counterpart.group('named') or counterpart.group('whose')}"
        met = _MET_WHOM.match(clause, end)
        if met and not mods:
            return f"{word} with {met.group(1)}"  # "he will meet with leaders of other countries"
        owner = None if group or mods else _owner_body(clause, start, subject=True)
        if owner:  # "The commission on trade, set up in 2019, is due to meet in May"
            return fit(f"{word} of the {owner}", first_clause=False)
        if group and not mods:
            named = group.group("group")
            if group.group("body") or named.lower().endswith((*_BODIES, "group")):
                remit = group.group("remit") or ""  # "The Council will meet": the Council's
                of = f" {group.group('of')}" if group.group("body") and group.group("of") else ""
                return f"{word} of the {named}{remit}{of}"  # "the Joint Working Group on labour",
                # "the Joint Commission of Cooperation"
            named = _as_common_noun(named) if not clause[:group.start()].strip() else named
            if re.match(r"(?:two|three|four)\s", named):
                named = f"the {named}"  # "The two leaders are due to meet"
            of = group.group("of")
            if of and (re.search(r"\s[A-Z]", of) or group.group("portfolio")):  # "foreign
                named = f"{named} {of}"  # ministers of the Baltic states", "ministers of trade"
            return f"{word} of {named}"
    owned = _OWNED_SITTING.search(clause[:start]) if _SITTING.fullmatch(word) and \
        all(_ORDINAL.fullmatch(m) for m in mods) and not _COMPLEMENT.match(clause, end) else None
    if owned and owned.group(0).lower().startswith("the") and not mods:
        owned = None  # "the meeting" may be any; "the next meeting" is one of a body's series
    owner = _owner_body(earlier + clause, len(earlier) + owned.start()) if owned else None
    if owner:  # "a working group on mining, which will hold its first meeting in May"
        return fit(f"{' '.join([*mods, word])} of the {owner}", first_clause=False)
    group = _GROUP_SUBJECT.match(clause) if word.lower() in ("meeting", "summit") and \
        not mods and re.search(r"\bat\s+(?:a|an|their)\s+$", clause[:start]) else None
    if group and not re.match(r"\s+(?:of|between|with)\b", clause[end:]):  # "Ministers will
        named = group.group("group")  # discuss it at a meeting"
        return f"{word} of {_as_common_noun(named) if group.start('group') == 0 else named}"
    phrase = " ".join([*mods, word])
    tail = re.match(r"\s+(of|on|between|with(?=\s+(?:the\s+)?[A-Z])|"
                    rf"by(?=\s+(?:the\s+)?(?!(?:{WEEKDAY_FULL}|{MONTH_FULL})\b)(?-i:[A-Z])|"
                    r"\s+the\s+(?:court|tribunal|panel|judges?|"
                    r"jury|arbitrators?|regulator)\b))\s+"
                    r"([\w’'.+–-]+(?:\s+[\w’'.+–-]+){0,6}?)(?=[,;]|(?<!\b[A-Z])\.|\s+(?:to|in|"
                    r"at|for|and(?!\s+[A-Z])|as|by|with|within|under|between|among|which|that|who|"
                    r"will|could|can|may|might|should|must|shall|"
                    r"would|is|are|was|were|has|have|had|he|she|they|we|it|I|before|after|"
                    r"until|while|"
                    r"next|this|later|today|tomorrow)\b|$|"  # "… on power trade (next month)"
                    r"(?<!\bof)(?<!\bon)(?<!\bfor)(?<!\bfrom)(?<!ing)\s+(?:the|a|an)\s)",
                    clause[end:])
    if tail and tail.group(1) == "of" and tail.group(2).split()[0] == "which":  # "a mechanism,
        owner = _owner_body(clause, start)  # the first meeting of which …": the body before
        return fit(f"{phrase} of the {owner}", first_clause=False) if owner else phrase
    if not tail or len(tail.group(2).split()) > 7:  # "the meeting of the Foreign Affairs Council
        tail = _NAMED_BODY_OF.match(clause, end)  # (of the European Union)": the body's name
    if tail and len(tail.group(2).split()) <= 7:
        complement = tail.group(2).strip().rstrip(".").split()
        other = re.match(r"\s+and\s+((?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)(?=[,;.]|\s+(?:to|"
                         r"in|at|for|and|as|by|with|which|that|who|will|would|is|are|was|were)\b|$)",
                         clause[end + tail.end():]) if tail.group(1) == "between" and \
            "and" not in complement else None
        if other:  # "a dialogue between X and the Y": both sides
            complement += ["and", *other.group(1).rstrip(".").split()]
        if complement[-1][:1].isupper() and re.match(r",\s+[A-Z]", clause[end + tail.end():]):
            # a name cut inside its own list ("… Commission on Economic, Trade and …"): its head
            inner = [i for i, w in enumerate(complement) if w in ("on", "of", "for", "and")]
            complement = complement[:inner[-1]] if inner else complement
        while len(complement) > 1 and ends_on_modifier(" ".join(complement)):
            complement = complement[:-1]  # "holders of diplomatic (and official passports)"
        while len(complement) > 1 and complement[-1].lower() in _OPEN_ENDS:
            complement = complement[:-1]
        phrase += f" {tail.group(1)} {' '.join(complement)}"
        paired = _PAIRED_ADJECTIVE.match(clause, end + tail.end()) \
            if re.fullmatch(r"[a-z]+", tail.group(2)) else None
        if paired:  # "meeting of foreign and defence ministers", not "meeting of foreign"
            phrase += f" and {paired.group(1)}"
    if continued and not mods:
        phrase = f"continued {phrase}"
    return undated(phrase)


#: The gathering a meeting is held beside, named after its verb: "(meet again) on the margins
#: of the ASEAN Post-Ministerial Conference".
_ON_THE_MARGINS_OF = re.compile(r"\s+(?:again\s+)?on\s+the\s+(?P<side>margins|sidelines)\s+of\s+"
                                r"(?:the\s+)?(?P<event>[A-Z][\w’'.–-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                                r"[A-Z0-9][\w’'.–-]*){1,7})")
#: Whom a meeting is with, named after its verb: "(meet) with leaders of other countries",
#: "(meet) Prime Minister Hiroyuki Tamura" (not "(meet) Monday").
_MET_WHOM = re.compile(rf"\s+(?:with\s+|(?=[A-Z])(?!(?:The|This|That|Next|{WEEKDAY_FULL}|"
                       rf"{MONTH_FULL})\b))((?:[\w’'.-]+\s+){{0,4}}?[\w’'.-]+)(?=\s+(?:on|in|at|"
                       r"to|for|during|next|this|from|before|after)\b|[,;.]|$)")
#: A body named in capitals after an event word, whose own "of …" follows: "(meeting) of the
#: Foreign Affairs Council (of the European Union)".
_NAMED_BODY_OF = re.compile(r"\s+(of)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)"
                            r"{0,5}?)(?=\s+of\s+the\s)")
#: A counterpart met, by name when one is set off after: "(meet) her Indonesian counterpart(,
#: Foreign Minister Arya Wicaksono,)".
_MET_COUNTERPART = re.compile(r"\s+(?:with\s+)?(?:his|her|their|its)\s+"
                              r"(?P<whose>(?:[A-Z][\w’'-]*\s+)?counterparts?)"
                              r"(?:,\s+(?P<named>[A-Z][^,;]{2,60}),)?")
#: Words that cannot end a complement: "(on an agreement exempting holders) of".
_OPEN_ENDS = frozenset({"of", "on", "for", "to", "the", "a", "an", "its", "their", "and", "or"})


def _as_common_noun(group: str) -> str:
    """A group opening a sentence as it reads mid-sentence: "Foreign ministers" → "foreign
    ministers"; "G7 leaders", "EU ministers" and "Caricom leaders" keep their capitals. A
    group after "The" is written as the text writes it ("The Nordic foreign ministers"), and
    so is one whose every word is capitalised ("Nordic Defence Ministers")."""
    words = group.split()
    common = len(words) == 1 or words[0] in TITLE_MODIFIERS or is_adjective(words[0].lower()) \
        or words[0].lower() in _GROUP_WORDS
    common = common and not (len(words) > 1 and all(w[0].isupper() for w in words))
    return group[0].lower() + group[1:] if re.match(r"[A-Z][a-z]", group) and common \
        else group  # "Caricom leaders", "Gulf ministers": a name, capitalised anywhere


#: Words that open a group without naming it: "Both leaders", "Two envoys", "Senior officials".
_GROUP_WORDS = frozenset({"both", "all", "two", "three", "four", "five", "several", "top",
                          "other", "some", "many", "their", "our", "the"})


_BODIES = ("board", "council", "committee", "commission", "assembly", "parliament",
           "authority")  # "The Authority (of Heads of State) will convene"
#: A body that sits, named with what it is for: "a bilateral working group on mining
#: governance", "the trilateral coordination committee of the railway", "the dialogue table".
_SITTING_BODY = re.compile(
    r"\b(?:the|a|an)\s+(?:(?:first|second|third|next|last|\d+(?:st|nd|rd|th))\s+)?"
    r"(?P<body>(?:(?!(?:the|a|an|or|to|of|its|their|which|that|will)\s|and\s+(?-i:[a-z]))"
    r"[\w’'.–-]+\s+){0,4}?"
    rf"(?:{'|'.join(_BODIES)}|group|forum|mechanism|panel|task\s+force|dialogue(?:\s+table)?)"
    r"(?:\s+(?:on|of|for)\s+(?:[\w’'–-]+\s+){0,7}?[\w’'–-]+)?)"
    r"(?=\s*[,;(]|\s+(?:which|that|who|will|would|shall|is|are|has|have|to|at|with|due|"
    r"(?-i:in\s+(?=[A-Z]))|and\s+(?:the|a|an)\s|and\s+[a-z]+\s+(?:to|the|a|an|forward|that|its|their)\b)|\s*$)",
    re.I)
#: A sitting the text gives to a body named before it: "its first meeting", "their next
#: session", "with the first meeting (to be held …)".
_OWNED_SITTING = re.compile(r"\b(?:its|their|whose|(?:with\s+)?the|with\s+a)\s+(?:[\w-]+\s+)?$",
                            re.I)  # "the Steering Committee, whose 17th meeting …"
#: Whose sitting it is, told after it: "(the next meeting) of ministers".
_COMPLEMENT = re.compile(r"\s+(?:of|between|with|for)\s", re.I)
_SITTING = re.compile(r"meeting|session|sitting", re.I)
_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|next|inaugural|annual|"
                      r"\d+(?:st|nd|rd|th)", re.I)
#: What may come between a body and "meet" when the body is the one meeting: an aside set off
#: by commas or a relative pronoun, then helping words ("The Board, set up in 2018, will meet",
#: "expects the Council, which brings together ministers, to meet", "the dialogue, which is
#: expected to convene").
_BODY_TO_MEET = re.compile(r"(?:\s*,[^,;]+,|,?\s+(?:which|that)|"
                           r"\s+at\s+(?:the\s+)?[\w’'-]+\s+level)?"  # "at ministerial level"
                           r"\s+(?:(?:will|would|shall|is|are|"
                           r"also|again|expected|due|set|scheduled|likely|to|then|first)\s+)*",
                           re.I)


def _owner_body(clause: str, start: int, subject: bool = False) -> str | None:
    """The body named last before `start` whose sitting the event is; with `subject`, only one
    whose verb the event word is ("The Board, set up in 2018, will meet")."""
    bodies = [m for m in _SITTING_BODY.finditer(clause, 0, start) if m.end() <= start and
              not _IN_A_MEMBERS_ASIDE.search(clause, 0, m.start())]
    if not bodies:
        return None
    body = bodies[-1]
    if subject and not _BODY_TO_MEET.fullmatch(clause, body.end(), start):
        return None
    return body.group("body")


#: An aside open up to a body it names as the members of another: "(The Steering Committee),
#: composed of representatives of (the Council of Europe Secretariat)".
_IN_A_MEMBERS_ASIDE = re.compile(r",\s+(?:composed|made\s+up|consisting|comprising)\b[^,;]*$")


#: A group of officials opening the sentence, who meet at "a meeting" the sentence names.
_GROUP_SUBJECT = re.compile(r"(?:The\s+)?(?P<group>(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+){0,2}"
                            r"(?i:ministers|leaders|officials|envoys|negotiators|delegations|"
                            r"diplomats))\s+(?:are|is|will|would|plan|hope|expect)\b")
#: The rest of "foreign and defence ministers" after "foreign".
_PAIRED_ADJECTIVE = re.compile(r"\s+and\s+([a-z]+\s+[a-z]+s)\b")


def _decision_label(clause: str, start: int, end: int) -> str:
    """A body's debate or vote ahead, by what it decides: "Parliament debate on the budget"."""
    word = clause[start:end]
    body = _LEGISLATURE.search(clause[:start])
    thing = _DECIDED.match(clause, end)
    label = f"{body.group(0).lower()} {word}" if body else word
    return capitalised(undated(f"{label} on {thing.group(1).strip()}" if thing else label))


#: What is debated or voted on: "on the treaty", "the pension bill".
_DECIDED = re.compile(
    r"\s+(?:on\s+|(?=(?:the|a|an)\s))((?:(?:the|a|an)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
    r"(?=[,;.]|\s+(?:in|on|at|by|"
    r"next|this|later|and|before|after|when|which|that|is|are|was|were|will|would|has|have|"
    r"had)\b|$)")
#: Who debates and votes: a legislature or its members.
_LEGISLATURE = re.compile(r"\b(?:parliament|senate|congress|assembly|legislature|lawmakers|"
                          r"MPs|deputies|council|cabinet|shareholders|member\s+states|members)\b",
                          re.I)


#: The group whose meeting it is: "their defence ministers will meet" → "defence ministers".
_MEETING_GROUP = re.compile(
    r"\b(?<![-–])(?P<group>(?P<body>(?:(?!The\s)[A-Z][\w–-]*\s+){1,4}"
    rf"(?:{'|'.join(SITTING_BODIES)})"
    r"(?:\s+on\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})?)|"
    r"(?:(?!(?i:the|their|our|its|his|her|that|these|those)\s)"
    r"(?:(?:(?<![\w,] )|(?<=\b[Tt]he )|(?<=\b[Oo]ur )|(?<=\b[Tt]heir ))[A-Z][\w-]+\s+"
    r"(?:[A-Z][\w-]+\s+)?|(?!(?:of|on|for|and|or|the|in|at|to|from|with)\s)[a-z][\w-]+\s+)){0,2}"
    r"(?i:ministers|leaders|officials|delegations|teams|negotiators|envoys|experts|diplomats|"
    r"secretaries|"
    r"presidents|chiefs|commanders|governors|heads of state|boards?|councils?|"
    r"(?:sub-?)?committees?|"
    r"commissions?|working groups?))"
    rf"(?P<remit>(?:{'|'.join(f'(?<=[{b[0]}{b[0].lower()}]{b[1:]})' for b in SITTING_BODIES)})"
    r"\s+on\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"(?:,?\s+(?:which|that)(?:\s+(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)?)?"
    r"\s+"
    r"(?:(?P<of>(?:of|between)\s+(?:the\s+)?(?:(?:(?:two|both|three|four|five|[A-Z][\w-]*)\s+){0,3}"
    r"(?:countries|sides|nations|governments|states|members|member\s+states)|"
    r"(?-i:[A-Z])[\w-]*(?:(?:,\s+|,?\s+and\s+)(?-i:[A-Z])[\w-]*){0,5}|"  # "of A, B and C",
    # "of the Quad"
    r"(?P<portfolio>(?:foreign\s+affairs|infrastructure|transport|trade|finance|defen[cs]e|"
    r"energy|health|agriculture|interior|justice|education|economy))))\s+)?"
    r"(?:will|would|shall|could|may|might|should|must|are to|plan to|agreed to|to|"
    r"(?:are|is)\s+(?:due|expected|set|scheduled|likely)\s+to)?\s*"
    r"(?:(?:also|again|still|then|now|first|next)\s+)?$")


#: An act told in this many words is its label as it stands; a longer one is cut to fit.
_SHORT_ACT = 6


#: What a deadline is about, as the subject of its clause: "(the) first shipment (is due …)".
_DEADLINE_SUBJECT = (rf"(?:^|\bthat\s+|{_SAID}|,\s+)"
                     r"(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+|[Aa]n?\s+)"
                     r"(?P<what>(?:[\w’'-]+\s+){0,4}?[a-z][\w’'-]*)\s+")
#: An act to be done to it by the deadline: "the study is to be completed (by …)".
_DONE_TO_BY = re.compile(rf"{_DEADLINE_SUBJECT}(?:(?:is|are)\s+(?:to|due\s+to|expected\s+to|"
                         r"set\s+to)|will|would|must|should|shall)\s+be\s+(?P<act>[a-z]+(?:\s+over)?)"
                         r"\s+$")
#: The same of things named without an article at the head of the clause: "Tenders for the
#: depot will be launched (by …)".
_BARE_DONE_TO_BY = re.compile(r"^(?P<what>(?-i:[A-Z])[a-z]+s(?:\s+[\w’'-]+){0,6}?)\s+"
                              r"(?:are\s+(?:to|due\s+to|expected\s+to|set\s+to)|will|must|should|"
                              r"shall)\s+be\s+(?P<act>[a-z]+)\s+$")
#: Help given to a named body to act, or an act asked of it: "support the Central Bank of Iraq
#: to wind down X", "instruct the Joint Commission (JC) to present a plan".
_HELPED_TO = re.compile(r"(?:support|help|assist|enable|encourage|allow|instruct|direct|task|"
                        r"request|mandate)\s+(?:the\s+)?"
                        r"(?P<doer>[A-Z][\w’'.-]*\s+(?:(?:[A-Z][\w’'.-]*|of|for|the)\s+){0,6})"
                        r"(?:\([A-Z]{2,8}\)\s+)?to\s+(?P<act>[a-z].*)$")
#: An act to be done to what was just named, by the deadline: "(launch) a joint study on X,
#: to be completed (within twelve months)", "(including) a joint review of X to be completed".
_REDUCED_DONE_TO = re.compile(r"(?P<what>[^,;]+),\s+to\s+be\s+(?P<act>[a-z]+(?:\s+over)?)\s+$|"
                              r"\b(?P<np>(?:a|an|the)\s+[^,;]{3,80}?)\s+to\s+be\s+"
                              r"(?P<np_act>[a-z]+)\s+$")
#: What is told of a subject between commas, a name in apposition included.
_ASIDE_AFTER_SUBJECT = re.compile(r",\s+(?:which\s|who\s|[a-z]+ed\s)[^,]+"
                                  r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?,")
#: The verbs of a measure's start or end: "(the pact will) take effect", "(the truce) expires".
_IN_FORCE_VERB = re.compile(r"(?:takes?|enters?|comes?|go(?:es)?|expires?)\b", re.I)
#: Itself due by the deadline: "the first shipment is due (by …)".
_DUE_BY = re.compile(rf"{_DEADLINE_SUBJECT}(?:is|are)\s+due\s+$")


#: One of several told before, by its place among them: "(the) first of which".
_ONE_OF_THEM = re.compile(r"(first|second|third|fourth|fifth|last|final|next)\s+of\s+"
                          r"(?:which|these|them)")
#: The plural noun a relative "of which" follows, in the singular: "(three) instalment(s,) the".
_PLURAL_BEFORE = re.compile(r"\b(?P<noun>[a-z]+[^s\W])s,\s+(?:the\s+)?$")
#: Examples set off by commas inside the act a deadline is for: ", including all Americans,".
_EXAMPLES_ASIDE = re.compile(r",\s+(?:including|such\s+as|notably|especially)\s+[^,;]+,\s+")


#: Where the subject of a deadline is, set off before its verb: "(a second checkpoint), near
#: the town of Isfara, (would open …)".
_PLACE_ASIDE = re.compile(r",\s+(?:near|in|at|on|along|outside|inside)\s+[^,;]{1,60},"
                          r"(?=\s+(?:will|would|shall|should|must|is|are)\s)")


def _deadline_label(clause: str, start: int, end: int, earlier: str = "") -> str:
    if re.match(r"(?:with effect|effective)\b", clause[start:end], re.I):
        what = re.search(r"(?:^|\bthat\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w’'-]+\s+){0,4}?"
                         r"[\w’'-]+)\s+(?:will\s+|would\s+)?(?:apply|applies|be\s+applied)\b",
                         clause[:start]) or \
            re.search(r"\b(?:the|its|their|a|an)\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
                      r"(?:,?\s+for\s+[^,;]{1,40}?)?,?\s*$", clause[:start])
        if not what:
            return "Entry into force"
        plural = re.search(r"[^su]s$", what.group(1).split(" of ")[0])  # "tariffs", "terms of …"
        return capitalised(f"{what.group(1)} {'take' if plural else 'takes'} effect")
    period = PERIOD_DEADLINE.search(clause)
    if period and period.start() == start:
        span = re.sub(r"^(?:for|within)\s+", "", period.group(0))
        return capitalised(f"end of {span}")
    given = re.match(r"until\s+[^,;.]{1,40}?\s+to\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=[,;.]|$)",
                     clause[start:])
    if given:
        who = re.search(r"\b(?:given|gave)\s+((?:[A-Z][\w’'-]*\s+){1,3})$", clause[:start]) or \
            re.search(r"((?:[A-Z][\w’'-]*\s+){1,3})(?:has|have|had|was|were)\s+(?:given\s+)?$",
                      clause[:start])  # "gave Tehran until …": Tehran is to act
        subject = who.group(1).strip() if who else "deadline"
        return capitalised(f"{subject} to {given.group(1)}")  # "Hamas to respond to the plan"
    named = re.match(r"deadline\s+(for|to)\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=\s+(?:is|was|"
                     r"will|expires?|falls?|passes|remains?|on|in|at|by)\b|[,;.]|$)",
                     clause[start:], re.I)
    if named:
        return f"Deadline {named.group(1)} {named.group(2)}"  # "the deadline for a response"
    before = _ASIDE_AFTER_SUBJECT.sub("", clause[:start])  # "The truce, which …,", "The
    # treaty, signed for 30 years,", "The truce, brokered by the U.N. envoy, Ramtane Lamamra,"
    before = _HOPED_BY.sub("", before)  # "(The government hopes) the law will"
    in_force = re.search(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+|^(?=[A-Z]{2}))"
                         r"((?:(?!(?:is|are|due|said|says|that)\s)[\w’'-]+\s+){0,3}?[\w’'-]+),?\s+"
                         r"(?P<link>(?:(?:is|are)\s+(?:due|expected|set|scheduled)\s+)?"
                         r"to|will|would|shall|that|which|could|may|might)\s+$", before)
    if in_force and _IN_FORCE_VERB.match(clause[start:end]):
        to = " to" if re.search(r"to|will|would|shall", in_force.group("link")) else \
            " could" if re.match(r"could|may|might", in_force.group("link")) else ""
        return capitalised(f"{in_force.group(1)}{to} {clause[start:end]}")  # "Pact to take effect"
    if re.fullmatch(r"(?:It|This|They)\s+(?:will|would|should|(?:is|are)\s+(?:due|expected|set)\s+"
                    r"to)\s+", clause[:start]) and \
            _IN_FORCE_VERB.match(clause[start:end]):
        return "Expiry" if re.match(r"expire", clause[start:end], re.I) else "Entry into force"
    told = re.search(r"(?:^|,\s+)(?:[Tt]he\s+|[Aa]n?\s+)?((?:[\w’'-]+\s+){1,4}?)"
                     r"(?:is|are|was|were)\s+"
                     r"(?:due|set|expected|scheduled)\s+to\s+$", before)
    if told and re.match(r"(?:expire|end|lapse|take effect)", clause[start:end], re.I):
        return capitalised(f"{told.group(1).strip()} to {clause[start:end]}")  # "Truce to expire"
    working = re.search(r"(?:^|,\s+|\b(?:that|said|says)\s+)"
                        r"(?:[Tt]he\s+|[Aa]n?\s+|[Ii]ts\s+|[Tt]heir\s+)?((?:[\w’'-]+\s+){1,4}?)"
                        r"(?:will|would|shall|should|must|(?:is|are)\s+"
                        r"(?:due|expected|set|scheduled)\s+to)\s+$", clause[:start])
    set_up = _SET_UP_THEN.search(clause, 0, start) if not working else None
    if set_up and re.search(r"operational$", clause[start:end]):  # "agreed to set up a task
        head = re.split(r"\s+(?:of|for|on|against|between|in|at|to|with)\s+", set_up.group("np"))[0]
        return capitalised(f"{head} to be operational")  # force …, to be operational by April"
    if working and re.search(r"operational$", clause[start:end]):  # "Border post to be operational"
        state = re.sub(r"^becomes\b", "become", clause[start:end])
        what = working.group(1).strip()
        relative = _RELATIVE_HEAD.search(clause, 0, start) if what == "which" else None
        if relative:  # "a hotline between the agencies, which is expected to be operational"
            head = _head_noun_phrase(relative.group("np"))
            what = _ARTICLE.sub("", re.split(r"\s+(?:on|for|with|between|in|at|from|to)\s+",
                                             head)[0])
        return capitalised(f"{what} to {state}")
    lead = _PLACE_ASIDE.sub("", _EXAMPLES_ASIDE.sub(" ", clause[:start]))  # "must release all
    # hostages(, including all Americans,) by Saturday", "a second checkpoint(, near the town of
    # Isfara,) would open"
    set_off = _OBJECT_AFTER_ASIDE.match(clause, end) if lead.endswith(", ") else None
    if set_off:  # "to award(, by 30 June,) the contract": the act is told on past the date
        lead = f"{lead[:-2]} {set_off.group('object')} "
    told_after = _OBJECT_AFTER_PERIOD.match(clause, end) \
        if re.search(r"\bto\s+[a-z]+\s+$", lead) else None
    if told_after:  # "to present (within 60 days) a plan for X"
        lead = f"{lead}{told_after.group('what')} "
    modal = re.search(r"\b(?:will|would|shall|should|must)\s+((?:(?!(?:will|would|shall|should|"
                      r"must)\s)(?:\d[\d,]*|[\w’'$€£%.-]+)\s+){1,14}?)$", lead)  # "would
    # recruit 1,500 nurses (by …)"; "will draw up X and must submit Y (by …)": submit Y
    action = modal or re.search(r"\bto\s+((?:(?:\d[\d,]*|[\w’'$€£%.–-]+)\s+){1,14}?)$", lead)
    done_to = _DONE_TO_BY.search(clause, 0, start)
    if done_to and done_to.group("act") in NOUN_OF_ACT:  # "the study is to be completed by …"
        return capitalised(f"{NOUN_OF_ACT[done_to.group('act')]} of the {done_to.group('what')}")
    bare = _BARE_DONE_TO_BY.search(clause, 0, start)
    if bare and bare.group("act") in NOUN_OF_ACT:  # "Launch of tenders for the depot"
        what = bare.group("what")
        return fit(f"{NOUN_OF_ACT[bare.group('act')]} of {what[0].lower()}{what[1:]}")
    reduced = _REDUCED_DONE_TO.search(clause, 0, start)
    what = re.split(r"\b(?:to|will|would|shall)\s+[a-z]+\s+",
                    reduced.group("what") or reduced.group("np"))[-1] if reduced else ""
    act = (reduced.group("act") or reduced.group("np_act")) if reduced else ""
    if act in NOUN_OF_ACT and _ARTICLE.match(what):
        return fit(f"{NOUN_OF_ACT[act]} of the {_ARTICLE.sub('', what)}")
    due = _DUE_BY.search(clause, 0, start)
    if due:  # "the first shipment is due by the end of May"
        what = due.group("what")
        one_of = _ONE_OF_THEM.fullmatch(what)
        many = _PLURAL_BEFORE.search(clause, 0, due.start("what")) if one_of else None
        if many:  # "in three instalments, the first of which is due by" → "First instalment due"
            what = f"{one_of.group(1)} {many.group('noun')}"
        return capitalised(f"{what} due")
    if action:
        subject = re.search(r"(?:^|,\s+|\b(?:that|said|says)\s+)"
                            r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
                            r"((?:(?!(?:that|said|says)\s)[\w’'-]+\s+){0,10}[a-z][\w’'-]*)\s+$",
                            lead[:modal.start()]) if modal else None  # "(The Minister said) the
        # government (would …)", "Under the memorandum, a joint office (will be set up …)": who or
        # what is to act, not who said it
        head = re.split(r"\s+(?:on|for|with|between|in|at|from)\s+", subject.group(1))[0] \
            if subject else ""  # "the memorandum of understanding on the recruitment of …"
        named = re.search(r"(?:^|\bthat\s+)((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})"
                          r"\s+$", lead[:modal.start()]) if modal and not head else None
        if named and find_parties(named.group(1), capital_as_state=True):
            head = named.group(1)  # "(said) that Hamas must release …" → "Hamas to release …"
        if not head and not modal:  # "the Security Council is expected to renew …"
            expected = re.search(r"(?:^|\bthat\s+)(?:[Tt]he\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                                 r"\s+(?:is|are)\s+(?:expected|due|set|scheduled)\s+to\s+",
                                 clause[:start])
            head = expected.group(1) if expected else ""
        who = f"{head} to" if head and len(head.split()) <= 5 else "deadline to"
        act = re.sub(r"\s+(?:before|after|until|when|once|if)\s+(?:it|they|this|that)$", "",
                     action.group(1).strip())  # "renew the mandate before it (expires)"
        act = re.split(r",?\s+and\s+to\s+", act)[-1]  # "cut X and to publish Y by June": Y
        act = pronoun_named(act, f"{earlier} {lead[:action.start()]}")  # "… the negotiations on X,
        # and instructed negotiators to conclude them": conclude the negotiations
        gerund = re.match(r"[a-z]+ing\b", act) if not modal else None
        if gerund:  # "committed to completing the border post" → "complete the border post"
            act = base_form(gerund.group(0)) + act[gerund.end():]
        sitting = _BODY_HELD.match(act)
        if sitting:  # "agreed to hold the Joint Commission in Accra before the end of 2028": the
            return fit(sitting.group("body"))  # body's sitting is the event
        helped = _HELPED_TO.match(act)
        if helped:  # "support the Central Bank of Iraq to wind down X": the bank's act
            who, act = f"{helped.group('doer').strip()} to", helped.group("act")
        label = f"{who} {act}"  # "The system should start …"
        return fit(label) if len(act.split()) > _SHORT_ACT else capitalised(label)
    subject = re.search(r"(?:^|,\s+|\s(?=(?:when|once|as|after)\s))(?:(?:when|once|as|after)\s+)?"
                        r"(?:[Tt]he\s+|[Aa]n?\s+)?"
                        r"((?:[\w’'-]+\s+){1,5}?)$", clause[:start])
    relative = _RELATIVE_HEAD.search(clause, 0, start) if subject and \
        subject.group(1).strip().lower() == "which" else None
    if relative and re.match(r"expire", clause[start:end], re.I):  # "the 1973 accord, which
        head = _head_noun_phrase(relative.group("np"))  # expires on July 27"
        return fit(f"expiry of {head}")
    if subject and _IN_FORCE_VERB.search(clause[start:end]):
        return capitalised(f"{subject.group(1).strip()} {clause[start:end]}")  # "Truce expires"
    return "Deadline"


#: What was set up, before a reduced clause that says when it is to work: "(agreed to set up) a
#: joint task force of police and customs(, to be operational by 1 April)".
_SET_UP_THEN = re.compile(r"\b(?:set\s+up|establish|create|launch|form|open)\s+(?:a|an|the)\s+"
                          r"(?P<np>[^;]+?),\s+to\s+$")
#: What an act is done to, told after the time given for it: "(present within) 60 days (a plan
#: for X)".
_OBJECT_AFTER_PERIOD = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|years)\b,?\s+"
                                  r"(?P<what>(?:an?|the)\s+[^,;.]+)")
#: What an act a deadline is set off inside of is done to, told after the date: "(to award,
#: by 30 June 2028,) the contract for X".
_OBJECT_AFTER_ASIDE = re.compile(r"\s+[^,;]{3,40}?,\s+(?P<object>[^,;]+?)"
                                 r"(?=(?<=[a-z\d])[.!?]\s*$|[,;]|$)")  # not the full stop


def _split_visits(event: dict, clause: str) -> list[dict]:
    """"Visits by A and B" are one visit each."""
    if event["kind"] != "visit" or len(event["who"]) < 2 or \
            not re.search(r"\bvisits\s+(?:by|of)\b", clause):
        return [event]
    return [with_visitor(event, person) for person in event["who"]]


def with_visitor(event: dict, person: str) -> dict:
    """The visit `event` made by `person`: "Visit to Amman" → "Jane Roe visit to Amman"."""
    where = f" to {event['where'].split(',')[0]}" if event["where"] else ""
    return {**event, "who": [person], "what": capitalised(f"{person} visit{where}")}


def _told_before(items: list[dict], item: dict) -> int | None:
    """Where in `items` the same event is: same kind, date, place and people — or, for a
    visit told of twice, the same visitors with the date or place left out once (in one
    sentence, the date)."""
    def same(a: dict, b: dict) -> bool:
        if a["what"].lower() == b["what"].lower() and (a["when"] == b["when"] or (
                None in (a["when"], b["when"]) and _same_place(a["where"], b["where"]))):
            return True  # "the NATO Summit in Ankara on July 7-8", then "will host the NATO
            # Summit in Ankara": one summit
        twice = a["kind"] in _TOLD_TWICE and a["evidence"] != b["evidence"]
        if a["kind"] != b["kind"] or (a["who"] != b["who"] and not (
                twice and (_counterpart_named(a["who"], b["who"]) or
                           not (a["who"] and b["who"])))):
            return False  # "the inspection team's visit in November", its visitor named before
        if a["evidence"] == b["evidence"]:
            words, other_words = _own_words(a), _own_words(b)
            if words and other_words and words.isdisjoint(other_words):
                return False  # "the Arville Summit and the Brel Summit in 2027": two, by name
        if a["when"] == b["when"] and a["where"] == b["where"]:
            return bool(a["when"]) or a["evidence"] == b["evidence"]
        if twice and None in (a["when"], b["when"]) and _same_place(a["where"], b["where"]):
            return True
        if a["kind"] in _TOLD_TWICE and None in (a["when"], b["when"]) and \
                a["where"] == b["where"] and a["evidence"] == b["evidence"]:
            return True  # "invited X to visit Y, and the visit could take place in May"
        if a["evidence"] != b["evidence"] and (a["when"] is None) != (b["when"] is None):
            loose, full = (a, b) if a["when"] is None else (b, a)
            if not loose["where"] and words_of_label(loose["what"]) <= words_of_label(full["what"]):
                return True  # "ahead of the Summit", then "the NATO Summit … on 7 and 8 July"
        return a["evidence"] != b["evidence"] and _within(a["when"], b["when"]) and \
            None in (a["where"], b["where"]) and bool(_own_words(a) & _own_words(b))
    return next((index for index, told in enumerate(items) if same(told, item)), None)


def told_below(heading_event: dict, events: list[dict]) -> bool:
    """Whether an event a section heading announces ("Summit in Brussels next month") is one
    the text tells again below it, with its day ("… at an EU-UK summit in Brussels on July 13")."""
    return any(other is not heading_event and other["kind"] == heading_event["kind"] and
               other["evidence"] != heading_event["evidence"] and
               _within(heading_event["when"], other["when"]) and
               _same_place(heading_event["where"], other["where"]) and
               bool(_own_words(heading_event) & _own_words(other)) for other in events)


def _counterpart_named(one: list[str], other: list[str]) -> bool:
    """Whether one visit's visitor is "his Malaysian counterpart" and the other's a person:
    the invitation, then its acceptance by name."""
    return len(one) == len(other) == 1 and (one[0].endswith("counterpart") or
                                            other[0].endswith("counterpart"))


def _same_place(one: str | None, other: str | None) -> bool:
    """One place, or one held in the other ("Bangladesh", "Dhaka, Bangladesh"), or one untold."""
    if one is None or other is None:
        return True
    parts, other_parts = ({p.strip() for p in place.split(",")} for place in (one, other))
    return parts <= other_parts or other_parts <= parts


def _within(one: str | None, other: str | None) -> bool:
    """Whether one date holds the other: "2027-06" holds "2027-06-10/2027-06-11"."""
    return bool(one and other) and (one.startswith(other) or other.startswith(one))


#: Words any event of a kind may have, which tell none apart.
_EVENT_WORDS = frozenset({"talks", "meeting", "meetings", "visit", "state", "summit", "conference",
                          "round", "next", "new", "session", "dialogue", "negotiations",
                          "consultations", "discussions", "forum", "deadline", "ministers",
                          "foreign", "leaders", "call", "continued", "further", "month", "week"})


def _own_words(event: dict) -> set[str]:
    """The words that tell one event from another of its kind: "lithium" of "Lithium talks";
    not words any event may hold ("a first joint exercise", "carry out a joint survey")."""
    return content_words(event["what"]) - _EVENT_WORDS - _ANY_EVENT_WORDS


_ANY_EVENT_WORDS = frozenset({"joint", "first", "second", "third", "new", "next", "further",
                              "annual", "regular", "bilateral", "hold", "carry", "out", "off",
                              "conduct", "take", "place"})


def _more_precise(event: dict, told: dict) -> bool:
    """Whether `event` says more of the same event than `told`: a closer date, or a place."""
    closer, known = event["when"] or "", told["when"] or ""
    return (closer != known and closer.startswith(known)) or \
        (event["where"] is not None and told["where"] is None)


_TOLD_TWICE = ("visit", "state-visit")
