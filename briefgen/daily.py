"""`briefgen daily`: the day's run on a machine of one's own — fetch, build, email, deploy.

Review happens between runs: a run drafts the new articles, and a later run publishes those
a person has since marked `status: reviewed`. Each step is the function of the command of
the same name, which keeps its own record — the fetch record, the build record, the send
log, the gh-pages branch — so a second run drafts nothing twice, builds only what changed,
sends nobody the same edition twice and makes no empty deploy. A step with nothing to do is
skipped with its reason; a step that fails does not stop the steps that do not depend on it
(email and deploy depend on the build, when it runs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.build import BuildOptions, build
from briefgen.config import SiteConfig, load_config
from briefgen.deploy import DeployOptions, deploy, missing_target
from briefgen.errors import BriefgenError
from briefgen.fetch.http import Client
from briefgen.fetch.run import FetchOptions, fetch
from briefgen.mail import EmailOptions, NothingToSend, send_edition, uncertain_advice
from briefgen.wording import plural

STEPS = ("fetch", "build", "email", "deploy")
DONE, SKIPPED, FAILED = "done", "skipped", "failed"


@dataclass(frozen=True)
class DailyOptions:
    only: tuple[str, ...] = STEPS  # the steps to run, always in the order of STEPS
    jobs: int = 1
    email: EmailOptions = field(default_factory=EmailOptions)
    client: Client | None = None  # fetch's HTTP client; None: the polite default


@dataclass(frozen=True)
class Step:
    name: str
    outcome: str  # done | skipped | failed
    line: str  # what was done, or why nothing was
    problems: tuple[str, ...] = ()  # each thing that went wrong, one line each


def daily(project: Path, options: DailyOptions,
          say: Callable[[str], None] = lambda line: None,
          finished: Callable[[Step], None] = lambda step: None) -> list[Step]:
    """Run the chosen steps in order; `say` gets fetch's progress, a line at a time, and
    `finished` each step as soon as it is over.

    Settings that do not validate stop the run before any step (every step reads them)."""
    config = load_config(project)
    steps: list[Step] = []
    for name in STEPS:
        if name not in options.only:
            continue
        built = next((s for s in steps if s.name == "build"), None)
        if name in ("email", "deploy") and built is not None and built.outcome == FAILED:
            step = Step(name, SKIPPED, "the build failed")
        else:
            try:
                step = _RUNNERS[name](project, options, config, say)
            except BriefgenError as error:
                step = Step(name, FAILED, str(error.problems[0]),
                            tuple(str(p) for p in error.problems[1:]))
        steps.append(step)
        finished(step)
    return steps


def _fetch(project: Path, options: DailyOptions, config: SiteConfig,
           say: Callable[[str], None]) -> Step:
    if not config.sources:
        return Step("fetch", SKIPPED, "no sources under `sources:` in briefgen.yaml")
    report = fetch(project, FetchOptions(), options.client, say)
    problems = tuple(f"{what}: {reason}" for what, reason in
                     report.sources_failed + report.failed)
    every_source_failed = bool(report.sources_failed) and not report.sources_ok
    return Step("fetch", FAILED if every_source_failed else DONE, report.summary, problems)


def _build(project: Path, options: DailyOptions, config: SiteConfig,
           say: Callable[[str], None]) -> Step:
    report = build(project, BuildOptions(jobs=options.jobs))
    warnings = tuple(f"warning: {problem}" for problem in report.warnings)
    if report.up_to_date or not report.written:
        return Step("build", SKIPPED, f"{report.output.name}/ is as it was: nothing reviewed "
                    "or changed since the last build", warnings)
    return Step("build", DONE, report.summary, warnings)


def _email(project: Path, options: DailyOptions, config: SiteConfig,
           say: Callable[[str], None]) -> Step:
    settings = config.email
    if not (options.email.sender or settings.sender):
        return Step("email", SKIPPED, "no sender: set email.sender in briefgen.yaml")
    if not (options.email.to or settings.recipients or settings.recipients_file):
        return Step("email", SKIPPED, "no recipients: set email.recipients (or "
                    "email.recipients_file) in briefgen.yaml")
    try:
        deliveries = send_edition(project, options.email)
    except NothingToSend as error:
        return Step("email", SKIPPED, error.problems[0].message)
    edition = f"the edition of {deliveries[0].day.isoformat()}"
    sent = [d for d in deliveries if d.status == "sent"]
    if all(d.status == "skipped" for d in deliveries):
        return Step("email", SKIPPED, f"{edition} went to all "
                    f"{plural(len(deliveries), 'recipient')} before")
    wrong = [d for d in deliveries if d.status in ("failed", "uncertain")]
    problems = tuple(f"{d.recipient}: {d.status} ({d.detail})" for d in wrong)
    advice = uncertain_advice(deliveries)
    line = f"sent {edition} to {plural(len(sent), 'recipient')}"
    if wrong:
        return Step("email", FAILED, f"{line}; {len(wrong)} not served",
                    problems + ((advice,) if advice else ()))
    return Step("email", DONE, line)


def _deploy(project: Path, options: DailyOptions, config: SiteConfig,
            say: Callable[[str], None]) -> Step:
    missing = missing_target(project, config.deploy.remote)
    if missing:
        return Step("deploy", SKIPPED, f"nowhere to deploy to: {missing}")
    report = deploy(project, DeployOptions())
    if not report.created:
        return Step("deploy", SKIPPED, f"{report.branch} already holds this site "
                    f"({report.commit[:7]})")
    return Step("deploy", DONE, f"committed {report.commit[:7]} to {report.branch} "
                f"({plural(report.files, 'file')}) and pushed it to {report.remote}")


_RUNNERS: dict[str, Callable[[Path, DailyOptions, SiteConfig, Callable[[str], None]], Step]] = {
    "fetch": _fetch, "build": _build, "email": _email, "deploy": _deploy}
