"""`briefgen email`: send the day's edition to every stakeholder, once, safely.

One message per recipient; a send log (`.briefgen/sent.jsonl`) written after every
delivery, so a second run — or a run after a crash — sends nothing twice; transient
failures (connection lost, 4xx) are retried with back-off; a recipient the server refuses
(5xx) is reported while the others still get theirs. TLS is verified unless `security:
none` is chosen, and the password comes only from BRIEFGEN_SMTP_PASSWORD.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import smtplib
import ssl
import time
from dataclasses import dataclass
from pathlib import Path

from briefgen.build import edition_pdf
from briefgen.config import EMAIL_ADDRESS, EmailSettings
from briefgen.errors import BriefgenError, Problem
from briefgen.links import refuse_links_below
from briefgen.output import locked
from briefgen.project import load_project
from briefgen.render.email import compose
from briefgen.render.theme import make_environment
from briefgen.views import Edition, site_view

SEND_LOG = Path(".briefgen") / "sent.jsonl"
PASSWORD_VARIABLE = "BRIEFGEN_SMTP_PASSWORD"
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass(frozen=True)
class EmailOptions:
    day: dt.date | None = None  # None: the latest edition
    to: tuple[str, ...] = ()
    sender: str | None = None
    smtp_host: str | None = None
    smtp_port: int | None = None
    security: str | None = None
    username: str | None = None
    dry_run: Path | None = None
    resend: bool = False
    retries: int = 3
    backoff: float = 2.0
    timeout: float = 30.0


@dataclass(frozen=True)
class Delivery:
    recipient: str
    status: str  # sent | skipped | failed | written
    detail: str = ""


@dataclass(frozen=True)
class _Server:
    host: str
    port: int
    security: str
    username: str | None
    password: str | None
    timeout: float


def send_edition(project: Path, options: EmailOptions,
                 environ: dict[str, str] | None = None) -> list[Delivery]:
    """Send (or with `dry_run`, write) the edition to each recipient; return what happened."""
    environ = os.environ if environ is None else environ
    inputs = load_project(project)
    config, settings = inputs.config, inputs.config.email
    site = site_view(config, inputs.content.briefings)
    edition = _edition(site.editions, options.day)
    sender = options.sender or settings.sender
    if not sender:
        raise BriefgenError(Problem("no sender: set email.sender in briefgen.yaml or give --from"))
    _check_address(sender, "--from")
    recipients = _recipients(project, options, settings)
    env = make_environment(project)
    pdf = edition_pdf(project, site, edition.date)
    if options.dry_run:
        return _write_messages(options.dry_run, env, site, edition, pdf, sender, recipients)
    log = project / SEND_LOG
    refuse_links_below(project, log)
    log.parent.mkdir(exist_ok=True)
    with locked(log.with_suffix(".lock")):  # a second run waits, then sends nothing twice
        already = _already_sent(log, edition.date)
        deliveries = [Delivery(r, "skipped", "already sent (use --resend to send again)")
                      for r in recipients if r.lower() in already and not options.resend]
        pending = [r for r in recipients if options.resend or r.lower() not in already]
        if pending:
            with _Connection(_server(options, settings, environ), options) as connection:
                for recipient in pending:
                    message = compose(env, site, edition, pdf, sender=sender, recipient=recipient)
                    outcome = connection.send(message, sender, recipient)
                    if outcome is None:
                        _log(log, edition.date, recipient, message["Message-ID"])
                        deliveries.append(Delivery(recipient, "sent", message["Message-ID"]))
                    else:
                        deliveries.append(Delivery(recipient, "failed", outcome))
    order = {recipient: index for index, recipient in enumerate(recipients)}
    return sorted(deliveries, key=lambda d: order[d.recipient])


def _edition(editions: tuple[Edition, ...], day: dt.date | None) -> Edition:
    if not editions:
        raise BriefgenError(Problem("there is no reviewed briefing to send"))
    if day is None:
        return editions[0]
    for edition in editions:
        if edition.date == day:
            return edition
    raise BriefgenError(Problem(f"there is no reviewed briefing dated {day}"))


def _check_address(address: str, where: str, line: int | None = None) -> None:
    if not EMAIL_ADDRESS.fullmatch(address):
        raise BriefgenError(Problem(f"{address!r} is not an email address like name@example.org",
                                    where, line))


def _recipients(project: Path, options: EmailOptions, settings: EmailSettings) -> list[str]:
    """--to addresses, else the configured ones and the recipients file; each once."""
    found: list[str] = []
    if options.to:
        for address in options.to:
            _check_address(address, "--to")
        found = list(options.to)
    else:
        found = list(settings.recipients)
        if settings.recipients_file:
            found += _read_recipients_file(project, settings.recipients_file)
    unique = list({address.lower(): address for address in found}.values())
    if not unique:
        raise BriefgenError(Problem("no recipients: give --to, or set email.recipients or "
                                    "email.recipients_file in briefgen.yaml"))
    return unique


def _read_recipients_file(project: Path, name: str) -> list[str]:
    path = project / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefgenError(Problem(f"cannot read the recipients file: {exc}", name)) from None
    addresses = []
    for number, line in enumerate(lines, start=1):
        address = line.split("#", 1)[0].strip()
        if address:
            _check_address(address, name, number)
            addresses.append(address)
    return addresses


def _server(options: EmailOptions, settings: EmailSettings, environ) -> _Server:
    security = options.security or settings.security
    username = options.username or settings.username
    password = environ.get(PASSWORD_VARIABLE) or None
    if username and not password:
        raise BriefgenError(Problem(f"a username is set but {PASSWORD_VARIABLE} is not; "
                                    "set the password in the environment"))
    if username and security == "none":
        raise BriefgenError(Problem("refusing to send the SMTP password without TLS; "
                                    "use --security starttls or ssl"))
    port = options.smtp_port or settings.smtp_port or DEFAULT_PORTS[security]
    return _Server(options.smtp_host or settings.smtp_host, port, security, username, password,
                   options.timeout)


class _Connection:
    """An SMTP session that reconnects and retries what may succeed later."""

    def __init__(self, server: _Server, options: EmailOptions):
        self.server = server
        self.retries = options.retries
        self.backoff = options.backoff
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> _Connection:
        self._connect_with_retries()
        return self

    def __exit__(self, *exc) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                self.smtp.close()

    def _connect_with_retries(self) -> None:
        server = self.server
        for attempt in range(self.retries + 1):
            try:
                self.smtp = self._connect()
                return
            except ssl.SSLCertVerificationError as exc:
                raise BriefgenError(Problem(
                    f"the TLS certificate of {server.host}:{server.port} is not trusted "
                    f"({exc.verify_message})")) from None
            except smtplib.SMTPAuthenticationError as exc:
                raise BriefgenError(Problem(
                    f"{server.host}:{server.port} refused the login: {_reply(exc)}")) from None
            except smtplib.SMTPNotSupportedError:
                raise BriefgenError(Problem(
                    f"{server.host}:{server.port} does not offer STARTTLS; use --security ssl, "
                    "or none only on a trusted network")) from None
            except (OSError, smtplib.SMTPException) as exc:
                if attempt == self.retries:
                    raise BriefgenError(Problem(
                        f"cannot reach the SMTP server {server.host}:{server.port}: "
                        f"{_reason(exc)}; nothing was sent, run again later")) from None
                time.sleep(self.backoff * 2**attempt)

    def _connect(self) -> smtplib.SMTP:
        server = self.server
        context = ssl.create_default_context()
        if server.security == "ssl":
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout,
                                    context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
            if server.security == "starttls":
                smtp.starttls(context=context)
        if server.username:
            smtp.login(server.username, server.password or "")
        return smtp

    def send(self, message, sender: str, recipient: str) -> str | None:
        """Deliver one message; None when delivered, else why it was not."""
        for attempt in range(self.retries + 1):
            try:
                if self.smtp is None:
                    self.smtp = self._connect()
                self.smtp.send_message(message, from_addr=sender, to_addrs=[recipient])
                return None
            except smtplib.SMTPRecipientsRefused as exc:
                code, reply = exc.recipients.get(recipient, (550, b"refused"))
                reason = f"{code} {reply.decode(errors='replace')}"
                if not 400 <= code < 500:
                    return reason
            except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
                reason = _reply(exc)
                if not 400 <= exc.smtp_code < 500:
                    return reason
            except ssl.SSLCertVerificationError as exc:
                return f"TLS certificate not trusted ({exc.verify_message})"
            except (OSError, smtplib.SMTPException) as exc:
                reason = _reason(exc)
                self.smtp = None
            if attempt < self.retries:
                time.sleep(self.backoff * 2**attempt)
        return f"{reason} (after {self.retries + 1} attempts)"


def _reply(exc: smtplib.SMTPResponseException) -> str:
    message = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) \
        else str(exc.smtp_error)
    return f"{exc.smtp_code} {message}"


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _already_sent(log: Path, day: dt.date) -> set[str]:
    if not log.exists():
        return set()
    sent = set()
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by a crash: that send is not proven
        if isinstance(entry, dict) and entry.get("date") == day.isoformat():
            sent.add(str(entry.get("recipient", "")).lower())
    return sent


def _log(log: Path, day: dt.date, recipient: str, message_id: str) -> None:
    """Record a delivery at once, flushed to disk, before the next send."""
    log.parent.mkdir(parents=True, exist_ok=True)
    entry = {"date": day.isoformat(), "recipient": recipient, "message_id": message_id,
             "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _write_messages(folder: Path, env, site, edition: Edition, pdf: bytes, sender: str,
                    recipients: list[str]) -> list[Delivery]:
    folder.mkdir(parents=True, exist_ok=True)
    deliveries = []
    for recipient in recipients:
        message = compose(env, site, edition, pdf, sender=sender, recipient=recipient)
        target = folder / f"{edition.date.isoformat()}-{_file_name(recipient)}.eml"
        target.write_bytes(message.as_bytes())
        deliveries.append(Delivery(recipient, "written", str(target)))
    return deliveries


def _file_name(address: str) -> str:
    """An address as one safe file name: "/" and the like are legal in an address's local
    part ("a/b@example.org"), but must not make a dry run write outside its folder."""
    return re.sub(r"[^A-Za-z0-9.+-]", "_", address.replace("@", "_at_"))
