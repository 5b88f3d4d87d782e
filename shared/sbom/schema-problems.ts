import { isJsonObject, quoted } from './json-value';
import type { SbomProblem } from './problems';
import type { SchemaError } from './schema-errors';
import type { MessageKey } from '../messages/message-key';

/** An enum this long is not worth listing back (the SPDX licence list has 700 entries): the value is quoted instead. */
const MAX_LISTED_VALUES = 20;

const combinators = new Set(['oneOf', 'anyOf']);

interface Located {
  error: SchemaError;
  /** The path as the other problems write it, e.g. `components[3].licenses[0]`. */
  path: string;
  /** Levels below the document's root. */
  depth: number;
  value: unknown;
}

const unescapePointer = (segment: string): string => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** Follows a JSON Pointer through the document, writing array indexes as [n] and fields as .name. */
const locate = (error: SchemaError, document: unknown): Located => {
  const segments =
    error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(unescapePointer);
  let value = document;
  let path = '';
  for (const segment of segments) {
    if (Array.isArray(value)) {
      path += `[${segment}]`;
      value = (value as unknown[])[Number(segment)];
    } else {
      path += path === '' ? segment : `.${segment}`;
      value = isJsonObject(value) ? value[segment] : undefined;
    }
  }
  return { error, path, depth: segments.length, value };
};

const isWithin = (path: string, parent: string): boolean =>
  parent === '' || path === parent || path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`);

/**
 * With every error reported, a failed `oneOf` (e.g. "a list of licences, or one expression") comes after
 * the errors of each of its branches. Those of the branch that got furthest into the value (the deepest
 * paths) say what is wrong; the others, and the oneOf itself, are noise. Only when no branch says
 * anything (several matched) does the oneOf speak for itself.
 */
const keepDeepestBranches = (errors: readonly Located[]): Located[] => {
  const kept: Located[] = [];
  for (const located of errors) {
    if (!combinators.has(located.error.keyword)) {
      kept.push(located);
      continue;
    }
    let start = kept.length;
    while (start > 0 && isWithin(kept[start - 1]?.path ?? '', located.path)) start -= 1;
    const branches = kept.splice(start);
    if (branches.length === 0) {
      kept.push(located);
      continue;
    }
    const deepest = Math.max(...branches.map(({ depth }) => depth));
    kept.push(...oneOfRequired(branches.filter(({ depth }) => depth === deepest)));
  }
  return kept;
};

/**
 * Branches that each only miss a field of the same value ("an id, or a name") are one problem: the value
 * needs one of those fields.
 */
const oneOfRequired = (branches: Located[]): Located[] => {
  const [first] = branches;
  if (
    !first ||
    branches.length < 2 ||
    branches.some(({ error, path }) => error.keyword !== 'required' || path !== first.path)
  )
    return branches;
  const fields = branches.map(({ error }) => String(error.params.missingProperty));
  return [{ ...first, error: { ...first.error, keyword: 'requiredOneOf', params: { fields } } }];
};

const joinPath = (path: string, field: unknown): string =>
  path === '' ? String(field) : `${path}.${String(field)}`;

const formatKeys: Readonly<Record<string, MessageKey>> = {
  'date-time': 'sbom.schemaDateTime',
  'idn-email': 'sbom.schemaEmail',
  uri: 'sbom.schemaUri',
};

const limitKeys: Readonly<Record<string, MessageKey>> = {
  minLength: 'sbom.schemaMinLength',
  maxLength: 'sbom.schemaMaxLength',
  minItems: 'sbom.schemaMinItems',
  maxItems: 'sbom.schemaMaxItems',
  additionalItems: 'sbom.schemaMaxItems',
  minimum: 'sbom.schemaMinimum',
  maximum: 'sbom.schemaMaximum',
};

const enumProblem = (path: string, value: unknown, allowed: readonly unknown[]): SbomProblem =>
  path.endsWith('license.id')
    ? { path, messageKey: 'sbom.schemaLicenceId', params: { value: quoted(value) } }
    : allowed.length > MAX_LISTED_VALUES
      ? { path, messageKey: 'sbom.schemaValue', params: { value: quoted(value) } }
      : {
          path,
          messageKey: 'sbom.schemaEnum',
          params: { value: quoted(value), allowed: allowed.map((item) => quoted(item)).join(', ') },
        };

/** One error as a problem for the user, placed on the field it concerns. */
const problemOf = ({ error, path, value }: Located): SbomProblem => {
  const { keyword, params } = error;
  switch (keyword) {
    case 'required':
      return { path: joinPath(path, params.missingProperty), messageKey: 'sbom.schemaRequired', params: {} };
    case 'requiredOneOf':
      return {
        path,
        messageKey: 'sbom.schemaRequiredOneOf',
        params: { fields: (params.fields as string[]).join(', ') },
      };
    case 'additionalProperties':
      return {
        path: joinPath(path, params.additionalProperty),
        messageKey: 'sbom.schemaUnknownField',
        params: { field: String(params.additionalProperty) },
      };
    case 'type':
      return { path, messageKey: 'sbom.schemaType', params: { type: String(params.type) } };
    case 'enum':
      return enumProblem(path, value, Array.isArray(params.allowedValues) ? params.allowedValues : []);
    case 'const':
      return enumProblem(path, value, [params.allowedValue]);
    case 'format':
      return {
        path,
        messageKey: formatKeys[String(params.format)] ?? 'sbom.schemaFormat',
        params: { value: quoted(value), format: String(params.format) },
      };
    case 'pattern':
      return { path, messageKey: 'sbom.schemaPattern', params: { value: quoted(value) } };
    case 'uniqueJsonItems':
      return { path: `${path}[${String(params.i)}]`, messageKey: 'sbom.schemaDuplicate', params: {} };
    case 'oneOf':
    case 'anyOf':
      return { path, messageKey: 'sbom.schemaNoMatch', params: {} };
    default: {
      const limitKey = limitKeys[keyword.replace('exclusiveM', 'm')];
      return limitKey
        ? { path, messageKey: limitKey, params: { limit: Number(params.limit) } }
        : { path, messageKey: 'sbom.schemaInvalid', params: { keyword } };
    }
  }
};

/**
 * The errors of a generated validator as problems with their JSON paths, one per path (the first), in the
 * order the validator found them. The caller caps how many are listed.
 */
export const schemaProblems = (errors: readonly SchemaError[], document: unknown): SbomProblem[] => {
  const seen = new Set<string>();
  const problems: SbomProblem[] = [];
  for (const located of keepDeepestBranches(errors.map((error) => locate(error, document)))) {
    const problem = problemOf(located);
    const key = problem.path ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem.path === '' ? { messageKey: problem.messageKey, params: problem.params } : problem);
  }
  return problems;
};
