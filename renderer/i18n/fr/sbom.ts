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
  purlTooLong:
    'Cette URL de paquet fait {{length}} caractères, plus que les {{limit}} conservés : elle est laissée de côté, mais le composant est importé.',
  tooDeep:
    'Les tableaux et objets de ce fichier sont imbriqués sur plus de {{limit}} niveaux, bien plus qu’aucune SBOM : il n’a pas été lu.',
  tooManyComponents:
    'Ce fichier liste plus de {{limit}} composants, plus qu’une SBOM ne peut en contenir ici : il n’a pas été lu. Scindez-le par produit ou par image.',
  componentsTooDeep:
    'Les composants sont imbriqués dans des composants sur plus de {{limit}} niveaux ici : le fichier n’a pas été lu plus loin.',
  spdx3Unsupported:
    'Ceci est un document SPDX 3 (JSON-LD). SPDX 3 n’est pas encore pris en charge : exportez la SBOM en SPDX 2.3 JSON ou en CycloneDX JSON et choisissez-la à nouveau.',
  schemaRequired: 'Ce champ est absent ; le schéma CycloneDX l’exige.',
  schemaRequiredOneOf: 'Il faut ici l’un de ces champs, comme l’exige le schéma CycloneDX : {{fields}}.',
  schemaUnknownField:
    'Le schéma CycloneDX n’admet pas de champ « {{field}} » ici. Si le fichier a été fait pour une version plus récente, vérifiez son « specVersion ».',
  schemaType: 'Le schéma CycloneDX exige ici une valeur de type JSON « {{type}} ».',
  schemaEnum: '« {{value}} » n’est pas admis ici ; le schéma CycloneDX admet : {{allowed}}.',
  schemaValue: '« {{value}} » ne fait pas partie des valeurs que le schéma CycloneDX admet ici.',
  schemaLicenceId:
    '« {{value}} » n’est pas un identifiant de licence SPDX. Corrigez-le, ou donnez la licence par son nom (« name ») plutôt que par « id ».',
  schemaDateTime:
    '« {{value}} » n’est pas une date et heure comme l’exige le schéma CycloneDX (RFC 3339 avec son fuseau, par ex. 2024-05-01T12:00:00Z).',
  schemaEmail: '« {{value}} » n’est pas une adresse électronique.',
  schemaUri: '« {{value}} » n’est pas une URI absolue (un schéma tel que https: et aucune espace).',
  schemaFormat: '« {{value}} » n’est pas au format « {{format}} » qu’exige le schéma CycloneDX.',
  schemaPattern: '« {{value}} » n’a pas la forme qu’exige ici le schéma CycloneDX.',
  schemaMinLength: 'Le schéma CycloneDX exige ici au moins {{limit}} caractères.',
  schemaMaxLength: 'Le schéma CycloneDX admet ici au plus {{limit}} caractères.',
  schemaMinItems: 'Le schéma CycloneDX exige au moins {{limit}} entrées dans cette liste.',
  schemaMaxItems: 'Le schéma CycloneDX admet au plus {{limit}} entrées dans cette liste.',
  schemaMinimum: 'Le schéma CycloneDX exige ici un nombre d’au moins {{limit}}.',
  schemaMaximum: 'Le schéma CycloneDX admet ici un nombre d’au plus {{limit}}.',
  schemaDuplicate:
    'Cette entrée répète une entrée précédente de la même liste ; le schéma CycloneDX exige qu’elles soient toutes différentes.',
  schemaNoMatch:
    'Cette valeur ne correspond à aucune des formes que le schéma CycloneDX admet ici (ou à plusieurs).',
  schemaInvalid: 'Cette valeur enfreint le schéma CycloneDX (règle « {{keyword}} »).',
  moreProblems_one: '…et {{count}} autre problème.',
  moreProblems_other: '…et {{count}} autres problèmes.',
  section: {
    title: 'Nomenclature logicielle (SBOM)',
    intro:
      'Les composants de cette dépendance, lus dans sa SBOM, avec les classes de licence dont ils relèvent. Un nouvel import remplace toute la SBOM.',
    fileLabel: 'Importer une SBOM (CycloneDX ou SPDX JSON)',
    fileDescription: 'Un fichier CycloneDX JSON (1.2 à 1.6) ou SPDX JSON (2.2 ou 2.3).',
    none: 'Aucune SBOM n’a encore été importée pour cette dépendance.',
    loading: 'Chargement de la SBOM…',
    updated: 'Importée le {{at}}.',
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
  refused: {
    dependencyGone: 'La dépendance n’existe plus : sa SBOM ne peut pas être importée.',
  },
};
