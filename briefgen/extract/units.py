"""The units a reader sees apart: paragraphs, headings, labels, list items and speakers' turns.

A fact sheet's "**SECURING MARKETS:** Japan will…" is a heading and a paragraph, and a
transcript's "MR. SULLIVAN: Good afternoon." is a turn whose speaker is kept beside the
words, so that no heading or speaker's label ends up inside a sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

#: A label is the heading that opens a paragraph ("SECURING MARKETS:" before "Japan will…").
KINDS = ("text", "heading", "label", "item", "turn")


@dataclass(frozen=True)
class Block:
    """One unit of an article, in the words a reader sees.

    `speaker` is a turn's label as printed ("MR. SULLIVAN", "THE PRESIDENT", "Q" for a
    question from the press). `seams` are the offsets in `text` where the source holds words a
    reader does not see (a link's address, an HTML tag, an entity's name): a stretch of text
    without seams is also a stretch of the source's own words.
    """

    text: str
    kind: str = "text"
    speaker: str | None = None
    seams: tuple[int, ...] = ()

    @property
    def shown(self) -> str:
        """The unit as printed, its speaker's label first."""
        return f"{self.speaker}: {self.text}" if self.speaker else self.text


@dataclass(frozen=True)
class Piece:
    """A block as a reader found it, before headings and turns are told apart.

    `lead` is where a leading run of bold or italic text ends (0 when there is none);
    `lines` are the offsets where the source's second, third… lines begin.
    """

    text: str
    kind: str = "text"
    seams: tuple[int, ...] = ()
    lead: int = 0
    lines: tuple[int, ...] = ()


#: A speaker's label: "Q" (and "A:" for the answer), an honorific and a name, or a role and
#: perhaps a name, in capitals or, for a ministry's spokesperson, as a title ("Spokesperson
#: Mao Ning:"), or an office, an honorific and a name ("Foreign Secretary, Shri Anand Rao:",
#: asked by "Question:").
_SPEAKER = re.compile(
    r"(?P<label>Q|Question(?=\s*:)|A(?=\s*:)|(?:MR|MS|MRS|DR|MISS)\.?(?:\s+[A-Z][A-Z'’.-]*){1,3}"
    r"|(?:THE\s+)?(?:VICE\s+|DEPUTY\s+|ACTING\s+)?"
    r"(?:PRESIDENT|PRIME\s+MINISTER|FIRST\s+LADY|SECRETARY|AMBASSADOR|ADMIRAL|GENERAL|"
    r"SENATOR|GOVERNOR|CHANCELLOR|KING|QUEEN|MODERATOR|INTERPRETER|PARTICIPANT|"
    r"AUDIENCE\s+MEMBER|OPERATOR|SPECIAL\s+ENVOY|ENVOY|DIRECTOR|ADMINISTRATOR|CHAIR(?:MAN)?|"
    r"LEADER|SPEAKER|SENIOR\s+ADMINISTRATION\s+OFFICIAL|PRESS\s+SECRETARY|STAFF|"
    r"SPOKESPERSON|SPOKESMAN|SPOKESWOMAN)"
    r"(?:\s+[A-Z][A-Z'’.-]*){0,3}"
    r"|[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’.-]*){1,3},\s+(?:[A-Z][A-Z'’-]*\s?){1,5}"
    r"|(?:Official\s+)?Spokes(?:person|man|woman)(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|(?:[A-Z][a-z]+\s+){0,3}(?:Secretary|Minister|Spokes(?:person|man|woman)|Ambassador|"
    r"Advis[eo]r|Director)(?:\s+[A-Z][a-z]+){0,3},\s+(?:Shri|Smt\.?|Sri|Dr\.?|Mr\.?|Ms\.?|"
    r"Mrs\.?)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:\s*:\s*|(?<=^Q)\s+)(?=[\"“‘'(A-Z0-9])"
)
#: The name alone of a speaker already introduced with a role: "ARVIND MENON:", "Lin Wei:".
_NAME_LABEL = re.compile(r"(?P<label>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3})\s*:\s*"
                         r"(?=[\"“‘'(A-Z0-9])")
