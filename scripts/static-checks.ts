/**
 * `npm run checks`: ESLint, the type check (`astro check`) and Prettier's check, run at once after
 * one `astro sync` (see package.json). Each is single-threaded and they read the same tree without
 * writing to it, so on a 2-core machine running them side by side saves most of a minute of
 * `npm test`. Each one's output is printed whole when it ends; the exit code is 1 if any failed.
 */
import { spawn } from 'node:child_process';

/** The checks, each as the command its own npm script runs (`lint` and `check` sync first). */
const checks: Record<string, string[]> = {
  lint: ['eslint', '.'],
  types: ['astro', 'check', '--noSync'],
  format: ['prettier', '-c', '.'],
};

function run(name: string, [command, ...args]: string[]): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    // npm puts node_modules/.bin on the PATH of its scripts.
    const child = spawn(command!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    let finished = false;
    // A command that cannot start emits 'error' and then 'close': report it once.
    const finish = (ok: boolean, note = '') => {
      if (finished) return;
      finished = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(`\n── ${name}: ${ok ? 'passed' : 'FAILED'} in ${seconds} s ${note}──\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(ok);
    };
    child.on('error', (error) => finish(false, `(${error.message}) `));
    child.on('close', (code) => finish(code === 0));
  });
}

const results = await Promise.all(Object.entries(checks).map(([name, command]) => run(name, command)));
process.exitCode = results.every(Boolean) ? 0 : 1;
