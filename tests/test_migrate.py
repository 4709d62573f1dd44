"""`cm-model migrate`: every 0.1.0 example becomes a valid 0.2.0 export and nothing is lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from cm_model.migrate.steps import migrate_record

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "cm-model")
V01 = sorted((ROOT / "tests" / "data" / "v0_1").glob("*.json"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def leaves(value: Any, path: str = "") -> dict[str, Any]:
    """{'clients[0].care_plans[0].id': 'plan-1', ...} for every scalar in `value`."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, inner in value.items():
            out.update(leaves(inner, f"{path}.{key}" if path else key))
        return out
    if isinstance(value, list):
        out = {}
        for i, inner in enumerate(value):
            out.update(leaves(inner, f"{path}[{i}]"))
        return out
    return {path: value}


def renamed(path: str, value: Any) -> tuple[str, Any]:
    """Where a 0.1.0 value lives in 0.2.0 (the rename table of whats-new-0.2.md)."""
    if path == "schema_version":
        return path, "0.2.0"
    path = path.replace(".intensive_support.", ".intensive_support_periods[0].")
    path = path.replace(".responsible_worker", ".care_holder")
    if path.startswith("trigger_catalogue[") and path.endswith(".sector"):
        path += "s[0]"
    if path.endswith("client_group_marking") and value == "HIGH_SUPPORT_CLIENT":
        value = "OTHER_LOCAL_MARKING"
    return path, value


def test_there_are_0_1_fixtures():
    assert len(V01) >= 4


@pytest.mark.parametrize("source", V01, ids=lambda p: p.stem)
def test_every_0_1_example_migrates_without_loss_and_validates(source, tmp_path):
    out = tmp_path / source.name
    done = cli("migrate", str(source), "--to", "0.2.0", "-o", str(out))
    assert done.returncode == 0, done.stderr
    old = json.loads(source.read_text(encoding="utf-8"))
    new = json.loads(out.read_text(encoding="utf-8"))
    have = leaves(new)
    for path, value in leaves(old).items():
        where, expected = renamed(path, value)
        assert have.get(where) == expected, path
    assert new["schema_version"] == "0.2.0"
    valid = cli("validate", str(out))
    assert valid.returncode == 0, valid.stdout


def test_the_high_support_marking_keeps_its_meaning():
    old = json.loads((ROOT / "tests/data/v0_1/etela_savo_liaison_nurse_measures.json").read_text())
    assert any(c.get("client_group_marking") == "HIGH_SUPPORT_CLIENT" for c in old["clients"])
    new, errors = migrate_record(old)
    assert errors == []
    marked = [c for c in new["clients"] if c.get("client_group_marking") == "OTHER_LOCAL_MARKING"]
    assert marked and all(c["client_group_marking_name"] == "Paljon tukea tarvitseva asiakas"
                          for c in marked)


def test_json_lines_and_yaml_inputs(tmp_path):
    export = json.loads(V01[0].read_text(encoding="utf-8"))
    jsonl = tmp_path / "clients.jsonl"
    jsonl.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n"
                             for c in export["clients"]), encoding="utf-8")
    out = tmp_path / "clients-0.2.jsonl"
    assert cli("migrate", str(jsonl), "--to", "0.2.0", "-o", str(out)).returncode == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(export["clients"])
    assert all("intensive_support" not in p for c in lines for p in c.get("care_plans", []))
    assert cli("validate", "--class", "Client", str(out)).returncode == 0

    ydoc = tmp_path / "export.yaml"
    ydoc.write_text(yaml.safe_dump(export, allow_unicode=True, sort_keys=False), encoding="utf-8")
    yout = tmp_path / "export-0.2.yaml"
    assert cli("migrate", str(ydoc), "--to", "0.2.0", "-o", str(yout)).returncode == 0
    assert yaml.safe_load(yout.read_text(encoding="utf-8"))["schema_version"] == "0.2.0"
    assert cli("validate", str(yout)).returncode == 0


