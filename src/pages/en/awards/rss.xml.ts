import type { APIRoute } from 'astro';
import { awardsFeed } from '@/loaders/content/feeds';

export const GET: APIRoute = ({ locals }) => awardsFeed('en', locals.siteUrl);
