import { isDatabaseUnavailable } from './unavailable';

const err = (message: string, props: Record<string, unknown> = {}) => Object.assign(new Error(message), props);

/** Which failures mean "the database is away" (503, Retry-After) and which are errors of their own. */
describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', err('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' })],
    ['localhost refused on ::1 and 127.0.0.1', Object.assign(new AggregateError([err('a', { code: 'ECONNREFUSED' }), err('b', { code: 'ECONNREFUSED' })]), { code: 'ECONNREFUSED' })],
    ['both attempts refused, without a code of its own', new AggregateError([err('a', { code: 'ECONNREFUSED' }), err('b', { code: 'ETIMEDOUT' })])],
    ['a reset socket', err('read ECONNRESET', { code: 'ECONNRESET' })],
    ['a write to a closed socket', err('write EPIPE', { code: 'EPIPE' })],
    ['a connection failure (08006)', err('connection failure', { code: '08006' })],
    ['an administrator shutdown (57P01)', err('terminating connection due to administrator command', { code: '57P01' })],
    ['a server starting up (57P03)', err('the database system is starting up', { code: '57P03' })],
    ['too many connections (53300)', err('sorry, too many clients already', { code: '53300' })],
    ['a connection lost mid-query, prefixed by knex with the SQL', err('select 1 - Connection terminated unexpectedly')],
    ["pg's connection timeout", err('timeout expired')],
    ["knex's pool timeout", err('Knex: Timeout acquiring a connection. The pool is probably full.', { name: 'KnexTimeoutError' })],
    ['a client that lost its connection', err('Client has encountered a connection error and is not queryable')],
    ['a cause that is one of these', err('wrapped', { cause: err('x', { code: '57P01' }) })],
  ])('%s: yes', (_what, e) => expect(isDatabaseUnavailable(e)).toBe(true));

  it.each([
    ['a unique violation (23505)', err('duplicate key value', { code: '23505' })],
    ['a statement cancelled by statement_timeout (57014)', err('canceling statement due to statement timeout', { code: '57014' })],
    ['a syntax error (42601)', err('syntax error', { code: '42601' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['an AggregateError of other errors', new AggregateError([err('a', { code: 'ECONNREFUSED' }), new Error('b')])],
    ['nothing', null],
    ['a string', 'ECONNREFUSED'],
  ])('%s: no', (_what, e) => expect(isDatabaseUnavailable(e)).toBe(false));
});
