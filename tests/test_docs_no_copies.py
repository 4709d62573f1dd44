"""No committed file under docs/ is a byte copy of another committed file (issue 10).

Downloads are copied into docs/<lang>/downloads/ at build time (web/build.mjs, as listed in
the generated web/downloads.json), never committed; pages differ by language.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A page stub another issue fills in ("(Written in issue 11.)"): identical in fi and en until
# it is written, and not a copy of anything.
STUB = re.compile(rb"^# [^\n]+\n\n\(Written in issue \d+\.\)\n?$")


def _committed(prefix: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z", prefix], cwd=ROOT, capture_output=True,
                         check=True).stdout
    return [p for p in out.decode().split("\0") if p]


def test_no_committed_file_under_docs_is_a_byte_copy() -> None:
    seen: dict[str, str] = {}
    copies = []
    files = _committed("docs")
    assert len(files) > 100
    for rel in files:
        data = (ROOT / rel).read_bytes()
        if STUB.match(data):
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            copies.append((seen[digest], rel))
        seen.setdefault(digest, rel)
    assert copies == []


def test_downloads_are_listed_not_committed() -> None:
    manifest = json.loads((ROOT / "web/downloads.json").read_text(encoding="utf-8"))
    assert "do not edit" in manifest["$comment"]
    committed = set(_committed("docs"))
    sources = set(_committed("schema") + _committed("examples") + _committed("forms")
                  + _committed("src/cm_model/datamodel") + _committed("src/cm_model/fhir/definitions"))
    assert len(manifest["files"]) > 50
    for target, source in manifest["files"]:
        assert target.startswith("docs/") and "/downloads/" in target
        assert target not in committed, f"{target} is a committed copy of {source}"
        assert source in sources, f"{source} is not a file in the repository"
