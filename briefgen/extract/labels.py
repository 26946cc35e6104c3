"""One-line labels a reviewer keeps: an agreement as verb + object, an issue as a noun phrase.

A label is at most 15 words, never clipped with "…", and not the evidence sentence again:
it is cut where a phrase ends (before a relative clause, "including …", "in order to", a
prepositional phrase) rather than after a count of words.
"""

from __future__ import annotations

import functools
import re

from briefgen.extract.clauses import (
    ACT_OF_NOUN,
    APPROVED_ACT_NOUNS,
    COUNT,
    GIVEN,
    LEAD_ADVERBIAL,
    read_commitment,
    single_party,
)
from briefgen.extract.dates.vocabulary import MONTH_ABBR, MONTH_FULL, WEEKDAY_FULL
from briefgen.extract.event_words import SITTING_BODIES
from briefgen.extract.label_words import ends_on_modifier, ends_whole_in_ing, is_adjective
from briefgen.extract.literal_gate import LiteralGated
from briefgen.extract.names import CITY_STATES, find_parties, short_state_names
from briefgen.extract.roles import PARTICLES
from briefgen.extract.word_gate import as_ascii_case

MAX_WORDS = 15
#: The noun that names an act, for a label of what is still to be done: "launched" → "Launch
#: (of the mechanism)", "ratified" → "Ratification (of the accord)".
NOUN_OF_ACT = {
    "launched": "Launch", "opened": "Opening", "reopened": "Reopening",
    "inaugurated": "Inauguration", "completed": "Completion", "finalized": "Finalization",
    "ratified": "Ratification", "delivered": "Delivery", "implemented": "Implementation",
    "introduced": "Introduction", "lifted": "Lifting", "imposed": "Imposition",
    "released": "Release", "published": "Publication", "presented": "Presentation",
    "submitted": "Submission", "unveiled": "Unveiling", "handed over": "Handover",
    "resumed": "Resumption", "disbursed": "Disbursement", "deployed": "Deployment",
    "commissioned": "Commissioning", "built": "Construction", "constructed": "Construction",
    "established": "Establishment", "signed": "Signing", "paid": "Payment", "repaid": "Repayment",
    "adopted": "Adoption", "approved": "Approval", "reviewed": "Review",
    "endorsed": "Endorsement", "confirmed": "Confirmation", "renewed": "Renewal",
    "extended": "Extension", "considered": "Consideration", "examined": "Examination",
    "prepared": "Preparation", "drafted": "Drafting", "drawn up": "Drawing up",
}
#: A label that repeats this share of its sentence's content words is the sentence again.
MAX_COPIED = 0.8
#: Examples a label keeps are a few words: "including critical minerals", not a clause.
MAX_EXAMPLE_WORDS = 5

#: Where a clause stops saying what was agreed and starts saying why, how or what else.
_CLAUSE_END = re.compile(
    r"\s*[;:(—]\s*|\s+[–-]\s+(?=[a-z])|,\s+(?=(?:[\w-]+\s+){1,4}of\s+(?:which|whom)\b)|"
    r",\s+(?=(?:an?\s+|the\s+)?[a-z][\w-]*\s+(?:that|which|who)\b)|"
    r",\s+(?=the\s+(?:first|second|third|latest|last|largest|biggest|planned|proposed)\b)|"
    r",\s+(?:where|when)\b|"
    r",\s+(?=(?:enhancing|levell?ing|granting|creating|enabling|paving|boosting|bringing|"
    r"generating|delivering|unlocking|opening|focusing|focused|centred|centered|aiming|aimed)\s)|"
    # "…, enhancing interoperability", "…, focusing on energy": an effect or an aim
    r",?\s+(?:which|who|whose|whereby|so that|so as to|"
    r"in order to|while|whereas|even as|even though|although|because|as well as|alongside|"
    r"including|such as|especially|"
    r"once|unless|"
    r"provided that|as soon as|as long as|so long as|"
    r"particularly|notably|"
    r"in line with|consistent with|in accordance with|thereby|"
    r"with the (?:aim|goal|objective|purpose) of|"
    r"so (?:we|they|that)|and (?:thereby|so)|and that|and (?:will|would|shall|must|can)|"
    r"and (?:calls|requests|urges|asks|demands|invites|encourages|notes|welcomes|decides|"
    r"stresses|reaffirms))\b|"
    r"(?<=\bto)\s+building\s+on\b|"  # "(commitment) to building on X": no act named
    r"\s+but\s+(?=(?:gave|made|did|left|set|said|took|kept|held|put|[a-z]+ed)\s)|"  # "(agreed
    # to harmonise visa regimes) but gave no timeline": another predicate
    r",\s+(?:resulting in|building on|based on|ensuring|unlocking|wherein|urging|calling|noting|"
    r"stressing|underscoring|emphasi[sz]ing|welcoming|recogni[sz]ing|reaffirming|reiterating)\b|"
    r",\s+(?=(?!including\b)[a-z]+ing\s+(?:a|an|the|their|its|his|her|our|\d))|"
    r",\s+(?=(?:to|by|but|as|with|in|for)\s|on\s+(?:how|whether|what|who|when)\b)|"
    r",\s+(?=an?\s(?![^,;]*,\s+(?:and\s+)?an?\s))|"
    r"\s+(?:after|following)\s+(?=(?:(?:many|several|two|three|\w+teen)\s+)?"
    r"(?:decades|years|months|weeks|days|hours|rounds)\s+of\b|"
    r"(?:the(?:ir)?\s+)?(?:talks|consultations|discussions|negotiations)\b)|"  # when agreed
    r"\s+as\s+(?=(?:they|we|it|he|she)\s)|"
    r",\s+(?:and\s+)?(?=(?:we|they|he|she|it|President|Prime Minister|Secretary|Minister|"
    r"the (?:two |)(?:leaders|sides|ministers|parties))\s)|"
    r",\s+(?=(?:[\w’'.-]+\s+){1,5}(?:said|says|told|added|noted|stated|announced|confirmed)\b)")
#: Where a phrase may be cut: before a comma, a preposition or a conjunction; "of" last.
_PHRASE_CUTS = (
    r",\s+|\s+(?:\w+ed\s+)?(?:to|in|for|through|with|by|on|from|under|across|at|against|"
    r"among|between|during|within|toward|towards|via|into|over|after|before|beyond|"
    r"throughout|and|or|that|than)\s+",
    r"\s+of\s+",
)
#: Words and marks that leave a label hanging when they end it ("… security and").
_DANGLING_WORDS = frozenset({"and", "or", "the", "a", "an", "of", "to", "in", "for", "with",
                             "by", "on", "over", "at", "from", "into", "through", "about",
                             "which", "its", "their", "our", "his", "her", "as", "that",
                             "including", ",", "providing", "allowing", "enabling", "requiring",
                             "covering", "linking", "connecting", "involving", "concerning",
                             "regarding", "targeting", "before", "after", "against", "between",
                             "without", "than", "unless", "because", "while", "whether", "until",
                             "within", "towards", "toward", "among", "amid", "via", "upon",
                             "comprising", "consisting", "containing", "featuring", "starting",
                             "since", "during", "along", "across", "under", "beyond",
                             "throughout", "alongside"})
_DANGLING_MARKS = ",;:.—–-"
_MARKS_BUT_STOP = re.escape(_DANGLING_MARKS.replace(".", ""))
_DANGLING = re.compile(rf"(?:\s+(?:{'|'.join(sorted(_DANGLING_WORDS))}))+$|"
                       rf"(?:(?<!\b(?-i:[A-Z]))\.|[\s{_MARKS_BUT_STOP}])+$",
                       re.I)  # "U.S." keeps its last point
_FUNCTION_WORDS = ("a an the of to in on for and or with by at from as is are was were be been "
                   "its it "
                   "this that their his her over into about after before between both two u s us")
_STOP = frozenset(_FUNCTION_WORDS.split())


