import { describe, expect, it } from 'vitest';
import { parseIngestOptions, parseSize } from '../../ingest/options.js';
import { UsageError } from '../../src/cli/errors.js';

describe('kg ingest options', () => {
  it('parses sizes', () => {
    expect(parseSize('20MB')).toBe(20 * 1024 * 1024);
    expect(parseSize('512kb')).toBe(512 * 1024);
    expect(parseSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('20 apples')).toBeNull();
  });

  it('validates and converts commander strings', () => {
    const o = parseIngestOptions({ maxSize: '1MB', workers: '3', batch: '10', date: '2024-02-29', locale: '云岭市', log: 'json', dryRun: true });
    expect(o).toMatchObject({ maxSize: 1024 * 1024, workers: 3, batch: 10, date: '2024-02-29', locale: '云岭市', log: 'json', dryRun: true, force: false });
  });

  it('names the option in a one-line error', () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ date: '2023-13-01' }, '--date: is not a real date'],
      [{ date: '23-1-1' }, '--date: must be YYYY-MM-DD'],
      [{ workers: 'many' }, '--workers: must be a whole number'],
      [{ batch: '0' }, '--batch: Too small: expected number to be >=1'],
      [{ log: 'xml' }, '--log: must be pretty or json'],
      [{ maxSize: 'big' }, '--max-size: must be a size like 20MB, 512KB or 1GB'],
    ];
    for (const [raw, message] of bad) {
      expect(() => parseIngestOptions(raw)).toThrow(new UsageError(message));
    }
  });
});
