import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talents } from '@db/schema';
import { createSession } from '@/lib/server/auth/sessions';
import { ACTION_CASES, type ActionCase, type Fields } from './authz/actions';
import { expectedFor } from './authz/answers';
import { postAction, requestAs } from './authz/http';
import { ROUTE_CASES } from './authz/routes';
import { type RunningWorld, startRunningWorld } from './authz/running-world';
import { smallPng, targets } from './authz/targets';
import { ROLES, type Role } from './authz/world';
import { pngBomb } from './hostile/images';
import { rawRequest } from './hostile/raw-http';
import { storedIds } from './hostile/stored-ids';
import { findInjected, launchChromium } from './hostile/rendered';
import {
  HOSTILE_PATHS,
  HOSTILE_QUERY_VALUES,
  HOSTILE_STAFF_PATHS,
  HOSTILE_VALUES,
  QUERY_NAMES,
  RAW_VALUES,
  XSS,
} from './hostile/values';

/**
 * Hostile input against the production server over one seeded database: every form and every
 * query parameter gets values no form sends; every answer is a 4xx or the page, never a 500, and
 * no stored row is lost. Oversized bodies are refused before they are read, uploads by content.
 */
let running: RunningWorld;
beforeAll(async () => {
  running = await startRunningWorld();
}, 180_000);
afterAll(() => running?.stop());

const MB = 1024 * 1024;
const head = (path: string, headers: string[]) => [
  `POST ${path} HTTP/1.1`,
  `Host: ${new URL(running.site.url).host}`,
  `Origin: ${running.site.url}`,
  ...headers,
];

describe('request bodies over the limit', () => {
  it('are refused with 413 as soon as the head declares them, before the body is sent', async () => {
    const answer = await rawRequest(
      running.site.url,
      head('/_actions/signIn', [
        'Content-Type: application/x-www-form-urlencoded',
        `Content-Length: ${50 * MB}`,
      ]),
      Buffer.alloc(1024, 'a'),
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('tối đa 1 MB');
    expect(answer.body).toContain('at most 1 MB');
  });

  it('are refused with 413 once a chunked body passes the limit', async () => {
    const chunk = (data: Buffer) =>
      Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
    const chunks = [
      chunk(Buffer.from('email=')),
      ...Array.from({ length: 40 }, () => chunk(Buffer.alloc(64 * 1024, 'a'))),
    ];
    const answer = await rawRequest(
      running.site.url,
      head('/_actions/signIn', [
        'Content-Type: application/x-www-form-urlencoded',
        'Transfer-Encoding: chunked',
      ]),
      chunks,
    );
    expect(answer.status).toBe(413);
  });

  it('leave the photo form its own larger limit, and refuse a 50 MB upload', async () => {
    const token = running.world.tokens.otherTalent!;
    const cookie = `Cookie: tntag_session=${token}`;
    const upload = await rawRequest(
      running.site.url,
      head('/_actions/uploadPhoto', [
        'Content-Type: multipart/form-data; boundary=x',
        `Content-Length: ${50 * MB}`,
        cookie,
      ]),
      Buffer.alloc(1024, 'a'),
    );
    expect(upload.status).toBe(413);
    expect(upload.body).toContain('6 MB');
    // 3 MB is over the forms' limit and under the photo form's: the action itself answers.
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(3 * MB)], { type: 'image/jpeg' }), 'anh.jpg');
    const response = await requestAs(
      running.site.url,
      running.world,
      'otherTalent',
      '/_actions/uploadPhoto',
      {
        method: 'POST',
        body: form,
        headers: { Origin: running.site.url },
      },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('photo.type');
  });
});

