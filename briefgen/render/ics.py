"""The upcoming-events calendar as iCalendar (RFC 5545), for subscribing from any calendar app."""

from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import urlsplit

from briefgen import __version__
from briefgen.render import urls
from briefgen.textfile import as_seen
from briefgen.views import Site
from briefgen.when import When, describe


def calendar(site: Site) -> str:
    """All-day events over the days each event is known to; undated events are left out.

    An event known only to its month, quarter, half or year ("April 2026", "2026") is one
    all-day entry on the period's first day whose summary says "date to be confirmed", not
    an entry over the whole period: spread over a year, "2026 U.S. elections" would sit on
    every day of 2026 and bury the days that are known, and a calendar app shows a
    multi-day entry as though the event took all of them. A single marked day keeps the
    event in the calendar of those who follow it — where a missing one would be missed —
    while saying plainly that its day is not known yet."""
    host = urlsplit(site.config.base_url).hostname or "briefgen"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//briefgen//briefgen {__version__}//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_text(site.config.title)} — upcoming",
    ]
    for entry in site.events:
        event, briefing = entry.event, entry.briefing
        if event.when is None:
            continue
        uid = hashlib.sha256(f"{event.kind}|{event.where}|{event.when}|{event.what}".encode())
        description = f"{describe(event.when)}. Reported in “{briefing.title}”."
        if event.evidence:
            description += f"\n\n{' '.join(event.evidence.split())}"
        summary, last = event.what, event.when.last
        if not known_to_the_day(event.when):
            summary = f"{event.what} (date to be confirmed: {describe(event.when)})"
            last = event.when.first
            description = f"Date to be confirmed: {description}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid.hexdigest()[:32]}@{host}",
            f"DTSTAMP:{_basic(briefing.date)}T000000Z",
            f"DTSTART;VALUE=DATE:{_basic(event.when.first)}",
            f"DTEND;VALUE=DATE:{_basic(last + dt.timedelta(days=1))}",
            f"SUMMARY:{_text(summary)}",
            f"DESCRIPTION:{_text(description)}",
            f"URL:{urls.absolute(urls.briefing_page(briefing), site.config.base_url)}",
        ]
        if event.where:
            lines.append(f"LOCATION:{_text(event.where)}")
        lines += [f"CATEGORIES:{_text(event.kind.upper())}", "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(_content_line(line)) + "\r\n" for line in lines)


def known_to_the_day(when: When) -> bool:
    """A day, or a range whose both ends are days ("20–22 March 2023")."""
    return when.start.precision == "day" and (when.end is None or when.end.precision == "day")


def _content_line(line: str) -> str:
    """No line break or control character in a content line (RFC 5545 3.1), whatever a value
    held (a URL, a host name): a bare CR would start a line of its own for a parser that
    splits on it ("ATTENDEE:…")."""
    return as_seen(line.replace("\r", " ").replace("\n", " "))


def _text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, ";" and "," escaped, each line break —
    CRLF, LF or a CR alone — as "\\n"."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1),
    each cut as late as it can be without splitting a character's UTF-8 bytes."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, start, room = [], 0, 75
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: the character began earlier
            cut -= 1
        parts.append(data[start:cut])
        start, room = cut, 74  # the space that continues a line is one of its 75 octets
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()


def _basic(day: dt.date) -> str:
    """A date in the basic ISO format of iCalendar, 20251124."""
    return f"{day.year}{day.month:02d}{day.day:02d}"
