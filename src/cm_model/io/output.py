"""The one safe output writer of every cm-model command.

Rules (the handbook's "Outputs" page says the same to users):

- A target is refused (``OutputError``, exit code 2) when it is a directory, one of the
  command's input files, a symbolic link, or anything but a regular file (FIFO, device node,
  socket); when its parent directory is missing or is not a directory; or when the location
  cannot be written. Symbolic links are **refused, never followed**: writing through a link
  could replace a file somewhere the user did not name, and replacing the link itself would
  silently break whatever it pointed to.
- Data goes to a hidden temporary file in the target's own directory (``.name.XXXX.tmp``) and
  is renamed over the target only when complete, so an existing output is never truncated or
  half-written, and a command that fails part-way leaves the old file as it was.
- A set of files (``OutputSet``: triggers, metrics) is checked as a whole before any file is
  written, staged as temporary files, then renamed one after another; if a rename fails, the
  files already replaced are put back, so no half-updated set is left behind.
- While temporary files exist, SIGINT and SIGTERM remove them before the process ends.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from cm_model.io.messages import message

# Temporary files that exist right now; the signal handlers remove them.
_LIVE: set[str] = set()
_LOCK = threading.Lock()
_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class OutputError(Exception):
    """A target the writer refuses (exit code 2). ``key`` is a message in the catalogue."""

    exit_code = 2

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        return message(self.key, lang, **self.params)


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return os.path.abspath(path) == os.path.abspath(other)


def check_target(path: Path | str, inputs: Iterable[Path | str] = ()) -> Path:
    """Refuse a target that must not be written; returns it as a Path. Nothing is created."""
    path = Path(path)
    shown = str(path)
    for source in inputs:
        if source is not None and _same_file(path, Path(source)):
            raise OutputError("output.is-input", path=shown)
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        info = None  # the parent checks below say why
    except OSError as exc:
        raise OutputError("output.unwritable", path=shown, reason=exc.strerror or "") from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise OutputError("output.symlink", path=shown)
        if stat.S_ISDIR(info.st_mode):
            raise OutputError("output.directory", path=shown)
        if not stat.S_ISREG(info.st_mode):
            raise OutputError("output.not-regular", path=shown)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise OutputError("output.no-parent", path=shown, parent=str(parent))
    if not parent.is_dir():
        raise OutputError("output.parent-not-dir", path=shown, parent=str(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError("output.unwritable", path=shown, reason="permission denied")
    # The mode bits as well as access(): root may write anything, but a file nobody may write
    # was made read-only on purpose.
    if info is not None and (not os.access(path, os.W_OK) or not info.st_mode & 0o222):
        raise OutputError("output.read-only", path=shown)
    return path


def check_targets(paths: Iterable[Path | str], inputs: Iterable[Path | str] = ()) -> list[Path]:
    """Check every target of a command before any is written; also refuses one path twice."""
    sources = [Path(p) for p in inputs if p is not None]
    checked: list[Path] = []
    for path in paths:
        target = check_target(path, sources)
        if any(_same_file(target, earlier) for earlier in checked):
            raise OutputError("output.twice", path=str(target))
        checked.append(target)
    return checked


# --- temporary files and signals -------------------------------------------------------------


def _remove_live() -> None:
    with _LOCK:
        names = list(_LIVE)
        _LIVE.clear()
    for name in names:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _on_signal(signum: int, frame: Any) -> None:  # noqa: ARG001 - signal handler signature
    _remove_live()
    with contextlib.suppress(Exception):  # stderr may be closed; the files are gone anyway
        lang = "fi" if os.environ.get("LANG", "").lower().startswith("fi") else "en"
        os.write(2, (message("output.interrupted", lang) + "\n").encode("utf-8"))
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def _signals_guarded() -> Iterator[None]:
    """SIGINT/SIGTERM remove the live temporary files (main thread only; elsewhere the
    caller's own cleanup still runs on exceptions)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in _SIGNALS}
    for sig in _SIGNALS:
        signal.signal(sig, _on_signal)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


def _file_mode(target: Path) -> int:
    """The mode a new file gets (umask applied), or the mode of the file it replaces."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _stage(target: Path) -> tuple[int, str]:
    parent = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError("output.unwritable", path=str(target),
                          reason=exc.strerror or "") from None
    with _LOCK:
        _LIVE.add(name)
    os.chmod(name, _file_mode(target))
    return handle, name


def _forget(name: str) -> None:
    with _LOCK:
        _LIVE.discard(name)
    with contextlib.suppress(OSError):
        os.unlink(name)


def _replace(name: str, target: Path) -> None:
    """Rename the staged file over the target, re-checking it has not become something the
    writer refuses since the check."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        key = "output.symlink" if stat.S_ISLNK(info.st_mode) else (
            "output.directory" if stat.S_ISDIR(info.st_mode) else "output.not-regular")
        raise OutputError(key, path=str(target))
    try:
        os.replace(name, target)
    except OSError as exc:
        raise OutputError("output.unwritable", path=str(target),
                          reason=exc.strerror or "") from None
    with _LOCK:
        _LIVE.discard(name)


