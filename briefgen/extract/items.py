"""Agreements and open issues (and, through `events`, upcoming events) by sentence.

Each rule is a cue (a verb or noun that political-event coders use: pledge, agree, sign,
visit, host, concern, warn, dispute …) read in its clause. A sentence that lists several
commitments or issues ("to resume soybean purchases and to address precursor exports";
"tensions over export controls and rare-earth supply chains") gives one item per clause, and
every item keeps the whole sentence as its evidence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from briefgen.extract import dates
from briefgen.extract.clauses import (
    APPROVED_ACT_NOUNS,
    COUNT,
    DEAL_ASIDE,
    DEAL_TERM_VERB,
    GIVEN,
    LEAD_ADVERBIAL,
    REPORTED,
    RESTATED,
    commitment_head,
    commitment_parties,
    split_clauses,
)
from briefgen.extract.dates.vocabulary import WEEKDAY_FULL
from briefgen.extract.event_words import INVITED_ONE_TOLD, PUT_OFF
from briefgen.extract.events import (
    HE_OR_SHE_ACTS,
    acting_people,
    add_events,
    told_below,
    with_visitor,
)
from briefgen.extract.label_words import is_adjective
from briefgen.extract.labels import (
    IN_FULL,
    NOUN_OF_ACT,
    STRESSING,
    SUBJECT_BACKGROUND,
    agreement_label,
    capitalised,
    copies,
    fit,
    issue_label,
    overdue_label,
    past_participle,
    words_of_label,
)
from briefgen.extract.literal_gate import FirstOfGated, LiteralGated
from briefgen.extract.names import FORMER_OFFICE, PLACE_NAME, canonical, find_parties, in_a_phrase
from briefgen.extract.phrases import last_mention, mentions
from briefgen.extract.quotes import POSSESSIVE_NAME, closes_a_quotation_begun_before, quoted_whole
from briefgen.extract.topics import (
    DEGREE_AFTER,
    NOT_MODIFIER,
    PREPOSITION_AGAIN,
    SEEN_AS,
    WITH_WHOM,
    cue_topics,
)

#: What alarms or angers another is at issue: "Venezuela's claim to X has alarmed Guyana".
_ALARMED = (r"(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:alarmed|angered|worried|upset|irked|infuriated|"
            r"incensed|outraged|rattled)|(?:alarmed|angered|irked|infuriated|incensed|outraged|"
            r"rattled)(?=\s+(?-i:[A-Z])))\b")
#: What one refuses to do when one says nothing: "refused to comment", "declined to say".
_SAYING_NOTHING = (r"(?:comment|say|elaborate|speculate|disclose|answer|be drawn|"
                   r"(?:make|give|issue)\s+(?:a|any)\s+statement)\b")
#: What a party that "will not" do it does not refuse: a state, a wish, or not standing in
#: the way ("would not object", "will not hesitate", "would not like to").
_NOT_REFUSED = (r"(?:be|have|only|hesitate|like|object|oppose|block|stand|rule|prejudge|speculate|"
                r"affect|harm|hurt|undermine|impede|disrupt|threaten|jeopardi[sz]e|endanger|"
                r"give\s+up(?!\s+(?:on|its|their|his|her|the|any)\b)|"  # "would not give up":
                r"back\s+down(?!\s+on\b))\b")  # resolve, no act refused
#: Relations cold since an event, which is the issue: "(ties have) been frosty since X".
_COLD = r"(?:been|remained|grown)\s+(?:tense|frosty|chilly|icy|cool)"
_COLD_SINCE = rf"{_COLD}(?=\s+(?:since|after|following)\s)"
#: "failed to", "unable to", also with the day or "again" between: "failed on Wednesday to agree".
_FAILED_TO = (r"(?:fail(?:ed|s|ing)?|refus(?:ed|es|ing)|declin(?:ed|es|ing)|unable|"
              r"difficult)"  # "(found it remarkably) difficult to"
              r"(?:\s+(?:on|in|at|by)\s+\w+|\s+again)?\s+to")
#: Coming close to a deal without one: "stopped short of (an agreement on X)".
_SHORT_OF = r"(?:stop(?:ped|s)?|f[ae]ll|falls)\s+short\s+of"

#: A communiqué's decision, its verb opening the paragraph with the body's name left out:
#: "Requests the Commission to convene a conference …" (not "urges", an appeal to others).
_OPERATIVE_VERB = r"(?-i:^(?:\d+\.\s*)?(?:Requests|Directs|Tasks|Mandates|Instructs))"
_OPERATIVE = re.compile(_OPERATIVE_VERB)
_AGREEMENT = re.compile(
    r"\b(?:(?<!\bof )(?<!\bthe )(?<!\bThe )(?<!\ban )(?<!\bno )(?<!\bany )(?<!\bbe )agreed|"
    r"agree(?:s|ing)? (?:to|on)|"
    r"(?-i:accords?)\b|pledge[sd]?|pledging|"  # not one named: "the Taif Accord"
    r"inked\s+(?:an?\s+|the\s+|\w+\s+)?(?:[\w$.,-]+\s+){0,3}?(?:deals?|agreements?|accords?|"
    r"pacts?|contracts?|memorand(?:um|a))\b|"
    r"exchange\s+of\s+(?:(?!(?:views|on|about|information|experiences?|ideas|notes|letters)\b)"
    r"[\w()-]+\s+){0,6}?(?:agreements?|accords?|treat(?:y|ies)|protocols?|MoUs?|MOUs?|"
    r"memorand(?:um|a))\b|"  # "witnessed the exchange of a CEPA": the documents signed
    r"(?:re)?commit(?:s|ted)?\b|commitment to \w+ing|"
    r"commitments? (?:of|by) [\w’'. -]{1,60}? to (?!the\b|an?\b|its\b|their\b|our\b|his\b|her\b)"
    r"[a-z]+\b|"
    r"(?:truce|cease-?fire|armistice|deal|treaty|accord)s? (?:\w+ )?(?:was |were |has been )?"
    r"(?:negotiated|agreed|reached|signed|struck|brokered|concluded)|"
    r"(?<!\bno )(?<!\bNo )(?:agreement|consensus|understanding) (?:was|has been|had been) "
    r"(?:reached|struck|found) (?:on|to)\b|"
    r"(?:reached|struck|brokered|concluded|negotiated|announced|accepted) (?:a|an|the) "
    r"(?:[\w-]+ ){0,3}(?:truce|cease-?fire|armistice|deal|treaty|accord|cessation of hostilities)|"
    r"signed|(?<!’s )(?<!'s )signing|sign(?:s)? (?:a|an|the)|"
    r"(?:confirmed that|affirmed that) (?:they|both sides|the two sides|both countries|the two "
    r"countries) (?:would|will|shall)\b(?! not\b)|"  # "(the ministers) confirmed that they would X"
    r"(?<!\bunder the )(?<!\bunder this )memorand(?:um|a|ums) of understanding|"
    r"(?<!\bunder the )(?<!\bunder this )MOU\b|"
    r"(?:reached|concluded|struck|finali[sz]ed) (?:a|an|the) (?:[\w-]+ ){0,2}(?:agreement|deal|"
    r"accord|framework|understanding|consensus)|reached (?:agreement|consensus) (?:on|over)\b|"
    r"concluded (?:the )?(?:negotiations|talks) (?:on|for|over) (?:a|an|the)\b|"
    rf"(?:announc|confirm|extend)(?:ed|es|s|ing)? (?:an? )?{GIVEN}|"
    rf"(?:resolve[sd]?|decide[sd]?)(?: on (?:{WEEKDAY_FULL}))? to|redouble|intensify|"
    r"(?:instructed|directed|tasked|asked|mandated|charged) (?:their|our|the) (?:[\w-]+ ){0,2}?"
    r"[a-z]+s to|"
    rf"{_OPERATIVE_VERB}\s+(?:[\w’'.-]+\s+){{1,12}}?to\s+[a-z]+\b|"
    r"(?<!\bHe )(?<!\bShe )(?:instructed|directed|tasked|mandated|charged) (?!by )"
    r"(?:[\w’'-]+ ){1,12}?to (?!the\b|a\b|an\b)(?-i:[a-z]+)\b|"  # not "(fees) charged by X for Y"
    r"(?:tasked|entrusted) (?:(?:the|their|its|our|both|a|an) )?(?:[\w’'-]+ ){0,7}?with "
    r"[a-z]+ing\b|"
    r"(?:ended|concluded|closed|culminated) (?:here )?(?:today |on \w+ )?with (?:an?|the) "
    r"(?:[\w-]+ )?(?:agreement|decision|commitment|pledge) to (?-i:[a-z])|"
    r"(?:(?<=\bwe )|(?<=\band ))(?:instruct|direct|task|mandate) (?:the|our|its|their) "
    r"(?:[\w’'-]+ ){0,8}?to (?-i:[a-z]+)\b|"  # a declaration's own "We direct the Secretariat to"
    r"(?:(?<=\bwe )|(?<=\band ))renew (?:his|her|its|their|the) mandate\b|"
    r"(?:welcom(?:ed|es|ing) (?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*)*['’]s decision|"
    r"accept(?:ed|s|ing) (?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*)*['’]s offer) to|"
    r"(?:formally\s+)?admitted\s+(?-i:[A-Z])[\w’'.-]*(?:[ -](?-i:[A-Z])[\w’'.-]*)*\s+as\s+"
    r"(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:member|observer)\b|"  # a bloc's decision on who joins
    r"(?:endorse[ds]|adopt(?:ed|s)|approve[ds]) (?:a|an|the) (?:new |joint )?(?:[\w-]+ ){0,5}?"
    r"(?:roadmap|"
    r"road map|action plan|work ?plan|framework|strategy|agenda|programme|program|charter|"
    r"mechanism)\b|"  # a text of joint action, endorsed
    r"(?:announced|conveyed|communicated|confirmed) (?:its|their|the) (?:\w+['’]s )?"
    r"decision to|"
    r"(?:obliges|obligates|requires|binds) (?:the|both) (?:two )?(?:sides|parties|countries|"
    r"governments|signatories|states) to|"
    r"(?:has|have) (?:instructed|directed|ordered) (?:the )?(?:[A-Z][\w-]* ){1,3}(?:of (?:the )?"
    r"[A-Z][\w-]* )?to|"
    r"plans? to (?:invest|provide|build|launch)|announce(?:d|ment) of \$|intends? to|"
    r"intention to(?! (?:visit|travel|attend)\b)|"  # an intention to visit is a visit ahead
    r"(?:(?:will|shall) (?:\(i\) |continue to |also |immediately |jointly |further )?|"
    rf"{REPORTED}(?:[\w’'.-]+ ){{1,4}}?would (?:also |continue to )?)(?:co-)?"  # "co-develop"
    r"(?:establish|launch|eliminate|reduce|remove|"
    r"negotiate|provide|suspend|modify|lift|ban|join|create|expand|increase|invest|"
    r"cooperate|work|finali[sz]e|implement|open|resume|end|withdraw|release|address|adopt|"
    r"support|strengthen|deepen|promote|facilitate|develop|hold|purchase|buy|allow|accept|"
    r"pay(?!\s+(?:an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:visits?|calls?|"
    r"tribute|homage|respects)\b)|"  # not "will pay a courtesy call": an event
    r"memoriali[sz]e|retain|grant|recogni[sz]e|conduct|deploy|fund|train|share|sell|import|"
    r"export|supply|procure|resume|restore|designate|dedicate|contribute|double|triple|"
    r"build|station|send|set up|free|return|exchange|transfer|repatriate|hand over|revive|"
    r"tighten|crack down on|"
    r"help(?=\s+(?-i:[A-Z])[\w’'-]*\s+(?:to\s+)?[a-z]+)|"  # "help Serbia build", not "help boost"
    r"renew|reinstate|restart|phase out|deliver|allocate|carry out|introduce|upgrade|"
    r"embark(?: together| jointly)? on|"
    r"receive(?!\s+(?:(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:president|prime\s+minister|"
    r"counterpart|king|queen|minister|delegation|leader|envoy|chancellor|emir|amir|sultan|"
    r"crown\s+prince|pope)s?\b|"
    r"(?-i:[A-Z][a-z])))|"  # "will receive President X" hosts a visit
    r"simplify|waive|lend|raise|complete|protect|study|scrap|abolish|exempt|mobili[sz]e|earmark|"
    r"donate|ensure(?!\s+that\b)|guarantee(?!\s+that\b)|operate|harmoni[sz]e|monitor|"
    r"(?:cut|lower)(?=\s+(?:its\s+|their\s+|the\s+)?(?:[\w%.-]+\s+){0,2}(?:tariffs|duties|"
    r"levies|fees|taxes|quotas)\b))\b|"
    r"(?:reached|forged) (?:a )?consensus on\b|"
    r"secured (?:a|an) (?:[\w$€£.,-]+ ){0,4}(?:loan|grant|credit line|financing|funding)\b|"
    r"gave (?:the |its |their )?(?:green light|go-ahead) (?:to|for)\b|"
    r"(?:approved|endorsed|authori[sz]ed|(?-i:^(?:\d+\.\s*)?(?:Approves|Endorses|Authori[sz]es))) "
    rf"the (?:{APPROVED_ACT_NOUNS}) of\b|"
    r"(?:accepted|welcomed|approved) (?:with (?:appreciation|gratitude) )?the (?:kind )?offer of "
    r"[\w’'. -]{2,60}? to host\b|"
    r"set (?:a|an) (?:[\w-]+ )?(?:target|goal) of\b|"
    r"(?:renewed|extended|prolonged) (?:the|their|its|a|an) (?:[\w-]+ ){0,3}(?:agreement|"
    r"memorandum|accord|treaty|mandate|deal|arrangement|swap|protocol|truce|cease-?fire|"
    r"moratorium)s?\b|"
    r"(?:deal|agreement|accord|pact|plan|truce|cease-?fire|framework|roadmap) (?:also )?"
    r"(?:calls|called|envisages|envisaged|foresees) for\b|"
    r"(?:deal|agreement|accord|pact|plan|framework|roadmap) (?:also )?(?:envisages|foresees)\b|"
    r"exploring|to explore|"
    r"welcomed the (?:launch|signing|conclusion|establishment|"
    r"agreement)|announced the (?:launch|establishment|creation|conclusion) of|launched|"
    r"established|announced (?:a|an|the) (?:new )?(?:partnership|"
    r"initiative|agreement|deal|plan|fund|program))|"
    r"(?:inked|sealed|clinched|initial(?:l)?ed|hammered out|thrashed out) "
    r"(?:a|an|the|two|three|four|five|six|several|"
    r"\d+)\b|"
    r"(?:exchanged|swapped) (?:more than |some |about |nearly )?\d[\d,]* (?:[\w-]+ ){0,3}?"
    r"(?:prisoners|detainees|hostages|captives|soldiers|bodies)\b|"
    r"(?:is|are) to (?=[a-z]+ (?:a|an|the)\b)|"
    r"(?<!\bthe )(?<!\bThe )(?<!\bits )(?<!\btheir )(?:approved|passed) (?:(?:a|an|the) )?"
    r"(?:[\w$€£.,-]+ ){0,4}"
    r"(?:bill|package|aid|funding|"
    r"budget|law|legislation|facility|loan|fund|assistance|financing|grant|credit|tranche|"
    r"disbursement)\b|"
    r"(?:upgraded|renewed|extended|restored|normali[sz]ed|re-?established)\s+(?:(?:a|an|the|their|"
    r"its|diplomatic|bilateral)\s+)?(?:[\w-]+\s+){0,3}(?:pact|agreement|ties|relations|deal|accord|"
    r"treaty|partnership|arrangement|swap line|truce|ceasefire|relationship)\b|"
    r"(?:lifted|eased|waived)\s+(?:(?:some|all|the|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:sanctions|"
    r"ban|embargo|restrictions|curbs|tariffs)\b|"
    r"(?:closed|concluded|finali[sz]ed|completed)\s+(?:only\s+)?(?:(?:the|a|an|two|three|four|"
    r"five|six|seven|eight|several|\d+)\s+)?(?:[\w-]+\s+){0,2}chapters?\b|"
    r"(?:settled|resolved|ended)\s+(?:one\s+of\s+)?(?:their|the|a|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:disputes?|row|"
    r"standoff|differences)\b|"
    r"(?:endorse[ds]|adopt(?:ed|s)|approve[ds]|backed|embraced) (?:(?:a|an|the) |(?=new ))[“\"]?"
    r"(?:[\w-]+ ){0,3}(?:(?:(?-i:[A-Z])[\w-]*|and|of) ){0,6}(?:plan|declaration|priorities|"
    r"resolution|framework|agreement|roadmap|strategy|package|decision|rules|guidelines|statutes?|"
    r"charter|protocol|programme|program|budget|convention|code|principles|work\s?plan|"
    r"terms\s+of\s+reference|polic(?:y|ies)|agenda|regulations?|directive|treaty|accord|"
    r"blueprint|standards|mechanism|reports?)\b|set up (?:a|an|the)\b|"
    r"provides? for\b|agreed in principle|signed (?-i:[a-z]+s) (?:worth|for|on|with)\b|"
    rf"{RESTATED}(?:\w+ ){{0,2}}(?:support for|commitment to)\b|"
    r"(?:vow(?:ed|s|ing)?|promis(?:ed|es|ing)) to\b|"
    r"undert(?:ook|akes?) to\b|(?:will|shall) continue to (?!be\b)|"
    r"(?:announced|unveiled) (?:a|an|the) (?:[\w$,.-]+ ){1,5}(?:partnership|initiative|agreement|"
    r"deal|plan|"
    r"fund|program|package|facility|mechanism)\b",
    re.I,
)
#: Congratulations on an event, a courtesy that praises no commitment.
_CONGRATULATED = re.compile(r"\bcongratulat\w*", re.I)
#: Verbs of praise: praise for a commitment is none of its own.
_PRAISE_VERB = r"(?:applaud|congratulat|prais|thank|commend)\w*"
#: Legal action one side takes against another: "(launched) infringement proceedings against".
_PROCEEDINGS_AGAINST = (r"(?:(?:infringement|legal|court|arbitration|disciplinary)\s+"
                        r"(?:proceedings|action|case)|proceedings|a\s+lawsuit)\s+against")
_NOT_AGREEMENT = re.compile(
    rf"\b(?:disagree\w*|{_PRAISE_VERB}|{_PROCEEDINGS_AGAINST}|"
    r"(?:stay|remain|keep)\s+in\s+(?:close\s+|regular\s+)?(?:contact|touch)|"
    r"(?:continue|keep)\s+(?:to\s+)?(?:insist\w*|press\w*|demand\w*)\s+(?:on|for)\b|"  # a stance
    r"(?:continue|keep)\s+(?:to\s+)?rais\w*\s+(?:the|this|that|its|their)\s+"
    r"(?:issue|matter|question|concerns?|case)\b|"  # "will continue to raise the issue": a stance
    r"(?:release|provide|share|announce|give)\s+(?:more\s+|further\s+|relevant\s+)?"
    r"(?:information|details|updates?)\s+(?:in\s+due\s+course|as\s+(?:they|it|soon\s+as)\b|"
    r"when\s+(?:available|possible|they|we)\b|later\b)|"  # a spokesperson's non-answer
    r"(?<![\w’'])I\s+(?:will|['’]ll|want\s+to|would\s+like\s+to)\s+(?:start|begin|turn|move|"
    r"open)\s+(?:with|to|by)\b|"  # "I will start with Sudan": the briefing's order, no pledge
    r"since\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:was|were)\s+(?:signed|agreed|concluded)\b|"
    r"(?:emphasi[sz]ed|underscored|stressed|exemplified)\b[^.;]*\bcommitment|"
    r"(?:underlined|underscored|stressed|emphasi[sz]ed|highlighted)\s+the\s+(?:importance|need|"
    r"necessity)\s+of\s+(?:intensifying|stepping\s+up|redoubling|strengthening|continuing)\b|"
    r"\bwill\s+(?:discuss|review|consider)\s+(?:our|their|the|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:resolve|commitment|determination)\b|"  # "will discuss our shared resolve to …": talks
    r"remain(?:s|ed)? committed|may be|hail\w*|in the past\b|"
    r"\b(?:launch|open|initiat)\w*\s+(?:an?\s+|new\s+)?(?:anti-dumping\s+|anti-subsidy\s+|"
    r"countervailing\s+|criminal\s+|safeguard\s+)?(?:investigations?|probes?|inquiry|inquiries)\b|"
    r"\b(?:previously|formerly|originally)\s+(?:agreed|signed|pledged|committed)\b|"
    r"nothing\s+(?:was|has\s+been|had\s+been)\s+(?:agreed|decided|signed)|"
    r"\b(?:would|will)\s+[^,;.]{1,80}?\bonly\s+(?:if|after|when)\b|on\s+condition\s+that\b|"
    r"\bexpect(?:s|ed)?\s+(?:the|both|(?-i:[A-Z]))[\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+to\s+|"
    r"\bif\s+(?:[\w’'-]+\s+){1,3}(?:lifted|eased|waived|settled|dropped)\b|"
    r"\b(?:if|unless)\s+(?:ratified|approved|adopted|passed|signed|implemented)\b|"
    r"\b(?:agreement|deal|pact|accord|partnership|exchange|truce|ceasefire|arrangement|this|it)"
    r"(?:\s+(?:agreed|signed|reached|concluded)\b[^,;.]{0,40}?)?\s+will\s+(?:also\s+)?"
    r"(?:open(?:\s+up)?|create|bring|boost|generate|unlock|deliver)\s+(?:new\s+|more\s+|"
    r"significant\s+|huge\s+|thousands\s+of\s+|(?:[\w,]+\s+)?(?:new\s+)?)?"
    r"(?:opportunities|jobs|growth|benefits|prosperity|hope|relief)\b|"  # a deal's hoped-for
    # effect: "The prisoner exchange agreed today will bring hope to thousands of families"
    r"(?:was|were|has|have|had)\s+never\s+(?!been\s+(?:stronger|closer|better|more)\b)|"
    r"(?:was|were)\s+committed\s+to\b|"
    r"(?:call(?:s|ed)?|describ(?:e|es|ed)) (?:the|this|that) (?:[\w-]+ )?(?:accord|deal|"
    r"agreement|treaty|pact)\b|"
    r"(?:vow\w*|pledg\w*|promis\w*|threaten\w*) to (?:block|veto|reject|oppose|fight|scuttle|"
    r"derail|challenge|stop|sue|scrap|cancel|abandon|tear up|repeal|annul|revoke|quit|"
    r"withdraw from|pull out of|retaliate|hit back|respond in kind)\b|"
    r"(?:want(?:s|ed)?|press(?:es|ed|ing)|urg(?:e|es|ed|ing)|ask(?:s|ed)?)\s+"
    r"(?:[\w’'.-]+\s+){1,4}?to\s+(?:commit|agree|sign|pledge)\b|"
    r"(?:remain|remains) (?:actively )?seized|"
    r"^(?:the\s+)?(?:[\w-]+\s+){0,5}(?:treaty|agreement|accord|pact|convention|protocol|deal),\s+"
    r"signed\s+(?:in|for|on)\s+[^,]+,\s+(?:was|is|were|are|had|has|expires|expired|lapses|"
    r"lapsed|runs|ran)\b|"  # "The 1996 Treaty, signed for 30 years, was due to expire": told of
    r"\b(?:told|said|says|spoke)\s+(?:[\w’'-]+\s+){0,3}?(?:after|at|during|following)\s+"
    r"(?:witnessing\s+|attending\s+)?the\s+signing\b|"  # where words were said, no new deal
    r"(?:be|been)\s+submitted\s+to\s+[^,.;]{1,60}?\s+for\s+(?:approval|ratification)\b|"
    r"^(?:(?!\b(?:agreed|decided)\b)[^.;])*?\b(?:meet|convene|gather)\b[^.;]{0,60}\bto "
    r"(?:agree|sign|finali[sz]e|conclude)\b|"  # unless agreed: "agreed that officials would meet"
    r"\b(?:hop(?:e|es|ed|ing)|confiden(?:ce|t)|optimis(?:m|tic))\s+(?:that\s+)?"
    r"(?:[\w’'.-]+\s+){0,4}?(?:will|would|can|could)\b|"
    r"\b(?:fears?|feared|fearing|worr(?:y|ies|ied)|warn(?:s|ed)?)\s+(?:that\s+)?"
    r"(?:[\w’'.-]+\s+){0,5}?(?:will|would|could|might)\b|"  # "fears the dam will reduce …"
    r"(?:expected|due|set|scheduled|plan(?:s|ned)?|hopes?|hoped|"
    r"(?<!should )(?<!would )(?<!will )(?<!shall )aim(?:s|ed)?|"  # not "(agreed that officials)
    # should aim to sign it": the aim agreed on
    r"in\s+(?:talks|negotiations|discussions)) to (?:sign|agree|conclude|finali[sz]e|adopt)|"
    r"\b(?:ready|willing|prepared)\s+to\s+(?:sign|agree|accept|conclude|ratify)\b|"  # an offer
    r"\bdespite\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}(?:cease-?fire|truce|agreement|deal|"
    r"accord|declaration|pledges?|commitments?)\b|"  # what goes on in spite of a deal, no new one
    r"\b(?:pipeline|railway|railroad|road|highway|bridge|port|corridor|plant|dam|power\s+line|"
    r"link|cable|terminal|tunnel|canal)(?:,[^,;]{1,80},)?\s+(?:will|would)\s+(?:also\s+)?"
    r"(?:allow|enable|let|help|give|make|cut|reduce|boost|increase|carry|connect|link)\b|"  # what
    # a work will do once built
    r"\b(?:critics|opponents|sceptics|skeptics)\s+(?:[\w-]+\s+)?(?:say|said|argue|argued|warn|"
    r"warned|contend|contended|claim|claimed|complain|complained)\b|"  # what is said of a deal
    r"(?:court|tribunal|judges?|jury|panel)\s+(?:will|would|is\s+(?:expected|due)\s+to)\s+"
    r"(?:deliver|issue|hand\s+down|announce|give)\b|"
    rf"(?:no|not|never|without|{_FAILED_TO}|did not|didn't|yet to) (?:yet )?(?:been )?"
    r"(?:an? )?(?:agree\w*|deal|sign\w*|commit\w*|endors\w*|ratif\w*|join\w*)|"
    rf"(?:not|yet to|{_FAILED_TO}) (?:reach|strike|conclude|finali[sz]e)\b|"
    r"no (?:date|timetable|timeline) for (?:the |its |their )?(?:signing|signature)\b|"
    r"neither\s+(?:[\w-]+\s+){0,3}(?:was|were|has\s+been|have\s+been)\s+[a-z]+ed\b|"
    r"never\s+been\s+(?:signed|agreed|established|implemented|ratified|created|set\s+up|"
    r"carried\s+out)\b|"
    r"(?:will|would|shall)\s+be\s+(?:agreed|decided|determined|fixed|set)\b)",
    re.I,
)
#: Disputes told between whom or over what: "disputes (between the parties)".
_DISPUTES_NAMED = r"disputes?\s+(?:between|over|with|about|concerning|on)\s"
#: Where "disputes" names disputes someone has, not only the kind a principle speaks of ("the
#: peaceful settlement of disputes", "resolving disputes peacefully"): after other words, or
#: told between whom or over what ("peacefully resolving disputes between the parties"). The
#: word is looked for first, so the big issue pattern runs the look-behinds only before it.
_DISPUTES_HAD = "(?=disputes?\\b)(?:{}|(?={}))".format("".join(f"(?<!{before} )" for before in (
    "settlement of", "resolution of", "settlement of all", "resolution of all", "resolve",
    "resolving", "settle", "settling", "resolve all", "settle all")), _DISPUTES_NAMED)
#: Words that name what is disputed by what they call it, shared by the issue cue and the
#: subject that is called so: "a point of contention", "divides the allies".
_CONTENTION = (r"(?:(?:points?|bones?)\s+of\s+contention|sore\s+points?|points?\s+of\s+friction|"
               r"(?:(?:most|more|highly|very|deeply)\s+)?(?:thorny|thorniest|contentious|sensitive|"
               r"divisive|vexed|vexing)\s+(?:issues?|questions?|matters?|subjects?|topics?))")
#: People still held: "servicemen remain in captivity", "nationals are still held in Libya".
_HELD = (r"(?:remain(?:s|ed)?\s+in\s+(?:[\w’'-]+\s+)?(?:captivity|custody|detention|prisons?|"
         r"jails?)|"
         r"(?:are|is|were|was|remain(?:s|ed)?)\s+still\s+(?:held|detained|in\s+(?:captivity|"
         r"custody|detention))|"
         r"(?:are|is|remain(?:s|ed)?)\s+(?:held|detained|imprisoned|jailed)\s+(?:[^,;.]{0,40}?\s)?"
         r"(?:on\s+(?:[\w-]+\s+){0,3}charges|without\s+(?:charge|trial)))\b")
#: What divides two sides ("the issue that divides the allies"), not an act of dividing ("how
#: to divide the quota").
_DIVIDES = r"(?:continues?\s+to\s+divide|(?<!\bto\s)divides?)\s+(?:the|a|them|both)\b"
#: What harms the relations of two sides: "(the fishing row) has poisoned ties".
_STRAINS_TIES = (r"(?:strain|sour|cloud|poison|hamper|overshadow|complicate|"
                 r"cast\s+a\s+(?:long\s+|dark\s+)?shadow\s+over|weigh(?:ed|s)?\s+(?:heavily\s+)?on)"
                 r"(?:s|es|ed|d)?\s+(?:(?:the|their|its|bilateral|diplomatic)\s+){0,2}"
                 r"(?:relations|ties|relationship)\b")
#: A commitment the parties share, however it is introduced ("affirmed their joint commitment").
_SHARED_COMMITMENT = re.compile(
    r"\b(?:(?:their|our|joint|shared|mutual|unwavering|common) (?:(?:and )?\w+ ){0,2}"
    r"commitments? to|"
    r"keenness to|readiness to|ready to work|willingness (?:and commitment )?(?:of [\w. ]+ )?to|"
    r"(?:is|are) willing to (?:work|cooperate|deepen|expand|strengthen)|"
    r"(?:welcomed|reviewed) (?:and \w+ )?(?:ongoing )?(?:efforts|progress)|"
    rf"witness(?:ed|es)? the (?:signing|exchange of (?:the |an? )?(?:{COUNT} )?(?:agreements?|"
    r"memorand(?:um|a)|instruments|documents|MoUs?|protocols?))|"
    r"exchanged (?:the )?instruments of ratification|"
    rf"exchanged (?:the )?(?:{COUNT} )?(?:agreements|memoranda|MoUs|MOUs|documents) (?:on|for|in)|"
    r"announc(?:ed|es|ing) (?:an? )?(?:new |additional )?(?:grant|loan|package|contribution) of)\b",
    re.I)
#: A lead-in ("… the following commercial deals:", "The two ministers agreed:", "the leaders
#: announced:") whose list items are agreements.
_AGREEMENT_LEAD_IN = re.compile(r"\b(?:deals|agreements|commitments|commit to|will|"
                                r"(?:agreement|deal|accord|pact|memorandum|framework)\s+(?:also\s+)?"
                                r"(?:delivers|provides(?:\s+for)?|includes|contains|sets\s+out|"
                                r"covers)|"
                                r"include|the\s+following|(?:agreed|decided|resolved|undertook|pledged|"
                                r"committed(?:\s+themselves)?)(?:\s+(?:to|on|that)|(?=:$))|"
                                r"(?:announced|launched|adopted|endorsed)(?=:$))\b[^:]*:$",
                                re.I)
#: A request or demand made of someone: its list items are not commitments.
_REQUEST_VERB = (r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)? (?:on|upon)|ask(?:ed|s|ing)?|"
                 r"encourag(?:e|ed|es|ing)|request(?:ed|s|ing)?(?!\s+(?:for|from|of|by)\b)|"
                 r"press(?:ed|es))\b")  # not the noun: "the Irish request for an arrangement"
#: Putting a decision off, and a decision put off: "postponed a (final) decision on",
#: "(a decision on X) was deferred".
_PUT_OFF_A = (r"(?:postpon\w*|defer\w*|delay\w*|put\s+off|shelv\w*)\s+(?:a\s+|any\s+|the\s+|"
              r"their\s+|its\s+)?(?:final\s+)?")
_DECISION_ON = r"(?:decision|ruling|vote)\s+on"
#: The rest of a sentence, past the point of an abbreviation or a number ("U.S. officials",
#: "3.5 billion") but not past the end of a sentence or a clause set off by ";" or ":".
_TO_SENTENCE_END = r"[^.;:]+(?:(?:(?<=\b[A-Z])\.|\.(?=\d))[^.;:]*)*"
_WAS_PUT_OFF = (r"\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:postponed|deferred|"
                r"delayed|put\s+off|shelved)\b")
#: A matter left to later talks: "(the status of the islands) was left for future talks".
_LEFT_FOR_LATER = (r"(?:was|were|has\s+been|have\s+been|is|are)\s+left\s+(?:for|to)\s+"
                   r"(?:future|later|further|subsequent)\s+(?:talks|negotiations|discussions|"
                   r"rounds?|meetings?)\b")
#: A decision put off, or a matter left to later talks: still open.
_DEFERRED = (rf"{_PUT_OFF_A}{_DECISION_ON}\s|{_DECISION_ON}\s+[^,.;:]+?{_WAS_PUT_OFF}|"
             rf"{_LEFT_FOR_LATER}")
#: What the sides are told they must still do, not yet done: "(the two countries) must agree on".
_MUST_STILL = (r"(?:must|need\s+to|needs\s+to|have\s+to|has\s+to)(?=\s+(?:still\s+)?agree\s+"
               r"(?:on|over)\s+(?!(?:the\s+|a\s+)?[\w-]+(?:[,.;\"”]|$)))")  # a matter named, not
# "agree on the conditions": a word too few to name one
#: Violence that goes on where it is told: "Fighting has continued in North and South Kivu".
_VIOLENCE_GOES_ON = (r"(?P<violence>fighting|clashes|violence|attacks|hostilities|shelling)\s+"
                     r"(?:has|have)\s+(?:continued|persisted|intensified|escalated|resumed|raged)"
                     r"(?:\s+(?P<where>(?:in|across|along|around)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
                     r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*)*))?\b")
#: An offer or measure another side is told to find wanting, after it: "(an annual quota),
#: which European carmakers say is too small".
_DEEMED_WANTING = (r"(?<=,\s)which\s+(?:[\w’'.-]+\s+){1,4}?(?:says?|said|considers?|considered|"
                   r"calls?|called|deems?|deemed)\s+(?:(?:is|was|are|were)\s+)?(?:far\s+)?"
                   r"(?:too\s+(?:small|low|high|little|slow|limited|narrow|modest|short)|inadequate|"
                   r"insufficient|unacceptable|unfair|discriminatory)\b")
#: Views told to differ after what they are on: "(the sides') assessments on this issue differ".
_VIEWS_DIFFER = (r"(?:views|positions|assessments|approaches|stances)\s+(?:of\s+[^,;.]{1,40}?\s+)?"
                 r"(?:on|over|regarding)\s+[^,;.]{2,60}?\s+(?:still\s+|continue\s+to\s+)?"
                 r"(?:differ|diverge)\b")
#: Nothing settled at a meeting: "no agreement was reached", "no commitment was made".
_NONE_DECIDED = (r"no\s+(?:agreement|deal|consensus|decision|commitments?)\s+"
                 r"(?:was|were|has\s+been|had\s+been|could\s+be)\s+(?:reached|made|found|taken)")
_ISSUE = re.compile(
    r"\b(?:(?<!mutual )(?<!shared )(?<!common )(?<!\bit )(?<!\bwhich )(?<!declaration )"
    r"(?<!agreement )(?<!document )(?<!memorandum )(?<!decision )(?<!\band )"
    r"(?-i:concerns?|(?<![\w,] )Concerns?)\b|"  # "(The deal is with X) and concerns the crossing
    # itself": what it is about; "Maritime and Ocean Concerns": a name's word; no concern
    r"(?<!countries )(?<!parties )(?<!states )(?<!sides )(?<!authorities )(?<!agencies )"
    r"(?<!governments )concerned|"  # not "in consultation with the countries concerned"
    r"alarm(?:ed)?\s+(?:at|over|about|by)\b|tensions?\b|"
    rf"{_DISPUTES_HAD}disputes?\b(?!\s+(?:settlement|resolution|prevention)\b)|"
    r"disagree\w*|unresolved|"
    r"at odds|(?:divided|split) (?:over|on)\b|divisions?\b|deadlock\w*|impasse|stalemate|standoff|"
    r"(?:divergent|diverging|differing)\s+(?:views|positions)\b|"
    rf"{_VIEWS_DIFFER}|{_DEEMED_WANTING}|"
    r"remains?\s+to\s+be\s+(?:completed|resolved|settled|finali[sz]ed|agreed|determined)\b|"
    r"stall(?:ed|s)\b|sticking points?|frictions?\b|rifts?\b|strained\b|objections?\b|"
    rf"{_COLD_SINCE}|(?<=the\s)fate\s+of(?=\s)|"
    r"(?:talks|negotiations)\s+(?:[^,.;]{0,60}?\s+)?(?:have\s+|has\s+|had\s+)?collapsed\b|"
    r"(?:talks|negotiations)\s+(?:[^,.;]{0,60}?\s+)?(?:are|is|were|was|remain\w*|got)\s+"
    r"(?:still\s+)?(?:stuck|bogged\s+down|snagged)\b|"
    r"(?:talks|negotiations)\s+(?:[^,.;]{0,60}?\s+)?(?:have|has|had)\s+(?:\w+ly\s+)?"
    r"dragged\s+on\b|"
    rf"far apart|(?:remain(?:s|ed)?|stay(?:s|ed)?|are|were|still)\s+apart\s+(?:on|over)\b|"
    rf"{_CONTENTION}|irritants?\b|unacceptable|intolerable|"
    r"at loggerheads|(?:talks|negotiations)\s+(?:foundered|faltered|collapsed)|"
    rf"{_DIVIDES}|deteriorat\w*|protested|"
    rf"refus(?:al|e|es|ing)\s+to\s+(?!{_SAYING_NOTHING})|object(?:ed|s|ing)?\s+to|clash(?:es|ed)\b|"
    r"only (?:after|if|when)\b|only once\b(?!\s*[,.;])|unless\b|"
    r"(?:questions|doubts|issues|gaps)\s+(?:still\s+)?(?:remain|persist|linger)\w*\s+"
    r"(?:on|over|about)\b|(?:views|positions)\s+(?:still\s+)?(?:differ|diverge)(?:s|d)?\s+"
    r"(?:on|over|about)\b|"
    r"(?<!de-)escalat\w*|retaliat\w*|veto(?:ed|es)?\b|reservations?\b|"
    r"(?:tak|took|adopt|impos|announc|threaten|vow)\w*\s+(?:[\w-]+\s+){0,2}?counter-?measures?\b|"
    r"(?<!\bif\s)(?<!\bunless\s)(?:no|little|lack\s+of|without)\s+(?:sign\s+of\s+)?(?:\w+\s+)?"
    r"(?:progress|breakthrough|headway|movement)\b|harass(?:ed|es|ing)\b|"  # not "if no
    # progress is made": a condition
    r"obstacles?\b|(?:long-?standing|outstanding|remaining)\s+(?:[\w-]+\s+){0,3}?(?:issues|concerns|"
    r"problems|disputes)\b|ongoing\s+(?:negotiations|talks)\b|"
    r"(?:without|no)\s+(?:an?\s+|any\s+)?(?:(?:binding|final|formal|comprehensive|lasting)\s+)?"
    r"(?:agreement|deal|consensus)\s+(?:yet\s+)?(?:on|over)\b|"
    rf"{_NONE_DECIDED}\b|"
    r"nothing\s+(?:was|has\s+been|had\s+been)\s+(?:agreed|decided)\s+(?=on|over|about)|"
    r"(?:agreement|deal|accord|text|pact|treaty|framework|package)\s+(?:also\s+)?"
    r"(?:does|did)\s+not\s+(?:address|cover|include|resolve|settle)\b|"
    r"stumbling blocks?|soured|broke down|"
    r"not (?:been |yet )?(?:resolved|settled|secured|found|concluded|finali[sz]ed|completed)\b|"
    r"not\s+been\s+agreed\b(?!\s+(?:to|on|upon|that|with)\b)|"
    rf"(?:launch|start|open|initiat|fil|br[io]ng|tak)\w*\s+{_PROCEEDINGS_AGAINST}\b|"
    r"still\s+negotiating\b|"
    r"without\s+(?:closing|concluding|sealing|finali[sz]ing|clinching)\b|"
    rf"{_HELD}|"
    r"(?:collapsed|broke\s+down|foundered|faltered)\s+(?:over|on)\b|"
    r"block(?:ed|s|ing)? (?:a|an|the|any|(?:the )?[A-Z][\w-]*[’']s|[$€£]?\d[\d.,]*) "
    r"(?:[\w’'.-]+ ){0,8}"
    r"(?:proposal|plan|bill|resolution|deal|move|bid|measures?|sanctions?|extension|membership|"
    r"accession|package|aid|assistance|funds|funding|loan|tranche|payments?|statement|"
    r"declaration|communiqu[ée]|conclusions)\b|"
    rf"{_SHORT_OF}\s+(?:(?:reaching|striking|agreeing)\b|(?:an?|any)\s+(?:[\w-]+\s+)?"
    r"(?:agreement|deal|accord|breakthrough|consensus)\b)|"
    rf"(?:did not|didn't|could not|couldn't|{_FAILED_TO}) "
    r"(?:reach|strike|secure|resolve|settle|(?:produce|yield)(?=\s+(?:an?|any)\s+(?:[\w-]+\s+)?"
    r"(?:agreement|deal)\b))\b|"
    # a warning to someone over something; "warned that …" tells of a risk, not a dispute
    r"differences|warn(?:ed|s|ing)?\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*\s+"
    r"(?:over|about|against)\b|condemn\w*|deplor\w*|denounc\w*|regret(?:s|ted)? that\b|"
    r"criticiz\w*|criticis\w*|accus\w*|"
    r"blam(?:e|ed|es|ing)\s+(?:[\w’'.-]+\s+){1,4}?for\b|"
    r"(?:rows?|spats?|feuds?|quarrels?|wrangl\w*|fears?)\s+(?:over|about)\b|"
    r"complain\w*\s+(?:(?:for|in)\s+(?:[\w-]+\s+){1,2}|\w+ly\s+)?(?:about|of|over|that|against)\b|"
    r"(?:still|continue[sd]?\s+to)\s+fac(?:e|es|ed)\b|"
    r"protests?\b|(?:(?<=stern )|(?<=solemn )|(?<=serious )|(?<=strong )|(?<=lodged )|"
    r"(?<=made ))representations\b|d[ée]marches?\b|"
    r"conflicts?\b|(?<!-)(?<!World )(?<!Cold )war\b|violat\w*|aggression|coercion|"
    r"coercive|not yet|has yet|without\s+(?:settling|resolving|agreeing|reaching)\b|"
    r"(?:has|have|had) not(?=\s+(?:said|announced|decided|indicated|specified|disclosed|"
    r"revealed)\s+(?:whether|when|how|if)\b)|"  # "have not announced whether they will …"
    r"never\s+(?:been\s+)?(?:accepted|recogni[sz]ed|settled|resolved|established|implemented|"
    r"ratified)\b|"
    r"have yet|(?<!\bdate )(?<!\bdates )yet to\b|"  # not "(held) on a date yet to be set"
    r"(?<!channels\s)(?<!channel\s)(?<!doors\s)(?<!door\s)(?<!lines\s)remain(?:s|ed)?\s+"
    r"(?:\w+ly\s+)?(?:unclear|open(?!\s+(?:to|for)\b)|unknown|uncertain|in\s+doubt|restricted|"
    r"blocked|closed|suspended|frozen)\b|"  # not "the channels remain open": a way still there
    r"(?:is|are)\s+still\s+(?:unknown|unclear|uncertain)\b|"
    r"(?:has|have)\s+been\s+(?:de\s+facto\s+|effectively\s+)?(?:suspended|frozen|halted|closed)"
    r"(?=\s+since\b)|"
    rf"{_ALARMED}|unanswered|unfair|destabiliz\w*|"
    r"provocat\w*|blockades?\b|vot(?:ed|e|es|ing) against|abstain\w*|situation in|"
    r"oppos(?:e|es|ed|ing)\b|opposition\s+(?:to|against)\b|"
    rf"(?:did not|didn't|could not|couldn't|cannot|can't|(?:was|were) unable to|{_FAILED_TO}|"
    r"would not|will not|won't|does not|do not) (?:commit|agree|sign|accept|endorse|allow|"
    r"tolerate|recogni[sz]e))",
    re.I,
)
#: A demand told as a search for someone or something held by another: "(Ghana is) seeking
#: the return of artefacts", "(Washington) sought the extradition of X".
_SEEKING = (r"(?:seek(?:s|ing)?|sought)(?=\s+the\s+(?:return|release|extradition|repatriation|"
            r"restitution|handover)\s+of\s)")
#: What market demand does, not a demand made: "demand on the routes far exceeds capacity".
_DEMAND_MOVES = (r"(?:\s+(?:on|for)\s+[^.;,]{1,40}?)?\s+(?:has\s+|have\s+)?(?:\w+ly\s+)?"
                 r"(?:exceeds?|outstrips?|outpaced?|rose|rises|risen|fell|falls|fallen|grew|grows|"
                 r"grown|slowed|surged|dropped|increased|decreased|soared|plunged)\b")
#: Issue cues that also describe what an agreement addresses: an issue only outside one.
#: A call to act ("urged", "called on", "sanctions" talked over) is none: it names no obstacle,
#: and measured on texts the rules were not written from, it only added wrong issues.
_WEAK_ISSUE = re.compile(
    r"\b(?:threaten\w*|stressed|pressed\b|pressing\s+for|insist(?:s|ed)\s+that|"
    rf"{_SEEKING}|"
    r"(?<!rising )(?<!strong )(?<!global )(?<!domestic )(?<!consumer )(?<!growing )(?<!high )"
    rf"(?<!weak )(?<!market )(?<!energy )(?<!travel )demand\w*(?!{_DEMAND_MOVES})|insist\w* on|"
    r"raised (?:the|concerns?|issues?|questions?|objections?)\b|"
    r"reject(?:ed|s|ing)|(?<!\bto\s)reject(?=\s+(?:any|all|the|a|an|its|their)\s)|"
    r"declin(?:ed|es)(?=\s+(?:the|a|an|its|their|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){0,2}"
    r"(?:request|proposal|offer|demand|call|appeal)s?\b)|"
    r"(?:[’']s|its|their|his|her)\s+(?:\w+\s+)?rejection\s+of|"
    rf"refused(?!\s+to\s+{_SAYING_NOTHING})|"
    r"(?-i:(?!(?:I|We|It|They|He|She|This|That|There)\b)[A-Z][\w.-]*)\s+(?:would|will)\s+not\s+"
    rf"(?!{_NOT_REFUSED})[a-z]+|"
    r"(?<!own )(?<!eliminate )(?<!cut )(?<!lower )(?<!reduce )(?<!remove )(?<!scrap )(?<!slash )"
    r"tariffs? (?:on|against)|"  # not those a side offers to cut: "cut its own tariffs on X"
    r"export controls|barriers?\b|(?P<problem>shortages?|deficits?|insecurity|disruptions?|arrears|"
    r"shortfalls?|delays?|behind\s+schedule|(?:risk\s+of\s+)?debt\s+distress|"
    r"slow\s+(?:execution|implementation|disbursement|delivery)|"
    r"(?:air)?strikes\s+on|attacks\s+on|shelling\s+of|"
    r"(?:nuclear|missile)\s+tests?|missile\s+launch(?:es)?|crackdowns?\s+on|"
    r"(?:democratic\s+)?backsliding)\b)",
    re.I,
)
_ISSUE_OBJECT = re.compile(
    r"\b(?:tensions?|concerns?|disputes?|differences|disagreements?|reservations|objections?|"
    r"divisions?|rows?|spats?|feuds?|quarrels?|fears?|complaints?|standoffs?|rifts?|frictions?|"
    r"stalemate|impasse|"
    r"(?:questions|doubts|issues|gaps)(?=\s+(?:still\s+)?(?:remain|persist|linger))|"
    r"(?:views|positions)\s+(?:still\s+)?(?:differ|diverge)(?:s|d)?|"
    r"(?:relations|ties)\s+(?:have\s+)?(?:soured|deteriorated|worsened|frayed))\s+"
    r"(?:(?:also\s+|still\s+)?(?:remains?|remained|persists?|persisted|continues?|continued|"
    r"lingers?|centres|centers|centred|centered|focuses|(?:have|has|had)\s+(?:flared|risen|grown|"
    r"mounted|escalated)(?:\s+(?:again|anew))?)\s+)?"
    r"(?:(?:between|against) (?:(?!\b(?:has|have|had|is|are|was|were|will|would)\s)[^,.;]){3,60}? |"
    r"(?P<with>with [^,.;]{3,60}? )(?=over|about))?"  # not past a verb: "has dragged on for X"
    r"(?:over|about|on|"
    r"regarding|concerning|with|(?<=objections )to|(?<=objection )to)\s+"
    rf"(?P<objects>{_TO_SENTENCE_END})"
    r"|\b(?:no|little|without|lack\s+of)\s+(?:sign\s+of\s+)?(?:\w+\s+)?(?:progress|breakthrough|"
    r"headway|movement)\s+(?:(?:was|were|has\s+been|had\s+been|could\s+be)\s+(?:made|achieved|"
    r"reached|recorded|registered)\s+)?"  # "no progress was made on X"
    rf"(?:on|over|in|towards?)\s+(?P<stalled>{_TO_SENTENCE_END})"
    r"|\b(?:main |biggest |key )?(?:obstacles?|stumbling blocks?|sticking points?|"
    rf"{_CONTENTION}|(?:outstanding|remaining|unresolved) issues)"
    r"(?:,\s+(?:according\s+to\s+[^,;]{1,200}?|[^,;]{1,40}?\s+(?:said|say|says|added))\s*,)?\s+"
    rf"(?:is|are|was|were|remains?|remained|includes?|included)\s+(?P<obstacle>{_TO_SENTENCE_END})"
    r"|\b(?:will|would)\s+(?:only\s+|not\s+)?(?:sign|agree|accept|ratify|return|resume|withdraw|lift|"
    r"release|join|approve)\b[^,;.]{0,40}?\b(?:only\s+(?:after|if|once|when)|unless)\s+"
    rf"(?P<condition>{_TO_SENTENCE_END})"
    r"|\b(?:complain(?:s|ed)?\s+that|(?:still|continue[sd]?\s+to)\s+fac(?:e|es|ed))\s+"
    rf"(?P<complaint>{_TO_SENTENCE_END})"
    r"|\b(?:seek\w*|sought|request\w*|ask\w*\s+for|demand\w*)\s+(?:further\s+|more\s+)?"
    r"(?:clarity|clarifications?|explanations?)\s+(?:on|about|over|regarding|concerning)\s+"
    rf"(?P<unclear>{_TO_SENTENCE_END})"
    rf"|\b{_PUT_OFF_A}(?P<deferred>{_DECISION_ON}\s+{_TO_SENTENCE_END})"
    r"|^(?:[^,;]{1,40},\s+)?(?P<thorn>[^,;]{3,80}?)\s+(?:still\s+)?(?:remains?|remained|is|has\s+become|"
    r"became)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:thorn|irritant|sore\s+point|"
    r"bone\s+of\s+contention)\b"
    r"|\b(?P<failure>failure\s+to\s+(?:implement|comply\s+with|honou?r|abide\s+by|respect)\s+"
    r"[^,.;:]+)"
    r"|\byet\s+to\s+(?:respond|reply)\s+to\s+"
    rf"(?P<unanswered>(?-i:[A-Z])[\w.-]*[’']s\s+{_TO_SENTENCE_END}|"
    rf"(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:for|of|on|to)\s+{_TO_SENTENCE_END})"
    # what it asked, named: not "the proposal" told before
    rf"|\b(?P<left>(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,8}}?[\w’'-]+)\s+{_LEFT_FOR_LATER}"
    rf"|\b(?P<undecided>{_DECISION_ON}\s+[^,.;:]+?){_WAS_PUT_OFF}"
    r"|\b(?:still|continu(?:e|es|ed|ing)\s+to\s+be)\s+negotiating\s+(?:with\s+[^,.;]{3,60}?\s+)?"
    r"(?:on|over|about)\s+(?P<negotiated>[^,.;:]+)", re.I)
#: The verb between what is complained of and the state it is in, which the topic keeps:
#: "(complained that) sums in rupees remain stuck in Indian banks" → "sums … stuck in …".
_STATE_COMPLAINED_OF = re.compile(
    r"\s+(?:still\s+)?(?:remains?|remained|is|are|was|were|(?:has|have|had)\s+been)\s+(?:still\s+)?"
    r"(?=(?:stuck|shut|closed|blocked|barred|banned|stranded|unpaid|delayed|restricted|held|"
    r"detained|frozen|suspended|excluded|denied|refused|withheld|overdue|limited)\b)")
#: What goes on that is complained of: "(trawlers) continue to (fish in its waters)".
_GOES_ON_COMPLAINED_OF = re.compile(r"\s+(?:still\s+)?continue[sd]?\s+to\s+(?=[a-z])")
#: An act one party urges another to take without further delay: one still undone.
_OVERDUE_REQUEST = re.compile(
    r"\b(?:urg(?:es?|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed)?|request(?:s|ed)?|"
    r"encourag(?:es?|ed))\s+[^;]{0,160}?\bto\s+(?P<act>[a-z]+\b[^,;]*?"
    r"\s+without\s+(?:any\s+)?(?:further|undue)\s+delay\b)(?P<rest>[^,;.]*)", re.I)
#: What the parties have not agreed on: "have yet to agree on X", "did not reach agreement on X".
_UNAGREED = re.compile(
    rf"\b(?:yet to|not|{_FAILED_TO}|without|{_SHORT_OF}|{_MUST_STILL})\s+(?:\w+\s+)?"
    r"(?:agree(?:ment|ing)?|decided?|"
    r"(?:deal|accord|breakthrough)|"
    r"reach(?:ing)?\s+(?:an?\s+|any\s+)?(?:agreement|deal|consensus)|"
    r"(?:produce|yield|deliver|bring|reach)\s+(?:an?\s+|any\s+)(?:[\w-]+\s+)?(?:agreement|deal))\s+"
    rf"(?:on\s+(?:{WEEKDAY_FULL})\s+(?=on\s))?(?:on|over|about)\s+(?!(?:{WEEKDAY_FULL})\b)"
    rf"(?P<objects>{_TO_SENTENCE_END})|"  # "failed to agree on Thursday on X", not "(ended
    # without a deal) on Thursday"
    rf"\b{_NONE_DECIDED}\s+(?:on|over|about)\s+(?P<none>{_TO_SENTENCE_END})|"
    r"\bthere\s+(?:is|was|has\s+been|remains)\s+(?:still\s+)?no\s+(?:agreement|deal|consensus|"
    rf"decision)\s+(?:yet\s+)?(?:on|over|about)\s+(?P<there_none>{_TO_SENTENCE_END})|"
    r"\b(?:negotiat(?:e|ed|es|ing)|talk(?:s|ed)?|bargain(?:ed|ing)?)\s+(?:on|over|about)\s+"
    r"(?P<negotiated>[^,;.]{3,80}?)(?:\s+(?:for|in|during|over)\s+(?:\w+\s+){0,2}?(?:hours|days|"
    r"weeks|months|years|decades?))?\s+without\s+(?:reaching|striking|clinching)\s+"
    r"(?:an?\s+|any\s+)?(?:[\w-]+\s+)?(?:deal|agreement|accord)\b", re.I)
#: Talks that failed, named by their subject: "talks on X ended in deadlock".
_STALLED_TALKS = re.compile(
    r"\b(?:talks|negotiations|discussions)\s+(?:(?:with|between)\s+[^,.;:]{1,60}?\s+)?"
    r"(?:on|over|about)\s+"
    r"(?P<objects>[^,.;:]+?)\s+"
    r"(?:(?:have|has|had)\s+(?:been\s+)?|(?:are|is|were|was)\s+)?(?:ended|stalled|broke|collapsed|"
    r"remain\w*|failed|deadlocked|frozen|made\s+(?:little|no|scant)\s+progress)\b"
    r"|\b(?:talks|negotiations|discussions|conference|summit|process)\s+(?:[^,.;:]{0,80}?\s+)?"
    r"(?:broke down|collapsed|stalled|faltered|foundered|(?:(?:are|is|were|was|remain(?:s|ed)?|"
    r"got|have\s+got)\s+)?(?:stuck|deadlocked|bogged\s+down|snagged))"
    r"\s+(?:over|on)\s+(?P<failed>[^,.;:]+)", re.I)
#: Talks told as going on: no deal made, though one may be named ("talks on the fishing
#: accord are continuing"). Measured on texts the rules were not written from, such talks
#: are seldom an open issue of their own.
_TALKS_CONTINUING = re.compile(
    r"\b(?:talks|negotiations|discussions)\s+(?:(?:with|between)\s+[^,.;:]{1,60}?\s+)?"
    r"(?:on|over|about|for)\s+[^,.;:]+?\s+(?:are|is|remains?)\s+(?:still\s+)?(?:continuing|"
    r"ongoing|under\s*way|in\s+progress|at\s+an?\s+(?:advanced|early|initial|final|late|"
    r"critical|crucial|delicate)\s+stage)\b", re.I)
#: Negotiations a party is still in, named by what they are on: "have been negotiating X since
#: 2012", "X is still being negotiated", "are in talks over X", "yet to conclude talks on X".
_TALKS_GOING_ON = re.compile(
    r"\b(?:has|have)\s+been\s+negotiating\s+(?:with\s+[^,.;:]{1,60}?\s+)?(?:on\s+|over\s+)?"
    r"(?P<negotiated>[^,.;:]+?)(?=\s+(?:since|for|through|with|under|in)\b|[,.;:]|$)"
    r"|\b(?P<subject>(?:the|a|an)\s+(?:[\w’'-]+\s+){1,6}?[\w’'-]+)(?:,\s+including\s+[^,;]{1,100},)?\s+"
    r"(?:(?:is|are)\s+(?:still\s+)?being|(?:will|(?:is|are)\s+(?:yet\s+|still\s+)?to)\s+be)\s+"
    r"negotiated\b"
    r"|\b(?:are|is|remains?)\s+(?:still\s+)?in\s+(?P<noun>talks|negotiations)\s+"
    r"(?:with\s+[^,.;:]{1,60}?\s+)?(?:on|over|about|for)\s+(?P<talked>[^,.;:]+)"
    r"|\b(?P<unfinished>(?:talks|negotiations|discussions)\s+(?:on|over|about|for)\s+[^,.;:]+?)\s+"
    r"(?:(?:have|has)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)|(?:are|is)\s+(?:yet\s+to\s+be|"
    r"not\s+yet))\s+(?:concluded|completed|finali[sz]ed)\b"
    r"|\b(?:yet\s+to|not\s+yet|still\s+to)\s+(?:conclude|complete|finali[sz]e|wrap\s+up)\s+"
    r"(?:the\s+)?(?P<unconcluded>(?:talks|negotiations|discussions)\s+(?:on|over|about|for)\s+"
    r"[^,.;:]+)", re.I)
#: The verb saying an issue is still there, which its headline leaves out: "(differences)
#: remained (over X)".
_STILL_THERE = re.compile(r"\s+(?:still\s+)?(?:remain|remains|remained|persist|persists|persisted|"
                          r"linger|lingers|lingered)\b")
#: Where a noun phrase after an issue cue gives way to its clause's verb ("… shows no sign").
_FINITE_VERB = re.compile(r"(?<!\bthe)(?<!\bits)(?<!\btheir)(?<!\ba)(?<![’']s)\s+"
                          r"(?:has|have|had|is|are|was|were|did|does|do|remains?|remained|"
                          r"flared|erupted|resurfaced|"
                          r"re-?ignited|intensified|deepened|worsened|escalated|"
                          r"continues?|"
                          r"continued|shows?|showed|persists?|persisted|will|would|could|"
                          r"can|may|might)\b")

#: Nouns of a harmful act, and the harm they did, told after them: "(the blockade) stranded
#: 4,000 trucks", "(the floods) killed 40 people".
_HARMFUL_NOUN = re.compile(r"blockades?|attacks?|strikes?|clash(?:es)?|protests?|fighting|"
                           r"violence|shelling|floods?|flooding|sanctions|tariffs", re.I)
_HARM_DONE = re.compile(r"(?:has\s+|have\s+)?(?:stranded|killed|wounded|displaced|disrupted|"
                        r"halted|damaged|destroyed|cost|left|forced)\s+\S")
#: A verb after an issue's noun, which is its subject: "(the protests) began peacefully".
_VERB_OF_ITS_SUBJECT = re.compile(r"\s+(?:\w+ly\s+)?(?:began|broke\s+out|erupted|flared|"
                                  r"escalated|intensified|spread|ended|eased|subsided|were|was|"
                                  r"have|has|had|are|is)\b")

#: The cue patterns read from every clause, each run only on a clause holding a piece of text
#: its matches must hold (most clauses hold no cue of a kind).
#: More agreement cues, gated apart from `_AGREEMENT` because they are spelled with common
#: words ("deal", "agreement"): what a deal does ("the pact grants X"), the commitments it
#: includes.
_DEAL_DOES = re.compile(
    r"\b(?:deal|agreement|accord|pact|treaty|memorandum|arrangement|protocol|package)"
    rf"(?:{DEAL_ASIDE})?\s+(?:also\s+)?{DEAL_TERM_VERB}\b"
    r"(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:foundation|basis|platform)\b)|"
    rf"\b(?:deal|agreement|accord|pact|treaty|memorandum|arrangement|package)(?:{DEAL_ASIDE})?"
    r"\s+(?:that\s+|which\s+)?(?:will|would)\s+see\s+(?-i:[A-Z]|(?:the\s+)?(?:two\s+)?[a-z]+\s+"
    r"(?:[a-z]+\s+)?(?:companies|firms|sides|countries|governments)\b)|"
    r"\b(?:deal|agreement|accord|pact|package) (?:also )?(?:includes?|contains?) (?:a |the )?"
    r"(?:[\w-]+ )?commitments? (?:by [^,;]{1,40} )?to\b", re.I)
_AGREEMENT_CUE = FirstOfGated(_AGREEMENT, _DEAL_DOES)
_NOT_AGREEMENT_CUE = LiteralGated(_NOT_AGREEMENT)
_SHARED_COMMITMENT_CUE = LiteralGated(_SHARED_COMMITMENT)
#: Another body or thing a side wants to act, named by a common noun: "(Baku wants) the EU's
#: monitoring mission(, deployed since 2023,) to leave", "(wants) the talks to cover X".
_ANOTHER_TO_ACT = (r"(?:the|an?)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:\.[\w’'-]*)*"  # "the U.K."
                   r"(?:,[^,;]{1,80},)?\s+to\s+"
                   r"(?!be\b)(?-i:[a-z])")
#: A party's part in a body or a tie suspended: "suspended its engagement with IGAD".
_SUSPENDED_TIES = (r"\bsuspend(?:s|ed|ing)?\s+(?P<what>(?:its|their)\s+(?:engagement|participation|"
                   r"membership|cooperation)\s+(?:with|in)\s+(?:the\s+)?[^,;.]{2,60}?)"
                   r"(?=\s+(?:in|on|since|after|from|last|this)\b|[,;.]|$)")
#: More issue cues, gated apart from `_ISSUE` because they are spelled with common words
#: ("ties", "stop"): what strains ties, a call to stop, withdraw or release, censure, a claim
#: sought.
_ISSUE_MORE = re.compile(
    rf"{_STRAINS_TIES}|"
    rf"{_REQUEST_VERB}\s+(?!(?:their|our)\s)(?:(?<=\bbeen\s(?:urged|asked)\s)|"
    r"(?:[\w’'.-]+\s+){1,4}?)to\s+(?:immediately\s+)?"
    r"(?:stop|cease|halt|end\s+(?:its|their)|withdraw\s+(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:troops|forces|soldiers|fighters)|release|free)\s|"
    r"\b(?:slam(?:s|med|ming)?\s|lambast\w*|decr(?:y|ies|ied)\s)|"
    r"\b(?:seek(?:s|ing)?|sought)(?=\s+(?:\w+\s+)?(?:compensation|reparations|redress|damages|"
    r"restitution|an\s+apology)\b)|"
    r"\b(?:wants?|wanted)(?=\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){1,3}to\s+[a-z]|"
    rf"(?<!\bwant)\s+{_ANOTHER_TO_ACT}|\s+(?:assurances|"
    r"guarantees|compensation|reparations|an\s+apology)\b)|"
    r"\b(?:overlapping|rival|competing|conflicting)\s+(?:territorial\s+|maritime\s+)?claims\b|"
    r"\bsummon(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?(?:ambassadors?|envoys?|"
    r"charg[ée]s?\s+d[’']affaires|diplomats?)\s+(?:over|about|in\s+protest\s+(?:at|over))\b|"
    r"\btrad(?:ed|e|es|ing)\s+blame\s+(?:for|over)\b|"
    r"(?:(?<=diplomatic )|(?<=trade )|(?<=border )|(?<=political )|(?<=bitter )|(?<=fishing )|"
    r"(?<=territorial ))rows?\b|"
    r"\bclaim(?:s|ed|ing)?(?=\s+sovereignty\s+over\b)|"
    r"\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:replied|responded)\s+to\b|"
    r"\bfired\s+(?:water\s+cannons?|warning\s+shots|shots|flares|missiles|rockets|shells|"
    r"artillery)\s+(?:at|on|toward|towards|into)\b|"
    r"\b(?:expel(?:s|led|ling)?|recall(?:s|ed|ing)?)(?=\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,3}(?:diplomats?|ambassadors?|envoys?|attach[ée]s?|consuls?)\b)|"
    rf"{_SUSPENDED_TIES}", re.I)
#: Relations gone cold, gated apart on the word for their state, not on "ties".
_TIES_CHILLED = re.compile(r"\b(?:relations|ties)\s+(?:between|with)\s[^,;.]{3,60}?\s"
                           r"(?:have\s+|has\s+)?(?:been\s+|remained\s+|remain\s+|grown\s+)?"
                           r"(?:cooled|frosty|chilly|tense)\b", re.I)
#: Progress said to be slow on a matter, which is still open: "progress on the maritime boundary
#: had been slow".
_SLOW_PROGRESS = (r"progress\s+(?:(?P<slow_on>(?:on|in|towards?)\s+[^,;.]{3,80}?)\s+"
                  r"(?:has|had)\s+been\s+(?:\w+ly\s+)?(?:slow|limited|slower)\b|"
                  r"(?:has|had)\s+been\s+(?:\w+ly\s+)?(?:slow|limited|slower)\s+"
                  r"(?P<slow_after>(?:on|in|towards?)\s+[^,;.]{3,80}))")
#: A deadline missed, for what: "has missed the deadline (for holding elections)".
_MISSED_DEADLINE = (r"missed\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?deadline"
                    r"(?P<missed_for>\s+(?:for|to|on)\s+[^,;.]+)?")
#: A matter told as left open in common words, gated apart from `_ISSUE` so that its pieces
#: ("differ", "remain") do not open that pattern's gate: sides that differ, a decision put off,
#: a matter still on the table, violence that goes on, concern told as worry.
_LEFT_OPEN = re.compile(
    rf"\b(?:{_MUST_STILL}\s+(?:still\s+)?agree\s+(?:on|over)\s|"
    r"differ(?:s|ed)?\s+(?:sharply\s+|widely\s+|still\s+)?(?:on|over|about)\s|"
    r"remain(?:s|ed)?\s+on\s+the\s+table\b|"
    r"thorn\s+in\s+(?:the\s+)?(?:side|relations|ties)\b|(?<=the\s)plight\s+of\s|"
    r"(?:seek\w*|sought|request\w*|ask\w*\s+for|demand\w*)\s+(?:further\s+|more\s+)?"
    r"(?:clarity|clarifications?|explanations?)\s+(?:on|about|over|regarding|concerning)\s|"
    r"remain(?:s|ed)?\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:challenge|problem|obstacle|hurdle)\b|"
    r"worr(?:ied|ies)\s+(?:about|over)\b|"
    rf"{_SLOW_PROGRESS}|{_MISSED_DEADLINE}|"
    r"failure\s+to\s+(?:implement|comply\s+with|honou?r|abide\s+by|respect)\b|"
    rf"{_DEFERRED}|{_VIOLENCE_GOES_ON})", re.I)
#: A question the text says no one can answer yet: "it remains unclear whether Brel will
#: sign", "the question of who would command the mission (was left open)"; not one a party has
#: not answered ("Brel has yet to say whether …"), which names the party.
_OPEN_QUESTION = re.compile(
    r"\b(?:unclear|uncertain|unknown|undecided|not\s+(?:yet\s+)?(?:clear|known)|"
    r"(?P<named>questions?\s+(?:of|over|about|as\s+to)))\s+"
    r"(?P<question>(?:who|whether|how|when|where|which)\s+[^,;.]+"
    r"(?:(?:(?<=\b[A-Z])\.|\.(?=\d))[^,;.]*)*)", re.I)
#: Tensions that rose because of an event, told after them: "tensions flared again this week
#: after (border guards exchanged fire)".
_FLARED_AFTER = re.compile(
    r"\b(?:tensions?|frictions?)\s+(?:(?:have|has|had)\s+)?(?:flared|rose|risen|escalated|"
    r"mounted|spiked|grew|grown|soared|erupted)(?:\s+(?:up|again|anew|sharply))*"
    r"(?:\s+(?!(?:after|following|when|since)\b)[\w’'-]+){0,4}?\s+"
    r"(?P<since>after|following|when|since)\s+"
    r"(?P<cause>[^,;.]{8,}?)(?=\s+(?:in|on|last|this)\s+(?:\w+day|week|month|year)\b|[,;.]|$)",
    re.I)
#: A condition a party must meet by acting on what is its own: "(… unless) Brel clears its
#: arrears", "(until) Kenya lifts its ban on X".
_OWN_ACT_REQUIRED = re.compile(
    r"\b(?:unless|until)\s+(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2})\s+"
    r"(?-i:[a-z]+(?:s|ed))\s+(?:its|their)\s+(?P<what>[^,;.]+)", re.I)
#: What leaves a question named as such open: "(the question of X) was left open".
_LEFT_UNANSWERED = re.compile(r"\b(?:left\s+open|remains?\s+open|remained\s+open|unresolved|"
                              r"unanswered|unsettled|undecided|not\s+(?:been\s+)?(?:settled|"
                              r"resolved|answered|addressed|discussed))\b", re.I)
#: A matter named as an issue whose settlement is sought: "(the immediate) resolution of the
#: abductions issue", "a settlement of the border dispute".
_SETTLEMENT = (r"(?:resolution|settlement|solution)\s+(?:of|to)\s+(?:the\s+)?"
               r"(?P<matter>(?:[\w’'-]+\s+){1,4}?(?:issue|dispute)s?)")
_SETTLEMENT_SOUGHT = re.compile(rf"(?<!reached\s)(?<!reached\sa\s)(?<!found\s)(?<!found\sa\s)"
                                rf"(?<!signed\s)(?<!commitment\sto\sthe\s)(?<!committed\sto\sthe\s)"
                                rf"\b{_SETTLEMENT}\b", re.I)  # not one the sides commit to
#: The same, as the whole of a topic named after a call for it.
_SETTLEMENT_OF = re.compile(rf"(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?{_SETTLEMENT}", re.I)
_ISSUE_CUE = FirstOfGated(_ISSUE, _ISSUE_MORE, _TIES_CHILLED, _LEFT_OPEN, _OPEN_QUESTION,
                          _SETTLEMENT_SOUGHT)
_HELD_CUE = LiteralGated(re.compile(_HELD, re.I))
_SLOW_OR_MISSED = LiteralGated(re.compile(rf"\b(?:{_SLOW_PROGRESS}|{_MISSED_DEADLINE})", re.I))
_WEAK_ISSUE_CUE = LiteralGated(_WEAK_ISSUE)
_ISSUE_OBJECT_CUE = LiteralGated(_ISSUE_OBJECT)
_OPEN_QUESTION_GATED = LiteralGated(_OPEN_QUESTION)
_FLARED_AFTER_GATED = LiteralGated(_FLARED_AFTER)
#: Matters that weighed on a meeting, told as the subject of its verb: "(Sanctions
#: circumvention and water disputes) overshadowed the talks".
_OVERSHADOWED_GATED = LiteralGated(re.compile(
    r"^(?:[^,;]{0,40},\s+)?(?P<what>[^,;]{3,80}?),?\s+(?:however,?\s+|also\s+)?"
    r"(?:overshadowed|clouded|marred|dominated|loomed\s+(?:large\s+)?over|hung\s+over)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|meeting|summit|visit|preparations|session|"
    r"discussions|negotiations|gathering)\b", re.I))
#: A matter one side pressed another over: "pressed counterparts over (re-exports of X)".
_PRESSED_OVER_GATED = LiteralGated(re.compile(
    r"\bpress(?:ed|es|ing)?\s+(?:(?:his|her|their|its)\s+)?(?:[\w’'.-]+\s+){0,3}?"
    r"(?:over|on|about)\s+(?P<what>[^,;.]{3,120})", re.I))
_SETTLEMENT_SOUGHT_GATED = LiteralGated(_SETTLEMENT_SOUGHT)
_OWN_ACT_REQUIRED_GATED = LiteralGated(_OWN_ACT_REQUIRED)
_UNAGREED_CUE = LiteralGated(_UNAGREED)
_STALLED_TALKS_CUE = LiteralGated(_STALLED_TALKS)
_TALKS_GOING_ON_CUE = LiteralGated(_TALKS_GOING_ON)
_TALKS_CONTINUING_CUE = LiteralGated(_TALKS_CONTINUING)
_OVERDUE_REQUEST_CUE = LiteralGated(_OVERDUE_REQUEST)


@dataclass
class Draft:
    """The items found in an article, ready to be written as a briefing."""

    agreements: list[dict] = field(default_factory=list)
    open_issues: list[dict] = field(default_factory=list)
    upcoming: list[dict] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)
    #: The sentences read as items of a list whose lead-in tells what they are ("The two
    #: sides signed the following:"): alone, such an item need not say so.
    listed: list[str] = field(default_factory=list)


def extract_items(paragraphs: list[list[str]], reference: dt.date, people: list[str],
                  main_parties: list[str], headings: frozenset[int] = frozenset(),
                  marked: frozenset[int] = frozenset()) -> Draft:
    """Items from paragraphs of sentences; list items after an agreement lead-in are agreements.

    A heading (the indexes in `headings`) names a section; it is no item of a list and ends one.
    After items the text marks as such (the indexes in `marked`: "- …", "b) …"), a paragraph
    without a mark ends the list too.
    """
    draft = Draft()
    lead_in = ""  # the sentence leading the list being read ("… signed the following:"), if any
    open_lead_in = ""  # the same of a list of what is still unsettled ("… remain open:")
    before: list[str] = []
    headed: set[str] = set()  # lead-ins that are headings, whose items tell their own verbs
    joined = closed = False  # the list's items so far end in ";", and its last in "."
    for index, (sentences, readout) in enumerate(zip(paragraphs, quoted_whole(paragraphs),
                                                     strict=True)):
        item = (len(sentences) == 1 or (index in marked and not _TOLD_AS_A_CLAUSE.match(
            sentences[0]))) and index not in headings and \
            not (index - 1 in marked and index not in marked) and \
            not (index not in marked and _OWN_CLAUSE.match(sentences[0]))
        if closed and not (sentences and sentences[-1].rstrip(" *").endswith(":")):
            lead_in = ""  # "…; and (c) a new pathway for graduates." has ended the list its
            # items ran in, one sentence with its lead-in, unless a new part of it is headed
            # ("Energy:")
        listed = lead_in if item and not (lead_in in headed and sentences and
                                          _TOLD_WITH_A_VERB.search(sentences[0])) else ""
        lead_in = lead_in if item else ""
        closed = bool(listed) and joined and sentences[-1].rstrip().endswith(".")
        joined = bool(listed) and sentences[-1].rstrip().endswith((";", "; and", "; or", ","))
        if not item and sentences and index in headings and \
                _OUTCOMES_HEADING.fullmatch(sentences[-1].strip(" .:*#")):
            lead_in = sentences[-1]  # "## Key outcomes": a noun phrase below it is one
            headed.add(lead_in)
        elif not lead_in:
            lead_in = sentences[-1] if sentences and _is_lead_in(sentences[-1]) else ""
        still_open = open_lead_in if item else ""
        open_lead_in = still_open or (sentences[-1] if sentences and _is_open_lead_in(
            sentences[-1]) else "")
        for number, sentence in enumerate(sentences):
            known = len(draft.upcoming)
            issued = len(draft.open_issues)
            spoken = _is_quoted_speech(sentence) and not readout
            _sentence_items(draft, sentence, reference, people, main_parties,
                            "" if number else listed, spoken, index in headings)  # "- Implement
            # X. In this context, both sides will Y.": the item is its first sentence
            for issue in draft.open_issues[issued:]:
                _name_what_was_left(issue, sentence, before[-1] if before else "")
            unnamed = [i for i in range(known, len(draft.upcoming))
                       if draft.upcoming[i]["kind"] == "visit" and not draft.upcoming[i]["who"]]
            said_he = _SAID_HE.search(sentence) if unnamed else None
            if unnamed and HE_OR_SHE_ACTS.match(sentence):
                named = next((name for name in (_last_named(s, people) for s in reversed(before))
                              if name is not None), None)  # looked for only when a "she" travels
            elif said_he:  # "Aydemir said …, and that he would travel to Port Sudan"
                named = _last_named(sentence[:said_he.start()], people)
            elif invited_him := _INVITED_HIM.search(sentence) if unnamed else None:
                told = sorted((last_mention(sentence[:invited_him.start()], person), person)
                              for person in people
                              if mentions(sentence[:invited_him.start()], person))
                named = told[-1][1] if len(told) > 1 else None  # "A thanked B for X and
                # invited him to visit Y": B, named last and after the one who invites
            else:
                named = None
            for i in unnamed if named else ():
                draft.upcoming[i] = with_visitor(draft.upcoming[i], named)
            during = known and _DURING_THAT.match(sentence)
            if during:
                _date_as(draft.upcoming[known - 1], draft.upcoming[known:])
            elif known and before and HE_OR_SHE_ACTS.match(sentence) and \
                    draft.upcoming[known - 1]["kind"] in ("visit", "state-visit") and \
                    draft.upcoming[known - 1]["evidence"] == before[-1]:
                _date_as(draft.upcoming[known - 1],  # "He will hold talks with X", after the
                         [event for event in draft.upcoming[known:]  # sentence dating his visit
                          if event["kind"] not in ("visit", "state-visit")])  # not "She will
                # also visit Y": another trip
            for event in draft.upcoming[known:]:
                trip = _trip_to(event, draft.upcoming[:known])
                if trip:
                    _date_as(trip, [event])
            if before and _REQUEST_UNANSWERED.search(sentence) and \
                    not any(i["evidence"] == sentence for i in draft.open_issues):
                _request_left_open(draft, before[-1], main_parties)  # unless the answer is
                # drafted as an issue already ("No reply to the request")
            before = [*before[-2:], sentence]
        if still_open:
            _unsettled_item(draft, sentences[0], main_parties)
    heading_texts = {sentence for index in headings if index < len(paragraphs)
                     for sentence in paragraphs[index]}
    draft.upcoming[:] = [event for event in draft.upcoming
                         if not _told_stop_by_stop(event, draft.upcoming) and
                         not (event["evidence"] in heading_texts and
                              told_below(event, draft.upcoming))]
    return draft


#: No answer to a request told just before: "Togo did not respond publicly to the request" (a
#: refusal, "rejected the request", is an issue of its own sentence).
_REQUEST_UNANSWERED = LiteralGated(re.compile(
    r"\b(?:did|has|have|had)\s+not\s+(?:yet\s+)?(?:\w+ly\s+)?(?:respond(?:ed)?|repl(?:y|ied))\s+"
    r"(?:\w+ly\s+)?to\s+(?:the|this|that)\s+(?:request|proposal|call|appeal)\b", re.I))
#: Who was asked to do what: "(asked) Togo to (reduce transit fees …)".
_ASKED_WHOM = re.compile(r"\w+\s+(?P<whom>.+?)\s+to\s+")


def _name_what_was_left(issue: dict, sentence: str, before: str) -> None:
    """"No decision" on what its own sentence put up before saying so ("Canada is reviewing
    options for X, and no decision has been taken"), else on what the sentence before told
    ("Both sides intend to examine whether X. No decision has yet been taken on this.")."""
    lack = _LACK_ALONE.fullmatch(issue["topic"])
    if not lack:
        return
    matter = _MATTER_TOLD.search(_LACK_TOLD.split(sentence, maxsplit=1)[0]) or \
        _MATTER_TOLD.search(before)
    if matter:
        what = matter.group("matter") or matter.group("object")
        issue["topic"] = fit(f"{lack.group(0)} on {what}", issue["evidence"])


#: A lack of a decision that names nothing it is on: "No decision", "No agreement".
_LACK_ALONE = re.compile(r"No\s+(?:decision|agreement|consensus|commitment)")
#: The matter a sentence puts up for a decision: "(examine) whether X", "(study) the X",
#: "(reviewing) options for X".
_MATTER_TOLD = re.compile(r"\b(?P<matter>(?:whether|how|when)\s+[^,;.]{3,120})|"
                          r"\b(?:examine|study|consider|discuss|review|explore|assess)\w*\s+"
                          r"(?P<object>(?:(?:the|a|an)\s+|options?\s+|ways?\s+)[^,;.]{3,120})",
                          re.I)
#: Where a sentence says nothing was decided, after the matter it may have told.
_LACK_TOLD = re.compile(r"\b(?:no|any)\s+(?:decision|agreement|consensus)\b", re.I)


def _request_left_open(draft: Draft, asking: str, main_parties: list[str]) -> None:
    """A request the next sentence says went unanswered is an open issue, told where it is
    made: "Ghana’s request that Togo reduce transit fees …"."""
    asked = _REQUEST_TO.search(asking)
    whom = _ASKED_WHOM.match(asked.group(0)) if asked else None
    if not whom or any(i["evidence"] == asking for i in draft.open_issues):
        return
    whose = _whose("request", asking[:asked.start()])
    topic = fit(f"{whose} that {whom.group('whom')} {asked.group('what')}", asking)
    _add_sentence_issue(draft, topic, asking, main_parties)


def _told_stop_by_stop(trip: dict, events: list[dict]) -> bool:
    """Whether a trip to several places ("will travel to Kazakhstan and Uzbekistan") is told
    again as a visit to each ("arrive in Astana on Nov. 2", "then head to Tashkent"): the
    visits say more, and the trip is no event of its own."""
    places = re.split(r"\s+and\s+", trip.get("where") or "")
    if trip["kind"] != "visit" or len(places) < 2:
        return False
    stops = [event["where"] for event in events if event is not trip and event["kind"] == "visit"
             and event.get("where") and event["who"] == trip["who"]]
    return all(any(stop == place or stop.endswith(f", {place}") for stop in stops)
               for place in places)


def undated(upcoming: list[dict]) -> list[str]:
    """A note for the report on each upcoming event with no date yet, by its place in the
    draft's final list (so made once that list is settled)."""
    return [f"upcoming[{i}] has no date: {event['what']}"
            for i, event in enumerate(upcoming) if event["when"] is None]


#: The steps a request's verb asks for, past a comma between their adjectives: "(urges X to
#: take further), verifiable steps".
_STEPS_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+\s+){0,2}(?:steps|measures|actions?|efforts)\b")
#: A marked paragraph of several sentences that opens with a clause of its own ("- President X
#: has delivered a deal. …", "1. We note …"), not with the act a list's item names ("- Implement
#: X. …").
_TOLD_AS_A_CLAUSE = re.compile(r"(?:We|They|I|He|She|It)\s|(?:[\w’'.-]+\s+){1,4}?(?:was|were|is|"
                               r"are|has|have|had|will|would|shall|can|could|may|might|must|"
                               r"should)\b")
#: A paragraph told as a clause of its own, which no list of deals goes on into: "The
#: exchange ceremony was attended by …", "The two sides also announced …".
_OWN_CLAUSE = re.compile(r"(?:The|These|This|Both|Their|Its)\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|"
                         r"are|has|have|had|will|would|also)\b")
#: A sentence set in the event told just before it: "During the visit, the ministers will …".
_DURING_THAT = re.compile(r"(?:During|At|On the (?:sidelines|margins) of) (?:the|this|that) "
                          r"(?:visit|trip|summit|meeting|conference|talks)\b|"
                          r".*\bon the (?:sidelines|margins)\W*$")


def _trip_to(event: dict, earlier: list[dict]) -> dict | None:
    """The dated visit an undated event takes place on: "In Addis Ababa, the Secretary will
    meet …" after "will travel to Nairobi and Addis Ababa next week"."""
    if event["when"] is not None or not event["where"]:
        return None
    city = event["where"].split(",")[0]
    return next((trip for trip in reversed(earlier) if trip["when"] and trip["where"] and
                 trip["kind"] in ("visit", "state-visit") and
                 re.search(rf"\b{re.escape(city)}\b", trip["where"])), None)


def _date_as(earlier: dict, events: list[dict]) -> None:
    """Give the undated events of a sentence set in `earlier` its date."""
    for event in events:
        if event["when"] is None and earlier["when"]:
            event["when"], event["when_text"] = earlier["when"], earlier["when_text"]


_INVITED_HIM = re.compile(INVITED_ONE_TOLD)
#: A speaker's "he" or "she" who will travel: "Aydemir said … that he would travel to X".
_SAID_HE = re.compile(r"\b(?:said|says|added|announced)\b[^.;]*?\b(?:that\s+)?(?:he|she)\s+"
                      r"(?:would|will|is\s+to|was\s+to|plans\s+to|planned\s+to)\b")


def _last_named(sentence: str, people: list[str]) -> str | None:
    """The person a sentence names last, whom a "he" or "she" in the next one may be; ""
    when its subject is an office without a name ("On 25 October, the Chancellor will …"),
    which the "he" is more likely to be than anyone named earlier."""
    if _OFFICE_AS_SUBJECT.match(LEAD_ADVERBIAL.sub("", sentence)):
        return ""
    acting = acting_people(sentence, people)
    if acting:
        return acting[-1]
    named = [(last_mention(sentence, person), person) for person in people
             if mentions(sentence, person)]
    return max(named)[1] if named else None


#: A sentence whose subject is an office, not a name: "The Chancellor will open …".
_OFFICE_AS_SUBJECT = re.compile(r"[Tt]he\s+(?:[A-Z][\w-]+\s+){1,3}(?:will|would|is|was|has|had|"
                                r"said|met|spoke|told)\b")


def _is_open_lead_in(sentence: str) -> bool:
    """A sentence whose list items are matters still unsettled: "The following chapters
    remain open:"."""
    return sentence.rstrip().endswith(":") and bool(_OPEN_LEAD_IN.search(sentence))


def _unsettled_item(draft: Draft, item: str, main_parties: list[str]) -> None:
    """An open issue named by the first phrase of a list item after an open lead-in: "Rules of
    Origin, in particular …;" → "Rules of Origin"."""
    topic = re.split(r"[,;:(]|\s+(?:where|which|including|in\s+particular)\s",
                     _ITEM_MARK.sub("", item))[0].strip(" .")
    if not re.search(r"[A-Za-z]{3}", topic) or any(i["evidence"] == item
                                                     for i in draft.open_issues):
        return
    draft.open_issues.append({"topic": capitalised(fit(topic)),
                              "what": fit(item, limit=18, first_clause=False),
                              "parties": _parties(item, main_parties), "evidence": item})


#: A heading over a list of what was agreed or signed: "Key outcomes", "Documents signed".
_OUTCOMES_HEADING = re.compile(
    r"(?:(?:key|main|major|concrete)\s+)?(?:outcomes?|deliverables|results)(?:\s+of\s+the\s+\w+)?|"
    r"(?:list\s+of\s+)?(?:agreements|documents|memoranda|MoUs|MOUs|instruments)(?:\s+and\s+"
    r"(?:agreements|memoranda|MoUs|MOUs))?\s+(?:signed|exchanged|concluded)", re.I)


#: A list item told as a sentence, with a verb of its own: what it says is read as such.
_TOLD_WITH_A_VERB = re.compile(r"\b(?:will|would|shall|is|are|was|were|has|have|had)\s", re.I)


def _is_lead_in(sentence: str) -> bool:
    """A sentence whose list items are agreements — not a request ("urged them to: …")."""
    return bool(_AGREEMENT_LEAD_IN.search(sentence)) and not _REQUEST.search(sentence) and \
        not (_EXAMPLES_LEAD_IN.search(sentence) and not _DEALS_LEAD_IN.search(sentence)) and \
        not _ATTRIBUTION_LEAD_IN.search(sentence) and not _OPEN_LEAD_IN.search(sentence) and \
        not _ATTENDANCE_LEAD_IN.search(sentence)


#: A lead-in whose list names who took part: "the following took part in the consultations:".
_ATTENDANCE_LEAD_IN = re.compile(r"\b(?:took\s+part|participated|attended|were\s+present|"
                                 r"(?:was|were)\s+(?:represented|accompanied)|delegation\s+"
                                 r"(?:included|comprised|consisted))\b", re.I)


#: A lead-in whose list holds what is still unsettled: "The following chapters remain open:".
_OPEN_LEAD_IN = re.compile(r"\b(?:remains?|remained)\s+(?:open|unresolved|outstanding|pending|"
                           r"under\s+negotiation)\b|\b(?:still|yet)\s+to\s+be\s+(?:agreed|resolved|"
                           r"settled|negotiated)\b|\b(?:open|outstanding|unresolved|pending)\s+"
                           r"(?:issues|questions|chapters|matters|points)\b", re.I)
#: A lead-in that says whose words follow, not what was agreed: "The following is
#: attributable to Spokesperson X:".
_ATTRIBUTION_LEAD_IN = re.compile(r"\battributable\s+to\b|\b(?:said|says|stated|declared)\s*:$",
                                  re.I)


#: Words that give examples of what was just named: "(…,) including", "notably".
_FOR_EXAMPLE = r"(?:including|such\s+as|notably|in\s+particular|particularly|especially)"
#: A lead-in whose list gives examples of what it names ("… the industrial base, including:"):
#: its items say where a commitment goes, not commitments of their own.
_EXAMPLES_LEAD_IN = re.compile(rf"\b{_FOR_EXAMPLE}\s*:$", re.I)
#: A lead-in that names the deals its list holds ("signed several agreements, including:").
_DEALS_LEAD_IN = re.compile(r"\b(?:deals|agreements|commitments|commit\s+to|memorand\w+|"
                            r"documents|accords|contracts|treaties|protocols)\b", re.I)


#: An item of a decision's list that takes a stance, commits to nothing: "3. Expresses deep
#: concern over X", "Condemns the attacks on Y", "Urges the parties to Z" (CAMEO's comments,
#: appeals and praise).
_STANCE_ITEM = re.compile(
    r"(?:\(?\w{1,4}[.)]\s*)?(?:Express(?:es)?|Condemns?|Commends?|Notes?|Takes?\s+note|"
    r"Urges?|Calls?\s+(?:on|upon)|Appeals?|Encourages?|Stress(?:es)?|Underlines?|Emphasi[sz]es?|"
    r"Reiterates?|Reaffirms?|Recogni[sz]es?|Recalls?|Deplores?|Regrets?|Congratulates?|"
    r"Acknowledges?|Salutes?|Pays?\s+tribute)\b")
_REQUEST = re.compile(_REQUEST_VERB, re.I)
#: A request that others agree, however many it names: "called on the Armed Forces and the Rapid
#: Support Forces to agree to a truce" — their agreement is asked for, not made.
_ASKED_TO_AGREE = re.compile(rf"{_REQUEST_VERB}\s+(?!(?:their|our)\s)(?:[\w’'.-]+\s+){{1,16}}?"
                             r"to\s+(?:agree|sign|conclude|reach|accept|commit)\w*\b", re.I)
#: A commitment the subject makes after a request, as a second predicate of its own: "(called
#: on the parties to halt violence) and agreed (to accelerate talks)".
_OWN_SECOND_PREDICATE = re.compile(r"and\s+(?:agreed|decided|pledged|committed|resolved|vowed)\b")
#: What a request asks of someone: "urged the two sides to Y" → Y. Asked of others, it is no
#: commitment of the one asking; it names an issue.
_REQUEST_TO = LiteralGated(re.compile(  # asking their own ministers is an order; one who
    # "asked not to be named" asks nothing of anyone
    rf"{_REQUEST_VERB}\s+(?!(?:their|our|not)\s)(?:[\w’'.-]+\s+){{1,6}}?to\s+"
    r"(?P<what>[^,;]+)", re.I))


def _sentence_items(draft: Draft, sentence: str, reference: dt.date, people: list[str],
                    main_parties: list[str], listed: str, spoken: bool,
                    heading: bool = False) -> None:
    """The items of one sentence; a heading names its section ("Reinforcing multilateral
    responses") and commits no one to anything. `listed` is the sentence leading the list the
    sentence is an item of ("The two sides signed the following:"), "" for none."""
    if sentence.rstrip("”\"’' ").endswith("?"):
        return  # a question asks; it states no commitment, issue or plan
    if listed:
        draft.listed.append(sentence)
    if _RECALLED.match(sentence):
        return  # "Recalling its previous decisions on the situation in X;": what was decided
    of_statement = not spoken and sentence.startswith(("“", '"'))  # a statement quoted whole
    groups = split_clauses(sentence.strip("“”\"") if of_statement else sentence)
    agreed = len(draft.agreements)
    lead = ""  # "The two sides agreed to" before "(a) …; (b) …": what each item continues
    if spoken and (_SAID_STILL_OPEN.search(sentence) or _ISSUE_OBJECT_CUE.search(sentence)) and \
            not sentence.endswith(":"):
        for pieces in groups:  # someone's words: an issue only where they say it is unsettled
            # or name what it is over ("“We have serious concerns over the toll,” he said")
            _issues(draft, sentence, pieces, main_parties, True, reference, people)
    if sentence.endswith(":") and not spoken and not _is_lead_in(sentence) and \
            not _is_open_lead_in(sentence):
        for pieces in groups:  # "Regrets that no progress was made on X, and urges Y to:",
            # "Expresses concern over X, in particular:": a concern of its own before its list
            _issues(draft, sentence, pieces, main_parties, False, reference, people)
    inverted = _UNSETTLED_FIRST.match(sentence) if not spoken else None
    if inverted:  # "Still unresolved are A, B, and C": each listed matter is open
        _listed_issues(draft, sentence, inverted.group("matters"), main_parties)
        return
    quote_ends = closes_a_quotation_begun_before(sentence) and not _WE_AGREED.search(
        sentence)  # '…," he said.': the end of someone's words, which report no commitment
    # unless they tell of one made ("We have agreed that …"); the issues they name count
    if not sentence.endswith(":") and not spoken:
        for pieces in groups:
            item = _ITEM_MARK.match(pieces[0])
            if item and lead:  # "(b) harmonise customs procedures": agreed as "(a)" was
                pieces = [lead + pieces[0][item.end():], *pieces[1:]]
            agreement = _is_agreement(" and ".join(pieces)) or (
                len(pieces) > 1 and _PRAISE.search(pieces[0]) is not None and
                any(_is_agreement(piece) and (_MADE_AFTER_PRAISE.search(piece) or
                                              _CONGRATULATED.search(pieces[0]))
                    for piece in pieces[1:]))  # "congratulated her on her election and
            # reaffirmed his commitment to X": the courtesy praises no commitment
            if agreement and not heading and not quote_ends:
                _agreements(draft, sentence, pieces, main_parties, reference)
            first_item = _FIRST_ITEM_MARK.search(pieces[0])
            if agreement and first_item and _CONTINUED_BY_ITEMS.search(
                    pieces[0], 0, first_item.start()):  # "agreed to: (a) …", not "…, including
                lead = pieces[0][:first_item.start()].rstrip(" :") + " "  # by: (1) …"
            terms = bool(_DEAL_TERMS.match(LEAD_ADVERBIAL.sub("", pieces[0])))
            if _UNNAMED_MATTERS.fullmatch(sentence.strip(" .:*")):
                continue  # "Outstanding issues": a section's name, as a heading or run into its
                # paragraph ("**Outstanding issues.** The two sides …"); the issues follow it
            _issues(draft, sentence, pieces, main_parties, bool(agreement or terms or listed),
                    reference, people)
    for found in draft.agreements[agreed:] if listed else ():
        if found["status"] == "agreed":  # "The two sides signed the following: – an MoU on …"
            found["status"] = _status(listed)
    term = agreement_label(_after_colon(sentence), sentence) \
        if listed and len(draft.agreements) == agreed and \
        not _STANCE_ITEM.match(_after_colon(sentence)) else ""
    if term and _names_an_act(term) and not _NOT_AGREEMENT_CUE.search(term):  # a term told
        # without a verb of its own; not "(Decides to) remain seized of the matter"
        draft.agreements.append({"what": term, "status": _status(listed),
                                 "parties": _parties(sentence, main_parties),
                                 "evidence": sentence})
    planned = len(draft.upcoming)
    add_events(draft.upcoming, draft.unsure, sentence, reference, people, main_parties)
    if len(draft.agreements) == agreed and not spoken and not heading and not quote_ends:
        _agreement_of_a_planned_act(draft, sentence, draft.upcoming[planned:], main_parties)
    _put_off_when_asked(draft, sentence, main_parties)
    _opposed_as_told(draft, sentence, main_parties)
    _matter_raised(draft, sentence, main_parties)
    _put_off_without_a_date(draft, sentence, main_parties)
    _places_discussed(draft, sentence, main_parties)
    _property_seized(draft, sentence, main_parties)


#: Words that say a matter is still unsettled, by which a quotation tells an open issue
#: ("“The question of civilians remains open,” he said") rather than a view of one.
_SAID_STILL_OPEN = re.compile(
    r"\b(?:remains?|remained|is\s+still|are\s+still)\s+(?:\w+ly\s+)?(?:open|unresolved|unsettled|"
    r"undecided)\b|\bno\s+(?:agreement|progress|breakthrough|deal|consensus|decision)\b|"
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:resolved|settled|agreed|decided)\b|\byet\s+to\b|"
    r"\b(?:differences|disagreements?|gaps?)\s+(?:still\s+)?(?:remain|persist)", re.I)
#: A reporter's question and the answer that leaves it open: "Asked about maritime
#: jurisdiction, the minister said the matter is being addressed by the foreign ministries".
_ASKED_ABOUT = re.compile(r"^(?:When\s+)?asked\s+(?:about|on|(?P<whether>whether|if))\s+"
                          r"(?P<what>[^,;]{3,120}?),(?P<answer>.*)$", re.I)
#: An answer that settles nothing: the matter is still being handled, or no answer is given.
_ANSWER_LEAVES_OPEN = re.compile(
    r"\bbeing\s+(?:worked\s+out|addressed|discussed|negotiated|studied|considered|examined|"
    r"reviewed|looked\s+(?:at|into))\b|"
    r"\bunder\s+(?:consideration|discussion|negotiation|review|study)\b|"
    r"\b(?:not|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:decided|agreed|settled|resolved|"
    r"finali[sz]ed)\b|\bno\s+decision\b|\btoo\s+early\b|"
    r"\b(?:declined|refused)\s+to\s+(?:comment|say|elaborate|give|specify|be\s+drawn)\b|"
    r"\bwould\s+not\s+(?:comment|say|elaborate|be\s+drawn)\b|"
    r"\bnot\s+(?:been\s+)?(?:discussed|raised|on\s+the\s+agenda)\b", re.I)


#: The matter a yes-or-no question names, when a relative clause follows it: "(Asked whether)
#: the hydrographic survey agreement(, which Male declined to renew, figured in the talks)".
_ASKED_WHETHER_SUBJECT = re.compile(r"(?:the|a|an|its|their)\s+[^,;]+", re.I)


def _put_off_when_asked(draft: Draft, sentence: str, main_parties: list[str]) -> None:
    """The matter a reporter asked about, when the answer leaves it open, is an open issue
    named by the question; a sentence already drafted as an issue keeps that issue."""
    asked = _ASKED_ABOUT.match(sentence)
    if not asked or not _ANSWER_LEAVES_OPEN.search(asked.group("answer")) or \
            any(i["evidence"] == sentence for i in draft.open_issues):
        return
    what = asked.group("what")
    subject = _ASKED_WHETHER_SUBJECT.match(what) if asked.group("answer").startswith(" which") \
        else None
    if asked.group("whether"):  # "Asked whether the survey agreement(, which …,) figured in
        what = subject.group(0) if subject else f"whether {what}"  # the talks": the agreement
    topic = issue_label(what, sentence)
    if topic:
        _add_sentence_issue(draft, topic, sentence, main_parties)


def _matter_raised(draft: Draft, sentence: str, main_parties: list[str]) -> None:
    """A matter a text calls an issue and says was raised or discussed is an open issue:
    "The issue of fishermen was discussed." — what was done about it, if anything, follows."""
    raised = _MATTER_RAISED.match(sentence)
    if raised and not any(i["evidence"] == sentence for i in draft.open_issues):
        what = raised.group("what")
        topic = issue_label(what if len(what.split()) > 1 else f"issue of {what}", sentence)
        if topic:
            _add_sentence_issue(draft, topic, sentence, main_parties)


_MATTER_RAISED = re.compile(r"(?:The\s+)?(?:issue|question|matter)\s+of\s+(?P<what>[^,;]+?)\s+"
                            r"(?:was|were)\s+(?:also\s+|again\s+)?(?:discussed|raised|taken\s+up)"
                            r"\b[^,;]*\.?$")


def _add_sentence_issue(draft: Draft, topic: str, sentence: str, main_parties: list[str]) -> None:
    """An open issue a whole sentence tells, under `topic`."""
    draft.open_issues.append({"topic": topic,
                              "what": fit(sentence, limit=18, first_clause=False),
                              "parties": _parties(sentence, main_parties),
                              "evidence": sentence})


#: A step told, then set off as one another side opposes: "The Commission has proposed phasing
#: out X, a plan Budapest opposes", "…, a move Brel has condemned".
_OPPOSED_AS_TOLD = re.compile(
    r"^(?P<told>[^;]+?),\s+an?\s+(?:[\w-]+\s+)?(?P<noun>move|step|plan|decision|proposal|measure|"
    r"policy|idea|project|ruling|law)\s+(?:that\s+|which\s+)?(?:the\s+)?(?-i:[A-Z])[\w’'.-]*"
    r"(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}(?:\s+(?:officials|authorities|leaders|government))?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|so\s+far\s+|long\s+)?"
    r"(?:oppos|reject|condemn|critici[sz]|protest|denounc|object|contest|disput|resist|"
    r"avoid|refus|balk)\w*\b", re.I)
#: How a step opposed is told, as the head of its label: "(Arden) plans to (build a dam)",
#: "(Arden) expects Brel to (designate the group as terrorist)".
_PLANNED_TO = re.compile(r"\b(?:has\s+|have\s+|had\s+)?(?:(?:plans?|planned|intends?|intended|"
                         r"wants?|wanted|decided|proposed|proposes|seeks?|sought|announced|"
                         r"is\s+seeking|is\s+planning)\s+|"
                         r"(?:expects?|expected|wants?|wanted|urges?|urged|asks?|asked)\s+"
                         r"(?:[A-Z][\w’'.-]*\s+){1,3}(?=to\s))(?:to\s+)?(?P<act>[a-z][^,;]*)$")


def _opposed_as_told(draft: Draft, sentence: str, main_parties: list[str]) -> None:
    """A step one side takes that another opposes is an open issue, named as the step:
    "Phasing out the remaining imports of Russian oil", "Move to build a dam on the river"."""
    opposed = _OPPOSED_AS_TOLD.match(sentence)
    if not opposed or any(i["evidence"] == sentence for i in draft.open_issues):
        return
    told = LEAD_ADVERBIAL.sub("", opposed.group("told"))
    planned = _PLANNED_TO.search(told)
    if not planned:
        return
    act = planned.group("act")
    noun = opposed.group("noun").lower()
    topic = fit(act if re.match(r"[a-z]+ing\b", act) else f"{noun} to {act}", sentence)
    _add_sentence_issue(draft, topic, sentence, main_parties)


#: A run of capitalised words: a name ("Gaza", "South Sudan").
_NAME_RUN = r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*"
#: Matters of a region discussed, named by the places they are in: "discussed regional issues,
#: including Gaza, Sudan and Libya".
_PLACES_DISCUSSED = LiteralGated(re.compile(
    r"\b(?:discussed|exchanged\s+views\s+on|reviewed)\s+(?P<kind>(?:regional|international|"
    r"global)(?:\s+and\s+(?:regional|international|global))?\s+(?:issues|developments|matters|"
    r"affairs)),?\s+(?:including|such\s+as)\s+"
    rf"(?P<places>{_NAME_RUN}(?:,\s+{_NAME_RUN})*,?\s+and\s+{_NAME_RUN})\s*[.;]?$", re.I))


def _places_discussed(draft: Draft, sentence: str, main_parties: list[str]) -> None:
    """Regional matters discussed, named only by where they are, are an open issue named so:
    "Regional issues: Gaza, Sudan and Libya"."""
    discussed = _PLACES_DISCUSSED.search(sentence)
    if discussed and not any(i["evidence"] == sentence for i in draft.open_issues):
        topic = f"{capitalised(discussed.group('kind'))}: {discussed.group('places')}"
        _add_sentence_issue(draft, topic, sentence, main_parties)


#: Boats, vehicles or goods a state's forces seize (CAMEO's "seize or damage property"):
#: "Togolese navy patrols have seized at least 12 canoes since June".
_PROPERTY_SEIZED = LiteralGated(re.compile(
    r"(?P<who>(?:(?:the|a)\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){0,2}(?:navy|naval\s+forces|coast\s+guards?|"
    r"border\s+guards|forces|authorities|army|military)(?:\s+(?:patrols?|vessels?|ships?|units?))?|"
    r"(?P<state>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)?))"
    r"\s+(?:(?:has|have|had)\s+)?(?:seized|impounded|confiscated)\s+(?:an?\s+)?"
    r"(?P<what>(?:(?:at\s+least|more\s+than|some|about)\s+)?(?:(?:\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|dozens\s+of)\s+)?(?:[\w-]+\s+){0,2}?(?:canoes?|boats?|"
    r"vessels?|trawlers?|ships?|tankers?|trucks?|lorries|lorry|cargoes|cargo|shipments?))\b",
    re.I))


def _property_seized(draft: Draft, sentence: str, main_parties: list[str]) -> None:
    """What a state's forces have seized is an open issue, named with who seized it: "At least
    12 canoes seized by Togolese navy patrols"."""
    seized = _PROPERTY_SEIZED.search(sentence)
    if seized and seized.group("state") and not find_parties(seized.group("state"),
                                                             capital_as_state=True):
        seized = None  # "Police seized …", "Smugglers …": no state's act
    if seized and not any(i["evidence"] == sentence for i in draft.open_issues):
        who = re.sub(r"^(?:The|A)\s", lambda article: article.group(0).lower(), seized.group("who"))
        topic = fit(f"{seized.group('what')} seized by {who}", sentence)
        _add_sentence_issue(draft, topic, sentence, main_parties)


#: A postponement that sets no new date: "(was postponed) indefinitely", "(…) to a date to be
#: agreed", "until further notice".
_NO_DATE_SET = LiteralGated(re.compile(
    r"^\s*(?:indefinitely|sine\s+die|until\s+further\s+notice|(?:to|until)\s+(?:a|some)\s+"
    r"(?:later|future)\s+date|to\s+a\s+date\s+(?:still\s+)?to\s+be\s+(?:agreed|set|fixed|"
    r"decided|determined|announced))\b", re.I))


_POSTPONED_WHAT = 10  # words naming what was put off, so that the label stays a headline


def _put_off_without_a_date(draft: Draft, sentence: str, main_parties: list[str]) -> None:
    """A meeting put off with no new date is an open issue, whether or not it is still to come:
    "The envoys' meeting in Cairo was postponed indefinitely" → "… postponed, no new date",
    named as the event drafted from the sentence where there is one."""
    put_off = _PUT_OFF_WITHOUT_DATE.search(sentence) if _PUT_OFF_WORD.search(sentence) else None
    if not put_off or not _NO_DATE_SET.search(sentence[put_off.end():]) or \
            any(i["evidence"] == sentence for i in draft.open_issues):
        return
    event = next((e["what"] for e in draft.upcoming if e["evidence"] == sentence), None)
    what = event or issue_label(put_off.group("what"), sentence, limit=_POSTPONED_WHAT)
    if what:
        _add_sentence_issue(draft, f"{what} postponed, no new date", sentence, main_parties)


_CONTINUED_BY_ITEMS = re.compile(r"\b(?:to|will|shall|would|should|must)\s*:?\s*$", re.I)
#: The mark of an item in a list run into a sentence: "(b) ", "(ii) ", "(3) ".
_ITEM_MARK = re.compile(r"\s*(?:(?:and|or)\s+)?\((?:[a-z]|[ivx]+|\d{1,2})\)\s+")
#: The mark of a list's first item, after the words all its items continue.
_FIRST_ITEM_MARK = re.compile(r":?\s*\((?:a|i|1)\)\s+")
#: A communiqué's preambular paragraph that recalls earlier decisions, with no clause of its
#: own: "Recalling its previous decisions and pronouncements on the situation in X;".
_RECALLED = re.compile(r"(?:Recalling|Further\s+recalling|Bearing\s+in\s+mind)\b[^.]*;$")


def _agreement_of_a_planned_act(draft: Draft, sentence: str, events: list[dict],
                                main_parties: list[str]) -> None:
    """An act the events found due by a date ("must submit its proposals within 90 days") or
    talks to go on, in a sentence with no agreement of its own, is a commitment too; a
    sentence leading a list ("… the following actions by May 14:") leaves it to the items."""
    if _LEADS_A_LIST.search(sentence) or any(i["evidence"] == sentence for i in draft.open_issues):
        return  # "X insists on A, while Y says all cars must carry B by October": a dispute
    if _DEMANDED_OF_ANOTHER.search(sentence):
        return  # "The President reiterated that Hamas must release all hostages by Saturday"
    for event in events:
        due = _DUE_ACT.match(event["what"]) if event["kind"] == "deadline" else \
            _GOING_ON.match(event["what"]) if event["kind"] == "talks" else None
        if due:
            what = agreement_label(LEAD_ADVERBIAL.sub("", sentence), sentence)
            draft.agreements.append({
                "what": what if _names_an_act(what) else capitalised(due.group("act")),
                "parties": _parties(sentence, main_parties),
                "status": "agreed",
                "evidence": sentence,
            })
            return


#: What one side says another must do, a demand, not a commitment: "(said) that Hamas must".
_DEMANDED_OF_ANOTHER = re.compile(r"\bthat\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}"
                                  r"\s+must\b")
#: An act due by a date, as `events` names it: "Deadline to (submit the proposals)".
_DUE_ACT = re.compile(r"Deadline\s+to\s+(?P<act>[a-z]+\s+\S.*)")
#: Talks to go on, as `events` names them: "Continued (discussions on procurement)".
_GOING_ON = re.compile(r"Continued\s+(?P<act>(?:discussions|consultations|talks|negotiations|"
                       r"dialogue)\s+(?:on|about|over)\s+\S.*)")
#: A sentence that leads into a list ("shall take the following actions by May 14:"): its
#: items are the acts, not the sentence.
_LEADS_A_LIST = re.compile(r"\b(?:the\s+following|as\s+follows)\b|:\s*$", re.I)


#: A deal the text has told of, now said to be signed (where, by whom).
_DEAL_TOLD_AGAIN = re.compile(r"(?:the|this|that|these|those)\s+(?:agreements?|deals?|accords?|"
                              r"pacts?|treat(?:y|ies)|memorand(?:um|a|ums)|MoUs?|MOUs?|documents?|"
                              r"declarations?|measures?|decisions?|arrangements?)\s+"
                              r"(?:(?:was|were|had\s+been)\s+"
                              r"(?:signed|sealed|inked|reached|struck|concluded|agreed|adopted|"
                              r"taken)|(?:will|would|(?:is|are|was|were)\s+(?:expected|due|set)\s+"
                              r"to)\s+be\s+(?:formally\s+)?(?:signed|inked|sealed))\b", re.I)
#: Who reports the deal told again: "(Alemu said) the deal would be signed next month".
_REPORTED_LEAD = re.compile(rf"^[^;:]*?{REPORTED}(?=(?:the|this|that|these|those)\s)", re.I)
#: The same, in the active voice, told with only with whom, where or when: "reached the
#: agreement during talks in Seoul(, the first visit by a Japanese minister in years)", "signed
#: the Treaty with the President at a ceremony(, witnessed by …)" (not "signed the document,
#: under which …", which tells its terms).
_DEAL_DONE_AGAIN = re.compile(r"\b(?:reached|signed|struck|sealed|concluded|announced|unveiled|"
                              r"presented)\s+(?:the|this|that)\s+"
                              r"(?:agreement|deal|accord|pact|treaty|memorandum|document)\s+"
                              r"(?:with\s+[^;]{1,120}?,?\s+)?(?:during|at|in|on|after)\b[^,;]*"
                              r"(?:,\s+[^,;]*\b(?:said|says|told)\b"
                              r"[^,;]*|,\s+(?:the|a|an|his|her|their|its)\s+[^,;]*|"
                              r",\s+(?:witnessed|attended|hosted)\s+by\s+[^,;]*)?[.;]?$", re.I)
#: What a deal does, told as its terms: "The agreement would remove tariffs on …" (what it
#: removes is no open issue).
_DEAL_TERMS = re.compile(r"(?:the|this|that|such an?)\s+(?:[\w-]+\s+){0,2}(?:agreement|deal|"
                         r"accord|pact|treaty|package|framework|arrangement|plan|truce|"
                         rf"cease-?fire)(?:{DEAL_ASIDE})?\s+(?:also\s+)?"
                         r"(?:would|will|could|calls\s+for|envisages|foresees|provides\s+for|"
                         rf"{DEAL_TERM_VERB}|grants|opens|sets)\b", re.I)


def _is_quoted_speech(sentence: str) -> bool:
    """A sentence that opens a quotation — or closes one opened before it — is someone's
    words: praise, hope or history as they put it, not a commitment or an issue the text
    reports (its events still count)."""
    opens, closes = sentence.find("“"), sentence.find("”")
    return sentence.startswith(("“", '"')) or (opens < 0) != (closes < 0) or 0 <= closes < opens


def _parties(text: str, main_parties: list[str]) -> list[str]:
    parties = find_parties(FORMER_OFFICE.sub("", text), capital_as_state=True)
    if re.search(r"\b(?:two|both) (?:leaders|sides|countries|presidents|governments|nations)|"
                 r"\bthe (?:leaders|parties|sides)\b|\bbilateral\b", text, re.I):
        parties += [p for p in main_parties if p not in parties]
    if len(parties) < 2 and main_parties:
        parties += [p for p in main_parties if p not in parties]
    return sorted(parties[:4])


def _agreements(draft: Draft, sentence: str, pieces: list[str], main_parties: list[str],
                reference: dt.date) -> None:
    """One agreement per coordinated piece of a clause that has an agreement cue."""
    clause = " and ".join(pieces)
    at = sentence.find(pieces[0])
    if at > 0 and _CONCEDED.search(sentence, 0, at):
        return  # "no state has recognised X, although several have upgraded ties": a fact
        # conceded beside the point made, no deal of the report's own
    told = _COMMENT_ON_THE_ACT.sub("", clause)  # "(agreed on X), a modest step that leaves the
    # treaty initialed two years ago unsigned": what it means, not when it was done
    if _done_before(told, reference) and not (len(pieces) > 1 and _STATED_AFTER.match(pieces[-1])
                                               and not _done_before(pieces[-1], reference)):
        return  # not "welcomed X, in force since last year, and stated that Japan will Y", nor
        # "welcomed progress under X signed in 2022, and agreed to Y"
    if draft.agreements and (_DEAL_TOLD_AGAIN.match(
            _REPORTED_LEAD.sub("", LEAD_ADVERBIAL.sub("", clause), count=1)) or
            _DEAL_DONE_AGAIN.search(clause)):
        return  # "The deal was signed in Nairobi by …": the deal already drafted, told again
    head = commitment_head(_after_colon(pieces[0]))
    pieces = [one for piece in pieces for one in _signed_documents(piece)
              for one in _parties_commitments(one)]
    first = commitment_parties(pieces[0], main_parties) if len(pieces) > 1 else None
    for piece in pieces:
        if len(pieces) > 1 and not _is_agreement(piece) and not piece.startswith("to "):
            continue  # a coordinated clause of its own, without a commitment in it
        if len(pieces) > 1 and _is_background(piece, reference):
            continue  # "noted the slow pace of the accord signed in 2019 and directed …"
        if len(pieces) > 1 and _WELCOMED_PROGRESS.search(piece) and \
                any(_STRONG_AGREEMENT.search(other) for other in pieces if other != piece):
            continue  # "welcomed progress under X and agreed to Y": Y is what they agreed
        if piece.startswith("to ") and head:
            piece = head + piece[3:]
        what = agreement_label(_after_colon(piece), sentence)
        if not _names_an_act(what):
            continue  # "Visit Qatar in October, said at …", "With the formation of X": no act
        dated = _ACT_IN_A_YEAR.search(what)
        if dated and int(dated.group("year")) < reference.year - 1:
            continue  # "(launched the talks in 2022, and had set this year as the deadline)":
            # the act is dated years back, whatever else the sentence dates
        if _ONLY_WHAT_FOLLOWS.search(what):
            continue  # "deepen cooperation in the following areas": the areas, told below
        if _told_in_full(what, draft.agreements):
            continue  # "Explore areas of cooperation" after "… cooperation on climate change"
        _drop_told_in_part(what, draft.agreements)
        draft.agreements.append({
            "what": what,
            "parties": commitment_parties(piece, main_parties) or
            (first if piece[:1].islower() else None) or _parties(piece, main_parties),  # "India
            # will provide land and (will facilitate …)": the first agent's act too
            "status": _status(piece if len(pieces) > 1 and _AGREEMENT_CUE.search(piece)
                              else clause),  # "signed X and agreed to Y": Y is agreed
            "evidence": sentence,
        })


def _only_a_date(topic: str) -> bool:
    """Whether a topic names only a time ("(no agreement reached for) April"): no matter."""
    time = re.sub(r"^(?:for|in|on|by|from|until)\s+", "", topic.strip(" .,"), flags=re.I)
    return [(start, end) for start, end, _ in dates.find_expressions(f"in {time}")] == \
        [(3, 3 + len(time))]


def _done_before(text: str, reference: dt.date) -> bool:
    """Whether `text` tells what was achieved or agreed before the news: history."""
    return bool(_ACHIEVED.search(text) or _is_background(text, reference) or
                _YEARS_BACK.search(_RELATIVE_CLAUSE.split(text, maxsplit=1)[0]))


#: The year an act was done in, told in its label: "Launch the talks in (2022)" — not the year
#: of a thing it names ("Return to the levels agreed in 2015").
_ACT_IN_A_YEAR = re.compile(r"(?<!ed)\s+in\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b")
#: A last piece that states a new commitment of its own: "(and) stated that Japan will …",
#: "(and) agreed to expand X".
_STATED_AFTER = re.compile(r"(?:stated|said|announced|confirmed|added)\s+that\s+|"
                           r"(?:agreed|decided|resolved|pledged|committed|undertook)\s+to\s", re.I)


#: An object that points ahead to what the text lists next: "(cooperation in) the following
#: areas".
_ONLY_WHAT_FOLLOWS = re.compile(r"\bthe\s+following\s+(?:[a-z]+\s+)?(?:areas|fields|sectors|"
                                r"steps|measures|actions|initiatives|priorities|points|issues|"
                                r"matters|commitments|understandings?|principles|elements|"
                                r"outcomes)\b", re.I)
#: A comment on the act just told, set off after it: ", a modest step that leaves X unsigned".
_COMMENT_ON_THE_ACT = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:step|move|deal|"
                                 r"breakthrough|compromise|sign|development|decision|outcome|"
                                 r"result|milestone)\s+(?:that|which)\b.*$")
def _is_a_sides_part(topic: str) -> bool:
    """A side's part in an issue told before it, in a phrase of "with": "With Baku seeking
    unimpeded passage", "Yerevan insisting" — not "Democratic backsliding"."""
    part = _SIDE_DOING.fullmatch(topic)
    return bool(part and (part.group("with") or not part.group("rest").strip()) and
                find_parties(part.group("who"), capital_as_state=True))


_SIDE_DOING = re.compile(r"(?P<with>With\s+)?(?:the\s+)?(?P<who>(?:[A-Z][\w’'.-]*\s+){1,3})"
                         r"[a-z]+ing\b(?P<rest>.*)")
#: What is found wanting, and how: "(offered phased cuts within) an annual quota, which X say
#: is too small".
_WANTING_GATED = LiteralGated(re.compile(
    rf"\b(?:the|an?|its|their)\s+(?P<what>(?:[^,;]|,(?=\d))+?),\s+(?P<judged>{_DEEMED_WANTING})",
    re.I))
#: Dealing with differences, before the word: "manage their (differences)", "properly handling".
_DIFFERENCES_HANDLED = re.compile(r"\b(?:manag|handl|resolv|settl|address|bridg|narrow)\w*\s+"
                                  r"(?:their|our|the|any|such|bilateral\s+)?\s*$", re.I)
#: A matter raised by name, which a relative clause after it tells more of: "raised the issue
#: of (sharing the river's waters), on which (…)".
_RAISED_MATTER = re.compile(r"\b(?:raised|brought\s+up|discussed)\s+(?:the\s+)?(?:issue|question|"
                            r"matter)\s+of\s+(?P<what>[^,;]+),\s+(?:on|over|about|in)\s+which\b")
#: Whom an action is against and what it is over: "(proceedings against) Poland over (its ban)".
_AGAINST_OVER = re.compile(r"(?P<whom>[^,;]+?)\s+over\s+(?P<what>[^,;.]+)")
#: Who says what the clause reports, and so whose "its" it is: "(Greece) said (that …)".
_SPEAKER_BEFORE = re.compile(r"(?P<who>[^,;]+?)\s+(?:said|says|accused|complained|charged|"
                             r"protested|reported)\b")
#: Who imposed a measure, told after it: "(the duty on rice) that the Philippines imposed".
_IMPOSED_BY = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+"
                         r"(?:imposed|introduced|announced|adopted|levied)$")
#: The conjunction before a concessive clause: "(…,) although (several have upgraded ties)".
_CONCEDED = re.compile(r"\b(?:although|though)\s*$", re.I)


def _names_an_act(label: str) -> bool:
    """Whether a label says what was agreed: two words or more besides a date, not who said
    it ("…, said at …") nor only the circumstance ("With the formation of X"), nor a subject
    alone ("We"), a verb and its day ("Launch this fall") or a verb whose object was told
    before ("Discuss them further", "Do so")."""
    undated = label
    for start, end, _ in reversed(dates.find_expressions(label)):
        undated = undated[:start] + undated[end:]
    return len(re.findall(r"[A-Za-z]{2,}", undated)) >= 2 and not _SAYS.search(label) and \
        not _ADVERBIAL_LABEL.match(label) and not _ACT_ON_WHAT_CAME_BEFORE.match(label) and \
        not _GOODWILL.fullmatch(label.strip(" ."))


#: Goodwill with nothing agreed in it: "Strengthen bilateral relations", "Egypt to strengthen
#: its historical relations with Tanzania" (an upgrade to a named partnership is agreed).
_GOODWILL = re.compile(
    r"(?:[\w’'.-]+(?:\s+[\w’'.-]+){0,3}\s+to\s+)?(?:further\s+)?(?:strengthen|deepen|enhance|"
    r"develop|promote|consolidate|boost|advance|reinforce|nurture|cement)\s+"
    r"(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:relations|ties|friendship|"
    r"relationship)(?:\s+(?:between|with|of)\s+[^,;]+)?", re.I)


#: An act whose object is only a pronoun or told before it: "Discuss them further", "Do so by
#: promoting …", "(a moment we intend to) meet, together", "We will continue".
_ACT_ON_WHAT_CAME_BEFORE = re.compile(
    r"(?:[\w.’'-]+\s+to\s+)*(?:do\s+so|[a-z]+\s+(?:them|it|this|these|those|so))"
    r"(?:\s+(?:further|again|together|closely))?(?:\s+(?:by|through|with|in)\b.*)?$|"
    r"[a-z]+,?\s+together$|"
    r"(?:[\w.’'-]+\s+){0,4}(?:will|shall|would|to)\s+continue$", re.I)


def _told_in_full(what: str, agreements: list[dict]) -> bool:
    """Whether one of the last agreements drafted says all that `what` says, and more, or the
    same but for its articles ("Sign the memorandum …" after "Sign a memorandum …"); only the
    last few are asked, so that a long text costs in proportion to its length."""
    words = words_of_label(what)
    bare = words - _ARTICLES
    return any(words < told or bare == told - _ARTICLES
               for told in (words_of_label(a["what"]) for a in agreements[-_TOLD_AGAIN_WITHIN:]))


def _drop_told_in_part(what: str, agreements: list[dict]) -> None:
    """The last agreements drafted that `what` tells again with more ("Sign an agreement on visa
    exemption", then "Sign the Agreement on Visa Exemption for Holders of Passports") go: the
    fuller one stands for both."""
    bare = words_of_label(what) - _ARTICLES
    recent = max(0, len(agreements) - _TOLD_AGAIN_WITHIN)  # only the last few: linear cost
    agreements[recent:] = [a for a in agreements[recent:]
                           if not (words_of_label(a["what"]) - _ARTICLES) < bare]


_ARTICLES = frozenset({"a", "an", "the"})
#: How many agreements back one told again in fewer words is looked for.
_TOLD_AGAIN_WITHIN = 40


#: "signed an accord on ports, which …, and a memorandum on fisheries": one signing per
#: document, each named by its own noun.
_SIGNED = re.compile(r"\b(?:signed|signs?|inked|signing\s+of|exchange\s+of)\s+")
_NEXT_DOCUMENT = re.compile(
    r",?\s+(?:and|as\s+well\s+as)\s+(?=(?:a|an|the|two|three|several)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:agreements?|"
    r"memorand(?:um|a|ums)|accords?|treat(?:y|ies)|declarations?|protocols?|deals?|MOUs?|MoUs?|"
    r"contracts?|charters?|arrangements?|letters? of intent|programmes?|programs?|"
    r"conventions?|frameworks?|roadmaps?|(?:action\s+)?plans?\s+of\s+action)\b)", re.I)


def _signed_documents(piece: str) -> list[str]:
    """A signing of several documents as one piece per document, each after the verb; "signed
    six agreements, including A, B and C" is a signing of A, of B and of C."""
    signed = _SIGNED.search(piece)
    if not signed:
        return [piece]
    listed = _DOCUMENTS_LISTED.match(piece, signed.end())
    if listed:
        return [piece[:signed.end()] + document for document in
                re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:a|an|the)\s)", listed.group("list"))]
    if not _NEXT_DOCUMENT.search(piece, signed.end()):
        return [piece]
    head, documents = piece[:signed.end()], piece[signed.end():]
    return [head + _RELATIVE_CLAUSE.split(document, maxsplit=1)[0]
            for document in _NEXT_DOCUMENT.split(documents)]


def _parties_commitments(piece: str) -> list[str]:
    """Pledges or commitments of several parties welcomed in one piece, one piece each, each
    after the verb: "welcomed the pledge by India of X and the commitment of Thailand to Y"."""
    parts = _NEXT_COMMITMENT.split(piece)
    if len(parts) == 1:
        return [piece]
    first = _COMMITMENT_BY_A_PARTY.search(parts[0])
    head = parts[0][:first.start()] if first else ""
    return [parts[0], *(head + part for part in parts[1:])] if first else [piece]


#: A party's pledge or commitment, by name: "the pledge by India", "the commitment of Thailand".
_COMMITMENT_BY_A_PARTY = re.compile(r"\bthe\s+(?:pledge|commitment|offer|undertaking)\s+"
                                    r"(?:by|of)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
#: Where the next of them begins: "(… to the Fund) and (the commitment of Thailand …)".
_NEXT_COMMITMENT = re.compile(rf",?\s+and\s+(?={_COMMITMENT_BY_A_PARTY.pattern})", re.I)


#: Documents named after their count: "(signed) six agreements, including a memorandum on
#: X, an agreement on Y and a programme of Z".
_DOCUMENTS_LISTED = re.compile(
    r"(?:\w+\s+){1,3}?(?:agreements|documents|memoranda|instruments|accords|deals)"
    r"(?:\s+and\s+(?:memoranda|MoUs|MOUs)(?:\s+of\s+understanding)?)?"
    r"(?:\s+between\s+[^,;:]{1,60}?)?,?\s+"  # "(agreements) and memoranda … between the two"
    r"(?:including|among them|namely)\s+(?P<list>(?:a|an|the)\s+[^;:]+)", re.I)


#: Words quoted, but not a title quoted by name ("the “Action Plan for the Partnership”").
_QUOTED = re.compile(r"[“\"](?!(?:[A-Z][\w’'-]*|of|for|and|the|on|in|to|\d[\d-]*)"
                     r"(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the|on|in|to|\d[\d-]*))*[”\"])"
                     r"[^”\"]*[”\"]")
_STRONG_AGREEMENT = re.compile(r"\b(?:agreed|pledged|signed|committed|commits?)\b", re.I)


#: A piece that praises: its verb rules out no commitment made in the pieces after it
#: ("praised the progress made, and today announced $560 million in new funding").
_PRAISE = LiteralGated(re.compile(rf"\b{_PRAISE_VERB}", re.I))
#: A commitment made, not a stance restated ("…, and highlighted U.S. support for X").
_MADE_AFTER_PRAISE = re.compile(rf"{_STRONG_AGREEMENT.pattern}|\bannounced\s+(?:an?\s+)?{GIVEN}",
                                re.I)
#: Progress welcomed: a commitment only where the clause makes no other.
_WELCOMED_PROGRESS = re.compile(r"\b(?:welcomed|reviewed)\s+(?:and\s+\w+\s+)?(?:ongoing\s+)?"
                                r"(?:efforts|progress)\b", re.I)
#: A deal welcomed, not made: "welcomed the agreement".
_WELCOMED_DEAL = re.compile(r"\bwelcom(?:ed|es) the (?:agreement|deal|truce)", re.I)


#: A call for a step, or the need for one stressed: after a concern in the same sentence, the
#: remedy sought for it.
_CALL_FOR_REMEDY = re.compile(r"\b(?:(?:call(?:ed|s|ing)?|appeal(?:ed|s|ing)?)\s+for|"
                              rf"{STRESSING}(?:ed|es|ing)\s+"
                              r"the\s+(?:urgent\s+)?(?:need|importance|urgency))\b", re.I)


#: Words that make the act after them one not done: denied, hoped for or only supposed.
_UNREAL_BEFORE = re.compile(r"\b(?:not|never|cannot|n[’']t|before|whether|if|until|yet\s+to|"
                            rf"without|{_FAILED_TO}|{_SHORT_OF}|"
                            r"close\s+to)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


#: A time clause the act is told in, which dates what grew after it: "since the two
#: countries (upgraded their relationship)".
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}$", re.I)
#: A denial a few words before a noun of an act, in the same phrase: "did not set a date for
#: (its signing)", "ended without (the signing of …)".
_DENIED_BEFORE = re.compile(r"\b(?:not|no|without|never)\b[^.;,]*$", re.I)
#: An indirect question before what someone will do: "(has yet to say) when it (will lift …)".
_ASKED_HOW = re.compile(r"\b(?:how|when|where|why|what)\s+(?:[\w’'-]+\s+){0,3}$", re.I)
#: A request for what follows: "pressed for (an early signing)", "called for (the …)".
_ASKED_FOR = re.compile(r"\b(?:press(?:ed|es)?|push(?:ed|es)?|call(?:ed|s)?|appeal(?:ed|s)?|"
                        r"lobb(?:ied|ies|y)|hop(?:ed|es)|wait(?:ed|s|ing)?|urg(?:ed|es))\s+for\s+"
                        r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _is_agreement(clause: str) -> bool:
    """A commitment made — not praise for one, a quotation, or a dispute about a deal."""
    clause = _PARTICIPLE_ASIDE.sub("", _QUOTED.sub("", clause))  # "The talks(, mediated by
    # Norway,) will resume": what the talks will do, not a pledge of Norway's
    clause = SUBJECT_BACKGROUND.sub(r"\g<subject>", clause, count=1)  # "The Commission(,
    # which has pledged 80 million euros,) urged …": who the subject is, by what it has done
    if _PRAISE.search(clause) or _WELCOMED_DEAL.search(clause):
        return False
    if _SHARED_COMMITMENT_CUE.search(clause):
        return True
    cue = _AGREEMENT_CUE.search(clause)
    while cue and _FOUNDED_IN_A_YEAR.match(cue.group(0)) and \
            _NAMED_END.search(clause, 0, cue.start()) and _IN_A_YEAR_ALONE.match(clause, cue.end()):
        cue = _AGREEMENT_CUE.search(clause, cue.end())  # "the Comprehensive Strategic Partnership
        # (CSP) established in 2015": how a thing named came to be, no new deal
    request = _REQUEST_TO.search(clause)
    if request and cue and (cue.end() <= request.start() or _OPERATIVE.match(clause) or
                            _OWN_SECOND_PREDICATE.match(clause, cue.start() - 4)):
        request = None  # "adopted a resolution urging states to …", "decides to X and asks Y",
        # "called on the parties to halt violence and agreed to X": the callers' own pledge
    if not cue or _NOT_AGREEMENT_CUE.search(clause) or request or _PENDING_CUE.search(clause):
        return False  # "the accord must still be ratified": a step still open, not a new deal
    talks = _TALKS_GOING_ON_CUE.search(clause) or _TALKS_CONTINUING_CUE.search(clause)
    if talks and talks.start() <= cue.start() < talks.end():
        return False  # "talks on the fishing accord are continuing": the deal talked over
    asked = _ASKED_TO_AGREE.search(clause)
    if asked and asked.start() <= cue.start() < asked.end():
        return False  # "called on the army and the paramilitary forces to agree to a truce"
    demand = _DEMAND_THAT.search(clause, 0, cue.start())
    if demand and demand.end() == cue.start():
        return False  # "Egypt demands that Ethiopia agree to binding rules": asked of another
    undone = _DOCUMENT_NOT_DONE.search(clause)
    if undone and undone.start() <= cue.start() < undone.end():
        return False  # "a memorandum on X, which had been expected to be signed today, was not
        # ready": named, and not done
    if _WH_SUBJECT.match(clause) or _WHERE_OTHERS.search(clause, 0, cue.start()):
        return False  # "Who will pay is still open", "…, where Ankara has signed X": no new deal
    if _UNREAL_BEFORE.search(clause, max(0, cue.start() - 60), cue.start()) or \
            _SINCE_BEFORE.search(clause, max(0, cue.start() - 60), cue.start()):
        return False  # "have not reached agreement on X", "before they reached a deal", "(ties
        # have grown) since the two countries upgraded their relationship": history
    if re.match(r"(?:will|would|shall)\b", cue.group(0), re.I) and \
            _ASKED_HOW.search(clause, max(0, cue.start() - 60), cue.start()):
        return False  # "did not say how the government will fund it": a question, no pledge
    question = _OPEN_QUESTION_GATED.search(clause)
    if question and question.start("question") <= cue.start() < question.end():
        return False  # "It is still unclear who will pay for the repairs"
    if re.search(r"(?:agreed|pledged)$", cue.group(0)) and (
            _PARTICIPLE_AFTER.match(clause, cue.end()) or
            (_NOUN_BEFORE.search(clause, 0, cue.start()) and
             _PLACED_NOT_TO.match(clause, cue.end()))):
        return False  # "short ceasefires agreed in … were violated", "the basis agreed in X"
    if cue.group(0).lower() == "signed" and _DEAL_NOUN_END.search(clause, 0, cue.start()) \
            and re.match(r"\s+(?:by|with|between)\s", clause[cue.end():]):
        return False  # "the first agreement signed by India with …": which deal, not a signing
    if cue.group(0).lower() == "signing" and (
            re.match(r"\s*(?:,|(?:was|were|is|had|has)\b)", clause[cue.end():]) or
            _ATTENDED.search(clause, 0, cue.start()) or _ASKED_FOR.search(clause, 0, cue.start())
            or _DENIED_BEFORE.search(clause, max(0, cue.start() - 45), cue.start())):
        return False  # "The signing was overshadowed by X": a signing told of, none named;
        # "the admiral attended the signing ceremony": who was there; "pressed for an early
        # signing of the deal": a signing still asked for; "did not set a date for its
        # signing": none yet
    if _SCHEDULED.search(cue.group(0)) and _SCHEDULED.search(clause):
        return False  # "the council will hold an emergency session": an event ahead
    happening = _EVENT_AS_SUBJECT.search(clause)
    if happening and (happening.start() <= cue.start() < happening.end() or (
            happening.group("held") and re.fullmatch(r"\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,5}",
                                                     clause[cue.end():happening.start()]))):
        return False  # "the talks will resume", "agreed that the next session will be held"
    claimed = _EFFECT_CLAIMED_CUE.search(clause)
    if claimed and claimed.start() <= cue.start() < claimed.end():
        return False  # "she said the deal would create jobs": what it will do, not a pledge
    affirmed = _AFFIRMING_THAT.search(clause, 0, cue.start())
    if _EFFECT_OF_A_STEP.match(LEAD_ADVERBIAL.sub("", clause)) or \
            (affirmed and _EFFECT_OF_A_STEP.match(clause, affirmed.end())):
        return False  # "the move will deepen Russia's isolation": an effect foretold
    about_a_deal = re.search(r"truce|cease-?fire|armistice|deal|treaty|accord", cue.group(0), re.I)
    return not (about_a_deal and _ISSUE_CUE.search(clause) and
                not _STRONG_AGREEMENT.search(clause))


#: A document named as the subject of a predicate that denies it is done: "(a memorandum of
#: understanding on X, which had been expected to be signed today,) was not ready".
_DOCUMENT_NOT_DONE = re.compile(r"(?:memorand\w+|agreements?|deals?|accords?|treat(?:y|ies)|"
                                r"protocols?|pacts?)\b(?:\s+of\s+understanding)?"
                                r"(?:\s+(?:on|of|for)\s+[^,;]{1,80}?)?(?:,\s+[^,;]{1,80},)?\s+"
                                r"(?:was|were|is|are|has|have|had)\s+(?:still\s+|also\s+)?"
                                r"(?:not|never)\b", re.I)
#: A question as the clause's subject: "Who will pay for the bridge is still being worked out".
_WH_SUBJECT = re.compile(r"(?:Who|What|Whether|How|When)\s+(?:will|would|should|can|is|are)\b")
#: A place told of, where others act: "(jurisdiction in X,) where A and B have signed …" —
#: not the meeting's own place ("met in Rome, where they agreed to …").
_WHERE_OTHERS = re.compile(r",\s+where\s+(?!(?:they|we|he|she|both|the\s+(?:two|leaders|"
                           r"ministers|presidents|sides|parties))\b)")
#: Being at a signing as the clause's own act, not in a clause about someone ("who attended").
_ATTENDED = re.compile(r"(?<!\bwho )\battend(?:ed|s|ing)?\s+the\s+$")
#: A noun with its article just before a verb: "the basis (agreed)".
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+){1,3}$")
#: Participles that tell when a thing named before them began: "(the CSP) established (in 2015)".
_FOUNDED_IN_A_YEAR = re.compile(r"(?:established|launched|signed|adopted|created|founded|"
                                r"concluded|set\s+up)$", re.I)
#: A name's last word, or the bracket closing its short form, just before a participle.
_NAMED_END = re.compile(r"(?:\b(?-i:[A-Z])[\w-]*|\)),?\s+$")  # "the Ganga Water Treaty(, signed)"
#: A year alone after such a participle, with no object after it: "in (June) 2015".
_IN_A_YEAR_ALONE = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b(?!\s+(?:a|an|the)\s)")
#: A deal named just before a participle: "(the first) agreement (signed by India)".
_DEAL_NOUN_END = re.compile(r"\b(?:agreement|accord|deal|treaty|pact|memorandum)\s+$")
#: Where or by what, with no act to do after it: "(agreed) in UN resolutions."
_PLACED_NOT_TO = re.compile(r"\s+(?:in|at|by|under|upon)(?:\s+(?!to\b)[^,.;\s]+)+\s*(?:[,.;]|$)")
#: What follows "agreed" used as a participle, before its clause's own verb.
_PARTICIPLE_AFTER = re.compile(r"\s+(?:in|at|by|during|under)\s+[^,.;]{0,40}?\s+"
                               r"(?:was|were|is|are|have|has|had|(?-i:[a-z]+ed))\b")
#: An event that is the subject of its own verb: "the talks will resume", "would continue".
_EVENT_AS_SUBJECT = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|meetings?|summit|session|conference|"
    r"dialogue|round|visit|hearings?|(?:signing\s+)?ceremony|forum)\s+(?:\([^()]{1,40}\)\s+)?"
    r"(?:(?:(?:of|on|over|about|between|with)\s+(?:the\s+|an?\s+)?[^,;]{1,60}?)\s+)?"
    r"(?:will|would|shall)\s+(?:[a-z]+ly\s+)?(?:resume|continue|restart|open|end|"
    r"(?P<held>be\s+held|take\s+place|be\s+convened))\b", re.I)
#: A thing said, feared or hoped to have an effect: "said the deal would create 15,000 jobs",
#: "farmers fear the deal will open the market".
_EFFECT_CLAIMED = re.compile(
    rf"(?:{REPORTED}|\b(?:say|fear(?:s|ed)?|warn(?:s|ed)?|argu(?:e|es|ed)|believ(?:e|es|ed)|"
    r"claim(?:s|ed)?|worr(?:y|ies|ied)|hop(?:e|es|ed))\s+(?:that\s+)?)"
    r"(?:the|this|that|such an?|an?)\s+(?:[\w-]+\s+)?(?:deal|agreement|pact|treaty|"
    r"accord|project|plan|pipeline|move|measures?|policy|tariffs?|sanctions|reforms?|law|bill|"
    r"decision|investment|money|funds|funding|aid|loans?|assistance)\s+(?:will|would)\b|"
    r"\b(?:which|that)\s+(?:[\w’'-]+\s+){1,4}?(?:say|says|said|fear|fears|warn|warns|argue|argues|"
    r"claim|claims)\s+(?:will|would|could)\b", re.I)  # "(the toll), which hauliers say will …"
_EFFECT_CLAIMED_CUE = LiteralGated(_EFFECT_CLAIMED)
#: A step taken, as the subject of what it will do: "The move will deepen X's isolation".
_EFFECT_OF_A_STEP = re.compile(
    r"(?:the|this|that|such\s+an?)\s+(?:[\w-]+\s+)?(?:move|step|decision|measures?|sanctions|"
    r"tariffs|visit|talks|meeting|summit|announcement|policy|law|ruling|vote|forum|"
    r"partnerships?|initiative)\s+(?:will|would)\s",
    re.I)
#: A participle of saying before what is said: "(…,) affirming that (the forum will allow X)".
_AFFIRMING_THAT = re.compile(r"(?:affirming|noting|saying|stressing|adding|recogni[sz]ing)\s+"
                             r"that\s+", re.I)
#: An event put on the calendar, which `events` reports: "will hold talks in Oslo".
_SCHEDULED = re.compile(r"will (?:hold|host|attend|convene|pay|make|open|inaugurate|address|chair|"
                        r"co-chair)\s+(?:a|an|the|its|their)?\s*"
                        r"(?:[\w-]+\s+){0,4}(?:talks|meetings?|summit|session|conference|"
                        r"consultations|dialogue|forum|hearing|visit|exercises?|drills)\b|"
                        r"will (?:hold|host|attend|pay|make|open|inaugurate|address|chair|"
                        r"co-chair)$|will address (?:the (?:nation|country)|parliament|lawmakers|"
                        r"reporters|the (?:[\w-]+ ){0,3}(?:assembly|parliament|congress|session|"
                        r"summit|conference|forum|council))\b|"
                        r"will conduct (?:a|an|the|joint) (?:[\w-]+ ){0,5}(?:exercises?|drills|"
                        r"activity|activities|patrols?)\b|(?:will|would) return to (?-i:[A-Z])|"
                        r"(?:will|would) (?:conduct|return)$",
                        re.I)


def _after_colon(clause: str) -> str:
    """What follows a heading ("Trade: Peru will …"), not a list the clause leads into
    ("… barriers, including by: (1) …")."""
    if ":" not in clause[:80] or _LIST_LEAD.search(clause.split(":", 1)[0]):
        return clause
    return clause.split(":", 1)[1]


_LIST_LEAD = re.compile(r"\b(?:including|include|includes|such as|namely|as follows|following)"
                        r"(?:\s+by)?\s*$", re.I)


#: A signing still to come: "looked forward to (its) signing", "is to be signed".
_SIGNING_AWAITED = re.compile(r"\blook(?:ed|s|ing)?\s+forward\s+to\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:early\s+)?signing\b|\b(?:to|will|would|shall)\s+be\s+signed\b")


def _status(clause: str) -> str:
    lower = re.sub(r",\s+(?:which|who|where)\b[^,;]*", "", clause.lower())  # "decided to set up
    # a group, which will meet in May": decided, not pledged
    if re.search(r"\bsigned\b|\bsigning\b|\bexchange\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
                 r"(?:agreements?|memorand(?:um|a)|mous?|protocols?|documents)\b", lower) and \
            not _SIGNING_AWAITED.search(lower):  # texts exchanged before leaders are signed
        return "signed"
    if re.search(r"\bexplor|\bconsider|(?<!\bto )\bdiscuss(?:es|ed|ing)?\b"
                 r"(?!\s+(?:in|at|during|by|under)\b)|\bpropos", lower):  # not "(all areas)
        # discussed in the committee": which areas; not "hold a meeting to discuss X": what for
        return "exploring" if "explor" in lower else "proposed"
    if re.search(r"pledg|promis|\bcommit(?!tee)|will\b", lower):  # not "the committee"
        return "pledged"
    if re.search(r"\b(?:said|says|announced|stated)\s+(?:that\s+)?[^,;]{1,60}?\bwould\b",
                 lower) and not re.search(r"\bagree", lower):  # "The RSF said it would open two
        return "pledged"  # corridors": one side's word
    return "agreed"


def _issues(draft: Draft, sentence: str, pieces: list[str], main_parties: list[str],
            agreement: bool, reference: dt.date, people: list[str]) -> None:
    """One open issue per topic: each object of "tensions over A and B", each cued piece.

    Weak cues ("barriers", "sanctions") count only outside an agreement (`agreement`); a
    person of `people` is never a topic ("the envoy for the dispute, Juan Pablo Lindqvist,").
    """
    for number, piece in enumerate(pieces):
        piece = _PARTICIPLE_ASIDE.sub("", _SENTENCE_ADVERB.sub("", piece))
        if agreement and len(pieces) > 1 and _DISCUSSED_FIRST.match(piece):
            agreement = False  # "discussed the tariffs on steel and agreed to …": talked over
        cued = cue_topics(piece, strong_only=agreement)
        if cued and _CALL_FOR_REMEDY.search(piece) and not cue_topics(piece, strong_only=True) \
                and not _ISSUE_CUE.search(piece) and \
                any(i["evidence"] == sentence for i in draft.open_issues) and \
                any(_ISSUE_CUE.search(told) for told in pieces[:number]):
            continue  # "voiced alarm at the war in X, and called for a ceasefire": the remedy
            # sought for the issue told before, no second issue
        resumed = _RESUMED_TALKS.search(piece)
        if agreement and (_ENDED_DISPUTE.search(piece) or (resumed and not _DISPUTE_NOUN.search(
                piece, resumed.end()))) and not cued:
            continue  # "agreed to end the dispute over X", "to resume talks on X that stalled
            # in 2022": settled or being taken up again, not open
        if _WITHDRAWN_CUE.search(piece) and not cued:
            continue  # "lifted their objections after assurances": no longer open
        if agreement and _REFRAIN_FROM.match(piece):
            continue  # "Refrain from disseminating false information, accusations …": what the
            # sides give up, not a matter between them
        if _NARRATED_YEAR.search(piece):
            continue  # "Earlier that year, the EU had imposed measures over X": history
        when = _WHEN_IN_A_PAST_YEAR.search(piece)
        if when and int(when.group(1)) < reference.year:
            continue  # "… in December 2020, when Somalia accused Kenya of X": history
        if _DATED_LEAD.match(piece) and _is_background(piece, reference) and \
                not _STILL_OPPOSED.search(piece):
            continue  # "On April 2, the President declared an emergency over X": history —
            # not "In 2023, a court ruled X, a decision that Kuwait rejected"
        pending = _PENDING_CUE.search(piece)
        unsettled = _UNSETTLED_CUE.search(piece) or (
            _UNSETTLED_CUE.search(capitalised(piece))
            if re.match(r"(?!(?:the|an?)\s)[a-z]", piece) else None)  # "…, while (tariff issues
        # remain under discussion)": a clause read as a sentence
        if unsettled and re.search(r"(?:,|\band)\s*$", piece[:unsettled.start()]):
            unsettled = None  # "disputes over A, B and (the C remain unresolved)": all three
        request = _OVERDUE_REQUEST_CUE.search(piece)
        overdue = request and overdue_label(f"{request.group('act')} {request.group('rest')}")
        measure = _MEASURE_CUE.search(piece) or _IMPOSED_CUE.search(piece)
        banned = None if measure else _BANNED_CUE.search(piece)
        if banned and not find_parties(banned.group("who"), capital_as_state=True):
            banned = None  # a state's ban on trade, not "Fishermen barred sales of fish"
        if (measure or banned) and _is_background(piece, reference) and \
                not (measure and measure.group("kept")):
            measure = banned = None  # "imposed export controls in 2019": history, lifted since;
            # "has not lifted restrictions imposed last year": still in force
        disputes = _ISSUE_CUE.search(piece)
        detained = None if disputes else _DETAINED_CUE.search(piece)
        harmed = None if disputes or detained else _HARMED_CUE.search(piece)
        discussed = _DISCUSSED_CUE.search(piece) and _war_topics(piece)
        disaster = None if disputes or measure else _disaster_topic(piece)
        reported_refusal = _REPORTED_REFUSAL.search(piece)
        if reported_refusal and disputes and \
                not reported_refusal.start() <= disputes.start() < reported_refusal.end():
            reported_refusal = None  # "…, a key sticking point": the point is the issue
        going_on = _TALKS_GOING_ON_CUE.search(piece)
        sanctioned = _UNDER_SANCTIONS_CUE.search(piece)
        issue = disputes or pending or going_on or sanctioned or measure or banned or discussed \
            or unsettled or detained or harmed or disaster or overdue or reported_refusal
        done = _DONE.search(_TOLD_OF_WHAT.split(piece, maxsplit=1)[0])  # not "(protest X), which
        # has cut the flow": what is done there is the harm protested
        if not cued and ((done and not (measure or banned)) or (not issue and
                         (agreement or not _WEAK_ISSUE_CUE.search(piece)))):
            continue
        objects = (_ISSUE_OBJECT_CUE.search(piece) or _UNAGREED_CUE.search(piece)
                   or _STALLED_TALKS_CUE.search(piece))
        topics = cued
        whole = _topic(piece) if len(cued) == 1 and re.fullmatch(
            r"(?:(?:the|a|an)\s+)?[a-z][\w-]*", cued[0]) else None
        if whole and cued[0].split()[-1] in whole and whole.strip(" .") != piece.strip(" ."):
            topics = [whole]  # "Beijing condemned the visit": one word names no issue, who
            # condemned it does
        refused = _REFUSED_ALONE.search(piece) if not topics else None
        asked = _ASKED_TO.search(sentence, 0, max(sentence.find(piece), 0) + refused.start()) \
            if refused else None  # "Tokyo asked Moscow to resume the framework, but Russia has
        if asked:  # refused", "urged Belgrade to align with X, something Serbia has refused to do"
            refuser = _REFUSER.search(piece[:refused.start()])
            whose = _whose("refusal", refuser.group(0) if refuser else piece[:refused.start()])
            what = asked.group("what")
            if len(f"{whose} {what}".split()) > _LONGEST_REFUSAL:  # "to reduce its dependence
                what = _NEXT_ACT.split(what, maxsplit=1)[0]  # on X and align with Y": the first
            topics = [f"{whose} to {what}"]
        if pending and not topics:
            topics = [_pending_topic(pending)]
        violence = _VIOLENCE_GOES_ON_CUE.search(piece) if not topics else None
        if violence:  # "Fighting has continued in North and South Kivu despite a ceasefire"
            topics = [f"{violence.group('violence')} {violence.group('where') or ''}".strip()]
        if sanctioned and not topics:
            topics = [f"{sanctioned.group('whose')}sanctions on {sanctioned.group('who')}"]
        if going_on and not topics:
            topics = [_talks_topic(going_on)]
        state = ""  # how an unsettled matter stands, said after it: "still under negotiation"
        if unsettled and not topics:
            example = unsettled.group("example")  # "Key issues, including the status of X, …"
            subject = _WHO_PAYS_FOR.sub("", unsettled.group("subject"))  # "(Who will pay for)
            # the upkeep of the bridge remains unresolved": the upkeep
            topics = [example if example and _UNNAMED_MATTERS.fullmatch(subject)
                      else _owner_named(subject, sentence[:sentence.find(piece)])]
            state = _unsettled_state(unsettled.group(0)[unsettled.end("subject") -
                                                        unsettled.start():])
        if overdue and not topics:
            topics = [overdue]  # "urges X to publish without further delay the voter register"
        if detained and not topics:
            topics = [re.sub(r",[^,;]*,|\s+(?:(?:who|that)\s+)?(?:are|is|were|was|(?:have|has|had)"
                             r"\s+been)(?=\s)", "",
                             detained.group(0))]  # "Fourteen Indian fishermen apprehended …"
        if harmed and not topics:  # "the towns of X and Y have been encircled for months"
            topics = [f"{harmed.group('who')} {harmed.group('harm')}"
                      f"{_DURATION.sub('', harmed.group('rest'))}".strip()]
        if disaster and not topics:
            topics = [disaster]
        if reported_refusal and not topics:
            who = reported_refusal.group("who")
            states = find_parties(who or piece[:reported_refusal.start()], capital_as_state=True)
            whose = _possessive(states[0] if len(states) == 1 else who)
            what = _FINITE_VERB.split(reported_refusal.group("what"), maxsplit=1)[0]
            topics = [f"{whose}refusal to {what}"]
        if measure and not topics:
            topics = [_IMPOSED_BY.sub("", measure.group("measure"))]
            disputed = _topic(piece) if disputes else None
            topics += [disputed] if disputed and not _same_topic(disputed, topics[0]) and \
                not _NAME_ONLY.fullmatch(disputed) else []  # "complained that Colombia has not
            # lifted restrictions": the restrictions, not "Colombia" again
        if banned and not topics:
            verb = banned.group("verb").lower()
            noun = next(noun for stem, noun in _BAN_NOUNS.items() if verb.startswith(stem))
            topics = [f"{_whose(noun, banned.group('who'))} {banned.group('goods')}"]
        lack = ""  # what the sides did not reach on the matter: "no agreement on", "no
        # breakthrough on"
        if objects and not topics:
            matter = next(g for name, g in objects.groupdict().items() if g and name != "with")
            if _REFERRED.search(piece, 0, objects.start()):  # "refer the dispute over X to the
                matter = _REFERRED_TO.split(matter, maxsplit=1)[0]  # Commission": where it goes
            lack = _lack_of_agreement(objects)
            pointed = re.fullmatch(r"(?:that|this|it|them)(?:\s+yet)?\W*", matter)
            told = _TOLD_SUBJECT.match(sentence) if pointed and objects.re is _UNAGREED else None
            if told:  # "Questions of return are being discussed …, and there is no agreement on
                matter = told.group("subject")  # that yet": the matter the sentence opened with
                matter = matter if find_parties(matter.split()[0]) else \
                    matter[:1].lower() + matter[1:]
            faced = _FACED_BEFORE.search(piece, 0, objects.start()) if re.match(
                r"(?:in|on|at|when|while)\s", matter) else None
            if faced:  # "the obstacles they continue to face in obtaining licences": what is
                matter = f"{faced.group('what')} {matter}"  # faced is told before the verb
            if objects.group(0).lower().startswith("complain"):  # "that trawlers continue to
                matter = _GOES_ON_COMPLAINED_OF.sub(" continuing to ", _STATE_COMPLAINED_OF.sub(
                    " ", matter, count=1), count=1)  # fish in its waters": trawlers fishing
            topics = _object_topics(matter)
            lone = topics[0] if len(topics) == 1 else ""
            if lone and objects.re is _ISSUE_OBJECT and _CONFLICT_WITH.match(objects.group(0)):
                topics = [objects.group(0)]  # "the standoff with the regional banks"
                lone = ""
            if lone and objects.re is _ISSUE_OBJECT and objects.group("with"):
                topics = [objects.group(0)[:objects.start("objects") - objects.start()] + lone]
                lone = ""  # "a dispute with Uganda over grazing rights": with whom, over what
            if re.fullmatch(r"(?:(?:the|a|an)\s+)?[a-z][\w-]*|[A-Z][\w-]*|(?:a\s+number\s+of|"
                            r"several|some|certain|a\s+few|many)\s+[a-z][\w-]*", lone) and \
                    objects.group(0).lower().startswith((*_ISSUE_NOUNS, *_TALKS_NOUNS)):
                head = _STILL_THERE.sub("", objects.group(0)[:objects.group(0).find(lone) +
                                                               len(lone)], count=1)
                topics = [head]  # "the dispute over the islands": one noun says too little
            elif re.fullmatch(r"(?:(?:the|a|an)\s+)?[a-z][\w-]*", lone) and \
                    objects.re is _UNAGREED:
                topics = [f"{lack} {lone}"]  # "ended without agreement on a ceasefire"
        topics = topics + [war for war in _war_topics(piece)
                           if not any(_same_topic(war, topic) or _told_more_fully(war, topic) or
                                      topic.lower().startswith(re.sub(r"^the\s+", "",
                                                                      war.lower()))  # "Russia’s
                                      # war of …", "situation in Ukraine and the Middle East"
                                      for topic in topics)]
        unnamed_war = re.sub(r"\b(?:wars?|conflicts?)\b", "", piece, flags=re.I)
        if not topics and unnamed_war != piece and not _ISSUE_CUE.search(unnamed_war) and \
                not _WEAK_ISSUE_CUE.search(piece):
            continue  # "suffering from conflict": no named conflict, no issue
        proposal = _PROPOSAL_NOT_TAKEN_UP_CUE.search(piece) if not topics else None
        if proposal:  # "X proposed setting up a consortium, an idea Astana has yet to endorse"
            what = _PROPOSED_ACT.sub("", proposal.group("what"), count=1)
            topics = [f"{_owner(proposal.group('who'))} proposal for {what}"]
        if not topics:
            topic = _topic(piece)
            if topic and _only_a_date(topic) and topic in piece:  # "(ended without a deal on)
                topic = _topic(piece[piece.find(topic) + len(topic):])  # Thursday, with the
                # sides deadlocked over X": the matter told after the day
            topics = [topic] if topic else []
        if len(topics) == 1 and _UNNAMED_MATTERS.search(topics[0]):
            topics = _examples_named(piece) or topics  # "Several points remain to be settled,
            # including X and Y": X and Y
        for topic in topics:
            sought = _SETTLEMENT_OF.fullmatch(topic)
            if sought:  # "(called for the) immediate resolution of the abductions issue"
                topic = sought.group("matter")
            called = _CALLED_AN_ACCUSATION.match(topic)
            denied = _DENIED_AND_CALLED.search(sentence) if called else None
            if called:  # "(Tehran denied supplying drones to Russia,) calling the accusation
                if not denied:  # baseless": the act denied is what the accusation is of
                    continue
                topic = f"accusations of {denied.group('act')}"
            if _dated_years_before(topic, reference) or _ITS_ORIGIN.match(topic):
                continue  # "protests over a finance bill in 2024 forced …", told in 2026, "(the
                # dispute) dates back to a treaty of 1890": history
            topic = _without_dates(_TOPIC_LEAD.sub("", _TRAILING_ASIDE.sub("", topic)))
            if _SAID_OF_ANOTHER.match(topic) and disputes:
                told = _SAYING_JOINED.split(piece, maxsplit=1)[0]  # "…, and analysts warn …"
                topic = _clause_topic(told)  # "… an accusation Kyiv denies": the clause says
            elif re.match(r"(?:which|who|whom|whose)\b", topic) and \
                    (not re.search(rf"\b(?:over|about|on|of)\s+{re.escape(topic)}", piece) or
                     re.search(r",\s+(?:on|over|about|of)\s+$", piece[:piece.find(topic)])) and \
                    topic != _open_question(piece):  # not "(unclear) who will pay for X"
                topic = _clause_topic(piece.split(",")[0])  # "X, which Y has refused", "X, on
                # which the sides have not agreed": X
            elif _APPOSED_STEP.match(topic) and (act := _step_apposed(topic, piece)):
                topic = act  # "(extending the embargo), a step that divides the Council"
            elif _PREPOSITION_WHICH.match(topic) and topic in piece:
                topic = _clause_topic(piece[:piece.find(topic)].rstrip(" ,"))  # "the claim
                # (submitted to the ICJ), on which the court has yet to rule": the claim
            topic = _complainer_named(_owned_by_subject(_owner_of_contact_clause(topic, piece),
                                                        piece), piece)
            if re.fullmatch(r"[a-z][\w-]*", topic) or _ONLY_A_PLACE.fullmatch(topic) or \
                    _only_a_date(topic) or \
                    topic in people or \
                    re.match(r"(?:previous|past|earlier)\s|(?:its|their|the)\s+(?:last|previous)\s+"
                             r"(?:session|meeting|round|summit|visit)", topic, re.I) or \
                    _NOT_A_TOPIC.match(topic) or _is_generic(topic):
                continue  # "the incident", "in Warsaw": no issue a reader can follow
            matter = topic
            topic = issue_label(topic, sentence)
            put_off = _PUT_OFF_WITHOUT_DATE.search(sentence) if _NEW_DATE.match(topic) else None
            if put_off:  # "X's visit has been postponed, and a new date has not yet been agreed"
                topic = issue_label(f"{put_off.group('what')} postponed, no new date", sentence)
            against = _ACT_AGAINST.match(topic)
            topic = capitalised(topic[against.end():]) if against else topic
            if _ADVERBIAL_ONLY.match(topic):
                topic = issue_label(_clause_topic(sentence), sentence)
            if not topic or _SAYS.search(topic) or _MANNER_LABEL.match(topic) or \
                    _HELPING_ACT.match(topic) or topic.lower() in _KINDS_OF_ISSUE or \
                    _COOPERATION_CALLED_FOR.match(topic) or \
                    _is_a_sides_part(topic):
                continue  # "X said such a step", "In accordance with …", "Support Ukraine",
                # "Threats" (of "challenges, provocations, and threats that affect us"), "(…, with)
                # Baku seeking X and Yerevan insisting": each side's part in the issue told before
            draft.open_issues[:] = [i for i in draft.open_issues
                                    if not _told_more_fully(i["topic"], topic)]
            if any(_same_topic(i["topic"], topic) or _told_more_fully(topic, i["topic"]) or
                   _named_back(topic, i["topic"]) for i in draft.open_issues) or \
                    (draft.open_issues and _TOLD_BEFORE_TOPIC.fullmatch(topic)):
                continue  # "X rejected the demand": the demand is the issue drafted before
            if re.match(r"(?:their|its|his|her)\s", topic, re.I) and \
                    any(i["evidence"] == sentence for i in draft.open_issues):
                continue  # "raised X and called for their release": X is the issue
            stance = _STANCE_ON.match(topic)
            if stance and any(i["evidence"] == sentence and _topic_words(stance.group("what")) <=
                              _topic_words(i["topic"]) for i in draft.open_issues):
                continue  # "China opposes the sanctions imposed by X on Y": the sanctions are
                # the issue drafted from the sentence, China's opposition its evidence
            if lack and not topic.lower().startswith(lack):
                topic = issue_label(f"{lack} {matter}", sentence)
            if state and len(topic.split()) <= _SHORT_MATTER:
                topic = f"{topic} {state}"  # "Few provisions still to be finalised": a matter
                # named in so few words says little without how it stands
            told = sentence if denied else piece  # the denial tells what the accusation is
            draft.open_issues.append({
                "topic": topic,
                "what": fit(_WE_APPOSED.sub(r"\g<we> ", LEAD_ADVERBIAL.sub("", told)), limit=18,
                            first_clause=False),
                "parties": _parties(told, main_parties),
                "evidence": sentence,
            })


#: A sentence that says first that matters are open, then lists them: "Still unresolved are
#: A, B and C", "Outstanding is the question of X".
_UNSETTLED_FIRST = re.compile(
    r"(?:Still\s+|Also\s+|Yet\s+)?(?:unresolved|unsettled|undecided|outstanding|left\s+open|"
    r"left\s+unresolved|still\s+open)\s+(?:are|is|were|was|remain|remains|remained)\s+"
    r"(?P<matters>(?:the|a|an|how|who|whether|what|where|which)\s[^;:]+?)[.!]?$", re.I)
#: Where one listed matter ends and the next begins: at a comma, before no "who" or "which"
#: of the matter's own clause, or at "and the" ("the route of the pipeline and the price").
_NEXT_LISTED = re.compile(r",\s+(?:and\s+|or\s+)?(?!(?:who|which|that)\s+(?:is|are|was|were|"
                          r"has|have|had|would|will)\b)|"
                          r"\s+and\s+(?=(?:the|how|who|whether|what)\s)")


def _listed_issues(draft: Draft, sentence: str, matters: str, main_parties: list[str]) -> None:
    """One open issue for each matter of a list the sentence says is unsettled."""
    for matter in _NEXT_LISTED.split(matters):
        topic = issue_label(_TOPIC_LEAD.sub("", matter), sentence)
        if len(topic.split()) >= 2 and not _is_generic(topic) and not any(
                _same_topic(i["topic"], topic) for i in draft.open_issues):
            _add_sentence_issue(draft, topic, sentence, main_parties)


#: A speaker telling of a deal made: "we have agreed that", "we signed" — not "what we
#: signed (will help)", which tells what the deal will do.
_WE_AGREED = re.compile(r"(?<![Ww]hat\s)\b[Ww]e\s+(?:have\s+|had\s+|also\s+|today\s+)*"
                        r"(?:agreed|signed|decided)\b")
#: A date not yet set, which says nothing alone: "(a) new date (has not yet been agreed)".
_NEW_DATE = re.compile(r"(?:an?\s+)?new\s+date\b", re.I)
#: The subject a sentence opens with, before its verb: "(Questions of return) are being discussed".
_TOLD_SUBJECT = re.compile(r"(?P<subject>(?-i:[A-Z])[\w’'-]*(?:\s+(?!(?:is|are|was|were|has|have|"
                           r"had|will)\b)[\w’'-]+){0,6}?)\s+(?:is|are|was|were|has|have|had|will)\s")
#: What was put off, named as the subject of its postponement: "(President Ruto's visit to
#: Kampala) has been postponed".
_PUT_OFF_WITHOUT_DATE = re.compile(rf"(?P<what>[^,;]+?)(?:,[^,;]*,)?\s+(?:(?:has|have|had)\s+been|"
                                   rf"was|were)\s+{PUT_OFF}", re.I)
#: Any word of putting off, searched before `_PUT_OFF_WITHOUT_DATE`, which is slow to fail.
_PUT_OFF_WORD = LiteralGated(re.compile(PUT_OFF, re.I))


#: A topic that only points back at a matter told before: "(rejection of) the demand", "RSF’s
#: rejection of the demand", "refusal to release him".
_TOLD_BEFORE_TOPIC = re.compile(r"(?:(?:[\w.-]+\s+){0,3}[\w.-]+[’']s?\s+)?"
                                r"(?:(?:(?:rejection|refusal|denial|dismissal)\s+of\s+)?"
                                r"(?:the|this|that|these|those|such)\s+(?:demands?|requests?|"
                                r"proposals?|ideas?|calls?|claims?|charges?|accusations?|"
                                r"allegations?|offers?|plans?|moves?|steps?|decisions?|"
                                r"measures?)|"
                                r"refusal\s+to\s+[a-z]+\s+(?:him|her|them|it))", re.I)
#: Nouns that say only what kind of matter is meant: alone, a label names none.
_KINDS_OF_ISSUE = frozenset({"threat", "threats", "aggression", "challenge", "challenges",
                             "provocations", "risks", "concerns", "tensions", "problems",
                             "issues", "disputes", "conflicts"})
#: Who "we" are, set off after it, which a one-line summary leaves out: "We(, the G7 Foreign
#: Ministers of Canada, …,) condemn …".
_WE_APPOSED = re.compile(r"^(?P<we>We|They),\s+the\s+.+?,\s+(?=(?!and\b|the\b)[a-z]+\s)")


def _lack_of_agreement(objects: re.Match) -> str:
    """What the sides did not reach on the matter a cue names, as a headline opens with it
    ("No agreement on the minimum flow", "No breakthrough on the waterway"); "" for a cue
    that names a matter otherwise ("tensions over X")."""
    if objects.re is _UNAGREED:
        matter = next(name for name in ("objects", "none", "there_none", "negotiated")
                      if objects.group(name))
    elif objects.re is _ISSUE_OBJECT and objects.group("stalled"):
        matter = "stalled"
    else:
        return ""
    cue = objects.group(0)[:objects.start(matter) - objects.start()].strip().lower()
    if objects.re is _UNAGREED:
        said = objects.group(0).lower() if matter == "negotiated" else cue  # the deal told
        # after the matter: "negotiated over X without reaching a deal"
        found = re.search(r"consensus|deal|breakthrough|decision|decid|commitment", said)
        noun = found.group(0) if found else "agreement"
        return f"no {'decision' if noun == 'decid' else noun} on"
    cue = re.sub(r"\s+(?:was|were|has\s+been|had\s+been|could\s+be)\s+\w+(?=\s)", "", cue)
    return re.sub(r"^without\s+(?:an?\s+|any\s+)?", "no ", cue)  # "no breakthrough on", "no
    # progress (was made) on"


def _named_by_its_cue(clause: str, cue: re.Match) -> str | None:
    """An issue named by the words its cue governs ("harassed fishermen near X", "divergent
    views on X", "X remains to be settled", "never accepted X"); "" when the clause names it
    only as told before ("has never accepted either"), None when the cue is of no such kind."""
    if re.search(r"\sclaims$", cue.group(0), re.I):  # "rival claims to the Arctic seabed"
        return _problem_phrase(clause, cue.start(), cue.end())
    if re.search(r"(?:replied|responded)\s+to$", cue.group(0), re.I):  # "Russia has still not
        unanswered = re.split(r",|\s+(?:which|that|and|but)\s", clause[cue.end():])[0]  # replied
        return f"no reply to {unanswered.strip(' .')}"  # to the Estonian note of 12 November"
    fired = re.match(r"fired\s+(?P<what>.+?)\s+(?P<at>at|on|toward|towards|into)$", cue.group(0),
                     re.I)
    if fired:  # "Chinese coast guard ships fired water cannon at a Philippine supply vessel"
        target = re.split(r"[,;]|\s+(?:on|in|during|after)\s+(?:\w+day|the\s+\w+\s+of)\b",
                          clause[cue.end():])[0].strip(" .")
        return f"{fired.group('what')} fired {fired.group('at')} {target}"
    if re.match(r"expel|recall", cue.group(0), re.I):  # "expelled two Finnish diplomats"
        sent = re.split(r"[,;]|\s+(?:in|as|after|over|for|amid)\s", clause[cue.end():])[0]
        if re.match(r"expel", cue.group(0), re.I):
            return f"expulsion of {sent.strip(' .')}"
        return f"{_whose('recall', clause[:cue.start()])} of {sent.strip(' .')}"  # "recalled
        # its ambassador from Israel" → "South Africa’s recall of its ambassador from Israel"
    if re.match(r"harass(?:ed|es|ing)\b", cue.group(0), re.I) and \
            re.match(r"\s+(?:\w+\s+){0,3}\w", clause[cue.end():]):  # "harassed fishermen near X"
        return f"harassment of {re.split(r'[,;]', clause[cue.end():])[0].strip(' .')}"
    differ = re.match(r"(?P<views>\w+)\s+(?:of\s+[^,;.]+?\s+)?(?:on|over|regarding)\s+(?P<what>.+?)"
                      r"\s+(?:still\s+|continue\s+to\s+)?(?:differ|diverge)$", cue.group(0), re.I)
    if differ:  # "(the sides') assessments on this issue differ"
        return f"differing {differ.group('views').lower()} on {differ.group('what')}"
    if re.match(r"(?:divergent|diverging|differing)\s", cue.group(0), re.I):
        views = re.match(r"(?:(?:among|between)\s+[^,;]+?\s+)?(?:on|over|about|regarding)\s+"
                         r"(?P<what>[^,;.]+)", clause[cue.end():].strip())
        if views:  # "the divergent views among Members on deep sea mining"
            return f"{cue.group(0)} on {views.group('what')}"
    if re.match(r"remains?\s+to\s+be\s", cue.group(0), re.I):
        before = re.sub(r",?\s+(?:which|that)\s*$", "", clause[:cue.start()].strip())
        subject = re.split(r"\b(?:to\s+[a-z]+|that|said|says)\s+", before)[-1].strip(" ,")
        if subject and not _is_generic(subject):  # "the demarcation, which remains to be …"
            return f"{subject} still to be {cue.group(0).split()[-1]}"
    flared = re.match(r"\s+(?:have\s+|has\s+)?(?:flared|rose|risen|mounted|escalated|grew|"
                      r"spiked|deepened|soared|simmered|festered|lingered|persisted)(?:\s+up)?"
                      r"(?:\s+for\s+(?:[\w-]+\s+){0,2}?(?:years|months|weeks|decades|days))?\s+"
                      r"(?P<when>(?:after|over|since|amid)\s+[^,;.]+)", clause[cue.end():]) \
        if re.fullmatch(r"tensions?", cue.group(0), re.I) else None
    if flared:  # "Tensions flared after a coast guard ship rammed a vessel"
        return f"{cue.group(0)} {flared.group('when')}"
    criticism = re.fullmatch(r"criticism", cue.group(0), re.I)
    drew = re.match(r"\s+from\s+(?P<who>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3})",
                    clause[cue.end():]) if criticism else None
    subject = re.match(r"(?:the|this|that)\s+(?P<what>[\w\s’'-]{2,40}?)\s+(?:has\s+|have\s+)?"
                       r"(?:drew|drawn|sparked|prompted|provoked|triggered|faced|draws)\b",
                       clause, re.I) if drew else None
    if subject:  # "The move drew sharp criticism from Beijing" → "Criticism of the move by …"
        return f"criticism of the {subject.group('what')} by {drew.group('who')}"
    if re.match(r"without\s", cue.group(0), re.I):
        return re.split(r"[,;]", clause[cue.end():])[0].strip(" .")  # "… without settling X"
    if re.match(r"never\s+(?!been\s)", cue.group(0), re.I):
        what = re.split(r"[,;]|\s+(?:which|that|who|because|since)\s", clause[cue.end():])[0]
        what = what.strip(" .")  # "Cairo has never accepted the ruling, officials said"
        return "" if re.fullmatch(r"(?:either|it|them|this|that|these|those|both)?", what) \
            else what  # "has never accepted either": what, the text said before
    never_done = re.match(r"never\s+been\s", cue.group(0), re.I)
    if never_done and re.match(r"(?:is|was)\s", clause[cue.end():].strip()):
        what = clause[cue.end():].strip(" .").split(None, 1)[1]  # "What was never settled is X"
        return what[:1].upper() + what[1:]  # a capital: no relative clause ("…, which X")
    if never_done and not clause[cue.end():].strip(" ,."):
        subject = clause[:cue.start()].split(",")[0].strip()  # "The body, set up in 2019, has …"
        return f"{_AUXILIARIES_END.sub('', subject)} never {cue.group(0).split()[-1]}"
    return None


#: A refusal that names nothing refused: "…, but Russia has refused, citing …".
_REFUSED_ALONE = re.compile(r"\b(?:refused|declined)(?:\s+to\s+do(?:\s+so|\s+it)?)?"
                            r"(?:\s+(?:since|so\s+far|until\s+now)\b[^,;.]*)?(?=\s*(?:[,.;]|$))")
#: Who refuses, after the thing asked: "(…, something) Serbia has (refused to do)".
_REFUSER = re.compile(r"(?<=\bsomething\s)[^,;]+$|(?<=\bwhich\s)[^,;]+$")
#: How many words a refusal's label may hold before only the first act refused is named.
_LONGEST_REFUSAL = 12
#: Where a second act asked for begins: "(reduce its dependence on X) and align with (Y)".
_NEXT_ACT = re.compile(r"\s+and\s+(?=[a-z]+\s+(?:with|the|its|their|a|an|to|on|for|from|into)\s)")
#: A party under another's sanctions: "NIS, (…,) has been under U.S. sanctions since October".
_UNDER_SANCTIONS = re.compile(
    r"\b(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})(?:,[^;]{1,120}?,)?\s+"
    r"(?:has\s+been|have\s+been|is|are|remains?|remained)\s+(?:still\s+)?under\s+"
    r"(?P<whose>(?:(?-i:[A-Z])[\w’'.-]*\s+){0,2})sanctions\b", re.I)
#: What one was asked to do, told before a bare refusal: "asked Moscow to resume the talks".
_ASKED_TO = re.compile(r"\b(?:asked|urged|pressed|called\s+on)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+"
                       r"(?:,\s+(?:an?|the)\s+[^,;]{1,60}?,)?\s+to\s+"  # "urged Serbia, an EU
                       r"(?P<what>[a-z][^,;.]+)")  # candidate country, to align with …"


#: A name and nothing else: "Israel", "the European Union".
_NAME_ONLY = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4}")


def _owned_by_subject(topic: str, clause: str) -> str:
    """"its decision to X" said of the clause's subject, one state, as "the United States’
    decision to X": a headline names whose it is."""
    owned = re.search(r"\b(?:its|their)\s+(?:own\s+)?(?=[a-z]|(?-i:[A-Z])[a-z])", topic, re.I)
    if not owned or (owned.start() and (
            not re.search(r"\b(?<!most )(?<!some )(?<!all )(?<!many )(?<!part )(?:of|on)\s+$",
                          topic[:owned.start()]) or re.search(r"[’']s\b", topic))):
        return topic  # "(the safety) of its own dam", not "(the plan to) lift its ban", "most
        # of its neighbours" or "South Africa’s recall of its ambassador"
    states = find_parties(" ".join(LEAD_ADVERBIAL.sub("", clause).split()[:4]))
    if len(states) != 1:
        return topic
    return f"{topic[:owned.start()]}{_owner(states[0])} {topic[owned.end():]}"


#: A proposal another side has not taken up, told in an apposition: "(Mirziyoyev) proposed
#: (setting up a consortium), an idea Astana has yet to endorse".
_PROPOSAL_NOT_TAKEN_UP = re.compile(
    r"\b(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:has\s+|had\s+)?(?:proposed|suggested|"
    r"floated|put\s+forward)\s+(?P<what>[^,;]+),\s+(?:an?\s+)?(?:idea|proposal|plan|suggestion|"
    r"offer)\s+(?:that\s+|which\s+)?[^,;]{1,60}?\s+(?:(?:has|have)\s+(?:yet\s+to|not|so\s+far\s+"
    r"not|never)|(?:rejected|opposed|resisted|refused|declined))\b")
_PROPOSAL_NOT_TAKEN_UP_CUE = LiteralGated(_PROPOSAL_NOT_TAKEN_UP)
#: The verb a proposed act opens with, which "proposal for" says: "setting up (a consortium)".
_PROPOSED_ACT = re.compile(r"^(?:setting\s+up|creating|establishing|building|forming|launching|"
                           r"holding|introducing)\s+(?=(?:an?|the)\s)")


def _owner(state: str) -> str:
    """A state's name as owner: "Kenya’s", "the United States’"."""
    return f"{state}’" if state.endswith("s") else f"{state}’s"


#: The feeling a verb of `_ALARMED` stirs, as a noun: "angered (Moscow)" → anger.
_FEELING_OF = {"alarmed": "alarm", "angered": "anger", "irked": "anger", "infuriated": "anger",
               "incensed": "anger", "outraged": "outrage", "worried": "concern",
               "upset": "anger", "rattled": "alarm"}


def _whose(noun: str, before: str, *, capitals: bool = True) -> str:
    """An act named with its actor when the words before it name one state ("Russia’s
    refusal"), else alone ("refusal"); `capitals` counts a capital as its state."""
    states = find_parties(before, capital_as_state=capitals)
    return f"{_owner(states[0])} {noun}" if len(states) == 1 else noun


#: A relative clause opened by a preposition, which names no matter itself: "(…, the claim
#: submitted to the ICJ (ICJ),) on which the court has yet to rule".
_PREPOSITION_WHICH = re.compile(r"(?:\([^)]*\),?\s+)?(?:on|in|of|over|about|for)\s+which\b")


#: Who complains, as the clause's subject: "(Farmers in El Oro) have complained for years".
_COMPLAINER = re.compile(r"^(?P<who>(?:[\w’'.-]+\s+){1,9}?)(?:(?:have|has|had)\s+)?"
                         r"(?:long\s+|repeatedly\s+|also\s+)?complain\w*\b", re.I)


def _complainer_named(topic: str, clause: str) -> str:
    """A complaint told with a pronoun named by who complains: "Farmers in El Oro have
    complained that they receive less water" → "Farmers in El Oro receive less water"."""
    pronoun = re.match(r"(?:they|it)\s+", topic)
    complained = _COMPLAINER.match(LEAD_ADVERBIAL.sub("", clause)) if pronoun else None
    return f"{complained.group('who')}{topic[pronoun.end():]}" if complained else topic


#: A step set off after the act it names, which is the issue: "(X), a step that several
#: members had pushed for but which continues to divide the Council".
_APPOSED_STEP = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:step|move|measure|idea|proposal|"
                           r"option|demand|request|plan)\s+(?:that|which)\b", re.I)
#: An act told by its gerund at the end of a clause: "(stopped short of) extending the embargo".
_GERUND_ENDING = re.compile(r"\b(?:of|to|for|against|on|over|about)\s+"
                            r"(?P<act>[a-z]+ing\s+(?:the|an?|its|their)\s+[^,;]+)$")


#: Where an issue told before comes from, said after its word: "(The dispute) dates back to".
_ITS_ORIGIN = re.compile(r"(?:dates?|dated|goes|went|stems?|stemmed|traces?|traced)\s+"
                         r"(?:back\s+)?(?:to|from)\b", re.I)
#: The question of who pays for a thing, which the thing names: "(who will pay for) the upkeep".
_WHO_PAYS_FOR = re.compile(r"^(?:who|how)\s+(?:will|would|should|is\s+to|are\s+to)\s+"
                           r"(?:pay|foot\s+the\s+bill)\s+for\s+", re.I)
#: What a matter's clause ends on that is no part of the matter: how long is left, how soon
#: it is asked to end, and the "either" of a second matter told like the first.
_TRAILING_ASIDE = re.compile(r"\s+with\s+(?:only\s+|barely\s+|just\s+|less\s+than\s+|about\s+)?"
                             r"(?:[\w-]+\s+){1,3}(?:left|remaining|to\s+go)\b.*$|"
                             r"\s+(?:either|too|as\s+well)(?=\s*[,.;]?\s*$)|"
                             r"\s+[“\"]?(?:promptly|immediately|swiftly|quickly|urgently|at\s+once)"
                             r"(?:(?=\s*[,.;]?\s*$)|\s+and\b.*$)")  # "(lift its ban) promptly"


def _owner_of_contact_clause(topic: str, clause: str) -> str:
    """A thing with the party that made it, told in a clause without "that": "the border
    controls Germany (introduced last year)" → "Germany’s border controls"."""
    found = _THING_AND_MAKER.fullmatch(topic)
    if not found or not re.search(rf"{re.escape(topic)}\s+(?:has\s+|had\s+)?[a-z]+ed\b", clause):
        return topic
    parties = find_parties(found.group("who"), capital_as_state=True)
    if len(parties) != 1:
        return topic
    what = found.group("what")
    return f"{_owner(parties[0])} {what[:1].lower()}{what[1:]}"


#: Common nouns, then a name: "(the) temporary border controls Germany".
_THING_AND_MAKER = re.compile(r"(?:[Tt]he\s+)?(?P<what>[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4})\s+"
                              r"(?<!\band\s)(?<!\bor\s)(?<!\bof\s)(?<!\bbetween\s)"
                              r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)")


def _step_apposed(step: str, clause: str) -> str | None:
    """The act a step set off after it names: "stopped short of (extending the embargo), a step
    that divides the Council"."""
    set_off = re.search(rf",\s+(?:an?\s+|the\s+)?{re.escape(step)}", clause)
    if not set_off:
        return None
    before = clause[:set_off.start()]
    act = _GERUND_ENDING.search(before)
    return act.group("act") if act else _clause_topic(before)


def _clause_topic(clause: str) -> str:
    """An issue said in a whole clause, from its object: "Moscow raised the fate of X, an
    accusation Kyiv denies" → "the fate of X"."""
    raised = re.search(r"\b(?:raised|discussed|cited|described|addressed|address|discuss|raise|"
                       r"on|over)\s+"
                       r"(?P<what>(?:the|a|an|its|their)\s+(?:[a-z]+,\s+)*[^,;]{4,100})", clause)
    if raised:
        return raised.group("what")
    return re.sub(r"^(?:there\s+(?:is|are|was|were)\s+)", "", LEAD_ADVERBIAL.sub("", clause),
                  flags=re.I)


#: A measure one side imposes on another (CAMEO's "impose embargo, boycott or sanctions"):
#: "will impose an additional 25% tariff on canola from May 1" → the tariff on canola.
_MEASURE = re.compile(
    r"\b(?:impos(?:e|es|ed|ing)|slap(?:s|ped)?|levy|levies|levied|rais(?:e|es|ed)|hik(?:e|es|ed)|"
    r"announc(?:e|es|ed)(?=\s+(?:new\s+|further\s+|additional\s+)(?:[\w%$.,-]+\s+){0,2}"
    r"(?:tariffs|duties|sanctions|export\s+controls|restrictions)\b)|"
    r"(?:prepar|draft|weigh)(?:e|es|ed|ing|s)?(?=\s+(?:an?\s+)?(?:new\s+|further\s+|additional\s+)"
    r"(?:[\w%$.,-]+\s+){0,3}(?:tariffs|duties|sanctions|export\s+controls|restrictions)\b)|"
    r"(?P<kept>(?:not|never|refused to|declined to|won't)\s+(?:lift(?:ed)?|removed?|drop(?:ped)?|"
    r"eased?|scrap(?:ped)?))|"
    r"(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|asked|asks|asking|pressed|presses|"
    r"pressing|requested|requests)\s+(?:[\w’'.-]+\s+){1,4}?"
    r"to\s+(?:immediately\s+|swiftly\s+)?(?:lift|remove|drop|ease|scrap|reconsider|revoke|rescind)|"
    r"(?:(?:launch|open|initiat)(?:e|es|ed|s|ing)?|(?:respond|retaliat)(?:ed|s|ing)?\s+with)"
    r"(?=\s+(?:an?\s+|new\s+)?(?:anti-dumping|anti-subsidy|countervailing|safeguard)\s+"
    r"(?:investigations?|probes?)))"
    r"\s+(?:an?\s+|new\s+|its\s+|their\s+|the\s+)?(?P<measure>(?:[\w%$.,-]+\s+){0,4}?"
    r"(?:(?:tariffs?|duties|duty|levies|sanctions|export controls|(?:export\s+|import\s+)?curbs|"
    r"restrictions|embargo|ban)\s+"
    r"(?:of\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?[\d.]+\s?(?:%|percent)\s+)?"
    r"(?:on|against)|(?:investigations?|probes?)\s+(?:into|of))\s+[^,;]+?)"
    r"(?=\s+(?:from|starting|as of|on|by|in|after|if|unless|because)\s|[,;]|"
    r"(?<![A-Z])\.(?!\w)|$)", re.I)
#: Where something happens, said without what: "(a protest) in Warsaw".
_ONLY_A_PLACE = re.compile(r"(?:in|at|on|near)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
#: A dispute a commitment settles: "agreed to end a months-long dispute over grain".
_ENDED_DISPUTE = re.compile(r"\b(?:end|resolve|settle|suspend|ending|resolving|settling|"
                            r"suspending|ended|resolved|settled)\s+"
                            r"(?:one\s+of\s+)?(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}"
                            r"(?:disputes?|row|standoff|conflict|stalemate|wrangling|feud)\b|"
                            r"\b(?:de-?escalat\w*|eas(?:e|ed|es|ing)|defus\w*)\s+(?:the\s+)?"
                            r"tensions?\b|"
                            r"\bending\s+(?:more\s+than\s+|nearly\s+|almost\s+)?(?:a|an|\w+)\s+"
                            r"(?:years?|months?|weeks?|decades?)\s+of\s+(?:[\w-]+\s+)?"
                            r"(?:wrangling|disputes?|dispute|deadlock|stalemate|standoff|talks)\b",
                            re.I)  # "ending more than a year of wrangling over X"
#: Talks taken up again, which ends their stall: "resume talks on the investment treaty".
#: A dispute named as what talks are on, which their resumption leaves open.
_DISPUTE_NOUN = re.compile(r"\b(?:disputes?|rows?|conflicts?|differences|standoff)\b", re.I)
_RESUMED_TALKS = re.compile(r"\b(?:resum|relaunch|reopen|restart|reviv)(?:e|es|ed|ing|s)?\s+"
                            r"(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}"
                            r"(?:talks|negotiations|dialogue|consultations)\b", re.I)
#: A named war or crisis talked over: "exchanged views on the Ukraine crisis".
_TALKED_OVER = r"(?:discuss(?:ed|es)?|exchanged views|talked about|spoke about)\b"
_DISCUSSED = re.compile(rf"\b{_TALKED_OVER}", re.I)
#: The same verb among a clause's first words: "They also discussed X and agreed to Y".
_DISCUSSED_FIRST = re.compile(rf"(?:[\w’'.-]+\s+){{0,4}}?{_TALKED_OVER}", re.I)
#: An objection given up, or a quarrel left in the past: "the two countries lifted their
#: objections", "seek to put years of friction behind them".
_WITHDRAWN = re.compile(r"(?<!not )(?<!never )(?<!not yet )\b(?:lifted|dropped|withdrew|waived|"
                        r"overcame)\s+"
                        r"(?:(?:their|its|his|her|the|all|any)\s+)?"
                        r"(?:[\w-]+\s+)?(?:objections?|veto(?:es)?|reservations?|opposition|"
                        r"blockade)\b|"
                        r"\bput(?:s|ting)?\s+(?:[\w’'-]+\s+){1,6}?behind\s+"
                        r"(?:them|themselves|us|ourselves|it)\b|"
                        r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:largely|finally|fully)\s+)?"
                        r"(?:settled|resolved|overcome)\b", re.I)
#: A reply that keeps a matter told as history open: "(…,) a decision that Kuwait rejected".
_STILL_OPPOSED = re.compile(r"\b(?:reject|protest|condemn|disput|contest|object|oppos)\w*", re.I)
#: A clause that opens with its date: "On April 2, …", "In March 2024, …".
_DATED_LEAD = re.compile(r"(?:On|In|Since|By)\s+(?:\w+\s+){0,2}\d{1,4}\b[^,]{0,20},\s")
#: A word no name of a deal runs across: "(The ministers said) the accord must be ratified".
_NOT_SAID = (r"(?!(?:said|says|say|told|tells|noted|notes|stated|states|announced|recalled|"
             r"recalls|added|warned|that|which|who)\b)")
#: A step an agreement still waits for: "the accord must still be ratified by parliament".
_PENDING = re.compile(
    rf"\b(?P<subject>(?:the|this|a|an|its|their)\s+[\w’'-]+(?:\s+{_NOT_SAID}[\w’'-]+){{0,9}}?|"
    r"(?-i:It|This)|"
    r"(?-i:(?:[a-z][\w-]+\s+)?[a-z][\w-]+s(?=\s+(?:that|which)\s+(?:are|were)\s+(?:still\s+)?"
    r"pending\b)))"
    r"(?:,?\s+(?:(?:that|which)\s+[^,;]{1,40}?\s+)?(?:signed|agreed|reached|concluded|initial+ed)"
    r"\s+[^,;]{1,70}?)?,?\s+(?:which\s+|that\s+)?"
    r"(?:(?:(?:still\s+)?(?:must|needs?\s+to|has\s+to|(?:has|have)\s+yet\s+to|"
    r"(?:is|are)\s+(?:yet|still)\s+to)\s+"
    r"(?:still\s+)?be|(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been|"
    r"(?:is|are|was|were)\s+(?:still\s+)?not\s+yet)\s+"
    r"(?P<act>ratified|approved|endorsed|confirmed|signed|implemented)|"
    r"(?:(?:is|are|remains?)\s+(?:still\s+)?subject\s+to|(?:still\s+)?(?:needs?|requires?|awaits?|"
    r"is\s+awaiting)|(?:is|are|was|were|remains?)\s+(?:still\s+)?pending)\s+"
    r"(?:(?P<whose>parliamentary|congressional|legislative|cabinet|senate|presidential|final|"
    r"formal)\s+)?(?P<noun>approval|ratification|endorsement|confirmation|signature))"
    r"(?:\s+by\s+(?P<by>[^,;.]+?)(?=,?\s+(?:which|who)\b|[,;.]|$))?", re.I)
#: People of one country held by another, a consular case: "Fourteen Indian fishermen … were
#: apprehended near Delft Island", "the 14 Vietnamese fishermen detained by Indonesian …".
_DETAINED = re.compile(
    r"\b(?:(?:[A-Z][\w-]*|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)"
    r"\s+){1,3}(?:fishermen|sailors|seafarers|crew\s+members|journalists?|reporters?|nationals|"
    r"businessm[ae]n|aid\s+workers|diplomats|activists|migrants|citizens|students|tourists|"
    r"farmers|workers|herders|traders|(?:truck\s+)?drivers|miners|pilgrims|villagers|loggers)"
    r"(?:,[^,;]{1,60},)?\s+"
    r"(?:(?:who\s+|that\s+)?(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:(?:wrongfully|unjustly|arbitrarily|unlawfully|illegally)\s+)?"
    r"(?:apprehended|detained|arrested|seized|abducted|kidnapped|imprisoned|jailed|"
    r"held(?=\s+(?:by|in)\s))(?:\s+(?:by|in|near|off|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z\d][\w’'-]*){0,3}"
    r"(?:\s+(?:authorities|forces|police|guards|coast\s+guard|army|navy|military|custody|"
    r"detention|prisons?|jails?|waters))?)?")
#: People or places harmed and still so: "the towns of X and Y have been encircled for months",
#: "thousands have been displaced by the fighting".
_HARMED = re.compile(
    r"(?:^|(?<=,\s)|\bthat\s+|\b(?:say|says|said|estimates?|estimated)\s+)"
    r"(?P<who>(?:(?!(?:say|says|said)\s)(?:\d[\d,]*|[\w’'-]+)\s+){0,7}?[\w’'-]+)\s+"
    r"(?:(?:have|has)\s+been|remain(?:s|ed)?)\s+"
    r"(?:\w+ly\s+)?(?P<harm>displaced|besieged|encircled|cut\s+off|killed|wounded|abducted|"
    r"kidnapped|shelled|bombed|destroyed|looted|stranded|trapped|expelled|deported|evicted|"
    r"blockaded|starved|uprooted)\b(?P<rest>[^,;.]*)", re.I)
_HARMED_CUE = LiteralGated(_HARMED)
#: A matter said to be left open, named by its subject: "the upkeep of the bridge is still
#: being worked out", "The price formula was not included in the memorandum".
#: Matters named only by how many or how weighty they are: "key issues", "several questions".
_UNNAMED = r"(?:key|main|several|other|many|some|outstanding)\s+(?:issues|questions|matters|points)"
#: A word no subject of a matter left open runs across: "(the ministers agreed that) the issue".
_NOT_A_CLAUSE = (r"(?!(?:that|which|who|agreed|said|and|but|noted|stressed|underlined|recalled|"
                 r"acknowledged|observed|warned|added|told|says|noting|stressing|confirmed|"
                 r"announced|reported|explained|believes?|hopes?|expects?|expected)\b)")
#: A word that is no verb of saying, nor "also" or "still" before the verb that ends a subject.
_NOT_SAID = (r"(?!(?:agreed|said|noted|stressed|underlined|recalled|acknowledged|observed|warned|"
             r"added|told|says|noting|stressing|confirmed|announced|reported|explained|also|"
             r"still)\b)")
_LEFT_TO_SETTLE = (r"(?:agreed|negotiated|decided|settled|determined|worked\s+out|"
                   r"finali[sz]ed|resolved|defined|clarified|completed|concluded|ratified|"
                   r"approved)\b")
_UNSETTLED = re.compile(
    r"(?P<subject>(?-i:^(?:Who|What|How|When|Where|Whether|Which)\s)[^,;]{3,80}?(?=\s+(?:also\s+|"
    r"still\s+)?(?:remains?|remained|is|are|was|were|has|have)\s)|"  # "Who will govern X after
    # the war (also) remains unresolved"
    rf"\b(?:the\s+(?:question|issue|matter|problem)\s+of\s+"
    rf"(?:{_NOT_SAID}[\w’'–-]+\s+){{0,16}}?|"  # "the question of relations with the states that
    # withdrew from the bloc": its own relative clause is part of it
    rf"(?:the|an?|(?-i:[A-Z])[\w.-]*[’']s)\s+(?:{_NOT_A_CLAUSE}[\w’'-]+\s+){{1,9}}?|"
    r"(?:its|their)\s+"
    rf"(?:{_NOT_A_CLAUSE}[\w’'-]+\s+){{0,6}}?)"
    rf"{_NOT_A_CLAUSE}[\w’'-]+|"
    r"(?-i:\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})|"
    rf"(?-i:^[A-Z][a-z’'-]+(?:\s+{_NOT_A_CLAUSE}[a-z][\w’'-]*){{1,9}}?)|"
    rf"\b{_UNNAMED}\b)"
    r"(?:,\s+(?:including|such\s+as|notably)\s+(?P<example>[^,;]+),|,\s+(?:where|which|who)\s"
    r"[^,;]+,)?(?:\s+itself|\s+also)?\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+|also\s+)?"
    r"(?:being\s+worked\s+out|not\s+(?:yet\s+)?(?:included|covered|mentioned|settled|decided|"
    r"finali[sz]ed)\s+(?:in|by)\b|left\s+out\s+of\b|excluded\s+from\b)|"
    r"(?:(?:still\s+)?(?:remains?|remained)|(?:is|are|was|were)\s+(?:also\s+)?left)\s+"
    r"(?:still\s+|largely\s+|"
    r"hotly\s+)?(?:unresolved|unsettled|outstanding|pending|undecided|unanswered|disputed|"
    r"contested)\b|"
    r"(?:is|are|was|were)\s+(?:also\s+|still\s+)*(?:unresolved|unsettled|undecided|"
    r"unanswered)\b|"  # "Tuition fees are also unresolved"; not "is outstanding", which praises,
    # nor "(while the case) is pending", which says when
    r"(?:(?:still\s+)?(?:remains?|remained)|(?:is|are)\s+still)\s+(?:under|the\s+subject\s+of)\s+"
    r"(?:negotiations?|discussions?|consideration|review|talks)\b|"
    r"(?:will|would|is\s+to|are\s+to)\s+be\s+(?:further\s+(?:discussed|negotiated)|"
    r"(?:discussed|negotiated)\s+further)\b|"
    r"(?:(?:is|are|was|were)\s+(?:still|yet)|(?:still\s+)?(?:remains?|remained)|"
    r"(?:has|have|had)\s+(?:still\s+)?yet)\s+to\s+be\s+" + _LEFT_TO_SETTLE + "|"
    r"(?:has|have|had|is|are)\s+(?:still\s+)?yet\s+to\s+(?:enter|come)\s+into\s+force\b|"
    r"(?:requires?|required|needs?|needed|deserves?)\s+(?:urgent|immediate|serious|special|"
    r"particular|further)\s+attention\b|"
    r"(?:is|are|was|were)\s+(?:(?:illegal|invalid|unlawful),?\s+(?:and\s+)?)*null\s+and\s+void\b|"
    r"(?:has|have|had)\s+no\s+legal\s+(?:effect|basis|force|validity)\b)", re.I)
_UNNAMED_MATTERS = re.compile(_UNNAMED, re.I)
#: How a matter told unsettled stands, as a headline says it after the matter; "unresolved"
#: adds nothing to an open issue.
_UNSETTLED_STATES = (
    (re.compile(r"\b(?:under|subject\s+of)\s+(negotiation|discussion|consideration|review)s?\b"),
     r"still under \1"),
    (re.compile(r"\bsubject\s+of\s+talks\b"), "still under negotiation"),
    (re.compile(r"\binto\s+force\b"), "not yet in force"),
    (re.compile(r"\bto\s+be\s+(" + _LEFT_TO_SETTLE + ")"), r"still to be \1"),
    (re.compile(r"\bbeing\s+worked\s+out\b"), "still being worked out"),
)


_SHORT_MATTER = 3  # words, at most, of a matter whose label says how it stands


def _unsettled_state(predicate: str) -> str:
    """The state a matter is told to be in ("remains under negotiation", "has yet to be
    finalised") as a label's end: "still under negotiation", "still to be finalised"."""
    for pattern, state in _UNSETTLED_STATES:
        found = pattern.search(predicate.lower())
        if found:
            return found.expand(state)
    return ""


def _owner_named(subject: str, before: str) -> str:
    """A matter told as "its X" named by what the sentence told before it: "The Rail Baltica
    tunnel was also discussed; its financing (remains unresolved)" → "the financing of the
    Rail Baltica tunnel". Without one told, the matter stays as it is."""
    owned = re.match(r"(?:its|their)\s+(?P<what>.+)", subject, re.I)
    owner = _SUBJECT_TOLD.match(before) if owned else None
    return f"the {owned.group('what')} of the {owner.group('owner')[4:]}" if owner else subject


#: The subject of a clause told just before: "(The Rail Baltica tunnel) was also discussed".
_SUBJECT_TOLD = re.compile(r"(?P<owner>(?:The|the)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+"
                           r"(?:was|were|is|are|has|have|had)\b")
#: A natural disaster and where it struck, told with its toll or with sympathy for it: "the
#: loss of lives in the recent floods in Assam", "the typhoon that struck the Philippines".
_DISASTER = re.compile(
    r"\b(?P<what>(?:floods?|flooding|typhoons?|earthquakes?|cyclones?|hurricanes?|droughts?|"
    r"wildfires?|forest\s+fires|landslides?|mudslides?|tsunamis?|famine|heat\s?waves?|"
    r"(?:tropical\s+)?storms?|blizzards?|avalanches?|volcanic\s+eruptions?|crash(?:es)?|"
    r"explosions?|blasts?|shipwrecks?)"
    r"(?:\s+(?-i:[A-Z][\w’'-]+)(?!\s+(?-i:[A-Z])))?)"  # its name: "Storm Boris", "Typhoon Haiyan"
    r"(?:\s+(?:[a-z]+\s+){0,3}?(?:in|across|struck|hit|ravaged|affecting)\s+(?P<place>(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|several|parts\s+of|districts\s+of)\s+)*"
    r"(?-i:[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3})))?", re.I)
#: What makes a disaster told of a matter for the briefing: its toll, or sympathy for it.
_DISASTER_TOLL = re.compile(r"\b(?:loss(?:es)?\s+of\s+li(?:fe|ves)|victims|killed|deaths|died|"
                            r"condolences?|sympath(?:y|ies)|spread(?:s|ing)?|worsen(?:s|ed|ing)?|"
                            r"declared|looming)\b", re.I)  # or that it grows: "famine is spreading"
_DISASTER_CUE = LiteralGated(_DISASTER)


def _disaster_topic(piece: str) -> str | None:
    """"Floods in Assam": a disaster the piece tells with its toll, named with its place."""
    disaster = _DISASTER_CUE.search(piece)
    if not disaster or not _DISASTER_TOLL.search(piece):
        return None
    what = disaster.group("what")
    place = disaster.group("place")
    if place:
        return f"{what} in {place}"
    if re.search(r"\s[A-Z]", what):
        return what  # named: "Storm Boris"
    phrase = _TOLL_TOLD.split(_problem_phrase(piece, disaster.start("what"),
                                              disaster.end("what")), maxsplit=1)[0]
    told_more = not phrase.rstrip(" .”\"").endswith(what)  # "the crash of an airliner near
    return phrase if told_more else f"the {what}"  # Aktau", not "an unprecedented drought"


#: Where the toll a disaster took is told, after its noun phrase: "(a blast at the port) killed".
_TOLL_TOLD = re.compile(r"\s+(?:killed|killing|kills|left|leaving|injured|injuring|destroyed|"
                        r"damaged|claimed|claiming)\b")


#: The same measure in the passive: "anti-dumping duties imposed by China on Australian wine".
_IMPOSED = re.compile(
    r"(?P<measure>(?:(?:\w+-[\w-]+|(?-i:[A-Z])[\w.-]*|\d[\w%.]*|new|additional|punitive|retaliatory|"
    r"higher|steep|sweeping)\s+){0,3}(?:tariffs|duties|levies|sanctions|"
    r"export controls|restrictions|embargo|ban)\s+(?:imposed|levied|placed)\s+by\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){1,3}on\s+[^,;]+?)(?=\s+(?:from|since|in|after|because|breach\w*|"
    r"violat\w*|were|was|are|is|have|has|had|will|would)\s|[,;]|(?<![A-Z])\.(?!\w)|$)", re.I)
_IMPOSED_CUE = LiteralGated(_IMPOSED)
_PENDING_CUE = LiteralGated(_PENDING)
_DETAINED_CUE = LiteralGated(_DETAINED)
_UNSETTLED_CUE = LiteralGated(_UNSETTLED)
_UNDER_SANCTIONS_CUE = LiteralGated(_UNDER_SANCTIONS)
_VIOLENCE_GOES_ON_CUE = LiteralGated(re.compile(_VIOLENCE_GOES_ON, re.I))
_WITHDRAWN_CUE = LiteralGated(_WITHDRAWN)
_DISCUSSED_CUE = LiteralGated(_DISCUSSED)
_MEASURE_CUE = LiteralGated(_MEASURE)


def _pending_topic(found: re.Match) -> str:
    """"the accord must still be ratified by parliament" → "Ratification of the accord by
    parliament": the step that is still open, as a noun phrase."""
    subject = found.group("subject")
    act = found.group("noun").capitalize() if found.group("noun") else \
        NOUN_OF_ACT[found.group("act").lower()]
    if found.group("whose"):  # "still needs parliamentary approval": "Parliamentary approval"
        act = f"{found.group('whose').capitalize()} {act.lower()}"
    pronoun = subject in ("It", "This")  # "It still needs approval by the member states"
    topic = act if pronoun else f"{act} of {subject[0].lower()}{subject[1:]}"
    by = found.group("by")
    return f"{topic} by {by.strip()}" if by else topic


def _talks_topic(found: re.Match) -> str:
    """Negotiations still going on, as a noun phrase: "negotiations on X", "talks on X"."""
    if found.group("unconcluded") or found.group("unfinished"):
        return found.group("unconcluded") or found.group("unfinished")
    if found.group("talked"):
        return f"{found.group('noun').lower()} on {found.group('talked')}"
    subject = found.group("subject")
    return f"negotiations on {found.group('negotiated') or subject[0].lower() + subject[1:]}"


_WAR = re.compile(
    r"\b(?:(?:[A-Z][\w-]+['’]s(?: [a-z-]+(?<!ing)){0,2}|the) )?"
    r"(?:(?:humanitarian|political|security|economic|refugee|migration|hostage|food|insecurity|"
    r"energy|debt|water|health) ){0,2}"
    r"(?:war|conflict|crisis|fighting|violence|situation) "
    r"(?:in|on|over|between|against) (?:the )?(?:(?:eastern|western|northern|southern|central) )?"
    r"[A-Z][\w-]+(?: (?:of the |of |and )?[A-Z][\w-]+\b(?![’']))*"
    r"|(?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)* (?:war|conflict|crisis)\b"
    r"(?! (?:effort|efforts|chest|footing|games|room|economy|machine|cabinet|memorial)\b)")
_NAMED_WAR = LiteralGated(_WAR)


def _war_topics(clause: str) -> list[str]:
    """Each named war or conflict: "Russia’s war in Ukraine", "the conflict in eastern DRC"."""
    return [m.group(0) for m in _NAMED_WAR.finditer(clause)
            if not re.match(r"(?:The|A|An|This|That)\s+(?:war|conflict)", m.group(0))
            or re.search(r" (?:in|on|against) ", m.group(0))]


#: How long a dispute has lasted, which is not what it is about: "water rights for decades".
_HOW_LONG = re.compile(r"\s+for\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?"
                       r"(?:(?:a|an|many|several|some|two|three|four|five|ten|\d+)\s+)?"
                       r"(?:decades?|years?|months?|weeks?)(?=[.,;]?$)")


def _dated_years_before(topic: str, reference: dt.date) -> bool:
    """Whether the matter is told as what did something in a year before the report's:
    "(protests over) a finance bill in 2024 forced the government to withdraw …"."""
    year = _PAST_YEAR_NARRATED.search(topic)
    return bool(year) and int(year.group(1)) < reference.year


#: A year after the matter's phrase, then the past verb of the clause it is subject of.
_PAST_YEAR_NARRATED = re.compile(r"\s+in\s+((?:19|20)\d\d)\s+(?-i:[a-z]+ed)\b")


def _without_dates(text: str) -> str:
    """"a briefing next week" → "a briefing": the date is not part of what the issue is."""
    for start, end, _ in reversed(dates.find_expressions(text)):
        if start > 0 and text[start:end] == "Today":
            continue  # "the outlet “Ala-Too Today”": a name's word, mid-sentence in capitals
        if _ATTRIBUTIVE_DATE.match(text, end) and not _NOT_A_NOUN.match(text, end):
            continue  # "the Oct. 8 vote", "summer releases": the date says which, and stays
        if not text[:start].strip():  # "Tuesday on how to implement the deal": what follows
            text = re.sub(r"^\s*(?:on|over|about)\s+", "", text[end:])
            continue
        head = re.sub(r"\s+(?:on|in|by|at|from|since)$", "", text[:start].rstrip(" ,"))
        if re.fullmatch(r"(?:(?:the|a|an)\s+)?[\w’'-]+\s+for", head, re.I):
            continue  # "the releases for July and August": one word needs its date to say which
        if re.match(r"\s+(?:of|against)\s", text[end:]):  # "the conviction (on 11 March) of
            text = head + text[end:]  # journalists": the noun's complement goes on after it
            continue
        text = re.sub(r"\s+(?:that|which)\s+[a-z]+$", "", head)  # "a truce that expires"
        text = re.sub(r"\s+(?:signed|agreed|reached|adopted|concluded|made|held|imposed|"
                      r"introduced|announced|enacted)$", "",
                      text)  # "a pledge signed in May 2023"
    return _HOW_LONG.sub("", text).strip()


#: A date that says which thing is meant, before its noun: "the Oct. 8 vote", "the 2023 deal",
#: "this year’s catch".
_ATTRIBUTIVE_DATE = re.compile(r"(?:[’']s)?\s+[a-z][a-z-]+\b(?<!ed)")
_NOT_A_NOUN = re.compile(r"\s+(?:and|or|but|to|of|in|on|at|by|for|from|with|as|that|which|who|"
                         r"over|about|against|amid|during|"
                         r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
                         r"should|shall|when|after|before|until|since|if|than|the|a|an)\b")


#: The nouns an issue is named by when what they are about is one word ("dispute over the
#: islands").
_ISSUE_NOUNS = ("dispute", "tension", "row", "rift", "disagreement", "differences", "concern",
                "feud", "quarrel", "spat", "friction", "standoff", "stalemate", "impasse",
                "objection", "complaint", "reservation")
#: Talks that stall on one noun are named with it: "talks on the border (have stalled)".
_TALKS_NOUNS = ("talks", "negotiations", "discussions")


#: Not after a noun whose "that" clause says what it holds: "(the lenders') insistence that
#: they enjoy preferred status", "demands that …" — no relative clause to cut.
_CONTENT_NOUN_END = "".join(f"(?<!{noun})" for noun in (
    "demand", "demands", "insistence", "condition", "assurances", "guarantees"))


#: Examples given after a clause: "(…), including the safeguard clause and the level of the
#: contribution", "notably X and Y".
_EXAMPLES_AFTER = re.compile(rf",\s+{_FOR_EXAMPLE}\s+(?P<examples>(?:[^;:,]|,(?!\s+(?:to|for|in|"
                             r"at|by|on|with|from|before|after|during|which|who|that)\b))+?)\W*$",
                             re.I)


def _examples_named(clause: str) -> list[str]:
    """The matters a clause names by examples after it, one topic each; [] for none."""
    found = _EXAMPLES_AFTER.search(clause)
    if not found:
        return []
    examples = found.group("examples")
    parts = re.split(r",\s+(?:and\s+)?(?=(?:the|a|an|its|their)\s)|"
                     r"\s+and\s+(?=(?:the|a|an|its|their)\s)", examples)
    if len(parts) > 1:
        return [part.strip() for part in parts]
    return _object_topics(examples)


def _object_topics(objects: str) -> list[str]:
    """"export controls and rare-earth supply chains" → two topics; a longer phrase stays one.
    A means ("by imposing tariffs") ends the topic; an agent ("posed by drifting mines") not.
    "X and over Y", the preposition said again, is two matters however long each is."""
    again = PREPOSITION_AGAIN.split(objects)
    if len(again) > 1:
        return [topic for part in again for topic in _object_topics(part)]
    objects = re.split(rf",?{_CONTENT_NOUN_END}\s+(?:which|who|that|as well as|because|while|"
                       r"although|"
                       r"though|where|if|unless|once|"
                       r"but|(?<!ed\s)by\s+\w+ing)\b|,\s+(?:[\w’'.-]+\s+){1,7}?(?:said|says|told)\b|,\s+and\s+(?=[A-Z])|,\s+(?:a|an)\s|,\s+(?=[a-z]+ing\b)|"
                       r"\s+during\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:talks|meeting|"
                       r"visit|session|round|summit|negotiations)\b|"  # when the talks failed
                       rf",\s+the\s+(?:[\w-]+\s+){{0,2}}?{_WHAT_A_MATTER_IS}",
                       objects)[0]  # "fishing rights, the main sticking point": one matter
    if re.match(r"(?:how|whether|what|who|when|where|why)\s", objects, re.I):
        return [objects.strip()]  # "(agree on) where one ends and the other begins": one question
    objects = _FINITE_VERB.split(objects, maxsplit=1)[0]  # not "(over) how the fund (will …)"
    objects = _PAST_VERB_WITH_OBJECT.split(objects, maxsplit=1)[0]  # "(a dispute over
    # offshore fields) stalled the project": the verb of the clause the issue is subject of
    pieces = [p.strip() for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", objects)
              if p.strip()]
    short = all(len(p.split()) <= 5 for p in pieces)
    pronoun = any(re.match(r"(?:its|their|his|her|our|this|these|those|it)\b", p, re.I)
                  for p in pieces) or bool(re.match(r"(?:the|a|an|\w+['’]s)\s", pieces[0]))
    governed = re.search(r"\s(?:on|of|for|to|in|over|against|with|from|between)\s", pieces[0])
    shared_head = len(pieces[-1].split()) > 1 and \
        any(re.fullmatch(r"[a-z][\w-]*", p) for p in pieces[:-1])  # "steel and aluminium
    # tariffs": one matter, its head noun said once
    if len(pieces) > 1 and short and not pronoun and not governed and not shared_head:
        return pieces  # "fishing quotas and port fees"
    if len(pieces) > 2 and "," in objects and all(re.match(r"the\s", p) for p in pieces[1:]) \
            and (not governed or all(len(p.split()) <= _SERIES_ITEM_WORDS for p in pieces)):
        return pieces  # "maritime boundaries, the continental shelf and the demilitarisation
        # of the islands", "developments in the South China Sea, the humanitarian situation in
        # Myanmar and the conflict in the Middle East": a series
    return [objects.strip()] if re.search(r"[A-Za-z]{3}", objects) else []


#: The most words of one matter of a series, each with its own place or object.
_SERIES_ITEM_WORDS = 7
#: What an apposition calls the matter before it: "(fishing rights,) the main sticking point".
_WHAT_A_MATTER_IS = (r"(?:sticking\s+points?|obstacles?|stumbling\s+blocks?|issues?|hurdles?|"
                     r"irritants?|problems?|questions?|bones?\s+of\s+contention)\b")

#: A side's stance on a matter, as a topic names it: "China’s opposition to (the sanctions)".
_STANCE_ON = re.compile(r"(?:[\w.’'-]+(?:’s|'s)\s+)?(?:opposition|objection|rejection)\s+"
                        r"(?:to|of)\s+(?P<what>\S.*)", re.I)
_TOPIC_NOISE = {"the", "a", "an", "of", "in", "on", "over", "war", "conflict", "crisis",
                "situation", "issue", "issues"}


def _named_back(topic: str, told: str) -> bool:
    """Whether `topic` names an issue told before by a word or two of it and its kind: "(The)
    seafood issue" after "Beijing's ban on Japanese seafood"."""
    back = re.fullmatch(r"(?:the\s+)?(?P<words>(?:[\w-]+\s+){0,1}[\w-]+)\s+(?:issue|question|"
                        r"matter|dispute|row)", topic, re.I)
    return bool(back) and _topic_words(back.group("words")) <= _topic_words(told)


def _told_more_fully(bare: str, topic: str) -> bool:
    """Whether an issue named as a situation somewhere ("Situation in X", "the humanitarian
    situation in X") is told more fully by `topic`: "Deterioration of the security and
    humanitarian situation in X"."""
    bare = re.sub(r"^the\s+", "", bare, flags=re.I)
    return bool(re.fullmatch(r"(?:[\w-]+\s+){0,2}situation\s+in\s+.+", bare, re.I)) and \
        len(topic) > len(bare) and bare.lower() in topic.lower()


def _same_topic(one: str, other: str) -> bool:
    """"War in Ukraine" and "Ukraine conflict" are one topic; so are "Taiwan" and "taiwan";
    not "War in Ukraine" and "double standards on Ukraine and Gaza"."""
    small, large = sorted((_topic_words(one), _topic_words(other)), key=len)
    return bool(small) and small <= large and 2 * len(small) >= len(large)


@functools.lru_cache(maxsize=4096)  # each drafted topic is compared with every later one
def _topic_words(topic: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", topic.lower()) if w not in _TOPIC_NOISE)


_GENERIC_WORDS = {"the", "a", "an", "issue", "issues", "matter", "matters", "situation", "it",
                  "this", "that", "remain", "remains", "remained", "questions", "problems",
                  "problem", "question",
                  "concerns", "been", "be", "scheduled", "is", "are", "was", "were", "still",
                  "same", "core", "underlying", "main", "key", "central", "remaining", "however",
                  "dispute", "disputes", "disagreement", "disagreements", "differences",
                  "outstanding", "pending", "unresolved", "open", "several", "other", "some",
                  "certain", "all", "front", "fronts"}
#: Verbs that give someone's view: "analysts (warn)", "(Kyiv) says".
_SAYING_VIEW = "say|says|said|warn|warns|warned"
#: A topic that is someone's saying of the clause: "(an accusation) Kyiv denies".
_SAYING_ENDS = rf".*\b(?:denies|denied|{_SAYING_VIEW})\W*$"
#: A clause of saying joined to the one before: "(X is a source of friction), and analysts
#: warn (that …)".
_SAYING_JOINED = re.compile(rf",\s+(?:and|but|while)\s+(?=(?:[\w’'-]+\s+){{1,3}}?"
                            rf"(?:{_SAYING_VIEW})\b)")
#: A topic that points back at what its clause said: "… Kyiv denies", "In Sudan, where war …".
_SAID_OF_ANOTHER = re.compile(rf"{_SAYING_ENDS}|(?:in|at)\s[^,]+,\s+where\b", re.I)
#: An indefinite amount of what follows, no part of its name: "a number of (investigations)".
_QUANTITY_OF = (r"an?\s+(?:(?:wide|whole|broad|long)\s+)?"
                r"(?:number|series|range|host|handful|variety|spate|raft|string|slew)\s+of")
#: Words before what an issue is about: "the question of X", "(issues) including X", "what
#: she called X", "a series of X"; "the question of prisoners" keeps its head, since
#: "prisoners" alone names no issue.
_TOPIC_LEAD = re.compile(r"^(?:(?:the\s+)?(?:issue|question|matter|problem)\s+of(?=\s+\S+\s+\S)|"
                         r"(?:the\s+)?(?:reports?|news)\s+(?:of|that)|"
                         r"including|such\s+as|notably|namely|"
                         rf"{_QUANTITY_OF}|the|a|an|what\s+(?:he|she|they|it|the\s+\w+)\s+"
                         r"(?:call(?:s|ed)?|describe[sd]?\s+as|term(?:s|ed)?))\s+", re.I)
#: Who said the clause, after it: "…, Ukraine said", "…, the ministry said on Monday".
_SAYING_ENDS_CLAUSE = re.compile(r"(?:[\w’'.-]+\s+){1,4}?(?:said|says|told\s+[^,;]+)"
                                 r"(?:\s+on\s+\w+)?")
#: What cannot be an issue's topic: "the matter with X" (said of what came before), a
#: pronoun, a modal ("must be resolved peacefully"), a possessive's tail ("’s Cairo Water
#: Week"), whose words a participle reports ("issued by"), a clause told by its speakers
#: ("We reaffirm our commitment to …").
_NOT_A_TOPIC = re.compile(r"(?:(?:the|this)\s+)?(?:matter|issue|question|subject)\s+"
                          r"(?:with|to|at)\b|"
                          r"(?:(?:today|yesterday|this\s+week|last\s+week|[A-Z][a-z]+day)['’]s\s+|"
                          r"the\s+)(?:meeting|talks|session|summit|round|discussions)[.\s]*$|"
                          # "(no agreement was reached at) today's meeting": when, not on what
                          r"(?:(?:and|but|or)\s+)?(?:it|them|this|that|these|those|him|her|must|"
                          r"should|will|would|can|could|may|might|remains?|remained|we|they|he|"
                          r"she|says|said)\b|[’']s\b|"
                          r"[a-z]+ed\s+by\b|"
                          r"(?:despite|notwithstanding|unresolved)\b|at\s+(?!least\b)|"  # "Despite
                          # the impasse", "At COP29 in Baku": when or in spite of what, no matter
                          rf"{_SAYING_ENDS}|"
                          r"(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}(?:solutions?|way\s+forward)"
                          r"\W*$", re.I)  # "(called for) a lasting solution": to what is named
                          # before it


def _apposed_topic(clause: str) -> str | None:
    """The matter a phrase set off by commas calls a sticking point, concern or dispute: "They
    discussed visa processing, a sticking point for Dhaka" → "visa processing"; None for a
    clause before the phrase ("it will not withdraw from X, a …": X is read otherwise)."""
    apposed = _APPOSED_ISSUE.search(clause)
    before = re.split(r"[,;]", clause[:apposed.start()])[-1] if apposed else ""
    if not before.strip():
        return None
    what = re.split(r"\b(?-i:[a-z]{3,}ed|(?:raise|discuss|address|tackle)s?)\s+",
                    _SUBJECT_LEAD.split(before)[-1])[-1]
    what = re.split(r"\s+(?:who|which|that|whose)\s", what)[0]  # "contractors (who say …)"
    return what if what and not _AUXILIARY.search(what) else None


#: A state's debt at risk, named with its owner: "Burundi's risk of debt distress".
_DEBT_DISTRESS = re.compile(r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}[’']s\s+)?"
                            r"(?:(?:high|rising)\s+)?(?:risk\s+of\s+)?debt\s+distress", re.I)
#: Work late, named by what is late: "(the) Ghanaian section of the highway (has fallen behind
#: schedule)".
_BEHIND_SCHEDULE = re.compile(r"\b(?:the|its|their)\s+(?P<what>[^,;]{3,80}?)\s+"
                              r"(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were)\s+)?"
                              r"(?:fallen|fell|falling|running|ran|lagging|lagged|slipped|"
                              r"slipping)?\s*behind\s+schedule\b", re.I)


#: A principle of settling disputes stressed, with no dispute named: "(stressed) the peaceful
#: settlement of disputes (in accordance with international law)".
_PRINCIPLE_OF_PEACE = re.compile(r"\s+(?:the\s+)?(?:importance\s+of\s+(?:the\s+)?)?"
                                 r"(?:peaceful\s+)?(?:settlement|resolution)\s+of\s+(?:all\s+)?"
                                 rf"(?!{_DISPUTES_NAMED})disputes\b", re.I)


#: A retaliation threatened on a condition, whose object is the measure at issue: "(warned it
#: would) retaliate if Kenya did not lift the ban", "… if Washington goes ahead with the tariffs";
#: not a measure named as the threat ("threatened retaliatory tariffs if …").
_RETALIATION_IF = re.compile(
    r"\b(?:retaliat(?:e|es|ed|ing)|(?:take|adopt)\s+countermeasures|hit\s+back|"
    r"respond\s+in\s+kind)\s+(?:[^,;]{0,40}?\s)?"
    r"(?:if|unless|should)\s+(?P<who>(?:[\w’'.-]+\s+){1,4}?)(?:(?:does|did|do|will|would)\s+)?"
    r"(?:not\s+)?(?:go(?:es)?\s+ahead\s+with|went\s+ahead\s+with|lifts?|lifted|removes?|removed|"
    r"drops?|dropped|scraps?|scrapped|imposes?|imposed|introduces?|introduced|extends?|extended|"
    r"keeps?|kept|raises?|raised)\s+(?P<what>(?:the|its|their|any|new)\s+[^,;.]+)", re.I)


#: What is called a violation, as the subject of "is a violation": "(The presence of the vessel
#: in X)(, determined …,) is a (clear) violation (of Y)", "(the construction of a structure),
#: which is a violation (of the arrangements)", or as what a side calls one (`SEEN_AS`):
#: "called (the surtax) a violation (of Y)"; not "These actions are …", told before.
_VIOLATION_BY = FirstOfGated(re.compile(
    r"(?:^|,\s+|\bthat\s+)(?P<what>(?:the|a|an|its|their|these|this|those|such)\s+[^,;]{3,120}?)"
    r"(?:,\s+[a-z][^,;]{0,120},)?"
    r"(?:,\s+which)?\s+(?:is|was|are|were|constitutes|constituted)\s+(?:an?\s+)?"
    r"(?:(?:clear|serious|flagrant|blatant|gross|direct)\s+)?$", re.I), SEEN_AS)


def _open_question(clause: str) -> str | None:
    """The question a clause says is unanswered ("It remains unclear whether Brel will sign"
    → "whether Brel will sign"); one named "the question of" only where the clause says it is
    left open ("The question of who would command it was left open")."""
    found = _OPEN_QUESTION_GATED.search(clause)
    if not found:
        return None
    if not found.group("named"):
        return found.group("question")
    left = _LEFT_UNANSWERED.search(clause, found.start("question"))
    if not left:
        return None
    asked = clause[found.start("question"):left.start()]
    return re.split(r"\s+(?:(?:also|still)\s+)?(?:was|were|is|are|has|have|had|remains?|"
                    r"remained)\b", asked, maxsplit=1)[0].strip() or None


#: A concern a speaker names after a colon: "Our main concern remains the same: X".
_CONCERN_THEN_COLON = re.compile(r"(?:our|their|its|his|her|the)\s+(?:[\w-]+\s+)?(?:concerns?|"
                                 r"worr(?:y|ies)|priorit(?:y|ies))\b[^:;,]{0,40}:\s+"
                                 r"(?P<what>[^;:]{3,}?)\W*$", re.I)
#: Where a dispute is, named right after it: "(disputes) in the South China Sea".
_IN_A_PLACE = re.compile(r"(?:in|on|along|across|over)\s+(?:the\s+)?[A-Z][\w’'-]*"
                         r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*"
                         r"(?=\s+(?:should|must|will|would|has|have|had|is|are|was|were|"
                         r"remain\w*)\b|[,;.]|$)")


def _topic(clause: str) -> str | None:
    """The subject of an issue: what follows its cue, or a name there ("raised the issue")."""
    announced = _CONCERN_THEN_COLON.match(clause)
    if announced:  # "Our core concern has not changed: the use of Afghan soil by X"
        return announced.group("what")
    question = _open_question(clause)
    if question:
        return question
    wanting = _WANTING_GATED.search(clause)
    if wanting:  # "an annual quota, which carmakers say is too small" → "Annual quota too small"
        judged = re.search(r"(?:too\s+\w+|\w+)$", wanting.group("judged")).group(0)
        return f"{wanting.group('what')} {judged}"
    settled = _SETTLEMENT_SOUGHT_GATED.search(clause)
    if settled:  # "support for the immediate resolution of the abductions issue"
        return settled.group("matter")
    condition = _OWN_ACT_REQUIRED_GATED.search(clause)
    if condition:  # "(will suspend power exports) unless Brel clears its arrears": its arrears
        return f"{_owner(condition.group('who'))} {condition.group('what')}"
    overshadowed = _OVERSHADOWED_GATED.search(clause)
    if overshadowed:  # "Sanctions circumvention and water disputes overshadowed the talks"
        return overshadowed.group("what")
    pressed = _PRESSED_OVER_GATED.search(clause)
    if pressed:  # "pressed counterparts over continued re-exports of dual-use goods"
        return pressed.group("what")
    flared = _FLARED_AFTER_GATED.search(clause)
    if flared:  # "Tensions flared again this week after guards exchanged fire": what set them off
        return f"tensions {flared.group('since').lower()} {flared.group('cause')}"
    found = _stance_topic(clause)
    if found is not None:
        return found or None
    dragged = _DRAGGED_ON_GATED.search(clause)
    if dragged:  # "Negotiations on the free trade agreement have dragged on for eight years"
        return dragged.group("talks")
    slow = _SLOW_OR_MISSED.search(clause)
    if slow:  # "progress on the maritime boundary had been slow", "missed the deadline for X"
        on = slow.group("slow_on") or slow.group("slow_after")  # or "progress had been slow
        # on the extension of X"
        return f"slow progress {on}" if on else f"missed deadline{slow.group('missed_for') or ''}"
    threat = _RETALIATION_IF_GATED.search(clause)
    if threat:  # "warned it would retaliate if Kenya did not lift the ban": Kenya's ban
        what = re.sub(r"^the\s+", "", threat.group("what"))
        return _whose(what, threat.group("who")) if what != threat.group("what") else what
    problem = _WEAK_ISSUE.search(clause)
    disputed = _ISSUE_CUE.search(clause)
    raised = _RAISED_MATTER.search(clause, 0, disputed.start()) if disputed else None
    if raised:  # "raised the issue of X, on which an agreement has been pending because of
        return raised.group("what")  # objections …": X is the issue, the rest tells why
    aside = _RELATIVE_ASIDE.search(clause) if disputed else None
    if aside and aside.start() < disputed.start() < aside.end():
        disputed = _ISSUE_CUE.search(clause, aside.end()) or disputed  # "In Sudan, where war
        # has gutted the ministry, engineers … raising safety concerns": the concerns
    if problem and problem.group("problem") and not disputed:
        late = _BEHIND_SCHEDULE.search(clause)
        if late:  # "the Ghanaian section of the highway had fallen behind schedule"
            return f"delays on the {late.group('what')}"
        distress = _DEBT_DISTRESS.search(clause)
        if distress:  # "rates Burundi's risk of debt distress as high"
            return distress.group(0)
        return _problem_phrase(clause, problem.start(), problem.end())
    if problem and re.match(r"tariffs?\s", problem.group(0), re.I) and not disputed:
        tariff = problem.start() + len(re.match(r"tariffs?", problem.group(0), re.I).group(0))
        return _problem_phrase(clause, problem.start(), tariff)  # "its 10% tariff on cars"
    cue = disputed or problem
    if cue and _DIFFERENCES_HANDLED.search(clause, 0, cue.start()) and \
            re.fullmatch(r"differences|disputes?", cue.group(0), re.I) and \
            not re.match(r"\s+(?:over|on|about|regarding|concerning|with|between|among|in|at)\s",
                         clause[cue.end():]):
        return None  # "(can) manage their differences responsibly": a way of dealing, no matter
    if cue is problem and problem and _PRINCIPLE_OF_PEACE.match(clause, problem.end()):
        return None  # "stressed the peaceful settlement of disputes": a principle, no matter
    if problem and disputed and problem.start() < disputed.start() and \
            re.fullmatch(r"threaten(?:s|ed)", problem.group(0), re.I):
        cue = problem  # "threatened to use force, as the protests escalate": the threat first
    if problem and disputed and problem.start() < disputed.start() and \
            re.search(r"\s+and\s+(?:also\s+)?[a-z]+s\s|,\s+(?:saying|arguing|adding|noting|"
                      r"calling)\b", clause[problem.end():disputed.start()]):
        cue = problem  # "has rejected X and insists the dispute …", "rejected X, saying it
        # violated Y": the main predicate's cue
    while cue and re.match(r"[”\"’']*\s*(?:and|but)\b", clause[cue.end():]):
        later = _ISSUE_CUE.search(clause, cue.end())  # "called it provocative and warned that X"
        if not later:
            break
        cue = later
    judging = cue and re.match(r"unacceptable|intolerable|unfair|illegal|destabiliz",
                               cue.group(0), re.I)
    judged = _JUDGED_SUBJECT.search(clause[:cue.start()]) if judging else None
    if judged:  # "said the restrictions on aid convoys were unacceptable"
        return re.split(r"\b(?:that|said|says)\s+(?:the\s+)?", judged.group("what"))[-1]
    seen = SEEN_AS.search(clause, 0, cue.start()) if judging else None
    if seen and seen.group("what"):  # "Moscow regards the expansion of NATO as unacceptable"
        return seen.group("what")
    holdouts = _HOLDOUTS.search(clause)
    if holdouts:  # "urges those states that have not yet ratified the treaty to do so"
        return holdouts.group("who")
    if cue and re.match(r"ongoing|long-?standing|outstanding|remaining", cue.group(0), re.I) \
            and not _ISSUE_OBJECT.search(clause):
        return re.split(r",(?!\s+(?:including|such\s+as)\s)|\s+(?:which|that|who|while|but)\b",
                        clause[cue.start():])[0]  # "… issues, including X and Y": which ones
    where = _CONCERNS_IN.match(clause, cue.end()) if cue and re.fullmatch(
        r"concerns?", cue.group(0), re.I) else None
    if where:  # "raised human rights concerns, including in Xinjiang and Tibet"
        held = re.findall(r"[\w’'-]+", clause[:cue.start()])[-2:]
        kind = " ".join(w for w in held if w.lower() not in NOT_MODIFIER and w[0].islower()
                        and not w.endswith("ed"))
        return f"{kind} concerns in {where.group(1)}".strip()
    if cue and re.fullmatch(r"concerns?", cue.group(0), re.I) and \
            re.match(r"\s+(?:during|amid|among|after|following|since)\s", clause[cue.end():]):
        return _problem_phrase(clause, cue.start(), cue.end())  # "safety concerns during X"
    owned = _OWNED_BY.match(clause, cue.end()) if cue and re.fullmatch(
        r"concerns?", cue.group(0), re.I) else None
    if owned:  # "address the concerns of each side in their trade relationship": whose
        return f"{cue.group(0)}{owned.group(0)}"
    found = _held_topic(clause)
    if found is not None:
        return found or None
    if cue and re.match(r"regret", cue.group(0), re.I):  # "regrets that Serbia has not aligned
        regretted = re.split(r",?\s+and\s+(?=[a-z]+s\s)", clause[cue.end():])[0]  # with X(, and
        return regretted.strip(" .")  # urges it to …)": what is regretted, not what is urged
    described = _DESCRIBED_BEFORE.search(clause[:cue.start()]) if cue else None
    if described:  # "discussed the talks on X, which have been stalled since 2019"
        return described.group("what")
    named = _named_by_its_cue(clause, cue) if cue else None
    if named is not None:
        return named or None
    found = _undone_topic(clause, cue)
    if found is not None:
        return found or None
    if cue and re.fullmatch(r"disputes?|tensions?|conflicts?|rifts?|standoff|stalemate|impasse",
                            cue.group(0), re.I) and \
            re.match(r",\s+[a-z]+ing\b", clause[cue.end():]):
        return _problem_phrase(clause, cue.start(), cue.end())  # "their border dispute, signing …"
    if cue and re.fullmatch(r"protests?|disputes?|tensions?|conflicts?|wars?",
                            cue.group(0), re.I) and _VERB_OF_ITS_SUBJECT.match(clause, cue.end()):
        return _problem_phrase(clause[:cue.end()], cue.start(), cue.end())  # "protests began"
    if cue and re.fullmatch(r"disputes?|tensions?|conflicts?|rifts?|standoff|rows?|feuds?",
                            cue.group(0), re.I) and \
            re.match(r",?\s+(?:that|which)\s+(?:has|have|had)\s+", clause[cue.end():]):
        return _problem_phrase(clause[:cue.end()], cue.start(), cue.end())  # "the Western
        # Sahara dispute that has long complicated relations": the dispute, not what it did
    rest = clause[cue.end():].strip(" ,") if cue else ""
    if cue and re.fullmatch(r"fate\s+of", cue.group(0), re.I):  # "the fate of the hostages
        fated = re.split(r",|\s+(?:hangs|hung|rests|lies)\b", _FINITE_VERB.split(rest, 1)[0])[0]
        return f"fate of {fated.strip(' .')}"  # (is still unknown)"
    if cue and re.match(r"escalat", cue.group(0), re.I) and \
            re.search(r"\b(?:could|might|may|would|can)\s+(?:further\s+)?$", clause[:cue.start()]):
        return None  # "refrain from actions that could escalate tensions": feared, none named
    if cue and _TO_WATCH.search(clause[:cue.start()]):
        return None  # "a committee to report violations of the truce": a safeguard agreed
    if cue and _TO_SETTLE.search(clause[:cue.start()]) and \
            not re.sub(r"^,?\s*according\s+to\b.*", "", clause[cue.end():]).strip(" ,."):
        return None  # "dialogue was the way to resolve frictions": no friction named
    if cue and re.match(r"accus", cue.group(0), re.I) and _DENIED.search(clause[:cue.start()]):
        return None  # "denies the accusation": the accusation is told where it is made
    if cue and re.search(r"\b(?:those|these|such|the same)\s+$", clause[:cue.start()]) and \
            (not rest.strip(" .") or re.match(r"[a-z]+ing\b", rest)):
        return None  # "rejected those concerns, saying …": named before, not here
    if cue and re.fullmatch(r"disputes?|tensions?|conflicts?|standoff|rows?|feuds?", cue.group(0),
                            re.I) and re.search(r"\bthe\s+$", clause[:cue.start()]) and \
            re.fullmatch(r"\s*[a-z]+\W*", rest):
        return None  # "an interest in keeping the dispute quiet": the one told of before
    if cue and re.fullmatch(r"(?:The|This)\s+", clause[:cue.start()]) and \
            re.fullmatch(r"dispute|standoff|row|feud|rift", cue.group(0), re.I) and \
            re.match(r"threatens|threatened|risks|could|may|has\s+(?:hit|hurt|cost)", rest):
        return None  # "The dispute threatens X": the dispute, told before, is the issue
    judged_acts = _JUDGED_ACTS.match(rest) if cue and re.fullmatch(
        r"unfair|coercive|provocative|destabiliz\w*", cue.group(0), re.I) else None
    if judged_acts:  # "unfair trade practices have hollowed out …"
        return f"{cue.group(0)} {judged_acts.group(0)}"
    found = _threat_topic(clause, cue)
    if found is not None:
        return found or None
    chilled = cue and re.match(r"(?:relations|ties)\s", cue.group(0), re.I)
    if chilled:  # "relations between Rabat and Madrid have cooled": whose relations
        return re.split(r"\s+(?:have|has|had|were|are|remain(?:ed)?)\b", cue.group(0))[0]
    soured = cue and re.match(r"deteriorat|soured|strained|worsened", cue.group(0), re.I)
    souring = _SOURED_BY.search(clause[:cue.start()]) if soured and \
        re.match(r"(?:(?:bilateral|trade|diplomatic|their|the)\s+)?(?:relations|ties)\b", rest) \
        else None
    if souring:  # "a tariff fight that has soured trade ties": the fight
        return souring.group("what")
    soured_ties = _TIES_BEFORE.search(clause[:cue.start()]) if soured else None
    if soured_ties and not re.match(r"(?:for\s+(?:\w+\s+){0,2}?\w+\s+|since\s+\S+\s+)?"
                                    r"(?:by|over)\s", rest):
        return soured_ties.group(0)  # "relations between Lima and La Paz soured in 2023, when …"
    if cue and re.match(rf"deteriorat|soured|strained|{_COLD}", cue.group(0), re.I):
        rest = re.sub(r"^(?:sharply\s+|further\s+)?(?:since|after|following|amid)\s+", "", rest)
        cause = _ISSUE_CUE.search(rest)
        named = _named_by_its_cue(rest, cause) if cause else None
        if named:  # "Relations soured after Brel expelled two diplomats": the expulsion
            return named
    if cue and re.match(r"strained|soured", cue.group(0), re.I):
        rest = re.sub(r"^(?:relations\s+|ties\s+)?(?:for\s+(?:\w+\s+){0,2}?\w+\s+|since\s+\S+\s+)?"
                      r"(?:by|over)\s+", "", rest)  # "strained for years by disputes over X"
        if re.match(r"for\s+(?:about\s+|nearly\s+|more\s+than\s+)?(?:a|an|\d+|two|three|four|"
                    r"five|several|many)\s+(?:decades?|years?|months?)\s*(?:[,;.]|$)", rest):
            return None  # "Relations, strained for about a decade, were normalized": how long
    placed = _IN_A_PLACE.match(rest) if cue and re.fullmatch(
        r"disputes?|tensions?|conflicts?", cue.group(0), re.I) else None
    if placed:  # "maritime disputes in the South China Sea (should be resolved …)": the
        # disputes there, not the place alone
        return f"{_problem_phrase(clause[:cue.end()], cue.start(), cue.end())} {placed.group(0)}"
    acts = _ACTS_THAT.match(rest)
    if acts:  # "warned against actions that could harm regional stability"
        return acts.group("acts")
    violator = _VIOLATION_BY.search(clause[:cue.start()]) if cue and re.fullmatch(
        r"violations?", cue.group(0), re.I) else None
    if violator:  # "The presence of the vessel in X(, determined …,) is a violation of Y": the
        # presence is the issue, not what it violates; "These actions …": told before
        what = violator.group("what")  # none when `SEEN_AS` found "called these actions a …"
        return None if not what or re.match(r"(?:these|this|those|such)\s", what, re.I) else what
    if cue and re.match(r"violated", cue.group(0), re.I) and \
            re.search(r"\b(?:was|were|has been|have been)\s+(?:\w+ly\s+)?$", clause[:cue.start()]):
        subject = re.sub(r"\s+(?:was|were|has been|have been)\s+(?:\w+ly\s+)?$", "",
                         clause[:cue.start()])  # "the truce has been (repeatedly) violated"
        subject = subject.split(",")[-1].strip()
        subject = re.split(r"\b(?:say|says|said|claim|claims|claimed|allege|alleges|alleged)\s+"
                           r"(?:that\s+)?", subject)[-1]  # "(Observers say) the ceasefire …"
        return f"violations of {subject[:1].lower()}{subject[1:]}"  # "the truce was violated"
    if cue and re.match(r"clash", cue.group(0), re.I):
        rest = re.sub(r"^(?:erupted|broke out|flared|resumed|spilled\s+over|spread)\s+", "", rest)
        if re.fullmatch(r"clashed", cue.group(0), re.I):  # "fishermen … have clashed
            rest = re.sub(r"^(?:again\s+|repeatedly\s+|\w+ly\s+)+", "", rest)  # (repeatedly)
            if re.match(r"(?:near|in|at|along|off|around|on\s+the\s+border)\b", rest):
                return f"clashes {rest.rstrip(' .')}"  # near the islets": where they clash
    if re.fullmatch(r"accusations?", cue.group(0) if cue else "", re.I) and \
            re.match(r"of\s+[a-z]+ing\b|(?:over|about)\s", rest):
        return f"accusations {rest}"  # "traded accusations of violating the truce", "… over X"
    if re.match(r"accus", cue.group(0) if cue else "", re.I):
        accused = re.match(rf"(?:(?:the\s+)?{PLACE_NAME}(?:,?\s+(?:and\s+)?(?:the\s+)?"
                           rf"{PLACE_NAME})*\s+|(?:[\w’'-]+\s+){{1,4}}?)(?=of\s)",
                           rest)  # "accused both sides of X", "accused the Republic of Y of X"
        rest = rest[accused.end() + 3:] if accused else re.sub(r"^of\s+", "", rest)  # "firms
        # accused of supplying drones": accused, whom the text named before
        named = accused and re.fullmatch(r"(?:(?:the|and|of)\s+|(?-i:[A-Z])[\w’'.-]*,?\s+)+",
                                         accused.group(0), re.I)
        states = find_parties(accused.group(0), capital_as_state=True) if named else []
        if re.fullmatch(r"accus(?:e|ed|es|ing)", cue.group(0), re.I) and \
                re.match(r"[“\"‘']?[a-z]", rest):  # "accused X of “provoking” Y" too
            whom = (in_a_phrase(states[0]) if len(states) == 1 else accused.group(0).strip()) \
                if states else ""  # "accused Reykjavik of X": accusations against Iceland
            against = f" against {whom}" if whom else ""
            rest = f"accusations{against} of {rest}"  # "accused Minsk of waging …"
    blamed = re.match(r"blam(?:e|ed|es|ing)\s+(?P<whom>.+?)\s+for$", cue.group(0), re.I) if cue \
        else None
    if blamed and re.match(r"[a-z]+ing\b", rest):  # "blamed Belgrade for stoking unrest"
        states = find_parties(blamed.group("whom"), capital_as_state=True)
        whom = in_a_phrase(states[0]) if len(states) == 1 else blamed.group("whom")
        rest = f"blame on {whom} for {rest}"
    passive = _PASSIVE_END.search(clause, 0, cue.start()) if cue and rest.startswith("by ") \
        else None
    censure = _censure_noun(cue.group(0), passive=True) if passive else None
    subject = re.split(r"[,;]\s*|\b(?:that|said|says)\s+", clause[:passive.start()])[-1].strip() \
        if censure else ""
    if subject:  # "The deal was criticised by X" → "Criticism of the deal by X"
        by = re.split(r"[,;]|\s+(?:which|who|whose|that|for|over|as|while)\b", rest[3:])[0]
        what = "" if _PRONOUN_SUBJECT.fullmatch(subject) else \
            f" of {subject[:1].lower()}{subject[1:]}"  # "It was condemned by X": named before
        return f"{censure}{what} by {by.strip(' .')}"
    if re.match(r"as\b", rest):
        return None  # "criticised as unsustainable": what was criticised came before the cue
    found = _protest_topic(clause, cue, rest)
    if found is not None:
        return found or None
    if cue and re.fullmatch(r"violat(?:ed|es|ing)", cue.group(0), re.I) and \
            re.match(r"(?!by\s|in\s|on\s|at\s)[\w’'-]+\s", rest):
        broken = re.split(r"[,;]|\s+(?:more\s+than\s+|nearly\s+|over\s+|at\s+least\s+)?"
                          r"[\d,]+\s+times\b", rest)[0].strip(" .")
        speaker = _SPEAKER_BEFORE.match(clause, 0, cue.start()) if broken.startswith("its ") \
            else None
        states = find_parties(speaker.group("who"), capital_as_state=True) if speaker else []
        if len(states) == 1:  # "Greece said Turkish jets had violated its airspace": Greece's
            broken = f"{_owner(states[0])} {broken[4:]}"
        return f"violations of {broken}"  # "had violated the Easter truce 1,000 times"
    said = _SAYING_ENDS_CLAUSE.fullmatch(rest.strip(" ."))
    shut = re.search(r"(?:\w+ly\s+)?(?:restricted|blocked|closed|suspended|frozen|halted|"
                     r"shut(?:\s+down)?)$", cue.group(0)) if cue else None
    if cue and re.match(r"not\b|remain|(?:is|are)\s+still\b|(?:has|have)\s+been\b", cue.group(0),
                        re.I) and (not rest.strip(" .") or said or shut or
                                   _OCCASION.fullmatch(rest.strip(" ."))):
        subject = re.sub(r"\s+(?:was|were|is|are|has|have|had|been|still|yet|will|would|may|"
                         r"might|could|can|should|must)\b", " ",
                         _RELATIVE_ASIDE.sub("", clause[:cue.start()])).strip()  # "The issue
        # of X was not resolved"; "X(, which farmers say causes erosion,) was not resolved"
        subject = _TOPIC_LEAD.sub("", re.split(r"\b(?:that|said|says|say)\s+", subject)[-1])
        subject = _CLAUSE_BEFORE_AND.sub("", subject)  # "(The region activated its plan and)
        # schools in Malaga remain closed": the second clause's subject
        if shut and subject:  # "the crossing remains closed to aid trucks": what, and to what
            return f"{subject} {shut.group(0)} {'' if said else rest}".strip(" .")
        return subject or None
    if cue and re.fullmatch(r"stalled|collapsed", cue.group(0), re.I) and \
            (not rest.strip(" .") or _ADVERBIAL.match(rest)):
        subject = _AUXILIARIES_END.sub("", re.split(r"[,;]\s*|\b(?:that|said|says)\s+",
                                                    clause[:cue.start()])[-1].strip())
        subject = re.sub(r"^(?:the|its|their)\s+", "", subject, flags=re.I)
        if subject and not _is_generic(subject) and not _SUBORDINATE.search(subject) and \
                len(subject.split()) <= 6:  # "Implementation stalled within months"
            return f"{cue.group(0).lower()} {subject[:1].lower()}{subject[1:]}"
    if cue and re.match(r"(?:become|becomes|became)\s", rest):
        return f"{cue.group(0)} {re.split(r'[,;.”]', rest)[0]}"  # "if the blockades become …"
    harm_done = _HARM_DONE.match(rest) if cue and _HARMFUL_NOUN.fullmatch(cue.group(0)) else None
    if harm_done:  # "The blockade stranded more than 4,000 trucks" → "Blockade that stranded …"
        noun = _problem_phrase(clause[:cue.end()], cue.start(), cue.end())
        harm = re.split(r",(?!\d)|\s+and\s+(?=(?:[a-z]+ed|cost|left|cut)\b)", rest)[0].strip(" .")
        return f"{noun} that {harm}"
    if _FINITE_VERB.match(" " + rest):
        subject = re.split(r"\b(?:the|a|an|that|said|says)\s+", clause[:cue.end()])[-1]
        if not _is_generic(subject):
            return subject
    rest = DEGREE_AFTER.sub("", _FINITE_VERB.split(rest, maxsplit=1)[0])
    if cue and re.fullmatch(r"tensions?|violence|clash(?:es|ed)?|unrest|differences|protests|"
                            r"fighting", cue.group(0), re.I) \
            and re.match(r"(?:in|along|on|near|at|across|with)\s", rest):
        where = re.split(r",|\s+and\s+(?=[a-z]+\s)", rest)[0]
        noun = "clashes" if cue.group(0).lower() == "clashed" else cue.group(0)  # "troops
        return f"{noun} {where}"  # clashed along X", "tensions in the north", "differences at sea"
    if cue and re.fullmatch(r"protests?|clash(?:es)?|violence|unrest", cue.group(0), re.I) \
            and re.match(r"(?:by|against|from|amid|that|which|between|among)\s", rest):
        return f"{cue.group(0)} {rest.split(',')[0]}"  # "protests by truck drivers over fuel",
        # "a protest that closed the schools", "protests amid a wave of strikes"
    asked = re.match(r"(?:over|about|on|regarding|as\s+to)\s+(?P<question>(?:who|what|whether|how|"
                     r"when|where|which)\s[^,;]+)", rest)
    if asked:  # "at odds over who should pay for X": the question is the issue
        return asked.group("question").rstrip(" .")
    described = _DESCRIBED.match(rest)
    if described:
        return described.group(0)  # "would not accept a deal that ignored X": which deal
    series = _MODIFIER_SERIES.match(rest)  # "illegal, unreported and unregulated fishing"
    pair = None if series else _ADJECTIVE_PAIR.match(rest)  # "a bizonal, bicommunal federation"
    series = series or (pair if pair and is_adjective(pair.group("first").lower()) else None)
    kept = series.end() if series else 0
    rest = rest[:kept] + re.split(rf",(?!\d)|{_CONTENT_NOUN_END} (?:which|that|who|while|though|"
                                  r"although|because|but)\b| and (?=[a-z]+ (?:the|a|an|its|"
                                  r"their)\s)",
                                  rest[kept:])[0]  # "… and threaten the X": a second verb
    rejected = cue and re.fullmatch(r"rejected|rejects|reject|declined|declines", cue.group(0),
                                    re.I)
    if rejected and re.match(r"(?:the\s+)?(?:allegations?|accusations?|claims?|charges?|"
                             r"criticisms?|complaints?)\b|"
                             r"(?:at\s+the\s+time|then|outright|immediately)\b|$", rest):
        head = re.search(r"\b(?:a|the)\s+([a-z]+)\s+(?:that|which)\s+(?:[\w’'-]+\s+){1,3}$",
                         clause[:cue.start()])  # "…, a decision that Kuwait rejected at the time"
        return f"{_whose('rejection', clause[head.start():cue.start()])} of the {head.group(1)}" \
            if head else None  # allegations are told
        # where they are made
    if rejected or (cue and _censure_noun(cue.group(0))):  # "rejected the offer
        # within hours", "rejected the plan as unworkable", "condemned the deal as a sell-out"
        rest = re.split(r"\s+as\s+|\s+(?:within|in|after)\s+(?:hours|days|minutes)\b", rest)[0]
    if cue and re.fullmatch(r"aggression|coercion", cue.group(0), re.I) and \
            re.match(r"(?:against|on|toward|towards)\s", rest):
        return _problem_phrase(clause, cue.start(), cue.end())  # "Russian aggression against X"
    if cue and re.match(r"from\s", rest) and re.fullmatch(r"[a-z]+s|critici[sz]m|condemnation",
                                                         cue.group(0)):
        return f"{cue.group(0)} {rest}"  # "objections from the regional government": whose
    named_conflict = _CONFLICT_TAIL.fullmatch(rest) if cue and _CONFLICT_NOUN.fullmatch(
        cue.group(0)) else None
    if named_conflict:  # "locked in a border standoff since 2020", "the trade dispute between
        return _conflict_phrase(clause, cue, named_conflict.group("whom"))  # A and B drags on"
    if cue and re.fullmatch(r"(?:disputes?|tensions?|conflicts?|differences|divisions?|rifts?|"
                            r"frictions?)", cue.group(0), re.I) and \
            re.match(r"(?:between|among|with|from\s+[a-z]+ing)\s", rest):
        return f"{cue.group(0)} {rest}"  # "disputes between the parties": not "between …"
    if cue and re.fullmatch(r"at\s+(?:odds|loggerheads)", cue.group(0), re.I) and \
            rest.startswith("with ") and not re.search(r"\s(?:over|on|about)\s", rest):
        states = find_parties(clause[:cue.start()], capital_as_state=True)
        others = re.split(r"\s+and\s+|\s+(?:over|on|about)\s", rest[5:])[0].strip(" .")
        return f"{states[0]} at odds with {others}" if len(states) == 1 else None  # "puts the
        # US at odds with the rest of the world": who is at odds, no matter named
    if cue and re.fullmatch(r"obstacles?|threats?|barriers?", cue.group(0), re.I) and \
            re.fullmatch(r"to\s+(?:the\s+)?[a-z][\w-]*", rest.strip(" .")):
        return f"{cue.group(0)} {rest.strip(' .')}"  # "an obstacle to peace": one word is no issue
    if cue and re.fullmatch(r"obstacles?|barriers?", cue.group(0), re.I) and \
            re.match(r"(?:at|along|in)\s", rest):  # "bureaucratic obstacles at border crossings":
        return _problem_phrase(clause, cue.start(), cue.end())  # where they are is no issue
    over = _AGAINST_OVER.match(rest) if cue and cue.group(0).endswith("against") else None
    if over:  # "proceedings against Poland over its ban on grain imports": Poland's ban
        whom = find_parties(over.group("whom"), capital_as_state=True)
        what = over.group("what")
        return f"{_owner(whom[0])} {what[4:]}" if what.startswith("its ") and len(whom) == 1 \
            else what
    if cue and re.search(r"\s(?:against|with)$", cue.group(0)) and \
            _NAME_ONLY.fullmatch(rest.strip(" .")):
        return f"{cue.group(0)} {rest.strip(' .')}"  # "complaints against Israel": not "Israel"
    if cue and _AT_AN_EVENT.match(rest):
        return None  # "discuss the dispute at their summit": where it is talked over, not what
    rest = _DURATION.sub("", rest)  # "at odds for years over X": X
    rest = re.sub(rf"^with\s+{WITH_WHOM}", "", rest)  # "at odds with Uganda over grazing
    # rights": the rights
    rest = re.sub(r"^(?:concerns|involves|centres on|centers on|is over|is about|"
                  r"(?:now\s+|still\s+)?(?:lies|lay|rests)\s+(?:with|in))\s+", "", rest)
    rest = re.sub(r"^(?:about|over|on|of|to|for|that|with|at|against|the issue of|related to|"
                  r"regarding|concerning)\s+", "", rest, flags=re.I)
    rest = IN_FULL.sub("", rest)
    if cue and re.match(r"since\s+(?:it|they|he|she|then|the)\b", rest, re.I):
        before = re.search(r"(?:\b(?!the\b|of\b|a\b)[a-z][\w-]*\s+){0,2}$", clause[:cue.start()])
        return f"{before.group(0)}{cue.group(0)}"  # "repeated road blockades since it opened"
    if cue and re.match(r"(?:when|while|if|because|after|before|since|whenever)\b", rest, re.I):
        rest = f"{cue.group(0)} {rest}"  # "faced barriers when …": the barriers are the issue
    undone = _LEFT_UNDONE.fullmatch(cue.group(0)) if cue and re.match(
        r"[\s“”\"]*(?:for|in|by|with|to|between|among)\s", clause[cue.end():]) else None
    if undone:  # "the question of compensation (“has) not been settled(”) for Poland": the
        subject = re.split(r"[,;]\s*|\b(?:that|said|says|saying)\s+", clause[:cue.start()])[-1]
        subject = re.sub(r"[\s“”\"]*(?:(?:has|have|had|is|are|was|were)[\s“”\"]*)?$", "",
                         subject)  # question, for whom it is unsettled aside
        if subject and not _is_generic(subject) and not find_parties(subject,
                                                                     capital_as_state=True):
            return subject
    if rest and not _is_generic(rest) and len(rest.split()) <= 14 and \
            re.search(r"[A-Za-z]{4}", rest):
        if re.fullmatch(r"[a-z]+ly\W*", rest) or _PREDICATE_ONLY.match(rest):
            return None  # "agreed to handle sensitive issues properly": how, not which issue
        if len(re.sub(r"^(?:the|a|an) ", "", rest).split()) == 1 and rest[:1].islower():
            if re.match(r"vot\w* against", cue.group(0) if cue else "", re.I):
                return f"vote against {rest}"  # "will vote against the budget"
            raised = re.match(r"raised\s+(?P<what>concerns?|questions?|objections?)$",
                              cue.group(0) if cue else "", re.I)
            if raised:  # "raised questions about debt"
                return f"{raised.group('what')} about {rest}"
            if re.fullmatch(r"rejected|rejects|reject", cue.group(0) if cue else "", re.I):
                return f"{_whose('rejection', clause[:cue.start()])} of {rest}"  # "rejected
                # the ruling in its entirety" → "Kenya’s rejection of the ruling"
            refused = re.search(r"\bnot\s+(?!yet$)(\w+)$|n[o’']t\s+(?!yet$)(\w+)$", cue.group(0)) \
                if cue else None
            if refused:  # "Seoul does not recognise the ruling" → "Seoul’s refusal to recognise …"
                whose = _whose("refusal", clause[:cue.start()])
                return f"{whose} to {refused.group(1) or refused.group(2)} {rest.rstrip(' .')}"
            if re.match(r"blam", cue.group(0) if cue else "", re.I):
                return rest  # "blamed each other for the violence"
            grievance = re.match(rf"(?P<verb>{'|'.join(_GRIEVANCE_NOUNS)})\w*\s+(?P<prep>\w+)$",
                                 cue.group(0) if cue else "", re.I)
            if grievance:  # "has long complained about the levy" → "Complaints about the levy"
                noun = _GRIEVANCE_NOUNS[grievance.group("verb").lower()]
                return f"{noun} {grievance.group('prep').lower()} {rest.rstrip(' .')}"
            censure = _censure_noun(cue.group(0)) if cue else None
            who = re.split(r"[,;]\s*|\b(?:that|said|says)\s+", clause[:cue.start()])[-1] \
                if censure else ""
            who = re.sub(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?$", "",
                         who).strip()  # "Bamako (has repeatedly)"
            if censure and _PRONOUN_SUBJECT.fullmatch(who):  # "They criticised the deal"
                return f"{censure} of {rest.rstrip(' .')}"
            if censure and who and len(who.split()) <= 4:  # "Criticism of the deal by …"
                common = len(who.split()) > 1 and not re.search(r"\s(?-i:[A-Z])", who) and \
                    not find_parties(who)  # "Humanitarian groups", not "Japan"
                by = who[:1].lower() + who[1:] if common else \
                    re.sub(r"^The\s", "the ", who)  # "(by) the opposition Socialist Party"
                return f"{censure} of {rest.rstrip(' .')} by {by}"
            if cue and re.fullmatch(r"stressed|pressed", cue.group(0), re.I):
                return None  # "stressed the decision would not change X": a view, no issue
            if cue and re.match(r"summon", cue.group(0), re.I):
                return f"protest over {rest.rstrip(' .')}"  # "summoned the ambassador over the
                # textbooks": a protest, about what the one word names
            traded = re.match(r"trad\w+\s+blame\s+(?P<prep>for|over)", cue.group(0) if cue else "",
                              re.I)
            if traded:  # "traded blame for the violence"
                return f"blame {traded.group('prep')} {rest.rstrip(' .')}"
            if cue and re.fullmatch(r"at\s+(?:odds|loggerheads)|(?:divided|split)\s+(?:over|on)",
                                    cue.group(0), re.I):  # "at odds over the islets": one
                return f"dispute over {rest.rstrip(' .')}"  # word names the matter, not the rift
            if cue and re.fullmatch(r"protested", cue.group(0), re.I) and \
                    re.match(r"(?:the|its|their|a|an)\s", rest):  # "Arden protested the
                return f"protest over {rest.rstrip(' .')}"  # seizure", as "lodged a protest over"
            if cue and re.fullmatch(r"protests?|objections?|complaints?", cue.group(0), re.I):
                return clause[cue.start():].split(",")[0].strip(" .")  # "lodged a protest over
                # the incursion": the protest says what the one word does not
            return clause  # "criticised the deal": who criticised says more than "deal"
        censure = _censure_noun(cue.group(0)) if cue else None
        censured = _CENSURED_FOR.match(rest) if censure else None
        if censured:  # "criticised Algiers for hosting rebel leaders"
            states = find_parties(censured.group("whom"), capital_as_state=True)
            whom = states[0] if len(states) == 1 else censured.group("whom")
            return f"{censure} of {whom} for {censured.group('why').rstrip(' .')}"
        return rest
    if rest and not _is_generic(rest) and re.search(r"[A-Za-z]{4}", rest):
        return rest
    after = clause[cue.end():] if cue else clause
    named = re.search(r"\b[A-Z][a-z]{3,}\b", after)
    run = next((m for m in _CAPITALISED_RUN.finditer(after)
                if m.start() <= named.start() < m.end()), None) if named else None
    if run and run.group(0) != named.group(0):
        return None  # "calling for a UN Security Council debate": no issue named "Security"
    return named.group(0) if named else None


#: Whom a censure is of, and what for: "(criticised) Algiers for hosting rebel leaders".
_CENSURED_FOR = re.compile(r"(?P<whom>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2})"
                           r"\s+for\s+(?P<why>[a-z]+ing\b.*)")


#: A word on how the sentence follows the one before, set off between commas, which the
#: matter it names does not hold: "Differences persist(, however,) on the sharing of X".
_SENTENCE_ADVERB = re.compile(r",\s+(?:however|though|meanwhile|moreover|nevertheless|nonetheless|"
                              r"in\s+turn|for\s+(?:its|their|his|her|our)\s+part|"
                              r"on\s+the\s+other\s+hand),(?=\s)", re.I)
#: Criticism rejected by defending what it was of: "rejected the criticism, saying JANAF's
#: tariffs (were set by an independent regulator)".
_CRITICISM_REJECTED = re.compile(r"\breject(?:s|ed|ing)?\s+(?:the\s+|this\s+|that\s+|such\s+)?"
                                 r"(?:criticisms?|complaints?)\s*,\s+(?:saying|arguing|insisting)"
                                 r"\s+(?:that\s+)?(?P<what>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+"
                                 r"(?:was|were|is|are|had|has|have|would|will)\b", re.I)
#: What a party faces, told as the head of a relative clause before the verb: "the obstacles
#: they (continue to face)".
_FACED_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?P<what>(?:[a-z][\w-]*\s+){0,2}?"
                           r"[a-z][\w-]*)\s+(?:that\s+|which\s+)?(?:they|we|it|he|she)\s+$")
#: What follows a cue that names the matter only as told before: its predicate ("(the core
#: disagreement) has not moved").
_PREDICATE_ONLY = re.compile(r"(?:has|have|had|is|are|was|were)\s+(?:not\s+|never\s+|yet\s+)?"
                             r"(?:been\s+)?[a-z]+(?:ed|en)\W*$")
#: What was done to a matter, set off between its name and its verb: "the negotiations on X(,
#: launched more than a decade ago,) remained stalled".
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:(?:first|originally|initially)\s+|to\s+be\s+)?[a-z]+ed\s+"
                               r"[^,;]{1,60},"
                               r"(?=\s+(?:remain(?:s|ed)?|is|are|was|were|has|have|had|"
                               r"continue[sd]?|still|will|would|shall)\b)")
#: How long a matter has gone on: "for more than two years", "since 2020", "since May".
_LASTED = (r"(?:for\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?(?:[\w-]+\s+)?"
           r"(?:years|months|weeks|decades|days)|since\s+\S+)")
#: How long a matter has divided the sides, before what it is about: "(at odds) for years
#: over X", "(deadlocked) since 2019 on X".
_DURATION = re.compile(rf"^{_LASTED}\s+(?=(?:over|about|on|regarding|concerning|with)\s)", re.I)
#: What a relative clause tells has harmed ties: "(ending) a tariff fight that has (soured …)".
_SOURED_BY = re.compile(r"^.*\b(?:a|an|the|its|their)\s+(?P<what>[^,;]+?)\s+(?:that|which)\s+"
                        r"(?:has|have|had)\s+(?:\w+ly\s+)?$")
#: Capitalised words in a row: a name, which a word of it does not stand for alone.
_CAPITALISED_RUN = re.compile(r"\b(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*")


#: Single words in a series before one noun: "illegal, unreported and unregulated (fishing)".
_MODIFIER_SERIES = re.compile(r"(?:(?:a|an|the)\s+)?[a-z][\w-]*(?:,\s+[a-z][\w-]*)+\s+and\s+"
                              r"[a-z][\w-]*\s+(?=[a-z])")
#: A clause of its own before "and" a new subject: "The regional government activated its
#: emergency plan and (schools …)".
_CLAUSE_BEFORE_AND = re.compile(r"^(?:\S+\s+){1,4}?[a-z]+ed\s+(?:its|their|the|an?)\s+[^,;]*?"
                                r"\s+and\s+(?=\S)")
#: Two adjectives of one noun, with a comma and no "and": "a bizonal, bicommunal (federation)".
_ADJECTIVE_PAIR = re.compile(r"(?:(?:a|an|the)\s+)?(?P<first>[a-z][\w-]*),\s+[a-z][\w-]*\s+"
                             r"(?=[a-z])")
#: Whose a concern is, up to the end of the phrase: "(concerns) of U.S. producers".
_OWNED_BY = re.compile(r"\s+of\s+(?:[^,;.]|\.(?=[A-Z]|\s+[a-z]))+")
#: An act not yet done to something, told in the active voice: "(have not yet) ratified the
#: Protocol on the Free Movement of Persons".
_UNDONE_ACT = re.compile(r"\s*(?P<verb>[a-z]+ed|given|taken|made|sent|paid|held|drawn|shown|"
                         r"won|begun|done|set|met)\s+(?:the|(?P<own>its|their))\s+"
                         r"(?P<what>[^,;.]+?)(?=\s+(?:which|that|and|but|while|as|because)\b|"
                         r"\s+to\s+do\s+so\b|[,;.]|$)")
#: Auxiliaries a subject is left with when cut before its verb: "the experts have (not yet …)".
_AUXILIARIES_END = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were|been|also|still|"
                              r"will|would|could|can|may|might|must|should|then|soon|quickly))+$",
                              re.I)
#: A clause's subject is not found across a conjunction: "(lapsed) after reviews (stalled)".
_SUBORDINATE = re.compile(r"\b(?:after|when|because|as|while|since|before|until|if|and|but|"
                          r"lapsed|ended|expired)\b", re.I)
#: A year the text tells of as past, by the one it named before: "earlier that year".
_NARRATED_YEAR = re.compile(r"\bthat year\b", re.I)
#: A commitment not to do something, which names what is given up: "(We agree to) refrain from".
_REFRAIN_FROM = re.compile(r"[\W\d]*(?:(?:we|they|both\s+sides)\s+(?:will\s+|agree\s+to\s+)?)?"
                           r"(?:to\s+)?refrain\s+from\b", re.I)
#: A year, then what happened then: "(in December) 2020, when (Somalia accused Kenya of X)";
#: not "since 2023, when …", which tells how long a matter has lasted.
_WHEN_IN_A_PAST_YEAR = LiteralGated(re.compile(r"(?<!\bsince\s)\b((?:19|20)\d\d),\s+when\s"))
#: A label that opens with a preposition tells how or when, not what.
_ADVERBIAL_LABEL = re.compile(r"(?:With|By|In|On|At|Through|Under|Upon|Without|Within)\s")
#: How something is done, not what is at issue: "in accordance with international law".
_MANNER_LABEL = re.compile(r"(?:In|With)\s+(?:(?:full\s+)?(?:accordance|respect|line|"
                           r"compliance|conformity|keeping)\s+(?:with|for|to)|a\s+manner)\b|"
                           r"(?:Through|Via|By\s+means\s+of)\s")  # "Through peaceful means"
#: Only when or how, with no matter named: "(No decision was taken) in this regard", "(asked
#: that it be resolved) without delay" — the clause says what the matter is.
_ADVERBIAL_ONLY = re.compile(r"(?:(?:In|With)\s+(?:this|that)\s+(?:regard|respect|connection|"
                             r"context)|Without\s+(?:further\s+|any\s+)?delay|As\s+soon\s+as\s+"
                             r"possible|At\s+(?:the\s+earliest|this\s+(?:point|stage|time)))$")
#: More working together, or talks and restraint, called for: an aim or a remedy, not a
#: matter in dispute ("Closer cooperation among law enforcement agencies", "Dialogue and
#: negotiation").
_COOPERATION_CALLED_FOR = re.compile(r"(?:(?:Closer|Greater|Stronger|Enhanced|Further|Deeper|"
                                     r"More|Continued|Increased|(?:Strengthening|Deepening|"
                                     r"Expanding|Enhancing|Increasing)(?:\s+the)?)\s+"
                                     r"(?:cooperation|collaboration|coordination|"
                                     r"partnership|engagement|dialogue)|"
                                     r"(?:Cooperation|Collaboration)\s+(?:on|in|between))\b|"
                                     r"(?:Our|Their|Its|Bilateral)\s+(?:[\w-]+\s+){0,4}"
                                     r"(?:partnership|relationship|relations|ties|friendship|"
                                     r"cooperation)$|"  # "(the importance of) our partnership"
                                     r"(?:Dialogue|Negotiations?|Restraint|Calm|De-escalation|"
                                     r"Diplomacy)(?:,?\s+(?:and\s+)?(?:dialogue|negotiations?|"
                                     r"restraint|calm|de-escalation|diplomacy))*$")
#: An act of help or one called for, named by its verb ("Fully and strictly fulfill …"): what is
#: to be done, not what stands in the way.
_HELPING_ACT = re.compile(r"(?:(?-i:[A-Z])[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?"
                          r"(?:Support|Strengthen|Promote|Enhance|Help|Deepen|Expand|Boost|Prevent|"
                          r"Ensure|Continue|Provide|Maintain|Recogni[sz]e|Refrain|Uphold|"
                          r"Implement|Establish|Take|Fulfil+|Abide|Comply|Assume|"
                          r"Work(?=\s+(?:together|toward|towards|\w+ly)\b))\s+(?!for\b|of\b|to\b)",
                          re.I)
#: An act against a threat, named by its verb: the threat it acts on is the issue ("(Deter and
#: counter) the DPRK’s malicious cyber activities").
_ACT_AGAINST = re.compile(r"(?:Combat|Deter|Counter|Tackle|Fight)(?:\s+and\s+(?:combat|deter|"
                          r"counter|tackle|fight))?\s+(?:the\s+)?(?=\S)")
#: Who said it, inside what would be a topic: not a noun phrase.
_SAYS = re.compile(r"\b(?:said|says|told)\b")
#: What a grievance is called, by its verb: "complained about X" → "complaints about X".
_GRIEVANCE_NOUNS = {"complain": "complaints", "object": "objections", "protest": "protests"}
#: What a reproach is called, by the stem of its verb: "criticised" → criticism.
_CENSURE_NOUNS = {"critic": "criticism", "condem": "condemnation", "denoun": "denunciation",
                  "deplor": "censure", "slam": "criticism", "lambast": "criticism",
                  "decry": "censure", "decri": "censure"}
def _held_topic(clause: str) -> str | None:
    """Who is held, and where: "servicemen remain in captivity", whatever else the clause
    names; "" when the clause does not say who, None when no one is held."""
    cue = _HELD_CUE.search(clause)
    if not cue:
        return None
    held = re.split(r"[,;](?!\d)|\b(?:that|said|says|estimates?|while)\s+",
                    clause[:cue.start()])[-1]  # "more than 1,100 people"
    where = re.split(r"[,;]|\s+(?:according|said|says|while|but|and)\b",
                     clause[cue.end():])[0].rstrip(" .")
    state = re.sub(r"^(?:are|is|were|was|remain(?:s|ed)?)\s+", "", cue.group(0))
    held = _COUNT_OF_GROUP.sub(r"\g<count> ", _HELD_AFTER.sub("", held.strip()))
    return f"{held} {state}{where}" if held else ""


_SUSPENDED_TIES_SUBJECT = re.compile(_SUSPENDED_TIES, re.I)


def _stance_topic(clause: str) -> str | None:
    """The issue a stance names, whatever cue the clause holds: what is called an issue, a
    refusal, an opposition, a demand or a request ("China refuses to recognise the ruling");
    None when the clause takes no such stance."""
    suspended = _SUSPENDED_TIES_SUBJECT.search(clause)
    if suspended:  # "Sudan, which suspended its engagement with IGAD in 2024, …"
        whose = _whose("suspension", clause[:suspended.start()])
        return f"{whose} of {suspended.group('what')}"
    defended = _CRITICISM_REJECTED.search(clause)
    if defended:  # "rejected the criticism, saying JANAF's tariffs were set by a regulator"
        return f"criticism of {defended.group('what')}"
    subject = _subject_called_an_issue(clause)
    if subject:  # "X remains a concern for Y", "the fate of X is a point of contention"
        return subject
    apposed = _apposed_topic(clause)
    if apposed:  # "They discussed visa processing, a sticking point for Dhaka"
        return apposed
    lacking = _LACK_AS_SUBJECT.search(clause)
    if lacking:  # "the absence of agreed rules has turned a dispute into …"
        return lacking.group("what")
    refusal = _REFUSAL_CUE.search(clause)
    if refusal and not re.search(r"refus", refusal.group(0), re.I) and (
            not (refusal.group("who") or refusal.group("whose")) or
            re.search(r"\b(?:unless|until|as\s+long\s+as|if)\b", refusal.group("what"))):
        refusal = None  # "it will not withdraw" (whose?), "will not rejoin unless X" (X is)
    if refusal:  # "China refuses to recognise the ruling" → "China’s refusal to recognise …"
        who = refusal.group("who")
        state = find_parties(who, capital_as_state=True) if who else []
        whose = refusal.group("whose") or _possessive(state[0] if len(state) == 1 else who)
        what = _FINITE_VERB.split(refusal.group("what"), maxsplit=1)[0]
        described = _DESCRIBED.match(what.split(maxsplit=1)[-1])
        if described:  # "would not accept a plan that ignored X": which plan
            return described.group(0)
        if re.match(r"tolerate\s", what):  # "will not tolerate illegal fishing": the fishing
            return what.split(maxsplit=1)[1]
        return f"{whose}refusal to {what}"
    opposed = _OPPOSED_CUE.search(clause)
    if opposed:  # "France has vowed to block the deal" → France's opposition to the deal
        antecedent = _WHICH_HAS_BEFORE.search(clause, 0, opposed.start())  # "(…, including)
        if antecedent:  # the West Bengal state government, which has opposed a deal": its own
            state = canonical(antecedent.group("np"))
            whose = f"{_owner(state)} opposition" if state else \
                f"{_possessive(antecedent.group('np'))}opposition"
        else:
            whose = _whose("opposition", clause[:opposed.start()], capitals=False)
        return f"{whose} to {opposed.group('what')}"
    named_issue = _NAMED_AS_ISSUE.search(clause)
    if named_issue:  # "to discuss X, an issue that has strained ties"
        what = named_issue.group("what")
        return re.split(r"\b(?:discuss|address|regarding|concerning)\s+", what)[-1]
    demand = _DEMAND_THAT.search(clause)
    if demand:
        said = re.match(r"(?:demand(?:s|ed)?|insist(?:s|ed)?)\s+", demand.group(0))
        demanded = _DEMANDED_MODAL.sub(" ", demand.group(0))  # "that X should be allowed to
        # keep Y": the demand is that X keep Y
        if said:  # "Moscow has demanded that …", "insisted that …" → "Moscow’s demand that …"
            return f"{_whose('demand', clause[:demand.start()])} {demanded[said.end():]}"
        return demanded  # "rejected Sorland's demand that the drills be cancelled"
    wanted = _WANTED_CUE.search(clause)
    if wanted:  # "Seoul wants Tokyo to apologise" → "South Korea’s demand that Tokyo apologise"
        whose = _whose("demand", wanted.group("who"))
        if wanted.group("whom"):
            return f"{whose} that {wanted.group('whom')} {wanted.group('act')}"
        return f"{whose} for {wanted.group('what')}"
    demanded = _DEMANDED_CUE.search(clause)
    if demanded:  # "Hamas has demanded a permanent end to the war" → "Hamas’s demand for …"
        what = _FINITE_VERB.split(demanded.group("what"), maxsplit=1)[0]
        what = re.split(r"\s+(?:that|which|who)\s+", what)[0]  # "a deal that guarantees …"
        return f"{_possessive(demanded.group('who'))}demand for {what}"
    asked = _REQUEST_TO.search(clause)
    aside = _WITH_ASIDE.search(clause, 0, asked.start()) if asked else None
    if aside and _ISSUE_CUE.search(clause[:aside.start()]):
        asked = None  # "clashed with the bank over X, with the minister calling on it to Y":
        # the call tells more of the clash, which names the issue
    if asked and not re.match(r"(?:do so|do the same|follow suit)\b", asked.group("what")) and \
            not _STEPS_AFTER_COMMA.match(clause, asked.end("what")):  # "to take further(,
        # verifiable steps)": steps, no matter named
        return _asked_to_stop(clause[asked.start():asked.start("what")], asked.group("what"))
    return None


#: A phrase with "with" that tells more of the clause before it: "(…), with Finance Minister
#: Ewa Nowak (calling on …)".
_WITH_ASIDE = re.compile(r",\s+with\s+(?:[\w’'.-]+\s+){1,6}$")


#: A subject that is every side at once, which names no one an issue is about.
_ALL_SIDES = r"(?:both|the(?:\s+two)?)\s+(?:sides|parties|countries|governments)|they|we"
_BOTH_SIDES = re.compile(_ALL_SIDES, re.I)
#: What a relative clause says is still to be done to it: "(raised) the inquests into X, which
#: the Government (has yet to restore)", "the charts that both sides (have yet to deposit)";
#: not what a verb says ("the ministers said that both sides …").
_UNDONE_TO_WHAT = re.compile(r"\b(?:the|a|an|its|their)\s+(?P<what>[^,;]{3,120}?)"
                             r"(?:,\s+(?:which|that)\s+(?:the\s+)?[A-Z][^,;]{0,40}?|"
                             r"(?<![a-z]ed)(?<!\bsaid)(?<!\bsays)(?<!\bsay)(?<!\bsee)(?<!\bsees)"
                             rf"\s+(?:which|that)\s+(?:{_ALL_SIDES}))\s+$")


#: What a party has not yet told, when it is a question: "(has not yet) said how many of the
#: jets it will buy", "decided whether to extend the ban".
_TELLING_VERBS = {"said": "say", "decided": "decide", "announced": "announce",
                  "confirmed": "confirm", "disclosed": "disclose", "indicated": "indicate",
                  "specified": "specify", "revealed": "reveal"}
_NOT_YET_TOLD = re.compile(rf"\s+(?P<verb>{'|'.join(_TELLING_VERBS)})\s+"
                           r"(?P<what>(?:how|whether|when|where|what|which|if|who)\b[^.;]*)")
_ASIDE_IF_ANY = re.compile(r",\s+if\s+any,")


#: Words that open a phrase qualifying the noun before them: a subject never begins with one.
_PREPOSITIONS = frozenset({"of", "on", "for", "in", "to", "with", "over", "about", "between",
                           "from", "at", "by"})


def _undone_topic(clause: str, cue: re.Match | None) -> str | None:
    """What is not yet done, after a cue such as "has yet to" ("Tehran has yet to respond to
    X"); "" when it is told before, None when the cue is of no such kind."""
    if not (cue and re.match(r"(?:not yet|has yet|have yet|yet to|(?:has|have|had)\s+not)",
                             cue.group(0), re.I)):
        return None
    object_of = _UNDONE_TO_WHAT.search(clause, 0, cue.start())
    act = re.match(r"\s*(?:to\s+)?(?P<verb>[a-z]+)\b", clause[cue.end():])
    if object_of and act:  # "the inquests (…), which the Government has yet to restore"
        noun = re.split(r"\s+(?:that|which|who)\s+", object_of.group("what"))[0]
        return f"{noun} not yet {past_participle(act.group('verb'))}"
    before = re.split(r"\b(?:that|said|says|reiterated|noted)\b", clause[:cue.start()])[-1]
    before = _DONE_BUT.sub("", before)  # "X (have completed their sentences but) have not …"
    words = before.split()
    last = 5  # the subject's last five words, unless they open inside a phrase after its noun:
    if len(words) > last and words[-last].lower() in _PREPOSITIONS:  # "negotiations (on a
        last += 1  # bilateral investment treaty)" takes the noun, and the words between it
        modifiers = [w.lower() for w in words[-last - 3:-last]]  # and its article: "(a) joint
        for article in ("a", "an", "the", "its", "their"):  # value chain (for electric …)"
            if article in modifiers:
                last += modifiers[::-1].index(article)
                break
    subject = _AUXILIARIES_END.sub("", " ".join(words[-last:]).strip(" ,"))
    still = re.match(r"\s*(?:to\s+)?(?P<act>[a-z]+\b[^,;.]*)", clause[cue.end():]) \
        if cue.group(0).lower().endswith("to") else \
        re.match(r"\s*to\s+(?P<act>[a-z]+\b[^,;.]*)", clause[cue.end():])  # "(has also) yet to"
    direct = re.match(r"([a-z]+)\s+(?:a|an|the|its|their)\s+(\S.*)", still.group("act")) \
        if still else None  # "(sign) (a peace treaty)": the verb and what it is done to
    if still and find_parties(subject, capital_as_state=True) and len(subject.split()) <= 3:
        label = f"{subject} yet to {still.group('act')}"  # "Tehran has yet to respond to X"
        if direct and copies(label, clause):  # "A and B have yet to sign a peace treaty":
            return f"{direct.group(2)} not yet {past_participle(direct.group(1))}"  # a label
        return label  # that is not the sentence again says what is still undone
    if still and (not subject or _BOTH_SIDES.fullmatch(subject)):  # "(…, but) have yet to
        # settle X": its subject told before; "both sides have yet to sign X": X is the matter
        if re.match(r"[a-z]+\s+(?:it|them|this|that)\b", still.group("act")):
            return ""  # "(signed a pact but) have yet to ratify it"
        if direct:  # "the question of wartime labour" → "Wartime labour not yet settled"
            done = past_participle(direct.group(1))
            return f"{_TOPIC_LEAD.sub('', direct.group(2))} not yet {done}"
    told = _NOT_YET_TOLD.match(clause, cue.end())
    if told and find_parties(subject, capital_as_state=True) and len(subject.split()) <= 4:
        saying = _TELLING_VERBS[told.group("verb")]  # "Indonesia has not yet said how many …"
        return f"{subject} yet to {saying} {_ASIDE_IF_ANY.sub('', told.group('what'))}"
    if told and not re.search(r"\b(?:it|its|they|them|their|he|she|his|her)\b", told.group("what"),
                              re.I):  # "Officials have not said when the border will reopen":
        return _ASIDE_IF_ANY.sub("", told.group("what"))  # the question, not who left it open
    undone = _UNDONE_ACT.match(clause, cue.end())
    if undone and undone.group("own") and subject and len(undone.group("what").split()) <= 2:
        return f"{undone.group('what')} of {subject[:1].lower()}{subject[1:]} not yet " \
               f"{undone.group('verb')}"  # "two Member States have not yet given their consent"
    if undone:  # "twelve states have not yet ratified the Protocol on X"
        return f"{undone.group('what')} not yet {undone.group('verb')}"
    if re.match(r"\s*(?:been\s+)?[a-z]+\s+(?:it|them|this|that|so)\b", clause[cue.end():]):
        return ""  # "Kyiv has not yet provided it": what was asked, told before
    done = re.match(r"\s*(?:been|be)\s+((?:\w+ly\s+)?[a-z]+ed)\b", clause[cue.end():])
    if done and subject and not (find_parties(subject, capital_as_state=True) and
                                 len(subject.split()) <= 3) and \
            not re.match(r"(?:no|none)\b", subject, re.I):
        return f"{subject.strip(chr(8220) + chr(8221) + chr(34) + chr(39) + ' ')} not yet " \
            f"{done.group(1)}"  # "the problem has not yet been fully resolved", "a new date
        # has not yet been agreed": what is still undone, said of the thing
    if subject and not _is_generic(subject):
        return subject
    return None


#: What a subject has done before "but" tells what it has not: "(the prisoners) have completed
#: their sentences but (have not yet been repatriated)".
_DONE_BUT = re.compile(r"\s+(?:have|has|had)\s+(?:\w+ly\s+)?[a-z]+ed\b[^,;]*\s+but"
                       r"(?=(?:\s+(?:have|has|had))?\s*$)")
#: A matter said to be still undone, its subject before the cue: "(X has) not been settled".
_LEFT_UNDONE = re.compile(r"not\s+(?:been\s+|yet\s+)*(?:resolved|settled|decided|finali[sz]ed)",
                          re.I)
#: A verb phrase that a threat's subject already had before it: "(X) continues to pollute
#: rivers and (threatens …)".
_PREDICATE_BEFORE = re.compile(r"(?:continues?|remains?|has|have|is|are|also|still)\b.*\band$")


def _threat_topic(clause: str, cue: re.Match | None) -> str | None:
    """A threat and whom it is made against, or the feeling a decision stirred ("The decision
    angered Moscow"); "" when none is named, None when the cue is of no such kind."""
    if not (cue and re.match(rf"threaten|{_ALARMED}", clause[cue.start():], re.I)):
        return None
    threat = re.split(r"[,;]\s+|\b(?:that|said|says)\s+", clause[:cue.start()])[-1].strip()
    if _PREDICATE_BEFORE.match(threat):  # "Illegal mining, known as galamsey, (continues to
        threat = re.split(r"[,;]", clause[:cue.start()])[0].strip()  # pollute rivers and)
        # threatens X": the subject of both verbs
    menace = re.split(r"[,;]|\s+(?:if|unless)\s", clause[cue.end():])[0].strip(" .")
    if re.fullmatch(r"threaten(?:s|ed)", cue.group(0)) and menace and \
            re.match(r"(?:The\s+)?(?-i:[A-Z])", threat) and find_parties(threat):
        if menace.startswith("to "):
            return f"threat {menace}"  # "threatened to impose …"
        menaced = re.match(r"(?P<whom>.+?)\s+with\s+(?P<what>.+)", menace)
        if menaced and find_parties(menaced.group("whom")):  # "threatened X with a cutoff"
            return f"threat of {menaced.group('what')} against {menaced.group('whom')}"
        whom = find_parties(menace)
        return f"threats against {menace}" if whom and len(menace.split()) <= 3 else \
            f"threat of {menace}"  # "threatened Moldova", "threatened new tariffs"
    if re.fullmatch(r"threaten(?:s|ed)", cue.group(0)) and menace.startswith("to "):
        return f"threat {menace}"  # "police … threatened to use live ammunition"
    if re.search(r"\b[a-z]{4,}", threat) and not _is_generic(threat) and (
            len(threat.split()) >= 3 or (clause.startswith(threat) and len(threat.split()) == 2
                                         and not find_parties(threat)
                                         and cue.group(0).lower().startswith("threaten"))):
        return threat  # "the flow of fentanyl across the border threatens X", "Illegal mining
        # threatens the sector's reputation"
    felt = _FEELING_OF.get(re.sub(r"^(?:ha[sd]|have)\s+(?:\w+ly\s+)?", "",
                                  cue.group(0).lower()))
    if felt and threat and menace:  # "The decision angered Moscow" → "Russia’s anger over
        what = f"{threat[:1].lower()}{threat[1:]}"  # the decision"; "… alarmed environmental
        if find_parties(menace, capital_as_state=True):  # groups" → "Alarm among …"
            return f"{_whose(felt, menace)} over {what}"
        return f"{felt} among {menace} over {what}" if len(menace.split()) <= 4 else ""
    return None


def _protest_topic(clause: str, cue: re.Match | None, rest: str) -> str | None:
    """What a protest is over ("lodged a protest with X over Y"); "" when the text told it
    before, None when the cue is of no such kind."""
    if cue and re.fullmatch(r"protests?", cue.group(0), re.I) and re.match(r"notes?\b", rest):
        about = re.search(r"\s(?:over|about|against)\s+(?P<what>[^,;]+)", rest)  # "sent a
        # protest note (to X) over Y"; none over what is told before: "sent a protest note"
        return f"protest over {about.group('what').strip(' .')}" if about else ""
    if cue and re.fullmatch(r"protest(?:s|ed)?|representations|d[ée]marches?", cue.group(0),
                            re.I) and re.match(r"(?:with|to)\s", rest):  # "lodged stern
        # representations with X over Y", "made démarches to X over Y"
        about = re.search(r"\s(?:over|about|against)\s+(?P<what>[^,;]+)", rest)
        after = None if about else re.search(r"\s(?P<when>after|when|following)\s+"
                                             r"(?P<what>[^,;]+)", rest)
        if after:  # "lodged a protest with China after a coast guard vessel entered its waters"
            return f"protest {after.group('when')} {after.group('what').strip(' .')}"
        what = about.group("what").strip(" .") if about else ""  # "lodged a protest with
        # the Embassy of X (over Y)": to whom, and about what if the text says
        lone = what and re.fullmatch(r"(?:(?:the|a|an|its|their)\s+)?[a-z][\w-]*", what)
        return f"protest over {what}" if lone else what or ""  # "… over the textbooks": the protest
        # says what one word does not
    if cue and re.fullmatch(r"protest", cue.group(0), re.I) and \
            re.search(r"\bto\s+$", clause[:cue.start()]) and re.match(r"(?:the|its|their)\s", rest):
        return f"protest over {re.split(r'[,;]', rest)[0].strip(' .')}"  # "summoned X to protest Y"
    return None


def _censure_noun(verb: str, *, passive: bool = False) -> str | None:
    """The noun of a reproach by its verb ("slammed" → criticism); a rejection too when told
    in the passive ("was rejected by X" → "Rejection of … by X")."""
    stems = {**_CENSURE_NOUNS, "reject": "rejection"} if passive else _CENSURE_NOUNS
    lower = verb.lower()
    return next((noun for stem, noun in stems.items() if lower.startswith(stem)), None)

#: The helping verbs of a passive, just before its participle: "(the deal) was (criticised)".
_PASSIVE_END = re.compile(r"\s+(?:was|were|is|are|(?:has|have|had)\s+been|being)\s+"
                          r"(?:\w+ly\s+|also\s+)?$", re.I)
_PRONOUN_SUBJECT = re.compile(r"(?:it|they|he|she|we|this|that|these|those|which|who)", re.I)
#: A dispute one acts to end, unnamed: "(the way) to resolve frictions".
_TO_SETTLE = re.compile(r"\bto\s+(?:resolve|settle|end|ease|defuse|overcome|avoid|prevent|"
                        r"reduce)\s+(?:the\s+|their\s+|any\s+|such\s+)?$", re.I)
#: A body set up to watch for a breach: "a committee to report violations of the truce".
_TO_WATCH = re.compile(r"\bto\s+(?:report|monitor|investigate|document|verify|punish|deter)\s+"
                       r"(?:the\s+|any\s+|possible\s+|alleged\s+)?$", re.I)
#: Calling a charge groundless: "(calling) the accusation baseless".
_CALLING = r"(?:calling|describing|dismissing|rejecting)"
#: An accusation called groundless in a clause of its own: "calling the accusation baseless".
_CALLED_AN_ACCUSATION = re.compile(rf"{_CALLING}\s+(?:the|these|those|such)\s+(?:accusations?|"
                                   r"allegations?|claims?)\b", re.I)
#: The act denied before it: "denied (supplying drones to Russia), calling the accusation …".
_DENIED_AND_CALLED = re.compile(rf"\bden(?:y|ies|ied)\s+(?P<act>[a-z]+ing\s[^,;]+),\s+{_CALLING}\s",
                                re.I)
#: A charge denied, named before: "denies the accusation", "rejected the allegations".
_DENIED = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+"
                     r"(?:(?:the|these|those|such|all|any)\s+)?(?:[\w-]+\s+)?$", re.I)
#: A count of those of a group: "three hundred of our (nationals)" → "three hundred".
_COUNT_OF_GROUP = re.compile(r"\b(?P<count>\d[\d,]*|one|two|three|four|five|six|seven|eight|"
                             r"nine|ten|hundred|thousand)\s+of\s+(?:our|their|its|his|her|the)\s+",
                             re.I)
#: When and where they were taken: "(supporters) arrested during protests last week".
_HELD_AFTER = re.compile(r"\s+[a-z]+ed\s+(?:during|in|after|at|on|by|since|following|near|from|"
                         r"over|last)\b.*$")
#: When or how, not what: "(stalled) within months", "(collapsed) in 2023".
_ADVERBIAL = re.compile(r"(?:within|in|after|since|for|last|this|again|soon|shortly|almost|"
                        r"quickly|months|weeks|years|days|\d)\b", re.I)
#: Where or when a matter was left unsettled, which tells nothing of the matter: "(X was not
#: resolved) at the talks", "(… had not been agreed) on Tuesday", "(… were not concluded)
#: within the 2026 timeline".
_OCCASION = re.compile(rf"(?:(?:at|during|in)\s+(?:the|their|this|that|today[’']s|[\w-]+\s+"
                       r"(?:week|month)[’']s)\s+(?:[\w-]+\s+){0,2}(?:talks|meetings?|summit|"
                       r"negotiations|session|round|discussions|consultations|conference|visit)|"
                       rf"on\s+{WEEKDAY_FULL}|so\s+far|yet|today|"
                       r"(?:within|by|before)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}"
                       r"(?:timeline|deadline|time\s*frame|target\s+date)|"
                       r"on\s+time|in\s+time|as\s+(?:planned|scheduled))", re.I)
#: Those a text asks to join what others have: "(urges) those countries that have not yet
#: endorsed the Roadmap (to do so)".
_HOLDOUTS = re.compile(r"(?P<who>(?:countries|states|members|parties|nations|governments)\s+"
                       r"(?:that|which|who)\s+ha(?:ve|s)\s+not\s+(?:yet\s+)?[a-z]+ed\s+"
                       r"[^,;]+?)(?=\s+to\s+do\s+so\b|[,;.]|$)")
#: Acts named only by what they would do: "(warned against) actions that could harm X".
_ACTS_THAT = re.compile(r"(?:against\s+)?(?:any\s+)?(?P<acts>(?:actions?|steps?|moves?|attempts?|"
                        r"measures?)\s+(?:that|which)\s+[^,;.]+)")
#: Where concerns lie, said as examples: "(human rights concerns), including in Xinjiang".
_CONCERNS_IN = re.compile(r",?\s+(?:including|particularly|notably|especially)\s+in\s+([^;.]+)")
#: The acts an adjective of blame judges: "(unfair) trade practices", "(coercive) measures".
_JUDGED_ACTS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?:practices|policies|actions|measures|"
                          r"behaviou?r|activities|subsidies|rhetoric|moves|conduct)\b")
#: What a predicate judges: "(said) the restrictions on aid were unacceptable".
_JUDGED_SUBJECT = re.compile(r"(?:^|\b(?:that|said|says)\s+|,\s+)(?:the\s+)?(?P<what>[^,;]{3,100}?)"
                             r"\s+(?:is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?$")
#: What is missing, as the subject of its clause: "the lack of X has stalled …".
_LACK_AS_SUBJECT = re.compile(r"\b(?P<what>(?:absence|lack)\s+of\s+[^,;]{3,80}?)\s+(?:has|have|"
                              r"is|are|was|were|remains?|continues?|means|makes?|leaves?)\b", re.I)
#: What a relative clause holding the cue describes: "(discussed) the talks on X, which
#: have been stalled …".
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:discussed|reviewed|raised|addressed|noted|about|over|regarding|concerning|on)\s+"
    r"(?:the\s+)?(?P<what>[^,;]{4,120}?),\s+which\s+(?:(?:has|have|had|is|are|was|were|remains?|"
    r"remained)\s+(?:(?:been|long|largely|now|also)\s+)*|(?:the\s+)?(?:[\w’'.-]+\s+){1,4}?"
    r"(?:views?|sees?|regards?|considers?|calls?|describes?|deems?)\s+(?:as\s+)?(?:an?\s+|the\s+)?)$",
    re.I)  # "…, which the United States views as (a barrier to trade)": the thing judged
#: A noun phrase that the text itself calls an issue: "the cost of the troops, an issue that …".
_NAMED_AS_ISSUE = re.compile(
    r"\b(?:discuss|address|over|about|on|regarding|concerning|from)\s+(?P<what>[^,;]{4,120}?),\s+"
    r"an?\s+(?:[\w-]+\s+)?(?:issue|problem|matter|dispute|question|sticking point|"
    r"point of contention)(?:\s+(?:that|which)\b|\W*$)", re.I)


#: A duty one is asked to meet, named only as one's own: "(to) assume their responsibilities".
_OWN_DUTY = re.compile(r"[“\"]?(?:assume|shoulder|fulfil+|honou?r|live\s+up\s+to|do|play)\s+"
                       r"(?:their|its|his|her)\s+(?:own\s+|full\s+)?(?:responsibilit(?:y|ies)|"
                       r"part|role|obligations|commitments|duty|duties)\b[”\".]*\s*$", re.I)


def _asked_to_stop(request: str, what: str) -> str | None:
    """"urged Brel to stop its provocations" → "Brel’s provocations": what one party is asked
    to stop is its own doing, the issue; any other request is named by what it asks (one
    asked for without further delay is `_OVERDUE_REQUEST`'s)."""
    stop = re.match(r"(?:immediately\s+)?(?:stop|cease|halt|end)\s+(?:its|their)\s+(?P<act>\S.*)",
                    what, re.I)
    asked = find_parties(request, capital_as_state=True)
    done = re.match(r"be\s+(?P<done>[a-z]+(?:ed|en)|paid|held|sent|made|met)\b", what)
    named = re.search(r"\bfor\s+(?P<what>[^,;]+?)\s+to\s*$", request) if done else None
    if named:  # "asked for consular access to be granted without delay"
        return f"{named.group('what')} not yet {done.group('done')}" \
            if re.search(r"\bwithout\s+(?:\w+\s+)?delay\b", what) else named.group("what")
    if re.match(r"(?:immediately\s+)?(?:stop|cease|halt)\s+[a-z]+ing\b", what):  # "urged
        whom = _REQUEST.sub("", request, count=1).strip()  # Washington to stop arming X"
        whom = f"{in_a_phrase(asked[0])} to" if len(asked) == 1 else whom  # "the Japanese side"
        return f"call for {whom} {what}"  # is Japan, as a headline names it
    withdrawn = re.match(r"(?:immediately\s+)?withdraw\s+(?:its|their)\s+(?P<troops>(?:[\w-]+\s+)?"
                         r"(?:troops|forces|soldiers|fighters)(?:\s+and\s+[\w-]+)?)\s+from\s+"
                         r"(?P<where>[^,;.]+)", what)  # "its troops and ammunition from X"
    if withdrawn and len(asked) == 1:  # "urges Rwanda to withdraw its troops from X"
        return f"{_owner(asked[0])} {withdrawn.group('troops')} in {withdrawn.group('where')}"
    owed = re.match(r"(?:pay|clear|settle|repay)\s+(?:off\s+)?(?:about\s+|some\s+|around\s+|"
                    r"nearly\s+|the\s+|its\s+|their\s+)?(?P<owed>[^,;]*\b(?:arrears|debts?|"
                    r"payments|dues|bills|invoices)\b[^,;]*)", what)
    if owed:  # "pressed Kenya Power to clear about US$22 million in overdue payments": the debt
        return owed.group("owed").strip(" .")
    freed = re.match(r"(?:immediately\s+|unconditionally\s+)?(?:release|free)(?:\s+and\s+[a-z]+)?"
                     r"\s+(?P<whom>\S.*)", what)  # "release (and repatriate) them"
    if freed and re.match(r"(?:him|her|them)\b", freed.group("whom")):
        return ""  # "urging Beijing to release him": the detention told before is the issue
    if freed:  # "urged the Houthis to release the crew of X" → "Release of the crew of X"
        return f"release of {freed.group('whom')}"
    halted = re.match(r"(?:immediately\s+)?(?:stop|cease|halt)\s+(?:the\s+)?(?P<what>[a-z].*?)"
                      r"(?:\s+(?:immediately|at\s+once|now))?$", what.strip(" ."))
    if halted and not stop:  # "urged both sides to stop the fighting in Gaza": the fighting
        ceased = re.split(r"\s+and\s+(?=[a-z]+\s+(?:to|from|with|the|its|their|all|any)\b)",
                          halted.group("what"))[0]  # "cease hostilities (and withdraw from X)"
        if len(ceased.split()) > 1:
            return ceased
        whom = _REQUEST.sub("", request, count=1).strip()  # "called on the M23 to cease
        return f"{ceased} by {whom}" if whom else None  # hostilities": by whom
    if _OWN_DUTY.match(what):
        return None  # "calling on countries of transit to assume their responsibilities":
        # a duty named, no matter
    if not stop or len(asked) != 1:
        return what
    act = re.split(r"\s+and\s+(?=[a-z]+\s+(?:to|from|with)\b)", stop.group("act"))[0]
    return f"{_owner(asked[0])} {act}"


#: What a text calls a matter in dispute: "a point of contention", "the main sticking point".
_AN_ISSUE = (
    r"(?:a|an|the)\s+(?:(?:main|major|key|serious|particular|significant|persistent|constant|"
    r"lingering|central|chief|principal|core|only|last|remaining|outstanding|biggest|greatest|"
    r"largest|thorniest|toughest|long-(?:standing|running)|perennial|"
    r"most\s+(?:contentious|sensitive|difficult|divisive))\s+)?"
    rf"(?:concern|{_CONTENTION}|(?:dispute|disagreement|flashpoint)(?!\s+(?:resolution|settlement))|"
    r"sticking\s+point|irritant|source\s+of\s+(?:tension|friction|concern)|obstacle|"
    r"stumbling\s+block|hurdle|impediment)")
#: A subject the text calls a concern or a point of contention, set-off phrases left out:
#: "the fate of the plant, held since 2022, also remains a point of contention".
_ISSUE_PREDICATE = re.compile(
    r"\s+[“\"]?(?:also\s+|still\s+)?(?:(?:remains?|remained|is|was|(?:has|have)\s+(?:long\s+|"
    r"always\s+|also\s+)?been|became|becomes|(?:should|must)\s+not\s+be)\s+"
    rf"(?:{_AN_ISSUE}|[“\"]?(?:an?\s+)?(?:\w+ly\s+)?"
    rf"[“\"]?(?:unacceptable|illegal|illegitimate|intolerable))|{_DIVIDES}|"
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)"  # "(X,) a row that has
    # weighed on ties": X, named before
    rf"(?:(?:has|have|had)\s+(?:\w+ly\s+)?|continues?\s+to\s+)?{_STRAINS_TIES})\b", re.I)
#: A matter named, then called a matter in dispute in a phrase set off by commas: "visa
#: processing, a sticking point for Dhaka, (was discussed)".
_APPOSED_ISSUE = LiteralGated(re.compile(rf",\s+{_AN_ISSUE}\b[^,;]*(?:[,;]|$)", re.I))
#: A word that makes a clause of a phrase: "(it) will (not withdraw from X)".
_AUXILIARY = re.compile(r"\b(?:will|would|shall|not|is|are|was|were|has|have|had|can|could|"
                        r"must|should|may|might)\b", re.I)


def _subject_called_an_issue(clause: str) -> str | None:
    """The subject the clause calls a concern, a point of contention or unacceptable, a phrase
    set off by commas after it left out: "the fate of the plant, held since 2022, remains …"."""
    called = _ISSUE_PREDICATE.search(clause)
    if not called:
        return None
    before = re.sub(r"\s(that|which)\s+(?:has|have|had)\s+(?:long|also|\w+ly)\s*$", r" \1 ",
                    clause[:called.start()])  # "the dispute that (has long) complicated ties"
    before = re.sub(r",(\s*(?:which|that)\s*)$", r"\1", before)
    parts = re.split(r"[,;]", before)
    set_off = before.rstrip().endswith(",") and len(parts) >= 3
    said = parts[-3] if set_off else parts[-1]
    example = re.match(r"\s*(?:including|such\s+as|notably)\s+(?P<what>.+)", parts[-2]) \
        if set_off else None
    if example and _UNNAMED_MATTERS.fullmatch(_SUBJECT_LEAD.split(said)[-1].strip()):
        return example.group("what").strip()  # "Key issues, including the status of Abyei, …"
    relative = re.search(r"\s+(?:that|which)\s*$", said)
    if relative:  # "(any movement on) the question that divides them": the question
        said = re.split(r"\b(?-i:[a-z]+ed)\s+(?=(?:the|a|an|their|its)\s)",
                        said[:relative.start()])[-1]  # "discussed the dispute that …"
        said = re.split(r"\s+(?:but|and)\s+(?=(?-i:[a-z]+ed)\s)", said)[-1]  # "signed X but
        # (steered clear of the dispute that …)": the second predicate's object
        verb_first = re.match(r"\s*(?:but\s+|and\s+)?(?-i:[a-z]+ed)\s+(?:[a-z]+\s+){0,2}?"
                              r"(?=(?:the|a|an|their|its)\s)", said)
        said = said[verb_first.end():] if verb_first else said  # "steered clear of (the
        # Western Sahara dispute that …)"
        named = re.match(r"(?P<what>.+?)\s+(?:is|was|remains|remained)\s+(?:still\s+)?"
                         r"(?:the|a|an)\s+(?:\w+\s+)?(?:issue|question|matter|point|problem)$",
                         _SUBJECT_LEAD.split(said)[-1].strip())
        if named:  # "Taiwan remains the issue that divides them": Taiwan
            return named.group("what")
    subject = said.strip() if relative else _SUBJECT_LEAD.split(said)[-1].strip()
    cleft = _NEGATED_CLEFT.match(subject)
    if cleft:  # "What it did not show was any movement on X" → "No movement on X"
        return f"no {cleft.group('what')}"
    return subject or None


#: A relative clause set off by commas, which tells the background of what it follows.
_RELATIVE_ASIDE = re.compile(r",\s+(?:where|which|who|whose)\b[^,;]*,")
#: A pseudo-cleft of what did not happen: "What it did not show was any movement on X".
_NEGATED_CLEFT = re.compile(r"What\s+(?:[\w’'-]+\s+){1,3}?(?:did|does|has|have|had)\s+not\s+"
                            r"[a-z]+\s+(?:was|is)\s+(?:any\s+)?(?P<what>\S.*)")


#: Where a subject's own words begin: after the reporting verb or conjunction before them.
_SUBJECT_LEAD = re.compile(r"^.*\b(?:that|said|says|while|whereas|but)\s+", re.I)
#: A move to stop an act or a deal, or opposition to it: "vowed to block the deal", "firmly
#: opposes the decision".
_OPPOSED = re.compile(r"\b(?:(?:block|veto|scuttle|derail)(?:s|ed|es|ing)?|"
                      r"(?:firmly\s+|strongly\s+|resolutely\s+)?oppos(?:e|es|ed|ing)(?:\s+to)?)[”\"’']?\s+"
                      r"(?P<what>(?:the|a|an|any|(?:the\s+)?(?-i:[A-Z])[\w-]*[’']s|[$€£]?\d[\d.,]*)\s+"
                      r"(?:[\w’'.-]+\s+){0,8}?(?:deal|agreement|accord|treaty|pact|proposal|plan|"
                      r"bill|resolution|measures?|sanctions|package|extension|bid|membership|"
                      r"accession|decision|move|ruling|duties|tariffs?|law|policy|statement|"
                      r"declaration|communiqu[ée]|conclusions|"
                      r"(?:aid|assistance|funds|funding|loan|tranche|payments?))"
                      r"(?:\s+(?:package|programme|program|regime|proposal|plan))?\b"
                      r"(?:\s+(?:on|over|to|for)\s+(?!(?:fears?|concerns?|worries)\b)[^,;.]+)?)",
                      re.I)  # not "(opposed to the pact) over fears for its farmers": why
#: The one a relative clause just before a verb is said of: "the West Bengal state
#: government, which has (opposed a deal)".
_WHICH_HAS_BEFORE = re.compile(r"\b(?:the\s+)?(?P<np>(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,4}),\s+"
                               r"(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?$")
#: Who does something, named by the capitalised words before the verb: "Hamas (demanded)",
#: "France and Poland (refused)".
_AGENT_NAME = (r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*"
               r"(?:\s+and\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)?")
#: Trade or aid one side stops (CAMEO's "impose embargo, boycott or sanctions", "reduce or stop
#: aid"): "South Korea has banned imports of seafood from X" → "South Korea’s ban on imports of
#: seafood from X", "the EU suspended budget support to Niger".
_BANNED = re.compile(
    rf"(?P<who>{_AGENT_NAME})\s+(?:(?:has|have|had)\s+)?(?:also\s+|since\s+)?"
    r"(?P<verb>bann?(?:ed|s)?|barr?(?:ed|s)?|suspend(?:ed|s)?|halt(?:ed|s)?|"
    r"freez(?:es)|froze|block(?:ed|s)?)\s+(?:(?:its|their|the)\s+)?"
    r"(?P<goods>(?:all\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?(?:imports|exports|sales|shipments|purchases)"
    r"\s+of\s+[^,;]+?|"
    r"(?:(?:US\$|[$€£])?[\d.,]+\s+(?:million|billion)\s+(?:[a-z]+\s+)?in\s+)?"
    r"(?:budget\s+support|(?:military\s+|development\s+)?aid|assistance|funding|flights)\s+"
    r"(?:to|with|for)\s+[^,;]+?)"
    r"(?=\s+(?:since|from|in|after|because|over|amid|until|following)\s|[,;]|"
    r"(?<![A-Z])\.(?!\w)|$)")
#: The noun of each verb of `_BANNED`, by the stem its forms begin with ("froze": freeze).
_BAN_NOUNS = {"ban": "ban on", "bar": "ban on", "suspend": "suspension of", "halt": "halt to",
              "freez": "freeze on", "froz": "freeze on", "block": "block on"}
_BANNED_CUE = LiteralGated(_BANNED)
#: A refusal, by whom and of what; saying nothing ("refused to comment") is not one.
_REFUSAL = re.compile(rf"(?:(?P<whose>{POSSESSIVE_NAME}"
                      r"(?:(?:continued|continuing|repeated|ongoing)\s+)?)|"
                      rf"(?P<who>{_AGENT_NAME})\s+(?:(?:has|have|had)\s+)?"
                      r"(?:(?:again|repeatedly|so far|still|also|long|consistently)\s+)?)?"
                      r"\b(?:refus(?:al|e|es|ed|ing)\s+to|"
                      r"(?<=\w )(?<!that )(?<!which )(?<!who )(?:would|will)\s+not)\s+"
                      rf"(?!{_SAYING_NOTHING}|{_NOT_REFUSED})"
                      r"(?P<what>[a-z]+\s+(?:[a-z][\w-]*,\s+)*[^,;.]+)")
#: A refusal told as its speaker's word: "Georgetown has made clear that it will not discuss
#: the border", "the minister said his country would not take back migrants".
_REPORTED_REFUSAL = LiteralGated(re.compile(
    rf"(?:(?P<who>{_AGENT_NAME})\s+(?:(?:has|have|had)\s+)?)?\b(?:said|says|made\s+(?:it\s+)?clear|"
    r"insisted|stressed|warned)\s+(?:that\s+)?(?:it|they|he|she|(?:his|her|its|their)\s+"
    r"(?:country|government))\s+(?:would|will)\s+not\s+"
    rf"(?!{_SAYING_NOTHING}|{_NOT_REFUSED})(?P<what>[a-z]+\s+[^,;.]+)"))
#: A gathering where something is talked over: "(the dispute) at their summit in X".
_AT_AN_EVENT = re.compile(r"at\s+(?:the|a|an|their|its|his|her|our|next)\s+(?:[\w’'-]+\s+){0,3}?"
                          r"(?:summit|meeting|talks|session|conference|forum|gathering)\b", re.I)
#: Capitalised words before a verb that name no one: "It refused", "The ministry refused".
_NOT_AN_AGENT = frozenset({"It", "They", "He", "She", "We", "The", "This", "Both", "But", "And"})


def _possessive(who: str | None) -> str:
    """"Hamas" → "Hamas’s ", for "Hamas’s demand"; nothing for a word that names no one. An
    abbreviation with points is attributive, as headlines write it: "U.S. refusal"."""
    if not who or who in _NOT_AN_AGENT:
        return ""
    return f"{who} " if who.endswith(".") else f"{who}’s "

#: Whose relations a clause goes on to say have soured: "relations between Lima and La Paz".
_TIES_BEFORE = re.compile(r"\b(?:relations|ties)\s+(?:between|with)\s+[^,;]+?"
                          r"(?=\s+(?:(?:have|has|had|were|are)\s+|remain(?:s|ed)?\s+)?(?:\w+ly\s+)?$)",
                          re.I)
#: A thing demanded, by whom: "Hamas has demanded a permanent end to the war".
_DEMANDED = re.compile(rf"(?P<who>{_AGENT_NAME})\s+(?:(?:has|have|had)\s+"
                       r"(?:(?:long|repeatedly|also)\s+)?demanded|(?:is|are)\s+demanding|"
                       r"(?:(?:still|also|now|again)\s+)?(?:demands?|demanded)|"
                       r"(?:has|have)\s+been\s+pressing\s+for|(?:is|are)\s+pressing\s+for|"
                       rf"pressed\s+for|(?:(?:is|are|has\s+been|have\s+been)\s+)?{_SEEKING}|"
                       rf"(?:has|have)\s+(?:long\s+)?{_SEEKING})\s+"
                       r"(?P<what>(?:a|an|the)\s+(?:[^,;.]|(?<=\d)[,.](?=\d))+)")
#: A demand told as a want, of another state or for a guarantee: "Seoul wants Tokyo to X",
#: "Iraq also wanted assurances that X" (a want of one's own, "wants to expand trade", is none).
_WANTED = re.compile(rf"(?P<who>{_AGENT_NAME})(?:,\s+for\s+(?:its|their)\s+part,)?\s+"
                     r"(?:also\s+|still\s+)?(?:wants?|wanted)\s+"
                     r"(?:(?P<whom>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2}|"
                     rf"(?={_ANOTHER_TO_ACT})(?:the|an?)\s+[^,;]+?)(?:,[^,;]+,)?\s+to\s+"
                     r"(?P<act>[a-z][^,;.]+)|(?P<what>(?:assurances|guarantees|compensation|"
                     r"reparations|an\s+apology)\b[^,;.]*))")
#: The modal words of a demand, which a topic can do without: "(that X) should be allowed to
#: (keep Y)".
_DEMANDED_MODAL = re.compile(r"\s+(?:should|must|would|shall)\s+(?:be\s+allowed\s+to\s+)?(?=[a-z])")
#: A demand, by whom and what: "North Korea's demand that the drills be cancelled".
_DEMAND_THAT = re.compile(r"(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+)?(?:demand(?:s|ed)?|"
                          r"insist(?:s|ed))\s+that\s+[^,;]+")
#: One common noun told apart by its relative clause: "a deal that ignored the shift".
_DESCRIBED = re.compile(r"(?:(?:the|a|an|any)\s+)?(?!(?:over|about|on|of|for|with|to|in|at|"
                        r"by|from|against|regarding)\s)[a-z][\w-]+\s+(?:that|which|who)\s+"
                        r"(?!(?:is|are|was|were|has|have|had|will|would)\b)[^,;:]*[^,;:\s]")


#: Participles whose object the problem is, not modifiers of it ("raising (safety concerns)",
#: unlike "growing concerns").
_GOVERNING_PARTICIPLES = frozenset({"raising", "voicing", "expressing", "citing", "sparking",
                                    "fuelling", "fueling", "prompting", "triggering", "causing",
                                    "easing", "addressing", "stoking"})
#: A phrase ending the clause in a list of a few nouns: " of grain, cooking oil and fuel".
_NOUN_LIST = re.compile(r"[^,;:]{0,60}?(?:,\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+){1,6},?\s+(?:and|or)\s+"
                        r"(?:[\w’'-]+\s+){0,2}[\w’'-]+(?=\s*[.;]?\s*$)")


#: Verbs and pronouns that may stand before a problem's noun, never a modifier of it: "(say
#: they) face (delays)".
_BEFORE_A_PROBLEM = frozenset({"face", "faces", "faced", "facing", "say", "says", "see", "sees",
                               "suffer", "suffers", "experience", "experiences", "report",
                               "reports", "they", "we", "it", "he", "she", "i", "you"})


def _problem_phrase(clause: str, start: int, end: int) -> str:
    """A problem named by its noun phrase: "fuel shortages in the north", "the trade deficit
    with Sorland" — the modifiers before the noun and what follows it, up to the verb."""
    words = clause[:start].split()
    modifiers: list[str] = []
    for back, word in enumerate(reversed(words[-3:]), start=2):
        infinitive = len(words) >= back and words[-back].lower() == "to"  # "to deter (X's …)"
        if word.lower() in NOT_MODIFIER or word.endswith((",", ";")) or infinitive or \
                word.lower() in _GOVERNING_PARTICIPLES or word.lower() in _BEFORE_A_PROBLEM or \
                (re.fullmatch(r"[a-z]+ed", word) and word not in ("continued", "repeated")):
            break
        modifiers.insert(0, word)
    if modifiers and re.fullmatch(r"percent|per", modifiers[0], re.I) and \
            len(words) > len(modifiers) and re.fullmatch(r"[\d.,]+", words[-len(modifiers) - 1]):
        modifiers.insert(0, words[-len(modifiers) - 1])  # "its 5 percent common tariff"
    rest = _FINITE_VERB.split(clause[end:], maxsplit=1)[0]
    listed = _NOUN_LIST.match(rest) or _NOUN_LIST.match(  # "(…) in grain, corn, and key inputs(,
        re.split(r",?\s+(?:such\s+as|including|notably)\s", rest, maxsplit=1)[0])  # such as X)"
    if listed and len(listed.group(0).split()) <= 12:  # "shortages of grain, oil and fuel"
        return " ".join([*modifiers, clause[start:end]]) + listed.group(0)
    rest = re.split(r"[,;:]|(?<![A-Z])\.(?!\w)|\s+(?:which|that|who|and|but|because|as|if|"
                    r"unless|from|to\s+(?=[\d$€£]))\b", rest)[0]
    return " ".join([*modifiers, clause[start:end]]) + rest.rstrip()


#: A conflict named by its noun alone: "a border dispute", "the standoff", "a trade war".
_CONFLICT_NOUN = re.compile(r"disputes?|standoffs?|stand-offs?|rows?|feuds?|rifts?|wars?|"
                            r"conflicts?|stalemate|impasse", re.I)
#: A conflict with someone: "(the) standoff with (the regional banks)".
_CONFLICT_WITH = re.compile(rf"(?:{_CONFLICT_NOUN.pattern})\s+with\s", re.I)
#: What may follow such a noun in its clause: between whom, and for how long.
_CONFLICT_TAIL = re.compile(r"(?P<whom>(?:between|among|with)\s+[^,;.]+?(?<![a-z]ed))?\s*"
                            r"(?:(?:has\s+|have\s+)?(?:deepened|escalated|intensified|worsened|"
                            r"flared|erupted|persisted|continued|grown)\s*)?"
                            rf"(?:{_LASTED}(?:\s+\d{{4}})?)?[\s.”\"’']*")


#: A conflict told as the time of something else: "(resumed) after a months-long standoff".
_TIME_OF_CONFLICT = re.compile(r"\b(?:after|following|before|since|during|ended|ending|ends|"
                               r"end\s+to)\s+(?:\S+\s+){0,3}$", re.I)


def _conflict_phrase(clause: str, cue: re.Match, whom: str | None) -> str | None:
    """A conflict as its noun phrase with whom it is between: "India and China are locked in
    a border dispute" → "border dispute between India and China"; None for a lone noun
    between no one named ("the dispute"), told of before."""
    if _TIME_OF_CONFLICT.search(clause, 0, cue.start()):
        return None  # "exports resumed after a months-long standoff": when, not what is open
    if not cue.group(0).lower().endswith("s") and \
            re.search(r"\b[a-z]+[^s\W]s\s+$", clause[:cue.start()]):
        return None  # "a figure the authorities dispute": a verb after its plural subject
    phrase = _problem_phrase(clause[:cue.end()], cue.start(), cue.end())
    phrase = re.sub(r"^(?:[a-z]+(?:ing|ly)\s+)+", "", phrase)  # "(peacefully resolving) disputes"
    if whom:
        return f"{phrase} {whom.strip()}"
    before = re.split(r"[,;]\s*|\b(?:that|said|says)\s+", clause[:cue.start()])[-1]
    states = find_parties(before, capital_as_state=True)
    if len(states) == 2:
        return f"{phrase} between {in_a_phrase(states[0])} and {in_a_phrase(states[1])}"
    return phrase if len(phrase.split()) > 1 else None


def _is_generic(text: str) -> bool:
    return all(w in _GENERIC_WORDS for w in re.findall(r"[a-z]+", text.lower()))


#: Talks that go on without an end, named by their subject: "(Negotiations on the FTA) have
#: dragged on".
_DRAGGED_ON = re.compile(r"(?P<talks>\b(?:talks|negotiations)\b[^,.;]{0,60}?)\s+(?:have|has|had)\s+"
                         r"(?:\w+ly\s+)?dragged\s+on\b", re.I)
#: A verb in the past with its object, after the noun phrase it has for subject.
_PAST_VERB_WITH_OBJECT = re.compile(r"\s+(?-i:[a-z]{3,}ed)\s+(?=(?:the|an?|its|their|his|her)\s)")
#: A matter sent on to a body, whose name follows it: "refer (the dispute over X) to the …".
_REFERRED = re.compile(r"\b(?:refer|submit|bring|take|took|send|sent)\w*\s+(?:the\s+|their\s+|"
                       r"its\s+)?$", re.I)
_REFERRED_TO = re.compile(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])")
#: A clause telling more of what was named before it: "(…), which Nairobi says has …".
_TOLD_OF_WHAT = re.compile(r",\s+(?:which|who)\b")
#: A problem settled in the text's past ("has ended eight wars", "already eliminated").
_DONE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:ended|brokered|secured|delivered|achieved|provided|"
    r"invested|built|created|made(?!\s+(?:it\s+)?clear|\s+(?:little|no|scant|slow|limited)\s+"
    r"(?:progress|headway))|taken|negotiated(?!\s+(?:over|on|about|for)\b)|helped|led|restored|"
    r"unveiled|banned|"
    r"dismantled|neutrali[sz]ed|eliminated|reduced|cut|saved|returned|withdrawn|won|"
    r"already)\b|\balready\b", re.I)
#: "Since 2019" after a pause names how long something has stood still ("a dialogue suspended
#: since 2019"), not what has been achieved since.
_NOT_SUSPENDED = "".join(f"(?<!{word} )" for word in (
    "suspended", "halted", "closed", "frozen", "stalled", "banned", "blocked", "shut", "dormant",
    "paused", "interrupted", "met", "convened", "idle", "inactive", "unused", "empty"))
#: A record of what was already done ("has ended eight wars", "since 2021 the U.S. has
#: provided …"): background to the text, not a commitment made in it. A problem that has
#: lasted "since 2024" is still open, so issues are held only to `_DONE`.
_ACHIEVED = LiteralGated(re.compile(
    rf"{_DONE.pattern}|\b{_NOT_SUSPENDED}since (?:\d{{4}}|day one|taking office|the start)\b|"
    r"\b(?:over|in) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)\b|"
    r"\b(?:long|decades|years) ago\b|"
    r"(?<!expected )(?<!due )(?<!likely )(?<!set )(?<!scheduled )"
    r"\bto\s+have\s+(?:\w+ly\s+)?(?:signed|agreed|concluded|ratified|reached|struck|joined)\b|"
    r"\b(?:agreed|decided|approved|signed)\s+at\s+(?:its|their|the)\s+(?:previous|last|earlier|"
    r"prior)\s+(?:meeting|session|summit|round)\b",  # "(had) agreed at its previous meeting"
    re.I))  # "the only two states to have signed peace treaties with X": what they did before


#: An agreement told as made a year or more before the report: "agreed last year to …".
_YEARS_BACK = LiteralGated(re.compile(
    r"\b(?:last|previous|past|that) year\b|\b(?:a|one|two|three|four|five|several|many|\d+) "
    r"years? ago\b|\b(?:[\w-]+\s+){1,3}?(?:days|weeks|months|decades)\s+ago\b", re.I))
#: Where a relative clause begins, also one without "that" ("the duties it imposed").
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose|where)\b|"
                              r"(?<!said)(?<!says)(?<!ed) (?:that|which) (?=(?:was|were|had|has|"
                              r"is|are|will|[a-z]+ed|expires|runs|lapses|ends) )|"
                              r"(?<=[a-z]s) (?=(?:it|they)\s+(?:had\s+)?[a-z]+ed\b)")

#: A past participle's clause set off after a noun, which dates that noun, not the act: "(lift
#: its ban on X), imposed after Y began in 2023" — not a deal's own ("the Treaty, signed in 2002").
_REDUCED_RELATIVE = re.compile(r",\s+(?!(?:signed|agreed|concluded|ratified|reached|struck|"
                               r"initialled|initialed|adopted|approved|established|founded|"
                               r"created|launched)\b)[a-z]+ed\s+(?:after|in|"
                               r"on|since|following|during|last|under|by)\s[^,;]*")

#: How long before the report an agreement's day makes it history, not news.
_LONG_AGO = dt.timedelta(days=45)
#: How long before the report a month named with its year ("in August 2027") is history.
_SEASON_AGO = dt.timedelta(days=120)
_WHEN_CLAUSE = re.compile(r",?\s+when\b")
_IN_A_NAME = re.compile(r"\s+(?-i:[A-Z])[a-z]")


#: Where a month (the "@") dates the agreement itself: it opens the clause ("In December,
#: the leaders agreed"), follows the verb ("agreed in March to") or sets the scene ("visited
#: Seoul in March, when the ministers agreed").
_DATES_THE_AGREEMENT = re.compile(
    r"^\s*(?:(?:in|on|during|early|late|last|since)\s+)*@|"
    r"\b(?:agreed|decided|pledged|committed|undertook|resolved)\s+(?:in|on|during)\s+@|"
    r"\b(?:reached|signed|concluded|struck|sealed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:agreement|"
    r"deal|accord|memorandum|treaty|pact)\s+(?:with\s+[^,;@]{1,40}?\s+)?"
    r"(?:(?:in|at)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*\s+)?"  # "(signed a peace
    r"(?:in|during)\s+@|"  # agreement) in Washington in June"
    r"@,?\s+when\b", re.I)


def _is_background(clause: str, reference: dt.date) -> bool:
    """An agreement dated years before the report ("signed on July 16, 1996"), or on a day
    or in a month weeks before it, is history;
    a date in a relative clause ("a swap, which lapsed in 2015"; "a swap that lapsed in 2015")
    dates something else, unless the deal is told there ("the Declaration, which they signed
    in 2023"), and one after "since" how long a state has lasted."""
    clause = _REDUCED_RELATIVE.sub("", clause)
    if _NARRATED_YEAR.search(clause):
        return True  # "launched the mediation effort later that year": a year told before
    parts = _RELATIVE_CLAUSE.split(clause)
    if len(parts) > 1 and not re.search(r",\s+where\s", clause):  # "The session was held in
        # May 2025, where the two sides signed X": the session's date is the signing's
        clause = next((part for part in parts if _AGREEMENT_CUE.search(part)), parts[0])
    values = []
    own_months = set()  # months that date the agreement itself, not something it names
    named_months = set()  # months named with their year after "in"
    for start, end, text in dates.find_expressions(clause):
        if not re.search(r"\d", text) and _IN_A_NAME.match(clause, end):
            continue  # "the Good Friday Agreement": a name, not a day
        if clause[:start].endswith(("since ", "Since ")) and not _WHEN_CLAUSE.match(clause, end):
            continue  # "exports halted since 2001": how long ("since 2021, when they signed" not)
        if text.lower().startswith("for "):
            continue  # "signed for 30 years": how long it runs, not when
        if re.fullmatch(r"\d{4}", text) and _ATTRIBUTIVE_DATE.match(clause, end) and \
                not _NOT_A_NOUN.match(clause, end) and \
                re.search(r"\b(?:a|an|the|its|their)\s+$", clause[:start]) and \
                re.search(r"\b(?:will|shall)\s+(?:\w+ly\s+)?[a-z]+\b", clause[:start]):
            continue  # "will provide X under a 2024 loan agreement": which agreement, not when
            # this is done ("follows a 2023 memorandum": an old deal)
        if re.fullmatch(r"last\s+year|(?:a|one|two|three|\d+)\s+years?\s+ago", text, re.I):
            return True  # "the memorandum signed last year": told as past, however recent
        value = dates.normalize(text, reference, clause)
        if value and re.match(r"\d{4}", value):
            values.append(value)
            if _DATES_THE_AGREEMENT.search(f"{clause[:start]}@{clause[end:]}"):
                own_months.add(value.split("/")[-1])
            if re.fullmatch(r"\d{4}-\d\d", value) and re.search(r"\d{4}", text) and \
                    clause[:start].endswith(("in ", "In ")):
                named_months.add(value)  # "approved the deal in August 2027"
    if not values:
        return False
    latest = max(v.split("/")[-1] for v in values)
    if int(latest[:4]) < reference.year - 1:
        return True
    if latest in named_months and f"{latest}-28" < (reference - _SEASON_AGO).isoformat():
        return True  # "approved the deal in August 2027", told the next spring
    if re.fullmatch(r"\d{4}-\d\d", latest) and latest in own_months:
        latest += "-15"  # "agreed in December", told in February: its middle is long past
    return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", latest)) and \
        latest < (reference - _LONG_AGO).isoformat()  # "signed on March 3", told in June


#: The patterns `_topic` tries on every clause, each run only on a clause holding a piece of
#: text it needs.
_OPPOSED_CUE = LiteralGated(_OPPOSED)
_WANTED_CUE = LiteralGated(_WANTED)
_DEMANDED_CUE = LiteralGated(_DEMANDED)
_REFUSAL_CUE = LiteralGated(_REFUSAL)
_RETALIATION_IF_GATED = LiteralGated(_RETALIATION_IF)
_DRAGGED_ON_GATED = LiteralGated(_DRAGGED_ON)
