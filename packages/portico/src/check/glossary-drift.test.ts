import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkGlossary,
  diacriticName,
  foldVietnamese,
  vietnameseUses,
  type GlossaryTerm,
  type Locale,
  type SiteText,
  type TranslationPair,
} from './glossary-drift.ts';

const MONG: GlossaryTerm = {
  id: 'mong',
  vi: 'Mông',
  en: 'Mong',
  zh: '赫蒙族',
  variants: { zh: ['苗族'], en: ['Hmong'] },
};
const PROVINCE: GlossaryTerm = { id: 'province', vi: 'tỉnh Vân Khê', en: 'Van Khe Province', zh: '云溪省' };
const GATE: GlossaryTerm = { id: 'ban-xeo', vi: 'Bản Xèo', en: 'Ban Xeo', zh: '班绍' };
const CROSSING: GlossaryTerm = {
  id: 'po-leng',
  vi: 'Pò Lèng',
  en: 'Poleng',
  zh: '坡岭',
  variants: { vi: ['Phố Lăng'] },
};
const KINH: GlossaryTerm = { id: 'kinh', vi: 'Kinh', en: 'Kinh', zh: '京族' };

const text = (file: string, locale: Locale, body: string): SiteText => ({ file, locale, text: body });
const pair = (vi: string, locale: Locale, body: string): TranslationPair => ({
  source: text('a/vi/x.md', 'vi', vi),
  translation: text(`a/${locale}/x.md`, locale, body),
});
/** Checks one translation against its source (and both as site texts). */
const checkPairOf = (terms: GlossaryTerm[], p: TranslationPair) => checkGlossary(terms, [p.source, p.translation], [p]);

describe('reading names', () => {
  it('folds Vietnamese the way English writes it', () => {
    expect(foldVietnamese('Vân Khê, Đồi Mây, Cửa Ngõ')).toBe('Van Khe, Doi May, Cua Ngo');
  });

  it('finds the part of a term English writes without diacritics', () => {
    expect(diacriticName(PROVINCE)).toBe('Vân Khê');
    expect(diacriticName({ vi: 'Cửa khẩu quốc tế Nà Lạn', en: 'Na Lan International Border Gate' })).toBe('Nà Lạn');
    expect(diacriticName(MONG)).toBe('Mông');
    // No diacritics to drop, or English writes another name.
    expect(diacriticName(KINH)).toBeUndefined();
    expect(diacriticName(CROSSING)).toBeUndefined();
  });

  it('does not take an ordinary word or a longer name for a one-word term', () => {
    expect(vietnameseUses('Người Kinh sống ở đô thị.', 'Kinh')).toHaveLength(1);
    expect(vietnameseUses('Kinh tế cửa khẩu.', 'Kinh')).toEqual([]);
    expect(vietnameseUses('Chợ Hạ Kinh.', 'Kinh')).toEqual([]);
    // A term of several words may start a sentence with a capital.
    expect(vietnameseUses('Tỉnh Vân Khê giáp biển.', 'tỉnh Vân Khê')).toHaveLength(1);
  });
});

describe('a translation that renders a term another way', () => {
  it('reports a known wrong variant, with the place in both files', () => {
    const report = checkPairOf([MONG], pair('Người Nùng, Tày\nvà Mông.', 'zh', '侬族、岱依族\n和苗族。'));
    expect(report.errors.filter((f) => f.kind === 'translation')).toEqual([
      expect.objectContaining({
        term: 'mong',
        locale: 'zh',
        expected: '赫蒙族',
        found: '苗族',
        file: 'a/zh/x.md',
        line: 2,
        source: { file: 'a/vi/x.md', line: 2, found: 'Mông' },
      }),
    ]);
  });

  it('reports the Vietnamese left untranslated, with or without diacritics, but not as a gloss', () => {
    const vi = 'Lối thông quan Bản Xèo mở năm 2024.';
    expect(checkPairOf([GATE], pair(vi, 'zh', 'Ban Xeo口岸2024年开通。')).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'translation', found: 'Ban Xeo' })]),
    );
    expect(checkPairOf([GATE], pair(vi, 'zh', 'Bản Xèo口岸2024年开通。')).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'translation', found: 'Bản Xèo' })]),
    );
    expect(checkPairOf([GATE], pair(vi, 'zh', '班绍（Bản Xèo）口岸2024年开通。')).errors).toEqual([]);
  });

  it('says nothing when the source does not use the term, or the translation paraphrases it', () => {
    expect(
      checkPairOf([MONG], pair('Người Dao sống trên núi.', 'zh', '苗族')).errors.filter(
        (f) => f.kind === 'translation',
      ),
    ).toEqual([]);
    expect(
      checkPairOf([PROVINCE], pair('Tỉnh Vân Khê có 65 xã, phường.', 'en', 'The province has 65 communes and wards.'))
        .errors,
    ).toEqual([]);
  });
});

