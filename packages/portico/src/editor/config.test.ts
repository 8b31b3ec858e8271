import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../collections/index.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { SchemaDocs } from '../collections/schema-docs.ts';
import {
  editorConfig,
  hintOf,
  itemsToList,
  listToItems,
  splitDoc,
  isDivider,
  MDX_SUFFIX,
  LIST_ID,
  LIST_ITEMS,
  type CmsCollection,
  type CmsConfig,
  type CmsField,
  type EditorCollection,
} from './config.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const repo = resolve(import.meta.dirname, '../..');
const docs = new SchemaDocs(repo);
const image = () => z.string().describe('image');
const collections: Record<string, EditorCollection> = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, spec]) => [name, { layout: spec.layout, schema: spec.schema({ image }) }]),
);
const factoryOf = (name: string) => (COLLECTIONS[name as keyof typeof COLLECTIONS].schema as { name: string }).name;
const config: CmsConfig = editorConfig({
  collections,
  locales: LOCALE_CODES,
  doc: (collection, path) => docs.doc(factoryOf(collection), path),
  backend: { name: 'github', repo: 'example/portal', branch: 'main' },
});

// ---- An independent reading of the schemas: every field with its path and its node. ----

const def = (s: unknown): Any => (s as Any)?._zod?.def ?? {};
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly']);
const bare = (s: z.ZodType): z.ZodType => (WRAPPERS.has(def(s).type) ? bare(def(s).innerType) : s);
const shapeOf = (s: z.ZodType): Record<string, z.ZodType> | undefined => {
  const d = def(bare(s));
  if (d.type === 'object') return d.shape;
  if (d.type === 'pipe') return shapeOf(d.in);
  return undefined;
};
const isRef = (s: z.ZodType): boolean => {
  for (let n: Any = s; n; n = WRAPPERS.has(def(n).type) ? def(n).innerType : undefined)
    if (typeof n.description === 'string' && n.description.startsWith('ref:')) return true;
  return false;
};

interface SchemaField {
  path: string[];
  schema: z.ZodType;
}
/** Every field of a schema, nested objects and the objects inside lists included. */
function schemaFields(schema: z.ZodType, path: string[] = []): SchemaField[] {
  const shape = shapeOf(schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, child]) => {
    const here = { path: [...path, key], schema: child };
    if (isRef(child)) return [here];
    const inner = bare(child);
    const element = def(inner).type === 'array' ? def(inner).element : undefined;
    return [here, ...schemaFields(element ?? child, [...path, key])];
  });
}

/** The form fields of a collection (a list collection's fields are those of one item). */
function formFields(collection: CmsCollection): CmsField[] {
  if (collection.fields) return collection.fields;
  const items = collection.files?.[0]?.fields.find((f) => f.name === LIST_ITEMS);
  return items?.fields ?? [];
}
function find(fields: CmsField[], path: string[]): CmsField | undefined {
  const [head, ...rest] = path;
  const found = fields.find((f) => f.name === head);
  if (!found || rest.length === 0) return found;
  return find(found.fields ?? [], rest);
}
/** The collections of a configuration, without the dividers. */
const listOf = (cms: CmsConfig): CmsCollection[] => cms.collections.filter((c): c is CmsCollection => !isDivider(c));

/** Schema fields that have no form field. */
function missing(cms: CmsConfig): string[] {
  return Object.entries(collections).flatMap(([name, spec]) => {
    const collection = listOf(cms).find((c) => c.name === name);
    if (!collection) return [`${name} (the whole collection)`];
    return schemaFields(spec.schema)
      .filter((f) => !find(formFields(collection), f.path))
      .map((f) => `${name}.${f.path.join('.')}`);
  });
}
const collectionOf = (name: string) => listOf(config).find((c) => c.name === name)!;
const fieldOf = (name: string, path: string) => find(formFields(collectionOf(name)), path.split('.'))!;

