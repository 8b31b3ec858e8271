// The Press section's views, by the `view` name its routes use.
import PressListView from './PressListView.astro';
import PressItemView from './PressItemView.astro';
import PressKitsView from './PressKitsView.astro';
import PressKitView from './PressKitView.astro';
import PressContactsView from './PressContactsView.astro';
import MediaLibraryView from './MediaLibraryView.astro';
import { ITEM_VIEW } from './item-view.ts';

export const views = {
  'press-list': PressListView,
  [ITEM_VIEW]: PressItemView,
  'press-kits': PressKitsView,
  'press-kit': PressKitView,
  'press-contacts': PressContactsView,
  'press-media': MediaLibraryView,
};
