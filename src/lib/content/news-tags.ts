/**
 * The topics news is tagged with. The slugs name the tag in URLs (`?tag=khoi-nghiep`); readers see
 * each tag's label in their language (`newsTag.<slug>` in the dictionaries), never the slug.
 */
export const NEWS_TAGS = [
  'boi-duong',
  'ket-noi',
  'khoi-nghiep',
  'nong-nghiep',
  'sinh-vien',
  'tin-hoc',
  'tinh-nguyen',
  'van-hoa',
  'vinh-danh',
] as const;

export type NewsTag = (typeof NEWS_TAGS)[number];

export function isNewsTag(value: string): value is NewsTag {
  return (NEWS_TAGS as readonly string[]).includes(value);
}
