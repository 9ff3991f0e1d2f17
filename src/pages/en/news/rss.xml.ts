import type { APIRoute } from 'astro';
import { newsFeed } from '@/loaders/content/feeds';

export const GET: APIRoute = ({ locals }) => newsFeed('en', locals.siteUrl);
