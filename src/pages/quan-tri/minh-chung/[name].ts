import type { APIRoute } from 'astro';
import { serveEvidenceFile } from '@/loaders/record-files';

export const GET: APIRoute = (context) => serveEvidenceFile(context);
