"""One-line labels a reviewer keeps: an agreement as verb + object, an issue as a noun phrase.

A label is at most 15 words, never clipped with "…", and not the evidence sentence again:
it is cut where a phrase ends (before a relative clause, "including …", "in order to", a
prepositional phrase) rather than after a count of words.
"""

from __future__ import annotations

import re

from briefgen.extract.names import find_parties

MAX_WORDS = 15
#: A label that repeats this share of its sentence's content words is the sentence again.
MAX_COPIED = 0.8

#: Where a clause stops saying what was agreed and starts saying why, how or what else.
_CLAUSE_END = re.compile(
    r"\s*[;:(—]\s*|\s+[–-]\s+(?=[a-z])|,?\s+(?:which|who|whose|whereby|so that|so as to|"
    r"in order to|while|whereas|because|as well as|including|such as|especially|"
    r"particularly|notably|"
    r"in line with|consistent with|in accordance with|based on|building on|thereby|"
    r"with the (?:aim|goal|objective|purpose) of|resulting in|ensuring|unlocking|"
    r"so (?:we|they|that)|and (?:thereby|so))\b|,\s+(?=(?:to|by|and|but|as|with|in|for)\s)")
#: Prepositions and conjunctions a phrase may be cut before, strongest first.
_PHRASE_CUTS = (
    r",\s+",
    r"\s+(?:\w+ed\s+)?(?:to|in|for|through|with|by|on|from|under|across|at|against|among|"
    r"between|during|"
    r"within|toward|towards|via|into|over|after|before|beyond|throughout|and|or|that|than)\s+",
    r"\s+of\s+",
)
_DANGLING = re.compile(r"(?:\s+(?:and|or|the|a|an|of|to|in|for|with|by|on|its|their|our|"
                       r"his|her|as|that|including|,))+$|[\s,;:.—–-]+$", re.I)
_FUNCTION_WORDS = ("a an the of to in on for and or with by at from as is are was were be been "
                   "its it "
                   "this that their his her over into about after before between both two u s us")
_STOP = frozenset(_FUNCTION_WORDS.split())


