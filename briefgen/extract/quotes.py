"""Quotations and who said them: the speaker is the one the sentence names, or no one.

A quotation's speaker comes from the attribution nearest to it in its sentence: a verb of
saying with its subject ("Jane Roe said", "she added", "said the Secretary"), "according to
X", or a possessive speech noun ("Roe’s message of …"). A pronoun stands for the person named
last before it; a role ("the First Lady") for the one person holding it. In a transcript a
turn ("MR. ROE: …", "Q: …") gives the speaker of what follows. Otherwise the speaker is
unknown (None) rather than guessed from whoever was mentioned last.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from briefgen.extract.labels import capitalised
from briefgen.extract.people import Person, same_person, turn_speaker
from briefgen.extract.phrases import standing_alone

_QUOTE = re.compile(r"[“\"]([^”“\"]{3,600})[”\"]")
_SAYING = (
    r"said|says|say|saying|told|tells|added|adds|noted|notes|stated|states|explained|declared|"
    r"remarked|wrote|writes|posted|tweeted|stressed|emphasi[sz]ed|underscored|asserted|insisted|"
    r"argued|warned|urged|implored|challenged|called|calling|described|describing|"
    r"characteri[sz]ed|characteri[sz]ing|replied|responded|continued|concluded|observed|"
    r"affirmed|acknowledged|recalled|promised|vowed|repeated|reiterated|highlighted|announced|"
    r"asked|welcomed|hailed|praised|termed|dubbed|according to"
)
_CUE = re.compile(rf"\b(?P<according>[Aa]ccording to)\b|\b(?P<verb>{_SAYING})\b|"
                  r"(?P<owner>['’]s) (?:message|remarks|words|statement|speech|post|address|"
                  r"letter)\b|(?P<colon>:)(?=\s)")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_ROLE_REFERENCE = re.compile(r"\b(?:[Tt]he|[Oo]ur) (?:(?:American|U\.S\.|[A-Z][a-z]+) )?"
                             r"(?P<title>(?:[A-Z][a-z]+ |(?-i:foreign|prime|defence|defense|"
                             r"finance|trade|deputy) )*(?i:President|Lady|Secretary|Minister|"
                             r"Ambassador|Advisor|Adviser|Envoy|Chancellor|King|Queen|Pope|"
                             r"Spokesperson|Governor|Mayor|Senator|Prince|Princess|Emir|Amir|"
                             r"Sultan|Premier|Commissioner|Chairman|Chairperson|"
                             r"Representative))\b")
#: An office named without an article as its holder's name, as some ministries write: "Prime
#: Minister said".
_BARE_ROLE_REFERENCE = re.compile(r"(?<![\w.’'-] )(?<![Tt]he )\b(?P<title>(?:Prime|Foreign|Deputy) "
                                  r"(?:Minister|Secretary)|President|Chancellor)"
                                  rf"(?=,?\s+(?:{_SAYING})\b|,?\s*$)")
_QUESTION_TURN = re.compile(r"^Q[:.]\s")


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    evidence: str


def find_quotes(paragraphs: list[list[str]], people: list[Person]) -> list[Quote]:
    """The quotations in paragraphs of sentences, each with its speaker and its sentence.

    A quotation may run over several sentences ("“We won. We always do,” she said."): it is
    read across them, and its evidence is the sentence holding the attribution."""
    directory = _Directory.of(people)
    quotes: list[Quote] = []
    turn: str | None = None
    last_named: str | None = None
    statement = quoted_whole(paragraphs)
    carried: str | None = None  # who speaks a quotation left open at a paragraph's end
    for number, sentences in enumerate(paragraphs):
        opening = sentences[0] if sentences else ""
        if turn_speaker(opening):
            turn = _person(turn_speaker(opening), people)
        elif _QUESTION_TURN.match(opening):
            turn = None
        elif len(sentences) == 1 and opening.endswith(":") and not _QUOTE.search(opening):
            introduced = set(_mentioned(opening, directory))  # "Jane Roe on the talks:"
            turn = introduced.pop() if len(introduced) == 1 else None
        text = " ".join(sentences)
        starts = [0]
        for sentence in sentences:
            starts.append(starts[-1] + len(sentence) + 1)
        named_before = []
        for sentence in sentences:
            named_before.append(last_named)
            named = _mentioned(sentence, directory)
            last_named = named[-1] if named else last_named
        for match in _QUOTE.finditer(text):
            if text.endswith("=", 0, match.start()):
                continue  # an attribute of markup (alt="…"), not a quotation
            if statement[number] and match.start() == 0:
                continue  # the end of a statement quoted whole: the text's report, not a quote
            first = bisect.bisect_right(starts, match.start()) - 1
            last = bisect.bisect_right(starts, match.end() - 1) - 1
            region = text[starts[first]:starts[last + 1] - 1]
            shift = starts[first]
            speaker, cue = _speaker(region, match.start() - shift, match.end() - shift, directory,
                                    named_before[first])
            if speaker is None and cue is None and quotes and \
                    quotes[-1].evidence in sentences and quotes[-1].speaker and \
                    not _TERM_QUOTED.search(text, 0, match.start()):
                speaker = quotes[-1].speaker  # "…,” she said. “We go on.": hers too
            if speaker is None and cue is None and match.start() == 0:
                speaker = carried  # a quotation the paragraph before left open goes on
            if speaker is None and cue is None and not text[match.end():].strip() and \
                    number + 1 < len(paragraphs):
                speaker = _signed_by(paragraphs[number + 1], directory)
            words = match.group(1).strip().rstrip(",.;:").strip()
            if _TITLE_QUOTED.search(text, max(0, match.start() - 60), match.start()):
                continue  # "a joint declaration entitled “Together for …”": a title, not speech
            if len(words.split()) < _FEWEST_WORDS_SAID and \
                    _TERM_QUOTED.search(text, 0, match.start()):
                continue  # "what she called the “dangerous manoeuvres”": a term, not speech
            if _kept(words, speaker or turn):
                said = bisect.bisect_right(starts, shift + cue) - 1 if cue is not None else first
                quotes.append(Quote(words, speaker or turn, sentences[said]))
        left_open = _LEFT_OPEN.search(text)
        carried = _speaker(text, left_open.start(), len(text), directory,
                           named_before[-1] if named_before else last_named)[0] \
            if left_open else None
    return quotes


#: Words that quote a term, not speech: "what it calls (“joint management”)", "so-called",
#: "what she called the (“dangerous manoeuvres”)".
_TERM_QUOTED = re.compile(r"\b(?:what\s+(?:it|they|he|she|[A-Z][\w.’'-]*)\s+(?:calls?|called|"
                          r"terms?|termed|describes?\s+as|described\s+as|dubs?|dubbed)|"
                          r"so-called|dubbed|termed|known\s+as)(?:\s+(?:the|a|an|its|their))?"
                          r"\s*[“\"]?$")
#: Words that quote a title or a motto, however long: "(a declaration) entitled (“…”)".
_TITLE_QUOTED = re.compile(r"\b(?:entitled|titled|under\s+the\s+(?:theme|title|slogan|motto))"
                           r"\s*[“\"]?$", re.I)
#: Fewer words than this, quoted as a term, are no statement of their own.
_FEWEST_WORDS_SAID = 5


#: A quotation opened and not closed by the end of its paragraph: news style closes it in a
#: later one ("… said: “These are criminals." / "“They will face the law.”").
_LEFT_OPEN = re.compile(r"“[^”“]*$")


#: A quotation mark that closes, before any that opens: curly, or straight after a word or
#: a mark and before a space.
_CLOSED_FIRST = re.compile(r"[^“\"]*(?:”|(?<=\S)\"(?=\s|$))")


def closes_a_quotation_begun_before(sentence: str) -> bool:
    """Whether the sentence ends a quotation an earlier sentence opened: "What we signed
    today will help," he said."""
    return bool(_CLOSED_FIRST.match(sentence))