def content_words(text: str) -> set[str]:
    """The words that carry meaning (three letters or more, no function words)."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return {w for w in words if w not in _STOP and len(w) > 2}


@functools.lru_cache(maxsize=1024)  # each drafted label is compared with every later one
def words_of_label(label: str) -> frozenset[str]:
    """Every word of a label, in lower case: what two labels of one item share."""
    return frozenset(re.findall(r"[a-z0-9]+", label.lower()))


def copies(label: str, evidence: str) -> bool:
    """Whether `label` repeats most of the content words of its evidence sentence."""
    source = content_words(evidence)
    return bool(source) and len(content_words(label) & source) / len(source) >= MAX_COPIED


#: How many, at a label's start: "thousands of", "about 300", "more than 1,200".
_HOW_MANY = re.compile(r"^(?:(?:tens\s+of\s+)?(?:thousands|hundreds|dozens|millions|scores)\s+of|"
                       r"(?:about|some|nearly|almost|over|more\s+than|at\s+least)\s+[\d,.]+)\s+"
                       r"(?=[a-z])", re.I)


#: A sum between a noun and what it is for: "(an investment) of AUD 50 million (in …)".
_HOW_MUCH = re.compile(r"\s+(?:worth|of)\s+(?:(?:about|some|nearly|over|more\s+than|up\s+to)\s+)?"
                       r"(?:(?:[A-Z]{1,3}\$|\$|€|£|¥|[A-Z]{3}\s+)\s?[\d.,]+(?:\s*(?:million|"
                       r"billion|trillion|bn|m))?|[\d.,]+(?:\s*(?:million|billion|trillion|bn))?\s+"
                       r"(?:yen|euros?|dollars?|pounds?|rupees?|yuan|won|francs?|r[oa]?ubles?))"
                       r"(?=\s+(?:in|for|to|on)\s)")


def fit(text: str, evidence: str = "", limit: int = MAX_WORDS, *,
        first_clause: bool = True, examples: bool = False, compressed: bool = False) -> str:
    """`text` cut to at most `limit` words (see `_fit`); a long name the cut would drop is
    kept by the short form the text gives it ("the seventh meeting of COSBAN in Brasília")."""
    label = _fit(text, evidence, limit, first_clause=first_clause, examples=examples,
                 compressed=compressed)
    if "(" not in text:
        return label
    name = _NAME_AND_SHORT_FORM_GATED.search(text)
    if name:
        shortened = _NAME_AND_SHORT_FORM_GATED.sub(r"\g<short>", text)
    else:  # "the linkage between India's Unified Payments Interface (UPI) and …"
        name = _INITIALLED.search(text)
        shortened = _INITIALLED.sub(_by_initials, text)
        if name and words_of_label(name.group("name").split()[-1]) <= words_of_label(label):
            return label  # kept, if as "UN Disengagement Observer Force"
    if not name or name.group("name") in label or shortened == text:
        return label
    short = _fit(shortened, evidence, limit,
                 first_clause=first_clause, examples=examples, compressed=compressed)
    return short if re.search(rf"\b{re.escape(name.group('short'))}\b", short) else label


#: An institution's name and the short form the text gives it: "(of) the China-Brazil
#: High-Level Coordination and Cooperation Committee (COSBAN)"; a possessive ("Indonesia's
#: Maritime Security Agency") or "and the" begins another name.
_NAME_AND_SHORT_FORM = re.compile(
    r"(?:\bthe\s+)?(?<![\w.’'-])(?P<name>(?:[A-Z][\w-]*\s+"
    r"(?:(?:of|for|on|&)\s+(?:the\s+)?|and\s+(?!the\b))?){2,}"
    r"(?:Committee|Commission|Council|Organi[sz]ation|Partnership|Forum|Fund|Bank|Programme|"
    r"Program|Initiative|Group|Mechanism|Dialogue|Framework|Treaty|Agreement|Union|Association|"
    r"Authority|Agency|Corporation|Conference|Summit|Alliance|Board|Office|Centre|Center))"
    r"\s+\((?P<short>[A-Z][A-Za-z-]{1,9})\)")
_NAME_AND_SHORT_FORM_GATED = LiteralGated(_NAME_AND_SHORT_FORM)
#: Capitalised words and the initials the text gives them: "Unified Payments Interface (UPI)".
_INITIALLED = re.compile(r"(?P<name>(?:[A-Z][\w-]*\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?){1,7}"
                         r"[A-Z][\w-]*)\s+\((?P<short>[A-Z]{2,8})\)")


def _by_initials(found: re.Match) -> str:
    """The short form in place of the words whose initials it spells, the words before them
    kept ("Ghana Revenue Authority (GRA)" → "GRA"); unchanged when the initials differ."""
    short = found.group("short")
    words = list(re.finditer(r"\S+", found.group("name")))
    capitalised_words = [word for word in words if word.group(0)[0].isupper()]
    if len(capitalised_words) < len(short) or \
            "".join(word.group(0)[0] for word in capitalised_words[-len(short):]) != short:
        return found.group(0)
    return found.group("name")[:capitalised_words[-len(short)].start()] + short


def _fit(text: str, evidence: str = "", limit: int = MAX_WORDS, *,
         first_clause: bool = True, examples: bool = False, compressed: bool = False) -> str:
    """`text` cut at the last phrase boundary that leaves at most `limit` words.

    The first clause is kept (what follows "which", "including", "in order to" … goes); then
    trailing phrases go one by one until the label fits and no longer copies most of `evidence`.
    A cut never leaves a name in pieces ("Partnership for | Global Infrastructure"), a list of
    names in part, two nouns without what they share ("the capture | and use of methane") nor
    a lone word after a comma. Only a phrase with no boundary left is cut at `limit` words.
    Without `first_clause`, later clauses stay as long as the text fits. With `examples`,
    a few words of examples after the first clause ("…, including critical minerals") stay
    when they fit, articles dropped if need be. With `compressed`, a text too long loses its
    articles before it loses a phrase (a noun phrase reads well without them). A text that
    would repeat its evidence first loses a verb of degree ("promote deeper …") if what it
    promotes is named in three words or more.
    """
    text = _plain(text).strip(" ,;:—–-")
    if first_clause and examples:
        exemplified = _exemplified(text)
        if exemplified and not _fits(exemplified, evidence, limit):
            exemplified = _compressed(exemplified)
        if exemplified and _fits(exemplified, evidence, limit) and _whole(exemplified):
            return capitalised(exemplified)
    if first_clause:
        text = _without_relative(_clause(text))
    text = _tidy(text)
    if _fits(text, evidence, limit):
        return capitalised(_unmodified(text))
    text = _ENSURED_GATED.sub(_as_attribute, text)
    if _fits(text, evidence, limit):
        return capitalised(_unmodified(text))
    if compressed and word_count(text) > limit:
        text = _compressed(text)
        if _fits(text, evidence, limit):
            return capitalised(_unmodified(text))
    plain = _MANNER_ADVERB.sub("", text)
    if plain != text and _fits(plain, evidence, limit):  # "work (closely) toward the early
        return capitalised(_unmodified(plain))  # holding of …": how goes before what
    purpose = _WORK_TO.sub("", text, count=1)
    if purpose != text and _fits(purpose, evidence, limit) and word_count(purpose) >= 3:
        return capitalised(_unmodified(purpose))  # "(work with Kenya to) expand geothermal
        # power": what the work is for, when the whole is too long or repeats its evidence
    if word_count(text) <= limit and evidence and copies(text, evidence):
        named = _NAMED_ACT.sub("", text)  # "promote deeper information and technology sharing"
        if named != text and _fits(named, evidence, limit) and word_count(named) >= 3:
            return capitalised(named)  # → "Information and technology sharing": what, not how
        act = _VERB_OF_ACT_NOUN.match(text)
        if act and _fits(act.group("act"), evidence, limit) and word_count(act.group("act")) >= 4:
            return capitalised(act.group("act"))  # "fast-track the construction of the ferry
            # link" in a list item of few more words: the act named by its noun
        founded = _FOUNDED.sub("new ", text, count=1)
        if founded != text and _fits(founded, evidence, limit) and word_count(founded) >= 4:
            return capitalised(founded)  # "establish a working group on X" in a list item of
            # few more words: what is new, before the phrase saying what it is for is cut
        uncounted = _HOW_MANY.sub("", text, count=1)  # "(Thousands of) migrants stranded on
        if uncounted != text and _fits(uncounted, evidence, limit):  # the border": who, not
            return capitalised(uncounted)  # how many, before any phrase is cut
        unpriced = _HOW_MUCH.sub("", text, count=1)  # "a joint investment (of AUD 50 million)
        if unpriced != text and _fits(unpriced, evidence, limit) and \
                word_count(unpriced) >= 4:  # in minerals processing": in what, not how much
            return capitalised(unpriced)
    found = (shorter for cut in _PHRASE_CUTS if (shorter := _last_cut(text, cut, evidence, limit)))
    shorter = next(found, None)
    if shorter:
        if content_words(shorter) <= _LIGHT_WORDS:
            # "take further steps for a new age (of …)", not "take … steps"
            shorter = next(found, shorter)
        return capitalised(shorter)
    titled = _shortened_title(text, evidence, limit)
    if titled:
        return capitalised(titled)
    words = text.split()
    while len(words) > 3 and word_count(" ".join(words)) > limit:
        words.pop()
    kept = " ".join(words)
    if kept != text:  # "… in critical minerals (and heavy | rare earths)": a conjunct cut in
        kept = _CUT_CONJUNCT.sub("", kept)  # two is left out whole, as is a name cut in two
    return capitalised(_unmodified(kept))


#: The first words of a conjunct whose rest a cut took: "(… minerals) and heavy", "(… the Rio
#: Branco Institute) and the Venâncio de".
_CUT_CONJUNCT = re.compile(r"(?<=\w)\s+(?:and|or)\s+(?:[\w’'-]+|(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
                           r"(?:\s+(?:(?-i:[A-Z])[\w’'-]*|"
                           rf"{'|'.join(sorted(p for p in PARTICLES if p.islower()))}))*)$")


def _shortened_title(text: str, evidence: str, limit: int) -> str | None:
    """An act on a document whose title is too long ("sign a Memorandum between the Mineral
    Resources Authority of Mongolia and the Polish Geological Institute on cooperation in
    geology"), with the title shortened as a headline does: without the parties it is
    between, then without articles, then up to its last phrase that fits ("sign Arrangement
    on Cooperation in Maritime Search and Rescue | in Río de la Plata …"), never inside one."""
    titled = _ACT_ON_TITLE.match(text)
    if not titled:
        return None
    title = _BETWEEN_PARTIES.sub("", titled.group("title"), count=1)
    head = text[:titled.start("title")]
    if _fits(head + title, evidence, limit):
        return head + title
    compressed = _ACT_ON_TITLE.match(_compressed(head + title))
    if compressed:
        head, title = compressed.group(0)[:compressed.start("title")], compressed.group("title")
    if _fits(head + title, evidence, limit):
        return head + title
    for boundary in reversed(list(_TITLE_PHRASE.finditer(title))):
        shorter = _tidy(head + title[:boundary.start()])
        if word_count(title[:boundary.start()]) >= 2 and _fits(shorter, evidence, limit) and \
                _whole(shorter):
            return shorter
    return None


#: A verb acting on a document named by its title: "sign the U.S.-Australia Framework For …".
_ACT_ON_TITLE = re.compile(r"(?:sign|conclude|adopt|initial|ratify|finali[sz]e|negotiate|"
                           r"implement|renew|extend)\w*\s+(?:(?:the|an?)\s+)?"
                           r"(?P<title>(?-i:[A-Z])[\w.’'-]*\s.+)$", re.I)
#: Who a document is between, which its title may spell out in full: "between the X Authority of
#: Mongolia and the Polish Y Institute" before what it is on.
_BETWEEN_PARTIES = re.compile(r"\s+between\s+.+?(?=\s+(?:on|for|concerning|regarding|in\s+the\s+"
                              r"field\s+of)\s)")
#: Where a title's phrases begin: a preposition after a word of it; not "of", whose noun
#: before it says nothing alone ("for Holders | of Diplomatic Passports").
_TITLE_PHRASE = re.compile(r"(?<=\w)\s+(?:in|on|for|with|to|between|from)\s+")


#: How an act is to be done, which a label too long can do without: "work (closely) toward".
_MANNER_ADVERB = re.compile(r"\s+(?:closely|actively|jointly|fully|swiftly|continuously|steadily|"
                            r"effectively|constructively|promptly|rapidly|quickly|firmly|"
                            r"urgently|expeditiously|vigorously|comprehensively|proactively|"
                            r"mutually)\b(?=\s+[a-z])")


#: Working together, said before what it is for: "(Japan to) work with Kenya to (expand …)".
_WORK_TO = re.compile(r"(?:^|(?<=\bto\s))(?i:w)ork(?:ing)?\s+(?:(?:together|closely|jointly)\s+)*"
                      r"(?:with\s+[^,;]{1,60}?\s+)?to\s+(?=[a-z])")
#: Words that say an act is done but not which: a label of only these says nothing yet.
_LIGHT_WORDS = frozenset({"take", "make", "further", "steps", "measures", "action", "actions",
                          "efforts", "work", "continue", "more", "additional", "necessary",
                          "appropriate", "concrete", "practical", "new"})


def _last_cut(text: str, cut: str, evidence: str, limit: int) -> str | None:
    """`text` cut at the last boundary of the kind `cut` where what is left fits and is whole;
    whether a cut may fall at a boundary is asked only when it is reached."""
    for boundary in reversed(list(re.finditer(cut, text))):
        if not _may_cut(text, boundary):
            continue
        shorter = _tidy(text[:boundary.start()])
        participle = _PARTICIPLE_CUT.match(boundary.group(0))
        if participle and _AUXILIARY_END.search(shorter):  # "(study be) completed | before":
            shorter = _tidy(f"{shorter} {participle.group(1)}")  # the verb stays with "be"
        elif participle:  # "access (severely) | restricted in": the adverb goes with its verb
            shorter = _ADVERB_END.sub("", shorter)
        if not _whole(shorter):
            shorter = _without_postpositive(shorter)
        shorter = _without_stranded_item(shorter, text[boundary.start():])
        if word_count(shorter) >= 3 and _fits(shorter, evidence, limit) and _whole(shorter):
            return shorter
    return None


#: A passive cut from its participle by a boundary that swallows it: "(to) be | completed
#: before": "to be", "that a study be" want the verb they open.
_PARTICIPLE_CUT = re.compile(r"\s+(\w+ed)\s+")
#: An adverb ending a cut, whose verb the cut took: "(access) severely | (restricted)".
_ADVERB_END = re.compile(r"\s+(?!(?:only|early|family|supply|assembly|ally|rally)$)"
                         r"[a-z]{3,}ly$")
_AUXILIARY_END = re.compile(r"\b(?:to|must|should|would|will|shall|could|may)\s+be$|"
                            r"(?<=\bthat\s)(?:\w+\s+){1,6}be$")


def _without_postpositive(text: str) -> str:
    """`text` without an adjective that follows its noun ("the reforms necessary" → "the
    reforms"), which a cut after it leaves waiting for a complement that is gone."""
    words = text.split()
    if len(words) < 4 or words[-1].lower() not in _POSTPOSITIVE or words[-2].lower() in _STOP:
        return text
    shorter = " ".join(words[:-1])
    return shorter if _whole(shorter) else text


#: Words of amount that a comparison with "than" completes: "more (than a metre)".
_COMPARED_AMOUNTS = frozenset({"more", "less", "fewer", "greater", "higher", "lower", "larger",
                               "smaller", "longer", "rather", "other"})
#: Adjectives English puts after their noun: "the means necessary", "the parties concerned".
_POSTPOSITIVE = frozenset({"necessary", "available", "concerned", "involved", "possible",
                           "affected", "required", "needed"})


def _as_attribute(found: re.Match) -> str:
    """"ensuring that the region is free from X" → "the region free from X": the state to be
    ensured, in the fewer words a headline uses; unchanged unless an adjective follows."""
    state = found.group("state")
    return f"{found.group('subject')} {state}" if is_adjective(state.lower()) or \
        state.lower() in _STATES else found.group(0)


#: "ensuring that X is|remains Y": a state of X, said in a clause.
_ENSURED = re.compile(r"\bensur(?:e|es|ed|ing)\s+that\s+(?P<subject>(?:the\s+)?[\w’'-]+"
                      r"(?:\s+[\w’'-]+){0,4}?)\s+(?:is|are|remains?|stays?)\s+(?P<state>[a-z]+)\b")
#: Adjectives of a state to be ensured that `is_adjective` does not know by their ending.
_STATES = frozenset({"free", "safe", "secure", "open", "stable", "clear", "able", "whole"})


def _unmodified(text: str) -> str:
    """`text` without the modifiers it ends on, when it was cut short by what came before."""
    words = text.split()
    while len(words) > 2 and ends_on_modifier(" ".join(words)):
        words.pop()
        words = _tidy(" ".join(words)).split()
    shorter = " ".join(words)
    return _without_stranded_item(shorter, text[len(shorter):]) if text.startswith(shorter) \
        else shorter


def _without_stranded_item(label: str, cut: str) -> str:
    """`label` without its last list item when the cut took what that item is of: "press for
    the cessation of violence(, the release) | of those detained"."""
    head, comma, item = label.rpartition(",")
    if comma and len(item.split()) <= 2 and re.match(r"\s*of\s", cut) and \
            not _numbers_the_next(head, item):
        return _tidy(head)
    return label


def _numbers_the_next(before: str, after: str) -> bool:
    """Whether the words after a comma number the "next" before it: "the next(,) 13th
    meeting" is one noun phrase."""
    return bool(re.search(r"\bnext$", before.rstrip(), re.I) and
                re.match(r"\s*(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\b", after, re.I))


#: "that" opening a relative clause: after a noun, before its verb ("projects that align",
#: "a deal that will provide") — not after a verb of saying or ensuring ("ensure that X …").
_RELATIVE_THAT = re.compile(
    r"(?<=\w)(?P<head>\s+[\w’'-]+)?,?\s+that\s+(?!(?:the|a|an|this|these|those|its|their|our|his|"
    r"her|all|each|every|some|any|no|there|it|they|we|he|she|both|such|[A-Z]\w*)\b)(?=[a-z])")
_THAT_VERBS = re.compile(r"(?:ensur|agre|not|affirm|reaffirm|recogni[sz]|stat|announc|confirm|"
                         r"acknowledg|stress|emphasi[sz]|underscor|decid|believ|hop|expect|"
                         r"say|said|sa|show|demonstrat|determin|insist|request|requir|"
                         r"guarantee|clarif|verif|demand|propos|suggest|claim|assur|warn|"
                         r"allegation|accusation|argument|insistence|condition)\w*$|"
                         r"^(?:so|such|now|given)$", re.I)


def _clause(text: str) -> str:
    """The first clause of `text`, with the examples that give a general noun its content
    ("global challenges, including the war in X")."""
    first = _CLAUSE_END.split(text, maxsplit=1)[0]
    examples = _EXAMPLES.match(text, len(first))
    head = re.split(r"\s+(?:that|which|who)\s+", first, maxsplit=1)[0]
    if examples and _GENERAL.search(head):
        return f"{head}, including {examples.group('examples')}"
    return first


def _exemplified(text: str) -> str | None:
    """The first clause with the few words of examples it names ("remove export curbs on
    commodities, including critical minerals"), or None: they say what the object holds."""
    first = _CLAUSE_END.split(text, maxsplit=1)[0]
    examples = _EXAMPLES.match(text, len(first))
    if not examples:
        return None
    named = _CLAUSE_END.split(examples.group("examples"), maxsplit=1)[0]
    named = re.split(r",\s+(?:that|which|who)\s", named, maxsplit=1)[0]
    head = _without_relative(first)
    if head != first or word_count(named) > MAX_EXAMPLE_WORDS or \
            _GENERAL.search(re.split(r"\s+(?:that|which|who)\s+", first, maxsplit=1)[0]):
        return None  # a general noun's examples are `_clause`'s, whatever their length
    return _tidy(f"{head}, including {named}")


def _compressed(text: str) -> str:
    """`text` without the articles and quantifiers a headline leaves out ("the", "all"), so
    that a label's examples fit in its words."""
    return text[:1] + _DROPPABLE.sub("", text[1:])


_DROPPABLE = re.compile(r"(?<=\s)(?:the|all(?!\s+of\b)|a|an)\s+(?=[\w$“\"])")  # "all of its forms"


#: "including …" after a general noun: the examples say what it is.
_EXAMPLES = re.compile(r",?\s+(?:including|such as)\s+(?P<examples>[^;:(—]+)")
#: Plural nouns that say only what kind of thing follows ("issues", "areas", "challenges").
_GENERAL = re.compile(r"\b(?:issues|areas|challenges|fields|priorities|topics|matters)$", re.I)


def _without_relative(text: str) -> str:
    """`text` up to a relative clause opened by "that", unless the clause is a few words
    that say which thing is meant ("policies that respect dignity")."""
    for found in _RELATIVE_THAT_GATED.finditer(text):
        head = (found.group("head") or "").strip()
        if head and not _THAT_VERBS.search(head):
            clause = text[found.end():]
            kept = text[:found.end("head")]
            state = _COPULA_STATE.match(clause)
            if state and (is_adjective(state.group("state").lower()) or state.group("more") or
                          state.group("state").lower() in _STATES) and \
                    all(_is_state_word(w) for w in _JOINED_WORD.findall(clause)):
                start = state.start("more") if state.group("more") else state.start("state")
                return f"{kept} {clause[start:]}"  # "a Europe (that is) whole and free"
            enabled = _ENABLED.match(clause)
            if enabled:  # "a mechanism that will allow firms to invest …": what it is for
                return f"{kept} for {enabled.group('who')}to {clause[enabled.end():]}"
            whole = f"{kept} that {re.split(r'[,;]', clause)[0]}"
            if (word_count(clause) > 4 or _MODAL.match(clause)) and \
                    (word_count(kept) > 2 and (len(content_words(kept)) > 2 or
                                               word_count(whole) > _WHOLE_WITH_RELATIVE)):
                return _PLACE_OF_WHAT_FOLLOWS.sub("", kept)  # "avoid steps that could
                # stoke unrest" stays whole; ", on the road (that links …)" says no place alone
    return text


#: A relative clause that says what a thing lets someone do: "(a mechanism) that will allow
#: Russian companies to (invest …)" — the label says it is for them to invest.
_ENABLED = re.compile(r"(?:(?:will|would|could|can)\s+)?(?:allow|enable|permit)s?\s+"
                      r"(?P<who>(?:[\w’'-]+\s+){1,4}?)to\s+(?=[a-z])")


#: A place set off after its noun, named only by the relative clause that follows it:
#: "(a border post at X), on the road (that links Y to Z)".
_PLACE_OF_WHAT_FOLLOWS = re.compile(r",\s+(?:on|in|at|near|along|off|by)\s+(?:the|a|an)\s+"
                                    r"[\w-]+(?:\s+[\w-]+)?$")


_MODAL = re.compile(r"(?:will|would|can|could|may|might|must|shall|should)\b")
#: Words of a bare head and its relative clause that a label keeps whole ("refrain from actions
#: that could escalate tensions"); a longer one loses the clause rather than being cut inside it.
_WHOLE_WITH_RELATIVE = 12
#: The first word of each later part of a list: "(whole, free,) and at (peace)".
_JOINED_WORD = re.compile(r"\s(?:and|or)\s+([a-z]+)")


def _is_state_word(word: str) -> bool:
    """Whether a list's part that starts with `word` may still tell a state ("and at peace",
    "and inclusive"), not an act ("and benefit the middle class")."""
    return word in ("at", "in", "more", "fully") or is_adjective(word) or word in _STATES


#: A relative clause that only tells a state: "(a Council that) is more representative".
_COPULA_STATE = re.compile(r"(?:is|are)\s+(?P<more>more\s+)?(?:fully\s+|truly\s+)?"
                           r"(?P<state>[a-z]+)\b")


def _plain(text: str) -> str:
    """`text` without what a headline leaves out: bracketed asides, quantity phrases ("a wide
    range of"), the manner ("in a timely manner"), the urgency ("without further delay"), the
    day it happens ("on Thursday"), who reported it (", officials said") and the steps taken
    to do what is done ("take steps to"); "the United States", "the United Nations", "the
    European Union" and "the Republic of Cyprus" as headlines write them, "the U.S.", "the
    UN", "the EU" and "Cyprus"; words in capitals for emphasis ("a GREAT DEAL") as any others
    ("a Great Deal")."""
    text = short_state_names(_ACRONYM_GATED.sub(_as_acronym, text))
    text = _SHOUTED.sub(lambda run: run.group(0).title(), text)
    text = _QUANTITY_GATED.sub("", _COMMA_ASIDE.sub(" ", _ASIDE_GATED.sub("", text)))
    text = _OVERDUE_GATED.sub("", _MANNER_GATED.sub("", text))
    text = _SOURCE_GATED.sub("", undated(text))
    text = _TAKE_STEPS_GATED.sub("", _TO_BE_SET_GATED.sub("", text))
    text = _WORDY_GATED.sub("", text)
    for name, short in _HEADLINE_NAMES:
        text = name.sub(short, text)
    return _EVALUATIVE_GATED.sub(_without_praise, text)


#: "take all appropriate steps to avoid X" says "avoid X": the steps are the act itself.
_TAKE_STEPS = re.compile(r"\btake\s+(?:all\s+)?(?:(?:the\s+)?(?:necessary|appropriate|concrete|"
                         r"further|effective)\s+)?(?:steps|actions?)\s+to\s+(?=[a-z])", re.I)
#: A date not set yet, which says nothing: "(convene in Accra), on dates to be agreed".
_TO_BE_SET = re.compile(r",?\s+(?:on|at|for)\s+(?:a\s+)?(?:dates?|times?)\s+"
                        r"(?:and\s+(?:a\s+)?venues?\s+)?to\s+be\s+(?:agreed|determined|fixed|"
                        r"decided|set|announced)\b[^,;]*", re.I)
#: Words a headline does without: "a memorandum (of understanding) on energy", "cooperation
#: in (the field of) energy", "coordinate (between their countries) to deter …".
_WORDY = re.compile(r"(?:(?<=memorandum)|(?<=memoranda))\s+of\s+understanding\b|"
                    r"(?<=\bin)\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of(?=\s+[a-z])|"
                    r"\s+between\s+(?:the|our|their|both)\s+(?:two\s+)?(?:countries|nations|sides)"
                    r"(?=\s+(?:to|in|on)\s)",
                    re.I)
#: Words set in capitals for emphasis, two or more in a row: "a NEW GOLDEN AGE".
_SHOUTED = re.compile(r"\b[A-Z]{3,}(?:\s+[A-Z]{2,})+\b")
#: Names as a headline writes them: "U.S." ("the United States of America" stays; "the United
#: States’ decision" is "the U.S. decision"), "UN", "EU".
_HEADLINE_NAMES = ((LiteralGated(re.compile(r"\bUnited States[’']s?(?=\s)")), "U.S."),
                   (LiteralGated(re.compile(r"\bUnited States\b(?!\s+of\b)")), "U.S."),
                   (LiteralGated(re.compile(r"\bUnited Nations\b")), "UN"),
                   (LiteralGated(re.compile(r"\bEuropean Union\b")), "EU"))


def _as_acronym(found: re.Match) -> str:
    """"liquefied natural gas (LNG)" → "LNG": a term spelled out in common words, then the
    short form a headline uses; unchanged unless the words' initials spell the short form,
    and for a name, which a reader knows by its words."""
    acronym = found.group("acronym")
    letters = [c for c in acronym if c.isupper()]
    words = found.group("words").split()
    taken: list[str] = []
    for word in reversed(words):
        taken.insert(0, word)
        initials = [w[0].upper() for w in taken if w.lower() not in _ACRONYM_SKIPS]
        if initials == letters:
            if any(w[:1].isupper() for w in taken):
                break  # a name spelled out stays so: "World Trade Organization (WTO)"
            kept = " ".join(words[:len(words) - len(taken)])
            return f"{kept} {acronym}" if kept else acronym
        if len(initials) > len(letters):
            break
    return found.group(0)


#: Words a short form skips: "Partnership for Global Infrastructure and Investment (PGII)".
_ACRONYM_SKIPS = frozenset({"of", "for", "and", "on", "the", "in", "to", "&"})
#: Words followed by their short form in brackets.
_ACRONYM = re.compile(r"(?P<words>(?:[\w’'-]+\s+){1,10}?[\w’'-]+)\s+"
                      r"\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")


def undated(text: str) -> str:
    """`text` without the day it names ("talks in Oslo on Thursday" → "talks in Oslo"); an
    aside that held only the day goes with its commas ("the last round(, in May,) failed"),
    as does one that held only a deadline ("to award(, by 30 June 2028,) the contract")."""
    return re.sub(r",\s*,", "", _DAY_GATED.sub("", _DEADLINE_ASIDE_GATED.sub("", text)))


_WEEKDAY = f"(?:{WEEKDAY_FULL})"
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b")
#: The date of a signature as a legal text writes it: ", this 19th day of May, two
#: thousand and twenty-six", "this first day of June, in the year of our Lord 2026".
_FORMAL_DATE = (rf",?\s+(?:on\s+)?this\s+[\w-]+\s+day\s+of\s+(?:{MONTH_FULL})"
                r"(?:,?\s+(?:in\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?)?"
                rf"(?:\d{{4}}|{_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*))?")
_MONTH = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\.?)"
#: A deadline set off between commas inside the act it dates: "(to award), by 30 June 2028,
#: (the contract …)".
_DEADLINE_ASIDE = re.compile(rf",\s+(?:by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?"
                             rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}"
                             rf"(?:,?\s+\d{{4}})?|{_MONTH}(?:\s+\d{{4}})?|\d{{4}}),(?=\s)")
