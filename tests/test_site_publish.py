"""Publishing: the built handbook works under any sub-path, has a sitemap for every language,
and `make site-dist` packs it (with the forms and examples) into one reproducible archive.

Needs the built site (`make docs`). The sub-path test serves site/ at
http://127.0.0.1:PORT/sub/ (and nothing at the root), fetches key pages in all three languages
and follows every internal link, stylesheet, script and image on them.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from cm_model.handbook import dist

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(os.environ.get("CM_HANDBOOK_SITE", ROOT / "site"))
PREFIX = "/sub/"
PAGES = ["", "sv/", "en/", "sv/trainers/responsible-worker/", "sv/forms/", "sv/validator/",
         "sv/reference/classes/Client/", "sv/data/cli/", "trainers/worked-example/",
         "en/about/publishing/", "sv/vendors/downloads/"]
PLACEHOLDER = "https://cm-model.example/"


def _need_site() -> None:
    for rel in ("index.html", "sv/index.html", "en/index.html", "sitemap.xml"):
        assert (SITE / rel).is_file(), f"{SITE / rel} missing; run `make docs`"


class _SubPath(http.server.SimpleHTTPRequestHandler):
    """site/ served under PREFIX only: a link that escapes the prefix gets a 404."""

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.startswith(PREFIX):
            return str(SITE / "__outside_the_sub_path__")
        return super().translate_path("/" + clean[len(PREFIX):])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    _need_site()
    handler = functools.partial(_SubPath, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}{PREFIX}"
    server.shutdown()
    server.server_close()


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and a.get("rel") == "canonical":
            return  # the published address (site_url), by design absolute
        for key in ("href", "src"):
            if a.get(key):
                self.refs.append(a[key] or "")


def _status(url: str) -> int:
    request = urllib.request.Request(url, method="HEAD")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (local)
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_key_pages_work_under_a_sub_path(base: str) -> None:
    host = urlsplit(base).netloc
    checked: set[str] = set()
    broken: list[str] = []
    for rel in PAGES:
        page = base + rel
        with urllib.request.urlopen(page, timeout=10) as response:  # noqa: S310
            html = response.read().decode("utf-8")
        parser = _Refs()
        parser.feed(html)
        assert len(parser.refs) > 20, page
        for ref in parser.refs:
            if ref.startswith(("mailto:", "data:", "#", "javascript:")):
                continue
            target = urldefrag(urljoin(page, ref))[0]
            if urlsplit(target).netloc != host:
                continue  # outside links (FHIR, sources) are not the site's
            assert not ref.startswith("/"), f"{page}: site-absolute link {ref}"
            if target in checked:
                continue
            checked.add(target)
            if _status(target) != 200:
                broken.append(f"{page} → {ref}")
    assert not broken, "\n".join(broken)
    assert len(checked) > 200  # navigation, assets, downloads of eleven pages


def test_no_page_links_to_the_site_root() -> None:
    _need_site()
    absolute = re.compile(r'(?:href|src)="/(?!/)')
    pages = sorted(SITE.rglob("*.html"))
    assert len(pages) > 500
    bad = [str(p.relative_to(SITE)) for p in pages
           if p.name != "404.html" and absolute.search(p.read_text(encoding="utf-8"))]
    assert not bad, f"site-absolute links (break under a sub-path): {bad[:10]}"


def test_no_head_alternates_that_make_material_fetch_missing_sitemaps() -> None:
    """Material fetches sitemap.xml next to every <link rel=alternate hreflang>; pointed at
    pages (as the i18n plugin does) that is three failed requests per page. The language
    versions are in the sitemap instead (test below)."""
    _need_site()
    pages = sorted(SITE.rglob("*.html"))
    bad = [str(p.relative_to(SITE)) for p in pages
           if re.search(r'<link rel="alternate"[^>]*hreflang', p.read_text(encoding="utf-8"))]
    assert not bad, bad[:10]


def test_error_page_links_follow_site_url() -> None:
    """404.html is shown at any address, so its links are absolute from site_url's path."""
    _need_site()
    html = (SITE / "404.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'(?:href|src)="(/[^"]*)"', html)
    assert hrefs
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"',
                          (SITE / "index.html").read_text(encoding="utf-8"))
    assert canonical
    path = urlsplit(canonical.group(1)).path
    assert all(h.startswith(path) for h in hrefs), hrefs
    assert {f'href="{path}"', f'href="{path}sv/"', f'href="{path}en/"'} <= set(
        re.findall(r'href="[^"]*"(?= hreflang)', html))


def test_sitemap_lists_every_page_in_every_language() -> None:
    _need_site()
    xml = (SITE / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"',
                          (SITE / "index.html").read_text(encoding="utf-8"))
    assert canonical
    site_url = canonical.group(1)
    assert locs and all(loc.startswith(site_url) for loc in locs)
    for rel in ("", "trainers/problem/", "validator/", "reference/classes/Client/"):
        assert site_url + rel in locs, rel
        for lang in ("fi", "sv", "en"):
            href = site_url + ("" if lang == "fi" else f"{lang}/") + rel
            assert f'hreflang="{lang}" href="{href}"' in xml, (rel, lang)
    # Every page of the Finnish build is in the sitemap.
    fi_pages = [p for p in SITE.rglob("index.html")
                if p.relative_to(SITE).parts[0] not in ("sv", "en", "assets")]
    assert len(locs) >= len(fi_pages) > 100
    assert (SITE / "sitemap.xml.gz").is_file()


def test_site_url_comes_from_the_environment() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f'site_url: !ENV [SITE_URL, "{PLACEHOLDER}"]' in config


def test_site_dist_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _need_site()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    first = dist.write_archive(SITE, tmp_path / "a", ver="9.8.7")
    again = dist.write_archive(SITE, tmp_path / "b", ver="9.8.7")
    assert first.name == "cm-model-handbook-9.8.7.zip"
    assert first.read_bytes() == again.read_bytes(), "the archive is not reproducible"
    with zipfile.ZipFile(first) as zf:
        names = zf.namelist()
        infos = zf.infolist()
        readme = zf.read("cm-model-handbook-9.8.7/README.txt").decode("utf-8")
    top = "cm-model-handbook-9.8.7/"
    assert all(n.startswith(top) for n in names)
    assert names[0] == top + "README.txt"
    for part in ("site", "forms", "examples"):  # each part in sorted order
        in_part = [n for n in names if n.split("/")[1] == part]
        assert in_part == sorted(in_part), part
    site_files = sorted(p.relative_to(SITE).as_posix() for p in SITE.rglob("*") if p.is_file())
    assert sorted(n[len(top) + 5:] for n in names if n.startswith(top + "site/")) == site_files
    forms = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "forms").rglob("*.xlsx"))
    examples = sorted(p.relative_to(ROOT).as_posix()
                      for p in (ROOT / "examples").rglob("*.json"))
    assert len(forms) >= 10 and len(examples) >= 10
    assert set(forms) <= {n[len(top):] for n in names}
    assert set(examples) <= {n[len(top):] for n in names}
    assert {i.date_time for i in infos} == {(2026, 1, 1, 0, 0, 0)}
    assert "site/sv/" in readme and "http.server" in readme


