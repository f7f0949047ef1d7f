// Checks the adaptivecards package and the 1.5 schema do not make (see PROTOCOLS §4 quirks).

/** Teams host extensions: allowed on the card, unknown to the schema and to the JS renderer. */
export const hostExtensionKeys = ['msteams'];

const teamsMessageLimitBytes = 80 * 1024;

export function structuralProblems(json, text) {
  const problems = [];
  if (json.type !== 'AdaptiveCard') problems.push(`type is ${JSON.stringify(json.type)}, not "AdaptiveCard"`);
  if (json.version !== '1.5') problems.push(`version is ${JSON.stringify(json.version)}, not "1.5" (Teams renders up to 1.5)`);
  if (text.length * 2 > teamsMessageLimitBytes) problems.push(`card is ${text.length * 2} bytes in UTF-16, over 80 KB`);
  walk(json, '', (node, path) => {
    if (typeof node.fallback === 'string' && node.fallback !== 'drop') problems.push(`${path}.fallback is a string other than "drop"`);
    if (node.type === 'Container' && 'rtl' in node) problems.push(`${path}.rtl on a Container (schema 1.5 spells it "rtl?")`);
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && !node.id) problems.push(`${path} is an input without id`);
  });
  return problems;
}

/** Paths of properties present in the input but absent after the package parsed and re-serialized it. */
export function droppedProperties(input, output, path = '') {
  const dropped = [];
  if (Array.isArray(input)) {
    input.forEach((item, i) => dropped.push(...droppedProperties(item, Array.isArray(output) ? output[i] : undefined, `${path}[${i}]`)));
  } else if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) {
      if (path === '' && hostExtensionKeys.includes(key)) continue;
      // Action data is free-form: the package keeps it whole.
      if (key === 'data') continue;
      if (!output || typeof output !== 'object' || !(key in output)) {
        dropped.push(`${path}.${key}`);
        continue;
      }
      dropped.push(...droppedProperties(value, output[key], `${path}.${key}`));
    }
  }
  return dropped;
}

function walk(node, path, visit) {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    visit(node, path || '$');
    for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`, visit);
  }
}
