"""Rebuild the form fixtures in this folder: `python tests/data/forms/make_fixtures.py`.

Needs LibreOffice (`soffice`) for the re-saved forms; everything is synthetic. The fixtures are
committed, so the tests never need LibreOffice themselves.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))

from cm_model import synth  # noqa: E402
from cm_model.forms.render import deterministic_zip  # noqa: E402
from cm_model.forms.writer import fill_form  # noqa: E402

CLIENTS = [synth.client(i, 11) for i in range(3)]


def _typed_edits(data: bytes, edits: dict[tuple[str, str], object]) -> bytes:
    """Type values into cells the way a person would (strings, not typed cells)."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    for (sheet, cell), value in edits.items():
        wb[sheet][cell].value = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _fi_date(iso: str) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    return f"{day}.{month}.{year}"


def _libreoffice_resave(data: bytes, name: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in" / name
        source.parent.mkdir()
        source.write_bytes(data)
        outdir = Path(tmp) / "out"
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "xlsx", "--outdir", str(outdir), str(source)],
            check=True, capture_output=True, timeout=180,
        )
        return (outdir / name).read_bytes()


def _zip_with(parts: dict[str, bytes], base: bytes) -> bytes:
    """`base` workbook with some parts replaced (or added)."""
    src = zipfile.ZipFile(io.BytesIO(base))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in src.namelist():
            target.writestr(name, parts.pop(name, src.read(name)))
        for name, content in parts.items():
            target.writestr(name, content)
    return deterministic_zip(out.getvalue())


def main() -> None:
    # The records behind every fixture, so tests compare with them without re-running synth.
    (HERE / "clients.json").write_text(
        json.dumps(CLIENTS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    identification, _ = fill_form("identification", CLIENTS, "fi")
    care_plan, _ = fill_form("care_plan", CLIENTS, "fi")

    # A form a person filled in: Finnish dates typed as text, a comma decimal, stray spaces,
    # a code instead of a label, an English label in the Finnish form; then LibreOffice saved it.
    plan = CLIENTS[0]["care_plans"][0]
    goal = plan["goals"][0]
    typed = _typed_edits(care_plan, {
        ("Yhteiset asiakassuunnitelmat", "C4"): f" {_fi_date(plan['created_date'])} ",
        ("Tavoitteet", "D4"): goal["goal_status"].lower(),
        ("Tavoitteet", "E4"): _fi_date(goal["set_date"]),
        ("Yhteiset asiakassuunnitelmat", "G4"):
            f"  {plan['review_schedule']['review_interval_weeks']} ",
    })
    (HERE / "filled_care_plan_fi.xlsx").write_bytes(typed)
    (HERE / "filled_identification_fi.xlsx").write_bytes(identification)
    if shutil.which("soffice"):
        (HERE / "filled_care_plan_fi_libreoffice.xlsx").write_bytes(
            _libreoffice_resave(typed, "filled_care_plan_fi.xlsx"))
        (HERE / "filled_identification_fi_libreoffice.xlsx").write_bytes(
            _libreoffice_resave(identification, "filled_identification_fi.xlsx"))

    # Hostile and damaged workbooks.
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(identification))
    wb["Havaitut herätteet"]["C4"].value = '=HYPERLINK("http://example.invalid","x")'
    wb["Asiakas"]["C5"].value = "=1+1"
    buf = io.BytesIO()
    wb.save(buf)
    (HERE / "hostile_formulas.xlsx").write_bytes(deterministic_zip(buf.getvalue()))

    wb = openpyxl.load_workbook(io.BytesIO(identification))
    wb["Asiakas"]["B2"].value = "Hetu tai jotain muuta"
    wb["Asiakas"]["I2"].value = "Omat muistiinpanot"  # the first column after the form's (0.2.0)
    wb["Asiakas"]["I4"].value = "muistiinpano"
    wb.create_sheet("Taulukko1")["A1"].value = "tietoja, joita lomake ei tunne"
    buf = io.BytesIO()
    wb.save(buf)
    (HERE / "hostile_renamed_column_extra_sheet.xlsx").write_bytes(
        deterministic_zip(buf.getvalue()))

    # A value far away (column XFD, last row): must be reported, and must not make the reader
    # pad every row to 16 384 cells or walk a million empty rows slowly.
    wb = openpyxl.load_workbook(io.BytesIO(identification))
    wb["Asiakas"]["XFD4"].value = "kaukana"
    wb["Asiakas"]["A1048576"].value = "c-far"
    buf = io.BytesIO()
    wb.save(buf)
    (HERE / "hostile_far_cells.xlsx").write_bytes(deterministic_zip(buf.getvalue()))

    bomb_entities = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    (HERE / "hostile_entity_bomb.xlsx").write_bytes(
        _zip_with({"xl/sharedStrings.xml": bomb_entities}, identification))

    # 600 MB of zeros in one part: about 600 kB compressed.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        src = zipfile.ZipFile(io.BytesIO(identification))
        for name in src.namelist():
            if name != "xl/worksheets/sheet2.xml":
                target.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), src.read(name))
        info = zipfile.ZipInfo("xl/worksheets/sheet2.xml", (2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w", force_zip64=True) as handle:
            chunk = b"\0" * (1 << 20)
            for _ in range(600):
                handle.write(chunk)
    (HERE / "hostile_zip_bomb.xlsx").write_bytes(out.getvalue())

    (HERE / "hostile_not_a_zip.xlsx").write_bytes(b"Nimi;Hetu\nMaija;010190-900P\n")
    (HERE / "hostile_truncated.xlsx").write_bytes(identification[: len(identification) // 2])

    plain = openpyxl.Workbook()
    plain.active.append(["id", "birth_year"])
    plain.active.append(["c-1", 1970])
    buf = io.BytesIO()
    plain.save(buf)
    (HERE / "plain_workbook_not_a_form.xlsx").write_bytes(deterministic_zip(buf.getvalue()))


if __name__ == "__main__":
    main()
