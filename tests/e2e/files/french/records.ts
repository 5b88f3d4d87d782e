/** What the records of the French workspace share: their ids, dates and creation stamps. */

/** A YYYY-MM-DD date `days` from today (UTC), so deadlines and calendar entries fall near the walk. */
export const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const created = new Date(Date.now() - 30 * 86_400_000).toISOString();
export const meta = (id: string) => ({ id, createdAt: created, updatedAt: created });
export const uuid = (n: number) => `0f1e2d3c-4b5a-4697-8877-${String(n).padStart(12, '0')}`;

/** The ids the walk opens pages by. */
export const ids = {
  radiocom: uuid(1),
  cables: uuid(2),
  dragon: uuid(3),
  station: uuid(11),
  coeur: uuid(12),
  fibre: uuid(13),
  puce: uuid(14),
  ranLicence: uuid(21),
  sepLicence: uuid(22),
  openLicence: uuid(23),
  singleCore: uuid(31),
  sanctions: uuid(32),
  finding: uuid(33),
  ownChecklist: uuid(41),
  profile: uuid(51),
  toolbox: uuid(52),
  licenceReview: uuid(53),
  sovereignty: uuid(54),
  declarations: uuid(101),
  brevets: uuid(4),
  decision: uuid(111),
  stay: uuid(112),
  second: uuid(113),
  exit: uuid(114),
};
