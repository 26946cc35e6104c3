"""The words that name an event, plan it, or report it as done — the lexicon of `events`.

Event nouns follow the meeting, visit, negotiation and election classes political-event
coders use (CAMEO "make a visit", "host a visit", "engage in negotiation", "meet at a third
location"); the future and past forms are ordinary English tense and modality.
"""

from __future__ import annotations

import re

from briefgen.extract.dates.vocabulary import MONTH_ABBR, MONTH_FULL

_I = re.I

#: Event nouns by kind, most specific first.
EVENT_NOUNS: list[tuple[str, re.Pattern]] = [
    ("state-visit", re.compile(r"\bstate[- ]visits?\b", _I)),
    ("summit", re.compile(r"\b(?:summits?|leaders[’']?\s+(?:meetings?|retreats?)|heads\s+of\s+state"
                          r"(?:\s+and\s+government)?\s+(?:meetings?|segment))\b", _I)),
    ("election", re.compile(r"\b(?:elections?|referend(?:um|a)|electoral cycle|"
                            r"(?:presidential|parliamentary|general) vote|run-?offs?|"
                            r"(?:go|goes|head|heads|return|returns) to the polls|"
                            r"elect\s+(?:a\s+)?new\s+(?:parliament|president|government|assembly|"
                            r"legislature|congress))\b", _I)),
    ("talks", re.compile(r"\b(?:talks|dialogues?|negotiations|consultations|discussions|"
                         r"(?:(?<=resume )|(?<=urgent )|(?<=further )|(?<=hold ))discussion|"
                         r"negotiating rounds?|"
                         r"round of (?:talks|negotiations)|"
                         r"(?:(?<=next )|(?<=new )|(?<=final )|(?<=first )|(?<=second )|"
                         r"(?<=third )|"
                         r"(?<=fourth )|(?<=fifth )|(?<=sixth )|(?<=\d[snrt][tdh] ))round"
                         r"(?: of (?:[\w-]+ ){0,2}"
                         r"(?:talks|negotiations|dialogue|consultations))?)\b", _I)),
    ("visit", re.compile(r"\b(?:visits?|trips?|tour|(?<=forward to )visiting)\b", _I)),
    ("call", re.compile(r"\b(?:(?:phone|telephone|video) call|by (?:tele)?phone)\b", _I)),
    ("meeting", re.compile(r"\b(?:meetings?|conference|forum|convening|gathering|courtesy\s+calls?|"
                           r"(?<!-)ministerial(?:\s+(?:reviews?|meetings?|dialogues?|"
                           r"consultations?)|(?!\s+(?-i:Commission|Committee)\b))|"  # not "(Joint)
                           # Ministerial Commission", a name's adjective
                           r"hearings?|ceremony|(?-i:General Assembly)|"
                           r"workshop|(?<!joint )session(?! of Congress)|protests?|"
                           r"(?-i:Annual\s+(?:Leaders[’']\s+)?Consultation|Binational\s+Cabinet)|"
                           r"demonstrations?|rall(?:y|ies)|marches)\b", _I)),
    ("deadline", re.compile(r"\b(?:deadline|takes? effect|(?:comes?|go(?:es)?) into effect|"
                            r"with effect from|effective (?:from|as of)|"
                            r"(?:enters?|comes?) into force|"
                            r"expires?|(?:becomes?|be)\s+(?:fully\s+)?operational)\b", _I)),
    ("other", re.compile(r"\b(?:COP ?\d+|inauguration|(?<=make )landfall|"
                         r"votes?(?!\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:referend|election))"
                         r"(?!\s+(?:against|in\s+favou?r\s+of)\b)|"
                         r"debates?|(?:joint|military|naval|air|"
                         r"live-fire|war) (?:exercises|drills|manoeuvres|maneuvers)|"
                         r"drills|exercises?(?=\s+(?:of\s+[^,;.]{1,40}?\s+)?(?:from|on|in|next|this|"
                         r"starting|between)\s)|"
                         r"(?:be|being) sworn in|(?:to be|will be|be) (?:signed|ratified)|"
                         r"funeral|(?i:rulings?|verdicts?|judge?ments?)(?=\s+(?:[^,;.]{0,40}?\s+)?"
                         r"(?:is|are)\s+(?:expected|due|scheduled|set)\b)|"
                         r"(?i:decisions?|results?|findings|reports?|recommendations?)"
                         r"(?=\s+(?:[^,;.]{0,60}?\s+)?(?:is|are)\s+(?:expected|due)\b(?!\s+to\b))|"
                         r"(?i:(?:field|fact-finding|assessment|solidarity|observer|"
                         r"observation|monitoring)\s+missions?))\b")),
]