describe('a term rendered two ways across the site', () => {
  it('reports both renderings in one language, once', () => {
    const texts = [
      text('news/vi/a.md', 'vi', 'Nà Lạn – Phố Lăng'),
      text('zones/vi/b.md', 'vi', 'Nà Lạn – Pò Lèng'),
      text('zones/vi/c.md', 'vi', 'đối diện Pò Lèng'),
    ];
    const { errors } = checkGlossary([CROSSING], texts, []);
    expect(errors).toEqual([
      expect.objectContaining({
        kind: 'site',
        locale: 'vi',
        found: 'Phố Lăng',
        expected: 'Pò Lèng',
        file: 'news/vi/a.md',
        places: [
          { file: 'news/vi/a.md', line: 1, found: 'Phố Lăng' },
          { file: 'zones/vi/b.md', line: 1, found: 'Pò Lèng' },
          { file: 'zones/vi/c.md', line: 1, found: 'Pò Lèng' },
        ],
      }),
    ]);
  });

  it('counts a Chinese text that leaves the name in Latin letters as another rendering', () => {
    const texts = [text('a/zh/x.md', 'zh', '班绍口岸'), text('b/zh/y.md', 'zh', 'Ban Xeo口岸')];
    expect(checkGlossary([GATE], texts, []).errors.map((f) => [f.kind, f.found])).toEqual([['site', 'Ban Xeo']]);
  });

  it('is quiet when every text uses the glossary rendering', () => {
    const texts = [text('a/zh/x.md', 'zh', '班绍口岸'), text('b/zh/y.md', 'zh', '班绍（Bản Xèo）')];
    expect(checkGlossary([GATE], texts, []).errors).toEqual([]);
  });

  it('finds English renderings in any case, and renderings that start with a sign', () => {
    // "VAN KHE PROVINCE" is the glossary's rendering; "Van Khe district" is not.
    const english = [
      text('a/en/x.md', 'en', 'THE VAN KHE PROVINCE OFFICE'),
      text('b/en/y.md', 'en', 'in Van Khe district'),
      text('c/en/z.md', 'en', 'Van Khe Province'),
    ];
    const districtVariant = { ...PROVINCE, variants: { en: ['Van Khe district'] } };
    expect(checkGlossary([districtVariant], english, []).errors.map((f) => [f.kind, f.file, f.found])).toEqual([
      ['site', 'b/en/y.md', 'Van Khe district'],
    ]);
    const quoted: GlossaryTerm = { id: 'song', vi: '“Then” Lạng Sơn', en: '“Then” of Lang Son', zh: '谅山“天”曲' };
    const texts = [text('a/vi/x.md', 'vi', 'hát “Then” Lạng Sơn'), text('b/vi/y.md', 'vi', 'hát Then')];
    const variant = { ...quoted, variants: { vi: ['“Then” xứ Lạng'] } };
    const site = [...texts, text('c/vi/z.md', 'vi', 'điệu “Then” xứ Lạng')];
    expect(checkGlossary([variant], site, []).errors.map((f) => f.places?.map((p) => p.file))).toEqual([
      ['a/vi/x.md', 'c/vi/z.md'],
    ]);
  });
});

describe('English diacritics', () => {
  it('reports a name written with Vietnamese diacritics in English, once per place', () => {
    const terms = [PROVINCE, { ...PROVINCE, id: 'van-khe', vi: 'Vân Khê', en: 'Van Khe' }];
    const { errors } = checkGlossary(terms, [text('news/en/a.md', 'en', 'Title\n\nThe Vân Khê region.')], []);
    expect(errors).toEqual([
      expect.objectContaining({
        kind: 'diacritics',
        found: 'Vân Khê',
        expected: 'Van Khe',
        file: 'news/en/a.md',
        line: 3,
      }),
    ]);
    expect(checkGlossary(terms, [text('news/en/a.md', 'en', 'The Van Khe region.')], []).errors).toEqual([]);
    // Other languages keep their diacritics.
    expect(checkGlossary(terms, [text('news/vi/a.md', 'vi', 'Vùng Vân Khê.')], []).errors).toEqual([]);
  });
});

describe('unconfirmed terms', () => {
  it('list their findings and every use for a translator to decide, and raise no error', () => {
    const term = { ...GATE, unconfirmed: true };
    const p = pair('Lối thông quan Bản Xèo.', 'zh', 'Ban Xeo口岸。');
    const other = text('b/zh/y.md', 'zh', '班绍口岸');
    const report = checkGlossary([term], [p.source, p.translation, other], [p]);
    expect(report.errors).toEqual([]);
    expect(report.toDecide.map((f) => [f.kind, f.file, f.found])).toEqual([
      ['use', 'a/vi/x.md', 'Bản Xèo'],
      ['site', 'a/zh/x.md', 'Ban Xeo'],
      ['translation', 'a/zh/x.md', 'Ban Xeo'],
      ['use', 'b/zh/y.md', '班绍'],
    ]);
    expect(report.toDecide.every((f) => f.unconfirmed)).toBe(true);
  });
});

