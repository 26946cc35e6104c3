"""People and their roles as the article gives them: "White House Press Secretary Jane Roe".

A run of capitalised words is a person only where the text says so: a title before it (its
role, kept whole with what qualifies it: "Deputy National Security Advisor", "Secretary of
State", "Prime Minister of Japan"), a role in apposition ("Scott Bessent, Secretary of the
Treasury"), an honorific ("Mr.", "Dr."), a reporting verb ("Jane Roe said"), a person noun
("dictator Nicolás Maduro") or a transcript's turn ("MR. SULLIVAN:"). In a title-case headline
a name stops where the article's own text stops using it: "Donald J. Trump Brings Home" is not
a name. Later mentions ("Trump", "Mrs. Trump") are folded into the fullest name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from briefgen.extract.labels import capitalised
from briefgen.extract.literal_gate import LiteralGated
from briefgen.extract.names import STATES, canonical, in_a_phrase
from briefgen.extract.phrases import standing_alone
from briefgen.extract.roles import (
    ACTING,
    CONNECTORS,
    FUNCTION_WORDS,
    GIVEN_NAMES_THAT_ARE_TITLES,
    HONORIFICS,
    LED_BY,
    MIDDLE_NAMES_THAT_ARE_TITLES,
    NOT_NAMES,
    OFFICE_NOUNS,
    OFFICE_WORDS,
    PARTICLES,
    PERSON_NOUNS,
    POSTNOMINALS,
    REGIONS,
    SAYING,
    SUFFIXES,
    THING_WORDS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    VERB_NOUNS,
    WEAK_TITLES,
    is_abbreviation,
    is_cap,
    is_government_building,
    is_initial,
    is_name_word,
    is_person_noun,
    is_place,
    is_role_word,
    title_case,
)
from briefgen.extract.sentences import GIVEN_NAME_ABBREVIATIONS
from briefgen.extract.units import label_name

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Messrs|Smt|Rep|Sen|Gov|Lt|Gen|Adm|Amb|Prof|Rev|"
    r"Hon|Eng)\.|[A-Z]\.(?=\s)|(?:" + "|".join(sorted(GIVEN_NAME_ABBREVIATIONS)) + r")\.(?=\s)|"
    r"(?:Tan\s+Sri|Yang\s+Berhormat|Yang\s+Mulia)(?=\s+[A-Z])"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d[\d.,]*|[^\w\s]")
_TURN = re.compile(
    r"^(?:(?:MR|MS|MRS|DR)\.|(?:(?:VICE|DEPUTY|PRIME|PRESS|SPECIAL|ATTORNEY|FIRST) )?"
    r"(?:PRESIDENT|SECRETARY|AMBASSADOR|ADMIRAL|GENERAL|SENATOR|GOVERNOR|DIRECTOR|MINISTER|"
    r"ADMINISTRATOR|LEADER|SPEAKER|CHAIR|ENVOY|LADY|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN))\s+"
    r"(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}):")


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None


class _Token(NamedTuple):
    text: str
    start: int
    end: int


def find_people(texts: list[str], speakers: tuple[str, ...] = ()) -> list[Person]:
    """Everyone `texts` treat as a person (title first, then the sentences), in order, and
    the speakers a transcript introduces with their role ("ARVIND MENON, OFFICIAL
    SPOKESPERSON")."""
    texts = [_PLURAL_TITLE.sub(_title_for_each, _surnames_as_names(text)) for text in texts]
    headlines = [title_case(t) for t in texts]
    body = " ".join(t for t, headline in zip(texts, headlines, strict=True) if not headline)
    roster = _Roster()
    for label in speakers:
        name, _, role = label.partition(",")
        if role.strip() and name.split() and name.split()[-1].title() in TITLE_WORDS and \
                role.split()[-1].title() not in TITLE_WORDS:
            name, role = role.strip(), name  # "OFFICIAL SPOKESPERSON, RAHUL MEHTA": role first
            name = " ".join(word for word in name.split() if word not in HONORIFICS)  # "Foreign
            # Secretary, Shri Anand Raghavan"
        turn = _TURN.match(f"{label}:")
        titled = label_name(label).split() if not (turn or role.strip()) else []
        if role.strip() and len(name.split()) >= 2:
            roster.add(Person(name.title(), role.strip().title()))
        elif turn and len(turn.group("name").split()) >= 2:  # "SPOKESPERSON ANA DIOP"
            role = " ".join(word for word in label[:turn.start("name")].title().split()
                            if word not in HONORIFICS)  # "MS. PRIYA NAIR": Ms. is no role
            roster.add(Person(turn.group("name").title(), role or None))
        elif len(titled) >= 2:  # "Spokesperson Mao Ning", as a ministry's transcript labels her
            roster.add(Person(" ".join(titled), " ".join(label.split()[:-len(titled)])))
    last: Person | None = None
    for text, headline in zip(texts, headlines, strict=True):
        for person in _people_in(text, body if headline else None, last):
            roster.add(person)
            last = person
    for name in _quoted_by_surname([t for t, headline in zip(texts, headlines, strict=True)
                                    if not headline]):
        roster.add(Person(name, None))
    for name in _paired_with_a_person(body, {p.name for p in roster.people}):
        roster.add(Person(name, None))
    return roster.people




def _paired_with_a_person(body: str, known: set[str]) -> list[str]:
    """Names the text joins by "and" to a person it names in full: one a Kremlin readout gives
    no title ("Vladimir Putin and Kassym-Jomart Tokayev also exchanged views")."""
    found: list[str] = []
    if not any(f"{name} and " in body or f" and {name}" in body for name in known):
        return found
    for pair in _PAIRED_NAMES.finditer(body):
        one, other = pair.group("one"), pair.group("other")
        for name, partner in ((one, other), (other, one)):
            if partner in known and name not in known and name not in found and \
                    all(is_name_word(word) for word in name.split()) and \
                    canonical(name) is None and not is_place(name):
                found.append(name)
    return found


#: A name of two to four capitalised words.
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3}"
#: Two names joined by "and": "Vladimir Putin and Kassym-Jomart Tokayev (exchanged views)".
_PAIRED_NAMES = re.compile(rf"(?<![\w’'-])(?P<one>{_NAME})\s+and\s+(?P<other>{_NAME})(?![\w’'-])")
#: A title in the plural before the names of those who hold it: "Presidents Michelle Bachelet
#: and Sebastian Pinera", "Foreign Ministers A, B and C".
_PLURAL_TITLE = LiteralGated(re.compile(
    r"\b(?P<title>(?:(?:Former|Vice|Deputy|Prime|Foreign|Defen[cs]e|Finance|Trade)\s+)?"
    r"(?:Presidents|Ministers|Senators|Governors|Ambassadors|Chancellors|Secretaries))\s+"
    rf"(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"))


def _title_for_each(found: re.Match) -> str:
    """"Presidents A and B" as "President A and President B": each name with its title."""
    title = found.group("title")
    title = title[:-3] + "y" if title.endswith("ies") else title[:-1]
    names = re.split(r",\s+(?:and\s+)?|\s+and\s+", found.group("names"))
    return ", ".join(f"{title} {name}" for name in names[:-1]) + f" and {title} {names[-1]}"


#: A surname in capitals after a title or honorific, as Japan's foreign ministry writes
#: names: "Mr. HAYASHIDA Kenji", "Prime Minister ISHIZAKI Takeo", "H.E. Mr. Daniyar SEITKALI".
_CAPITALS_WORD = re.compile(r"(?<=\s)[A-Z]{3,}\b(?![-.’'])")


def _surnames_as_names(text: str) -> str:
    """`text` with each surname written in capitals after a title written as a name is,
    every offset kept: "Mr. Hayashida Kenji"."""
    if not re.search(r"[A-Z]{3}", text):
        return text
    return _CAPITALS_WORD.sub(lambda word: _surname_as_name(text, word), text)


def _surname_as_name(text: str, word: re.Match) -> str:
    surname = word.group(0)
    before = text[max(0, word.start() - 40):word.start()].split()[-2:]
    titled = (bool(before) and _is_title(before[-1])) or \
        (len(before) == 2 and _is_title(before[0]) and is_name_word(before[1]))  # "Mr. Daniyar"
    return surname.title() if titled and not canonical(surname) else surname


