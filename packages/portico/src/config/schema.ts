import { z } from 'astro/zod';

const localized = z.object({
  /** Vietnamese. */
  vi: z.string().min(1),
  /** English. */
  en: z.string().min(1),
  /** Simplified Chinese. */
  zh: z.string().min(1),
});

const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour.invalid' });

/** The province's identity: the one file to edit when Portico serves another province. */
export const ProvinceSchema = z.object({
  /** Short machine name, used in file names and UIDs, e.g. `quang-tri`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'province.id' }),
  /** The province's name in each language, e.g. Quảng Trị / Quang Tri / 广治. */
  name: localized,
  /** The name with its administrative title, e.g. "tỉnh Quảng Trị" / "Quang Tri Province" / "广治省". */
  fullName: localized,
  /** One line under the name in the header and in link previews. */
  tagline: localized,
  /** The public address of the production site, with https and no trailing path, e.g. https://dulich.example.gov.vn. */
  site: z.url({ protocol: /^https$/, message: 'site.url' }),
  /** The agency that publishes the site. */
  agency: z.object({
    /** Its name in each language. */
    name: localized,
    /** Its postal address in each language. */
    address: localized,
    /** Telephone in international form, e.g. +84 205 3812 345. */
    phone: z.string().regex(/^\+[0-9 ]{8,20}$/, { message: 'phone.invalid' }),
    /** Contact e-mail. */
    email: z.email({ message: 'email.invalid' }),
    /** The agency's official portal. */
    website: z.url({ protocol: /^https?$/ }),
    /**
     * false while the contact details above have not been confirmed by the agency:
     * every page then says they are illustrative.
     */
    contactsVerified: z.boolean(),
  }),
  /** Social and official links shown in the footer. Leave empty if none. */
  social: z
    .array(
      z.object({
        /** Which network: facebook, youtube, zalo, x, weibo, wechat, website. */
        network: z.enum(['facebook', 'youtube', 'zalo', 'x', 'weibo', 'wechat', 'website']),
        /** The address of the page. */
        url: z.url({ protocol: /^https$/ }),
        /** Its label in each language. */
        label: localized,
      }),
    )
    .default([]),
  /**
   * The palette. Text on primary, primaryDark and accent is white and must keep 4.5:1 contrast
   * with it; the others have defaults that suit most palettes.
   */
  colours: z.object({
    /** Headings, header band, links. */
    primary: hexColour,
    /** Darker shade of the primary, for hover and the footer. */
    primaryDark: hexColour,
    /** Accent for highlights and calls to action. */
    accent: hexColour,
    /** Page background tint. */
    surface: hexColour,
    /** Thin highlight bars and badges (a warm gold by default). */
    highlight: hexColour.default('#e0b64a'),
    /** Body text. */
    text: hexColour.default('#1d2320'),
    /** Secondary text (dates, captions). */
    muted: hexColour.default('#4a554f'),
    /** Rules and card borders. */
    line: hexColour.default('#d9d3c3'),
    /** Text on the dark bands (footer, top bar). */
    onDark: hexColour.default('#e8efe9'),
  }),
  /** The logo, a file of the site: an SVG (best) or a PNG of at least 192 × 192 px. Also the favicon. */
  logo: z.string().regex(/^[\w./-]+\.(svg|png)$/, { message: 'logo.path' }),
  /** The home page's picture. Leave out to use Portico's neutral artwork. */
  hero: z
    .object({
      /** A file of the site (svg, png, jpg or webp), e.g. src/assets/brand/hero.jpg. */
      image: z.string().regex(/^[\w./-]+\.(svg|png|jpe?g|webp)$/, { message: 'image.path' }),
      /** What the picture shows, per language; leave out for a purely decorative picture. */
      alt: localized.optional(),
    })
    .optional(),
  /** The schematic map of the Visit section. */
  map: z.object({
    /**
     * The province's outline as GeoJSON (a file of the site): the province polygon, the border
     * segments with what lies beyond, optional neighbours and the capital's inset. See
     * docs/configuration.md in the engine.
     */
    outline: z.string().regex(/^[\w./-]+\.(geo)?json$/, { message: 'outline.path' }),
  }),
  /** IANA time zone for publication times and "today". */
  timeZone: z.string().default('Asia/Ho_Chi_Minh'),
  /** Pictures of src/content/media/. */
  pictures: z
    .object({
      /**
       * The largest original picture accepted, in megabytes (default 10). A larger one fails the
       * check with the command that shrinks it; the site never publishes it.
       */
      maxMegabytes: z.number().positive().max(500).default(10),
    })
    .strict()
    .default({ maxMegabytes: 10 }),
});

export type ProvinceConfig = z.infer<typeof ProvinceSchema>;
export type ProvinceInput = z.input<typeof ProvinceSchema>;
