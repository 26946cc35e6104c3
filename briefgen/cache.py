"""Briefings checked by an earlier build, kept so that the next build does not parse and
check every unchanged file again — after one edit among a thousand briefings, that is most
of a build's time.

The cache is a pickle in `.briefgen/briefings.cache`, signed with a key kept outside the
project, in the user's cache folder. Unpickling runs code, so a cache file that arrived
with the project from elsewhere (a pull request, a copied folder) fails the signature and
is ignored, as is any cache that cannot be read: it only ever saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import secrets
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path

from briefgen import __version__
from briefgen.atomic import replace_whole
from briefgen.content import Checked
from briefgen.errors import Problem
from briefgen.model import Agreement, Briefing, OpenIssue, Person, Quote, Source, Upcoming
from briefgen.usercache import private_folder
from briefgen.when import Point, When

CACHE = Path(".briefgen") / "briefings.cache"
_SIGNATURE_BYTES = 32


def signing_key() -> bytes | None:
    """This user's key, made on first use; None where there is no private place for it."""
    folder = private_folder()
    if folder is None:
        return None
    path = folder / "cache-key"
    try:
        key = path.read_bytes()
        if len(key) == _SIGNATURE_BYTES and path.stat().st_mode & 0o077 == 0:
            return key
        return None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        key = secrets.token_bytes(_SIGNATURE_BYTES)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key)
        return key
    except FileExistsError:  # made meanwhile by another build
        return signing_key()
    except OSError:
        return None


def read_checked(project: Path) -> dict[str, Checked]:
    """The briefings the last build checked, by file; empty when there is no valid cache."""
    key = signing_key()
    if key is None:
        return {}
    try:
        data = (project / CACHE).read_bytes()
    except OSError:
        return {}
    signature, body = data[:_SIGNATURE_BYTES], data[_SIGNATURE_BYTES:]
    if not hmac.compare_digest(signature, _sign(key, body)):
        return {}
    try:
        shape, checked = pickle.loads(body)
        if shape != _model_shape() or not isinstance(checked, dict):
            return {}
    except Exception:  # signed, yet not readable by this version
        return {}
    return {name: one for name, one in checked.items()
            if isinstance(one, Checked) and one.briefing is not None}


def write_checked(project: Path, checked: Iterable[Checked]) -> None:
    """Save the valid briefings for the next build; a cache that cannot be written is no
    build's failure (the next build checks every file, as without one)."""
    key = signing_key()
    if key is None:
        return
    valid = {one.file: one for one in checked if one.briefing is not None}
    body = pickle.dumps((_model_shape(), valid), protocol=pickle.HIGHEST_PROTOCOL)
    with contextlib.suppress(OSError):  # not joined first: a large cache held twice
        replace_whole(project / CACHE, _sign(key, body), body)


def _model_shape() -> str:
    """briefgen's version and the fields of every model class: objects pickled by a version
    with other fields would unpickle without complaint, and fail later."""
    classes = [Checked, Briefing, Source, Agreement, OpenIssue, Upcoming, Person, Quote, When,
               Point, Problem]
    shape = [(cls.__name__, [f.name for f in fields(cls)]) for cls in classes]
    return f"{__version__} {shape}"


def _sign(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).digest()
