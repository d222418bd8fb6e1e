import { figureLabel } from "../../text/labels.ts";
import { yearX } from "../scales.ts";
import { note, rule, type Annotations, type NoteContext } from "./noteContext.ts";

/** The dip, in the empty band under the lines with a leader up to it; the peak, above its point. */
export function dipAndPeak({ model, x, y, plot, dims, size, shows }: NoteContext): Annotations {
  const dip = model.dip.point;
  const dipX = yearX(x, dip.year);
  const dipTop = plot.bottom - dims.lineHeight - 6;
  const peak = model.peak.point;
  const peakText = [`${peak.year} peak:`, figureLabel(peak)];
  const peakLines = size === "compact" ? peakText : [peakText.join(" ")];
  const peakTop = y(peak.amount.value) - 8 - peakLines.length * dims.lineHeight;
  return {
    texts: [
      note("note-dip", dipX - 6, dipTop, "start", [`${dip.year}: ${figureLabel(dip)}`], "CHN", shows("dip")),
      note("note-peak", yearX(x, peak.year), peakTop, "middle", peakLines, "CHN", shows("peak")),
    ],
    rules: [rule("leader-dip", dipX, y(dip.amount.value) + 6, dipTop - 3, shows("dip"))],
  };
}
