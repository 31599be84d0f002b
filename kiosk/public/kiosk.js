/* Pierwszy Kontakt – lobby kiosk. Plain browser JavaScript, no build step, no outside resources.
 * One person = one WebSocket = one conversation. Bot text is only ever put in the page as text. */
'use strict';
(function () {
  var DIGIT_EXPECTS = ['phone', 'pesel', 'age', 'householdSize', 'monthlyIncome'];
  var REFERENCE = /PK-\d{4}-\d{6}/;

  var $ = function (id) { return document.getElementById(id); };
  var el = {
    brand: $('brand'), welcome: $('welcome'), talk: $('talk'), end: $('end'), nav: $('nav'), main: $('main'),
    said: $('said'), question: $('question'), choices: $('choices'), form: $('answer-form'), label: $('answer-label'),
    input: $('answer'), long: $('answer-long'), keypad: $('keypad'), waiting: $('waiting'), endSaid: $('end-said'),
    ticket: $('ticket'), print: $('print'), back: $('back'), restart: $('restart'), idle: $('idle'),
    idleSeconds: $('idle-seconds'), moreTime: $('more-time'), readToggle: $('read-toggle'), start: $('start')
  };

  var limits = { warn: 60, reset: 90 };
  var socketPath = '/kiosk/socket';
  var conversationId = null;
  var socket = null;
  var turn = [];          // bot messages of the turn in progress
  var current = null;     // the question shown: { text, pk, actions }
  var finished = false;
  var readAloud = false;
  var timers = { warn: null, reset: null, tick: null };
  var speech = window.speechSynthesis && typeof window.SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null;

  // ---------- settings from the server; the URL may only shorten the inactivity limits ----------
  function shorter(param, max) {
    var v = Number(new URLSearchParams(location.search).get(param));
    return isFinite(v) && v > 0 && v < max ? v : max;
  }
  // Texts the script writes itself come from locales/pl/kiosk.json through /kiosk/config.json.
  var S = {
    brand: 'Pierwszy Kontakt', disconnected: '', readOne: '', readOneLabel: '', digitsLabel: '', ownWordsLabel: '',
    answerLabel: '', ticketNextDefault: '', idleTitle: ''
  };
  fetch('/kiosk/config.json').then(function (r) { return r.json(); }).then(function (c) {
    if (c.strings) Object.keys(c.strings).forEach(function (k) { S[k] = c.strings[k]; });
    limits.warn = shorter('warn', c.warnAfterSeconds);
    limits.reset = Math.max(shorter('reset', c.resetAfterSeconds), limits.warn + 1);
    socketPath = c.socket || socketPath;
    document.documentElement.setAttribute('data-idle', limits.warn + '/' + limits.reset);
    if (c.centre) el.brand.textContent = S.brand + ' – ' + c.centre;
  }).catch(function () { /* defaults stay */ });

  // ---------- screens ----------
  function show(screen) {
    [el.welcome, el.talk, el.end].forEach(function (s) { s.hidden = s !== screen; });
    el.nav.hidden = screen === el.welcome;
    el.back.hidden = screen !== el.talk;
  }

  function begin() {
    wipe();
    show(el.talk);
    setWaiting(true);
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + socketPath;
    socket = new WebSocket(url);
    socket.onmessage = function (e) {
      var msg;
      try { msg = JSON.parse(e.data); } catch (err) { return; }
      if (msg.type === 'session') conversationId = msg.conversation;
      else if (msg.type === 'activity') turn.push(msg);
      else if (msg.type === 'turn-end') endOfTurn();
    };
    socket.onclose = function () {
      if (socket && !finished && !el.talk.hidden) {
        setWaiting(false);
        el.question.textContent = S.disconnected;
        el.choices.textContent = '';
        el.form.hidden = true;
      }
    };
    armIdle();
  }

  /** Everything of the person who was here goes: socket, texts, answers, ticket, settings. */
  function wipe() {
    if (socket) { var s = socket; socket = null; s.onclose = null; s.close(); }
    if (speech) speech.cancel();
    turn = []; current = null; finished = false;
    [el.said, el.question, el.choices, el.endSaid].forEach(function (n) { n.textContent = ''; });
    ['ticket-ref', 'ticket-team', 'ticket-rooms', 'ticket-next', 'ticket-hours', 'ticket-centre'].forEach(function (id) { $(id).textContent = ''; });
    el.input.value = ''; el.long.value = '';
    el.ticket.hidden = true; el.print.hidden = true;
    hideIdle();
  }

  function resetForNextPerson() {
    wipe();
    clearIdle();
    setSize(1);
    setReadAloud(false);
    show(el.welcome);
    el.start.focus();
  }

  function send(text) {
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    setWaiting(true);
    socket.send(JSON.stringify({ text: text }));
  }

  function setWaiting(on) {
    el.waiting.hidden = !on;
    Array.prototype.forEach.call(document.querySelectorAll('#talk button, #nav button'), function (b) { b.disabled = on; });
    el.input.disabled = on; el.long.disabled = on;
  }

  // ---------- rendering a turn ----------
  function endOfTurn() {
    var messages = turn; turn = [];
    // A counter tests (and kiosk monitoring) can wait on; carries no content.
    document.documentElement.setAttribute('data-turns', String(Number(document.documentElement.getAttribute('data-turns') || 0) + 1));
    var asking = null;
    for (var i = messages.length - 1; i >= 0; i--) if (messages[i].pk) { asking = messages[i]; break; }
    var before = messages.filter(function (m) { return m !== asking && m.text; });
    setWaiting(false);
    if (!asking) return finish(messages.filter(function (m) { return m.text; }));
    current = asking;
    renderSaid(el.said, before);
    renderQuestion(asking);
    if (readAloud) speakAll(before.map(function (m) { return m.text; }).concat([asking.text]));
  }

  function renderSaid(container, messages) {
    container.textContent = '';
    messages.forEach(function (m) {
      var item = document.createElement('div');
      item.className = 'said-item';
      var p = document.createElement('p');
      p.textContent = m.text;
      item.appendChild(p);
      if (speech) item.appendChild(speakButton(m.text));
      container.appendChild(item);
    });
  }

  function speakButton(text) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'speak';
    b.textContent = S.readOne;
    b.setAttribute('aria-label', S.readOneLabel + text.slice(0, 60));
    b.addEventListener('click', function () { speakAll([text]); });
    return b;
  }

  function renderQuestion(q) {
    var pk = q.pk || {};
    el.question.textContent = q.text;
    var old = el.question.parentNode.querySelector('.speak');
    if (old) old.remove();
    if (speech) el.question.insertAdjacentElement('afterend', speakButton(q.text));
    el.choices.textContent = '';
    var titles = (pk.choices && pk.choices.length ? pk.choices.map(function (c) { return c.title; }) : q.actions) || [];
    titles.forEach(function (title) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'choice big';
      b.textContent = title;
      b.addEventListener('click', function () { send(title); });
      el.choices.appendChild(b);
    });
    var digits = !!pk.keypad || DIGIT_EXPECTS.indexOf(pk.expect) >= 0;
    var free = digits || !!pk.allowFreeText || titles.length === 0;
    el.form.hidden = !free;
    el.keypad.hidden = !digits;
    var long = free && !digits && pk.expect === 'text';
    el.input.hidden = long; el.long.hidden = !long;
    el.input.value = ''; el.long.value = '';
    el.input.setAttribute('inputmode', digits ? 'numeric' : 'text');
    el.label.textContent = digits ? S.digitsLabel : titles.length ? S.ownWordsLabel : S.answerLabel;
    // Focus the start of the new screen, so a screen reader reads the new question from the top.
    el.main.focus();
  }

  function finish(messages) {
    finished = true;
    current = null;
    if (socket) { var s = socket; socket = null; s.onclose = null; s.close(); }
    show(el.end);
    renderSaid(el.endSaid, messages);
    if (readAloud) speakAll(messages.map(function (m) { return m.text; }));
    var ref = null;
    messages.forEach(function (m) { var found = REFERENCE.exec(m.text); if (found) ref = found[0]; });
    if (ref) loadTicket(ref);
    el.restart.focus();
  }

  function loadTicket(ref) {
    fetch('/kiosk/ticket/' + encodeURIComponent(ref) + '?c=' + encodeURIComponent(conversationId || '')).then(function (r) {
      if (!r.ok) throw new Error('no ticket');
      return r.json();
    }).then(function (t) {
      $('ticket-ref').textContent = t.reference;
      $('ticket-team').textContent = t.team + (t.urgent ? ' – sprawa pilna' : '');
      $('ticket-rooms').textContent = t.rooms && t.rooms.length ? t.rooms.join(' lub ') : (t.firstContactRoom || '–');
      $('ticket-next').textContent = t.next || S.ticketNextDefault;
      $('ticket-hours').textContent = t.hours + '. Tel. ' + t.phone + '.';
      $('ticket-centre').textContent = t.centre;
      el.ticket.hidden = false;
      el.print.hidden = false;
    }).catch(function () {
      // Without the ticket data, the number alone is still worth printing.
      $('ticket-ref').textContent = ref;
      el.ticket.hidden = false;
      el.print.hidden = false;
    });
  }

  // ---------- answering ----------
  el.form.addEventListener('submit', function (e) {
    e.preventDefault();
    var field = el.long.hidden ? el.input : el.long;
    var text = field.value.trim();
    if (!text) { field.focus(); return; }
    send(text);
  });
  el.keypad.addEventListener('click', function (e) {
    var key = e.target.closest && e.target.closest('.key');
    if (!key) return;
    var k = key.getAttribute('data-key');
    el.input.value = k === 'back' ? el.input.value.slice(0, -1) : el.input.value + k;
  });
  el.back.addEventListener('click', function () { send('cofnij'); });
  el.restart.addEventListener('click', function () {
    if (finished || !socket) resetForNextPerson();
    else send('od nowa');
  });
  el.start.addEventListener('click', begin);
  el.print.addEventListener('click', function () { window.print(); });

  // ---------- text size and reading aloud ----------
  function setSize(n) {
    document.documentElement.classList.remove('size-2', 'size-3');
    if (n > 1) document.documentElement.classList.add('size-' + n);
    Array.prototype.forEach.call(document.querySelectorAll('[data-size]'), function (b) {
      b.setAttribute('aria-pressed', String(Number(b.getAttribute('data-size')) === n));
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-size]'), function (b) {
    b.addEventListener('click', function () { setSize(Number(b.getAttribute('data-size'))); });
  });

  function polishVoice() {
    var voices = speech ? speech.getVoices() : [];
    return voices.filter(function (v) { return /^pl([-_]|$)/i.test(v.lang); })[0] || null;
  }
  function speakAll(texts) {
    if (!speech) return;
    speech.cancel();
    var voice = polishVoice();
    texts.forEach(function (t) {
      var u = new SpeechSynthesisUtterance(t);
      u.lang = 'pl-PL';
      if (voice) u.voice = voice;
      u.rate = 0.9;
      speech.speak(u);
    });
  }
  function setReadAloud(on) {
    readAloud = on;
    el.readToggle.setAttribute('aria-pressed', String(on));
    if (!on && speech) speech.cancel();
  }
  if (speech) {
    el.readToggle.hidden = false;
    el.readToggle.addEventListener('click', function () {
      setReadAloud(!readAloud);
      if (readAloud && current) speakAll([current.text]);
    });
  }

  // ---------- inactivity: warn, then wipe the screen for the next person ----------
  function clearIdle() {
    clearTimeout(timers.warn); clearTimeout(timers.reset); clearInterval(timers.tick);
  }
  function hideIdle() { el.idle.hidden = true; }
  function armIdle() {
    clearIdle();
    hideIdle();
    if (!el.welcome.hidden) return;
    timers.warn = setTimeout(warnIdle, limits.warn * 1000);
    timers.reset = setTimeout(resetForNextPerson, limits.reset * 1000);
  }
  function warnIdle() {
    var left = limits.reset - limits.warn;
    el.idleSeconds.textContent = String(left);
    el.idle.hidden = false;
    el.moreTime.focus();
    if (readAloud) speakAll([S.idleTitle]);
    timers.tick = setInterval(function () {
      left = Math.max(0, left - 1);
      el.idleSeconds.textContent = String(left);
    }, 1000);
  }
  el.moreTime.addEventListener('click', armIdle);
  ['pointerdown', 'keydown', 'input'].forEach(function (type) {
    document.addEventListener(type, function (e) {
      if (el.welcome.hidden && !(e.target === el.moreTime)) armIdle();
    }, true);
  });

  show(el.welcome);
})();
