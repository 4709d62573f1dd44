"""Writes the broken-input corpus of `triggers`/`metrics` (contacts, records) and `forms import`.

    .venv/bin/python tests/data/broken_inputs/make_corpus.py

Every file is wrong in one way a real export or filled form can be; each must give a located
error and a non-zero exit, never a traceback, and never echo the planted personal data
(SECRETS in tests/test_io_corpus.py).
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
FORMS = HERE.parent / "forms"
HETU = "010150-990C"
HEADER = "id;client_id;contact_date;end_date;contact_type;sector\n"
GOOD = "k-{n};c-1;2024-01-0{n};;EMERGENCY_VISIT;EMERGENCY_CARE\n"


def text(name: str, body: str | bytes) -> None:
    data = body.encode("utf-8") if isinstance(body, str) else body
    (HERE / name).write_bytes(data)


def workbook(name: str, sheets: dict[str, list[list[object]]], formats: dict | None = None,
             hidden: tuple[str, ...] = ()) -> None:
    from cm_model.forms.render import deterministic_zip

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        sheet = wb.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if title in hidden:
            sheet.sheet_state = "hidden"
    for (title, cell), number_format in (formats or {}).items():
        wb[title][cell].number_format = number_format
    wb.properties.created = wb.properties.modified = datetime(2024, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    (HERE / name).write_bytes(deterministic_zip(buf.getvalue()))


def form(name: str, edits: dict[tuple[str, str], object], formats: dict | None = None) -> None:
    from cm_model.forms.render import deterministic_zip

    wb = openpyxl.load_workbook(FORMS / "filled_identification_fi.xlsx")
    for (title, cell), value in edits.items():
        wb[title][cell].value = value
    for (title, cell), number_format in (formats or {}).items():
        wb[title][cell].number_format = number_format
    wb.properties.created = wb.properties.modified = datetime(2024, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    (HERE / name).write_bytes(deterministic_zip(buf.getvalue()))


def contacts() -> None:
    text("contacts_misspelled_column.csv", HEADER.replace("end_date", "discharge_date")
         + GOOD.format(n=1))
    text("contacts_duplicate_ids.csv", HEADER + GOOD.format(n=1) * 4)
    text("contacts_hetu_in_id.csv", HEADER + GOOD.format(n=1).replace("k-1", HETU))
    text("contacts_hetu_as_client.csv", HEADER + GOOD.format(n=1).replace("c-1", HETU))
    text("contacts_time_in_date.csv", HEADER + GOOD.format(n=1).replace("2024-01-01",
                                                                         "1.3.2024 14:05"))
    text("contacts_year_9999.csv", HEADER + GOOD.format(n=1).replace("2024-01-01",
                                                                      "9999-12-31"))
    text("contacts_year_0001.csv", HEADER + GOOD.format(n=1).replace("2024-01-01",
                                                                      "0001-01-01"))
    text("contacts_no_header_match.csv", "foo;bar\n1;2\n")
    row = {"id": "k-1", "client_id": [HETU], "contact_date": "2024-01-02",
           "contact_type": "EMERGENCY_VISIT", "sector": "EMERGENCY_CARE"}
    text("contacts_hetu_in_list.jsonl", json.dumps(row) + "\n")
    text("contacts_duplicate_key.jsonl",
         '{"id": "k-1", "client_id": "c-1", "client_id": "Salainen", "contact_date": '
         '"2024-01-02", "contact_type": "EMERGENCY_VISIT", "sector": "EMERGENCY_CARE"}\n')
    text("contacts_duplicate_key.json",
         '{"service_contacts": [{"id": "k-1"}], "service_contacts": []}')
    text("contacts_unknown_key.jsonl", json.dumps({**row, "client_id": "c-1",
                                                   "discharge_date": "2024-01-09"}) + "\n")
    header = HEADER.strip().split(";")
    workbook("contacts_serial_60.xlsx", {"Kontaktit": [header, ["k-1", "c-1", 60, None,
                                                                "EMERGENCY_VISIT",
                                                                "EMERGENCY_CARE"]]},
             formats={("Kontaktit", "C2"): "DD.MM.YYYY"})
    workbook("contacts_negative_serial.xlsx", {"Kontaktit": [header, ["k-1", "c-1", -5, None,
                                                                      "EMERGENCY_VISIT",
                                                                      "EMERGENCY_CARE"]]},
             formats={("Kontaktit", "C2"): "DD.MM.YYYY"})
    workbook("contacts_duplicate_across_sheets.xlsx", {
        "Tammikuu": [header, ["k-1", "c-1", "2024-01-02", None, "EMERGENCY_VISIT",
                              "EMERGENCY_CARE"]],
        "Helmikuu": [header, ["k-1", "c-1", "2024-02-02", None, "EMERGENCY_VISIT",
                              "EMERGENCY_CARE"]]})
    workbook("contacts_only_hidden_sheet.xlsx", {
        "Ohje": [["Kontaktit ovat piilotetulla välilehdellä"]],
        "Piilo": [header, ["k-1", "c-1", "2024-01-02", None, "EMERGENCY_VISIT",
                           "EMERGENCY_CARE"]]}, hidden=("Piilo",))


def records() -> None:
    plan = [{"created_date": "2024-03-01", "plan_status": "ACTIVE"}]
    text("records_duplicate_clients.json",
         '{"clients": [{"id": "c-1"}], "clients": []}')
    text("records_plan_year_9999.json", json.dumps({"clients": [{"id": "c-1", "care_plans": [
        {"created_date": "9999-12-31", "plan_status": "ACTIVE"}]}]}))
    text("records_impossible_yaml_date.yaml", "clients:\n  - id: c-1\n    care_plans:\n"
         "      - created_date: 2026-02-30\n        plan_status: ACTIVE\n")
    text("records_duplicate_yaml_key.yaml", "clients:\n  - id: c-1\n    id: Salainen\n")
    text("records_duplicate_key.jsonl", '{"id": "c-1", "id": "Salainen"}\n')
    text("records_bad_export_time.json", json.dumps({"export_time": "9999-12-31T23:59:59Z",
                                                     "clients": [{"id": "c-1",
                                                                  "care_plans": plan}]}))
    text("records_python_tag.yaml", "clients: !!python/object/apply:os.system ['pwned']\n")


def forms() -> None:
    form("form_tampered_meta_rows.xlsx", {("_cm_meta", "C9"): 100000})
    form("form_tampered_meta_sheet.xlsx", {("_cm_meta", "B10"): "Salainen"})
    form("form_serial_60.xlsx", {("Havaitut herätteet", "D4"): 60},
         formats={("Havaitut herätteet", "D4"): "DD.MM.YYYY"})
    form("form_serial_negative.xlsx", {("Havaitut herätteet", "D4"): -5},
         formats={("Havaitut herätteet", "D4"): "DD.MM.YYYY"})
    form("form_serial_far_future.xlsx", {("Havaitut herätteet", "D4"): 3_000_000},
         formats={("Havaitut herätteet", "D4"): "DD.MM.YYYY"})
    form("form_huge_integer.xlsx", {("Asiakas", "C4"): 10**30})
    form("form_year_9999_text.xlsx", {("Havaitut herätteet", "D4"): "31.12.9999"})
    copied = {("Asiakas", f"H{r}"): None for r in range(1, 7)}
    copied.update({("Asiakas", "H1"): "cm:id", ("Asiakas", "H2"): "Tunniste *",
                   ("Asiakas", "H4"): "Salainen"})
    form("form_code_row_copied.xlsx", copied)
    orphans = {}
    for row in range(4, 400):
        orphans[("Asiakassegmentit", f"A{row}")] = f"missing-{row}"
        orphans[("Asiakassegmentit", f"B{row}")] = "PPT"
    form("form_many_orphans.xlsx", orphans)


if __name__ == "__main__":
    contacts()
    records()
    forms()
