import type { checklists as en } from '../en/checklists';
import type { Translations } from '../types';

export const checklists: Translations<typeof en> = {
  tabs: {
    label: 'Listes de contrôle',
    assessments: 'Évaluations',
    templates: 'Modèles',
  },
  fields: {
    name: 'Nom',
    version: 'Version',
    source: 'Source',
    subjectType: 'Type de sujet',
    builtIn: 'Intégrée',
    items: 'Points',
    sections: 'Sections',
    id: 'Identifiant',
    title: 'Titre de la section',
    text: 'Question',
    guidance: 'Conseils',
    reference: 'Référence',
    answerType: 'Type de réponse',
    weight: 'Poids',
    riskCategory: 'Catégorie de risque',
    higherIsWorse: 'Noté comme une préoccupation (0 = aucune … 4 = grave)',
  },
  subjectType: {
    vendor: 'Fournisseur',
    dependency: 'Dépendance',
    licence: 'Licence',
  },
  answerType: {
    'yes-no': 'Oui / partiel / non',
    maturity: 'Maturité 0–4',
    text: 'Texte',
    date: 'Date',
  },
  kind: {
    builtIn: 'Intégrée',
    own: 'Propre',
  },
  list: {
    newChecklist: 'Nouvelle liste de contrôle',
    import: 'Importer des listes (JSON)',
    tableLabel: 'Modèles de listes de contrôle',
    noMatch: 'Aucune liste de contrôle.',
  },
  detail: {
    backToList: 'Tous les modèles de listes de contrôle',
    duplicate: 'Dupliquer',
    edit: 'Modifier',
    export: 'Exporter en JSON',
    delete: 'Supprimer',
    builtInNote: 'Une liste intégrée est en lecture seule : dupliquez-la pour la personnaliser.',
    sectionItems_one: '{{count}} point',
    sectionItems_other: '{{count}} points',
    weight: 'Poids {{weight}}',
    concern: 'Noté comme une préoccupation',
    noItems: 'Cette section n’a aucun point.',
    noSections: 'Cette liste de contrôle n’a aucune section.',
    duplicated: 'Copie créée : {{name}}.',
    duplicateFailed: 'La liste de contrôle n’a pas pu être dupliquée : {{reason}}',
    copyName: '{{name}} (copie)',
  },
  exportFile: {
    fileName: 'liste-de-controle',
    failed: 'La liste de contrôle n’a pas pu être exportée : {{reason}}',
  },
  importFile: {
    problemsTitle: 'Le fichier n’a pas été importé',
    problemsIntro:
      'Rien n’a été modifié. Corrigez ces problèmes dans {{fileName}} puis importez-le de nouveau :',
    refusedTitle: 'Les listes de contrôle n’ont pas été importées',
    close: 'Fermer',
    done: 'Listes de contrôle importées : {{added}} ajoutée(s), {{replaced}} remplacée(s).',
    failed: 'Le fichier n’a pas pu être ouvert : {{reason}}',
  },
  file: {
    where: {
      checklist: 'Liste {{checklist}}',
      section: 'Liste {{checklist}}, section {{section}}',
      item: 'Liste {{checklist}}, section {{section}}, point {{item}}',
    },
    problems: {
      notJson: 'Le fichier n’est pas du JSON valide.',
      format:
        'Ce n’est pas un fichier de listes de contrôle de Diligence Workbench (son « format » n’est pas « diligence-workbench/checklists »).',
      formatVersion:
        'Ce fichier de listes de contrôle est au format version {{version}} ; cette application lit la version 1.',
      formatVersionUnreadable:
        'Ce fichier de listes de contrôle n’a pas de version de format lisible (un nombre est attendu) ; cette application lit la version 1.',
      tooLarge:
        'Le fichier fait {{size}}, plus que les {{limit}} qu’un fichier de listes de contrôle peut faire.',
      notText:
        'Le fichier n’est pas un fichier texte (UTF-8) : ce ne peut pas être un fichier de listes de contrôle.',
      notChecklist:
        'Cette entrée n’est pas une liste de contrôle (un objet avec un nom, des sections et des points est attendu).',
      empty: 'Le fichier ne contient aucune liste de contrôle.',
      id: 'La liste de contrôle n’a pas d’identifiant valide (un UUID).',
      builtInId:
        'C’est la liste intégrée « {{name}} », que l’application contient déjà : dupliquez-la et exportez la copie pour partager une version personnalisée.',
      duplicateId: 'Cette liste de contrôle a le même identifiant que la liste {{first}} du fichier.',
    },
  },
  refused: {
    builtIn:
      'Les listes intégrées ne peuvent être ni modifiées ni supprimées : dupliquez-en une pour la personnaliser.',
    missing: 'Cette liste de contrôle n’existe plus.',
    inUse_one: 'Cette liste de contrôle ne peut pas être supprimée : {{count}} évaluation l’utilise.',
    inUse_other: 'Cette liste de contrôle ne peut pas être supprimée : {{count}} évaluations l’utilisent.',
    versionInUse_one:
      '{{count}} évaluation a été faite avec la version {{version}} de cette liste : donnez une nouvelle version à la liste modifiée.',
    versionInUse_other:
      '{{count}} évaluations ont été faites avec la version {{version}} de cette liste : donnez une nouvelle version à la liste modifiée.',
    importVersionInUse_one:
      '« {{name}} » version {{version}} est déjà utilisée par {{count}} évaluation : le fichier changerait ce à quoi elle a répondu. Donnez une nouvelle version à la liste dans le fichier.',
    importVersionInUse_other:
      '« {{name}} » version {{version}} est déjà utilisée par {{count}} évaluations : le fichier changerait ce à quoi elles ont répondu. Donnez une nouvelle version à la liste dans le fichier.',
  },
  delete: {
    title: 'Supprimer {{name}} ?',
    body: 'Le modèle de liste de contrôle est retiré de cet espace de travail. La suppression est enregistrée dans le journal d’audit.',
    cancel: 'Annuler',
    confirm: 'Supprimer la liste',
    deleted: '{{name}} supprimée.',
    failed: 'La liste de contrôle n’a pas été supprimée : {{reason}}',
  },
  form: {
    label: 'Liste de contrôle',
    titleNew: 'Nouvelle liste de contrôle',
    titleEdit: 'Modifier {{name}}',
    details: 'Modèle',
    sourceHint: 'Le référentiel ou le document dont la liste est tirée.',
    versionHint: 'Changez-la quand vous modifiez une liste que des évaluations utilisent déjà.',
    versionInUse:
      'Des évaluations ont été faites avec cette version de la liste : donnez une nouvelle version à vos modifications.',
    sections: 'Sections',
    addSection: 'Ajouter une section',
    newSection: 'Nouvelle section',
    section: 'Section {{number}}',
    sectionHasErrors: 'à corriger',
    moveSectionUp: 'Monter la section {{number}}',
    moveSectionDown: 'Descendre la section {{number}}',
    removeSection: 'Retirer la section {{number}}',
    item: 'Point {{number}}',
    addItem: 'Ajouter un point',
    moveItemUp: 'Monter le point {{number}}',
    moveItemDown: 'Descendre le point {{number}}',
    removeItem: 'Retirer le point {{number}}',
    noItems: 'Aucun point pour l’instant.',
    noSections: 'Aucune section pour l’instant : ajoutez-en une, puis ses points.',
    save: 'Enregistrer la liste',
    cancel: 'Annuler',
    saved: '{{name}} enregistrée.',
    saveFailed: 'La liste de contrôle n’a pas été enregistrée : {{reason}}',
    builtInTitle: 'Les listes intégrées sont en lecture seule',
    builtInBody: 'Dupliquez cette liste pour la personnaliser : la copie est à vous.',
    backToChecklist: 'Retour à la liste de contrôle',
  },
  notFound: {
    title: 'Liste de contrôle introuvable',
    description:
      'Cette liste de contrôle n’est pas dans l’espace de travail : elle a peut-être été supprimée.',
    back: 'Tous les modèles de listes de contrôle',
  },
};