// ---------------------------------------------------------------------- generated cases

const SYLLABLES = [
  'Vân',
  'Khê',
  'Bản',
  'Xèo',
  'Nà',
  'Lạn',
  'Phú',
  'Cát',
  'Hòa',
  'Mỹ',
  'Thủy',
  'Quế',
  'Trà',
  'Đào',
  'Lâm',
  'Ngõ',
];
const HAN = ['云', '溪', '班', '绍', '坡', '岭', '福', '吉', '和', '美', '水', '桂'];
const VI_FILLER = ['người', 'dân', 'sống', 'ở', 'vùng', 'này', 'từ', 'lâu', 'và', 'làm', 'ruộng'];
const EN_FILLER = ['people', 'live', 'in', 'this', 'area', 'and', 'work', 'the', 'fields'];
const ZH_FILLER = ['人们', '住在', '这里', '种田', '已经', '很久', '的', '和'];

/** A name of two syllables, with its English (folded) and a Chinese rendering, plus a wrong variant. */
const termArb = fc
  .record({
    a: fc.constantFrom(...SYLLABLES),
    b: fc.constantFrom(...SYLLABLES),
    zh: fc.shuffledSubarray(HAN, { minLength: 4, maxLength: 4 }),
  })
  .map(({ a, b, zh }): GlossaryTerm => {
    const vi = `${a} ${b}`;
    return {
      id: 't',
      vi,
      en: foldVietnamese(vi),
      zh: zh.slice(0, 2).join(''),
      variants: { zh: [zh.slice(2).join('')] },
    };
  });
const sentence = (words: readonly string[]) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 });
const join_ = (parts: readonly string[], sep: string) => parts.join(sep);

describe('generated glossary cases', () => {
  it('a translation that uses the rendering is never reported, glossed or not', () => {
    fc.assert(
      fc.property(termArb, sentence(VI_FILLER), sentence(ZH_FILLER), fc.boolean(), (term, vi, zh, gloss) => {
        const source = `${join_(vi, ' ')} ${term.vi} ${join_(vi, ' ')}.`;
        const translation = `${join_(zh, '')}${term.zh}${gloss ? `（${term.vi}）` : ''}${join_(zh, '')}。`;
        expect(checkPairOf([term], pair(source, 'zh', translation)).errors).toEqual([]);
      }),
    );
  });

  it('a translation with a wrong variant, or the name left in Latin letters, is always reported', () => {
    fc.assert(
      fc.property(
        termArb,
        sentence(VI_FILLER),
        sentence(ZH_FILLER),
        fc.constantFrom('variant', 'vi', 'folded'),
        (term, vi, zh, how) => {
          const wrong = how === 'variant' ? term.variants!.zh![0]! : how === 'vi' ? term.vi : foldVietnamese(term.vi);
          const source = `${join_(vi, ' ')} ${term.vi}.`;
          const translation = `${join_(zh, '')}${wrong}${join_(zh, '')}。`;
          const findings = checkPairOf([term], pair(source, 'zh', translation)).errors.filter(
            (f) => f.kind === 'translation',
          );
          expect(findings.map((f) => f.found)).toEqual([wrong]);
        },
      ),
    );
  });

  it('English keeping the diacritics is always reported; English without them never is', () => {
    fc.assert(
      fc.property(termArb, sentence(EN_FILLER), (term, en) => {
        fc.pre(term.vi !== term.en);
        const kept = checkGlossary(
          [term],
          [text('x/en/a.md', 'en', `${join_(en, ' ')} ${term.vi} ${join_(en, ' ')}`)],
          [],
        );
        expect(kept.errors.map((f) => f.kind)).toEqual(['diacritics']);
        const dropped = checkGlossary(
          [term],
          [text('x/en/a.md', 'en', `${join_(en, ' ')} ${term.en} ${join_(en, ' ')}`)],
          [],
        );
        expect(dropped.errors).toEqual([]);
      }),
    );
  });

  it('a second rendering anywhere in one language gives exactly one site finding; none without it', () => {
    fc.assert(
      fc.property(termArb, fc.integer({ min: 1, max: 5 }), fc.nat(5), (term, good, at) => {
        const texts = Array.from({ length: good }, (_, i) => text(`c/zh/${i}.md`, 'zh', `这里${term.zh}。`));
        expect(checkGlossary([term], texts, []).errors).toEqual([]);
        const odd = text('c/zh/odd.md', 'zh', `这里${term.variants!.zh![0]}。`);
        const mixed = [...texts.slice(0, at % (good + 1)), odd, ...texts.slice(at % (good + 1))];
        const findings = checkGlossary([term], mixed, []).errors;
        expect(findings.map((f) => [f.kind, f.file])).toEqual([['site', 'c/zh/odd.md']]);
        expect(findings[0]!.places).toHaveLength(good + 1);
      }),
    );
  });
});
