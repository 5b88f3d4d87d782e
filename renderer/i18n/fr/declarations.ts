import type { declarations as en } from '../en/declarations';
import type { Translations } from '../types';

export const declarations: Translations<typeof en> = {
  caveat:
    'Les parts sont celles des familles de brevets déclarées. Les déclarations émanent des titulaires eux-mêmes et ne sont pas vérifiées quant à leur caractère essentiel : une famille déclarée peut ne pas être essentielle, et aucun tribunal ni pool n’a confirmé ces chiffres.',
  problems: {
    tooLarge: 'Ce fichier fait {{size}} ; un fichier de déclarations ne peut dépasser {{limit}}.',
    empty:
      'Ce fichier est vide. Choisissez l’export ISLD de l’ETSI (ISLD-export.csv) ou un fichier fait à partir du modèle.',
    notText:
      'Ce fichier n’est pas du texte (UTF-8 ou Windows-1252) ; ce ne peut donc pas être un export CSV. Choisissez le fichier CSV lui-même, décompressé.',
    notDeclarations:
      'Ce fichier n’est ni l’export ISLD de l’ETSI ni le modèle de déclarations : ses colonnes sont {{columns}}. Choisissez ISLD-export.csv ou un fichier fait à partir du modèle.',
    gdExport:
      'Ceci est l’export GD de l’ETSI (déclarations générales), qui ne nomme aucun brevet. Choisissez plutôt l’export ISLD (ISLD-export.csv).',
    unknownColumns:
      'Le modèle n’a pas de colonne {{columns}}. N’utilisez que ses colonnes : holder, holder country, standard, patent family id, publication number, declaration date.',
    duplicateColumn: 'La colonne « {{column}} » apparaît deux fois ; n’en gardez qu’une.',
    missingHolderColumn: 'La colonne qui nomme l’entreprise déclarante ({{column}}) est absente.',
    missingStandardColumn: 'La colonne qui nomme la norme ({{column}}) est absente.',
    missingFamilyColumn: 'Aucune colonne n’identifie les brevets ({{column}}) : donnez-en au moins une.',
    noRows: 'Ce fichier a sa ligne d’en-tête mais aucune déclaration en dessous.',
    noUsableRows:
      'Aucune ligne de ce fichier n’a pu être utilisée : à chacune manque un titulaire, une norme ou un brevet. Les raisons suivent.',
    tooManyRows:
      'Ce fichier compte plus de {{limit}} lignes, plus qu’un fichier de déclarations ne peut en contenir ici.',
    recordTooLong:
      'La ligne {{row}} dépasse {{limit}} caractères : un guillemet est probablement resté ouvert. Vérifiez que le fichier a été exporté en CSV et qu’il est complet.',
    unclosedQuote:
      'La ligne {{row}} ouvre un guillemet que le fichier ne referme jamais : le fichier est endommagé ou incomplet. Exportez-le de nouveau en CSV.',
    tooManyHolders:
      'Ce fichier nomme plus de {{limit}} entreprises déclarantes, plus qu’il n’est possible d’en garder ici.',
    tooManyStandards: 'Ce fichier nomme plus de {{limit}} normes, plus qu’il n’est possible d’en garder ici.',
    tooManyFamilies:
      'Ce fichier déclare en tout plus de {{limit}} familles de brevets par titulaire et par norme, plus qu’il n’est possible d’en garder ici.',
  },
  rows: {
    noHolder_one: '{{count}} ligne ne nomme aucune entreprise déclarante et a été écartée (ligne {{rows}}).',
    noHolder_other:
      '{{count}} lignes ne nomment aucune entreprise déclarante et ont été écartées (lignes {{rows}}…).',
    noStandard_one: '{{count}} ligne ne nomme ni norme ni génération et a été écartée (ligne {{rows}}).',
    noStandard_other:
      '{{count}} lignes ne nomment ni norme ni génération et ont été écartées (lignes {{rows}}…).',
    noFamily_one:
      '{{count}} ligne n’a ni identifiant de famille de brevets, ni numéro de publication ou de demande, et a été écartée (ligne {{rows}}).',
    noFamily_other:
      '{{count}} lignes n’ont ni identifiant de famille de brevets, ni numéro de publication ou de demande, et ont été écartées (lignes {{rows}}…).',
    columnCount_one:
      '{{count}} ligne n’a pas autant de cellules que l’en-tête et a été écartée (ligne {{rows}}).',
    columnCount_other:
      '{{count}} lignes n’ont pas autant de cellules que l’en-tête et ont été écartées (lignes {{rows}}…).',
    tooLong_one:
      '{{count}} ligne contient une valeur plus longue que tout nom ou numéro et a été écartée (ligne {{rows}}).',
    tooLong_other:
      '{{count}} lignes contiennent une valeur plus longue que tout nom ou numéro et ont été écartées (lignes {{rows}}…).',
    badCountry_one:
      '{{count}} ligne donne un pays du titulaire qui n’est pas un code ISO à deux lettres ; le pays a été ignoré (ligne {{rows}}).',
    badCountry_other:
      '{{count}} lignes donnent un pays du titulaire qui n’est pas un code ISO à deux lettres ; le pays a été ignoré (lignes {{rows}}…).',
    badDate_one:
      '{{count}} ligne donne une date de déclaration qui n’est pas une date ; elle a été ignorée (ligne {{rows}}).',
    badDate_other:
      '{{count}} lignes donnent une date de déclaration qui n’est pas une date ; elle a été ignorée (lignes {{rows}}…).',
  },
  findings: {
    sovereigntyTitle:
      'Brevets essentiels non couverts de {{holder}} (préoccupation de souveraineté : {{level}})',
    sovereigntyDescription:
      '{{holder}} a déclaré des familles de brevets essentielles à {{standards}} (jusqu’à {{share}} % des familles déclarées), et ni une licence à notre nom ni les garanties d’éviction de nos fournisseurs ne les couvrent toutes. Son niveau de souveraineté est {{level}}. Les déclarations sont faites par les titulaires et non vérifiées quant à leur caractère essentiel.',
    shareTitle: '{{holder}} détient {{share}} % des brevets déclarés sur une norme que nous utilisons',
    shareDescription:
      '{{holder}} a déclaré plus de {{threshold}} % des familles de brevets essentielles à {{standards}} (jusqu’à {{share}} %). Les déclarations sont faites par les titulaires et non vérifiées quant à leur caractère essentiel.',
  },
};
