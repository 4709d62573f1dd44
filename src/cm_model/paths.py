"""Where the package finds its schema and generated artifacts, installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATAMODEL_DIR = PACKAGE_DIR / "datamodel"
JSON_SCHEMA_PATH = DATAMODEL_DIR / "cm_model.schema.json"


def repo_root() -> Path | None:
    """The checkout this package runs from, or None when installed from a wheel."""
    candidate = PACKAGE_DIR.parent.parent
    if (candidate / "schema" / "cm_model.yaml").is_file() and (candidate / "Makefile").is_file():
        return candidate
    return None


@cache
def schema_path() -> Path:
    """The LinkML schema: schema/ in a checkout, package data in a wheel."""
    root = repo_root()
    if root is not None:
        return root / "schema" / "cm_model.yaml"
    return PACKAGE_DIR / "schema" / "cm_model.yaml"
