"""Handbook pictures of the forms, as LibreOffice Calc shows them on screen.

Run `make screenshots` (or `python -m cm_model.forms.screenshots [--forms ID …] [--langs …]`).

Each form is pre-filled with a few synthetic clients and opened in LibreOffice Calc on a
virtual screen (Xvfb). xdotool selects a cell of a dropdown column on the sheet that shows the
moment best — Calc then shows the column's input prompt — and opens the dropdown (Alt+Down);
ImageMagick's `import` takes the picture, which goes to docs/<lang>/forms/<form>.png as a
256-colour PNG. So a picture shows what a nurse sees: the sheet tabs, the headings, the grey
example row, an open list and the prompt.

Each PNG carries the digest of what it shows (the pre-filled form's bytes, the sheet and cell,
the screen size) in a text chunk: a run re-renders only the pictures whose form changed
(`--force` renders all; `--check` lists stale pictures and exits 1).

Needs the Debian packages libreoffice-calc, xvfb, xdotool, imagemagick and
fonts-crosextra-carlito (Calibri's metrics); `make screenshots` installs the missing ones. Not
part of `cm-model generate` or `make test`: the pixels depend on the fonts and the LibreOffice
version installed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

LANGS = ("fi", "sv", "en")
SCREEN = (1280, 600)  # the window fills the screen: toolbars, about 15 rows and the sheet tabs
DISPLAY = ":97"
NAME_BOX = (60, 88)  # Calc's Name Box at the default toolbar layout (gen VCL plug-in)
TOOLS = ("soffice", "Xvfb", "xdotool", "import")
DIGEST_KEY = "cm-model-source"
RENDERING = "1"  # bump when the way pictures are taken changes: every picture is re-rendered


@dataclass(frozen=True)
class Shot:
    sheet: str  # path of the sheet inside a Client
    column: str  # field path of the dropdown column to open


# The sheet that shows each moment best, and the list opened on it.
SHOTS = {
    "identification": Shot("observed_triggers", "trigger_code"),
    "assignment": Shot("assignments", "role"),
    "care_plan": Shot("care_plans.goals", "goal_status"),
    "cm_hoi": Shot("cm_hoi_entries", "phase"),
    "outcomes": Shot("whoqol_assessments", "item_answers.1"),
}
SELECTED_ROW_OFFSET = 2
# The synthetic clients' free texts are Finnish; the Swedish and English pictures show them in
# the picture's language (goals are the only free text on the showcase sheets).
_GOALS = {
    "Pärjään kotona ilman päivystyskäyntejä.": (
        "Jag klarar mig hemma utan jourbesök.", "I manage at home without emergency visits."),
    "Minulla on yksi nimetty yhteyshenkilö.": (
        "Jag har en namngiven kontaktperson.", "I have one named contact person."),
    "Pääsen päihdekuntoutukseen ja pysyn siinä.": (
        "Jag kommer in på missbrukarrehabilitering och stannar kvar.",
        "I get into substance-abuse rehabilitation and stay in it."),
    "Arki sujuu ja uni paranee.": (
        "Vardagen fungerar och sömnen blir bättre.", "Daily life works and sleep improves."),
    "Löydän opiskelupaikan syksyksi.": (
        "Jag hittar en studieplats till hösten.", "I find a place to study for the autumn."),
    "Kipu pysyy hallinnassa.": ("Smärtan hålls under kontroll.", "The pain stays under control."),
}


def _in_language(client: dict, lang: str) -> dict:
    if lang == "fi":
        return client
    for plan in client.get("care_plans") or []:
        for goal in plan.get("goals") or []:
            pair = _GOALS.get(goal.get("goal_text", ""))
            if pair:
                goal["goal_text"] = pair[0] if lang == "sv" else pair[1]
    return client  # the third data row: rows above and below it show filled data

_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse">
<value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse">
<value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="LastTimeDonateShown" oor:op="fuse">
<value>9999999999</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product">
<prop oor:name="LastTimeGetInvolvedShown" oor:op="fuse"><value>9999999999</value></prop></item>
</oor:items>
"""


def showcase_workbook(form_id: str, lang: str) -> tuple[bytes, str]:
    """The form pre-filled with synthetic clients, opened on the showcase sheet; and the cell
    (A1 style) to select."""
    data, cell, _ = _showcase(form_id, lang)
    return data, cell


def source_digest(form_id: str, lang: str) -> str:
    """What a picture depends on: the filled form (deterministic bytes), sheet, cell, screen."""
    _, cell, filled = _showcase(form_id, lang)
    shot = SHOTS[form_id]
    key = f"{RENDERING}|{shot.sheet}|{cell}|{SCREEN[0]}x{SCREEN[1]}|".encode()
    return hashlib.sha256(key + filled).hexdigest()


def is_current(target: Path, digest: str) -> bool:
    from PIL import Image

    if not target.is_file():
        return False
    try:
        with Image.open(target) as image:
            return getattr(image, "text", {}).get(DIGEST_KEY) == digest
    except OSError:
        return False


