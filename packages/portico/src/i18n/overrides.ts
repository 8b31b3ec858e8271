/**
 * A site may reword any interface string per language without touching the engine, in
 * src/i18n/vi.json, en.json or zh.json of the site: the same nested keys as the engine's files,
 * only the keys it changes. Pure: checks an override against the engine's dictionaries and
 * merges it.
 */
import type { Locale } from './locales.ts';

export type Dictionary = { [key: string]: string | Dictionary };
export type SiteStrings = Partial<Record<Locale, Dictionary>>;

/** A mistake in an override file: the dotted key and what is wrong, in both languages. */
export interface OverrideProblem {
  locale: Locale;
  key: string;
  found?: string;
  vi: string;
  en: string;
  example?: string;
}

const vars = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!));

function flatten(
  dict: Dictionary,
  prefix = '',
  out = new Map<string, string | Dictionary>(),
): Map<string, string | Dictionary> {
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.set(path, value);
    if (typeof value === 'object' && value !== null) flatten(value, path, out);
  }
  return out;
}

/**
 * Every key of `override` must exist in the engine's dictionary with the same shape (text or
 * group), and a text must use the same {{variables}} as the engine's (it may leave some out,
 * never add one the engine does not pass).
 */
export function checkOverride(locale: Locale, engine: Dictionary, override: unknown): OverrideProblem[] {
  if (typeof override !== 'object' || override === null || Array.isArray(override))
    return [
      {
        locale,
        key: '(file)',
        vi: 'Tệp cần là một đối tượng JSON { "khóa": "chữ" }.',
        en: 'The file must be a JSON object { "key": "text" }.',
        example: '{ "home": { "lead": "…" } }',
      },
    ];
  const known = flatten(engine);
  const problems: OverrideProblem[] = [];
  for (const [key, value] of flatten(override as Dictionary)) {
    const base = known.get(key);
    if (base === undefined) {
      if (!problems.some((p) => key.startsWith(`${p.key}.`))) {
        const near = [...known.keys()]
          .filter((k) => typeof known.get(k) === 'string' && k.split('.').at(-1) === key.split('.').at(-1))
          .slice(0, 3);
        problems.push({
          locale,
          key,
          vi: `Portico không có chuỗi giao diện "${key}". Chỉ ghi đè những khóa có trong tệp ${locale}.json của Portico.`,
          en: `Portico has no interface string "${key}". Override only keys that exist in Portico's ${locale}.json.`,
          ...(near.length ? { example: near.join(', ') } : {}),
        });
      }
      continue;
    }
    if (typeof value === 'object' && value !== null) {
      if (typeof base === 'string')
        problems.push({
          locale,
          key,
          vi: `"${key}" là một chuỗi, không phải một nhóm khóa.`,
          en: `"${key}" is a text, not a group of keys.`,
        });
      continue;
    }
    if (typeof value !== 'string' || !value.trim()) {
      problems.push({
        locale,
        key,
        found: JSON.stringify(value),
        vi: `"${key}" cần một đoạn chữ không rỗng.`,
        en: `"${key}" needs a non-empty text.`,
      });
      continue;
    }
    if (typeof base !== 'string') {
      problems.push({
        locale,
        key,
        found: JSON.stringify(value),
        vi: `"${key}" là một nhóm khóa; ghi đè từng khóa bên trong.`,
        en: `"${key}" is a group of keys; override the keys inside it.`,
      });
      continue;
    }
    const extra = [...vars(value)].filter((v) => !vars(base).has(v));
    if (extra.length)
      problems.push({
        locale,
        key,
        found: JSON.stringify(value),
        vi: `Biến ${extra.map((v) => `{{${v}}}`).join(', ')} không có trong chuỗi gốc; chỉ dùng ${[...vars(base)].map((v) => `{{${v}}}`).join(', ') || '(không biến nào)'}.`,
        en: `${extra.map((v) => `{{${v}}}`).join(', ')} is not passed to this string; use only ${[...vars(base)].map((v) => `{{${v}}}`).join(', ') || '(no variables)'}.`,
        example: JSON.stringify(base),
      });
  }
  return problems;
}

/** The engine's dictionary with the site's texts laid over it. */
export function mergeDictionary(engine: Dictionary, override: Dictionary | undefined): Dictionary {
  if (!override) return engine;
  const out: Dictionary = { ...engine };
  for (const [key, value] of Object.entries(override)) {
    const base = engine[key];
    out[key] = typeof value === 'object' && typeof base === 'object' ? mergeDictionary(base, value) : value;
  }
  return out;
}
