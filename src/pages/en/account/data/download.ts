import { downloadPersonalData } from '@/loaders/data-download';

export const GET = downloadPersonalData;
