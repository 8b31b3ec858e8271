// The Invest section's views, by the `view` name its routes use.
import InvestHomeView from './InvestHomeView.astro';
import InvestOpportunitiesView from './InvestOpportunitiesView.astro';
import InvestOpportunityView from './InvestOpportunityView.astro';
import InvestSectorView from './InvestSectorView.astro';
import InvestZoneView from './InvestZoneView.astro';
import InvestIncentivesView from './InvestIncentivesView.astro';
import InvestIncentiveView from './InvestIncentiveView.astro';
import InvestGlanceView from './InvestGlanceView.astro';

export const views = {
  'invest-home': InvestHomeView,
  'invest-opportunities': InvestOpportunitiesView,
  'invest-opportunity': InvestOpportunityView,
  'invest-sector': InvestSectorView,
  'invest-zone': InvestZoneView,
  'invest-incentives': InvestIncentivesView,
  'invest-incentive': InvestIncentiveView,
  'invest-glance': InvestGlanceView,
};
