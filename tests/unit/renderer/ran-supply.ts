import { saveDependency } from '@renderer/data/dependencies';
import { saveVendor } from '@renderer/data/vendors';

/** The RAN of the decision tests: Nordic Radio supplying RAN north (vital, hard to replace), and Iberian Radio. */
export const seedRanSupply = async (): Promise<{
  ranVendorId: string;
  otherVendorId: string;
  dependencyId: string;
}> => {
  const ranVendorId = (await saveVendor({ name: 'Nordic Radio', hqCountry: 'SE' })).id;
  const otherVendorId = (await saveVendor({ name: 'Iberian Radio', hqCountry: 'ES' })).id;
  const { id: dependencyId } = await saveDependency({
    name: 'RAN north',
    vendorId: ranVendorId,
    kind: 'hardware',
    domain: 'ran',
    criticality: 5,
    substitutability: 'hard',
  });
  return { ranVendorId, otherVendorId, dependencyId };
};