def _is_title(word: str) -> bool:
    return word in HONORIFICS or word in TITLE_WORDS


#: A quotation given to one capitalised word: "“…,” Lopez said", "“…,” said Lopez.".
_QUOTED_BY = re.compile(r"[”\"],?\s+(?:(?P<before>[A-Z][\w’'-]+)\s+(?:said|says|added|told)\b|"
                        r"(?:said|says|added)\s+(?P<after>[A-Z][\w’'-]+)[.,])")


def _quoted_by_surname(texts: list[str]) -> list[str]:
    """People news style names in full once, then quotes by surname alone ("Feliciano Lopez
    completed the comeback … “It was hard,” Lopez said"): the full name, once per surname."""
    names: list[str] = []
    asked: set[str] = set()  # each surname is looked for once, however often it is quoted
    for quoted in (m for text in texts for m in _QUOTED_BY.finditer(text)):
        word = quoted.group("before") or quoted.group("after")
        if word in asked or not is_name_word(word):
            continue
        asked.add(word)
        full = next((m.group(0) for text in texts for m in _full_names(word).finditer(text)
                     if all(is_name_word(w) or is_initial(w) for w in m.group(0).split()[:-1])),
                    None)
        if full and not is_place(full):
            names.append(full)
    return names


_FIRST_NAME = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"


@functools.lru_cache(maxsize=256)
def _full_names(surname: str) -> re.Pattern:
    """A first name, maybe a middle name or an initial, then `surname`: "Rafael Nadal"."""
    return re.compile(rf"(?<![\w’'.-]){_FIRST_NAME}(?:\s+(?:[A-Z]\.|{_FIRST_NAME}))?\s+"
                      rf"{re.escape(surname)}\b")


def turn_speaker(text: str) -> str | None:
    """The speaker whose transcript turn `text` opens ("MR. SULLIVAN: …" → "Sullivan")."""
    match = _TURN.match(text)
    if not match:
        return None
    return " ".join(w.capitalize() if "’" not in w else w.title() for w in
                    match.group("name").split())


@functools.lru_cache(maxsize=4096)
def surname(name: str) -> str:
    words = [w for w in re.split(r"[\s,]+", name) if w and w not in SUFFIXES
             and w.rstrip(".") not in ("Jr", "Sr")]
    return words[-1] if words else name


def same_person(one: str, other: str) -> bool:
    """Whether two names can be one person here: "Trump" and "Donald J. Trump", "Joe Biden"
    and "Joseph R. Biden, Jr." (same surname, first names alike), not "Jill Biden"."""
    a, b = _name_words(one), _name_words(other)
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    if surname(one) != surname(other):
        return False
    return one.split()[0][:2] == other.split()[0][:2]


def _people_in(text: str, body: str | None, before: Person | None = None) -> list[Person]:
    """The people of one text; `before` is the one named last before it, whose counterpart
    the text may name ("Her Bolivian counterpart, Marco Quispe, said …")."""
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    if "’s" in text or "'s" in text:  # most sentences have no possessive to split off
        tokens = _split_possessives(tokens)
    found: list[Person] = []
    speaker = turn_speaker(text)
    if speaker:
        found.append(Person(speaker, None))
    taken: set[int] = set()
    for i, token in enumerate(tokens):
        if i in taken or not _may_begin_person(token.text):
            continue
        span = _titled(tokens, i, body is not None) or _apposed(tokens, i) or _cued(tokens, i)
        if span is None:
            continue
        start, end, role = span
        name_tokens = tokens[start:end]
        if body is not None:
            name_tokens = _as_in_body(name_tokens, body)
        name = _name(text, name_tokens)
        if name and not is_place(name):  # "South Africa signed …": a state of two words
            if role is None and (found or before):
                role = _counterpart_role(tokens, start, (found[-1] if found else before).role)
            found.append(Person(name, role))
            taken.update(range(min(i, start), end))  # the role's words name no one else:
            # "Governor of North Carolina Roy Cooper"
    if body is None:
        for start, end in _coordinated(tokens, taken):
            name = text[tokens[start].start:tokens[end - 1].end]
            if not is_place(name):
                found.append(Person(name, None))
    return found


def _coordinated(tokens: list[_Token], taken: set[int]) -> list[tuple[int, int]]:
    """Full names joined by "and" to a person: "Special Envoy Jane Roe and John Doe met …",
    "John Doe and Special Envoy Jane Roe"."""
    spans = []
    for k, token in enumerate(tokens):
        if token.text != "and" or k == 0:
            continue
        after = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if k - 1 in taken:
            end = _name_run(tokens, k + 1)
            if end - (k + 1) >= 2 and not taken & set(range(k + 1, end)) and \
                    (end == len(tokens) or tokens[end].text not in TITLE_WORDS):
                spans.append((k + 1, end))
        elif k + 1 in taken or after in TITLE_WORDS or after in TITLE_MODIFIERS:
            start = k
            while start > 0 and (is_name_word(tokens[start - 1].text)
                                 or is_initial(tokens[start - 1].text)):
                start -= 1
            if k - start >= 2 and _name_run(tokens, start) == k and \
                    (start == 0 or tokens[start - 1].text not in TITLE_WORDS) and \
                    not is_role_word(tokens[start - 1].text if start else "") and \
                    (start == 0 or tokens[start - 1].text not in CONNECTORS):
                spans.append((start, k))
    return spans


def _split_possessives(tokens: list[_Token]) -> list[_Token]:
    out = []
    for token in tokens:
        text = token.text
        if len(text) > 3 and text[-2:] in ("’s", "'s"):
            out += [_Token(text[:-2], token.start, token.end - 2),
                    _Token(text[-2:], token.end - 2, token.end)]
        else:
            out.append(token)
    return out


