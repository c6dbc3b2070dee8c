// What every page script shares: its translated messages, HTML escaping, counts that say
// "not reported" instead of 0, and the type colours, read from the style sheet so that charts,
// markers and badges always agree.

/** The page's messages, from the JSON script element with this id (written by the server). */
export function messagesFrom(id) {
  const element = document.getElementById(id);
  return element ? JSON.parse(element.textContent) : {};
}

/** A translator over those messages: t('map.count', { n: 3 }) fills {n}. */
export function translator(messages) {
  return (key, values = {}) =>
    Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, value), messages[key] ?? key);
}

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** An incident's summary in the page's language when one was written, in English otherwise. */
export function readerSummary(incident) {
  return incident.summaries?.[document.documentElement.lang] ?? incident.summary;
}

/** A count as HTML: the number, or "not reported" (never 0) when the sources do not say. */
export function countHtml(t, value) {
  return value === null || value === undefined ? `<em class="not-reported">${escapeHtml(t('count.notReported'))}</em>` : value;
}

export const VIOLENCE_TYPES = ['shooting', 'explosion', 'kidnapping', 'homicide', 'assault', 'arson', 'threat'];

export const ENFORCEMENT_TYPES = ['seizure', 'arrest', 'raid', 'trial', 'conviction', 'extradition'];

/** The colour of a type, from the style sheet's custom property of the same name (--shooting, --seizure, ...). */
export function typeColour(type) {
  const style = getComputedStyle(document.documentElement);
  return (style.getPropertyValue('--' + type) || style.getPropertyValue('--enforcement')).trim();
}

/**
 * "Copy link" buttons copy the address of the view as it stands (the filters and the map's
 * centre are in it), and say so. Where the clipboard is not available, the address is shown
 * selected, ready to copy by hand.
 */
export function bindCopyLinks(root = document) {
  for (const button of root.querySelectorAll('button.copy-link')) {
    if (button.dataset.bound) continue;
    button.dataset.bound = 'true';
    const status = button.parentElement.querySelector('.copy-status');
    button.addEventListener('click', async () => {
      const address = window.location.href;
      try {
        await navigator.clipboard.writeText(address);
        status.textContent = button.dataset.copied;
      } catch (error) {
        const field = document.createElement('input');
        field.type = 'text';
        field.readOnly = true;
        field.value = address;
        field.className = 'copy-fallback';
        field.setAttribute('aria-label', button.dataset.failed);
        status.replaceChildren(field);
        field.select();
      }
      button.dataset.copiedAddress = address;
    });
  }
}

bindCopyLinks();

/**
 * A count that cannot be misread, as HTML: "n.r." (with its meaning as a tooltip and for screen
 * readers) when no source reports it, the number with "⁺" when some incidents do not report it
 * (so it is a lower bound), and "–" when nothing is recorded at all. The signs are explained in
 * the page's legend (fragments/coverage :: legend).
 */
export function signedCount(t, value, { incidents = 1, notReported = 0 } = {}) {
  const sign = (mark, title, cls) => `<abbr class="sign ${cls}" title="${escapeHtml(t(title))}">${escapeHtml(t(mark))}`
    + `<span class="visually-hidden"> (${escapeHtml(t(title))})</span></abbr>`;
  if (incidents === 0) return sign('sign.noneRecorded', 'sign.noneRecorded.title', 'none-recorded');
  if (value === null || value === undefined) return sign('sign.notReported', 'sign.notReported.title', 'not-reported');
  return notReported > 0 ? `${value}${sign('sign.lowerBound', 'sign.lowerBound.title', 'lower-bound')}` : String(value);
}

/** Shows what the counts rest on (a {@code coverage} object of the API) in the element: the sentence, then the gaps. */
export function renderCoverage(element, coverage, t, shown = 5) {
  if (!element || !coverage) return;
  const gaps = coverage.gaps ?? [];
  element.hidden = false;
  element.dataset.articles = coverage.articles;
  element.innerHTML = `<p class="coverage-articles">${escapeHtml(coverage.sentence)}</p>`
    + (gaps.length === 0 ? '' : '<ul class="coverage-gaps">'
      + gaps.slice(0, shown).map((g) => `<li>${escapeHtml(g.sentence)}</li>`).join('')
      + (gaps.length > shown ? `<li class="more"><details><summary>${escapeHtml(t('coverage.more').replace(/\{0[^}]*\}/, gaps.length - shown))}</summary>`
        + `<ul>${gaps.slice(shown).map((g) => `<li>${escapeHtml(g.sentence)}</li>`).join('')}</ul></details></li>` : '')
      + '</ul>');
}
