import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '@/lib/server/auth/sessions';
import { now } from '@/lib/server/clock';
import { E2E_NOW } from '../e2e/support/clock';
import type { TestDatabase } from '../support/database';
import type { RunningSite } from '../support/site';
import { answerOf, expectedFor } from './authz/answers';
import { ACTION_CASES } from './authz/actions';
import { storedState, watchStoredState } from './authz/fingerprint';
import { postAction, requestAs } from './authz/http';
import { ROUTE_CASES } from './authz/routes';
import { type RunningWorld, startRunningWorld } from './authz/running-world';
import { ROLES, type World } from './authz/world';

/**
 * Every route and every action × every role, against the production server over one seeded
 * database: what each role gets is written down, and a route or action without an entry fails.
 */
let running: RunningWorld;
let database: TestDatabase;
let site: RunningSite;
let world: World;

beforeAll(async () => {
  // This process runs on the server's clock too (the world's rows, sessions and forms are dated by
  // it): before anything reads the configuration, and checked, since a clock read earlier is kept.
  process.env.CLOCK_START = E2E_NOW.toISOString();
  expect(Math.abs(now().getTime() - E2E_NOW.getTime())).toBeLessThan(60_000);
  running = await startRunningWorld();
  ({ database, site, world } = running);
  await watchStoredState(database.db);
}, 180_000);
afterAll(async () => {
  await running?.stop();
  delete process.env.CLOCK_START;
});

function pageFiles(): string[] {
  return readdirSync('src/pages', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.split('/').some((part) => part.startsWith('_')))
    .map((entry) => relative('src/pages', join(entry.parentPath, entry.name)))
    .sort();
}

describe('routes', () => {
  it('has an entry for every file under src/pages, and no entry for a file that is gone', () => {
    const covered = new Set(ROUTE_CASES.map((c) => c.file));
    const files = pageFiles();
    expect(
      files.filter((file) => !covered.has(file)),
      'routes without an entry',
    ).toEqual([]);
    expect(
      [...covered].filter((file) => !files.includes(file)),
      'entries without a route',
    ).toEqual([]);
  });

  it('answers every role as the table says', async () => {
    const wrong: string[] = [];
    const rows = ROUTE_CASES.flatMap((c) => ROLES.map((role) => ({ c, role })));
    // A few at a time: the server is one process on a shared machine.
    for (let i = 0; i < rows.length; i += 6) {
      await Promise.all(
        rows.slice(i, i + 6).map(async ({ c, role }) => {
          const path = c.path(world);
          const actual = answerOf(await requestAs(site.url, world, role, path));
          const expected = expectedFor(c.expect, role);
          if (actual !== expected)
            wrong.push(`${role} GET ${path} (${c.file}): ${actual}, expected ${expected}`);
        }),
      );
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

/** The actions `src/actions` defines, read from the source as the build would. */
function definedActions(): string[] {
  return readdirSync('src/actions')
    .flatMap((file) => [
      ...readFileSync(join('src/actions', file), 'utf8').matchAll(/^ {2}(\w+): defineAction\(/gm),
    ])
    .map((match) => match[1]!)
    .sort();
}

describe('actions', () => {
  it('has an entry for every action, and no entry for an action that is gone', () => {
    const covered = new Set(ACTION_CASES.map((c) => c.action));
    const actions = definedActions();
    expect(actions.length).toBeGreaterThan(50);
    expect(
      actions.filter((action) => !covered.has(action)),
      'actions without an entry',
    ).toEqual([]);
    expect(
      [...covered].filter((action) => !actions.includes(action)),
      'entries without an action',
    ).toEqual([]);
  });

  it('answers every role as the table says, on things of someone else too', async () => {
    const wrong: string[] = [];
    const last = ACTION_CASES.filter((c) => c.endsSessions);
    for (const c of [...ACTION_CASES.filter((c) => !c.endsSessions), ...last]) {
      for (const role of ROLES) {
        const fields = await c.fields(world, database.db, role);
        const token =
          c.ownSession && role !== 'anonymous'
            ? (await createSession(database.db, world.actors[role], 'matrix')).token
            : undefined;
        const expected = expectedFor(c.expect, role);
        const mustKeep = expected !== 200 || !!c.changesNothingFor?.includes(role);
        const before = mustKeep ? await storedState(database.db) : 0;
        const response = await postAction(site.url, world, role, c.action, fields, token);
        const actual = response.status;
        if (mustKeep && (await storedState(database.db)) !== before)
          wrong.push(
            `${role} ${c.action}${c.about ? ` (${c.about})` : ''}: ${expected === 200 ? 'answered' : 'refused'}, yet changed what is stored`,
          );
        if (actual !== expected) {
          const body = (await response.text()).slice(0, 160);
          wrong.push(
            `${role} ${c.action}${c.about ? ` (${c.about})` : ''}: ${actual}, expected ${expected} ${body}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
    // Every action × every role over HTTP: under a minute, up to 3 on a busy shared 2-core machine.
  }, 180_000);
});
