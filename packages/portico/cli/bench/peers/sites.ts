/**
 * The three sites of the peer comparison, written from the same articles (articles.ts):
 *
 * - Portico: a copy of the project with its sample content, plus every article as a news story
 *   (src/content/news/<lang>/article-NNNN.md).
 * - Starlight: a plain Starlight site (its own package.json and node_modules), locales vi (root),
 *   en and zh-cn, Pagefind as Starlight ships it; a one-link sidebar (Starlight's default sidebar
 *   would list all N articles on every page).
 * - Hugo: a multilingual Hugo site (one content folder per language, minimal templates written
 *   here, list pages of 20), indexed afterwards by the Pagefind command-line tool.
 *
 * Each article has the same title, description and Markdown body in every system. Also: the
 * caches a cold build starts without, per system.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { makeWorkspace, PORTICO_CACHES } from '../workspace.ts';
import { remove } from '../trash.ts';
import type { Lang } from '../text.ts';
import { ARTICLE_LANGS, type Article } from './articles.ts';

export type System = 'portico' | 'starlight' | 'hugo';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const frontMatter = (data: Record<string, unknown>, extra = '') =>
  `---\n${yaml.dump(data, { lineWidth: -1 })}${extra}---\n\n`;

// ---------------------------------------------------------------- Portico

/** Portico's folder per language for news stories. */
const PORTICO_LANG: Record<Lang, string> = { vi: 'vi', en: 'en', zh: 'zh' };

export function writePortico(projectRoot: string, dir: string, articles: readonly Article[]): void {
  makeWorkspace(projectRoot, dir);
  // The sample content as it is, the articles next to it.
  cpSync(join(projectRoot, 'src', 'content'), join(dir, 'src', 'content'), { recursive: true });
  for (const a of articles)
    for (const lang of ARTICLE_LANGS)
      write(
        join(dir, 'src', 'content', 'news', PORTICO_LANG[lang], `${a.id}.md`),
        frontMatter({ title: a.title[lang], description: a.description[lang], type: 'story', date: a.date }) +
          a.body[lang],
      );
}

// ---------------------------------------------------------------- Starlight

/** Starlight's content folder per language (vi is the root locale). */
const STARLIGHT_DIR: Record<Lang, string> = { vi: '', en: 'en', zh: 'zh-cn' };

const STARLIGHT_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({
      title: { vi: 'Bản tin', en: 'Bulletin', 'zh-CN': '简报' },
      defaultLocale: 'root',
      locales: {
        root: { label: 'Tiếng Việt', lang: 'vi' },
        en: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      sidebar: [{ label: 'Trang chủ', translations: { en: 'Home', 'zh-CN': '首页' }, link: '/' }],
    }),
  ],
});
`;

const STARLIGHT_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const HOME: Record<Lang, { title: string; text: string }> = {
  vi: { title: 'Bản tin', text: 'Tin tức về đời sống cộng đồng.' },
  en: { title: 'Bulletin', text: 'News about community life.' },
  zh: { title: '简报', text: '社区生活新闻。' },
};

/** The Starlight site's package.json: Starlight at `starlight` (e.g. "latest"), Astro at the project's version. */
export function starlightPackage(astroVersion: string, starlightVersion: string): string {
  return `${JSON.stringify(
    {
      name: 'portico-bench-starlight',
      private: true,
      type: 'module',
      dependencies: { '@astrojs/starlight': starlightVersion, astro: astroVersion },
      allowScripts: { esbuild: true, sharp: true },
    },
    null,
    2,
  )}\n`;
}

/** Write the Starlight site's configuration and content (its package.json is written by the caller). */
export function writeStarlight(dir: string, articles: readonly Article[]): void {
  remove(join(dir, 'src'));
  write(join(dir, 'astro.config.mjs'), STARLIGHT_CONFIG);
  write(join(dir, 'src', 'content.config.ts'), STARLIGHT_CONTENT_CONFIG);
  const docs = join(dir, 'src', 'content', 'docs');
  for (const lang of ARTICLE_LANGS) {
    write(
      join(docs, STARLIGHT_DIR[lang], 'index.md'),
      frontMatter({ title: HOME[lang].title, description: HOME[lang].text }) + `${HOME[lang].text}\n`,
    );
    for (const a of articles)
      write(
        join(docs, STARLIGHT_DIR[lang], `${a.id}.md`),
        // lastUpdated must be a YAML date (unquoted), not a string.
        frontMatter({ title: a.title[lang], description: a.description[lang] }, `lastUpdated: ${a.date}\n`) +
          a.body[lang],
      );
  }
}

// ---------------------------------------------------------------- Hugo

const HUGO_LANG: Record<Lang, { key: string; code: string; name: string; weight: number }> = {
  vi: { key: 'vi', code: 'vi', name: 'Tiếng Việt', weight: 1 },
  en: { key: 'en', code: 'en', name: 'English', weight: 2 },
  zh: { key: 'zh-cn', code: 'zh-CN', name: '简体中文', weight: 3 },
};

const HUGO_LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Site.LanguageCode }}">{{ .Language.LanguageName }}</a> {{ end }}</nav></header>
{{ block "main" . }}{{ end }}
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<main data-pagefind-body>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>
{{ .Content }}
</main>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<main>
<h1>{{ .Title }}</h1>
<ul>{{ range (.Paginate .Pages).Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><br>{{ .Description }}</li>{{ end }}
</ul>
{{ template "_internal/pagination.html" . }}
</main>{{ end }}
`,
  'index.html': `{{ define "main" }}<main>
<h1>{{ .Site.Title }}</h1>
<ul>{{ range first 10 (where .Site.RegularPages "Section" "articles") }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul>
{{ with .Site.GetPage "/articles" }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
</main>{{ end }}
`,
};

