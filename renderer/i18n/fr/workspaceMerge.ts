import type { workspaceMerge as en } from '../en/workspaceMerge';
import type { Translations } from '../types';

export const workspaceMerge: Translations<typeof en> = {
  section: {
    merge: 'Fusionner l’espace de travail d’un collègue…',
  },
  review: {
    title: 'Fusionner l’espace de travail du collègue ?',
    from: 'L’espace de travail du {{date}} fait par {{app}} {{version}} ({{organisation}}). Les nouveaux enregistrements sont ajoutés et les identiques ignorés ; rien de ce qui est à vous n’est supprimé.',
    counts: 'Ce qu’apporte la fusion',
    table: 'Enregistrements',
    toAdd: 'À ajouter',
    identical: 'Identiques',
    conflicts: 'Modifiés des deux côtés',
    conflictList: 'Enregistrements modifiés des deux côtés',
    conflictHelp:
      'Choisissez la version à conserver pour chaque enregistrement ; la plus récemment enregistrée est choisie au départ, sauf quand l’enregistrement est approuvé ici.',
    signedOffHelp:
      '{{count}} de ces enregistrements appartiennent à une évaluation approuvée ici : la vôtre est gardée, même par « Toutes les plus récentes » et « Toutes les siennes », car prendre la sienne annulerait l’approbation. Ne choisissez la sienne, enregistrement par enregistrement, que si l’approbation doit être annulée.',
    note: 'Remarque',
    signedOff: 'Approuvé ici par {{by}} le {{date}} : la vôtre est gardée sauf si vous choisissez la sienne.',
    signedOffUnnamed: 'Approuvé ici : la vôtre est gardée sauf si vous choisissez la sienne.',
    noConflicts: 'Aucun enregistrement n’a été modifié des deux côtés.',
    record: 'Enregistrement',
    updatedHere: 'Modifié ici',
    updatedThere: 'Modifié chez le collègue',
    choice: 'Version à conserver',
    choiceFor: 'Version de {{name}} à conserver',
    keepMine: 'Garder la mienne',
    takeTheirs: 'Prendre la sienne',
    allNewer: 'Toutes les plus récentes',
    allMine: 'Toutes les miennes',
    allTheirs: 'Toutes les siennes',
    confirm: 'Fusionner',
    cancel: 'Annuler',
  },
  summary: {
    title: 'Espace de travail du {{date}} fusionné.',
    label: 'Ce qu’a fait la fusion',
    table: 'Enregistrements',
    added: 'Ajoutés',
    updated: 'Mis à jour',
    skipped: 'Ignorés',
    dismiss: 'Fermer le résumé de la fusion',
  },
  refused: 'Rien n’a été fusionné ni modifié. Problèmes trouvés dans {{fileName}} :',
  failed: 'L’espace de travail n’a pas pu être fusionné : {{reason}}',
  problems: {
    missingReference:
      'Désigne un enregistrement de « {{table}} » qu’aucun des deux espaces de travail ne contiendrait après la fusion (id {{id}}).',
  },
};
