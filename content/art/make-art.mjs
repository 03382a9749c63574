// Makes Jaga's pictures from Twemoji graphics (CC BY 4.0), composed into scenes, and writes them
// as PNG files: lesson scenes into each module's pictures/ folder, chat personas and the mascot
// into the app's resources. Run again after changing a scene; see README.md in this folder.
//
//   cd content/art && npm ci && node make-art.mjs
//
// Nothing here is drawn from photographs; every shape is a Twemoji graphic or a plain shape
// (rectangles, circles, speech bubbles) drawn below.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const twemoji = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
const modules = join(here, '..', 'modules');
const resources = join(here, '..', '..', 'src', 'main', 'resources', 'jaga', 'art');

// ---- building blocks -------------------------------------------------------------------------

/** One Twemoji graphic (by its code points, as in its file name) in a square at x, y. */
function emoji(code, x, y, size) {
  const svg = readFileSync(join(twemoji, `${code}.svg`), 'utf8');
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 36 36">${inner}</svg>`;
}

/** A person: their face on a soft disc, so characters read as people and not as icons. */
function person(code, x, y, size, disc = '#FFFFFF') {
  const r = size / 2;
  return `<circle cx="${x + r}" cy="${y + r}" r="${r}" fill="${disc}" opacity="0.9"/>`
    + emoji(code, x + size * 0.1, y + size * 0.1, size * 0.8);
}

/** A speech bubble with its tail towards (tx, ty), holding emoji in a row. */
function bubble(x, y, w, h, codes, tx, ty, fill = '#FFFFFF') {
  const size = Math.min(h * 0.7, (w * 0.8) / Math.max(1, codes.length));
  const gap = (w - size * codes.length) / (codes.length + 1);
  const midX = x + w / 2;
  const tail = `<path d="M ${midX - 14} ${y + h - 2} L ${tx} ${ty} L ${midX + 14} ${y + h - 2} Z" fill="${fill}" stroke="#33415C" stroke-width="3" stroke-linejoin="round"/>`;
  const box = `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${h / 3}" fill="${fill}" stroke="#33415C" stroke-width="3"/>`;
  const cover = `<rect x="${midX - 12}" y="${y + h - 6}" width="24" height="6" fill="${fill}"/>`;
  const items = codes.map((code, i) => emoji(code, x + gap + i * (size + gap), y + (h - size) / 2, size)).join('');
  return tail + box + cover + items;
}

/** A phone or tablet: a dark frame with a light screen holding emoji in a row. */
function device(x, y, w, h, codes, screen = '#E8F1FF') {
  const size = Math.min(h * 0.55, (w * 0.8) / Math.max(1, codes.length));
  const gap = (w - size * codes.length) / (codes.length + 1);
  const items = codes.map((code, i) => emoji(code, x + gap + i * (size + gap), y + (h - size) / 2, size)).join('');
  return `<rect x="${x - 12}" y="${y - 12}" width="${w + 24}" height="${h + 24}" rx="22" fill="#2B2D42"/>`
    + `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${screen}"/>` + items;
}

/** A phone or tablet seen from the back (turned over, or held by someone else): no screen to see. */
function deviceBack(x, y, w, h) {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="#2B2D42"/>`
    + `<circle cx="${x + 22}" cy="${y + 22}" r="8" fill="#5C6378"/>`;
}

/** A wall between two rooms with an open door, at x; the room beyond has its own colours. */
function nextRoom(x, wall, floor) {
  return `<rect x="${x}" width="${800 - x}" height="450" fill="${wall}"/><rect x="${x}" y="340" width="${800 - x}" height="110" fill="${floor}"/>`
    + `<rect x="${x - 14}" width="28" height="130" fill="#8D6E63"/><rect x="${x - 14}" y="340" width="28" height="110" fill="#8D6E63"/>`;
}

/** A plain background: a wall or sky, and a floor or ground band. */
function room(wall, floor) {
  return `<rect width="800" height="450" fill="${wall}"/><rect y="340" width="800" height="110" fill="${floor}"/>`;
}

function write(file, svg, width, height) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
  console.log(`${file.replace(join(here, '..', '..') + '/', '')}  ${width}x${height}  ${Math.round(png.length / 1024)} KB`);
}

function scene(module, name, parts) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">${parts.join('')}</svg>`;
  write(join(modules, module, 'pictures', `${name}.png`), svg, 800, 450);
}

