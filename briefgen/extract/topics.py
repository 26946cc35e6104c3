"""The topics of open issues named after a cue phrase: "raised concerns over X", "called for Y".

Each cue opens a noun phrase that runs to the end of its clause; a coordination of
distinct topics ("peace across the Strait and the rule of law at sea") is one topic each,
while "peace and stability" stays one.
"""

from __future__ import annotations

import itertools
import re

from briefgen.extract.literal_gate import LiteralGated

#: Phrases after which the text names what is disputed, feared or condemned.
_STRONG_CUE = (r"concerns?\s+(?:about|over|regarding|with|on|at)|"
               r"concerned\s+(?:about|over|by|with|at)|alarm(?:ed)?\s+(?:at|over|about|by)|"
               r"condemn(?:ed|s|ation\s+of)|"
               r"threats?\s+(?:to|from|of|posed\s+by)|the\s+threat(?=\s+(?-i:[A-Z]))|"
               r"challenges?\s+posed\s+by|"
               r"(?:regret|disappointment|dismay|frustration|displeasure|outrage|indignation|"
               r"dissatisfaction)\s+(?:over|at|about|with|regarding)|"
               r"with\s+(?:(?:grave|deep|serious|great|growing|increasing)\s+)?(?:concern|"
               r"dismay|alarm|disappointment)"
               r"(?=\s+(?:the|a|an|reports?|continued|ongoing|renewed|recent)\b)")
#: Phrases that name an issue only outside a commitment ("called for", "the importance of").
_WEAK_CUE = (r"warn(?:ed|s|ing)?\s+of(?=\s+(?:an?\s+|the\s+)?[a-z])|"
             r"(?:emphasi[sz]ed|stressed|underscored|highlighted)\s+the\s+(?:importance|need)\s+"
             r"(?:of|for|to)|called\s+for|calls\s+for|(?:want|wants|wanted)\s+an\s+end\s+to|"
             r"(?:endured|(?:grappl|struggl)(?:ed|es|ing)\s+with|frustrated\s+(?:by|with|over|at))"
             r"(?=\s+(?:the\s+|a\s+|an\s+)?[a-z])|"
             r"(?:the\s+)?situation\s+in(?=\s+(?:the\s+)?[A-Z])|"
             r"(?:drew|draws|drawing)\s+(?:(?:the\s+)?attention\s+(?:of\s+[^,;]{1,40}?\s+)?)to"
             r"(?=\s+(?:the\s+|a\s+|an\s+)?[a-z])")
#: How strongly, between a cue and its object: "condemned in the strongest terms X".
_DEGREE = r"(?:(?:in\s+the\s+strongest\s+(?:possible\s+)?terms|strongly|firmly|unequivocally|" \
          r"deeply|again|once\s+again)\s+)?"
_CUE = re.compile(rf"\b(?:{_STRONG_CUE}|{_WEAK_CUE})\s+{_DEGREE}(?P<rest>\S.*)", re.I | re.S)
#: How strongly, after the object: "condemned the attack (strongly)".
DEGREE_AFTER = re.compile(r"\s+(?:strongly|firmly|unequivocally|sharply|harshly|publicly|"
                          r"vehemently|roundly|fiercely|bitterly|openly|repeatedly|(?:once\s+)?again)"
                          r"(?=[\s.]*$)")
_STRONG = re.compile(rf"\b(?:{_STRONG_CUE})", re.I)
#: A named aggression or invasion: "Russia’s unprovoked aggression against Ukraine".
_AGGRESSION = re.compile(
    r"[A-Z][\w’'-]+’s\s+(?:[a-z-]+\s+){0,4}(?:aggression|invasion|occupation)"
    r"(?:\s+(?:against|of|in)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?")
