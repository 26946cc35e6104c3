"""An article in, a draft briefing (schema `briefgen/1`, status draft) out — as plain data."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from briefgen.extract.article import Article
from briefgen.extract.event_words import STYLE_OF_ADDRESS
from briefgen.extract.items import Draft, extract_items, undated
from briefgen.extract.labels import signature_label
from briefgen.extract.literal_gate import LiteralGated
from briefgen.extract.names import FORMER_OFFICE, find_parties, names_as_written
from briefgen.extract.people import find_people
from briefgen.extract.quotes import find_quotes
from briefgen.extract.sentence_model import sentence_model
from briefgen.extract.sentences import split_sentences
from briefgen.extract.summary import draft_summary
from briefgen.model import SCHEMA
from briefgen.scaffold import slugify
from briefgen.schema import MAX_TEXT

#: "BRUSSELS (Reuters) - ", "JEDDAH, Saudi Arabia (AP) — ", "BEIJING, Nov. 20, 2025
#: (Xinhua) -- ", "Jeddah (Saudi Arabia) (AFP) - ", "BAKU. Oct 8 (Interfax) - ",
#: "Ankara, 3 March (AA) – ", "LONDON, 3 March 2027 /PRNewswire/ -- ", "ISLAMABAD, March 3
#: (APP): ", "Havana, May 22 (Prensa Latina) ", "NEW DELHI, Feb 27 (PTI) ", "Male [Maldives],
#: May 22 (ANI): " before a news agency's first sentence: a place, perhaps a date, then the
#: agency;
#: "Tehran, IRNA – ", "Accra, Nov. 25, GNA – ", "Mexico City, 14 May 2027 (SRE). – ": a place,
#: perhaps a date, and the agency;
#: "Addis Ababa, February 7/2028 (ENA) - ": a date as Ethiopian agencies write it;
#: "Dhaka, 8 July 2027 — " before a government's release: a place and its date;
#: "Addis Ababa, 14 March 2028" on a line of its own: where and when it was written, no party
#: to what it tells.
_DATELINE_DATE = (r"[,.]\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|"
                  r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8})"
                  r"(?:,?\s*\d{4}|/\d{4})?\.?")
_AGENCY = r"\s*(?:\([^)]{1,40}\)|/[^/\s][^/]{0,30}/)"
#: A word of a place's name, accents and all: "Brasília", "Asunción".
_CITY = r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+"
_DATELINE = re.compile(
    r"^(?:[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE .,'’/-]{2,40}"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){0,2})?"
    rf"(?:{_DATELINE_DATE})?(?:{_AGENCY})?\s*[-–—]+\s+"
    r"|[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE .'’/-]{2,40}"
    rf"(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){{0,2}})?(?:{_DATELINE_DATE})?"
    r"\s*\([^)]{1,40}\)\s+(?=[A-Z])"
    rf"|[A-Z][A-Za-z .,'’/-]{{2,40}}?(?:\s*\[[A-Z][A-Za-z .'’-]{{1,30}}\])?"
    rf"(?:(?:{_DATELINE_DATE})?(?:{_AGENCY}){{1,2}}|"
    rf"{_DATELINE_DATE}\s*[A-Z]{{3,12}})\s*\.?\s*(?:[-–—]+|:)\s+"
    rf"|{_CITY}(?:[ -]{_CITY}){{0,2}}(?:\s*\([^)]{{1,40}}\)){{1,2}}\s*[-–—]+\s+"
    rf"|{_CITY}(?:[ -]{_CITY}){{0,2}}(?:{_DATELINE_DATE})?,\s+[A-Z]{{2,8}}\s*[-–—]+\s+"
    rf"|{_CITY}(?:[ -]{_CITY}){{0,2}}{_DATELINE_DATE}\s*(?:[–—]|--)\s+"
    rf"|{_CITY}(?:[ -]{_CITY}){{0,2}}{_DATELINE_DATE}\s*\([^)]{{1,40}}\)\s+(?=[A-Z])"
    rf"|{_CITY}(?:[ -]{_CITY}){{0,2}}{_DATELINE_DATE}\s*$)")
#: Where a press release ends and its notes to editors begin: "ENDS", "###", "-30-",
#: "Media contact: …", "For more information, contact …".
_END_MARK = re.compile(r"[-–—\s]*(?:ENDS|Ends|ends|###|-30-)[-–—\s.]*")
_CONTACT = re.compile(r"(?:Media|Press)\s+(?:contacts?|enquiries|inquiries|office)\s*:|"
                      r"For (?:further|more) information\b|Contacts?\s*:", re.I)


def _before_sign_off(paragraphs: tuple[str, ...]) -> list[str]:
    """The paragraphs of the article itself, those of the notes a press office adds after it
    left empty (so that each stays beside its unit)."""
    kept: list[str] = []
    ended = False
    for paragraph in paragraphs:
        ended = ended or bool(_END_MARK.fullmatch(paragraph))
        kept.append("" if ended or _CONTACT.match(paragraph) else paragraph)
    return kept


_TOPICS = {
    "trade": r"\b(?:trade|tariffs?|exports?|imports?)\b",
    "security": r"\b(?:security|defen[cs]e|military)\b",
    "climate": r"\bclimate\b",
    "energy": r"\b(?:energy|oil|gas|nuclear power)\b",
    "technology": r"\b(?:technolog\w+|artificial intelligence|AI|semiconductors?)\b",
    "health": r"\b(?:health|pandemic|COVID|vaccines?)\b",
    "migration": r"\b(?:migration|migrants?|refugees?)\b",
    "diplomacy": r"\b(?:visit|summit|diplomac\w+)\b",
}
#: Each topic's pattern, run on the whole article only when it holds a piece of text it needs.
_TOPIC_CUES = {tag: LiteralGated(re.compile(pattern)) for tag, pattern in _TOPICS.items()}


#: How many mentions in the body a state named in the title is worth: the title says whom the
#: text is about ("Joint Statement from the Leaders of the United States, Egypt and Qatar").
_TITLE_WEIGHT = 2
#: How near the second party's count a third or fourth state named in the title must come to
#: act in the text too ("Joint Statement of Japan, the Republic of Korea, and the United States").
_NEAR_TIE = 0.75
#: The names a headline opens with as its subject: "Japan, S. Korea, China (agree …)".
_TITLE_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_TITLE_SUBJECTS = re.compile(rf"(?:{_TITLE_NAME},\s+)+{_TITLE_NAME}(?:\s+and\s+{_TITLE_NAME})?"
                             r"(?=\s+[a-z])")
#: Where a title says a meeting was held, which names a host, not a party: "(… on the outcomes of
#: their meeting) in Kuala Lumpur, Malaysia".
_WHERE_HELD = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w’'-]*\s*){1,3},\s*[A-Z][\w’'-]*"
                         r"(?:\s+[A-Z][\w’'-]*)*")
#: How many of an article's first sentences tell its news, whatever the sentence model says.
_LEAD_SENTENCES = 2


def _without_dateline(paragraph: str, publisher: str | None) -> str:
    """The paragraph without the dateline opening it: the agency's ("BRUSSELS (Reuters) -")
    or the site's own ("PanARMENIAN.Net - Verified video footage …")."""
    if publisher:
        paragraph = re.sub(rf"^{re.escape(publisher)}\s*[-–—:]\s+", "", paragraph, count=1)
    return _DATELINE.sub("", paragraph, count=1)


