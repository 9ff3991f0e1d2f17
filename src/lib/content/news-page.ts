/** How many articles one page of the news list shows. Free of Astro imports so browser tests can read it. */
export const NEWS_PER_PAGE = 6;
