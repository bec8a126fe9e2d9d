/** CSV for exports that open cleanly in spreadsheets. */

/** Quotes a CSV field when it needs it (RFC 4180). */
export function formatCsvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading = + - @ would make spreadsheets read the cell as a formula.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV with a header line, lines ending in CRLF. */
export function formatCsv<T extends object>(
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
): string {
  const line = (values: readonly (string | number | null)[]): string =>
    values.map(formatCsvField).join(',');
  return [
    line(columns),
    ...rows.map((row) =>
      line(columns.map((c) => (row[c] as string | number | null | undefined) ?? null)),
    ),
  ]
    .map((l) => `${l}\r\n`)
    .join('');
}
