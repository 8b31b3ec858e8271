import { describe, expect, it } from 'vitest';
import {
  destinationJsonLd,
  festivalJsonLd,
  formatCoordinates,
  groupByKind,
  pickBest,
  round3,
  sortByText,
} from './logic.ts';

describe('groupByKind', () => {
  it('groups in the order of the kinds and drops empty ones', () => {
    const items = [
      { n: 'a', k: 'market' },
      { n: 'b', k: 'nature' },
      { n: 'c', k: 'market' },
    ];
    expect(
      groupByKind(items, ['nature', 'heritage', 'market'] as const, (i) => i.k as 'nature' | 'heritage' | 'market'),
    ).toEqual([
      { kind: 'nature', items: [{ n: 'b', k: 'nature' }] },
      {
        kind: 'market',
        items: [
          { n: 'a', k: 'market' },
          { n: 'c', k: 'market' },
        ],
      },
    ]);
  });
});

describe('pickBest', () => {
  const places = [
    { name: 'a', rank: 3 },
    { name: 'b', rank: 0 },
    { name: 'c', rank: 2 },
    { name: 'd', rank: 0 },
    { name: 'e', rank: 3 },
  ];
  it('keeps the best ranked, in their original order', () => {
    expect(pickBest(places, 3, (p) => p.rank).map((p) => p.name)).toEqual(['b', 'c', 'd']);
  });
  it('breaks ties by position and keeps short lists whole', () => {
    expect(pickBest(places, 4, (p) => p.rank).map((p) => p.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(pickBest(places, 10, (p) => p.rank)).toEqual(places);
    expect(pickBest(places, 0, (p) => p.rank)).toEqual([]);
  });
});

describe('sortByText', () => {
  it('uses Vietnamese collation (Đ after D)', () => {
    expect(sortByText(['Đền Tả Phủ', 'Động Tam Thanh', 'Chợ Kỳ Lừa', 'Dốc'], (s) => s, 'vi')).toEqual([
      'Chợ Kỳ Lừa',
      'Dốc',
      'Đền Tả Phủ',
      'Động Tam Thanh',
    ]);
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres and three decimals', () => {
    expect(formatCoordinates(21.8771, 107.0042)).toBe('21.877° N, 107.004° E');
    expect(formatCoordinates(-33.9, -70.65)).toBe('33.900° S, 70.650° W');
    expect(round3(21.87711)).toBe(21.877);
  });
});

describe('JSON-LD', () => {
  it('describes a destination as a TouristAttraction with rounded coordinates', () => {
    const ld = destinationJsonLd({
      url: 'https://x.example/en/visit/destinations/mau-son-mountain/',
      name: 'Mau Son Mountain',
      description: 'd',
      commune: 'Mau Son commune',
      region: 'Lang Son Province',
      lat: 21.87711,
      lon: 107.00426,
      language: 'en',
    });
    expect(ld['@type']).toBe('TouristAttraction');
    expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 21.877, longitude: 107.004 });
    expect(ld.address.addressCountry).toBe('VN');
  });

  it('describes a festival occurrence as an offline Event', () => {
    const ld = festivalJsonLd({
      url: 'u',
      name: 'n',
      description: 'd',
      place: 'Ta Phu Temple',
      commune: 'Ky Lua ward',
      region: 'Lang Son Province',
      start: '2027-02-27',
      end: '2027-03-04',
      language: 'en',
    });
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2027-02-27',
      endDate: '2027-03-04',
      location: { '@type': 'Place', name: 'Ta Phu Temple' },
    });
  });
});