#: The last day of a span of days: "(December 18)-19", "(18) to 20".
_TO_DAY = r"(?:\s*(?:[-–]|to)\s*\d{1,2}(?:st|nd|rd|th)?)?"
#: A day the text dates the item by, which the briefing's `when` or date says already; not one
#: that owns a noun ("today's discussion").
_DAY = re.compile(rf"\s+(?:(?:(?:late|early)\s+(?:on\s+)?|(?:on|next|this|last)\s+){_WEEKDAY}"
                  rf"(?:,?\s+(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
                  rf"{_MONTH})(?:,?\s+\d{{4}})?)?|"  # "on Thursday, August 15"
                  rf"on\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?{_TO_DAY}"
                  rf"(?:,?\s+\d{{4}})?|on\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?{_TO_DAY}\s+"
                  rf"(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?|(?:in|next|this|last)\s+{_MONTH}"
                  rf"(?:\s+\d{{4}})?|today|yesterday|(?:(?:later|earlier|early|late)\s+)?(?:next|last|this)\s+"
                  r"(?:week|month)|"
                  rf"in\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks|months))\b(?![’']s\b)|"
                  rf"{_FORMAL_DATE}")
#: Who reported it, closing the clause or set off inside it: ", diplomats said on Thursday",
#: ", she told reporters", "(the sticking point), according to two diplomats, (is …)".
_SOURCE = re.compile(r",\s+(?:(?:[\w’'.-]+\s+){1,7}?(?:said|says|told\s+\w+|reported)|"
                     r"according to [^,;]+)(?:\s+on\s+\w+)?\s*"
                     r"(?:,(?=\s+[a-z])(?!\s+(?:as|while|amid|after|although|though|because|since|"
                     r"when|whereas|but|despite|following|before|which|who|where|with|without|"
                     r"saying|adding)\b)|(?=$|[;.,]))")  # the comma kept before a clause of its own


def _without_praise(found: re.Match) -> str:
    """"a historic accord" → "an accord": the article as the next word sounds."""
    article = found.group("article")
    if not article:
        return ""
    vowel = re.match(r"[aeioAIO]|un", found.group("next"))
    return f"{article[0]}{'n' if vowel else ''} "


def _impersonal(text: str) -> str:
    """The writer's "our"/"their" as "the": "strengthen our ties" → "strengthen the ties"."""
    return _POSSESSIVE.sub("the ", text)


#: A short adverbial set off by commas: "eliminate tariffs, on a preferential basis, on …";
#: or examples set off before what the thing is for: "$560 million in new funding(, including
#: commitments …,) for infrastructure projects along the Corridor".
_COMMA_ASIDE = re.compile(r",\s+(?:on|in|at|by|for|with|under|as|where|when|within|through)\s+"
                          r"(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+(?=(?:on|in|to|for|with|by|at|from)\s)|"
                          r",\s+including\s+[^,;]{1,120},\s+(?=for\s)")
#: Words that praise or stress rather than say what: a briefing's labels stay neutral.
_EVALUATIVE = re.compile(
    r"\b(?:(?P<article>an?)\s+)?(?:historic|landmark|unprecedented|groundbreaking|tremendous|"
    r"incredible|unwavering|steadfast|ironclad|unshakable|unbreakable|unrelenting|truly|"
    r"wholeheartedly)\s+(?=(?P<next>[\w$]+))", re.I)
#: How a thing is done, which a headline leaves out: "in a timely manner", "in a way that …".
_MANNER = re.compile(r",?\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:manner|way|fashion)\b"
                     r"(?:,?\s+(?:that|which)\b[^,;]*)?", re.I)
_QUANTITY = re.compile(r"\b(?:an?|the)\s+(?:(?:wide|broad|whole|full|large|total)\s+)?"
                       r"(?:range|number|variety|series|host|total|array|set)\s+of\s+", re.I)
_POSSESSIVE = re.compile(r"\b(?:our|their)\s+(?!own\b|respective\b)(?=[\w-])")
#: An aside in brackets or between dashes: "(LNG)", "(including articles of …)", "(teams to
#: discuss) — with a view to finalizing — (a plan)".
_ASIDE = re.compile(r"\s*\([^()]*\)|\s+[—–]\s+(?:with|if|where|when|as|whether|including|notably|"
                    r"in\s+(?:particular|principle|turn)|for\s+(?:example|instance))\b"
                    r"[^—–;]{1,60}?\s+[—–](?=\s)")
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")


def _may_cut(text: str, boundary: re.Match) -> bool:
    """Whether a cut here keeps names whole (not between two capitalised words) and a verb
    with its object."""
    before = text[:boundary.start()].split()
    after = re.sub(r"^(?:the|of the)\s+", "", text[boundary.end():]).split()
    if re.fullmatch(r"\s+(?:and|or)\s+", boundary.group(0)) and len(before) > 1 and \
            before[-2].lower() == "to":
        return False  # "to save and protect the forest", "to suspend or remove the measures"
    if boundary.group(0).split()[-1] == "than" and before and \
            before[-1].lower() in _COMPARED_AMOUNTS:
        return False  # "fallen by more | than a metre": an amount wants what it is compared to
    if before and before[-1].lower() == "up" and boundary.group(0).strip() == "to":
        return False  # "up to 14 million cubic meters"
    if len(before) > 1 and before[-2].lower() == "from" and before[-1][:1].isdigit() and \
            boundary.group(0).strip() == "to":
        return False  # "from 50 to 120 megawatts": a range is cut whole or not at all
    if _SHARED_COMPLEMENT.match(text, boundary.start()) and \
            "of" not in (word.lower() for word in before[-3:]):
        return False  # "the capture and use of methane" ("the flow of goods and use of …" may)
    if _INTO_FORCE.match(text, boundary.start()):
        return False  # "on entry | into force"
    if boundary.group(0).strip() == "," and _numbers_the_next(text[:boundary.start()],
                                                               text[boundary.end():]):
        return False  # "the next, | 13th meeting": the number is the next one's
    if boundary.group(0).strip() == "," and _REST_OF_SERIES.match(text, boundary.end()):
        return False  # "between relevant law enforcement, | security, and intelligence
        # agencies": the words before the comma share the noun that ends the series
    names = bool(before and after and _NAME_WORD.fullmatch(before[-1]) and
                 _NAME_WORD.match(after[0]))
    if names and boundary.group(0).strip() in ("in", "at") and \
            re.sub(r"[,.;]$", "", after[0]) in CITY_STATES:
        return True  # "the Strategic Dialogue | in Islamabad": a place, no part of the name
    if names and re.fullmatch(r"\s+(?:through|via)\s+", boundary.group(0)):
        return True  # "the Middle Corridor | through JICA": how, no part of a name
    if names and boundary.group(0).strip() == "at" and text.startswith("the ", boundary.end()):
        return True  # "a Centre of Excellence | at the University of X": where, no part of it
    if names and not boundary.group(0).strip(" ,"):
        return not _REST_OF_NAMES.match(text, boundary.end())
    return not names


#: Two nouns that share what follows the second: "the training and development of …".
_SHARED_COMPLEMENT = re.compile(r"\s+and\s+[\w-]+\s+of\s")
#: The rest of a series of modifiers whose last item carries the plural noun they all qualify:
#: "(law enforcement,) security, and intelligence agencies".
_REST_OF_SERIES = re.compile(r"(?:[a-z][\w-]*,?\s+){1,4}?(?:and|or)\s+[a-z][\w-]*\s+[a-z][\w-]*s"
                             r"(?=[,;.]|$)")
#: The phrase that makes a noun or verb before it a term of art: "entry into force".
_INTO_FORCE = re.compile(r"\s+into\s+force\b")
#: The rest of a list of names or of a name's own list, which a comma does not end:
#: "Germany, | Japan and the Asian Development Bank", "Commission on Economic, | Trade and …".
_REST_OF_NAMES = re.compile(r"(?:[A-Z][\w’'.-]*,?\s+){1,6}?(?:and|or)\s+(?:the\s+)?[A-Z]")


def _whole(label: str) -> bool:
    """A label ends with a whole phrase: not one word after a longer phrase and a comma
    ("address the challenges of the region, protect"); a list of single words may end so."""
    parts = label.split(",")
    return not ends_on_modifier(label) and (
        len(parts) == 1 or len(parts[-1].split()) > 1 or len(parts[-2].split()) <= 2)


def _fits(text: str, evidence: str, limit: int) -> bool:
    return word_count(text) <= limit and not (evidence and copies(text, evidence))


def word_count(text: str) -> int:
    """Words as a reader counts them: "U.S.-made" is three ("U", "S", "made")."""
    return len(re.findall(r"[A-Za-z0-9]+", text))