#: A heading in capitals before a colon: "DELIVERING FOR AMERICAN FARMERS: Japan will…".
_CAPS_LEAD = re.compile(r"(?P<head>[^a-z:]{2,150}):\s+(?=\S)")
_CAPS_WORDS = re.compile(r"[A-Z]{3,}|[A-Z]{2,}[\s,&/-]+[A-Z]{2,}")
_MAX_HEADING = 200
_SENTENCE_END = (".", "!", "?", "”", '"', "’")


def read_units(pieces: Iterable[Piece]) -> tuple[Block, ...]:
    """Units from pieces: leading headings split off, transcripts read as speakers' turns."""
    pieces = list(pieces)
    labels = [_SPEAKER.match(p.text) if p.kind == "text" else None for p in pieces]
    transcript = sum(1 for label in labels if label) >= 2  # one "PRESIDENT TRUMP:" is none
    asked: set[str] = set()  # labels of those who only ask: "Reuters:", "AFP:"
    if not transcript:
        labels, asked = _turns_by_name(pieces)
        transcript = bool(asked)
    if transcript and asked == set():
        labels = _recurring_names(pieces, labels)  # "Q: …" asked, "Lin Jian: …" answers
    named = {label_name(label.group("label")) for label in labels if label} - {""}
    if named:  # "ARVIND MENON:" after the turn that gave his role
        labels = [label or (_named_again(p.text, named) if p.kind == "text" else None)
                  for p, label in zip(pieces, labels, strict=True)]
    out: list[Block] = []
    for piece, label in zip(pieces, labels, strict=True):
        if transcript and label:
            rest = piece.text[label.end():]
            speaker = " ".join(label.group("label").split())
            out.append(Block(rest, "turn", "Q" if speaker in asked or speaker == "Question"
                             else speaker,
                             _shifted(piece.seams, -label.end(), len(rest))))
            continue
        for block in _split_heading(piece, transcript):
            if block.kind == "text" and out and out[-1].kind == "turn":
                out[-1] = _joined(out[-1], block)
            else:
                out.append(block)
    return tuple(b for b in out if _has_words(b))


#: A turn labelled by a name as written, in any case: "Lin Jian:", "Reuters:", "China Daily:".
_ANY_LABEL = re.compile(r"(?P<label>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s*:\s+"
                        r"(?=[\"“‘'(A-Z0-9])")


def _turns_by_name(pieces: list[Piece]) -> tuple[list[re.Match | None], set[str]]:
    """A transcript whose turns are labelled by names as written ("Lin Jian: …", "Reuters:
    … ?"): one name labels two turns or more and answers the questions the other labels ask.
    The turns' labels, and the labels of those who only ask; no labels and an empty set for
    a text that is no such transcript."""
    found = [_ANY_LABEL.match(p.text) if p.kind == "text" else None for p in pieces]
    counts = Counter(m.group("label") for m in found if m)
    answering = [label for label, count in counts.items() if count >= 2]
    asking = {m.group("label") for m, p in zip(found, pieces, strict=True)
              if m and m.group("label") not in answering and p.text.rstrip().endswith("?")}
    if len(answering) != 1 or not asking:
        return [None] * len(pieces), set()
    return found, asking


def _recurring_names(pieces: list[Piece],
                     labels: list[re.Match | None]) -> list[re.Match | None]:
    """The labels of a transcript, with a name as written that labels two turns or more
    ("Lin Jian: …" answering "Q: …") read as a speaker's label too."""
    found = [label or (_ANY_LABEL.match(p.text) if p.kind == "text" else None)
             for p, label in zip(pieces, labels, strict=True)]
    counts = Counter(m.group("label") for m, label in zip(found, labels, strict=True)
                     if m and not label)
    return [label or (m if m and counts[m.group("label")] >= 2 else None)
            for m, label in zip(found, labels, strict=True)]


def label_name(label: str) -> str:
    """The name a speaker's label gives with a role, by which later turns may be labelled:
    "ARVIND MENON, OFFICIAL SPOKESPERSON" → "ARVIND MENON", "Spokesperson Lin Wei" → "Lin Wei";
    "" for a label without one."""
    if "," in label:
        return label.split(",")[0]
    titled = re.match(r"(?:Official\s+)?Spokes(?:person|man|woman)\s+(?P<name>\S.*)", label)
    return " ".join(titled.group("name").split()) if titled else ""


