import type { z } from 'astro/zod';
import type { SchemaHelpers } from './fields.ts';

export interface CollectionSpec {
  /**
   * prose: src/content/<name>/<locale>/<entry>.md(x), translated by entry name.
   * records: src/content/<name>/<id>.yaml, one record a file.
   * list: src/content/<name>.yaml, a map of id → record.
   */
  layout: 'prose' | 'records' | 'list';
  schema: (helpers: SchemaHelpers) => z.ZodType;
}
