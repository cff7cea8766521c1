// Progressive enhancement only: every page works without this file.
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

initAll();

// Warns two minutes before the session's idle timeout; the server ends the session either way.
const warning = document.getElementById('session-warning');
if (warning) {
  const idleMs = Number(warning.dataset.idleMinutes) * 60_000;
  setTimeout(
    () => {
      warning.hidden = false;
      warning.querySelector('.nhsuk-notification-banner')?.focus();
    },
    Math.max(idleMs - 120_000, 0),
  );
}
