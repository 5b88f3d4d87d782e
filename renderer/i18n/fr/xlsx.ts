import type { xlsx as en } from '../en/xlsx';
import type { Translations } from '../types';

export const xlsx: Translations<typeof en> = {
  problems: {
    tooManyEntries:
      'Ce classeur est fait de {{count, number}} parties, plus que les {{limit, number}} acceptées : ce n’est pas un tableur ordinaire.',
    tooLargeInflated:
      'Ce classeur occupe {{size}} une fois décompressé, plus que les {{limit}} acceptés. Découpez-le en fichiers plus petits.',
    compressionRatio:
      'Une partie de ce classeur (« {{part}} ») est compressée {{ratio, number}} fois, bien plus qu’aucun tableur (au plus {{limit, number}}) : le fichier est conçu pour épuiser la mémoire.',
    sizeMismatch:
      'Une partie de ce classeur (« {{part}} ») se décompresse en plus qu’elle ne déclare : le fichier est endommagé ou conçu pour épuiser la mémoire.',
    pastExcelRows:
      'La feuille « {{sheet}} » a une ligne numérotée {{row, number}}, au-delà des {{limit, number}} lignes qu’un tableur peut avoir : le fichier est endommagé ou conçu pour bloquer l’application.',
    pastExcelColumns:
      'La feuille « {{sheet}} » a une cellule en colonne {{column}}, au-delà des {{limit, number}} colonnes qu’un tableur peut avoir : le fichier est endommagé ou conçu pour bloquer l’application.',
    tooManyRows:
      'La feuille « {{sheet}} » descend jusqu’à la ligne {{row, number}} ; au plus {{limit, number}} lignes sont lues d’un fichier ici. Découpez-le en fichiers plus petits ou supprimez les lignes sous les données.',
    tooManyColumns:
      'La feuille « {{sheet}} » a une cellule en colonne {{column}} ; au plus {{limit, number}} colonnes sont lues d’un fichier ici. Supprimez les colonnes après les données.',
  },
};