#: Verbs of going to or receiving a visitor: "will travel to", "looks forward to welcoming X".
#: When a journey is told between its verb and where it goes: "travel (next week) to".
_WHEN_ON_THE_WAY = (r"(?:(?:(?:next|this|later\s+this|early\s+next)\s+(?:week|month)|tomorrow|"
                    r"today|tonight|on\s+(?-i:[A-Z])[a-z]+day)\s+)?")
TRAVEL_VERB = re.compile(
    rf"\b(?P<verb>travel(?:s|ing|ling)?\s+(?:on\s+)?{_WHEN_ON_THE_WAY}to|"
    r"head(?:s|ing)?\s+(?:on\s+)?to|"
    r"depart(?:s|ing)?\s+for|go(?:es|ing)?\s+on\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"com(?:e|es|ing)\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    rf"arriv(?:e|es|ing)\s+in(?=\s+(?:the\s+)?(?-i:[A-Z]))(?!\s+(?:{MONTH_FULL}|{MONTH_ABBR})\b)|"
    rf"fl(?:y|ies|ying)\s+(?:on\s+)?{_WHEN_ON_THE_WAY}to|"
    r"return(?:s|ing)?\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"leav(?:e|es|ing)\s+for(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"lead(?:s|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}delegation(?:\s+of(?:\s+[\w-]+){1,4}?)?"
    r"\s+to(?=\s+(?-i:[A-Z]))|"
    r"(?:is|are)\s+(?:due|expected)\s+in(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    rf"(?!\s+(?:{MONTH_FULL}|{MONTH_ABBR})\b)|"
    r"will\s+be\s+in(?=\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:on|next|this|from|"
    r"for|in|to)\b)|"
    r"(?:host|welcom|receiv)(?:e|es|s|ing)?(?=\s))", _I)
#: A style of address, which stands for the person it was first given to: "His Highness".
STYLE_OF_ADDRESS = r"(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Holiness)"
#: Who may follow a host verb for it to mean a visit: "host President Ruto".
GUEST_TITLE = re.compile(
    r"\s+(?:(?:his|her|their|its)\s+(?:[A-Z][\w-]+\s+)?counterparts?\b|"
    r"(?:the\s+)?(?:President|Prime Minister|King|Queen|Crown Prince|Chancellor|Emperor|Emir|"
    rf"Sultan|Premier|Vice President|Secretary|Foreign Minister|Minister|First Lady|"
    rf"{STYLE_OF_ADDRESS}))\b")
#: An event word that names a standing channel, not an event: "dialogue mechanisms".
NOT_EVENT_AFTER = re.compile(r"(?:\s+and\s+\w+)?\s+(?:mechanisms?|channels?|track|architecture|"
                             r"format|process|frameworks?|contacts?|level|exchanges?|rooms?|"
                             r"halls?)\b", _I)
#: Verbs of meeting, when they name a meeting rather than a target met ("meet the demand").
MEET_VERB = re.compile(
    r"\b(?P<verb>meets?(?!\s+(?:[\w’'-]+\s+){1,3}halfway\b)"  # "meet China halfway": a concession
    r"(?=\s*$|\s+(?-i:[A-Z])|\s+on\s+(?:\d|(?-i:[A-Z]))|"
    r"\s+(?:his|her|their|its)\s+(?:[A-Z][\w-]+\s+)?counterparts?\b|"
    r"\s+(?:with|in|at|on the margins|again|regularly|"
    r"annually|virtually|in person|in-person|at least|for the first time|soon|next|later|this|"
    r"during|before|within|early|late|from|online|to\s+(?:discuss|arrange|review|finali[sz]e|agree|"
    r"prepare|sign|negotiate|consider|coordinate|assess|plan))\b)|(?:re)?convene|"
    r"co-?chair(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:session|meeting|commission|committee|"
    r"council|dialogue|forum)\b)|"
    r"gather(?=\s+(?:in|at)\s+(?-i:[A-Z])))\b", _I)
#: Verbs of putting an agreement into final form, which the parties negotiate to do.
TALKS_VERB = re.compile(
    r"\b(?P<verb>(?i:(?:negotiate and )?(?:finali[sz]e|memoriali[sz]e|conclude|complete)\s+"
    r"(?:the|a|an|this)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:agreement|deal|treaty|accord|text))"
    r"(?:(?<=text)\s+of\s+the\s+(?:[\w’'-]+\s+){0,3}?(?:agreement|deal|treaty|accord)\b)?"
    r"(?:\s+(?:on|for)\s+(?:[A-Z][\w’'-]*\s*){1,4})?)")
#: A gathering named by the group that meets, when a state hosts it: "host the G20 in 2026".
HOSTED_GROUP = re.compile(r"\b(?:host|attend)(?:s|ed|ing)?\s+(?:the\s+)?(?:\d{4}\s+)?"
                          r"(?P<group>G-?\s?(?:7|8|20)|APEC|(?-i:[A-Z][\w-]+)\s+(?:Leaders|leaders))\b"
                          r"(?![’']?(?:\s+[\w’'-]+){0,3}\s+(?:summit|meeting|forum|conference|"
                          r"ministerial|talks))", _I)
#: A council that sits on a day, named after "at the": "at the Foreign Affairs Council on
#: 24 February" is that council's meeting.
COUNCIL_SITTING = re.compile(r"\bat\s+the\s+(?P<body>(?-i:(?:[A-Z][\w-]+\s+){1,3}Council))\b"
                             r"(?!\s+(?:of|members|resolutions?)\b)", _I)
#: A briefing ahead, to a named body: "will brief the Senate Committee on Defense".
BRIEF_VERB = re.compile(
    r"\b(?P<verb>brief)\s+(?P<audience>(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*"
    r"(?:\s+(?:on|of|for|and)\s+(?!(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|"
    r"Wed|Thu|Fri|Sat|Sun))(?-i:[A-Z])[\w.-]*|\s+(?-i:[A-Z])[\w.-]*)*"
    r"(?:\s+(?:officials|diplomats|authorities|ministers|leaders|envoys|partners|allies|"
    r"counterparts|lawmakers))?|parliament|lawmakers|legislators|reporters|the press))", _I)
#: Bodies that sit and may have a remit, by the word that ends their name: "the Joint Working
#: Group (on Energy)", "the Intergovernmental Commission".
SITTING_BODIES = ("Group", "Commission", "Committee", "Council", "Board", "Forum", "Dialogue")
#: A body's sitting ahead, told by what it is to decide: "the Fund's executive board is
#: scheduled to consider the programme".
BODY_TO_DECIDE = re.compile(
    r"\b(?P<body>(?:[\w’'-]+\s+){0,2}(?:board|council|committee|cabinet|parliament|senate|"
    r"assembly|congress))\s+(?:is|are)\s+(?:scheduled|expected|due|set|likely)\s+to\s+"
    r"(?P<verb>consider|review|approve|discuss|take\s+up|decide\s+on)\s+(?P<what>(?:the|a|an|its)\s+"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,3}?)(?=\s+(?:on|in|at|by|next|this|later|before|after)\b|[,;.]|$)",
    _I)