def _titled(tokens: list[_Token], i: int, headline: bool) -> tuple[int, int, str | None] | None:
    """A name after a title word at `i`: (start, end, role) of "Secretary of State Jane Roe"."""
    word = tokens[i].text
    if word not in TITLE_WORDS:
        return None
    if word == "PM" and i > 0 and re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?", tokens[i - 1].text):
        return None  # "4:37 PM GMT": a time of day, not a prime minister
    if word == "General" and i > 0 and tokens[i - 1].text in _BODIES_GENERAL:
        return None  # "the Directorate General of Trade Remedies": a body, no general
    if word in GIVEN_NAMES_THAT_ARE_TITLES and \
            not (i + 1 < len(tokens) and tokens[i + 1].text in ("of", ",")) and \
            not (i > 0 and tokens[i - 1].text in ("the", "The", "His", "HH", "Highness")):
        return None  # "British national Amir Khan": a given name, not the Amir of a state
    if word in MIDDLE_NAMES_THAT_ARE_TITLES and i > 0 and is_name_word(tokens[i - 1].text) and \
            not is_role_word(tokens[i - 1].text) and tokens[i - 1].text not in HONORIFICS:
        return None  # "Hamad Sultan Al Mansoori": a name's middle, not a sultan
    after = i + 1
    if after < len(tokens) and (tokens[after].text in TITLE_WORDS or
                                tokens[after].text in TITLE_MODIFIERS) and \
            tokens[after].text not in HONORIFICS:
        return None  # "Deputy Secretary": the last title word names the person
    complement_end = after
    while after < len(tokens) and (tokens[after].text in HONORIFICS or
                                   _is_his_holiness(tokens, after)):
        after += 2 if tokens[after].text in ("His", "Her") else 1  # "Prime Minister Sir Keir
        # Starmer", "Datuk Seri Azlan Hamid", "President His Highness Sheikh Khalid"
        if tokens[after - 1].text == "Royal" and after < len(tokens) and \
                tokens[after].text == "Highness":
            after += 1
    start = after
    if after < len(tokens) and tokens[after].text in ("of", "for", "to"):
        run_end = _complement_run(tokens, after + 1)
        split = _split_complement(tokens, after + 1, run_end)
        if split is None or (tokens[after].text == "to" and
                             any(tokens[k].text in TITLE_WORDS - HONORIFICS
                                 for k in range(after + 1, split))
                             and tokens[after + 1].text != "the"):
            return None  # "(an invitation from the Foreign Minister) to Foreign Minister X": X
            # is the second minister, named by a title of his own
        complement_end = start = split
        while complement_end > after + 1 and tokens[complement_end - 1].text in HONORIFICS:
            complement_end -= 1  # "Amir of the State of Qatar HH Sheikh Tamim …"
    end = _name_run(tokens, start)
    if after < start < end < len(tokens) - 1 and tokens[end].text in ("of", "for") and \
            (is_cap(tokens[end + 1].text) or tokens[end + 1].text == "the") and \
            (end - start < 2 or not is_place(_of_after_name(tokens, end) or "")):
        complement_end = _complement_run(tokens, end + 1)  # "… and Regional Integration of X"
        return _apposed_after_role(tokens, i, complement_end, headline)
    if end == start:
        return _apposed_after_role(tokens, i, complement_end, headline)
    words = [t.text for t in tokens[start:end]]
    qualified = i > 0 and (is_cap(tokens[i - 1].text) or is_abbreviation(tokens[i - 1].text))
    if word in WEAK_TITLES and not qualified and len(words) < 2:
        return None
    if word in HONORIFICS:
        apposed = _apposed(tokens, start)  # "Dr Amina Yusuf, the health minister,"
        before = _role_apposed_before(tokens, i)  # "the Minister of X, Mr. Y"
        if apposed and apposed[1] == end and not (before and _role_of_next(tokens, end,
                                                                          apposed[2])):
            return start, end, apposed[2]
        return start, end, before
    role_start = _role_start(tokens, i, headline)
    while role_start < i and tokens[role_start].text in HONORIFICS:
        role_start += 1  # "H.E. Ambassador X": the style of address is no part of the role
    role = _STYLE_OF_ADDRESS_END.sub("", _STYLED_RANK.sub(r"\1", _role(tokens, role_start,
                                                                      complement_end, end)))
    office_before = _role_apposed_before(tokens, i) if word in _RANKS and i > 0 and \
        tokens[i - 1].text == "," else None
    if office_before and complement_end == i + 1:  # "The Minister of Foreign Affairs,
        return start, end, office_before  # Ambassador X,": the office, not the rank
    apposed = _apposed(tokens, start) if role_start == i and complement_end == i + 1 and \
        word in _RANKS else None  # a rank kept as a style of address
    if apposed and apposed[1] == end:  # "Ambassador X, Permanent Representative of Y,": the
        return start, end, apposed[2]  # office set off after the name, not the rank before it
    if _is_his_holiness(tokens, role_start) and complement_end == role_start + 2:
        apposed = _apposed(tokens, start)  # "His Excellency Mr. X, Minister of Y,"
        role = (apposed[2] if apposed and apposed[1] == end else None) or \
            _role_apposed_before(tokens, role_start) or \
            (role if role and role.split()[-1] in ("Holiness", "Majesty") else None)
    return start, end, role


#: Offices whose name "General" ends, as it ends a title elsewhere ("Attorney General").
_BODIES_GENERAL = frozenset({"Directorate", "Secretariat", "Inspectorate", "Consulate",
                             "Commissariat"})
#: Ranks written before a name as a style of address, whose holder's office, set off after the
#: name, is the role: "Ambassador X, Permanent Representative of Y", "Prince X, Minister of Y".
_RANKS = frozenset({"Ambassador", "Prince", "Princess", "General", "Admiral", "Colonel",
                    "Brigadier", "Marshal", "Commodore"})
#: A rank or style kept after an office, before the name: "Deputy Minister of Foreign Affairs
#: (Ambassador) X", "Minister of Foreign Affairs (Prince) X", "Foreign Minister (Senator) X".
_STYLED_RANK = re.compile(r"^(.*\b(?:Minister|Secretary|Representative|Envoy|Director|"
                          r"Commissioner|Affairs|Trade|Energy|Investment)\b.*?)\s+"
                          r"(?:Ambassador|Prince|Princess|Senator)$")


#: A style of address between an office and the name, which is no part of the office:
#: "Minister of Energy (His Royal Highness Prince) Turki".
_STYLE_OF_ADDRESS_END = re.compile(r"\s+(?:His|Her)\s+(?:Royal\s+)?"
                                   r"(?:Highness|Excellency|Majesty)$")


def _role_of_next(tokens: list[_Token], end: int, role: str) -> bool:
    """Whether the role set off after a name is the next name's: "the Minister of X, Mr. A,
    the Minister of Y, B, …" — a comma and a name follow it."""
    after = end + 1 + (tokens[end + 1].text in ("the", "a", "an")) + len(role.split())
    return after + 1 < len(tokens) and tokens[after].text == "," and \
        (is_name_word(tokens[after + 1].text) or tokens[after + 1].text in HONORIFICS)


def _role_apposed_before(tokens: list[_Token], honorific: int) -> str | None:
    """"the Prime Minister of Japan, His Excellency Ken Oda": the office, not the honorific
    (nor the ones before it: "…, H.E. Mr Ken Oda")."""
    while honorific > 0 and tokens[honorific - 1].text in HONORIFICS:
        honorific -= 1
    comma = honorific - 2 if honorific > 1 and tokens[honorific - 1].text == "the" \
        else honorific - 1  # "…, the Honourable Moses Tarilongi"
    if comma < 1 or tokens[comma].text != ",":
        return None
    j = comma
    while j > 0 and comma - j < 10 and (is_cap(tokens[j - 1].text)
                                        or tokens[j - 1].text in ("of", "the", "for", "to", "and")):
        j -= 1
    titles = [k for k in range(j, comma) if tokens[k].text in TITLE_WORDS]
    if not titles:
        return None
    after = titles[-1] + 1
    if after < comma and tokens[after].text not in ("of", "for", "to", "and", "the") and \
            tokens[after].text not in TITLE_WORDS and not is_place(tokens[after].text) and \
            tokens[after].text not in _REGIONS:
        return None  # "Speakers: Deputy Spokesperson Hollaender-Weiss, Dr Fischer-Lange": the
        # office before the comma is another person's, named after it
    return _role(tokens, _role_start(tokens, titles[0]), comma, None)


def _complement_run(tokens: list[_Token], start: int) -> int:
    """The end of "the State Council" / "Near Eastern Affairs Yael Lempert" after of/for/to."""
    j = start
    while j < len(tokens):
        text = tokens[j].text
        following = tokens[j + 1].text if j + 1 < len(tokens) else ""
        if _capitalised(text) or is_abbreviation(text) or text in PARTICLES:
            j += 1
        elif text in ("’s", "'s") and is_cap(following):
            j += 1  # "the People’s Republic of China"
        elif text == "and" and is_cap(following) and j + 2 < len(tokens) and \
                tokens[j + 2].text in HONORIFICS:
            j += 1  # "(Minister of Hajj) and Umrah (Dr. X)": the office's words go on
        elif text == "and" and (following in TITLE_WORDS or _title_follows(tokens, j + 1)
                                or tokens[j - 1].text not in OFFICE_WORDS) and \
                (not _place_follows(tokens, j + 1) or any(
                    t.text in TITLE_WORDS for t in tokens[j + 2:j + 4])) and \
                not is_place(_text(tokens, j - 1, j + 2)):  # not "Trinidad and Tobago"
            break  # "… of the United States Joseph R. Biden and President of …", "… of Commerce
            # Cham Nimul and Thai Commerce Minister …"
        elif text == "on" and _GERUND.fullmatch(following):
            break  # "(the Minister of Finance) on Strengthening Public Accounts": a title's
            # subject, no name
        elif text in ("the", "of", "and", "for", "on") and (is_cap(following) or
                                                            following == "the") and \
                (j == start or not is_name_word(tokens[j - 1].text) or
                 (text == "and" and (_place_follows(tokens, j + 1) or
                                     is_place(_text(tokens, j - 1, j + 2))))):
            j += 1
        else:
            break
    return j


#: A capitalised "-ing" word, which opens the subject of a document's title ("on Deepening").
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")


def _capitalised(text: str) -> bool:
    """A word of a capitalised name, among them one after an elided particle: "(Côte)
    d'Ivoire"."""
    return is_cap(text) or bool(_ELIDED.fullmatch(text))


_ELIDED = re.compile(r"[a-z]{1,3}['’][A-Z][^\W\d_]*")