describe('editorConfig: coverage', () => {
  it('has every collection of the table, and only those (with an MDX twin for each prose collection)', () => {
    const prose = Object.keys(COLLECTIONS).filter((n) => COLLECTIONS[n as keyof typeof COLLECTIONS].layout === 'prose');
    expect(
      listOf(config)
        .map((c) => c.name)
        .sort(),
    ).toEqual([...Object.keys(COLLECTIONS), ...prose.map((n) => `${n}${MDX_SUFFIX}`)].sort());
  });

  it('gives every MDX twin the same fields as its collection, and a body kept as written', () => {
    for (const twin of listOf(config).filter((c) => c.name.endsWith(MDX_SUFFIX))) {
      const base = collectionOf(twin.name.slice(0, -MDX_SUFFIX.length));
      expect(twin).toMatchObject({ folder: base.folder, extension: 'mdx', create: false, i18n: true });
      expect(twin.fields!.slice(0, -1)).toEqual(base.fields!.slice(0, -1));
      expect(twin.fields!.at(-1)).toMatchObject({ name: 'body', widget: 'text', i18n: true });
    }
  });

  it('groups prose, records and lists, with a divider between groups', () => {
    const layouts = config.collections.map((c) =>
      isDivider(c) ? '|' : COLLECTIONS[c.name.replace(MDX_SUFFIX, '') as keyof typeof COLLECTIONS].layout,
    );
    expect([...new Set(layouts.join(',').split(',|,'))].map((g) => [...new Set(g.split(','))])).toEqual([
      ['prose'],
      ['records'],
      ['list'],
    ]);
  });

  it('gives an MDX twin only to the collections named, when a site says which have MDX entries', () => {
    const only = editorConfig({
      collections,
      locales: LOCALE_CODES,
      backend: { name: 'github', repo: 'example/portal' },
      mdxCollections: ['news'],
    });
    expect(
      listOf(only)
        .filter((c) => c.name.endsWith(MDX_SUFFIX))
        .map((c) => c.name),
    ).toEqual(['news-mdx']);
  });

  it('has a form field for every schema field of every collection', () => {
    expect(missing(config)).toEqual([]);
  });

  it('reports a field that is left out', () => {
    const broken: CmsConfig = structuredClone(config);
    const news = listOf(broken).find((c) => c.name === 'news')!;
    news.fields = news.fields!.filter((f) => f.name !== 'dateline');
    const location = listOf(broken)
      .find((c) => c.name === 'destinations')!
      .fields!.find((f) => f.name === 'location')!;
    location.fields = location.fields!.filter((f) => f.name !== 'former');
    expect(missing(broken).sort()).toEqual(['destinations.location.former', 'news.dateline']);
  });

  it('has no form field the schema does not know (apart from the body and list ids)', () => {
    for (const [name, spec] of Object.entries(collections)) {
      const known = new Set(schemaFields(spec.schema).map((f) => f.path.join('.')));
      const walk = (fields: CmsField[], prefix: string[]): string[] =>
        fields.flatMap((f) => {
          const path = [...prefix, f.name];
          const own = known.has(path.join('.')) || f.name === 'body' || f.name === LIST_ID ? [] : [path.join('.')];
          return [...own, ...(f.widget === 'relation' ? [] : walk(f.fields ?? [], path))];
        });
      expect(walk(formFields(collectionOf(name)), []), name).toEqual([]);
    }
  });
});

