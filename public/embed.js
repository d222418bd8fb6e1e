/*
 * Parent-page helper for the Astana 2024 chart embeds (no dependencies).
 * Include once: <script src="https://…/embed.js" async></script>
 * It resizes every <iframe data-astana-embed> to the height its page reports, and ignores any
 * message that does not come from that very iframe's window and origin or is not of the shape
 * { type: "astana-embed:height", height: <number> } (or AMP's { sentinel: "amp", type: "embed-size" }).
 */
(function () {
  "use strict";
  if (window.astanaEmbedResizer) return;
  window.astanaEmbedResizer = true;

  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 20000;

  function heightOf(data) {
    if (!data || typeof data !== "object") return null;
    var isOurs = data.type === "astana-embed:height";
    var isAmp = data.sentinel === "amp" && data.type === "embed-size";
    if (!isOurs && !isAmp) return null;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height)) return null;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
    return Math.ceil(height);
  }

  function originOf(iframe) {
    try {
      return new URL(iframe.src, window.location.href).origin;
    } catch (error) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var height = heightOf(event.data);
    if (height === null) return;
    var frames = document.querySelectorAll("iframe[data-astana-embed]");
    for (var i = 0; i < frames.length; i += 1) {
      var iframe = frames[i];
      if (iframe.contentWindow !== event.source) continue;
      if (originOf(iframe) !== event.origin) return;
      iframe.style.height = height + "px";
      iframe.setAttribute("scrolling", "no");
      return;
    }
  });
})();