def _tidy(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _NO_LATER.sub("", _without_dangling_end(text.strip()))
    return re.sub(r"^(?:and|but|or|also|then|that|to)\s+", "", text, flags=re.I)


def _without_dangling_end(text: str) -> str:
    """The text without the words and marks it ends on that leave it hanging. Most texts end
    well, which their last word and mark tell without `_DANGLING` reading them through."""
    last_word = text.rsplit(maxsplit=1)[-1] if text else ""
    text = re.sub(r"(?<!\.)\.\.$", ".", text)  # an abbreviation that ended the sentence
    if _ABBREVIATION_END.search(text):
        return text  # "… in Lima, D.C.": the period is the abbreviation's own
    if text[-1:] in _DANGLING_MARKS or text[-1:].isspace() or \
            as_ascii_case(last_word).lower() in _DANGLING_WORDS:
        return _DANGLING.sub("", text)
    if last_word.endswith("ing") and not ends_whole_in_ing(last_word.lower()):
        text = _LONE_VERB.sub("", text)  # "… equipment and moving": a verb without its object
    purpose = _PURPOSE_TOLD_BEFORE.search(text)
    if purpose and len(text[:purpose.start()].split()) >= 3:
        text = text[:purpose.start()]
    text = _CUT_PHRASE_END.sub("", text)
    text = _PARTICIPLE_CUT_SHORT.sub("", text) if text.endswith("ly") else text
    text = _LEFT_SUBJECT.sub("", text) if text.endswith(_SUBJECT_PRONOUNS) else text
    return _LEFT_PARTICIPLE.sub("", text) if text.endswith(_LEFT_PARTICIPLES) else text


#: The subject of a relative clause whose verb a cut or a date left out: "(commitments) it
#: (made three years ago)".
_SUBJECT_PRONOUNS = (" it", " they", " we", " he", " she")
_LEFT_SUBJECT = re.compile(r"(?<=[a-z]s)\s+(?:it|they|we|he|she)$")


#: A participle left at the end when the words that placed it went: "the unilateral move
#: announced (on Monday by X)", "the figures reported (by the ministry)", "the conference
#: held (in New York)", "(under) a deal signed (on Monday)".
_LEFT_PARTICIPLES = ("announced", "reported", "mentioned", "described", "cited", "signed",
                     "reached", "struck", "concluded", "noted", "unveiled", "outlined", "issued",
                     "released", "published", "held", "hosted", "convened", "organised",
                     "organized", "perpetrated", "committed", "staged", "carried out")
_LEFT_PARTICIPLE = re.compile(r"(?<=[a-z])(?<!\byet)(?<!\bbe)(?<!\bbeen)(?<!\bwas)(?<!\bwere)"
                              r"(?<!\bis)(?<!\bare)(?<!\bnot)(?<!\band)(?<!\bor)\s+"
                              r"(?:" + "|".join(_LEFT_PARTICIPLES).replace(" ", r"\s+") + ")$")
#: The head of a phrase cut before its object: "(program) in keeping (with …)", "(a framework
#: for) how nations (…)" — a phrasal preposition ("with a focus (on …)"), a question word and a
#: word or two after it, a second verb left with only a pronoun: "(manage competition) and
#: prevent it (from …)", or a second noun left without its object: "and their support (for …)".
_CUT_PHRASE_END = re.compile(
    r"\s+(?:in\s+(?:keeping|line|accordance|order|addition|view|light|pursuit|terms)|as\s+part|"
    r"on\s+behalf|with\s+(?:respect|regard)|by\s+means|"
    r"with\s+(?:a|an|the)\s+(?:focus|view|emphasis|aim|goal|objective|purpose|eye)|"
    r"(?:how|what|where|why|whether)(?:\s+(?-i:[a-z])[\w’'-]*){1,2}|,\s+(?:where|when|how)|"
    r"and\s+(?-i:[a-z]+)\s+(?:it|them))$|"
    r",?\s+and\s+(?:the|their|its|our)\s+(?:support|need|importance|commitment|efforts?)$",
    re.I)
#: A purpose that only points back at what was told before: "(strengthen the alliance) to
#: achieve these shared goals", "(… with Ukraine) to support these efforts".
_PURPOSE_TOLD_BEFORE = re.compile(r"\s+to\s+(?:further|support|achieve|advance|expand\s+on|"
                                  r"build\s+on|pursue|realize|realise|meet)\s+(?:these|this|those)"
                                  r"\s+[\w\s-]+$", re.I)
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
#: The first words of a deadline whose date was cut: "… for 2028 no later (than Dec. 1)".
_NO_LATER = re.compile(r"\s+(?:no|not)\s+later$")
_LONE_VERB = re.compile(r",?\s+(?:and|or)\s+[a-z]+ing$")
#: An aside of a participle and its adverb, cut before what it is about: "(a Contact Group),
#: working closely (with the AU)".
_PARTICIPLE_CUT_SHORT = re.compile(r",\s+[a-z]+ing\s+[a-z]+ly$")


def without_stray_quote_marks(text: str) -> str:
    """A label with the marks of a quotation it cut in half left out ("leave El-Obeid “" →
    "leave El-Obeid"); a name quoted whole keeps them ("the exercise “Harbor Shield”")."""
    if text.count('"') % 2 == 0 and text.count("“") == text.count("”"):
        return text
    return " ".join(_QUOTE_MARKS.sub("", text).split())


def capitalised(text: str) -> str:
    """`text` with its first letter upper-case, the rest as written ("U.S." stays)."""
    return text[:1].upper() + text[1:]


def agreement_label(clause: str, evidence: str = "") -> str:
    """A commitment as verb + object: "Establish a working group on energy", "Japan to invest …";
    a view agreed as a headline states it ("agreed that the alliance is vital" → "Alliance
    vital")."""
    label = _NEXT_PREDICATE.split(_agreement_label(clause, evidence), maxsplit=1)[0]
    label = capitalised(re.sub(r"^An?\s+(?=\S)", "", label))  # "(An) MoU on green hydrogen"
    label = _APPOSITION_AT_END.sub(r"\g<head>", label)  # "Reopen the Torkham crossing(, the
    # main trade route between the two countries)": what the thing is, which a headline leaves out
    label = _PARTICIPLE_AT_END.sub("", label)  # "Reopen the land border(, closed for most of
    # the past four years)": its story, likewise
    view = _AGREED_VIEW.match(label)
    if view:
        label = capitalised(_COPULA.sub(" ", label[view.end():], count=1))
    act = label[:1].lower() + label[1:]
    named = pronoun_named(act, evidence[:max(evidence.find(clause), 0)]) \
        if _ACT_ON_A_DOCUMENT.match(act) else act
    if named == act and _STEP_OF_ITS.search(act):  # "(renew the treaty, and begin talks) on its
        named = pronoun_named(act, evidence[:max(evidence.find(" its "), 0)])  # renewal"
    if named != act:  # "welcomed the conclusion of a Memorandum on X and agreed to sign it"
        label = fit(named, evidence)
    passive = _PASSIVE_HEAD.match(label)
    done_to = _DONE_TO.search(clause[:clause.find(label[3:])]) if passive and \
        label[3:] in clause else None
    if done_to:  # "(residents of villages near the frontier) will be allowed to cross …": who
        head = re.split(r"\s+(?:of|within|from|in|at|near|on|for|along|across)\s+",
                        _ARTICLE_START.sub("", done_to.group("what")))[0]  # or what, by its head
        label = fit(f"{head} to {label[0].lower()}{label[1:]}", evidence)
    return label


#: A noun phrase set off at a label's end, saying what the thing before it is.
_APPOSITION_AT_END = re.compile(r"^(?P<head>(?:\S+\s+){2,}\S*[\w)])(?:,\s+(?:the|a|an)\s+"
                                r"(?:[\w’'-]+\s+){1,8}[\w’'-]+)$")
#: A past participle's phrase set off at a label's end, telling the thing's past, not where it
#: is ("headquartered in Kigoma").
_PARTICIPLE_AT_END = re.compile(r"(?<=\w),\s+(?:first\s+|originally\s+|initially\s+)?"
                                r"(?!(?:based|headquartered|located|situated)\b)[a-z]+ed\s+"
                                r"(?:for|since|in|by|at|under|during|after|over)\s+[^,;]+$")
#: A deal reached or signed to do something, which the something names: "(seal a deal to) build
#: a plant", "(sign a deal to) build a railway".
_DEAL_TO_ACT = re.compile(r"^(?:reach|seal|strike|clinch|sign|conclude)\s+(?:an?|the)\s+"
                          r"(?:[\w-]+\s+)?(?:deal|agreement|accord|pact)(?:\s+in\s+principle)?"
                          r"(?:\s+on\s+[A-Z]\w+)?"
                          r"\s+to\s+(?=[a-z]+\s)")
#: An act done to a document: "sign (it)", "implement (it)".
_ACT_ON_A_DOCUMENT = re.compile(r"(?:sign|ratify|conclude|finali[sz]e|implement|adopt|"
                                r"initial)\w*\s", re.I)
#: A document a text names, with what it is on, up to where its phrase stops: "(the conclusion
#: of negotiations on) a Memorandum of Understanding on cooperation in medicine( and …)".
_DOCUMENT_TOLD = re.compile(
    r"\b(?:an?|the)\s+(?P<document>(?:(?!(?:of|on|an?|the)\s)[\w-]+\s+){0,3}?"
    r"(?:memorand(?:um|a)|MoUs?|agreements?|"
    r"treat(?:y|ies)|protocols?|accords?|conventions?|charters?|programmes?|programs?|"
    r"frameworks?|roadmaps?|arrangements?|declarations?)(?:\s+of\s+understanding)?"
    r"(?:\s+(?:on|for|of|concerning|between)\s+(?:(?!(?:is|are|was|were|remains?|has|have|had|"
    r"will|would)\b)[^,;])+?)?)(?=,?\s+(?:and|but)\b|[,;]|$)", re.I)  # not "the draft X (remains"


_IRREGULAR_PARTICIPLES = {"give": "given", "hold": "held", "make": "made", "take": "taken",
                          "pay": "paid", "send": "sent", "build": "built", "begin": "begun",
                          "set": "set", "put": "put", "meet": "met", "sell": "sold",
                          "lay": "laid", "draw": "drawn", "withdraw": "withdrawn",
                          "undertake": "undertaken", "bring": "brought", "seek": "sought",
                          "find": "found", "keep": "kept", "leave": "left", "lead": "led",
                          "choose": "chosen", "write": "written", "do": "done", "see": "seen",
                          "cut": "cut", "shut": "shut", "spend": "spent", "lend": "lent"}


#: A label that opens with a passive verb, naming neither who nor what it is done to.
_PASSIVE_HEAD = re.compile(
    rf"Be\s+(?:[a-z]+(?:ed|en)|{'|'.join(_IRREGULAR_PARTICIPLES.values())})\b")
#: What a passive act is done to, just before it: "(the migration controls) will be (carried
#: out)"; a name that opens it ("Residents", "The migration …") is read case-blind.
_DONE_TO = re.compile(r"(?:^|,\s+|\bwhich\s+|\bthat\s+)(?P<what>(?:the\s+)?"
                      r"(?!(?:which|that|under|where)\b)[\w’'.-]+"
                      r"(?:\s+(?!(?:which|that)\b)[\w’'.-]+){0,9}?)\s+(?:will|would|shall|(?:is|are)\s+to)\s+be\s+$")
#: A view agreed, as the label of what was agreed would say it: "(Agree that the) alliance …".
_AGREED_VIEW = re.compile(r"Agree\s+that\s+(?:(?:the|a|an)\s+)?")
#: The verb "to be" a headline leaves out: "(Iraq’s stability) was (central to …)".
_COPULA = re.compile(r"\s+(?:is|are|was|were)\s+(?!(?:not|to|be|being)\b)")


def _agreement_label(clause: str, evidence: str) -> str:
    clause = _ENUMERATOR.sub("", _QUOTE_MARKS.sub("", clause)).strip()
    clause = _INFINITIVE_ITEM.sub("", clause)  # a list item after "agreed on the following:"
    clause = _TIME_GIVEN_ASIDE.sub(" ", clause)  # "conclude(, within 90 days,) a revised MoU"
    clause = _SIGNED_BETWEEN.sub(r"\g<document> \g<on>", clause)  # "a Memorandum (between the
    # Government of A and the Government of B) on X": the signatories go without saying
    needed = _NEED_STRESSED.match(clause)  # "(stressing the need to) prevent renewed violence"
    if needed:
        clause = re.sub(r"^[a-z]+ing\b", lambda gerund: base_form(gerund.group(0)),
                        clause[needed.end():])  # "(the importance of) maintaining" → "maintain"
    clause = _FOUNDING_ASIDE.sub("", clause)  # "instruct the Authority(, created by the two
    # countries in the 1990s,) to present a plan": the body, not its history
    clause = SUBJECT_BACKGROUND.sub(r"\g<subject>", clause, count=1)  # "The Bank(, which has
    # pledged $300 million,) agreed to fund a study": the study
    clause = _deal_named(_body_named(clause, evidence), evidence)
    clause = re.sub(r"^(?:said|says|added|adds)\s+(?:that\s+)?", "", clause)
    listed = _DOCUMENT_NAMED.search(clause) if re.search(r"\bsign", clause, re.I) else None
    bare = _BARE_DOCUMENT.fullmatch(clause) if re.search(r"\bsign", evidence, re.I) else None
    if listed or bare:  # "witnessed the signing of seven MOUs, namely the MOU on X(; the MOU on
        # Y; …)": each document of the list, signed
        return fit(f"sign {(listed or bare).group('document')}", evidence)
    admitted = _ADMITTED.search(clause)
    if admitted:  # "formally admitted Timor-Leste as its 11th member" → "Admit Timor-Leste as …"
        return fit(f"admit {admitted.group('what')}", evidence)
    founding = _FOUNDING_DOCUMENT.match(clause)
    if founding:  # "Agreement on the Establishment of a Joint Working Group" → "Establish a …"
        return fit(f"{ACT_OF_NOUN[founding.group('act').lower()]} {founding.group('what')}",
                   evidence)
    upgrade = _TIES_UPGRADED.match(clause)
    if upgrade:  # "Upgrade of bilateral relations to a Comprehensive Strategic Partnership"
        return fit(f"upgrade to {upgrade.group('what')}", evidence)
    given = _GIVEN.search(clause)
    if given:  # "confirmed a donation of 5,000 tons of rice" → "Donation of 5,000 tons of rice"
        return fit(clause[given.start("given"):], evidence)
    offer = _OFFER_TO_HOST.search(clause) or _COMMITMENT_OF.search(clause) or \
        _OFFER_ACCEPTED.search(clause)
    if offer:  # "accepted the offer of Tuvalu to host the next meeting" → "Tuvalu to host …"
        amount = offer.groupdict().get("amount")  # "welcomed the pledge by India of USD 5
        act = f"{offer.group('noun').lower()} {amount} to" if amount else "host" \
            if offer.re is _OFFER_TO_HOST else ""  # million to the Fund" → "India to pledge …"
        return fit(f"{offer.group('host')} to {act} {offer.group('what')}".replace("  ", " "),
                   evidence)
    signed = _SIGNED_PASSIVE.match(clause)
    terms = _UNDER_WHICH.match(clause, signed.end()) if signed else None
    named = _NAMED_AFTER_WHAT_IT_IS.search(terms.group("who")) if terms else None
    if named:  # "An agreement was also signed under which the company Sonelgaz will supply X"
        return fit(f"{named.group(0)} to {terms.group('act')}", evidence, examples=True)
    if signed:  # "A memorandum on pilot training was also signed" → "Sign a memorandum on …"
        purpose = signed.group("purpose") or signed.group("purpose2")
        what = signed.group("what") + (f" {purpose}" if purpose else "")
        return fit(f"sign {what[:1].lower()}{what[1:]}", evidence)
    ratified = _RATIFIED.search(clause)
    if ratified:  # "exchanged the instruments of ratification of the Treaty" → "Ratify the …"
        return fit(f"ratify {ratified.group('what')}", evidence)
    exchanged = _EXCHANGED.search(clause)
    if exchanged:  # "witnessed the exchange of agreements on X" → "Exchange agreements on X"
        return fit(f"exchange {exchanged.group('what')}", evidence)
    consensus = _CONSENSUS_ON.search(clause)
    if consensus:  # "reached consensus on advancing the construction of X" → "Advance the …"
        return fit(f"{base_form(consensus.group('act'))} {consensus.group('what')}", evidence,
                   examples=True)
    approved = _APPROVED_ACT.search(clause)
    if approved:  # "approved the establishment of X" → "Establish X"
        verb = ACT_OF_NOUN[approved.group("act").lower()]
        what = _SIGNED_BY.split(approved.group("what"), maxsplit=1)[0] \
            if verb == "sign" else approved.group("what")  # "(the signing of X) by the two
        # ministers": who signed, no part of what
        return fit(f"{verb} {what}", evidence, examples=True)
    passive = _PASSIVE_PLAN.search(clause)
    if passive:  # "(said) the new mechanism will be launched in May"
        return fit(f"{passive.group('subject')} to {passive.group('act')}", evidence)
    agreed = _AGREED_THAT.search(clause)
    if agreed:  # "agreed that the negotiators would meet again" → "Negotiators to meet again"
        who = agreed.group("who")
        doer = "" if ALL_PARTIES.fullmatch(who) else f"{who} to "
        return fit(f"{doer}{agreed.group('act')}", evidence, examples=True)
    under = _UNDER_ITS_TERMS.match(clause)
    named = _NAMED_AFTER_WHAT_IT_IS.search(under.group("who")) if under else None
    if named and not re.search(r"\b(?:from|of|in|to|for|by|with|on|at|and)\s+$",
                               under.group("who")[:named.start()]):  # not "exports from Peru"
        # "Under the memorandum, oil company PDVSA would supply X" → "PDVSA to supply X"
        return fit(f"{named.group(0)} to {under.group('act')}", evidence, examples=True)
    terms = _SIGNED_WITH_TERMS.search(clause) or _DOCUMENT_WITH_TERMS.match(clause)
    if terms:  # "signed a memorandum under which Jordan will supply X" → "Jordan to supply X"
        return fit(f"{_short_names(terms.group('who'))} to {terms.group('act')}", evidence,
                   examples=True)
    included = _DOCUMENTS_INCLUDE.match(clause)
    if included:  # "The agreements signed include memoranda on X and Y" → "Sign memoranda on …"
        return fit(f"sign {included.group('what')}", evidence)
    awaited = _AWAITED_ACT.search(clause)
    named = _deal_told_before(evidence, clause) if awaited else None
    unnamed = _DEALS_TOLD.findall(_before(evidence, clause) + clause[:awaited.start()]) \
        if awaited and not named else []
    if named or unnamed:  # "… on the Air Services Agreement and looked forward to its early
        # signing"; "(concluded) a free trade agreement and looked forward to its signing"
        act = _ACT_OF_AWAITED[awaited.group("act").lower()]
        return fit(f"{act} the {named or unnamed[-1]}", evidence)
    found = read_commitment(clause)
    if found and re.search(r"\b(?:green\s+light|go-ahead)\b", found.cue, re.I) and \
            len(content_words(found.act)) == 1:
        return fit(f"approve {found.act}", evidence)  # "gave the green light to the project"
    single = _SINGLE_OBJECT_CUE.search(found.cue) if found and len(
        content_words(found.act)) == 1 and not _RELATIVE_END.search(found.agent) else None
    if single:  # "agreed to a truce", "pledged to cooperate": one word says little alone
        return fit(f"{single.group(1).lower()} to {found.act}", evidence)
    if found and (len(content_words(found.act)) >= 2 or (
            content_words(found.act) and re.match(r"commitment\b", found.cue, re.I))):
        act = _impersonal(_IMPORTANCE.sub("", _EVALUATIVE_GATED.sub(_without_praise, found.act)))
        act = _DEAL_TO_ACT.sub("", act)  # "(reach an agreement in principle to) extend X"
        owner = _OWNER.match(found.cue)
        if re.match(r"commitment\b", found.cue, re.I) and (
                _HELD.search(found.agent) or (owner and _LEADING_GERUND.match(act))):
            return fit(f"Commitment to {act}", evidence, examples=True)
        if not _starts_with_verb(act):
            cue = _cue_word(found.cue)
            act = re.sub(r"^(?:a|an|the)\s+", "", act, flags=re.I) if not cue else act
            label = fit(f"{cue} to {act}" if cue else act, evidence, examples=True)
            return capitalised(_AGREED_TO.sub("", label))  # "a 72-hour truce": what was agreed
        act = _TIME_SINCE.sub("", _PAST_AFTER.sub("", _plain_verb(_as_verbs(act))))
        act = _body_instructed(act)
        act = _SECOND_PREDICATE.split(act, maxsplit=1)[0]  # "allow access for aid(, and
        # expressed deep concern over …)": the next act of the sentence's subject
        told = _before(evidence, found.cue)
        act = pronoun_named(act, told)
        text = _THE_TEXT.match(act)
        deals = _DEALS_TOLD.findall(told) if text else []
        if deals:  # "negotiations on the visa agreement … to finalise the text": its text
            act = f"{text.group(0)} of the {deals[-1]}{act[text.end():]}"
        caused = _CAUSED_STATE.match(act)
        if caused:  # "have the customs offices at the border fully operational by year-end"
            head = re.split(r"\s+(?:at|in|on|of|for|along|near|across)\s+", caused.group("what"))[0]
            act = f"{_ARTICLE_START.sub('', head)} to be {caused.group('state')}"
        announced = _ANNOUNCED.match(act)
        if announced and re.search(r"announc(?:ed|ement)", found.cue, re.I):
            what = _INTENT_TO.sub("", announced.group("what"))  # "their intention to X": X
            party = single_party(found.agent) if what != announced.group("what") else None
            if party:  # "Japan announced its readiness to host the talks" → "Japan to host …"
                what = f"{party} to {what}"  # `fit` writes "the United States" as "U.S."
            return fit(what, evidence, examples=True)
        agent = owner.group("owner") if owner else found.agent
        if _OWN_GOVERNMENT.fullmatch(agent.strip()):  # "Norway's minister said her government
            agent = clause[:clause.find(found.cue)]  # would …": Norway will
        party = single_party(agent) or _announced_agent(agent)
        party = _agent_phrase(agent) or ("U.S." if party == "United States" else party) or \
            (_reported_agent(agent) if found.reported else None)
        if party and _SUPPORT_FOR.match(act) and _SUPPORT_NOUN.search(clause):
            # "Chile reiterated its support for X": support as a noun, Chile's
            return fit(f"{party}’s {act}", evidence, examples=True)
        if party and _DONE_WITH.match(act) and re.fullmatch(r"[a-z]+ed", found.cue):
            party = None  # "Indonesia signed X with Germany": a deal of both, made; "Peru will
            # sign X with Y" is still "Peru to sign …", a headline of what one side will do
        if party and re.fullmatch(r"signed|launched|inaugurated|concluded", found.cue):
            party = None  # "Japan signed a loan agreement": done, not "Japan to sign …"
        label = fit(f"{party} to {act}" if party else _JOINT_ACT.sub("", act), evidence,
                    examples=True)
        return _without_lone_verb(label, found.act)
    if _SIGNATURE.match(clause):
        return fit(clause, evidence)  # "Signed in Lima, this first day of June, …"
    return fit(_body_instructed(_impersonal(_from_verb(LEAD_ADVERBIAL.sub("", clause)))),
               evidence, examples=True)


def _body_instructed(act: str) -> str:
    """A named body told to act, as the body acting: "instruct the Binational Entity for the
    Tunnel (EBITAN) to present a proposal" → "EBITAN to present a proposal" — by its short name
    where the text gives one, as a headline would."""
    own = _OWN_OFFICIALS_INSTRUCTED.match(act)
    if own and own.group("body") and re.search(r"\bits\b", own.group("act")):
        return f"{own.group('body')} to {own.group('act')}"  # "(instruct the co-chairs of) the
        # Commission to hold its next meeting": whose meeting
    if own:  # "(agreed to) instruct their governments to speed up work on X": the work
        return own.group("act")
    told = _BODY_INSTRUCTED.match(act)
    if not told:
        return act
    return f"{told.group('short') or told.group('body')} to {told.group('act')}"


#: The parties' own officials told to act, who add nothing to what they are to do: "instruct
#: their governments (respective ministries, technical teams) to …", "instruct the co-chairs
#: of the Commission to …".
_OWN_OFFICIALS_INSTRUCTED = re.compile(
    r"(?:instruct|direct|task|mandate)\s+(?:their|our|the)\s+(?:(?:respective\s+|relevant\s+|"
    r"competent\s+)?(?:[a-z]+\s+)?(?:governments|ministries|ministers|teams|officials|"
    r"authorities|agencies|departments|negotiators|experts)|"
    r"(?:co-?)?chairs?\s+of\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[^,;()]{2,90}?))\s+to\s+"
    r"(?P<act>[a-z][^;]*)", re.I)


#: A body named with capitals, told to act: "instruct the Administrative Commission of the
#: River (CARP) to award …".
_BODY_INSTRUCTED = re.compile(
    r"(?:instruct|direct|task|mandate)\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[^,;()]{2,80}?)"
    r"(?:\s+\((?P<short>(?-i:[A-Z])[\w-]{1,9})\))?\s+to\s+(?P<act>(?-i:[a-z])[^;]*)", re.I)


#: Words up to the next break of a clause, past a comma inside a number ("10,000 megawatts").
_UP_TO_CLAUSE_BREAK = r"(?:[^,;]|,(?=\d{3}\b))*"
#: What a party will do under a deal just told of: "Under the memorandum(, signed in Bogota by
#: …,) Venezuelan state oil company PDVSA would supply X".
_UNDER_ITS_TERMS = re.compile(
    r"Under\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(?:memorand(?:um|a|ums)|"
    r"agreements?|deal|accord|protocol|minutes|arrangement|plan|pact|treaty|framework|"
    r"letter\s+of\s+intent)(?:,\s+[^,;]{1,160})?,\s+(?P<who>(?:the\s+)?[^,;]{1,60}?)\s+"
    rf"(?:will|would|shall|(?:is|are)\s+to)\s+(?P<act>[a-z]{_UP_TO_CLAUSE_BREAK})", re.I)
#: How long after an earlier event the act comes, set off after it: "(send the ambassadors
#: back), more than two and a half years after the downing of a drone …".
_TIME_SINCE = re.compile(r",\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|some\s+|about\s+|"
                         r"over\s+)?(?:[\w-]+\s+){0,4}?(?:years?|months?|weeks?|days?|decades?)\s+"
                         r"(?:after|since|before)\b.*$")
#: A second predicate of the subject, after the act: ", and expressed deep concern over X".
_SECOND_PREDICATE = re.compile(r",\s+and\s+(?:also\s+)?(?:expressed|reaffirmed|reiterated|welcomed|"
                               r"noted|called|urged|condemned|stressed|underscored|"
                               r"emphasi[sz]ed|discussed|highlighted)\b")
#: The terms of a document, told after it: "(… was signed,) under which the company Sonelgaz
#: will supply X".
_TERMS = (r"(?:under\s+which|whereby)\s+(?P<who>(?:the\s+)?[^,;\s][^,;]{0,110}?)\s+"
          rf"(?:will|would|shall)\s+(?P<act>[a-z]{_UP_TO_CLAUSE_BREAK})")
_UNDER_WHICH = re.compile(rf",?\s+{_TERMS}")
#: A name told after what it names: "(Venezuelan state oil company) PDVSA".
_NAMED_AFTER_WHAT_IT_IS = re.compile(r"(?<=[a-z] )[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2}$")
#: A document without a name of its own: "(a) memorandum of understanding", "(the) protocol".
_DOCUMENT = (r"(?:memorand(?:um|a|ums)|agreement|deal|accord|letter\s+of\s+intent|protocol|"
             r"communiqu[ée]|document|arrangement)(?:\s+of\s+understanding)?")
#: A document signed without a name of its own and told by its terms, which say what it
#: does: "signed a memorandum of understanding under which Jordan will supply X".
_SIGNED_WITH_TERMS = re.compile(
    r"\b(?:signed|concluded|inked|initial(?:l)?ed)\s+(?:an?|the)\s+(?:(?-i:[a-z])[\w-]*\s+){0,5}?"
    rf"{_DOCUMENT}(?:\s+(?:on|for)\s+[^,;]{{1,40}}?)?,?\s+{_TERMS}", re.I)
#: A document named with its terms, as an item of a list of those signed: "(as well as) a
#: framework agreement under which Spain's Red Eléctrica and Morocco's ONEE will study X".
_DOCUMENT_WITH_TERMS = re.compile(
    r"(?:(?:and|as\s+well\s+as)\s+)?(?:an?|the)\s+(?:(?-i:[a-z])[\w-]*\s+){0,4}?"
    rf"{_DOCUMENT},?\s+{_TERMS}", re.I)
#: The documents signed, told as a list: "The agreements signed include (memoranda on X …)".
_DOCUMENTS_INCLUDE = re.compile(r"(?:the\s+)?(?:agreements|documents|memoranda|deals|accords|"
                                r"instruments)\s+(?:signed|concluded|adopted)\s+"
                                r"(?:include|included|cover|covered)\s+(?P<what>\S.*)", re.I)


#: Documents by their kind, with what they are on and no verb: "the MOU on Food Security".
_DOCUMENT_KIND = (r"(?-i:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:MOUs?|MoUs?|memorand(?:um|a)(?:\s+of\s+"
                  r"understanding)?|agreements?|protocols?|treat(?:y|ies)|accords?|conventions?|"
                  r"arrangements?|letters?\s+of\s+intent)"
                  r"(?:\s+(?:on|for|of|concerning|regarding|between|in)"
                  r"(?:\s+(?!(?:is|are|was|were|will|would|shall|has|have|had|include[sd]?|"
                  r"provides?|obliges?|(?-i:[a-z]+ed))\b)[\w’'().-]+)+)?")
#: The one document a list of those signed names first: "(seven MOUs), namely the MOU on X".
_DOCUMENT_NAMED = re.compile(rf",\s+(?:namely|i\.e\.)\s+(?P<document>{_DOCUMENT_KIND})\.?$", re.I)
#: A list item that is only a document, a signing told before it: "(;) the MOU on Y".
_BARE_DOCUMENT = re.compile(rf"(?:and\s+)?(?P<document>{_DOCUMENT_KIND})\.?", re.I)


def _short_names(who: str) -> str:
    """Bodies as a headline names them: by the short name given in brackets, without the
    state they belong to ("Spain's Red Eléctrica and Morocco's National Office of Electricity
    and Drinking Water (ONEE)" → "Red Eléctrica and ONEE"). The name the short one stands for
    starts after its owner state, or where its capitals are as many as the short name's
    letters ("the Ministry of Trade and Industry (MTI)"), else after the last "and"."""
    for short in reversed(list(re.finditer(r"\s+\(((?-i:[A-Z])[\w-]{1,9})\)", who))):
        before = who[:short.start()]
        starts = [found.end() for found in re.finditer(r"^|\band\s+|,\s+", before)]
        spelled = [at for at in starts
                   if len(re.findall(r"\b(?-i:[A-Z])", before[at:])) == len(short.group(1))]
        owned = list(_OWNER_STATE.finditer(before))
        begun = spelled[0] if spelled else owned[-1].end() if owned else starts[-1]
        who = f"{who[:begun]}{short.group(1)}{who[short.end():]}"
    return _OWNER_STATE.sub("", who)


#: The state a body belongs to, before its name: "(Morocco's) National Office".
_OWNER_STATE = re.compile(r"\b(?-i:[A-Z])[\w-]*[’']s\s+(?=(?-i:[A-Z]))")


#: What the subject has done, told in an aside before its verb: "The Commission(, which has
#: pledged 80 million euros for the project,) urged …".
SUBJECT_BACKGROUND = re.compile(r"^(?P<subject>[^,;]{3,80}),\s+which\s+(?:has|have|had)\s+"
                                 r"[^,;]{3,100},(?=\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b)")
#: How a body named just before came to be, set off by commas: ", created by the two countries
#: in the 1990s,".
_FOUNDING_ASIDE = re.compile(r",\s+(?:created|established|set\s+up|founded|formed|launched|"
                             r"introduced|started|begun|initiated)\s+"
                             r"(?:by|in|under)\s+[^,;]{1,60},(?=\s)")
#: The "To" opening an item of a list of acts agreed ("To reopen the market …"), not a phrase
#: ("To that end, …", "To date, …").
#: The stems of the verbs that stress a need: "stress(ing)", "underscor(ed)".
STRESSING = r"(?:stress|emphasi[sz]|underlin|underscor|highlight)"
#: A need stressed in a participle clause, before the act needed: "(stressing at the same time
#: the need to) prevent renewed violence".
_NEED_STRESSED = re.compile(rf"^(?:and\s+)?{STRESSING}ing\s+"
                            r"(?:(?:at\s+the\s+same\s+time|again|also)\s+)?the\s+(?:need|importance|"
                            r"necessity)\s+(?:to|of)\s+(?=[a-z])", re.I)
#: The time an act is due by, set off between the verb and its object: "(conclude), within 90
#: days, (a revised MoU)", "(award), by 30 June, (the contract)".
_TIME_GIVEN_ASIDE = re.compile(r"(?<=[a-z]),\s+(?:within|by|before|no\s+later\s+than)\s+"
                               r"[^,;]{2,30}?,\s+(?=(?:the|a|an|its|their)\s)", re.I)
#: A document, the signatories it is between, and what it is on: "Memorandum of Understanding
#: between the Government of A and the Government of B on Cooperation in Energy".
_SIGNED_BETWEEN = re.compile(r"\b(?P<document>(?:Memorand(?:um|a)|Agreements?|Protocols?|"
                             r"Arrangements?)(?:\s+of\s+Understanding)?)\s+between\s+(?:the\s+)?"
                             r"[A-Z][^;:]*?\s+and\s+(?:the\s+)?[A-Z][^;:]*\s+"
                             r"(?P<on>(?:on|concerning|regarding)\s+[^;:]+)")
_INFINITIVE_ITEM = re.compile(r"^To\s+(?!(?:that|this|these|those|the|a|an|date|its|their|our|"
                              r"his|her)\b)(?=[a-z]+\s)")
#: A deal made with another party, which names no maker alone once made: "(signed) X with Y".
_DONE_WITH = re.compile(r"(?:sign|conclude|reach|strike|finali[sz]e|ink|agree)\b[^,;]*?\s+with\s+"
                        r"(?:the\s+)?(?-i:[A-Z])", re.I)


#: A government named by whose it is, told before: "(said) her government (would …)".
_OWN_GOVERNMENT = re.compile(r"(?:his|her|their|its)\s+(?:government|country|administration)",
                             re.I)


def _body_named(clause: str, evidence: str) -> str:
    """"its first meeting" as the meeting of the body the sentence sets up before it ("launch a
    Security Dialogue, and to hold its first meeting" → "the first meeting of the Security
    Dialogue"): out of its sentence, "its" names nothing."""
    own = _ITS_SITTING.search(clause)
    if not own:
        return clause
    at = evidence.find(clause[own.start():own.end()])
    bodies = list(_NAMED_BODY.finditer(evidence, 0, at)) if at > 0 else []
    if not bodies:
        return clause
    body = bodies[-1].group("body")
    return f"{clause[:own.start()]}the {own.group('which') or ''}{own.group('sitting')} of the " \
           f"{body}{clause[own.end():]}"


def _deal_named(clause: str, evidence: str) -> str:
    """"this deal" as the deal its sentence names before it ("Recalling the Agreement on
    Reciprocal Trade, … committed to implementing this GREAT DEAL"): out of its sentence, "this"
    names nothing."""
    this = _THIS_DEAL.search(clause)
    name = _deal_told_before(evidence, clause[this.start():this.end()]) if this else None
    if not name:
        return clause
    return f"{clause[:this.start()]}the {name}{clause[this.end():]}"


def _deal_told_before(evidence: str, part: str) -> str | None:
    """The last deal `evidence` names by its title before `part` of it, as a headline names it."""
    names = list(_NAMED_DEAL.finditer(_before(evidence, part)))
    return _BETWEEN_TWO.sub(_joined_parties, names[-1].group("name")) if names else None


def _before(evidence: str, part: str) -> str:
    """What `evidence` says before `part` of it; nothing when `part` is not in it."""
    at = evidence.find(part)
    return evidence[:at] if at > 0 else ""


def _joined_parties(found: re.Match) -> str:
    """"Agreement Between the United States of America and the Republic of Indonesia" →
    "United States-Indonesia Agreement" (which `fit` writes "U.S.-…"), as a headline names a
    treaty; unchanged unless each side is one state."""
    sides = [find_parties(found.group(side), capital_as_state=False) for side in ("one", "other")]
    if any(len(side) != 1 for side in sides):
        return found.group(0)
    return f"{sides[0][0]}-{sides[1][0]} {found.group('kind')}"


#: A deal called by a pointing word: "this GREAT DEAL", "that agreement".
_THIS_DEAL = re.compile(r"\b(?:this|that)\s+(?:(?:great|historic|landmark|new)\s+)?"
                        r"(?:deal|agreement|accord|arrangement)\b", re.I)
#: A deal named by its capitalised title: "the Agreement Between A and B on Reciprocal Trade".
_NAMED_DEAL = re.compile(r"\b(?P<name>(?:[A-Z][\w.’'-]*\s+)*(?:Agreement|Accord|Treaty|"
                         r"Arrangement|Framework|Convention|Protocol|Memorandum)(?:\s+(?:(?:of|the|and|on|for|to|in|[Bb]etween)"
                         r"\s+)*[A-Z][\w.’'-]*)*)")
#: A treaty's title naming its two sides: "Agreement Between A and B (on X)".
_BETWEEN_TWO = re.compile(r"(?P<kind>Agreement|Accord|Treaty|Arrangement|Framework)\s+"
                          r"[Bb]etween\s+(?P<one>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?"
                          r"(?:the\s+)?[A-Z][\w.’'-]*)*?)\s+and\s+(?P<other>(?:the\s+)?"
                          r"[A-Z][\w.’'-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.’'-]*)*?)"
                          r"(?=\s+(?:on|for|to|in)\s|$)")


#: A sitting of a body named before: "its first meeting", "its 169th session".
_ITS_SITTING = re.compile(r"\bits\s+(?P<which>(?:next|first|second|third|\d+(?:st|nd|rd|th))\s+)?"
                          r"(?P<sitting>session|meeting|sitting|round)\b")
#: A body set up in the sentence, by its capitalised name: "(launch) a Japan-Mongolia Security
#: Dialogue". A body named as the one acting is not meant: "The Council (agreed to hold) its …".
_NAMED_BODY = re.compile(r"\b(?:a|an)\s+(?P<body>(?:[A-Z][\w’'-]*\s+){0,5}"
                         rf"(?:{'|'.join(SITTING_BODIES)}|Dialogue|Mechanism|Assembly|"
                         r"Conference))\b")


#: A state to be brought about: "have (the border post) fully operational", "make X ready".
_CAUSED_STATE = re.compile(r"(?:have|make|get)\s+(?P<what>(?:the|a|an|its|their|all)\s+[^,;]+?)\s+"
                           r"(?P<state>(?:fully\s+)?(?:operational|ready|functional|available|"
                           r"open|in\s+place))\b", re.I)
_ARTICLE_START = re.compile(r"^(?:the|a|an|its|their)\s+", re.I)
#: Money or goods given, confirmed or announced: what is given is the news.
_GIVEN = re.compile(rf"\b(?-i:announc|confirm|extend|pledg|committ?)(?:ed|es|s|ing)\s+"
                    rf"(?:(?:a|an|the)\s+)?{GIVEN}", re.I)  # "Extended Credit Facility": a name
#: An act on a text named before, which the parties look forward to: "(looked forward to) its
#: early signing".
_AWAITED_ACT = re.compile(r"\blook(?:ed|s|ing)?\s+forward\s+to\s+(?:its|their)\s+"
                          r"(?:early\s+|speedy\s+|swift\s+|timely\s+)?"
                          r"(?P<act>signing|conclusion|ratification|entry\s+into\s+force)\b", re.I)
_ACT_OF_AWAITED = {"signing": "sign", "conclusion": "conclude", "ratification": "ratify",
                   "entry into force": "bring into force"}


def pronoun_named(act: str, before: str) -> str:
    """The act with "them" or "it" as what the words `before` it told: "noted the negotiations
    on X and directed … to conclude them" → "conclude the negotiations on X"; "endorsed the
    fund … and directed the Secretariat to make it operational" → "make the fund operational"."""
    them = _THEM_AFTER_VERB.match(act)
    told = _TOLD_PLURAL.findall(before) if them else []
    if told:
        return f"{them.group(1)} {told[-1]}{act[them.end():]}"
    it = _IT_AFTER_VERB.match(act)
    documents = [d.group("document") for d in _DOCUMENT_TOLD.finditer(before)] \
        if it and _ACT_ON_A_DOCUMENT.match(act) else []
    told = documents or (_TOLD_SINGULAR.findall(before) if it else [])  # "sign it": the
    # document told last, with what it is on
    if told:
        return f"{it.group(1)} the {told[-1]}{act[it.end():]}"
    step = _STEP_OF_ITS.search(act)
    documents = [d.group("document") for d in _DOCUMENT_TOLD.finditer(before)] if step else []
    if documents:  # "(renew the Ganges Water Treaty, …, and begin talks) on its renewal"
        return f"{act[:step.start(1)]}the {step.group(2)} of the {documents[-1]}{act[step.end():]}"
    its = _ITS_AFTER_VERB.match(act)
    owner = _OBJECT_BEFORE_AND.search(before) if its and _PLURAL_SUBJECT.match(before) else None
    if owner:  # "(The two leaders) welcomed the completion of the gas interconnector and (agreed
        # to) double its capacity": not the leaders', whose would be "their"
        return f"{its.group(1)} the {its.group(2)} of the {owner.group(1)}{act[its.end():]}"
    return act


#: A step in a document's life, said of "it": "(talks on) its renewal".
_STEP_OF_ITS = re.compile(r"\b(?:on|for|of|towards?|about)\s+(its\s+)(renewal|extension|"
                          r"implementation|ratification|revision|review|amendment|signing)\b")
#: An act on "them", told before in its sentence: "(conclude) them (at the earliest)".
_THEM_AFTER_VERB = re.compile(r"([a-z]+)\s+them\b")
#: Things told in the plural that an act may be on: "the negotiations on the CEPA".
_TOLD_PLURAL = re.compile(r"\bthe\s+((?:(?!the\s)[\w()-]+\s+){0,9}?(?:negotiations|talks|"
                          r"discussions|consultations|projects|agreements|measures|proposals)"
                          r"(?:\s+(?:on|for|of)\s+(?:the\s+)?[^,;]+?)?)(?=\s+(?:and|which|that)\b|[,;]|$)")
#: An act on what belongs to "it": "(double) its capacity".
_ITS_AFTER_VERB = re.compile(r"([a-z]+)\s+its\s+([a-z][\w-]*)\b")
#: A subject of more than one, which "its" cannot stand for: "The two leaders", "Peru and
#: Chile", "They".
_PLURAL_SUBJECT = re.compile(r"(?:(?:The|the|Both|both)\s+)?(?:two|both|three|four)\s|"
                             r"The\s+(?:[\w-]+\s+)?(?:leaders|ministers|sides|parties|countries|"
                             r"governments|delegations|presidents)\s|"
                             r"(?:[A-Z][\w-]*\s+){1,3}and\s+(?:the\s+)?[A-Z]|(?:They|We)\s")
#: The object of the act told just before "and": "(welcomed the completion of) the gas
#: interconnector and".
_OBJECT_BEFORE_AND = re.compile(r"\bthe\s+((?:[\w-]+\s+){0,3}?[\w-]*[^\Ws])\s+and\s*$")
#: An act on "it", told before in its sentence: "(make) it (operational)".
_IT_AFTER_VERB = re.compile(r"([a-z]+)\s+it\b(?!\s+(?:is|was|will|would|has|had)\b)")
#: A thing an act may be on, told before as "the …": "the fund", "the new border post".
_TOLD_SINGULAR = re.compile(r"\bthe\s+((?:[\w-]+\s+){0,2}?(?:fund|mechanism|centre|center|"
                            r"office|facility|committee|commission|plan|programme|program|"
                            r"project|corridor|crossing|bridge|railway|port|hotline|platform|"
                            r"framework|roadmap|strategy|post|pipeline|line|road|agreement|"
                            r"memorandum|treaty|protocol))\b")


#: An act on a text told only as "the text": "finalise the text".
_THE_TEXT = re.compile(r"[a-z]+\s+the\s+(?:draft\s+|final\s+)?text(?!\s+of\b)")
#: Deals told in a sentence before an act on their text or a step awaited: "the visa
#: facilitation agreement", "a free trade agreement".
_DEALS_TOLD = re.compile(r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,4}?(?:agreement|treaty|accord|"
                         r"memorandum|convention|protocol|declaration|deal))\b", re.I)
#: A verb in the past joined to the act agreed, which tells what was done: "(agreed to launch
#: a dialogue) and held its first session".
_PAST_AFTER = re.compile(r",?\s+and\s+(?:held|met|took|made|gave|[a-z]+ed)\s+(?:its|their|the|"
                         r"a|an)\b.*$")
#: Support restated, a noun phrase: "(its) strong support for the truce".
_SUPPORT_FOR = re.compile(r"(?:[\w-]+\s+){0,2}support\s+for\b", re.I)
_SUPPORT_NOUN = re.compile(r"\b(?:its|their|his|her|our|the)\s+(?:[\w-]+\s+){0,2}support\s+for\b",
                           re.I)
#: A verb of doing more of something and its degree word, which a headline may leave out
#: when the rest names the act: "promote deeper information sharing" → "information sharing".
_NAMED_ACT = re.compile(r"^(?:promote|foster|pursue|seek|enhance|encourage|facilitate|support|"
                        r"deepen|expand|strengthen|increase|boost|advance)\s+"
                        r"(?:deeper|closer|greater|stronger|further|enhanced|increased|more|"
                        r"broader|wider)\s+", re.I)
#: A verb before the noun of the act it furthers: "(fast-track the) construction of the ferry
#: link", "(speed up the) implementation of the accord".
_VERB_OF_ACT_NOUN = re.compile(r"^[a-z][\w-]*(?:\s+up)?\s+the\s+(?P<act>[a-z]+(?:tion|sion|ment|"
                               r"ance|ence|ure|al)\s+of\s+\S.*)$")
#: A body or scheme set up, named as what is new: "establish a working group on X" → "New
#: working group on X".
_FOUNDED = re.compile(r"^(?:establish|set\s+up|create|form|launch)\s+(?:an?|the)\s+(?:new\s+)?"
                      r"(?=[a-z])", re.I)
#: A joint task named by itself, as a headline names it: "carry out a joint study of X" →
#: "Joint study of X".
_JOINT_ACT = re.compile(r"^(?:carry\s+out|conduct|undertake)\s+(?:an?\s+)?(?=joint\s)", re.I)
#: What was agreed others would do: "agreed that the experts would continue their review", or
#: a list item after "agreed:" ("that the committee would meet within three months").
_AGREED_THAT = re.compile(r"(?:\bagree[ds]?\s+(?:only\s+|also\s+)?|^)that\s+"
                          r"(?:(?:the|their|our|its)\s+)?"
                          r"(?P<who>[^,;]{2,80}?)\s+(?:would|will|should|shall|must)\s+"
                          r"(?:also\s+)?(?:be\s+able\s+to\s+)?(?P<act>(?!be\b)[a-z]+\b.*)", re.I)
#: A doer that stands for all who agreed: "both sides", "they".
ALL_PARTIES = re.compile(r"(?:(?:both|the\s+two|all|our|their)\s+)?(?:sides|parties|countries|"
                         r"nations|leaders|governments|ministers)|they|we|it", re.I)
#: An offer to host, accepted or welcomed: "the offer of Tuvalu to host the 57th meeting".
_OFFER_TO_HOST = re.compile(r"\bthe\s+(?:kind\s+)?(?P<noun>offer)\s+of\s+(?:the\s+)?"
                            r"(?P<host>[\w’'. -]{2,60}?)\s+to\s+host\s+(?P<what>\S.*)", re.I)
#: A party's pledge, commitment or offer, welcomed or noted by others: "(welcomed) the pledge by
#: India of USD 5 million to (the Fund)", "(noted) the commitment of Thailand to (host …)".
_COMMITMENT_OF = re.compile(
    r"\b(?:welcom(?:ed|es|ing)|not(?:ed|es|ing)|acknowledg(?:ed|es|ing)|appreciat(?:ed|es|ing)|"
    r"accept(?:ed|s|ing))\s+(?:with\s+\w+\s+)?"
    r"the\s+(?P<noun>pledge|commitment|offer|undertaking)\s+(?:by|of)\s+(?:the\s+)?"
    r"(?P<host>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})\s+"
    r"(?:of\s+(?P<amount>(?:USD|US\$|\$|€|EUR|£)\s?[\d.,]+(?:\s+(?:million|billion))?|"
    r"[\d.,]+\s+(?:million|billion)\s+(?:dollars|euros))\s+to\s+(?=the\s)|"
    r"to\s+(?=(?-i:[a-z]+)\s)(?![a-z]+ing\s))(?P<what>[^,;]+)", re.I)
#: A party's offer another accepts, by the possessive: "accepted Ethiopia's offer to mediate".
_OFFER_ACCEPTED = re.compile(r"\baccept(?:ed|s|ing)\s+(?P<host>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])"
                             r"[\w.-]*){0,3})[’']s\s+(?P<noun>offer)\s+to\s+(?P<what>[a-z][^,;]*)",
                             re.I)
#: A document said to be signed, in the passive: "A memorandum on X was also signed".
_SIGNED_PASSIVE = re.compile(rf"(?P<what>(?:(?:an?|the|{COUNT})\s+|^)(?:[\w-]+\s+){{0,3}}?"
                             r"(?:memorand(?:um|a|ums)|"
                             r"agreements?|accords?|treat(?:y|ies)|protocols?|declarations?|deals?|"
                             r"pacts?|contracts?|minutes|communiqu[ée]s?|letters?\s+of\s+intent|"
                             r"roadmaps?|conventions?|charters?)\b"
                             r"[^,;]*?)\s+(?:was|were)\s+(?:also\s+)?signed\b"
                             r"(?:\s+(?:on|in|at|during)\s+(?:the\s+)?[\w-]+)?"
                             r"(?:\s+(?P<purpose>to\s+[a-z]\S*.*)|,\s+(?P<purpose2>covering\s+.+))?",
                             re.I)
#: A treaty ratified by the exchange of its instruments.
_RATIFIED = re.compile(r"\binstruments\s+of\s+ratification\s+(?:of|for)\s+(?P<what>\S.*)", re.I)
#: Texts exchanged before the leaders: "witnessed the exchange of agreements on visas".
_EXCHANGED = re.compile(r"\b(?:witness(?:ed|es)?\s+the\s+exchange\s+of|exchanged)\s+(?:the\s+)?"
                        rf"(?P<what>(?:{COUNT}\s+)?"
                        r"(?:an?\s+)?(?:(?!(?:views|on|about)\b)[\w-]+\s+){0,4}?"
                        r"(?:agreements?|memorand(?:um|a)|instruments|documents|MoUs?|"
                        r"MOUs?|protocols?)\b.*)", re.I)
#: A step approved or done, by name: "approved the establishment of the Emergency Center",
#: or an item of a list of such steps ("(announced:) the establishment of a taskforce"),
#: "(the talks) ended with the signing of a memorandum on X", "saw the signing of X", "looked
#: forward to the early signing of X".
_APPROVED_ACT = re.compile(r"(?:\b(?:approve[sd]|endorse[sd]|authori[sz]e[sd]|(?:ended|concluded|"
                           r"culminated|closed)\s+with|saw|witnessed|look(?:ed|s|ing)?\s+forward\s+"
                           r"to)\s+|^)the\s+(?:early\s+)?"
                           rf"(?P<act>{APPROVED_ACT_NOUNS})\s+of\s+(?P<what>\S.*)", re.I)
#: Who signed, after what was signed: "(the signing of X) by Indonesia's Minister of Defence".
_SIGNED_BY = re.compile(r"\s+by\s+(?=(?:the|his|her|their|its|both)\s|(?-i:[A-Z]))", re.I)
#: A consensus reached on an act, told by its gerund: "reached (broad) consensus on (advancing)
#: (the construction of the railway)".
_CONSENSUS_ON = re.compile(r"\breach(?:ed|es)?\s+(?:an?\s+)?(?:broad\s+|important\s+|full\s+)?"
                           r"(?:consensus|understanding)\s+on\s+(?P<act>[a-z]+ing)\s+"
                           r"(?P<what>\S.*)", re.I)
#: A bloc's decision on who joins it: "(formally) admitted (Timor-Leste as its 11th member)".
_ADMITTED = LiteralGated(re.compile(
    r"\badmitted\s+(?P<what>(?-i:[A-Z])[\w’'.-]*(?:[ -](?-i:[A-Z])[\w’'.-]*)*\s+as\s+"
    r"(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:member|observer))\b"))
#: A document that founds a body, by its title: "(Agreement) on the Establishment of (X)".
_FOUNDING_DOCUMENT = re.compile(
    r"(?:an?\s+|the\s+)?(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|MOU|protocol)\s+"
    r"(?:on|for)\s+the\s+(?P<act>establishment|creation|setting\s+up|launch)\s+of\s+"
    r"(?P<what>\S.*)", re.I)
#: Ties raised to a new rank, told as a noun: "(Upgrade of bilateral relations to) a …".
_TIES_UPGRADED = re.compile(r"(?:the\s+)?upgrad(?:e|ing)\s+(?:of\s+)?(?:the\s+)?(?:bilateral\s+)?"
                            r"(?:relations|ties|relationship)\s+(?:to|into)\s+(?P<what>\S.*)",
                            re.I)
#: A thing planned, said in the passive: "the new mechanism should be launched in May", "the
#: deal is expected to be signed next month".
_PASSIVE_PLAN = re.compile(r"(?:(?:^|\b(?:said|says|that)\s+)(?:the|a|an|its|their)\s+|"
                           r"^(?=(?-i:[A-Z])[a-z]+(?:\s+[a-z]+)?s\s))"  # "Tenders for the depot
                           # will be …", "Longstanding restrictions on X will be lifted"
                           r"(?P<subject>(?:(?!(?:that|said|says|agreed|which|who)\s)[\w’'.-]+\s+)"
                           r"{0,6}?[\w’'.-]+)\s+(?:will|would|shall|"
                           r"should|(?:is|are)\s+(?:(?:expected|due|set|scheduled|slated|"
                           r"likely)\s+)?to)\s+(?P<act>be\s+[a-z]+ed\b.*)", re.I)


#: The line that closes a signed text: where (and when) it was signed.
_SIGNATURE = re.compile(r"(?:Signed|Done)\s+(?:at|in)\s+[A-Z]")
#: A title that names a text to be signed: "Joint Declaration …", "… Framework for …".
_TEXT_TITLE = re.compile(r"\b(?:Agreement|Declaration|Communiqu[eé]|Framework|Memorandum|"
                         r"Treaty|Accord|Protocol|Charter|Arrangement|Joint\s+Statement)\b")


def signature_label(sentence: str, title: str) -> str | None:
    """The label of the line that closes a signed text ("Signed in Washington, D.C., this 19th
    day of February"), named by the text's title: "Sign the Joint Declaration on …"; None for
    any other sentence, or a title that names no text."""
    if not _SIGNATURE.match(sentence) or not _TEXT_TITLE.search(title):
        return None
    text = _ARTICLE_START.sub("", title.strip())
    if word_count(text) > MAX_WORDS - 2:  # "Joint Declaration by the Prime Minister of …"
        text = re.split(r"\s+(?:by|between|of\s+the\s+(?:Leaders|Prime|Presidents?|"
                        r"Ministers?|Governments?))\s", text, maxsplit=1)[0]
    return fit(f"sign the {text}")


#: What was announced is the news: "announced a trade deal with X" → "Trade deal with X".
_ANNOUNCED = re.compile(r"announce\s+(?:(?:a|an|the)\s+)?(?P<what>(?:[$€£\d]|[a-z]).*)", re.S)
#: An intent announced before the act it is to: "(announced) their intention to (strengthen X)".
_INTENT_TO = re.compile(r"^(?:(?:the|their|its|our|his|her)\s+)?(?:joint\s+)?(?:intention|intent|"
                        r"plan|plans|decision|readiness)\s+to\s+(?=[a-z])")


def _announced_agent(agent: str) -> str | None:
    """Who acts in "welcomed the announcement that some Gulf partners plan to …": the short
    noun phrase after "that", when it names a party ("Some Gulf partners")."""
    said = re.split(r"\b(?:that|whereby)\s+", agent)
    named = re.sub(r"\s+(?:had|has|have|would|also|both|jointly)$", "", said[-1].strip(" ,"))
    if len(said) < 2 or word_count(named) > 4 or not find_parties(named) or \
            re.search(r"\b(?:we|they|it|he|she)\b", named, re.I):
        return None
    return capitalised(named)


def _without_lone_verb(label: str, act: str) -> str:
    """`label` without a coordinated verb it ends on whose object was cut ("protect the gains
    and work" from "protecting the gains and working with …")."""
    last = re.search(r",?\s+(?:and|or)\s+(?P<verb>[a-z]+)$", label)
    gerunds = re.findall(r"\b(?:and|or)\s+([a-z]+ing)\b", act)
    if last and any(base_form(g) == last.group("verb") for g in gerunds):
        return label[:last.start()]
    return label


def _agent_phrase(agent: str) -> str | None:
    """The agent when a state is only named inside it: "imports from Japan" will … → "Imports
    from Japan to …", so that the label does not make Japan the one that acts."""
    phrase = re.sub(r"\s+(?:has|have|is|are|had)$", "", LEAD_ADVERBIAL.sub("", agent.strip()))
    found = re.fullmatch(r"(?:the\s+)?(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                         r"(?:from|in|of)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*",
                         phrase)
    return capitalised(re.sub(r"^the\s+", "", phrase)) if found and find_parties(phrase) else None


#: "agreed on the importance of maintaining X": what was agreed is to maintain X.
_IMPORTANCE = re.compile(r"^(?:the\s+)?(?:importance|need|necessity)\s+(?:(?:of|for)\s+"
                         r"(?=[a-z]+ing\b)|to\s+(?=[a-z]+\s))", re.I)


def _reported_agent(agent: str) -> str | None:
    """Who is to act in "agreed that their ministers would meet": "Ministers" — a short noun
    phrase (`read_commitment` keeps a pronoun's speaker as the agent instead)."""
    phrase = re.sub(r"^(?:the|their|our|its|his|her|both|all)\s+", "", agent.strip(), flags=re.I)
    return capitalised(phrase) if phrase and word_count(phrase) <= 4 else None


def _from_verb(clause: str) -> str:
    """A clause without a commitment cue, from its main verb: "The two sides took note of
    the deals" → "Take note of the deals"; unchanged when no statement verb leads it."""
    verb = _STATEMENT_VERB_GATED.search(clause[:150]) or _DEAL_VERB.search(clause[:150])
    if not verb or re.search(r"[,;:]|\b(?:which|that|who)\b", clause[:verb.start()]):
        return clause
    base = _STATEMENT_BASE.get(verb.group("verb").lower()) or _DEAL_BASE[verb.group("verb").lower()]
    return base + clause[verb.end():]


#: Verbs of CAMEO's "make public statement" and "consult" classes, in base form.
_STATEMENT_VERBS = ("welcome", "take note", "reaffirm", "affirm", "note", "recognize",
                    "acknowledge", "express", "reiterate", "stress", "emphasize", "underscore",
                    "highlight", "discuss", "review", "support", "endorse", "agree", "hail",
                    "applaud")


#: Verbs of CAMEO's "yield" class, whose clause is a concession made: "lifted its ban on X".
_YIELDING_VERBS = ("settle", "resolve", "lift", "ease", "waive")


#: A deal made, as a timeline tells it in the present: "(A and B) sign the agreement".
_DEAL_BASE = {"sign": "sign", "signs": "sign", "ratify": "ratify", "ratifies": "ratify",
              "initial": "initial", "initials": "initial"}
_DEAL_VERB = re.compile(r"\b(?P<verb>signs?|ratif(?:y|ies)|initials?)\b(?=\s+(?:the|a|an|its|"
                        r"their)\s)")


def _inflections(base: str) -> dict[str, str]:
    """"note" → {"note", "notes", "noted"}; "take note" → "takes note", "took note"."""
    if base == "take note":
        return {form: base for form in ("take note", "takes note", "took note")}
    stem = base[:-1] if base.endswith("e") else base
    plural = base + ("es" if base.endswith(("s", "sh")) else "s")
    forms = {base, plural, stem + "ed"}
    if base.endswith("ize"):
        forms |= {f.replace("iz", "is") for f in forms}
    return {form: base for form in forms}


#: Verbs of a body's decision on a text, which a communiqué puts in the present: "Adopts X".
_ADOPTING_VERBS = ("adopt", "approve")


_STATEMENT_BASE = {form: base for verb in (*_STATEMENT_VERBS, *_YIELDING_VERBS, *_ADOPTING_VERBS)
                   for form, base in _inflections(verb).items()}
_STATEMENT_VERB = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(_STATEMENT_BASE, key=len, reverse=True)) +
    r")\b(?=\s+(?!to\b)[a-z“\"])", re.I)


