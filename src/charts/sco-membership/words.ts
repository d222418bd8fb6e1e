import type { MapStatus } from "./status.ts";

/** Reader-facing names of the map statuses: singular and plural. */
export const statusLabels: Record<Exclude<MapStatus, "none">, { one: string; many: string }> = {
  "shanghai-five": { one: "in the Shanghai Five", many: "in the Shanghai Five" },
  member: { one: "member", many: "members" },
  observer: { one: "observer", many: "observers" },
  "dialogue-partner": { one: "dialogue partner", many: "dialogue partners" },
};

/** "1 member", "10 members". */
export function countLabel(status: Exclude<MapStatus, "none">, count: number): string {
  return `${count} ${count === 1 ? statusLabels[status].one : statusLabels[status].many}`;
}
