"""The `briefgen` command: parse options, call one function, report. No logic lives here."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from briefgen import __version__
from briefgen.errors import BriefgenError, Problem


class Reporter:
    """Progress on a terminal (one rewritten line), silence with --quiet or in a pipe."""

    def __init__(self, quiet: bool):
        self.live = not quiet and sys.stderr.isatty()
        self.quiet = quiet

    def progress(self, step: str, done: int, total: int) -> None:
        if self.live:
            end = "\n" if done == total else ""
            click.echo(f"\r{step}: {done}/{total}", err=True, nl=False)
            click.echo(end, err=True, nl=False)

    def warn(self, problems: tuple[Problem, ...]) -> None:
        for problem in problems:
            click.echo(f"warning: {problem}", err=True)

    def say(self, message: str) -> None:
        if not self.quiet:
            click.echo(message)


def fail(error: BriefgenError) -> None:
    for problem in error.problems:
        click.echo(f"error: {problem}", err=True)
    sys.exit(1)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn news articles into a reviewed daily briefing site, with PDFs.

    Commands act on the project in the current directory.
    """
    if ctx.invoked_subcommand not in ("init", "ingest"):
        _require_project()


def _require_project() -> None:
    from briefgen.project import require_project

    try:
        require_project(Path.cwd())
    except BriefgenError as error:
        fail(error)


@main.command()
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("site"),
              show_default=True, help="Folder to write the site to.")
@click.option("--base-url", help="Public URL of the site, e.g. https://org.github.io/repo/.")
@click.option("--drafts", is_flag=True, help="Include briefings with status: draft.")
@click.option("--no-pdf", is_flag=True, help="Skip the PDFs (much faster).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for briefings, pages and PDFs [default: number of cores].")
@click.option("--today", help="Reference date for 'upcoming' (default: newest briefing's date).")
@click.option("--clean", is_flag=True,
              help="Render and write every page and PDF again, changed or not.")
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary.")
def build(output, base_url, drafts, no_pdf, jobs, today, clean, quiet) -> None:
    """Build the site (pages, feeds and PDFs) from content/briefings/."""
    from briefgen.build import BuildOptions
    from briefgen.build import build as run_build
    from briefgen.wording import plural

    reporter = Reporter(quiet)
    options = BuildOptions(output=output, base_url=base_url, drafts=drafts, pdf=not no_pdf,
                           jobs=jobs or os.cpu_count() or 1, today=_date(today), clean=clean)
    try:
        report = run_build(Path.cwd(), options, progress=reporter.progress)
    except BriefgenError as error:
        fail(error)
    reporter.warn(report.warnings)
    reporter.say(report.summary)
    if report.up_to_date:
        return
    if report.drafts_left_out:
        left = plural(report.drafts_left_out, "draft")
        reporter.say(f"Left out {left} (status: draft): review and set status: reviewed, "
                     f"or preview with `briefgen build --drafts`")


@main.command()
@click.option("--quiet", "-q", is_flag=True, help="Print only problems.")
def check(quiet) -> None:
    """Validate the config and every briefing; exit 1 on any error."""
    from briefgen.project import load_project
    from briefgen.wording import plural

    reporter = Reporter(quiet)
    try:
        content = load_project(Path.cwd(), os.cpu_count() or 1).content
    except BriefgenError as error:
        fail(error)
    reporter.warn(content.warnings)
    drafts = sum(1 for b in content.briefings if b.is_draft)
    total = len(content.briefings)
    reporter.say(f"OK: {plural(total, 'briefing')} checked — {total - drafts} reviewed, "
                 f"{plural(drafts, 'draft')} (drafts stay out of the site until reviewed)"
                 if drafts else f"OK: {plural(total, 'briefing')} checked, all reviewed")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "day", help="Briefing date YYYY-MM-DD [default: the article's own].")
@click.option("--url", help="Where the article was published.")
@click.option("--publisher", help="Who published it.")
@click.option("--output", "-o", help="Write to FILE, or '-' for standard output "
              "[default: content/briefings/<date>-<slug>.yaml].")
@click.option("--force", is_flag=True, help="Replace an existing briefing.")
@click.option("--quiet", "-q", is_flag=True, help="No report, only problems.")
def ingest(paths, day, url, publisher, output, force, quiet) -> None:
    """Draft a briefing from each article PATH (.txt, .md, .html, or - for standard input)."""
    from briefgen.ingest import MAX_ARTICLE_BYTES, IngestOptions
    from briefgen.ingest import ingest as run_ingest
    from briefgen.wording import counted_items

    if output != "-":
        _require_project()  # a draft printed to standard output needs no project
    if output and len(paths) > 1:
        raise click.BadParameter("give one article when writing to --output", param_hint="-o")
    options = IngestOptions(date=_date(day), url=url, publisher=publisher, output=output,
                            force=force)
    stdin = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1) if "-" in paths else None
    failed = False
    for path in paths:
        try:
            result = run_ingest(Path.cwd(), path, options, stdin=stdin)
        except BriefgenError as error:
            for problem in error.problems:
                click.echo(f"error: {problem}", err=True)
            failed = True
            continue
        if result.target is None:
            click.echo(result.yaml, nl=False)
        for note in result.notes:
            click.echo(f"note: {path}: {note}", err=True)
        if not quiet:
            where = result.target.relative_to(Path.cwd()) if result.target and \
                result.target.is_relative_to(Path.cwd()) else (result.target or "stdout")
            click.echo(f"drafted {where} from {path}: {counted_items(result.counts)}",
                       err=True)
    if failed:
        sys.exit(1)


