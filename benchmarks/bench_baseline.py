"""`cm-model validate` today against the 0.1.0 validator, on the same clients (issue 10).

    .venv/bin/python benchmarks/bench_baseline.py [--n 30000] [--runs 3]

Issue 10 replaced 0.1.0's hand-written fast path by rule facts declared on the rules and tables
derived from the schema, and asked to keep the speed. Schema 0.2.0 changed the records, so the
comparison needs the same clients in both shapes:

1. the 0.1.0 source is taken from git (`git archive` of the commit below) into benchmarks/out/;
2. its own `synth` writes N synthetic clients (schema 0.1.0);
3. today's `cm-model migrate` turns them into 0.2.0 records (the same clients and facts);
4. each validator checks its file with `--jobs 1`, in fresh processes, `--runs` times; the
   least CPU time of each is printed (CPU time is far less sensitive to other load).

0.1.0 did not look for duplicate keys in JSON (issue 9 added that check, with its own budget of
at most 10 % of validation time), so its cost is measured on the same file and shown apart.
The 0.1.0 code runs with this checkout's virtual environment (its dependencies are a subset).
Data goes to benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tarfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
PY = sys.executable
CM = str(Path(PY).parent / "cm-model")
BASELINE = "4d451d9"  # "CHANGELOG: the tools of 0.1.0": the last commit of 0.1.0


def baseline_source(commit: str) -> Path:
    """The 0.1.0 package source (src/), unpacked once from git."""
    target = OUT / f"baseline-{commit}"
    if not (target / "src" / "cm_model").is_dir():
        done = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"],
                              capture_output=True)
        if done.returncode != 0:
            raise SystemExit(f"the 0.1.0 source ({commit}) is not in this checkout's git "
                             "history (a clone of the repository is needed)")
        archive = done.stdout
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(target, filter="data")
    return target / "src"


def cpu_of(args: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run `args` in a fresh process; its wall and CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])}: exit {done.returncode}\n{done.stderr[-1500:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"wall": wall, "cpu": cpu, "out": done.stdout}


VALIDATE = ("from cm_model.validation import validate; import sys, json; "
            "r = validate([sys.argv[1]], jobs=1); print(json.dumps([r.records, r.errors]))")
PARSE = ("import orjson, sys\n"
         "for line in open(sys.argv[1], 'rb'):\n"
         "    orjson.loads(line)\n")
DUPCHECK = ("import orjson, sys\n"
            "from cm_model.io.duplicates import find_duplicate_key, may_have_duplicates\n"
            "for line in open(sys.argv[1], 'rb'):\n"
            "    value = orjson.loads(line)\n"
            "    if may_have_duplicates(line, value):\n"
            "        find_duplicate_key(line)\n")


def best(args: list[str], runs: int, env: dict[str, str] | None = None) -> dict[str, float]:
    results = [cpu_of(args, env) for _ in range(runs)]
    return min(results, key=lambda r: r["cpu"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--commit", default=BASELINE)
    opts = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    old_src = baseline_source(opts.commit)
    old_env = {**os.environ, "PYTHONPATH": str(old_src)}
    old_file = OUT / f"baseline-clients-{opts.n}-0.1.0.jsonl"
    new_file = OUT / f"baseline-clients-{opts.n}-0.2.0.jsonl"
    if not old_file.exists():
        subprocess.run([CM, "synth", "--n", str(opts.n), "--seed", "1", "--format", "jsonl",
                        "-o", str(old_file)], check=True, env=old_env, capture_output=True)
    if not new_file.exists():
        subprocess.run([CM, "migrate", str(old_file), "--to", "0.2.0", "-o", str(new_file)],
                       check=True, capture_output=True)

    old = best([PY, "-c", VALIDATE, str(old_file)], opts.runs, old_env)
    new = best([PY, "-c", VALIDATE, str(new_file)], opts.runs)
    parse = best([PY, "-c", PARSE, str(new_file)], opts.runs)
    dup = best([PY, "-c", DUPCHECK, str(new_file)], opts.runs)
    dup_cpu = max(dup["cpu"] - parse["cpu"], 0.0)
    for name, run in (("0.1.0", old), ("today", new)):
        records, errors = json.loads(run["out"].strip().splitlines()[-1])
        if errors:
            print(f"  ({name}: {errors} errors on {records} synthetic records)")

    print(f"# validate --jobs 1 against 0.1.0 ({opts.commit}) on the same {opts.n} synthetic "
          f"clients; least CPU of {opts.runs} runs; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'measurement':<52}{'CPU s':>8}{'wall s':>8}")
    rows = [("0.1.0 validator, 0.1.0 records", old["cpu"], old["wall"]),
            ("today's validator, the same records migrated to 0.2.0", new["cpu"], new["wall"]),
            ("  of which the duplicate-key check (new in issue 9)", dup_cpu, None),
            ("today's validator less the duplicate-key check", new["cpu"] - dup_cpu, None)]
    for name, cpu, wall in rows:
        print(f"{name:<52}{cpu:>8.2f}{'' if wall is None else f'{wall:>8.2f}'}")
    ratio = new["cpu"] / old["cpu"]
    rules_ratio = (new["cpu"] - dup_cpu) / old["cpu"]
    verdict = "kept" if rules_ratio <= 1.0 else "NOT kept"
    print(f"today / 0.1.0: {ratio:.2f}x CPU; without the duplicate-key check {rules_ratio:.2f}x  "
          f"[target: 0.1.0's speed kept (<= 1.00x without the new check): {verdict}]")
    print(f"duplicate-key check: {dup_cpu / new['cpu']:.1%} of today's validation CPU "
          f"[issue 9 budget <= 10 %: {'met' if dup_cpu / new['cpu'] <= 0.10 else 'NOT met'}]")


if __name__ == "__main__":
    main()
