/**
 * The front-end codegen example: graphql-codegen's client preset against the platform's committed
 * schema writes what is committed, and the example code type-checks against it, with Decimal and
 * DateTime as strings (a scalar left `unknown` or `any` would not let `summary` compile).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('front-end codegen example (client preset, platform schema)', () => {
  it('generates what is committed in examples/frontend/src/generated (graphql-codegen --check)', () => {
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'examples/frontend/codegen.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: run.status, output: `${run.stdout}${run.stderr}`.slice(-2000) }).toEqual({ status: 0, output: expect.any(String) });
  }, 120_000);

  it('maps the product\'s scalars to string: inputs and results carry Decimal and DateTime as text', () => {
    const generated = fs.readFileSync(path.join(ROOT, 'examples/frontend/src/generated/graphql.ts'), 'utf8');
    expect(generated).toMatch(/amountPaid: string;/);
    expect(generated).toMatch(/payTime: string;/);
    expect(generated).not.toMatch(/\bany\b|: unknown;/);
  });

  it('type-checks the example with the generated types, and refuses a wrong use of them', () => {
    const options: ts.CompilerOptions = { strict: true, noEmit: true, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] };
    const example = path.join(ROOT, 'examples/frontend/src/orders.ts');
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([example], options));
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);

    // The same types catch a number where the schema says Decimal.
    const wrong = path.join(ROOT, 'examples/frontend/src/wrong-use.tmp.ts');
    fs.writeFileSync(wrong, `import { paymentInput } from './orders';\nconst input = paymentInput('1.00');\nexport const amount: number = input.amountPaid;\n`);
    try {
      const refused = ts.getPreEmitDiagnostics(ts.createProgram([wrong], options)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(refused.join('\n')).toMatch(/Type 'string' is not assignable to type 'number'/);
    } finally {
      fs.rmSync(wrong, { force: true });
    }
  }, 120_000);
});
