/**
 * The view of a story's or release's page. Its pages have a page module of their own
 * (../item-page.astro), which imports this file and PressItemView only: importing ./index.ts
 * would link every press view's styles from every story.
 */
export const ITEM_VIEW = 'press-item';
