"""Outputs that appear whole or not at all.

Every file an algorithm writes is first written into a hidden folder beside
its destination (``.mam-partial-<pid>-<random>``) under its final name (a
GeoPackage's layer is named after its file), and moved into place with
``os.replace`` only when complete. A failure removes the folder; a killed
process leaves it, and the next run in that folder removes the folders of
processes that no longer exist. So a reader never finds a half-written
output, and an interrupted run leaves no debris for long.
"""

import contextlib
import os
import shutil
import tempfile

PREFIX = ".mam-partial-"


def _pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def sweep(folder):
    """Remove the partial folders left in ``folder`` by processes that died."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    removed = []
    for name in names:
        if not name.startswith(PREFIX):
            continue
        try:
            pid = int(name[len(PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(os.path.join(folder, name), ignore_errors=True)
            removed.append(name)
    return removed


def partial_folder(final_path):
    """A new hidden folder beside ``final_path`` (its parent is created)."""
    folder = os.path.dirname(os.path.abspath(final_path))
    os.makedirs(folder, exist_ok=True)
    sweep(folder)
    return tempfile.mkdtemp(prefix="{}{}-".format(PREFIX, os.getpid()), dir=folder)


def commit(partial, final_folder):
    """Move every file of ``partial`` into ``final_folder`` and remove it."""
    for name in sorted(os.listdir(partial)):
        os.replace(os.path.join(partial, name), os.path.join(final_folder, name))
    shutil.rmtree(partial, ignore_errors=True)


def discard(partial):
    shutil.rmtree(partial, ignore_errors=True)


@contextlib.contextmanager
def atomic_path(final_path):
    """Yield a path to write instead of ``final_path``; on success the file
    (and any sidecar files written beside it) replaces ``final_path``."""
    partial = partial_folder(final_path)
    try:
        yield os.path.join(partial, os.path.basename(final_path))
    except BaseException:
        discard(partial)
        raise
    commit(partial, os.path.dirname(os.path.abspath(final_path)))
