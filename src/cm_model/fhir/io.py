"""The two seams to the project's input and output layers.

`read_records` uses the readers of the input layer `cm_model.io`;
`write_atomic` writes through the one safe output writer `cm_model.io.output`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from cm_model.io.problems import Item, Problem


def read_records(path: Path) -> Iterator[Item | Problem]:
    from cm_model.io import readers

    fmt = readers.detect_format(path)
    if fmt not in ("json", "jsonl", "yaml"):
        return iter([Problem("read.format", fatal=True)])
    return readers.read(path, fmt)


def write_atomic(target: Path, chunks: Iterator[bytes] | bytes,
                 inputs: Iterable[Path] = ()) -> None:
    """Write all bytes or nothing through the one output writer (cm_model.io.output): an
    existing `target` stays as it was on any failure; a refused target raises OutputError."""
    from cm_model.io.output import atomic_write

    with atomic_write(target, inputs, binary=True) as out:
        if isinstance(chunks, bytes):
            out.write(chunks)
        else:
            pending = 0
            for chunk in chunks:
                out.write(chunk)
                pending += len(chunk)
                if pending >= WRITE_BACK_BYTES:  # gigabytes of NDJSON: see `written_back`
                    out.flush()
                    written_back(out.fileno())
                    pending = 0


WRITE_BACK_BYTES = 100 << 20


def written_back(fd: int) -> None:
    """Have what is written so far go to disk and leave the page cache. An export writes six
    times its input (gigabytes); left to the kernel, that much unwritten data makes it hold
    the writer back and reclaim memory at a high CPU cost."""
    os.fdatasync(fd)
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False
