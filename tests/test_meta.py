"""Meta-tests (issue 10): the code names only what the schema defines, every reference the
schema declares is checked, and every rule carries all its facts, so a rule added in one place
and not the others fails here."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cm_model import schema_info
from cm_model.generation import rule_examples
from cm_model.validation import engine, rules

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "cm_model"
JS_RULES = SRC / "handbook" / "js" / "rules.js"
CODES = {c for enum in schema_info.index()["code_lists"] for c in schema_info.code_list(enum)}
# UPPER_SNAKE literals with an underscore look like codes; these few are names, not codes.
SNAKE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
NOT_CODES = {
    "WHOQOL_BREF_DOMAINS", "WHOQOL_BREF_REVERSED_ITEMS", "WHOQOL_BREF_MIN_ITEMS_ANSWERED",  # __all__
    "SEED_SIGN",  # handbook/triggers.py: where a trigger's threshold comes from (not data)
    "MAX_DEPTH", "MAX_JSON_BYTES", "MAX_LINE_BYTES", "MAX_YAML_BYTES",  # io.readers __all__
    "EMPTY_LIST",  # io.tabular: a name in the compiled row builder's scope
    "SAL_USE_VCLPLUGIN", "SOURCE_DATE_EPOCH", "CM_MODEL_NO_PROGRESS",  # environment variables
    "HIGH_SUPPORT_CLIENT",  # migrate/steps.py: a 0.1.0 code that migrate replaces
}


def _python_literals() -> list[tuple[str, int, str]]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        if "datamodel" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and SNAKE.match(node.value):
                out.append((str(path.relative_to(ROOT)), node.lineno, node.value))
    return out


def test_every_code_literal_in_the_code_exists_in_the_schema() -> None:
    found = _python_literals()
    assert len(found) > 50  # the scan sees the code's literals
    unknown = [f for f in found if f[2] not in CODES and f[2] not in NOT_CODES]
    assert unknown == []


def test_every_code_literal_in_the_browser_rules_exists_in_the_schema() -> None:
    source = JS_RULES.read_text(encoding="utf-8")
    literals = re.findall(r'[!=]==\s*"([A-Z][A-Z0-9_]{2,})"', source)
    assert literals  # the port compares codes …
    assert [lit for lit in literals if lit not in CODES] == []  # … that the schema defines


def test_python_rules_name_codes_through_the_index() -> None:
    """rules.py holds no bare code string: each goes through schema_info.code(), which fails
    at import when the schema no longer has it."""
    tree = ast.parse((SRC / "validation" / "rules.py").read_text(encoding="utf-8"))
    bare = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "code":
            continue
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Constant) and child.value in CODES \
                    and not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "code"):
                bare.append((child.lineno, child.value))
    assert bare == []


# --- references ---------------------------------------------------------------------------------

def _owners() -> dict[tuple[str, str], list[str]]:
    owners: dict[tuple[str, str], list[str]] = {}
    for r in rules.CATALOGUE:
        for ref in r.data.get("references", []):
            owners.setdefault((ref["record"], ref["path"]), []).append(r.id)
    return owners


def _holding(path: str, value: str) -> dict[str, Any]:
    """A record with `value` at `path` (``a[*].b[*]`` → {"a": [{"b": [value]}]})."""
    node: Any = value
    for segment in reversed(path.split(".")):
        key, star = segment.removesuffix("[*]"), segment.endswith("[*]")
        node = {key: [node] if star else node}
    return node


def test_every_reference_slot_is_checked_by_exactly_one_rule() -> None:
    refs = schema_info.references()
    assert any(r["slot"] == "evidence_contact_ids" and r["target"] == "ServiceContact"
               for r in refs)
    owners = _owners()
    for ref in refs:
        ids = owners.get((ref["record"], ref["path"]), [])
        assert len(ids) == 1, (ref["path"], ids)
        rule = rules.BY_ID[ids[0]]
        record = _holding(ref["path"], "no-such-id")
        ctx = rules.Context(export_time="2026-01-01",
                            record_ids={ref["target"]: {"some-other-id"}})
        hits = list(rules.apply(rule, record, ctx, ref["record"]))
        expected = ref["path"].replace("[*]", "[0]")
        assert [h.path for h in hits] == [expected], (rule.id, ref["path"])
        record = _holding(ref["path"], "some-other-id")
        if ref["scope"] == "record":  # the target is a sibling element of the same record
            target = _holding(ref["target_path"], "some-other-id")
            record = {**target, **{k: v for k, v in record.items() if k not in target}}
            if set(target) & set(_holding(ref["path"], "x")):
                continue  # the same list holds both ends (handover_from): covered above
        assert list(rules.apply(rule, record, ctx, ref["record"])) == []


# --- rule facts -----------------------------------------------------------------------------------

def test_every_rule_declares_its_facts() -> None:
    paths = {p for rec in schema_info.record_classes()
             for p in schema_info.element_paths(rec).values()}
    fields = {f for rec in schema_info.record_classes() for f in schema_info.class_fields(rec)}
    for r in rules.CATALOGUE:
        assert r.reads, f"{r.id}: declare the fields it reads (reads=...)"
        assert set(r.reads) <= fields, r.id
        for need in r.needs:
            assert need in ("export_time", "scope_rules") \
                or need in schema_info.record_classes(), (r.id, need)
        assert set(r.needs_client) <= paths, r.id
        assert set(r.applies_to) <= set(schema_info.class_names()), r.id


def test_every_rule_has_valid_and_invalid_examples_and_no_example_is_stale() -> None:
    files = {p.name for p in (ROOT / "examples" / "rules").glob("*.json")}
    expected = {f"{r.id}-{kind}.json" for r in rules.CATALOGUE for kind in ("valid", "invalid")}
    assert files == expected


def _new_rule(**extra: Any) -> rules.Rule:
    base = rules.BY_ID["CM-R021"]
    return replace(base, id="CM-R999", example=None, **extra)


def test_a_rule_added_only_to_the_catalogue_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "CATALOGUE", [*rules.CATALOGUE, _new_rule()])
    # no example: `cm-model generate` refuses (and so `--check` and the example tests fail)
    with pytest.raises(RuntimeError, match="CM-R999 has no invalid example"):
        rule_examples.build(ROOT)
    # no browser port: the handbook test of the ports fails
    ported = set(re.findall(r'^  "(CM-R\d{3})"(?:\(|: references\()',
                            JS_RULES.read_text(encoding="utf-8"), re.M))
    assert {r.id for r in rules.CATALOGUE} - ported == {"CM-R999"}


def test_a_rule_the_engine_cannot_classify_always_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    def always(record: dict[str, Any], ctx: rules.Context, cls: str = "Client"):
        yield rules.Hit(None)

    odd = replace(rules.BY_ID["CM-R021"], id="CM-R998", reads=None, check=always)
    monkeypatch.setattr(engine, "_RULES_FOR", {"Client": [*rules.rules_for("Client"), odd]})
    monkeypatch.setattr(engine, "_SELECTED", {})
    run = engine.FileRun("mem", engine.Options())
    run.record("Client", {"id": "c-1"}, "[0]", None)
    assert [f.code for f in run.findings if f.code.startswith("CM-R")] == ["CM-R998"]
