"""`--lang fi` gives the contacts reader's errors in Finnish in `cm-model triggers` and
`cm-model metrics` (the texts come from cm_model.io.messages), without data values unless
--show-values."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cm_model.cli import app
from cm_model.io.messages import MESSAGES

DATA = Path(__file__).parent / "data" / "contacts"
runner = CliRunner()


def bad_contacts(tmp_path: Path, unknown_column: bool) -> Path:
    """The synthetic program export with a bad date on line 4 and line 5's contact id made
    the same as line 4's; optionally an extra, misspelt column."""
    lines = (DATA / "program_utf8.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("2023-05-10", "31.02.2023")
    first_id = lines[3].split(",")[0]
    lines[4] = ",".join([first_id, *lines[4].split(",")[1:]])
    if unknown_column:
        lines = [lines[0] + ",sectr"] + [line + ",x" for line in lines[1:]]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(command: str, path: Path, out: Path, *extra: str):
    args = [command, str(path), "-o", str(out)]
    args += (["--as-of", "2024-06-01"] if command == "triggers"
             else ["--records", str(DATA / "records.json")])
    result = runner.invoke(app, args + list(extra))
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize("command", ["triggers", "metrics"])
def test_finnish_reader_errors_for_bad_date_and_duplicate_id(tmp_path: Path,
                                                              command: str) -> None:
    path = bad_contacts(tmp_path, unknown_column=False)
    fi = run(command, path, tmp_path / "out", "--lang", "fi")
    assert fi.exit_code == 1
    assert ("bad.csv: rivi 4, sarake contact_date (C): contact_date ei ole päivämäärä "
            "(käytä muotoa VVVV-KK-PP tai pp.kk.vvvv)") in fi.output
    assert "bad.csv: rivi 5, sarake id (A): kontaktin tunniste on sama kuin kohdassa " \
           "rivi 4, sarake id (A); tiedosto hylätään" in fi.output
    assert "line " not in fi.output and "column " not in fi.output  # places in Finnish too
    assert "is not a date" not in fi.output and "the file is refused" not in fi.output
    assert "31.02.2023" not in fi.output
    assert not (tmp_path / "out").exists()
    en = run(command, path, tmp_path / "out", "--lang", "en")
    assert "contact_date is not a date (use YYYY-MM-DD or dd.mm.yyyy)" in en.output
    assert "contact id is the same as at line 4, column id (A)" in en.output
    shown = run(command, path, tmp_path / "out", "--lang", "fi", "--show-values")
    assert "(arvo: '31.02.2023')" in shown.output


@pytest.mark.parametrize("command", ["triggers", "metrics"])
def test_finnish_reader_error_for_unknown_column(tmp_path: Path, command: str) -> None:
    path = bad_contacts(tmp_path, unknown_column=True)
    fi = run(command, path, tmp_path / "out", "--lang", "fi")
    assert fi.exit_code == 1
    assert "bad.csv: rivi 1, sarake J: sarake 'sectr' ei ole ServiceContact-luokan kenttä " \
           "(tarkista kirjoitusasu" in fi.output
    assert "is not a field of ServiceContact" not in fi.output
    en = run(command, path, tmp_path / "out")
    assert "column 'sectr' is not a field of ServiceContact (check its spelling" in en.output


def test_every_reader_message_has_english_and_finnish() -> None:
    keys = [k for k in MESSAGES if k.split(".")[0] in ("contacts", "records", "catalogue")]
    assert len(keys) >= 20
    for key in keys:
        assert MESSAGES[key]["en"] and MESSAGES[key]["fi"], key
        assert MESSAGES[key]["en"] != MESSAGES[key]["fi"] or "{" in MESSAGES[key]["en"], key


def test_finnish_records_and_catalogue_errors(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "c-1"}\n{"id": "c-1"}\n'
                       '{"id": "c-2", "nps_responses": [{"nps_score": 11}]}\n', encoding="utf-8")
    contacts = DATA / "program_utf8.csv"
    result = runner.invoke(app, ["metrics", str(contacts), "--records", str(records), "-o",
                                 str(tmp_path / "out"), "--lang", "fi"])
    assert result.exit_code == 1
    assert "records.jsonl: rivi 2: id: asiakkaan tunniste esiintyy kahdesti" in result.output
    assert "rivi 3: nps_responses[0].nps_score: odotettiin kokonaislukua 0–10" in result.output
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text("- code: X1\n- code: X1\n", encoding="utf-8")
    result = runner.invoke(app, ["triggers", str(contacts), "--as-of", "2024-06-01",
                                 "--catalogue", str(catalogue), "-o", str(tmp_path / "t"),
                                 "--lang", "fi"])
    assert result.exit_code == 1
    assert "catalogue.yaml: kohta 1 (X1): name_fi: virheellinen arvo (" in result.output
    assert not (tmp_path / "out").exists() and not (tmp_path / "t").exists()


@pytest.mark.parametrize("command", ["triggers", "metrics"])
def test_finnish_henkilotunnus_refusal_without_echo(tmp_path: Path, command: str) -> None:
    hetu = "010190-999W"  # test range (individual number 900–999), correct check character
    lines = (DATA / "program_utf8.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("c-001", hetu)
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fi = run(command, path, tmp_path / "out", "--lang", "fi")
    assert fi.exit_code == 1
    assert "client_id näyttää henkilötunnukselta" in fi.output
    assert hetu not in fi.output
    assert not (tmp_path / "out").exists()
