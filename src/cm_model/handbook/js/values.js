// One conversion of cell and text values: a port of cm_model.io.values (the rules are stated
// there and on the handbook page data/inputs). The date range, the 64-bit integer range and the
// yes/no words are the CLI's own, shipped in rules.json by `cm-model generate`.
// Errors are CellError with a message key (cell.<key>), never the value: it may be personal data.
import catalogueJson from "cm-rules-json";
import { XDate } from "./workbook.js";

const LIMITS = catalogueJson.limits;
const DATE_MIN = LIMITS.DATE_MIN;
const DATE_MAX = LIMITS.DATE_MAX;
const INT_MIN = BigInt(LIMITS.INT_MIN);
const INT_MAX = BigInt(LIMITS.INT_MAX);
const TRUE = new Set(catalogueJson.boolean_words.true);
const FALSE = new Set(catalogueJson.boolean_words.false);

export class CellError extends Error {
  constructor(key, params = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }

  get code() { return `cell.${this.key}`; }
}

const rangeError = () => new CellError("date-range", { lo: DATE_MIN, hi: DATE_MAX });

// Python's str.isdigit / \d take every Unicode decimal digit; int() reads them by value.
const UDIGIT = /\p{Nd}/u;
function asciiDigits(text) {
  return text.replace(/\p{Nd}/gu, (ch) => {
    if (ch >= "0" && ch <= "9") return ch;
    // a Unicode digit block runs 0…9 upwards: count back to its zero
    let cp = ch.codePointAt(0);
    let value = 0;
    while (value < 9 && UDIGIT.test(String.fromCodePoint(cp - 1))) { cp -= 1; value += 1; }
    return String(value % 10);
  });
}

// Python's str.strip(): Unicode white space at both ends.
const strip = (text) => text.replace(/^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/gu, "");

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const FI_DATE = /^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})$/;
const ISO_DATETIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const FI_DATETIME = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+|\s*[T ]\s*|\s*klo\s*)(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$/;
const pad = (n, w = 2) => String(n).padStart(w, "0");

function realDay(y, mo, d) {
  if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  const t = new Date(Date.UTC(2000, mo - 1, d)); // a leap year base, the year set below
  t.setUTCFullYear(y);
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const dayIso = (y, mo, d) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
const inRange = (iso) => iso >= DATE_MIN && iso <= DATE_MAX;

/** A moment: { day: "YYYY-MM-DD", midnight: bool, iso: the normalised text }. */
class Moment {
  constructor(y, mo, d, h, mi, s, us = 0, offset = "") {
    Object.assign(this, { y, mo, d, h, mi, s, us, offset });
  }

  get day() { return dayIso(this.y, this.mo, this.d); }

  get midnight() { return !this.h && !this.mi && !this.s && !this.us; }

  iso() {
    let out = `${this.day}T${pad(this.h)}:${pad(this.mi)}:${pad(this.s)}`;
    if (this.us) out += `.${pad(this.us, 6)}`;
    return out + this.offset;
  }
}

/** Python's datetime.fromisoformat on text that passed ISO_DATETIME (3.11): two-digit month,
 * day and hour; fractions cut to microseconds; hours 0–23. */
function fromIso(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  if (!m) throw new CellError("datetime");
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] || 0));
  if (!realDay(y, mo, d) || h > 23 || mi > 59 || s > 59) throw new CellError("datetime");
  let offset = "";
  if (m[8]) {
    const o = m[8] === "Z" ? "+00:00" : m[8];
    const om = o.length > 3 ? o.slice(-2) : "00";
    if (Number(o.slice(1, 3)) > 23 || Number(om) > 59) throw new CellError("datetime");
    offset = `${o.slice(0, 3)}:${om}`;
  }
  const us = m[7] ? Number(m[7].slice(0, 6).padEnd(6, "0")) : 0;
  return new Moment(y, mo, d, h, mi, s, us, offset);
}

function checked(day) {
  if (!inRange(day)) throw rangeError();
}

/** to_datetime on text (the parsed moment; raises CellError). */
export function parseDatetime(raw) {
  const text = strip(raw);
  const fi = FI_DATETIME.exec(text);
  if (fi) {
    const [d, mo, y, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(fi[i] || 0));
    if (!realDay(y, mo, d) || h > 23 || mi > 59 || s > 59) throw new CellError("datetime");
    const found = new Moment(y, mo, d, h, mi, s);
    checked(found.day);
    return found;
  }
  if (!ISO_DATETIME.test(text)) throw new CellError("datetime");
  const found = fromIso(text);
  checked(found.day);
  return found;
}

/** to_date on text → "YYYY-MM-DD" (raises CellError). */
export function parseDate(raw) {
  const text = strip(raw);
  let y;
  let mo;
  let d;
  let g = ISO_DATE.exec(text);
  if (g) [y, mo, d] = [+g[1], +g[2], +g[3]];
  else {
    g = FI_DATE.exec(text);
    if (!g) {
      if (ISO_DATETIME.test(text) || FI_DATETIME.test(text)) {
        const moment = parseDatetime(text);
        if (!moment.midnight) throw new CellError("time-in-date");
        return moment.day;
      }
      throw new CellError("date");
    }
    [d, mo, y] = [+g[1], +g[2], +g[3]];
  }
  if (!realDay(y, mo, d)) throw new CellError("date");
  const day = dayIso(y, mo, d);
  checked(day);
  return day;
}

