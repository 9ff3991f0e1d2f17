import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '@db/client';
import { users } from '@db/schema';
import { E2E_ADMIN } from './support/accounts';
import { sessionCookie } from './support/shared-database';
import { expect, test } from './support/test';

/**
 * An officer records an activity with an honoured talent who had none since their honour: the
 * dashboard's nurtured share of the talent's unit goes up by one for the year; the unit's yearly
 * report then downloads as XLSX holding the figures of its page.
 */
test('an activity moves the dashboard, and the yearly report downloads with its page’s figures', async ({
  page,
  context,
  baseURL,
}) => {
  test.slow();
  const db = openDatabase(process.env.E2E_DATABASE_URL!);
  const [admin] = await db.select().from(users).where(eq(users.email, E2E_ADMIN.email));
  const [cookieName, token] = (await sessionCookie(db, admin!)).split('=') as [string, string];
  // An honoured talent of an active unit who took part in nothing since: the tallies' own marks.
  const [talent] = await db.all<{
    id: number;
    fullName: string;
    birthYear: number;
    unitId: number;
    unitName: string;
  }>(sql`
    SELECT t.id, t.full_name AS fullName, t.birth_year AS birthYear, u.id AS unitId, u.name AS unitName
    FROM target_tally_marks m JOIN talents t ON t.id = m.talent_id JOIN units u ON u.id = t.unit_id
    WHERE m.measure = 'honoured' AND u.active = 1 AND NOT EXISTS (
      SELECT 1 FROM target_tally_marks n WHERE n.talent_id = t.id AND n.measure = 'nurtured')
      AND (SELECT count(*) FROM talents o WHERE o.full_name = t.full_name) = 1
    LIMIT 1`);
  db.$client.close();
  expect(talent).toBeDefined();
  await context.addCookies([{ name: cookieName, value: token, url: baseURL! }]);

  const nurturedShare = async () => {
    await page.goto('/quan-tri/chi-tieu?year=2026');
    const unit = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: talent!.unitName, exact: true }),
    });
    const text = (await unit.locator('dd').first().textContent()) ?? '';
    return /(\d+)\/(\d+)/.exec(text)!.slice(1).map(Number);
  };
  const [before, whole] = await nurturedShare();

  await page.goto('/quan-tri/hoat-dong');
  await page.getByLabel('Đơn vị').selectOption({ label: talent!.unitName });
  await page.getByLabel('Loại hoạt động').selectOption({ label: 'Tập huấn, hội thảo' });
  await page.getByLabel('Tên hoạt động').fill('Tập huấn kỹ năng số cho tài năng trẻ');
  await page.getByLabel('Ngày tổ chức').fill('2026-11-20');
  await page.getByLabel('Địa điểm').fill('Nhà Văn hóa Thanh niên');
  await page.getByLabel('Mô tả').fill('Buổi tập huấn cho tài năng trẻ được tuyên dương.');
  await page.getByRole('button', { name: 'Ghi nhận hoạt động' }).click();
  // The redirect keeps the form's fragment.
  await expect(page).toHaveURL(/\/quan-tri\/hoat-dong\/\d+(#.*)?$/);
  await page.getByLabel('Tìm tài năng theo tên').fill(talent!.fullName);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await page.getByLabel(`${talent!.fullName} (${talent!.birthYear}, #${talent!.id})`).check();
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã ghi nhận 1 người tham gia');

  expect(await nurturedShare()).toEqual([before! + 1, whole]);

  await page.goto(`/quan-tri/bao-cao-nam?year=2026&unit=${talent!.unitId}`);
  const rows = page.locator('table[data-table="targets"] tbody tr');
  const pageCells = await rows.evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent?.trim() ?? '')),
  );
  expect(pageCells[0]!.slice(1, 3)).toEqual([String(before! + 1), String(whole)]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải XLSX' }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  const sheetRows: string[][] = [];
  sheet.eachRow((row) =>
    sheetRows.push((row.values as (string | number | undefined)[]).slice(1).map((v) => String(v ?? ''))),
  );
  const header = sheetRows.findIndex((row) => row[0] === 'I. Kết quả thực hiện các chỉ tiêu');
  const fromSheet = sheetRows.slice(header + 2, header + 2 + pageCells.length);
  expect(fromSheet.map((row) => row.concat(Array(6 - row.length).fill('')).slice(0, 6))).toEqual(pageCells);
});