#: A place named by its capitalised words: "the West Bank and Gaza", "Sudan".
_PLACE = re.compile(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|the)\s+)*[A-Z][\w’'-]*)*"
                    r"(?:(?:,\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+,?\s+and\s+(?:the\s+)?"
                    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?")  # "Gaza, Sudan and Libya"
#: A place the text named before, told by its kind: "(the situation in) the region".
_REGION_TOLD = re.compile(r"the\s+(?:region|area|country|subregion|border\s+areas?)\b")
#: Where the noun phrase after a cue ends.
_PHRASE_END = re.compile(
    r",?\s+(?:which|who|where|that\s+(?:has|have|had|is|are|was|were|will|would|can|could)|"
    r"while|whereas|because|although|though|even\s+as|but|as\s+well\s+as|so\s+that|if|unless|"
    r"in\s+order\s+to|(?<!ed\s)by\s+\w+ing|"  # a means, not an agent ("posed by rising …")
    r"and\s+(?:he|she|they|we|it|our|their|its|the\s+\w+\s+\w+ed)\b|(?<!ed\s)and\s+(?:\w+ly\s+)?\w+ed\b|"
    r"and\s+(?:to|also)\b|"
    r"and\s+(?:ensure|promote|strengthen|enhance|build|protect|develop|improve|increase|reduce|"
    r"advance|deepen|expand|uphold|maintain)\s+(?:the|a|an|its|their|our)\b|"
    r"and\s+(?:asks|urges|calls|says|adds|notes|invites|requests|encourages|welcomes|"
    r"demands|stresses|warns)\b)"
    r"|[;:—]|(?<![’']s\s)\(|\s[–-]\s|,\s+(?=[a-z]+(?:ed|ing)\b)|"
    r"\s+as\s+(?:a|an)\s")  # "condemned the deal as a sell-out": the judgement is no part
#: The verb of a clause whose subject the cue opens: "(concerns about X) were raised", "(our
#: concerns about X) are well known".
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+)?"
                            r"(?:raised|voiced|expressed|heard|discussed|noted|addressed)\b|"
                            r"\s+(?:are|is|were|was|remain|remains)\s+(?:well\s+|widely\s+)?"
                            r"(?:known|documented|on\s+record)\b")
_COORDINATION = re.compile(r",?\s+and\s+(?=(?:the|a|an)\s)|,\s+(?:and\s+)?(?=(?:the\s+)?[A-Z])|"
                           r",?\s+and\s+(?=[A-Z])")
_PRONOUN = re.compile(r"(?:its|their|his|her|it|them)\b", re.I)
#: A document named and nothing else: "the Los Angeles Declaration", "UN Security Council
#: Resolutions".
_DOCUMENT_NAME = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,6}(?:Declaration|Agreements?|"
                            r"Accords?|Treaty|Resolutions?|Charter|Convention|Protocol|Framework|"
                            r"Initiative|Compact|Partnership)")
_DETERMINED = re.compile(r",?\s+and\s+(?=(?:the|a|an)\s)")
#: The comma between matters of a series before its last: "(X), (the Y and the Z)".
_SERIES_COMMA = re.compile(r",\s+(?=the\s)")
#: A concern told as a clause, its matter the clause's subject: "noted with concern that (the
#: arrears of assessed contributions) amount to …".
_CONCERN_THAT = re.compile(r"\b(?:concern(?:ed)?|alarm(?:ed)?)\s+that\s+"
                           r"(?P<subject>(?:the|its|their)\s+[^,;]{3,80}?)\s+(?:is|are|was|were|has|have|had|will|would|could|"
                           r"can|may|might|remains?|remained|continues?|continued|amounts?|"
                           r"amounted|poses?|posed|threatens?|threatened|persists?|persisted)\b",
                           re.I)
#: The cues and named aggressions, looked for only in clauses holding a piece of text they need.
_CUE_GATED = LiteralGated(_CUE)
_AGGRESSION_GATED = LiteralGated(_AGGRESSION)
_CONCERN_THAT_GATED = LiteralGated(_CONCERN_THAT)


#: Whom a cue is with, before what it is about: "(concerns with) Uganda (about the levy)".
WITH_WHOM = r"[^,;]{1,60}?\s+(?:over|about|regarding|concerning)\s+"


