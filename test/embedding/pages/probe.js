// Loaded first by every host-page fixture, as a classic script (no inline script: the CSP page allows none).
// Records what the widgets do to the page, for test/embedding/embedding.test.ts to read as window.__shnProbe:
// exceptions, console warnings and errors, CSP violations, storage and cookie writes, network APIs used,
// globals added, and every DOM change outside the widgets once the page's own markup is parsed.
(function () {
  'use strict';
  var probe = {
    errors: [],
    warnings: [],
    violations: [],
    storage: [],
    cookies: [],
    network: [],
    mutations: [],
    globalsBefore: Object.getOwnPropertyNames(window),
    htmlLang: document.documentElement.getAttribute('lang'),
    // Cumulative layout shift, where the engine reports it (Chromium); null elsewhere.
    layoutShift: null,
  };
  window.__shnProbe = probe;

  if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('layout-shift') >= 0) {
    probe.layoutShift = 0;
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (!entry.hadRecentInput) probe.layoutShift += entry.value;
      });
    }).observe({ type: 'layout-shift', buffered: true });
  }

  window.addEventListener('error', function (event) {
    probe.errors.push('error: ' + event.message);
  });
  window.addEventListener('unhandledrejection', function (event) {
    probe.errors.push('unhandled rejection: ' + String(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    probe.violations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });

  var warn = console.warn;
  console.warn = function () {
    probe.warnings.push(Array.prototype.map.call(arguments, String).join(' '));
    return warn.apply(console, arguments);
  };
  var error = console.error;
  console.error = function () {
    probe.errors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };

  function record(list, name, owner, method) {
    var original = owner[method];
    if (typeof original !== 'function') return;
    owner[method] = function () {
      list.push(name + '(' + Array.prototype.slice.call(arguments, 0, 2).map(String).join(', ') + ')');
      return original.apply(this, arguments);
    };
  }
  record(probe.storage, 'Storage.setItem', Storage.prototype, 'setItem');
  record(probe.storage, 'Storage.removeItem', Storage.prototype, 'removeItem');
  record(probe.storage, 'Storage.clear', Storage.prototype, 'clear');
  if (window.indexedDB) record(probe.storage, 'indexedDB.open', IDBFactory.prototype, 'open');
  if (window.caches) record(probe.storage, 'caches.open', CacheStorage.prototype, 'open');
  record(probe.network, 'fetch', window, 'fetch');
  record(probe.network, 'XMLHttpRequest.open', XMLHttpRequest.prototype, 'open');
  if (navigator.sendBeacon) record(probe.network, 'sendBeacon', Navigator.prototype, 'sendBeacon');
  ['WebSocket', 'EventSource', 'Worker', 'SharedWorker'].forEach(function (name) {
    var Original = window[name];
    if (!Original) return;
    window[name] = function (url) {
      probe.network.push(name + '(' + String(url) + ')');
      return Reflect.construct(Original, arguments, new.target || Original);
    };
    window[name].prototype = Original.prototype;
  });
  var cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: function () {
      return cookie.get.call(document);
    },
    set: function (value) {
      probe.cookies.push(String(value));
      cookie.set.call(document, value);
    },
  });

  // A change is the widgets' own when it happens to a shn-* element or inside one (light DOM they own is
  // only their host attributes; their shadow roots are not observed from the document).
  function isOwn(node) {
    for (var current = node; current; current = current.parentNode) {
      if (current.nodeType === 1 && current.localName.indexOf('shn-') === 0) return true;
    }
    return false;
  }
  function describe(node) {
    if (!node) return '?';
    if (node.nodeType === 1) return '<' + node.localName + (node.id ? '#' + node.id : '') + '>';
    if (node.nodeType === 3) return 'text "' + node.textContent.trim().slice(0, 30) + '"';
    return node.nodeName;
  }
  // Parsing ends before the page's module scripts run: watch from then on, so the page's own markup is not counted.
  document.addEventListener('readystatechange', function () {
    if (document.readyState !== 'interactive') return;
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.type === 'attributes' && isOwn(r.target)) return;
        if (r.type === 'childList' && isOwn(r.target)) return;
        var detail = r.type === 'attributes' ? r.attributeName + '="' + r.target.getAttribute(r.attributeName) + '"' : '';
        if (r.type === 'childList') {
          Array.prototype.forEach.call(r.addedNodes, function (n) {
            detail += ' added ' + describe(n);
          });
          Array.prototype.forEach.call(r.removedNodes, function (n) {
            detail += ' removed ' + describe(n);
          });
        }
        probe.mutations.push(r.type + ' on ' + describe(r.target) + ': ' + detail.trim());
      });
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
})();
