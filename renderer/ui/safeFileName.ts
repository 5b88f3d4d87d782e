/** A name any file system accepts: no characters Windows, macOS or Linux forbid, at most 200 characters. */
export const safeFileName = (name: string, fallback = 'file'): string =>
  name
    .replace(/[\\/:*?"<>|]+/g, '-')
    .trim()
    .slice(0, 200) || fallback;
