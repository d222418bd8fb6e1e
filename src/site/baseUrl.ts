/** The site's base path with a trailing slash ("/", "/graphics/astana-2024/"). */
export const basePath = import.meta.env.BASE_URL.endsWith("/")
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** A path inside the site, under the base path: `withBase("embed.js")` → "/graphics/astana-2024/embed.js". */
export function withBase(path: string): string {
  return `${basePath}${path.replace(/^\//, "")}`;
}

/** The absolute URL of a path inside the site, from the configured site URL (SITE_URL). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(withBase(path), site ?? "http://localhost/").href;
}
