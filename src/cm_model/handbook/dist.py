"""`make site-dist`: the built handbook as one versioned zip archive, ready to publish.

    cm-model-handbook-<version>/
        README.txt            what is where, how to publish (short; the handbook says more)
        site/                 the static site as `mkdocs build` wrote it (fi at the root, sv/, en/)
        forms/<lang>/*.xlsx   the Excel forms
        examples/<dir>/*.json the example records (valid, invalid, rules)

Reproducible: entries in sorted order, one fixed timestamp (SOURCE_DATE_EPOCH, which the
Makefile sets to the last commit's time and also passes to mkdocs, or 1980-01-01), fixed
permissions. The archive is written to a temporary file and moved into place, so an existing
archive is never left half-written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import zipfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EXTRA_DIRS = {"forms": ("*.xlsx",), "examples": ("*.json", "*.jsonl")}
# What a built site must have: the three home pages and the sitemap (needs site_url).
REQUIRED = ("index.html", "sv/index.html", "en/index.html", "sitemap.xml")
ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can carry

README = """cm-model handbook {version}

site/          The handbook as a static site: Finnish at site/index.html, Swedish at
               site/sv/, English at site/en/. Copy the folder to any static web host, at the
               root or under a sub-path; every link inside it is relative.
               Offline: python3 -m http.server --directory site 8000
               and open http://127.0.0.1:8000/ (search and the validator need http://).
forms/         The Excel intake forms by language (also offered on the site's downloads page).
examples/      The example records: valid, invalid (each fails for one reason), rules.

How to publish, set the site address (SITE_URL) and use the site offline:
site/about/publishing/index.html (Finnish), site/sv/about/publishing/index.html (Swedish),
site/en/about/publishing/index.html (English).
"""


def package_version() -> str:
    try:
        return version("cm-model")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0+unknown"


def _timestamp() -> tuple[int, int, int, int, int, int]:
    raw = os.environ.get("SOURCE_DATE_EPOCH", "")
    epoch = int(raw) if raw.isdigit() else ZIP_EPOCH
    return time.gmtime(max(epoch, ZIP_EPOCH))[:6]


def _files(base: Path, patterns: tuple[str, ...] = ("*",)) -> list[Path]:
    found = {p for pattern in patterns for p in base.rglob(pattern) if p.is_file()}
    return sorted(found, key=lambda p: p.relative_to(base).as_posix())


def entries(site: Path, root: Path, ver: str) -> list[tuple[str, bytes | Path]]:
    """Every archive member as (name, bytes or file to read), in archive order."""
    top = f"cm-model-handbook-{ver}"
    out: list[tuple[str, bytes | Path]] = [(f"{top}/README.txt",
                                            README.format(version=ver).encode("utf-8"))]
    out += [(f"{top}/site/{p.relative_to(site).as_posix()}", p) for p in _files(site)]
    for folder, patterns in EXTRA_DIRS.items():
        base = root / folder
        out += [(f"{top}/{folder}/{p.relative_to(base).as_posix()}", p)
                for p in _files(base, patterns)]
    return out


def write_archive(site: Path, out_dir: Path, root: Path = ROOT, ver: str | None = None) -> Path:
    ver = ver or package_version()
    missing = [rel for rel in REQUIRED if not (site / rel).is_file()]
    if missing:
        raise FileNotFoundError(f"{site}: not a built handbook, missing {', '.join(missing)} "
                                "(run `make docs` first)")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"cm-model-handbook-{ver}.zip"
    stamp = _timestamp()
    fd, tmp_name = tempfile.mkstemp(prefix=".cm-model-handbook-", suffix=".zip.tmp",
                                    dir=out_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w") as zf:
            for name, source in entries(site, root, ver):
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.create_system = 3  # unix, so the permissions above are read back
                data = source if isinstance(source, bytes) else source.read_bytes()
                zf.writestr(info, data, compresslevel=9)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cm_model.handbook.dist",
                                     description="Archive the built handbook for publishing.")
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    try:
        target = write_archive(args.site, args.out)
    except (FileNotFoundError, OSError) as exc:
        print(f"site-dist: {exc}", file=sys.stderr)
        return 2
    with zipfile.ZipFile(target) as zf:
        count = len(zf.infolist())
    print(f"site-dist: wrote {target} ({count} files, {target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
