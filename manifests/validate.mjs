// Validates the Teams app package offline (PROTOCOLS §5, §7.9): the manifest and its localization
// files against the v1.29 schemas shipped inside @microsoft/app-manifest (never downloaded), an
// explicit manifestVersion check (the schema is draft-04, whose validators ignore `const`), and the
// icons: color 192x192, outline 32x32 white on transparent.
//
//   node validate.mjs          validates this folder, placeholders filled with sample ids
//   node validate.mjs DIR      validates an unpacked package (from `teams-package`), as is
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";

const SCHEMA_URL = "https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json";
const LOCALIZATION_SCHEMA_URL = "https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json";
const SAMPLE = { TEAMS_APP_ID: "00000000-0000-4000-8000-000000000001", BOT_ID: "00000000-0000-4000-8000-000000000002", BOT_DOMAIN: "crm-bot.example.com" };

// No network: a schema can only come from the package on disk.
globalThis.fetch = async () => { throw new Error("network access is disabled during manifest validation"); };

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { ManifestUtil } = require("@microsoft/app-manifest");
const schemaDir = join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams", "v1.29");
// The localization schema's patterns are not valid as unicode regular expressions, which is how
// ManifestUtil compiles them; it is checked with the package's own Ajv with unicode patterns off.
const packageRequire = createRequire(require.resolve("@microsoft/app-manifest"));
const AjvDraft04 = packageRequire("ajv-draft-04").default;
const addFormats = packageRequire("ajv-formats").default;

const folder = process.argv[2] ?? here;
const fromSource = process.argv[2] === undefined;
const errors = [];

function readJson(name) {
  let text = readFileSync(join(folder, name), "utf8").replace(/^\uFEFF/, "");
  if (fromSource) {
    text = text.replace(/\$\{\{(\w+)\}\}/g, (_, key) => SAMPLE[key] ?? `missing-sample-${key}`);
  } else if (text.includes("${{")) {
    errors.push(`${name}: placeholders left unfilled`);
  }
  return JSON.parse(text);
}

function loadSchema(name, document, schemaFile, schemaUrl) {
  if (document.$schema !== schemaUrl) {
    errors.push(`${name}: $schema must be ${schemaUrl}`);
  }
  return JSON.parse(readFileSync(join(schemaDir, schemaFile), "utf8"));
}

async function validateManifest(name, document) {
  const schema = loadSchema(name, document, "MicrosoftTeams.schema.json", SCHEMA_URL);
  for (const error of await ManifestUtil.validateManifestAgainstSchema(document, schema)) {
    errors.push(`${name}: ${error}`);
  }
}

function validateLocalization(name, document) {
  const schema = loadSchema(name, document, "MicrosoftTeams.Localization.schema.json", LOCALIZATION_SCHEMA_URL);
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const check = ajv.compile(schema);
  if (!check(document)) {
    for (const error of check.errors) errors.push(`${name}: ${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
  }
}

/** Width, height and RGBA pixels of an 8-bit RGBA, non-interlaced PNG (all five row filters). */
function readPng(name) {
  const data = readFileSync(join(folder, name));
  if (data.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error(`${name}: not a PNG`);
  let offset = 8, width = 0, height = 0, colorType = 0, depth = 0, interlace = 0;
  const idat = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("ascii", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4); depth = body[8]; colorType = body[9]; interlace = body[12];
    } else if (type === "IDAT") {
      idat.push(body);
    }
    offset += 12 + length;
  }
  if (depth !== 8 || colorType !== 6 || interlace !== 0) return { width, height, pixels: null };
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4, pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

function checkIcons(manifest) {
  const color = readPng(manifest.icons.color);
  if (color.width !== 192 || color.height !== 192) errors.push(`color icon is ${color.width}x${color.height}, must be 192x192`);
  const outline = readPng(manifest.icons.outline);
  if (outline.width !== 32 || outline.height !== 32) errors.push(`outline icon is ${outline.width}x${outline.height}, must be 32x32`);
  if (!outline.pixels) {
    errors.push("outline icon must be an 8-bit RGBA PNG (it needs transparency)");
    return;
  }
  let transparent = 0, white = 0, other = 0;
  for (let i = 0; i < outline.pixels.length; i += 4) {
    const [r, g, b, alpha] = outline.pixels.subarray(i, i + 4);
    if (alpha === 0) transparent++;
    else if (r === 255 && g === 255 && b === 255) white++;
    else other++;
  }
  if (other > 0) errors.push(`outline icon has ${other} pixel(s) that are neither white nor transparent`);
  if (transparent === 0 || white === 0) errors.push("outline icon must be white on a transparent background");
}

const manifest = readJson("manifest.json");
if (manifest.manifestVersion !== "1.29") errors.push(`manifestVersion must be "1.29", found ${JSON.stringify(manifest.manifestVersion)}`);
await validateManifest("manifest.json", manifest);
for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
  if (!existsSync(join(folder, language.file))) {
    errors.push(`${language.file}: missing`);
    continue;
  }
  validateLocalization(language.file, readJson(language.file));
}
const scopes = manifest.bots?.[0]?.scopes ?? [];
for (const scope of ["personal", "team", "groupChat"]) {
  if (!scopes.includes(scope)) errors.push(`bots[0].scopes lacks ${scope}`);
}
checkIcons(manifest);

if (errors.length > 0) {
  console.error([...new Set(errors)].slice(0, 50).join("\n"));
  process.exit(1);
}
console.log(`Teams app package in ${folder} is valid (manifest v1.29, ${1 + (manifest.localizationInfo?.additionalLanguages?.length ?? 0)} language(s), icons checked).`);
