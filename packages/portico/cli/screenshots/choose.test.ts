import { describe, expect, it } from 'vitest';
import { choosePages } from './choose.ts';

const SITEMAP = [
  '/',
  '/du-lich/diem-den/',
  '/du-lich/diem-den/2/',
  '/du-lich/diem-den/hang-a/',
  '/du-lich/diem-den/hang-a/anh/',
  '/bao-chi/thong-cao/',
  '/bao-chi/thong-cao/ra-mat/',
  '/en/',
  '/en/visit/destinations/cave-a/',
];

describe('choosePages', () => {
  it('takes an entry of each list, never a paged list or a deeper page, and skips what a language lacks', () => {
    const shots = choosePages(SITEMAP, ['vi', 'en'], { vi: 'Tỉnh A', en: 'A Province', zh: 'A省' });
    expect(shots.filter((s) => s.locale === 'vi')).toEqual([
      { page: 'home', locale: 'vi', path: '/' },
      { page: 'destination', locale: 'vi', path: '/du-lich/diem-den/hang-a/' },
      { page: 'opportunities', locale: 'vi', path: '/dau-tu/co-hoi/' },
      { page: 'release', locale: 'vi', path: '/bao-chi/thong-cao/ra-mat/' },
      { page: 'search', locale: 'vi', path: '/tim-kiem/?q=T%E1%BB%89nh%20A' },
    ]);
    expect(shots.filter((s) => s.locale === 'en').map((s) => s.page)).toEqual([
      'home',
      'destination',
      'opportunities',
      'search',
    ]);
  });
});
