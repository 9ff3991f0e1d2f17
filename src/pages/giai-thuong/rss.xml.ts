import type { APIRoute } from 'astro';
import { awardsFeed } from '@/loaders/content/feeds';

export const prerender = true;
export const GET: APIRoute = ({ site }) => awardsFeed('vi', site);
