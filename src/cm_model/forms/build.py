"""Builder for `cm-model generate`: every form in Finnish and English under forms/."""

from __future__ import annotations

from pathlib import Path

from cm_model.forms.definitions import FORMS
from cm_model.forms.layout import LANGS, form_layout
from cm_model.forms.render import render
from cm_model.forms.schema_view import SchemaView
from cm_model.schema_info import load_schema_dict


def build(root: Path) -> dict[str, bytes]:
    view = SchemaView(load_schema_dict())
    files: dict[str, bytes] = {}
    for spec in FORMS:
        layout = form_layout(view, spec)
        for lang in LANGS:
            files[f"forms/{lang}/{spec.file[lang]}"] = render(view, layout, lang)
    return files
