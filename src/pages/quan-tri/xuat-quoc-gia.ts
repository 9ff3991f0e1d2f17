import { downloadNationalExport } from '@/loaders/national-export';

export const GET = downloadNationalExport;