def cue_topics(clause: str, strong_only: bool = False) -> list[str]:
    """Each topic named after an issue cue in `clause`, in order; [] without a cue.

    With `strong_only` (a clause that states a commitment), only concerns, threats and
    condemnations count: "called for" or "the importance of" there is the commitment itself.
    """
    topics = [m.group(0) for m in _AGGRESSION_GATED.finditer(clause)]
    topics += [found.group("subject") for found in _CONCERN_THAT_GATED.finditer(clause)]
    for found in _CUE_GATED.finditer(clause):
        if strong_only and not _STRONG.match(found.group(0)):
            continue
        if not _STRONG.match(found.group(0)) and _PRONOUN.match(found.group("rest")):
            continue  # "called for its accelerated implementation": named before
        raised = _RAISED_AS.search(clause, 0, found.start())
        if raised:  # "raised CBAM as a specific trade concern (at the WTO)": CBAM is the matter
            topics.append(raised.group("what"))
            continue
        if found.group(0).lower().startswith(("the situation", "situation")):
            place = _PLACE.match(found.group("rest")) or _REGION_TOLD.match(found.group("rest"))
            phrase = "situation in " + place.group(0) if place else ""
            if place and place.re is _REGION_TOLD:  # "the security situation in the region"
                phrase = _kind_before(clause, found.start()) + phrase
        elif re.match(r"(?:threats?|challenges?)\s+posed\s+by\s", found.group(0), re.I):
            phrase = found.group("rest")  # "the threat posed by drones": the drones are the issue
            if re.search(r"\s+to\s+", _noun_phrase(phrase)) or _NAME_ALONE.match(phrase):
                phrase = _kind_before(clause, found.start()) + \
                    found.group(0)[:found.start("rest") - found.start()] + phrase  # whom
                # they threaten, or a name that is no matter: "Nuclear threats posed by Iran"
        elif re.match(r"(?:the\s+)?threat", found.group(0), re.I) and \
                (seen := SEEN_AS.search(clause, 0, found.start())) and seen.group("what"):
            phrase = seen.group("what")  # "considers (the deployment of missiles in X) a direct
            # threat to its security": what is seen so is the matter
        elif re.match(r"(?:the\s+)?threat", found.group(0), re.I):
            phrase = _kind_before(clause, found.start()) + found.group(0)  # the threat is the
            # issue: "cyber threats to shipping lanes"
        else:
            phrase = found.group("rest")
        if found.group(0)[:found.start("rest") - found.start()].rstrip().endswith("with"):
            phrase = re.sub(f"^{WITH_WHOM}", "", phrase)
        phrase = _noun_phrase(phrase)
        if not re.search(r"\b(?:what|whether|how|who|which|when|where|why|that)\b", phrase, re.I):
            phrase = _PASSIVE_AFTER.split(phrase, maxsplit=1)[0]  # "concerns about X were raised"
        phrase = DEGREE_AFTER.sub("", phrase).strip(" ,.")
        if re.match(r"concerns?\s", found.group(0), re.I) and \
                re.fullmatch(r"(?:(?:the|a|an)\s+)?[\w’'-]+", phrase):
            phrase = f"{found.group(0)[:found.start('rest') - found.start()]}{phrase}"  # one
            # word says too little: "concerns about Iran", "concerns over the programme"
        if re.match(r"by\s", phrase):
            continue  # "(it was) condemned by the UN": who condemned, not what
        if not _STRONG.match(found.group(0)) and _DOCUMENT_NAME.fullmatch(phrase):
            continue  # "highlighted the importance of the Los Angeles Declaration": a text
            # the parties stand by, no matter in dispute
        topics += [t for t in split_coordination(phrase) if re.search(r"[A-Za-z]{3}", t)]
        again = _AGAIN_AFTER_EXAMPLES.search(found.group("rest"))
        if again:  # "concern over X, including
            second = _noun_phrase(again.group("second")).strip(" ,.")  # Y, and over Z": Z too
            topics += [t for t in split_coordination(second) if t not in topics]
    return topics


