// The last script of a server-rendered fixture page, a classic script: it runs after the parser has built the
// declarative shadow roots and before any module script, so it records the server's DOM as the visitor first
// sees it. test/embedding/ssr.test.ts compares it with the DOM after hydration: the same nodes, the same text.
(function () {
  'use strict';
  var widgets = [];
  function collect(root) {
    Array.prototype.forEach.call(root.querySelectorAll('*'), function (element) {
      if (element.localName.indexOf('shn-') !== 0 || !element.shadowRoot) return;
      widgets.push({ element: element, base: element.shadowRoot.querySelector('.base'), text: element.shadowRoot.textContent });
      collect(element.shadowRoot);
    });
  }
  collect(document);
  window.__shnSsrSnapshot = widgets;
})();
