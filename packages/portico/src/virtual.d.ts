// The modules the Portico integration serves from the site's configuration
// (src/integration/virtual-modules.ts).
declare module 'virtual:portico/config' {
  const config: {
    province: import('./config/schema.ts').ProvinceConfig;
    outline: import('./sections/visit/outline.ts').MapOutline;
    root: string;
    /** A preview built with --allow-placeholders: every page shows a banner. */
    preview: boolean;
  };
  export default config;
}

declare module 'virtual:portico/brand' {
  export const logo: ImageMetadata;
  export const hero: ImageMetadata;
  export const heroAlt: import('./i18n/locales.ts').Localized | null;
}

declare module 'virtual:portico/brand.css';

// An engine component or the site's override of it (province.config.ts `components`).
declare module 'virtual:portico/components/Seo' {
  const Component: typeof import('./frame/components/Seo.astro').default;
  export default Component;
}
declare module 'virtual:portico/components/SiteHeader' {
  const Component: typeof import('./frame/components/SiteHeader.astro').default;
  export default Component;
}
declare module 'virtual:portico/components/SiteFooter' {
  const Component: typeof import('./frame/components/SiteFooter.astro').default;
  export default Component;
}
declare module 'virtual:portico/components/Logo' {
  const Component: typeof import('./frame/components/Logo.astro').default;
  export default Component;
}
