import { z } from 'zod';
import {
  decisionInputSchema,
  type CandidateVendor,
  type Decision,
  type DecisionInput,
  type DecisionOptionKind,
  type NetworkDomain,
  type SwitchingCostKind,
} from '@shared/domain';

/** A number input's value: empty while nothing is typed. */
type Typed = number | '';

export type MoveTarget = 'vendor' | 'candidate' | 'none';

export interface MoveFormValues {
  dependencyId: string;
  target: MoveTarget;
  toVendorId: string;
  candidate: {
    name: string;
    hqCountry: string;
    sovereignty: Record<'c1a' | 'c1b' | 'c1c' | 'c1d' | 'c2' | 'c3', number | null>;
  };
  share: Typed;
}

export interface OptionFormValues {
  id: string;
  kind: DecisionOptionKind;
  title: string;
  notes: string;
  moves: MoveFormValues[];
  oneOffCost: Typed;
  annualCostDelta: Typed;
  monthsToImplement: Typed;
  switchingCosts: Record<SwitchingCostKind, Typed>;
  targetClauses: string[];
  spdxExpression: string;
  /** Residual [likelihood, impact] expected per risk id, as the stored option has it. */
  expectedResidual: Record<string, [Typed, Typed]>;
  followUp: { title: string; owner: string; dueDate: string; riskIds: string[] }[];
}

/**
 * What the form holds while typing. Its paths are the stored decision's, so a refusal from the schema or
 * from the save command lands on the field it concerns; the subject keeps each kind's value while the user
 * switches between them, and a move keeps both destinations until saving keeps the chosen one.
 */
export interface DecisionFormValues {
  question: string;
  subject: {
    type: 'dependencies' | 'vendor' | 'domain';
    dependencyIds: string[];
    vendorId: string;
    domain: string;
  };
  owner: string;
  dueDate: string;
  options: OptionFormValues[];
  chosenOptionId: string;
  rationale: string;
  /** Carried over unchanged: the comparison page sets them. */
  weights?: Decision['weights'];
  costHorizonYears?: number;
}

const noRatings = { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null };

export const blankMove = (): MoveFormValues => ({
  dependencyId: '',
  target: 'vendor',
  toVendorId: '',
  candidate: { name: '', hqCountry: '', sovereignty: { ...noRatings } },
  share: '',
});

export const blankOption = (kind: DecisionOptionKind = 'renegotiate'): OptionFormValues => ({
  id: crypto.randomUUID(),
  kind,
  title: '',
  notes: '',
  moves: [],
  oneOffCost: 0,
  annualCostDelta: 0,
  monthsToImplement: 0,
  switchingCosts: { equipment: 0, integration: 0, migration: 0, training: 0, licences: 0 },
  targetClauses: [],
  spdxExpression: '',
  expectedResidual: {},
  followUp: [],
});

const moveValues = (move: Decision['options'][number]['moves'][number]): MoveFormValues => ({
  dependencyId: move.dependencyId,
  target: move.toVendorId ? 'vendor' : move.candidate ? 'candidate' : 'none',
  toVendorId: move.toVendorId ?? '',
  candidate: move.candidate
    ? {
        name: move.candidate.name,
        hqCountry: move.candidate.hqCountry,
        sovereignty: {
          c1a: move.candidate.sovereignty.c1a,
          c1b: move.candidate.sovereignty.c1b,
          c1c: move.candidate.sovereignty.c1c,
          c1d: move.candidate.sovereignty.c1d,
          c2: move.candidate.sovereignty.c2,
          c3: move.candidate.sovereignty.c3,
        },
      }
    : blankMove().candidate,
  share: move.share,
});

