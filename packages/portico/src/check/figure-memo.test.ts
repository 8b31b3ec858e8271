import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFigureMemo } from './figure-memo.ts';
import { compareFigures, type LocalisedText } from './figures.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'figure-memo-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const source: LocalisedText = { locale: 'vi', text: 'Tỉnh có diện tích 8.310 km² và 14 cửa khẩu.' };
const changed: LocalisedText = { locale: 'en', text: 'The province covers 8,320 km² and has 14 border gates.' };
const kept: LocalisedText = { locale: 'en', text: 'The province covers 8,310 km² and has 14 border gates.' };

const stored = async () =>
  JSON.parse(await readFile(join(dir, 'figure-pairs.json'), 'utf8')) as {
    version: string;
    pairs: [string, unknown][];
  };

describe('the figures comparisons kept between runs', () => {
  it('gives what compareFigures gives, in the run that compares and in the next one', () => {
    const want = compareFigures(source, changed);
    expect(want).toHaveLength(1);
    const first = openFigureMemo(dir);
    expect(first.compare(source, changed)).toEqual(want);
    expect(first.compare(source, kept)).toEqual([]);
    first.save();
    const next = openFigureMemo(dir);
    expect(next.compare(source, changed)).toEqual(want);
    expect(next.compare(source, kept)).toEqual([]);
  });

  it('answers an unchanged pair from the folder, and compares a changed one again', async () => {
    const first = openFigureMemo(dir);
    first.compare(source, kept);
    first.save();
    // What the folder says is what the next run answers, without comparing: put a finding there.
    const file = await stored();
    const planted = [{ problem: 'missing', source: { kind: 'number', value: 99, text: '99', line: 1 } }];
    file.pairs[0]![1] = planted;
    await writeFile(join(dir, 'figure-pairs.json'), JSON.stringify(file));
    const next = openFigureMemo(dir);
    expect(next.compare(source, kept)).toEqual(planted);
    // The translation edited: its own comparison.
    expect(next.compare(source, changed)).toEqual(compareFigures(source, changed));
  });

  it('uses nothing another version of the figures check kept', async () => {
    const first = openFigureMemo(dir);
    first.compare(source, kept);
    first.save();
    const file = await stored();
    file.version = 'another';
    file.pairs[0]![1] = [{ problem: 'missing' }];
    await writeFile(join(dir, 'figure-pairs.json'), JSON.stringify(file));
    expect(openFigureMemo(dir).compare(source, kept)).toEqual([]);
  });

  it('writes back only the pairs the run compared, and starts cold from a broken file', async () => {
    const first = openFigureMemo(dir);
    first.compare(source, kept);
    first.compare(source, changed);
    first.save();
    expect((await stored()).pairs).toHaveLength(2);
    const next = openFigureMemo(dir);
    next.compare(source, kept);
    next.save();
    expect((await stored()).pairs).toHaveLength(1);
    await writeFile(join(dir, 'figure-pairs.json'), '{ not json');
    const cold = openFigureMemo(dir);
    expect(cold.compare(source, changed)).toEqual(compareFigures(source, changed));
    cold.save();
    expect(await readdir(dir)).toEqual(['figure-pairs.json']);
  });

  it('keeps nothing without a folder', () => {
    const memo = openFigureMemo(undefined);
    expect(memo.compare(source, changed)).toEqual(compareFigures(source, changed));
    memo.save();
  });
});
