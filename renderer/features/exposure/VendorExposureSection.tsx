/** A vendor's direct dependencies and indirect exposure, with its neighbourhood graph. */
export const VendorExposureSection = (_props: { vendorId: string }) => null;
