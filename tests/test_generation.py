"""`cm-model generate` is deterministic and `--check` catches hand edits."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(sys.executable).parent / "cm-model"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_committed_artifacts_match_the_schema():
    result = run("generate", "--check")
    assert result.returncode == 0, result.stderr


def test_check_names_a_hand_edited_file(tmp_path: Path):
    # Work on a copy of the checkout so the real tree is never touched.
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".venv", ".git", "site", "node_modules", ".hypothesis", "benchmarks", "__pycache__"))
    target = copy / "src" / "cm_model" / "datamodel" / "cm_model.schema.json"
    target.write_text(target.read_text(encoding="utf-8").replace("Export", "Exprot", 1), encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from cm_model import generation; "
        "d = generation.check(Path(sys.argv[1])); print('\\n'.join(f'{x.reason}: {x.path}' for x in d)); "
        "sys.exit(1 if d else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(copy)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 1
    assert "differs: src/cm_model/datamodel/cm_model.schema.json" in result.stdout


def test_two_runs_give_identical_bytes():
    from cm_model import generation

    assert generation.build_all(ROOT) == generation.build_all(ROOT)


def test_generated_files_carry_the_mark():
    for rel in ("src/cm_model/datamodel/cm_model.py", "src/cm_model/datamodel/cm_model.schema.json"):
        assert "do not edit" in (ROOT / rel).read_text(encoding="utf-8")[:400]


def test_version_prints_package_and_schema_versions():
    result = run("--version")
    assert result.returncode == 0
    from cm_model import schema_version

    assert "cm-model" in result.stdout and f"schema {schema_version()}" in result.stdout
