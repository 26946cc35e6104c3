"""`briefgen fetch`: new articles from the configured sources, each drafted as `ingest` would.

For each source: get it (a feed's items, a listing page's article links, or a page that is
an article itself), keep the items its keywords choose, and for each item not drafted before:
get the page, keep it in `seeds/` (as UTF-8, named by its sha256) and draft it through
`ingest`, so that `check` verifies its evidence against the kept page. A page whose sha256
is already the source of a briefing is not drafted again; an item drafted before whose page
has since changed is reported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.atomic import write_whole
from briefgen.config import Source, load_config
from briefgen.errors import BriefgenError
from briefgen.extract.article import parse_article
from briefgen.fetch import record as records
from briefgen.fetch.feeds import FeedItem, feed_items
from briefgen.fetch.http import Client, FetchError, Response
from briefgen.fetch.listing import article_links, listing_items
from briefgen.ingest import MAX_ARTICLE_BYTES, IngestOptions, ingest

FAILING_RUNS = 3  # a source failing this many runs in a row says so
_SHA256 = re.compile(r"^\s*sha256:\s*([0-9a-f]{64})\s*$", re.M)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


@dataclass(frozen=True)
class FetchOptions:
    since: dt.date | None = None
    limit: int | None = None
    dry_run: bool = False


@dataclass
class FetchReport:
    drafted: list[tuple[str, str]] = field(default_factory=list)  # (url, draft)
    new: list[str] = field(default_factory=list)  # what a dry run would fetch
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    changed: list[str] = field(default_factory=list)
    known: int = 0
    sources_ok: int = 0
    sources_failed: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)

    @property
    def summary(self) -> str:
        sources = self.sources_ok + len(self.sources_failed)
        failed = f" ({len(self.sources_failed)} failed)" if self.sources_failed else ""
        done = (f"{len(self.new)} new" if self.new and not self.drafted
                else f"{len(self.drafted)} drafted")
        return (f"fetched {sources} source(s){failed}: {done}, {len(self.failed)} item(s) "
                f"failed, {len(self.changed)} changed since drafted, {self.known} already "
                "drafted")


def fetch(project: Path, options: FetchOptions, client: Client | None = None,
          say: Callable[[str], None] = lambda line: None) -> FetchReport:
    """Fetch every source of `briefgen.yaml`; `say` gets one line of progress at a time."""
    sources = load_config(project).sources
    if not sources:
        raise BriefgenError("no sources: list them under `sources:` in briefgen.yaml")
    record = records.load(project)
    run = _Run(project, options, client or Client(max_bytes=MAX_ARTICLE_BYTES), record,
               FetchReport(), record.drafted_hashes() | _briefing_hashes(project), say)
    for source in sources:
        run.source(source)
    run.save()
    return run.report


@dataclass
class _Run:
    """One fetch: what it was asked, what it knows, and what it has done so far."""

    project: Path
    options: FetchOptions
    client: Client
    record: records.Record
    report: FetchReport
    hashes: set[str]  # sha256 of every page drafted, by fetch or by hand
    say: Callable[[str], None]

    def source(self, source: Source) -> None:
        try:
            items, page = self._source_items(source)
        except FetchError as error:
            runs = self.record.failures.get(source.name, 0) + 1
            self.record.failures[source.name] = runs
            streak = f" (failed {runs} runs in a row)" if runs >= FAILING_RUNS else ""
            self.report.sources_failed.append((source.name, f"{error}{streak}"))
            self.say(f"source {source.name}: {error}{streak}")
            return
        self.record.failures.pop(source.name, None)
        self.report.sources_ok += 1
        chosen = [item for item in items if _chosen(item, source, self.options.since)]
        self.say(f"source {source.name}: {len(chosen)} item(s)")
        for item in chosen:
            done = self.report.new if self.options.dry_run else self.report.drafted
            if self.options.limit is not None and len(done) >= self.options.limit:
                break
            self.item(source, item, page)
            self.save()

    def _source_items(self, source: Source) -> tuple[tuple[FeedItem, ...], Response | None]:
        """The items of a feed source, or of a listing page (its article links); an article
        page source is one item, itself, already got.

        Asked for conditionally: a source unchanged since the last run (a 304) gives only
        its items that failed then, to try again."""
        validators = self.record.validators.get(source.url, {})
        response = self.client.get(source.url, validators.get("etag"),
                                   validators.get("last_modified"))
        if response.status == 304:
            return tuple(FeedItem(e["url"], e.get("guid") or e["url"])
                         for e in self.record.items.values()
                         if e.get("source") == source.name and e.get("state") == records.FAILED
                         and isinstance(e.get("url"), str)), None
        items = feed_items(response.body, response.url)
        if items is None:
            items = _listed(source, response)
        if items is None:
            return (FeedItem(response.url, source.url),), response
        self.record.validators[source.url] = {"etag": response.etag,
                                              "last_modified": response.last_modified}
        return items, None

    def item(self, source: Source, item: FeedItem, page: Response | None) -> None:
        known = self.record.drafted(item.url, item.guid)
        if self.options.dry_run:
            self.report.known += bool(known)
            if not known:
                self.report.new.append(item.url)
                self.say(f"  new: {item.url}")
            return
        if known and page is None:
            self.report.known += 1
            self._look_again(known, item)
            return
        try:
            response = page or self.client.get(item.url)
        except FetchError as error:
            self._failed(source, item, str(error))
            return
        text, digest = self._read(item, response)
        if known or digest in self.hashes:  # drafted before: a page source, or a copy
            self.report.known += 1
            if known:
                self._note_change(known, item, digest)
            else:  # the same page under another address or GUID
                self.record.items[item.url] = {"url": item.url, "guid": item.guid,
                                               "sha256": digest, "source": source.name,
                                               "state": records.DRAFTED}
            return
        try:
            draft = _draft(self.project, source, item, text, digest)
        except BriefgenError as error:
            self._failed(source, item, "; ".join(p.message for p in error.problems))
            return
        self.hashes.add(digest)
        self.record.items[item.url] = {"url": item.url, "guid": item.guid, "sha256": digest,
                                       "source": source.name, "state": records.DRAFTED,
                                       "draft": draft}
        self.report.drafted.append((item.url, draft))
        self.say(f"  drafted {draft} from {item.url}")

    def _look_again(self, known: dict, item: FeedItem) -> None:
        """Ask again for an article drafted before, conditionally (an unchanged one costs a
        304), to report a change. One that cannot be got now is left for another run."""
        validators = self.record.validators.get(item.url, {})
        try:
            response = self.client.get(item.url, validators.get("etag"),
                                       validators.get("last_modified"))
        except FetchError:
            return
        if response.status != 304:
            self._note_change(known, item, self._read(item, response)[1])

    def _read(self, item: FeedItem, response: Response) -> tuple[str, str]:
        """The page's text and the sha256 of it as kept (and ingested); its validators noted."""
        self.record.validators[item.url] = {"etag": response.etag,
                                            "last_modified": response.last_modified}
        text = _decoded(response.body, response.content_type)
        return text, hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _note_change(self, known: dict, item: FeedItem, digest: str) -> None:
        """Report, once, an article whose page differs from the one drafted; never redraft."""
        if digest not in (known.get("sha256"), known.get("changed_sha256")):
            known["changed_sha256"] = digest
            self.report.changed.append(item.url)
            self.say(f"  changed since drafted (not drafted again): {item.url}")

    def _failed(self, source: Source, item: FeedItem, reason: str) -> None:
        entry = self.record.items.get(item.url, {})
        self.record.items[item.url] = {"url": item.url, "guid": item.guid,
                                       "source": source.name, "state": records.FAILED,
                                       "error": reason,
                                       "attempts": int(entry.get("attempts", 0)) + 1}
        self.report.failed.append((item.url, reason))
        self.say(f"  failed (tried again next run): {item.url}: {reason}")

    def save(self) -> None:
        if not self.options.dry_run:
            records.save(self.project, self.record)


