"""Benchmark: `cm-model metrics` against an equivalent DuckDB query, side by side.

    .venv/bin/python benchmarks/bench_metrics.py [--clients 20000] [--contacts 500000,2000000]

1. Generates (once, cached under the git-ignored benchmarks/out/metrics/) synthetic service
   contacts with `cm-model synth --kind contacts` for every size asked for, and the matching
   client records with `cm-model synth --kind clients` (plan dates, segments, questionnaires).
2. Runs, each in a fresh process so that start-up and imports count on both sides:
   * `cm-model metrics CONTACTS --records CLIENTS --measures coc --no-plot` (COC only: the
     like-for-like counterpart of the DuckDB query, though cm-model still checks every value
     it reads and also writes the summary overall and per segment);
   * `cm-model metrics CONTACTS --records CLIENTS --no-plot` (all measures: COC, UPC, SECON,
     contact counts by type, inpatient days, WHOQOL-BREF, NPS, summary overall and per
     segment, per-client CSV);
   * the same command with the PNG plot;
   * DuckDB: one SQL query over the same two files computing COC only, before and after the
     plan per client with the same windows (plan date = earliest non-draft plan; before
     [p − 12 months, p), after [p, p + 12 months)), written to CSV.
3. Prints, per input size, wall time (best run) and peak memory (largest max RSS) side by
   side, the load average, the like-for-like ratio (COC only on both sides) and the
   all-measures ratio, the like-for-like ratio against the 2× target at the largest size, how
   peak RSS grew between the sizes, and checks that both cm-model runs computed the same COC
   as DuckDB for every client and window.
Needs duckdb (in the dev extra).
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "metrics"
PYTHON = sys.executable
CLI = [PYTHON, "-c", "from cm_model.cli import main; main()"]

DUCKDB_SCRIPT = r"""
import sys, time
import duckdb
contacts, clients, target = sys.argv[1:4]
con = duckdb.connect()
con.execute(f'''
COPY (
  WITH plans AS (
    SELECT id AS client_id, min(p.created_date) AS plan
    FROM (SELECT id, unnest(care_plans) AS p FROM read_json('{clients}',
          format = 'newline_delimited',
          columns = {{'id': 'VARCHAR',
                      'care_plans': 'STRUCT(created_date DATE, plan_status VARCHAR)[]'}}))
    WHERE p.plan_status <> 'DRAFT'
    GROUP BY id
  ),
  c AS (
    SELECT client_id, professional_id AS provider, contact_date AS d
    FROM read_csv('{contacts}', header = true,
                  columns = {{'id': 'VARCHAR', 'client_id': 'VARCHAR', 'contact_date': 'DATE',
                              'end_date': 'DATE', 'contact_type': 'VARCHAR',
                              'sector': 'VARCHAR', 'unit_id': 'VARCHAR',
                              'professional_id': 'VARCHAR', 'urgent': 'VARCHAR'}})
    WHERE professional_id IS NOT NULL AND professional_id <> ''
  ),
  w AS (
    SELECT c.client_id, c.provider,
           CASE WHEN c.d < plans.plan THEN 'before' ELSE 'after' END AS half
    FROM c JOIN plans USING (client_id)
    WHERE c.d >= plans.plan - INTERVAL 12 MONTH AND c.d < plans.plan + INTERVAL 12 MONTH
  ),
  per_provider AS (SELECT client_id, half, provider, count(*) AS n FROM w GROUP BY ALL),
  per_client AS (SELECT client_id, half, sum(n * n) AS s, sum(n) AS total
                 FROM per_provider GROUP BY ALL)
  SELECT client_id, half, total,
         CASE WHEN total >= 2 THEN (s - total) / (total * (total - 1)) END AS coc
  FROM per_client ORDER BY client_id, half
) TO '{target}' (HEADER)
''')
"""


def run(command: list[str], label: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{label} failed:\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024


def generate(clients: int, contacts: int) -> tuple[Path, Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT.parent / ".gitignore").write_text("*\n", encoding="utf-8") \
        if not (OUT.parent / ".gitignore").exists() else None
    contacts_path = OUT / f"contacts-{clients}-{contacts}.csv"
    clients_path = OUT / f"clients-{clients}.jsonl"
    if not contacts_path.exists():
        print(f"generating {contacts} contacts for {clients} clients …", flush=True)
        run([*CLI, "synth", "--kind", "contacts", "--clients", str(clients), "--n",
             str(contacts), "--format", "csv", "-o", str(contacts_path)], "synth contacts")
    if not clients_path.exists():
        print(f"generating {clients} client records …", flush=True)
        run([*CLI, "synth", "--kind", "clients", "--n", str(clients), "--format", "jsonl",
             "-o", str(clients_path)], "synth clients")
    return contacts_path, clients_path


def compare(ours: Path, theirs: Path) -> tuple[int, float, int]:
    """Client-windows compared, largest |difference| in COC, and disagreements on 'undefined'."""
    mine: dict[tuple[str, str], str] = {}
    with ours.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for half in ("before", "after"):
                mine[(row["client_id"], half)] = row[f"{half}_coc"]
    compared, worst, undefined_mismatch = 0, 0.0, 0
    with theirs.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["client_id"], row["half"])
            if key not in mine:
                continue
            compared += 1
            a, b = mine.pop(key), row["coc"]
            if (a == "") != (b == ""):
                undefined_mismatch += 1
            elif a and b:
                worst = max(worst, abs(float(a) - float(b)))
    # Windows DuckDB has no row for are windows without contacts: ours must say undefined.
    undefined_mismatch += sum(1 for v in mine.values() if v != "")
    return compared, worst, undefined_mismatch


COC = "cm-model metrics --measures coc (no plot)"
OURS = "cm-model metrics, all measures (no plot)"
PLOT = "cm-model metrics, all measures + plot"
DUCK = "DuckDB SQL, COC only"


def measure(args: argparse.Namespace, contacts: int) -> tuple[dict[str, tuple[float, float]],
                                                                 tuple[int, float, int]]:
    contacts_path, clients_path = generate(args.clients, contacts)
    ours_dir, theirs = OUT / f"cm-model-result-{contacts}", OUT / f"duckdb-coc-{contacts}.csv"
    coc_dir = OUT / f"cm-model-coc-{contacts}"
    jobs = {
        COC: [*CLI, "metrics", str(contacts_path), "--records", str(clients_path),
              "-o", str(coc_dir), "--measures", "coc", "--no-plot"],
        OURS: [*CLI, "metrics", str(contacts_path), "--records", str(clients_path),
               "-o", str(ours_dir), "--no-plot"],
        PLOT: [*CLI, "metrics", str(contacts_path), "--records", str(clients_path),
               "-o", str(OUT / f"with-plot-{contacts}")],
        DUCK: [PYTHON, "-c", DUCKDB_SCRIPT, str(contacts_path), str(clients_path), str(theirs)],
    }
    results: dict[str, tuple[float, float]] = {}
    for _ in range(args.repeat):
        for label, command in jobs.items():
            elapsed, rss = run(command, label)
            best = results.get(label)
            results[label] = (min(elapsed, best[0]) if best else elapsed,
                              max(rss, best[1]) if best else rss)
    size = contacts_path.stat().st_size / 2**20
    print(f"\n{contacts:,} contacts ({size:.0f} MiB CSV), {args.clients:,} clients "
          f"({clients_path.stat().st_size / 2**20:.0f} MiB JSON Lines); load average "
          f"{_load()}\n")
    width = max(len(label) for label in results)
    print(f"| {'tool':<{width}} | {'wall time':>9} | {'peak RSS':>9} |")
    print(f"|{'-' * (width + 2)}|{'-' * 11}|{'-' * 11}|")
    for label, (elapsed, rss) in results.items():
        print(f"| {label:<{width}} | {elapsed:>7.2f} s | {rss:>5.0f} MiB |")
    print(f"\nratio like for like, cm-model --measures coc / DuckDB (both COC only): "
          f"{results[COC][0] / results[DUCK][0]:.2f}×")
    print(f"ratio cm-model (all measures, no plot) / DuckDB (COC only): "
          f"{results[OURS][0] / results[DUCK][0]:.2f}×")
    agreements = [compare(ours_dir / "client_measures.csv", theirs),
                  compare(coc_dir / "client_measures.csv", theirs)]
    for label, agreement in zip(("all measures", "--measures coc"), agreements, strict=True):
        print(f"COC agreement ({label}): {agreement[0]:,} client-windows compared, largest "
              f"difference {agreement[1]:.2e}, undefined/defined disagreements {agreement[2]}")
    worst = (agreements[0][0], max(a[1] for a in agreements), sum(a[2] for a in agreements))
    return results, worst


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20000)
    parser.add_argument("--contacts", default="500000,2000000",
                        help="comma-separated input sizes; the largest is held to the target")
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool; best is shown")
    args = parser.parse_args()
    sizes = sorted(int(x) for x in args.contacts.split(","))
    print(f"{os.cpu_count()} CPU cores; best wall time and largest peak RSS of {args.repeat} "
          f"runs per tool, each a fresh process; load average at start {_load()}")
    by_size = {n: measure(args, n) for n in sizes}
    largest = by_size[sizes[-1]][0]
    print()
    for n in sizes:
        ratio = by_size[n][0][COC][0] / by_size[n][0][DUCK][0]
        print(f"like for like at {n:,} contacts: cm-model --measures coc / DuckDB = "
              f"{ratio:.2f}×")
    ratio = largest[COC][0] / largest[DUCK][0]
    print(f"at {sizes[-1]:,} contacts (target figure): cm-model --measures coc / DuckDB = "
          f"{ratio:.2f}× (target ≤ 2×: {'met' if ratio <= 2 else 'NOT met'}); all measures: "
          f"{largest[OURS][0] / largest[DUCK][0]:.2f}×")
    if len(sizes) > 1:
        small = by_size[sizes[0]][0]
        factor = sizes[-1] / sizes[0]
        for label in (COC, OURS, DUCK):
            print(f"peak RSS {label}: {small[label][1]:.0f} MiB at {sizes[0]:,} → "
                  f"{largest[label][1]:.0f} MiB at {sizes[-1]:,} contacts "
                  f"({largest[label][1] / small[label][1]:.2f}× for {factor:.0f}× the input)")
    for _, (_compared, worst, mismatch) in by_size.values():
        if mismatch or not math.isfinite(worst) or worst > 1e-6:
            sys.exit("the two computations disagree")


if __name__ == "__main__":
    main()
