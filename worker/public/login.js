'use strict';
(async function () {
  await PK.initI18n();
  document.title = PK.t('login.title');
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    const res = await fetch('/worker/api/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: form.login.value, password: form.password.value }),
    });
    if (res.ok) { location.assign('/worker/'); return; }
    const body = await res.json().catch(() => ({}));
    error.textContent = res.status === 423 ? PK.t('login.locked', { minutes: body.minutes || 15 }) : res.status === 429 ? PK.t('login.tooMany') : PK.t('login.failed');
    form.password.value = '';
    form.password.focus();
  });
})();
