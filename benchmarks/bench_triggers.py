"""Benchmark: `cm-model triggers` grows linearly with the size of the trigger catalogue.

    .venv/bin/python benchmarks/bench_triggers.py [--contacts 20000] [--sizes 100,1000,10000]

1. Generates (once, cached under the git-ignored benchmarks/out/triggers/) synthetic service
   contacts with `cm-model synth --kind contacts`, and catalogues of 100 … 10 000 entries made
   from the shipped catalogue's machine-checkable entries (codes numbered, thresholds and
   windows varied, so entries fire for different clients).
2. Runs `cm-model triggers` on each catalogue in a fresh process (start-up, reading, the
   catalogue check against the schema, evaluation and writing all count), best of --repeat.
3. Prints the wall time per size beside the linear target: the largest catalogue may take at
   most 2 × (largest / smallest) × the time of the smallest (10 000 entries: at most
   2 × 100 × the time of 100 entries), and says whether it is met.
4. Because start-up (about a second) dominates the smallest run and makes that target easy,
   it also times the catalogue-dependent work alone in this process (load and check the
   catalogue, evaluate, build both outputs) and holds it to the same rule.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "triggers"
CLI = [sys.executable, "-c", "from cm_model.cli import main; main()"]


def catalogue(size: int) -> Path:
    path = OUT / f"catalogue-{size}.yaml"
    if path.exists():
        return path
    shipped = yaml.safe_load((ROOT / "src/cm_model/metrics/default_triggers.yaml").read_text(
        encoding="utf-8"))
    checkable = [e for e in shipped if e.get("machine_checkable")]
    entries = []
    for k in range(size):
        entry = yaml.safe_load(yaml.safe_dump(checkable[k % len(checkable)]))  # no aliases
        entry["code"] = f"{entry['code']}-{k:05d}"
        entry["threshold"] = int(entry["threshold"]) + k % 7
        entry["window_months"] = 1 + (int(entry["window_months"]) + k) % 24
        entries.append(entry)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


def contacts(n: int) -> Path:
    path = OUT / f"contacts-{n}.csv"
    if not path.exists():
        subprocess.run([*CLI, "synth", "--kind", "contacts", "--clients", str(max(n // 10, 1)),
                        "--n", str(n), "--format", "csv", "-o", str(path)], check=True)
    return path


def run(contacts_path: Path, catalogue_path: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([*CLI, "triggers", str(contacts_path), "--as-of", "2026-06-30",
                               "--catalogue", str(catalogue_path), "-o",
                               str(OUT / "result")], capture_output=True, text=True)
        best = min(best, time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"triggers failed on {catalogue_path.name}:\n{done.stderr}")
    return best


def in_process(contacts_path: Path, catalogue_path: Path, repeat: int) -> float:
    """Seconds for the work that grows with the catalogue, without start-up and reading;
    measured in a fresh child process per size, so one size's leftovers cannot slow the
    next."""
    done = subprocess.run([sys.executable, __file__, "--child", str(contacts_path),
                           str(catalogue_path), str(repeat)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"in-process run failed on {catalogue_path.name}:\n{done.stderr}")
    return float(done.stdout.strip().splitlines()[-1])


def child(contacts_path: Path, catalogue_path: Path, repeat: int) -> float:
    import csv
    import io
    from datetime import date

    import orjson

    from cm_model.metrics import triggers as trig
    from cm_model.metrics.contacts import read_contacts

    table = read_contacts(contacts_path)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        with trig.few_collections():  # as the command runs it
            entries = trig.load_catalogue(catalogue_path)
            evaluation = trig.evaluate(table, entries, date(2026, 6, 30))
            csv.writer(io.StringIO()).writerows(trig.csv_rows(evaluation))
            orjson.dumps(trig.as_json(evaluation))
        best = min(best, time.perf_counter() - start)
        del entries, evaluation
        gc.collect()
    return best


def report(title: str, sizes: list[int], times: dict[int, float]) -> None:
    base_n, base = sizes[0], times[sizes[0]]
    print(title)
    heading = "linear target (≤ 2 × size ratio)"
    print(f"{'entries':>8}  {'seconds':>8}  {'× base':>7}  {heading:>34}")
    for n in sizes:
        limit = 2 * (n / base_n) * base
        print(f"{n:>8,}  {times[n]:>8.2f}  {times[n] / base:>7.1f}  "
              f"{'≤ ' + format(limit, '.2f') + ' s':>34}")
    largest = sizes[-1]
    limit = 2 * (largest / base_n) * base
    verdict = "met" if times[largest] <= limit else "NOT met"
    print(f"target: {largest:,} entries in at most 2 × {largest // base_n} × "
          f"{base:.3f} s = {limit:.2f} s; measured {times[largest]:.2f} s → {verdict}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--sizes", default="100,1000,5000,10000",
                        help="comma-separated catalogue sizes; the smallest is the base")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT.parent / ".gitignore").write_text("*\n", encoding="utf-8")
    sizes = sorted(int(x) for x in args.sizes.split(","))
    data = contacts(args.contacts)
    times = {n: run(data, catalogue(n), args.repeat) for n in sizes}
    report(f"cm-model triggers (whole command, fresh process), {args.contacts:,} contacts, "
           f"best of {args.repeat}", sizes, times)
    # Small catalogues take milliseconds here: more repeats, so the base is not one noisy run.
    inner = {n: in_process(data, catalogue(n), args.repeat if n > 1000 else 7) for n in sizes}
    report("catalogue-dependent work only (load + check, evaluate, outputs), in process",
           sizes, inner)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average (1, 5, 15 min): {load} on {os.cpu_count()} CPUs — figures from a "
          "busy machine vary by 2× or more")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(child(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])))
    else:
        main()
