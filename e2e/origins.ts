/**
 * Port of the production build served by `astro preview` (the site's origin). E2E_SITE_PORT and
 * E2E_HOST_PORT let a second checkout run its suite beside this one.
 */
export const sitePort = Number(process.env.E2E_SITE_PORT ?? 4321);
/** Port of the second origin that plays a host page embedding the charts. */
export const hostPort = Number(process.env.E2E_HOST_PORT ?? 4322);
export const siteOrigin = `http://127.0.0.1:${sitePort}`;
export const hostOrigin = `http://127.0.0.1:${hostPort}`;
