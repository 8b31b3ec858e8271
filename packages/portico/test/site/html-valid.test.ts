// Every built page is valid HTML (html-validate's recommended rules, with the exceptions below).
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages, editorPages } from './dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements without a closing slash; either style is valid HTML.
    'void-style': 'off',
    // Astro minifies attribute quoting and white space; formatting is not validity.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Long-form dates and Chinese text legitimately contain characters this rule flags.
    'no-raw-characters': 'off',
    // Astro adds data-astro-cid-* attributes in lower case; fine.
    'attribute-misuse': 'error',
    // Redundant roles (role="search" on <form>) help older screen readers.
    'no-redundant-role': 'off',
  },
});

describe('HTML validation', () => {
  it.each([...builtPages(), ...editorPages()].map((p) => [p.url, p] as const))(
    '%s has no errors',
    async (_url, page) => {
      const report = await validator.validateString(page.html, page.file);
      const errors = report.results.flatMap((r) =>
        r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(errors).toEqual([]);
    },
  );
});