/** Form values from a stored decision, or a blank one with two options to fill in. */
export const toDecisionFormValues = (decision?: Decision): DecisionFormValues => ({
  question: decision?.question ?? '',
  subject: {
    type: decision?.subject.type ?? 'dependencies',
    dependencyIds: decision?.subject.type === 'dependencies' ? decision.subject.dependencyIds : [],
    vendorId: decision?.subject.type === 'vendor' ? decision.subject.vendorId : '',
    domain: decision?.subject.type === 'domain' ? decision.subject.domain : '',
  },
  owner: decision?.owner ?? '',
  dueDate: decision?.dueDate ?? '',
  options: decision
    ? decision.options.map((option) => ({
        id: option.id,
        kind: option.kind,
        title: option.title,
        notes: option.notes,
        moves: option.moves.map(moveValues),
        oneOffCost: option.oneOffCost,
        annualCostDelta: option.annualCostDelta,
        monthsToImplement: option.monthsToImplement,
        switchingCosts: { ...option.switchingCosts },
        targetClauses: [...option.targetClauses],
        spdxExpression: option.spdxExpression ?? '',
        expectedResidual: { ...option.expectedResidual },
        followUp: option.followUp.map((followUp) => ({
          title: followUp.title,
          owner: followUp.owner ?? '',
          dueDate: followUp.dueDate ?? '',
          riskIds: [...followUp.riskIds],
        })),
      }))
    : [blankOption('renegotiate'), blankOption('dual-source')],
  chosenOptionId: decision?.chosenOptionId ?? '',
  rationale: decision?.rationale ?? '',
  ...(decision && { weights: decision.weights, costHorizonYears: decision.costHorizonYears }),
});

/** An empty number field is left to the schema: its default (costs 0) or its message (a share). */
const number = (value: Typed): number | undefined => (value === '' ? undefined : value);

const candidateOf = (candidate: MoveFormValues['candidate']): CandidateVendor => ({
  ...candidate,
  sovereignty: { ...candidate.sovereignty },
});

/** The decision the form describes, keeping only what the chosen kinds of subject and destination use. */
export const toDecisionInput = (values: DecisionFormValues): DecisionInput => {
  const { subject } = values;
  return {
    question: values.question,
    subject:
      subject.type === 'vendor'
        ? { type: 'vendor', vendorId: subject.vendorId }
        : subject.type === 'domain'
          ? { type: 'domain', domain: subject.domain as NetworkDomain }
          : { type: 'dependencies', dependencyIds: subject.dependencyIds },
    owner: values.owner,
    dueDate: values.dueDate,
    chosenOptionId: values.chosenOptionId || undefined,
    rationale: values.rationale,
    ...(values.weights && { weights: values.weights }),
    ...(values.costHorizonYears !== undefined && { costHorizonYears: values.costHorizonYears }),
    options: values.options.map((option) => ({
      id: option.id,
      kind: option.kind,
      title: option.title,
      notes: option.notes,
      moves: option.moves.map((move) => ({
        dependencyId: move.dependencyId,
        ...(move.target === 'vendor' && { toVendorId: move.toVendorId }),
        ...(move.target === 'candidate' && { candidate: candidateOf(move.candidate) }),
        share: number(move.share) as number,
      })),
      oneOffCost: number(option.oneOffCost),
      annualCostDelta: number(option.annualCostDelta),
      monthsToImplement: number(option.monthsToImplement),
      switchingCosts: Object.fromEntries(
        Object.entries(option.switchingCosts).map(([kind, value]) => [kind, number(value)]),
      ),
      targetClauses: option.kind === 'renegotiate' ? option.targetClauses : [],
      spdxExpression: option.spdxExpression,
      expectedResidual: option.expectedResidual,
      followUp: option.followUp.map((followUp) => ({
        ...followUp,
        owner: followUp.owner,
        dueDate: followUp.dueDate,
      })),
    })) as DecisionInput['options'],
  };
};

/** The form's resolver schema: the values made into a decision, checked by the decision's own schema. */
export const decisionFormSchema = z.preprocess(
  (values: DecisionFormValues) => toDecisionInput(values),
  decisionInputSchema,
);
export type DecisionFormOutput = z.output<typeof decisionFormSchema>;

/**
 * Where a refusal is shown: a problem with one element of a picked list (a deleted dependency among the
 * subject's) belongs to the list's picker.
 */
export const fieldOfIssue = (path: readonly (string | number)[]): string => {
  const last = path.at(-2);
  const trimmed =
    typeof path.at(-1) === 'number' && (last === 'dependencyIds' || last === 'riskIds')
      ? path.slice(0, -1)
      : path;
  return trimmed.join('.');
};
