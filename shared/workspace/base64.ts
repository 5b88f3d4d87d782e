/**
 * Base64 for evidence bytes, in the browser and in Node alike. Bytes are converted a chunk at a time
 * (a multiple of 3, so the encoded chunks join into one valid string) rather than one string per byte,
 * which keeps a workspace with many large files fast to export.
 */
const CHUNK_BYTES = 3 * 8192;

export const bytesToBase64 = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
};

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes the text encodes, or undefined when it is not base64 (wrong alphabet, length or padding). */
export const base64ToBytes = (text: string): Uint8Array<ArrayBuffer> | undefined => {
  if (text.length % 4 !== 0 || !base64Pattern.test(text)) return undefined;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
};
