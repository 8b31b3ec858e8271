/**
 * The form editor's configuration (Sveltia CMS), generated from the collection table and the
 * collections' Zod schemas — never written by hand.
 *
 *  - prose collections → entry collections in <content>/<name>/<locale>/<entry>.md, three
 *    languages (i18n structure multiple_folders), a Markdown body; each field translated
 *    (i18n: true) when it holds words, copied from the source language (i18n: 'duplicate') when
 *    it holds facts (choices, numbers, dates, references, coordinates);
 *  - records (media) → an entry collection of YAML files, the picture beside each;
 *  - lists (contacts.yaml…) → a single-file collection. The CMS has no widget for a map of
 *    id → record, so the file is read and written through the custom format LIST_FORMAT
 *    (registered by the /admin/ script with listToItems / itemsToList below): the form sees
 *    `items: [{ id, …record }]`, the file keeps its map.
 *
 * Every field gets its widget, required flag, allowed values (enums → select), default, pattern,
 * length and number limits where the CMS has them, and its `/** doc *\/` comment as the hint.
 * Hints are Vietnamese first: a doc comment may carry a Vietnamese line,
 *
 *     /**
 *      * The heading of the page and its `<title>`.
 *      * vi: Tiêu đề — Tiêu đề của trang và thẻ `<title>`.
 *      *\/
 *
 * where the part before " — " is the field's Vietnamese label (see splitDoc).
 *
 * Pure: schemas and docs in, a plain object out. Zod 4 internals are read as in schema-walk.ts.
 */
import type { z } from 'astro/zod';
import { isOptional, refTarget, unwrap } from '../collections/schema-walk.ts';
import { LIST_FORMAT, LIST_ID, LIST_ITEMS } from './list-format.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export type Layout = 'prose' | 'records' | 'list';

/** One collection as the generator needs it: the table's layout and the built schema. */
export interface EditorCollection {
  layout: Layout;
  /** The schema built with an image() that returns `z.string().describe('image')`. */
  schema: z.ZodType;
}

/** A field of the CMS configuration (the subset of Sveltia's field options Portico uses). */
export interface CmsField {
  name: string;
  label?: string;
  widget: string;
  hint?: string;
  required?: boolean;
  i18n?: boolean | 'duplicate';
  default?: unknown;
  options?: (string | number | boolean)[];
  multiple?: boolean;
  min?: number;
  max?: number;
  minlength?: number;
  maxlength?: number;
  pattern?: [string, string];
  type?: string;
  format?: string;
  value_type?: string;
  collection?: string;
  file?: string;
  value_field?: string;
  display_fields?: string[];
  search_fields?: string[];
  field?: CmsField;
  fields?: CmsField[];
  choose_url?: boolean;
  root?: boolean;
  summary?: string;
  collapsed?: boolean | 'auto';
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  extension?: string;
  format?: string;
  i18n?: boolean;
  create?: boolean;
  delete?: boolean;
  identifier_field?: string;
  summary?: string;
  slug?: { template?: string; editable?: boolean | ('create' | 'update')[]; pattern?: [string, string]; hint?: string };
  media_folder?: string;
  public_folder?: string;
  preview_path?: string;
  aliases_field?: string | false;
  files?: { name: string; label: string; file: string; format?: string; fields: CmsField[] }[];
  fields?: CmsField[];
}

export interface CmsConfig {
  load_config_file: false;
  backend: Record<string, unknown>;
  app_title?: string;
  site_url?: string;
  logo?: { src: string };
  media_folder: string;
  public_folder: string;
  i18n: {
    structure: 'multiple_folders';
    locales: string[];
    default_locale: string;
    initial_locales: 'default' | 'all' | string[];
  };
  slug: { encoding: 'ascii'; clean_accents: true; lowercase: true; sanitize_replacement: '-'; maxlength: number };
  output: { omit_empty_optional_fields: true; yaml: { quote: 'none' | 'single' | 'double' } };
  /** The collections, grouped: prose (each with its MDX twin), records, lists, with dividers between. */
  collections: (CmsCollection | CmsDivider)[];
}

