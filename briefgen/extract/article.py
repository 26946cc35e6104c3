"""Read an article — plain text, Markdown or an HTML page — into a title, a date and units.

An HTML page is read with trafilatura (`html_text`), which finds the article among the
page's navigation, footers and comments.

The units (paragraphs, headings, list items, speakers' turns: `units.Block`) are the
article's own words with the typesetting taken out (hard line wraps, Markdown links, emphasis
and escapes, HTML tags, non-breaking spaces), so that every sentence drawn from them can be
found again in the article's `plain_text` by `briefgen check`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

import yaml

from briefgen.extract.dates.vocabulary import MONTH_ABBR, MONTH_FULL
from briefgen.extract.html_text import read_page
from briefgen.extract.markdown_text import markdown_pieces
from briefgen.extract.names import CITY_STATES, canonical
from briefgen.extract.sentences import sentence_spans
from briefgen.extract.units import Block, Piece, read_units, unbroken
from briefgen.textfile import as_seen
from briefgen.yamldoc import safe_loader, too_deep

KINDS = ("txt", "md", "html")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FIRST = 2000  # characters enough to hold a unit's first sentence
_META_SCALARS = (str, int, float, dt.date)


@dataclass(frozen=True)
class Article:
    title: str
    blocks: tuple[Block, ...]
    dek: str | None = None
    date: dt.date | None = None
    url: str | None = None
    publisher: str | None = None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of each unit but the labels, in order: what sentences are drawn from.

        A label ("SECURING MARKETS:") names the paragraph it opens and states nothing itself;
        it and a turn's speaker are on `blocks`.
        """
        return tuple(block.text for block in self.units)

    @property
    def units(self) -> tuple[Block, ...]:
        """The blocks `paragraphs` is made of, in its order: `units[i].speaker` says who
        speaks `paragraphs[i]`, `units[i].kind` whether it is a list item or a heading."""
        return tuple(block for block in self.blocks if block.kind != "label")

    @property
    def text(self) -> str:
        """The body as a reader sees it, speakers' labels included."""
        return "\n\n".join(block.shown for block in self.blocks)

    def verbatim(self, sentence: str, near: str = "") -> str:
        """The part of a sentence that is also the source's own run of words.

        The whole sentence, unless the source hides words inside it (a link's address, a
        tag): then its longest stretch between them, or the one holding `near`.
        """
        inside = self._hidden_inside.get(sentence)
        if inside is None:  # perhaps the first sentence of a unit, without what precedes it
            inside = ()
            for first, seams in self._hidden_inside_first:
                if first.endswith(sentence):
                    cut = len(first) - len(sentence)
                    inside = tuple(s - cut for s in seams if s > cut)
                    break
        return unbroken(sentence, list(inside), near) if inside else sentence

    @functools.cached_property
    def _hidden_inside(self) -> dict[str, tuple[int, ...]]:
        """Each sentence of a unit with seams, and the seams inside it (sentence offsets)."""
        index: dict[str, tuple[int, ...]] = {}
        for block in self.blocks:
            for start, sentence in sentence_spans(block.text) if block.seams else ():
                low = bisect.bisect_right(block.seams, start)
                high = bisect.bisect_left(block.seams, start + len(sentence))
                index.setdefault(sentence, tuple(s - start for s in block.seams[low:high]))
        return index

    @functools.cached_property
    def _hidden_inside_first(self) -> list[tuple[str, tuple[int, ...]]]:
        firsts = []
        for block in self.blocks:
            spans = sentence_spans(block.text[:_FIRST]) if block.seams else []
            if spans:
                firsts.append((spans[0][1], self._hidden_inside.get(spans[0][1], ())))
        return firsts


def kind_of(name: str) -> str:
    """The reader for a file name: .md/.markdown, .html/.htm, anything else plain text."""
    lower = name.lower()
    if lower.endswith((".md", ".markdown")):
        return "md"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    return "txt"


