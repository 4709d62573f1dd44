"""`cm-model migrate`: turn exports of an older schema version into the current one.

Each step (`steps.py`) is a pure function on plain JSON-like dicts that renames or restructures
what changed between two schema versions and never drops a value; `run.py` reads the file
through the project's readers, applies the steps and writes the result atomically.
"""

from cm_model.migrate.steps import SUPPORTED, MigrationError, migrate_document

__all__ = ["SUPPORTED", "MigrationError", "migrate_document"]
