// WebKitGTK's vendor capability, which @wdio/types does not list: WebdriverIO's documented way
// to type a vendor extension is to add it to the global Capabilities interface.
declare global {
  namespace WebdriverIO {
    interface Capabilities {
      /** Which browser WebKitWebDriver starts (MiniBrowser), with which command-line arguments. */
      "webkitgtk:browserOptions"?: { binary: string; args: string[] };
    }
  }
}

export {};
