import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Profile } from "../types.ts";

/**
 * GTK styles for MiniBrowser's own window: its toolbar is wider than a phone, and a window can
 * never be narrower than its widgets, so they are shrunk to let the web view reach 390 px.
 * GTK styles do not reach the web page (WebKit draws its own form controls).
 */
const shrinkToolbar = "* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n";

/**
 * Writes a GTK configuration folder for MiniBrowser (used as XDG_CONFIG_HOME) and returns its
 * path. WebKitGTK answers `prefers-reduced-motion` from GTK's `gtk-enable-animations`
 * setting, so reduced motion is a setting of the system, as for a reader.
 */
export function writeWebKitSettings(profile: Profile): string {
  const home = mkdtempSync(path.join(tmpdir(), "engines-webkit-"));
  const gtk = path.join(home, "gtk-3.0");
  mkdirSync(gtk);
  writeFileSync(path.join(gtk, "gtk.css"), shrinkToolbar);
  writeFileSync(
    path.join(gtk, "settings.ini"),
    `[Settings]\ngtk-enable-animations=${profile.isReducedMotion ? 0 : 1}\ngtk-decoration-layout=:\n`,
  );
  return home;
}
