import { clauseNames, licenceClass, noticeDeadline, type Licence } from '../domain';
import type { RegisterContext } from './context';
import { column, day, list, optional, tabulate, type RegisterTable } from './register-table';

export const licenceRegisterColumns = [
  column<Licence>('title', 30, (licence) => licence.title),
  column<Licence>('type', 18, (licence, { labels }) => labels.licenceType[licence.type]),
  column<Licence>('vendor', 26, (licence, context) =>
    licence.vendorId ? context.vendorName(licence.vendorId) : null,
  ),
  column<Licence>('dependencies', 30, (licence, context) =>
    list(licence.dependencyIds.map(context.dependencyName)),
  ),
  column<Licence>('spdxExpression', 22, (licence) => optional(licence.spdxExpression)),
  column<Licence>('licenceClass', 16, (licence, { labels }) =>
    licence.spdxExpression ? labels.licenceClass[licenceClass(licence.spdxExpression)] : null,
  ),
  column<Licence>('standard', 18, (licence) => optional(licence.standard)),
  column<Licence>('frand', 8, (licence, context) => context.yesNo(licence.frand)),
  column<Licence>('startDate', 12, (licence) => day(licence.startDate)),
  column<Licence>('endDate', 12, (licence) => day(licence.endDate)),
  column<Licence>('noticeDays', 10, (licence) => optional(licence.noticeDays)),
  column<Licence>('noticeDeadline', 14, (licence) => noticeDeadline(licence)),
  column<Licence>('autoRenew', 10, (licence, context) => context.yesNo(licence.autoRenew)),
  column<Licence>('governingLaw', 10, (licence) => optional(licence.governingLaw)),
  column<Licence>('annualCost', 12, (licence) => optional(licence.annualCost)),
  column<Licence>('currency', 9, (licence) => optional(licence.currency)),
  column<Licence>('royaltyBasis', 14, (licence, { labels }) =>
    licence.royaltyBasis ? labels.royaltyBasis[licence.royaltyBasis] : null,
  ),
  ...clauseNames.map((clause) =>
    column<Licence>(clause, 14, (licence, { labels }) => labels.clauseValue[licence.clauses[clause]]),
  ),
  column<Licence>('fieldOfUse', 24, (licence) => optional(licence.fieldOfUse)),
  column<Licence>('notes', 40, (licence) => licence.notes),
  column<Licence>('id', 38, (licence) => licence.id),
];

export const licenceRegister = (context: RegisterContext): RegisterTable =>
  tabulate('licences', context.records.licences, licenceRegisterColumns, context);
