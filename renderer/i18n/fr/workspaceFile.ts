import type { workspaceFile as en } from '../en/workspaceFile';
import type { Translations } from '../types';

export const workspaceFile: Translations<typeof en> = {
  section: {
    title: 'Sauvegarde, restauration et fusion',
    description:
      'Une sauvegarde est un fichier unique (.zip) contenant tout l’espace de travail, pièces justificatives comprises, quelle que soit leur taille. Conservez-la en lieu sûr : la restaurer remplace tout le contenu de cet espace de travail. Les sauvegardes .json des versions précédentes se restaurent toujours.',
    backUp: 'Sauvegarder l’espace de travail',
    restore: 'Restaurer une sauvegarde…',
  },
  backup: {
    saved: 'Espace de travail sauvegardé dans {{fileName}}.',
    failed: 'L’espace de travail n’a pas pu être sauvegardé : {{reason}}',
    cancelled: 'Sauvegarde annulée : aucun fichier n’a été enregistré.',
  },
  progress: {
    backingUp: 'Sauvegarde : {{done}} pièces justificatives lues sur {{total}}.',
    checking: 'Vérification du fichier : {{percent}} %.',
    restoring: 'Restauration : {{done}} enregistrements écrits sur {{total}}.',
  },
  restore: {
    title: 'Remplacer cet espace de travail par la sauvegarde ?',
    from: 'La sauvegarde du {{date}} faite par {{app}} {{version}} ({{organisation}}) remplace tout le contenu de cet espace de travail. Votre profil reste inchangé.',
    unnamedOrganisation: 'aucune organisation indiquée',
    table: 'Enregistrements',
    now: 'Actuellement',
    inBackup: 'Dans la sauvegarde',
    confirm: 'Remplacer l’espace de travail',
    cancel: 'Annuler',
    done: 'Espace de travail restauré depuis la sauvegarde du {{date}}.',
    dismiss: 'Fermer',
    builtInWillStay:
      'Cette sauvegarde ne contient aucune entrée de liste de référence (elle leur est antérieure) : les {{count}} entrées intégrées de la FCC Covered List seront écrites, pour que les vérifications de listes restent actives.',
    referenceFromBackup_one: 'Listes de référence : {{count}} entrée restaurée depuis la sauvegarde.',
    referenceFromBackup_other: 'Listes de référence : {{count}} entrées restaurées depuis la sauvegarde.',
    referenceBuiltIn:
      'La sauvegarde ne contenait aucune entrée de liste de référence : les {{count}} entrées intégrées de la FCC Covered List ont été écrites, pour que les vérifications de listes restent actives.',
    organisation: {
      question: 'Utiliser l’organisation de la sauvegarde ({{organisation}}) ?',
      current:
        'Votre profil indique {{organisation}}. La page de garde du rapport et les sauvegardes reprennent l’organisation du profil, qu’une restauration conserve.',
      unnamed: 'aucune organisation',
      use: 'Utiliser l’organisation de la sauvegarde',
      keep: 'Garder la mienne',
      saved: 'Le profil indique désormais {{organisation}}.',
    },
    failed: 'La sauvegarde n’a pas pu être restaurée : {{reason}}',
    writeCancelled: 'Restauration annulée : rien n’a été écrit, l’espace de travail est tel qu’il était.',
    refused:
      'La sauvegarde n’a pas été restaurée et rien n’a été modifié. Problèmes trouvés dans {{fileName}} :',
    location: 'Emplacement',
    problem: 'Problème',
    record: 'enregistrement {{number}}',
    field: 'champ {{field}}',
    wholeFile: 'le fichier',
    settingsGroup: 'Paramètres : {{group}}',
    settingsFromBackup: 'Paramètres repris de la sauvegarde, à la place des vôtres : {{groups}}.',
    settingsToDefault:
      'Absents de la sauvegarde (ils étaient à leur valeur par défaut quand elle a été faite, ou la sauvegarde est antérieure aux paramètres), donc remis à la liste intégrée ou à la valeur par défaut : {{groups}}.',
    settingsRestored: 'Paramètres restaurés depuis la sauvegarde : {{groups}}.',
    settingsDefaulted:
      'Remis à la liste intégrée ou à la valeur par défaut (la sauvegarde n’en a pas en propre) : {{groups}}.',
  },
  settings: {
    standardsReference: 'liste de référence des normes',
    patentAssumptions: 'hypothèses sur les brevets (taux d’essentialité et seuil de part)',
    reviewCycles: 'cycles de revue',
    signOffPolicy: 'règle de validation',
  },
  tables: {
    vendors: 'Fournisseurs',
    dependencies: 'Dépendances',
    licences: 'Licences',
    risks: 'Risques',
    checklists: 'Listes de contrôle (les vôtres)',
    assessments: 'Évaluations',
    evidence: 'Pièces justificatives',
    auditLog: 'Événements du journal d’audit',
    reports: 'Rapports',
    sbomComponents: 'Composants SBOM',
    referenceEntries: 'Entrées des listes de référence',
    declarationSets: 'Jeux de déclarations de brevets',
    royaltyRates: 'Taux de redevance',
    decisions: 'Décisions',
  },
  problems: {
    notJson: 'Le fichier n’est pas du JSON : il est peut-être endommagé ou n’est pas une sauvegarde.',
    notWorkspace: 'Le fichier n’est pas une sauvegarde d’espace de travail Diligence Workbench.',
    badVersion: 'La version de format du fichier est absente ou n’est pas un nombre entier.',
    newerVersion:
      'Le fichier est au format version {{fileVersion}}, écrit par Diligence Workbench {{appVersion}} ; cette application lit jusqu’à la version {{readVersion}}. Mettez l’application à jour en version {{appVersion}} ou ultérieure pour le restaurer.',
    notAList: 'Cette table n’est pas une liste d’enregistrements.',
    settingsNotAnObject:
      'Les paramètres de l’espace de travail (« settings ») sont absents ou ne sont pas un objet de groupes de paramètres : le fichier a été modifié.',
    duplicateId: 'Un autre enregistrement de cette table a le même identifiant.',
    builtInChecklist:
      'Une liste de contrôle intégrée ne fait pas partie d’une sauvegarde ; seules les vôtres en font partie.',
    unknownChecklistVersion:
      'A été réalisée avec la version {{version}} d’une liste de contrôle intégrée que cette version de l’application ne connaît pas : ouvrez le fichier avec l’application qui l’a écrit, ou une plus récente.',
    missingReference: 'Renvoie à un enregistrement de « {{table}} » absent du fichier (identifiant {{id}}).',
    base64: 'Le contenu de la pièce justificative n’est pas du base64 valide.',
    future:
      'L’heure {{value}} est dans le futur (au-delà de 5 minutes d’écart d’horloge) : elle ne peut pas être vraie, le fichier a donc été modifié ou écrit par une machine dont l’horloge est fausse.',
    tooLarge: 'Le fichier fait {{size}} Mo : une sauvegarde écrite en JSON ne dépasse jamais {{max}} Mo.',
    recordsTooLarge:
      'Les enregistrements occupent {{size}} Mo de JSON ; un fichier d’espace de travail en contient au plus {{max}} Mo (pièces justificatives non comprises).',
    damagedContainer:
      'Le fichier est un conteneur ZIP, mais il est endommagé ou tronqué : sa table des matières est illisible.',
    damagedEntry: 'L’entrée {{name}} du fichier est endommagée ou tronquée.',
    packedEntry:
      'L’entrée {{name}} est compressée ou chiffrée ; un fichier d’espace de travail stocke ses entrées telles quelles : il n’a donc pas été écrit par cette application.',
    duplicateEntry: 'Le fichier contient deux fois l’entrée {{name}}.',
    tooManyEntries:
      'Le fichier contient plus de {{max}} entrées : ce n’est pas un fichier d’espace de travail.',
    missingEntry: 'Il manque au fichier l’entrée {{name}}.',
    unexpectedEntry:
      'Le fichier contient une entrée {{name}} qu’aucun enregistrement ne désigne : il a été modifié.',
    evidenceTooLarge:
      'La pièce justificative fait {{size}} Mo, plus que les {{max}} Mo acceptés par l’application.',
    jsonInContainer:
      'Les enregistrements du conteneur ZIP indiquent la version de format {{fileVersion}}, qui est du JSON simple et jamais un conteneur : le fichier a été modifié.',
    containerAsJson:
      'Le fichier est du JSON simple mais indique la version de format {{fileVersion}}, qui est toujours un conteneur ZIP : le fichier a été modifié.',
    sizeMismatch:
      'La pièce justificative fait {{actual}} octets alors que son enregistrement en indique {{expected}}.',
    hashMismatch:
      'Le SHA-256 de la pièce justificative ne correspond pas à son enregistrement : elle a été modifiée ou endommagée.',
    more: '… et {{count}} autres problèmes.',
  },
  reminder: {
    never: 'Cet espace de travail n’a jamais été sauvegardé.',
    last: 'Dernière sauvegarde le {{date}}.',
    backUpNow: 'Sauvegarder maintenant',
    dismiss: 'Masquer le rappel de sauvegarde',
  },
};
