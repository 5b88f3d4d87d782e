/** Opens the bulk import of vendors or dependencies from CSV or XLSX. */
export const ImportButton = (_props: { entity: 'vendors' | 'dependencies' }) => null;
