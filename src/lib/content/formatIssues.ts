import type { z } from 'astro/zod';

/** Turns a zod error into one line per problem: `file: field "a.b": message`. */
export function formatIssues(file: string, error: z.ZodError, entry?: string): string {
  const where = entry ? `${file} (entry "${entry}")` : file;
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'entry';
      return `${where}: ${field}: ${issue.message}`;
    })
    .join('\n');
}

/** Validates `data` or throws an Error naming the file, entry and each bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, data: unknown, file: string, entry?: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(file, result.error, entry));
  return result.data;
}
