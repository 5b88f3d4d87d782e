import spdxCorrect from 'spdx-correct';
import parse from 'spdx-expression-parse';
import {
  licenceClassValues,
  knownSpdxIds,
  linkingExceptions,
  obligationValues,
  spdxLicenceTerms,
  type LicenceClass,
  type Obligation,
} from './spdx-licences';

export {
  licenceClassValues,
  obligationValues,
  spdxLicenceTableVersion,
  type LicenceClass,
  type Obligation,
} from './spdx-licences';

/** A parsed SPDX expression: a licence (with "+" and an exception) or an AND / OR of two sub-expressions. */
export type SpdxNode = parse.Info;

export type SpdxParseResult =
  | { ok: true; ast: SpdxNode }
  | {
      ok: false;
      message: 'validation.spdxInvalid' | 'validation.spdxInvalidSuggestion';
      suggestion?: string;
    };

const tryParse = (expression: string): SpdxNode | undefined => {
  try {
    return parse(expression);
  } catch {
    // The parser throws Error or, on a dangling operator, TypeError: either way the expression is invalid.
    return undefined;
  }
};

const isOperator = (token: string): boolean => /^(AND|OR|WITH)$/i.test(token);

const tableIdByLowerCase = new Map(knownSpdxIds.map((id) => [id.toLowerCase(), id]));

/**
 * The licence a phrase such as "apache2", "GPL 2" or "lgpl-2.1" most likely names, if any. spdx-correct's own
 * spellings are upper case and it reads "BSD 3" better than "bsd 3", hence the upper-cased first attempt.
 * Valid identifiers side by side ("MIT Apache-2.0") lack an operator nobody can guess: no suggestion.
 */
const correctLicence = (phrase: string): string | null => {
  const words = phrase.split(' ');
  if (words.every((word) => tryParse(word))) return words.length === 1 ? phrase : null;
  const known = tableIdByLowerCase.get(words.join('-').toLowerCase());
  return known ? spdxCorrect(known) : (spdxCorrect(phrase.toUpperCase()) ?? spdxCorrect(phrase));
};

interface Segment {
  kind: 'operator' | 'bracket' | 'licence' | 'exception';
  text: string;
}

/** Splits an expression into operators, brackets and the phrases between them ("GPL 2" is one phrase). */
const segmentsOf = (expression: string): Segment[] => {
  const segments: Segment[] = [];
  for (const token of expression.match(/[()]|[^\s()]+/g) ?? []) {
    const last = segments.at(-1);
    if (token === '(' || token === ')') segments.push({ kind: 'bracket', text: token });
    else if (isOperator(token)) segments.push({ kind: 'operator', text: token.toUpperCase() });
    else if (last?.kind === 'licence' || last?.kind === 'exception') last.text += ` ${token}`;
    else segments.push({ kind: last?.text === 'WITH' ? 'exception' : 'licence', text: token });
  }
  return segments;
};

const linkingExceptionByLowerCase = new Map([...linkingExceptions].map((id) => [id.toLowerCase(), id]));

/** spdx-correct does not know exceptions: only the case of the linking exceptions of the table is put right. */
const correctException = (phrase: string): string => {
  const hyphenated = phrase.replaceAll(' ', '-');
  return linkingExceptionByLowerCase.get(hyphenated.toLowerCase()) ?? hyphenated;
};

const correctSegment = ({ kind, text }: Segment): string | null => {
  if (kind === 'licence') return correctLicence(text);
  return kind === 'exception' ? correctException(text) : text;
};

const isText = (value: string | null): value is string => value !== null;

/**
 * Parses an SPDX licence expression. When it is not valid, proposes the nearest valid expression by correcting
 * each licence phrase on its own and keeping the operators ("MIT and apache2" → "MIT AND Apache-2.0"); when the
 * text names a single licence among stray operators or brackets ("MIT AND", "(MIT"), proposes that licence.
 */