def quoted_whole(paragraphs: list[list[str]]) -> list[bool]:
    """For each paragraph, whether it is one of a statement quoted whole ("A spokesperson
    said: “The Prime Minister spoke …"), which the text reports as it would its own words:
    it goes on a quotation the paragraph before left open, or opens one that it and the
    next leave open."""
    def unclosed(at: int) -> bool:
        text = " ".join(paragraphs[at]) if 0 <= at < len(paragraphs) else ""
        return (text.startswith("“") and "”" not in text) or \
            (text.startswith('"') and text.count('"') == 1)
    return [bool(sentences) and sentences[0].startswith(("“", '"')) and
            (unclosed(at - 1) or (unclosed(at) and unclosed(at + 1)))
            for at, sentences in enumerate(paragraphs)]


def _signed_by(paragraph: list[str], directory: _Directory) -> str | None:
    """The person a paragraph of only a name and a role names, as a release signs the
    quotation set above it ("Jane Roe, Minister of Foreign Affairs")."""
    line = _SIGNATURE.fullmatch(" ".join(paragraph))
    if not line:
        return None
    named = directory.names_in(line.group("who"))
    people = {person for _, person in named}
    return people.pop() if len(people) == 1 and min(named)[0] == 0 else None


#: A line that signs a quotation: an optional dash, a name, an optional role after a comma.
_SIGNATURE = re.compile(r"[—–-]?\s*(?P<who>[^,.;:!?“”\"]{3,60}?)(?:,\s*[^.;:!?“”\"]{2,120})?\.?")


