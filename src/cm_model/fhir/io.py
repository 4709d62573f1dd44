"""The two seams to the project's input and output layers.

`read_records` uses the readers of the input layer `cm_model.io`;
`write_atomic` writes through a temporary file in the target's directory and a rename (the
safe output writer `cm_model.io.output` will replace it). Re-point these two functions only.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cm_model.io.problems import Item, Problem


def read_records(path: Path) -> Iterator[Item | Problem]:
    from cm_model.io import readers

    fmt = readers.detect_format(path)
    if fmt not in ("json", "jsonl", "yaml"):
        return iter([Problem("read.format", fatal=True)])
    return readers.read(path, fmt)


def write_atomic(target: Path, chunks: Iterator[bytes] | bytes) -> None:
    """Write all bytes or nothing: an existing `target` stays as it was on any failure."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            if isinstance(chunks, bytes):
                out.write(chunks)
            else:
                for chunk in chunks:
                    out.write(chunk)
        os.replace(tmp_name, target)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False
