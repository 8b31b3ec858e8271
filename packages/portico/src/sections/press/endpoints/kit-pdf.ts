// Each press kit's fact sheet as PDF in each language, /press-kits/<segment>-<locale>.pdf, beside
// its ZIP: the same bytes as FACT-SHEET.pdf inside the ZIP (pressKitFiles builds both once).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allKitZips, predrawFactSheets, pressKitFiles } from '../data.ts';
import { kitPdfPath } from '../logic.ts';
import { withCacheKeys } from '../../../lib/incremental/track.ts';

export const getStaticPaths = (async () => {
  // Drawn in another process while the pages render; each PDF waits only for its own.
  predrawFactSheets();
  return withCacheKeys(
    (await allKitZips()).map(({ kit, locale }) => ({
      params: {
        file: kitPdfPath(locale, kit.segments[locale])
          .replace(/^\/press-kits\//, '')
          .replace(/\.pdf$/, ''),
      },
      props: { kit, locale },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { kit, locale } = props as Awaited<ReturnType<typeof allKitZips>>[number];
  const pdf = (await pressKitFiles(kit, locale)).contents.get('FACT-SHEET.pdf');
  if (!pdf) throw new Error(`press kit ${kit.name} (${locale}): no FACT-SHEET.pdf`);
  return new Response(pdf.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/pdf' } });
};
