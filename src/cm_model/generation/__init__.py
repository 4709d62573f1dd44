"""`cm-model generate`: every artifact derived from the schema, produced by one command.

Each builder is a function ``build(root: Path) -> dict[str, bytes]`` that returns the files it
owns, keyed by path relative to the repository root. This module writes them (``generate``) or
compares them with what is on disk (``check``); builders never touch the file system themselves,
which keeps them deterministic and makes drift detection exact.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Builder = Callable[[Path], dict[str, bytes]]

# Order matters only for readability of the output; builders are independent.
BUILDERS: tuple[str, ...] = (
    "cm_model.generation.schema_index:build",
    "cm_model.generation.python_models:build",
    "cm_model.generation.json_schema:build",
    "cm_model.forms.build:build",
    "cm_model.generation.rule_examples:build",
    "cm_model.handbook.reference:build",
    "cm_model.fhir.build:build",  # FHIR definitions, example bundles, mapping tables
)

GENERATED_MARK = "generated from schema/cm_model.yaml by `cm-model generate` — do not edit"


@dataclass(frozen=True)
class Drift:
    path: str
    reason: str  # "differs", "missing" or "stale"


def _load(spec: str) -> Builder:
    module_name, func_name = spec.split(":")
    return getattr(importlib.import_module(module_name), func_name)


def build_all(root: Path) -> dict[str, bytes]:
    artifacts: dict[str, bytes] = {}
    for spec in BUILDERS:
        for rel, data in _load(spec)(root).items():
            if rel in artifacts:
                raise RuntimeError(f"two builders produce {rel}")
            artifacts[rel] = data
    return dict(sorted(artifacts.items()))


MANIFEST = "src/cm_model/datamodel/GENERATED_FILES.txt"


def _manifest_bytes(paths: list[str]) -> bytes:
    header = f"# Files {GENERATED_MARK}.\n"
    return (header + "".join(p + "\n" for p in paths)).encode()


def _previous_manifest(root: Path) -> list[str]:
    path = root / MANIFEST
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def _expected(root: Path) -> dict[str, bytes]:
    """Every generated file with its bytes, the manifest of them included."""
    artifacts = build_all(root)
    artifacts[MANIFEST] = _manifest_bytes(list(artifacts))
    return artifacts


def _stale(root: Path, artifacts: dict[str, bytes]) -> list[str]:
    """Files a previous run generated that no builder makes any more."""
    return [
        rel for rel in _previous_manifest(root)
        if rel not in artifacts and (root / rel).is_file()
    ]


def generate(root: Path) -> list[str]:
    """Write every artifact; remove files a previous run generated that no builder makes now."""
    from cm_model.io.output import write_bytes

    artifacts = _expected(root)
    stale = _stale(root, artifacts)
    written = []
    for rel, data in artifacts.items():
        target = root / rel
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(target, data)  # staged and renamed: never a half-written artifact
        written.append(rel)
    for rel in stale:
        (root / rel).unlink()
    return written + stale


def check(root: Path) -> list[Drift]:
    """What differs between the committed files and what the schema generates now."""
    artifacts = _expected(root)
    drift = []
    for rel, data in artifacts.items():
        target = root / rel
        if not target.is_file():
            drift.append(Drift(rel, "missing"))
        elif target.read_bytes() != data:
            drift.append(Drift(rel, "differs"))
    drift.extend(Drift(rel, "stale") for rel in _stale(root, artifacts))
    return drift