def article_paragraphs(article: Article) -> list[list[str]]:
    """The sentences of each paragraph the draft reads: no dateline, nothing after the sign-off."""
    return [split_sentences(_without_dateline(p, article.publisher))
            for p in _before_sign_off(article.paragraphs)]


def draft_briefing(article: Article, day: dt.date, *, source: dict) -> tuple[dict, Draft]:
    """The briefing data for an article dated `day`, and what the rules found (for a report)."""
    paragraphs = article_paragraphs(article)
    sentences = [s for p in paragraphs for s in p]
    people = find_people([article.title, *sentences],
                         tuple(dict.fromkeys(u.speaker for u in article.units if u.speaker)))
    names = [p.name for p in people]
    titled = _parties_in(article.title or "")
    counts = Counter(titled * _TITLE_WEIGHT)
    for sentence in sentences:
        counts.update(_mentions(sentence))
    main_parties = [p for p, _ in counts.most_common(3)]
    hosts = _parties_in(" ".join(_WHERE_HELD.findall(article.title or "")))
    acting = main_parties[:2] + [p for p, n in counts.most_common(4)[2:] if p in titled and
                                 p not in hosts and n >= _NEAR_TIE * counts[main_parties[1]]]
    subject = _TITLE_SUBJECTS.match(article.title or "")
    acting += [p for p in (_parties_in(subject.group(0)) if subject else []) if p not in acting]
    # "Japan, S. Korea, China agree to …": every party the headline says acts
    citable = [[s for s in p if len(s) <= MAX_TEXT] for p in paragraphs]
    headings = frozenset(i for i, unit in enumerate(article.units) if unit.kind == "heading")
    marked = frozenset(i for i, unit in enumerate(article.units) if unit.kind == "item")
    items = _likely(extract_items(citable, day, names, acting, headings, marked),
                    lead=sentences[:_LEAD_SENTENCES])
    items.unsure += undated(items.upcoming)
    for agreement in items.agreements:
        agreement["what"] = signature_label(agreement["evidence"], article.title or "") or \
            agreement["what"]
    quotes = [{"text": q.text, "speaker": q.speaker, "evidence": q.evidence}
              for q in find_quotes(citable, people)]
    for item in [*items.agreements, *items.open_issues, *items.upcoming, *quotes]:
        item["evidence"] = article.verbatim(item["evidence"], item.get("text", ""))
    _write_names_as_the_article(items, names_as_written(" ".join(sentences)))
    _name_the_styled(items.upcoming, " ".join(sentences), names)
    data = {
        "schema": SCHEMA,
        "title": article.title or "Untitled article",
        "dek": article.dek,
        "date": day.isoformat(),
        "status": "draft",
        "source": source,
        "tags": _tags(article, counts),
        "summary": draft_summary(_answered(paragraphs, article), _evidence(items)),
        "agreements": items.agreements,
        "open_issues": items.open_issues,
        "upcoming": items.upcoming,
        "people": [{"name": p.name, "role": p.role} for p in people],
        "quotes": quotes,
    }
    if not data["dek"]:
        del data["dek"]
    return data, items