def _kept(text: str, speaker: str | None) -> bool:
    """A quotation worth a reviewer's time: words someone said, not a quoted name, term or
    piece of markup."""
    words = text.split()
    if len(words) < 2 or re.search(r"https?:|www\.|[<>={}]", text):
        return False
    if speaker:
        return True
    capitalised = sum(w[:1].isupper() for w in words)
    return len(words) >= 5 and capitalised < 0.6 * len(words)


def _speaker(text: str, start: int, end: int, directory: _Directory,
             last_named: str | None) -> tuple[str | None, int | None]:
    """Who `text` says spoke the quotation at start:end, from the attribution nearest to it,
    and where that attribution is."""
    outside = _blank_quotes(text)
    cues = list(_CUE.finditer(outside))
    if not cues:
        return None, None
    cue = min(cues, key=lambda m: _distance(m, start, end))
    told = [m for m in cues if m.group("verb") and m.end() <= start] if cue.group("according") \
        else []
    teller = _last_reference(outside[:told[-1].start()], directory, None) if told else None
    if teller:  # "Liang replied that the case was handled “…,” according to the official":
        return teller, told[-1].start()  # Liang's words, as the official reports them
    if cue.group("according"):
        return _first_reference(outside[cue.end():], directory), cue.start()
    if cue.group("verb") and cue.start() >= end and \
            not outside[end:cue.start()].strip(" ,*_["):
        inverted = _first_reference(outside[cue.end():], directory)  # "…,” said Jane Roe
        if inverted:
            return inverted, cue.start()
        unnamed = _UNNAMED_AFTER.match(outside, cue.end())
        if unnamed:
            return capitalised(unnamed.group("who")), cue.start()  # "…,” said a senior diplomat
    unnamed = _UNNAMED_BEFORE.search(outside[:cue.start()])
    if unnamed and cue.start() >= end:
        return capitalised(unnamed.group("who")), cue.start()  # "…,” a U.S. official said
    aide = _AIDE_BEFORE.search(outside[:cue.start()])
    if aide and cue.start() >= end:
        return aide.group("who"), cue.start()  # "…,” Berg’s spokesman said: not Berg
    return _last_reference(outside[:cue.start()], directory, last_named), cue.start()


#: A source the text does not name, qualified enough to tell apart: "a senior EU diplomat".
_UNNAMED = (r"(?:the|a|an|one)\s+(?P<who>(?:[\w.-]+\s+){1,3}?(?:officials?|diplomats?|sources?|"
            r"negotiators?|spokes(?:person|man|woman)|aides?))")
