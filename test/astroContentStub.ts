/** `astro:content` in unit tests: there is no content layer outside an Astro build. */
export function getCollection(): Promise<never> {
  return Promise.reject(new Error("astro:content is not available in unit tests"));
}

/** See {@link getCollection}. */
export function render(): Promise<never> {
  return Promise.reject(new Error("astro:content is not available in unit tests"));
}
