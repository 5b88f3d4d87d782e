import type { search as en } from '../en/search';
import type { Translations } from '../types';

export const search: Translations<typeof en> = {
  button: 'Rechercher',
  inputLabel: 'Rechercher des fournisseurs et des dépendances',
  placeholder: 'Nom, raison sociale, étiquette ou note…',
  preparing: 'Préparation de la recherche…',
  typeMore: 'Saisissez au moins deux caractères.',
  nothingFound: 'Aucun résultat pour « {{query}} ».',
  groups: {
    vendor: 'Fournisseurs',
    dependency: 'Dépendances',
  },
  vendorDescription: 'Fournisseur',
  dependencyDescription: 'Dépendance de {{vendor}}',
  dependencyNoVendor: 'Dépendance',
};
