/**
 * Reading the collections' Zod schemas at run time (Zod 4 internals: `schema._zod.def`), for the
 * content check and `npm run new`:
 *  - refFields(): where a schema holds references to other entries — the fields built with
 *    ref('<collection>') in src/schemas/fields.ts, which carry `.describe('ref:<collection>')`;
 *  - fieldSchema(): the schema of one dotted field;
 *  - sampleValue(): a value the schema accepts, for examples in messages and new entries.
 * Kept loose (`any`) on purpose: only `_zod.def` is read, and unknown node types are skipped.
 */
import type { z } from 'astro/zod';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const defOf = (schema: unknown): Any => (schema as Any)?._zod?.def ?? {};

/** Wrappers that do not change what is written: optional, default, nullable… */
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional', 'lazy']);

/** The schema under its optional/default/nullable wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: Any = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.type === 'lazy' ? def.getter() : def.innerType;
    else break;
  }
  return current;
}

/** true when the field may be left out (it is optional or has a default). */
export function isOptional(schema: z.ZodType): boolean {
  const def = defOf(schema);
  return def.type === 'optional' || def.type === 'default' || def.type === 'prefault';
}

/** `ref:<collection>` → the collection, from the schema or any of its wrappers. */
export function refTarget(schema: z.ZodType): string | undefined {
  let current: Any = schema;
  for (let i = 0; i < 20 && current; i++) {
    const description: unknown = current.description;
    if (typeof description === 'string' && description.startsWith('ref:')) return description.slice(4);
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else break;
  }
  return undefined;
}

/** The shape of an object schema (under wrappers), or undefined. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return def.shape;
  if (def.type === 'pipe') return shapeOf(def.in);
  return undefined;
}

/** A reference field: its path ('*' stands for every item of a list) and the collection it names. */
export interface RefField {
  path: (string | '*')[];
  target: string;
}

/** Every reference field of a schema. */
export function refFields(schema: z.ZodType): RefField[] {
  const found: RefField[] = [];
  const walk = (node: z.ZodType, path: (string | '*')[], depth: number): void => {
    if (depth > 12 || !node) return;
    const target = refTarget(node);
    if (target) {
      found.push({ path, target });
      return;
    }
    const inner = unwrap(node);
    const def = defOf(inner);
    switch (def.type) {
      case 'object':
        for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>))
          walk(child, [...path, key], depth + 1);
        break;
      case 'array':
        walk(def.element, [...path, '*'], depth + 1);
        break;
      case 'pipe':
        walk(def.in, path, depth + 1);
        break;
      case 'union':
        for (const option of def.options as z.ZodType[]) walk(option, path, depth + 1);
        break;
    }
  };
  walk(schema, [], 0);
  // A union may list the same field twice.
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.path.join('.')}→${f.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The values at a path ('*' expands lists), with their concrete path. */
export function valuesAt(
  data: unknown,
  path: readonly (string | '*')[],
): { path: (string | number)[]; value: unknown }[] {
  let current: { path: (string | number)[]; value: unknown }[] = [{ path: [], value: data }];
  for (const segment of path) {
    const next: typeof current = [];
    for (const { path: p, value } of current) {
      if (segment === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ path: [...p, i], value: item }));
      } else if (Array.isArray(value) && /^\d+$/.test(segment)) {
        if (Number(segment) < value.length) next.push({ path: [...p, Number(segment)], value: value[Number(segment)] });
      } else if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, segment)) {
        next.push({ path: [...p, segment], value: (value as Record<string, unknown>)[segment] });
      }
    }
    current = next;
  }
  return current;
}

/** The schema of a dotted field (`location.commune`, `assets.2`), if the schema has it. */
export function fieldSchema(schema: z.ZodType, path: readonly (string | number)[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'pipe') {
      current = fieldSchema(def.in, [segment]);
      continue;
    }
    if (def.type === 'array' && (typeof segment === 'number' || /^\d+$/.test(String(segment)))) current = def.element;
    else if (def.type === 'object') current = def.shape[String(segment)];
    else if (def.type === 'record') current = def.valueType;
    else if (def.type === 'union') {
      current = (def.options as z.ZodType[]).map((o) => fieldSchema(o, [segment])).find(Boolean);
    } else return undefined;
  }
  return current;
}

export interface SampleOptions {
  /** Today in Vietnam, YYYY-MM-DD (dates in samples). */
  today: string;
  /** An existing entry of a collection, for reference fields. */
  refValue?: (collection: string) => string | undefined;
  /** The text for human-written strings, e.g. `TODO: title`; by default "…". */
  text?: (path: readonly string[]) => string;
  /** Include optional fields of objects (examples) or only the required ones (new entries). */
  optional?: boolean;
}

const accepts = (schema: z.ZodType, value: unknown): boolean => {
  try {
    return (schema as Any).safeParse(value).success === true;
  } catch {
    return false;
  }
};

/** A value the schema accepts (as written in YAML), or undefined when none could be made. */
export function sampleValue(schema: z.ZodType, options: SampleOptions, path: readonly string[] = []): unknown {
  const text = options.text ?? (() => '…');
  const first = (candidates: unknown[]): unknown => candidates.find((c) => c !== undefined && accepts(schema, c));
  const target = refTarget(schema);
  if (target) return first([options.refValue?.(target), 'ten-muc', 'example']);

  const inner = unwrap(schema);
  const def = defOf(inner);
  const dateCandidates = [options.today, `${options.today} 09:00`, options.today.slice(0, 4)];
  switch (def.type) {
    case 'string': {
      const bag = (inner as Any)._zod?.bag ?? {};
      const label = text(path);
      const min = Number((inner as Any).minLength ?? bag.minimum ?? 0);
      return first([
        label,
        `${label} ${'…'.repeat(Math.max(0, min - label.length))}`,
        (def.format ?? bag.format) === 'email' ? 'press@example.gov.vn' : undefined,
        (def.format ?? bag.format) === 'url' ? 'https://example.gov.vn/' : undefined,
        'ten-muc',
        '+84 205 3812 345',
        ...dateCandidates,
        '01-01',
        'vi',
      ]);
    }
    case 'number':
    case 'int': {
      return first([(inner as Any).minValue, 1, 2000, 100, 0, (inner as Any).maxValue]);
    }
    case 'boolean':
      return false;
    case 'literal':
      return (def.values as unknown[])?.[0];
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'date':
      return options.today;
    case 'array': {
      if (accepts(inner, [])) return [];
      const item = sampleValue(def.element, options, [...path, '0']);
      return item === undefined ? undefined : [item];
    }
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        if (!options.optional && isOptional(child)) continue;
        const value = sampleValue(child, options, [...path, key]);
        if (value !== undefined) result[key] = value;
      }
      return result;
    }
    case 'union': {
      for (const option of def.options as z.ZodType[]) {
        const value = sampleValue(option, options, path);
        if (value !== undefined && accepts(inner, value)) return value;
      }
      return undefined;
    }
    case 'pipe': {
      const fromInput = sampleValue(def.in, options, path);
      return first([...dateCandidates, fromInput, text(path)]);
    }
  }
  return undefined;
}

/** A value as one line of YAML, e.g. `"TODO: title"`, `2026-01-15`, `[]`. */
export function yamlInline(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string')
    return /^[\w.\-/ ]+$/.test(value) && !/^(true|false|null|yes|no|~|\d[\d.]*)$/i.test(value) && !/^\s|\s$/.test(value)
      ? value
      : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(yamlInline).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${yamlInline(v)}`)
    .join(', ')} }`;
}
