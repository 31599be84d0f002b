/* Shared by the login page and the desk: i18next with the desk's Polish strings, and a tiny DOM helper. */
'use strict';
window.PK = (function () {
  async function initI18n() {
    const res = await fetch('/worker/api/locale', { credentials: 'same-origin' });
    const worker = await res.json();
    await window.i18next.init({ lng: 'pl', fallbackLng: 'pl', ns: ['worker'], defaultNS: 'worker', resources: { pl: { worker } }, interpolation: { escapeValue: false } });
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.getAttribute('data-i18n')); });
  }
  function t(key, params) { return window.i18next.t(key, params); }
  /** Builds elements from text only (never HTML), so record contents cannot inject markup. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'className') el.className = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
    return el;
  }
  return { initI18n, t, h };
})();
