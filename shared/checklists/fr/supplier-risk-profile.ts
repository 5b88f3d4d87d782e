import type { ChecklistWording } from '../wording';

/** The criterion's citation with the note that its letter is ours, not the 2019 assessment's. */
const ourLettering = (criterion: string) =>
  `EU-5G-CRA-${criterion} (notre numérotation des critères de l’évaluation coordonnée de 2019)`;

/** The supplier risk profile of the EU coordinated risk assessment of 5G networks, in French. */
export const supplierRiskProfileFr: ChecklistWording = {
  name: 'Profil de risque du fournisseur',
  source:
    'Évaluation coordonnée à l’échelle de l’UE des risques pour la cybersécurité des réseaux 5G, groupe de coopération NIS, octobre 2019 (profil de risque du fournisseur, auquel renvoie la mesure SM03 de la boîte à outils de l’UE pour la 5G)',
  sections: {
    'srp-interference': 'C1 — Probabilité d’ingérence d’un pays tiers à l’UE',
    'srp-supply': 'C2 — Capacité à garantir l’approvisionnement',
    'srp-quality': 'C3 — Qualité des produits et pratiques de cybersécurité',
  },
  items: {
    'srp-c1a': {
      reference: ourLettering('C1a'),
      text: 'Quelle est la force du lien entre le fournisseur et le gouvernement d’un pays tiers à l’UE ?',
      guidance:
        'Notez la préoccupation (0 = aucune … 4 = grave ; à l’inverse des autres points de maturité). 0 = aucun lien au-delà de relations commerciales ordinaires, ou fournisseur établi dans l’UE/EEE · 1 = liens mineurs (clients publics, subventions publiques de recherche) · 2 = liens significatifs (subventions, financements soutenus par l’État, anciens responsables publics dans la direction) · 3 = un organisme public détient une participation, des sièges au conseil ou des droits particuliers, ou le fournisseur a un rôle déclaré dans des programmes nationaux stratégiques ou de défense · 4 = le fournisseur est contrôlé par un gouvernement d’un pays tiers à l’UE, ses forces armées ou ses services de renseignement, ou agit pour leur compte. Preuve : rapports annuels, déclarations de participations, déclarations publiques, inscriptions sur les listes de référence.',
    },
    'srp-c1a-state-links-declared': {
      reference: ourLettering('C1a'),
      text: 'Le fournisseur a-t-il déclaré par écrit toute participation, tout financement, tout siège au conseil ou tout droit particulier détenu par un gouvernement ou un organisme public ?',
      guidance:
        'Preuve : une déclaration signée ou une réponse au questionnaire, recoupée avec les sources publiques. Une déclaration « néant » vaut « oui » si elle est cohérente avec ces sources.',
    },
    'srp-c1b': {
      reference: ourLettering('C1b'),
      text: 'Dans quelle mesure l’ordre juridique du pays dont dépend le fournisseur pourrait-il servir à le contraindre, sans contre-pouvoirs effectifs ?',
      guidance:
        'Notez la préoccupation (0 = aucune … 4 = grave). Tenez compte du pays du siège et de celui de tout actionnaire de contrôle. 0 = pays de l’UE/EEE · 1 = pays démocratique doté de tribunaux indépendants et d’accords avec l’UE en matière de protection des données et de coopération en matière de sécurité · 2 = tribunaux indépendants, mais larges pouvoirs d’accès des autorités ou absence de tels accords avec l’UE · 3 = lois pouvant obliger les entreprises à prêter assistance aux services de sécurité ou de renseignement de l’État, sous un contrôle indépendant limité · 4 = de telles obligations sans contrôle juridictionnel indépendant ni possibilité de refus, et aucun accord avec l’UE en matière de protection des données ou de sécurité. Preuve : analyse juridique ou évaluations de pays publiées, avec leur date.',
    },
    'srp-c1c': {
      reference: ourLettering('C1c'),
      text: 'Quel degré de préoccupation l’actionnariat du fournisseur suscite-t-il ?',
      guidance:
        'Notez la préoccupation (0 = aucune … 4 = grave). 0 = actionnariat transparent jusqu’aux bénéficiaires ultimes, dispersé ou détenu par des actionnaires de l’UE/EEE · 1 = transparent, avec un actionnaire significatif d’un pays tiers noté 0 ou 1 au titre de C1b · 2 = une partie de la chaîne invérifiable, ou des actionnaires significatifs d’un pays noté 2 ou plus au titre de C1b · 3 = structure opaque (prête-noms, fiducies non déclarées, mécanismes de contrôle inexpliqués) · 4 = contrôlé par une entité publique ou par des actionnaires ayant des liens avec l’État notés 3 ou plus au titre de C1a. Preuve : la chaîne de détention enregistrée sur le fournisseur, les enregistrements LEI, les extraits de registres.',
    },
    'srp-c1c-ownership-traced': {
      reference: ourLettering('C1c'),
      text: 'La chaîne de détention du fournisseur a-t-elle été remontée jusqu’à ses bénéficiaires ultimes et consignée ?',
      guidance:
        'Preuve : la chaîne des sociétés mères et de leurs participations enregistrée sur le fournisseur, avec les références LEI ou du registre du commerce et la date de vérification. « Partiel » si la chaîne s’arrête avant les bénéficiaires ultimes.',
    },
    'srp-c1d': {
      reference: ourLettering('C1d'),
      text: 'Dans quelle mesure un pays tiers à l’UE pourrait-il exercer des pressions sur le fournisseur, notamment par le lieu de fabrication de ses produits ?',
      guidance:
        'Notez la préoccupation (0 = aucune … 4 = grave). 0 = fabrication et composants clés dans l’UE/EEE ou répartis entre plusieurs pays peu préoccupants · 1 = fabrication principalement dans un seul pays peu préoccupant · 2 = fabrication, composants clés ou personnel en part significative dans un pays préoccupant, avec des alternatives disponibles · 3 = l’essentiel de la fabrication ou des composants critiques dans un pays préoccupant, alternatives difficiles · 4 = le fournisseur dépend d’un pays préoccupant qui a déjà imposé aux entreprises des restrictions à l’exportation, des sanctions ou d’autres pressions. Preuve : lieux de fabrication et d’assemblage, approvisionnement en composants clés, déclarations du fournisseur.',
    },
    'srp-c1d-manufacturing-locations': {
      reference: ourLettering('C1d'),
      text: 'Dans quels pays les produits livrés, y compris leurs composants clés, sont-ils fabriqués et assemblés ?',
      guidance:
        'Indiquez les pays par produit (assemblage final, cartes principales, jeux de puces) tels que déclarés par le fournisseur, et précisez ce qui a été vérifié.',
    },
    'srp-lists-screened': {
      text: 'Le fournisseur, ses sociétés mères et ses filiales ont-ils été vérifiés au regard des listes de sanctions et de contrôle des exportations qui s’imposent à l’opérateur, avec la date et le résultat consignés ?',
      guidance:
        'Vérification propre à l’application (DW-SOV-05) : ni l’évaluation de 2019 ni la boîte à outils ne citent de liste. Preuve : les listes consultées (par exemple la liste consolidée des sanctions de l’UE, les listes nationales, les listes d’entités du contrôle des exportations), les noms et alias recherchés, la date et le résultat. « Oui » signifie vérifié et consigné, quel que soit le résultat ; une correspondance se reflète dans les notes ci-dessus.',
    },
    'srp-fcc-covered-list': {
      text: 'A-t-on vérifié si le fournisseur ou une société de son groupe figure sur la Covered List de la FCC américaine, avec la date et le résultat consignés ?',
      guidance:
        'Vérification propre à l’application (DW-SOV-04), utile lorsque l’opérateur, ses clients ou ses financements sont exposés au droit américain ; ni l’évaluation de 2019 ni la boîte à outils ne mentionnent cette liste. Répondez « s.o. » si l’opérateur a décidé que la liste ne le concerne pas, et dites pourquoi.',
    },
    'srp-c2': {
      reference: ourLettering('C2'),
      text: 'Quel degré de préoccupation la capacité du fournisseur à continuer de livrer produits, pièces, mises à jour et support suscite-t-elle ?',
      guidance:
        'Notez la préoccupation (0 = aucune … 4 = grave). 0 = finances saines, plusieurs sites de production, aucune exposition aux contrôles des exportations, engagements de support de longue durée · 1 = faiblesses mineures (un seul site de production doté d’un plan de continuité, engagements de support courts) · 2 = exposition notable (dépendance à des composants soumis à des contrôles des exportations, finances en dégradation, retards de livraison au cours de l’année écoulée) · 3 = exposition grave (sanctions ou restrictions à l’exportation visant le fournisseur ou ses fournisseurs clés, difficultés financières, produits retirés de certains marchés) · 4 = livraisons ou support déjà interrompus ou dont l’arrêt est annoncé. Preuve : états financiers, historique des livraisons, analyse du contrôle des exportations, plan de continuité du fournisseur.',
    },
    'srp-c2-financial-check': {
      reference: ourLettering('C2'),
      text: 'La solidité financière du fournisseur a-t-elle été vérifiée au cours des 12 derniers mois ?',
      guidance:
        'Preuve : les derniers comptes annuels examinés, un rapport de solvabilité ou une notation, avec leur date.',
    },
    'srp-c2-continuity-plan': {
      reference: ourLettering('C2'),
      text: 'Le fournisseur a-t-il présenté un plan de continuité d’approvisionnement couvrant ses sites de production et ses sous-traitants critiques ?',
      guidance:
        'Preuve : le plan ou sa synthèse, les sites de repli et les secondes sources pour les composants critiques, les engagements de stock.',
    },
    'srp-c3': {
      reference: ourLettering('C3'),
      text: 'Quel degré de préoccupation la qualité des produits du fournisseur et ses pratiques de cybersécurité, y compris la maîtrise de sa propre chaîne d’approvisionnement, suscitent-elles ?',
      guidance:
        'Notez la préoccupation (0 = aucune … 4 = grave). 0 = développement sécurisé et cycle de vie des produits audités de façon indépendante, produits évalués, correctifs dans les délais, sous-traitants connus et maîtrisés, SBOM fournies · 1 = bonnes pratiques, en partie attestées par un audit indépendant · 2 = pratiques décrites mais non vérifiées de façon indépendante, ou correctifs souvent en retard · 3 = vulnérabilités graves ou défauts de qualité à répétition, faible maîtrise des sous-traitants · 4 = constats graves non résolus d’audits ou d’autorités, aucun traitement des vulnérabilités, ou aucune visibilité sur sa propre chaîne d’approvisionnement. Preuve : rapports d’audit et d’évaluation, historique des vulnérabilités et des correctifs, SBOM, listes de sous-traitants.',
    },
    'srp-c3-process-audit': {
      reference: ourLettering('C3'),
      text: 'Le processus de développement et de cycle de vie des produits du fournisseur a-t-il été audité par un tiers indépendant (par exemple un audit de processus GSMA NESAS selon FS.16) ?',
      guidance:
        'Preuve : le rapport d’audit ou le certificat, son périmètre (quelles gammes de produits) et sa date.',
    },
    'srp-c3-process-audit-date': {
      reference: ourLettering('C3'),
      text: 'Date du dernier audit indépendant des processus du fournisseur',
      guidance: 'Laissez sans réponse s’il n’y en a eu aucun.',
    },
    'srp-c3-disclosure': {
      reference: ourLettering('C3'),
      text: 'Le fournisseur publie-t-il une politique de divulgation coordonnée des vulnérabilités et des avis de sécurité pour ses produits ?',
      guidance:
        'Preuve : la page publique de la politique, le flux des avis et la vérification que les avis récents couvrent les produits en service.',
    },
    'srp-c3-sub-suppliers': {
      reference: ourLettering('C3'),
      text: 'Le fournisseur connaît-il et maîtrise-t-il ses propres sous-traitants critiques, et les communique-t-il sur demande ?',
      guidance:
        'Preuve : une liste des sous-traitants et composants critiques (ou des SBOM pour le logiciel), et les exigences de sécurité que le fournisseur leur impose.',
    },
  },
};
