/** Whether `text` is an absolute http(s) URL: other schemes (javascript:, data:) could run in a viewer's browser. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
