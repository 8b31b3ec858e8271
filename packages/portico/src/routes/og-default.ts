// The default link-preview image (1200×630), drawn at build time from the province's name and colours.
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { province } from '../frame/province.ts';
import { ogCardSvg } from '../frame/og/og-card.ts';

export const GET: APIRoute = async () => {
  const svg = ogCardSvg({
    title: province.fullName.vi,
    subtitle: `${province.fullName.en} · ${province.fullName.zh}`,
    tagline: province.tagline.en,
    colours: province.colours,
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
