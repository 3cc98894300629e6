/**
 * A V8 CPU profile (`node --cpu-prof`) as a flame graph in SVG, and its heaviest functions as a table: what
 * docs/benchmarks.md shows of where the API's time goes. Idle time and the process's start-up (everything under
 * the main module's first run) are left out, so the picture is the time spent answering requests.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface Frame {
  name: string;
  kind: 'kyodo' | 'package' | 'node' | 'native';
  selfMs: number;
  totalMs: number;
  children: Frame[];
}

const LEFT_OUT = new Set(['(idle)', '(program)', '(garbage collector)']);
/** The process's start: its main module's first run, and the API's bootstrap (Nest's set-up, the OpenAPI scan). */
const START_UP = 'node:internal/main/run_main_module';
const isStartUp = (frame: CallFrame) =>
  frame.url === START_UP || (frame.functionName === 'bootstrap' && frame.url.endsWith('apps/api/src/main.js'));

function kindOf(frame: CallFrame): Frame['kind'] {
  if (frame.url.includes('/dist/')) return frame.url.includes('node_modules') ? 'package' : 'kyodo';
  if (frame.url.includes('node_modules')) return 'package';
  if (frame.url.startsWith('node:')) return 'node';
  return 'native';
}

function nameOf(frame: CallFrame): string {
  const where = frame.url
    .replace(/^.*node_modules\//, '')
    .replace(/^.*\/dist\//, '')
    .replace(/^file:\/\//, '');
  return `${frame.functionName || '(anonymous)'}${where ? ` ${where}:${frame.lineNumber + 1}` : ''}`;
}

/** The profile's call tree with milliseconds, start-up and idle removed. */
export function callTree(profile: CpuProfile): { root: Frame; gcMs: number; requestMs: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let gcMs = 0;
  const build = (node: ProfileNode): Frame | null => {
    const name = node.callFrame.functionName;
    if (name === '(garbage collector)') gcMs += (selfUs.get(node.id) ?? 0) / 1000;
    if (LEFT_OUT.has(name) || isStartUp(node.callFrame)) return null;
    const children = (node.children ?? []).map((id) => build(byId.get(id)!)).filter((c): c is Frame => c !== null);
    const selfMs = (selfUs.get(node.id) ?? 0) / 1000;
    const totalMs = selfMs + children.reduce((sum, child) => sum + child.totalMs, 0);
    children.sort((a, b) => b.totalMs - a.totalMs);
    return { name: nameOf(node.callFrame), kind: kindOf(node.callFrame), selfMs, totalMs, children };
  };
  const root = build(profile.nodes[0]!)!;
  root.name = 'all request work';
  return { root, gcMs, requestMs: root.totalMs + gcMs };
}

/** Self time summed by function, heaviest first. */
export function heaviest(root: Frame, count: number): Array<{ name: string; ms: number }> {
  const sums = new Map<string, number>();
  const walk = (frame: Frame) => {
    sums.set(frame.name, (sums.get(frame.name) ?? 0) + frame.selfMs);
    frame.children.forEach(walk);
  };
  walk(root);
  return [...sums]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

const COLOURS: Record<Frame['kind'], string> = {
  kyodo: '#4e79a7',
  package: '#f28e2b',
  node: '#bab0ac',
  native: '#e15759',
};
const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** An SVG flame graph (callers below, callees above), each box as wide as its share of the request work. */
export function flameGraphSvg(root: Frame, title: string, width = 1200): string {
  const rowHeight = 17;
  const boxes: string[] = [];
  let depth = 0;
  const place = (frame: Frame, x: number, level: number, scale: number) => {
    depth = Math.max(depth, level);
    const w = frame.totalMs * scale;
    if (w < 0.5) return;
    boxes.push(
      `<g><title>${escapeXml(frame.name)} — ${frame.totalMs.toFixed(0)} ms (${((100 * frame.totalMs) / root.totalMs).toFixed(1)}%)</title>` +
        `<rect x="${x.toFixed(1)}" y="{Y${level}}" width="${w.toFixed(1)}" height="${rowHeight - 1}" fill="${COLOURS[frame.kind]}"/>` +
        (w > 40
          ? `<text x="${(x + 3).toFixed(1)}" y="{T${level}}">${escapeXml(frame.name.slice(0, Math.floor(w / 6.5)))}</text>`
          : '') +
        '</g>',
    );
    let childX = x;
    for (const child of frame.children) {
      place(child, childX, level + 1, scale);
      childX += child.totalMs * scale;
    }
  };
  place(root, 0, 0, width / root.totalMs);
  const height = (depth + 1) * rowHeight + 40;
  const rowY = (level: number) => height - 20 - (level + 1) * rowHeight;
  const body = boxes
    .join('\n')
    .replace(/\{Y(\d+)\}/g, (_, level: string) => String(rowY(Number(level))))
    .replace(/\{T(\d+)\}/g, (_, level: string) => String(rowY(Number(level)) + 12));
  const legend = Object.entries(COLOURS)
    .map(
      ([kind, colour], i) =>
        `<rect x="${600 + i * 140}" y="6" width="12" height="12" fill="${colour}"/><text x="${616 + i * 140}" y="16">${kind}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="monospace" font-size="11">
<rect width="100%" height="100%" fill="#fff"/><text x="4" y="16" font-size="13">${escapeXml(title)}</text>${legend}
${body}
</svg>
`;
}