_UNNAMED_BEFORE = re.compile(rf"(?:^|[,;])\s*{_UNNAMED}\s*$")
#: A name in the possessive: "Roe’s", "Ana Berg’s".
POSSESSIVE_NAME = r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*[’']s\s"
#: Someone named only as another's: "Berg’s spokesman", "the minister’s office".
_AIDE_BEFORE = re.compile(rf"(?:^|[,;”\"])\s*(?P<who>{POSSESSIVE_NAME}\s*"
                          r"(?:[a-z-]+\s+){0,2}[a-z-]+)\s*$")
_UNNAMED_AFTER = re.compile(rf"\s*{_UNNAMED}\b")


def _distance(cue: re.Match, start: int, end: int) -> int:
    if cue.end() <= start:
        return start - cue.end()
    return max(0, cue.start() - end)


def _blank_quotes(sentence: str) -> str:
    """The sentence with quoted words blanked out, offsets kept."""
    return _QUOTE.sub(lambda m: " " * len(m.group()), sentence)


@dataclass(frozen=True)
class _Directory:
    """The article's people, indexed to find their mentions in a sentence in the time it
    takes to read the sentence, however many people the article names.

    Each person is mentioned by full name or by a name word no one else has ("Xi", "Jinping");
    `by_first_word` files each such name under its first word, which a mention of it must
    have as a whole word of the text (names opening with no word are in `always`).
    """

    people: tuple[Person, ...]
    by_first_word: dict[str, list[tuple[int, str, str]]]
    always: list[tuple[int, str, str]]
    holders: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def of(cls, people: list[Person]) -> _Directory:
        counts = Counter(w for p in people for w in set(_name_words(p.name)))
        by_first_word: dict[str, list[tuple[int, str, str]]] = {}
        always: list[tuple[int, str, str]] = []
        order = 0
        for person in people:
            names = [person.name] + [w for w in _name_words(person.name) if counts[w] == 1]
            for name in dict.fromkeys(names):
                entry = (order, name, person.name)
                first = _WORD.match(name)
                if first:
                    by_first_word.setdefault(first.group(), []).append(entry)
                else:
                    always.append(entry)
                order += 1
        return cls(tuple(people), by_first_word, always)

    def names_in(self, text: str) -> list[tuple[int, str]]:
        """(position, person) of every mention by name, person by person in article order."""
        entries = [entry for word in set(_WORD.findall(text))
                   for entry in self.by_first_word.get(word, ())]
        found = []
        for _, name, person in sorted(entries + self.always, key=lambda e: e[0]):
            found += [(at, person) for at in standing_alone(text, name)]
        return found

    def holder(self, title: str) -> str | None:
        """The one person whose role has this title ("the First Lady"), if only one has it."""
        if title not in self.holders:
            pattern = re.compile(rf"\b{re.escape(title)}\b", re.I)
            holders = [p.name for p in self.people if p.role and pattern.search(p.role)]
            self.holders[title] = holders[0] if len(holders) == 1 else None
        return self.holders[title]

    def holder_of(self, reference: re.Match) -> str | None:
        """The one person a role reference names; "the Foreign Secretary" is read whole
        before its bare title, which may be held by several."""
        whole = reference.group(0).split(" ", 1)[1]
        titles = dict.fromkeys((whole, reference.group("title")))
        return next((person for person in map(self.holder, titles) if person), None)


_WORD = re.compile(r"\w+")


def _references(text: str, directory: _Directory, last_named: str | None) -> list[tuple]:
    """(position, person or None) of every mention of a person in `text`."""
    found: list[tuple[int, str | None]] = directory.names_in(text)
    for match in _ROLE_REFERENCE.finditer(text):
        found.append((match.start(), directory.holder_of(match)))
    for match in _BARE_ROLE_REFERENCE.finditer(text):
        found.append((match.start(), directory.holder(match.group("title"))))
    for match in _PRONOUN.finditer(text):
        before = [name for position, name in found if position < match.start() and name]
        found.append((match.start(), before[-1] if before else last_named))
    return sorted(found, key=lambda item: item[0])


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """The words a person may be called by alone: "Xi" and "Jinping" of "Xi Jinping";
    "al-Saadi" of "Karim al-Saadi", also as "Al-Saadi" opening a sentence."""
    words: list[str] = []
    for word in re.findall(r"[^\W\d_][\w’'-]+", name):
        if word[0].isupper() and word not in ("Jr", "Sr", "II", "III"):
            words.append(word)
        elif _PARTICLE_SURNAME.match(word):
            words += [word, word[0].upper() + word[1:]]
    return tuple(words)


#: A surname joined to its particle: "al-Saadi", "el-Sisi", "bin-Zayed".
_PARTICLE_SURNAME = re.compile(r"[a-z]{1,3}-[A-Z]")


def _first_reference(text: str, directory: _Directory) -> str | None:
    """The person named at the start of `text` ("said Mrs. Roe", "according to the Mayor");
    past one whose title this is ("said Roe’s successor as envoy, Jane Doe")."""
    refs = _references(text, directory, None)
    if refs and _POSSESSOR.match(text, refs[0][0]):
        refs = [ref for ref in refs[1:] if ref[0] <= 80 and text[ref[0] - 2:ref[0]] == ", "]
        return refs[0][1] if refs else None
    if refs and refs[0][0] > 25 and _ROLE_BEFORE_NAME.fullmatch(text, 0, refs[0][0]):
        return refs[0][1]  # "said the chamber’s president, Rui Barroso", "said economist X"
    return refs[0][1] if refs and refs[0][0] <= 25 else None


#: A name in the possessive, which owns the title that follows: "Roe’s successor".
_POSSESSOR = re.compile(POSSESSIVE_NAME)
#: The role a speaker is named with, between the verb of saying and the name: words of a
#: title, no clause nor circumstance ("said in a statement that …"); "and" only between the
#: words of an office ("Water and Energy Minister").
_ROLE_BEFORE_NAME = re.compile(
    r"\s*(?:(?!(?:that|which|who|whom|when|while|after|before|in|on|at|to|during|with|by|"
    r"and(?!\s+(?-i:[A-Z]))|but|as|from|it|he|she|they|we)\b)[\w’'.-]+,?\s+){1,10}", re.I)


def _last_reference(text: str, directory: _Directory, last_named: str | None) -> str | None:
    refs = [(position, name) for position, name in _references(text, directory, last_named)
            if not _ADDRESSEE.search(text, 0, position)]
    return refs[-1][1] if refs else None


#: Words before one who is written or spoken to, not the speaker: "in a letter to (Minister X)".
_ADDRESSEE = re.compile(r"\b(?:to|with)\s+(?:(?:the|a)\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}$")


def _mentioned(sentence: str, directory: _Directory) -> list[str]:
    refs = _references(_blank_quotes(sentence), directory, None)
    return [name for _, name in refs if name]


def _person(name: str | None, people: list[Person]) -> str | None:
    if not name:
        return None
    return next((p.name for p in people if same_person(p.name, name)), name)
