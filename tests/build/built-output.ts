// Where the Electron build is (out/, or ATTUNE_OUT for a private build while iterating), and a
// loud failure when it is missing: these tests check the build, they never skip it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAst } from 'vite';

export const OUT = path.resolve(process.env.ATTUNE_OUT ?? 'out');

export function builtFile(rel: string): string {
  const file = path.join(OUT, rel);
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` first (npm test builds before running vitest)`);
  return file;
}

export function readBuilt(rel: string): string {
  return readFileSync(builtFile(rel), 'utf8');
}

/** Every file under a built folder, as paths relative to it. */
export function listBuilt(rel: string): string[] {
  const root = builtFile(rel);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [path.relative(root, full)];
    });
  return walk(root);
}

export interface ModuleRequests {
  /** `import … from 'x'` and `export … from 'x'` */
  staticImports: string[];
  /** `import('x')`, or '<computed>' when the argument is not a string literal */
  dynamicImports: string[];
  /** `require('x')`, or '<computed>' */
  requires: string[];
}

/**
 * What a bundle asks the module loader for, found by parsing it (with the parser vite already
 * ships), so text inside strings, templates and comments never counts.
 */
export function moduleRequests(code: string): ModuleRequests {
  const found: ModuleRequests = { staticImports: [], dynamicImports: [], requires: [] };
  type Node = { type?: string; [key: string]: unknown };
  const literal = (node: unknown) => {
    const n = node as Node | undefined;
    if (n?.type === 'Literal' && typeof n.value === 'string') return n.value;
    if (n?.type === 'TemplateLiteral' && (n.expressions as unknown[]).length === 0)
      return ((n.quasis as { value: { cooked: string } }[])[0]?.value.cooked ?? '') as string;
    return '<computed>';
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as Node;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        found.staticImports.push(literal(node.source));
        break;
      case 'ExportNamedDeclaration':
        if (node.source) found.staticImports.push(literal(node.source));
        break;
      case 'ImportExpression':
        found.dynamicImports.push(literal(node.source));
        break;
      case 'CallExpression': {
        const callee = node.callee as Node;
        if (callee.type === 'Identifier' && callee.name === 'require')
          found.requires.push(literal((node.arguments as unknown[])[0]));
        break;
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') visit(child);
  };
  visit(parseAst(code));
  return found;
}
