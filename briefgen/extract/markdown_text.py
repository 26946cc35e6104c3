"""Markdown read as its reader sees it: the words of each block, without the markup.

markdown-it-py parses the text; links give their words, emphasis and headings lose their
marks, escapes and entities are resolved, and HTML (comments, `<sup>`, `<u>`, figures) is
dropped — read, never rendered. Hard-wrapped lines join into one line of text
("co-" + "operation" joins without a space).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefgen.extract.units import Piece

_ENDS_LINE = (".", "!", "?", ":", "”", '"', "’", ")")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def _parser() -> MarkdownIt:
    """CommonMark as scraped articles use it.

    Raw HTML is parsed so that it can be dropped; entities stay apart to mark their seams.
    Off: indented and fenced code (a hard-wrapped line indented by accident is still text),
    underlined headings and link reference definitions, which articles do not use and which
    cost a look-ahead at every paragraph.
    """
    return MarkdownIt("commonmark", {"html": True}).disable(
        ["text_join", "code", "fence", "lheading", "reference"])


_MD = _parser()


def markdown_pieces(text: str) -> list[Piece]:
    """The blocks of a Markdown body (front matter already taken off), in reading order."""
    pieces: list[Piece] = []
    items = 0
    tokens = _MD.parse(_SPACED_CLOSER.sub(r"\1\2\3", _with_lone_closers_raised(text)))
    for i, token in enumerate(tokens):
        if token.type == "list_item_open":
            items += 1
        elif token.type == "list_item_close":
            items -= 1
        elif token.type == "inline":
            opener = tokens[i - 1].type if i else ""
            kind = "heading" if opener == "heading_open" else "item" if items else "text"
            pieces.extend(_Line(kind).read(token.children or []))
    return pieces


class _Line:
    """Builds the pieces of one inline run, folding white space as it goes."""

    def __init__(self, kind: str):
        self.kind = kind
        self.pieces: list[Piece] = []
        self._start()

    def _start(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.seams: list[int] = []
        self.lines: list[int] = []
        self.lead = 0
        self.lead_depth = 0  # inside a bold or italic run that opened the piece
        self.leading = True

    def read(self, children: Sequence[Token]) -> list[Piece]:
        for i, child in enumerate(children):
            kind = child.type
            if kind in ("text", "code_inline"):
                self._add(child.content)
            elif kind == "text_special":
                if child.info == "entity":
                    self._seam()
                self._add(child.content)
                if child.info == "entity":
                    self._seam()
            elif kind == "softbreak":
                self._soft_break(_next_text(children, i + 1))
            elif kind == "hardbreak":
                self._hard_break()
            elif kind in ("strong_open", "em_open"):
                self._open_emphasis()
            elif kind in ("strong_close", "em_close"):
                self._close_emphasis()
            elif kind == "html_inline":
                if _BREAK_TAG.fullmatch(child.content):
                    self._hard_break()
                else:
                    self._seam()
            elif kind == "image" or (kind == "link_close" and child.markup != "autolink"):
                self._seam()
        self._finish()
        return self.pieces

    def _add(self, text: str) -> None:
        text = _fold(text)
        if text.startswith(" ") and (not self.parts or self.parts[-1].endswith(" ")):
            text = text[1:]
        if not text:
            return
        if self.leading and self.lead_depth == 0:
            self.leading = False
        self.parts.append(text)
        self.length += len(text)

    def _seam(self) -> None:
        self.seams.append(self.length)

    def _soft_break(self, following: str) -> None:
        last = self.parts[-1] if self.parts else ""
        hyphen = last.endswith("-") and not last.endswith((" -", "--")) and len(last) > 1
        if not (hyphen and following[:1].isalpha()):
            self._add(" ")
        if self.parts:
            self.lines.append(self.length)

    def _hard_break(self) -> None:
        ended = "".join(self.parts[-2:]).rstrip().endswith(_ENDS_LINE)
        if ended or (self.lead and self.lead >= self.length - 1):
            self._finish()
            self._start()
        else:
            self._soft_break("")

    def _open_emphasis(self) -> None:
        if self.leading:
            self.lead_depth += 1

    def _close_emphasis(self) -> None:
        if self.leading and self.lead_depth:
            self.lead_depth -= 1
            if self.lead_depth == 0:
                self.lead = self.length
                self.leading = False

    def _finish(self) -> None:
        text = "".join(self.parts)
        stray = _STRAY_MARK.match(text)
        cut = stray.end() if stray and stray.group(0) not in text[stray.end():] else 0
        closer = _STRAY_CLOSER.search(text, cut)
        if closer and closer.group(1) not in text[cut:closer.start()]:
            text = text[:closer.start()] + text[closer.end(1):]  # "… economies**."
        body = text[cut:].rstrip()
        if not body:
            return
        self.pieces.append(Piece(
            body, self.kind,
            seams=tuple(dict.fromkeys(s - cut for s in self.seams if 0 < s - cut < len(body))),
            lead=min(max(self.lead - cut, 0), len(body)),
            lines=tuple(line - cut for line in self.lines if 0 < line - cut < len(body)),
        ))


#: Bold marks that open a block and are never closed, shown as they are written: a heading
#: whose closing marks were lost ("**Reinforcing multilateral responses", then a blank line).
_STRAY_MARK = re.compile(r"(?:\*\*|__)(?=\S)")
#: Bold marks that close a block never opened in it: "… and Ukrainian economies**."
_STRAY_CLOSER = re.compile(r"(?<=\S)(\*\*|__)[.,;:!?]?\s*$")
#: Closing bold marks alone on the line after what they close, which CommonMark cannot pair
#: with their opener across the line end: "**Looking to the future  \n**".
_LONE_CLOSER = re.compile(r"\n(\*\*|__)[^\S\n]*(?=\n|$)")
#: A bold line whose closing marks follow a space, which CommonMark does not pair either:
#: "**Democracy Delivers **".
_SPACED_CLOSER = re.compile(r"^([^\S\n]*(\*\*|__)\S[^\n]*?)(?<![^\S\n])[^\S\n]++\2([^\S\n]*)$",
                            re.M)


def _with_lone_closers_raised(text: str) -> str:
    """`text` with each closing mark alone on its line moved to the end of the line before,
    then a hard line break: "**Looking to the future  \n**" → "**Looking to the future**  "."""
    parts, last = [], 0
    for closer in _LONE_CLOSER.finditer(text):
        parts += [text[last:closer.start()].rstrip(" \t\u00a0"), closer.group(1), "  "]
        last = closer.end()
    return "".join(parts) + text[last:] if parts else text


def _fold(text: str) -> str:
    """White space folded to single spaces, a space kept at either end where there was one."""
    words = text.replace("\u200b", " ").split()
    if not words:
        return " " if text else ""
    start = " " if text[:1].isspace() or text[:1] == "\u200b" else ""
    end = " " if text[-1:].isspace() or text[-1:] == "\u200b" else ""
    return start + " ".join(words) + end


def _next_text(children: Sequence[Token], start: int) -> str:
    return next(_texts(children, start), "")


def _texts(children: Sequence[Token], start: int) -> Iterator[str]:
    for child in children[start:start + 4]:
        if child.type in ("text", "text_special", "code_inline") and child.content:
            yield child.content
