/**
 * The CLIs as a curator runs them (spawned through tsx): exit codes and `file:line  path  message` output.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/project-root';
import { cleanupSeedCopies, copyValidSeed, DESERT, editFile, lineOf, VALID_SEED_DIR } from './seed-fixture';

// Each case spawns tsx (a second or more on a busy 2-core machine); this is not a speed assertion.
jest.setTimeout(60_000);
afterAll(cleanupSeedCopies);

function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('npx', ['tsx', script, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('load-seed CLI', () => {
  it('exits 1 on a bad seed, printing each error as file:line  path  message, and writes nothing', async () => {
    const dir = await copyValidSeed();
    await editFile({
      dir,
      file: `${DESERT}/claims.yaml`,
      from: 'speaker: mesa-institute',
      to: 'speaker: mesa-college',
    });
    const line = await lineOf({ dir, file: `${DESERT}/claims.yaml`, text: 'speaker: mesa-college' });
    const { code, stderr } = run('server/cli/load-seed.ts', ['--check', '--dir', dir]);
    expect(code).toBe(1);
    const file = path.relative(PROJECT_ROOT, path.join(dir, DESERT, 'claims.yaml'));
    expect(stderr).toContain(`${file}:${line}  claims[3].speaker  unknown entity "mesa-college"`);
    expect(stderr).toMatch(/1 problem\(s\) in .*; nothing was written/);
  });

  it('exits 1 on a bad seed even without --check (nothing is written before validation passes)', async () => {
    const dir = await copyValidSeed();
    await editFile({
      dir,
      file: `${DESERT}/claims.yaml`,
      from: 'speaker: mesa-institute',
      to: 'speaker: mesa-college',
    });
    // An unroutable URI: if the CLI tried to connect, it would report a connection failure instead.
    const { code, stderr } = run('server/cli/load-seed.ts', ['--dir', dir], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(code).toBe(1);
    expect(stderr).toContain('unknown entity "mesa-college"');
  });

  it('exits 0 with counts on a valid seed with --check', () => {
    const { code, stdout } = run('server/cli/load-seed.ts', ['--check', '--dir', VALID_SEED_DIR]);
    expect(code).toBe(0);
    expect(stdout).toContain('seed OK: 1 source(s), 5 entities, 4 claims, 3 fact edges, 1 topic(s)');
  });

  it('explains that the embedded store needs no seeding when NEO4J_URI is unset', () => {
    const { code, stdout } = run('server/cli/load-seed.ts', ['--dir', VALID_SEED_DIR]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/NEO4J_URI is not set.*embedded store loads the seed files itself/s);
  });
});

describe('locate-quotes CLI', () => {
  it('fills missing offsets of one source folder and exits 0', async () => {
    const dir = await copyValidSeed();
    await editFile({ dir, file: `${DESERT}/claims.yaml`, from: '  start: 56\n  end: 85\n', to: '' });
    const { code, stdout } = run('seed/cli/locate-quotes.ts', ['--dir', path.join(dir, DESERT)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/updated .*claims.yaml/);
    expect(await readFile(path.join(dir, DESERT, 'claims.yaml'), 'utf8')).toContain(
      'quote: Wile Coyote, CEO of Acme Corp\n  start: 56\n  end: 85\n',
    );
  });

  it('exits 1 naming file:line on an ambiguous quote', async () => {
    const dir = await copyValidSeed();
    await editFile({
      dir,
      file: `${DESERT}/entities.yaml`,
      from: '    - quote: Acme Corp\n      occurrence: 2\n',
      to: '    - quote: Acme Corp\n',
    });
    const { code, stderr } = run('seed/cli/locate-quotes.ts', ['--dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/entities\.yaml:10 {2}entities\[0\]\.mentions\[1\]\.quote {2}quote occurs 2 times/);
  });
});
