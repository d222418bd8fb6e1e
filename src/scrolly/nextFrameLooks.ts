/**
 * The scroll engine's looks, run once a frame for the whole page: every section's triggers
 * (Scrollama's step and progress events, a resize, a hash change) only ask for a look, and at
 * the next animation frame every look asked for reads the layout first, then all of them draw.
 * A section that drew inside its trigger's callback left the layout dirty for the next callback
 * to read (Scrollama reads the scroll offset at each one; a look reads the steps' boxes), which
 * forced the drawing's style and layout at once, and the frame laid out a second time (issue
 * #24: 40% of the state changes' script time at 4x CPU). One look per key: asked for twice in a
 * frame, it runs once, on the layout of that frame.
 */
type Look = () => () => void;

const asked = new Map<object, Look>();
let frame = 0;

function runLooks(): void {
  frame = 0;
  const looks = [...asked.values()];
  // Cleared first: a drawing may ask for another look (a step bar's scroll), for the next frame.
  asked.clear();
  const draws = looks.map((look) => look());
  for (const draw of draws) draw();
}

/** Asks for `key`'s look at the next frame: `read` measures (no writes), `draw` gets what it read. */
export function lookNextFrame<View>(key: object, read: () => View, draw: (view: View) => void): void {
  asked.set(key, () => {
    const view = read();
    return () => draw(view);
  });
  frame ||= requestAnimationFrame(runLooks);
}

/** Forgets `key`'s look if it has not run yet (a section torn down). */
export function cancelLook(key: object): void {
  asked.delete(key);
  if (asked.size === 0 && frame) {
    cancelAnimationFrame(frame);
    frame = 0;
  }
}
