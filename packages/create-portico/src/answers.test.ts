import { describe, expect, it } from 'vitest';
import { contrastWithWhite, darken, defaultFor, slugify, toAnswers, validate } from './answers.ts';

describe('answers', () => {
  it('derive the machine name, full names and agency names from the names', () => {
    const given = { 'name.vi': 'Khởi Đầu', 'name.en': 'Khoi Dau', 'name.zh': '起头' };
    expect(defaultFor('id', given)).toBe('khoi-dau');
    expect(defaultFor('fullName.vi', given)).toBe('tỉnh Khởi Đầu');
    expect(defaultFor('fullName.en', given)).toBe('Khoi Dau Province');
    expect(defaultFor('fullName.zh', given)).toBe('起头省');
    expect(defaultFor('agency.en', given)).toBe("Khoi Dau Provincial People's Committee");
    const answers = toAnswers('site', {
      ...given,
      domain: 'KD.Example.vn',
      email: 'a@b.vn',
      phone: '+84 200 3800 000',
    });
    expect(answers).toMatchObject({
      id: 'khoi-dau',
      domain: 'kd.example.vn',
      colours: { primary: '#1f4e79', accent: '#b3261e' },
    });
    expect(answers.outline).toBeUndefined();
  });

  it('slugify folds Vietnamese letters, đ included', () => {
    expect(slugify('Đắk Đoa – Ví dụ')).toBe('dak-doa-vi-du');
  });

  it('refuse what the engine’s schema would refuse, in both languages', () => {
    expect(validate('id', 'Vi Du')?.en).toContain('lower-case');
    expect(validate('domain', 'https://vi-du.gov.vn/')?.vi).toContain('không có https://');
    expect(validate('domain', 'dulich.vi-du.gov.vn')).toBeUndefined();
    expect(validate('email', 'contact@')?.en).toBe('Not a valid e-mail address.');
    expect(validate('phone', '0203 800 000')?.en).toContain('+84');
    expect(validate('phone', '+84 203 800 000')).toBeUndefined();
    expect(validate('colours.primary', 'green')?.en).toContain('#RRGGBB');
  });

  it('refuse a colour white text cannot be read on (WCAG 4.5:1)', () => {
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1);
    expect(contrastWithWhite('#000000')).toBeCloseTo(21);
    expect(validate('colours.primary', '#7fb3d5')?.en).toMatch(/contrast of only \d\.\d:1/);
    expect(validate('colours.primary', '#1f4e79')).toBeUndefined();
  });

  it('darken each channel for the darker shade', () => {
    expect(darken('#1f4e79')).toBe('#14334f');
    expect(contrastWithWhite(darken('#1f4e79'))).toBeGreaterThan(contrastWithWhite('#1f4e79'));
  });
});
