/** schema.org objects for JSON-LD. */
import type { Locale } from '../i18n/locales.ts';
import type { ProvinceConfig } from '../config/schema.ts';

export function organisationJsonLd(province: ProvinceConfig, locale: Locale, homeUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: province.agency.name[locale],
    alternateName: (['vi', 'en', 'zh'] as const).filter((l) => l !== locale).map((l) => province.agency.name[l]),
    url: homeUrl,
    sameAs: [province.agency.website, ...province.social.map((s) => s.url)].filter((v, i, all) => all.indexOf(v) === i),
    areaServed: { '@type': 'AdministrativeArea', name: province.fullName[locale] },
    address: { '@type': 'PostalAddress', streetAddress: province.agency.address[locale], addressCountry: 'VN' },
    ...(province.agency.contactsVerified ? { telephone: province.agency.phone, email: province.agency.email } : {}),
  };
}