/** A line between groups of collections in the editor's list. */
export interface CmsDivider {
  name: string;
  divider: true;
}

export const isDivider = (c: CmsCollection | CmsDivider): c is CmsDivider => 'divider' in c;

export interface EditorConfigInput {
  /** The collection table: name → layout and built schema. */
  collections: Readonly<Record<string, EditorCollection>>;
  /** The locales, the source language first. */
  locales: readonly string[];
  /** The field's doc comment (see splitDoc), e.g. from SchemaDocs. */
  doc?: (collection: string, path: readonly string[]) => string | undefined;
  /** Folder of the content, from the repository root. Default `src/content`. */
  contentDir?: string;
  /** The CMS backend, e.g. { name: 'gitlab', repo: 'office/portal', base_url: 'https://git.example.gov.vn' }. */
  backend: Record<string, unknown>;
  /** Site address, for links from the editor to the site. */
  siteUrl?: string;
  /** The editor's title. */
  appTitle?: string;
  /** Collection labels (Vietnamese first), overriding COLLECTION_LABELS. */
  labels?: Readonly<Record<string, string>>;
  /** The site's logo (a path of the site, e.g. /favicon.svg), shown by the editor. */
  logo?: string;
  /**
   * The editor's "view on the site" link for an entry, from the site's root: a template with the
   * CMS's {{slug}} (the file name) and {{locale}}, e.g. `admin/open/?collection=news&entry={{slug}}&locale={{locale}}`.
   */
  previewPath?: (collection: string) => string;
  /** A note shown above each prose collection's list (e.g. where the translation status is). */
  proseNote?: string;
  /** The prose collections that have .mdx entries, which get an MDX twin (default: every prose collection). */
  mdxCollections?: readonly string[];
}

/** Suffix of the twin collection that lists a prose collection's MDX entries (the CMS takes one extension a collection). */
export const MDX_SUFFIX = '-mdx';

export { LIST_FORMAT, LIST_ID, LIST_ITEMS, itemsToList, listToItems } from './list-format.ts';

/** Vietnamese names of the engine's collections; a site may add its own through `labels`. */
export const COLLECTION_LABELS: Readonly<Record<string, string>> = {
  pages: 'Trang',
  news: 'Tin tức, thông cáo',
  'press-kits': 'Tài liệu báo chí',
  sectors: 'Lĩnh vực đầu tư',
  zones: 'Khu kinh tế, cửa khẩu',
  opportunities: 'Dự án kêu gọi đầu tư',
  incentives: 'Ưu đãi đầu tư',
  figures: 'Số liệu chính',
  'figure-charts': 'Biểu đồ số liệu',
  destinations: 'Điểm đến',
  festivals: 'Lễ hội',
  culture: 'Văn hóa',
  media: 'Ảnh và giấy phép',
  contacts: 'Đầu mối liên hệ',
  glossary: 'Thuật ngữ chính thức',
  'calendar-dates': 'Ngày lễ, kỷ niệm',
  'diplomatic-relations': 'Quan hệ ngoại giao',
  redirects: 'Chuyển hướng địa chỉ',
};

/** Language names for the sub-fields of a text given in every language. */
const LANGUAGE_LABELS: Readonly<Record<string, string>> = { vi: 'Tiếng Việt', en: 'English', zh: '中文' };

/** Prose fields translated even though they look like facts (one per language). */
const TRANSLATED_ANYWAY = new Set(['slug', 'redirectFrom', 'draft']);

/** The body of a prose entry. */
const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Nội dung',
  widget: 'richtext',
  i18n: true,
  hint: 'Nội dung bài, viết bằng Markdown. `npm run check` kiểm tra liên kết và ảnh trong bài.\n\n_The text of the entry, in Markdown; `npm run check` checks its links and pictures._',
};

/**
 * The body of an MDX entry: plain text, kept exactly as written, because the rich-text editor
 * would rewrite the components (`<Gallery … />`) it does not know.
 */
