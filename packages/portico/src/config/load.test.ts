// A site's configuration is checked as a whole: the schema, the files it names, the map outline
// and the site's string overrides, each mistake with the editor's message.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteConfig, resolveSiteConfig } from './load.ts';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/site');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture site's configuration files, changed by `edit`. */
function site(edit: (root: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'portico-config-'));
  made.push(root);
  for (const path of ['province.config.ts', 'src/map', 'src/assets', 'src/layouts'])
    cpSync(join(FIXTURE, path), join(root, path), { recursive: true });
  edit(root);
  return root;
}

const base = (await import(join(FIXTURE, 'province.config.ts'))).default as Record<string, unknown>;
const problems = async (root: string, config: Record<string, unknown> = base) => {
  const result = resolveSiteConfig(root, config);
  return result.ok ? [] : result.problems;
};

describe('the site configuration', () => {
  it('of the fixture site passes, with its outline read', async () => {
    const result = await readSiteConfig(site());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.outline.rings[0]!.length).toBeGreaterThan(3);
  });

  it('reports a logo that does not exist, naming the field and an example', async () => {
    const [p] = await problems(site(), { ...base, logo: 'src/assets/missing.svg' });
    expect(p).toMatchObject({
      file: 'province.config.ts',
      field: 'logo',
      found: '"src/assets/missing.svg"',
      example: 'src/assets/brand/logo.svg',
    });
    expect(p!.vi).toContain('Không có tệp');
    expect(p!.en).toContain('There is no file');
  });

  it('reports a hero picture that does not exist', async () => {
    const list = await problems(site(), { ...base, hero: { image: 'src/assets/hero.jpg' } });
    expect(list.map((p) => p.field)).toEqual(['hero.image']);
  });

  it('reports a component override that does not exist, is not an .astro file, or names no engine component', async () => {
    const missing = await problems(site(), { ...base, components: { SiteFooter: 'src/layouts/Footer.astro' } });
    expect(missing).toEqual([
      expect.objectContaining({
        field: 'components.SiteFooter',
        found: '"src/layouts/Footer.astro"',
        example: 'src/layouts/SiteFooter.astro',
      }),
    ]);
    const notAstro = await problems(site(), { ...base, components: { SiteHeader: 'src/layouts/Header.tsx' } });
    expect(notAstro.map((p) => [p.field, p.example])).toEqual([
      ['components.SiteHeader', 'src/layouts/SiteFooter.astro'],
    ]);
    const unknown = await problems(site(), { ...base, components: { Sidebar: 'src/layouts/SiteFooter.astro' } });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.field).toContain('Sidebar');
    expect(unknown[0]!.en).toContain('Sidebar');
  });

  it('reports an outline that is not JSON, and one that is not a province outline', async () => {
    const notJson = await problems(site((root) => writeFileSync(join(root, 'src/map/outline.geojson'), '{ "type": ')));
    expect(notJson[0]).toMatchObject({ file: 'src/map/outline.geojson', field: '(file)' });
    const noProvince = await problems(
      site((root) =>
        writeFileSync(
          join(root, 'src/map/outline.geojson'),
          JSON.stringify({ type: 'FeatureCollection', features: [] }),
        ),
      ),
    );
    expect(noProvince[0]).toMatchObject({ field: 'features' });
    expect(noProvince[0]!.en).toContain('"role": "province"');
  });

  it('reports a border without what lies beyond it', async () => {
    const outline = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { role: 'province' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [107, 16],
                [107.5, 16],
                [107.5, 16.5],
                [107, 16],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { role: 'border' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [107, 16],
              [107.5, 16],
            ],
          },
        },
      ],
    };
    const list = await problems(
      site((root) => writeFileSync(join(root, 'src/map/outline.geojson'), JSON.stringify(outline))),
    );
    expect(list.map((p) => p.field)).toEqual(['features.1.properties.beyond']);
  });

  it('reports an override key the engine does not have, and a variable the string is not given', async () => {
    const root = site((r) => {
      cpSync(join(FIXTURE, 'src/map'), join(r, 'src/map'), { recursive: true });
      cpSync(join(r, 'src/map'), join(r, 'src/i18n'), { recursive: true });
      writeFileSync(
        join(r, 'src/i18n/en.json'),
        JSON.stringify({ home: { leed: 'x', lead: '{{name}} in {{country}}' } }),
      );
    });
    const list = await problems(root);
    expect(list.map((p) => `${p.file} ${p.field}`)).toEqual([
      'src/i18n/en.json home.leed',
      'src/i18n/en.json home.lead',
    ]);
    expect(list[1]!.en).toContain('{{country}}');
  });

  it('reports a schema mistake with the field and no other problem', async () => {
    const list = await problems(site(), { ...base, colours: { ...(base.colours as object), primary: 'green' } });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ field: 'colours.primary', found: '"green"' });
  });
});
