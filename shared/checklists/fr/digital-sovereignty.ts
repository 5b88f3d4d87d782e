import type { ChecklistWording } from '../localise';
import {
  sovereigntyOperationsItemsFr,
  sovereigntyOperationsSectionsFr,
} from './digital-sovereignty-operations';

/** Digital sovereignty in French; SOV-n are the EU Cloud Sovereignty Framework's objectives, kept as cited. */
export const digitalSovereigntyFr: ChecklistWording = {
  name: 'Souveraineté numérique',
  source:
    'Liste de contrôle du projet fondée sur les objectifs de souveraineté SOV-1 à SOV-8 du cadre européen de souveraineté du cloud, version 1.2.1 (octobre 2025), adaptée aux fournisseurs de réseau',
  sections: {
    'sov-strategic': 'Maîtrise stratégique (SOV-1)',
    'sov-legal': 'Exposition juridique et juridictionnelle (SOV-2)',
    'sov-data': 'Localisation et maîtrise des données (SOV-3)',
    ...sovereigntyOperationsSectionsFr,
    'sov-security': 'Sécurité et conformité (SOV-7)',
    'sov-environment': 'Durabilité environnementale (SOV-8)',
    'sov-conclusion': 'Synthèse',
  },
  items: {
    'sov-strategic-control': {
      text: 'Le fournisseur de cette dépendance a-t-il son siège et son contrôle ultime dans l’UE, ou dans une juridiction acceptée par l’opérateur ?',
      guidance:
        'Preuve : l’organigramme du groupe jusqu’à la société mère ultime, avec le pays de chaque entité de contrôle. Un contrôle par une entité située hors des juridictions acceptées vaut « non ».',
    },
    'sov-strategic-owners': {
      text: 'Les bénéficiaires effectifs ultimes sont-ils connus, et le fournisseur est-il exempt de toute participation de contrôle ou de blocage détenue par un État tiers ou un organisme lié à un État ?',
      guidance:
        'Preuve : un extrait de registre ou les données de relations LEI, et la déclaration d’actionnariat du fournisseur, couvrant les participations publiques, les actions spécifiques et les droits de nomination au conseil.',
    },
    'sov-strategic-footprint': {
      text: 'Quelle est l’importance de l’implantation du fournisseur dans l’UE pour cette dépendance (ingénierie, support, fabrication, prise de décision) ?',
      guidance:
        '0 : présence commerciale uniquement. 1 : personnel de support local. 2 : centre de support et d’intégration dans l’UE. 3 : ingénierie dans l’UE capable de maintenir le produit. 4 : développement du produit, décisions de feuille de route et support critique entièrement dans l’UE.',
    },
    'sov-legal-governing-law': {
      text: 'Le contrat est-il régi par le droit d’un État membre de l’UE, avec des litiges tranchés par des juridictions ou un siège d’arbitrage situés dans l’UE ?',
      guidance: 'Citez les clauses de droit applicable et d’attribution de juridiction.',
    },
    'sov-legal-extraterritorial': {
      text: 'Le fournisseur est-il à l’abri de lois de pays tiers qui pourraient le contraindre à donner accès aux données ou au réseau de l’opérateur, à modifier ses produits, ou à suspendre les livraisons ou le support ?',
      guidance:
        'Tenez compte des lois de chaque pays où le fournisseur ou sa société mère est immatriculé ou emploie du personnel disposant d’accès. Consignez les lois identifiées et tout avis juridique obtenu ; une exposition sans garde-fou effectif vaut « non ».',
    },
    'sov-legal-requests': {
      text: 'Le fournisseur doit-il informer l’opérateur des demandes d’accès des autorités à ses données ou à son réseau, lorsque la loi le permet, et contester celles qui sont illégales ?',
      guidance:
        'Citez la clause relative aux demandes d’accès des autorités et le dernier rapport de transparence du fournisseur s’il en publie un.',
    },
    'sov-data-location': {
      text: 'Les données de l’opérateur traitées par cette dépendance (configuration, journaux, traces, télémétrie, données d’abonnés) sont-elles stockées et traitées uniquement dans des lieux convenus au sein de l’UE ?',
      guidance:
        'Preuve : la description des flux de données et l’engagement contractuel de localisation des données, sauvegardes et outils de support compris. Tout traitement hors des lieux convenus vaut « non ».',
    },
    'sov-data-countries': {
      text: 'Dans quels pays les données de l’opérateur peuvent-elles être stockées, traitées ou consultées, par le fournisseur ou ses sous-traitants ultérieurs ?',
      guidance: 'Listez les pays et la finalité de chacun (hébergement, support, analyse, sauvegarde).',
    },
    'sov-data-telemetry': {
      text: 'L’opérateur peut-il voir, restreindre ou désactiver la télémétrie et les autres données que les équipements ou logiciels envoient au fournisseur ?',
      guidance:
        'Preuve : la documentation des connexions sortantes et le paramètre ou la passerelle qui les contrôle, testés sur la version déployée.',
    },
    'sov-data-keys': {
      text: 'Les clés de chiffrement et les identifiants protégeant les données de l’opérateur sont-ils sous le seul contrôle de l’opérateur ?',
      guidance:
        'Preuve : la conception de la gestion des clés (HSM détenu par l’opérateur, clés fournies par le client) et les personnes pouvant utiliser ou exporter les clés.',
    },
    ...sovereigntyOperationsItemsFr,
    'sov-sec-assurance': {
      text: 'La dépendance dispose-t-elle d’une assurance de sécurité ou d’une certification reconnue (par exemple une évaluation de produit NESAS, une certification de cybersécurité de l’UE) pour la version déployée ?',
      guidance:
        'Preuve : le certificat ou le rapport d’évaluation, son périmètre, sa version et sa date d’expiration. Une assurance portant sur une autre version ou une autre catégorie de produit vaut « non ».',
    },
    'sov-sec-risk-profile': {
      text: 'Le fournisseur a-t-il été évalué selon le profil de risque du fournisseur de l’évaluation coordonnée des risques de l’UE, avec un résultat que l’opérateur accepte pour cet usage ?',
      guidance:
        'Preuve : l’évaluation du profil de risque du fournisseur menée à son terme et la décision sur les restrictions applicables aux actifs critiques.',
    },
    'sov-sec-vulnerabilities': {
      text: 'Le fournisseur s’engage-t-il à informer l’opérateur des vulnérabilités sans retard injustifié, et est-il exempt de toute obligation de signaler d’abord les vulnérabilités non divulguées à une autorité d’un pays tiers ?',
      guidance:
        'Citez la clause de notification des vulnérabilités et la politique de divulgation coordonnée des vulnérabilités du fournisseur ; consignez toute obligation légale de signalement connue à l’étranger.',
    },
    'sov-env-lifetime': {
      text: 'Le fournisseur favorise-t-il une longue durée de vie des équipements (réparation, reconditionnement, support logiciel) et rend-il compte de leur consommation d’énergie ?',
      guidance:
        'Preuve : la durée de support garantie, l’offre de réparation ou de reconditionnement et les données de consommation d’énergie par unité ou par volume de trafic.',
    },
    'sov-summary': {
      text: 'Quelles sont les principales préoccupations de souveraineté pour cette dépendance, et quelles mesures d’atténuation sont en place ou prévues ?',
      guidance:
        'Résumez les objectifs les plus faibles relevés ci-dessus ; selon le cadre, l’objectif le plus faible limite le niveau global de souveraineté.',
    },
  },
};
