/**
 * Validating: each record against its collection's Zod schema (the same schema the build uses,
 * with a stand-in for Astro's image() that checks the picture beside the file), and the rules
 * across files: references between entries resolve, a translation has its source, and the
 * language versions agree on their source language.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../collections/index.ts';
import {
  fieldSchema,
  refFields,
  sampleValue,
  shapeOf,
  valuesAt,
  yamlInline,
  type RefField,
} from '../collections/schema-walk.ts';
import { LOCALE_CODES, isLocale, type Locale } from '../i18n/locales.ts';
import { problemFromIssue, type IssueLike, type Problem } from '../lib/problems.ts';
import { parseLocalDateTime, visibility, type Visibility } from '../lib/publication.ts';
import { NONE, type CheckContext, type Group, type Item } from './context.ts';
import { CONTENT, IMAGE_EXT, SLUG, lineOf, rel } from './reading.ts';
import { closest, isMap, levenshtein, listNames } from './text.ts';

/**
 * Examples of values for the human-written fields (messages about them show one), in the words
 * of the site's own province when the check knows its name, else neutral.
 */
function fieldExamples(name: { vi: string; en: string }): Record<string, string> {
  return {
    title: 'Lễ hội mùa xuân: lịch và chương trình',
    description: `Lịch lễ hội mùa xuân năm nay ở ${name.vi}, với ngày âm lịch và dương lịch.`,
    source: `Quyết định số …/QĐ-UBND ngày 15/01/2025 của UBND ${name.vi}`,
    commune: 'xã …',
    former: 'huyện … (trước 1/7/2025)',
    credit: 'Sở Văn hóa, Thể thao và Du lịch',
    gettingThere: 'Theo quốc lộ, cách trung tâm tỉnh khoảng 15 km về phía bắc.',
    dateline: name.vi,
    hours: '7:00–22:00',
    vi: 'Cửa khẩu quốc tế',
    en: 'International border gate',
    zh: '国际口岸',
    note: 'Đính chính số liệu diện tích.',
    lat: '16.4637',
    lon: '107.5909',
  };
}

/** Zod reports every unknown key of an object in one issue; editors read one key at a time better. */
function splitUnknownKeys(issue: IssueLike): IssueLike[] {
  if (issue.code !== 'unrecognized_keys' || (issue.keys?.length ?? 0) < 2) return [issue];
  return issue.keys!.map((key) => ({ ...issue, keys: [key] }));
}

export class Validator {
  /** Folder of the file being validated, for the image stand-in. */
  private currentDir = '';
  private readonly schemas = new Map<CollectionName, z.ZodType>();
  private readonly refs = new Map<CollectionName, RefField[]>();
  private readonly examples: Record<string, string>;

  private readonly ctx: CheckContext;

  constructor(ctx: CheckContext) {
    this.ctx = ctx;
    this.examples = fieldExamples(ctx.provinceName);
  }

  /** The collection's schema, with a stand-in for Astro's image(): a picture path beside the file. */
  schemaOf(name: CollectionName): z.ZodType {
    let schema = this.schemas.get(name);
    if (!schema) {
      const image = () =>
        z.string().superRefine((value, ctx) => {
          const text = value.trim();
          if (!/^\.\.?\//.test(text) || !IMAGE_EXT.test(text)) {
            ctx.addIssue({ code: 'custom', message: 'image.format', input: value });
            return;
          }
          const abs = resolve(this.currentDir, text);
          if (!existsSync(abs) || !statSync(abs).isFile()) {
            ctx.addIssue({
              code: 'custom',
              message: 'image.missing',
              input: value,
              params: { path: rel(this.ctx.root, abs) },
            });
          }
        });
      schema = COLLECTIONS[name].schema({ image }) as z.ZodType;
      this.schemas.set(name, schema);
      this.refs.set(name, refFields(schema));
    }
    return schema;
  }

  /** The fields of a collection that name entries of another. */
  refsOf(name: CollectionName): RefField[] {
    this.schemaOf(name);
    return this.refs.get(name) ?? [];
  }

