import type { APIRoute } from 'astro';
import { newsFeed } from '@/loaders/content/feeds';

export const prerender = true;
export const GET: APIRoute = ({ site }) => newsFeed('en', site);
