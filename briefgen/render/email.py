"""The daily edition as an email: plain-text and HTML bodies, the day's PDF attached."""

from __future__ import annotations

import email.policy
import email.utils
from email.message import EmailMessage

import jinja2

from briefgen.errors import BriefgenError, Problem
from briefgen.render import urls
from briefgen.render.pages import Page, render_page
from briefgen.textfile import UNSEEN, as_seen
from briefgen.views import Edition, Site
from briefgen.when import day_words


def subject_line(edition: Edition) -> str:
    """"Daily briefing — 24 November 2025: <lead title>" on one line, whatever the titles hold."""
    day = edition.date
    lead = edition.lead.title
    more = len(edition.briefings) - 1
    text = f"Daily briefing — {day_words(day)}: {lead}" + (f" (+{more} more)" if more else "")
    return " ".join(as_seen(text).split())


def compose(
    env: jinja2.Environment, site: Site, edition: Edition, pdf: bytes, *, sender: str,
    recipient: str, message_id: str | None = None, date: str | None = None,
) -> EmailMessage:
    """One message for one recipient (nobody sees the other recipients).

    No header carries a line break or a control character: the subject is made one line as
    a reader sees it, and an address holding one is refused (an address changed here would
    be someone else's).
    """
    for address in (sender, recipient):
        if UNSEEN.search(address) or not address.isprintable():
            raise BriefgenError(Problem(f"{address!r} is not an email address: it holds a "
                                        "control character"))
    context = {"edition": edition, "title": subject_line(edition)}
    text = render_page(env, site, Page(urls.edition_page(edition.date), "email/edition.txt",
                                       context, absolute_links=True))
    html = render_page(env, site, Page(urls.edition_page(edition.date), "email/edition.html",
                                       context, absolute_links=True))
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = subject_line(edition)
    message["From"] = sender
    message["To"] = recipient
    message["Date"] = date or email.utils.formatdate(localtime=False)
    message["Message-ID"] = message_id or email.utils.make_msgid(
        domain=sender.rpartition("@")[2] or None)
    message.set_content(_tidy(text))
    message.add_alternative(html, subtype="html")
    message.add_attachment(pdf, maintype="application", subtype="pdf",
                           filename=f"briefing-{edition.date.isoformat()}.pdf")
    return message


def _tidy(text: str) -> str:
    """Collapse the blank lines that template control lines leave behind."""
    lines, blank = [], False
    for line in text.splitlines():
        if line.strip():
            lines.append(line.rstrip())
            blank = False
        elif not blank and lines:
            lines.append("")
            blank = True
    return "\n".join(lines).strip() + "\n"
