import path from "node:path";

/** Folder of the editor-maintained CSV files (copied from the shared, sourced data). */
export const dataDir = path.resolve(process.cwd(), "content/data");

/** Absolute paths of the CSV files the site reads. */
export const dataFiles = {
  membership: path.join(dataDir, "sco-membership.csv"),
  trade: path.join(dataDir, "central-asia-trade.csv"),
  events: path.join(dataDir, "events.csv"),
} as const;
