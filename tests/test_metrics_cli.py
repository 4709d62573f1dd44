"""`cm-model metrics` and `cm-model triggers` end to end: numbers, formats, errors, outputs."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cm_model.cli import app

DATA = Path(__file__).parent / "data" / "contacts"
EXCEL = DATA / "excel_fi_cp1252.csv"
RECORDS = DATA / "records.json"
runner = CliRunner()


def run(*args: str | Path):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output
    return result


def metrics(contacts: Path, out: Path, *extra: str):
    return run("metrics", contacts, "--records", RECORDS, "-o", out, *extra)


def rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["client_id"]: row for row in csv.DictReader(handle)}


# --- metrics: hand-computed numbers on the Excel export ---------------------------------------


@pytest.fixture(scope="module")
def excel_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("excel")
    result = metrics(EXCEL, out, "--client-json")
    assert result.exit_code == 0, result.output
    return out


def test_excel_csv_hand_computed_continuity(excel_out: Path) -> None:
    c1 = rows(excel_out / "client_measures.csv")["c-001"]
    # before 2023-03-01 … 2024-02-29: professionals A, A, B, A, C (28.2.2023 is outside).
    assert (c1["before_first"], c1["before_last"]) == ("2023-03-01", "2024-02-29")
    assert (c1["before_coc"], c1["before_upc"], c1["before_secon"]) == ("0.3", "0.6", "0.25")
    # after 2024-03-01 … 2025-02-28: A on the plan day, then A, A, A; 1.3.2025 is outside.
    assert (c1["after_coc"], c1["after_upc"], c1["after_secon"]) == ("1", "1", "1")
    assert c1["before_contacts"] == "5" and c1["after_contacts"] == "4"
    assert c1["before_emergency_visit"] == "1" and c1["after_emergency_visit"] == "0"
    assert c1["before_primary_care_visit"] == "2" and c1["after_primary_care_visit"] == "2"
    assert c1["after_consultation"] == "1"
    # 29.2.2024 … 5.3.2024: one day before the plan, four after.
    assert c1["before_inpatient_days"] == "1" and c1["after_inpatient_days"] == "4"
    assert c1["before_complete"] == "true" and c1["after_complete"] == "true"
    assert c1["before_whoqol_physical_0_100"] == "50"
    assert c1["after_whoqol_physical_0_100"] == "75"


def test_not_computable_is_empty_with_a_reason_never_zero(excel_out: Path) -> None:
    table = rows(excel_out / "client_measures.csv")
    c2 = table["c-002"]
    assert c2["before_coc"] == ""
    assert c2["before_coc_reason"] == "fewer than two contacts with a provider in the window"
    assert c2["before_upc"] == "1"
    assert c2["before_without_provider"] == "1"  # the digital contact names no professional
    assert c2["after_coc"] == "0"  # two different professionals: a real zero
    assert c2["after_complete"] == "false"  # ends 2025-05-31, data ends 2025-03-01
    assert table["c-003"]["status"].startswith("no shared plan")
    assert table["c-004"]["before_coc_reason"] == "no contacts with a provider in the window"


def test_json_outputs_use_schema_shapes(excel_out: Path) -> None:
    document = json.loads((excel_out / "client_measures.json").read_text(encoding="utf-8"))
    c1 = next(c for c in document["clients"] if c["client_id"] == "c-001")
    coc_before = next(i for i in c1["continuity_indices"]
                      if i["index_type"] == "COC" and i["timepoint"] == "BEFORE_PLAN")
    assert coc_before == {
        "id": "c-001-COC-BEFORE_PLAN", "index_type": "COC", "window_start": "2023-03-01",
        "window_end": "2024-02-29", "timepoint": "BEFORE_PLAN", "contact_count": 5,
        "provider_basis": "PROFESSIONAL", "index_value": 0.3}
    c2 = next(c for c in document["clients"] if c["client_id"] == "c-002")
    undefined = next(i for i in c2["continuity_indices"]
                     if i["index_type"] == "COC" and i["timepoint"] == "BEFORE_PLAN")
    assert "index_value" not in undefined
    assert undefined["not_computable_reason"].startswith("fewer than two contacts")
    inpatient = next(u for u in c1["service_use_counts"]
                     if u["contact_type"] == "INPATIENT_EPISODE" and u["timepoint"] == "AFTER_PLAN")
    assert inpatient["count"] == 0 and inpatient["inpatient_days"] == 4


def test_summary_paired_differences_segments_and_nps(excel_out: Path) -> None:
    summary = json.loads((excel_out / "summary.json").read_text(encoding="utf-8"))
    coc = summary["all"]["measures"]["coc"]
    assert coc["paired_difference"]["n"] == 1
    assert coc["paired_difference"]["mean"] == pytest.approx(0.7)
    assert summary["clients_without_plan"] == 1
    assert set(summary["segments"]) == {"PPT", "SHARED_CLIENT", "MULTI_SECTOR_SUPPORT",
                                        "INAPPROPRIATE_USE"}
    assert summary["segments"]["PPT"]["clients"] == 2
    whoqol = summary["all"]["measures"]["whoqol:physical"]["paired_difference"]
    assert whoqol["mean"] == pytest.approx(25.0)
    # NPS: before one detractor (6); after a promoter 9 and a promoter 10.
    assert summary["all"]["nps"]["BEFORE_PLAN"]["value"] == -100.0
    assert summary["all"]["nps"]["AFTER_PLAN"]["value"] == 100.0
    assert summary["all"]["nps"]["FOLLOW_UP"]["computable"] is False
    assert "| COC (Bice–Boxerman) |" in (excel_out / "summary.md").read_text(encoding="utf-8")


def test_plot_is_a_deterministic_png(excel_out: Path, tmp_path: Path) -> None:
    first = (excel_out / "measures.png").read_bytes()
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    assert metrics(EXCEL, tmp_path).exit_code == 0
    assert (tmp_path / "measures.png").read_bytes() == first


def test_outputs_name_clients_by_pseudonymous_id_only(excel_out: Path, tmp_path: Path) -> None:
    assert "131052-900W" in RECORDS.read_text(encoding="utf-8")
    result = run("triggers", EXCEL, "--as-of", "1.3.2024", "-o", tmp_path)
    for path in [*excel_out.iterdir(), *tmp_path.iterdir()]:
        assert b"131052-900W" not in path.read_bytes(), path.name
    assert "131052-900W" not in result.output


# --- the same contacts in every format ----------------------------------------------------------


def _xlsx_from(csv_path: Path, target: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Palvelutapahtumat"
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle)):
            if number:
                row = [date.fromisoformat(v) if i in (2, 3) and v else v
                       for i, v in enumerate(row)]
            sheet.append(row)
    workbook.save(target)
    return target


def test_every_format_gives_the_same_numbers(excel_out: Path, tmp_path: Path) -> None:
    expected = (excel_out / "client_measures.csv").read_bytes()
    inputs = [DATA / "program_utf8.csv", DATA / "program.jsonl",
              _xlsx_from(DATA / "program_utf8.csv", tmp_path / "contacts.xlsx")]
    for number, path in enumerate(inputs):
        out = tmp_path / f"out{number}"
        result = metrics(path, out, "--no-plot")
        assert result.exit_code == 0, result.output
        assert (out / "client_measures.csv").read_bytes() == expected, path.name


def test_provider_unit_and_window(tmp_path: Path) -> None:
    result = metrics(EXCEL, tmp_path, "--provider", "unit", "--window", "6m", "--no-plot")
    assert result.exit_code == 0, result.output
    c2 = rows(tmp_path / "client_measures.csv")["c-002"]
    # By unit the digital contact counts: two contacts with Aikuissosiaalityö in 1.12.2023 …
    assert (c2["before_first"], c2["before_last"]) == ("2023-12-01", "2024-05-31")
    assert c2["before_coc"] == "1" and c2["before_without_provider"] == "0"


def test_quoted_line_breaks_blank_lines_and_sep_line(tmp_path: Path) -> None:
    source = (DATA / "program_utf8.csv").read_text(encoding="utf-8").splitlines()
    lines = ["sep=,", source[0], source[1], "", source[2].replace(
        "Hämeenlinnan terveysasema", '"Hämeenlinnan\nterveysasema"', 1), *source[3:]]
    path = tmp_path / "odd.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = metrics(path, tmp_path / "out", "--no-plot")
    assert result.exit_code == 0, result.output
    c1 = rows(tmp_path / "out" / "client_measures.csv")["c-001"]
    assert c1["before_coc"] == "0.3"


# --- triggers -------------------------------------------------------------------------------------


def test_triggers_on_the_excel_export(tmp_path: Path) -> None:
    result = run("triggers", EXCEL, "--as-of", "1.3.2024", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    with (tmp_path / "candidates.csv").open(encoding="utf-8", newline="") as handle:
        found = list(csv.DictReader(handle))
    # Window 2.3.2023 … 1.3.2024: primary care, emergency care and specialised care.
    assert [(r["client_id"], r["trigger_code"], r["value"]) for r in found] == [
        ("c-001", "MULTI-SECTOR-3", "3")]
    assert found[0]["window_first"] == "2023-03-02"
    assert found[0]["contact_ids"] == "K-0003|K-0004|K-0005|K-0006|K-0007"
    document = json.loads((tmp_path / "candidates.json").read_text(encoding="utf-8"))
    observed = document["candidates"][0]["observed_triggers"][0]
    assert observed["trigger_code"] == "MULTI-SECTOR-3"
    assert observed["observed_date"] == "2024-03-01"
    assert observed["evidence_contact_ids"] == ["K-0003", "K-0004", "K-0005", "K-0006",
                                                "K-0007"]
    assert "PS-INPATIENT-3" in result.output


def test_triggers_with_a_catalogue_file(tmp_path: Path) -> None:
    catalogue = tmp_path / "own.yaml"
    catalogue.write_text(
        "trigger_catalogue:\n"
        "- {code: TWO-EMERGENCY, name_fi: a, name_sv: b, name_en: c, sectors: [EMERGENCY_CARE],\n"
        "   trigger_description: x, machine_checkable: true, measure: CONTACT_COUNT,\n"
        "   comparison: AT_LEAST, threshold: 2, window_months: 1,\n"
        "   contact_types: [EMERGENCY_VISIT]}\n", encoding="utf-8")
    result = run("triggers", EXCEL, "--as-of", "2025-01-31", "--catalogue", catalogue,
                 "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / "candidates.csv").read_text(encoding="utf-8")
    assert "c-003,TWO-EMERGENCY" in text and "K-0016|K-0017" in text


# --- errors -------------------------------------------------------------------------------------


def test_bad_rows_are_located_and_values_hidden(tmp_path: Path) -> None:
    lines = (DATA / "program_utf8.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("2023-05-10", "31.02.2023")
    lines[4] = lines[4].replace("EMERGENCY_VISIT", "AMBULANSSI")
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = metrics(path, tmp_path / "out")
    assert result.exit_code == 1
    assert "bad.csv: line 4, column contact_date (C): contact_date is not a date" in result.output
    assert "bad.csv: line 5, column contact_type (E)" in result.output
    assert "31.02.2023" not in result.output and "AMBULANSSI" not in result.output
    assert not (tmp_path / "out").exists()
    shown = metrics(path, tmp_path / "out", "--show-values")
    assert "'AMBULANSSI'" in shown.output


def test_undecodable_bytes_are_located(tmp_path: Path) -> None:
    raw = EXCEL.read_bytes().replace(b"K-0005", b"K-\x810005")
    path = tmp_path / "broken.csv"
    path.write_bytes(raw)
    result = metrics(path, tmp_path / "out")
    assert result.exit_code == 1
    assert "broken.csv: line 6: not valid cp1252 text" in result.output


def test_missing_column_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nosector.csv"
    path.write_text("id,client_id,contact_date,contact_type\n1,c,2024-01-01,EMERGENCY_VISIT\n",
                    encoding="utf-8")
    result = run("triggers", path, "--as-of", "2024-06-30", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "required column(s) missing: sector" in result.output
    # A file that is not there is exit 2, as in `cm-model validate` (1 is for located errors).
    missing = run("triggers", tmp_path / "nope.csv", "--as-of", "2024-06-30", "-o", tmp_path)
    assert missing.exit_code == 2 and "no such file" in missing.output
    no_catalogue = run("triggers", EXCEL, "--as-of", "2024-06-30", "-o", tmp_path,
                       "--catalogue", tmp_path / "nope.yaml")
    assert no_catalogue.exit_code == 2 and "nope.yaml: no such file" in no_catalogue.output
    no_records = run("metrics", EXCEL, "--records", tmp_path / "nope.json", "-o", tmp_path)
    assert no_records.exit_code == 2 and "nope.json: no such file" in no_records.output


def test_bad_xlsx_cell_is_located(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Kontaktit"
    sheet.append(["id", "client_id", "contact_date", "contact_type", "sector"])
    sheet.append(["1", "c-1", date(2024, 1, 1), "EMERGENCY_VISIT", "EMERGENCY_CARE"])
    sheet.append(["2", "c-1", "eilen", "EMERGENCY_VISIT", "EMERGENCY_CARE"])
    workbook.save(tmp_path / "c.xlsx")
    result = run("triggers", tmp_path / "c.xlsx", "--as-of", "2024-06-30", "-o", tmp_path / "o")
    assert result.exit_code == 1
    assert "c.xlsx: Kontaktit!C3 (contact_date): contact_date is not a date" in result.output


def test_bad_records_and_options(tmp_path: Path) -> None:
    broken = tmp_path / "records.json"
    broken.write_text('{"clients": [{"id": "c-1", "care_plans": [{"created_date": "x",'
                      ' "plan_status": "ACTIVE"}]}]}', encoding="utf-8")
    result = run("metrics", EXCEL, "--records", broken, "-o", tmp_path / "o")
    assert result.exit_code == 1
    assert "records.json: clients[0].care_plans[0].created_date: not a date" in result.output
    assert run("metrics", EXCEL, "--records", RECORDS, "-o", tmp_path / "o",
               "--provider", "team").exit_code == 2
    assert run("metrics", EXCEL, "--records", RECORDS, "-o", tmp_path / "o",
               "--window", "0m").exit_code == 2
    assert run("triggers", EXCEL, "--as-of", "tomorrow", "-o", tmp_path / "o").exit_code == 2


def test_records_as_json_lines_give_the_same_results(excel_out: Path, tmp_path: Path) -> None:
    document = json.loads(RECORDS.read_text(encoding="utf-8"))
    lines = tmp_path / "clients.jsonl"
    lines.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n"
                             for c in document["clients"]), encoding="utf-8")
    result = run("metrics", EXCEL, "--records", lines, "-o", tmp_path / "out", "--no-plot")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "client_measures.csv").read_bytes() == \
        (excel_out / "client_measures.csv").read_bytes()
    # A record the fast reader refuses (an item number as text) is located by the exact one.
    broken = lines.read_text(encoding="utf-8").replace('"item_number": 7,',
                                                       '"item_number": "7",', 1)
    lines.write_text(broken, encoding="utf-8")
    result = run("metrics", EXCEL, "--records", lines, "-o", tmp_path / "out2")
    assert result.exit_code == 1
    assert "clients.jsonl: line 1: whoqol_assessments[0].item_answers[6]: item_number 1–26" \
        in result.output


# --- the column-wise computation agrees with the scalar measures ----------------------------


def test_columnwise_indices_match_the_scalar_functions() -> None:
    import random
    from datetime import timedelta

    from cm_model.metrics.contacts import RowBuilder
    from cm_model.metrics.measures import coc, secon, upc
    from cm_model.metrics.outcomes import compute
    from cm_model.metrics.records import _Builder
    from cm_model.metrics.windows import before_after

    rnd = random.Random(7)
    builder, people = RowBuilder("random"), _Builder()
    plans: dict[str, date] = {}
    contacts: dict[str, list[tuple[date, int, str]]] = {}
    row = 0
    for c in range(60):
        client = f"r-{c:03d}"
        plans[client] = date(2024, 1, 1) + timedelta(days=rnd.randrange(0, 200))
        people.add({"id": client, "care_plans": [
            {"created_date": plans[client].isoformat(), "plan_status": "ACTIVE"}]}, "x")
        for _ in range(rnd.randrange(0, 30)):
            day = date(2023, 1, 1) + timedelta(days=rnd.randrange(0, 1000))
            provider = rnd.choice(["A", "B", "C", ""])
            builder.add({"id": f"x{row}", "client_id": client, "contact_date": day.isoformat(),
                         "contact_type": "PHONE_CONTACT", "sector": "OTHER",
                         "professional_id": provider}, lambda slot: slot)
            contacts.setdefault(client, []).append((day, row, provider))
            row += 1
    outcomes = compute(builder.finish(), people.finish(), 12, as_of=date(2030, 1, 1))
    for r, client in enumerate(outcomes.client_ids):
        for half, window in enumerate(before_after(plans[client], 12)):
            sequence = [p for d, _, p in sorted(contacts.get(client, []))
                        if window.first <= d <= window.last and p]
            assert outcomes.index("coc", r, half) == coc(sequence)
            assert outcomes.index("upc", r, half) == upc(sequence)
            got, want = outcomes.index("secon", r, half), secon(sequence)
            assert got.n == want.n and got.reason == want.reason
            assert got.value == pytest.approx(want.value) if want.computable else True


def test_invalid_utf8_after_the_sniffed_megabyte_is_located(tmp_path: Path) -> None:
    lines = (DATA / "program_utf8.csv").read_bytes().splitlines(keepends=True)
    # about 1.2 MB of valid UTF-8 rows, each with its own contact id
    body = [b"U%d" % k + row[row.index(b","):] for k, row in enumerate(lines[1:4] * 12000)]
    bad = lines[4].replace(b"Kanta-H", b"Kanta-\xff")
    path = tmp_path / "late.csv"
    path.write_bytes(lines[0] + b"".join(body) + bad)
    result = run("triggers", path, "--as-of", "2024-06-30", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert f"late.csv: line {len(body) + 2}: not valid utf-8 text" in result.output


def test_as_of_defaults_to_export_time_and_data_from_marks_early_windows(tmp_path: Path) -> None:
    result = metrics(EXCEL, tmp_path / "a", "--no-plot", "--data-from", "2023-06-01")
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "a" / "summary.json").read_text(encoding="utf-8"))
    assert summary["as_of"] == "2025-03-02"  # export_time of records.json
    table = rows(tmp_path / "a" / "client_measures.csv")
    assert table["c-001"]["before_complete"] == "false"  # starts 2023-03-01
    assert table["c-002"]["before_complete"] == "true"  # starts 2023-06-01
    result = metrics(EXCEL, tmp_path / "b", "--no-plot", "--as-of", "31.5.2025")
    assert rows(tmp_path / "b" / "client_measures.csv")["c-002"]["after_complete"] == "true"


# --- review fixes: inpatient days, refused inputs, WHOQOL-BREF reasons, henkilötunnus ---------

HEADER = "id;client_id;contact_date;end_date;contact_type;sector;professional_id\n"


def _contacts(tmp_path: Path, rows: list[str], name: str = "c.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _records(tmp_path: Path, clients: list[dict]) -> Path:
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"clients": clients}), encoding="utf-8")
    return path


PLAN = [{"created_date": "2024-03-01", "plan_status": "ACTIVE"}]


def test_metrics_inpatient_days_are_the_union_of_stays(tmp_path: Path) -> None:
    contacts = _contacts(tmp_path, [
        "1;c-ip;1.1.2024;20.1.2024;INPATIENT_EPISODE;SPECIALISED_HEALTH_CARE;A",
        "2;c-ip;10.1.2024;25.1.2024;INPATIENT_EPISODE;SPECIALISED_HEALTH_CARE;A",
        "3;c-ip;10.3.2024;;INPATIENT_EPISODE;SPECIALISED_HEALTH_CARE;A",
        "4;c-ip;1.5.2024;;INPATIENT_EPISODE;SPECIALISED_HEALTH_CARE;A",
        "5;c-ip;1.8.2024;;INPATIENT_EPISODE;SPECIALISED_HEALTH_CARE;A"])
    records = _records(tmp_path, [{"id": "c-ip", "care_plans": PLAN}])
    out = tmp_path / "out"
    result = run("metrics", contacts, "--records", records, "-o", out, "--as-of", "2024-12-31",
                 "--client-json", "--no-plot")
    assert result.exit_code == 0, result.output
    row = rows(out / "client_measures.csv")["c-ip"]
    # Before: in hospital 1.1. … 24.1.2024 once, not 19 + 15 days.
    assert row["before_inpatient_days"] == "24"
    # After: three open episodes chain into 10.3. … 31.12.2024 (each closed at the next
    # admission, the last at the as-of date): 297 days, not 297 + 245 + 153.
    assert row["after_inpatient_days"] == "297"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["open_inpatient_episodes"] == 3
    assert "next admission" in summary["conventions"]["inpatient_days"]


def test_triggers_say_how_open_episodes_are_closed(tmp_path: Path) -> None:
    contacts = _contacts(tmp_path, [
        f"{n};c-open;1.{n}.2023;;INPATIENT_EPISODE;SPECIALISED_HEALTH_CARE;A"
        for n in range(4, 10)])
    out = tmp_path / "out"
    result = run("triggers", contacts, "--as-of", "2024-03-31", "-o", out)
    assert result.exit_code == 0, result.output
    assert "6 inpatient episode(s) without end_date" in result.output
    document = json.loads((out / "candidates.json").read_text(encoding="utf-8"))
    assert "next admission" in document["inpatient_days_rule"]
    days = next(t for c in document["candidates"] for t in c["triggers"]
                if t["measure"] == "INPATIENT_DAYS")
    # Chained, they cover 1.4.2023 … 31.3.2024: the whole window and no more (was 1 037 + …).
    assert days["value"] == 366


@pytest.mark.parametrize(("text", "message"), [
    ("clients: !!python/object/apply:os.system ['true']\n", "YAML tag not allowed"),
    ("plan: &p {created_date: 2024-03-01, plan_status: ACTIVE}\n"
     "clients: [{id: c-1, care_plans: [*p]}]\n", "YAML anchors and aliases are not accepted"),
])
def test_records_yaml_tags_and_aliases_are_refused(tmp_path: Path, text: str,
                                                   message: str) -> None:
    path = tmp_path / "records.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("metrics", EXCEL, "--records", path, "-o", tmp_path / "o")
    assert result.exit_code == 2
    assert f"records.yaml: line 1: {message}" in result.output
    assert "UTF-8" not in result.output


def test_catalogue_alias_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text('a: &a ["x", "x"]\nb: &b [*a, *a]\nc: &c [*b, *b]\n'
                    "trigger_catalogue: [*c, *c]\n", encoding="utf-8")
    result = run("triggers", EXCEL, "--as-of", "2024-06-30", "-o", tmp_path / "o",
                 "--catalogue", path)
    assert result.exit_code == 2
    assert "bomb.yaml: line 1: YAML anchors and aliases are not accepted" in result.output


def _workbook(tmp_path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["id", "client_id", "contact_date", "contact_type", "sector"])
    sheet.append(["1", "c-1", date(2024, 1, 1), "EMERGENCY_VISIT", "EMERGENCY_CARE"])
    path = tmp_path / "plain.xlsx"
    workbook.save(path)
    return path


def _rewrite(source: Path, target: Path, part: str, change) -> Path:  # type: ignore[no-untyped-def]
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                          zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, change(data) if info.filename == part else data,
                         zipfile.ZIP_DEFLATED)
    return target


def test_xlsx_with_xml_entities_is_refused(tmp_path: Path) -> None:
    sheet = "xl/worksheets/sheet1.xml"
    path = _rewrite(_workbook(tmp_path), tmp_path / "xxe.xlsx", sheet, lambda data: (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>'
        + data.split(b"?>", 1)[-1]))
    result = run("triggers", path, "--as-of", "2024-06-30", "-o", tmp_path / "o")
    assert result.exit_code == 2
    assert "xxe.xlsx: workbook refused: XML entity declarations are not allowed" in result.output


def test_xlsx_zip_bomb_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = _workbook(tmp_path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", bytes(20 << 20))
    result = run("triggers", path, "--as-of", "2024-06-30", "-o", tmp_path / "o")
    assert result.exit_code == 2
    assert ("plain.xlsx: workbook refused as a possible zip bomb: a part is compressed"
            in result.output)


def test_mixed_encoding_csv_is_read_per_line_with_a_located_warning(tmp_path: Path) -> None:
    lines = [HEADER.encode("cp1252"),
             "1;c-1;1.1.2024;;EMERGENCY_VISIT;EMERGENCY_CARE;Äijälä\n".encode("cp1252"),
             "2;c-1;2.1.2024;;EMERGENCY_VISIT;EMERGENCY_CARE;Äijälä\n".encode(),
             "3;c-1;3.1.2024;;EMERGENCY_VISIT;EMERGENCY_CARE;Äijälä\n".encode("cp1252")]
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join(lines))
    records = _records(tmp_path, [{"id": "c-1", "care_plans": [
        {"created_date": "2024-01-01", "plan_status": "ACTIVE"}]}])
    result = run("metrics", path, "--records", records, "-o", tmp_path / "o", "--no-plot")
    assert result.exit_code == 0, result.output
    assert "mixed.csv: line 3: warning: the file mixes cp1252 and UTF-8 lines" in result.output
    # One professional, not two spellings of it: every line was decoded in its own encoding.
    assert rows(tmp_path / "o" / "client_measures.csv")["c-1"]["after_coc"] == "1"


def test_whoqol_raw_and_transformed_scores_with_reasons(tmp_path: Path) -> None:
    def answers(skip: set[int]) -> list[dict[str, int]]:
        return [{"item_number": i, "answer": 3} for i in range(1, 27) if i not in skip]

    contacts = _contacts(tmp_path, [
        "1;c-w;1.4.2024;;PRIMARY_CARE_VISIT;PRIMARY_HEALTH_CARE;A"])
    records = _records(tmp_path, [{"id": "c-w", "care_plans": PLAN, "whoqol_assessments": [
        {"timepoint": "BEFORE_PLAN", "assessment_date": "2024-02-01",
         "item_answers": answers(set(range(1, 8)))},       # 7 of 26 missing: discarded
        {"timepoint": "AFTER_PLAN", "assessment_date": "2024-09-01",
         "item_answers": answers({20, 21})}]}])             # social: 2 of 3 missing
    out = tmp_path / "out"
    result = run("metrics", contacts, "--records", records, "-o", out, "--client-json",
                 "--no-plot")
    assert result.exit_code == 0, result.output
    row = rows(out / "client_measures.csv")["c-w"]
    assert (row["after_whoqol_physical_4_20"], row["after_whoqol_physical_0_100"]) == ("12", "50")
    assert row["after_whoqol_physical_reason"] == ""
    assert row["after_whoqol_social_4_20"] == "" and row["after_whoqol_social_0_100"] == ""
    assert row["after_whoqol_social_reason"] == \
        "2 of 3 social items missing (at least 2 must be answered)"
    assert row["before_whoqol_physical_4_20"] == ""
    assert row["before_whoqol_physical_reason"].startswith(
        "assessment discarded: 7 of 26 items missing")
    client = json.loads((out / "client_measures.json").read_text(encoding="utf-8"))["clients"][0]
    assert client["whoqol_bref"]["AFTER_PLAN"]["physical"] == {
        "computable": True, "score_4_20": 12.0, "score_0_100": 50.0}
    assert client["whoqol_bref"]["AFTER_PLAN"]["social"]["computable"] is False
    assert client["whoqol_bref"]["BEFORE_PLAN"]["environment"]["not_computable_reason"] \
        .startswith("assessment discarded")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))["whoqol_bref"]
    assert summary["BEFORE_PLAN"]["assessments"] == 1
    assert summary["BEFORE_PLAN"]["domains"]["physical"][
        "not_computable_assessment_discarded"] == 1
    assert summary["AFTER_PLAN"]["domains"]["social"][
        "not_computable_too_few_domain_items"] == 1
    assert summary["AFTER_PLAN"]["domains"]["physical"]["computable"] == 1


def test_window_out_of_range_names_the_range(tmp_path: Path) -> None:
    result = run("metrics", EXCEL, "--records", RECORDS, "-o", tmp_path / "o",
                 "--window", "999999m")
    assert result.exit_code == 2
    assert "use 1–120 months" in result.output


HETU = "010190-999W"  # test range (individual number 900–999), correct check character


@pytest.mark.parametrize("command", ["triggers", "metrics"])
def test_henkilotunnus_as_client_id_is_refused_without_echo(tmp_path: Path,
                                                            command: str) -> None:
    contacts = _contacts(tmp_path, [
        "k-1;c-ok;1.1.2024;;EMERGENCY_VISIT;EMERGENCY_CARE;A",
        f"k-2;{HETU};2.1.2024;;EMERGENCY_VISIT;EMERGENCY_CARE;A"])
    records = _records(tmp_path, [{"id": "c-ok", "care_plans": PLAN}])
    out = tmp_path / "out"
    extra = ["--as-of", "2024-06-30"] if command == "triggers" else ["--records", records]
    result = run(command, contacts, "-o", out, *extra)
    assert result.exit_code == 1
    assert "c.csv: line 3, column client_id (B): client_id looks like a henkilötunnus" in result.output
    assert "client_id looks like a henkilötunnus" in result.output
    assert HETU not in result.output
    assert not out.exists()
    shown = run(command, contacts, "-o", out, *extra, "--show-values")
    assert shown.exit_code == 1 and f"'{HETU}'" in shown.output
