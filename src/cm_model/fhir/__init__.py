"""FHIR R4 export and import of cm-model records (HL7 Finland's Finnish Base Profiles).

Python API::

    from cm_model.fhir import export_document, import_bundle
    bundle = export_document(export_dict)          # Export envelope -> Bundle dict
    export_again, unused = import_bundle(bundle)   # and back; equal to export_dict
"""

from __future__ import annotations

from cm_model.fhir.export import export_clients, export_document
from cm_model.fhir.importer import ImportFailed, import_bundle

__all__ = ["ImportFailed", "export_clients", "export_document", "import_bundle"]
