import type { decisions as en } from '../en/decisions';
import type { Translations } from '../types';

export const decisions: Translations<typeof en> = {
  validation: {
    weightsSum: 'La somme des pondérations doit être de 100 %.',
    share: 'Saisissez une part supérieure à 0 et d’au plus 100 %.',
    sharesOverHundred:
      'Les parts transférées de cette dépendance dépassent 100 % au total ; réduisez cette part ou un autre transfert de la même dépendance.',
    moveTarget:
      'Indiquez où va cette part : un fournisseur enregistré ou un nouveau candidat, pas les deux (seule une option de sortie peut la laisser vide).',
    candidateMismatch:
      'Ce candidat porte le même nom qu’un candidat précédent mais un autre pays ou d’autres notes ; décrivez-le de la même façon ou donnez-lui un autre nom.',
    tooManyMoves: 'Une option peut transférer au plus 50 000 dépendances.',
    subjectEmpty: 'Choisissez au moins une dépendance.',
    tooFewOptions: 'Une décision doit comparer au moins 2 options.',
    tooManyOptions: 'Une décision peut comparer au plus 6 options.',
    horizon: 'Saisissez un nombre entier d’années entre 1 et 30.',
    unknownOption: 'L’option choisie ne fait pas partie des options de cette décision.',
    rationaleRequired: 'Expliquez pourquoi cette option est retenue.',
    chooseOption: 'Choisissez une option avant d’approuver la décision.',
    deletedRecord:
      'Cet enregistrement n’existe plus (supprimé entre-temps) ; choisissez-en un autre ou retirez-le.',
    moveToOwnVendor: 'Ce fournisseur fournit déjà cette dépendance ; choisissez un autre fournisseur.',
  },
  errors: {
    notFound: 'Cette décision n’existe plus (supprimée entre-temps).',
    locked: 'Cette décision est approuvée et verrouillée ; rouvrez-la pour la modifier.',
    wrongStatus: 'Cette étape n’est pas possible tant que la décision est {{status}}.',
    invalid: 'La décision n’a pas été enregistrée : corrigez les champs signalés.',
    reviewerRequired: 'Indiquez le relecteur.',
    approverRequired: 'Indiquez l’approbateur.',
    notLatestRevision: 'Seule la dernière révision peut être rouverte.',
  },
};