@functools.lru_cache(maxsize=2)  # ingest reads the article, then checks its draft against it
def parse_article(text: str, kind: str) -> Article:
    """An article from its text; `kind` is one of txt, md, html."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = as_seen(text)  # no draft carries what a briefing refuses
    if kind == "md":
        return _markdown(text)
    if kind == "html":
        return _html(text)
    return _plain(text)


#: A first line longer than this is the article's first paragraph, not its title.
LONGEST_TITLE = 300


def plain_text(text: str, kind: str) -> str:
    """The words of an article as a reader sees them: what every `evidence` is checked against.

    It is made of the very units ingest drafts from, so a sentence of any unit is found in it.
    """
    article = parse_article(text, kind)
    return "\n\n".join(p for p in (article.title, article.dek, article.text) if p)


def fold_space(text: str) -> str:
    """Runs of white space (tabs, no-break and zero-width spaces too) as one space, trimmed."""
    return " ".join(text.replace("\u200b", " ").split())


def _join_lines(lines: list[str]) -> str:
    """Folded hard-wrapped lines into one paragraph; "trans-" + "pired" joins without a space."""
    out: list[str] = []
    for line in lines:
        last = out[-1] if out else ""
        if last.endswith("-") and not last.endswith((" -", "--")) and line[:1].isalpha():
            out[-1] = last + line
        else:
            out.append(line)
    return " ".join(out)


def _paragraphs(lines: list[str]) -> list[Piece]:
    """Folded lines into paragraphs, which blank lines separate; a line opening with a list
    mark ("- ", "• ", "b) ", "2- ") begins an item of its own, its mark left out as Markdown's is. A
    number opening a paragraph of its own ("6. The next session …") numbers a paragraph."""
    paragraphs, block, kind = [], [], "text"
    for previous, line in itertools.pairwise(["", *lines, ""]):
        item = _LIST_MARK.match(line)
        if block and (not line or item):
            paragraphs.append(Piece(_join_lines(block), kind))
            block = []
        if line:
            if not block:
                kind = "item" if item and (previous or not item.group(0)[0].isdigit()) else "text"
            block.append(_without_mark(line))
    return paragraphs


def _without_mark(line: str) -> str:
    item = _LIST_MARK.match(line)
    return line[item.end():] if item else line


def _one_a_line(lines: list[str]) -> list[Piece]:
    return [Piece(_without_mark(line), "item" if _LIST_MARK.match(line) else "text")
            for line in lines]


#: The mark of a list item at the start of a plain-text line.
_LIST_MARK = re.compile(r"(?:[-*•–—]|\d{1,2}[.)–-]|[a-z][.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\))"
                        r"\s+(?=\S)")


#: Who issues a release, on a line above its headline: "Ministry of Foreign Affairs",
#: "Press Office", "REPUBLIC OF SOUTH AFRICA".
_ISSUER = re.compile(
    r"(?:The\s+)?(?:(?:Federal|Royal|National|Presidential)\s+)?(?:(?:Ministry|Department|Office|"
    r"Embassy|Permanent\s+Mission|Presidency|Secretariat|Republic|Kingdom|State|Government|"
    r"Federation|Ministerio|Minist[èe]re|Minist[ée]rio|Secretar[íi]a)\s+(?:of|for|de|del|des|do|"
    r"da|du)\b[^.!?:;\d]{0,80}|"
    r"(?:(?:Presidential|Government|Federal|National)\s+)?(?:Press|Information|Communications?|"
    r"Media)\s+(?:Office|Service|Section|Unit|Department|Division)|"  # "Presidential
    # Communication Service"
    r"(?:State|Government)\s+House(?:,\s+[^,.!?:;\d]{2,40})?|"  # "STATE HOUSE, NAIROBI"
    r"(?:Senator\s+)?(?:the\s+)?Hon(?:ourable|\.)?\s+[^.!?:;\d]{3,80})", re.I)  # "Senator the Hon
# Claire Whitby, Minister for Foreign Affairs", a minister the release is joint with
_MONTH = f"{MONTH_FULL}|{MONTH_ABBR}"
#: What kind of text a release is, or its date, on a line above its headline: "Press release",
#: "MEDIA STATEMENT", "Press Release No. 123", "12 March 2026".
_RELEASE_LINE = re.compile(
    r"(?:Press|Media|News)\s+(?:Release|Note|Statement)(?:\s+No\.?\s*\d+)?(?:\s*\([^)]{1,40}\))?|"
    r"For\s+Immediate\s+Release|\[[^\]]{3,60}\]|"  # "[Unofficial English translation]"
    r"(?-i:[A-Z]{2,5}\d{1,4}(?:\s+[A-Z\d]{1,3}(?:[-/][A-Z\d]{1,4})*){1,4})|"  # a wire's slug
    # of codes: "DEL58 FGN IN-BD-JCC", not a headline "COP31 TALKS STALL"
    r"Joint\s+(?:media\s+)?(?:release|statement)\s+with:?|"
    r"(?:(?:Last\s+)?(?:Updated|Published|Posted|Modified)\s*:?\s*)?"  # "Updated 12 MAR 2026"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+)?"  # "Mexico City, July 9, 2026"
    rf"(?:(?:[A-Z][a-z]+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?|"
    rf"(?:{_MONTH})\.?\s+\d{{1,2}},?)\s+\d{{4}}|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d\d-\d\d)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?",
    re.I)  # "12 MAR 2026, 18:40", "04/08/2026 06:12 PM": when a wire was filed, no headline
#: Words an issuer's name holds besides capitalised ones: "Ministry of Foreign Affairs".
_NAME_GLUE = frozenset({"of", "for", "and", "the", "on", "&", "de", "do", "da", "des", "del",
                        "du", "y", "e"})
#: A release's headline comes within this many lines of its top.
_MASTHEAD_LINES = 8


def _masthead_lines(lines: list[str]) -> int:
    """How many of the first lines (all filled) are a release's masthead, above its headline."""
    for count, line in enumerate(lines[:_MASTHEAD_LINES]):
        if not (_RELEASE_LINE.fullmatch(line) or _is_issuer(line) or _is_city(line)):
            return count if len(line) <= LONGEST_TITLE else 0
    return 0


