/** Dashboard: notice deadlines due soon and missed. */
export const LicenceDeadlinesCard = () => null;