describe('photo uploads', () => {
  async function upload(photo: Blob, name: string) {
    const form = new FormData();
    form.append('photo', photo, name);
    return postAction(running.site.url, running.world, 'otherTalent', 'uploadPhoto', {
      photo: new File([photo], name, { type: photo.type }),
    });
  }

  it('refuses a file of another type with an image name and type, by its bytes', async () => {
    const script = new Blob(['<?php system($_GET["c"]); ?><script>window.__pwned=1</script>'], {
      type: 'image/jpeg',
    });
    const response = await upload(script, 'chan-dung.jpg');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('photo.type');
  });

  it('refuses a decompression bomb from its header, without decoding it', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(200_000);
    const started = Date.now();
    const response = await upload(new Blob([new Uint8Array(bomb)], { type: 'image/png' }), 'bom.png');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('photo.too-many-pixels');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stores a photo sent with a path for a name under a name of its own, inside the photo store', async () => {
    const response = await upload(await smallPng(), '../../x.jpg');
    expect(response.status).toBe(200);
    const [row] = await running.database.db
      .select({ photoPath: talents.photoPath })
      .from(talents)
      .where(eq(talents.id, running.world.otherTalent.talentId));
    expect(row!.photoPath).toMatch(/^\/anh\/[0-9a-f]{32}\.webp$/);
    const written = readdirSync(running.dataDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(running.dataDir, join(entry.parentPath, entry.name)));
    expect(written.length).toBeGreaterThan(0);
    for (const file of written) expect(file).toMatch(/^photos\/[0-9a-f]{32}\.webp$/);
    expect(existsSync(join(running.dataDir, 'photos', '../../x.jpg'))).toBe(false);
    expect(existsSync(join(running.dataDir, '..', 'x.jpg'))).toBe(false);
  });
});

