// Follows a running import: the progress bar fills, and the page reloads when the run ends.
const section = document.getElementById('progress-section');
if (section) {
  const bar = document.getElementById('import-progress');
  const poll = async () => {
    const response = await fetch(section.dataset.statusUrl, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const status = await response.json();
      bar.max = status.total;
      bar.value = status.processed;
      if (status.status !== 'running') { window.location.reload(); return; }
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 500);
}
