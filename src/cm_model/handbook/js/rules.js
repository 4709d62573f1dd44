// JavaScript port of the business-rule catalogue (src/cm_model/validation/rules.py).
//
// One function per rule id, each a line-by-line port of the Python check. Severity, messages,
// what a rule reads and needs, and every table a rule uses (id lists, references, event dates,
// periods) come from the generated catalogue (docs/assets/validator/rules.json); the WHOQOL-BREF
// item tables from the generated schema index (src/cm_model/datamodel/schema_index.json). So a
// schema change reaches the browser with `cm-model generate`; a change to a check's logic must
// be ported here, and the parity test (tests/test_browser_parity.py) fails until it is.
// Python conventions kept: a value of the wrong type, or null, counts as absent; no check
// throws on a wrong-typed value.
import schemaIndex from "cm-schema-index";

const DATE = /^\d{4}-\d{2}-\d{2}/;

export const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isStr = (v) => typeof v === "string";
const isInt = (v) => typeof v === "number" && Number.isInteger(v);
const isNum = (v) => typeof v === "number";
const absent = (v) => v === null || v === undefined;

export function day(value) {
  return isStr(value) && DATE.test(value) ? value.slice(0, 10) : null;
}

export function items(record, key) {
  const value = isObj(record) ? record[key] : undefined;
  if (!Array.isArray(value)) return [];
  const out = [];
  value.forEach((v, i) => { if (isObj(v)) out.push([i, v]); });
  return out;
}

export function text(value) {
  return isStr(value) && value !== "" ? value : null;
}

export function walk(record, pattern) {
  let nodes = [["", record]];
  for (const segment of pattern.split(".")) {
    const star = segment.endsWith("[*]");
    const key = star ? segment.slice(0, -3) : segment;
    const next = [];
    for (const [path, node] of nodes) {
      if (!isObj(node)) continue;
      const value = node[key];
      if (absent(value)) continue;
      const here = path ? `${path}.${key}` : key;
      if (star) {
        if (Array.isArray(value)) {
          value.forEach((v, i) => { if (!absent(v)) next.push([`${here}[${i}]`, v]); });
        }
      } else {
        next.push([here, value]);
      }
    }
    nodes = next;
  }
  return nodes;
}

// Python compares tuples; these compare [string, number] pairs the same way.
function tupleCmp(a, b) {
  for (let k = 0; k < Math.max(a.length, b.length); k += 1) {
    if (a[k] < b[k]) return -1;
    if (a[k] > b[k]) return 1;
  }
  return 0;
}

const hit = (path, params = {}, value = null) => ({ path, params, value });