def _as_verbs(act: str) -> str:
    """An act led by "-ing" verbs in their base form: "further strengthening X and building
    Y" → "further strengthen X and build Y"."""
    lead = _LEADING_GERUND.match(act)
    if not lead:
        return act
    act = act[:lead.start("verb")] + base_form(lead.group("verb")) + act[lead.end("verb"):]
    return _COORDINATED_GERUND.sub(_coordinated_verb, act)


def _coordinated_verb(found: re.Match) -> str:
    """"… and building Y" → "… and build Y", but "a just and lasting peace" keeps its adjective."""
    if not found.group("to") and re.search(r"\b(?:a|an|the)\s+[a-z-]+$",
                                           found.string[:found.start()]):
        return found.group(0)
    return found.group(1) + found.group(3) + base_form(found.group(4))  # "and to moving", "and
    # of implementing": a verb


_NOT_VERB = (r"(?!(?:during|including|regarding|concerning|according|following|pending|"
             r"nothing|something|anything|everything)\b)")
_LEADING_GERUND = re.compile(rf"(?:(?:[a-z]+ly|further|also)\s+)?{_NOT_VERB}"
                             r"(?P<verb>(?:[a-z]+-)?[a-z]+ing)\b")  # "de-escalating" too
_COORDINATED_GERUND = re.compile(
    rf"(,?\s+(?:and|or)\s+)(?P<to>(?:to|of)\s+)?((?:(?:[a-z]+ly|further|also)\s+)?){_NOT_VERB}"
    r"([a-z]+ing)\b"
    r"(?=\s+[a-z“\"$\d])")


