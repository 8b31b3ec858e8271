/**
 * Pictures made while the pages render, instead of after the last page.
 *
 * Astro makes the optimised pictures the pages asked for (each `<Picture>` width and format) only
 * once every page is out, on both cores, and a cold build waits for them (about 100 pictures,
 * 4-5 s of CPU for the sample site). While the pages render, one core is not always busy. So as
 * soon as a rendered page's metadata names a picture, one is made at a time with the same image
 * service, options and configuration Astro would use, and put where Astro keeps its own picture
 * cache (`<cacheDir>/assets/<file name>`): when Astro's turn comes, it finds the picture there and
 * copies it, as it does with a picture an earlier build made. The file name is Astro's, a hash of
 * the source and the options, so a picture made here is the one Astro would have made.
 *
 * Only for Astro's sharp service (the one Portico sites use) and pictures of the site's own files;
 * a picture that cannot be made here is simply left to Astro, which reports any error itself.
 * When the last page is out (`settle`), the picture being made is finished and the rest is left
 * to Astro, which makes them on every core.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
// Imported here, not when first needed: the integration is loaded through Vite with the site's
// configuration, and Vite's loader is closed by the time the pages render. (sharp itself is
// loaded by the service on its first picture.)
import sharpService from 'astro/assets/services/sharp';

/** A picture a page asked for, as Astro's render metadata lists it (`staticImages`). */
interface StaticImage {
  originalPath?: unknown;
  finalPath?: unknown;
  transform?: { src?: unknown } & Record<string, unknown>;
}

/** The part of Astro's resolved configuration the pictures need. */
export interface PictureConfig {
  /** Astro's `image` configuration. */
  image: { service: { entrypoint?: string; config?: Record<string, unknown> } & Record<string, unknown> } & Record<
    string,
    unknown
  >;
  /** Astro's cache folder (its pictures are in `assets/` there). */
  cacheDir: string;
  /** The output folder, where Astro has put the source pictures before the pages render. */
  outDir: string;
}

type Transform = (
  input: Buffer,
  options: Record<string, unknown>,
  config: Record<string, unknown>,
  logger: Record<string, (...args: unknown[]) => void>,
) => Promise<{ data: Uint8Array }>;

const SHARP = 'astro/assets/services/sharp';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** Astro's sharp service's transform (its type is not exported). */
const transform = (sharpService as unknown as { transform: Transform }).transform.bind(sharpService);

export class PicturesAhead {
  readonly #seen = new Set<string>();
  readonly #queue: StaticImage[] = [];
  #running: Promise<void> | undefined;
  #stopped = false;
  /** Pictures made here (for the build's log). */
  made = 0;

  /** The output folder (the source pictures) and Astro's picture cache. */
  readonly #outDir: string = '';
  readonly #folder: string = '';
  /** The configuration the service is given, as Astro's picture step gives it. */
  readonly #serviceConfig: Record<string, unknown> = {};
  /** The cache folder, made once. */
  #folderMade: Promise<unknown> | undefined;

  constructor(config: PictureConfig | undefined) {
    const service = config?.image.service;
    if (!config || service?.entrypoint !== SHARP || 'runtime' in service) {
      this.#stopped = true;
      return;
    }
    this.#outDir = config.outDir;
    this.#folder = join(config.cacheDir, 'assets');
    this.#serviceConfig = { ...config.image, service: { ...service, config: service.config ?? {} } };
  }

  /** The pictures a page rendered just now asked for. */
  add(images: unknown): void {
    if (this.#stopped || !Array.isArray(images)) return;
    for (const image of images as StaticImage[]) {
      if (typeof image?.finalPath !== 'string' || this.#seen.has(image.finalPath)) continue;
      this.#seen.add(image.finalPath);
      this.#queue.push(image);
    }
    this.#start();
  }

  #start(): void {
    if (this.#running || this.#stopped || !this.#queue.length) return;
    this.#running = this.#work().finally(() => {
      this.#running = undefined;
      this.#start();
    });
  }

  /** The last page is out: finish the picture being made, leave the rest to Astro. */
  async settle(): Promise<void> {
    this.#stopped = true;
    this.#queue.length = 0;
    await this.#running;
  }

  async #work(): Promise<void> {
    for (let image = this.#queue.shift(); image && !this.#stopped; image = this.#queue.shift())
      await this.#make(image).catch(() => {
        // Left to Astro, which makes it again and reports what is wrong.
      });
  }

  async #make({ originalPath, finalPath, transform: options }: StaticImage): Promise<void> {
    const src = options?.src as { src?: unknown } | undefined;
    // Only the site's own pictures (an imported file), not remote ones.
    if (typeof originalPath !== 'string' || typeof src?.src !== 'string' || !originalPath.startsWith('/')) return;
    const cached = join(this.#folder, basename(finalPath as string));
    if (existsSync(cached)) return;
    const input = await readFile(join(this.#outDir, originalPath));
    // As Astro's picture step calls the service (astro/dist/assets/build/generate.js).
    const { data } = await transform(input, { ...options, src: src.src }, this.#serviceConfig, quiet);
    await (this.#folderMade ??= mkdir(this.#folder, { recursive: true }));
    const partial = `${cached}.${process.pid}.part`;
    try {
      await writeFile(partial, data);
      await rename(partial, cached);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    this.made++;
  }
}
