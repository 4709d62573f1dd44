"""`cm-model metrics --measures`: only the chosen measures are computed and written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cm_model.cli import app

DATA = Path(__file__).parent / "data" / "contacts"
EXCEL = DATA / "excel_fi_cp1252.csv"
RECORDS = DATA / "records.json"
runner = CliRunner()


def metrics(out: Path, *extra: str | Path, records: Path = RECORDS):
    result = runner.invoke(app, ["metrics", str(EXCEL), "--records", str(records), "-o",
                                 str(out), "--no-plot", *map(str, extra)])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    return result


def table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        found = list(reader)
        return list(reader.fieldnames or []), found


@pytest.fixture(scope="module")
def default_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("all")
    result = metrics(out, "--client-json")
    assert result.exit_code == 0, result.output
    return out


def test_coc_only_gives_the_same_coc_columns(default_out: Path, tmp_path: Path) -> None:
    result = metrics(tmp_path, "--measures", "coc", "--client-json")
    assert result.exit_code == 0, result.output
    header, found = table(tmp_path / "client_measures.csv")
    full_header, full = table(default_out / "client_measures.csv")
    window = ("first", "last", "complete", "contacts", "without_provider", "coc", "coc_reason")
    assert header == ["client_id", "segments", "plan_date", "status",
                      *(f"{half}_{c}" for half in ("before", "after") for c in window)]
    assert set(header) < set(full_header)
    assert [{k: row[k] for k in header} for row in full] == found
    assert any(row["after_coc"] for row in found)  # the fixture has computable values

    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    full_summary = json.loads((default_out / "summary.json").read_text(encoding="utf-8"))
    assert summary["measures"] == ["coc"]
    assert list(summary["all"]["measures"]) == ["coc"]
    assert summary["all"]["measures"]["coc"] == full_summary["all"]["measures"]["coc"]
    assert "nps" not in summary["all"] and "whoqol_bref" not in summary
    assert set(summary["segments"]) == set(full_summary["segments"])
    for name, group in summary["segments"].items():
        assert group["measures"] == {"coc": full_summary["segments"][name]["measures"]["coc"]}
    markdown = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "COC (Bice–Boxerman)" in markdown
    assert "UPC" not in markdown and "NPS" not in markdown and "WHOQOL" not in markdown
    assert "COC:" in result.output and "UPC:" not in result.output

    client = json.loads((tmp_path / "client_measures.json").read_text(encoding="utf-8"))
    first = client["clients"][0]
    assert {i["index_type"] for i in first["continuity_indices"]} == {"COC"}
    assert "service_use_counts" not in first and "whoqol_bref" not in first


def test_naming_every_measure_is_the_default_output(default_out: Path, tmp_path: Path) -> None:
    result = metrics(tmp_path, "--measures", "nps,whoqol,use,secon,upc,coc", "--client-json")
    assert result.exit_code == 0, result.output
    for name in ("client_measures.csv", "client_measures.json", "summary.json", "summary.md"):
        assert (tmp_path / name).read_bytes() == (default_out / name).read_bytes(), name


def test_use_and_questionnaires_only(default_out: Path, tmp_path: Path) -> None:
    result = metrics(tmp_path, "--measures", " USE , whoqol,nps")
    assert result.exit_code == 0, result.output
    header, found = table(tmp_path / "client_measures.csv")
    full_header, full = table(default_out / "client_measures.csv")
    assert not any(c.endswith(("_coc", "_upc", "_secon", "_without_provider")) for c in header)
    assert "after_inpatient_days" in header and "after_whoqol_physical_0_100" in header
    assert [{k: row[k] for k in header} for row in full] == found
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    full_summary = json.loads((default_out / "summary.json").read_text(encoding="utf-8"))
    assert summary["measures"] == ["use", "whoqol", "nps"]
    assert summary["all"]["nps"] == full_summary["all"]["nps"]
    assert summary["whoqol_bref"] == full_summary["whoqol_bref"]
    assert "coc" not in summary["all"]["measures"]


def test_questionnaires_not_asked_for_are_not_read(tmp_path: Path) -> None:
    document = json.loads(RECORDS.read_text(encoding="utf-8"))
    document["clients"][0]["whoqol_assessments"] = [
        {"timepoint": "AFTER_PLAN", "item_answers": [{"item_number": 99, "answer": 3}]}]
    document["clients"][0]["nps_responses"] = [{"timepoint": "AFTER_PLAN", "nps_score": 11}]
    broken = tmp_path / "records.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    assert metrics(tmp_path / "all", records=broken).exit_code == 1
    result = metrics(tmp_path / "coc", "--measures", "coc", records=broken)
    assert result.exit_code == 0, result.output
    result = metrics(tmp_path / "nps", "--measures", "coc,nps", records=broken)
    assert result.exit_code == 1
    assert "nps_responses[0].nps_score: an integer 0–10 expected" in result.output
    assert "whoqol" not in result.output


@pytest.mark.parametrize(("value", "message"), [
    ("coc,foo", "--measures: unknown measure 'foo'; choose from coc, upc, secon, use, whoqol, "
                "nps"),
    (",", "--measures: name at least one measure"),
])
def test_unknown_measure_exits_2_and_writes_nothing(tmp_path: Path, value: str,
                                                    message: str) -> None:
    result = metrics(tmp_path / "o", "--measures", value)
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "o").exists()