def _plain_verb(act: str) -> str:
    """The plain word a headline uses for a formal verb: "purchase" → "buy"."""
    verb = act.split()[0] if act.split() else ""
    plain = _PLAIN_VERBS.get(verb.lower())
    return plain + act[len(verb):] if plain else act


_PLAIN_VERBS = {"purchase": "buy", "utilize": "use", "utilise": "use", "commence": "begin",
                "endeavor": "try", "endeavour": "try", "terminate": "end"}


#: One party's commitment, held and restated ("reaffirmed the United States’ commitment to
#: X", "the commitment of the United States to ensuring X"): a standing position, labelled
#: "Commitment to X" rather than as a new act.
_HELD = re.compile(r"(?:’s|'s|s’|s')\s+(?:\w+\s+)?$")
#: "the commitment of the United States to …": who holds it.
_OWNER = re.compile(r"\w+ of (?P<owner>.+) to$", re.I)
_QUOTE_MARKS = re.compile(r"[“”\"]")
_ENUMERATOR = re.compile(r"\((?:[ivx]+|[a-z]|\d+)\)\s*")
_DETERMINERS = re.compile(r"(?:the|a|an|its|their|our|his|her|this|these|those|all|any|each|"
                          r"every|such|both|further|increased|greater|new|more|shared|joint|"
                          r"mutual|common|continued|strong|close|closer|deeper|enhanced|"
                          r"\w+(?:al|ic|ive|ous|ful)|\w+’s|\w+'s)$", re.I)


