/**
 * Footnotes in editors' Markdown (`…6.361 tỷ đồng[^1]` and a line `[^1]: Quyết định …`) speak
 * the language of the page they are on: the Markdown processor writes one wording for every file
 * ("Footnotes", "Back to reference 1"); this plugin rewrites the heading of the notes and each
 * way back in the file's language (src/content/<collection>/<locale>/…), from the interface
 * strings `sources.notes` and `sources.backToReference`. The heading is shown: a reader who
 * follows a reference sees what the list is.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { backReference, contentLocaleOf, footnoteWords } from '../frame/sources.ts';
import vi from '../i18n/vi.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import zh from '../i18n/zh.json' with { type: 'json' };
import { LOCALE_CODES } from '../i18n/locales.ts';
import { mergeDictionary, type Dictionary, type SiteStrings } from '../i18n/overrides.ts';

const ENGINE: Record<string, Dictionary> = { vi, en, zh };

/** The plugin, with the site's own wording (src/i18n/<locale>.json of the site) over the engine's. */
export function footnoteLanguage(strings: SiteStrings = {}) {
  return (file: PluginFactoryContext) => {
    const locale = file.fileURL ? contentLocaleOf(fileURLToPath(file.fileURL), LOCALE_CODES) : undefined;
    if (!locale) return null;
    const { label, backLabel } = footnoteWords(mergeDictionary(ENGINE[locale]!, strings[locale]));
    return defineHastPlugin({
      name: 'portico:footnote-language',
      element: {
        filter: ['h2', 'a'],
        visit(node, ctx) {
          const props = node.properties ?? {};
          if (node.tagName === 'h2' && props['id'] === 'footnote-label') {
            ctx.replaceNode(node, {
              type: 'element',
              tagName: 'h2',
              properties: { id: 'footnote-label', className: ['footnotes__title'] },
              children: [{ type: 'text', value: label }],
            });
          } else if (node.tagName === 'a' && 'dataFootnoteBackref' in props) {
            const reference = backReference(String(props['ariaLabel'] ?? ''));
            if (reference) ctx.setProperty(node, 'ariaLabel', backLabel(reference));
          }
        },
      },
    });
  };
}
