'use strict';
/* The worker desk: one page, views by #hash (inbox, drafts, record, queue, audit, users, settings). */
(function () {
  const { t, h } = PK;
  let me = null;
  let csrf = '';
  const arrived = new Set();
  const view = () => document.getElementById('view');

  async function api(path, opts = {}) {
    const init = { credentials: 'same-origin', headers: {} , method: opts.method || 'GET' };
    if (opts.body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(opts.body); }
    if (init.method !== 'GET') init.headers['X-CSRF-Token'] = csrf;
    const res = await fetch('/worker/api' + path, init);
    if (res.status === 401) { location.assign('/worker/login'); throw new Error(t('app.sessionExpired')); }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) { const err = new Error(body.message || (res.status === 403 ? t('app.forbidden') : res.status === 404 ? t('app.notFound') : body.error || res.status)); err.body = body; throw err; }
    return body;
  }

  const date = (iso) => (iso ? new Date(iso).toLocaleString('pl-PL', { dateStyle: 'short', timeStyle: 'short' }) : '');
  const day = (iso) => (iso ? iso.slice(0, 10).split('-').reverse().join('.') : '');
  const none = '—';
  const say = (text, urgent) => { const el = document.getElementById(urgent ? 'live-urgent' : 'live-polite'); el.textContent = ''; setTimeout(() => { el.textContent = text; }, 50); };

  function show(title, ...content) {
    const heading = h('h2', { tabindex: '-1', id: 'view-title' }, title);
    view().replaceChildren(heading, ...content);
    document.title = title + ' – ' + t('app.title');
    heading.focus();
  }
  function showError(e) { view().replaceChildren(h('p', { className: 'error', role: 'alert' }, t('app.error', { message: e.message }))); }

  function navLinks() {
    const links = [];
    if (me.role === 'first_contact') links.push(['#/inbox', t('nav.inbox')], ['#/drafts', t('nav.drafts')]);
    if (me.role !== 'admin') for (const q of me.queues) links.push(['#/queue/' + q.code, t('nav.queue', { team: q.name })]);
    if (me.role === 'admin') links.push(['#/audit', t('nav.audit')], ['#/users', t('nav.users')], ['#/settings', t('nav.settings')]);
    return links;
  }
  function renderNav() {
    const list = document.getElementById('nav-list');
    list.replaceChildren(...navLinks().map(([href, label]) => h('li', {}, h('a', { href, 'aria-current': location.hash.startsWith(href) ? 'page' : null }, label))));
  }

  // ---------- lists ----------
  function recordTable(records, opts) {
    const head = [];
    if (opts.select) head.push(t('table.select'));
    head.push(t('table.reference'), t('table.created'), t('table.urgent'), t('table.name'), t('table.category'));
    if (opts.drafts) head.push(t('table.given'));
    else head.push(t('table.team'), t('table.status'));
    if (opts.deadline) head.push(t('table.deadline'), t('table.daysLeft'), t('table.assignee'));
    const rows = records.map((r) => {
      const cells = [];
      if (opts.select) cells.push(h('td', {}, h('input', { type: 'checkbox', className: 'pick', value: r.id, 'aria-label': t('inbox.select', { reference: r.reference }) })));
      cells.push(h('td', {}, h('a', { href: '#/record/' + r.id }, r.reference)));
      cells.push(h('td', {}, date(r.createdAt)));
      cells.push(h('td', {}, r.urgent ? h('span', { className: 'badge urgent' }, t('inbox.urgent')) : ''));
      cells.push(h('td', {}, r.name || none));
      cells.push(h('td', {}, t('category.' + r.category)));
      if (opts.drafts) cells.push(h('td', {}, r.given.map((f) => t('field.' + f)).join(', ') || none));
      else cells.push(h('td', {}, r.teamName), h('td', {}, t('status.' + r.status)));
      if (opts.deadline) {
        cells.push(h('td', {}, day(r.deadline)));
        cells.push(h('td', {}, r.daysLeft < 0 ? h('span', { className: 'badge overdue' }, r.daysLeft + ' (' + t('queue.overdue') + ')') : String(r.daysLeft)));
        cells.push(h('td', {}, r.assignee || none));
      }
      const cls = [r.urgent ? 'urgent' : '', arrived.has(r.id) ? 'arrived' : ''].join(' ').trim();
      return h('tr', { className: cls || null, 'data-id': r.id }, cells);
    });
    return h('table', {}, h('thead', {}, h('tr', {}, head.map((x) => h('th', { scope: 'col' }, x)))), h('tbody', {}, rows));
  }

  function exportButtons() {
    const go = (format) => () => {
      const ids = [...document.querySelectorAll('input.pick:checked')].map((c) => c.value);
      location.assign('/worker/api/export?format=' + format + (ids.length ? '&ids=' + encodeURIComponent(ids.join(',')) : '&status=new'));
    };
    return h('p', {}, h('button', { type: 'button', className: 'secondary', onclick: go('jsonl') }, t('inbox.exportJsonl')), ' ', h('button', { type: 'button', className: 'secondary', onclick: go('csv') }, t('inbox.exportCsv')));
  }

  async function inbox() {
    const { records } = await api('/intakes?view=inbox');
    show(t('inbox.heading'), records.length ? recordTable(records, { select: true }) : h('p', {}, t('inbox.empty')), exportButtons());
  }
  async function drafts() {
    const { records } = await api('/intakes?view=drafts');
    show(t('drafts.heading'), records.length ? recordTable(records, { drafts: true }) : h('p', {}, t('drafts.empty')));
  }
  async function queue(code) {
    const { team, records } = await api('/queues/' + encodeURIComponent(code));
    show(t('queue.heading', { team: team.name }), records.length ? recordTable(records, { deadline: true, select: true }) : h('p', {}, t('queue.empty')), records.length ? exportButtons() : '');
  }

  // ---------- record ----------
  const FIELD_INPUT = { 'problem.description': 'textarea', 'needs.details': 'textarea', 'problem.category': 'category', 'urgency.urgent': 'bool' };
  function getPath(obj, path) { return path.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj); }

  function editForm(d, rerender) {
    const rec = d.record;
    const inputs = d.editable.map((f) => {
      const id = 'f-' + f.replace(/\./g, '-');
      const value = getPath(rec, f);
      let input;
      if (FIELD_INPUT[f] === 'textarea') input = h('textarea', { id, name: f, rows: 3 }, value || '');
      else if (FIELD_INPUT[f] === 'category') input = h('select', { id, name: f }, ['benefits', 'social_work', 'care_services', 'information'].map((c) => h('option', { value: c, selected: c === value }, t('category.' + c))));
      else if (FIELD_INPUT[f] === 'bool') input = h('select', { id, name: f }, h('option', { value: 'true', selected: value === true }, t('users.yes')), h('option', { value: 'false', selected: value !== true }, t('users.no')));
      else input = h('input', { id, name: f, value: value === null || value === undefined ? '' : String(value) });
      input.dataset.original = input.value;
      return h('div', {}, h('label', { for: id }, t('field.' + f)), input, h('div', { id: id + '-err', className: 'error' }));
    });
    const msg = h('p', { role: 'status' });
    const form = h('form', { novalidate: true }, h('div', { className: 'fields' }, inputs), msg, h('button', { type: 'submit' }, t('detail.save')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const changes = {};
      form.querySelectorAll('input,select,textarea').forEach((el) => { if (el.value !== el.dataset.original) changes[el.name] = el.value; el.removeAttribute('aria-invalid'); el.removeAttribute('aria-describedby'); });
      form.querySelectorAll('.error').forEach((x) => { x.textContent = ''; });
      try {
        const nd = await api('/intakes/' + rec.id + '/edit', { method: 'POST', body: { changes } });
        rerender(nd, t('app.saved'));
      } catch (err) {
        const fields = (err.body && err.body.fields) || {};
        let first = null;
        for (const [f, m] of Object.entries(fields)) {
          const id = 'f-' + f.replace(/\./g, '-');
          const el = document.getElementById(id);
          if (el) { el.setAttribute('aria-invalid', 'true'); el.setAttribute('aria-describedby', id + '-err'); document.getElementById(id + '-err').textContent = m; first = first || el; }
        }
        msg.textContent = t('app.error', { message: err.message });
        if (first) first.focus();
      }
    });
    return form;
  }

  function actionForms(d, rerender) {
    const rec = d.record;
    const act = (path, body) => async () => {
      try { rerender(await api('/intakes/' + rec.id + '/' + path, { method: 'POST', body: body ? body() : {} }), t('app.saved')); }
      catch (err) { say(t('app.error', { message: err.message }), true); status.textContent = t('app.error', { message: err.message }); }
    };
    const status = h('p', { role: 'status', className: 'notice' });
    const out = [status];
    const fc = me.role === 'first_contact';
    const row = (...c) => h('div', { className: 'row' }, ...c);
    const btn = (label, fn, cls) => h('button', { type: 'button', className: cls || null, onclick: fn }, label);
    if (fc && rec.status !== 'accepted') out.push(row(btn(t('detail.accept', { team: d.summary.teamName }), act('accept'))));
    // Reroute
    const teamSel = h('select', { id: 'reroute-team' }, d.teams.filter((x) => x.code !== rec.team).map((x) => h('option', { value: x.code }, x.name)));
    const reason = h('input', { id: 'reroute-reason' });
    out.push(h('form', { onsubmit: (e) => { e.preventDefault(); act('reroute', () => ({ team: teamSel.value, reason: reason.value }))(); } },
      h('label', { for: 'reroute-team' }, t('detail.rerouteTo')), teamSel, h('label', { for: 'reroute-reason' }, t('detail.reason')), reason, ' ', h('button', { type: 'submit' }, t('detail.reroute'))));
    // Merge
    if (fc) {
      if (rec.desk && rec.desk.mergedInto) out.push(row(btn(t('detail.unmerge'), act('unmerge'), 'secondary')));
      else {
        const into = h('input', { id: 'merge-into', value: d.duplicates[0] ? d.duplicates[0].reference : '' });
        out.push(h('form', { onsubmit: (e) => { e.preventDefault(); act('merge', () => ({ into: into.value }))(); } }, h('label', { for: 'merge-into' }, t('detail.mergeInto')), into, ' ', h('button', { type: 'submit' }, t('detail.merge'))));
      }
    }
    // Close / reopen / status / take
    const r2 = [];
    if (rec.status !== 'closed') r2.push(btn(t('detail.close'), act('close'), 'secondary'));
    if (fc && rec.status !== 'new' && !(rec.desk && rec.desk.mergedInto)) r2.push(btn(t('detail.reopen'), act('reopen'), 'secondary'));
    const mine = rec.desk && rec.desk.assignee === me.login;
    r2.push(btn(mine ? t('detail.release') : t('detail.take'), act(mine ? 'release' : 'take'), 'secondary'));
    out.push(row(...r2.flatMap((b) => [b, ' '])));
    const statuses = fc ? ['new', 'accepted', 'rerouted', 'closed'] : ['accepted', 'closed'];
    const stSel = h('select', { id: 'set-status' }, statuses.map((s) => h('option', { value: s, selected: s === rec.status }, t('status.' + s))));
    out.push(h('form', { onsubmit: (e) => { e.preventDefault(); act('status', () => ({ status: stSel.value }))(); } }, h('label', { for: 'set-status' }, t('detail.setStatus')), stSel, ' ', h('button', { type: 'submit' }, t('detail.setStatus'))));
    // Notes
    const kind = h('select', { id: 'note-kind' }, h('option', { value: 'note' }, t('detail.kindNote')), h('option', { value: 'callback' }, t('detail.kindCallback')));
    const text = h('textarea', { id: 'note-text', rows: 2 });
    out.push(h('form', { onsubmit: (e) => { e.preventDefault(); act('notes', () => ({ kind: kind.value, text: text.value }))(); } },
      h('label', { for: 'note-kind' }, t('detail.noteKind')), kind, h('label', { for: 'note-text' }, t('detail.noteText')), text, h('div', {}, h('button', { type: 'submit' }, t('detail.note')))));
    out.push(row(h('a', { className: 'button', href: '/worker/api/intakes/' + rec.id + '/card.pdf', download: 'karta-' + rec.reference + '.pdf', id: 'pdf-link' }, t('detail.pdf'))));
    return out;
  }

  function renderRecord(d, notice) {
    const rec = d.record;
    const rerender = (nd, n) => renderRecord(nd, n);
    const a = rec.applicant;
    const addr = a.address ? [a.address.street, [a.address.postalCode, a.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
    const dl = h('dl', { className: 'record' },
      h('dt', {}, t('table.status')), h('dd', {}, t('status.' + rec.status) + (rec.desk && rec.desk.mergedInto ? ' – ' + t('detail.mergedInto', { reference: d.mergedIntoReference || rec.desk.mergedInto }) : '')),
      h('dt', {}, t('table.team')), h('dd', {}, d.summary.teamName),
      h('dt', {}, t('table.channel')), h('dd', {}, t('channel.' + rec.channel)),
      h('dt', {}, t('table.created')), h('dd', {}, date(rec.createdAt)),
      h('dt', {}, t('table.deadline')), h('dd', {}, day(d.summary.deadline) + ' (' + d.summary.daysLeft + ')'),
      h('dt', {}, t('table.name')), h('dd', {}, [a.firstName, a.lastName].filter(Boolean).join(' ') || none),
      h('dt', {}, t('field.applicant.pesel')), h('dd', {}, a.pesel || none),
      h('dt', {}, t('field.applicant.phone')), h('dd', {}, a.phone || (rec.reporterContact && rec.reporterContact.phone) || none),
      h('dt', {}, t('card.address')), h('dd', {}, addr || none),
      h('dt', {}, t('card.household')), h('dd', {}, rec.household.size == null ? none : String(rec.household.size)),
      h('dt', {}, t('card.income')), h('dd', {}, (rec.income.monthlyNet == null ? none : rec.income.monthlyNet + ' zł') + ' / ' + (rec.income.perPerson == null ? none : rec.income.perPerson + ' zł')),
      h('dt', {}, t('table.assignee')), h('dd', {}, (rec.desk && rec.desk.assignee) || none));
    const triage = h('p', {}, t('detail.triage', { category: t('category.' + rec.problem.category), confidence: Math.round(rec.problem.confidence * 100) }));
    const why = h('p', {}, t('detail.explanation', { text: rec.problem.explanation || none }));
    const desc = h('blockquote', {}, rec.problem.description || none);
    const warn = d.warnings.length
      ? h('section', { className: 'warnings', 'aria-labelledby': 'warn-h' }, h('h3', { id: 'warn-h' }, t('detail.warnings')), h('ul', {}, d.warnings.map((w) => h('li', {}, w.otherId ? h('a', { href: '#/record/' + w.otherId }, w.text) : w.text))))
      : h('p', {}, t('detail.noWarnings'));
    const transcript = h('ol', { className: 'transcript', tabindex: '0', 'aria-labelledby': 'tr-h' }, d.transcript.map((m) => h('li', { className: m.from }, h('span', { className: 'who' }, t('detail.from.' + m.from) + ':'), m.text, h('time', { datetime: m.at }, date(m.at)))));
    const history = d.notes.length
      ? h('ul', { id: 'history' }, d.notes.map((n) => h('li', {}, date(n.at) + ' · ' + n.author + ' · ' + t('detail.kind' + n.kind[0].toUpperCase() + n.kind.slice(1)) + ': ' + n.text)))
      : h('p', { id: 'history' }, t('detail.noHistory'));
    show(t('detail.heading', { reference: rec.reference }),
      notice ? h('p', { className: 'notice', role: 'status' }, notice) : '',
      warn,
      h('div', { className: 'columns' },
        h('section', { 'aria-labelledby': 'rec-h' }, h('h3', { id: 'rec-h' }, t('detail.record')), dl, triage, why, desc),
        h('section', { 'aria-labelledby': 'tr-h' }, h('h3', { id: 'tr-h' }, t('detail.transcript')), transcript)),
      h('section', { className: 'actions', 'aria-labelledby': 'act-h' }, h('h3', { id: 'act-h' }, t('detail.actions')), actionForms(d, rerender)),
      h('section', { 'aria-labelledby': 'edit-h' }, h('h3', { id: 'edit-h' }, t('detail.edit')), editForm(d, rerender)),
      h('section', { 'aria-labelledby': 'hist-h' }, h('h3', { id: 'hist-h' }, t('detail.history')), history));
  }
  async function record(id) { renderRecord(await api('/intakes/' + encodeURIComponent(id))); }

  // ---------- admin ----------
  async function audit() {
    const params = new URLSearchParams(location.hash.split('?')[1] || '');
    const q = new URLSearchParams();
    if (params.get('intake')) q.set('intake', params.get('intake'));
    if (params.get('actor')) q.set('actor', params.get('actor'));
    const { entries } = await api('/audit?' + q.toString());
    const rec = h('input', { id: 'audit-intake', value: params.get('intake') || '' });
    const who = h('input', { id: 'audit-actor', value: params.get('actor') || '' });
    const form = h('form', { onsubmit: (e) => { e.preventDefault(); const p = new URLSearchParams(); if (rec.value) p.set('intake', rec.value); if (who.value) p.set('actor', who.value); location.hash = '#/audit?' + p.toString(); } },
      h('label', { for: 'audit-intake' }, t('audit.filterRecord')), rec, h('label', { for: 'audit-actor' }, t('audit.filterUser')), who, ' ', h('button', { type: 'submit' }, t('audit.filter')));
    const table = h('table', { id: 'audit-table' }, h('thead', {}, h('tr', {}, [t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.record'), t('audit.details')].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, entries.map((e) => h('tr', {}, h('td', {}, date(e.at)), h('td', {}, e.actor), h('td', {}, e.action), h('td', {}, e.intakeId || ''), h('td', {}, e.details ? JSON.stringify(e.details) : '')))));
    show(t('audit.heading'), form, entries.length ? table : h('p', {}, t('audit.empty')));
  }

  async function users() {
    const d = await api('/users');
    const login = h('input', { id: 'u-login', autocomplete: 'off' });
    const pass = h('input', { id: 'u-pass', type: 'password', autocomplete: 'new-password' });
    const role = h('select', { id: 'u-role' }, d.roles.map((r) => h('option', { value: r }, t('role.' + r))));
    const teams = h('select', { id: 'u-teams', multiple: true, size: Math.min(5, d.teams.length) }, d.teams.map((x) => h('option', { value: x.code }, x.name)));
    const msg = h('p', { role: 'status' });
    const form = h('form', { onsubmit: async (e) => {
      e.preventDefault();
      try { await api('/users', { method: 'POST', body: { login: login.value, password: pass.value, role: role.value, teams: [...teams.selectedOptions].map((o) => o.value) } }); await users(); say(t('app.saved')); }
      catch (err) { msg.textContent = t('app.error', { message: err.message }); }
    } }, h('h3', {}, t('users.add')), h('label', { for: 'u-login' }, t('users.login')), login, h('label', { for: 'u-pass' }, t('users.password')), pass,
      h('label', { for: 'u-role' }, t('users.role')), role, h('label', { for: 'u-teams' }, t('users.teams')), teams, msg, h('button', { type: 'submit' }, t('users.create')));
    const table = h('table', {}, h('thead', {}, h('tr', {}, [t('users.login'), t('users.role'), t('users.teams'), t('users.active'), ''].map((x, i) => h(i === 4 ? 'td' : 'th', i === 4 ? {} : { scope: 'col' }, x)))),
      h('tbody', {}, d.users.map((u) => h('tr', {}, h('td', {}, u.login), h('td', {}, t('role.' + u.role)), h('td', {}, u.teams.join(', ')), h('td', {}, u.active ? t('users.yes') : t('users.no')),
        h('td', {}, u.id === me.id ? '' : h('button', { type: 'button', className: 'secondary', onclick: async () => { await api('/users/' + u.id, { method: 'POST', body: { active: !u.active } }); await users(); } }, (u.active ? t('users.deactivate') : t('users.activate')) + ' ' + u.login))))));
    show(t('users.heading'), table, form);
  }

  async function settings() {
    const { config } = await api('/settings');
    const msg = h('p', { role: 'status', className: 'notice' });
    show(t('settings.heading'),
      h('p', {}, t('settings.retention', config.retention)),
      h('p', {}, t('settings.deadlines', { normal: config.deadlines.normalWorkingDays, urgent: config.deadlines.urgentWorkingDays })),
      h('p', {}, h('button', { type: 'button', onclick: async () => { const r = await api('/retention/purge', { method: 'POST', body: {} }); msg.textContent = r.message; } }, t('settings.purge'))), msg,
      h('pre', { tabindex: '0', 'aria-label': t('settings.heading') }, JSON.stringify(config, null, 2)));
  }

  // ---------- routing & live ----------
  async function route() {
    renderNav();
    const hash = location.hash || '';
    const [path] = hash.slice(1).split('?');
    const parts = path.split('/').filter(Boolean);
    try {
      if (parts[0] === 'record' && parts[1]) return await record(parts[1]);
      if (parts[0] === 'queue' && parts[1]) return await queue(parts[1]);
      if (parts[0] === 'drafts' && me.role === 'first_contact') return await drafts();
      if (parts[0] === 'inbox' && me.role === 'first_contact') return await inbox();
      if (parts[0] === 'audit' && me.role === 'admin') return await audit();
      if (parts[0] === 'users' && me.role === 'admin') return await users();
      if (parts[0] === 'settings' && me.role === 'admin') return await settings();
      const first = navLinks()[0];
      if (first) location.replace(first[0]);
    } catch (e) { showError(e); }
  }

  function beep() {
    try {
      const ctx = new (window.AudioContext || window.webkitAudioContext)();
      const osc = ctx.createOscillator(); const gain = ctx.createGain();
      osc.frequency.value = 880; gain.gain.value = 0.15; osc.connect(gain); gain.connect(ctx.destination);
      osc.start(); osc.stop(ctx.currentTime + 0.25); osc.onended = () => ctx.close();
    } catch (e) { /* no audio device: the visual cue and the announcement remain */ }
  }

  function connectLive() {
    const status = document.getElementById('live-status');
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/worker/live');
    ws.onopen = () => { status.textContent = t('inbox.liveOn'); document.body.dataset.live = 'on'; };
    ws.onmessage = (ev) => {
      const m = JSON.parse(ev.data);
      if (m.type !== 'record-saved') return;
      const onList = (location.hash.startsWith('#/inbox') && m.status === 'new') || (location.hash.startsWith('#/drafts') && m.status === 'draft') || location.hash === '#/queue/' + m.team;
      // An urgent record is in the inbox from the first alarming message and is saved again on every
      // turn of the conversation: announce each record once.
      if (m.status === 'new' && !arrived.has(m.id)) {
        arrived.add(m.id);
        if (m.urgent) beep();
        say(m.urgent ? t('inbox.newUrgent', { reference: m.reference }) : t('inbox.newRecord', { reference: m.reference }), m.urgent);
      }
      if (onList) refreshList();
    };
    ws.onclose = () => { status.textContent = t('inbox.liveOff'); document.body.dataset.live = 'off'; setTimeout(connectLive, 3000); };
  }
  /** Re-renders a list in place without moving the keyboard focus. */
  async function refreshList() {
    const active = document.activeElement && document.activeElement.id;
    const hash = location.hash;
    try {
      if (hash.startsWith('#/inbox')) { const { records } = await api('/intakes?view=inbox'); replaceList(records.length ? recordTable(records, { select: true }) : h('p', {}, t('inbox.empty'))); }
      else if (hash.startsWith('#/drafts')) { const { records } = await api('/intakes?view=drafts'); replaceList(records.length ? recordTable(records, { drafts: true }) : h('p', {}, t('drafts.empty'))); }
      else if (hash.startsWith('#/queue/')) { const { records } = await api('/queues/' + encodeURIComponent(hash.slice(8))); replaceList(records.length ? recordTable(records, { deadline: true, select: true }) : h('p', {}, t('queue.empty'))); }
    } catch (e) { /* next push or navigation retries */ }
    if (active && document.getElementById(active)) document.getElementById(active).focus();
  }
  function replaceList(node) {
    const v = view();
    const old = v.querySelector('table, h2 + p');
    if (old) old.replaceWith(node); else v.append(node);
  }

  (async function start() {
    await PK.initI18n();
    const res = await fetch('/worker/api/me', { credentials: 'same-origin' });
    if (res.status === 401) { location.assign('/worker/login'); return; }
    const body = await res.json();
    me = body.user; csrf = body.csrfToken;
    me.queues = me.role === 'admin' ? [] : (await api('/queues')).queues;
    document.getElementById('who').textContent = t('app.loggedAs', { login: me.login, role: t('role.' + me.role) });
    document.getElementById('nav').setAttribute('aria-label', t('nav.label'));
    document.getElementById('logout').addEventListener('click', async () => { await api('/logout', { method: 'POST', body: {} }).catch(() => null); location.assign('/worker/login'); });
    window.addEventListener('hashchange', route);
    if (me.role !== 'admin') connectLive();
    await route();
    document.body.dataset.ready = '1';
  })();
})();
