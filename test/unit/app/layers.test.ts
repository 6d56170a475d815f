import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The code's shape, checked on every run: no import circles in src/ and workers/, and no import that
 * runs up the layers (views → state → data client → worker → core). Imports are read with regular
 * expressions (no parser dependency); every relative import must resolve to a file, so a form the
 * expressions misread fails here instead of silently leaving an edge out.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['src', 'workers'];
const EXTENSIONS = ['', '.ts', '.svelte', '.svelte.ts', '/index.ts'];

const STATIC = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]/g;
const DYNAMIC = /import\(\s*['"]([^'"\n]+)['"]\s*\)/g;
const WORKER_URL = /new\s+URL\(\s*['"]([^'"\n]+)['"]\s*,\s*import\.meta\.url/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Import specifiers of a file; comment lines (`//`, ` * `) are skipped so prose is not read as code. */
function importsOf(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');
  const specs: string[] = [];
  for (const re of [STATIC, DYNAMIC, WORKER_URL]) for (const m of code.matchAll(re)) specs.push(m[1]);
  return specs;
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const candidates = EXTENSIONS.map((ext) => base + ext);
  if (base.endsWith('.js')) candidates.push(base.slice(0, -3) + '.ts');
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

interface Graph {
  edges: Map<string, string[]>;
  bare: Map<string, string[]>;
  unresolved: string[];
}

function buildGraph(files: string[]): Graph {
  const graph: Graph = { edges: new Map(), bare: new Map(), unresolved: [] };
  for (const file of files) {
    const rel = relative(ROOT, file);
    const edges: string[] = [];
    const bare: string[] = [];
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        bare.push(spec);
        continue;
      }
      const target = resolveImport(file, spec);
      if (target) edges.push(relative(ROOT, target));
      else graph.unresolved.push(`${rel} → ${spec}`);
    }
    graph.edges.set(rel, edges);
    graph.bare.set(rel, bare);
  }
  return graph;
}

/** Every circle found by a depth-first search, each as the path that closes it. */
function findCycles(edges: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next)) continue; // outside src/ and workers/ (e.g. a CSS file)
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** What a file in each low layer may not import (paths relative to the repository root). */
const FORBIDDEN: { layer: string; files: RegExp; forbidden: RegExp; bare?: RegExp }[] = [
  {
    layer: 'core imports only core',
    files: /^src\/core\//,
    forbidden: /^(?!src\/core\/)/,
    bare: /^(svelte|comlink|node:)/,
  },
  { layer: 'workers import only src/core from src/', files: /^workers\//, forbidden: /^src\/(?!core\/)/ },
  {
    layer: 'the data client does not import state or anything above it',
    files: /^src\/data\//,
    forbidden: /^src\/(state|views|components|charts|graph|App\.svelte|main\.ts)/,
  },
  {
    layer: 'state does not import views or components',
    files: /^src\/state\//,
    forbidden: /^src\/(views|components|App\.svelte|main\.ts|bench-hook\.ts)/,
  },
];

function layerViolations(graph: Graph): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph.edges) {
    for (const rule of FORBIDDEN) {
      if (!rule.files.test(file)) continue;
      for (const t of targets) if (rule.forbidden.test(t)) out.push(`${file} → ${t} (${rule.layer})`);
      for (const b of graph.bare.get(file) ?? [])
        if (rule.bare?.test(b)) out.push(`${file} → ${b} (${rule.layer})`);
    }
  }
  return out;
}

const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
const graph = buildGraph(files);

describe('code layers', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.unresolved).toEqual([]);
    // Known edges, so a broken expression cannot pass by reading nothing.
    expect(graph.edges.get('src/state/app.svelte.ts')).toContain('src/state/permalink.ts');
    expect(graph.edges.get('src/main.ts')).toContain('src/App.svelte');
    expect(graph.edges.get('src/App.svelte')).toContain('src/state/app.svelte.ts');
  });

  it('has no import circle in src/ or workers/', () => {
    expect(findCycles(graph.edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('has no import that runs up the layers', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('registers every view’s link parameters before the app reads the link', () => {
    const views = readdirSync(join(ROOT, 'src/views')).filter((v) =>
      existsSync(join(ROOT, 'src/views', v, 'params.ts')),
    );
    expect(views.length).toBeGreaterThanOrEqual(4);
    const index = graph.edges.get('src/views/index.ts') ?? [];
    for (const v of views) expect(index).toContain(`src/views/${v}/params.ts`);
    // main.ts imports the registrations before App (which creates the app state that reads the link).
    const main = graph.edges.get('src/main.ts') ?? [];
    expect(main.indexOf('src/views/index.ts')).toBeGreaterThanOrEqual(0);
    expect(main.indexOf('src/views/index.ts')).toBeLessThan(main.indexOf('src/App.svelte'));
  });
});

describe('the checks themselves', () => {
  it('find a circle and the path that closes it', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(findCycles(edges)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('read every import form the code uses', () => {
    const text = [
      "import { a, type B } from './a';",
      "import type {\n  C,\n  D,\n} from '../c.ts';",
      "import './side-effect';",
      "export { e } from './e';",
      "export * from './f';",
      "const w = new Worker(new URL('./w.ts', import.meta.url), { type: 'module' });",
      "const m = await import('./lazy');",
      "// import { no } from './comment';",
      " * import { no } from './jsdoc';",
      'const s = \'not an import from "./string"\';',
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../c.ts', './side-effect', './e', './f', './lazy', './w.ts']);
  });

  it('flag an import up the layers', () => {
    const fake: Graph = {
      edges: new Map([
        ['src/state/x.ts', ['src/views/agents/params.ts']],
        ['src/core/y.ts', ['src/data/client.ts']],
        ['workers/z.ts', ['src/state/app.svelte.ts', 'src/core/frame.ts']],
        ['src/data/w.ts', ['src/state/permalink.ts']],
      ]),
      bare: new Map([['src/core/y.ts', ['svelte']]]),
      unresolved: [],
    };
    expect(layerViolations(fake)).toHaveLength(5);
  });
});
