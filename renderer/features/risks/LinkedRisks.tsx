/** The risks citing a vendor, a dependency or a licence, on its page, with quick creation. */
export const LinkedRisks = (_props: { vendorId?: string; dependencyId?: string; licenceId?: string }) => null;
