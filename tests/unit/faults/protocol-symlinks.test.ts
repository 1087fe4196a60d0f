// app:// serves only regular files that really lie inside the renderer folder (issue 15, point
// 13): a symlink in the folder that points out of it, or a symlinked folder, is refused; one that
// stays inside is fine; folders and other non-files are refused.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../src/main/adapters/protocol';

const SECRET = 'outside the renderer folder';
let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'attune-symlinks-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Attune</title>');
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  mkdirSync(path.join(base, 'elsewhere'));
  writeFileSync(path.join(base, 'elsewhere/x.js'), SECRET);
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'leak.txt'));
  symlinkSync('../../secret.txt', path.join(root, 'assets/relative-leak.txt'));
  symlinkSync(path.join(base, 'elsewhere'), path.join(root, 'linked-dir'));
  symlinkSync(path.join(root, 'index.html'), path.join(root, 'assets/alias.html'));
  symlinkSync('/etc/hostname', path.join(root, 'hostname.txt'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = async (p: string) => {
  const r = await serveAppRequest(root, new Request(`app://attune/${p}`));
  return { status: r.status, text: await r.text() };
};

describe('app:// and symlinks', () => {
  it.each(['leak.txt', 'assets/relative-leak.txt', 'linked-dir/x.js', 'hostname.txt'])(
    '%s (a symlink leading out of the folder) is not found',
    async (p) => {
      expect(await get(p)).toEqual({ status: 404, text: 'Not found' });
    },
  );

  it('a symlink that stays inside the folder is served', async () => {
    expect(await get('assets/alias.html')).toMatchObject({
      status: 200,
      text: expect.stringContaining('<title>Attune'),
    });
  });

  it('a folder is not a file', async () => {
    expect((await get('assets')).status).toBe(404);
  });

  it('a renderer folder reached through a symlink still serves its own files', async () => {
    const linkedRoot = path.join(base, 'renderer-link');
    symlinkSync(root, linkedRoot);
    const r = await serveAppRequest(linkedRoot, new Request('app://attune/index.html'));
    expect(r.status).toBe(200);
  });
});