def content_words(text: str) -> set[str]:
    """The words that carry meaning (three letters or more, no function words)."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return {w for w in words if w not in _STOP and len(w) > 2}


def copies(label: str, evidence: str) -> bool:
    """Whether `label` repeats most of the content words of its evidence sentence."""
    source = content_words(evidence)
    return bool(source) and len(content_words(label) & source) / len(source) >= MAX_COPIED


def fit(text: str, evidence: str = "", limit: int = MAX_WORDS) -> str:
    """`text` cut at the last phrase boundary that leaves at most `limit` words.

    The first clause is kept (what follows "which", "including", "in order to" … goes); then
    trailing prepositional phrases go one by one until the label fits and no longer copies
    most of `evidence`. Only a phrase with no boundary left is cut at `limit` words.
    """
    text = _tidy(_CLAUSE_END.split(text.strip(" ,;:—–-"), maxsplit=1)[0])
    if _fits(text, evidence, limit):
        return _capital(text)
    for cut in _PHRASE_CUTS:
        starts = [m.start() for m in re.finditer(cut, text)]
        for start in reversed(starts):
            shorter = _tidy(text[:start])
            if len(shorter.split()) >= 3 and _fits(shorter, evidence, limit):
                return _capital(shorter)
    return _capital(_tidy(" ".join(text.split()[:limit])))


def _fits(text: str, evidence: str, limit: int) -> bool:
    return len(text.split()) <= limit and not (evidence and copies(text, evidence))


def _tidy(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _DANGLING.sub("", text.strip())
    return re.sub(r"^(?:and|but|or|also|then|that|to)\s+", "", text, flags=re.I)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


#: What an agent commits to, after its cue: "pledged to …", "will …", "commitment to …".
_COMMITMENT = re.compile(
    r"\b(?:(?:re)?commit(?:s|ted)?|(?:is|are|was|were|remain|remains) committed|agree[sd]?|"
    r"pledge[sd]?|pledging|resolved|decided|vowed|promised|undertook|intends?|intended|"
    r"plans?|planned|aims?|aimed|seeks?|sought|expressed (?:their|our|his|her) (?:\w+ )?"
    r"(?:intent|intention|desire|readiness|willingness)|"
    r"(?:instructed|directed|tasked|asked|encouraged|urged) [\w’' -]{1,60}?|"
    r"(?:commitments?|pledges?|plans?|intention|intent|determination|readiness|willingness|"
    r"keenness|decision|resolve|efforts?|announcement|agreement|desire)"
    r"(?: and (?:\w+ ){1,2})?(?: of [\w’'. -]{1,60}?)?)\s+(?:to|on)\s+(?P<rest>\S.*)"
    r"|\b(?:will|shall)\s+(?:also\s+|further\s+|now\s+|jointly\s+|immediately\s+|\([ivx]+\)\s+)*"
    r"(?P<will>\S.*)"
    r"|\b(?:is|are) (?:also )?(?P<exploring>exploring\s.*)", re.I)
#: "welcomed the launch of X" → "Launch X": the noun that names the act, and its verb.
_ACT_NOUNS = {"launch": "launch", "establishment": "establish", "signing": "sign",
              "conclusion": "conclude", "creation": "create", "adoption": "adopt",
              "expansion": "expand", "opening": "open", "formation": "form",
              "inauguration": "inaugurate", "finalization": "finalize",
              "implementation": "implement"}
_ACT = re.compile(r"\b(?:welcom\w+|announc\w+|celebrat\w+|noted|hailed)\s+(?:the\s+)?"
                  r"(?:(?:recent|formal|official|successful)\s+)?(?P<noun>"
                  + "|".join(_ACT_NOUNS) + r")\s+of\s+(?P<rest>\S.*)", re.I)
#: A deal or act named by its verb in the past: "signed a memorandum on …".
_DONE = re.compile(r"\b(?P<verb>signed|launched|established|created|concluded|finali[sz]ed|"
                   r"reached|struck|announced|unveiled|adopted|endorsed|approved)\s+"
                   r"(?P<rest>(?:a|an|the|two|three|several|new|bilateral|joint)\b.*)", re.I)
_PAST_TO_BASE = {"signed": "sign", "launched": "launch", "established": "establish",
                 "created": "create", "concluded": "conclude", "finalized": "finalize",
                 "finalised": "finalise", "reached": "reach", "struck": "strike",
                 "announced": "announce", "unveiled": "unveil", "adopted": "adopt",
                 "endorsed": "endorse", "approved": "approve"}
#: Subjects that stand for all parties: a label for them needs no "X to".
_COLLECTIVE = re.compile(r"\b(?:both|two|leaders|sides|parties|countries|nations|governments|"
                         r"we|they|ministers|delegations|partners|and)\b", re.I)
#: "Similarly, …", "As part of that effort, …", "In the months ahead, …": not the agent.
_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:\w+ly|Today|Together|Meanwhile|Moreover|Furthermore|Also|Lastly|Likewise|"
    r"Separately|Yesterday|Thus|Therefore|Accordingly|(?:As|In|On|At|For|With|Under|Through|"
    r"During|After|Following|To|Over|Since|Given|Building|Beyond)\b[\w’' -]{0,60}),\s+)+")


def agreement_label(clause: str, evidence: str = "") -> str:
    """A commitment as verb + object: "Establish a working group on energy", "Japan to invest …"."""
    clause = _ENUMERATOR.sub("", _QUOTE_MARKS.sub("", clause)).strip()
    agent, cue, rest = _commitment(clause)
    if rest and len(content_words(rest)) >= 2:
        party = _single_party(agent)
        if not _starts_with_verb(rest):
            return fit(f"{cue} to {rest}" if cue else rest, evidence)
        first = rest.split()[0]
        if first.lower().endswith("ing"):
            rest = base_form(first) + rest[len(first):]
        return fit(f"{party} to {rest}" if party else rest, evidence)
    return fit(_LEAD_ADVERBIAL.sub("", clause), evidence)


_QUOTE_MARKS = re.compile(r"[“”\"]")
_ENUMERATOR = re.compile(r"\((?:[ivx]+|[a-z]|\d+)\)\s*")
_DETERMINERS = re.compile(r"(?:the|a|an|its|their|our|his|her|this|these|those|all|any|each|"
                          r"every|such|both|further|increased|greater|new|more|shared|joint|"
                          r"mutual|common|continued|strong|close|closer|deeper|enhanced|"
                          r"\w+(?:al|ic|ive|ous|ful)|\w+’s|\w+'s)$", re.I)


def _starts_with_verb(rest: str) -> bool:
    """"establish a group" reads as a verb phrase; "the denuclearization of X" does not."""
    first = rest.split()[0]
    return first[:1].islower() and first[:1].isalpha() and not _DETERMINERS.match(first)


def commitment_head(clause: str) -> str:
    """The words up to what is committed to ("China pledged to "), or "" without a cue."""
    found = _COMMITMENT.search(clause)
    if not found or not found.group("rest"):
        return ""
    return clause[:found.start("rest")]


def _commitment(clause: str) -> tuple[str, str, str | None]:
    """The agent (words before the cue), the cue as a label word, and what is committed to.

    The first cue in the clause counts: "announced a deal that will provide …" is the deal.
    """
    found = [m for m in (_COMMITMENT.search(clause), _ACT.search(clause), _DONE.search(clause))
             if m]
    if not found:
        return clause, "", None
    first = min(found, key=lambda m: m.start())
    agent = clause[:first.start()]
    if first.re is _ACT:
        return agent, "", f"{_ACT_NOUNS[first.group('noun').lower()]} {first.group('rest')}"
    if first.re is _DONE:
        verb = _PAST_TO_BASE.get(first.group("verb").lower(), first.group("verb"))
        return agent, "", f"{verb} {first.group('rest')}"
    rest = first.group("rest") or first.group("will") or first.group("exploring")
    return agent, _cue_word(first.group(0)[:len(first.group(0)) - len(rest)]), rest


def _cue_word(cue: str) -> str:
    """The word a noun-phrase object follows: "recommitted to X" → "Recommit to X"."""
    if re.search(r"\bcommitments?\b", cue, re.I):
        return "Commitment"
    if re.search(r"\b(?:re)?commit", cue, re.I):
        return "Recommit" if re.search(r"\brecommit", cue, re.I) else "Commit"
    if re.search(r"\bpledge", cue, re.I):
        return "Pledge"
    if re.search(r"\bagree", cue, re.I):
        return "Agree" if cue.rstrip().endswith("to") else ""
    return ""


def _single_party(agent: str) -> str | None:
    """The one state that acts ("Indonesia will …"), or None for a joint or unnamed agent."""
    agent = _LEAD_ADVERBIAL.sub("", agent.strip())
    if not agent or len(agent.split()) > 8 or _COLLECTIVE.search(agent):
        return None
    parties = find_parties(agent)
    return parties[0] if len(parties) == 1 else None


#: Verb stems that keep a final "e" before "-ing" ("ensur" + "e"), by their ending.
_E_STEM = re.compile(r"(?:[^aeiou](?:at|it|ut|ot|id|in|iv|ov|uc|ur|ir|ar|os|ak|ag)|"
                     r"[aeiou]?(?:nc|rc|ang|eng|rv|lv|ev|iz|is|ys|bl|pl|dl|tl|gl|kl|ac|ic|ud|ag)|"
                     r"[^aeiou]u|^us|^tak|^mak|(?:pl|st|gn|sc)or)$")
_NOT_E_STEM = {"combat", "visit", "limit", "exhibit", "credit", "edit", "deposit", "audit",
               "benefit", "profit", "focus", "bring", "bless", "ring", "sing", "swing", "cling",
               "fling", "sting", "spring", "string", "wing", "happen", "open", "begin", "join",
               "maintain", "contain", "obtain", "attain", "sustain", "retain", "explain",
               "remain", "train", "gain", "claim", "boycott", "pilot", "target", "market",
               "budget", "plan", "spin"}
_IRREGULAR = {"being": "be", "having": "have", "doing": "do", "dying": "die", "lying": "lie",
              "tying": "tie", "seeing": "see", "agreeing": "agree", "guaranteeing": "guarantee"}


def base_form(gerund: str) -> str:
    """The base form of an "-ing" verb: "ensuring" → "ensure", "getting" → "get"."""
    lower = gerund.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    stem = lower[:-3]
    if stem in _NOT_E_STEM:
        base = stem
    elif len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        base = stem[:-1]
    elif stem.endswith("y") or stem.endswith("ee"):
        base = stem
    elif _E_STEM.search(stem):
        base = stem + "e"
    else:
        base = stem
    return base if gerund[:1].islower() else base.capitalize()


#: What precedes the topic of an issue and is not part of it.
_ISSUE_LEAD = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:importance|need|necessity|significance|imperative)\s+of\s+|"
    r"(?:maintaining|ensuring|upholding|preserving|promoting|addressing|resolving|ending|"
    r"securing|protecting)\s+)+", re.I)


def issue_label(phrase: str, evidence: str = "", limit: int = 12) -> str:
    """An issue as a noun phrase: "the importance of maintaining peace in X" → "Peace in X"."""
    phrase = _QUOTE_MARKS.sub("", phrase).strip(" ,;:.")
    phrase = _ISSUE_LEAD.sub("", phrase)
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    return fit(phrase, evidence, limit)
