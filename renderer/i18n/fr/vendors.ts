import type { vendors as en } from '../en/vendors';
import type { Translations } from '../types';

export const vendors: Translations<typeof en> = {
  list: {
    newVendor: 'Nouveau fournisseur',
    emptyAction: 'Ajouter votre premier fournisseur',
    tableLabel: 'Fournisseurs',
    noMatch:
      'Aucun fournisseur ne correspond à ces filtres. Modifiez-les ou effacez-les pour en voir davantage.',
  },
  role: { supplier: 'Fournisseur', 'patent-holder': 'Titulaire de brevets' },
  roleFilter: {
    all: 'Tous les fournisseurs',
    supplier: 'Fournisseurs',
    'patent-holder': 'Titulaires de brevets',
    both: 'Fournisseurs titulaires de brevets',
  },
  filters: {
    label: 'Filtrer les fournisseurs',
    search: 'Rechercher',
    searchPlaceholder: 'Nom, raison sociale, étiquette ou note',
    country: 'Pays du siège',
    ownership: 'Actionnariat',
    listing: 'Liste',
    level: 'Niveau de souveraineté',
    tag: 'Étiquette',
    role: 'Rôle',
    clear: 'Effacer les filtres',
  },
  columns: {
    roles: 'Rôles',
    name: 'Nom',
    hqCountry: 'Siège',
    ownership: 'Actionnariat',
    listings: 'Listes',
    sovereignty: 'Souveraineté',
    dependencies: 'Dépendances',
    tags: 'Étiquettes',
  },
  ownership: {
    listed: 'Société cotée',
    private: 'Capital privé',
    'state-owned': 'Détenu par un État',
    'state-influenced': 'Sous influence d’un État',
    unknown: 'Inconnu',
  },
  listing: {
    'fcc-covered': 'Covered List de la FCC',
    'us-entity-list': 'Entity List américaine',
    'eu-high-risk': 'Fournisseur à haut risque (UE)',
    'uk-designated': 'Fournisseur désigné (Royaume-Uni)',
    other: 'Autre liste',
  },
  level: {
    unrated: 'Non évalué',
    none: 'Nul',
    low: 'Faible',
    medium: 'Moyen',
    high: 'Élevé',
    critical: 'Critique',
    indexShort: 'indice {{index}}',
  },
  fields: {
    name: 'Nom',
    legalName: 'Raison sociale',
    lei: 'LEI',
    hqCountry: 'Pays du siège',
    parentVendor: 'Société mère',
    ownership: 'Actionnariat',
    stateOwnershipPct: 'Participation publique (%)',
    jurisdictions: 'Juridictions',
    list: 'Liste',
    since: 'Inscrit depuis le',
    listingNote: 'Note',
    scheme: 'Référentiel',
    certificationReference: 'Référence du certificat',
    validUntil: 'Valable jusqu’au',
    contactName: 'Nom du contact',
    contactRole: 'Fonction',
    email: 'Courriel',
    phone: 'Téléphone',
    tags: 'Étiquettes',
    notes: 'Notes',
  },
  form: {
    titleNew: 'Nouveau fournisseur',
    titleEdit: 'Modifier {{name}}',
    label: 'Fournisseur',
    identity: 'Identité',
    leiHint:
      'Identifiant d’entité juridique (ISO 17442) : 20 lettres et chiffres, vérifiés à l’enregistrement.',
    parentHint: 'La société qui détient ou contrôle ce fournisseur, si elle est enregistrée ici.',
    noVendorFound: 'Aucun fournisseur de ce nom',
    ownershipSection: 'Actionnariat et juridiction',
    jurisdictionsHint:
      'Pays dont la loi peut contraindre le fournisseur à agir ou à livrer des données, au-delà de son siège.',
    listingsSection: 'Listes',
    listingsHint:
      'Listes de référence sur lesquelles figure le fournisseur. Toute inscription le place au moins au niveau de souveraineté Élevé.',
    listingLegend: 'Inscription {{number}}',
    addListing: 'Ajouter une inscription',
    removeListing: 'Supprimer l’inscription {{number}}',
    certificationsSection: 'Certifications',
    certificationLegend: 'Certification {{number}}',
    addCertification: 'Ajouter une certification',
    removeCertification: 'Supprimer la certification {{number}}',
    contactsSection: 'Contacts',
    contactLegend: 'Contact {{number}}',
    addContact: 'Ajouter un contact',
    removeContact: 'Supprimer le contact {{number}}',
    tagsSection: 'Étiquettes et notes',
    tagsHint: 'Appuyez sur Entrée après chaque étiquette.',
    save: 'Enregistrer le fournisseur',
    cancel: 'Annuler',
    saved: '{{name}} enregistré.',
    saveFailed: 'Le fournisseur n’a pas été enregistré : {{reason}}',
  },
  notFound: {
    title: 'Fournisseur introuvable',
    description: 'Ce fournisseur n’est pas dans l’espace de travail : il a peut-être été supprimé.',
    action: 'Revenir aux fournisseurs',
  },
  detail: {
    backToList: '← Tous les fournisseurs',
    edit: 'Modifier',
    delete: 'Supprimer',
    facts: 'Informations',
    notRecorded: 'Non renseigné',
    ownershipWithPct: '{{ownership}} ({{pct}} % détenus par un État)',
    listings: 'Listes',
    noListing: 'Sur aucune liste de référence',
    since: 'depuis le {{date}}',
    certifications: 'Certifications',
    validUntil: 'valable jusqu’au {{date}}',
    expired: 'Expirée',
    contacts: 'Contacts',
  },
  chain: {
    title: 'Chaîne de contrôle',
    label: 'Chaîne de contrôle, de ce fournisseur jusqu’à la tête de son groupe',
    noParent: 'Aucune société mère n’est enregistrée.',
    cycleTitle: 'La chaîne de contrôle boucle',
    cycle:
      'La chaîne revient à {{name}} et s’arrête donc là. Vérifiez la société mère des fournisseurs de cette boucle.',
    missingParent: 'La société mère enregistrée n’est plus dans l’espace de travail.',
    subsidiaries_one: '{{count}} filiale',
    subsidiaries_other: '{{count}} filiales',
    noSubsidiaries: 'Aucun fournisseur enregistré ici n’a celui-ci pour société mère.',
  },
  sovereignty: {
    title: 'Profil de souveraineté',
    intro:
      'Notez chaque critère de l’évaluation coordonnée des risques des réseaux 5G de l’UE de 0 (aucune préoccupation) à 4 (préoccupation grave). Laissez un critère non évalué tant que vous ne l’avez pas examiné.',
    computedLevel: 'Niveau calculé :',
    criterionLabel: '{{code}} — {{name}}',
    notRated: 'Non évalué',
    notRatedGuide: 'Pas encore évalué : ce critère ne compte ni dans le niveau ni dans l’indice.',
    ratingShort: '{{rating}} · {{name}}',
    ratingGuide: '{{rating}} : {{guide}}',
    showGuide: 'Grille de notation de {{code}}',
    ratingNames: {
      none: 'Nulle',
      low: 'Faible',
      medium: 'Moyenne',
      high: 'Élevée',
      severe: 'Grave',
    },
    criteria: {
      c1a: {
        name: 'Lien avec un gouvernement hors UE',
        question:
          'Dans quelle mesure le fournisseur est-il lié au gouvernement d’un pays tiers (financements, missions, nominations, liens avec un parti ou l’armée) ?',
        ratings: {
          none: 'Aucun lien avec un gouvernement hors UE au-delà de la réglementation ordinaire.',
          low: 'Liens indirects ou passés seulement, comme des marchés publics ordinaires ou de petites subventions.',
          medium:
            'Liens notables : d’importants marchés ou subventions publics, ou des responsables publics dans sa direction.',
          high: 'Liens forts : l’État oriente sa stratégie par des financements, des missions ou des nominations.',
          severe: 'Le fournisseur agit comme un bras de l’État, qui le contrôle ou le dirige.',
        },
      },
      c1b: {
        name: 'Législation du pays tiers',
        question:
          'La loi d’un pays hors UE peut-elle contraindre le fournisseur à coopérer, sans contre-pouvoirs ni accord de sécurité ou de protection des données avec l’UE ?',
        ratings: {
          none: 'Droit de l’UE ou de l’EEE, ou pays bénéficiant d’une décision d’adéquation de l’UE et de tribunaux indépendants.',
          low: 'État de droit solide et contrôle juridictionnel ; pouvoirs d’accès contraint limités.',
          medium: 'Pouvoirs étendus de surveillance ou d’accès, mais avec un certain contrôle indépendant.',
          high: 'Des lois peuvent imposer la coopération, avec un contrôle faible et peu de recours.',
          severe:
            'Des lois imposent une coopération secrète avec les services de l’État, sans contrôle indépendant.',
        },
      },
      c1c: {
        name: 'Actionnariat',
        question: 'Qui détient et contrôle le fournisseur, et son actionnariat est-il transparent ?',
        ratings: {
          none: 'Actionnariat transparent, détenu par des investisseurs privés de l’UE ou de pays alliés.',
          low: 'Actionnariat transparent avec une petite part détenue par un État étranger ou un tiers inconnu.',
          medium: 'Structure en partie opaque, ou part significative détenue par un État hors UE.',
          high: 'Contrôlé par un État hors UE, ou actionnariat invérifiable.',
          severe: 'Entièrement détenu par un État hors UE, ou actionnariat délibérément dissimulé.',
        },
      },
      c1d: {
        name: 'Pression du pays tiers',
        question:
          'Un pays hors UE peut-il faire pression sur le fournisseur, notamment par le lieu où il fabrique, développe et maintient ses produits ?',
        ratings: {
          none: 'Fabrication, développement et support entièrement dans l’UE ou des pays alliés.',
          low: 'Une partie de la production dans des pays tiers, avec des solutions de rechange disponibles.',
          medium: 'Composants clés ou développement dans un pays tiers capable d’exercer une pression.',
          high: 'L’essentiel de la fabrication ou de la R&D dans un pays tiers capable et désireux d’exercer une pression.',
          severe: 'Dépendance totale envers un pays tiers connu pour exercer ce type de pression.',
        },
      },
      c2: {
        name: 'Capacité à garantir l’approvisionnement',
        question:
          'Le fournisseur peut-il continuer à livrer, maintenir et corriger ses produits aussi longtemps que le réseau en a besoin ?',
        ratings: {
          none: 'Approvisionnement diversifié et résilient, continuité avérée.',
          low: 'Risques d’approvisionnement mineurs, avec des plans crédibles pour y faire face.',
          medium: 'Dépend de composants rares ou de sites uniques ; quelques perturbations déjà constatées.',
          high: 'Exposé à des sanctions, à des contrôles à l’exportation ou à une fragilité financière qui menacent l’approvisionnement.',
          severe:
            'Approvisionnement déjà perturbé ou susceptible de s’arrêter (sanctions, insolvabilité, retrait du marché).',
        },
      },
      c3: {
        name: 'Qualité des produits et cybersécurité',
        question:
          'Quelle est la qualité des produits et des pratiques de sécurité du fournisseur, y compris la maîtrise de sa propre chaîne d’approvisionnement ?',
        ratings: {
          none: 'Développement sécurisé certifié et audité de manière indépendante, gestion des vulnérabilités mature.',
          low: 'Bonnes pratiques, avec des écarts mineurs relevés lors d’audits.',
          medium:
            'Problèmes récurrents de qualité ou de sécurité ; peu de visibilité sur ses propres fournisseurs.',
          high: 'Faiblesses graves et répétées, ou mauvaise maîtrise de ses sous-traitants.',
          severe:
            'Failles graves, audits refusés, ou aucune maîtrise de sa propre chaîne d’approvisionnement.',
        },
      },
    },
    explain: {
      unrated:
        'Aucun critère n’est encore évalué : le niveau est inconnu, ce qui n’est pas la même chose que « aucune préoccupation ».',
      driving_one:
        'Fixé par {{criteria}}, noté {{rating}} ({{name}}) : le niveau est la note la plus haute de tous les critères, et non la moyenne, car une préoccupation grave n’est pas compensée par de bonnes notes ailleurs.',
      driving_other:
        'Fixé par {{criteria}}, chacun noté {{rating}} ({{name}}) : le niveau est la note la plus haute de tous les critères, et non la moyenne, car une préoccupation grave n’est pas compensée par de bonnes notes ailleurs.',
      raisedByListing:
        'Les notes seules donnent {{ratedLevel}} ; le fournisseur figure sur : {{lists}}, ce qui le porte à Élevé.',
      listedUnrated:
        'Aucun critère n’est évalué, mais le fournisseur figure sur : {{lists}}, ce qui le place au moins au niveau Élevé.',
      listedAlreadyHigh:
        'Le fournisseur figure sur : {{lists}}, ce qui le placerait au moins au niveau Élevé ; ses notes l’y placent déjà.',
      noIndex: 'Pas d’indice : il se calcule uniquement à partir des critères évalués.',
      index_one:
        'Indice {{index}} sur 100 : la note du seul critère évalué (1 sur {{total}}), ramenée de 0–4 à 0–100.',
      index_other:
        'Indice {{index}} sur 100 : la moyenne des {{count}} critères évalués (sur {{total}}), ramenée de 0–4 à 0–100.',
    },
    rationale: 'Justification',
    rationaleHint:
      'Pourquoi ces notes : sources, faits, dates. Relecteurs et auditeurs s’appuient sur ce texte.',
    save: 'Enregistrer le profil de souveraineté',
    discard: 'Annuler les modifications',
    saved: 'Profil de souveraineté enregistré.',
    saveFailed: 'Le profil de souveraineté n’a pas été enregistré : {{reason}}',
  },
  delete: {
    title: 'Supprimer {{name}} ?',
    intro:
      'Le fournisseur est retiré de l’espace de travail, avec ses évaluations et leurs preuves. Le journal d’audit en garde une copie, ainsi que de chaque modification ci-dessous.',
    nothingRefers: 'Rien d’autre dans l’espace de travail ne fait référence à ce fournisseur.',
    dependenciesNeedTarget_one:
      '{{count}} dépendance utilise ce fournisseur : choisissez le fournisseur auquel la rattacher, ou annulez.',
    dependenciesNeedTarget_other:
      '{{count}} dépendances utilisent ce fournisseur : choisissez le fournisseur auquel les rattacher, ou annulez.',
    dependenciesMove_one: '{{count}} dépendance est rattachée à {{target}}.',
    dependenciesMove_other: '{{count}} dépendances sont rattachées à {{target}}.',
    licencesUnlinked_one: '{{count}} licence perd son lien avec ce fournisseur (la licence est conservée).',
    licencesUnlinked_other:
      '{{count}} licences perdent leur lien avec ce fournisseur (les licences sont conservées).',
    licencesMove_one: '{{count}} licence est rattachée à {{target}}.',
    licencesMove_other: '{{count}} licences sont rattachées à {{target}}.',
    risksUnlinked_one: '{{count}} risque ne mentionne plus ce fournisseur.',
    risksUnlinked_other: '{{count}} risques ne mentionnent plus ce fournisseur.',
    risksMove_one: '{{count}} risque mentionne {{target}} à la place.',
    risksMove_other: '{{count}} risques mentionnent {{target}} à la place.',
    subsidiaries_one: '{{count}} filiale perd son lien avec sa société mère.',
    subsidiaries_other: '{{count}} filiales perdent leur lien avec leur société mère.',
    reassignRequired: 'Rattacher ses dépendances, licences et risques à',
    reassignOptional: 'Rattacher ses licences et risques à (facultatif)',
    noOtherVendor:
      'Il n’existe aucun autre fournisseur auquel rattacher les dépendances : créez-en un d’abord, ou annulez.',
    cancel: 'Annuler',
    confirm: 'Supprimer le fournisseur',
    deleted: '{{name}} supprimé.',
    failed: 'Le fournisseur n’a pas été supprimé : {{reason}}',
  },
  refused: {
    reassignToItself:
      'Un fournisseur ne peut pas être rattaché à lui-même : choisissez un autre fournisseur.',
    reassignRequired_one:
      '{{name}} a encore {{count}} dépendance : choisissez le fournisseur auquel la rattacher.',
    reassignRequired_other:
      '{{name}} a encore {{count}} dépendances : choisissez le fournisseur auquel les rattacher.',
    reassignTargetGone: 'Le fournisseur auquel rattacher n’existe plus : choisissez-en un autre.',
  },
};
