"""Duplicate object keys in JSON (``{"clients": [...], "clients": []}``): a located error.

orjson keeps the last value without a word, and so would every command. A full second parse
with ``object_pairs_hook`` costs more than the validation itself, so a cheap exact test runs
first: without duplicates, the count of ``":`` in the text equals the count in orjson's own
re-serialisation of what it parsed. That holds when the text writes no quote or colon as a
``\\u`` escape and puts no white space between a key and its colon; otherwise, or when the
counts differ, the slow parse decides and says where (line and column).
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from dataclasses import dataclass
from typing import Any

_ESCAPES = (b"\\u0022", b"\\u003a", b"\\u003A")
_SPACED_COLON = re.compile(rb"[ \t\r\n]:")


@dataclass(frozen=True)
class DuplicateKey:
    key: str
    line: int
    column: int


def may_have_duplicates(raw: bytes, value: Any) -> bool:
    """False when `raw` (the text orjson parsed into `value`) surely has no duplicate keys.

    Cheapest first: text that orjson itself wrote (compact exports, `cm-model synth`) is
    byte-identical to the re-serialisation, which proves nothing was dropped."""
    import orjson

    try:
        again = orjson.dumps(value)
    except (TypeError, orjson.JSONEncodeError):
        return True
    start = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    if raw.startswith(again, start) and not raw[start + len(again):].strip():
        return False
    if b"\\u00" in raw and any(e in raw for e in _ESCAPES):
        return True
    if _SPACED_COLON.search(raw):
        return True
    return raw.count(b'":') != again.count(b'":')


class _Found(Exception):
    def __init__(self, found: DuplicateKey) -> None:
        self.found = found


def _locate(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _decoder(text: str) -> json.JSONDecoder:
    decoder = json.JSONDecoder()

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook,  # noqa: ANN001
                     memo=None, _w=json.decoder.WHITESPACE.match, _ws=json.decoder.WHITESPACE_STR):
        pairs, end = json.decoder.JSONObject(s_and_end, strict, scan_once, None, list, memo)
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                # Find where this key is written for the second time inside the object.
                s, start = s_and_end
                needle = json.dumps(key, ensure_ascii=False)
                first = s.find(needle, start - 1, end)
                second = s.find(needle, first + 1, end) if first >= 0 else -1
                line, column = _locate(s, second if second >= 0 else start)
                raise _Found(DuplicateKey(key, line, column))
            seen.add(key)
        return dict(pairs), end

    decoder.parse_object = parse_object  # type: ignore[method-assign]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder


def find_duplicate_key(raw: bytes) -> DuplicateKey | None:
    """The first duplicate key in the JSON text (slow, exact), or None."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        _decoder(text).decode(text)
    except _Found as found:
        return found.found
    except (ValueError, RecursionError):
        return None
    return None


def check(raw: bytes, value: Any) -> DuplicateKey | None:
    """The duplicate key of `raw` (already parsed into `value`), or None: fast when clean."""
    if not may_have_duplicates(raw, value):
        return None
    return find_duplicate_key(raw)
