"""Every command that writes, against the targets a user really gives it, and odd arguments.

One test per output-side defect class of issue 9, plus a corpus of broken and odd arguments
for synth, triggers, metrics and forms fill: a clear message, a non-zero exit code, never a
traceback, and nothing written or destroyed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cm_model import synth
from cm_model.cli import app

DATA = Path(__file__).parent / "data"
CONTACTS = DATA / "contacts" / "program.jsonl"
RECORDS = DATA / "contacts" / "records.json"
runner = CliRunner()


def run(*args: str | Path):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.output
    return result


def listing(directory: Path) -> dict[str, bytes | str]:
    """Names → contents (or the kind of a non-regular entry) of a directory."""
    found: dict[str, bytes | str] = {}
    for entry in sorted(directory.iterdir()):
        if entry.is_symlink():
            found[entry.name] = "link"
        elif entry.is_dir():
            found[entry.name] = "dir"
        elif entry.is_file():
            found[entry.name] = entry.read_bytes()
        else:
            found[entry.name] = "special"
    return found


@pytest.fixture()
def clients_file(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "clients.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(synth.client(i, 3)) + "\n" for i in range(3)),
                    encoding="utf-8")
    return path


@pytest.fixture()
def filled_form(tmp_path: Path, clients_file: Path) -> Path:
    form = tmp_path / "in" / "form.xlsx"
    assert run("forms", "fill", clients_file, "--form", "identification", "-o",
               form).exit_code == 0
    return form


def commands(tmp: Path, clients_file: Path, form: Path, target: Path) -> dict[str, list]:
    """Each writing command with `target` as its output (a file, or a directory for the
    commands that write a set)."""
    return {
        "synth": ["synth", "--n", "2", "-o", target],
        "forms import": ["forms", "import", form, "-o", target],
        "forms fill": ["forms", "fill", clients_file, "--form", "identification", "-o", target,
                       "--lang", "en"],
        "triggers": ["triggers", CONTACTS, "--as-of", "2024-06-30", "-o", target],
        "metrics": ["metrics", CONTACTS, "--records", RECORDS, "-o", target, "--no-plot"],
    }


FILE_COMMANDS = ("synth", "forms import", "forms fill")
SET_COMMANDS = ("triggers", "metrics")


# --- targets that are refused ----------------------------------------------------------------


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_a_directory_as_output_is_refused(tmp_path, clients_file, filled_form, command) -> None:
    target = tmp_path / "out"
    target.mkdir()
    result = run(*commands(tmp_path, clients_file, filled_form, target)[command])
    assert result.exit_code == 2 and "is a directory" in result.output
    assert listing(target) == {}


@pytest.mark.parametrize("command", SET_COMMANDS)
def test_a_directory_where_an_output_file_belongs_is_refused(tmp_path, clients_file,
                                                            filled_form, command) -> None:
    out = tmp_path / "out"
    (out / "candidates.csv").mkdir(parents=True)
    (out / "summary.json").mkdir()
    result = run(*commands(tmp_path, clients_file, filled_form, out)[command])
    assert result.exit_code == 2 and "is a directory" in result.output
    assert listing(out) == {"candidates.csv": "dir", "summary.json": "dir"}


def test_forms_import_never_overwrites_the_workbook(tmp_path, filled_form) -> None:
    before = filled_form.read_bytes()
    result = run("forms", "import", filled_form, "-o", filled_form)
    assert result.exit_code == 2 and "is also an input" in result.output
    assert filled_form.read_bytes() == before


def test_every_command_refuses_its_input_as_output(tmp_path, clients_file) -> None:
    before = clients_file.read_bytes()
    result = run("forms", "fill", clients_file, "--form", "identification", "-o", clients_file)
    assert result.exit_code == 2 and clients_file.read_bytes() == before
    out = tmp_path / "out"
    out.mkdir()
    contacts = out / "candidates.json"
    contacts.write_bytes(CONTACTS.read_bytes())
    result = run("triggers", contacts, "--as-of", "2024-06-30", "-o", out)
    assert result.exit_code == 2 and "is also an input" in result.output
    assert contacts.read_bytes() == CONTACTS.read_bytes()
    assert listing(out) == {"candidates.json": CONTACTS.read_bytes()}
    records = out / "summary.json"
    records.write_bytes(RECORDS.read_bytes())
    result = run("metrics", CONTACTS, "--records", records, "-o", out, "--no-plot")
    assert result.exit_code == 2 and records.read_bytes() == RECORDS.read_bytes()


@pytest.mark.parametrize("command", FILE_COMMANDS)
@pytest.mark.parametrize("kind", ["fifo", "symlink", "device"])
def test_fifo_symlink_and_device_are_never_replaced(tmp_path, clients_file, filled_form,
                                                    command, kind) -> None:
    if kind == "fifo":
        target = tmp_path / "fifo"
        os.mkfifo(target)
    elif kind == "symlink":
        target = tmp_path / "link"
        (tmp_path / "real").write_text("kept")
        target.symlink_to(tmp_path / "real")
    else:
        target = Path("/dev/null")
    result = run(*commands(tmp_path, clients_file, filled_form, target)[command])
    assert result.exit_code == 2, result.output
    assert ("symbolic link" if kind == "symlink" else "not a regular file") in result.output
    if kind == "fifo":
        assert not target.is_file() and target.exists()
    if kind == "symlink":
        assert target.is_symlink() and (tmp_path / "real").read_text() == "kept"
    if kind == "device":
        assert not target.is_file()


@pytest.mark.parametrize("command", FILE_COMMANDS + SET_COMMANDS)
def test_missing_parent_directory_is_refused(tmp_path, clients_file, filled_form,
                                             command) -> None:
    target = tmp_path / "nope" / "deeper" / "out"
    result = run(*commands(tmp_path, clients_file, filled_form, target)[command])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize("command", FILE_COMMANDS + SET_COMMANDS)
def test_unwritable_location_is_refused(tmp_path, clients_file, filled_form, command) -> None:
    target = Path("/proc/self/cm-model-out")
    result = run(*commands(tmp_path, clients_file, filled_form, target)[command])
    assert result.exit_code == 2 and "/proc/self/cm-model-out" in result.output
    assert "cannot" in result.output


# --- nothing half-written -----------------------------------------------------------------------


def test_failed_import_leaves_an_existing_output_intact(tmp_path, filled_form,
                                                        monkeypatch) -> None:
    import orjson

    out = tmp_path / "records.jsonl"
    out.write_text("earlier records\n")
    real, calls = orjson.dumps, []

    def fails_on_the_second(value, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise orjson.JSONEncodeError("Integer exceeds 64-bit range")
        return real(value, *args, **kwargs)

    monkeypatch.setattr(orjson, "dumps", fails_on_the_second)
    result = run("forms", "import", filled_form, "-o", out)
    assert result.exit_code == 1 and "record 2 cannot be written" in result.output
    assert out.read_text() == "earlier records\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "records.jsonl"]


def test_metrics_failing_late_leaves_the_previous_set(tmp_path, monkeypatch) -> None:
    out = tmp_path / "out"
    assert run("metrics", CONTACTS, "--records", RECORDS, "-o", out, "--no-plot").exit_code == 0
    before = listing(out)

    def broken_plot(*args, **kwargs):
        raise MemoryError("the plot ran out of memory")

    monkeypatch.setattr("cm_model.metrics.plot.plot_png", broken_plot)
    with pytest.raises(MemoryError):
        runner.invoke(app, ["metrics", str(CONTACTS), "--records", str(RECORDS), "-o",
                            str(out), "--window", "6m"], catch_exceptions=False)
    assert listing(out) == before


def test_triggers_write_both_files_or_neither(tmp_path, monkeypatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "candidates.csv").write_text("old csv")
    (out / "candidates.json").write_text("old json")

    def broken(*args, **kwargs):
        raise RuntimeError("crash while making the JSON")

    monkeypatch.setattr("cm_model.metrics.triggers.as_json", broken)
    with pytest.raises(RuntimeError):
        runner.invoke(app, ["triggers", str(CONTACTS), "--as-of", "2024-06-30", "-o",
                            str(out)], catch_exceptions=False)
    assert listing(out) == {"candidates.csv": b"old csv", "candidates.json": b"old json"}


# --- synth ----------------------------------------------------------------------------------


def test_synth_has_a_maximum_n(tmp_path: Path) -> None:
    for kind, fmt in (("clients", "jsonl"), ("contacts", "csv"), ("export", "json")):
        result = run("synth", "--kind", kind, "--format", fmt, "--n",
                     str(synth.MAX_N[kind] + 1), "-o", tmp_path / "x")
        assert result.exit_code == 2 and "above the maximum" in result.output
    assert list(tmp_path.iterdir()) == []


def test_synth_code_lists_are_the_schemas_enums() -> None:
    from cm_model.schema_info import load_schema_dict

    enums = load_schema_dict()["enums"]
    assert list(enums["ClientSegment"]["permissible_values"]) == synth.SEGMENTS
    assert list(enums["Sector"]["permissible_values"]) == synth.SECTORS
    types = set(enums["ServiceContactType"]["permissible_values"])
    assert {t for t, *_ in synth.CONTACT_TYPES} <= types
    assert {s for _, s, *_ in synth.CONTACT_TYPES} <= set(synth.SECTORS)


def test_synth_streams_large_exports_as_valid_json(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    synth.write(path, n=30, seed=4, fmt="json", kind="export")
    document = json.loads(path.read_text(encoding="utf-8"))
    env, _ = synth.export(30, 4)
    assert document == json.loads(json.dumps(env))


# --- forms fill ---------------------------------------------------------------------------------


def fill(tmp_path: Path, record: dict, *extra: str, form: str = "identification"):
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return run("forms", "fill", source, "--form", form, "-o", tmp_path / "out.xlsx",
               "--lang", "en", *extra)


def test_fill_text_where_a_list_belongs_is_an_error_not_letters(tmp_path: Path) -> None:
    record = synth.client(1, 1)
    record["segments"] = "PPT"
    result = fill(tmp_path, record)
    assert result.exit_code == 1
    assert "[0].segments: a list is expected here, found text" in result.output
    assert not (tmp_path / "out.xlsx").exists()


def test_fill_control_character_is_located_without_the_value(tmp_path: Path) -> None:
    record = synth.client(2, 1)
    secret = "Pärjään kotona 131052-900W"
    record["care_plans"][0]["goals"][0]["goal_text"] = secret + "\x07"
    result = fill(tmp_path, record, form="care_plan")
    assert result.exit_code == 1
    assert "[0].care_plans[0].goals[0].goal_text: contains a control character (U+0007)" \
        in result.output
    assert "131052-900W" not in result.output
    shown = fill(tmp_path, record, "--show-values", form="care_plan")
    assert "131052-900W" in shown.output


@pytest.mark.parametrize("stamp", ["9999-12-31T23:59:59+00:00", "9999-12-31T23:59:59-12:00",
                                   "2026-02-30T10:00:00+02:00"])
def test_fill_overflowing_date_time_is_a_clean_error(tmp_path: Path, stamp: str) -> None:
    record = synth.client(3, 1)
    record["care_plans"][0]["revisions"][0]["revised_at"] = stamp
    result = fill(tmp_path, record, form="care_plan")
    assert result.exit_code == 1
    assert "[0].care_plans[0].revisions[0].revised_at: cannot be written as date and time" \
        in result.output
    assert stamp not in result.output


# --- triggers and metrics: dates and language -------------------------------------------------


@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"])
def test_as_of_outside_the_supported_dates_is_a_clear_error(tmp_path: Path, as_of: str) -> None:
    result = run("triggers", CONTACTS, "--as-of", as_of, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "--as-of: outside the supported dates 1900-01-01 … 2199-12-31" in result.output
    result = run("metrics", CONTACTS, "--records", RECORDS, "--as-of", as_of, "-o",
                 tmp_path / "out")
    assert result.exit_code == 2 and "outside the supported dates" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("as_of", ["1900-01-01", "2199-12-31", "29.2.2024"])
def test_as_of_at_the_edges_of_the_range_works(tmp_path: Path, as_of: str) -> None:
    assert run("triggers", CONTACTS, "--as-of", as_of, "-o", tmp_path / "out").exit_code == 0


def test_triggers_and_metrics_speak_finnish(tmp_path: Path) -> None:
    result = run("triggers", CONTACTS, "--as-of", "2024-06-30", "-o", tmp_path / "t",
                 "--lang", "fi")
    assert result.exit_code == 0 and "ehdokasasiakasta; kirjoitettiin" in result.output
    result = run("metrics", CONTACTS, "--records", RECORDS, "-o", tmp_path / "m", "--lang",
                 "fi", "--no-plot")
    assert result.exit_code == 0 and "kirjoitettiin client_measures.csv" in result.output
    assert run("triggers", CONTACTS, "--as-of", "31.2.2024", "-o", tmp_path / "t", "--lang",
               "fi").output.startswith("--as-of: ei ole päivämäärä")


# --- odd arguments: a corpus ------------------------------------------------------------------

ODD_ARGUMENTS = [
    ("synth", ["--n", "-1"], 2),
    ("synth", ["--n", "abc"], 2),
    ("synth", ["--n", "99999999999999999999999"], 2),
    ("synth", ["--kind", "contacts", "--format", "xlsx"], 2),
    ("synth", ["--kind", "contacts", "--clients", "0"], 2),
    ("synth", ["--kind", "export", "--format", "csv"], 2),
    ("synth", ["--invalid-rate", "1.5"], 2),
    ("synth", ["--invalid-rate", "nan"], 2),
    ("synth", ["--format", "parquet"], 2),
    ("triggers", ["--as-of", ""], 2),
    ("triggers", ["--as-of", "yesterday"], 2),
    ("triggers", ["--as-of", "2024-13-01"], 2),
    ("triggers", ["--as-of", "-2024-01-01"], 2),
    ("triggers", ["--as-of", "2024-06-30", "--lang", "sv"], 2),
    ("triggers", ["--as-of", "2024-06-30", "--catalogue", "/nonexistent.yaml"], 2),
    ("triggers", ["--as-of", "2024-06-30", "--catalogue", "/dev/null"], 2),
    ("metrics", ["--window", "0m"], 2),
    ("metrics", ["--window", "1000y"], 2),
    ("metrics", ["--provider", "team"], 2),
    ("metrics", ["--measures", ""], 2),
    ("metrics", ["--measures", "coc,bogus"], 2),
    ("metrics", ["--plot-language", "sv"], 2),
    ("metrics", ["--data-from", "0001-01-01"], 2),
    ("metrics", ["--as-of", "9999-12-31"], 2),
    ("forms fill", ["--form", "nonexistent"], 2),
    ("forms fill", ["--lang", "de"], 2),
    ("forms fill", ["--form", "identification", "--records", "x"], 2),
]


@pytest.mark.parametrize(("command", "extra", "code"), ODD_ARGUMENTS,
                         ids=[f"{c}:{' '.join(e)}" for c, e, _ in ODD_ARGUMENTS])
def test_odd_arguments_fail_clearly(tmp_path, clients_file, command, extra, code) -> None:
    out = tmp_path / "out"
    base = {
        "synth": ["synth", "-o", out],
        "triggers": ["triggers", CONTACTS, "-o", out],
        "metrics": ["metrics", CONTACTS, "--records", RECORDS, "-o", out],
        "forms fill": ["forms", "fill", clients_file, "-o", out, *(
            [] if "--form" in extra else ["--form", "identification"])],
    }[command]
    if command == "triggers" and "--as-of" not in extra:
        extra = ["--as-of", "2024-06-30", *extra]
    result = run(*base, *extra)
    assert result.exit_code == code, result.output
    assert result.output.strip()
    assert not out.exists()


@pytest.mark.parametrize("records", [
    "[1, 2, 3]\n", '"PPT"\n', '{"clients": "PPT"}\n', "[[]]\n", '{"clients": [null]}\n',
])
def test_fill_with_records_of_the_wrong_shape(tmp_path: Path, records: str) -> None:
    source = tmp_path / "records.json"
    source.write_text(records, encoding="utf-8")
    result = run("forms", "fill", source, "--form", "identification", "-o",
                 tmp_path / "out.xlsx")
    assert result.exit_code in (1, 2) and result.output.strip()
    assert not (tmp_path / "out.xlsx").exists()
