"""The closed JSON Schema (unknown fields rejected) of the export envelope and every class."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from cm_model.generation import GENERATED_MARK

SCHEMA_REL = "schema/cm_model.yaml"
TARGET = "src/cm_model/datamodel/cm_model.schema.json"


def build(root: Path) -> dict[str, bytes]:
    from linkml.generators.jsonschemagen import JsonSchemaGenerator

    with contextlib.chdir(root):
        text = JsonSchemaGenerator(SCHEMA_REL, not_closed=False, top_class="Export").serialize()
    schema = json.loads(text)
    schema = {"$comment": GENERATED_MARK, **schema}
    data = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return {TARGET: data.encode("utf-8")}
