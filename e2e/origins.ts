/** Port of the production build served by `astro preview` (the site's origin). */
export const sitePort = 4321;
/** Port of the second origin that plays a host page embedding the charts. */
export const hostPort = 4322;
export const siteOrigin = `http://127.0.0.1:${sitePort}`;
export const hostOrigin = `http://127.0.0.1:${hostPort}`;
