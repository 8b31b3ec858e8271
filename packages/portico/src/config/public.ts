/**
 * What a site's province.config.ts imports: the type of its configuration (for editor help and
 * `satisfies`), and the schema for tools that want to check it themselves.
 */
export { ProvinceSchema, type ProvinceConfig, type ProvinceInput } from './schema.ts';
