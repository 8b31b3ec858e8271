/**
 * The page-weight budget, one number shared by the site checks (tests/site/budgets.test.ts) and
 * the benchmark's report: a page's HTML plus the stylesheets it loads, gzip level 9.
 */
export const PAGE_WEIGHT_BUDGET = 15 * 1024;
