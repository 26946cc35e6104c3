"""Regular expressions tried only on texts holding a piece of text every match must hold.

A cue pattern of many alternatives is tried at every word of a sentence, and most
sentences hold none of its cues. Yet each alternative spells some letters out: "at odds",
"concern", "agree to" or "agrees on". The pieces of which a match must hold at least one
are read off the pattern itself, so they follow every change of a rule; a text is first
searched for them in lower case, far faster than running the pattern, and one holding
none is known to hold no match. A piece is never longer than what a match spells, so the
gate may let through a text the pattern then rejects but never drops one it would match.

A text that passes is still not searched from every character: the first letters a match
can open with ("agr", "ple" at the start of a word) are read off the pattern the same way,
and the pattern is tried only where the text holds one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from re import _constants as c  # the standard library's own parser of regular expressions
from re import _parser as parser

from briefgen.extract.word_gate import as_ascii_case

_MOST_SPELLINGS = 64  # a run of literal text spelled more ways than this is cut short
_MOST_REPEATS = 3  # "x{0,3}" is spelled out; a longer repeat is not
_LONGEST_STRETCH = 24  # parts of a pattern spelled out together, at most
_LONG_ENOUGH = 6  # a piece this long is seldom in a text by chance
_OPENING = 3  # letters of a match's opening looked for before the pattern is tried
_WORD_CHARACTER = re.compile(r"\w")
_ANYWHERE, _WORD, _TEXT_START = "anywhere", "at a word", "at the start of the text"

#: How a match can open: its first letters in lower case, and where: anywhere, at the
#: start of a word (after "\\b"), or only at the start of the text (after "^").
Opening = tuple[str, str]


class LiteralGated:
    """A compiled pattern whose `search` and `finditer` skip a text holding none of the
    pieces of text a match of it must hold."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        pieces = required_pieces(pattern.pattern, pattern.flags)
        self.pieces = tuple(sorted(pieces)) if pieces is not None else None
        openings = match_openings(pattern.pattern, pattern.flags)
        self.openings = tuple(sorted(openings)) if openings is not None else None

    def may_match(self, text: str) -> bool:
        return self._holds_a_piece(as_ascii_case(text).lower())

    def _holds_a_piece(self, folded: str) -> bool:
        return self.pieces is None or any(map(folded.__contains__, self.pieces))

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        folded = as_ascii_case(text).lower()
        if not self._holds_a_piece(folded):
            return None
        if self.openings is None or len(folded) != len(text):
            return self.pattern.search(text, pos)
        for start in self._starts(text, folded, pos):
            if found := self.pattern.match(text, start):
                return found
        return None

    def _starts(self, text: str, folded: str, pos: int) -> list[int]:
        """Where in `text`, from `pos` on, a match can begin, in order: every place that
        holds one of the openings (at the start of a word, if it must open one)."""
        starts = set()
        for letters, where in self.openings:
            if where == _TEXT_START:
                starts.update((0,) if pos == 0 else ())
                continue
            at = folded.find(letters, pos)
            while at >= 0:
                if not (where == _WORD and at and _WORD_CHARACTER.match(text, at - 1)):
                    starts.add(at)
                at = folded.find(letters, at + 1)
        return sorted(starts)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def sub(self, replacement: str | Callable[[re.Match], str], text: str) -> str:
        return self.pattern.sub(replacement, text) if self.may_match(text) else text


class FirstOfGated:
    """Patterns searched as one alternation, each behind a gate of its own: the leftmost match
    of any (the first pattern's on a tie). An alternative spelled with common words ("ties",
    "deal") would open one shared gate to most texts; kept apart, it opens only its own."""

    def __init__(self, *patterns: re.Pattern) -> None:
        self.gated = tuple(LiteralGated(pattern) for pattern in patterns)

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        found = [match for gated in self.gated if (match := gated.search(text, pos))]
        return min(found, key=lambda match: match.start()) if found else None


