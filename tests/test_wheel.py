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
