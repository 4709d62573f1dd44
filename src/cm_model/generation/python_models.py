"""Pydantic v2 classes generated from the schema with LinkML's own generator."""

from __future__ import annotations

import contextlib
from pathlib import Path

from cm_model.generation import GENERATED_MARK

SCHEMA_REL = "schema/cm_model.yaml"
TARGET = "src/cm_model/datamodel/cm_model.py"


def build(root: Path) -> dict[str, bytes]:
    from linkml.generators.pydanticgen import PydanticGenerator

    # A relative schema path keeps the embedded `source_file` identical on every machine.
    with contextlib.chdir(root):
        code = PydanticGenerator(SCHEMA_REL).serialize()
    header = f"# {GENERATED_MARK}\n# ruff: noqa\n"
    return {TARGET: (header + code.rstrip() + "\n").encode("utf-8")}
