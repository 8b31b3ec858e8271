/**
 * Facts of the Lạng Sơn site that must never reach another province's site: its names, places,
 * neighbours across the border and the documents it cites. Used by the tests that build a site
 * for another province (the create command's output, examples/starter) and scan everything the
 * build wrote: HTML (alt text included), feeds, ICS, press-kit ZIPs, the search index, server
 * configurations.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';

export const LANG_SON_FACTS = [
  // The province and its people's committee
  'Lạng Sơn',
  'Lang Son',
  'LANG SON',
  '谅山',
  'langson',
  'xứ Lạng',
  'Xứ Lạng',
  // Border gates, towns, places to visit
  'Hữu Nghị',
  'Huu Nghi',
  '友谊关',
  'Đồng Đăng',
  'Dong Dang',
  '同登',
  'Tân Thanh',
  'Cốc Nam',
  'Chi Ma',
  'Kỳ Lừa',
  'Ky Lua',
  'Mẫu Sơn',
  'Mau Son',
  '母山',
  'Kỳ Cùng',
  'Ky Cung',
  'Tả Phủ',
  'Chi Lăng',
  'Chi Lang',
  'Nhị Thanh',
  'Tam Thanh',
  'Bắc Sơn',
  'Hữu Lũng',
  'Đồng Bành',
  'Ná Nhèm',
  // Across the border
  'Bằng Tường',
  'Pingxiang',
  '凭祥',
  'Pò Chài',
  'Quảng Tây',
  'Guangxi',
  '广西',
  'Nam Ninh',
  'Nanning',
  '南宁',
  // Documents the Lạng Sơn site cites for its own figures
  '1672/NQ-UBTVQH15',
  '138/2008',
];

/** A file of the built site and its text (ZIP entries and search-index files decompressed). */
export interface OutputText {
  file: string;
  text: string;
}

const TEXT =
  /\.(html?|xml|ics|json|js|mjs|css|svg|txt|md|csv|conf|webmanifest)$|(^|\/)(_headers|_redirects|_server\.[\w.]+)$/i;

/** Every text the build wrote under `dist`, with press-kit ZIPs unpacked and Pagefind's files gunzipped. */
export function outputTexts(dist: string): OutputText[] {
  const out: OutputText[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        walk(abs);
        continue;
      }
      const file = relative(dist, abs);
      if (TEXT.test(file)) out.push({ file, text: readFileSync(abs, 'utf8') });
      else if (file.endsWith('.zip')) {
        for (const [entry, bytes] of Object.entries(unzipSync(readFileSync(abs))))
          if (TEXT.test(entry)) out.push({ file: `${file}!${entry}`, text: new TextDecoder().decode(bytes) });
      } else if (/\.pf_\w+$/.test(file)) {
        let bytes = readFileSync(abs);
        try {
          bytes = gunzipSync(bytes);
        } catch {
          /* not compressed */
        }
        out.push({ file, text: bytes.toString('utf8') });
      }
    }
  };
  walk(dist);
  return out;
}

/** Where a Lạng Sơn fact appears in the output: "file: fact … context". */
export function langSonFactsIn(dist: string): string[] {
  const hits: string[] = [];
  for (const { file, text } of outputTexts(dist)) {
    const normal = text.normalize('NFC');
    for (const fact of LANG_SON_FACTS) {
      const at = normal.indexOf(fact);
      if (at >= 0)
        hits.push(
          `${file}: ${fact} … ${normal.slice(Math.max(0, at - 40), at + fact.length + 40).replace(/\s+/g, ' ')}`,
        );
    }
  }
  return hits;
}