const MDX_BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Nội dung (MDX)',
  widget: 'text',
  i18n: true,
  hint: 'Nội dung bài viết bằng Markdown, có cả thành phần như <Gallery … />: giữ nguyên các dòng đó. `npm run check` kiểm tra chúng.\n\n_The text in Markdown with components such as <Gallery … />: keep those lines as they are; `npm run check` checks them._',
};

const SLUG_PATTERN: [string, string] = [
  '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  'Chữ Latinh thường không dấu, số và dấu gạch ngang / lower-case Latin letters, digits and hyphens',
];

/**
 * A doc comment split into its English text and the optional Vietnamese line
 * (`vi: Nhãn — gợi ý`, or `vi: gợi ý` without a label). SchemaDocs joins a comment's lines with
 * spaces, so the Vietnamese part is everything after the first " vi: ".
 */
export function splitDoc(text: string | undefined): { en?: string; vi?: string; label?: string } {
  if (!text) return {};
  const m = /(?:^|\s)vi:\s*(.+)$/s.exec(text);
  const en = (m ? text.slice(0, m.index) : text).trim() || undefined;
  if (!m) return { en };
  const vi = m[1]!.trim();
  const dash = vi.indexOf(' — ');
  return dash > 0 ? { en, label: vi.slice(0, dash).trim(), vi: vi.slice(dash + 3).trim() } : { en, vi };
}

/** The hint shown under a field: Vietnamese first, then the English in italics. */
export function hintOf(doc: { en?: string; vi?: string }): string | undefined {
  if (doc.vi && doc.en) return `${doc.vi}\n\n_${doc.en}_`;
  return doc.vi ?? doc.en;
}

const defOf = (schema: unknown): Any => (schema as Any)?._zod?.def ?? {};

const accepts = (schema: z.ZodType, value: unknown): boolean => {
  try {
    return (schema as Any).safeParse(value).success === true;
  } catch {
    return false;
  }
};

/** The default of a field, when it has one worth writing in the form. */
function defaultOf(schema: z.ZodType): unknown {
  let current: Any = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (def.type === 'default' || def.type === 'prefault') {
      const value = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      if (Array.isArray(value) && value.length === 0) return undefined;
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
        return undefined;
      return value;
    }
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly') current = def.innerType;
    else return undefined;
  }
  return undefined;
}

/** Zod 4 checks of a node, as plain defs. */
const checksOf = (node: z.ZodType): Any[] => (defOf(node).checks ?? []).map((c: Any) => c?._zod?.def ?? {});

/** What kind of date a transformed field (a pipe) accepts, found by trying values. */
function dateKind(schema: z.ZodType): 'datetime' | 'date' | 'partial' | undefined {
  if (accepts(schema, '2026-01-15 09:00')) return 'datetime';
  if (accepts(schema, '1954')) return 'partial';
  if (accepts(schema, '2026-01-15')) return 'date';
  return undefined;
}

/** Shape of an object node (object, or object under a pipe). */
function objectShape(node: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(node);
  if (def.type === 'object') return def.shape;
  if (def.type === 'pipe') return objectShape(def.in);
  return undefined;
}

/** true when the node holds words written in one language (so it is translated). */
export function holdsText(schema: z.ZodType): boolean {
  if (refTarget(schema)) return false;
  const node = unwrap(schema);
  const def = defOf(node);
  switch (def.type) {
    case 'string':
      return !def.format && !checksOf(node).some((c) => c.check === 'string_format');
    case 'array':
      return holdsText(def.element);
    case 'object':
      return Object.values(def.shape as Record<string, z.ZodType>).some(holdsText);
    default:
      return false;
  }
}

interface Context {
  collection: string;
  layout: Layout;
  doc: EditorConfigInput['doc'];
  collections: EditorConfigInput['collections'];
  /** Inside a prose entry: fields carry i18n. */
  i18n: boolean;
}

