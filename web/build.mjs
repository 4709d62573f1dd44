// Builds the handbook's self-hosted browser assets and downloads; no network, no CDN.
//
// 0. Copies the downloadable files (web/downloads.json) into docs/<lang>/downloads/.
// 1. Copies mermaid's browser bundle to docs/assets/vendor/ (Material uses a global `mermaid`
//    when one exists instead of fetching it from a CDN).
// 2. Compiles the generated JSON Schema with ajv into standalone validation code (one
//    validator per class), then bundles it with the validator's engine and rule port
//    (src/cm_model/handbook/js/) into docs/assets/validator/validator.js, with the readers of CSV
//    (papaparse) and XLSX / filled intake forms (fflate + the browser's DOMParser), so the page
//    works offline.
//
// Usage (from the repository root): node web/build.mjs
import { mkdirSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const web = dirname(fileURLToPath(import.meta.url));
const root = resolve(web, "..");
const require = createRequire(join(web, "package.json"));
const Ajv2019 = require("ajv/dist/2019").default;
const standaloneCode = require("ajv/dist/standalone").default;
const addFormats = require("ajv-formats").default;
const esbuild = require("esbuild");

const schemaPath = join(root, "src/cm_model/datamodel/cm_model.schema.json");
const rulesPath = join(root, "docs/assets/validator/rules.json");
const indexPath = join(root, "src/cm_model/datamodel/schema_index.json");
const vendorDir = join(root, "docs/assets/vendor");
const outDir = join(root, "docs/assets/validator");
const buildDir = join(web, "build");

function fail(message) {
  console.error(`web/build.mjs: ${message}`);
  process.exit(1);
}

// --- 0. downloads: the files the handbook offers, copied from their one place in the repository
// (schema/, examples/, forms/, the generated JSON Schema) as web/downloads.json lists them.
let downloads;
try {
  downloads = JSON.parse(readFileSync(join(web, "downloads.json"), "utf8")).files;
} catch (err) {
  fail(`cannot read web/downloads.json (${err.message}); run \`cm-model generate\` first`);
}
for (const [target, source] of downloads) {
  mkdirSync(dirname(join(root, target)), { recursive: true });
  try {
    copyFileSync(join(root, source), join(root, target));
  } catch (err) {
    fail(`cannot copy ${source} to ${target} (${err.message}); run \`cm-model generate\``);
  }
}

// --- 1. mermaid ------------------------------------------------------------------------------
mkdirSync(vendorDir, { recursive: true });
copyFileSync(require.resolve("mermaid/dist/mermaid.min.js"), join(vendorDir, "mermaid.min.js"));

// --- 2. the validator ------------------------------------------------------------------------
let schema;
try {
  schema = JSON.parse(readFileSync(schemaPath, "utf8"));
} catch (err) {
  fail(`cannot read ${schemaPath} (${err.message}); run \`cm-model generate\` first`);
}
try {
  readFileSync(rulesPath);
} catch {
  fail(`missing ${rulesPath}; run \`cm-model generate\` first`);
}

// Same semantics as the Python side (jsonschema-rs with validate_formats=True): every error,
// formats checked, unknown annotation keywords (LinkML's metamodel_version…) ignored.
const ajv = new Ajv2019({
  allErrors: true,
  strict: false,
  validateFormats: true,
  code: { source: true, esm: true, lines: false },
});
addFormats(ajv);
ajv.addSchema(schema);
const id = schema.$id;
const refs = {};
for (const name of Object.keys(schema.$defs).sort()) {
  const def = schema.$defs[name];
  if (def && (def.type === "object" || def.properties)) refs[name] = `${id}#/$defs/${name}`;
}
mkdirSync(buildDir, { recursive: true });
const validatorsFile = join(buildDir, "validators.mjs");
writeFileSync(validatorsFile, standaloneCode(ajv, refs));

mkdirSync(outDir, { recursive: true });
await esbuild.build({
  entryPoints: [join(root, "src/cm_model/handbook/js/page.js")],
  bundle: true,
  format: "iife",
  target: ["es2020"],
  minify: true,
  legalComments: "none",
  outfile: join(outDir, "validator.js"),
  nodePaths: [join(web, "node_modules")],
  alias: {
    "cm-validators": validatorsFile,
    "cm-schema-json": schemaPath,
    "cm-rules-json": rulesPath,
    "cm-schema-index": indexPath,
  },
  logLevel: "warning",
});

// The same engine as an ES module for Node: the parity test (tests/test_browser_parity.py) runs
// it on thousands of generated and mutated records and compares its verdicts with Python's.
await esbuild.build({
  entryPoints: [join(root, "src/cm_model/handbook/js/engine.js")],
  bundle: true,
  format: "esm",
  platform: "node",
  target: ["node18"],
  outfile: join(buildDir, "engine-node.mjs"),
  nodePaths: [join(web, "node_modules")],
  alias: {
    "cm-validators": validatorsFile,
    "cm-schema-json": schemaPath,
    "cm-rules-json": rulesPath,
    "cm-schema-index": indexPath,
  },
  logLevel: "warning",
});
console.log(`web/build.mjs: copied ${downloads.length} downloads; wrote `
  + "docs/assets/vendor/mermaid.min.js, docs/assets/validator/validator.js");
