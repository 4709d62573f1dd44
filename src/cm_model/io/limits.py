"""One set of limits for every reader (validate, triggers, metrics, forms import).

Each limit is far above what a real export or filled form needs and far below what would hurt
a laptop running several jobs; the handbook page ``data/inputs`` lists them.
"""

from __future__ import annotations

from datetime import date, datetime

# Whole-file formats are loaded at once, so they are capped; bigger exports belong in JSONL.
MAX_JSON_BYTES = 1024 * 1024 * 1024
MAX_YAML_BYTES = 64 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024 * 1024  # one JSON Lines record
MAX_DEPTH = 64  # deeper than any record the schema allows; stops recursion attacks early

# Spreadsheets (CSV and XLSX).
MAX_COLUMNS = 1024
MAX_ROWS = 10_000_000  # rows per sheet or CSV file
# XLSX is a zip of XML parts: the sizes the zip directory declares bound memory and time.
MAX_XLSX_UNCOMPRESSED = 1024 * 1024 * 1024  # all parts together
MAX_XLSX_PART = 512 * 1024 * 1024  # one part
MAX_XLSX_PARTS = 10_000
MAX_XLSX_RATIO = 1000  # real sheet XML compresses 5–50×; 1000× is a bomb, not a spreadsheet
MAX_XLSX_CELLS = 50_000_000  # rows × columns of one sheet (python-calamine allocates them all)
XLSX_RATIO_MIN_SIZE = 1024 * 1024  # the ratio is only judged on parts bigger than this

# Messages: at most this many per file; the rest are counted in one closing line.
MAX_MESSAGES_PER_FILE = 200

# Dates: every date and date-time in every format must fall in this range. Excel's serial
# numbers, two-digit years and typing slips produce years like 0024 or 9999 that no record of
# this domain can have, and Python's date type breaks at years 1 and 9999.
DATE_MIN = date(1900, 1, 1)
DATE_MAX = date(2199, 12, 31)
DATETIME_MIN = datetime(1900, 1, 1)
DATETIME_MAX = datetime(2199, 12, 31, 23, 59, 59, 999999)

# Integers: what a 64-bit column (numpy, pyarrow, JSON Schema validators) can hold.
INT_MIN = -(2**63)
INT_MAX = 2**63 - 1
