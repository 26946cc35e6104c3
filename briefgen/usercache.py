"""The user's own cache folder (`$XDG_CACHE_HOME/briefgen`, else `~/.cache/briefgen`): what
briefgen keeps for every project of this user — the key signing each project's cache of
checked briefings, the theme's compiled templates.

What is kept there is trusted (a signing key, code), so a folder that others could write to
or that belongs to someone else is not used.
"""

from __future__ import annotations

import os
from pathlib import Path


def private_folder(*parts: str) -> Path | None:
    """`briefgen/<parts…>` in the user's cache folder, made (only this user may enter it)
    if missing; None where it cannot be made or others could change what is in it."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base, "briefgen", *parts)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return None
    if status.st_uid != os.getuid() or status.st_mode & 0o022:
        return None
    return folder
