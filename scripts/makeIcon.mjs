// SPDX-License-Identifier: MIT
// Draws the extension icon: a friendly whale carrying containers, wearing a graduation cap.
// The shapes are defined once below and written both as media/icon.svg and as a 128x128
// media/icon.png (rasterised here with 4x4 supersampling and encoded with zlib), so no browser
// or image library is needed. Run: node scripts/makeIcon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const size = 128;
const mediaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'media');

const blue = '#1d63ed';
const navy = '#0b214a';
const white = '#ffffff';
const sky = '#9cc7ff';
const gold = '#ffc83d';

/** Shapes, painted in order. Coordinates are in the 128x128 icon space. */
const shapes = [
  { kind: 'roundRect', x: 0, y: 0, w: 128, h: 128, r: 24, fill: blue },
  // Containers on the whale's back, two rows.
  ...[0, 1, 2].map((i) => ({ kind: 'roundRect', x: 30 + i * 19, y: 54, w: 16, h: 14, r: 2.5, fill: sky })),
  ...[0, 1].map((i) => ({ kind: 'roundRect', x: 39 + i * 19, y: 38, w: 16, h: 14, r: 2.5, fill: sky })),
  // Whale: a round head, the body, a tail with two flukes, an eye and a smile.
  { kind: 'ellipse', cx: 60, cy: 82, rx: 44, ry: 18, fill: white },
  { kind: 'circle', cx: 36, cy: 84, r: 20, fill: white },
  { kind: 'polygon', points: [[92, 76], [106, 66], [100, 54], [112, 60], [122, 52], [118, 68], [106, 90], [94, 94]], fill: white },
  { kind: 'circle', cx: 30, cy: 80, r: 3.6, fill: navy },
  { kind: 'polygon', points: [[22, 91], [38, 94], [48, 92], [38, 97]], fill: navy },
  // Graduation cap on top: the board, the crown under it, and a tassel.
  { kind: 'polygon', points: [[64, 8], [96, 20], [64, 32], [32, 20]], fill: navy },
  { kind: 'roundRect', x: 50, y: 24, w: 28, h: 10, r: 3, fill: navy },
  { kind: 'polygon', points: [[90, 21], [92, 21], [92, 34], [90, 34]], fill: gold },
  { kind: 'circle', cx: 91, cy: 36, r: 3, fill: gold },
];

function inside(shape, x, y) {
  switch (shape.kind) {
    case 'roundRect': {
      const { x: sx, y: sy, w, h, r } = shape;
      if (x < sx || y < sy || x > sx + w || y > sy + h) return false;
      const cx = Math.min(Math.max(x, sx + r), sx + w - r);
      const cy = Math.min(Math.max(y, sy + r), sy + h - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    }
    case 'ellipse':
      return ((x - shape.cx) / shape.rx) ** 2 + ((y - shape.cy) / shape.ry) ** 2 <= 1;
    case 'circle':
      return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
    case 'polygon': {
      // Even-odd ray casting.
      let hit = false;
      const pts = shape.points;
      for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
        const [xi, yi] = pts[i];
        const [xj, yj] = pts[j];
        if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
      }
      return hit;
    }
    default:
      throw new Error(`unknown shape ${shape.kind}`);
  }
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function rasterise() {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  const colours = shapes.map((s) => rgb(s.fill));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let colour;
          shapes.forEach((shape, i) => { if (inside(shape, x, y)) colour = colours[i]; });
          if (colour) {
            sum[0] += colour[0]; sum[1] += colour[1]; sum[2] += colour[2]; sum[3] += 1;
          }
        }
      }
      const at = (py * size + px) * 4;
      const covered = sum[3];
      // Colours are averaged over covered samples only, so edges fade out rather than darken.
      pixels[at] = covered ? Math.round(sum[0] / covered) : 0;
      pixels[at + 1] = covered ? Math.round(sum[1] / covered) : 0;
      pixels[at + 2] = covered ? Math.round(sum[2] / covered) : 0;
      pixels[at + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function toSvg() {
  const body = shapes.map((s) => {
    switch (s.kind) {
      case 'roundRect': return `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.fill}"/>`;
      case 'ellipse': return `  <ellipse cx="${s.cx}" cy="${s.cy}" rx="${s.rx}" ry="${s.ry}" fill="${s.fill}"/>`;
      case 'circle': return `  <circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`;
      case 'polygon': return `  <polygon points="${s.points.map((p) => p.join(',')).join(' ')}" fill="${s.fill}"/>`;
      default: throw new Error(`unknown shape ${s.kind}`);
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">\n`
    + '  <title>Docker Coach</title>\n' + `${body.join('\n')}\n</svg>\n`;
}

fs.mkdirSync(mediaDir, { recursive: true });
fs.writeFileSync(path.join(mediaDir, 'icon.svg'), toSvg());
const png = encodePng(rasterise());
fs.writeFileSync(path.join(mediaDir, 'icon.png'), png);
console.log(`media/icon.svg and media/icon.png (${size}x${size}, ${png.length} bytes)`);
