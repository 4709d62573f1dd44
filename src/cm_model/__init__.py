"""cm-model: the case-management (Case Manager / vastuutyöntekijä) data model and its tools."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Lazy: importlib.metadata costs ~45 ms at start-up, which every CLI command would pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("cm-model")
        except PackageNotFoundError:  # a source tree without installation
            return "0.0.0"
    raise AttributeError(name)


def schema_version() -> str:
    """The version stated in the schema itself (may differ from the package version)."""
    from cm_model.schema_info import load_schema_dict

    return str(load_schema_dict().get("version", "unknown"))


def validate(*args, **kwargs):
    """Validate files or records; see `cm_model.validation.validate` for the arguments.

    Imported lazily so `import cm_model` stays cheap for callers that only need the models.
    """
    from cm_model.validation import validate as _validate

    return _validate(*args, **kwargs)
