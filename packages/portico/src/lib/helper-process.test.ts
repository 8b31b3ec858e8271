import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineFile, helperProcess } from './helper-process.ts';

const FIXTURE = 'test/fixtures/helper-process/calls.ts';

describe('helperProcess', () => {
  it('runs the module’s functions in another process and returns their values, bytes included', async () => {
    const helper = helperProcess(FIXTURE);
    const [sum, bytes, pid] = await Promise.all([
      helper.call<number>('add', 2, 3),
      helper.call<Uint8Array>('reversed', new Uint8Array([1, 2, 3])),
      helper.call<number>('pid'),
    ]);
    expect(sum).toBe(5);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([3, 2, 1]);
    expect(pid).not.toBe(process.pid);
    // One child serves every call.
    expect(await helper.call<number>('pid')).toBe(pid);
  });

  it('answers one call at a time, in the order they were sent', async () => {
    const helper = helperProcess(FIXTURE);
    const order: string[] = [];
    await Promise.all([
      helper.call<string>('after', 60, 'slow').then((v) => order.push(v)),
      helper.call<string>('after', 0, 'quick').then((v) => order.push(v)),
    ]);
    expect(order).toEqual(['slow', 'quick']);
  });

  it('gives back the error a function throws, with its message, and goes on serving', async () => {
    const helper = helperProcess(FIXTURE);
    await expect(helper.call('fail', 'ꞵ')).rejects.toThrow('no glyph for ꞵ');
    await expect(helper.call('nothing')).rejects.toThrow('no function "nothing"');
    expect(await helper.call<number>('add', 1, 1)).toBe(2);
  });

  it('fails the calls under way when the child stops, and starts a new one for the next call', async () => {
    const helper = helperProcess(FIXTURE);
    const first = await helper.call<number>('pid');
    await expect(helper.call('exit')).rejects.toThrow(/stopped \(exit code 3\)/);
    const second = await helper.call<number>('pid');
    expect(second).not.toBe(first);
  });

  it('does not keep the calling process alive once its calls are answered', () => {
    const script = `
      const { helperProcess } = await import(${JSON.stringify(pathToFileURL(engineFile('src/lib/helper-process.ts')).href)});
      const helper = helperProcess(${JSON.stringify(FIXTURE)});
      console.log(await helper.call('add', 20, 22));
    `;
    const dir = mkdtempSync(join(tmpdir(), 'portico-helper-'));
    const file = join(dir, 'caller.mjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout.trim()).toBe('42');
    expect(run.status).toBe(0);
  });
});
