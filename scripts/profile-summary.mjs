// Reads a V8 CPU profile (.cpuprofile, as Chrome DevTools saves it and opens it as a flame chart) and
// says where the time went: self time by area (our code, each package, Node's internals, garbage
// collection, idle) and the functions that cost most. Used by `npm run bench -- --profile`.
import { relative } from 'node:path';

/** The area a frame's script belongs to: a package, Node itself, our own code, or V8's pseudo-frames. */
export function areaOf(url, functionName, root) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const rest = path.slice(inModules + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return `red chair: ${relative(root, path).split('/').slice(0, 4).join('/')}`;
}

export function summarise(profile, root, { top = 30 } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  // timeDeltas[i] is the time since the previous sample: it belongs to samples[i].
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0) || 1;
  const areas = new Map();
  const functions = new Map();
  for (const [id, micros] of selfMicros) {
    const { callFrame } = byId.get(id);
    const area = areaOf(callFrame.url, callFrame.functionName, root);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const where = callFrame.url ? `${callFrame.url.replace(/^file:\/\//, '').replace(`${root}/`, '')}:${callFrame.lineNumber + 1}` : '';
    const key = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  const busy = total - (areas.get('(idle)') ?? 0);
  const percent = (micros, of) => `${((100 * micros) / of).toFixed(1).padStart(5)} %`;
  const rank = (map, of) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `${percent(micros, of)}  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  return [
    `sampled ${(total / 1e6).toFixed(1)} s, of which busy ${(busy / 1e6).toFixed(1)} s (${percent(busy, total).trim()}); shares below are of busy time`,
    '',
    'self time by area',
    ...rank(new Map([...areas].filter(([area]) => area !== '(idle)')), busy),
    '',
    `the ${top} functions with the most self time`,
    ...rank(new Map([...functions].filter(([name]) => !name.startsWith('(idle)'))), busy),
    '',
  ].join('\n');
}
