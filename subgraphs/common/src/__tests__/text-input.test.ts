import { textInputProblem } from '../text-input';

describe('the rule of string inputs', () => {
  it.each([
    ['a plain code at the limit', 'A'.repeat(60), { maxLength: 60 }, null],
    ['one character over the limit', 'A'.repeat(61), { maxLength: 60 }, 'must be at most 60 characters'],
    ['150,000 characters', '王'.repeat(150_000), { maxLength: 60 }, 'must be at most 60 characters'],
    ['Chinese characters at the limit (counted as characters, not bytes)', '王'.repeat(60), { maxLength: 60 }, null],
    ['characters outside the BMP, each counted once', '𠮷'.repeat(3), { maxLength: 3 }, null],
    ['one such character over the limit', '𠮷'.repeat(4), { maxLength: 3 }, 'must be at most 3 characters'],
    ['the empty string (emptiness is the field rule\'s business)', '', { maxLength: 3 }, null],
    ['a NUL', 'ab\u0000c', { maxLength: 60 }, 'contains a control character U+0000 at character 3'],
    ['a NUL in multi-line text', 'a\u0000', { maxLength: 60, multiline: true }, 'contains a control character U+0000 at character 2 (only line feeds U+000A are allowed)'],
    ['a line feed in a single-line field', 'line\nbreak', { maxLength: 60 }, 'contains a control character U+000A at character 5'],
    ['a line feed in multi-line text', 'first\nsecond', { maxLength: 60, multiline: true }, null],
    ['a carriage return in multi-line text', 'first\r\nsecond', { maxLength: 60, multiline: true }, 'contains a control character U+000D at character 6 (only line feeds U+000A are allowed)'],
    ['a tab', 'a\tb', { maxLength: 60 }, 'contains a control character U+0009 at character 2'],
    ['the last C0 character', '\u001f', { maxLength: 60 }, 'contains a control character U+001F at character 1'],
    ['DEL', '\u007f', { maxLength: 60 }, 'contains a control character U+007F at character 1'],
    ['a C1 control', 'x\u0085', { maxLength: 60 }, 'contains a control character U+0085 at character 2'],
    ['the first character after C1 (no-break space)', '\u00a0', { maxLength: 60 }, null],
    ['an ideographic space', '\u3000', { maxLength: 60 }, null],
    ['a lone high surrogate', 'a\ud842', { maxLength: 60 }, 'contains an unpaired surrogate U+D842 at character 2'],
    ['a lone low surrogate', '\udfb7b', { maxLength: 60 }, 'contains an unpaired surrogate U+DFB7 at character 1'],
  ])('%s', (_case, value, rule, problem) => {
    expect(textInputProblem(value, rule)).toBe(problem);
  });

  it('never quotes the value in its reason', () => {
    const reason = textInputProblem('secret\u0000name', { maxLength: 60 })!;
    expect(reason).not.toContain('secret');
  });
});
