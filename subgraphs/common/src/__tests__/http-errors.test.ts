import { MAX_JSON_DEPTH, httpRequestRefusal, jsonNestingDepth } from '../http-errors';

describe('httpRequestRefusal: what a client is told about a body the HTTP layer could not read', () => {
  it.each([
    ['malformed JSON', { type: 'entity.parse.failed', status: 400, expose: true, body: '{"query": ' }, 400, 'BAD_REQUEST', 'not valid JSON'],
    ['a JSON string at the top', { type: 'entity.parse.failed', status: 400, expose: true, body: '"abc"' }, 400, 'BAD_REQUEST', 'must be a JSON object'],
    ['a JSON number at the top', { type: 'entity.parse.failed', status: 400, expose: true, body: ' 12' }, 400, 'BAD_REQUEST', 'must be a JSON object'],
    ['null at the top', { type: 'entity.parse.failed', status: 400, expose: true, body: 'null' }, 400, 'BAD_REQUEST', 'must be a JSON object'],
    ['a body over the limit', { type: 'entity.too.large', status: 413, expose: true, limit: 1048576 }, 413, 'PAYLOAD_TOO_LARGE', 'limit of 1 MB'],
    ['a body over an odd limit', { type: 'entity.too.large', status: 413, expose: true, limit: 1000 }, 413, 'PAYLOAD_TOO_LARGE', 'limit of 1000 bytes'],
    ['charset=latin1', { type: 'charset.unsupported', status: 415, expose: true, charset: 'latin1' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported charset "latin1": send JSON in UTF-8'],
    ['an unsupported content-encoding', { type: 'encoding.unsupported', status: 415, expose: true, encoding: 'compress' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported content-encoding "compress"'],
    ['a body cut short', { type: 'request.size.invalid', status: 400, expose: true }, 400, 'BAD_REQUEST', 'content-length'],
    ['a gzip body that does not decompress', { status: 400, expose: true, code: 'Z_DATA_ERROR' }, 400, 'BAD_REQUEST', 'could not be read'],
  ])('answers %s with %i %s', (_name, error, status, code, message) => {
    const refusal = httpRequestRefusal(error);
    expect(refusal).toMatchObject({ status, code });
    expect(refusal!.message).toContain(message);
  });

  it('never quotes the body or a header value that is not short and plain', () => {
    expect(httpRequestRefusal({ type: 'entity.parse.failed', body: '{"name":"张萍华' })!.message).not.toContain('张萍华');
    const charset = httpRequestRefusal({ type: 'charset.unsupported', charset: '<script>alert(1)</script>' })!;
    expect(charset.message).toBe('Unsupported charset: send JSON in UTF-8 (content-type: application/json)');
  });

  it.each([
    ['an error of the server itself', new Error('ECONNREFUSED /work/main/x.ts')],
    ['a 5xx raised while reading', { status: 500, expose: false, type: 'stream.not.readable' }],
    ['a client error not marked safe to show', { status: 400, expose: false }],
    ['something that is not an error', 'boom'],
  ])('leaves %s to the masked 500', (_name, error) => {
    expect(httpRequestRefusal(error)).toBeNull();
  });
});

describe('jsonNestingDepth: how deep a body nests, counted without recursion', () => {
  const depth = (text: string) => jsonNestingDepth(Buffer.from(text, 'utf8'));
  it.each([
    ['a scalar', '12', 0],
    ['an empty object', '{}', 1],
    ['a request with variables', '{"query":"{ zones { code } }","variables":{"input":{"items":[{"gnum":1}]}}}', 5],
    ['brackets inside strings', '{"query":"{ a { b { c } } } [[[["}', 1],
    ['an escaped quote before brackets in a string', '{"q":"\\"[[[{{{"}', 1],
    ['an escaped backslash ending a string', '{"q":"\\\\","v":[[1]]}', 3],
    ['Chinese text', '{"name":"张萍华[{"}', 1],
    ['10,000 nested arrays', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 10_000],
    ['unbalanced garbage', ']]]{{', 2],
  ])('%s', (_name, text, expected) => {
    expect(depth(text)).toBe(expected);
  });

  it('is refused past the limit with a 400 that says why', () => {
    const refusal = httpRequestRefusal({ type: 'entity.too.deep', status: 403, expose: true });
    expect(refusal).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(refusal!.message).toContain(`more than ${MAX_JSON_DEPTH} levels`);
  });
});
