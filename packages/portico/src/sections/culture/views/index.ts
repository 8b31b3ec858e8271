// The Culture section's views, by the `view` name its routes use.
import CultureIndexView from './CultureIndexView.astro';
import CultureEntryView from './CultureEntryView.astro';

export const views = { 'culture-index': CultureIndexView, 'culture-entry': CultureEntryView };
