import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { honourKinds } from '@db/schema/honours';
import { legalDocuments } from '@/lib/legal';
import { NEWS_TAGS } from '@/lib/content/news-tags';
import { MATERIAL_TOPICS } from '@/lib/materials/catalogue';

const languages = z.enum(['vi', 'en']).describe('Language the entry is written in');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day as YYYY-MM-DD');
const awardLevels = z.enum(['unit', 'provincial', 'national', 'international']);

const news = defineCollection({
  loader: glob({ base: './content/news', pattern: '**/*.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      title: z.string().min(5).describe('Headline'),
      summary: z.string().min(20).max(320).describe('One or two sentences shown in lists and feeds'),
      date: z.coerce.date().describe('Publication date, YYYY-MM-DD'),
      tags: z.array(z.enum(NEWS_TAGS)).min(1).describe('Tag slugs from NEWS_TAGS, e.g. "vinh-danh"'),
      cover: image().describe('Cover image, a path relative to the entry'),
      coverAlt: z.string().min(5).describe('Alt text of the cover image'),
      lang: languages,
      translationKey: z.string().optional().describe('Same value on both languages of one article'),
      demo: z.literal(true).describe('Demo content: every shipped entry is marked'),
    }),
});

const awardCalls = defineCollection({
  loader: glob({ base: './content/award-calls', pattern: '**/*.{md,mdx}' }),
  schema: z
    .object({
      title: z.string().min(5).describe('Title of the call'),
      awardName: z.string().min(3).describe('Name of the award, contest or honour'),
      organiser: z.string().min(3).describe('Who runs it'),
      level: awardLevels.describe('Level of the award'),
      fields: z.array(z.string()).min(1).describe('Field slugs the call is open to, from the fields table'),
      eligibility: z
        .object({
          minAge: z.number().int().min(6).max(40).default(16),
          maxAge: z.number().int().min(6).max(45).default(35),
          note: z.string().optional().describe('Who else may apply or who may not'),
          firstTimeOnly: z
            .boolean()
            .default(false)
            .describe('Refuses a talent who already holds the honour this call gives (any year)'),
        })
        .prefault({})
        .describe("Age in the award's year (year − birth year); default: the plan's 16–35"),
      opens: isoDay.describe('Opening day, YYYY-MM-DD: open from 00:00 Asia/Ho_Chi_Minh'),
      closes: isoDay.describe('Closing day, YYYY-MM-DD: open until 23:59:59 Asia/Ho_Chi_Minh'),
      howToApply: z.string().min(10).describe('How to apply, one paragraph'),
      criteria: z.array(z.string()).min(1),
      scoring: z
        .array(z.string().min(3))
        .max(8)
        .default([])
        .describe(
          'What the selection panel scores, 1–5 each, in this order; the same count in both languages',
        ),
      honourKind: z
        .enum(honourKinds)
        .default('other')
        .describe('The honour an accepted application gives, shown on the profile and the honours list'),
      prizes: z.array(z.string()).min(1),
      contact: z.string().min(5).describe('Contact for questions'),
      lang: languages,
      translationKey: z.string().optional(),
      demo: z.literal(true),
    })
    .refine((call) => call.opens <= call.closes, { path: ['closes'], message: 'closes before it opens' }),
});

/** The Terms of use, the Personal data processing notice and the page for data requests. */
const legal = defineCollection({
  loader: glob({ base: './content/legal', pattern: '**/*.md' }),
  schema: z.object({
    title: z.string().min(5).describe('Title of the page'),
    summary: z.string().min(20).max(320).describe('One or two sentences for the page description'),
    document: z.enum(legalDocuments).describe('Which page this is; one entry per page and language'),
    lang: languages,
    draft: z.boolean().describe('A text the Youth Union has not approved yet: the page says so at the top'),
  }),
});

/** Branch meeting materials ("tài liệu sinh hoạt Chi đoàn"): a PDF in public/tai-lieu/ each. */
const materials = defineCollection({
  loader: glob({ base: './content/materials', pattern: '**/*.md' }),
  schema: z.object({
    title: z.string().min(5).describe('Title of the document'),
    summary: z.string().min(20).max(320).describe('One or two sentences shown in the list'),
    topic: z.enum(MATERIAL_TOPICS).describe('Topic slug from MATERIAL_TOPICS'),
    date: z.coerce.date().describe('Issue date, YYYY-MM-DD'),
    file: z
      .string()
      .regex(/^[a-z0-9-]+\.pdf$/, 'a file name of public/tai-lieu/, e.g. so-tay.pdf')
      .describe('The PDF under public/tai-lieu/; both languages of one document name the same file'),
    lang: languages,
    translationKey: z.string().optional(),
    demo: z.literal(true),
  }),
});

export const collections = { news, awardCalls, legal, materials };