#: A matter raised as a concern, just before the cue: "raised (CBAM) as a specific trade".
_RAISED_AS = re.compile(r"\b(?:raised|flagged|listed)\s+(?P<what>[^,;]{2,80}?)\s+as\s+an?\s+"
                        r"(?:[\w-]+\s+){0,3}$", re.I)


#: A second matter of the same cue after the first one's examples: "(concern over X), including
#: Y, and over (Z)".
_AGAIN_AFTER_EXAMPLES = re.compile(r",\s+(?:including|notably|in\s+particular|such\s+as)\s+"
                                   r"[^,;]+,?\s+and\s+(?:also\s+)?(?:over|about|regarding)\s+"
                                   r"(?P<second>[^;]+)")


#: What a side holds to be a threat, a violation or unacceptable, told just before the word:
#: "considers (the deployment of X) a (direct) (threat)", "regards (the expansion of NATO) as
#: (unacceptable)", "called (the surtax) a (violation)"; a thing pointed back at ("called
#: these actions a …") is `told` before, not named here.
SEEN_AS = re.compile(r"\b(?:considers?|considered|regards?|regarded|sees|saw|views?|viewed|"
                     r"call|calls|called|described|describes|termed|terms|branded|brands)\s+"
                     r"(?:(?P<what>(?:the|a|an|its|their|(?-i:[A-Z])[\w.-]*[’']s)\s+[^,;]{3,80}?)|"
                     r"(?P<told>(?:these|this|those|such)\s+[^,;]{3,80}?))\s+"
                     r"(?:as\s+)?(?:an?\s+)?(?:(?:direct|serious|grave|real|major|growing|"
                     r"existential|clear|flagrant|blatant|gross)\s+)?$", re.I)
#: A name alone, up to where its noun phrase would end: "Iran", "the Houthis(.)".
_NAME_ALONE = re.compile(r"(?:the\s+)?(?-i:[A-Z][\w’'.-]*)(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?"
                         r"(?-i:[A-Z][\w’'.-]*))*\s*(?:[,;.]|$)")
#: Words of grammar, never a modifier of the noun after them.
_FUNCTION_WORDS = ("the a an to of in on with and or by for from that this these its their our "
                   "his her is are was were has have had will would any such as about over "
                   "said says where when which who while whose whom")
NOT_MODIFIER = frozenset(_FUNCTION_WORDS.split()) | {"including", "notably", "especially",
                                                     "particularly", "namely"}
#: Words that say how grave a threat is, not what kind: the label names the kind only.
_DEGREE_WORDS = ("grave serious severe great big major real direct growing increasing rising "
                 "significant imminent immediate potential single most more very dangerous "
                 "reckless irresponsible unacceptable no those")
#: Words after which a word is a verb: "(to) counter threats", "(we) face threats".
_VERB_BEFORE = ("to we they i you will would can could must should shall may might which who "
                "that not also jointly together")
_DEGREES, _BEFORE_A_VERB = frozenset(_DEGREE_WORDS.split()), frozenset(_VERB_BEFORE.split())


def _kind_before(clause: str, start: int) -> str:
    """The words before a threat that say what kind it is: "(discussed) cyber threats",
    "(faces) growing security threats" — up to two, none a verb or a word of grammar."""
    words = clause[:start].split()
    kind: list[str] = []
    for back, word in enumerate(reversed(words[-2:]), start=2):
        if not re.fullmatch(r"[a-z][a-z-]*", word) or word in NOT_MODIFIER or \
                word in _DEGREES or re.search(r"(?:ed|[^s]s|est)$", word) or \
                (len(words) >= back and words[-back].lower() in _BEFORE_A_VERB):
            break
        kind.insert(0, word)
    return " ".join(kind) + " " if kind else ""


def _noun_phrase(text: str) -> str:
    """`text` up to where its noun phrase ends; a relative clause stays when the phrase
    would be too bare without it ("steps that could stoke unrest")."""
    end = _PHRASE_END.search(text)
    while end and end.group(0).lstrip(" ,").startswith("that") and \
            len(text[:end.start()].split()) <= 2:
        end = _PHRASE_END.search(text, end.end())
    return text[:end.start()] if end else text