#: Verbs whose object is the guest.
HOST_VERB = re.compile(r"\b(?:host|welcom|receiv)(?:e|es|s|ing)?\s+"
                       r"(?=[A-Z]|(?:his|her|their|its)\s+(?:[A-Z][\w-]+\s+)?counterparts?\b)", _I)

_MODAL = (r"(?:will|shall|would(?!\s+have)|’ll|'ll|plans? to|planning to|intends? to|intent to|"
          r"intention to|"
          r"plans? for (?:[\w’'.-]+\s+){1,4}?to|"
          r"(?:is|are|was|were) (?:set|scheduled|expected|due|slated|preparing|poised) to|going to|"
          r"preparing to|agreed to|decided to|resolved to|commit(?:s|ted)? to|pledge[sd]? to|"
          r"vow(?:s|ed)? to|shared the view to|"
          r"offer\s+of\s+(?:[\w’'.-]+\s+){1,6}?to|offer(?:s|ed)?\s+to|"
          r"concurred to|"
          r"(?:look|looks|looked|looking) forward to|to be)")
_EVENT_VERB = (r"(?:visit|travel|host|hold|meet|attend|(?:re)?convene|participate|welcom|receiv|"
               r"(?:co-?)?chair|co-?host|"
               r"launch|begin|start|resume|continu|conduct|establish|organi[sz]|take part|"
               r"pay|make|undertake|memoriali[sz]|finali[sz]|negotiat|sign|vote|"
               r"head|fly|lead|send|arrive|return|address|speak|be held|take place)")
