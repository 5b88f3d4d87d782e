/** Pixel size of a PNG, JPEG, GIF or BMP file, read from its header; undefined when it cannot be read. */
export interface ImageSize {
  width: number;
  height: number;
}

const readPng = (view: DataView): ImageSize => ({ width: view.getUint32(16), height: view.getUint32(20) });

const readGif = (view: DataView): ImageSize => ({
  width: view.getUint16(6, true),
  height: view.getUint16(8, true),
});

const readBmp = (view: DataView): ImageSize => ({
  width: Math.abs(view.getInt32(18, true)),
  height: Math.abs(view.getInt32(22, true)),
});

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
const readJpeg = (view: DataView): ImageSize | undefined => {
  let offset = 2;
  while (offset + 9 < view.byteLength) {
    if (view.getUint8(offset) !== 0xff) return undefined;
    const marker = view.getUint8(offset + 1);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isStartOfFrame) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
};

const readers = { png: readPng, gif: readGif, bmp: readBmp, jpg: readJpeg } as const;

export type RasterType = keyof typeof readers;

export const imageSize = (type: RasterType, bytes: Uint8Array): ImageSize | undefined => {
  try {
    const size = readers[type](new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return size && size.width > 0 && size.height > 0 ? size : undefined;
  } catch {
    return undefined;
  }
};
