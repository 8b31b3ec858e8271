import { describe, expect, it } from 'vitest';
import { findPlaceholders, placeholderProblem, PLACEHOLDER_MARKER } from './placeholders.ts';

describe('findPlaceholders', () => {
  it('names the front-matter field and the body of a Markdown entry', () => {
    const text = [
      '---',
      'title: "[PLACEHOLDER] Tên điểm đến"',
      'location:',
      '  commune: "[PLACEHOLDER] Xã hoặc phường"',
      'coordinates: { lat: 16.1, lon: 107.2 } # [PLACEHOLDER] tọa độ thật',
      '---',
      '',
      '[PLACEHOLDER] Viết bài giới thiệu điểm đến.',
    ].join('\n');
    expect(findPlaceholders('src/content/destinations/vi/mau.md', text)).toEqual([
      { line: 2, field: 'title', hint: 'Tên điểm đến' },
      { line: 4, field: 'location.commune', hint: 'Xã hoặc phường' },
      { line: 5, field: 'coordinates', hint: 'tọa độ thật' },
      { line: 8, field: '(body)', hint: 'Viết bài giới thiệu điểm đến.' },
    ]);
  });

  it('follows nesting in province.config.ts, JSON and YAML lists', () => {
    const config = [
      'export default {',
      '  agency: {',
      '    address: {',
      "      vi: '[PLACEHOLDER] Địa chỉ của cơ quan',",
      "      en: '[PLACEHOLDER] The agency’s address',",
      '    },',
      '  },',
      '} satisfies ProvinceInput;',
    ].join('\n');
    expect(findPlaceholders('province.config.ts', config).map((h) => h.field)).toEqual([
      'agency.address.vi',
      'agency.address.en',
    ]);
    const json = '{\n  "home": {\n    "lead": "[PLACEHOLDER] Một câu về tỉnh"\n  }\n}\n';
    expect(findPlaceholders('src/i18n/vi.json', json)).toEqual([
      { line: 3, field: 'home.lead', hint: 'Một câu về tỉnh' },
    ]);
    const yaml = 'cau-mau:\n  vi: "[PLACEHOLDER] Thuật ngữ"\n  en: Term\n';
    expect(findPlaceholders('src/content/glossary.yaml', yaml)[0]?.field).toBe('cau-mau.vi');
  });

  it('marks a whole file where fields have no names (a picture)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><!-- [PLACEHOLDER] the province’s logo --></svg>';
    expect(findPlaceholders('src/assets/logo.svg', svg)).toEqual([
      { line: 1, field: '(file)', hint: 'the province’s logo' },
    ]);
  });

  it('matches the marker in any case, and only the bracketed marker', () => {
    expect(findPlaceholders('a.md', '---\ntitle: x\n---\n[placeholder] text\n')).toHaveLength(1);
    // Prose that merely uses the word is not a marker (a site may say its phone numbers are placeholders).
    expect(
      findPlaceholders('contacts.yaml', '# Every phone number below is a PLACEHOLDER: none is confirmed.\n'),
    ).toEqual([]);
    expect(findPlaceholders('a.md', '---\ntitle: Placeholder text in a title\n---\n')).toEqual([]);
  });
});

describe('placeholderProblem', () => {
  it('gives one problem a file: every field, the lines, the first hint, in Vietnamese and English', () => {
    const problem = placeholderProblem('src/content/pages/vi/gioi-thieu.md', [
      { line: 2, field: 'title', hint: 'Giới thiệu tỉnh' },
      { line: 3, field: 'description', hint: 'Một câu' },
      { line: 7, field: '(body)', hint: '' },
      { line: 9, field: '(body)', hint: '' },
    ]);
    expect(problem).toMatchObject({
      file: 'src/content/pages/vi/gioi-thieu.md',
      field: 'title, description, (body)',
      line: 2,
      found: JSON.stringify(`${PLACEHOLDER_MARKER} Giới thiệu tỉnh`),
    });
    expect(problem.vi).toContain('Còn 4 chỗ nội dung mẫu [PLACEHOLDER] (dòng 2, 3, 7, 9)');
    expect(problem.en).toContain('4 placeholder(s) [PLACEHOLDER] left (line 2, 3, 7, 9)');
    expect(problem.en).toContain('cannot be published');
  });
});
