import type { ItemWording } from '../localise';

/** Digital sovereignty's operational, supply and technology objectives (SOV-4 to SOV-6) in French. */
export const sovereigntyOperationsSectionsFr: Readonly<Record<string, string>> = {
  'sov-operational': 'Maîtrise opérationnelle : mises à jour et accès à distance (SOV-4)',
  'sov-supply': 'Continuité d’approvisionnement (SOV-5)',
  'sov-technology': 'Substituabilité, réversibilité et normes (SOV-6)',
};

export const sovereigntyOperationsItemsFr: Readonly<Record<string, ItemWording>> = {
  'sov-ops-remote-access': {
    text: 'Chaque accès à distance du fournisseur est-il accordé par l’opérateur pour une tâche précise, par un chemin maîtrisé par l’opérateur, et journalisé ?',
    guidance:
      'Preuve : la procédure d’accès à distance, le serveur de rebond ou l’outil de gestion des accès à privilèges utilisé, et un échantillon de journaux d’accès. Un accès permanent ou non journalisé vaut « non ».',
  },
  'sov-ops-support-location': {
    text: 'Le support qui nécessite un accès au réseau est-il assuré depuis des lieux et par un personnel acceptés par l’opérateur ?',
    guidance:
      'Preuve : la liste des centres de support pouvant atteindre le réseau et le contrôle appliqué à leur personnel ; à rapprocher de la maîtrise du support de troisième niveau des fournisseurs dans la boîte à outils de l’UE pour la cybersécurité de la 5G (SM04).',
  },
  'sov-ops-updates': {
    text: 'L’opérateur décide-t-il du moment où les mises à jour logicielles sont installées, sans qu’aucune mise à jour ne soit poussée par le fournisseur sans son approbation ?',
    guidance:
      'Preuve : la procédure de mise à jour, la démonstration que les mises à jour automatiques sont désactivées ou soumises à validation, et l’environnement de test utilisé avant le déploiement.',
  },
  'sov-ops-offline': {
    text: 'La dépendance continue-t-elle de fonctionner si la connexion au fournisseur est coupée, y compris pour les serveurs de licences, l’activation et les clés de licence à durée limitée ?',
    guidance:
      'Décrivez ce qui s’arrête, et au bout de combien de temps, si les systèmes du fournisseur deviennent injoignables ou si le fournisseur se retire. Un produit qui cesse d’acheminer le trafic vaut « non ».',
  },
  'sov-ops-skills': {
    text: 'Dans quelle mesure l’opérateur, ou un partenaire de l’UE, est-il capable d’exploiter et de réparer cette dépendance sans le fournisseur ?',
    guidance:
      '0 : entièrement dépendant du fournisseur. 1 : exploitation de premier niveau uniquement. 2 : exploitation et maintenance courante. 3 : diagnostic et réparation des pannes, documentation à l’appui. 4 : exploitation, réparation et mises à niveau autonomes, démontrées lors d’un exercice.',
  },
  'sov-supply-manufacturing': {
    text: 'Où le matériel et les composants critiques de cette dépendance sont-ils fabriqués et assemblés ?',
    guidance:
      'Indiquez les pays de fabrication et d’assemblage final, ainsi que ceux des composants critiques (jeux de puces, FPGA, optiques, compilation des micrologiciels).',
  },
  'sov-supply-single-source': {
    text: 'Les composants critiques à source unique sont-ils identifiés, le fournisseur disposant d’une mesure d’atténuation pour chacun ?',
    guidance:
      'Preuve : la liste, établie par le fournisseur, des composants à source unique avec leur origine, et ses plans de seconde source ou de constitution de stocks.',
  },
  'sov-supply-commitments': {
    text: 'Le contrat engage-t-il le fournisseur sur une durée minimale de support, un préavis de fin de vie et la disponibilité des pièces de rechange ?',
    guidance:
      'Citez les clauses de durée de support, de préavis de fin de vie et de pièces de rechange, avec leurs durées.',
  },
  'sov-supply-stock': {
    text: 'Des pièces de rechange et des unités de remplacement sont-elles stockées dans l’UE en quantité suffisante pour couvrir une interruption d’approvisionnement de la durée convenue ?',
    guidance:
      'Preuve : l’inventaire des pièces de rechange, leur emplacement et la durée d’interruption pour laquelle il est dimensionné.',
  },
  'sov-supply-transparency': {
    text: 'Quel est le degré de transparence du fournisseur sur sa propre chaîne d’approvisionnement (nomenclatures logicielles et matérielles, sous-traitants) ?',
    guidance:
      '0 : aucune information. 1 : principaux sous-traitants sur demande. 2 : SBOM pour les logiciels livrés. 3 : SBOM et nomenclature matérielle avec les origines, mises à jour à chaque version. 4 : nomenclatures lisibles par machine, avec une veille continue des vulnérabilités et des origines partagée avec l’opérateur.',
  },
  'sov-supply-sanctions': {
    text: 'Le risque que des sanctions ou des contrôles des exportations visant le fournisseur, ses composants ou ses pays de fabrication interrompent l’approvisionnement ou le support a-t-il été évalué ?',
    guidance:
      'Consignez les scénarios envisagés (nouvelle inscription sur une liste, interdiction d’exporter des composants, contre-sanctions) et la réponse prévue pour chacun.',
  },
  'sov-tech-open-interfaces': {
    text: 'La dépendance utilise-t-elle des interfaces ouvertes et normalisées, de sorte qu’elle puisse être remplacée, ou combinée avec les produits d’autres fournisseurs, sans remplacer les systèmes adjacents ?',
    guidance:
      'Listez les interfaces avec les systèmes adjacents et indiquez si chacune suit une norme publiée (par exemple 3GPP, O-RAN, IETF) sans extensions propriétaires nécessaires en pratique.',
  },
  'sov-tech-alternatives': {
    text: 'Existe-t-il au moins un fournisseur alternatif crédible, de préférence européen, capable de remplacer cette dépendance ?',
    guidance:
      'Nommez les alternatives et ce qui permet de les juger crédibles (références, essais, certification).',
  },
  'sov-tech-exit-plan': {
    text: 'Existe-t-il pour cette dépendance un plan de réversibilité documenté, avec une durée et un coût estimés, qui a été revu ou testé ?',
    guidance:
      'Preuve : le plan de réversibilité, avec les étapes de migration, l’export des données et de la configuration, le fonctionnement en parallèle et le support contractuel dû par le fournisseur pendant la sortie.',
  },
  'sov-tech-exit-date': {
    text: 'Quand le plan de réversibilité a-t-il été revu ou testé pour la dernière fois ?',
    guidance:
      'Indiquez la date de la dernière revue ou du dernier exercice ; laissez vide s’il n’existe aucun plan.',
  },
  'sov-tech-portability': {
    text: 'La configuration, les données d’exploitation et l’inventaire peuvent-ils être exportés dans des formats documentés exploitables par le produit d’un autre fournisseur ?',
    guidance: 'Preuve : un exemple d’export et la documentation de son format.',
  },
  'sov-tech-standards-bodies': {
    text: 'Les normes et spécifications sur lesquelles repose cette dépendance sont-elles élaborées au sein d’organismes ouverts où les membres européens participent sur un pied d’égalité, plutôt que contrôlées par une seule entreprise ou un seul gouvernement étranger ?',
    guidance:
      'Listez les spécifications (par exemple 3GPP, ETSI, IETF, O-RAN Alliance, spécifications propriétaires ou nationales) et qui contrôle leur élaboration et leur accès. S’appuyer sur une spécification que son propriétaire peut retirer ou restreindre vaut « non ».',
  },
  'sov-tech-spec-access': {
    text: 'L’opérateur et les fournisseurs alternatifs conserveraient-ils l’accès à ces spécifications, ainsi qu’aux outils et certifications nécessaires, si les contrôles des exportations ou les sanctions évoluaient ?',
    guidance:
      'Identifiez les spécifications, implémentations de référence, outils de test ou schémas de certification hébergés ou contrôlés à l’étranger, et précisez si leur accès est soumis au contrôle des exportations ou à des conditions d’adhésion.',
  },
  'sov-tech-inspection': {
    text: 'Le code source ou la conception de la dépendance peuvent-ils être examinés par l’opérateur ou par un évaluateur de confiance européen si nécessaire ?',
    guidance:
      'Preuve : un contrat de séquestre du code source, un droit de revue du code source dans un laboratoire d’essai accrédité, ou un rapport d’évaluation du produit.',
  },
};
