"""Benchmark of `cm-model fhir export` / `import` (issue 12) beside `cm-model validate` on the
same synthetic export, in the same run.

    .venv/bin/python benchmarks/bench_fhir.py [--n 100000] [--check-n 2000] [--seed 1]

Measures, each in a fresh process (wall-clock and CPU seconds; CPU time is far less sensitive
to other jobs on a shared machine, and the load average is printed too). The speed of a shared
virtual machine drifts by several per cent within minutes, so validate and the export are run
--runs times in turn (validate, export, validate, export...) and the least wall and the least
CPU time of each are compared; the ratio of each pair of runs is printed too:
- `cm-model validate` on N synthetic Client records (JSON Lines, the export format that
  streams: a 100 000-client Export envelope in one JSON document is over the 1 GiB the JSON
  reader loads at once);
- `cm-model fhir export --ndjson --no-check` on the same file (target: at most 3x validate);
- `cm-model fhir export --ndjson` with the offline FHIR checks (fhir.resources parsing of every
  resource, FHIRPath rules) on the first --check-n records, per record;
- `cm-model fhir import` of the NDJSON back to JSON Lines, and whether the records read back
  equal the input (the round trip).
Data goes to benchmarks/out/ (git-ignored).
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

from bench_validate import head  # the first n lines of a JSON Lines file, cached in out/

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
PY = sys.executable
CM = str(Path(PY).parent / "cm-model")
TARGET = 3.0


def child(args: list[str]) -> dict[str, float]:
    """Run one command in a fresh interpreter that reports its wall, CPU and peak RSS."""
    out = subprocess.run([PY, __file__, "--child", *args], check=True, capture_output=True,
                         text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_child(args: list[str]) -> None:
    start = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0,):
        sys.stderr.write(done.stderr[-2000:])
        raise SystemExit(f"{args[1:3]} exited {done.returncode}")
    print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                      "rss_mb": usage.ru_maxrss / 1024}))


def least(runs: list[dict[str, float]]) -> dict[str, float]:
    """The least wall, CPU and peak memory of several runs of one step."""
    return {key: min(run[key] for run in runs) for key in runs[0]}


def same_records(a: Path, b: Path) -> bool:
    import orjson

    with a.open("rb") as fa, b.open("rb") as fb:
        for la, lb in zip(fa, fb, strict=False):
            if orjson.loads(la) != orjson.loads(lb):
                return False
        return not fa.readline() and not fb.readline()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--check-n", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    opts = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    source = OUT / f"fhir-clients-{opts.n}-seed{opts.seed}.jsonl"
    if not source.exists():
        subprocess.run([CM, "synth", "--n", str(opts.n), "--seed", str(opts.seed), "--format",
                        "jsonl", "-o", str(source)], check=True)
    ndjson = OUT / f"{source.stem}.ndjson"
    back = OUT / f"{source.stem}.back.jsonl"
    sample = head(source, min(opts.check_n, opts.n))
    pairs = []
    for _ in range(max(1, opts.runs)):  # in turn, so that a drift in speed meets both alike
        pairs.append((child([CM, "validate", str(source)]),
                      child([CM, "fhir", "export", str(source), "-o", str(ndjson), "--ndjson",
                             "--no-check"])))
    rows = [
        ("validate", opts.n, least([v for v, _ in pairs])),
        ("fhir export --no-check", opts.n, least([e for _, e in pairs])),
        ("fhir import", opts.n, child([CM, "fhir", "import", str(ndjson), "-o", str(back)])),
        ("validate (sample)", sample_n := min(opts.check_n, opts.n),
         child([CM, "validate", str(sample)])),
        ("fhir export, checks (sample)", sample_n,
         child([CM, "fhir", "export", str(sample), "-o", str(OUT / "sample.ndjson"),
                "--ndjson"])),
    ]
    equal = same_records(source, back)
    base = rows[0][2]
    print(f"cm-model FHIR benchmark, {opts.n} synthetic clients (seed {opts.seed}), "
          f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs")
    print(f"{'step':32} {'records':>8} {'wall s':>8} {'CPU s':>8} {'rec/s (CPU)':>12} "
          f"{'x validate (CPU)':>17} {'peak MB':>8}")
    for name, n, m in rows:
        ref = rows[3][2] if "sample" in name else base
        print(f"{name:32} {n:>8} {m['wall']:>8.1f} {m['cpu']:>8.1f} "
              f"{n / max(m['cpu'], 1e-9):>12.0f} {m['cpu'] / max(ref['cpu'], 1e-9):>17.1f} "
              f"{m['rss_mb']:>8.0f}")
    ratio = rows[1][2]["cpu"] / max(base["cpu"], 1e-9)
    wall_ratio = rows[1][2]["wall"] / max(base["wall"], 1e-9)
    verdict = "meets" if ratio <= TARGET else "misses"
    print(f"export / validate (least of {len(pairs)} runs each): {ratio:.2f}x CPU, "
          f"{wall_ratio:.2f}x wall; target <= {TARGET:.0f}x -> {verdict} the target")
    print("each pair of runs, CPU: " + ", ".join(
        f"{e['cpu'] / max(v['cpu'], 1e-9):.2f}x" for v, e in pairs) + "; wall: " + ", ".join(
        f"{e['wall'] / max(v['wall'], 1e-9):.2f}x" for v, e in pairs))
    print(f"round trip (import of the export equals the input): {'yes' if equal else 'NO'}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        run_child(sys.argv[2:])
    else:
        main()
