import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type * as z from 'zod/mini';

/**
 * react-hook-form's resolver for a zod/mini schema whose input and output are the form's values: each issue
 * becomes the error at its path (the first one wins), so a rule can also target an array's `root`.
 *
 * Every form's resolver. Local rather than @hookform/resolvers/zod, which brings its own error nesting and zod 3/4
 * detection: about 1.3 kB gzip in every form's bundle.
 */
export function schemaResolver<T extends FieldValues>(schema: z.ZodMiniType<T>): Resolver<T> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: FieldErrors<T> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (!get(errors, path)) set(errors, path, { type: issue.code, message: issue.message });
    }
    return { values: {}, errors };
  };
}
