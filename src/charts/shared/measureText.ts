/**
 * Advance of a character as a share of the font size, by kind, rounded up from DejaVu Sans (the
 * widest of the system sans-serifs a chart may get: figures 0.636, "s" 0.521, "i" 0.278); the
 * other fonts of the stack run narrower, so an estimate errs towards more room, never less.
 */
function charWidth(char: string): number {
  if (/[0-9$]/.test(char)) return 0.64;
  if (/[\s.,:;'’!|ijl]/.test(char)) return 0.34;
  if (/[ftr()-]/.test(char)) return 0.45;
  if (/[scz]/.test(char)) return 0.56;
  if (/[mwMW]/.test(char)) return 1;
  if (/[A-Z]/.test(char)) return 0.8;
  return 0.64;
}

/** Bold runs wider than regular text (DejaVu Sans Bold: figures 0.696 against 0.636). */
const boldFactor = 1.1;

/**
 * Estimated width of a line of text in the units of `fontSize`. Layouts run at build time
 * without a DOM to measure with; the browser tests measure the real boxes (getBBox) to keep
 * this honest in every engine.
 */
export function measureText(text: string, fontSize: number, isBold = false): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width * fontSize * (isBold ? boldFactor : 1);
}