describe('editorConfig: each field as the schema says', () => {
  const all = Object.entries(collections).flatMap(([name, spec]) =>
    schemaFields(spec.schema).map((f) => ({ name, ...f, form: find(formFields(collectionOf(name)), f.path)! })),
  );

  it('turns every enum into a select with the same options, in order', () => {
    let seen = 0;
    for (const { name, path, schema, form } of all) {
      const inner = bare(schema);
      const d = def(inner);
      const enumNode =
        d.type === 'enum'
          ? d
          : d.type === 'array' && def(bare(d.element)).type === 'enum'
            ? def(bare(d.element))
            : undefined;
      if (!enumNode) continue;
      seen++;
      expect(form.widget, `${name}.${path.join('.')}`).toBe('select');
      expect(form.options, `${name}.${path.join('.')}`).toEqual(Object.values(enumNode.entries));
      expect(form.multiple ?? false).toBe(d.type === 'array');
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('marks a field required exactly when the schema refuses it left out', () => {
    for (const { name, path, schema, form } of all) {
      const refusesUndefined = !(schema as Any).safeParse(undefined).success;
      expect(form.required, `${name}.${path.join('.')}`).toBe(refusesUndefined);
    }
  });

  it('gives every documented field its doc as the hint', () => {
    let documented = 0;
    for (const { name, path, form } of all) {
      const doc = docs.doc(factoryOf(name), path);
      if (!doc) continue;
      documented++;
      expect(form.hint, `${name}.${path.join('.')}`).toBe(hintOf(splitDoc(doc)));
    }
    expect(documented).toBeGreaterThan(100);
  });

  it('gives every field a Vietnamese label and a hint in Vietnamese first, from its doc comment', () => {
    const without = all
      .filter(({ name, path }) => {
        const doc = splitDoc(docs.doc(factoryOf(name), path));
        return !doc.label || !doc.vi || !doc.en;
      })
      .map(({ name, path }) => `${name}.${path.join('.')}`);
    expect(without, 'add `vi: Nhãn — gợi ý` to these fields’ doc comments').toEqual([]);
    for (const { name, path, form } of all) {
      const doc = splitDoc(docs.doc(factoryOf(name), path));
      expect(form.label, `${name}.${path.join('.')}`).toBe(doc.label);
      expect(form.hint!.startsWith(doc.vi!), `${name}.${path.join('.')}`).toBe(true);
    }
  });

  it('makes every reference a relation to its collection', () => {
    expect(fieldOf('news', 'cover')).toMatchObject({
      widget: 'relation',
      collection: 'media',
      value_field: '{{slug}}',
    });
    expect(fieldOf('news', 'cover').multiple).toBeUndefined();
    expect(fieldOf('press-kits', 'assets')).toMatchObject({
      widget: 'relation',
      collection: 'media',
      multiple: true,
      min: 1,
    });
    expect(fieldOf('zones', 'sectors')).toMatchObject({ widget: 'relation', collection: 'sectors', multiple: true });
    expect(fieldOf('opportunities', 'zone')).toMatchObject({
      widget: 'relation',
      collection: 'zones',
      required: false,
    });
    expect(fieldOf('opportunities', 'contact')).toMatchObject({
      widget: 'relation',
      collection: 'contacts',
      file: 'contacts',
      value_field: `${LIST_ITEMS}.*.${LIST_ID}`,
      display_fields: [`${LIST_ITEMS}.*.name.vi`],
    });
    expect(fieldOf('news', 'contacts')).toMatchObject({ widget: 'relation', collection: 'contacts', multiple: true });
    expect(fieldOf('festivals', 'destination')).toMatchObject({ widget: 'relation', collection: 'destinations' });
  });

  it('maps dates, numbers, patterns and defaults to the right inputs', () => {
    expect(fieldOf('news', 'date')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      required: true,
    });
    expect(fieldOf('news', 'publishAt')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD HH:mm',
      required: false,
    });
    expect(fieldOf('diplomatic-relations', 'established')).toMatchObject({ widget: 'string' });
    expect(fieldOf('diplomatic-relations', 'established').pattern?.[0]).toBe('^\\d{4}(-\\d{2}(-\\d{2})?)?$');
    expect(fieldOf('culture', 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, default: 100 });
    expect(fieldOf('destinations', 'coordinates.lat')).toMatchObject({ value_type: 'float', min: -90, max: 90 });
    expect(fieldOf('contacts', 'phone').pattern?.[0]).toBe('^\\+[0-9 ]{8,20}$');
    expect(fieldOf('contacts', 'email')).toMatchObject({ widget: 'string', type: 'email' });
    expect(fieldOf('news', 'title')).toMatchObject({ widget: 'string', minlength: 3, maxlength: 160 });
    expect(fieldOf('news', 'description')).toMatchObject({ widget: 'text', maxlength: 320 });
    expect(fieldOf('news', 'sourceLocale')).toMatchObject({
      widget: 'select',
      options: ['vi', 'en', 'zh'],
      default: 'vi',
    });
    expect(fieldOf('news', 'draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(fieldOf('redirects', 'status')).toMatchObject({ widget: 'select', options: [301, 302], default: 301 });
    expect(fieldOf('media', 'file')).toMatchObject({ widget: 'image', required: true });
    expect(fieldOf('news', 'corrections')).toMatchObject({ widget: 'list' });
    expect(fieldOf('news', 'tags')).toMatchObject({ widget: 'list', field: { widget: 'string', minlength: 2 } });
  });
});

describe('editorConfig: languages', () => {
  it('writes prose in <collection>/<locale>/<entry>.md, Vietnamese first', () => {
    expect(config.i18n).toMatchObject({
      structure: 'multiple_folders',
      locales: ['vi', 'en', 'zh'],
      default_locale: 'vi',
    });
    expect(collectionOf('news')).toMatchObject({ folder: 'src/content/news', extension: 'md', i18n: true });
    expect(collectionOf('news').fields!.at(-1)).toMatchObject({ name: 'body', i18n: true });
  });

  it('translates words and copies facts from the source language', () => {
    const i18n = (c: string, p: string) => fieldOf(c, p).i18n;
    for (const p of [
      'title',
      'description',
      'slug',
      'redirectFrom',
      'draft',
      'dateline',
      'notesToEditors',
      'tags',
      'corrections',
    ])
      expect(i18n('news', p), p).toBe(true);
    for (const p of ['type', 'date', 'sourceLocale', 'cover', 'contacts', 'pressKit', 'sample', 'publishAt', 'updated'])
      expect(i18n('news', p), p).toBe('duplicate');
    expect(i18n('destinations', 'location')).toBe(true);
    expect(i18n('destinations', 'coordinates')).toBe('duplicate');
    expect(i18n('incentives', 'legalBasis')).toBe(true);
    expect(i18n('incentives', 'legalBasis.effective')).toBe('duplicate');
    expect(i18n('incentives', 'legalBasis.url')).toBe('duplicate');
    expect(i18n('opportunities', 'capital')).toBe('duplicate');
    expect(fieldOf('news', 'tags').field?.i18n).toBe(true);
    expect(fieldOf('news', 'corrections').fields!.map((f) => [f.name, f.i18n])).toEqual([
      ['date', 'duplicate'],
      ['note', true],
    ]);
  });

  it('keeps every language of a record in one file (no i18n), with its picture beside it', () => {
    const media = collectionOf('media');
    expect(media).toMatchObject({ folder: 'src/content/media', extension: 'yaml', format: 'yaml', media_folder: '' });
    expect(media.i18n).toBeUndefined();
    expect(fieldOf('media', 'caption').fields!.map((f) => f.name)).toEqual(['vi', 'en', 'zh']);
    expect(fieldOf('media', 'caption').fields!.every((f) => f.i18n === undefined && f.required)).toBe(true);
    for (const p of ['credit', 'rightsHolder', 'licence', 'allowedUse', 'alt'])
      expect(fieldOf('media', p).required, p).toBe(true);
  });

  it('edits a list file as one file of items with an id', () => {
    const contacts = collectionOf('contacts');
    expect(contacts.files).toHaveLength(1);
    expect(contacts.files![0]).toMatchObject({ file: 'src/content/contacts.yaml', format: 'portico-list' });
    expect(formFields(contacts)[0]).toMatchObject({ name: LIST_ID, required: true });
  });
});

describe('editorConfig: refuses what it cannot map', () => {
  it('throws on a field type with no widget', () => {
    expect(() =>
      editorConfig({
        collections: { odd: { layout: 'records', schema: z.object({ when: z.map(z.string(), z.string()) }) } },
        locales: ['vi'],
        backend: { name: 'test-repo' },
      }),
    ).toThrow(/odd\.when/);
  });

  it('throws on a reference to a collection that does not exist', () => {
    expect(() =>
      editorConfig({
        collections: { odd: { layout: 'records', schema: z.object({ x: z.string().describe('ref:nowhere') }) } },
        locales: ['vi'],
        backend: { name: 'test-repo' },
      }),
    ).toThrow(/nowhere/);
  });
});

describe('splitDoc and hints', () => {
  it('reads the Vietnamese line, with or without a label', () => {
    expect(splitDoc('The heading. vi: Tiêu đề — Tiêu đề của trang.')).toEqual({
      en: 'The heading.',
      label: 'Tiêu đề',
      vi: 'Tiêu đề của trang.',
    });
    expect(splitDoc('Who made it. vi: Tác giả của ảnh.')).toEqual({ en: 'Who made it.', vi: 'Tác giả của ảnh.' });
    expect(splitDoc('English only, e.g. "vi" as a code.')).toEqual({ en: 'English only, e.g. "vi" as a code.' });
    expect(splitDoc(undefined)).toEqual({});
  });

  it('puts Vietnamese first', () => {
    expect(hintOf({ en: 'The heading.', vi: 'Tiêu đề.' })).toBe('Tiêu đề.\n\n_The heading._');
    expect(hintOf({ en: 'The heading.' })).toBe('The heading.');
  });
});

describe('list files', () => {
  it('round-trips a map of records through the form items, keeping the order', () => {
    const map = { b: { kind: 'general', verified: false }, a: { kind: 'tourism', verified: true } };
    const items = listToItems(map);
    expect(items).toEqual({
      items: [
        { id: 'b', kind: 'general', verified: false },
        { id: 'a', kind: 'tourism', verified: true },
      ],
    });
    expect(Object.keys(itemsToList(items))).toEqual(['b', 'a']);
    expect(itemsToList(items)).toEqual(map);
    expect(listToItems(null)).toEqual({ items: [] });
    expect(itemsToList({ items: [{ kind: 'x' }] })).toEqual({});
  });
});
