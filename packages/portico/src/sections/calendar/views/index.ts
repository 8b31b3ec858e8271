// The Calendar section's views, by the `view` name its routes use.
import CalendarHomeView from './CalendarHomeView.astro';
import CalendarYearView from './CalendarYearView.astro';
import CalendarRelationsView from './CalendarRelationsView.astro';

export const views = {
  'calendar-home': CalendarHomeView,
  'calendar-year': CalendarYearView,
  'calendar-relations': CalendarRelationsView,
};
