"""The built handbook in headless Chromium: pages render, diagrams draw offline, both languages
are reachable, and the validator page gives the CLI's verdict and codes on every example.

Needs the built site (`make docs`: `npm ci --prefix web`, `node web/build.mjs`,
`mkdocs build --strict`) and Debian's /usr/bin/chromium; `make test` provides both. The site is
served from 127.0.0.1 and every request that leaves it is blocked and recorded.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(os.environ.get("CM_HANDBOOK_SITE", ROOT / "site"))
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# Material draws mermaid into a *closed* shadow root; open it so the test can see the SVG.
OPEN_SHADOW = ("const o = Element.prototype.attachShadow;"
               "Element.prototype.attachShadow = function (i) {"
               "  return o.call(this, Object.assign({}, i, {mode: 'open'})); };")
SHOTS = Path(os.environ.get("CM_HANDBOOK_SHOTS", ROOT / ".cache" / "handbook-shots"))
EXAMPLE_SUFFIXES = {".json", ".jsonl", ".ndjson"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    needed = [SITE / "index.html", SITE / "en" / "index.html",
              SITE / "assets" / "vendor" / "mermaid.min.js",
              SITE / "assets" / "validator" / "validator.js"]
    missing = [str(p) for p in needed if not p.is_file()]
    assert not missing, f"handbook not built ({', '.join(missing)}); run `make docs`"
    handler = functools.partial(_Quiet, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).is_file(), "Debian chromium missing; `make browser` installs it"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, base_url):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI")
    context.add_init_script(OPEN_SHADOW)
    outside: list[str] = []

    def route(r):  # type: ignore[no-untyped-def]
        if r.request.url.startswith(base_url):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.outside_requests = outside  # type: ignore[attr-defined]
    pg.script_errors = errors  # type: ignore[attr-defined]
    yield pg
    assert not errors, f"JavaScript errors: {errors}"
    assert not outside, f"requests outside the site (blocked): {outside}"
    context.close()


def _shot(pg, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _h1(pg) -> str:  # type: ignore[no-untyped-def]
    return pg.locator("article h1").first.inner_text().rstrip("¶").strip()


def _assert_rendered(pg) -> str:  # type: ignore[no-untyped-def]
    """The article is rendered HTML, not Markdown source, and every diagram is an SVG."""
    article = pg.locator("article.md-content__inner")
    text = article.inner_text()
    for raw in ("```", "!!! ", "??? ", "--8<--", "| --- |", "|---|", "{#"):
        assert raw not in text, f"raw Markdown {raw!r} on {pg.url}"
    assert not any(line.startswith("# ") for line in text.splitlines()), pg.url
    diagrams = pg.locator("article .mermaid")
    count = diagrams.count()
    if count:
        pg.wait_for_function(
            "n => [...document.querySelectorAll('article .mermaid')].filter("
            "  e => e.shadowRoot && e.shadowRoot.querySelector('svg')).length >= n",
            arg=count, timeout=20_000)
        assert pg.locator('article .mermaid svg[aria-roledescription="error"]').count() == 0
        for i in range(count):
            assert diagrams.nth(i).locator("svg g").count() > 0  # drawn shapes, not empty
    return text


def test_home_page_renders_with_diagram_and_language_switch(page, base_url) -> None:
    page.goto(base_url + "/")
    assert _h1(page) == "cm-model – käsikirja"
    assert page.evaluate("document.documentElement.lang") == "fi"
    _assert_rendered(page)
    assert page.locator("article .mermaid svg").count() == 1
    _shot(page, "home-fi")
    english = page.locator('a.md-select__link[hreflang="en"]').first.get_attribute("href")
    page.goto(urljoin(page.url, english))  # relative: the site works under any sub-path
    assert _h1(page) == "cm-model – handbook"
    assert page.evaluate("document.documentElement.lang") == "en"
    _assert_rendered(page)
    _shot(page, "home-en")


def test_class_reference_page(page, base_url) -> None:
    page.goto(base_url + "/reference/classes/Client/")
    assert _h1(page) == "Asiakas (Client)"
    text = _assert_rendered(page)
    assert "henkilotunnus" in text and "0..*" in text and "fhir:Patient" in text
    assert page.locator("article .mermaid svg").count() >= 2  # split neighbourhood
    assert "RelatedPerson" in page.locator("article .mermaid svg").first.text_content()
    _shot(page, "class-client-fi")
    switch = page.locator('a.md-select__link[hreflang="en"]').first.get_attribute("href")
    assert switch.rstrip("/").endswith("/en/reference/classes/Client")
    page.goto(base_url + "/en/reference/classes/Client/")
    assert _h1(page) == "Client (Client)"
    _assert_rendered(page)


def test_trainer_chapter_with_process_and_lifecycle(page, base_url) -> None:
    page.goto(base_url + "/trainers/process-and-cm-hoi/")
    assert "CM-HOI" in _h1(page)
    text = _assert_rendered(page)
    assert "Verkostopalaveri" in text and "NETWORK_MEETING" in text
    svgs = page.locator("article .mermaid svg")
    assert svgs.count() == 2
    assert "Asiakkuuden päättäminen" in svgs.nth(0).text_content()
    assert "CONSENT_PENDING" in svgs.nth(1).text_content()
    _shot(page, "trainer-process-fi")
    page.goto(base_url + "/en/trainers/worked-example/")
    text = _assert_rendered(page)
    assert "52-year-old" in text and "PS-INPATIENT-3" in text
    _shot(page, "trainer-worked-example-en")


def test_finnish_search_finds_an_inflected_finnish_word(page, base_url) -> None:
    page.goto(base_url + "/")
    page.keyboard.press("s")  # Material's search shortcut
    # genitive of vastuutyöntekijä: found only through the Finnish stemmer
    page.keyboard.type("vastuutyöntekijän")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=20_000)
    assert results.count() > 0
    assert "vastuutyöntekijä" in page.locator(".md-search-result").inner_text().lower()


def _validate_in_page(pg, files: list[Path] | None = None, text: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    root = pg.locator("[data-cm-validator]")
    root.wait_for()
    pg.wait_for_function("document.querySelector('[data-cm-validator]').dataset.ready")
    pg.evaluate("delete document.querySelector('[data-cm-validator]').dataset.report")
    if files is not None:
        pg.locator("[data-cm-files]").set_input_files([str(f) for f in files])
    else:
        pg.locator("[data-cm-files]").set_input_files([])
        pg.locator("[data-cm-input]").fill(text or "")
        pg.locator("[data-cm-check]").click()
    pg.wait_for_function("document.querySelector('[data-cm-validator]').dataset.report")
    return json.loads(pg.evaluate("document.querySelector('[data-cm-validator]').dataset.report"))


def test_validator_page_verdicts(page, base_url) -> None:
    page.goto(base_url + "/validator/")
    _assert_rendered(page)
    valid = ROOT / "examples/valid/paijat_sote_worked_example.json"
    report = _validate_in_page(page, [valid])
    assert report["valid"] is True and report["exit_code"] == 0
    assert page.locator("[data-verdict]").get_attribute("data-verdict") == "valid"
    assert "Kelvollinen" in page.locator("[data-verdict]").inner_text()
    _shot(page, "validator-valid-fi")

    invalid = ROOT / "examples/invalid/henkilotunnus_malformed.json"
    report = _validate_in_page(page, [invalid])
    assert report["exit_code"] == 1
    assert page.locator("[data-verdict]").get_attribute("data-verdict") == "invalid"
    codes = {row.get_attribute("data-code") for row in page.locator("tr[data-code]").all()}
    assert {"CM-R001", "schema.pattern"} <= codes
    assert "henkilötunnus ei ole kelvollinen" in page.locator("table.cm-findings").inner_text()
    # the offending value is not shown unless asked for
    example = json.loads(invalid.read_text(encoding="utf-8"))
    assert example["clients"][0]["henkilotunnus"] not in page.locator("article").inner_text()
    _shot(page, "validator-invalid-fi")

    # pasted JSON Lines, in English
    page.goto(base_url + "/en/validator/")
    lines = "\n".join(json.dumps(c) for c in example["clients"]) + "\n{broken\n"
    report = _validate_in_page(page, text=lines)
    assert report["exit_code"] == 1
    assert {"CM-R001", "read.jsonl"} <= {f["code"] for f in report["findings"]}
    assert page.locator("[data-verdict]").get_attribute("data-verdict") == "invalid"
    assert "Not valid" in page.locator("[data-verdict]").inner_text()

    report = _validate_in_page(page, text='{"id": "c-1", "name": Matti Meikäläinen}')
    assert report["exit_code"] == 2
    assert report["findings"][0]["code"] == "read.json"
    # Chromium's JSON parser quotes the input in its messages; the page must not show it
    assert "Matti" not in page.locator("[data-cm-results]").inner_text()
    assert page.locator("[data-verdict]").get_attribute("data-verdict") == "unreadable"
    _shot(page, "validator-unreadable-en")


def _examples() -> list[Path]:
    return sorted(p for p in (ROOT / "examples").rglob("*")
                  if p.is_file() and p.suffix.lower() in EXAMPLE_SUFFIXES)


def test_validator_parity_with_the_cli_on_every_example(page, base_url) -> None:
    files = _examples()
    assert len(files) >= 10
    done = subprocess.run(
        [str(Path(sys.executable).parent / "cm-model"), "validate", "--format", "json",
         *[str(f) for f in files]],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    if done.returncode not in (0, 1, 2) or not done.stdout.strip():
        pytest.fail(f"cm-model validate failed: {done.stderr[-2000:]}")
    cli = json.loads(done.stdout)
    page.goto(base_url + "/en/validator/")
    mismatches = []
    for path in files:
        summary = next(s for s in cli["files"] if Path(s["file"]).resolve() == path.resolve())
        cli_findings = [f for f in cli["findings"] if Path(f["file"]).resolve() == path.resolve()]
        cli_exit = 2 if not summary["readable"] else (1 if summary["errors"] else 0)
        web = _validate_in_page(page, [path])
        expected = (cli_exit, sorted({f["code"] for f in cli_findings}))
        got = (web["exit_code"], sorted({f["code"] for f in web["findings"]}))
        if expected != got:
            mismatches.append(f"{path.relative_to(ROOT)}: cli {expected} != page {got}")
    assert not mismatches, "\n".join(mismatches)


def test_validator_parity_on_synthetic_records_with_broken_rules(page, base_url, tmp_path) -> None:
    """Synthetic JSON Lines and an export with records made to break known rules: the page and
    the CLI agree finding by finding (record, field path, code, severity)."""
    cli = str(Path(sys.executable).parent / "cm-model")
    made = []
    for kind, fmt, name in (("clients", "jsonl", "clients.jsonl"), ("export", "json", "export.json")):
        target = tmp_path / name
        subprocess.run([cli, "synth", "--kind", kind, "--format", fmt, "--n", "80", "--seed", "5",
                        "--invalid-rate", "0.4", "-o", str(target)],
                       check=True, capture_output=True, timeout=300)
        made.append(target)
    page.goto(base_url + "/validator/")
    for path in made:
        done = subprocess.run([cli, "validate", "--format", "json", "--lang", "fi", str(path)],
                              capture_output=True, text=True, timeout=300)
        expected = json.loads(done.stdout)
        web = _validate_in_page(page, [path])
        assert web["exit_code"] == expected["exit_code"] == 1
        assert len({f["code"] for f in expected["findings"]}) >= 5  # many rules exercised

        def key(f: dict) -> tuple:
            return (f["record"] or "", f["path"] or "", f["code"], f["severity"], f["message"])

        assert sorted(map(key, web["findings"])) == sorted(map(key, expected["findings"]))
