import type { ChecklistWording } from '../localise';

/** NIS2 supply-chain security in French, in the words of the Directive's and the Regulation's French texts. */
export const nis2SupplyChainFr: ChecklistWording = {
  name: 'NIS 2 — sécurité de la chaîne d’approvisionnement',
  source:
    'Directive (UE) 2022/2555 (directive NIS 2), art. 21, paragraphe 2, points d) et e), et paragraphe 3 ; règlement d’exécution (UE) 2024/2690 de la Commission, points 5.1 et 5.2 de l’annexe, à titre de bonne pratique',
  sections: {
    'nis2-directive': 'Article 21 de la directive NIS 2 — sécurité de la chaîne d’approvisionnement',
    'nis2-policy':
      'Politique de sécurité de la chaîne d’approvisionnement et répertoire des fournisseurs (RE 2024/2690, bonne pratique)',
    'nis2-selection': 'Critères de sélection (RE 2024/2690, bonne pratique)',
    'nis2-contract': 'Clauses contractuelles (RE 2024/2690, bonne pratique)',
    'nis2-monitoring': 'Suivi et réexamen (RE 2024/2690, bonne pratique)',
  },
  items: {
    'nis2-21-2d-covered': {
      text: 'Ce fournisseur entre-t-il dans le champ des mesures de sécurité de la chaîne d’approvisionnement de l’opérateur, avec les aspects de la relation liés à la sécurité (accès, données, support, produits) identifiés ?',
      guidance:
        'Preuve : le fournisseur figure dans le registre des risques de la chaîne d’approvisionnement ou dans le répertoire des fournisseurs, avec une description des aspects de la relation qui touchent à la sécurité.',
    },
    'nis2-21-2d-risk-assessed': {
      text: 'Le risque que ce fournisseur fait peser sur la sécurité des réseaux et des systèmes d’information a-t-il été évalué, et les mesures prises ont-elles été consignées ?',
      guidance:
        'Preuve : une appréciation des risques datée portant sur le fournisseur, avec les risques qui en découlent et leur traitement. « Partiel » si elle existe mais est plus ancienne que l’intervalle de réexamen.',
    },
    'nis2-21-2e-acquisition': {
      text: 'Des exigences de sécurité ont-elles été appliquées lors de l’acquisition des produits ou services du fournisseur, et vérifiées à la recette ?',
      guidance:
        'Preuve : les exigences de sécurité du cahier des charges ou de l’appel d’offres, et les résultats des tests de recette.',
    },
    'nis2-21-2e-maintenance': {
      text: 'La maintenance des produits du fournisseur est-elle planifiée de sorte qu’ils restent couverts par des mises à jour de sécurité tant qu’ils sont en service ?',
      guidance:
        'Preuve : les dates de fin de support par produit comparées à la durée de service prévue, et un plan de remplacement lorsque le support prend fin avant.',
    },
    'nis2-21-2e-vulnerabilities': {
      text: 'Le fournisseur traite-t-il et divulgue-t-il les vulnérabilités de ce qu’il livre, et l’opérateur reçoit-il ses avis et y donne-t-il suite ?',
      guidance:
        'Preuve : la politique de divulgation des vulnérabilités du fournisseur, son canal d’avis de sécurité, et les traces par l’opérateur des avis analysés et des correctifs appliqués.',
    },
    'nis2-21-3-vendor-vulnerabilities': {
      text: 'Les vulnérabilités propres à ce fournisseur ont-elles été identifiées (faiblesses de ses produits, dépendance à son égard, exposition au droit de son pays d’origine) ?',
      guidance:
        'Preuve : la partie de l’appréciation des risques propre au fournisseur. Une appréciation générique appliquée indistinctement à tous les fournisseurs vaut « partiel ».',
    },
    'nis2-21-3-quality': {
      text: 'Dans quelle mesure la qualité globale des produits du fournisseur et de ses pratiques en matière de cybersécurité, y compris ses procédures de développement sécurisé, est-elle établie ?',
      guidance:
        '0 = inconnue · 1 = déclarations du fournisseur uniquement · 2 = pratiques documentées et examinées par l’opérateur · 3 = audit ou évaluation indépendants des processus ou des produits (par exemple NESAS, ISO/IEC 27001 sur un périmètre pertinent) · 4 = comme 3, avec un bon historique en matière de vulnérabilités et de correctifs ces dernières années et des constats suivis.',
    },
    'nis2-21-3-coordinated-assessments': {
      text: 'Les résultats des évaluations coordonnées à l’échelle de l’UE des risques pour la sécurité des chaînes d’approvisionnement critiques ont-ils été pris en compte pour ce fournisseur ?',
      guidance:
        'Pour les équipements de réseau, il s’agit de l’évaluation coordonnée des risques de l’UE sur les réseaux 5G et de la boîte à outils de l’UE pour la cybersécurité de la 5G. Preuve : un profil de risque du fournisseur et les décisions qui en ont été tirées. Répondez « s.o. » si aucune évaluation coordonnée ne couvre ce que livre le fournisseur.',
    },
    'nis2-ir-policy': {
      text: 'La relation avec ce fournisseur est-elle régie par une politique écrite de sécurité de la chaîne d’approvisionnement, et l’opérateur a-t-il indiqué au fournisseur le rôle qu’il joue dans la chaîne d’approvisionnement ?',
      guidance:
        'Preuve : la politique approuvée et une communication au fournisseur (annexe au contrat, courrier ou dossier d’intégration) précisant le rôle et les attentes de l’opérateur.',
    },
    'nis2-ir-directory': {
      text: 'Le fournisseur est-il inscrit au répertoire des fournisseurs avec un point de contact sécurité et la liste des produits, services et processus TIC qu’il fournit ?',
      guidance: 'Preuve : l’inscription au répertoire, avec la date de sa dernière confirmation.',
    },
    'nis2-ir-select-practices': {
      text: 'Les pratiques de cybersécurité du fournisseur, y compris ses procédures de développement sécurisé, ont-elles été évaluées avant sa sélection ou lors de son dernier renouvellement ?',
      guidance:
        'Preuve : le dossier de sélection ou le questionnaire de vérifications préalables, avec les réponses et la conclusion de l’évaluateur.',
    },
    'nis2-ir-select-specifications': {
      text: 'La capacité du fournisseur à respecter les spécifications de cybersécurité de l’opérateur a-t-elle été vérifiée ?',
      guidance: 'Preuve : une matrice de conformité aux spécifications, avec les écarts et leur acceptation.',
    },
    'nis2-ir-select-quality': {
      text: 'La qualité et la résilience des produits ou services, ainsi que les mesures de sécurité qu’ils intègrent, ont-elles été évaluées au regard de leur risque et de leur classification ?',
      guidance:
        'Preuve : les résultats d’évaluation des produits, les mécanismes de résilience examinés (redondance, bascule) et la criticité attribuée à chaque produit.',
    },
    'nis2-ir-select-diversify': {
      text: 'La possibilité de diversifier les sources d’approvisionnement et de limiter la dépendance à l’égard de ce fournisseur a-t-elle été envisagée ?',
      guidance:
        'Preuve : les alternatives étudiées, les exigences d’interopérabilité et d’interfaces ouvertes, les dispositions de sortie. Répondez « s.o. » uniquement si aucune alternative n’existe sur le marché, et consignez-le.',
    },
    'nis2-ir-select-applied': {
      text: 'Ces critères ont-ils été appliqués dans le processus de sélection et d’achat qui a abouti au contrat en cours ?',
      guidance:
        'Preuve : la grille d’évaluation de l’appel d’offres ou la décision d’achat montrant les critères et la note obtenue par le fournisseur.',
    },
    'nis2-ir-contract-requirements': {
      text: 'Le contrat impose-t-il au fournisseur des exigences de cybersécurité, y compris pour les produits ou services qu’il livre ?',
      guidance:
        'Preuve : la clause ou l’annexe énumérant les exigences. Une simple clause de confidentialité générique vaut « non ».',
    },
    'nis2-ir-contract-skills': {
      text: 'Le contrat exige-t-il la sensibilisation, les compétences, la formation et, le cas échéant, les certifications du personnel du fournisseur travaillant pour l’opérateur ?',
      guidance:
        'Preuve : la clause, et les justificatifs fournis par le fournisseur (formations suivies, certifications).',
    },
    'nis2-ir-contract-background': {
      text: 'Le contrat exige-t-il une vérification des antécédents du personnel du fournisseur ayant accès aux systèmes ou aux sites de l’opérateur ?',
      guidance:
        'Preuve : la clause, le niveau de vérification exigé selon le rôle et la confirmation par le fournisseur qu’elle est effectuée.',
    },
    'nis2-ir-contract-incidents': {
      text: 'Le fournisseur doit-il notifier à l’opérateur, sans retard injustifié, les incidents qui mettent en danger les systèmes de l’opérateur ?',
      guidance:
        'Preuve : la clause de notification, avec le délai, les points de contact et les informations à communiquer.',
    },
    'nis2-ir-contract-audit': {
      text: 'Le contrat donne-t-il à l’opérateur le droit d’auditer le fournisseur ou de recevoir des rapports d’audit ?',
      guidance: 'Preuve : la clause d’audit, avec son périmètre et sa fréquence.',
    },
    'nis2-ir-contract-vulnerabilities': {
      text: 'Le fournisseur est-il tenu de traiter les vulnérabilités qui mettent en danger les systèmes de l’opérateur ?',
      guidance:
        'Preuve : la clause relative au traitement des vulnérabilités, idéalement avec des délais de correction selon la gravité.',
    },
    'nis2-ir-contract-subcontracting': {
      text: 'Le contrat encadre-t-il la sous-traitance et, lorsqu’elle est autorisée, répercute-t-il les mêmes exigences de cybersécurité sur les sous-traitants ?',
      guidance:
        'Preuve : la clause de sous-traitance (autorisation ou information préalable, répercussion des exigences) et la liste des sous-traitants agréés.',
    },
    'nis2-ir-contract-termination': {
      text: 'Le contrat fixe-t-il les obligations du fournisseur à son terme, comme la restitution ou la destruction des informations de l’opérateur ?',
      guidance:
        'Preuve : la clause de sortie ou de résiliation, couvrant la restitution des données, leur effacement sécurisé avec confirmation et la révocation des accès.',
    },
    'nis2-ir-monitor-review': {
      text: 'Les pratiques de cybersécurité du fournisseur sont-elles réexaminées à intervalles planifiés et après des changements ou incidents importants, avec des mesures prises si nécessaire ?',
      guidance:
        'Preuve : le calendrier des réexamens, le rapport du dernier réexamen et les actions qui ont suivi.',
    },
    'nis2-ir-monitor-last-review': {
      text: 'Date du dernier réexamen des pratiques de cybersécurité du fournisseur',
      guidance: 'La date du réexamen le plus récent, planifié ou non.',
    },
    'nis2-ir-monitor-sla': {
      text: 'Les rapports sur les niveaux de service convenus avec le fournisseur sont-ils suivis régulièrement ?',
      guidance:
        'Preuve : des rapports récents sur les niveaux de service et les comptes rendus des réunions où ils ont été examinés. Répondez « s.o. » si aucun niveau de service n’est convenu.',
    },
    'nis2-ir-monitor-incidents': {
      text: 'Les incidents touchant les produits ou services du fournisseur sont-ils analysés ?',
      guidance:
        'Preuve : les fiches d’incident liées au fournisseur et les retours d’expérience qui ont suivi.',
    },
    'nis2-ir-monitor-unscheduled': {
      text: 'La nécessité d’un réexamen non planifié du fournisseur est-elle appréciée lorsqu’un changement survient, et la conclusion est-elle documentée ?',
      guidance:
        'Preuve : la trace des éléments déclencheurs examinés (changement d’actionnariat, incident majeur, sanctions, nouveau produit) et de la décision prise.',
    },
    'nis2-ir-monitor-changes': {
      text: 'Les risques liés aux changements apportés aux produits ou services du fournisseur sont-ils analysés et atténués en temps utile ?',
      guidance:
        'Preuve : les avis de changement du fournisseur (nouvelles versions, fin de support, nouveaux sous-traitants), l’analyse de risque réalisée et les mesures d’atténuation appliquées.',
    },
  },
};
