/**
 * Which engine the new site depends on (`--engine`), and where its code is on this machine when
 * it is (a clone of the Portico repository, or a path): the create command then checks the
 * configuration with the engine's own schema and simplifies the boundary before anything is
 * installed.
 *   --engine packages/portico     a folder holding the engine (a workspace path)
 *   --engine portico-0.2.0.tgz    a packed engine (npm pack)
 *   --engine 0.2.0 | ^0.2 | latest  a published version
 * Default: the engine of the repository this command runs from when run from a clone, else the
 * published version that matches this command's own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface EngineChoice {
  /** The `portico` entry of the site's package.json dependencies. */
  dependency: string;
  /** The engine's folder on this machine, when known. */
  localDir?: string;
  /** The engine's version, when known. */
  version?: string;
}

const readJson = (file: string): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};

/** The engine folder beside this package in a clone of the repository, if there is one. */
export function cloneEngine(createDir: string): string | undefined {
  const dir = resolve(createDir, '../portico');
  return readJson(join(dir, 'package.json'))?.name === 'portico' ? dir : undefined;
}

const posix = (path: string) => path.split(sep).join('/');

/** Whether `target` is a member of the npm workspaces of the repository at `repoRoot` (e.g. examples/*). */
function isWorkspaceMember(repoRoot: string, target: string): boolean {
  const workspaces = readJson(join(repoRoot, 'package.json'))?.workspaces;
  if (!Array.isArray(workspaces)) return false;
  const rel = posix(relative(repoRoot, target));
  return workspaces.some((glob) => {
    const pattern = String(glob);
    if (pattern.endsWith('/*')) return posix(dirname(rel)) === pattern.slice(0, -2) && !rel.includes('..');
    return rel === pattern;
  });
}

/** A folder holding the engine: depend on it by path, or by version inside its own workspace. */
function fromFolder(dir: string, target: string): EngineChoice {
  const version = String(readJson(join(dir, 'package.json'))?.version ?? '');
  const repoRoot = resolve(dir, '../..');
  if (version && isWorkspaceMember(repoRoot, target)) return { dependency: `^${version}`, localDir: dir, version };
  return { dependency: `file:${posix(relative(target, dir))}`, localDir: dir, ...(version ? { version } : {}) };
}

/**
 * @param spec      the --engine value, if given
 * @param target    the new site's folder (absolute)
 * @param createDir this package's folder
 */
export function resolveEngine(spec: string | undefined, target: string, createDir: string): EngineChoice {
  const clone = cloneEngine(createDir);
  if (!spec) {
    if (clone) return fromFolder(clone, target);
    const own = String(readJson(join(createDir, 'package.json'))?.version ?? 'latest');
    return { dependency: own === 'latest' ? 'latest' : `^${own}`, version: own };
  }
  const asPath = isAbsolute(spec) ? spec : resolve(spec);
  if (existsSync(asPath) && statSync(asPath).isDirectory()) {
    if (readJson(join(asPath, 'package.json'))?.name !== 'portico')
      throw new EngineError(
        `${spec} không phải thư mục của Portico (không có package.json tên "portico").`,
        `${spec} is not a Portico engine folder (no package.json named "portico").`,
      );
    return fromFolder(asPath, target);
  }
  if (/\.tgz$/.test(spec)) {
    if (!existsSync(asPath)) throw new EngineError(`Không có tệp ${spec}.`, `There is no file ${spec}.`);
    // The tarball is usually packed from this very clone: its code checks the configuration.
    return { dependency: `file:${posix(relative(target, asPath))}`, ...(clone ? { localDir: clone } : {}) };
  }
  if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) return { dependency: `^${spec}`, version: spec };
  if (/^[\^~]?\d+(\.\d+){0,2}(-[\w.]+)?$|^(latest|next)$/.test(spec)) return { dependency: spec };
  throw new EngineError(
    `--engine "${spec}" không phải thư mục, tệp .tgz hay số phiên bản.`,
    `--engine "${spec}" is not a folder, a .tgz file or a version.`,
  );
}

export class EngineError extends Error {
  readonly vi: string;
  constructor(vi: string, en: string) {
    super(en);
    this.vi = vi;
  }
}