def _is_city(line: str) -> bool:
    """A line naming only where the release is from: "Islamabad", "ADDIS ABABA, ETHIOPIA"."""
    city, *state = (part.strip().title() for part in line.split(","))
    return len(state) <= 1 and city in CITY_STATES and all(canonical(s) for s in state)


def _is_issuer(line: str) -> bool:
    words = line.split()
    return bool(_ISSUER.fullmatch(line)) and len(words) <= 12 and all(
        w[:1].isupper() or w.strip(",") in _NAME_GLUE or not w[:1].isalpha() for w in words)


def _plain(text: str) -> Article:
    lines = [fold_space(line) for line in text.split("\n")]
    filled = [i for i, line in enumerate(lines) if line]
    if not filled:
        return Article("", ())
    masthead = [lines[i] for i in filled[:_masthead_lines([lines[i] for i in filled])]]
    top = filled[len(masthead)]
    title, rest = lines[top], lines[top + 1:filled[-1] + 1]
    if len(title) > LONGEST_TITLE:  # a text that opens with its first paragraph has no title
        title, rest = "", lines[filled[0]:filled[-1] + 1]
    dek = None
    if rest and rest[0] and _looks_like_dek(rest[0]):
        dek, rest = rest[0], rest[1:]
    first = next((i for i, line in enumerate(rest) if line), len(rest))
    rest = rest[first:]
    if masthead:  # kept below the headline, a line a paragraph: "12 March 2026" dates the text
        blank = [""] if "" in rest else []
        rest = [*(part for line in masthead for part in (line, *blank)), *rest]
    # One paragraph a line unless the text uses blank lines between paragraphs.
    paragraphs = _paragraphs(rest) if "" in rest else _one_a_line(rest)
    return Article(title, read_units(paragraphs), dek=dek)


def _looks_like_dek(line: str) -> bool:
    """A standfirst: short, and not a finished sentence."""
    return len(line.split()) <= 50 and not line.rstrip().endswith((".", "!", "?", "”", '"', ":"))


def _markdown(text: str) -> Article:
    meta: dict = {}
    match = _FRONT_MATTER.match(text)
    if match:
        front = match.group(1)
        try:  # nested too deep, it would crash libyaml's composer, which recurses in C
            deep = too_deep(front) is not None
            loaded = None if deep else yaml.load(front, Loader=safe_loader())
        except (yaml.YAMLError, RecursionError):  # RecursionError: PyYAML's own composer
            loaded = None
        # Only plain values: a list or mapping (perhaps an alias bomb) is no title or date.
        meta = {k: v for k, v in loaded.items() if isinstance(v, _META_SCALARS)} \
            if isinstance(loaded, dict) else {}
        text = text[match.end():]
    units = read_units(markdown_pieces(text))
    title = fold_space(str(meta.get("title") or ""))
    if not title and units and len(units[0].shown) <= LONGEST_TITLE:
        title, units = units[0].shown, units[1:]
    elif units and units[0].text == title:
        units = units[1:]
    return Article(
        title=title,
        blocks=units,
        dek=_text_or_none(meta.get("description") or meta.get("dek") or meta.get("subtitle")),
        date=_date(meta.get("date") or meta.get("published_time") or meta.get("published")),
        url=_text_or_none(meta.get("source_url") or meta.get("url")),
        publisher=_text_or_none(meta.get("publisher") or meta.get("source")),
    )


def _text_or_none(value: object) -> str | None:
    return fold_space(str(value)) if value else None


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


#: Longer than this, a page's "description" is its opening paragraphs, not a standfirst.
_STANDFIRST_WORDS = 60


def _standfirst(description: str | None) -> str | None:
    """A page's description as the dek, unless it is the article's text over again."""
    if description and len(description.split()) <= _STANDFIRST_WORDS:
        return description
    return None


def _html(text: str) -> Article:
    page = read_page(text)
    title = page.title or ""
    pieces = [p for p in page.pieces if p.text != title]  # the heading that repeats the title
    return Article(
        title=title,
        blocks=read_units(pieces),
        dek=_standfirst(page.description),
        date=_date(page.date),
        url=page.url,
        publisher=page.sitename,
    )
