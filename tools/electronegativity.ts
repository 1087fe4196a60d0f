// `npm run scan` (and a step of `npm test`): Doyensec's Electronegativity over the built Electron
// app (out/main, out/preload, out/renderer), offline, for the project's Electron version. Exits
// non-zero on any finding except the one that is informational by design: PRELOAD_JS_CHECK, which
// asks a person to review each preload script (done: docs/security.md, "Preload review").
//
// Equivalent to `electronegativity -i <copy of out> -x AvailableSecurityFixesGlobalCheck -e <version>`,
// with three differences that keep the scan honest and offline:
//  - the scanner's parsers predate ES2022, so a copy of the bundles is down-levelled to ES2019 with
//    TypeScript first (otherwise main/index.js fails to parse and is silently not scanned);
//  - .cjs/.mjs files (the sandboxed preload is index.cjs) are renamed .js, the only extensions the
//    scanner reads;
//  - its CLI fetches translations from the network at start-up; here its own bundled English
//    strings are used instead, and nothing leaves the machine.
// A file the scanner cannot parse is a failure too: an unscanned file is not a clean one.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Checks whose findings are expected and reviewed; anything else fails the scan. */
export const EXPECTED_CHECKS: Readonly<Record<string, string>> = {
  PRELOAD_JS_CHECK: 'informational: asks for a review of every preload script (see docs/security.md)',
};
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  description: string;
  manualReview: boolean;
  /** The source line the finding points at (in the scanned, down-levelled copy). */
  source: string;
}

export interface ScanResult {
  scanned: string[];
  findings: Finding[];
  /** Files the scanner could not parse (and so did not check). */
  parseErrors: { file: string; message: string }[];
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: string };
  confidence: { name: string };
  manualReview?: boolean;
}

type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

/** The Electron version the app is built against: the installed package, else package.json's range. */
export function electronVersion(): string {
  try {
    return (require(path.join(ROOT, 'node_modules/electron/package.json')) as { version: string }).version;
  } catch {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies?: Record<string, string>;
    };
    const range = pkg.devDependencies?.electron;
    const version = range?.match(/\d+\.\d+\.\d+/)?.[0];
    if (!version)
      throw new Error('cannot tell the Electron version: no node_modules/electron and no range in package.json');
    return version;
  }
}

let runner: Runner | null = null;
/** Loads Electronegativity's runner with its translation loader replaced by an offline one. */
function loadRunner(): Runner {
  if (runner) return runner;
  const pkgDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const fromPkg = createRequire(path.join(pkgDir, 'package.json'));
  const i18nModule = path.join(pkgDir, 'dist/locales/i18n.js');
  fromPkg(i18nModule);
  const cached = fromPkg.cache[i18nModule];
  if (!cached) throw new Error('could not load electronegativity’s i18n module');
  const i18n = fromPkg('i18n') as { configure(o: object): void; setLocale(l: string): void };
  cached.exports = async function offlineI18n(): Promise<void> {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.join(pkgDir, 'dist/locales'),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  const loaded = fromPkg(path.join(pkgDir, 'dist/runner.js')) as Runner | { default: Runner };
  runner = typeof loaded === 'function' ? loaded : loaded.default;
  return runner;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Copies the parts of `outDir` that ship into a scratch folder the scanner can read fully. */
export function prepareScanCopy(outDir: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'attune-scan-'));
  for (const part of readdirSync(outDir)) {
    // out/web is the web preview (with the browser bridge); it never ships in the app.
    if (part === 'web') continue;
    cpSync(path.join(outDir, part), path.join(copy, part), { recursive: true });
  }
  for (const file of listFiles(copy)) {
    if (!/\.(c|m)?js$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: path.basename(file).replace(/\.(c|m)js$/, '.js'),
      compilerOptions: {
        target: ts.ScriptTarget.ES2019,
        module: ts.ModuleKind.ESNext,
        allowJs: true,
        removeComments: false,
        // Keep `require(...)` and `import` exactly as they are; only syntax is lowered.
        verbatimModuleSyntax: false,
      },
    });
    const target = file.replace(/\.(c|m)js$/, '.js');
    writeFileSync(target, outputText);
    if (target !== file) rmSync(file);
  }
  return copy;
}

