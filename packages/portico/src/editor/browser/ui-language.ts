/**
 * The editor's interface in Vietnamese unless the person chose another language in its settings.
 * A module of its own, imported before the CMS: the CMS reads the setting when it loads.
 */
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') ?? {};
  if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  /* storage refused: the browser's language decides */
}