def _title_follows(tokens: list[_Token], j: int) -> bool:
    """Whether a title starts at `j`: "Foreign Minister", not "Foreign Trade" (an office's
    words, as in "Minister of Investment and Foreign Trade")."""
    k = j
    while k < len(tokens) and tokens[k].text in TITLE_MODIFIERS:
        k += 1
    return k > j and k < len(tokens) and tokens[k].text in TITLE_WORDS


def _place_follows(tokens: list[_Token], j: int) -> bool:
    """Whether a place or a region comes next: "(Director for Africa and) the Middle East";
    not one that owns the next role ("and Viet Nam's Minister")."""
    if j < len(tokens) and tokens[j].text == "the":
        j += 1
    width = 2 if is_place(_text(tokens, j, min(j + 2, len(tokens)))) else 1
    if j + width < len(tokens) and tokens[j + width].text in ("’s", "'s"):
        return False  # "(… Eirik Holmsen and) Viet Nam's Minister …": the next one's role
    if j + width < len(tokens) and (tokens[j + width].text in TITLE_WORDS or
                                    _title_follows(tokens, j + width)):
        return False  # "(… Tesfaye Gebremedhin and) Somali Minister …": so too
    if j + 1 < len(tokens) and width == 1 and not is_place(tokens[j].text) and \
            is_cap(tokens[j + 1].text) and not is_place(tokens[j + 1].text) and \
            tokens[j + 1].text not in _REGIONS:
        return False  # "(… and) Central Bank Governor X": a region's word names no place
    return j < len(tokens) and (is_place(tokens[j].text) or tokens[j].text in _REGIONS or
                                width == 2)


#: Regions a role's complement names: "Director for Africa and the Middle East".
_REGIONS = REGIONS | {"America", "Middle", "Pacific", "Latin", "Gulf", "Near", "Far", "Central",
                      "South", "East", "West", "North", "Horn"}


def _split_complement(tokens: list[_Token], start: int, end: int) -> int | None:
    """Where the complement of "Secretary of State Antony Blinken" ends and the name begins;
    all of it is the complement when a name is set off after it ("for Development and
    Diaspora, Jane Roe,")."""
    apposed = end + 1
    while apposed < len(tokens) and tokens[apposed].text in HONORIFICS:
        apposed += 1
    if end < len(tokens) and tokens[end].text == "," and _name_run(tokens, apposed) - apposed >= 2:
        return end
    last = None
    state_after = next((k for k in range(end - 2, start + 2, -1) if tokens[k].text == "of" and
                        is_place(_text(tokens, k + 1, end)) and
                        all(is_cap(t.text) and t.text not in OFFICE_WORDS and
                            t.text not in TITLE_WORDS for t in tokens[k - 2:k])), None)
    for j in range(start, state_after or end):  # "(of Foreign Affairs) Tran Quang Hieu (of
        text = tokens[j].text  # Viet Nam)": the state the name is of comes after it
        if text in OFFICE_WORDS or text in TITLE_WORDS or is_place(text) or \
                (j > start and is_place(_text(tokens, j - 1, j + 1))) or \
                is_abbreviation(text) or text in CONNECTORS or text in _REGIONS or \
                text in HONORIFICS or \
                _NOUN_OF_AN_OFFICE.search(text) or \
                any(canonical(_text(tokens, k, j + 1)) for k in range(max(start, j - 5), j)):
            last = j
    if last is None:
        return end if end - start <= 2 else end - 2
    if tokens[last].text in CONNECTORS and \
            (end == len(tokens) or tokens[end].text not in ("of", "for")):
        return None  # "the President of Mongolia on (Deepening the Partnership)": a title's
        # words, no name after them; "of Foreign Affairs and Worship of Haiti" goes on
    return last + 1


#: Nouns that name what an office does, by endings no name of eight letters or more has:
#: "(Director of Public) Prosecution", "(Minister of) Development", "(Head of) Security" —
#: but "Clement" may be a name.
_NOUN_OF_AN_OFFICE = re.compile(r"^[A-Z]\w{3,}(?:tion|sion|ment|ity|ship|ics|ism)$")


def _may_begin_person(word: str) -> bool:
    """Whether a title or a name can begin at this word: most words of a text cannot, and
    are passed over without a look at their neighbours."""
    return word[:1].isupper() or word in TITLE_WORDS or is_name_word(word)


#: Initials written as one word before a surname: "C.R. (Patil)", not "U.S." (a state).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _name_run(tokens: list[_Token], start: int) -> int:
    """The end of a name's words from `start`: "Joseph R. Biden, Jr.", "Mohammed bin Salman"."""
    j = start
    while j < len(tokens):
        text = tokens[j].text
        following = tokens[j + 1].text if j + 1 < len(tokens) else ""
        name_next = is_name_word(following)
        if (is_name_word(text) or (is_initial(text) and (j > start or name_next or (
                is_initial(following) and j + 2 < len(tokens) and
                is_name_word(tokens[j + 2].text))))  # "C. R. Patil"
                or (_INITIALS.fullmatch(text) and name_next and canonical(text) is None)
                or (text in PARTICLES and j > start and _name_after_particles(tokens, j + 1))
                or (text in SUFFIXES and j > start)
                or (text == "," and j > start and following in ("Jr.", "Sr."))
                or (j == start and name_next and _is_short_given_name(tokens, j))
                or (text in MIDDLE_NAMES_THAT_ARE_TITLES and j > start and name_next)):
            j += 1
        elif j > start and is_place(text) and is_cap(text) and \
                (is_name_word(tokens[j - 1].text) or is_initial(tokens[j - 1].text)) \
                and not is_cap(following) and not (start and tokens[start - 1].text.lower() in
                                                   ("in", "at", "from", "to", "near", "of")):
            j += 1  # a surname that is also a place's name, after the given name: "Siniša Mali"
            break
        else:
            break
    while j > start and (tokens[j - 1].text in PARTICLES or tokens[j - 1].text == ","):
        j -= 1
    return j


def _name_after_particles(tokens: list[_Token], j: int) -> bool:
    """Whether a name word follows the particles from `j`: "(von) der Leyen"."""
    while j < len(tokens) and tokens[j].text in PARTICLES:
        j += 1
    return j < len(tokens) and is_name_word(tokens[j].text)


def _is_short_given_name(tokens: list[_Token], j: int) -> bool:
    """"JD Vance", and the surname He of "He Lifeng" where "He" cannot be the pronoun."""
    text = tokens[j].text
    if text == "He":
        return _mid_sentence(tokens, j)
    return len(text) == 2 and text.isupper() and text.isalpha()


def _apposed_after_role(tokens: list[_Token], title: int, after: int,
                        headline: bool) -> tuple | None:
    """"President of the Republic of Indonesia, Prabowo Subianto, met …"; "Mayor of Tucson,
    Arizona, Regina Romero"; "Commissioner of the National Migration Institute (INM), X"."""
    if after + 3 < len(tokens) and tokens[after].text == "(" and tokens[after + 2].text == ")" \
            and tokens[after + 1].text.isupper():
        after += 3  # the short form of the body the role is of, no part of the role
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    if after + 2 < len(tokens) and is_place(tokens[after + 1].text) and \
            tokens[after + 2].text == ",":
        after += 2
    listed = after + 1  # "Minister of Education, Science and Sport, Jane Roe": a list of fields
    while listed < len(tokens) and (_capitalised(tokens[listed].text) or
                                    tokens[listed].text == "and"):
        listed += 1
    fields_end = listed
    if listed < len(tokens) - 1 and tokens[listed].text == "of":  # "…, International Trade and
        listed = _complement_run(tokens, listed + 1)  # Worship of the Argentine Republic, X"
    if listed < len(tokens) and tokens[listed].text == "," and \
            "and" in (t.text for t in tokens[max(after + 1, fields_end - 4):fields_end - 1]):
        after = listed  # "…, Cooperation and Nigeriens Abroad, X": the last field may be two words
    start = after + 1
    while start < len(tokens) - 1 and tokens[start].text in HONORIFICS and \
            tokens[start].text[:2] not in ("Mr", "Ms", "Dr"):
        start += 1  # "…, Datuk Seri Azlan Hamid"; "…, Mr. Y" is the honorific's own reading
    end = _name_run(tokens, start)
    if end - start < 2 or not _ends_phrase(tokens, end + (end < len(tokens) and
                                                         tokens[end].text in POSTNOMINALS)):
        return None
    role_start = _role_start(tokens, title, headline)
    if role_start >= 2 and tokens[role_start - 1].text == "," and \
            is_name_word(tokens[role_start - 2].text):
        return None  # "Jane Roe, Executive Director, Harbor Trust": the role is Roe's
    second = next((k + 2 for k in range(after - 3, role_start, -1)
                   if tokens[k].text == "and" and tokens[k + 1].text == "the" and
                   _is_title(tokens[k + 2].text)), None)
    if second:  # "chaired by the High Representative … and the Minister of Foreign Affairs of
        role_start = second  # Egypt, Badr Abdelatty": the name is the second office's
    role = _role(tokens, role_start, after, None)
    return start, end, role and _SHORT_FORM_END.sub("", role)