export async function scan(
  outDir: string,
  options: { electronVersion?: string; sarif?: string } = {},
): Promise<ScanResult> {
  const copy = prepareScanCopy(path.resolve(outDir));
  try {
    const scanned = listFiles(copy)
      .filter((f) => /\.(js|html?|json)$/.test(f))
      .map((f) => path.relative(copy, f));
    const run = loadRunner();
    const result = await run(
      {
        input: copy,
        output: options.sarif,
        isSarif: Boolean(options.sarif),
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: options.electronVersion ?? electronVersion(),
        parserPlugins: [],
      },
      false,
    );
    const lines = new Map<string, string[]>();
    const sourceLine = (file: string, line: number): string => {
      if (file === 'N/A') return '';
      let text = lines.get(file);
      if (!text) {
        try {
          text = readFileSync(path.resolve(copy, file), 'utf8').split('\n');
        } catch {
          text = [];
        }
        lines.set(file, text);
      }
      return (text[line - 1] ?? '').trim().slice(0, 160);
    };
    const findings = result.issues.map(
      (i): Finding => ({
        id: i.id,
        severity: i.severity.name,
        confidence: i.confidence.name,
        file: i.file,
        line: i.location.line,
        column: i.location.column,
        description: i.description,
        manualReview: Boolean(i.manualReview),
        source: sourceLine(i.file, i.location.line),
      }),
    );
    const parseErrors = result.errors
      .filter((e) => !e.tolerable)
      .map((e) => ({ file: path.relative(copy, e.file) || e.file, message: e.message }));
    return { scanned, findings, parseErrors };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export function unexpected(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !(f.id in EXPECTED_CHECKS));
}

async function main(argv: string[]): Promise<number> {
  let outDir = path.join(ROOT, 'out');
  let sarif: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--sarif') sarif = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: tsx tools/electronegativity.ts [out-folder] [--sarif report.sarif]');
      return 0;
    } else outDir = path.resolve(arg);
  }
  for (const part of ['main', 'preload', 'renderer']) {
    try {
      statSync(path.join(outDir, part));
    } catch {
      console.error(`electronegativity: ${path.join(outDir, part)} is missing — run \`npm run build\` first`);
      return 2;
    }
  }
  const version = electronVersion();
  console.log(
    `electronegativity over ${path.relative(process.cwd(), outDir) || '.'} (Electron ${version}, -x ${EXCLUDED_CHECKS.join(',')})`,
  );
  const result = await scan(outDir, { electronVersion: version, ...(sarif ? { sarif } : {}) });
  console.log(`scanned ${result.scanned.length} files: ${result.scanned.join(', ')}`);
  for (const f of result.findings) {
    const expected = f.id in EXPECTED_CHECKS;
    console.log(
      `${expected ? 'reviewed' : 'FINDING '} ${f.id} ${f.severity}/${f.confidence} ${f.file}:${f.line}:${f.column}` +
        `\n    ${f.description}${f.source ? `\n    > ${f.source}` : ''}${expected ? `\n    (${EXPECTED_CHECKS[f.id]})` : ''}`,
    );
  }
  for (const e of result.parseErrors) console.log(`PARSE ERROR ${e.file}: ${e.message}`);
  const bad = unexpected(result.findings);
  // The scan must have seen our windows: every BrowserWindow has a preload, which PRELOAD_JS_CHECK reports.
  const sawWindows = result.findings.some((f) => f.id === 'PRELOAD_JS_CHECK');
  if (!sawWindows) console.log('FAILED: the scanner found no BrowserWindow at all — did main/index.js get parsed?');
  if (bad.length > 0 || result.parseErrors.length > 0 || !sawWindows) {
    console.log(`electronegativity: ${bad.length} unexpected finding(s), ${result.parseErrors.length} parse error(s)`);
    return 1;
  }
  console.log(`electronegativity: clean (${result.findings.length} reviewed informational finding(s))`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(2);
    },
  );
}
