/**
 * The /admin/ page's script, bundled with Sveltia CMS at build time (see ../bundle.ts): the
 * Vietnamese interface by default, the list-file format, then the generated configuration
 * (config.json beside this script).
 */
import './ui-language.ts';
import CMS from '@sveltia/cms';
import yaml from 'js-yaml';
import { LIST_FORMAT, itemsToList, listToItems } from '../list-format.ts';
import { LOCAL_ONLY_OWNER } from '../backend.ts';

CMS.registerCustomFormat(LIST_FORMAT, 'yaml', {
  fromFile: (text: string) => listToItems(yaml.load(text, { schema: yaml.CORE_SCHEMA })),
  toFile: (value: unknown) => yaml.dump(itemsToList(value), { lineWidth: -1, schema: yaml.CORE_SCHEMA }),
});

const config = await (await fetch(new URL('./config.json', import.meta.url))).json();
const local =
  ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname) || location.hostname.endsWith('.localhost');
const gitHost = !config.backend?.repo?.startsWith(`${LOCAL_ONLY_OWNER}/`);

if (!local && !gitHost) {
  // Without a git host the editor works on a folder of this computer, which the CMS offers only
  // on the computer's own address: say so instead of showing an empty sign-in page.
  document.getElementById('portico-local-only')?.removeAttribute('hidden');
} else {
  // Local only: the CMS still wants a sign-in method; admin.css hides its button.
  if (!gitHost) document.documentElement.dataset.porticoLocalOnly = '';
  CMS.init({ config });
}
