"""Read the everyday subset of YAML without libyaml's composer, for speed.

A full build reads every briefing, and composing a node graph with libyaml and then walking
it costs more than the rest of reading. Briefings — written by `briefgen ingest` or by hand —
are nearly always block mappings and sequences of plain, quoted, folded or literal text,
one-line flow lists and empty values. `parse_subset` reads exactly that, line by line, and
returns None for anything else or anything it is not sure of: anchors, tags, comments after
values, escapes, blank lines inside text, more-indented lines in block text, odd
indentation, duplicate keys, numbers and booleans. The caller then parses with PyYAML
(`briefgen.yamldoc`), which also explains errors, so this module never needs to.

What it returns equals what `briefgen.yamldoc` makes of the same text — values, and the
line of every field — which the tests check on generated documents. Scalar types come from
PyYAML's own resolver table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from functools import lru_cache

import yaml

Path = tuple[Hashable, ...]

#: Characters this reader leaves to PyYAML: controls, tabs, carriage returns, the YAML 1.1
#: line breaks U+0085, U+2028 and U+2029, and byte order marks.
_LEFT_TO_PYYAML = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)")
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'(?!') *")
_DOUBLE_QUOTED = re.compile(r'"([^"\\]*)" *')
_BLOCK_HEADER = re.compile(r"([|>])(-?) *")
#: A plain scalar may not start with these (some may, when followed by text; not here).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _NotSure(Exception):
    """The text is outside the subset: PyYAML must read it."""


def parse_subset(text: str, *, node_budget: int, max_depth: int) -> tuple[object, dict] | None:
    """`(data, lines)` as `briefgen.yamldoc` would make them, or None to leave it to PyYAML.

    Documents with more than `node_budget` values or deeper than `max_depth` are left to
    PyYAML too, which refuses them with its own message.
    """
    if _LEFT_TO_PYYAML.search(text):
        return None
    try:
        return _Reader(text, node_budget, max_depth).document()
    except _NotSure:
        return None


class _Reader:
    """Reads row by row; each method takes the row to start at and returns what it read
    with the row after it. A row is kept as its text (without indentation) and column."""

    def __init__(self, text: str, node_budget: int, max_depth: int):
        rows = text.split("\n")
        self.texts = [row.lstrip(" ") for row in rows]
        self.columns = [len(row) - len(text) for row, text in zip(rows, self.texts, strict=True)]
        self.end = len(rows)
        self.budget = node_budget - 1  # the root is a value too
        self.max_depth = max_depth
        self.lines: dict[Path, int] = {}

    def document(self) -> tuple[object, dict]:
        at = self._skip(0)
        if at == self.end or self.columns[at] != 0 or not _KEY.match(self.texts[at]):
            raise _NotSure  # empty, indented, or not a mapping
        self.lines[()] = at + 1
        data, at = self._mapping(at, 0, ())
        if self._skip(at) != self.end:
            raise _NotSure
        return data, self.lines

    def _skip(self, at: int) -> int:
        """The first row from `at` on that is neither blank nor a comment."""
        texts, end = self.texts, self.end
        while at < end and (not texts[at] or texts[at][0] == "#"):
            at += 1
        return at

    def _mapping(self, at: int, indent: int, path: Path,
                 first: str | None = None) -> tuple[dict, int]:
        """A block mapping whose keys start at column `indent`; `first` is its first entry
        when that shares a row with a sequence's dash."""
        result: dict = {}
        texts, columns, end, lines = self.texts, self.columns, self.end, self.lines
        if len(path) + 1 > self.max_depth:
            raise _NotSure
        while True:
            if first is None:
                while at < end and (not texts[at] or texts[at][0] == "#"):
                    at += 1
                if at == end or columns[at] < indent:
                    return result, at
                if columns[at] > indent:
                    raise _NotSure
                entry = texts[at]
            else:
                entry, first = first, None
            match = _KEY.match(entry)
            if match is None:
                if entry[:2] == "- " or entry == "-":
                    return result, at  # a sequence under the same key column ends this mapping
                raise _NotSure
            key = match[1]
            if key in result or not _plain_key(key):
                raise _NotSure
            child = (*path, key)
            self.budget -= 1
            if self.budget < 0:
                raise _NotSure
            lines[child] = at + 1
            rest = entry[match.end():].rstrip(" ")
            if rest:
                result[key], at = self._scalar(rest, at, indent, child, continues=True)
            else:
                result[key], at = self._below(at + 1, indent, child)

    def _below(self, at: int, indent: int, path: Path) -> tuple[object, int]:
        """The value of a key at column `indent` whose row ends after the colon."""
        at = self._skip(at)
        if at == self.end:
            return None, at
        column, text = self.columns[at], self.texts[at]
        if text[:2] == "- " or text == "-":
            return (None, at) if column < indent else self._sequence(at, column, path)
        if column <= indent:
            return None, at
        return self._mapping(at, column, path)

    def _sequence(self, at: int, indent: int, path: Path) -> tuple[list, int]:
        result: list = []
        texts, columns, end, lines = self.texts, self.columns, self.end, self.lines
        if len(path) + 1 > self.max_depth:
            raise _NotSure
        while True:
            while at < end and (not texts[at] or texts[at][0] == "#"):
                at += 1
            if at == end or columns[at] < indent:
                return result, at
            text = texts[at]
            if columns[at] > indent or text[:2] != "- ":
                if columns[at] == indent and _KEY.match(text):
                    return result, at  # the next key of the mapping this sequence is in
                raise _NotSure
            child = (*path, len(result))
            self.budget -= 1
            if self.budget < 0:
                raise _NotSure
            lines[child] = at + 1
            content = text[2:].lstrip(" ")
            if not content or content[0] == "#":
                raise _NotSure
            if _KEY.match(content):
                column = indent + len(text) - len(content)
                value, at = self._mapping(at, column, child, first=content)
            else:
                value, at = self._scalar(content.rstrip(" "), at, indent, child,
                                         continues=False)
            result.append(value)

    def _scalar(self, text: str, at: int, indent: int, path: Path,
                continues: bool) -> tuple[object, int]:
        """A scalar starting in row `at` (after `key: ` or `- `). Rows below indented more
        than `indent` continue it when `continues` and it is plain; else there must be none."""
        first = text[0]
        if first in "'\"":
            value, last = self._quoted(text, at, indent)
        elif first in "|>":
            return self._block_text(text, at, indent)
        elif first == "[":
            value, last = self._flow_list(text, at, indent, path)
        elif text == "{}":
            value, last = {}, at
        elif first in _INDICATORS or ": " in text or " #" in text or text[-1] == ":":
            raise _NotSure
        elif continues:
            return self._plain_rows(text, at, indent)
        else:
            value, last = _plain(text), at
        self._refuse_more_indented(last + 1, indent)
        return value, last + 1

    def _rows_until(self, text: str, at: int, indent: int,
                    done: Callable[[list[str]], bool]) -> tuple[list[str], int]:
        """`text` and the rows after row `at` (each indented more than `indent`, none blank)
        up to the first for which `done(rows)` holds; with the last row's index."""
        rows = [text]
        while not done(rows):
            at += 1
            if at == self.end or not self.texts[at] or self.columns[at] <= indent:
                raise _NotSure
            rows.append(self.texts[at].rstrip(" "))
        return rows, at

    def _quoted(self, text: str, at: int, indent: int) -> tuple[str, int]:
        """A single-quoted, or double-quoted without escapes, scalar over one or more rows
        (folded into one line, as for plain text)."""
        pattern = _SINGLE_QUOTED if text[0] == "'" else _DOUBLE_QUOTED

        def closed(rows: list[str]) -> bool:
            match = pattern.match(" ".join(rows))
            if match is None:
                return False
            if match.end() != len(match.string):
                raise _NotSure  # the quote closes before the row ends
            return True

        rows, last = self._rows_until(text, at, indent, closed)
        value = pattern.fullmatch(" ".join(rows))[1]
        return (value.replace("''", "'") if text[0] == "'" else value), last

    def _plain_rows(self, text: str, at: int, indent: int) -> tuple[object, int]:
        """A plain scalar and the rows that continue it, folded into one line."""
        texts, columns, end = self.texts, self.columns, self.end
        parts = [text]
        at += 1
        while at < end:
            row = texts[at]
            if not row:
                self._refuse_more_indented(at, indent)  # a blank row inside: left to PyYAML
                break
            if columns[at] <= indent:
                break
            row = row.rstrip(" ")
            if row[0] in _INDICATORS or ": " in row or " #" in row or row[-1] == ":":
                raise _NotSure
            parts.append(row)
            at += 1
        return _plain(" ".join(parts) if len(parts) > 1 else text), at

    def _refuse_more_indented(self, at: int, indent: int) -> None:
        """The next row with text must not be indented more than `indent`: PyYAML would
        read it as part of the value before, in ways this reader does not."""
        texts, end = self.texts, self.end
        while at < end and not texts[at]:
            at += 1
        if at < end and self.columns[at] > indent:
            raise _NotSure

    def _block_text(self, header: str, at: int, indent: int) -> tuple[str, int]:
        """`|`, `|-`, `>` or `>-` and its rows, all at one column, no blank row inside."""
        match = _BLOCK_HEADER.fullmatch(header)
        if match is None:
            raise _NotSure
        texts, columns, end = self.texts, self.columns, self.end
        at += 1
        if at == end or not texts[at] or columns[at] <= indent:
            raise _NotSure
        column = columns[at]
        lines = []
        while at < end and texts[at] and columns[at] == column:
            lines.append(texts[at])
            at += 1
        self._refuse_more_indented(at, indent)
        folded = match[1] == ">"
        if folded and any(line[-1] == " " for line in lines):
            raise _NotSure  # trailing spaces in folded text: left to PyYAML
        text = (" " if folded else "\n").join(lines)
        return (text if match[2] == "-" else text + "\n"), at

    def _flow_list(self, text: str, at: int, indent: int, path: Path) -> tuple[list, int]:
        """`[a, b, c]`, plain items only, over one or more rows each ending after a comma."""
        rows, last = self._rows_until(text, at, indent, lambda rows: rows[-1][-1] == "]")
        items: list = []
        for number, row in enumerate(rows):
            body = row[1 if number == 0 else 0:-1 if row is rows[-1] else None]
            if any(c in body for c in "[]{}#'\""):
                raise _NotSure
            if row is not rows[-1] and body.strip(" "):
                if body[-1] != ",":
                    raise _NotSure  # an item over two rows
                body = body[:-1]
            if not body.strip(" "):
                continue
            for raw in body.split(","):
                item = raw.strip(" ")
                if not item or item[0] in _INDICATORS or ":" in item:
                    raise _NotSure
                self.budget -= 1
                if self.budget < 0 or len(path) + 1 > self.max_depth:
                    raise _NotSure
                self.lines[(*path, len(items))] = at + number + 1
                items.append(_plain(item))
        return items, last


#: PyYAML's implicit resolvers by the first character of a plain scalar.
_ANY_FIRST = tuple(_IMPLICIT.get(None, ()))
_BY_FIRST = {first: (*resolvers, *_ANY_FIRST) for first, resolvers in _IMPLICIT.items()
             if first is not None}


@lru_cache(maxsize=4096)
def _plain_key(key: str) -> bool:
    """Whether `key` reads as itself (`yes` or `null` do not); remembered, as documents use
    a few keys over and over."""
    try:
        return _plain(key) == key
    except _NotSure:
        return False


def _plain(value: str) -> object:
    """A plain scalar's value as `briefgen.yamldoc` keeps it: text (dates as text), None
    for null; numbers and booleans are left to PyYAML. Types come from PyYAML's resolver."""
    for tag, pattern in _BY_FIRST.get(value[:1], _ANY_FIRST):
        if pattern.match(value):
            if tag == _TIMESTAMP:
                return value
            if tag == _NULL:
                return None
            raise _NotSure
    return value
