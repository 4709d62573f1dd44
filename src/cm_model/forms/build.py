"""Builder for `cm-model generate`: every form in Finnish, Swedish and English under forms/."""

from __future__ import annotations

from pathlib import Path

import yaml

from cm_model.forms.definitions import FORMS
from cm_model.forms.layout import LANGS, form_layout
from cm_model.forms.render import render
from cm_model.forms.schema_view import SchemaView


def build(root: Path) -> dict[str, bytes]:
    # The schema of the tree being generated (`root`), not the one the package was loaded from.
    with (Path(root) / "schema" / "cm_model.yaml").open(encoding="utf-8") as handle:
        view = SchemaView(yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    files: dict[str, bytes] = {}
    for spec in FORMS:
        layout = form_layout(view, spec)
        for lang in LANGS:
            files[f"forms/{lang}/{spec.file[lang]}"] = render(view, layout, lang)
    return files