// ---- the people in the stories ---------------------------------------------------------------
// Children from across Malaysia; each has one face everywhere (scenes and chats).
const FACES = {
  aina: '1f9d5-1f3fd',      // Malay girl in a hijab (Ipoh)
  siti: '1f9d5-1f3fe',      // girl in a hijab (Kuching, Sarawak)
  'mei-ling': '1f467-1f3fb', // Chinese Malaysian girl
  'wei-jie': '1f466-1f3fb',  // Chinese Malaysian boy
  arjun: '1f466-1f3fe',      // Indian Malaysian boy
  priya: '1f467-1f3fe',      // Indian Malaysian girl
  kavitha: '1f467-1f3ff',    // Indian Malaysian girl
  danial: '1f466-1f3fd',     // Malay boy
  hafiz: '1f466-1f3fd',      // Malay boy
  rizal: '1f9d2-1f3fe',      // boy from Sabah
  mum: '1f469-1f3fd',
  dad: '1f468-1f3fd',
  teacher: '1f9d1-1f3fd-200d-1f3eb',
  // added for the second edition's upsetting and games modules (after the first set, so their discs keep their colours)
  aiman: '1f9d2-1f3fd',      // Malay boy (Kota Bharu)
  'wei-ling': '1f9d1-1f3fb', // Chinese Malaysian girl (Penang)
  hana: '1f467-1f3fd',       // Malay girl (Penang)
  kavin: '1f466-1f3ff',      // Indian Malaysian boy (Klang)
  jason: '1f9d2-1f3fb',      // boy from Sabah
  aisyah: '1f9d5-1f3fc',     // Malay girl in a hijab (Kedah)
  amma: '1f469-1f3fe',       // Kavin's mother (amma: mum in Tamil)
};
// Accounts known only online wear a game picture on a square tile: never a real face.
const ONLINE = {
  'player-panda': '1f43c', 'player-lion': '1f981', 'player-robot': '1f916', 'player-alien': '1f47e',
  'player-crown': '1f451', 'player-bolt': '26a1', 'player-rocket': '1f680', 'player-star': '2b50',
  'player-car': '1f3ce', 'player-cool': '1f60e', shop: '1f6d2', 'pop-up': '1f4e2',
};
// Apps that talk in a chat: their picture on a tile, without the game badge.
const APPS = { 'video-app': '1f4fa', 'drawing-app': '1f3a8' };
const DISCS = ['#FAD4C0', '#C8E6C9', '#BBDEFB', '#FFE0B2', '#E1BEE7', '#B2EBF2', '#F8BBD0', '#DCEDC8', '#FFF59D', '#D7CCC8',
  '#FFCCBC', '#C5CAE9', '#B2DFDB'];

function personas() {
  Object.entries(FACES).forEach(([id, code], i) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">`
      + `<circle cx="64" cy="64" r="64" fill="${DISCS[i % DISCS.length]}"/>${emoji(code, 16, 16, 96)}</svg>`;
    write(join(resources, 'personas', `${id}.png`), svg, 128, 128);
  });
  Object.entries(ONLINE).forEach(([id, code]) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">`
      + `<rect x="3" y="3" width="122" height="122" rx="24" fill="#DDE4F7" stroke="#37306B" stroke-width="6"/>${emoji(code, 20, 20, 88)}`
      + `<circle cx="106" cy="106" r="20" fill="#FFFFFF"/>${emoji('1f3ae', 91, 91, 30)}</svg>`;
    write(join(resources, 'personas', `${id}.png`), svg, 128, 128);
  });
  Object.entries(APPS).forEach(([id, code]) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">`
      + `<rect x="3" y="3" width="122" height="122" rx="24" fill="#E6F4EA" stroke="#1B5E20" stroke-width="6"/>${emoji(code, 18, 18, 92)}</svg>`;
    write(join(resources, 'personas', `${id}.png`), svg, 128, 128);
  });
}

function mascot() {
  // Jaga's mascot: a friendly Malayan tiger with a shield.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">`
    + `<circle cx="128" cy="128" r="124" fill="#FFF3D6" stroke="#B45309" stroke-width="6"/>`
    + emoji('1f42f', 34, 30, 170) + emoji('1f6e1', 150, 140, 92) + `</svg>`;
  write(join(resources, 'mascot.png'), svg, 256, 256);
}

// ---- one picture for every lesson of the 7-9 modules -------------------------------------------
const f = FACES;