def required_pieces(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Pieces of text, in lower case, of which every match of `pattern` holds at least one;
    None when a match need spell out no text at all ("\\w+ed")."""
    return _requirement(parser.parse(pattern, flags).data)


def match_openings(pattern: str, flags: int = 0) -> frozenset[Opening] | None:
    """The ways a match of `pattern` can open (see `Opening`); None when one of them cannot be
    spelled out ("\\w+ed"), or a line start may follow any line break (re.MULTILINE)."""
    if flags & re.MULTILINE:
        return None
    found = _openings(list(parser.parse(pattern, flags).data), frozenset({("", _ANYWHERE)}))
    if found is None or not flags & re.ASCII:
        return found
    return frozenset((letters, _ANYWHERE if where == _WORD else where)  # "é" ends no word
                     for letters, where in found)


def _openings(items: list, begun: frozenset[Opening]) -> frozenset[Opening] | None:
    """How a match can open that has begun in one of the ways `begun` and goes on with the
    sequence `items`. An opening is cut short at a part that cannot be spelled out and
    after one turn of a repeat; if it has then spelled nothing, no opening can be told."""
    going = frozenset(opening for opening in begun
                      if len(opening[0]) < _OPENING and opening[1] != _TEXT_START)
    if not going or not items:
        return begun if all(letters for letters, _ in going) else None
    done = begun - going
    (op, av), rest = items[0], items[1:]
    if op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        found = _openings(rest, frozenset(opening if opening[0] else ("", _TEXT_START)
                                          for opening in going))
    elif op is c.AT and av is c.AT_BOUNDARY:
        found = _openings(rest, frozenset(opening if opening[0] else ("", _WORD)
                                          for opening in going))
    elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        found = _openings(rest, going)
    elif op is c.SUBPATTERN:
        found = _openings(list(av[-1].data) + rest, going)
    elif op is c.BRANCH:
        found = _union(_openings(list(alternative.data) + rest, going)
                       for alternative in av[1])
    elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
        found = _union([_openings(list(av[2].data), going),
                        *([_openings(rest, going)] if av[0] == 0 else [])])
    else:
        spellings = _spellings(op, av) if op in (c.LITERAL, c.IN) else None
        if spellings is None:
            return None if any(not letters for letters, _ in going) else begun
        found = _openings(rest, frozenset(
            (letters + ch, where if letters or _WORD_CHARACTER.match(ch) else _ANYWHERE)
            for letters, where in going for ch in spellings))
    return None if found is None else done | found


def _union(openings: Iterable[frozenset[Opening] | None]) -> frozenset[Opening] | None:
    found: set[Opening] = set()
    for some in openings:
        if some is None:
            return None
        found |= some
    return frozenset(found)


def _requirement(items: Iterable) -> frozenset[str] | None:
    """The most telling set of pieces a match of the sequence `items` must hold one of.

    The candidates are the spellings of each stretch of literal text ("block", "blocked
    the ") and the pieces each other part requires; a set is better the longer its shortest
    piece (up to `_LONG_ENOUGH`), then the fewer its pieces, since every one is looked for.
    """
    items = list(items)
    each = [_spellings(op, av) for op, av in items]
    spelled = _joined(each)
    candidates = [_own_requirement(op, av) for (op, av), spellings in zip(items, each, strict=True)
                  if spellings is None]
    for start in range(len(spelled)):
        run = frozenset({""})
        for spellings in spelled[start:start + _LONGEST_STRETCH]:
            if spellings is None or len(run) * len(spellings) > _MOST_SPELLINGS:
                break
            run = frozenset(a + b for a in run for b in spellings)
            candidates.append(run)
    usable = [found for found in candidates if found and "" not in found]
    if not usable:
        return None
    return _fewest(max(usable, key=lambda found: (
        min(_LONG_ENOUGH, *map(len, found)), -len(found), min(map(len, found)))))


def _joined(spelled: list[frozenset[str] | None]) -> list[frozenset[str] | None]:
    """Parts spelled one way only joined into one ("b", "l", "o", "c", "k" → "block")."""
    out: list[frozenset[str] | None] = []
    for spellings in spelled:
        if spellings is not None and len(spellings) == 1 and out and out[-1] is not None \
                and len(out[-1]) == 1:
            out[-1] = frozenset({next(iter(out[-1])) + next(iter(spellings))})
        else:
            out.append(spellings)
    return out


def _own_requirement(op, av) -> frozenset[str] | None:
    """The pieces a part that cannot be spelled out requires: a group's, every
    alternative's, a repeated part's when it occurs at least once."""
    if op is c.SUBPATTERN:
        return _requirement(av[-1].data)
    if op is c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            pieces = _requirement(alternative.data)
            if pieces is None:
                return None
            found |= pieces
        return frozenset(found)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _requirement(av[2].data)
    return None


def _spellings(op, av) -> frozenset[str] | None:
    """Every text a part can match, in lower case, if they are few and fixed ("" for an
    anchor or a lookaround, which match no text); None otherwise."""
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset({""})
    if op is c.LITERAL:
        return _letter(chr(av))
    if op is c.IN:
        return _class(av)
    if op is c.SUBPATTERN:
        return _sequence_spellings(av[-1].data)
    if op is c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            spellings = _sequence_spellings(alternative.data)
            if spellings is None:
                return None
            found |= spellings
        return frozenset(found) if len(found) <= _MOST_SPELLINGS else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        least, most, body = av
        once = _sequence_spellings(body.data)
        if once is None or most > _MOST_REPEATS:
            return None
        found, current = set(), frozenset({""})
        for times in range(most + 1):
            if times >= least:
                found |= current
            current = frozenset(a + b for a in current for b in once)
            if len(found) + len(current) > _MOST_SPELLINGS:
                return None
        return frozenset(found)
    return None


def _sequence_spellings(items: Iterable) -> frozenset[str] | None:
    run = frozenset({""})
    for op, av in items:
        spellings = _spellings(op, av)
        if spellings is None or len(run) * len(spellings) > _MOST_SPELLINGS:
            return None
        run = frozenset(a + b for a in run for b in spellings)
    return run


def _letter(ch: str) -> frozenset[str] | None:
    """A character as the lower-cased text holds it. Only ASCII letters and characters
    without case are spelled: a match of another letter under IGNORECASE may be written in
    ways its lower case does not show."""
    if ch.isascii() or ch.lower() == ch.upper() == ch:
        return frozenset({ch.lower()})
    return None


def _class(members) -> frozenset[str] | None:
    found: set[str] = set()
    for op, av in members:
        if op is c.LITERAL:
            chars = [chr(av)]
        elif op is c.RANGE and av[1] - av[0] < 10:
            chars = [chr(i) for i in range(av[0], av[1] + 1)]
        else:
            return None  # a negated class, a category, a wide range
        for ch in chars:
            spelled = _letter(ch)
            if spelled is None:
                return None
            found |= spelled
    return frozenset(found)


def _fewest(pieces: frozenset[str]) -> frozenset[str]:
    """The pieces without those that hold another piece: "pledge" stands for "pledged"."""
    return frozenset(p for p in pieces if not any(q != p and q in p for q in pieces))