/** The relation options for a reference to another collection. */
function relation(target: string, ctx: Context, path: string): Partial<CmsField> {
  const spec = ctx.collections[target];
  if (!spec) throw new Error(`editor config: ${ctx.collection}.${path} refers to unknown collection "${target}"`);
  if (spec.layout === 'list') {
    const shape = objectShape(unwrap(spec.schema)) ?? {};
    const labelKey =
      Object.keys(shape).find((k) => isLocalized(shape[k]!)) ?? Object.keys(shape).find((k) => holdsText(shape[k]!));
    const display = labelKey
      ? isLocalized(shape[labelKey]!)
        ? `${LIST_ITEMS}.*.${labelKey}.vi`
        : `${LIST_ITEMS}.*.${labelKey}`
      : `${LIST_ITEMS}.*.${LIST_ID}`;
    return {
      widget: 'relation',
      collection: target,
      file: target,
      value_field: `${LIST_ITEMS}.*.${LIST_ID}`,
      display_fields: [display],
      search_fields: [...new Set([display, `${LIST_ITEMS}.*.${LIST_ID}`])],
    };
  }
  if (spec.layout === 'records') {
    const shape = objectShape(unwrap(spec.schema)) ?? {};
    const labelKey = Object.keys(shape).find((k) => isLocalized(shape[k]!));
    const display = labelKey ? `${labelKey}.vi` : '{{slug}}';
    return {
      widget: 'relation',
      collection: target,
      value_field: '{{slug}}',
      display_fields: [display],
      search_fields: labelKey ? [`${labelKey}.vi`, `${labelKey}.en`] : ['{{slug}}'],
    };
  }
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    display_fields: ['title'],
    search_fields: ['title'],
  };
}

/** An object whose keys are exactly the locales: a text in every language (localized()). */
function isLocalized(schema: z.ZodType): boolean {
  const shape = objectShape(unwrap(schema));
  if (!shape) return false;
  const keys = Object.keys(shape).sort().join(',');
  return keys === Object.keys(LANGUAGE_LABELS).sort().join(',');
}