function scenes() {
  // grooming-7-9
  scene('grooming-7-9', 'surprises-and-secrets', [room('#FDF2E9', '#F5CBA7'),
    person(f.siti, 70, 150, 190), bubble(40, 30, 160, 100, ['1f92b'], 150, 150),
    emoji('1f382', 330, 170, 190), emoji('1f389', 560, 60, 120), person(f.teacher, 580, 190, 150, '#FFFFFF')]);
  scene('grooming-7-9', 'kind-online-friends', [room('#E3F2FD', '#BBDEFB'),
    person(f.danial, 50, 170, 170), device(260, 150, 250, 170, ['1f3ce', '1f3c1']),
    bubble(560, 40, 180, 100, ['1f44d', '1f60a'], 560, 170), emoji(ONLINE['player-panda'], 600, 200, 130)]);
  scene('grooming-7-9', 'gifts-online', [room('#FCE4EC', '#F8BBD0'),
    person(f['mei-ling'], 50, 170, 170), device(260, 150, 250, 170, ['1f436', '1fa99']),
    bubble(540, 30, 200, 110, ['1f381', '1fa99'], 600, 190), emoji(ONLINE['player-lion'], 600, 200, 130)]);

  // scams-7-9
  scene('scams-7-9', 'too-good-to-be-true', [room('#E8F5E9', '#C8E6C9'),
    person(f.danial, 60, 170, 180), bubble(40, 30, 150, 100, ['1f914'], 140, 170),
    device(310, 110, 300, 200, ['1fa99', '2728', '1f381'], '#FFF8E1'), emoji('26a0', 640, 60, 110)]);
  // second edition: no toothbrush any more; the key is only for the child and their mum, dad or guardian
  scene('scams-7-9', 'your-password-is-yours', [room('#EDE7F6', '#D1C4E9'),
    emoji('1f511', 40, 140, 160), device(240, 140, 220, 170, ['1f3ae', '1f512']),
    person(f['mei-ling'], 500, 200, 140), person(f.mum, 620, 160, 170), bubble(540, 30, 160, 100, ['2764'], 620, 160)]);
  scene('scams-7-9', 'ask-before-you-click', [room('#FFF8E1', '#FFE0B2'),
    person(f.arjun, 40, 180, 160), device(240, 140, 240, 170, ['1f48e', '1f6d2']),
    bubble(500, 40, 140, 100, ['2753'], 600, 170), person(f.dad, 560, 170, 190)]);

  // images-7-9
  scene('images-7-9', 'your-body-is-yours', [room('#E0F7FA', '#B2EBF2'),
    person(f.aina, 200, 110, 220), emoji('1f6e1', 450, 150, 170), emoji('1f496', 90, 70, 100)]);
  scene('images-7-9', 'pictures-we-keep', [room('#F1F8E9', '#DCEDC8'),
    device(90, 110, 380, 200, ['1f58d', '1f45f', '2705']), emoji('1f512', 560, 130, 170)]);
  scene('images-7-9', 'ask-before-you-post', [room('#FFF3E0', '#FFCCBC'),
    person(f['mei-ling'], 40, 170, 170), emoji('1f4f7', 230, 210, 110),
    bubble(240, 40, 140, 100, ['2753'], 300, 180), person(f.priya, 440, 160, 180), emoji('1f382', 640, 200, 130)]);
  scene('images-7-9', 'if-anyone-asks', [room('#E8EAF6', '#C5CAE9'),
    device(50, 120, 180, 190, ['270b']), person(f.siti, 320, 180, 160), emoji('27a1', 260, 220, 60),
    person(f.dad, 540, 150, 190), emoji('1fac2', 480, 60, 100)]);

  // cyberbullying-7-9
  scene('cyberbullying-7-9', 'kind-or-unkind', [room('#E3F2FD', '#BBDEFB'),
    person(f.danial, 40, 180, 170), device(260, 150, 220, 160, ['1f3ae']),
    bubble(520, 40, 220, 100, ['1f44d', '2764'], 560, 160), bubble(520, 200, 220, 100, ['1f44e'], 500, 250, '#F3F4F6')]);
  scene('cyberbullying-7-9', 'stop-and-tell', [room('#FBE9E7', '#FFCCBC'),
    emoji('1f6d1', 40, 140, 150), emoji('27a1', 200, 190, 60), emoji('1f4f8', 270, 140, 150),
    emoji('27a1', 430, 190, 60), person(f['mei-ling'], 500, 190, 140), person(f.mum, 620, 140, 170)]);
  scene('cyberbullying-7-9', 'be-kind', [room('#F3E5F5', '#E1BEE7'),
    person(f.arjun, 110, 170, 190), bubble(290, 40, 200, 100, ['1f91d', '2764'], 300, 190),
    person(f.siti, 480, 170, 190)]);

  // privacy-7-9
  scene('privacy-7-9', 'what-is-private', [room('#E8F5E9', '#C8E6C9'),
    person(f.aina, 40, 160, 200), bubble(270, 40, 460, 120, ['1f3e0', '1f3eb', '1f382', '1f511'], 300, 200),
    emoji('1f512', 420, 210, 130)]);
  // second edition: Danial watches a live video of his car game; Dad is in the next room.
  scene('privacy-7-9', 'ask-first', [room('#E1F5FE', '#B3E5FC'), nextRoom(560, '#FFF8E1', '#FFE0B2'),
    person(f.danial, 30, 180, 170), bubble(30, 40, 150, 100, ['2753'], 110, 185),
    device(230, 150, 260, 170, ['1f3ce', '1f4ac']), emoji('1f534', 240, 160, 34),
    emoji('27a1', 500, 220, 60), person(f.dad, 600, 160, 180)]);
  scene('privacy-7-9', 'passwords-and-photos', [room('#FFFDE7', '#FFF59D'),
    emoji('1f511', 60, 130, 170), emoji('1f3e0', 240, 130, 170), device(470, 120, 240, 190, ['1f4f7', '1f3eb'])]);

  // misinformation-7-9
  scene('misinformation-7-9', 'not-all-true', [room('#E0F2F1', '#B2DFDB'),
    person(f.danial, 50, 170, 180), bubble(40, 30, 150, 100, ['1f914'], 140, 170),
    device(300, 110, 300, 210, ['1f41f', '1f4ac']), emoji('2753', 650, 80, 100)]);
  scene('misinformation-7-9', 'pictures-can-change', [room('#FCE4EC', '#F8BBD0'),
    person(f.aina, 40, 170, 180), device(270, 120, 280, 200, ['1f431', '1f3a8']), emoji('1f4f7', 610, 170, 140)]);
  scene('misinformation-7-9', 'not-sure-dont-share', [room('#FFF3E0', '#FFE0B2'),
    person(f.priya, 50, 170, 180), bubble(40, 30, 150, 100, ['1f914'], 140, 170),
    device(290, 120, 230, 190, ['1f4e8', '1f501']), emoji('270b', 590, 130, 170)]);

  // upsetting-7-9: only the helpful action, never the upsetting thing
  scene('upsetting-7-9', 'close-it-and-tell', [room('#E8F5E9', '#C8E6C9'),
    deviceBack(50, 150, 170, 230), emoji('1f504', 85, 40, 100), emoji('27a1', 240, 230, 60),
    person(f.aiman, 310, 180, 170), emoji('27a1', 490, 230, 60),
    person(f.mum, 570, 150, 190), bubble(560, 20, 160, 100, ['2764'], 650, 150)]);
  scene('upsetting-7-9', 'a-friend-shows-you', [room('#E3F2FD', '#C5E1A5'),
    emoji('1f3eb', 600, 20, 160),
    person(f.hana, 30, 190, 160), deviceBack(185, 230, 70, 110),
    person(f['wei-ling'], 300, 180, 170), emoji('270b', 320, 60, 110),
    emoji('27a1', 490, 240, 60), person(f.teacher, 570, 190, 170)]);
  scene('upsetting-7-9', 'scary-messages', [room('#FFF8E1', '#FFE0B2'),
    person(f.kavin, 30, 180, 170), device(230, 140, 220, 170, ['2709', '2753']),
    emoji('27a1', 480, 220, 60), person(f.amma, 570, 160, 190), bubble(560, 20, 160, 100, ['1f44d'], 650, 160)]);

  // games-7-9
  scene('games-7-9', 'free-diamonds', [room('#EDE7F6', '#D1C4E9'),
    person(f.jason, 30, 180, 170), bubble(30, 40, 150, 100, ['1f914'], 110, 185),
    device(240, 140, 240, 170, ['1f3ae', '1f48e']),
    bubble(530, 30, 220, 110, ['1f48e', '1f511'], 640, 190), emoji(ONLINE['player-crown'], 580, 200, 130)]);
  scene('games-7-9', 'unkind-voice-chat', [room('#E0F7FA', '#B2EBF2'),
    person(f.kavitha, 30, 190, 170), emoji('1f3a7', 60, 80, 110),
    device(240, 140, 240, 170, ['1f3f0', '1f507']),
    emoji('27a1', 500, 220, 60), person(f.dad, 580, 160, 180)]);
  scene('games-7-9', 'ask-before-you-buy', [room('#FFF3E0', '#FFCCBC'),
    person(f.aisyah, 30, 180, 170), bubble(30, 40, 150, 100, ['2753'], 110, 185),
    device(240, 140, 240, 170, ['1f6d2', '1fa99']),
    emoji('27a1', 500, 220, 60), person(f.dad, 580, 160, 180)]);
}

personas();
mascot();
scenes();
