import { z } from 'astro/zod';

/** A text in every language (named apart from the collections' `localized()`, whose field docs the editor reads). */
const inEveryLanguage = z.object({
  /** Vietnamese. */
  vi: z.string().min(1),
  /** English. */
  en: z.string().min(1),
  /** Simplified Chinese. */
  zh: z.string().min(1),
});

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour.invalid' });

/** An Astro file of the site, from the site's root folder. */
const componentPath = z.string().regex(/^[\w./-]+\.astro$/, { message: 'component.path' });

/** The engine components a site may replace with its own (province.config.ts `components`). */
const ComponentsSchema = z
  .object({
    /** The <head> metadata (title, description, link previews, alternate languages). */
    Seo: componentPath.optional(),
    /** The header: logo, navigation, language switcher, search. */
    SiteHeader: componentPath.optional(),
    /** The footer: agency, contacts, links. */
    SiteFooter: componentPath.optional(),
    /** The logo with the site's name, in the header. */
    Logo: componentPath.optional(),
  })
  .strict();
export const OVERRIDABLE_COMPONENTS = Object.keys(ComponentsSchema.shape) as (keyof typeof ComponentsSchema.shape)[];

/** The province's identity: the one file to edit when Portico serves another province. */
export const ProvinceSchema = z.object({
  /** Short machine name, used in file names and UIDs, e.g. `quang-tri`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'province.id' }),
  /** The province's name in each language, e.g. Quảng Trị / Quang Tri / 广治. */
  name: inEveryLanguage,
  /** The name with its administrative title, e.g. "tỉnh Quảng Trị" / "Quang Tri Province" / "广治省". */
  fullName: inEveryLanguage,
  /** One line under the name in the header and in link previews. */
  tagline: inEveryLanguage,
  /** The public address of the production site, with https and no trailing path, e.g. https://dulich.example.gov.vn. */
  site: z.url({ protocol: /^https$/, message: 'site.url' }),
  /** The agency that publishes the site. */
  agency: z.object({
    /** Its name in each language. */
    name: inEveryLanguage,
    /** Its postal address in each language. */
    address: inEveryLanguage,
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
        label: inEveryLanguage,
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
      alt: inEveryLanguage.optional(),
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
  /**
   * The site's own versions of engine components (Astro files of the site, e.g.
   * src/layouts/SiteFooter.astro), as Starlight's component overrides: each receives the same
   * props as the engine's and may render the engine's own from `portico/components/<Name>.astro`.
   */
  components: ComponentsSchema.default({}),
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
  /**
   * The form editor at /admin/ (docs/editing.md in the site). The dev server always has it; the
   * built site only when `enabled` is true.
   */
  editor: z
    .object({
      /** true to publish /admin/ with the built site too. Off by default. */
      enabled: z.boolean().default(false),
      /**
       * The git host a team saves through. Leave it out to edit only a folder on this computer
       * (the editor then works at http://localhost, from `npm run dev` or `npm run preview`).
       */
      backend: z
        .object({
          /** github, gitlab (also a self-hosted GitLab) or gitea (also Forgejo). */
          name: z.enum(['github', 'gitlab', 'gitea']),
          /** The repository: owner (or group) and name, e.g. `so-vhttdl/cong-thong-tin`. */
          repo: z.string().regex(/^[^/:\s]+(?:\/[^/:\s]+)+$/, { message: 'editor.repo' }),
          /** The branch the editor saves to. */
          branch: z.string().min(1).default('main'),
          /** The host's address when it is not github.com, gitlab.com or gitea.com, e.g. https://git.example.gov.vn. */
          base_url: z.url({ protocol: /^https$/ }).optional(),
          /** The host's API address when it is not the usual one under base_url. */
          api_root: z.url({ protocol: /^https$/ }).optional(),
          /** The ID of the OAuth application made on the host for the editor (GitLab, Gitea). Without it, editors sign in with an access token. */
          app_id: z.string().min(1).optional(),
        })
        .strict()
        .optional(),
    })
    .strict()
    .default({ enabled: false }),
});

export type ProvinceConfig = z.infer<typeof ProvinceSchema>;
export type ProvinceInput = z.input<typeof ProvinceSchema>;
