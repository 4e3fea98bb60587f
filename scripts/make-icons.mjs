// Draws the add-in's ribbon and store icons: a rising stacked bar chart in NHS blues with a
// green tick ("plans checked"), anti-aliased by supersampling, written as RGBA PNGs with a
// small hand-written encoder (zlib only), so the icons need no image tooling to rebuild.
// Usage: node scripts/make-icons.mjs [outDir]   (default: assets/)
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SIZES = [16, 32, 64, 80];
const NHS_BLUE = [0x00, 0x5e, 0xb8];
const NHS_LIGHT_BLUE = [0x41, 0xb6, 0xe6];
const NHS_DARK_GREY = [0x42, 0x55, 0x63];
const NHS_GREEN = [0x00, 0x96, 0x39];
const WHITE = [0xff, 0xff, 0xff];

// Shapes on a 16-unit grid (so edges fall on whole pixels at 16 px), painted in order.
const rect = (x0, y0, x1, y1, colour) => ({ colour, inside: (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1 });
const stroke = (points, width, colour) => ({ colour, inside: (x, y) => distanceToPolyline(x, y, points) <= width / 2 });

const TICK = [
  [1.6, 3.3],
  [3.7, 5.4],
  [8.2, 0.9],
];

const SHAPES = [
  // Three stacked bars: planned (NHS blue) under at-risk (light blue), rising to the right.
  rect(1, 11, 5, 14, NHS_BLUE),
  rect(1, 9, 5, 11, NHS_LIGHT_BLUE),
  rect(6, 9, 10, 14, NHS_BLUE),
  rect(6, 6, 10, 9, NHS_LIGHT_BLUE),
  rect(11, 7, 15, 14, NHS_BLUE),
  rect(11, 2, 15, 7, NHS_LIGHT_BLUE),
  rect(0.5, 14, 15.5, 15, NHS_DARK_GREY),
  // The tick, with a white halo so it stays legible where it crosses a bar.
  stroke(TICK, 3.2, WHITE),
  stroke(TICK, 1.7, NHS_GREEN),
];

function distanceToPolyline(x, y, points) {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** RGBA pixels; each pixel averages SUB x SUB samples of the topmost shape's colour. */
export function drawIcon(size) {
  const SUB = 8;
  const scale = 16 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const x = (px + (sx + 0.5) / SUB) * scale;
          const y = (py + (sy + 0.5) / SUB) * scale;
          let colour = null;
          for (const shape of SHAPES) if (shape.inside(x, y)) colour = shape.colour;
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const offset = (py * size + px) * 4;
      const covered = sum[3];
      // Colour averaged over covered samples (unpremultiplied), alpha = coverage.
      for (let c = 0; c < 3; c++) pixels[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
      pixels[offset + 3] = Math.round((covered / (SUB * SUB)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const outDir = process.argv[2] ?? "assets";
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
