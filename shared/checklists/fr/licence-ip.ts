import type { ChecklistWording } from '../localise';

/** Licence and IP due diligence in French, in the terms of French licensing and IP practice. */
export const licenceIpFr: ChecklistWording = {
  name: 'Vérifications préalables — licences et propriété intellectuelle',
  source: 'Liste de contrôle du projet (DW-LIC), novembre 2026',
  sections: {
    'lic-sep': 'Brevets essentiels à une norme (SEP) et conditions FRAND',
    'lic-royalty': 'Exposition aux redevances',
    'lic-scope': 'Périmètre et domaine d’utilisation',
    'lic-protection': 'Garantie, séquestre et changement de contrôle',
    'lic-export': 'Contrôle des exportations et sanctions',
    'lic-oss': 'Obligations liées aux logiciels libres',
  },
  items: {
    'lic-sep-coverage': {
      text: 'La licence précise-t-elle les familles de brevets et les normes (et leurs versions) qu’elle couvre ?',
      guidance:
        'Preuve : l’annexe des brevets ou familles concédés et les normes citées (par exemple les versions successives des normes 3GPP, les générations Wi-Fi). Une licence portant sur « tous les brevets » sans liste n’est acceptable que si les déclarations d’essentialité du concédant peuvent être vérifiées.',
    },
    'lic-sep-frand': {
      text: 'Les brevets essentiels concédés font-ils l’objet d’un engagement FRAND pris auprès d’un organisme de normalisation, et les conditions proposées y sont-elles conformes ?',
      guidance:
        'Preuve : les déclarations de DPI du concédant auprès de l’organisme de normalisation (par exemple l’ETSI) pour les familles concernées, et une note comparant la redevance et les conditions aux taux publics ou à des licences comparables.',
    },
    'lic-sep-channel': {
      text: 'S’agit-il d’une licence bilatérale ou d’une licence de pool de brevets, et quels autres titulaires de SEP pour les mêmes normes restent sans licence ?',
      guidance:
        'Nommez le pool le cas échéant, et listez les titulaires de SEP connus qui ne sont couverts ni par cette licence ni par les licences du fournisseur : ce sont autant de risques de réclamation à venir.',
    },
    'lic-sep-level': {
      text: 'Sait-on clairement qui détient la licence dans la chaîne d’approvisionnement (fabricant de composants, équipementier ou opérateur), de sorte que les produits tels que déployés sont couverts ?',
      guidance:
        'Preuve : la définition du licencié et celle des produits sous licence, et la déclaration du fournisseur indiquant les licences SEP qu’il détient pour les produits qu’il livre. Un écart entre licences au niveau des composants et au niveau du produit final vaut « non ».',
    },
    'lic-royalty-basis': {
      text: 'L’assiette de la redevance (par unité, par abonné, en pourcentage du chiffre d’affaires ou forfaitaire) est-elle définie et, lorsqu’elle est variable, plafonnée ?',
      guidance:
        'Citez la clause de redevance et tout plafond annuel ou par unité. Un pourcentage non plafonné du chiffre d’affaires des services vaut « non ».',
    },
    'lic-royalty-estimate': {
      text: 'Quel est le montant total estimé des redevances sur la durée de la licence, et sur quels volumes repose-t-il ?',
      guidance: 'Indiquez le montant, la devise, les hypothèses de volume et la date de l’estimation.',
    },
    'lic-royalty-past-use': {
      text: 'La licence éteint-elle les réclamations portant sur l’utilisation antérieure à sa date d’effet ?',
      guidance:
        'Preuve : la clause de renonciation pour le passé. Sans elle, les déploiements antérieurs restent exposés à des réclamations de redevances rétroactives.',
    },
    'lic-royalty-adjustment': {
      text: 'Les hausses de redevance en cours de contrat sont-elles limitées, et les droits d’audit du concédant sont-ils encadrés en fréquence, en périmètre et en préavis ?',
      guidance:
        'Citez les clauses de révision de prix et d’audit. Des hausses unilatérales ou des audits sans limite valent « non ».',
    },
    'lic-scope-field-of-use': {
      text: 'Le domaine d’utilisation concédé couvre-t-il tous les usages prévus (types de réseaux, services, segments de clientèle, usages de gros et MVNO) ?',
      guidance:
        'Comparez la clause de domaine d’utilisation au déploiement prévu. Listez tout usage qui en sort ; un tel usage vaut « non ».',
    },
    'lic-scope-territory': {
      text: 'Le territoire concédé comprend-il tous les pays où les produits ou services sous licence sont déployés, exploités ou supportés ?',
      guidance:
        'Incluez les pays depuis lesquels le réseau est exploité ou supporté à distance, pas seulement ceux où se trouvent les équipements.',
    },
    'lic-scope-expiry': {
      text: 'Quand la licence, ou sa période en cours, expire-t-elle ?',
      guidance:
        'Indiquez la date d’expiration ou, pour une licence à tacite reconduction, la prochaine date de renouvellement ou de préavis. Cette date déclenche les rappels de renouvellement.',
    },
    'lic-scope-affiliates': {
      text: 'La licence peut-elle être utilisée par les sociétés affiliées, les prestataires d’infogérance et les sous-traitants agissant pour le compte de l’opérateur ?',
      guidance:
        'Citez les droits de sous-licence ou de « faire fabriquer / faire exploiter ». Une licence limitée à l’entité signataire alors que d’autres exploitent le réseau vaut « non ».',
    },
    'lic-indemnity': {
      text: 'Le fournisseur ou le concédant garantit-il l’opérateur contre les actions de tiers en contrefaçon de droits de propriété intellectuelle, avec un plafond proportionné à l’exposition ?',
      guidance:
        'Citez la clause de garantie, son plafond et ses exclusions, ainsi que la procédure de défense et de conduite des litiges.',
    },
    'lic-indemnity-standards': {
      text: 'La garantie couvre-t-elle aussi les actions fondées sur la mise en œuvre de normes (réclamations au titre de SEP), au lieu de les exclure ?',
      guidance:
        'De nombreux contrats de fourniture excluent la contrefaçon résultant de la conformité à une norme ; vérifiez la liste des exclusions.',
    },
    'lic-escrow': {
      text: 'Le code source (avec les instructions de compilation) est-il déposé sous séquestre, avec des cas de remise incluant l’insolvabilité, la fin du support et le manquement aux obligations de support ?',
      guidance:
        'Preuve : le contrat de séquestre, le nom de l’agent de séquestre, la liste des cas de remise et le calendrier des dépôts.',
    },
    'lic-escrow-verified': {
      text: 'Quand le dépôt sous séquestre a-t-il été vérifié pour la dernière fois comme complet et compilable ?',
      guidance:
        'Indiquez la date du rapport de vérification de l’agent de séquestre ; laissez vide s’il n’a jamais été vérifié.',
    },
    'lic-change-of-control-licensor': {
      text: 'En cas de changement de contrôle du concédant ou du fournisseur, la licence se poursuit-elle aux mêmes conditions, ou l’opérateur peut-il la résilier avec une période de transition ?',
      guidance:
        'Citez la clause de changement de contrôle. Le rachat par un acteur avec lequel l’opérateur ne peut pas travailler (par exemple pour des raisons de souveraineté ou de sanctions) ne doit pas laisser l’opérateur sans droits.',
    },
    'lic-change-of-control-licensee': {
      text: 'La licence survit-elle à une fusion, une réorganisation ou une cession de l’opérateur, ou peut-elle être cédée sans que le concédant puisse s’y opposer de façon déraisonnable ?',
      guidance: 'Citez les clauses de cession et de changement de contrôle côté licencié.',
    },
    'lic-patent-transfer': {
      text: 'La licence s’impose-t-elle à tout acquéreur ultérieur des brevets concédés, de sorte qu’une cession des brevets ne puisse ni la révoquer ni en modifier le prix ?',
      guidance:
        'Recherchez une clause attachant la licence aux brevets (opposable aux successeurs et cessionnaires), y compris en cas d’insolvabilité du concédant.',
    },
    'lic-export-classification': {
      text: 'La classification de la technologie concédée au titre du contrôle des exportations est-elle connue pour chaque régime qui s’y applique ?',
      guidance:
        'Preuve : la déclaration de classification du fournisseur (par exemple catégorie de biens à double usage de l’UE, ECCN américain) pour les produits, les logiciels et les données techniques, fonctions de chiffrement comprises.',
    },
    'lic-export-screening': {
      text: 'Le concédant, le fournisseur et leurs actionnaires ont-ils fait l’objet d’un criblage au regard des listes de sanctions et de contrôle des exportations utilisées, sans correspondance ?',
      guidance:
        'Consignez les listes consultées, la date et le résultat ; une correspondance possible non levée vaut « non ».',
    },
    'lic-export-continuity': {
      text: 'L’opérateur est-il protégé si une évolution du droit du contrôle des exportations ou des sanctions empêche le concédant de livrer mises à jour, clés ou support ?',
      guidance:
        'Recherchez des engagements de continuité, la remise du séquestre dans un tel cas, un droit de résiliation avec remboursement et l’obligation pour le concédant d’alerter au plus tôt.',
    },
    'lic-oss-sbom': {
      text: 'Le fournisseur a-t-il livré une nomenclature logicielle (SBOM) listant les composants libres et leurs licences pour le logiciel concédé ?',
      guidance:
        'Preuve : une SBOM au format SPDX ou CycloneDX pour la version livrée, avec les identifiants de licence ; vérifiez qu’elle correspond à la version déployée.',
    },
    'lic-oss-copyleft': {
      text: 'Les obligations des composants sous copyleft (offre de code source, mentions, textes de licence) sont-elles identifiées et respectées compte tenu du mode de distribution ou d’utilisation du logiciel ?',
      guidance:
        'Preuve : la liste des composants sous copyleft, l’offre écrite de code source ou le paquet de sources du fournisseur, et les mentions d’attribution livrées avec le produit.',
    },
    'lic-oss-process': {
      text: 'Quelle est la maturité du programme de conformité du fournisseur aux licences libres ?',
      guidance:
        '0 : aucun. 1 : contrôles ponctuels. 2 : politique documentée et inventaire des composants. 3 : analyse automatique des licences dans la chaîne de compilation, avec des exceptions examinées. 4 : programme conforme à une norme externe (par exemple OpenChain, ISO/IEC 5230) et audité.',
    },
    'lic-oss-warranty': {
      text: 'Le fournisseur garantit-il sa conformité aux licences libres et couvre-t-il l’opérateur contre les réclamations qui en découlent ?',
      guidance: 'Citez les clauses de garantie et d’indemnisation qui mentionnent les logiciels libres.',
    },
    'lic-review-date': {
      text: 'Quand cette licence a-t-elle été revue pour la dernière fois par un juriste ou un conseil en propriété intellectuelle ?',
      guidance: 'Indiquez la date de la dernière note de revue ou de la dernière validation.',
    },
  },
};
