/**
 * Words people use for the same thing, one list for both engines: abbreviations of fields and
 * awards that Vietnamese users type. Each group is folded before use; every member stands for
 * every other. A test checks that every abbreviation the site names is here (or says why not).
 */
export const synonymGroups: string[][] = [
  // The field is named "Tin học – Lập trình": the hint promises CNTT finds it.
  ['CNTT', 'công nghệ thông tin', 'tin học', 'information technology'],
  ['trí tuệ nhân tạo', 'artificial intelligence'],
  ['KHCN', 'khoa học công nghệ'],
  ['GMTVNTB', 'Gương mặt trẻ Việt Nam tiêu biểu'],
  ['GMTTB', 'Gương mặt trẻ tiêu biểu'],
  ['QCV', 'Quả Cầu Vàng'],
  ['SV5T', 'Sinh viên 5 tốt', 'sinh viên năm tốt'],
  ['HS3T', 'Học sinh 3 tốt', 'học sinh ba tốt'],
  ['HSG', 'học sinh giỏi'],
  ['TDTT', 'thể dục thể thao'],
  ['LĐC', 'Lương Định Của'],
  ['TNCS', 'thanh niên cộng sản'],
  ['startup', 'khởi nghiệp'],
];

/**
 * Abbreviations that find a group but never pull a text into it: folded, they are everyday
 * Vietnamese words ("ít" = few, "ai" = who), so a bio saying "ít" must not join the IT group.
 * Each maps to a member of the group it stands for.
 */
export const oneWaySynonyms: Record<string, string> = {
  IT: 'CNTT',
  AI: 'trí tuệ nhân tạo',
};
