"""`briefgen email`: send the day's edition to every stakeholder, once, safely.

One message per recipient; a send log (`briefgen.sendlog`) written before and after every
delivery, so a second run — or a run after a crash — sends nothing twice; failures that
certainly happened before the message was handed over (connection refused or lost, 4xx) are
retried with back-off; a connection lost after the message was handed over, before the
server confirmed it, is reported as uncertain and never retried blindly (the server may
have accepted the message); a recipient the server refuses (5xx) is reported while the
others still get theirs. TLS is verified unless `security:
none` is chosen, and the password comes only from BRIEFGEN_SMTP_PASSWORD.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shlex
import smtplib
import ssl
import time
from dataclasses import dataclass
from pathlib import Path

from briefgen.atomic import refused, write_whole
from briefgen.build import edition_pdf
from briefgen.config import EMAIL_ADDRESS, EmailSettings
from briefgen.errors import BriefgenError, Problem
from briefgen.links import refuse_links_below
from briefgen.output import locked
from briefgen.project import load_project
from briefgen.render.email import compose
from briefgen.render.theme import make_environment
from briefgen.sendlog import ATTEMPTED, NOT_SENT, SEND_LOG, SENT, record, states
from briefgen.views import Edition, site_view

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


class NothingToSend(BriefgenError):
    """There is no reviewed briefing, so no edition: a run with nothing to do, not a fault."""


@dataclass(frozen=True)
class Delivery:
    recipient: str
    status: str  # sent | skipped | failed | uncertain | written
    detail: str = ""
    day: dt.date | None = None  # the edition's date


def uncertain_advice(deliveries: list[Delivery]) -> str | None:
    """One line for the recipients whose delivery is uncertain: what to do about them."""
    uncertain = [d for d in deliveries if d.status == "uncertain"]
    if not uncertain:
        return None
    names = ", ".join(d.recipient for d in uncertain)
    day = f" --date {uncertain[0].day.isoformat()}" if uncertain[0].day else ""
    again = " ".join(f"--to {shlex.quote(d.recipient)}" for d in uncertain)
    return (f"delivery uncertain for {names}: the server may have the message; ask whether "
            f"it arrived, and if not send it again with: briefgen email{day} --resend {again}")


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
    with contextlib.ExitStack() as held:
        try:  # a second run waits for the lock, then sends nothing twice
            log.parent.mkdir(exist_ok=True)
            held.enter_context(locked(log.with_suffix(".lock")))
        except OSError as error:
            raise refused(error, SEND_LOG.parent.as_posix(), "nothing was sent") from None
        deliveries, pending = _sorted_out(recipients, states(log, edition.date), edition,
                                          options.resend)
        if pending:
            with _Connection(_server(options, settings, environ), options) as connection:
                for recipient in pending:
                    message = compose(env, site, edition, pdf, sender=sender,
                                      recipient=recipient)
                    deliveries.append(_deliver(connection, log, edition, message, sender,
                                               recipient))
    order = {recipient: index for index, recipient in enumerate(recipients)}
    return sorted(deliveries, key=lambda d: order[d.recipient])


def _sorted_out(recipients: list[str], known: dict[str, str], edition: Edition,
                resend: bool) -> tuple[list[Delivery], list[str]]:
    """What the send log already tells of each recipient, and who is to be sent the edition:
    nobody who has it, or may have it, unless `resend`."""
    deliveries, pending = [], []
    for recipient in recipients:
        state = known.get(recipient.lower())
        if resend or state in (None, NOT_SENT):
            pending.append(recipient)
        elif state == SENT:
            deliveries.append(Delivery(recipient, "skipped",
                                       "already sent (use --resend to send again)",
                                       edition.date))
        else:
            deliveries.append(Delivery(
                recipient, "uncertain", "an earlier run lost the connection after handing "
                "the message over, before the server confirmed it", edition.date))
    return deliveries, pending


def _deliver(connection: _Connection, log: Path, edition: Edition, message, sender: str,
             recipient: str) -> Delivery:
    """Send one message, recorded as attempted before it goes and as sent (or not) after."""
    message_id = message["Message-ID"]
    record(log, edition.date, recipient, message_id, ATTEMPTED,
           f"{recipient} and those after were not sent the edition")
    status, detail = connection.send(message, sender, recipient)
    if status != "uncertain":
        after = (f"{recipient} was sent the edition (a later run reports it as uncertain "
                 "rather than send it again)"
                 if status == "sent" else f"{recipient} and those after were not sent it")
        record(log, edition.date, recipient, message_id, SENT if status == "sent" else NOT_SENT,
               after)
    return Delivery(recipient, status, detail or message_id, edition.date)


def _edition(editions: tuple[Edition, ...], day: dt.date | None) -> Edition:
    if not editions:
        raise NothingToSend(Problem("there is no reviewed briefing to send"))
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
        self.smtp: _SMTP | _SMTPOverSSL | None = None

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

    def _connect(self) -> _SMTP | _SMTPOverSSL:
        server = self.server
        context = ssl.create_default_context()
        if server.security == "ssl":
            smtp = _SMTPOverSSL(server.host, server.port, timeout=server.timeout,
                                context=context)
        else:
            smtp = _SMTP(server.host, server.port, timeout=server.timeout)
            if server.security == "starttls":
                smtp.starttls(context=context)
        if server.username:
            smtp.login(server.username, server.password or "")
        return smtp

    def send(self, message, sender: str, recipient: str) -> tuple[str, str]:
        """Deliver one message: ("sent", ""), ("failed", why), or ("uncertain", why) when the
        connection was lost after the message was handed over — the server may have
        accepted it, so it is not sent again."""
        for attempt in range(self.retries + 1):
            try:
                if self.smtp is None:
                    self.smtp = self._connect()
                self.smtp.handed_over = False
                self.smtp.send_message(message, from_addr=sender, to_addrs=[recipient])
                return "sent", ""
            except smtplib.SMTPRecipientsRefused as exc:
                code, reply = exc.recipients.get(recipient, (550, b"refused"))
                reason = f"{code} {reply.decode(errors='replace')}"
                if not 400 <= code < 500:
                    return "failed", reason
            except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
                reason = _reply(exc)
                if not 400 <= exc.smtp_code < 500:
                    return "failed", reason
            except smtplib.SMTPNotSupportedError:
                return "failed", ("the server does not accept addresses with non-ASCII "
                                  "characters (no SMTPUTF8)")
            except ssl.SSLCertVerificationError as exc:
                return "failed", f"TLS certificate not trusted ({exc.verify_message})"
            except (OSError, smtplib.SMTPException) as exc:
                reason = _reason(exc)
                if self._drop():
                    return "uncertain", (f"the connection was lost ({reason}) after the "
                                         "message was handed over, before the server "
                                         "confirmed it")
            if attempt < self.retries:
                time.sleep(self.backoff * 2**attempt)
        return "failed", f"{reason} (after {self.retries + 1} attempts)"

    def _drop(self) -> bool:
        """Close a connection that failed; whether it had handed the message over."""
        smtp, self.smtp = self.smtp, None
        if smtp is None:
            return False
        smtp.close()
        return smtp.handed_over


class _NotesHandOver:
    """Notes when the message itself has gone to the server (its final ".", sent after the
    354 reply to DATA). Past that point a lost connection leaves the delivery unknown; before
    it, the server cannot have accepted the message. `send_message` is used as it is, for
    its handling of SMTPUTF8 and 8BITMIME (non-ASCII addresses)."""

    handed_over = False

    def send(self, s: str | bytes) -> None:
        super().send(s)  # type: ignore[misc]
        # Commands go as str; only the message goes as bytes, ending with CRLF "." CRLF.
        if isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.handed_over = True


class _SMTP(_NotesHandOver, smtplib.SMTP):
    pass


class _SMTPOverSSL(_NotesHandOver, smtplib.SMTP_SSL):
    pass


def _reply(exc: smtplib.SMTPResponseException) -> str:
    message = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) \
        else str(exc.smtp_error)
    return f"{exc.smtp_code} {message}"


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _write_messages(folder: Path, env, site, edition: Edition, pdf: bytes, sender: str,
                    recipients: list[str]) -> list[Delivery]:
    """Each message as an .eml file, written whole; as it would go over SMTP, non-ASCII
    addresses in UTF-8 (what `send_message` does for a server offering SMTPUTF8)."""
    deliveries = []
    for recipient in recipients:
        message = compose(env, site, edition, pdf, sender=sender, recipient=recipient)
        target = folder / f"{edition.date.isoformat()}-{_file_name(recipient)}.eml"
        international = not (sender + recipient).isascii()
        raw = message.as_bytes(policy=message.policy.clone(utf8=True)) if international \
            else message.as_bytes()
        write_whole(target, raw, str(target))
        deliveries.append(Delivery(recipient, "written", str(target)))
    return deliveries


def _file_name(address: str) -> str:
    """An address as one safe file name: "/" and the like are legal in an address's local
    part ("a/b@example.org"), but must not make a dry run write outside its folder."""
    return re.sub(r"[^A-Za-z0-9.+-]", "_", address.replace("@", "_at_"))
