/**
 * npx portico shrink <picture>…: make an original picture small enough for the site (the check
 * names this command when a picture is over pictures.maxMegabytes in province.config.ts).
 * The picture is turned upright, scaled down to at most 4000 px on its longer side (never up),
 * stripped of its metadata and saved again in its own format (JPEG and WebP at quality 85, PNG with
 * the strongest compression) in place of the original. Keep the original elsewhere if you need it.
 *   --max <px>   the longer side (default 4000)
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { max: { type: 'string', default: '4000' } },
  allowPositionals: true,
});
const max = Number(values.max);
if (!positionals.length || !Number.isInteger(max) || max < 200) {
  console.error(
    [
      'Cách dùng / Usage: npx portico shrink <ảnh / picture>… [--max 4000]',
      'Ví dụ / Example: npx portico shrink src/content/media/cua-khau.jpg',
    ].join('\n'),
  );
  process.exit(2);
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
let failed = false;
for (const file of positionals) {
  const abs = resolve(file);
  const ext = extname(abs).toLowerCase();
  try {
    const before = statSync(abs).size;
    let image = sharp(readFileSync(abs), { failOn: 'none' })
      .rotate()
      .resize(max, max, { fit: 'inside', withoutEnlargement: true });
    if (ext === '.jpg' || ext === '.jpeg') image = image.jpeg({ quality: 85, mozjpeg: true });
    else if (ext === '.webp') image = image.webp({ quality: 85 });
    else if (ext === '.png') image = image.png({ compressionLevel: 9, palette: false });
    else if (ext === '.avif') image = image.avif({ quality: 60 });
    else throw new Error(`${ext || '(no extension)'}: only .jpg, .jpeg, .png, .webp and .avif can be shrunk`);
    const bytes = await image.toBuffer();
    writeFileSync(`${abs}.shrinking`, bytes);
    renameSync(`${abs}.shrinking`, abs);
    console.log(`✓ ${file}: ${mb(before)} → ${mb(bytes.length)}`);
  } catch (error) {
    failed = true;
    console.error(`✖ ${file}: không thu nhỏ được / could not be shrunk: ${(error as Error).message.split('\n')[0]}`);
  }
}
process.exit(failed ? 1 : 0);