/** The CMS field for one schema field. */
function field(name: string, schema: z.ZodType, path: string[], ctx: Context): CmsField {
  const dotted = path.join('.');
  const doc = splitDoc(ctx.doc?.(ctx.collection, path));
  const optional = isOptional(schema);
  const base: CmsField = { name, label: doc.label ?? LANGUAGE_LABELS[name] ?? name, widget: 'string' };
  const hint = hintOf(doc);
  if (hint) base.hint = hint;
  base.required = !optional;
  if (ctx.i18n) base.i18n = TRANSLATED_ANYWAY.has(dotted) || holdsText(schema) ? true : 'duplicate';
  const dflt = defaultOf(schema);
  if (dflt !== undefined) base.default = dflt;

  const target = refTarget(schema);
  if (target) return { ...base, ...relation(target, ctx, dotted) };

  const node = unwrap(schema);
  const def = defOf(node);
  if ((node as Any).description === 'image') return { ...base, widget: 'image', choose_url: false };

  switch (def.type) {
    case 'string': {
      const out: CmsField = { ...base, widget: 'string' };
      for (const c of checksOf(node)) {
        if (c.check === 'min_length') out.minlength = c.minimum;
        if (c.check === 'max_length') out.maxlength = c.maximum;
        if (c.check === 'string_format' && c.format === 'regex')
          out.pattern = [
            (c.pattern as RegExp).source,
            `Không đúng mẫu / does not match ${(c.pattern as RegExp).source}`,
          ];
      }
      if (def.format === 'email') out.type = 'email';
      if (def.format === 'url') out.type = 'url';
      // Long texts (descriptions, how to get there…) get a text area.
      if ((out.maxlength ?? 0) > 200 || (out.minlength ?? 0) >= 10) out.widget = 'text';
      return out;
    }
    case 'number': {
      const out: CmsField = { ...base, widget: 'number', value_type: 'float' };
      for (const c of checksOf(node)) {
        if (c.check === 'number_format' && /int/.test(c.format)) {
          out.value_type = 'int';
        }
        // The CMS has inclusive limits only; an exclusive 0 (positive) stays for the check.
        if (c.check === 'greater_than' && c.inclusive) out.min = c.value;
        if (c.check === 'less_than' && c.inclusive) out.max = c.value;
      }
      return out;
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'union': {
      const options = (def.options as z.ZodType[]).map((o) => defOf(o));
      if (options.every((o) => o.type === 'literal'))
        return { ...base, widget: 'select', options: options.flatMap((o) => o.values as (string | number)[]) };
      break;
    }
    case 'pipe': {
      const kind = dateKind(node);
      if (kind === 'datetime') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD HH:mm' };
      if (kind === 'date') return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
      if (kind === 'partial')
        return {
          ...base,
          widget: 'string',
          pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'YYYY-MM-DD, YYYY-MM hoặc / or YYYY'],
        };
      const shape = objectShape(node);
      if (shape) return objectField(base, shape, path, ctx);
      break;
    }
    case 'object':
      return objectField(base, def.shape, path, ctx);
    case 'array': {
      const element = def.element as z.ZodType;
      const limits: Partial<CmsField> = {};
      for (const c of checksOf(node)) {
        if (c.check === 'min_length') limits.min = c.minimum;
        if (c.check === 'max_length') limits.max = c.maximum;
      }
      const elementTarget = refTarget(element);
      if (elementTarget) return { ...base, ...relation(elementTarget, ctx, dotted), multiple: true, ...limits };
      const inner = unwrap(element);
      if (defOf(inner).type === 'enum')
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: Object.values(defOf(inner).entries as Record<string, string>),
          ...limits,
        };
      // Docs are keyed without list items (SchemaDocs), so the item shares the list's path.
      // The items of a translated list carry i18n too: without it the CMS offers no "Add" in a
      // translation (seen in Sveltia 0.221).
      const item = field('item', element, path, ctx);
      if (item.widget === 'object') return { ...base, widget: 'list', fields: item.fields, ...limits };
      delete item.hint;
      return { ...base, widget: 'list', field: { ...item, label: base.label }, ...limits };
    }
  }
  throw new Error(`editor config: no widget for ${ctx.collection}.${dotted} (${def.type})`);
}

function objectField(base: CmsField, shape: Record<string, z.ZodType>, path: string[], ctx: Context): CmsField {
  const fields = Object.entries(shape).map(([key, child]) => field(key, child, [...path, key], ctx));
  return { ...base, widget: 'object', fields, collapsed: 'auto' };
}

/** The fields of a collection's schema. */
function fieldsOf(schema: z.ZodType, ctx: Context): CmsField[] {
  const shape = objectShape(unwrap(schema));
  if (!shape) throw new Error(`editor config: the schema of ${ctx.collection} is not an object`);
  return Object.entries(shape).map(([key, child]) => field(key, child, [key], ctx));
}

/** Prose first (what editors write most), then records, then lists, a divider between groups. */
function grouped(
  collections: CmsCollection[],
  table: EditorConfigInput['collections'],
): (CmsCollection | CmsDivider)[] {
  const layoutOf = (c: CmsCollection) => table[c.name]?.layout ?? table[c.name.slice(0, -MDX_SUFFIX.length)]?.layout;
  const groups = (['prose', 'records', 'list'] as const).map((layout) =>
    collections.filter((c) => layoutOf(c) === layout),
  );
  return groups
    .filter((g) => g.length)
    .flatMap((g, i) => (i === 0 ? g : [{ name: `divider-${i}`, divider: true as const }, ...g]));
}

