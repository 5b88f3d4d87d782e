import type { validation as en } from '../en/validation';
import type { Translations } from '../types';

export const validation: Translations<typeof en> = {
  required: 'Ce champ est obligatoire.',
  text: 'Saisissez du texte ici.',
  tooLong: 'Ce texte dépasse la longueur autorisée pour ce champ ; raccourcissez-le.',
  tagTooLong: 'Une étiquette compte au plus 50 caractères.',
  choice: 'Choisissez l’une des options proposées.',
  boolean: 'Choisissez oui ou non.',
  uuid: 'Cette valeur ne renvoie à aucun enregistrement de l’espace de travail (l’identifiant n’est pas un UUID valide).',
  date: 'Saisissez une date existante au format AAAA-MM-JJ.',
  dateTime:
    'Saisissez une date et une heure au format ISO 8601 avec fuseau horaire, par ex. 2025-03-01T09:30:00Z.',
  country: 'Choisissez un pays (code ISO 3166-1 à deux lettres).',
  percent: 'Saisissez un nombre entre 0 et 100.',
  number: 'Saisissez un nombre.',
  integer: 'Saisissez un nombre entier.',
  nonNegative: 'Saisissez zéro ou un nombre positif.',
  criticality: 'Choisissez une criticité de 1 (marginale) à 5 (le réseau s’arrête sans elle).',
  scale: 'Choisissez un nombre entier de 1 à 5.',
  rating: 'Notez de 0 (aucune préoccupation) à 4 (préoccupation grave), ou laissez sans note.',
  maturity: 'Choisissez un niveau de maturité de 0 à 4.',
  weight: 'Saisissez un poids supérieur à 0 et au plus égal à 100.',
  revision: 'Le numéro de révision commence à 1.',
  email: 'Saisissez une adresse électronique comme nom@exemple.fr.',
  lei: 'Un LEI compte 20 lettres et chiffres, dont les deux derniers forment une clé de contrôle ; celle-ci ne correspond pas.',
  currency: 'Utilisez un code de devise ISO 4217 à trois lettres, comme EUR ou USD.',
  sha256: 'Une empreinte SHA-256 compte 64 caractères hexadécimaux (0–9, a–f).',
  purl: 'Utilisez une URL de paquet comme pkg:npm/lodash@4.17.21.',
  endBeforeStart: 'La date de fin ne peut pas précéder la date de début.',
  selfParent: 'Un fournisseur ne peut pas être sa propre société mère.',
  selfDependency: 'Une dépendance ne peut pas reposer sur elle-même ; retirez-la de sa propre liste amont.',
  selfReference: 'Un enregistrement ne peut pas renvoyer à lui-même ici.',
  spdxInvalid:
    'Cette expression de licence SPDX n’est pas valide. Utilisez des identifiants SPDX comme MIT ou Apache-2.0, reliés par AND, OR ou WITH, par ex. MIT OR Apache-2.0.',
  spdxInvalidSuggestion:
    'Cette expression de licence SPDX n’est pas valide. Vouliez-vous dire {{suggestion}} ?',
  duplicateId:
    'Cet identifiant est déjà utilisé ailleurs dans la liste de contrôle ; chacun doit être unique.',
  duplicateStandard:
    'Ce numéro est déjà dans la liste, peut-être écrit autrement (3GPP TS 38.331 et TS 38.331 sont un même numéro) ; modifiez plutôt cette entrée.',
  cycleMonths: 'Saisissez un nombre entier de mois, de 1 à 120.',
  checklistKey:
    'Utilisez des lettres minuscules a–z, des chiffres et des tirets, en commençant par une lettre ou un chiffre, 100 caractères au plus (par ex. eu-5g-tm08).',
  wrongKind:
    'Cette valeur n’a pas la forme attendue ici (par exemple une liste à la place d’une valeur, ou du texte à la place d’un nombre).',
  unknownField: 'Ce champ n’est pas connu de l’application ; supprimez-le.',
  outOfRange: 'Saisissez une valeur dans la plage autorisée.',
  invalid: 'Cette valeur n’est pas valide ici.',
};
