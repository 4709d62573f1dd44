"""Excel intake forms generated from the schema, and the way back from filled forms to records.

`build` draws the workbooks, `writer` pre-fills them with records, `reader` turns filled forms
(also ones re-saved by Excel or LibreOffice) into records with cell-located errors.
"""
