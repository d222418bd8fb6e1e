import { embedOnAnotherOrigin } from "./scenarios/embedOnAnotherOrigin.ts";
import { followDeepLinks } from "./scenarios/followDeepLinks.ts";
import { readChartsOnPhone } from "./scenarios/readChartsOnPhone.ts";
import { readOnPhoneAndResize } from "./scenarios/readOnPhoneAndResize.ts";
import { readWithoutJavaScript } from "./scenarios/readWithoutJavaScript.ts";
import { readWithReducedMotion } from "./scenarios/readWithReducedMotion.ts";
import { scrubThroughSteps } from "./scenarios/scrubThroughSteps.ts";
import { stepWithKeyboard } from "./scenarios/stepWithKeyboard.ts";
import { wheelThroughStory } from "./scenarios/wheelThroughStory.ts";
import type { Profile, Scenario } from "./types.ts";
import { desktop, phone } from "./viewports.ts";

const reader: Profile = { isReducedMotion: false, isJavaScriptEnabled: true };

/**
 * The reader scenarios, written once and run in every engine (run.ts). Steps, states and
 * charts are read from the built page, never named here. Every scenario also fails on any
 * page error (uncaught errors, rejections, failed loads, CSP violations, console errors).
 */
export const scenarios: Scenario[] = [
  { name: "wheel down and up every section (1440x900)", profile: reader, viewport: desktop, run: wheelThroughStory },
  {
    name: "step bar and arrow keys through every section (1440x900)",
    profile: reader,
    viewport: desktop,
    run: stepWithKeyboard,
  },
  {
    name: "phone 390x844, resized to 1440x900 and back mid-section",
    profile: reader,
    viewport: phone,
    run: readOnPhoneAndResize,
  },
  {
    name: "phone 390x844: every step's chart whole and uncovered while it is read",
    profile: reader,
    viewport: phone,
    run: readChartsOnPhone,
  },
  {
    name: "scrubbing steps follow the reader down and back up (390x844)",
    profile: reader,
    viewport: phone,
    run: scrubThroughSteps,
  },
  {
    name: "deep links, hash changes and reload mid-story (1440x900)",
    profile: reader,
    viewport: desktop,
    run: followDeepLinks,
  },
  {
    name: "reduced motion: states switch instantly (1440x900)",
    profile: { ...reader, isReducedMotion: true },
    viewport: desktop,
    run: readWithReducedMotion,
  },
  {
    name: "no JavaScript: every step unrolls with its static figure (1440x900, 390x844)",
    profile: { ...reader, isJavaScriptEnabled: false },
    viewport: desktop,
    run: readWithoutJavaScript,
  },
  {
    name: "embed on another origin sizes its iframe (600 px)",
    profile: reader,
    viewport: desktop,
    run: embedOnAnotherOrigin,
  },
];
