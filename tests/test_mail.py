"""`briefgen email` against a real SMTP server on 127.0.0.1 (aiosmtpd), TLS included."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json
import shutil
import ssl
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader

from briefgen.build import BuildOptions, build
from briefgen.errors import BriefgenError
from briefgen.mail import Delivery, EmailOptions, send_edition, uncertain_advice
from briefgen.model import Briefing
from briefgen.render.email import subject_line
from briefgen.views import Edition

from conftest import (
    Inbox,
    briefing_yaml,
    copy_seed_project,
    free_port,
    small_files_only,
    write_briefing,
)

ALICE, BOB, CAROL = "alice@example.org", "bob@example.org", "carol@example.org"


@pytest.fixture(scope="module")
def built_project(tmp_path_factory) -> Path:
    project = copy_seed_project(tmp_path_factory.mktemp("mail"))
    build(project, BuildOptions(jobs=1))
    return project


@pytest.fixture
def project(built_project, tmp_path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(built_project, copy)  # copy2 keeps times: the built PDF stays fresh
    with (copy / "briefgen.yaml").open("a") as config:
        config.write("email:\n  sender: briefings@example.org\n"
                     f"  recipients: [{ALICE}, {BOB}]\n  security: none\n")
    return copy


def options(inbox: Inbox, **extra) -> EmailOptions:
    return EmailOptions(**{"smtp_host": "127.0.0.1", "smtp_port": inbox.port, "retries": 1,
                           "backoff": 0.01, "timeout": 5, **extra})


def parsed(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_each_recipient_gets_one_message_with_both_bodies_and_the_pdf(project, inbox):
    deliveries = send_edition(project, options(inbox), environ={})
    assert [(d.recipient, d.status) for d in deliveries] == [(ALICE, "sent"), (BOB, "sent")]
    assert sorted(rcpts[0] for _, rcpts, _ in inbox.messages) == [ALICE, BOB]
    for sender, rcpts, raw in inbox.messages:
        message = parsed(raw)
        assert sender == "briefings@example.org" and len(rcpts) == 1
        assert message["To"] == rcpts[0]  # nobody sees the others
        assert message["Subject"] == ("Daily briefing — 24 November 2025: Trump Accepts Xi’s "
                                      "Invitation for Beijing Visit as US-China Diplomacy "
                                      "Enters New Phase")
        text = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert "China to resume purchases of U.S. soybeans" in text
        assert "China to resume purchases of U.S. soybeans" in html
        assert 'style="' in html and "<style" not in html  # CSS inlined for mail clients
        assert "http://localhost:8000/briefings/trump-accepts-xi-invitation-for-beijing-visit/" \
            in html
        [attachment] = list(message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_filename() == "briefing-2025-11-24.pdf"
        pdf = PdfReader(io.BytesIO(attachment.get_content()))
        assert "soybeans" in " ".join(p.extract_text() for p in pdf.pages)


def test_a_site_built_with_drafts_never_lends_its_pdf_to_the_email(project, inbox):
    write_briefing(project, "2025-11-24-unreviewed.yaml",
                   briefing_yaml("Unreviewed rumour", "2025-11-24", status="draft"))
    build(project, BuildOptions(drafts=True, jobs=1))
    send_edition(project, options(inbox, to=(ALICE,)), environ={})
    [(_, _, raw)] = inbox.messages
    [attachment] = list(parsed(raw).iter_attachments())
    pdf = PdfReader(io.BytesIO(attachment.get_content()))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert "soybeans" in text
    assert "Unreviewed rumour" not in text


def test_a_second_run_sends_nothing_unless_resend(project, inbox):
    send_edition(project, options(inbox), environ={})
    again = send_edition(project, options(inbox), environ={})
    assert [d.status for d in again] == ["skipped", "skipped"]
    assert len(inbox.messages) == 2
    resent = send_edition(project, options(inbox, resend=True), environ={})
    assert [d.status for d in resent] == ["sent", "sent"]
    assert len(inbox.messages) == 4


def test_a_refused_recipient_is_reported_and_the_others_delivered(project, inbox):
    inbox.refuse.add(BOB)
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", "email", "--smtp-host", "127.0.0.1",
         "--smtp-port", str(inbox.port), "--to", ALICE, "--to", BOB, "--to", CAROL],
        cwd=project, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "failed: bob@example.org (550 5.1.1 No such user here)" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(rcpts[0] for _, rcpts, _ in inbox.messages) == [ALICE, CAROL]
    assert result.stdout.splitlines() == [f"sent: {ALICE}", f"sent: {CAROL}"]


def test_two_runs_at_once_against_a_slow_server_send_each_message_once(project, inbox):
    inbox.delay = 0.3
    results = []
    runs = [threading.Thread(target=lambda: results.append(
        send_edition(project, options(inbox), environ={}))) for _ in range(2)]
    for run in runs:
        run.start()
    for run in runs:
        run.join(timeout=60)
    assert sorted(rcpts[0] for _, rcpts, _ in inbox.messages) == [ALICE, BOB]
    assert sorted(d.status for deliveries in results for d in deliveries) == \
        ["sent", "sent", "skipped", "skipped"]


def log_states(project: Path) -> list[tuple[str, str]]:
    log = project / ".briefgen" / "sent.jsonl"
    return [(entry["recipient"], entry["state"])
            for entry in map(json.loads, log.read_text().splitlines())]


def test_each_message_is_recorded_as_attempted_before_it_goes_to_the_server(project, inbox):
    inbox.log = project / ".briefgen" / "sent.jsonl"
    send_edition(project, options(inbox), environ={})
    first, second = inbox.log_during_data
    assert '"recipient": "alice@example.org"' in first and '"state": "attempted"' in first
    assert '"recipient": "bob@example.org", ' in second.splitlines()[-1]
    assert log_states(project) == [(ALICE, "attempted"), (ALICE, "sent"),
                                   (BOB, "attempted"), (BOB, "sent")]


def test_a_connection_lost_after_the_message_is_not_retried_and_is_reported(project, inbox):
    inbox.hang_up_after_data.add(ALICE)
    deliveries = send_edition(project, options(inbox, retries=3), environ={})
    assert [(d.recipient, d.status) for d in deliveries] == [(ALICE, "uncertain"), (BOB, "sent")]
    assert "after the message was handed over, before the server confirmed it" in \
        deliveries[0].detail
    assert sorted(rcpts[0] for _, rcpts, _ in inbox.messages) == [ALICE, BOB]
    assert log_states(project)[:2] == [(ALICE, "attempted"), (BOB, "attempted")]


def test_an_uncertain_delivery_is_not_sent_again_until_resent_on_purpose(project, inbox):
    inbox.hang_up_after_data.add(ALICE)
    send_edition(project, options(inbox), environ={})
    inbox.hang_up_after_data.clear()
    again = send_edition(project, options(inbox), environ={})
    assert [d.status for d in again] == ["uncertain", "skipped"]
    assert len(inbox.messages) == 2
    resent = send_edition(project, options(inbox, to=(ALICE,), resend=True), environ={})
    assert [(d.recipient, d.status) for d in resent] == [(ALICE, "sent")]
    assert sorted(rcpts[0] for _, rcpts, _ in inbox.messages) == [ALICE, ALICE, BOB]
    assert [d.status for d in send_edition(project, options(inbox), environ={})] == \
        ["skipped", "skipped"]


def test_an_uncertain_delivery_ends_the_run_with_one_line_saying_what_to_do(project, inbox):
    inbox.hang_up_after_data.add(BOB)
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", "email", "--smtp-host", "127.0.0.1",
         "--smtp-port", str(inbox.port)], cwd=project, capture_output=True, text=True,
        timeout=60)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [f"sent: {ALICE}"]
    assert result.stderr.splitlines()[-1] == (
        "error: delivery uncertain for bob@example.org: the server may have the message; ask "
        "whether it arrived, and if not send it again with: briefgen email --date 2025-11-24 "
        "--resend --to bob@example.org")
    assert "Traceback" not in result.stderr
    assert sorted(rcpts[0] for _, rcpts, _ in inbox.messages) == [ALICE, BOB]


@pytest.mark.parametrize(("addresses", "command"), [
    ([ALICE], f"briefgen email --date 2025-11-24 --resend --to {ALICE}"),
    ([ALICE, BOB], f"briefgen email --date 2025-11-24 --resend --to {ALICE} --to {BOB}"),
    (["o'neil@example.org"], "briefgen email --date 2025-11-24 --resend --to "
                             "'o'\"'\"'neil@example.org'"),
])
def test_the_advice_for_uncertain_deliveries_is_a_command_to_paste(addresses, command):
    day = dt.date(2025, 11, 24)
    deliveries = [Delivery(CAROL, "sent", "<id@example.org>", day)]
    deliveries += [Delivery(address, "uncertain", "lost", day) for address in addresses]
    advice = uncertain_advice(deliveries)
    assert advice.startswith(f"delivery uncertain for {', '.join(addresses)}: ")
    assert advice.endswith(f"send it again with: {command}")
    assert uncertain_advice(deliveries[:1]) is None


def test_a_connection_lost_before_the_message_went_is_retried(project, inbox):
    inbox.hang_up_at_rcpt[ALICE] = 1
    deliveries = send_edition(project, options(inbox), environ={})
    assert [d.status for d in deliveries] == ["sent", "sent"]
    assert sorted(rcpts[0] for _, rcpts, _ in inbox.messages) == [ALICE, BOB]


UNICODE_ADDRESS = "jörg@bücher.example"


@pytest.mark.parametrize(("smtputf8", "status"), [(True, "sent"), (False, "failed")])
def test_a_non_ascii_address_goes_by_smtputf8_or_fails_at_once(project, smtputf8, status):
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(),
                            enable_SMTPUTF8=smtputf8)
    controller.start()
    handler.port = controller.port
    try:
        [delivery] = send_edition(project, options(handler, to=(UNICODE_ADDRESS,), retries=3),
                                  environ={})
    finally:
        controller.stop()
    assert delivery.status == status
    if smtputf8:
        [(_, rcpts, raw)] = handler.messages
        assert rcpts == [UNICODE_ADDRESS]
        assert parsed(raw)["To"] == UNICODE_ADDRESS
    else:
        assert delivery.detail == ("the server does not accept addresses with non-ASCII "
                                   "characters (no SMTPUTF8)")
        assert handler.messages == []


def test_a_dry_run_writes_a_non_ascii_address_as_smtputf8_would_send_it(project, inbox,
                                                                        tmp_path):
    [written] = send_edition(project, options(inbox, to=(UNICODE_ADDRESS,),
                                              dry_run=tmp_path / "out"), environ={})
    raw = Path(written.detail).read_bytes()
    assert f"To: {UNICODE_ADDRESS}\r\n".encode() in raw  # no encoded word: not in an address
    assert parsed(raw)["To"] == UNICODE_ADDRESS


def test_a_temporary_refusal_is_retried_with_back_off(project, inbox):
    inbox.busy[ALICE] = 1
    deliveries = send_edition(project, options(inbox), environ={})
    assert [d.status for d in deliveries] == ["sent", "sent"]
    assert sorted(rcpts[0] for _, rcpts, _ in inbox.messages) == [ALICE, BOB]


def test_a_recipient_still_busy_after_every_retry_is_reported(project, inbox):
    inbox.busy[ALICE] = 5
    deliveries = send_edition(project, options(inbox), environ={})
    assert [(d.recipient, d.status) for d in deliveries] == [(ALICE, "failed"), (BOB, "sent")]
    assert deliveries[0].detail == "451 4.3.0 Try again later (after 2 attempts)"
    assert send_edition(project, options(inbox), environ={})[0].status == "failed"


def test_a_server_that_is_down_fails_clearly_and_a_later_run_delivers(project, inbox):
    down = EmailOptions(smtp_host="127.0.0.1", smtp_port=free_port(), retries=2, backoff=0.01,
                        timeout=5)
    with pytest.raises(BriefgenError, match=r"cannot reach the SMTP server 127\.0\.0\.1:\d+: "
                                            r".*nothing was sent, run again later"):
        send_edition(project, down, environ={})
    assert not (project / ".briefgen" / "sent.jsonl").exists()
    later = send_edition(project, options(inbox), environ={})
    assert [d.status for d in later] == ["sent", "sent"]


def test_a_linked_state_folder_is_refused_and_nothing_sent(project, inbox, tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    shutil.rmtree(project / ".briefgen", ignore_errors=True)
    (project / ".briefgen").symlink_to(victim)
    with pytest.raises(BriefgenError, match=r"^\.briefgen: is a symbolic link"):
        send_edition(project, options(inbox), environ={})
    assert list(victim.iterdir()) == []
    assert inbox.messages == []


@pytest.mark.parametrize("line", ["[1, 2]", '"sent"', "42", "null"])
def test_a_send_log_line_of_another_shape_proves_no_send(project, inbox, line):
    log = project / ".briefgen" / "sent.jsonl"
    log.parent.mkdir(exist_ok=True)
    log.write_text(line + "\n", encoding="utf-8")
    deliveries = send_edition(project, options(inbox), environ={})
    assert [d.status for d in deliveries] == ["sent", "sent"]


def test_a_send_log_the_system_cannot_extend_stops_the_run_before_sending(project, inbox):
    """Files may be at most 20 bytes larger than the send log already is, as on a full
    disk: the attempt cannot be recorded, so nothing is sent, and the log is as it was (the
    half line written is cut off again)."""
    log = project / ".briefgen" / "sent.jsonl"
    log.parent.mkdir(exist_ok=True)
    # Larger than any file that printing the PDF writes (WeasyPrint copies the theme's
    # typefaces, up to 100 KB each, into a temporary folder), so that only the log is refused.
    log.write_text("".join(json.dumps({"date": f"2025-11-2{n % 4}", "recipient": CAROL,
                                       "state": "sent"}) + "\n" for n in range(3000)))
    before = log.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", "email", "--smtp-host", "127.0.0.1",
         "--smtp-port", str(inbox.port)], cwd=project, capture_output=True, text=True,
        timeout=60, preexec_fn=small_files_only(len(before) + 20))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: .briefgen/sent.jsonl: cannot write: File too large: the system allows no file "
        "this large here (see ulimit -f), then run again; alice@example.org and those after "
        "were not sent the edition"]
    assert inbox.messages == []
    assert log.read_bytes() == before


def test_a_file_where_the_state_folder_goes_is_one_line_and_nothing_sent(project, inbox):
    shutil.rmtree(project / ".briefgen", ignore_errors=True)
    (project / ".briefgen").write_text("not a folder")
    with pytest.raises(BriefgenError) as caught:
        send_edition(project, options(inbox), environ={})
    assert str(caught.value) == (".briefgen: cannot write: File exists: a file stands where a "
                                 "folder should be; move it away, then run again; nothing was "
                                 "sent")
    assert inbox.messages == []


def test_a_dry_run_into_a_file_is_one_line(project, inbox, tmp_path):
    (tmp_path / "out").write_text("not a folder")
    result = subprocess.run(
        [sys.executable, "-m", "briefgen", "email", "--dry-run", str(tmp_path / "out")],
        cwd=project, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line == (f"error: {tmp_path}/out/2025-11-24-alice_at_example.org.eml: cannot write: "
                    "File exists: a file stands where a folder should be; move it away, then "
                    "run again")
    assert (tmp_path / "out").read_text() == "not a folder"


def test_dry_run_writes_eml_files_and_sends_nothing(project, inbox, tmp_path):
    written = send_edition(project, options(inbox, dry_run=tmp_path / "out"), environ={})
    assert [d.status for d in written] == ["written", "written"]
    files = sorted((tmp_path / "out").glob("*.eml"))
    assert [f.name for f in files] == ["2025-11-24-alice_at_example.org.eml",
                                       "2025-11-24-bob_at_example.org.eml"]
    assert parsed(files[0].read_bytes())["To"] == ALICE
    assert inbox.messages == []


@pytest.mark.parametrize("address", ["a/b@example.org", "../../escaped@example.org"])
def test_a_dry_run_writes_only_inside_its_folder_whatever_the_address(project, inbox, tmp_path,
                                                                     address):
    out = tmp_path / "deep" / "out"
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    [written] = send_edition(project, options(inbox, to=(address,), dry_run=out), environ={})
    assert written.status == "written"
    [file] = out.iterdir()
    assert file.name.startswith("2025-11-24-") and file.suffix == ".eml"
    assert parsed(file.read_bytes())["To"] == address
    assert {p for p in tmp_path.rglob("*") if p.is_file()} - before == {file}


def test_the_pdf_is_made_when_the_site_has_none(project, inbox):
    shutil.rmtree(project / "site")
    send_edition(project, options(inbox, to=(ALICE,)), environ={})
    [(_, _, raw)] = inbox.messages
    [attachment] = list(parsed(raw).iter_attachments())
    assert attachment.get_content().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("alice@example.org\r\nBcc: eve@example.org", "is not an email address"),
        ("Alice <alice@example.org>", "is not an email address"),
        ("alice@example.org, eve@example.org", "is not an email address"),
        ("alice\x01@example.org", "is not an email address"),
        ("alice@example.org\x0b", "is not an email address"),
        ("alice@exam\u202eple.org", "is not an email address"),
    ],
)
def test_recipient_addresses_cannot_inject_headers(project, inbox, address, message):
    with pytest.raises(BriefgenError, match=message):
        send_edition(project, options(inbox, to=(address,)), environ={})
    assert inbox.messages == []


def test_titles_cannot_inject_headers():
    day = dt.date(2025, 11, 24)
    hostile = Briefing(slug="a", file="a.yaml", title="Talks\r\nBcc: eve@example.org",
                       date=day, summary="S.")
    edition = Edition(day, (hostile,))
    assert subject_line(edition) == "Daily briefing — 24 November 2025: Talks Bcc: eve@example.org"


def test_the_password_comes_only_from_the_environment(project, inbox):
    with pytest.raises(BriefgenError, match="BRIEFGEN_SMTP_PASSWORD is not"):
        send_edition(project, options(inbox, username="briefings", security="starttls"),
                     environ={})
    with pytest.raises(BriefgenError, match="refusing to send the SMTP password without TLS"):
        send_edition(project, options(inbox, username="briefings", security="none"),
                     environ={"BRIEFGEN_SMTP_PASSWORD": "secret"})


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
    return cert, key


@pytest.fixture
def tls_inbox(certificate):
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(),
                            tls_context=context, require_starttls=True)
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


def test_starttls_with_an_untrusted_certificate_is_refused(project, tls_inbox):
    with pytest.raises(BriefgenError, match=r"TLS certificate of 127\.0\.0\.1:\d+ is not trusted"):
        send_edition(project, options(tls_inbox, security="starttls"), environ={})
    assert tls_inbox.messages == []


def test_starttls_is_accepted_when_the_certificate_is_trusted(project, tls_inbox, certificate,
                                                              monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    deliveries = send_edition(project, options(tls_inbox, security="starttls"), environ={})
    assert [d.status for d in deliveries] == ["sent", "sent"]
    assert len(tls_inbox.messages) == 2


def test_a_recipients_file_is_read_and_a_bad_line_named(project, inbox):
    (project / "recipients.txt").write_text(f"# the desk\n{CAROL}\n\nnot-an-address\n")
    with (project / "briefgen.yaml").open("a") as config:
        config.write("  recipients_file: recipients.txt\n")
    with pytest.raises(BriefgenError) as caught:
        send_edition(project, options(inbox), environ={})
    assert str(caught.value) == ("recipients.txt:4: 'not-an-address' is not an email address "
                                 "like name@example.org")
    (project / "recipients.txt").write_text(f"# the desk\n{CAROL}\n")
    deliveries = send_edition(project, options(inbox), environ={})
    assert [d.recipient for d in deliveries] == [ALICE, BOB, CAROL]
    assert inbox.messages and len(inbox.messages) == 3
