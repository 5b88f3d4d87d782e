import type { importer as en } from '../en/importer';
import type { Translations } from '../types';

export const importer: Translations<typeof en> = {
  button: 'Importer',
  title: {
    vendors: 'Importer des fournisseurs',
    dependencies: 'Importer des dépendances',
    licences: 'Importer des licences',
    risks: 'Importer des risques',
  },
  backToList: {
    vendors: 'Retour aux fournisseurs',
    dependencies: 'Retour aux dépendances',
    licences: 'Retour aux licences',
    risks: 'Retour aux risques',
  },
  intro: {
    vendors:
      'Ajoutez ou mettez à jour de nombreux fournisseurs d’un coup depuis un tableur. Une ligne dont l’identifiant ou le nom correspond à un fournisseur déjà présent le met à jour ; toute autre ligne ajoute un fournisseur. Rien n’est enregistré avant votre confirmation.',
    dependencies:
      'Ajoutez ou mettez à jour de nombreuses dépendances d’un coup depuis un tableur. Leurs fournisseurs doivent déjà être dans l’espace de travail. Une ligne dont l’identifiant ou le nom correspond à une dépendance déjà présente la met à jour ; toute autre ligne en ajoute une. Rien n’est enregistré avant votre confirmation.',
    licences:
      'Ajoutez ou mettez à jour de nombreuses licences d’un coup depuis un tableur. Les fournisseurs et dépendances qu’elles nomment doivent déjà être dans l’espace de travail. Une ligne dont l’identifiant ou le titre correspond à une licence déjà présente la met à jour ; toute autre ligne en ajoute une. Rien n’est enregistré avant votre confirmation.',
    risks:
      'Ajoutez ou mettez à jour de nombreux risques d’un coup depuis un tableur, chacun avec ses actions de traitement. Les fournisseurs, dépendances et licences qu’ils nomment doivent déjà être dans l’espace de travail. Une ligne dont l’identifiant ou le titre correspond à un risque déjà présent le met à jour ; toute autre ligne en ajoute un. Rien n’est enregistré avant votre confirmation.',
  },
  unknownEntity:
    'Seuls les fournisseurs, les dépendances, les licences et les risques peuvent être importés.',
  template: {
    title: 'Modèle',
    description:
      'Partez du modèle (une colonne par champ, avec une ligne d’exemple), ou du classeur ou du fichier CSV exporté depuis Rapports, qui s’importe tel quel. Le modèle XLSX explique aussi chaque colonne et ses valeurs autorisées.',
    csv: 'Télécharger le modèle CSV',
    xlsx: 'Télécharger le modèle XLSX',
    fileName: {
      vendors: 'modele-import-fournisseurs',
      dependencies: 'modele-import-dependances',
      licences: 'modele-import-licences',
      risks: 'modele-import-risques',
    },
    failed: 'Le modèle n’a pas pu être enregistré : {{message}}',
    instructionsSheet: 'Instructions',
    headings: {
      column: 'Colonne',
      required: 'Obligatoire',
      description: 'Description',
      allowed: 'Valeurs autorisées',
      example: 'Exemple',
    },
    yes: 'oui',
    no: 'non',
  },
  file: {
    label: 'Choisir un fichier CSV ou XLSX',
    description:
      'CSV (UTF-8, séparé par des virgules ou des points-virgules) ou XLSX, 10 Mo au plus. La première ligne contient les en-têtes de colonnes. Dans le classeur des registres, la feuille du même nom est lue.',
  },
  preview: {
    title: 'Aperçu de {{name}}',
    counts: '{{created}} nouveaux, {{updated}} mis à jour',
    problemCount_one:
      '{{count}} problème à corriger avant l’import. Corrigez le fichier et choisissez-le de nouveau.',
    problemCount_other:
      '{{count}} problèmes à corriger avant l’import. Corrigez le fichier et choisissez-le de nouveau.',
    ready: 'Aucun problème trouvé. Rien n’est enregistré avant l’import.',
    problemsTable: 'Problèmes',
    noProblems: 'Aucun problème.',
    unchanged_one: '{{count}} ligne correspond exactement à son enregistrement et ne change rien.',
    unchanged_other: '{{count}} lignes correspondent exactement à leurs enregistrements et ne changent rien.',
    rowsTitle: 'Ce que chaque ligne écrira',
    rowsHint:
      'Chaque ligne telle que le classeur l’afficherait. Les cellules qu’une mise à jour modifie sont surlignées ; survolez-en une, ou lisez sa description, pour voir ce qu’elle remplace.',
    rowsTable: 'Lignes du fichier',
    noRows: 'Aucune ligne à écrire.',
    status: {
      new: 'Nouveau',
      changed: 'Modifié',
      unchanged: 'Inchangé',
    },
    changedFrom: 'Remplace « {{before}} »',
    changedFromEmpty: 'Remplace une valeur vide',
    columns: {
      row: 'Ligne',
      status: 'Enregistrement',
      column: 'Colonne',
      problem: 'Problème',
    },
    fileLevel: 'Fichier',
    import_one: 'Importer {{count}} enregistrement',
    import_other: 'Importer {{count}} enregistrements',
    writing: 'Écriture des enregistrements : {{done}} sur {{total}}…',
    cancelled: 'L’import a été annulé. Rien n’a été écrit.',
  },
  result: {
    vendors_one: '{{count}} fournisseur importé : {{created}} nouveau, {{updated}} mis à jour.',
    vendors_other: '{{count}} fournisseurs importés : {{created}} nouveaux, {{updated}} mis à jour.',
    dependencies_one: '{{count}} dépendance importée : {{created}} nouvelle, {{updated}} mise à jour.',
    dependencies_other: '{{count}} dépendances importées : {{created}} nouvelles, {{updated}} mises à jour.',
    licences_one: '{{count}} licence importée : {{created}} nouvelle, {{updated}} mise à jour.',
    licences_other: '{{count}} licences importées : {{created}} nouvelles, {{updated}} mises à jour.',
    risks_one: '{{count}} risque importé : {{created}} nouveau, {{updated}} mis à jour.',
    risks_other: '{{count}} risques importés : {{created}} nouveaux, {{updated}} mis à jour.',
    failed: 'Rien n’a été importé : {{message}}',
  },
  problem: {
    cell: 'Ligne {{row}}, {{column}} : {{message}}',
    cellWithValue: 'Ligne {{row}}, {{column}} « {{value}} » : {{message}}',
    row: 'Ligne {{row}} : {{message}}',
  },
  problems: {
    checkFailed: 'Le fichier n’a pas pu être vérifié : {{reason}}',
    tooLarge:
      'Le fichier fait {{size}}, plus que les {{limit}} acceptés par un import. Découpez-le en fichiers plus petits.',
    empty: 'Le fichier est vide.',
    noRows: 'Le fichier a des en-têtes de colonnes mais aucune ligne à importer.',
    notText:
      'Ce n’est ni un fichier texte CSV ni un classeur XLSX (il semble binaire ou utilise un autre encodage). Enregistrez le tableur en CSV UTF-8 ou en XLSX et choisissez-le de nouveau.',
    unreadableXlsx:
      'Ce classeur XLSX n’a pas pu être lu : il est peut-être endommagé, protégé par mot de passe ou n’est pas un classeur. Ouvrez-le dans votre tableur et enregistrez-le de nouveau en XLSX.',
    invalidDate:
      'La cellule {{cell}} contient une date hors du calendrier (son nombre ne correspond à aucun jour réel). Saisissez la date au format AAAA-MM-JJ.',
    unclosedQuote:
      'Une cellule entre guillemets n’est jamais fermée (il manque un "), donc les lignes suivantes ne peuvent pas être lues.',
    unnamedColumn:
      'La colonne {{position}} contient des valeurs mais n’a pas d’en-tête. Donnez-lui l’en-tête d’une colonne du modèle ou supprimez-la.',
    repeatedColumn: 'Cette colonne apparaît deux fois. N’en gardez qu’une.',
    unknownColumns:
      'Colonnes inconnues : {{columns}}. Utilisez les en-têtes du modèle ({{expected}}) ; la casse et les espaces ne comptent pas.',
    missingColumns: 'Des colonnes obligatoires manquent : {{columns}}.',
    repeatedId:
      'Le même identifiant figure déjà ligne {{first}} ; chaque enregistrement ne peut apparaître qu’une fois.',
    repeatedName:
      'La ligne {{first}} porte déjà cette valeur ; chaque enregistrement ne peut apparaître qu’une fois.',
    sameRecord:
      'La ligne {{first}} met déjà à jour le même enregistrement (l’une par son identifiant, l’autre par son nom).',
    ambiguousName:
      '{{count}} enregistrements de l’espace de travail s’appellent ainsi ; indiquez l’identifiant dans la colonne id pour préciser lequel mettre à jour.',
    notFound: {
      parentVendor:
        'Aucun fournisseur n’a ce nom ou cet identifiant, ni dans le fichier ni dans l’espace de travail.',
      vendor:
        'Aucun fournisseur n’a ce nom ou cet identifiant dans l’espace de travail. Importez d’abord les fournisseurs.',
      upstream:
        'Aucune dépendance n’a ce nom ou cet identifiant, ni dans le fichier ni dans l’espace de travail.',
      dependencies:
        'Aucune dépendance n’a ce nom ou cet identifiant dans l’espace de travail. Importez d’abord les dépendances.',
      vendors:
        'Aucun fournisseur n’a ce nom ou cet identifiant dans l’espace de travail. Importez d’abord les fournisseurs.',
      licences:
        'Aucune licence n’a ce titre ou cet identifiant dans l’espace de travail. Importez d’abord les licences.',
    },
    ambiguous: {
      parentVendor: '{{count}} fournisseurs portent ce nom ; donnez plutôt l’identifiant de la maison mère.',
      vendor: '{{count}} fournisseurs portent ce nom ; donnez plutôt l’identifiant du fournisseur.',
      upstream: '{{count}} dépendances portent ce nom ; donnez plutôt l’identifiant de la dépendance.',
      dependencies: '{{count}} dépendances portent ce nom ; donnez plutôt l’identifiant de la dépendance.',
      vendors: '{{count}} fournisseurs portent ce nom ; donnez plutôt l’identifiant du fournisseur.',
      licences: '{{count}} licences portent ce titre ; donnez plutôt l’identifiant de la licence.',
    },
  },
  commit: {
    linkGone:
      'un enregistrement auquel le fichier renvoie a été supprimé depuis l’aperçu. Choisissez de nouveau le fichier pour voir ce qui a changé.',
    recordGone:
      'un enregistrement que le fichier met à jour a été supprimé depuis l’aperçu. Choisissez de nouveau le fichier pour voir ce qui a changé.',
  },
  columns: {
    rating:
      'Critère de souveraineté {{criterion}} : {{question}} Noté de 0 (aucune inquiétude) à 4 (grave) ; vide si non évalué.',
    vendors: {
      id: 'L’identifiant du fournisseur dans cet espace de travail (un UUID). Laissez vide pour un nouveau fournisseur ; conservez-le pour en mettre un à jour.',
      name: 'Le nom sous lequel le fournisseur est connu. Un fournisseur de même nom (casse mise à part) est mis à jour.',
      legalName: 'La raison sociale enregistrée.',
      lei: 'L’identifiant d’entité juridique (LEI) de 20 caractères (vérifié).',
      hqCountry: 'Pays du siège, en code ISO 3166-1 à deux lettres (FR, DE, US…).',
      parentVendor:
        'La maison mère : le nom ou l’identifiant d’un autre fournisseur, dans ce fichier ou déjà dans l’espace de travail.',
      ownership: 'Qui détient le fournisseur. Vide signifie inconnu.',
      stateOwnershipPct: 'Part détenue par un État, de 0 à 100.',
      jurisdictions:
        'Pays dont le droit peut contraindre le fournisseur : codes à deux lettres séparés par « ; ».',
      listings:
        'Listes réglementaires où figure le fournisseur, séparées par « ; » : la liste, puis éventuellement « : » et la date d’inscription (AAAA-MM-JJ), puis « : » et une note.',
      certifications:
        'Certifications séparées par « ; », chacune sous la forme schéma|référence|valable jusqu’au (AAAA-MM-JJ) ; seul le schéma est obligatoire.',
      rationale: 'Pourquoi les notes de souveraineté sont ce qu’elles sont.',
      contacts:
        'Contacts séparés par « ; », chacun sous la forme nom|rôle|e-mail|téléphone ; seul le nom est obligatoire.',
      tags: 'Étiquettes libres séparées par « ; ».',
      notes: 'Texte libre.',
    },
    dependencies: {
      id: 'L’identifiant de la dépendance dans cet espace de travail (un UUID). Laissez vide pour une nouvelle ; conservez-le pour en mettre une à jour.',
      name: 'Ce dont dépend le réseau. Une dépendance de même nom (casse mise à part) est mise à jour.',
      vendor:
        'Le fournisseur qui la livre : le nom ou l’identifiant d’un fournisseur déjà dans l’espace de travail.',
      kind: 'Le type de dépendance.',
      domain: 'Le domaine du réseau auquel elle appartient.',
      criticality: 'Sa criticité : 1 (marginale) à 5 (le réseau s’arrête sans elle).',
      footprintPct: 'Part du domaine qu’elle couvre, de 0 à 100.',
      substitutability: 'Facilité à la remplacer.',
      exitMonths: 'Mois nécessaires pour la remplacer (un nombre entier).',
      vendorRemoteAccess: 'Le fournisseur y a-t-il un accès à distance : oui ou non.',
      dataLocations:
        'Pays où ses données sont stockées ou traitées : codes à deux lettres séparés par « ; ».',
      upstream:
        'Dépendances sur lesquelles elle repose : noms ou identifiants séparés par « ; », dans ce fichier ou déjà dans l’espace de travail.',
      tags: 'Étiquettes libres séparées par « ; ».',
      notes: 'Texte libre.',
    },
    licences: {
      id: 'L’identifiant de la licence dans cet espace de travail (un UUID). Laissez vide pour une nouvelle ; gardez-le pour la mettre à jour.',
      title: 'Le nom de la licence. Une licence de même titre (casse mise à part) est mise à jour.',
      type: 'Le genre de licence.',
      vendor:
        'Le fournisseur qui la concède : le nom ou l’identifiant d’un fournisseur déjà dans l’espace de travail. Facultatif.',
      dependencies:
        'Les dépendances qu’elle couvre : noms ou identifiants de dépendances déjà dans l’espace de travail, séparés par « ; ».',
      spdxExpression:
        'Pour l’open source : l’expression de licence SPDX (MIT, Apache-2.0 OR MIT…), vérifiée.',
      standard: 'La norme concernée, pour les licences de brevets et de normes.',
      frand: 'Si elle est proposée à des conditions FRAND : yes ou no.',
      startDate: 'Date de début (AAAA-MM-JJ).',
      endDate: 'Date de fin (AAAA-MM-JJ), pas avant le début.',
      noticeDays: 'Jours de préavis pour résilier ou ne pas renouveler (un nombre entier).',
      autoRenew: 'Si elle se renouvelle d’elle-même faute de préavis : yes ou no.',
      governingLaw: 'Pays dont le droit la régit, en code ISO 3166-1 à deux lettres (FR, DE, US…).',
      annualCost: 'Son coût annuel (un nombre, sans la devise).',
      currency: 'Devise du coût, en code ISO 4217 à trois lettres (EUR, USD…).',
      royaltyBasis: 'Mode de calcul des redevances.',
      terminationForConvenience: 'Clause : l’opérateur peut résilier pour convenance.',
      changeOfControl: 'Clause : droits en cas de changement de contrôle du fournisseur.',
      sanctionsExit: 'Clause : l’opérateur peut sortir si des sanctions frappent le fournisseur.',
      auditRights: 'Clause : l’opérateur peut auditer le fournisseur.',
      sourceEscrow: 'Clause : le code source est déposé en séquestre.',
      ipIndemnity: 'Clause : le fournisseur garantit contre les réclamations de propriété intellectuelle.',
      exportControl: 'Clause : les obligations de contrôle des exportations sont couvertes.',
      dataLocalisation: 'Clause : les données restent dans les pays convenus.',
      stepIn: 'Clause : l’opérateur peut se substituer pour exploiter le service.',
      supportContinuity: 'Clause : le support est garanti pour une durée donnée.',
      fieldOfUse: 'Où et pour quoi la licence peut être utilisée.',
      notes: 'Texte libre.',
    },
    risks: {
      id: 'L’identifiant du risque dans cet espace de travail (un UUID). Laissez vide pour un nouveau ; gardez-le pour le mettre à jour.',
      title: 'Ce qui pourrait mal tourner. Un risque de même titre (casse mise à part) est mis à jour.',
      category: 'Le genre de risque.',
      status: 'Où en est son traitement. Vide signifie ouvert.',
      treatment: 'Comment il est traité. Vide signifie atténuer.',
      likelihood: 'Sa probabilité avant traitement : 1 (rare) à 5 (quasi certaine).',
      impact: 'Sa gravité avant traitement : 1 (mineure) à 5 (grave).',
      residualLikelihood: 'Sa probabilité une fois traité, de 1 à 5 ; vide si non évaluée.',
      residualImpact: 'Sa gravité une fois traité, de 1 à 5 ; vide si non évaluée.',
      owner: 'Qui en répond.',
      reviewDate: 'Date de sa prochaine revue (AAAA-MM-JJ).',
      vendors:
        'Les fournisseurs concernés : noms ou identifiants de fournisseurs déjà dans l’espace de travail, séparés par « ; ».',
      dependencies:
        'Les dépendances concernées : noms ou identifiants de dépendances déjà dans l’espace de travail, séparés par « ; ».',
      licences:
        'Les licences concernées : titres ou identifiants de licences déjà dans l’espace de travail, séparés par « ; ».',
      actions:
        'Ses actions de traitement séparées par « ; », chacune sous la forme titre|responsable|échéance (AAAA-MM-JJ)|statut ; seul le titre est obligatoire, le statut est À faire s’il est vide. Une action garde son historique tant que son titre reste le même.',
      description: 'Texte libre.',
    },
  },
};
