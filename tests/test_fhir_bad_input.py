"""Bad input to `cm-model fhir export` / `import`: a located message, a non-zero exit, no
traceback, no value from the data, and no output written (an existing one kept as it was)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cm_model.cli import app
from cm_model.fhir import export_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples/valid/paijat_sote_worked_example.json"
runner = CliRunner()


def _bundle() -> dict:
    return export_document(json.loads(EXAMPLE.read_text(encoding="utf-8")))


def _index(bundle: dict, rtype: str) -> int:
    return next(i for i, e in enumerate(bundle["entry"])
                if e["resource"]["resourceType"] == rtype)


def _run_import(tmp_path: Path, bundle: object) -> tuple[int, str, Path]:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(bundle) if not isinstance(bundle, str) else bundle)
    out = tmp_path / "out.json"
    out.write_bytes(b"keep me")
    result = runner.invoke(app, ["fhir", "import", str(source), "-o", str(out)])
    assert "Traceback" not in result.output
    assert out.read_bytes() == b"keep me" or result.exit_code == 0
    return result.exit_code, result.output, out


def _no_values(text: str) -> None:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    client = document["clients"][0]
    for value in (client["henkilotunnus"], client["id"], client["birth_date"]):
        assert value not in text


def test_not_json(tmp_path: Path) -> None:
    code, out, _ = _run_import(tmp_path, '{"resourceType": "Bundle", ')
    assert code == 2
    assert "in.json" in out and "not valid JSON" in out and "line 1" in out


def test_a_bundle_too_large_to_load_says_to_use_ndjson(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A Bundle over the JSON reader's size limit is refused with the way out: the NDJSON
    export, which import reads client by client."""
    from cm_model.io import readers

    monkeypatch.setattr(readers, "MAX_JSON_BYTES", 1000)
    code, out, _ = _run_import(tmp_path, _bundle())
    assert code == 2
    assert "in.json: a bundle this large is not loaded at once: export it with `cm-model fhir " \
           "export --ndjson`" in out
    assert "use JSON Lines" not in out


def test_not_a_bundle(tmp_path: Path) -> None:
    code, out, _ = _run_import(tmp_path, {"resourceType": "Patient", "id": "x"})
    assert code == 1
    assert "Bundle: not a FHIR Bundle (resourceType: Patient)" in out


def test_wrong_resource_type_in_an_entry(tmp_path: Path) -> None:
    bundle = _bundle()
    bundle["entry"][3]["resource"]["resourceType"] = "Medication"
    code, out, _ = _run_import(tmp_path, bundle)
    assert code == 1
    assert "entry[3]: resource type Medication is not one the cm-model mapping uses" in out


def test_dangling_reference(tmp_path: Path) -> None:
    bundle = _bundle()
    i = _index(bundle, "Flag")
    bundle["entry"][i]["resource"]["author"] = {"reference": "urn:uuid:not-in-this-bundle"}
    code, out, _ = _run_import(tmp_path, bundle)
    assert code == 1
    assert f"entry[{i}] (Flag " in out and ".author: reference does not resolve" in out
    _no_values(out)


def test_missing_identifier(tmp_path: Path) -> None:
    bundle = _bundle()
    i = _index(bundle, "Patient")
    # The client id is on the Patient and on its EpisodeOfCare: remove both.
    for rtype in ("Patient", "EpisodeOfCare"):
        resource = bundle["entry"][_index(bundle, rtype)]["resource"]
        resource["identifier"] = [x for x in resource["identifier"]
                                  if x["system"] != "https://w3id.org/cm-model/id/Client"]
    code, out, _ = _run_import(tmp_path, bundle)
    assert code == 1
    assert f"entry[{i}] (Patient " in out
    assert "identifier with system https://w3id.org/cm-model/id/Client is missing" in out
    _no_values(out)


def test_duplicate_full_url_and_duplicate_id(tmp_path: Path) -> None:
    bundle = _bundle()
    bundle["entry"].append(json.loads(json.dumps(bundle["entry"][5])))
    code, out, _ = _run_import(tmp_path, bundle)
    assert code == 1
    assert f"entry[{len(bundle['entry']) - 1}]: fullUrl already used by entry[5]" in out
    bundle = _bundle()
    copy = json.loads(json.dumps(bundle["entry"][5]))
    copy["fullUrl"] = "urn:uuid:00000000-0000-5000-8000-000000000000"
    bundle["entry"].append(copy)
    code, out, _ = _run_import(tmp_path, bundle)
    assert code == 1 and "resource id already used by entry[5]" in out


