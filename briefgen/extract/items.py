"""Agreements and open issues (and, through `events`, upcoming events) by sentence.

Each rule is a cue (a verb or noun that political-event coders use: pledge, agree, sign,
visit, host, concern, warn, dispute …) read in its clause. A sentence that lists several
commitments or issues ("to resume soybean purchases and to address precursor exports";
"tensions over export controls and rare-earth supply chains") gives one item per clause, and
every item keeps the whole sentence as its evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefgen.extract import dates
from briefgen.extract.clauses import (
    LEAD_ADVERBIAL,
    commitment_head,
    commitment_parties,
    split_clauses,
)
from briefgen.extract.events import add_events
from briefgen.extract.labels import agreement_label, fit, issue_label
from briefgen.extract.names import find_parties
from briefgen.extract.topics import cue_topics

_AGREEMENT = re.compile(
    r"\b(?:agreed|agree(?:s)? (?:to|on)|accords?\b|pledge[sd]?|pledging|"
    r"(?:re)?commit(?:s|ted)?\b|commitment to \w+ing|"
    r"commitments? of [\w’'. -]{1,60}? to (?!the\b|an?\b|its\b|their\b|our\b|his\b|her\b)"
    r"[a-z]+\b|"
    r"(?:truce|cease-?fire|armistice|deal|treaty|accord)s? (?:\w+ )?(?:was |were |has been )?"
    r"(?:negotiated|agreed|reached|signed|struck|brokered|concluded)|"
    r"(?:reached|struck|brokered|concluded|negotiated|announced) (?:a|an|the) (?:[\w-]+ ){0,3}"
    r"(?:truce|cease-?fire|armistice|deal|treaty|accord)|"
    r"signed|signing|sign(?:s)? (?:a|an|the)|memorand(?:um|a) of understanding|MOU\b|"
    r"(?:reached|concluded|struck|finali[sz]ed) (?:a|an|the) (?:\w+ )?(?:agreement|deal|"
    r"accord|framework)|resolved to|decided to|redouble|intensify|"
    r"instructed (?:their|our) (?:teams|ministers|officials) to|"
    r"plans? to (?:invest|provide|build|launch)|announce(?:d|ment) of \$|intends? to|"
    r"will (?:\(i\) |continue to |also |immediately |jointly |further )?"
    r"(?:establish|launch|eliminate|reduce|remove|"
    r"negotiate|provide|suspend|modify|lift|ban|join|create|expand|increase|invest|"
    r"cooperate|work|finali[sz]e|implement|open|resume|end|withdraw|release|address|adopt|"
    r"support|strengthen|deepen|promote|facilitate|develop|hold|purchase|buy|pay|allow|accept|"
    r"memoriali[sz]e|retain|grant|recogni[sz]e|conduct|deploy|fund|train|share|sell|import|"
    r"export|supply|procure|resume|restore|designate|dedicate|contribute)|"
    r"exploring|to explore|welcomed the (?:launch|signing|conclusion|establishment|"
    r"agreement)|launched|established|announced (?:a|an|the) (?:new )?(?:partnership|"
    r"initiative|agreement|deal|plan|fund|program))",
    re.I,
)
_NOT_AGREEMENT = re.compile(
    r"\b(?:disagree\w*|applaud\w*|congratulat\w*|prais\w*|thank\w*|commend\w*|"
    r"(?:emphasi[sz]ed|underscored|stressed|exemplified)\b[^.;]*\bcommitment|"
    r"remains? committed|may be|"
    r"(?:expected|due|set|scheduled|plan(?:s|ned)?|hopes?|hoped|aim(?:s|ed)?) to "
    r"(?:sign|agree|conclude|finali[sz]e|adopt)|"
    r"(?:no|not|never|without|failed to|refused to|did not|didn't) "
    r"(?:an? )?(?:agree\w*|deal|sign\w*|commit\w*))",
    re.I,
)
#: A commitment the parties share, however it is introduced ("affirmed their joint commitment").
_SHARED_COMMITMENT = re.compile(
    r"\b(?:(?:their|our|joint|shared|mutual|unwavering|common) (?:\w+ )?commitments? to|"
    r"keenness to|readiness to|ready to work|willingness (?:and commitment )?(?:of [\w. ]+ )?to|"
    r"(?:welcomed|reviewed) (?:and \w+ )?(?:ongoing )?(?:efforts|progress))\b", re.I)
#: A lead-in ("… the following commercial deals:") whose list items are agreements.
_AGREEMENT_LEAD_IN = re.compile(r"\b(?:deals|agreements|commitments|commit to|will|"
                                r"include|following)\b[^:]*:$", re.I)
_ISSUE = re.compile(
    r"\b(?:(?<!mutual )(?<!shared )(?<!common )concerns?\b|concerned|tensions?|disputes?|"
    r"disputed|disagree\w*|unresolved|"
    r"differences|warn(?:ed|s|ing)?\b|condemn\w*|criticiz\w*|criticis\w*|accus\w*|"
    r"protests?\b|conflicts?\b|(?<!-)war\b|violat\w*|aggression|coercion|coercive|not yet|has yet|"
    r"have yet|yet to|remains? (?:unclear|open)|unanswered|unfair|destabiliz\w*|"
    r"provocat\w*|blockade|situation in|oppos(?:e|es|ed|ing|ition)\b|"
    r"(?:did not|didn't|refused to|failed to|declined to) (?:commit|agree|sign|accept|endorse)|"
    r"(?:crisis|violence|fighting) (?:in|over|on)\b)",
    re.I,
)
#: Issue cues that also describe what an agreement addresses: an issue only outside one.
_WEAK_ISSUE = re.compile(
    r"\b(?:threaten\w*|sanctions?\b|stressed|urged|called (?:on|for)|"
    r"pressed\b|demand\w*|raised (?:the|concerns?|issues?|questions?|objections?)\b|"
    r"rejected|refused|tariffs? (?:on|against)|"
    r"export controls|barriers?\b)",
    re.I,
)
_ISSUE_OBJECT = re.compile(
    r"\b(?:tensions?|concerns?|disputes?|differences|disagreements?)\s+"
    r"(?:(?:remain|remained|persist|persisted|continue|continued|linger)\s+)?"
    r"(?:between [^,.;]{3,60}? )?(?:over|about|on|"
    r"regarding|concerning|with)\s+(?P<objects>[^.;:]+)", re.I)
@dataclass
class Draft:
    """The items found in an article, ready to be written as a briefing."""

    agreements: list[dict] = field(default_factory=list)
    open_issues: list[dict] = field(default_factory=list)
    upcoming: list[dict] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)


def extract_items(paragraphs: list[list[str]], reference: dt.date, people: list[str],
                  main_parties: list[str]) -> Draft:
    """Items from paragraphs of sentences; list items after an agreement lead-in are agreements."""
    draft = Draft()
    listing = False
    for sentences in paragraphs:
        listed = listing and len(sentences) == 1
        listing = bool(sentences) and (
            listed or _is_lead_in(sentences[-1]))
        for sentence in sentences:
            _sentence_items(draft, sentence, reference, people, main_parties, listed)
    return draft


def _is_lead_in(sentence: str) -> bool:
    """A sentence whose list items are agreements — not a request ("urged them to: …")."""
    return bool(_AGREEMENT_LEAD_IN.search(sentence)) and not _REQUEST.search(sentence)


#: A request or demand made of someone: its list items are not commitments.
_REQUEST = re.compile(r"\b(?:urg(?:ed|es|ing)|call(?:ed|s)? (?:on|upon)|ask(?:ed|s)|"
                      r"encourag(?:ed|es)|request(?:ed|s)|press(?:ed|es))\b", re.I)


def _sentence_items(draft: Draft, sentence: str, reference: dt.date, people: list[str],
                    main_parties: list[str], listed: bool) -> None:
    if listed:
        draft.agreements.append({"what": agreement_label(_after_colon(sentence), sentence),
                                 "status": "agreed",
                                 "parties": _parties(sentence, main_parties),
                                 "evidence": sentence})
    groups = split_clauses(sentence)
    if not listed and not sentence.endswith(":"):
        for pieces in groups:
            agreement = _is_agreement(" and ".join(pieces))
            if agreement:
                _agreements(draft, sentence, pieces, main_parties, reference)
            _issues(draft, sentence, pieces, main_parties, agreement)
    add_events(draft.upcoming, draft.unsure, sentence, reference, people, main_parties)


def _parties(text: str, main_parties: list[str]) -> list[str]:
    parties = find_parties(text, capital_as_state=True)
    if re.search(r"\b(?:two|both) (?:leaders|sides|countries|presidents|governments|nations)|"
                 r"\bthe (?:leaders|parties|sides)\b|\bbilateral\b", text, re.I):
        parties += [p for p in main_parties if p not in parties]
    if len(parties) < 2 and main_parties:
        parties += [p for p in main_parties[:2] if p not in parties]
    return sorted(parties[:4])


def _agreements(draft: Draft, sentence: str, pieces: list[str], main_parties: list[str],
                reference: dt.date) -> None:
    """One agreement per coordinated piece of a clause that has an agreement cue."""
    clause = " and ".join(pieces)
    if _is_background(clause, reference) or _ACHIEVED.search(clause):
        return
    head = commitment_head(_after_colon(pieces[0]))
    for piece in pieces:
        if len(pieces) > 1 and not _is_agreement(piece) and not piece.startswith("to "):
            continue  # a coordinated clause of its own, without a commitment in it
        if piece.startswith("to ") and head:
            piece = head + piece[3:]
        what = agreement_label(_after_colon(piece), sentence)
        if len(re.findall(r"[A-Za-z]{2,}", what)) < 2:
            continue
        draft.agreements.append({
            "what": what,
            "parties": commitment_parties(piece, main_parties) or _parties(piece, main_parties),
            "status": _status(clause),
            "evidence": sentence,
        })


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_STRONG_AGREEMENT = re.compile(r"\b(?:agreed|pledged|signed|committed|commits?)\b", re.I)


def _is_agreement(clause: str) -> bool:
    """A commitment made — not praise for one, a quotation, or a dispute about a deal."""
    clause = _QUOTED.sub("", clause)
    if re.search(r"\b(?:applaud|congratulat|prais|thank|commend|welcom(?:ed|es) the "
                 r"(?:agreement|deal|truce))\w*", clause, re.I):
        return False
    if _SHARED_COMMITMENT.search(clause):
        return True
    cue = _AGREEMENT.search(clause)
    if not cue or _NOT_AGREEMENT.search(clause):
        return False
    about_a_deal = re.search(r"truce|cease-?fire|armistice|deal|treaty|accord", cue.group(0), re.I)
    return not (about_a_deal and _ISSUE.search(clause) and not _STRONG_AGREEMENT.search(clause))


def _after_colon(clause: str) -> str:
    """What follows a heading ("Trade: Peru will …"), not a list the clause leads into
    ("… barriers, including by: (1) …")."""
    if ":" not in clause[:80] or _LIST_LEAD.search(clause.split(":", 1)[0]):
        return clause
    return clause.split(":", 1)[1]


_LIST_LEAD = re.compile(r"\b(?:including|include|includes|such as|namely|as follows|following)"
                        r"(?:\s+by)?\s*$", re.I)


def _status(clause: str) -> str:
    lower = clause.lower()
    if re.search(r"\bsigned\b|\bsigning\b", lower):
        return "signed"
    if re.search(r"explor|consider|discuss|propos", lower):
        return "exploring" if "explor" in lower else "proposed"
    if re.search(r"pledg|promis|commit|will\b", lower):
        return "pledged"
    return "agreed"


def _issues(draft: Draft, sentence: str, pieces: list[str], main_parties: list[str],
            agreement: bool) -> None:
    """One open issue per topic: each object of "tensions over A and B", each cued piece.

    Weak cues ("barriers", "sanctions") count only outside an agreement (`agreement`).
    """
    for piece in pieces:
        cued = cue_topics(piece, strong_only=agreement)
        if not cued and (_ACHIEVED.search(piece) or (not _ISSUE.search(piece) and
                         (agreement or not _WEAK_ISSUE.search(piece)))):
            continue
        objects = _ISSUE_OBJECT.search(piece)
        topics = cued
        if objects and not topics:
            topics = _object_topics(objects.group("objects"))
        if not topics:
            topics = _war_topics(piece)
        if not topics and re.search(r"\b(?:wars?|conflicts?)\b", piece, re.I) and \
                not _ISSUE.search(re.sub(r"\b(?:wars?|conflicts?)\b", "", piece, flags=re.I)):
            continue  # "suffering from conflict": no named conflict, no issue
        if not topics:
            topic = _topic(piece)
            topics = [topic] if topic else []
        for topic in topics:
            topic = _without_dates(re.sub(r"^(?:the|a|an)\s+", "", topic, flags=re.I))
            if re.fullmatch(r"[a-z][\w-]*", topic):
                continue  # one common noun ("the incident") names no issue a reader can follow
            topic = issue_label(topic, sentence)
            if not topic:
                continue
            if any(_same_topic(i["topic"], topic) for i in draft.open_issues):
                continue
            draft.open_issues.append({
                "topic": topic,
                "what": fit(LEAD_ADVERBIAL.sub("", piece), limit=18, first_clause=False),
                "parties": _parties(piece, main_parties),
                "evidence": sentence,
            })


_WAR = re.compile(
    r"(?:(?:[A-Z][\w’'-]+’s(?: [a-z-]+(?<!ing)){0,2}|the) )?"
    r"(?:war|conflict|crisis|fighting|violence|situation) "
    r"(?:in|on|over|between|against) (?:the )?(?:(?:eastern|western|northern|southern|central) )?"
    r"[A-Z][\w-]+(?: (?:of the |of |and )?[A-Z][\w-]+\b(?![’']))*"
    r"|(?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)* (?:war|conflict|crisis)\b")


def _war_topics(clause: str) -> list[str]:
    """Each named war or conflict: "Russia’s war in Ukraine", "the conflict in eastern DRC"."""
    return [m.group(0) for m in _WAR.finditer(clause)
            if not re.match(r"(?:The|A|An|This|That)\s+(?:war|conflict)", m.group(0))
            or re.search(r" (?:in|on|against) ", m.group(0))]


def _without_dates(text: str) -> str:
    """"a briefing next week" → "a briefing": the date is not part of what the issue is."""
    for start, _, _ in reversed(dates.find_expressions(text)):
        text = re.sub(r"\s+(?:on|in|by|at|from|since)$", "", text[:start].rstrip(" ,"))
    return text.strip()


def _object_topics(objects: str) -> list[str]:
    """"export controls and rare-earth supply chains" → two topics; a longer phrase stays one."""
    objects = re.split(r",?\s+(?:which|who|that|as well as|because|while)\b|,\s+and\s+(?=[A-Z])",
                       objects)[0]
    pieces = [p.strip() for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", objects)
              if p.strip()]
    short = all(len(p.split()) <= 5 for p in pieces)
    pronoun = any(re.match(r"(?:its|their|his|her|our|this|these|those|it)\b", p, re.I)
                  for p in pieces) or bool(re.match(r"(?:the|a|an|\w+['’]s)\s", pieces[0]))
    if len(pieces) > 1 and short and not pronoun:
        return pieces
    return [objects.strip()] if re.search(r"[A-Za-z]{3}", objects) else []


_TOPIC_NOISE = {"the", "a", "an", "of", "in", "on", "over", "war", "conflict", "crisis",
                "situation", "issue", "issues"}


def _same_topic(one: str, other: str) -> bool:
    """"War in Ukraine" and "Ukraine conflict" are one topic; so are "Taiwan" and "taiwan"."""
    a, b = ({w for w in re.findall(r"\w+", t.lower()) if w not in _TOPIC_NOISE}
            for t in (one, other))
    return bool(a and b) and (a <= b or b <= a)


_GENERIC_WORDS = {"the", "a", "an", "issue", "issues", "matter", "matters", "situation", "it",
                  "this", "that", "remain", "remains", "remained", "questions", "problems",
                  "concerns", "been", "be", "scheduled", "is", "are", "was", "were", "still"}


def _topic(clause: str) -> str | None:
    """The subject of an issue: what follows its cue, or a name there ("raised the issue")."""
    cue = _ISSUE.search(clause) or _WEAK_ISSUE.search(clause)
    if cue and re.match(r"(?:not yet|has yet|have yet|yet to)", cue.group(0), re.I):
        before = re.split(r"\b(?:that|said|says|reiterated|noted)\b", clause[:cue.start()])[-1]
        subject = " ".join(before.split()[-5:]).strip(" ,")
        if subject and not _is_generic(subject):
            return subject
    rest = clause[cue.end():].strip(" ,") if cue else ""
    rest = re.split(r",| (?:which|that|who|while|though|because)\b", rest)[0]
    rest = re.sub(r"^(?:about|over|on|of|to|for|that|with|the issue of)\s+", "", rest,
                  flags=re.I)
    if cue and re.match(r"(?:when|while|if|because|after|before|since|whenever)\b", rest, re.I):
        rest = f"{cue.group(0)} {rest}"  # "faced barriers when …": the barriers are the issue
    if rest and not _is_generic(rest) and len(rest.split()) <= 14 and \
            re.search(r"[A-Za-z]{4}", rest):
        if len(re.sub(r"^(?:the|a|an) ", "", rest).split()) == 1 and rest[:1].islower():
            return clause  # "criticised the deal": who criticised says more than "deal"
        return rest
    if rest and not _is_generic(rest) and re.search(r"[A-Za-z]{4}", rest):
        return rest
    named = re.findall(r"\b[A-Z][a-z]{3,}\b", clause[cue.end():] if cue else clause)
    return named[0] if named else None


def _is_generic(text: str) -> bool:
    return all(w in _GENERIC_WORDS for w in re.findall(r"[a-z]+", text.lower()))


#: A record of what was already done ("has ended eight wars", "since 2021 the U.S. has
#: provided …"): background to the text, not a commitment made in it.
_ACHIEVED = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:ended|brokered|secured|delivered|achieved|provided|"
    r"invested|built|created|made|taken|negotiated|helped|led|restored|unveiled|banned|"
    r"dismantled|neutrali[sz]ed|eliminated|reduced|cut|saved|returned|withdrawn|won|"
    r"already)\b|\bsince (?:\d{4}|day one|taking office|the start)\b|"
    r"\b(?:over|in) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)\b|\balready\b",
    re.I)


def _is_background(clause: str, reference: dt.date) -> bool:
    """An agreement dated years before the report ("signed on July 16, 1996") is history."""
    years = [int(v[:4]) for _, _, t in dates.find_expressions(clause)
             if (v := dates.normalize(t, reference, clause))]
    return bool(years) and max(years) < reference.year - 1
