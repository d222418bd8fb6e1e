import type { DatasetRows } from "../../../data/datasets.ts";

/** A dated event drawn as a vertical marker on the time axis. */
export interface TradeMarker {
  /** Stable id of the marker (see {@link markerRules}); also its mark key. */
  id: string;
  /** The date as written in events.csv (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** The event as events.csv words it (text alternatives use it). */
  text: string;
  /** The short label drawn beside the marker. */
  label: string;
  /** Position on the time axis in years: 2022.15 for 24 February 2022. */
  time: number;
  year: number;
  line: number;
  sourceUrl: string;
}

/**
 * The events the chart marks, found in events.csv by their wording (so the file can be
 * reordered and reworded around them), with the short label the chart draws.
 */
export const markerRules = [
  { id: "khorgos-centre", pattern: /Khorgos International Border Cooperation/i, label: "Khorgos border hub" },
  {
    id: "khorgos-rail",
    pattern: /railways? (were )?(connected|joined|linked) at Khorgos/i,
    label: "Khorgos rail link",
  },
  { id: "silk-road-speech", pattern: /Silk Road Economic Belt/i, label: "Xi's Silk Road speech" },
  { id: "khorgos-gateway", pattern: /Khorgos Gateway/i, label: "Khorgos dry port" },
  { id: "invasion", pattern: /invasion of Ukraine/i, label: "Russia invades Ukraine" },
] as const;

/** Id of a marker. */
export type MarkerId = (typeof markerRules)[number]["id"];

/** Year plus the elapsed share of it (mid-month for a month, mid-year for a year), so a marker sits inside its year. */
function timeOf(date: string): number {
  const [year = 0, month, day] = date.split("-").map(Number);
  if (month === undefined) return year + 0.5;
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  const moment = day === undefined ? Date.UTC(year, month - 1, 15) : Date.UTC(year, month - 1, day);
  return year + (moment - start) / length;
}

/** Finds every marked event; each must exist exactly once in events.csv. */
export function findMarkers(events: DatasetRows<"events">): TradeMarker[] {
  return markerRules.map((rule) => {
    const matches = events.filter((event) => rule.pattern.test(event.event));
    if (matches.length !== 1) {
      throw new Error(
        `events.csv has ${matches.length} events matching ${rule.pattern} (the trade chart's "${rule.id}" marker); it needs exactly one.`,
      );
    }
    const [row] = matches as [DatasetRows<"events">[number]];
    return {
      id: rule.id,
      date: row.date,
      text: row.event,
      label: rule.label,
      time: timeOf(row.date),
      year: Number(row.date.slice(0, 4)),
      line: row.line,
      sourceUrl: row.source_url,
    };
  });
}
