"""Rebuilds the broken/hostile corpus in this folder: `python tests/data/broken/make_corpus.py`.

Each file is small, synthetic and breaks a reader in one way. Several carry the marker
henkilötunnus below and a marker name, so tests can check that no message echoes them.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
HETU = "010150-990C"  # test range, wrong check character
NAME = "Salainen Henkilö Merkkinen"


def good_xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "ServiceContact"
    ws.append(["id", "client_id", "contact_date", "contact_type", "sector"])
    ws.append(["sc-1", "c-1", "2025-01-02", "PHONE_CONTACT", "PRIMARY_HEALTH_CARE"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def xlsx_with(replace: dict[str, bytes]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(good_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def files() -> dict[str, bytes]:
    client = {"id": "c-1", "henkilotunnus": HETU, "relatives": [{"id": "r1", "name": NAME,
                                                                  "relationship": "SPOUSE"}]}
    line = json.dumps(client, ensure_ascii=False)
    deep_json = b"[" * 100_000 + b"]" * 100_000
    sheet_xxe = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                 b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                 b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>'
                 b'</sheetData></worksheet>')
    wide = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c>'
            b'<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'
            b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>' + NAME.encode()
            + b'</t></is></c></row></sheetData></worksheet>')
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (48 << 20))
    valid_xlsx = good_xlsx()
    return {
        "empty.json": b"",
        "truncated.json": b'{"organisation": {"id": "o", "name": "' + NAME.encode() + b'"',
        "not_utf8.json": ('{"id": "c-1", "relatives": [{"name": "' + NAME + '"}]}')
        .encode("latin-1", "replace").replace(b"\xe4", b"\xff\xfe"),
        "deep_nesting.json": deep_json,
        "top_level_string.json": json.dumps(HETU).encode(),
        "nan_literal.json": b'{"id": "c-1", "birth_year": NaN}',
        "wrong_types_pii.json": json.dumps({"id": 5, "henkilotunnus": HETU, "birth_year": NAME,
                                            "segments": NAME}).encode(),
        "jsonl_bad_lines.jsonl": (line + "\n{not json " + HETU + "\n" + "[1,2]\n" + line
                                  + "\n").encode(),
        "jsonl_binary.jsonl": bytes(range(256)) * 8,
        "jsonl_deep.jsonl": deep_json[:5000] + b"\n",
        "yaml_python_tag.yaml": b"!!python/object/apply:os.system ['echo pwned']\n",
        "yaml_billion_laughs.yaml": (b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol"]\n'
                                     b"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                                     b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                                     b"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                                     b"e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"),
        "yaml_syntax.yaml": b"id: c-1\nname: [" + NAME.encode() + b"\n  - broken: : :\n",
        "yaml_deep.yaml": b"[" * 20_000 + b"]" * 20_000 + b"\n",
        "yaml_scalar.yaml": HETU.encode() + b"\n",
        "csv_bad_cells.csv": ("id,client_id,contact_date,contact_type,sector,urgent\n"
                              f"sc-1,c-1,31.02.2025,PHONE_CONTACT,PRIMARY_HEALTH_CARE,{NAME}\n"
                              ).encode(),
        "csv_unknown_column.csv": (f"id,client_id,contact_date,contact_type,sector,{HETU}\n"
                                   "sc-1,c-1,2025-01-02,PHONE_CONTACT,PRIMARY_HEALTH_CARE,x\n"
                                   ).encode(),
        "csv_empty.csv": b"",
        "csv_nul_bytes.csv": b"id,client_id\x00,contact_date\nsc-1\x00\x00,c-1,2025-01-02\n",
        "csv_huge_field.csv": (b"id,client_id,contact_date,contact_type,sector\nsc-1,"
                               + b"x" * 300_000 + b",2025-01-02,PHONE_CONTACT,SOCIAL_WELFARE\n"
                               b"sc-2,c-2,2025-01-02,PHONE_CONTACT,SOCIAL_WELFARE\n"),
        "csv_mixed_encoding.csv": ("id;client_id;contact_date;contact_type;sector;unit_id\n"
                                   "sc-1;c-1;2025-01-02;PHONE_CONTACT;SOCIAL_WELFARE;Äänekoski\n"
                                   ).encode()
        + "sc-2;c-2;2025-01-02;PHONE_CONTACT;SOCIAL_WELFARE;Ähtäri\n".encode("cp1252"),
        "csv_unclosed_quote.csv": (b'id,client_id,contact_date,contact_type,sector\n'
                                   b'sc-1,"c-1,2025-01-02,PHONE_CONTACT,SOCIAL_WELFARE\n'),
        "csv_extra_cells.csv": (b"id,client_id,contact_date,contact_type,sector\n"
                                b"sc-1,c-1,2025-01-02,PHONE_CONTACT,SOCIAL_WELFARE,"
                                + NAME.encode() + b"\n"),
        "xlsx_not_zip.xlsx": b"this is not a workbook " + NAME.encode(),
        "xlsx_truncated.xlsx": valid_xlsx[: len(valid_xlsx) // 2],
        "xlsx_zip_bomb.xlsx": bomb.getvalue(),
        "xlsx_xxe.xlsx": xlsx_with({"xl/worksheets/sheet1.xml": sheet_xxe}),
        "xlsx_wide_dimension.xlsx": xlsx_with({"xl/worksheets/sheet1.xml": wide}),
        "xlsx_empty_zip.xlsx": _empty_zip(),
        "unknown_extension.bin": b"\x00\x01\x02garbage",
    }


def _empty_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "no workbook here")
    return buf.getvalue()


if __name__ == "__main__":
    for name, data in files().items():
        (HERE / name).write_bytes(data)
    print(f"{len(files())} files")
