"""A clause read as a commitment: who acts, the cue, and what they commit to.

"The leaders pledged to open a consulate" → agent "The leaders", cue "pledged to",
act "open a consulate". Cues are the verbs and nouns of CAMEO's cooperation classes
(express intent to cooperate, sign formal agreement, …): agree, pledge, commit, intend,
will, decide, launch, establish, sign, welcome the signing of … The agent decides the
parties: "Indonesia will …" is Indonesia's commitment, "the two leaders agreed" both sides'.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefgen.extract.dates.vocabulary import MONTH_FULL, WEEKDAY_FULL
from briefgen.extract.label_words import ends_on_modifier
from briefgen.extract.literal_gate import LiteralGated
from briefgen.extract.names import PLACE_NAME, find_parties


@dataclass(frozen=True)
class Commitment:
    agent: str  # the words before the cue, as written
    cue: str    # "pledged to", "will", "welcomed the launch of"
    act: str    # what is committed to, from its verb ("open a consulate …")
    reported: bool = False  # the agent is the one a speaker says would act ("said India would")


#: A speaker reporting what a party will do: "Rao said (that) India would …", "Liang told
#: Sonoda that China would …".
REPORTED = (r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+press|lawmakers|parliament|"
            r"legislators|(?:(?:his|her|their|the)\s+)?[\w’'-]+(?=\s+that\b))|"
            r"announced|added|confirmed|agreed|decided)\s+"
            r"(?:(?:after|at|following|during|in)\s+(?:[\w’'-]+\s+){1,4}?that\s+|that\s+)?")
#: How many texts, in words or figures: "(signed) four (agreements)", "(exchanged) 12 …".
COUNT = (r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+|various|multiple|"
         r"a\s+(?:number|series|range|set)\s+of)")
#: An amount of money as news writes it: "$5 million", "US$ 300 million", "€2bn", "RM2 million".
MONEY = (r"(?:(?:US|NZ|A|C)?\$\s?|€|£|¥|(?:USD|EUR|GBP|RM|Rs\.?|NOK|SEK|CHF)\s?)\d|"
         r"\d[\d.,]*\s+(?:(?:million|billion|trillion)\s+)?(?:euros?|dollars?|yen|pounds?|yuan|"
         r"rupees?|won|francs?|rand|naira|shillings?|ringgit|rupiah|pesos?|reais|dirhams?|riyals?)"
         r"\b")
#: Money or goods given, named after the verb that gives them: "(confirmed a) donation of 5,000
#: tons", "(extended) RM2 million", "(announced a) credit line of US$ 300 million".
GIVEN = (r"(?P<given>(?:(?:[\w-]+\s+){1,3}?(?:of|worth)\s+)?(?:(?:additional|new|further|"
         r"more\s+than|nearly|over|approximately|about|around|almost|up\s+to|some)\s+)*"
         rf"{MONEY}|(?:[\w-]+\s+){{0,2}}?(?:donation|grant|loan|"
         r"credit\s+line|contribution)\s+of\b)")
#: What a deal does to a measure, in the present tense: "(the agreement) cuts (tariffs on …)".
_DEAL_TERM_BASE = {"cuts": "cut", "removes": "remove", "eliminates": "eliminate", "lowers": "lower",
                   "reduces": "reduce", "scraps": "scrap", "lifts": "lift", "caps": "cap",
                   "abolishes": "abolish", "allows": "allow", "grants": "grant", "gives": "give",
                   "exempts": "exempt", "guarantees": "guarantee", "establishes": "establish",
                   "creates": "create", "sets out": "set out", "lays out": "lay out",
                   "raises": "raise", "increases": "increase", "doubles": "double",
                   "extends": "extend", "expands": "expand", "assigns": "assign"}
DEAL_TERM_VERB = "(?:" + "|".join(verb.replace(" ", r"\s+") for verb in _DEAL_TERM_BASE) + ")"
#: An aside between a deal and what it does: ", worth $2 billion,", or how it came about, which
#: may run longer: ", signed by the energy ministers in the presence of the Prime Minister,".
DEAL_ASIDE = r",\s+(?:(?:signed|reached|concluded|brokered)\b[^,;]{1,160}|[^,;]{1,60}),"
#: Restating one's own stance: "reaffirmed their support for …", "reiterated Norway's (support
#: for …)", "assured him of Malaysia's (continued support for …)".
RESTATED = (r"\b(?:(?:re)?affirm(?:ed|s)?|reiterat(?:ed|es)|"
            r"assured\s+(?:him|her|them|(?-i:[A-Z])[\w-]*)\s+of)\s+"
            r"(?:their|his|her|our|its|(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}"
            r"[’']s)\s+")
#: What an agent commits to, after its cue: "pledged to …", "will …", "commitment to …".
_COMMITMENT = re.compile(
    r"\b(?:(?:re)?commit(?:s|ted)?(?: (?:themselves|ourselves|itself|both sides|the (?:two )?"
    r"(?:sides|parties|countries|signatories)))?|"
    r"(?:is|are|was|were|remain|remains) committed|agree[sd]?|agreeing|"
    r"pledge[sd]?|pledging|resolve[sd]|decide[sd]|vow(?:ed|s|ing)|promis(?:ed|es|ing)|undertook|"
    r"undertakes?|"
    r"intends?|intended|"
    r"(?:is|are|was|were|stands?|stood)\s+(?:also\s+)?(?:ready|willing)|"
    r"plans?|planned|aims?|aimed|seeks?|sought|(?<!\bis )(?<!\bare )expect(?:s|ed)?|"
    r"expressed (?:their|our|his|her) (?:\w+ )?"
    r"(?:intent|intention|desire|readiness|willingness)|"
    r"(?:instructed|directed|tasked|asked|encouraged|urged|mandated|charged|requests|invites|obliges|"
    r"obligates|requires|binds|(?:(?<=\bwe )|(?<=\band ))(?:instruct|direct|task|mandate)) "
    r"[\w’' -]{1,100}?|"
    r"(?:commitments?|pledges?|plans?|intention|intent|determination|readiness|willingness|"
    r"keenness|decision|resolve|efforts?|announcement|(?-i:agreement)|desire)"
    r"(?: and (?:\w+ ){1,2})?(?: (?:of|by) [\w’'. -]{1,60}?)?)"
    rf"(?:\s+(?:on\s+|late\s+|early\s+)?(?:{WEEKDAY_FULL}|today|yesterday)\b,?|"
    r"\s+here\b|"  # "agreed here (on Wednesday) to": where the dateline is
    r"\s+in\s+principle|"
    r"\s+(?:(?:on|by|over)\s+the\s+(?:tele)?phone|by\s+(?:tele)?phone)|"  # "agreed on the
    # telephone (on Monday) to …": how, not what
    r",\s+(?:together|along|jointly|in\s+(?:close\s+)?(?:cooperation|coordination|consultation|"
    r"partnership))\s+with\s+[^,;]{1,60},|"
    r",\s+(?:according\s+to\s+[^,;]{1,50}?|[^,;]{1,40}?\s+(?:said|says|added|told\s+[\w’'.-]+))"
    r",(?=\s+to\s)|"
    r",\s+(?:after|following|during|in|at|on|for|with|without|under|despite|amid|through|by)\s+"
    r"[^,;]{1,50}?,(?=\s+to\s)|"
    rf"\s+(?:in|at)\s+{PLACE_NAME}|"
    r"(?<=agreed)\s+with\s+(?:the\s+)?(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})){0,2}"
    r"\s+(?:to|on)\s+(?P<rest>\S.*)"
    r"|(?<!which )(?<!that )(?<!who )\b(?:will|shall|(?:is|are)\s+to(?=\s+[a-z]+\s))\s+"
    r"(?:also\s+|further\s+|now\s+|jointly\s+|immediately\s+|\([ivx]+\)\s+)*"
    r"(?P<will>\S.*)"
    r"|\bagreed\s+that\s+(?P<done>(?:the|a|an|their|its|both)\s+[^,;]{3,120}?\s+)"
    r"(?:should|will|would|must|shall)\s+(?P<be>be\s+[a-z]+ed\b.*)"
    r"|\b(?:is|are) (?:also )?(?P<exploring>exploring\s.*)"
    r"|\b(?:tasked|entrusted)\s+(?:(?:the|their|its|our|both|a|an)\s+)?(?:[\w’'-]+\s+){0,7}?"
    r"with\s+"
    r"(?P<tasked>[a-z]+ing\s.*)"
    r"|\b(?:agreement|consensus|understanding|deal)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:reached|struck|found)\s+(?:on\s+|(?=to\s+[a-z]+\s))(?P<reached>\S.*)"
    r"|\bprovides?\s+for\s+(?P<provides>\S.*)"
    r"|\b(?:agreement|deal|accord|pact|treaty|arrangement|memorandum|protocol|package)"
    rf"(?:{DEAL_ASIDE})?\s+(?:also\s+)?"
    rf"(?P<term>{DEAL_TERM_VERB})\s+(?P<terms_of>\S.*)"
    r"|\b(?:agreement|deal|accord|pact|treaty|arrangement|memorandum|protocol|package)"
    rf"(?:{DEAL_ASIDE})?\s+(?:(?:that\s+|which\s+)?(?:will|would)\s+see|"
    r"(?P<bound>commits|obliges|binds))\s+"
    r"(?P<seen>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2}|(?:the\s+)?(?:two\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:companies|firms|sides|countries|governments))\s+"
    r"(?(bound)to\s+(?!(?:a|an|the|its|their|this|these)\s))(?P<sees>(?-i:[a-z])+\s.*)"
    r"|\b(?:(?:calls?|called)\s+for|envisag(?:es|ed)|foresees|"
    r"gave\s+(?:the\s+|its\s+|their\s+)?(?:green\s+light|go-ahead)\s+(?:to|for)|"
    r"set\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:target|goal)\s+of)\s+(?P<terms>\S.*)"
    rf"|{REPORTED}(?P<reported>(?:[\w’'.-]+\s+){{1,4}}?)would\s+(?:also\s+)?(?P<would>\S.*)"
    rf"|{RESTATED}(?P<support>(?:\w+\s+){{0,2}}support\s+for\s+\S.*)", re.I)
#: "welcomed the launch of X" → "Launch X": a noun that names an act, and its verb.
ACT_OF_NOUN = {"launch": "launch", "establishment": "establish", "signing": "sign",
               "conclusion": "conclude", "creation": "create", "adoption": "adopt",
               "expansion": "expand", "opening": "open", "formation": "form",
               "inauguration": "inaugurate", "finalization": "finalize",
               "implementation": "implement", "announcement": "announce", "setting up": "set up",
               "deployment": "deploy", "extension": "extend", "renewal": "renew"}
#: The acts a body approves by naming them: "approved the establishment of X".
APPROVED_ACT_NOUNS = (r"establishment|creation|formation|launch|signing|opening|setting\s+up|"
                      r"deployment|extension|renewal")
#: The acts a welcome names by their noun.
_ACT_NOUNS = ("launch", "establishment", "signing", "conclusion", "creation", "adoption",
              "expansion", "opening", "formation", "inauguration", "finalization",
              "implementation", "announcement")
_ACT = re.compile(r"\b(?:welcom\w+|announc\w+|celebrat\w+|noted|hailed|witness\w*)\s+(?:the\s+)?"
                  r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:’s|'s|’|')\s+)?"
                  r"(?:(?:recent|formal|official|successful)\s+)?(?P<noun>"
                  + "|".join(_ACT_NOUNS) + r")\s+of\s+(?P<rest>\S.*)", re.I)
#: A deal or act named by its verb in the past ("signed a memorandum on …"), and the verb's
#: base form for the label.
_PAST_TO_BASE = {"signed": "sign", "launched": "launch", "established": "establish",
                 "created": "create", "concluded": "conclude", "finalized": "finalize",
                 "finalised": "finalise", "reached": "reach", "struck": "strike",
                 "announced": "announce", "unveiled": "unveil", "adopted": "adopt",
                 "endorsed": "endorse", "approved": "approve", "inked": "sign",
                 "sealed": "seal", "clinched": "clinch", "initialled": "initial",
                 "hammered out": "reach", "thrashed out": "reach",
                 "initialed": "initial", "pledged": "pledge",
                 "promised": "promise", "set up": "set up", "accepted": "accept",
                 "upgraded": "upgrade", "renewed": "renew", "extended": "extend",
                 "restored": "restore", "normalized": "normalize", "normalised": "normalise",
                 "lifted": "lift", "eased": "ease", "waived": "waive", "exchanged": "exchange",
                 "swapped": "swap", "secured": "secure", "signed off on": "approve",
                 "completed": "complete", "closed": "close"}
_DONE = re.compile(rf"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?P<verb>{'|'.join(_PAST_TO_BASE)})\s+"
                   r"(?:only\s+)?(?!(?:a|an|one|two|three|\d+)\s+(?:days?|weeks?|months?|years?|"
                   r"decades?)\s+(?:later|earlier|ago|before|after)\b)"
                   rf"(?:(?:on\s+(?:{WEEKDAY_FULL})(?:\s+\(\d{{1,2}}\))?|today|yesterday),?\s+|"
                   rf"in\s+(?!(?:{MONTH_FULL})\b)(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){{0,2}}"
                   r",?\s+(?=(?:a|an|the)\s))?"
                   rf"(?P<rest>(?:a|an|the|{COUNT}|new|bilateral|joint|their|its|"
                   r"diplomatic|sanctions|agreement|consensus)\b.*|"
                   rf"(?:more than |nearly |over |about |some |up to )?(?:{MONEY}|\d).*|"
                   r"(?-i:(?:[a-z-]+\s+)?[a-z]+s|memorand(?:a|ums)(?:\s+of\s+understanding)?)\s+"
                   r"(?:worth|for|on|with|to)\b.*)",
                   re.I)
#: What an agreement reached is on or does: "(reached) a broad understanding on (the border)",
#: "(reached) an agreement to (resume flights)".
_REACHED_ON = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:agreement|consensus|understanding|"
                         r"deal)\s+(?:(?:on|over)\s+(?P<what>the\s+\S.*)|"
                         r"to\s+(?!(?:the|a|an|its|their)\b)(?P<act>(?-i:[a-z]+)\s+\S.*))", re.I)
#: Subjects that stand for all parties ("the two leaders", "both sides", "we").
COLLECTIVE = re.compile(r"\b(?:both|two|leaders|sides|parties|countries|nations|governments|"
                         r"we|they|ministers|delegations|partners|and)\b", re.I)
#: The number of one of a spokesperson's announcements: "First, ", "Finally, ".
NUMBERED = r"(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Next),\s+"
#: "Similarly, …", "As part of that effort, …", "Guided by …, ": a lead-in, not the agent.
LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:\w+ly|[A-Z]\w+(?:ed|ing)\b[\w’' -]{0,80}|Today|Together|Meanwhile|Moreover|"
    r"Furthermore|Further|Additionally|Also|Lastly|Likewise|"
    r"Separately|Yesterday|Thus|Therefore|Accordingly|(?:As|In|On|At|For|With|Under|Through|"
    r"During|After|Following|To|Over|Since|Given|Building|Beyond|If|Once|When|Unless|Although|"
    r"While|Because)\b[\w’' -]{0,90}|"
    r"(?<=, )(?:after|following|during|in|on|as)\b[\w’' -]{0,90}),\s+)+")


#: The act and past-tense deal cues, run only on clauses holding a piece of text they need.
_ACT_CUE = LiteralGated(_ACT)
_DONE_CUE = LiteralGated(_DONE)


@functools.lru_cache(maxsize=32)  # a clause's label and its parties both read its commitment
def read_commitment(clause: str) -> Commitment | None:
    """The first commitment of `clause`, or None.

    The first cue counts: "announced a deal that will provide …" is the deal.
    """
    lead = LEAD_ADVERBIAL.match(clause)
    found = _cues(clause, lead.end() if lead else 0) or _cues(clause, 0)
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    agent = clause[:first.start()]
    if first.re is _ACT:
        return Commitment(agent, first.group(0)[:first.start("rest") - first.start()],
                          f"{ACT_OF_NOUN[first.group('noun').lower()]} {first.group('rest')}")
    if first.re is _DONE:
        verb = _PAST_TO_BASE.get(first.group("verb").lower(), first.group("verb"))
        reached = _REACHED_ON.match(first.group("rest"))
        if reached and verb in ("reach", "strike"):  # "reached an understanding on X": X
            return Commitment(agent, first.group(0)[:reached.end() + len(first.group("verb"))],
                              reached.group("what") or reached.group("act"))
        return Commitment(agent, first.group("verb"), f"{verb} {first.group('rest')}")
    if first.re is _COMMITMENT and first.group("done"):  # "agreed that the MoU should be signed"
        act = f"{first.group('done')}to {first.group('be')}"
        return Commitment(agent, first.group(0)[:first.start("done") - first.start()].strip(),
                          act)
    if first.re is _COMMITMENT and first.group("sees"):  # "a deal that will see China finance X",
        # "the accord commits Ethiopia to release X"
        return Commitment(first.group("seen"), "will see", first.group("sees"))
    if first.re is _COMMITMENT and first.group("term"):  # "The deal, signed in May, removes X"
        return Commitment(agent, first.group(0)[:first.start("terms_of") - first.start()].strip(),
                          f"{_DEAL_TERM_BASE[' '.join(first.group('term').lower().split())]} "
                          f"{first.group('terms_of')}")
    act = (first.group("rest") or first.group("will") or first.group("exploring")
           or first.group("would") or first.group("support") or first.group("provides")
           or first.group("terms") or first.group("reached") or first.group("tasked"))
    reported = bool(first.group("would")) and not re.fullmatch(
        r"(?:it|they|he|she|we|you|I)\s*", first.group("reported"), re.I)
    if reported:
        agent = first.group("reported")  # "Rao said India would …": India commits
    return Commitment(agent, first.group(0)[:len(first.group(0)) - len(act)].strip(), act,
                      reported)


def _cues(clause: str, start: int) -> list[re.Match]:
    """The first match of each kind of cue from `start` ("Guided by our commitment to X, we
    resolve to …": the cue of the main clause, not of the phrase that leads into it)."""
    return [m for m in (_COMMITMENT.search(clause, start), _ACT_CUE.search(clause, start),
                        _DONE_CUE.search(clause, start)) if m]


def commitment_head(clause: str) -> str:
    """The words up to what is committed to ("China pledged to "), or "" without a cue."""
    found = _COMMITMENT.search(clause)
    if not found or not found.group("rest"):
        return ""
    return clause[:found.start("rest")]


def single_party(agent: str) -> str | None:
    """The one state that acts ("Indonesia will …"), or None for a joint or unnamed agent."""
    agent = LEAD_ADVERBIAL.sub("", agent.strip())
    if not agent or len(agent.split()) > 8 or COLLECTIVE.search(agent):
        return None
    parties = find_parties(agent, capital_as_state=True)
    return parties[0] if len(parties) == 1 else None


def commitment_parties(clause: str, main_parties: list[str]) -> list[str] | None:
    """The parties of a commitment, from who acts; None when the clause names no agent.

    A named agent gives its states, with any main party its act names ("Indonesia will
    remove barriers to U.S. goods" → Indonesia, United States); a collective agent ("the two
    leaders", "both sides", "we") gives the main parties. Countries named elsewhere in the
    clause ("challenges including the war in Ukraine") are not parties to it.
    """
    found = read_commitment(clause)
    if found is None:
        return None
    agent = LEAD_ADVERBIAL.sub("", found.agent.strip())
    named = find_parties(agent, capital_as_state=True)
    if COLLECTIVE.search(agent) and not (named and re.search(r"\band\b", agent)):
        return sorted(set(named) | set(main_parties))
    if not named:
        return None
    if len(named) == 1 and re.search(r"\band\b", agent) and named[0] in main_parties[:2]:
        named += main_parties[:2]  # "His Highness and the Kenyan President": both sides
    acted_on = [p for p in find_parties(found.act, capital_as_state=True) if p in main_parties]
    return sorted(set(named) | set(acted_on))


#: Where one clause of a sentence ends and the next begins: a semicolon (list items of a
#: fact sheet), a contrast ("while", "but"), ", and" before a new subject and its verb, or
#: what another says beside it (", with EU envoy X saying the sides remain far apart on Y").
CLAUSE_SPLIT = re.compile(
    r";\s+|,[”\"]?\s+(?:while|whereas|but)\s+|\s+but\s+also\s+|"
    r"\s+but\s+(?=(?:still\s+)?(?:remain(?:s|ed)?|failed|did\s+not|could\s+not|"
    r"(?:was|were)\s+unable|(?:has|have)\s+yet\s+to|(?:stopped|fell)\s+short|"
    r"made\s+(?:no|little|scant|limited)\s+(?:progress|headway))\b)|"
    r",[”\"]?\s+and\s+(?=(?:he|she|they|we|it|both|the \w+ (?:also )?\w+ed)\b)|"
    r",[”\"]?\s+and\s+(?=(?:the\s+)?(?:[\w’'-]+\s+){1,4}(?:will|would|must|is|are|was|were|has|"
    r"have|had|said|says)\b)|"
    r",[”\"]?\s+and\s+(?=(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}\s+(?:agreed|pledged|"
    r"committed|promised|undertook|vowed)\s+to\b)|"
    r",[”\"]?\s+and\s+(?=(?:the\s+(?:[\w’'-]+\s+){0,3}(?-i:[a-z])[\w’'-]*|"
    r"(?-i:[A-Z])[\w.-]*[’']s\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+(?:agreed|pledged|"
    r"committed|promised|undertook|vowed)\s+to\b)|"  # "…, and the Libyan side undertook to",
    # "…, and Colombia's state-run Ecopetrol committed to"

    r",\s+including\s+(?:during\s+|through\s+|at\s+)?(?=\w+\s+(?:visits?|trips?|meetings?|talks)\b)|"
    r",\s+(?:though|although|even though)\s+|"
    r",\s+(?=(?:underscoring|stressing|emphasi[sz]ing|noting|highlighting|calling|urging)\s)|"
    r",\s+with\s+(?=(?:[\w’'.-]+\s+){1,8}?(?:saying|adding|noting|warning)\s)")
_COORDINATED_TO = re.compile(r",?\s+and\s+(?=to\s+\w)")
_COORDINATED_VERB = re.compile(
    r",?\s+and\s+(?=(?:(?:[a-z]+ly|today|also|then|later|further)\s+)?"
    r"(?:[a-z]\w*ed|warned|raised|said|stressed|urged|will|spoke|took|gave|made|held|met|sent|"
    r"sought|brought|told|paid|led|began|drew|reaffirmed)\b)")


#: A passive participle, which "and" joins to another: "should be finalised (and signed)".
_PASSIVE_END = re.compile(r"\bbe\s+[a-z]+ed$")
#: Single words in a series, which "and" ends: "illegal, unreported (and unregulated fishing)".
_WORD_SERIES_END = re.compile(r"(?:^|\s)[a-z][\w-]*,\s+[a-z][\w-]*$")
#: "… and Israel will …", "…, and the two institutes will …": a new subject with its own
#: modal, once the clause before has one.
_NEW_SUBJECT_WILL = re.compile(r"\s+and\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+will\b)|"
                               r",[”\"]?\s+and\s+(?=the\s+(?:[\w’'-]+\s+){0,5}?will\s)")


def _by_subject(part: str) -> list[str]:
    """"Hamas will free X and Israel will release Y" in two; "The United States and the
    United Kingdom will …" whole (no modal before the "and")."""
    pieces, start = [], 0
    for found in _NEW_SUBJECT_WILL.finditer(part):
        if re.search(r"\bwill\b", part[start:found.start()]):
            pieces.append(part[start:found.start()])
            start = found.end()
    return [*pieces, part[start:]]


def _in_quotation(text: str, at: int) -> bool:
    """Whether a quotation opened before `at` is still open there: "halt the “forced and
    undignified” deportation" is one phrase quoted in part, not two clauses."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def split_clauses(sentence: str) -> list[list[str]]:
    """Clauses of a sentence, each as the pieces of its coordination ("to A and to B")."""
    groups = []
    parts = (p.strip() for p in CLAUSE_SPLIT.split(sentence) if p.strip())
    for part in (piece for p in parts for piece in _by_subject(p)):
        pieces = _COORDINATED_TO.split(part)
        if len(pieces) == 1:
            pieces = _coordinated_verbs(part)
        groups.append([p.strip() for p in pieces if p.strip()])
    return groups


def _coordinated_verbs(part: str) -> list[str]:
    """"… signed X and launched Y" in two; "secure, reliable, and diversified supplies" whole:
    an "-ed" word after an adjective is an adjective too, and after "be" a participle ("should
    be finalised and signed")."""
    pieces: list[str] = []
    start = 0
    for found in _COORDINATED_VERB.finditer(part):
        before = part[start:found.start()]
        if not ends_on_modifier(before) and not _PASSIVE_END.search(before) and \
                not _WORD_SERIES_END.search(before) and not _in_quotation(part, found.start()):
            pieces.append(part[start:found.start()])
            start = found.end()
    return [*pieces, part[start:]]
