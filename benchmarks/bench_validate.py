"""Benchmark of `cm-model validate` (issue 3), printed side by side with `linkml-validate`.

    .venv/bin/python benchmarks/bench_validate.py [--n 100000] [--linkml-sample 200]

Measures, in one run on this machine:
- records/s of `cm-model validate` (structure + all rules) on N synthetic Client records in
  JSON Lines, with --jobs 1 and --jobs 2, wall-clock and CPU seconds (CPU time is far less
  sensitive to other jobs on a shared machine; the load average is printed too);
- the time to read and parse the same file with orjson alone (the floor), and the ratio;
- records/s of `linkml-validate` on the same schema for a sample of the same records (it is too
  slow for all of them), with and without its start-up time (each run three times, the least
  time kept: the rate is the difference of two runs that take seconds to start);
- peak RSS of `cm-model validate` at 10 000 and at 200 000 records, and the growth;
- the default settings (no --jobs: one process per CPU) against linkml-validate;
- the cost of the duplicate-key check (orjson parse + check, minus orjson parse alone) as a
  share of validation time (target <= 10 %);
- spreadsheets, on the synthetic 5 000-client export as JSON Lines, CSV and XLSX: validating
  the XLSX against a plain python-calamine read of the same file (target <= 3x), and the CSV
  per-record rate against the JSON Lines one (target >= 0.5x).
Data goes to benchmarks/out/ (git-ignored). Each measurement runs in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
PY = sys.executable
BIN = Path(PY).parent


def ensure_data(n_max: int, seed: int) -> Path:
    """Generate the largest file once; smaller sizes are its first lines."""
    big = OUT / f"clients-{n_max}-seed{seed}.jsonl"
    if not big.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(BIN / "cm-model"), "synth", "--n", str(n_max), "--seed", str(seed),
                        "--format", "jsonl", "-o", str(big)], check=True)
    return big


def head(big: Path, n: int) -> Path:
    target = OUT / f"{big.stem}-head{n}.jsonl"
    if not target.exists():
        with big.open("rb") as src, target.open("wb") as dst:
            for k, line in enumerate(src):
                if k >= n:
                    break
                dst.write(line)
    return target


def child(args: list[str]) -> dict[str, float]:
    """Run one measurement in a fresh interpreter; it reports time and peak RSS."""
    out = subprocess.run([PY, __file__, "--child", *args], check=True, capture_output=True,
                         text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_child(mode: str, path: str, jobs: str) -> None:
    start, cpu_start = time.perf_counter(), time.process_time()
    records = 0
    if mode == "orjson":
        import orjson

        with open(path, "rb") as handle:
            for line in handle:
                if line.strip():
                    orjson.loads(line)
                    records += 1
        errors = 0
    elif mode == "dupcheck":  # what read_jsonl adds per line: the cheap duplicate-key test
        import orjson

        from cm_model.io.duplicates import find_duplicate_key, may_have_duplicates

        errors = 0
        with open(path, "rb") as handle:
            for line in handle:
                if line.strip():
                    value = orjson.loads(line)
                    if may_have_duplicates(line, value) and find_duplicate_key(line):
                        errors += 1
                    records += 1
    elif mode == "calamine":  # a plain python-calamine read of every sheet, every row
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(path)
        for name in book.sheet_names:
            for _ in book.get_sheet_by_name(name).iter_rows():
                records += 1
        errors = 0
    else:
        from cm_model.validation import validate

        report = validate([path], jobs=int(jobs))
        records, errors = report.records, report.errors
    elapsed = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu_start + children.ru_utime + children.ru_stime
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(json.dumps({"seconds": elapsed, "cpu_seconds": cpu, "records": records,
                      "errors": errors, "peak_rss_mb": rss}))


def linkml(sample: Path, n: int) -> tuple[float, float]:
    """(wall, CPU) seconds of linkml-validate on an Export envelope holding n of the records."""
    import orjson

    from cm_model import synth

    clients = []
    with sample.open("rb") as handle:
        for k, line in enumerate(handle):
            if k >= n:
                break
            clients.append(orjson.loads(line))
    env = {"organisation": {"id": "org-synth", "name": "Synteettinen"},
           "export_time": synth.EXPORT_TIME, "schema_version": synth.SCHEMA_VERSION,
           "workers": synth.workers(), "trigger_catalogue": synth.trigger_catalogue(),
           "clients": clients}
    path = OUT / f"linkml-sample-{n}.json"
    path.write_bytes(orjson.dumps(env))
    # The rate comes from the difference of two runs that each take seconds to start, so one
    # slow start-up would distort it: each is run three times and the least time kept.
    best_wall, best_cpu = float("inf"), float("inf")
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([str(BIN / "linkml-validate"), "-s",
                               str(ROOT / "schema/cm_model.yaml"), "-C", "Export", str(path)],
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        if done.returncode != 0:
            print(f"  (linkml-validate exit {done.returncode}: {done.stdout[-300:]}"
                  f"{done.stderr[-300:]})")
        best_wall, best_cpu = min(best_wall, elapsed), min(best_cpu, cpu)
    return best_wall, best_cpu


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        run_child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=200_000)
    parser.add_argument("--linkml-sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    big = ensure_data(max(args.n, args.large), args.seed)
    main_file = head(big, args.n)
    size_mb = main_file.stat().st_size / 2**20
    print(f"# cm-model validate benchmark — {args.n} synthetic Client records, JSON Lines "
          f"({size_mb:.0f} MB), {os.cpu_count()} CPU(s)")
    print(f"# python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d %H:%M')}, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    # the duplicate-key cost is a difference of two runs: the least CPU of three each
    parse = min((child(["orjson", str(main_file), "1"]) for _ in range(3)),
                key=lambda r: r["cpu_seconds"])
    dupcheck = min((child(["dupcheck", str(main_file), "1"]) for _ in range(3)),
                   key=lambda r: r["cpu_seconds"])
    v_default = child(["validate", str(main_file), "0"])
    v1 = child(["validate", str(main_file), "1"])
    v2 = child(["validate", str(main_file), "2"])
    small = child(["validate", str(head(big, args.small)), "1"])
    large = child(["validate", str(head(big, args.large)), "1"])

    sample = args.linkml_sample
    t_one, c_one = linkml(main_file, 1)
    t_sample, c_sample = linkml(main_file, sample)
    lk_raw = sample / t_sample
    lk_net = (sample - 1) / max(t_sample - t_one, 1e-9)

    rate1 = v1["records"] / v1["seconds"]
    rate2 = v2["records"] / v2["seconds"]
    rows = [
        ("orjson read+parse only (floor)", parse["seconds"], parse["records"] / parse["seconds"],
         parse["cpu_seconds"]),
        ("cm-model validate --jobs 1", v1["seconds"], rate1, v1["cpu_seconds"]),
        ("cm-model validate --jobs 2", v2["seconds"], rate2, v2["cpu_seconds"]),
        (f"linkml-validate, {sample}-record sample", t_sample, lk_raw, c_sample),
        ("linkml-validate, start-up excluded", t_sample - t_one, lk_net, c_sample - c_one),
    ]
    print()
    print(f"{'measurement':<42}{'seconds':>10}{'records/s':>14}{'CPU s':>9}")
    for name, seconds, rate, cpu in rows:
        shown = f"{cpu:>9.2f}" if cpu is not None else f"{'':>9}"
        print(f"{name:<42}{seconds:>10.2f}{rate:>14,.0f}{shown}")
    print()
    print(f"errors found (expected 0 on valid synthetic data): jobs1={v1['errors']} "
          f"jobs2={v2['errors']}")

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    speedup = rate1 / lk_net
    print(f"speed-up over linkml-validate (start-up excluded), --jobs 1: {speedup:,.0f}x  "
          f"[target >= 50x: {verdict(speedup >= 50)}]")
    speedup2 = rate2 / lk_net
    print(f"speed-up over linkml-validate (start-up excluded), --jobs 2: {speedup2:,.0f}x  "
          f"[target >= 50x: {verdict(speedup2 >= 50)}]")
    ratio1 = v1["seconds"] / parse["seconds"]
    ratio2 = v2["seconds"] / parse["seconds"]
    print(f"validation time / orjson parse time: --jobs 1 {ratio1:.2f}x, --jobs 2 {ratio2:.2f}x"
          f"  [target <= 3x: jobs1 {verdict(ratio1 <= 3)}, jobs2 {verdict(ratio2 <= 3)}]")
    growth = large["peak_rss_mb"] - small["peak_rss_mb"]
    print(f"peak RSS: {args.small} records {small['peak_rss_mb']:.0f} MB, {args.large} records "
          f"{large['peak_rss_mb']:.0f} MB, growth {growth:.0f} MB  "
          f"[target <= 50 MB: {verdict(growth <= 50)}]")
    print(f"--jobs 2 vs --jobs 1: {v1['seconds'] / v2['seconds']:.2f}x faster")
    print(f"CPU time (all processes) / orjson parse CPU time: --jobs 1 "
          f"{v1['cpu_seconds'] / parse['cpu_seconds']:.2f}x, --jobs 2 "
          f"{v2['cpu_seconds'] / parse['cpu_seconds']:.2f}x  (less sensitive to other load)")
    lk_cpu_rate = (sample - 1) / max(c_sample - c_one, 1e-9)
    print(f"speed-up over linkml-validate by CPU time (start-up excluded): --jobs 1 "
          f"{v1['records'] / v1['cpu_seconds'] / lk_cpu_rate:,.0f}x, --jobs 2 "
          f"{v2['records'] / v2['cpu_seconds'] / lk_cpu_rate:,.0f}x")
    rate_default = v_default["records"] / v_default["seconds"]
    speedup_default = rate_default / lk_net
    print(f"speed-up over linkml-validate (start-up excluded), default settings (no --jobs: "
          f"one process per CPU): {speedup_default:,.0f}x  "
          f"[target >= 50x: {verdict(speedup_default >= 50)}]")
    dup_cost = max(dupcheck["cpu_seconds"] - parse["cpu_seconds"], 0.0) / v1["cpu_seconds"]
    print(f"duplicate-key check: {dupcheck['cpu_seconds'] - parse['cpu_seconds']:.2f} CPU s on "
          f"{args.n} records = {dup_cost:.1%} of --jobs 1 validation CPU time  "
          f"[target <= 10 %: {verdict(dup_cost <= 0.10)}]")
    spreadsheets(args.seed)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def spreadsheets(seed: int, n: int = 5000) -> None:
    """XLSX and CSV beside JSON Lines: the same synthetic clients in the three formats."""
    files = {}
    for fmt in ("jsonl", "csv", "xlsx"):
        path = OUT / f"export-{n}-seed{seed}.{fmt}"
        if not path.exists():
            subprocess.run([str(BIN / "cm-model"), "synth", "--n", str(n), "--seed", str(seed),
                            "--format", fmt, "-o", str(path)], check=True, capture_output=True)
        files[fmt] = path
    def best(args: list[str]) -> dict[str, float]:  # small files: the least of three runs
        return min((child(args) for _ in range(3)), key=lambda r: r["seconds"])

    runs = {fmt: best(["validate", str(path), "1"]) for fmt, path in files.items()}
    plain = best(["calamine", str(files["xlsx"]), "1"])
    print()
    print(f"# spreadsheets: the synthetic {n}-client export as JSON Lines, CSV and XLSX "
          "(--jobs 1; the least of three runs each)")
    print(f"{'measurement':<42}{'seconds':>10}{'records/s':>14}{'CPU s':>9}")
    rows = [(f"cm-model validate {fmt.upper()}", r) for fmt, r in runs.items()]
    rows.append(("python-calamine plain read (XLSX)", plain))
    for name, r in rows:
        print(f"{name:<42}{r['seconds']:>10.2f}{r['records'] / r['seconds']:>14,.0f}"
              f"{r['cpu_seconds']:>9.2f}")
    errors = {fmt: r["errors"] for fmt, r in runs.items()}
    print(f"errors found (expected 0): {errors}")

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    xlsx_ratio = runs["xlsx"]["seconds"] / plain["seconds"]
    xlsx_cpu = runs["xlsx"]["cpu_seconds"] / plain["cpu_seconds"]
    print(f"XLSX validation time / plain python-calamine read: {xlsx_ratio:.2f}x (CPU "
          f"{xlsx_cpu:.2f}x)  [target <= 3x: {verdict(xlsx_ratio <= 3)}]")
    rate = {fmt: r["records"] / r["seconds"] for fmt, r in runs.items()}
    csv_ratio = rate["csv"] / rate["jsonl"]
    cpu_rate = {fmt: r["records"] / r["cpu_seconds"] for fmt, r in runs.items()}
    print(f"CSV per-record rate / JSON Lines per-record rate: {csv_ratio:.2f}x (CPU "
          f"{cpu_rate['csv'] / cpu_rate['jsonl']:.2f}x)  [target >= 0.5x: "
          f"{verdict(csv_ratio >= 0.5)}]")


if __name__ == "__main__":
    main()