#: The short form of a body, in brackets after its name: "(the National Migration Institute)
#: (INM)".
_SHORT_FORM_END = re.compile(r"\s*\([A-Z]{2,8}\)$")


def _apposed(tokens: list[_Token], i: int) -> tuple[int, int, str] | None:
    """"Scott Bessent, Secretary of the Treasury," — a full name, a comma, then a role."""
    if i == 0 and tokens[0].text.lower() in PERSON_NOUNS and _name_run(tokens, 1) >= 3:
        return _apposed(tokens, 1)  # "Mediator Ruth Banda, a former minister,"
    if i > 0 and (is_name_word(tokens[i - 1].text) or is_initial(tokens[i - 1].text)) and \
            not (i == 1 and tokens[0].text.lower() in PERSON_NOUNS):
        return None
    before = i - 2 if i > 1 and tokens[i - 1].text == "the" else i - 1
    if before >= 0 and tokens[before].text in ("in", "at", "near"):
        return None  # "in Colonia del Sacramento, the Minister of X, Jane Roe, …": a place
    end = _name_run(tokens, i)
    comma = end + (end < len(tokens) and tokens[end].text in POSTNOMINALS)
    if end - i < 2 or comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return None
    j = comma + 1
    if tokens[j].text in ("and", "or"):
        return None  # "Jane Roe, and the Minister of X, …": the next person's role
    if tokens[j].text == "the":
        j += 1
    role_end = j
    has_title = False
    while role_end < len(tokens):
        text = tokens[role_end].text
        following = tokens[role_end + 1].text if role_end + 1 < len(tokens) else ""
        if is_cap(text) or is_abbreviation(text):
            has_title = has_title or text in TITLE_WORDS
            role_end += 1
        elif text in ("of", "for", "to", "the", "on", "and") and (
                is_cap(following) or is_abbreviation(following) or following == "the"):
            role_end += 1
        elif text in ("’s", "'s") and role_end > j and is_cap(following):
            role_end += 1  # "Ryota Kanzaki, Japan's State Minister for Foreign Affairs"
        elif text in ("at", "in") and has_title and (is_cap(following) or following == "the"):
            role_end += 1  # "Jane Roe, Additional Secretary in the Department of Commerce"
        else:
            break
    if tokens[j].text in HONORIFICS or canonical(_text(tokens, i, end)):
        return None  # "the Foreign Minister of Sri Lanka, Mr. Ravi Perera": a place, then a name
    if (tokens[j].text in NOT_NAMES and not has_title) or not _ends_phrase(tokens, role_end):
        return _apposed_in_lowercase(tokens, i, end)  # "National (Security Adviser)" may open one
    if not has_title and not _is_attendee(tokens, i, j, role_end):
        return None
    return i, end, _text(tokens, j, role_end)


#: A verb right after a name and its comma opens a clause: "Jane Roe, met …", "…, said".
_VERB_AFTER_NAME = re.compile(r"[a-z]+ed|met|said|says|told|held|led|left|made|took|gave|spoke|"
                              r"came|went|saw|won|began|sent|paid|flew|is|was|are|were|will|"
                              r"would|has|had|have")


#: Words that open a relative clause, never a role: "the World Cup, which X will co-host".
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "where", "when"})
#: Words that continue a role after its person noun: "director (of the Trust)", "(at) X".
_ROLE_COMPLEMENT_OPENERS = frozenset({"of", "for", "at", "in", "on", "to", "with", "from", "and",
                                      "’s", "'s"})


#: A word of letters, hyphens allowed: "secretary-general".
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


#: Words that never stand before the noun of a role: its modifiers are words, not phrases.
_NOT_A_MODIFIER = frozenset({"to", "by", "of", "in", "for", "with", "at", "from", "on", "a", "an",
                             "the", "since", "after", "before"})


def _apposed_in_lowercase(tokens: list[_Token], i: int, end: int) -> tuple | None:
    """"Jane Roe, executive director of the Harbor Trust," — a role in lowercase words."""
    j = end + 1
    if _VERB_AFTER_NAME.fullmatch(tokens[j].text) or tokens[j].text in _RELATIVE_WORDS:
        return None  # "Hakan Fidan, met his counterpart", "the World Cup, which …": a clause
    if tokens[j].text in ("its", "their", "our"):
        return None  # "the Global Methane Pledge, its status as a founding member": a thing's
    if tokens[j].text in ("on", "in", "at", "for", "to", "with", "by", "from", "during", "after",
                          "before", "as"):
        return None  # "Arief Hadiprojo, on an official visit": a phrase, no role
    if tokens[j].text in ("a", "an", "the"):
        j += 1
    k = owner_end = j
    while owner_end < len(tokens) - 1 and owner_end - j < 5 and \
            (is_cap(tokens[owner_end].text) or is_abbreviation(tokens[owner_end].text)):
        owner_end += 1
    if owner_end > j and tokens[owner_end].text in ("’s", "'s"):
        k = owner_end + 1  # "Tesfaye Alemu, Ethiopia’s chief negotiator", "the World Bank’s …"
    while k < len(tokens) and k - j < 8 and (
            (_WORD.fullmatch(tokens[k].text) and (
                tokens[k].text.islower() or canonical(tokens[k].text) or
                is_cap(tokens[k].text)) and not is_person_noun(tokens[k].text))
            or is_abbreviation(tokens[k].text) or tokens[k].text in ("’s", "'s")):
        k += 1  # "a former Colombian deputy foreign minister", "the European Commission
        # president", "the U.N. secretary-general’s special envoy"
    if k >= len(tokens) or not is_person_noun(tokens[k].text):
        return None
    if tokens[k].text in ("pair", "duo") and k + 1 < len(tokens) and tokens[k + 1].text == "of":
        return None  # "the Minerva Reefs, a pair of atolls": how many things, no person
    if any(token.text in _NOT_A_MODIFIER for token in tokens[j:k]):
        return None  # "Moussa Keita, the first visit to Algeria by a Malian minister": no role
    while k + 1 < len(tokens) and is_person_noun(tokens[k + 1].text):
        k += 1  # "executive director", "chief negotiator"
    stop = k + 1
    if stop < len(tokens) and tokens[stop].text not in _ROLE_COMPLEMENT_OPENERS:
        return i, end, _text(tokens, j, stop)  # "the minister (laid a wreath)": the role ends
    while stop < len(tokens) and tokens[stop].text not in (",", ".", ";", "(", ")", "—", "–"):
        stop += 1
    return i, end, _text(tokens, j, stop)


def _is_attendee(tokens: list[_Token], i: int, role_start: int, role_end: int) -> bool:
    """A list item that is only a name and an institution: "Jane Roe, Harbor Housing Council"."""
    opening = all(t.text in ("-", "*", "•") for t in tokens[:i])
    closing = all(t.text in (".", ";") for t in tokens[role_end:])
    return opening and closing and any(t.text in OFFICE_WORDS
                                       for t in tokens[role_start:role_end])


#: What is done only to a person, before whose name: "the detention of Michael Kovrig".
_DONE_TO_A_PERSON = frozenset({"detention", "arrest", "release", "imprisonment", "killing",
                               "murder", "assassination", "abduction", "kidnapping", "execution",
                               "sentencing", "conviction", "extradition", "jailing"})
#: Verbs whose object, told by a full name, is someone met: "(The minister) met Jane Roe".
_MET_IN_PERSON = frozenset({"met", "meets", "received", "receives", "hosted", "hosts", "welcomed",
                            "welcomes", "thanked", "thanks", "telephoned", "phoned",
                            "congratulated", "congratulates"})
