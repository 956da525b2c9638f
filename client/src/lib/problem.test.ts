import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { issuesByField, problemIssues, problemText } from './problem';

const problem = (status: number, errors: unknown) => new ApiError(status, 'Parametri non validi', 'progress: too big', { errors });

describe('problemIssues', () => {
  it('reads the errors[] of a problem, keeping only what has the expected shape', () => {
    expect(problemIssues(problem(400, [{ name: 'progress', message: 'too big' }, { row: 4, column: 'code', message: 'bad' }, 'junk']))).toEqual([
      { name: 'progress', message: 'too big' },
      { row: 4, column: 'code', message: 'bad' },
    ]);
    expect(problemIssues(problem(500, undefined))).toEqual([]);
    expect(problemIssues(new Error('x'))).toEqual([]);
  });
});

describe('issuesByField', () => {
  it('gives each field its first message and keeps the rest, named', () => {
    const issues = [
      { name: 'progress', message: 'too big' },
      { name: 'progress', message: 'not a number' },
      { name: 'code', message: 'is not a known field' },
      { message: 'send at least one field' },
    ];
    expect(issuesByField(issues, ['status', 'progress'])).toEqual({
      fields: { progress: 'too big' },
      other: ['progress: not a number', 'code: is not a known field', 'send at least one field'],
    });
  });

  it('puts an issue about a group on its first field', () => {
    expect(issuesByField([{ name: 'evidence', message: 'Unrecognized key' }], ['comment', 'evidence.type', 'evidence.url']).fields).toEqual({ 'evidence.type': 'Unrecognized key' });
  });

  it('reads the row a problem names, in either spelling; the list itself is no row', () => {
    const rows = ['items.0', 'items.1', 'items.2', 'items.3'];
    expect(issuesByField([{ name: 'items.3.indicator', message: 'unknown' }], rows).fields).toEqual({ 'items.3': 'unknown' });
    expect(issuesByField([{ name: 'items[0].indicator', message: 'unknown' }], rows).fields).toEqual({ 'items.0': 'unknown' });
    expect(issuesByField([{ name: 'items', message: 'too many' }], rows)).toEqual({ fields: {}, other: ['items: too many'] });
    expect(issuesByField([{ name: 'plan', message: 'unknown' }], rows)).toEqual({ fields: {}, other: ['plan: unknown'] });
  });
});

describe('problemText', () => {
  it('says the problem with its HTTP status, or the error message', () => {
    expect(problemText(new ApiError(409, 'Conflitto', 'stale version'))).toBe('stale version (HTTP 409)');
    expect(problemText(new ApiError(502, 'Bad Gateway', ''))).toBe('Bad Gateway (HTTP 502)');
    expect(problemText(new Error('boom'))).toBe('boom');
  });
});
