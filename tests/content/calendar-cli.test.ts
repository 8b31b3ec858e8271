// `npm run calendar`: run as editors run it (portico calendar), on the Lạng Sơn content and on a
// broken copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const BIN = join(root, 'packages/portico/bin/portico.js');
const run = (args: string[], cwd = root) =>
  spawnSync(process.execPath, [BIN, 'calendar', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PORTICO_NOW: '2026-03-01T00:00:00Z' },
  });

type Row = {
  date: string | null;
  kind: string;
  id: string;
  title: { vi: string; en: string; zh: string };
  anniversary: number | null;
  round: boolean;
  confirmed: boolean;
};
const json = (args: string[]): Row[] => {
  const result = run([...args, '--json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Row[];
};

describe('npm run calendar', () => {
  it('--year 2024: the 70th anniversary of Điện Biên Phủ on 2024-05-07', () => {
    const rows = json(['--year', '2024']);
    const dbp = rows.find((r) => r.date === '2024-05-07' && r.title.vi === 'Chiến thắng Điện Biên Phủ');
    expect(dbp).toMatchObject({
      kind: 'national',
      anniversary: 70,
      round: true,
      title: { en: 'Dien Bien Phu Victory', zh: '奠边府大捷' },
    });
  });

  it('--year 2025: Tết on 2025-01-29 and 30 years of relations with the United States on 2025-07-12', () => {
    const rows = json(['--year', '2025']);
    expect(rows.find((r) => r.id === 'tet')).toMatchObject({
      date: '2025-01-29',
      kind: 'holiday',
      anniversary: null,
      round: false,
    });
    expect(rows.find((r) => r.id === 'relations-us')).toMatchObject({
      date: '2025-07-12',
      kind: 'diplomatic',
      anniversary: 30,
      round: true,
    });
    // Sorted by date; unconfirmed dates say so.
    const dated = rows.filter((r) => r.date).map((r) => r.date!);
    expect(dated).toEqual([...dated].sort());
    expect(rows.some((r) => !r.confirmed)).toBe(true);
  });

  it('prints a readable table without --json', () => {
    const result = run(['--year', '2025', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2025-07-12\s+diplomatic\s+30th anniversary/);
    expect(result.stdout).toContain('Vietnam–United States diplomatic relations');
  });

  it('refuses a wrong year in Vietnamese and English, without a stack trace', () => {
    const result = run(['--year', '20x5']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('không hợp lệ');
    expect(result.stderr).toContain('is not a valid year');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  describe('on broken content', () => {
    const copy = mkdtempSync(join(tmpdir(), 'portico-calendar-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    for (const dir of ['scripts', 'src']) {
      cpSync(join(root, dir), join(copy, dir), { recursive: true, filter: (src) => !src.includes('.scratch') });
    }
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    cpSync(join(root, 'province.config.ts'), join(copy, 'province.config.ts'));
    // Packages resolve from the real node_modules.
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

    it('names the file and field of a mistake in both languages and exits 1', () => {
      writeFileSync(
        join(copy, 'src/content/calendar-dates.yaml'),
        'tet:\n  kind: holiday\n  title: { vi: "Tết", en: "Tết", zh: "春节" }\n  calendar: lunar\n  recurring: "1-1"\n  source: "Labour Code"\n',
      );
      const result = run(['--year', '2025'], copy);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('src/content/calendar-dates.yaml');
      expect(result.stderr).toContain('tet.recurring');
      expect(result.stderr).toContain('VI: Viết tháng-ngày dạng MM-DD.');
      expect(result.stderr).toContain('EN: Write month and day as MM-DD.');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    it('reads festivals from their front matter (zero or many)', () => {
      writeFileSync(
        join(copy, 'src/content/calendar-dates.yaml'),
        'tet:\n  kind: holiday\n  title: { vi: "Tết", en: "Tết", zh: "春节" }\n  calendar: lunar\n  recurring: "01-01"\n  source: "Labour Code"\n',
      );
      rmSync(join(copy, 'src/content/festivals'), { recursive: true, force: true });
      const dir = join(copy, 'src/content/festivals/vi');
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'thu-nghiem.md'),
        '---\ntitle: Lễ hội thử nghiệm\ndescription: Một lễ hội dùng để kiểm tra lịch.\ndate: { calendar: lunar, month: 1, day: 22, days: 6 }\nlocation: { commune: Phường Lạng Sơn }\n---\nNội dung.\n',
      );
      writeFileSync(
        join(dir, 'ban-nhap.md'),
        '---\ntitle: Bản nháp\ndescription: Chưa xuất bản nên không có trong lịch.\ndraft: true\ndate: { calendar: solar, month: 5, day: 1 }\nlocation: { commune: Xã A }\n---\n',
      );
      const result = run(['--year', '2025', '--json'], copy);
      expect(result.status, result.stderr).toBe(0);
      const rows = JSON.parse(result.stdout) as Row[];
      const festivals = rows.filter((r) => r.kind === 'festival');
      expect(festivals).toHaveLength(1);
      expect(festivals[0]).toMatchObject({
        date: '2025-02-19',
        title: { vi: 'Lễ hội thử nghiệm', en: 'Lễ hội thử nghiệm' },
      });
    });
  });
});