def _starts_with_verb(rest: str) -> bool:
    """"establish a group" reads as a verb phrase; "the denuclearization of X" does not."""
    if re.match(r"(?:[a-z]+ly|further)\s+[a-z]+ing\b", rest):
        return True
    first, *after = rest.split()[:2]
    if is_adjective(first.lower()) and first.lower() not in _ALSO_VERBS and after and \
            not _DETERMINERS.match(after[0]):
        return False  # "nuclear arms control", "bilateral trade"
    return first[:1].islower() and first[:1].isalpha() and not _DETERMINERS.match(first) \
        and (not _NOUN_ENDING.search(first) or first.lower() in _VERBS_LIKE_NOUNS)


#: Adjectives that are verbs too: "(to) lower duties", "secure the release", "complete X".
_ALSO_VERBS = frozenset({"secure", "lower", "complete", "direct", "low", "steady", "prompt"})
#: Endings of nouns that never begin a verb phrase ("immigration policies", "supplies").
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|[^su]s)$")
#: Verbs with those endings, common in commitments: "enhance cooperation", "finance a study".
_VERBS_LIKE_NOUNS = frozenset({"enhance", "advance", "finance", "balance", "influence",
                               "commence", "experience", "evidence", "reference", "sentence"})


#: "Agree to" before what was agreed, a noun phrase: "(Agree to a) 72-hour truce".
_AGREED_TO = re.compile(r"^Agree\s+to\s+(?:(?:a|an|the)\s+)?")