#: Last words of a name that is a body or a place, not a person: "Sindh Province".
_BODY_WORDS = frozenset({"Province", "Region", "District", "County", "State", "City", "Group",
                         "Bank", "Motor", "Motors", "Airlines", "Airways", "Corporation",
                         "Company", "University", "Council", "Ministry", "Government",
                         "Assembly", "Parliament", "Club", "Party", "Front", "Movement"})


def _cued(tokens: list[_Token], i: int) -> tuple[int, int, None] | None:
    """A full name the sentence treats as a person: "Jane Roe said", "said Jane Roe",
    "dictator Jane Roe", "Jane Roe, who …", "Jane Roe thanked her team"."""
    if i > 0 and (is_name_word(tokens[i - 1].text) or is_initial(tokens[i - 1].text)):
        return None
    if _NOUN_OF_AN_OFFICE.search(tokens[i].text):
        return None  # "(Director of Public) Prosecution Eva-Marie Persson said": no name's word
    end = _name_run(tokens, i)
    if i == 0 and end >= 3 and tokens[0].text.lower() in PERSON_NOUNS:
        return 1, end, None  # "Analyst Mei Tanaka said": a person noun opening the sentence
    before = tokens[i - 1].text if i > 0 else ""
    after = [t.text for t in tokens[end:end + 2]]
    if end - i == 1 and before == "," and i >= 2 and tokens[i - 2].text == "counterpart" and \
            after[:1] in ([","], ["."], [";"]) and not is_place(tokens[i].text):
        return i, end, None  # "her Indonesian counterpart, Sugiono,": one name is a name
    if end - i < 2:
        return None
    if after[:1] and after[0] in TITLE_WORDS and _name_run(tokens, end + 1) - (end + 1) >= 2:
        return None  # "(led by) Jal Shakti Secretary Debashree Mukherjee": the office of the
        # person named after the title
    noun = is_person_noun(before) and (
        before not in VERB_NOUNS or (i >= 2 and (is_cap(tokens[i - 2].text)
                                                  or is_abbreviation(tokens[i - 2].text)
                                                  or tokens[i - 2].text in ("’s", "'s"))))
    pronoun_later = i == 0 and any(t.text in ("he", "she", "his", "her", "him", "himself",
                                             "herself") for t in tokens[end:])
    apposed = before == "," and i >= 2 and tokens[i - 2].text in PERSON_NOUNS and \
        tokens[i - 2].text not in VERB_NOUNS and after[:1] == [","]  # "the envoy, Jane Roe,"
    apposed = apposed or (before == "," and i >= 2 and tokens[i - 2].text in OFFICE_NOUNS
                          and (not after or after[0] in (".", ";")))  # "said its envoy, Jane Roe."
    if noun or apposed:
        role = _lowercase_role(tokens, i - 1 if noun else i - 2)
        return i, end, role
    posted = _posted_to(tokens, i)
    if posted:
        return i, end, posted
    office = _office_of_before(tokens, i - 1) if before == "," and after[:1] == [","] else None
    if office is not None:
        return i, end, capitalised(_text(tokens, office, i - 1))  # "the head of the CIA, X,"
    noun_at = _noun_before_complement(tokens, i - 2) if before == "," and i >= 2 else i - 2
    if noun_at != i - 2 and after[:1] == [","] and tokens[noun_at].text in PERSON_NOUNS and \
            tokens[noun_at].text not in VERB_NOUNS:
        office = _lowercase_role(tokens, noun_at) if tokens[noun_at].text in OFFICE_NOUNS \
            else None
        return i, end, office and _with_complement(office, _text(tokens, noun_at + 1, i - 1))
    cued = (before in SAYING or pronoun_later
            or (after[:1] == [","] and len(tokens) > end + 1
                and tokens[end + 1].text in ("who", "whose"))
            or (after[:1] and (after[0] in SAYING or after[0] in ACTING))
            or (before == "to" and i >= 2 and tokens[i - 2].text.lower() == "according")
            or (before == "by" and i >= 2 and tokens[i - 2].text in LED_BY)
            or (before == "of" and i >= 2 and tokens[i - 2].text.lower() in _DONE_TO_A_PERSON)
            or (before in _MET_IN_PERSON and after[:1] in ([], ["."], [","], [";"], ["at"], ["in"],
                                                          ["on"], ["during"], ["for"])
                and tokens[end - 1].text not in _BODY_WORDS)
            or (after[:1] == [","] and len(tokens) > end + 1 and tokens[end + 1].text in SAYING)
            or after[:2] in (["and", "his"], ["and", "her"]))
    if cued and before == "the" and after[:1] and after[0] in ACTING:
        return None  # "the Land Boundary signed in 2000": a thing named, not a person
    return (i, end, None) if cued else None


def _with_complement(office: str, complement: str) -> str:
    """An office with what it is for, after whose it is only when that tells a posting:
    "Ambassador of Ethiopia" + "to Kenya", "Minister" + "for trade" + " of Kenya"."""
    head, of, owner = office.partition(" of ")
    if not of or complement.startswith(("to ", "in ")):
        return f"{office} {complement}"
    return f"{head} {complement} of {owner}"


def _counterpart_role(tokens: list[_Token], start: int, their_role: str | None) -> str | None:
    """"President Ruto hosted his Tanzanian counterpart, Samia Hassan": President of Tanzania —
    the office of the one named before, held in the counterpart's country."""
    while start and tokens[start - 1].text in HONORIFICS:
        start -= 1  # "her Ghanaian counterpart, Hon. Samuel Ablakwa"
    j = start - 1 if start and tokens[start - 1].text == "," else start
    if not their_role or j < 2 or tokens[j - 1].text not in ("counterpart", "counterparts"):
        return None
    state = canonical(tokens[j - 2].text) or (
        canonical(_text(tokens, j - 3, j - 1)) if j >= 3 else None)
    if not state or state not in STATES.values():
        return None
    office, _, owner = their_role.rpartition(" of ")
    if not office or canonical(re.sub(r"^the\s+", "", owner)) not in STATES.values():
        office = their_role  # "Secretary of Foreign Affairs": the portfolio stays
    first, _, rest = office.partition(" ")
    if rest and canonical(first) in STATES.values():
        office = rest  # "(the) Ivorian Minister of Agriculture": the office, not its state
    return f"{office} of {in_a_phrase(state)}"


def _office_of_before(tokens: list[_Token], comma: int) -> int | None:
    """Where "head of the CIA" begins, when it ends right before the comma at `comma`."""
    j = comma
    while j > 0 and comma - j < 6 and (is_cap(tokens[j - 1].text) or is_abbreviation(
            tokens[j - 1].text) or tokens[j - 1].text == "the"):
        j -= 1
    if j < 2 or j == comma or tokens[j - 1].text != "of" or \
            tokens[j - 2].text not in OFFICE_NOUNS | {"head"}:
        return None
    return j - 2


#: Verbs in the past that end in no "-ed": "(The delegation) met (trade minister Jane Roe)".
_IRREGULAR_PAST = frozenset({"met", "held", "told", "led", "saw", "took", "gave", "sent", "made",
                             "won", "lost", "left", "spoke", "wrote", "sought", "brought"})


def _may_qualify_office(word: str) -> bool:
    """A lowercase word that can be part of an office: "trade", "fisheries", "deputy"."""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS and \
        word not in SAYING and word not in ACTING and word not in _IRREGULAR_PAST and \
        word not in ("his", "her", "their", "its", "our", "my", "whose") and \
        not word.endswith(("ing", "ed"))  # "officials including deputy minister X"


def _posted_to(tokens: list[_Token], i: int) -> str | None:
    """The role of an envoy named right after the state they are posted to: "China’s
    ambassador to Britain Liu Xiaoming" → "Ambassador of China to Britain"."""
    if i < 3 or tokens[i - 2].text not in ("to", "in") or not is_place(tokens[i - 1].text) or \
            tokens[i - 3].text not in OFFICE_NOUNS:
        return None
    return f"{_lowercase_role(tokens, i - 3)} {tokens[i - 2].text} {tokens[i - 1].text}"


