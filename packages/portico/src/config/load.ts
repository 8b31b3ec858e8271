/**
 * A site's configuration read and checked as a whole: province.config.ts against the schema, the
 * files it names (logo, hero picture, map outline), and the site's interface-string overrides in
 * src/i18n/<locale>.json. `portico check`, `portico build` and the Astro integration all read the
 * site through here, so a mistake gives the same editor's message everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProvinceSchema, type ProvinceConfig } from './schema.ts';
import { problemFromIssue, type Problem } from '../lib/problems.ts';
import { parseOutline, type MapOutline } from '../sections/visit/outline.ts';
import { checkOverride, type Dictionary, type SiteStrings } from '../i18n/overrides.ts';
import { engineStrings } from '../i18n/translator.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';

export const CONFIG_FILE = 'province.config.ts';

export interface SiteConfig {
  /** The site's folder. */
  root: string;
  province: ProvinceConfig;
  /** The site's own wording of interface strings, per language. */
  strings: SiteStrings;
  outline: MapOutline;
}

export type SiteConfigResult = { ok: true; config: SiteConfig } | { ok: false; problems: Problem[] };

/** The default export of the site's province.config.ts, or a problem saying why it cannot be read. */
export async function importConfigFile(root: string): Promise<{ raw: unknown } | { problem: Problem }> {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file))
    return {
      problem: {
        file: CONFIG_FILE,
        field: '(file)',
        vi: `Không có tệp ${CONFIG_FILE} ở thư mục gốc của trang. Chạy lệnh trong thư mục của trang, hoặc tạo trang mới bằng npm create portico.`,
        en: `There is no ${CONFIG_FILE} at the site's root. Run the command in the site's folder, or start a site with npm create portico.`,
      },
    };
  try {
    return { raw: (await import(/* @vite-ignore */ pathToFileURL(file).href)).default };
  } catch (error) {
    const first = (error as Error).message.split('\n')[0];
    return {
      problem: {
        file: CONFIG_FILE,
        field: '(file)',
        vi: `Không đọc được tệp: ${first}`,
        en: `The file could not be read: ${first}`,
      },
    };
  }
}

/** Check a configuration object (from province.config.ts) and everything it points at. */
export function resolveSiteConfig(root: string, raw: unknown): SiteConfigResult {
  const parsed = ProvinceSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((issue) => problemFromIssue(CONFIG_FILE, issue)) };
  const province = parsed.data;
  const problems: Problem[] = [];
  const missing = (field: string, path: string, example: string) =>
    problems.push({
      file: CONFIG_FILE,
      field,
      found: JSON.stringify(path),
      vi: `Không có tệp ${path} trong trang. Ghi đường dẫn tính từ thư mục gốc của trang (nơi có ${CONFIG_FILE}).`,
      en: `There is no file ${path} in the site. Write the path from the site's root folder (where ${CONFIG_FILE} is).`,
      example,
    });
  if (!existsSync(join(root, province.logo))) missing('logo', province.logo, 'src/assets/brand/logo.svg');
  if (province.hero && !existsSync(join(root, province.hero.image)))
    missing('hero.image', province.hero.image, 'src/assets/brand/hero.jpg');
  for (const [name, path] of Object.entries(province.components))
    if (path && !existsSync(join(root, path))) missing(`components.${name}`, path, `src/layouts/${name}.astro`);

  let outline: MapOutline | undefined;
  const outlineFile = join(root, province.map.outline);
  if (!existsSync(outlineFile)) missing('map.outline', province.map.outline, 'src/map/outline.geojson');
  else {
    const result = parseOutline(readFileSync(outlineFile, 'utf8'));
    if (result.ok) outline = result.outline;
    else
      for (const p of result.problems)
        problems.push({
          file: province.map.outline,
          field: p.path,
          vi: p.vi,
          en: p.en,
          example: 'docs/configuration.md#map',
        });
  }

  const strings: SiteStrings = {};
  for (const locale of LOCALE_CODES) {
    const rel = `src/i18n/${locale}.json`;
    const file = join(root, rel);
    if (!existsSync(file)) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({
        file: rel,
        field: '(file)',
        vi: `Tệp không phải JSON hợp lệ: ${(error as Error).message}`,
        en: `The file is not valid JSON: ${(error as Error).message}`,
      });
      continue;
    }
    const found = checkOverride(locale, engineStrings[locale] as Dictionary, json);
    for (const p of found)
      problems.push({
        file: rel,
        field: p.key,
        vi: p.vi,
        en: p.en,
        ...(p.found ? { found: p.found } : {}),
        ...(p.example ? { example: p.example } : {}),
      });
    if (!found.length) strings[locale] = json as Dictionary;
  }
  if (problems.length || !outline) return { ok: false, problems };
  return { ok: true, config: { root, province, strings, outline } };
}

/** Read and check the site in `root`. */
export async function readSiteConfig(root: string): Promise<SiteConfigResult> {
  const imported = await importConfigFile(root);
  if ('problem' in imported) return { ok: false, problems: [imported.problem] };
  return resolveSiteConfig(root, imported.raw);
}

/**
 * What the content check needs from the site's configuration: the province's name (for examples
 * in messages) and the picture size limit. Read leniently: the configuration's own mistakes are
 * the province check's to report.
 */
export async function checkSettingsOf(
  root: string,
): Promise<{ provinceName?: { vi: string; en: string }; maxPictureMegabytes?: number }> {
  const provinceName = await provinceNameOf(root);
  if (!existsSync(join(root, CONFIG_FILE))) return {};
  const imported = await importConfigFile(root);
  const max =
    'raw' in imported
      ? (imported.raw as { pictures?: { maxMegabytes?: unknown } } | undefined)?.pictures?.maxMegabytes
      : undefined;
  return {
    ...(provinceName ? { provinceName } : {}),
    ...(typeof max === 'number' && max > 0 ? { maxPictureMegabytes: max } : {}),
  };
}

/** The province's name from the site's configuration, for examples in messages; undefined if it cannot be read. */
export async function provinceNameOf(root: string): Promise<{ vi: string; en: string } | undefined> {
  if (!existsSync(join(root, CONFIG_FILE))) return undefined;
  const imported = await importConfigFile(root);
  const name =
    'raw' in imported
      ? (imported.raw as { fullName?: { vi?: unknown; en?: unknown } } | undefined)?.fullName
      : undefined;
  return typeof name?.vi === 'string' && typeof name.en === 'string' ? { vi: name.vi, en: name.en } : undefined;
}
