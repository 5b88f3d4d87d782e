import type { common as en } from '../en/common';
import type { Translations } from '../types';

export const common: Translations<typeof en> = {
  unnamedUser: 'Utilisateur sans nom',
  loading: 'Chargement…',
  errors: {
    quota:
      'Le disque est plein ou l’application a atteint son quota de stockage : rien n’a été enregistré. Libérez de l’espace et réessayez.',
    unexpected: 'Une erreur inattendue est survenue ({{message}}).',
  },
  actions: {
    cancel: 'Annuler',
  },
  fileTask: {
    timeout:
      'Ce fichier ne peut pas être lu : sa lecture prenait trop de temps et a été arrêtée. Il est peut-être endommagé ou conçu pour bloquer l’application ; rien n’a été modifié.',
    crashed:
      'Ce fichier ne peut pas être lu : il est endommagé ou n’est pas du type attendu. Rien n’a été modifié.',
    cancelled: 'La lecture du fichier a été annulée. Rien n’a été modifié.',
    reading: 'Lecture de {{fileName}}…',
    cancel: 'Annuler',
  },
  fileField: {
    choose: 'Choisir un fichier…',
    none: 'Aucun fichier choisi',
  },
  table: {
    rowCount_one: '{{count}} ligne',
    rowCount_other: '{{count}} lignes',
    firstRowsOnly: 'Premières lignes affichées ; lecture du reste de la liste…',
  },
  refused: {
    vendorGone: 'Le fournisseur n’existe plus (supprimé depuis l’affichage de l’écran).',
    linkedVendorsGone_one: 'Un fournisseur lié n’existe plus (supprimé depuis l’ouverture du formulaire).',
    linkedVendorsGone_other:
      '{{count}} fournisseurs liés n’existent plus (supprimés depuis l’ouverture du formulaire).',
    linkedDependenciesGone_one:
      'Une dépendance liée n’existe plus (supprimée depuis l’ouverture du formulaire).',
    linkedDependenciesGone_other:
      '{{count}} dépendances liées n’existent plus (supprimées depuis l’ouverture du formulaire).',
    linkedLicencesGone_one: 'Une licence liée n’existe plus (supprimée depuis l’ouverture du formulaire).',
    linkedLicencesGone_other:
      '{{count}} licences liées n’existent plus (supprimées depuis l’ouverture du formulaire).',
    upstreamGone_one: 'Une dépendance amont n’existe plus (supprimée depuis l’ouverture du formulaire).',
    upstreamGone_other:
      '{{count}} dépendances amont n’existent plus (supprimées depuis l’ouverture du formulaire).',
  },
};
