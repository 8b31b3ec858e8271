/**
 * The calendar's content read straight from the files (no Astro): src/content/calendar-dates.yaml,
 * src/content/diplomatic-relations.yaml and the festivals' front matter, checked with the same
 * schemas as the build. Used by `npm run calendar`. A mistake throws an EditorError whose message
 * names the file and field in Vietnamese and English.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CalendarDateSchema, RelationSchema } from './schema.ts';
import { FestivalSchema } from '../visit/schema.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { isPublic } from '../../lib/publication.ts';
import { groupTranslations, resolveVariants } from '../../lib/translations.ts';
import {
  formatReport,
  problemFromIssue,
  problemFromRule,
  type IssueLike,
  type Problem,
} from '../../lib/problems.ts';
import {
  entryFromDate,
  entryFromFestival,
  entryFromRelation,
  type CalendarDateRecord,
  type CalendarEntry,
  type FestivalRecord,
  type RelationRecord,
} from './logic.ts';
import { EditorError } from '../../lib/editor-error.ts';
import { engineListFile, mergeById } from './national.ts';

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: IssueLike[] } };
type Schema<T> = { safeParse: (value: unknown, params?: { reportInput?: boolean }) => Parsed<T> };

function readYaml(root: string, file: string, problems: Problem[]): unknown {
  const path = join(root, file);
  if (!existsSync(path)) return {};
  return parseYaml(path, file, problems);
}

function parseYaml(path: string, file: string, problems: Problem[]): unknown {
  try {
    return yaml.load(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push(problemFromRule('yaml.syntax', { file, field: '(file)' }, { reason }));
    return {};
  }
}

/**
 * The records of a list (a map id → record), each checked with its schema: the engine's own
 * records for it (national dates, diplomatic relations), then the site's file, whose records
 * replace the engine's of the same id.
 */
function readList<T>(root: string, file: string, schema: Schema<T>, problems: Problem[]): [string, T][] {
  const data = readYaml(root, file, problems) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problemFromRule('yaml.notMap', { file, field: '(file)' }, { example: 'tet:\n  kind: holiday' }));
    return [];
  }
  const collection = file.replace(/^src\/content\/|\.yaml$/g, '');
  const engineFile = engineListFile(collection);
  const engine = engineFile ? (parseYaml(engineFile, `portico/data/${collection}`, problems) as Record<string, unknown>) : {};
  const records: [string, T][] = [];
  for (const [id, value] of mergeById(engine ?? {}, data as Record<string, unknown>)) {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) records.push([id, result.data]);
    else for (const issue of result.error.issues) problems.push(problemFromIssue(file, issue, [id]));
  }
  return records;
}

type FestivalData = {
  title: string;
  draft?: boolean;
  publishAt?: Date;
  sourceLocale?: Locale;
  slug?: string;
  date: FestivalRecord['date'];
  since?: number;
  location: { commune: string };
};

/** The festivals public at `now`, with their title in every language. */
function readFestivals(root: string, now: Date, problems: Problem[]): FestivalRecord[] {
  const base = join(root, 'src/content/festivals');
  if (!existsSync(base)) return [];
  const schema = FestivalSchema() as unknown as Schema<FestivalData>;
  const entries: { id: string; data: FestivalData }[] = [];
  for (const locale of LOCALE_CODES) {
    const dir = join(base, locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.mdx?$/.test(name)) continue;
      const file = `src/content/festivals/${locale}/${name}`;
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!match) {
        problems.push(problemFromRule('frontmatter.missing', { file, field: '(file)' }));
        continue;
      }
      let front: unknown;
      try {
        front = yaml.load(match[1] ?? '');
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        problems.push(problemFromRule('yaml.syntax', { file, field: '(file)' }, { reason }));
        continue;
      }
      const result = schema.safeParse(front, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(problemFromIssue(file, issue));
        continue;
      }
      if (isPublic(result.data, now))
        entries.push({ id: `${locale}/${name.replace(/\.mdx?$/, '')}`, data: result.data });
    }
  }
  const festivals: FestivalRecord[] = [];
  for (const group of groupTranslations(entries)) {
    const variants = resolveVariants(group);
    if (!variants) continue;
    const source = variants.vi.entry.data;
    festivals.push({
      name: group.name,
      title: { vi: variants.vi.entry.data.title, en: variants.en.entry.data.title, zh: variants.zh.entry.data.title },
      titleLang: Object.fromEntries(
        LOCALE_CODES.filter((l) => variants[l].fallback).map((l) => [l, variants[l].contentLocale]),
      ) as Partial<Record<Locale, Locale>>,
      date: source.date,
      ...(source.since !== undefined ? { since: source.since } : {}),
      place: {
        vi: variants.vi.entry.data.location.commune,
        en: variants.en.entry.data.location.commune,
        zh: variants.zh.entry.data.location.commune,
      },
    });
  }
  return festivals;
}

/**
 * Every calendar entry: national and provincial dates, diplomatic relations and the festivals
 * public at `now`.
 * @throws EditorError listing every problem found, in Vietnamese and English.
 */
export function loadCalendarEntries(root: string, now: Date): CalendarEntry[] {
  const problems: Problem[] = [];
  const dates = readList(
    root,
    'src/content/calendar-dates.yaml',
    CalendarDateSchema() as unknown as Schema<CalendarDateRecord>,
    problems,
  );
  const relations = readList(
    root,
    'src/content/diplomatic-relations.yaml',
    RelationSchema() as unknown as Schema<RelationRecord>,
    problems,
  );
  const festivals = readFestivals(root, now, problems);
  if (problems.length) throw new EditorError(formatReport(problems));
  return [
    ...dates.map(([id, record]) => entryFromDate(id, record)),
    ...relations.map(([id, record]) => entryFromRelation(id, record)),
    ...festivals.map(entryFromFestival),
  ];
}
