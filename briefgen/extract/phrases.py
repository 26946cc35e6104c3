"""Small phrase helpers shared by the extraction rules."""

from __future__ import annotations

import re
from functools import cache


def one_line(text: str, words: int = 18) -> str:
    """A clause as a one-line item: leading conjunctions dropped, cut at `words` with "…"."""
    text = re.sub(r"^(?:and|but|while|also|then|that)\s+", "", text.strip(" ,;:"), flags=re.I)
    parts = text.split()
    line = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
    return line[:1].upper() + line[1:]


def mentions(text: str, person: str) -> bool:
    """Whether `text` names the person, by full name or by one of their names ("Xi")."""
    return person in text or bool(_name_pattern(person).search(text))


@cache
def _name_pattern(person: str) -> re.Pattern:
    words = [re.escape(w) for w in person.replace(",", "").split()
             if len(w) >= 2 and w[0].isupper() and w.rstrip(".") not in ("Jr", "Sr")]
    return re.compile(rf"\b(?:{'|'.join(words)})\b" if words else r"(?!)")
