"""People and their roles as the article gives them: "White House Press Secretary Karoline Leavitt".

A person is found after a title ("President", "Secretary", "Prime Minister", "Mrs.") as a run
of capitalised name words; the role is the title with what qualifies it — an office before it
("White House"), a nationality ("Chinese" → "of China") or an "of <state>" after the name.
Later mentions by surname alone ("Trump", "President Biden") are folded into the full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.names import STATES, canonical

_TITLES = [
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Chancellor",
    "Premier", "Vice Premier", "Secretary of State", "Secretary of Defense", "Secretary of the "
    "Treasury", "Treasury Secretary", "Defense Secretary", "Commerce Secretary", "Secretary",
    "Secretary-General", "Secretary General", "Foreign Minister", "Defence Minister",
    "Defense Minister", "Finance Minister", "Trade Minister", "Minister", "Deputy Minister",
    "Press Secretary", "Spokesperson", "Spokesman", "Spokeswoman", "Ambassador", "Envoy",
    "Special Envoy", "King", "Queen", "Crown Prince", "Prince", "Princess", "Emir", "Amir",
    "Sheikh", "Sultan", "Pope", "His Holiness", "His Majesty", "Her Majesty", "Senator",
    "Governor", "Mayor", "General", "Admiral", "Chairman", "Chairwoman", "Chair", "Director",
    "National Security Advisor", "National Security Adviser", "Trade Representative",
    "First Lady", "Mrs.", "Mr.", "Ms.", "Dr.", "Foreign Secretary", "Home Secretary",
    "Commissioner", "High Representative", "Leader", "Speaker", "Chief Executive",
]
_TITLE = "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))
_NAME_WORD = (r"(?:[A-ZÀ-Þ][a-zà-ÿ]+(?:['’][a-zà-ÿ]{2,})?(?:-[A-Za-zÀ-ÿ][a-zà-ÿ'’]+)*"
              r"(?![a-zà-ÿ])"
              r"|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+)")
_PARTICLE = r"(?:[Bb]in|[Bb]int|al|el|de|da|di|del|van|von|der|le|la|dos|das|ibn)"
_NAME = (rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}[\s-])?{_NAME_WORD}){{0,4}}"
         r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?")
_QUALIFIER = r"(?:(?:White House|U\.S\.|State Department|Pentagon|Treasury|Foreign|EU|UN)\s+)?"
_PERSON = re.compile(
    rf"(?P<pre>(?:[A-Z][\w.’']*\s+){{0,3}}?)(?P<title>{_QUALIFIER}(?:{_TITLE}))\s+"
    rf"(?P<name>{_NAME})(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w’']*(?:\s+(?:of\s+)?[A-Z][\w’']*)*)?"
)
_NOT_NAMES = {
    "The", "This", "That", "These", "Those", "And", "But", "In", "On", "At", "For", "With",
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Following", "Meeting", "Meets", "Call", "Calls", "Visit",
    "Visits", "Trip", "Travel", "Travels", "Joint", "Remarks", "Announces", "Accepts", "Hosts",
    "Welcomes", "Speaks", "Holds", "Before", "After", "During", "Ahead", "Regarding", "To",
    "Assembly", "Authority", "Resolution", "Terms", "Committee", "Commission", "Agency", "Fund",
    "Bank", "Forum", "Partnership", "Agreement", "Initiative", "Act", "Plan", "Program",
    "Programme", "Strategy", "Framework", "Dialogue", "Declaration", "Accords", "Accord",
    "Treaty", "Group", "Union", "Court", "Staff", "Affairs", "Security", "Policy", "Report",
    "House", "Office", "Administration", "Department", "State", "States", "Summit", "Council",
    "Government", "Ministry", "Minister", "Leaders", "Leader", "Statement", "Readout", "Today",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"}


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None


def find_people(texts: list[str]) -> list[Person]:
    """Everyone named with a title in `texts` (title first, then the sentences), in order."""
    people: list[Person] = []
    for text in texts:
        for match in _PERSON.finditer(text):
            name = _clean_name(match.group("name"))
            if not name:
                continue
            role = _role(match)
            _add(people, Person(name, role))
    return people


def surname(name: str) -> str:
    suffixes = ("Jr", "Sr", "II", "III")
    words = [w for w in re.split(r"[\s,]+", name) if w and w.rstrip(".") not in suffixes]
    return words[-1] if words else name


def _clean_name(raw: str) -> str | None:
    words = [w for w in raw.split() if w.rstrip(".") not in ("Mr", "Mrs", "Ms", "Dr")]
    while words and (words[-1].rstrip(",") in _NOT_NAMES or words[-1] in _MONTHS
                     or canonical(words[-1].rstrip(",")) in STATES.values()):
        words.pop()
    while words and (words[0] in _NOT_NAMES or canonical(words[0]) is not None):
        words.pop(0)
    name = " ".join(words).rstrip(",")
    if not name or (name.endswith(".") and len(name) <= 2):
        return None
    if all(w in _MONTHS or w in _NOT_NAMES for w in words):
        return None
    return name


def _role(match: re.Match) -> str:
    title = match.group("title").strip()
    if title in ("Mr.", "Mrs.", "Ms.", "Dr."):
        return title
    state = None
    pre_words = match.group("pre").split()
    if pre_words:
        state = canonical(re.sub(r"['’]s$", "", pre_words[-1]))
    of = match.group("of")
    if of:
        place = re.sub(r"^\s+of\s+(?:the\s+)?", "", of).strip()
        state = canonical(place) or canonical(place.split()[0]) or state
        if not canonical(place) and not canonical(place.split()[0]):
            return f"{title} of {place}"
    return f"{title} of {'the ' if state == 'United States' else ''}{state}" if state else title


def _add(people: list[Person], person: Person) -> None:
    """Add a person unless already known; a fuller name or role replaces a shorter one."""
    last = surname(person.name)
    for i, known in enumerate(people):
        if surname(known.name) != last:
            continue
        short, full = sorted((person.name, known.name), key=len)
        first_short, first_full = short.split()[0], full.split()[0]
        same = (len(short.split()) == 1 or first_short[:2] == first_full[:2])
        if same:
            better_role = known.role if known.role and len(known.role) >= len(person.role or "") \
                else person.role
            people[i] = Person(full, better_role)
            return
    people.append(person)