  /**
   * The collection's schema on one record; every issue becomes a problem. `astro` gives the record
   * as the build reads it (js-yaml's default schema, where an unquoted 2025-01-01 is a Date): when it
   * differs, the schema must accept that too, or the build would stop where the check passed.
   */
  validate(item: Item, value: Record<string, unknown>, dir: string, astro?: () => unknown): void {
    const schema = this.schemaOf(item.collection);
    this.currentDir = dir;
    let result: { success: boolean; data?: unknown; error?: { issues: IssueLike[] } };
    try {
      result = (schema as unknown as { safeParse: (v: unknown, o: object) => typeof result }).safeParse(value, {
        reportInput: true,
      });
    } catch (error) {
      // A schema should never throw; if one does, report it on the file rather than crash.
      this.ctx.rule(
        'yaml.notMap',
        { file: item.file, field: '(file)', found: String((error as Error)?.message ?? error) },
        { example: 'title: …' },
      );
      return;
    }
    if (result.success) {
      item.data = result.data as Record<string, unknown>;
      const asBuilt = astro?.();
      if (asBuilt !== undefined) this.validateAsBuilt(item, schema, asBuilt);
    } else {
      for (const issue of result.error?.issues ?? []) {
        for (const one of splitUnknownKeys(issue)) this.ctx.add(this.issueProblem(item, schema, one));
      }
    }
    item.visibility = this.visibilityOf(item);
  }

  /** The record as the build reads it: its issues are values YAML turns into dates (quote them). */
  private validateAsBuilt(item: Item, schema: z.ZodType, value: unknown): void {
    let result: { success: boolean; error?: { issues: IssueLike[] } };
    try {
      result = (schema as unknown as { safeParse: (v: unknown) => typeof result }).safeParse(value);
    } catch {
      return;
    }
    if (result.success) return;
    for (const issue of result.error?.issues ?? []) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
      const raw = item.raw ? valuesAt(item.raw, path.map(String))[0]?.value : undefined;
      const line = lineOf(item.yamlLines, [...item.prefix, ...path]);
      const field = [...item.prefix, ...path].join('.') || '(file)';
      const last = path.at(-1);
      this.ctx.rule(
        'yaml.quote',
        {
          file: item.file,
          field,
          line: line === undefined ? undefined : item.yamlStart + line - 1,
          found: raw ?? NONE,
        },
        { example: `${typeof last === 'string' ? `${last}: ` : ''}"${String(raw ?? '…')}"` },
      );
    }
  }

  private issueProblem(item: Item, schema: z.ZodType, issue: IssueLike): Problem {
    const problem = problemFromIssue(item.file, issue, item.prefix);
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
    const line = lineOf(item.yamlLines, [...item.prefix, ...path]);
    if (line !== undefined) problem.line = item.yamlStart + line - 1;
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys?.[0] ?? '';
      const container = isMap(issue.input) ? issue.input : undefined;
      if (container && key in container) problem.found = JSON.stringify(container[key])?.slice(0, 80);
      const keyLine = lineOf(item.yamlLines, [...item.prefix, ...path, key]);
      if (keyLine !== undefined) problem.line = item.yamlStart + keyLine - 1;
      const known = Object.keys(shapeOf(fieldSchema(schema, path) ?? schema) ?? {});
      const guess = closest(key, known);
      if (guess && levenshtein(key, guess) <= Math.max(2, key.length / 3)) {
        problem.vi += ` Có phải ý bạn là "${guess}"?`;
        problem.en += ` Did you mean "${guess}"?`;
        problem.example = `${guess}: …`;
      } else problem.example = `${known.slice(0, 6).join(', ')}`;
    } else if (issue.code === 'invalid_value' && typeof issue.input === 'string' && issue.values?.length) {
      problem.example = closest(issue.input, issue.values.map(String));
    } else if (missing || problem.example === undefined) {
      problem.example = this.exampleFor(item.collection, path) ?? problem.example;
    }
    if (issue.code !== 'unrecognized_keys' && isMap(issue.input) && path.length && item.raw) {
      // A rule on the whole record (refine) names one field: show that field's value.
      const value = valuesAt(item.raw, [...path.map(String)])[0]?.value;
      problem.found = value === undefined ? undefined : JSON.stringify(value)?.slice(0, 80);
    }
    problem.found ??= NONE;
    return problem;
  }

  /** An example line for a field: `title: Lễ hội mùa xuân…`, `kind: border-gate`. */
  exampleFor(collection: CollectionName, path: readonly (string | number)[]): string | undefined {
    const last = path.at(-1);
    const known = typeof last === 'string' ? this.examples[last] : undefined;
    if (known) return `${last}: ${known}`;
    const sub = fieldSchema(this.schemaOf(collection), path);
    const sample = sub
      ? sampleValue(
          sub,
          { today: this.ctx.today, optional: true, refValue: (c) => this.firstName(c) },
          path.map(String),
        )
      : undefined;
    if (sample === undefined) return undefined;
    return typeof last === 'string' ? `${last}: ${yamlInline(sample)}` : yamlInline(sample);
  }

  /** A name that exists in a collection (for examples), if any. */
  private firstName(collection: string): string | undefined {
    return this.ctx.items.find((i) => i.collection === collection)?.name;
  }

  private visibilityOf(item: Item): Visibility {
    const from = item.data ?? item.raw ?? {};
    const draft = from.draft === true;
    let publishAt: Date | undefined;
    if (from.publishAt instanceof Date) publishAt = from.publishAt;
    else if (typeof from.publishAt === 'string') publishAt = parseLocalDateTime(from.publishAt) ?? undefined;
    return visibility({ draft, publishAt }, this.ctx.now);
  }

  /** References to other entries (fields built with ref('<collection>')) resolve. */
  checkRefs(names: Map<string, Set<string>>, broken: ReadonlySet<string> = new Set()): void {
    for (const item of this.ctx.items) {
      if (!item.raw) continue;
      for (const ref of this.refsOf(item.collection)) {
        // A list that could not be read reports its own mistake; its names are not known.
        if (broken.has(ref.target)) continue;
        for (const { path, value } of valuesAt(item.raw, ref.path)) {
          if (typeof value !== 'string' || !SLUG.test(value)) continue; // the schema reports those
          const known = names.get(ref.target) ?? new Set<string>();
          if (known.has(value)) continue;
          const spec = COLLECTIONS[ref.target as CollectionName];
          const where = spec?.layout === 'list' ? `${CONTENT}/${ref.target}.yaml` : `${CONTENT}/${ref.target}/`;
          const field = [...item.prefix, ...path].join('.');
          const line = lineOf(item.yamlLines, [...item.prefix, ...path]);
          this.ctx.rule(
            'ref.missing',
            { file: item.file, field, line: line === undefined ? undefined : item.yamlStart + line - 1, found: value },
            { value, where, known: listNames(known), first: closest(value, known) ?? 'ten-muc' },
          );
        }
      }
    }
  }
}

