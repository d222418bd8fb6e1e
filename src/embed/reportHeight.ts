import { heightMessages } from "./embedMessages.ts";

/**
 * Posts the page's height to the parent window on load and whenever it changes, so the host
 * page can size the iframe to fit (no inner scrollbar). Does nothing outside an iframe.
 * Returns a function that stops reporting.
 */
export function reportHeight(chart: string): () => void {
  if (window.parent === window) return () => undefined;
  let lastHeight = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    // "*": the height is not secret, and the embed cannot know its host's origin in advance.
    for (const message of heightMessages(chart, height)) window.parent.postMessage(message, "*");
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  window.addEventListener("load", post);
  post();
  return () => {
    observer.disconnect();
    window.removeEventListener("load", post);
  };
}
