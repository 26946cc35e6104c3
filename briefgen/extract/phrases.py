"""Whether a text names a person: by full name, or by one of their names ("Xi")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache


def mentions(text: str, person: str) -> bool:
    """Whether `text` names the person, by full name or by one of their names ("Xi")."""
    return person in text or bool(_name_pattern(person).search(text))


def last_mention(text: str, person: str) -> int:
    """Where `text` last names the person, by any of their names ("Kim" of "Kim Ji-hoon",
    whose family name comes first); -1 if nowhere."""
    found = [m.start() for m in _name_pattern(person).finditer(text)]
    return found[-1] if found else text.rfind(person)


@cache
def _name_pattern(person: str) -> re.Pattern:
    words = [re.escape(w) for w in person.replace(",", "").split()
             if len(w) >= 2 and w[0].isupper() and w.rstrip(".") not in ("Jr", "Sr")]
    return re.compile(rf"\b(?:{'|'.join(words)})\b" if words else r"(?!)")


def standing_alone(text: str, phrase: str) -> Iterator[int]:
    """Where `phrase` stands in `text` with no word character or hyphen joined to either
    side ("Xi" in "Xi said", not in "Xinjiang" or "Xi-led"), left to right, not overlapping.

    A plain substring search: an article's every name is looked for this way, and compiling a
    pattern per name would cost more than reading the article.
    """
    at = text.find(phrase) if phrase else -1
    while at != -1:
        end = at + len(phrase)
        if _joined(text, at - 1) or _joined(text, end):
            at = text.find(phrase, at + 1)
        else:
            yield at
            at = text.find(phrase, end)


def _joined(text: str, at: int) -> bool:
    """Whether the character at `at` would continue a word there (as `[\\w-]` would match it)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")