/** The prose entries by collection and name, each with its language versions and source language. */
export function groupProse(prose: Item[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of prose) {
    const key = `${item.collection}/${item.name}`;
    let group = groups.get(key);
    if (!group) {
      group = { collection: item.collection, name: item.name, byLocale: {}, sourceLocale: 'vi' };
      groups.set(key, group);
    }
    if (item.locale) group.byLocale[item.locale] = item;
  }
  for (const group of groups.values()) {
    const declared = LOCALE_CODES.map((l) => group.byLocale[l]?.raw?.sourceLocale).find((v): v is Locale =>
      isLocale(v),
    );
    group.sourceLocale = declared ?? 'vi';
  }
  return [...groups.values()].sort((a, b) => `${a.collection}/${a.name}`.localeCompare(`${b.collection}/${b.name}`));
}

/** Every translation has its source, and the language versions name the same source language. */
export function checkSources(ctx: CheckContext, groups: Group[]): void {
  for (const group of groups) {
    const present = LOCALE_CODES.filter((l) => group.byLocale[l]);
    const declared = new Set(
      present.map((l) => group.byLocale[l]!.raw?.sourceLocale).filter((v): v is Locale => isLocale(v)),
    );
    if (declared.size > 1) {
      for (const l of present) {
        const item = group.byLocale[l]!;
        const line = lineOf(item.yamlLines, ['sourceLocale']);
        ctx.rule(
          'translation.sourceConflict',
          {
            file: item.file,
            field: 'sourceLocale',
            line: line && item.yamlStart + line - 1,
            found: item.raw?.sourceLocale ?? '(vi)',
          },
          { values: [...declared].join(', ') },
        );
      }
      continue;
    }
    if (group.byLocale[group.sourceLocale]) continue;
    const ext = extname(group.byLocale[present[0]!]!.file);
    const source = `${CONTENT}/${group.collection}/${group.sourceLocale}/${group.name}${ext}`;
    for (const l of present) {
      const item = group.byLocale[l]!;
      const line = lineOf(item.yamlLines, ['sourceLocale']);
      ctx.rule(
        'translation.noSource',
        {
          file: item.file,
          field: 'sourceLocale',
          line: line && item.yamlStart + line - 1,
          found: group.sourceLocale,
        },
        { source, locale: group.sourceLocale, available: present[0] },
      );
    }
  }
}
