import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Starts nginx with `deploy/nginx/tai-nang-tre.conf`, changed only where a benchmark must: plain
 * HTTP on a local port instead of TLS, the given app port, this checkout's dist/client, and a
 * temporary folder readable by nginx's workers, which do not run as root (in a 0700 folder every
 * answer is a 500). Returns the nginx process and its folder, or null when nginx is not installed.
 */
export function startProxy(appPort: number, proxyPort: number, core: string) {
  if (!existsSync('/usr/sbin/nginx')) return null;
  const root = mkdtempSync(join(tmpdir(), 'tntag-nginx-'));
  chmodSync(root, 0o755);
  const site = readFileSync('deploy/nginx/tai-nang-tre.conf', 'utf8')
    .replace(/server \{\n {4}listen 80;[\s\S]*?\n\}\n/, '')
    .replace(
      / {4}# Debian 12[^\n]*\n {4}listen 443 ssl http2;\n {4}listen \[::\]:443 ssl http2;/,
      `    listen 127.0.0.1:${proxyPort};`,
    )
    .replace(/ {4}ssl_certificate[^\n]*\n/g, '')
    .replace('server 127.0.0.1:4321;', `server 127.0.0.1:${appPort};`)
    .replace('/var/cache/nginx/tntag', join(root, 'cache'))
    .replace('/srv/tai-nang-tre/dist/client', resolve('dist/client'))
    .replaceAll(
      '/etc/nginx/snippets/tai-nang-tre-static-headers.conf',
      resolve('deploy/nginx/static-headers.conf'),
    );
  writeFileSync(join(root, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${join(root, name)};`;
  writeFileSync(
    join(root, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${join(root, 'nginx.pid')};
error_log ${join(root, 'error.log')};
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${join(root, 'site.conf')};
}
`,
  );
  execFileSync('/usr/sbin/nginx', ['-t', '-q', '-c', join(root, 'nginx.conf')], { stdio: 'inherit' });
  const nginx: ChildProcess = spawn(
    '/usr/bin/taskset',
    ['-c', core, '/usr/sbin/nginx', '-c', join(root, 'nginx.conf')],
    {
      stdio: 'inherit',
    },
  );
  return { nginx, root };
}
