/**
 * The page-weight budget, one number shared by the site checks (tests/site/budgets.test.ts) and
 * the benchmark's report: a page's HTML plus the stylesheets it loads, gzip level 9.
 */
export const PAGE_WEIGHT_BUDGET = 15 * 1024;

/**
 * The first view of a typical article (a news story): its HTML plus the stylesheets it links (the
 * frame's and its section's), gzip level 9, with nothing cached.
 */
export const FIRST_VIEW_BUDGET = 8 * 1024;