def _likely(items: Draft, lead: list[str]) -> Draft:
    """The agreements and plans ahead the rules found, less those drafted from a sentence the
    sentence model finds very unlikely to state one. An agreement in the `lead`, which tells
    the news ("Israel and Lebanon have accepted the proposal"), or in a list a lead-in says is
    of agreements ("Procurement of aircraft valued at 3.2 billion USD."), stays, as does a
    deadline set for someone to act or falling on a day ("by June 30, 2027")."""
    model = sentence_model()
    kept = {*lead, *items.listed}
    agreements = [a for a in items.agreements
                  if a["evidence"] in kept or _ONE_SIDES_WORD.search(a["evidence"]) or
                  not model.unlikely(a["evidence"], "agreements")]
    upcoming = [e for e in items.upcoming
                if (e["kind"] == "deadline" and (_TIME_GIVEN.search(e["evidence"]) or
                                                 _BY_A_DAY.fullmatch(e["when"] or ""))) or
                not model.unlikely(e["evidence"], "upcoming")]
    if len(agreements) == len(items.agreements) and len(upcoming) == len(items.upcoming):
        return items
    drafted = {id(item) for item in [*agreements, *upcoming]}
    left_out = [f"left out as unlikely by the sentence model: {item['evidence'][:80]}"
                for item in [*items.agreements, *items.upcoming] if id(item) not in drafted]
    return replace(items, agreements=agreements, upcoming=upcoming,
                   unsure=[*items.unsure, *left_out])