describe('injected markup, as Chromium renders the pages that show it', () => {
  it("stays text everywhere it was stored: profiles, forum threads, clubs, search, saved searches, contact requests, activities, proposals, trainings, officers' reasons", async () => {
    const { world, site, database } = running;
    const markup = `${XSS.script} ${XSS.img} ${XSS.svg}`;
    const send = async (role: Role, action: string, fields: Fields, token?: string) => {
      const response = await postAction(site.url, world, role, action, fields, token);
      const text = await response.text();
      expect(response.status, `${action}: ${text}`).toBe(200);
      return JSON.parse(text) as unknown;
    };
    await send('talent', 'updateProfile', {
      shortBio: markup.slice(0, 290),
      longBio: `${markup} ${XSS.link}`,
      placeKind: 'in_province',
    });
    const [, threadId] = (await send('talent', 'createThread', {
      forumId: String(world.club.forumId),
      title: `${XSS.img} ${XSS.script}`.slice(0, 150),
      body: `${markup}\n\n${XSS.link}`,
    })) as [unknown, number];
    await send('officer', 'createClub', {
      name: `CLB ${XSS.img}`,
      unitId: String(world.unitId),
      joinPolicy: 'open',
      forumAudience: 'members',
    });
    await send('verifiedEmployer', 'saveSearch', {
      name: XSS.img,
      query: `q=${encodeURIComponent(XSS.script)}`,
    });
    const member = await targets.member(database.db, world);
    await send('verifiedEmployer', 'sendContactRequest', {
      slug: member.slug,
      kind: 'job',
      subject: XSS.img,
      message: markup,
    });
    const memberToken = (await createSession(database.db, member.actor, 'hostile')).token;
    const [, activityId] = (await send('officer', 'createActivity', {
      unitId: String(world.unitId),
      kind: 'training',
      title: `${XSS.img} ${XSS.script}`.slice(0, 200),
      heldOn: '2026-05-20',
      description: `${markup}\n\n${XSS.link}`,
    })) as [unknown, number];
    // A proposal at a dialogue, shown to officers and to the talent who made it; a training's name.
    await send('officer', 'recordProposal', {
      activityId: String(await targets.dialogue(database.db, world)),
      talentId: String(world.talent.talentId),
      proposal: markup,
      answer: `${markup} ${XSS.link}`,
      answeredBy: XSS.img,
      status: 'answered',
    });
    await send('officer', 'createTraining', {
      title: `${XSS.img} ${XSS.script}`.slice(0, 200),
      heldOn: '2026-05-20',
      unitId: String(world.unitId),
    });
    // An officer's reason is shown to the talent on their requests page.
    await send('officer', 'decide', {
      subject: 'achievement',
      subjectId: String(await targets.achievement(database.db, world)),
      outcome: 'refused',
      reason: markup,
    });

    // A nomination's statement and the panel's note, on the application's review page.
    const applicationId = await targets.application(database.db, world, { statement: markup });
    await send('officer', 'decideApplication', {
      applicationId: String(applicationId),
      outcome: 'rejected',
      note: markup,
    });

    const pages: [string, string | null][] = [
      [`/tai-nang/${world.talent.slug}`, world.tokens.otherTalent],
      [`/dien-dan/${world.club.forumSlug}`, world.tokens.talent],
      [`/dien-dan/${world.club.forumSlug}/${threadId}`, world.tokens.talent],
      ['/cau-lac-bo', null],
      [`/tim-kiem?q=${encodeURIComponent(XSS.img)}`, null],
      ['/tai-khoan/doanh-nghiep/tai-nang', world.tokens.verifiedEmployer],
      ['/tai-khoan/lien-he', memberToken],
      [`/quan-tri/hoat-dong/${activityId}`, world.tokens.officer],
      // The yearly report lists the unit's activities of the year by title.
      [`/quan-tri/bao-cao-nam?year=2026&unit=${world.unitId}`, world.tokens.officer],
      ['/tai-khoan/yeu-cau', world.tokens.talent],
      [`/quan-tri/giai-thuong/gmt-2027/${applicationId}`, world.tokens.officer],
      ['/quan-tri/kien-nghi', world.tokens.officer],
      ['/tai-khoan/kien-nghi', world.tokens.talent],
      ['/quan-tri/tap-huan', world.tokens.officer],
      // The audit log shows the refusal's reason among the decision's values.
      ['/quan-tri/nhat-ky', world.tokens.admin],
    ];
    const browser = await launchChromium();
    try {
      const failures: string[] = [];
      for (const [path, token] of pages) {
        const context = await browser.newContext();
        if (token) await context.addCookies([{ name: 'tntag_session', value: token, url: site.url }]);
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`);
        const found = await page.evaluate(findInjected);
        if (!found.shown) failures.push(`${path}: the stored text is not on the page`);
        if (found.injected.length || found.pwned)
          failures.push(`${path}: ${found.injected.join(', ')}${found.pwned ? ' (ran)' : ''}`);
        await context.close();
      }
      expect(failures).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

/** The first role the matrix lets do an action, so hostile values reach past the role check. */
function allowedRole(c: ActionCase): Role {
  return ROLES.find((role) => expectedFor(c.expect, role) === 200) ?? 'talent';
}

/** Each form of an action with hostile values: in every field, doubled, unknown, as the wrong type. */
function hostileForms(baseline: Fields): [string, Fields][] {
  const everyField = (value: string | string[]): Fields =>
    Object.fromEntries(Object.keys(baseline).map((name) => [name, value]));
  return [
    ...Object.entries(HOSTILE_VALUES).map(([label, value]): [string, Fields] => [label, everyField(value)]),
    ['no fields', {}],
    [
      'doubled fields',
      Object.fromEntries(
        Object.entries(baseline).map(([name, value]): [string, (string | Blob)[]] => [
          name,
          [value, HOSTILE_VALUES.img!].flat(),
        ]),
      ),
    ],
    [
      'unknown fields',
      {
        ['__proto__']: '{"admin":true}',
        constructor: 'x',
        role: 'admin',
        isAdmin: 'yes',
        'a[b]': '1',
        ownerId: '1',
        ...baseline,
      },
    ],
    // Ids of nothing: a list whose first item named a real club would act on it, as the form allows.
    ['lists for single fields', everyField(['999999991', '999999992', '999999993'])],
  ];
}

/** A body sent as no browser sends it. */
function oddBodies(baseline: Fields): [string, BodyInit, string][] {
  const names = Object.keys(baseline).length ? Object.keys(baseline) : ['x'];
  return [
    ...Object.entries(RAW_VALUES).map(([label, raw]): [string, BodyInit, string] => [
      label,
      names.map((name) => `${name}=${raw}`).join('&'),
      'application/x-www-form-urlencoded',
    ]),
    [
      'broken multipart',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
      'multipart/form-data; boundary=y',
    ],
    ['json', JSON.stringify({ ...baseline, role: 'admin' }), 'application/json'],
    ['no content type', 'a=b', ''],
  ];
}

describe('every form', () => {
  it('answers hostile values with a 4xx and a message, or takes them as text; never a 500, and loses nothing', async () => {
    const { db } = running.database;
    const before = await storedIds(db);
    const wrong: string[] = [];
    const check = async (what: string, response: Response) => {
      const text = await response.text();
      if (response.status >= 500) wrong.push(`${what}: ${response.status} ${text.slice(0, 200)}`);
      else if (response.status >= 400 && !/"(message|issues)"|<h1/.test(text))
        wrong.push(`${what}: ${response.status} without a message`);
    };
    const cases = ACTION_CASES.filter(
      (c, i) => ACTION_CASES.findIndex((other) => other.action === c.action) === i,
    );
    for (const c of cases) {
      const role = allowedRole(c);
      const baseline = await c.fields(running.world, db, role);
      const token =
        c.ownSession && role !== 'anonymous'
          ? (await createSession(db, running.world.actors[role], 'hostile')).token
          : undefined;
      const sends = [
        ...hostileForms(baseline).map(
          ([label, fields]) =>
            async () =>
              check(
                `${role} ${c.action} (${label})`,
                await postAction(running.site.url, running.world, role, c.action, fields, token),
              ),
        ),
        ...oddBodies(baseline).map(([label, body, type]) => async () => {
          const headers: Record<string, string> = { Origin: running.site.url };
          if (type) headers['Content-Type'] = type;
          const init = { method: 'POST', body, headers };
          const path = `/_actions/${c.action}`;
          const as = token ?? running.world.tokens[role];
          await check(
            `${role} ${c.action} (${label})`,
            await requestAs(running.site.url, running.world, role, path, init, as),
          );
        }),
      ];
      for (let i = 0; i < sends.length; i += 6)
        await Promise.all(sends.slice(i, i + 6).map((send) => send()));
    }
    expect(wrong).toEqual([]);
    const after = await storedIds(db);
    for (const [table, ids] of Object.entries(before)) {
      const kept = new Set(after[table]);
      expect(
        ids.filter((id) => !kept.has(id)),
        `${table} rows lost`,
      ).toEqual([]);
    }
    expect(running.site.log()).not.toContain('Unhandled error');
  }, 120_000);
});

/** A query value as a URL carries it; a lone surrogate has no UTF-8 form, so its raw bytes go. */
function queryValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

describe('every page', () => {
  it('answers hostile query parameters and path segments with the page or a 4xx, never a 500', async () => {
    const wrong: string[] = [];
    const pages = ROUTE_CASES.filter((c) => !c.file.startsWith('en/') && c.expect !== 500);
    // A URL fits in Node's 16 KB of headers (a longer one gets 431 from Node itself, tested below).
    const values = [...HOSTILE_QUERY_VALUES.map(queryValue), ...Object.values(RAW_VALUES)];
    const requests: [Role, string][] = [];
    for (const c of pages) {
      const role = ROLES.find((r) => expectedFor(c.expect, r) === 200) ?? 'anonymous';
      const path = c.path(running.world);
      const join = path.includes('?') ? '&' : '?';
      for (const value of values)
        requests.push([role, `${path}${join}${QUERY_NAMES.map((name) => `${name}=${value}`).join('&')}`]);
      requests.push([role, `${path}${join}q=a&q=b&page=1&page=2&after=1&after=x&unknown=1`]);
    }
    for (const path of HOSTILE_PATHS) requests.push(['anonymous', path], ['talent', path]);
    for (const path of HOSTILE_STAFF_PATHS) requests.push(['officer', path]);
    for (let i = 0; i < requests.length; i += 8) {
      await Promise.all(
        requests.slice(i, i + 8).map(async ([role, path]) => {
          const response = await requestAs(running.site.url, running.world, role, path);
          await response.arrayBuffer();
          if (response.status >= 500) wrong.push(`${role} GET ${path.slice(0, 160)}: ${response.status}`);
        }),
      );
    }
    expect(wrong).toEqual([]);
    expect(running.site.log()).not.toContain('Unhandled error');
  }, 120_000);

  it('refuses an address longer than the server reads with 431', async () => {
    const answer = await rawRequest(
      running.site.url,
      [`GET /tim-kiem?q=${'a'.repeat(40_000)} HTTP/1.1`, `Host: ${new URL(running.site.url).host}`],
      Buffer.alloc(0),
    );
    expect(answer.status).toBe(431);
  });
});
