/**
 * `npm run check-content`: validates every CSV and story section without building the site,
 * fast enough to run on every save. Prints each problem as file:line field "x": message.
 */
import { DataError } from "../src/data/DataError.ts";
import { checkContent } from "../src/story/checkContent.ts";

try {
  checkContent();
  console.log("Content OK: every CSV row and story step is valid.");
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
