import type { RouteState } from "../routes.ts";

/** A leg's attributes that change between states: written once, for the markup and the updater. */
export function routeAttributes(route: RouteState): Record<string, string> {
  return { "data-visible": String(route.isVisible), "data-named": String(route.isNamed) };
}