@main.command()
@click.option("--since", help="Leave out feed items published before YYYY-MM-DD.")
@click.option("--limit", type=click.IntRange(min=1), help="Draft at most N articles.")
@click.option("--dry-run", is_flag=True, help="List the new items; download no article, "
              "draft and record nothing.")
@click.option("--quiet", "-q", is_flag=True, help="No progress; the summary and problems.")
def fetch(since, limit, dry_run, quiet) -> None:
    """Draft a briefing from each new article of the sources in briefgen.yaml."""
    from briefgen.fetch.run import FetchOptions
    from briefgen.fetch.run import fetch as run_fetch

    def say(line: str) -> None:
        if not quiet:
            click.echo(line, err=True)

    try:
        report = run_fetch(Path.cwd(), FetchOptions(_date(since), limit, dry_run), say=say)
    except BriefgenError as error:
        fail(error)
    click.echo(report.summary)
    for what, reason in report.sources_failed + report.failed:
        click.echo(f"error: {what}: {reason}", err=True)
    if report.sources_failed and not report.sources_ok:
        sys.exit(1)


#: The steps of `briefgen daily`, in order (briefgen.daily.STEPS, named here so that --help
#: imports nothing).
DAILY_STEPS = ("fetch", "build", "email", "deploy")


@main.command()
@click.option("--only", type=click.Choice(DAILY_STEPS), multiple=True,
              help="Run only this step (repeatable) [default: all four, in order].")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for the build [default: number of cores].")
@click.option("--quiet", "-q", is_flag=True, help="No fetch progress; a line a step, and "
              "problems.")
def daily(only, jobs, quiet) -> None:
    """Fetch, build, email and deploy: each step that has something to do.

    New articles are drafted; briefings reviewed since the last run are built, emailed and
    deployed. A step with nothing to do says why it was skipped."""
    from briefgen.daily import FAILED, SKIPPED, DailyOptions
    from briefgen.daily import daily as run_daily

    def say(line: str) -> None:
        if not quiet:
            click.echo(line, err=True)

    def finished(step) -> None:
        if step.outcome == FAILED:
            click.echo(f"error: {step.name}: {step.line}", err=True)
        else:
            skipped = "skipped: " if step.outcome == SKIPPED else ""
            click.echo(f"{step.name}: {skipped}{step.line}")
        for problem in step.problems:
            click.echo(problem if problem.startswith("warning: ") else f"error: {problem}",
                       err=True)

    options = DailyOptions(only=only or DAILY_STEPS, jobs=jobs or os.cpu_count() or 1)
    try:
        steps = run_daily(Path.cwd(), options, say, finished)
    except BriefgenError as error:
        fail(error)
    if any(step.outcome == FAILED for step in steps):
        sys.exit(1)


@main.command()
@click.option("--date", "day", help="The edition to send [default: the latest].")
@click.option("--latest", is_flag=True, help="Send the latest edition (the default).")
@click.option("--to", "to", multiple=True, help="Recipient (repeatable) instead of the configured.")
@click.option("--from", "sender", help="Sender address [default: email.sender].")
@click.option("--smtp-host", help="SMTP server [default: email.smtp_host].")
@click.option("--smtp-port", type=click.IntRange(1, 65535), help="SMTP port.")
@click.option("--security", type=click.Choice(["starttls", "ssl", "none"]),
              help="TLS mode [default: email.security, starttls].")
@click.option("--username", help="SMTP user; the password comes from BRIEFGEN_SMTP_PASSWORD.")
@click.option("--dry-run", type=click.Path(path_type=Path),
              help="Write the .eml files to this folder instead of sending.")
@click.option("--resend", is_flag=True, help="Send even to those who got (or may have got) "
              "this edition; with --to, only to them.")
