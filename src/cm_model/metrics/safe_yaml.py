"""YAML for --records and --catalogue, refused as `cm-model validate` refuses it.

Plain data only: a tag (``!!python/object`` …) is refused, and so are anchors and aliases,
which let a few lines expand without bound ("billion laughs"). Events are checked with
libyaml's parser when present before anything is built, so a hostile file costs one pass.
"""

from __future__ import annotations

from typing import Any


class YamlRefused(Exception):
    """The text is not plain YAML data; ``message`` says why, with the line when known."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _line(mark: Any) -> str:
    return f"line {mark.line + 1}: " if mark is not None else ""


def load(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise YamlRefused(
                    f"{_line(event.start_mark)}YAML anchors and aliases are refused (they can "
                    "expand without bound); write the values out")
        return yaml.load(text, Loader=loader)  # noqa: S506 - safe loader; JSON is YAML
    except yaml.constructor.ConstructorError as exc:
        if "tag" in str(getattr(exc, "problem", "")):
            raise YamlRefused(f"{_line(exc.problem_mark)}YAML tag refused (only plain data is "
                              "loaded: no !!python or other tags)") from None
        raise YamlRefused(f"{_line(exc.problem_mark)}not valid YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "syntax error"
        raise YamlRefused(f"{_line(getattr(exc, 'problem_mark', None))}not valid YAML "
                          f"({problem})") from None
    except RecursionError:
        raise YamlRefused("not valid YAML (nesting too deep)") from None
