import type { APIRoute } from 'astro';
import { shareImageResponse } from '@/loaders/share-image';

/** Share images for Open Graph and Twitter cards (see src/loaders/share-image.ts). */
export const GET: APIRoute = ({ params, request }) => shareImageResponse(params, request);