def _noun_before_complement(tokens: list[_Token], last: int) -> int:
    """Where the noun a short complement ending at `last` follows is: "envoy" of "the envoy
    for the dispute"; `last` itself without such a complement."""
    for k in range(last - 1, max(last - 5, 0), -1):
        if tokens[k].text in (",", ";", "(", ")"):
            break
        if tokens[k].text in ("for", "on", "to", "of", "in") and k >= 1:
            return k - 1
    return last


def _described_as(tokens: list[_Token], noun: int) -> str | None:
    """What someone who holds no office is, told before the name with "a": "A Baku-based
    political analyst, Farid Alasgarov," → "Baku-based political analyst"."""
    start = noun
    while start > 0 and noun - start < 4 and tokens[start - 1].text not in ("a", "an", "A", "An") \
            and _WORD.fullmatch(tokens[start - 1].text) and tokens[start - 1].text not in NOT_NAMES:
        start -= 1
    if start == 0 or tokens[start - 1].text not in ("a", "an", "A", "An"):
        return None
    return _text(tokens, start, noun + 1)


def _lowercase_role(tokens: list[_Token], noun: int) -> str | None:
    """A role written in lowercase before a name: "Canada's trade minister, Jane Roe" →
    "Trade Minister of Canada"; "EU fisheries commissioner Jane Roe" → "EU Fisheries
    Commissioner". A noun that is no office ("dictator", "counterpart") gives no role."""
    if tokens[noun].text not in OFFICE_NOUNS:
        return _described_as(tokens, noun)
    start = noun
    while start > 0 and noun - start < 3 and _may_qualify_office(tokens[start - 1].text):
        start -= 1
    role = " ".join(t.text.capitalize() for t in tokens[start:noun + 1])
    if start >= 2 and tokens[start - 1].text in ("’s", "'s"):
        first = start - 2  # "The European Union's special envoy": the owner's whole name
        while first > 0 and start - 2 - first < 3 and is_cap(tokens[first - 1].text) and \
                tokens[first - 1].text not in ("The", "A", "An"):
            first -= 1
        owner = _text(tokens, first, start - 1)
        state = canonical(owner) or (owner if is_cap(tokens[start - 2].text) else None)
        return f"{role} of {in_a_phrase(state)}" if state else role
    nationality = canonical(_text(tokens, start - 2, start)) if start >= 2 else None
    if nationality in STATES.values():
        return f"{role} of {nationality}"  # "North Korean leader"
    if start >= 2 and tokens[start - 2].text in ("Former", "former") and \
            canonical(tokens[start - 1].text) in STATES.values():
        role = f"Former {role}"  # "Former Nigerian president Olusegun Obasanjo"
    if start >= 1 and (is_cap(tokens[start - 1].text) or is_abbreviation(tokens[start - 1].text)) \
            and tokens[start - 1].text not in NOT_NAMES:
        state = canonical(tokens[start - 1].text)
        if state and state in STATES.values() and state != tokens[start - 1].text:
            return f"{role} of {in_a_phrase(state)}"  # "Norwegian fisheries minister"
        body = start - 1  # "Foreign Ministry spokesperson": the body is the role's too
        while body > 0 and start - body < 3 and is_cap(tokens[body - 1].text) and \
                tokens[body - 1].text not in NOT_NAMES and not canonical(tokens[body - 1].text):
            body -= 1
        whose = canonical(tokens[body - 1].text) if body > 0 else None
        of = f" of {in_a_phrase(whose)}" if whose in STATES.values() else ""  # "Chinese …"
        return f"{_text(tokens, body, start)} {role}{of}"
    return role


def _mid_sentence(tokens: list[_Token], j: int) -> bool:
    return j > 0 and tokens[j - 1].text not in (".", ":", ";", "“", '"', "?", "!")


def _ends_phrase(tokens: list[_Token], j: int) -> bool:
    return j >= len(tokens) or tokens[j].text in (",", ".", ";", "and", ")", "–", "—", ":")


#: Nouns that end the name of a building or a venue, never of an office.
_VENUES = frozenset({"Palace", "House", "Hall", "Hotel", "Centre", "Center", "Castle",
                     "Airport", "Square", "Residence", "Mansion"})


#: Verbs that open a question before its subject; capitalised there, yet no part of a role.
_AUXILIARIES = frozenset({"Will", "Would", "Can", "Could", "Should", "Shall", "Does", "Did",
                          "Do", "Is", "Are", "Was", "Were", "Has", "Have", "Had"})


def _role_start(tokens: list[_Token], title: int, headline: bool = False) -> int:
    """Where the role ending in the title word at `title` starts: "State Department’s Acting
    Assistant Secretary", "Foreign Minister and Alternate Prime Minister"."""
    j = title
    while j > 0:
        prev = tokens[j - 1].text
        before = tokens[j - 2].text if j >= 2 else ""
        if prev in THING_WORDS or (headline and not is_role_word(prev)):
            break
        if prev in ("for", "of", "on") and _ends_titled_name(tokens, j - 1):
            break  # "(President Nurlan Abenov) for Prime Minister": another's name and title
        if prev == "the" and before == "of" and (tokens[j].text in TITLE_WORDS or
                                                 tokens[j].text in TITLE_MODIFIERS):
            break  # "(the Official Visit to Brazil) of the Minister of X": what the office
            # holder does, no part of the office
        if prev in ("His", "Her") and _is_his_holiness(tokens, j - 1):
            j -= 1
            break  # "(in NEOM) His Excellency": a style of address opens what it addresses
        if (is_cap(prev) or is_abbreviation(prev) or prev in ("’s", "'s", "former")
                or (prev == "-" and tokens[j - 1].end == tokens[j].start)  # not "Kyodo - "
                or (prev in ("of", "the", "for", "on") and (is_cap(before)
                                                           or before in ("of", "to", "for")))
                or (prev == "to" and before in TITLE_WORDS and tokens[j].text == "the")
                # "Adviser to the President": not "According to (Minister X)", "the chair of
                # the Authority to (President X)", "from the Foreign Minister to (Minister X)"
                or (prev == "and" and before in TITLE_WORDS)
                or (prev == "and" and _joins_portfolios(tokens, j - 1))):
            j -= 1
        else:
            break
    ahead = j - 1 - (j > 1 and tokens[j - 1].text in ("the", "a"))
    venues = [k for k in range(j, title) if tokens[k].text in _VENUES]
    if venues and ahead >= 0 and tokens[ahead].text in ("at", "in"):
        j = venues[-1] + 1  # "received at Al-Ittihadiya Palace President X": a place
    while j < title and (tokens[j].text in CONNECTORS or tokens[j].text in ("’s", "'s")
                         or tokens[j].text in _AUXILIARIES  # "Will (President Min attend)?"
                         or (tokens[j].text in NOT_NAMES and not is_role_word(tokens[j].text)
                             and not _is_his_holiness(tokens, j)
                             and not canonical(_text(tokens, j, j + 2)))  # "New Zealand"
                         or _is_person_before_possessive(tokens, j, title)):
        j += 1
    if _is_his_holiness(tokens, j):
        style = j + 1 + (tokens[j + 1].text == "Royal")
        if style < title:  # "His Majesty King …": the style of address is no part of the role
            j = style + 1
    joined = [k for k in range(j, title)
              if tokens[k].text == "and" and not _joins_portfolios(tokens, k)]
    if joined and j > 0 and tokens[j - 1].text in ("The", "the"):
        return joined[-1] + 1  # "The Chancellor and Prime Minister Modi": two people
    return j


