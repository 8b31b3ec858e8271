/**
 * Where Portico keeps what one build can reuse in the next (search indexes per language,
 * open-graph cards, the previous build's manifest): node_modules/.cache/portico/<part> under the
 * site root, outside dist/ and ignored by git with node_modules/. A clean checkout, or deleting
 * the folder, gives a cold build; nothing in it is ever needed for correctness.
 */
import { join } from 'node:path';

export const CACHE_DIR = join('node_modules', '.cache', 'portico');

export const cacheDirOf = (root: string, part: string): string => join(root, CACHE_DIR, part);
