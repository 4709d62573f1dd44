"""`forms import --merge`: one client from several forms, rows with one id once."""

from __future__ import annotations

import pytest

from cm_model.forms.merge import MergeConflict, merge_records


def test_rows_with_one_id_on_two_forms_are_one_row() -> None:
    consent = {"id": "c1-cons1", "consent_type": "COORDINATOR_CONTACT"}
    first = {"id": "c1", "segments": ["PPT"], "consents": [dict(consent)]}
    second = {"id": "c1", "segments": ["PPT", "AT_RISK"], "consents": [dict(consent)],
              "assignments": [{"id": "c1-as1"}]}
    (merged,) = merge_records([first, second])
    assert merged["consents"] == [consent]
    assert merged["segments"] == ["PPT", "AT_RISK"]
    assert merged["assignments"] == [{"id": "c1-as1"}]


def test_one_row_id_with_different_values_is_a_conflict() -> None:
    first = {"id": "c1", "consents": [{"id": "k", "consent_status": "GIVEN"}]}
    second = {"id": "c1", "consents": [{"id": "k", "consent_status": "REFUSED"}]}
    with pytest.raises(MergeConflict) as caught:
        merge_records([first, second])
    assert caught.value.path == "consents[0].consent_status"


def test_records_without_an_id_are_never_joined() -> None:
    records = [{"birth_year": 1950}, {"birth_year": 1960}]
    assert merge_records(records) == records
