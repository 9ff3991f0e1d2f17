import type { APIRoute } from 'astro';
import { serveImportTemplate } from '@/loaders/record-files';

export const GET: APIRoute = (context) => serveImportTemplate(context);
