/** The licences covering a vendor or a dependency, on its page. */
export const LinkedLicences = (_props: { vendorId?: string; dependencyId?: string }) => null;
