"""Progress on stderr for long runs (validate, metrics, triggers, synth).

Shown only when a person is watching: stderr is a terminal, the report is not machine-readable
(``--format json``), standard output is not a pipe (``cm-model … | jq`` or ``| less`` would
have the bar drawn over the reader's screen), and ``CM_MODEL_NO_PROGRESS`` is not set. The bar
is transient (rich removes it when done), so nothing of it stays in a terminal log either.
Every function here is a no-op otherwise, and rich is imported only when a bar is drawn.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

WORDS = {
    "validate": {"en": "validating", "fi": "tarkistetaan"},
    "read": {"en": "reading", "fi": "luetaan"},
    "evaluate": {"en": "evaluating triggers", "fi": "arvioidaan herätteitä"},
    "compute": {"en": "computing measures", "fi": "lasketaan mittareita"},
    "write": {"en": "writing", "fi": "kirjoitetaan"},
}


def _is_pipe(stream: Any) -> bool:
    try:
        return stat.S_ISFIFO(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def wanted(machine_output: bool = False) -> bool:
    """True when a progress bar may be drawn on stderr now."""
    if machine_output or os.environ.get("CM_MODEL_NO_PROGRESS"):
        return False
    try:
        if not sys.stderr.isatty():
            return False
    except (AttributeError, ValueError):
        return False
    return not _is_pipe(sys.stdout)


class Progress:
    """One task's progress; ``update(done, total)`` is cheap when no bar is drawn."""

    def __init__(self, bar: Any, task: Any) -> None:
        self._bar = bar
        self._task = task

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def update(self, done: float, total: float | None = None) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=total)

    def advance(self, amount: float = 1) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, amount)

    def describe(self, word: str, lang: str = "en") -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=label(word, lang))


def label(word: str, lang: str = "en") -> str:
    texts = WORDS.get(word)
    return (texts.get(lang) or texts["en"]) if texts else word


@contextmanager
def progress(word: str, total: float | None = None, lang: str = "en",
             machine_output: bool = False, count_bytes: bool = False) -> Iterator[Progress]:
    """A transient bar on stderr while the block runs (or a silent stand-in)."""
    if not wanted(machine_output):
        yield Progress(None, None)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        SpinnerColumn,
        TimeElapsedColumn,
    )
    from rich.progress import Progress as RichProgress

    counter = DownloadColumn() if count_bytes else MofNCompleteColumn()
    bar = RichProgress(SpinnerColumn(), "[progress.description]{task.description}", BarColumn(),
                       counter, TimeElapsedColumn(),
                       console=Console(stderr=True), transient=True)
    with bar:
        task = bar.add_task(label(word, lang), total=total)
        yield Progress(bar, task)
