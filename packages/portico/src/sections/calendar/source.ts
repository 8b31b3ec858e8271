/**
 * The calendar's content read straight from the files (no Astro) by the content check's reader
 * (src/check/reading.ts): src/content/calendar-dates.yaml, src/content/diplomatic-relations.yaml
 * and the festivals' front matter, checked with the same schemas as the build. Used by
 * `npm run calendar`. A mistake throws an EditorError whose message names the file and field in
 * Vietnamese and English.
 */
import { CalendarDateSchema, RelationSchema } from './schema.ts';
import { FestivalSchema } from '../visit/schema.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { isPublic } from '../../lib/publication.ts';
import { groupTranslations, resolveVariants } from '../../lib/translations.ts';
import { formatReport, problemFromIssue, problemFromRule, type IssueLike, type Problem } from '../../lib/problems.ts';
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
import type { CollectionName } from '../../collections/index.ts';
import {
  frontMatterProblem,
  parseYamlText,
  readContent,
  readText,
  yamlProblem,
  type ContentTree,
  type ListFile,
  type ProseFile,
  type YamlResult,
} from '../../check/reading.ts';
import { engineListFile, mergeById } from './national.ts';

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: IssueLike[] } };
type Schema<T> = { safeParse: (value: unknown, params?: { reportInput?: boolean }) => Parsed<T> };

/** A YAML file's value, as the content check reads it; a syntax error becomes its problem and {}. */
function yamlValue(file: string, text: string, yaml: YamlResult, problems: Problem[]): unknown {
  if (yaml.ok) return yaml.value ?? {};
  problems.push(yamlProblem(file, text, 1, yaml));
  return {};
}

/**
 * The records of a list (a map id → record), each checked with its schema: the engine's own
 * records for it (national dates, diplomatic relations), then the site's file, whose records
 * replace the engine's of the same id.
 */
function readList<T>(
  content: ContentTree,
  collection: CollectionName,
  schema: Schema<T>,
  problems: Problem[],
): [string, T][] {
  const file = `src/content/${collection}.yaml`;
  const list = content.files.find((f): f is ListFile => f.kind === 'list' && f.collection === collection);
  const data = list ? yamlValue(file, list.text, list.yaml, problems) : {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push(problemFromRule('yaml.notMap', { file, field: '(file)' }, { example: 'tet:\n  kind: holiday' }));
    return [];
  }
  const engineFile = engineListFile(collection);
  const engineText = engineFile ? readText(engineFile) : '';
  const engine = engineFile
    ? (yamlValue(`portico/data/${collection}`, engineText, parseYamlText(engineText), problems) as Record<
        string,
        unknown
      >)
    : {};
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
function readFestivals(content: ContentTree, now: Date, problems: Problem[]): FestivalRecord[] {
  const schema = FestivalSchema() as unknown as Schema<FestivalData>;
  const entries: { id: string; data: FestivalData }[] = [];
  const files = content.files
    .filter((f): f is ProseFile => f.kind === 'prose' && f.collection === 'festivals')
    .sort((a, b) => LOCALE_CODES.indexOf(a.locale) - LOCALE_CODES.indexOf(b.locale));
  for (const entry of files) {
    const { file, front } = entry;
    if (front.status !== 'ok') {
      problems.push(frontMatterProblem(file, entry.source, front));
      continue;
    }
    if (!front.yaml.ok) {
      problems.push(yamlProblem(file, front.text, 2, front.yaml));
      continue;
    }
    const result = schema.safeParse(front.yaml.value, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(problemFromIssue(file, issue));
      continue;
    }
    if (isPublic(result.data, now)) entries.push({ id: `${entry.locale}/${entry.name}`, data: result.data });
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
  const content = readContent(root, { only: ['calendar-dates', 'diplomatic-relations', 'festivals'] });
  const dates = readList(
    content,
    'calendar-dates',
    CalendarDateSchema() as unknown as Schema<CalendarDateRecord>,
    problems,
  );
  const relations = readList(
    content,
    'diplomatic-relations',
    RelationSchema() as unknown as Schema<RelationRecord>,
    problems,
  );
  const festivals = readFestivals(content, now, problems);
  if (problems.length) throw new EditorError(formatReport(problems));
  return [
    ...dates.map(([id, record]) => entryFromDate(id, record)),
    ...relations.map(([id, record]) => entryFromRelation(id, record)),
    ...festivals.map(entryFromFestival),
  ];
}
