/* The /chat page: gets a conversation-scoped token from our server and starts Microsoft Web Chat
   against our own Direct Line endpoint. A reload in the same tab resumes the same conversation. */
(function () {
  'use strict';
  var KEY = 'pk-chat-session';
  var domain = location.origin + '/v3/directline';
  var el = document.getElementById('webchat');

  function showError(text) {
    el.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'pk-error';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    el.appendChild(p);
  }

  function post(url, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(url, { method: 'POST', headers: headers }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  /** The saved conversation of this tab, with a fresh token; null when there is none or it expired. */
  function resume() {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    } catch (e) {
      saved = null;
    }
    if (!saved || !saved.token || !saved.conversationId) return Promise.resolve(null);
    return post(domain + '/tokens/refresh', saved.token).then(
      function (r) { return { token: r.token, conversationId: saved.conversationId, userId: saved.userId, resumed: true }; },
      function () { sessionStorage.removeItem(KEY); return null; }
    );
  }

  function start(session) {
    sessionStorage.setItem(KEY, JSON.stringify({ token: session.token, conversationId: session.conversationId, userId: session.userId }));
    var options = { token: session.token, domain: domain, webSocket: true };
    // A resumed conversation reconnects (GET …/conversations/{id}) instead of starting a new one.
    if (session.resumed) options.conversationId = session.conversationId;
    var directLine = window.WebChat.createDirectLine(options);
    // Keep the saved token fresh: Direct Line JS refreshes it every 15 minutes.
    setInterval(function () {
      if (directLine.token) sessionStorage.setItem(KEY, JSON.stringify({ token: directLine.token, conversationId: session.conversationId, userId: session.userId }));
    }, 60000);
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        locale: 'pl-PL',
        userID: session.userId,
        styleOptions: {
          botAvatarInitials: 'OPS',
          userAvatarInitials: 'Ja',
          hideUploadButton: true,
          suggestedActionLayout: 'stacked',
          suggestedActionHeight: 44,
          sendBoxHeight: 56,
          primaryFont: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
          bubbleMaxWidth: 640,
          bubbleFromUserBackground: '#e7f0fb'
        }
      },
      el
    );
    var input = el.querySelector('input, textarea');
    if (input) input.focus();
  }

  if (!window.WebChat) {
    showError('Nie udało się wczytać czatu. Proszę odświeżyć stronę lub zadzwonić do ośrodka.');
    return;
  }
  resume()
    .then(function (s) { return s || post('/chat/token'); })
    .then(start)
    .catch(function () {
      showError('Czat jest chwilowo niedostępny. Proszę spróbować za chwilę lub zadzwonić do ośrodka.');
    });
})();
