/**
 * The rule every string a client sends obeys, whatever its field: the field's maximum length,
 * counted in Unicode characters (code points, as PostgreSQL's varchar counts them), and no control
 * characters. Control characters are C0 (U+0000-U+001F), DEL (U+007F) and C1 (U+0080-U+009F): a
 * NUL cannot be stored in PostgreSQL text at all, and the others have no place in a name, a code or
 * an address of the customs messages. Free text that may span lines (a reason, findings) accepts
 * the line feed U+000A and nothing else: no tab, no carriage return, so one text has one form.
 * Unpaired UTF-16 surrogates are refused too: they are no character and no UTF-8 can carry them.
 */
export interface TextRule {
  /** Most characters (code points) the field takes. */
  maxLength: number;
  /** Whether line feeds (U+000A) are accepted. Default: false. */
  multiline?: boolean;
}

const LINE_FEED = 0x0a;

function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why a string breaks its field's rule, or null when it keeps it. The reason names the offending
 * character by code point and position (1-based), never the value.
 */
export function textInputProblem(value: string, rule: TextRule): string | null {
  // Counting stops past the maximum, so a string of a million characters costs no more than the limit.
  let characters = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    characters++;
    if (characters > rule.maxLength) return `must be at most ${rule.maxLength} characters`;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `contains an unpaired surrogate ${hex(code)} at character ${characters}`;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return `contains an unpaired surrogate ${hex(code)} at character ${characters}`;
    if (isControl(code) && !(rule.multiline && code === LINE_FEED)) {
      return `contains a control character ${hex(code)} at character ${characters}${rule.multiline ? ' (only line feeds U+000A are allowed)' : ''}`;
    }
  }
  return null;
}
