import { base64ToBytes } from '../../workspace/base64';
import { imageSize, type ImageSize, type RasterType } from './image-size';

/** The logo as Word takes it: raster bytes and the size to show it at, in pixels at 96 to the inch. */
export interface LogoImage {
  type: RasterType;
  data: Uint8Array;
  display: ImageSize;
}

const rasterTypes: Record<string, RasterType> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
};

const maxDisplay: ImageSize = { width: 240, height: 96 };

/**
 * Decodes a data: URL logo. SVG (and any other non-raster type) gives undefined: Word needs a raster
 * fallback for an SVG, which cannot be drawn here, so the cover goes without the logo.
 */
export const logoImage = (dataUrl: string): LogoImage | undefined => {
  const match = /^data:([^;,]+)(?:;[^,]*)?;base64,(.*)$/s.exec(dataUrl);
  const type = match?.[1] && rasterTypes[match[1].toLowerCase()];
  const data = type && match[2] !== undefined ? base64ToBytes(match[2]) : undefined;
  const size = type && data && imageSize(type, data);
  if (!type || !data || !size) return undefined;
  const scale = Math.min(1, maxDisplay.width / size.width, maxDisplay.height / size.height);
  return {
    type,
    data,
    display: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
  };
};