export const parseSpdx = (expression: string): SpdxParseResult => {
  const ast = tryParse(expression);
  if (ast) return { ok: true, ast };
  const segments = segmentsOf(expression);
  const corrected = segments.map((segment) => ({ kind: segment.kind, text: correctSegment(segment) }));
  const texts = corrected.map(({ text }) => text);
  const phrases = corrected.filter(({ kind }) => kind === 'licence' || kind === 'exception');
  const candidates = [
    texts.every(isText) ? texts.join(' ').replaceAll('( ', '(').replaceAll(' )', ')') : null,
    phrases.length === 1 ? phrases[0]?.text : null,
  ];
  const suggestion = candidates.find(
    (candidate): candidate is string => !!candidate && !!tryParse(candidate),
  );
  return suggestion
    ? { ok: false, message: 'validation.spdxInvalidSuggestion', suggestion }
    : { ok: false, message: 'validation.spdxInvalid' };
};

interface Verdict {
  licenceClass: LicenceClass;
  obligations: readonly Obligation[];
}

const unknownVerdict: Verdict = { licenceClass: 'unknown', obligations: [] };

const rank = (licenceClass: LicenceClass): number => licenceClassValues.indexOf(licenceClass);

const licenceVerdict = (node: parse.LicenseInfo): Verdict => {
  const terms = spdxLicenceTerms(node.license);
  if (!terms) return unknownVerdict;
  const linkable =
    terms.licenceClass === 'strong-copyleft' && node.exception && linkingExceptions.has(node.exception);
  return { licenceClass: linkable ? 'weak-copyleft' : terms.licenceClass, obligations: terms.obligations };
};

/** Every obligation of both parts, in the order of obligationValues. */
const union = (a: Verdict, b: Verdict): readonly Obligation[] =>
  obligationValues.filter(
    (obligation) => a.obligations.includes(obligation) || b.obligations.includes(obligation),
  );

const verdictOf = (node: SpdxNode): Verdict => {
  if (!('conjunction' in node)) return licenceVerdict(node);
  const [left, right] = [verdictOf(node.left), verdictOf(node.right)];
  if (node.conjunction === 'and') {
    const worse = rank(left.licenceClass) >= rank(right.licenceClass) ? left : right;
    return { licenceClass: worse.licenceClass, obligations: union(left, right) };
  }
  const difference = rank(left.licenceClass) - rank(right.licenceClass);
  if (difference !== 0) return difference < 0 ? left : right;
  return right.obligations.length < left.obligations.length ? right : left;
};

// SBOMs repeat the same few expressions across tens of thousands of components: parse each one once.
const verdictCache = new Map<string, Verdict>();
const verdictCacheLimit = 10_000;

/**
 * Class and obligations of an expression (design §3). The classes are ranked permissive < weak-copyleft <
 * strong-copyleft < network-copyleft < proprietary < unknown (proprietary above every copyleft: it restricts
 * use itself, not only redistribution), and:
 * - A OR B: the recipient may choose, so the least demanding branch counts (with its obligations; between
 *   branches of one class, the one with fewer obligations). An unknown branch therefore gives way to any known
 *   one: the known branch is a choice whose demands are known.
 * - A AND B: both apply, so the most demanding part counts, with the obligations of both. An unknown part makes
 *   the whole unknown, since it could demand anything; the obligations listed are then those known so far.
 * - X WITH exception: a linking exception (see linkingExceptions) makes strong copyleft weak; any other
 *   exception keeps the class of X.
 * - LicenseRef-…, identifiers missing from the table and invalid expressions are 'unknown'. A proprietary
 *   licence written as LicenseRef- is thus 'unknown' until reviewed: its text is not in the table.
 * Deprecated identifiers (GPL-2.0, LGPL-2.1…) and "+" (or later) take the class of the licence they name.
 */
const classify = (expression: string): Verdict => {
  const cached = verdictCache.get(expression);
  if (cached) return cached;
  const ast = tryParse(expression);
  const verdict = ast ? verdictOf(ast) : unknownVerdict;
  if (verdictCache.size >= verdictCacheLimit) verdictCache.clear();
  verdictCache.set(expression, verdict);
  return verdict;
};

/** The class of an SPDX expression, by the rules of `classify` above. */
export const licenceClass = (expression: string): LicenceClass => classify(expression).licenceClass;

/** The obligations of an SPDX expression: those of the OR branch chosen, of every AND part. */
export const licenceObligations = (expression: string): readonly Obligation[] =>
  classify(expression).obligations;

/** Whether a text is a valid SPDX expression as written (no suggestion sought). */
export const isSpdxExpression = (expression: string): boolean => tryParse(expression) !== undefined;
