"""The edition as an email: headers hold no line break or control character, whatever the
titles and addresses hold."""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy

import pytest

from briefgen.config import SiteConfig
from briefgen.errors import BriefgenError
from briefgen.model import Briefing
from briefgen.render.email import compose
from briefgen.render.theme import make_environment
from briefgen.textfile import UNSEEN
from briefgen.views import site_view

SENDER, RECIPIENT = "briefings@example.org", "alice@example.org"


def message_for(tmp_path, title: str, sender: str = SENDER, recipient: str = RECIPIENT):
    briefing = Briefing(slug="talks", file="2025-11-24-talks.yaml", title=title,
                        date=dt.date(2025, 11, 24), summary="The two sides met.",
                        status="reviewed")
    site = site_view(SiteConfig(title=title), (briefing,))
    return compose(make_environment(tmp_path), site, site.editions[0], b"%PDF-1.7",
                   sender=sender, recipient=recipient)


@pytest.mark.parametrize("title", [
    pytest.param("Talks\r\nBcc: eve@example.org", id="CRLF"),
    pytest.param("Talks\rBcc: eve@example.org", id="bare CR"),
    pytest.param("Talks\x01\x0b\x0c\x1b[31m in Geneva", id="C0 controls"),
    pytest.param("Talks\x00 in Geneva", id="NUL"),
    pytest.param("Talks\x7f\x85\x9f in Geneva", id="DEL and C1"),
    pytest.param("Talks budget \u202efdp.exe\u2066 plan", id="bidi"),
])
def test_the_subject_is_one_line_as_a_reader_sees_it(tmp_path, title):
    raw = message_for(tmp_path, title).as_bytes()
    parsed = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
    assert sorted(parsed.keys()) == ["Content-Type", "Date", "From", "MIME-Version",
                                     "Message-ID", "Subject", "To"]
    subject = str(parsed["Subject"])
    assert subject.startswith("Daily briefing — 24 November 2025: Talks")
    assert not UNSEEN.search(subject) and "\r" not in subject and "\n" not in subject
    assert (str(parsed["From"]), str(parsed["To"])) == (SENDER, RECIPIENT)
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert all(byte >= 0x20 or byte in b"\t\r\n" for byte in head)


@pytest.mark.parametrize(("sender", "recipient"), [
    (SENDER, "alice\x01@example.org"),
    (SENDER, "alice@example.org\u202e"),
    ("briefings\x1b@example.org", RECIPIENT),
    (SENDER, "alice@example.org\u2028"),
])
def test_an_address_holding_a_control_character_is_refused(tmp_path, sender, recipient):
    with pytest.raises(BriefgenError, match="holds a control character"):
        message_for(tmp_path, "Talks", sender=sender, recipient=recipient)
