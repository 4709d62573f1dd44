"""Every valid example passes and every invalid one fails, under LinkML's validator and Pydantic.

Modelled on biolink-model's tests/test_data.py; a guard fails when the folders are empty.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from pydantic import ValidationError

from cm_model.datamodel.cm_model import Export
from cm_model.paths import schema_path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VALID = sorted((EXAMPLES / "valid").glob("*.json"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.json"))


@cache
def linkml_validator():
    from linkml.validator import Validator
    from linkml.validator.plugins import JsonschemaValidationPlugin

    return Validator(str(schema_path()), validation_plugins=[JsonschemaValidationPlugin(closed=True)])


def linkml_errors(instance: dict) -> list[str]:
    report = linkml_validator().validate(instance, target_class="Export")
    return [result.message for result in report.results]


def test_example_folders_are_not_empty():
    assert len(VALID) >= 4, "examples/valid is (nearly) empty"
    assert len(INVALID) >= 5, "examples/invalid is (nearly) empty"


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_example_passes_linkml(path: Path):
    assert linkml_errors(json.loads(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_example_passes_pydantic(path: Path):
    Export.model_validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_states_its_reason(path: Path):
    notes = json.loads(path.read_text(encoding="utf-8")).get("notes", "")
    assert notes.startswith("INVALID: "), "each invalid example says in `notes` why it is invalid"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_fails_linkml_for_one_reason(path: Path):
    assert len(linkml_errors(json.loads(path.read_text(encoding="utf-8")))) == 1


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_fails_pydantic_for_one_reason(path: Path):
    with pytest.raises(ValidationError) as caught:
        Export.model_validate(json.loads(path.read_text(encoding="utf-8")))
    assert caught.value.error_count() == 1, caught.value.errors()
