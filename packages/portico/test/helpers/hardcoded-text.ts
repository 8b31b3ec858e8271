/**
 * Finds UI text written straight into an .astro template instead of coming from the i18n files:
 * text between tags, and labelling attributes (alt, title, aria-label, placeholder) with literal words.
 * Expressions in braces are skipped, but markup nested inside them is scanned too.
 */
const LABEL_ATTRS = /\b(alt|title|aria-label|aria-description|placeholder|label)="([^"]*)"/g;
const WORDS = /\p{L}{2,}/u;

function stripBlocks(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '');
}

/** Replace each top-level {expression} by the markup found inside it (JSX in expressions). */
function flattenExpressions(source: string): string {
  let out = '';
  let depth = 0;
  let expr = '';
  for (const ch of source) {
    if (ch === '{') {
      if (depth > 0) expr += ch;
      depth++;
      continue;
    }
    if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        // Keep only the tags inside the expression (and their text), as a separate fragment.
        const markup = expr.match(/<[A-Za-z][\s\S]*>/)?.[0] ?? '';
        out += ` ${flattenExpressions(markup.replace(/\{[^{}]*\}/g, ' '))} `;
        expr = '';
      } else expr += ch;
      continue;
    }
    if (depth > 0) expr += ch;
    else out += ch;
  }
  return out;
}

export function findHardCodedText(source: string): string[] {
  const body = stripBlocks(source);
  const found: string[] = [];
  for (const m of body.matchAll(LABEL_ATTRS)) if (WORDS.test(m[2]!)) found.push(`${m[1]}="${m[2]}"`);
  const text = flattenExpressions(body.replace(LABEL_ATTRS, ''))
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && WORDS.test(s) && !/^(&\w+;|[\p{P}\p{S}\s])+$/u.test(s));
  // Text inside expressions is JS (strings, identifiers): only markup text counts.
  return [...found, ...text.filter((s) => !/[=(){};]|=>/.test(s))];
}