def _listed(source: Source, page: Response) -> tuple[FeedItem, ...] | None:
    """The article links of a page source that is a listing, as its `kind` says or, "auto",
    as the page shows; None for an article."""
    if source.kind == "article":
        return None
    text = _decoded(page.body, page.content_type)
    if source.kind == "listing":
        return article_links(text, page.url)
    return listing_items(text, page.url)


def _chosen(item: FeedItem, source: Source, since: dt.date | None) -> bool:
    words = f"{item.title} {item.url}".lower()
    if source.include and not any(k.lower() in words for k in source.include):
        return False
    if any(k.lower() in words for k in source.exclude):
        return False
    return since is None or item.published is None or item.published >= since


def _draft(project: Path, source: Source, item: FeedItem, text: str, digest: str) -> str:
    """Keep the page in seeds/ as UTF-8 text and draft it as `ingest` does."""
    seed = f"seeds/{digest[:16]}.html"
    write_whole(project / seed, text.encode("utf-8"), seed)
    article = parse_article(text, "html")
    options = IngestOptions(date=None if article.date else item.published, url=item.url,
                            publisher=source.publisher or source.name)
    result = ingest(project, seed, options)
    return result.target.relative_to(project).as_posix() if result.target else seed


def _decoded(body: bytes, content_type: str) -> str:
    """The page's text in the charset its server or its own <meta> names, else UTF-8, else
    Windows-1252 (what browsers assume of a page that names none)."""
    named = re.search(r"charset=([\w.:-]+)", content_type, re.I)
    meta = _CHARSET.search(body[:4096])
    for charset in (named and named.group(1), meta and meta.group(1).decode(), "utf-8"):
        if not charset:
            continue
        try:
            return body.decode(charset).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1252", errors="replace")


def _briefing_hashes(project: Path) -> set[str]:
    """The sha256 of every briefing's source article: drafted before, by fetch or by hand."""
    found: set[str] = set()
    for path in (project / "content" / "briefings").glob("*.yaml"):
        try:
            found.update(_SHA256.findall(path.read_text(encoding="utf-8", errors="replace")))
        except OSError:
            continue
    return found
