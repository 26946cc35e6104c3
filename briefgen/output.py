"""Writing the site folder: all at once for readers, and no more than what changed.

A reader of `site/` — or a build killed at any moment — sees the old site or the new one,
never a mix. The new site is prepared in a work folder beside it, `.site.previous/`, which
holds the site the last build replaced: files that have not changed since are hard links to
the live ones, new content is written as new files (never into a file that may be shared
with the live site), and the folders already exist. Then the two folders are exchanged in
one step and the replaced site becomes the next build's work folder. So a rebuild after
one change writes a handful of files instead of creating thousands of folders again.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from briefgen.errors import BriefgenError, Problem
from briefgen.links import replace_link

try:
    import fcntl
except ImportError:  # Windows: builds there are not guarded against each other
    fcntl = None


def work_folder(output: Path) -> Path:
    return output.parent / f".{output.name}.previous"


@contextmanager
def one_build_at_a_time(output: Path) -> Iterator[None]:
    """Hold the lock of `output` (a file beside it): two builds preparing the next site in
    the same work folder would mix their files."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with locked(output.parent / f".{output.name}.lock"):
        yield


@contextmanager
def locked(lock_file: Path) -> Iterator[None]:
    """Hold `lock_file`'s lock; another process asking for it meanwhile waits."""
    replace_link(lock_file)
    with open(lock_file, "a") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        yield


class SiteWriter:
    """Prepares the next site in the work folder beside `output`, then swaps it in."""

    def __init__(self, output: Path, live: Mapping[str, os.stat_result] | None = None):
        """`live`: the status of the live site's files, if the caller has just scanned it
        (it spares a look at each file kept)."""
        self.output = output
        self.live = live or {}
        output.parent.mkdir(parents=True, exist_ok=True)
        recover_site(output)
        self.work = work_folder(output)
        replace_link(self.work)  # a link there would have the build delete files elsewhere
        if not self.work.is_dir():
            self.work.unlink(missing_ok=True)
            self.work.mkdir()
        self.existing, self.folders = scan(self.work)
        self._work = str(self.work)

    def write(self, name: str, data: bytes) -> os.stat_result:
        """Put new content at `name`, never into a file shared with the live site; the
        status of the file written (moving the work folder into place keeps it)."""
        _refuse_outside(name)
        target = os.path.join(self._work, name)
        if name in self.folders:  # a folder of the previous site where a file goes now
            shutil.rmtree(target, ignore_errors=True)
        links = self.existing[name].st_nlink if name in self.existing else 0
        if links == 1:  # a file of its own, not shared with the live site: overwritten
            flags = os.O_WRONLY
        else:
            if links:
                _unlink(target)  # shared with the live site, which must stay as it is
            self._make_parent(name)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
        descriptor = os.open(target, flags, 0o644)
        try:
            unwritten = memoryview(data)
            while unwritten:
                unwritten = unwritten[os.write(descriptor, unwritten):]
            if links == 1:
                # Cut after writing, not before (O_TRUNC): the file keeps its blocks rather
                # than freeing them only to allocate them again.
                os.ftruncate(descriptor, len(data))
            return os.fstat(descriptor)
        finally:
            os.close(descriptor)

    def live_holds(self, name: str, data: bytes) -> bool:
        """Whether the live site's file at `name` has these very bytes."""
        try:
            with open(os.path.join(self.output, name), "rb") as live:
                return live.read(len(data) + 1) == data
        except OSError:
            return False

    def keep(self, name: str) -> None:
        """Carry over the live site's file at `name`, unchanged."""
        _refuse_outside(name)
        live, target = os.path.join(self.output, name), os.path.join(self._work, name)
        if name in self.existing:
            status = self.live.get(name) or os.stat(live)
            if os.path.samestat(status, self.existing[name]):
                return
            _unlink(target)
        self._make_parent(name)
        try:
            os.link(live, target)
        except OSError:  # a file system without hard links
            shutil.copyfile(live, target)

    def commit(self, names: Collection[str]) -> None:
        """Remove what is not among `names` (all files written or kept), and swap in."""
        stale = self.existing.keys() - set(names)
        for name in stale:
            _unlink(self.work / name)
        _remove_emptied_folders(self.work, stale)
        os.chmod(self.work, 0o755)
        _swap_in(self.work, self.output)

    def _make_parent(self, name: str) -> None:
        parent = name.rpartition("/")[0]
        if not parent or parent in self.folders:
            return
        for folder in _parents(name):
            if folder in self.existing:  # a file of the previous site where a folder goes
                _unlink(self.work / folder)
        path = os.path.join(self._work, parent)
        try:
            os.mkdir(path)  # most often all but the last folder exist: one call, not a walk
        except FileExistsError:
            pass
        except FileNotFoundError:
            os.makedirs(path, exist_ok=True)
        self.folders.add(parent)


def write_site(output: Path, files: Mapping[str, bytes], kept: Collection[str] = ()) -> None:
    """Make `output` hold exactly `files` (new content) and `kept` (paths whose file in the
    current `output` is already right)."""
    for name in [*files, *kept]:
        _refuse_outside(name)
    writer = SiteWriter(output)
    for name in kept:
        if name not in files:
            writer.keep(name)
    for name, data in files.items():
        writer.write(name, data)
    writer.commit([*files, *kept])


def recover_site(output: Path) -> None:
    """Put back a site a killed build retired, and remove what killed builds left."""
    retired = sorted(output.parent.glob(f".{output.name}.old-*"))
    if retired and not output.exists():
        os.replace(retired.pop(), output)
    for leftover in [*retired, *output.parent.glob(f".{output.name}.building-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def _refuse_outside(name: str) -> None:
    """Only a relative path of plain names, each separated by one slash, is in the site."""
    if "\\" in name or "\0" in name or not _UNSAFE_PARTS.isdisjoint(name.split("/")):
        raise BriefgenError(Problem(f"refusing to write {name!r} outside the site"))


_UNSAFE_PARTS = frozenset({"", ".", ".."})


def scan(root: Path) -> tuple[dict[str, os.stat_result], set[str]]:
    """The files (with their status) and the folders below `root`, by relative POSIX path."""
    files: dict[str, os.stat_result] = {}
    folders: set[str] = {""}
    pending = [("", str(root))]
    while pending:
        prefix, path = pending.pop()
        with os.scandir(path) as entries:
            for entry in entries:
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    folders.add(name)
                    pending.append((name + "/", entry.path))
                else:
                    files[name] = entry.stat(follow_symlinks=False)
    return files, folders


def _unlink(path: Path | str) -> None:
    """Remove a file if it is still there (a folder on its path may be gone or a file now)."""
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        os.unlink(path)


def _remove_emptied_folders(root: Path, removed: Collection[str]) -> set[str]:
    """Remove the folders that removing these files left empty, deepest first."""
    folders = {parent for name in removed for parent in _parents(name)}
    emptied = set()
    for folder in sorted(folders, key=lambda f: f.count("/"), reverse=True):
        try:
            os.rmdir(root / folder)
        except OSError:  # not empty
            continue
        emptied.add(folder)
    return emptied


def _parents(name: str) -> list[str]:
    parts = name.split("/")[:-1]
    return ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def _swap_in(work: Path, output: Path) -> None:
    """Make `work` the live `output`; afterwards `work` holds the replaced site (if any)."""
    if not output.exists():
        os.replace(work, output)
    elif not _exchange(work, output):
        retired = output.parent / f".{output.name}.old-{os.getpid()}"
        os.replace(output, retired)
        os.replace(work, output)
        os.replace(retired, work)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); False where the system cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                       _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))
