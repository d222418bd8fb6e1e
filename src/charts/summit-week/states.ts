/**
 * The chart's states: moments of the summit week, each a window of days (and, for a state about
 * one delegation, its travellers). Routes they flew in the window are drawn strongly and named;
 * the other routes into Astana up to the window's end stay, faded, as context.
 */
export const summitStateIds = [
  "xi-arrives",
  "putin-arrives",
  "summit",
  "sco-plus",
  "india-absent",
  "modi-moscow",
] as const;

/** One of {@link summitStateIds}. */
export type SummitStateId = (typeof summitStateIds)[number];

/** What a state shows. */
export interface SummitStateSpec {
  /** Label in the embed's stepper. */
  label: string;
  /** First and last day (ISO dates) of the legs the state names. */
  window: readonly [string, string];
  /** Only these travellers' legs in the window (all travellers when absent). */
  travellers?: readonly string[];
  /**
   * A state about the guests of one of the day's meetings (summit-attendance.csv's `meeting`):
   * their countries are outlined and named, and only their representatives' legs are named.
   */
  meeting?: "sco-plus";
}

/** The specification of every state, in story order; each state's words are in words.ts. */
export const summitStateSpecs: Readonly<Record<SummitStateId, SummitStateSpec>> = {
  "xi-arrives": { label: "2 July: Xi arrives", window: ["2024-07-02", "2024-07-02"] },
  "putin-arrives": { label: "3 July: Putin and the others arrive", window: ["2024-07-03", "2024-07-03"] },
  summit: { label: "4 July: the summit", window: ["2024-07-04", "2024-07-04"] },
  // The guests' journeys among the arrivals up to the summit day.
  "sco-plus": { label: "4 July: the SCO Plus guests", window: ["2024-07-02", "2024-07-04"], meeting: "sco-plus" },
  // India's stand-in: the foreign minister's flight, among the arrivals up to the summit.
  "india-absent": {
    label: "India sends its foreign minister",
    window: ["2024-07-02", "2024-07-04"],
    travellers: ["Subrahmanyam Jaishankar"],
  },
  "modi-moscow": { label: "8-9 July: Modi in Moscow, then Vienna", window: ["2024-07-08", "2024-07-09"] },
};

/** The city every route of the summit converges on. */
export const summitCity = "Astana";

/** The state an embed opens at, and its share image shows: the summit day. */
export const summitSummaryState: SummitStateId = "summit";

/** Narrows a string to a state id, failing with the allowed ids. */
export function assertSummitState(stateId: string): SummitStateId {
  if (!(summitStateIds as readonly string[]).includes(stateId)) {
    throw new Error(`Unknown summit-week state "${stateId}"; allowed: ${summitStateIds.join(", ")}.`);
  }
  return stateId as SummitStateId;
}
