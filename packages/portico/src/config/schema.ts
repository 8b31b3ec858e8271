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
  /** Short machine name, used in file names and UIDs, e.g. `lang-son`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'province.id' }),
  /** The province's name in each language, e.g. Lạng Sơn / Lang Son / 谅山. */
  name: localized,
  /** The name with its administrative title, e.g. "tỉnh Lạng Sơn" / "Lang Son Province" / "谅山省". */
  fullName: localized,
  /** One line under the name in the header and in link previews. */
  tagline: localized,
  /** The public address of the production site, with https and no trailing path, e.g. https://langson.example.vn. */
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
  /** Brand colours; text on them must keep 4.5:1 contrast with white. */
  colours: z.object({
    /** Headings, header band, links. */
    primary: hexColour,
    /** Darker shade of the primary, for hover and the footer. */
    primaryDark: hexColour,
    /** Accent for highlights and calls to action. */
    accent: hexColour,
    /** Page background tint. */
    surface: hexColour,
  }),
  /** The logo: a file under src/assets/, e.g. brand/logo.svg. */
  logo: z.string().regex(/^[\w./-]+\.(svg|png)$/, { message: 'logo.path' }),
  /** IANA time zone for publication times and "today". */
  timeZone: z.string().default('Asia/Ho_Chi_Minh'),
});

export type ProvinceConfig = z.infer<typeof ProvinceSchema>;
export type ProvinceInput = z.input<typeof ProvinceSchema>;