def _joins_portfolios(tokens: list[_Token], k: int) -> bool:
    """Whether the "and" at `k` joins two portfolios of one office: "(the) Water and Energy
    (Minister)", not "Germany and (Foreign Minister X)"."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text in OFFICE_WORDS and \
        tokens[k + 1].text in OFFICE_WORDS and tokens[k + 1].text not in TITLE_MODIFIERS


def _ends_titled_name(tokens: list[_Token], end: int) -> bool:
    """Whether the words before `end` are a name after a title word: "President Nurlan Abenov",
    also of a state ("President Nurlan Abenov of Kazakhstan")."""
    if end >= 2 and tokens[end - 2].text == "of" and is_place(tokens[end - 1].text):
        end -= 2
    start = end
    while start > 0 and is_name_word(tokens[start - 1].text):
        start -= 1
    return start < end and start > 0 and tokens[start - 1].text in TITLE_WORDS


def _is_his_holiness(tokens: list[_Token], j: int) -> bool:
    return tokens[j].text in ("His", "Her") and j + 1 < len(tokens) and \
        tokens[j + 1].text in ("Holiness", "Majesty", "Highness", "Excellency", "Royal")


def _is_person_before_possessive(tokens: list[_Token], j: int, title: int) -> bool:
    """"President Biden’s National Security Advisor": the possessor is not part of the role."""
    for k in range(j, title):
        if tokens[k].text in ("’s", "'s"):
            owner = tokens[k - 1].text
            return owner not in OFFICE_WORDS and not is_place(owner)
        if not (is_cap(tokens[k].text) or is_abbreviation(tokens[k].text)):
            return False
    return False


def _role(tokens: list[_Token], start: int, complement_end: int, name_end: int | None) -> str:
    """The role as written, made canonical where a nationality qualifies a bare title; a
    former office as a title is written ("Former President")."""
    if tokens[start].text == "former" and start + 1 < complement_end:
        return f"Former {_role(tokens, start + 1, complement_end, name_end)}"
    role = _text(tokens, start, complement_end)
    first = tokens[start].text
    of = _of_after_name(tokens, name_end) if name_end is not None else None
    two_words = canonical(_text(tokens, start, start + 2)) if start < complement_end - 2 else None
    words = 2 if two_words in STATES.values() else 1  # "South Korean President"
    state = two_words if words == 2 else \
        canonical(first) if start < complement_end - 1 else None
    bare = not re.search(r"\b(?:of|for|to)\b", role)
    if of and (bare or (is_place(of) and not any(canonical(word) for word in role.split()))):
        return f"{role} of {of}"  # "Minister of Foreign Affairs X of Viet Nam"
    if state and state in STATES.values() and bare and first not in ("U.S.", "US"):
        after = start + words + (tokens[start + words].text in ("’s", "'s"))
        rest = _text(tokens, after, complement_end)
        return f"{rest} of {in_a_phrase(state)}"
    return " ".join(_RANKS_WRITTEN_OUT.get(word, word) for word in role.split())


#: Ranks a role abbreviates, written out as a briefing writes a role: "Gen." → "General".
_RANKS_WRITTEN_OUT = {"Gen.": "General", "Lt.": "Lieutenant", "Col.": "Colonel",
                      "Adm.": "Admiral", "Maj.": "Major", "Brig.": "Brigadier",
                      "Capt.": "Captain", "Cmdr.": "Commander", "Sgt.": "Sergeant"}


def _of_after_name(tokens: list[_Token], end: int) -> str | None:
    """"Prime Minister Modi of India" → "India" for the role."""
    if end + 1 >= len(tokens) or tokens[end].text != "of":
        return None
    j = end + 1
    the = tokens[j].text == "the"
    j += the
    k = j
    while k < len(tokens) and k - j < 8 and (
            is_cap(tokens[k].text)
            or (tokens[k].text in ("of", "’s", "'s") and k + 1 < len(tokens)
                and is_cap(tokens[k + 1].text))
            or (tokens[k].text == "of" and k + 2 < len(tokens) and tokens[k + 1].text == "the"
                and is_cap(tokens[k + 2].text))  # "of the Democratic Republic of the Congo"
            or (tokens[k].text == "the" and tokens[k - 1].text == "of" and k + 1 < len(tokens)
                and is_cap(tokens[k + 1].text))):
        k += 1
    if k == j:
        return None
    known = next((end for end in range(k, j, -1) if canonical(_text(tokens, j, end))), k)
    place = _text(tokens, j, known)  # "of France Announcing …" (a title's next word) → France
    return f"the {place}" if the else place


def _as_in_body(name_tokens: list[_Token], body: str) -> list[_Token]:
    """A headline's name cut to what the article's text writes: "Donald J. Trump Brings" →
    "Donald J. Trump"; without such a mention, the words the text never writes in lowercase."""
    for size in range(len(name_tokens), 0, -1):
        words = " ".join(t.text for t in name_tokens[:size])
        if next(standing_alone(body, words), None) is not None:
            return name_tokens[:size]
    lower = body.lower()
    kept = []
    for token in name_tokens[:3]:
        if re.search(rf"\b{re.escape(token.text.lower())}\b", lower) and token.text[0].isupper() \
                and re.search(rf"\b{re.escape(token.text.lower())}\b", body):
            break
        stem = re.sub(r"(?:es|s)$", "", token.text.lower())
        if len(stem) >= 4 and stem != token.text.lower() and \
                re.search(rf"\b{re.escape(stem)}(?:s|es|ed|d|ing)\b", body):
            break  # "Crown Prince Receives …": a verb the text writes "received"
        kept.append(token)
    return kept


def _name(text: str, name_tokens: list[_Token]) -> str | None:
    words = [t for t in name_tokens if t.text not in HONORIFICS]
    while words and words[-1].text in PARTICLES:
        words.pop()
    if not words or all(is_initial(t.text) or t.text in SUFFIXES for t in words):
        return None
    if all(_names_places(t.text) for t in words):
        return None  # "the UK-Germany summit": places, not a person
    if words[0].text in _NAMED_UNDERTAKINGS:
        return None  # "Operation Absolute Resolve led to …": an operation, not a person
    return text[words[0].start:words[-1].end].strip(" ,")


#: Words that open the name of an undertaking, never a person's: "Operation Desert Shield".
_NAMED_UNDERTAKINGS = frozenset({"Operation", "Exercise", "Project", "Programme", "Program"})


def _names_places(word: str) -> bool:
    """Whether a word is places joined by hyphens: "UK-Germany", "EU-China"."""
    parts = word.split("-")
    return len(parts) > 1 and all(canonical(part) or is_place(part) for part in parts)


class _Roster:
    """The people found so far, in order, filed by name word and surname: a new mention is
    compared only with those it can be (`same_person` needs one of them shared), so the
    time grows with the mentions, not with mentions × people."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._filed: dict[object, set[int]] = {}

    def add(self, person: Person) -> None:
        """Add a person unless already known; a fuller name or role replaces a shorter one."""
        if is_government_building(person.name):
            return  # "Wisma Putra said …": a government, named by its building
        maybe = set().union(*(self._filed.get(key, ()) for key in _keys(person.name)))
        for i in sorted(maybe):
            known = self.people[i]
            if not same_person(known.name, person.name):
                continue
            name = max((known.name, person.name), key=lambda n: (len(_name_words(n)), len(n)))
            role = known.role
            if person.role and (not role or _contains(person.role, role)):
                role = person.role
            self.people[i] = Person(name, role)
            self._file(i, name)
            return
        self.people.append(person)
        self._file(len(self.people) - 1, person.name)

    def _file(self, i: int, name: str) -> None:
        for key in _keys(name):
            self._filed.setdefault(key, set()).add(i)


def _keys(name: str) -> set[object]:
    """What two names of one person share (see `same_person`): a name word or the surname."""
    return {*_name_words(name), ("surname", surname(name))}


def _contains(longer: str, shorter: str) -> bool:
    """"White House Press Secretary" contains "Press Secretary": a fuller role, not another."""
    if longer == shorter or not shorter:
        return False
    at = longer.find(shorter)
    while at >= 0:  # as a whole phrase, not inside a word ("Secretary" in "Undersecretary")
        end = at + len(shorter)
        if not (at and _is_word_character(longer[at - 1])) and \
                not (end < len(longer) and _is_word_character(longer[end])):
            return True
        at = longer.find(shorter, at + 1)
    return False


def _is_word_character(character: str) -> bool:
    """Whether a regular expression's \\w matches `character`: a letter, digit or underscore."""
    return character.isalnum() or character == "_"


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", name)
                     if w not in ("Jr", "Sr", "Mr", "Mrs", "Ms", "Dr") and len(w) > 1)


def _text(tokens: list[_Token], start: int, end: int) -> str:
    if start >= end:
        return ""
    parts = [tokens[start].text]
    for prev, token in zip(tokens[start:end - 1], tokens[start + 1:end], strict=True):
        parts.append(token.text if token.start == prev.end else " " + token.text)
    return "".join(parts)
