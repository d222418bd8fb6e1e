import type { ClaimFinding, ClaimSentence, StoryClaim } from "../shared/chartContract.ts";
import { formatMoney } from "../shared/format.ts";
import type { TradeModel } from "./model/buildModel.ts";
import type { SourcedFigure } from "./model/points.ts";

/** "passed Russia's", "overtook Russia": China's line going above Russia's. */
const passing =
  /\b(?:passed|passes|pass|overtook|overtakes|overtake|overtaken|surpassed|surpasses|outstripped|pulled ahead of|moved ahead of|drew level with and passed)\s+(?:that of\s+)?(?:Russia|Moscow)\b/gi;

/** "China's trade dipped in 2009": a fall from the year before. */
const falling = /\b(?:dipped|dips|fell|falls|dropped|drops|slipped|slips|declined|declines|shrank|shrinks)\b/gi;

/** The year written nearest to `index` in the sentence. */
function nearestYear(text: string, index: number): { year: number; index: number } | undefined {
  const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((match) => ({
    year: Number(match[0]),
    index: match.index,
  }));
  return years.sort((a, b) => Math.abs(a.index - index) - Math.abs(b.index - index))[0];
}

const exact = (points: readonly SourcedFigure[]) =>
  new Map(points.filter((point) => !point.isLowerBound).map((point) => [point.year, point]));

const shown = (point: SourcedFigure | undefined) =>
  point ? `${formatMoney(point.amount, point)} (central-asia-trade.csv:${point.line})` : "no exact figure";

/**
 * "In 2008 it passed Russia's": the year must be one in which China's line (its own customs'
 * figures) went above Russia's after being below it the year before, as the chart draws them.
 */
function passingClaim(model: TradeModel): StoryClaim {
  const chn = exact(model.series.CHN.points);
  const rus = exact(model.series.RUS.points);
  const isAhead = (year: number) => (chn.get(year)?.amount.value ?? 0) > (rus.get(year)?.amount.value ?? Infinity);
  const passedIn = (year: number) => isAhead(year) && chn.has(year - 1) && rus.has(year - 1) && !isAhead(year - 1);
  const passings = [...chn.keys()].filter(passedIn).sort((a, b) => a - b);
  const when = passings
    .map((year) => `${year} (${shown(chn.get(year))} against ${shown(rus.get(year))})`)
    .join(" and ");
  return {
    find({ text }: ClaimSentence): ClaimFinding[] {
      return [...text.matchAll(passing)].flatMap((match) => {
        if (/\b(?:EU|European Union)\b/.test(text.slice(0, match.index))) return [];
        const written = nearestYear(text, match.index);
        if (!written) return [];
        const index = Math.min(written.index, match.index);
        const length = Math.max(written.index + 4, match.index + match[0].length) - index;
        const { year } = written;
        const problem = passedIn(year)
          ? undefined
          : `"${text.slice(index, index + length)}": by the chart's own-customs lines China's trade passed Russia's in ${when || "no year"}; in ${year} China had ${shown(chn.get(year))}, Russia ${shown(rus.get(year))}. Correct the year.`;
        return [{ index, length, problem }];
      });
    },
  };
}

/** "China's trade dipped in 2009": China's line must be lower that year than the year before. */
function fallingClaim(model: TradeModel): StoryClaim {
  const chn = exact(model.series.CHN.points);
  return {
    find({ text }: ClaimSentence): ClaimFinding[] {
      return [...text.matchAll(falling)].flatMap((match) => {
        const before = text.slice(0, match.index);
        if (
          !/\bChina(?:'s)?\b/.test(before) ||
          /\b(?:Russia|EU|European Union|Kazakhstan|Kyrgyz|Tajik|Turkmen|Uzbek)/.test(before)
        )
          return [];
        const written = nearestYear(text, match.index);
        if (!written || written.index < match.index) return [];
        const [now, then] = [chn.get(written.year), chn.get(written.year - 1)];
        if (!now || !then) return [];
        const length = written.index + 4 - match.index;
        const problem =
          now.amount.value < then.amount.value
            ? undefined
            : `"${text.slice(match.index, match.index + length)}": China's trade rose in ${written.year}, from ${shown(then)} to ${shown(now)}; its first fall after passing Russia was in ${model.dip.point.year}. Correct the year.`;
        return [{ index: match.index, length, problem }];
      });
    },
  };
}

/** The statements about the trade chart's lines that the story's words are held to. */
export function tradeClaims(model: TradeModel): StoryClaim[] {
  return [passingClaim(model), fallingClaim(model)];
}
