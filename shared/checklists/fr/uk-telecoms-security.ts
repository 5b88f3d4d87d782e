import type { ChecklistWording } from '../localise';

/**
 * UK Telecoms Security — suppliers, in French. The UK texts exist in English only: their titles are given in
 * French, their references (UK-ECSMR reg.7, UK-TSCoP M10.xx) unchanged. "Provider" (the public telecoms
 * provider that uses the vendor) is « l’opérateur », so that it is never confused with the vendor.
 */
export const ukTelecomsSecurityFr: ChecklistWording = {
  name: 'Sécurité des télécommunications au Royaume-Uni — fournisseurs',
  source:
    'Règlement britannique de 2022 sur les communications électroniques (mesures de sécurité) (SI 2022/933), article 7 « Chaîne d’approvisionnement » ; ' +
    'code de bonnes pratiques sur la sécurité des télécommunications (décembre 2022), mesures M10 relatives aux fournisseurs tiers — ' +
    'numérotation du code de décembre 2022 (un projet révisé a été déposé en juin 2026)',
  sections: {
    'uktsa-scope': 'Champ d’application et registre des fournisseurs',
    'uktsa-risk': 'Identifier et réduire le risque fournisseur',
    'uktsa-contract': 'La sécurité dans le contrat',
    'uktsa-incidents': 'Coopération en cas d’incident',
    'uktsa-data': 'Données du réseau et des utilisateurs partagées avec le fournisseur',
  },
  items: {
    'uktsa-reg7-2-scope': {
      text: 'Ce fournisseur livre-t-il des biens, des services ou des installations utilisés pour fournir le réseau ou le service public, ce qui en fait un fournisseur tiers au sens de l’article 7 ?',
      guidance:
        'Décrivez ce que livre le fournisseur et où c’est utilisé (équipements, logiciels, service géré, support, hébergement, installations). Si le fournisseur est hors champ, répondez « non » avec une brève justification et marquez le reste de la liste comme sans objet.',
    },
    'uktsa-tier': {
      text: 'Quel niveau du code de bonnes pratiques s’applique à l’opérateur qui recourt à ce fournisseur, et le contrat compte-t-il comme nouveau au regard des calendriers de mise en œuvre ?',
      guidance:
        'Indiquez le niveau (niveau 1 : chiffre d’affaires pertinent d’au moins 1 Md£ ; niveau 2 : d’au moins 50 M£ ; sinon niveau 3) et si le contrat a été signé, ou son périmètre ou son ampleur modifiés, après la date à partir de laquelle les mesures relatives aux fournisseurs s’appliquent aux nouveaux contrats.',
    },
    'uktsa-m10-01': {
      text: 'L’opérateur tient-il à jour un registre de ce fournisseur, des tiers auxquels le fournisseur lui-même recourt pour cette fourniture et des principaux composants qu’il livre ?',
      guidance:
        'Preuve : un extrait du registre des fournisseurs montrant la fiche du fournisseur, ses sous-traitants concernés et les principaux composants matériels et logiciels (avec leurs versions ou familles de produits), avec la date de sa dernière revue.',
    },
    'uktsa-reg7-3b-subcontracting': {
      text: 'L’opérateur sait-il quelles parties de la fourniture le fournisseur sous-traite, et peut-il s’opposer à de nouveaux sous-traitants ou en être informé ?',
      guidance:
        'Preuve : la liste des sous-traitants du fournisseur pour cette fourniture et la clause du contrat relative à la sous-traitance (information préalable, droit d’opposition, répercussion des obligations de sécurité).',
    },
    'uktsa-reg7-1-assessment': {
      text: 'Quelle est la maturité de l’identification et de la réduction des risques de sécurité que les actes ou omissions de ce fournisseur pourraient faire peser sur le réseau ou le service ?',
      guidance:
        '0 : aucune appréciation. 1 : avis informel. 2 : appréciation des risques du fournisseur documentée. 3 : appréciation documentée, avec des actions de traitement suivies jusqu’à leur clôture. 4 : appréciation réexaminée selon un calendrier et à chaque changement du périmètre, de l’actionnariat ou de la sous-traitance du fournisseur.',
    },
    'uktsa-reg7-1-date': {
      text: 'Quand l’appréciation des risques de sécurité de ce fournisseur a-t-elle été menée ou réexaminée pour la dernière fois ?',
      guidance: 'Indiquez la date de l’appréciation signée ou approuvée, et non celle d’un projet.',
    },
    'uktsa-reg7-3a-formation': {
      text: 'Les risques de sécurité ont-ils été appréciés avant la conclusion du contrat avec ce fournisseur, et le résultat a-t-il orienté le contrat ?',
      guidance:
        'Preuve : le dossier de vérifications préalables à la signature (questionnaire de sécurité, rapports d’assurance, appréciation des risques) et le lien entre ses constats et les clauses ou conditions du contrat.',
    },
    'uktsa-reg7-3a-existence': {
      text: 'Les risques de sécurité liés à ce fournisseur sont-ils suivis pendant l’exécution du contrat, par exemple au moyen de revues périodiques, de rapports d’assurance ou d’audits ?',
      guidance:
        'Preuve : comptes rendus des revues de service ou de sécurité, rapports d’assurance reçus ou résultats d’audit des douze derniers mois, et suivi des éventuels constats.',
    },
    'uktsa-reg7-3a-termination': {
      text: 'Existe-t-il un plan qui maintient la sécurité du réseau à la fin du contrat avec ce fournisseur, couvrant la révocation des accès, la restitution ou l’effacement des données et la passation ?',
      guidance:
        'Preuve : la clause de sortie ou de résiliation et un plan de sortie désignant les comptes et identifiants à révoquer, les données à restituer ou à détruire (avec confirmation) et la manière dont le service se poursuit pendant la transition.',
    },
    'uktsa-m10-02': {
      text: 'Les besoins de sécurité de l’opérateur vis-à-vis de ce fournisseur sont-ils clairement inscrits dans le contrat et acceptés par le fournisseur ?',
      guidance:
        'Preuve : l’annexe ou les clauses de sécurité du contrat signé (ou l’avenant qui les a ajoutées), couvrant les mesures que le fournisseur doit appliquer à ce qu’il livre.',
    },
    'uktsa-reg7-4-contract-duties': {
      text: 'Le contrat oblige-t-il le fournisseur à identifier les risques de sécurité découlant de son intervention, à en informer l’opérateur et à prendre des mesures pour les réduire ?',
      guidance:
        'Recherchez les clauses obligeant le fournisseur à apprécier et à signaler les risques qu’il introduit (y compris par ses propres fournisseurs) et à y remédier ; citez les numéros des clauses.',
    },
    'uktsa-m10-03': {
      text: 'Existe-t-il un modèle de responsabilité partagée documenté qui précise les tâches de sécurité assurées par l’opérateur et celles assurées par le fournisseur ?',
      guidance:
        'Preuve : une matrice de responsabilités (par exemple RACI) pour les correctifs, la configuration, la supervision, la gestion des accès, le traitement des incidents et les sauvegardes, sur l’ensemble des produits ou services fournis.',
    },
    'uktsa-m10-11': {
      text: 'Le contrat oblige-t-il le fournisseur à informer l’opérateur dans les 48 heures suivant la prise de connaissance d’un incident de sécurité susceptible d’avoir causé une compromission de sécurité chez l’opérateur ou d’y avoir contribué ?',
      guidance:
        'Citez la clause de notification : le délai, l’élément déclencheur (la prise de connaissance de l’incident), le point de contact et le contenu de la notification. Un délai plus long ou non défini vaut « non ».',
    },
    'uktsa-reg7-3b-flowdown': {
      text: 'Le fournisseur doit-il répercuter des obligations de sécurité équivalentes sur les sous-traitants auxquels il recourt pour cette fourniture ?',
      guidance:
        'Preuve : une clause de répercussion dans le contrat et, si elle est disponible, la confirmation par le fournisseur que ses contrats de sous-traitance concernés la contiennent.',
    },
    'uktsa-m10-04': {
      text: 'Dans quelle mesure les processus de gestion des incidents de l’opérateur et du fournisseur s’articulent-ils pour résoudre les incidents ?',
      guidance:
        '0 : aucun dispositif. 1 : contacts désignés uniquement. 2 : processus commun documenté, avec contacts et circuits d’escalade. 3 : processus utilisé lors d’incidents réels ou d’exercices, avec les enseignements consignés. 4 : exercices communs réguliers et délais de réponse mesurés.',
    },
    'uktsa-m10-04-exercise': {
      text: 'Quand la coopération avec ce fournisseur en cas d’incident a-t-elle été exercée ou mise en œuvre lors d’un incident réel pour la dernière fois ?',
      guidance: 'Indiquez la date de l’exercice ou de l’incident et conservez son rapport comme preuve.',
    },
    'uktsa-m10-08': {
      text: 'La maîtrise des données du réseau ou des utilisateurs n’est-elle confiée à ce fournisseur qu’en cas de nécessité, pour une finalité définie et selon un processus défini ?',
      guidance:
        'Preuve : la liste des données que le fournisseur reçoit ou peut atteindre (journaux, configuration, traces, données d’abonnés), la finalité de chaque flux et la procédure de transfert approuvée. Un flux sans finalité déclarée vaut « non ».',
    },
    'uktsa-m10-09': {
      text: 'Lorsque des données du réseau ou des utilisateurs échappent à la maîtrise de l’opérateur, le contrat oblige-t-il le fournisseur à les protéger, et l’opérateur a-t-il vérifié que seul le personnel habilité, depuis des lieux appropriés, peut les consulter ou y accéder ?',
      guidance:
        'Preuve : les clauses de protection des données et le résultat de la vérification par l’opérateur des contrôles d’accès du fournisseur (listes d’accès, lieux où se trouve le personnel de support, rapport d’audit ou d’assurance).',
    },
    'uktsa-m10-09-locations': {
      text: 'Depuis quels pays et quels sites le personnel ou les sous-traitants du fournisseur peuvent-ils accéder aux données du réseau ou des utilisateurs de l’opérateur ?',
      guidance:
        'Indiquez les pays et les sites, y compris les centres de support qui se relaient selon les fuseaux horaires et les sous-traitants. Cette réponse alimente la vue de souveraineté du fournisseur.',
    },
    'uktsa-m10-10': {
      text: 'Les données du réseau et des utilisateurs ne sont-elles échangées avec ce fournisseur que par des canaux chiffrés et authentifiés ?',
      guidance:
        'Preuve : une description de chaque canal d’échange (transfert de fichiers, support à distance, pièces jointes des tickets, courriel) avec son chiffrement et son authentification ; tout canal en clair ou à mot de passe partagé vaut « non ».',
    },
  },
};