def test_foreign_entry_is_reported_not_dropped_silently(tmp_path: Path) -> None:
    bundle = _bundle()
    bundle["entry"].append({"fullUrl": "urn:uuid:11111111-1111-5111-8111-111111111111",
                            "resource": {"resourceType": "Patient",
                                         "id": "11111111-1111-5111-8111-111111111111"}})
    code, out, target = _run_import(tmp_path, bundle)
    assert code == 0
    assert f"entry[{len(bundle['entry']) - 1}] (Patient" in out and "not imported" in out
    assert json.loads(target.read_text()) == json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_import_never_overwrites_its_input(tmp_path: Path) -> None:
    source = tmp_path / "b.json"
    source.write_text(json.dumps(_bundle()))
    before = source.read_bytes()
    result = runner.invoke(app, ["fhir", "import", str(source), "-o", str(source)])
    assert result.exit_code == 2 and "would overwrite the input" in result.output
    assert source.read_bytes() == before


@pytest.mark.parametrize("name, expected", [
    ("unknown_field.json", "clients[0]: field 'free_text_diagnosis' is not part of the schema"),
    ("missing_client_id.json", "clients[0].id: required field 'id' is missing"),
    ("henkilotunnus_malformed.json", "clients[0].henkilotunnus: value does not have the "
                                     "required form"),
])
def test_export_refuses_input_outside_the_schema(tmp_path: Path, name: str,
                                                  expected: str) -> None:
    out = tmp_path / "b.json"
    out.write_bytes(b"keep me")
    source = ROOT / "examples" / "invalid" / name
    result = runner.invoke(app, ["fhir", "export", str(source), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{source}: {expected}" in result.output
    assert out.read_bytes() == b"keep me"
    assert "Traceback" not in result.output
    document = json.loads(source.read_text(encoding="utf-8"))
    hetu = document["clients"][0].get("henkilotunnus")
    if hetu:
        assert hetu not in result.output


def test_export_not_json_and_bad_json_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ nope")
    result = runner.invoke(app, ["fhir", "export", str(bad), "-o", str(tmp_path / "o.json")])
    assert result.exit_code == 2 and "bad.json: not valid JSON" in result.output
    lines = tmp_path / "c.jsonl"
    lines.write_text('{"id": "c-1"}\n{"id": \n{"id": "c-3"}\n')
    result = runner.invoke(app, ["fhir", "export", str(lines), "-o", str(tmp_path / "o.json")])
    # As in `cm-model validate`: a bad line is a bad record (exit 1), the file is readable.
    assert result.exit_code == 1 and "c.jsonl: line 2: line is not valid JSON" in result.output
    assert not (tmp_path / "o.json").exists()


def test_export_of_something_that_is_not_an_export(tmp_path: Path) -> None:
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps([{"name": "x"}]))
    result = runner.invoke(app, ["fhir", "export", str(odd), "-o", str(tmp_path / "o.json")])
    assert result.exit_code == 2
    assert "odd.json: [0]: expected an Export envelope or Client records" in result.output


def test_export_never_overwrites_its_input(tmp_path: Path) -> None:
    source = tmp_path / "e.json"
    source.write_bytes(EXAMPLE.read_bytes())
    result = runner.invoke(app, ["fhir", "export", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert source.read_bytes() == EXAMPLE.read_bytes()


def test_finnish_messages(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"resourceType": "Patient"}))
    result = runner.invoke(app, ["fhir", "import", str(source), "-o", str(tmp_path / "o.json"),
                                 "--lang", "fi"])
    assert result.exit_code == 1 and "ei FHIR Bundle -resurssi" in result.output


def test_export_speaks_finnish(tmp_path: Path) -> None:
    """--lang fi: the problem lines, their places and the closing line in Finnish."""
    source = tmp_path / "dup.jsonl"
    source.write_text('{"id": "c-1", "id": "c-2"}\n', encoding="utf-8")
    result = runner.invoke(app, ["fhir", "export", str(source), "-o", str(tmp_path / "o.ndjson"),
                                 "--ndjson", "--lang", "fi"])
    assert result.exit_code == 1
    assert "dup.jsonl: rivi 1: avain 'id' esiintyy kahdesti" in result.output
    assert "1 ongelma(a); mitään ei kirjoitettu." in result.output
    assert "problem(s)" not in result.output and "line " not in result.output
    written = runner.invoke(app, ["fhir", "export", str(EXAMPLE), "-o",
                                  str(tmp_path / "b.json"), "--lang", "fi"])
    assert written.exit_code == 0 and "kirjoitettiin" in written.output
