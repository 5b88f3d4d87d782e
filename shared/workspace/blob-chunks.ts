/** Reads a Blob of any size as a stream, handing each chunk over in turn: one chunk in memory at a time. */
export const forEachChunk = async (blob: Blob, use: (chunk: Uint8Array) => void): Promise<void> => {
  // Node's typings leave the stream's chunks untyped; Blob streams yield bytes in every runtime.
  const reader = (blob.stream() as ReadableStream<Uint8Array>).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) use(chunk.value);
};
