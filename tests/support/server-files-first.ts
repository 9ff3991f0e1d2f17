import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * How early a file must start, from what it imports: the authorization matrix (every route and
 * action × every role over HTTP, the longest file by far), then files that start the production
 * server or other processes, then the rest.
 */
const FIRST = [/from '\.\/authz\/running-world'/, /from '(\.\.\/support\/site|node:child_process)'/];

function rank(file: TestSpecification): number {
  const source = readFileSync(file.moduleId, 'utf8');
  const index = FIRST.findIndex((pattern) => pattern.test(source));
  return index === -1 ? FIRST.length : index;
}

/**
 * Vitest runs the files it has no timings for (every CI run: a fresh checkout) largest first, so
 * the short files that start servers and make hundreds of requests ran last, one worker alone for
 * over a minute while the other sat idle. They go first; within a rank, Vitest's own order.
 */
export default class ServerFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const ranks = new Map(sorted.map((file) => [file, rank(file)]));
    return sorted.sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  }
}
