// Converts world-atlas countries-110m (TopoJSON, ids = ISO 3166-1 numeric = UN M49) to the GeoJSON Haven ships in
// static/maps/world-110m.json: properties {name, m49}, coordinates rounded to 0.01 degree, and rings that cross the
// antimeridian (Russia, Fiji) clamped to the side where most of their points lie, so a flat map draws no streaks.
// Run: npm install world-atlas@2.0.2 topojson-client@3.1.0 && node convert-world.js > world-110m.json
const topo = require('world-atlas/countries-110m.json');
const {feature} = require('topojson-client');
const fc = feature(topo, topo.objects.countries);
const round = x => Math.round(x * 100) / 100;
function walk(c) { return typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(walk); }
function clamp(ring) {
  let jump = false;
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) jump = true;
  if (!jump) return ring;
  const east = ring.filter(p => p[0] > 0).length >= ring.length / 2;
  return ring.map(p => (east && p[0] < 0) ? [180, p[1]] : (!east && p[0] > 0) ? [-180, p[1]] : p);
}
const out = {type: 'FeatureCollection', features: fc.features.map(f => {
  let coords = walk(f.geometry.coordinates);
  if (f.properties.name !== 'Antarctica') { // its ring runs round the pole and is drawn correctly as it is
    coords = f.geometry.type === 'Polygon' ? coords.map(clamp) : coords.map(p => p.map(clamp));
  }
  return {type: 'Feature', properties: {name: f.properties.name, m49: f.id === undefined ? null : f.id},
    geometry: {type: f.geometry.type, coordinates: coords}};
})};
process.stdout.write(JSON.stringify(out));