const FIRST_REAL_SERIAL_DAY = "1900-03-01";

/** A date cell of a workbook (XDate) in a date or date-time field. */
function fromCell(value, kind) {
  // Before 1 March 1900 Excel's calendar counts a 29 February that never was: refused.
  if (value.dateIso() < FIRST_REAL_SERIAL_DAY) throw new CellError("serial");
  if (kind === "date") {
    if (value.hasTime()) throw new CellError("time-in-date");
    checked(value.dateIso());
    return value.dateIso();
  }
  checked(value.dateIso());
  return value.iso();
}

function bigIntegerInRange(text) {
  const n = BigInt(text);
  if (n < INT_MIN || n > INT_MAX) throw new CellError("integer-range");
  return Number(n);
}

const cleanNumber = (text) => strip(text).replace(/[ \u00a0\u202f]/g, "");

/** to_integer (raises CellError). */
export function toInteger(raw) {
  if (typeof raw === "boolean" || raw instanceof XDate) throw new CellError("integer");
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || !Number.isInteger(raw)) throw new CellError("integer");
    if (raw < -(2 ** 63) || raw >= 2 ** 63) throw new CellError("integer-range");
    return raw;
  }
  const cleaned = cleanNumber(String(raw));
  if (!/^[+-]?\p{Nd}+$/u.test(cleaned) || [...cleaned].length > 25) throw new CellError("integer");
  return bigIntegerInRange(asciiDigits(cleaned));
}

const PY_INT = /^[+-]?\d(?:_?\d)*$/;
const PY_FLOAT = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

/** to_number (raises CellError); the text fast path of tabular._converter first. */
export function toNumber(raw) {
  if (typeof raw === "boolean" || raw instanceof XDate) throw new CellError("number");
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw new CellError("number");
    return raw;
  }
  const text = String(raw);
  // Python's float()/int() of ASCII text without a comma, when it gives a finite value
  if (/^[\x00-\x7f]*$/.test(text) && !text.includes(",")) {
    const t = strip(text);
    if (/[.eE]/.test(text)) {
      if (PY_FLOAT.test(t)) {
        const v = Number(t.replaceAll("_", ""));
        if (Number.isFinite(v)) return v;
      }
    } else if (PY_INT.test(t)) {
      const n = BigInt(t.replaceAll("_", ""));
      if (n >= INT_MIN && n <= INT_MAX) return Number(n);
    }
  }
  // decimal.Decimal of the cleaned text (spaces gone, decimal comma read as a point)
  const cleaned = asciiDigits(cleanNumber(text).replaceAll(",", "."));
  if (cleaned.length > 60) throw new CellError("number");
  const plain = cleaned.replaceAll("_", "");
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(plain)) throw new CellError("number");
  if (!cleaned.includes(".") && !/e/i.test(cleaned)) return bigIntegerInRange(plain);
  const v = Number(plain);
  if (!Number.isFinite(v)) throw new CellError("number");
  return v;
}

/** to_boolean (raises CellError); `normalise` is how labels are compared. */
export function toBoolean(raw, normalise) {
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number" && (raw === 0 || raw === 1)) return raw === 1;
  if (typeof raw === "string") {
    const key = normalise(raw);
    if (TRUE.has(key)) return true;
    if (FALSE.has(key)) return false;
  }
  throw new CellError("boolean");
}

/** tabular.coerce: a cell value → the JSON value of the schema kind (raises CellError). */
export function coerceValue(value, kind, normalise) {
  if (value instanceof XDate && value.dateIso() < FIRST_REAL_SERIAL_DAY) throw new CellError("serial");
  if (["string", "enum", "any"].includes(kind)) {
    if (typeof value === "string") return strip(value);
    if (value instanceof XDate) return value.iso();
    if (typeof value === "boolean") return String(value);
    return strip(String(value));
  }
  if (kind === "integer") return toInteger(value);
  if (kind === "number") return toNumber(value);
  if (kind === "boolean") return toBoolean(value, normalise);
  if (kind === "date") {
    if (value instanceof XDate) return fromCell(value, kind);
    if (typeof value !== "string") throw new CellError("date");
    // fast path of tabular._converter: ISO text kept as written when in range
    if (value.length === 10 && value[4] === "-") {
      const [y, mo, d] = value.split("-").map(Number);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !realDay(y, mo, d)) throw new CellError("date");
      if (inRange(value)) return value;
    }
    return parseDate(value);
  }
  if (kind === "datetime") {
    if (value instanceof XDate) return fromCell(value, kind);
    if (typeof value !== "string") throw new CellError("datetime");
    // fast path of tabular._converter: ISO text of a year in range kept as written when
    // datetime.fromisoformat takes it
    if (value.length >= 16 && value[4] === "-" && "T ".includes(value[10])
        && value.slice(0, 4) >= "1900" && value.slice(0, 4) <= "2199") {
      try {
        fromIso(value);
        return value;
      } catch (err) {
        if (!(err instanceof CellError)) throw err;
      }
    }
    parseDatetime(value); // raises when malformed or out of range; the text is kept
    return strip(value);
  }
  return value;
}
