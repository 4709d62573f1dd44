"""The package works when installed from a wheel: schema and generated files ship as package data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cm_model.schema_info import load_schema_dict

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_schema_and_generated_files(tmp_path: Path):
    wheel_dir, target = tmp_path / "wheel", tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "-w", str(wheel_dir), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next(wheel_dir.glob("cm_model-*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    # Run from outside the checkout with the wheel's copy first on the path.
    probe = (
        "import cm_model, json, pathlib\n"
        "from cm_model.paths import schema_path, JSON_SCHEMA_PATH, repo_root\n"
        "assert repo_root() is None\n"
        f"assert str(pathlib.Path(cm_model.__file__)).startswith({str(target)!r})\n"
        "assert schema_path().is_file() and JSON_SCHEMA_PATH.is_file()\n"
        "from cm_model.datamodel.cm_model import Export\n"
        "print(cm_model.schema_version())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == load_schema_dict()["version"]  # the wheel's schema is ours


# Imports of the LinkML toolchain fail in the probe below, as in `pip install cm-model` (the
# toolchain is the `generate` extra): validate and forms import must not need it.
NO_LINKML = """
import sys
class _Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("linkml", "linkml_runtime"):
            raise ImportError(f"{name} is not installed (the generate extra)")
        return None
sys.meta_path.insert(0, _Refuse())
"""


def test_validate_and_forms_import_run_without_linkml(tmp_path: Path):
    wheel_dir, target = tmp_path / "wheel", tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "-w", str(wheel_dir), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next(wheel_dir.glob("cm_model-*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    metadata = next(target.glob("cm_model-*.dist-info")) / "METADATA"
    requires = [line for line in metadata.read_text(encoding="utf-8").splitlines()
                if line.startswith("Requires-Dist:") and "linkml" in line]
    assert requires and all("extra == 'generate'" in line for line in requires), requires
    env = {**os.environ, "PYTHONPATH": str(target)}
    runs = [
        ["validate", str(ROOT / "examples/valid")],
        ["forms", "import", str(ROOT / "tests/data/forms/filled_identification_fi.xlsx"),
         "-o", str(tmp_path / "records.jsonl")],
    ]
    for args in runs:
        code = NO_LINKML + f"sys.argv = ['cm-model', *{args!r}]\nfrom cm_model.cli import main\nmain()\n"
        result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
        assert "Traceback" not in result.stderr
    assert (tmp_path / "records.jsonl").read_text(encoding="utf-8").count("\n") >= 1
    generate = subprocess.run([sys.executable, "-c", NO_LINKML + "sys.argv = ['cm-model', "
                               "'generate', '--check']\nfrom cm_model.cli import main\nmain()\n"],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert generate.returncode == 2 and "generate" in generate.stderr
