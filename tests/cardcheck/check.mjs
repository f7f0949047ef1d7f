// Checks every Adaptive Card in a folder the way clients will read it.
//
//   node tests/cardcheck/check.mjs <folder-of-card-json> [--schema <adaptive-card-1.5.0.schema.json>]
//
// For each *.json card:
//  1. parse it with the official `adaptivecards` package (the renderer Web Chat bundles) targeting
//     version 1.5 and fail on every parse event (unknown element/action types, bad values);
//  2. run the package's own validation (validateProperties) and fail on every event;
//  3. serialize it back with the package and fail on any property the package silently dropped
//     (the package ignores unknown properties, the 1.5 schema and Teams do not);
//  4. render it into a DOM (jsdom) so renderer exceptions surface;
//  5. check what the schema cannot: top-level "version" is "1.5", no string "fallback", no
//     Container "rtl", size below 80 KB in UTF-16 (Teams message limit with headroom);
//  6. with --schema, validate against that JSON schema (draft-06) with ajv; the Teams host
//     extension "msteams" is removed from a copy first, because the schema rejects it.
// Exit 0 when every card passes; 1 with one line per problem otherwise; 2 on bad arguments.
// `require('adaptivecards')` fails in Node (its "main" is ESM without extensions), so the
// bundled UMD build in dist/ is loaded instead.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { hostExtensionKeys, structuralProblems, droppedProperties } from './rules.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const schemaAt = args.indexOf('--schema');
const schemaPath = schemaAt >= 0 ? args[schemaAt + 1] : undefined;
const folder = args.find((a, i) => !a.startsWith('--') && (schemaAt < 0 || i !== schemaAt + 1));
if (!folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory() || (schemaAt >= 0 && !schemaPath)) {
  console.error('usage: node check.mjs <folder-of-card-json> [--schema <schema.json>]');
  process.exit(2);
}

const dom = new JSDOM('<!doctype html><html><body></body></html>');
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globalThis) && /^(HTML|SVG|Node|Element|Event|document|window|navigator|getComputedStyle)/.test(key)) {
    globalThis[key] = dom.window[key];
  }
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const AC = require('adaptivecards/dist/adaptivecards.js');
// Hosts plug in their own markdown; plain text is enough to render-check (and keeps the log quiet).
AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };

let validateSchema;
if (schemaPath) {
  const { default: Ajv } = await import('ajv');
  const draft6 = require('ajv/dist/refs/json-schema-draft-06.json');
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
  ajv.addMetaSchema(draft6);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The published file names itself with draft-04's "id" while declaring draft-06, which ajv refuses.
  if (typeof schema.id === 'string' && !schema.$id) { schema.$id = schema.id; delete schema.id; }
  validateSchema = ajv.compile(schema);
}

const files = readdirSync(folder).filter(f => f.endsWith('.json')).sort();
const problems = [];
for (const file of files) {
  const text = readFileSync(join(folder, file), 'utf8');
  const report = message => problems.push(`${file}: ${message}`);
  let json;
  try { json = JSON.parse(text); } catch (e) { report(`not JSON: ${e.message}`); continue; }

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) report(`adaptivecards parse: ${context.getEventAt(i).message}`);
  for (const e of card.validateProperties().validationEvents) report(`adaptivecards validation: ${e.message}`);
  for (const p of droppedProperties(json, card.toJSON(new AC.SerializationContext(AC.Versions.v1_5)))) {
    report(`adaptivecards ignores property ${p}`);
  }
  try {
    if (!card.render()) report('adaptivecards rendered nothing');
  } catch (e) { report(`adaptivecards render threw: ${e.message}`); }
  for (const p of structuralProblems(json, text)) report(p);

  if (validateSchema) {
    const copy = structuredClone(json);
    for (const key of hostExtensionKeys) delete copy[key];
    if (!validateSchema(copy)) {
      // anyOf over every element type multiplies errors; the first few locate the fault.
      for (const e of validateSchema.errors.slice(0, 5)) report(`schema: ${e.instancePath || '/'} ${e.message}`);
      if (validateSchema.errors.length > 5) report(`schema: ${validateSchema.errors.length - 5} more errors`);
    }
  }
}

if (files.length === 0) problems.push(`no card JSON files in ${folder}`);
for (const p of problems) console.log(p);
console.log(`cardcheck: ${files.length} cards, ${problems.length} problems${schemaPath ? ' (schema checked)' : ''}`);
process.exit(problems.length === 0 ? 0 : 1);