// --- henkilötunnus (python-stdnum fi.hetu with allow_temporary=True) --------------------------
const HETU = /^([0123][0-9])([01][0-9])([0-9][0-9])([-+ABCDEFYXWVU])([0-9]{3})([0-9ABCDEFHJKLMNPRSTUVWXY])$/;
const CENTURY = { "+": 1800, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

export function hetuValid(raw) {
  const m = HETU.exec(raw.toUpperCase().trim());
  if (!m) return false;
  const [, dd, mm, yy, sign, individual, control] = m;
  const year = (CENTURY[sign] ?? 1900) + Number(yy);
  const month = Number(mm);
  const dayN = Number(dd);
  if (month < 1 || month > 12 || dayN < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (dayN > last) return false;
  if (Number(individual) < 2) return false;
  return "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(dd + mm + yy + individual) % 31] === control;
}

// --- shared helpers of several rules ----------------------------------------------------------
function latestStatus(record) {
  let latest = null;
  let status = null;
  for (const [i, change] of items(record, "status_history")) {
    const d = day(change.status_date);
    if (d && (latest === null || tupleCmp([d, i], latest) >= 0)) {
      latest = [d, i];
      status = change.clienthood_status;
    }
  }
  return [latest, status];
}

function closingDay(record) {
  const [latest, status] = latestStatus(record);
  return latest && status === "CLOSED" ? latest : [null, null];
}

// --- WHOQOL-BREF scoring (cm_model.metrics.measures.whoqol_bref_scores) ------------------------
// The item tables are the schema's (annotations of the WhoqolDomain enum).
const WHOQOL = schemaIndex.whoqol_bref;
const WHOQOL_DOMAINS = Object.fromEntries(Object.values(WHOQOL.domains).map((d) => [d.key, d.items]));
const WHOQOL_MIN = Object.fromEntries(Object.values(WHOQOL.domains).map((d) => [d.key, d.min_items]));
const WHOQOL_REVERSED = new Set(WHOQOL.reversed_items);

// Python's f"{x:.2f}": exact ties (x * 1000 ending in 5, exactly representable) round half to
// even, where toFixed rounds them up.
export function fixed2(x) {
  if (Number.isInteger(x * 8) && Math.abs(Math.round(x * 1000)) % 10 === 5) {
    const lower = Math.floor(x * 100);
    return ((lower % 2 === 0 ? lower : lower + 1) / 100).toFixed(2);
  }
  return x.toFixed(2);
}

export function whoqolScores(answers) {
  const answered = answers.size;
  const discard = answered < WHOQOL.min_items_answered;
  const out = {};
  for (const [domain, itemsOf] of Object.entries(WHOQOL_DOMAINS)) {
    const values = [];
    for (const i of itemsOf) {
      if (answers.has(i)) values.push(WHOQOL_REVERSED.has(i) ? 6 - answers.get(i) : answers.get(i));
    }
    if (discard || values.length < WHOQOL_MIN[domain]) {
      out[domain] = { score_4_20: null, score_0_100: null };
    } else {
      let sum = 0;
      for (const v of values) sum += v;
      const score = (sum / values.length) * 4;
      out[domain] = { score_4_20: score, score_0_100: ((score - 4) * 100) / 16 };
    }
  }
  return out;
}

// --- references (rules.py: _references) ------------------------------------------------------
// Every reference the schema declares, as the rule's data.references lists them: among the
// export's records (scope "export") or among the same record's elements (scope "record").
function references(listedOnly) {
  return (record, ctx, cls, data) => {
    const out = [];
    for (const ref of data.references ?? []) {
      if (ref.record !== cls) continue;
      let known;
      if (ref.scope === "export") {
        known = ctx.recordIds ? ctx.recordIds[ref.target] : undefined;
        if (!known || (listedOnly && known.size === 0)) continue;
      } else {
        if (walk(record, ref.path).length === 0) continue;
        known = new Set(walk(record, ref.target_path).map(([, v]) => v).filter(isStr));
      }
      for (const [path, value] of walk(record, ref.path)) {
        if (isStr(value) && !known.has(value)) out.push(hit(path, { target_class: ref.target }, value));
      }
    }
    return out;
  };
}

// --- the checks, by rule id -------------------------------------------------------------------
// Each takes (record, ctx, className, data) where data is the rule's table from the catalogue.
export const CHECKS = {
  "CM-R001"(record) {
    const value = text(record.henkilotunnus);
    return value !== null && !hetuValid(value) ? [hit("henkilotunnus", {}, value)] : [];
  },

  "CM-R002"(record, ctx, cls, data) {
    const out = [];
    const key = data.top_level_id_field[cls] ?? "id";
    const ident = text(record[key]);
    if (ident !== null) {
      const seen = ctx.seenIds[cls] ?? (ctx.seenIds[cls] = new Map());
      if (seen.has(ident)) out.push(hit(key, { scope: `${cls}, first at ${seen.get(ident)}` }, ident));
      else seen.set(ident, ctx.locator);
    }
    if (cls !== "Client") return out;
    for (const pattern of data.nested_id_lists) {
      const local = new Set();
      for (const [path, element] of walk(record, pattern)) {
        const id = isObj(element) ? text(element.id) : null;
        if (id === null) continue;
        if (local.has(id)) out.push(hit(`${path}.id`, { scope: pattern.replaceAll("[*]", "[]") }, id));
        local.add(id);
      }
    }
    return out;
  },

  "CM-R003"(record) {
    const out = [];
    for (const [i, a] of items(record, "assignments")) {
      const start = day(a.start_date);
      const end = day(a.end_date);
      if (start && end && end < start) out.push(hit(`assignments[${i}].end_date`));
    }
    return out;
  },

  "CM-R004"(record) {
    const byRole = new Map();
    for (const [i, a] of items(record, "assignments")) {
      const role = text(a.role);
      const start = day(a.start_date);
      if (role && start) {
        const end = day(a.end_date) || "9999-12-31";
        if (!byRole.has(role)) byRole.set(role, []);
        byRole.get(role).push([start, end, i]);
      }
    }
    const out = [];
    for (const role of [...byRole.keys()].sort()) {
      const periods = byRole.get(role).slice().sort(tupleCmp);
      if (periods.length < 3) continue;
      for (let k = 0; k < periods.length; k += 1) {
        const [start, , index] = periods[k];
        const overlapping = periods.slice(0, k).filter(([s, e]) => s <= start && start <= e).length;
        if (overlapping >= 2) {
          out.push(hit(`assignments[${index}]`, { role }));
          break;
        }
      }
    }
    return out;
  },

  "CM-R005"(record, ctx, cls, data) {
    const consentDays = items(record, "consents")
      .filter(([, c]) => c.consent_type === "COORDINATOR_CONTACT" && c.consent_status === "GIVEN")
      .map(([, c]) => day(c.decision_date))
      .filter((d) => d);
    const out = [];
    for (const [i, a] of items(record, "assignments")) {
      const start = day(a.start_date);
      if (data.coordinator_roles.includes(a.role) && start) {
        if (!consentDays.some((d) => d <= start)) out.push(hit(`assignments[${i}].start_date`));
      }
    }
    return out;
  },

  "CM-R006"(record) {
    const out = [];
    for (const [i, plan] of items(record, "care_plans")) {
      if (plan.plan_status !== "DRAFT" && items(plan, "goals").length === 0) {
        out.push(hit(`care_plans[${i}].goals`));
      }
    }
    return out;
  },

  "CM-R007"(record) {
    const out = [];
    for (const [i, plan] of items(record, "care_plans")) {
      const created = day(plan.created_date);
      const schedule = plan.review_schedule;
      const review = isObj(schedule) ? day(schedule.next_review_date) : null;
      if (created && review && review <= created) {
        out.push(hit(`care_plans[${i}].review_schedule.next_review_date`));
      }
    }
    return out;
  },

  "CM-R008"(record) {
    const [closed, index] = closingDay(record);
    if (closed === null) return [];
    const ok = items(record, "cm_hoi_entries")
      .some(([, e]) => e.phase === "CLOSING" && text(e.closing_reason));
    return ok ? [] : [hit(`status_history[${index}]`)];
  },

  "CM-R009"(record) {
    const out = [];
    for (const [i, entry] of items(record, "cm_hoi_entries")) {
      const hasReason = text(entry.closing_reason) !== null;
      if ((entry.phase === "CLOSING") !== hasReason) out.push(hit(`cm_hoi_entries[${i}].closing_reason`));
    }
    return out;
  },

  "CM-R010"(record) {
    const [closed] = closingDay(record);
    if (closed === null) return [];
    const out = [];
    for (const [i, entry] of items(record, "cm_hoi_entries")) {
      const d = day(entry.entry_date);
      if (d && d > closed && entry.is_correction !== true) out.push(hit(`cm_hoi_entries[${i}].entry_date`));
    }
    return out;
  },

  "CM-R011"(record) {
    const out = [];
    for (const [i, index] of items(record, "continuity_indices")) {
      const value = index.index_value;
      if (!isNum(value)) continue;
      const count = index.contact_count;
      const tooLow = index.index_type === "UPC" && isInt(count) && count >= 1 && value < 1 / count - 1e-9;
      if (!(value >= 0 && value <= 1) || tooLow) {
        out.push(hit(`continuity_indices[${i}].index_value`, {}, value));
      }
    }
    return out;
  },

  "CM-R012"(record, ctx, cls, data) {
    const out = [];
    for (const [i, index] of items(record, "continuity_indices")) {
      const kind = index.index_type;
      const count = index.contact_count;
      const minimum = isStr(kind) && Object.hasOwn(data.min_contacts, kind) ? data.min_contacts[kind] : null;
      if (minimum === null || !isInt(count)) continue;
      if (count < minimum && !absent(index.index_value)) {
        out.push(hit(`continuity_indices[${i}].index_value`, { index_type: kind, minimum }));
      }
    }
    return out;
  },

  "CM-R013"(record) {
    const out = [];
    for (const [i, index] of items(record, "continuity_indices")) {
      if (absent(index.index_value) && text(index.not_computable_reason) === null) {
        out.push(hit(`continuity_indices[${i}].not_computable_reason`));
      }
    }
    return out;
  },

  "CM-R014"(record, ctx, cls, data) {
    const out = [];
    for (const [i, assessment] of items(record, "whoqol_assessments")) {
      const answers = new Map();
      let usable = true;
      for (const [j, answer] of items(assessment, "item_answers")) {
        const number = answer.item_number;
        const value = answer.answer;
        if (!(isInt(number) && isInt(value)) || !(number >= 1 && number <= WHOQOL.item_count
            && value >= WHOQOL.answer_min && value <= WHOQOL.answer_max)) {
          usable = false;
          continue;
        }
        if (answers.has(number)) {
          out.push(hit(`whoqol_assessments[${i}].item_answers[${j}].item_number`,
            { domain: "item", scale: `${number}`, expected: "once" }));
        }
        answers.set(number, value);
      }
      if (answers.size === 0 || !usable) continue;
      const computed = whoqolScores(answers);
      for (const [j, stored] of items(assessment, "domain_scores")) {
        const domain = isStr(stored.domain) && Object.hasOwn(data.domain_codes, stored.domain)
          ? data.domain_codes[stored.domain] : null;
        if (domain === null) continue;
        for (const [scale, tolerance] of data.tolerance) {
          const have = stored[scale];
          if (absent(have) || !isNum(have)) continue;
          const expected = computed[domain][scale];
          const path = `whoqol_assessments[${i}].domain_scores[${j}].${scale}`;
          if (expected === null) {
            out.push(hit(path, { domain: stored.domain, scale, expected: "not computable" }, have));
          } else if (Math.abs(have - expected) > tolerance) {
            out.push(hit(path, { domain: stored.domain, scale, expected: fixed2(expected) }, have));
          }
        }
      }
    }
    return out;
  },

  "CM-R015": references(false),
  "CM-R016": references(false),
  "CM-R017": references(false),
  "CM-R018": references(false),

  "CM-R019"(record, ctx, cls, data) {
    const limit = ctx.exportTime || "9999-12-31";
    const out = [];
    for (const pattern of data.event_dates[cls] ?? []) {
      for (const [path, value] of walk(record, pattern)) {
        const d = day(value);
        if (d && d > limit) out.push(hit(path, {}, value));
      }
    }
    return out;
  },

  "CM-R020"(record, ctx, cls, data) {
    const out = [];
    for (const [pattern, startKey, endKey] of data.periods[cls] ?? []) {
      const elements = pattern ? walk(record, pattern) : [["", record]];
      for (const [path, element] of elements) {
        if (!isObj(element)) continue;
        const start = day(element[startKey]);
        const end = day(element[endKey]);
        if (start && end && end < start) {
          out.push(hit(path ? `${path}.${endKey}` : endKey, { start: startKey, end: endKey }));
        }
      }
    }
    return out;
  },

  "CM-R021"(record) {
    const out = [];
    for (const [i, a] of items(record, "assignments")) {
      if (absent(a.end_date) && a.client_informed !== true) out.push(hit(`assignments[${i}].client_informed`));
    }
    return out;
  },

  "CM-R022"(record) {
    const value = text(record.henkilotunnus);
    if (value === null || !hetuValid(value)) return [];
    const sign = value[6].toUpperCase();
    const century = sign === "+" ? 1800 : "ABCDEF".includes(sign) ? 2000 : 1900;
    const year = String(century + Number(value.slice(4, 6))).padStart(4, "0");
    const encoded = `${year}-${value.slice(2, 4)}-${value.slice(0, 2)}`;
    const out = [];
    const birth = day(record.birth_date);
    if (birth && birth !== encoded) out.push(hit("birth_date"));
    const by = record.birth_year;
    if (isInt(by) && by !== Number(encoded.slice(0, 4))) out.push(hit("birth_year"));
    return out;
  },

  "CM-R023": references(true),

  "CM-R024"(record) {
    const [, status] = latestStatus(record);
    return status === "ACTIVE" && text(record.client_group_marking) === null
      ? [hit("client_group_marking")] : [];
  },

  "CM-R025": references(true),

  // --- schema 0.2.0 (ports of CM-R026, CM-R027 and CM-R030 in rules.py) ---
  "CM-R026"(record, ctx, cls, data) {
    const ageRules = [];
    for (const scope of ctx.scopeRules ?? []) {
      const value = scope.criterion_value;
      if (data.age_criteria.includes(scope.scope_criterion) && isStr(value) && /^\d+$/.test(value.trim())) {
        ageRules.push([scope, Number(value.trim())]);
      }
    }
    if (ageRules.length === 0) return [];
    const ageRange = (on) => {
      const birth = day(record.birth_date);
      if (birth) {
        const age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);
        return [age, age];
      }
      const year = record.birth_year;
      return isInt(year) ? [Number(on.slice(0, 4)) - year - 1, Number(on.slice(0, 4)) - year] : null;
    };
    const outOfScope = (effect, criterion, limit, [low, high]) => {
      const [all, none] = criterion === "AGE_AT_LEAST" ? [low >= limit, high < limit] : [high < limit, low >= limit];
      return effect === "INCLUDE" ? none : effect === "EXCLUDE" ? all : false;
    };
    const out = [];
    for (const [i, referral] of items(record, "referrals")) {
      const on = day(referral.referral_date);
      const ages = on ? ageRange(on) : null;
      if (ages === null) continue;
      for (const [scope, limit] of ageRules) {
        const start = day(scope.valid_from);
        const end = day(scope.valid_until);
        if ((start && on < start) || (end && on > end)) continue;
        if (outOfScope(scope.scope_effect, scope.scope_criterion, limit, ages)) {
          out.push(hit(`referrals[${i}].referral_date`));
          break;
        }
      }
    }
    return out;
  },

  "CM-R027"(record, ctx, cls, data) {
    if (record.needs_special_support !== true) return [];
    const inForce = items(record, "assignments").some(([, a]) => data.roles.includes(a.role) && absent(a.end_date));
    return inForce ? [] : [hit("needs_special_support")];
  },

  "CM-R030"(record, ctx) {
    const members = items(record, "segment_memberships");
    if (members.length === 0) return [];
    const current = new Set(walk(record, "segments[*]").map(([, v]) => v).filter(isStr));
    const open = new Set();
    for (const [, m] of members) {
      if (!isStr(m.segment)) continue;
      const end = day(m.end_date);
      if (absent(m.end_date) || (ctx.exportTime && end && end >= ctx.exportTime)) open.add(m.segment);
    }
    const same = current.size === open.size && [...current].every((s) => open.has(s));
    return same ? [] : [hit("segments")];
  },
};

/** Whether the context a rule declares in `needs` is there (rules.Context.has). */
export function hasNeed(ctx, need) {
  if (need === "export_time") return ctx.exportTime !== null && ctx.exportTime !== undefined;
  if (need === "scope_rules") return ctx.scopeRules !== null && ctx.scopeRules !== undefined;
  return ctx.recordIds !== null && Object.hasOwn(ctx.recordIds, need);
}

/** Python's str.format for the catalogue's templates: the template itself when a key is missing. */
export function formatMessage(template, params) {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (_, name) => {
    if (!Object.hasOwn(params, name)) { missing = true; return ""; }
    return String(params[name]);
  });
  return missing ? template : out;
}
