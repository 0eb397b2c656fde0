// The console (console/, Vite) is built on demand, never committed: `npm start` and the integration
// tests' global setup call ensureConsoleBuilt, which builds when console/dist is missing or was built
// from other sources than the ones here (a hash of every source file, kept beside the build).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const CONSOLE_DIR = path.resolve(__dirname, '..', '..', 'console');
export const CONSOLE_DIST = path.join(CONSOLE_DIR, 'dist');
const STAMP = path.join(CONSOLE_DIST, '.source-hash');
/** The files a build depends on besides src/ (the root lock file pins the toolchain's versions). */
const INPUTS = ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts', path.join('..', 'package-lock.json')];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : filesUnder(full);
    return [full];
  });
}

/** A hash of every file the build reads, by path and content. */
export function consoleSourceHash(): string {
  const hash = createHash('sha256');
  const files = [...INPUTS.map((file) => path.join(CONSOLE_DIR, file)), ...filesUnder(path.join(CONSOLE_DIR, 'src'))].sort();
  for (const file of files) {
    hash.update(path.relative(CONSOLE_DIR, file));
    hash.update('\0');
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function consoleBuildIsFresh(): boolean {
  return fs.existsSync(path.join(CONSOLE_DIST, 'index.html')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === consoleSourceHash();
}

/** Runs `vite build` in console/ (a child process: Vite is an ES module toolchain of its own). */
export async function buildConsole(log: (message: string) => void = () => undefined): Promise<void> {
  const hash = consoleSourceHash();
  const vite = path.join(path.dirname(require.resolve('vite/package.json', { paths: [CONSOLE_DIR] })), 'bin', 'vite.js');
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: CONSOLE_DIR, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`the console's build (vite build in console/) failed:\n${output.join('')}`);
  fs.writeFileSync(STAMP, `${hash}\n`);
  log(`console built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds the console when its build is missing or stale; true when it built. */
export async function ensureConsoleBuilt(log: (message: string) => void = () => undefined): Promise<boolean> {
  if (consoleBuildIsFresh()) return false;
  log('building the console (console/ changed or was never built)');
  await buildConsole(log);
  return true;
}
