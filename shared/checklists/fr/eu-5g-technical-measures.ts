import type { ItemWording } from '../localise';

/** The EU 5G Toolbox technical measures TM01–TM11 in French, by item id. */
export const eu5gTechnicalItemsFr: Readonly<Record<string, ItemWording>> = {
  'eu5g-tm01-architecture': {
    text: 'Les équipements du fournisseur sont-ils déployés conformément à l’architecture de référence sécurisée de l’opérateur (zones de sécurité, cloisonnement, défense en profondeur) ?',
    guidance:
      'Preuve : l’architecture de référence et les documents de conception du déploiement du fournisseur montrant où se trouvent ses équipements et quels flux sont autorisés.',
  },
  'eu5g-tm01-hardening': {
    text: 'Les produits du fournisseur sont-ils configurés selon un référentiel de durcissement documenté, vérifié à la recette puis dans la durée ?',
    guidance:
      'Preuve : le guide de durcissement (du fournisseur ou de l’opérateur), le procès-verbal de recette et le dernier contrôle de conformité de la configuration. Une erreur de configuration est le scénario de risque R1 de la boîte à outils.',
  },
  'eu5g-tm02-standard-features': {
    text: 'Les fonctions de sécurité des normes 3GPP sont-elles mises en œuvre dans les produits du fournisseur et activées dans la configuration de l’opérateur ?',
    guidance:
      'Exemples : chiffrement et protection de l’intégrité de la signalisation et du trafic des usagers, dissimulation des identifiants d’abonné, authentification mutuelle entre fonctions de réseau. Preuve : déclarations de conformité du fournisseur et extraits de configuration. « Partiel » si certaines fonctions sont prises en charge mais laissées désactivées.',
  },
  'eu5g-tm02-optional-features': {
    text: 'Lorsque les normes laissent une fonction de sécurité optionnelle, l’opérateur a-t-il décidé, fonction par fonction, de l’utiliser ou non, et le fournisseur peut-il suivre ce choix ?',
    guidance:
      'Preuve : un registre des décisions fonction par fonction, avec leurs motifs, et la confirmation par le fournisseur de leur prise en charge.',
  },
  'eu5g-tm02-scas': {
    text: 'Quelles spécifications d’assurance de sécurité du 3GPP (SCAS) et quels rapports d’évaluation couvrent les produits livrés ?',
    guidance:
      'Indiquez pour chaque produit la spécification SCAS de sa catégorie (par exemple TS 33.511 pour la gNB, TS 33.512 pour l’AMF), le rapport d’évaluation, sa date et le laboratoire d’essai. Écrivez « aucune » si aucune évaluation n’existe.',
  },
  'eu5g-tm03-accounts': {
    text: 'Les comptes du fournisseur sur les systèmes de l’opérateur sont-ils nominatifs, limités au moindre privilège et protégés par une authentification multifacteur ?',
    guidance:
      'Preuve : la liste des comptes du fournisseur avec leurs droits, la configuration de l’authentification et la confirmation qu’il ne reste aucun compte partagé ni compte par défaut.',
  },
  'eu5g-tm03-remote-access': {
    text: 'Tout accès à distance du fournisseur passe-t-il par un point d’accès maîtrisé par l’opérateur, avec approbation et enregistrement des sessions ?',
    guidance:
      'Preuve : l’architecture d’accès à distance (bastion ou gestion des accès à privilèges), les enregistrements d’approbation et un échantillon de sessions enregistrées. Une liaison directe du fournisseur vers le réseau vaut « non ».',
  },
  'eu5g-tm03-access-review': {
    text: 'Les droits d’accès du fournisseur sont-ils revus au moins une fois par an et retirés lorsque les personnes ou les contrats changent ?',
    guidance:
      'Preuve : la dernière revue des accès avec sa date, et des exemples de droits retirés après un départ.',
  },
  'eu5g-tm04-isolation': {
    text: 'Les fonctions de réseau virtualisées ou conteneurisées du fournisseur sont-elles isolées des autres charges de travail et de la plateforme sous-jacente ?',
    guidance:
      'Preuve : la conception de la virtualisation (locataires ou grappes distincts, hyperviseur ou environnement d’exécution de conteneurs durci, privilèges restreints). Répondez « s.o. » si le fournisseur ne livre aucune fonction virtualisée.',
  },
  'eu5g-tm04-image-integrity': {
    text: 'Les images de machines virtuelles ou de conteneurs du fournisseur sont-elles signées, et la signature est-elle vérifiée lors de leur déploiement ?',
    guidance:
      'Preuve : le dispositif de signature, l’étape de vérification dans la chaîne de déploiement ou l’orchestrateur et, si possible, la trace du rejet d’une image non signée.',
  },
  'eu5g-tm04-orchestration': {
    text: 'L’accès à la couche de gestion et d’orchestration qui exécute les fonctions du fournisseur est-il restreint et journalisé ?',
    guidance:
      'Preuve : les rôles définis dans la plateforme d’orchestration, leurs titulaires et le lieu de conservation de ses journaux.',
  },
  'eu5g-tm05-management-network': {
    text: 'Les équipements du fournisseur sont-ils administrés par un réseau d’administration distinct et protégé ?',
    guidance:
      'Preuve : la conception du réseau montrant le plan d’administration séparé du trafic des usagers et de la signalisation, avec un filtrage entre eux.',
  },
  'eu5g-tm05-monitoring': {
    text: 'Quelle est la maturité de la supervision de sécurité des équipements du fournisseur et de l’activité du fournisseur sur le réseau ?',
    guidance:
      '0 = aucune supervision · 1 = journaux conservés localement sur les équipements · 2 = journaux collectés de façon centralisée · 3 = collecte centralisée avec des règles d’alerte couvrant les accès du fournisseur et les changements de configuration · 4 = comme 3, avec des alertes traitées par un centre opérationnel de sécurité (SOC) et des règles éprouvées.',
  },
  'eu5g-tm05-operator-control': {
    text: 'L’opérateur peut-il exploiter, superviser et restaurer les équipements du fournisseur sans dépendre de systèmes exploités par le fournisseur ?',
    guidance:
      'Preuve : le modèle d’exploitation montrant quels outils et consoles sont maîtrisés par l’opérateur. « Partiel » si l’exploitation courante est autonome mais que certaines tâches de restauration nécessitent les systèmes du fournisseur.',
  },
  'eu5g-tm06-site-access': {
    text: 'Les sites hébergeant les équipements du fournisseur sont-ils protégés par un contrôle d’accès physique proportionné à leur criticité ?',
    guidance:
      'Preuve : la classification des sites et les mesures de contrôle d’accès par classe (badges, serrures, alarmes, vidéo).',
  },
  'eu5g-tm06-vendor-visits': {
    text: 'Les visites du personnel du fournisseur sur les sites sont-elles autorisées à l’avance, accompagnées lorsque c’est requis et consignées ?',
    guidance:
      'Preuve : la procédure de visite et un échantillon de registres de visite rapprochés des autorisations.',
  },
  'eu5g-tm06-tamper': {
    text: 'Les équipements installés dans des lieux exposés (armoires de rue, toits-terrasses, sites partagés) sont-ils protégés contre les manipulations ?',
    guidance:
      'Preuve : enceintes verrouillées, scellés d’inviolabilité ou alarmes d’intrusion, et suite donnée aux alarmes. Répondez « s.o. » si aucun équipement n’est exposé.',
  },
  'eu5g-tm07-signed-updates': {
    text: 'Les mises à jour logicielles et micrologicielles du fournisseur sont-elles signées, et les signatures sont-elles vérifiées avant l’installation ?',
    guidance:
      'Preuve : la description du processus de signature du fournisseur et l’étape de vérification dans la procédure de mise à jour de l’opérateur.',
  },
  'eu5g-tm07-update-control': {
    text: 'L’opérateur décide-t-il du moment où les mises à jour sont installées, après les avoir testées, sans qu’aucune mise à jour ne soit poussée par le fournisseur de sa propre initiative ?',
    guidance:
      'Preuve : la procédure de changement, un rapport de test en environnement de préproduction pour une mise à jour récente et la confirmation que les mises à jour automatiques à distance sont désactivées.',
  },
  'eu5g-tm07-patch-deadlines': {
    text: 'Le contrat fixe-t-il au fournisseur des délais de livraison des correctifs de sécurité selon leur gravité, et ces délais ont-ils été tenus au cours des 12 derniers mois ?',
    guidance:
      'Preuve : la clause du contrat et une liste d’avis de sécurité récents avec les dates de livraison des correctifs. « Partiel » si des délais existent mais n’ont pas été tenus.',
  },
  'eu5g-tm07-support-end': {
    text: 'Jusqu’à quelle date le fournisseur s’est-il engagé à livrer des mises à jour de sécurité pour les produits en service ?',
    guidance:
      'Indiquez la date de fin du support de sécurité la plus proche parmi les produits en service, telle que fixée par le contrat ou par la politique de cycle de vie publiée par le fournisseur.',
  },
  'eu5g-tm08-procurement-requirements': {
    text: 'Des exigences de sécurité figurent-elles dans les conditions d’achat du contrat conclu avec ce fournisseur ?',
    guidance:
      'Preuve : le dossier de consultation ou l’annexe contractuelle fixant les exigences de sécurité acceptées par le fournisseur. Une simple clause de confidentialité générique vaut « non ».',
  },
  'eu5g-tm08-process-requirements': {
    text: 'Ces conditions couvrent-elles les processus propres du fournisseur : développement sécurisé, traitement et divulgation des vulnérabilités, maîtrise de ses sous-traitants ?',
    guidance:
      'Preuve : les clauses portant sur chacun des trois sujets. « Partiel » si seuls certains sont couverts.',
  },
  'eu5g-tm08-audit-right': {
    text: 'Le contrat donne-t-il à l’opérateur le droit d’auditer le fournisseur ou de recevoir des rapports d’audit indépendants ?',
    guidance: 'Preuve : la clause d’audit, avec son périmètre, sa fréquence et son délai de préavis.',
  },
  'eu5g-tm08-last-audit': {
    text: 'Date du dernier audit ou de la dernière évaluation de sécurité des processus du fournisseur',
    guidance:
      'La date de l’audit le plus récent mené par l’opérateur, par un tiers pour son compte ou dans le cadre d’un dispositif reconnu (par exemple un audit de processus NESAS).',
  },
  'eu5g-tm09-certification': {
    text: 'Les produits 5G ou les processus de développement du fournisseur sont-ils certifiés ou évalués dans le cadre d’un dispositif reconnu ?',
    guidance:
      'Exemples : un audit de processus GSMA NESAS et des évaluations de produits selon les SCAS du 3GPP ; un schéma européen de certification de cybersécurité au titre du règlement sur la cybersécurité (Cybersecurity Act) lorsqu’il s’applique au produit. Preuve : certificats ou rapports avec leur périmètre et leurs dates.',
  },
  'eu5g-tm09-expiry': {
    text: 'Date d’expiration de l’audit de processus ou de l’évaluation de produit en vigueur du fournisseur',
    guidance:
      'Indiquez l’échéance la plus proche parmi les certificats et évaluations sur lesquels vous vous appuyez, afin d’en suivre le renouvellement.',
  },
  'eu5g-tm09-required': {
    text: 'La certification ou l’évaluation est-elle exigée dans les conditions d’achat pour les nouvelles acquisitions auprès de ce fournisseur ?',
    guidance: 'Preuve : la clause désignant le dispositif ainsi que le niveau ou le périmètre exigé.',
  },
  'eu5g-tm10-other-ict': {
    text: 'Les produits et services TIC que livre le fournisseur sans être propres à la 5G (systèmes d’information, services cloud, objets connectés) sont-ils certifiés dans le cadre d’un dispositif reconnu ?',
    guidance:
      'Exemples : EUCC (Critères communs) pour les produits, certification ISO/IEC 27001 au périmètre correspondant pour les services. Répondez « s.o. » si le fournisseur ne livre que des équipements de réseau 5G.',
  },
  'eu5g-tm10-cloud': {
    text: 'Si le fournisseur exécute des fonctions ou détient des données de l’opérateur dans des services cloud, ces services sont-ils certifiés et la juridiction de leur prestataire est-elle connue ?',
    guidance:
      'Preuve : le fournisseur de services cloud, ses certifications ou attestations, et les pays d’hébergement et du siège du prestataire. Répondez « s.o. » si aucun service cloud n’est en jeu.',
  },
  'eu5g-tm11-continuity': {
    text: 'Le plan de continuité couvre-t-il la perte de ce fournisseur (insolvabilité, sanctions, arrêt du support ou des livraisons) ?',
    guidance:
      'Preuve : le scénario du plan de continuité d’activité, avec les actions, leurs responsables et la durée pendant laquelle le réseau peut fonctionner sans le fournisseur.',
  },
  'eu5g-tm11-spares': {
    text: 'Les pièces de rechange, clés de licence et images logicielles sont-elles détenues de façon à pouvoir réparer et restaurer les équipements du fournisseur sans lui ?',
    guidance:
      'Preuve : l’inventaire des pièces de rechange et sa couverture des sites critiques, le séquestre ou les copies locales des images logicielles et des clés de licence, et la dépendance éventuelle des licences à un serveur du fournisseur.',
  },
  'eu5g-tm11-last-exercise': {
    text: 'Date du dernier exercice de continuité ou de reprise impliquant les équipements de ce fournisseur',
    guidance:
      'La date du dernier exercice, ou de la dernière reprise réelle, avec un lien vers son rapport comme preuve.',
  },
};
