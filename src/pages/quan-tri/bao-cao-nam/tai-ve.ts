import { downloadYearlyReport } from '@/loaders/yearly-report';

export const GET = downloadYearlyReport;
