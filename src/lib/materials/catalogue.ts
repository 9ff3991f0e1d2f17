import type { Lang } from '@/lib/i18n/languages';
import { foldVietnamese } from '@/lib/vietnamese';

/** Topics of the branch meeting materials ("tài liệu sinh hoạt Chi đoàn"). */
export const MATERIAL_TOPICS = ['civic', 'talent', 'digital', 'volunteer'] as const;
export type MaterialTopic = (typeof MATERIAL_TOPICS)[number];

export function isMaterialTopic(value: string | null): value is MaterialTopic {
  return (MATERIAL_TOPICS as readonly string[]).includes(value ?? '');
}

export interface Material {
  title: string;
  summary: string;
  topic: MaterialTopic;
  date: Date;
  /** The PDF's name under `public/tai-lieu/`. */
  file: string;
  lang: Lang;
}

/** The longest query read: a title's worth; the rest is dropped rather than refused. */
const MAX_QUERY = 200;

/**
 * The materials matching a keyword search (every word, folded: tone marks and `đ` do not matter)
 * and a topic, newest first. The collection is a few dozen documents held in memory, so a scan of
 * it costs nothing next to rendering the page.
 * @example searchMaterials(all, { q: 'chuyen doi so', topic: null })
 */
export function searchMaterials<M extends Material>(
  materials: M[],
  { q, topic }: { q: string; topic: MaterialTopic | null },
): M[] {
  const words = foldVietnamese(q.slice(0, MAX_QUERY)).split(/\s+/).filter(Boolean);
  return materials
    .filter((m) => !topic || m.topic === topic)
    .filter((m) => {
      const text = foldVietnamese(`${m.title} ${m.summary}`);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
}
