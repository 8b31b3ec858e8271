/** Publication by translation group: an embargoed or draft source holds back its translations. */
import { describe, expect, it } from 'vitest';
import { groupVisibility } from './publication.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const LATER = new Date('2026-12-01T02:00:00Z');
const EARLIER = new Date('2026-01-01T00:00:00Z');

describe('groupVisibility', () => {
  it('an embargoed source holds back every translation until its own time', () => {
    const seen = groupVisibility({ vi: { publishAt: LATER }, en: {}, zh: { publishAt: EARLIER } }, 'vi', NOW);
    expect(seen).toEqual({
      vi: { visible: false, reason: 'scheduled', until: LATER },
      en: { visible: false, reason: 'scheduled', until: LATER },
      zh: { visible: false, reason: 'scheduled', until: LATER },
    });
    const after = groupVisibility({ vi: { publishAt: LATER }, en: {} }, 'vi', new Date('2026-12-01T02:00:01Z'));
    expect(after).toEqual({ vi: { visible: true }, en: { visible: true } });
  });

  it('a draft source holds back every translation', () => {
    expect(groupVisibility({ vi: { draft: true }, en: {} }, 'vi', NOW)).toEqual({
      vi: { visible: false, reason: 'draft' },
      en: { visible: false, reason: 'draft' },
    });
  });

  it('a translation is never public before its source unless it says publishBeforeSource', () => {
    const seen = groupVisibility({ en: { publishAt: LATER }, vi: {}, zh: { publishBeforeSource: true } }, 'en', NOW);
    expect(seen.vi).toEqual({ visible: false, reason: 'scheduled', until: LATER });
    expect(seen.zh).toEqual({ visible: true });
  });

  it('a translation held back itself stays held back (the source shows in its place)', () => {
    const seen = groupVisibility({ vi: {}, en: { draft: true }, zh: { publishAt: LATER } }, 'vi', NOW);
    expect(seen).toEqual({
      vi: { visible: true },
      en: { visible: false, reason: 'draft' },
      zh: { visible: false, reason: 'scheduled', until: LATER },
    });
  });

  it('a group without its source judges each language on its own', () => {
    expect(groupVisibility<'vi' | 'en' | 'zh'>({ en: {}, zh: { draft: true } }, 'vi', NOW)).toEqual({
      en: { visible: true },
      zh: { visible: false, reason: 'draft' },
    });
  });
});
