"""`cm-model validate`: structural (closed JSON Schema) and business-rule validation of exported
records in JSON, JSON Lines, YAML, CSV and XLSX.

Python API::

    from cm_model.validation import validate
    report = validate(["export.json"], lang="fi")
    report.exit_code, report.errors, [f.as_dict() for f in report.findings]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cm_model.validation.report import Finding, Report

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable

__all__ = ["Finding", "Report", "validate"]


def validate(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str] | dict[str, Any]
    | list[dict[str, Any]],
    *,
    class_name: str | None = None,
    jobs: int = 1,
    lang: str = "en",
    show_values: bool = False,
    encoding: str | None = None,
    delimiter: str | None = None,
    **kwargs: Any,
) -> Report:
    """Validate files (or directories of them) or in-memory records; return the :class:`Report`.

    ``paths`` is one of: a path or a list of paths (files or directories); a record dict (a
    Client, or another class given by ``class_name``, or an Export envelope dict); a list of
    record dicts. In-memory findings name the file ``"<memory>"`` and, for a list, the record
    as ``"[index]"``. Anything else raises ``TypeError``. Example::

        report = validate({"id": "c-1", ...}, class_name="Client")
        assert report.exit_code == 0, [f.as_dict() for f in report.findings]

    Exit codes (``report.exit_code``): 0 valid, 1 invalid, 2 unreadable or no records at all.

    ``class_name`` fixes the class of the records (otherwise: envelope, file or sheet name, or
    inferred from the fields); ``jobs`` splits large JSON Lines files across processes;
    ``lang`` is ``"fi"`` or ``"en"``; values from the data appear in findings only with
    ``show_values``; ``encoding`` and ``delimiter`` override CSV detection. Raises
    ``ValueError`` for wrong usage (unknown class or language).
    """
    from cm_model.validation.engine import validate as _validate

    return _validate(paths, class_name=class_name, jobs=jobs, lang=lang,
                     show_values=show_values, encoding=encoding, delimiter=delimiter, **kwargs)