#: A future or planned form before the event word: "will travel", "agreed to continue".
FUTURE_VERB = re.compile(
    rf"\b{_MODAL}\s+(?:[\w’'-]+\s+){{0,3}}?{_EVENT_VERB}\w*"
    r"|\b(?:preparations? for|prepar(?:e|es|ing) (?:for|the|an?)|ahead of|in advance of|"
    r"in the (?:lead|run)[- ]?up to|work(?:ing)? towards?|towards? an? (?:successful|productive)|"
    r"successful outcome at|continue to (?:hold|meet|convene))\b", _I)
#: A modal act that takes something to an event: "will raise the issue at the summit",
#: "would take the matter to the annual meeting of X".
MODAL_THEN_VENUE = re.compile(rf"\b{_MODAL}\s+[^,;]{{0,80}}?\b(?:at|to|during|before)\s+"
                              r"(?:the|a|an|its|their|this)\s+(?:[\w’'.-]+\s+){0,4}$", _I)
#: A modal right before an event verb: "will memorialize", "plan to travel".
MODAL_BEFORE = re.compile(rf"\b{_MODAL}\s+(?:[\w’'-]+\s+){{0,2}}$", _I)
#: An adjective that puts the event ahead: "the upcoming visit", "the next round of talks".
FUTURE_ADJECTIVE = re.compile(
    r"\b(?:upcoming|forthcoming|next|planned|proposed|future|coming)\s+"
    r"(?:[\w’'.-]+\s+){0,5}$", _I)
#: An invitation before the event word; `accept` marks the guest as the one who accepts.
#: An invitation to one told of before: "(A thanked B and) invited him to (visit)".
INVITED_ONE_TOLD = r"\binvit(?:ed|es)\s+(?:him|her|them)\s+to\b"
INVITATION = re.compile(
    r"\b(?P<accept>accept(?:ed|s|ing)?\s+(?:[\w’'.-]+\s+){0,6}?)?"
    r"(?:invit(?:ed|es|e|ing)|invitations?)\b", _I)
#: A time or act that puts the event behind: "last", "previous", "traveled to".
PAST_MARK = re.compile(r"\b(?:last|previous|past|recent|recently|earlier|prior)\b", _I)
PAST_VERB = re.compile(
    r"\b(?:traveled|travelled|visited|held|hosted|attended|met|concluded|conducted|"
    r"completed|convened|took part|participated|returned|wrapped up|welcomed [A-Z]|"
    r"received [A-Z]|(?:was|were) held|took place|has (?:been )?(?:held|hosted|visited)|"
    r"have (?:been )?(?:held|hosted|visited)|lauded|reviewed|paid(?=\s+(?:an?|his|her|their)\s))\b")
#: Vague future words kept as `when_text` with no `when` value.
VAGUE_FUTURE = re.compile(
    r"\b(?:upcoming|forthcoming|(?<!as )soon(?! as\b)|(?:in the )?(?:very )?near future|"
    r"in the (?:coming|next) (?:days|weeks|months)|within (?:a )?(?:few )?(?:days|weeks)|"
    r"in the (?:days|weeks|months)(?: and (?:weeks|months|years))? ahead)\b", _I)
#: An event put off: "postponed", "put off", "will be rescheduled".
PUT_OFF = r"\b(?:postponed|deferred|delayed|put\s+off|(?:be|been)\s+rescheduled)\b"
#: An event called off, put off or refused.
CALLED_OFF = re.compile(
    r"\b(?:cancel(?:l?ed|s|ling)?|called off|postponed|scrapped|shelved|rejected|declined|"
    r"had been (?:due|scheduled|expected|set|planned|slated)|(?:be|been) rescheduled|"
    r"turned down|ruled out|no longer|will not|won't|would not|"
    r"no\s+(?:plans?|intention|intentions)\s+(?:to|of)|(?:does|do|did)\s+not\s+(?:plan|intend)\s+to)"
    r"\b", _I)
#: The words before a date an act is due by.
DUE_WORDS = r"(?:by|no later than|before|within)"
#: A date an act is due by: "by the end of June", "within 90 days", "no later than 1 May".
_DUE_DATE = (
    rf"(?P<by>{DUE_WORDS})\s+"
    r"(?=(?:a|an|one|two|three|four|five|six|ten|twelve|thirty|sixty|ninety|\d+)\s+"
    r"(?:days|weeks|months)\b|"
    r"the\s+(?:first|second|third|fourth)\s+(?:quarter|half|week)\b|"
    r"(?:early|late)\s+(?:\d{4}|next\s+year)|the\s+(?:middle|beginning|start)\s+of\b|"
    r"(?:the end of\s+|\d{1,2}(?:st|nd|rd|th)?\s+(?=[A-Z]))?(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\d{4}|the end|end[- ]|year-end|mid-|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))")
