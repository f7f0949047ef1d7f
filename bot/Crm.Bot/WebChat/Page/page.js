// The local Web Chat page: lists the store's users, gets a Direct Line token for the chosen one from
// this bot (never from the internet) and renders the official Web Chat against /v3/directline.
(async () => {
  const select = document.getElementById('user');
  const start = document.getElementById('start');
  const who = document.getElementById('who');
  const host = document.getElementById('webchat');
  const roles = { rep: 'sales rep', manager: 'manager', support: 'support agent', admin: 'admin' };

  const response = await fetch('webchat/users');
  const users = response.ok ? await response.json() : [];
  select.innerHTML = '';
  for (const user of users) {
    const option = document.createElement('option');
    option.value = user.id;
    option.textContent = `${user.name} — ${roles[user.role] || user.role}, ${user.locale}`;
    select.appendChild(option);
  }
  if (users.length === 0) {
    host.innerHTML = '<p class="notice">The store has no users yet: import data (crm import) or start with demo data.</p>';
    return;
  }
  const wanted = new URLSearchParams(location.search).get('user');
  if (wanted && users.some(u => u.id === wanted)) select.value = wanted;
  select.disabled = false;
  start.disabled = !window.WebChat;

  start.addEventListener('click', async () => {
    const user = users.find(u => u.id === select.value);
    const tokenResponse = await fetch('webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: user.id })
    });
    if (!tokenResponse.ok) {
      host.innerHTML = '<p class="notice">Could not start a conversation for this user.</p>';
      return;
    }
    const { token } = await tokenResponse.json();
    const directLine = window.WebChat.createDirectLine({ domain: new URL('v3/directline', location.href).href, token });
    host.innerHTML = '';
    document.documentElement.lang = user.locale;
    who.textContent = `${user.name} (${user.id})`;
    // No upload button: this endpoint has no /upload (transcripts arrive through Teams).
    const styleOptions = { hideUploadButton: true };
    window.WebChat.renderWebChat({ directLine, userID: user.id, username: user.name, locale: user.locale, styleOptions }, host);
    host.querySelector('input, textarea')?.focus();
  });
})();