def _named_again(text: str, named: set[str]) -> re.Match | None:
    label = _NAME_LABEL.match(text)
    return label if label and label.group("label") in named else None


def _split_heading(piece: Piece, transcript: bool) -> list[Block]:
    text, kind = piece.text, piece.kind
    cut = None if transcript and _SPEAKER.match(text) else _heading_end(piece)
    if cut is None:
        if kind == "text" and (_whole_lead(piece) or _all_caps(text)):
            kind = "heading"
        return [Block(text, kind, seams=piece.seams)]
    head, rest = text[:cut].rstrip(), text[cut:]
    start = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    return [Block(head, "label" if head.endswith(":") else "heading",
                  seams=_shifted(piece.seams, 0, len(head))),
            Block(rest, kind, seams=_shifted(piece.seams, -(cut + start), len(rest)))]


def _heading_end(piece: Piece) -> int | None:
    """Where a heading at the start of a piece ends, or None when the piece opens with none."""
    text = piece.text
    stamp = _TIME_STAMP.match(text)
    if stamp:  # "14:32 GMT - M23 rejects withdrawal timetable": a live report's entry
        return stamp.end()
    if piece.lead and piece.lead < len(text):
        end = piece.lead + (1 if text[piece.lead] == ":" else 0)
        if text[:end].rstrip().endswith(":") and text[end:].strip():
            return end
    caps = _CAPS_LEAD.match(text)
    if caps and _CAPS_WORDS.search(caps.group("head")):
        return caps.end("head") + 1
    cut = 0
    for line in piece.lines:  # lines in capitals above the body, with no colon
        if line > _MAX_HEADING or not _all_caps(text[:line]):
            break
        cut = line
    if cut and re.search(r"[a-z]", text[cut:cut + _MAX_HEADING]):
        return cut
    return None


#: The time of an entry of a live report, before its heading: "14:32 GMT - ".
_TIME_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:GMT|UTC|CET|CEST|EST|EDT|ET|BST|IST|"
                         r"JST|KST|local\s+time)?\s*[-–—]\s+(?=[A-Z\"“])")


def _whole_lead(piece: Piece) -> bool:
    """A paragraph all in bold, not itself a sentence: a heading."""
    return piece.lead >= len(piece.text.rstrip(" :")) and not piece.text.endswith(_SENTENCE_END)


def _all_caps(text: str) -> bool:
    return len(text) <= _MAX_HEADING and not re.search(r"[a-z]", text) \
        and bool(_CAPS_WORDS.search(text))


def _has_words(block: Block) -> bool:
    return any(c.isalnum() for c in block.text)


def _shifted(seams: tuple[int, ...], by: int, length: int) -> tuple[int, ...]:
    return tuple(s + by for s in seams if 0 < s + by < length)


def _joined(turn: Block, more: Block) -> Block:
    """A turn that runs over several paragraphs is one unit."""
    at = len(turn.text) + 1
    seams = (*turn.seams, *(s + at for s in more.seams))
    return Block(f"{turn.text} {more.text}", "turn", turn.speaker, seams)


def unbroken(text: str, seams: list[int], near: str = "") -> str:
    """The longest stretch of whole words of `text` between `seams` (the one holding `near`).

    A seam inside a word ("75" <sup> "th") leaves that word out of both stretches.
    """
    stretches = []
    for start, end in zip([0, *seams], [*seams, len(text)], strict=True):
        if start and text[start - 1:start + 1].isalnum():
            start = _space_after(text, start, end)
        if end < len(text) and text[end - 1:end + 1].isalnum():
            end = max(start, text.rfind(" ", start, end))
        stretch = text[start:end].strip(" ,;:—–-") if end > start else ""
        if stretch:
            stretches.append(stretch)
    holding = [s for s in stretches if near and near in s]
    return max(holding or stretches or [text], key=len)


def _space_after(text: str, start: int, end: int) -> int:
    space = text.find(" ", start, end)
    return end if space < 0 else space + 1
