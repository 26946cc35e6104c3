"""Which words may end a label: a phrase ends on its head noun, never on a modifier.

"Promote safe and effective vaccines for children" may lose "for children", never "and
effective vaccines": "Promote safe" ends on an adjective, "… the release of those" on a word
that needs what follows. Adjectives are told by their endings (-ous, -ful,
-able, -ical …) and a short list of common ones, less the nouns those endings also make
("proposal", "initiative", "republic").
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Endings that make adjectives far more often than nouns.
_ADJECTIVE_ENDING = re.compile(
    r"(?:ous|ful|able|ible|ical|ial|onal|ural|eral|ental|ive|ic|ary|ent|ant|less|ular)$")
#: Nouns with those endings ("a proposal", "the initiative", "a component").
_NOUNS = _words("""
table cable vegetable variable constable timetable timetables roundtable roundtables turntable
official potential material memorial trial denial initial editorial tutorial chemical national
mineral funeral collateral rental professional general
initiative initiatives objective objectives representative representatives alternative
alternative incentive executive directive perspective motive archive detective native
relative collective narrative offensive explosive
republic public traffic topic clinic logic music mechanic critic graphic electronic
pandemic epidemic panic plastic tactic statistic fabric rhetoric
secretary anniversary summary boundary beneficiary library salary adversary emissary
dignitary commentary itinerary glossary judiciary military dictionary diary sanctuary
vocabulary missionary visionary subsidiary documentary estuary tributary
component content event president resident incident percent student agent client patient
extent intent consent talent parent accent continent opponent constituent respondent
precedent
grant plant participant applicant assistant consultant immigrant migrant merchant tenant
defendant restaurant giant servant
""")
#: Common adjectives without a telling ending.
_ADJECTIVES = _words("""
safe secure fair strong raw stable new wide broad deep vital robust modern healthy timely orderly
friendly likely costly reliable necessary mutual certain greater higher lower great large
small rapid swift steady urgent prompt direct joint complete entire overall cutting-edge
high-quality low-cost multilayered advanced enhanced expanded increased improved sustained
shared continued renewed related based led owned driven focused oriented humanitarian urban
partisan bipartisan nuclear low illegal illicit legal
unjustified unprovoked unwarranted unprecedented unresolved unfounded unauthorized unauthorised
unregulated unreported unlimited unhindered unimpeded uninterrupted unfettered undocumented
""")
#: Words that need what follows them: determiners, auxiliaries, conjunctions, nouns that ask
#: for a complement ("the need (to …)"), verbs that do ("ensure (that …)") and participles
#: that ask for their agent ("meetings co-chaired (by …)").
_NEEDS_MORE = _words("""
a an the this these those that its their our his her my your each every any some no
and or but nor as than to of in on at by for with from into onto over under about
is are was were be been being has have had will would can could shall should may might
must do does did not also very so too
need needs importance necessity ensure ensures ensuring
co-chaired chaired co-hosted hosted led sponsored co-sponsored backed brokered mediated
""")


#: Words after which an adjective completes its phrase: "is necessary", "as appropriate".
_PREDICATE = _words("""
is are was were be been being remain remains remained become becomes became stay stays
as less more most than where when if wherever whenever
""")
#: "both" without the second half of its pair ("with both finance"; "both sides" is whole).
_PAIRED = re.compile(r"\bboth\b(?!\s+(?:of\s+)?(?:our\s+|their\s+|the\s+)?"
                     r"[\w’'-]+s\b)(?![\w\s’'-]*\b(?:and|or|nor)\b)", re.I)


def ends_on_modifier(label: str) -> bool:
    """Whether `label` stops on a word that modifies a head still to come ("… of orderly"),
    or halfway through a pair ("with both finance")."""
    words = re.findall(r"[\w’'-]+", label)
    if not words:
        return True
    if _PAIRED.search(label):
        return True
    last = words[-1]
    lower = last.lower()
    if re.search(r"[’']s?$", label.rstrip()) and not (label.rstrip().endswith("’") and
                                                       "‘" in label):
        return True  # a possessive waits for its noun: "against Russia’s" — not a quote's
        # close: "the ‘Education Exchange’"
    if lower in _NEEDS_MORE and len(words) > 1 and last[:1].isupper():
        return False  # a name, not the function word it spells: "(in) May", "(Mr.) Will"
    if lower in _NEEDS_MORE:
        return not (lower == "will" and len(words) > 1 and
                    (words[-2].lower() in ("the", "political", "good") or
                     words[-2].endswith(("’s", "'s", "ing")) or is_adjective(words[-2].lower())))
    if not last[:1].islower() or not is_adjective(lower):
        return False
    if "-" in lower and len(words) > 2 and (words[-2].lower() == "the" or (
            words[-2].lower() == "and" and words[-3].endswith("-"))):
        return False  # "in the long-term", "in the near- and long-term": a noun here
    if any(w.lower() in _COMPLEMENT_VERBS for w in words[-7:-2]) and \
            words[-2].lower() not in _NEEDS_MORE and not is_adjective(words[-2].lower()):
        return False  # "declaring the mask ban unconstitutional": what the ban was declared
    before = [w.lower() for w in words[:-1]]
    while before and (before[-1] in ("not", "never") or before[-1].endswith("ly") or
                      is_adjective(before[-1]) or before[-1] in ("and", "or")):
        if before.pop() in ("and", "or") and before:
            before.pop()  # "open and fair": the first of a pair of predicates
    return not (before and before[-1] in _PREDICATE)


def is_adjective(word: str) -> bool:
    """Whether `word` (lower case) reads as an adjective: by its ending, a short list, or the
    last part of a compound that only ever modifies a noun ("long-term", "state-owned")."""
    if word in _ADJECTIVES or ("-" in word and word.rpartition("-")[2] in _COMPOUND_ENDS):
        return True
    return len(word) > 5 and bool(_ADJECTIVE_ENDING.search(word)) and \
        word not in _NOUNS and not word.endswith("ment")


#: Verbs whose object is followed by what it is declared or found to be: "declared the ban
#: unconstitutional", "deemed the vote invalid".
_COMPLEMENT_VERBS = _words("""
declare declares declared declaring deem deems deemed deeming render renders rendered rendering
consider considers considered considering
""")
#: Last parts of compounds that modify a noun: "long-term (observers)", "high-level (talks)".
_COMPOUND_ENDS = _words("term level scale income range based led owned run wide")


#: Words in -ing that name an activity or a trade as a noun ("mining", "training"), which a
#: phrase may end on ("cooperation in energy and mining"), unlike a verb that lost its object.
_ING_NOUNS = _words("""
mining shipping training funding financing fishing farming trafficking smuggling poaching
banking housing building processing manufacturing peacekeeping policing licensing planning
marketing engineering broadcasting logging bombing shelling meeting hearing screening
testing computing teaching nursing accounting clothing catering printing packaging
recycling dredging drilling refining warming flooding heating cooling lending borrowing
spending pricing sourcing reporting monitoring auditing budgeting forecasting mapping
modelling modeling labelling labeling trading investing shopping lodging parking boarding
ticketing networking hosting streaming gambling dumping kidnapping hijacking looting
rioting profiling wellbeing understanding offering tendering clearing ranching herding
beekeeping bookkeeping policymaking peacemaking lawmaking decision-making
""")


#: Adjectives in -ing that a phrase may end on as its predicate: "(accept the ruling as final
#: and) binding", "(issues still) outstanding".
_ING_ADJECTIVES = _words("binding outstanding pending ongoing lasting existing remaining")


def ends_whole_in_ing(word: str) -> bool:
    """Whether `word` (lower case), an -ing word, may end a phrase: a noun ("mining",
    "training") or an adjective ("binding"), not a verb that lost its object."""
    return word in _ING_NOUNS or word in _ING_ADJECTIVES