@contextlib.contextmanager
def _opened(handle: int, binary: bool, encoding: str,
            newline: str | None) -> Iterator[IO[Any]]:
    """The staged file's descriptor as a stream; flushed to disk when the block ends."""
    if binary:
        stream: IO[Any] = os.fdopen(handle, "wb")
    else:
        stream = os.fdopen(handle, "w", encoding=encoding, newline=newline)
    with stream:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())


@contextlib.contextmanager
def atomic_write(path: Path | str, inputs: Iterable[Path | str] = (), binary: bool = False,
                 encoding: str = "utf-8", newline: str | None = "") -> Iterator[IO[Any]]:
    """Open a staged file for `path`; it replaces `path` only when the block ends without an
    exception. Raises OutputError before anything is created if `path` is refused."""
    target = check_target(path, inputs)
    with _signals_guarded():
        handle, name = _stage(target)
        try:
            with _opened(handle, binary, encoding, newline) as stream:
                yield stream
            _replace(name, target)
        finally:
            _forget(name)


def write_bytes(path: Path | str, data: bytes, inputs: Iterable[Path | str] = ()) -> Path:
    """Write `data` to `path` through a staged file; returns the target."""
    with atomic_write(path, inputs, binary=True) as stream:
        stream.write(data)
    return Path(path)


class OutputSet:
    """Several files written as one set: all checked first, all staged, then all renamed.

    ``with OutputSet(targets, inputs) as out: out.write(path, data)`` — the targets are checked
    when the set is made; files are staged by ``write`` and renamed together when the block
    ends without an exception. A path not named at the start is refused.
    """

    def __init__(self, paths: Iterable[Path | str], inputs: Iterable[Path | str] = ()) -> None:
        self.targets = check_targets(paths, inputs)
        self._staged: dict[Path, str] = {}
        self._guard: contextlib.ExitStack | None = None

    def __enter__(self) -> OutputSet:
        self._guard = contextlib.ExitStack()
        self._guard.enter_context(_signals_guarded())
        return self

    def write(self, path: Path | str, data: bytes) -> None:
        target = Path(path)
        with self.stream(target) as stream:
            stream.write(data)

    @contextlib.contextmanager
    def stream(self, path: Path | str, binary: bool = True, encoding: str = "utf-8",
               newline: str | None = "") -> Iterator[IO[Any]]:
        """A staged file of the set to write into (for outputs too large to hold in memory)."""
        target = Path(path)
        if target not in self.targets:
            raise ValueError(f"{target} was not checked as part of this output set")
        handle, name = _stage(target)
        self._staged[target] = name
        with _opened(handle, binary, encoding, newline) as stream:
            yield stream

    def _commit(self) -> None:
        backups: dict[Path, str | None] = {}
        done: list[Path] = []
        try:
            for target, name in self._staged.items():
                backups[target] = self._backup(target)
                _replace(name, target)
                done.append(target)
        except BaseException:
            for target in done:  # put the earlier files of the set back as they were
                kept = backups.get(target)
                with contextlib.suppress(OSError):
                    if kept is None:
                        os.unlink(target)
                    else:
                        os.replace(kept, target)
            raise
        finally:
            for kept in backups.values():
                if kept is not None:
                    _forget(kept)

    def _backup(self, target: Path) -> str | None:
        """A hard link to the file about to be replaced, so a failed set can be rolled back."""
        if not target.exists():
            return None
        name = f"{target.parent}/.{target.name}.{os.getpid()}.bak"
        with contextlib.suppress(OSError):
            os.unlink(name)
        try:
            os.link(target, name)
        except OSError:
            return None  # no hard links here: the rename still cannot half-write a file
        with _LOCK:
            _LIVE.add(name)
        return name

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        try:
            if kind is None:
                self._commit()
        finally:
            for name in self._staged.values():
                _forget(name)
            self._staged.clear()
            if self._guard is not None:
                self._guard.close()


__all__ = ["OutputError", "OutputSet", "atomic_write", "check_target", "check_targets",
           "write_bytes"]


def output_directory(path: Path | str, create: bool = True) -> Path:
    """The output directory of a command that writes a set of files (triggers, metrics).

    It may exist (a link to a directory is followed: the files inside are still checked one by
    one) or is created when its parent exists; a missing parent is refused like a file's."""
    directory = Path(path)
    shown = str(directory)
    if directory.exists():
        if not directory.is_dir():
            raise OutputError("output.dir-not-dir", path=shown)
        return directory
    if directory.is_symlink():  # a dangling link
        raise OutputError("output.symlink", path=shown)
    parent = directory.parent if str(directory.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError("output.no-parent", path=shown, parent=str(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError("output.dir-create", path=shown, reason="permission denied")
    if create:
        try:
            directory.mkdir()
        except OSError as exc:
            raise OutputError("output.dir-create", path=shown,
                              reason=exc.strerror or "") from None
    return directory