def email(day, latest, to, sender, smtp_host, smtp_port, security, username, dry_run,
          resend) -> None:
    """Email the day's edition, PDF attached, to each stakeholder once."""
    from briefgen.mail import EmailOptions, send_edition, uncertain_advice

    if day and latest:
        raise click.BadParameter("give --date or --latest, not both", param_hint="--latest")
    options = EmailOptions(day=_date(day), to=tuple(to), sender=sender, smtp_host=smtp_host,
                           smtp_port=smtp_port, security=security, username=username,
                           dry_run=dry_run, resend=resend)
    try:
        deliveries = send_edition(Path.cwd(), options)
    except BriefgenError as error:
        fail(error)
    for delivery in deliveries:
        stream = delivery.status in ("failed", "uncertain")
        click.echo(f"{delivery.status}: {delivery.recipient}"
                   + (f" ({delivery.detail})" if delivery.status != "sent" else ""), err=stream)
    advice = uncertain_advice(deliveries)
    if advice:
        click.echo(f"error: {advice}", err=True)
    if any(d.status in ("failed", "uncertain") for d in deliveries):
        sys.exit(1)


@main.command()
@click.argument("title")
@click.option("--date", "day",
              help="Briefing date YYYY-MM-DD [default: today in the site's time zone].")
def new(title, day) -> None:
    """Write a skeleton briefing for TITLE to content/briefings/."""
    from briefgen.scaffold import new_briefing

    try:
        path = new_briefing(Path.cwd(), title, _date(day))
    except BriefgenError as error:
        fail(error)
    click.echo(path.relative_to(Path.cwd()))


#: Where `serve` builds: apart from site/, so that a preview never reaches readers.
PREVIEW = Path(".briefgen") / "preview"


@main.command()
@click.option("--port", "-p", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), default=PREVIEW,
              show_default=True, help="Folder for the preview; never the published site/.")
@click.option("--drafts/--no-drafts", default=True, show_default=True,
              help="Show drafts while previewing.")
@click.option("--no-pdf", is_flag=True, help="Skip the PDFs for faster rebuilds.")
def serve(port, output, drafts, no_pdf) -> None:
    """Build, serve the site on 127.0.0.1, and rebuild when anything changes."""
    from briefgen.build import BuildOptions
    from briefgen.build import build as run_build
    from briefgen.serve import serve as run_server

    project = Path.cwd()
    if (project / output).resolve() == (project / "site").resolve():
        raise click.BadParameter("the preview has drafts and local links: it is never built "
                                 "into site/, which is published", param_hint="--output")
    options = BuildOptions(output=output, base_url=f"http://127.0.0.1:{port}/", drafts=drafts,
                           pdf=not no_pdf, jobs=os.cpu_count() or 1)
    reporter = Reporter(quiet=False)

    def rebuild() -> None:
        try:
            report = run_build(project, options, progress=reporter.progress)
        except BriefgenError as error:
            for problem in error.problems:
                click.echo(f"error: {problem}", err=True)
            click.echo("The previous site is still being served.", err=True)
            return
        reporter.warn(report.warnings)
        click.echo(f"Rebuilt in {report.seconds:.2f} s")

    def ready() -> None:
        click.echo(f"Serving {output} at http://127.0.0.1:{port}/ (Ctrl+C to stop)")

    try:
        run_server(project / output, port, project, rebuild, ready)
    except OSError as exc:
        fail(BriefgenError(f"cannot serve on port {port}: {exc.strerror}"))
    except KeyboardInterrupt:
        pass


@main.command()
@click.option("--remote", help="Git remote to push to [default: deploy.remote, origin].")
@click.option("--branch", help="Branch holding the site [default: deploy.branch, gh-pages].")
@click.option("--message", "-m", help="Commit message [default: the source commit it is built "
              "from].")
@click.option("--no-push", is_flag=True, help="Commit to the branch, but do not push it.")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("site"),
              show_default=True, help="The built site folder.")
def deploy(remote, branch, message, no_push, output) -> None:
    """Commit the built site as the whole tree of the gh-pages branch, then push it."""
    from briefgen.deploy import DeployOptions
    from briefgen.deploy import deploy as run_deploy

    options = DeployOptions(output=output, remote=remote, branch=branch, message=message,
                            push=not no_push)
    try:
        report = run_deploy(Path.cwd(), options)
    except BriefgenError as error:
        fail(error)
    short = report.commit[:7]
    if report.created:
        click.echo(f"Committed {short} to {report.branch}: {report.files} files")
    else:
        click.echo(f"{report.branch} already up to date ({short})")
    if report.pushed:
        click.echo(f"Pushed {report.branch} to {report.remote}")
    else:
        click.echo(f"Not pushed; publish with: git push {report.remote} {report.branch}")


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=Path("."))
def init(directory) -> None:
    """Start a new project in DIRECTORY (default: the current folder)."""
    from briefgen.init import init_project

    try:
        written = init_project(directory)
    except BriefgenError as error:
        fail(error)
    for name in written:
        click.echo(f"wrote {(directory / name).as_posix()}")
    step = "" if directory.resolve() == Path.cwd().resolve() else f"cd {directory} && "
    click.echo(f"Next: {step}briefgen new \"Title\" && briefgen build")
