import type { sbom as en } from '../en/sbom';
import type { Translations } from '../types';

export const sbom: Translations<typeof en> = {
  tooLarge: 'Ce fichier fait {{size}} ; un fichier SBOM ne peut dépasser {{limit}}.',
  empty: 'Ce fichier est vide. Choisissez le fichier JSON de la SBOM.',
  notText:
    'Ce fichier n’est pas du texte UTF-8 ; ce ne peut donc pas être une SBOM JSON. Exportez la SBOM en JSON et choisissez-la à nouveau.',
  notJson:
    'Ce fichier n’est pas du JSON valide. Vérifiez que la SBOM a été exportée en JSON et que le fichier est complet.',
  notJsonAt:
    'Ce fichier n’est pas du JSON valide : la syntaxe est rompue ligne {{line}}, colonne {{column}}. Vérifiez que la SBOM a été exportée en JSON et que le fichier est complet.',
  notAnSbom:
    'Ce fichier JSON n’est ni une SBOM CycloneDX (pas de « bomFormat » : « CycloneDX ») ni un document SPDX (pas de « spdxVersion »). Choisissez un fichier JSON CycloneDX ou SPDX.',
  unknownBomFormat:
    'Le fichier indique le format « {{value}} ». Seuls les fichiers JSON CycloneDX et SPDX peuvent être importés.',
  missingVersion:
    'Ce fichier {{format}} n’indique pas la version de la spécification qu’il suit : le champ « {{field}} » est absent.',
  unsupportedVersion:
    'La version {{version}} de {{format}} n’est pas prise en charge. Exportez à nouveau la SBOM dans l’une de ces versions : {{supported}}.',
  notAList: '« {{field}} » doit être une liste (un tableau JSON).',
  componentNotObject:
    'Ce composant n’est pas un objet JSON avec des champs tels que « name » et « version ».',
  componentWithoutName: 'Ce composant n’a pas de nom ; chaque composant doit en avoir un.',
  spdxWithoutPackages:
    'Ce document SPDX n’a pas de liste « packages » : il n’a donc aucun composant à importer. Choisissez le document SPDX des paquets.',
  purlDropped:
    '« {{purl}} » n’est pas une URL de paquet (purl) : elle est laissée de côté, mais le composant est importé.',
  moreProblems_one: '…et {{count}} autre problème.',
  moreProblems_other: '…et {{count}} autres problèmes.',
};
