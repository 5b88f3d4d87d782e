import type { ChecklistWording } from '../localise';
import { eu5gTechnicalItemsFr } from './eu-5g-technical-measures';

/** The EU 5G Toolbox operator measures in French (the Toolbox's own terms as French-language texts use them). */
export const euToolboxFr: ChecklistWording = {
  name: 'Boîte à outils de l’UE pour la cybersécurité de la 5G — mesures de l’opérateur',
  source:
    'Cybersécurité des réseaux 5G — boîte à outils de l’UE relative aux mesures d’atténuation des risques, groupe de coopération NIS, publication CG 01/2020, 29 janvier 2020',
  sections: {
    'eu5g-strategic': 'Mesures stratégiques (SM03–SM05)',
    'eu5g-technical': 'Mesures techniques (TM01–TM11)',
  },
  items: {
    'eu5g-sm03-risk-profile': {
      text: 'Le profil de risque de ce fournisseur a-t-il été établi et revu au cours des 12 derniers mois ?',
      guidance:
        'Preuve : une évaluation « Profil de risque du fournisseur » menée à son terme (critères C1a à C3 de l’évaluation coordonnée des risques de l’UE) ou une analyse documentée équivalente, avec sa date et son auteur. « Partiel » si un profil existe mais date de plus de 12 mois ou laisse des critères sans note.',
    },
    'eu5g-sm03-key-assets': {
      text: 'Les actifs critiques que ce fournisseur livre ou auxquels il peut accéder sont-ils documentés (par exemple les fonctions du cœur de réseau, la gestion et l’orchestration du réseau, le réseau d’accès sur les sites sensibles) ?',
      guidance:
        'Preuve : un inventaire ou une vue d’architecture reliant le fournisseur aux fonctions de réseau et aux sites concernés, y compris les actifs qu’il peut atteindre par le support ou l’accès à distance, et pas seulement ceux qu’il a livrés.',
    },
    'eu5g-sm03-restrictions': {
      text: 'Si le fournisseur est jugé à haut risque, des restrictions — pouvant aller jusqu’à l’exclusion — s’appliquent-elles à ses équipements, à ses services et à ses accès sur les actifs critiques ?',
      guidance:
        'Répondez « s.o. » uniquement si le profil de risque conclut que le fournisseur n’est pas à haut risque. Preuve : une décision de la direction désignant les actifs soumis à restriction, une architecture montrant que le fournisseur en est absent, ou un plan de retrait daté avec son état d’avancement.',
    },
    'eu5g-sm03-reference-lists': {
      text: 'Le fournisseur, ses sociétés mères et ses filiales ont-ils fait l’objet d’un criblage au regard des listes de référence (Covered List de la FCC, listes de sanctions et de contrôle des exportations), avec un résultat consigné ?',
      guidance:
        'Preuve : la date et le résultat du criblage pour chaque liste utilisée, avec les noms et alias vérifiés. « Oui » signifie criblé et consigné, quel que soit le résultat ; une correspondance est traitée par les restrictions ci-dessus.',
    },
    'eu5g-sm04-support-access': {
      text: 'Le support de troisième niveau du fournisseur, et tout service géré qu’il assure, sont-ils limités aux accès nécessaires, accordés intervention par intervention et journalisés ?',
      guidance:
        'Preuve : la procédure de support et d’accès, un échantillon de demandes d’intervention approuvées rapprochées des journaux d’accès. « Partiel » si l’accès est permanent plutôt qu’accordé à chaque intervention.',
    },
    'eu5g-sm04-support-locations': {
      text: 'Les entités et les pays depuis lesquels le fournisseur assure le support ou les services gérés sont-ils connus et fixés par le contrat ?',
      guidance:
        'Preuve : une annexe contractuelle ou une déclaration listant les centres de support, leurs pays et les sous-traitants concernés, avec l’obligation de notifier tout changement à l’avance.',
    },
    'eu5g-sm04-msp-requirements': {
      text: 'Lorsqu’il agit comme prestataire de services gérés, le fournisseur respecte-t-il des exigences de sécurité au moins équivalentes à celles que l’opérateur applique à sa propre exploitation ?',
      guidance:
        'Preuve : les exigences de sécurité contractuelles du service géré, les certifications qui le couvrent (par exemple le périmètre ISO/IEC 27001), les rapports d’audit et l’habilitation du personnel disposant d’accès à privilèges. Répondez « s.o. » si le fournisseur n’assure aucun service géré.',
    },
    'eu5g-sm05-alternative': {
      text: 'Pour chaque domaine du réseau que ce fournisseur équipe, au moins un fournisseur alternatif est-il déployé ou qualifié ?',
      guidance:
        'Preuve : la stratégie multifournisseur et, par domaine (RAN, cœur de réseau, transport…), le second fournisseur en service ou les résultats de sa qualification. « Partiel » si seuls certains domaines disposent d’une alternative.',
    },
    'eu5g-sm05-share': {
      text: 'La part de ce fournisseur dans chaque domaine du réseau respecte-t-elle la limite fixée par la stratégie multifournisseur de l’opérateur ?',
      guidance:
        'Preuve : la part des équipements ou du trafic par domaine (la vue de concentration de l’application) comparée à la limite fixée par la stratégie. Répondez « non » si aucune limite n’est fixée.',
    },
    'eu5g-sm05-exit-plan': {
      text: 'Où en est le plan de remplacement de ce fournisseur ?',
      guidance:
        '0 = aucun plan · 1 = alternatives identifiées · 2 = plan avec coût et durée estimés · 3 = plan approuvé et budgété, interopérabilité avec les alternatives vérifiée · 4 = remplacement éprouvé (par exemple une région ou une fonction migrée) et plan tenu à jour.',
    },
    ...eu5gTechnicalItemsFr,
  },
};