#: Whether a text names such a date at all: a deadline's commitment is looked for only then.
DUE_DATE = re.compile(rf"\b{_DUE_DATE}", _I)
#: A deadline: an action due "by" a date, after what commits someone to it.
BY_DEADLINE = re.compile(
    r"\b(?:(?:will|would|shall|should|must|commit(?:s|ted)? to|agreed to|and to|(?:is|are)\s+to|"
    r"(?:is|are)\s+(?:expected|set|scheduled)\s+to|(?:hopes?|aims?|plans?|intends?)\s+to)\s+"
    r"(?:[\w’'()$€£%.,-]+\s+){1,8}?|(?:is|are)\s+due\s+|"
    r"(?:undertakes? to|undertook to|(?:pledged|promised|vowed|decided|resolved) to)\s+"
    r"(?:[\w’'()$€£%.,-]+\s+){1,14}?|"
    r"(?:instructed|directed|tasked|requests?|requested)\s+(?:[\w-]+\s+){1,6}?to\s+"
    r"(?:[\w’'()$€£%.,-]+\s+){1,14}?|"
    r"(?:agreed|agrees|decided|decides|pledged|committed|undertook|resolved|vowed|promised|"
    r"agreement|plan|target|asked|instructed|tasked|requests?|requested|directed|urged|"
    r"called\s+on|aim|goal|objective|roadmap|timetable|timeline)\b[^.;]{0,160}?\bto\s+"
    rf"(?!the\b|an?\b|its\b|their\b)[a-z]+\s+(?:[\w’'()$€£%.,-]+\s+){{0,12}}?){_DUE_DATE}",
    _I)
#: Time given to act: "Hamas has until Saturday to respond".
UNTIL_DEADLINE = re.compile(r"\b(?:has|have|had|was\s+given|were\s+given|"
                            r"(?:given|gave)(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})\s+(?P<by>until)\s+"
                            r"(?=[^,;.]{1,40}?\s+to\s+[a-z])", _I)  # "gave Tehran until X to"
#: A period whose end is a deadline: "for an initial period of 90 days".
PERIOD_DEADLINE = re.compile(
    r"\b(?:for|within)\s+(?:an?\s+)?(?:initial\s+|additional\s+)?period\s+of\s+\d+\s+"
    r"(?:days|weeks|months)\b", _I)
#: Words that join the parts of an event's name: "Summit of the Americas".
NAME_LINKS = frozenset({"of", "on", "for", "the", "de", "and"})
#: A coordinated act of holding an event: "(agreed to launch talks on X and) to convene (a
#: conference in Cairo in June)"; its place and date are that event's.
HOLDING_ACT = r"to\s+(?:hold|convene|host|organi[sz]e)\s"
#: Where one clause ends and another, with its own subject or time, begins.
CLAUSE_BREAK = re.compile(
    r";\s+|,[”\"]?\s+(?:while|whereas|but|after which|as well as)\s+|"
    r",?\s+and\s+(?=(?:he|she|they|we|it|both)\s)|,?\s+and\s+that\s+|"
    rf",?\s+and\s+(?={HOLDING_ACT})|"
    # a new subject: a few words, or a longer name without a phrase of its own ("Arden's
    # Prime Minister Ella Strand is expected to …")
    r",[”\"]?\s+and\s+(?=(?:the\s+)?(?:(?:[\w’'.-]+\s+){1,4}|"
    r"(?:(?!(?:of|on|for|in|at|to|from|with|that|which|who)\s)[\w’'.-]+\s+){5,6})"
    r"(?:will|would|shall|is|are|was|were|has|"
    r"have|had|said|says|plans?|planned|intends?|aims?|expects?|hopes?|goes|heads|holds|"
    r"hosts|votes|agreed|decided|pledged|committed|signed|look(?:s|ed)?\s+forward)\b)|"
    r",?\s+and\s+(?=(?:look|looks|looked|welcome|welcomed|extend|extended|invite|invited|"
    r"accept|accepted|tasked|instructed|directed|asked|agreed|decided|pledged|committed)\b)|"
    r",\s+(?=including\s+(?:during\s+|through\s+|at\s+)?(?:upcoming\s+|future\s+)?"
    r"\w+\s+(?:visits?|trips?|meetings?|talks)\b)|"
    r",\s+and\s+(?=(?:[\w-]+\s+){0,2}(?:consultations|talks|meetings|dialogue)\b)")
