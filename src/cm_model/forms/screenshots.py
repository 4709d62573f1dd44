"""Handbook pictures of the forms, as LibreOffice prints them.

Run `python -m cm_model.forms.screenshots`.

Each form is pre-filled with a few synthetic clients, every sheet but one showcase sheet is
hidden, LibreOffice (headless) prints it to PDF and `pdftoppm` turns the first page into
docs/<lang>/forms/<form>.png. Needs `soffice` and `pdftoppm` (Debian: libreoffice-calc-nogui,
poppler-utils); not part of `cm-model generate`, since the pixels depend on the fonts installed.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

# The sheet that shows each moment best (by path inside a Client).
SHOWCASE = {
    "identification": "observed_triggers",
    "assignment": "assignments",
    "care_plan": "care_plans.goals",
    "cm_hoi": "cm_hoi_entries",
    "outcomes": "whoqol_assessments.item_answers",
}


def _showcase_workbook(form_id: str, lang: str) -> bytes:
    import openpyxl

    from cm_model import synth
    from cm_model.forms.definitions import form_by_id
    from cm_model.forms.layout import form_layout
    from cm_model.forms.schema_view import current_view
    from cm_model.forms.writer import fill_form

    clients = [synth.client(i, 5) for i in range(4)]
    data, _ = fill_form(form_id, clients, lang)
    layout = form_layout(current_view(), form_by_id(form_id))
    wanted = layout.sheet(SHOWCASE[form_id]).names[lang]
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for ws in wb.worksheets:
        ws.sheet_state = "visible" if ws.title == wanted else "hidden"
    wb.active = wb.sheetnames.index(wanted)
    target = wb[wanted]
    target.print_area = f"A2:{openpyxl.utils.get_column_letter(target.max_column)}12"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def render_png(form_id: str, lang: str, target: Path, dpi: int = 150) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / f"{form_id}.xlsx"
        xlsx.write_bytes(_showcase_workbook(form_id, lang))
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "pdf", "--outdir", tmp, str(xlsx)],
            check=True, capture_output=True, timeout=180,
        )
        stem = Path(tmp) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
             str(xlsx.with_suffix(".pdf")), str(stem)],
            check=True, capture_output=True, timeout=120,
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        _crop(stem.with_suffix(".png"), target)


def _crop(source: Path, target: Path, margin: int = 16) -> None:
    """Cut the empty page around the printed cells (Pillow comes with matplotlib)."""
    from PIL import Image, ImageChops

    image = Image.open(source).convert("RGB")
    background = Image.new("RGB", image.size, (255, 255, 255))
    box = ImageChops.difference(image, background).getbbox()
    if box:
        left, top, right, bottom = box
        image = image.crop((max(left - margin, 0), max(top - margin, 0),
                            min(right + margin, image.width), min(bottom + margin, image.height)))
    image.save(target, optimize=True)


def main() -> None:
    from cm_model.forms.definitions import FORMS
    from cm_model.paths import repo_root

    root = repo_root() or Path.cwd()
    for spec in FORMS:
        for lang in ("fi", "en"):
            target = root / "docs" / lang / "forms" / f"{spec.id}.png"
            render_png(spec.id, lang, target)
            print(f"wrote {target.relative_to(root)}")


if __name__ == "__main__":
    main()