def test_site_dist_refuses_an_unbuilt_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<html></html>", encoding="utf-8")
    code = dist.main(["--site", str(tmp_path / "site"), "--out", str(tmp_path / "dist")])
    assert code == 2
    err = capsys.readouterr().err
    assert "sv/index.html" in err and "sitemap.xml" in err and "make docs" in err
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())


def test_search_and_switcher_work_under_a_sub_path_in_chromium(base: str) -> None:
    """What only a browser does: Material's search worker and index, the diagrams, the
    switcher. Every request must stay under the sub-path and succeed."""
    from playwright.sync_api import sync_playwright

    chromium = "/usr/bin/chromium"
    assert Path(chromium).is_file(), "Debian chromium missing; `make browser` installs it"
    failed: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("response", lambda r: failed.append(f"{r.status} {r.url}")
                if r.status >= 400 else None)
        page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))
        for rel in ("", "sv/", "en/validator/", "sv/reference/classes/Client/"):
            page.goto(base + rel)
            page.wait_for_load_state("networkidle")
        page.goto(base + "sv/trainers/shared-plan/")
        page.wait_for_selector("article .mermaid")
        page.fill("input.md-search__input", "klientplan")
        page.wait_for_selector(".md-search-result__item", timeout=15000)
        hits = page.locator(".md-search-result__item a").first.get_attribute("href") or ""
        assert "/sub/" in urljoin(page.url, hits), hits
        page.keyboard.press("Escape")
        page.hover(".md-header__option .md-select button")
        page.click('a.md-select__link[hreflang="en"]')
        page.wait_for_load_state()
        assert page.url == base + "en/trainers/shared-plan/"
        assert page.evaluate("document.documentElement.lang") == "en"
        browser.close()
    assert not failed, failed
