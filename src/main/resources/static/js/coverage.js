// What the counts of a server-rendered page rest on, for its filters (the address's query),
// from /api/coverage: the same component the timeline and the place table answer with.
import { renderCoverage, translator } from './atlas.js';

const element = document.getElementById('coverage');
if (element) {
  const t = translator({ 'coverage.more': element.dataset.more });
  fetch('/api/coverage' + window.location.search, { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((coverage) => renderCoverage(element, coverage, t))
    .catch(() => {});
}
