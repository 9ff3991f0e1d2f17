/**
 * Words people use for the same thing, one list for both engines: abbreviations of fields and
 * awards that Vietnamese users type. Each group is folded before use; every member stands for
 * every other.
 */
export const synonymGroups: string[][] = [
  ['CNTT', 'công nghệ thông tin'],
  ['KHCN', 'khoa học công nghệ'],
  ['GMTVNTB', 'Gương mặt trẻ Việt Nam tiêu biểu'],
  ['GMTTB', 'Gương mặt trẻ tiêu biểu'],
  ['QCV', 'Quả Cầu Vàng'],
  ['SV5T', 'Sinh viên 5 tốt', 'sinh viên năm tốt'],
  ['HS3T', 'Học sinh 3 tốt', 'học sinh ba tốt'],
  ['HSG', 'học sinh giỏi'],
  ['TDTT', 'thể dục thể thao'],
  ['LĐC', 'Lương Định Của'],
  ['startup', 'khởi nghiệp'],
];
