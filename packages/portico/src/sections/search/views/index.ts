// The search section's view.
import SearchView from './SearchView.astro';

export const views = { search: SearchView };