/** The CMS configuration for the collection table. */
export function editorConfig(input: EditorConfigInput): CmsConfig {
  const content = (input.contentDir ?? 'src/content').replace(/\/+$/, '');
  const [defaultLocale] = input.locales;
  if (!defaultLocale) throw new Error('editor config: no locales');
  const labelOf = (name: string) => input.labels?.[name] ?? COLLECTION_LABELS[name] ?? name;
  const collections: CmsCollection[] = Object.entries(input.collections).flatMap(([name, spec]) => {
    const ctx: Context = {
      collection: name,
      layout: spec.layout,
      doc: input.doc,
      collections: input.collections,
      i18n: spec.layout === 'prose',
    };
    const fields = fieldsOf(spec.schema, ctx);
    if (spec.layout === 'prose') {
      const prose: CmsCollection = {
        name,
        label: labelOf(name),
        ...(input.proseNote ? { description: input.proseNote } : {}),
        folder: `${content}/${name}`,
        extension: 'md',
        format: 'yaml-frontmatter',
        i18n: true,
        create: true,
        identifier_field: 'title',
        summary: '{{title}}',
        slug: {
          template: '{{title}}',
          editable: ['create'],
          pattern: SLUG_PATTERN,
          hint: 'Tên tệp, giống nhau ở mọi ngôn ngữ; địa chỉ riêng của từng ngôn ngữ đặt ở trường "slug". / The file name, the same in every language; each language’s own address goes in the "slug" field.',
        },
        ...(input.previewPath ? { preview_path: input.previewPath(name), aliases_field: false as const } : {}),
        fields: [...fields, BODY_FIELD],
      };
      // The same folder's .mdx entries, as a twin collection: editable, not created here (a new
      // MDX entry is a developer's job: npm run new -- <collection> <entry> --mdx).
      const mdx: CmsCollection = {
        ...prose,
        name: `${name}${MDX_SUFFIX}`,
        label: `${labelOf(name)} (MDX)`,
        extension: 'mdx',
        create: false,
        fields: [...fields, MDX_BODY_FIELD],
      };
      return input.mdxCollections && !input.mdxCollections.includes(name) ? [prose] : [prose, mdx];
    }
    if (spec.layout === 'records') {
      const shape = objectShape(unwrap(spec.schema)) ?? {};
      const labelKey = Object.keys(shape).find((k) => isLocalized(shape[k]!));
      return {
        name,
        label: labelOf(name),
        folder: `${content}/${name}`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        ...(labelKey ? { identifier_field: `${labelKey}.en`, summary: `{{${labelKey}.vi}}` } : {}),
        slug: { editable: ['create'], pattern: SLUG_PATTERN },
        // The picture sits beside its record, written ./name.ext as the check wants.
        media_folder: '',
        public_folder: './',
        fields,
      };
    }
    return {
      name,
      label: labelOf(name),
      files: [
        {
          name,
          label: labelOf(name),
          file: `${content}/${name}.yaml`,
          format: LIST_FORMAT,
          fields: [
            {
              name: LIST_ITEMS,
              label: labelOf(name),
              widget: 'list',
              required: false,
              summary: `{{fields.${LIST_ID}}}`,
              collapsed: 'auto',
              fields: [
                {
                  name: LIST_ID,
                  label: 'Mã',
                  widget: 'string',
                  required: true,
                  pattern: [SLUG_PATTERN[0], SLUG_PATTERN[1]],
                  hint: hintOf({
                    vi: 'Tên các mục khác dùng để chỉ tới mục này: chữ Latinh thường không dấu, số và dấu gạch ngang.',
                    en: 'The name other entries use to refer to it: lower-case Latin letters, digits and hyphens.',
                  }),
                },
                ...fields,
              ],
            },
          ],
        },
      ],
    };
  });
  return {
    load_config_file: false,
    backend: input.backend,
    ...(input.appTitle ? { app_title: input.appTitle } : {}),
    ...(input.siteUrl ? { site_url: input.siteUrl } : {}),
    ...(input.logo ? { logo: { src: input.logo } } : {}),
    // Only the media records hold pictures (each beside its record, see the media collection);
    // the CMS still wants a site-wide folder, with an absolute public path.
    media_folder: `${content}/media`,
    public_folder: `/${content}/media`,
    i18n: {
      structure: 'multiple_folders',
      locales: [...input.locales],
      default_locale: defaultLocale,
      initial_locales: 'default',
    },
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true, sanitize_replacement: '-', maxlength: 80 },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: grouped(collections, input.collections),
  };
}
