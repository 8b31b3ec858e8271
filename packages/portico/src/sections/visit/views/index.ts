// The Visit section's views, by the `view` name its routes use.
import VisitListView from './VisitListView.astro';
import DestinationView from './DestinationView.astro';
import FestivalView from './FestivalView.astro';

export const views = { 'visit-list': VisitListView, destination: DestinationView, festival: FestivalView };
