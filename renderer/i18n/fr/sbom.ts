import type { sbom as en } from '../en/sbom';
import type { Translations } from '../types';

export const sbom: Translations<typeof en> = {
  tooLarge: 'Ce fichier fait {{size}} ; un fichier SBOM ne peut dépasser {{limit}}.',
  empty: 'Ce fichier est vide. Choisissez le fichier JSON de la SBOM.',
  notText:
    'Ce fichier n’est pas du texte UTF-8 ; ce ne peut donc pas être une SBOM JSON. Exportez la SBOM en JSON et choisissez-la à nouveau.',
  notJson:
    'Ce fichier n’est pas du JSON valide. Vérifiez que la SBOM a été exportée en JSON et que le fichier est complet.',
  notJsonAt:
    'Ce fichier n’est pas du JSON valide : la syntaxe est rompue ligne {{line}}, colonne {{column}}. Vérifiez que la SBOM a été exportée en JSON et que le fichier est complet.',
  notAnSbom:
    'Ce fichier JSON n’est ni une SBOM CycloneDX (pas de « bomFormat » : « CycloneDX ») ni un document SPDX (pas de « spdxVersion »). Choisissez un fichier JSON CycloneDX ou SPDX.',
  unknownBomFormat:
    'Le fichier indique le format « {{value}} ». Seuls les fichiers JSON CycloneDX et SPDX peuvent être importés.',
  missingVersion:
    'Ce fichier {{format}} n’indique pas la version de la spécification qu’il suit : le champ « {{field}} » est absent.',
  unsupportedVersion:
    'La version {{version}} de {{format}} n’est pas prise en charge. Exportez à nouveau la SBOM dans l’une de ces versions : {{supported}}.',
  notAList: '« {{field}} » doit être une liste (un tableau JSON).',
  componentNotObject:
    'Ce composant n’est pas un objet JSON avec des champs tels que « name » et « version ».',
  componentWithoutName: 'Ce composant n’a pas de nom ; chaque composant doit en avoir un.',
  spdxWithoutPackages:
    'Ce document SPDX n’a pas de liste « packages » : il n’a donc aucun composant à importer. Choisissez le document SPDX des paquets.',
  purlDropped:
    '« {{purl}} » n’est pas une URL de paquet (purl) : elle est laissée de côté, mais le composant est importé.',
  moreProblems_one: '…et {{count}} autre problème.',
  moreProblems_other: '…et {{count}} autres problèmes.',
  section: {
    title: 'Nomenclature logicielle (SBOM)',
    intro:
      'Les composants de cette dépendance, lus dans sa SBOM, avec les classes de licence dont ils relèvent. Un nouvel import remplace toute la SBOM.',
    fileLabel: 'Importer une SBOM (CycloneDX ou SPDX JSON)',
    fileDescription: 'Un fichier CycloneDX JSON (1.4 à 1.6) ou SPDX JSON (2.2 ou 2.3).',
    none: 'Aucune SBOM n’a encore été importée pour cette dépendance.',
    loading: 'Chargement de la SBOM…',
  },
  formats: { cyclonedx: 'CycloneDX', spdx: 'SPDX' },
  preview: {
    problemsTitle: '{{fileName}} ne peut pas être importé',
    problemsIntro:
      'Rien n’a été importé. Corrigez ces problèmes dans le fichier et choisissez-le à nouveau :',
    at: 'à {{path}}',
    readyTitle: 'Prêt à importer {{fileName}}',
    summary_one: 'Fichier {{format}} {{version}} de {{count}} composant.',
    summary_other: 'Fichier {{format}} {{version}} de {{count}} composants.',
    replaces_one: 'Il remplace la SBOM actuelle de {{count}} composant.',
    replaces_other: 'Il remplace la SBOM actuelle de {{count}} composants.',
    warningsTitle: 'Laissé de côté à la lecture du fichier',
    import_one: 'Importer {{count}} composant',
    import_other: 'Importer {{count}} composants',
    replace: 'Remplacer la SBOM',
    cancel: 'Annuler',
    imported_one: '{{count}} composant importé.',
    imported_other: '{{count}} composants importés.',
    failed: 'La SBOM n’a pas été importée : {{reason}}',
  },
  summary: {
    title: 'Synthèse des licences',
    total_one: '{{count}} composant',
    total_other: '{{count}} composants',
    byClassTitle: 'Composants par classe de licence',
    byClassTable: 'Composants par classe de licence',
    chartLabel: 'Histogramme des composants par classe de licence : {{figures}}',
    classColumn: 'Classe de licence',
    countColumn: 'Composants',
    withoutLicenceRow: 'Aucune licence indiquée',
    copyleftTitle: 'Composants sous copyleft',
    noCopyleft: 'Aucun composant n’est sous une licence copyleft.',
    withoutLicenceTitle: 'Composants sans licence',
    allLicensed: 'Chaque composant indique sa licence.',
    suppliersTitle: 'Fournisseurs',
    noSuppliers: 'Aucun composant n’indique son fournisseur.',
    supplierCount_one: '{{name}} : {{count}} composant',
    supplierCount_other: '{{name}} : {{count}} composants',
    more_one: '…et {{count}} de plus.',
    more_other: '…et {{count}} de plus.',
  },
  classes: {
    permissive: 'Permissive',
    'weak-copyleft': 'Copyleft faible',
    'strong-copyleft': 'Copyleft fort',
    'network-copyleft': 'Copyleft réseau',
    proprietary: 'Propriétaire',
    unknown: 'Inconnue',
  },
  components: {
    title: 'Composants',
    table: 'Composants de la SBOM',
    search: 'Rechercher dans les composants',
    searchPlaceholder: 'Nom, version, fournisseur ou licence',
    empty: 'Aucun composant ne correspond à la recherche.',
    name: 'Nom',
    version: 'Version',
    supplier: 'Fournisseur',
    licences: 'Licences',
    licenceClass: 'Classe',
  },
  remove: {
    button: 'Supprimer la SBOM',
    title: 'Supprimer la SBOM ?',
    body_one:
      'Le composant de cette SBOM sera retiré de la dépendance. Le fichier lui-même n’est pas modifié.',
    body_other:
      'Les {{count}} composants de cette SBOM seront retirés de la dépendance. Le fichier lui-même n’est pas modifié.',
    confirm: 'Supprimer la SBOM',
    cancel: 'La garder',
    removed: 'La SBOM a été supprimée.',
    failed: 'La SBOM n’a pas été supprimée : {{reason}}',
  },
};
