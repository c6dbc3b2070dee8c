// The small map on an incident's page. A point known only to a city or region is drawn as a
// hollow dashed area, never as a pin, so no reader takes a centroid for the scene.
const element = document.getElementById('incident-map');

const UNCERTAINTY_METRES = { street: 0, district: 1500, city: 4000, region: 25000, country: 90000 };
const ZOOM = { street: 16, district: 13, city: 12, region: 9, country: 7 };

if (element && window.L) {
  const lat = Number(element.dataset.lat);
  const lon = Number(element.dataset.lon);
  const precision = element.dataset.precision;
  const map = L.map(element, { scrollWheelZoom: false }).setView([lat, lon], ZOOM[precision] ?? 10);
  L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
  if (precision === 'street') {
    L.circleMarker([lat, lon], { radius: 8, weight: 2, color: '#7a1020', fillColor: '#c0392b', fillOpacity: 0.9 }).addTo(map);
  } else {
    L.circle([lat, lon], {
      radius: UNCERTAINTY_METRES[precision] ?? 5000,
      weight: 2, dashArray: '6 6', color: '#7a1020', fill: true, fillOpacity: 0.05,
    }).addTo(map);
  }
}