def _showcase(form_id: str, lang: str) -> tuple[bytes, str, bytes]:
    import openpyxl
    from openpyxl.utils import get_column_letter

    from cm_model import synth
    from cm_model.forms.definitions import form_by_id
    from cm_model.forms.layout import form_layout
    from cm_model.forms.render import FIRST_DATA_ROW, deterministic_zip
    from cm_model.forms.schema_view import current_view
    from cm_model.forms.writer import fill_form

    clients = [_in_language(synth.client(i, 5), lang) for i in range(6)]
    data, _ = fill_form(form_id, clients, lang)
    shot = SHOTS[form_id]
    sheet = form_layout(current_view(), form_by_id(form_id)).sheet(shot.sheet)
    column = [c.path for c in sheet.columns].index(shot.column) + 1
    cell = f"{get_column_letter(column)}{FIRST_DATA_ROW + SELECTED_ROW_OFFSET}"
    wb = openpyxl.load_workbook(io.BytesIO(data))
    wanted = wb[sheet.names[lang]]
    wb.active = wb.sheetnames.index(wanted.title)
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws is wanted
    out = io.BytesIO()
    wb.save(out)
    return deterministic_zip(out.getvalue()), cell, data


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*args: str, env: dict[str, str], timeout: float = 30) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)
    return done.stdout


def _wait_for_window(title: str, env: dict[str, str], timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _run("xdotool", "search", "--name", title, env=env).split()
        if found:
            return found[-1]
        time.sleep(0.5)
    raise RuntimeError(f"LibreOffice did not open a window named {title!r} in {timeout:.0f} s")


def render_png(form_id: str, lang: str, target: Path, env: dict[str, str],
               digest: str = "") -> None:
    """Open one pre-filled form in Calc, open its dropdown and save the screen as a PNG."""
    with tempfile.TemporaryDirectory(prefix="cm-shot-") as tmp:
        work = Path(tmp)
        (work / "profile" / "user").mkdir(parents=True)
        (work / "profile" / "user" / "registrymodifications.xcu").write_text(_PROFILE, "utf-8")
        data, cell = showcase_workbook(form_id, lang)
        xlsx = work / f"{form_id}_{lang}.xlsx"
        xlsx.write_bytes(data)
        office = subprocess.Popen(
            ["soffice", "--norestore", "--nologo", "--nodefault", "--calc",
             f"-env:UserInstallation=file://{work / 'profile'}", str(xlsx)],
            env={**env, "SAL_USE_VCLPLUGIN": "gen"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        try:
            window = _wait_for_window(xlsx.stem, env)
            _run("xdotool", "windowmove", window, "0", "0", env=env)
            _run("xdotool", "windowsize", window, str(SCREEN[0]), str(SCREEN[1]), env=env)
            time.sleep(4)  # let Calc lay out the sheet at the new size
            _run("xdotool", "windowactivate", "--sync", window, env=env)
            _run("xdotool", "mousemove", str(NAME_BOX[0]), str(NAME_BOX[1]), "click", "1",
                 env=env)
            time.sleep(0.5)
            _run("xdotool", "type", "--delay", "60", cell, env=env)
            _run("xdotool", "key", "Return", env=env)
            time.sleep(1.5)  # the input prompt shows once the cell is selected
            _run("xdotool", "key", "alt+Down", env=env)
            time.sleep(1.5)
            raw = work / "screen.png"
            subprocess.run(["import", "-window", "root", str(raw)], env=env, check=True,
                           capture_output=True, timeout=60)
            _save_small(raw, target, digest)
        finally:
            os.killpg(office.pid, 15)
            try:
                office.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(office.pid, 9)
                office.wait(timeout=10)


def _save_small(source: Path, target: Path, digest: str) -> None:
    """The screen as a 256-colour PNG (about 35 KB) that names what it shows."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    image = Image.open(source).convert("RGB").crop((0, 0, SCREEN[0], SCREEN[1]))
    info = PngInfo()
    info.add_text(DIGEST_KEY, digest)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(
        partial, format="PNG", optimize=True, pnginfo=info)
    partial.replace(target)  # never a half-written picture


def main(argv: list[str] | None = None) -> int:
    from cm_model.forms.definitions import FORMS
    from cm_model.paths import repo_root

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--forms", nargs="*", default=[f.id for f in FORMS])
    parser.add_argument("--langs", nargs="*", default=list(LANGS))
    parser.add_argument("--force", action="store_true", help="re-render every picture")
    parser.add_argument("--check", action="store_true",
                        help="list the pictures whose form changed; exit 1 if any")
    args = parser.parse_args(argv)
    root = repo_root() or Path.cwd()
    todo: list[tuple[str, str, Path, str]] = []
    for form_id in args.forms:
        for lang in args.langs:
            target = root / "docs" / lang / "forms" / f"{form_id}.png"
            digest = source_digest(form_id, lang)
            if args.force or not is_current(target, digest):
                todo.append((form_id, lang, target, digest))
    if args.check:
        for _, _, target, _ in todo:
            print(f"stale: {target.relative_to(root)} (run `make screenshots`)")
        return 1 if todo else 0
    if not todo:
        print("every picture shows the current forms")
        return 0
    missing = missing_tools()
    if missing:
        print(f"missing programs: {', '.join(missing)} (run `make screenshots`, which installs "
              "libreoffice-calc, xvfb, xdotool, imagemagick and fonts-crosextra-carlito)")
        return 2
    env = {**os.environ, "DISPLAY": DISPLAY}
    screen = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.5)
        for form_id, lang, target, digest in todo:
            render_png(form_id, lang, target, env, digest)
            size = target.stat().st_size // 1024
            print(f"wrote {target.relative_to(root)} ({size} KB)")
    finally:
        screen.terminate()
        screen.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