#: A relative clause's opening, which the commitment after it belongs to: "X, which Biden
#: (committed to intensify)": X is what is committed to.
_RELATIVE_END = re.compile(r"\b(?:which|that|who|whom)\b[^,;]*$", re.I)
#: A cue whose one-word object needs it: "agreed to (a truce)", "pledged to (cooperate)".
_SINGLE_OBJECT_CUE = re.compile(r"\b(agree|commit|pledge)(?:d|s|ted|ed)?\s+(?:(?:both|the\s+two)\s+"
                                r"(?:sides|parties|countries)\s+)?to$", re.I)


def _cue_word(cue: str) -> str:
    """The word a noun-phrase object follows: "recommitted to X" → "Recommit to X"."""
    if re.search(r"\bcommitments?\b", cue, re.I):
        return "Commitment"
    if re.search(r"\brecommit", cue, re.I):
        return "Recommit"
    if re.search(r"\bpledge", cue, re.I):
        return "Pledge"
    if re.search(r"\bagree", cue, re.I):
        return "Agree" if cue.rstrip().endswith("to") else ""
    return ""


#: Verb stems that keep a final "e" before "-ing" ("ensur" + "e"), by their ending.
_E_STEM = re.compile(r"(?:[^aeiou](?:at|it|ut|ot|id|in|iv|ov|uc|ur|ir|ar|os|ak|ag)|"
                     r"[aeiou]?(?:nc|rc|ang|eng|rv|lv|ev|iz|is|ys|bl|pl|dl|tl|gl|kl|ac|ic|ud|ag|sum)|"
                     r"[^aeiou]u|^us|^tak|^mak|(?:pl|st|gn|sc)or|[^t]her|[^f]fer|eas|(?:pl|mp|el)et)$")
_NOT_E_STEM = {"combat", "visit", "limit", "exhibit", "credit", "edit", "deposit", "audit",
               "benefit", "profit", "focus", "bring", "bless", "ring", "sing", "swing", "cling",
               "fling", "sting", "spring", "string", "wing", "happen", "open", "begin", "join",
               "maintain", "contain", "obtain", "attain", "sustain", "retain", "explain",
               "remain", "train", "gain", "claim", "boycott", "pilot", "target", "market",
               "budget", "plan", "spin", "usher"}
_IRREGULAR = {"being": "be", "having": "have", "doing": "do", "dying": "die", "lying": "lie",
              "tying": "tie", "seeing": "see", "agreeing": "agree", "guaranteeing": "guarantee"}


def base_form(gerund: str) -> str:
    """The base form of an "-ing" verb: "ensuring" → "ensure", "getting" → "get"."""
    lower = gerund.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    stem = lower[:-3]
    if not re.search(r"[aeiouy]", stem):
        return gerund  # "bring", "spring", "thing": no gerund, since no syllable is left
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



def past_participle(verb: str) -> str:
    """"publish" → "published", "agree" → "agreed", "ratify" → "ratified", "hold" → "held"."""
    lower = verb.lower()
    if lower in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[lower]
    if lower.endswith("e"):
        return lower + "d"
    if re.search(r"[^aeiou]y$", lower):
        return lower[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]|\w*(?:mit|cur|pel|gret|trol)|"
                    r"(?:re|pre|con|trans)fer|deter", lower):
        return lower + lower[-1] + "ed"  # "stop" → "stopped", "submit" → "submitted"
    return lower + "ed"


#: An act urged "without further delay": overdue, so still undone.
OVERDUE = re.compile(r",?\s+without\s+(?:any\s+)?(?:further|undue|more)\s+delay\b,?", re.I)
#: The overdue act as verb and object: "publish (without further delay) the voter register",
#: "agree (…) on the legal framework".
_OVERDUE_ACT = re.compile(r"(?P<verb>[a-z]+)\s+(?:on\s+|to\s+|with\s+)?"
                          r"(?P<what>(?:the|a|an|its|their|all|new)\s+.+)")


def overdue_label(request: str) -> str | None:
    """"publish without further delay the final voter register" → "Final voter register not
    yet published"; None unless the request says it is overdue."""
    if not OVERDUE.search(request):
        return None
    act = _OVERDUE_ACT.fullmatch(OVERDUE.sub("", request).strip(" ,.;"))
    if not act or act.group("verb") in _STOP:
        return None
    what = re.sub(r"^(?:the|a|an)\s+", "", act.group("what"))
    what = re.split(r",?\s+and\s+(?=[a-z]+\s+(?:the|a|an|its|their|all|[a-z]+(?:tion|ment)\b))",
                    what)[0]  # "close all gaps (and commence implementation)": the first act
    return capitalised(f"{what} not yet {past_participle(act.group('verb'))}")


#: The preposition that joins an issue's cue to its matter, left at the matter's start.
_CUE_PREPOSITION = re.compile(r"^(?:over|about|regarding|concerning)\s+(?=\S)"
                              r"(?![\d$€£]|(?:an?|one|two|three|four|five|six|seven|eight|nine|"
                              r"ten|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|"
                              r"half)\b)", re.I)  # not "about (three hundred nationals)": how many
#: How a matter is to be settled, after it: "(the boundary question) through dialogue",
#: "(…) peacefully" — the way to a remedy, not the matter.
_MEANS_END = re.compile(r",?\s+(?:(?:through|via|by)\s+(?:peaceful\s+|diplomatic\s+)?(?:dialogue|"
                        r"negotiations?|diplomacy|means|talks|consultations?)|peacefully|amicably|"
                        r"diplomatically)(?:\s+and\s+[\w\s]{1,40})?$", re.I)
#: What precedes the topic of an issue and is not part of it.
_ISSUE_LEAD = re.compile(
    r"^(?:(?:including|and)\s+)?(?:(?:the|a|an)\s+)?(?:(?:importance|need|necessity|"
    r"significance|imperative)\s+(?:of\s+|to\s+(?=(?:address|resolve|end|counter|combat|"
    r"tackle|confront)\s))|"
    r"(?:maintaining|ensuring|upholding|preserving|promoting|addressing|resolving|ending|"
    r"securing|protecting|countering|combating|combatting|tackling|confronting)\s+|"
    r"(?:address|resolve|end|counter|combat|tackle|confront)\s+(?=(?:the|a|an)\s|(?-i:[A-Z]))|"
    r"(?:an\s+)?(?:immediate\s+|permanent\s+|swift\s+)?end\s+to\s+)+",
    re.I)


#: A verb of removing or averting before the harm it acts on: "remove all impediments to X",
#: "refrain from provocations", or the remedy sought for it: the harm is the issue.
_REMEDY_LEAD = re.compile(r"^(?:(?:further\s+)?(?:eliminate|remove|prevent(?![^,;]*\sfrom\s)|"
                          r"reduce|deter|stop|curb|"
                          r"refrain\s+from|overcome|halt|avoid|eradicate)\s+"
                          r"(?!(?:of|to|and|in|on|by|for|with)\b)|"
                          r"(?:an?\s+|the\s+)?(?:(?:durable|lasting|peaceful|political|negotiated|just|"
                          r"comprehensive|swift|sustainable|permanent)\s+)?(?:solution|settlement|end)"
                          r"\s+(?:to|of)\s+)(?:(?:all|any|the|its|their)\s+)?",
                          re.I)  # "(a durable solution to) the crisis in Haiti": the crisis
#: A harm said as a clause, "supply disruptions further interrupt trade in X": as a noun
#: phrase, "supply disruptions to trade in X" (verbs of CAMEO's coercion and damage classes).
_HARM_CLAUSE = re.compile(
    r"^(?P<harm>(?:[\w’'-]+\s+){0,5}?(?:disruptions?|threats?|damage|risks?|barriers?|"
    r"obstacles?|shocks?|shortages?))\s+(?:(?:further|also|\w+ly)\s+)?"
    r"(?:interrupt|disrupt|threaten|affect|hit|hamper|hinder|undermine|harm|endanger|impede|"
    r"jeopardi[sz]e|damage|constrain|restrict|block)(?:s|es|ed)?\s+(?=\S)", re.I)


#: How wholly, after what is rejected: "the decision (in its entirety)".
IN_FULL = re.compile(r"\s+(?:in\s+(?:its|their)\s+entirety|in\s+full|outright|wholesale)[\s.]*$")
#: What must be done to the issue, after it: "migration costs (must be brought down)".
_TO_BE_DONE = re.compile(r"(?<=\w)\s+(?:must|should|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:still\s+)?"
                         r"be\s+[a-z]+\b.*$", re.S)


def issue_label(phrase: str, evidence: str = "", limit: int = MAX_WORDS) -> str:
    """An issue as a noun phrase: "the importance of maintaining peace in X" → "Peace in X"."""
    phrase = _DANGLING.sub("", _QUOTE_MARKS.sub("", phrase).strip(" ,;:"))
    phrase = _CUE_PREPOSITION.sub("", phrase)  # 'expressed "serious concern" (over) X': the
    # quotation marks kept the cue's preposition from it
    phrase = _MEANS_END.sub("", _REMEDY_LEAD.sub("", _ISSUE_LEAD.sub("", phrase)))
    phrase = _AS_NAMED.sub("", _EVENT_LEAD.sub("", phrase))
    phrase = _HARM_CLAUSE.sub(r"\g<harm> to ", phrase, count=1)
    if not re.match(r"(?:how|whether|who|what|when|where|which)\s", phrase, re.I):
        phrase = _TO_BE_DONE.sub("", phrase)  # a question keeps its verb: "how the dam should
        # be filled and operated"
    phrase = IN_FULL.sub("", phrase)
    phrase = re.sub(r"^(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+)?(?:the|a|an|any|every|"
                    r"each|all(?:\s+(?:forms|kinds|types)\s+of)?)\s+",
                    "", phrase, flags=re.I)  # "(opposes) any unilateral change": the change
    phrase = _NEXT_PREDICATE.split(phrase, maxsplit=1)[0]
    phrase = _VERB_OF_THE_TOPIC.split(phrase, maxsplit=1)[0]
    threat = _THREAT_LISTED.match(phrase)
    phrase = threat.group("threat") if threat else phrase
    phrase = _AHEAD_OF.sub("", _HOW_SOON.sub("", phrase))
    act = _ACT_ON_AN_OBJECT.match(phrase)
    noun = NOUN_OF_ACT.get(past_participle(act.group("verb").lower())) if act else None
    if noun:  # "(did not agree to) reopen the Agreement" → "Reopening of the Agreement"
        phrase = f"{noun} of {phrase[act.end('verb'):].strip()}"
    return fit(_ONGOING.sub(r"\g<owner>", phrase), evidence, limit, compressed=True)


#: A verb opening an issue, with its object: "reopen the Agreement", "lift the sanctions".
_ACT_ON_AN_OBJECT = re.compile(r"(?P<verb>[a-z]+)\s+(?=(?:the|its|their|this|these|those)\s)")


#: Who named the matter so, which a headline leaves to the evidence: "(what it called) a
#: dangerous manoeuvre", "(what Beijing described as) repeated incursions".
_AS_NAMED = re.compile(r"^(?:(?:to|over|at|against|about)\s+)?what\s+(?:[\w’'.-]+\s+){1,3}?"
                       r"(?:called|calls|termed|terms|branded|brands|dubbed|described\s+as|"
                       r"describes\s+as|sees\s+as|saw\s+as)\s+", re.I)
#: The word that sets a matter as the time of a protest: "(protested) after (ships fired …)".
_EVENT_LEAD = re.compile(r"^(?:after|following)\s+(?=\S)", re.I)  # not "when": a question


#: The meeting an issue is told before, which is when, not what: "(krill quotas) ahead of the
#: CCAMLR meeting in Hobart".
_AHEAD_OF = re.compile(r",?\s+(?:ahead\s+of|in\s+the\s+(?:run|lead)-?up\s+to)\s+"
                       r"(?:the|a|an|next|this|its|their)\s+[^,;]+$", re.I)


#: How soon a demand wants its matter dealt with, which names no matter: "(release of the crew)
#: immediately".
_HOW_SOON = re.compile(r"[,\s]+(?:immediately|at\s+once|without\s+(?:any\s+)?(?:further\s+)?delay|"
                       r"unconditionally|forthwith)\W*$", re.I)


#: A threat named first in a list of what else a step is based on: "(the) threat from ISIS(,
#: operational and environmental requirements, and bolstering …)" — the threat is the issue.
_THREAT_LISTED = re.compile(r"(?P<threat>threats?\s+(?:from|of|posed\s+by)\s+[^,;]+),\s+"
                            r"(?:and\s+)?(?-i:[a-z])[^,;]+,", re.I)  # not "from Iran, Russia, …"


#: A verb told by the pronoun it governs, after the issue it has for subject: "(the threat of
#: climate change and security challenges facing the region) summon us (with …)" — not one
#: the issue holds after "to" ("Russia's refusal to release him").
_VERB_OF_THE_TOPIC = re.compile(r"(?<!\bto)\s+(?-i:[a-z]+)\s+(?:us|them|him|me)\b")


#: A second verb of the sentence's subject, joined after the issue it names: "(condemn)
#: terrorism in all its forms and pledge to work together" — the issue ends before it.
_NEXT_PREDICATE = re.compile(r",?\s+and\s+(?:reaffirm|reiterate|emphasi[sz]e|underscore|urge|"
                             r"commit|welcome|express|acknowledge|recogni[sz]e|echo|vow|"
                             r"pledge(?!\s+of)|call\s+(?:on|upon|for)|look\s+forward\s+to|"
                             r"(?:had|has|have)\s+(?:also\s+)?[a-z]+ed|"  # "and had instructed"
                             r"(?:together\s+|also\s+)?(?:we|they)\s)\b")


#: That a problem goes on, which an open issue says already: "(Russia's) continued strikes".
_ONGOING = re.compile(r"^(?P<owner>(?:[\w.-]+(?:’s|'s)\s+)?)(?:continued|continuing|ongoing|"
                      r"recent|persistent)(?:\s+and\s+(?:intensified|intensifying|increased|"
                      r"increasing|escalating|escalated|growing|repeated|heightened|expanded))?"
                      r"\s+(?=[a-z])", re.I)  # "continued and intensified (attempts)"


#: The patterns read over every label, each run only on a text holding a piece of text it needs.
_RELATIVE_THAT_GATED = LiteralGated(_RELATIVE_THAT)
_QUANTITY_GATED = LiteralGated(_QUANTITY)
_MANNER_GATED = LiteralGated(_MANNER)
_ACRONYM_GATED = LiteralGated(_ACRONYM)  # costly to try at every word; most texts hold no "("
_ASIDE_GATED = LiteralGated(_ASIDE)
_SOURCE_GATED = LiteralGated(_SOURCE)
_EVALUATIVE_GATED = LiteralGated(_EVALUATIVE)
_DAY_GATED = LiteralGated(_DAY)
_DEADLINE_ASIDE_GATED = LiteralGated(_DEADLINE_ASIDE)
_TAKE_STEPS_GATED = LiteralGated(_TAKE_STEPS)
_WORDY_GATED = LiteralGated(_WORDY)
_OVERDUE_GATED = LiteralGated(OVERDUE)
_TO_BE_SET_GATED = LiteralGated(_TO_BE_SET)
_ENSURED_GATED = LiteralGated(_ENSURED)
_STATEMENT_VERB_GATED = LiteralGated(_STATEMENT_VERB)