def split_coordination(phrase: str) -> list[str]:
    """"peace in X and the rule of law in Y" → two topics; "peace and stability in X" → one.

    "and" splits before a determiner ("and the …"), or between names alone ("Sudan and
    Chad"); "the detention of A and B" stays one topic.
    """
    if phrase.lower().startswith("situation in"):
        return [phrase]
    again = PREPOSITION_AGAIN.split(phrase)
    if len(again) > 1:  # "(concern over) X and over Y": two matters however long each is
        return [topic for part in again for topic in split_coordination(part)]
    parts = [p.strip() for p in _COORDINATION.split(phrase) if p.strip()]
    if len(parts) > 1 and not all(_is_name(p) for p in parts):
        parts = [p.strip() for p in _DETERMINED.split(phrase) if p.strip()]
        parts = [item.strip() for part in parts[:-1] for item in _SERIES_COMMA.split(part)] + \
            parts[-1:]  # "X, the Y and the Z": a series, each matter with its article
    if len(parts) > 1 and any(_NAME_END.search(before) and _NAME_START.match(after)
                              for before, after in itertools.pairwise(parts)):
        return [phrase]  # "attacks by Boko Haram and the Islamic State …": two names, one topic
    if len(parts) > 1 and any(_BACK_REFERENCE.search(p) for p in parts[1:]):
        return [phrase]  # "the measures and the risks they pose": the second is the first's
    if len(parts) > 1 and any(_BETWEEN_OPEN.search(before) for before in parts[:-1]):
        return [phrase]  # "the fighting between the army and the M23": both sides of one matter
    if len(parts) > 1 and all(len(p.split()) >= 2 or p[:1].isupper() for p in parts):
        where = _PLACE_AT_END.search(parts[-1])
        if where and len(parts) == 2 and len(parts[0].split()) <= 3 and \
                not re.search(r"\s(?:in|of|on|at|over|for|with|by)\s", parts[0]):
            parts[0] += where.group(0)  # "the violence and the humanitarian situation in X":
        return parts  # both in X
    return [phrase]


#: "between" with one side named, whose other side follows "and": "fighting between the army".
_BETWEEN_OPEN = re.compile(r"\b(?:between|among)\s+(?:(?!\band\b)[^,;])+$", re.I)
#: A second object of the same concern, its preposition said again: "(concern over X) and over".
PREPOSITION_AGAIN = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?"
                               r"(?:over|about|regarding)\s+")
#: A pronoun by which a later matter points back at an earlier one: "(the risks) they (pose)".
_BACK_REFERENCE = re.compile(r"\b(?:they|it|them|its|their)\b", re.I)
#: Where the last of two coordinated matters is, which the first shares when it names no
#: place of its own: "(the violence and the humanitarian situation) in Myanmar".
_PLACE_AT_END = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
#: A phrase ending on a name after a preposition, and one opening with "the" and a name:
#: "(attacks by) Boko Haram | the Islamic State", "(attacks on ships in) the Red Sea | the Bab
#: al-Mandab Strait", "(cooperation between) South Korea, Japan | the United States", "(arrivals
#: to) the Balearic Islands | the Region of Murcia", "(waterways like) the Bab al-Mandab | the
#: Strait of Hormuz", names of one topic.
#: A word of a name after its first: capitalised, or Arabic "al-" and the like ("Bab al-Mandab").
_NAME_WORD = r"(?:[A-Z]|(?:al|el|ad|ash|as|an|at|az)-)[\w’'-]*"
_NAME_END = re.compile(r"\b(?:by|of|from|between|in|at|near|across|off|along|through|to|into|"
                       r"towards?|against|like|such\s+as)\s+"
                       rf"(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+{_NAME_WORD})*,\s+)*"
                       rf"(?:the\s+)?[A-Z][\w’'-]*(?:\s+{_NAME_WORD})*$")
_NAME_START = re.compile(r"the\s+[A-Z]")


def _is_name(phrase: str) -> bool:
    return all(w[:1].isupper() for w in phrase.split() if w.lower() not in ("of", "the"))
