"""Whether a text names a person: by full name, or by one of their names ("Xi")."""

from __future__ import annotations

import re
from functools import cache


def mentions(text: str, person: str) -> bool:
    """Whether `text` names the person, by full name or by one of their names ("Xi")."""
    return person in text or bool(_name_pattern(person).search(text))


@cache
def _name_pattern(person: str) -> re.Pattern:
    words = [re.escape(w) for w in person.replace(",", "").split()
             if len(w) >= 2 and w[0].isupper() and w.rstrip(".") not in ("Jr", "Sr")]
    return re.compile(rf"\b(?:{'|'.join(words)})\b" if words else r"(?!)")
