"""`cm-model forms import|fill` and `cm-model validate` on forms, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cm_model.cli import app

DATA = Path(__file__).parent / "data" / "forms"
CLIENTS = json.loads((DATA / "clients.json").read_text(encoding="utf-8"))
runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args))


def test_import_libreoffice_resaved_forms_merged(tmp_path):
    out = tmp_path / "out.jsonl"
    result = _run("forms", "import", str(DATA / "filled_identification_fi_libreoffice.xlsx"),
                  str(DATA / "filled_care_plan_fi_libreoffice.xlsx"), "--merge", "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == [c["id"] for c in CLIENTS]
    first = lines[0]
    assert first["segments"] == CLIENTS[0]["segments"]  # from the identification form
    assert first["care_plans"][0]["goals"][0]["goal_text"] == (
        CLIENTS[0]["care_plans"][0]["goals"][0]["goal_text"])  # from the plan form


def test_import_reports_cells_writes_nothing_and_echoes_no_values(tmp_path):
    out = tmp_path / "out.jsonl"
    result = _run("forms", "import", str(DATA / "hostile_formulas.xlsx"), "-o", str(out))
    assert result.exit_code == 1
    assert "'Havaitut herätteet'!C4" in result.output
    assert "Asiakas!C5" in result.output
    assert "HYPERLINK" not in result.output and "1+1" not in result.output
    assert not out.exists()
    partial = _run("forms", "import", str(DATA / "hostile_formulas.xlsx"), "--partial",
                   "-o", str(out))
    assert partial.exit_code == 1
    assert len(out.read_text().splitlines()) == 1  # only the client whose rows read cleanly


def test_import_unreadable_files_exit_2(tmp_path):
    for name in ("hostile_zip_bomb.xlsx", "hostile_entity_bomb.xlsx", "hostile_not_a_zip.xlsx"):
        result = _run("forms", "import", str(DATA / name), "-o", str(tmp_path / "o.jsonl"))
        assert result.exit_code == 2, name
        assert "Traceback" not in result.output
        assert name in result.output


def test_fill_then_import_gives_the_records_back(tmp_path):
    source = tmp_path / "clients.jsonl"
    source.write_text("\n".join(json.dumps(c) for c in CLIENTS), encoding="utf-8")
    form = tmp_path / "cm_hoi.xlsx"
    result = _run("forms", "fill", str(source), "--form", "cm_hoi", "--lang", "en",
                  "-o", str(form))
    assert result.exit_code == 0, result.output
    assert "no place on this form" in result.output  # the form holds only CM-HOI parts
    out = tmp_path / "back.jsonl"
    assert _run("forms", "import", str(form), "-o", str(out)).exit_code == 0
    back = [json.loads(line) for line in out.read_text().splitlines()]
    assert [b["cm_hoi_entries"] for b in back] == [c["cm_hoi_entries"] for c in CLIENTS]


def test_validate_reads_forms_directly():
    ok = _run("validate", str(DATA / "filled_care_plan_fi_libreoffice.xlsx"))
    assert ok.exit_code == 0, ok.output
    bad = _run("validate", str(DATA / "hostile_renamed_column_extra_sheet.xlsx"))
    assert bad.exit_code == 1
    assert "Taulukko1!A1" in bad.output and "Asiakas!I2" in bad.output