const HUGO_CSS = `body{font:1rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;gap:1rem;border-bottom:1px solid #ccc}
nav a{margin-left:.5rem}
`;

export function writeHugo(dir: string, articles: readonly Article[]): void {
  for (const sub of ['content', 'layouts', 'static']) remove(join(dir, sub));
  const languages = ARTICLE_LANGS.map((lang) => {
    const l = HUGO_LANG[lang];
    return [
      `[languages.${l.key}]`,
      `  languageCode = "${l.code}"`,
      `  languageName = "${l.name}"`,
      `  contentDir = "content/${l.key}"`,
      `  weight = ${l.weight}`,
      `  title = "${HOME[lang].title}"`,
    ].join('\n');
  });
  write(
    join(dir, 'hugo.toml'),
    [
      'baseURL = "https://example.org/"',
      'defaultContentLanguage = "vi"',
      'disableKinds = ["taxonomy", "term"]',
      'paginate = 20',
      'enableRobotsTXT = false',
      '',
      ...languages,
      '',
    ].join('\n'),
  );
  for (const [file, text] of Object.entries(HUGO_LAYOUTS)) write(join(dir, 'layouts', file), text);
  write(join(dir, 'static', 'style.css'), HUGO_CSS);
  for (const lang of ARTICLE_LANGS) {
    const content = join(dir, 'content', HUGO_LANG[lang].key);
    write(join(content, '_index.md'), frontMatter({ title: HOME[lang].title, description: HOME[lang].text }));
    write(
      join(content, 'articles', '_index.md'),
      frontMatter({ title: HOME[lang].title, description: HOME[lang].text }),
    );
    for (const a of articles)
      write(
        join(content, 'articles', `${a.id}.md`),
        frontMatter({ title: a.title[lang], description: a.description[lang], date: a.date }) + a.body[lang],
      );
  }
}

// ---------------------------------------------------------------- cold builds

/** Everything an earlier build leaves behind that a later build could reuse, per system. */
export const CACHES: Record<System, readonly string[]> = {
  portico: PORTICO_CACHES,
  starlight: ['.astro', 'dist', 'node_modules/.astro', 'node_modules/.vite'],
  hugo: ['public', 'resources', '.hugo-cache', '.hugo_build.lock'],
};

/** The folder a system's build writes the site into. */
export const OUTPUT: Record<System, string> = { portico: 'dist', starlight: 'dist', hugo: 'public' };

/** Remove every cache of an earlier build (never follows links: every path is inside `dir`). */
export function clearBuildCaches(system: System, dir: string): void {
  for (const sub of CACHES[system]) remove(join(dir, sub));
}

/** A package's version as installed under `dir`/node_modules, or undefined. */
export function installedVersion(dir: string, pkg: string): string | undefined {
  const file = join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).version as string) : undefined;
}
