// Each press kit's ZIP in each language, /press-kits/<segment>-<locale>.zip. The bytes come from
// pressKitFiles(), the same memoized build the kit's page reads its size and SHA-256 from.
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../lib/incremental/track.ts';
import { allKitZips, pressKitFiles } from '../data.ts';
import { kitZipName } from '../logic.ts';

export const getStaticPaths = (async () =>
  withCacheKeys(
    (await allKitZips()).map(({ kit, locale }) => ({
      params: { file: kitZipName(locale, kit.segments[locale]).replace(/\.zip$/, '') },
      props: { kit, locale },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { kit, locale } = props as Awaited<ReturnType<typeof allKitZips>>[number];
  const built = await pressKitFiles(kit, locale);
  return new Response(new Uint8Array(built.zip), { headers: { 'Content-Type': 'application/zip' } });
};
