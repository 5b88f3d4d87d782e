import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every module of the app's source and the modules it imports at run time (type-only imports left out). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

export const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });

const resolveImport = (root: string, from: string, specifier: string): string | undefined => {
  let base: string;
  if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else if (specifier.startsWith('@shared/'))
    base = path.join(root, 'shared', specifier.slice('@shared/'.length));
  else if (specifier.startsWith('@renderer/'))
    base = path.join(root, 'renderer', specifier.slice('@renderer/'.length));
  else return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
};

const IMPORT = /^(?:import|export)(\s+type)?\s[^;]*?\sfrom\s+'([^']+)'/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*'([^']+)'\s*\)/g;

/** The specifiers a module imports at run time: with `import()` (loaded on demand) or only those loaded with it. */
const runTimeImports = (source: string, onDemand: boolean): string[] => [
  ...[...source.matchAll(IMPORT)].filter((match) => !match[1]).map((match) => match[2] ?? ''),
  ...(onDemand ? [...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1] ?? '') : []),
];

/** The packages a module imports by name and loads with itself (`react`, `echarts/core`…), not on demand. */
export const packagesLoadedWith = (root: string, file: string): string[] =>
  runTimeImports(readFileSync(path.join(root, file), 'utf8'), false).filter(
    (specifier) => !/^(\.|@shared\/|@renderer\/)/.test(specifier),
  );

/**
 * The graph of the source's modules. With `onDemand` false, an `import()` is no edge: the graph is then of the
 * modules loaded together, as the start script holds what `renderer/main.tsx` reaches in it.
 */
export const importGraph = (root: string, folders: readonly string[], onDemand = true): ImportGraph => {
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap((folder) => sourceFiles(path.join(root, folder)))) {
    const specifiers = runTimeImports(readFileSync(file, 'utf8'), onDemand);
    const targets = specifiers.flatMap((specifier) => resolveImport(root, file, specifier) ?? []);
    graph.set(path.relative(root, file).split(path.sep).join('/'), [
      ...new Set(targets.map((target) => path.relative(root, target).split(path.sep).join('/'))),
    ]);
  }
  return graph;
};

/** Every module `start` reaches in `graph`, itself included. */
export const reachedFrom = (graph: ImportGraph, start: string): Set<string> => {
  const reached = new Set<string>();
  const visit = (node: string): void => {
    if (reached.has(node)) return;
    reached.add(node);
    for (const next of graph.get(node) ?? []) visit(next);
  };
  visit(start);
  return reached;
};

/** The strongly connected components with more than one member (Tarjan): each one is an import cycle. */
export const cycles = (graph: ReadonlyMap<string, readonly string[]>): string[][] => {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
};

/** The graph between feature folders: an edge for every import from one feature into another. */
export const featureGraph = (graph: ImportGraph): Map<string, string[]> => {
  const feature = (file: string) => /^renderer\/features\/([^/]+)\//.exec(file)?.[1];
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = feature(file);
    if (!from) continue;
    for (const target of targets) {
      const to = feature(target);
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return new Map([...edges].map(([from, to]) => [from, [...to]]));
};
