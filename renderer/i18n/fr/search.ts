import type { search as en } from '../en/search';
import type { Translations } from '../types';

export const search: Translations<typeof en> = {
  button: 'Rechercher',
  inputLabel: 'Rechercher fournisseurs, dépendances, licences et risques',
  placeholder: 'Nom, titre, étiquette, identifiant SPDX ou note…',
  preparing: 'Préparation de la recherche…',
  typeMore: 'Saisissez au moins deux caractères.',
  nothingFound: 'Aucun résultat pour « {{query}} ».',
  groups: {
    vendor: 'Fournisseurs',
    dependency: 'Dépendances',
    licence: 'Licences',
    risk: 'Risques',
  },
  vendorDescription: 'Fournisseur',
  dependencyDescription: 'Dépendance de {{vendor}}',
  dependencyNoVendor: 'Dépendance',
  licenceDescription: 'Licence avec {{vendor}}',
  licenceNoVendor: 'Licence',
  riskDescription: 'Risque',
};
