/**
 * Plain-words messages for syntax mistakes in the data files. The bundler's parser error
 * and stack trace speak to programmers; the people who edit `data/*.ts` need the file, the
 * line, and what to type instead.
 */
import ts from 'typescript';

/** The first syntax mistake in one data file. */
export interface DataSyntaxProblem {
  /** 1-based line of the mistake. */
  readonly line: number;
  /** `file:line: what is wrong. How to fix it.` */
  readonly message: string;
}

/** A letter, an apostrophe, a letter: "Convention's", "don't". */
const APOSTROPHE_IN_WORD = /\p{L}'\p{L}/u;

/** What a TypeScript syntax message means, in words for someone who edits text. */
function explain(code: number, tsText: string, lineText: string): string {
  const unterminated = code === 1002;
  if (APOSTROPHE_IN_WORD.test(lineText) && (code === 1005 || unterminated || code === 1434)) {
    return `a ' inside '…' ends the text early: use "…" around the text, or the typographic ’ instead of '.`;
  }
  if (unterminated) {
    return 'a text is not closed: end it with the same quote it starts with, on the same line.';
  }
  if (code === 1005 && /^'[,;]' expected/.test(tsText)) {
    return 'a comma is missing: put a "," after each entry and each field, such as "start: \'11:00\',".';
  }
  if (code === 1005 && /^'[\]})]' expected/.test(tsText)) {
    return `a bracket is not closed: ${tsText.slice(0, 3)} is missing, here or on a line above.`;
  }
  if (code === 1109 || code === 1128) {
    return 'something is missing here, such as a value after ":" or a closing quote or bracket.';
  }
  return `this is not valid TypeScript (${tsText.replace(/\.$/, '')}).`;
}

/**
 * Checks one data file's text for syntax mistakes, without running it.
 * @returns the first mistake in plain words, or `null` when the file parses.
 * @example checkDataSyntax("title: 'Today's update',", 'data/agenda.ts')?.message
 * // "data/agenda.ts:1: a ' inside '…' ends the text early: use \"…\" around the text, or the typographic ’ instead of '."
 */
export function checkDataSyntax(text: string, file: string): DataSyntaxProblem | null {
  const result = ts.transpileModule(text, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  const first = result.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (!first) return null;
  const start = first.start ?? 0;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022);
  const { line } = source.getLineAndCharacterOfPosition(start);
  const lineText = text.split('\n')[line] ?? '';
  const tsText = ts.flattenDiagnosticMessageText(first.messageText, ' ');
  return {
    line: line + 1,
    message: `${file}:${line + 1}: ${explain(first.code, tsText, lineText)}`,
  };
}