#: One side's word given on what it will do, which the model, trained on joint texts, may find
#: unlikely: "The RSF said it would open two corridors".
_ONE_SIDES_WORD = re.compile(r"\b(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+would\s+"
                             r"(?:open|release|withdraw|provide|send|supply|allow|lift|resume|"
                             r"hold|join|pay|return|end|stop|build|deliver|grant|free)\b")
#: Time given to someone to act: a deadline set, which the model, trained on few, may find
#: unlikely ("Hamas must release all hostages by Saturday", "to report within 90 days").
_TIME_GIVEN = re.compile(r"\b(?:must|ha(?:s|ve|d)\s+until|given\s+until|deadline|ultimatum|"
                         r"no\s+later\s+than|within\s+[\w-]+\s+(?:days|weeks|months))\b", re.I)
#: A day a deadline falls on, as `when` writes it: "(remove the requirements) by June 30, 2027".
_BY_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _write_names_as_the_article(items: Draft, written: dict[str, str]) -> None:
    """Parties and places named as the article names them: "Türkiye" where it says so."""
    if not written:
        return
    for item in [*items.agreements, *items.open_issues, *items.upcoming]:
        for key in ("parties", "who"):
            if isinstance(item.get(key), list):
                item[key] = [written.get(name, name) for name in item[key]]
        if item.get("where"):
            item["where"] = ", ".join(written.get(part, part) for part in item["where"].split(", "))


#: A style of address that stands for a person once the text has named them with it: "invited
#: His Highness to visit" after "His Highness Sheikh Mohamed bin Zayed received …".
_STYLE = re.compile(STYLE_OF_ADDRESS)


def _name_the_styled(events: list[dict], text: str, names: list[str]) -> None:
    """The one who goes, by name, where an event names them by their style of address alone."""
    for event in events:
        who = event.get("who") or []
        styled = [w for w in who if _STYLE.fullmatch(w)]
        if not styled:
            continue
        style = styled[0]
        named = [(m.start(), name) for name in names for m in re.finditer(
            rf"{style}\s+(?:[A-Z][\w.-]*\s+){{0,2}}?{re.escape(name)}\b", text)]
        if not named:
            continue
        name = min(named)[1]  # the first one the text names so
        event["who"] = [name if w == style else w for w in who]
        if event["what"].startswith(style):
            event["what"] = name + event["what"][len(style):]


def _parties_in(text: str) -> list[str]:
    return find_parties(FORMER_OFFICE.sub("", text), capital_as_state=True)


#: A state named as where a matter is, not as a side to the talks: "(discussed) the situation in
#: Venezuela", "the peace process in Colombia".
_PLACE_OF_A_MATTER = LiteralGated(re.compile(
    r"\b(?:situation|crisis|war|conflict|fighting|violence|unrest|peace\s+process|developments|"
    r"elections?)\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"))


def _mentions(sentence: str) -> dict[str, float]:
    """How much each state a sentence names counts towards the article's parties: half where
    it is named only as the place of a matter."""
    parties = _parties_in(sentence)
    if not parties or not _PLACE_OF_A_MATTER.search(sentence):
        return dict.fromkeys(parties, 1.0)
    acting = _parties_in(_PLACE_OF_A_MATTER.sub("", sentence))
    return {party: 1.0 if party in acting else 0.5 for party in parties}


def _answered(paragraphs: list[list[str]], article: Article) -> list[str]:
    """The sentences a summary may use: a reporter's question ("Q: …") tells what was
    asked, not what the briefing said."""
    return [s for sentences, unit in zip(paragraphs, article.units, strict=True)
            if unit.speaker != "Q" for s in sentences]


def _evidence(items: Draft) -> list[str]:
    return [item["evidence"] for found in (items.agreements, items.open_issues, items.upcoming)
            for item in found]


def _tags(article: Article, counts: Counter) -> list[str]:
    tags = [slugify(party) for party, _ in counts.most_common(4)]
    text = " ".join((article.title, *article.paragraphs))
    tags += [tag for tag, cue in _TOPIC_CUES.items() if cue.search(text)]
    return list(dict.fromkeys(t for t in tags if t))