def test_validating_a_0_1_file_says_to_migrate():
    done = cli("validate", str(V01[0]))
    assert done.returncode == 1
    assert "cm-model migrate" in done.stdout
    assert done.stdout.count("error") == 2  # the one finding and the summary line


def test_bad_json_is_a_located_error_without_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "0.1.0",', encoding="utf-8")
    out = tmp_path / "out.json"
    done = cli("migrate", str(bad), "--to", "0.2.0", "-o", str(out))
    assert done.returncode == 2
    assert str(bad) in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_a_record_that_cannot_be_migrated_writes_nothing_and_echoes_no_value(tmp_path):
    worked = ROOT / "tests" / "data" / "v0_1" / "paijat_sote_worked_example.json"
    export = json.loads(worked.read_text(encoding="utf-8"))
    plan = export["clients"][0]["care_plans"][0]
    assert "intensive_support" in plan
    plan["intensive_support_periods"] = [{"start_date": "2026-01-01"}]  # both old and new
    export["clients"][0]["care_responsibilities_secret"] = "Salainen Arvo"
    src = tmp_path / "both.json"
    src.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")
    done = cli("migrate", str(src), "--to", "0.2.0", "-o", str(out))
    assert done.returncode == 1
    assert "clients[0].care_plans[0].intensive_support" in done.stderr
    assert "Salainen" not in done.stderr and "2026-01-01" not in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8") == "keep me"  # an existing output is left whole


def test_the_input_is_never_overwritten(tmp_path):
    src = tmp_path / "export.json"
    src.write_bytes(V01[0].read_bytes())
    done = cli("migrate", str(src), "--to", "0.2.0", "-o", str(src))
    assert done.returncode == 2
    assert src.read_bytes() == V01[0].read_bytes()


def test_an_export_already_at_0_2_is_refused(tmp_path):
    current = ROOT / "examples" / "valid" / "siun_sote_scope_and_consent.json"
    done = cli("migrate", str(current), "--to", "0.2.0", "-o", str(tmp_path / "x.json"))
    assert done.returncode == 1
    assert "already" in done.stderr


def test_unknown_target_and_tabular_input_are_usage_errors(tmp_path):
    done = cli("migrate", str(V01[0]), "--to", "9.9.9", "-o", str(tmp_path / "x.json"))
    assert done.returncode == 2 and "9.9.9" in done.stderr
    csv = tmp_path / "clients.csv"
    csv.write_text("id\nc-1\n", encoding="utf-8")
    done = cli("migrate", str(csv), "--to", "0.2.0", "-o", str(tmp_path / "y.csv"))
    assert done.returncode == 2 and "JSON" in done.stderr


def test_migrate_messages_live_in_the_one_catalogue():
    # Migrate's messages are part of cm_model.io.messages (fi and en), like every command's.
    from cm_model.io.messages import MESSAGES, message

    migrate_codes = [c for c in MESSAGES if c.startswith(("migrate.", "schema.migrate"))]
    assert "migrate.done" in migrate_codes and "schema.migrate" in migrate_codes
    assert all({"fi", "en"} <= set(MESSAGES[c]) for c in migrate_codes)
    assert "cm-model migrate" in message("schema.migrate", "en", version="0.1", target="0.2.0")
    assert "cm-model migrate" in message("schema.migrate", "fi", version="0.1", target="0.2.0")


def test_validating_0_1_records_without_envelope_suggests_migrate_once(tmp_path):
    export = json.loads((ROOT / "tests/data/v0_1/paijat_sote_worked_example.json").read_text())
    old = tmp_path / "clients.jsonl"
    old.write_text("".join(json.dumps(c) + "\n" for c in export["clients"] * 2), encoding="utf-8")
    done = cli("validate", "--class", "Client", str(old))
    assert done.returncode == 1  # the unknown fields are still errors
    assert done.stdout.count("schema.migrate") == 1 and "cm-model migrate" in done.stdout
